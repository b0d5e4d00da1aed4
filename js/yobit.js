// YoBit (spot): https://www.yobit.net/en/api/
//
// Public API v3: GETs under https://yobit.net/api/3 (info, ticker/{pairs}, depth/{pairs}, trades/{pairs}); a pair
// is named 'ltc_btc' (base_quote, lowercase), and several pairs may be asked for at once, joined by hyphens
// ('ltc_btc-nmc_btc'). Answers are keyed by pair; a disabled pair in the list makes the whole request an error
// unless the query has ignore_invalid=1. The server caches its answers for 2 seconds.
// Trade API: POSTs to https://yobit.net/tapi/ with a form body method=<name>&nonce=<n>&<parameters>, the API key
// in the Key header and the hex HMAC-SHA512 of the body, keyed with the secret, in the Sign header. The nonce is
// an integer from 1 to 2147483646 that grows with every request of a key. Answers are { success: 1, return: {
// ... } }, errors { success: 0, error: '<text>' }.
// The API has limit orders only (Trade: pair, type, rate, amount): no market, stop or post-only orders, no
// client order ids; no candles, no currency list and no deposit or withdrawal history.
import Exchange from './base/Exchange.js';
import { ArgumentsRequired, AuthenticationError, BadRequest, BadResponse, ExchangeError, InvalidNonce, InvalidOrder, NotSupported } from './base/errors.js';
import Precise from './base/Precise.js';
import { TICK_SIZE } from './base/functions/number.js';

export default class yobit extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'yobit',
            'name': 'YoBit',
            'countries': [ 'RU' ],
            'version': '3',
            // "Server responses are cashed every 2 seconds that is why there is no sense in making requests faster."
            'rateLimit': 2000,
            'has': {
                'fetchMarkets': true,
                'fetchCurrencies': false, // info lists pairs only
                'fetchTicker': true,
                'fetchTickers': true,
                'fetchOrderBook': true,
                'fetchOHLCV': false, // no candles in the API
                'fetchTrades': true,
                'fetchBalance': true,
                'createOrder': true,
                'cancelOrder': true,
                'editOrder': false,
                'fetchOrder': true,
                'fetchOrders': false,
                'fetchOpenOrders': true,
                'fetchClosedOrders': false, // OrderInfo by id only; no order history
                'fetchMyTrades': true,
                'fetchDeposits': false,
                'fetchWithdrawals': false,
                'fetchTransactions': false,
                'fetchLedger': false,
                'fetchDepositAddress': true,
                'withdraw': true,
                'fetchTime': false,
                'fetchStatus': false,
                'fetchTradingFees': false,
                'cancelAllOrders': false,
                'fetchOrderTrades': false,
                'fetchTradingFee': false,
                'fetchDepositAddresses': false,
                'createDepositAddress': true,
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
            'urls': {
                'api': {
                    'public': 'https://yobit.net/api/3',
                    'private': 'https://yobit.net/tapi/',
                },
                'www': 'https://yobit.net',
                'doc': 'https://www.yobit.net/en/api/',
                'fees': 'https://yobit.net/en/fees/',
            },
            'api': {
                'public': {
                    'get': [
                        'info',
                        'ticker/{pair}',
                        'depth/{pair}',
                        'trades/{pair}',
                    ],
                },
                // The Trade API methods: each is the body's method parameter of a POST to /tapi/.
                'private': {
                    'post': [
                        'getInfo',
                        'Trade',
                        'ActiveOrders',
                        'OrderInfo',
                        'CancelOrder',
                        'TradeHistory',
                        'GetDepositAddress',
                        'WithdrawCoinsToAddress',
                    ],
                },
            },
            'requiredCredentials': {
                'apiKey': true,
                'secret': true,
            },
            // info reports each pair's fee (in percent); fetchMarkets sets the markets' taker and maker from it.
            'fees': {
                'trading': {
                    'tierBased': false,
                    'percentage': true,
                    'maker': 0.002,
                    'taker': 0.002,
                },
            },
            'precisionMode': TICK_SIZE,
            'options': {
                // depth and trades: "limit: ... (150 by default) ... (max 2000)".
                'maxLimit': 2000,
                // fetchTickers without symbols asks for every pair, in requests whose hyphenated pair list stays
                // within this many characters (the pairs go into the URL's path).
                'maxPairListLength': 2000,
                // OrderInfo's status: 0 active, 1 executed and closed, 2 canceled, 3 canceled after a partial fill.
                'orderStatuses': {
                    '0': 'open',
                    '1': 'closed',
                    '2': 'canceled',
                    '3': 'canceled',
                },
            },
            'exceptions': {
                // The error texts of { success: 0, error }, matched in lowercase.
                'broad': {
                    'invalid nonce': InvalidNonce,
                    'invalid sign': AuthenticationError,
                    'less than minimal total': InvalidOrder,
                },
            },
        });
    }

    // --- markets -------------------------------------------------------------------------------------

    async fetchMarkets (params = {}) {
        // info: { server_time, pairs: { ltc_btc: { decimal_places (the decimals allowed in prices and amounts),
        // min_price, max_price, min_amount, min_total (the least an order may cost, in the quote currency), hidden
        // (0 or 1), fee (percent), fee_buyer, fee_seller } } }.
        const response = await this.publicGetInfo (params);
        const pairs = this.safeDict (response, 'pairs');
        if (pairs === undefined) {
            throw new BadResponse (this.id + ' sent an info answer without pairs: ' + this.excerpt (this.json (response)));
        }
        const result = [];
        const ids = Object.keys (pairs);
        for (let i = 0; i < ids.length; i++) {
            const id = ids[i];
            const pair = this.safeDict (pairs, id, {});
            const parts = id.split ('_');
            if (parts.length !== 2) {
                throw new BadResponse (this.id + ' sent a pair id that is not base_quote: ' + id);
            }
            const baseId = parts[0];
            const quoteId = parts[1];
            const base = this.safeCurrencyCode (baseId);
            const quote = this.safeCurrencyCode (quoteId);
            const places = this.safeString (pair, 'decimal_places');
            const tick = this.parsePrecision (places);
            const fee = this.safeString (pair, 'fee');
            const rate = (fee === undefined) ? undefined : this.parseNumber (Precise.stringDiv (fee, '100'));
            result.push ({
                'id': id,
                'symbol': base + '/' + quote,
                'base': base,
                'quote': quote,
                'baseId': baseId,
                'quoteId': quoteId,
                'type': 'spot',
                'spot': true,
                'taker': rate,
                'maker': rate,
                'precision': {
                    'amount': this.parseNumber (tick),
                    'price': this.parseNumber (tick),
                },
                'limits': {
                    'amount': { 'min': this.safeNumber (pair, 'min_amount') },
                    'price': { 'min': this.safeNumber (pair, 'min_price'), 'max': this.safeNumber (pair, 'max_price') },
                    'cost': { 'min': this.safeNumber (pair, 'min_total') },
                },
                'info': pair,
            });
        }
        return result;
    }

    // --- market data ---------------------------------------------------------------------------------

    pairResult (response, id, method) {
        // The entry of pair id in an answer keyed by pair.
        const entry = this.safeValue (response, id);
        if (entry === undefined) {
            throw new BadResponse (this.id + ' ' + method + ' () got an answer without the pair ' + id + ': ' + this.excerpt (this.json (response)));
        }
        return entry;
    }

    parseTicker (ticker, market = undefined) {
        // { high, low, avg, vol (the volume in the quote currency), vol_cur (the volume in the base currency),
        // last, buy (the best bid), sell (the best ask), updated (s) }.
        market = this.safeMarket (undefined, market);
        return this.safeTicker ({
            'symbol': market['symbol'],
            'timestamp': this.safeTimestamp (ticker, 'updated'),
            'high': this.safeString (ticker, 'high'),
            'low': this.safeString (ticker, 'low'),
            'bid': this.safeString (ticker, 'buy'),
            'ask': this.safeString (ticker, 'sell'),
            'last': this.safeString (ticker, 'last'),
            'baseVolume': this.safeString (ticker, 'vol_cur'),
            'quoteVolume': this.safeString (ticker, 'vol'),
            'info': ticker,
        }, market);
    }

    async fetchTicker (symbol, params = {}) {
        // ticker/{pair}: { ltc_btc: { ... } }.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetTickerPair (this.extend ({ 'pair': market['id'] }, params));
        const ticker = this.pairResult (response, market['id'], 'fetchTicker');
        return this.parseTicker (ticker, market);
    }

    async fetchTickers (symbols = undefined, params = {}) {
        // ticker/{pair-pair-...}: { ltc_btc: { ... }, nmc_btc: { ... } }. Without symbols every pair is asked for,
        // in as many requests as the length of the pair list needs, with ignore_invalid=1 so that a pair disabled
        // since the markets were loaded does not fail the whole request.
        await this.loadMarkets ();
        let ids = [];
        let request = {};
        if (symbols === undefined) {
            ids = this.ids;
            request['ignore_invalid'] = 1;
        } else {
            ids = this.marketIds (symbols);
        }
        const most = this.safeInteger (this.options, 'maxPairListLength');
        const lists = [];
        let current = '';
        for (let i = 0; i < ids.length; i++) {
            const id = ids[i];
            if ((current.length > 0) && ((current.length + 1 + id.length) > most)) {
                lists.push (current);
                current = '';
            }
            current = (current.length > 0) ? (current + '-' + id) : id;
        }
        if (current.length > 0) {
            lists.push (current);
        }
        request = this.extend (request, params);
        const result = {};
        for (let i = 0; i < lists.length; i++) {
            const response = await this.publicGetTickerPair (this.extend ({ 'pair': lists[i] }, request));
            if ((response === undefined) || Array.isArray (response) || (typeof response !== 'object')) {
                throw new BadResponse (this.id + ' sent a ticker answer that is no dictionary: ' + this.excerpt (this.json (response)));
            }
            const keys = Object.keys (response);
            for (let j = 0; j < keys.length; j++) {
                if (this.safeValue (this.marketsById, keys[j]) === undefined) {
                    // a pair listed since the markets were loaded
                    continue;
                }
                const ticker = this.parseTicker (this.safeDict (response, keys[j], {}), this.safeMarket (keys[j]));
                if ((symbols === undefined) || this.inArray (ticker['symbol'], symbols)) {
                    result[ticker['symbol']] = ticker;
                }
            }
        }
        return result;
    }

    async fetchOrderBook (symbol, limit = undefined, params = {}) {
        // depth/{pair}?limit: { ltc_btc: { asks: [ [ price, amount ] ], bids: [ ... ] } }; limit 150 by default,
        // at most 2000.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'pair': market['id'] };
        if (limit !== undefined) {
            request['limit'] = Math.min (limit, this.safeInteger (this.options, 'maxLimit'));
        }
        const response = await this.publicGetDepthPair (this.extend (request, params));
        const book = this.pairResult (response, market['id'], 'fetchOrderBook');
        return this.parseOrderBook (book, market['symbol']);
    }

    parseTrade (trade, market = undefined) {
        // Public (trades/{pair}): { type ('ask' a sell, 'bid' a buy), price, amount, tid, timestamp (s) }. The
        // account's (TradeHistory, keyed by trade id, which fetchMyTrades puts in tid): { pair, type (buy, sell),
        // amount, rate, order_id, is_your_order, timestamp (s) }.
        const pair = this.safeString (trade, 'pair');
        market = this.safeMarket (pair, market);
        const type = this.safeString (trade, 'type');
        let side = type;
        if (type === 'ask') {
            side = 'sell';
        } else if (type === 'bid') {
            side = 'buy';
        }
        return this.safeTrade ({
            'id': this.safeString (trade, 'tid'),
            'order': this.safeString (trade, 'order_id'),
            'symbol': market['symbol'],
            'timestamp': this.safeTimestamp (trade, 'timestamp'),
            'side': side,
            'price': this.safeString2 (trade, 'price', 'rate'),
            'amount': this.safeString (trade, 'amount'),
            'info': trade,
        }, market);
    }

    async fetchTrades (symbol, since = undefined, limit = undefined, params = {}) {
        // trades/{pair}?limit: { ltc_btc: [ trades, newest first ] }; limit 150 by default, at most 2000. The API
        // takes no time range.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'pair': market['id'] };
        if (limit !== undefined) {
            request['limit'] = Math.min (limit, this.safeInteger (this.options, 'maxLimit'));
        }
        const response = await this.publicGetTradesPair (this.extend (request, params));
        const trades = this.pairResult (response, market['id'], 'fetchTrades');
        if (!Array.isArray (trades)) {
            throw new BadResponse (this.id + ' sent trades that are no list: ' + this.excerpt (this.json (response)));
        }
        return this.parseTrades (trades, market, since, limit);
    }

    // --- account -------------------------------------------------------------------------------------

    tapiResult (response, method) {
        // The return of a successful Trade API answer ({ success: 1, return: { ... } }).
        const result = this.safeDict (response, 'return');
        if (result === undefined) {
            throw new BadResponse (this.id + ' ' + method + ' () got an answer without return: ' + this.excerpt (this.json (response)));
        }
        return result;
    }

    async fetchBalance (params = {}) {
        // getInfo: { return: { funds: { ltc: 22, ... } (available), funds_incl_orders: { ltc: 32, ... } (available
        // and held by open orders), rights, transaction_count, open_orders, server_time (s) } }.
        await this.loadMarkets ();
        const response = await this.privatePostGetInfo (params);
        const info = this.tapiResult (response, 'fetchBalance');
        const free = this.safeDict (info, 'funds', {});
        const total = this.safeDict (info, 'funds_incl_orders', {});
        const result = { 'info': response, 'timestamp': this.safeTimestamp (info, 'server_time') };
        result['datetime'] = this.iso8601 (result['timestamp']);
        const ids = this.unique (this.arrayConcat (Object.keys (free), Object.keys (total)));
        for (let i = 0; i < ids.length; i++) {
            const id = ids[i];
            const account = this.account ();
            account['free'] = this.safeString (free, id, '0');
            account['total'] = this.safeString (total, id, account['free']);
            result[this.safeCurrencyCode (id)] = account;
        }
        return this.safeBalance (result);
    }

    // --- orders --------------------------------------------------------------------------------------

    parseOrder (order, market = undefined) {
        // ActiveOrders: { pair, type (buy, sell), amount (what is left), rate, timestamp_created (s), status };
        // OrderInfo: the same with start_amount (the amount ordered). Both are keyed by order id, which the
        // callers put in the order's id.
        const pair = this.safeString (order, 'pair');
        market = this.safeMarket (pair, market);
        const status = this.safeString (order, 'status');
        return this.safeOrder ({
            'id': this.safeString (order, 'order_id'),
            'symbol': market['symbol'],
            'timestamp': this.safeTimestamp (order, 'timestamp_created'),
            'type': 'limit',
            'side': this.safeString (order, 'type'),
            'status': this.safeString (this.options['orderStatuses'], status),
            'price': this.safeString (order, 'rate'),
            'amount': this.safeString (order, 'start_amount'),
            'remaining': this.safeString (order, 'amount'),
            'info': order,
        }, market);
    }

    ordersById (orders, market, method) {
        // The orders of an answer keyed by order id, each with its id.
        const result = [];
        const ids = Object.keys (orders);
        for (let i = 0; i < ids.length; i++) {
            const entry = this.safeDict (orders, ids[i]);
            if (entry === undefined) {
                throw new BadResponse (this.id + ' ' + method + ' () got an order that is no dictionary: ' + ids[i]);
            }
            const order = this.parseOrder (entry, market);
            order['id'] = ids[i];
            result.push (order);
        }
        return result;
    }

    async createOrder (symbol, type, side, amount, price = undefined, params = {}) {
        // Trade: pair, type (buy, sell), rate, amount; answers { return: { received (the amount filled at once),
        // remains (the amount left on the book), order_id, funds } }. Limit orders only, good till canceled.
        await this.loadMarkets ();
        const market = this.market (symbol);
        if (type !== 'limit') {
            throw new NotSupported (this.id + ' createOrder () supports limit orders only, not ' + type + ' orders');
        }
        const [ unified, rest ] = this.unifiedOrderParams (type, params);
        this.rejectUnifiedParams ('createOrder', unified, [ 'postOnly', 'reduceOnly', 'triggerPrice', 'stopLossPrice', 'takeProfitPrice', 'clientOrderId', 'cost' ]);
        if ((unified['timeInForce'] !== undefined) && (unified['timeInForce'] !== 'GTC')) {
            throw new NotSupported (this.id + ' createOrder () does not support the unified param timeInForce ' + unified['timeInForce'] + ': orders stay on the book until they are filled or canceled (GTC)');
        }
        if ((side !== 'buy') && (side !== 'sell')) {
            throw new InvalidOrder (this.id + ' createOrder () side must be buy or sell, not ' + side);
        }
        if (price === undefined) {
            throw new ArgumentsRequired (this.id + ' createOrder () requires a price for a limit order');
        }
        const request = {
            'pair': market['id'],
            'type': side,
            'rate': this.priceToPrecision (symbol, price),
            'amount': this.amountToPrecision (symbol, amount),
        };
        const response = await this.privatePostTrade (this.extend (request, rest));
        const result = this.tapiResult (response, 'createOrder');
        const remains = this.safeString (result, 'remains');
        let status = undefined;
        if (remains !== undefined) {
            status = Precise.stringEq (remains, '0') ? 'closed' : 'open';
        }
        return this.safeOrder ({
            'id': this.safeString (result, 'order_id'),
            'symbol': market['symbol'],
            'type': 'limit',
            'side': side,
            'timeInForce': 'GTC',
            'status': status,
            'price': request['rate'],
            'amount': request['amount'],
            'filled': this.safeString (result, 'received'),
            'remaining': remains,
            'info': response,
        }, market);
    }

    async cancelOrder (id, symbol = undefined, params = {}) {
        // CancelOrder: order_id; answers { return: { order_id, funds } }.
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const response = await this.privatePostCancelOrder (this.extend ({ 'order_id': id }, params));
        const result = this.tapiResult (response, 'cancelOrder');
        return this.safeOrder ({
            'id': this.safeString (result, 'order_id'),
            'symbol': (market === undefined) ? undefined : market['symbol'],
            'status': 'canceled',
            'info': response,
        }, market);
    }

    async fetchOrder (id, symbol = undefined, params = {}) {
        // OrderInfo: order_id; answers { return: { <order id>: { ... } } }.
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const response = await this.privatePostOrderInfo (this.extend ({ 'order_id': id }, params));
        const orders = this.ordersById (this.tapiResult (response, 'fetchOrder'), market, 'fetchOrder');
        if (orders.length !== 1) {
            throw new BadResponse (this.id + ' fetchOrder () got an OrderInfo answer without exactly one order: ' + this.excerpt (this.json (response)));
        }
        return orders[0];
    }

    async fetchOpenOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // ActiveOrders: pair; answers { return: { <order id>: { ... } } }, without return when there is none.
        if (symbol === undefined) {
            throw new ArgumentsRequired (this.id + ' fetchOpenOrders () requires a symbol: ActiveOrders lists the orders of one pair');
        }
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.privatePostActiveOrders (this.extend ({ 'pair': market['id'] }, params));
        const orders = this.ordersById (this.safeDict (response, 'return', {}), market, 'fetchOpenOrders');
        const sorted = this.sortBy (orders, 'timestamp');
        return this.filterBySymbolSinceLimit (sorted, market['symbol'], since, limit);
    }

    async fetchMyTrades (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // TradeHistory: pair, count (1000 by default), order (ASC or DESC, the default), since and end (s), also
        // from, from_id, end_id; answers { return: { <trade id>: { ... } } }, without return when there is none.
        if (symbol === undefined) {
            throw new ArgumentsRequired (this.id + ' fetchMyTrades () requires a symbol: TradeHistory lists the trades of one pair');
        }
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'pair': market['id'] };
        if (limit !== undefined) {
            request['count'] = limit;
        }
        if (since !== undefined) {
            request['since'] = this.integerOf (since / 1000);
            request['order'] = 'ASC';
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            request['end'] = this.integerOf (until / 1000);
        }
        const response = await this.privatePostTradeHistory (this.extend (request, this.omit (params, 'until')));
        const trades = this.safeDict (response, 'return', {});
        const result = [];
        const ids = Object.keys (trades);
        for (let i = 0; i < ids.length; i++) {
            const entry = this.safeDict (trades, ids[i]);
            if (entry === undefined) {
                throw new BadResponse (this.id + ' fetchMyTrades () got a trade that is no dictionary: ' + ids[i]);
            }
            const trade = this.parseTrade (entry, market);
            trade['id'] = ids[i];
            result.push (trade);
        }
        return this.filterBySymbolSinceLimit (this.sortBy (result, 'timestamp'), market['symbol'], since, limit);
    }

    // --- funding -------------------------------------------------------------------------------------

    coinName (currency) {
        // The Trade API names a coin as the docs' examples do: coinName BTC.
        return currency['id'].toUpperCase ();
    }

    rejectNetwork (method, params) {
        // A coin's network is part of its name on YoBit (each network is a coin of its own): the unified param
        // network has no field to go to.
        if (this.safeString (params, 'network') !== undefined) {
            throw new NotSupported (this.id + ' ' + method + ' () does not support the unified param network: on YoBit a network is a coin of its own, pass that coin\'s code');
        }
    }

    async depositAddress (method, code, needNew, params) {
        // GetDepositAddress: coinName, need_new (0 or 1); answers { return: { address, processed_amount,
        // server_time } }.
        this.rejectNetwork (method, params);
        await this.loadMarkets ();
        const currency = this.currency (code);
        const request = {
            'coinName': this.coinName (currency),
            'need_new': needNew,
        };
        const response = await this.privatePostGetDepositAddress (this.extend (request, params));
        const result = this.tapiResult (response, method);
        const address = this.safeString (result, 'address');
        if (address === undefined) {
            throw new BadResponse (this.id + ' ' + method + ' () got an answer without address: ' + this.excerpt (this.json (response)));
        }
        return {
            'currency': currency['code'],
            'address': address,
            'info': response,
        };
    }

    async fetchDepositAddress (code, params = {}) {
        return await this.depositAddress ('fetchDepositAddress', code, 0, params);
    }

    async createDepositAddress (code, params = {}) {
        return await this.depositAddress ('createDepositAddress', code, 1, params);
    }

    async withdraw (code, amount, address, tag = undefined, params = {}) {
        // WithdrawCoinsToAddress: coinName, amount, address; answers { return: { server_time } }. The docs name
        // no tag or memo.
        this.rejectNetwork ('withdraw', params);
        if (tag !== undefined) {
            throw new NotSupported (this.id + ' withdraw () does not support a tag: WithdrawCoinsToAddress takes an address only');
        }
        await this.loadMarkets ();
        const currency = this.currency (code);
        const request = {
            'coinName': this.coinName (currency),
            'amount': this.numberToString (amount),
            'address': address,
        };
        const response = await this.privatePostWithdrawCoinsToAddress (this.extend (request, params));
        const result = this.tapiResult (response, 'withdraw');
        return this.safeTransaction ({
            'timestamp': this.safeTimestamp (result, 'server_time'),
            'type': 'withdrawal',
            'currency': currency['code'],
            'amount': request['amount'],
            'address': address,
            'info': response,
        }, currency);
    }

    // --- transport -----------------------------------------------------------------------------------

    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        // Trade API: POST /tapi/, body method=<path>&nonce=<n>&<params>, headers Key and Sign (the hex
        // HMAC-SHA512 of the body with the secret).
        if (api === 'public') {
            return super.sign (path, api, method, params, headers, body);
        }
        this.checkRequiredCredentials ();
        if (('method' in params) || ('nonce' in params)) {
            throw new BadRequest (this.id + ' ' + path + ' takes no parameter method or nonce: the request is signed with its own');
        }
        body = this.urlencode (this.extend ({ 'method': path, 'nonce': this.nonce () }, params));
        headers = {
            'Content-Type': 'application/x-www-form-urlencoded',
            'Key': this.apiKey,
            'Sign': this.hmac (this.encode (body), this.encode (this.secret), 'sha512'),
        };
        return { 'url': this.urls['api']['private'], 'method': method, 'body': body, 'headers': headers };
    }

    handleErrors (status, reason, url, method, responseHeaders, responseBody, response, requestHeaders, requestBody) {
        // { success: 0, error: '<text>' }, from the public and the Trade API alike.
        if ((response === undefined) || Array.isArray (response) || (typeof response !== 'object')) {
            return undefined;
        }
        const success = this.safeString (response, 'success');
        const message = this.safeString (response, 'error');
        if ((success !== '0') && !((success === undefined) && (message !== undefined))) {
            return undefined;
        }
        const feedback = this.id + ' ' + this.excerpt (responseBody);
        if (message !== undefined) {
            this.throwBroadlyMatchedException (this.exceptions['broad'], message.toLowerCase (), feedback);
        }
        throw new ExchangeError (feedback);
    }
}
