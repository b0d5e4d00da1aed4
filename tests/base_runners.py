"""Runs calls on the base Exchange class through the runner scripts in tests/runners/ (base_*) in JS, Python
sync, Python asyncio and PHP. Exchange fixture cases have their own runners in transpiler/harness/."""

from __future__ import annotations

import os
import re
import sys

from transpiler.harness.run import RUNTIMES, Library, run_json

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RUNNERS = os.path.join(ROOT, "tests", "runners")
SOURCE_TREE = Library.source_tree(ROOT)
BASE_RUNNER = os.path.join(RUNNERS, "base")
# Runs a command and then reports its peak resident set size: RUSAGE_CHILDREN of this fresh process is that
# of its one child, whatever other processes the test session has run.
PEAK_RSS = ("import resource, subprocess, sys; code = subprocess.run(sys.argv[1:]).returncode; "
            "print('peak-rss-kb', resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr); "
            "sys.exit(code)")


# Node running the specification of the hot primitives (js/base/Exchange.js) in place of its native ones
# (js/base/Primitives.js): a runtime of the base runner alone.
SPECIFICATION = "js-specification"
# Python (sync) without the C speedups (exchangekit/base/_speedups.c), as where they are not built: the pure-Python
# definitions they fall back to, held to the same vectors.
PURE_PYTHON = "python-pure"


def runner(runtime: str) -> tuple[list[str], dict[str, str]]:
    """The base runner's command line and environment for runtime (see run_calls)."""
    environment = SOURCE_TREE.environment()
    if runtime == SPECIFICATION:
        return SOURCE_TREE.command(BASE_RUNNER, "js") + ["--specification"], environment
    if runtime == PURE_PYTHON:
        environment["EXCHANGEKIT_PURE_PYTHON"] = "1"
        return SOURCE_TREE.command(BASE_RUNNER, "python"), environment
    return SOURCE_TREE.command(BASE_RUNNER, runtime), environment


def run_calls(runtime: str, request: dict) -> tuple[list, str]:
    """request: {describe, config, markets, currencies, clock, calls: [[method, args], ...]}. Returns one
    {"ok": result} or {"throws": ErrorClass, "message": ...} per call, and everything the runner printed.
    runtime: one of RUNTIMES, SPECIFICATION or PURE_PYTHON."""
    command, environment = runner(runtime)
    return run_json(command, request, environment, runtime, cwd=ROOT)


def get_each_route(url: str, names: list[str], **config) -> dict[str, tuple[list, str]]:
    """run_calls in every runtime of one GET of url/<name> a name, through an exchange whose public api is those
    names, its config config (and no rate limit, a timeout of 3 s)."""
    spec = {"describe": {"id": "local", "urls": {"api": url}, "api": {"public": {"get": names}}},
            "config": {"enableRateLimit": False, "timeout": 3000, **config},
            "calls": [["request", [name, "public", "GET", {}]] for name in names]}
    return {runtime: run_calls(runtime, spec) for runtime in RUNTIMES}


def run_calls_measured(runtime: str, request: dict) -> tuple[list, int]:
    """run_calls, which also returns the runner process's peak resident set size in bytes (Linux counts kB)."""
    command, environment = runner(runtime)
    results, printed = run_json([sys.executable, "-c", PEAK_RSS, *command], request, environment, runtime, cwd=ROOT)
    return results, int(re.search(r"peak-rss-kb (\d+)", printed).group(1)) * 1024
