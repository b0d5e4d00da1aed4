"""json () of a value nested thousands deep (red-team round 12).

Exchange code can nest a value as deep as it likes (`x = [ x ]` in a loop). this.json wrote it in Python, threw a
RangeError in Node (its stack, near 5,000 levels), which a catch clause saw, and ended PHP's process with a segmentation
fault (100,000 levels: each level of array_map's callback took a C stack frame). json () now refuses, in every runtime,
a value nested deeper than 1,000 lists and dictionaries (ExchangeError), and PHP writes lists with a loop.
"""

from __future__ import annotations

import pytest

from tests.emit.compiled import run_everywhere

SOURCE = """import Exchange from './base/Exchange.js';

export default class %(name)s extends Exchange {
    pick (value) {
        return value;
    }

    run () {
        let x = [];
        for (let i = 1; i < this.pick (%(depth)d); i++) {
            x = (i %% 2 === 0) ? [ x ] : { 'a': x };
        }
        return this.json (x).length;
    }
}
"""

DEPTHS = {"deep_1000": 1000, "deep_1001": 1001, "deep_100000": 100000}


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    sources = {name: SOURCE % {"name": name, "depth": depth} for name, depth in DEPTHS.items()}
    return run_everywhere(str(tmp_path_factory.mktemp("deep-values")), sources)


@pytest.mark.parametrize("runtime", ["node", "python", "python-async", "php"])
def test_json_writes_1000_levels_and_refuses_more_in_every_runtime(runs, runtime):
    assert runs.results[runtime]["deep_1000"] == runs.results["node"]["deep_1000"]
    assert "result" in runs.results["node"]["deep_1000"]
    assert runs.results[runtime]["deep_1001"] == {"error": "ExchangeError"}
    # (before: a RangeError in Node, the text in Python, a segmentation fault of the PHP runner)
    assert runs.results[runtime]["deep_100000"] == {"error": "ExchangeError"}
