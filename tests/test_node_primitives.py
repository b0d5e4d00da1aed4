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
