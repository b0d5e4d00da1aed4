"""Stream fixtures (tests/fixtures/streams/<id>.json): each case scripts the exchange's side of one or more
WebSocket connections (the subscribe messages the client must send, the frames the server sends, see
stream_server.py) and lists the calls the client makes, each with its expected unified result or error class.
The markets and credentials are those of the exchange's REST fixture (tests/fixtures/exchanges/<id>.json).

A case is played in a runtime by runners/stream_{node.mjs,python.py} against a StreamServer on 127.0.0.1 that
stands in for every URL of urls['ws']."""

from __future__ import annotations

import os
from dataclasses import dataclass

from transpiler.harness.fixtures import (
    MAX_COMPARED_DEPTH, FixtureError, deeper_than, fixture_path, linked_fixture, load_fixture, parsed_fixture,
    same_json, shown, structural_diff,
)
from transpiler.harness.run import RUNNERS, Library, one_each, run_json
from transpiler.harness.stream_server import StreamServer

STREAMS_FOLDER = os.path.join("tests", "fixtures", "streams")  # in the project root
STREAM_RUNNER = os.path.join(RUNNERS, "stream")
STREAM_RUNTIMES = ("js", "python-async")
# Where the runners point every other URL of the exchange's urls['ws'] (the server refuses it): a case plays on
# 127.0.0.1 only, whatever hosts describe () names, so that certify never opens a socket beyond this machine.
UNSCRIPTED_PATH = "/unscripted"  # PHP and Python's synchronous classes do not stream
SERVER_ORIGIN = "ws://stream-server"  # the local server's origin, as the outcomes' messages name it
# Small bounds, so that the fault cases (reconnections, floods) stay quick; a case's config may change them.
TEST_STREAMING = {"timeout": 2000, "keepAlive": 10000, "maxReconnects": 3, "backoffBase": 100, "backoffMax": 1000}


@dataclass(frozen=True)
class StreamCase:
    exchange: str
    index: int
    spec: dict

    @property
    def id(self) -> str:
        return f"{self.exchange}.streams[{self.index}]"

    def paths(self) -> dict[str, str]:
        """The server path of each urls['ws'] key the case scripts."""
        return {key: f"/{self.index}/{key}" for key in self.spec["streams"]}


def stream_fixture_path(root: str, exchange_id: str) -> str:
    return os.path.join(root, STREAMS_FOLDER, f"{exchange_id}.json")


def load_stream_fixture(root: str, exchange_id: str) -> tuple[dict, list[StreamCase]]:
    """The REST fixture's markets, currencies and config, and the stream cases."""
    path = stream_fixture_path(root, exchange_id)
    if linked_fixture(path, STREAMS_FOLDER):
        raise ValueError(f"{os.path.relpath(path, root)} is a symbolic link, or in a linked folder: commit the "
                         "stream fixture itself")
    try:  # (bounded as an exchange's fixture is)
        streams = parsed_fixture(path, os.path.relpath(path, root))
    except FixtureError as error:  # (certify reads a FixtureError as the exchange fixture's, which CERT-F001 shows)
        raise ValueError(str(error)) from None
    rest = load_fixture(fixture_path(root, exchange_id))  # FixtureError when it is malformed or hostile
    base = {"markets": rest.get("markets"), "currencies": rest.get("currencies"), "config": rest.get("config", {}),
            "milliseconds": streams.get("milliseconds", rest.get("milliseconds", 0))}
    cases = [StreamCase(exchange_id, index, case) for index, case in enumerate(streams["cases"])]
    if "proxy" in base["config"] or any("proxy" in case.spec.get("config", {}) for case in cases):
        # The stream runners have the network (they reach the local server): a proxy would take their connections to
        # a host of the fixture's choosing (red-team round 22).
        raise ValueError("the config of a stream case may not set a proxy: the cases run against the local stream "
                         "server")
    return base, cases


def runner_input(exchange_id: str, base: dict, cases: list[StreamCase], server: StreamServer) -> dict:
    played = []
    for case in cases:
        config = dict(base["config"])
        config.update(case.spec.get("config", {}))
        config["streaming"] = {**TEST_STREAMING, **case.spec.get("streaming", {})}
        config["urls"] = {"ws": {key: server.url(path) for key, path in case.paths().items()}}
        calls = [{"method": call["method"], "args": call.get("args", [])} for call in case.spec["calls"]]
        played.append({"config": config, "milliseconds": base["milliseconds"],
                       "responses": case.spec.get("responses", []), "calls": calls,
                       "unscripted": server.url(UNSCRIPTED_PATH)})
    return {"id": exchange_id, "markets": base["markets"], "currencies": base["currencies"], "cases": played}


def play(library: Library, runtime: str, exchange_id: str, base: dict, cases: list[StreamCase],
         environment: dict[str, str] | None = None) -> tuple[list, list]:
    """The outcomes of every call of every case in one runtime, and what the server saw go wrong. environment:
    the runner's (by default this process's, with the library's locations)."""
    scripts = {path: case.spec["streams"][key] for case in cases for key, path in case.paths().items()}
    with StreamServer(scripts) as server:
        label = f"{runtime} stream"
        outcomes, _ = run_json(library.command(STREAM_RUNNER, runtime), runner_input(exchange_id, base, cases, server),
                               environment or library.environment(), label, hostile=True)
        return with_server_named(one_each(outcomes, len(cases), label), server.url("")), server.problems()


def with_server_named(outcomes, origin: str):
    """The outcomes with the stream server's origin in their error messages written SERVER_ORIGIN: each play's
    server listens on a port of its own, which is not the runtime's doing."""
    return [[dict(outcome, message=outcome["message"].replace(origin, SERVER_ORIGIN))
             if isinstance(outcome, dict) and isinstance(outcome.get("message"), str) else outcome
             for outcome in case_outcomes] if isinstance(case_outcomes, list) else case_outcomes
            for case_outcomes in outcomes]


def without_nulls(value):
    """value without the dictionary keys whose value is null: Node leaves undefined out of JSON, Python writes
    None as null."""
    if isinstance(value, dict):
        return {key: without_nulls(item) for key, item in value.items() if item is not None}
    if isinstance(value, list):
        return [without_nulls(item) for item in value]
    return value


def differences(case: StreamCase, outcomes: list[dict]) -> list[str]:
    """How the outcomes of a case's calls differ from what it expects (null and missing keys alike; NaN, Infinity
    and -0 tagged as in exchange fixtures, see fixtures.NUMBER_TAG)."""
    if deeper_than(outcomes, MAX_COMPARED_DEPTH) is not None:
        return [f"the outcomes are nested more than {MAX_COMPARED_DEPTH} levels deep: they are not compared"]
    found = []
    outcomes = without_nulls(outcomes)
    for number, (call, outcome) in enumerate(zip(without_nulls(case.spec["calls"]), outcomes)):
        label = f"call {number} {call['method']}"
        if "throws" in call:
            if outcome.get("throws") != call["throws"]:
                found.append(f"{label}: expected {call['throws']}, got {shown(outcome)}")
        elif "result" in call and "ok" not in outcome:
            found.append(f"{label}: expected a result, got {shown(outcome)}")
        elif "result" in call and not same_json(outcome["ok"], call["result"]):
            found.append(f"{label}: result differs (path: expected, actual; only what differs):")
            found += ["  " + line for line in structural_diff(call["result"], outcome["ok"])]
    if len(outcomes) != len(case.spec["calls"]):
        found.append(f"{len(outcomes)} outcome(s) for {len(case.spec['calls'])} call(s)")
    return found


def disagreement(node: list[dict], other: list[dict]) -> list[str]:
    """How another runtime's outcomes of a case's calls differ from Node's, where the case states nothing too (its
    results' undefined keys and 'info', the calls it expects no result of): the results, error classes and
    messages."""
    if any(deeper_than(outcomes, MAX_COMPARED_DEPTH) is not None for outcomes in (node, other)):
        return [f"the outcomes are nested more than {MAX_COMPARED_DEPTH} levels deep: they are not compared"]
    played = [[{key: outcome[key] for key in ("ok", "throws", "message") if key in outcome}
               for outcome in without_nulls(outcomes)] for outcomes in (node, other)]
    if same_json(*played):
        return []
    return ["the calls' outcomes differ from node's (path: node's, here; only what differs):"] + \
        structural_diff(*played)
