"""The streaming runtime's boundaries, beyond the fixtures: streams connect only to the origins of urls['ws'] and
only over ws(s), credentials stay out of connection errors, and the runtimes without streaming (Python's
synchronous classes, PHP) say so with NotSupported."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys

import pytest

from tests.base_runners import ROOT
from transpiler.harness.stream_server import StreamServer

sys.path.insert(0, os.path.join(ROOT, "python"))

import exchangekit  # noqa: E402
import exchangekit.async_support  # noqa: E402

KRAKEN = json.load(open(os.path.join(ROOT, "tests", "fixtures", "exchanges", "kraken.json"), encoding="utf-8"))
LOCAL = {"ws": {"public": "ws://127.0.0.1:9/public"}}
REFUSED = [
    ("wss://ws.example.com/public", "is not at an origin of urls['ws']"),
    ("ws://127.0.0.1:9.evil.example/public", "is not at an origin of urls['ws']"),
    ("http://127.0.0.1:9/public", "is not at an origin of urls['ws']"),
]


def run_node(script: str) -> subprocess.CompletedProcess:
    """A module script run by Node in js/, where it imports the exchanges as './<id>.js'."""
    return subprocess.run(["node", "--input-type=module", "-e", script], cwd=os.path.join(ROOT, "js"),
                          capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize("url, words", REFUSED)
def test_python_asyncio_streams_only_to_the_origins_of_urls_ws(url, words):
    async def attempt():
        exchange = exchangekit.async_support.kraken({"urls": LOCAL})
        try:
            await exchange.watch(url, "hash", "hash", {"event": "subscribe"})
        finally:
            await exchange.close()

    with pytest.raises(exchangekit.ExchangeError, match=words.replace("[", r"\[").replace("]", r"\]")):
        asyncio.run(attempt())


@pytest.mark.parametrize("url, words", REFUSED)
def test_node_streams_only_to_the_origins_of_urls_ws(url, words):
    script = ("import kraken from './kraken.js';\n"
              f"const exchange = new kraken ({{ 'urls': {json.dumps(LOCAL)} }});\n"
              f"try {{ await exchange.watch ({json.dumps(url)}, 'hash', 'hash', {{}}); console.log ('sent'); }}\n"
              "catch (error) { console.log (error.constructor.name + ': ' + error.message); }\n"
              "await exchange.close ();\n")
    completed = run_node(script)
    shown = completed.stdout + completed.stderr
    assert completed.stdout.startswith("ExchangeError: ") and words in completed.stdout, shown


def test_python_asyncio_connection_errors_leave_credentials_out():
    secret_path = "ws://127.0.0.1:9/FAKE-KEY-IN-THE-PATH"

    async def attempt():
        exchange = exchangekit.async_support.kraken({"apiKey": "FAKE-KEY-IN-THE-PATH", "secret": "c2VjcmV0",
                                                     "urls": {"ws": {"public": secret_path}},
                                                     "streaming": {"maxReconnects": 0}})
        try:
            await exchange.watch(secret_path, "hash", "hash", {"event": "subscribe"})
        finally:
            await exchange.close()

    with pytest.raises(exchangekit.NetworkError) as error:
        asyncio.run(attempt())
    assert "FAKE-KEY-IN-THE-PATH" not in str(error.value) and "ws://127.0.0.1:9/" in str(error.value)


def test_python_asyncio_makes_no_connection_of_a_callers_while_a_closed_one_is_being_dropped():
    # Node holds a closed connection until its close handler lets it go; asyncio made a connection for a watch that
    # came between the close and dropped (), which then found another socket, sent no subscription again on it, and
    # their updates stopped without an error (noticed in red-team round 54).
    class Closed:
        closed = True

    async def attempt():
        exchange = exchangekit.async_support.kraken({"urls": LOCAL})
        client = exchange.stream_client(LOCAL["ws"]["public"])
        opened = []

        async def open_connection():
            opened.append(True)

        client.open = open_connection
        client.socket = Closed()
        await client.connected()
        client.socket = None
        await client.connected()
        await exchange.close()
        return opened

    assert asyncio.run(attempt()) == [True]


def test_python_sync_classes_do_not_stream():
    exchange = exchangekit.kraken()
    exchange.set_markets(KRAKEN["markets"], KRAKEN["currencies"])
    words = "synchronous Python classes do not stream; use exchangekit.async_support"
    with pytest.raises(exchangekit.NotSupported, match=words):
        exchange.watch_order_book("BTC/USD")


def test_php_does_not_stream():
    script = ("require 'php/base/autoload.php';\n"
              "$exchange = new \\exchangekit\\kraken();\n"
              f"$exchange->set_markets(json_decode({json.dumps(json.dumps(KRAKEN['markets']))}, true));\n"
              "try { $exchange->watch_order_book('BTC/USD'); echo 'streamed'; }\n"
              "catch (\\exchangekit\\NotSupported $error) { echo 'NotSupported: ' . $error->getMessage(); }\n")
    completed = subprocess.run(["php", "-r", script], cwd=ROOT, capture_output=True, text=True, timeout=60)
    shown = completed.stdout + completed.stderr
    assert completed.stdout.startswith("NotSupported: kraken: the PHP classes do not stream"), shown


# The exchange's stream handlers reject a channel with a message of their making, often the frame, which may echo a
# login (its key): the runtimes redact it as they redact throwError's.
REJECTED_LOGIN = "login refused for FAKE-KEY-IN-A-FRAME"


def test_python_asyncio_rejections_leave_credentials_out():
    async def attempt():
        url = LOCAL["ws"]["public"]
        exchange = exchangekit.async_support.kraken({"apiKey": "FAKE-KEY-IN-A-FRAME", "urls": LOCAL})
        try:
            update = exchange.stream_client(url).next("hash")
            exchange.reject_update(url, "hash", exchangekit.AuthenticationError, REJECTED_LOGIN)
            await update
        finally:
            await exchange.close()

    with pytest.raises(exchangekit.AuthenticationError) as error:
        asyncio.run(attempt())
    assert str(error.value) == "login refused for ***"


def test_node_rejections_leave_credentials_out():
    script = ("import kraken from './kraken.js';\nimport { AuthenticationError } from './base/errors.js';\n"
              f"const url = {json.dumps(LOCAL['ws']['public'])};\n"
              f"const exchange = new kraken ({{ 'apiKey': 'FAKE-KEY-IN-A-FRAME', 'urls': {json.dumps(LOCAL)} }});\n"
              "const update = exchange.streamClient (url).next ('hash');\n"
              f"exchange.rejectUpdate (url, 'hash', AuthenticationError, {json.dumps(REJECTED_LOGIN)});\n"
              "try { await update; console.log ('resolved'); }\n"
              "catch (error) { console.log (error.constructor.name + ': ' + error.message); }\n"
              "await exchange.close ();\n")
    completed = run_node(script)
    assert completed.stdout.strip() == "AuthenticationError: login refused for ***", completed.stdout + completed.stderr


# A handshake answered with a redirect is an error: the stream never reaches the Location, on another origin (where
# the login frames, with the key and a signature, would follow). aiohttp's ws_connect follows redirects on its own.
@pytest.fixture(scope="module")
def servers():
    from tests.http_server import LocalServer
    with LocalServer() as declared, LocalServer() as elsewhere:
        yield declared, elsewhere


@pytest.mark.parametrize("code", [301, 307, 308])
def test_python_asyncio_streams_follow_no_redirect(servers, code):
    declared, elsewhere = servers
    run = f"ws-escaped-python-{code}"
    origin = declared.url.replace("http://", "ws://")
    url = f"{origin}/redirect/{code}?to={elsewhere.url}/json%3Frun%3D{run}"

    async def attempt():
        exchange = exchangekit.async_support.kraken({"urls": {"ws": {"public": origin}},
                                                     "streaming": {"maxReconnects": 0}})
        try:
            await exchange.watch(url, "hash", "hash", {"event": "subscribe"})
        finally:
            await exchange.close()

    with pytest.raises(exchangekit.NetworkError, match=f"failed: the server answered the handshake with HTTP {code}$"):
        asyncio.run(attempt())
    assert run not in elsewhere.arrivals, "the handshake followed the redirect to another origin"


def test_node_streams_follow_no_redirect(servers):
    declared, elsewhere = servers
    run = "ws-escaped-node"
    origin = declared.url.replace("http://", "ws://")
    url = f"{origin}/redirect/307?to={elsewhere.url}/json%3Frun%3D{run}"
    script = ("import kraken from './kraken.js';\n"
              f"const exchange = new kraken ({{ 'urls': {{ 'ws': {{ 'public': {json.dumps(origin)} }} }}, "
              "'streaming': { 'maxReconnects': 0 } });\n"
              f"try {{ await exchange.watch ({json.dumps(url)}, 'hash', 'hash', {{}}); console.log ('sent'); }}\n"
              "catch (error) { console.log (error.constructor.name + ': ' + error.message); }\n"
              "await exchange.close ();\n")
    completed = run_node(script)
    assert completed.stdout.strip().endswith("failed: the server answered the handshake with HTTP 307"), \
        completed.stdout + completed.stderr  # (Python's words too: certify compares the messages)
    assert run not in elsewhere.arrivals, "the handshake followed the redirect to another origin"


# Streams go through the user's proxy too (Node connected directly, whatever the setting said): Node asks the proxy
# for a tunnel, aiohttp sends the handshake to it. The handshake meets a redirect at the server, an error: what the
# proxy saw is the point.
def test_python_asyncio_streams_go_through_the_proxy(servers):
    from tests.http_server import RelayProxy
    declared, _ = servers
    origin = declared.url.replace("http://", "ws://")

    async def attempt(proxy_url):
        exchange = exchangekit.async_support.kraken({"urls": {"ws": {"public": origin}}, "proxy": proxy_url,
                                                     "streaming": {"maxReconnects": 0}})
        try:
            await exchange.watch(f"{origin}/redirect/307?to=/json", "hash", "hash", {"event": "subscribe"})
        finally:
            await exchange.close()

    with RelayProxy() as proxy:
        with pytest.raises(exchangekit.NetworkError):
            asyncio.run(attempt(proxy.url))
    assert [line for line, _ in proxy.seen] == [f"GET {origin}/redirect/307?to=/json HTTP/1.1"], proxy.seen


def test_node_streams_go_through_the_proxy(servers):
    from tests.http_server import RelayProxy
    declared, _ = servers
    origin = declared.url.replace("http://", "ws://")
    authority = origin.split("//", 1)[1].split("/", 1)[0]
    with RelayProxy() as proxy:
        script = ("import kraken from './kraken.js';\n"
                  f"const exchange = new kraken ({{ 'urls': {{ 'ws': {{ 'public': {json.dumps(origin)} }} }}, "
                  f"'proxy': {json.dumps(proxy.url)}, 'streaming': {{ 'maxReconnects': 0 }} }});\n"
                  f"try {{ await exchange.watch ({json.dumps(origin + '/redirect/307?to=/json')}, 'hash', 'hash', {{}}); "
                  "console.log ('sent'); }\n"
                  "catch (error) { console.log (error.constructor.name + ': ' + error.message); }\n"
                  "await exchange.close ();\n")
        completed = run_node(script)
    assert completed.stdout.strip().endswith("failed: the server answered the handshake with HTTP 307"), \
        completed.stdout + completed.stderr  # (Python's words too: certify compares the messages)
    assert [line for line, _ in proxy.seen] == [f"CONNECT {authority} HTTP/1.1"], proxy.seen


# Once a signing key was refused (InvalidSigningKey, tests/security/test_signing_key_format.py), no frame goes out on
# a connection already open, and no new connection is made (its path is the file's choice).
STREAM_STEPS = {"/open": [{"receive": {"frame": 1}}, {"closed": True}], "/other": [{"refuse": 503}]}


def test_python_asyncio_streams_send_nothing_while_a_refused_key_is_held():
    async def attempt(server):
        exchange = exchangekit.async_support.kraken({"secret": "not base64!", "urls": {"ws": {"public": server.url("")}}})
        outcomes = []
        try:
            await exchange.send_frame(server.url("/open"), {"frame": 1})
            for call in (lambda: exchange.base64_to_binary(exchange.secret),
                         lambda: exchange.send_frame(server.url("/open"), {"frame": 2}),
                         lambda: exchange.watch(server.url("/other"), "hash", "hash", {"frame": 3})):
                try:
                    result = call()
                    if asyncio.iscoroutine(result):
                        await result
                    outcomes.append("sent")
                except exchangekit.BaseError as error:
                    outcomes.append(type(error).__name__)
        finally:
            await exchange.close()
        return outcomes

    with StreamServer({path: list(steps) for path, steps in STREAM_STEPS.items()}) as server:
        outcomes = asyncio.run(attempt(server))
        assert outcomes == ["InvalidSigningKey"] * 3
        assert server.scripts["/other"].position == 0, "a connection was made"
        assert server.problems() == ["/other: 1 step(s) not reached, the first: {\"refuse\": 503}"], server.problems()


def test_node_streams_send_nothing_while_a_refused_key_is_held():
    with StreamServer({path: list(steps) for path, steps in STREAM_STEPS.items()}) as server:
        script = ("import kraken from './kraken.js';\n"
                  f"const exchange = new kraken ({{ 'secret': 'not base64!', 'urls': {{ 'ws': {{ 'public': "
                  f"{json.dumps(server.url(''))} }} }} }});\n"
                  f"await exchange.sendFrame ({json.dumps(server.url('/open'))}, {{ 'frame': 1 }});\n"
                  "const outcomes = [];\n"
                  "for (const call of [\n"
                  "    () => exchange.base64ToBinary (exchange.secret),\n"
                  f"    () => exchange.sendFrame ({json.dumps(server.url('/open'))}, {{ 'frame': 2 }}),\n"
                  f"    () => exchange.watch ({json.dumps(server.url('/other'))}, 'hash', 'hash', {{ 'frame': 3 }}),\n"
                  "]) {\n"
                  "    try { await call (); outcomes.push ('sent'); }\n"
                  "    catch (error) { outcomes.push (error.constructor.name); }\n"
                  "}\n"
                  "await exchange.close ();\n"
                  "console.log (JSON.stringify (outcomes));\n")
        completed = run_node(script)
        assert json.loads(completed.stdout) == ["InvalidSigningKey"] * 3, completed.stdout + completed.stderr
        assert server.scripts["/other"].position == 0, "a connection was made"
        assert server.problems() == ["/other: 1 step(s) not reached, the first: {\"refuse\": 503}"], server.problems()
