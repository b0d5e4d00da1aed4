# Generated from js/logical_operands.js by exkit: do not edit. Change the source and run `python build.py`.
# asyncio variant: methods that are async in the source are coroutines here.
import math

from exchangekit.async_support.base.exchange import Exchange
from exchangekit.base import js


class logical_operands(Exchange):
    def run(self):
        empty = []
        return [
            _value1 if js.truthy(_value1 := 0) else "a",
            "x" or "y",
            _value2 if js.truthy(_value2 := empty) else 1,
            2 if js.truthy(_value3 := {}) else _value3,
            "" and 3,
            _value4 if js.truthy(_value4 := None) else "fallback",
            1 if js.truthy(_value5 := 0) else _value5,
            (1 > 2) or (3 > 2),
            ("a" == "a") and ("b" == "c"),
            _value6 if js.truthy(_value6 := math.nan) else "nan",
            "kept" and "last",
        ]
