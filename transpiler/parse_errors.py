"""Turn esprima's syntax errors into diagnostics a contributor can act on.

esprima 4 stops at modern syntax that people write every day (`?.`, `??`,
class fields, BigInt). Its message there is a bare "Unexpected token"; we look
at the source around the error and, when we recognise the construct, report
it under the subset rule that covers it, with what to write instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

from transpiler.diagnostics import Diagnostic

if TYPE_CHECKING:
    import esprima

    from transpiler.source import SourceFile

IDENTIFIER_BEFORE = re.compile(r"^\s*(static\s+)?[A-Za-z_$][\w$]*\s*$")


@dataclass(frozen=True)
class Recognised:
    rule: str
    message: str
    hint: str
    start: int  # offset into the text where the construct starts
    length: int


def _optional_chaining(text: str, at: int) -> Recognised | None:
    for start in (at - 1, at):
        if text[start:start + 2] == "?." and not text[start + 2:start + 3].isdigit():
            return Recognised("SUB-E003", "optional chaining `?.` is not part of the subset",
                              "read nested keys with the safe* helpers: this.safeValue (obj, 'key') "
                              "or this.safeString (obj, 'key')", start, 2)
    return None


LOGICAL_ASSIGNMENT_FORMS = {
    "??=": "if (x === undefined) { x = value; }",
    "||=": "if (!x) { x = value; }",
    "&&=": "if (x) { x = value; }",
}


def _logical_assignment(text: str, at: int) -> Recognised | None:
    for start in (at - 2, at - 1, at):
        operator = text[start:start + 3]
        if operator in LOGICAL_ASSIGNMENT_FORMS:
            return Recognised("SUB-E003", f"logical assignment `{operator}` is not part of the subset",
                              f"write the explicit form: {LOGICAL_ASSIGNMENT_FORMS[operator]}", start, 3)
    return None


def _nullish(text: str, at: int) -> Recognised | None:
    for start in (at - 1, at):
        if text[start:start + 2] == "??":
            return Recognised("SUB-E003", "the nullish operator `??` is not part of the subset",
                              "use a safe* helper with a default: this.safeString (obj, 'key', 'default'), "
                              "or (x === undefined) ? fallback : x", start, 2)
    return None


def _private_name(text: str, at: int) -> Recognised | None:
    if text[at:at + 1] == "#":
        return Recognised("SUB-S003", "private `#names` are not part of the subset",
                          "make it an ordinary method; state belongs in this.options via describe()", at, 1)
    return None


def _class_field(text: str, at: int) -> Recognised | None:
    if text[at:at + 1] not in ("=", ";"):
        return None
    line_start = text.rfind("\n", 0, at) + 1
    if IDENTIFIER_BEFORE.match(text[line_start:at]):
        start = line_start + len(text[line_start:at]) - len(text[line_start:at].lstrip())
        return Recognised("SUB-S003", "class fields are not part of the subset",
                          "put configuration in describe() (for example under 'options') "
                          "and read it with this.options['key']", start, at - start + 1)
    return None


def _bigint(text: str, at: int) -> Recognised | None:
    if text[at:at + 1] == "n" and text[at - 1:at].isdigit():
        start = at
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_."):
            start -= 1
        return Recognised("SUB-P001", "BigInt literals are not part of the subset",
                          "keep big or exact numbers as strings and compute with Precise "
                          "(Precise.stringMul, Precise.stringAdd, ...)", start, at - start + 1)
    return None


def _numeric_separator(text: str, at: int) -> Recognised | None:
    if text[at:at + 1] == "_" and text[at - 1:at].isdigit():
        return Recognised("SUB-P001", "numeric separators (`1_000`) are not part of the subset",
                          "write the number without underscores: 1000", at, 1)
    return None


def _catch_without_binding(text: str, at: int) -> Recognised | None:
    if text[at:at + 1] == "{" and text[:at].rstrip().endswith("catch"):
        return Recognised("SUB-T004", "a catch clause must name its error",
                          "write catch (e) { ... }", at, 1)
    return None


def _await(text: str, at: int) -> Recognised | None:
    """`await` where it is not allowed: at the error, or just before it (tolerant mode reads it as a name)."""
    before = re.search(r"(?<![\w$])await\s*$", text[max(0, at - 64):at])
    if re.match(r"await\b", text[at:at + 6]):
        start = at
    elif before:
        start = at - len(before.group(0))
    else:
        return None
    if text[:start].rstrip().endswith("for"):
        return Recognised("SUB-P001", "`for await ... of` is not part of the subset",
                          "loop with for ... of and await inside the body", start, 5)
    return Recognised("SUB-A001", "`await` is only allowed inside async methods",
                      "declare the method async: async fetchSomething (...) { ... }", start, 5)


RECOGNISERS: tuple[Callable[[str, int], Recognised | None], ...] = (
    _logical_assignment,
    _nullish,
    _optional_chaining,
    _private_name,
    _class_field,
    _bigint,
    _numeric_separator,
    _catch_without_binding,
    _await,
)

GENERIC_HINTS = {
    "Octal literals are not allowed in strict mode.": "write the number in decimal (010 is 8)",
    "Unexpected end of input": "a bracket, brace or string is not closed",
    "Unexpected token ILLEGAL": "there is a character here that JavaScript does not allow "
                                "(a stray symbol, a NUL byte, or an unsupported number form)",
    "Invalid or unexpected token": "there is a character here that JavaScript does not allow, "
                                   "or a string that is not closed on its line",
}


# Strict-mode errors that esprima tolerates and that a rule reports on the parsed node instead.
REPORTED_BY_RULES = ("may not include a with statement", "Delete of an unqualified identifier",
                     "Keyword must not contain escaped characters")


def explain_parse_error(source: SourceFile, error: esprima.Error) -> Diagnostic:
    return _explain(source, getattr(error, "index", 0) or 0, str(error))


def explain_parser_failure(source: SourceFile, index: int, assertion: str) -> Diagnostic:
    """A syntax error that esprima met as one of its own assertions (a token it did not expect there), at index."""
    return _explain(source, index, f"unexpected token ({assertion[:1].lower()}{assertion[1:]})")


def explain_tolerated_error(source: SourceFile, error: dict) -> Diagnostic | None:
    """A strict-mode error esprima recorded and parsed past; None when a rule reports the construct."""
    message = error["message"]
    if any(words in message for words in REPORTED_BY_RULES):
        return None
    return _explain(source, error["index"], message)


def _explain(source: SourceFile, index: int, raw_message: str) -> Diagnostic:
    text = source.text
    at = min(max(index, 0), len(text))
    message = re.sub(r"^(Error: )?Line \d+: ", "", raw_message)
    found = next(filter(None, (recognise(text, at) for recognise in RECOGNISERS)), None)
    if found:
        return source.offset_diagnostic(found.rule, found.message, found.hint, found.start,
                                        found.start + found.length)
    hint = GENERIC_HINTS.get(message, "fix the syntax error; the subset is ES2017 JavaScript "
                                      "(see `exkit rules` for what it leaves out)")
    return source.offset_diagnostic("SUB-P001", f"syntax error: {message}", hint, at, at + 1)
