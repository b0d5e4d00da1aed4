"""A text's case maps alike in every runtime, or not at all (red-team round 13).

Case mappings follow each runtime's Unicode tables: Node's ICU gives letters a case that Python 3.11's and PHP 8.2's
(Unicode 14) do not ('\\u019b'.toUpperCase () is U+A7DC in Node 20 and itself elsewhere), and PHP 8.2 lowered a final
capital sigma to σ where Node and Python write ς. A file compared a text of its own with its case mapping and took
another order side in Node alone. Python and PHP now map a text beyond ASCII only where every character is mapped in
Unicode 14 (a case pair stays one in later versions) or lies in a block without case, and raise Unportable (which no
catch clause of exchange code sees) for any other: what they map is what Node maps, character by character, below.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.base_runners import ROOT
from tests.emit.compiled import run_everywhere

TEXTS = [chr(code) for code in range(0x80, 0x10000) if not 0xD800 <= code <= 0xDFFF] + [
    "\U0001F600", "\U00010400", "\U0001E900", "\U00020000", "ΑΣ", "ΣΑ", "ΑΣ Α", "İ", "ß", "ǅ", "Straße", "ﬀ"]

NODE = "const texts = JSON.parse (require ('fs').readFileSync (0, 'utf8'));\n" \
       "console.log (JSON.stringify (texts.map ((t) => [ t.toUpperCase (), t.toLowerCase () ])));\n"
PYTHON = """import json, sys
from exchangekit.base import js
def mapped(function, text):
    try:
        return function(text)
    except js.Unportable:
        return None
texts = json.loads(sys.stdin.read())
print(json.dumps([[mapped(js.upper_case, t), mapped(js.lower_case, t)] for t in texts], ensure_ascii=False))
"""
PHP = """<?php
require '%s';
function mapped($function, $text) {
    try {
        return \\exchangekit\\Js::$function($text);
    } catch (\\exchangekit\\Unportable $unportable) {
        return null;
    }
}
$texts = json_decode(stream_get_contents(STDIN));
$out = [];
foreach ($texts as $text) {
    $out[] = [mapped('upperCase', $text), mapped('lowerCase', $text)];
}
echo json_encode($out, JSON_UNESCAPED_UNICODE);
""" % os.path.join(ROOT, "php", "base", "autoload.php")


def _run(command: list[str], env: dict | None = None) -> list:
    completed = subprocess.run(command, input=json.dumps(TEXTS), capture_output=True, text=True, check=True,
                               env=env, timeout=300)
    return json.loads(completed.stdout)


@pytest.fixture(scope="module")
def mappings():
    return {"node": _run(["node", "-e", NODE]),
            "python": _run([sys.executable, "-c", PYTHON], dict(os.environ, PYTHONPATH=os.path.join(ROOT, "python"))),
            "php": _run(["php", "-r", PHP[len("<?php\n"):]])}


@pytest.mark.parametrize("runtime", ["python", "php"])
def test_what_python_and_php_map_is_what_node_maps(mappings, runtime):
    differing = [(text, mapped, node) for text, mapped, node in zip(TEXTS, mappings[runtime], mappings["node"])
                 if any(ours is not None and ours != theirs for ours, theirs in zip(mapped, node))]
    assert differing == []


def test_python_and_php_refuse_the_same_texts(mappings):
    refused = {runtime: [[value is None for value in pair] for pair in mappings[runtime]] for runtime in ("python", "php")}
    assert refused["python"] == refused["php"]


def test_letters_of_other_tables_are_refused_and_usual_text_mapped(mappings):
    index = {text: position for position, text in enumerate(TEXTS)}
    python = mappings["python"]
    assert python[index["\u019b"]][0] is None  # U+A7DC in Node, itself in Python and PHP
    assert python[index["ΑΣ"]][1] is None  # ας in Node and Python, ασ in PHP
    assert python[index["Straße"]] == ["STRASSE", "straße"] and python[index["é"]] == ["É", "é"]
    assert python[index["\U0001F600"]] == ["\U0001F600", "\U0001F600"] and python[index["中"]] == ["中", "中"]


SIDE = """import Exchange from './base/Exchange.js';

export default class case_tables extends Exchange {
    run () {
        let side = 'buy';
        try {
            if ('\\u019b'.toUpperCase () !== '\\u019b') {
                side = 'sell';
            }
        } catch (e) {
            this.rethrowUncaught (e);
            side = 'none';
        }
        return [ side, 'btc'.toUpperCase (), '\\u00c9TH'.toLowerCase () ];
    }
}
"""


def test_a_file_cannot_branch_on_the_runtimes_case_tables(tmp_path):
    # (before: 'sell' in Node, 'buy' in Python and PHP)
    runs = run_everywhere(str(tmp_path), {"case_tables": SIDE})
    assert runs.results["node"]["case_tables"] == {"result": ["sell", "BTC", "éth"]}
    for runtime in ("python", "python-async", "php"):
        assert runs.results[runtime]["case_tables"] == {"error": "native"}, runtime
