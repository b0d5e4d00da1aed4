"""Run recursive work (esprima's parser, tree walks) on a thread with a large stack.

esprima-python is a recursive-descent parser that spends about fifteen Python
frames per level of nesting, so a 500-deep expression needs far more than the
default recursion limit. Past MAX_DEPTH frames we let RecursionError surface,
and callers turn it into a diagnostic.
"""

from __future__ import annotations

import sys
import threading
from typing import Callable, TypeVar

T = TypeVar("T")

MAX_DEPTH = 200_000
STACK_BYTES = 512 * 1024 * 1024


def run_with_deep_stack(function: Callable[[], T]) -> T:
    outcome: dict[str, object] = {}

    def target() -> None:
        try:
            outcome["value"] = function()
        except BaseException as error:  # re-raised in the calling thread
            outcome["error"] = error

    previous_limit = sys.getrecursionlimit()
    previous_stack = threading.stack_size()
    sys.setrecursionlimit(max(previous_limit, MAX_DEPTH))
    try:
        threading.stack_size(STACK_BYTES)
        thread = threading.Thread(target=target, name="exkit-deep-stack")
        thread.start()
    finally:
        threading.stack_size(previous_stack)
    thread.join()
    sys.setrecursionlimit(previous_limit)
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]
