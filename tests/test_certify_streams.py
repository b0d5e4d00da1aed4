"""exkit certify's streaming part: every stream case played in Node and Python asyncio (CERT-T002 when one
fails), and has['watch...'] held to the stream fixture (CERT-F006)."""

from __future__ import annotations

import json
import os

import pytest

from tests.base_runners import ROOT
from tests.test_certify import exkit, project  # noqa: F401 (project is a fixture)
from transpiler.certify.certify import _Locator, _parse
from transpiler.certify.streams import stream_findings


@pytest.mark.slow
def test_a_stream_case_that_fails_is_a_cert_t002_finding_in_both_runtimes(project):  # noqa: F811
    path = project / "tests" / "fixtures" / "streams" / "bitstamp.json"
    fixture = json.loads(path.read_text())
    fixture["cases"][0]["calls"][0]["result"]["bids"][0][1] = 99
    path.write_text(json.dumps(fixture))
    completed = exkit(project, "certify", "bitstamp", "--format", "json")
    assert completed.returncode == 1, completed.stderr[-2000:]
    [report] = json.loads(completed.stdout)
    failures = [finding for finding in report["findings"] if finding["rule"] == "CERT-T002"]
    assert {finding["message"].split(" fails in ")[1].split(":")[0] for finding in failures} == {"js", "python-async"}
    assert all("bitstamp.streams[0]" in finding["message"] for finding in failures)
    assert report["streams"]["js streams"]["failed"] == report["streams"]["python-async streams"]["failed"] == 1


def test_has_watch_without_a_stream_fixture_is_a_cert_f006_finding(tmp_path):
    locator = _Locator("js/kraken.js", _parse(os.path.join(ROOT, "js", "kraken.js")))
    described = {"has": {"watchOrderBook": True, "watchTrades": False, "fetchTicker": True}}
    results: dict = {}
    findings = stream_findings(str(tmp_path), "kraken", described, None, locator, results)
    assert [(finding.rule, finding.message) for finding in findings] == [
        ("CERT-F006", "has['watchOrderBook'] is true, but tests/fixtures/streams/kraken.json does not exist")]
    assert results == {}


def test_a_has_watch_that_no_case_plays_is_a_cert_f006_finding():
    locator = _Locator("js/kraken.js", _parse(os.path.join(ROOT, "js", "kraken.js")))
    described = {"has": {"watchOrderBook": True, "watchTickers": True}}
    findings = stream_findings(ROOT, "bitstamp", described, "not ready", locator, {})
    assert [finding.message for finding in findings] == [
        "has['watchTickers'] is true, but no case of tests/fixtures/streams/bitstamp.json shows a result of "
        "watchTickers"]
