"""An error class held as a value cannot tell the runtimes apart (red-team round 16).

An error class as a value is a class in Node, a type in Python and, in PHP, the class's name: a string there in every
way. The file below passed `exkit check` and, in its run (), returned [false, false, true, true] in Node, [false, true,
true, true] in Python and [true, false, false, true] in PHP: `typeof cls === 'string'` chose another path in PHP,
`typeof cls === 'object'` another in Python, `this.safeString (map, 'x')` was the class's name in PHP alone, and the
same held for a class read back from `this.exceptions` or from a describe () that copied its exceptions map under
'options'. SUB-B014 keeps error classes where the base class takes them: thrown, compared with instanceof, written in
describe ()'s exceptions maps (read only by throwExactlyMatchedException and throwBroadlyMatchedException) and passed
to rejectUpdate.
"""

from __future__ import annotations

import pytest

from tests.checking import check_text, rules_of

HEADER = """import Exchange from './base/Exchange.js';
import { BadRequest, ExchangeError } from './base/errors.js';

export default class example extends Exchange {
"""

CLASS_AS_A_VALUE = HEADER + """    pick (value) {
        return value;
    }

    run () {
        const holder = this.pick ({ 'x': ExchangeError });
        const cls = holder['x'];
        return [ typeof cls === 'string', typeof cls === 'object', this.safeString (holder, 'x') === undefined,
            cls === ExchangeError ];
    }
}
"""

# Each a way to an error class as a value that exchange code can look at.
SOURCES = {
    "method-literal": "run () {\n    return { 'x': ExchangeError };\n}",
    "argument": "pick (value) {\n    return value;\n}\nrun () {\n    return this.pick (BadRequest);\n}",
    "comparison": "run (value) {\n    return value === BadRequest;\n}",
    "exceptions-read": "run () {\n    return this.safeValue (this.exceptions['exact'], '1001');\n}",
    "http-exceptions-read": "run () {\n    const map = this.httpExceptions;\n    return map;\n}",
    "describe-call": "run () {\n    return this.describe ()['exceptions'];\n}",
    "describe-options": "describe () {\n    const parent = super.describe ();\n    return this.deepExtend (parent, "
                        "{ 'id': 'example', 'options': { 'all': parent } });\n}",
    "describe-options-map": "describe () {\n    const parent = super.describe ();\n    return this.deepExtend (parent, "
                            "{ 'id': 'example', 'options': { 'exact': parent['exceptions'] } });\n}",
    "describe-options-class": "describe () {\n    return this.deepExtend (super.describe (), { 'id': 'example', "
                              "'options': { 'error': BadRequest } });\n}",
}

ALLOWED = HEADER + """    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'example',
            'exceptions': { 'exact': { '1001': BadRequest }, 'broad': { 'closed': ExchangeError } },
        });
    }

    handleErrors (status, reason, url, method, responseHeaders, responseBody, response, requestHeaders, requestBody) {
        const code = this.safeString (response, 'code');
        this.throwExactlyMatchedException (this.exceptions['exact'], code, reason);
        this.throwBroadlyMatchedException (this.exceptions['broad'], reason, reason);
        return undefined;
    }

    handleRefusal (url, message) {
        try {
            throw new BadRequest ('x');
        } catch (e) {
            if (!(e instanceof BadRequest)) {
                throw e;
            }
            this.rejectUpdate (url, undefined, BadRequest, 'refused');
        }
        return undefined;
    }
}
"""


def test_a_class_held_as_a_value_is_refused():
    assert "SUB-B014" in rules_of(CLASS_AS_A_VALUE)


@pytest.mark.parametrize("name", sorted(SOURCES))
def test_no_way_to_an_error_class_as_a_value(name):
    members = "\n".join("    " + line for line in SOURCES[name].split("\n"))
    assert "SUB-B014" in rules_of(HEADER + members + "\n}\n")


def test_where_the_base_class_takes_error_classes_stays_allowed():
    assert check_text(ALLOWED) == []
