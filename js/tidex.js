// Tidex (spot): https://tidex.com/services/api-specification
//
// The specification Tidex publishes documents API 3 (no newer version): public GETs to
// https://api.tidex.com/api/3/<method>/<pair listing> with the methods info, ticker, depth and trades. Pairs are
// named 'eth_btc' (base_quote, lowercase) and joined by hyphens to ask for several at once ('eth_btc-ltc_btc');
// every method but info takes a listing. A disabled pair in the listing fails the whole request unless the query
// has ignore_invalid=1. Answers are cached for 2 seconds.
// Trade API (the same API family, https://api.tidex.com/tapi): POSTs with a form body method=<name>&nonce=<n>&
// <parameters>, the API key in the Key header and the hex HMAC-SHA512 of the body, keyed with the secret, in the
// Sign header; the nonce is an integer that grows with every request of a key. Answers are { success: 1,
// return: { ... } }, errors { success: 0, error: '<text>' }.
// Trade creates limit orders only (pair, type, rate, amount): no market, stop or maker-only orders, no client
// order ids; there are no candles and no currency list in the API.
// This is the API family's general case (Tidex's specification follows the public API 3 docs of BTC-e/WEX word for
// word, as far as its stored copy goes): YoBit runs the same engine, and yobit.js extends this class with what it
// adds or does otherwise.
import Exchange from './base/Exchange.js';
import { ArgumentsRequired, AuthenticationError, BadRequest, BadResponse, ExchangeError, InsufficientFunds, InvalidNonce, InvalidOrder, NotSupported, OrderNotFound, PermissionDenied } from './base/errors.js';
import Precise from './base/Precise.js';
import { TICK_SIZE } from './base/functions/number.js';

export default class tidex extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'tidex',
            'name': 'Tidex',
            'countries': [ 'LT' ],
            'version': '3',
            // "All information is cached every 2 seconds, so there's no point in making more frequent requests."
            'rateLimit': 2000,
            'has': {
                'fetchMarkets': true,
                'fetchCurrencies': false, // info lists pairs only
                'fetchTicker': true,
                'fetchTickers': true,
                'fetchOrderBook': true,
                'fetchOHLCV': false, // no candles in API 3
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
                'fetchDepositAddress': false,
                'withdraw': false,
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
            'urls': {
                'api': {
                    'public': 'https://api.tidex.com/api/3',
                    'private': 'https://api.tidex.com/tapi',
                },
                'www': 'https://tidex.com',
                'doc': 'https://tidex.com/services/api-specification',
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
                // The Trade API methods: each is the body's method parameter of a POST to /tapi.
                'private': {
                    'post': [
                        'getInfo',
                        'Trade',
                        'ActiveOrders',
                        'OrderInfo',
                        'CancelOrder',
                        'TradeHistory',
                    ],
                },
            },
            'requiredCredentials': {
                'apiKey': true,
                'secret': true,
            },
            // info reports the fee of each pair in percent ("fee: commission for this pair"); fetchMarkets sets the
            // markets' taker and maker from it. This is the documented example's 0.2 %.
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
                // depth and trades take a limit, 150 by default and below 5000 in the API family's docs.
                'maxLimit': 4999,
                // The ticker keys of the best bid and ask: buy is the price a buyer pays (the best ask), sell the
                // price a seller gets (the best bid). The docs' example has buy 101.9 above sell 101.773, which is
                // its last price: a book that the other reading would cross.
                'tickerSides': {
                    'bid': 'sell',
                    'ask': 'buy',
                },
                // fetchTickers without symbols asks for every pair, in requests whose hyphenated listing stays within
                // this many characters (the listing is part of the URL's path).
                'maxPairListLength': 2000,
                // OrderInfo's status: 0 active, 1 executed, 2 canceled, 3 canceled after a partial fill.
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
                    'invalid nonce': InvalidNonce, // "invalid nonce parameter; on key:..., you sent:..., you should send:..."
                    'invalid sign': AuthenticationError,
                    'dont have': PermissionDenied, // "api key dont have info permission"
                    'not enough': InsufficientFunds,
                    'invalid status': OrderNotFound, // CancelOrders' documented result for an order that is not active
                },
            },
        });
    }

    // --- markets -------------------------------------------------------------------------------------

    async fetchMarkets (params = {}) {
        // info: { server_time, pairs: { eth_btc: { decimal_places, min_price, max_price, min_amount, hidden (0 or 1:
        // a hidden pair is active but not on the main page), fee (percent) } }. A disabled pair is not listed.
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
            // "decimal_places: number of decimals allowed during trading", prices and amounts alike.
            const tick = this.parsePrecision (this.safeString (pair, 'decimal_places'));
            const fee = this.safeString (pair, 'fee');
            const rate = (fee === undefined) ? undefined : this.parseNumber (Precise.stringDiv (fee, '100'));
            result.push (this.safeMarketStructure ({
                'id': id,
                'symbol': base + '/' + quote,
                'base': base,
                'quote': quote,
                'baseId': baseId,
                'quoteId': quoteId,
                'type': 'spot',
                'spot': true,
                'active': true,
                'taker': rate,
                'maker': rate,
                'precision': {
                    'amount': this.parseNumber (tick),
                    'price': this.parseNumber (tick),
                },
                'limits': {
                    'amount': { 'min': this.safeNumber (pair, 'min_amount') },
                    'price': { 'min': this.safeNumber (pair, 'min_price'), 'max': this.safeNumber (pair, 'max_price') },
                    'cost': {},
                },
                'info': pair,
            }));
        }
        return result;
    }

    // --- market data ---------------------------------------------------------------------------------

    entryOfPair (response, id, method) {
        // The entry of pair id in an answer keyed by pair.
        const entry = this.safeValue (response, id);
        if (entry === undefined) {
            throw new BadResponse (this.id + ' ' + method + ' () got an answer without the pair ' + id + ': ' + this.excerpt (this.json (response)));
        }
        return entry;
    }

    parseTicker (ticker, market = undefined) {
        // { high, low, avg, vol (the volume in the quote currency), vol_cur (in the base currency), last, buy,
        // sell, updated (s, the last update of the cache) }. Which of buy and sell is the best bid is
        // options['tickerSides'] (describe () says why).
        market = this.safeMarket (undefined, market);
        const sides = this.safeDict (this.options, 'tickerSides', {});
        return this.safeTicker ({
            'symbol': market['symbol'],
            'timestamp': this.safeTimestamp (ticker, 'updated'),
            'high': this.safeString (ticker, 'high'),
            'low': this.safeString (ticker, 'low'),
            'bid': this.safeString (ticker, this.safeString (sides, 'bid', 'sell')),
            'ask': this.safeString (ticker, this.safeString (sides, 'ask', 'buy')),
            'last': this.safeString (ticker, 'last'),
            'average': this.safeString (ticker, 'avg'),
            'baseVolume': this.safeString (ticker, 'vol_cur'),
            'quoteVolume': this.safeString (ticker, 'vol'),
            'info': ticker,
        }, market);
    }

    async fetchTicker (symbol, params = {}) {
        // ticker/{pair}: { eth_btc: { ... } }.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetTickerPair (this.extend ({ 'pair': market['id'] }, params));
        const ticker = this.entryOfPair (response, market['id'], 'fetchTicker');
        return this.parseTicker (ticker, market);
    }

    pairListings (ids) {
        // The hyphenated listings of ids, each within options['maxPairListLength'] characters.
        const most = this.safeInteger (this.options, 'maxPairListLength');
        const listings = [];
        let current = '';
        for (let i = 0; i < ids.length; i++) {
            const id = ids[i];
            if ((current.length > 0) && ((current.length + 1 + id.length) > most)) {
                listings.push (current);
                current = '';
            }
            current = (current.length > 0) ? (current + '-' + id) : id;
        }
        if (current.length > 0) {
            listings.push (current);
        }
        return listings;
    }

    async fetchTickers (symbols = undefined, params = {}) {
        // ticker/{pair-pair-...}: { eth_btc: { ... }, ltc_btc: { ... } }. Without symbols every pair is asked for,
        // with ignore_invalid=1 so that a pair disabled since the markets were loaded does not fail the request.
        await this.loadMarkets ();
        let ids = [];
        let request = {};
        if (symbols === undefined) {
            ids = this.ids;
            request['ignore_invalid'] = 1;
        } else {
            ids = this.marketIds (symbols);
        }
        const listings = this.pairListings (ids);
        request = this.extend (request, params);
        const result = {};
        for (let i = 0; i < listings.length; i++) {
            const response = await this.publicGetTickerPair (this.extend ({ 'pair': listings[i] }, request));
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
        // depth/{pair}?limit: { eth_btc: { asks: [ [ price, amount ] ], bids: [ ... ] } }; limit 150 by default.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'pair': market['id'] };
        if (limit !== undefined) {
            request['limit'] = Math.min (limit, this.safeInteger (this.options, 'maxLimit'));
        }
        const response = await this.publicGetDepthPair (this.extend (request, params));
        const book = this.entryOfPair (response, market['id'], 'fetchOrderBook');
        return this.parseOrderBook (book, market['symbol']);
    }

    parseTrade (trade, market = undefined) {
        // Public (trades/{pair}): { type ('ask' a sell, 'bid' a buy), price, amount, tid, timestamp (s) }.
        // The account's (TradeHistory, keyed by trade id, which fetchMyTrades puts in the trade's id): { pair, type
        // (buy, sell), amount, rate, order_id, is_your_order, timestamp (s) }.
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
            'type': (pair === undefined) ? undefined : 'limit', // the account's orders are all limit orders (Trade)
            'side': side,
            'price': this.safeString2 (trade, 'price', 'rate'),
            'amount': this.safeString (trade, 'amount'),
            'info': trade,
        }, market);
    }

    async fetchTrades (symbol, since = undefined, limit = undefined, params = {}) {
        // trades/{pair}?limit: { eth_btc: [ trades, newest first ] }; limit 150 by default. No time range.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'pair': market['id'] };
        if (limit !== undefined) {
            request['limit'] = Math.min (limit, this.safeInteger (this.options, 'maxLimit'));
        }
        const response = await this.publicGetTradesPair (this.extend (request, params));
        const trades = this.entryOfPair (response, market['id'], 'fetchTrades');
        if (!Array.isArray (trades)) {
            throw new BadResponse (this.id + ' sent trades that are no list: ' + this.excerpt (this.json (response)));
        }
        return this.parseTrades (trades, market, since, limit);
    }

    // --- account -------------------------------------------------------------------------------------

    returnOf (response, method) {
        // The return of a successful Trade API answer ({ success: 1, return: { ... } }).
        const result = this.safeDict (response, 'return');
        if (result === undefined) {
            throw new BadResponse (this.id + ' ' + method + ' () got an answer without return: ' + this.excerpt (this.json (response)));
        }
        return result;
    }

    balanceAccounts (info) {
        // The accounts of getInfo's return by currency id: funds is what is available for trading, without what
        // open orders hold. The API reports no amount held by orders, so only free is known.
        const funds = this.safeDict (info, 'funds', {});
        const accounts = {};
        const ids = Object.keys (funds);
        for (let i = 0; i < ids.length; i++) {
            const account = this.account ();
            account['free'] = this.safeString (funds, ids[i]);
            accounts[ids[i]] = account;
        }
        return accounts;
    }

    async fetchBalance (params = {}) {
        // getInfo: { return: { funds: { usd: 325, btc: 23.998, ... }, rights, transaction_count, open_orders,
        // server_time (s) } }.
        await this.loadMarkets ();
        const response = await this.privatePostGetInfo (params);
        const info = this.returnOf (response, 'fetchBalance');
        const result = { 'info': response, 'timestamp': this.safeTimestamp (info, 'server_time') };
        result['datetime'] = this.iso8601 (result['timestamp']);
        const accounts = this.balanceAccounts (info);
        const ids = Object.keys (accounts);
        for (let i = 0; i < ids.length; i++) {
            result[this.safeCurrencyCode (ids[i])] = this.safeDict (accounts, ids[i]);
        }
        return this.safeBalance (result);
    }

    // --- orders --------------------------------------------------------------------------------------

    parseOrder (order, market = undefined) {
        // ActiveOrders: { pair, type (buy, sell), amount (what is left), rate, timestamp_created (s), status };
        // OrderInfo: the same with start_amount (the amount ordered). Both are keyed by order id, which the callers
        // put in the order's id. ActiveOrders lists open orders only (its status is always 0).
        const pair = this.safeString (order, 'pair');
        market = this.safeMarket (pair, market);
        const status = this.safeString (order, 'status');
        return this.safeOrder ({
            'id': this.safeString (order, 'order_id'),
            'symbol': market['symbol'],
            'timestamp': this.safeTimestamp (order, 'timestamp_created'),
            'type': 'limit',
            'timeInForce': 'GTC',
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
        // Trade: pair, type (buy, sell), rate, amount; answers { return: { received (the amount bought or sold at
        // once), remains (the amount left on the book), order_id (0 when the order was filled at once), funds } }.
        // Limit orders only, on the book until filled or canceled.
        await this.loadMarkets ();
        const market = this.market (symbol);
        if (type !== 'limit') {
            throw new NotSupported (this.id + ' createOrder () supports limit orders only, not ' + type + ' orders: Trade takes a rate');
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
        const result = this.returnOf (response, 'createOrder');
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
        const result = this.returnOf (response, 'cancelOrder');
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
        const orders = this.ordersById (this.returnOf (response, 'fetchOrder'), market, 'fetchOrder');
        if (orders.length !== 1) {
            throw new BadResponse (this.id + ' fetchOrder () got an OrderInfo answer without exactly one order: ' + this.excerpt (this.json (response)));
        }
        return orders[0];
    }

    async fetchOpenOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // ActiveOrders: pair (optional: all pairs without it); answers { return: { <order id>: { ... } } }. With no
        // open order the API answers the error "no orders", which handleErrors lets through as an empty list.
        await this.loadMarkets ();
        let market = undefined;
        const request = {};
        if (symbol !== undefined) {
            market = this.market (symbol);
            request['pair'] = market['id'];
        }
        const response = await this.privatePostActiveOrders (this.extend (request, params));
        const orders = this.ordersById (this.safeDict (response, 'return', {}), market, 'fetchOpenOrders');
        const marketSymbol = (market === undefined) ? undefined : market['symbol'];
        return this.filterBySymbolSinceLimit (this.sortBy (orders, 'timestamp'), marketSymbol, since, limit);
    }

    async fetchMyTrades (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // TradeHistory: pair (all pairs without it), count (1000 by default), order (ASC, or DESC the default),
        // since and end (UNIX time, s; with either the order is ASC), also from, from_id, end_id; answers { return:
        // { <trade id>: { ... } } }. With no trade the API answers the error "no trades": an empty list.
        await this.loadMarkets ();
        let market = undefined;
        const request = {};
        if (symbol !== undefined) {
            market = this.market (symbol);
            request['pair'] = market['id'];
        }
        if (limit !== undefined) {
            request['count'] = limit;
        }
        if (since !== undefined) {
            // the docs name since in seconds; a trade of the second since falls in, filterBySinceLimit drops it
            request['since'] = this.integerOf (since / 1000);
            request['order'] = 'ASC';
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            request['end'] = this.integerOf (until / 1000);
            request['order'] = 'ASC';
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
        const marketSymbol = (market === undefined) ? undefined : market['symbol'];
        return this.filterBySymbolSinceLimit (this.sortBy (result, 'timestamp'), marketSymbol, since, limit);
    }

    // --- transport -----------------------------------------------------------------------------------

    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        // Trade API: POST /tapi, body method=<path>&nonce=<n>&<params>, headers Key and Sign (the hex HMAC-SHA512 of
        // the body with the secret).
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
        // { success: 0, error: '<text>' }, from the public and the Trade API alike. "no orders" (ActiveOrders) and
        // "no trades" (TradeHistory) are how the API says that a list is empty: the methods read them so.
        if ((response === undefined) || Array.isArray (response) || (typeof response !== 'object')) {
            return undefined;
        }
        const success = this.safeString (response, 'success');
        const message = this.safeString (response, 'error');
        if ((success !== '0') && !((success === undefined) && (message !== undefined))) {
            return undefined;
        }
        if ((message === 'no orders') || (message === 'no trades')) {
            return undefined;
        }
        const feedback = this.id + ' ' + this.excerpt (responseBody);
        if (message !== undefined) {
            this.throwBroadlyMatchedException (this.exceptions['broad'], message.toLowerCase (), feedback);
        }
        throw new ExchangeError (feedback);
    }
}
