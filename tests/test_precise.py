"""Precise (string decimal math) in JS, Python and PHP: shared vectors, and random cases against an oracle."""

from __future__ import annotations

import decimal
import json
import os
import re
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transpiler.names import snake_case

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "python"))  # the package under test lives in python/
from exchangekit.base.errors import BaseError  # noqa: E402
from exchangekit.base.precise import Precise  # noqa: E402

with open(os.path.join(ROOT, "tests", "vectors", "precise.json"), encoding="utf-8") as handle:
    VECTORS = json.load(handle)["vectors"]
RUNNERS = os.path.join(ROOT, "tests", "runners")


def run_node(calls: list) -> list:
    completed = subprocess.run(["node", os.path.join(RUNNERS, "precise_node.mjs")], input=json.dumps(calls),
                               capture_output=True, text=True, timeout=120, check=True)
    return json.loads(completed.stdout)


def run_php(calls: list) -> list:
    completed = subprocess.run(["php", os.path.join(RUNNERS, "precise_php.php")], input=json.dumps(calls),
                               capture_output=True, text=True, timeout=120, check=True)
    return json.loads(completed.stdout)


def run_python(calls: list) -> list:
    results = []
    for method, arguments in calls:
        try:
            results.append(getattr(Precise, snake_case(method))(*arguments))
        except (ValueError, BaseError):
            results.append({"throws": True})  # as the runners of the other languages report a throw
    return results


RUNTIMES = {"js": run_node, "python": run_python, "php": run_php}


@pytest.fixture(scope="module")
def vector_results():
    calls = [[method, arguments] for method, arguments, _ in VECTORS]
    return {runtime: run(calls) for runtime, run in RUNTIMES.items()}


@pytest.mark.parametrize("runtime", sorted(RUNTIMES))
@pytest.mark.parametrize("index", range(len(VECTORS)), ids=lambda i: f"{VECTORS[i][0]}{tuple(VECTORS[i][1])}")
def test_vector(vector_results, runtime, index):
    method, arguments, expected = VECTORS[index]
    assert vector_results[runtime][index] == expected


DECIMALS = st.builds(lambda sign, whole, fraction: f"{sign}{whole}{'.' + fraction if fraction else ''}",
                     st.sampled_from(["", "-"]), st.from_regex(r"\A(0|[1-9][0-9]{0,20})\Z"),
                     st.from_regex(r"\A[0-9]{0,12}\Z"))
OPERATIONS = ["stringAdd", "stringSub", "stringMul", "stringDiv", "stringLt", "stringEq"]
EXACT = decimal.Context(prec=200, rounding=decimal.ROUND_DOWN)


def oracle(method: str, a: str, b: str):
    left, right = decimal.Decimal(a), decimal.Decimal(b)
    if method == "stringLt":
        return left < right
    if method == "stringEq":
        return left == right
    if method == "stringDiv":
        if right == 0:
            return None
        value = EXACT.quantize(EXACT.divide(left, right), decimal.Decimal(1).scaleb(-18))  # truncated
    else:
        value = {"stringAdd": EXACT.add, "stringSub": EXACT.subtract, "stringMul": EXACT.multiply}[method](left, right)
    text = format(value, "f")
    text = re.sub(r"\.?0+$", "", text) if "." in text else text
    return "0" if text in ("-0", "") else text


@settings(max_examples=15, deadline=None, derandomize=True)
@given(st.lists(st.tuples(st.sampled_from(OPERATIONS), DECIMALS, DECIMALS), min_size=20, max_size=40))
def test_random_operations_match_the_decimal_oracle_in_every_runtime(operations):
    assert_every_runtime_matches_the_oracle(operations)


# '1' and zeros: PHP moves the digits of a text of up to 18 characters multiplied or divided by one (a ratio made a
# percentage by '100', a fee in percent made a rate), where other texts take the general paths.
POWERS_OF_TEN = st.integers(min_value=0, max_value=21).map(lambda zeros: "1" + "0" * zeros)


@settings(max_examples=10, deadline=None, derandomize=True)
@given(st.lists(st.tuples(st.sampled_from(["stringMul", "stringDiv"]), DECIMALS, POWERS_OF_TEN), min_size=20,
                max_size=40))
def test_products_and_quotients_by_powers_of_ten_match_the_decimal_oracle_in_every_runtime(operations):
    assert_every_runtime_matches_the_oracle(operations)


def assert_every_runtime_matches_the_oracle(operations: list) -> None:
    calls = [[method, [a, b]] for method, a, b in operations]
    expected = [oracle(method, a, b) for method, a, b in operations]
    for runtime, run in RUNTIMES.items():
        actual = run(calls)
        for call, want, got in zip(calls, expected, actual, strict=True):
            assert got == want, f"{runtime}: {call} gave {got!r}, expected {want!r}"
