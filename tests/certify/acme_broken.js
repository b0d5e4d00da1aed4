// Acme, deliberately non-conforming (tests/test_certify.py): every `expect:` comment names a finding that
// certification must report on its line; acme_good.js is the corrected file.
import Exchange from './base/Exchange.js';
import { BadSymbol, ExchangeError, ExchangeNotAvailable, RateLimitExceeded } from './base/errors.js';

export default class acme extends Exchange {
    describe () { // expect: CERT-D001 (no requiredCredentials)
        return this.deepExtend (super.describe (), {
            'id': 'acme',
            'name': 'Acme',
            'countries': [ 'US' ],
            'version': 'v1',
            'rateLimit': 100,
            'has': {
                'fetchMarkets': true,
                'fetchTicker': true,
                'fetchOrderBook': true,
                'fetchTrades': true, // expect: CERT-H001 (no fetchTrades method)
            },
            'urls': {
                'api': 'https://api.acme.test',
                'www': 'https://acme.test',
                'doc': 'https://docs.acme.test/api',
            },
            'api': {
                'public': {
                    'get': [ 'markets', 'ticker/{market}' ],
                },
            },
            'fees': {
                'trading': {
                    'maker': 0.001,
                    'taker': 0.002,
                },
            },
            'exceptions': {
                'exact': {
                    'E_SYMBOL': BadSymbol,
                    'E_LIMIT': RateLimitExceeded,
                    'E_DOWN': ExchangeNotAvailable,
                },
            },
        });
    }

    async fetchMarkets (params = {}) {
        const response = await this.publicGetMarkets (params);
        var result = []; // expect: SUB-D001
        for (let i = 0; i < response.length; i++) {
            const entry = response[i];
            const baseId = this.safeString (entry, 'base');
            const quoteId = this.safeString (entry, 'quote');
            const base = this.safeCurrencyCode (baseId);
            const quote = this.safeCurrencyCode (quoteId);
            result.push ({
                'id': this.safeString (entry, 'name'),
                'symbol': base + '/' + quote,
                'base': base,
                'quote': quote,
                'baseId': baseId,
                'quoteId': quoteId,
                'active': true,
                'type': 'spot',
                'spot': true,
                'info': entry,
            });
        }
        return result;
    }

    async fetchTicker (symbol, params = {}) {
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetTickerMarket (this.extend ({ 'market': market['id'] }, params));
        for (const key in response) { // expect: SUB-T001
            this.log (key); // expect: SUB-B006
        }
        return this.safeTicker ({
            'symbol': market['symbol'],
            'last': this.safeString (response, 'last'),
            'bid': this.safeString (response, 'bid'),
            'ask': this.safeString (response, 'ask'),
            'info': response,
        }, market);
    }

    async fetchOrderBook (symbol, depth = undefined, params = {}) { // expect: CERT-U001 CERT-F002 CERT-F003
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetTickerMarket (this.extend ({ 'market': market['id'], 'depth': depth }, params));
        return this.parseOrderBook (response, market['symbol']);
    }

    handleErrors (status, reason, url, method, responseHeaders, responseBody, response, requestHeaders, requestBody) {
        if ((response === undefined) || Array.isArray (response)) {
            return;
        }
        const code = this.safeString (response, 'error');
        if (code == undefined) { // expect: SUB-E004
            return;
        }
        const message = this.id + ' ' + responseBody;
        this.throwExactlyMatchedException (this.exceptions['exact'], code, message);
        throw new ExchangeError (message);
    }
}
