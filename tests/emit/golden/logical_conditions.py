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
        while i < len(values):
            j = 0
            while j < len(values):
                a = values[i]
                b = values[j]
                row = ""
                if js.truthy(a) or js.truthy(b):
                    row += "o"
                    js.bounded_text(row)
                if js.truthy(a) and js.truthy(b):
                    row += "a"
                    js.bounded_text(row)
                row += "x" if (js.truthy(a) and (not js.truthy(b))) else "-"
                js.bounded_text(row)
                if (not (js.truthy(a) or js.truthy(b))) or (js.truthy(a) and js.truthy(b) and (i > j)):
                    row += "n"
                    js.bounded_text(row)
                if (i == j) and js.truthy(self.counted(a)):
                    calls = js.number(calls + 1)
                if js.truthy(a) and ((i == 0) or (j == 0)):
                    row += "e"
                    js.bounded_text(row)  # a compound test inside another keeps its grouping
                if ((i == 1) or js.truthy(b)) and ((j == 2) or (i == j)):
                    row += "g"
                    js.bounded_text(row)
                results.append(row)
                j += 1
            i += 1
        k = 0
        while (k < len(values)) and (js.get(values, k) is not None):
            k = js.number(k + 1)
        return [results, calls, k]

    def counted(self, value):
        return value
