"""What a value of the file's or a response's choosing cannot tell apart between the runtimes (red-team round 15).

- A cut through a surrogate pair (`text.slice (0, n)`, `charAt`, `text[i]`, `split ('')`, a fill cut by padStart) makes
  a lone surrogate in Node and goes on; Python and PHP, whose texts hold none, raised a native ValueError, which a catch
  clause that opens with `this.rethrowUncaught (e)` saw: `try { head = name.slice (0, 8); } catch (e) { ...; side =
  'sell'; }` chose 'sell' in Python and PHP alone for a response's name with an emoji across the cut. It is Unportable
  now: the call fails there, no catch sees it.
- parseInt's radix is ToInt32 of the argument: a radix of 4294967306 is 10 in Node, where Python and PHP gave NaN.
- -0, which `1 / x` tells from 0 (-Infinity, Infinity): Python's and PHP's ints have none, so `-x` of 0, `-3 * 0`,
  `0 / -5` (PHP), a response's `-0` (`JSON.parse`), `safeInteger` of -0.5 (Python) and `safeTimestamp` of -0.0001 or
  `safeIntegerProduct (..., 0.001)` of -1 were 0 there and -0 in Node.
"""

from __future__ import annotations

import pytest

from tests.emit.compiled import run_everywhere
# (a file whose run () takes 'sell' where a catch clause saw the attempt's error: round 12's)
from tests.security.test_uncaught_differences import SOURCE as CATCH

CUTS = {
    "cut_slice": "const text = this.pick ('a\\u{1F600}b').slice (0, 2);",
    "cut_char_at": "const text = this.pick ('a\\u{1F600}b').charAt (1);",
    "cut_element": "const text = this.pick ('a\\u{1F600}b')[2];",
    "cut_split": "const parts = this.pick ('a\\u{1F600}b').split ('');",
    "cut_fill": "const text = 'x'.padStart (2, this.pick ('\\u{1F600}'));",
}

VALUES = """import Exchange from './base/Exchange.js';

export default class signs_and_radixes extends Exchange {
    pick (value) {
        return value;
    }

    signOf (x) {
        return (1 / x > 0) ? '+' : '-';
    }

    run () {
        const zero = this.pick (0);
        const response = this.parseJson (this.pick ('{"a":-0,"b":[ -0 ,1],"c":"x:-0,","d":-0.5,"e":-0e1}'));
        return [
            this.signOf (-zero), this.signOf (-this.pick (-0)), this.signOf (-this.pick ('0')), this.signOf (-this.pick ('')),
            this.signOf (this.pick (-3) * zero), this.signOf (zero * -1), this.signOf (this.pick ('-2') * this.pick ('0')),
            this.signOf (zero / this.pick (-5)), this.signOf (this.pick ('0') / this.pick ('-5')),
            this.signOf (this.pick (-0) * this.pick (-5)), this.pick (-2) * this.pick (3), -this.pick (5),
            this.signOf (response['a']), this.signOf (response['b'][0]), response['c'], this.signOf (response['e']),
            this.signOf (this.parseJson (this.pick ('-0'))), this.signOf (this.parseJson (this.pick ('[\\n-0\\n]'))[0]),
            this.signOf (this.parseJson (this.pick ('{"a":-0,"big":12345678901234567890}'))['a']),
            this.parseJson (this.pick ('{"a":"-0","b":"2020-01-01"}'))['a'],
            this.signOf (this.safeInteger (response, 'd')), this.signOf (this.safeInteger ({ 'a': '-0' }, 'a')),
            this.signOf (this.safeTimestamp ({ 'a': this.pick (-0.0001) }, 'a')),
            this.signOf (this.safeTimestamp ({ 'a': this.pick (-0.0005) }, 'a')),
            this.signOf (this.safeTimestamp ({ 'a': this.pick (-0) }, 'a')),
            this.safeTimestamp ({ 'a': this.pick (-0.0006) }, 'a'),
            this.signOf (this.safeIntegerProduct ({ 'a': this.pick (-1) }, 'a', 0.001)),
            parseInt (this.pick ('11'), this.pick (4294967306)), parseInt (this.pick ('11'), this.pick (-4294967280)),
            parseInt (this.pick ('11'), this.pick (4294967296)), parseInt (this.pick ('11'), this.pick (1e20)),
            parseInt (this.pick ('11'), this.pick (-4294967294.5)), parseInt (this.pick ('11'), this.pick (1e300)),
            parseInt (this.pick ('0x11'), this.pick (4294967312)), parseInt (this.pick ('11'), this.pick (36.99)),
        ];
    }
}
"""

# As Node gives them (before: "+" for every "-" but those of -0 * -5 and -(-0), -0e1 and the PHP safeInteger of '-0'
# and -0.5 and timestamp of -0.0001; NaN for the radixes of 2^32 + 10, -2^32 + 16, 2^32, -4294967294.5, 1e300 and
# 2^32 + 16 in Python and PHP)
EXPECTED = ["-", "+", "-", "-", "-", "-", "-", "-", "-", "+", -6, -5, "-", "-", "x:-0,", "-", "-", "-", "-", "-0",
            "-", "-", "-", "-", "-", 0, "-", 11, 17, 11, {"$number": "NaN"}, 3, 11, 17, 37]


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    sources = {name: CATCH % {"name": name, "attempt": attempt} for name, attempt in CUTS.items()}
    sources["signs_and_radixes"] = VALUES
    return run_everywhere(str(tmp_path_factory.mktemp("signs")), sources)


@pytest.mark.parametrize("name", sorted(CUTS))
def test_node_cuts_a_pair_and_goes_on(runs, name):
    assert runs.results["node"][name] == {"result": "buy"}


@pytest.mark.parametrize("runtime", ["python", "python-async", "php"])
@pytest.mark.parametrize("name", sorted(CUTS))
def test_a_cut_pair_fails_the_call_rather_than_take_the_catch(runs, runtime, name):
    # (before: {"result": "sell"}: a native ValueError, which the catch clause saw)
    assert runs.results[runtime][name] == {"error": "native"}


@pytest.mark.parametrize("runtime", ["node", "python", "python-async", "php"])
def test_signs_of_zero_and_radixes_agree(runs, runtime):
    assert runs.results[runtime]["signs_and_radixes"] == {"result": EXPECTED}
