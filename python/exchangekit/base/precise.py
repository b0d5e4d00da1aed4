"""Precise: exact arithmetic on decimal strings, as js/base/Precise.js does it (same vectors).

Every method takes and returns strings; None (undefined) in, None out. Results have no exponent, no
leading or trailing zeros, and never '-0'. Division keeps `precision` decimals, truncated toward
zero; division by zero is None.
"""

from __future__ import annotations

import re

DECIMAL = re.compile(r"([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?")
PLAIN = re.compile(r"(-?)([0-9]+)(?:\.([0-9]+))?")


def _parse(text: str) -> tuple[int, int]:
    """'-12.50e1' -> (-1250, 1), meaning value / 10 ** scale."""
    match = PLAIN.fullmatch(text) if type(text) is str else None
    if match is not None:  # the usual digits[.digits], read without the general pattern
        fraction = match[3] or ""
        value = int(match[2] + fraction)
        return (-value if match[1] else value), len(fraction)
    match = DECIMAL.fullmatch(str(text).strip())
    if match is None or (not match[2] and not match[3]):
        raise ValueError(f"Precise: not a decimal number: {text}")
    fraction = match[3] or ""
    value = int((match[2] or "0") + fraction)
    scale = len(fraction) - int(match[4] or "0")
    if scale < 0:
        value, scale = value * 10**-scale, 0
    return (-value if match[1] == "-" else value), scale


def _format(value: int, scale: int) -> str:
    negative = value < 0
    digits = str(-value if negative else value)
    if scale:
        if len(digits) <= scale:
            digits = "0" * (scale + 1 - len(digits)) + digits
        integer, fraction = digits[:-scale], digits[-scale:].rstrip("0")
        text = integer + "." + fraction if fraction else integer
    else:
        text = digits
    return "-" + text if negative else text  # (a negative value has a digit other than 0 at this scale)


def _aligned(a: str, b: str) -> tuple[int, int, int]:
    (left, left_scale), (right, right_scale) = _parse(a), _parse(b)
    scale = max(left_scale, right_scale)
    return left * 10 ** (scale - left_scale), right * 10 ** (scale - right_scale), scale


def _truncated_division(numerator: int, denominator: int) -> int:
    """Integer division rounding toward zero, as BigInt division does (// rounds toward -infinity)."""
    quotient = abs(numerator) // abs(denominator)
    return quotient if (numerator < 0) == (denominator < 0) else -quotient


class Precise:
    @staticmethod
    def string_add(a, b):
        if a is None or b is None:
            return None
        left, right, scale = _aligned(a, b)
        return _format(left + right, scale)

    @staticmethod
    def string_sub(a, b):
        if a is None or b is None:
            return None
        left, right, scale = _aligned(a, b)
        return _format(left - right, scale)

    @staticmethod
    def string_mul(a, b):
        if a is None or b is None:
            return None
        (left, left_scale), (right, right_scale) = _parse(a), _parse(b)
        return _format(left * right, left_scale + right_scale)

    @staticmethod
    def string_div(a, b, precision=18):
        if a is None or b is None:
            return None
        (left, left_scale), (right, right_scale) = _parse(a), _parse(b)
        if right == 0:
            return None
        numerator = left * 10 ** (right_scale + precision)
        denominator = right * 10**left_scale
        return _format(_truncated_division(numerator, denominator), precision)

    @staticmethod
    def string_mod(a, b):
        if a is None or b is None:
            return None
        left, right, scale = _aligned(a, b)
        if right == 0:
            return None
        return _format(left - right * _truncated_division(left, right), scale)  # the sign follows the dividend

    @staticmethod
    def string_neg(a):
        return None if a is None else Precise.string_sub("0", a)

    @staticmethod
    def string_abs(a):
        if a is None:
            return None
        match = PLAIN.fullmatch(a) if type(a) is str else None
        if match is not None:  # digits[.digits] need no arithmetic: the zeros around them go, and the sign
            fraction = match[3].rstrip("0") if match[3] else ""
            integer = match[2].lstrip("0") or "0"
            return integer + "." + fraction if fraction else integer
        value, scale = _parse(a)  # string_lt(a, "0") ? string_neg(a) : string_add(a, "0"), in one parse
        return _format(abs(value), scale)

    @staticmethod
    def string_min(a, b):
        if a is None or b is None:
            return None
        return Precise.string_add(a if Precise.string_lt(a, b) else b, "0")

    @staticmethod
    def string_max(a, b):
        if a is None or b is None:
            return None
        return Precise.string_add(a if Precise.string_gt(a, b) else b, "0")

    @staticmethod
    def compare(a, b) -> int:
        left, right, _ = _aligned(a, b)
        return (left > right) - (left < right)

    @staticmethod
    def string_eq(a, b):
        return None if a is None or b is None else Precise.compare(a, b) == 0

    @staticmethod
    def string_gt(a, b):
        return None if a is None or b is None else Precise.compare(a, b) > 0

    @staticmethod
    def string_ge(a, b):
        return None if a is None or b is None else Precise.compare(a, b) >= 0

    @staticmethod
    def string_lt(a, b):
        return None if a is None or b is None else Precise.compare(a, b) < 0

    @staticmethod
    def string_le(a, b):
        return None if a is None or b is None else Precise.compare(a, b) <= 0
