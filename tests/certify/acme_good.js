// Acme, a fictional exchange for tests/test_certify.py: the corrected version of acme_broken.js.
import Exchange from './base/Exchange.js';
import { BadSymbol, ExchangeError, ExchangeNotAvailable, RateLimitExceeded } from './base/errors.js';

export default class acme extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'acme',
            'name': 'Acme',
            'countries': [ 'US' ],
            'version': 'v1',
            'rateLimit': 100,
            'has': {
                'fetchMarkets': true,
                'fetchTicker': true,
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
            'requiredCredentials': {
                'apiKey': false,
                'secret': false,
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
        const result = [];
        for (let i = 0; i < response.length; i++) {
            const entry = response[i];
            const baseId = this.safeString (entry, 'base');
            const quoteId = this.safeString (entry, 'quote');
            const base = this.safeCurrencyCode (baseId);
            const quote = this.safeCurrencyCode (quoteId);
            result.push (this.safeMarketStructure ({
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
            }));
        }
        return result;
    }

    async fetchTicker (symbol, params = {}) {
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetTickerMarket (this.extend ({ 'market': market['id'] }, params));
        return this.safeTicker ({
            'symbol': market['symbol'],
            'last': this.safeString (response, 'last'),
            'bid': this.safeString (response, 'bid'),
            'ask': this.safeString (response, 'ask'),
            'info': response,
        }, market);
    }

    handleErrors (status, reason, url, method, responseHeaders, responseBody, response, requestHeaders, requestBody) {
        if ((response === undefined) || Array.isArray (response)) {
            return;
        }
        const code = this.safeString (response, 'error');
        if (code === undefined) {
            return;
        }
        const message = this.id + ' ' + responseBody;
        this.throwExactlyMatchedException (this.exceptions['exact'], code, message);
        throw new ExchangeError (message);
    }
}
