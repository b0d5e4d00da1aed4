"""Exchange fixtures (tests/fixtures/exchanges/<id>.json): loading, validation against schema.json, and the
comparison of what a runtime did with what the fixture expects. The runners live in tests/runners/exchange_*."""

from __future__ import annotations

import glob
import json
import os
from dataclasses import dataclass

import jsonschema

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(ROOT, "tests", "fixtures", "exchanges")
SCHEMA_PATH = os.path.join(FIXTURES, "schema.json")


class FixtureError(Exception):
    """A fixture that does not follow the schema: the message names the file and the JSON path."""


def _schema_validator() -> jsonschema.protocols.Validator:
    with open(SCHEMA_PATH, encoding="utf-8") as handle:
        schema = json.load(handle)
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    return validator_class(schema)


VALIDATOR = _schema_validator()


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
    def is_request_test(self) -> bool:
        return "requests" in self.spec

    @property
    def is_response_test(self) -> bool:
        return "result" in self.spec or "throws" in self.spec


def fixture_paths() -> list[str]:
    return sorted(path for path in glob.glob(os.path.join(FIXTURES, "*.json")) if path != SCHEMA_PATH)


def load_fixture(path: str) -> dict:
    """Parses and validates one fixture file, or raises FixtureError naming the file and the JSON path."""
    shown = os.path.relpath(path, ROOT)
    try:
        with open(path, encoding="utf-8") as handle:
            fixture = json.load(handle)
    except json.JSONDecodeError as error:
        raise FixtureError(f"{shown}:{error.lineno}:{error.colno}: not valid JSON: {error.msg}") from None
    errors = sorted(VALIDATOR.iter_errors(fixture), key=lambda error: list(error.absolute_path))
    if errors:
        lines = [f"{shown}: {error.json_path}: {error.message}" for error in errors]
        raise FixtureError("\n".join(lines))
    expected_id = os.path.splitext(os.path.basename(path))[0]
    if fixture["exchange"] != expected_id:
        raise FixtureError(f"{shown}: $.exchange: is {fixture['exchange']!r}, but the file is named for {expected_id!r}")
    return fixture


def cases(fixture: dict) -> list[Case]:
    pairs = [(method, index) for method, specs in fixture["methods"].items() for index in range(len(specs))]
    return [Case(fixture["exchange"], method, index, position, fixture["methods"][method][index])
            for position, (method, index) in enumerate(pairs)]


def runner_input(fixture: dict) -> dict:
    """What the runners read: every case of one exchange, with response bodies as the exact text to serve."""

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


def normalized(value, expected=None):
    """A result as the fixtures state it: null-valued keys dropped (null is undefined, which JSON leaves out),
    an empty dictionary the same as an empty list (PHP has one array type), and 'info' (the raw payload) kept
    only where the expected value has it."""
    if isinstance(value, dict):
        keep_info = isinstance(expected, dict) and "info" in expected
        result = {key: normalized(item, expected.get(key) if isinstance(expected, dict) else None)
                  for key, item in value.items() if item is not None and (key != "info" or keep_info)}
        return result if result else []
    if isinstance(value, list):
        return [normalized(item, expected[index] if isinstance(expected, list) and index < len(expected) else None)
                for index, item in enumerate(value)]
    return value


def request_mismatches(expected: list[dict], sent: list[dict]) -> list[str]:
    """Differences between the requests a case expects and those the runtime sent, one line each."""
    problems = []
    if len(sent) < len(expected):
        problems.append(f"{len(expected)} request(s) expected, {len(sent)} sent")
    for number, (want, got) in enumerate(zip(expected, sent), start=1):
        for key in ("method", "url"):
            if want[key] != got[key]:
                problems.append(f"request {number} {key}: expected {want[key]!r}, sent {got[key]!r}")
        headers = got.get("headers") or {}
        for name, value in want.get("headers", {}).items():
            if headers.get(name) != value:
                problems.append(f"request {number} header {name}: expected {value!r}, sent {headers.get(name)!r}")
        if "body" in want and want["body"] != got.get("body"):
            problems.append(f"request {number} body: expected {want['body']!r}, sent {got.get('body')!r}")
    return problems
