"""No runtime sends a request twice (red-team round 50).

A server, or a load balancer in front of it, that reads a request on a kept-alive connection and closes (or resets) it
without a byte of response leaves the client not knowing whether the request was acted on. Node and Python's requests
send it once and fail with NetworkError. PHP's curl sent it again on a new connection, whatever the method: libcurl
retries a request once when a reused connection ends before any byte of the response ("Connection died, retrying a
fresh connect"), rewinding its body, and PHP keeps one curl handle (and its connections) per exchange instance. Measured
before the change: a signed POST order, a PUT and a DELETE went out twice from PHP alone, on two connections, and the
call returned the second attempt's answer where the others raised NetworkError. PHP now stops such a transfer when curl
starts its second attempt, before it connects (fetch's progress function), and raises NetworkError as the others do.

aiohttp resent a GET, PUT or DELETE once on a new connection when the first closed or reset without an answer, a
fresh one too, and returned the second answer; exchangekit's sessions turn that off (response_head.session). And
aiohttp made a TLS handshake that failed (the server closed it, or answered it in plain HTTP) ExchangeNotAvailable, the
class of a connection never made, where the others made it a NetworkError (red-team round 50).
"""

from __future__ import annotations

import collections
import json
import re
import socket
import struct
import threading

import pytest

from tests.base_runners import RUNTIMES, run_calls
from tests.http_server import RawServer

ORDER = '{"side":"buy","amount":"1"}'
BODIES = {"POST": ORDER, "PUT": ORDER, "DELETE": None, "GET": None}  # (DELETE: Content-Length: 0, GET: no framing)


class ReusedServer(RawServer):
    """Serves the requests of a connection in turn: /warm, and any request that is the first on its connection, is
    answered with {"attempt": n} (its number among the requests of its method and path) and the connection kept alive;
    /closed and /reset that come on a reused connection are read (their body too), then the connection is closed, or
    reset, without a byte of response. `seen` counts the requests read per (method, path)."""

    def __init__(self) -> None:
        self.seen: collections.Counter = collections.Counter()
        super().__init__()

    def converse(self, connection: socket.socket) -> None:
        data, served = b"", 0
        try:
            while b"\r\n\r\n" in (data := self.read_head(connection, data)):
                head, data = data.split(b"\r\n\r\n", 1)
                length = re.search(rb"(?im)^content-length: *([0-9]+)\r?$", head)
                while length and len(data) < int(length.group(1)):
                    data += connection.recv(65536) or b"\0"  # (a client that closes within its body: counted)
                data = data[int(length.group(1)) if length else 0:]
                method, path = head.split(b" ")[0].decode(), self.route(head).split("?")[0]
                self.seen[method, path] += 1
                if path != "warm" and served:
                    if path == "reset":
                        connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    return  # (closed by RawServer)
                body = json.dumps({"attempt": self.seen[method, path]}).encode()
                connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n"
                                   % len(body) + body)
                served += 1
        except OSError:
            return


@pytest.mark.parametrize(("runtime", "method"), [(runtime, method) for runtime in RUNTIMES for method in BODIES])
def test_a_request_on_a_connection_closed_after_reading_it_is_sent_once(runtime, method):
    server = ReusedServer()
    headers = {"Content-Type": "application/json"} if BODIES[method] is not None else None
    warm = ["fetch", [server.url + "/warm"]]
    calls = [warm, ["fetch", [server.url + "/closed", method, headers, BODIES[method]]],
             warm, ["fetch", [server.url + "/reset", method, headers, BODIES[method]]]]
    spec = {"describe": {"id": "local", "urls": {"api": server.url}},
            "config": {"enableRateLimit": False, "timeout": 5000}, "calls": calls}
    try:
        results, _ = run_calls(runtime, spec)
    finally:
        server.socket.close()
    assert [result.get("ok", result.get("throws")) for result in results] == [
        {"attempt": 1}, "NetworkError", {"attempt": 2}, "NetworkError"], results
    for result, path in zip(results[1::2], ("closed", "reset")):
        assert result["message"].startswith(f"local {method} {server.url}/{path} failed: "), result
    assert server.seen == {("GET", "warm"): 2, (method, "closed"): 1, (method, "reset"): 1}


class DroppingServer(RawServer):
    """Reads the head of each request, on a connection of its own, and closes the connection without a byte, counting
    the requests by request line."""

    def __init__(self) -> None:
        self.requests: dict[str, int] = {}
        self.lock = threading.Lock()
        super().__init__()

    def answer(self, connection: socket.socket, data: bytes) -> None:
        line = data.split(b"\r\n", 1)[0].decode("latin-1")
        with self.lock:
            self.requests[line] = self.requests.get(line, 0) + 1


class HelloServer(RawServer):
    """Reads a TLS client's hello, then closes the connection (the first of each two) or answers it in plain HTTP."""

    def __init__(self) -> None:
        self.connections = 0
        super().__init__()

    def answer(self, connection: socket.socket, data: bytes) -> None:
        self.connections += 1
        if self.connections % 2 == 0:
            connection.sendall(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")

    @staticmethod
    def read_head(connection: socket.socket, data: bytes = b"") -> bytes:
        return connection.recv(65536)  # (a TLS record, not a head: as much of it as came)


def tagged(method: str, runtime: str) -> str:
    return f"{method.lower()}-{runtime}"


def assert_each_method_fails_once(runtime: str, server: DroppingServer, origin: str, **config) -> None:
    """A request of each method to origin (through server, or through it as the config's proxy) is a NetworkError, and
    server read each once."""
    api = {"public": {method.lower(): [tagged(method, runtime)] for method in BODIES}}
    spec = {"describe": {"id": "local", "urls": {"api": origin}, "api": api},
            "config": {"enableRateLimit": False, "timeout": 3000, **config},
            "calls": [["request", [tagged(method, runtime), "public", method, {}]] for method in BODIES]}
    try:
        results = run_calls(runtime, spec)[0]
    finally:
        server.socket.close()
    assert [result.get("throws") for result in results] == ["NetworkError"] * len(BODIES), results
    sent = {line.split(" ")[0]: count for line, count in server.requests.items()}
    assert sent == dict.fromkeys(BODIES, 1), server.requests


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_a_request_whose_connection_closes_unanswered_is_sent_once(runtime):
    server = DroppingServer()
    assert_each_method_fails_once(runtime, server, server.url)


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_a_proxy_that_closes_unanswered_is_a_connection_made(runtime):
    # A plain request through an HTTP proxy that reads it and closes the connection: requests raises ProxyError, as
    # for a proxy it could not reach, which Python sync alone made ExchangeNotAvailable (red-team round 50).
    proxy = DroppingServer()
    assert_each_method_fails_once(runtime, proxy, "http://127.0.0.1:9", proxy=proxy.url)


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_a_failed_tls_handshake_is_a_connection_made(runtime):
    server = HelloServer()
    spec = {"describe": {"id": "local", "urls": {"api": server.url.replace("http:", "https:")},
                         "api": {"public": {"get": ["closed", "plain"]}}},
            "config": {"enableRateLimit": False, "timeout": 3000},
            "calls": [["request", ["closed", "public", "GET", {}]], ["request", ["plain", "public", "GET", {}]]]}
    try:
        results = run_calls(runtime, spec)[0]
    finally:
        server.socket.close()
    assert [result.get("throws") for result in results] == ["NetworkError", "NetworkError"], results
