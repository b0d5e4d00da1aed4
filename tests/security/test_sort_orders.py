"""A sort costs n log n comparisons in PHP whatever order a server sends (red-team round 40).

PHP's sort, usort, asort and array_multisort share zend_sort, a quicksort whose pivots lie at fixed places and which
has no way out of a bad order: McIlroy's adversary finds the order that makes it compare about n² / 8 times. The base
class sorts what servers send (parseOrderBook, parseTrades, parseOHLCVs, loadMarkets' symbols, a list's sort ()), so
such an order held a PHP process: a book of 200,000 levels (2.9 MB) took parseOrderBook 18 s in PHP and 0.13 to 0.23 s
in Node and Python, and 20,000 numbers (140 KB) took a list's sort () 21 s in PHP and 3 to 15 ms elsewhere. PHP now
takes the values in an order of chance before it sorts them (Js::inRandomOrder, the system's random bytes), and orders
equal values by their places, as the other runtimes' stable sorts do: 0.34 s and 66 ms on the same responses.
"""

from __future__ import annotations

import json
import math
import subprocess

import pytest

from tests.base_runners import ROOT
from tests.emit.compiled import run_everywhere
from tests.fixture_server import FixtureServer

COUNT = 4000  # (the adversary is quadratic to find too: half a second here)


def zend_sort_adversary(count: int) -> list[int]:
    """The numbers 0 to count - 1 in the order that makes PHP's zend_sort compare about count² / 8 times: McIlroy's
    adversary ("A Killer Adversary for Quicksort", 1999) run against a model of zend_sort (Zend/zend_sort.c, PHP 8),
    which fixes each value only when the sort compares it with another still unfixed one."""
    unfixed = count
    values = [unfixed] * count
    state = {"fixed": 0, "candidate": 0}
    items = list(range(count))

    def compare(i: int, j: int) -> int:
        x, y = items[i], items[j]
        if values[x] == unfixed and values[y] == unfixed:
            values[x if x == state["candidate"] else y] = state["fixed"]
            state["fixed"] += 1
        if values[x] == unfixed:
            state["candidate"] = x
        elif values[y] == unfixed:
            state["candidate"] = y
        return (values[x] > values[y]) - (values[x] < values[y])

    def swap(i: int, j: int) -> None:
        items[i], items[j] = items[j], items[i]

    def sort2(a, b):
        if compare(a, b) > 0:
            swap(a, b)

    def sort3(a, b, c):
        if compare(a, b) <= 0:
            if compare(b, c) <= 0:
                return
            swap(b, c)
            if compare(a, b) > 0:
                swap(a, b)
            return
        if compare(c, b) <= 0:
            swap(a, c)
            return
        swap(a, b)
        if compare(b, c) > 0:
            swap(b, c)

    def sort4(a, b, c, d):
        sort3(a, b, c)
        if compare(c, d) > 0:
            swap(c, d)
            if compare(b, c) > 0:
                swap(b, c)
                if compare(a, b) > 0:
                    swap(a, b)

    def sort5(a, b, c, d, e):
        sort4(a, b, c, d)
        if compare(d, e) > 0:
            swap(d, e)
            if compare(c, d) > 0:
                swap(c, d)
                if compare(b, c) > 0:
                    swap(b, c)
                    if compare(a, b) > 0:
                        swap(a, b)

    def insertion_sort(start, size):
        if size < 6:
            small = {2: sort2, 3: sort3, 4: sort4, 5: sort5}.get(size)
            if small is not None:
                small(*range(start, start + size))
            return
        end, sentry = start + size, start + 6
        for i in range(start + 1, sentry):
            j = i - 1
            if compare(j, i) <= 0:
                continue
            while j != start:
                j -= 1
                if compare(j, i) <= 0:
                    j += 1
                    break
            for k in range(i, j, -1):
                swap(k, k - 1)
        for i in range(sentry, end):
            j = i - 1
            if compare(j, i) <= 0:
                continue
            while True:
                j -= 2
                if compare(j, i) <= 0:
                    j += 1
                    if compare(j, i) <= 0:
                        j += 1
                    break
                if j == start:
                    break
                if j == start + 1:
                    j -= 1
                    if compare(i, j) > 0:
                        j += 1
                    break
            for k in range(i, j, -1):
                swap(k, k - 1)

    def partition(pivot, i, j):
        # (zend_sort's loop, whose every exit goes to the pivot's swap: where i ends)
        while True:
            while compare(pivot, i) > 0:
                i += 1
                if i == j:
                    return i
            j -= 1
            if j == i:
                return i
            while compare(j, pivot) > 0:
                j -= 1
                if j == i:
                    return i
            swap(i, j)
            i += 1
            if i == j:
                return i

    def quick_sort(start, size):
        while True:
            if size <= 16:
                insertion_sort(start, size)
                return
            end = start + size
            offset = size >> 1
            pivot = start + offset
            if size >> 10:
                delta = offset >> 1
                sort5(start, start + delta, pivot, pivot + delta, end - 1)
            else:
                sort3(start, pivot, end - 1)
            swap(start + 1, pivot)
            pivot = start + 1
            i = partition(pivot, pivot + 1, end - 1)
            swap(pivot, i - 1)
            if (i - 1) - start < end - i:
                quick_sort(start, i - start - 1)
                start, size = i, end - i
            else:
                quick_sort(i, end - i)
                size = i - start - 1

    quick_sort(0, count)
    for index in range(count):
        if values[index] == unfixed:
            values[index] = state["fixed"]
            state["fixed"] += 1
    return values


COUNT_COMPARISONS = """<?php
require_once '%(root)s/php/base/autoload.php';
$order = json_decode(file_get_contents('php://stdin'), true);
$counts = [];
foreach ([$order, exchangekit\\Js::inRandomOrder($order)] as $list) {
    $compared = 0;
    usort($list, function ($a, $b) use (&$compared) { $compared++; return $a <=> $b; });
    $counts[] = $compared;
}
echo json_encode($counts);
"""


def test_the_order_makes_php_s_own_sort_quadratic_until_it_is_taken_in_an_order_of_chance(tmp_path):
    script = tmp_path / "count.php"
    script.write_text(COUNT_COMPARISONS % {"root": ROOT})
    order = zend_sort_adversary(COUNT)
    given, shuffled = json.loads(subprocess.run(["php", str(script)], input=json.dumps(order), capture_output=True,
                                                text=True, check=True).stdout)
    assert given > COUNT * COUNT / 10  # (2,137,722: the model's count, replayed by PHP 8.2)
    assert shuffled < 3 * COUNT * math.log2(COUNT)  # (about 1.2 n log n)


BOOK_AND_LIST = """import Exchange from './base/Exchange.js';

export default class sort_orders extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'sort_orders',
            'urls': { 'api': '%(url)s' },
            'api': { 'public': { 'get': [ 'depth', 'ids' ] } },
        });
    }

    async book () {
        const book = this.parseOrderBook (await this.publicGetDepth (), 'BTC/USD');
        return [ book['asks'].length, book['asks'].slice (0, 3), book['bids'].slice (0, 3), book['asks'][book['asks'].length - 1] ];
    }

    async list () {
        const ids = this.safeList (await this.publicGetIds (), 'ids', []).slice ();
        ids.sort ();
        const names = [];
        for (let i = 0; i < ids.length; i++) {
            names.push ('id' + this.numberToString (ids[i] %% 50));
        }
        names.sort ();
        return [ ids.length, ids.slice (0, 3), ids[ids.length - 1], names.slice (0, 2), names[names.length - 1] ];
    }
}
"""


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory):
    order = zend_sort_adversary(COUNT)
    levels = [[str(10000 + value), "1"] for value in order]
    # (bids of equal prices in the adversary's order: equal values keep their places, as in Node)
    bids = [[str(500 + value % 3), str(value)] for value in order]
    routes = {"/depth": (200, json.dumps({"bids": bids, "asks": levels})), "/ids": (200, json.dumps({"ids": order}))}
    with FixtureServer(routes) as server:
        runs = run_everywhere(str(tmp_path_factory.mktemp("sort-orders")),
                              {"sort_orders": BOOK_AND_LIST % {"url": server.url}},
                              cases=["sort_orders:book", "sort_orders:list"])
    return runs.results


@pytest.mark.parametrize("runtime", ["python", "python-async", "php"])
def test_an_adversary_s_book_and_list_sort_as_in_node(outcomes, runtime):
    assert outcomes[runtime] == outcomes["node"]
    book = outcomes["node"]["sort_orders:book"]["result"]
    assert book[0] == COUNT and book[1][0] == [10000, 1] and book[3] == [10000 + COUNT - 1, 1]
    first_bid = zend_sort_adversary(COUNT)[[value % 3 for value in zend_sort_adversary(COUNT)].index(2)]
    assert book[2][0] == [502, first_bid]
