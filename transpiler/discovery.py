"""Which files `exkit check PATH...` looks at."""

from __future__ import annotations

import os

# Folders never searched: the hand-written runtime (checked by its own rules
# once it is written in the subset), dependencies, and hidden folders.
SKIPPED_FOLDERS = frozenset({"base", "node_modules"})


def discover(paths: list[str]) -> list[str]:
    """Files named on the command line as given; folders searched for *.js files (sorted). No duplicates."""
    found: dict[str, None] = {}
    for path in paths:
        if os.path.isdir(path):
            for folder, subfolders, files in os.walk(path):
                subfolders[:] = sorted(name for name in subfolders
                                       if name not in SKIPPED_FOLDERS and not name.startswith("."))
                for name in sorted(files):
                    full = os.path.join(folder, name)
                    if name.endswith(".js") and os.path.isfile(full):
                        found.setdefault(os.path.normpath(full), None)
        else:
            found.setdefault(os.path.normpath(path), None)
    return list(found)
