"""The hot primitives (transpiler.names.NATIVE_PRIMITIVES): specified in js/base/Exchange.js, left out of the
generated Python and PHP base classes, and defined by every native layer, so that a listed method missing natively
fails here rather than at run time."""

from __future__ import annotations

import os
import re

import pytest

from transpiler.names import NATIVE_PRIMITIVES, snake_case

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def text(path: str) -> str:
    with open(os.path.join(ROOT, path), encoding="utf-8") as file:
        return file.read()


def methods(path: str) -> set[str]:
    source = text(path)
    return set(re.findall(r"\n    (?:async )?def (\w+)\(", source)) | set(re.findall(r"\n    (?:\w+ )*function (\w+)\(", source))


@pytest.mark.parametrize("name", sorted(NATIVE_PRIMITIVES))
def test_a_native_primitive_is_specified_in_the_subset_and_defined_by_every_native_layer(name):
    assert re.search(r"\n    " + name + r" \(", text("js/base/Exchange.js")), f"{name}: no specification in Exchange.js"
    for layer in ("python/exchangekit/base/primitives.py", "php/base/Primitives.php"):
        assert snake_case(name) in methods(layer), f"{layer}: {snake_case(name)} is missing"
    for generated in ("python/exchangekit/base/exchange.py", "python/exchangekit/async_support/base/exchange.py",
                      "php/base/Exchange.php"):
        assert snake_case(name) not in methods(generated), f"{generated}: {snake_case(name)} is emitted"


def test_the_python_class_resolves_every_primitive_to_the_native_layer(monkeypatch):
    monkeypatch.syspath_prepend(os.path.join(ROOT, "python"))
    from exchangekit.base.exchange import Exchange
    from exchangekit.base.primitives import Primitives

    for name in NATIVE_PRIMITIVES:
        method = getattr(Exchange, snake_case(name))
        assert method is Primitives.__dict__[snake_case(name)], name

