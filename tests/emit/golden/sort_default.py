# Generated from js/sort_default.js by exkit: do not edit. Change the source and run `python build.py`.
from exchangekit.base.exchange import Exchange
from exchangekit.base import js


class sort_default(Exchange):
    def run(self):
        numbers = [10, 9, 1, 100, 25]
        js.sort(numbers)
        words = ["b", "a", "C", "aa"]
        # in order already (PHP hands such a list back as it is), and in order but for the last
        symbols = ["BTC/USDT", "ETH/BTC", "ETH/USDT", "ETH/USDT", "ETH/usdt"]
        almost = ["a", "b", "c", "B"]
        return [
            numbers,
            js.sort(words),
            js.sort([3, None, 1]),
            js.sort(["b", 1, "a", 2]),
            js.sort(symbols),
            js.sort(almost),
        ]
