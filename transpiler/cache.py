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


@functools.cache
def local_secret() -> bytes:
    """A random secret of this machine's user, kept outside the repository (~/.cache/exkit/cache-secret), mixed into
    every key. A pull request can commit an .exkit-cache/ folder: with keys anyone can compute (the hash of the
    toolchain and the source), an entry in it was taken as the compiled modules of its source, so generated Python
    and PHP that no source produces passed `build.py --check` and certify's CERT-B001, and a source the checker
    refuses built. Keys that need this secret find only entries this machine wrote. Where it cannot be kept, a
    secret of this process: the cache then lasts one run."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    folder = os.path.join(base, "exkit")
    path = os.path.join(folder, "cache-secret")
    for _ in range(2):
        try:
            with open(path, "rb") as handle:
                secret = handle.read()
            if len(secret) >= 32:
                return secret
        except OSError:
            pass
        try:
            os.makedirs(folder, mode=0o700, exist_ok=True)
            temporary = f"{path}.{os.getpid()}"
            descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(descriptor, "wb") as handle:
                handle.write(os.urandom(32))
            try:
                os.link(temporary, path)  # fails when another process made it first: read theirs
            except FileExistsError:
                pass
            finally:
                os.unlink(temporary)
        except OSError:
            break
    return os.urandom(32)


def cache_key(*parts: bytes) -> str:
    digest = hashlib.sha256(local_secret() + toolchain_digest())
    for part in parts:
        digest.update(len(part).to_bytes(8, "big") + part)
    return digest.hexdigest()


def load(folder: str, key: str):
    """The JSON value stored under key, or None when there is none (or it cannot be read)."""
    if os.path.islink(folder):  # committed as a link (see store)
        return None
    try:
        with open(os.path.join(folder, key + ".json"), encoding="utf-8") as handle:
            return json.load(handle)
    except (OSError, ValueError):
        return None


def store(folder: str, key: str, value) -> None:
    """Keep value under key; a cache that cannot be written (a read-only tree) is only slower. A cache folder that
    is a symbolic link (git stores links) is not written: the entries would land wherever it points."""
    if os.path.islink(folder) or os.path.islink(os.path.dirname(folder)):
        return
    try:
        write_atomically(os.path.join(folder, key + ".json"), json.dumps(value))
    except OSError:
        pass
