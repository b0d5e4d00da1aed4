"""`exkit exchanges`: the registry as aligned text or as JSON."""

from __future__ import annotations

import dataclasses
import json

from transpiler.registry import Entry, Registry, Status

COLUMNS = ("id", "name", "status", "API", "batch")


def listing_text(registry: Registry, entries: list[Entry]) -> str:
    rows = [COLUMNS] + [(entry.id, entry.name, entry.status.value, entry.api, entry.batch or "-") for entry in entries]
    widths = [max(len(row[column]) for row in rows) for column in range(len(COLUMNS) - 1)]
    lines = []
    for row, entry in zip(rows, [None] + entries):
        line = "  ".join(cell.ljust(width) for cell, width in zip(row, widths)) + "  " + row[-1]
        lines.append(line + _detail(entry))
    counts = registry.counts()
    lines.append(f"{len(entries)} of {len(registry.entries)} exchanges shown; the registry has "
                 + ", ".join(f"{counts[status]} {status.value}" for status in Status) + ".")
    return "\n".join(lines) + "\n"


def _detail(entry: Entry | None) -> str:
    if entry is None:
        return ""
    if entry.status is Status.RETIRED:
        return f"  ({entry.reason}, {entry.date})"
    if entry.implementation:
        done = "implemented" if entry.status is Status.IMPLEMENTED else "to be implemented"
        return f"  ({done} as {entry.implementation})"
    return ""


def listing_json(entries: list[Entry]) -> str:
    return json.dumps([_as_dict(entry) for entry in entries], indent=2, ensure_ascii=False) + "\n"


def _as_dict(entry: Entry) -> dict:
    found = {name: value for name, value in dataclasses.asdict(entry).items() if value not in (None, [], ())}
    found["status"] = entry.status.value
    found["module"] = entry.module
    return found
