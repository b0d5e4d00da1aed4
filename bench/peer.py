"""exchangekit against the peer library, Python sync, on the data of bench/hotpaths.py.

    .venv/bin/python bench/peer.py [--exchanges kraken,binance,bitstamp,poloniex] [--paths trades,book,tickers,markets]
                                   [--scale 1] [--repeat 7] [--peer-version 4.5.90]

The peer is the most used library of this kind (`ccxt` on PyPI). It is installed on first use in a throwaway
virtual environment, bench/.peer (ignored by git): it is never a dependency of exchangekit or of its tests, and it
is only called through its public unified API, never read. Both libraries run in one process of that environment,
get the same response texts at the HTTP layer (each parses the JSON itself) and alternate, timed in CPU time; the
table gives each path's time as a ratio, exchangekit / peer (below 1: exchangekit is faster), and whether the two
results agree on the fields both define (trades: id, timestamp, side, price, amount; books: every level; tickers:
last, bid, ask, high, low, base volume; markets: the exchange's market ids).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys

BENCH = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH)
sys.path.insert(0, BENCH)

import hotpaths  # noqa: E402

PEER = os.path.join(BENCH, ".peer")
PEER_PYTHON = os.path.join(PEER, "bin", "python")
EXCHANGES = ("kraken", "binance", "bitstamp", "poloniex")  # the bench exchanges that the peer has on the same API
# Requests the peer sends while loading markets that exchangekit does not (its spot markets are what both load):
# answered with empty lists, so the peer parses the same spot markets and nothing else.
PEER_ONLY = {"binance": [{"match": "fapi/v1/exchangeInfo", "body": '{"symbols":[]}'},
                         {"match": "dapi/v1/exchangeInfo", "body": '{"symbols":[]}'},
                         {"match": "eapi/v1/exchangeInfo", "body": '{"optionSymbols":[]}'}],
             "poloniex": [{"match": "/v3/market/allInstruments", "body": '{"code":200,"msg":"Success","data":[]}'}]}


def peer_environment(version: str) -> None:
    """bench/.peer with ccxt==version, made or updated when it is missing or another version."""
    if os.path.exists(PEER_PYTHON):
        installed = subprocess.run([PEER_PYTHON, "-c", "import ccxt; print(ccxt.__version__)"], capture_output=True,
                                   text=True)
        if installed.stdout.strip() == version:
            return
    else:
        print(f"making the throwaway environment {os.path.relpath(PEER, ROOT)} ...", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", PEER], check=True)
    print(f"installing ccxt=={version} there ...", file=sys.stderr)
    subprocess.run([PEER_PYTHON, "-m", "pip", "install", "--quiet", f"ccxt=={version}"], check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--exchanges", default=",".join(EXCHANGES))
    parser.add_argument("--paths", default=",".join(hotpaths.PATHS))
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--peer-version", default="4.5.90")
    options = parser.parse_args()
    peer_environment(options.peer_version)
    jobs = []
    for exchange_id in options.exchanges.split(","):
        extra = PEER_ONLY.get(exchange_id, [])
        for job in hotpaths.jobs_of(exchange_id, options.paths.split(","), options.scale, options.repeat):
            responses = job["responses"] if job["path"] in ("trades", "book") else extra + job["responses"]
            jobs.append(dict(job, peer_responses=responses))
    completed = subprocess.run([PEER_PYTHON, os.path.join(BENCH, "runners", "peer_python.py")], input=json.dumps(jobs),
                               capture_output=True, text=True, timeout=3600, cwd=ROOT,
                               env=dict(os.environ, EXCHANGEKIT_PYTHON_PATH=os.path.join(ROOT, "python")))
    if completed.returncode != 0:
        raise SystemExit(f"the peer runner failed:\n{completed.stderr[-3000:]}")
    output = json.loads(completed.stdout.strip().split("\n")[-1])
    print(f"exchangekit (Python sync) against ccxt {output['peer']} (Python sync), CPU time, best of {options.repeat}")
    print(f"{'exchange':9} {'path':8} {'items':>6} {'exchangekit':>14} {'peer':>14} {'ratio':>6}  results")
    for job, measured in zip(jobs, output["jobs"]):
        agreement = "agree" if measured["difference"] is None else f"DIFFER: {measured['difference']}"
        print(f"{job['id']:9} {job['path']:8} {job['items']:>6} {job['items'] / measured['ours']:12.0f}/s "
              f"{job['items'] / measured['peer']:12.0f}/s {measured['ours'] / measured['peer']:5.2f}x  {agreement}")
    print("ratio: exchangekit's time / the peer's (below 1: exchangekit is faster).")


if __name__ == "__main__":
    main()
