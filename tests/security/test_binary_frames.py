"""A binary frame is no JSON to a stream, and its error message shows it as Node's decoder writes it, credentials
redacted: asyncio wrote its bytes' repr, which escaped a password's "ü" as \\xc3\\xbc, out of the redaction's sight,
where Node wrote *** (red-team round 27)."""

from __future__ import annotations

import os

from tests.base_runners import ROOT, SOURCE_TREE
from transpiler.harness.run import RUNNERS, run_json
from transpiler.harness.stream_server import StreamServer
from transpiler.harness.streams import StreamCase, load_stream_fixture, runner_input

PASSWORD = "Gr\u00fc\u00dfe-Passwort"
CASE = {
    "description": "a binary frame that echoes a credential",
    "config": {"password": PASSWORD},
    "streams": {"public": [
        {"receive": {"event": "subscribe", "pair": ["XBT/USD"], "subscription": {"name": "book", "depth": 10}}},
        {"send": [{"$bytes": '{"error":"bad passphrase ' + PASSWORD + ' for uid 7781"}'}]}]},
    "calls": [{"method": "watchOrderBook", "args": ["BTC/USD"], "throws": "BadResponse"}],
}


def test_a_binary_frame_is_shown_decoded_and_redacted_in_every_runtime():
    base, _ = load_stream_fixture(ROOT, "kraken")
    outcomes = {}
    for runtime in ("js", "python-async"):
        case = StreamCase("kraken", 0, CASE)
        scripts = {path: case.spec["streams"][key] for key, path in case.paths().items()}
        with StreamServer(scripts) as server:
            outcome, _ = run_json(SOURCE_TREE.command(os.path.join(RUNNERS, "stream"), runtime),
                                  runner_input("kraken", base, [case], server), SOURCE_TREE.environment(), runtime)
        outcomes[runtime] = outcome
    texts = {runtime: str(outcome) for runtime, outcome in outcomes.items()}
    for runtime, text in texts.items():
        assert "BadResponse" in text and "bad passphrase *** for uid 7781" in text, (runtime, text[:600])
        assert "Passwort" not in text and "xc3" not in text, (runtime, text[:600])
