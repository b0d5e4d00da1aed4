// Zaif REST API v1 (spot): https://techbureau-api-document.readthedocs.io/ja/latest/index.html
//
// Public methods are GETs under https://api.zaif.jp/api/1, with the currency pair (btc_jpy) or currency (btc) as
// the last path segment ('all' for every one). The trade API is one endpoint, POST https://api.zaif.jp/tapi,
// whose form-encoded body names the method (method=get_info2) beside a nonce and the method's parameters; the
// headers Key (the API key) and Sign (HMAC-SHA512, hex, of the body with the secret) authenticate it. The trade
// API answers { "success": 1, "return": ... } or { "success": 0, "error": "<message>" }; a public method answers
// { "error": "<message>" } on failure. Numbers are JSON numbers, times Unix seconds.
import Exchange from './base/Exchange.js';
import { AccountSuspended, ArgumentsRequired, AuthenticationError, BadRequest, BadResponse, BadSymbol, ExchangeError, ExchangeNotAvailable, InsufficientFunds, InvalidNonce, InvalidOrder, NotSupported, PermissionDenied, RateLimitExceeded } from './base/errors.js';
import { TICK_SIZE } from './base/functions/number.js';
import Precise from './base/Precise.js';

export default class zaif extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'zaif',
            'name': 'Zaif',
            'countries': [ 'JP' ],
            'version': '1',
            // The docs state no request rate; the trade API answers 'time wait restriction, please wait a minute.'
            // to too many calls in a short time.
            'rateLimit': 1000,
            'has': {
                'fetchMarkets': true,
                'fetchCurrencies': true,
                'fetchTicker': true,
                'fetchTickers': false, // ticker/{currency_pair} takes one pair, there is no ticker of all
                'fetchOrderBook': true,
                'fetchOHLCV': false, // API v1 has no candles
                'fetchTrades': true,
                'fetchBalance': true,
                'createOrder': true,
                'cancelOrder': true,
                'editOrder': false,
                'fetchOrder': false, // the trade API looks up no single order
                'fetchOrders': false,
                'fetchOpenOrders': true,
                'fetchClosedOrders': false, // only active_orders lists orders
                'fetchMyTrades': true,
                'fetchDeposits': true,
                'fetchWithdrawals': true,
                'fetchTransactions': false,
                'fetchLedger': false,
                'fetchDepositAddress': false, // not in the trade API
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
                'createMarketBuyOrderWithCost': false, // trade places limit orders only
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
                    'public': 'https://api.zaif.jp/api/1',
                    'private': 'https://api.zaif.jp/tapi',
                },
                'www': 'https://zaif.jp',
                'doc': 'https://techbureau-api-document.readthedocs.io/ja/latest/index.html',
            },
            'api': {
                'public': {
                    'get': [
                        'currencies/{currency}',
                        'currency_pairs/{pair}',
                        'ticker/{pair}',
                        'depth/{pair}',
                        'trades/{pair}',
                    ],
                },
                // The trade API's methods: the path is the value of the body's method parameter.
                'private': {
                    'post': [
                        'get_info2',
                        'trade_history',
                        'active_orders',
                        'trade',
                        'cancel_order',
                        'withdraw',
                        'deposit_history',
                        'withdraw_history',
                    ],
                },
            },
            // The API documents no fees; they differ by pair and change over time (zaif.jp publishes them).
            'fees': {
                'trading': {
                    'tierBased': false,
                    'percentage': true,
                },
            },
            'precisionMode': TICK_SIZE,
            'requiredCredentials': {
                'apiKey': true,
                'secret': true,
            },
            'options': {
                // action, trade_type and your_action of orders and trades.
                'sides': {
                    'bid': 'buy',
                    'ask': 'sell',
                },
            },
            // The messages of the docs' error list (faq/2_error_message, trade/4_error_message_list).
            'exceptions': {
                'exact': {
                    'no data found for the key': AuthenticationError,
                    'secret mismatch': AuthenticationError,
                    'invalid access token': AuthenticationError,
                    'expired access token': AuthenticationError,
                    'method not found': BadRequest,
                    'nonce not incremented': InvalidNonce,
                    'nonce out of range': InvalidNonce,
                    'time wait restriction, please wait a minute.': RateLimitExceeded,
                    'insufficient funds': InsufficientFunds,
                    'InsufficientFunds': InsufficientFunds,
                    'invalid price parameter': InvalidOrder,
                    'invalid amount parameter': InvalidOrder,
                    'limit must be greater than the price': InvalidOrder,
                    'limit must be a smaller value than the price': InvalidOrder,
                    'invalid currency_pair parameter': BadSymbol,
                    'trade temporarily unavailable.': ExchangeNotAvailable,
                    'your account is restricted now, KYC required.': AccountSuspended,
                    'illegal comment': BadRequest,
                    'merchant account dont have trade permission': PermissionDenied,
                },
                'broad': {
                    'illegal currency': BadRequest,
                    'parameter': BadRequest,
                },
            },
        });
    }

    // --- markets -------------------------------------------------------------------------------------

    async fetchMarkets (params = {}) {
        // currency_pairs/all: [ { name: 'BTC/JPY', currency_pair: 'btc_jpy', is_token, event_number (not 0 for an
        // event token, which the trade API does not trade), item_unit_min, item_unit_step (the base amount's
        // minimum and step), aux_unit_min, aux_unit_step (the price's minimum and step), aux_unit_point, ... } ].
        const response = await this.publicGetCurrencyPairsPair (this.extend ({ 'pair': 'all' }, params));
        if (!Array.isArray (response)) {
            throw new BadResponse (this.id + ' sent a currency pair list that is no list: ' + this.excerpt (this.json (response)));
        }
        const result = [];
        for (let i = 0; i < response.length; i++) {
            const entry = response[i];
            const id = this.safeString (entry, 'currency_pair');
            if (id === undefined) {
                throw new BadResponse (this.id + ' sent a currency pair without currency_pair: ' + this.excerpt (this.json (entry)));
            }
            const parts = id.split ('_');
            if (parts.length !== 2) {
                throw new BadResponse (this.id + ' sent a currency pair id that is not <base>_<quote>: ' + id);
            }
            const baseId = parts[0];
            const quoteId = parts[1];
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
                'active': this.safeString (entry, 'event_number', '0') === '0',
                'precision': {
                    'amount': this.safeNumber (entry, 'item_unit_step'),
                    'price': this.safeNumber (entry, 'aux_unit_step'),
                },
                'limits': {
                    'amount': { 'min': this.safeNumber (entry, 'item_unit_min') },
                    'price': { 'min': this.safeNumber (entry, 'aux_unit_min') },
                },
                'info': entry,
            }));
        }
        return result;
    }

    async fetchCurrencies (params = {}) {
        // currencies/all: [ { name: 'btc', is_token: false }, { name: 'XCP', is_token: true }, ... ].
        const response = await this.publicGetCurrenciesCurrency (this.extend ({ 'currency': 'all' }, params));
        if (!Array.isArray (response)) {
            throw new BadResponse (this.id + ' sent a currency list that is no list: ' + this.excerpt (this.json (response)));
        }
        const result = {};
        for (let i = 0; i < response.length; i++) {
            const entry = response[i];
            const id = this.safeString (entry, 'name');
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
        // ticker/{currency_pair}: { last, high, low, vwap, volume (base, the last 24 hours), bid, ask }, without
        // the pair or a time.
        return this.safeTicker ({
            'symbol': this.safeSymbol (undefined, market),
            'high': this.safeString (ticker, 'high'),
            'low': this.safeString (ticker, 'low'),
            'bid': this.safeString (ticker, 'bid'),
            'ask': this.safeString (ticker, 'ask'),
            'vwap': this.safeString (ticker, 'vwap'),
            'last': this.safeString (ticker, 'last'),
            'baseVolume': this.safeString (ticker, 'volume'),
            'info': ticker,
        }, market);
    }

    async fetchTicker (symbol, params = {}) {
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetTickerPair (this.extend ({ 'pair': market['id'] }, params));
        return this.parseTicker (response, market);
    }

    async fetchOrderBook (symbol, limit = undefined, params = {}) {
        // depth/{currency_pair}: { asks: [ [ price, amount ], ... ], bids: [ ... ] }, the whole book, no time.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetDepthPair (this.extend ({ 'pair': market['id'] }, params));
        this.requiredList (response, 'bids');
        this.requiredList (response, 'asks');
        const book = this.parseOrderBook (response, market['symbol']);
        if (limit !== undefined) {
            book['bids'] = book['bids'].slice (0, limit);
            book['asks'] = book['asks'].slice (0, limit);
        }
        return book;
    }

    parseTrade (trade, market = undefined) {
        // Public trades (trades/{currency_pair}): { date, price, amount, tid, currency_pair, trade_type (bid: a
        // buy, ask: a sell) }. The account's trades (trade_history, keyed by id, the id added by the caller):
        // { currency_pair, action (the taker's side), amount, price, fee, your_action (the account's side; both
        // for a trade with itself), bonus (the fee rebated), timestamp, comment }.
        const marketId = this.safeString (trade, 'currency_pair');
        market = this.safeMarket (marketId, market, '_');
        const sides = this.safeDict (this.options, 'sides', {});
        const action = this.safeString (trade, 'action');
        const yourAction = this.safeString (trade, 'your_action');
        let side = undefined;
        let takerOrMaker = undefined;
        let fee = undefined;
        if (yourAction === undefined) {
            side = this.safeString (sides, this.safeString (trade, 'trade_type'));
        } else {
            side = this.safeString (sides, yourAction);
            if ((side !== undefined) && (action !== undefined)) {
                takerOrMaker = (yourAction === action) ? 'taker' : 'maker';
            }
            // fee less bonus; the docs name no currency for either. Their example (a 0.03 BTC sell at 56000 JPY,
            // bonus 1.6) is 0.1 % of the 1680 JPY it traded, in the quote currency, which is the one used here.
            const feeCost = this.safeString (trade, 'fee');
            const bonus = this.safeString (trade, 'bonus');
            if ((feeCost !== undefined) || (bonus !== undefined)) {
                fee = {
                    'cost': Precise.stringSub ((feeCost === undefined) ? '0' : feeCost, (bonus === undefined) ? '0' : bonus),
                    'currency': market['quote'],
                };
            }
        }
        return this.safeTrade ({
            'id': this.safeString (trade, 'tid'),
            'timestamp': this.safeTimestamp2 (trade, 'date', 'timestamp'),
            'symbol': market['symbol'],
            'side': side,
            'takerOrMaker': takerOrMaker,
            'price': this.safeString (trade, 'price'),
            'amount': this.safeString (trade, 'amount'),
            'fee': fee,
            'info': trade,
        }, market);
    }

    async fetchTrades (symbol, since = undefined, limit = undefined, params = {}) {
        // trades/{currency_pair}: the latest trades, the newest first.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetTradesPair (this.extend ({ 'pair': market['id'] }, params));
        if (!Array.isArray (response)) {
            throw new BadResponse (this.id + ' sent a trade list that is no list: ' + this.excerpt (this.json (response)));
        }
        return this.parseTrades (response, market, since, limit);
    }

    // --- account -------------------------------------------------------------------------------------

    async fetchBalance (params = {}) {
        // get_info2: { funds (what is free, by currency id), deposit (the whole balance, orders included),
        // rights, open_orders, server_time }.
        await this.loadMarkets ();
        const response = await this.privatePostGetInfo2 (params);
        const data = this.returnOf (response);
        const funds = this.safeDict (data, 'funds', {});
        const deposit = this.safeDict (data, 'deposit', {});
        const result = {
            'info': response,
            'timestamp': this.safeTimestamp (data, 'server_time'),
        };
        result['datetime'] = this.iso8601 (result['timestamp']);
        const ids = this.unique (this.arrayConcat (Object.keys (funds), Object.keys (deposit)));
        for (let i = 0; i < ids.length; i++) {
            const id = ids[i];
            const account = this.account ();
            account['free'] = this.safeString (funds, id);
            account['total'] = this.safeString (deposit, id);
            result[this.safeCurrencyCode (id)] = account;
        }
        return this.safeBalance (result);
    }

    returnOf (response) {
        // The 'return' dictionary of a successful trade API answer (handleErrors has thrown for the others). An
        // empty list stands for an empty dictionary (a list without entries).
        const data = this.safeValue (response, 'return');
        if (Array.isArray (data) && (data.length === 0)) {
            return {};
        }
        if ((data === undefined) || Array.isArray (data) || (typeof data !== 'object')) {
            throw new BadResponse (this.id + ' sent an answer without a return dictionary: ' + this.excerpt (this.json (response)));
        }
        return data;
    }

    // --- trading -------------------------------------------------------------------------------------

    parseOrder (order, market = undefined) {
        // active_orders (keyed by order id, the id added by the caller): { currency_pair, action, amount, price,
        // timestamp }. trade and cancel_order answer with the order's id and the balance only: the callers build
        // those orders.
        const marketId = this.safeString (order, 'currency_pair');
        market = this.safeMarket (marketId, market, '_');
        const sides = this.safeDict (this.options, 'sides', {});
        return this.safeOrder ({
            'id': this.safeString (order, 'order_id'),
            'timestamp': this.safeTimestamp (order, 'timestamp'),
            'symbol': market['symbol'],
            'type': 'limit',
            'side': this.safeString (sides, this.safeString (order, 'action')),
            'price': this.safeString (order, 'price'),
            'amount': this.safeString (order, 'amount'),
            'status': 'open',
            'info': order,
        }, market);
    }

    async createOrder (symbol, type, side, amount, price = undefined, params = {}) {
        // trade: currency_pair, action (bid or ask), price, amount, limit (a take-profit limit order placed for
        // what fills), comment. Only limit orders, good till canceled; the answer is { received (filled now),
        // remains (left on the book), order_id (0 when nothing remains), funds }.
        if (type !== 'limit') {
            throw new NotSupported (this.id + ' createOrder () places limit orders only, not ' + type + ' orders');
        }
        const timeInForce = this.safeStringUpper (params, 'timeInForce');
        if ((timeInForce !== undefined) && (timeInForce !== 'GTC') && (timeInForce !== 'PO')) {
            throw new NotSupported (this.id + ' createOrder () does not support the unified param timeInForce ' + timeInForce + ': orders rest on the book until canceled (GTC)');
        }
        const [ unified, rest ] = this.unifiedOrderParams (type, params);
        this.rejectUnifiedParams ('createOrder', unified, [ 'postOnly', 'reduceOnly', 'triggerPrice', 'stopLossPrice', 'takeProfitPrice', 'clientOrderId', 'cost' ]);
        if ((side !== 'buy') && (side !== 'sell')) {
            throw new InvalidOrder (this.id + ' createOrder () side must be buy or sell, not ' + side);
        }
        if (price === undefined) {
            throw new ArgumentsRequired (this.id + ' createOrder () requires a price for a limit order');
        }
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = {
            'currency_pair': market['id'],
            'action': (side === 'buy') ? 'bid' : 'ask',
            'price': this.priceToPrecision (symbol, price),
            'amount': this.amountToPrecision (symbol, amount),
        };
        const response = await this.privatePostTrade (this.extend (request, rest));
        // An order filled at once leaves nothing on the book: its order_id is 0, the only id it has.
        const data = this.returnOf (response);
        const remains = this.safeString (data, 'remains');
        let status = undefined;
        if (remains !== undefined) {
            status = Precise.stringEq (remains, '0') ? 'closed' : 'open';
        }
        return this.safeOrder ({
            'id': this.safeString (data, 'order_id'),
            'symbol': market['symbol'],
            'type': 'limit',
            'side': side,
            'price': request['price'],
            'amount': request['amount'],
            'filled': this.safeString (data, 'received'),
            'remaining': remains,
            'status': status,
            'info': response,
        }, market);
    }

    async cancelOrder (id, symbol = undefined, params = {}) {
        // cancel_order: order_id, currency_pair (optional); answers { order_id, funds }.
        await this.loadMarkets ();
        let market = undefined;
        const request = { 'order_id': id };
        if (symbol !== undefined) {
            market = this.market (symbol);
            request['currency_pair'] = market['id'];
        }
        const response = await this.privatePostCancelOrder (this.extend (request, params));
        const data = this.returnOf (response);
        return this.safeOrder ({
            'id': this.safeString (data, 'order_id', id),
            'symbol': (market === undefined) ? undefined : market['symbol'],
            'status': 'canceled',
            'info': response,
        }, market);
    }

    async fetchOpenOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // active_orders: currency_pair (optional: every pair without it; the docs' is_token true lists the
        // counterparty tokens' orders instead). Answers { "<order id>": { order }, ... }.
        await this.loadMarkets ();
        let market = undefined;
        const request = {};
        if (symbol !== undefined) {
            market = this.market (symbol);
            request['currency_pair'] = market['id'];
        }
        const response = await this.privatePostActiveOrders (this.extend (request, params));
        const data = this.returnOf (response);
        const ids = Object.keys (data);
        const result = [];
        for (let i = 0; i < ids.length; i++) {
            const entry = this.safeDict (data, ids[i]);
            if (entry === undefined) {
                continue;
            }
            result.push (this.extend (this.parseOrder (entry, market), { 'id': ids[i] }));
        }
        return this.filterBySymbolSinceLimit (this.sortBy (result, 'timestamp'), symbol, since, limit);
    }

    async fetchMyTrades (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // trade_history: currency_pair (without it only a few old pairs are listed, so a symbol is required),
        // count, since and end (Unix seconds; either one sorts the oldest first), order (DESC by default).
        // Answers { "<trade id>": { trade }, ... }.
        if (symbol === undefined) {
            throw new ArgumentsRequired (this.id + ' fetchMyTrades () requires a symbol: trade_history without currency_pair lists only some pairs');
        }
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'currency_pair': market['id'] };
        if (limit !== undefined) {
            request['count'] = limit;
        }
        if (since !== undefined) {
            request['since'] = Math.floor (since / 1000);
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            request['end'] = Math.floor (until / 1000);
        }
        const response = await this.privatePostTradeHistory (this.extend (request, this.omit (params, 'until')));
        const data = this.returnOf (response);
        const ids = Object.keys (data);
        const result = [];
        for (let i = 0; i < ids.length; i++) {
            const entry = this.safeDict (data, ids[i]);
            if (entry === undefined) {
                continue;
            }
            result.push (this.extend (this.parseTrade (entry, market), { 'id': ids[i] }));
        }
        return this.filterBySymbolSinceLimit (this.sortBy (result, 'timestamp'), market['symbol'], since, limit);
    }

    // --- funding -------------------------------------------------------------------------------------

    parseTransaction (transaction, currency = undefined) {
        // deposit_history and withdraw_history (keyed by id, the id and type added by the caller): { timestamp,
        // address, amount, txid }. withdraw: { txid (empty until the transfer is sent), fee, funds }.
        const code = this.safeCurrencyCode (undefined, currency);
        const feeCost = this.safeString (transaction, 'fee');
        return this.safeTransaction ({
            'id': this.safeString (transaction, 'id'),
            'txid': this.safeString (transaction, 'txid'),
            'timestamp': this.safeTimestamp (transaction, 'timestamp'),
            'address': this.safeString (transaction, 'address'),
            'amount': this.safeString (transaction, 'amount'),
            'currency': code,
            'fee': (feeCost === undefined) ? undefined : { 'cost': feeCost, 'currency': code },
            'info': transaction,
        }, currency);
    }

    async transactionHistory (type, code, since, limit, params) {
        // deposit_history or withdraw_history: currency (required), count, since and end (Unix seconds).
        if (code === undefined) {
            throw new ArgumentsRequired (this.id + ' ' + type + ' history requires a currency code: the API lists one currency at a time');
        }
        await this.loadMarkets ();
        const currency = this.currency (code);
        const request = { 'currency': currency['id'] };
        if (limit !== undefined) {
            request['count'] = limit;
        }
        if (since !== undefined) {
            request['since'] = Math.floor (since / 1000);
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            request['end'] = Math.floor (until / 1000);
        }
        const query = this.extend (request, this.omit (params, 'until'));
        let response = undefined;
        if (type === 'deposit') {
            response = await this.privatePostDepositHistory (query);
        } else {
            response = await this.privatePostWithdrawHistory (query);
        }
        const data = this.returnOf (response);
        const ids = Object.keys (data);
        const result = [];
        for (let i = 0; i < ids.length; i++) {
            const entry = this.safeDict (data, ids[i]);
            if (entry === undefined) {
                continue;
            }
            result.push (this.extend (this.parseTransaction (entry, currency), { 'id': ids[i], 'type': type }));
        }
        return this.filterByCurrencySinceLimit (this.sortBy (result, 'timestamp'), currency['code'], since, limit);
    }

    async fetchDeposits (code = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.transactionHistory ('deposit', code, since, limit, params);
    }

    async fetchWithdrawals (code = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.transactionHistory ('withdrawal', code, since, limit, params);
    }

    async withdraw (code, amount, address, tag = undefined, params = {}) {
        // withdraw: currency (not jpy), address, amount, message (XEM only: the tag), opt_fee (btc and mona only:
        // the miners' fee). The docs name no network parameter.
        if (this.safeValue (params, 'network') !== undefined) {
            throw new NotSupported (this.id + ' withdraw () does not support the unified param network: the API withdraws on the currency\'s one network');
        }
        await this.loadMarkets ();
        const currency = this.currency (code);
        const request = {
            'currency': currency['id'],
            'address': address,
            'amount': this.numberToString (amount),
        };
        if (tag !== undefined) {
            request['message'] = tag;
        }
        const response = await this.privatePostWithdraw (this.extend (request, params));
        const data = this.returnOf (response);
        const result = this.parseTransaction (data, currency);
        return this.extend (result, {
            'type': 'withdrawal',
            'address': address,
            'tag': tag,
            'amount': this.parseNumber (request['amount']),
            'info': response,
        });
    }

    // --- transport -----------------------------------------------------------------------------------

    nonce () {
        // Unix seconds with the milliseconds as decimals ('1700000000.123'): the docs allow a fractional nonce
        // that must grow with every request.
        const milliseconds = this.milliseconds ();
        const fraction = this.numberToString (milliseconds % 1000);
        return this.numberToString (Math.floor (milliseconds / 1000)) + '.' + fraction.padStart (3, '0');
    }

    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        if (api === 'public') {
            let url = this.urls['api']['public'] + '/' + this.implodeParams (path, params);
            const query = this.omit (params, this.extractParams (path));
            if (Object.keys (query).length > 0) {
                url = url + '?' + this.urlencode (query);
            }
            return { 'url': url, 'method': method, 'body': body, 'headers': headers };
        }
        // The body: nonce, method and the method's parameters, form-encoded; Sign is its HMAC-SHA512 in hex.
        this.checkRequiredCredentials ();
        if (('nonce' in params) || ('method' in params)) {
            throw new BadRequest (this.id + ' ' + path + ' takes no parameter nonce or method: the request sets its own');
        }
        body = this.urlencode (this.extend ({ 'nonce': this.nonce (), 'method': path }, params));
        headers = {
            'Content-Type': 'application/x-www-form-urlencoded',
            'Key': this.apiKey,
            'Sign': this.hmac (this.encode (body), this.encode (this.secret), 'sha512'),
        };
        return { 'url': this.urls['api']['private'], 'method': method, 'body': body, 'headers': headers };
    }

    handleErrors (status, reason, url, method, responseHeaders, responseBody, response, requestHeaders, requestBody) {
        // The trade API: { "success": 0, "error": "<message>" }; a public method: { "error": "<message>" }. The
        // message picks the error class (the docs' list); any other is an ExchangeError.
        if ((response === undefined) || Array.isArray (response) || (typeof response !== 'object')) {
            return undefined;
        }
        const success = this.safeString (response, 'success');
        if (success === '1') {
            return undefined;
        }
        const message = this.safeString (response, 'error');
        if ((success === undefined) && (message === undefined)) {
            return undefined;
        }
        const feedback = this.id + ' ' + this.excerpt (responseBody);
        if (message !== undefined) {
            this.throwExactlyMatchedException (this.exceptions['exact'], message, feedback);
            this.throwBroadlyMatchedException (this.exceptions['broad'], message, feedback);
        }
        throw new ExchangeError (feedback);
    }
}
