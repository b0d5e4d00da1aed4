# Generated from js/sort_default.js by exkit: do not edit. Change the source and run `python build.py`.
from exchangekit.base.exchange import Exchange
from exchangekit.base import js


class sort_default(Exchange):
    def run(self):
        numbers = [10, 9, 1, 100, 25]
        js.sort(numbers)
        words = ["b", "a", "C", "aa"]
        return [numbers, js.sort(words), js.sort([3, None, 1]), js.sort(["b", 1, "a", 2])]
