// BtcBox (Japan, spot against the yen): REST API v1 at https://www.btcbox.co.jp/api/v1, documented at
// https://blog.btcbox.jp/en/archives/8762 (Japanese: https://www.btcbox.co.jp/api/doc/v1).
//
// Public calls are GETs that name the coin in the query (?coin=btc, the default being btc): ticker, depth and orders
// (the latest public trades), and tickers, which answers every pair at once ({ BTC_JPY: {...}, ETH_JPY: {...} }).
// The markets are the pairs that tickers answers; each is traded through the lower-case name of its coin, as the
// docs name the seven they list (btc, bch, ltc, eth, doge, dot, trx).
// Private calls are POSTs of a form: key (the public key), the call's parameters, nonce (an integer that grows with
// every request of the account: milliseconds here), then signature, the hex HMAC-SHA256 of the form before it, keyed
// with the lower-case hex MD5 digest of the private key. The form is signed in the order it is sent, as the docs ask.
// Errors answer { result: false, code } with the codes of the docs' table (100-107, 200-203, 301-302, 401-404, 900,
// 901).
// Order times ('2014-10-20 13:27:38') carry no zone: they are read as Japan time (options['timeZone']).
import Exchange from './base/Exchange.js';
import { AccountSuspended, ArgumentsRequired, AuthenticationError, BadRequest, BadResponse, BadSymbol, ExchangeError, ExchangeNotAvailable, InsufficientFunds, InvalidNonce, InvalidOrder, NotSupported, OrderNotFound, PermissionDenied, RateLimitExceeded } from './base/errors.js';
import { TICK_SIZE } from './base/functions/number.js';

export default class btcbox extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'btcbox',
            'name': 'BtcBox',
            'countries': [ 'JP' ],
            'version': 'v1',
            // The docs limit trade_list and trade_view to one call a second (trade_add and balance to two,
            // order_history to four).
            'rateLimit': 1000,
            'has': {
                'fetchMarkets': true,
                'fetchCurrencies': false,
                'fetchTicker': true,
                'fetchTickers': true,
                'fetchOrderBook': true,
                'fetchOHLCV': false,
                'fetchTrades': true,
                'fetchBalance': true,
                'createOrder': true,
                'cancelOrder': true,
                'editOrder': false,
                'fetchOrder': true,
                'fetchOrders': true,
                'fetchOpenOrders': true,
                'fetchClosedOrders': true,
                'fetchMyTrades': false,
                'fetchDeposits': false,
                'fetchWithdrawals': false,
                'fetchTransactions': false,
                'fetchLedger': false,
                'fetchDepositAddress': true,
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
                    'public': 'https://www.btcbox.co.jp/api/v1',
                    'private': 'https://www.btcbox.co.jp/api/v1',
                },
                'www': 'https://www.btcbox.co.jp',
                'doc': 'https://blog.btcbox.jp/en/archives/8762',
            },
            'api': {
                'public': {
                    'get': [
                        'ticker',
                        'tickers',
                        'depth',
                        'orders',
                    ],
                },
                'private': {
                    'post': [
                        'balance',
                        'wallet',
                        'trade_list',
                        'trade_view',
                        'trade_cancel',
                        'trade_add',
                    ],
                },
            },
            'requiredCredentials': {
                'apiKey': true,
                'secret': true,
            },
            // The API reports no fees and the docs publish no schedule.
            'fees': {
                'trading': {
                    'percentage': true,
                },
            },
            'precisionMode': TICK_SIZE,
            'options': {
                // The zone of the order and order-trade times, which the answers write without one.
                'timeZone': '+09:00',
                // The status of trade_view: wait (nothing filled), part (open, part filled or not), cancelled, all
                // (filled in full).
                'orderStatuses': {
                    'wait': 'open',
                    'part': 'open',
                    'cancelled': 'canceled',
                    'all': 'closed',
                },
            },
            'exceptions': {
                // The code of { result: false, code }.
                'exact': {
                    '100': BadRequest, // a required parameter is empty
                    '101': BadRequest, // an invalid parameter
                    '102': BadSymbol, // no such coin
                    '103': AuthenticationError, // no such key
                    '104': AuthenticationError, // the signature does not match
                    '105': PermissionDenied, // the key lacks the permission
                    '106': InvalidNonce, // the request expired (nonce)
                    '107': InvalidOrder, // the order price is 0 or below
                    '200': InsufficientFunds, // the balance is short
                    '201': InvalidOrder, // the amount is too small
                    '202': InvalidOrder, // the price is out of the allowed range around the market price
                    '203': OrderNotFound, // no such order
                    '301': PermissionDenied, // the identity is not verified
                    '302': PermissionDenied, // the identity documents expired
                    '401': ExchangeNotAvailable, // a system error
                    '402': RateLimitExceeded, // too many requests
                    '403': PermissionDenied, // the API is not open
                    '404': PermissionDenied, // the IP address is not allowed
                    '900': AccountSuspended, // the account is closed
                    '901': ExchangeNotAvailable, // trading is suspended for now
                },
            },
        });
    }

    nonce () {
        return this.milliseconds ();
    }

    // --- answers -------------------------------------------------------------------------------------

    answer (response, kind, method) {
        // The answer of a call, of the kind it always has ('list' or 'dict'); anything else is a BadResponse. PHP
        // decodes [] and {} as the same empty array, so an empty one stands for either.
        const isList = Array.isArray (response);
        const isDict = this.isMergeable (response) && !isList;
        const empty = (isList || isDict) && this.isEmpty (response);
        if ((kind === 'list') && (isList || empty)) {
            return isList ? response : [];
        }
        if ((kind === 'dict') && (isDict || empty)) {
            return isDict ? response : {};
        }
        throw new BadResponse (this.id + ' ' + method + ' () got an answer that is no ' + kind + ': ' + this.excerpt (this.json (response)));
    }

    decimalAt (entry, key) {
        // The number at entry[key] as a decimal string; undefined when it is missing; a BadResponse for anything
        // that is no number.
        const value = this.safeString (entry, key);
        if ((value !== undefined) && !this.isDecimalString (value)) {
            throw new BadResponse (this.id + ' sent ' + key + ' that is no number: ' + this.excerpt (value));
        }
        return value;
    }

    localTime (entry, key) {
        // An order time, 'yyyy-mm-dd hh:mm:ss' in Japan time, in milliseconds.
        const text = this.safeString (entry, key);
        return (text === undefined) ? undefined : this.parse8601 (text + this.options['timeZone']);
    }

    sideOf (entry) {
        const side = this.safeStringLower (entry, 'type');
        return ((side === 'buy') || (side === 'sell')) ? side : undefined;
    }

    coinRequest (method, symbol, request = {}) {
        // The market of symbol and the request that names its coin. Every call but tickers and balance reads one
        // coin, btc when the request names none (the order calls too), so a symbol is required.
        if (symbol === undefined) {
            throw new ArgumentsRequired (this.id + ' ' + method + ' () requires a symbol: the call names the coin of the market');
        }
        const market = this.market (symbol);
        return [ market, this.extend (request, { 'coin': market['baseId'] }) ];
    }

    // --- markets -------------------------------------------------------------------------------------

    async fetchMarkets (params = {}) {
        // tickers: { BTC_JPY: { high, low, buy, sell, last, vol }, ... }, one entry per pair BtcBox lists. Only pairs
        // against the yen whose coin is a run of ASCII letters and digits are markets: the coin parameter names the
        // coin alone, the yen being the quote of every pair.
        const response = this.answer (await this.publicGetTickers (params), 'dict', 'fetchMarkets');
        const ids = Object.keys (response);
        const result = [];
        for (let i = 0; i < ids.length; i++) {
            const id = ids[i];
            const parts = id.split ('_');
            const words = this.splitWords (parts[0]);
            // (words[0] as a text: words.length is 1 where it is compared)
            if ((parts.length !== 2) || (parts[1] !== 'JPY') || (words.length !== 1) || (words.join ('') !== parts[0])) {
                continue;
            }
            const baseId = parts[0].toLowerCase ();
            const base = this.safeCurrencyCode (baseId);
            const quote = this.safeCurrencyCode ('jpy');
            result.push (this.safeMarketStructure ({
                'id': id,
                'symbol': base + '/' + quote,
                'base': base,
                'quote': quote,
                'baseId': baseId,
                'quoteId': 'jpy',
                'type': 'spot',
                'spot': true,
                'active': true,
                // The docs state neither tick sizes nor minimums: amounts and prices go as given, and BtcBox refuses
                // what it does not take (codes 101, 201, 202).
                'precision': {},
                'limits': {
                    'amount': {},
                    'price': {},
                    'cost': {},
                },
                'info': this.safeValue (response, id),
            }));
        }
        return result;
    }

    // --- market data ---------------------------------------------------------------------------------

    parseTicker (ticker, market = undefined) {
        // ticker and each entry of tickers: { high, low, buy (the best bid), sell (the best ask), last, vol (the
        // volume of 24 hours, in the coin) }, without a time.
        return this.safeTicker ({
            'symbol': this.safeSymbol (undefined, market),
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
        await this.loadMarkets ();
        const [ market, request ] = this.coinRequest ('fetchTicker', symbol);
        const response = await this.publicGetTicker (this.extend (request, params));
        return this.parseTicker (this.answer (response, 'dict', 'fetchTicker'), market);
    }

    async fetchTickers (symbols = undefined, params = {}) {
        // tickers answers every pair; pairs the markets do not know are left out.
        await this.loadMarkets ();
        const wanted = (symbols === undefined) ? undefined : [];
        if (symbols !== undefined) {
            for (let i = 0; i < symbols.length; i++) {
                wanted.push (this.market (symbols[i])['symbol']);
            }
        }
        const response = this.answer (await this.publicGetTickers (params), 'dict', 'fetchTickers');
        const result = {};
        const ids = Object.keys (response);
        for (let i = 0; i < ids.length; i++) {
            if (this.safeValue (this.marketsById, ids[i]) === undefined) {
                continue;
            }
            const market = this.safeMarket (ids[i]);
            if ((wanted !== undefined) && !this.inArray (market['symbol'], wanted)) {
                continue;
            }
            result[market['symbol']] = this.parseTicker (this.answer (this.safeValue (response, ids[i]), 'dict', 'fetchTickers'), market);
        }
        return result;
    }

    async fetchOrderBook (symbol, limit = undefined, params = {}) {
        // depth: { asks: [ [ price, amount ], ... ], bids: [ ... ] }, the whole book (no depth parameter).
        await this.loadMarkets ();
        const [ market, request ] = this.coinRequest ('fetchOrderBook', symbol);
        const book = this.answer (await this.publicGetDepth (this.extend (request, params)), 'dict', 'fetchOrderBook');
        const levels = {
            'bids': this.requiredList (book, 'bids'),
            'asks': this.requiredList (book, 'asks'),
        };
        return this.limitOrderBook (this.parseOrderBook (levels, market['symbol']), limit);
    }

    parseTrade (trade, market = undefined) {
        // orders: { date (UNIX seconds, a text), price, amount, tid, type (buy or sell) }. The trades of trade_view:
        // { trade_id, amount, price, datetime (Japan time), fee } (their side and order are the order's, set by
        // parseOrder).
        const tradeId = this.safeString (trade, 'trade_id');
        let fee = undefined;
        const feeCost = this.decimalAt (trade, 'fee');
        if (feeCost !== undefined) {
            // The docs do not say in which currency.
            fee = { 'cost': feeCost, 'currency': undefined };
        }
        return this.safeTrade ({
            'id': (tradeId === undefined) ? this.safeString (trade, 'tid') : tradeId,
            'symbol': this.safeSymbol (undefined, market),
            'timestamp': (tradeId === undefined) ? this.safeTimestamp (trade, 'date') : this.localTime (trade, 'datetime'),
            'side': this.sideOf (trade),
            'price': this.decimalAt (trade, 'price'),
            'amount': this.decimalAt (trade, 'amount'),
            'fee': fee,
            'info': trade,
        }, market);
    }

    async fetchTrades (symbol, since = undefined, limit = undefined, params = {}) {
        // orders: the latest trades of the coin (100 at the docs' count); since and limit are applied here.
        await this.loadMarkets ();
        const [ market, request ] = this.coinRequest ('fetchTrades', symbol);
        const response = await this.publicGetOrders (this.extend (request, params));
        return this.parseTrades (this.answer (response, 'list', 'fetchTrades'), market, since, limit);
    }

    // --- account -------------------------------------------------------------------------------------

    async fetchBalance (params = {}) {
        // balance: { uid, nameauth, moflag, btc_balance, btc_lock, ..., jpy_balance, jpy_lock }: for each coin X
        // what is free (X_balance) and what orders hold (X_lock).
        await this.loadMarkets ();
        const response = this.answer (await this.privatePostBalance (params), 'dict', 'fetchBalance');
        const result = { 'info': response };
        const keys = Object.keys (response);
        for (let i = 0; i < keys.length; i++) {
            const parts = keys[i].split ('_');
            if ((parts.length === 2) && (parts[1] === 'balance')) {
                result[this.safeCurrencyCode (parts[0])] = {
                    'free': this.decimalAt (response, keys[i]),
                    'used': this.decimalAt (response, parts[0] + '_lock'),
                };
            }
        }
        return this.safeBalance (result);
    }

    async fetchDepositAddress (code, params = {}) {
        // wallet: coin; answers { result: true, address }, the account's one address of the coin.
        if (this.safeValue (params, 'network') !== undefined) {
            throw new NotSupported (this.id + ' fetchDepositAddress () does not support the unified param network: wallet answers one address per coin');
        }
        await this.loadMarkets ();
        const currency = this.currency (code);
        const response = this.answer (await this.privatePostWallet (this.extend ({ 'coin': currency['id'] }, params)), 'dict', 'fetchDepositAddress');
        const address = this.safeString (response, 'address');
        if ((address === undefined) || (address.length === 0)) {
            throw new BadResponse (this.id + ' fetchDepositAddress () got no address: ' + this.excerpt (this.json (response)));
        }
        return {
            'currency': currency['code'],
            'address': address,
            'tag': undefined,
            'network': undefined,
            'info': response,
        };
    }

    // --- orders --------------------------------------------------------------------------------------

    parseOrder (order, market = undefined) {
        // trade_list: { id, datetime (Japan time), type (buy or sell), price, amount_original, amount_outstanding };
        // trade_view adds status and trades [ { trade_id, amount, price, datetime, fee } ]. Only limit orders exist.
        const id = this.safeString (order, 'id');
        const side = this.sideOf (order);
        const symbol = this.safeSymbol (undefined, market);
        const rawTrades = this.safeValue (order, 'trades');
        if ((rawTrades !== undefined) && !Array.isArray (rawTrades)) {
            throw new BadResponse (this.id + ' sent the trades of order ' + id + ' as no list: ' + this.excerpt (this.json (rawTrades)));
        }
        const trades = [];
        const list = (rawTrades === undefined) ? [] : rawTrades;
        for (let i = 0; i < list.length; i++) {
            const trade = this.parseTrade (this.answer (list[i], 'dict', 'fetchOrder'), market);
            trade['order'] = id;
            trade['side'] = side;
            trades.push (trade);
        }
        return this.safeOrder ({
            'id': id,
            'symbol': symbol,
            'timestamp': this.localTime (order, 'datetime'),
            'type': 'limit',
            'side': side,
            'price': this.decimalAt (order, 'price'),
            'amount': this.decimalAt (order, 'amount_original'),
            'remaining': this.decimalAt (order, 'amount_outstanding'),
            'status': this.safeString (this.options['orderStatuses'], this.safeString (order, 'status')),
            'trades': trades,
            'info': order,
        }, market);
    }

    async createOrder (symbol, type, side, amount, price = undefined, params = {}) {
        // trade_add: amount, price, type (buy or sell), coin; answers { result: true, id }. The docs describe limit
        // orders only, which rest until filled or canceled.
        await this.loadMarkets ();
        const timeInForce = this.safeStringUpper (params, 'timeInForce');
        if ((timeInForce !== undefined) && (timeInForce !== 'GTC')) {
            throw new NotSupported (this.id + ' createOrder () does not support the unified param timeInForce ' + timeInForce + ': orders rest until filled or canceled (GTC)');
        }
        const [ unified, rest ] = this.unifiedOrderParams (type, params);
        this.rejectUnifiedParams ('createOrder', unified, [ 'postOnly', 'reduceOnly', 'triggerPrice', 'stopLossPrice', 'takeProfitPrice', 'clientOrderId', 'cost' ]);
        if (type !== 'limit') {
            throw new NotSupported (this.id + ' createOrder () supports limit orders only, not ' + type + ': trade_add takes a price');
        }
        if ((side !== 'buy') && (side !== 'sell')) {
            throw new InvalidOrder (this.id + ' createOrder () side must be buy or sell, not ' + side);
        }
        if (price === undefined) {
            throw new ArgumentsRequired (this.id + ' createOrder () requires a price for a limit order');
        }
        const market = this.market (symbol);
        const request = {
            'amount': this.amountToPrecision (symbol, amount),
            'price': this.priceToPrecision (symbol, price),
            'type': side,
            'coin': market['baseId'],
        };
        const response = this.answer (await this.privatePostTradeAdd (this.extend (request, rest)), 'dict', 'createOrder');
        const id = this.safeString (response, 'id');
        if (id === undefined) {
            throw new BadResponse (this.id + ' createOrder () got no order id: ' + this.excerpt (this.json (response)));
        }
        return this.safeOrder ({
            'id': id,
            'symbol': market['symbol'],
            'type': type,
            'side': side,
            'price': request['price'],
            'amount': request['amount'],
            'info': response,
        }, market);
    }

    async cancelOrder (id, symbol = undefined, params = {}) {
        // trade_cancel: id, coin; answers { result: true, id }.
        await this.loadMarkets ();
        const [ market, request ] = this.coinRequest ('cancelOrder', symbol, { 'id': id });
        const response = this.answer (await this.privatePostTradeCancel (this.extend (request, params)), 'dict', 'cancelOrder');
        return this.safeOrder ({
            'id': id,
            'symbol': market['symbol'],
            'status': 'canceled',
            'info': response,
        }, market);
    }

    async fetchOrder (id, symbol = undefined, params = {}) {
        // trade_view: id, coin; answers the order with its status and trades, or { result: false, code: 203 }.
        await this.loadMarkets ();
        const [ market, request ] = this.coinRequest ('fetchOrder', symbol, { 'id': id });
        const response = this.answer (await this.privatePostTradeView (this.extend (request, params)), 'dict', 'fetchOrder');
        if (this.safeString (response, 'id') === undefined) {
            throw new BadResponse (this.id + ' fetchOrder () got an order without id: ' + this.excerpt (this.json (response)));
        }
        return this.parseOrder (response, market);
    }

    async tradeList (method, symbol, since, kind, params) {
        // trade_list: coin, type ('open' or 'all'), since (UNIX seconds); answers the latest orders of the coin, up
        // to 100, newest first, without their status.
        if (this.safeValue (params, 'until') !== undefined) {
            throw new NotSupported (this.id + ' ' + method + ' () does not support the unified param until');
        }
        const extra = { 'type': kind };
        if (since !== undefined) {
            extra['since'] = this.integerOf (since / 1000);
        }
        const [ market, request ] = this.coinRequest (method, symbol, extra);
        const response = await this.privatePostTradeList (this.extend (request, params));
        const entries = this.answer (response, 'list', method);
        const orders = [];
        for (let i = 0; i < entries.length; i++) {
            orders.push (this.parseOrder (this.answer (entries[i], 'dict', method), market));
        }
        return orders;
    }

    async fetchOpenOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        await this.loadMarkets ();
        const orders = await this.tradeList ('fetchOpenOrders', symbol, since, 'open', params);
        const result = [];
        for (let i = 0; i < orders.length; i++) {
            result.push (this.extend (orders[i], { 'status': 'open' }));
        }
        return this.filterBySymbolSinceLimit (this.sortBy (result, 'timestamp'), symbol, since, limit);
    }

    async fetchOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // trade_list with type all gives no status: an order that trade_list with type open lists is open; any other
        // is closed when nothing of it is left, canceled otherwise. The list of all orders is asked first, so that
        // an order that ends between the two requests is one the second does not list: it is then reported
        // canceled, even when it was filled in that moment.
        await this.loadMarkets ();
        const orders = await this.tradeList ('fetchOrders', symbol, since, 'all', params);
        const open = await this.tradeList ('fetchOrders', symbol, since, 'open', params);
        // (the open ids by id: a search of them for each order cost the product of the two answers; red-team round 28)
        const openIds = {};
        for (let i = 0; i < open.length; i++) {
            const openId = this.safeString (open[i], 'id');
            if (openId !== undefined) {
                openIds[openId] = true;
            }
        }
        const result = [];
        for (let i = 0; i < orders.length; i++) {
            const remaining = orders[i]['remaining'];
            const id = this.safeString (orders[i], 'id');
            let status = undefined;
            if ((id !== undefined) && (this.ownValue (openIds, id) === true)) {
                status = 'open';
            } else if (remaining !== undefined) {
                status = (remaining > 0) ? 'canceled' : 'closed';
            }
            result.push (this.extend (orders[i], { 'status': status }));
        }
        return this.filterBySymbolSinceLimit (this.sortBy (result, 'timestamp'), symbol, since, limit);
    }

    async fetchClosedOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        const orders = await this.fetchOrders (symbol, since, undefined, params);
        const result = [];
        for (let i = 0; i < orders.length; i++) {
            if ((orders[i]['status'] === 'closed') || (orders[i]['status'] === 'canceled')) {
                result.push (orders[i]);
            }
        }
        return this.filterBySymbolSinceLimit (result, symbol, since, limit);
    }

    // --- transport -----------------------------------------------------------------------------------

    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        // Private: the form key=<public key>&<params>&nonce=<n>, then &signature=<hex HMAC-SHA256 of that form, keyed
        // with the lower-case hex MD5 of the private key>, as the body of a POST.
        if (api === 'public') {
            return super.sign (path, api, method, params, headers, body);
        }
        this.checkRequiredCredentials ();
        const reserved = [ 'key', 'nonce', 'signature' ];
        for (let i = 0; i < reserved.length; i++) {
            if (this.safeValue (params, reserved[i]) !== undefined) {
                throw new BadRequest (this.id + ' ' + path + ' takes no parameter ' + reserved[i] + ': the request is signed with its own');
            }
        }
        const form = this.urlencode (this.extend (this.extend ({ 'key': this.apiKey }, params), { 'nonce': this.nonce () }));
        const signature = this.hmac (this.encode (form), this.encode (this.hash (this.encode (this.secret), 'md5', 'hex')), 'sha256', 'hex');
        return {
            'url': this.safeString (this.urls['api'], api) + '/' + path,
            'method': method,
            'body': form + '&signature=' + signature,
            'headers': { 'Content-Type': 'application/x-www-form-urlencoded' },
        };
    }

    handleErrors (status, reason, url, method, responseHeaders, responseBody, response, requestHeaders, requestBody) {
        // { result: false, code: '<code>' } (the code a text or a number).
        if ((response === undefined) || Array.isArray (response) || (typeof response !== 'object')) {
            return undefined;
        }
        if (this.safeValue (response, 'result') !== false) {
            return undefined;
        }
        const feedback = this.id + ' ' + this.excerpt (responseBody);
        const code = this.safeString (response, 'code');
        if (code !== undefined) {
            this.throwExactlyMatchedException (this.exceptions['exact'], code, feedback);
        }
        throw new ExchangeError (feedback);
    }
}
