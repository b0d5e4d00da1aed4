"""Plays an exchange's stream fixture cases in Python asyncio, like stream_node.mjs: `stream_python.py`.

EXCHANGEKIT_PYTHON_PATH names the folder holding the exchangekit package (python/ of the source tree); empty,
the installed package is used."""

import asyncio
import json
import os
import re
import sys

from python_package import load_package  # (beside this script)

load_package()

from exchange_python import harness_class  # noqa: E402 (beside this script)
from exchangekit.base.native_exchange import snake_case  # noqa: E402
from tagged_json import tagged_json  # noqa: E402

CALL_TIMEOUT = 20  # seconds: a call that never settles is reported, not waited for
STREAMING_METHOD = re.compile(r"(watch|unWatch)[A-Z][A-Za-z]*\Z")


def stream_harness_class(exchange_id: str) -> type:
    """The fixture harness of exchange_python.py (fixed clock, HTTP from the case's responses), with the
    backoff's jitter fixed and sleeps recorded."""

    class Harness(harness_class(exchange_id, True)):
        def stream_random(self):
            return 0.5

        async def sleep(self, milliseconds):
            self.sleeps.append(milliseconds)
            await asyncio.sleep(0.001)

    return Harness


async def play(exchange, call: dict):
    """A call of the exchange, or one of the harness's own ($sleeps, $backlog, $wait, $streamUrls), as in
    stream_node.mjs."""
    if call["method"] == "$streamUrls":
        return exchange.urls["ws"]
    if call["method"] == "$sleeps":
        return exchange.sleeps
    if call["method"] == "$backlog":
        return exchange.stream_backlog()
    if call["method"] == "$wait":
        await asyncio.sleep(call["args"][0] / 1000)
        return None
    if not STREAMING_METHOD.match(call["method"]):
        raise RuntimeError(f"a stream case may call only the watch and unWatch methods, not {call['method']}")
    return await asyncio.wait_for(getattr(exchange, snake_case(call["method"]))(*call["args"]), CALL_TIMEOUT)


def only_local(urls, server: str, unscripted: str):
    """urls['ws'] with every URL that is not at the local server replaced by its refused path (a copy)."""
    if isinstance(urls, str):
        return urls if urls.startswith(server) else unscripted
    if isinstance(urls, dict):
        return {key: only_local(value, server, unscripted) for key, value in urls.items()}
    if isinstance(urls, list):
        return [only_local(value, server, unscripted) for value in urls]
    return urls


def local_config(harness: type, case: dict) -> dict:
    """The case's config with urls['ws'] complete: describe ()'s other stream URLs go to the server too."""
    server = case["unscripted"][: case["unscripted"].index("/", len("ws://"))] + "/"
    described = (harness(case["config"]).urls or {}).get("ws")
    return {**case["config"], "urls": {"ws": only_local(described, server, case["unscripted"])}}


async def run(spec: dict) -> list:
    harness = stream_harness_class(spec["id"])
    results = []
    for case in spec["cases"]:
        exchange = harness(local_config(harness, case))
        exchange.fixture_milliseconds = case["milliseconds"]
        exchange.sleeps = []
        exchange.sent = []
        exchange.pending = list(case["responses"])
        if spec.get("markets"):
            exchange.set_markets(spec["markets"], spec.get("currencies"))
        outcomes = []
        for call in case["calls"]:
            try:
                outcomes.append({"ok": await play(exchange, call)})
            except asyncio.TimeoutError:
                outcomes.append({"throws": "Error", "message": f"the call did not settle within {CALL_TIMEOUT} s"})
            except Exception as error:  # noqa: BLE001 (the error class is the result)
                outcomes.append({"throws": type(error).__name__, "message": str(error)})
        await exchange.close()
        results.append(outcomes)
    return results


if __name__ == "__main__":
    output = asyncio.run(run(json.load(sys.stdin)))
    print("\n" + tagged_json(output))
