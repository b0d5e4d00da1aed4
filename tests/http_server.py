"""A real HTTP server on 127.0.0.1 for the base runtime's HTTP tests (never a mock of the HTTP client).

Routes (under /api/): json (echoes method, query, body, two headers and whether an Authorization header came),
status/<code> (a Retry-After header when the query has retryAfter), reject (400 echoing the query as JSON), slow (answers after 1.5 s), trickle (one
byte every 50 ms for 3 s), slow-headers (a header line every 50 ms for 3 s), slow-trailers (a chunked body's
trailer lines, one every 50 ms for 3 s), early-hints (a 103 interim response, then the JSON {"hinted": true}), null
(the JSON text null), malformed (truncated JSON), html, large (about 1 MB of JSON), redirect/<code>
(to the query's `to`, by default /api/json?redirected=yes), empty (204), deep (100,000 nested arrays),
bad-utf8, encoded/<kind> (gzip, deflate, raw-deflate, bad-gzip, bad-deflate, truncated-gzip, br), bomb
(a gzip body of 256 MiB of zeros), endless (a chunked body that stops only after 256 MiB or when the
client goes away), huge (50 MB with its Content-Length), dropped and reset (the connection closed, or reset, with no
response) and head (a head of the query's sizes: count header lines, wide of them of line characters, a reason
phrase of reason bytes).
Every request's arrival time is kept per `run` query parameter, so tests can see whether a request arrived.
"""

from __future__ import annotations

import functools
import gzip
import json
import os
import re
import socket
import struct
import subprocess
import threading
import time
import urllib.parse
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

STATUS_BODIES = {400: {"error": "bad request"}, 401: {"error": "unauthorized"}, 404: {"error": "not found"},
                 418: {"error": "teapot"}, 429: {"error": "too many requests"}, 500: {"error": "internal"},
                 502: {"error": "bad gateway"}, 503: {"error": "maintenance"}}
MIB = 1024 * 1024
ENDLESS_LIMIT = 256 * MIB  # what "endless" and the bomb amount to, so that a broken client cannot hang a test
TRICKLE = b'{"trickled": "' + b"x" * 44 + b'"}'  # 60 bytes, one every 50 ms


def raw_deflate(data: bytes) -> bytes:
    compressor = zlib.compressobj(wbits=-15)
    return compressor.compress(data) + compressor.flush()


@functools.cache
def gzip_bomb() -> bytes:
    """ENDLESS_LIMIT zeros, gzip-compressed to about 256 KB."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = bytes(MIB)
    return b"".join(compressor.compress(block) for _ in range(ENDLESS_LIMIT // MIB)) + compressor.flush()


def gzip_member(data: bytes, flags: int = 0) -> bytes:
    """A gzip member of data (RFC 1952) whose header has the optional fields flags names: FHCRC 2, FEXTRA 4, FNAME 8,
    FCOMMENT 16."""
    header = b"\x1f\x8b\x08" + bytes([flags]) + bytes(4) + b"\x00\xff"
    header += struct.pack("<H", 6) + b"ab\x02\x00xy" if flags & 4 else b""
    header += b"name.json\x00" if flags & 8 else b""
    header += b"a comment\x00" if flags & 16 else b""
    header += struct.pack("<H", zlib.crc32(header) & 0xFFFF) if flags & 2 else b""
    return header + raw_deflate(data) + struct.pack("<II", zlib.crc32(data), len(data))


def encoded(kind: str) -> tuple[str, bytes]:
    """(Content-Encoding, body) of encoded/<kind>."""
    document = json.dumps({"encoded": kind, "padding": "abc" * 100}).encode()
    whole = gzip.compress(json.dumps({"encoded": kind, "padding": list(range(3000))}).encode())
    if kind.startswith("gzip-members-"):  # a document cut into members at the places the kind lists
        cuts = [0, *map(int, kind.split("-")[2:]), len(document)]
        return "gzip", b"".join(gzip_member(document[start:end]) for start, end in zip(cuts, cuts[1:]))
    if kind.startswith("gzip-flags-"):
        return "gzip", gzip_member(document, int(kind.split("-")[2]))
    if kind == "gzip-one-byte":
        return "gzip", gzip_member(b"7")
    return {"gzip": ("gzip", gzip.compress(document)), "deflate": ("deflate", zlib.compress(document)),
            "raw-deflate": ("deflate", raw_deflate(document)), "bad-gzip": ("gzip", b"this is not gzip at all"),
            "bad-deflate": ("deflate", b"not deflate"), "truncated-gzip": ("gzip", whole[:len(whole) // 2]),
            "br": ("br", b"\x0b\x02\x80{}\x03"),
            # gzip with a no-break space and a NEL after it, which JavaScript's trim and Python's strip took away
            "gzip-nbsp": ("gzip\xa0", gzip.compress(document)), "gzip-nel": ("gzip\x85", gzip.compress(document))}[kind]


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: "LocalServer"

    def log_message(self, format, *args):  # noqa: A002 (the base class's name)
        pass

    def handle_any(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        query = dict(urllib.parse.parse_qsl(url.query, keep_blank_values=True))
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode("utf-8") if length else ""
        self.server.record(query.get("run"), url.path)
        route = url.path.removeprefix("/api/")
        if route == "json":
            self.reply(200, json.dumps({"method": self.command, "query": query, "body": body,
                                        "userAgent": self.headers.get("User-Agent"),
                                        "custom": self.headers.get("X-Custom"),
                                        "authorized": "Authorization" in self.headers}))
        elif route.startswith("status/"):
            code = int(route.split("/")[1])
            extra = {"Retry-After": query["retryAfter"]} if "retryAfter" in query else {}
            self.reply(code, json.dumps(STATUS_BODIES.get(code, {"error": "status"})), headers=extra)
        elif route == "reject":
            self.reply(400, json.dumps({"error": "rejected", "query": query}, ensure_ascii=False))
        elif route == "slow":
            time.sleep(1.5)
            self.reply(200, "{}")
        elif route == "trickle":
            self.send_head(200, {"Content-Length": str(len(TRICKLE))})
            self.write_slowly(TRICKLE)
        elif route == "slow-headers":  # a header line every 50 ms for 3 s, then the body
            self.send_response(200)
            for index in range(60):
                self.send_header(f"X-Slow-{index}", "1")
                self.flush_headers()
                time.sleep(0.05)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"{}")
        elif route == "slow-trailers":  # a whole chunked body, then a trailer line every 50 ms for 3 s
            self.send_head(200, {"Transfer-Encoding": "chunked"})
            self.wfile.write(b"2\r\n{}\r\n0\r\n")
            for index in range(60):
                if not self.write_until_gone(b"X-Trailer-%d: 1\r\n" % index, 1):
                    self.server.abandon(query.get("run"))  # the client left before the response ended
                    return
                time.sleep(0.05)
            self.wfile.write(b"\r\n")
        elif route == "early-hints":  # an interim response (as a CDN sends for preloading) before the real one
            self.wfile.write(b"HTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload; as=style\r\n\r\n")
            self.reply(200, '{"hinted": true}')
        elif route == "null":  # JSON, but no value: what Python's and PHP's decoders give for no JSON at all
            self.reply(200, "null")
        elif route == "malformed":
            self.reply(200, '{"result": [1, 2')
        elif route == "html":
            self.reply(200, "<html><body>" + "maintenance " * 50 + "</body></html>", "text/html")
        elif route == "large":
            self.reply(200, json.dumps({"items": [{"id": i, "price": "1.5"} for i in range(40000)]}))
        elif route.startswith("redirect/"):
            self.send_head(int(route.split("/")[1]), {"Location": query.get("to", "/api/json?redirected=yes"),
                                                      "Content-Length": "0"})
        elif route == "empty":
            self.send_head(204, {})
        elif route == "proto":  # a key __proto__, escaped as JSON may escape it
            self.reply(200, '{"result": [{"id": "1", "\\u005f_proto__": {"price": "1"}}]}')
        elif route == "proto-value":  # __proto__ as a value, which an exchange indexes by (an id, a symbol)
            self.reply(200, '{"result": [{"id": "1"}, {"id": "__proto__", "price": "1"}]}')
        elif route == "conversion-key":  # a key toString where a text is expected, escaped as JSON may escape it
            self.reply(200, '{"result": [{"id": "1", "symbol": {"to\\u0053tring": "BTC/USD"}}]}')
        elif route == "deep":
            self.reply(200, "[" * 100000 + "]" * 100000)
        elif route == "bad-utf8":
            self.reply(200, b'{"text": "\xff\xfe not UTF-8"}')
        elif route.startswith("encoded/"):
            encoding, data = encoded(route.split("/")[1])
            self.reply(200, data, headers={"Content-Encoding": encoding})
        elif route == "bomb":
            self.reply(200, gzip_bomb(), headers={"Content-Encoding": "gzip"})
        elif route == "endless":
            self.send_head(200, {"Transfer-Encoding": "chunked"})
            self.write_until_gone(b"%x\r\n%s\r\n" % (64 * 1024, b" " * 64 * 1024), ENDLESS_LIMIT // (64 * 1024),
                                  b"0\r\n\r\n")
        elif route == "huge":
            self.send_head(200, {"Content-Length": str(50 * MIB), "Content-Type": "application/json"})
            self.write_until_gone(b" " * MIB, 50)
        elif route == "head":  # a head of the query's sizes: `wide` headers of `line` characters (name and value),
            # `count` header lines in all, a reason phrase of `reason` bytes; then {} (written as it is: send_response
            # adds Server and Date)
            count, line, wide, reason = (int(query.get(name, default)) for name, default in
                                         (("count", 4), ("line", 3), ("wide", 1), ("reason", 2)))
            lines = [b"Content-Type: application/json", b"Content-Length: 2", b"Connection: close"]
            lines += [b"X-A%d: " % index + b"a" * (line - 4) for index in range(wide)]
            lines += [b"X-%d: b" % index for index in range(count - len(lines))]
            self.wfile.write(b"HTTP/1.1 200 " + b"r" * reason + b"\r\n" + b"".join(item + b"\r\n" for item in lines)
                             + b"\r\n{}")
            self.close_connection = True
        elif route == "dropped":  # the request read, the connection closed without a byte of response
            self.close_connection = True
        elif route == "reset":  # the request read, the connection reset (RST) without a byte of response
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.close_connection = True
        else:
            self.reply(404, json.dumps({"error": "no route " + url.path}))

    do_GET = do_POST = do_PUT = do_DELETE = handle_any

    def send_head(self, status: int, headers: dict[str, str]) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()

    def reply(self, status: int, text: str | bytes, content_type: str = "application/json",
              headers: dict[str, str] | None = None) -> None:
        data = text.encode("utf-8") if isinstance(text, str) else text
        self.send_head(status, {"Content-Type": content_type, "Content-Length": str(len(data)), **(headers or {})})
        self.wfile.write(data)

    def write_slowly(self, data: bytes) -> None:
        for index in range(len(data)):
            if not self.write_until_gone(data[index:index + 1], 1):
                return
            time.sleep(0.05)

    def write_until_gone(self, block: bytes, count: int, end: bytes = b"") -> bool:
        """Writes block count times, then end; False (and the connection closed) once the client has gone."""
        try:
            for _ in range(count):
                self.wfile.write(block)
            self.wfile.write(end)
            self.wfile.flush()
            return True
        except OSError:
            self.close_connection = True
            return False


class LocalServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.arrivals: dict[str, list[float]] = {}
        self.abandoned: set[str | None] = set()  # the runs whose client left a slow response before its end
        self.left = threading.Condition()
        self.lock = threading.Lock()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/api"

    def abandon(self, run: str | None) -> None:
        with self.left:
            self.abandoned.add(run)
            self.left.notify_all()

    def wait_abandoned(self, run: str, seconds: float = 10) -> bool:
        """Whether the client of run leaves its slow response before the end (or within seconds, a bound only)."""
        with self.left:
            return self.left.wait_for(lambda: run in self.abandoned, seconds)

    def record(self, run: str | None, path: str) -> None:
        if run is not None:
            with self.lock:
                self.arrivals.setdefault(run, []).append(time.monotonic())

    def __enter__(self) -> "LocalServer":
        threading.Thread(target=self.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self.shutdown()
        self.server_close()


class _HeadersEchoHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format, *args):  # noqa: A002 (the base class's name)
        pass

    def answer(self) -> None:
        length = self.headers.get("Content-Length")
        self.rfile.read(int(length or 0))
        body = json.dumps({"headers": {name.lower(): value for name, value in self.headers.items()}}).encode()
        self.send_response(200)
        if self.path.split("?")[0].endswith("/set"):
            self.send_header("Set-Cookie", "session=abc123; Path=/")
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_OPTIONS = answer


class HeadersEchoServer(ThreadingHTTPServer):
    """A server on 127.0.0.1 that answers any request with the request's headers, their names in lower case, as JSON
    ({"headers": {...}}), and sets a cookie on a path that ends with /set."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _HeadersEchoHandler)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/api"

    def __enter__(self) -> "HeadersEchoServer":
        threading.Thread(target=self.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self.shutdown()
        self.server_close()


def local_certificate(folder) -> tuple[str, str]:
    """A certificate for 127.0.0.1 made in folder for a test (its file: the CA to trust), and its key: their paths."""
    key, certificate = os.path.join(folder, "key.pem"), os.path.join(folder, "certificate.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", certificate,
                    "-days", "2", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
                   check=True, capture_output=True)
    return certificate, key


class RawServer:
    """A server on 127.0.0.1 that takes one request per connection as its bytes arrive, below any HTTP library:
    answer () gets the connection and what was read up to the end of the head, and writes the reply byte for byte.
    Connections are served one at a time."""

    def __init__(self) -> None:
        self.socket = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.socket.getsockname()[1]}"
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                connection, _ = self.socket.accept()
            except OSError:
                return
            with connection:
                connection.settimeout(5)
                self.converse(connection)

    def converse(self, connection: socket.socket) -> None:
        """One request, answered; then the connection is closed (a subclass may answer more)."""
        self.answer(connection, self.read_head(connection))

    @staticmethod
    def read_head(connection: socket.socket, data: bytes = b"") -> bytes:
        """data and what arrives after it, up to the end of a request's head (or the client's closing)."""
        while b"\r\n\r\n" not in data:
            chunk = connection.recv(65536)
            if not chunk:
                break
            data += chunk
        return data

    def answer(self, connection: socket.socket, data: bytes) -> None:
        raise NotImplementedError

    @staticmethod
    def route(data: bytes) -> str:
        """The path a request's head asks for, without its leading slash ('' for none)."""
        return data.split(b" ")[1].decode("latin-1").lstrip("/") if b" " in data else ""


class _Proxy:
    """A proxy on 127.0.0.1 at url (of scheme): each connection is relayed by relay (client) in a thread of its own."""

    scheme = "http"

    def __init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = "%s://127.0.0.1:%d" % (self.scheme, self.listener.getsockname()[1])
        self.seen: list = []

    def __enter__(self):
        threading.Thread(target=self.serve, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self.listener.close()

    def serve(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self.relay, args=(client,), daemon=True).start()

    def relay(self, client: socket.socket) -> None:
        raise NotImplementedError


def _join(client: socket.socket, upstream: socket.socket) -> None:
    for source, target in ((upstream, client), (client, upstream)):
        threading.Thread(target=_relay, args=(source, target), daemon=True).start()


class RelayProxy(_Proxy):
    """An HTTP proxy: a request in absolute form is sent to its target with the path alone in its line, a CONNECT
    opens a tunnel (502 when the target does not answer); the bytes are relayed both ways as they come (a slow
    response stays slow), and both sides closed when either closes. `seen` holds each request's line, as the proxy
    read it, and its Proxy-Authorization (None without)."""

    def relay(self, client: socket.socket) -> None:
        head = b""
        while b"\r\n\r\n" not in head:
            data = client.recv(4096)
            if not data:
                client.close()
                return
            head += data
        line, rest = head.split(b"\r\n", 1)
        authorization = re.search(rb"(?im)^proxy-authorization: *([^\r\n]*)", rest)
        self.seen.append((line.decode(), authorization and authorization.group(1).decode()))
        method, url, version = line.split(b" ")
        if method == b"CONNECT":
            host, port = url.rsplit(b":", 1)
            try:
                upstream = socket.create_connection((host.strip(b"[]").decode(), int(port)))
            except OSError:
                client.sendall(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n")
                client.close()
                return
            client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
            upstream.sendall(head.split(b"\r\n\r\n", 1)[1])  # (whatever the client sent after its CONNECT)
        else:
            authority, path = url.split(b"//", 1)[1].split(b"/", 1)
            host, port = authority.split(b":")
            upstream = socket.create_connection((host.decode(), int(port)))
            upstream.sendall(b"%s /%s %s\r\n%s" % (method, path, version, rest))
        _join(client, upstream)


class SocksProxy(_Proxy):
    """A SOCKS5 proxy (no authentication, CONNECT to an IPv4 address or a name), relaying as RelayProxy does; `seen`
    holds each target as host:port."""

    scheme = "socks5"

    def relay(self, client: socket.socket) -> None:
        def read(count: int) -> bytes:
            data = b""
            while len(data) < count:
                data += client.recv(count - len(data)) or b"\0" * (count - len(data))
            return data

        _, methods = read(2)
        read(methods)
        client.sendall(b"\x05\x00")  # no authentication
        _, _, _, kind = read(4)
        host = socket.inet_ntoa(read(4)) if kind == 1 else read(read(1)[0]).decode()
        port = int.from_bytes(read(2), "big")
        self.seen.append(f"{host}:{port}")
        upstream = socket.create_connection((host, port))
        client.sendall(b"\x05\x00\x00\x01" + bytes(4) + bytes(2))  # succeeded
        _join(client, upstream)


def _relay(source: socket.socket, target: socket.socket) -> None:
    try:
        while data := source.recv(65536):
            target.sendall(data)
    except OSError:
        pass
    for side in (source, target):
        try:
            side.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
