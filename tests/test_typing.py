"""The public API is typed (py.typed): unified methods carry parameter and return hints, in the base class and in
every exchange, and a type checker uses them to reject wrong calls in users' code."""

from __future__ import annotations

import os
import subprocess
import sys
import typing

import pytest

from tests.base_runners import ROOT

sys.path.insert(0, os.path.join(ROOT, "python"))

import exchangekit  # noqa: E402
import exchangekit.async_support  # noqa: E402
from transpiler.unified import UNIFIED_METHODS  # noqa: E402
from transpiler.names import snake_case  # noqa: E402

CLASSES = [exchangekit.Exchange, exchangekit.async_support.Exchange] \
    + [getattr(package, exchange_id) for package in (exchangekit, exchangekit.async_support)
       for exchange_id in exchangekit.exchanges]


@pytest.mark.parametrize("exchange_class", CLASSES, ids=lambda cls: f"{cls.__module__}.{cls.__name__}")
def test_every_unified_method_has_hints(exchange_class):
    for name in list(UNIFIED_METHODS) + ["loadMarkets"]:
        hints = typing.get_type_hints(getattr(exchange_class, snake_case(name)))
        assert "return" in hints and "params" in hints, f"{exchange_class.__name__}.{snake_case(name)}: {hints}"


def test_the_package_is_marked_typed():
    assert os.path.isfile(os.path.join(ROOT, "python", "exchangekit", "py.typed"))


def test_a_type_checker_rejects_wrong_calls_in_user_code():
    script = os.path.join(ROOT, "tests", "typing", "user_code.py")
    completed = subprocess.run([sys.executable, "-m", "mypy", "--follow-imports=silent", "--no-incremental",
                                "--cache-dir", os.devnull, script], capture_output=True, text=True, timeout=300,
                               env={**os.environ, "MYPYPATH": os.path.join(ROOT, "python")}, cwd=ROOT)
    with open(script, encoding="utf-8") as handle:
        wrong = sorted(number for number, line in enumerate(handle, start=1) if "# wrong" in line)
    reported = sorted({int(line.split(":")[1]) for line in completed.stdout.splitlines() if ": error:" in line})
    assert reported == wrong, completed.stdout
