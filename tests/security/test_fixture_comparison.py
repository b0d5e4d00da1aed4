"""A fixture's expected result is compared as JavaScript tells values apart: Python's == holds true == 1 and
false == 0, so a runtime that returned 1 where the fixture expects true (and another runtime true) passed certify,
which compares each runtime with the fixture only. Two runtimes that disagree on a flag (reduceOnly, postOnly, a
market's active) must not both pass."""

from __future__ import annotations

import pytest

from transpiler.harness.fixtures import Case, case_problems


def _case(result) -> Case:
    return Case("example", "fetchOrder", 0, 0, {"description": "an order", "args": ["1"], "responses": [{"body": {}}],
                                                "result": result})


@pytest.mark.parametrize("expected, actual", [
    ({"reduceOnly": True}, {"reduceOnly": 1}),
    ({"reduceOnly": False}, {"reduceOnly": 0}),
    ({"amount": 1}, {"amount": True}),
    ([True, 2], [1, 2]),
    ({"fee": {"rate": 0}}, {"fee": {"rate": False}}),
])
def test_a_boolean_is_not_a_number(expected, actual):
    problems = case_problems(_case(expected), {"requests": [], "ok": actual})
    assert problems and problems[0].startswith("result differs")
    assert len(problems) > 1  # the structural diff names the differing value


@pytest.mark.parametrize("expected, actual", [
    ({"amount": 1}, {"amount": 1.0}),
    ({"active": True, "price": None}, {"active": True}),
    ({"a": [1, "x"]}, {"a": [1.0, "x"]}),
])
def test_the_same_javascript_values_pass(expected, actual):
    assert case_problems(_case(expected), {"requests": [], "ok": actual}) == []
