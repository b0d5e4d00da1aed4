# Generated from js/compound_assignment.js by exkit: do not edit. Change the source and run `python build.py`.
# asyncio variant: methods that are async in the source are coroutines here.
from exchangekit.async_support.base.exchange import Exchange
from exchangekit.base import js


class compound_assignment(Exchange):
    def run(self):
        text = "a"
        text += js.within(text, "b")
        text += js.within(text, js.to_str(1))
        n = 10
        n = js.number(n - 3)
        n = js.multiply(n, 2)
        n = js.divide(n, 4)
        n = js.modulo(n, 2)
        o = {"k": 1, "s": "x"}
        o["k"] = js.add(js.get(o, "k"), 5)
        o["s"] = js.bounded_text(js.to_str(js.get(o, "s")) + "y")
        list_ = [1, 2]
        js.set_(list_, 0, js.multiply(js.get(list_, 0), 10))
        counter = 0
        counter = js.number(counter + 1)
        counter = js.number(counter - 1)
        counter = js.number(counter + 1)
        o["k"] = js.add(js.get(o, "k"), 1)
        js.set_(list_, 1, js.subtract(js.get(list_, 1), 1))
        js.set_(list_, 2, "grown")  # (at the end: past it, a hole, which Python and PHP refuse)
        return [text, n, o, list_, counter]
