"""A response's headers as a hostile (or careless) server writes them, read alike by every runtime.

Each HTTP client read them its own way: node:http one character a byte (latin-1), aiohttp as UTF-8, PHP's curl as
bytes; node:http kept the first of two Retry-After or Content-Encoding lines, requests joined them, curl the last; and
node:http's parser failed a value with a control character that the others read on. So a server could make one runtime
wait (Retry-After), decompress a body that the others refused, or fail a request (an order that was placed) where the
others returned it. Every runtime now reads each byte as one character, joins a name given twice with ', ', trims
spaces and tabs, and fails a control character in a value as a NetworkError. A chunked body's trailers are no
headers in any runtime (curl handed them to PHP as if they were).
"""

from __future__ import annotations

import gzip
import re
import socket

import pytest

from tests.base_runners import RUNTIMES, get_each_route
from tests.http_server import RawServer

BODY = gzip.compress(b'{"ok": true}')
RESPONSES = {
    # Retry-After: 1 and a no-break space (latin-1 A0): PHP's trim of the byte raised a native TypeError
    "nbsp-retry-after": b"HTTP/1.1 429 Too Many Requests\r\nRetry-After: 1\xa0\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}",
    # two Content-Encoding lines: only PHP (the last line) decompressed the body
    "two-encodings": b"HTTP/1.1 200 OK\r\nContent-Encoding: identity\r\nContent-Encoding: gzip\r\nContent-Length: "
                     + str(len(BODY)).encode() + b"\r\nConnection: close\r\n\r\n" + BODY,
    # a chunked body's trailer that says the body is gzip: curl handed it on as a header, and only PHP decompressed the
    # body (the others refuse it: it is no UTF-8 text)
    "trailer-encoding": b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                        + b"%x\r\n" % len(BODY) + BODY + b"\r\n0\r\nContent-Encoding: gzip\r\n\r\n",
    # a control character in a value: node:http failed the request, the others returned the body
    "control": b"HTTP/1.1 200 OK\r\nX-Note: a\x01b\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}",
    "delete-character": b"HTTP/1.1 200 OK\r\nX-Note: a\x7fb\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}",
    # a value in latin-1 and one in UTF-8, spaces and tabs around a value, a name given twice in two cases, and
    # __proto__ (which node:http drops), and an empty value (valid HTTP), written back in the body by the verbose log
    "values": b"HTTP/1.1 200 OK\r\nX-Latin: caf\xe9\r\nX-Utf: caf\xc3\xa9\r\nX-Padded: \t 1 \t\r\nX-Empty:\r\nX-Twice: 1\r\n"
              b"x-twice: 2\r\n__proto__: 1\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}",
}


class HeaderServer(RawServer):
    """Answers a request for /<name> with RESPONSES[name], byte for byte, and closes the connection."""

    def answer(self, connection: socket.socket, data: bytes) -> None:
        name = self.route(data)
        connection.sendall(RESPONSES.get(name, b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"))


@pytest.fixture(scope="module")
def outcomes():
    server = HeaderServer()
    try:
        outcomes = get_each_route(server.url, list(RESPONSES), verbose=True)
        return outcomes
    finally:
        server.socket.close()


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_every_runtime_reads_a_response_s_headers_alike(outcomes, runtime):
    results, printed = outcomes[runtime]
    thrown = {name: result.get("throws") for name, result in zip(RESPONSES, results)}
    assert thrown == {"nbsp-retry-after": "RateLimitExceeded", "two-encodings": "BadResponse",
                      "trailer-encoding": "BadResponse", "control": "NetworkError", "delete-character": "NetworkError",
                      "values": None}, results
    assert "not valid UTF-8" in results[2]["message"], results[2]
    # (node:http's parser fails the line first: HPE_INVALID_HEADER_TOKEN)
    assert re.search("a response header holds a control character|HPE_INVALID_HEADER_TOKEN", results[3]["message"])
    logged = [line for line in printed.splitlines() if "response GET" in line and "/values" in line]
    assert len(logged) == 1, printed
    line = logged[0].lower()
    assert '"x-latin":"caf\\u00e9"' in line or '"x-latin":"café"' in line, line
    assert '"x-utf":"caf\\u00c3\\u00a9"' in line or '"x-utf":"cafã©"' in line, line
    assert '"x-padded":"1"' in line and '"x-twice":"1, 2"' in line and "__proto__" not in line, line
    assert '"x-empty":""' in line, line
