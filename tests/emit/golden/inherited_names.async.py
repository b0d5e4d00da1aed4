# Generated from js/inherited_names.js by exkit: do not edit. Change the source and run `python build.py`.
# asyncio variant: methods that are async in the source are coroutines here.
from exchangekit.async_support.base.exchange import Exchange
from exchangekit.base import js


class inherited_names(Exchange):
    def run(self):
        entries = [{"toString": 1}, {"a": None}, {"hasOwnProperty": "x"}, {}]
        markets = [
            {
                "base": "hasOwnProperty",
                "quote": "toString",
                "baseId": "c",
                "quoteId": "t",
                "precision": {"amount": 1, "price": 2},
            },
            {
                "base": "valueOf",
                "quote": "hasOwnProperty",
                "baseId": "v",
                "quoteId": "c2",
                "precision": {"amount": 3, "price": 4},
            },
        ]
        currencies = self.currencies_from_markets(markets)
        return [
            self.pluck(entries, "toString"),
            self.pluck(entries, "a"),
            self.pluck(entries, "hasOwnProperty"),
            currencies,
            js.has({"price": 1}, "price"),
        ]
