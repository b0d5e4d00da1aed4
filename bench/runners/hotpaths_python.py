"""Runs the jobs of bench/hotpaths.py in Python: `hotpaths_python.py [--async]`, jobs as JSON on stdin.

Per job: the exchange's unified call, with fetch replaced at the HTTP layer (the response text goes through
handleRestResponse, JSON parsing included), called `warmup` times untimed and then `repeat` times timed; prints,
per job, the best time (None if no call was timed) and the result of the last call as JSON with every key kept (a
null one too: the structures are compared whole) and numbers as JavaScript writes them. For loadMarkets the result
is everything the call loads that a user reads: markets, marketsById, symbols and ids. A job of kind "baseline"
runs a plain native parse instead (bench/runners/baselines.py), which gives the same result."""

import asyncio
import importlib
import inspect
import json
import math
import os
import sys
import time

sys.path.insert(0, os.environ["EXCHANGEKIT_PYTHON_PATH"])
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from exchangekit.base import js  # noqa: E402
from exchangekit.base.native_exchange import snake_case  # noqa: E402

import baselines  # noqa: E402


def harness_class(exchange_id, asynchronous):
    package = "exchangekit.async_support" if asynchronous else "exchangekit"
    exchange_class = getattr(importlib.import_module(package), exchange_id)

    class Harness(exchange_class):
        def milliseconds(self):
            return 1700000000000

        def serve(self, url, method, headers, body):
            for response in self.bench_responses:
                if response["match"] in url:
                    return self.handle_rest_response(200, "", url, method, {}, response["body"], headers, body)
            raise RuntimeError("no bench response for " + url)

    if asynchronous:
        async def fetch(self, url, method="GET", headers=None, body=None):
            return self.serve(url, method, headers, body)
    else:
        def fetch(self, url, method="GET", headers=None, body=None):
            return self.serve(url, method, headers, body)
    Harness.fetch = fetch
    return Harness


def full_json(value) -> str:
    """JSON.stringify with undefined written as null: every key of a structure is compared, not only the set ones."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return js.number_to_string(value) if math.isfinite(value) else "null"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ",".join(map(full_json, value)) + "]"
    return "{" + ",".join(json.dumps(key, ensure_ascii=False) + ":" + full_json(value[key]) for key in js.keys(value)) + "}"


def loaded_state(exchange) -> dict:
    return {"markets": exchange.markets, "marketsById": exchange.marketsById, "symbols": exchange.symbols,
            "ids": exchange.ids}


async def settle(value):
    return (await value) if inspect.isawaitable(value) else value


def calls(job) -> int:
    return job.get("warmup", 0) + job["repeat"]


def timed(job, times, call, started):
    """Keeps the time of a call past the warm-up ones."""
    if call >= job.get("warmup", 0):
        times.append(time.perf_counter() - started)


async def run_job(job, asynchronous):
    if job.get("baseline"):
        parse = getattr(baselines, job["baseline"], None)
        if parse is None:
            return {"best": None, "result": None}  # no native parse written in Python
        texts = [response["body"] for response in job["responses"]]
        args = (texts, job)
        if job["prepare"] == "load":  # the markets are loaded before the timed call, as the unified call's are
            args += (getattr(baselines, job["id"] + "_markets")(texts[1:], job)["markets"],)
        times, result = [], None
        for call in range(calls(job)):
            started = time.perf_counter()
            result = parse(*args)
            timed(job, times, call, started)
        return {"best": min(times, default=None), "result": full_json(result)}
    harness = harness_class(job["id"], asynchronous)

    def new():
        exchange = harness(dict(job["config"], enableRateLimit=False))
        exchange.bench_responses = job["responses"]
        return exchange

    exchange = new()
    if job["prepare"] == "fixture":
        exchange.set_markets(job["markets"], job.get("currencies"))
    elif job["prepare"] == "load":
        await settle(exchange.load_markets())
    times, result = [], None
    for call in range(calls(job)):
        started = time.perf_counter()
        if job["prepare"] == "new":
            exchange = new()
        result = await settle(getattr(exchange, snake_case(job["method"]))(*job["args"]))
        timed(job, times, call, started)
        if asynchronous and job["prepare"] == "new":
            await exchange.close()
    if asynchronous:
        await exchange.close()
    if job["method"] == "loadMarkets":
        result = loaded_state(exchange)
    return {"best": min(times, default=None), "result": full_json(result)}


async def main(asynchronous):
    jobs = json.load(sys.stdin)
    output = [await run_job(job, asynchronous) for job in jobs]
    print("\n" + json.dumps(output))


if __name__ == "__main__":
    asyncio.run(main("--async" in sys.argv))
