"""A deadline on a whole HTTP exchange of the sync transport (requests over urllib3).

requests applies its timeout to each read of the socket, so a server that sends its status line, its headers or a
chunked body's trailers a little at a time (or trailers without end) could hold the caller for as long as it likes.
A session from `session()` records the socket of every request that runs inside `within(seconds)`, in that thread;
when the time is up, a timer shuts the socket down, which ends the read that waits on it. The same connections read
past interim responses (see _FinalResponse). Imported with requests, on the first construction (see
native_exchange._load_http).
"""

from __future__ import annotations

import contextlib
import http.client
import socket
import threading

import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

_running = threading.local()  # .sockets: the sockets of the exchange that runs in this thread, if any


class _FinalResponse(http.client.HTTPResponse):
    """The response past any interim one: http.client skips 100 Continue only, and took a 103 Early Hints (which a
    CDN may send before the response) for the response itself, where Node, aiohttp and curl wait for the next."""

    def _read_status(self):
        while True:
            version, status, reason = super()._read_status()
            if not 101 < status < 200:  # (100 is begin ()'s to skip; 101 is an answer of its own)
                return version, status, reason
            http.client.parse_headers(self.fp)  # the interim response's headers, dropped


class _Recorded:
    """A connection that records its socket for the deadline of the exchange running in its thread, and whose
    responses are final ones."""

    response_class = _FinalResponse

    def request(self, *args, **kwargs):
        sockets = getattr(_running, "sockets", None)
        if sockets is not None:
            if self.sock is None:
                self.connect()
            sockets.append(self.sock)
        return super().request(*args, **kwargs)


class _HTTPConnection(_Recorded, HTTPConnection):
    pass


class _HTTPSConnection(_Recorded, HTTPSConnection):
    pass


class _HTTPPool(HTTPConnectionPool):
    ConnectionCls = _HTTPConnection


class _HTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _HTTPSConnection


_POOLS = {"http": _HTTPPool, "https": _HTTPSPool}


class _Adapter(HTTPAdapter):
    def init_poolmanager(self, *args, **kwargs):
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = _POOLS

    def proxy_manager_for(self, proxy, **proxy_kwargs):
        manager = super().proxy_manager_for(proxy, **proxy_kwargs)
        if not proxy.lower().startswith("socks"):  # (a SOCKS proxy's pools have connections of their own)
            manager.pool_classes_by_scheme = _POOLS
        return manager


def session() -> requests.Session:
    """A requests session whose connections, direct or through an HTTP proxy, keep to `within`'s deadline (through
    a SOCKS proxy each read is bounded)."""
    result = requests.Session()
    adapter = _Adapter()
    result.mount("http://", adapter)
    result.mount("https://", adapter)
    return result


class Deadline:
    """What `within` yields: expired once the time was up and the sockets were shut down (a read cut short may look
    like the end of the response, so the caller asks this, not the exception it got or did not get)."""

    def __init__(self) -> None:
        self.sockets: list[socket.socket] = []
        self.expired = False

    def shut_down(self) -> None:
        self.expired = True
        for sock in list(self.sockets):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


@contextlib.contextmanager
def within(seconds: float):
    """Runs the block's requests under a deadline: past it, their sockets are shut down (the read ends)."""
    deadline = Deadline()
    timer = threading.Timer(max(seconds, 0), deadline.shut_down)
    timer.daemon = True
    _running.sockets = deadline.sockets
    timer.start()
    try:
        yield deadline
    finally:
        timer.cancel()
        _running.sockets = None
