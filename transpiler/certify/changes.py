"""Which exchanges a change touches, for CI: `exkit certify --changed-since REV`.

A change to an exchange's source, fixture or generated modules touches that exchange and the exchanges derived from
it (they run its code); a change to the toolchain, the base runtime, the harness or the project's set-up touches them
all, and so does any other file of the packages' folders (python/, php/): Python imports a folder
python/exchangekit/<id>/ in place of the module <id>.py (red-team round 58). Documentation touches none. A renamed
file is both its names (--no-renames): git reported a fixture moved out of tests/fixtures/streams/ under its new name
alone, which named no exchange."""

from __future__ import annotations

import os
import re
import subprocess

# Paths whose change can alter every exchange's behaviour or tests (js/package-lock.json: the ws of Node's streams).
# A source in a folder of js/ is none, and the build refuses it: every exchange is touched, so that certify says so.
EVERYTHING = re.compile(r"^(transpiler/|js/base/|python/exchangekit/base/|python/exchangekit/async_support/base/|"
                        r"php/base/|tests/runners/|pyproject\.toml$|Makefile$|VERSION$|\.ci/|js/package\.json$|"
                        r"js/package-lock\.json$|js/[^/]+/.*\.js$)")
# Generated lists of the exchanges: adding an exchange changes them without touching the others.
INDEXES = frozenset({"php/base/Exchanges.php", "js/index.js", "python/exchangekit/__init__.py",
                     "python/exchangekit/async_support/__init__.py"})
# An exchange id may start with _ (the checker's EXCHANGE_ID): [a-z] here let a change to js/_acme.js certify
# nothing. Its stream fixture is the exchange's too.
EXCHANGE_FILE = re.compile(r"^(?:js/|php/|python/exchangekit/|python/exchangekit/async_support/|"
                           r"tests/fixtures/exchanges/|tests/fixtures/streams/)([a-z_][a-z0-9_]*)\.(?:js|php|py|json)\Z")


# The folders of the packages: a file there that is neither a known exchange's generated module nor an index touches
# every exchange (a folder python/exchangekit/kraken/ is what `import exchangekit.kraken` loads). The package READMEs
# (what PyPI and Packagist show) are the one exception: Markdown that no runtime reads, and that every added
# exchange changes.
PACKAGES = re.compile(r"^(?:python|php|js)/")
PACKAGE_DOCUMENTS = frozenset({"python/README.md", "php/README.md", "js/README.md"})
GENERATED_MODULE = re.compile(r"^(?:python/exchangekit/(?:async_support/)?([a-z_][a-z0-9_]*)\.py|"
                              r"php/([a-z_][a-z0-9_]*)\.php)\Z")

# A name in js/ that holds `.js` (a source's, a backup's, one with a line break after it)
SOURCE_NAME = re.compile(r"js/[^/]*\.js")


class ChangesError(Exception):
    """git could not say what changed."""


def changed_files(root: str, base: str) -> list[str]:
    """Files changed since `base` (committed, staged or not), relative to the root."""
    try:
        # -z: the names as they are, NUL-separated (without it git quotes unusual ones and a space splits a name)
        # --no-renames: a renamed file is its old name and its new one (git names a rename by the new one alone, so a
        # fixture moved out of tests/fixtures/ named no exchange: red-team round 58)
        completed = subprocess.run(["git", "diff", "--name-only", "--no-renames", "-z", base, "--"], cwd=root,
                                   capture_output=True, text=True, timeout=60)
        untracked = subprocess.run(["git", "ls-files", "-z", "--others", "--exclude-standard"], cwd=root,
                                   capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise ChangesError(f"git could not be run: {error}") from None
    if completed.returncode != 0:
        raise ChangesError(f"git diff {base} failed: {completed.stderr.strip()}")
    return sorted({name for name in completed.stdout.split("\0") + untracked.stdout.split("\0") if name})


def touched_exchanges(files: list[str], known: list[str], parents: dict[str, str] | None = None) -> list[str]:
    """The exchanges among `known` that the changed files touch (all of them when a shared file changed).
    parents: each derived exchange's parent (exchange_parents); a change to a parent touches its derived exchanges."""
    if any(EVERYTHING.match(path) or _unnamed_source(path) or _unknown_package_file(path, known)
           for path in files if path not in INDEXES):
        return list(known)
    changed = {match.group(1) for path in files if (match := EXCHANGE_FILE.match(path))}
    parents = parents or {}
    touched = set()
    for exchange in known:
        ancestor, seen = exchange, set()
        while ancestor is not None and ancestor not in seen:  # the exchange itself, then up its chain of parents
            if ancestor in changed:
                touched.add(exchange)
                break
            seen.add(ancestor)
            ancestor = parents.get(ancestor)
    return [exchange for exchange in known if exchange in touched]


def _unnamed_source(path: str) -> bool:
    """A source of js/ whose name is no exchange id (js/Bequant2.js): the build refuses it, and certify says so for
    every exchange rather than certify none (red-team round 54: CI's certify step passed, and the build's findings
    were the first to fail)."""
    return SOURCE_NAME.match(path) is not None and not EXCHANGE_FILE.match(path)


def _unknown_package_file(path: str, known: list[str]) -> bool:
    """A file of python/, php/ or js/ that is not a source of js/ (whose ids decide) nor the generated module of an
    exchange among `known` (red-team round 58: python/exchangekit/bequant/__init__.py, which Python imports in place
    of bequant.py, touched no exchange: "no exchange changed"; round 60: python/tagged_json.py, js/lib/helper.mjs).
    The removed module of a removed exchange is one too: certify checks them all then."""
    if not PACKAGES.match(path) or path in PACKAGE_DOCUMENTS or SOURCE_NAME.fullmatch(path):
        return False
    match = GENERATED_MODULE.match(path)
    return match is None or (match.group(1) or match.group(2)) not in known


def exchange_parents(folder: str, known: list[str]) -> dict[str, str]:
    """The parent of each exchange among `known` (js/<id>.js in `folder`) that derives from another one."""
    from transpiler.analysis.methods import parent_exchange

    parents = {}
    for exchange in known:
        parent = parent_exchange(os.path.join(folder, f"{exchange}.js"))
        if parent is not None:
            parents[exchange] = parent
    return parents
