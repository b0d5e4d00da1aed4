"""Runs base-class calls in Python, like base_node.mjs: `base_python.py [--async]`, spec on stdin."""

import asyncio
import inspect
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "python"))

from exchangekit.base import errors, js  # noqa: E402
from exchangekit.base.native_exchange import snake_case  # noqa: E402


def argument(value):
    """{"$class": "InsufficientFunds"} stands for the error class itself, which JSON cannot carry."""
    if isinstance(value, dict):
        if "$class" in value:
            return getattr(errors, value["$class"])
        return {key: argument(item) for key, item in value.items()}
    return value


def exchange_class(asynchronous: bool):
    if asynchronous:
        from exchangekit.async_support.base.exchange import Exchange
    else:
        from exchangekit.base.exchange import Exchange
    return Exchange


async def run(spec: dict, asynchronous: bool) -> list:
    base = exchange_class(asynchronous)

    class vectors(base):
        def describe(self):
            return self.deep_extend(super().describe(), spec.get("describe") or {})

    exchange = vectors(spec.get("config") or {})
    if spec.get("markets"):
        exchange.set_markets(spec["markets"], spec.get("currencies"))
    results = []
    for method, arguments in spec["calls"]:
        try:
            result = None
            for index, name in enumerate(method.split("|")):
                result = getattr(exchange, snake_case(name))(*([argument(a) for a in arguments] if index == 0 else [result]))
                if inspect.isawaitable(result):
                    result = await result
            results.append({"ok": result})
        except Exception as error:  # noqa: BLE001 (the error class is the result)
            results.append({"throws": type(error).__name__, "message": str(error)})
    if asynchronous:
        await exchange.close()
    return results


if __name__ == "__main__":
    output = asyncio.run(run(json.load(sys.stdin), "--async" in sys.argv))
    print("\n" + js.json_stringify(output))  # the last line: verbose logs may come before
