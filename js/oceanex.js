// OceanEx REST API v1: https://api.oceanex.pro/doc/v1
//
// Spot trading on OceanEx (OceanEx Limited, the Bahamas; the exchange of the VeChainThor ecosystem). Every answer is
// { code, message, data }, code 0 for success. Market data comes from the public endpoints; the account and its
// orders from the private ones, whose parameters travel inside a JSON Web Token signed RS256 with the private key of
// the user's API key (see sign ()). The documentation's current revision names https://api.oceanex.cc/v1 as the base
// of every REST call (an earlier one named https://api.oceanex.pro/v1).
import Exchange from './base/Exchange.js';
import Precise from './base/Precise.js';
import { ArgumentsRequired, AuthenticationError, BadRequest, BadResponse, ExchangeError, ExchangeNotAvailable, InvalidOrder, NotSupported, OrderNotFound, PermissionDenied, RateLimitExceeded } from './base/errors.js';

export default class oceanex extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'oceanex',
            'name': 'OceanEx',
            'countries': [ 'BS' ],
            'version': 'v1',
            // 3000 requests a minute per endpoint, 1200 new orders a minute: the stricter, one every 50 ms.
            'rateLimit': 50,
            'has': {
                'fetchMarkets': true,
                'fetchCurrencies': false,
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
                'fetchMyTrades': false,
                'fetchDeposits': false,
                'fetchWithdrawals': false,
                'fetchTransactions': false,
                'fetchLedger': false,
                'fetchDepositAddress': false,
                'withdraw': false,
                'fetchTime': true,
                'fetchStatus': false,
                'fetchTradingFees': true,
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
                'api': 'https://api.oceanex.cc',
                'www': 'https://oceanex.pro',
                'doc': 'https://api.oceanex.pro/doc/v1',
            },
            // The documentation recommends POST for every call and says which ones also take GET. Market data is read
            // with GET (the parameters in the query string); the private calls are POSTs of a form with the token,
            // except the order status, which is a GET (the token in the query string).
            'api': {
                'public': {
                    'get': [
                        'markets',
                        'tickers/{market}',
                        'tickers_multi',
                        'order_book',
                        'trades',
                        'k',
                        'fees/trading',
                        'timestamp',
                    ],
                },
                'private': {
                    'get': [
                        'orders',
                    ],
                    'post': [
                        'members/me',
                        'orders',
                        'orders/filter',
                        'order/delete',
                    ],
                },
            },
            // The K line's period, in minutes.
            'timeframes': {
                '1m': '1',
                '5m': '5',
                '15m': '15',
                '30m': '30',
                '1h': '60',
                '2h': '120',
                '4h': '240',
                '6h': '360',
                '12h': '720',
                '1d': '1440',
                '3d': '4320',
                '1w': '10080',
            },
            // The uid of the account and the apikey_id of the key (both shown on the API key page) go into every
            // token; the secret is the RSA private key whose public key was registered with the key, in PEM.
            'requiredCredentials': {
                'uid': true,
                'apiKey': true,
                'secret': true,
            },
            // fees/trading reports each market's rates (fetchTradingFees): no default rate is stated.
            'fees': {
                'trading': {
                    'tierBased': false,
                    'percentage': true,
                    'maker': undefined,
                    'taker': undefined,
                },
            },
            'options': {
                // The states of an order: wait (on the book), wait_trigger (a stop-limit order not yet triggered),
                // cancelling (off the book, not yet settled), cancel (canceled by the user or the system), done
                // (filled).
                'orderStatuses': {
                    'wait': 'open',
                    'wait_trigger': 'open',
                    'cancelling': 'open',
                    'cancel': 'canceled',
                    'done': 'closed',
                },
                'orderTypes': {
                    'limit': 'limit',
                    'market': 'market',
                    'stop_limit': 'limit',
                },
            },
            // The codes of the documentation's REST Errors table, matched exactly. A code -2 whose message reports
            // 'Exceeding request Limit' (a new order beyond the order rate) is a rate limit (OceanEx's own client,
            // github.com/OceanEx/hummingbot, hummingbot/market/ocean/ocean_client.py, retries on it).
            'exceptions': {
                'exact': {
                    '-1': ExchangeNotAvailable, // Server error
                    '-2': ExchangeNotAvailable,
                    '-9': ExchangeNotAvailable,
                    '1005': ExchangeNotAvailable,
                    '1001': AuthenticationError, // Token is not in a valid JWT format
                    '1002': AuthenticationError, // Payload cannot be empty
                    '1003': AuthenticationError, // JWT encoding algorithm is wrong, RS256 is required
                    '9001': AuthenticationError,
                    '1004': AuthenticationError, // Missing parameters or invalid format in authentication payload
                    '9002': AuthenticationError,
                    '1006': AuthenticationError, // The account does not exist
                    '1007': AuthenticationError, // Your account has no public key
                    '1008': AuthenticationError, // Your key is disabled
                    '1010': AuthenticationError, // Token verification failed
                    '1011': PermissionDenied, // This IP is not allowed
                    '2001': AuthenticationError, // Token expired
                    '2002': InvalidOrder, // Failed to create order: error parameter or exceeding request limit
                    '2003': InvalidOrder, // Failed to cancel order
                    '2004': OrderNotFound, // Order doesn't exist
                    '2012': BadRequest, // Deposit doesn't exist
                    '3001': BadRequest, // Withdraw amount less than required amount
                    '3002': PermissionDenied, // Withdraw rid is not whitelisted
                    '9003': PermissionDenied, // No permission for the API, or the API does not exist
                },
                'broad': {
                    'Exceeding request Limit': RateLimitExceeded,
                },
            },
        });
    }

    // --- answers -------------------------------------------------------------------------------------

    dataDict (response, method) {
        // The data of an answer that holds a dictionary there.
        const data = this.safeDict (response, 'data');
        if (data === undefined) {
            throw new BadResponse (this.id + ' ' + method + ' () got no data: ' + this.excerpt (this.json (response)));
        }
        return data;
    }

    orderIdNumber (id, method) {
        // Order ids are integers (ids and id of the order calls); the unified id is their decimal text.
        const text = (typeof id === 'number') ? this.numberToString (id) : id;
        const number = (typeof text === 'string') ? this.safeInteger ({ 'id': text }, 'id') : undefined;
        if ((number === undefined) || (this.numberToString (number) !== text)) {
            throw new BadRequest (this.id + ' ' + method + ' () takes the order id OceanEx gives, an integer');
        }
        return number;
    }

    // --- markets -------------------------------------------------------------------------------------

    async fetchTime (params = {}) {
        // GET timestamp: { code, message, data: the server's time in UNIX seconds }.
        const response = await this.publicGetTimestamp (params);
        const time = this.safeTimestamp (response, 'data');
        if (time === undefined) {
            throw new BadResponse (this.id + ' fetchTime () got no time: ' + this.excerpt (this.json (response)));
        }
        return time;
    }

    async fetchMarkets (params = {}) {
        // GET markets: { data: [ { id: 'vetusdt', name: 'VET/USDT' } ] }. The name is the only place that splits a
        // market into its currencies, whose ids the account calls write in lower case (members/me: 'vet'). No
        // precision, limit or state is reported.
        const response = await this.publicGetMarkets (params);
        const entries = this.requiredList (response, 'data');
        const result = [];
        for (let i = 0; i < entries.length; i++) {
            result.push (this.parseMarket (entries[i]));
        }
        return result;
    }

    parseMarket (entry) {
        const id = this.safeString (entry, 'id');
        const name = this.safeString (entry, 'name');
        const parts = (name === undefined) ? [] : name.split ('/');
        if ((id === undefined) || (parts.length !== 2) || (parts[0] === '') || (parts[1] === '')) {
            throw new BadResponse (this.id + ' sent a market without an id or a name BASE/QUOTE: ' + this.excerpt (this.json (entry)));
        }
        const baseId = parts[0].toLowerCase ();
        const quoteId = parts[1].toLowerCase ();
        const base = this.safeCurrencyCode (baseId);
        const quote = this.safeCurrencyCode (quoteId);
        return this.safeMarketStructure ({
            'id': id,
            'symbol': base + '/' + quote,
            'base': base,
            'quote': quote,
            'baseId': baseId,
            'quoteId': quoteId,
            'type': 'spot',
            'spot': true,
            'precision': {
                'amount': undefined,
                'price': undefined,
            },
            'limits': {
                'amount': { 'min': undefined, 'max': undefined },
                'price': { 'min': undefined, 'max': undefined },
                'cost': { 'min': undefined, 'max': undefined },
            },
            'info': entry,
        });
    }

    // --- market data ---------------------------------------------------------------------------------

    parseTicker (ticker, market = undefined) {
        // tickers/{market}: { at, ticker: { buy, sell, low, high, last, vol } }; tickers_multi adds market. at is in
        // UNIX seconds, vol is in the base currency.
        const marketId = this.safeString (ticker, 'market');
        if ((ticker === undefined) || Array.isArray (ticker) || (typeof ticker !== 'object') || ((marketId === undefined) && (market === undefined))) {
            throw new BadResponse (this.id + ' sent a ticker that is not a dictionary with its market: ' + this.excerpt (this.json (ticker)));
        }
        market = this.safeMarket (marketId, market);
        const values = this.safeDict (ticker, 'ticker', {});
        const timestamp = this.safeTimestamp (ticker, 'at');
        const last = this.safeString (values, 'last');
        return this.safeTicker ({
            'symbol': market['symbol'],
            'timestamp': timestamp,
            'datetime': this.iso8601 (timestamp),
            'high': this.safeString (values, 'high'),
            'low': this.safeString (values, 'low'),
            'bid': this.safeString (values, 'buy'),
            'ask': this.safeString (values, 'sell'),
            'last': last,
            'close': last,
            'baseVolume': this.safeString (values, 'vol'),
            'info': ticker,
        }, market);
    }

    async fetchTicker (symbol, params = {}) {
        // GET tickers/{market}: { data: { at, ticker } }.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetTickersMarket (this.extend ({ 'market': market['id'] }, params));
        const data = this.dataDict (response, 'fetchTicker');
        if (this.safeDict (data, 'ticker') === undefined) {
            throw new BadResponse (this.id + ' fetchTicker () got no ticker: ' + this.excerpt (this.json (response)));
        }
        return this.parseTicker (data, market);
    }

    async fetchTickers (symbols = undefined, params = {}) {
        // GET tickers_multi?markets[]=...: { data: [ { at, market, ticker } ] }, of the symbols' markets or of every
        // market loaded. (The documentation's example of the all-tickers call, tickers, is not JSON.)
        await this.loadMarkets ();
        const ids = (symbols === undefined) ? this.ids : this.marketIds (symbols);
        const response = await this.publicGetTickersMulti (this.extend ({ 'markets[]': ids }, params));
        return this.parseTickers (this.requiredList (response, 'data'), symbols);
    }

    async fetchOrderBook (symbol, limit = undefined, params = {}) {
        // GET order_book?market&limit (300 levels a side by default): { data: { timestamp (UNIX seconds), asks,
        // bids: [ [ price, volume ] ] } }, both sides from the highest price to the lowest.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'market': market['id'] };
        if (limit !== undefined) {
            request['limit'] = limit;
        }
        const response = await this.publicGetOrderBook (this.extend (request, params));
        const data = this.dataDict (response, 'fetchOrderBook');
        this.checkBookSide (this.requiredList (data, 'asks'));
        this.checkBookSide (this.requiredList (data, 'bids'));
        return this.parseOrderBook (data, market['symbol'], this.safeTimestamp (data, 'timestamp'));
    }

    checkBookSide (levels) {
        // Each level is [ price, volume ], two decimal numbers (written as strings): anything else is no book, rather
        // than a level without a price.
        for (let i = 0; i < levels.length; i++) {
            const level = levels[i];
            const valid = Array.isArray (level) && (level.length >= 2) && this.isDecimalString (this.safeString (level, 0)) && this.isDecimalString (this.safeString (level, 1));
            if (!valid) {
                throw new BadResponse (this.id + ' sent an order book level that is not [ price, volume ]: ' + this.excerpt (this.json (level)));
            }
        }
    }

    parseTrade (trade, market = undefined) {
        // trades: { id, price, volume, funds, market, created_at (ISO 8601), created_on (UNIX seconds), side }:
        // volume in the base currency, funds in the quote currency; side may be null.
        if ((trade === undefined) || Array.isArray (trade) || (typeof trade !== 'object')) {
            throw new BadResponse (this.id + ' sent a trade that is not a dictionary: ' + this.excerpt (this.json (trade)));
        }
        if (!this.isDecimalString (this.safeString (trade, 'price')) || !this.isDecimalString (this.safeString (trade, 'volume'))) {
            throw new BadResponse (this.id + ' sent a trade without a price and a volume: ' + this.excerpt (this.json (trade)));
        }
        const marketId = this.safeString (trade, 'market');
        market = this.safeMarket (marketId, market);
        let timestamp = this.safeTimestamp (trade, 'created_on');
        if (timestamp === undefined) {
            timestamp = this.parse8601 (this.safeString (trade, 'created_at'));
        }
        const side = this.safeStringLower (trade, 'side');
        return this.safeTrade ({
            'id': this.safeString (trade, 'id'),
            'timestamp': timestamp,
            'datetime': this.iso8601 (timestamp),
            'symbol': market['symbol'],
            'side': ((side === 'buy') || (side === 'sell')) ? side : undefined,
            'price': this.safeString (trade, 'price'),
            'amount': this.safeString (trade, 'volume'),
            'cost': this.safeString (trade, 'funds'),
            'info': trade,
        }, market);
    }

    async fetchTrades (symbol, since = undefined, limit = undefined, params = {}) {
        // GET trades?market&limit (50 by default)&start (UNIX seconds)&order_by: { data: [ ... ] }, newest first
        // unless order_by is asc, which a since asks for (the first trades from since).
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'market': market['id'] };
        if (limit !== undefined) {
            request['limit'] = limit;
        }
        if (since !== undefined) {
            request['start'] = Math.floor (since / 1000);
            request['order_by'] = 'asc';
        }
        const response = await this.publicGetTrades (this.extend (request, params));
        return this.parseTrades (this.requiredList (response, 'data'), market, since, limit);
    }

    async fetchOHLCV (symbol, timeframe = '1m', since = undefined, limit = undefined, params = {}) {
        // GET k?market&period (minutes)&limit (30 by default)&timestamp (UNIX seconds: the candles from then): { data:
        // [ [ time (UNIX seconds), open, high, low, close, volume ] ] }. The call has no end of a range.
        this.rejectUnifiedParams ('fetchOHLCV', params, [ 'until' ]);
        await this.loadMarkets ();
        const market = this.market (symbol);
        const period = this.safeString (this.timeframes, timeframe);
        if (period === undefined) {
            throw new BadRequest (this.id + ' fetchOHLCV () does not support the timeframe ' + timeframe + ': one of ' + Object.keys (this.timeframes).join (', '));
        }
        const request = { 'market': market['id'], 'period': parseInt (period) };
        if (limit !== undefined) {
            request['limit'] = limit;
        }
        if (since !== undefined) {
            request['timestamp'] = Math.floor (since / 1000);
        }
        const response = await this.publicGetK (this.extend (request, params));
        return this.parseOHLCVs (this.requiredList (response, 'data'), market, timeframe, since, limit);
    }

    parseOHLCV (ohlcv, market = undefined) {
        // [ time, open, high, low, close, volume ], numbers all: anything else is no candle.
        let valid = Array.isArray (ohlcv) && (ohlcv.length >= 6);
        for (let i = 0; valid && (i < 6); i++) {
            valid = this.isDecimalString (this.safeString (ohlcv, i));
        }
        if (!valid) {
            throw new BadResponse (this.id + ' sent a K line entry that is not [ time, open, high, low, close, volume ]: ' + this.excerpt (this.json (ohlcv)));
        }
        return [
            this.safeTimestamp (ohlcv, 0),
            this.safeNumber (ohlcv, 1),
            this.safeNumber (ohlcv, 2),
            this.safeNumber (ohlcv, 3),
            this.safeNumber (ohlcv, 4),
            this.safeNumber (ohlcv, 5),
        ];
    }

    async fetchTradingFees (params = {}) {
        // GET fees/trading: { data: [ { market, ask_fee: { type: 'relative', value }, bid_fee: { ... } } ] }: the
        // rate of a sell (ask) and of a buy (bid), not of a maker and a taker. Where both are the same relative rate,
        // it is the maker's and the taker's; otherwise neither is stated (info holds them). Markets not loaded are
        // left out.
        await this.loadMarkets ();
        const response = await this.publicGetFeesTrading (params);
        const entries = this.requiredList (response, 'data');
        const result = {};
        for (let i = 0; i < entries.length; i++) {
            const entry = entries[i];
            const marketId = this.safeString (entry, 'market');
            if ((marketId === undefined) || (this.safeList (this.marketsById, marketId) === undefined)) {
                continue;
            }
            const market = this.safeMarket (marketId);
            const askFee = this.safeDict (entry, 'ask_fee', {});
            const bidFee = this.safeDict (entry, 'bid_fee', {});
            const askRate = this.safeString (askFee, 'value');
            const bidRate = this.safeString (bidFee, 'value');
            const relative = (this.safeString (askFee, 'type') === 'relative') && (this.safeString (bidFee, 'type') === 'relative');
            let rate = undefined;
            if (relative && (askRate !== undefined) && (bidRate !== undefined) && Precise.stringEq (askRate, bidRate)) {
                rate = this.parseNumber (askRate);
            }
            result[market['symbol']] = {
                'symbol': market['symbol'],
                'maker': rate,
                'taker': rate,
                'info': entry,
            };
        }
        return result;
    }

    // --- account -------------------------------------------------------------------------------------

    async fetchBalance (params = {}) {
        // POST members/me: { data: { accounts: [ { currency, balance, locked } ] } }: balance is what is free,
        // locked what open orders hold.
        await this.loadMarkets ();
        const response = await this.privatePostMembersMe (params);
        const data = this.dataDict (response, 'fetchBalance');
        const accounts = this.requiredList (data, 'accounts');
        const result = { 'info': response };
        for (let i = 0; i < accounts.length; i++) {
            const currencyId = this.safeString (accounts[i], 'currency');
            if (currencyId === undefined) {
                continue;
            }
            result[this.safeCurrencyCode (currencyId)] = {
                'free': this.safeString (accounts[i], 'balance'),
                'used': this.safeString (accounts[i], 'locked'),
                'total': undefined,
            };
        }
        return this.safeBalance (result);
    }

    // --- orders --------------------------------------------------------------------------------------

    parseOrder (order, market = undefined) {
        // orders, order/delete and orders (status): { id, market, side, ord_type, state, price, avg_price, volume,
        // remaining_volume, executed_volume, trades_count, created_at (ISO 8601), created_on (UNIX seconds, a
        // string) }; orders/filter writes market_id (and market_name) for market. avg_price is 0 until a trade.
        const id = this.safeString (order, 'id');
        if (id === undefined) {
            throw new BadResponse (this.id + ' sent an order without an id: ' + this.excerpt (this.json (order)));
        }
        const marketId = this.safeString2 (order, 'market', 'market_id');
        market = this.safeMarket (marketId, market);
        let timestamp = this.safeTimestamp (order, 'created_on');
        if (timestamp === undefined) {
            timestamp = this.parse8601 (this.safeString (order, 'created_at'));
        }
        const side = this.safeStringLower (order, 'side');
        let average = this.safeString (order, 'avg_price');
        if ((average !== undefined) && this.isDecimalString (average) && Precise.stringEq (average, '0')) {
            average = undefined;
        }
        return this.safeOrder ({
            'id': id,
            'timestamp': timestamp,
            'datetime': this.iso8601 (timestamp),
            'symbol': market['symbol'],
            'type': this.safeString (this.options['orderTypes'], this.safeString (order, 'ord_type')),
            'side': ((side === 'buy') || (side === 'sell')) ? side : undefined,
            'price': this.safeString (order, 'price'),
            'average': average,
            'amount': this.safeString (order, 'volume'),
            'filled': this.safeString (order, 'executed_volume'),
            'remaining': this.safeString (order, 'remaining_volume'),
            'status': this.safeString (this.options['orderStatuses'], this.safeString (order, 'state')),
            'info': order,
        }, market);
    }

    async createOrder (symbol, type, side, amount, price = undefined, params = {}) {
        // POST orders { market, side, volume, price (limit orders), ord_type: limit, market or stop_limit,
        // stop_price and trigger_condition (gte or lte: the price at or above, at or below it) of a stop-limit
        // order }: { data: the order }. A limit order rests until canceled; no post-only, time in force, client id
        // or order sized in the quote currency is documented, and stop orders are limit orders only. stopLossPrice
        // triggers a sell when the price falls to it (lte) and a buy when it rises to it (gte), takeProfitPrice the
        // other way; a bare triggerPrice needs params['trigger_condition'] to say which.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const [ unified, rest ] = this.unifiedOrderParams (type, params);
        this.rejectUnifiedParams ('createOrder', unified, [ 'postOnly', 'reduceOnly', 'clientOrderId', 'cost' ]);
        if ((type !== 'market') && (type !== 'limit')) {
            throw new InvalidOrder (this.id + ' createOrder () type must be market or limit, not ' + type);
        }
        if ((side !== 'buy') && (side !== 'sell')) {
            throw new InvalidOrder (this.id + ' createOrder () side must be buy or sell, not ' + side);
        }
        const timeInForce = unified['timeInForce'];
        if ((timeInForce !== undefined) && ((type !== 'limit') || (timeInForce !== 'GTC'))) {
            throw new NotSupported (this.id + ' createOrder () does not support the unified param timeInForce ' + timeInForce + ': limit orders are good till canceled, market orders take no time in force');
        }
        const request = {
            'market': market['id'],
            'side': side,
            'volume': this.amountToPrecision (symbol, amount),
            'ord_type': type,
        };
        if (type === 'limit') {
            if (price === undefined) {
                throw new ArgumentsRequired (this.id + ' createOrder () requires a price for a limit order');
            }
            request['price'] = this.priceToPrecision (symbol, price);
        }
        let remaining = rest;
        const kind = unified['triggerKind'];
        if (kind !== undefined) {
            if (type !== 'limit') {
                throw new InvalidOrder (this.id + ' createOrder () places stop orders as limit orders only (stop_limit): ' + kind + ' needs type limit and a price');
            }
            const given = this.safeString (rest, 'trigger_condition');
            let condition = given;
            if (kind === 'stopLossPrice') {
                condition = (side === 'sell') ? 'lte' : 'gte';
            } else if (kind === 'takeProfitPrice') {
                condition = (side === 'sell') ? 'gte' : 'lte';
            } else if ((condition !== 'gte') && (condition !== 'lte')) {
                throw new ArgumentsRequired (this.id + ' createOrder () triggerPrice needs params[\'trigger_condition\'], gte (trigger at or above it) or lte (at or below it)');
            }
            if ((given !== undefined) && (given !== condition)) {
                throw new InvalidOrder (this.id + ' createOrder () ' + kind + ' of a ' + side + ' triggers with trigger_condition ' + condition + ', not ' + given);
            }
            remaining = this.omit (rest, 'trigger_condition');
            request['ord_type'] = 'stop_limit';
            request['stop_price'] = this.priceToPrecision (symbol, unified['trigger']);
            request['trigger_condition'] = condition;
        }
        const response = await this.privatePostOrders (this.extend (request, remaining));
        return this.parseOrder (this.dataDict (response, 'createOrder'), market);
    }

    async cancelOrder (id, symbol = undefined, params = {}) {
        // POST order/delete { id }: { data: the order }.
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const request = { 'id': this.orderIdNumber (id, 'cancelOrder') };
        const response = await this.privatePostOrderDelete (this.extend (request, params));
        return this.parseOrder (this.dataDict (response, 'cancelOrder'), market);
    }

    async fetchOrder (id, symbol = undefined, params = {}) {
        // GET orders { ids: [ id ] }: { data: [ the order ] }; an id of no order of the account is not listed.
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const number = this.orderIdNumber (id, 'fetchOrder');
        const response = await this.privateGetOrders (this.extend ({ 'ids': [ number ] }, params));
        const orders = this.requiredList (response, 'data');
        const wanted = this.numberToString (number);
        for (let i = 0; i < orders.length; i++) {
            if (this.safeString (orders[i], 'id') === wanted) {
                return this.parseOrder (orders[i], market);
            }
        }
        throw new OrderNotFound (this.id + ' fetchOrder () found no order ' + wanted);
    }

    async fetchOrdersOfStates (method, states, symbol, since, limit, params) {
        // POST orders/filter { market, states, limit (100 by default), order_by, need_price }: { data: [ { state,
        // num_of_orders, orders: [ ... ] } ] }, a group per state, newest first (one page: the first limit orders of
        // each state). need_price asks for the price of each order, written as the documentation's example does.
        if (symbol === undefined) {
            throw new ArgumentsRequired (this.id + ' ' + method + ' () requires a symbol: orders/filter reads one market');
        }
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = {
            'market': market['id'],
            'states': states,
            'order_by': 'desc',
            'need_price': 'True',
        };
        if (limit !== undefined) {
            request['limit'] = limit;
        }
        const response = await this.privatePostOrdersFilter (this.extend (request, params));
        const groups = this.requiredList (response, 'data');
        const orders = [];
        for (let i = 0; i < groups.length; i++) {
            if ((groups[i] === undefined) || Array.isArray (groups[i]) || (typeof groups[i] !== 'object')) {
                throw new BadResponse (this.id + ' ' + method + ' () got a group of orders that is not a dictionary: ' + this.excerpt (this.json (response)));
            }
            // (pushed in place: a copy of the orders so far at each group made a response of many empty groups cost
            // their product; red-team round 28)
            const entries = this.requiredList (groups[i], 'orders');
            for (let j = 0; j < entries.length; j++) {
                orders.push (entries[j]);
            }
        }
        return this.parseOrders (orders, market, since, limit);
    }

    async fetchOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        this.rejectUnifiedParams ('fetchOrders', params, [ 'until' ]);
        return await this.fetchOrdersOfStates ('fetchOrders', [ 'wait', 'done', 'cancel' ], symbol, since, limit, params);
    }

    async fetchOpenOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchOrdersOfStates ('fetchOpenOrders', [ 'wait' ], symbol, since, limit, params);
    }

    async fetchClosedOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        this.rejectUnifiedParams ('fetchClosedOrders', params, [ 'until' ]);
        return await this.fetchOrdersOfStates ('fetchClosedOrders', [ 'done', 'cancel' ], symbol, since, limit, params);
    }

    // --- transport -----------------------------------------------------------------------------------

    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        // Public calls send their parameters as the query string. A private call sends one parameter, user_jwt: a
        // JSON Web Token of { uid, apikey_id, data: the call's parameters }, header { alg: RS256, typ: JWT }, signed
        // with the key's RSA private key (the documentation's REST Authentication); a POST as a form, the GET of the
        // order status in the query string.
        let url = this.urls['api'] + '/' + this.version + '/' + this.implodeParams (path, params);
        const query = this.omit (params, this.extractParams (path));
        if (api === 'public') {
            if (Object.keys (query).length > 0) {
                url = url + '?' + this.urlencode (query);
            }
            return { 'url': url, 'method': method, 'body': body, 'headers': headers };
        }
        this.checkRequiredCredentials ();
        // PHP holds an empty dictionary as an empty list, which its json () writes as []: the data of a call without
        // parameters is a dictionary whose one key holds undefined, which JSON leaves out, so that it is written {}
        // in every runtime.
        const data = (Object.keys (query).length > 0) ? query : { 'none': undefined };
        const payload = {
            'uid': this.uid,
            'apikey_id': this.apiKey,
            'data': data,
        };
        const token = this.asymmetricJwt (payload, this.secret, 'RS256');
        const form = this.urlencode ({ 'user_jwt': token });
        if (method === 'GET') {
            url = url + '?' + form;
        } else {
            body = form;
            headers = { 'Content-Type': 'application/x-www-form-urlencoded' };
        }
        return { 'url': url, 'method': method, 'body': body, 'headers': headers };
    }

    handleErrors (status, reason, url, method, responseHeaders, responseBody, response, requestHeaders, requestBody) {
        // { code, message, data }: code 0 for success, another one of the REST Errors table for an error (the
        // documented error bodies hold an empty data).
        if ((response === undefined) || Array.isArray (response) || (typeof response !== 'object')) {
            return;
        }
        const code = this.safeString (response, 'code');
        if ((code === undefined) || (code === '0')) {
            return;
        }
        const message = this.safeString (response, 'message', '');
        const feedback = this.id + ' ' + method + ' ' + url + ' ' + this.excerpt (responseBody);
        this.throwBroadlyMatchedException (this.exceptions['broad'], message, feedback);
        this.throwExactlyMatchedException (this.exceptions['exact'], code, feedback);
        throw new ExchangeError (feedback);
    }
}
