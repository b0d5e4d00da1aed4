"""What a caller passes reads alike in every runtime: every exchange's fixture cases, played with their arguments
changed (a text for a number, negative, zero, tiny, huge, a sum that is not exact, a boolean, spaces around, another
symbol, an astral character) and with params of every kind added (nulls, nested values, unified ones), send the same
requests and give the same result or error class in every runtime. The seeds are fixed, so a failure names the case
and the changes, and reproduces, besides the data models' documented differences (tests/runtime_outcomes.py). A string method of a
caller's argument of another type (`side.toUpperCase ()` of a number) is a TypeError in every runtime."""

from __future__ import annotations

import copy
import json
import random

import pytest

from tests.base_runners import ROOT, SOURCE_TREE
from tests.runtime_outcomes import disagreements
from transpiler.harness.fixtures import fixtures_by_exchange
from transpiler.harness.run import RUNTIMES, run_cases

CHANGES_PER_CASE = 3
FIXTURES = fixtures_by_exchange(ROOT)
ARGUMENTS = {
    "as text": lambda old: json.dumps(old) if isinstance(old, (int, float)) and not isinstance(old, bool) else old,
    "negative": lambda old: -1,
    "zero": lambda old: 0,
    "tiny": lambda old: 1e-9,
    "huge": lambda old: 1e21,
    "inexact sum": lambda old: 0.1 + 0.2,
    "many digits": lambda old: 123456.78901234568,
    "padded text": lambda old: "1.2500",
    "spaced text": lambda old: " 1 ",
    "word": lambda old: "abc",
    "undefined": lambda old: None,
    "boolean": lambda old: True,
    "exponent text": lambda old: "1e-7",
    "fraction": lambda old: 1.5,
    "contract symbol": lambda old: "BTC/USD:USD",
    "lower-case symbol": lambda old: "btc/usd",
    "astral": lambda old: "\u00e9\U0001F600",
    "smallest double": lambda old: 5e-324,
    "largest doubles": lambda old: 1e300,
    "negative zero": lambda old: -0.0,
}
PARAMS = [{"clientOrderId": "x y&z=1"}, {"timeInForce": "IOC"}, {"postOnly": True}, {"reduceOnly": True},
          {"triggerPrice": 1.5}, {"stopPrice": "2"}, {"type": "market"}, {"limit": 5}, {"until": 1700000000000},
          {"a": None}, {"nested": {"k": [1, 2], "n": None}}, {"leverage": 3}, {"cost": 10}]


def changed(rng: random.Random, args: list) -> tuple[list, list[str]]:
    args, changes = copy.deepcopy(args), []
    has_params = int(bool(args) and isinstance(args[-1], dict))
    for _ in range(rng.randint(1, 2)):
        if has_params and rng.random() < 0.3:
            params = rng.choice(PARAMS)  # (only where the case passes params: an argument past the method's own
            args[-1] = {**args[-1], **params}  # is Python's TypeError alone)
            changes.append(f"params {json.dumps(params)}")
        elif len(args) > has_params:
            position = rng.randrange(len(args) - has_params)  # (params stay a dictionary, as the signature says)
            name = rng.choice(list(ARGUMENTS))
            args[position] = ARGUMENTS[name](args[position])
            changes.append(f"argument {position} {name}")
    return args, changes


@pytest.mark.parametrize("exchange", sorted(FIXTURES))
def test_changed_arguments_read_alike_in_every_runtime(exchange):
    fixture, methods, labels = FIXTURES[exchange], {}, []
    for method, specs in fixture["methods"].items():
        for index, spec in enumerate(specs):
            for seed in range(CHANGES_PER_CASE):
                case = copy.deepcopy(spec)
                case["args"], changes = changed(random.Random(f"{exchange}/{method}/{index}/{seed}"), spec["args"])
                methods.setdefault(method, []).append(case)
                labels.append(f"{method}[{index}]: {'; '.join(changes) or 'unchanged'}")
    fixture = dict(fixture, methods=methods)
    outcomes = {runtime: run_cases(SOURCE_TREE, runtime, fixture) for runtime in RUNTIMES}
    problems = disagreements(outcomes, labels)
    assert not problems, f"{len(problems)} of {len(labels)} cases read otherwise:\n\n" + "\n\n".join(problems[:10])
