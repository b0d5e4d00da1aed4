"""Throughput of the hot parse paths, per exchange and runtime, as ratios measured side by side.

    .venv/bin/python bench/hotpaths.py [--scale 0.1] [--exchanges kraken,binance] [--paths trades,book]
                                       [--runtimes js,python,python-async,php,php-opcache] [--repeat 5] [--rounds 3]
                                       [--warmup 10] [--measure time|instructions]

For every exchange in the tree, realistic raw data is generated (seeded) from the response shapes of its
fixture (tests/fixtures/exchanges/<id>.json): 20,000 public trades, an order book of 5,000 bids and 5,000 asks,
2,000 tickers and a markets response of 2,000 symbols (--scale multiplies the sizes). Each is fed through the
full unified call (fetchTrades, fetchOrderBook, fetchTickers, loadMarkets on a new instance), with fetch
replaced at the HTTP layer, so the response text goes through handleRestResponse and JSON parsing, in Node,
Python sync, Python asyncio and PHP (bench/runners/hotpaths_*), each job in a process of its own, and, where a
plain native parse of the same data is written (bench/runners/baselines.*), through that baseline in each language.
The script checks that every runtime and baseline gives the same output (every key of every structure, a null one
too, and for loadMarkets the markets by symbol and by id and the sorted symbols and ids; the same JSON text byte
for byte across runtimes), then prints per path the throughput (items/s) and the ratios: each runtime against
Node, and against the baseline of its language. A job runs in every runtime and baseline one after the other,
in --rounds rounds; a ratio is the median of the rounds' ratios, each of two runs taken moments apart.

--warmup N makes N untimed calls before the timed ones, in every runtime and baseline alike: V8 runs a call at full
speed only once it has compiled it (a tickers or markets call takes about 10 ms, and the 4th to 8th call of a
process is the first at full speed), so Node and its baseline are compared at steady state from --warmup 10 on.
--measure instructions counts instead of timing (the host is shared, and its wall-clock ratios move by tenths from
run to run): each run is made twice under valgrind (cachegrind, no cache simulation), with the timed calls and
without them, and the difference over --repeat is the instructions of one call, warm-up calls excluded (their mean:
the garbage collections the timed calls cause are in, where the best time leaves them out). Node runs
--single-threaded with a fixed random seed, and Python with PYTHONHASHSEED=0, so that two runs do the same work
(0.1% apart, where the timed calls hold the same collections: count Node's at --repeat 20: which collections fall
within five calls varies, and moved a Node tickers job by up to 40%); the instructions of all threads are counted.
Counted, Node is measured only when --runtimes names js (its result, from one uncounted run, is still the reference
the others must give): `--runtimes python --measure instructions --rounds 1 --warmup 2` counts Python against its
native parse in minutes (without warm-up calls, the first call's one-time work is counted too).
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import random
import re
import statistics
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from transpiler.harness.run import Library  # noqa: E402

RUNNERS = os.path.join(ROOT, "bench", "runners")
FIXTURES = os.path.join(ROOT, "tests", "fixtures", "exchanges")
RUNTIMES = ("js", "python", "python-async", "php")
PATHS = ("trades", "book", "tickers", "markets")
SIZES = {"trades": 20000, "book": 5000, "tickers": 2000, "markets": 2000}

# Per exchange: where its fixture keeps the list of trades, the book, the tickers and the markets, and the base
# asset of the template market (replaced by a new asset per generated market).
SHAPES = {
    "kraken": {"token": "XBT", "market": "XXBTZUSD", "ticker": "XETHXXBT",
               "trades": lambda body: body["result"]["XXBTZUSD"], "book": lambda body: body["result"]["XXBTZUSD"],
               "markets": ("result", "dict"), "tickers": ("result", "dict"),
               "matches": {"markets": ["AssetPairs", "Assets"], "tickers": ["Ticker"]}},
    "binance": {"token": "ETH", "market": "ETHBTC", "ticker": "ETHBTC", "trades": lambda body: body,
                "book": lambda body: body, "markets": ("symbols", "list", "symbol"), "tickers": (None, "list", "symbol"),
                "matches": {"markets": ["exchangeInfo", "capital/config"], "tickers": ["ticker/24hr"]}},
    "bitfinex": {"token": "btc", "market": "btcusd", "trades": lambda body: body, "book": lambda body: body,
                 "markets": (None, "list", "pair"), "tickers": None, "matches": {"markets": ["symbols_details"]}},
    "bitstamp": {"token": "BTC", "market": "BTC/USD", "ticker": "BTC/USD", "trades": lambda body: body,
                 "book": lambda body: body, "markets": (None, "list", "name"), "tickers": (None, "list", "pair"),
                 "matches": {"markets": ["/markets/", "/currencies/"], "tickers": ["/ticker/"]}},
    "poloniex": {"token": "BTC", "market": "BTC_USDT", "ticker": "BTC_USDT", "trades": lambda body: body,
                 "book": lambda body: body, "markets": (None, "list", "symbol"), "tickers": (None, "list", "symbol"),
                 "matches": {"markets": ["/markets", "/currencies"], "tickers": ["/markets/ticker24h"]}},
}
DECIMAL = re.compile(r"^-?\d+\.(\d+)$")
INTEGER = re.compile(r"^\d+$")
SMALL_INTEGER = 100


def first_response(fixture: dict, method: str) -> dict | None:
    for case in fixture["methods"].get(method, []):
        if case.get("responses"):
            return case
    return None


def jitter(value, index: int, rng: random.Random):
    """A value like the template's: decimals keep their number of digits, ids and times grow with the index, small
    integers (decimal places, counts, flags) stay as they are."""
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int):
        return value + index if value >= SMALL_INTEGER else value
    if isinstance(value, float):
        return round(value + index * 0.0137, 4)
    if isinstance(value, str):
        match = DECIMAL.match(value)
        if match:
            digits = len(match.group(1))
            return f"{float(value) * rng.uniform(0.5, 1.5):.{digits}f}"
        if INTEGER.match(value) and int(value) >= SMALL_INTEGER:
            return str(int(value) + index)
        return value
    if isinstance(value, list):
        return [jitter(item, index, rng) for item in value]
    if isinstance(value, dict):
        return {key: jitter(item, index, rng) for key, item in value.items()}
    return value


def trades_body(shape: dict, case: dict, count: int, rng: random.Random):
    body = copy.deepcopy(case["responses"][0]["body"])
    trades = shape["trades"](body)
    templates = list(trades)
    trades[:] = [jitter(templates[index % len(templates)], index, rng) for index in range(count)]
    return body


def price_text(template: str, value: float) -> str:
    match = DECIMAL.match(template)
    return f"{value:.{len(match.group(1))}f}" if match else str(round(value))


def book_body(shape: dict, case: dict, count: int, rng: random.Random):
    body = copy.deepcopy(case["responses"][0]["body"])
    book = shape["book"](body)
    for side, direction in (("asks", 1), ("bids", -1)):
        template = book[side]
        flat = isinstance(template[0], str)  # price, amount, price, amount, ...
        level = template[:2] if flat else template[0]
        price = float(level[0] if isinstance(level, list) else level["price"])
        levels = []
        for index in range(count):
            price += direction * rng.choice((0.1, 0.2, 0.5, 1.0, 2.0))
            if isinstance(level, list):
                new = [price_text(level[0], price), jitter(level[1], 0, rng), *jitter(level[2:], index, rng)]
            else:
                new = jitter(level, index, rng)
                new["price"] = price_text(level["price"], price)
            if flat:
                levels.extend(new)
            else:
                levels.append(new)
        book[side] = levels
    return body


def asset_tokens(count: int) -> list[str]:
    """Three-letter asset codes that are no real code of the fixtures and start with no kraken prefix."""
    taken = {"USD", "BTC", "ETH", "EUR", "XBT", "USDT", "TEST", "GBP", "JPY", "CAD", "USDC"}
    letters = "ABCDEFGHIJKLMNOPQRSTUVW"
    tokens = []
    for a in letters:
        for b in letters:
            for c in letters:
                if a + b + c not in taken and len(tokens) < count:
                    tokens.append(a + b + c)
    return tokens


def replace_token(value, token: str, new: str):
    if isinstance(value, str):
        return value.replace(token.upper(), new.upper()).replace(token.lower(), new.lower())
    if isinstance(value, list):
        return [replace_token(item, token, new) for item in value]
    if isinstance(value, dict):
        return {replace_token(key, token, new): replace_token(item, token, new) for key, item in value.items()}
    return value


def keyed_body(body, where: tuple, template_key: str, token: str, count: int, rng: random.Random, rekey=None):
    """body with the template entry (keyed by template_key) replaced by count entries, one per new asset."""
    body = copy.deepcopy(body)
    key, kind = where[0], where[1]
    container = body if key is None else body[key]
    if kind == "dict":
        template = container[template_key if rekey is None else rekey]
    else:
        template = next(item for item in container if item[where[2]] == template_key)
    entries = []
    for index, new in enumerate(asset_tokens(count)):
        entry = replace_token(jitter(template, index, rng), token, new)
        if kind == "list":
            entry[where[2]] = replace_token(template_key, token, new)
        entries.append((replace_token(template_key, token, new), entry))
    if kind == "dict":
        generated = dict(entries)
    else:
        generated = [entry for _, entry in entries]
    if key is None:
        return generated
    body[key] = generated
    return body


def text(body) -> str:
    return json.dumps(body, separators=(",", ":"), ensure_ascii=False)


def jobs_of(exchange_id: str, paths: list[str], scale: float, repeat: int) -> list[dict]:
    """The jobs of one exchange: one per path, as every runner reads them."""
    with open(os.path.join(FIXTURES, exchange_id + ".json"), encoding="utf-8") as file:
        fixture = json.load(file)
    shape = SHAPES[exchange_id]
    rng = random.Random(f"{exchange_id}-15")
    config = dict(fixture["config"])
    base = {"id": exchange_id, "config": config, "markets": fixture.get("markets"),
            "currencies": fixture.get("currencies"), "repeat": repeat}
    size = {path: max(2, int(SIZES[path] * scale)) for path in PATHS}
    markets_case = first_response(fixture, "fetchMarkets")
    markets = text(keyed_body(markets_case["responses"][0]["body"], shape["markets"], shape["market"], shape["token"],
                              size["markets"], rng))
    market_responses = []
    currencies_case = first_response(fixture, "fetchCurrencies")
    if currencies_case and len(shape["matches"]["markets"]) > 1:  # loadMarkets fetches the currencies first
        market_responses.append({"match": shape["matches"]["markets"][1],
                                 "body": text(currencies_case["responses"][0]["body"])})
    market_responses.append({"match": shape["matches"]["markets"][0], "body": markets})
    jobs = []
    for path in paths:
        if path == "trades":
            case = first_response(fixture, "fetchTrades")
            jobs.append({**base, "path": path, "items": size[path], "method": "fetchTrades", "args": [case["args"][0]],
                         "prepare": "fixture",
                         "responses": [{"match": "", "body": text(trades_body(shape, case, size[path], rng))}]})
        elif path == "book":
            case = first_response(fixture, "fetchOrderBook")
            jobs.append({**base, "path": path, "items": 2 * size[path], "method": "fetchOrderBook",
                         "args": [case["args"][0]], "prepare": "fixture",
                         "responses": [{"match": "", "body": text(book_body(shape, case, size[path], rng))}]})
        elif path == "tickers" and shape["tickers"]:
            case = first_response(fixture, "fetchTickers")
            body = case["responses"][0]["body"]
            rekey = shape["ticker"] if shape["tickers"][1] == "dict" else None
            template_key = shape["market"] if rekey else shape["ticker"]
            tickers = keyed_body(body, shape["tickers"], template_key, shape["token"], size[path], rng, rekey)
            jobs.append({**base, "path": path, "items": size[path], "method": "fetchTickers", "args": [],
                         "prepare": "load", "responses": [{"match": shape["matches"]["tickers"][0], "body": text(tickers)},
                                                          *market_responses]})
        elif path == "markets":
            jobs.append({**base, "path": path, "items": size[path], "method": "loadMarkets", "args": [],
                         "prepare": "new", "responses": market_responses})
    return jobs


BASELINE_LANGUAGES = {"js": "js", "python": "python", "python-async": "python", "php": "php",
                      "php-opcache": "php-opcache"}
# PHP with opcache and its JIT on for the command line, as the README advises (its baselines run the same way).
PHP_OPCACHE = ["-d", "opcache.enable_cli=1", "-d", "opcache.jit_buffer_size=64M", "-d", "opcache.jit=tracing"]


# Instructions counted by valgrind (cachegrind without its cache simulation, the cheapest tool that counts them),
# for every thread of the process; the summary it prints on stderr.
VALGRIND = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null"]
INSTRUCTIONS = re.compile(r"I\s+refs:\s+([\d,]+)")
# The same work in two runs of a process: V8's background tasks (compilers, the garbage collector's helpers) run on
# the main thread, where they do not race it (two runs of a job otherwise counted up to 30% apart), and its random
# seed is fixed; Python's hash seed too.
NODE_COUNTED = ["--single-threaded", "--random-seed=1"]


def run_runtime(library: Library, runtime: str, jobs: list[dict], counted: bool = False) -> list[dict]:
    """The runner's output for the jobs; counted, under valgrind, with the instructions of the whole process in
    each job's "instructions"."""
    script = os.path.join(RUNNERS, "hotpaths")
    if runtime == "php-opcache":
        command = library.command(script, "php")
        command[1:1] = PHP_OPCACHE
    else:
        command = library.command(script, runtime)
    environment = library.environment()
    if counted:
        if runtime == "js":
            command[1:1] = NODE_COUNTED
        command[:0] = VALGRIND
        environment["PYTHONHASHSEED"] = "0"
    completed = subprocess.run(command, input=json.dumps(jobs), capture_output=True, text=True,
                               env=environment, timeout=3600)
    if completed.returncode != 0:
        raise SystemExit(f"the {runtime} runner failed:\n{completed.stderr[-3000:]}")
    output = json.loads(completed.stdout.strip().split("\n")[-1])
    if counted:
        instructions = int(INSTRUCTIONS.findall(completed.stderr)[-1].replace(",", ""))
        for run in output:
            run["instructions"] = instructions
    return output


def instructions_per_call(library: Library, runtime: str, job: dict) -> dict:
    """The instructions of one timed call of the job, as the runner's "best": the process counted with its timed
    calls, less the process counted without them (start-up, input, the warm-up calls), over their number."""
    run = run_runtime(library, runtime, [job], counted=True)[0]
    if run["result"] is None:  # no baseline written in this language
        return run
    without = run_runtime(library, runtime, [dict(job, repeat=0)], counted=True)[0]
    return {"best": (run["instructions"] - without["instructions"]) / job["repeat"], "result": run["result"]}


def run_job(library: Library, runtime: str, job: dict, measure: str) -> dict:
    """One job in one process (two if counted): its result, and as "best" its best time or its instructions."""
    if measure == "instructions":
        return instructions_per_call(library, runtime, job)
    return run_runtime(library, runtime, [job])[0]


def measure(library: Library, runtimes: list[str], jobs: list[dict], rounds: int,
            measure_by: str = "time") -> tuple[dict, dict]:
    """Every job in every runtime and its native baseline in every language, each in a process of its own (one that
    ran a job carries its heap into the next: PHP's allocator, after the 20,000-trade job, made the jobs after it up
    to twice as slow, which a user's process does not), in rounds: within a round a job runs in each runtime and then
    in each baseline, one after the other, so that a ratio compares runs taken moments apart (this machine's speed
    drifts over minutes, by more than the differences measured), and every other round in the reverse order (of
    the same code run twice in a row, the second process once measured 9% faster). Returns, per runtime and per
    language, the runs of each job, a list of rounds each."""
    languages = sorted({BASELINE_LANGUAGES[runtime] for runtime in runtimes})
    runs = {name: [[] for _ in jobs] for name in runtimes}
    native = {language: [[] for _ in jobs] for language in languages}
    for round_ in range(rounds):
        for index, job in enumerate(jobs):
            print(f"round {round_ + 1}/{rounds}: {job['id']} {job['path']}", file=sys.stderr, flush=True)
            baseline_job = dict(job, baseline=f"{job['id']}_{job['path']}")
            order = [(runs[runtime], runtime, job) for runtime in runtimes] + \
                [(native[language], language, baseline_job) for language in languages]
            for results, runtime, task in (order if round_ % 2 == 0 else order[::-1]):
                results[index].append(run_job(library, runtime, task, measure_by))
    return runs, native


def median_ratio(runs: list[dict], references: list[dict]) -> float:
    """The median of the rounds' ratios (each run's best time, or its instructions per call, over the reference's in
    the same round)."""
    return statistics.median(run["best"] / reference["best"] for run, reference in zip(runs, references))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--repeat", type=int, default=5, help="timed calls per process (its best is kept)")
    parser.add_argument("--rounds", type=int, default=3, help="processes per job and runtime, interleaved")
    parser.add_argument("--warmup", type=int, default=0,
                        help="untimed calls before the timed ones, in every runtime and baseline (Node's steady state: "
                             "10)")
    parser.add_argument("--measure", choices=("time", "instructions"), default="time",
                        help="time the calls, or count their instructions under valgrind (one call's: a run with the "
                             "timed calls less one without them)")
    parser.add_argument("--exchanges", default=",".join(SHAPES))
    parser.add_argument("--paths", default=",".join(PATHS))
    parser.add_argument("--runtimes", default=",".join(RUNTIMES))
    parser.add_argument("--json", help="also write the measurements to this file")
    options = parser.parse_args()
    runtimes = options.runtimes.split(",")
    counted = options.measure == "instructions"
    if "js" not in runtimes and not counted:  # (counted, Node is measured when asked for: ~15 minutes a job)
        runtimes.insert(0, "js")
    library = Library.source_tree(ROOT)
    jobs = [dict(job, warmup=options.warmup) for exchange_id in options.exchanges.split(",")
            for job in jobs_of(exchange_id, options.paths.split(","), options.scale, options.repeat)]
    runs, native = measure(library, runtimes, jobs, options.rounds, options.measure)
    # Node's result is the reference every runtime's is compared with, from one run of its own if not measured
    references = [runs["js"][index][0]["result"] if "js" in runs else run_runtime(library, "js", [job])[0]["result"]
                  for index, job in enumerate(jobs)]
    failures = 0
    rows = []
    width = 26 if counted else 24
    print(f"{'exchange':9} {'path':8} {'items':>6}  " + "  ".join(f"{runtime:>{width}}" for runtime in runtimes))
    for index, job in enumerate(jobs):
        reference_text = references[index]
        reference = json.loads(reference_text)
        cells = []
        row = {"exchange": job["id"], "path": job["path"], "items": job["items"]}
        for runtime in runtimes:
            measured = runs[runtime][index]
            if any(run["result"] != reference_text for run in measured):  # byte for byte, as JSON.stringify prints it
                failures += 1
                print(f"MISMATCH {job['id']} {job['path']}: {runtime} differs from js", file=sys.stderr)
            versus_js = median_ratio(measured, runs["js"][index]) if "js" in runs else None
            if counted:
                per_item = statistics.median(run["best"] for run in measured) / job["items"]
                cell = f"{per_item:9.0f}/i " + ("     -" if versus_js is None else f"{versus_js:5.2f}x")
                row[runtime] = {"instructions_per_item": per_item, "vs_js": versus_js}
            else:
                per_second = job["items"] / statistics.median(run["best"] for run in measured)
                cell = f"{per_second:9.0f}/s {versus_js:5.1f}x"
                row[runtime] = {"per_second": per_second, "vs_js": versus_js}
            language = BASELINE_LANGUAGES[runtime]
            baselines = native[language][index]
            if baselines[0]["best"] is not None:
                if any(json.loads(baseline["result"]) != reference for baseline in baselines):  # the same parse
                    failures += 1
                    print(f"MISMATCH {job['id']} {job['path']}: the {language} baseline differs from js",
                          file=sys.stderr)
                versus_native = median_ratio(measured, baselines)
                row[runtime]["vs_native"] = versus_native
                cell += f" n{versus_native:5.2f}x" if counted else f" n{versus_native:5.1f}x"
            else:
                cell += "        "
            cells.append(f"{cell:>26}" if counted else f"{cell:>24}")
        rows.append(row)
        print(f"{job['id']:9} {job['path']:8} {job['items']:>6}  " + "  ".join(cells))
    if counted:
        print(f"instructions per item of one call (median of the rounds; {options.warmup} warm-up calls first), then "
              "the instructions against Node's (x), then against a plain native parse in the same language (n): each "
              "the median of the rounds' ratios.")
    else:
        print(f"items/s (median of the rounds; {options.warmup} warm-up calls first), then the time against Node's (x), "
              "then against a plain native parse in the same language (n): each the median of the rounds' ratios.")
    if options.json:
        with open(options.json, "w", encoding="utf-8") as file:
            json.dump(rows, file, indent=1)
    if failures:
        raise SystemExit(f"{failures} output mismatch(es)")


if __name__ == "__main__":
    main()
