"""No runtime sends a request once its timeout has passed, and the timeout bounds every phase before it (red-team
round 51, F4).

Python sync's deadline watched a connection's socket only once the request was written, after urllib3 had connected:
the TCP connect, a proxy's answer to CONNECT and the TLS handshake were bounded by the socket's timeout, phase by phase
(a CONNECT answer read by read). A connection made slowly, each phase within the timeout, was waited for to its end,
then the request was written (a signed order the server acted on) and the call raised RequestTimeout all the same.
Measured before the change, with a 3 s timeout: the POST sent at 3.8 s (a dropped SYN, then a ServerHello 2.8 s late)
and at 5.7 s (a CONNECT answered in 5 s); 26 s to give up on a proxy that trickled its CONNECT answer. Node, asyncio
and PHP sent nothing; Node kept the pending CONNECT open after the timeout, until the proxy closed it. Now Python sync
watches the socket from its connection on and checks the deadline before writing, and Node's CONNECT goes with the
request that failed.

Each phase is held back in parts, each part within the timeout and all of them past it; the call must raise
RequestTimeout, and the server behind must read no request. (A handshake held back alone outlasts the timeout in no
runtime: CPython bounds a handshake by its socket's timeout as a whole; the last test adds a slow connect to it.)
"""

from __future__ import annotations

import os
import socket
import ssl
import sys
import threading
import time

import pytest

from tests.base_runners import ROOT, RUNTIMES, runner
from tests.http_server import RawServer, _join, _Proxy, _relay, local_certificate
from transpiler.harness.run import run_json

TIMEOUT = 1000  # ms
PAUSE = 0.7  # seconds: within the timeout, twice past it
TRICKLE = 0.1  # seconds between two bytes of a trickled answer
CONNECTED = b"HTTP/1.1 200 Connection established\r\n\r\n"


@pytest.fixture(scope="module")
def certificate(tmp_path_factory) -> tuple[str, str]:
    """A certificate for 127.0.0.1 (its file: the CA the runtimes trust), and its key."""
    return local_certificate(tmp_path_factory.mktemp("tls"))


class Target(RawServer):
    """An https server that answers every request it reads; `requests` holds their lines."""

    def __init__(self, certificate: tuple[str, str]) -> None:
        self.context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        self.context.load_cert_chain(*certificate)
        self.requests: list[str] = []
        super().__init__()
        self.url = self.url.replace("http:", "https:")

    def converse(self, connection: socket.socket) -> None:
        try:
            with self.context.wrap_socket(connection, server_side=True) as tls:
                head = self.read_head(tls)
                if head:
                    self.requests.append(head.split(b"\r\n", 1)[0].decode("latin-1"))
                    tls.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 12\r\nConnection: close\r\n\r\n{\"id\":\"o-1\"}")
        except OSError:
            return  # (the client left within the handshake)


def held_back(connection: socket.socket, data: bytes) -> None:
    """Sends data in two halves, each PAUSE after the last: every wait within the timeout, together past it."""
    for part in (data[:len(data) // 2], data[len(data) // 2:]):
        time.sleep(PAUSE)
        connection.sendall(part)


def trickled(connection: socket.socket, data: bytes) -> None:
    """Sends data a byte every TRICKLE seconds."""
    for index in range(len(data)):
        time.sleep(TRICKLE)
        connection.sendall(data[index:index + 1])


class SlowFront(_Proxy):
    """Relays each connection to target, the target's first flight of the TLS handshake (the ServerHello and what
    comes with it) held back."""

    def __init__(self, target: Target) -> None:
        self.target = target
        super().__init__()
        self.url = self.url.replace("http:", "https:")

    def relay(self, client: socket.socket) -> None:
        upstream = socket.create_connection(self.target.socket.getsockname())
        threading.Thread(target=self.answer, args=(upstream, client), daemon=True).start()
        _relay(client, upstream)

    @staticmethod
    def answer(upstream: socket.socket, client: socket.socket) -> None:
        try:
            held_back(client, upstream.recv(65536))
        except OSError:
            return
        _relay(upstream, client)


class SlowProxy(_Proxy):
    """An HTTP proxy whose answer to CONNECT is sent by answer (held_back or trickled), then the tunnel to the target.
    `finished` holds, per CONNECT, whether the client was still there at the end of the answer."""

    def __init__(self, answer) -> None:
        self.answer = answer
        self.finished: list[bool] = []
        super().__init__()

    def relay(self, client: socket.socket) -> None:
        head = RawServer.read_head(client)
        host, port = head.split(b" ")[1].rsplit(b":", 1)
        try:
            self.answer(client, CONNECTED)
        except OSError:
            self.finished.append(False)
            client.close()
            return
        self.finished.append(True)
        _join(client, socket.create_connection((host.decode(), int(port))))


def run_trusting(runtime: str, spec: dict, certificate: str) -> list:
    """run_calls, the runtime trusting certificate (so that a request sent in time would be answered)."""
    command, environment = runner(runtime)
    environment = dict(environment, NODE_EXTRA_CA_CERTS=certificate, REQUESTS_CA_BUNDLE=certificate,
                       SSL_CERT_FILE=certificate)
    if runtime == "php":  # (curl reads its CA from php.ini)
        command = [command[0], "-d", "curl.cainfo=" + certificate, *command[1:]]
    return run_json(command, spec, environment, runtime, cwd=ROOT)[0]


def post_order(url: str, **config) -> dict:
    return {"describe": {"id": "local", "urls": {"api": url}},
            "config": {"enableRateLimit": False, "timeout": TIMEOUT, **config},
            "calls": [["fetch", [url + "/order", "POST", {"Content-Type": "application/json"}, '{"side":"buy"}']]]}


def call_through(runtime: str, slow, target: Target, certificate: str) -> None:
    """A POST to target through slow (a SlowFront the URL names, or a SlowProxy, the config's): RequestTimeout, and
    no request read by the target."""
    proxied = isinstance(slow, SlowProxy)
    url = target.url if proxied else slow.url
    results = run_trusting(runtime, post_order(url, **({"proxy": slow.url} if proxied else {})), certificate)
    assert results == [{"throws": "RequestTimeout",
                        "message": f"local POST {url}/order timed out after {TIMEOUT} ms"}], results
    time.sleep(2 * PAUSE)  # (past the end of what was held back: a late request would have come)
    assert target.requests == [], f"the server read {target.requests} after the timeout"


@pytest.mark.parametrize("runtime", RUNTIMES)
@pytest.mark.parametrize("phase", ["tls handshake", "connect answer"])
def test_no_request_after_a_phase_held_back_past_the_timeout(phase, runtime, certificate):
    target = Target(certificate)
    with SlowFront(target) if phase == "tls handshake" else SlowProxy(held_back) as slow:
        call_through(runtime, slow, target, certificate[0])
    target.socket.close()


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_a_trickled_connect_answer_is_cut_at_the_timeout(runtime, certificate):
    # 41 bytes, 4.1 s: the call ends at the timeout, and the proxy sees the client leave (no socket is left waiting
    # for the answer) before the answer's end
    target = Target(certificate)
    with SlowProxy(trickled) as proxy:
        call_through(runtime, proxy, target, certificate[0])
        ends = time.monotonic() + len(CONNECTED) * TRICKLE
        while not proxy.finished and time.monotonic() < ends:
            time.sleep(TRICKLE)
        assert proxy.finished == [False], "the client waited for the whole CONNECT answer"
    target.socket.close()


class LateHandshake:
    """An https server on 127.0.0.1 whose accept queue is full (a filler's connection) for 0.9 s after start (), so
    that Linux drops the SYN of a client that connects at once and sends it again 1 s later; it then holds back its
    answer to the client's hello for HOLD seconds. `requests` holds the lines of the requests it read."""

    HOLD = 1.0

    def __init__(self, certificate: tuple[str, str]) -> None:
        self.context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        self.context.load_cert_chain(*certificate)
        self.listener = socket.socket()
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(0)
        self.url = "https://127.0.0.1:%d" % self.listener.getsockname()[1]
        self.filler = socket.create_connection(self.listener.getsockname())
        self.requests: list[str] = []

    def start(self) -> None:
        threading.Thread(target=self.serve, daemon=True).start()

    def serve(self) -> None:
        time.sleep(0.9)
        self.listener.accept()[0].close()  # the filler's: the client's SYN, dropped, is sent again at 1 s
        self.filler.close()
        connection = self.listener.accept()[0]
        connection.settimeout(5)
        try:
            connection.recv(1, socket.MSG_PEEK)  # the client's hello is here
            time.sleep(self.HOLD)
            with self.context.wrap_socket(connection, server_side=True) as tls:
                head = RawServer.read_head(tls)
                if head:
                    self.requests.append(head.split(b"\r\n", 1)[0].decode("latin-1"))
        except OSError:
            return  # (the client left within the handshake)
        finally:
            self.listener.close()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux drops a SYN to a full accept queue")
def test_python_sync_sends_nothing_after_a_slow_connect_and_handshake(certificate, monkeypatch):
    # The TCP connect (1 s) and the TLS handshake (1 s) each within the timeout (1.5 s), together past it: CPython
    # bounds a handshake by its socket's timeout as a whole, so that only two phases together outlast the timeout.
    # In process, so that no runner's start-up shifts the times (the other runtimes: the rows above).
    monkeypatch.syspath_prepend(os.path.join(ROOT, "python"))
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", certificate[0])
    from exchangekit.base.errors import RequestTimeout
    from exchangekit.base.exchange import Exchange

    server = LateHandshake(certificate)

    class Local(Exchange):
        def describe(self):
            return self.deep_extend(super().describe(), {"id": "local", "urls": {"api": server.url}})

    exchange = Local({"timeout": 1500, "enableRateLimit": False})
    server.start()
    with pytest.raises(RequestTimeout, match="timed out after 1500 ms"):
        exchange.fetch(server.url + "/order", "POST", {"Content-Type": "application/json"}, '{"side":"buy"}')
    time.sleep(2 * LateHandshake.HOLD)  # (past the end of the handshake held back: a late request would have come)
    assert server.requests == [], f"the server read {server.requests} after the timeout"


def test_python_sync_bounds_a_slow_name_resolution_by_the_timeout(monkeypatch):
    # The system's resolver (getaddrinfo) takes what it takes, and no socket timeout bounds it: Python sync waited for
    # it past the timeout, where Node's lookup, aiohttp's and curl's resolution are bounded. A resolver that answers
    # nothing (until the test ends) must leave the call a RequestTimeout, and the thread that waits on it no harm.
    monkeypatch.syspath_prepend(os.path.join(ROOT, "python"))
    from exchangekit.base.errors import RequestTimeout
    from exchangekit.base.exchange import Exchange

    released, answered = threading.Event(), threading.Event()
    resolve = socket.getaddrinfo

    def unanswered(host, *args, **kwargs):
        if host == "slow-name.invalid":
            released.wait(60)
            answered.set()
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return resolve(host, *args, **kwargs)

    class Local(Exchange):
        def describe(self):
            return self.deep_extend(super().describe(), {"id": "local", "urls": {"api": "https://slow-name.invalid"}})

    monkeypatch.setattr(socket, "getaddrinfo", unanswered)
    exchange = Local({"timeout": 300, "enableRateLimit": False})
    try:
        with pytest.raises(RequestTimeout, match="timed out after 300 ms"):
            exchange.fetch("https://slow-name.invalid/order", "POST", {"Content-Type": "application/json"}, "{}")
        assert not answered.is_set(), "the call waited for the resolver"
    finally:
        released.set()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux drops a SYN to a full accept queue")
def test_python_sync_tries_no_address_of_a_name_past_the_timeout(monkeypatch):
    # urllib3 gives each of a name's addresses the whole timeout in turn, and a connection made in a thread and
    # abandoned at the deadline went on trying them, a socket and a thread each for as long (red-team round 69: 100
    # addresses, a call every 100 ms, and the process ran out of file descriptors). A name of five addresses, none of
    # which answers: no address may be tried once the call has ended.
    monkeypatch.syspath_prepend(os.path.join(ROOT, "python"))
    from exchangekit.base.errors import RequestTimeout
    from exchangekit.base.exchange import Exchange

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    filler = socket.create_connection(listener.getsockname())  # (the accept queue full: a SYN to it is dropped)
    port = listener.getsockname()[1]
    resolve, connect = socket.getaddrinfo, socket.socket.connect
    attempts = []

    def five_addresses(host, *args, **kwargs):
        if host == "many-addresses.invalid":
            return resolve("127.0.0.1", port, socket.AF_INET, socket.SOCK_STREAM) * 5
        return resolve(host, *args, **kwargs)

    def counted(sock, address):
        if address[1:2] == (port,):
            attempts.append(address)
        return connect(sock, address)

    class Local(Exchange):
        def describe(self):
            return self.deep_extend(super().describe(), {"id": "local",
                                                         "urls": {"api": f"https://many-addresses.invalid:{port}"}})

    monkeypatch.setattr(socket, "getaddrinfo", five_addresses)
    monkeypatch.setattr(socket.socket, "connect", counted)
    exchange = Local({"timeout": 300, "enableRateLimit": False})
    try:
        with pytest.raises(RequestTimeout, match="timed out after 300 ms"):
            exchange.fetch(f"https://many-addresses.invalid:{port}/order", "POST", {}, "{}")
        tried = len(attempts)
        for thread in threading.enumerate():
            if thread.name == "exchangekit-connect":
                thread.join(30)
        assert tried >= 1 and len(attempts) == tried, f"{len(attempts) - tried} addresses tried after the call ended"
    finally:
        filler.close()
        listener.close()


def test_python_sync_names_the_host_of_a_refused_connection(monkeypatch):
    # Each address of a name is tried with urllib3's _dns_host set to it, which urllib3's messages read as the host:
    # a refused connection named 127.0.0.1 where it had named the exchange's host (red-team round 70).
    monkeypatch.syspath_prepend(os.path.join(ROOT, "python"))
    from exchangekit.base.errors import NetworkError
    from exchangekit.base.exchange import Exchange

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    port = listener.getsockname()[1]  # (bound, not listening: a connection to it is refused)
    resolve = socket.getaddrinfo

    def local(host, *args, **kwargs):
        return resolve("127.0.0.1" if host == "refusing.invalid" else host, *args, **kwargs)

    class Local(Exchange):
        def describe(self):
            return self.deep_extend(super().describe(), {"id": "local",
                                                         "urls": {"api": f"http://refusing.invalid:{port}"}})

    monkeypatch.setattr(socket, "getaddrinfo", local)
    try:
        with pytest.raises(NetworkError) as refused:
            Local({"timeout": 2000, "enableRateLimit": False}).fetch(f"http://refusing.invalid:{port}/time")
        assert "host='refusing.invalid'" in str(refused.value) and "127.0.0.1" not in str(refused.value)
    finally:
        listener.close()


def test_python_sync_keeps_the_zone_of_a_link_local_address(monkeypatch):
    # getaddrinfo gives a link-local address's zone apart, as the fourth item of its socket address: the address
    # alone names no interface, and a proxy at fe80::...%eth0 failed with EINVAL (red-team round 70)
    monkeypatch.syspath_prepend(os.path.join(ROOT, "python"))
    from exchangekit.base import deadline

    answers = [(socket.AF_INET6, socket.SOCK_STREAM, 6, "", ("fe80::1", 443, 0, 2)),
               (socket.AF_INET6, socket.SOCK_STREAM, 6, "", ("2001:db8::1", 443, 0, 0)),
               (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("192.0.2.1", 443))]
    monkeypatch.setattr(socket, "getaddrinfo", lambda *arguments, **options: answers)
    assert deadline._addresses_of("link-local.invalid", 443) == ["fe80::1%2", "2001:db8::1", "192.0.2.1"]
