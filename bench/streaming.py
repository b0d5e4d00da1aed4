"""Frames per second through the order book maintenance path, per runtime, as ratios to a plain native dict update
of the same frames, measured in one run.

    .venv/bin/python bench/streaming.py [--levels 500] [--frames 5000] [--limit N] [--runtimes js,python-async]
                                        [--repeat 3]

Binance's diff depth stream is generated (seeded): a REST snapshot of --levels bids and asks, then --frames
depthUpdate events of one to five level changes each (a quarter of them removals), in sequence. Each runtime
(bench/runners/streaming_*) feeds every frame to the exchange's own handleMessage, the subset code that keeps
the book and hands the caller a copy per update (of --limit levels a side, as watchOrderBook (symbol, limit) asks;
all of them by default) (no socket: the bench measures the book, not the network),
and, as the baseline, applies the same levels to a plain dict of its language. The script checks that the
runtimes end with the same book, then prints frames/s and the ratios.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from transpiler.harness.run import Library  # noqa: E402

RUNNERS = os.path.join(ROOT, "bench", "runners")
COMMANDS = {"js": ["node", os.path.join(RUNNERS, "streaming_node.mjs")],
            "python-async": [sys.executable, os.path.join(RUNNERS, "streaming_python.py")]}


def generate(levels: int, frames: int, seed: int = 7) -> dict:
    rng = random.Random(seed)
    bids = [f"{37000 - index * 0.5:.2f}" for index in range(levels)]
    asks = [f"{37000.5 + index * 0.5:.2f}" for index in range(levels)]
    snapshot = {"lastUpdateId": 1000, "bids": [[price, f"{rng.uniform(0.01, 5):.8f}"] for price in bids],
                "asks": [[price, f"{rng.uniform(0.01, 5):.8f}"] for price in asks]}
    events, update_id = [], 1000
    for index in range(frames):
        changes = {"b": [], "a": []}
        for _ in range(rng.randint(1, 5)):
            side = rng.choice("ba")
            offset = rng.randint(0, levels - 1) * 0.5
            price = 37000 - offset if side == "b" else 37000.5 + offset
            amount = "0.00000000" if rng.random() < 0.25 else f"{rng.uniform(0.01, 5):.8f}"
            changes[side].append([f"{price:.2f}", amount])
        events.append({"e": "depthUpdate", "E": 1700000000000 + index, "s": "BTCUSDT", "U": update_id + 1,
                       "u": update_id + 1, "b": changes["b"], "a": changes["a"]})
        update_id += 1
    return {"snapshot": snapshot, "events": events}


def run(runtime: str, data: dict, repeat: int, limit: int | None) -> dict:
    with open(os.path.join(ROOT, "tests", "fixtures", "exchanges", "binance.json"), encoding="utf-8") as handle:
        markets = json.load(handle)["markets"]
    request = {**data, "markets": markets, "repeat": repeat, "limit": limit}
    completed = subprocess.run(COMMANDS[runtime], input=json.dumps(request), capture_output=True, text=True,
                               env=Library.source_tree(ROOT).environment(), timeout=1800)
    if completed.returncode != 0:
        raise SystemExit(f"{runtime}: {completed.stderr[-2000:]}")
    return json.loads(completed.stdout.strip().split("\n")[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--levels", type=int, default=500)
    parser.add_argument("--frames", type=int, default=5000)
    parser.add_argument("--runtimes", default=",".join(COMMANDS))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--limit", type=int, default=None, help="levels a side in each update's copy")
    arguments = parser.parse_args()
    data = generate(arguments.levels, arguments.frames)
    results = {runtime: run(runtime, data, arguments.repeat, arguments.limit)
               for runtime in arguments.runtimes.split(",")}
    books = {json.dumps(result["book"]) for result in results.values()}
    if len(books) != 1:
        raise SystemExit("the runtimes ended with different books")
    print(f"order book maintenance: {arguments.frames} depth updates on a book of {arguments.levels} levels a side "
          f"(best of {arguments.repeat}), copies of {arguments.limit or 'all the'} levels a side")
    print(f"{'runtime':<14}{'library frames/s':>18}{'dict frames/s':>16}{'library / dict':>16}")
    for runtime, result in results.items():
        library = arguments.frames / result["library"]
        baseline = arguments.frames / result["baseline"]
        print(f"{runtime:<14}{library:>18.0f}{baseline:>16.0f}{library / baseline:>16.4f}")


if __name__ == "__main__":
    main()
