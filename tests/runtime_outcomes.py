"""Comparing the outcomes of the same fixture cases in every runtime (the requests sent, then the result or the error
class), but for the data models' documented differences (README, "Known differences"): PHP's empty object is an
empty array and its object of keys "0" to "n-1" a list, and a string cut through a character beyond U+FFFF throws in
Python and PHP where JavaScript makes a lone surrogate."""

from __future__ import annotations

import json

from transpiler.harness.agreement import as_php_holds, sent
from transpiler.harness.fixtures import same_json
from transpiler.harness.run import RUNTIMES

LONE_SURROGATE_ERROR = "half of a surrogate pair"


def disagreement(node: dict, other: dict, php: bool = False) -> str | None:
    """How another runtime's outcome of a case differs from Node's (PHP's, php), or None."""
    if sent(node) != sent(other):  # (a later request may depend on an earlier response)
        return f"node sent: {json.dumps(sent(node))[:300]}\nhere: {json.dumps(sent(other))[:300]}"
    if "throws" in node or "throws" in other:
        thrown = other.get("throws")
        if node.get("throws") == thrown:
            return None
        if LONE_SURROGATE_ERROR in other.get("message", ""):
            return None  # the documented difference: a cut through an astral character, which Python and PHP refuse
        return f"node: {node.get('throws') or 'a result'}, here: {thrown or 'a result'} " \
               f"({other.get('message', '')[:200]})"
    if same_json(as_php_holds(node.get("ok")), as_php_holds(other.get("ok"))) \
            or php and alike_in_php(node.get("ok"), other.get("ok")):
        return None
    return f"node: {json.dumps(node.get('ok'))[:300]}\nhere: {json.dumps(other.get('ok'))[:300]}"


def alike_in_php(node, php) -> bool:
    """Whether PHP's value holds Node's where Node has a dictionary of the keys "0" to "n-1" some of which are
    undefined: Node's JSON leaves those keys out ({"0": undefined} is {}), PHP writes its array of them as a list
    ([null]). Compared as dictionaries there, null entries left out; everywhere else as same_json compares."""
    if isinstance(node, dict) and isinstance(php, list):
        php = {str(index): item for index, item in enumerate(php)}
    if isinstance(node, dict) and isinstance(php, dict):
        mine = {key: item for key, item in node.items() if item is not None}
        theirs = {key: item for key, item in php.items() if item is not None}
        return mine.keys() == theirs.keys() and all(alike_in_php(mine[key], theirs[key]) for key in mine)
    if isinstance(node, list) and isinstance(php, list):
        return len(node) == len(php) and all(alike_in_php(mine, theirs) for mine, theirs in zip(node, php))
    return same_json(node, php)


def disagreements(outcomes: dict[str, list], labels: list[str]) -> list[str]:
    """Every case (labelled) whose outcome in a runtime differs from Node's, with how."""
    problems = []
    for position, label in enumerate(labels):
        for runtime in RUNTIMES:
            if runtime != "js":
                found = disagreement(outcomes["js"][position], outcomes[runtime][position], runtime == "php")
                if found:
                    problems.append(f"{label} ({runtime})\n{found}")
    return problems
