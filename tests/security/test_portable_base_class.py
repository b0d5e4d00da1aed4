"""Python names the portable base class by identity, as Node and PHP do (red-team round 45).

The constructor compares describe () with the portable base class's describe () (the user's settings, the keys it may
set, the stream bounds it may not raise). Python's portable_describe took for that class the one before the first
class of the MRO whose module name ends with "native_exchange", and the module of exchange X is exchangekit.X: an
exchange `znative_exchange` could not be constructed in Python (the class before it was none, and object has no
describe), and its child `rtkid`, which raised streaming.maxFrameSize to a terabyte, was compared with its own
describe (): refused in Node and PHP, constructed with the raised bound in Python sync and asyncio. Now the class right
before the native layer (NativeExchange, or asyncio's) is found by identity.

The two files below pass `exkit check`; they are compiled, loaded as the modules the packages would hold
(exchangekit.znative_exchange, exchangekit.async_support.znative_exchange, ...) and constructed in every runtime.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

from tests.checking import check_text
from transpiler.emit.compile import compile_source
from transpiler.source import SourceFile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

PARENT = """import Exchange from './base/Exchange.js';

export default class znative_exchange extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'znative_exchange',
            'name': 'RT',
            'urls': { 'api': { 'public': 'https://api.example.com' } },
        });
    }

    run () {
        return this.id;
    }
}
"""

CHILD = """import znative_exchange from './znative_exchange.js';

export default class rtkid extends znative_exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'rtkid',
            'streaming': { 'maxFrameSize': 1000000000000, 'maxQueue': 1000000000 },
        });
    }

    run () {
        return this.safeInteger (this.streaming, 'maxFrameSize');
    }
}
"""

SOURCES = {"znative_exchange": PARENT, "rtkid": CHILD}

# What each runtime does with `new X ().run ()`: the parent constructs, the child is refused (ExchangeError).
EXPECTED = {"znative_exchange": {"result": "znative_exchange"}, "rtkid": {"error": "ExchangeError"}}

PYTHON = """
import asyncio, importlib.util, inspect, json, sys
from exchangekit.base import errors

def load(package, name, path):
    spec = importlib.util.spec_from_file_location(package + "." + name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # where the child's `from exchangekit.znative_exchange import ...` finds it
    spec.loader.exec_module(module)
    return module

package, folder = sys.argv[1], sys.argv[2]
outcomes = {}
for name in ("znative_exchange", "rtkid"):
    module = load(package, name, folder + "/" + name + ".py")
    try:
        result = getattr(module, name)().run()
        if inspect.isawaitable(result):
            result = asyncio.run(result)
        outcomes[name] = {"result": result}
    except errors.BaseError as error:
        outcomes[name] = {"error": type(error).__name__, "message": str(error)}
    except Exception as error:
        outcomes[name] = {"error": "native", "message": type(error).__name__ + ": " + str(error)}
print(json.dumps(outcomes))
"""

NODE = """
const outcomes = {};
for (const name of [ 'znative_exchange', 'rtkid' ]) {
    const { default: cls } = await import (process.argv[1] + '/' + name + '.js');
    try {
        outcomes[name] = { 'result': await new cls ().run () };
    } catch (error) {
        outcomes[name] = { 'error': error.constructor.name, 'message': String (error.message) };
    }
}
console.log (JSON.stringify (outcomes));
"""

PHP = """<?php
namespace exchangekit;
require $argv[1] . '/php/base/autoload.php';
$outcomes = [];
foreach (['znative_exchange', 'rtkid'] as $name) {
    require_once $argv[2] . '/' . $name . '.php';
    $class = '\\\\exchangekit\\\\' . $name;
    try {
        $outcomes[$name] = ['result' => (new $class())->run()];
    } catch (BaseError $error) {
        $kind = (new \\ReflectionClass($error))->getShortName();
        $outcomes[$name] = ['error' => $kind, 'message' => $error->getMessage()];
    }
}
echo json_encode($outcomes), "\\n";
"""


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    """The two exchanges as the build would write them: js/ (with the base runtime), python/, python_async/, php/."""
    root = tmp_path_factory.mktemp("portable-base-class")
    js = root / "js"
    js.mkdir()
    (js / "base").symlink_to(os.path.join(ROOT, "js", "base"))
    (js / "package.json").write_text('{ "type": "module" }\n')
    for name, text in SOURCES.items():
        (js / f"{name}.js").write_text(text)
    for kind in ("python", "python_async", "php"):
        (root / kind).mkdir()
    for name, text in SOURCES.items():
        compiled = compile_source(SourceFile(str(js / f"{name}.js"), text), formatted=False)
        (root / "python" / f"{name}.py").write_text(compiled.python)
        (root / "python_async" / f"{name}.py").write_text(compiled.python_async)
        (root / "php" / f"{name}.php").write_text(compiled.php)
    return root


def run(command: list[str], **options) -> dict:
    completed = subprocess.run(command, capture_output=True, text=True, timeout=120, **options)
    assert completed.returncode == 0, completed.stderr[-3000:]
    return json.loads(completed.stdout.strip().splitlines()[-1])


def outcomes(runtime: str, folder) -> dict:
    if runtime == "node":
        return run(["node", "--input-type=module", "-e", NODE, str(folder / "js")])
    if runtime == "php":
        return run(["php", "-r", PHP.removeprefix("<?php\n"), ROOT, str(folder / "php")])
    package, kind = ("exchangekit", "python") if runtime == "python" else ("exchangekit.async_support", "python_async")
    return run([sys.executable, "-c", textwrap.dedent(PYTHON), package, str(folder / kind)],
               env=dict(os.environ, PYTHONPATH=os.path.join(ROOT, "python")))


def test_both_files_pass_the_checker(folder):
    for name, text in SOURCES.items():
        assert check_text(text, str(folder / "js" / f"{name}.js")) == []


@pytest.mark.parametrize("runtime", ["node", "python", "python-async", "php"])
def test_an_exchange_named_like_the_native_module_and_its_child_construct_alike(folder, runtime):
    # Before the fix: Python sync and asyncio gave the parent a native AttributeError (type object 'object' has no
    # attribute 'describe') and the child the raised bound, 1000000000000.
    found = outcomes(runtime, folder)
    assert {name: {key: value for key, value in outcome.items() if key != "message"}
            for name, outcome in found.items()} == EXPECTED, found
    assert "streaming.maxFrameSize" in found["rtkid"]["message"], found


def test_the_portable_base_class_is_found_by_identity(monkeypatch):
    # A class of any module name between the exchange and the native layer: the class right before the native layer
    # is the portable base class, whatever the modules are called.
    monkeypatch.syspath_prepend(os.path.join(ROOT, "python"))
    from exchangekit.async_support.base.exchange import Exchange as AsyncExchange
    from exchangekit.base.exchange import Exchange
    from exchangekit.base.native_exchange import portable_describe

    for base in (Exchange, AsyncExchange):
        parent = type("base_native_exchange", (base,), {"__module__": "exchangekit.base.native_exchange"})
        child = type("child", (parent,), {"__module__": "exchangekit.native_exchange",
                                          "describe": lambda self: {"id": "child"}})
        exchange = child.__new__(child)  # (not constructed: portable_describe reads the class alone)
        assert portable_describe(exchange) == base.describe(exchange)
