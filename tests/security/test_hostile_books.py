"""An order book snapshot costs what its size says in every runtime: setBookLevel keeps a side's keys in order by
inserting each new one into the list, which for a whole snapshot is quadratic (a hostile server's 80,000 levels took
Node 49 s, Python 19 s and PHP 165 s); setBookLevels sets a snapshot's levels and orders the keys once. With the old
way this test's 200,000 levels run past the runner's time limit. And a maintained book keeps at most
streaming['maxBookLevels'] levels a side, the worst dropped beyond: a book of no depth grew with every new level a
server sent, without end."""

from __future__ import annotations

import asyncio
import os
import sys

import pytest

from tests.emit.compiled import ROOT, run_everywhere

# A maintained book changes in place where streams run only (Node and asyncio): Python sync and PHP refuse it below.
STREAMING = ("node", "python-async")

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
        return [ this.bookSide (book, 'bids', 2), this.bookSide (book, 'asks', 2), book['order']['bids'].length,
            Object.keys (book['bids']).length, Object.keys (book['texts']['asks']).length ];
    }
}
"""

BOUNDED = """import Exchange from './base/Exchange.js';

export default class bounded_book extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), { 'streaming': { 'maxBookLevels': 3 } });
    }

    run () {
        let book = this.newOrderBook ('X/Y');
        const one = [ '10', '9', '8', '7', '11' ]; // one level at a time: 7 is the worst of four bids, then 8
        for (let i = 0; i < one.length; i++) {
            book = this.setBookLevel (book, 'bids', one[i], '1');
        }
        book = this.setBookLevel (book, 'asks', '20', '1');
        const many = [];
        for (let i = 40; i > 0; i--) { // a snapshot of 40 asks: the three lowest stay
            many.push ([ this.numberToString (i + 20), '2' ]);
        }
        book = this.setBookLevels (book, 'asks', many);
        return [ this.bookSide (book, 'bids'), this.bookSide (book, 'asks'), this.bookTexts (book, 'asks'),
            Object.keys (book['bids']).length, Object.keys (book['texts']['bids']).length, Object.keys (book['asks']).length ];
    }
}
"""

# A snapshot trimmed to the book's depth: trimBook removed the levels beyond one by one, each removal a copy of the
# side's keys (20,000 levels a side, the bound: a second in Node, two in Python, at every snapshot a server sent;
# red-team round 27). They go at once now; what stays is the same.
TRIMMED = """import Exchange from './base/Exchange.js';

export default class trimmed_book extends Exchange {
    run () {
        const levels = [];
        for (let i = 1; i <= 20000; i++) {
            levels.push ([ this.numberToString (i), '1' ]);
        }
        let book = this.newOrderBook ('X/Y', 3);
        book = this.setBookLevels (book, 'bids', levels);
        book = this.setBookLevels (book, 'asks', levels);
        book = this.trimBook (book);
        return [ this.bookSide (book, 'bids'), this.bookSide (book, 'asks'), this.bookTexts (book, 'asks'),
            book['order']['bids'], Object.keys (book['asks']).length, Object.keys (book['texts']['bids']).length ];
    }
}
"""

# A frame of more than 32 levels merged into a kept side (red-team round 28: each such frame copied and sorted the
# whole side): new levels among the kept ones, a removal, a removal and a new level at the same price, a new level
# removed again, an update, and new best and worst levels.
MERGED = """import Exchange from './base/Exchange.js';

export default class merged_book extends Exchange {
    run () {
        const snapshot = [];
        for (let i = 1; i <= 40; i++) {
            snapshot.push ([ this.numberToString (i), '1' ]);
        }
        let book = this.newOrderBook ('X/Y');
        book = this.setBookLevels (book, 'bids', snapshot);
        book = this.setBookLevels (book, 'asks', snapshot);
        const frame = [ [ '41', '2' ], [ '20', '0' ], [ '21', '0' ], [ '21', '3' ], [ '100.5', '2' ], [ '100.5', '0' ],
            [ '0.5', '2' ], [ '10', '5' ] ];
        for (let i = 50; i < 84; i++) {
            frame.push ([ this.numberToString (i), '1' ]);
        }
        book = this.setBookLevels (book, 'bids', frame);
        book = this.setBookLevels (book, 'asks', frame);
        const adds = [];
        for (let i = 0; i < 33; i++) {
            adds.push ([ this.numberToString (i + 0.25), '7' ]);
        }
        book = this.setBookLevels (book, 'asks', adds);
        const best = [ [ '5', '0' ] ]; // (a removal far behind the new levels: the kept keys after them are not whole)
        for (let i = 200; i < 233; i++) {
            best.push ([ this.numberToString (i), '4' ]);
        }
        book = this.setBookLevels (book, 'bids', best);
        return [ this.bookSide (book, 'bids'), this.bookSide (book, 'asks'), book['order']['asks'].length,
            Object.keys (book['texts']['bids']).length ];
    }
}
"""


def merged_sides() -> tuple[list, list]:
    levels = {float(price): 1 for price in range(1, 41)}
    levels.pop(20.0)
    levels.update({41.0: 2, 21.0: 3, 0.5: 2, 10.0: 5, **{float(price): 1 for price in range(50, 84)}})
    asks = sorted([[price, amount] for price, amount in levels.items()] + [[index + 0.25, 7] for index in range(33)])
    levels.pop(5.0)
    levels.update({float(price): 4 for price in range(200, 233)})
    bids = sorted(([price, amount] for price, amount in levels.items()), reverse=True)
    return bids, asks


# Levels at the prices 0 to n - 1, and a depth below 0 (red-team round 31): a side keyed '0' to 'n-1' is a list to PHP,
# whose safeDict gave an empty side for it, so that the levels were lost there (null levels, a deletion that did not
# delete); a kraken channel 'book--3000000' gave trimBook a depth of -3,000,000, which it walked down to.
INDEX_PRICES = """import Exchange from './base/Exchange.js';

export default class index_prices extends Exchange {
    run () {
        let book = this.newOrderBook ('X/Y');
        book = this.setBookLevel (book, 'bids', '0', '2');
        book = this.setBookLevel (book, 'bids', '0', '4');
        book = this.setBookLevel (book, 'bids', '1', '2');
        const levels = [];
        for (let i = 0; i < 40; i++) {
            levels.push ([ this.numberToString (i), '1' ]);
        }
        let snapshot = this.newOrderBook ('X/Y', -3000000);
        snapshot = this.setBookLevels (snapshot, 'asks', levels);
        snapshot = this.setBookLevel (snapshot, 'asks', '39', '0');
        const kept = this.bookSide (snapshot, 'asks', 3);
        snapshot = this.trimBook (snapshot);
        return [ this.bookSide (book, 'bids'), kept, snapshot['order']['asks'].length, this.bookSide (snapshot, 'asks') ];
    }
}
"""


# A snapshot of many levels (setBookLevels sets them all, then orders each side once) leaves the book as setting the
# levels one by one does: repeated prices, removals, texts, the order of the keys.
SNAPSHOT_LEVELS = """import Exchange from './base/Exchange.js';

export default class snapshot_levels extends Exchange {
    run () {
        const levels = [];
        for (let i = 0; i < 120; i++) {
            const price = 100 + ((i * 37) % 60);
            const amount = ((i % 7) === 0) ? '0' : this.numberToString (i + 1);
            levels.push ([ this.numberToString (price) + '.5', amount ]);
        }
        let batch = this.newOrderBook ('X/Y');
        batch = this.setBookLevels (batch, 'bids', levels);
        batch = this.setBookLevels (batch, 'asks', levels);
        let single = this.newOrderBook ('X/Y');
        for (let i = 0; i < levels.length; i++) {
            single = this.setBookLevel (single, 'bids', levels[i][0], levels[i][1]);
            single = this.setBookLevel (single, 'asks', levels[i][0], levels[i][1]);
        }
        return [ this.bookSide (batch, 'bids', 5), this.bookSide (batch, 'asks', 5), batch['order'], this.json (batch) === this.json (single) ];
    }
}
"""


# Red-team round 39: a book whose sides another value shares (a copy by this.extend, a literal holding a variable)
# changed that value too in Node and Python, and a copy in PHP, past SUB-D007, which follows the variable it is given
# but not what is nested in it ('sell' there, 'buy' in PHP). A book is a stream's state: it changes where streams run,
# and there the book helpers change in place only the parts they made for the book they are given (bookPart): a copy
# of a book shares none of those it may change.
SHARED_SIDES = """import Exchange from './base/Exchange.js';

export default class shared_sides extends Exchange {
    run () {
        const fresh = this.newOrderBook ('X');
        let copy = this.extend (fresh, {});
        copy = this.setBookLevel (copy, 'bids', 1, 2);
        const changed = this.setBookLevel (this.newOrderBook ('X'), 'bids', 5, 1);
        let other = this.extend (changed, {});
        other = this.setBookLevel (other, 'bids', 1, 2);
        return [ this.bookSide (fresh, 'bids'), this.bookSide (changed, 'bids'), this.bookSide (other, 'bids') ];
    }
}
"""


# Red-team rounds 74 and 75: a caller's params reached a maintained book's side past SUB-D007, whose judgement of a
# stream state's value follows the literal written in the call (a variable holding the literal, a spread of one, a
# write into the book before or after it is kept), and setBookLevel then changed them in place, in Node and asyncio:
# the caller's next order sent the '@1' key. The book helpers now change in place only the parts they made.
CALLERS_VALUES = """import Exchange from './base/Exchange.js';

export default class callers_values extends Exchange {
    keepInVariable (params) {
        const book = { 'symbol': 'X', 'bids': params, 'asks': {}, 'texts': {}, 'order': {}, 'depth': 5 };
        this.setStreamState ('variable', book);
        return 1;
    }

    keepSpread (params) {
        this.setStreamState ('spread', { ...{ 'symbol': 'X', 'bids': {}, 'asks': {}, 'texts': {}, 'order': params } });
        return 1;
    }

    keepWritten (params) {
        const book = this.newOrderBook ('X');
        book['texts'] = { 'bids': params, 'asks': {} };
        this.setStreamState ('written', book);
        return 1;
    }

    keepPutBack (params) {
        const book = this.streamState ('putBack', this.newOrderBook ('X'));
        book['asks'] = params;
        this.setStreamState ('putBack', book);
        return 1;
    }

    change (key, side) {
        let book = this.streamState (key);
        book = this.setBookLevels (book, side, [ [ '1', '2' ] ]);
        book = this.setBookLevel (book, side, '3', '4');
        book = this.trimBook (book);
        this.setStreamState (key, book);
        return 1;
    }

    changed (key, side) {
        this.change (key, side);
        return this.bookSide (this.streamState (key), side);
    }

    run () {
        const params = [ { 'a': 1 }, { 'b': 2 }, { 'c': 3 }, { '@3': [ 3, 1 ] } ];
        this.keepInVariable (params[0]);
        this.keepSpread (params[1]);
        this.keepWritten (params[2]);
        this.keepPutBack (params[3]);
        const books = [ this.changed ('variable', 'bids'), this.changed ('spread', 'asks'), this.changed ('written', 'bids'),
            this.changed ('putBack', 'asks') ];
        return [ params, books ];
    }
}
"""


# Red-team round 75: setBookLevel took any key for a side, and so changed in place another stream state's entries (a
# ticker that resolveTicker keeps, a balance's info), which may be a caller's values. Only 'bids' and 'asks' are sides.
OTHER_SIDE = """import Exchange from './base/Exchange.js';

export default class other_side extends Exchange {
    run () {
        const tickers = { 'BTC/USDT': { 'symbol': 'BTC/USDT', 'last': 5 } };
        return this.setBookLevel (tickers, 'BTC/USDT', 1, 2);
    }
}
"""


# The parts that the book helpers made are kept until they reach a bound (Python's dicts have no weak reference), then
# only those a stream state holds as its own part: at the same calls in Node and asyncio, so that a book's part is
# changed in place, or copied, alike in both. Seen through a copy of the book made before each change (which shares
# the parts): the steps where they were copied. Round 77: a state that is a dictionary without a book's keys counted
# a part more in Python (None for each key it lacks), and its drops came a step later there.
MANY_BOOKS = """import Exchange from './base/Exchange.js';

export default class many_books extends Exchange {
    run () {
        this.setStreamState ('other', { 'q': 1 });
        this.setStreamState ('kept', this.setBookLevel (this.newOrderBook ('K', 100), 'bids', 1, 1));
        let current = this.setBookLevel (this.newOrderBook ('B'), 'bids', 1, 1);
        const copied = [];
        for (let i = 0; i < 200; i++) {
            this.trimBook (this.extend ({}, this.streamState ('kept')));
            const view = this.extend ({}, current);
            const before = this.bookSide (view, 'bids').length;
            current = this.setBookLevel (current, 'bids', 2 + i, 1);
            if (this.bookSide (view, 'bids').length - before < 1) {
                copied.push (i);
            }
        }
        return copied;
    }
}
"""


# Round 77: a level set on no book took Python's registry's answer for None (owned) and failed natively, where Node
# copied; both fail alike now, on the book itself.
NO_BOOK = """import Exchange from './base/Exchange.js';

export default class no_book extends Exchange {
    run () {
        return this.setBookLevel (undefined, 'bids', 1, 2);
    }
}
"""


# Left (rounds 77 and 78): a copy of a stream state's book handed to a caller shares the parts that the book helpers
# change in place at the next frame, so that the caller's result changes after it was handed over (SECURITY.md).
HANDED_COPY = """import Exchange from './base/Exchange.js';

export default class handed_copy extends Exchange {
    update (price) {
        let book = this.streamState ('book', this.newOrderBook ('X'));
        book = this.setBookLevel (book, 'bids', price, 1);
        this.setStreamState ('book', book);
        return this.extend ({}, book);
    }

    run () {
        const first = this.update (101);
        const handed = this.bookSide (first, 'bids');
        this.update (102);
        return [ handed, this.bookSide (first, 'bids') ];
    }
}
"""


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    return run_everywhere(str(tmp_path_factory.mktemp("hostile-books")), {"large_snapshot": SOURCE,
                                                                         "bounded_book": BOUNDED,
                                                                         "trimmed_book": TRIMMED,
                                                                         "merged_book": MERGED,
                                                                         "index_prices": INDEX_PRICES,
                                                                         "shared_sides": SHARED_SIDES,
                                                                         "snapshot_levels": SNAPSHOT_LEVELS,
                                                                         "other_side": OTHER_SIDE,
                                                                         "callers_values": CALLERS_VALUES,
                                                                         "many_books": MANY_BOOKS,
                                                                         "no_book": NO_BOOK,
                                                                         "handed_copy": HANDED_COPY})


@pytest.mark.parametrize("runtime", STREAMING)
def test_a_large_snapshot_is_set_in_every_runtime(runs, runtime):
    # (the best 20,000 levels a side: streaming['maxBookLevels'])
    assert runs.results[runtime]["large_snapshot"]["result"] == [[[200000, 1], [199999, 1]], [[1, 1], [2, 1]], 20000,
                                                                 20000, 20000]


@pytest.mark.parametrize("runtime", STREAMING)
def test_a_book_keeps_its_best_levels_up_to_the_bound(runs, runtime):
    assert runs.results[runtime]["bounded_book"]["result"] == [
        [[11, 1], [10, 1], [9, 1]], [[20, 1], [21, 2], [22, 2]], [["20", "1"], ["21", "2"], ["22", "2"]], 3, 3, 3]


@pytest.mark.parametrize("runtime", STREAMING)
def test_a_large_snapshot_is_trimmed_to_the_book_s_depth_in_every_runtime(runs, runtime):
    assert runs.results[runtime]["trimmed_book"]["result"] == [
        [[20000, 1], [19999, 1], [19998, 1]], [[1, 1], [2, 1], [3, 1]], [["1", "1"], ["2", "1"], ["3", "1"]],
        ["@20000", "@19999", "@19998"], 3, 3]


@pytest.mark.parametrize("runtime", STREAMING)
def test_a_large_frame_is_merged_into_the_kept_levels_in_every_runtime(runs, runtime):
    bids, asks = merged_sides()
    assert runs.results[runtime]["merged_book"]["result"] == [bids, asks, len(asks), len(bids)]


@pytest.mark.parametrize("runtime", STREAMING)
def test_levels_at_index_prices_and_a_depth_below_zero_in_every_runtime(runs, runtime):
    assert runs.results[runtime]["index_prices"]["result"] == [[[1, 2], [0, 4]], [[0, 1], [1, 1], [2, 1]], 0, []]


def test_a_snapshot_sets_the_levels_as_one_by_one_does(runs):
    result = runs.results["node"]["snapshot_levels"]["result"]
    assert result[-1] is True and runs.results["python-async"]["snapshot_levels"] == {"result": result}


@pytest.mark.parametrize("runtime", STREAMING)
def test_a_level_is_set_on_the_bids_or_the_asks_alone(runs, runtime):
    assert runs.results[runtime]["other_side"] == {"error": "ExchangeError"}


def test_a_copy_of_a_book_shares_no_part_the_helpers_change(runs):
    assert runs.results["node"]["shared_sides"] == runs.results["python-async"]["shared_sides"] == {
        "result": [[], [[5, 1]], [[5, 1], [1, 2]]]}


@pytest.mark.parametrize("runtime", STREAMING)
def test_the_book_helpers_change_no_caller_s_values(runs, runtime):
    # (before: each params gained the level '@1' ([1, 2]) or '@3', and the book showed the caller's keys)
    assert runs.results[runtime]["callers_values"] == {"result": [
        [{"a": 1}, {"b": 2}, {"c": 3}, {"@3": [3, 1]}],
        [[[3, 4], [1, 2]], [[1, 2], [3, 4]], [[3, 4], [1, 2]], [[1, 2]]]]}


def test_the_parts_the_book_helpers_keep_are_dropped_alike_where_streams_run(runs):
    copied = runs.results["node"]["many_books"]["result"]
    assert runs.results["python-async"]["many_books"] == {"result": copied}
    assert 0 < len(copied) < 200  # (changed in place until a count drops its parts, which no state holds)


@pytest.mark.xfail(strict=True, reason="a copy of a state's book handed over shares the parts changed in place later")
@pytest.mark.parametrize("runtime", STREAMING)
def test_a_copy_of_a_state_s_book_handed_over_does_not_change_later(runs, runtime):
    assert runs.results[runtime]["handed_copy"] == {"result": [[[101, 1]], [[101, 1]]]}


def test_a_level_set_on_no_book_fails_alike_where_streams_run(runs):
    assert runs.results["node"]["no_book"] == runs.results["python-async"]["no_book"] == {"error": "native"}


def in_asyncio(work):
    """What work (exchange) gives for a new asyncio exchange of the base class, and that exchange's book parts."""
    sys.path.insert(0, os.path.join(ROOT, "python"))  # the package under test lives in python/
    from exchangekit.async_support.base.exchange import Exchange

    async def run():
        exchange = Exchange()
        try:
            return work(exchange), exchange._Primitives__book_parts
        finally:
            await exchange.close()

    return asyncio.run(run())


def test_the_parts_the_book_helpers_keep_are_bounded():
    def books(exchange):
        for i in range(5000):
            book = exchange.set_book_level(exchange.new_order_book("X"), "bids", i + 1, 1)
            if i % 100 == 0:
                exchange.set_stream_state("book", book)
        return len(exchange._Primitives__book_parts.parts)

    kept, _ = in_asyncio(books)
    assert kept < 200


def test_the_parts_kept_weigh_what_the_states_hold():
    # Round 78: the count came after as many new parts as there were states, so that 4,000 small states kept 1,000
    # throwaway copies of a 5,000-level book's sides alive (434 MB in Node). It comes once the parts made weigh (a part
    # and its entries) twice what the states held at the last one, and the states' number (each count reads every
    # state: round 77's 100,000 states made each 64 new parts a walk of them all).
    def copies(exchange):
        for i in range(4000):
            exchange.set_stream_state(f"state{i}", i)
        big = exchange.set_book_levels(exchange.new_order_book("X"), "bids", [[i + 1, 1] for i in range(5000)])
        exchange.set_stream_state("big", big)
        for _ in range(200):
            exchange.set_book_level(exchange.extend({}, exchange.stream_state("big")), "bids", 0.5, 1)
        return len(exchange._Primitives__book_parts.parts)

    kept, parts = in_asyncio(copies)
    assert kept < 40 and parts.bound > 4000


@pytest.mark.parametrize("runtime", ("python", "php"))
def test_a_maintained_book_is_refused_where_the_runtime_does_not_stream(runs, runtime):
    # (before: the books as in Node, but shared_sides 'sell' in Python and 'buy' in PHP)
    assert {name: outcome for name, outcome in runs.results[runtime].items()} == {
        name: {"error": "StreamsNotSupported"} for name in ("large_snapshot", "bounded_book", "trimmed_book",
                                                             "merged_book", "index_prices", "shared_sides",
                                                             "snapshot_levels", "other_side",
                                                             "callers_values", "many_books", "no_book",
                                                             "handed_copy")}
