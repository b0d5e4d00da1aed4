"""Precise: exact arithmetic on decimal strings, as js/base/Precise.js does it (same vectors).

Every method takes and returns strings; None (undefined) in, None out. Results have no exponent, no
leading or trailing zeros, and never '-0'. Division keeps `precision` decimals, truncated toward
zero; division by zero is None. A number read or written has at most MAX_DIGITS digits before its point
and MAX_DIGITS after it, and a precision is at most MAX_DIGITS (a BadResponse beyond).

The arithmetic is the decimal module's (libmpdec, in C) in a context whose precision no operand can
reach, so sums, differences and products are exact, as BigInt arithmetic is in JavaScript.
"""

from __future__ import annotations

import re
from decimal import MAX_EMAX, MAX_PREC, MIN_EMIN, ROUND_DOWN, Context, Decimal

from exchangekit.base.errors import BadResponse
from exchangekit.base.js import to_str, trim
from exchangekit.base.speedups import SPEEDUPS

# JavaScript's pattern: \d is an ASCII digit there (re.ASCII); the text is trimmed first of what trim () removes
# (js.trim: str.strip () would also remove the separators U+001C to U+001F and U+0085).
DECIMAL = re.compile(r"([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?", re.ASCII)
PLAIN = re.compile(r"-?([0-9]+)(?:\.([0-9]+))?")
EXACT = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN)
# The largest exponent read ('1e1000', '1e-1000'): a result has all of its digits, so '1e1000000000' would be a
# gigabyte of them, from a few bytes of a response. A double's exponents fit within it (1e308, 5e-324).
MAX_EXPONENT = 1000
# The most digits a number may have before its point, and after it, as written once its exponent is applied (leading
# and trailing zeros count): exact arithmetic costs what its digits say, and each runtime's another (js/base/Precise.js).
MAX_DIGITS = 2000
TOO_MANY_DIGITS = f"Precise: a number of more than {MAX_DIGITS} digits before or after its point"
_SAFE_INTEGER = 2**53
# The divisors written as a power of ten up to 10^18 ('100': 2): the quotient is the dividend with its point moved,
# a quarter cheaper than the division (exchanges divide percentages by '100').
_POWERS_OF_TEN = {"1" + "0" * shift: shift for shift in range(19)}
_QUANTA = tuple(Decimal((0, (1,), -digits)) for digits in range(19))  # 1, 0.1, ... 1e-18: what truncation keeps


def _digits_within(before: int, after: int) -> None:
    if before > MAX_DIGITS or after > MAX_DIGITS:
        raise BadResponse(TOO_MANY_DIGITS)


def bounded(value: Decimal) -> Decimal:
    """value, a result, where Precise writes it with at most MAX_DIGITS digits on each side of its point."""
    text = str(value)  # (short and without an exponent for the usual values: no digits to count)
    if len(text) > MAX_DIGITS or "E" in text:
        if value:
            _sign, digits, exponent = value.normalize(EXACT).as_tuple()
            _digits_within(len(digits) + exponent, -exponent)
    return value


def _parse(text) -> Decimal:
    """'-12.50e1' -> Decimal('-125.0'); a text that is not a decimal number raises BadResponse."""
    if type(text) is str and len(text) <= MAX_DIGITS and not (text[1:] if text[:1] == "-" else text).strip("0123456789."):
        # The usual [-]digits[.digits], read in EXACT, which traps what is no number whatever the thread's context
        # does: "", "." and "1.2.3" raise, and _read says why.
        try:
            return EXACT.create_decimal(text)
        except ArithmeticError:
            pass
    return _read(text)


def _read(text) -> Decimal:
    """The general case of _parse: JavaScript's pattern on the trimmed text."""
    text = to_str(text)  # as String () writes it: True is 'true'
    match = DECIMAL.fullmatch(trim(text))
    if match is None or (not match[2] and not match[3]):
        raise BadResponse(f"Precise: not a decimal number: {text}")  # (mostly a response's field: a unified error)
    exponent = (match[4] or "").lstrip("+-").lstrip("0")
    if len(exponent) > len(str(MAX_EXPONENT)) or (exponent and int(exponent) > MAX_EXPONENT):
        raise BadResponse(f"Precise: not a decimal number: {text} (an exponent beyond {MAX_EXPONENT})")
    shift = -int(exponent or "0") if match[4] and match[4][0] == "-" else int(exponent or "0")
    _digits_within(max(len(match[2]) + shift, 0), max(len(match[3] or "") - shift, 0))
    return Decimal(match[0])


def _order(a, b) -> int:
    """-1, 0 or 1 as the value of a is below, equal to or above b's."""
    if SPEEDUPS is not None:  # two plain texts compared in C (None for any other pair)
        order = SPEEDUPS.plain_order(a, b)
        if order is not None:
            return order
    left, right = _parse(a), _parse(b)
    return (left > right) - (left < right)


def _format(value: Decimal) -> str:
    if not value:
        return "0"  # also for -0
    text = str(value)
    if "E" in text:  # str writes an exponent for large exponents and small numbers
        text = format(bounded(value), "f")
    if "." in text:
        text = text.rstrip("0")
        if text[-1] == ".":
            text = text[:-1]
    if len(text) > MAX_DIGITS:
        point = text.find(".")
        sign = 1 if text[0] == "-" else 0
        _digits_within((len(text) if point < 0 else point) - sign, 0 if point < 0 else len(text) - point - 1)
    return text


def _precision(precision) -> int:
    # as Node's stringDiv throws a RangeError for a precision that is not a non-negative integer (a whole float is
    # one, as 10 / 2 is: 5.0 here, 5 in Node; and 1e20 is too many digits, not a native error)
    if type(precision) is float and precision.is_integer() and precision >= 0:
        precision = MAX_DIGITS + 1 if precision > MAX_DIGITS else int(precision)
    if type(precision) is not int or precision < 0:
        raise ValueError(f"Precise: the precision must be a non-negative integer, not {precision}")
    if precision > MAX_DIGITS:
        raise BadResponse(f"Precise: a precision of more than {MAX_DIGITS} digits")
    return precision


decimal_of = _parse  # the exact value of a decimal text, as Precise reads its operands (ValueError when it is none)


def quotient(left: Decimal, right: Decimal, digits: int = 18) -> Decimal:
    """left / right truncated toward zero after `digits` decimals (right is not zero), as stringDiv computes it."""
    return EXACT.divide_int(left.scaleb(digits, EXACT), right).scaleb(-digits, EXACT)


def _truncated(value: Decimal, digits: int) -> Decimal:
    """value truncated toward zero after `digits` decimals, as quotient truncates."""
    quantum = _QUANTA[digits] if digits < len(_QUANTA) else Decimal((0, (1,), -digits))
    return value.quantize(quantum, ROUND_DOWN, EXACT)


def number_of(value: Decimal):
    """The number parseNumber reads from the text Precise writes for value: an int where it is whole and exact."""
    number = float(value)  # correctly rounded, as parsing its text would be
    if number == 0 and value < 0:
        return number  # -0.0, as parseFloat reads a negative text too small for a double (Precise writes 0 as "0")
    return int(number) if number.is_integer() and -_SAFE_INTEGER < number < _SAFE_INTEGER else number


class Precise:
    @staticmethod
    def string_add(a, b):
        if a is None or b is None:
            return None
        return _format(EXACT.add(_parse(a), _parse(b)))

    @staticmethod
    def string_sub(a, b):
        if a is None or b is None:
            return None
        return _format(EXACT.subtract(_parse(a), _parse(b)))

    @staticmethod
    def string_mul(a, b):
        if a is None or b is None:
            return None
        if SPEEDUPS is not None:  # two plain texts' product is written in C (None for any other pair)
            product = SPEEDUPS.plain_product(a, b)
            if product is not None:
                return product
        return _format(EXACT.multiply(_parse(a), _parse(b)))

    @staticmethod
    def string_div(a, b, precision=18):
        if a is None or b is None:
            return None
        if precision is None:  # (undefined is the default, passed or not, as in JavaScript)
            precision = 18
        digits = _precision(precision)
        shift = _POWERS_OF_TEN.get(b) if type(b) is str else None
        if shift is not None:
            if SPEEDUPS is not None:  # a plain text's point moved in C (None for any other text)
                quotient_ = SPEEDUPS.plain_shifted(a, shift, digits)
                if quotient_ is not None:
                    return quotient_
            return _format(_truncated(_parse(a).scaleb(-shift, EXACT), digits))
        left, right = _parse(a), _parse(b)
        if not right:
            return None
        # the quotient times 10^precision, truncated toward zero (as BigInt division is), then scaled back
        return _format(quotient(left, right, digits))

    @staticmethod
    def string_mod(a, b):
        if a is None or b is None:
            return None
        left, right = _parse(a), _parse(b)
        if not right:
            return None
        return _format(EXACT.remainder(left, right))  # the sign follows the dividend, as with %

    @staticmethod
    def string_neg(a):
        return None if a is None else _format(EXACT.minus(_parse(a)))

    @staticmethod
    def string_abs(a):
        if a is None:
            return None
        match = PLAIN.fullmatch(a) if type(a) is str else None
        if match is not None:  # digits[.digits] need no arithmetic: the zeros around them go, and the sign
            _digits_within(len(match[1]), len(match[2] or ""))
            fraction = match[2].rstrip("0") if match[2] else ""
            integer = match[1].lstrip("0") or "0"
            return integer + "." + fraction if fraction else integer
        return _format(EXACT.abs(_parse(a)))

    @staticmethod
    def string_min(a, b):
        if a is None or b is None:
            return None
        left, right = _parse(a), _parse(b)
        return _format(left if left < right else right)

    @staticmethod
    def string_max(a, b):
        if a is None or b is None:
            return None
        left, right = _parse(a), _parse(b)
        return _format(left if left > right else right)

    @staticmethod
    def compare(a, b) -> int:
        return _order(a, b)

    @staticmethod
    def string_eq(a, b):
        return None if a is None or b is None else _order(a, b) == 0

    @staticmethod
    def string_gt(a, b):
        return None if a is None or b is None else _order(a, b) > 0

    @staticmethod
    def string_ge(a, b):
        return None if a is None or b is None else _order(a, b) >= 0

    @staticmethod
    def string_lt(a, b):
        return None if a is None or b is None else _order(a, b) < 0

    @staticmethod
    def string_le(a, b):
        return None if a is None or b is None else _order(a, b) <= 0
