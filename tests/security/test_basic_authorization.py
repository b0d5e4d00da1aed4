"""HTTP Basic authentication (Luno): the Authorization header is base64 (key + ':' + secret), the secret itself.

SUB-B009 lets exchange code read this.secret only as the key of a signature, so sign () cannot write the header: it
returns 'basicAuth': true and the request pipeline (fetch2) adds it, with basicAuthorization (), which exchange code may
neither call nor redefine. The header then went to the native fetch, which hands the request's headers back to the
exchange's handleErrors: there the file read the secret in base64, decodable to the text that SUB-B009 keeps from it.
handleErrors now sees the header masked, in every runtime.
"""

from __future__ import annotations

import base64

from tests.emit.compiled import run_everywhere
from tests.http_server import LocalServer

SOURCE = """import Exchange from './base/Exchange.js';
import { ExchangeError } from './base/errors.js';

export default class basic_seen extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'basic_seen',
            'urls': { 'api': '%(url)s' },
            'api': { 'private': { 'get': [ 'reject' ] } },
        });
    }

    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        return { 'url': this.urls['api'] + '/' + path, 'method': method, 'body': body, 'headers': headers, 'basicAuth': true };
    }

    handleErrors (status, reason, url, method, responseHeaders, responseBody, response, requestHeaders, requestBody) {
        this.options['seen'] = this.safeString (requestHeaders, 'Authorization', 'none');
        return undefined;
    }

    async run () {
        try {
            await this.privateGetReject ();
        } catch (e) {
            this.rethrowUncaught (e);
            if (e instanceof ExchangeError) {
                return this.options['seen'];
            }
        }
        return 'no error';
    }
}
"""


def test_handle_errors_sees_no_basic_credentials(tmp_path):
    with LocalServer() as server:
        runs = run_everywhere(str(tmp_path), {"basic_seen": SOURCE % {"url": server.url}},
                              config={"apiKey": "KEY-ID", "secret": "KEY-SECRET"})
    sent = "Basic " + base64.b64encode(b"KEY-ID:KEY-SECRET").decode()
    for runtime, results in runs.results.items():
        # (before: the header as sent, the secret in base64)
        assert results["basic_seen"] == {"result": "Basic ***"}, (runtime, results, sent)
