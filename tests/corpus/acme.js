// A conforming integration that uses every construct the subset allows.
import Exchange from './base/Exchange.js';
import { ArgumentsRequired, BadRequest, ExchangeError, InvalidOrder, OrderNotFound } from './base/errors.js';
import Precise from './base/Precise.js';
import { TICK_SIZE, TRUNCATE } from './base/functions/number.js';

export default class acme extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'acme',
            'name': 'Acme',
            'countries': [ 'US' ],
            'rateLimit': 1000,
            'precisionMode': TICK_SIZE,
            'has': {
                'fetchTicker': true,
                'fetchTickers': true,
                'createOrder': true,
            },
            'api': {
                'public': {
                    'get': [ 'ticker/{pair}', 'tickers', 'markets' ],
                },
                'private': {
                    'post': { 'order/new': 1, 'order/cancel': 1, 'balance': 2 },
                },
            },
            'exceptions': {
                'exact': { 'ORDER_NOT_FOUND': OrderNotFound, 'BAD': BadRequest },
            },
        });
    }

    async fetchMarkets (params = {}) {
        const response = await this.publicGetMarkets (params);
        const result = [];
        for (let i = 0; i < response.length; i++) {
            const market = response[i];
            const id = this.safeString (market, 'id');
            const [ baseId, quoteId ] = id.split ('_');
            const base = this.safeCurrencyCode (baseId.toUpperCase ());
            const quote = this.safeCurrencyCode (quoteId.toUpperCase ());
            result.push ({
                'id': id,
                'symbol': base + '/' + quote,
                'base': base,
                'quote': quote,
                'active': (market['status'] === 'online') ? true : false,
                'precision': { 'price': this.parseNumber ('0.01') },
            });
        }
        return result;
    }

    parseTicker (ticker, market = undefined) {
        const timestamp = this.safeInteger (ticker, 'time');
        const last = this.safeString (ticker, 'last');
        let change = undefined;
        if (last !== undefined) {
            change = Precise.stringSub (last, this.safeString (ticker, 'open'));
        }
        return this.safeTicker ({
            'symbol': this.safeSymbol (undefined, market),
            'timestamp': timestamp,
            'datetime': this.iso8601 (timestamp),
            'last': last,
            'change': change,
            'info': ticker,
        }, market);
    }

    async fetchTicker (symbol, params = {}) {
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'pair': market['id'] };
        const response = await this.publicGetTickerPair (this.extend (request, params));
        return this.parseTicker (response, market);
    }

    async fetchTickers (symbols = undefined, params = {}) {
        await this.loadMarkets ();
        const tickers = await this.publicGetTickers (params);
        const markets = await this.fetchMarkets ();
        const result = {};
        for (const ticker of tickers) {
            const parsed = this.parseTicker (ticker);
            result[parsed['symbol']] = parsed;
        }
        const everyOther = [];
        for (let i = markets.length - 1; i >= 0; i -= 2) {
            everyOther.push (markets[i]['symbol']);
        }
        const extra = [];
        for (const symbol of everyOther) {
            extra.push (await this.fetchTicker (symbol));
        }
        return this.filterBy (this.extend (result, { 'count': extra.length }), 'symbol', symbols);
    }

    async createOrder (symbol, type, side, amount, price = undefined, params = {}) {
        if (symbol === undefined) {
            throw new ArgumentsRequired (this.id + ' createOrder() requires a symbol');
        }
        let orderType = undefined;
        switch (type) {
            case 'limit':
            case 'LIMIT':
                orderType = 'L';
                break;
            case 'market':
                orderType = 'M';
                break;
            default:
                throw new InvalidOrder (this.id + ' does not support ' + type + ' orders');
        }
        const request = {
            'pair': this.marketId (symbol),
            'type': orderType,
            'side': side.toLowerCase (),
            'amount': this.amountToPrecision (symbol, amount),
            ...params,
        };
        if (typeof price === 'number' && !Number.isInteger (price)) {
            request['price'] = this.priceToPrecision (symbol, price);
        }
        delete request['clientOrderId'];
        let attempts = 0;
        while (attempts < 3) {
            attempts++;
            try {
                const response = await this.privatePostOrderNew (request);
                return this.safeOrder ({ 'id': this.safeString (response, 'id'), 'info': response });
            } catch (e) {
                this.rethrowUncaught (e);
                if (attempts >= 3) {
                    throw e;
                }
            }
        }
        throw new ExchangeError (`${this.id} createOrder failed after ${attempts} attempts`);
    }

    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        let url = this.safeString (this.urls['api'], api) + '/' + this.implodeParams (path, params);
        const query = this.omit (params, this.extractParams (path));
        if (api === 'public') {
            if (Object.keys (query).length) {
                url += '?' + this.urlencode (query);
            }
        } else {
            this.checkRequiredCredentials ();
            const nonce = this.nonce ().toString ();
            body = this.json (this.extend ({ 'nonce': nonce }, query));
            const signature = this.hmac (this.encode (body), this.encode (this.secret));
            headers = {
                'Content-Type': 'application/json',
                'X-Key': this.apiKey,
                'X-Signature': signature,
            };
        }
        const rounded = Math.max (Math.floor (this.rateLimit / 2), 1);
        return { 'url': url, 'method': method, 'body': body, 'headers': headers, 'rounded': rounded, 'mode': TRUNCATE };
    }
}
