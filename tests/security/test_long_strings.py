"""Strings longer than V8 makes them (red-team round 14).

V8's longest string holds 2^29 - 24 (536,870,888) UTF-16 code units: past it a concatenation, a template literal, a
join or a padStart throws a RangeError in Node ("Invalid string length"), which a catch clause sees. Python and PHP made
the string: a loop that doubles a string from 'a' threw at its 29th doubling in Node (at 268,435,456 units) and built
536,870,912 characters in Python and PHP (with join: 1,073,741,823), so a catch clause took its path in Node alone.
Now every concatenation of exchange code (+, +=, a template literal: js.bounded_text, Js::boundedText), join, String
(list), a string's concat and replace, padStart and padEnd throw past the same bound in Python and PHP, as Node does
(a ValueError, an InvalidArgumentException: a catch clause sees it in every runtime, as it sees Node's RangeError).
The strings are real: each case builds 256 MiB to 512 MiB in every runtime, so the cases run one process a runtime.
"""

from __future__ import annotations

import os

import pytest

from tests.emit.compiled import ROOT, run_everywhere

SOURCE = """import Exchange from './base/Exchange.js';

export default class %(name)s extends Exchange {
    pick (value) {
        return value;
    }

    run () {
        let s = %(start)s;
        let i = 0;
        let out = 'built';
        try {
            for (i = 0; i < 40; i++) {
                %(grow)s
            }
        } catch (e) {
            this.rethrowUncaught (e);
            out = 'caught';
        }
        return [ out, i, s.length ];
    }
}
"""

# (start, growth, result: the doubling that throws and the length before it)
GROWTHS = {
    "plus": ("this.pick ('a')", "s = s + s;", ["caught", 28, 268435456]),
    "append": ("this.pick ('a')", "s += s;", ["caught", 28, 268435456]),
    "template": ("this.pick ('a')", "s = `${s}${s}`;", ["caught", 28, 268435456]),
    "chain": ("this.pick ('a')", "s = s + '' + s;", ["caught", 28, 268435456]),
    "join": ("this.pick ('a')", "s = [ s, s ].join ('');", ["caught", 28, 268435456]),
    "concat": ("this.pick ('a')", "s = s.concat (s);", ["caught", 28, 268435456]),
    "replace": ("this.pick ('a')", "s = s.replace ('a', s + 'a');", ["caught", 28, 268435456]),
    # 2^28 - 12 characters doubled are the longest string: the next doubling throws
    "exact": ("this.pick ('a'.padEnd (268435444, 'b'))", "s = s + s;", ["caught", 1, 536870888]),
    # A text known to be one is appended to in place (s += ...), checked before it changes: Python and PHP appended,
    # then threw, and the catch clause read the longer text (red-team round 43's re-read), and with a part that runs
    # code, checked before that part runs
    "typed_plus": ("'a'", "s = s + s;", ["caught", 28, 268435456]),
    "typed_append": ("'a'", "s += s;", ["caught", 28, 268435456]),
    "typed_chain": ("'a'", "s = s + s + this.pick ('');", ["caught", 28, 268435456]),
}


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    sources = {name: SOURCE % {"name": name, "start": start, "grow": grow}
               for name, (start, grow, _) in GROWTHS.items()}
    return run_everywhere(str(tmp_path_factory.mktemp("long-strings")), sources, formatted=False)


@pytest.mark.parametrize("name", sorted(GROWTHS))
def test_a_string_past_v8s_longest_throws_in_every_runtime(runs, name):
    expected = {"result": GROWTHS[name][2]}
    assert runs.results["node"][name] == expected  # (Node's RangeError, as measured)
    for runtime in ("python", "python-async", "php"):
        # (before: 'built', 29 doublings and 536,870,912 characters)
        assert runs.results[runtime][name] == expected, runtime


def test_a_character_beyond_u_ffff_counts_two_code_units(monkeypatch):
    # (the bound, lowered: 2^29 - 24 characters beyond U+FFFF are 2 GiB of Python's text)
    monkeypatch.syspath_prepend(os.path.join(ROOT, "python"))
    from exchangekit.base import js

    monkeypatch.setattr(js, "_MAX_STRING_LENGTH", 10)
    monkeypatch.setattr(js, "_SURELY_SHORT", 5)
    assert js.bounded_text("\U0001F600" * 5) == "\U0001F600" * 5  # 10 code units
    with pytest.raises(ValueError):
        js.bounded_text("\U0001F600" * 5 + "a")  # 11
    assert js.bounded_text("\u00e9" * 10) == "\u00e9" * 10
    with pytest.raises(ValueError):
        js.bounded_text("a" * 11)


def test_a_case_mapping_that_grows_a_text_is_bounded_too(monkeypatch):
    # ('\u00df' upper-cased is 'SS': 2^28 of them would be 2^29 code units; the bound lowered, as above)
    monkeypatch.syspath_prepend(os.path.join(ROOT, "python"))
    from exchangekit.base import js

    monkeypatch.setattr(js, "_MAX_STRING_LENGTH", 10)
    monkeypatch.setattr(js, "_SURELY_SHORT", 5)
    assert js.upper("\u00df" * 5) == "SS" * 5
    with pytest.raises(ValueError):
        js.upper("\u00df" * 6)


# The native helpers that write a text of their own, measured in Node at the bound: JSON.stringify and
# encodeURIComponent throw a RangeError past it, Buffer's base64 and hex encoders an Error (ERR_STRING_TOO_LONG), and
# jwt's concatenation of its parts a RangeError, each seen by a catch clause; Python and PHP wrote the text. (length of a text of '%', the helper's text of it, and its
# length: at most the bound; from a text one longer, past it)
HELPERS = {
    "json": (536870886, "this.json (s)", 536870888),
    "uri": (178956962, "this.encodeURIComponent (s)", 536870886),
    "base64": (402653166, "this.binaryToBase64 (this.encode (s))", 536870888),
    "base16": (268435444, "this.binaryToBase16 (this.encode (s))", 536870888),
    # header (36) . base64url of '"' + s + '"' . signature (43): the last concatenation is what throws
    "jwt": (402653103, "this.jwt (s, 'secret')", 536870888),
}
HELPER_SOURCE = """import Exchange from './base/Exchange.js';

export default class %(name)s extends Exchange {
    pick (value) {
        return value;
    }

    write (s) {
        return %(write)s;
    }

    run () {
        const out = [];
        const lengths = [ %(length)d, %(length)d + 1 ];
        for (let i = 0; i < lengths.length; i++) {
            const s = this.pick ('%%').padEnd (lengths[i], '%%');
            try {
                out.push (this.write (s).length);
            } catch (e) {
                this.rethrowUncaught (e);
                out.push ('caught');
            }
        }
        return out;
    }
}
"""


@pytest.fixture(scope="module")
def helper_runs(tmp_path_factory):
    sources = {f"helper_{name}": HELPER_SOURCE % {"name": f"helper_{name}", "write": write, "length": length}
               for name, (length, write, _) in HELPERS.items()}
    return run_everywhere(str(tmp_path_factory.mktemp("long-helper-texts")), sources, formatted=False)


@pytest.mark.parametrize("name", sorted(HELPERS))
def test_a_helpers_text_past_v8s_longest_throws_in_every_runtime(helper_runs, name):
    expected = {"result": [HELPERS[name][2], "caught"]}
    assert helper_runs.results["node"][f"helper_{name}"] == expected
    for runtime in ("python", "python-async", "php"):
        # (before: [536870888, 536870889] or more: the text one unit too long)
        assert helper_runs.results[runtime][f"helper_{name}"] == expected, runtime
