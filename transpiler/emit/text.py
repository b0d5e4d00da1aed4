"""JavaScript text (string values, names) on its way into Python and PHP source."""

from __future__ import annotations

import re

# Identifiers every target can spell as they are (ASCII; Python would NFKC-normalise others, PHP reads bytes).
ASCII_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


class LoneSurrogate(ValueError):
    """A string value holding half of a UTF-16 surrogate pair, which UTF-8 (Python's I/O, PHP's strings) cannot
    represent. The message is the escape that denotes it: \\ud83d."""


def js_string(value: str) -> str:
    """A JavaScript string value (esprima gives escapes as UTF-16 code units) as Unicode text: each escaped
    surrogate pair, `'\\ud83d\\ude00'`, becomes the one character it denotes in JavaScript ('😀')."""
    if not any("\ud800" <= character <= "\udfff" for character in value):
        return value
    characters = []
    position = 0
    while position < len(value):
        character = value[position]
        following = value[position + 1] if position + 1 < len(value) else ""
        if "\ud800" <= character <= "\udbff" and "\udc00" <= following <= "\udfff":
            characters.append(chr(0x10000 + ((ord(character) - 0xD800) << 10) + (ord(following) - 0xDC00)))
            position += 2
            continue
        if "\ud800" <= character <= "\udfff":
            raise LoneSurrogate(f"\\u{ord(character):04x}")
        characters.append(character)
        position += 1
    return "".join(characters)


def lone_surrogate(value: str) -> str | None:
    """The escape of the first unpaired surrogate in a JavaScript string value, or None."""
    try:
        js_string(value)
    except LoneSurrogate as error:
        return str(error)
    return None
