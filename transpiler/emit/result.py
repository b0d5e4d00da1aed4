"""What compiling one source gives: its three modules, or every finding that stops it (transpiler/emit/compile.py).
A module of its own so that the build can read its cache without importing the compiler."""

from __future__ import annotations

from dataclasses import dataclass

from transpiler.diagnostics import Diagnostic


@dataclass(frozen=True)
class Compiled:
    id: str
    parent: str  # "Exchange" or the id of the parent exchange
    python: str
    python_async: str
    php: str
    has: tuple[tuple[str, bool], ...] = ()  # describe ()'s literal has entries (analysis/capabilities.py)
    name: str = ""  # describe ()'s literal name (analysis/capabilities.py)


class CompileError(Exception):
    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        super().__init__("; ".join(f"{d.path}:{d.line}:{d.column}: {d.rule} {d.message}" for d in diagnostics))
        self.diagnostics = diagnostics
