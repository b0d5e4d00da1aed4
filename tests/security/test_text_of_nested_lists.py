"""Lists nested thousands deep written out as text (red-team round 14).

`'' + list`, a template literal, `join`, `String`, `toString`, a key, a comparison with a text, `parseFloat`, `x * 1`,
`sort` and a text's `includes` all write a list out as text, recursing into the lists it holds. Measured on lists that
exchange code nests with `x = [ x ]` in a loop, each form inside a catch clause:

- Node wrote the text up to a depth that depends on what its stack holds (3,000 levels here, not 4,000) and beyond threw
  a RangeError ("Maximum call stack size exceeded"), which the catch clause saw;
- Python recursed three frames a level and failed from about 340 levels (a RecursionError, no catch sees it), below
  the 512 levels that a response may nest: `'' + response` failed in Python alone;
- PHP wrote 1,000 levels and refused more (Unportable, no catch sees it).

Now Python writes lists level by level, in a loop, as PHP does: 1,000 levels and Unportable beyond (the text of a
response, 512 levels at most, is written alike everywhere). And a catch clause opens with what lets only the unified
errors pass (SUB-T007), or with `this.rethrowUncaught (e)`, which rethrows Node's stack overflow, so that no catch clause
takes a path in Node that the other runtimes cannot take; finally blocks, which could turn such an error into a return
or a unified error, are refused (SUB-T008). Between 1,001 levels and Node's stack Node still writes the text where
Python and PHP fail the call (uncaught): a failure, never another path.
"""

from __future__ import annotations

import pytest

from tests.emit.compiled import run_everywhere
from transpiler.emit.result import CompileError
from transpiler.emit.compile import compile_source
from transpiler.source import SourceFile

FORMS = {
    "plus": "'' + x",
    "template": "`${x}`",
    "join": "x.join (',')",
    "to_string": "x.toString ()",
    "key": "this.keyed (x)",
    "less": "(x < 'a') ? 'lt' : 'ge'",
    "parse_float": "parseFloat (x)",
    "product": "x * 1",
    "sort": "[ x, [ 1 ] ].sort ()",
    "includes": "'abc'.includes (x)",
}

SOURCE = """import Exchange from './base/Exchange.js';
import { BadRequest } from './base/errors.js';

export default class %(name)s extends Exchange {
    pick (value) {
        return value;
    }

    keyed (k) {
        const o = {};
        o[k] = 1;
        return Object.keys (o)[0].length;
    }

    run () {
        let x = [ 1 ];
        for (let i = 1; i < this.pick (%(depth)d); i++) {
            x = [ x ];
        }
        let side = 'buy';
        try {
            const text = %(form)s;
        } catch (e) {
            %(guard)s
            side = 'sell';
        }
        return side;
    }
}
"""

RUNTIMES = ("node", "python", "python-async", "php")
GUARDS = {"guard": "this.rethrowUncaught (e);", "test": "if (!(e instanceof BadRequest)) {\n                throw e;\n            }"}


def source(name: str, depth: int, form: str, guard: str = "guard") -> str:
    return SOURCE % {"name": name, "depth": depth, "form": FORMS[form], "guard": GUARDS[guard]}


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    sources = {}
    for form in FORMS:
        for depth in (400, 1000, 1001, 6000):
            sources[f"{form}_{depth}"] = source(f"{form}_{depth}", depth, form)
    sources["plus_6000_test"] = source("plus_6000_test", 6000, "plus", "test")
    return run_everywhere(str(tmp_path_factory.mktemp("nested-text")), sources)


@pytest.mark.parametrize("form", sorted(FORMS))
def test_a_response_deep_list_is_text_in_every_runtime(runs, form):
    # 400 levels: within the 512 that a response may nest (Python failed from about 340)
    for runtime in RUNTIMES:
        assert runs.results[runtime][f"{form}_400"] == {"result": "buy"}, runtime
        assert runs.results[runtime][f"{form}_1000"] == {"result": "buy"}, runtime


@pytest.mark.parametrize("form", sorted(FORMS))
def test_deeper_lists_fail_the_call_and_no_catch_clause_sees_it(runs, form):
    for runtime in ("python", "python-async", "php"):
        assert runs.results[runtime][f"{form}_1001"] == {"error": "native"}, runtime
    # (Node writes 1,001 levels: a failure of Python and PHP alone, never a path of its own)
    assert runs.results["node"][f"{form}_1001"] == {"result": "buy"}
    for runtime in RUNTIMES:
        # (before: 'sell' in Node, whose catch clause saw the end of its stack)
        assert runs.results[runtime][f"{form}_6000"] == {"error": "native"}, runtime
    for runtime in RUNTIMES:
        assert runs.results[runtime]["plus_6000_test"] == {"error": "native"}, runtime


def _findings(text: str) -> set[str]:
    try:
        compile_source(SourceFile("js/caught.js", text), formatted=False)
    except CompileError as error:
        return {finding.rule for finding in error.diagnostics}
    return set()


CATCH_ALL = SOURCE.replace("            %(guard)s\n", "") % {"name": "caught", "depth": 6000, "form": "'' + x"}
FINALLY = CATCH_ALL.replace("} catch (e) {\n            side = 'sell';\n        }",
                            "} finally {\n            if (side === 'buy') {\n                return 'sell';\n            }\n"
                            "        }")


def test_a_catch_clause_that_handles_any_error_is_refused():
    assert "catch (e) {\n            side = 'sell';" in CATCH_ALL
    assert _findings(CATCH_ALL) == {"SUB-T007"}


def test_a_finally_block_is_refused():
    assert "finally" in FINALLY
    assert _findings(FINALLY) == {"SUB-T008"}


# Measured before SUB-T008 on a key that is no index (Python's and PHP's Unportable, which no catch clause sees): the
# finally block turned it into an ExchangeError that the caller's catch clause handled, 'sell' in Python and PHP and
# 'buy' in Node (and so for lists nested 2,000 deep written out as text).
LAUNDERED = """import Exchange from './base/Exchange.js';
import { ExchangeError } from './base/errors.js';

export default class caught extends Exchange {
    pick (value) {
        return value;
    }

    attempt () {
        let done = false;
        try {
            const list = [ 'a' ];
            list[this.pick (-1)] = 'x';
            done = true;
        } finally {
            if (!done) {
                throw new ExchangeError ('not done');
            }
        }
        return 'buy';
    }

    run () {
        try {
            return this.attempt ();
        } catch (e) {
            this.rethrowUncaught (e);
            if (e instanceof ExchangeError) {
                return 'sell';
            }
            throw e;
        }
    }
}
"""


def test_a_finally_block_cannot_turn_an_uncaught_error_into_a_caught_one():
    assert _findings(LAUNDERED) == {"SUB-T008"}
