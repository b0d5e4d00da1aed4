# Generated from js/index_of.js by exkit: do not edit. Change the source and run `python build.py`.
from exchangekit.base.exchange import Exchange
from exchangekit.base import js


class index_of(Exchange):
    def run(self):
        items = [1, 2, 3, "2"]
        return [
            js.index_of(items, 2),
            js.index_of(items, 5),
            js.index_of("hello", "l"),
            js.index_of("hello", "z"),
            js.index_of(items, "2"),
            js.index_of(["a", "b"], "b"),
            js.index_of("abc", ""),
        ]
