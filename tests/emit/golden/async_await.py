# Generated from js/async_await.js by exkit: do not edit. Change the source and run `python build.py`.
from exchangekit.base.exchange import Exchange
from exchangekit.base import js


class async_await(Exchange):
    def fetch_value(self, value):
        return js.multiply(value, 10)

    def run(self):
        first = self.fetch_value(1)
        pair = js.promise_all([js.settle(self.fetch_value, 2), js.settle(self.fetch_value, 3)])
        pending = []
        i = 4
        while i < 7:
            pending.append(js.settle(self.fetch_value, i))
            i += 1
        rest = js.promise_all(pending)
        return [first, pair, rest]
