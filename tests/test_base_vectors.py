"""The base runtime against shared vectors (tests/vectors/base/*.json) in JS, Python sync, Python asyncio and PHP, and
in Node running the specification of the hot primitives (js/base/Exchange.js) in place of its native ones, and in
Python without its C speedups (the pure-Python definitions).

Each file holds [method, arguments, expected] rows, where expected {"throws": "ErrorClass"} means the call
raises that error. A file may set up the exchange first: "describe" (merged into describe()), "config"
(the constructor's argument) and "markets" (passed to setMarkets). One runner process per file and runtime.
"""

from __future__ import annotations

import glob
import json
import os
import subprocess
import sys

import pytest

from tests.base_runners import PURE_PYTHON, RUNTIMES, SPECIFICATION, run_calls

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VECTOR_FILES = sorted(glob.glob(os.path.join(ROOT, "tests", "vectors", "base", "*.json")))


def load(path: str) -> dict:
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


SPECS = {os.path.splitext(os.path.basename(path))[0]: load(path) for path in VECTOR_FILES}
CASES = [(name, index) for name, spec in SPECS.items() for index in range(len(spec["vectors"]))]


def case_id(case: tuple[str, int]) -> str:
    name, index = case
    method, arguments, _ = SPECS[name]["vectors"][index]
    text = json.dumps(arguments, ensure_ascii=False)
    return f"{name}:{index}:{method}{text if len(text) < 60 else text[:57] + '...'}"


_results: dict[tuple[str, str], list] = {}


def results(name: str, runtime: str) -> list:
    """All of one file's results in one runtime, computed once."""
    if (name, runtime) not in _results:
        spec = SPECS[name]
        request = {key: spec[key] for key in ("describe", "config", "markets", "currencies") if key in spec}
        request["calls"] = [[method, arguments] for method, arguments, _ in spec["vectors"]]
        _results[(name, runtime)] = run_calls(runtime, request)[0]
    return _results[(name, runtime)]


def without_undefined(value):
    """Drops dictionary entries whose value is null: the runtimes treat null as undefined, and JSON leaves
    undefined out, so a missing key and a null value mean the same here."""
    if isinstance(value, dict):
        return {key: without_undefined(item) for key, item in value.items() if item is not None}
    if isinstance(value, list):
        return [without_undefined(item) for item in value]
    return value


@pytest.mark.parametrize("runtime", (*RUNTIMES, SPECIFICATION, PURE_PYTHON))
@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_vector(case, runtime):
    name, index = case
    method, arguments, expected = SPECS[name]["vectors"][index]
    outcome = results(name, runtime)[index]
    if isinstance(expected, dict) and set(expected) == {"throws"}:
        assert outcome.get("throws") == expected["throws"], f"{method}{arguments} -> {outcome}"
    else:
        assert "throws" not in outcome, f"{method}{arguments} raised {outcome['throws']}: {outcome['message']}"
        assert without_undefined(outcome.get("ok")) == without_undefined(expected)


def test_every_file_has_vectors():
    assert VECTOR_FILES and all(SPECS[name]["vectors"] for name in SPECS)


NAMES = ["publicGetTickerPair", "fetchOHLCV", "privatePostOrderNew", "loadHTTPProxy", "fetchL2OrderBook",
         "v3PrivateGetAccountInfo", "safeString2", "publicGetGetAccountInfo"]


def test_runtimes_name_methods_as_the_transpiler_does():
    # Python and PHP keep a copy of the transpiler's snake_case (the published packages cannot import
    # the toolchain); implicit API methods are only callable if the copies agree.
    sys.path.insert(0, os.path.join(ROOT, "python"))  # the package under test lives in python/
    from exchangekit.base.native_exchange import snake_case as python_snake_case
    from transpiler.names import snake_case

    php = subprocess.run(["php", "-r", "require 'php/base/autoload.php'; echo json_encode(array_map("
                          "[exchangekit\\NativeExchange::class, 'snake_case'], json_decode($argv[1])));",
                          json.dumps(NAMES)], capture_output=True, text=True, timeout=60, cwd=ROOT, check=True)
    expected = [snake_case(name) for name in NAMES]
    assert [python_snake_case(name) for name in NAMES] == expected
    assert json.loads(php.stdout) == expected
