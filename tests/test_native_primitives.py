"""The hot primitives (transpiler.names.NATIVE_PRIMITIVES): specified in js/base/Exchange.js, left out of the
generated Python and PHP base classes, and defined by every native layer, so that a listed method missing natively
fails here rather than at run time."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import re
from decimal import ROUND_DOWN, Decimal

import pytest

from tests.base_runners import PURE_PYTHON, SOURCE_TREE, run_calls, run_calls_measured

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



def _truncated_product(number: float, factor: float) -> int:
    """number x factor without its fraction, for the decimals the shortest texts of the two numbers write."""
    product = Decimal(repr(number)) * Decimal(repr(factor))
    return int(product.to_integral_value(rounding=ROUND_DOWN))


def test_product_without_fraction_is_exact_in_every_runtime():
    # The fast paths (factor 1000: the nearest integer or its neighbour, decided by one comparison; factor 0.001 of
    # an integer: one division) against exact decimal arithmetic, on seconds, milliseconds and microseconds of
    # every magnitude a time has, with 0 to 7 decimals, signed.
    rng = random.Random(15)
    calls = []
    for _ in range(400):
        magnitude = rng.choice([1, 10, 1e3, 1e6, 1.7e9, 1e11, 9e11])
        calls.append([rng.choice([1, -1]) * round(rng.uniform(0, magnitude), rng.randint(0, 7)), 1000])
    calls += [[rng.randrange(-2**53 + 1, 2**53), 0.001] for _ in range(100)]
    calls += [[1.001, 1000], [1.0005, 1000], [-0.0004, 1000], [2.5, 3], [1e13 + 0.5, 1000]]
    expected = [_truncated_product(number, factor) for number, factor in calls]
    for runtime in ("js", "python", "php"):
        results, _ = run_calls(runtime, {"calls": [["productWithoutFraction", call] for call in calls]})
        got = [result.get("ok") for result in results]
        wrong = [(call, value, want) for call, value, want in zip(calls, got, expected) if value != want]
        assert wrong == [], f"{runtime}: {wrong[:5]}"


def test_a_python_market_with_a_key_that_is_not_a_string_is_written_as_javascript_names_it(monkeypatch):
    # JSON gives string keys only; a dict built in Python may not, and its market structure is still JavaScript's.
    monkeypatch.syspath_prepend(os.path.join(ROOT, "python"))
    from exchangekit.base.exchange import Exchange

    market = Exchange().safe_market_structure({1: "one", "id": "a", "limits": {"cost": {"min": 5}}})
    assert market["1"] == "one" and 1 not in market
    assert market["id"] == "a" and market["limits"]["cost"] == {"min": 5, "max": None}


def plain_texts() -> list[str]:
    """Plain decimal texts of every length a ticker's integers read ([-]digits[.digits], up to 39 digits), and their
    edges: -0, a point at either end, 2^53 and 2^53 + 1 (a number of 2^53 is a float to parse_number), 39 digits."""
    rng = random.Random(15)

    def plain() -> str:
        digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 39)))
        point = rng.randint(-5, len(digits))  # below 0: no point
        text = digits if point < 0 else digits[:point] + "." + digits[point:]
        return ("-" if rng.random() < 0.3 else "") + text[:40 - 1]

    return [plain() for _ in range(3000)] + ["-0", "-0.000", "0.0", "-.0", "5.", ".5", "9007199254740992", "1",
                                             "-9007199254740992", "1", "9007199254740993", "1" * 39]


def test_a_python_ticker_reads_last_and_open_from_their_integers_as_parse_number_reads_their_texts(monkeypatch):
    # safe_ticker takes the numbers of last and open from the integers its derivations read (_ticker_derivations), not
    # from their texts again: the same numbers as _parse_number's, -0 included, for plain texts of every length it reads.
    import math

    monkeypatch.syspath_prepend(os.path.join(ROOT, "python"))
    from exchangekit.base.exchange import Exchange
    from exchangekit.base.primitives import _parse_number

    exchange = Exchange()
    texts = plain_texts()
    for last, open_ in zip(texts, texts[1:] + texts[:1]):
        ticker = exchange.safe_ticker({"last": last, "open": open_})
        for key, text_ in (("last", last), ("close", last), ("open", open_)):
            want = _parse_number(text_)
            got = ticker[key]
            assert got == want and type(got) is type(want) and math.copysign(1, got) == math.copysign(1, want), \
                (key, text_, got, want)


def test_a_php_ticker_reads_last_open_vwap_and_percentage_from_their_integers_as_from_their_texts():
    # PHP's safe_ticker likewise takes last's and open's numbers from its derivations' integers, and the vwap it
    # derives (quote volume / base volume, 18 decimals) and the percentage (change * 100 / open, 16 decimals) from
    # the integers where they fit (quotient_number, from the quotient's digits): the same values as parse_number of
    # each text and of Precise's quotients, types and -0 included.
    texts = plain_texts()
    # (and quotients of few digits that go on: a percentage's 16th decimal, a vwap's 18th, are the double's)
    pairs = list(zip(texts, texts[1:] + texts[:1])) + [
        ("3.0001", "3"), ("-7.01", "7"), ("1", "3"), ("2.000001", "2"), ("0.5", "0.0000007"), ("10", "0.3")]
    script = """
        require 'php/base/autoload.php';
        $pairs = json_decode(stream_get_contents(STDIN), true);
        $exchange = new \\exchangekit\\Exchange();
        $mismatches = [];
        $same = fn ($got, $want) => var_export($got, true) === var_export($want, true);
        foreach ($pairs as [$last, $open]) {
            $vwap = \\exchangekit\\Precise::string_eq($open, '0') ? null
                : \\exchangekit\\Precise::string_div($last, $open);
            $percentage = \\exchangekit\\Precise::string_gt($open, '0') ? \\exchangekit\\Precise::string_div(
                \\exchangekit\\Precise::string_mul(\\exchangekit\\Precise::string_sub($last, $open), '100'), $open, 16) : null;
            // (with an average given too: the derivations then also read a last or open of 2^53)
            foreach ([null, '1'] as $average) {
                $ticker = $exchange->safe_ticker(['last' => $last, 'open' => $open, 'baseVolume' => $open,
                    'quoteVolume' => $last, 'average' => $average]);
                foreach ([['last', $last], ['close', $last], ['open', $open]] as [$key, $text]) {
                    if (!$same($ticker[$key], $exchange->parse_number($text))) {
                        $mismatches[] = [$key, $text, var_export($ticker[$key], true)];
                    }
                }
                if (!$same($ticker['vwap'], $exchange->parse_number($vwap))) {
                    $mismatches[] = ['vwap', "$last / $open", var_export($ticker['vwap'], true)];
                }
                if (!$same($ticker['percentage'], $exchange->parse_number($percentage))) {
                    $mismatches[] = ['percentage', "$last against $open", var_export($ticker['percentage'], true)];
                }
            }
        }
        echo json_encode($mismatches);
    """
    completed = subprocess.run(["php", "-r", script], input=json.dumps(pairs), capture_output=True, text=True,
                               timeout=300, cwd=ROOT)
    assert completed.returncode == 0, completed.stderr[-3000:]
    assert json.loads(completed.stdout) == []


@pytest.mark.parametrize("piece", [1, 2, 5, 16, 17, 64])
def test_python_scans_a_json_text_in_pieces_as_it_would_whole(monkeypatch, piece):
    # parse_json's text scans (a long integer, the brackets of the depth check) read a long text in pieces of
    # js._SCAN_PIECE characters: with pieces of a few characters, the answers are the whole text's, wherever an integer
    # or a bracket falls (at the start, across a boundary, in a multi-byte character's neighbourhood).
    monkeypatch.syspath_prepend(os.path.join(ROOT, "python"))
    from exchangekit.base import js, native_exchange

    def long_integer_whole(text: str) -> bool:
        return js._LONG_INTEGER in b"," + text.encode("utf-8", "surrogatepass").translate(js._INTEGER_DIGITS)

    def brackets_whole(text: str) -> bytes:
        return text.encode("utf-8", "surrogatepass").translate(native_exchange._SQUARE, native_exchange._NOT_BRACKETS)

    rng = random.Random(piece)
    parts = ["1", "12345678", "1234567890123456", "-", ":", ",", "[", "]", "{", "}", '"', " ", "\u00e9", "\ud83d", "a"]
    texts = ["1" * 16, "1" * 15, "x" + "1" * 16, "\u00e9" + "1" * 16, "\u0661" * 16] + \
        ["".join(rng.choice(parts) for _ in range(rng.randrange(1, 30))) for _ in range(3000)]
    monkeypatch.setattr(js, "_SCAN_PIECE", piece)
    found = 0
    for text_ in texts:
        assert b"".join(js.utf8_pieces(text_)) == text_.encode("utf-8", "surrogatepass"), text_
        assert js._may_hold_long_integer(text_) == long_integer_whole(text_), text_
        found += long_integer_whole(text_)
        assert b"".join(piece_.translate(native_exchange._SQUARE, native_exchange._NOT_BRACKETS)
                        for piece_ in js.utf8_pieces(text_)) == brackets_whole(text_), text_
    assert found > 300


def test_the_emitters_hand_a_structure_only_fields_its_builder_takes(monkeypatch):
    # The emitters write this.safeTrade ({ ... }), this.safeTicker ({ ... }) and (Python's) this.safeMarketStructure
    # ({ ... }) as calls of the builders by name (STRUCTURE_BUILDERS: Python's keywords, PHP's named arguments): every
    # key must name a parameter, and every parameter but market a key, or a field would be refused or left out.
    from transpiler.emit.expressions import MARKET_KEYS, STRUCTURE_BUILDERS
    from transpiler.emit.python import BUILDER_PARAMETERS

    monkeypatch.syspath_prepend(os.path.join(ROOT, "python"))
    from exchangekit.base.exchange import Exchange
    from exchangekit.base.primitives import _MARKET_DEFAULTS

    script = """
        require 'php/base/autoload.php';
        $names = [];
        foreach (json_decode($argv[1], true) as $builder) {
            $names[$builder] = array_map(fn ($parameter) => $parameter->getName(),
                (new ReflectionMethod(\\exchangekit\\Exchange::class, $builder))->getParameters());
        }
        echo json_encode($names);
    """
    php_builders = [snake_case(builder.name) for builder in STRUCTURE_BUILDERS.values() if "php" in builder.targets]
    completed = subprocess.run(["php", "-r", script, json.dumps(php_builders)], capture_output=True, text=True,
                               timeout=60, cwd=ROOT)
    assert completed.returncode == 0, completed.stderr[-3000:]
    php_names = json.loads(completed.stdout)
    for method, builder in STRUCTURE_BUILDERS.items():
        market = ["market"] if builder.market else []
        if "python" in builder.targets:
            python_names = python_parameters(Exchange, snake_case(builder.name))
            if builder.keys_as_keywords:  # (**fields: the keys themselves, whatever they are)
                assert python_names == ["**"] + market, method
            else:
                assert python_names == [BUILDER_PARAMETERS.get(key, snake_case(key)) for key in builder.keys] + \
                    market, method
        if "php" in builder.targets:
            assert php_names[snake_case(builder.name)] == [snake_case(key) for key in builder.keys] + market, method
    # the keys the market builder is handed are the unified market's, which its C fast path reads in their order
    assert MARKET_KEYS == tuple(_MARKET_DEFAULTS)
    c_keys = text("python/exchangekit/base/_speedups.c").split("market_key_texts[MARKET_FIELDS] = {")[1].split("};")[0]
    assert re.findall(r'"(\w+)"', c_keys) == list(MARKET_KEYS)


def python_parameters(exchange_class, name: str) -> list[str]:
    """The parameters of a method of the Python base class but self ("**" for **keywords): of its definition in
    primitives.py where the C module's method (which has no signature) takes its place."""
    import ast
    import inspect

    method = getattr(exchange_class, name)
    if inspect.isfunction(method):
        return ["**" if parameter.kind is parameter.VAR_KEYWORD else parameter.name
                for parameter in inspect.signature(method).parameters.values()][1:]
    tree = ast.parse(text("python/exchangekit/base/primitives.py"))
    [definition] = [node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef) and node.name == name]
    return [argument.arg for argument in definition.args.args][1:] + (["**"] if definition.args.kwarg else [])


# Python's market_structure (the Python emitter's form of this.safeMarketStructure ({ ... }): the keys as keywords)
# against safe_market_structure of the dictionary written out: its fields in random order and number, of the values
# the C fast path tells apart and of those it hands to the pure method. The same structure, key order included (repr),
# or the same error. With the C module, a spot market of plain dictionaries must not reach the pure method.
MARKET_BUILDER_SCRIPT = """
import json, random, sys
from exchangekit.base import primitives
from exchangekit.base.exchange import Exchange
from exchangekit.base.speedups import SPEEDUPS

class Text(str):
    pass

rng = random.Random(int(sys.argv[1]))
BOUNDS = [{"min": 1, "max": 2}, {"max": 2, "min": 1}, {"min": 1}, {}, {"min": 1, "step": 3}, None, 5, [], [1],
          {"min": {"x": 1}}]
VALUES = {
    "type": ["spot"] * 6 + ["swap", "future", "option", None, "", Text("spot"), 5, "SPOT"],
    "expiry": [None] * 4 + [1700000000000, "1700000000000", 1.5, "x"],
    "settle": [None, "USD", "BTC", "ETH", 5], "quote": [None, "USD"], "base": [None, "BTC"],
    "precision": [{"amount": 0.1, "price": 0.01}, {"price": 0.01, "amount": 0.1}, {"amount": 1}, {},
                  {"amount": 0.1, "price": 0.01, "cost": 1}, None, [], [1], 5, {"price": {"x": 1}}, {1: 2}],
}
# the unified keys, and one the C fast path does not take (the pure method writes it last, as in the dictionary)
KEYS = list(primitives._MARKET_DEFAULTS) + ["lowercaseId"]

def limits():
    if rng.random() < 0.15:
        return rng.choice([None, [], [1], 5, {}, {1: {}}])
    result = {}
    for name in rng.sample(["amount", "price", "cost", "leverage"], rng.randint(0, 4)):
        result[name] = rng.choice(BOUNDS)
    return result

def value(key):
    if key in VALUES:
        return rng.choice(VALUES[key])
    if key == "limits":
        return limits()
    return rng.choice([None, True, False, 0, 1.5, "x", "", [], {}, {"raw": 1}])

def markets(count):
    yield {}
    yield {"type": None}
    yield {"precision": None, "limits": None}
    for _ in range(count):
        keys = rng.sample(KEYS, rng.randint(0, len(KEYS)))
        yield {key: value(key) for key in keys}

def outcome(function, *arguments, **keywords):
    try:
        return repr(function(*arguments, **keywords))
    except Exception as error:
        return "raises " + type(error).__name__

exchange = Exchange()
exchange.iso8601 = lambda milliseconds: "iso %r" % (milliseconds,)
differences, count = [], 0
for market in markets(int(sys.argv[2])):
    count += 1
    built = outcome(exchange.market_structure, **market)
    if built != outcome(exchange.safe_market_structure, dict(market)):
        differences.append([repr(market), built])
# The C fast path: with the pure method made to fail, a spot market of plain dictionaries is still built, and others
# fail.
fast = None
if SPEEDUPS is not None:
    def refused(*arguments, **fields):
        raise LookupError("the pure method")
    SPEEDUPS.install({"market_structure": refused})
    fast = [outcome(exchange.market_structure, id="a", type="spot", spot=True, precision={"amount": 1},
                    limits={"amount": {"min": 1}, "leverage": {}}, info={}),
            outcome(exchange.market_structure),
            outcome(exchange.market_structure, type="swap"), outcome(exchange.market_structure, {"id": "a"}),
            outcome(exchange.market_structure, precision=[]), outcome(exchange.market_structure, expiry=1),
            outcome(exchange.market_structure, limits={"cost": 5}), outcome(exchange.market_structure, lowercaseId="a"),
            outcome(exchange.market_structure, **{"".join(["i", "d"]): "a"})]  # (a str not the interned key)
print(json.dumps({"count": count, "differences": differences[:5], "different": len(differences), "fast": fast,
                  "speedups": SPEEDUPS is not None}))
"""


@pytest.mark.parametrize("pure", [False, True], ids=["C", "pure"])
def test_the_python_market_builder_is_safe_market_structure_of_the_fields_written(pure):
    environment = SOURCE_TREE.environment()
    environment.pop("EXCHANGEKIT_PURE_PYTHON", None)
    if pure:
        environment["EXCHANGEKIT_PURE_PYTHON"] = "1"
    completed = subprocess.run([sys.executable, "-c", MARKET_BUILDER_SCRIPT, "15", "20000"], capture_output=True,
                               text=True, timeout=300, env=environment, cwd=os.path.join(ROOT, "python"))
    assert completed.returncode == 0, completed.stderr[-3000:]
    report = json.loads(completed.stdout)
    assert report["speedups"] is not pure and report["count"] > 20000
    assert report["different"] == 0, report["differences"]
    if not pure:
        assert report["fast"][0].startswith("{'id': 'a', 'symbol': None") and report["fast"][1].startswith("{'id'")
        assert report["fast"][2:] == ["raises LookupError"] * 7


@pytest.mark.parametrize("runtime", ["js", "python", PURE_PYTHON, "php"])
def test_the_n_readers_read_each_key_as_their_loop_reaches_it(runtime):
    # safeValueN (dictionary, keys) of keys that are no list reads keys[i] while i < keys.length and returns at the
    # first value found: a file's { 'length': 2 ** 24, '0': 'a' } was 'a' at once in Node, where Python and PHP read
    # every key first (PHP's memory ran out at a billion, an error no code catches).
    def calls(length):
        return {"calls": [["safeValueN", [{"a": 1}, {"length": length, "0": "a"}]],
                          ["safeStringN", [{"b": "x"}, {"length": length, "0": "a", "1": "b"}]]]}
    short, short_peak = run_calls_measured(runtime, calls(2))
    long, long_peak = run_calls_measured(runtime, calls(2 ** 24))
    assert short == long == [{"ok": 1}, {"ok": "x"}]
    assert long_peak - short_peak < 16 * 2**20
