"""Helpers of the base class that exchange code runs on a whole response cost what its size says in every runtime.
unique () searched what it had kept for each value: 20,000 distinct ids of a whitebit currency's networks (169 KB) took
Python and PHP half a minute (red-team round 28). The values below would run past the runner's time limit that way."""

from __future__ import annotations

import pytest

from tests.base_runners import RUNTIMES, run_calls

IDS = [f"id{index}" for index in range(300_000)]


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_unique_keeps_each_of_many_distinct_values_once(runtime):
    values = IDS + IDS[:1000] + [7, "7", 7.0, True]
    results = run_calls(runtime, {"describe": {}, "config": {}, "calls": [["unique", [values]]]})[0]
    assert results == [{"ok": IDS + [7, "7", True]}], str(results)[:300]
