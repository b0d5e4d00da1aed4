# Generated from js/typeof_values.js by exkit: do not edit. Change the source and run `python build.py`.
import math

from exchangekit.base.exchange import Exchange
from exchangekit.base import js


class typeof_values(Exchange):
    def run(self):
        values = [1, "a", True, None, {}, [], 1.5, math.nan]
        out = []
        for value in values:
            out.append(
                [
                    js.typeof(value) == "number",
                    js.typeof(value) == "string",
                    js.typeof(value) == "boolean",
                    js.typeof(value) == "undefined",
                    js.typeof(value) == "object",
                ]
            )
        return out
