# Generated from js/promise_all_failures.js by exkit: do not edit. Change the source and run `python build.py`.
# asyncio variant: methods that are async in the source are coroutines here.
from exchangekit.async_support.base.exchange import Exchange
from exchangekit.base.errors import OrderNotFound
from exchangekit.base import js


class promise_all_failures(Exchange):
    async def cancel(self, id_):
        js.set_(
            self.options, "sent", js.bounded_text(js.to_str(js.add(js.get(self.options, "sent"), id_)) + ",")
        )
        if id_ == "a":
            raise OrderNotFound("gone")
        return id_

    async def run(self):
        # A call collected for Promise.all that throws is a rejected promise in Node: the calls collected after it are
        # still made, and the try around Promise.all catches it. Synchronous Python and PHP, which make the calls one
        # after the other, threw at the push, outside the try, and never sent the later requests.
        js.set_(self.options, "sent", "")
        pending = []
        ids = ["a", "b", "c"]
        i = 0
        while i < len(ids):
            pending.append(self.cancel(ids[i]))
            i += 1
        outcome = "none"
        try:
            await js.gather(*pending)
        except js.UNCAUGHT:
            raise
        except Exception as e:
            self.rethrow_uncaught(e)
            outcome = "failed"
        first = js.get(self.options, "sent")
        js.set_(self.options, "sent", "")
        try:
            await js.gather(self.cancel("a"), self.cancel("d"))
        except js.UNCAUGHT:
            raise
        except Exception as e:
            self.rethrow_uncaught(e)
            outcome += ",failed"
            js.bounded_text(outcome)
        return [first, js.get(self.options, "sent"), outcome]
