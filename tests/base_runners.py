"""Runs calls on the base Exchange class through the runner scripts in tests/runners/ (base_*) in JS, Python
sync, Python asyncio and PHP. Exchange fixture cases have their own runners in transpiler/harness/."""

from __future__ import annotations

import os
import sys

from transpiler.harness.run import RUNTIMES, Library, run_json

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RUNNERS = os.path.join(ROOT, "tests", "runners")
SOURCE_TREE = Library.source_tree(ROOT)

_BASE = os.path.join(RUNNERS, "base")
COMMANDS = {
    "js": ["node", f"{_BASE}_node.mjs"],
    "python": [sys.executable, f"{_BASE}_python.py"],
    "python-async": [sys.executable, f"{_BASE}_python.py", "--async"],
    "php": ["php", f"{_BASE}_php.php"],
}
assert sorted(COMMANDS) == sorted(RUNTIMES)


def run_calls(runtime: str, request: dict) -> tuple[list, str]:
    """request: {describe, config, markets, currencies, calls: [[method, args], ...]}. Returns one
    {"ok": result} or {"throws": ErrorClass, "message": ...} per call, and everything the runner printed."""
    return run_json(COMMANDS[runtime], request, SOURCE_TREE.environment(), runtime, cwd=ROOT)
