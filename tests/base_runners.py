"""Runs calls on the base Exchange class in JS, Python sync, Python asyncio and PHP (tests/runners/base_*)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RUNNERS = os.path.join(ROOT, "tests", "runners")
COMMANDS = {
    "js": ["node", os.path.join(RUNNERS, "base_node.mjs")],
    "python": [sys.executable, os.path.join(RUNNERS, "base_python.py")],
    "python-async": [sys.executable, os.path.join(RUNNERS, "base_python.py"), "--async"],
    "php": ["php", os.path.join(RUNNERS, "base_php.php")],
}
RUNTIMES = sorted(COMMANDS)


def run_calls(runtime: str, request: dict) -> tuple[list, str]:
    """request: {describe, config, markets, currencies, calls: [[method, args], ...]}. Returns one
    {"ok": result} or {"throws": ErrorClass, "message": ...} per call, and everything the runner printed."""
    completed = subprocess.run(COMMANDS[runtime], input=json.dumps(request), capture_output=True, text=True,
                               timeout=300, cwd=ROOT)
    assert completed.returncode == 0, f"the {runtime} runner failed:\n{completed.stderr[-3000:]}"
    last_line = completed.stdout.strip().split("\n")[-1]  # not splitlines(): U+2028 in a result is data
    return json.loads(last_line), completed.stdout + completed.stderr
