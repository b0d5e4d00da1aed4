"""bench/streaming.py in Python asyncio: the library's book maintenance (binance.handle_message on each depth
update, the snapshot served in place of HTTP) and a plain dict update of the same frames; prints the best seconds
of each."""

import asyncio
import json
import os
import sys
import time

if os.environ.get("EXCHANGEKIT_PYTHON_PATH"):
    sys.path.insert(0, os.environ["EXCHANGEKIT_PYTHON_PATH"])

from exchangekit.async_support import binance  # noqa: E402
from exchangekit.base import js  # noqa: E402

URL = "wss://stream.binance.com:9443/ws"


class Bench(binance):
    def is_watched(self, url, message_hash):
        return True  # (no socket and no caller here: the frames are fed to handle_message directly)

    async def fetch(self, url, method="GET", headers=None, body=None):
        return self.handle_rest_response(200, "", url, method, {}, json.dumps(SPEC["snapshot"]), headers, body)


async def library() -> tuple[float, dict]:
    exchange = Bench()
    exchange.set_markets(SPEC["markets"])
    exchange.remember_book_limit("BTC/USDT", SPEC["limit"])
    started = time.perf_counter()
    for event in SPEC["events"]:
        await exchange.handle_message(URL, event)
    seconds = time.perf_counter() - started
    book = exchange.order_book_view(exchange.stream_state("book:BTC/USDT"))
    await exchange.close()
    return seconds, book


def baseline() -> float:
    sides = {"b": {}, "a": {}}
    for side, key in (("b", "bids"), ("a", "asks")):
        for price, amount in SPEC["snapshot"][key]:
            sides[side][price] = amount
    started = time.perf_counter()
    for event in SPEC["events"]:
        for side in ("b", "a"):
            levels = sides[side]
            for price, amount in event[side]:
                if float(amount) == 0:
                    levels.pop(price, None)
                else:
                    levels[price] = amount
    return time.perf_counter() - started


async def main() -> None:
    best = {"library": float("inf"), "baseline": float("inf"), "book": None}
    for _ in range(SPEC["repeat"]):
        seconds, book = await library()
        best = {"library": min(best["library"], seconds), "baseline": min(best["baseline"], baseline()), "book": book}
    print(js.json_stringify(best))


SPEC = json.load(sys.stdin)
if __name__ == "__main__":
    asyncio.run(main())
