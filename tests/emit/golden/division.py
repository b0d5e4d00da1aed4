# Generated from js/division.js by exkit: do not edit. Change the source and run `python build.py`.
from exchangekit.base.exchange import Exchange
from exchangekit.base import js


class division(Exchange):
    def run(self):
        zero = 0
        return [
            js.divide(7, 2),
            js.divide(6, 3),
            js.divide(1, zero),
            js.divide(-1, zero),
            js.divide(zero, zero),
            js.divide(10, 4),
            js.divide(1, 3),
            js.divide(-9, 3),
        ]
