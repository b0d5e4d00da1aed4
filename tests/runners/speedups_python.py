"""Prints what the functions that exchangekit.base._speedups replaces return for seeded inputs, one JSON list: run
once with the C speedups and once with EXCHANGEKIT_PURE_PYTHON=1, the two lists must be equal (tests/test_speedups.py).

    python tests/runners/speedups_python.py SEED COUNT
"""

from __future__ import annotations

import itertools
import json
import os
import random
import sys
from decimal import Decimal

sys.path.insert(0, os.environ["EXCHANGEKIT_PYTHON_PATH"])

from exchangekit.base import primitives  # noqa: E402
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


def outcome(function, *arguments):
    try:
        value = function(*arguments)
    except Exception as error:  # noqa: BLE001 - the error's class is the outcome
        return ["raises", type(error).__name__]
    return [type(value).__name__, repr(value)]


def main(seed: int, count: int) -> None:
    exchange = primitives.Primitives()
    readers = [getattr(exchange, name) for name in ("safe_value", "safe_string", "safe_number", "safe_integer",
                                                    "safe_bool", "safe_dict", "safe_list")]
    conversions = (primitives._parse_number, primitives._string_of, primitives._integer_of)
    results = [SPEEDUPS is not None]
    for text in texts(seed, count):
        results += [outcome(function, text) for function in conversions]
        results.append(outcome(primitives._scaled, text))
        results.append(outcome(Precise.string_mul, text, "-0.25"))
        results += [outcome(Precise.string_div, text, divisor, precision) for divisor, precision in DIVISIONS]
    for number in floats(seed, count // 10):
        results.append(outcome(primitives._string_of, number))
    for value in VALUES:
        results += [outcome(function, value, "default") for function in conversions]
        results += [outcome(primitives._strings_of, (value, "a")), outcome(primitives._scaled, value)]
    containers = [{"a": value, "b": "x"} for value in VALUES] + [[value, "y"] for value in VALUES] + \
        [None, "ab", 5, (1, 2), {"": 3}, {1: 2}]
    for container, key in itertools.product(containers, KEYS):
        results += [outcome(read, container, key, "default") for read in readers]
        results += [outcome(exchange.safe_string2, container, key, second, "default") for second in KEYS[:4]]
    for integer, decimals in itertools.product((0, 3, -7, 2**60 + 1, -(10**30) - 1), range(0, 81, 4)):
        results.append(outcome(primitives._scaled_number, integer, decimals))
    print(json.dumps(results))


if __name__ == "__main__":
    main(int(sys.argv[1]), int(sys.argv[2]))
