"""The streams' memory bounds (maxFrameSize, maxQueue, maxFrames, cacheLimit) may be lowered by an exchange and never
raised: the constructor refuses a describe () that raises them. A file that passes the checker held this.streaming in
a const and wrote through it (SUB-B008 sees only writes rooted at `this`), and Node and Python then read the raised
bounds: a frame of a terabyte, a cache without end. PHP copies the array on assignment."""

from __future__ import annotations

import pytest

from tests.checking import check_text
from tests.emit.compiled import RUNTIMES, run_everywhere

SOURCES = {
    "raised_bounds": """import Exchange from './base/Exchange.js';

export default class raised_bounds extends Exchange {
    run () {
        const settings = this.streaming;
        settings['maxFrameSize'] = 1000000000000;
        settings['cacheLimit'] = 1000000000000;
        return [ this.streaming['maxFrameSize'], this.streaming['cacheLimit'] ];
    }
}
""",
}


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    return run_everywhere(str(tmp_path_factory.mktemp("stream-bounds")), SOURCES)


def test_the_checker_passes_it():
    assert check_text(SOURCES["raised_bounds"], "js/raised_bounds.js") == []


@pytest.mark.parametrize("runtime", ("node",) + RUNTIMES)
def test_no_runtime_raises_the_bounds_through_an_alias(runs, runtime):
    outcome = runs.results[runtime]["raised_bounds"]
    # Node and Python refuse the write (a TypeError), PHP writes into its own copy.
    assert outcome.get("result") in (None, [4194304, 1000]), outcome
    if runtime != "php":
        assert "result" not in outcome, outcome
