"""The README's coverage table, written from the registry between two markers (the rest of the README is prose)."""

from __future__ import annotations

from transpiler.registry import Entry, Registry, Status

README = "README.md"
START = "<!-- exchanges: generated from exchanges.json by the build (make build); edit the registry, not this table -->"
END = "<!-- /exchanges -->"


class TableError(ValueError):
    pass


def with_table(readme: str, registry: Registry) -> str:
    """The README with the text between its markers replaced by the table."""
    before, start, rest = readme.partition(START)
    middle, end, after = rest.partition(END)
    if not start or not end or START in after or END in before:
        raise TableError(f"{README} needs the coverage table's markers once each, in order: {START} ... {END}")
    return f"{before}{START}\n{render_table(registry)}{END}{after}"


def render_table(registry: Registry) -> str:
    counts = registry.counts()
    summary = ", ".join(f"{counts[status]} {status.value}" for status in Status)
    lines = [f"{len(registry.entries)} seed exchanges: {summary}.", "",
             "| id | name | status | API | batch | notes |", "|---|---|---|---|---|---|"]
    for entry in sorted(registry.entries, key=lambda entry: entry.id):
        cells = [entry.id, entry.name, entry.status.value, entry.api, entry.batch or "", _notes(entry)]
        lines.append("| " + " | ".join(_cell(cell) for cell in cells) + " |")
    return "\n".join(lines) + "\n"


def _notes(entry: Entry) -> str:
    if entry.status is Status.RETIRED:
        return f"{entry.reason} ({entry.date}; [source]({entry.evidence[0].url}))"
    if entry.implementation and entry.status is Status.IMPLEMENTED:
        return f"implemented as `{entry.implementation}`"
    if entry.implementation:
        return f"to be implemented as `{entry.implementation}`"
    if entry.note:
        return "status checked, not retired: see the note in exchanges.json"
    return ""


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")
