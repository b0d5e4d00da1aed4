"""A HEAD request's response has no body in any runtime (red-team round 24).

An api tree may name HEAD endpoints, and a server answers HEAD with the Content-Length its GET would have, and no body
(RFC 9110). node:http, requests and aiohttp read no body after a HEAD's head; PHP's curl, told the method as a custom
request, waited for the body the Content-Length announced: until the timeout (a RequestTimeout) where the server keeps
the connection, a NetworkError where it closes it. Measured before the change with ATTACK below (`exkit check` passed
it): 'ok' in Node, Python sync and asyncio and 'failed' in PHP, on any server's answer, so a file took a path of its
own in PHP at a time no fixture covers (the fixtures' harness replaces fetch). PHP now asks curl for no body
(CURLOPT_NOBODY).
"""

from __future__ import annotations

import socket

from tests.emit.compiled import run_everywhere
from tests.http_server import RawServer

ATTACK = """import Exchange from './base/Exchange.js';
import { NetworkError } from './base/errors.js';

export default class headrequests extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'headrequests',
            'urls': { 'api': '%(url)s' },
            'api': { 'public': { 'head': [ 'json' ] } },
        });
    }

    async run () {
        let path = 'ok';
        try {
            await this.publicHeadJson ();
        } catch (e) {
            if (!(e instanceof NetworkError)) {
                throw e;
            }
            path = 'failed';
        }
        return path;
    }
}
"""


class HeadServer(RawServer):
    """Answers every request as a server answers HEAD: the head of a JSON body of 18 bytes, and no body."""

    def __init__(self) -> None:
        super().__init__()
        self.methods: list[str] = []

    def answer(self, connection: socket.socket, data: bytes) -> None:
        self.methods.append(data.split(b" ")[0].decode("latin-1"))
        connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 18\r\n\r\n")


def test_a_head_response_has_no_body_in_any_runtime(tmp_path):
    server = HeadServer()
    try:
        runs = run_everywhere(str(tmp_path), {"headrequests": ATTACK % {"url": server.url + "/api"}},
                              config={"enableRateLimit": False, "timeout": 5000})
    finally:
        server.socket.close()
    for runtime, outcomes in runs.results.items():
        # (before: 'failed' in PHP, curl waiting for the 18 bytes announced)
        assert outcomes["headrequests"] == {"result": "ok"}, (runtime, outcomes)
    assert server.methods == ["HEAD"] * 4, server.methods
