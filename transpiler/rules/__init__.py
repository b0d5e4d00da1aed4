"""The rule registry. Every module in this package is imported, and each Rule subclass it defines is registered."""

from __future__ import annotations

import importlib
import pkgutil
import re

from transpiler.rules.base import REGISTRY, Rule

_loaded = False


def all_rules() -> list[type[Rule]]:
    global _loaded
    if not _loaded:
        for module in pkgutil.iter_modules(__path__):
            if module.name != "base":
                importlib.import_module(f"{__name__}.{module.name}")
        _loaded = True
    return sorted(REGISTRY.values(), key=lambda rule: _sort_key(rule.id))


def find_rule(rule_id: str) -> type[Rule] | None:
    """SUB-E001, sub-e001, E001, e1: the prefix and zero padding may be left out."""
    match = re.fullmatch(r"(?:SUB-)?([A-Z])0*(\d{1,3})", rule_id.strip().upper())
    if match is None:
        return None
    return {rule.id: rule for rule in all_rules()}.get(f"SUB-{match[1]}{int(match[2]):03d}")


FAMILY_ORDER = "PSBDETAWX"


def _sort_key(rule_id: str) -> tuple[int, str]:
    family = rule_id.split("-")[1][0]
    return FAMILY_ORDER.index(family) if family in FAMILY_ORDER else len(FAMILY_ORDER), rule_id
