"""A fixture's markets are loaded alike in every runner: an empty list loads none, so each runtime fetches them
(red-team round 24: Node's runner took the empty list, which is true in JavaScript, for markets and set none, where
Python's and PHP's, to which it is false, fetched them, so the same case sent other requests in Node)."""

from __future__ import annotations

import os

from transpiler.harness.fixtures import fixtures_by_exchange
from transpiler.harness.run import RUNTIMES, Library, run_cases

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def test_an_empty_list_of_markets_loads_none():
    fixture = fixtures_by_exchange(ROOT)["btcalpha"]
    fixture = dict(fixture, markets=[], methods={"fetchTicker": fixture["methods"]["fetchTicker"][:1]})
    sent = {runtime: [request["url"] for request in run_cases(Library.source_tree(ROOT), runtime, fixture)[0]["requests"]]
            for runtime in RUNTIMES}
    # (before: none in Node, where setMarkets ([]) loaded no market; currencies and pairs in Python and PHP)
    assert all(urls == ["https://btc-alpha.com/api/v1/currencies/", "https://btc-alpha.com/api/v1/pairs/"]
               for urls in sent.values()), sent
