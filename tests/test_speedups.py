"""The C speedups of the Python base runtime (python/exchangekit/base/_speedups.c): built by `make build` and used
by the tree's tests, turned off by EXCHANGEKIT_PURE_PYTHON=1, and equal to the pure-Python definitions they fall
back to, as python/tests/check_speedups.py compares them (cibuildwheel runs it on each platform wheel too). (The shared
vectors run in both: tests/test_base_vectors.py's python-pure runtime.)"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import sysconfig

import pytest

from tests.base_runners import SOURCE_TREE

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CHECK = os.path.join(ROOT, "python", "tests", "check_speedups.py")
SOURCE = os.path.join(ROOT, "python", "exchangekit", "base", "_speedups.c")
# Beyond gcc's defaults: C99 as written, nothing but ISO C (MSVC and Apple clang build the wheels), every warning an
# error. Python's headers are the system's here (-isystem): the check is of our file. Unused parameters are the C
# API's fixed signatures (METH_O's module).
STRICT = ["-std=c99", "-pedantic", "-Wall", "-Wextra", "-Wshadow", "-Wstrict-prototypes", "-Wno-unused-parameter",
          "-Werror", "-O2", "-fPIC"]
COMPILERS = {"gcc": STRICT, "clang": STRICT + ["-Wconditional-uninitialized"]}
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
    environment = SOURCE_TREE.environment()
    completed = subprocess.run([sys.executable, CHECK, "7", "60000"], capture_output=True, text=True, timeout=300,
                               env=environment, cwd=os.path.join(ROOT, "python"))
    assert completed.returncode == 0, completed.stdout[-3000:] + completed.stderr[-3000:]
    agreed = re.search(r"(\d+) outcomes agree; C module (.+?); ", completed.stdout)
    assert int(agreed.group(1)) > 200_000
    assert agreed.group(2).startswith(os.path.join(ROOT, "python", "exchangekit", "base", "_speedups.")), \
        "the tree's module, which make build compiled"


# Keys of the user's own class, which the library's Python callers may give (the subset builds str keys only): hashed as
# the text a read looks up, so that the lookup runs their __eq__, which here empties the dict that holds the one
# read, or raises at each of two reads. The C methods borrowed those dicts and went on after the first error: a read of
# freed memory (a crash under PYTHONMALLOC=debug) and a SystemError, where the pure definitions return and raise
# LookupError.
COLLIDING_KEYS = """
from exchangekit.base.primitives import Primitives

class Colliding:
    def __init__(self, text, compared):
        self.text, self.compared = text, compared
    def __hash__(self):
        return hash(self.text)
    def __eq__(self, other):
        return self.compared()
    def __repr__(self):
        return "Colliding(%r)" % self.text

def outcome(read):
    try:
        return repr(read())
    except Exception as error:
        return type(error).__name__

def raises():
    raise LookupError("compared")

exchange = Primitives()
market = {"limits": {}}
market["limits"][Colliding("amount", market.clear)] = 1
print(outcome(lambda: exchange.safe_market_structure(market)))
raising = {"limits": {Colliding("amount", raises): 1, Colliding("price", raises): 2}}
print(outcome(lambda: exchange.safe_market_structure(raising)))
exchange.currenciesById, exchange.commonCurrencies = {"btc": {}}, {}
exchange.currenciesById["btc"][Colliding("code", exchange.currenciesById.clear)] = 1
print(outcome(lambda: exchange.safe_currency_code("btc")))
"""


def test_keys_whose_comparison_runs_code_are_read_as_the_pure_definitions_read_them():
    environment = {**SOURCE_TREE.environment(), "PYTHONMALLOC": "debug"}
    environment.pop("EXCHANGEKIT_PURE_PYTHON", None)
    outputs = []
    for pure in (False, True):
        completed = subprocess.run([sys.executable, "-c", COLLIDING_KEYS], capture_output=True, text=True, timeout=300,
                                   env={**environment, **({"EXCHANGEKIT_PURE_PYTHON": "1"} if pure else {})},
                                   cwd=os.path.join(ROOT, "python"))
        assert completed.returncode == 0, completed.stderr[-3000:]
        outputs.append(completed.stdout.splitlines())
    assert outputs[0] == outputs[1]
    assert outputs[1][1:] == ["LookupError", "None"]


@pytest.mark.parametrize("compiler", sorted(COMPILERS))
def test_the_source_compiles_without_a_warning_under_strict_flags(compiler, tmp_path):
    if shutil.which(compiler) is None:
        pytest.skip(f"{compiler} is not installed")
    include = sysconfig.get_paths()["include"]
    completed = subprocess.run([compiler, *COMPILERS[compiler], "-isystem", include, "-c", SOURCE, "-o",
                                str(tmp_path / "speedups.o")], capture_output=True, text=True, timeout=120)
    assert completed.returncode == 0 and not completed.stderr, completed.stderr[-3000:]
