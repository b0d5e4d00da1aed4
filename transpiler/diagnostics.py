"""The Diagnostic type shared by the checker, the renderers and the CLI."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Severity(str, enum.Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, order=True)
class Diagnostic:
    """One finding. Lines and columns are 1-based; columns count code points.

    The end position is exclusive: (end_line, end_column) is the first
    character after the flagged region, as in SARIF.
    """

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    rule: str
    severity: Severity
    message: str
    hint: str = ""
    # Lines under the message (a failing case's differences, its rerun command), each shown on a line of its own:
    # the text format escapes each apart, so that only these line breaks, not a quoted text's, begin a line.
    details: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        """The message and its details, one indented line each."""
        return self.message + "".join(f"\n    {detail}" for detail in self.details)

    def to_dict(self) -> dict:
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "endLine": self.end_line,
            "endColumn": self.end_column,
            "rule": self.rule,
            "severity": self.severity.value,
            "message": self.text,
            "hint": self.hint,
        }


def sort_and_dedupe(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """Sort by position; keep one finding per rule and start position."""
    seen: set[tuple] = set()
    result = []
    for diagnostic in sorted(diagnostics):
        key = (diagnostic.path, diagnostic.line, diagnostic.column, diagnostic.rule)
        if key not in seen:
            seen.add(key)
            result.append(diagnostic)
    return result
