"""A variable cannot take the name of a global or an import (red-team round 16).

The checker and the emitters took `NaN`, `Infinity` and `undefined` for the globals wherever they were written, but
JavaScript lets a local, a parameter, a catch or a loop variable of a method hide them. SUB-B004 lets a bracket read
through with a key the type inference proves a number, and `NaN` was one: `const NaN = 'constructor';` made
`list[NaN]` Array's constructor in Node and `list[NaN][NaN]` Function. The subset calls the string and array
members of any value, which in Node are a dictionary's own members too, so `{ 'replace': Function }.replace ('a',
'return process')` made a function of a string of the file's and `{ 'includes': made }.includes (1)` ran it: the file
below, which `exkit check` passed, read `process.version` and the count of `process.env` in Node (Python and PHP
failed the call). `const undefined = 5;` made `x === undefined` true for 5 in Node and false in Python and PHP, which
compare with None and null; `undefined` as a name is also read as holding no list by SUB-D007's alias analysis.
"""

from __future__ import annotations

import pytest

from tests.checking import check_text, rules_of

HEADER = """import Exchange from './base/Exchange.js';
import { ExchangeError } from './base/errors.js';
import Precise from './base/Precise.js';

export default class example extends Exchange {
"""

# Passed `exkit check` before, and ran a text of the file's as code in Node.
FUNCTION_FROM_A_NUMBER = HEADER + """    run () {
        const NaN = 'constructor';
        const list = [ 1, 2 ];
        const functionClass = list[NaN][NaN];
        const maker = { 'replace': functionClass };
        const made = maker.replace ('unused', 'return process.version + " " + Object.keys (process.env).length');
        const runner = { 'includes': made };
        return runner.includes (1);
    }
}
"""

HIDING_METHODS = {
    "local": "run () {\n    const NaN = 'constructor';\n    return [ 1 ][NaN];\n}",
    "parameter": "run (Infinity = 'constructor') {\n    return [ 1 ][Infinity];\n}",
    "catch-variable": "run () {\n    try {\n        return 1;\n    } catch (NaN) {\n        this.rethrowUncaught (NaN);"
                      "\n        return [ 1 ][NaN];\n    }\n}",
    "loop-variable": "run (keys) {\n    const found = [];\n    for (const Infinity of keys) {\n"
                     "        found.push ([ 1 ][Infinity]);\n    }\n    return found;\n}",
    # (Node: true for 5; Python and PHP compare with None and null: false)
    "undefined": "run (x) {\n    const undefined = 5;\n    return x === undefined;\n}",
    "namespace": "run () {\n    const Number = { 'MAX_SAFE_INTEGER': 'constructor' };\n    return Number['MAX_SAFE_INTEGER'];\n}",
    "imported-class": "run () {\n    const Precise = {};\n    return Precise;\n}",
    "imported-error": "run () {\n    const ExchangeError = 1;\n    return ExchangeError;\n}",
}


def test_a_function_made_from_a_number_named_variable_is_refused():
    assert "SUB-B013" in rules_of(FUNCTION_FROM_A_NUMBER)


@pytest.mark.parametrize("name", sorted(HIDING_METHODS))
def test_no_variable_hides_a_global_or_an_import(name):
    members = "\n".join("    " + line for line in HIDING_METHODS[name].split("\n"))
    assert "SUB-B013" in rules_of(HEADER + members + "\n}\n")


def test_names_of_their_own_stay_allowed():
    members = ("    run (infinity = 'x') {\n        const nan = 'constructor';\n        const notDefined = undefined;\n"
               "        const precise = Precise.stringAdd ('1', '2');\n        if (precise === nan) {\n"
               "            throw new ExchangeError ('x');\n        }\n"
               "        return [ infinity, nan, notDefined, precise, NaN, Infinity ];\n    }\n")
    assert check_text(HEADER + members + "}\n") == []
