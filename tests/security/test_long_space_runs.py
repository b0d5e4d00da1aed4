"""A run of a million spaces inside a response's text is read as Node reads it (red-team round 52).

PHP's trim found the trailing spaces with a pattern (/[WS]+$/) that was tried at every place of a run of spaces within
the text, each try to the run's end: a million spaces, a 1 MB response, exhausted pcre.backtrack_limit, and the call
failed with a TypeError in PHP alone, where Node and Python read a date or a number (parse8601 of
'2024-01-01T00:00:00' + a million spaces + 'Z': 1704067200000). The dates' patterns gave a run back a character at a
time too. Each is a walk or a possessive run now.
"""

from __future__ import annotations

import pytest

from tests.base_runners import RUNTIMES, run_calls

RUN = " " * 1_000_001
MIXED = " \u3000" * 500_001  # (one of JavaScript's spaces beyond ASCII, three bytes in UTF-8, between ASCII ones)
CALLS = [
    ["parse8601", ["2024-01-01T00:00:00" + RUN + "Z"]],
    ["parse8601", ["2024-01-01T00:00:00" + MIXED + "Z"]],
    ["parse8601", ["2024-01-01T00:00:00" + RUN + "X"]],
    ["parseDate", ["Sun," + RUN + "06 Nov 1994 08:49:37 GMT"]],
    ["parseDate", ["Sun, 06" + MIXED + "Nov 1994 08:49:37" + RUN + "UTC"]],
    ["parse8601", [RUN + "2024-01-01T00:00:00Z" + MIXED]],
]
EXPECTED = [1704067200000, 1704067200000, None, 784111777000, 784111777000, 1704067200000]


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_a_run_of_a_million_spaces_is_read_as_node_reads_it(runtime):
    results, _ = run_calls(runtime, {"describe": {}, "config": {}, "calls": CALLS})
    assert [result.get("ok", result.get("throws")) for result in results] == EXPECTED, results
