# Generated from js/key_before_value.js by exkit: do not edit. Change the source and run `python build.py`.
# asyncio variant: methods that are async in the source are coroutines here.
from exchangekit.async_support.base.exchange import Exchange
from exchangekit.base import js


class key_before_value(Exchange):
    def bump(self):
        js.set_(self.options, "k", "second")
        return "v"

    async def bump_later(self):
        js.set_(self.options, "k", "third")
        return "w"

    # JavaScript computes a key before the value it writes there; Python's d[k] = v the value first (red-team round 34)
    async def run(self):
        js.set_(self.options, "k", "first")
        d = {}
        js.set_(d, js.bounded_text("x" + js.to_str(self.bump())), js.get(self.options, "k"))
        js.set_(self.options, "k", "first")
        js.set_(d, js.bounded_text("y" + js.to_str(js.get(self.options, "k"))), await self.bump_later())
        js.set_(self.options, "k", "first")
        e = {"z": 1}
        js.set_(e, js.bounded_text("q" + js.to_str(js.get(self.options, "k"))), self.bump())
        return [d, e]
