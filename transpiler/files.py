"""Writing files so that a reader never sees half of one: a temporary file beside the target, then a rename.

A pull request is hostile input, and git stores symbolic links: one committed as php/, python/exchangekit/ or as a
generated module would make the build write or delete files outside the repository. `linked_component` finds
them, so that the build refuses to write through one."""

from __future__ import annotations

import os
import tempfile

TEMPORARY_PREFIX = ".exkit-"  # what a write interrupted before its rename leaves behind


class LinkedPathError(OSError):
    """A path the toolchain would write or read goes through a symbolic link."""


def linked_component(root: str, relative: str) -> str | None:
    """The first component of root/relative (the root itself excluded) that is a symbolic link, relative to the
    root, or None. Components that do not exist yet are not links."""
    current = root
    walked = []
    for part in os.path.normpath(relative).split(os.sep):
        if part in ("", "."):
            continue
        if part == "..":
            return os.path.join(*walked, part) if walked else part
        walked.append(part)
        current = os.path.join(current, part)
        if os.path.islink(current):
            return os.path.join(*walked)
    return None


def refuse_links(root: str, relative: str) -> None:
    """Raises LinkedPathError when root/relative goes through a symbolic link (or leaves the root with ..)."""
    linked = linked_component(root, relative)
    if linked is not None:
        raise LinkedPathError(f"{relative}: {linked} is a symbolic link (or leaves the repository); the toolchain "
                              f"neither reads nor writes through one: replace it with a regular file or folder")


def write_atomically(path: str, text: str) -> None:
    folder = os.path.dirname(path) or "."
    os.makedirs(folder, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(dir=folder, prefix=TEMPORARY_PREFIX)
    try:
        # newline="": the text as it is, on every platform (build.py --check compares the bytes)
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise
