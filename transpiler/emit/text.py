"""JavaScript text (string values, comments, names) on its way into Python and PHP source.

No JavaScript text may become code: every string value is printed as an escaped literal, and every comment
is cut into lines at JavaScript's line terminators with each character that a reader cannot see, or that
Python, PHP or a text tool reads as a line break, spelled out (`\\u0085`). Each target then frames those
lines (`#`, docstring, `//`, `/* */`, PHPDoc) and escapes what would end its own frame.
"""

from __future__ import annotations

import re

# JavaScript's line terminators, which end a line comment and break lines in a block comment.
JS_LINE_BREAK = re.compile("\r\n|[\n\r\u2028\u2029]")
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


def spelled(character: str) -> str:
    """A character as JavaScript spells it in an escape: \\u2028, \\u{e0001}."""
    code = ord(character)
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\u{{{code:x}}}"


def visible(text: str) -> str:
    """text with every character that is not printable spelled out, except tabs.

    Not printable (Python's str.isprintable) covers what must not reach a comment or a docstring verbatim:
    C0 and C1 controls (NUL, VT, FF, NEL U+0085, U+001C-U+001E, which str.splitlines takes for line breaks),
    the line and paragraph separators U+2028 and U+2029, bidirectional controls (U+202A-U+202E,
    U+2066-U+2069) and other format characters, surrogates, and spaces other than the ASCII space.
    """
    if text.isprintable():
        return text
    return "".join(character if character == "\t" or character.isprintable() else spelled(character)
                   for character in text)


def comment_lines(text: str) -> list[str]:
    """A comment's text as lines (split where JavaScript breaks lines), each with its invisible characters
    spelled out: safe inside any comment frame that ends only at a line break."""
    return [visible(line) for line in JS_LINE_BREAK.split(text)]
