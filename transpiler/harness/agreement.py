"""Comparing the outcome of one fixture case in a runtime with Node's, beyond what the fixture states: the requests
sent (every header, the body), the error class and message, or the whole result with its 'info'. A fixture leaves
much unsaid (undefined keys, 'info', headers it does not list), and two runtimes that each pass it may still differ
there; certify holds every runtime to what Node does. Only the data models' documented differences are allowed
(README, "Known differences"): PHP's empty object is an empty array and its object of keys "0" to "n-1" a list,
and null is undefined (Python and PHP have one of them)."""

from __future__ import annotations

from transpiler.harness.fixtures import (MAX_COMPARED_DEPTH, deeper_than, error_shown, normalized, same_json,
                                         sent_headers, structural_diff)


def as_php_holds(value):
    """A result as PHP's arrays can hold it: an empty object is an empty list, and an object of the keys "0" to
    "n-1" in order a list."""
    if isinstance(value, dict):
        if list(value) == [str(index) for index in range(len(value))]:
            return [as_php_holds(item) for item in value.values()]
        return {key: as_php_holds(item) for key, item in value.items()}
    if isinstance(value, list):
        return [as_php_holds(item) for item in value]
    return value


def sent(outcome: dict) -> list:
    """The requests of an outcome as every runner can write them (PHP an empty object as [], no body as none)."""
    return [{"url": request.get("url"), "method": request.get("method"), "body": request.get("body"),
             "headers": sent_headers(request.get("headers"))}
            for request in outcome.get("requests", [])]


def disagreement(node: dict, other: dict) -> list[str]:
    """How another runtime's outcome of a case differs from Node's, one line each (empty when they agree)."""
    too_deep = next((side for side, outcome in (("node", node), ("here", other))
                     if deeper_than(outcome, MAX_COMPARED_DEPTH) is not None), None)
    if too_deep is not None:
        return [f"the outcome ({too_deep}) is nested more than {MAX_COMPARED_DEPTH} levels deep: it is not compared"]
    node_sent, other_sent = as_php_holds(sent(node)), as_php_holds(sent(other))
    if not same_json(node_sent, other_sent):
        return ["sent other requests than node (path: node's, here; only what differs):"] + \
            structural_diff(node_sent, other_sent)
    if "throws" in node or "throws" in other:
        thrown = [(outcome.get("throws"), outcome.get("message")) for outcome in (node, other)]
        if thrown[0] == thrown[1]:
            return []
        return [f"node raised {error_shown(node)}" if "throws" in node else "node returned a result",
                f"here raised {error_shown(other)}" if "throws" in other else "here a result"]
    results = [as_php_holds(normalized(outcome.get("ok"), outcome.get("ok"))) for outcome in (node, other)]
    if same_json(*results):
        return []
    return ["result differs from node's, 'info' included (path: node's, here; only what differs):"] + \
        structural_diff(*results)
