"""The differential fuzzing's Python runner, as run_node.mjs: `run_python.py calls.json out.json [--async]`."""

import asyncio
import inspect
import json
import math
import os
import sys

ROOT = os.environ["EXKIT_ROOT"]
sys.path.insert(0, os.path.join(ROOT, "python"))
sys.setrecursionlimit(5000)
from exchangekit.base import js, errors
from exchangekit.base.native_exchange import snake_case
from exchangekit.base.precise import Precise

asynchronous = "--async" in sys.argv
if asynchronous:
    from exchangekit.async_support.base.exchange import Exchange
else:
    from exchangekit.base.exchange import Exchange
exchange = Exchange({})
calls = json.load(open(sys.argv[1], encoding="utf-8"))


def decode(value):
    if value is None:
        return None
    if isinstance(value, list):
        return [decode(v) for v in value]
    if isinstance(value, dict):
        if "$u" in value:
            return None
        if "$n" in value:
            return js.json_parse(value["$n"])
        if "$o" in value:
            result = {}
            for key, item in value["$o"]:
                result[key] = decode(item)
            return result
        if "$h" in value:
            return [None] * value["$h"]
    return value


def encode(value, depth=0):
    if depth > 60:
        return "$deep"
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        if value == 0 and math.copysign(1, value) < 0:
            return {"n": "-0"}
        return {"n": js.to_str(value)}
    if isinstance(value, str):
        return value
    if isinstance(value, (bytes, bytearray)):
        return {"b": bytes(value).hex()}
    if isinstance(value, list):
        return [encode(v, depth + 1) for v in value]
    if isinstance(value, dict):
        return {"o": [[k, encode(value.get(k), depth + 1)] for k in js.keys(value)]}
    return {"other": type(value).__name__}


def error_name(error):
    if isinstance(error, js.UNCAUGHT):
        return "Unportable:" + type(error).__name__
    name = type(error).__name__
    return name if getattr(errors, name, None) is type(error) else "native:" + name


async def main():
    out = []
    for method, args in calls:
        try:
            decoded = [decode(a) for a in args]
            if method.startswith("Precise."):
                result = getattr(Precise, snake_case(method[8:]))(*decoded)
            else:
                names = method.split("|")
                result = getattr(exchange, snake_case(names[0]))(*decoded)
                if inspect.isawaitable(result):
                    result = await result
                for name in names[1:]:
                    result = getattr(exchange, snake_case(name))(result)
            if inspect.isawaitable(result):
                result = await result
            out.append({"ok": encode(result)})
        except BaseException as error:  # noqa
            if isinstance(error, (KeyboardInterrupt, SystemExit)):
                raise
            out.append({"t": error_name(error), "m": str(error)[:160]})
    if asynchronous:
        await exchange.close()
    return out


out = asyncio.run(main())
with open(sys.argv[2], "w", encoding="utf-8") as handle:
    json.dump(out, handle)
