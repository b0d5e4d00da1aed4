"""A list or a dictionary becomes a key or a text as JavaScript makes it, in every runtime (red-team round 17).

A key is a string in JavaScript: a list as a key is its text (`[ 1 ]` is '1', the element of index 1 of a list),
and a dictionary's text calls its toString, which a dictionary's own key of that name (a response's {"toString": 1},
or a key the file writes) hides with a value that is no function: a TypeError, which a catch clause sees. Measured
before the fix: `this.safeValue ([ 'a', 'b' ], [ 1 ])` (and safeString, safeString2, safeValueN) was 'b' in Node and
undefined in Python and PHP; `list[[ 1 ]] = 'x'` wrote element 1 in Node and PHP and failed the call in Python
(Unportable); `'' + value`, `[ value ].join (',')`, `value < 1`, a template, `value * 1` and parseFloat of
{"toString": 1} threw the TypeError in Node and wrote '[object Object]' (or compared false, or NaN) in Python and PHP,
as did `this.safeValue (dictionary, value)` and a write with it as the key, which PHP made '[object Object]'.
A response that holds such a key is refused since (tests/security/test_hostile_responses.py): the dictionaries here
are the file's own.
"""

from __future__ import annotations

import pytest

from tests.emit.compiled import RUNTIMES, run_everywhere

ATTEMPTS = {
    "list key read": "this.safeValue ([ 'a', 'b' ], [ 1 ])",
    "nested list key read": "this.safeValueN ([ 'a', 'b' ], [ [ [ 1 ] ] ])",
    "list key string": "this.safeString ([ 'a', 'b' ], [ 1 ])",
    "list key write": "this.written (this.pick ([ 'a', 'b' ]), [ 0 ])",
    # (an element of a list deleted fails the call in Python and PHP: tests/security/test_list_holes.py)
    "list key delete": "this.deleted (this.pick ({ '1': 'a', 'b': 2 }), [ 1 ])",
    "text": "'' + this.keyed ([ 'toString' ])",
    "join": "[ this.keyed ([ 'toString' ]) ].join (',')",
    "template": "`${this.keyed ([ 'toString' ])}`",
    "comparison": "this.keyed ([ 'toString' ]) < 1",
    "number": "this.keyed ([ 'toString', 'valueOf' ]) * 1",
    "parseFloat": "parseFloat (this.keyed ([ 'toString' ]))",
    "written key": "'' + this.written ({}, 'toString')",
    "dictionary key read": "this.safeValue ({ 'a': 1 }, this.keyed ([ 'toString' ]))",
    "list read by dictionary key": "this.safeValue ([ 1 ], this.keyed ([ 'toString' ]))",
    "dictionary key write": "this.written ({ 'a': 1 }, this.keyed ([ 'toString' ]))",
    "plain dictionary": "'' + this.keyed ([ 'valueOf' ])",
}
EXPECTED = {"list key read": "b", "nested list key read": "b", "list key string": "b", "list key write": ["x", "b"],
            "list key delete": {"b": 2}, "plain dictionary": "[object Object]"}

SOURCE = """import Exchange from './base/Exchange.js';

export default class object_keys_and_texts extends Exchange {
    pick (value) {
        return value;
    }

    written (container, key) {
        container[key] = 'x';
        return container;
    }

    keyed (names) {
        const keyed = {};
        for (let i = 0; i < names.length; i++) {
            keyed[names[i]] = 1;
        }
        return keyed;
    }

    deleted (container, key) {
        delete container[key];
        return container;
    }
%(methods)s
    run () {
        return [ %(calls)s ];
    }
}
"""

METHOD = """
    attempt%(index)d () {
        try {
            return %(expression)s;
        } catch (e) {
            this.rethrowUncaught (e);
            return 'caught';
        }
    }
"""


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    names = list(ATTEMPTS)
    methods = "".join(METHOD % {"index": index, "expression": ATTEMPTS[name]} for index, name in enumerate(names))
    calls = ", ".join(f"this.attempt{index} ()" for index in range(len(names)))
    results = run_everywhere(str(tmp_path_factory.mktemp("conversions")),
                             {"object_keys_and_texts": SOURCE % {"methods": methods, "calls": calls}}).results
    return {runtime: dict(zip(names, results[runtime]["object_keys_and_texts"]["result"]))
            for runtime in ("node",) + RUNTIMES}


@pytest.mark.parametrize("runtime", ("node",) + RUNTIMES)
@pytest.mark.parametrize("name", sorted(ATTEMPTS))
def test_a_key_or_a_text_of_a_list_or_a_dictionary_is_javascripts(runs, runtime, name):
    assert runs[runtime][name] == EXPECTED.get(name, "caught")
