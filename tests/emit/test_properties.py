"""Property-based differential testing: random subset programs give the same results in all four runtimes.

One hypothesis example is a batch of programs compiled into one class, so each runtime starts one
process per batch; on a mismatch hypothesis shrinks the batch and the message shows the program.
"""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.emit.compiled import RUNTIMES, run_everywhere, same_value
from tests.emit.programs import program, program_class

BATCHES = 30
BATCH_SIZE = 20
STATISTICS = {"programs": 0, "seconds": 0.0}


@settings(max_examples=BATCHES, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture])
@given(st.lists(program(), min_size=BATCH_SIZE // 2, max_size=BATCH_SIZE))
def test_random_programs_agree_in_every_runtime(tmp_path_factory, bodies):
    started = time.perf_counter()
    # Unformatted Python: black preserves the syntax tree, and skipping it makes batches three times faster.
    runs = run_everywhere(str(tmp_path_factory.mktemp("programs")), {"programs": program_class("programs", bodies)},
                          formatted=False)
    STATISTICS["programs"] += len(bodies)
    STATISTICS["seconds"] += time.perf_counter() - started
    expected = runs.results["node"]["programs"]
    assert "result" in expected, expected
    for runtime in RUNTIMES:
        actual = runs.results[runtime]["programs"]
        assert "result" in actual, (runtime, actual)
        for index, body in enumerate(bodies):
            assert same_value(actual["result"][index], expected["result"][index]), (
                f"{runtime} differs from Node on this program:\n{body}\n"
                f"node: {expected['result'][index]!r}\n{runtime}: {actual['result'][index]!r}")
