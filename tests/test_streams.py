"""The stream fixtures (tests/fixtures/streams/<id>.json) played in Node and Python asyncio against a scripted
WebSocket server on 127.0.0.1: every call's outcome as the fixture expects, the same in both runtimes, and the
server's script followed to its end (every subscribe, unsubscribe and resubscribe message as expected)."""

from __future__ import annotations

import functools
import glob
import os

import pytest

from tests.base_runners import ROOT
from transpiler.harness.run import Library, class_methods
from transpiler.unified import STREAMING_METHODS
from transpiler.harness.streams import (
    SERVER_ORIGIN, STREAM_RUNTIMES, STREAMS_FOLDER, UNSCRIPTED_PATH, StreamCase, differences, disagreement,
    load_stream_fixture, play, with_server_named,
)

STREAMING_IDS = sorted(os.path.basename(path)[:-len(".json")]
                       for path in glob.glob(os.path.join(ROOT, STREAMS_FOLDER, "*.json")))


@functools.cache
def outcomes(exchange_id: str, runtime: str) -> tuple[list, list]:
    base, cases = load_stream_fixture(ROOT, exchange_id)
    return play(Library.source_tree(ROOT), runtime, exchange_id, base, cases)


def case_ids() -> list[tuple[str, int]]:
    return [(exchange_id, case.index) for exchange_id in STREAMING_IDS
            for case in load_stream_fixture(ROOT, exchange_id)[1]]


@pytest.mark.parametrize("runtime", STREAM_RUNTIMES)
@pytest.mark.parametrize("exchange_id, index", case_ids(), ids=lambda value: str(value))
def test_stream_case(exchange_id, index, runtime):
    case = load_stream_fixture(ROOT, exchange_id)[1][index]
    played, problems = outcomes(exchange_id, runtime)
    assert differences(case, played[index]) == [], case.spec["description"]
    assert [problem for problem in problems if problem.startswith(f"/{index}/")] == []


@pytest.mark.parametrize("exchange_id", STREAMING_IDS)
def test_node_and_python_asyncio_stream_alike(exchange_id):
    """Every call's result, error class and error message (the server's origin named alike) as Node's."""
    node, other = outcomes(exchange_id, "js")[0], outcomes(exchange_id, "python-async")[0]
    assert len(node) == len(other)
    assert {index: found for index, (mine, theirs) in enumerate(zip(node, other))
            if (found := disagreement(mine, theirs))} == {}


@pytest.mark.parametrize("exchange_id", STREAMING_IDS)
def test_every_call_has_an_expectation(exchange_id):
    for case in load_stream_fixture(ROOT, exchange_id)[1]:
        assert case.spec.get("source"), f"{case.id}: say where the frames come from"
        for call in case.spec["calls"]:
            assert ("result" in call) != ("throws" in call), f"{case.id}: {call['method']} needs result or throws"


@pytest.mark.parametrize("exchange_id", STREAMING_IDS)
def test_every_streaming_method_in_has_is_played_with_a_result(exchange_id):
    described = class_methods(Library.source_tree(ROOT), [exchange_id])[exchange_id]
    claimed = {name for name, value in described["has"].items() if value is True and name in STREAMING_METHODS}
    played = {call["method"] for case in load_stream_fixture(ROOT, exchange_id)[1] for call in case.spec["calls"]
              if "result" in call}
    assert claimed - played == set(), f"{exchange_id}: has[...] is true but no stream case shows a result"


def leaves(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    items = value.values() if isinstance(value, dict) else value if isinstance(value, list) else []
    return [leaf for item in items for leaf in leaves(item)]


@pytest.mark.parametrize("runtime", STREAM_RUNTIMES)
@pytest.mark.parametrize("exchange_id", STREAMING_IDS)
def test_a_case_reaches_no_stream_url_beyond_the_local_server(exchange_id, runtime):
    """Every URL of urls['ws'], those describe () names and the case does not script included, points at the
    scripted server on 127.0.0.1 (the unscripted ones at a path it refuses): certify opens no socket elsewhere."""
    base, cases = load_stream_fixture(ROOT, exchange_id)
    scripted = StreamCase(exchange_id, 0, {"streams": {next(iter(cases[0].spec["streams"])): []},
                                           "calls": [{"method": "$streamUrls"}]})
    outcomes, _ = play(Library.source_tree(ROOT), runtime, exchange_id, base, [scripted])
    found = leaves(outcomes[0][0]["ok"])
    assert found and all(url.startswith("ws://127.0.0.1:") for url in found), found
    assert any(url.endswith(UNSCRIPTED_PATH) for url in found) or len(found) == 1, found


def test_the_servers_origin_is_named_alike_in_every_runtimes_messages():
    played = [[{"ok": None}, {"throws": "NetworkError", "message": "kraken WebSocket ws://127.0.0.1:4711/3/public failed"}]]
    assert with_server_named(played, "ws://127.0.0.1:4711") == [
        [{"ok": None}, {"throws": "NetworkError", "message": f"kraken WebSocket {SERVER_ORIGIN}/3/public failed"}]]
    assert disagreement(played[0], with_server_named(played, "ws://127.0.0.1:4711")[0]) != []
