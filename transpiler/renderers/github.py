"""GitHub Actions workflow commands: ::error file=...,line=...::message, shown as annotations on the diff."""

from __future__ import annotations

from transpiler.checker import FileResult


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def render(results: list[FileResult]) -> str:
    lines = []
    for result in results:
        for d in result.diagnostics:
            properties = ",".join([
                f"file={_escape_property(d.path)}", f"line={d.line}", f"col={d.column}",
                f"endLine={d.end_line}", f"endColumn={d.end_column}", f"title={_escape_property(d.rule)}",
            ])
            message = d.message + (f"\nhint: {d.hint}" if d.hint else "")
            lines.append(f"::{d.severity.value} {properties}::{_escape_data(message)}\n")
    return "".join(lines)
