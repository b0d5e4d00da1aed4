# Generated from js/counters_from_data.js by exkit: do not edit. Change the source and run `python build.py`.
import math

from exchangekit.base.exchange import Exchange
from exchangekit.base import js


class counters_from_data(Exchange):
    def run(self):
        # A loop counter whose start comes from the data, or that a dictionary's own `length` bounds, is no short
        # count: Python and PHP stepped it natively past 2^53, exactly, where Node rounds (red-team round 29: a start
        # of 2^53 - 1 from a response chose another side in Node).
        start = js.parse_int("9007199254740991")
        unbounded = {"length": math.inf}
        from_data = []
        i = start
        while True:
            if not js.less(i, js.length(unbounded)):
                break
            from_data.append(js.number(i - start))
            if len(from_data) >= 3:
                break
            i = js.number(i + 2)
        written_far = []
        i = 9007199254740991
        while True:
            if not js.less(i, js.length(unbounded)):
                break
            written_far.append(js.number(i - 9007199254740990))
            if len(written_far) >= 4:
                break
            i = js.number(i + 1)
        wide_steps = []
        i = 0
        while True:
            if not js.less(i, js.length(unbounded)):
                break
            if i > 9007199254740000:
                wide_steps.append(js.number(i - 9007199254740000))
            if len(wide_steps) >= 2:
                break
            i = js.number(i + 4294967295)
        return [
            from_data,
            written_far,
            wide_steps,
            "buy" if js.strict_equal(js.get(from_data, 2), 4) else "sell",
        ]
