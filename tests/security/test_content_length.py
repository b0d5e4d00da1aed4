"""A response's Content-Length as Node's parser reads it, in every runtime (red-team round 18).

Node's parser (llhttp) and aiohttp's fail a response whose Content-Length is not one value of digits up to 2^64 - 1,
or that has Transfer-Encoding too; requests (Python sync) and curl (PHP) read most such heads on, each its own way.
Measured before the fix (Node, Python sync, asyncio, PHP): a value of 5,001 digits was a NetworkError, a native
ValueError (int () past 4,300 digits, which a catch clause saw), a NetworkError and a body read (curl took the value
for 0); 2^64 was a NetworkError, a BadResponse (larger than maxResponseSize), a NetworkError and a BadResponse; '+2',
'2, 2', two lines of 2, '1 2' and a Content-Length beside Transfer-Encoding were NetworkErrors in Node and asyncio and
a body read in Python sync and PHP (PHP: a BadResponse for '1 2'); an empty value was read by Python sync alone, a tab
after the digits by all but Node, and a value of 5,000 zeros and a 2 raised int ()'s ValueError in asyncio (aiohttp's
content_length). So a server chose which runtime returned a placed order and which failed it. Now each is a
NetworkError everywhere, and the zeros are read past.
"""

from __future__ import annotations

import socket

import pytest

from tests.base_runners import RUNTIMES, get_each_route
from tests.http_server import RawServer

HEAD = b"HTTP/1.1 200 OK\r\nConnection: close\r\n"
# name -> (the head's framing lines, the error class every runtime raises, or None for the body read)
RESPONSES = {
    "digits-5001": (b"Content-Length: 1" + b"0" * 5000 + b"\r\n", "NetworkError"),
    "digits-400": (b"Content-Length: 1" + b"0" * 399 + b"\r\n", "NetworkError"),
    "two-to-the-64": (b"Content-Length: 18446744073709551616\r\n", "NetworkError"),
    "below-two-to-the-64": (b"Content-Length: 18446744073709551615\r\n", "BadResponse"),  # (past maxResponseSize)
    "plus": (b"Content-Length: +2\r\n", "NetworkError"),
    "list": (b"Content-Length: 2, 2\r\n", "NetworkError"),
    "twice": (b"Content-Length: 2\r\nContent-Length: 2\r\n", "NetworkError"),
    "empty": (b"Content-Length: \r\n", "NetworkError"),
    "space-within": (b"Content-Length: 1 2\r\n", "NetworkError"),
    "with-transfer-encoding": (b"Content-Length: 2\r\nTransfer-Encoding: chunked\r\n", "NetworkError"),
    "after-transfer-encoding": (b"Transfer-Encoding: chunked\r\nContent-Length: 2\r\n", "NetworkError"),
    "leading-zeros": (b"Content-Length: " + b"0" * 5000 + b"2\r\n", None),
    "padded": (b"Content-Length: \t 2  \r\n", None),
    # a tab after the digits fails Node's parser; aiohttp's strips it, requests and curl read it
    "tab-after": (b"Content-Length: 2\t\r\n", "NetworkError"),
}


def body_of(lines: bytes) -> bytes:
    return b"2\r\n{}\r\n0\r\n\r\n" if b"Transfer-Encoding" in lines else b"{}"


class FramingServer(RawServer):
    """Answers a request for /<name> with the head and body of RESPONSES[name] and closes the connection."""

    def answer(self, connection: socket.socket, data: bytes) -> None:
        name = self.route(data)
        if name not in RESPONSES:
            connection.sendall(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")
            return
        lines = RESPONSES[name][0]
        connection.sendall(HEAD + lines + b"\r\n" + body_of(lines))


@pytest.fixture(scope="module")
def outcomes():
    server = FramingServer()
    try:
        outcomes = get_each_route(server.url, list(RESPONSES))
        return {runtime: results for runtime, (results, _) in outcomes.items()}
    finally:
        server.socket.close()


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_every_runtime_reads_a_content_length_as_node_s_parser_does(outcomes, runtime):
    thrown = {name: result.get("throws") for name, result in zip(RESPONSES, outcomes[runtime])}
    assert thrown == {name: expected for name, (_, expected) in RESPONSES.items()}, outcomes[runtime]
    for name, result in zip(RESPONSES, outcomes[runtime]):
        if RESPONSES[name][1] is None:
            assert result["ok"] in ({}, []), result  # (PHP's empty object is an empty array)
