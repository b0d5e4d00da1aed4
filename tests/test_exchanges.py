"""Every exchange fixture case (tests/fixtures/exchanges/<id>.json) in JS, Python sync, Python asyncio and PHP:
one test per (exchange, method, case, runtime). One runner process per exchange and runtime."""

from __future__ import annotations

import glob
import json
import os

import pytest

from tests.base_runners import RUNTIMES, run_exchange_cases
from tests.exchange_fixtures import ROOT, cases, fixture_paths, load_fixture, normalized, request_mismatches, runner_input

FIXTURES = {fixture["exchange"]: fixture for fixture in map(load_fixture, fixture_paths())}
CASES = [case for fixture in FIXTURES.values() for case in cases(fixture)]

_outcomes: dict[tuple[str, str], list] = {}


def outcomes(exchange: str, runtime: str) -> list:
    """All of one exchange's case outcomes in one runtime, computed once."""
    if (exchange, runtime) not in _outcomes:
        _outcomes[(exchange, runtime)] = run_exchange_cases(runtime, runner_input(FIXTURES[exchange]))
    return _outcomes[(exchange, runtime)]


@pytest.mark.parametrize("runtime", RUNTIMES)
@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_case(case, runtime):
    outcome = outcomes(case.exchange, runtime)[case.position]
    spec = case.spec
    call = f"{case.method} ({json.dumps(spec['args'])[1:-1]}) [{spec['description']}]"
    if "requests" in spec:
        problems = request_mismatches(spec["requests"], outcome["requests"])
        assert not problems, f"{call}:\n  " + "\n  ".join(problems)
    if "throws" in spec:
        assert outcome.get("throws") == spec["throws"], f"{call} should raise {spec['throws']}, got {outcome}"
    elif "result" in spec:
        assert "throws" not in outcome, f"{call} raised {outcome['throws']}: {outcome['message']}"
        assert normalized(outcome.get("ok"), spec["result"]) == normalized(spec["result"], spec["result"])
    elif outcome.get("throws") not in (None, "NoFixtureResponse"):
        pytest.fail(f"{call} raised {outcome['throws']} before its requests were checked: {outcome['message']}")


def test_fixtures_exist_for_every_exchange():
    sources = {os.path.splitext(os.path.basename(path))[0] for path in glob.glob(os.path.join(ROOT, "js", "*.js"))}
    assert sources == set(FIXTURES), "every js/<id>.js has tests/fixtures/exchanges/<id>.json and no fixture is orphaned"
