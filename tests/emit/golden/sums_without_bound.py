# Generated from js/sums_without_bound.js by exkit: do not edit. Change the source and run `python build.py`.
from exchangekit.base.exchange import Exchange
from exchangekit.base import js


class sums_without_bound(Exchange):
    def run(self):
        # A sum of two numbers neither of which is written out is a double past 2^53, as in JavaScript: Python's
        # integers grew without end (k += k, 3,000,000 times, took two minutes there and milliseconds in Node).
        doubled = 1
        i = 0
        while True:
            if not (i < 1100):
                break
            doubled = js.number(doubled + doubled)
            i += 1
        halved = -1
        i = 0
        while True:
            if not (i < 1100):
                break
            halved = js.number(halved - js.number(0 - halved))
            i += 1
        previous = 0
        current = 1
        i = 0
        while True:
            if not (i < 1600):
                break
            next_ = js.number(previous + current)
            previous = current
            current = next_
            i += 1
        step = 1
        i = 0
        while True:
            if not (i < 60):
                break
            step = js.number(step + step)
            i += 1
        safe = 9007199254740991
        past = js.number(safe + safe)
        return [
            doubled,
            halved,
            current,
            js.bounded_text("" + js.to_str(step)),
            step == js.number(step + 1),
            js.bounded_text("" + js.to_str(past)),
            past == js.number(past - 1),
            js.number(safe - safe),
        ]
