// BTC-Alpha exchange API, HTTP API v1 (spot): https://btc-alpha.github.io/api-docs
//
// Every method lives under https://btc-alpha.com/api/v1/ with a trailing slash, except the candles, which are
// under https://btc-alpha.com/api/charts/<pair>/<timeframe>/chart. A pair is named BASE_QUOTE ('BTC_USD').
// Numbers come as JSON numbers, timestamps as seconds with a fraction. Private requests carry three headers:
// X-KEY (the key), X-NONCE (an increasing integer: milliseconds) and X-SIGN, the hex HMAC-SHA256 with the secret
// of the key followed by the POST data, its keys sorted, as a query string. The docs describe errors by HTTP status
// only (400, 401, 403, 404, 405, 406, 429, 500, 503), not their bodies.
import Exchange from './base/Exchange.js';
import { ArgumentsRequired, BadRequest, BadResponse, ExchangeError, InvalidOrder, NotSupported, OrderNotFound } from './base/errors.js';
import Precise from './base/Precise.js';
import { TICK_SIZE } from './base/functions/number.js';

export default class btcalpha extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'btcalpha',
            'name': 'BTC-Alpha',
            'countries': [],
            'version': 'v1',
            // The docs: "2 calls per second from single account to authorization required methods and 100 calls
            // per second from single IP address to public methods".
            'rateLimit': 500,
            'has': {
                'fetchMarkets': true,
                'fetchCurrencies': true,
                'fetchTicker': true,
                'fetchTickers': true,
                'fetchOrderBook': true,
                'fetchOHLCV': true,
                'fetchTrades': true,
                'fetchBalance': true,
                'createOrder': true,
                'cancelOrder': true,
                'editOrder': false,
                'fetchOrder': true,
                'fetchOrders': true,
                'fetchOpenOrders': true,
                'fetchClosedOrders': true,
                'fetchMyTrades': true,
                'fetchDeposits': true,
                'fetchWithdrawals': true,
                'fetchTransactions': false,
                'fetchLedger': false,
                'fetchDepositAddress': false, // the API v1 documents no deposit address method
                'withdraw': false, // and no method that makes a withdrawal
                'fetchTime': false,
                'fetchStatus': false,
                'fetchTradingFees': false,
                'cancelAllOrders': false,
                'fetchOrderTrades': false,
                'fetchTradingFee': false,
                'fetchDepositAddresses': false,
                'createDepositAddress': false,
                'fetchDepositWithdrawFees': false,
                'transfer': false,
                'createMarketBuyOrderWithCost': false,
                'fetchPositions': false,
                'fetchPosition': false,
                'fetchFundingRate': false,
                'fetchFundingRates': false,
                'fetchFundingRateHistory': false,
                'fetchOpenInterest': false,
                'setLeverage': false,
                'setMarginMode': false,
                'fetchLeverage': false,
                'fetchMarkOHLCV': false,
                'fetchIndexOHLCV': false,
            },
            // The docs' chart timeframes (the current version lists no 1 minute).
            'timeframes': {
                '5m': '5',
                '15m': '15',
                '30m': '30',
                '1h': '60',
                '4h': '240',
                '1d': 'D',
            },
            'urls': {
                'api': {
                    'public': 'https://btc-alpha.com/api/v1',
                    'private': 'https://btc-alpha.com/api/v1',
                    'charts': 'https://btc-alpha.com/api/charts',
                },
                'www': 'https://btc-alpha.com',
                'doc': 'https://btc-alpha.github.io/api-docs',
            },
            'api': {
                'public': {
                    'get': [
                        'currencies/',
                        'pairs/',
                        'ticker/',
                        'orderbook/{pair_name}/',
                        'exchanges/',
                    ],
                },
                'charts': {
                    'get': [
                        '{pair}/{type}/chart',
                    ],
                },
                'private': {
                    'get': [
                        'wallets/',
                        'orders/own/',
                        'order/{id}/',
                        'exchanges/own/',
                        'deposits/',
                        'withdraws/',
                    ],
                    'post': [
                        'order/',
                        'order-cancel/',
                    ],
                },
            },
            'requiredCredentials': {
                'apiKey': true,
                'secret': true,
            },
            // The API v1 docs state no fee rates.
            'fees': {
                'trading': {
                    'maker': undefined,
                    'taker': undefined,
                },
            },
            'precisionMode': TICK_SIZE,
            'options': {
                // The pairs list states the price's decimal places, not the amount's; the docs' amounts and their
                // minimum order size (0.00000001) have 8 decimals.
                'amountTick': '0.00000001',
                // The docs' order statuses.
                'orderStatuses': {
                    '1': 'open', // Active
                    '2': 'canceled', // Canceled
                    '3': 'closed', // Done
                },
                // The docs' withdraw statuses.
                'withdrawStatuses': {
                    '10': 'pending', // New: verification needed
                    '20': 'pending', // Verified: waiting for approval
                    '30': 'ok', // Approved by moderator
                    '40': 'failed', // Refused by moderator
                    '50': 'canceled', // Canceled by user
                },
            },
            // The docs list the statuses only (_errors.md); a body's message, when there is one, goes with the
            // error. See handleErrors.
            'exceptions': {
                'exact': {},
                'broad': {},
            },
        });
    }

    // --- markets -------------------------------------------------------------------------------------

    async fetchMarkets (params = {}) {
        // pairs/: [ { name, currency1 (base), currency2 (quote), price_precision (decimal places of the price),
        // minimum_order_size, maximum_order_size (in the base currency) } ].
        const response = await this.publicGetPairs (params);
        if (!Array.isArray (response)) {
            throw new BadResponse (this.id + ' sent pairs that are no list: ' + this.excerpt (this.json (response)));
        }
        const result = [];
        for (let i = 0; i < response.length; i++) {
            const pair = response[i];
            const id = this.safeString (pair, 'name');
            const baseId = this.safeString (pair, 'currency1');
            const quoteId = this.safeString (pair, 'currency2');
            if ((id === undefined) || (baseId === undefined) || (quoteId === undefined)) {
                throw new BadResponse (this.id + ' sent a pair without name, currency1 or currency2: ' + this.excerpt (this.json (pair)));
            }
            const base = this.safeCurrencyCode (baseId);
            const quote = this.safeCurrencyCode (quoteId);
            result.push (this.safeMarketStructure ({
                'id': id,
                'symbol': base + '/' + quote,
                'base': base,
                'quote': quote,
                'baseId': baseId,
                'quoteId': quoteId,
                'type': 'spot',
                'spot': true,
                'precision': {
                    'amount': this.parseNumber (this.options['amountTick']),
                    'price': this.parseNumber (this.parsePrecision (this.safeString (pair, 'price_precision'))),
                },
                'limits': {
                    'amount': {
                        'min': this.safeNumber (pair, 'minimum_order_size'),
                        'max': this.safeNumber (pair, 'maximum_order_size'),
                    },
                },
                'info': pair,
            }));
        }
        return result;
    }

    async fetchCurrencies (params = {}) {
        // currencies/: [ { sign (the currency's sign, 'Ƀ'), short_name (its code) } ].
        const response = await this.publicGetCurrencies (params);
        if (!Array.isArray (response)) {
            throw new BadResponse (this.id + ' sent currencies that are no list: ' + this.excerpt (this.json (response)));
        }
        const result = {};
        for (let i = 0; i < response.length; i++) {
            const entry = response[i];
            const id = this.safeString (entry, 'short_name');
            if (id === undefined) {
                continue;
            }
            const code = this.safeCurrencyCode (id);
            result[code] = {
                'id': id,
                'code': code,
                'info': entry,
            };
        }
        return result;
    }

    // --- market data ---------------------------------------------------------------------------------

    parseTicker (ticker, market = undefined) {
        // ticker/: { timestamp (seconds), pair, last, diff, vol, high, low, buy (the best bid), sell (the best
        // ask) }. The docs do not say what diff and vol measure; vol is read as the 24 h volume in the base
        // currency, diff stays in info.
        const marketId = this.safeString (ticker, 'pair');
        market = this.safeMarket (marketId, market, '_');
        return this.safeTicker ({
            'symbol': market['symbol'],
            'timestamp': this.safeTimestamp (ticker, 'timestamp'),
            'high': this.safeString (ticker, 'high'),
            'low': this.safeString (ticker, 'low'),
            'bid': this.safeString (ticker, 'buy'),
            'ask': this.safeString (ticker, 'sell'),
            'last': this.safeString (ticker, 'last'),
            'baseVolume': this.safeString (ticker, 'vol'),
            'info': ticker,
        }, market);
    }

    async fetchTicker (symbol, params = {}) {
        // ticker/?pair=BTC_USD: a list of the one pair's ticker.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetTicker (this.extend ({ 'pair': market['id'] }, params));
        if (!Array.isArray (response)) {
            throw new BadResponse (this.id + ' sent tickers that are no list: ' + this.excerpt (this.json (response)));
        }
        for (let i = 0; i < response.length; i++) {
            if (this.safeString (response[i], 'pair') === market['id']) {
                return this.parseTicker (response[i], market);
            }
        }
        throw new BadResponse (this.id + ' sent no ticker of ' + market['id'] + ': ' + this.excerpt (this.json (response)));
    }

    async fetchTickers (symbols = undefined, params = {}) {
        // ticker/: the tickers of every pair.
        await this.loadMarkets ();
        const response = await this.publicGetTicker (params);
        if (!Array.isArray (response)) {
            throw new BadResponse (this.id + ' sent tickers that are no list: ' + this.excerpt (this.json (response)));
        }
        return this.parseTickers (response, symbols);
    }

    async fetchOrderBook (symbol, limit = undefined, params = {}) {
        // orderbook/<pair_name>/?group=1: { buy: [ { price, amount } ], sell: [ ... ] } grouped by price; limit_buy
        // and limit_sell cap each side (the docs' parameter table; its example names them limit_bids and limit_asks).
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = {
            'pair_name': market['id'],
            'group': 1,
        };
        if (limit !== undefined) {
            request['limit_buy'] = limit;
            request['limit_sell'] = limit;
        }
        const response = await this.publicGetOrderbookPairName (this.extend (request, params));
        this.requiredList (response, 'buy');
        this.requiredList (response, 'sell');
        return this.parseOrderBook (response, market['symbol'], undefined, 'buy', 'sell', 'price', 'amount');
    }

    parseTrade (trade, market = undefined) {
        // exchanges/ and exchanges/own/: { id, price, pair, type (sell or buy), timestamp (seconds), amount }.
        const marketId = this.safeString (trade, 'pair');
        market = this.safeMarket (marketId, market, '_');
        return this.safeTrade ({
            'id': this.safeString (trade, 'id'),
            'timestamp': this.safeTimestamp (trade, 'timestamp'),
            'symbol': market['symbol'],
            'side': this.safeStringLower (trade, 'type'),
            'price': this.safeString (trade, 'price'),
            'amount': this.safeString (trade, 'amount'),
            'info': trade,
        }, market);
    }

    async fetchTrades (symbol, since = undefined, limit = undefined, params = {}) {
        // exchanges/?pair=BTC_USD&limit=N: the latest trades (100 by default), newest first.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'pair': market['id'] };
        if (limit !== undefined) {
            request['limit'] = limit;
        }
        const response = await this.publicGetExchanges (this.extend (request, params));
        if (!Array.isArray (response)) {
            throw new BadResponse (this.id + ' sent trades that are no list: ' + this.excerpt (this.json (response)));
        }
        return this.parseTrades (response, market, since, limit);
    }

    parseOHLCV (ohlcv, market = undefined) {
        // { time (seconds, the candle's start), open, high, low, close, volume }.
        return [
            this.safeTimestamp (ohlcv, 'time'),
            this.safeNumber (ohlcv, 'open'),
            this.safeNumber (ohlcv, 'high'),
            this.safeNumber (ohlcv, 'low'),
            this.safeNumber (ohlcv, 'close'),
            this.safeNumber (ohlcv, 'volume'),
        ];
    }

    async fetchOHLCV (symbol, timeframe = '1m', since = undefined, limit = undefined, params = {}) {
        // charts/<pair>/<timeframe>/chart?limit=&since=&until= (since and until in seconds; 720 candles by default).
        const type = this.safeString (this.timeframes, timeframe);
        if (type === undefined) {
            throw new NotSupported (this.id + ' fetchOHLCV () does not support the timeframe ' + timeframe + ': the charts offer 5m, 15m, 30m, 1h, 4h and 1d');
        }
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = {
            'pair': market['id'],
            'type': type,
        };
        if (limit !== undefined) {
            request['limit'] = limit;
        }
        if (since !== undefined) {
            request['since'] = Math.floor (since / 1000);
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            request['until'] = Math.floor (until / 1000);
        }
        const response = await this.chartsGetPairTypeChart (this.extend (request, this.omit (params, 'until')));
        if (!Array.isArray (response)) {
            throw new BadResponse (this.id + ' sent candles that are no list: ' + this.excerpt (this.json (response)));
        }
        return this.parseOHLCVs (response, market, timeframe, since, limit);
    }

    // --- account -------------------------------------------------------------------------------------

    async fetchBalance (params = {}) {
        // wallets/: [ { currency, balance (the whole balance), reserve (the part held by open orders) } ].
        await this.loadMarkets ();
        const response = await this.privateGetWallets (params);
        if (!Array.isArray (response)) {
            throw new BadResponse (this.id + ' sent wallets that are no list: ' + this.excerpt (this.json (response)));
        }
        const result = { 'info': response };
        for (let i = 0; i < response.length; i++) {
            const wallet = response[i];
            const account = this.account ();
            account['total'] = this.safeString (wallet, 'balance');
            account['used'] = this.safeString (wallet, 'reserve');
            result[this.safeCurrencyCode (this.safeString (wallet, 'currency'))] = account;
        }
        return this.safeBalance (result);
    }

    // --- orders --------------------------------------------------------------------------------------

    parseOrder (order, market = undefined) {
        // orders/own/ and order/<pk>/: { id, pair, type (buy or sell), status (1, 2 or 3, a number or a string),
        // price, amount }: limit orders, the only kind the API places. The entries state no time.
        const marketId = this.safeString (order, 'pair');
        market = this.safeMarket (marketId, market, '_');
        return this.safeOrder ({
            'id': this.safeString (order, 'id'),
            'symbol': market['symbol'],
            'type': 'limit',
            'side': this.safeStringLower (order, 'type'),
            'status': this.safeString (this.options['orderStatuses'], this.safeString (order, 'status')),
            'price': this.safeString (order, 'price'),
            'amount': this.safeString (order, 'amount'),
            'info': order,
        }, market);
    }

    async createOrder (symbol, type, side, amount, price = undefined, params = {}) {
        // order/ (POST): type (buy or sell), pair, amount (of the base currency), price: a limit order that is
        // matched at once where it can. The docs list no market, stop, post-only, time-in-force or client order id
        // parameters, so those are refused.
        const [ unified, rest ] = this.unifiedOrderParams (type, params);
        this.rejectUnifiedParams ('createOrder', unified, [ 'postOnly', 'timeInForce', 'reduceOnly', 'triggerPrice', 'stopLossPrice', 'takeProfitPrice', 'clientOrderId', 'cost' ]);
        if (type !== 'limit') {
            throw new NotSupported (this.id + ' createOrder () places limit orders only, not ' + type + ' orders');
        }
        if ((side !== 'buy') && (side !== 'sell')) {
            throw new InvalidOrder (this.id + ' createOrder () side must be buy or sell, not ' + side);
        }
        if (price === undefined) {
            throw new ArgumentsRequired (this.id + ' createOrder () requires a price for a limit order');
        }
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = {
            'type': side,
            'pair': market['id'],
            'amount': this.amountToPrecision (symbol, amount),
            'price': this.priceToPrecision (symbol, price),
        };
        const response = await this.privatePostOrder (this.extend (request, rest));
        return this.parseCreatedOrder (response, market, side, request['amount'], request['price']);
    }

    parseCreatedOrder (response, market, side, amount, price) {
        // order/ answers { success, type, date (seconds), oid, price, amount (what remains of the order),
        // trades: [ { type (the side of the order it met), price, o_id (that order's id), amount, tid } ] }: the
        // trades the new order made at once, as the taker.
        const id = this.safeString (response, 'oid');
        if (id === undefined) {
            throw new BadResponse (this.id + ' sent a new order without oid: ' + this.excerpt (this.json (response)));
        }
        const timestamp = this.safeTimestamp (response, 'date');
        const rawTrades = this.safeList (response, 'trades', []);
        const trades = [];
        for (let i = 0; i < rawTrades.length; i++) {
            const trade = rawTrades[i];
            trades.push ({
                'id': this.safeString (trade, 'tid'),
                'order': id,
                'timestamp': timestamp,
                'symbol': market['symbol'],
                'type': 'limit',
                'side': side,
                'takerOrMaker': 'taker',
                'price': this.safeString (trade, 'price'),
                'amount': this.safeString (trade, 'amount'),
                'info': trade,
            });
        }
        const remaining = this.safeString (response, 'amount');
        let status = 'open';
        if ((remaining !== undefined) && Precise.stringEq (remaining, '0')) {
            status = 'closed';
        }
        return this.safeOrder ({
            'id': id,
            'timestamp': timestamp,
            'symbol': market['symbol'],
            'type': 'limit',
            'side': side,
            'status': status,
            'price': price,
            'amount': amount,
            'remaining': remaining,
            'trades': trades,
            'info': response,
        }, market);
    }

    async cancelOrder (id, symbol = undefined, params = {}) {
        // order-cancel/ (POST): order (the id); answers { order: <id> }. An order that does not exist, is done or
        // is canceled already is an error (see handleErrors).
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const response = await this.privatePostOrderCancel (this.extend ({ 'order': id }, params));
        const canceled = this.safeString (response, 'order');
        if (canceled === undefined) {
            throw new BadResponse (this.id + ' sent a cancel answer without order: ' + this.excerpt (this.json (response)));
        }
        return this.safeOrder ({
            'id': canceled,
            'symbol': (market === undefined) ? undefined : market['symbol'],
            'status': 'canceled',
            'info': response,
        }, market);
    }

    async fetchOrder (id, symbol = undefined, params = {}) {
        // order/<pk>/: one order.
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const response = await this.privateGetOrderId (this.extend ({ 'id': id }, params));
        return this.parseOrder (response, market);
    }

    async ownOrders (method, status, symbol, since, limit, params) {
        // orders/own/?status=&pair=&limit=: the account's orders (2000 by default). The entries state no time, so
        // no time range can be applied to them.
        if (since !== undefined) {
            throw new NotSupported (this.id + ' ' + method + ' () cannot filter by since: the API states no time of an order');
        }
        if (this.safeValue (params, 'until') !== undefined) {
            throw new NotSupported (this.id + ' ' + method + ' () does not support the unified param until: the API states no time of an order');
        }
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const request = {};
        if (status !== undefined) {
            request['status'] = status;
        }
        if (market !== undefined) {
            request['pair'] = market['id'];
        }
        if (limit !== undefined) {
            request['limit'] = limit;
        }
        const response = await this.privateGetOrdersOwn (this.extend (request, params));
        if (!Array.isArray (response)) {
            throw new BadResponse (this.id + ' sent orders that are no list: ' + this.excerpt (this.json (response)));
        }
        return response;
    }

    async fetchOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        const response = await this.ownOrders ('fetchOrders', undefined, symbol, since, limit, params);
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        return this.parseOrders (response, market, undefined, limit);
    }

    async fetchOpenOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // status 1: active.
        const response = await this.ownOrders ('fetchOpenOrders', '1', symbol, since, limit, params);
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        return this.parseOrders (response, market, undefined, limit);
    }

    async fetchClosedOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // status 3 (done), then status 2 (canceled): the API filters by one status at a time.
        const done = await this.ownOrders ('fetchClosedOrders', '3', symbol, since, limit, params);
        const canceled = await this.ownOrders ('fetchClosedOrders', '2', symbol, since, limit, params);
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        return this.parseOrders (this.arrayConcat (done, canceled), market, undefined, limit);
    }

    async fetchMyTrades (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // exchanges/own/?pair=&limit=: the account's trades (100 by default), newest first; no time range.
        if (this.safeValue (params, 'until') !== undefined) {
            throw new NotSupported (this.id + ' fetchMyTrades () does not support the unified param until: the API takes no time range');
        }
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const request = {};
        if (market !== undefined) {
            request['pair'] = market['id'];
        }
        if (limit !== undefined) {
            request['limit'] = limit;
        }
        const response = await this.privateGetExchangesOwn (this.extend (request, params));
        if (!Array.isArray (response)) {
            throw new BadResponse (this.id + ' sent trades that are no list: ' + this.excerpt (this.json (response)));
        }
        return this.parseTrades (response, market, since, limit);
    }

    // --- funding -------------------------------------------------------------------------------------

    parseTransaction (transaction, currency = undefined) {
        // deposits/: { timestamp (seconds), id, currency, amount }. withdraws/: { id, timestamp, currency, amount,
        // status (10 to 50) }. Neither states an address, a transaction hash or a fee.
        const code = this.safeCurrencyCode (this.safeString (transaction, 'currency'), currency);
        return this.safeTransaction ({
            'id': this.safeString (transaction, 'id'),
            'timestamp': this.safeTimestamp (transaction, 'timestamp'),
            'amount': this.safeString (transaction, 'amount'),
            'currency': code,
            'status': this.safeString (this.options['withdrawStatuses'], this.safeString (transaction, 'status')),
            'info': transaction,
        }, currency);
    }

    async fundingList (method, type, code, since, limit, params) {
        if (this.safeValue (params, 'until') !== undefined) {
            throw new NotSupported (this.id + ' ' + method + ' () does not support the unified param until: the API takes no time range');
        }
        await this.loadMarkets ();
        const currency = (code === undefined) ? undefined : this.currency (code);
        let response = undefined;
        if (type === 'deposit') {
            response = await this.privateGetDeposits (params);
        } else {
            response = await this.privateGetWithdraws (params);
        }
        if (!Array.isArray (response)) {
            throw new BadResponse (this.id + ' sent ' + type + 's that are no list: ' + this.excerpt (this.json (response)));
        }
        return this.parseTransactions (response, currency, since, limit, { 'type': type });
    }

    async fetchDeposits (code = undefined, since = undefined, limit = undefined, params = {}) {
        // deposits/: every deposit of the account; the currency, since and limit are applied here.
        return await this.fundingList ('fetchDeposits', 'deposit', code, since, limit, params);
    }

    async fetchWithdrawals (code = undefined, since = undefined, limit = undefined, params = {}) {
        // withdraws/: every withdrawal of the account. Its currency_id filter takes an id that no other method
        // shows, so the currency is filtered here.
        return await this.fundingList ('fetchWithdrawals', 'withdrawal', code, since, limit, params);
    }

    // --- transport -----------------------------------------------------------------------------------

    nonce () {
        return this.milliseconds ();
    }

    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        let url = this.safeString (this.urls['api'], api) + '/' + this.implodeParams (path, params);
        const query = this.omit (params, this.extractParams (path));
        if (api !== 'private') {
            if (Object.keys (query).length > 0) {
                url = url + '?' + this.urlencode (query);
            }
            return { 'url': url, 'method': method, 'body': body, 'headers': headers };
        }
        this.checkRequiredCredentials ();
        // X-SIGN signs the POST data: a GET (whose parameters go in the query) signs the key alone, as the
        // docs' examples of GET methods sign an empty payload.
        let payload = '';
        const signed = {};
        if (method === 'POST') {
            payload = this.urlencode (this.keysort (query));
            body = payload;
            signed['Content-Type'] = 'application/x-www-form-urlencoded';
        } else if (Object.keys (query).length > 0) {
            url = url + '?' + this.urlencode (query);
        }
        signed['X-KEY'] = this.apiKey;
        signed['X-SIGN'] = this.hmac (this.encode (this.apiKey + payload), this.encode (this.secret), 'sha256');
        signed['X-NONCE'] = this.numberToString (this.nonce ());
        return { 'url': url, 'method': method, 'body': body, 'headers': signed };
    }

    handleErrors (status, reason, url, method, responseHeaders, responseBody, response, requestHeaders, requestBody) {
        // The docs state the meaning of each status (_errors.md), not the bodies; the message, where the body has
        // one (error or detail), goes with the error. Most statuses are the base class's (401 AuthenticationError,
        // 403 PermissionDenied, 429 RateLimitExceeded, 503 OnMaintenance, ...); the order methods say more:
        // "order-cancel/": an order that does not exist, is done or is canceled is an error; "order/<pk>/": 404 is
        // no such order.
        let message = undefined;
        if ((response !== undefined) && !Array.isArray (response) && (typeof response === 'object')) {
            message = this.safeString2 (response, 'error', 'detail');
            if ((status < 400) && (this.safeValue (response, 'success') === false)) {
                throw new ExchangeError (this.id + ' ' + method + ' ' + url + ' ' + this.excerpt (responseBody));
            }
        }
        if (status < 400) {
            return undefined;
        }
        const feedback = this.id + ' ' + method + ' ' + url + ' ' + this.numberToString (status) + ' ' + ((message === undefined) ? this.excerpt (responseBody) : message);
        const isCancel = url.indexOf ('/order-cancel/') >= 0;
        const isOrder = (method === 'GET') && (url.indexOf ('/order/') >= 0);
        if ((isCancel && ((status === 400) || (status === 404))) || (isOrder && (status === 404))) {
            throw new OrderNotFound (feedback);
        }
        if (status === 400) {
            throw new BadRequest (feedback);
        }
        return undefined;
    }
}
