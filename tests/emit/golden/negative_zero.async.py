# Generated from js/negative_zero.js by exkit: do not edit. Change the source and run `python build.py`.
# asyncio variant: methods that are async in the source are coroutines here.
from exchangekit.async_support.base.exchange import Exchange
from exchangekit.base import js


class negative_zero(Exchange):
    def pick(self, value):
        return value

    def run(self):
        negative = self.pick(-0.4)
        zero = self.pick(0)
        negative_zero = self.pick(-0.0)
        return [
            js.divide(1, js.round_(negative)),
            js.divide(1, js.round_(-0.5)),
            js.divide(1, js.round_(negative_zero)),
            js.divide(1, js.round_(0.2)),
            js.round_(-0.6),
            js.round_(-2.5),
            js.divide(1, js.ceil(negative)),
            js.divide(1, js.ceil(-0.99)),
            js.ceil(-1.5),
            js.divide(1, js.ceil(0.5)),
            js.divide(1, js.trunc(negative)),
            js.divide(1, js.trunc(0.7)),
            js.trunc(-1.7),
            js.divide(1, js.floor(negative_zero)),
            js.divide(1, js.floor(0.3)),
            js.floor(-0.3),
            js.divide(1, js.min_(zero, negative_zero)),
            js.divide(1, js.min_(negative_zero, zero)),
            js.divide(1, js.min_(zero, 1)),
            js.divide(1, js.max_(negative_zero, zero)),
            js.divide(1, js.max_(zero, negative_zero)),
            js.divide(1, js.max_(negative_zero, -1)),
            js.divide(1, js.abs_(negative_zero)),
            js.divide(1, js.sqrt(negative_zero)),
            js.min_(negative_zero),
            js.max_(negative),
            js.round_(negative) == 0,
            js.to_str(js.round_(negative)),
        ]
