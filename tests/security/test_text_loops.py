"""A loop over a long text's characters costs what the text's length says in every runtime (red-team round 35).

PHP's slice walked the whole text at every call (strpbrk, mb_strlen, mb_substr to the offset), and its .length
remembered one text alone: a loop of text.slice (i, i + 1) over 256 KB took PHP 399 s (Node 5 ms, Python 0.25 s),
and reading two 64 KB texts' lengths in turn 25 s, so a server's long field could hold a PHP user's process for hours.
PHP now remembers the lengths and code units of the last 16 long texts and cuts ASCII by bytes. At the sizes below
the old cost runs past the runner's time limit (600 s); now each program takes well under a second.
"""

from __future__ import annotations

import pytest

from tests.emit.compiled import run_everywhere

SOURCE = """import Exchange from './base/Exchange.js';

export default class %(name)s extends Exchange {
    run () {
        let a = %(a)s;
        let b = %(b)s;
        for (let k = 0; k < 16; k++) {
            a = a + a;
            b = b + b;
        }
        let count = 0;
        let units = 0;
        for (let i = 0; i < a.length; i++) {
            if (i < b.length) {
                units = units + 1;
            }
            if (a.slice (i, i + 1) === %(wanted)s) {
                count = count + 1;
            }
        }
        return [ a.length, units, count, a.slice (a.length - 3), b.slice (1, 4) ];
    }
}
"""

TEXTS = {  # 512 Ki code units each: ASCII, and characters of two bytes in UTF-8 (which PHP cut with mb_substr)
    "ascii_text_loop": ("'abcdefgh'", "'ABCDEFGH'", "'a'"),
    "accented_text_loop": ("'\\u00e9bcdefgh'", "'\\u00c9BCDEFGH'", "'\\u00e9'"),
}


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    sources = {name: SOURCE % {"name": name, "a": a, "b": b, "wanted": wanted}
               for name, (a, b, wanted) in TEXTS.items()}
    return run_everywhere(str(tmp_path_factory.mktemp("text_loops")), sources)


@pytest.mark.parametrize("runtime", ["python", "python-async", "php"])
@pytest.mark.parametrize("name", sorted(TEXTS))
def test_a_loop_over_long_texts_is_linear(runs, runtime, name):
    expected = runs.results["node"][name]
    assert expected["result"][:3] == [524288, 524288, 65536], expected
    assert runs.results[runtime][name] == expected


# Read in turn, more texts than a runtime remembers: Python remembered the code units of 16 texts (any text not
# ASCII was scanned to tell whether it holds a character beyond U+FFFF), PHP the lengths of 16, and forgot the oldest
# first, so 17 texts of 8 KB took Python 15 s and PHP 5 s, and a loop over one text that measured a new long slice at
# each step forgot the text (229 KB, PHP 10 s; red-team round 36). Python now tells a text without such a character
# by its size, PHP remembers 64 texts and forgets the one read longest ago.
MANY = """import Exchange from './base/Exchange.js';

export default class many_texts_loop extends Exchange {
    run () {
        const texts = [];
        for (let j = 0; j < 17; j++) {
            texts.push (('\\u00e9' + j.toString ()).padEnd (65536, 'a'));
        }
        let count = 0;
        for (let i = 0; i < 65536; i++) {
            for (let j = 0; j < 17; j++) {
                if (texts[j].charAt (i) === 'a') {
                    count = count + 1;
                }
            }
        }
        const parts = [];
        for (let j = 0; j < 60000; j++) {
            parts.push (j.toString ());
        }
        const joined = parts.join (',');
        let windows = 0;
        for (let i = 0; i < joined.length; i++) {
            if (joined.slice (i, i + 300).length === 300) {
                windows = windows + 1;
            }
        }
        return [ count, joined.length, windows ];
    }
}
"""


def test_a_loop_over_more_texts_than_remembered_is_linear(tmp_path):
    runs = run_everywhere(str(tmp_path), {"many_texts_loop": MANY})
    expected = runs.results["node"]["many_texts_loop"]
    assert expected == {"result": [17 * 65536 - 17 * 2 - 7 * 1, 348889, 348590]}, expected
    for runtime in ("python", "python-async", "php"):
        assert runs.results[runtime]["many_texts_loop"] == expected, runtime
