"""JavaScript's semantics where Python's differ: the helpers that generated code calls.

The emitters call these only where the types they infer do not prove that the
native Python form means the same. Values follow the JavaScript model:
undefined and null are None, numbers are int or float, objects are dicts,
arrays are lists. Keep this module small: each helper is one trap of the
subset's table, and each is tested against Node on the same programs.
"""

from __future__ import annotations

import functools
import json as _json
import math
import re
import sys
from decimal import Decimal

from exchangekit.base.speedups import SPEEDUPS

# Integers past 2**53 are not exact in JavaScript; results that are whole numbers are kept as int
# so that they can index lists, as they can in JavaScript.
_SAFE_INTEGER = 2**53


class Unportable(Exception):
    """What Python does where Node goes on, and neither can do as the other: a key other than an index written into a
    list (a property of the array in Node), a list filled far past its end (a hole in Node). A catch clause of exchange
    code does not catch it (the emitters write `except js.UNCAUGHT: raise` first), nor a RecursionError (Node's stack
    holds other depths): a file cannot branch on the runtime it runs in; the call fails in Python instead."""


class UnportableTypeError(Unportable, TypeError):
    pass


class UnportableValueError(Unportable, ValueError):
    pass


class Uncatchable(Exception):
    """A class of the runtime's errors that no catch clause of exchange code sees either, whatever unified class it
    also is (errors.InvalidSigningKey: a signing key of the config that its decoder refuses)."""


# (MemoryError too: where a list or text outgrows the memory Python is given, Node's own bound on a list's length, or
# the end of its heap, ends the call there, and PHP's memory limit the process; red-team round 30)
UNCAUGHT = (Unportable, RecursionError, MemoryError, Uncatchable)
_DIGITS = frozenset("0123456789")
_ONLY_STR = frozenset({str})


def _number(value: float | int) -> float | int:
    """Normalise a numeric result to JavaScript's doubles: whole floats within the safe range become ints
    (so that they can index lists), and ints past it become floats, rounded as a double would be."""
    if isinstance(value, float) and value.is_integer() and abs(value) < _SAFE_INTEGER \
            and not (value == 0 and math.copysign(1, value) < 0):
        return int(value)
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > _SAFE_INTEGER:
        return float(value)
    return value


def number(value: float | int) -> float | int:
    """A sum of two numbers as JavaScript's doubles make it: an int past 2^53 becomes the nearest float (the emitters
    write a + b of two numbers that are not written out in the source as js.number (a + b), so that no loop grows an
    int without end, as k += k did)."""
    if type(value) is int and not -_SAFE_INTEGER <= value <= _SAFE_INTEGER:
        return float(value)
    return value


def typeof(value) -> str:
    kind = type(value)  # fast paths for the types JSON gives; subclasses fall through to isinstance
    if kind is str:
        return "string"
    if kind is dict or kind is list:
        return "object"
    if kind is int or kind is float:
        return "number"
    if value is None:
        return "undefined"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    return "object"


def truthy(value) -> bool:
    """JavaScript's ToBoolean: empty lists and dicts are true, NaN is false."""
    kind = type(value)
    if kind is bool:
        return value
    if kind is str:
        return value != ""
    if value is None:
        return False
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value != 0 and value == value
    if isinstance(value, str):
        return value != ""
    return True


def strict_equal(left, right) -> bool:
    """===: same type and value; containers by identity."""
    kind = type(left)
    if kind is type(right) and (kind is str or kind is int or kind is float or kind is bool):
        return left == right
    if left is None or right is None:
        return left is right
    if isinstance(left, (list, dict)) or isinstance(right, (list, dict)):
        return left is right
    if isinstance(left, bool) or isinstance(right, bool):
        return isinstance(left, bool) and isinstance(right, bool) and left == right
    if isinstance(left, (int, float)) and isinstance(right, (int, float)):
        return left == right
    return type(left) is type(right) and left == right


def number_to_string(value: float | int) -> str:
    """String (number) exactly as JavaScript writes it (shortest round-trip digits, JS exponent rules)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        if abs(value) < 10**21:
            return str(value)
        value = float(value)
    if value != value:
        return "NaN"
    if value in (math.inf, -math.inf):
        return "Infinity" if value > 0 else "-Infinity"
    if value == 0:
        return "0"
    sign = "-" if value < 0 else ""
    # repr gives the shortest digits that round-trip, as JavaScript's algorithm does.
    _, digit_tuple, exponent = Decimal(repr(abs(value))).normalize().as_tuple()
    digits = "".join(map(str, digit_tuple))
    k = len(digits)
    n = exponent + k  # value = 0.digits * 10**n
    if k <= n <= 21:
        return sign + digits + "0" * (n - k)
    if 0 < n <= 21:
        return sign + digits[:n] + "." + digits[n:]
    if -6 < n <= 0:
        return sign + "0." + "0" * -n + digits
    return sign + digits[0] + ("." + digits[1:] if k > 1 else "") + f"e{'+' if n > 0 else '-'}{abs(n - 1)}"


# The longest string V8 makes (2^29 - 24 code units): a longer one is a RangeError in Node ("Invalid string length"),
# which a catch clause sees; Python made it (a loop that doubles a string 29 times built 512 MiB where Node threw at
# the 29th). Every concatenation of exchange code (+, +=, a template literal: the emitters write js.bounded_text), join,
# String (list), a string's concat and replace, padStart and padEnd throw beyond it, as Node does.
_MAX_STRING_LENGTH = 2**29 - 24
_SURELY_SHORT = _MAX_STRING_LENGTH // 2  # (a character is one or two code units)


def bounded_text(text: str) -> str:
    """text, made by a concatenation: a ValueError, as Node's RangeError, past 2^29 - 24 code units."""
    if len(text) > _SURELY_SHORT and _too_long(text):
        raise ValueError("Invalid string length")  # (JavaScript: RangeError)
    return text


def within(text: str, part: str) -> str:
    """part, once text + part is checked as bounded_text checks it, without making it: the emitted `s += js.within(s,
    a + b)` appends in place, and throws before s changes, as Node's `s = s + a + b` does."""
    if len(text) + len(part) > _SURELY_SHORT and _unit_count(text) + _unit_count(part) > _MAX_STRING_LENGTH:
        raise ValueError("Invalid string length")  # (JavaScript: RangeError)
    return part


def _too_long(text: str) -> bool:
    return len(text) > _MAX_STRING_LENGTH or _unit_count(text) > _MAX_STRING_LENGTH


def _unit_count(text: str) -> int:
    """The UTF-16 code units of a text, counted without writing them (see _code_units)."""
    if text.isascii() or max(text) <= "\uffff":
        return len(text)
    return len(text) + len(_ASTRAL.findall(text))


def to_str(value) -> str:
    """String (value) for the values the subset has."""
    if value is None:
        return "undefined"
    if isinstance(value, str):
        return value
    if isinstance(value, (bool, int, float)):
        return number_to_string(value)
    if isinstance(value, list):
        return _joined(value, ",")
    if isinstance(value, dict) and "toString" in value:
        # JavaScript calls a dictionary's toString, and its own key of that name is no function (a response's
        # {"toString": 1}): a TypeError, which Node threw where Python wrote '[object Object]'
        raise TypeError("Cannot convert object to primitive value")
    return "[object Object]"


# Lists nested deeper than this are not written out (String (list), '' + list, join): as in PHP (Js::MAX_JOIN_DEPTH),
# where each level took a frame of C stack. Python's recursion took three frames a level and failed (a RecursionError,
# at about 330 levels, fewer deep in a call) below the 512 levels of a response; the loop below takes none.
MAX_JOIN_DEPTH = 1000


def _joined(array: list, separator: str) -> str:
    """array.join (separator), its lists written as toString writes them (joined with ','), level by level in a loop
    (no recursion): Unportable past MAX_JOIN_DEPTH levels (Node's own recursion throws at a depth of its stack)."""
    stack = [(iter(array), [], separator)]
    while True:
        items, texts, _ = stack[-1]
        for item in items:
            if isinstance(item, list):
                if len(stack) >= MAX_JOIN_DEPTH:
                    raise Unportable(f"lists nested deeper than {MAX_JOIN_DEPTH} levels are not written out")
                stack.append((iter(item), [], ","))
                break
            texts.append("" if item is None else item if type(item) is str else to_str(item))
        else:
            _, texts, joiner = stack.pop()
            text = bounded_text(joiner.join(texts))
            if not stack:
                return text
            stack[-1][1].append(text)


# JavaScript's StrDecimalLiteral (Python's float() also takes "inf", "nan" and "1_0").
# \d: 0-9 only; each digit has one place in the pattern (see primitives._DECIMAL_STRING): a failed full match costs
# what the text's length says
_DECIMAL = re.compile(r"[+-]?(?:Infinity|(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)", re.ASCII)
_PREFIXED = re.compile(r"0([xXoObB])([0-9a-fA-F]+)")
_PREFIX_BASE = {"x": 16, "o": 8, "b": 2}


def to_string(value) -> str:
    """value.toString (): String (value), but undefined has no methods and throws."""
    if value is None:
        raise TypeError("Cannot read properties of undefined (reading 'toString')")
    return to_str(value)


def _to_number(value) -> float | int:
    """ToNumber for the values the subset has."""
    kind = type(value)
    if kind is int or kind is float:
        return value
    if value is None:
        return math.nan
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (int, float)):
        return value
    if isinstance(value, str):
        text = value.strip(WHITESPACE)  # (str.strip () would also remove \x1c-\x1f and \x85)
        if text == "":
            return 0
        if _DECIMAL.fullmatch(text):
            return _number(float(text))
        prefixed = _PREFIXED.fullmatch(text)
        if prefixed:
            base = _PREFIX_BASE[prefixed[1].lower()]
            digits = prefixed[2].lower()
            if digits.strip("0123456789abcdef"[:base]):
                return math.nan
            # as parseInt reads them: the nearest double past 2^53 (an exact int here counted 0x20000000000001 as
            # 9007199254740993, which JavaScript cannot), Infinity past the largest one
            return parse_int(digits, base)
        return math.nan
    if isinstance(value, (list, dict)):  # ToPrimitive first: +[] is 0, +[ '7' ] is 7, +{} is NaN
        return _to_number(to_str(value))
    return math.nan


def add(left, right):
    """+: concatenation when either side is a string (after ToPrimitive), addition otherwise."""
    if isinstance(left, (list, dict)):
        left = to_str(left)
    if isinstance(right, (list, dict)):
        right = to_str(right)
    if isinstance(left, str) or isinstance(right, str):
        return bounded_text(to_str(left) + to_str(right))
    return _number(_to_number(left) + _to_number(right))


def divide(left, right):
    left, right = _to_number(left), _to_number(right)
    if right == 0:
        if left == 0 or left != left:
            return math.nan
        return math.copysign(math.inf, left) * math.copysign(1, right)
    return _number(left / right)


def modulo(left, right):
    """%: the sign follows the dividend, as in JavaScript (Python's follows the divisor)."""
    left, right = _to_number(left), _to_number(right)
    if right == 0 or left != left or right != right or left in (math.inf, -math.inf):
        return math.nan
    if right in (math.inf, -math.inf):
        return left
    return _number(math.fmod(left, right))


def to_number(value):
    """Unary +: ToNumber."""
    return _to_number(value)


def negate(value):
    """Unary -: -0 of a zero (Python's ints have no -0: -x of 0 was 0, so 1 / -x read Infinity where Node reads
    -Infinity), 0 of -0."""
    number = _to_number(value)
    if number == 0:
        return 0 if math.copysign(1, number) < 0 else -0.0
    return -number


def subtract(left, right):
    return _number(_to_number(left) - _to_number(right))


def multiply(left, right):
    left, right = _to_number(left), _to_number(right)
    product = left * right
    if product == 0 and type(product) is int and (left < 0) != (right < 0):
        return -0.0  # (-3 * 0 is -0 in JavaScript; an int product has no sign of its own)
    return _number(product)


# JavaScript's strings are UTF-16: a character beyond U+FFFF (an emoji, U+1D11E) is a surrogate pair, two code units
# in lengths, positions and order, where Python's str has one item. The string functions below count and cut in code
# units where a text holds such a character (rarely: an ASCII text is told by a flag CPython keeps, any other by one
# scan). Half of a pair is no text in Python's I/O or PHP's strings: a cut through a pair is an error here (in
# JavaScript it makes a lone surrogate).
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def _astral(text: str) -> bool:
    """Whether text holds a character beyond U+FFFF."""
    return not _narrow(text) and _astral_units(text) is not None


# CPython keeps a text's characters in one, two or four bytes each, the widest its characters need, and its size says
# which: four only for a text with a character beyond U+FFFF. Told so, a text without one is never scanned, nor
# remembered: a loop over 17 texts of 8 KB in turn, past what _astral_units remembers, scanned a text at every read
# (15 s, red-team round 36). A size that says neither (another Python, a cached UTF-8 copy) is scanned.
_WIDE_HEADER = sys.getsizeof("\U00010000") - 8
_SIZES_TELL_WIDTH = sys.getsizeof("\u00e9") - _WIDE_HEADER == 2 and sys.getsizeof("\u0101") - _WIDE_HEADER == 4


def _narrow(text: str) -> bool:
    """Whether text surely holds no character beyond U+FFFF, told without reading it."""
    if text.isascii():
        return True
    if not _SIZES_TELL_WIDTH:
        return False
    size, count = sys.getsizeof(text) - _WIDE_HEADER, len(text) + 1
    return size == count or size == 2 * count


@functools.lru_cache(maxsize=16)
def _astral_units(text: str) -> str | None:
    """The code units of a text that holds a character beyond U+FFFF, else None: remembered for the last texts, so
    that a loop over one text's characters (text[i], charAt) scans it once, not once per character."""
    return _code_units(text) if max(text) > "\uffff" else None


def _code_units(text: str) -> str:
    """text with every character beyond U+FFFF as its surrogate pair: one item per UTF-16 code unit."""
    return _ASTRAL.sub(_surrogate_pair, text)


def _surrogate_pair(match: re.Match) -> str:
    offset = ord(match[0]) - 0x10000
    return chr(0xD800 | offset >> 10) + chr(0xDC00 | offset & 0x3FF)


def _characters(units: str) -> str:
    """The text of a run of whole code units (see _code_units); a cut through a pair at either end is Unportable: Node
    makes a lone surrogate and goes on, so no catch clause of exchange code may see the error (a ValueError was caught
    in Python alone: a response's emoji at the cut chose the path)."""
    if units and ("\udc00" <= units[0] <= "\udfff" or "\ud800" <= units[-1] <= "\udbff"):
        raise UnportableValueError("the string would hold half of a surrogate pair, which only JavaScript's strings can")
    return units.encode("utf-16-le", "surrogatepass").decode("utf-16-le")


def iterate(value):
    """What `for ... of` walks: a list as it is, a string by its code points (as JavaScript's iterator does); any other
    value is not iterable, a TypeError as in Node (Python walked a dictionary's keys)."""
    if isinstance(value, (list, str)):
        return value
    raise TypeError(f"a value of type {typeof(value)} is not iterable")


def text_length(text: str) -> int:
    """A string's .length: its UTF-16 code units."""
    units = None if _narrow(text) else _astral_units(text)
    return len(text) if units is None else len(units)


def _unit_order(text: str) -> bytes:
    """What orders texts as JavaScript does, by code unit, where one holds a character beyond U+FFFF: its units,
    0xD800 to 0xDBFF, come before 0xE000 to 0xFFFF, where its code point comes after them."""
    return text.encode("utf-16-be", "surrogatepass")


def _primitive_pair(left, right):
    """The operands of < and friends: compared as strings when both are strings, else as numbers."""
    left_kind, right_kind = type(left), type(right)
    if (left_kind is int or left_kind is float) and (right_kind is int or right_kind is float):
        return left, right
    if isinstance(left, (list, dict)):
        left = to_str(left)
    if isinstance(right, (list, dict)):
        right = to_str(right)
    if isinstance(left, str) and isinstance(right, str):
        if _astral(left) or _astral(right):
            return _unit_order(left), _unit_order(right)
        return left, right
    return _to_number(left), _to_number(right)


def less(left, right) -> bool:
    if type(left) is int and type(right) is int:
        return left < right
    left, right = _primitive_pair(left, right)
    return left < right


def less_equal(left, right) -> bool:
    left, right = _primitive_pair(left, right)
    return left <= right


def greater(left, right) -> bool:
    left, right = _primitive_pair(left, right)
    return left > right


def greater_equal(left, right) -> bool:
    left, right = _primitive_pair(left, right)
    return left >= right


def has(container, key) -> bool:
    """key in container."""
    if isinstance(container, dict):
        return (key if isinstance(key, str) else to_str(key)) in container
    if isinstance(container, list):
        if isinstance(key, str):  # only canonical index strings name elements: '1', not '01'
            return key == "length" or (_is_array_index(key) and int(key) < len(container))
        return _is_index_of(container, key)
    raise TypeError("Cannot use 'in' operator on a primitive")


def key_in(key, container) -> bool:
    """has, with its parameters in JavaScript's order: the emitter's form of `key in container` where the key's code
    and the container's may see each other run (a call in one changes what the other reads)."""
    return has(container, key)


def _is_index_of(container: list, key) -> bool:
    number = _to_number(key)
    return is_integer(number) and 0 <= number < len(container)


def delete(container, key) -> bool:
    """delete container[key] as JavaScript's strict mode does it: undefined has no keys, and a list's length and a
    string's length and characters cannot go (a TypeError each, where Python and PHP went on; red-team round 28)."""
    if isinstance(container, dict):
        container.pop(key if isinstance(key, str) else to_str(key), None)
        return True
    if container is None:
        raise TypeError("Cannot convert undefined or null to object")
    name = key if isinstance(key, str) else to_str(key)
    if (isinstance(container, (list, str)) and name == "length") or (
            isinstance(container, str) and _is_array_index(name) and int(name) < text_length(container)):
        raise TypeError(f"Cannot delete property '{name}' of {'a list' if isinstance(container, list) else 'a text'}")
    if isinstance(container, list) and has(container, key):
        # (an element deleted is a hole in Node, no key: undefined in its place read otherwise, as _check_holes says)
        raise UnportableValueError(f"delete of the element {name} of a list would leave a hole, which only "
                                   "JavaScript's arrays have: build a new list without it (filter)")
    return True


def merge(*objects) -> dict:
    """{ ...a, ...b, 'k': v }: later keys win; spreading undefined adds nothing."""
    result = {}
    for source in objects:
        if isinstance(source, dict):
            result.update(source)
        elif isinstance(source, (list, str)):  # (a string's items are its code units, as values gives them)
            result.update({str(index): item for index, item in enumerate(values(source))})
    return result


def concat(receiver, *items):
    """concat of a string (String.prototype.concat: each argument as a string, appended) or of an array
    (Array.prototype.concat: array arguments are flattened one level, anything else is appended)."""
    if type(receiver) is not list:  # (the usual receiver is an array: SUB-E007 rejects a known string's concat)
        if isinstance(receiver, str):
            return bounded_text(receiver + "".join(item if type(item) is str else to_str(item) for item in items))
        if not isinstance(receiver, list):
            raise TypeError(f"{typeof(receiver)} has no method concat")  # (JavaScript: .concat is not a function)
    result = list(receiver)
    for item in items:
        if isinstance(item, list):
            result.extend(item)
        else:
            result.append(item)
    return result


def destructure(value, count: int) -> list:
    """const [ a, b ] = value: missing elements are undefined; a value that is no list or string is a TypeError, as
    in Node (its elements were undefined here)."""
    items = list(iterate(value))
    return (items + [None] * count)[:count]


def push(array: list, *items) -> int:
    array.extend(items)
    return len(array)


def unshift(array: list, *items) -> int:
    array[0:0] = items
    return len(array)


def pop(array: list):
    return array.pop() if array else None


def shift(array: list):
    return array.pop(0) if array else None


def reverse(array: list) -> list:
    array.reverse()
    return array


def join(array: list, separator=",") -> str:
    if type(array) is not list:  # a string or a dictionary has no join in JavaScript (Python's join read its items)
        raise TypeError(f"{typeof(array)} has no method join")
    if type(separator) is not str:  # join (undefined) is join (), join (0) joins with '0'
        separator = "," if separator is None else to_str(separator)
    return _joined(array, separator)


# String.prototype.trim removes these (Python's strip() also removes \x1c-\x1f and \x85).
WHITESPACE = "\t\n\v\f\r \xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009" \
                 "\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"


def trim(value: str) -> str:
    return _text_receiver(value, "trim").strip(WHITESPACE)


def abs_(value):
    return _number(abs(_to_number(value)))


def min_(*numbers):
    values = [_to_number(number) for number in numbers]
    if any(value != value for value in values):
        return math.nan
    result = min(values, default=math.inf)
    if result == 0:  # -0 is less than 0 for Math.min (Python's min keeps the first of equals)
        return -0.0 if any(math.copysign(1, value) < 0 for value in values if value == 0) else 0
    return result


def max_(*numbers):
    values = [_to_number(number) for number in numbers]
    if any(value != value for value in values):
        return math.nan
    result = max(values, default=-math.inf)
    if result == 0:  # 0 is greater than -0 for Math.max
        return 0 if any(math.copysign(1, value) > 0 for value in values if value == 0) else -0.0
    return result


def sqrt(value):
    value = _to_number(value)
    return math.nan if value != value or value < 0 else _number(math.sqrt(value))


def length(value):
    """.length of a value of unknown type, as JavaScript reads it: a string's or an array's length, a dictionary's
    own key 'length' (a response's {"length": 3}; undefined when it has none), undefined for a number, a boolean or
    an error; only undefined itself has no properties to read."""
    kind = type(value)
    if kind is list:
        return len(value)
    if isinstance(value, str):
        return text_length(value)
    if isinstance(value, list):
        return len(value)
    if isinstance(value, dict):
        return value.get("length")
    if value is None:
        raise TypeError("Cannot read properties of undefined (reading 'length')")
    return None


def get(container, key):
    """container[key]: undefined (None) where JavaScript has no such element, never an exception."""
    kind = type(container)
    if kind is dict and type(key) is str:
        return container.get(key)
    if kind is list and type(key) is int:
        return container[key] if 0 <= key < len(container) else None
    if isinstance(container, dict):
        return container.get(key if isinstance(key, str) else to_str(key))
    if isinstance(container, (str, list)):
        index = _element_key(key)
        if index == "length":
            return len(container) if isinstance(container, list) else text_length(container)
        if index is None:
            return None
        if isinstance(container, str):
            return _code_unit(container, index)
        return container[index] if index < len(container) else None
    if isinstance(container, (int, float)):  # bool too: a number's or a boolean's own keys are none (its inherited
        return None                          # names are SUB-B004's), as JavaScript reads them, never a TypeError
    raise TypeError(f"Cannot read properties of {to_str(container)} (reading '{to_str(key)}')")


def _element_key(key):
    """What a key reads of a string or a list: 'length', an element's index (an int), or None (no element)."""
    if isinstance(key, str):
        if key == "length":
            return key
        return int(key) if _is_array_index(key) else None
    if isinstance(key, (list, dict)):  # a key is a string: [ 1 ] is '1', an element; a dictionary '[object Object]'
        return _element_key(to_str(key))
    if isinstance(key, float) and key.is_integer():
        key = int(key)
    return key if isinstance(key, int) and not isinstance(key, bool) and key >= 0 else None


def _code_unit(text: str, index: int):
    """text[index] for an index of 0 or more: the code unit there as a string, undefined past the end."""
    units = None if _narrow(text) else _astral_units(text)
    if units is None:  # one item per code unit already
        return text[index] if index < len(text) else None
    return _characters(units[index]) if index < len(units) else None


def set_(container, key, value) -> None:
    """container[key] = value: arrays grow (with holes as undefined), object keys are strings."""
    if type(container) is dict and type(key) is str:  # the usual write, first
        container[key] = value
        return
    if isinstance(container, list):
        if key == "length":  # (a key computed at run time: SUB-E007 refuses the written-out ones)
            _set_length(container, value)
            return
        if isinstance(key, (list, dict)):  # (as _element_key reads it)
            key = to_str(key)
        if isinstance(key, str) and _is_array_index(key):
            key = int(key)
        if type(key) is int or (type(key) is float and key.is_integer()):  # (NaN and Infinity are no index either)
            index = int(key)
            if index >= 0:
                if index > len(container):
                    _check_holes(index + 1)
                container.extend([None] * (index + 1 - len(container)))
                container[index] = value
                return
    if isinstance(container, dict):
        container[key if isinstance(key, str) else to_str(key)] = value
        return
    if isinstance(container, list):  # (a property of the array in Node: nothing Python's list can hold)
        raise UnportableTypeError(f"a list takes no key {to_str(key)} (only indices 0 to 2^32 - 2)")
    raise TypeError(f"Cannot set properties of {to_str(container)} (setting '{to_str(key)}')")


# JavaScript's arrays have holes, which Python's lists cannot hold: a write past the end of a list, or a length set past
# it, is Unportable (no catch clause of exchange code sees it). Filled with undefined (as up to 2^20 elements before
# red-team round 23), the list read otherwise than Node's: Object.keys, Object.values, `in`, indexOf (undefined), a
# spread or extend into a dictionary, keysort and omit skip a hole and count an undefined, so `levels[3] = x` gave
# Object.keys (levels).length 1 in Node and 4 here; and an index of 4294967294 (a response's) cost 34 GB. Appending,
# and a write at the end, make no hole.
def _check_holes(length: int) -> None:
    raise UnportableValueError(f"a write past the end of a list would leave holes up to {length - 1}, which only "
                               "JavaScript's arrays have: append in order, or use a dictionary for keys apart")


def _set_length(array: list, value) -> None:
    """array.length = value: cut to, or padded with undefined to, a length of 0 to 2^32 - 1."""
    number = _to_number(value)
    if not (0 <= number < 2**32) or number != int(number):
        # (JavaScript's RangeError, which Node's rethrowUncaught passes on: its bound on a list's length gives the same
        # one, which Python's lists do not have; red-team round 30)
        raise UnportableValueError("Invalid array length")
    if int(number) > len(array):
        _check_holes(int(number))
    del array[int(number):]
    array.extend([None] * (int(number) - len(array)))


def _text_receiver(value, method: str) -> str:
    """Strings have the method; anything else throws, as in JavaScript (Python raised AttributeError)."""
    if type(value) is not str:
        raise TypeError(f"{typeof(value)} has no method {method}")
    return value


def receiver(value, method: str):
    """The receiver of a string's or list's member whose arguments may change state or throw, checked before they run:
    JavaScript reads the member first, and undefined has none (a TypeError there and then, where the helper's own
    check ran after the arguments: red-team round 52). Whether any other value has the member is the helper's check,
    after them, as JavaScript's call of what it read."""
    if value is None:
        raise TypeError(f"{typeof(value)} has no method {method}")
    return value


def upper(value) -> str:
    return upper_case(_text_receiver(value, "toUpperCase"))


def lower(value) -> str:
    return lower_case(_text_receiver(value, "toLowerCase"))


# Case mappings follow each runtime's Unicode tables: Node's ICU is newer than Python 3.11's and PHP 8.2's (Unicode 14),
# and gives letters a case that they do not ('\u019b'.toUpperCase () is U+A7DC in Node 22), and PHP 8.2 lowers a final
# capital sigma to σ where Node and Python write ς. A text beyond ASCII is case-mapped only where every character
# is mapped in Unicode 14 (a case pair stays one in later versions) or lies in a block that has no case; any other is
# Unportable (PHP's Js::upperCase decides alike), so that no file branches on the runtime's tables.
_CASELESS = ((0x80, 0xBF), (0xD7, 0xD7), (0xF7, 0xF7), (0x0590, 0x0FFF), (0x2000, 0x2BFF), (0x3000, 0xA63F),
             (0xA800, 0xAB2F), (0xAC00, 0xD7FF), (0xF900, 0xFFFF), (0x1F000, 0x1FBFF), (0x20000, 0x3FFFF))


def upper_case(text: str) -> str:
    if not text.isascii():
        _check_case_mapping(text, False)
        return bounded_text(text.upper())  # ('\u00df' is 'SS': a text may grow)
    return text.upper()


def lower_case(text: str) -> str:
    if not text.isascii():
        _check_case_mapping(text, True)
        return bounded_text(text.lower())
    return text.lower()


def _check_case_mapping(text: str, lowering: bool) -> None:
    for character in text:
        code = ord(character)
        if code < 0x80 or (code != 0x3A3 or not lowering) and (
                character.upper() != character or character.lower() != character
                or any(low <= code <= high for low, high in _CASELESS)):
            continue
        raise UnportableValueError(f"the case of U+{code:04X} follows each runtime's Unicode tables")


def starts_with(value, prefix) -> bool:
    return _text_receiver(value, "startsWith").startswith(to_str(prefix))


def ends_with(value, suffix) -> bool:
    return _text_receiver(value, "endsWith").endswith(to_str(suffix))


def _sequence(value, method: str):
    """Strings and arrays have the method; anything else throws, as in JavaScript."""
    if not isinstance(value, (str, list)):
        raise TypeError(f"{typeof(value)} has no method {method}")
    return value


def _text(value) -> str:
    """An argument that a string method reads as a string (ToString: 1 is '1', undefined 'undefined')."""
    return value if type(value) is str else to_str(value)


def index_of(value, item) -> int:
    _sequence(value, "indexOf")
    if isinstance(value, str):
        position = value.find(_text(item))
        return position if position <= 0 or value.isascii() else text_length(value[:position])
    for position, element in enumerate(value):
        if strict_equal(element, item):
            return position
    return -1


def includes(value, item) -> bool:
    """includes: SameValueZero, so NaN is found (unlike indexOf)."""
    _sequence(value, "includes")
    if isinstance(value, str):
        return _text(item) in value
    return any(strict_equal(element, item) or (_is_nan(element) and _is_nan(item)) for element in value)


def _is_nan(value) -> bool:
    return isinstance(value, float) and value != value


def slice_(value, start=None, end=None):
    if isinstance(_sequence(value, "slice"), str) and _astral(value):
        return _characters(slice_(_astral_units(value), start, end))
    size = len(value)
    start = _slice_index(start, size, 0)
    end = _slice_index(end, size, size)
    return value[start:end] if start < end else value[0:0]


def _slice_index(index, size: int, default: int) -> int:
    if index is None:
        return default
    number = _to_number(index)
    if number != number:
        return 0
    if number in (math.inf, -math.inf):
        return size if number > 0 else 0
    number = int(number)
    return max(size + number, 0) if number < 0 else min(number, size)


def replace(value: str, pattern, replacement) -> str:
    """String.prototype.replace with a string pattern: the first match only, with $$, $&, $` and $'."""
    value = _text_receiver(value, "replace")
    pattern, replacement = _text(pattern), _text(replacement)
    position = value.find(pattern)
    if position < 0:
        return value
    after = position + len(pattern)
    if "$" not in replacement:
        return bounded_text(value[:position] + replacement + value[after:])
    expanded = re.sub(r"\$([$&`'])", lambda match: {"$": "$", "&": pattern, "`": value[:position],
                                                     "'": value[after:]}[match[1]], replacement)
    return bounded_text(value[:position] + expanded + value[after:])


def split(value: str, separator) -> list[str]:
    value = _text_receiver(value, "split")
    if type(separator) is not str:  # split (undefined) is [ value ] (Python's split (None) splits at whitespace)
        if separator is None:
            return [value]
        separator = to_str(separator)
    if separator == "":
        return [_characters(unit) for unit in _code_units(value)]
    return value.split(separator)


def pad_start(value: str, target_length: int, filler=" ") -> str:
    value = _text_receiver(value, "padStart")
    return _padding(value, target_length, filler) + value


def pad_end(value: str, target_length: int, filler=" ") -> str:
    value = _text_receiver(value, "padEnd")
    return value + _padding(value, target_length, filler)


def _integer_or_infinity(value) -> int | float:
    """ToIntegerOrInfinity, as a length or index argument is read: NaN is 0, an infinity stays one."""
    number = _to_number(value)
    if number != number:
        return 0
    return number if number in (math.inf, -math.inf) else math.trunc(number)


def _padding(value: str, target_length: int, filler) -> str:
    if type(target_length) is int and type(value) is str and type(filler) is str and value.isascii() \
            and filler.isascii() and target_length <= _MAX_STRING_LENGTH:  # one code unit per character
        missing = target_length - len(value)
        return "" if missing <= 0 or filler == "" else (filler * (missing // len(filler) + 1))[:missing]
    if type(filler) is not str:  # undefined pads with spaces, anything else as its string
        filler = " " if filler is None else to_str(filler)
    missing = _integer_or_infinity(target_length) - text_length(value)
    if missing <= 0 or filler == "":
        return ""
    if missing + text_length(value) > _MAX_STRING_LENGTH:  # (an infinite length too)
        raise ValueError("Invalid string length")  # (JavaScript: RangeError)
    units = _code_units(filler)
    return _characters((units * (missing // len(units) + 1))[:missing])


def char_at(value: str, index) -> str:
    value = _text_receiver(value, "charAt")
    index = _integer_or_infinity(index)
    if index == math.inf or index < 0:
        return ""
    unit = _code_unit(value, index)
    return "" if unit is None else unit


def sort(values: list) -> list:
    """Array.prototype.sort without a comparator: by string value, undefined last."""
    if _ONLY_STR.issuperset(map(type, values)) and "".join(values).isascii():
        values.sort()  # (the usual symbols, ids and codes: ASCII texts, whose code point order is JavaScript's)
        return values
    present = [value for value in values if value is not None]
    astral = any(_astral(to_str(value)) for value in present)
    present.sort(key=(lambda value: _unit_order(to_str(value))) if astral else to_str)
    values[:] = present + [None] * (len(values) - len(present))
    return values


def keys(value: dict) -> list[str]:
    """Object.keys: integer-like keys first in ascending order, then the rest in insertion order; an array's (or a
    string's) are its indices, a number's or a boolean's none (undefined and null throw, as they do there)."""
    if isinstance(value, (bool, int, float)):
        return []
    if isinstance(value, (list, str)):
        return [str(index) for index in range(len(value) if isinstance(value, list) else text_length(value))]
    if type(value) is dict:
        for key in value:
            if type(key) is not str or (key != "" and key[0] in _DIGITS):
                break
        else:
            return list(value)  # no integer-like key: insertion order
    integers = sorted((key for key in value if _is_array_index(key)), key=int)
    return integers + [key for key in value if not _is_array_index(key)]


def values(value: dict) -> list:
    if isinstance(value, (bool, int, float)):
        return []
    if isinstance(value, (list, str)):
        return list(value) if isinstance(value, list) else [get(value, index) for index in range(text_length(value))]
    return [value[key] for key in keys(value)]


def _is_array_index(key: str) -> bool:
    # (ASCII digits only: str.isdigit also takes '²' and '١', which int () then reads or refuses; and at most 10 of
    # them: int () raises a ValueError past 4,300 digits, which a response's key or a file's reached)
    return key.isascii() and key.isdigit() and (key == "0" or not key.startswith("0")) and len(key) <= 10 \
        and int(key) < 2**32 - 1


def indices_below(bound):
    """0, 1, 2, ... while i < bound as JavaScript compares them: the loop `for (i = 0; i < value.length; i++)` over a
    value's length, which a dictionary's own 'length' gives (a response's {"length": "5"} is five indices, "nan" none,
    2.5 three)."""
    index = 0
    while less(index, bound):
        yield index
        index += 1


def elements(value):
    """value[0], value[1], ... while i < value.length, each read as a loop reaches it."""
    for index in indices_below(length(value)):
        yield get(value, index)


def is_array(value) -> bool:
    return isinstance(value, list)


def is_integer(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value) \
        and float(value).is_integer()


def _signed(result: int, value) -> int | float:
    """An integral result as JavaScript gives it: a zero keeps the sign of a negative operand (Math.ceil (-0.5),
    Math.round (-0.2), Math.trunc (-0.7) and Math.floor (-0) are -0; Python's ints have no -0), and one beyond 2^53
    stays the double it is (as an int, Math.floor (1e20) + 1 would count exactly, where JavaScript rounds)."""
    if result == 0 and (value < 0 or (value == 0 and math.copysign(1, value) < 0)):
        return -0.0
    return result if -_SAFE_INTEGER <= result <= _SAFE_INTEGER else float(result)


def round_(value):
    """Math.round: to the nearest integer, halves towards +Infinity (Python's round() goes to even)."""
    value = _to_number(value)
    if value != value or value in (math.inf, -math.inf):
        return value
    lower = math.floor(value)
    return _signed(lower + 1 if value - lower >= 0.5 else lower, value)


def floor(value):
    value = _to_number(value)
    return value if value != value or value in (math.inf, -math.inf) else _signed(math.floor(value), value)


def ceil(value):
    value = _to_number(value)
    return value if value != value or value in (math.inf, -math.inf) else _signed(math.ceil(value), value)


def trunc(value):
    value = _to_number(value)
    return value if value != value or value in (math.inf, -math.inf) else _signed(math.trunc(value), value)


_MAX_DOUBLE_DIGITS = 1100  # digits of an integer in any base of 2 or more whose value is past the largest double


def parse_int(value, radix=None):
    if radix is None:  # the usual arguments: an integer, whose String () is its digits, or a text of a few digits
        kind = type(value)
        if kind is int and -_SAFE_INTEGER < value < _SAFE_INTEGER:
            return value
        if kind is str and 0 < len(value) < 16 and value.isascii() and value.isdigit():
            return int(value)
    text = trim(to_str(value))
    sign = -1 if text.startswith("-") else 1
    text = text[1:] if text[:1] in "+-" else text
    number = 0 if radix is None else _to_number(radix)  # ToInt32: NaN and undefined are 0, which means 10
    base = 0 if number != number or number in (math.inf, -math.inf) else _int32(number)
    if base != 0 and not 2 <= base <= 36:
        return math.nan
    if base in (0, 16) and text[:2].lower() == "0x":
        text, base = text[2:], 16
    base = base or 10
    alphabet = "0123456789abcdefghijklmnopqrstuvwxyz"[:base]
    digits = ""
    for character in text:
        # (ASCII letters only: str.lower () makes 'k' of the Kelvin sign and 'i' of U+0130, digits of base 36)
        character = character.lower() if character.isascii() else character
        if character not in alphabet:
            break
        digits += character
    if not digits:
        return math.nan
    digits = digits.lstrip("0") or "0"
    if len(digits) > _MAX_DOUBLE_DIGITS:  # (int () refuses past 4300 digits: JavaScript's is Infinity long before)
        return sign * math.inf
    value = sign * (int(digits, base) if base in _EXACT_RADIXES else _chunked_digits(digits, base))
    if value == 0 and sign < 0:
        return -0.0  # parseInt ('-0') is -0 (1 / it is -Infinity)
    if -2**53 < value < 2**53:
        return int(value)  # (a chunked sum below 2^53 is exact)
    try:
        return float(value)  # a double beyond 2^53, as JavaScript's
    except OverflowError:  # past the largest double
        return sign * math.inf


# The radixes whose parseInt Node rounds once, correctly (the spec lets an implementation approximate the others).
_EXACT_RADIXES = frozenset({2, 4, 8, 10, 16, 32})
_CHUNK_LIMIT = 0xFFFFFFFF // 36  # the largest multiplier of a chunk, so that it times any radix fits in 32 bits


def _chunked_digits(digits: str, base: int) -> float:
    """The value of digits in a radix other than those of _EXACT_RADIXES, as V8 reads it: in chunks of as many digits
    as keep the chunk's multiplier (radix^n) within _CHUNK_LIMIT, each read exactly and added to the value so far in
    doubles (value * multiplier + chunk, two roundings), so that past 2^53 it rounds as Node does (red-team round 30:
    parseInt ('9007199254740992', 36) was 1.9896986116031807e+24 in Node and 1.989698611603181e+24 here)."""
    value, at = 0.0, 0
    while at < len(digits):
        chunk, multiplier = 0, 1
        while at < len(digits) and multiplier * base <= _CHUNK_LIMIT:
            chunk, multiplier = chunk * base + int(digits[at], 36), multiplier * base
            at += 1
        value = value * multiplier + chunk
    return value


def _int32(number) -> int:
    """ToInt32 of a finite number: its integer part modulo 2^32, as a signed 32-bit integer (a radix of 4294967306 is
    10 in JavaScript, where int () kept it and parseInt gave NaN)."""
    result = int(number) % 2**32
    return result - 2**32 if result >= 2**31 else result


def parse_float(value):
    """parseFloat: the longest decimal prefix, NaN when there is none."""
    match = _DECIMAL.match(trim(to_str(value)))
    return _number(float(match[0])) if match else math.nan


def json_stringify(value) -> str | None:
    """JSON.stringify: no spaces, JavaScript's number format, non-ASCII kept, undefined dropped.

    JSON.stringify (undefined) is undefined itself; inside arrays undefined is written as null.
    """
    return None if value is None else _json_text(value)


def _json_text(value) -> str:
    # With a stack of its own, not a call per level: a response nested 511 deep (JSON as every runtime reads it) ran
    # past Python's recursion limit here alone.
    out: list[str] = []
    open_containers: list[tuple] = []  # per open list or dictionary: its (prefix, value) pairs left, its closing
    _json_write(value, out, open_containers)
    while open_containers:
        items, closing = open_containers[-1]
        item = next(items, None)
        if item is None:
            open_containers.pop()
            out.append(closing)
        else:
            out.append(item[0])
            _json_write(item[1], out, open_containers)
    return "".join(out)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _json_string(text: str) -> str:
    """JSON.stringify's text of a string: non-ASCII kept, a lone surrogate (a str holds no pair) written as its
    escape, as JavaScript writes it, where json.dumps kept it (a request body that no UTF-8 encoder takes)."""
    written = _json.dumps(text, ensure_ascii=False)
    if written.isascii() or _SURROGATE.search(written) is None:
        return written
    return _SURROGATE.sub(lambda match: "\\u%04x" % ord(match[0]), written)


def _json_write(value, out: list[str], open_containers: list[tuple]) -> None:
    """A value's text, or the opening of a list or dictionary whose items _json_text writes next."""
    if value is None:
        out.append("null")
    elif isinstance(value, bool):
        out.append("true" if value else "false")
    elif isinstance(value, (int, float)):
        out.append(number_to_string(value) if math.isfinite(value) else "null")
    elif isinstance(value, str):
        out.append(_json_string(value))
    elif isinstance(value, list):
        out.append("[")
        open_containers.append((((("," if index else ""), item) for index, item in enumerate(value)), "]"))
    else:
        out.append("{")
        items = [(key, value[key]) for key in keys(value) if value[key] is not None]
        open_containers.append((((("," if index else "") + _json_string(key) + ":", item)
                                 for index, (key, item) in enumerate(items)), "}"))


# An integer literal of 16 digits or more may be beyond 2^53, which JSON.parse reads as the nearest double (Python's
# int and PHP's would keep every digit, and a 5000-digit one is a ValueError here): only a text with one pays for
# _json_integer. It is looked for in the UTF-8 bytes with every digit written as 0 and every character that can come
# just before an integer (: , [ - whitespace) as a comma: one substring search, where digits in strings (Kraken's
# nanosecond "last") rarely follow such a character.
_INTEGER_DIGITS = bytes.maketrans(b"123456789:[- \t\n\r", b"000000000,,,,,,,")
_LONG_INTEGER = b"," + b"0" * 16
# A long text is scanned in pieces: its whole copies (the UTF-8, the translation) would each be megabytes of fresh
# memory, which cost more to fault in than the scan itself (half the time of these scans on a 2.5 MB response).
_SCAN_PIECE = 1 << 16


def utf8_pieces(text: str, overlap: int = 0):
    """The UTF-8 bytes of text (surrogates as they are) in consecutive pieces, each also holding the first overlap
    characters of the next: what a search for at most overlap + 1 bytes finds in the whole, it finds in a piece."""
    for start in range(0, len(text), _SCAN_PIECE):
        yield text[start:start + _SCAN_PIECE + overlap].encode("utf-8", "surrogatepass")


def _may_hold_long_integer(text: str) -> bool:
    opening = text[:16]  # (an integer that opens the text has nothing before it)
    if len(opening) == 16 and opening.isascii() and opening.isdigit():
        return True
    return any(_LONG_INTEGER in piece.translate(_INTEGER_DIGITS) for piece in utf8_pieces(text, 16))


# An integer literal -0, which JSON.parse reads as -0 and Python's int as 0 (1 / x told them apart): where the text may
# hold one (a -0 followed by what can end a number; a string that holds such a run only costs the slower path),
# integers are read by _json_integer. The pattern opens with its literal, which the regex engine looks for as a
# substring: a megabyte of text is scanned in about 0.5 ms (a pattern that opened with the punctuation before the
# number tried every position: 25 ms, paid by every response holding a negative decimal such as "-0.0123").
_NEGATIVE_ZERO = re.compile(r"-0[ \t\n\r]*(?:[,\]}]|$)")


def _may_hold_negative_zero(text: str) -> bool:
    return _NEGATIVE_ZERO.search(text) is not None


def json_parse(text: str):
    if type(text) is str and not _may_hold_long_integer(text) and not _may_hold_negative_zero(text):
        return _json.loads(text, parse_float=_json_number, parse_constant=_reject_constant)
    return _json.loads(text, parse_float=_json_number, parse_int=_json_integer, parse_constant=_reject_constant)


def _json_integer(literal: str) -> float | int:
    """A JSON integer as JSON.parse reads it: exact up to 2^53, the nearest double beyond (1e400 digits: Infinity),
    -0 as -0."""
    if len(literal) < 16:
        return -0.0 if literal == "-0" else int(literal)
    value = float(literal)
    return int(value) if -_SAFE_INTEGER <= value <= _SAFE_INTEGER else value


def _json_number(literal: str) -> float | int:
    """A JSON number with a fraction or an exponent, as _number normalises it: 2.0 is the int 2 (but -0.0 stays)."""
    value = float(literal)
    if value.is_integer() and -_SAFE_INTEGER < value < _SAFE_INTEGER and (value != 0 or literal[0] != "-"):
        return int(value)
    return value


def _reject_constant(name: str):
    raise ValueError(f"Unexpected token {name} in JSON")


if SPEEDUPS is not None:
    # The reads, comparisons and scans of every parse in C, each deciding the plain cases and handing the others to
    # its definition above (see exchangekit.base.speedups); a JSON float's literal is read as parseNumber reads a
    # decimal text.
    SPEEDUPS.install({"get": get, "length": length, "to_str": to_str, "strict_equal": strict_equal, "less": less,
                      "set_": set_})
    get, length, to_str, strict_equal = SPEEDUPS.get, SPEEDUPS.length, SPEEDUPS.to_str, SPEEDUPS.strict_equal
    less, set_ = SPEEDUPS.less, SPEEDUPS.set_
    _may_hold_long_integer, _may_hold_negative_zero = SPEEDUPS.may_hold_long_integer, SPEEDUPS.may_hold_negative_zero
    _json_number = SPEEDUPS.parse_number
