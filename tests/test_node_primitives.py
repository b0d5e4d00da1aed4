"""Node's native primitives (js/base/Primitives.js) against their specification (js/base/Exchange.js).

Node runs a native version of the hottest primitives, put in place of the specification's on the base class when the
first exchange is constructed; the specification stays the contract. Both are held to the shared vectors
(tests/test_base_vectors.py runs Node both ways: js and js-specification); here they are compared call by call on
generated and hostile values (tests/runners/primitives_node.mjs: own keys such as __proto__ and constructor, texts that
are almost decimals, numbers past 2^53 and 22 decimals, Object.prototype given enumerable keys, lists with holes), and
the layer is checked to be what the names say: only sealed primitives, each one installed.
"""

from __future__ import annotations

import json
import os
import subprocess

import pytest

from transpiler.names import NATIVE_PRIMITIVES, is_sealed

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RUNNER = os.path.join(ROOT, "tests", "runners", "primitives_node.mjs")


def node(script: str, stdin: str = "") -> str:
    completed = subprocess.run(["node", "--input-type=module", "-e", script] if script else ["node", RUNNER],
                               input=stdin, capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert completed.returncode == 0, completed.stderr[-3000:]
    return completed.stdout.strip().split("\n")[-1]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_native_primitives_give_what_the_specification_gives(seed):
    report = json.loads(node("", json.dumps({"seed": seed, "calls": 150, "numbers": 100000})))
    assert report["untested"] == []
    assert report["calls"] > 100000
    assert report["mismatches"] == [], json.dumps(report["mismatches"][:3], indent=1)


def test_the_layer_replaces_only_sealed_primitives_and_keeps_the_specification():
    report = json.loads(node("""
        import Exchange from './js/base/Exchange.js';
        import { NATIVE_PRIMITIVES, specification } from './js/base/Primitives.js';
        const before = Object.fromEntries (NATIVE_PRIMITIVES.map ((name) => [ name, Exchange.prototype[name] ]));
        const Specified = specification (Exchange);
        new Exchange ();
        console.log (JSON.stringify ({
            'names': NATIVE_PRIMITIVES,
            'replaced': NATIVE_PRIMITIVES.filter ((name) => Exchange.prototype[name] !== before[name]),
            'specified': NATIVE_PRIMITIVES.filter ((name) => Specified.prototype[name] === before[name]),
            'enumerable': NATIVE_PRIMITIVES.filter ((name) => Object.getOwnPropertyDescriptor (Exchange.prototype, name).enumerable),
        }));
    """))
    names = report["names"]
    assert names and set(names) <= NATIVE_PRIMITIVES, set(names) - NATIVE_PRIMITIVES
    assert all(is_sealed(name) for name in names)
    assert report["replaced"] == names  # the first construction installed every one
    assert report["specified"] == names  # and the specification's are still run, by specification ()
    assert report["enumerable"] == []  # (a class method's attributes)


def test_the_specification_of_each_native_primitive_is_in_the_subset_source():
    source = open(os.path.join(ROOT, "js", "base", "Exchange.js"), encoding="utf-8").read()
    names = json.loads(node("import { NATIVE_PRIMITIVES } from './js/base/Primitives.js'; "
                            "console.log (JSON.stringify (NATIVE_PRIMITIVES));"))
    assert [name for name in names if f"\n    {name} (" not in source] == []


def test_parse_json_reads_as_its_separate_walks_did():
    # parseJson measures the depth, refuses a toString or valueOf key and makes nulls undefined in one walk, with
    # for...in sites of its own for the outer levels: the same values as the walks before it (the depth, the keys,
    # then nullsToUndefined over Object.keys), on generated responses with nulls at every level, big dictionaries,
    # nesting around the bound (512), and the two keys at every level, escaped or not.
    report = json.loads(node("""
        import Exchange from './js/base/Exchange.js';
        const exchange = new Exchange ();
        function deeper (value, levels) {
            if ((value === null) || (typeof value !== 'object')) { return false; }
            if (levels === 0) { return true; }
            const items = Array.isArray (value) ? value : Object.values (value);
            return items.some ((item) => deeper (item, levels - 1));
        }
        function nullsToUndefined (value) {
            const keys = Array.isArray (value) ? value.map ((_, i) => i) : Object.keys (value);
            for (const key of keys) {
                if (value[key] === null) { value[key] = undefined; } else if (typeof value[key] === 'object') { nullsToUndefined (value[key]); }
            }
        }
        function conversionKey (value) {
            if ((value === null) || (typeof value !== 'object')) { return false; }
            if (!Array.isArray (value) && Object.keys (value).some ((key) => (key === 'toString') || (key === 'valueOf'))) { return true; }
            return Object.values (value).some (conversionKey);
        }
        function reference (text) {
            const value = JSON.parse (text);
            if ((value === null) || deeper (value, 512) || conversionKey (value)) { return undefined; }
            if (typeof value === 'object') { nullsToUndefined (value); }
            return value;
        }
        const printed = (value) => JSON.stringify (value, (key, item) => ((item === undefined) ? '$undefined' : item));
        let state = 7;
        const random = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
        const value = (depth) => {
            const kind = Math.floor (random () * 6);
            if ((depth > 4) || (kind < 2)) { return [ null, 1, 'x', true, 2.5 ][Math.floor (random () * 5)]; }
            if (kind < 4) { return Array.from ({ 'length': Math.floor (random () * 4) }, () => value (depth + 1)); }
            const result = {};
            const count = (depth === 1 && random () < 0.3) ? 3000 : Math.floor (random () * 4);
            const names = [ 'k', 'k', 'k', 'k', 'k', 'k', 'toString', 'valueOf', 'tostring', 'value' ];
            for (let i = 0; i < count; i++) { result[(random () < 0.001) ? names[Math.floor (random () * 10)] : 'k' + i] = value (depth + 1); }
            return result;
        };
        const texts = [ 'null', '[null]', '{"a": null}', '"null"', '5', '[]', '{}', '{"toString": 1}', '{"a": [{"valueOf": null}]}',
            '{"\\u0074oString": "x"}', '[{"a": {"b": {"c": {"toString": {}}}}}]', '["toString", "valueOf"]', '{"toString ": 1}' ];
        for (let i = 0; i < 300; i++) { texts.push (JSON.stringify (value (0))); }
        for (const depth of [ 510, 511, 512, 513, 600 ]) {
            texts.push ('['.repeat (depth) + 'null' + ']'.repeat (depth));
            texts.push ('{"a":'.repeat (depth) + 'null' + '}'.repeat (depth));
            texts.push ('{"r":{' + Array.from ({ 'length': 50 }, (_, i) => '"k' + i + '":' + ((i === 7) ? '['.repeat (depth - 2) + 'null' + ']'.repeat (depth - 2) : '{"n":null}')).join (',') + '}}');
            // (a list held by a dictionary below the outer levels, as kraken's markets hold theirs)
            texts.push ('{"r":{"k":{"x":' + '['.repeat (depth - 3) + 'null' + ']'.repeat (depth - 3) + ',"y":[null,{"z":null}]}}}');
            texts.push ('{"r":{"k":' + '['.repeat (depth - 4) + '{"x":[null],"y":null}' + ']'.repeat (depth - 4) + '}}');
        }
        const differing = texts.filter ((text) => printed (exchange.parseJson (text)) !== printed (reference (text)));
        const refused = texts.filter ((text) => exchange.parseJson (text) === undefined).length;
        console.log (JSON.stringify ({ 'texts': texts.length, 'refused': refused, 'differing': differing.map ((text) => text.slice (0, 200)) }));
    """))
    assert report["texts"] > 300 and report["refused"] > 10  # (some of them for a conversion key)
    assert report["differing"] == []


def test_parse_json_and_json_walk_own_keys_where_the_prototype_has_an_enumerable_object():
    # for...in lists the keys an object inherits after its own: the walk of a parsed response (depth, nulls) and of a
    # written value stops at the first inherited one. Else a host's object on Object.prototype was walked in every
    # object of a response: its nulls made undefined in place, and one nested deep enough refused every response.
    report = json.loads(node("""
        import Exchange from './js/base/Exchange.js';
        const exchange = new Exchange ();
        const host = { 'a': null };
        let deep = 1;
        for (let i = 0; i < 600; i++) {
            deep = [ deep ];
        }
        const read = {};
        try {
            Object.prototype.hostOption = host;
            const parsed = exchange.parseJson ('{"b":1,"c":null,"d":[null,{"e":null}]}');
            read['parsed'] = [ Object.keys (parsed), parsed['c'], parsed['d'][0], parsed['d'][1]['e'] ];
            read['host'] = Object.getOwnPropertyDescriptor (host, 'a').value;
            Object.prototype.hostOption = deep;
            read['deep'] = exchange.parseJson ('{"b":{"c":1}}');
            read['written'] = exchange.json ({ 'b': { 'c': 1 } });
        } finally {
            delete Object.prototype.hostOption;
        }
        console.log (JSON.stringify (read, (key, item) => ((item === undefined) ? '$undefined' : item)));
    """))
    assert report == {"parsed": [["b", "c", "d"], "$undefined", "$undefined", "$undefined"], "host": None,
                      "deep": {"b": {"c": 1}}, "written": '{"b":{"c":1}}'}


def test_safe_market_structure_reads_own_keys_where_the_prototype_has_the_same_names():
    # The native method reads a market's keys, and those of its precision, limits and bounds, by for...in, which lists
    # an inherited enumerable key after the own ones: a market whose plan (the last market's keys) named a key that it
    # only inherits, or whose precision inherits one of the names it reads, is the specification's market all the same.
    report = json.loads(node("""
        import Exchange from './js/base/Exchange.js';
        import { specification } from './js/base/Primitives.js';
        const native = new Exchange ();
        const specified = new (specification (Exchange)) ();
        const printed = (value) => JSON.stringify (value, (key, item) => ((item === undefined) ? '$undefined' : item));
        const markets = [
            { 'id': 'a', 'symbol': 'A/B', 'precision': { 'amount': 1, 'price': 2 }, 'limits': { 'amount': { 'min': 1 }, 'cost': { 'max': 3 } } },
            { 'id': 'a', 'symbol': 'A/B', 'precision': { 'price': 2 }, 'limits': { 'price': { 'max': 1 } }, 'extra': 5 },
            { 'id': 'a', 'symbol': 'A/B', 'precision': { 'price': 2 }, 'limits': { 'price': { 'max': 1 } } },
            { 'id': 'a', 'symbol': 'A/B', 'type': 'swap' },
            { 'id': 'a', 'symbol': 'A/B' },
            { 'id': 'b', 'precision': {}, 'limits': {} },
            { 'id': 'b', 'precision': [], 'limits': [] },
        ];
        const differing = [];
        let calls = 0;
        for (const inherited of [ {}, { 'extra': 1 }, { 'type': 'future' }, { 'amount': 7 }, { 'min': 9, 'max': 8 }, { 'price': 3, 'cost': { 'min': 4 } } ]) {
            Object.assign (Object.prototype, inherited);
            try {
                for (let round = 0; round < 2; round++) { // in order, so that each market meets the last one's plan
                    for (const market of markets) {
                        calls++;
                        const ours = printed (native.safeMarketStructure (market));
                        const theirs = printed (specified.safeMarketStructure (market));
                        if (ours !== theirs) {
                            differing.push ([ printed (inherited), printed (market), ours, theirs ]);
                        }
                    }
                }
            } finally {
                for (const name of Object.keys (inherited)) {
                    delete Object.prototype[name];
                }
            }
        }
        console.log (JSON.stringify ({ 'calls': calls, 'differing': differing.slice (0, 3) }));
    """))
    assert report["calls"] == 84
    assert report["differing"] == [], report["differing"]
