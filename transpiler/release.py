"""The library's version: one source (the VERSION file), the manifests that repeat it, and the bump that moves
them all together with a CHANGELOG entry.

The generated indexes (exchangekit.__version__, the JS `version` export, PHP Exchanges::VERSION) are build outputs
from VERSION; python/pyproject.toml reads exchangekit.__version__; js/package.json states it, as npm requires.
Composer takes a package's version from the release tag, so php/composer.json has none (its documentation advises
leaving it out)."""

from __future__ import annotations

import datetime
import json
import os
import re

from transpiler.files import write_atomically

VERSION_FILE = "VERSION"
CHANGELOG = "CHANGELOG.md"
JS_MANIFEST = os.path.join("js", "package.json")
UNRELEASED = "## Unreleased"
_SEMVER = re.compile(r"(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)")
PARTS = ("major", "minor", "patch")


class VersionError(Exception):
    """A version that is not MAJOR.MINOR.PATCH, or manifests that disagree: the message says which."""


def parse(version: str) -> tuple[int, int, int]:
    match = _SEMVER.fullmatch(version)
    if match is None:
        raise VersionError(f"{version!r} is not a version of the form MAJOR.MINOR.PATCH (for example 1.4.0)")
    return tuple(int(part) for part in match.groups())  # type: ignore[return-value]


def read_version(root: str) -> str:
    path = os.path.join(root, VERSION_FILE)
    try:
        with open(path, encoding="utf-8") as handle:
            version = handle.read().strip()
    except OSError as error:
        raise VersionError(f"{VERSION_FILE} cannot be read: {error.strerror}") from None
    parse(version)
    return version


def next_version(current: str, step: str) -> str:
    """step: major, minor, patch, or an explicit version greater than the current one."""
    major, minor, patch = parse(current)
    if step in PARTS:
        return {"major": f"{major + 1}.0.0", "minor": f"{major}.{minor + 1}.0", "patch": f"{major}.{minor}.{patch + 1}"}[step]
    if parse(step) <= (major, minor, patch):
        raise VersionError(f"{step} is not greater than the current version {current}")
    return step


def manifest_mismatches(root: str) -> list[str]:
    """Manifests whose version is not VERSION's, one line each."""
    version = read_version(root)
    with open(os.path.join(root, JS_MANIFEST), encoding="utf-8") as handle:
        stated = json.load(handle).get("version")
    return [] if stated == version else [f"{JS_MANIFEST}: version is {stated!r}, VERSION says {version!r}"]


def bump(root: str, step: str, today: datetime.date) -> str:
    """Moves VERSION and js/package.json to the next version and turns the CHANGELOG's Unreleased section into
    that version's entry. Returns the new version. Regenerating the indexes is the build's job."""
    changelog_path = os.path.join(root, CHANGELOG)
    with open(changelog_path, encoding="utf-8") as handle:
        changelog = handle.read()
    if UNRELEASED not in changelog:
        raise VersionError(f"{CHANGELOG} has no '{UNRELEASED}' section to release")
    section = changelog.split(UNRELEASED, 1)[1].split("\n## ", 1)[0]
    if not section.strip():
        raise VersionError(f"the '{UNRELEASED}' section of {CHANGELOG} is empty: say what this release changes")
    version = next_version(read_version(root), step)
    changelog = changelog.replace(UNRELEASED, f"{UNRELEASED}\n\n## {version} - {today.isoformat()}", 1)
    manifest_path = os.path.join(root, JS_MANIFEST)
    with open(manifest_path, encoding="utf-8") as handle:
        manifest = json.load(handle)
    manifest["version"] = version
    write_atomically(manifest_path, json.dumps(manifest, indent=2) + "\n")
    write_atomically(changelog_path, changelog)
    write_atomically(os.path.join(root, VERSION_FILE), version + "\n")
    return version
