"""safeIntegerProduct (..., 0.001) of -0 is -0 in every runtime (red-team round 24, the differential fuzzing of whole
exchanges: bench/differential/responses.py).

Node's productWithoutFraction divides a whole number by 1000 and truncates it (Number.isInteger: -0 and 5.0 are whole),
which keeps the sign of -0; Python and PHP took that path for their ints only, and gave a float (a response's -0 or
-0.0, a text '-0' read by parseNumber) to Precise, whose text of it is '0': 0 there, -0 in Node. Round 15 made -1 give
-0 (`tests/security/test_runtime_number_signs.py`), not -0 itself. `1 / x` tells them apart (-Infinity, Infinity).
Found on bitstamp's fetchOrderBook with `"microtimestamp": -0.0` (its timestamp was -0 in Node, 0 elsewhere). Measured
before the fix with the file below, which `exkit check` passes: 'sell' in Node, 'buy' in Python sync, Python asyncio
and PHP, on a response's `-0` or a text of the file's, at a time or on an input that no fixture holds.
"""

from __future__ import annotations

from tests.checking import check_text
from tests.emit.compiled import run_everywhere
from tests.http_server import LocalServer

SOURCE = """import Exchange from './base/Exchange.js';
export default class zero_products extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'zero_products',
            'name': 'Zero Products',
            'urls': { 'api': '%(url)s' },
            'api': { 'public': { 'get': [ 'json' ] } },
        });
    }

    sideOf (time) {
        return (1 / time < 0) ? 'sell' : 'buy';
    }

    async sideOfResponse () {
        // the server's choice: the query's 'time' echoed back as -0.0, a number of the response
        const response = await this.publicGetJson ({ 'time': '-0.0' });
        const query = this.safeDict (response, 'query');
        return this.sideOf (this.safeIntegerProduct ({ 'time': this.parseNumber (this.safeString (query, 'time')) }, 'time', 0.001));
    }

    sides () {
        return [
            this.sideOf (this.safeIntegerProduct ({ 'microtimestamp': '-0' }, 'microtimestamp', 0.001)),
            this.sideOf (this.safeIntegerProduct (this.parseJson ('{"microtimestamp":-0.0}'), 'microtimestamp', 0.001)),
            this.sideOf (this.safeIntegerProduct2 (this.parseJson ('{"b":-0}'), 'a', 'b', 0.001)),
            this.sideOf (this.safeIntegerProductN ({ 'a': '-0.0' }, [ 'a' ], 0.001)),
            this.sideOf (this.safeIntegerProduct ({ 'a': '-500.0' }, 'a', 0.001)),
            this.sideOf (this.safeIntegerProduct ({ 'a': '0.0' }, 'a', 0.001)),
            this.safeIntegerProduct ({ 'a': '1700000000000.0' }, 'a', 0.001),
            this.safeIntegerProduct ({ 'a': '-1700000000999.0' }, 'a', 0.001),
        ];
    }
}
"""


def test_the_file_passes_the_checker():
    assert check_text(SOURCE % {"url": "http://127.0.0.1:1"}, "js/zero_products.js") == []


def test_every_runtime_keeps_the_sign_of_a_zero_product(tmp_path):
    with LocalServer() as server:
        runs = run_everywhere(str(tmp_path), {"zero_products": SOURCE % {"url": server.url}},
                              cases=["zero_products:sides", "zero_products:sideOfResponse"])
    for runtime, outcomes in runs.results.items():
        # (before: 'sell' x5 and 'buy' in Node; 'buy' but for -500.0 ('sell') in Python sync, asyncio and PHP)
        assert outcomes["zero_products:sides"] == {"result": ["sell", "sell", "sell", "sell", "sell", "buy",
                                                              1700000000, -1700000000]}, (runtime, outcomes)
        assert outcomes["zero_products:sideOfResponse"] == {"result": "sell"}, (runtime, outcomes)
