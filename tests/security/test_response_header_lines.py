"""Malformed header lines of a response fail the request as Node's parser fails it (NetworkError).

Python's requests (http.client) read every one of these heads: a line ended by a bare LF, a bare CR within a line (two
headers of one line there), a folded line (unfolded), and a line that is no header, which ended the headers and dropped
those after it (Content-Length among them). It now refuses them, as Node and PHP do (see
exchangekit/base/response_head.py). aiohttp reads two of them, a bare LF ending and a folded line: not yet refused.
"""

from __future__ import annotations

import socket

import pytest

from tests.base_runners import RUNTIMES, run_calls
from tests.http_server import RawServer

HEADS = {
    "bare LF": b"HTTP/1.1 200 OK\nContent-Type: application/json\nX-A: 1\nContent-Length: 7\n\n",
    "bare CR within a line": b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-A: 1\rX-B: 2\r\n"
                             b"Content-Length: 7\r\n\r\n",
    "folded line": b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-A: 1\r\n 2\r\nContent-Length: 7\r\n\r\n",
    "space in a name": b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX A: 1\r\nContent-Length: 7\r\n\r\n",
    "space before the colon": b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-A : 1\r\nContent-Length: 7\r\n"
                              b"\r\n",
    "name beyond ASCII": b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-\xe9: 1\r\nContent-Length: 7\r\n\r\n",
    "no colon": b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nXA 1\r\nContent-Length: 7\r\n\r\n",
    "well formed": b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-A: 1\r\nContent-Length: 7\r\n\r\n",
}
AIOHTTP_READS = {"bare LF", "folded line"}


class HeadServer(RawServer):
    """Answers /c<n> with the n-th head of HEADS and the body {"a":1}."""

    def answer(self, connection: socket.socket, data: bytes) -> None:
        index = int(data.split(b" ")[1].rsplit(b"/c", 1)[-1])
        connection.sendall(list(HEADS.values())[index] + b"{\"a\":1}")


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_a_malformed_head_fails_the_request_as_in_node(runtime):
    server = HeadServer()
    paths = [f"c{index}" for index in range(len(HEADS))]
    spec = {"describe": {"id": "local", "urls": {"api": server.url}, "api": {"public": {"get": paths}}},
            "config": {"enableRateLimit": False, "timeout": 10000},
            "calls": [["request", [path, "public", "GET", {}]] for path in paths]}
    try:
        outcomes = dict(zip(HEADS, run_calls(runtime, spec)[0]))
    finally:
        server.socket.close()
    refused = {name for name, outcome in outcomes.items() if outcome.get("throws") == "NetworkError"}
    expected = set(HEADS) - {"well formed"} - (AIOHTTP_READS if runtime == "python-async" else set())
    assert refused == expected, outcomes
    assert outcomes["well formed"] == {"ok": {"a": 1}}, outcomes["well formed"]
