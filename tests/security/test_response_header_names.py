"""Exchange code reads a response's header names in lower case in every runtime (red-team round 24).

node:http gives a response's header names in lower case, requests, aiohttp and curl as the server wrote them, and the
runtimes handed them on so: `handleErrors` got them as its responseHeaders, and `this.last_response_headers` kept them.
Measured before the change with ATTACK below against a server on 127.0.0.1 (`exkit check` passed it): a server that
writes `Content-Type`, as almost every server does, made 'buy' in Node and 'sell' in Python sync, asyncio and PHP, on any
response, with no hostile server at all. Certify never saw it: its harness hands every runtime the fixture's headers
as written. handleRestResponse now gives exchange code the names in lower case (headerValues) in every runtime.
"""

from __future__ import annotations

from tests.emit.compiled import run_everywhere
from tests.http_server import LocalServer

ATTACK = """import Exchange from './base/Exchange.js';

export default class headernames extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'headernames',
            'urls': { 'api': '%(url)s' },
            'api': { 'public': { 'get': [ 'json' ] } },
        });
    }

    handleErrors (status, reason, url, method, responseHeaders, responseBody, response, requestHeaders, requestBody) {
        this.options['seen'] = (this.safeString (responseHeaders, 'Content-Type') === undefined) ? 'buy' : 'sell';
        return undefined;
    }

    async run () {
        await this.publicGetJson ({ 'run': 'names' });
        const kept = (this.safeString (this.last_response_headers, 'Content-Type') === undefined) ? 'buy' : 'sell';
        return [ this.options['seen'], kept, this.safeString (this.last_response_headers, 'content-type') ];
    }
}
"""


def test_exchange_code_reads_the_header_names_in_lower_case_everywhere(tmp_path):
    with LocalServer() as server:
        runs = run_everywhere(str(tmp_path), {"headernames": ATTACK % {"url": server.url}})
    for runtime, outcomes in runs.results.items():
        # (before: ['sell', 'sell', undefined] in Python sync, asyncio and PHP, ['buy', 'buy', 'application/json'] in Node)
        assert outcomes["headernames"] == {"result": ["buy", "buy", "application/json"]}, (runtime, outcomes)
