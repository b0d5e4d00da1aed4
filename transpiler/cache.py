"""Results kept on disk between runs (.exkit-cache), each under the hash of its input and of the toolchain's own
files: a change to either is a different key, so nothing is ever stale, only unused."""

from __future__ import annotations

import functools
import hashlib
import json
import os

from transpiler.files import write_atomically

CACHE_FOLDER = ".exkit-cache"


@functools.cache
def toolchain_digest() -> bytes:
    """The toolchain's code, templates, schemas and scripts (read once per process)."""
    digest = hashlib.sha256()
    package = os.path.dirname(os.path.abspath(__file__))
    for folder, subfolders, files in sorted(os.walk(package)):
        subfolders.sort()
        for name in sorted(files):
            if name.endswith((".py", ".j2", ".json", ".php")):
                with open(os.path.join(folder, name), "rb") as handle:
                    digest.update(name.encode() + handle.read())
    return digest.digest()


def cache_key(*parts: bytes) -> str:
    digest = hashlib.sha256(toolchain_digest())
    for part in parts:
        digest.update(len(part).to_bytes(8, "big") + part)
    return digest.hexdigest()


def load(folder: str, key: str):
    """The JSON value stored under key, or None when there is none (or it cannot be read)."""
    try:
        with open(os.path.join(folder, key + ".json"), encoding="utf-8") as handle:
            return json.load(handle)
    except (OSError, ValueError):
        return None


def store(folder: str, key: str, value) -> None:
    """Keep value under key; a cache that cannot be written (a read-only tree) is only slower."""
    try:
        write_atomically(os.path.join(folder, key + ".json"), json.dumps(value))
    except OSError:
        pass
