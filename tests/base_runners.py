"""Runs calls on the base Exchange class through the runner scripts in tests/runners/ (base_*) in JS, Python
sync, Python asyncio and PHP. Exchange fixture cases have their own runners in transpiler/harness/."""

from __future__ import annotations

import os

from transpiler.harness.run import RUNTIMES, Library, run_json

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RUNNERS = os.path.join(ROOT, "tests", "runners")
SOURCE_TREE = Library.source_tree(ROOT)
BASE_RUNNER = os.path.join(RUNNERS, "base")


def run_calls(runtime: str, request: dict) -> tuple[list, str]:
    """request: {describe, config, markets, currencies, calls: [[method, args], ...]}. Returns one
    {"ok": result} or {"throws": ErrorClass, "message": ...} per call, and everything the runner printed."""
    command = SOURCE_TREE.command(BASE_RUNNER, runtime)
    return run_json(command, request, SOURCE_TREE.environment(), runtime, cwd=ROOT)
