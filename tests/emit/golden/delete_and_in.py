# Generated from js/delete_and_in.js by exkit: do not edit. Change the source and run `python build.py`.
from exchangekit.base.exchange import Exchange
from exchangekit.base import js


class delete_and_in(Exchange):
    def run(self):
        o = {"a": 1, "b": 2, "3": 3}
        js.delete(o, "a")
        key = "b"
        js.delete(o, key)
        list_ = [1, 2, 3]
        return [
            o,
            js.has(o, "a"),
            js.has(o, "3"),
            js.has(o, 3),
            js.has(list_, 1),
            js.has(list_, 5),
            js.has(list_, "length"),
            js.has(list_, "1"),
            js.has(list_, "01"),
        ]
