"""Every exchange fixture case (tests/fixtures/exchanges/<id>.json) in JS, Python sync, Python asyncio and PHP:
one test per (exchange, method, case, runtime), which holds Python and PHP to what Node did too, as certify does
(transpiler/harness/agreement.py). One runner process per exchange and runtime."""

from __future__ import annotations

import json
import os

import pytest

from tests.base_runners import ROOT, SOURCE_TREE
from transpiler.discovery import exchange_ids
from transpiler.harness.agreement import disagreement
from transpiler.harness.fixtures import case_problems, cases, fixtures_by_exchange
from transpiler.harness.run import RUNTIMES, run_cases

FIXTURES = fixtures_by_exchange(ROOT)
CASES = [case for fixture in FIXTURES.values() for case in cases(fixture)]

_outcomes: dict[tuple[str, str], list] = {}


def outcomes(exchange: str, runtime: str) -> list:
    """All of one exchange's case outcomes in one runtime, computed once."""
    if (exchange, runtime) not in _outcomes:
        _outcomes[(exchange, runtime)] = run_cases(SOURCE_TREE, runtime, FIXTURES[exchange])
    return _outcomes[(exchange, runtime)]


@pytest.mark.parametrize("runtime", RUNTIMES)
@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_case(case, runtime):
    outcome = outcomes(case.exchange, runtime)[case.position]
    problems = case_problems(case, outcome)
    if not problems and runtime != "js":
        problems = disagreement(outcomes(case.exchange, "js")[case.position], outcome)
    call = f"{case.method} ({json.dumps(case.spec['args'])[1:-1]}) [{case.spec['description']}]"
    assert not problems, f"{call}:\n  " + "\n  ".join(problems)


def test_fixtures_exist_for_every_exchange():
    assert set(exchange_ids(os.path.join(ROOT, "js"))) == set(FIXTURES), "every js/<id>.js has tests/fixtures/exchanges/<id>.json and no fixture is orphaned"
