# Generated from js/pow_edges.js by exkit: do not edit. Change the source and run `python build.py`.
import math

from exchangekit.base.exchange import Exchange
from exchangekit.base import js


class pow_edges(Exchange):
    def pick(self, value):
        return value

    def run(self):
        zero = self.pick(0)
        negative_zero = self.pick(-0.0)
        infinity = self.pick(math.inf)
        nan = self.pick(math.nan)
        return [
            js.pow_(zero, -1),
            js.pow_(negative_zero, -1),
            js.pow_(negative_zero, -3),
            js.pow_(negative_zero, -2),
            js.pow_(zero, -0.5),
            js.pow_(negative_zero, -0.5),
            js.pow_(zero, js.negate(infinity)),
            js.pow_(zero, zero),
            js.pow_(zero, 0.5),
            js.divide(1, js.pow_(negative_zero, 3)),
            js.divide(1, js.pow_(negative_zero, 2)),
            js.pow_(1, infinity),
            js.pow_(-1, infinity),
            js.pow_(1, js.negate(infinity)),
            js.pow_(1, nan),
            js.pow_(nan, 0),
            js.pow_(nan, 1),
            js.pow_(0.5, infinity),
            js.pow_(2, js.negate(infinity)),
            js.pow_(infinity, -1),
            js.pow_(js.negate(infinity), 3),
            js.pow_(js.negate(infinity), 2),
            js.divide(1, js.pow_(js.negate(infinity), -3)),
            js.pow_(-8, js.divide(1, 3)),
            js.pow_(-2, 0.5),
            js.pow_(2, 0.5),
            js.pow_(-2, 3),
            js.pow_(2, 1024),
            js.pow_(-2, 1025),
            js.pow_(-0.5, -1075),
            js.pow_("2", "3"),
            js.pow_(None, 0),
        ]
