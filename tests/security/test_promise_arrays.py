"""An array of promises is read by Promise.all only (red-team round 17).

SUB-A002 lets a call of an async method go unawaited when it is pushed onto an array that Promise.all receives, and
nothing held the array itself: it holds promises in Node, coroutines in asyncio and the calls' values in synchronous
Python and PHP, which make the calls one after the other. Measured before SUB-A004 on `const pending = [];
pending.push (this.one ()); const copy = pending.slice (); await Promise.all (pending); return '' + copy;` (one ()
returns 1), which `exkit check` passed: '[object Promise]' in Node, '[object Object]' in asyncio and '1' in Python and
PHP, three paths for a file to choose among. A method that fills a list of its caller's (a parameter) with promises
let the caller read them too.
"""

from __future__ import annotations

import pytest

from tests.checking import check_text, rules_of

HEADER = """import Exchange from './base/Exchange.js';

export default class example extends Exchange {
    async one () {
        return 1;
    }

"""

READS = {
    "text": "const r = await Promise.all (pending);\n        return '' + pending;",
    "slice": "const copy = pending.slice ();\n        await Promise.all (pending);\n        return copy;",
    "safeValue": "const r = await Promise.all (pending);\n        return this.safeValue (pending, 0);",
    "returned": "const r = await Promise.all (pending);\n        return pending;",
    "in a dictionary": "const d = { 'p': pending };\n        await Promise.all (pending);\n        return d;",
    "reassigned": "const r = await Promise.all (pending);\n        pending = [];\n        return r;",
}


@pytest.mark.parametrize("name", sorted(READS))
def test_an_array_of_promises_is_not_read(name):
    method = "    async run () {\n        let pending = [];\n        pending.push (this.one ());\n        " \
             + READS[name] + "\n    }\n}\n"
    assert "SUB-A004" in rules_of(HEADER + method)


def test_a_callers_list_is_not_filled_with_promises():
    method = "    async run (given) {\n        given.push (this.one ());\n        return await Promise.all (given);\n    }\n}\n"
    assert "SUB-A004" in rules_of(HEADER + method)


def test_an_array_of_the_methods_own_read_by_promise_all_stays_allowed():
    method = ("    async run () {\n        const pending = [];\n        for (let i = 0; i < 3; i++) {\n"
              "            pending.push (this.one ());\n        }\n        const values = await Promise.all (pending);\n"
              "        return [ values, values.length ];\n    }\n}\n")
    assert check_text(HEADER + method) == []
