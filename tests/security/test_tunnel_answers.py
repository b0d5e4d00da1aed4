"""A proxy's answer to CONNECT decides alike in every runtime whether the tunnel opens (red-team round 60).

Each runtime's HTTP client read the answer its own way: curl took any 2xx for an open tunnel, asyncio's aiohttp read
past a 100 or a 103 to the 200 after it, and Python sync past a 103, where Node refused all of them. The runtime that
opened the tunnel sent the signed request through it; the others raised ExchangeNotAvailable. A tunnel opens now on a
200 alone, in every runtime, and nothing is sent otherwise. (How the answer's lines are read is still each client's:
SECURITY.md, "What is not guaranteed".)

Local servers on 127.0.0.1 only."""

from __future__ import annotations

import asyncio
import os
import socket
import sys
import threading

import pytest

from tests.base_runners import ROOT, RUNTIMES, run_calls
from tests.http_server import RawServer

sys.path.insert(0, os.path.join(ROOT, "python"))

import exchangekit.async_support  # noqa: E402

REFUSED = {
    "201": b"HTTP/1.1 201 Created\r\n\r\n",
    "204": b"HTTP/1.1 204 No Content\r\n\r\n",
    "299": b"HTTP/1.1 299 Other\r\n\r\n",
    "100": b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 Connection established\r\n\r\n",
    "103": b"HTTP/1.1 103 Early Hints\r\nLink: </a.css>\r\n\r\nHTTP/1.1 200 Connection established\r\n\r\n",
}


class AnsweringProxy(RawServer):
    """Answers each CONNECT with its answer, then records what the client sends after it (a TLS hello, had the client
    taken the tunnel for open) until it closes the connection or a second passes."""

    def __init__(self, answer: bytes) -> None:
        self.answer_bytes = answer
        self.connects: list[bytes] = []
        self.after: list[bytes] = []
        self.answered = threading.Event()
        super().__init__()

    def answer(self, connection: socket.socket, data: bytes) -> None:
        self.connects.append(data.split(b"\r\n", 1)[0])
        connection.sendall(self.answer_bytes)
        connection.settimeout(1)
        try:
            self.after.append(connection.recv(65536))
        except OSError:
            self.after.append(b"")
        self.answered.set()

    def sent_after(self) -> list[bytes]:
        """What the client sent after the answer (once the proxy has read it: the client may be done first)."""
        self.answered.wait(5)
        return self.after


def request_through(proxy: AnsweringProxy, runtime: str) -> dict:
    """The outcome of a signed-request-like call to https://127.0.0.1:9 through the proxy, in the runtime."""
    spec = {"describe": {"id": "local", "urls": {"api": "https://127.0.0.1:9"}, "api": {"public": {"get": ["order"]}}},
            "config": {"enableRateLimit": False, "timeout": 5000, "proxy": proxy.url},
            "calls": [["request", ["order", "public", "GET", {}]]]}
    try:
        [result], _ = run_calls(runtime, spec)
    finally:
        proxy.socket.close()
    return result


@pytest.mark.parametrize("runtime", RUNTIMES)
@pytest.mark.parametrize("status", REFUSED)
def test_a_tunnel_opens_on_a_200_alone(runtime, status):
    proxy = AnsweringProxy(REFUSED[status])
    result = request_through(proxy, runtime)
    assert result.get("throws") == "ExchangeNotAvailable", result
    message = result["message"]
    if runtime == "python":  # (in urllib3's words)
        assert f"Tunnel connection failed: {status}" in message, result
    else:
        assert "the proxy refused a tunnel" in message and message.endswith(f"(HTTP {status})"), result
    assert len(proxy.connects) == 1 and proxy.connects[0].startswith(b"CONNECT 127.0.0.1:9 HTTP/1."), proxy.connects
    assert proxy.sent_after() == [b""], "the client went on through the tunnel"


NOT_HTTP = {
    "sign": b"HTTP/1.1 +201 Created\r\n\r\n",
    "tab": b"HTTP/1.1\t201 Created\r\n\r\n",
    "four digits": b"HTTP/1.1 2010 Created\r\n\r\n",
    "bare LF": b"HTTP/1.1 200 Connection established\n\n",
    "CR in the reason": b"HTTP/1.1 200 OK\r\r\n\r\n",
    "control character": b"HTTP/1.1 200 OK\r\nVia: a\x01b\r\n\r\n",
    "name no token": b"HTTP/1.1 200 OK\r\nVia proxy: a\r\n\r\n",
    # (round 66: Node's parser read the first four, curl and http.client the framings that the others fail)
    "control in the reason": b"HTTP/1.1 200 O\x01K\r\n\r\n",
    "DEL in the reason": b"HTTP/1.1 200 O\x7fK\r\n\r\n",
    "line before": b"\r\nHTTP/1.1 200 OK\r\n\r\n",
    "HTTP/0.9": b"HTTP/0.9 200 OK\r\n\r\n",
    "two lengths": b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\nContent-Length: 1\r\n\r\n",
    "length and chunks": b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Length: 0\r\n\r\n",
    "length and tab": b"HTTP/1.1 200 OK\r\nContent-Length: 0\t\r\n\r\n",
}


@pytest.mark.parametrize("runtime", RUNTIMES)
@pytest.mark.parametrize("answer", NOT_HTTP.values(), ids=NOT_HTTP.keys())
def test_a_tunnel_answer_that_is_not_http_opens_nothing(runtime, answer):
    # (curl read "HTTP/1.1 +201" as a 201, a 2xx, and opened the tunnel: red-team round 63; curl and http.client read
    # bare LFs and control characters, which Node's parser and asyncio's fail: round 64)
    proxy = AnsweringProxy(answer)
    result = request_through(proxy, runtime)
    assert result.get("throws") in ("NetworkError", "ExchangeNotAvailable"), result
    assert proxy.sent_after() == [b""], "the client went on through the tunnel"


@pytest.mark.parametrize("status", ["100", "103"])
def test_a_stream_tunnel_opens_on_a_200_alone_in_python_asyncio(status):
    proxy = AnsweringProxy(REFUSED[status])

    async def attempt():
        exchange = exchangekit.async_support.kraken({"urls": {"ws": {"public": "wss://127.0.0.1:9"}},
                                                     "streaming": {"maxReconnects": 0}, "proxy": proxy.url})
        try:
            await exchange.watch("wss://127.0.0.1:9/x", "hash", "hash", {"event": "subscribe"})
        finally:
            await exchange.close()

    try:
        with pytest.raises(exchangekit.async_support.ExchangeNotAvailable,
                           match=rf"the proxy refused a tunnel \(HTTP {status}\)"):
            asyncio.run(attempt())
    finally:
        proxy.socket.close()
    assert proxy.sent_after() == [b""], "the client went on through the tunnel"
