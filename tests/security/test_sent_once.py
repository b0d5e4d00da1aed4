"""A request is sent once, and a connection that fails before its answer fails alike, in every runtime (red-team round 50).

aiohttp resent a GET, PUT or DELETE (a signed cancel) once on a new connection when the server closed or reset the first
without an answer, and returned the second answer, where Node, requests and curl failed the request with a
NetworkError; and it made a TLS handshake that failed (the server closed it, or answered it in plain HTTP)
ExchangeNotAvailable, the class of a connection never made, where the others made it a NetworkError.
"""

from __future__ import annotations

import socket
import threading

import pytest

from tests.base_runners import RUNTIMES, run_calls
from tests.http_server import RawServer

METHODS = ("GET", "PUT", "DELETE", "POST")


class DroppingServer(RawServer):
    """Reads each request's head and closes the connection without a byte, counting the requests by request line."""

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


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_a_request_whose_connection_closes_unanswered_is_sent_once(runtime):
    server = DroppingServer()
    api = {"public": {method.lower(): [tagged(method, runtime)] for method in METHODS}}
    spec = {"describe": {"id": "local", "urls": {"api": server.url}, "api": api},
            "config": {"enableRateLimit": False, "timeout": 3000},
            "calls": [["request", [tagged(method, runtime), "public", method, {}]] for method in METHODS]}
    try:
        results = run_calls(runtime, spec)[0]
    finally:
        server.socket.close()
    assert [result.get("throws") for result in results] == ["NetworkError"] * len(METHODS), results
    sent = {line.split(" ")[0]: count for line, count in server.requests.items()}
    assert sent == dict.fromkeys(METHODS, 1), server.requests


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
