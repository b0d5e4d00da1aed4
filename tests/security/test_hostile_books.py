"""An order book snapshot costs what its size says in every runtime: setBookLevel keeps a side's keys in order by
inserting each new one into the list, which for a whole snapshot is quadratic (a hostile server's 80,000 levels took
Node 49 s, Python 19 s and PHP 165 s); setBookLevels sets a snapshot's levels and orders the keys once. With the old
way this test's 200,000 levels run past the runner's time limit."""

from __future__ import annotations

import pytest

from tests.emit.compiled import RUNTIMES, run_everywhere

SOURCE = """import Exchange from './base/Exchange.js';

export default class large_snapshot extends Exchange {
    run () {
        const levels = [];
        for (let i = 1; i <= 200000; i++) {
            levels.push ([ this.numberToString (i), '1' ]);
        }
        let book = this.newOrderBook ('X/Y');
        book = this.setBookLevels (book, 'bids', levels);
        book = this.setBookLevels (book, 'asks', levels);
        return [ this.bookSide (book, 'bids', 2), this.bookSide (book, 'asks', 2), book['order']['bids'].length ];
    }
}
"""


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    return run_everywhere(str(tmp_path_factory.mktemp("hostile-books")), {"large_snapshot": SOURCE})


@pytest.mark.parametrize("runtime", ("node",) + RUNTIMES)
def test_a_large_snapshot_is_set_in_every_runtime(runs, runtime):
    assert runs.results[runtime]["large_snapshot"]["result"] == [[[200000, 1], [199999, 1]], [[1, 1], [2, 1]], 200000]
