"""CERT-T003: a private call that writes a body, made with no parameters, sends the same body in every runtime.

PHP holds an empty dictionary as an empty array, which its json () writes as [] where Node and Python write {}: an
exchange whose sign () writes this.json (params) signed and sent [] from PHP alone (six exchanges did, none of them
in a fixture case, since every case passes some parameter). Certify calls the first implicit POST, PUT and DELETE
method of the exchange's private APIs (`writing`, listed by transpiler/harness/runners/exchange_methods.mjs) with no
parameters, in every runtime, each answered with {}, and compares the bodies they send with Node's."""

from __future__ import annotations

from transpiler.harness.fixtures import clipped
from transpiler.harness.run import RUNTIMES, Library, run_cases

NO_PARAMETERS = {"description": "no parameters", "args": [{}], "responses": [{"body": {}}]}


def body_differences(library: Library, fixture: dict, writing: list[str]) -> list[str]:
    """Per runtime whose bodies differ from Node's, what each sent: none when every runtime sends Node's bodies."""
    if not writing:
        return []
    calls = dict(fixture, methods={name: [NO_PARAMETERS] for name in writing})
    bodies = {runtime: [[request.get("body") for request in outcome.get("requests") or []]
                        for outcome in run_cases(library, runtime, calls)] for runtime in RUNTIMES}
    return [f"{name} () with no parameters sent {_shown(sent)} from {runtime}, {_shown(expected)} from Node"
            for runtime in RUNTIMES if runtime != "js"
            for name, sent, expected in zip(writing, bodies[runtime], bodies["js"]) if sent != expected]


def _shown(bodies: list) -> str:
    """The bodies of a call's requests: the body '{}' of its one request, or the bodies [...] of several."""
    return f"the body {clipped(repr(bodies[0]))}" if len(bodies) == 1 else f"the bodies {clipped(repr(bodies))}"
