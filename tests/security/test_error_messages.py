"""`new ErrorClass (message)` takes any value in every runtime (red-team round 16).

JavaScript's error classes take any message (undefined is '', anything else String (value)); PHP's Exception took a
string only, so `new BadRequest (this.pick ({}))` (or a list, or any dictionary of a response) was a TypeError in PHP,
which the catch clause's `e instanceof ExchangeError` did not match: 'caught' in Node and Python, the call failed in PHP
alone, and a catch clause opening with `this.rethrowUncaught (e)` took its other branch there. Python wrote '{}' where
Node wrote '[object Object]', and '5.0' for 5.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.emit.compiled import ROOT, run_everywhere

MESSAGES = {"dictionary": "{ 'a': 1 }", "list": "[ 1, [ 2, 'x' ] ]", "undefined": "undefined", "fraction": "5.5",
            "whole": "5", "boolean": "true", "text": "'plain'"}

SOURCE = """import Exchange from './base/Exchange.js';
import { BadRequest, ExchangeError } from './base/errors.js';

export default class %(name)s extends Exchange {
    pick (value) {
        return value;
    }

    run () {
        try {
            throw new BadRequest (this.pick (%(message)s));
        } catch (e) {
            this.rethrowUncaught (e);
            if (e instanceof ExchangeError) {
                return 'unified';
            }
            return 'other';
        }
    }
}
"""

# What Node writes: String (value), and '' for undefined.
TEXTS = {"dictionary": "[object Object]", "list": "1,2,x", "undefined": "", "fraction": "5.5", "whole": "5",
         "boolean": "true", "text": "plain"}
VALUES = {"dictionary": {"a": 1}, "list": [1, [2, "x"]], "undefined": None, "fraction": 5.5, "whole": 5.0,
          "boolean": True, "text": "plain"}


def test_any_message_makes_the_unified_error(tmp_path):
    sources = {f"message_{name}": SOURCE % {"name": f"message_{name}", "message": message}
               for name, message in MESSAGES.items()}
    runs = run_everywhere(str(tmp_path), sources)
    for runtime, results in runs.results.items():
        for name in sources:
            # (before: PHP's TypeError, 'other', for the dictionary and the list)
            assert results[name] == {"result": "unified"}, (runtime, name)


def test_python_writes_the_message_as_javascript_does():
    sys.path.insert(0, os.path.join(ROOT, "python"))
    from exchangekit.base.errors import BadRequest

    assert {name: str(BadRequest(value)) for name, value in VALUES.items()} == TEXTS


def test_php_writes_the_message_as_javascript_does():
    script = ("require 'php/base/autoload.php'; $values = json_decode($argv[1], true); $texts = [];"
              "foreach ($values as $name => $value) { $texts[$name] = (new \\exchangekit\\BadRequest($value))->getMessage(); }"
              "echo json_encode($texts);")
    values = {**VALUES, "whole": 5}  # (PHP's json_decode reads 5.0 as a float, which it writes as 5 too)
    completed = subprocess.run(["php", "-r", script, json.dumps(values)], cwd=ROOT, capture_output=True, text=True,
                               check=True)
    assert json.loads(completed.stdout) == TEXTS


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_node_writes_the_message_so(name):
    script = ("const { BadRequest } = await import ('./js/base/errors.js');"
              "console.log (JSON.stringify (new BadRequest (JSON.parse (process.argv[1]) ?? undefined).message));")
    completed = subprocess.run(["node", "--input-type=module", "-e", script, json.dumps(VALUES[name])], cwd=ROOT,
                               capture_output=True, text=True, check=True)
    assert json.loads(completed.stdout) == TEXTS[name]
