"""Checks that exchangekit's C speedups are loaded and return what the pure-Python functions they replace return:
runs itself twice on the same seeded inputs, with the C module and with EXCHANGEKIT_PURE_PYTHON=1, and compares the
two lists of outcomes. It ships in the sdist, so that it runs against the package as installed: tests/test_speedups.py
runs it on the source tree, cibuildwheel on every platform wheel (pyproject.toml, [tool.cibuildwheel] test-command).

    python tests/check_speedups.py SEED COUNT              the comparison: exit status 1 and the first differences
    python tests/check_speedups.py --outcomes SEED COUNT   one run's outcomes, one JSON list

EXCHANGEKIT_PYTHON_PATH names the folder holding the exchangekit package (python/ of the source tree); unset or empty,
the installed package is checked.
"""

from __future__ import annotations

import importlib
import itertools
import json
import os
import random
import subprocess
import sys
from decimal import Decimal

if os.environ.get("EXCHANGEKIT_PYTHON_PATH"):
    sys.path.insert(0, os.environ["EXCHANGEKIT_PYTHON_PATH"])

import exchangekit  # noqa: E402
from exchangekit.base import js, native_exchange, primitives  # noqa: E402
from exchangekit.base.exchange import Exchange  # noqa: E402
from exchangekit.base.precise import Precise  # noqa: E402
from exchangekit.base.speedups import SPEEDUPS  # noqa: E402


class Text(str):
    pass


class Integer(int):
    pass


# Values of every type the fast paths tell apart, and the boundaries they decide on
VALUES = [None, True, False, 0, -0.0, 0.0, 1, -1, 2**53 - 1, 2**53, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 10**21,
          10**21 - 1, 1.5, float("nan"), float("inf"), float("-inf"), 1e21, 1e-7, 123.456, "", " ", "x", "1", "-0",
          "1e999", "\u0663", [], {}, [1], {"a": 1}, (1,), Decimal("1.5"), b"1", Text("12"), Integer(5)]
DIVISIONS = [("100", 18), ("100", 2), ("1", 0), ("1000000000000000000", 18), ("10", 40)]
COMPARED = ["0", "-0.00", "1", "-1", "10.5", "010.50", ".5", "-0.05", "99", "1e1"]  # what texts are compared with
KEYS = ["a", "b", "", 0, 1, 2, -1, 2**70, None, True, 1.0, Text("a")]


def texts(seed: int, count: int):
    """Every text of up to 4 characters of a number's alphabet, then count random ones of up to 45 (past the 40 that
    _scaled reads)."""
    for length in range(5):
        for characters in itertools.product("01.-9e+", repeat=length):
            yield "".join(characters)
    generator = random.Random(seed)
    for _ in range(count):
        yield "".join(generator.choice("0000123456789....--eE+ _x") for _ in range(generator.randint(0, 45)))


def floats(seed: int, count: int):
    """The boundaries of the float texts' fast path (1e-4 and 1e16, either side), then count random doubles of
    every magnitude and some whole ones."""
    yield from (1e-4, 1e16, 9.999999999999999e15, 0.00009999999999999999, -1e-4, -1e16, 5.0, -0.0, 0.1 + 0.2)
    generator = random.Random(seed)
    for _ in range(count):
        yield generator.choice((-1, 1)) * generator.random() * 10.0 ** generator.randint(-12, 24)
        yield float(generator.randint(-10**17, 10**17))


def json_texts(seed: int, count: int):
    """Texts near what parse_json's scans look for (16 digits after what may precede an integer, -0 before what may
    end a number, __proto__ in any case, brackets in and out of strings, escapes), in one-, two- and four-byte
    strings, JSON or not; then lists nested around the depth limits, with brackets in strings."""
    pieces = ["0", "1234567890", "123456", "-0", "-0.5", " ", "\n", ",", ":", "[", "]", "{", "}", '"', "\\", '\\"',
              "__proto__", "__PROTO__", "_proto_", "toString", "\\u00", "\\ud800", "x", "\u00e9", "\u20ac",
              "\U0001F600", "1e5", "true", "null"]
    generator = random.Random(seed)
    for _ in range(count):
        yield "".join(generator.choice(pieces) for _ in range(generator.randint(1, 30)))
        keys = generator.sample(["a", "b", "__proto__", "[", "c]"], 2)
        yield json.dumps({keys[0]: [generator.randint(-10**20, 10**20), -0.0, "-0", {keys[1]: "[["}]})
    for depth in (15, 16, 17, 511, 512, 513, 600):
        yield "[" * depth + '"]]"' + "]" * depth
        yield "[" * depth + "]" * depth


def nested_values():
    """Lists and dictionaries nested 1 to 4 deep, in every order, beside scalars; then 511 to 513 deep."""
    yield from (None, 1, "[[", (1, [2]))
    shapes = [[], {}, [1, "a"], {"a": 1}]
    for depth in range(1, 5):
        for wrappers in itertools.product("ld", repeat=depth):
            value = [3, {"x": None}] if depth % 2 else {"y": [], "z": 2}
            for wrapper in wrappers:
                value = [0, value, "s"] if wrapper == "l" else {"k": 1, "v": value}
            yield value
    yield from shapes
    # the keys response_verdict refuses or tells of, at every level the walk reaches, and their neighbours
    for key in ("toString", "valueOf", "tostring", "toStrinG", "valueof", "toStrin", "valueOff", "to\u00adString",
                "length", "Length", "lengths"):
        yield {key: 1}
        yield [1, {"a": [{"b": None, key: []}]}]
        yield [{"a": "1e9", key: "1e9"}]
    for depth in (511, 512, 513):
        value = []
        for _ in range(depth - 1):
            value = [value] if depth % 2 else {"a": value}
        yield value


def markets():
    """Markets the C structure builds (spot, plain dictionaries) and every kind it hands back to Python."""
    plain = {"id": "BTCUSD", "symbol": "BTC/USD", "base": "BTC", "quote": "USD", "active": True, "taker": 0.001,
             "precision": {"amount": 0.0001}, "limits": {"amount": {"min": 1}, "cost": {"max": 5}}, "info": {}}
    yield plain
    yield {key: value for key, value in plain.items() if key not in ("precision", "limits")}
    for key, value in (("type", "spot"), ("type", "swap"), ("type", None), ("type", Text("spot")), ("expiry", None),
                       ("expiry", 1700000000000), ("settle", "USD"), ("precision", None), ("precision", [1]),
                       ("limits", None), ("limits", {"amount": 5}), ("limits", {"price": None, "other": {}}),
                       ("limits", {}), ("spot", False), (1, "a"), ("precision", {"price": {"x": 1}})):
        yield {**plain, key: value}
    # precision, limits and bounds with the defaults' keys in their order (copied whole), in another order, with one
    # more or one other key, or a key that is no str
    for precision in ({"amount": 0.1, "price": 0.01}, {"price": 0.01, "amount": 0.1}, {"amount": 1, "other": 2},
                      {"amount": 0.1, "price": 0.01, "extra": 1}):
        yield {**plain, "precision": precision}
    for bounds in ({"min": 1, "max": 2}, {"max": 2, "min": 1}, {"min": 1, "low": 2}, {"min": 1, 5: 2},
                   {"min": 1, "max": 2, "step": 3}):
        yield {**plain, "limits": {"amount": bounds, "price": {"min": None, "max": None}, "cost": bounds}}
        yield {**plain, "limits": {"cost": bounds, "price": bounds, "amount": bounds}}
    yield from (None, {}, [plain], "BTC/USD")


# safe_currency_code's reads: the ids, the currencies by id and the common codes it meets, and others it hands back
CURRENCIES_BY_ID = (None, {}, {"btc": {"code": "BTC"}, "eth": {}, "nul": None, "lst": [1], "num": 5, "str": "x",
                               "dic": {"code": None}, "xbt": {"code": 7}}, [1], "text")
COMMON_CURRENCIES = ({}, {"XBT": "BTC", "EMPTY": "", "NUM": 5, "NONE": None, "BOOL": True, "SUB": None}, None, ["XBT"])
CURRENCY_IDS = ("btc", "eth", "nul", "lst", "num", "str", "dic", "xbt", "empty", "NUM", "none", "bool", "sub", "",
                "\u00e9", "\u00df", "\u01c6", 5, None, True, ["btc"])


def outcome(function, *arguments):
    try:
        value = function(*arguments)
    except Exception as error:  # noqa: BLE001 - the error's class is the outcome
        return ["raises", type(error).__name__]
    return [type(value).__name__, repr(value)]


def outcomes(seed: int, count: int) -> list:
    """Where the C module was loaded from (None without it), then the outcome of each call."""
    exchange = primitives.Primitives()
    readers = [getattr(exchange, name) for name in ("safe_value", "safe_string", "safe_number", "safe_integer",
                                                    "safe_bool", "safe_dict", "safe_list")]
    conversions = (primitives._parse_number, primitives._string_of, primitives._integer_of)
    results = [SPEEDUPS.__file__ if SPEEDUPS is not None else None]
    for text in texts(seed, count):
        results += [outcome(function, text) for function in conversions]
        results.append(outcome(primitives._scaled, text))
        results.append(outcome(Precise.string_mul, text, "-0.25"))
        results += [outcome(Precise.string_div, text, divisor, precision) for divisor, precision in DIVISIONS]
        results += [outcome(Precise.compare, text, other) for other in COMPARED]
        results.append(outcome(exchange.parse_precision, text))
    for number in floats(seed, count // 10):
        results.append(outcome(primitives._string_of, number))
    for value in VALUES:
        results += [outcome(function, value, "default") for function in conversions]
        results += [outcome(primitives._strings_of, (value, "a")), outcome(primitives._scaled, value)]
        results += [outcome(exchange.parse_precision, value), outcome(Precise.compare, value, "1")]
    containers = [{"a": value, "b": "x"} for value in VALUES] + [[value, "y"] for value in VALUES] + \
        [None, "ab", 5, (1, 2), {"": 3}, {1: 2}]
    for container, key in itertools.product(containers, KEYS):
        results += [outcome(read, container, key, "default") for read in readers]
        results += [outcome(exchange.safe_string2, container, key, second, "default") for second in KEYS[:4]]
    for left, right in itertools.product(VALUES, repeat=2):
        results += [outcome(js.get, left, right), outcome(js.strict_equal, left, right), outcome(js.less, left, right),
                    outcome(exchange.own_value, left, right)]
    for key, value in itertools.product(KEYS, VALUES[:8]):
        for container in ({"a": 1}, [1, 2], "text", None):
            results += [outcome(js.set_, container, key, value), outcome(repr, container)]
    for market in markets():
        results.append(outcome(exchange.safe_market_structure, market))
        if isinstance(market, dict) and all(type(key) is str for key in market):
            # the same fields as market_structure's keywords (the Python emitter's form of a dictionary written out)
            results.append(outcome(lambda: exchange.market_structure(**market)))  # noqa: B023 (called at once)
    for by_id, common in itertools.product(CURRENCIES_BY_ID, COMMON_CURRENCIES):
        exchange.currenciesById, exchange.commonCurrencies = by_id, common
        for currency_id in CURRENCY_IDS + (Text("btc"),):
            results += [outcome(exchange.safe_currency_code, currency_id),
                        outcome(exchange.safe_currency_code, currency_id, {"code": "C"}),
                        outcome(exchange.safe_currency_code, currency_id, None)]
    results += [outcome(js.length, value) for value in VALUES + ["\u00e9t\u00e9", "\U0001F600", "ab"]]
    results += [outcome(js.to_str, value) for value in VALUES]
    exchange_of_texts = Exchange()
    for text in json_texts(seed, count // 10):
        results += [outcome(scan, text) for scan in (js._may_hold_long_integer, js._may_hold_negative_zero,
                                                     native_exchange.holds_proto_text)]
        results.append(outcome(exchange_of_texts.parse_json, text))
    for value, levels in itertools.product(nested_values(), (0, 1, 2, 3, 4, 16, 512)):
        results.append(outcome(native_exchange.nests_deeper, value, levels))
    for value in nested_values():
        # (the pure verdict tells of a key length where the text holds the name anywhere: parse_json's reading of
        # the claims is compared instead)
        refused = outcome(lambda *walked: native_exchange.response_verdict(*walked) == native_exchange.REFUSED,
                          json.dumps(value), value)
        results += [refused, outcome(exchange_of_texts.parse_json, json.dumps(value))]
    for places in (-1001, -1000, -999, -10, -1, 0, 1, 9, 10, 18, 999, 1000, 1001, 10000, 2**63, -2**63 - 1):
        results += [outcome(exchange.parse_precision, value) for value in (places, str(places), Integer(places))]
    for integer, decimals in itertools.product((0, 3, -7, 2**60 + 1, -(10**30) - 1), range(0, 81, 4)):
        results.append(outcome(primitives._scaled_number, integer, decimals))
    return results


def run(mode: str, seed: int, count: int) -> list:
    """outcomes (seed, count) in a fresh interpreter, with the C module (mode "C") or without it ("pure")."""
    environment = {name: value for name, value in os.environ.items() if name != "EXCHANGEKIT_PURE_PYTHON"}
    if mode == "pure":
        environment["EXCHANGEKIT_PURE_PYTHON"] = "1"
    completed = subprocess.run([sys.executable, os.path.abspath(__file__), "--outcomes", str(seed), str(count)],
                               capture_output=True, text=True, env=environment)
    if completed.returncode != 0:
        raise SystemExit(f"check_speedups: the {mode} run failed (exit {completed.returncode}):\n"
                         f"{completed.stderr[-3000:]}")
    return json.loads(completed.stdout)


def compare(seed: int, count: int) -> int:
    """Prints what differs between the two runs (nothing may), or one line that says what agreed; the exit status."""
    accelerated, pure = run("C", seed, count), run("pure", seed, count)
    if accelerated[0] is None:
        # the package falls back to pure Python silently: say why the module did not load
        try:
            importlib.import_module("exchangekit.base._speedups")
            reason = "it imports here"
        except ImportError as error:
            reason = str(error)
        print(f"check_speedups: the C module is not loaded ({reason})")
        return 1
    if pure[0] is not None or len(accelerated) != len(pure):
        print(f"check_speedups: the pure run loaded {pure[0]}; {len(pure)} outcomes, {len(accelerated)} with C")
        return 1
    differences = [(index, fast, slow) for index, (fast, slow) in enumerate(zip(accelerated[1:], pure[1:]), 1)
                   if fast != slow]
    for index, fast, slow in differences[:10]:
        print(f"check_speedups: outcome {index}: C {fast}, pure Python {slow}")
    if differences:
        print(f"check_speedups: {len(differences)} of {len(pure) - 1} outcomes differ")
        return 1
    print(f"check_speedups: {len(pure) - 1} outcomes agree; C module {accelerated[0]}; exchangekit "
          f"{exchangekit.__version__} from {os.path.dirname(exchangekit.__file__)}")
    return 0


if __name__ == "__main__":
    if sys.argv[1] == "--outcomes":
        print(json.dumps(outcomes(int(sys.argv[2]), int(sys.argv[3]))))
    else:
        sys.exit(compare(int(sys.argv[1]), int(sys.argv[2])))
