"""json () of a value nested thousands deep (red-team round 12).

Exchange code can nest a value as deep as it likes (`x = [ x ]` in a loop). this.json wrote it in Python, threw a
RangeError in Node (its stack, near 5,000 levels), which a catch clause saw, and ended PHP's process with a segmentation
fault (100,000 levels: each level of array_map's callback took a C stack frame). json () now refuses, in every runtime,
a value nested deeper than 1,000 lists and dictionaries (ExchangeError), and PHP writes lists with a loop. Likewise
deepExtend merged dictionaries nested 20,000 deep in PHP where Node threw a RangeError (which a catch saw) and Python a
RecursionError: it merges 512 levels at most in every runtime.
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


# Dictionaries nested depth levels deep, then a helper that recurses into them, inside a try: 'sell' when it throws.
NESTED_IN_TRY = """import Exchange from './base/Exchange.js';

export default class %(name)s extends Exchange {
    pick (value) {
        return value;
    }

    run () {
        let x = { 'a': 1 };
        for (let i = 0; i < this.pick (%(depth)d); i++) {
            x = { 'a': x };
        }
        let side = 'buy';
        try {
            const used = %(use)s;
        } catch (e) {
            this.rethrowUncaught (e);
            side = 'sell';
        }
        return %(result)s;
    }
}
"""
MERGE = {"use": "this.deepExtend (x, x)", "result": "[ side, this.deepExtendLevel ({ 'a': 1 }, { 'b': 2 }, 512)['b'] ]"}
QUERY = {"use": "this.urlencode ({ 'q': x })", "result": "side"}


def test_deep_extend_merges_512_levels_and_refuses_more_in_every_runtime(tmp_path):
    # (before: dictionaries nested 20,000 deep were merged in PHP, threw a RangeError in Node, which the catch saw,
    # and a RecursionError in Python near 1,000 levels)
    sources = {f"merge_{depth}": NESTED_IN_TRY % {"name": f"merge_{depth}", "depth": depth, **MERGE}
               for depth in (510, 513, 20000)}
    runs = run_everywhere(str(tmp_path), sources)
    for runtime in ("node", "python", "python-async", "php"):
        assert runs.results[runtime]["merge_510"] == {"result": ["buy", 2]}, runtime
        assert runs.results[runtime]["merge_513"] == {"result": ["sell", 2]}, runtime
        assert runs.results[runtime]["merge_20000"] == {"result": ["sell", 2]}, runtime


BAD_DEPTHS = """import Exchange from './base/Exchange.js';

export default class bad_depths extends Exchange {
    pick (value) {
        return value;
    }

    run () {
        const depths = [ -1, 513, NaN, '0', true, Infinity, undefined, 0.5 ];
        const out = [];
        for (let i = 0; i < depths.length; i++) {
            try {
                out.push (this.deepExtendLevel ({ 'a': 1 }, { 'b': 2 }, this.pick (depths[i]))['b']);
            } catch (e) {
                this.rethrowUncaught (e);
                out.push ('refused');
            }
        }
        return out;
    }
}
"""


def test_deep_extend_level_takes_a_depth_of_0_to_512_alike(tmp_path):
    runs = run_everywhere(str(tmp_path), {"bad_depths": BAD_DEPTHS})
    expected = {"result": ["refused", "refused", "refused", "refused", "refused", "refused", "refused", 2]}
    for runtime in ("node", "python", "python-async", "php"):
        assert runs.results[runtime]["bad_depths"] == expected, runtime




def test_urlencode_writes_512_levels_and_refuses_more_in_every_runtime(tmp_path):
    # (before: 1,500 levels failed in Python alone, 20,000 in Node, caught, and in no way in PHP)
    sources = {f"query_{depth}": NESTED_IN_TRY % {"name": f"query_{depth}", "depth": depth, **QUERY}
               for depth in (500, 600, 20000)}
    runs = run_everywhere(str(tmp_path), sources)
    for runtime in ("node", "python", "python-async", "php"):
        assert runs.results[runtime]["query_500"] == {"result": "buy"}, runtime
        assert runs.results[runtime]["query_600"] == {"result": "sell"}, runtime
        assert runs.results[runtime]["query_20000"] == {"result": "sell"}, runtime
