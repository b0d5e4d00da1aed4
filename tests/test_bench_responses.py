"""bench/differential/responses.py: its mutated responses are JSON texts that a seed reproduces, its comparison sees a
dictionary's keys in another order and sorts the documented differences apart, and one exchange's mutated cases read
alike in every runtime."""

from __future__ import annotations

import json
import os
import random
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "bench", "differential"))
import responses  # noqa: E402


def test_a_seed_writes_the_same_json_texts():
    body = {"result": {"b": ["1.5", 1700000000000], "a": {"price": "2", "side": "buy"}}, "error": []}
    first = [responses.mutated(random.Random(f"x/{seed}"), body) for seed in range(200)]
    assert first == [responses.mutated(random.Random(f"x/{seed}"), body) for seed in range(200)]
    for text, changes in first:
        json.loads(text, parse_constant=lambda name: None)  # (1e400 is Infinity to Python's reader)
        assert 1 <= len(changes) <= 3
    assert any('"result":' in text and text.count('"result":') == 2 for text, _ in first)  # a duplicated key


def test_keys_in_another_order_are_a_difference():
    assert responses.order_difference({"a": [{"x": 1, "y": 2}]}, {"a": [{"y": 2, "x": 1}]}) == \
        "$.a[0]: keys ['x', 'y'] in node, ['y', 'x'] here"
    assert responses.order_difference({"a": 1, "b": 2}, {"a": 1, "b": 2}) is None


def test_the_documented_differences_are_sorted_apart():
    assert responses.kind("php", '{"data": {}}', {"ok": []}) == "phpmodel"
    assert responses.kind("python", '{"data": {}}', {"ok": []}) == "diverge"
    assert responses.kind("python", '{"data": []}', {"throws": "UnportableValueError"}) == "failclosed"
    assert responses.kind("php", '{"data": {"0": 1}}', {"ok": 1}) == "phpmodel"


def test_an_exchange_s_mutated_cases_read_alike():
    labels, problems = responses.compared("bitstamp", 1, 0, ["fetchTicker", "fetchTrades", "fetchBalance"])
    assert len(labels) > 5
    assert [problem for problem in problems if problem.startswith("[diverge]")] == []
