"""Helpers for tests that check source text."""

from __future__ import annotations

import sys
import threading

from transpiler.checker import check_source
from transpiler.diagnostics import Diagnostic
from transpiler.limits import Limits
from transpiler.source import SourceFile


def check_text(text: str, path: str = "js/example.js", limits: Limits | None = None) -> list[Diagnostic]:
    return check_source(SourceFile(path, text), limits)


def rules_of(text: str) -> set[str]:
    """The rules a text's findings come from."""
    return {diagnostic.rule for diagnostic in check_text(text)}


def found(text: str, path: str = "js/example.js", limits: Limits | None = None) -> set[tuple[str, int, int]]:
    return {(d.rule, d.line, d.column) for d in check_text(text, path, limits)}


def python_lines_executed(function) -> int:
    """How many lines of Python run in function (on every thread it starts): a measure of work, unlike time."""
    count = 0

    def tracer(frame, event, argument):
        nonlocal count
        if event == "line":
            count += 1
        return tracer

    threading.settrace(tracer)
    sys.settrace(tracer)
    try:
        function()
    finally:
        sys.settrace(None)
        threading.settrace(None)
    return count
