# Generated from js/spread.js by exkit: do not edit. Change the source and run `python build.py`.
from exchangekit.base.exchange import Exchange
from exchangekit.base import js


class spread(Exchange):
    def run(self):
        base = {"a": 1, "b": 2}
        more = js.merge(base, {"b": 3, "c": 4})
        list_ = [1, 2]
        longer = js.concat([], [0], list_, [3], [4])
        values = [4, 9, 2]
        return [
            more,
            longer,
            js.max_(js.get(values, 0), js.get(values, 1)),
            js.concat([], values, list_),
            js.merge(None, {"x": 1}),
        ]
