"""Human-readable findings with a code frame and the hint, as in SUBSET.md's diagnostic shape."""

from __future__ import annotations

from transpiler.checker import FileResult
from transpiler.diagnostics import Diagnostic, Severity

FRAME_WIDTH = 120  # longer lines are shown as a window around the finding
# What a finding quotes of the file (its strings and names, its lines, its path) is written with every character that
# is not printable as its escape (\x1b, \n, \u202e, \u200b): C0 and C1 controls, which a terminal acts on
# (escape sequences that move the cursor or hide the rest) and whose line breaks begin lines of a CI's own (`::error`,
# `::add-mask::`), the line separators, the bidirectional controls, which reorder what is shown, and the invisible
# format characters, which make `api\u200bKey` read as `apiKey` (red-team rounds 54 and 55).
SHORT_ESCAPES = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def printable(text: str) -> str:
    """text with each character that str.isprintable () refuses written as its escape."""
    if text.isprintable():
        return text
    parts, start = [], 0  # (runs of printable text between the escapes: one string per character took 30 bytes each)
    for index, character in enumerate(text):
        if not character.isprintable():
            parts += [text[start:index], _escape(character)]
            start = index + 1
    parts.append(text[start:])
    return "".join(parts)


def _escape(character: str) -> str:
    code = ord(character)
    if character in SHORT_ESCAPES:
        return SHORT_ESCAPES[character]
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def render(results: list[FileResult]) -> str:
    blocks = [format_diagnostic(diagnostic, result.frame_lines.get(diagnostic.line))
              for result in results for diagnostic in result.diagnostics]
    return "".join(block + "\n" for block in blocks) + summary(results) + "\n"


def format_diagnostic(diagnostic: Diagnostic, line: str | None) -> str:
    parts = [f"{printable(diagnostic.path)}:{diagnostic.line}:{diagnostic.column}: {diagnostic.severity.value} "
             f"{diagnostic.rule} {printable(diagnostic.message)}"]
    parts += [f"    {printable(detail)}" for detail in diagnostic.details]
    if line is not None:
        shown, caret_start, caret_width = _frame(line, diagnostic)
        parts.append(f"  |   {shown}")
        parts.append(f"  |   {' ' * caret_start}{'^' * caret_width}")
    if diagnostic.hint:
        parts.append(f"  = hint: {printable(diagnostic.hint)}")
    return "\n".join(parts)


def _frame(line: str, diagnostic: Diagnostic) -> tuple[str, int, int]:
    """The line as shown (tabs expanded, long lines cut, printable) and where the carets go."""
    start = diagnostic.column - 1
    end = diagnostic.end_column - 1 if diagnostic.end_line == diagnostic.line else len(line)
    end = max(end, start + 1)
    offset = 0
    if len(line) > FRAME_WIDTH:
        offset = max(0, min(start - FRAME_WIDTH // 3, len(line) - FRAME_WIDTH))
        line = ("…" if offset else "") + line[offset:offset + FRAME_WIDTH] + "…"
        shift = 1 if offset else 0
        start, end = start - offset + shift, min(end - offset + shift, len(line) - 1)
    prefix = printable(line[:start].expandtabs(4))
    marked = printable(line[start:end].expandtabs(4))
    return printable(line.expandtabs(4).rstrip("\n")), len(prefix), max(1, len(marked))


def summary(results: list[FileResult]) -> str:
    errors = sum(result.count(Severity.ERROR) for result in results)
    warnings = sum(result.count(Severity.WARNING) for result in results)
    files = len(results)
    checked = f"{files} file{'s' if files != 1 else ''} checked"
    if not errors and not warnings:
        return f"{checked}: no problems found."
    failing = sum(1 for result in results if result.diagnostics)
    return (f"{checked}: {errors} error{'s' if errors != 1 else ''} and {warnings} warning"
            f"{'s' if warnings != 1 else ''} in {failing} file{'s' if failing != 1 else ''}.")
