"""A key named __proto__ is a key in every runtime (red-team round 17).

Responses that hold `__proto__` are refused, but exchange code can put the name together ('__pro' + 'to__', a join,
a slice of its own texts) and write it: `d[key] = value` set d's prototype in Node through the setter every dictionary
inherits from Object.prototype, and wrote a key in Python and PHP. Measured on the file below before the fix: Node
returned {} for indexBy, groupBy, omit and the dictionary's keys and values, left the key out of deepExtend, and read
`d['side']`, a literal key, through the prototype ('sell'), where Python (sync and asyncio) and PHP kept the key and
read 'buy'. js/base/NativeExchange.js now makes the setter define an own key, as Node's --disable-proto=delete does.
"""

from __future__ import annotations

import pytest

from tests.emit.compiled import RUNTIMES, run_everywhere

SOURCE = """import Exchange from './base/Exchange.js';

export default class proto_keys extends Exchange {
    run () {
        const key = [ '__pro', 'to__' ].join ('');
        const d = {};
        d[key] = { 'side': 'sell' };
        const rows = [ { 'id': key, 'side': 'buy' } ];
        const r = {};
        r['keys'] = Object.keys (d);
        r['values'] = Object.values (d);
        r['indexBy'] = this.indexBy (rows, 'id');
        r['groupBy'] = this.groupBy (rows, 'id');
        r['safeValue'] = this.safeValue (d, key);
        r['omit'] = this.json (this.omit (d, 'x'));
        r['extend'] = this.json (this.extend ({}, d));
        r['deepExtend'] = this.json (this.deepExtend ({ 'a': { 'b': 1 } }, d));
        r['side'] = (d['side'] === 'sell') ? 'sell' : 'buy';
        delete d[key];
        r['deleted'] = Object.keys (d);
        return r;
    }
}
"""

EXPECTED = {
    "keys": ["__proto__"], "values": [{"side": "sell"}],
    "indexBy": {"__proto__": {"id": "__proto__", "side": "buy"}},
    "groupBy": {"__proto__": [{"id": "__proto__", "side": "buy"}]},
    "safeValue": {"side": "sell"}, "omit": '{"__proto__":{"side":"sell"}}', "extend": '{"__proto__":{"side":"sell"}}',
    "deepExtend": '{"a":{"b":1},"__proto__":{"side":"sell"}}', "side": "buy", "deleted": [],
}


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    return run_everywhere(str(tmp_path_factory.mktemp("proto_keys")), {"proto_keys": SOURCE})


@pytest.mark.parametrize("runtime", ("node",) + RUNTIMES)
def test_a_written_proto_key_is_an_own_key(runs, runtime):
    # (before, Node: keys [], values [], indexBy {}, groupBy {}, safeValue undefined, omit and extend '{}', deepExtend
    # without the key, side 'sell')
    assert runs.results[runtime]["proto_keys"] == {"result": EXPECTED}
