"""Compile the emitter test cases once per session and run them in every runtime, one process per runtime."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass

from transpiler.emit.compile import Compiled, compile_source
from transpiler.source import SourceFile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CASES = os.path.join(ROOT, "tests", "emit", "cases")
RUNNERS = os.path.join(ROOT, "tests", "runners")
CASE_NAMES = sorted(name[:-3] for name in os.listdir(CASES) if name.endswith(".js"))
RUNTIMES = ("python", "python-async", "php")

# Where PHP's data model cannot express JavaScript's, stated once (see the closing notes and README).
KNOWN_DIFFERENCES = {
    ("empty_object", "php"): "PHP arrays cannot tell an empty object from an empty array",
    ("index_keyed_object", "php"): "PHP arrays cannot tell an object keyed '0' to 'n-1' from a list",
    **{("array_holes", runtime): "lists have no holes: deleting an element fails the call (Unportable), where Node "
                                 "leaves a hole" for runtime in RUNTIMES},
    **{("astral_halves", runtime): "half of a surrogate pair is no UTF-8 text: a cut through one throws, where "
                                   "JavaScript makes a lone surrogate" for runtime in RUNTIMES},
}


@dataclass
class Runs:
    compiled: dict[str, Compiled]
    results: dict[str, dict[str, dict]]  # runtime -> case -> {"result": ...} or {"error": ...}


def compile_and_run(folder: str) -> Runs:
    sources = {}
    for name in CASE_NAMES:
        with open(os.path.join(CASES, name + ".js"), encoding="utf-8") as handle:
            sources[name] = handle.read()
    return run_everywhere(folder, sources)


def run_everywhere(folder: str, sources: dict[str, str], formatted: bool = True, cases: list[str] | None = None,
                   compiled: dict[str, Compiled] | None = None, config: dict | None = None) -> Runs:
    """Compile each source (name -> JavaScript text, unless given compiled) and run all of them once per runtime, one
    process each: each source's run (), or the cases named (`<source>:<method>`); config is the constructor's
    argument (credentials), when given."""
    if compiled is None:
        compiled = {name: compile_source(SourceFile(f"js/{name}.js", text), formatted)
                    for name, text in sources.items()}
    names = cases or sorted(sources)
    layout = write_modules(folder, sources, compiled)
    python_env = dict(os.environ, PYTHONPATH=os.path.join(ROOT, "python"))
    if config is not None:
        python_env["CASE_CONFIG"] = json.dumps(config)
    commands = {
        "node": ["node", os.path.join(RUNNERS, "node_runner.mjs"), layout["node"]],
        "python": [sys.executable, os.path.join(RUNNERS, "python_runner.py"), layout["python"]],
        "python-async": [sys.executable, os.path.join(RUNNERS, "python_runner.py"), "--async",
                         layout["python-async"]],
        "php": ["php", os.path.join(RUNNERS, "php_runner.php"), layout["php"]],
    }
    results = {runtime: _run(command + names, python_env) for runtime, command in commands.items()}
    return Runs(compiled, results)


def write_modules(folder: str, sources: dict[str, str], compiled: dict[str, Compiled]) -> dict[str, str]:
    """Each source and its compiled modules written in a folder per runtime under folder (the JavaScript beside a
    link to js/base): runtime -> its folder."""
    layout = {"node": os.path.join(folder, "js"), "python": os.path.join(folder, "python"),
              "python-async": os.path.join(folder, "python_async"), "php": os.path.join(folder, "php")}
    for path in layout.values():
        os.makedirs(path)
    os.symlink(os.path.join(ROOT, "js", "base"), os.path.join(layout["node"], "base"))
    shutil.copy(os.path.join(ROOT, "js", "package.json"), layout["node"])
    for name, module in compiled.items():
        _write(os.path.join(layout["node"], name + ".js"), sources[name])
        _write(os.path.join(layout["python"], name + ".py"), module.python)
        _write(os.path.join(layout["python-async"], name + ".py"), module.python_async)
        _write(os.path.join(layout["php"], name + ".php"), module.php)
    return layout


def _write(path: str, text: str) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)


def _run(command: list[str], env: dict) -> dict[str, dict]:
    completed = subprocess.run(command, capture_output=True, text=True, env=env, timeout=600)
    if completed.returncode != 0:
        raise RuntimeError(f"{command[0]} runner failed:\n{completed.stderr}")
    lines = [json.loads(line) for line in completed.stdout.split("\n") if line.strip()]  # not splitlines: U+2028
    return {line.pop("case"): line for line in lines}


def same_value(left, right) -> bool:
    """Equality of two runtimes' results as JavaScript values: 1 == 1.0, but true != 1; dict key order free."""
    if isinstance(left, bool) or isinstance(right, bool):
        return type(left) is type(right) and left == right
    if isinstance(left, (int, float)) and isinstance(right, (int, float)):
        if isinstance(left, float) or isinstance(right, float):
            # JSON prints a double past 2**53 as an integer (39007199254740990): compare it as the double it is.
            try:
                return float(left) == float(right)
            except OverflowError:
                return False
        return left == right  # two integers: exact, so that Python's exact big integers are told from doubles
    if isinstance(left, list) and isinstance(right, list):
        return len(left) == len(right) and all(map(same_value, left, right))
    if isinstance(left, dict) and isinstance(right, dict):
        return left.keys() == right.keys() and all(same_value(left[key], right[key]) for key in left)
    return type(left) is type(right) and left == right
