"""PHP's count of a long response's object members (json_members, the guard against colliding keys) also tells
whether a number outside the strings may be one json_decode reads as an integral float (Js::INTEGRAL_FLOAT), and
Js::jsonParse skips its own scan for such a number where the count's pass says none is there. A wrong "none" would
leave a 1.0 a float or a 17-digit integer exact in PHP alone: the pass must never say none where the scan finds one.

Seeded random JSON texts of every number form (fractions of zeros, exponents, runs of 15 to 19 digits, signs, those
forms inside strings and keys, escapes) are checked in PHP against INTEGRAL_FLOAT itself, and so are texts of a long
run of one number form, as a hostile server may send them, with PCRE's JIT and without."""

from __future__ import annotations

import json
import os
import random
import subprocess

from tests.base_runners import ROOT

PHP = """
require '%s';
$members = Closure::bind(fn (string $text) => \\exchangekit\\NativeExchange::json_members($text), null,
    \\exchangekit\\NativeExchange::class);
$pattern = (new ReflectionClassConstant(\\exchangekit\\Js::class, 'INTEGRAL_FLOAT'))->getValue();
$out = [];
foreach (json_decode(stream_get_contents(STDIN)) as $text) {
    $out[] = [$members($text)[1], preg_match($pattern, $text) === 1];
}
echo json_encode($out);
""" % os.path.join(ROOT, "php", "base", "autoload.php")


def number(rng: random.Random) -> str:
    digits = "0" if rng.random() < 0.2 else str(rng.randint(1, 9)) + "".join(
        rng.choice("0123456789") for _ in range(rng.choice([0, 1, 3, 8, 13, 14, 15, 16, 18])))
    text = rng.choice(["", "-"]) + digits
    if rng.random() < 0.5:
        text += "." + rng.choice(["0", "00000", "5", "50", "05", "000001", "1234567890123"])
    if rng.random() < 0.15:
        text += rng.choice("eE") + rng.choice(["", "+", "-"]) + str(rng.randint(0, 400))
    return text


def value(rng: random.Random, depth: int = 0) -> str:
    kind = rng.randrange(3 if depth > 3 else 6)
    if kind == 0:
        return number(rng)
    if kind == 1:  # a string holding what a number outside it would be, and escapes
        return json.dumps(rng.choice(["1.0", '"1e5"', "x\\1.0", "12345678901234567", ""]) + number(rng))
    if kind == 2:
        return rng.choice(["true", "false", "null"])
    items = [value(rng, depth + 1) for _ in range(rng.randrange(5))]
    if kind == 3:
        return "[" + rng.choice([",", " , "]).join(items) + "]"
    return "{" + ",".join(json.dumps(number(rng)) + rng.choice([":", " : "]) + item for item in items) + "}"


def scanned(texts: list[str], options: tuple = ()) -> list[list[bool]]:
    completed = subprocess.run(["php", *options, "-r", PHP], input=json.dumps(texts), capture_output=True,
                               text=True, check=True, timeout=300)
    return json.loads(completed.stdout)


def test_the_count_s_pass_never_says_no_integral_float_where_the_scan_finds_one():
    rng = random.Random(20261205)
    texts = [text for text in (value(rng) for _ in range(30000)) if _is_json(text)]
    results = scanned(texts)
    missed = [text for text, (maybe, found) in zip(texts, results) if found and not maybe]
    assert missed == []
    # (and the pass is no blanket "maybe": most texts without such a number are told apart)
    clear = [maybe for maybe, found in results if not found]
    assert len(texts) > 20000 and clear.count(False) > len(clear) // 2


def test_long_runs_of_number_forms_are_counted_with_pcre_s_jit_and_without():
    # (a number's characters but its first are taken in one step: a digit left for PCRE to step over costs a failed
    # match, and one a character made 10 MB of digits cost 0.2 s, where 10 MB of strings cost 0.01 s)
    forms = ["1" * 2000000, "0." + "0" * 2000000, ",".join(["1e5"] * 400000), ",".join(["1.0"] * 400000),
             ",".join(["12345678901234567"] * 100000), ",".join(["1.5"] * 400000)]
    texts = ["[" + ",".join(['{"a":1}'] * 16400) + "," + form + "]" for form in forms]
    expected = [[True, True]] * 5 + [[False, False]]
    assert scanned(texts) == expected
    assert scanned(texts, ["-d", "pcre.jit=0"]) == expected


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True
