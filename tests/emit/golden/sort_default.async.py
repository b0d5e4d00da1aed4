# Generated from js/sort_default.js by exkit: do not edit. Change the source and run `python build.py`.
# asyncio variant: methods that are async in the source are coroutines here.
from exchangekit.async_support.base.exchange import Exchange
from exchangekit.base import js


class sort_default(Exchange):
    def run(self):
        numbers = [10, 9, 1, 100, 25]
        js.sort(numbers)
        words = ["b", "a", "C", "aa"]
        return [numbers, js.sort(words), js.sort([3, None, 1]), js.sort(["b", 1, "a", 2])]
