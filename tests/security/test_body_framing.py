"""A response's body framed alike in every runtime (red-team round 49; the framing is in response_body.py).

Each HTTP client read a body's framing its own way. Measured before the fix (Node, PHP, Python sync, asyncio):
chunk-size lines of 17 or more digits were read by all but PHP (curl reads 16 at most); ` 3`, `+3`, `-0`, `0x3` and `0_3`
by Python sync alone; `3 ` and `3\\t` by all but Node; `3;`, `3; a`, `3;a=\\xe9`, `3;a=b;`, `3;a="b"c` and an unended
quoted string by PHP and Python sync; `3\\x00` by PHP; lines ended by a bare LF by some runtimes each; a last chunk
without its CR LF by Python sync; trailers of any form by Python sync, of any number and size by Node; a
Transfer-Encoding of `chunked ` was read to the connection's end by Python sync, `chunked\\t`, `gzip, chunked`,
`gzip` and `chunked,` were decoded as chunked by PHP alone, `identity, chunked` and `chunked, chunked` read to the end
by Python sync; and bytes after a complete response (a 204 or a Content-Length of 0 followed by a body, a chunked body
followed by more) were a NetworkError in Node and asyncio, the response in Python sync and PHP; a 101 answering a plain
request held Node until its timeout. So a server chose which runtime read an answer and which failed it.

Each row is a whole response, answered on a connection of its own; every runtime must read it alike: the JSON of the
body, or the error class.
"""

from __future__ import annotations

import socket
import threading
import time

import pytest

from tests.base_runners import RUNTIMES, get_each_route, run_calls
from tests.http_server import RawServer

HEAD = b"HTTP/1.1 200 OK\r\nConnection: close\r\n"
CHUNKED = HEAD + b"Transfer-Encoding: chunked\r\n\r\n"
BODY = [1]  # (a list, which PHP reads as JSON reads it, where {} is an empty array)


def encoded(value: bytes) -> bytes:
    return HEAD + b"Transfer-Encoding: " + value + b"\r\n\r\n3\r\n[1]\r\n0\r\n\r\n"


def trailer_line(length: int, number: int = 0) -> bytes:
    """A trailer line of length bytes before its CR LF."""
    name = b"X-%03d: " % number
    return name + b"v" * (length - len(name)) + b"\r\n"


def trailers(*lines: bytes) -> bytes:
    return CHUNKED + b"3\r\n[1]\r\n0\r\n" + b"".join(lines) + b"\r\n"


def size_line(length: int) -> bytes:
    """A chunk-size line of 3 with an extension, length bytes before its CR LF."""
    return b"3;a=" + b"b" * (length - 4) + b"\r\n"


# name -> (the whole response, what every runtime returns: the body's JSON, or the error class's name)
RESPONSES = {
    # read
    "chunked": (CHUNKED + b"3\r\n[1]\r\n0\r\n\r\n", BODY),
    "two-chunks": (CHUNKED + b"1\r\n[\r\n2\r\n1]\r\n0\r\n\r\n", BODY),
    "hex-digits": (CHUNKED + b"A\r\n[1,2,3,45]\r\n0\r\n\r\n", [1, 2, 3, 45]),
    "sixteen-digits": (CHUNKED + b"0" * 15 + b"3\r\n[1]\r\n" + b"0" * 16 + b"\r\n\r\n", BODY),
    "extensions": (CHUNKED + b'3;a=b;c\r\n[1]\r\n0;d="e \\" f\xe9"\r\n\r\n', BODY),
    "size-line-of-4000": (CHUNKED + size_line(4000) + b"[1]\r\n0\r\n\r\n", BODY),
    "trailer": (trailers(b"X-A: b\r\n"), BODY),
    "trailer-line-of-4000": (trailers(trailer_line(4000)), BODY),
    "trailers-99-lines-65536-bytes": (trailers(*[trailer_line(662, n) for n in range(98)], trailer_line(660, 98)), BODY),
    "encoding-in-capitals": (encoded(b"Chunked"), BODY),
    "encoding-padded": (encoded(b"\t chunked  "), BODY),
    "chunked-http-1.0": (b"HTTP/1.0 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\n[1]\r\n0\r\n\r\n", BODY),
    "to-the-end": (HEAD + b"\r\n[1]", BODY),
    # what follows a complete response is dropped
    "bytes-after-chunks": (CHUNKED + b"3\r\n[1]\r\n0\r\n\r\nHTTP/1.1 200 OK\r\n\r\n[2]", BODY),
    "bytes-after-chunks-kept-alive": (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\n[1]\r\n0\r\n\r\n[2]",
                                      BODY),
    "bytes-after-length": (HEAD + b"Content-Length: 3\r\n\r\n[1][2]", BODY),
    "bytes-after-length-0": (HEAD + b"Content-Length: 0\r\n\r\n[1]", None),
    "bytes-after-204": (b"HTTP/1.1 204 No Content\r\n\r\n[1]", None),
    "chunks-after-204": (b"HTTP/1.1 204 No Content\r\nTransfer-Encoding: chunked\r\n\r\n3\r\n[1]\r\n0\r\n\r\n", None),
    "bytes-after-304": (b"HTTP/1.1 304 Not Modified\r\nConnection: close\r\n\r\n[1]", "BadResponse"),
    "101-to-a-request": (b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n[1]",
                         "ExchangeError"),
    # chunk-size lines
    "seventeen-digits": (CHUNKED + b"0" * 16 + b"3\r\n[1]\r\n0\r\n\r\n", "NetworkError"),
    "last-chunk-of-seventeen-digits": (CHUNKED + b"3\r\n[1]\r\n" + b"0" * 17 + b"\r\n\r\n", "NetworkError"),
    "space-before-size": (CHUNKED + b" 3\r\n[1]\r\n0\r\n\r\n", "NetworkError"),
    "space-after-size": (CHUNKED + b"3 \r\n[1]\r\n0\r\n\r\n", "NetworkError"),
    "tab-after-size": (CHUNKED + b"3\t\r\n[1]\r\n0\r\n\r\n", "NetworkError"),
    "plus": (CHUNKED + b"+3\r\n[1]\r\n0\r\n\r\n", "NetworkError"),
    "minus-zero": (CHUNKED + b"3\r\n[1]\r\n-0\r\n\r\n", "NetworkError"),
    "hex-prefix": (CHUNKED + b"0x3\r\n[1]\r\n0\r\n\r\n", "NetworkError"),
    "underscore": (CHUNKED + b"0_3\r\n[1]\r\n0\r\n\r\n", "NetworkError"),
    "nul-after-size": (CHUNKED + b"3\x00\r\n[1]\r\n0\r\n\r\n", "NetworkError"),
    "empty-size": (CHUNKED + b"\r\n[1]\r\n0\r\n\r\n", "NetworkError"),
    "empty-extension": (CHUNKED + b"3;\r\n[1]\r\n0\r\n\r\n", "NetworkError"),
    "space-before-extension": (CHUNKED + b"3 ;a\r\n[1]\r\n0\r\n\r\n", "NetworkError"),
    "space-after-semicolon": (CHUNKED + b"3; a\r\n[1]\r\n0\r\n\r\n", "NetworkError"),
    "extension-without-value": (CHUNKED + b"3;a=\r\n[1]\r\n0\r\n\r\n", "NetworkError"),
    "extension-without-name": (CHUNKED + b"3;=b\r\n[1]\r\n0\r\n\r\n", "NetworkError"),
    "extension-with-control": (CHUNKED + b"3;a\x01\r\n[1]\r\n0\r\n\r\n", "NetworkError"),
    "extension-token-of-latin-1": (CHUNKED + b"3;a=\xe9\r\n[1]\r\n0\r\n\r\n", "NetworkError"),
    "extension-then-semicolon": (CHUNKED + b"3;a=b;\r\n[1]\r\n0\r\n\r\n", "NetworkError"),
    "text-after-quoted-string": (CHUNKED + b'3;a="b"c\r\n[1]\r\n0\r\n\r\n', "NetworkError"),
    "quoted-string-unended": (CHUNKED + b'3;a="b\r\n[1]\r\n0\r\n\r\n', "NetworkError"),
    "size-line-of-4001": (CHUNKED + size_line(4001) + b"[1]\r\n0\r\n\r\n", "NetworkError"),
    "size-of-2-to-the-63": (CHUNKED + b"8000000000000000\r\n[1]\r\n0\r\n\r\n", "NetworkError"),
    # (refused at its size line, where the others waited for its data: curl reads no larger size)
    "held-size-of-ffffffffffffffff": (CHUNKED + b"ffffffffffffffff\r\n[1]", "NetworkError"),
    # line ends and data
    "bare-lf-after-size": (CHUNKED + b"3\n[1]\r\n0\r\n\r\n", "NetworkError"),
    "bare-lf-after-data": (CHUNKED + b"3\r\n[1]\n0\r\n\r\n", "NetworkError"),
    "bare-lf-at-the-end": (CHUNKED + b"3\r\n[1]\r\n0\n\n", "NetworkError"),
    "cr-then-other-after-data": (CHUNKED + b"3\r\n[1]\rX0\r\n\r\n", "NetworkError"),
    "data-without-line-end": (CHUNKED + b"3\r\n[1]0\r\n\r\n", "NetworkError"),
    "data-longer-than-its-size": (CHUNKED + b"2\r\n[1]\r\n0\r\n\r\n", "NetworkError"),
    "no-last-chunk": (CHUNKED + b"3\r\n[1]\r\n", "NetworkError"),
    "last-chunk-without-its-end": (CHUNKED + b"3\r\n[1]\r\n0\r\n", "NetworkError"),
    # a body of 20,000 one-byte chunks in one read, on a connection that stays open: aiohttp pauses its parser after
    # 16,384 chunk ends unread, and resumes it with an empty feed, which the framing must pass on (round 50)
    "held-20000-one-byte-chunks": (CHUNKED + b"".join(b"1\r\n" + bytes([byte]) + b"\r\n"
                                                      for byte in b"[1" + b" " * 19997 + b"]") + b"0\r\n\r\n", BODY),
    # trailers
    "trailer-name-not-a-token": (trailers(b"X A: b\r\n"), "NetworkError"),
    "trailer-bare-lf": (trailers(b"X-A: b\n"), "NetworkError"),
    "trailer-with-control": (trailers(b"X-A: b\x01\r\n"), "NetworkError"),
    "trailer-folded": (trailers(b"X-A: b\r\n", b" c\r\n"), "NetworkError"),
    "trailer-line-of-4001": (trailers(trailer_line(4001)), "NetworkError"),
    "trailer-content-length": (trailers(b"Content-Length: 3\r\n"), "NetworkError"),
    "trailer-content-length-in-capitals": (trailers(b"CONTENT-LENGTH: 3\r\n"), "NetworkError"),
    "trailer-transfer-encoding": (trailers(b"Transfer-Encoding: chunked\r\n"), "NetworkError"),
    "trailers-100-lines": (trailers(*[b"X-%03d: v\r\n" % n for n in range(100)]), "NetworkError"),
    "trailers-65537-bytes": (trailers(*[trailer_line(662, n) for n in range(98)], trailer_line(661, 98)),
                             "NetworkError"),
    # Transfer-Encoding values
    "encoding-tab-after": (encoded(b"chunked\t"), "NetworkError"),
    "encoding-identity-chunked": (encoded(b"identity, chunked"), "NetworkError"),
    "encoding-gzip-chunked": (encoded(b"gzip, chunked"), "NetworkError"),
    "encoding-chunked-chunked": (encoded(b"chunked, chunked"), "NetworkError"),
    "encoding-chunked-gzip": (encoded(b"chunked, gzip"), "NetworkError"),
    "encoding-chunked-comma": (encoded(b"chunked,"), "NetworkError"),
    "encoding-twice": (HEAD + b"Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n3\r\n[1]\r\n0\r\n\r\n",
                       "NetworkError"),
    "encoding-gzip": (HEAD + b"Transfer-Encoding: gzip\r\n\r\n[1]", "NetworkError"),
    "encoding-identity": (HEAD + b"Transfer-Encoding: identity\r\n\r\n[1]", "NetworkError"),
    "encoding-empty": (HEAD + b"Transfer-Encoding: \r\n\r\n[1]", "NetworkError"),
}


class FramingServer(RawServer):
    """Answers a request for /<name> with RESPONSES[name] and closes the connection (4 s later for the rows named
    held-*, so that a client waiting for more bytes waits for its timeout): whole, or two bytes at a time (a size
    line, a CR LF or a head cut across reads), each row of 2,000 bytes at most but those kept alive (bytes that come
    after the response's end, in a read of their own, may come after the client's next request on the connection, and
    be its answer: tests/security/test_response_header_lines.py)."""

    def __init__(self, pieces: bool) -> None:
        self.pieces = pieces
        super().__init__()

    def answer(self, connection: socket.socket, data: bytes) -> None:
        name = self.route(data)
        response = RESPONSES[name][0] if name in RESPONSES else b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"
        closed = b"Connection: close" in response or response.startswith(b"HTTP/1.0") or b" 101 " in response[:13]
        if name.startswith("held-"):
            threading.Timer(4, connection.dup().close).start()  # (the connection stays open while a copy does)
        if not (self.pieces and closed and len(response) <= 2000):
            # (corked: the response leaves with the connection's close, so that no client sends its next request on
            # the connection before it sees the close; one that did would fail it, as Node and Python fail such a
            # request, and PHP too now that curl sends no request twice: tests/security/test_request_resends.py)
            connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_CORK, 1)
            connection.sendall(response)
            return
        connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        try:
            for start in range(0, len(response), 2):
                connection.sendall(response[start:start + 2])
                time.sleep(0.001)
        except OSError:  # (the client gave up on a malformed response)
            return


@pytest.fixture(scope="module", params=["whole", "in-pieces"])
def outcomes(request):
    server = FramingServer(request.param == "in-pieces")
    try:
        outcomes = get_each_route(server.url, list(RESPONSES))
        return {runtime: results for runtime, (results, _) in outcomes.items()}
    finally:
        server.socket.close()


def test_the_rows_are_what_they_say():
    most = trailers(*[trailer_line(662, n) for n in range(98)], trailer_line(660, 98))
    assert len(most) - len(trailers()) == 65536 + 99 * 2  # (the lines' bytes, and their CR LF)
    assert len(trailer_line(4000)) == 4002 and len(size_line(4001)) == 4003


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_every_runtime_reads_a_body_s_framing_alike(outcomes, runtime):
    read = {name: result.get("throws", result.get("ok")) for name, result in zip(RESPONSES, outcomes[runtime])}
    assert read == {name: expected for name, (_, expected) in RESPONSES.items()}


SWITCHING = b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
FUNDS = b'{"code":"funds"}'
# name -> (the response to a plain GET, or HEAD when the name says so; whether the server closes the connection after
# it, or keeps it open until the client closes it)
SWITCHED = {
    "101": (SWITCHING + b"\r\n", False),
    "101-then-bytes": (SWITCHING + b"\r\n" + FUNDS, False),
    "101-then-bytes-closed": (SWITCHING + b"\r\n" + FUNDS, True),
    "101-after-103": (b"HTTP/1.1 103 Early Hints\r\nLink: </a.css>\r\n\r\n" + SWITCHING + b"\r\n" + FUNDS, False),
    "101-with-length": (SWITCHING + b"Content-Length: 16\r\n\r\n" + FUNDS, False),
    "101-chunked": (SWITCHING + b"Transfer-Encoding: chunked\r\n\r\n10\r\n" + FUNDS + b"\r\n0\r\n\r\n", True),
    "head-101": (SWITCHING + b"\r\n", False),
    "json": (b"HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\n[1]", False),
}


class SwitchingServer(RawServer):
    """Answers /<name> with SWITCHED[name], then closes the connection, or keeps it until the client closes it (5 s
    at most): a request that came on it meanwhile is not answered."""

    def answer(self, connection: socket.socket, data: bytes) -> None:
        response, closed = SWITCHED[self.route(data)]
        connection.sendall(response)
        try:
            while not closed and connection.recv(65536):
                pass
        except OSError:
            pass


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_a_101_that_answers_a_request_ends_at_its_head(runtime):
    # A 101 is the last response of HTTP on its connection, and has no body: every runtime returns it at once with an
    # empty body (an ExchangeError of handle_rest_response), and sends the next request on another connection. PHP's
    # curl took a 101 it did not ask for as a response without a length and read to the connection's end: a
    # RequestTimeout where the server kept the connection open, the bytes after the 101 handed to handle_errors as the
    # body where it closed it, and a NetworkError (Empty reply from server) for a HEAD (red-team round 50).
    server = SwitchingServer()
    names = list(SWITCHED)
    spec = {"describe": {"id": "local", "urls": {"api": server.url}, "api": {"public": {"get": names, "head": names}}},
            "config": {"enableRateLimit": False, "timeout": 3000},
            "calls": [["request", [name, "public", "HEAD" if name.startswith("head-") else "GET", {}]]
                      for name in names]}
    try:
        results, _ = run_calls(runtime, spec)
    finally:
        server.socket.close()
    switched = [f"local {'HEAD' if name.startswith('head-') else 'GET'} {server.url}/{name} 101 Switching Protocols "
                for name in names[:-1]]
    assert results == [{"throws": "ExchangeError", "message": message} for message in switched] + [{"ok": [1]}]
