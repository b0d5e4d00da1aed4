"""The README's table of what each exchange implements, written by the build from the `has` its describe () declares
(with what its parent exchanges and the base class declare, as describe () merges them)."""

from __future__ import annotations

from transpiler.emit.result import Compiled
from transpiler.registry_table import replace_section
from transpiler.unified import CONTRACT_METHODS, STREAMING_METHODS, UNIFIED_METHODS

START = "<!-- methods: generated from each exchange's has by the build (make build); edit js/<id>.js, not this table -->"
END = "<!-- /methods -->"
WATCH_METHODS = [name for name in STREAMING_METHODS if name.startswith("watch")]  # not the unWatch* ones


def with_methods_table(readme: str, compiled: dict[str, Compiled], ids: list[str]) -> str:
    return replace_section(readme, START, END, render(compiled, ids))


def merged_has(compiled: dict[str, Compiled], exchange_id: str) -> dict[str, bool]:
    """has as the class sees it: the base class's, then each parent's, then its own."""
    chain: list[str] = []
    current = exchange_id
    while current in compiled and current not in chain:
        chain.append(current)
        current = compiled[current].parent
    has: dict[str, bool] = {}
    for link in reversed(chain):
        has.update(compiled[link].has)
    return has


def render(compiled: dict[str, Compiled], ids: list[str]) -> str:
    lines = ["| id | extends | unified methods | streaming | not offered |", "|---|---|---|---|---|"]
    for exchange_id in ids:
        if exchange_id not in compiled:
            continue
        has = merged_has(compiled, exchange_id)
        offered = [name for name in UNIFIED_METHODS if has.get(name)]
        streaming = [name for name in WATCH_METHODS if has.get(name)]
        missing = [name for name in UNIFIED_METHODS if not has.get(name)]
        if all(name in missing for name in CONTRACT_METHODS):
            missing = [name for name in missing if name not in CONTRACT_METHODS] + ["the contract methods"]
        parent = compiled[exchange_id].parent
        lines.append(f"| {exchange_id} | {'' if parent == 'Exchange' else parent} | "
                     f"{len(offered)} of {len(UNIFIED_METHODS)} | "
                     f"{len(streaming)} of {len(WATCH_METHODS)} | "
                     f"{', '.join(missing) or 'none'} |")
    return "\n".join(lines) + "\n"
