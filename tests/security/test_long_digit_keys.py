"""Keys of many digits read alike in every runtime (red-team round 18).

A text of ASCII digits names an element of a list or a string only up to JavaScript's largest index, 2^32 - 2: a longer
one is a plain key. Python asked int () of the text first, which raises a ValueError past 4,300 digits (CPython's
bound on converting a text to an integer), and PHP read `(int)` of it, which is 0 for a text past a double's range
(310 digits and more). Measured before the fix on the file below, with a key of '1' and 4,999 zeros and one of 400
digits: Node read undefined from a list ([ 1, 2 ]) and wrote the key into a dictionary; Python (sync and asyncio)
raised the ValueError in `ownValue`, `safeString`, a dictionary's write and `Object.keys` (which a catch clause saw:
'caught' in Python alone), and a response holding such a key failed the whole request there; PHP read the list's first
element (`this.safeString ([ 7, 2 ], key)` was '7') and wrote a list's element 0 where Node and Python leave the list
as it was.
"""

from __future__ import annotations

import pytest

from tests.emit.compiled import RUNTIMES, run_everywhere, same_value

SOURCE = """import Exchange from './base/Exchange.js';

export default class long_digit_keys extends Exchange {
    attempt (kind, key) {
        const list = [ 7, 2 ];
        try {
            if (kind === 'own') {
                return this.ownValue (list, key);
            }
            if (kind === 'safe') {
                return this.safeString (list, key);
            }
            if (kind === 'text') {
                return this.safeString ('abc', key);
            }
            if (kind === 'dictionary') {
                const written = {};
                written[key] = 1;
                written['b'] = 2;
                return [ Object.keys (written).length, this.safeInteger (written, key) ];
            }
            if (kind === 'response') {
                const parsed = this.parseJson ('{"b": 1, "' + key + '": 2, "5": 3}');
                return [ Object.keys (parsed).length, Object.keys (parsed)[0], Object.values (parsed)[2] ];
            }
            if (kind === 'index') {
                const byId = this.indexBy ([ { 'id': key, 'n': 1 }, { 'id': 'b', 'n': 2 } ], 'id');
                return this.safeInteger (this.safeValue (byId, key), 'n');
            }
            return 'none';
        } catch (e) {
            this.rethrowUncaught (e);
            return 'caught';
        }
    }

    run () {
        const kinds = [ 'own', 'safe', 'text', 'dictionary', 'response', 'index' ];
        const keys = [ '1'.padEnd (5000, '0'), '1'.padEnd (400, '0'), '1'.padEnd (20, '0'), '4294967295' ];
        const out = [];
        for (let i = 0; i < keys.length; i++) {
            for (let j = 0; j < kinds.length; j++) {
                out.push (this.attempt (kinds[j], keys[i]));
            }
        }
        return out;
    }

    writeIntoList () {
        const list = [ 7, 2 ];
        list['1'.padEnd (400, '0')] = 9;
        return list;
    }
}
"""

EXPECTED_ROW = [None, None, None, [2, 1], [3, "5", 2], 1]


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    return run_everywhere(str(tmp_path_factory.mktemp("long_digit_keys")), {"long_digit_keys": SOURCE},
                          cases=["long_digit_keys", "long_digit_keys:writeIntoList"]).results


def test_node_reads_such_keys_as_plain_keys(runs):
    assert runs["node"]["long_digit_keys"] == {"result": EXPECTED_ROW * 4}


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_every_runtime_reads_them_as_node_does(runs, runtime):
    assert "result" in runs[runtime]["long_digit_keys"], runs[runtime]["long_digit_keys"]
    assert same_value(runs[runtime]["long_digit_keys"]["result"], EXPECTED_ROW * 4)


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_such_a_key_written_into_a_list_is_no_element(runs, runtime):
    # Node makes it a property of the array; Python and PHP cannot (Unportable: the call fails), where PHP wrote
    # element 0 before
    assert runs["node"]["long_digit_keys:writeIntoList"] == {"result": [7, 2]}
    assert "error" in runs[runtime]["long_digit_keys:writeIntoList"], runs[runtime]["long_digit_keys:writeIntoList"]
