"""The hot primitives of the base class, natively: the methods every parse calls thousands of times.

js/base/Exchange.js keeps their subset definition as the specification (Node runs it); the Python and PHP
emitters leave out the methods of transpiler.names.NATIVE_PRIMITIVES, which are defined here and in
php/base/Primitives.php, held to the shared vectors (tests/vectors/base/*.json). Each takes a fast path for the
types JSON gives (type(x) is dict, str, int, float) and falls back to the general JavaScript semantics
(exchangekit.base.js) for anything else. Keys are read as own keys only, like ownValue: a dict, list or string
here has no inherited members.
"""

from __future__ import annotations

import math
import re
from decimal import Decimal
from math import floor as _floor
from operator import itemgetter

from exchangekit.base import js
from exchangekit.base.book_parts import OwnedBookParts
from exchangekit.base.errors import BadResponse, ExchangeError
from exchangekit.base.precise import EXACT, Precise, bounded, decimal_of, number_of, quotient
from exchangekit.base.speedups import SPEEDUPS

# isDecimalString of js/base/Exchange.js: [+-]digits[.digits][e[+-]digits], at least one mantissa digit, ASCII only.
# (Each digit has one place in the pattern: with [0-9]+\.?[0-9]* a run of digits could be split between the two
# quantifiers in as many ways as it is long, and a failed match, '1' * 40_000 + 'x' in a response, took 30 seconds.)
_DECIMAL_STRING = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?\Z")
_SAFE_INTEGER = 2**53
_EXACT_INTEGER_TEXT = 10**21  # below it, String (integer) has every digit and no exponent
_SCALARS = frozenset({str, int, float, bool, type(None)})  # never mergeable: is_mergeable need not be asked
_NUMBERS = frozenset({int, float})
_TWO, _HUNDRED, _HALF = Decimal(2), Decimal(100), Decimal("0.5")
_DICT = frozenset({dict})
_LIST = frozenset({list})
_STR = frozenset({str})
_STR_OR_NONE = frozenset({str, type(None)})
_DIGITS_AND_POINTS = re.compile(r"[0-9.]*")
_POWERS_OF_TEN = tuple(10**exponent for exponent in range(81))
_NOTHING: dict = {}  # what a structure reads from an input that is not a dictionary: no key at all
# The unified market's defaults (safeMarketStructure), read only: a market gets copies.
_PRECISION_DEFAULTS = {"amount": None, "price": None}
_BOUNDS_DEFAULTS = {"min": None, "max": None}
_LIMITS_DEFAULTS = {"amount": _BOUNDS_DEFAULTS, "price": _BOUNDS_DEFAULTS, "cost": _BOUNDS_DEFAULTS}
_MARKET_DEFAULTS = {
    "id": None, "symbol": None, "base": None, "quote": None, "baseId": None, "quoteId": None, "active": None,
    "type": "spot", "spot": True, "swap": False, "future": False, "option": False, "contract": False,
    "linear": None, "inverse": None, "contractSize": None, "settle": None, "settleId": None, "expiry": None,
    "expiryDatetime": None, "strike": None, "optionType": None, "taker": None, "maker": None,
    "precision": None, "limits": None, "info": None,
}


def _number_to_string(value):
    kind = type(value)
    if kind is int and -_EXACT_INTEGER_TEXT < value < _EXACT_INTEGER_TEXT:
        return str(value)
    if kind is not int and kind is not float:
        return value  # undefined and anything that is not a number, as it is
    if kind is float and 1e-4 <= abs(value) < 1e16:
        # repr has JavaScript's shortest round-trip digits, and no exponent in this range
        text = repr(value)
        return text[:-2] if text.endswith(".0") else text
    text = js.to_str(value)
    return Precise.string_add(text, "0") if "e" in text else text


def _parse_number(value, default_value=None):
    kind = type(value)
    if kind is str:
        try:
            number = float(value)  # correctly rounded, as parseFloat is
        except ValueError:  # no number at all: "", ".", "1.2.3", "abc"
            return default_value
        # float reads more than a decimal text: whitespace around it, '_' between digits, other scripts' digits, 'inf'
        # and 'nan'. The pattern decides for a text that may be one of those (and for '1e999', Infinity). (strip gives
        # the text itself back when there is nothing around it to strip.)
        if number - number != 0 or not value.isascii() or "_" in value or value.strip() is not value:
            return default_value if _DECIMAL_STRING.match(value) is None else number
        if number.is_integer() and -_SAFE_INTEGER < number < _SAFE_INTEGER and not (number == 0 and value[0] == "-"):
            return int(number)
        return number
    if kind is int:
        return value
    if value is None:
        return default_value
    if kind is float:
        return value if value == value else default_value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value if value == value else default_value
    if isinstance(value, str):
        return _parse_number(str(value), default_value)
    return default_value


def _absolute_number(text):
    """_parse_number (Precise.stringAbs (text)); a plain text (a sign, digits and points) is read without Precise, as
    safeTrade reads it (so Precise's bound on digits does not apply to it)."""
    unsigned = text[1:] if type(text) is str and text[:1] in ("-", "+") else text
    if type(unsigned) is str and not unsigned.strip("0123456789."):
        try:
            number = float(unsigned)  # (_parse_number's plain case, inlined)
        except ValueError:  # "", ".", "1.2.3": as stringAbs reads them
            pass
        else:
            return int(number) if number.is_integer() and number < _SAFE_INTEGER else number
    return None if text is None else _parse_number(Precise.string_abs(text))  # (stringAbs throws for ".")




def _scaled(text):
    """A plain decimal text (an optional minus, digits with at most one point: '-12.50', '5.', '.5') of at most 40
    characters as (integer, decimals), its exact value integer / 10**decimals, as Precise reads it; None for any
    other value (the caller reads it on decimals)."""
    if type(text) is not str or len(text) > 40:
        return None
    whole, _point, fraction = text.partition(".")
    integer = whole + fraction  # (a second point is in fraction: not a digit)
    if not (integer.isdigit() and integer.isascii()) and \
            not (whole[:1] == "-" and integer[1:].isdigit() and integer.isascii()):
        return None
    return int(integer), len(fraction)


def _product_number(amount, price):
    """The number of the exact product of two unsigned plain texts (see _scaled) on integers: int / int is correctly
    rounded, as float (Decimal) and parseFloat of Precise's text are. None for any other pair (the caller computes it
    on decimals)."""
    amount_scaled, price_scaled = _scaled(amount), _scaled(price)
    if amount_scaled is None or price_scaled is None or amount[:1] == "-" or price[:1] == "-":
        return None
    (amount_integer, amount_decimals), (price_integer, price_decimals) = amount_scaled, price_scaled
    return _scaled_number(amount_integer * price_integer, amount_decimals + price_decimals)


def _truncated_quotient(numerator: int, denominator: int) -> int:
    """numerator / denominator truncated toward zero (denominator not 0), as BigInt division is."""
    quotient_ = abs(numerator) // abs(denominator)
    return -quotient_ if (numerator < 0) != (denominator < 0) else quotient_


def _scaled_number(integer: int, decimals: int):
    """number_of (integer / 10**decimals): int / int is correctly rounded, as float (Decimal) is."""
    number = integer / _POWERS_OF_TEN[decimals]
    return int(number) if number.is_integer() and -_SAFE_INTEGER < number < _SAFE_INTEGER else number


def _ticker_derivations(last, open_, change, percentage, average):
    """(change, percentage, average) of a ticker whose last and open are present, as safe_ticker derives the
    missing ones (change = last - open, percentage = change / open * 100 where open > 0, average = (last + open) / 2,
    the quotients truncated after 18 decimals as stringDiv's are), computed exactly on integers where last, open
    and a given change are plain texts (see _scaled): the derived ones as numbers, the given ones as they are; then
    the numbers of last and open, from the integers read (what _parse_number reads from their texts, without reading
    them again). None for any other texts (the caller computes on decimals)."""
    last_scaled, open_scaled = _scaled(last), _scaled(open_)
    if last_scaled is None or open_scaled is None:
        return None
    (last_integer, last_decimals), (open_integer, open_decimals) = last_scaled, open_scaled
    decimals = max(last_decimals, open_decimals)
    last_integer *= _POWERS_OF_TEN[decimals - last_decimals]
    open_integer *= _POWERS_OF_TEN[decimals - open_decimals]
    # ('-0.0' is -0, where the integer 0 has no sign)
    last_number = _scaled_number(last_integer, decimals) if last_integer or last[0] != "-" else -0.0
    open_number = _scaled_number(open_integer, decimals) if open_integer or open_[0] != "-" else -0.0
    if change is None:
        change_integer, change_decimals = last_integer - open_integer, decimals
        change = _scaled_number(change_integer, decimals)
    elif percentage is None:
        change_scaled = _scaled(change)
        if change_scaled is None:
            return None
        change_integer, change_decimals = change_scaled
    if percentage is None and open_integer > 0:
        # change / open truncated after 18 decimals, times 100: an integer of 10^-16
        percentage = _scaled_number(_truncated_quotient(change_integer * _POWERS_OF_TEN[18 + decimals],
                                                        open_integer * _POWERS_OF_TEN[change_decimals]), 16)
    if average is None:
        total = last_integer + open_integer
        # half the sum has at most one decimal more than the texts: below 18, stringDiv's truncation keeps it whole
        average = _scaled_number(total * 5, decimals + 1) if decimals < 18 else \
            _scaled_number(_truncated_quotient(total * _POWERS_OF_TEN[18], 2 * _POWERS_OF_TEN[decimals]), 18)
    return change, percentage, average, last_number, open_number


def _plain_quotient(numerator, denominator):
    """The number of numerator / denominator truncated after 18 decimals (stringDiv), computed on integers for two
    plain texts (see _scaled), the denominator not zero; None for any other pair (the caller computes on decimals)."""
    numerator_scaled, denominator_scaled = _scaled(numerator), _scaled(denominator)
    if numerator_scaled is None or denominator_scaled is None:
        return None
    (numerator_integer, numerator_decimals), (denominator_integer, denominator_decimals) = \
        numerator_scaled, denominator_scaled
    if denominator_integer == 0:
        return None
    return _scaled_number(_truncated_quotient(numerator_integer * _POWERS_OF_TEN[18 + denominator_decimals],
                                              denominator_integer * _POWERS_OF_TEN[numerator_decimals]), 18)


def _ticker_decimals(last, open_, change, percentage, average):
    """safe_ticker's derivations on exact decimals (each text read once, in the order the specification reads
    them), where _ticker_derivations does not apply: (change, percentage, average, open), a derived one a
    Decimal."""
    open_decimal = None
    if last is not None and open_ is not None:
        if change is None or average is None:
            last_decimal, open_decimal = _decimal(last), _decimal(open_)
        if change is None:
            change = bounded(EXACT.subtract(last_decimal, open_decimal))
        if average is None:
            total = bounded(EXACT.add(last_decimal, open_decimal))
            # Two texts of at most 18 characters and no exponent have at most 17 decimals: half their sum has
            # at most 18, which stringDiv's truncation keeps, and the product is the quicker to compute.
            average = EXACT.multiply(total, _HALF) if len(last) < 19 and len(open_) < 19 and "e" not in last \
                and "E" not in last and "e" not in open_ and "E" not in open_ else quotient(total, _TWO)
    if change is not None and open_ is None and last is not None:
        open_ = bounded(EXACT.subtract(_decimal(last), _decimal(change)))
    if percentage is None and change is not None and open_ is not None:
        if open_decimal is None:
            open_decimal = _decimal(open_)
        if open_decimal > 0:
            # (change x 100) / open with 16 decimals, as the specification computes it (and bounds the product)
            percentage = bounded(quotient(bounded(EXACT.multiply(_decimal(change), _HUNDRED)), open_decimal, 16))
    return change, percentage, average, open_


def _plain_numbers(texts):
    """_parse_number of every text, where all are unsigned digits[.digits] (a book's column), else None."""
    if not _STR.issuperset(map(type, texts)) or _DIGITS_AND_POINTS.fullmatch("".join(texts)) is None:
        return None
    try:
        numbers = list(map(float, texts))
    except ValueError:  # "", ".", "1.2.3"
        return None
    integral = list(map(float.is_integer, numbers))
    if True in integral:
        return [int(number) if whole and number < _SAFE_INTEGER else number for number, whole in zip(numbers, integral)]
    return numbers


def _string_of(value, default_value=None):
    """safeString of a value already read (by safeValue: never the empty string)."""
    kind = type(value)
    if kind is str:
        return value if value != "" else default_value
    if kind is int or kind is float:
        return _number_to_string(value)
    if kind is bool:
        return "true" if value else "false"
    return default_value


def _integer_of(value, default_value=None):
    """safeInteger of a value already read."""
    if type(value) is int:
        return value
    if value is None:
        return default_value
    number = _parse_number(value)
    if number is None or number == math.inf or number == -math.inf:
        return default_value
    return js.trunc(number)  # (Math.trunc: -0.5 and '-0' are -0, where math.trunc made them 0)


def _value_of(value):
    """safeValue of a value already read from a dictionary: the empty string is no value."""
    return None if type(value) is str and value == "" else value


def _dict_of(value, default_value=None):
    """safeDict of a value already read."""
    if type(value) is dict or (value is not None and js.typeof(value) == "object" and type(value) is not list):
        return value
    return default_value


def _own_values(array, key):
    """entry[key] of every entry where each is a dict with that string key, or a list that long with that index,
    and no value is None or "" (which safeValue replaces by its default); else None."""
    if type(key) is str:
        if not _DICT.issuperset(map(type, array)):
            return None
    elif type(key) is not int or key < 0 or not _LIST.issuperset(map(type, array)) \
            or (array and min(map(len, array)) <= key):
        return None
    try:
        values = list(map(itemgetter(key), array))
    except KeyError:
        return None
    return None if None in values or "" in values else values


def _decimal(value):
    """A derived Decimal as it is, a text read exactly (as Precise reads it)."""
    return value if type(value) is Decimal else decimal_of(value)


def _strings_of(values: tuple):
    """_string_of of each value, the usual ones (a non-empty string, None) without a call."""
    if _STR_OR_NONE.issuperset(map(type, values)) and "" not in values:
        return values
    return [value if (type(value) is str and value != "") else None if value is None else _string_of(value)
            for value in values]


def _fresh(defaults):
    """A copy of nested default dictionaries, to be changed by their owner."""
    return {key: _fresh(value) if type(value) is dict else value for key, value in defaults.items()}


class Primitives(object if SPEEDUPS is None else SPEEDUPS.Primitives):
    """The native hot primitives, mixed into NativeExchange (the hottest of them from _speedups where it was built)."""

    def own_value(self, container, key):
        """container[key]: dictionaries, lists and strings have no inherited members here, unlike JavaScript."""
        return js.get(container, key)

    def safe_value(self, dictionary, key, default_value=None):
        kind = type(dictionary)
        if kind is dict and type(key) is str:
            value = dictionary[key] if key in dictionary else None  # (no call: cheaper than get)
        elif kind is list and type(key) is int and key >= 0:
            try:
                value = dictionary[key]
            except IndexError:
                value = None
        elif dictionary is None or key is None or js.typeof(dictionary) != "object":
            return default_value
        else:
            value = self.own_value(dictionary, key)
        if value is None or (type(value) is str and value == ""):
            return default_value
        return value

    def safe_value2(self, dictionary, key1, key2, default_value=None):
        return self.safe_value_n(dictionary, [key1, key2], default_value)

    def safe_value_n(self, dictionary, keys, default_value=None):
        if type(keys) is not list:  # keys.length and keys[i] of any other value, as JavaScript reads them, each as
            # the loop reaches it (a dictionary's length may be a billion, where the first key found returns)
            keys = js.elements(keys)
        if type(dictionary) is dict:
            for key in keys:
                value = (dictionary[key] if key in dictionary else None) if type(key) is str \
                    else self.safe_value(dictionary, key)
                if value is not None and not (type(value) is str and value == ""):
                    return value
            return default_value
        for key in keys:
            value = self.safe_value(dictionary, key)
            if value is not None:
                return value
        return default_value

    def safe_string(self, dictionary, key, default_value=None):
        kind = type(dictionary)
        if kind is dict and type(key) is str:  # safe_value's fast paths, inlined
            value = dictionary[key] if key in dictionary else None
        elif kind is list and type(key) is int and 0 <= key < len(dictionary):
            value = dictionary[key]
        else:
            value = self.safe_value(dictionary, key)
        if type(value) is str:
            return value if value != "" else default_value
        if value is None:  # (a key that is missing: the commonest value that is not a string)
            return default_value
        return _string_of(value, default_value)

    def string_of(self, value, default_value=None):
        return value if type(value) is str else _string_of(value, default_value)

    def integer_of(self, value, default_value=None):
        return _integer_of(value, default_value)

    def safe_string2(self, dictionary, key1, key2, default_value=None):
        if type(dictionary) is dict and type(key1) is str:  # safe_value_n's fast path, inlined
            value = dictionary[key1] if key1 in dictionary else None
            if value is None or (type(value) is str and value == ""):
                return self.safe_string(dictionary, key2, default_value)
            return value if type(value) is str else _string_of(value, default_value)
        return self.safe_string_n(dictionary, [key1, key2], default_value)

    def safe_string_n(self, dictionary, keys, default_value=None):
        if type(dictionary) is dict and type(keys) is list:  # safe_value_n's fast path, inlined
            for key in keys:
                if type(key) is not str:
                    break
                value = dictionary[key] if key in dictionary else None
                if type(value) is str:
                    if value != "":
                        return value
                elif value is not None:
                    return _string_of(value, default_value)
            else:
                return default_value
        return _string_of(self.safe_value_n(dictionary, keys), default_value)

    def safe_string_lower(self, dictionary, key, default_value=None):
        value = self.safe_string(dictionary, key)
        return default_value if value is None else js.lower_case(value)

    def safe_string_lower2(self, dictionary, key1, key2, default_value=None):
        value = self.safe_string2(dictionary, key1, key2)
        return default_value if value is None else js.lower_case(value)

    def safe_string_lower_n(self, dictionary, keys, default_value=None):
        value = self.safe_string_n(dictionary, keys)
        return default_value if value is None else js.lower_case(value)

    def safe_string_upper(self, dictionary, key, default_value=None):
        value = self.safe_string(dictionary, key)
        return default_value if value is None else js.upper_case(value)

    def safe_string_upper2(self, dictionary, key1, key2, default_value=None):
        value = self.safe_string2(dictionary, key1, key2)
        return default_value if value is None else js.upper_case(value)

    def safe_string_upper_n(self, dictionary, keys, default_value=None):
        value = self.safe_string_n(dictionary, keys)
        return default_value if value is None else js.upper_case(value)

    def safe_number(self, dictionary, key, default_value=None):
        if type(dictionary) is dict and type(key) is str:  # safe_value's fast path, inlined ("" is read as no value)
            return _parse_number(dictionary[key] if key in dictionary else None, default_value)
        return _parse_number(self.safe_value(dictionary, key), default_value)

    def safe_number2(self, dictionary, key1, key2, default_value=None):
        return self.parse_number(self.safe_value_n(dictionary, [key1, key2]), default_value)

    def safe_number_n(self, dictionary, keys, default_value=None):
        return self.parse_number(self.safe_value_n(dictionary, keys), default_value)

    def safe_integer(self, dictionary, key, default_value=None):
        if type(dictionary) is dict and type(key) is str:  # safe_value's fast path, inlined
            return _integer_of(dictionary[key] if key in dictionary else None, default_value)
        return _integer_of(self.safe_value(dictionary, key), default_value)

    def safe_integer2(self, dictionary, key1, key2, default_value=None):
        if type(dictionary) is dict and type(key1) is str:  # safe_value_n's fast path, inlined
            value = dictionary[key1] if key1 in dictionary else None
            if value is None or (type(value) is str and value == ""):
                return self.safe_integer(dictionary, key2, default_value)
            return value if type(value) is int else _integer_of(value, default_value)
        return self.safe_integer_n(dictionary, [key1, key2], default_value)

    def safe_integer_n(self, dictionary, keys, default_value=None):
        return _integer_of(self.safe_value_n(dictionary, keys), default_value)

    def safe_integer_product(self, dictionary, key, factor, default_value=None):
        return self.safe_integer_product_n(dictionary, [key], factor, default_value)

    def safe_integer_product2(self, dictionary, key1, key2, factor, default_value=None):
        return self.safe_integer_product_n(dictionary, [key1, key2], factor, default_value)

    def safe_integer_product_n(self, dictionary, keys, factor, default_value=None):
        number = self.parse_number(self.safe_value_n(dictionary, keys))
        if number is None or number == math.inf or number == -math.inf:
            return default_value
        return self.product_without_fraction(number, factor)

    def excerpt(self, text):
        # Exchange.js's excerpt: the first 200 code units of a response's body, or 199 where the 200th is the first half
        # of a surrogate pair (Node's encodeURIComponent refuses the half). A cut through a pair is Unportable, which no
        # catch clause of emitted code sees (red-team round 15): read here, natively. The credentials are redacted
        # before the cut, through which one was shown but for its end.
        text = self.redact_secrets(text)
        if js.length(text) > 200:
            try:
                head = js.slice_(text, 0, 200)
            except js.UnportableValueError:
                head = js.slice_(text, 0, 199)
            return head + "..."
        return text

    def product_without_fraction(self, number, factor):
        # number x factor truncated toward zero, exactly for the numbers as written (js/base/Exchange.js says how)
        if factor == 1000 and type(number) is not int and type(number) is not float:
            coerced = js.to_number(number)  # (Math.abs and Math.round read a text's number; NaN goes on below)
            if -1e12 < coerced < 1e12:
                number = coerced
        if factor == 1000 and (type(number) is int or type(number) is float) and -1e12 < number < 1e12:
            if type(number) is int:
                return number * 1000
            product = number * 1000
            nearest = _floor(product)
            if product - nearest >= 0.5:  # Math.round
                nearest += 1
                if nearest == 0 and product < 0:
                    nearest = -0.0  # (Math.round of -0.5 to 0 is -0)
            elif product == 0 and math.copysign(1.0, product) < 0:
                nearest = -0.0
            if number >= 0:
                return nearest if number >= nearest / 1000 else nearest - 1
            return nearest if number <= nearest / 1000 else nearest + 1
        if factor == 0.001 and (type(number) is int or type(number) is float and number.is_integer()) \
                and -_SAFE_INTEGER < number < _SAFE_INTEGER:  # (Number.isInteger: -0 and 5.0 too, red-team round 24)
            quotient = math.trunc(number / 1000)
            return -0.0 if quotient == 0 and math.copysign(1.0, number) < 0 else quotient  # (Math.trunc (-0.001) is -0)
        return js.parse_int(Precise.string_mul(_number_to_string(number), _number_to_string(factor)))

    def safe_timestamp(self, dictionary, key, default_value=None):
        kind = type(dictionary)
        if kind is dict and type(key) is str:  # safe_value's fast paths, inlined
            value = dictionary[key] if key in dictionary else None
        elif kind is list and type(key) is int and 0 <= key < len(dictionary):
            value = dictionary[key]
        else:
            value = self.safe_value(dictionary, key)
        number = value if type(value) is int or type(value) is float else _parse_number(value)
        if number is None or number != number or number == math.inf or number == -math.inf:
            return default_value
        return self.product_without_fraction(number, 1000)

    def safe_timestamp2(self, dictionary, key1, key2, default_value=None):
        return self.safe_integer_product_n(dictionary, [key1, key2], 1000, default_value)

    def safe_timestamp_n(self, dictionary, keys, default_value=None):
        return self.safe_integer_product_n(dictionary, keys, 1000, default_value)

    def safe_bool(self, dictionary, key, default_value=None):
        if type(dictionary) is dict and type(key) is str:  # safe_value's fast path, inlined
            value = dictionary[key] if key in dictionary else None
        else:
            value = self.safe_value(dictionary, key)
        return value if type(value) is bool else default_value

    def safe_bool2(self, dictionary, key1, key2, default_value=None):
        if type(dictionary) is dict and type(key1) is str:  # safe_value_n's fast path, inlined
            value = dictionary[key1] if key1 in dictionary else None
            if value is None or (type(value) is str and value == ""):
                return self.safe_bool(dictionary, key2, default_value)
            return value if type(value) is bool else default_value
        value = self.safe_value_n(dictionary, [key1, key2])
        return value if type(value) is bool else default_value

    def safe_bool_n(self, dictionary, keys, default_value=None):
        value = self.safe_value_n(dictionary, keys)
        return value if type(value) is bool else default_value

    def safe_dict(self, dictionary, key, default_value=None):
        if type(dictionary) is dict and type(key) is str:  # safe_value's fast path, inlined
            value = dictionary[key] if key in dictionary else None
            if type(value) is dict:
                return value
        else:
            value = self.safe_value(dictionary, key)
        return _dict_of(value, default_value)

    def safe_dict2(self, dictionary, key1, key2, default_value=None):
        return self.safe_dict_n(dictionary, [key1, key2], default_value)

    def safe_dict_n(self, dictionary, keys, default_value=None):
        value = self.safe_value_n(dictionary, keys)
        return value if js.typeof(value) == "object" and type(value) is not list else default_value

    def safe_list(self, dictionary, key, default_value=None):
        if type(dictionary) is dict and type(key) is str:  # safe_value's fast path, inlined
            value = dictionary[key] if key in dictionary else None
        else:
            value = self.safe_value(dictionary, key)
        return value if type(value) is list else default_value

    def safe_list2(self, dictionary, key1, key2, default_value=None):
        return self.safe_list_n(dictionary, [key1, key2], default_value)

    def safe_list_n(self, dictionary, keys, default_value=None):
        value = self.safe_value_n(dictionary, keys)
        return value if type(value) is list else default_value

    def number_to_string(self, value):
        return _number_to_string(value)

    def parse_number(self, value, default_value=None):
        return _parse_number(value, default_value)

    def is_decimal_string(self, text):
        return type(text) is str and _DECIMAL_STRING.match(text) is not None

    def extend(self, a, b=None):
        if type(a) is dict and (b is None or type(b) is dict):
            return {**a, **b} if b else dict(a)
        return js.merge(a, {} if b is None else b)

    def is_mergeable(self, value):
        kind = type(value)
        if kind is dict:
            return True
        if kind is list:
            return len(value) == 0
        if value is None or js.typeof(value) != "object":
            return False
        return not js.is_array(value) or len(value) == 0

    def deep_extend(self, a, b):
        return self.deep_extend_level(a, b, 0)

    def deep_extend_level(self, a, b, depth):
        # At most 512 levels, as the specification says (each runtime's stack holds another number).
        if type(depth) not in (int, float) or not depth >= 0 or depth > 512:
            raise ExchangeError("deepExtend merges dictionaries nested 512 levels deep at most")
        mergeable = self.is_mergeable
        both_dicts = type(a) is dict and type(b) is dict  # the usual case: no isMergeable call for them
        if not both_dicts and (not mergeable(a) or not mergeable(b)):
            return b
        result = dict(a) if both_dicts else self.extend(a)
        # A dict's own order is Object.keys' order but for the integer-like keys, which js.keys puts first when it
        # lists the result: the same keys end up in the same order either way.
        entries = b.items() if type(b) is dict else [(key, self.own_value(b, key)) for key in js.keys(b)]
        for key, value in entries:
            existing = result[key] if key in result else None
            if (type(existing) is dict and type(value) is dict) or (
                    type(existing) not in _SCALARS and type(value) not in _SCALARS and mergeable(existing)
                    and mergeable(value)):
                value = self.deep_extend_level(existing, value, depth + 1)
            if type(key) is str:
                result[key] = value
            else:
                js.set_(result, key, value)
        return result

    def sort_by(self, array, key, descending=None, default_value=None):
        """A stable sort on entry[key] (entries without it as default_value): Python's sort where every value
        is a number other than NaN, else the specification's merge sort with JavaScript's comparisons."""
        if descending is None:
            descending = False
        if default_value is None:
            default_value = 0
        if type(array) is str:  # (as the specification: a text is no list to sort)
            raise BadResponse(js.to_str(self.id) + " sent a text where a list to sort was expected")
        if type(array) is list:
            values = _own_values(array, key)
            own = values is not None
            if not own:
                values = [self.safe_value(entry, key, default_value) for entry in array]
            if _NUMBERS.issuperset(map(type, values)) \
                    and (not values or (-_SAFE_INTEGER < min(values) and max(values) < _SAFE_INTEGER)) \
                    and not any(map(math.isnan, values)):
                # numbers compare alike in both languages (NaN and ints beyond 2^53 do not; with a NaN or such an
                # int among them the range test fails first); sorted is stable with reverse too, as the merge
                # sort is
                if own:  # entry[key] is the value of each entry
                    return sorted(array, key=itemgetter(key), reverse=js.truthy(descending))
                order = sorted(range(len(array)), key=values.__getitem__, reverse=js.truthy(descending))
                return [array[index] for index in order]
        return self._merge_sort_by(array, key, descending, default_value)

    def _merge_sort_by(self, array, key, descending, default_value):
        if js.less(js.length(array), 2):
            return js.slice_(array)
        middle = js.floor(js.divide(js.length(array), 2))
        left = self._merge_sort_by(js.slice_(array, 0, middle), key, descending, default_value)
        right = self._merge_sort_by(js.slice_(array, middle), key, descending, default_value)
        result = []
        i = j = 0
        while i < len(left) and j < len(right):
            a = self.safe_value(left[i], key, default_value)
            b = self.safe_value(right[j], key, default_value)
            take_right = js.greater(b, a) if js.truthy(descending) else js.less(b, a)
            if take_right:
                result.append(right[j])
                j += 1
            else:
                result.append(left[i])
                i += 1
        return result + left[i:] + right[j:]

    def sort_by2(self, array, key1, key2, descending=None):
        return self.sort_by(self.sort_by(array, key2, descending), key1, descending)

    def to_array(self, value):
        if type(value) is list or js.is_array(value):
            return value
        if value is None:
            raise BadResponse(js.to_str(self.id) + " sent no list or dictionary where one was expected")
        return js.values(value)

    def parse_bid_ask(self, bidask, price_key=None, amount_key=None):
        if price_key is None:
            price_key = 0
        if amount_key is None:
            amount_key = 1
        return [self.safe_number(bidask, price_key), self.safe_number(bidask, amount_key)]

    def parse_bids_asks(self, bidasks, price_key=None, amount_key=None):
        if bidasks is not None and type(bidasks) is not list and type(bidasks) is not dict:
            raise BadResponse(js.to_str(self.id) + " sent an order book side that is neither a list nor a dictionary")
        entries = self.to_array([] if bidasks is None else bidasks)
        if price_key is None:
            price_key = 0
        if amount_key is None:
            amount_key = 1
        if type(price_key) is int and type(amount_key) is int and price_key >= 0 and amount_key >= 0:
            shortest = min(map(len, entries)) if _LIST.issuperset(map(type, entries)) and entries else None
            if not entries or (shortest is not None and shortest > max(price_key, amount_key)):
                # [price, amount, ...] lists: the common shape, read directly, each column at once where it can be
                prices = _plain_numbers(list(map(itemgetter(price_key), entries)))
                amounts = _plain_numbers(list(map(itemgetter(amount_key), entries))) if prices is not None else None
                if amounts is not None:
                    return list(map(list, zip(prices, amounts)))
                return [[_parse_number(entry[price_key]), _parse_number(entry[amount_key])] for entry in entries]
        return [self.parse_bid_ask(entry, price_key, amount_key) for entry in entries]

    # --- maintained order books (streams) --------------------------------------------------------------

    def book_part(self, book, value):
        try:
            owned = self.__book_parts
        except AttributeError:  # (the first call: made where streams run only, so that it asks no more)
            self.check_streaming()
            owned = self.__book_parts = OwnedBookParts()
        if owned.owns(book, value):
            return value
        part = self.extend({}, value)
        owned.add(book, part, self.streams)
        return part

    def book_position(self, levels, keys, price, descending):
        """The specification's binary search; on the book's own shape (a dict of [number, ...] levels by text key, a
        list of keys, a number) without the general comparisons."""
        safe_value = self.safe_value
        descending = js.truthy(descending)
        if type(levels) is not dict or type(keys) is not list or not (type(price) is int or type(price) is float):
            low, high = 0, js.length(keys)
            while js.less(low, high):
                middle = js.floor(js.divide(js.add(low, high), 2))
                other = safe_value(safe_value(levels, js.get(keys, middle)), 0)
                if js.greater(other, price) if descending else js.less(other, price):
                    low = middle + 1
                else:
                    high = middle
            return low
        low, high = 0, len(keys)
        while low < high:
            middle = (low + high) >> 1
            key = keys[middle]
            level = levels.get(key) if type(key) is str else safe_value(levels, key)
            other = level[0] if type(level) is list and level else None
            if type(other) is int or type(other) is float:
                better = other > price if descending else other < price
            else:
                other = safe_value(level, 0)
                better = js.greater(other, price) if descending else js.less(other, price)
            if better:
                low = middle + 1
            else:
                high = middle
        return low

    def book_levels(self, levels, book, side, limit):
        keys = self.safe_list(self.safe_dict(book, "order", {}), side, [])
        count = len(keys) if limit is None or js.greater(limit, len(keys)) else limit
        if type(count) is int and type(levels) is dict:  # the usual view: a dict of levels, a count of them
            return [_value_of(levels.get(key)) if type(key) is str else self.safe_value(levels, key)
                    for key in keys[:max(count, 0)]]
        result, i = [], 0
        while js.less(i, count):
            result.append(self.safe_value(levels, js.get(keys, i)))
            i += 1
        return result

    def safe_unsigned(self, dictionary, key):
        return Precise.string_abs(self.safe_string(dictionary, key))

    def safe_milliseconds(self, dictionary, key):
        timestamp = self.safe_integer(dictionary, key)
        return None if timestamp == 0 else timestamp

    def parse_precision(self, precision):
        # '3' -> '0.001', '0' -> '1', '-2' -> '100': the tick size of a number of decimal places.
        if precision is None:
            return None
        places = js.parse_int(precision)
        if not math.isfinite(places):
            return None  # no number of places (NaN; Infinity for a text of 309 digits or more): no tick size
        if places > 1000 or places < -1000:  # (as decimalToPrecision and Precise read them)
            raise BadResponse(js.bounded_text(js.to_str(self.id) + " sent a precision of " + js.to_str(precision)
                                              + " decimal places; at most 1000 are read"))
        places = int(places)  # (a whole number now: parseInt's float beyond 2^53 was refused above)
        if places > 0:
            return "0." + "0" * (places - 1) + "1"
        return "1" + "0" * -places

    # --- markets and structures -----------------------------------------------------------------------

    def safe_market_structure(self, market=None):
        # Every key of the unified market, as the specification's deepExtend (extend (defaults, derived), market)
        # builds it: the defaults and the flags derived from the type, settle and expiry, then the market's own
        # keys, the nested precision and limits merged into theirs.
        result = dict(_MARKET_DEFAULTS)
        if type(market) is not dict:
            result["precision"], result["limits"] = _fresh(_PRECISION_DEFAULTS), _fresh(_LIMITS_DEFAULTS)
            if market is None:
                return result
            self._derive_market_flags(result, market)
            return self.deep_extend(result, market)
        if market.get("type", "spot") != "spot" or market.get("expiry") is not None:
            self._derive_market_flags(result, market)  # a spot market's flags are the defaults'
        try:
            result.update(**market)  # (as keywords: a key that is not a string raises, before any is written)
        except TypeError:
            for key, value in market.items():
                js.set_(result, key, value)  # (a key of another type is written as JavaScript names it)
        # precision and limits, the only dictionaries of the defaults, merged
        precision = market["precision"] if "precision" in market else _PRECISION_DEFAULTS
        result["precision"] = {**_PRECISION_DEFAULTS, **precision} if type(precision) is dict \
            else self._merged_defaults(_PRECISION_DEFAULTS, precision)
        result["limits"] = self._merged_limits(market["limits"] if "limits" in market else _LIMITS_DEFAULTS)
        return result

    def market_structure(self, **market):
        # safeMarketStructure of a dictionary written out with keys of the unified market only: the Python emitter
        # calls it with the dictionary's fields as keywords named as its keys (id=..., baseId=...), in their written
        # order, which give the same dictionary here (the C module builds a spot market's structure from the keywords
        # directly, without it).
        return self.safe_market_structure(market)

    def _merged_limits(self, limits):
        """_merged_defaults (_LIMITS_DEFAULTS, limits), unrolled for the usual dictionaries of bounds."""
        if type(limits) is not dict:
            return self._merged_defaults(_LIMITS_DEFAULTS, limits)
        result = {**_LIMITS_DEFAULTS, **limits}
        for key in _LIMITS_DEFAULTS:
            bounds = limits[key] if key in limits else _BOUNDS_DEFAULTS
            result[key] = {**_BOUNDS_DEFAULTS, **bounds} if type(bounds) is dict \
                else self._merged_defaults(_BOUNDS_DEFAULTS, bounds)
        return result

    def _derive_market_flags(self, result, market):
        kind = self.safe_string(market, "type", "spot")
        contract = kind == "swap" or kind == "future" or kind == "option"
        result.update(spot=kind == "spot", swap=kind == "swap", future=kind == "future", option=kind == "option",
                      contract=contract)
        settle = self.safe_string(market, "settle")
        if contract and settle is not None:
            result["linear"] = settle == self.safe_string(market, "quote")
            result["inverse"] = settle == self.safe_string(market, "base")
        expiry = self.safe_integer(market, "expiry")
        if expiry is not None:
            result["expiryDatetime"] = self.iso8601(expiry)

    def _merged_defaults(self, defaults, value):
        """deepExtend (defaults, value) for default dictionaries whose values are None or such dictionaries (a
        market's precision and limits, shared: never returned themselves): value's keys replace or merge into the
        defaults' in one copy."""
        if type(value) is not dict:
            return self.deep_extend(_fresh(defaults), value) if self.is_mergeable(value) else value
        result = {**defaults, **value}
        for key, existing in defaults.items():
            if type(existing) is dict:
                result[key] = self._merged_defaults(existing, value[key]) if key in value else _fresh(existing)
        return result

    def _markets_of_id(self, market_id):
        """The markets of an id (marketsById's group), or None."""
        markets_by_id = self.marketsById
        if markets_by_id is None:
            return None
        if type(markets_by_id) is dict and type(market_id) is str:
            return markets_by_id.get(market_id)
        return self.own_value(markets_by_id, market_id)

    def safe_market(self, market_id=None, market=None, delimiter=None, market_type=None):
        if market_id is not None:
            markets_of_id = self._markets_of_id(market_id)
            if markets_of_id is not None:
                if type(markets_of_id) is list and len(markets_of_id) > 1:
                    # one id, several markets (spot and a contract): the one of the type asked for, else first
                    wanted = market_type if market_type is not None else self.safe_string(market, "type")
                    if wanted is not None and not isinstance(wanted, (list, dict)):  # (no container: Node's identity)
                        for candidate in markets_of_id:
                            if js.get(candidate, "type") == wanted:
                                return candidate
                return js.get(markets_of_id, 0)
            if delimiter is not None and js.index_of(market_id, delimiter) > 0:
                base_id, quote_id = js.destructure(js.split(market_id, delimiter), 2)
                base = self.safe_currency_code(base_id)
                quote = self.safe_currency_code(quote_id)
                return self.safe_market_structure({"id": market_id, "symbol": js.to_str(base) + "/" + js.to_str(quote),
                                                   "base": base, "quote": quote, "baseId": base_id, "quoteId": quote_id})
            if market is None:
                return self.safe_market_structure({"id": market_id, "symbol": market_id})
        if market is not None:
            return market
        return self.safe_market_structure()

    def safe_symbol(self, market_id=None, market=None, delimiter=None, market_type=None):
        if market_id is None and type(market) is dict:
            return market.get("symbol")
        if market_id is not None and delimiter is None and (market is None or type(market) is dict) \
                and self._markets_of_id(market_id) is None:
            # an id of no market (safeTrade's unified symbol, say) is its own symbol, or the given market's: what
            # safe_market returns, without building the whole structure { id, symbol: id } for it
            return market_id if market is None else market.get("symbol")
        return js.get(self.safe_market(market_id, market, delimiter, market_type), "symbol")

    def safe_currency(self, currency_id=None, currency=None):
        if currency_id is None:
            return currency if currency is not None else {"id": None, "code": None, "precision": None}
        by_id = self.currenciesById
        if by_id is not None:
            currency_of_id = by_id.get(currency_id) if type(by_id) is dict and type(currency_id) is str \
                else self.own_value(by_id, currency_id)
            if currency_of_id is not None:
                return currency_of_id
        return {"id": currency_id, "code": self.common_currency_code(js.upper_case(currency_id)), "precision": None}

    def safe_currency_code(self, currency_id=None, currency=None):
        by_id = self.currenciesById
        if type(currency_id) is str and (by_id is None or type(by_id) is dict):
            # the usual id: its currency's code, or its common code (as it is while the markets load)
            currency_of_id = None if by_id is None else by_id.get(currency_id)
            if currency_of_id is None:
                return self.common_currency_code(js.upper_case(currency_id))
            if type(currency_of_id) is dict:
                return currency_of_id.get("code")
        return js.get(self.safe_currency(currency_id, currency), "code")

    def common_currency_code(self, code):
        return self.safe_string(self.commonCurrencies, code, code)

    def safe_fees(self, fee, raw_fees):
        fees = []
        entries = raw_fees if type(raw_fees) is list else js.elements(raw_fees)
        for entry in entries:
            parsed = self.safe_fee(entry)
            if parsed is not None:
                fees.append(parsed)
        single = self.safe_fee(fee)
        if single is not None and len(fees) == 0:
            fees.append(single)
        if single is None and len(fees) == 1:
            single = fees[0]
        return [single, fees]

    def safe_trade(self, trade, market=None):
        get = trade.get if isinstance(trade, dict) else _NOTHING.get
        return self.trade_structure(get("id"), get("order"), get("symbol"), get("timestamp"), get("type"), get("side"),
                                    get("takerOrMaker"), get("price"), get("amount"), get("cost"), get("fee"),
                                    get("fees"), get("info"), market)

    def trade_structure(self, identifier=None, order=None, symbol=None, timestamp=None, kind=None, side=None,
                        taker_or_maker=None, price=None, amount=None, cost=None, fee=None, fees=None, info=None,
                        market=None):
        # The unified trade of safeTrade's fields, as the specification's tradeStructure takes them. The Python
        # emitter calls it with the fields of a dictionary written out for safeTrade, as keywords in their written
        # order, so that the dictionary is never made (a key it does not name is None, as a missing key is).
        identifier, order, symbol, kind, side, taker_or_maker, price, amount, cost = \
            _strings_of((identifier, order, symbol, kind, side, taker_or_maker, price, amount, cost))
        # The specification writes the absolute amount and cost and their product as texts; only their numbers are
        # returned, so they are read directly and the product is computed exactly on decimals.
        amount_number = _absolute_number(amount)
        cost_number = _absolute_number(cost)
        if cost is None and amount is not None and price is not None:
            if type(market) is dict and market.get("contract") is True:  # amount in contracts
                cost_number = _parse_number(self.contract_value(Precise.string_abs(amount), price, market))
            else:
                cost_number = _product_number(amount, price)
                if cost_number is None:
                    cost_number = number_of(bounded(EXACT.multiply(EXACT.abs(decimal_of(amount)), decimal_of(price))))
        timestamp = _integer_of(timestamp)
        if timestamp == 0:
            timestamp = None
        if fee is None and fees is None:
            fee, fees = None, []
        else:
            fee, fees = self.safe_fees(_dict_of(fee), fees if type(fees) is list else [])
        return {
            "id": identifier,
            "order": order,
            "symbol": self.safe_symbol(symbol, market),
            "timestamp": timestamp,
            "datetime": self.iso8601(timestamp),
            "type": kind,
            "side": side,
            "takerOrMaker": taker_or_maker,
            "price": _parse_number(price),
            "amount": amount_number,
            "cost": cost_number,
            "fee": fee,
            "fees": fees,
            "info": _value_of(info),
        }

    def safe_ticker(self, ticker, market=None):
        get = ticker.get if isinstance(ticker, dict) else _NOTHING.get
        return self.ticker_structure(get("symbol"), get("timestamp"), get("high"), get("low"), get("bid"),
                                     get("bidVolume"), get("ask"), get("askVolume"), get("vwap"), get("open"),
                                     get("close"), get("last"), get("previousClose"), get("change"), get("percentage"),
                                     get("average"), get("baseVolume"), get("quoteVolume"), get("info"), market)

    def ticker_structure(self, symbol=None, timestamp=None, high=None, low=None, bid=None, bid_volume=None, ask=None,
                         ask_volume=None, vwap=None, open_=None, close=None, last=None, previous_close=None,
                         change=None, percentage=None, average=None, base_volume=None, quote_volume=None, info=None,
                         market=None):
        # The unified ticker of safeTicker's fields, called as trade_structure is. The specification's derivations,
        # exact: on integers for plain texts, else on decimals (each text read once); only their numbers are
        # returned, so a derived value is a number or a Decimal (number_of reads it as parseNumber reads Precise's
        # text).
        open_, close, last, change, percentage, average, vwap, base_volume, quote_volume, symbol = \
            _strings_of((open_, close, last, change, percentage, average, vwap, base_volume, quote_volume, symbol))
        if vwap is None and base_volume is not None and quote_volume is not None:
            vwap = _plain_quotient(quote_volume, base_volume)
            if vwap is None:
                base = _decimal(base_volume)
                if base:
                    vwap = bounded(quotient(_decimal(quote_volume), base))
        if last is not None and close is None:
            close = last
        elif last is None and close is not None:
            last = close
        derived = None if last is None or open_ is None else \
            _ticker_derivations(last, open_, change, percentage, average)
        if derived is not None:
            change, percentage, average, last_number, open_number = derived
        else:
            change, percentage, average, open_ = _ticker_decimals(last, open_, change, percentage, average)
            last_number = _parse_number(last)  # close and last are most often the same text (one of them given)
            open_number = number_of(open_) if type(open_) is Decimal else _parse_number(open_)
        timestamp = _integer_of(timestamp)
        return {
            "symbol": self.safe_symbol(symbol, market),
            "timestamp": timestamp,
            "datetime": self.iso8601(timestamp),
            "high": _parse_number(high),
            "low": _parse_number(low),
            "bid": _parse_number(bid),
            "bidVolume": _parse_number(bid_volume),
            "ask": _parse_number(ask),
            "askVolume": _parse_number(ask_volume),
            "vwap": number_of(vwap) if type(vwap) is Decimal else _parse_number(vwap),
            "open": open_number,
            "close": last_number if close is last else _parse_number(close),
            "last": last_number,
            "previousClose": _parse_number(previous_close),
            "change": number_of(change) if type(change) is Decimal else _parse_number(change),
            "percentage": number_of(percentage) if type(percentage) is Decimal else _parse_number(percentage),
            "average": number_of(average) if type(average) is Decimal else _parse_number(average),
            "baseVolume": _parse_number(base_volume),
            "quoteVolume": _parse_number(quote_volume),
            "info": _value_of(info),
        }

    # --- lists ----------------------------------------------------------------------------------------

    def parse_trades(self, trades, market=None, since=None, limit=None, params=None):
        parse, entries = self.parse_trade, self.to_array(trades)
        if params is None or not js.keys(params):  # each trade as parse_trade gives it
            result = [parse(entry, market) for entry in entries]
        else:
            result = [self.extend(parse(entry, market), params) for entry in entries]
        symbol = None if market is None else js.get(market, "symbol")
        return self.filter_by_symbol_since_limit(self.sort_by(result, "timestamp"), symbol, since, limit)

    def filter_by_since_limit(self, array, since=None, limit=None, key=None, tail=None):
        return self.filter_by_value_since_limit(array, None, None, since, limit, key, tail)

    def filter_by_symbol_since_limit(self, array, symbol=None, since=None, limit=None, tail=None):
        return self.filter_by_value_since_limit(array, "symbol", symbol, since, limit, "timestamp", tail)

    def filter_by_value_since_limit(self, array, field, value=None, since=None, limit=None, key=None, tail=None):
        if key is None:
            key = "timestamp"
        entries = self.to_array(array)
        if value is None and since is None:
            result = list(entries)
        elif since is None and type(value) is str and value != "" and type(field) is str \
                and _DICT.issuperset(map(type, entries)):  # the usual symbol filter: == is === for a text
            result = [entry for entry in entries if entry.get(field) == value]
        else:
            safe_value = self.safe_value
            result = []
            for entry in entries:
                # (a dictionary or list matches nothing: Node and Python compare its identity, PHP its contents)
                if value is not None and (isinstance(value, (list, dict))
                                          or not js.strict_equal(safe_value(entry, field), value)):
                    continue
                if since is not None:
                    entry_since = safe_value(entry, key)
                    if entry_since is None or not js.greater_equal(entry_since, since):
                        continue
                result.append(entry)
        if limit is None or js.less_equal(len(result), limit):
            return result
        if js.truthy(tail):
            return js.slice_(result, js.subtract(len(result), limit))
        return js.slice_(result, 0, limit)

    def key_string(self, value):
        kind = type(value)
        if kind is str:
            return value
        return _number_to_string(value) if js.typeof(value) == "number" else value

    def group_by(self, array, key):
        result = {}
        safe_value = self.safe_value
        for entry in self.to_array(array):
            value = safe_value(entry, key)
            if value is None:
                continue
            name = value if type(value) is str else self.key_string(value)
            if type(name) is str:  # key_string's usual result: a dictionary key as it is
                group = result.get(name)
                if group is None:
                    result[name] = [entry]
                else:
                    group.append(entry)
            else:
                group = self.own_value(result, name)
                js.set_(result, name, [entry] if group is None else [*group, entry])
        return result

    def by_symbol(self, entries, method):
        # bySymbol of js/base/Exchange.js in loops of Python's own, where the emitted ones cost each ticker of
        # parseTickers more than its parse did (entries that are no list are read as the specification reads them)
        if type(entries) is not list:
            read, i = [], 0
            while js.less(i, js.length(entries)):  # (entries.length: a text's, a dictionary's key length, or none)
                read.append(js.get(entries, i))
                i += 1
            entries = read
        names = [js.get(entry, "symbol") for entry in entries]
        self.check_key_names(names, method)
        result = {}
        for name, entry in zip(names, entries):
            js.set_(result, name, entry)
        return result

    def index_by(self, array, key):
        result = {}
        safe_value = self.safe_value
        for entry in self.to_array(array):
            value = safe_value(entry, key)
            if type(value) is str:
                result[value] = entry  # key_string's fast path
            elif value is not None:
                js.set_(result, self.key_string(value), entry)
        return result


if SPEEDUPS is not None:
    # The C functions decide the plain cases and hand every other call to the functions above, which stay the
    # definition; the C methods take the place of the Python ones in Primitives itself (its attributes name them).
    _ACCELERATED_METHODS = ("own_value", "safe_value", "safe_string", "safe_string2", "safe_number", "safe_integer",
                            "safe_bool", "safe_dict", "safe_list", "parse_number", "safe_market_structure",
                            "market_structure", "safe_currency_code", "parse_precision")
    SPEEDUPS.install({"_parse_number": _parse_number, "_string_of": _string_of, "_integer_of": _integer_of,
                       "_dict_of": _dict_of, "_strings_of": _strings_of,
                       "market_defaults": (_MARKET_DEFAULTS, _PRECISION_DEFAULTS, _LIMITS_DEFAULTS, _BOUNDS_DEFAULTS),
                       **{name: vars(Primitives)[name] for name in _ACCELERATED_METHODS}})
    for _name in _ACCELERATED_METHODS:
        setattr(Primitives, _name, vars(SPEEDUPS.Primitives)[_name])
    _parse_number, _string_of = SPEEDUPS.parse_number, SPEEDUPS.string_of
    _integer_of, _strings_of = SPEEDUPS.integer_of, SPEEDUPS.strings_of
    _scaled, _scaled_number = SPEEDUPS.scaled, SPEEDUPS.scaled_number
