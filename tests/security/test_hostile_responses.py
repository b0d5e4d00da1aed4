"""Responses as a hostile (or careless) server writes them, read by every runtime as Node reads them: a response
that one runtime reads otherwise than the others makes an exchange's results depend on the language its users chose
(an order id that differs in its last digits), and one that a runtime reads but cannot write back out fails later,
in that runtime alone."""

from __future__ import annotations

import json
import os
import subprocess

import pytest

from tests.base_runners import RUNTIMES, run_calls

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# Integers beyond 2^53 are doubles to JSON.parse: an order id or a nanosecond timestamp written as a number reads as
# the nearest double in Node, so it must in Python (whose int keeps every digit, and raises ValueError past 4300
# digits) and PHP (whose int keeps them up to 2^63).
LONG_INTEGERS = ('{"id": 1234567890123456789, "ns": 1700000000123456789, "negative": -9007199254740993, '
                 '"edge": 9007199254740992, "small": 123456789012345, "huge": ' + "1" * 5000 + "}")
# The numbers json_decode reads as floats where JSON.parse reads integers (a fraction of zeros, an exponent, 16 digits
# or more; -0, which PHP rewrites first, the other way round) and some it reads alike, in responses long enough that
# PHP counts their members (more than 16,384 colons), a scan that also tells whether such a number is there.
NUMBER_FORMS = "[1.0, 1.50, 0.000, 1e2, 1E-2, 2.5e+3, 12345678901234567, 1234567890.12345, 0.1, -7.25, \"1.0\"]"
# Exponents of five significant digits or more, which PHP's strtod misreads, each compensated or not by its digits
LONG_EXPONENTS = "[1e-20001, 1" + "0" * 20000 + "e-20000, -0.5e+020001, 2.5E-00099999]"
COUNTED_NUMBERS = ['{"pad": [' + ",".join(['{"k": 1, "v": "2.0"}'] * 9000) + '], "forms": ' + form + "}"
                   for form in ("[0.5, -12, 1.25]", NUMBER_FORMS, "[-0, -0.0, 1.0]", '[1, [{"a": 2.0}]]', LONG_EXPONENTS)]
# A lone UTF-16 surrogate is no text: json_decode refuses it, Python cannot encode it (a URL, a body or a log line
# holding it would raise there alone), Node keeps it. No runtime reads such a response; a pair (an emoji) is text.
LONE_SURROGATES = ['{"name": "x\\ud800"}', '{"\\udc00": 1}', '["ok", ["\\uDBFF"]]']
PAIRED = '{"name": "\\ud83d\\ude00"}'
DEPTHS = (512, 513, 600, 990)
# Nested arrays, then nested objects (under an index key, which Node's walk reads as any other): 512 levels are read.
NESTED = ["[" * depth + "]" * depth for depth in DEPTHS] + ['{"0":' * depth + "1" + "}" * depth for depth in (512, 513)]
NESTED_EMPTY = [False, True, True, True, False, True]  # undefined is empty
# Text that exchange code can make __proto__ of by the commonest derivations (a case change, a trim, a slice), which
# a key written with result[key] = value then turns into a prototype, in Node alone: no runtime reads it.
PROTO_DERIVABLE = ['{"id": "__PROTO__"}', '{"id": " __proto__ "}', '["x__Proto__"]', '{"__Proto__": 1}',
                   '{"a": {"\\u005f_PROTO__": 1}}']
NOT_PROTO = '{"proto": "__prot", "o__": "proto"}'
# A key toString or valueOf, which makes writing its dictionary as a text a TypeError in every runtime alike (exchange
# code that expects a text there fails with no unified error): no runtime reads it; the names as values are read.
CONVERSION_KEYS = ['{"toString": "BTC"}', '{"a": [{"b": {"valueOf": 1}}]}', '[{"to\\u0053tring": 1}]']
NOT_CONVERSION = '{"name": "toString", "valueOf2": "valueOf", "tostring": 1}'

# Numbers that json_decode reads and JSON does not write (leading zeros, no digit before or after the point, a plus
# sign), each with an exponent that PHP rewrites before json_decode reads the text (its strtod misreads five digits):
# the rewrite made some of them JSON in PHP alone.
NOT_JSON_NUMBERS = ["[00e10000]", '{"price": -007.5e-10000}', "[01e10000]", "[.5e10000]", "[5.e10000]", "[+5e10000]"]
# Texts whose string no quote ends, after what PHP rewrites before json_decode reads a text (a -0, a long exponent):
# PHP's patterns that skip strings opened a scan to the end of the text at every later quote (3.4 s for 160 KB, hours
# for the largest response read), which the runner's 300 s would end; so did a string whose backslash escapes a line
# break, which the pattern's `.` did not take (320 KB: 14 s; red-team round 27).
UNENDED_STRINGS = ['[-0]"' + '\\"' * 2**21, '[1e10000]"' + '\\"' * 2**21,
                   '["' + '\\"' * 2**20 + '\\\n"] 1e10000', '["' + '\\"' * 2**20 + '\\\n",-0]']

@pytest.fixture(scope="module")
def results():
    calls = [["parseJson", [LONG_INTEGERS]], ["safeString", [{"id": 1}, "id"]], ["parseJson", [PAIRED]]]
    calls += [["parseJson", [text]] for text in LONE_SURROGATES]
    # 512 nested arrays are JSON everywhere, 513 nowhere (Python read up to about 1000, and its recursive code, such
    # as json_stringify, then failed there alone). isEmpty: the runners cannot print 512 levels either.
    calls += [["parseJson|isEmpty", [text]] for text in NESTED]
    calls += [["parseJson", [text]] for text in PROTO_DERIVABLE] + [["parseJson", [NOT_PROTO]]]
    calls += [["parseJson", [text]] for text in CONVERSION_KEYS] + [["parseJson", [NOT_CONVERSION]]]
    calls += [["parseJson|json", [text]] for text in COUNTED_NUMBERS]
    # The deepest JSON every runtime reads, written back out (an error message may quote a response whole).
    calls += [["parseJson|json", ['{"a":' * 510 + "[1]" + "}" * 510]]]
    return {runtime: run_calls(runtime, {"describe": {}, "config": {}, "calls": calls})[0] for runtime in RUNTIMES}


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_every_runtime_writes_the_deepest_json_it_reads(results, runtime):
    assert results[runtime][-1] == {"ok": '{"a":' * 510 + "[1]" + "}" * 510}


def test_node_reads_long_integers_as_doubles(results):
    parsed = results["js"][0]["ok"]
    assert parsed["id"] == 1234567890123456800 and parsed["ns"] == 1700000000123456800
    assert parsed["negative"] == -9007199254740992 and parsed["edge"] == 9007199254740992
    assert parsed["huge"] is None  # Infinity, which JSON writes as null


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_every_runtime_reads_long_integers_as_node_does(results, runtime):
    assert results[runtime][0] == results["js"][0]


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_every_runtime_reads_the_numbers_of_a_long_response_as_node_does(results, runtime):
    start = -1 - len(COUNTED_NUMBERS)
    read = results[runtime][start:-1]
    assert read == results["js"][start:-1]
    assert read[1]["ok"].endswith('"forms":[1,1.5,0,100,0.01,2500,12345678901234568,1234567890.12345,0.1,-7.25,"1.0"]}')


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_no_runtime_reads_a_lone_surrogate(results, runtime):
    assert results[runtime][2] == {"ok": {"name": "\U0001F600"}}
    for result in results[runtime][3:3 + len(LONE_SURROGATES)]:
        assert result.get("ok") is None and "throws" not in result  # undefined: not JSON


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_every_runtime_bounds_the_nesting_alike(results, runtime):
    nested = results[runtime][3 + len(LONE_SURROGATES):3 + len(LONE_SURROGATES) + len(NESTED)]
    assert nested == [{"ok": empty} for empty in NESTED_EMPTY], nested


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_no_runtime_reads_text_that_derives_proto(results, runtime):
    start = 3 + len(LONE_SURROGATES) + len(NESTED)
    for text, result in zip(PROTO_DERIVABLE, results[runtime][start:]):
        assert result.get("ok") is None and "throws" not in result, (text, result)
    assert results[runtime][start + len(PROTO_DERIVABLE)] == {"ok": {"proto": "__prot", "o__": "proto"}}


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_no_runtime_reads_a_key_that_converts_a_dictionary(results, runtime):
    start = 3 + len(LONE_SURROGATES) + len(NESTED) + len(PROTO_DERIVABLE) + 1
    for text, result in zip(CONVERSION_KEYS, results[runtime][start:]):
        assert result.get("ok") is None and "throws" not in result, (text, result)
    assert results[runtime][start + len(CONVERSION_KEYS)] == {"ok": json.loads(NOT_CONVERSION)}


def _depth(value) -> int:
    children = value.values() if isinstance(value, dict) else value if isinstance(value, list) else None
    return 0 if children is None else 1 + max(map(_depth, children), default=0)


def test_python_reads_the_nesting_off_the_brackets_only_where_no_string_holds_one(monkeypatch):
    # shallow_json_text (Python's quick path before walking a decoded response) against the depth of random JSON
    # whose strings hold brackets, quotes and backslashes: it never calls a deep text shallow, and decides every text
    # whose strings hold no bracket.
    import random

    monkeypatch.syspath_prepend(os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
                                             "python"))
    from exchangekit.base.native_exchange import shallow_json_text

    rng = random.Random(15)
    pieces = ["a", "[", "]", "{", "}", '"', "\\", "\\\\", '\\"', "x\\n", "\u00e9", "\ud83d\ude00"]

    def value(depth):
        kind = rng.randrange(5) if depth < 20 else rng.randrange(3)
        if kind == 0:
            return "".join(rng.choice(pieces) for _ in range(rng.randrange(4)))
        if kind == 1:
            return rng.choice([1, -2.5, None, True])
        if kind == 2:
            return ""
        if kind == 3:
            return [value(depth + 1) for _ in range(rng.randrange(4))]
        return {"".join(rng.choice(pieces) for _ in range(rng.randrange(3))): value(depth + 1) for _ in range(rng.randrange(4))}

    decided = 0
    for _ in range(3000):
        item = value(0)
        text = json.dumps(item, ensure_ascii=rng.random() < 0.5)
        shallow = shallow_json_text(text, 8)
        assert not shallow or _depth(item) <= 8, text
        if not any(bracket in string for string in _strings(item) for bracket in "[]{}"):
            assert shallow == (_depth(item) <= 8), text
            decided += 1
    assert decided > 500


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from _strings(item)


# An error message quotes the first 200 UTF-16 code units of the body: a server that put an emoji across the 200th
# made Python and PHP, which hold no half of a surrogate pair, raise a native ValueError (outside the error
# hierarchy) where Node raised RateLimitExceeded. The excerpt keeps the pair whole, or leaves it out, everywhere.
CUT_PAIR = "y" * 199 + "\U0001F600" + "tail"
WHOLE_PAIR = "y" * 198 + "\U0001F600" + "tail"


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_an_error_excerpt_cuts_no_surrogate_pair(runtime):
    calls = [["handleHttpStatusCode", [429, "Too Many Requests", "https://api.example.com/x", "GET", CUT_PAIR]],
             ["handleHttpStatusCode", [500, "Internal", "https://api.example.com/x", "GET", CUT_PAIR]],
             ["excerpt", [CUT_PAIR]], ["excerpt", [WHOLE_PAIR]]]
    results, _ = run_calls(runtime, {"describe": {}, "config": {}, "calls": calls})
    assert [result.get("throws") for result in results] == ["RateLimitExceeded", "ExchangeNotAvailable", None, None]
    assert results[0]["message"].endswith(" " + "y" * 199 + "...")
    assert results[2:] == [{"ok": "y" * 199 + "..."}, {"ok": "y" * 198 + "\U0001F600..."}]


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_no_runtime_reads_a_number_or_a_string_that_json_does_not_write(runtime):
    calls = [["parseJson", [text]] for text in NOT_JSON_NUMBERS + UNENDED_STRINGS]
    read = run_calls(runtime, {"describe": {}, "config": {}, "calls": calls})[0]
    assert [result.get("ok") is None and "throws" not in result for result in read] == [True] * len(calls), read


# A string of a million escapes (2 MB) beside the numbers that PHP rewrites before json_decode reads them: the patterns
# that skipped strings in that rewrite counted a step of pcre.backtrack_limit an escape, failed there, and the text was
# read unrewritten, its long exponents 10^k times too large (red-team round 51).
ESCAPED_PADS = ["\\n", 'x\\"', "\\\\"]
PADDED_NUMBERS = ['{"pad": "' + escape * 10**6 + '", "forms": ' + LONG_EXPONENTS + "}" for escape in ESCAPED_PADS]


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_every_runtime_reads_the_numbers_beside_a_long_string_of_escapes_as_node_does(runtime):
    calls = [["parseJson|json", [text]] for text in PADDED_NUMBERS]
    read = run_calls(runtime, {"describe": {}, "config": {}, "calls": calls})[0]
    assert [result.get("ok", "").endswith('"forms":[0,1,null,0]}') for result in read] == [True] * 3, \
        [str(result)[-80:] for result in read]


def test_php_reads_minus_zero_beside_a_long_string_of_escapes():
    # -0 is -0 to JSON.parse, and was the int 0 to PHP there (1 / x told them apart)
    script = ("require 'php/base/autoload.php'; $value = exchangekit\\Js::jsonParse('[\"' . str_repeat('\\\\n', 1000000)"
              " . '\", -0]'); echo var_export(is_float($value[1]) && fdiv(1, $value[1]) === -INF, true);")
    assert subprocess.run(["php", "-r", script], capture_output=True, text=True, cwd=ROOT, check=True).stdout == "true"
