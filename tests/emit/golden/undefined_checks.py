# Generated from js/undefined_checks.js by exkit: do not edit. Change the source and run `python build.py`.
from exchangekit.base.exchange import Exchange
from exchangekit.base import js


class undefined_checks(Exchange):
    def run(self):
        x = None
        o = {"k": None, "v": 0}
        return [
            x is None,
            js.get(o, "k") is None,
            js.get(o, "missing") is None,
            js.get(o, "v") is None,
            js.typeof(x) == "undefined",
            x is not None,
            not (js.typeof(js.get(o, "v")) == "undefined"),
        ]
