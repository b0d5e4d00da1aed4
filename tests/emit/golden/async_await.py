# Generated from js/async_await.js by exkit: do not edit. Change the source and run `python build.py`.
from exchangekit.base.exchange import Exchange
from exchangekit.base import js


class async_await(Exchange):
    def fetch_value(self, value):
        return js.multiply(value, 10)

    def run(self):
        first = self.fetch_value(1)
        pair = [self.fetch_value(2), self.fetch_value(3)]
        rest = []
        i = 4
        while True:
            if not (i < 7):
                break
            rest.append(self.fetch_value(i))
            i += 1
        return [first, pair, rest]
