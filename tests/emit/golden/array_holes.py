# Generated from js/array_holes.js by exkit: do not edit. Change the source and run `python build.py`.
from exchangekit.base.exchange import Exchange
from exchangekit.base import js


class array_holes(Exchange):
    def run(self):
        list_ = [1, 2, 3]
        js.delete(list_, 1)
        return [list_, len(list_), js.has(list_, 1)]
