"""Human-readable findings with a code frame and the hint, as in SUBSET.md's diagnostic shape."""

from __future__ import annotations

import re

from transpiler.checker import FileResult
from transpiler.diagnostics import Diagnostic, Severity

FRAME_WIDTH = 120  # longer lines are shown as a window around the finding
# What a terminal or a CI log acts on rather than shows, in the file's text that a finding quotes (its lines, its
# strings, its path): C0 and C1 controls (escape sequences that move the cursor or hide the rest, and line breaks
# that begin a line of a CI's own, `::error` or `::add-mask::`), DEL, the line and paragraph separators and the
# bidirectional controls, which reorder what is shown (red-team round 54).
UNSHOWN = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """text with each character of UNSHOWN written as its escape (\\x1b, \\n, \\u202e)."""
    return UNSHOWN.sub(lambda found: repr(found.group())[1:-1] if ord(found.group()) < 0x100
                       else f"\\u{ord(found.group()):04x}", text)


def render(results: list[FileResult]) -> str:
    blocks = [format_diagnostic(diagnostic, result.frame_lines.get(diagnostic.line))
              for result in results for diagnostic in result.diagnostics]
    return "".join(block + "\n" for block in blocks) + summary(results) + "\n"


def format_diagnostic(diagnostic: Diagnostic, line: str | None) -> str:
    parts = [f"{printable(diagnostic.path)}:{diagnostic.line}:{diagnostic.column}: {diagnostic.severity.value} "
             f"{diagnostic.rule} {printable(diagnostic.message)}"]
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
