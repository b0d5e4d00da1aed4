"""Smoke test of an installed exchangekit: import it, list the exchanges, instantiate each one in the sync and the
asyncio flavour. Prints one JSON line: {version, exchanges, instantiated, location}."""

import asyncio
import json

import exchangekit
import exchangekit.async_support


async def instantiate_all() -> list[str]:
    instantiated = []
    for exchange_id in exchangekit.exchanges:
        sync_exchange = getattr(exchangekit, exchange_id)()
        async_exchange = getattr(exchangekit.async_support, exchange_id)()
        assert sync_exchange.id == async_exchange.id == exchange_id, exchange_id
        await async_exchange.close()
        instantiated.append(exchange_id)
    return instantiated


print(json.dumps({"version": exchangekit.__version__, "exchanges": exchangekit.exchanges,
                  "instantiated": asyncio.run(instantiate_all()), "location": exchangekit.__file__}))
