# Generated from js/logical_conditions.js by exkit: do not edit. Change the source and run `python build.py`.
import math

from exchangekit.base.exchange import Exchange
from exchangekit.base import js


class logical_conditions(Exchange):
    def run(self):
        # || and && as the test of if, while, ?: and !: each operand is tested on its own, with JavaScript's
        # truthiness ('0' and [] are true, NaN and -0 false), and the right one only when the left leaves it open.
        values = [0, -0.0, 1, "", "0", "a", [], {}, None, math.nan, False, True]
        results = []
        calls = 0
        i = 0
        while True:
            if not (i < len(values)):
                break
            j = 0
            while True:
                if not (j < len(values)):
                    break
                a = values[i]
                b = values[j]
                row = ""
                if js.truthy(a) or js.truthy(b):
                    row += js.within(row, "o")
                if js.truthy(a) and js.truthy(b):
                    row += js.within(row, "a")
                row += js.within(row, "x" if (js.truthy(a) and (not js.truthy(b))) else "-")
                if (not (js.truthy(a) or js.truthy(b))) or (js.truthy(a) and js.truthy(b) and (i > j)):
                    row += js.within(row, "n")
                if (i == j) and js.truthy(self.counted(a)):
                    calls = js.number(calls + 1)
                if js.truthy(a) and ((i == 0) or (j == 0)):
                    row += js.within(row, "e")  # a compound test inside another keeps its grouping
                if ((i == 1) or js.truthy(b)) and ((j == 2) or (i == j)):
                    row += js.within(row, "g")
                results.append(row)
                j += 1
            i += 1
        k = 0
        while True:
            if not ((k < len(values)) and (js.get(values, k) is not None)):
                break
            k = js.number(k + 1)
        return [results, calls, k]

    def counted(self, value):
        return value
