"""What compiling the Python base runtime would buy: the Python hot paths of bench/hotpaths.py with the base modules
compiled by Cython, against the same modules as they ship (pure Python), side by side.

    .venv/bin/python bench/compiled.py [--exchanges kraken,binance] [--paths trades,tickers] [--scale 1]
                                       [--repeat 7] [--rounds 3]

exchangekit ships pure Python; this measures the option, for the decision. Cython is installed on first use in a
throwaway virtual environment, bench/.compiled (ignored by git), which also holds the compiled copy of
python/exchangekit: nothing of it is a dependency of the package or of its tests. The base modules (BASE_MODULES)
are compiled as written, no declarations added. Each round runs every job in both trees, in alternating order, each
job and its plain native parse (bench/runners/baselines.py) in a process of their own; the table gives per path the
time against the native parse in each tree (median over rounds) and compiled / pure. Both trees must give the same
output, byte for byte. It also probes what each tree does with a list nested 100,000 deep (json_stringify): pure
Python raises RecursionError; a compiled function calling a compiled function does not count against Python's
recursion limit, so the C stack can overflow instead.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile

BENCH = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH)
sys.path.insert(0, BENCH)

import hotpaths  # noqa: E402
from hotpaths import run_runtime  # noqa: E402
from transpiler.harness.run import Library  # noqa: E402

HOME = os.path.join(BENCH, ".compiled")
VENV_PYTHON = os.path.join(HOME, "venv", "bin", "python")
TREE = os.path.join(HOME, "tree")
PACKAGE = os.path.join(ROOT, "python", "exchangekit")
BUILD_TOOLS = ["cython==3.3.1", "setuptools==84.2.1"]
# The modules every parse goes through (the async base subclasses exchange.py; the exchanges' own modules stay
# interpreted, as contributors' code would).
BASE_MODULES = ["exchangekit/base/js.py", "exchangekit/base/primitives.py", "exchangekit/base/precise.py",
                "exchangekit/base/native_exchange.py", "exchangekit/base/exchange.py"]
DEEP_PROBE = """
from exchangekit.base import js
value = []
for _ in range(100000):
    value = [value]
try:
    js.json_stringify(value)
    print("no error")
except RecursionError:
    print("RecursionError")
"""


def build_environment() -> None:
    if not os.path.exists(VENV_PYTHON):
        print(f"making the throwaway environment {os.path.relpath(HOME, ROOT)} ...", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", os.path.join(HOME, "venv")], check=True)
        subprocess.run([VENV_PYTHON, "-m", "pip", "install", "--quiet", *BUILD_TOOLS], check=True)


def fingerprint() -> str:
    digest = hashlib.sha256(" ".join(BUILD_TOOLS + BASE_MODULES).encode())
    for folder, _, names in sorted(os.walk(PACKAGE)):
        for name in sorted(names):
            if name.endswith(".py"):
                with open(os.path.join(folder, name), "rb") as file:
                    digest.update(name.encode() + file.read())
    return digest.hexdigest()


def compiled_tree() -> str:
    """bench/.compiled/tree: a copy of python/exchangekit with BASE_MODULES compiled, remade when a source changed."""
    stamp = os.path.join(TREE, "fingerprint")
    current = fingerprint()
    if os.path.exists(stamp):
        with open(stamp, encoding="ascii") as file:
            if file.read() == current:
                return TREE
    shutil.rmtree(TREE, ignore_errors=True)
    shutil.copytree(PACKAGE, os.path.join(TREE, "exchangekit"), ignore=shutil.ignore_patterns("__pycache__"))
    print(f"compiling {len(BASE_MODULES)} base modules with {BUILD_TOOLS[0]} (about a minute per core) ...",
          file=sys.stderr)
    with tempfile.TemporaryDirectory() as build_temp:
        subprocess.run([VENV_PYTHON, os.path.join(BENCH, "runners", "compile_base.py"), build_temp, *BASE_MODULES],
                       cwd=TREE, check=True, stdout=subprocess.DEVNULL)
    with open(stamp, "w", encoding="ascii") as file:
        file.write(current)
    return TREE


def deep_nesting(python_path: str) -> str:
    completed = subprocess.run([sys.executable, "-c", DEEP_PROBE], capture_output=True, text=True,
                               env=dict(os.environ, PYTHONPATH=python_path))
    if completed.returncode < 0:
        return f"crashed (signal {-completed.returncode})"
    return completed.stdout.strip() or completed.stderr.strip().split("\n")[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--exchanges", default="kraken,binance,bitstamp,poloniex")
    parser.add_argument("--paths", default=",".join(hotpaths.PATHS))
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--rounds", type=int, default=3)
    options = parser.parse_args()
    build_environment()
    trees = {"pure": Library.source_tree(ROOT)}
    trees["compiled"] = Library(sys.executable, compiled_tree(), trees["pure"].php_autoload, trees["pure"].js_index)
    jobs = [job for exchange_id in options.exchanges.split(",")
            for job in hotpaths.jobs_of(exchange_id, options.paths.split(","), options.scale, options.repeat)]
    versus_native = {name: [[] for _ in jobs] for name in trees}
    times = {name: [[] for _ in jobs] for name in trees}
    outputs = {name: [None] * len(jobs) for name in trees}
    for round_number in range(options.rounds):
        order = list(trees) if round_number % 2 == 0 else list(reversed(trees))
        print(f"round {round_number + 1} of {options.rounds} ...", file=sys.stderr)
        for index, job in enumerate(jobs):
            for name in order:
                measured = run_runtime(trees[name], "python", [job])[0]
                baseline = run_runtime(trees[name], "python", [dict(job, baseline=f"{job['id']}_{job['path']}")])[0]
                times[name][index].append(measured["best"])
                if baseline["best"] is not None:
                    versus_native[name][index].append(measured["best"] / baseline["best"])
                outputs[name][index] = measured["result"]
    mismatches = [f"{job['id']} {job['path']}" for index, job in enumerate(jobs)
                  if outputs["pure"][index] != outputs["compiled"][index]]
    print(f"Python sync, base modules pure and compiled (Cython), median of {options.rounds} rounds of best of "
          f"{options.repeat}")
    print(f"{'exchange':9} {'path':8} {'items':>6} {'pure n':>7} {'compiled n':>11} {'compiled/pure':>14}")
    for index, job in enumerate(jobs):
        native = [f"{statistics.median(versus_native[name][index]):.2f}x" if versus_native[name][index] else "-"
                  for name in trees]
        ratio = statistics.median(compiled / pure for compiled, pure in zip(times["compiled"][index],
                                                                               times["pure"][index]))
        print(f"{job['id']:9} {job['path']:8} {job['items']:>6} {native[0]:>7} {native[1]:>11} {ratio:13.2f}x")
    print("n: the time against a plain native parse in the same process; compiled/pure: below 1, compiled is faster.")
    for name, library in trees.items():
        print(f"a list nested 100,000 deep, json_stringify, {name}: {deep_nesting(library.python_path)}")
    if mismatches:
        raise SystemExit(f"the compiled tree's output differs: {', '.join(mismatches)}")


if __name__ == "__main__":
    main()
