"""The streams' memory bounds (maxFrameSize, maxQueue, maxFrames, cacheLimit) may be lowered by an exchange and never
raised: the constructor refuses a describe () that raises them. A file that passed the checker held this.streaming in
a const and wrote through it (SUB-B008 sees only writes rooted at `this`), and Node and Python then read the raised
bounds: a frame of a terabyte, a cache without end. PHP copies the array on assignment. The checker now rejects the
write (SUB-D007: a value read out of a container is changed in place only as a copy put back); the runtimes are
tested with that finding silenced, as the second line of defense."""

from __future__ import annotations

import pytest

from tests.checking import check_text
from tests.emit.compiled import RUNTIMES, run_everywhere
from transpiler.rules.values import NoSharedChanges

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
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setattr(NoSharedChanges, "visit_MethodDefinition", lambda self, path: None)
        return run_everywhere(str(tmp_path_factory.mktemp("stream-bounds")), SOURCES)


def test_the_checker_rejects_the_write_through_an_alias():
    findings = {(diagnostic.rule, diagnostic.line) for diagnostic in
                check_text(SOURCES["raised_bounds"], "js/raised_bounds.js")}
    assert findings == {("SUB-D007", 6), ("SUB-D007", 7)}


@pytest.mark.parametrize("runtime", ("node",) + RUNTIMES)
def test_no_runtime_raises_the_bounds_through_an_alias(runs, runtime):
    outcome = runs.results[runtime]["raised_bounds"]
    # Node and Python refuse the write (a TypeError), PHP writes into its own copy.
    assert outcome.get("result") in (None, [4194304, 1000]), outcome
    if runtime != "php":
        assert "result" not in outcome, outcome
