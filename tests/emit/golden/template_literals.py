# Generated from js/template_literals.js by exkit: do not edit. Change the source and run `python build.py`.
from exchangekit.base.exchange import Exchange
from exchangekit.base import js


class template_literals(Exchange):
    def run(self):
        n = 3
        name = "x"
        return [
            "plain",
            js.to_str(n),
            js.bounded_text("a" + js.to_str(n) + "b" + name + "c"),
            js.to_str(js.number(n + 1.5)),
            js.to_str([1, 2]),
            "line\n        break",
            js.to_str(None),
        ]
