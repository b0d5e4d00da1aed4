"""A sum with a number written out rounds past 2^53 as JavaScript's does (red-team round 13).

`Number.MAX_SAFE_INTEGER + 2`, `x++` and `x += 1` were Python's and PHP's own integers, exact past 2^53, where Node
rounds: `big + 2 === big + 1` was true in Node alone, so a file chose another order side there at a value of its choosing
(a response's id, a nonce). Such a sum is rounded to a double past 2^53 in Python and PHP (js.number, Js::number) but for
a small step of a loop counter that the loop's own test bounds, or of a length (transpiler/emit/bounds.py).
"""

from __future__ import annotations

import os

from tests.emit.compiled import CASES, run_everywhere
from transpiler.emit.compile import compile_source
from transpiler.source import SourceFile

SIDE = """import Exchange from './base/Exchange.js';

export default class written_sums extends Exchange {
    run () {
        const id = Number.MAX_SAFE_INTEGER;
        let next = id;
        next++;
        let side = 'buy';
        if (id + 2 === id + 1 || next + 1 === next) {
            side = 'sell';
        }
        return side;
    }
}
"""


def test_a_sum_with_a_written_number_takes_nodes_path_in_every_runtime(tmp_path):
    # (before: 'sell' in Node, 'buy' in Python and PHP)
    runs = run_everywhere(str(tmp_path), {"written_sums": SIDE})
    for runtime in ("node", "python", "python-async", "php"):
        assert runs.results[runtime]["written_sums"] == {"result": "sell"}, runtime


def test_bounded_loop_counters_step_natively():
    with open(os.path.join(CASES, "sums_with_written_numbers.js"), encoding="utf-8") as handle:
        compiled = compile_source(SourceFile("js/sums_with_written_numbers.js", handle.read()), False)
    # the counters of `i < rows.length; i++` and `i >= 0; i--` step natively, the others are rounded
    assert "i += 1" in compiled.python and "i -= 1" in compiled.python and "$i++" in compiled.php
    assert "n = js.number(n + 1)" in compiled.python and "$n = Js::number($n + 1)" in compiled.php
    assert "j = js.number(j + 1)" in compiled.python
