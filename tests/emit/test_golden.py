"""Expected emitter output, checked in per case and target; `pytest --update-goldens` rewrites it."""

from __future__ import annotations

import os

import pytest

from tests.emit.compiled import CASE_NAMES, CASES
from transpiler.emit.compile import compile_file

GOLDEN = os.path.join(os.path.dirname(__file__), "golden")
TARGETS = {"python": ".py", "python_async": ".async.py", "php": ".php"}


@pytest.fixture(scope="module")
def compiled():
    return {name: compile_file(os.path.join(CASES, name + ".js")) for name in CASE_NAMES}


@pytest.mark.parametrize("name", CASE_NAMES)
@pytest.mark.parametrize("target", sorted(TARGETS))
def test_output_matches_golden(request, compiled, name, target):
    path = os.path.join(GOLDEN, name + TARGETS[target])
    actual = getattr(compiled[name], target)
    if request.config.getoption("--update-goldens"):
        os.makedirs(GOLDEN, exist_ok=True)
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(actual)
        return
    assert os.path.exists(path), f"no golden file {path}: run pytest --update-goldens"
    with open(path, encoding="utf-8") as handle:
        assert actual == handle.read()


def test_every_golden_file_has_a_case():
    expected = {name + suffix for name in CASE_NAMES for suffix in TARGETS.values()}
    assert set(os.listdir(GOLDEN)) == expected
