// What sign () returns is checked before a runtime's fetch reads it (red-team round 56): a url or a method that is
// not a string was an ExchangeError in Node and a native TypeError in Python and PHP, which no catch clause sees, so
// that a catch chose its branch by runtime. Nothing is sent: every request here fails before it.

import Exchange from './base/Exchange.js';
import { ExchangeError } from './base/errors.js';

export default class sign_results extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'sign_results',
            'urls': { 'api': 'https://127.0.0.1:9' },
            'api': { 'public': { 'get': [ 'echo' ] } },
        });
    }

    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        const urls = { 'number': 5, 'boolean': true, 'list': [ 'https://127.0.0.1:9/echo' ], 'dictionary': { 'a': 'b' } };
        // (a url of none of these is undefined)
        const url = this.safeValue (urls, this.safeString (params, 'url'));
        const methods = { 'list': [ 'GET' ], 'number': 1 };
        return { 'url': url, 'method': this.safeValue (methods, this.safeString (params, 'method'), method), 'body': body, 'headers': headers };
    }

    async outcome (params) {
        try {
            await this.publicGetEcho (params);
            return 'sent';
        } catch (e) {
            this.rethrowUncaught (e);
            if (e instanceof ExchangeError) {
                return 'ExchangeError';
            }
            return 'another error';
        }
    }

    async run () {
        const results = [];
        const forms = [ { 'url': 'number' }, { 'url': 'boolean' }, { 'url': 'list' }, { 'url': 'dictionary' }, { 'url': 'none' },
            { 'url': 'list', 'method': 'list' }, { 'url': 'number', 'method': 'number' } ];
        for (let i = 0; i < forms.length; i++) {
            results.push (await this.outcome (forms[i]));
        }
        return results;
    }
}
