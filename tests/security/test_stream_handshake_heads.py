"""The head of a stream's handshake response (101 Switching Protocols) is read as strictly as a REST response's.

Node's stream client (npm ws, whose handshake is node:http's request, read by llhttp) fails a handshake whose head
has a line ended by a bare LF, a folded line, a space before a colon or in a name, a bare CR within a line or before
its CR LF, a name beyond ASCII or a line without a colon. Python asyncio's stream session (aiohttp) read some of them
with either of aiohttp's parsers (a bare LF line end, the status line's too, and a folded line; with its own parser,
a bare CR before CR LF too): the stream opened and its frames were handled. Its connector is now the REST transport's
StrictHeadConnector (exchangekit/async_support/base/response_head.py): those handshakes fail with a NetworkError, as
in Node.

The server (127.0.0.1) answers each handshake with a correct Sec-WebSocket-Accept, then a text frame that is no JSON:
a client that opened the stream reads it, and its watch fails with that frame's BadResponse; one that refused the
head fails with the handshake's NetworkError. Each runtime runs every form in one process, one connection each:
directly, and through the user's proxy (ws://: Node asks it for a tunnel, aiohttp sends it the handshake; wss://: a
tunnel in both, whose CONNECT answer the strict connection reads before the TLS handshake and the stream's).

Some well-formed heads are refused by ws, and by asyncio too since red-team round 54, in ws's words: a
Sec-WebSocket-Protocol or Sec-WebSocket-Extensions line (neither runtime asks for one; aiohttp ignored both, and Node,
which offered permessage-deflate, read the compressed frames that asyncio failed on), and two Upgrade or
Sec-WebSocket-Accept lines (aiohttp read the first; Node joins them, and the comparison fails)."""

from __future__ import annotations

import base64
import hashlib
import functools
import json
import os
import socket
import ssl
import subprocess

import pytest

from tests.http_server import RawServer, RelayProxy, local_certificate
from tests.streaming_runs import driver_command

HEAD = (b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        b"Sec-WebSocket-Accept: ACCEPT\r\n")
# the handshake's response head (ACCEPT: the key's Sec-WebSocket-Accept); the malformation on a header of no meaning
FORMS = {
    "well formed": HEAD + b"X-A: 1\r\n\r\n",
    "bare LF": HEAD + b"X-A: 1\n\r\n",
    "folded line": HEAD + b"X-A: 1\r\n 2\r\n\r\n",
    "space before the colon": HEAD + b"X-A : 1\r\n\r\n",
    "bare CR within a line": HEAD + b"X-A: 1\rX-B: 2\r\n\r\n",
    "bare CR at a line end": HEAD + b"X-A: 1\r\r\n\r\n",
    "space in a name": HEAD + b"X A: 1\r\n\r\n",
    "name beyond ASCII": HEAD + b"X-\xe9: 1\r\n\r\n",
    "no colon": HEAD + b"XA 1\r\n\r\n",
    "status line ended by a bare LF": HEAD.replace(b"Protocols\r\n", b"Protocols\n") + b"\r\n",
    "no reason": HEAD.replace(b" Switching Protocols", b"") + b"\r\n",
    "a tab and a byte beyond ASCII in a value": HEAD + b"X-A: 1\t\xe9\r\n\r\n",
    # well formed, but refused by ws, in its words (REFUSALS): aiohttp read them until red-team round 54
    "a subprotocol not asked for": HEAD + b"Sec-WebSocket-Protocol: chat\r\n\r\n",
    "an empty subprotocol": HEAD + b"Sec-WebSocket-Protocol: \r\n\r\n",
    "permessage-deflate, not offered": HEAD + b"Sec-WebSocket-Extensions: permessage-deflate\r\n\r\n",
    "an extension not offered": HEAD + b"Sec-WebSocket-Extensions: x-foo\r\n\r\n",
    "Upgrade twice": HEAD + b"Upgrade: websocket\r\n\r\n",
    "Sec-WebSocket-Accept twice": HEAD + b"Sec-WebSocket-Accept: ACCEPT\r\n\r\n",
    # one Connection line, `upgrade` in any case, as aiohttp reads it: Node's parser read a list of tokens of every
    # line, and ws none, so that the first three opened Node's stream alone (red-team round 55)
    "Connection of two tokens": HEAD.replace(b"Connection: Upgrade", b"Connection: keep-alive, Upgrade") + b"\r\n",
    "Connection of two tokens, Upgrade first": HEAD.replace(b"Connection: Upgrade", b"Connection: Upgrade, close")
    + b"\r\n",
    "Connection twice, Upgrade second": HEAD.replace(b"Connection: Upgrade", b"Connection: keep-alive\r\n"
                                                                              b"Connection: Upgrade") + b"\r\n",
    "Connection twice, Upgrade first": HEAD + b"Connection: close\r\n\r\n",
    "Connection of another case": HEAD.replace(b"Connection: Upgrade", b"connection:   UPGRADE  ") + b"\r\n",
    # a tab before the value is white space to Node's parser, one after it part of the token, so that Node saw no
    # upgrade and aiohttp, which strips both, opened the stream (red-team round 57)
    "Connection with a tab before Upgrade": HEAD.replace(b"Connection: Upgrade", b"Connection:\tUpgrade") + b"\r\n",
    "Connection with a tab after Upgrade": HEAD.replace(b"Connection: Upgrade", b"Connection: Upgrade\t") + b"\r\n",
    "Connection with a space and a tab after Upgrade": HEAD.replace(b"Connection: Upgrade", b"Connection: Upgrade \t")
    + b"\r\n",
    # (refused by both; aiohttp in words of its own)
    "Upgrade of two tokens": HEAD.replace(b"Upgrade: websocket", b"Upgrade: websocket, h2c") + b"\r\n",
}
OPEN = {"well formed", "no reason", "a tab and a byte beyond ASCII in a value",  # (read by Node)
        "Connection of another case", "Connection with a tab before Upgrade"}
SUBPROTOCOL = "Server sent a subprotocol but none was requested"
EXTENSION = "Server sent a Sec-WebSocket-Extensions header but no extension was requested"
REFUSALS = {"a subprotocol not asked for": SUBPROTOCOL, "an empty subprotocol": SUBPROTOCOL,
            "permessage-deflate, not offered": EXTENSION, "an extension not offered": EXTENSION,
            "Upgrade twice": "Invalid Upgrade header",
            "Sec-WebSocket-Accept twice": "Invalid Sec-WebSocket-Accept header",
            "Connection with a tab after Upgrade": "the server answered the handshake with HTTP 101",
            "Connection with a space and a tab after Upgrade": "the server answered the handshake with HTTP 101",
            "Upgrade of two tokens": "Invalid Upgrade header",
            **{form: "Invalid Connection header" for form in FORMS
               if form.startswith("Connection ") and form not in OPEN and "a tab after" not in form}}
FRAME_TEXT = b"a frame after the handshake"
FRAME = bytes([0x81, len(FRAME_TEXT)]) + FRAME_TEXT  # text, final, unmasked (from a server)
WEBSOCKET_GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"


class HandshakeServer(RawServer):
    """Answers the handshake of /h<n> with the n-th form of FORMS and FRAME, then waits for the client to close. Keeps
    the heads of the requests."""

    def __init__(self) -> None:
        self.requests: list[bytes] = []
        super().__init__()

    def answer(self, connection: socket.socket, data: bytes) -> None:
        self.requests.append(data)
        index = int(data.split(b" ")[1].rsplit(b"/h", 1)[-1])
        key = next(line.split(b":", 1)[1].strip() for line in data.split(b"\r\n")
                   if line.lower().startswith(b"sec-websocket-key:"))
        accept = base64.b64encode(hashlib.sha1(key + WEBSOCKET_GUID).digest())
        head = list(FORMS.values())[index].replace(b"ACCEPT", accept)
        try:
            connection.sendall(head + FRAME)
            while connection.recv(65536):  # (until the client closes: a refused head closes at once)
                pass
        except OSError:
            pass


class SecureHandshakeServer(HandshakeServer):
    """HandshakeServer over TLS, with certificate (for 127.0.0.1) and its key."""

    def __init__(self, certificate: str, key: str) -> None:
        self.context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        self.context.load_cert_chain(certificate, key)
        super().__init__()

    def converse(self, connection: socket.socket) -> None:
        try:
            secure = self.context.wrap_socket(connection, server_side=True)
        except OSError:
            return
        with secure:
            super().converse(secure)


NODE = """import kraken from './kraken.js';
const [ origin, count, proxy ] = JSON.parse (process.argv[1]);
const outcomes = [];
for (let index = 0; index < count; index++) {
    const exchange = new kraken ({ 'urls': { 'ws': { 'public': origin } }, 'streaming': { 'maxReconnects': 0 },
        ...((proxy === null) ? {} : { 'proxy': proxy }) });
    try {
        const update = await exchange.watch (origin + '/h' + index, 'hash', 'hash', { 'event': 'subscribe' });
        outcomes.push ({ 'ok': update });
    } catch (error) {
        outcomes.push ({ 'throws': error.constructor.name, 'message': error.message });
    }
    await exchange.close ();
}
console.log (JSON.stringify (outcomes));
"""

PYTHON = """import asyncio, json, sys
import exchangekit.async_support

async def main(origin, count, proxy):
    outcomes = []
    for index in range(count):
        exchange = exchangekit.async_support.kraken({"urls": {"ws": {"public": origin}}, "proxy": proxy,
                                                     "streaming": {"maxReconnects": 0}})
        try:
            outcomes.append({"ok": await exchange.watch(f"{origin}/h{index}", "hash", "hash", {"event": "subscribe"})})
        except exchangekit.BaseError as error:
            outcomes.append({"throws": type(error).__name__, "message": str(error)})
        finally:
            await exchange.close()
    print(json.dumps(outcomes))

asyncio.run(main(*json.loads(sys.argv[1])))
"""

# python-async again, with aiohttp's own parser (AIOHTTP_NO_EXTENSIONS) instead of llhttp, its C extension
PURE_PARSER = "python-async-pure-parser"
CASES = [("direct", runtime) for runtime in ("node", "python-async", PURE_PARSER)] + \
        [(route, runtime) for route in ("proxy", "secure proxy") for runtime in ("node", "python-async")]


@pytest.fixture(scope="module")
def certificate(tmp_path_factory) -> tuple[str, str]:
    """A certificate for 127.0.0.1 made for the test (its file: the CA to trust), and its key."""
    return local_certificate(tmp_path_factory.mktemp("tls"))


@functools.cache
def run_forms(route: str, runtime: str, certificate: tuple[str, str]) -> tuple[dict, list, list]:
    """The outcome of a watch on a stream whose handshake is answered with each form, in runtime, on route; the
    request lines that the proxy saw; and the heads of the requests that the server read."""
    environment = dict(os.environ)
    if route == "secure proxy":
        server = SecureHandshakeServer(*certificate)
        origin = server.url.replace("http://", "wss://")
        environment["NODE_EXTRA_CA_CERTS"] = environment["SSL_CERT_FILE"] = certificate[0]
    else:
        server = HandshakeServer()
        origin = server.url.replace("http://", "ws://")
    proxy = RelayProxy() if route != "direct" else None
    argument = json.dumps([origin, len(FORMS), proxy and proxy.url])
    command, cwd = driver_command(runtime, (NODE, PYTHON), argument, PURE_PARSER, environment)
    try:
        if proxy is not None:
            proxy.__enter__()
        completed = subprocess.run(command, cwd=cwd, env=environment, capture_output=True, text=True, timeout=60)
    finally:
        server.socket.close()
        if proxy is not None:
            proxy.__exit__()
    lines = completed.stdout.strip().splitlines()
    assert completed.returncode == 0 and lines, completed.stdout + completed.stderr
    return dict(zip(FORMS, json.loads(lines[-1]))), [line for line, _ in proxy.seen] if proxy else [], server.requests


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("route, runtime", CASES)
def test_a_malformed_handshake_head_fails_the_stream_as_in_node(certificate, route, runtime, form):
    outcomes, seen, _ = run_forms(route, runtime, certificate)
    outcome = outcomes[form]
    if form in OPEN:  # the stream opened, and its frame was read
        assert outcome.get("throws") == "BadResponse" and FRAME_TEXT.decode() in outcome["message"], outcome
    else:  # the handshake failed, before any frame was read
        assert outcome.get("throws") == "NetworkError", outcome
        assert FRAME_TEXT.decode() not in outcome["message"], outcome
    if form in REFUSALS:
        assert outcome["message"].endswith("failed: " + REFUSALS[form]), outcome
    if route != "direct":  # every handshake went through the proxy (a tunnel, but aiohttp's to a ws:// URL)
        index = list(FORMS).index(form)
        assert len(seen) == len(FORMS) and seen[index].startswith(
            "GET ws://" if (route, runtime) == ("proxy", "python-async") else "CONNECT 127.0.0.1:"), seen


@pytest.mark.parametrize("route, runtime", CASES)
def test_no_runtime_offers_an_extension(certificate, route, runtime):
    # (Node's ws offered permessage-deflate, which aiohttp does not: red-team round 54)
    _, _, requests = run_forms(route, runtime, certificate)
    assert len(requests) == len(FORMS), requests
    assert all(b"sec-websocket-extensions" not in request.lower() for request in requests), requests[0]


@pytest.mark.parametrize("runtime", ["node", "python-async"])
def test_a_stream_checks_the_server_s_certificate_whatever_the_environment_says(certificate, runtime):
    # (with NODE_TLS_REJECT_UNAUTHORIZED=0, Node's stream opened to a server whose certificate no one trusts, where
    # asyncio refused it; red-team round 58)
    server = SecureHandshakeServer(*certificate)
    environment = {name: value for name, value in os.environ.items()
                   if name not in ("NODE_EXTRA_CA_CERTS", "SSL_CERT_FILE", "REQUESTS_CA_BUNDLE")}
    environment["NODE_TLS_REJECT_UNAUTHORIZED"] = "0"
    argument = json.dumps([server.url.replace("http://", "wss://"), 1, None])
    command, cwd = driver_command(runtime, (NODE, PYTHON), argument, PURE_PARSER, environment)
    try:
        completed = subprocess.run(command, cwd=cwd, env=environment, capture_output=True, text=True, timeout=60)
    finally:
        server.socket.close()
    [outcome] = json.loads(completed.stdout.strip().splitlines()[-1])
    assert outcome.get("throws") == "NetworkError" and FRAME_TEXT.decode() not in outcome["message"], outcome
