// CoinSpot API v2 (spot): https://www.coinspot.com.au/v2/api (the v1 API of https://www.coinspot.com.au/api is
// kept for legacy use only; CoinSpot recommends v2).
//
// Three groups of endpoints on one host: the public API (GET https://www.coinspot.com.au/pubapi/v2/...), the
// trading API (POST https://www.coinspot.com.au/api/v2/...) and the read-only API (POST
// https://www.coinspot.com.au/api/v2/ro/...). Every POST carries a JSON body with a nonce that grows with every
// request, and the headers key (the API key) and sign (the HMAC-SHA512, hex, of the body with the secret). A
// market is named by its coin (cointype, 'BTC') and its market currency (markettype, 'AUD' or 'USDT'); answers
// name it 'BTC/AUD'. Answers are { "status": "ok", "message": "ok", ... }; an error is a non-200 status with
// { "status": "error", "message": "<description>" }.
import Exchange from './base/Exchange.js';
import { ArgumentsRequired, AuthenticationError, BadRequest, BadResponse, BadSymbol, ExchangeError, InsufficientFunds, InvalidNonce, InvalidOrder, NotSupported, OrderNotFound, PermissionDenied } from './base/errors.js';
import Precise from './base/Precise.js';
import { TICK_SIZE } from './base/functions/number.js';

export default class coinspot extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'coinspot',
            'name': 'CoinSpot',
            'countries': [ 'AU' ],
            'version': 'v2',
            // The docs: "Requests are limited to 1000 requests per minute".
            'rateLimit': 60,
            'has': {
                'fetchMarkets': true,
                'fetchCurrencies': false, // no endpoint lists currencies
                'fetchTicker': true,
                'fetchTickers': true,
                'fetchOrderBook': true,
                'fetchOHLCV': false, // no candles
                'fetchTrades': true,
                'fetchBalance': true,
                'createOrder': true,
                'cancelOrder': true,
                'editOrder': false,
                'fetchOrder': false, // no endpoint reads one order
                'fetchOrders': false,
                'fetchOpenOrders': true,
                'fetchClosedOrders': false,
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
                    'public': 'https://www.coinspot.com.au/pubapi/v2',
                    'private': 'https://www.coinspot.com.au/api/v2',
                    'readonly': 'https://www.coinspot.com.au/api/v2/ro',
                },
                'www': 'https://www.coinspot.com.au',
                'doc': 'https://www.coinspot.com.au/v2/api',
                'fees': 'https://www.coinspot.com.au/fees',
            },
            'api': {
                'public': {
                    'get': [
                        'latest',
                        'latest/{cointype}',
                        'latest/{cointype}/{markettype}',
                        'orders/open/{cointype}',
                        'orders/open/{cointype}/{markettype}',
                        'orders/completed/{cointype}',
                        'orders/completed/{cointype}/{markettype}',
                    ],
                },
                'private': {
                    'post': [
                        'status',
                        'my/coin/deposit',
                        'my/buy',
                        'my/sell',
                        'my/buy/cancel',
                        'my/sell/cancel',
                        'my/coin/withdraw/send',
                    ],
                },
                'readonly': {
                    'post': [
                        'my/balances',
                        'my/orders/open',
                        'my/orders/completed',
                    ],
                },
            },
            'requiredCredentials': {
                'apiKey': true,
                'secret': true,
            },
            // The fees page lists a flat fee on orders placed on the market; the API reports the fee of each
            // completed order (audfeeExGst and audGst).
            'fees': {
                'trading': {
                    'tierBased': false,
                    'percentage': true,
                    'maker': 0.001,
                    'taker': 0.001,
                },
            },
            'precisionMode': TICK_SIZE,
            'options': {
                // The market currency of a coin named without one (latest's 'btc', the endpoints without markettype).
                'defaultMarket': 'AUD',
                // The most entries my/orders/completed answers (default 200).
                'maxHistoryLimit': 500,
            },
            // Errors: a non-200 status with { "status": "error", "message": "..." }. The docs quote one message,
            // "Coin not found"; the others are matched on the words that name their cause.
            'exceptions': {
                'exact': {
                    'Coin not found': BadSymbol,
                },
                'broad': {
                    'Invalid API key': AuthenticationError,
                    'Invalid key': AuthenticationError,
                    'signature': AuthenticationError,
                    'Invalid sign': AuthenticationError,
                    'nonce': InvalidNonce,
                    'Nonce': InvalidNonce,
                    'permission': PermissionDenied,
                    'Insufficient': InsufficientFunds,
                    'insufficient': InsufficientFunds,
                    'Order not found': OrderNotFound,
                    'order not found': OrderNotFound,
                },
            },
        });
    }

    // --- markets -------------------------------------------------------------------------------------

    marketIdOf (baseId, quoteId) {
        return baseId + '/' + quoteId;
    }

    marketOfKey (key) {
        // A key of latest's prices: 'btc' (the coin in the default market, AUD) or 'btc_usdt'.
        const parts = key.split ('_');
        if ((parts.length < 1) || (parts.length > 2) || (parts[0].length === 0)) {
            throw new BadResponse (this.id + ' sent a price entry that names no market: ' + key);
        }
        const baseId = parts[0].toUpperCase ();
        const quoteId = (parts.length === 2) ? parts[1].toUpperCase () : this.safeString (this.options, 'defaultMarket', 'AUD');
        return [ baseId, quoteId ];
    }

    pricesOf (response) {
        const prices = this.safeDict (response, 'prices');
        if (prices === undefined) {
            throw new BadResponse (this.id + ' sent latest prices without prices: ' + this.excerpt (this.json (response)));
        }
        return prices;
    }

    async fetchMarkets (params = {}) {
        // GET latest: { status, message, prices: { btc: { bid, ask, last }, btc_usdt: { ... }, ... } }, one entry per
        // market: no other endpoint lists the markets. The docs give an order's amount 8 decimal places and its
        // rate 6.
        const response = await this.publicGetLatest (params);
        const prices = this.pricesOf (response);
        const keys = Object.keys (prices);
        const result = [];
        for (let i = 0; i < keys.length; i++) {
            const [ baseId, quoteId ] = this.marketOfKey (keys[i]);
            const base = this.safeCurrencyCode (baseId);
            const quote = this.safeCurrencyCode (quoteId);
            result.push (this.safeMarketStructure ({
                'id': this.marketIdOf (baseId, quoteId),
                'symbol': base + '/' + quote,
                'base': base,
                'quote': quote,
                'baseId': baseId,
                'quoteId': quoteId,
                'type': 'spot',
                'spot': true,
                'active': true,
                'precision': {
                    'amount': this.parseNumber ('0.00000001'),
                    'price': this.parseNumber ('0.000001'),
                },
                'limits': {},
                'info': this.safeDict (prices, keys[i]),
            }));
        }
        return result;
    }

    isDefaultMarket (market) {
        return market['quoteId'] === this.safeString (this.options, 'defaultMarket', 'AUD');
    }

    coinRequest (market) {
        // cointype, and markettype where the market is not the default (AUD) one: the endpoints without
        // markettype answer for the coin in AUD.
        const request = { 'cointype': market['baseId'] };
        if (!this.isDefaultMarket (market)) {
            request['markettype'] = market['quoteId'];
        }
        return request;
    }

    // --- market data ---------------------------------------------------------------------------------

    parseTicker (ticker, market = undefined) {
        // { bid, ask, last }: the best bid, the best ask and the last traded rate, nothing else.
        return this.safeTicker ({
            'symbol': this.safeSymbol (undefined, market),
            'bid': this.safeString (ticker, 'bid'),
            'ask': this.safeString (ticker, 'ask'),
            'last': this.safeString (ticker, 'last'),
            'info': ticker,
        }, market);
    }

    async fetchTicker (symbol, params = {}) {
        // GET latest/{cointype} (AUD) or latest/{cointype}/{markettype}: { status, message, prices: { bid, ask, last } }.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = this.coinRequest (market);
        let response = undefined;
        if (this.isDefaultMarket (market)) {
            response = await this.publicGetLatestCointype (this.extend (request, params));
        } else {
            response = await this.publicGetLatestCointypeMarkettype (this.extend (request, params));
        }
        return this.parseTicker (this.pricesOf (response), market);
    }

    async fetchTickers (symbols = undefined, params = {}) {
        // GET latest: the prices of every market, keyed 'btc' (AUD) or 'btc_usdt'.
        await this.loadMarkets ();
        const response = await this.publicGetLatest (params);
        const prices = this.pricesOf (response);
        const keys = Object.keys (prices);
        const tickers = [];
        for (let i = 0; i < keys.length; i++) {
            const [ baseId, quoteId ] = this.marketOfKey (keys[i]);
            const market = this.safeMarket (this.marketIdOf (baseId, quoteId), undefined, '/');
            tickers.push (this.parseTicker (this.safeDict (prices, keys[i]), market));
        }
        return this.filterByArrayTickers (tickers, symbols);
    }

    filterByArrayTickers (tickers, symbols) {
        const result = {};
        for (let i = 0; i < tickers.length; i++) {
            const ticker = tickers[i];
            const symbol = ticker['symbol'];
            if ((symbols === undefined) || this.inArray (symbol, symbols)) {
                result[symbol] = ticker;
            }
        }
        return result;
    }

    async fetchOrderBook (symbol, limit = undefined, params = {}) {
        // GET orders/open/{cointype}[/{markettype}]: { status, message, buyorders: [ { amount, rate, total, coin,
        // market } ], sellorders: [ ... ] }; the API takes no depth.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = this.coinRequest (market);
        let response = undefined;
        if (this.isDefaultMarket (market)) {
            response = await this.publicGetOrdersOpenCointype (this.extend (request, params));
        } else {
            response = await this.publicGetOrdersOpenCointypeMarkettype (this.extend (request, params));
        }
        this.requiredList (response, 'buyorders');
        this.requiredList (response, 'sellorders');
        const book = this.parseOrderBook (response, market['symbol'], undefined, 'buyorders', 'sellorders', 'rate', 'amount');
        if (limit !== undefined) {
            book['bids'] = book['bids'].slice (0, limit);
            book['asks'] = book['asks'].slice (0, limit);
        }
        return book;
    }

    parseTrade (trade, market = undefined) {
        // Public (orders/completed): { amount, rate, total, coin, market, solddate }. The account's
        // (ro my/orders/completed): also audfeeExGst, audGst and audtotal, the fee and its GST in AUD. The side is
        // the list the entry came in (buyorders or sellorders), set by the caller as 'side'.
        const marketId = this.safeString (trade, 'market');
        market = this.safeMarket (marketId, market, '/');
        const feeExGst = this.safeString (trade, 'audfeeExGst');
        const gst = this.safeString (trade, 'audGst');
        let fee = undefined;
        if ((feeExGst !== undefined) || (gst !== undefined)) {
            fee = {
                'cost': Precise.stringAdd (this.safeString (trade, 'audfeeExGst', '0'), this.safeString (trade, 'audGst', '0')),
                'currency': 'AUD',
            };
        }
        return this.safeTrade ({
            'symbol': market['symbol'],
            'timestamp': this.parse8601 (this.safeString (trade, 'solddate')),
            'side': this.safeString (trade, 'side'),
            'price': this.safeString (trade, 'rate'),
            'amount': this.safeString (trade, 'amount'),
            'cost': this.safeString (trade, 'total'),
            'fee': fee,
            'info': this.omit (trade, 'side'),
        }, market);
    }

    sidedEntries (response) {
        // buyorders and sellorders as one list, each entry with its side.
        const buys = this.requiredList (response, 'buyorders');
        const sells = this.requiredList (response, 'sellorders');
        const result = [];
        for (let i = 0; i < buys.length; i++) {
            result.push (this.extend (buys[i], { 'side': 'buy' }));
        }
        for (let i = 0; i < sells.length; i++) {
            result.push (this.extend (sells[i], { 'side': 'sell' }));
        }
        return result;
    }

    async fetchTrades (symbol, since = undefined, limit = undefined, params = {}) {
        // GET orders/completed/{cointype}[/{markettype}]: the latest completed orders of the market, as
        // buyorders and sellorders; the API takes no time range or count.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = this.coinRequest (market);
        let response = undefined;
        if (this.isDefaultMarket (market)) {
            response = await this.publicGetOrdersCompletedCointype (this.extend (request, params));
        } else {
            response = await this.publicGetOrdersCompletedCointypeMarkettype (this.extend (request, params));
        }
        return this.parseTrades (this.sidedEntries (response), market, since, limit);
    }

    // --- account -------------------------------------------------------------------------------------

    async fetchBalance (params = {}) {
        // POST ro/my/balances: { status, message, balances: [ { "BTC": { balance, audbalance, rate } }, ... ] }:
        // balance is what the account holds of the coin (audbalance its value in AUD); the API does not say how
        // much of it open orders hold.
        await this.loadMarkets ();
        const response = await this.readonlyPostMyBalances (params);
        const balances = this.requiredList (response, 'balances');
        const result = { 'info': response };
        for (let i = 0; i < balances.length; i++) {
            const entry = balances[i];
            if ((entry === undefined) || Array.isArray (entry) || (typeof entry !== 'object')) {
                throw new BadResponse (this.id + ' sent a balance entry that is no dictionary: ' + this.excerpt (this.json (response)));
            }
            const currencyIds = Object.keys (entry);
            for (let j = 0; j < currencyIds.length; j++) {
                const currencyId = currencyIds[j];
                const account = this.account ();
                account['total'] = this.safeString (this.safeDict (entry, currencyId, {}), 'balance');
                result[this.safeCurrencyCode (currencyId)] = account;
            }
        }
        return this.safeBalance (result);
    }

    // --- orders --------------------------------------------------------------------------------------

    parseOrder (order, market = undefined) {
        // Placed (my/buy, my/sell): { status, message, coin, market, amount, rate, id }. Open
        // (ro my/orders/open): { id, coin, market, amount, created, rate, total }, the side set by the caller.
        const marketId = this.safeString (order, 'market');
        market = this.safeMarket (marketId, market, '/');
        return this.safeOrder ({
            'id': this.safeString (order, 'id'),
            'symbol': market['symbol'],
            'timestamp': this.parse8601 (this.safeString (order, 'created')),
            'type': 'limit',
            'side': this.safeString (order, 'side'),
            'status': this.safeString (order, 'orderStatus'),
            'price': this.safeString (order, 'rate'),
            'amount': this.safeString (order, 'amount'),
            'info': this.omit (order, [ 'side', 'orderStatus' ]),
        }, market);
    }

    async createOrder (symbol, type, side, amount, price = undefined, params = {}) {
        // POST my/buy or my/sell: cointype, amount (8 decimal places), rate (the price), markettype: a limit order
        // on the market's order book. The docs name no time in force, post-only, stop or client order id
        // parameters. Buy Now and Sell Now (my/buy/now, my/sell/now) trade at CoinSpot's own rate and answer no
        // order id, so they cannot be a unified order: market orders are not supported.
        const timeInForce = this.safeStringUpper (params, 'timeInForce');
        if ((timeInForce !== undefined) && (timeInForce !== 'GTC')) {
            throw new NotSupported (this.id + ' createOrder () does not support the unified param timeInForce ' + timeInForce + ': orders rest on the book until filled or canceled (GTC)');
        }
        const [ unified, rest ] = this.unifiedOrderParams (type, params);
        this.rejectUnifiedParams ('createOrder', unified, [ 'postOnly', 'reduceOnly', 'triggerPrice', 'stopLossPrice', 'takeProfitPrice', 'clientOrderId', 'cost' ]);
        if (type !== 'limit') {
            throw new NotSupported (this.id + ' createOrder () places limit orders only, not ' + type + ' orders: Buy Now and Sell Now answer no order id');
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
            'cointype': market['baseId'],
            'amount': this.amountToPrecision (symbol, amount),
            'rate': this.priceToPrecision (symbol, price),
            'markettype': market['quoteId'],
        };
        let response = undefined;
        if (side === 'buy') {
            response = await this.privatePostMyBuy (this.extend (request, this.omit (rest, 'timeInForce')));
        } else {
            response = await this.privatePostMySell (this.extend (request, this.omit (rest, 'timeInForce')));
        }
        return this.parseOrder (this.extend (response, { 'side': side }), market);
    }

    async cancelOrder (id, symbol = undefined, params = {}) {
        // POST my/buy/cancel or my/sell/cancel: id; answers { status, message }. The API cancels buy and sell
        // orders at different endpoints, so the side is a required param.
        const side = this.safeStringLower (params, 'side');
        if ((side !== 'buy') && (side !== 'sell')) {
            throw new ArgumentsRequired (this.id + ' cancelOrder () requires params[\'side\'], buy or sell: the API cancels buy and sell orders at different endpoints');
        }
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const request = this.extend ({ 'id': id }, this.omit (params, 'side'));
        let response = undefined;
        if (side === 'buy') {
            response = await this.privatePostMyBuyCancel (request);
        } else {
            response = await this.privatePostMySellCancel (request);
        }
        return this.safeOrder ({
            'id': id,
            'symbol': (market === undefined) ? undefined : market['symbol'],
            'side': side,
            'status': 'canceled',
            'info': response,
        }, market);
    }

    async fetchOpenOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // POST ro/my/orders/open: { status, message, buyorders: [ { id, coin, market, amount, created, rate, total } ],
        // sellorders: [ ... ] }, the open orders of every market.
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const response = await this.readonlyPostMyOrdersOpen (params);
        const entries = this.sidedEntries (response);
        const orders = [];
        for (let i = 0; i < entries.length; i++) {
            orders.push (this.extend (entries[i], { 'orderStatus': 'open' }));
        }
        return this.parseOrders (orders, market, since, limit);
    }

    async fetchMyTrades (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // POST ro/my/orders/completed: cointype, markettype, startdate (a UTC date), limit (at most 500); answers
        // the account's completed orders as buyorders and sellorders, each with what it traded, its AUD fee
        // (audfeeExGst) and the GST on it (audGst). since is sent as its UTC day and applied exactly here; the
        // docs give enddate no time of day, so until is not supported.
        if (this.safeValue (params, 'until') !== undefined) {
            throw new NotSupported (this.id + ' fetchMyTrades () does not support the unified param until: the API ends its range at a whole UTC day');
        }
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const request = {};
        if (market !== undefined) {
            request['cointype'] = market['baseId'];
            request['markettype'] = market['quoteId'];
        }
        if (since !== undefined) {
            request['startdate'] = this.ymd (since);
        }
        if (limit !== undefined) {
            request['limit'] = Math.min (limit, this.safeInteger (this.options, 'maxHistoryLimit', 500));
        }
        const response = await this.readonlyPostMyOrdersCompleted (this.extend (request, params));
        return this.parseTrades (this.sidedEntries (response), market, since, limit);
    }

    // --- funding -------------------------------------------------------------------------------------

    async fetchDepositAddress (code, params = {}) {
        // POST my/coin/deposit: cointype; answers { status, message, networks: [ { name, network, address, memo } ] },
        // an address on each network the coin is deposited on. The request takes no network: the unified param
        // is not supported, the first (the coin's main) network's address is returned, and info lists them all.
        if (this.safeValue (params, 'network') !== undefined) {
            throw new NotSupported (this.id + ' fetchDepositAddress () does not support the unified param network: the API answers every network\'s address, see info');
        }
        await this.loadMarkets ();
        const currency = this.currency (code);
        const response = await this.privatePostMyCoinDeposit (this.extend ({ 'cointype': currency['id'] }, params));
        const networks = this.requiredList (response, 'networks');
        const first = this.safeDict (networks, 0);
        const address = this.safeString (first, 'address');
        if (address === undefined) {
            throw new BadResponse (this.id + ' sent a deposit answer without an address: ' + this.excerpt (this.json (response)));
        }
        return {
            'currency': currency['code'],
            'address': address,
            'tag': this.safeString (first, 'memo'),
            'network': this.networkCode (this.safeString (first, 'network'), currency),
            'info': response,
        };
    }

    async withdraw (code, amount, address, tag = undefined, params = {}) {
        // POST my/coin/withdraw/send: cointype, amount, address, paymentid (the memo or tag, where the coin takes
        // one); answers { status, message } only. The API takes CoinSpot's own network names, which the docs do
        // not list: the unified param network is not supported (the coin's default network is used).
        if (this.safeValue (params, 'network') !== undefined) {
            throw new NotSupported (this.id + ' withdraw () does not support the unified param network: the docs do not list CoinSpot\'s network names');
        }
        await this.loadMarkets ();
        const currency = this.currency (code);
        const request = {
            'cointype': currency['id'],
            'amount': this.numberToString (amount),
            'address': address,
        };
        if (tag !== undefined) {
            request['paymentid'] = tag;
        }
        const response = await this.privatePostMyCoinWithdrawSend (this.extend (request, params));
        return this.safeTransaction ({
            'type': 'withdrawal',
            'currency': currency['code'],
            'amount': this.numberToString (amount),
            'address': address,
            'tag': tag,
            'info': response,
        }, currency);
    }

    // --- transport -----------------------------------------------------------------------------------

    nonce () {
        return this.milliseconds ();
    }

    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        let url = this.safeString (this.urls['api'], api) + '/' + this.implodeParams (path, params);
        const query = this.omit (params, this.extractParams (path));
        if (api === 'public') {
            if (Object.keys (query).length > 0) {
                url = url + '?' + this.urlencode (query);
            }
            return { 'url': url, 'method': method, 'body': body, 'headers': headers };
        }
        // The body is the parameters and the nonce as JSON; sign is the HMAC-SHA512, hex, of that body.
        this.checkRequiredCredentials ();
        body = this.json (this.extend (query, { 'nonce': this.nonce () }));
        headers = {
            'Content-Type': 'application/json',
            'key': this.apiKey,
            'sign': this.hmac (this.encode (body), this.encode (this.secret), 'sha512'),
        };
        return { 'url': url, 'method': method, 'body': body, 'headers': headers };
    }

    handleErrors (status, reason, url, method, responseHeaders, responseBody, response, requestHeaders, requestBody) {
        // { "status": "error", "message": "..." }, with a non-200 status (the docs), or with 200.
        if ((response === undefined) || Array.isArray (response) || (typeof response !== 'object')) {
            return undefined;
        }
        const answer = this.safeString (response, 'status');
        if ((status < 400) && (answer !== 'error')) {
            return undefined;
        }
        const message = this.safeString (response, 'message');
        const feedback = this.id + ' ' + this.excerpt (responseBody);
        if (message !== undefined) {
            this.throwExactlyMatchedException (this.exceptions['exact'], message, feedback);
            this.throwBroadlyMatchedException (this.exceptions['broad'], message, feedback);
        }
        if (status === 429) {
            return undefined;
        }
        if ((status === 400) || (status === 404)) {
            throw new BadRequest (feedback);
        }
        if ((status === 401) || (status === 403)) {
            throw new AuthenticationError (feedback);
        }
        throw new ExchangeError (feedback);
    }
}
