"""A method's JavaScript spelling in Python (exchange.fetchOHLCV): a class attribute that reaches the method of the
Python name, for every method of the base class and of every exchange, in the sync and asyncio packages; and no class
of the hierarchy has a __getattr__ hook, which would send every attribute read of the generated code down CPython's
unspecialized path (exchangekit.base.method_names)."""

from __future__ import annotations

import glob
import importlib
import os
import sys

import pytest

from transpiler.analysis.methods import parsed_class
from transpiler.names import snake_case

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCES = sorted(path for path in glob.glob(os.path.join(ROOT, "js", "*.js")) if not path.endswith("index.js"))
PACKAGES = ("exchangekit", "exchangekit.async_support")


@pytest.fixture(scope="module")
def exchangekit_path():
    sys.path.insert(0, os.path.join(ROOT, "python"))
    yield
    sys.path.remove(os.path.join(ROOT, "python"))


def js_methods(path: str, in_base: bool = False) -> list[str]:
    exchange = parsed_class(path, in_base)
    assert exchange is not None, path
    return list(exchange.methods)


@pytest.mark.parametrize("package", PACKAGES)
@pytest.mark.parametrize("source", ["base"] + [os.path.basename(path)[:-3] for path in SOURCES])
def test_every_javascript_spelling_reaches_the_python_method(source, package, exchangekit_path):
    if source == "base":
        cls = importlib.import_module(package + ".base.exchange").Exchange
        names = js_methods(os.path.join(ROOT, "js", "base", "Exchange.js"), in_base=True)
    else:
        cls = getattr(importlib.import_module(package), source)
        names = js_methods(os.path.join(ROOT, "js", source + ".js"))
    assert names
    for name in names:
        assert getattr(cls, name) is getattr(cls, snake_case(name)), name


@pytest.mark.parametrize("package", PACKAGES)
def test_no_exchange_class_reads_attributes_through_a_hook(package, exchangekit_path):
    module = importlib.import_module(package)
    for path in SOURCES:
        cls = getattr(module, os.path.basename(path)[:-3])
        hooked = [base.__name__ for base in cls.__mro__ if "__getattr__" in vars(base) or "__getattribute__" in vars(base)
                  and base is not object]
        assert hooked == [], cls


def test_a_spelling_reaches_an_override_and_an_instance_attribute(exchangekit_path):
    from exchangekit import binance

    class Patched(binance):
        def fetch_ohlcv(self, *arguments):
            return "override"

        def parse_ticker(self, ticker, market=None):
            return "own"

    exchange = Patched({})
    assert exchange.fetchOHLCV("BTC/USDT") == "override"  # (the base class's alias, written there)
    assert exchange.parseTicker({}) == "own"  # (a regular spelling, which binance's class has)
    exchange.fetch_ohlcv = lambda *arguments: "instance"
    assert exchange.fetchOHLCV() == "instance"
    assert exchange.encodeURIComponent("a b") == "a%20b"  # (a native method's irregular spelling)
    with pytest.raises(AttributeError):
        exchange.fetchNothing  # noqa: B018
