"""A made error is thrown where it is made (red-team round 17).

Round 16's SUB-T009 kept a caught error to `throw e`, `instanceof` and this.rethrowUncaught, but an error made with
`new` and kept as a value is the same object, and `exkit check` passed it. Measured on the file below before SUB-B015:
Node returned ['boom', 'ExchangeError'] where Python (sync and asyncio) and PHP failed the call with a native error;
`'' + [ e ]` was 'ExchangeError: boom' in Node and '[object Object]' in the others (a path of the file's in each);
`this.json ({ 'e': e })` was '{"e":{"name":"ExchangeError"}}' in Node alone; and `this.safeString ({ 'e': e }['e'],
'stack')` gave Node's stack trace, with the path of the exchange's file on the user's machine
('at stackleak.run (file:///tmp/.../stackleak.js:6:19)'), which a request could carry away.
"""

from __future__ import annotations

import pytest

from tests.checking import check_text, rules_of

HEADER = """import Exchange from './base/Exchange.js';
import { BadRequest, ExchangeError } from './base/errors.js';

export default class example extends Exchange {
"""

KEPT = {
    "local": "const e = new ExchangeError ('boom');\n        return [ e['message'], e['name'] ];",
    "text": "return '' + [ new BadRequest ('boom') ];",
    "dictionary": "return this.json ({ 'e': new ExchangeError ('boom') });",
    "stack": "const d = { 'e': new ExchangeError ('boom') };\n        return this.safeString (d['e'], 'stack');",
    "message": "throw new BadRequest ('text: ' + new ExchangeError ('inner'));",
}


@pytest.mark.parametrize("name", sorted(KEPT))
def test_an_error_kept_as_a_value_is_refused(name):
    assert "SUB-B015" in rules_of(HEADER + "    run () {\n        " + KEPT[name] + "\n    }\n}\n")


def test_an_error_made_where_it_is_thrown_stays_allowed():
    method = ("    run (symbol) {\n        if (symbol === undefined) {\n"
              "            throw new BadRequest ('symbol ' + symbol);\n        }\n"
              "        throw new ExchangeError (this.id + ' run');\n    }\n")
    assert check_text(HEADER + method + "}\n") == []
