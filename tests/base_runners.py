"""Runs JSON specs through the runner scripts (tests/runners/) in JS, Python sync, Python asyncio and PHP:
calls on the base Exchange class (base_*) and an exchange's fixture cases (exchange_*)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RUNNERS = os.path.join(ROOT, "tests", "runners")


def commands(name: str) -> dict[str, list[str]]:
    """The command line of runner `name` (base, exchange) in each runtime."""
    python = os.path.join(RUNNERS, f"{name}_python.py")
    return {
        "js": ["node", os.path.join(RUNNERS, f"{name}_node.mjs")],
        "python": [sys.executable, python],
        "python-async": [sys.executable, python, "--async"],
        "php": ["php", os.path.join(RUNNERS, f"{name}_php.php")],
    }


COMMANDS = commands("base")
EXCHANGE_COMMANDS = commands("exchange")
RUNTIMES = sorted(COMMANDS)


def run_json(command: list[str], request: dict, label: str) -> tuple[list, str]:
    """Feeds request to a runner as JSON; returns the JSON list it printed last and everything it printed."""
    completed = subprocess.run(command, input=json.dumps(request), capture_output=True, text=True,
                               timeout=300, cwd=ROOT)
    assert completed.returncode == 0, f"the {label} runner failed:\n{completed.stderr[-3000:]}"
    last_line = completed.stdout.strip().split("\n")[-1]  # not splitlines(): U+2028 in a result is data
    return json.loads(last_line), completed.stdout + completed.stderr


def run_calls(runtime: str, request: dict) -> tuple[list, str]:
    """request: {describe, config, markets, currencies, calls: [[method, args], ...]}. Returns one
    {"ok": result} or {"throws": ErrorClass, "message": ...} per call, and everything the runner printed."""
    return run_json(COMMANDS[runtime], request, runtime)


def run_exchange_cases(runtime: str, request: dict) -> list:
    """request: tests.exchange_fixtures.runner_input(fixture). Returns per case the requests sent and
    {"ok": result} or {"throws": ErrorClass, "message": ...}."""
    return run_json(EXCHANGE_COMMANDS[runtime], request, f"{runtime} exchange")[0]
