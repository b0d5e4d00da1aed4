# Generated from js/async_await.js by exkit: do not edit. Change the source and run `python build.py`.
# asyncio variant: methods that are async in the source are coroutines here.
from exchangekit.async_support.base.exchange import Exchange
from exchangekit.base import js


class async_await(Exchange):
    async def fetch_value(self, value):
        return js.multiply(value, 10)

    async def run(self):
        first = await self.fetch_value(1)
        pair = [await self.fetch_value(2), await self.fetch_value(3)]
        rest = []
        i = 4
        while True:
            if not (i < 7):
                break
            rest.append(await self.fetch_value(i))
            i += 1
        return [first, pair, rest]
