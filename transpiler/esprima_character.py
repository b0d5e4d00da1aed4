"""esprima's character classes, computed per character instead of as tables at import.

esprima (pinned) builds its identifier tables at import by asking unicodedata for the category of every code point
(`esprima.character`), which cost most of the start-up of every `exkit` command. This module answers the same
questions for one character at a time, from the same Unicode categories and the same extra characters, and
install() puts it in place of `esprima.character` before esprima is imported. The identifier rules stay exactly
esprima's (tests/test_esprima_character.py compares both over every code point).
"""

from __future__ import annotations

import string
import sys
import unicodedata

# ECMAScript 2017, 11.6: IdentifierStart is a letter (ID_Start), $, _ or a \ that starts an escape; IdentifierPart
# adds combining marks, digits, connector punctuation (ID_Continue), ZWNJ and ZWJ.
LETTER_CATEGORIES = frozenset({"Lu", "Ll", "Lt", "Lm", "Lo", "Nl"})
PART_CATEGORIES = LETTER_CATEGORIES | {"Mn", "Mc", "Nd", "Pc"}
# Unicode's Other_ID_Start and Other_ID_Continue (PropList.txt): identifier characters outside those categories.
OTHER_ID_START = frozenset("\u1885\u1886\u2118\u212e\u309b\u309c")
OTHER_ID_CONTINUE = frozenset("\u00b7\u0387\u1369\u136a\u136b\u136c\u136d\u136e\u136f\u1370\u1371\u19da")
ASCII_START = frozenset(string.ascii_letters + "$_\\")
ASCII_PART = ASCII_START | frozenset(string.digits)
JOINERS = frozenset("\u200c\u200d")

WHITE_SPACE = frozenset("\t\x0b\x0c \xa0\u1680\u180e\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
                        "\u200a\u202f\u205f\u3000\ufeff")
LINE_TERMINATOR = frozenset("\n\r\u2028\u2029")

DECIMAL_CONV = {digit: value for value, digit in enumerate(string.digits)}
OCTAL_CONV = {digit: value for value, digit in enumerate(string.octdigits)}
HEX_CONV = {digit: int(digit, 16) for digit in string.hexdigits}
DECIMAL_DIGIT = frozenset(DECIMAL_CONV)
OCTAL_DIGIT = frozenset(OCTAL_CONV)
HEX_DIGIT = frozenset(HEX_CONV)


def _beyond_ascii(ch: object) -> bool:
    """One character past ASCII (esprima's tables hold single characters only: anything else is in none)."""
    return isinstance(ch, str) and len(ch) == 1 and ch > "\x7f"


def is_identifier_start(ch: object) -> bool:
    if ch in ASCII_START:
        return True
    return _beyond_ascii(ch) and (unicodedata.category(ch) in LETTER_CATEGORIES or ch in OTHER_ID_START)


def is_identifier_part(ch: object) -> bool:
    if ch in ASCII_PART:
        return True
    return _beyond_ascii(ch) and (unicodedata.category(ch) in PART_CATEGORIES or ch in OTHER_ID_START
                                  or ch in OTHER_ID_CONTINUE or ch in JOINERS)


class Character:
    """The interface esprima's scanner calls."""

    fromCodePoint = staticmethod(chr)
    isIdentifierStart = staticmethod(is_identifier_start)
    isIdentifierPart = staticmethod(is_identifier_part)

    isWhiteSpace = staticmethod(WHITE_SPACE.__contains__)
    isLineTerminator = staticmethod(LINE_TERMINATOR.__contains__)
    isDecimalDigit = staticmethod(DECIMAL_DIGIT.__contains__)
    isHexDigit = staticmethod(HEX_DIGIT.__contains__)
    isOctalDigit = staticmethod(OCTAL_DIGIT.__contains__)


def install() -> None:
    """Stand in for esprima.character, unless esprima has already imported its own (then nothing changes)."""
    sys.modules.setdefault("esprima.character", sys.modules[__name__])
