# Generated from js/replace_first.js by exkit: do not edit. Change the source and run `python build.py`.
from exchangekit.base.exchange import Exchange
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
