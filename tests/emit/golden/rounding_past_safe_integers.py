# Generated from js/rounding_past_safe_integers.js by exkit: do not edit. Change the source and run `python build.py`.
from exchangekit.base.exchange import Exchange
from exchangekit.base import js


class rounding_past_safe_integers(Exchange):
    def run(self):
        # Math.floor, ceil, trunc and round give a double past 2^53: adding to one rounds as JavaScript does.
        a = js.number(js.floor(1e20) + 1)
        b = js.number(js.round_(1e17) + 1)
        c = js.number(js.ceil(9007199254740994.0) + 1)
        d = js.number(js.trunc(1e18) + 7)
        e = js.number(js.floor(-1e20) - 1)
        return [
            js.bounded_text("" + js.to_str(a)),
            a == 1e20,
            js.bounded_text("" + js.to_str(b)),
            js.bounded_text("" + js.to_str(c)),
            js.bounded_text("" + js.to_str(d)),
            js.bounded_text("" + js.to_str(e)),
            js.floor(12.5),
            js.round_(-0.2),
        ]
