"""The request pipeline over real HTTP, against a server on 127.0.0.1, in JS, Python sync, Python asyncio
and PHP: implicit API method -> request -> fetch2 (rate limiter) -> sign -> fetch -> handleErrors ->
handleHttpStatusCode -> JSON. Also what a hostile or broken server (or exchange file) must not achieve:
redirects are never followed, the timeout bounds the whole request, bodies are bounded in size and
decompressed size, corrupt bodies are BadResponse, Retry-After holds the rate limiter, no error, verbose log
line or object dump shows a credential in any encoding, and names from exchange code reach no native class,
method or scheme outside the fixed ones."""

from __future__ import annotations

import base64
import json
import os
import socket
import subprocess
import urllib.parse

import pytest

from tests.base_runners import ROOT, RUNTIMES, run_calls, run_calls_measured
from tests.http_server import LocalServer, RelayProxy, SocksProxy, local_certificate

API = {
    "public": {"get": ["json", "status/{code}", "reject", "slow", "trickle", "slow-headers", "slow-trailers", "early-hints",
                       "null", "conversion-key",
                       "malformed", "html", "large", "dropped", "reset", "head",
                       "redirect/{code}", "empty", "deep", "proto", "proto-value", "bad-utf8", "encoded/{kind}", "bomb", "endless", "huge"],
               "post": ["json"]},
    "heavy": {"get": {"json": 3}},  # the same endpoint at cost 3
}
SECRET, API_KEY, PASSWORD = "SECRET-xyz789", "KEY-abc123", 'pw "quoted" \\ back/slash é'
CREDENTIALS = (SECRET, API_KEY, PASSWORD)
BASIC = "Basic " + base64.b64encode(f"{API_KEY}:{SECRET}".encode()).decode()
MIB = 1024 * 1024


def construct(describe: dict, config: dict) -> list:
    return ["construct", [describe, config]]


# (call, arguments, expected outcome): {"throws": class, "message": [parts]} or a check on the result. In
# arguments, {server} and {other} are the two servers' URLs (two origins), {closed} a port nobody listens on,
# and {runtime} the runtime. An error message starts with the exchange's id unless "named" is False.
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
    "no-content": (["publicGetEmpty", []], lambda r: r.get("ok") is None and "throws" not in r),
    "connection-refused": (["fetch", ["http://127.0.0.1:{closed}/api/json"]], {"throws": "ExchangeNotAvailable"}),
    # A connection the server closes or resets without a response was made: a NetworkError, as only a connection never
    # made is ExchangeNotAvailable (Python sync made these that too, red-team round 48).
    "connection-dropped": (["publicGetDropped", []], {"throws": "NetworkError"}),
    # A response's head is read, or refused, alike in every runtime, whatever each HTTP client's own bounds (red-team
    # rounds 42 and 48: a header of 9 KB failed in asyncio alone, 20 KB in Node too, 101 lines in Python alone): header
    # lines (a name and its value) and the reason phrase of at most 8,000 characters, at most 99 header lines, 65,536
    # characters of names and values in all.
    "head-line-8000": (["publicGetHead", [{"line": 8000}]], lambda r: r["ok"] in ({}, [])),
    "head-line-8001": (["publicGetHead", [{"line": 8001}]], {"throws": "NetworkError", "message": ["99 header lines"]}),
    "head-wide-24000": (["publicGetHead", [{"line": 8000, "wide": 3}]], lambda r: r["ok"] in ({}, [])),
    "head-wide-72000": (["publicGetHead", [{"line": 8000, "wide": 9, "count": 12}]], {"throws": "NetworkError"}),
    "head-lines-99": (["publicGetHead", [{"count": 99}]], lambda r: r["ok"] in ({}, [])),
    "head-lines-100": (["publicGetHead", [{"count": 100}]], {"throws": "NetworkError"}),
    "head-reason-8000": (["publicGetHead", [{"reason": 8000}]], lambda r: r["ok"] in ({}, [])),
    "head-reason-8001": (["publicGetHead", [{"reason": 8001}]], {"throws": "NetworkError"}),
    "connection-reset": (["publicGetReset", []], {"throws": "NetworkError"}),
    "secret-in-url": (["publicGetStatusCode", [{"code": 400, "leak": SECRET, "key": API_KEY}]],
                      {"throws": "BadRequest"}),
    # 1. Redirects are an error, never followed: nothing reaches the Location, on this origin or another.
    "redirect": (["publicGetRedirectCode", [{"code": 302, "to": "/api/json?run=followed-{runtime}"}]],
                 {"throws": "BadResponse", "message": ["302", "redirect to /api/json?run=followed-"]}),
    "redirect-307-elsewhere": (["fetch", ["{server}/redirect/307?to={other}/json%3Frun%3Descaped-{runtime}", "POST",
                                          {"X-Key": API_KEY, "Authorization": BASIC}, "amount=1"]],
                               {"throws": "BadResponse", "message": ["307", "redirect to {other}/json?run=escaped-"]}),
    # Requests go only to the origins of urls['api'] (and urls['test']), whatever code asks for another.
    "undeclared-origin": (["fetch", ["{other}/json?run=undeclared-{runtime}&key=" + SECRET]],
                          {"throws": "ExchangeError", "message": ["is not at an origin of urls['api']"]}),
    "origin-as-userinfo": (["fetch", ["{server_origin}@{other_authority}/api/json?run=userinfo-{runtime}"]],
                           {"throws": "ExchangeError", "message": ["is not at an origin of urls['api']"]}),
    # The request line and the headers are the code's only within HTTP: no Host header (another site on the
    # exchange's front end), no CR LF in a method, a URL or a header (a header or a whole request of the code's own).
    "host-header": (["fetch", ["{server}/json?run=host-{runtime}", "GET", {"Host": "{other_authority}"}]],
                    {"throws": "ExchangeError", "message": ["sets the Host header"]}),
    "smuggled-request": (["fetch", ["{server}/json", "GET /api/json?run=smuggled-{runtime} HTTP/1.1\r\nHost: "
                                    "{other_authority}\r\n\r\nGET"]],
                         {"throws": "ExchangeError", "message": ["has a method that is not one of"]}),
    "header-injection": (["fetch", ["{server}/json?run=injected-{runtime}", "GET",
                                    {"X-Custom": "yes\r\nHost: {other_authority}"}]],
                         {"throws": "ExchangeError", "message": ["control character in the value of the X-Custom"]}),
    "header-name-injection": (["fetch", ["{server}/json?run=injected-{runtime}", "GET",
                                         {"X-A: 1\r\nHost": "{other_authority}"}]],
                              {"throws": "ExchangeError", "message": ["header name that is not an HTTP token"]}),
    # Node writes a header named by digits first (a JavaScript object lists such keys first), Python and PHP in its
    # place among the others (red-team round 47): such a name is refused.
    # curl built a request's head in a buffer of at most 1 MiB and refused a longer one where the other clients sent it
    # (red-team round 48): a URL and headers past 512 Ki characters are refused everywhere.
    "long-url": (["fetch", ["{server}/json?run=long-{runtime}&q=" + "a" * 524288]],
                 {"throws": "ExchangeError", "message": ["more than 524288 characters"]}),
    "long-header": (["fetch", ["{server}/json?run=long-{runtime}", "GET", {"X-Long": "a" * 300000, "X-More": "b" * 300000}]],
                    {"throws": "ExchangeError", "message": ["more than 524288 characters"]}),
    "digit-header-name": (["fetch", ["{server}/json?run=digits-{runtime}", "GET", {"b": "1", "5": "2", "a": "3"}]],
                          {"throws": "ExchangeError", "message": ["header name of digits only"]}),
    # A method is ASCII letters: 'po\u017ft' upper-cased is POST, which node:http refused and requests sent; an
    # undefined one is GET, as Node's default parameter makes it (Python and PHP refused it). A '?' with no query,
    # which requests and aiohttp leave out (the signature of the path with it failed in Python alone), and a body of
    # a HEAD request, which curl leaves out, are refused everywhere (red-team round 44).
    "method-beyond-ascii": (["fetch", ["{server}/json?run=injected-{runtime}", "po\u017ft", None, "x=1"]],
                            {"throws": "ExchangeError", "message": ["has a method that is not one of"]}),
    "method-undefined": (["fetch", ["{server}/json?run=undefined-method-{runtime}", None]],
                         lambda r: r["ok"]["method"] == "GET"),
    "empty-query": (["fetch", ["{server}/json?"]], {"throws": "ExchangeError", "message": ["a ? with no query"]}),
    "empty-query-then-fragment": (["fetch", ["{server}/json?#run=injected-{runtime}"]],
                                  {"throws": "ExchangeError", "message": ["a ? with no query"]}),
    "head-body": (["fetch", ["{server}/json?run=injected-{runtime}", "HEAD", None, "x=1"]],
                  {"throws": "ExchangeError", "message": ["leave out of a HEAD request"]}),
    "url-line-break": (["fetch", ["{server}/json?run=injected-{runtime}\r\nHost: {other_authority}"]],
                       {"throws": "ExchangeError", "message": ["control character in its URL"]}),
    "content-length-header": (["fetch", ["{server}/json?run=injected-{runtime}", "POST", {"Content-Length": "0"},
                                         "GET /api/json?run=smuggled-{runtime} HTTP/1.1\r\n\r\n"]],
                              {"throws": "ExchangeError", "message": ["sets the Content-Length header"]}),
    # Beyond ASCII each HTTP client writes a header or a URL its own way (latin-1, UTF-8, percent-encoded, refused):
    # the bytes signed would not be the bytes sent, the same in no two runtimes. U+2028 and U+0085 are line breaks
    # to some readers. Such a request is refused everywhere.
    "header-line-separator": (["fetch", ["{server}/json?run=injected-{runtime}", "GET",
                                         {"X-Custom": "yes\u2028Host: {other_authority}"}]],
                              {"throws": "ExchangeError", "message": ["other than ASCII in the value of the X-Custom"]}),
    "header-next-line": (["fetch", ["{server}/json?run=injected-{runtime}", "GET",
                                    {"X-Custom": "yes\u0085Host: {other_authority}"}]],
                         {"throws": "ExchangeError", "message": ["other than ASCII in the value of the X-Custom"]}),
    "header-latin-1": (["fetch", ["{server}/json?run=injected-{runtime}", "GET", {"X-Custom": "caf\u00e9"}]],
                       {"throws": "ExchangeError", "message": ["other than ASCII in the value of the X-Custom"]}),
    # A header value that is not a string: Node wrote a number and refused undefined, requests refused both (aiohttp
    # with a TypeError), PHP wrote 'Array' and an empty value (which makes curl drop a header of its own).
    "header-number": (["fetch", ["{server}/json?run=injected-{runtime}", "GET", {"X-Custom": 5}]],
                      {"throws": "ExchangeError", "message": ["the X-Custom header that is not a string"]}),
    "header-dictionary": (["fetch", ["{server}/json?run=injected-{runtime}", "GET", {"X-Custom": {"a": 1}}]],
                          {"throws": "ExchangeError", "message": ["the X-Custom header that is not a string"]}),
    "url-not-ascii": (["fetch", ["{server}/json?run=injected-{runtime}&x=caf\u00e9\u2028"]],
                      {"throws": "ExchangeError", "message": ["other than ASCII in its URL"]}),
    "url-space": (["fetch", ["{server}/json?run=injected-{runtime}&x=a b"]],
                  {"throws": "ExchangeError", "message": ["a space or a character other than ASCII in its URL"]}),
    # Paths and fragments that name another host reach the declared one, as a path (the server answers 404).
    "double-slash-path": (["fetch", ["{server_origin}//{other_authority}/api/json?run=undeclared-{runtime}"]],
                          {"throws": "ExchangeNotAvailable"}),
    "encoded-slash-path": (["fetch", ["{server_origin}/%2F%2F{other_authority}/api/json?run=undeclared-{runtime}"]],
                           {"throws": "ExchangeNotAvailable"}),
    "fragment-userinfo": (["fetch", ["{server_origin}#@{other_authority}/api/json?run=userinfo-{runtime}"]],
                          {"throws": "ExchangeNotAvailable"}),
    "query-userinfo": (["fetch", ["{server_origin}?@{other_authority}/api/json?run=userinfo-{runtime}"]],
                       {"throws": "ExchangeNotAvailable"}),
    # Only http(s) URLs, checked before any I/O.
    "file-url": (["fetch", ["file:///etc/hostname"]], {"throws": "ExchangeError", "message": ["unsupported URL scheme"]}),
    "ftp-url": (["fetch", ["ftp://127.0.0.1:{closed}/x"]],
                {"throws": "ExchangeError", "message": ["unsupported URL scheme"]}),
    # 2. The timeout bounds the whole request: this body takes 3 s, one byte every 50 ms.
    "trickle": (["publicGetTrickle", []], {"throws": "RequestTimeout"}),
    # The timeout bounds the status line and headers, and a chunked body's trailers, too: a server that sends them
    # slowly (or forever) cannot hold the caller past it.
    "slow-headers": (["publicGetSlowHeaders", []], {"throws": "RequestTimeout"}),
    # An interim response (103 Early Hints, which a CDN may send) comes before the response itself, in every runtime.
    "early-hints": (["publicGetEarlyHints", []], lambda r: r["ok"] == {"hinted": True}),
    # A body of null is no response in Python and PHP (None and null are their undefined): nor in Node.
    "null-body": (["publicGetNull", []], {"throws": "BadResponse"}),
    "slow-trailers": (["publicGetSlowTrailers", []], {"throws": "RequestTimeout"}),
    # 3. and 4. The library decodes compressed bodies itself, strictly; size limits.
    "gzip": (["publicGetEncodedKind", [{"kind": "gzip"}]], lambda r: r["ok"]["encoded"] == "gzip"),
    "deflate": (["publicGetEncodedKind", [{"kind": "deflate"}]], lambda r: r["ok"]["encoded"] == "deflate"),
    "raw-deflate": (["publicGetEncodedKind", [{"kind": "raw-deflate"}]],
                    lambda r: r["ok"]["encoded"] == "raw-deflate"),
    "bad-gzip": (["publicGetEncodedKind", [{"kind": "bad-gzip"}]],
                 {"throws": "BadResponse", "message": ["gzip body that does not decompress"]}),
    "bad-deflate": (["publicGetEncodedKind", [{"kind": "bad-deflate"}]],
                    {"throws": "BadResponse", "message": ["deflate body that does not decompress"]}),
    "truncated-gzip": (["publicGetEncodedKind", [{"kind": "truncated-gzip"}]],
                       {"throws": "BadResponse", "message": ["gzip body that does not decompress"]}),
    # A gzip body is one member, with or without the header's optional fields: Node's gunzip read several in turn, where
    # Python's and PHP's decoders refused the members after the first (red-team round 51).
    **{f"gzip-members-{cuts}": (["publicGetEncodedKind", [{"kind": f"gzip-members-{cuts}"}]],
                                {"throws": "BadResponse", "message": ["gzip body that does not decompress"]})
       for cuts in ("0", "1", "20", "0-0-0", "0-20", "20-20")},
    **{f"gzip-flags-{flags}": (["publicGetEncodedKind", [{"kind": f"gzip-flags-{flags}"}]],
                               lambda r: r["ok"]["encoded"].startswith("gzip-flags-")) for flags in (2, 4, 8, 16, 30)},
    "gzip-one-byte": (["publicGetEncodedKind", [{"kind": "gzip-one-byte"}]], lambda r: r["ok"] == 7),
    # A Content-Encoding is read as sent, but for the spaces and tabs around it: JavaScript's trim took a no-break space
    # away too, Python's strip a NEL as well, PHP's trim neither (red-team round 48).
    "encoding-nbsp": (["publicGetEncodedKind", [{"kind": "gzip-nbsp"}]],
                      {"throws": "BadResponse", "message": ["unsupported Content-Encoding"]}),
    "encoding-nel": (["publicGetEncodedKind", [{"kind": "gzip-nel"}]],
                     {"throws": "BadResponse", "message": ["unsupported Content-Encoding"]}),
    "unsupported-encoding": (["publicGetEncodedKind", [{"kind": "br"}]],
                             {"throws": "BadResponse", "message": ["unsupported Content-Encoding br"]}),
    "too-large": (["publicGetHuge", []], {"throws": "BadResponse", "message": [f"maxResponseSize ({32 * MIB} bytes)"]}),
    # 6. Deep JSON and bodies that are not UTF-8.
    "deep-json": (["publicGetDeep", []], {"throws": "BadResponse", "message": ["not JSON"]}),
    # A key __proto__ would be a prototype in Node once code copies it: no runtime reads such a response.
    "proto-key": (["publicGetProto", []], {"throws": "BadResponse", "message": ["not JSON"]}),
    # ... and so would the value __proto__ once code indexes by it (indexBy, groupBy, result[symbol] = ...).
    "proto-value": (["publicGetProtoValue", []], {"throws": "BadResponse", "message": ["not JSON"]}),
    # A key toString (or valueOf) makes writing its dictionary as a text a TypeError in every runtime alike, no unified
    # error: no runtime reads such a response either.
    "conversion-key": (["publicGetConversionKey", []], {"throws": "BadResponse", "message": ["not JSON"]}),
    "invalid-utf8": (["publicGetBadUtf8", []], {"throws": "BadResponse", "message": ["not valid UTF-8"]}),
    # 7. Credentials in other encodings: percent-encoded in a URL, JSON-escaped in a body, base64 in a header.
    "password-in-url": (["publicGetStatusCode", [{"code": 400, "leak": PASSWORD}]], {"throws": "BadRequest"}),
    "password-in-body": (["publicGetReject", [{"leak": PASSWORD}]], {"throws": "BadRequest"}),
    # An error of the exchange's own making (handleErrors' last line in most exchanges) with a body that echoes the
    # request, credentials and all: fetch redacts it as it does its own.
    "echoed-in-feedback": (["publicGetReject", [{"feedback": "yes", "leak": PASSWORD, "key": API_KEY,
                                                 "secret": SECRET}]],
                           {"throws": "ExchangeError", "message": ["rejected", "***"]}),
    # ... and so is any error its code raises, which may quote a value of the body (red-team round 32): Precise's error
    # for a precision that is no integer (RangeError, ValueError, InvalidArgumentException).
    "echoed-in-a-native-error": (["publicGetReject", [{"precision": API_KEY}]],
                                 {"throws": ("RangeError", "ValueError", "InvalidArgumentException"), "named": False,
                                  "message": ["must be a non-negative integer, not ***"]}),
    # The exchange as util.inspect, JSON.stringify, print_r, var_dump and json_encode show it right after: the last
    # response (last_http_response, last_json_response) echoed the credentials.
    "dumps-after-echo": (["dumps", []], lambda r: len(r["ok"]) >= 2 and all(r["ok"])),
    "basic-auth-header": (["fetch", ["{server}/json?run=basic", "GET", {"Authorization": BASIC}]],
                          lambda r: r["ok"]["query"] == {"run": "basic"}),
    "dumps": (["dumps", []], lambda r: len(r["ok"]) >= 2 and all(r["ok"])),
    # 8. Only the unified error classes, only plain names that replace no method.
    # A hash algorithm is exchange code's choice: the error does not echo it (a credential passed there would show).
    "unknown-hash-algorithm": (["hmac", ["data", "key", API_KEY]],
                               {"throws": "ExchangeError", "named": False, "message": ["unknown hash algorithm"]}),
    "unknown-jwt-algorithm": (["jwt", [{"a": 1}, "key", API_KEY]],
                              {"throws": "ExchangeError", "named": False, "message": ["jwt supports"]}),
    "unknown-error-class": (["throwError", ["SplFileObject", "{server}/json?run=instantiated-{runtime}"]],
                            {"throws": "ExchangeError", "message": ["unknown error class SplFileObject"],
                             "named": False}),
    "known-error-class": (["throwError", [{"$class": "InsufficientFunds"}, "local funds"]],
                          {"throws": "InsufficientFunds"}),
    "config-names-a-method": (construct({}, {"fetch": 1}), {"throws": "ExchangeError", "named": False,
                                                             "message": ['"fetch" is not allowed']}),
    "config-names-a-camelcase-method": (construct({}, {"fetchTicker": 1}),
                                        {"throws": "ExchangeError", "named": False}),
    "config-dunder": (construct({}, {"__proto__": {"polluted": True}}), {"throws": "ExchangeError", "named": False}),
    "config-not-an-identifier": (construct({}, {"not a name": 1}), {"throws": "ExchangeError", "named": False}),
    "describe-names-a-method": (construct({"sign": 1}, {}), {"throws": "ExchangeError", "named": False}),
    # The user's settings come from the base class or the config, never from an exchange's describe (), however
    # it was built: a proxy of the exchange's choosing would see every request.
    "describe-sets-a-proxy": (construct({"proxy": "http://127.0.0.1:{closed}"}, {}),
                              {"throws": "ExchangeError", "named": False, "message": ["user's settings: proxy"]}),
    "describe-unbounds": (construct({"maxResponseSize": 10 ** 15, "timeout": 10 ** 9, "verbose": True}, {}),
                          {"throws": "ExchangeError", "named": False,
                           "message": ["user's settings: verbose, timeout, maxResponseSize"]}),
    # Nor any key the base class's describe () lacks, which would preset the runtime's state: a throttleLast of the
    # file's choosing held Node alone 4 s at the first request (its clock counts from the process's start, Python's
    # and PHP's from the machine's boot; red-team round 43).
    "describe-presets-the-runtime-s-state": (construct({"throttleLast": 4000, "sessionTokens": {}}, {}),
                                             {"throws": "ExchangeError", "named": False,
                                              "message": ["keys of the base class's describe ()",
                                                          "not throttleLast, sessionTokens"]}),
    "describe-keeps-the-defaults": (construct({"timeout": 10000, "proxy": None}, {"timeout": 500, "verbose": False}),
                                    lambda r: r["ok"] is True),
    # Left out (this.omit (super.describe (), ...), or no super.describe () at all), a setting would be undefined:
    # no bound, no rate limit. So is a bound of the streams that this.extend replaced with a dictionary of its own.
    "describe-leaves-out-settings": (construct({"$omit": ["maxResponseSize", "enableRateLimit", "timeout"]}, {}),
                                     {"throws": "ExchangeError", "named": False,
                                      "message": ["leave out the user's settings: timeout, maxResponseSize, "
                                                  "enableRateLimit"]}),
    "describe-leaves-out-stream-bounds": (construct({"$omit": ["streaming"]}, {}),
                                          {"throws": "ExchangeError", "named": False,
                                           "message": ["streaming.maxFrameSize, streaming.maxQueue, "
                                                       "streaming.maxFrames, streaming.cacheLimit, "
                                                       "streaming.maxBookLevels, streaming.maxBalanceCurrencies, "
                                                       "streaming.maxInboundSize"]}),
    # The exchange's own rate limit must be a rate: 0, a negative or a text would switch the user's limiter off.
    "describe-unlimits-the-rate": (construct({"rateLimit": 0}, {}),
                                   {"throws": "ExchangeError", "named": False, "message": ["rateLimit must be a positive"]}),
    # The streams' memory bounds may be lowered by an exchange, never raised (the first such refused, by name: see
    # tests/security/test_stream_settings.py).
    "describe-raises-stream-bounds": (construct({"streaming": {"maxFrameSize": 10 ** 12, "maxQueue": "1e9",
                                                               "maxBookLevels": 10 ** 9,
                                                               "maxBalanceCurrencies": 10 ** 9,
                                                               "maxInboundSize": 2 ** 30}}, {}),
                                      {"throws": "ExchangeError", "named": False,
                                       "message": ["describe ()'s streaming.maxFrameSize must be an integer from 1 to "
                                                   "4194304, not 1000000000000"]}),
    "describe-lowers-stream-bounds": (construct({"streaming": {"maxFrameSize": 65536, "keepAlive": 5000}}, {}),
                                      lambda r: r["ok"] is True),
    "api-dunder": (construct({"api": {"__x": {"get": ["y"]}}}, {}), {"throws": "ExchangeError", "named": False}),
    "api-not-an-identifier": (construct({"api": {"pub lic": {"get": ["y"]}}}, {}),
                              {"throws": "ExchangeError", "named": False}),
    "config-plain-names": (construct({"api": {"extra": {"get": ["y"]}}}, {"options": {"x": 1}, "rateLimit": 50}),
                           lambda r: r["ok"] is True),
}
NAMES = list(SCENARIOS)


@pytest.fixture(scope="module")
def server():
    with LocalServer() as running:
        yield running


@pytest.fixture(scope="module")
def elsewhere():
    """A second origin, where a redirect could send credentials."""
    with LocalServer() as running:
        yield running


def exchange_spec(server: LocalServer, **config) -> dict:
    return {"describe": {"id": "local", "urls": {"api": server.url}, "api": API},
            "config": {"apiKey": API_KEY, "secret": SECRET, "password": PASSWORD, "timeout": 1000,
                       "headers": {"X-Custom": "yes"}, **config}}


def free_port() -> int:
    """A port nothing listens on (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fill(value, places: dict[str, str]):
    """value with each {place} in its strings replaced."""
    if isinstance(value, str):
        for name, text in places.items():
            value = value.replace("{" + name + "}", text)
        return value
    if isinstance(value, list):
        return [fill(item, places) for item in value]
    if isinstance(value, dict):
        return {key: fill(item, places) for key, item in value.items()}
    return value


_outcomes: dict[str, tuple[list, str]] = {}


def outcomes(server: LocalServer, elsewhere: LocalServer, runtime: str) -> tuple[list, str]:
    if runtime not in _outcomes:
        spec = exchange_spec(server, enableRateLimit=False, verbose=True)
        where = places(server, elsewhere, runtime)
        # The refused port is one of the exchange's origins: that scenario is about a refused connection.
        spec["describe"]["urls"]["test"] = f"http://127.0.0.1:{where['closed']}"
        spec["calls"] = fill([SCENARIOS[name][0] for name in NAMES], where)
        _outcomes[runtime] = run_calls(runtime, spec)
    return _outcomes[runtime]


def places(server: LocalServer, elsewhere: LocalServer, runtime: str) -> dict[str, str]:
    return {"server": server.url, "other": elsewhere.url, "server_origin": server.url.rsplit("/", 1)[0],
            "other_authority": elsewhere.url.split("://", 1)[1].split("/", 1)[0],
            "closed": str(free_port()), "runtime": runtime}


@pytest.mark.parametrize("runtime", RUNTIMES)
@pytest.mark.parametrize("name", NAMES)
def test_scenario(server, elsewhere, name, runtime):
    results, _ = outcomes(server, elsewhere, runtime)
    outcome = results[NAMES.index(name)]
    expected = SCENARIOS[name][1]
    if isinstance(expected, dict):
        thrown = expected["throws"]  # (a native error's class is the runtime's own: one of several)
        assert outcome.get("throws") in (thrown if isinstance(thrown, tuple) else (thrown,)), outcome
        if expected.get("named", True):
            assert outcome["message"].startswith("local "), "errors name the exchange"
        for part in fill(expected.get("message", []), places(server, elsewhere, runtime)):
            assert part in outcome["message"], outcome
    else:
        assert "throws" not in outcome, outcome
        assert expected(outcome), outcome


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_nothing_reaches_a_redirect_target_or_a_refused_class(server, elsewhere, runtime):
    outcomes(server, elsewhere, runtime)
    assert f"followed-{runtime}" not in server.arrivals
    assert f"escaped-{runtime}" not in elsewhere.arrivals, "credentials and the body went to another origin"
    assert f"undeclared-{runtime}" not in elsewhere.arrivals and f"userinfo-{runtime}" not in elsewhere.arrivals, \
        "a request went to an origin the exchange does not declare"
    assert f"instantiated-{runtime}" not in server.arrivals, "throwError instantiated a class that fetched a URL"
    for run in ("host", "smuggled", "injected"):
        assert f"{run}-{runtime}" not in server.arrivals, f"a request the code shaped itself ({run}) was sent"


def encoded_forms(value: str) -> list[str]:
    """The ways a credential can show in a message: raw, inside a JSON string, percent-encoded, and base64 (the
    characters that depend on it alone, at each of the three byte alignments it can have in a longer text)."""
    forms = [value, json.dumps(value, ensure_ascii=False)[1:-1], urllib.parse.quote(value, safe="-_.!~*'()")]
    data = value.encode()
    for offset in range(3):
        encoded = base64.b64encode(bytes(offset) + data).decode()
        forms.append(encoded[-(-8 * offset // 6):8 * (offset + len(data)) // 6])
    return forms


def test_encoded_forms():
    assert encoded_forms('a "b"') == ['a "b"', 'a \\"b\\"', "a%20%22b%22", "YSAiYi", "EgImIi", "hICJiI"]
    for offset, form in enumerate(encoded_forms('a "b"')[3:]):
        assert form in base64.b64encode(b"-" * offset + b'a "b"' + b"-").decode()


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_no_credential_in_errors_logs_or_dumps(server, elsewhere, runtime):
    results, printed = outcomes(server, elsewhere, runtime)
    leak = results[NAMES.index("secret-in-url")]
    assert "***" in leak["message"]
    assert "request GET" in printed and "response GET" in printed, "verbose mode logs requests and responses"
    assert "Authorization" in printed, "the verbose log shows the headers"
    texts = [printed] + [result.get("message", "") for result in results] + results[NAMES.index("dumps")]["ok"] \
        + results[NAMES.index("dumps-after-echo")]["ok"]
    for text in texts:
        for credential in CREDENTIALS:
            for form in encoded_forms(credential):
                assert form not in text, (credential, form, text[:3000])


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_dumps_show_neither_the_proxy_s_login_nor_the_config_s_header_values(server, runtime):
    # (util.inspect, JSON.stringify, print_r, var_dump and json_encode showed both; PHP's serialize () showed the keys
    # too: red-team round 58)
    spec = exchange_spec(server, proxy="http://proxy-user:PROXY-PASS-1@127.0.0.1:8080",
                         headers={"X-Token": "HEADER-TOKEN-1"})
    spec["calls"] = [["dumps", []]]
    dumps = run_calls(runtime, spec)[0][0]["ok"]
    assert len(dumps) >= 2
    for text in dumps:
        assert all(shown not in text for shown in ("proxy-user", "PROXY-PASS-1", "HEADER-TOKEN-1", SECRET)), text
    if not runtime.startswith("python"):  # (repr shows no member)
        assert "X-Token" in dumps[0] and "127.0.0.1:8080" in dumps[0], dumps[0]
    if runtime == "php":
        assert dumps[-1] == "serialize: an exchange is not serialized, since it holds the keys: make another from its " \
            "config", dumps[-1]


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_bad_response_names_exchange_and_shows_an_excerpt(server, elsewhere, runtime):
    results, _ = outcomes(server, elsewhere, runtime)
    message = results[NAMES.index("html-body")]["message"]
    assert message.startswith("local GET ") and "<html><body>maintenance" in message and message.endswith("...")
    assert len(message) < 400


@pytest.mark.parametrize("runtime", RUNTIMES)
@pytest.mark.parametrize("body, limit", [("bomb", "maxDecompressedSize"), ("endless", "maxResponseSize")])
def test_memory_is_bounded(server, runtime, body, limit):
    # A 256 KB gzip body of 256 MiB of zeros, and a chunked body that does not end: the runner stops at
    # the default limits (32 MiB each) and its peak resident set stays well below what it was sent.
    spec = exchange_spec(server, timeout=30000)
    spec["calls"] = [["publicGet" + body.capitalize(), []]]
    results, peak = run_calls_measured(runtime, spec)
    assert results[0].get("throws") == "BadResponse" and f"{limit} ({32 * MIB} bytes)" in results[0]["message"]
    assert peak < 200 * MIB, f"{runtime} peaked at {peak // MIB} MiB"


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_size_limits_are_options(server, runtime):
    spec = exchange_spec(server, maxResponseSize=100000, maxDecompressedSize=100)
    spec["calls"] = [["publicGetLarge", []], ["publicGetEncodedKind", [{"kind": "gzip"}]], ["publicGetJson", []]]
    large, compressed, small = run_calls(runtime, spec)[0]
    assert large.get("throws") == "BadResponse" and "maxResponseSize (100000 bytes)" in large["message"], large
    assert compressed.get("throws") == "BadResponse" and "maxDecompressedSize (100 bytes)" in compressed["message"]
    assert small["ok"]["method"] == "GET", "an uncompressed body is bounded by maxResponseSize only"


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


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_rate_limiter_spaces_requests_by_cost(server, runtime):
    # The runner's injected clock stands still except in sleep, which records what it was asked: the delays the
    # limiter imposes are exact, whatever the load of the machine. rateLimit 100 ms: each cost-1 request after
    # the first waits 100 ms, each cost-3 one 300 ms; without the limiter nothing waits.
    spec = exchange_spec(server, enableRateLimit=True, rateLimit=100)
    spec["clock"] = {"milliseconds": 1699999999900}
    spec["calls"] = [["publicGetJson", []]] * 5 + [["sleeps", []]] + [["heavyGetJson", []]] * 4 + [["sleeps", []]]
    unlimited = exchange_spec(server, enableRateLimit=False)
    unlimited["clock"] = {"milliseconds": 1699999999900}
    unlimited["calls"] = [["publicGetJson", []]] * 5 + [["sleeps", []]]
    results, _ = run_calls(runtime, spec)
    free, _ = run_calls(runtime, unlimited)
    assert all("throws" not in result for result in results + free), results + free
    assert results[5]["ok"] == [100, 100, 100, 100], results[5]
    assert results[10]["ok"] == [300, 300, 300, 300], results[10]
    assert free[5]["ok"] == [], free[5]


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_rate_limiter_takes_only_costs_of_zero_or_more(server, runtime):
    # An api tree's cost comes from the exchange's file: a negative one would refill the bucket on every call (no
    # limit at all under the user's enableRateLimit). Such a request fails, and takes nothing from the bucket.
    spec = exchange_spec(server, enableRateLimit=True, rateLimit=100)
    spec["describe"]["api"] = {**API, "refund": {"get": {"json": -5}}}
    spec["clock"] = {"milliseconds": 1699999999900}
    spec["calls"] = [["refundGetJson", []], ["publicGetJson", []], ["publicGetJson", []], ["sleeps", []]]
    results, _ = run_calls(runtime, spec)
    assert results[0].get("throws") == "ExchangeError", results
    assert "cost must be a number of 0 or more, not -5" in results[0]["message"], results[0]
    assert results[1]["ok"]["method"] == "GET" and results[3]["ok"] == [100], results


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_rate_limiter_refuses_a_cost_longer_than_a_sleep(server, runtime):
    # A cost whose wait is longer than a sleep can be (2^31 - 1 ms) fails before it is taken from the bucket: taken,
    # it left every later request waiting as long, failing each in turn.
    spec = exchange_spec(server, enableRateLimit=True, rateLimit=100)
    spec["describe"]["api"] = {**API, "huge": {"get": {"json": 1e12}}}
    spec["clock"] = {"milliseconds": 1699999999900}
    spec["calls"] = [["hugeGetJson", []], ["publicGetJson", []], ["publicGetJson", []], ["sleeps", []]]
    results, _ = run_calls(runtime, spec)
    assert results[0].get("throws") == "ExchangeError", results
    assert "longer than a sleep can" in results[0]["message"], results[0]
    assert results[1]["ok"]["method"] == "GET" and results[3]["ok"] == [100], results


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_requests_go_through_the_users_proxy(server, runtime):
    # The proxy setting in every runtime (Node sent every request directly, whatever it said): a plain request in
    # absolute form, with the proxy's credentials; a secure one through a tunnel the proxy is asked for (the tunnel to
    # a port where nothing listens fails at the proxy: what the proxy saw is the point).
    closed = free_port()
    results = []
    with RelayProxy() as proxy:
        for api in (server.url, f"https://127.0.0.1:{closed}"):
            spec = exchange_spec(server, enableRateLimit=False, proxy=proxy.url.replace("//", "//user:p%40ss@"))
            spec["describe"]["urls"]["api"] = api
            spec["calls"] = [["publicGetJson", [{"a": "1"}]]]
            results += run_calls(runtime, spec)[0]
    assert results[0]["ok"]["query"] == {"a": "1"}, results
    assert results[1].get("throws") == "ExchangeNotAvailable", results
    basic = "Basic " + base64.b64encode(b"user:p@ss").decode()
    seen = [(line.rsplit(" ", 1)[0], authorization) for line, authorization in proxy.seen]  # (HTTP/1.0 or 1.1)
    assert seen == [(f"GET {server.url}/json?a=1", basic), (f"CONNECT 127.0.0.1:{closed}", basic)], proxy.seen
    assert "p@ss" not in results[1]["message"] and "p%40ss" not in results[1]["message"], results[1]


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_no_credentials_are_added_from_a_netrc_file(server, runtime, tmp_path, monkeypatch):
    # requests' session reads ~/.netrc (or $NETRC) for a host that no Authorization header names and adds its login
    # as Basic credentials, where Node, asyncio and PHP send none: a request is what the exchange's sign () made.
    netrc = tmp_path / "netrc"
    netrc.write_text("machine 127.0.0.1 login netrc-user password netrc-pass\n")
    netrc.chmod(0o600)
    monkeypatch.setenv("NETRC", str(netrc))
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / ".netrc").write_text(netrc.read_text())
    (tmp_path / ".netrc").chmod(0o600)
    spec = exchange_spec(server, enableRateLimit=False)
    spec["calls"] = [["publicGetJson", [{"a": "1"}]]]
    result = run_calls(runtime, spec)[0][0]
    assert result["ok"]["authorized"] is False, (runtime, result)


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory):
    """The local server over TLS, with a certificate for 127.0.0.1 made for the test (its file: the CA to trust)."""
    import ssl
    certificate, key = local_certificate(tmp_path_factory.mktemp("tls"))
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(certificate, key)
    with LocalServer() as running:
        running.socket = context.wrap_socket(running.socket, server_side=True)
        yield running.url.replace("http://", "https://"), certificate


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_secure_requests_through_the_proxy_keep_their_tunnel(tls_server, runtime, monkeypatch, tmp_path):
    # Requests through the proxy to the same https:// origin: one tunnel, kept alive for the next (Node opened none
    # before: it sent requests directly), as a direct connection is. The server's answers are the server's, the first
    # on the tunnel (a 103, then a 200) and those on the kept tunnel too: asyncio read the first, and PHP every one
    # after the first, as the proxy's answer to CONNECT (red-team round 62).
    url, certificate = tls_server
    for name in ("NODE_EXTRA_CA_CERTS", "REQUESTS_CA_BUNDLE", "SSL_CERT_FILE"):
        monkeypatch.setenv(name, certificate)
    (tmp_path / "ca.ini").write_text(f"curl.cainfo={certificate}\nopenssl.cafile={certificate}\n")
    monkeypatch.setenv("PHP_INI_SCAN_DIR", f":{tmp_path}")  # (PHP's curl reads its CA from php.ini)
    with RelayProxy() as proxy:
        spec = {"describe": {"id": "local", "urls": {"api": url}, "api": API},
                "config": {"enableRateLimit": False, "proxy": proxy.url},
                "calls": [["publicGetEarlyHints", []], ["publicGetJson", [{"n": "1"}]], ["publicGetJson", [{"n": "2"}]],
                          ["publicGetStatusCode", [{"code": 429}]]]}
        results, _ = run_calls(runtime, spec)
    assert results[0].get("ok") == {"hinted": True}, results
    assert [result.get("ok", result)["query"] for result in results[1:3]] == [{"n": "1"}, {"n": "2"}], results
    assert results[3].get("throws") == "RateLimitExceeded", results
    authority = url.split("//", 1)[1].split("/", 1)[0]
    assert [line.rsplit(" ", 1)[0] for line, _ in proxy.seen] == [f"CONNECT {authority}"], proxy.seen


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_no_environment_variable_turns_certificate_checks_off_or_the_proxy_aside(tls_server, server, runtime,
                                                                                 monkeypatch):
    # (NODE_TLS_REJECT_UNAUTHORIZED=0 sent the signed request to a server of a certificate no one trusts, in Node
    # alone, and NO_PROXY=* sent PHP's past the config's proxy, where the others went through it; red-team round 58)
    url, _ = tls_server
    for name in ("NODE_EXTRA_CA_CERTS", "REQUESTS_CA_BUNDLE", "SSL_CERT_FILE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NODE_TLS_REJECT_UNAUTHORIZED", "0")
    monkeypatch.setenv("NO_PROXY", "*")
    monkeypatch.setenv("no_proxy", "*")
    spec = {"describe": {"id": "local", "urls": {"api": url}, "api": API}, "config": {"enableRateLimit": False},
            "calls": [["publicGetJson", [{"n": "1"}]]]}
    [untrusted], _ = run_calls(runtime, spec)
    assert untrusted.get("throws") in ("NetworkError", "ExchangeNotAvailable"), untrusted
    with RelayProxy() as proxy:  # (and through a tunnel)
        [tunnelled], _ = run_calls(runtime, {**spec, "config": {"enableRateLimit": False, "proxy": proxy.url}})
    assert tunnelled.get("throws") in ("NetworkError", "ExchangeNotAvailable") and proxy.seen, tunnelled
    with RelayProxy() as proxy:
        spec = exchange_spec(server, enableRateLimit=False, proxy=proxy.url)
        spec["calls"] = [["publicGetJson", [{"n": "2"}]]]
        [proxied], _ = run_calls(runtime, spec)
    assert proxied.get("ok", proxied)["query"] == {"n": "2"} and len(proxy.seen) == 1, (proxied, proxy.seen)


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_a_proxy_that_is_not_http_is_refused_or_used_never_bypassed(server, runtime):
    # A SOCKS proxy is PHP's (curl) and Python's with PySocks; Node goes through http:// proxies only and asyncio
    # through http:// and https:// ones, and refuse another (aiohttp spoke HTTP to it: red-team round 50), rather
    # than send the request directly. (Here the socks5:// URL names an HTTP proxy: a SOCKS client fails at its
    # handshake.)
    with RelayProxy() as proxy:
        spec = exchange_spec(server, enableRateLimit=False, proxy=proxy.url.replace("http://", "socks5://"))
        spec["calls"] = [["publicGetJson", []]]
        results, _ = run_calls(runtime, spec)
    assert "throws" in results[0] or proxy.seen, f"{runtime} sent the request directly: {results}"
    if runtime == "js":
        assert results[0] == {"throws": "NotSupported", "message": "proxy: Node goes through http:// proxies only, "
                              "not socks5: ones"}, results
    if runtime == "python-async":
        assert results[0] == {"throws": "NotSupported", "message": "proxy: asyncio goes through http:// and https:// "
                              "proxies only, not socks5:// ones"}, results
        assert not proxy.seen, proxy.seen


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_a_proxy_setting_that_is_no_url_is_never_bypassed(server, runtime):
    # ("0" was no proxy to PHP, which sent the request directly: red-team round 62)
    spec = exchange_spec(server, enableRateLimit=False, proxy="0")
    spec["calls"] = [["publicGetJson", []]]
    results, _ = run_calls(runtime, spec)
    assert results[0].get("throws") in ("NotSupported", "ExchangeNotAvailable"), results


@pytest.mark.parametrize("through_proxy", [None, RelayProxy, SocksProxy], ids=["direct", "proxy", "socks"])
def test_python_sync_cuts_a_slow_response_at_the_timeout(server, through_proxy, monkeypatch):
    # requests bounds each read only: a chunked body's trailers, a line every 50 ms for 3 s, would hold the caller
    # (and then succeed). Python sync's deadline shuts the socket down at the timeout, directly or through an HTTP
    # or a SOCKS proxy: the server sees the client leave before the response ended (no clock is read here).
    monkeypatch.syspath_prepend(os.path.join(ROOT, "python"))
    from exchangekit.base.errors import RequestTimeout
    from exchangekit.base.exchange import Exchange

    class Local(Exchange):
        def describe(self):
            return self.deep_extend(super().describe(), {"id": "local", "urls": {"api": server.url}, "api": API})

    run = f"deadline-{through_proxy.__name__ if through_proxy else 'direct'}"
    with (through_proxy or RelayProxy)() as proxy:
        exchange = Local({"timeout": 500, "enableRateLimit": False, "proxy": proxy.url if through_proxy else None})
        with pytest.raises(RequestTimeout):
            exchange.public_get_slow_trailers({"run": run})
        # the server notices at its next write; without the deadline it would write all 60 lines, to the end
        assert server.wait_abandoned(run), "the client read the slow trailers to their end"


def test_php_camelcase_aliases_reach_only_public_methods():
    # PHP answers to the camelCase name of every method through __call, which must not become a way around
    # visibility (digest_as and algorithm_name are private) or into magic methods.
    script = """require 'php/base/autoload.php';
        $exchange = new \\exchangekit\\Exchange([]);
        foreach (['digestAs', 'algorithmName', '__Clone'] as $name) {
            try { $exchange->$name('x', 'hex'); echo "$name called\\n"; }
            catch (\\Throwable $error) { echo "$name: ", get_class($error), "\\n"; }
        }
        echo $exchange->safeString(['a' => 'b'], 'a'), "\\n";"""
    output = subprocess.run(["php", "-r", script], capture_output=True, text=True, cwd=ROOT, check=True).stdout
    assert output.splitlines() == ["digestAs: BadMethodCallException", "algorithmName: BadMethodCallException",
                                   "__Clone: BadMethodCallException", "b"], output


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_a_url_whose_authority_is_not_a_host_is_no_origin(server, elsewhere, runtime):
    # urls['api'] with user info or a backslash names one host and reaches another (the one after the @, or before
    # the backslash for parsers that read it as a slash): it gives no origin, so nothing is requested from it.
    where = places(server, elsewhere, runtime)
    server_authority = where["server_origin"].split("://", 1)[1]
    for index, api in enumerate([f"{where['server_origin']}@{where['other_authority']}/api",
                                 f"http://{where['other_authority']}\\@{server_authority}/api"]):
        spec = exchange_spec(server, enableRateLimit=False)
        spec["describe"]["urls"]["api"] = api
        spec["calls"] = [["publicGetJson", [{"run": f"authority{index}-{runtime}"}]]]
        [outcome], _ = run_calls(runtime, spec)
        assert outcome.get("throws") == "ExchangeError" and "is not at an origin of urls['api']" in outcome["message"], \
            outcome
        assert f"authority{index}-{runtime}" not in elsewhere.arrivals, "a request went to the host after the @"
        assert f"authority{index}-{runtime}" not in server.arrivals
