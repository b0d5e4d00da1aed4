"""A request's body is a text, or none, in every runtime (red-team round 24).

sign () returns the body, and exchange code may make it anything: each HTTP client wrote what is not a string its own
way. Measured before the change with ATTACK below against a server on 127.0.0.1 (`exkit check` passed it): Node refused
every such body (node:http's TypeError, a NetworkError) and sent nothing; Python sync and asyncio form-encoded a
dictionary (`a=1&b=x`, requests with an application/x-www-form-urlencoded Content-Type) and refused the rest; PHP's curl
sent a dictionary and a list as multipart/form-data (under a Content-Type of `; boundary=...`), 5 as '5' and true as '1'.
A signed request (an order) went out in some runtimes only, and its outcome chose the file's path: 'sent' or 'caught' a
body, per runtime. Certify never saw it: its harness replaces fetch and compares the bodies as values. Now fetch refuses
such a body before anything is sent, with the same ExchangeError everywhere.
"""

from __future__ import annotations

from tests.emit.compiled import run_everywhere
from tests.http_server import LocalServer

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
