# Generated from js/slice_far_bounds.js by exkit: do not edit. Change the source and run `python build.py`.
# asyncio variant: methods that are async in the source are coroutines here.
from exchangekit.async_support.base.exchange import Exchange
from exchangekit.base import js


class slice_far_bounds(Exchange):
    def run(self):
        levels = [1, 2, 3]
        text = "abc"
        return [
            js.slice_(levels, 0, 1e300),
            js.slice_(levels, -1e300),
            js.slice_(levels, 1e300),
            js.slice_(levels, 0, -1e300),
            js.slice_(levels, 0, 1e19),
            js.slice_(levels, -0.5),
            js.slice_(levels, 0, -0.5),
            js.slice_(levels, 1.9, 2.9),
            js.slice_(text, 0, 1e300),
            js.slice_(text, -1e300, -1),
        ]
