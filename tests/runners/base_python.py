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
    """{"$class": "InsufficientFunds"} stands for the error class itself, which JSON cannot carry; {"$bytes": hex} for
    the text that os.environ makes of bytes that may not be UTF-8 (see config_value)."""
    if isinstance(value, dict):
        if "$class" in value:
            return getattr(errors, value["$class"])
        if "$bytes" in value or "$number" in value:
            return config_value(value)
        return {key: argument(item) for key, item in value.items()}
    return value


def config_value(value):
    """{"$bytes": hex}: the bytes as os.environ decodes them (surrogateescape: each byte that is not UTF-8 is half of a
    surrogate pair alone), as base_node.mjs does; PHP's runner keeps the bytes."""
    if isinstance(value, dict) and "$bytes" in value:
        return bytes.fromhex(value["$bytes"]).decode("utf-8", "surrogateescape")
    if isinstance(value, dict) and "$number" in value:  # NaN, Infinity, -Infinity, which JSON cannot carry either
        return float(value["$number"])
    return value


def exchange_class(spec: dict, asynchronous: bool):
    from exchangekit.base.errors import ExchangeError
    from exchangekit.base.precise import Precise

    if asynchronous:
        from exchangekit.async_support.base.exchange import Exchange
    else:
        from exchangekit.base.exchange import Exchange
    extra_describe = [spec.get("describe") or {}]

    class vectors(Exchange):
        def describe(self):
            # '$omit' names keys that the describe () leaves out, as an exchange's could (self.omit (...)).
            merged = self.deep_extend(super().describe(), self.omit(extra_describe[-1], ["$omit"]))
            return self.omit(merged, extra_describe[-1].get("$omit", []))

        def construct(self, describe, config):
            extra_describe.append(self.deep_extend(spec.get("describe") or {}, describe))
            try:
                return isinstance(type(self)(config), vectors)
            finally:
                extra_describe.pop()

        def dumps(self):
            return [repr(self), str(self)]

        def handle_errors(self, status, reason, url, method, response_headers, response_body, response, request_headers,
                          request_body):
            # As exchanges end theirs: the body, which may echo the request, in an error of the exchange's own making.
            if self.safe_string(self.safe_dict(response, "query"), "feedback") is not None:
                raise ExchangeError(self.id + " " + response_body)
            # a native error that quotes a value of the body: Precise's ValueError for a precision that is no integer
            precision = self.safe_string(self.safe_dict(response, "query"), "precision")
            if precision is not None:
                Precise.string_div("1", "3", precision)
            return None

    class clocked(vectors):
        def __init__(self, config):
            super().__init__(config)
            self.elapsed = 0
            self.slept = []

        def milliseconds(self):
            return spec["clock"]["milliseconds"] + self.elapsed

        def monotonic_milliseconds(self):
            return self.elapsed

        def record_sleep(self, milliseconds):
            self.elapsed += milliseconds
            self.slept.append(milliseconds)

        if asynchronous:
            async def sleep(self, milliseconds):
                self.record_sleep(milliseconds)
        else:
            def sleep(self, milliseconds):
                self.record_sleep(milliseconds)

        def sleeps(self):
            slept, self.slept = self.slept, []
            return slept

    return clocked if spec.get("clock") else vectors


async def run(spec: dict, asynchronous: bool) -> list:
    try:
        config = spec.get("config") or {}
        if any(isinstance(value, dict) and ("$bytes" in value or "$number" in value) for value in config.values()):
            config = {key: config_value(value) for key, value in config.items()}
        exchange = exchange_class(spec, asynchronous)(config)
    except Exception as error:  # noqa: BLE001 (the error class is the result)
        return [{"throws": type(error).__name__, "message": str(error)}]
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
