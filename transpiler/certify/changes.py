"""Which exchanges a change touches, for CI: `exkit certify --changed-since REV`.

A change to an exchange's source, fixture or generated modules touches that exchange; a change to the toolchain,
the base runtime, the harness or the project's set-up touches them all; documentation touches none."""

from __future__ import annotations

import re
import subprocess

# Paths whose change can alter every exchange's behaviour or tests.
EVERYTHING = re.compile(r"^(transpiler/|js/base/|python/exchangekit/base/|python/exchangekit/async_support/base/|"
                        r"php/base/|tests/runners/|pyproject\.toml$|Makefile$|VERSION$|\.ci/|js/package\.json$)")
# Generated lists of the exchanges: adding an exchange changes them without touching the others.
INDEXES = frozenset({"php/base/Exchanges.php", "js/index.js", "python/exchangekit/__init__.py",
                     "python/exchangekit/async_support/__init__.py"})
EXCHANGE_FILE = re.compile(r"^(?:js/|php/|python/exchangekit/|python/exchangekit/async_support/|"
                           r"tests/fixtures/exchanges/)([a-z][a-z0-9_]*)\.(?:js|php|py|json)$")


class ChangesError(Exception):
    """git could not say what changed."""


def changed_files(root: str, base: str) -> list[str]:
    """Files changed since `base` (committed, staged or not), relative to the root."""
    try:
        completed = subprocess.run(["git", "diff", "--name-only", base, "--"], cwd=root, capture_output=True,
                                   text=True, timeout=60)
        untracked = subprocess.run(["git", "ls-files", "--others", "--exclude-standard"], cwd=root,
                                   capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise ChangesError(f"git could not be run: {error}") from None
    if completed.returncode != 0:
        raise ChangesError(f"git diff {base} failed: {completed.stderr.strip()}")
    return sorted(set(completed.stdout.split()) | set(untracked.stdout.split()))


def touched_exchanges(files: list[str], known: list[str]) -> list[str]:
    """The exchanges among `known` that the changed files touch (all of them when a shared file changed)."""
    if any(EVERYTHING.match(path) for path in files if path not in INDEXES):
        return list(known)
    touched = {match.group(1) for path in files if (match := EXCHANGE_FILE.match(path))}
    return [exchange for exchange in known if exchange in touched]
