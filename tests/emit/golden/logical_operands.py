# Generated from js/logical_operands.js by exkit: do not edit. Change the source and run `python build.py`.
import math

from exchangekit.base.exchange import Exchange
from exchangekit.base import js


class logical_operands(Exchange):
    def run(self):
        empty = []
        return [
            _value1 if js.truthy(_value1 := 0) else "a",
            _value2 if js.truthy(_value2 := "x") else "y",
            _value3 if js.truthy(_value3 := empty) else 1,
            2 if js.truthy(_value4 := {}) else _value4,
            3 if js.truthy(_value5 := "") else _value5,
            _value6 if js.truthy(_value6 := None) else "fallback",
            1 if js.truthy(_value7 := 0) else _value7,
            (1 > 2) or (3 > 2),
            ("a" == "a") and ("b" == "c"),
            _value8 if js.truthy(_value8 := math.nan) else "nan",
            "last" if js.truthy(_value9 := "kept") else _value9,
        ]
