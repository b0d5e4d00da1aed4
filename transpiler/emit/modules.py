"""Module files: a printed class body wrapped in its template (header, imports, class), then formatted."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

import black
import jinja2

from transpiler.analysis.exchange import ExchangeClass
from transpiler.emit.base import EmitError
from transpiler.emit.layout import LINE_LENGTH, Unsupported, layout
from transpiler.emit.php import PhpPrinter
from transpiler.emit.python import PythonPrinter
from transpiler.emit.text import visible
from transpiler.error_classes import ERROR_HIERARCHY, RUNTIME_ERRORS
from transpiler.names import (
    BASE_MODULES, EXCHANGE_MODULE, NATIVE_BASE_MODULE, PRECISION_CONSTANTS, PYTHON_MODULE_IMPORTS,
)
from transpiler.source import SourceFile

BLACK_MODE = black.Mode(line_length=LINE_LENGTH)


@functools.cache
def templates() -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.PackageLoader("transpiler", "templates"), trim_blocks=True,
                              lstrip_blocks=True, keep_trailing_newline=True, undefined=jinja2.StrictUndefined,
                              autoescape=False)


@dataclass
class SharedWork:
    """What the synchronous and the asyncio module of one source have in common, done once for both: the methods
    that print the same (PythonPrinter.printed) and the statements laid out (layout's memo)."""

    printed: dict = field(default_factory=dict)
    laid_out: dict = field(default_factory=dict)


def python_module(source: SourceFile, exchange: ExchangeClass, asynchronous: bool, formatted: bool = True,
                  shared: SharedWork | None = None) -> str:
    """The module text; formatted=False skips formatting (black preserves the syntax tree), for fast semantic tests.
    shared: the work done for the source's other module."""
    shared = SharedWork() if shared is None else shared
    printer = PythonPrinter(source, exchange, asynchronous, shared.printed)
    body = printer.class_body()
    parent = exchange.class_node.superClass.name
    package = "exchangekit.async_support" if asynchronous else "exchangekit"
    imports = [f"import {module}" for module in PYTHON_MODULE_IMPORTS if module in printer.uses]
    if "Any" in printer.type_names:
        imports.append("from typing import Any")
    if imports:
        imports.append("")
    for local, imported in sorted(exchange.imports.items()):
        module = imported.file
        if module == "./base/Exchange.js":
            imports.append(f"from {package}.base.exchange import Exchange")
        elif module == NATIVE_BASE_MODULE:
            imports.append(f"from {package}.base.native_exchange import NativeExchange")
        elif module in ("./base/errors.js", "./base/functions/number.js"):
            continue
        elif module == "./base/Precise.js":
            imports.append("from exchangekit.base.precise import Precise")
        elif EXCHANGE_MODULE.match(module):
            imports.append(f"from {package}.{local} import {local}")
        else:
            raise EmitError(imported.node, f"{module} is not available to generated Python yet")
    for module, python_module_name in (("./base/errors.js", "errors"), ("./base/functions/number.js", "number")):
        names = sorted(local for local, imported in exchange.imports.items() if imported.file == module)
        if names:
            imports.append(f"from exchangekit.base.{python_module_name} import {', '.join(names)}")
    if "js" in printer.uses:
        imports.append("from exchangekit.base import js")
    if "method_alias" in printer.uses:
        imports.append("from exchangekit.base.method_names import MethodAlias")
    structures = sorted(printer.type_names - {"Any", "None"})
    if structures:
        imports.append(f"from exchangekit.base.types import {', '.join(structures)}")
    text = templates().get_template("python_module.py.j2").render(
        id=exchange.name, origin=_origin(source), parent=parent, imports=imports, body=body,
        asynchronous=asynchronous)
    return format_python(text, shared.laid_out) if formatted else text


def php_module(source: SourceFile, exchange: ExchangeClass) -> str:
    for imported in exchange.imports.values():
        module = imported.file
        if module not in BASE_MODULES and module != NATIVE_BASE_MODULE and not EXCHANGE_MODULE.match(module):
            raise EmitError(imported.node, f"{module} is not available to generated PHP yet")
    body = PhpPrinter(source, exchange).class_body()
    return templates().get_template("php_class.php.j2").render(
        id=exchange.name, origin=_origin(source), parent=exchange.class_node.superClass.name, body=body)


def _origin(source: SourceFile) -> str:
    """The source's name for the header comment; the checker ties it to the class name, and visible() keeps a
    name that reaches here any other way from breaking the comment."""
    return visible(f"base/{source.stem}" if source.is_base else source.stem)


def format_python(text: str, laid_out: dict[str, list[str]] | None = None) -> str:
    """black's formatting of text: computed by layout() for what the emitter prints, by black itself for a module
    that layout() cannot say (black is the formatter of record; tests/test_formatting.py holds them equal)."""
    try:
        return layout(text, laid_out)
    except Unsupported:
        return black_format(text)


def black_format(text: str) -> str:
    return black.format_str(text, mode=BLACK_MODE)


def python_errors() -> str:
    return format_python(templates().get_template("python_errors.py.j2").render(
        names=list(ERROR_HIERARCHY) + list(RUNTIME_ERRORS), hierarchy=list(ERROR_HIERARCHY.items()),
        runtime=list(RUNTIME_ERRORS.items())))


def precision_constants(language: str) -> str:
    """js/base/functions/number.js, exchangekit/base/number.py or php/base/number.php."""
    text = templates().get_template(f"{language}_number.j2").render(constants=list(PRECISION_CONSTANTS.items()))
    return format_python(text) if language == "python" else text


def js_errors() -> str:
    return templates().get_template("js_errors.js.j2").render(
        hierarchy=list(ERROR_HIERARCHY.items()) + list(RUNTIME_ERRORS.items()))


def php_errors() -> str:
    return templates().get_template("php_errors.php.j2").render(hierarchy=list(ERROR_HIERARCHY.items()),
                                                                runtime=list(RUNTIME_ERRORS.items()))
