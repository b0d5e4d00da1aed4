"""The helpers that encode texts and bytes read the same arguments in every runtime (red-team round 18).

`encode`, `stringToBase64` and `crc32` read a string; `decode`, `binaryToBase64`, `binaryToBase16`, `base64urlencode`
and `binaryConcat` bytes or a string's UTF-8, as `hash` and `hmac` do. Each runtime read other values its own way: Node's
Buffer.from took a list for its bytes and threw a TypeError for a number or a boolean, PHP's parameters typed string
took a number or a boolean as its text (PHP's coercion), and Python failed a string where Node and PHP read its UTF-8.
Measured before the fix, each call inside a catch clause, on 5, undefined, true, [ 1, 2 ], { 'a': 1 }, '', -0 and 1.5:
`this.crc32 (5)` was caught in Node and Python and 2226203566 in PHP; `this.crc32 ([ 1, 2 ])` was 3066839698 in Node
and caught in Python and PHP; `this.stringToBase64 (true)` 'MQ==' in PHP alone; `this.base64urlencode ('')` '' in Node
and PHP and caught in Python; and `this.safeCurrencyCode (5)` '5' in PHP alone (its safeCurrency upper-cased the
number's text), so a file, or a response's field of another type, took another path in each runtime. Now anything but
a string (or bytes, where bytes are read) throws an ExchangeError everywhere, and safeCurrency a TypeError for an id that
is no string, as `currencyId.toUpperCase ()` does in Node.
"""

from __future__ import annotations

import pytest

from tests.emit.compiled import RUNTIMES, run_everywhere, same_value

CALLS = {
    "crc32": "this.crc32 (v)",
    "encode": "this.binaryToBase16 (this.encode (v))",
    "stringToBase64": "this.stringToBase64 (v)",
    "decode": "this.decode (v)",
    "binaryToBase64": "this.binaryToBase64 (v)",
    "binaryToBase16": "this.binaryToBase16 (v)",
    "base64urlencode": "this.base64urlencode (v)",
    "binaryConcat": "this.binaryToBase16 (this.binaryConcat (v))",
    "safeCurrencyCode": "this.safeCurrencyCode (v)",
}
VALUES = ["5", "undefined", "true", "[ 1, 2 ]", "{ 'a': 1 }", "''", "-0", "1.5", "'\\u00e9'"]

METHODS = "".join(f"""
    try{name[0].upper() + name[1:]} (v) {{
        try {{
            return {call};
        }} catch (e) {{
            this.rethrowUncaught (e);
            return (e instanceof ExchangeError) ? 'ExchangeError' : 'caught';
        }}
    }}
""" for name, call in CALLS.items())

SOURCE = f"""import Exchange from './base/Exchange.js';
import {{ ExchangeError }} from './base/errors.js';

export default class text_and_byte_helpers extends Exchange {{{METHODS}
    run () {{
        const values = [ {', '.join(VALUES)} ];
        const out = [];
        for (let i = 0; i < values.length; i++) {{
            out.push ([ {', '.join(f'this.try{name[0].upper() + name[1:]} (values[i])' for name in CALLS)} ]);
        }}
        return out;
    }}
}}
"""

# Node's outcomes, a row a value: a string's UTF-8 is read; anything else fails (safeCurrencyCode: a TypeError)
TEXT_ONLY = ["ExchangeError"] * 8 + ["caught"]
EXPECTED = [
    TEXT_ONLY,
    ["ExchangeError"] * 8 + [None],  # (undefined is no currency id: undefined)
    TEXT_ONLY,
    TEXT_ONLY,
    TEXT_ONLY,
    [0, "", "", "", "", "", "", "", ""],
    TEXT_ONLY,
    TEXT_ONLY,
    [235179326, "c3a9", "w6k=", "\u00e9", "w6k=", "c3a9", "w6k", "c3a9", "\u00c9"],
]


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    return run_everywhere(str(tmp_path_factory.mktemp("text_and_byte_helpers")),
                          {"text_and_byte_helpers": SOURCE}).results


def test_node_reads_a_string_and_refuses_the_rest(runs):
    assert same_value(runs["node"]["text_and_byte_helpers"].get("result"), EXPECTED), runs["node"]


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_every_runtime_reads_the_same_arguments(runs, runtime):
    assert same_value(runs[runtime]["text_and_byte_helpers"].get("result"), EXPECTED), runs[runtime]
