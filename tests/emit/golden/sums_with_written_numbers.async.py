# Generated from js/sums_with_written_numbers.js by exkit: do not edit. Change the source and run `python build.py`.
# asyncio variant: methods that are async in the source are coroutines here.
from exchangekit.async_support.base.exchange import Exchange
from exchangekit.base import js


class sums_with_written_numbers(Exchange):
    def run(self):
        # A sum with a number written out rounds past 2^53, as in JavaScript (Python's and PHP's integers were exact
        # there): but for a small step of a loop counter that the loop's test bounds, or of a length.
        big = 9007199254740991
        n = big
        n = js.number(n + 1)
        n = js.number(n + 1)
        m = big
        m = js.number(m + 1)
        m = js.number(m + 1)
        k = js.negate(big)
        k = js.number(k - 1)
        k = js.number(k - 1)
        side = "buy"
        if js.number(big + 2) == js.number(big + 1):
            side = "sell"
        rows = ["a", "b", "c"]
        seen = []
        i = 0
        while True:
            if not (i < len(rows)):
                break
            seen.append(js.add(rows[i], i + 1))
            i += 1
        i = len(rows) - 1
        while True:
            if not (i >= 0):
                break
            seen.append(i)
            i -= 1
        j = js.number(big - 1)
        c = 0
        while True:
            if not (c < 4):
                break
            j = js.number(j + 1)
            c += 1
        far = 0
        i = js.number(big - 1)
        while True:
            if not (i < js.number(big + 10)):
                break
            far = i
            if far > js.number(js.number(big - 5) + 4):
                break
            i = js.number(i + 1)
        return [
            js.bounded_text("" + js.to_str(n)),
            js.bounded_text("" + js.to_str(m)),
            js.bounded_text("" + js.to_str(k)),
            side,
            seen,
            js.bounded_text("" + js.to_str(j)),
            js.bounded_text("" + js.to_str(far)),
            n == m,
            js.bounded_text("" + js.to_str(js.number(big + 2))),
        ]
