"""The examples (examples/ticker.*) in Python sync, Python asyncio, PHP and Node, run against a local server
that serves Kraken's fixture responses: they must print the same lines, with the fixture's values."""

from __future__ import annotations

import os
import subprocess
import sys
import urllib.parse

import pytest

from tests.base_runners import ROOT
from tests.fixture_server import FixtureServer
from transpiler.harness.fixtures import cases, fixture_path, load_fixture, runner_input

EXAMPLES = os.path.join(ROOT, "examples")
COMMANDS = {
    "python": [sys.executable, os.path.join(EXAMPLES, "ticker.py")],
    "python-async": [sys.executable, os.path.join(EXAMPLES, "ticker_async.py")],
    "php": ["php", os.path.join(EXAMPLES, "ticker.php")],
    "js": ["node", os.path.join(EXAMPLES, "ticker.mjs")],
}
# The fixture cases whose responses the examples need: the markets (and currencies) and BTC/USD data.
CASES = [("fetchCurrencies", 0), ("fetchMarkets", 0), ("fetchTicker", 0), ("fetchOrderBook", 0)]
EXPECTED = [
    "Kraken: 1 markets",
    "BTC/USD last 30303.2 bid 30300 ask 30300.1",
    "  ask 30387.9 x 1.5",
    "  ask 30384.1 x 2.059",
    "  bid 30297 x 1.115",
    "  bid 30296.7 x 0.002",
]


def kraken_routes() -> dict[str, tuple[int, str]]:
    """URL path -> the first response of the fixture cases in CASES, as the harness would serve it."""
    fixture = load_fixture(fixture_path(ROOT, "kraken"))
    served = runner_input(fixture)["cases"]
    routes = {}
    for case in cases(fixture):
        if (case.method, case.index) in CASES:
            path = urllib.parse.urlsplit(case.spec["requests"][0]["url"]).path
            response = served[case.position]["responses"][0]
            routes[path] = (response["status"], response["body"])
    return routes


@pytest.fixture(scope="module")
def server():
    with FixtureServer(kraken_routes()) as running:
        yield running


@pytest.mark.parametrize("runtime", sorted(COMMANDS))
def test_example_prints_ticker_and_order_book(server, runtime):
    environment = {**os.environ, "EXCHANGEKIT_API_URL": server.url, "PYTHONPATH": os.path.join(ROOT, "python")}
    completed = subprocess.run(COMMANDS[runtime] + ["kraken", "BTC/USD"], capture_output=True, text=True, timeout=120,
                               env=environment, cwd=ROOT)
    assert completed.returncode == 0, completed.stderr[-3000:]
    assert completed.stdout.splitlines() == EXPECTED
