"""Exchange code costs what a response's size says: whitebit's fetchMyTrades without a symbol copied the trades so far at
each market of the answer, so that one market of many trades and many empty ones after it cost their product (20,000
trades and 100,000 empty markets, 4.8 MB, took Node 13 s and Python 18 s; red-team round 29). At the sizes below that
copying runs past the runner's time limit; pushed in place, the answer is read in seconds."""

from __future__ import annotations

import copy
import json

import pytest

from tests.base_runners import ROOT, SOURCE_TREE
from transpiler.harness.fixtures import fixture_path, load_fixture
from transpiler.harness.run import RUNTIMES, run_cases

TRADES = 30_000  # (their result within the 16 MiB that certify reads of a runner's: run_json)
# PHP refuses an answer whose objects' members, counted squared, pass one object of 16,384 (NativeExchange.php): it
# gets as many empty markets as it reads.
EMPTY_MARKETS = {"php": 16_000}


def many_markets_answer(deal: dict, empty_markets: int) -> str:
    deals = [dict(deal, id=deal["id"] + index, time=deal["time"] + index) for index in range(TRADES)]
    return json.dumps({"BTC_USDT": deals, **{f"X{index}_Y": [] for index in range(empty_markets)}},
                      separators=(",", ":"))


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_whitebit_my_trades_of_many_markets_cost_their_sum(runtime):
    fixture = load_fixture(fixture_path(ROOT, "whitebit"))
    case = copy.deepcopy(next(case for case in fixture["methods"]["fetchMyTrades"] if case["args"] == []))
    deal = case["responses"][-1]["body"]["BTC_USDT"][0]
    case["responses"][-1]["body"] = many_markets_answer(deal, EMPTY_MARKETS.get(runtime, 1_000_000))
    case.pop("result", None)
    case.pop("expect", None)
    outcome = run_cases(SOURCE_TREE, runtime, dict(fixture, methods={"fetchMyTrades": [case]}))[0]
    trades = outcome.get("ok")
    assert isinstance(trades, list) and len(trades) == TRADES, str(outcome)[:500]
    assert trades[0]["symbol"] == "BTC/USDT" and trades[-1]["id"] == str(deal["id"] + TRADES - 1)
