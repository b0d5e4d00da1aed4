"""Runs the jobs of bench/hotpaths.py in Python: `hotpaths_python.py [--async]`, jobs as JSON on stdin.

Per job: the exchange's unified call, with fetch replaced at the HTTP layer (the response text goes through
handleRestResponse, JSON parsing included), timed `repeat` times; prints, per job, the best time and the
result (as exchangekit's JSON.stringify prints it). A job of kind "baseline" runs a plain native parse instead
(bench/runners/baselines.py)."""

import asyncio
import importlib
import inspect
import json
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


async def settle(value):
    return (await value) if inspect.isawaitable(value) else value


async def run_job(job, asynchronous):
    if job.get("baseline"):
        parse = getattr(baselines, job["baseline"], None)
        if parse is None:
            return {"best": None, "result": None}  # no native parse written in Python
        texts = [response["body"] for response in job["responses"]]
        args = (texts, job)
        if job["prepare"] == "load":  # the markets are loaded before the timed call, as the unified call's are
            args += (getattr(baselines, job["id"] + "_markets")(texts[1:], job),)
        times, result = [], None
        for _ in range(job["repeat"]):
            started = time.perf_counter()
            result = parse(*args)
            times.append(time.perf_counter() - started)
        return {"best": min(times), "result": js.json_stringify(result)}
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
    for _ in range(job["repeat"]):
        started = time.perf_counter()
        if job["prepare"] == "new":
            exchange = new()
        result = await settle(getattr(exchange, snake_case(job["method"]))(*job["args"]))
        times.append(time.perf_counter() - started)
        if asynchronous and job["prepare"] == "new":
            await exchange.close()
    if asynchronous:
        await exchange.close()
    return {"best": min(times), "result": js.json_stringify(result)}


async def main(asynchronous):
    jobs = json.load(sys.stdin)
    output = [await run_job(job, asynchronous) for job in jobs]
    print("\n" + json.dumps(output))


if __name__ == "__main__":
    asyncio.run(main("--async" in sys.argv))
