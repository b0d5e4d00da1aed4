# Generated from js/promise_all_order.js by exkit: do not edit. Change the source and run `python build.py`.
# asyncio variant: methods that are async in the source are coroutines here.
from exchangekit.async_support.base.exchange import Exchange
from exchangekit.base.errors import BadRequest, NetworkError
from exchangekit.base import js


class promise_all_order(Exchange):
    async def helper(self, value):
        return value

    def tick(self):
        js.set_(self.options, "ticks", js.add(self.safe_integer(self.options, "ticks", 0), 1))
        return js.get(self.options, "ticks")

    async def step(self, name):
        first = self.tick()
        await self.helper(0)
        return [name, first, self.tick()]

    async def slow_fail(self):
        await self.helper(1)
        raise BadRequest("slow")

    async def fast_fail(self):
        raise NetworkError("fast")

    async def run(self):
        # Node starts each call at once and runs it to its first await; asyncio starts them in gather, and the
        # synchronous targets one after the other: the order of their effects, and which failure Promise.all
        # reports, differ (a known difference). (Nothing else may run between the pushes: SUB-A005.)
        js.set_(self.options, "ticks", 0)
        pending = []
        pending.append(self.step("a"))
        pending.append(self.step("b"))
        steps = await js.gather(*pending)
        failed = "none"
        try:
            await js.gather(self.slow_fail(), self.fast_fail())
        except js.UNCAUGHT:
            raise
        except Exception as e:
            self.rethrow_uncaught(e)
            failed = "network" if isinstance(e, NetworkError) else "badrequest"
        return [steps, failed]
