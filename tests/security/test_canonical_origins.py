"""A URL of urls['api'] has an origin only where its host and port are written as every HTTP client reads them
(red-team round 47).

The origins' pattern took any `[A-Za-z0-9._-]+` or bracketed IPv6 as a host, which each HTTP client then read its own
way: measured before the change against a server on 127.0.0.1, `http://2130706433:P` reached it from Node and PHP
(Host 127.0.0.1), from Python sync as Host 2130706433, and not from asyncio (a NetworkError, "not a canonical IPv4
address"); `127.000.000.001` likewise; a trailing dot reached it from Node alone; `0x7F.1`, capitals and IPv4-mapped
IPv6 forms were named otherwise in the Host header by each client. A catch clause around such a request took another
path in one runtime. Now a host is a name in lower case whose last label starts with no digit and that ends with no
dot, or a decimal IPv4 address, and a port is 1 to 65535 without leading zeros: any other URL has no origin, so that
nothing is sent to it, in every runtime, and exchanges.json lists no other (CERT-R001). Round 48 bounded the names
further: labels of 1 to 63 characters, none xn--, at most 253 characters, not localhost nor under it (Node refused an
xn-- label that is no punycode and a name past 253, urllib3 a label past 63, asyncio raised the idna codec's native
UnicodeError, and curl resolves *.localhost to this machine where the others ask the system's resolver).
"""

from __future__ import annotations

import pytest

from tests.base_runners import RUNTIMES, run_calls
from tests.http_server import LocalServer
from transpiler.registry import LISTED_ORIGIN

NOT_CANONICAL = ["http://2130706433:{port}", "http://127.000.000.001:{port}", "http://127.0.0.1.:{port}",
                 "http://0x7F.0.0.1:{port}", "http://0x7f.1:{port}", "http://LOCALHOST:{port}",
                 "http://Localhost:{port}", "http://localhost.:{port}", "http://[::1]:{port}",
                 "http://[::ffff:127.0.0.1]:{port}", "http://127.0.0.1:0{port}", "http://127.0.0.1:99999",
                 "http://127.0.0.256:{port}", "http://127.1:{port}",
                 # round 48: a label past 63 characters, a name past 253, an xn-- label that is no punycode, and
                 # localhost and names under it, which curl resolves itself and the others ask the system's resolver
                 "http://" + "a" * 64 + ".localhost.example:{port}", "http://" + "abcdefghij." * 25 + "example:{port}",
                 "http://xn--zz.example:{port}", "http://localhost:{port}", "http://x.localhost:{port}"]
CANONICAL = ["http://127.0.0.1:{port}", "HTTP://127.0.0.1:{port}"]


@pytest.fixture(scope="module")
def server():
    with LocalServer() as running:
        yield running


def outcomes(runtime: str, urls: list[str], port: int) -> list[str]:
    """What a request to each URL gave, an exchange's urls['api'] naming them all: 'sent' or the error's message."""
    written = [url.format(port=port) for url in urls]
    describe = {"id": "t", "urls": {"api": {f"host{index}": url for index, url in enumerate(written)}},
                "api": {"public": {"get": ["json"]}}}
    results, _ = run_calls(runtime, {"describe": describe,
                                     "calls": [["fetch", [url + "/api/json?run=canonical"]] for url in written]})
    return ["sent" if "ok" in result else result.get("message", result.get("throws")) for result in results]


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_a_host_or_port_written_otherwise_has_no_origin(server, runtime):
    refused = outcomes(runtime, NOT_CANONICAL, server.server_address[1])
    assert all("is not at an origin of urls['api']" in outcome for outcome in refused), \
        dict(zip(NOT_CANONICAL, refused))


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_a_canonical_host_is_reached(server, runtime):
    assert outcomes(runtime, CANONICAL, server.server_address[1]) == ["sent"] * len(CANONICAL)


def test_the_registry_lists_canonical_origins_only():
    listed = [url.format(port=8443).replace("http://", "https://") for url in NOT_CANONICAL]
    assert [url for url in listed if LISTED_ORIGIN.match(url)] == []
    assert LISTED_ORIGIN.match("https://api.kraken.com") and LISTED_ORIGIN.match("wss://ws.kraken.com:443")
