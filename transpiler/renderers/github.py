"""GitHub Actions workflow commands: ::error file=...,line=...::message, shown as annotations on the diff."""

from __future__ import annotations

from transpiler.checker import FileResult
from transpiler.renderers.text import printable


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def render(results: list[FileResult]) -> str:
    lines = []
    for result in results:
        for d in result.diagnostics:
            properties = ",".join([
                f"file={_escape_property(printable(d.path))}", f"line={d.line}", f"col={d.column}",
                f"endLine={d.end_line}", f"endColumn={d.end_column}", f"title={_escape_property(d.rule)}",
            ])
            # (what the file wrote, printable as in the text format: an escape sequence or a bidirectional control
            # reached the CI's log and the diff's annotations as it was; red-team round 57)
            message = (printable(d.message) + "".join(f"\n    {printable(detail)}" for detail in d.details)
                       + (f"\nhint: {printable(d.hint)}" if d.hint else ""))
            lines.append(f"::{d.severity.value} {properties}::{_escape_data(message)}\n")
    return "".join(lines)
