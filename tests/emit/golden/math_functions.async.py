# Generated from js/math_functions.js by exkit: do not edit. Change the source and run `python build.py`.
# asyncio variant: methods that are async in the source are coroutines here.
from exchangekit.async_support.base.exchange import Exchange
from exchangekit.base import js


class math_functions(Exchange):
    def run(self):
        return [
            js.round_(2.5),
            js.round_(-2.5),
            js.round_(0.49999999999999994),
            js.round_(-0.5),
            js.round_(1.4),
            js.floor(-1.5),
            js.ceil(1.2),
            js.abs_(-3),
            js.max_(1, 5, 3),
            js.min_(2, -1),
            js.sqrt(16),
            js.trunc(-4.7),
            js.sqrt(-1),
            js.sqrt(2),
            js.floor(js.divide(7, 2)),
        ]
