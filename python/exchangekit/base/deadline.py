"""A deadline on a whole HTTP exchange of the sync transport (requests over urllib3).

requests applies its timeout to each read of the socket, so a server that sends its status line, its headers or a
chunked body's trailers a little at a time (or trailers without end) could hold the caller for as long as it likes.
A session from `session()` records the socket of every connection that runs inside `within(seconds)`, in that thread,
as soon as it is connected (before a proxy's CONNECT and the TLS handshake); when the time is up, the process's one
watchdog thread shuts the socket down, which ends the read that waits on it, in whichever phase. A request whose
deadline passed before it was written is not written at all (see _Recorded.request).
The same connections read past interim responses (see _FinalResponse) and refuse a malformed head (response_head) or
body framing (response_body).
Imported with requests, on the first construction (see native_exchange._load_http).
"""

from __future__ import annotations

import contextlib
import functools
import heapq
import http.client
import http.cookiejar
import ipaddress
import itertools
import os
import socket
import threading
import time

import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import ConnectTimeoutError, NameResolutionError, NewConnectionError
from urllib3.util.connection import allowed_gai_family

from exchangekit.base.response_body import FramedResponse
from exchangekit.base.response_head import CheckedLines

_running = threading.local()  # .deadline: the Deadline of the exchange that runs in this thread, if any


class _FinalResponse(FramedResponse):
    """The response past any interim one: http.client skips 100 Continue only, and took a 103 Early Hints (which a
    CDN may send before the response) for the response itself, where Node, aiohttp and curl wait for the next. Its
    heads, interim ones included, are read through the file of StrictHeadResponse.begin, which checks each line as it
    ends and keeps none of an interim head once it has ended: a head is refused unless well formed, within the heads'
    bounds and, for an interim one, without framing fields (see response_head); its body unless framed as every
    runtime reads it (response_body)."""

    def _read_status(self):
        while True:
            version, status, reason = super()._read_status()
            if not 101 < status < 200:  # (100 is begin ()'s to skip; 101 is an answer of its own)
                return version, status, reason
            http.client.parse_headers(self.fp)  # the interim response's headers, dropped


class _TunnelAnswer(http.client.HTTPResponse):
    """A proxy's answer to CONNECT, whose lines a HeadLines checks as each ends, and its framing at its end (see
    response_head): http.client reads its lines alone (red-team round 66: two Content-Lengths opened the tunnel in
    Python sync and PHP alone)."""

    def __init__(self, sock, *args, **kwargs):
        super().__init__(sock, *args, **kwargs)
        self.fp = CheckedLines(self.fp, framed=True)


class DeadlinePassed(TimeoutError):
    """The deadline passed before the request was written: it was not sent."""


class _Recorded:
    """A connection that records its socket for the deadline of the exchange running in its thread, and whose
    responses are final ones."""

    response_class = _FinalResponse
    _name = None  # the host's name while _connect_by_address connects to its addresses

    @property
    def host(self) -> str:
        # urllib3 names self.host in its errors, and reads it from _dns_host, which holds the address tried: the
        # message names the host, as before its addresses were tried one by one.
        return (self._dns_host if self._name is None else self._name).rstrip(".")

    @host.setter
    def host(self, value: str) -> None:
        self._dns_host = value

    def _new_conn(self):
        # The connection is made within what is left of the deadline, and its socket watched from then on, through a
        # proxy's CONNECT and the TLS handshake, which requests bounds per read only (red-team round 51: a CONNECT
        # answer trickled held the call for ever).
        deadline = getattr(_running, "deadline", None)
        if deadline is None:
            return super()._new_conn()
        self.timeout = deadline.left()
        if hasattr(self, "_socks_options"):  # (PySocks resolves the names and connects in one call)
            sock = _within(super()._new_conn, deadline, late=socket.socket.close)
        elif _is_address(self._dns_host):
            sock = super()._new_conn()
        else:
            sock = self._connect_by_address(deadline)
        deadline.watch_connecting(sock)
        return sock

    def _connect_by_address(self, deadline: Deadline) -> socket.socket:
        """urllib3's connection to each of the name's addresses in turn, as it tries them, the name resolved in a
        thread waited for until the deadline, and each attempt given what is left of it: the system's resolver takes
        what it takes (getaddrinfo, which no socket timeout bounds), and urllib3 gave each address the whole timeout
        in turn (red-team round 69: a connection abandoned at the deadline went on trying them)."""
        name = self._dns_host
        try:
            addresses = _within(functools.partial(_addresses_of, name, self.port), deadline)
        except DeadlinePassed:
            raise
        except socket.gaierror as error:
            raise NameResolutionError(self.host, self, error) from error
        except UnicodeError:  # (a name that IDNA cannot write: urllib3's own refusal of it)
            return super()._new_conn()
        except OSError as error:  # (getaddrinfo's EAI_SYSTEM, as urllib3 reads it)
            raise NewConnectionError(self, f"Failed to establish a new connection: {error}") from error
        if not addresses:
            raise NewConnectionError(self, "Failed to establish a new connection: getaddrinfo returns an empty list")
        failure = None
        self._name = name
        try:
            for address in addresses:
                self._dns_host = address
                self.timeout = deadline.left()  # (DeadlinePassed once it is up)
                try:
                    return super()._new_conn()
                except (ConnectTimeoutError, NewConnectionError) as error:
                    failure = error
        finally:
            self._dns_host = name  # (the name the TLS handshake checks the certificate against)
            self._name = None
        raise failure

    def _tunnel(self):
        # The proxy's answer to CONNECT is a 200, as Node, asyncio and PHP take it: an interim head is no answer (the
        # 103 that _FinalResponse reads past opened the tunnel in Python alone; red-team round 60), and its lines are
        # read as a response's (http.client read a bare LF and control characters; round 64).
        self.response_class = _TunnelAnswer
        try:
            super()._tunnel()
        finally:
            del self.response_class

    def request(self, *args, **kwargs):
        deadline = getattr(_running, "deadline", None)
        if deadline is not None:
            if self.sock is None:
                self.connect()
            deadline.watch(self.sock)  # (a kept-alive connection's, or the TLS one made on the watched socket)
            # A connection made past the deadline sent nothing yet: a signed order written now would be acted on while
            # the caller is told RequestTimeout (red-team round 51, F4)
            deadline.check()
        return super().request(*args, **kwargs)


def _is_address(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


def _addresses_of(host: str, port: int) -> list[str]:
    """The addresses that urllib3 connects to for host, in its order (see urllib3.util.connection.create_connection),
    a link-local one with its zone (getaddrinfo gives the zone apart, as the fourth item of an IPv6 socket address:
    fe80::1 without it names no interface; red-team round 70): UnicodeError for a name that IDNA cannot write."""
    host.encode("idna")
    return [f"{address[0]}%{address[3]}" if len(address) == 4 and address[3] else address[0]
            for *_, address in socket.getaddrinfo(host, port, allowed_gai_family(), socket.SOCK_STREAM)]


def _within(work, deadline: Deadline, late=None):
    """work (), done in a thread of its own and waited for until the deadline: DeadlinePassed past it, and late
    (its result) once it is done, if given."""
    outcome: dict = {}
    finished = threading.Event()
    lock = threading.Lock()

    def run() -> None:
        try:
            outcome["result"] = work()
        except BaseException as error:  # noqa: BLE001 (raised again in the caller's thread)
            outcome["error"] = error
        with lock:
            finished.set()
            abandoned = outcome.get("abandoned", False)
        if abandoned and late is not None and "result" in outcome:
            late(outcome["result"])

    threading.Thread(target=run, name="exchangekit-connect", daemon=True).start()
    try:
        while not finished.wait(max(deadline.ends - time.monotonic(), 0)):
            deadline.check()  # (DeadlinePassed once the time is up: wait may return a moment before it)
    except DeadlinePassed:
        with lock:
            if not finished.is_set():
                outcome["abandoned"] = True
                raise
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]


class _HTTPConnection(_Recorded, HTTPConnection):
    pass


class _HTTPSConnection(_Recorded, HTTPSConnection):
    pass


class _HTTPPool(HTTPConnectionPool):
    ConnectionCls = _HTTPConnection


class _HTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _HTTPSConnection


_POOLS = {"http": _HTTPPool, "https": _HTTPSPool}


@functools.cache
def _socks_pools() -> dict:
    """_POOLS for the connections through a SOCKS proxy (urllib3's, which import PySocks: only for such a proxy)."""
    from urllib3.contrib import socks

    class _SOCKSConnection(_Recorded, socks.SOCKSConnection):
        pass

    class _SOCKSHTTPSConnection(_Recorded, socks.SOCKSHTTPSConnection):
        pass

    class _SOCKSPool(socks.SOCKSHTTPConnectionPool):
        ConnectionCls = _SOCKSConnection

    class _SOCKSHTTPSPool(socks.SOCKSHTTPSConnectionPool):
        ConnectionCls = _SOCKSHTTPSConnection

    return {"http": _SOCKSPool, "https": _SOCKSHTTPSPool}


class _Adapter(HTTPAdapter):
    def init_poolmanager(self, *args, **kwargs):
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = _POOLS

    def proxy_manager_for(self, proxy, **proxy_kwargs):
        manager = super().proxy_manager_for(proxy, **proxy_kwargs)
        manager.pool_classes_by_scheme = _socks_pools() if proxy.lower().startswith("socks") else _POOLS
        return manager


def session() -> requests.Session:
    """A requests session whose connections, direct or through a proxy, keep to `within`'s deadline, and that keeps no
    cookie: a server's Set-Cookie went back with the next requests from Python alone (Node's http and PHP's curl keep
    none), so a server answered them otherwise (red-team round 24)."""
    result = requests.Session()
    result.cookies.set_policy(http.cookiejar.DefaultCookiePolicy(allowed_domains=[]))
    adapter = _Adapter()
    result.mount("http://", adapter)
    result.mount("https://", adapter)
    return result


class Deadline:
    """What `within` yields: expired once the time was up and the sockets were shut down (a read cut short may look
    like the end of the response, so the caller asks this, not the exception it got or did not get)."""

    def __init__(self, seconds: float) -> None:
        self.ends = time.monotonic() + max(seconds, 0)
        self._sockets: list[socket.socket] = []
        self.expired = False
        self._lock = threading.Lock()  # (watch and shut_down run in two threads: no socket may slip between them)
        self._duplicates: list[socket.socket] = []

    def left(self) -> float:
        """The seconds left; DeadlinePassed if none."""
        self.check()
        return self.ends - time.monotonic()

    def check(self) -> None:
        """DeadlinePassed, with the sockets shut down, once the time is up (the watchdog may not have run yet)."""
        if time.monotonic() >= self.ends:
            self.shut_down()
        if self.expired:
            raise DeadlinePassed("the deadline passed before the request was sent")

    def watch(self, sock: socket.socket) -> None:
        """Shuts sock down at the deadline, or now if it is up already."""
        with self._lock:
            self._sockets.append(sock)
            expired = self.expired
        if expired:
            _shut(sock)

    def watch_connecting(self, sock: socket.socket) -> None:
        """watch () for a socket just connected, through its duplicate: the TLS handshake wraps the socket in another
        object and detaches this one (whose shutdown would then do nothing); the duplicate shares the connection."""
        duplicate = socket.fromfd(sock.fileno(), sock.family, sock.type, sock.proto)  # (plain, even for PySocks')
        self._duplicates.append(duplicate)
        self.watch(duplicate)

    def shut_down(self) -> None:
        with self._lock:
            self.expired = True
            sockets = list(self._sockets)
        for sock in sockets:
            _shut(sock)

    def close(self) -> None:
        """Closes the duplicates of watch_connecting, once the watchdog is done with this deadline (the connections go
        on, or close, with their own sockets)."""
        for duplicate in self._duplicates:
            duplicate.close()


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)


class _Watchdog:
    """Shuts down the sockets of every deadline that is up, from one daemon thread for the whole process (a thread per
    request, as threading.Timer starts, cost about 0.2 ms of each request, which tight loops of requests felt)."""

    def __init__(self) -> None:
        self._condition = threading.Condition()
        self._due: list[tuple[float, int]] = []  # a heap of (the monotonic time it is up, the deadline's number)
        self._waiting: dict[int, Deadline] = {}  # the deadlines neither up nor ended, by number
        self._numbers = itertools.count()
        self._thread: threading.Thread | None = None

    def start(self, deadline: Deadline) -> int:
        """Watches deadline until it ends; its number, for end ()."""
        with self._condition:
            number = next(self._numbers)
            self._waiting[number] = deadline
            heapq.heappush(self._due, (deadline.ends, number))
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="exchangekit-deadlines", daemon=True)
                self._thread.start()
            elif self._due[0][1] == number:
                self._condition.notify()  # due before the one the thread waits for
            if len(self._due) > 2 * len(self._waiting) + 64:  # mostly ended ones: their entries go
                self._due = [entry for entry in self._due if entry[1] in self._waiting]
                heapq.heapify(self._due)
        return number

    def end(self, number: int) -> None:
        with self._condition:
            self._waiting.pop(number, None)

    def _run(self) -> None:
        with self._condition:
            while True:
                now = time.monotonic()
                while self._due and (self._due[0][0] <= now or self._due[0][1] not in self._waiting):
                    deadline = self._waiting.pop(heapq.heappop(self._due)[1], None)
                    if deadline is not None:
                        deadline.shut_down()
                self._condition.wait(self._due[0][0] - now if self._due else None)


_watchdog = _Watchdog()


def _watchdog_of_child() -> None:
    # A child process has none of its parent's threads (nor, maybe, an unlocked condition): a watchdog of its own.
    global _watchdog
    _watchdog = _Watchdog()


os.register_at_fork(after_in_child=_watchdog_of_child)


@contextlib.contextmanager
def within(seconds: float):
    """Runs the block's requests under a deadline: past it, their sockets are shut down (the read ends), and a request
    not yet written is not sent."""
    deadline = Deadline(seconds)
    _running.deadline = deadline
    number = _watchdog.start(deadline)
    try:
        yield deadline
    finally:
        _watchdog.end(number)  # (after which the watchdog never touches this deadline's sockets)
        _running.deadline = None
        deadline.close()
