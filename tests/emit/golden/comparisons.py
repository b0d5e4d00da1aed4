# Generated from js/comparisons.js by exkit: do not edit. Change the source and run `python build.py`.
from exchangekit.base.exchange import Exchange
from exchangekit.base import js


class comparisons(Exchange):
    def pick(self, value):
        return value

    def run(self):
        unknown = self.pick("10")
        return [
            js.less("10", "9"),
            10 < 9,
            js.less("10", 9),
            js.less("a", "b"),
            js.less("B", "a"),
            2 >= 2,
            js.less_equal("abc", "abd"),
            js.less(unknown, "9"),
            js.less(unknown, 9),
            js.less(None, 1),
            js.greater_equal(None, 0),
            1.5 > 1,
        ]
