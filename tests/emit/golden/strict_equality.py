# Generated from js/strict_equality.js by exkit: do not edit. Change the source and run `python build.py`.
import math

from exchangekit.base.exchange import Exchange
from exchangekit.base import js


class strict_equality(Exchange):
    def pick(self, value):
        return value

    def run(self):
        one = 1
        text = "1"
        list_ = [1]
        return [
            one == 1,
            js.strict_equal(text, one),
            js.strict_equal(True, one == 1),
            js.strict_equal(list_, list_),
            "a" == "a",
            math.nan == math.nan,
            not (one == 2),
            0 == -0.0,
            js.strict_equal(self.pick(1), 1),
            js.strict_equal(self.pick(True), 1),
            js.strict_equal(self.pick("1"), 1),
        ]
