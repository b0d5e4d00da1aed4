"""Property-based differential testing: random subset programs give the same results in all four runtimes.

One hypothesis example is a batch of programs compiled into one class, so each runtime starts one
process per batch (a quarter as many batches of asynchronous programs, which await too); on a mismatch
hypothesis shrinks the batch and the message shows the program.
EXKIT_PROPERTY_BATCHES raises the number of batches for a longer run on demand (tests/emit/program_runs.py runs
thousands and lists every divergence instead of shrinking the first).
"""

from __future__ import annotations

import os
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.emit.program_runs import run_batch
from tests.emit.programs import program

BATCHES = int(os.environ.get("EXKIT_PROPERTY_BATCHES", "16"))
BATCH_SIZE = 30
STATISTICS = {"programs": 0, "seconds": 0.0}
SETTINGS = settings(deadline=None, derandomize=True, suppress_health_check=[
    HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture])


@settings(SETTINGS, max_examples=BATCHES)
@given(st.lists(program(), min_size=BATCH_SIZE // 2, max_size=BATCH_SIZE))
def test_random_programs_agree_in_every_runtime(tmp_path_factory, bodies):
    check_batch(tmp_path_factory, bodies)


@settings(SETTINGS, max_examples=max(1, BATCHES // 4))
@given(st.lists(program(asynchronous=True), min_size=BATCH_SIZE // 2, max_size=BATCH_SIZE))
def test_random_async_programs_agree_in_every_runtime(tmp_path_factory, bodies):
    check_batch(tmp_path_factory, bodies)


def check_batch(tmp_path_factory, bodies: list[str]) -> None:
    started = time.perf_counter()
    # Unformatted Python: black preserves the syntax tree, and skipping it makes batches three times faster.
    result = run_batch(str(tmp_path_factory.mktemp("programs")), bodies)
    STATISTICS["programs"] += result.ran
    STATISTICS["seconds"] += time.perf_counter() - started
    assert result.rejected <= len(bodies) // 5, "the grammar draws too many programs that the checker refuses"
    assert not result.divergences, str(result.divergences[0])
