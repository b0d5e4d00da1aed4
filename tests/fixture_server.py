"""An HTTP server on 127.0.0.1 that answers an exchange's requests with the response bodies of its fixture,
by URL path: what the examples (examples/) run against in the test suite."""

from __future__ import annotations

import json
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class FixtureHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: "FixtureServer"

    def log_message(self, format, *args):  # noqa: A002 (the base class's name)
        pass

    def handle_any(self) -> None:
        path = urllib.parse.urlsplit(self.path).path
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        self.server.paths.append(path)
        status, text = self.server.routes.get(path, (404, json.dumps({"error": "no fixture for " + path})))
        data = text.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = do_PUT = do_DELETE = handle_any


class FixtureServer(ThreadingHTTPServer):
    """routes: URL path -> (status, body text). paths: every path requested, in order."""

    daemon_threads = True

    def __init__(self, routes: dict[str, tuple[int, str]]) -> None:
        super().__init__(("127.0.0.1", 0), FixtureHandler)
        self.routes = routes
        self.paths: list[str] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def __enter__(self) -> "FixtureServer":
        threading.Thread(target=self.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self.shutdown()
        self.server_close()
