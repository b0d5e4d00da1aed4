# Generated from js/truthiness.js by exkit: do not edit. Change the source and run `python build.py`.
# asyncio variant: methods that are async in the source are coroutines here.
import math

from exchangekit.async_support.base.exchange import Exchange
from exchangekit.base import js


class truthiness(Exchange):
    def run(self):
        values = [{}, [], "", "0", 0, -0.0, math.nan, 1, "a", None, True, False, 0.5]
        out = []
        for value in values:
            if js.truthy(value):
                out.append(True)
            else:
                out.append(False)
            out.append(not js.truthy(value))
        return out
