"""A response's dictionary where exchange code expects a list is walked by its own key length, as JavaScript reads
`response.length`: red-team round 26 ran binance's fetchTradingFees loop 10^8 times on a body of 19 bytes,
`{"length":100000000}`, in every runtime alike. parse_json now refuses a response whose dictionaries claim, by that
key, more elements together than a list of its text could hold (its UTF-16 code units, or 65,536 for a short one)."""

from __future__ import annotations

import copy

import pytest

from tests.base_runners import ROOT, SOURCE_TREE, run_calls
from transpiler.harness.fixtures import fixture_path, load_fixture
from transpiler.harness.run import RUNTIMES, run_cases

# Each claim as a comparison reads it (ToNumber): a number, a numeric text in any of its forms, a list of one.
CLAIMS = ['{"length":100000000}', '{"length":"1e8"}', '{"length":"0x5F5E100"}', '{"length":"Infinity"}',
          '{"length":[[100000000]]}', '{"l\\u0065ngth":1e400}', '{"data":[{"length":70000}]}',
          '{"a":{"b":[{"c":[{"length":70000}]}]}}']
# The text's length is counted in UTF-16 code units in every runtime: 70,000 two-byte letters are 70,000 units (and
# 140,000 bytes), 40,000 emoji 80,000 units (and 40,000 code points).
TWO_BYTE_LETTERS = "\u00e9" * 70000
EMOJI = "\U0001f600" * 40000
TOO_LONG_CLAIMS = ['{"s":"' + TWO_BYTE_LETTERS + '","length":100000}', '[{"length":40000},{"length":"40000"}]']
READ_CLAIMS = ['{"s":"' + EMOJI + '","length":79000}', '[' + '0,' * 50000 + '{"length":90000},{"length":10000}]',
               '{"length":65536}', '{"length":"day","a":{"length":-5e9},"b":{"length":{"n":1e9}}}']


@pytest.fixture(scope="module")
def outcomes():
    texts = CLAIMS + TOO_LONG_CLAIMS + READ_CLAIMS
    calls = [["parseJson|isEmpty", [text]] for text in texts]
    return {runtime: run_calls(runtime, {"describe": {}, "config": {}, "calls": calls})[0] for runtime in RUNTIMES}


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_claims_beyond_what_the_text_could_hold_are_refused(outcomes, runtime):
    refused = len(CLAIMS) + len(TOO_LONG_CLAIMS)
    assert outcomes[runtime][:refused] == [{"ok": True}] * refused


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_claims_within_the_text_are_read(outcomes, runtime):
    assert outcomes[runtime][-len(READ_CLAIMS):] == [{"ok": False}] * len(READ_CLAIMS)


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_a_claimed_length_no_longer_runs_an_exchange_loop(runtime):
    fixture = load_fixture(fixture_path(ROOT, "binance"))
    case = copy.deepcopy(fixture["methods"]["fetchTradingFees"][0])
    case["responses"][-1]["body"] = '{"length":100000000}'
    outcome = run_cases(SOURCE_TREE, runtime, dict(fixture, methods={"fetchTradingFees": [case]}))[0]
    assert outcome["throws"] == "BadResponse" and "not JSON" in outcome["message"]
