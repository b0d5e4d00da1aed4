"""Prints the top of an exchange's order book live, as the maintained book changes (asyncio: Python's
synchronous classes do not stream).

    python examples/watch_order_book.py [exchange] [symbol] [updates]    (default: kraken BTC/USD, until Ctrl-C)

EXCHANGEKIT_API_URL and EXCHANGEKIT_WS_URL, when set, replace the exchange's API base URL and its public stream URL.
"""

import asyncio
import os
import sys

import exchangekit.async_support as exchangekit


def config() -> dict:
    urls = {}
    if os.environ.get("EXCHANGEKIT_API_URL"):
        urls["api"] = os.environ["EXCHANGEKIT_API_URL"]
    if os.environ.get("EXCHANGEKIT_WS_URL"):
        urls["ws"] = {"public": os.environ["EXCHANGEKIT_WS_URL"]}
    return {"urls": urls} if urls else {}


async def main() -> None:
    exchange_id = sys.argv[1] if len(sys.argv) > 1 else "kraken"
    symbol = sys.argv[2] if len(sys.argv) > 2 else "BTC/USD"
    updates = int(sys.argv[3]) if len(sys.argv) > 3 else None
    exchange = getattr(exchangekit, exchange_id)(config())
    text = exchange.number_to_string
    try:
        count = 0
        while updates is None or count < updates:
            book = await exchange.watch_order_book(symbol)
            bid, ask = book["bids"][0], book["asks"][0]
            print(f"{symbol} bid {text(bid[0])} x {text(bid[1])} | ask {text(ask[0])} x {text(ask[1])}")
            count += 1
    finally:
        await exchange.close()


if __name__ == "__main__":
    asyncio.run(main())
