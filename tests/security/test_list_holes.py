"""A write past the end of a list (red-team rounds 12 and 23).

JavaScript's arrays have holes: `levels[index] = level` with an index of 4294967294, from a response or from the file,
costs Node nothing, where Python's and PHP's lists were filled with undefined up to the index (34 GB: the caller's
memory). Round 12 bounded the fill at 2^20 elements; round 23's differential fuzzing found that a filled list reads
otherwise than Node's with holes, whatever its length: `levels[3] = 'x'` gave `Object.keys (levels).length` 1 in Node
and 4 in Python and PHP (so did `Object.values`, `in`, `indexOf (undefined)`, a spread or `extend` into a dictionary,
`keysort` and `omit`), a branch of the file's in Node alone. Python and PHP hold no hole: a write past the end, and a
length set past it, are Unportable there (an error no catch clause of exchange code sees); appending, and a write at
the end, make none, and Node goes on as it does. So is `delete list[i]` of an element (session 24): Node leaves a hole,
which `in` no longer finds, where Python and PHP put undefined in its place, which it did.
"""

from __future__ import annotations

import pytest

from tests.emit.compiled import run_everywhere

SOURCE = """import Exchange from './base/Exchange.js';

export default class list_holes extends Exchange {
    pick (value) {
        return value;
    }

    write (index) {
        const levels = [];
        levels[index] = 'x';
        return levels.length;
    }

    grow (length) {
        const levels = [ 'a' ];
        levels[this.pick ('length')] = length;
        return levels.length;
    }

    keys () {
        const levels = [];
        levels[0] = 'a';
        levels[3] = 'x';
        const side = (Object.keys (levels).length === 2) ? 'buy' : 'sell';
        // (through a method of the file's own: SUB-E023 refuses a list that the checker knows in extend)
        return [ side, Object.keys (this.extend ({}, this.pick (levels))).length, levels.indexOf (undefined) ];
    }

    appended () {
        const levels = [];
        for (let i = 0; i < 3; i++) {
            levels[i] = i;
        }
        levels[levels.length] = 'x';
        return levels;
    }

    deleted () {
        const levels = [ 'a', 'b', 'c' ];
        delete levels[this.pick ([ 1 ])];  // (a list as a key is its text: '1', the element)
        return (1 in levels) ? 'sell' : 'buy';
    }

    deletedNothing () {
        const levels = [ 'a', 'b' ];
        delete levels[2];
        delete levels['01'];
        delete levels['x'];
        return [ levels, 1 in levels ];
    }

    writeAt (key) {
        const levels = [ 'a' ];
        try {
            levels[this.pick (key)] = 'x';
        } catch (e) {
            this.rethrowUncaught (e);
            return 'caught';
        }
        return 'wrote';
    }

    nanKey () {
        // (NaN and Infinity are no index: Python's int () of them raised a ValueError and an OverflowError, which a
        // catch clause saw, where the other keys that are no index are refused; red-team round 29)
        return this.writeAt (NaN);
    }

    infiniteKey () {
        return this.writeAt (-Infinity);
    }

    run () {
        return [ this.write (this.pick (%s)), this.grow (this.pick (%s)) ];
    }
}
"""


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    sources = {"far_write": SOURCE.replace("list_holes", "far_write") % (5000000, 3),
               "far_length": SOURCE.replace("list_holes", "far_length") % (3, 5000000),
               "near": SOURCE.replace("list_holes", "near") % (1048575, 1048576),
               "small": SOURCE.replace("list_holes", "small") % (3, 1),
               "ends": SOURCE.replace("list_holes", "ends") % (0, 1)}
    return run_everywhere(str(tmp_path_factory.mktemp("list-holes")), sources,
                          cases=[*sources, "small:keys", "small:appended", "small:deleted", "small:deletedNothing",
                                 "small:nanKey", "small:infiniteKey"])


@pytest.mark.parametrize("runtime", ["python", "python-async", "php"])
def test_a_write_or_a_length_past_the_end_is_refused(runs, runtime):
    # (before: a list of 5,000,001 elements, and of 34 GB for an index of 4294967294; then filled up to 2^20)
    for name in ("far_write", "far_length", "near", "small", "small:keys", "small:deleted", "small:nanKey",
                 "small:infiniteKey"):
        assert runs.results[runtime][name] == {"error": "native"}, name


@pytest.mark.parametrize("runtime", ["node", "python", "python-async", "php"])
def test_writes_at_the_end_and_shorter_lengths_are_kept(runs, runtime):
    assert runs.results[runtime]["ends"] == {"result": [1, 1]}
    assert runs.results[runtime]["small:appended"] == {"result": [0, 1, 2, "x"]}
    assert runs.results[runtime]["small:deletedNothing"] == {"result": [["a", "b"], True]}  # (no such element)


def test_node_keeps_its_holes(runs):
    results = runs.results["node"]
    assert results["near"] == {"result": [1048576, 1048576]}
    assert results["far_write"] == {"result": [5000001, 3]}
    assert results["far_length"] == {"result": [4, 5000000]}
    # a hole is no key: the path Python and PHP took with undefined in its place ('sell', 4, 1) is refused there
    assert results["small:keys"] == {"result": ["buy", 2, -1]}
    # an element deleted is a hole too: `in` finds it no more (Python and PHP kept undefined there, which it found)
    assert results["small:deleted"] == {"result": "buy"}
    # NaN and -Infinity name a property of the array in Node, which Python's and PHP's lists cannot hold
    assert results["small:nanKey"] == results["small:infiniteKey"] == {"result": "wrote"}
