# Generated from js/array_methods.js by exkit: do not edit. Change the source and run `python build.py`.
# asyncio variant: methods that are async in the source are coroutines here.
import math

from exchangekit.async_support.base.exchange import Exchange
from exchangekit.base import js


class array_methods(Exchange):
    def run(self):
        items = [1, 2]
        pushed = js.push(items, 3, 4)
        popped = js.pop(items)
        shifted = js.shift(items)
        unshifted = js.unshift(items, 0)
        empty = []
        joined = js.join([1, None, "a", 2.5], "-")
        reversed_ = js.reverse([1, 2, 3])
        return [
            items,
            pushed,
            popped,
            shifted,
            unshifted,
            js.pop(empty),
            js.shift(empty),
            joined,
            reversed_,
            js.concat([1, 2], [3], 4, [[5]]),
            js.slice_([1, 2, 3, 4], 1, 3),
            js.slice_([1, 2, 3], -2),
            js.includes([math.nan], math.nan),
            js.index_of([math.nan], math.nan),
            js.includes([1, 2], "1"),
            js.join(["a", "b"]),
        ]
