"""The C speedups of the Python base runtime (python/exchangekit/base/_speedups.c): built by `make build` and used
by the tree's tests, turned off by EXCHANGEKIT_PURE_PYTHON=1, and equal to the pure-Python definitions they fall
back to. (The shared vectors run in both: tests/test_base_vectors.py's python-pure runtime.)"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.base_runners import SOURCE_TREE

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTCOMES = os.path.join(ROOT, "tests", "runners", "speedups_python.py")
KIND = ("from exchangekit.base.speedups import SPEEDUPS; from exchangekit.base.primitives import Primitives; "
        "print(SPEEDUPS is not None, type(Primitives.safe_string).__name__)")


def run_python(code_or_script: list[str], pure: bool) -> str:
    environment = SOURCE_TREE.environment()
    environment.pop("EXCHANGEKIT_PURE_PYTHON", None)
    if pure:
        environment["EXCHANGEKIT_PURE_PYTHON"] = "1"
    completed = subprocess.run([sys.executable, *code_or_script], capture_output=True, text=True, timeout=300,
                               env=environment, cwd=os.path.join(ROOT, "python"), check=True)
    return completed.stdout


def test_the_tree_runs_the_speedups():
    # make build compiles them; a compiler error there would leave the tree on pure Python, silently but for this
    assert run_python(["-c", KIND], pure=False).split() == ["True", "method_descriptor"]


def test_pure_python_turns_them_off():
    assert run_python(["-c", KIND], pure=True).split() == ["False", "function"]


def test_they_return_what_the_pure_definitions_return():
    accelerated = json.loads(run_python([OUTCOMES, "7", "60000"], pure=False))
    pure = json.loads(run_python([OUTCOMES, "7", "60000"], pure=True))
    assert (accelerated[0], pure[0]) == (True, False)
    assert len(accelerated) == len(pure) > 200_000
    differences = [(index, fast, slow) for index, (fast, slow) in enumerate(zip(accelerated, pure)) if index and fast != slow]
    assert not differences, differences[:10]

