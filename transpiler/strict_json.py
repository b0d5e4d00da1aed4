"""JSON as the project's hostile inputs are read (fixtures, exchanges.json): a key written twice in one object is
refused. json.loads keeps the last one silently, so a reviewer would read cases or origins that never take effect
(a second "methods" entry for the same method, a second "origins" list further down the entry)."""

from __future__ import annotations

import json


class DuplicateKeyError(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(f"the key {key!r} appears twice in one object; JSON readers keep only one of them")
        self.key = key


def _unique(pairs: list[tuple[str, object]]) -> dict:
    found: dict = {}
    for key, value in pairs:
        if key in found:
            raise DuplicateKeyError(key)
        found[key] = value
    return found


def loads(text: str):
    """json.loads that raises DuplicateKeyError on a repeated key (json.JSONDecodeError and RecursionError as
    json.loads does)."""
    return json.loads(text, object_pairs_hook=_unique)
