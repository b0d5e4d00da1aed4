# Generated from js/missing_keys.js by exkit: do not edit. Change the source and run `python build.py`.
from exchangekit.base.exchange import Exchange
from exchangekit.base import js


class missing_keys(Exchange):
    def run(self):
        o = {"a": 1}
        list_ = [10, 20]
        word = "ab"
        key = "a"
        return [
            js.get(o, "missing"),
            js.get(o, "a"),
            js.get(list_, 5),
            js.get(list_, 1),
            js.get(list_, -1),
            js.get(word, 1),
            js.get(word, 9),
            self.own_value(o, key),
            js.get(list_, "1"),
            js.get(o, 1),
        ]
