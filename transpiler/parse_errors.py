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


def _logical_assignment(text: str, at: int) -> Recognised | None:
    for start in (at - 2, at - 1, at):
        operator = text[start:start + 3]
        if operator in ("??=", "||=", "&&="):
            return Recognised("SUB-E003", f"logical assignment `{operator}` is not part of the subset",
                              f"write the explicit form: if (x === undefined) {{ x = value; }}",
                              start, 3)
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
    if not re.match(r"await\b", text[at:at + 6]):
        return None
    if text[:at].rstrip().endswith("for"):
        return Recognised("SUB-P001", "`for await ... of` is not part of the subset",
                          "loop with for ... of and await inside the body", at, 5)
    return Recognised("SUB-A001", "`await` is only allowed inside async methods",
                      "declare the method async: async fetchSomething (...) { ... }", at, 5)


def _by_message(text: str, at: int, message: str) -> Recognised | None:
    """Strict-mode errors, recognised by esprima's message; the keyword is found from the error onwards."""
    if "with statement" in message:
        keyword = re.compile(r"\bwith\b").search(text, at)
        start = keyword.start() if keyword else at
        return Recognised("SUB-E014", "`with` is not part of the subset",
                          "name the object explicitly: obj['key']", start, 4)
    if "Delete of an unqualified identifier" in message:
        keyword = re.compile(r"\bdelete\b").search(text, max(0, text.rfind("delete", 0, at + 1)))
        start = keyword.start() if keyword else at
        return Recognised("SUB-E013", "delete only works on a bracket member",
                          "write: delete obj['key']; (a variable cannot be deleted: assign undefined)", start, 6)
    return None


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
    "Unexpected end of input": "a bracket, brace or string is not closed",
    "Unexpected token ILLEGAL": "there is a character here that JavaScript does not allow "
                                "(a stray symbol, a NUL byte, or an unsupported number form)",
    "Invalid or unexpected token": "there is a character here that JavaScript does not allow, "
                                   "or a string that is not closed on its line",
}


def explain_parse_error(source: SourceFile, error: esprima.Error) -> Diagnostic:
    text = source.text
    at = min(max(getattr(error, "index", 0) or 0, 0), len(text))
    message = re.sub(r"^Line \d+: ", "", str(error))
    found = _by_message(text, at, message) or next(
        filter(None, (recognise(text, at) for recognise in RECOGNISERS)), None)
    if found:
        return source.offset_diagnostic(found.rule, found.message, found.hint, found.start,
                                        found.start + found.length)
    hint = GENERIC_HINTS.get(message, "fix the syntax error; the subset is ES2017 JavaScript "
                                      "(see `exkit rules` for what it leaves out)")
    return source.offset_diagnostic("SUB-P001", f"syntax error: {message}", hint, at, at + 1)
