"""bench/hotpaths.py's runners: warm-up calls are made but not timed, in every runtime and baseline, and a job with
no timed call (what --measure instructions subtracts) still gives the result of its last call."""

from __future__ import annotations

import os
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "bench"))
import hotpaths  # noqa: E402
from transpiler.harness.run import Library  # noqa: E402

LIBRARY = Library.source_tree(ROOT)
RUNTIMES = ("js", "python", "php")


@pytest.fixture(scope="module")
def job() -> dict:
    return hotpaths.jobs_of("kraken", ["trades"], 0.005, 1)[0]  # 100 trades


@pytest.mark.parametrize("runtime", RUNTIMES)
@pytest.mark.parametrize("baseline", [False, True])
def test_warm_up_calls_are_not_timed(job, runtime, baseline):
    if baseline:
        job = dict(job, baseline="kraken_trades")
    timed = hotpaths.run_runtime(LIBRARY, runtime, [dict(job, warmup=0, repeat=1)])[0]
    untimed = hotpaths.run_runtime(LIBRARY, runtime, [dict(job, warmup=2, repeat=0)])[0]
    assert timed["best"] > 0
    assert untimed["best"] is None
    assert untimed["result"] == timed["result"]
    assert untimed["result"].startswith('[{"id":')

