# Generated from js/object_identity.js by exkit: do not edit. Change the source and run `python build.py`.
# asyncio variant: methods that are async in the source are coroutines here.
from exchangekit.async_support.base.exchange import Exchange
from exchangekit.base import js


class object_identity(Exchange):
    def run(self):
        list_ = [1]
        # (two dictionaries or lists are not compared: SUB-E022; a container with itself or with a plain value is)
        return [
            js.strict_equal(list_, list_),
            js.strict_equal(list_, 1),
            {} is None,
            not ([] == "a"),
            js.typeof(list_) == "object",
        ]
