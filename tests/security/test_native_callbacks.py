"""The native layers call no method an exchange may redefine, but for the hooks Node calls at the same places.

Python's and PHP's native code (the primitives, fetch, the streams) is written apart from Node's specification of the
same methods, and calls some methods of the base class where Node's does not, or under other conditions: Python's and
PHP's safeTrade called contractValue for contract markets only and safeFee under conditions of their own, their fetch
read Content-Encoding through headerValues (red-team round 12). A file that redefined one of them changed a trade's cost
or fee, or the decoding of a body, in some runtimes only: such methods are sealed (NATIVE_CALLED, SUB-B006). This test
reads the native layers for the methods of the exchange they call, and requires each to be sealed or to be one of the
exchange hooks whose every call site is the same in Node (parseTrade in parseTrades, the stream handlers).
"""

from __future__ import annotations

import os
import re

import pytest

from tests.checking import check_text
from transpiler.names import NATIVE_CALLED, NATIVE_HELPERS, is_sealed, snake_case

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# The exchange's own hooks that native code calls exactly where Node's specification calls them (read and compared
# when this list changes): the class's describe () at construction, parseTrade for each entry of parseTrades, and
# the stream handlers on each frame and reconnection.
HOOKS = {"describe", "parseTrade", "handleMessage", "resubscribeMessage"}

# (file, pattern of a call of an exchange method): the exchange is self/$this in the native classes, and the
# stream clients reach it through their exchange attribute.
NATIVE_CODE = [
    ("python/exchangekit/base/native_exchange.py", r"\bself\.([a-z_][a-z0-9_]*)\s*\("),
    ("python/exchangekit/base/primitives.py", r"\bself\.([a-z_][a-z0-9_]*)\s*\("),
    ("python/exchangekit/async_support/base/stream_client.py", r"\bexchange\.([a-z_][a-z0-9_]*)\s*\("),
    ("php/base/NativeExchange.php", r"\$this->([A-Za-z_][A-Za-z0-9_]*)\s*\("),
    ("php/base/Primitives.php", r"\$this->([A-Za-z_][A-Za-z0-9_]*)\s*\("),
    ("js/base/NativeExchange.js", r"\bthis\.([A-Za-z_][A-Za-z0-9_]*)\s*\("),
    ("js/base/Primitives.js", r"\bthis\.([A-Za-z_][A-Za-z0-9_]*)\s*\("),
    ("js/base/stream/StreamClient.js", r"\bexchange\.([A-Za-z_][A-Za-z0-9_]*)\s*\("),
]
HOOK_NAMES = HOOKS | {snake_case(name) for name in HOOKS}


def _read(path: str) -> str:
    with open(os.path.join(ROOT, path), encoding="utf-8") as handle:
        return handle.read()


@pytest.mark.parametrize("path, pattern", NATIVE_CODE, ids=[path for path, _ in NATIVE_CODE])
def test_native_code_calls_only_sealed_methods_and_the_hooks(path, pattern):
    called = set(re.findall(pattern, _read(path)))
    assert called, f"{path}: no call found (has the layer moved?)"
    open_ = sorted(name for name in called if name not in HOOK_NAMES and name not in NATIVE_HELPERS
                   and not is_sealed(name))
    assert open_ == [], (f"{path} calls {', '.join(open_)}, which an exchange may redefine: seal them (NATIVE_CALLED in "
                         "transpiler/names.py) or make every call site the same as Node's and list them in HOOKS")


def test_the_sealed_callbacks_are_methods_of_the_base_class():
    base = _read("js/base/Exchange.js")
    for name in NATIVE_CALLED:
        assert re.search(r"\n    " + name + r" \(", base), f"{name}: not a method of js/base/Exchange.js"


@pytest.mark.parametrize("name", sorted(NATIVE_CALLED))
def test_an_exchange_cannot_redefine_a_native_callback(name):
    source = ("import Exchange from './base/Exchange.js';\n\nexport default class example extends Exchange {\n"
              f"    {name} (a, b = undefined, c = undefined) {{\n        return undefined;\n    }}\n}}\n")
    rules = {finding.rule for finding in check_text(source, "js/example.js")}
    assert "SUB-B006" in rules
