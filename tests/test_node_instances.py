"""Node's exchanges keep fast properties: every instance of a class shares one map (js/base/NativeExchange.js).

The constructor put describe ()'s, the config's and the implicit API's 100 to 130 properties on the instance with
Object.assign's keyed stores and plain assignments, which left every exchange in V8's dictionary mode: each read of
it and each method call on it a lookup by name. They are defined one by one now (assignOwn), as Object.assign would
set them: the same keys in the same order, and a name the instance already reaches (a subclass's accessor) set
through it. V8's own intrinsics (--allow-natives-syntax) tell the object's mode and map.
"""

from __future__ import annotations

import json
import os
import subprocess

from transpiler.discovery import exchange_ids

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def node(script: str) -> dict:
    completed = subprocess.run(["node", "--allow-natives-syntax", "--input-type=module", "-e", script],
                               capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert completed.returncode == 0, completed.stderr[-3000:]
    return json.loads(completed.stdout.strip().split("\n")[-1])


def test_every_exchange_has_fast_properties_and_one_map_for_its_instances():
    ids = exchange_ids(os.path.join(ROOT, "js"))
    report = node("""
        const ids = %s;
        const slow = [], apart = [], count = {};
        for (const id of ids) {
            const Exchange = (await import ('./js/' + id + '.js')).default;
            const config = { 'apiKey': 'key', 'secret': 'c2VjcmV0', 'api': { 'extra': { 'get': [ 'ping' ] } } };
            const first = new Exchange (config), second = new Exchange (config);
            if (!%%HasFastProperties (first)) slow.push (id);
            if (!%%HaveSameMap (first, second)) apart.push (id);
            count[id] = Object.keys (first).length;
        }
        console.log (JSON.stringify ({ slow, apart, count }));
    """ % json.dumps(ids))
    assert report["slow"] == [] and report["apart"] == []
    assert max(report["count"].values()) > 120  # (the largest: describe ()'s, the config's and ~70 implicit methods)


def test_the_properties_are_set_as_object_assign_sets_them():
    report = node("""
        import kraken from './js/kraken.js';
        class Watched extends kraken {
            set timeout (value) { this.seen = value; }
            get timeout () { return this.seen; }
        }
        const config = { 'timeout': 1234, 'options': { 'mine': 1 }, 'api': { 'extra': { 'get': [ 'ping' ] } } };
        const exchange = new Watched (config);
        // what Object.assign gave: the defaults' keys, then describe ()'s and the config's, then the implicit methods
        const plain = new kraken (config);
        const expected = Object.keys (Object.assign ({}, plain.instanceDefaults (), plain.deepExtend (plain.describe (), config)));
        const keys = Object.keys (exchange);
        console.log (JSON.stringify ({
            'setter': [ Object.hasOwn (exchange, 'timeout'), exchange.seen, exchange.timeout ],
            'order': keys.filter ((key) => typeof exchange[key] !== 'function')
                .join () === expected.map ((key) => (key === 'timeout') ? 'seen' : key).join (), // (the setter's own key)
            'methods': keys.indexOf ('extraGetPing') > keys.indexOf ('options'),
            'descriptor': Object.getOwnPropertyDescriptor (exchange, 'options'),
            'options': exchange.options['mine'],
            'writable': (() => { exchange.rateLimit = 7; return exchange.rateLimit; }) (),
        }));
    """)
    # the subclass's setter took the config's timeout, which is no own property of the instance
    assert report["setter"] == [False, 1234, 1234]
    assert report["order"] is True and report["methods"] is True
    descriptor = report["descriptor"]
    assert (descriptor["writable"], descriptor["enumerable"], descriptor["configurable"]) == (True, True, True)
    assert report["options"] == 1 and report["writable"] == 7
