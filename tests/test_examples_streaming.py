"""examples/watch_order_book.{py,mjs} against local servers: Kraken's REST fixture responses for the markets and
the frames of its second stream fixture case; both print the same top of the book, update after update."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.base_runners import ROOT
from tests.fixture_server import FixtureServer
from tests.test_examples import kraken_routes
from transpiler.harness.stream_server import StreamServer
from transpiler.harness.streams import load_stream_fixture

EXAMPLES = os.path.join(ROOT, "examples")
COMMANDS = {
    "python-async": [sys.executable, os.path.join(EXAMPLES, "watch_order_book.py")],
    "js": ["node", os.path.join(EXAMPLES, "watch_order_book.mjs")],
}
EXPECTED = [  # the books of tests/fixtures/streams/kraken.json, case 1
    "BTC/USD bid 5540 x 1 | ask 5541 x 1",
    "BTC/USD bid 5540.25 x 0.5 | ask 5540.5 x 0.25",
]


@pytest.mark.parametrize("runtime", sorted(COMMANDS))
def test_example_prints_the_top_of_the_book_live(runtime):
    case = load_stream_fixture(ROOT, "kraken")[1][1]
    with FixtureServer(kraken_routes()) as rest, StreamServer({"/public": case.spec["streams"]["public"]}) as stream:
        environment = {**os.environ, "EXCHANGEKIT_API_URL": rest.url, "EXCHANGEKIT_WS_URL": stream.url("/public"),
                       "PYTHONPATH": os.path.join(ROOT, "python")}
        completed = subprocess.run(COMMANDS[runtime] + ["kraken", "BTC/USD", "2"], capture_output=True, text=True,
                                   timeout=120, env=environment, cwd=ROOT)
        assert completed.returncode == 0, completed.stderr[-3000:]
        assert completed.stdout.splitlines() == EXPECTED
        assert stream.problems() == []
