# Generated from js/replace_first.js by exkit: do not edit. Change the source and run `python build.py`.
# asyncio variant: methods that are async in the source are coroutines here.
from exchangekit.async_support.base.exchange import Exchange
from exchangekit.base import js


class replace_first(Exchange):
    def run(self):
        return [
            js.replace("a-a-a", "a", "b"),
            js.replace("x.y.z", ".", ""),
            js.replace("abc", "b", "[$&]"),
            js.replace("abc", "b", "$$"),
            js.replace("abc", "b", "$`|$'"),
            js.replace("none", "q", "r"),
            js.replace("a$b", "$", "%"),
        ]
