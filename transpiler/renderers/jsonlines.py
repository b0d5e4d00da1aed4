"""JSON Lines: one object per finding (path, line, column, endLine, endColumn, rule, severity, message, hint)."""

from __future__ import annotations

import json

from transpiler.checker import FileResult


def render(results: list[FileResult]) -> str:
    return "".join(json.dumps(diagnostic.to_dict()) + "\n"
                   for result in results for diagnostic in result.diagnostics)
