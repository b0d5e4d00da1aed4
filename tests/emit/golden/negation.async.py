# Generated from js/negation.js by exkit: do not edit. Change the source and run `python build.py`.
# asyncio variant: methods that are async in the source are coroutines here.
from exchangekit.async_support.base.exchange import Exchange
from exchangekit.base import js


class negation(Exchange):
    def run(self):
        yes = True
        no = False
        empty = ""
        word = "x"
        return [
            not (yes and no),
            not (no or yes),
            not (no if yes else yes),
            not ("a" if empty else "b"),
            not (empty if word else word),
            not (empty or word),
            not (not (yes and yes)),
            not js.strict_equal(yes, no),
            not ((word == "x") and yes),
        ]
