"""NaN, Infinity, -Infinity and -0 in certify: JSON has no text for the first three (JSON.stringify writes null, which
the comparison reads as undefined) and writes -0 as 0, so a runtime that returned NaN where the fixture expects
undefined, or -0 where it expects 0, passed. The runners now write them tagged ({"$number": "NaN"}), alike in every
runtime, and a fixture states them so; and each runtime is held to what Node does where the fixture says nothing."""

from __future__ import annotations

import copy
import json
import os

import pytest

from tests.base_runners import ROOT, SOURCE_TREE
from tests.test_certify import CERTIFY, exkit, project  # noqa: F401 (project is a fixture)
from transpiler.certify import certify
from transpiler.certify.structures import problems as structure_problems
from transpiler.harness.agreement import disagreement
from transpiler.harness.fixtures import Case, case_problems, load_fixture
from transpiler.harness.streams import STREAM_RUNTIMES, differences, load_stream_fixture, play
from transpiler.harness.streams import disagreement as stream_disagreement
from transpiler.unified import UNIFIED_METHODS

# acme (tests/certify) with a method whose result is NaN, -0, Infinity and -Infinity in every runtime.
NUMBERS_METHOD = """
    async fetchNumbers (params = {}) {
        const response = await this.publicGetNumbers (params);
        const zero = this.safeNumber (response, 'zero');
        return {
            'nan': zero / zero,
            'negativeZero': -zero,
            'infinity': 1 / zero,
            'minusInfinity': -1 / zero,
            'nested': [ { 'nan': zero / zero } ],
            'info': response,
        };
    }

    handleErrors ("""
TAGGED = {"nan": {"$number": "NaN"}, "negativeZero": {"$number": "-0"}, "infinity": {"$number": "Infinity"},
          "minusInfinity": {"$number": "-Infinity"}, "nested": [{"nan": {"$number": "NaN"}}]}


def numbers_case(description: str, result: dict) -> dict:
    return {"description": description, "args": [],
            "requests": [{"method": "GET", "url": "https://api.acme.test/numbers"}],
            "responses": [{"body": {"zero": 0, "$number": "NaN"}}], "result": result}


def test_nan_infinity_and_negative_zero_fail_certify_in_every_runtime_where_the_fixture_expects_otherwise(project):
    source = open(os.path.join(CERTIFY, "acme_good.js"), encoding="utf-8").read()
    source = source.replace("'ticker/{market}' ],", "'ticker/{market}', 'numbers' ],")
    (project / "js" / "acme.js").write_text(source.replace("\n    handleErrors (", NUMBERS_METHOD, 1))
    fixture = json.loads(open(os.path.join(CERTIFY, "acme.json"), encoding="utf-8").read())
    fixture["methods"]["fetchNumbers"] = [
        # undefined (left out, or null) where NaN and -Infinity are, 0 for -0, null for Infinity: wrong in each
        numbers_case("what JSON.stringify wrote", {"negativeZero": 0, "infinity": None}),
        # the values stated as the runners write them, and a key of the data that looks like a tag, escaped
        numbers_case("the numbers tagged", {**TAGGED, "info": {"zero": 0, "$$number": "NaN"}}),
    ]
    (project / "tests" / "fixtures" / "exchanges" / "acme.json").write_text(json.dumps(fixture))
    completed = exkit(project, "certify", "acme", "--format", "json")
    [report] = json.loads(completed.stdout)
    assert completed.returncode == 1 and not report["certified"], completed.stdout[-3000:] + completed.stderr
    failing = [finding["message"] for finding in report["findings"] if finding["rule"] == "CERT-T001"]
    for runtime in ("js", "php", "python", "python-async"):
        [message] = [message for message in failing if f"fails in {runtime}:" in message]
        assert "acme.fetchNumbers[0] [what JSON.stringify wrote]" in message
        for line in ("$.infinity: not expected, actual Infinity", "$.minusInfinity: not expected, actual -Infinity",
                     "$.nan: not expected, actual NaN", "$.negativeZero: expected 0, actual -0",
                     '$.nested: not expected, actual [{"nan": NaN}]'):
            assert line in message.split("\n    "), (runtime, message)
        assert report["results"][runtime]["failed"] == 1, report["results"]
    assert not [message for message in failing if "fetchNumbers[1]" in message]


def _case(result, description="a ticker") -> Case:
    return Case("example", "fetchTicker", 0, 0, {"description": description, "args": ["BTC/USD"],
                                                 "responses": [{"body": {}}], "result": result})


@pytest.mark.parametrize("expected, actual, line", [
    ({}, {"last": {"$number": "NaN"}}, "$.last: not expected, actual NaN"),
    ({"last": None}, {"last": {"$number": "Infinity"}}, "$.last: not expected, actual Infinity"),
    ({"last": 0}, {"last": {"$number": "-0"}}, "$.last: expected 0, actual -0"),
    ({"last": {"$number": "-0"}}, {"last": 0}, "$.last: expected -0, actual 0"),
    ({"last": {"$number": "NaN"}}, {"last": {"$number": "-Infinity"}}, "$.last: expected NaN, actual -Infinity"),
    ({"last": {"$number": "NaN"}}, {}, "$.last: expected NaN, actual missing"),
    ({"last": "NaN"}, {"last": {"$number": "NaN"}}, '$.last: expected "NaN", actual NaN'),
    ({"a": [{"$number": "NaN"}]}, {"a": [None]}, "$.a[0]: expected NaN, actual null"),
])
def test_a_tagged_number_is_only_itself(expected, actual, line):
    expected, actual = {"symbol": "BTC/USD", **expected}, {"symbol": "BTC/USD", **actual}
    problems = case_problems(_case(expected), {"requests": [], "ok": actual})
    assert problems[0].startswith("result differs") and problems[1:] == [line]


def test_a_finding_names_a_case_by_the_start_of_its_description():
    # (certify repeats it per runtime; a description that cites its source at length drowned the problem)
    long = "markets: the spot markets of the list. Modelled on the documented example of " + "Market Info " * 20
    assert _case({}, long).label == "example.fetchTicker[0] [markets: the spot markets of the list. Modelled on " \
        "the documented example of Market Info Market ...]"
    assert _case({}).label == "example.fetchTicker[0] [a ticker]"


def test_a_difference_shows_empty_dictionaries_as_written():
    # (an expected {} was shown as [], PHP's one empty array, which read as a type mismatch)
    assert case_problems(_case({}), {"requests": [], "ok": {"id": "1"}})[1:] == ['$.id: not expected, actual "1"']
    # and PHP's [] for an empty dictionary is no difference beside a real one
    problems = case_problems(_case({"limits": {}, "x": 1}), {"requests": [], "ok": {"limits": [], "x": 2}})
    assert problems[1:] == ["$.x: expected 1, actual 2"]


def test_the_same_tagged_numbers_pass():
    assert case_problems(_case(TAGGED), {"requests": [], "ok": json.loads(json.dumps(TAGGED))}) == []


@pytest.mark.parametrize("result, words", [
    ({"last": {"$number": "nan"}}, "'nan' is not one of"),
    ({"last": {"$number": "NaN", "x": 1}}, "Additional properties are not allowed"),
    ({"a": [{"b": {"$number": 0}}]}, "0 is not one of"),
])
def test_a_fixture_states_only_the_four_tags(tmp_path, result, words):
    path = tmp_path / "tests" / "fixtures" / "exchanges" / "example.json"
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"exchange": "example", "milliseconds": 0, "config": {}, "methods": {
        "fetchTicker": [_case(result).spec]}}))
    with pytest.raises(Exception, match=words):
        load_fixture(str(path))


@pytest.mark.parametrize("node, other, line", [
    ({"nan": {"$number": "NaN"}}, {}, "$.info.nan: expected NaN, actual missing"),
    ({}, {"nan": {"$number": "NaN"}}, "$.info.nan: not expected, actual NaN"),
    ({"nan": None}, {"nan": {"$number": "NaN"}}, "$.info.nan: not expected, actual NaN"),
    ({"zero": 0}, {"zero": {"$number": "-0"}}, "$.info.zero: expected 0, actual -0"),
    ({"infinity": None}, {"infinity": {"$number": "Infinity"}}, "$.info.infinity: not expected, actual Infinity"),
])
def test_a_runtime_that_does_otherwise_than_node_where_the_fixture_says_nothing_fails(node, other, line):
    # A fixture leaves 'info' out of its expected result, where it is not compared: both pass it
    node, other = ({"symbol": "BTC/USD", "info": {"id": 1, **info}} for info in (node, other))
    for result in (node, other):
        assert case_problems(_case({"symbol": "BTC/USD"}), {"requests": [], "ok": result}) == []
    problems = disagreement({"requests": [], "ok": node}, {"requests": [], "ok": other})
    assert problems[0].startswith("result differs from node's") and problems[1:] == [line]


def test_runtimes_agree_but_for_the_documented_differences():
    node = {"requests": [{"url": "u", "method": "GET", "headers": {"X-A": "1"}, "body": None}],
            "ok": {"info": {}, "list": {"0": "a", "1": "b"}, "gone": None}}
    php = {"requests": [{"url": "u", "method": "GET", "headers": {"x-a": "1"}}], "ok": {"info": [], "list": ["a", "b"]}}
    assert disagreement(node, php) == []
    assert disagreement(node, {**php, "requests": [{"url": "u", "method": "GET", "headers": {"x-a": "2"}}]})
    assert disagreement({"requests": [], "throws": "BadSymbol", "message": "a"},
                        {"requests": [], "throws": "BadSymbol", "message": "b"})


def test_a_result_nested_too_deeply_is_reported_not_compared():
    deep = 1
    for _ in range(600):
        deep = {"a": deep}
    [problem] = disagreement({"requests": [], "ok": deep}, {"requests": [], "ok": deep})
    assert "nested more than" in problem
    [problem] = case_problems(_case({"a": 1}), {"requests": [], "ok": {"info": deep}})
    assert "nested more than" in problem


@pytest.fixture(scope="module")
def negative_zero_stream():
    """bitstamp's first stream case with an order book price of -0, played in each streaming runtime."""
    base, cases = load_stream_fixture(ROOT, "bitstamp")
    case = copy.deepcopy(cases[0])
    case.spec["streams"]["public"][1]["send"][1]["data"]["bids"][1][0] = "-0"
    case.spec["calls"][0]["result"]["bids"][1][0] = 0
    return case, {runtime: play(SOURCE_TREE, runtime, "bitstamp", base, [case])[0][0] for runtime in STREAM_RUNTIMES}


@pytest.mark.parametrize("runtime", STREAM_RUNTIMES)
def test_a_stream_result_of_negative_zero_is_not_zero(negative_zero_stream, runtime):
    case, played = negative_zero_stream
    assert played[runtime][0]["ok"]["bids"][1] == [{"$number": "-0"}, 0.5433]
    assert differences(case, played[runtime]) == [
        "call 0 watchOrderBook: result differs (path: expected, actual; only what differs):",
        "  $.bids[1][0]: expected 0, actual -0"]


def test_a_stream_runtime_that_does_otherwise_than_node_fails():
    node = [{"ok": {"symbol": "BTC/USD", "info": {"x": {"$number": "NaN"}}}}, {"ok": None}]
    assert stream_disagreement(node, json.loads(json.dumps(node))) == []
    assert stream_disagreement(node, [{"ok": {"symbol": "BTC/USD", "info": {}}}, {"ok": None}])[1:] == [
        "$[0].ok.info.x: expected NaN, actual missing"]
    assert stream_disagreement(node, [node[0], {"throws": "NetworkError", "message": "x"}])[1:] == [
        '$[1].message: not expected, actual "x"', '$[1].throws: not expected, actual "NetworkError"']
    failed = [node[0], {"throws": "NetworkError", "message": "failed: Unexpected server response: 503"}]
    assert stream_disagreement(failed, [node[0], {"throws": "NetworkError", "message": "failed: 503"}])[1:] == [
        '$[1].message: expected "failed: Unexpected server response: 503", actual "failed: 503"']


def test_certify_fails_the_runtime_that_does_otherwise_than_node_where_the_fixture_says_nothing(monkeypatch):
    # Every runtime passes the fixture, which leaves 'info' out; PHP's info holds NaN where Node's holds 1.
    spec = _case({"symbol": "BTC/USD"}).spec
    fixture = {"exchange": "kraken", "milliseconds": 0, "config": {}, "methods": {"fetchTicker": [spec]}}
    node = {"requests": [], "ok": {"symbol": "BTC/USD", "info": {"x": 1}}}
    played = {"js": node, "php": {"requests": [], "ok": {"symbol": "BTC/USD", "info": {"x": {"$number": "NaN"}}}},
              "python": node, "python-async": node}
    monkeypatch.setattr(certify, "run_cases", lambda library, runtime, fixture: [played[runtime]])
    report = certify.Certification("kraken", "js/kraken.js", "tests/fixtures/exchanges/kraken.json")
    locator = certify._Locator("js/kraken.js", certify._parse(os.path.join(ROOT, "js", "kraken.js")))
    certify._run_all(SOURCE_TREE, fixture, locator, report, None, True)
    assert {runtime: result["failed"] for runtime, result in report.results.items()} == \
        {"js": 0, "php": 1, "python": 0, "python-async": 0}
    [finding] = [finding for finding in report.findings if finding.rule == "CERT-T001"]
    assert [finding.message, *finding.details][:3] == [
        "kraken.fetchTicker[0] [a ticker] fails in php:",
        "result differs from node's, 'info' included (path: node's, here; only what differs):",
        "$.info.x: expected 1, actual NaN"]


def test_the_structure_check_reads_minus_zero_as_a_number_and_nan_or_infinity_as_none():
    ticker = {"symbol": "BTC/USD", "last": {"$number": "-0"}, "timestamp": {"$number": "-0"}, "info": {}}
    assert structure_problems(UNIFIED_METHODS["fetchTicker"], ticker) == []
    ticker.update({"bid": {"$number": "NaN"}, "ask": {"$number": "Infinity"}, "timestamp": {"$number": "-Infinity"},
                   "symbol": {"$number": "NaN"}})
    assert sorted(structure_problems(UNIFIED_METHODS["fetchTicker"], ticker)) == [
        ".ask: Infinity, not a finite number", ".bid: NaN, not a finite number", ".symbol: NaN, not str",
        ".timestamp: -Infinity, not an integer"]
