"""The fixture loader: a malformed fixture is an error naming the file and the JSON path of the problem."""

from __future__ import annotations

import json

import pytest

from transpiler.harness.fixtures import Case, FixtureError, case_problems, load_fixture, normalized, request_mismatches
from transpiler.harness.run import RunnerError, one_each

VALID = {
    "exchange": "acme",
    "milliseconds": 1700000000000,
    "config": {"apiKey": "key", "secret": "secret"},
    "methods": {"fetchTicker": [{"description": "one ticker", "args": ["BTC/USD"],
                                 "requests": [{"method": "GET", "url": "https://api.acme.test/ticker"}]}]},
}


def write(tmp_path, fixture, name="acme.json", text=None):
    path = tmp_path / name
    path.write_text(text if text is not None else json.dumps(fixture))
    return str(path)


def broken(change):
    fixture = json.loads(json.dumps(VALID))
    change(fixture)
    return fixture


def test_a_valid_fixture_loads(tmp_path):
    assert load_fixture(write(tmp_path, VALID))["exchange"] == "acme"


@pytest.mark.parametrize("change, path, words", [
    (lambda f: f.pop("milliseconds"), "$", "'milliseconds' is a required property"),
    (lambda f: f["methods"]["fetchTicker"][0].pop("args"), "$.methods.fetchTicker[0]", "'args' is a required property"),
    (lambda f: f["methods"]["fetchTicker"][0]["requests"][0].update(method="FETCH"), "$.methods.fetchTicker[0].requests[0].method", "'FETCH'"),
    (lambda f: f["methods"]["fetchTicker"][0]["requests"][0].update(url="api.acme.test"), "$.methods.fetchTicker[0].requests[0].url", "does not match"),
    (lambda f: f["methods"]["fetchTicker"][0].update(result={}), "$.methods.fetchTicker[0]", "'responses' is a dependency of 'result'"),
    (lambda f: f["methods"]["fetchTicker"][0].update(reslut={}), "$.methods.fetchTicker[0]", "'reslut' was unexpected"),
    (lambda f: f["methods"].update(FetchTicker=[]), "$.methods", "'FetchTicker' does not match"),
    (lambda f: f.update(markets=[{"id": "BTCUSD", "symbol": "btc-usd", "base": "BTC", "quote": "USD", "baseId": "BTC", "quoteId": "USD"}]),
     "$.markets[0].symbol", "does not match"),
])
def test_a_malformed_fixture_names_the_file_and_the_json_path(tmp_path, change, path, words):
    with pytest.raises(FixtureError) as error:
        load_fixture(write(tmp_path, broken(change)))
    message = str(error.value)
    assert "acme.json: " + path + ": " in message and words in message, message


def market(symbol):
    return {"id": "X", "symbol": symbol, "base": "BTC", "quote": "USD", "baseId": "BTC", "quoteId": "USD"}


@pytest.mark.parametrize("symbol", ["BTC/USDT", "BTC/USDT:USDT", "BTC/USD:BTC", "BTC/USD:BTC-251226",
                                    "BTC/USD:BTC-251226-100000-C", "ETH/USD:ETH-190222-1875.5-P"])
def test_market_symbols_of_every_kind_load(tmp_path, symbol):
    # Spot, linear and inverse swaps, futures (expiry YYMMDD) and options (strike, then C or P).
    fixture = broken(lambda f: f.update(markets=[market(symbol)]))
    assert load_fixture(write(tmp_path, fixture))["markets"][0]["symbol"] == symbol


@pytest.mark.parametrize("symbol", ["BTC/USD:BTC-2512", "BTC/USD:BTC-251226-100000", "BTC/USD:BTC-251226-100000-X",
                                    "BTC/USD-251226", "BTC/USD:BTC-251226-C"])
def test_malformed_contract_symbols_are_rejected(tmp_path, symbol):
    with pytest.raises(FixtureError) as error:
        load_fixture(write(tmp_path, broken(lambda f: f.update(markets=[market(symbol)]))))
    assert "acme.json: $.markets[0].symbol: " in str(error.value) and "does not match" in str(error.value)


def test_invalid_json_names_the_line_and_column(tmp_path):
    with pytest.raises(FixtureError, match=r"acme\.json:3:1: not valid JSON"):
        load_fixture(write(tmp_path, None, text='{\n  "exchange": "acme",\n}'))


def test_the_exchange_id_matches_the_file_name(tmp_path):
    with pytest.raises(FixtureError, match=r"other\.json: \$\.exchange: is 'acme', but the file is named for 'other'"):
        load_fixture(write(tmp_path, VALID, name="other.json"))


def test_results_compare_without_undefined_keys_and_with_info_only_where_expected():
    got = {"id": "1", "price": None, "info": {"raw": 1}, "fees": {}, "trades": [{"info": 2, "id": "t"}]}
    assert normalized(got, {"id": "1"}) == {"id": "1", "fees": [], "trades": [{"id": "t"}]}
    assert normalized(got, {"info": {"raw": 1}})["info"] == {"raw": 1}


def test_a_result_written_into_a_fixture_keeps_its_empty_dictionaries():
    # certify --update-results writes what JavaScript returned: a market's limits.price with only undefined
    # values is {} there, not the [] that comparisons take it for
    got = {"limits": {"price": {"min": None, "max": None}, "amount": {"min": 1}}, "fees": []}
    assert normalized(got, None, compared=False) == {"limits": {"price": {}, "amount": {"min": 1}}, "fees": []}


def test_request_mismatches_compare_listed_headers_only():
    sent = [{"method": "POST", "url": "https://x.test/a", "headers": {"A": "1", "B": "2"}, "body": "q=1"}]
    assert request_mismatches([{"method": "POST", "url": "https://x.test/a", "headers": {"A": "1"}}], sent) == []
    assert request_mismatches([{"method": "GET", "url": "https://x.test/a", "headers": {"C": None}, "body": "q=2"}], sent) == [
        "request 1 method: expected 'GET', sent 'POST'", "request 1 body: expected 'q=2', sent 'q=1'"]
    assert request_mismatches([{"method": "POST", "url": "https://x.test/a"}] * 2, sent) == ["2 request(s) expected, 1 sent"]


def test_headers_are_compared_as_sent_whatever_the_case_of_their_names():
    # (every runtime's client sends one header of names that differ in case, the last written: the fixture's
    # Authorization passed where the code also wrote an authorization of its own, which was the one sent; red-team
    # round 58)
    sent = [{"method": "GET", "url": "https://x.test/a",
             "headers": {"Authorization": "Bearer jwt", "authorization": "Bearer other", "content-type": "text/plain"}}]
    assert request_mismatches([{"method": "GET", "url": "https://x.test/a", "headers": {"Authorization": "Bearer jwt"}}],
                              sent) == ["request 1 header Authorization: expected 'Bearer jwt', sent 'Bearer other'"]
    assert request_mismatches([{"method": "GET", "url": "https://x.test/a", "headers": {"Content-Type": None}}],
                              sent) == ["request 1 header Content-Type: expected None, sent 'text/plain'"]
    assert request_mismatches([{"method": "GET", "url": "https://x.test/a", "headers": {
        "AUTHORIZATION": "Bearer other", "Content-Type": "text/plain"}}], sent) == []


def test_a_case_states_that_no_request_is_sent_and_requests_beyond_those_listed_fail():
    sent = [{"method": "GET", "url": "https://x.test/a"}, {"method": "POST", "url": "https://x.test/b"}]
    assert request_mismatches([], []) == []
    assert request_mismatches([], sent[:1]) == ["0 request(s) expected, 1 sent (the first not expected: GET https://x.test/a)"]
    assert request_mismatches(sent[:1], sent) == ["1 request(s) expected, 2 sent (the first not expected: POST https://x.test/b)"]
    case = Case("acme", "fetchOrder", 0, 0, {"description": "d", "args": [None], "requests": [], "throws": "ArgumentsRequired"})
    assert not case.is_request_test  # nothing to probe params with, nor a request to show for coverage
    assert case_problems(case, {"requests": [], "throws": "ArgumentsRequired", "message": "m"}) == []
    assert case_problems(case, {"requests": sent[:1], "throws": "ArgumentsRequired", "message": "m"}) == [
        "0 request(s) expected, 1 sent (the first not expected: GET https://x.test/a)"]


def test_a_fixture_nested_too_deeply_is_an_error_not_a_crash(tmp_path):
    for depth, words in ((5_000, "nested too deeply to read"), (200, "nested more than 64 levels deep")):
        text = json.dumps(VALID)[:-1] + ', "markets": ' + "[" * depth + "]" * depth + "}"
        with pytest.raises(FixtureError, match=words):
            load_fixture(write(tmp_path, None, text=text))


@pytest.mark.parametrize("info, words", [
    ("[" + "[], " * 120_000 + "[]]", "more than 100,000 values"),  # 0.5 MB, which the schema took 40 s to check
    ('"' + "x" * (2 * 1024 * 1024) + '"', "larger than 2,097,152 bytes"),
])
def test_a_fixture_too_large_to_check_quickly_is_an_error(tmp_path, info, words):
    # The loader and the schema's check run in certify's own process, without the runners' bounds: 24 MB of empty
    # lists took them 9 minutes and 1.9 GB (red-team round 54).
    text = json.dumps(VALID)[:-1] + ', "notes": ' + info + "}"
    with pytest.raises(FixtureError, match=words):
        load_fixture(write(tmp_path, None, text=text))


def test_a_fixture_of_many_errors_shows_the_first(tmp_path):
    # Every empty market is several errors: 99,000 of them (297 KB) made 41 MB of messages, in 29 s and 2.1 GB
    # (red-team round 55); a message quoting a long value is cut.
    fixture = dict(VALID, markets=[{}] * 99_000 + ["x" * 100_000])
    with pytest.raises(FixtureError) as raised:
        load_fixture(write(tmp_path, fixture))
    lines = str(raised.value).splitlines()
    assert len(lines) == 21 and lines[0].endswith("$.markets[0]: 'id' is a required property")
    assert lines[-1].endswith("(and more; the first 20 found are shown)")
    long = dict(VALID, markets=["x" * 100_000])
    with pytest.raises(FixtureError, match=r"\$\.markets\[0\]: 'x{100,300} \.\.\.$"):
        load_fixture(write(tmp_path, long))


def test_a_stream_fixture_is_bounded_as_an_exchange_fixture(tmp_path):
    from transpiler.harness.streams import load_stream_fixture

    folder = tmp_path / "tests" / "fixtures" / "streams"
    folder.mkdir(parents=True)
    (folder / "acme.json").write_text('{"cases": [' + "[], " * 120_000 + "[]]}")
    # (a ValueError: certify reads a FixtureError as the exchange fixture's, and would show nothing of this one)
    with pytest.raises(ValueError, match=r"streams/acme\.json: more than 100,000 values"):
        load_stream_fixture(str(tmp_path), "acme")


def test_a_fixture_that_is_not_utf8_is_an_error_not_a_crash(tmp_path):
    path = tmp_path / "acme.json"
    path.write_bytes(b'{\n  "exchange": "acme\xe9"\n}')
    with pytest.raises(FixtureError, match=r"acme\.json:2: not valid UTF-8 \(byte 0xe9 at offset 21\)"):
        load_fixture(str(path))


def test_a_fixture_that_is_not_a_regular_file_is_an_error(tmp_path):
    (tmp_path / "acme.json").mkdir()
    with pytest.raises(FixtureError, match="not a regular file"):
        load_fixture(str(tmp_path / "acme.json"))


def test_a_runner_gives_one_outcome_per_case_or_fails():
    # (certify pairs outcomes with cases in order: a case without one counted as passed)
    assert one_each([{"ok": 1}, {"ok": 2}], 2, "php exchange") == [{"ok": 1}, {"ok": 2}]
    for outcomes, given in (([{"ok": 1}], "1 outcomes"), ({"ok": 1}, "no list of outcomes")):
        with pytest.raises(RunnerError, match=f"the php exchange runner gave {given} for 2 cases"):
            one_each(outcomes, 2, "php exchange")
