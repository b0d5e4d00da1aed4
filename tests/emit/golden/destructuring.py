# Generated from js/destructuring.js by exkit: do not edit. Change the source and run `python build.py`.
from exchangekit.base.exchange import Exchange
from exchangekit.base import js


class destructuring(Exchange):
    def run(self):
        (
            first,
            second,
        ) = js.destructure([1, 2, 3], 2)
        (
            only,
            missing,
        ) = js.destructure(["one"], 2)
        (
            a,
            b,
        ) = js.destructure(js.split("xy", ""), 2)
        return [first, second, only, missing, a, b]
