"""Values that a file writes out as text where the runtimes differ (red-team round 13).

JSON.stringify of a list nested thousands deep threw a RangeError in Node (near 4,000 levels), which a catch clause
saw, where Python and PHP wrote the text: a depth of the file's choosing took another path, another order side, in
Node alone. SUB-E006 refuses JSON.stringify in exchanges; this.json writes the same text and refuses more than 1,000
levels in every runtime. A dictionary or list put into itself (`order['self'] = order`, `levels.push (levels)`) was a
cycle in Node and Python and a copy in PHP: JSON.stringify threw a TypeError in Node, never ended in Python (its memory
grew until the machine's was gone) and wrote the copy in PHP; '' + list was '1,' in Node, a native error in Python and
'1,1' in PHP. SUB-D007 refuses the change.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.base_runners import ROOT, SOURCE_TREE
from tests.emit.compiled import run_everywhere
from transpiler.emit.compile import compile_source
from transpiler.emit.result import CompileError
from transpiler.source import SourceFile

DEEP = """import Exchange from './base/Exchange.js';

export default class %(name)s extends Exchange {
    pick (value) {
        return value;
    }

    run () {
        let x = [];
        for (let i = 1; i < this.pick (6000); i++) {
            x = [ x ];
        }
        let side = 'buy';
        try {
            const text = %(write)s (x);
        } catch (e) {
            this.rethrowUncaught (e);
            side = 'sell';
        }
        return side;
    }
}
"""

CYCLES = {
    "dictionary": "const order = { 'id': '1' };\n        order['self'] = order;\n        return this.json (order);",
    "list": "const levels = [ 1 ];\n        levels.push (levels);\n        return '' + levels;",
    "nested": "const book = { 'bids': [] };\n        book['more'] = [ { 'book': book } ];\n        return book;",
}

CYCLE = """import Exchange from './base/Exchange.js';

export default class cycle extends Exchange {
    run () {
        %s
    }
}
"""


def _findings(text: str, name: str) -> list[str]:
    try:
        compile_source(SourceFile(f"js/{name}.js", text), False)
    except CompileError as error:
        return [finding.rule for finding in error.diagnostics]
    return []


def test_json_stringify_is_refused_in_exchanges():
    # (before: it passed, and chose 'sell' in Node and 'buy' in Python and PHP)
    assert _findings(DEEP % {"name": "deep_stringify", "write": "JSON.stringify"}, "deep_stringify") == ["SUB-E006"]


def test_json_of_the_same_value_takes_one_path_in_every_runtime(tmp_path):
    runs = run_everywhere(str(tmp_path), {"deep_json": DEEP % {"name": "deep_json", "write": "this.json"}})
    for runtime in ("node", "python", "python-async", "php"):
        assert runs.results[runtime]["deep_json"] == {"result": "sell"}, runtime


@pytest.mark.parametrize("kind", sorted(CYCLES))
def test_a_value_put_into_itself_is_refused(kind):
    # (before: it passed; Python's JSON never ended on the cycle, PHP wrote a copy and Node threw)
    assert _findings(CYCLE % CYCLES[kind], "cycle") == ["SUB-D007"]


def test_a_callers_lone_surrogate_is_written_as_javascript_writes_it():
    # A str of the caller's (a param) may hold a lone surrogate, which JSON.stringify writes as its escape: Python
    # wrote it as it is, a request body that no UTF-8 encoder takes. (The subset makes none, and a response holds none.)
    values = json.dumps([{"clientOrderId": "a\ud800b", "\udc00": ["\udbff\U0001F600", "\u00e9"]}, "\ud83d"])
    scripts = {  # (each run where its package is: the tree's js/ and python/)
        "node": (ROOT, ["node", "--input-type=module", "-e", "const e = new (await import ('./js/base/Exchange.js'))"
                        ".default (); process.stdout.write (JSON.stringify (JSON.parse (process.argv[1]).map ((v) => "
                        "e.json (v))))"]),
        "python": (os.path.join(ROOT, "python"), [sys.executable, "-c", "import json, sys; from exchangekit.base"
                   ".exchange import Exchange; print(json.dumps([Exchange().json(v) for v in "
                   "json.loads(sys.argv[1])]))"]),
    }
    written = {name: json.loads(subprocess.run(command + [values], capture_output=True, text=True, check=True, cwd=cwd,
                                               env=SOURCE_TREE.environment()).stdout)
               for name, (cwd, command) in scripts.items()}
    assert written["python"] == written["node"]
    assert written["python"][1] == '"\\ud83d"'
