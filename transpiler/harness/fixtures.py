"""Exchange fixtures (tests/fixtures/exchanges/<id>.json): loading, validation against fixture.schema.json, and
the comparison of what a runtime did with what the fixture expects. The runners live in runners/exchange_*."""

from __future__ import annotations

import functools
import glob
import itertools
import json
import os
import re
from dataclasses import dataclass

import jsonschema

from transpiler import strict_json
from transpiler.files import linked_component
from transpiler.names import ASCII_IDENTIFIER, is_reaching_name, is_sealed

FIXTURES_FOLDER = os.path.join("tests", "fixtures", "exchanges")  # in the project root
SCHEMA_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fixture.schema.json")


class FixtureError(Exception):
    """A fixture that does not follow the schema: the message names the file and the JSON path."""


@functools.cache
def _schema_validator() -> jsonschema.protocols.Validator:
    with open(SCHEMA_PATH, encoding="utf-8") as handle:
        schema = json.load(handle)
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    return validator_class(schema)



@dataclass(frozen=True)
class Case:
    exchange: str
    method: str
    index: int  # among the method's cases
    position: int  # among all the fixture's cases: where its outcome is in a runner's output
    spec: dict

    @property
    def id(self) -> str:
        return f"{self.exchange}.{self.method}[{self.index}]"

    @property
    def label(self) -> str:
        return case_label(self.id, self.spec.get("description"))

    @property
    def is_request_test(self) -> bool:
        """A case that shows the requests a call sends (`"requests": []`, a call that sends none, shows none)."""
        return bool(self.spec.get("requests"))

    @property
    def is_response_test(self) -> bool:
        return "result" in self.spec or "throws" in self.spec


DESCRIPTION_SHOWN = 100  # characters of a case's description in a finding (the rest often cites its source)


def case_label(case_id: str, description) -> str:
    """A case as findings name it: its id and the start of its description, which certify repeats per runtime."""
    text = str(description or "")
    if len(text) > DESCRIPTION_SHOWN:
        text = text[:DESCRIPTION_SHOWN].rsplit(" ", 1)[0] + " ..."
    return f"{case_id} [{text}]"


def linked_fixture(path: str, folder: str) -> bool:
    """Whether a file of the project's `folder` (tests/fixtures/exchanges, ...) is a symbolic link or is reached
    through a linked folder."""
    if os.path.islink(path):
        return True
    parent = os.path.dirname(os.path.abspath(path))
    if not parent.endswith(os.sep + folder):
        return False
    return linked_component(parent[:-len(folder) - 1], folder) is not None


def fixture_path(root: str, exchange_id: str) -> str:
    return os.path.join(root, FIXTURES_FOLDER, f"{exchange_id}.json")


def fixture_paths(root: str) -> list[str]:
    return sorted(glob.glob(os.path.join(root, FIXTURES_FOLDER, "*.json")))


def fixtures_by_exchange(root: str) -> dict[str, dict]:
    """Every exchange fixture of the tree, loaded, by exchange id."""
    return {fixture["exchange"]: fixture for fixture in map(load_fixture, fixture_paths(root))}


def load_fixture(path: str, shown: str | None = None) -> dict:
    """Parses and validates one fixture file, or raises FixtureError naming the file (as `shown`, by default
    relative to the current folder) and the JSON path.

    A fixture is hostile input as much as a source: one that is not a regular file, not UTF-8, too large, or nested
    more than MAX_FIXTURE_DEPTH levels deep (which crashed the JSON parser and the schema validator by recursion) is
    a FixtureError like any other mistake (parsed_fixture)."""
    shown = shown or os.path.relpath(path)
    # git stores links: one (the file, or tests/, tests/fixtures/ or its exchanges/ folder) could make the harness
    # read any file of the machine, and the schema's messages quote the values they refuse.
    if linked_fixture(path, FIXTURES_FOLDER):
        raise FixtureError(f"{shown}: a symbolic link, or in a linked folder; commit the fixture itself, not a link")
    fixture = parsed_fixture(path, shown)
    # The first errors only: their number is not bounded by the fixture's size (99,000 empty markets, 297 KB, made
    # 41 MB of messages in 29 s and 2.1 GB: red-team round 55).
    found = itertools.islice(_schema_validator().iter_errors(fixture), MAX_SCHEMA_ERRORS + 1)
    errors = sorted(found, key=lambda error: list(error.absolute_path))
    if errors:
        lines = [f"{shown}: {error.json_path}: {_clipped(error.message)}" for error in errors[:MAX_SCHEMA_ERRORS]]
        if len(errors) > MAX_SCHEMA_ERRORS:
            lines.append(f"{shown}: (and more; the first {MAX_SCHEMA_ERRORS} found are shown)")
        raise FixtureError("\n".join(lines))
    expected_id = os.path.splitext(os.path.basename(path))[0]
    if fixture["exchange"] != expected_id:
        raise FixtureError(f"{shown}: $.exchange: is {fixture['exchange']!r}, but the file is named for {expected_id!r}")
    return fixture


def _clipped(message: str) -> str:
    """A schema error's message, which quotes the value it refuses, at most MAX_MESSAGE characters of it."""
    return message if len(message) <= MAX_MESSAGE else message[:MAX_MESSAGE] + " ..."


def parsed_fixture(path: str, shown: str):
    """The JSON of a fixture file (an exchange's or a stream's), or FixtureError: one that is not a regular file,
    not UTF-8, larger than MAX_FIXTURE_BYTES, with more than MAX_FIXTURE_VALUES values or nested more than
    MAX_FIXTURE_DEPTH levels deep."""
    if not os.path.isfile(path):
        raise FixtureError(f"{shown}: not a regular file")
    with open(path, "rb") as handle:
        data = handle.read(MAX_FIXTURE_BYTES + 1)
    if len(data) > MAX_FIXTURE_BYTES:
        raise FixtureError(f"{shown}: larger than {MAX_FIXTURE_BYTES:,} bytes; a fixture's responses are excerpts")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise FixtureError(f"{shown}:{line}: not valid UTF-8 (byte 0x{data[error.start]:02x} at offset "
                           f"{error.start}); save the fixture as UTF-8") from None
    try:
        fixture = strict_json.loads(text)
    except json.JSONDecodeError as error:
        raise FixtureError(f"{shown}:{error.lineno}:{error.colno}: not valid JSON: {error.msg}") from None
    except strict_json.DuplicateKeyError as error:
        raise FixtureError(f"{shown}: {error}: write each key once") from None
    except RecursionError:
        raise FixtureError(f"{shown}: nested too deeply to read (more than {MAX_FIXTURE_DEPTH} levels are "
                           "not accepted)") from None
    # (the count first: it stops past the bound, so that the depth's walk, which names a path, reads at most that)
    if more_values_than(fixture, MAX_FIXTURE_VALUES):
        raise FixtureError(f"{shown}: more than {MAX_FIXTURE_VALUES:,} values; a fixture's responses are excerpts")
    too_deep = deeper_than(fixture, MAX_FIXTURE_DEPTH)
    if too_deep is not None:
        raise FixtureError(f"{shown}: {too_deep}: nested more than {MAX_FIXTURE_DEPTH} levels deep; exchange "
                           "responses nest a dozen levels")
    return fixture


# The fixtures of the project nest at most 12 levels; PHP's json_decode stops at 512 and recursive code in every
# runtime (the schema validator, the runners) needs a bound.
MAX_FIXTURE_DEPTH = 64
# Fixtures are read, checked and compared outside the runners' bounds: the project's largest holds 174 KB and 6,829
# values, and the schema's check costs about 85 µs a value (24 MB of empty lists took it 9 minutes and 1.9 GB:
# red-team round 54).
MAX_FIXTURE_BYTES = 2 * 1024 * 1024
MAX_FIXTURE_VALUES = 100_000
MAX_SCHEMA_ERRORS = 20
MAX_MESSAGE = 300
# The comparison of results recurses: one nested deeper (a response 511 levels deep, as every runtime reads it, in a
# result's 'info') is reported, not compared, so that it cannot crash certify.
MAX_COMPARED_DEPTH = 4 * MAX_FIXTURE_DEPTH


def deeper_than(value, limit: int) -> str | None:
    """The JSON path of the first value nested more than `limit` levels deep, or None (without recursion)."""
    pending = [(value, "$", 1)]
    while pending:
        item, path, depth = pending.pop()
        if depth > limit:
            return path
        if isinstance(item, dict):
            pending.extend((child, f"{path}.{key}", depth + 1) for key, child in item.items())
        elif isinstance(item, list):
            pending.extend((child, f"{path}[{index}]", depth + 1) for index, child in enumerate(item))
    return None


def more_values_than(value, limit: int) -> bool:
    """Whether a JSON value holds more than `limit` values, itself and those it nests (without recursion)."""
    pending, count = [value], 0
    while pending:
        item = pending.pop()
        count += 1
        if count > limit:
            return True
        if isinstance(item, dict):
            pending.extend(item.values())
        elif isinstance(item, list):
            pending.extend(item)
    return False


def cases(fixture: dict) -> list[Case]:
    pairs = [(method, index) for method, specs in fixture["methods"].items() for index in range(len(specs))]
    return [Case(fixture["exchange"], method, index, position, fixture["methods"][method][index])
            for position, (method, index) in enumerate(pairs)]


def runner_input(fixture: dict) -> dict:
    """What the runners read: every case of one exchange, with response bodies as the exact text to serve.

    The runners call each case's method by name, so a name of the request pipeline or the native layer is refused
    here, whoever asks (exkit certify also checks the names against the exchange's class: CERT-F005).
    """
    refused = [name for name in fixture["methods"]
               if not ASCII_IDENTIFIER.match(name) or is_sealed(name) or is_reaching_name(name)]
    if refused:
        raise FixtureError(f"{fixture['exchange']}: fixture cases may not call {', '.join(sorted(refused))}")

    def response(entry: dict) -> dict:
        body = entry["body"]
        return {"status": entry.get("status", 200), "headers": entry.get("headers", {}),
                "body": body if isinstance(body, str) else json.dumps(body, separators=(",", ":"), ensure_ascii=False)}

    return {
        "id": fixture["exchange"],
        "markets": fixture.get("markets"),
        "currencies": fixture.get("currencies"),
        "cases": [{"method": case.method, "args": case.spec["args"],
                   "milliseconds": case.spec.get("milliseconds", fixture["milliseconds"]),
                   "config": {**fixture["config"], **case.spec.get("config", {}), "enableRateLimit": False},
                   "responses": [response(entry) for entry in case.spec.get("responses", [])]}
                  for case in cases(fixture)],
    }


def normalized(value, expected=None, compared=True):
    """A result as the fixtures state it: null-valued keys dropped (null is undefined, which JSON leaves out),
    and 'info' (the raw payload) kept only where the expected value has it. compared: an empty dictionary is the
    same as an empty list (PHP has one array type); to write a result into a fixture (compared=False) it stays
    the dictionary it is."""
    if isinstance(value, dict):
        keep_info = isinstance(expected, dict) and "info" in expected
        result = {key: normalized(item, expected.get(key) if isinstance(expected, dict) else None, compared)
                  for key, item in value.items() if item is not None and (key != "info" or keep_info)}
        return result if result or not compared else []
    if isinstance(value, list):
        return [normalized(item, expected[index] if isinstance(expected, list) and index < len(expected) else None,
                           compared)
                for index, item in enumerate(value)]
    return value


# How the runners write the numbers JSON has no text for, or writes as 0 (runners/tagged_json.*), and how a fixture
# states them: {"$number": "NaN"}, never null or 0. A key of the data that could be read as a tag is written with one
# more $ ($$number).
NUMBER_TAG = "$number"
TAGGED_NUMBERS = ("NaN", "Infinity", "-Infinity", "-0")


def is_number_tag(value) -> bool:
    return isinstance(value, dict) and len(value) == 1 and value.get(NUMBER_TAG) in TAGGED_NUMBERS


def same_json(left, right) -> bool:
    """Equality of two JSON values as JavaScript tells them apart: true is not 1 and false is not 0 (Python's ==
    says they are, so a runtime that returned 1 where the fixture expects true, and another runtime true, both
    passed); 1 and 1.0 are one number. NaN, Infinity and -0 are tagged (NUMBER_TAG), so each is only itself."""
    if isinstance(left, bool) or isinstance(right, bool):
        return type(left) is type(right) and left == right
    if isinstance(left, (int, float)) and isinstance(right, (int, float)):
        return left == right
    if isinstance(left, list) and isinstance(right, list):
        return len(left) == len(right) and all(map(same_json, left, right))
    if isinstance(left, dict) and isinstance(right, dict):
        return left.keys() == right.keys() and all(same_json(left[key], right[key]) for key in left)
    return type(left) is type(right) and left == right


MAX_DIFF_LINES = 40


# A tag as json.dumps writes it: the quotes of a string's own text are escaped, so only a tag can match.
_TAG_TEXT = re.compile(r'\{"\$number": "(NaN|Infinity|-Infinity|-0)"\}')


def shown(value) -> str:
    """value as JSON, with each tagged number as JavaScript writes it (NaN, -0), not as the dictionary it is."""
    return clipped(_TAG_TEXT.sub(r"\1", json.dumps(value, sort_keys=True)))


def clipped(text: str, limit: int = 200) -> str:
    """text, or its first characters and "..." when it is longer than limit: what a finding quotes of a runtime's
    outcome, which a pull request's code chooses."""
    return text if len(text) <= limit else text[:limit - 3] + "..."


MAX_QUOTED_MESSAGE = 500  # the characters of a runtime's error message that a finding quotes


def error_shown(outcome: dict) -> str:
    """An outcome's error as a finding quotes it: its class, and its message clipped."""
    return f"{outcome['throws']}: {clipped(str(outcome['message']), MAX_QUOTED_MESSAGE)}"


def structural_diff(expected, actual, limit: int = MAX_DIFF_LINES) -> list[str]:
    """The differences between two JSON values, one line per differing leaf: its JSON path, the expected value and
    the actual one ("missing" / "not expected" for a key or element only one side has). Equal parts are left out."""
    lines: list[str] = []
    # (the children of each container met are walked as they are needed, not listed first: a list of millions of
    # entries held millions of pending tuples before the first difference was written; red-team round 72)
    pending = [iter([("$", expected, actual)])]
    while pending and len(lines) <= limit:
        item = next(pending[-1], None)
        if item is None:
            pending.pop()
            continue
        path, want, got = item
        if isinstance(want, dict) and isinstance(got, dict) and not is_number_tag(want) and not is_number_tag(got):
            pending.append(_entries(path, want, got))
        elif isinstance(want, list) and isinstance(got, list) and not same_json(want, got):
            pending.append(_elements(path, want, got))
        elif want is _MISSING:
            lines.append(f"{path}: not expected, actual {shown(got)}")
        elif got is _MISSING:
            lines.append(f"{path}: expected {shown(want)}, actual missing")
        elif not same_json(want, got) and not (want in ({}, []) and got in ({}, [])):  # (PHP's one empty array)
            lines.append(f"{path}: expected {shown(want)}, actual {shown(got)}")
    if len(lines) > limit:
        lines = lines[:limit] + ["... and more differences"]
    return lines


_MISSING = object()


def _elements(path: str, want: list, got: list):
    """The (path, expected, actual) of each index of two lists."""
    for index in range(max(len(want), len(got))):
        yield (f"{path}[{index}]", want[index] if index < len(want) else _MISSING,
               got[index] if index < len(got) else _MISSING)


def _entries(path: str, want: dict, got: dict):
    """The (path, expected, actual) of each key of two dictionaries, in the order of the keys."""
    for key in sorted(set(want) | set(got)):
        child = f"{path}.{clipped(key, 60)}" if ASCII_IDENTIFIER.match(str(key)) else \
            f"{path}[{clipped(json.dumps(key), 60)}]"
        yield child, want.get(key, _MISSING), got.get(key, _MISSING)


def sent_headers(headers: dict | None) -> dict:
    """A request's headers as its HTTP client sends them, by lower-case name: names that differ in case only are one
    header, the last one written (every runtime's client merges them so)."""
    return {name.lower(): value for name, value in (headers or {}).items()}


def request_mismatches(expected: list[dict], sent: list[dict]) -> list[str]:
    """Differences between the requests a case expects and those the runtime sent, one line each. A header is
    compared as it is sent, whatever the case of its name: the code's 'authorization' after its 'Authorization' is
    the one sent, which a fixture stating 'Authorization' passed unseen (red-team round 58)."""
    problems = []
    if len(sent) < len(expected):
        problems.append(f"{len(expected)} request(s) expected, {len(sent)} sent")
    elif len(sent) > len(expected):
        extra = sent[len(expected)]
        problems.append(f"{len(expected)} request(s) expected, {len(sent)} sent (the first not expected: "
                        f"{extra['method']} {extra['url']})")
    for number, (want, got) in enumerate(zip(expected, sent), start=1):
        for key in ("method", "url"):
            if want[key] != got[key]:
                problems.append(f"request {number} {key}: expected {clipped(repr(want[key]))}, sent "
                                f"{clipped(repr(got[key]))}")
        headers = sent_headers(got.get("headers"))
        for name, value in want.get("headers", {}).items():
            if headers.get(name.lower()) != value:
                problems.append(f"request {number} header {clipped(name, 60)}: expected {clipped(repr(value))}, sent "
                                f"{clipped(repr(headers.get(name.lower())))}")
            if len(problems) > MAX_DIFF_LINES:  # (a fixture may spell one header's name in thousands of cases)
                return problems[:MAX_DIFF_LINES] + ["... and more differences"]
        if "body" in want and want["body"] != got.get("body"):
            problems.append(f"request {number} body: expected {clipped(repr(want['body']))}, sent "
                            f"{clipped(repr(got.get('body')))}")
    return problems


def case_problems(case: Case, outcome: dict) -> list[str]:
    """What is wrong with one runtime's outcome of a case (empty when it passed), one line each."""
    spec = case.spec
    if "requests" in spec:
        problems = request_mismatches(spec["requests"], outcome["requests"])
        if problems:
            return problems
    if "throws" in spec:
        if outcome.get("throws") != spec["throws"]:
            got = error_shown(outcome) if "throws" in outcome else "a result"
            return [f"should raise {clipped(str(spec['throws']), 60)}, got {got}"]
    elif "result" in spec:
        if "throws" in outcome:
            return [f"raised {error_shown(outcome)}"]
        if deeper_than(outcome.get("ok"), MAX_COMPARED_DEPTH) is not None:
            return [f"the result is nested more than {MAX_COMPARED_DEPTH} levels deep: it is not compared"]
        got, expected = normalized(outcome.get("ok"), spec["result"]), normalized(spec["result"], spec["result"])
        if not same_json(got, expected):  # (shown with empty dictionaries as the fixture and the runtime write them)
            return ["result differs (path: expected, actual; only what differs):"] + structural_diff(
                normalized(spec["result"], spec["result"], compared=False),
                normalized(outcome.get("ok"), spec["result"], compared=False))
    elif outcome.get("throws") not in (None, "NoFixtureResponse"):
        return [f"raised {outcome['throws']} before its requests were checked: "
                f"{clipped(str(outcome['message']), MAX_QUOTED_MESSAGE)}"]
    return []
