# Generated from js/object_identity.js by exkit: do not edit. Change the source and run `python build.py`.
from exchangekit.base.exchange import Exchange
from exchangekit.base import js


class object_identity(Exchange):
    def run(self):
        list_ = [1]
        return [js.strict_equal(list_, [1]), js.strict_equal({}, {}), js.strict_equal([], [])]
