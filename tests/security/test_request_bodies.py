"""A request's body is a text, or none, in every runtime (red-team round 24).

sign () returns the body, and exchange code may make it anything: each HTTP client wrote what is not a string its own
way. Measured before the change with ATTACK below against a server on 127.0.0.1 (`exkit check` passed it): Node refused
every such body (node:http's TypeError, a NetworkError) and sent nothing; Python sync and asyncio form-encoded a
dictionary (`a=1&b=x`, requests with an application/x-www-form-urlencoded Content-Type) and refused the rest; PHP's curl
sent a dictionary and a list as multipart/form-data (under a Content-Type of `; boundary=...`), 5 as '5' and true as '1'.
A signed request (an order) went out in some runtimes only, and its outcome chose the file's path: 'sent' or 'caught' a
body, per runtime. Certify never saw it: its harness replaces fetch and compares the bodies as values. Now fetch refuses
such a body before anything is sent, with the same ExchangeError everywhere.

PHP's curl also added `Expect: 100-continue` of its own to a body of more than 1 MiB (and waited a second for the
server's 100): a server that refuses it answers 417 to PHP alone, and one that echoes the request's headers showed it to
exchange code ('sell' in PHP alone, below). PHP sends no Expect now.

Nor did the runtimes frame a request without a body alike: Content-Length: 0 for POST, PUT and PATCH from Node and
Python and none from PHP (a server may answer 411 Length Required, to PHP alone), for DELETE from Python alone, for
OPTIONS from Python sync alone, and for an empty text as the body of a GET from all but Python sync. Now POST, PUT,
PATCH and DELETE without a body carry Content-Length: 0, GET, HEAD and OPTIONS nothing, and an empty text is a body of 0
bytes, in every runtime.
"""

from __future__ import annotations

from tests.emit.compiled import run_everywhere
from tests.http_server import HeadersEchoServer, LocalServer

ATTACK = """import Exchange from './base/Exchange.js';

export default class bodies extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'bodies',
            'urls': { 'api': '%(url)s' },
            'api': { 'public': { 'post': [ 'json' ] } },
        });
    }

    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        const url = this.urls['api'] + '/' + path + '?' + this.urlencode ({ 'run': this.safeString (params, 'run') });
        return { 'url': url, 'method': method, 'body': this.safeValue (params, 'body'), 'headers': headers };
    }

    async run () {
        const bodies = [ { 'a': '1', 'b': 'x' }, [ 'a', 'b' ], 5, true, 'a=1', undefined ];
        const paths = [];
        for (let i = 0; i < bodies.length; i++) {
            try {
                const response = await this.publicPostJson ({ 'run': 'body-' + this.numberToString (i), 'body': bodies[i] });
                paths.push ('sent ' + this.safeString (response, 'body'));
            } catch (e) {
                this.rethrowUncaught (e);
                paths.push ('caught');
            }
        }
        return paths;
    }
}
"""


def test_a_body_that_is_no_text_is_refused_before_it_is_sent(tmp_path):
    with LocalServer() as server:
        runs = run_everywhere(str(tmp_path), {"bodies": ATTACK % {"url": server.url}}, config={"enableRateLimit": False})
        arrivals = dict(server.arrivals)
    for runtime, outcomes in runs.results.items():
        # (before: 'sent a=1&b=x' first in Python sync and asyncio; four multipart or plain bodies sent in PHP)
        assert outcomes["bodies"] == {"result": ["caught", "caught", "caught", "caught", "sent a=1", "sent undefined"]}, \
            (runtime, outcomes)
    assert sorted(arrivals) == ["body-4", "body-5"], arrivals
    assert all(len(times) == 4 for times in arrivals.values()), arrivals


LARGE = """import Exchange from './base/Exchange.js';

export default class largebody extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'largebody',
            'urls': { 'api': '%(url)s' },
            'api': { 'public': { 'post': [ 'echo' ] } },
        });
    }

    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        const text = 'x'.padEnd (1200000, 'y');
        return { 'url': this.urls['api'] + '/' + path, 'method': method, 'body': text, 'headers': { 'Content-Type': 'text/plain' } };
    }

    async run () {
        const headers = this.safeDict (await this.publicPostEcho (), 'headers', {});
        return [ (this.safeString (headers, 'expect') === undefined) ? 'buy' : 'sell', this.safeInteger (headers, 'content-length') ];
    }
}
"""


def test_no_runtime_adds_an_expect_header_of_its_own(tmp_path):
    with HeadersEchoServer() as server:
        runs = run_everywhere(str(tmp_path), {"largebody": LARGE % {"url": server.url}}, config={"enableRateLimit": False})
    for runtime, outcomes in runs.results.items():
        # (before: ['sell', 1200000] in PHP, curl's Expect: 100-continue)
        assert outcomes["largebody"] == {"result": ["buy", 1200000]}, (runtime, outcomes)


FRAMING = """import Exchange from './base/Exchange.js';

export default class framing extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'framing',
            'urls': { 'api': '%(url)s' },
            'api': { 'public': { 'post': [ 'echo' ], 'put': [ 'echo' ], 'patch': [ 'echo' ], 'delete': [ 'echo' ],
                'options': [ 'echo' ], 'get': [ 'echo' ] } },
        });
    }

    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        return { 'url': this.urls['api'] + '/' + path, 'method': method, 'body': (this.safeBool (params, 'empty') === true) ? '' : undefined };
    }

    async lengths (params) {
        const echoed = [ await this.publicPostEcho (params), await this.publicPutEcho (params),
            await this.publicPatchEcho (params), await this.publicDeleteEcho (params), await this.publicOptionsEcho (params),
            await this.publicGetEcho (params) ];
        const result = [];
        for (let i = 0; i < echoed.length; i++) {
            result.push (this.safeString (this.safeDict (echoed[i], 'headers', {}), 'content-length', '-'));
        }
        return result;
    }

    async run () {
        return [ await this.lengths ({}), await this.lengths ({ 'empty': true }) ];
    }
}
"""


def test_a_request_without_a_body_is_framed_alike(tmp_path):
    with HeadersEchoServer() as server:
        runs = run_everywhere(str(tmp_path), {"framing": FRAMING % {"url": server.url}}, config={"enableRateLimit": False})
    for runtime, outcomes in runs.results.items():
        # POST, PUT, PATCH, DELETE, OPTIONS, GET (before: PHP ['-', ...] first; Python sync '0' for DELETE and OPTIONS)
        assert outcomes["framing"] == {"result": [["0", "0", "0", "0", "-", "-"], ["0"] * 6]}, (runtime, outcomes)
