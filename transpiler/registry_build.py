"""What the build takes from the registry (exchanges.json): the ids the package indexes export, the README's
coverage table, and the findings that stop a build whose js/ disagrees with the registry.

The indexes export the registry's implemented exchanges, plus any module the registry does not know yet (a new
exchange being written: the registry's tests ask for its entry before it merges). A module whose id the registry
marks planned or retired stops the build, as does an implemented entry without its module.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from transpiler.diagnostics import Diagnostic, Severity
from transpiler.registry import REGISTRY_FILE, Registry, RegistryError, Status, load_registry
from transpiler.registry_table import README, TableError, with_table


@dataclass
class RegistryStep:
    ids: list[str]  # what the package indexes export
    outputs: dict[str, str] = field(default_factory=dict)  # README.md with its coverage table
    failures: list[Diagnostic] = field(default_factory=list)


def registry_step(root: str, modules: list[str]) -> RegistryStep:
    """modules: the exchange ids compiled from js/. Without a registry (a copy of the toolchain), every module is
    exported and nothing else is generated."""
    try:
        registry = load_registry(root)
    except RegistryError as error:
        return RegistryStep(modules, failures=[_finding(REGISTRY_FILE, str(error), "fix the entry it names")])
    if registry is None:
        return RegistryStep(modules)
    step = RegistryStep(sorted(set(registry.implemented_modules()) | _unknown(registry, modules)),
                        failures=_disagreements(registry, modules))
    readme = os.path.join(root, README)
    if os.path.isfile(readme):
        with open(readme, encoding="utf-8") as handle:
            try:
                step.outputs[README] = with_table(handle.read(), registry)
            except TableError as error:
                step.failures.append(_finding(README, str(error), "put the markers back around the coverage table"))
    return step


def _unknown(registry: Registry, modules: list[str]) -> set[str]:
    return {module for module in modules if registry.find(module) is None}


def _disagreements(registry: Registry, modules: list[str]) -> list[Diagnostic]:
    failures = []
    for entry in registry.with_status(Status.IMPLEMENTED):
        if entry.module not in modules:
            failures.append(_finding(REGISTRY_FILE, f"{REGISTRY_FILE} marks {entry.id} as implemented, but "
                                                    f"js/{entry.module}.js is missing",
                                     f"add js/{entry.module}.js, or set the status of {entry.id} back to planned"))
    for module in modules:
        entry, refusal = registry.find(module), registry.refusal(module)
        if refusal is not None:
            failures.append(_finding(f"js/{module}.js", refusal, f"remove or rename js/{module}.js"))
        elif entry is not None and entry.status is Status.PLANNED:
            failures.append(_finding(f"js/{module}.js", f"{REGISTRY_FILE} marks {entry.id} as planned",
                                     f'set "status": "implemented" in the entry of {entry.id} in {REGISTRY_FILE}'))
    return failures


def _finding(path: str, message: str, hint: str) -> Diagnostic:
    return Diagnostic(path, 1, 1, 1, 1, "SUB-S002", Severity.ERROR, message, hint)
