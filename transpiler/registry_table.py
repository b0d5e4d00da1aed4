"""The README's coverage table, written from the registry between two markers (the rest of the README is prose)."""

from __future__ import annotations

import re

from transpiler.registry import Entry, Registry, Status

README = "README.md"
START = "<!-- exchanges: generated from exchanges.json by the build (make build); edit the registry, not this table -->"
END = "<!-- /exchanges -->"


class TableError(ValueError):
    pass


def with_table(readme: str, registry: Registry) -> str:
    """The README with the text between its markers replaced by the table."""
    return replace_section(readme, START, END, render_table(registry))


def replace_section(readme: str, start_marker: str, end_marker: str, body: str, path: str = README) -> str:
    """The README at path with the text between two markers (each once, in order) replaced by body."""
    before, start, rest = readme.partition(start_marker)
    middle, end, after = rest.partition(end_marker)
    if not start or not end or start_marker in after or end_marker in before:
        raise TableError(f"{path} needs the markers once each, in order: {start_marker} ... {end_marker}")
    return f"{before}{start_marker}\n{body}{end_marker}{after}"


def render_table(registry: Registry) -> str:
    counts = registry.counts()
    summary = ", ".join(f"{counts[status]} {status.value}" for status in Status)
    lines = [f"{len(registry.entries)} seed exchanges: {summary}.", "",
             "| id | name | status | API | batch | notes |", "|---|---|---|---|---|---|"]
    for entry in sorted(registry.entries, key=lambda entry: entry.id):
        cells = [plain_markdown(text) for text in (entry.name, entry.status.value, entry.api, entry.batch or "")]
        lines.append("| " + " | ".join([entry.id, *cells, _notes(entry)]) + " |")  # an id is [a-z0-9_]: as is
    return "\n".join(lines) + "\n"


def _notes(entry: Entry) -> str:
    """The notes cell, already Markdown: its text escaped, the evidence URL as the registry checked it."""
    if entry.status is Status.RETIRED:
        return f"{plain_markdown(entry.reason)} ({plain_markdown(entry.date)}; [source]({entry.evidence[0].url}))"
    if entry.implementation and entry.status is Status.IMPLEMENTED:
        return f"implemented as `{entry.implementation}`"
    if entry.implementation:
        return f"to be implemented as `{entry.implementation}`"
    if entry.note:
        return "status checked, not retired: see the note in exchanges.json"
    return ""


# What Markdown or HTML would read as markup in a table cell: backslash-escaped, so that a name such as
# "<!--" (which hid the rest of the README), "![x](https://tracker)" or "[docs](https://phish)" shows as typed.
_MARKUP = re.compile(r"([\\`*_\[\]<>|!&~#])")


def plain_markdown(text: str) -> str:
    return _MARKUP.sub(r"\\\1", " ".join(text.split()))
