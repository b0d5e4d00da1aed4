"""Where the base helpers of Node, Python and PHP read one input two ways (red-team round 23, differential fuzzing).

The helpers exist three times, by hand (js/base/, python/exchangekit/base/, php/base/), held equal by the shared vectors;
a driver fed each of 123 of them thousands of seeded, edge-biased inputs in one process per runtime and compared the
outcomes. Each difference it found is a path a checked file can take in one runtime alone, on its own values or on a
response's, at a time no fixture covers. Measured before the fixes with the file below, which `exkit check` passes
(Node, Python sync, Python asyncio, PHP):

- `Precise.stringDiv ('1', '3', undefined)`: 18 places in Node, where Python and PHP applied the default only to an
  argument left out and raised a native error, which a catch clause saw ('buy', 'sell', 'sell', 'sell');
- `this.hash (text, algorithm, 'hex')` with an algorithm a response left out: md5 in Node, an ExchangeError in Python
  and a TypeError of a typed parameter in PHP (so hmac's, jwt's and asymmetricJwt's defaults: 'buy', 'sell' x3);
- `this.groupBy ([ { 'id': 'length' } ], 'id')`: a group in Node and Python, an Error in PHP, whose empty result was
  a list to own_value, of length 0 ('buy', 'buy', 'buy', 'sell');
- `this.safeValue ([ 7, 8 ], [ 'length' ])`: 2 in Node and Python, undefined in PHP ('buy' x3, 'sell');
- `this.parsePrecision` of a response's text of 400 digits: undefined in Node (parseInt is Infinity), a BadResponse
  in Python and PHP ('buy', 'sell' x3);
- `this.sortBy ('-505334096.865159', 'price', true)`: the text in Node (its parts were in order, where 'ab' threw
  Node's TypeError), a native error elsewhere ('buy', 'sell' x3);
- `this.safeBalance` of the codes '0' and '14': two currencies in `free` in Node and Python, fifteen in PHP, which
  wrote them as into a list, nulls between ('buy' x3, 'sell');
- `this.excerpt (5)` (no credentials configured): 5 in Node and PHP, a native TypeError in Python ('buy', 'sell',
  'sell', 'buy').
- `this.safeFees (undefined, { 'length': 'nan' })`: no fees in Node, and a loop without end in PHP, whose `<` compared
  0 with the text as a text (`safeValueN` alike; Python read no key of a 'length' of '2', where Node read two).
Each is now what Node does (the text to sort a BadResponse everywhere, Node's included; `excerpt` of a number its
text everywhere since round 26, where a number's and an empty body's message was a TypeError), and its input a row of
tests/vectors/. Lists with holes are tests/security/test_list_holes.py's.
"""

from __future__ import annotations

import pytest

from tests.checking import check_text
from tests.emit.compiled import run_everywhere
from tests.http_server import LocalServer

SOURCE = """import Exchange from './base/Exchange.js';
import Precise from './base/Precise.js';
import { BadResponse } from './base/errors.js';

export default class fuzzed_helpers extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'fuzzed_helpers',
            'name': 'Fuzzed Helpers',
            'urls': { 'api': '%(url)s' },
            'api': { 'public': { 'get': [ 'json' ] } },
        });
    }

    pick (value) {
        return value;
    }

    divided () {
        try {
            return (Precise.stringDiv ('1', '3', this.pick (undefined)) === '0.333333333333333333') ? 'buy' : 'sell';
        } catch (e) {
            this.rethrowUncaught (e);
            return 'sell';
        }
    }

    async digested () {
        // an algorithm the response leaves out: undefined, the default
        const response = await this.publicGetJson ({ 'nonce': '1' });
        const algorithm = this.safeString (this.safeDict (response, 'query'), 'algorithm');
        try {
            return (this.hash (this.encode ('order'), algorithm, 'hex') === '70a17ffa722a3985b86d30b034ad06d7') ? 'buy' : 'sell';
        } catch (e) {
            this.rethrowUncaught (e);
            return 'sell';
        }
    }

    grouped () {
        try {
            return (Object.keys (this.groupBy ([ { 'id': this.pick ('length') } ], 'id')).length === 1) ? 'buy' : 'sell';
        } catch (e) {
            this.rethrowUncaught (e);
            return 'sell';
        }
    }

    keyed () {
        return (this.safeValue ([ 7, 8 ], [ 'length' ]) === 2) ? 'buy' : 'sell';
    }

    async precision () {
        // the server's choice: a precision of 400 digits echoed back
        const response = await this.publicGetJson ({ 'precision': '9'.padStart (400, '9') });
        try {
            return (this.parsePrecision (this.safeString (this.safeDict (response, 'query'), 'precision')) === undefined) ? 'buy' : 'sell';
        } catch (e) {
            if (!(e instanceof BadResponse)) {
                throw e;
            }
            return 'sell';
        }
    }

    sorted () {
        try {
            this.sortBy (this.pick ('-505334096.865159'), 'price', true);
            return 'buy';
        } catch (e) {
            this.rethrowUncaught (e);
            return 'sell';
        }
    }

    balance () {
        const balance = this.safeBalance ({ '0': { 'free': '1', 'used': '0' }, '14': { 'total': '2', 'used': '1' } });
        return (Object.keys (balance['free']).length === 2) ? 'buy' : 'sell';
    }

    walked () {
        return this.safeStringN ({ 'a': 'x' }, { 'length': this.pick ('2'), '0': 'z', '1': 'a' });
    }

    quoted () {
        try {
            return (this.excerpt (this.pick (5)) === 5) ? 'buy' : 'sell';
        } catch (e) {
            this.rethrowUncaught (e);
            return 'sell';
        }
    }
}
"""

# What every runtime does now: Node's path, but for the text to sort, which is a BadResponse everywhere, and the
# excerpt of a number, which is its text ('5' === 5: 'sell')
EXPECTED = {"divided": "buy", "digested": "buy", "grouped": "buy", "keyed": "buy", "precision": "buy", "sorted": "sell",
            "balance": "buy", "quoted": "sell", "walked": "x"}


def test_the_file_passes_the_checker():
    assert check_text(SOURCE % {"url": "http://127.0.0.1:1"}, "js/fuzzed_helpers.js") == []


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    with LocalServer() as server:
        return run_everywhere(str(tmp_path_factory.mktemp("fuzzed-helpers")),
                              {"fuzzed_helpers": SOURCE % {"url": server.url}},
                              cases=[f"fuzzed_helpers:{name}" for name in EXPECTED])


@pytest.mark.parametrize("runtime", ["node", "python", "python-async", "php"])
def test_every_runtime_takes_the_same_path(runs, runtime):
    outcomes = {name: runs.results[runtime][f"fuzzed_helpers:{name}"] for name in EXPECTED}
    assert outcomes == {name: {"result": side} for name, side in EXPECTED.items()}
