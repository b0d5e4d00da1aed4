"""Runs the jobs of bench/peer.py in one Python process: exchangekit (sync) and the peer library side by side.

Jobs as JSON on stdin (bench/hotpaths.py's, plus `peer_responses`: the job's responses with those of the requests
only the peer sends). Before a trades or book call both libraries get the same unified markets (setMarkets). Both libraries get the same response texts at the HTTP layer and parse them as JSON
themselves; their calls alternate, `repeat` times, timed in CPU time (the machine's other load counts less than in
wall time), and the best of each is kept. Prints one JSON line: per job both bests and whether the two results
agree on the fields both libraries define (the peer is called through its public unified API only).
"""

import json
import sys
import time

import ccxt

from hotpaths_python import harness_class  # also puts exchangekit (EXCHANGEKIT_PYTHON_PATH) on the path

from exchangekit.base.native_exchange import snake_case  # noqa: E402


def peer_class(exchange_id):
    class Peer(getattr(ccxt, exchange_id)):
        def fetch(self, url, method="GET", headers=None, body=None):
            for response in self.bench_responses:
                if response["match"] in url:
                    return json.loads(response["body"])
            raise RuntimeError(f"no bench response for the peer's request {method} {url}")

    return Peer


def comparable(path, result):
    """The fields of a result that both libraries define the same way."""
    if path == "trades":
        return [[trade["id"], trade["timestamp"], trade["side"], trade["price"], trade["amount"]] for trade in result]
    if path == "book":
        return {side: [list(level[:2]) for level in result[side]] for side in ("bids", "asks")}
    if path == "tickers":  # by value: the generated assets are named differently by each library's conventions
        return sorted(([ticker[key] for key in ("last", "bid", "ask", "high", "low", "baseVolume")]
                       for ticker in result.values()), key=json.dumps)
    return sorted(market["id"] for market in result.values())  # markets: the exchange's ids


def first_difference(ours, theirs):
    if isinstance(ours, (int, float)) and isinstance(theirs, (int, float)):
        return None if ours == theirs else f"{ours!r} != {theirs!r}"  # 2 and 2.0 are the same number
    if type(ours) is not type(theirs):
        return f"{json.dumps(ours)[:200]} != {json.dumps(theirs)[:200]}"
    if isinstance(ours, dict):
        for key in sorted(set(ours) | set(theirs), key=str):
            if key not in ours or key not in theirs:
                return f"{key!r} only in {'ours' if key in ours else 'the peer'}"
            difference = first_difference(ours[key], theirs[key])
            if difference:
                return f"{key}: {difference}"
        return None
    if isinstance(ours, list):
        if len(ours) != len(theirs):
            return f"{len(ours)} entries != {len(theirs)}"
        for index, (mine, other) in enumerate(zip(ours, theirs)):
            difference = first_difference(mine, other)
            if difference:
                return f"[{index}] {difference}"
        return None
    return None if ours == theirs else f"{ours!r} != {theirs!r}"


def run_job(job):
    ours_class, theirs_class = harness_class(job["id"], False), peer_class(job["id"])
    config = dict(job["config"], enableRateLimit=False)

    def ours_new():
        exchange = ours_class(config)
        exchange.bench_responses = job["responses"]
        return exchange

    def theirs_new():
        exchange = theirs_class({"enableRateLimit": False})
        exchange.bench_responses = job["peer_responses"]
        return exchange

    ours, theirs = ours_new(), theirs_new()
    if job["prepare"] == "fixture":
        ours.set_markets(job["markets"], job.get("currencies"))
        # the same unified markets, as exchangekit completes them (the peer's setMarkets reads its keys directly)
        theirs.set_markets(list(ours.markets.values()), ours.currencies)
    elif job["prepare"] == "load":
        ours.load_markets()
        theirs.load_markets()
    method = snake_case(job["method"])
    best = {"ours": float("inf"), "peer": float("inf")}
    results = {}
    for _ in range(job["repeat"]):
        for name in ("ours", "peer"):
            started = time.process_time()
            exchange = (ours_new() if name == "ours" else theirs_new()) if job["prepare"] == "new" else \
                (ours if name == "ours" else theirs)
            results[name] = getattr(exchange, method)(*job["args"])
            best[name] = min(best[name], time.process_time() - started)
    difference = first_difference(comparable(job["path"], results["ours"]), comparable(job["path"], results["peer"]))
    return {"ours": best["ours"], "peer": best["peer"], "difference": difference}


def main():
    jobs = json.load(sys.stdin)
    print(json.dumps({"peer": ccxt.__version__, "jobs": [run_job(job) for job in jobs]}))


if __name__ == "__main__":
    main()
