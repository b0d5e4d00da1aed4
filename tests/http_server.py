"""A real HTTP server on 127.0.0.1 for the base runtime's HTTP tests (never a mock of the HTTP client).

Routes (under /api/): json (echoes method, query, body and headers), status/<code> (a Retry-After header when
the query has retryAfter), slow (answers after
1.5 s), malformed (truncated JSON), html, large (about 1 MB of JSON), redirect (302 to json), empty (204).
Every request's arrival time is kept per `run` query parameter, so tests can measure the rate limiter.
"""

from __future__ import annotations

import json
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

STATUS_BODIES = {400: {"error": "bad request"}, 401: {"error": "unauthorized"}, 404: {"error": "not found"},
                 418: {"error": "teapot"}, 429: {"error": "too many requests"}, 500: {"error": "internal"},
                 502: {"error": "bad gateway"}, 503: {"error": "maintenance"}}


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
                                        "custom": self.headers.get("X-Custom")}))
        elif route.startswith("status/"):
            code = int(route.split("/")[1])
            extra = {"Retry-After": query["retryAfter"]} if "retryAfter" in query else {}
            self.reply(code, json.dumps(STATUS_BODIES.get(code, {"error": "status"})), headers=extra)
        elif route == "slow":
            time.sleep(1.5)
            self.reply(200, "{}")
        elif route == "malformed":
            self.reply(200, '{"result": [1, 2')
        elif route == "html":
            self.reply(200, "<html><body>" + "maintenance " * 50 + "</body></html>", "text/html")
        elif route == "large":
            self.reply(200, json.dumps({"items": [{"id": i, "price": "1.5"} for i in range(40000)]}))
        elif route == "redirect":
            self.send_response(302)
            self.send_header("Location", "/api/json?redirected=yes")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif route == "empty":
            self.send_response(204)
            self.end_headers()
        else:
            self.reply(404, json.dumps({"error": "no route " + url.path}))

    do_GET = do_POST = do_PUT = do_DELETE = handle_any

    def reply(self, status: int, text: str, content_type: str = "application/json",
              headers: dict[str, str] | None = None) -> None:
        data = text.encode("utf-8")
        self.send_response(status)
        for name, value in {"Content-Type": content_type, "Content-Length": str(len(data)), **(headers or {})}.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)


class LocalServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.arrivals: dict[str, list[float]] = {}
        self.lock = threading.Lock()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/api"

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
