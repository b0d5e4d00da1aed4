"""A write far past the end of a list (red-team round 12).

JavaScript's arrays have holes: `levels[index] = level` with an index of 4294967294, from a response or from the file,
costs Node nothing, where Python's and PHP's lists are filled with undefined up to the index (34 GB: the caller's
memory). A write past the end, and a length set past it, may make a list of 2^20 elements at most in Python and PHP
(Unportable: an error no catch clause of exchange code sees); appending is not bounded, and Node goes on as it does.
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

    run () {
        return [ this.write (this.pick (%s)), this.grow (this.pick (%s)) ];
    }
}
"""


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    sources = {"far_write": SOURCE.replace("list_holes", "far_write") % (5000000, 3),
               "far_length": SOURCE.replace("list_holes", "far_length") % (3, 5000000),
               "near": SOURCE.replace("list_holes", "near") % (1048575, 1048576)}
    return run_everywhere(str(tmp_path_factory.mktemp("list-holes")), sources)


@pytest.mark.parametrize("runtime", ["python", "python-async", "php"])
def test_a_write_or_a_length_far_past_the_end_is_refused(runs, runtime):
    # (before: a list of 5,000,001 elements, and of 34 GB for an index of 4294967294)
    assert runs.results[runtime]["far_write"] == {"error": "native"}
    assert runs.results[runtime]["far_length"] == {"error": "native"}


@pytest.mark.parametrize("runtime", ["node", "python", "python-async", "php"])
def test_lists_up_to_the_bound_are_filled_as_before(runs, runtime):
    assert runs.results[runtime]["near"] == {"result": [1048576, 1048576]}
    if runtime == "node":
        assert runs.results[runtime]["far_write"] == {"result": [5000001, 3]}
        assert runs.results[runtime]["far_length"] == {"result": [4, 5000000]}
