"""A caught error cannot tell the runtimes apart (red-team round 16).

A caught error is an Error object in Node and an exception without keys in Python and PHP. Measured on the file below
(32 reads, each inside a try whose catch clause opens with this.rethrowUncaught, which the checker accepted): Node
read 20 of them (`e['message']` was 'boom'; `e['name']`, `e['stack']`, `this.safeString (e, 'message')`, `Object.keys
(e)`, `this.json (e)`, `this.isEmpty (e)`, `this.indexBy ([ e ], 'name')`, ...) where Python (sync and asyncio) and PHP
raised a native error that the inner catch clause saw ('caught' there, the value in Node); `'' + e` was 'BadRequest:
boom' in Node and '[object Object]' in the others, `this.extend ({}, e)` and `this.omit (e, 'x')` { name: 'BadRequest' }
in Node and {} (PHP []) in the others. SUB-T009 keeps a caught error to `throw e`, `e instanceof ErrorClass` and
`this.rethrowUncaught (e)`.
"""

from __future__ import annotations

import pytest

from tests.checking import check_text

HEADER = """import Exchange from './base/Exchange.js';
import { BadRequest, ExchangeError } from './base/errors.js';

export default class example extends Exchange {
    fail () {
        throw new BadRequest ('boom');
    }

"""

READ_IN_A_CATCH = HEADER + """    run () {
        try {
            this.fail ();
        } catch (e) {
            if (!(e instanceof BadRequest)) {
                throw e;
            }
            try {
                return %s;
            } catch (f) {
                this.rethrowUncaught (f);
                return 'caught';
            }
        }
        return 'none';
    }
}
"""

READS = ["e['message']", "'' + e", "this.safeString (e, 'message')", "Object.keys (e)", "this.json (e)",
         "this.extend ({}, e)", "this.isEmpty (e)", "[ e ]", "e ? 1 : 0", "e === e"]

PASSED_ON = HEADER + """    run () {
        try {
            this.fail ();
        } catch (e) {
            this.rethrowUncaught (e);
            if (e instanceof BadRequest) {
                return 'bad request';
            }
            throw e;
        }
        return 'none';
    }
}
"""


@pytest.mark.parametrize("read", READS)
def test_a_caught_error_is_not_read(read):
    assert "SUB-T009" in {diagnostic.rule for diagnostic in check_text(READ_IN_A_CATCH % read)}


def test_a_caught_error_is_passed_on():
    assert check_text(PASSED_ON) == []
