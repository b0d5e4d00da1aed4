"""Random subset expressions, as text, for the property-based differential tests (tests/emit/programs.py).

An expression is drawn by the kind of value it is meant to hold, so that most members are called on what they
belong to: `scalar` (anything but a container), `text` (a string), `listing` (a list of scalars) and `dictionary`
(an object literal). Every kind also draws awkward cases on purpose: arguments that are negative, NaN, fractional,
huge or of another type, members of the wrong kind of value, keys that look like indices.

Containers appear only where every runtime models them alike: as values to measure, read, copy, search, serialise
or return, never shared between two variables (PHP copies arrays), never searched for (PHP compares contents where
JavaScript compares identity), never a dictionary keyed '0' to 'n-1' (a list to PHP) nor an empty dictionary where
its text or truth would show it (`[]` to PHP): the data models' documented differences (README, "Known
differences"; tests/emit/program_runs.py allows the last two where a value is returned).
"""

from __future__ import annotations

import functools

from hypothesis import strategies as st

NUMBERS = ["0", "-0", "1", "-1", "2", "3", "10", "0.1", "0.2", "1.5", "-2.5", "0.5", "2.5", "1e21", "1e-7", "123456789",
           "9007199254740993", "NaN", "Infinity", "-Infinity", "4503599627370496", "0.000001", "7", "1.005", "-0.5",
           "1e300", "255", "(0.1 + 0.2)", "Number.MAX_SAFE_INTEGER", "(Number.MAX_SAFE_INTEGER + 2)", "5e-324", "36",
           "-7", "100"]
STRINGS = ["''", "'0'", "'a'", "'10'", "'9'", "'1.5'", "'\\u00e9\\u2713'", "'$x'", "'{$x}'", "'\"q\"'", "'\\\\'",
           "' 12px'", "'0x1A'", "'abc'", "'A'", "'-3'", "'\\n'", "'1e3'", "'01'", "'-0'", "' '", "'1,2'", "'a/b'",
           "'\\ud83d\\ude00x'", "'Z\\u00e4'", "'\\u00df'", "'true'", "'undefined'", "'NaN'", "'Infinity'", "' 7 '",
           "'0.1'", "'-1e-7'", "'1e21'", "'12.50'", "'0b11'", "'2019-01-01T00:00:00Z'", "'2019-01-01T00:00:00.5Z'",
           "'BTC/USDT'", "'a|b|c'", "'.'", "'00'", "'+5'", "'\\t3\\t'", "'\\u019b'", "'A\\u03a3'"]
# (the last two: letters whose case the runtimes' Unicode tables map otherwise, which Python and PHP fail closed on)
OTHERS = ["true", "false", "undefined"]
# Keys that look like indices ('1', '01', '-0', '1e3'), that PHP would renumber and JavaScript orders first.
KEYS = ["'k'", "'1'", "'01'", "'-0'", "'1e3'", "'2'", "'10'", "'b'", "'a'", "'-1'", "'4294967295'", "'1.5'", "' 1'"]
KEYS_AS_READ = KEYS + ["1", "2", "-1", "'missing'", "0"]
BINARY = ["+", "-", "*", "/", "%", "===", "!==", "<", "<=", ">", ">="]
TYPES = ["'number'", "'string'", "'boolean'", "'undefined'", "'object'"]
JSON_TEXTS = ["'{\"b\":1,\"1\":[null,-0,1e21]}'", "'[1,]'", "'-0'", "' 1 '", "'9007199254740993'", "'\"\\\\u00e9\"'",
              "'{\"a\":1,\"a\":2}'", "'null'", "'[1.5e-7, 1E+2]'", "'01'"]
ERRORS = ["BadRequest", "ExchangeError", "InvalidOrder", "NetworkError"]
# The labels of steps (programs.STEP_HELPERS): calls that change the instance's state inside an expression, so that
# the order in which an expression's parts run shows in the trail a program returns.
LABELS = ["'a'", "'b'", "'c'", "'d'"]
TRAIL = "this.options['trail']"

literal = st.sampled_from(NUMBERS + STRINGS + OTHERS)
number_literal = st.sampled_from(NUMBERS)
text_literal = st.sampled_from(STRINGS)
key = st.sampled_from(KEYS)
read_key = st.sampled_from(KEYS_AS_READ)


def member(receiver: str, name: str) -> str:
    """`receiver.name`, with a number literal or a negation put in parentheses (`(-1).length`, `(2).slice`)."""
    if receiver[0] in "-0123456789.":
        receiver = f"({receiver})"
    return f"{receiver}.{name}"


def call(receiver: str, name: str, *arguments: str) -> str:
    return f"{member(receiver, name)} ({', '.join(arguments)})"


def this_call(name: str, *arguments: str) -> str:
    return call("this", name, *arguments)


def dictionary(values: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """An object literal with a key that is no index first (so never a list to PHP), then keys of every shape."""
    entries = st.lists(st.tuples(key, values), min_size=0, max_size=4)
    return st.tuples(values, entries).map(
        lambda t: "{ " + ", ".join([f"'z': {t[0]}"] + [f"{k}: {v}" for k, v in t[1]]) + " }")


def listing(values: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.lists(values, min_size=0, max_size=4).map(lambda items: "[ " + ", ".join(items) + " ]")


def rows(values: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """A list of dictionaries, as sortBy, indexBy, groupBy and filterBy take them."""
    row = st.tuples(values, values, st.sampled_from(["'k'", "'b'"]), values).map(
        lambda t: f"{{ 'k': {t[0]}, 'b': {t[1]}, {t[2]}: {t[3]} }}")
    return st.lists(row, min_size=0, max_size=3).map(lambda items: "[ " + ", ".join(items) + " ]")


def text_members(receiver: st.SearchStrategy[str], inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """The string members of the subset, with arguments of every type."""
    return st.one_of(
        receiver.map(lambda r: member(r, "length")),
        st.tuples(receiver, inner, inner).map(lambda t: call(t[0], "slice", t[1], t[2])),
        st.tuples(receiver, inner).map(lambda t: call(t[0], "slice", t[1])),
        st.tuples(receiver, inner).map(lambda t: call(t[0], "indexOf", t[1])),
        st.tuples(receiver, st.sampled_from(["toUpperCase", "toLowerCase", "trim", "toString"])).map(
            lambda t: call(t[0], t[1])),
        st.tuples(receiver, inner, inner).map(lambda t: call(t[0], "replace", t[1], t[2])),
        st.tuples(receiver, st.sampled_from(["startsWith", "endsWith", "includes", "charAt"]), inner).map(
            lambda t: call(t[0], t[1], t[2])),
        st.tuples(receiver, st.sampled_from(["padStart", "padEnd"]), inner, inner).map(
            lambda t: call(t[0], t[1], t[2], t[3])),
        st.tuples(receiver, st.sampled_from(["padStart", "padEnd"]), inner).map(lambda t: call(t[0], t[1], t[2])),
        st.tuples(receiver, inner).map(lambda t: call(t[0], "split", t[1])),
    )


def list_members(receiver: st.SearchStrategy[str], inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """The array members of the subset that leave their receiver as it is (the statements draw the others)."""
    return st.one_of(
        receiver.map(lambda r: member(r, "length")),
        st.tuples(receiver, inner, inner).map(lambda t: call(t[0], "slice", t[1], t[2])),
        st.tuples(receiver, inner).map(lambda t: call(t[0], "slice", t[1])),
        st.tuples(receiver, st.sampled_from(["indexOf", "includes"]), literal).map(lambda t: call(t[0], t[1], t[2])),
        st.tuples(receiver, inner).map(lambda t: call(t[0], "join", t[1])),
        receiver.map(lambda r: call(r, "join")),
        st.tuples(receiver, listing(inner), inner).map(lambda t: call(t[0], "concat", t[1], t[2])),
        receiver.map(lambda r: call(r, "toString")),
    )


def globals_of(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """The global functions of the subset."""
    return st.one_of(
        inner.map(lambda e: f"parseInt ({e})"),
        st.tuples(inner, st.sampled_from(["2", "10", "16", "36", "0", "1", "37", "-1", "undefined", "'16'", "8.9"])).map(
            lambda t: f"parseInt ({t[0]}, {t[1]})"),
        inner.map(lambda e: f"parseFloat ({e})"),
        st.tuples(st.sampled_from(["round", "floor", "ceil", "abs", "trunc", "sqrt"]), inner).map(
            lambda t: f"Math.{t[0]} ({t[1]})"),
        st.tuples(st.sampled_from(["min", "max"]), st.lists(inner, min_size=1, max_size=3)).map(
            lambda t: f"Math.{t[0]} ({', '.join(t[1])})"),
        inner.map(lambda e: f"Number.isInteger ({e})"),
        inner.map(lambda e: f"Array.isArray ({e})"),
    )


DECIMALS = ["'0'", "'1'", "'-1'", "'0.1'", "'3'", "'1e3'", "'-0'", "'2.5'", "'-2.5'", "'0.00000001'",
            "'123456789012345678901234567890'", "'1e-7'", "'7'", "'.5'", "'5.'", "'+1'", "'0.10'"]


def precise_of(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """Precise's string arithmetic on decimal texts (risky () gives it what is not one)."""
    decimal = st.one_of(st.sampled_from(DECIMALS),
                        st.sampled_from(NUMBERS).map(lambda e: this_call("numberToString", e)), inner)
    two = st.sampled_from(["stringAdd", "stringSub", "stringMul", "stringMod", "stringMin", "stringMax", "stringEq",
                           "stringGt", "stringGe", "stringLt", "stringLe"])
    return st.one_of(
        st.tuples(two, decimal, decimal).map(lambda t: f"Precise.{t[0]} ({t[1]}, {t[2]})"),
        st.tuples(decimal, decimal, st.sampled_from(["0", "2", "8", "18"])).map(
            lambda t: f"Precise.stringDiv ({t[0]}, {t[1]}, {t[2]})"),
        st.tuples(st.sampled_from(["stringNeg", "stringAbs"]), decimal).map(lambda t: f"Precise.{t[0]} ({t[1]})"),
    )


def helpers_of(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """The base class's helpers that exchange code calls most, on dictionaries and lists of every shape."""
    container = st.one_of(dictionary(inner), listing(inner), inner)
    safe = st.sampled_from(["safeString", "safeNumber", "safeInteger", "safeValue", "safeBool", "safeStringLower",
                            "safeStringUpper", "safeTimestamp"])
    modes = st.sampled_from(["ROUND", "TRUNCATE"])
    counting = st.sampled_from(["DECIMAL_PLACES", "SIGNIFICANT_DIGITS", "TICK_SIZE"])
    padding = st.sampled_from(["NO_PADDING", "PAD_WITH_ZERO"])
    return st.one_of(
        st.tuples(safe, container, read_key).map(lambda t: this_call(t[0], t[1], t[2])),
        st.tuples(safe, container, read_key, inner).map(lambda t: this_call(t[0], t[1], t[2], t[3])),
        st.tuples(st.sampled_from(["numberToString", "parseNumber", "iso8601", "parse8601", "precisionFromString",
                                   "parsePrecision", "parseJson"]), inner).map(lambda t: this_call(t[0], t[1])),
        st.one_of(listing(inner), st.sampled_from(JSON_TEXTS)).map(lambda e: this_call("parseJson", e)),
        # (a dictionary to the checker, which refuses it as a text: SUB-E020; its keys, as indexBy's below)
        st.tuples(dictionary(inner), dictionary(inner)).map(lambda t: f"Object.keys ({this_call('extend', t[0], t[1])})"),
        st.tuples(dictionary(inner), dictionary(dictionary(inner) | inner)).map(
            lambda t: this_call("deepExtend", t[0], t[1])),
        st.tuples(dictionary(inner), listing(key)).map(lambda t: this_call("omit", t[0], t[1])),
        st.tuples(dictionary(inner), key).map(lambda t: this_call("omit", t[0], t[1])),
        st.tuples(rows(inner), st.sampled_from(["'k'", "'b'"])).map(lambda t: this_call("sortBy", t[0], t[1])),
        # their keys: a dictionary of them may be empty or keyed '0' to 'n-1', a list to PHP
        st.tuples(st.sampled_from(["indexBy", "groupBy"]), rows(inner), st.sampled_from(["'k'", "'b'"])).map(
            lambda t: f"Object.keys ({this_call(t[0], t[1], t[2])})"),
        st.tuples(rows(inner), st.sampled_from(["'k'", "'b'"]), st.booleans()).map(
            lambda t: this_call("sortBy", t[0], t[1], "true" if t[2] else "false")),
        # (a scalar to look for: PHP compares a dictionary or list by its contents, JavaScript by identity)
        st.tuples(rows(inner), literal).map(lambda t: this_call("filterBy", t[0], "'k'", t[1])),
        st.lists(inner, min_size=0, max_size=4).map(lambda items: this_call("sum", *items)),
        st.tuples(inner, modes, inner, counting, padding).map(lambda t: this_call("decimalToPrecision", *t)),
        st.tuples(inner, modes, st.sampled_from(["0", "2", "8", "1", "-1", "0.01", "'0.5'"])).map(
            lambda t: this_call("decimalToPrecision", *t)),
        container.map(lambda c: f"Object.keys ({c})"),
        container.map(lambda c: f"Object.values ({c})"),
        st.tuples(read_key, dictionary(inner)).map(lambda t: f"({t[0]} in {t[1]})"),
        st.tuples(dictionary(inner), read_key).map(lambda t: f"{t[0]}[{t[1]}]"),
        st.tuples(listing(inner), read_key).map(lambda t: f"{t[0]}[{t[1]}]"),
    )


def scalar(names: list[str], depth: int = 3) -> st.SearchStrategy[str]:
    """An expression of any kind the subset allows, from the literals and the given local names."""
    return _scalar(tuple(names), depth)


@functools.cache  # building the strategy costs more than drawing from it
def _scalar(names: tuple[str, ...], depth: int) -> st.SearchStrategy[str]:
    leaves = [literal]
    if names:
        leaves.append(st.sampled_from(names))
    leaf = st.one_of(*leaves)
    if depth <= 0:
        return leaf
    inner = _scalar(names, depth - 1)
    text = st.one_of(text_literal, inner.map(lambda e: f"('' + {e})"), inner.map(lambda e: f"`<${{{e}}}>`"))
    lists = st.one_of(listing(inner), st.sampled_from(["[]", "[ 3, 1, 2 ]", "[ 'b', 'a', 10, 9 ]"]))
    binary = st.tuples(inner, st.sampled_from(BINARY), inner).map(lambda t: f"({t[0]} {t[1]} {t[2]})")
    step = st.tuples(st.sampled_from(["step", "stepOrThrow"]), st.sampled_from(LABELS), inner).map(
        lambda t: this_call(*t))
    return st.one_of(
        leaf, leaf, leaf, leaf, binary, binary,  # drawn more often: most of an expression runs without an error
        step, step, step,  # and so is a change of state, so that the order of the parts shows
        st.just(TRAIL),
        st.tuples(inner, inner).map(lambda t: f"({t[0]} in {t[1]})"),

        st.tuples(inner, st.sampled_from(["&&", "||"]), inner).map(lambda t: f"({t[0]} {t[1]} {t[2]})"),
        inner.map(lambda e: f"(!{e})"),
        inner.map(lambda e: f"(- {e})"),
        st.tuples(inner, inner, inner).map(lambda t: f"({t[0]} ? {t[1]} : {t[2]})"),
        st.tuples(inner, st.sampled_from(TYPES)).map(lambda t: f"(typeof {t[0]} === {t[1]})"),
        st.tuples(inner, inner).map(lambda t: f"`a${{{t[0]}}}b${{{t[1]}}}`"),
        st.tuples(st.one_of(dictionary(inner), lists), inner, inner).map(lambda t: f"(({t[0]}) ? {t[1]} : {t[2]})"),
        text_members(text, inner),
        list_members(lists, inner),
        globals_of(inner),
        precise_of(st.sampled_from(DECIMALS)),
        helpers_of(inner),
        st.one_of(inner, dictionary(inner), lists).map(lambda e: this_call("json", e)),
    )


def risky(names: list[str]) -> st.SearchStrategy[str]:
    """Expressions that throw for most values, for the statements that catch what they throw: a string member of
    whatever a local holds, Precise of any value, Object.keys of undefined."""
    inner = scalar(names, 1)
    return st.one_of(
        text_members(st.sampled_from(names) if names else inner, inner),
        precise_of(inner),
        inner.map(lambda e: f"Object.keys ({e})"),
        scalar(names, 2),
    )
