"""black is the formatter of record of the generated Python, pinned exactly so that a fresh machine builds the files
that are committed; transpiler.emit.layout computes black's output for what the emitter prints, and must agree with
black on every module the emitter makes."""

from __future__ import annotations

import os
import re
from importlib.metadata import version

import pytest
from black.strings import normalize_string_quotes
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.emit.program_runs import compile_programs
from tests.emit.programs import program
from transpiler.build import BASE_SOURCE, not_black_stable
from transpiler.emit.compile import compile_source
from transpiler.emit.layout import Unsupported, layout
from transpiler.emit import modules
from transpiler.emit.modules import black_format, format_python
from transpiler.emit.python import number_literal, python_string
from transpiler.source import read_source

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PINNED_BLACK = "26.10.1"  # `make upgrade-black BLACK=X.Y.Z` moves it, with pyproject.toml
EXCHANGES = [BASE_SOURCE] + sorted(f"js/{name}" for name in os.listdir(os.path.join(ROOT, "js"))
                                   if name.endswith(".js") and name != "index.js")
CASES = sorted(f"tests/emit/cases/{name}" for name in os.listdir(os.path.join(ROOT, "tests", "emit", "cases"))
               if name.endswith(".js"))


def test_black_is_pinned_to_one_release_and_that_release_is_installed():
    with open(os.path.join(ROOT, "pyproject.toml"), encoding="utf-8") as handle:
        pins = re.findall(r'"black([^"]*)"', handle.read())
    assert pins == [f"=={PINNED_BLACK}"]
    assert version("black") == PINNED_BLACK


def _compiled(path: str, formatted: bool):
    return compile_source(read_source(os.path.join(ROOT, path)), formatted=formatted)


@pytest.mark.parametrize("path", EXCHANGES)
def test_the_build_formats_every_exchange_as_black_does_without_running_it(path, monkeypatch):
    unformatted = _compiled(path, formatted=False)
    expected = [black_format(unformatted.python), black_format(unformatted.python_async)]
    monkeypatch.setattr(modules, "black_format", lambda text: pytest.fail("black ran"))
    formatted = _compiled(path, formatted=True)
    assert [formatted.python, formatted.python_async] == expected


@pytest.mark.parametrize("path", CASES)
def test_layout_is_blacks_for_every_emitter_case(path):
    compiled = _compiled(path, formatted=False)
    for module in (compiled.python, compiled.python_async):
        try:
            laid_out = layout(module)
        except Unsupported:
            continue  # format_python gives it to black
        assert laid_out == black_format(module)


@settings(max_examples=25, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(program(), min_size=5, max_size=20))
def test_layout_is_blacks_for_random_programs(bodies):
    compiled = compile_programs(bodies)[2]  # those the checker accepts
    for module in (compiled.python, compiled.python_async):
        assert layout(module) == black_format(module)


@given(st.text())
def test_string_literals_are_quoted_as_black_quotes_them(value):
    assert python_string(value) == normalize_string_quotes(repr(value))
    assert eval(python_string(value)) == value  # noqa: S307 (a literal)


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_numbers_are_spelled_as_black_spells_them(value):
    literal = number_literal(value)
    assert black_format(f"x = {literal}\n") == f"x = {literal}\n"


LONG_CALL = "x = f(" + ", ".join(f"argument_{index}" for index in range(20)) + ")\n"


@pytest.mark.parametrize("module", [
    "def f():\n    return lambda: 1\n",  # outside what the emitter prints
    "x = (1, 2,)\n",  # a magic trailing comma
    LONG_CALL,
    "def f():\n    '''Doc\n    more'''\n    return 1\n",
])
def test_format_python_is_black_also_where_layout_cannot_say(module):
    assert format_python(module) == black_format(module)


def test_the_check_names_generated_python_that_black_would_change():
    outputs = {"python/exchangekit/a.py": "x = 1\n", "python/exchangekit/b.py": "x = 'one'\n", "php/a.php": "<?php\n"}
    assert not_black_stable(outputs) == ["python/exchangekit/b.py"]
