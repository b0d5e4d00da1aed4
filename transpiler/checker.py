"""Check source files: read, parse, run every registered rule in one walk, return sorted findings."""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass, field
from typing import Callable, Iterable

from esprima.nodes import Node

from transpiler.context import FileContext
from transpiler.diagnostics import Diagnostic, Severity, sort_and_dedupe
from transpiler.limits import Limits, line_findings, method_size_finding, nesting_findings, resolve
from transpiler.rules import all_rules
from transpiler.source import SourceError, SourceFile, parse_source, read_source
from transpiler.stack import run_with_deep_stack
from transpiler.syntax import walk


@dataclass
class FileResult:
    path: str
    diagnostics: list[Diagnostic]
    # The source lines that diagnostics point at, for code frames (line number -> text).
    frame_lines: dict[int, str] = field(default_factory=dict)

    def count(self, severity: Severity) -> int:
        return sum(1 for diagnostic in self.diagnostics if diagnostic.severity is severity)


def run_rules(context: FileContext) -> list[Diagnostic]:
    """Every registered rule over one parsed file, in a single walk; returns the findings unsorted."""
    rules = [rule_class(context) for rule_class in all_rules()]
    dispatch: dict[str, list[Callable]] = {}
    for rule in rules:
        for node_type, visitor in rule.visitors().items():
            dispatch.setdefault(node_type, []).append(visitor)
    every_node = dispatch.get("*", [])
    for path in walk(context.program):
        for visitor in dispatch.get(path.node.type, ()):
            visitor(path)
        for visitor in every_node:
            visitor(path)
    for rule in rules:
        rule.finish()
    return context.diagnostics


def check_program(source: SourceFile, limits: Limits) -> tuple[Node | None, list[Diagnostic]]:
    """Parse and check one source, unsorted; the tree too when it is within the limits (for the emitters).

    Recursive work: call it on a deep stack (run_with_deep_stack).
    """
    long_lines = line_findings(source, limits)
    try:
        program, tolerated = parse_source(source)
    except SourceError as error:
        return None, long_lines + [error.diagnostic]
    too_deep, too_many_blocks = nesting_findings(source, program, limits)
    if too_deep is not None:
        return None, tolerated + long_lines + [too_deep]
    too_long = method_size_finding(source, program)
    if too_long is not None:
        return None, tolerated + long_lines + ([too_many_blocks] if too_many_blocks else []) + [too_long]
    return program, tolerated + long_lines + ([too_many_blocks] if too_many_blocks else []) \
        + run_rules(FileContext(source, program))


def check_source(source: SourceFile, limits: Limits | None = None) -> list[Diagnostic]:
    """All findings for one source text, sorted by position and deduplicated."""
    limits = resolve(limits)
    try:
        _, diagnostics = run_with_deep_stack(lambda: check_program(source, limits))
    except RecursionError:
        diagnostics = [nested_too_deeply(source)]
    except Exception as error:  # a checker bug fails this file, and the other files are still checked and reported
        diagnostics = [checker_failed(source, error)]
    return sort_and_dedupe(diagnostics)


def nested_too_deeply(source: SourceFile) -> Diagnostic:
    return source.diagnostic("SUB-P003", "the code is nested too deeply to check",
                             "flatten the nesting: split deep expressions into named constants", (1, 1))


def checker_failed(source: SourceFile, error: Exception) -> Diagnostic:
    return source.diagnostic("SUB-X001", f"the checker failed on this file ({type(error).__name__}: {error})",
                             "this is a toolchain bug: report it with the source that produced it", (1, 1))


def check_file(path: str, limits: Limits | None = None) -> FileResult:
    limits = resolve(limits)
    try:
        source = read_source(path, limits)
    except SourceError as error:
        return FileResult(path, [error.diagnostic])
    diagnostics = check_source(source, limits)
    return FileResult(path, diagnostics, frame_lines(source.lines, diagnostics))


def frame_lines(lines: list[str], diagnostics: list[Diagnostic]) -> dict[int, str]:
    """The source lines the diagnostics point at, for code frames."""
    return {d.line: lines[d.line - 1] for d in diagnostics if 0 < d.line <= len(lines)}


def result_for(path: str, diagnostics: list[Diagnostic]) -> FileResult:
    """A FileResult for findings made elsewhere (the build, the emitters), with code frames when readable."""
    try:
        source = read_source(path)
    except SourceError:
        return FileResult(path, diagnostics)
    return FileResult(path, diagnostics, frame_lines(source.lines, diagnostics))


def check_files(paths: list[str], jobs: int | None = None, limits: Limits | None = None) -> Iterable[FileResult]:
    """Results in the order of `paths`; files are checked in parallel when there are several."""
    check = functools.partial(check_file, limits=resolve(limits))
    workers = min(jobs or os.cpu_count() or 1, len(paths))
    if workers <= 1:
        yield from map(check, paths)
        return
    from concurrent.futures import ProcessPoolExecutor  # (only here: one file is checked without its import)

    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(check, paths, chunksize=4)
