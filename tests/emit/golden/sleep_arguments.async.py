# Generated from js/sleep_arguments.js by exkit: do not edit. Change the source and run `python build.py`.
# asyncio variant: methods that are async in the source are coroutines here.
import math

from exchangekit.async_support.base.exchange import Exchange
from exchangekit.base import js


class sleep_arguments(Exchange):
    async def nap(self, value):
        try:
            await self.sleep(value)
            return "slept"
        except js.UNCAUGHT:
            raise
        except Exception as err:
            self.rethrow_uncaught(err)
            return "threw"

    async def run(self):
        # this.sleep takes a number of 0 to 2^31 - 1 milliseconds: Node's setTimeout waited 1 ms for any other value,
        # where Python sync raised for a negative, a text or undefined, asyncio for a text, and PHP read a text's number.
        parsed = self.parse_json('{"wait": -5, "text": "3", "frac": 0.4}')
        results = []
        results.append(await self.nap(js.get(parsed, "wait")))
        results.append(await self.nap(js.get(parsed, "text")))
        results.append(await self.nap(js.get(parsed, "frac")))
        results.append(await self.nap(js.get(parsed, "missing")))
        results.append(await self.nap(math.nan))
        results.append(await self.nap(js.negate(math.inf)))
        results.append(await self.nap([]))
        return results
