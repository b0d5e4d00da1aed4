"""The request target (path and query) goes out as exchange code built it, and signed it, in every runtime.

Each HTTP client rewrote it its own way: aiohttp's yarl decoded %2F, %3A, %40, %27, %2C, ... (a query signed with
`t=2024-01-01T00%3A00%3A00Z` was sent as `t=2024-01-01T00:00:00Z` from asyncio alone, so a server that checks the
signature over the query it received refused it, or took another value); requests decoded %41, %2E, ... and
escaped every % of a URL that held one lone % (`%E9` became `%25E9`, another value); urllib3 percent-encodes
`" < > [ ] \\ ^ ` { | }` and raises `%2f` to `%2F`; Node's URL parser encoded `'` and some of those, turned `\\` into
`/` and resolved dot segments (`/api/a/../private`), as curl did too. Now the target is sent byte for byte, and what
a client cannot send so is refused in every runtime.

The headers and the body likewise: PHP's curl sent two lines for one name in two cases (`X-Key` and `x-key`, where
the others send the last), dropped a header of an empty value, wrote `get` as the method and gave a body a Content-Type
of its own (application/x-www-form-urlencoded; aiohttp text/plain); Node framed no body of a DELETE or a GET (no
Content-Length: the server read the body as the next request on the connection); requests refused a value that
starts with a space, which the others sent."""

from __future__ import annotations

import socket

import pytest

from tests.base_runners import RUNTIMES, run_calls
from tests.http_server import RawServer

SENT_AS_BUILT = ["/api/json?t=2024-01-01T00%3A00%3A00Z&e=a%40b.c&p=a%2Fb&q=%3F%2C%24%21%27%28%29%2A%3B",
                 "/api/j%26n%3D%3B%40%3A%2C", "/api/json?a=x%27y&b=x'y(z)*!", "/api/json?a=%41%2E%2D%5F%7E%30",
                 "/api/a/../json?x=1", "/api/json/%2E%2E/json", "/api/./json", "/api/json?a=%E9", "?x=1"]
REFUSED = ['/api/json?a="', "/api/json?a=<", "/api/json?a=>", "/api/json?a=[0]", "/api/json?a=]", "/api/j\\n",
           "/api/json?a=^", "/api/json?a=`", "/api/json?a={}", "/api/json?a=|", "/api/json?a=%zz&b=%E9",
           "/api/json?a=%", "/api/json?a=%2f", "/api/json%e9"]


class RecordingServer(RawServer):
    """Answers {} to every request and keeps each request line as it arrived."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.heads: list[tuple[list[str], bytes]] = []
        super().__init__()

    def answer(self, connection: socket.socket, data: bytes) -> None:
        head, _, rest = data.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        length = max([int(line.split(":")[1]) for line in lines if line.lower().startswith("content-length:")]
                     or [0])
        while len(rest) < length:
            chunk = connection.recv(65536)
            if not chunk:
                break
            rest += chunk
        self.lines.append(lines[0])
        self.heads.append((lines, rest))
        connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n"
                           b"Connection: close\r\n\r\n{}")


@pytest.fixture(scope="module")
def server():
    recording = RecordingServer()
    yield recording
    recording.socket.close()


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_the_request_target_is_sent_as_built_or_refused(server, runtime):
    server.lines.clear()
    spec = {"describe": {"id": "local", "urls": {"api": server.url + "/api"}, "api": {"public": {"get": ["json"]}}},
            "config": {"timeout": 3000, "enableRateLimit": False},
            "calls": [["fetch", [server.url + target, "GET"]] for target in SENT_AS_BUILT + REFUSED]}
    results, _ = run_calls(runtime, spec)
    sent = [line.split(" ")[1] for line in server.lines]
    assert sent == [target if target.startswith("/") else "/" + target for target in SENT_AS_BUILT]
    assert all("ok" in result for result in results[:len(SENT_AS_BUILT)]), results
    for target, result in zip(REFUSED, results[len(SENT_AS_BUILT):]):
        assert result.get("throws") == "ExchangeError" and "percent-encode" in result["message"], (target, result)


# (method, headers, body) -> the request line, the headers beyond the client's own and the body that arrive
SENT_HEADERS = [
    (("GET", {"X-Key": "a", "x-key": "b"}, None), ("GET /api/json HTTP/1.1", {"x-key": "b"}, b"")),
    (("GET", {"X-Empty": ""}, None), ("GET /api/json HTTP/1.1", {"x-empty": ""}, b"")),
    (("get", {}, None), ("GET /api/json HTTP/1.1", {}, b"")),
    (("POST", {}, '{"a":1}'), ("POST /api/json HTTP/1.1", {"content-length": "7"}, b'{"a":1}')),
    (("DELETE", {}, "x=1"), ("DELETE /api/json HTTP/1.1", {"content-length": "3"}, b"x=1")),
    (("POST", {"Content-Type": "application/json"}, "{}"),
     ("POST /api/json HTTP/1.1", {"content-type": "application/json", "content-length": "2"}, b"{}")),
]
CLIENTS_OWN = ("host", "user-agent", "accept-encoding", "accept", "connection")
REFUSED_HEADERS = [{"X-Sp": " a"}, {"X-Sp": "a\t"}, {"X-Sp": "a "}]


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_headers_and_body_are_sent_alike(server, runtime):
    server.heads.clear()
    calls = [["fetch", [server.url + "/api/json", method, headers, body]] for (method, headers, body), _ in SENT_HEADERS]
    calls += [["fetch", [server.url + "/api/json", "GET", headers]] for headers in REFUSED_HEADERS]
    spec = {"describe": {"id": "local", "urls": {"api": server.url + "/api"}, "api": {"public": {"get": ["json"]}}},
            "config": {"timeout": 3000, "enableRateLimit": False}, "calls": calls}
    results, _ = run_calls(runtime, spec)
    sent = []
    for lines, body in server.heads:
        fields = [line.split(":", 1) for line in lines[1:]]
        sent.append((lines[0], {name.lower(): value.strip() for name, value in fields
                                if name.lower() not in CLIENTS_OWN}, body))
    assert sent == [expected for _, expected in SENT_HEADERS]
    assert len([line for line in server.heads[0][0] if line.lower().startswith("x-key")]) == 1  # (one line)
    for headers, result in zip(REFUSED_HEADERS, results[len(SENT_HEADERS):]):
        assert result.get("throws") == "ExchangeError" and "space or a tab" in result["message"], (headers, result)
