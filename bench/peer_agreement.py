"""exchangekit's parsers against the peer library's on the responses of the exchange fixtures: a correctness audit.

    .venv/bin/python bench/peer_agreement.py [--exchanges kraken,binance] [--methods fetchTrades,fetchOrderBook]
                                             [--peer-version 4.5.90] [--json results.json] [--all-fields]

The peer is the most used library of this kind (`ccxt` on PyPI), installed on first use in the throwaway virtual
environment bench/.peer (ignored by git; see bench/peer.py): never a dependency of exchangekit or of its tests, only
called through its public unified API, never read. For each fixture case of a compared method (the public market
data methods, and the private read methods) whose exchange the peer also has, with an expected result, both
libraries get the case's response texts at the HTTP layer (bench/runners/peer_agreement_python.py: exchangekit in
the fixture's order, the peer by the URL path it asks for; a request only the peer sends is answered from PEER_ONLY
below, with an empty result, or the case is skipped and the table names the request) and the same unified markets,
make the unified call, and their results are compared on the fields that both define (both not null; numbers as
numbers; texts as texts): trades (id, order, timestamp, symbol, side, type, takerOrMaker, price, amount, cost, fee),
books (symbol, timestamp, nonce, every level's price and amount), tickers (every price and volume field), OHLCV rows,
markets (ids, symbols, currencies, kinds, active, fees, contract size, precision, limits), balances (free, used,
total per currency, the currencies listed) and orders (ids, symbol, type, side, status, time in force, timestamps,
price, amount, filled, remaining, cost, average, trigger price, fee). `--all-fields` also counts a field that one
library fills and the other leaves null as a difference. The peer's markets are exchangekit's, given to its
setMarkets: an index of its own that it builds while loading markets (another spelling of the ids) is missing, so a
symbol the peer leaves as a raw market id where exchangekit gives a unified symbol is not counted as a difference.

Prints one line per case (agree, DIFFER with the first differing fields: ours != the peer's; skip with the reason)
and a summary per exchange and method. A difference is a question, not a verdict: which side is right is decided
from the exchange's own documentation (the README's "Peer agreement"; bench/results/peer_agreement.txt).
"""

from __future__ import annotations

import argparse
import collections
import json
import math
import os
import subprocess
import sys
from urllib.parse import urlsplit

BENCH = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH)
sys.path.insert(0, ROOT)
sys.path.insert(0, BENCH)

from transpiler.harness import fixtures  # noqa: E402

import peer  # noqa: E402

PUBLIC = ("fetchTrades", "fetchOrderBook", "fetchTicker", "fetchTickers", "fetchOHLCV", "fetchMarkets")
PRIVATE = ("fetchBalance", "fetchOrder", "fetchOpenOrders", "fetchClosedOrders", "fetchOrders", "fetchMyTrades")
# exchangekit id -> the peer's, where they differ; None where the peer's exchange of the same id speaks another API
# (its bitfinex is Bitfinex's API v2, which is exchangekit's bitfinex2; exchangekit's bitfinex is API v1).
PEER_IDS: dict[str, str | None] = {"bitfinex2": "bitfinex", "bitfinex": None}
# Requests the peer sends that exchangekit does not, answered with an empty result (matched as a part of the URL).
PEER_ONLY = {"binance": [{"match": "fapi/v1/exchangeInfo", "body": '{"symbols":[]}'},
                         {"match": "dapi/v1/exchangeInfo", "body": '{"symbols":[]}'},
                         {"match": "eapi/v1/exchangeInfo", "body": '{"optionSymbols":[]}'},
                         {"match": "sapi/v1/margin/allPairs", "body": "[]"},
                         {"match": "sapi/v1/margin/isolated/allPairs", "body": "[]"}],
             "binanceus": [{"match": "fapi/v1/exchangeInfo", "body": '{"symbols":[]}'},
                           {"match": "dapi/v1/exchangeInfo", "body": '{"symbols":[]}'},
                           {"match": "eapi/v1/exchangeInfo", "body": '{"optionSymbols":[]}'}],
             "gate": [{"match": f"/api/v4/{kind}", "body": "[]"}
                      for kind in ("margin/currency_pairs", "futures/", "delivery/", "options/")],
             "htx": [{"match": "_contract_info", "body": '{"status":"ok","data":[]}'}],
             "poloniex": [{"match": "/v3/market/allInstruments", "body": '{"code":200,"msg":"Success","data":[]}'}]}
RUNNER = os.path.join(BENCH, "runners", "peer_agreement_python.py")


def peer_exchanges() -> set[str]:
    listed = subprocess.run([peer.PEER_PYTHON, "-c", "import ccxt, json; print(json.dumps(ccxt.exchanges))"],
                            capture_output=True, text=True, check=True)
    return set(json.loads(listed.stdout))


def compared_cases(exchange_ids: list[str], methods: list[str], available: set[str]) -> tuple[list[dict], list[str]]:
    """The runner's input: one entry per compared fixture case; and the exchanges the peer lacks."""
    cases, lacking = [], []
    for exchange_id in exchange_ids:
        peer_id = PEER_IDS.get(exchange_id, exchange_id)
        if peer_id is None or peer_id not in available:
            lacking.append(exchange_id)
            continue
        fixture = fixtures.load_fixture(fixtures.fixture_path(ROOT, exchange_id))
        served = fixtures.runner_input(fixture)
        for case, entry in zip(fixtures.cases(fixture), served["cases"]):
            if case.method not in methods or "result" not in case.spec:
                continue
            requests = case.spec.get("requests", [])
            peer_responses = []
            for index, response in enumerate(entry["responses"]):
                request = requests[index] if index < len(requests) else None
                path = urlsplit(request["url"]).path.rstrip("/") if request else None
                peer_responses.append({"path": path, "method": request.get("method") if request else None,
                                       "body": response["body"]})
            cases.append(dict(entry, id=exchange_id, peer_id=peer_id, index=case.index,
                              description=case.spec.get("description", ""), markets=served["markets"],
                              currencies=served["currencies"], peer_responses=peer_responses,
                              peer_only=PEER_ONLY.get(exchange_id, [])))
    return cases, lacking


def is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def differences(ours, theirs, path: str, all_fields: bool, found: list) -> None:
    """Appends (path, ours, the peer's) for each field both define and that differs."""
    if ours is None or theirs is None:
        if all_fields and (ours is None) != (theirs is None):
            found.append((path, ours, theirs))
        return
    if is_number(ours) and is_number(theirs):
        if not math.isclose(ours, theirs, rel_tol=1e-9, abs_tol=1e-12):
            found.append((path, ours, theirs))
        return
    if isinstance(ours, dict) and isinstance(theirs, dict):
        only_ours = sorted(set(ours) - set(theirs))
        only_theirs = sorted(set(theirs) - set(ours))
        if only_ours or only_theirs:
            found.append((f"{path}{{keys}}".lstrip("."), f"only ours: {only_ours[:4]}" if only_ours else "-",
                          f"only peer: {only_theirs[:4]}" if only_theirs else "-"))
        for key in ours:
            if key in theirs:
                differences(ours[key], theirs[key], f"{path}.{key}" if path else str(key), all_fields, found)
        return
    if isinstance(ours, list) and isinstance(theirs, list):
        if len(ours) != len(theirs):
            found.append((f"{path}[len]", len(ours), len(theirs)))
        for index, (mine, other) in enumerate(zip(ours, theirs)):
            differences(mine, other, f"{path}[{index}]", all_fields, found)
        return
    if path.endswith("symbol") and isinstance(theirs, str) and "/" not in theirs and "/" in str(ours):
        return  # the peer left a market id unmapped: its markets come from ours, without its own indexes (a harness
        # artefact, not a parse: see the docstring)
    if ours != theirs:
        found.append((path, ours, theirs))


def verdict(outcome: dict, all_fields: bool) -> tuple[str, str]:
    if "peer_only" in outcome:
        return "skip", f"the peer asks {outcome['peer_only']}"
    if "ours_error" in outcome and "peer_error" in outcome:
        return "skip", f"both raise: ours {outcome['ours_error'][:80]}; peer {outcome['peer_error'][:80]}"
    if "ours_error" in outcome:
        return "DIFFER", f"ours raises {outcome['ours_error']}"
    if "peer_error" in outcome:
        return "skip", f"the peer raises {outcome['peer_error']}"
    found: list = []
    differences(outcome["ours"], outcome["peer"], "", all_fields, found)
    if not found:
        return "agree", ""
    shown = "; ".join(f"{path}: {ours!r} != {theirs!r}" for path, ours, theirs in found[:4])
    return "DIFFER", shown + (f"; ... ({len(found)} fields)" if len(found) > 4 else "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--exchanges", default="", help="comma-separated ids (default: every fixture)")
    parser.add_argument("--methods", default=",".join(PUBLIC + PRIVATE))
    parser.add_argument("--peer-version", default="4.5.90")
    parser.add_argument("--json", help="also write every case's outcome and verdict to this file")
    parser.add_argument("--all-fields", action="store_true",
                        help="a field one library fills and the other leaves null is a difference too")
    options = parser.parse_args()
    peer.peer_environment(options.peer_version)
    exchange_ids = options.exchanges.split(",") if options.exchanges else \
        [os.path.splitext(os.path.basename(path))[0] for path in fixtures.fixture_paths(ROOT)]
    methods = options.methods.split(",")
    cases, lacking = compared_cases(exchange_ids, methods, peer_exchanges())
    completed = subprocess.run([peer.PEER_PYTHON, RUNNER], input=json.dumps(cases), capture_output=True, text=True,
                               timeout=3600, cwd=ROOT,
                               env=dict(os.environ, EXCHANGEKIT_PYTHON_PATH=os.path.join(ROOT, "python")))
    if completed.returncode != 0:
        raise SystemExit(f"the peer runner failed:\n{completed.stderr[-3000:]}")
    output = json.loads(completed.stdout.strip().split("\n")[-1])
    print(f"exchangekit (Python sync) against ccxt {output['peer']} (Python sync), on the fixture responses")
    counts: dict = collections.defaultdict(collections.Counter)
    records = []
    for case, outcome in zip(cases, output["cases"]):
        status, detail = verdict(outcome, options.all_fields)
        counts[(case["id"], case["method"])][status] += 1
        records.append({"exchange": case["id"], "method": case["method"], "index": case["index"], "status": status,
                        "detail": detail, "outcome": outcome})
        print(f"{case['id']:17} {case['method'] + '[' + str(case['index']) + ']':20} {status:6} {detail}")
    print()
    print(f"{'exchange':17} {'method':17} {'agree':>5} {'DIFFER':>6} {'skip':>4}")
    totals: collections.Counter = collections.Counter()
    for (exchange_id, method), counted in counts.items():
        totals.update(counted)
        print(f"{exchange_id:17} {method:17} {counted['agree']:5} {counted['DIFFER']:6} {counted['skip']:4}")
    print(f"{'total':35} {totals['agree']:5} {totals['DIFFER']:6} {totals['skip']:4}")
    if lacking:
        print(f"not compared (the peer has no exchange of that id, or another API under it): {', '.join(lacking)}")
    if options.json:
        with open(options.json, "w", encoding="utf-8") as handle:
            json.dump({"peer": output["peer"], "cases": records, "lacking": lacking}, handle, indent=1)


if __name__ == "__main__":
    main()
