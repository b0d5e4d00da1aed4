"""Differential fuzzing of whole exchanges: every fixture case that has a JSON response (tests/fixtures/exchanges, what
`exkit certify` plays) is played with PER_CASE mutated copies of it in Node, Python sync, Python asyncio and PHP,
through the certify harness's runners (one process per exchange and runtime, fetch answered at the HTTP layer with
the body as text), and the outcomes are compared whole with Node's: the requests sent, the error class, and the result
with its dictionaries' keys in order.

    .venv/bin/python bench/differential/responses.py SEED PER_CASE [exchange,...] [method,...]

A body is changed one to three times, edge-biased: a value of another type (null, missing, a list, a dictionary, a
boolean, a number for a text and the reverse), a numeric text or a number written at the edges (gen.py's: '1e21', '-0',
'0x10', '1_000', other scripts' digits, 330 digits, 18+ decimals, exponents past a double), a time at the edges
(negative, 1e13, fractional, ISO texts of odd zones, leap seconds), keys reordered, duplicated (the JSON text holds
the key twice), integer-like or named `constructor`, `toString`, `__proto__`..., lists emptied or made long, texts
beyond ASCII. The mutation harness is tests/security/test_mutated_responses.py's; only the documented differences of
the data models are allowed (tests/runtime_outcomes.py), counted apart as compare.py counts them (failclosed,
phpmodel). Each exchange's mutated fixture and the differences are added to $OUT/<exchange>.json (default
/tmp/exkit-responses; a JSON line a run) for replay. RUNTIMES=js,spec,python,python-async,php also compares Node
running the specification of its native primitives (run_exchange_spec.mjs); MARKETS=1 mutates the fixture's markets
(those setMarkets gives every case, which a server's fetchMarkets chooses in use) PER_CASE times and plays the cases
as they are with each; JOBS exchanges run at once (2); MAX divergent cases are printed an exchange (3)."""

import collections
import concurrent.futures
import json
import math
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path[:0] = [HERE, ROOT]

import gen  # noqa: E402
from tests.runtime_outcomes import disagreement  # noqa: E402
from tests.security.test_mutated_responses import FIXTURES, locations, mutated_fixture  # noqa: E402
from transpiler.harness.agreement import as_php_holds  # noqa: E402
from transpiler.harness.fixtures import runner_input  # noqa: E402
from transpiler.harness.signatures import with_verified_signatures  # noqa: E402
from transpiler.harness.run import RUNTIMES, Library, RunnerError, run_cases, run_exchange_code  # noqa: E402

# Node with the specification of its native primitives, beside the certify runners' runtimes (RUNTIMES=... to choose)
SPECIFICATION = ["node", os.path.join(HERE, "run_exchange_spec.mjs")]
COMPARED = os.environ.get("RUNTIMES", ",".join(RUNTIMES)).split(",")

MAX_BODY = 1 << 20
JSON_NUMBER = r"-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?"
EDGE_TEXTS = ["1e21", "-0", "0.1e-7", "  1", "1_000", "Infinity", "0x10", "1" * 40, "0." + "1" * 19, "٣.٥", "१२", "１２",
              "1.000000000000000001", "12345678901234567890123", "-1e-7", "1e-7", "9007199254740993", "0.0", "-0.0"]
TIMES = ["-1", "-1700000000000", "1e13", "10000000000000", "1700000000000.5", "1700000000.999", "0", "8.64e15",
         "8640000000000001", "253402300800000", "1483228800000"]
TIME_TEXTS = ["2016-12-31T23:59:60Z", "2024-01-01T00:00:00+14:00", "2024-01-01T00:00:00-12:00",
              "2024-01-01T00:00:00+0530", "2024-01-01T24:00:00Z", "2024-01-01T00:00:00.999999999Z",
              "2024-01-01 00:00:00 UTC", "2024-01-01T00:00:00",
              "1969-12-31T23:59:59.999Z", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999Z", "2024-02-30T00:00:00Z",
              "Sun, 31 Dec 2016 23:59:60 GMT", "1700000000", "1700000000000", "2024-01-01T00:00:00.5+01:00"]
HOSTILE_KEYS = ["constructor", "toString", "__proto__", "valueOf", "hasOwnProperty", "length", "prototype", "then",
                "toJSON", "0", "1", "01", "-1", "4294967294", "4294967295", "1.5", "", " id"]
UNICODE = ["\u0130", "\u00df", "BTC\u0301", "\U0001F600", "\u202eBTC", "\uff22\uff34\uff23", "btc\u200b",
           "\u03a3\u03a3", "\u0661\u0662", "\u1e9e", "\u01c5", "ETH/\u00e9"]


class Raw(str):
    """A number written into the JSON text as it is (JSON's own syntax: '-0', '1e400', 330 digits)."""


class Twin(str):
    """A key that a dictionary already holds, written a second time into the JSON text (a duplicated key)."""

    __hash__ = object.__hash__

    def __eq__(self, other):
        return self is other


def decoded(value):
    """A value of gen.py's tags as the JSON this driver writes: a $n number raw, $o a dictionary, undefined missing."""
    if isinstance(value, list):
        return [decoded(item) for item in value if item != gen.U]
    if isinstance(value, dict):
        if "$n" in value:
            text = value["$n"]
            return Raw(text) if re.fullmatch(JSON_NUMBER, text) else text
        if "$o" in value:
            return {key: decoded(item) for key, item in value["$o"] if item != gen.U}
        if "$h" in value:
            return [None] * value["$h"]
    return value


def is_time(key, old) -> bool:
    return isinstance(key, str) and any(word in key.lower() for word in ("time", "date", "ts", "created", "updated")) \
        or isinstance(old, (int, float)) and not isinstance(old, bool) and old > 1e9


def replacement(rng: random.Random, key, old):
    """A new value for old (at key), or gen.U to drop it."""
    kind = rng.choice(["type", "type", "number", "number", "time", "unicode", "gen", "list"])
    if kind == "time" or kind == "number" and is_time(key, old) and rng.random() < 0.7:
        return rng.choice([Raw(rng.choice(TIMES)), rng.choice(TIMES), rng.choice(TIME_TEXTS), decoded(gen.timestamp()),
                           gen.date_text()])
    if kind == "number":
        choice = rng.choice(EDGE_TEXTS + [gen.numeric_text(), gen.numeric_text(), decoded(gen.number())])
        if isinstance(choice, str) and rng.random() < 0.3 and re.fullmatch(JSON_NUMBER, choice.strip()):
            return Raw(choice.strip())
        return choice
    if kind == "unicode":
        return rng.choice([str(old) + rng.choice(UNICODE), rng.choice(UNICODE), gen.string()])
    if kind == "gen":
        return decoded(gen.value())
    if kind == "list":
        if isinstance(old, list) and old:
            return rng.choice([[], old * rng.choice([2, 50, 1000]), list(reversed(old)), old[:1]])
        return rng.choice([[], [old], [old, old]])
    return rng.choice([gen.U, None, True, False, 0, 1, "0", "1", "true", "false", [], {}, {"x": old}, [old],
                       str(old) if not isinstance(old, (dict, list)) else "[object Object]",
                       Raw(str(old)) if isinstance(old, str) and re.fullmatch(JSON_NUMBER, old) else 12.5])


def mutated_keys(rng: random.Random, parent: dict) -> str:
    """Reorders, duplicates or renames the keys of parent; what it did."""
    keys = list(parent)
    kind = rng.choice(["reorder", "duplicate", "rename", "add"])
    if kind == "reorder":
        rng.shuffle(keys)
        items = [(key, parent[key]) for key in keys]
    elif kind == "duplicate" and keys:
        twin = rng.choice(keys)
        items = list(parent.items()) + [(Twin(twin), replacement(rng, twin, parent[twin]))]
        rng.shuffle(items)
        kind = f"duplicate {twin!r}"
    else:
        name = rng.choice(HOSTILE_KEYS + [gen.key()])
        victim = rng.choice(keys) if keys and kind == "rename" else None
        items = [(name if key == victim else key, value) for key, value in parent.items() if name != key or victim]
        if victim is None:
            items.insert(rng.randint(0, len(items)), (name, decoded(gen.value())))
        kind = f"{kind} {name!r}" + (f" for {victim!r}" if victim else "")
    parent.clear()
    parent.update((key, value) for key, value in items if value is not gen.U)
    return kind


def json_text(value) -> str:
    if isinstance(value, Raw):
        return str(value)
    if isinstance(value, dict):
        return "{" + ",".join(json.dumps(str(key)) + ":" + json_text(item) for key, item in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ",".join(json_text(item) for item in value) + "]"
    return json.dumps(value)


def mutated(rng: random.Random, body) -> tuple[str, list[str]]:
    """body changed one to three times (a value, a dictionary's keys, or the whole body), as JSON text, and what
    changed (the mutate of mutated_fixture)."""
    body, changes = json.loads(json.dumps(body)), []
    gen.R = rng
    for _ in range(rng.randint(1, 3)):
        if len(json_text(body)) > MAX_BODY:  # (a list made long twice over: a result past the runners' 64 MiB)
            break
        paths = [()] + list(locations(body))
        path = rng.choice(paths)
        parent = body
        for key in path[:-1]:
            parent = parent[key]
        target = parent[path[-1]] if path else body
        if isinstance(target, dict) and rng.random() < 0.5:
            changes.append(f"{mutated_keys(rng, target)} at /{'/'.join(map(str, path))}")
            continue
        new = replacement(rng, path[-1] if path else None, target)
        if not path:
            body = target if new is gen.U else new
        elif new is gen.U:
            del parent[path[-1]]
        else:
            parent[path[-1]] = new
        changes.append(f"{'drop' if new is gen.U else json_text(new)[:60]} at /{'/'.join(map(str, path))}")
    return json_text(body), changes


def order_difference(node, other, path="$") -> str | None:
    """Where two results alike but for order list a dictionary's keys in another order."""
    if isinstance(node, dict) and isinstance(other, dict):
        if list(node) != list(other):
            return f"{path}: keys {list(node)[:8]} in node, {list(other)[:8]} here"
        pairs = ((f"{path}.{key}", node[key], other[key]) for key in node)
    elif isinstance(node, list) and isinstance(other, list):
        pairs = ((f"{path}[{index}]", mine, theirs) for index, (mine, theirs) in enumerate(zip(node, other)))
    else:
        return None
    return next((found for found in (order_difference(mine, theirs, where) for where, mine, theirs in pairs) if found),
                None)


def ambiguous(value) -> bool:
    """Whether value holds a dictionary PHP holds as a list (empty, or keyed "0" to "n-1"): README, "Known
    differences"."""
    if isinstance(value, dict):
        return list(value) == [str(index) for index in range(len(value))] or any(map(ambiguous, value.values()))
    return isinstance(value, list) and any(map(ambiguous, value))


def kind(runtime: str, body: str, outcome: dict) -> str:
    """diverge, or a documented difference: failclosed (Unportable in Python or PHP: the call fails, no path is
    taken) or phpmodel (a response of a dictionary that PHP takes for a list)."""
    if outcome.get("throws", "").startswith("Unportable"):
        return "failclosed"
    if runtime == "php" and ambiguous(json.loads(body)):
        return "phpmodel"
    return "diverge"


def played_in(runtime: str, fixture: dict, library: Library) -> list[dict]:
    """run_cases, or with spec the same cases in Node running the specification of its native primitives."""
    if runtime != "spec":
        return run_cases(library, runtime, fixture)
    played = runner_input(fixture)
    return with_verified_signatures(played, run_exchange_code(SPECIFICATION, played, library, "spec"))


def as_parsed(value):
    """value as parseJson makes a response in every runtime: without its dictionaries' null entries (undefined) and
    with its integers beyond 2^53 the nearest double, where the runners hand the markets to setMarkets as their own JSON
    reads them (null in Node, None in Python and PHP; Python's integers exact). A number beyond a double's range, which
    the runners' JSON cannot carry, is left out as null is."""
    if isinstance(value, dict):
        return {key: as_parsed(item) for key, item in value.items() if as_parsed(item) is not None}
    if isinstance(value, list):
        return [as_parsed(item) for item in value]
    if type(value) is int and abs(value) > 2 ** 53:
        value = float(value) if abs(value) < 1e308 else math.inf
    return value if not isinstance(value, float) or math.isfinite(value) else None


def with_mutated_markets(fixture: dict, seed: int) -> tuple[dict, list[str]]:
    """The fixture with its markets (what setMarkets gives every case: a server's fetchMarkets in use) changed as a
    response is, its cases as they are, and the labels of its cases; as JSON reads it (a raw number beyond a double is
    null, a duplicated key the last), since the runners read markets as part of their input."""
    rng = random.Random(f"{fixture['exchange']}/markets/{seed}")
    markets = None
    while not isinstance(markets, list):  # (the fixture's schema: a list of markets)
        text, changes = mutated(rng, fixture["markets"])
        markets = as_parsed(json.loads(text, parse_constant=lambda name: None))
    labels = [f"{method}[{index}], markets: {'; '.join(changes)}"
              for method, specs in fixture["methods"].items() for index, _ in enumerate(specs)]
    return dict(fixture, markets=markets), labels


def compared(exchange: str, per_case: int, seed: int, methods: list[str]) -> tuple[list[str], list[str]]:
    """The labels of an exchange's mutated cases, and the differences found: "[kind] exchange label (runtime)\n how".
    With MARKETS set, the fixture's cases as they are, with its markets mutated (one process per runtime a copy)."""
    fixture = dict(FIXTURES[exchange])
    if methods:
        fixture["methods"] = {name: specs for name, specs in fixture["methods"].items() if name in methods}
    if os.environ.get("MARKETS"):
        labels, problems = [], []
        for copy in range(per_case):
            found = compared_fixture(exchange, *with_mutated_markets(fixture, seed * 1000 + copy))
            labels += found[0]
            problems += found[1]
        return labels, problems
    return compared_fixture(exchange, *mutated_fixture(fixture, per_case, mutated, f"/{seed}"))


def compared_fixture(exchange: str, played: dict, labels: list[str]) -> tuple[list[str], list[str]]:
    library = Library.source_tree(ROOT)
    outcomes, problems = {}, []
    cases = [case for specs in played["methods"].values() for case in specs]
    bodies = [case["responses"][int(label.split(", response ")[1].split(":")[0])]["body"] if ", response " in label
              else json.dumps(played["markets"]) for case, label in zip(cases, labels)]
    for runtime in COMPARED:
        try:
            outcomes[runtime] = played_in(runtime, played, library)
        except RunnerError as error:
            return labels, [f"[diverge] {exchange}: the {runtime} runner failed: {str(error)[:500]}"]
    for position, label in enumerate(labels):
        node = outcomes[COMPARED[0]][position]
        for runtime in COMPARED[1:]:
            other = outcomes[runtime][position]
            found = disagreement(node, other, runtime == "php")
            if not found and "ok" in node:
                found = order_difference(as_php_holds(node["ok"]), as_php_holds(other.get("ok")))
            if found:
                problems.append(f"[{kind(runtime, bodies[position], other)}] {exchange} {label} ({runtime})\n{found}")
    out = os.environ.get("OUT", "/tmp/exkit-responses")
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, f"{exchange}.json"), "a") as file:
        file.write(json.dumps({"fixture": played, "labels": labels, "problems": problems}) + "\n")
    return labels, problems


def main():
    seed, per_case = int(sys.argv[1]), int(sys.argv[2])
    exchanges = sys.argv[3].split(",") if len(sys.argv) > 3 and sys.argv[3] else sorted(FIXTURES)
    methods = sys.argv[4].split(",") if len(sys.argv) > 4 else []
    total = differing = 0
    per_method = collections.Counter()
    with concurrent.futures.ThreadPoolExecutor(int(os.environ.get("JOBS", "2"))) as pool:
        for exchange, (played, problems) in zip(exchanges, pool.map(
                lambda exchange: compared(exchange, per_case, seed, methods), exchanges)):
            total += len(played)
            per_method.update(label.split("[")[0] for label in played)
            kinds = collections.Counter(problem[1:problem.index("]")] for problem in problems)
            differing += kinds["diverge"]
            print(f"{exchange}: {len(played)} cases, differences: {dict(kinds)}", flush=True)
            divergent = [problem for problem in problems if problem.startswith("[diverge]")]
            for problem in divergent[:int(os.environ.get("MAX", "3"))]:
                print("  " + problem.replace("\n", "\n    ")[:1500], flush=True)
    print(f"{len(exchanges)} exchanges, {len(per_method)} methods, {total} mutated cases, {differing} divergent")
    print("cases per method: " + ", ".join(f"{name} {count}" for name, count in per_method.most_common()))


if __name__ == "__main__":
    main()
