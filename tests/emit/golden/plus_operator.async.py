# Generated from js/plus_operator.js by exkit: do not edit. Change the source and run `python build.py`.
# asyncio variant: methods that are async in the source are coroutines here.
from exchangekit.async_support.base.exchange import Exchange
from exchangekit.base import js


class plus_operator(Exchange):
    def pick(self, value):
        return value

    def run(self):
        s = "text"
        n = 2
        unknown = self.pick("7")
        return [
            js.number(1 + 2),
            "1" + js.to_str(2),
            js.to_str(1) + "2",
            "a" + "b",
            js.bounded_text(js.to_str(js.number(1 + 2)) + "3"),
            js.bounded_text("1" + js.to_str(2) + js.to_str(3)),
            js.bounded_text(js.to_str([1, 2]) + ""),
            js.add(True, 1),
            js.number(1.5 + 0.25),
            js.bounded_text(s + js.to_str(n)),
            js.bounded_text(js.to_str(n) + s),
            js.add(unknown, 1),
            js.add(unknown, unknown),
            js.add(1, None),
        ]
