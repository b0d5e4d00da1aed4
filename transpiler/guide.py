"""CONTRIBUTING.md, generated from the toolchain's own tables: the rule registry, the certify checks, the fixture
schema, the unified methods and the error hierarchy. `exkit rules --markdown` prints it; the build writes it, so
CI (`build.py --check`) fails when it is out of sync."""

from __future__ import annotations

import json
import os

from transpiler.certify.checks import CHECKS
from transpiler.emit.modules import templates
from transpiler.error_classes import ERROR_HIERARCHY
from transpiler.harness.fixtures import SCHEMA_PATH
from transpiler.harness.run import RUNTIMES
from transpiler.helpers import base_helpers, render_markdown
from transpiler.paths import DEFAULTS_PATH

from transpiler.names import snake_case
from transpiler.rules import all_rules
from transpiler.unified import LOAD_MARKETS, STRUCTURES, UNIFIED_METHODS, UNIFIED_PARAMS


def contributing_guide() -> str:
    with open(SCHEMA_PATH, encoding="utf-8") as handle:
        schema = json.load(handle)
    case = schema["$defs"]["case"]
    return templates().get_template("contributing.md.j2").render(
        rules=all_rules(), checks=list(CHECKS.values()), methods=[LOAD_MARKETS] + list(UNIFIED_METHODS.values()),
        snake_case=snake_case, errors=_error_tree(), runtimes=RUNTIMES,
        params=list(UNIFIED_PARAMS.values()), structures=list(STRUCTURES.values()),
        fixture_fields=_fields(schema), case_fields=_fields(case),
        request_fields=_fields(schema["$defs"].get("request", {})),
        response_fields=_fields(schema["$defs"].get("response", {})),
        helpers=_helper_reference(), defaults=_structure_defaults())


def _helper_reference() -> str:
    try:
        return render_markdown(base_helpers())
    except FileNotFoundError:  # a partial copy of the project without js/base
        return ""


def _structure_defaults() -> list:
    """The [method, arguments, result] rows of tests/vectors/base/defaults.json (what the structures fill in)."""
    if not os.path.isfile(DEFAULTS_PATH):  # a partial copy of the project (the build's tests)
        return []
    with open(DEFAULTS_PATH, encoding="utf-8") as handle:
        return json.load(handle)["vectors"]


def _fields(definition: dict) -> list[tuple[str, bool, str]]:
    """(name, required, description) of an object schema's properties."""
    required = set(definition.get("required", []))
    return [(name, name in required, spec.get("description", "")) for name, spec in
            definition.get("properties", {}).items() if name != "$schema"]


def _error_tree() -> list[tuple[int, str]]:
    """(depth, name) in depth-first order, children in table order."""
    children: dict[str | None, list[str]] = {}
    for name, parent in ERROR_HIERARCHY.items():
        children.setdefault(parent, []).append(name)
    ordered: list[tuple[int, str]] = []

    def visit(name: str, depth: int) -> None:
        ordered.append((depth, name))
        for child in children.get(name, []):
            visit(child, depth + 1)

    for root in children.get(None, []):
        visit(root, 0)
    return ordered
