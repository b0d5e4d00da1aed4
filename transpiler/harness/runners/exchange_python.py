"""Runs an exchange's fixture cases in Python, like exchange_node.mjs: `exchange_python.py [--async]`.

EXCHANGEKIT_PYTHON_PATH names the folder holding the exchangekit package (python/ of the source tree); empty,
the installed package is used."""

import asyncio
import importlib
import inspect
import json
import math
import os
import sys

from python_package import load_package  # (beside this script)

load_package()

from exchangekit.base.native_exchange import snake_case  # noqa: E402
from tagged_json import tagged_json  # noqa: E402 (beside this script)


class NoFixtureResponse(Exception):
    """A call sent more requests than the case has responses: a request test ends there."""


def harness_class(exchange_id: str, asynchronous: bool) -> type:
    package = "exchangekit.async_support" if asynchronous else "exchangekit"
    exchange_class = getattr(importlib.import_module(package), exchange_id)  # through the index users import

    class Harness(exchange_class):
        def milliseconds(self):
            return self.fixture_milliseconds

        def seconds(self):
            return math.floor(self.fixture_milliseconds / 1000)

        def microseconds(self):
            return self.fixture_milliseconds * 1000

        def uuid(self):
            return "7d5b1d2e-4f0a-4c3b-9a8e-2b6c0f1e3d4a"

        def serve(self, url, method, headers, body):
            self.sent.append({"url": url, "method": method, "headers": headers or {}, "body": body})
            if not self.pending:
                raise NoFixtureResponse(f"no fixture response for request {len(self.sent)}: {method} {url}")
            response = self.pending.pop(0)
            return self.handle_rest_response(response["status"], "", url, method, response["headers"], response["body"],
                                             headers, body)

    if asynchronous:
        async def fetch(self, url, method="GET", headers=None, body=None):
            return self.serve(url, method, headers, body)
    else:
        def fetch(self, url, method="GET", headers=None, body=None):
            return self.serve(url, method, headers, body)
    Harness.fetch = fetch
    return Harness


async def run(spec: dict, asynchronous: bool) -> list:
    harness = harness_class(spec["id"], asynchronous)
    results = []
    for case in spec["cases"]:
        exchange = harness(case["config"])
        exchange.fixture_milliseconds = case["milliseconds"]
        exchange.sent = []
        exchange.pending = list(case["responses"])
        if spec.get("markets"):
            exchange.set_markets(spec["markets"], spec.get("currencies"))
        try:
            result = getattr(exchange, snake_case(case["method"]))(*case["args"])
            if inspect.isawaitable(result):
                result = await result
            results.append({"requests": exchange.sent, "ok": result})
        except Exception as error:  # noqa: BLE001 (the error class is the result)
            results.append({"requests": exchange.sent, "throws": type(error).__name__, "message": str(error)})
        if asynchronous:
            await exchange.close()
    return results


if __name__ == "__main__":
    output = asyncio.run(run(json.load(sys.stdin), "--async" in sys.argv))
    print("\n" + tagged_json(output))  # the last line: verbose logs may come before
