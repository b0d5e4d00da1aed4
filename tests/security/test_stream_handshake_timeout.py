"""streaming['timeout'] bounds the whole of a stream's handshake, in Node and Python asyncio alike (red-team round 51).

Node's stream client left the bound to npm ws's handshakeTimeout: an idle timer of the handshake's request, which
every byte restarts and which runs only once the request has a socket, i.e. after the user's proxy answered CONNECT.
With a 3 s timeout, a server that trickled its 101 head a byte a second held Node's watch until the server gave up
(25 s, then a NetworkError), as did a proxy that never answered CONNECT or trickled its answer, and a trickled TLS
handshake took 6.1 s; asyncio's wait_for gave a RequestTimeout at 3.0 s in every case. Node's open () now has a timer
of its own over every phase, with asyncio's RequestTimeout and message, and ends the connection (and the tunnel).

Each case's server (or proxy) on 127.0.0.1 sends its bytes one every 0.25 s (or none) for up to HOLD seconds and
records when the client closed the connection; the stream timeout is TIMEOUT ms.
"""

from __future__ import annotations

import functools
import json
import os
import select
import socket
import subprocess
import sys
import time

import pytest

from tests.base_runners import ROOT
from tests.http_server import RawServer

TIMEOUT = 1000  # ms, written 1000.0 in the config: an integral float is that integer, its message's too
HOLD = 6  # seconds that a server keeps at it, then closes
SLACK = 1.0  # seconds past the timeout for the error (and the client's closing), on a busy machine
ANSWERS = {
    # the 101 head, after the handshake's request (ws://)
    "head": b"HTTP/1.1 101 Switching Protocols\r\nX-A: " + b"a" * 1000 + b"\r\n\r\n",
    # a TLS record's header and body, after the ClientHello (wss://)
    "tls": b"\x16\x03\x03\x40\x00" + b"\x02" * 16384,
    # the proxy's answer to CONNECT (none, or trickled); the target (wss://, a tunnel in both runtimes) is never reached
    "connect silent": b"",
    "connect trickled": b"HTTP/1.1 200 Connection established\r\nX-A: " + b"a" * 1000 + b"\r\n\r\n",
}
UNREACHED = "wss://127.0.0.1:9"


class StallingServer(RawServer):
    """Reads what the client sends first (a request's head, or a ClientHello), then sends answer a byte every 0.25 s
    for up to HOLD seconds; closed_after: the seconds from then until the client closed the connection (None if it
    did not)."""

    def __init__(self, answer: bytes, first_read_is_head: bool) -> None:
        self.stalled_answer, self.first_read_is_head = answer, first_read_is_head
        self.closed_after: float | None = None
        super().__init__()

    def converse(self, connection: socket.socket) -> None:
        try:
            self.read_head(connection) if self.first_read_is_head else connection.recv(65536)
        except OSError:
            return
        start = time.monotonic()
        sent = 0
        while time.monotonic() - start < HOLD:
            if select.select([connection], [], [], 0.25)[0] and not self.received(connection):
                self.closed_after = time.monotonic() - start
                return
            if sent < len(self.stalled_answer):
                try:
                    connection.sendall(self.stalled_answer[sent:sent + 1])
                except OSError:
                    self.closed_after = time.monotonic() - start
                    return
                sent += 1

    @staticmethod
    def received(connection: socket.socket) -> bytes:
        try:
            return connection.recv(65536)
        except OSError:
            return b""


NODE = """import kraken from './kraken.js';
const outcomes = [];
for (const [ origin, proxy ] of JSON.parse (process.argv[1])) {
    const exchange = new kraken ({ 'urls': { 'ws': { 'public': origin } }, 'streaming': { 'maxReconnects': 0, 'timeout': %.1f },
        ...((proxy === null) ? {} : { 'proxy': proxy }) });
    const start = performance.now ();
    try {
        outcomes.push ({ 'ok': await exchange.watch (origin + '/x', 'hash', 'hash', { 'event': 'subscribe' }) });
    } catch (error) {
        outcomes.push ({ 'throws': error.constructor.name, 'message': error.message });
    }
    outcomes[outcomes.length - 1]['seconds'] = (performance.now () - start) / 1000;
    await exchange.close ();
}
console.log (JSON.stringify (outcomes));
""" % TIMEOUT

PYTHON = """import asyncio, json, sys, time
import exchangekit.async_support

async def main(cases):
    outcomes = []
    for origin, proxy in cases:
        exchange = exchangekit.async_support.kraken({"urls": {"ws": {"public": origin}}, "proxy": proxy,
                                                     "streaming": {"maxReconnects": 0, "timeout": %.1f}})
        start = time.monotonic()
        try:
            outcome = {"ok": await exchange.watch(f"{origin}/x", "hash", "hash", {"event": "subscribe"})}
        except exchangekit.BaseError as error:
            outcome = {"throws": type(error).__name__, "message": str(error)}
        outcome["seconds"] = time.monotonic() - start
        outcomes.append(outcome)
        await exchange.close()
    print(json.dumps(outcomes))

asyncio.run(main(json.loads(sys.argv[1])))
""" % TIMEOUT


@functools.cache
def run_cases(runtime: str) -> dict[str, tuple[dict, str, float | None]]:
    """Per case: the watch's outcome in runtime, the origin it watched, and when the server saw the client close."""
    servers, cases = {}, []
    for name, answer in ANSWERS.items():
        through_proxy = name.startswith("connect")
        server = servers[name] = StallingServer(answer, first_read_is_head=(name != "tls"))
        origin = UNREACHED if through_proxy else server.url.replace("http://", "wss://" if name == "tls" else "ws://")
        cases.append([origin, server.url if through_proxy else None])
    if runtime == "node":
        command, cwd, environment = ["node", "--input-type=module", "-e", NODE], os.path.join(ROOT, "js"), None
    else:
        command, cwd = [sys.executable, "-c", PYTHON], ROOT
        environment = dict(os.environ, PYTHONPATH=os.path.join(ROOT, "python"))
    try:
        completed = subprocess.run(command + [json.dumps(cases)], cwd=cwd, env=environment, capture_output=True,
                                   text=True, timeout=len(ANSWERS) * (HOLD + 5))
    finally:
        for server in servers.values():
            server.socket.close()
    lines = completed.stdout.strip().splitlines()
    assert completed.returncode == 0 and lines, completed.stdout + completed.stderr
    outcomes = json.loads(lines[-1])
    return {name: (outcome, origin, servers[name].closed_after)
            for name, outcome, (origin, _) in zip(ANSWERS, outcomes, cases)}


@pytest.mark.parametrize("case", ANSWERS)
@pytest.mark.parametrize("runtime", ["node", "python-async"])
def test_a_stalled_handshake_is_a_request_timeout_within_the_stream_timeout(runtime, case):
    outcome, origin, closed_after = run_cases(runtime)[case]
    seconds = outcome.pop("seconds")
    assert outcome == {"throws": "RequestTimeout", "message": f"kraken WebSocket {origin}/x did not complete the "
                                                              f"WebSocket handshake within {TIMEOUT} ms"}
    assert TIMEOUT / 1000 - 0.1 <= seconds <= TIMEOUT / 1000 + SLACK, seconds
    # the client closed the connection (the proxy's too) at its timeout, not when the server gave up
    assert closed_after is not None and closed_after <= TIMEOUT / 1000 + SLACK, closed_after
