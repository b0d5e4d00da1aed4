"""The request pipeline over real HTTP, against a server on 127.0.0.1, in JS, Python sync, Python asyncio
and PHP: implicit API method -> request -> fetch2 (rate limiter) -> sign -> fetch -> handleErrors ->
handleHttpStatusCode -> JSON. Also: no raised error and no verbose log line shows a credential."""

from __future__ import annotations

import json
import socket
import statistics

import pytest

from tests.base_runners import RUNTIMES, run_calls
from tests.http_server import LocalServer

API = {
    "public": {"get": ["json", "status/{code}", "slow", "malformed", "html", "large", "redirect", "empty"],
               "post": ["json"]},
    "heavy": {"get": {"json": 3}},  # the same endpoint at cost 3
}
SECRET, API_KEY = "SECRET-xyz789", "KEY-abc123"

# (call, arguments, expected outcome): {"throws": class} or a check on the result.
SCENARIOS = {
    "get": (["publicGetJson", [{"a": "x y", "n": 1}]], lambda r: r["ok"]["method"] == "GET"
            and r["ok"]["query"] == {"a": "x y", "n": "1"} and r["ok"]["userAgent"] == "exchangekit"
            and r["ok"]["custom"] == "yes"),
    "post": (["publicPostJson", [{"side": "buy"}]], lambda r: r["ok"]["method"] == "POST"
             and r["ok"]["query"] == {"side": "buy"}),
    "path-params": (["publicGetStatusCode", [{"code": 404}]], {"throws": "ExchangeNotAvailable"}),
    "400": (["publicGetStatusCode", [{"code": 400}]], {"throws": "BadRequest"}),
    "401": (["publicGetStatusCode", [{"code": 401}]], {"throws": "AuthenticationError"}),
    "418": (["publicGetStatusCode", [{"code": 418}]], {"throws": "DDoSProtection"}),
    "429": (["publicGetStatusCode", [{"code": 429}]], {"throws": "RateLimitExceeded"}),
    "500": (["publicGetStatusCode", [{"code": 500}]], {"throws": "ExchangeNotAvailable"}),
    "502": (["publicGetStatusCode", [{"code": 502}]], {"throws": "ExchangeNotAvailable"}),
    "503": (["publicGetStatusCode", [{"code": 503}]], {"throws": "OnMaintenance"}),
    "timeout": (["publicGetSlow", []], {"throws": "RequestTimeout"}),
    "malformed-json": (["publicGetMalformed", []], {"throws": "BadResponse"}),
    "html-body": (["publicGetHtml", []], {"throws": "BadResponse"}),
    "large-body": (["publicGetLarge", []], lambda r: len(r["ok"]["items"]) == 40000),
    "redirect": (["publicGetRedirect", []], lambda r: r["ok"]["query"] == {"redirected": "yes"}),
    "no-content": (["publicGetEmpty", []], lambda r: r.get("ok") is None and "throws" not in r),
    "connection-refused": (["fetch", ["http://127.0.0.1:{closed}/api/json"]], {"throws": "ExchangeNotAvailable"}),
    "secret-in-url": (["publicGetStatusCode", [{"code": 400, "leak": SECRET, "key": API_KEY}]],
                      {"throws": "BadRequest"}),
}
NAMES = list(SCENARIOS)


@pytest.fixture(scope="module")
def server():
    with LocalServer() as running:
        yield running


def exchange_spec(server: LocalServer, **config) -> dict:
    return {"describe": {"id": "local", "urls": {"api": server.url}, "api": API},
            "config": {"apiKey": API_KEY, "secret": SECRET, "timeout": 400, "headers": {"X-Custom": "yes"},
                       **config}}


def free_port() -> int:
    """A port nothing listens on (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


_outcomes: dict[str, tuple[list, str]] = {}


def outcomes(server: LocalServer, runtime: str) -> tuple[list, str]:
    if runtime not in _outcomes:
        spec = exchange_spec(server, enableRateLimit=False, verbose=True)
        closed = json.dumps(free_port())
        spec["calls"] = json.loads(json.dumps([SCENARIOS[name][0] for name in NAMES]).replace("{closed}", closed))
        _outcomes[runtime] = run_calls(runtime, spec)
    return _outcomes[runtime]


@pytest.mark.parametrize("runtime", RUNTIMES)
@pytest.mark.parametrize("name", NAMES)
def test_scenario(server, name, runtime):
    results, _ = outcomes(server, runtime)
    outcome = results[NAMES.index(name)]
    expected = SCENARIOS[name][1]
    if isinstance(expected, dict):
        assert outcome.get("throws") == expected["throws"], outcome
        assert outcome["message"].startswith("local "), "errors name the exchange"
    else:
        assert "throws" not in outcome, outcome
        assert expected(outcome), outcome


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_no_credential_in_errors_or_verbose_logs(server, runtime):
    results, printed = outcomes(server, runtime)
    leak = results[NAMES.index("secret-in-url")]
    assert "***" in leak["message"]
    assert "request GET" in printed and "response GET" in printed, "verbose mode logs requests and responses"
    for text in [printed] + [result.get("message", "") for result in results]:
        assert SECRET not in text and API_KEY not in text


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_bad_response_names_exchange_and_shows_an_excerpt(server, runtime):
    results, _ = outcomes(server, runtime)
    message = results[NAMES.index("html-body")]["message"]
    assert message.startswith("local GET ") and "<html><body>maintenance" in message and message.endswith("...")
    assert len(message) < 400


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_rate_limiter_spaces_requests_by_cost(server, runtime):
    # rateLimit 100 ms: cost-1 requests arrive about 100 ms apart, cost-3 ones about 300 ms apart, and
    # without the limiter much closer. Ratios with tolerance, since the machine is shared.
    spec = exchange_spec(server, enableRateLimit=True, rateLimit=100)
    spec["calls"] = [["publicGetJson", [{"run": f"{runtime}-unit"}]]] * 5 \
        + [["heavyGetJson", [{"run": f"{runtime}-heavy"}]]] * 4
    unlimited = exchange_spec(server, enableRateLimit=False)
    unlimited["calls"] = [["publicGetJson", [{"run": f"{runtime}-free"}]]] * 5
    run_calls(runtime, spec)
    run_calls(runtime, unlimited)

    def gaps(run: str) -> list[float]:
        times = server.arrivals[f"{runtime}-{run}"]
        return [(later - earlier) * 1000 for earlier, later in zip(times, times[1:])]

    unit, heavy, free = gaps("unit"), gaps("heavy"), gaps("free")
    # The limiter spaces the start of requests; the first connection's set-up may shorten the first gap.
    assert min(unit) > 60 and statistics.mean(unit) > 85, unit
    assert 2.4 < statistics.mean(heavy) / statistics.mean(unit) < 3.6, (unit, heavy)
    assert statistics.mean(free) < statistics.mean(unit) / 2, (free, unit)


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_retry_after_holds_the_rate_limiter(server, runtime):
    # The clock is the runner's: it stands still except in sleep, which records what it was asked, so the
    # delays are exact. rateLimit 100 ms: a request of cost 1 right after another waits 100 ms; a Retry-After
    # on a 429 or 503 (seconds, or an HTTP date) makes the next request wait that long instead, at most
    # maxRetryAfter. The clock reads 22:13:23.1 when the date below is received (3.1 s after the start).
    spec = exchange_spec(server, enableRateLimit=True, rateLimit=100, maxRetryAfter=60000)
    spec["clock"] = {"milliseconds": 1699999999900}  # 22:13:19.9 GMT
    status = "publicGetStatusCode"
    spec["calls"] = [
        [status, [{"code": 429, "retryAfter": "3"}]], ["publicGetJson", []], ["sleeps", []],
        [status, [{"code": 503, "retryAfter": "Tue, 14 Nov 2023 22:13:28 GMT"}]], ["publicGetJson", []], ["sleeps", []],
        [status, [{"code": 429, "retryAfter": "86400"}]], ["publicGetJson", []], ["sleeps", []],
        [status, [{"code": 429}]], ["publicGetJson", []], ["sleeps", []],
        [status, [{"code": 500, "retryAfter": "7"}]], ["publicGetJson", []], ["sleeps", []],
        [status, [{"code": 429, "retryAfter": "soon"}]], ["publicGetJson", []], ["sleeps", []],
    ]
    results, _ = run_calls(runtime, spec)
    assert [result.get("throws") for result in results[::3]] == ["RateLimitExceeded", "OnMaintenance",
                                                                "RateLimitExceeded", "RateLimitExceeded",
                                                                "ExchangeNotAvailable", "RateLimitExceeded"]
    sleeps = [result["ok"] for result in results[2::3]]
    # Each line: the wait before the request that gets the Retry-After (none for the first), then before the
    # next one. Only 429 and 503 count, and a value that is neither seconds nor a date is ignored.
    assert sleeps == [[3000], [100, 5000], [100, 60000], [100, 100], [100, 100], [100, 100]], sleeps

