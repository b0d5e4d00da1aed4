"""What js/package.json and js/package-lock.json may say: nothing that npm runs, installs or loads beyond the library
and the registry's ws. `python -m transpiler.dist.npm_manifest` checks the tree (the Makefile, before `npm ci`).

npm runs scripts of some names itself (prepack and postpack at `npm pack`, preinstall, install and postinstall at
every user's `npm install`), builds a gypfile at install, and main and exports decide what `import 'exchangekit'` and
`exchangekit/<id>.js` load. Red-team round 61: a prepack changed a file in the tarball, not in the tree that CI tested,
and a postinstall shipped. A dependency is code that npm installs, and runs the scripts of, on every user's machine
(round 62: a "file:" ws ran its postinstall in the smoke test), and `npm ci` installs what the lock pins, as the lock
names it, from where it says, checked against the integrity it gives, with the configuration of a .npmrc and in place
of the lock the packages of a npm-shrinkwrap.json (round 63: a lock entry named left-pad, an empty integrity, a
registry of a .npmrc's, a shrinkwrap's tarball, and a bin linked by `npm ci`; round 64: directories.bin linked the
library's files as commands in every user's install, and publishConfig sent the release's token to a registry of the
pull request's; round 65: os, cpu and libc would have failed the installs of whole platforms: the manifest's keys
are an allowed list now). npm takes for the project the folder above js/ whose package.json names js a workspace, and
then reads that folder's lock and .npmrc in place of js/'s (round 66: such a lock linked ws to a folder of the pull
request's, whose code every Node test ran): no npm file may sit above js/ in the repository, and npm runs with
--workspaces=false."""

from __future__ import annotations

import json
import os
import re
import sys

from transpiler.dist.manifest_keys import manifest_key_problem

# The keys the manifest may hold: npm acts on most others at install, pack or publish time (scripts, bin, directories,
# gypfile, the other kinds of dependencies, overrides, browser, publishConfig, os, cpu, private, packageManager, ...).
ALLOWED_KEYS = frozenset({"name", "version", "description", "license", "type", "main", "exports", "files", "engines",
                          "keywords", "sideEffects", "dependencies", "repository", "homepage", "bugs", "author"})
ENTRY_POINTS = {"name": "exchangekit", "type": "module", "main": "./index.js",
                "exports": {".": "./index.js", "./base/*": "./base/*", "./*.js": "./*.js",
                            "./package.json": "./package.json"}}
DEPENDENCIES = frozenset({"ws"})
VERSION = re.compile(r"[0-9]+\.[0-9]+\.[0-9]+")
VERSION_RANGE = re.compile(r"[\^~]?[0-9]+\.[0-9]+\.[0-9]+")
# The lock as npm 7 and later write it (lockfileVersion 3: the packages alone), each entry with these keys at most.
LOCK_KEYS = frozenset({"name", "version", "lockfileVersion", "requires", "packages"})
ROOT_KEYS = frozenset({"name", "version", "license", "dependencies", "engines"})
DEPENDENCY_KEYS = frozenset({"version", "resolved", "integrity", "license", "engines", "peerDependencies",
                             "peerDependenciesMeta"})
INTEGRITY = re.compile(r"sha512-[A-Za-z0-9+/]{86}==")
CONFIG_FILES = (".npmrc", "npm-shrinkwrap.json")
# What npm (or Node's resolution of `ws` from js/base) reads in the folder above js/.
ABOVE_FILES = ("package.json", "package-lock.json", "npm-shrinkwrap.json", ".npmrc", "node_modules")
# The Node versions the package supports: a higher bound here would fail every user's install on the others.
ENGINES = {"node": ">=18"}


class NpmManifestError(ValueError):
    """js/package.json or js/package-lock.json says what the package may not: the message says what."""


def check_npm_manifest(root: str) -> None:
    """Fails unless js/package.json runs nothing of its own, loads the library's entry points and depends on the
    registry's DEPENDENCIES alone, as js/package-lock.json pins them, with no npm configuration of js/'s own."""
    above = [name for name in ABOVE_FILES if os.path.lexists(os.path.join(root, name))]
    if above:
        raise NpmManifestError(f"the repository's top folder holds {', '.join(above)}: npm would take it for the "
                               "project of js/ (a workspace), with its lock and configuration in place of js/'s")
    present = [name for name in CONFIG_FILES if os.path.lexists(os.path.join(root, "js", name))]
    if present:
        raise NpmManifestError(f"js/ holds {', '.join(present)}: npm would read its registry, or the packages it "
                               "pins, in place of js/package-lock.json's")
    with open(os.path.join(root, "js", "package.json"), encoding="utf-8") as handle:
        manifest = json.load(handle)
    problem = manifest_key_problem(manifest, "js/package.json", ALLOWED_KEYS, ENTRY_POINTS,
                                   "npm acts on such keys itself (runs, links, installs, loads or publishes), at pack "
                                   "time, on every user's install or at the release", "they decide which file users "
                                   "import")
    if problem is not None:
        raise NpmManifestError(problem)
    if manifest.get("engines", ENGINES) != ENGINES:
        raise NpmManifestError(f"js/package.json's engines must be {json.dumps(ENGINES)}: installs on other Node "
                               "versions fail (yarn, and npm with engine-strict)")
    dependencies = manifest.get("dependencies", {})
    if not isinstance(dependencies, dict) or set(dependencies) - DEPENDENCIES \
            or not all(isinstance(value, str) and VERSION_RANGE.fullmatch(value) for value in dependencies.values()):
        raise NpmManifestError(f"js/package.json's dependencies must be among {', '.join(sorted(DEPENDENCIES))}, "
                               "each a version range of the npm registry (such as ^8.23.0): npm installs them, and "
                               "runs their scripts, on every user's machine")
    check_npm_lock(root, dependencies)


def check_npm_lock(root: str, dependencies: dict[str, str]) -> None:
    """Fails unless js/package-lock.json pins the manifest's dependencies alone, each the registry's package of its
    name, of a version, with its integrity, and nothing more (no link, bin, other name or other tarball)."""
    with open(os.path.join(root, "js", "package-lock.json"), encoding="utf-8") as handle:
        lock = json.load(handle)
    packages = lock.get("packages", {}) if isinstance(lock, dict) else {}
    problems = []
    if set(lock) - LOCK_KEYS or lock.get("lockfileVersion") != 3:
        problems.append("it is not a lock of version 3 alone (its packages, no other section)")
    if set(packages) != {"", *(f"node_modules/{name}" for name in dependencies)}:
        problems.append("it pins other packages than the manifest's dependencies")
    root_entry = packages.get("", {})
    if not isinstance(root_entry, dict) or set(root_entry) - ROOT_KEYS \
            or root_entry.get("dependencies", {}) != dependencies:
        problems.append("its own entry is not the manifest's")
    for name in dependencies:
        entry = packages.get(f"node_modules/{name}", {})
        version = entry.get("version") if isinstance(entry, dict) else None
        registry = f"https://registry.npmjs.org/{name}/-/{name}-{version}.tgz"
        if not isinstance(version, str) or not VERSION.fullmatch(version) or set(entry) - DEPENDENCY_KEYS \
                or not isinstance(entry.get("integrity"), str) or not INTEGRITY.fullmatch(entry["integrity"]) \
                or entry.get("resolved", registry) != registry:
            problems.append(f"{name} is not the registry's {name} of a version with its sha512 integrity alone")
    if problems:
        raise NpmManifestError("js/package-lock.json: " + "; ".join(problems) + " (npm ci installs what it pins)")


def main() -> None:
    try:
        check_npm_manifest(".")
    except (NpmManifestError, OSError, json.JSONDecodeError) as error:
        sys.exit(f"npm manifest: {error}")


if __name__ == "__main__":
    main()
