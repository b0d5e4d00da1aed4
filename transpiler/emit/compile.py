"""Compile one checked source into its three generated modules."""

from __future__ import annotations

from transpiler.analysis.capabilities import declared_has, declared_name
from transpiler.analysis.exchange import find_exchange_class
from transpiler.checker import check_program, nested_too_deeply
from transpiler.diagnostics import Severity, sort_and_dedupe
from transpiler.emit.base import EmitError
from transpiler.emit.result import Compiled, CompileError
from transpiler.limits import Limits, resolve
from transpiler.source import SourceError, SourceFile, read_source
from transpiler.stack import run_with_deep_stack


def compile_file(path: str, limits: Limits | None = None) -> Compiled:
    limits = resolve(limits)
    try:
        source = read_source(path, limits)
    except SourceError as error:
        raise CompileError([error.diagnostic]) from None
    return compile_source(source, limits=limits)


def compile_source(source: SourceFile, formatted: bool = True, limits: Limits | None = None) -> Compiled:
    """Check, then emit from the same syntax tree; raises CompileError with every finding when the source is not
    clean.

    formatted=False leaves the Python unformatted (black preserves the syntax tree): for semantic tests.
    """
    from transpiler.emit.modules import SharedWork, php_module, python_module  # black, jinja2: when compiling

    limits = resolve(limits)

    def check_and_emit() -> Compiled:
        program, diagnostics = check_program(source, limits)
        errors = [d for d in sort_and_dedupe(diagnostics) if d.severity is Severity.ERROR]
        if errors:
            raise CompileError(errors)
        exchange = find_exchange_class(program, source.is_base)
        shared = SharedWork()  # what both Python modules have in common is done once
        return Compiled(exchange.name, exchange.class_node.superClass.name,
                        python_module(source, exchange, False, formatted, shared),
                        python_module(source, exchange, True, formatted, shared), php_module(source, exchange),
                        declared_has(exchange), declared_name(exchange))

    try:
        return run_with_deep_stack(check_and_emit)
    except RecursionError:
        raise CompileError([nested_too_deeply(source)]) from None
    except EmitError as error:
        location = error.node.loc.start if getattr(error.node, "loc", None) else None
        position = (location.line, location.column + 1) if location else (1, 1)
        raise CompileError([source.diagnostic("SUB-X001", str(error), "rewrite it with constructs the subset "
                                              "translates (see `exkit rules`)", position)]) from None
