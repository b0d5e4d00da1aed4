"""The streaming part of `exkit certify`: has['watch...'] against the stream fixture (CERT-F006), and every stream
case played in Node and Python asyncio against the local stream server (CERT-T002).

The stream runners get the harness's scrubbed environment and throwaway HOME, but not its network namespace: they
must reach the stream server on 127.0.0.1. The exchange's sockets can only go to the origins of urls['ws'], and the
runners point every one of its URLs at that server, the ones describe () names and a case does not script
included (transpiler.harness.streams.UNSCRIPTED_PATH)."""

from __future__ import annotations

import os
import tempfile

from transpiler.diagnostics import Diagnostic
from transpiler.harness import sandbox
from transpiler.harness.fixtures import FixtureError, case_label
from transpiler.harness.run import Library, RunnerError
from transpiler.harness.streams import (
    STREAM_RUNTIMES, differences, disagreement, load_stream_fixture, play, stream_fixture_path,
)
from transpiler.unified import STREAMING_METHODS


def stream_findings(root: str, exchange_id: str, described: dict | None, not_ready: str | None, locator,
                    results: dict) -> list[Diagnostic]:
    """results is filled per runtime with {"passed", "failed", "not_run"} (keys "js streams", ...). A case fails in
    a runtime that does not do what it states, or does otherwise than Node (streams.disagreement)."""
    claimed = sorted(name for name, value in (described or {}).get("has", {}).items()
                     if value is True and name in STREAMING_METHODS)
    path = stream_fixture_path(root, exchange_id)
    shown = os.path.relpath(path, root)
    if not os.path.isfile(path):
        return [locator.finding("CERT-F006", locator.method(name), f"has['{name}'] is true, but {shown} does not "
                                                                    "exist") for name in claimed]
    try:
        base, cases = load_stream_fixture(root, exchange_id)
    except FixtureError:
        return []  # the exchange fixture's own CERT-F001 says why
    except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError) as error:
        return [locator.finding("CERT-F006", None, f"{shown} cannot be read: {type(error).__name__}: {error}")]
    played = {call["method"] for case in cases for call in case.spec["calls"] if "result" in call}
    findings = [locator.finding("CERT-F006", locator.method(name), f"has['{name}'] is true, but no case of {shown} "
                                                                   f"shows a result of {name}")
                for name in claimed if name not in played]
    node_outcomes = None
    for runtime in STREAM_RUNTIMES:
        label = f"{runtime} streams"
        if not_ready is not None:
            results[label] = {"passed": 0, "failed": 0, "not_run": not_ready}
            continue
        try:
            with tempfile.TemporaryDirectory(prefix="exkit-home-") as home:
                library = Library.source_tree(root)
                outcomes, problems = play(library, runtime, exchange_id, base, cases,
                                          sandbox.environment(library.locations(), home))
        except RunnerError as error:
            results[label] = {"passed": 0, "failed": len(cases), "not_run": None}
            findings.append(locator.finding("CERT-T002", None, f"{runtime}: {error}"))
            continue
        if runtime == "js":
            node_outcomes = outcomes
        failed = 0
        for position, (case, outcome) in enumerate(zip(cases, outcomes)):
            found = differences(case, outcome) + [problem for problem in problems
                                                  if problem.startswith(f"/{case.index}/")]
            if not found and runtime != "js" and node_outcomes is not None and position < len(node_outcomes):
                found = disagreement(node_outcomes[position], outcome)
            if found:
                failed += 1
                method = case.spec["calls"][0]["method"] if case.spec["calls"] else "handleMessage"
                rerun = f"tests/test_streams.py::test_stream_case[{exchange_id}-{case.index}-{runtime}]"
                findings.append(locator.finding(
                    "CERT-T002", locator.method(method) or locator.method("handleMessage"),
                    f"{case_label(case.id, case.spec['description'])} fails in {runtime}:",
                    (*found, f"rerun: .venv/bin/python -m pytest '{rerun}'")))
        results[label] = {"passed": len(cases) - failed, "failed": failed, "not_run": None}
    return findings
