"""The check that both package manifests share (js/package.json, php/composer.json): their keys come from an allowed
list, since the package manager acts on most others itself, and the keys that decide what users load are fixed."""

from __future__ import annotations

import json


def manifest_key_problem(manifest: dict, shown: str, allowed: frozenset[str], fixed: dict, acts: str,
                         decides: str) -> str | None:
    """What is wrong with the manifest's keys (acts: what the package manager does with others; decides: what the
    fixed keys decide), or None."""
    refused = sorted(set(manifest) - allowed)
    if refused:
        return f"{shown} holds {', '.join(refused)}: {acts}, and the package may hold {', '.join(sorted(allowed))} alone"
    moved = [key for key, value in fixed.items() if manifest.get(key) != value]
    if moved:
        return f"{shown}'s {', '.join(moved)} must be {json.dumps(fixed)}: {decides}"
    return None
