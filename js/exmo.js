// EXMO REST API v1.1: https://exmo.me/en/api_doc?ref=131685
//
// Every method lives under https://api.exmo.com/v1.1/<method>. Public methods take GET (or POST) with their
// parameters in the query; authenticated methods are POSTs with an application/x-www-form-urlencoded body that
// carries a nonce beside the method's own parameters, the API key in the Key header and the HMAC-SHA512 (hex) of
// the body, keyed with the secret, in the Sign header. Pairs are named BASE_QUOTE (BTC_USD); numbers mostly
// come as strings, times as unix seconds (candles in milliseconds). A failed call answers HTTP 200 with
// { "result": false, "error": "Error <code>: <description>" }.
import Exchange from './base/Exchange.js';
import { ArgumentsRequired, AuthenticationError, BadRequest, BadResponse, ExchangeError, InsufficientFunds, InvalidNonce, InvalidOrder, NotSupported, OnMaintenance, OrderNotFound, PermissionDenied, RateLimitExceeded } from './base/errors.js';
import Precise from './base/Precise.js';
import { TICK_SIZE } from './base/functions/number.js';

export default class exmo extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'exmo',
            'name': 'EXMO',
            'countries': [],
            'version': 'v1.1',
            // The docs limit the API to 10 requests a second from one IP address.
            'rateLimit': 100,
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
                'fetchOrder': false, // no method answers one order by id (order_trades lists its trades only)
                'fetchOrders': false,
                'fetchOpenOrders': true,
                'fetchClosedOrders': false, // user_cancelled_orders lists canceled orders only, not filled ones
                'fetchMyTrades': true,
                'fetchDeposits': true,
                'fetchWithdrawals': true,
                'fetchTransactions': false,
                'fetchLedger': false,
                'fetchDepositAddress': true,
                'withdraw': true,
                'fetchTime': false,
                'fetchStatus': false,
                'fetchTradingFees': false,
                'cancelAllOrders': false,
                'fetchOrderTrades': true,
                'fetchTradingFee': false,
                'fetchDepositAddresses': false,
                'createDepositAddress': false,
                'fetchDepositWithdrawFees': false,
                'transfer': false,
                'createMarketBuyOrderWithCost': true,
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
            // candles_history's resolution: minutes, or D, W and M.
            'timeframes': {
                '1m': '1',
                '5m': '5',
                '15m': '15',
                '30m': '30',
                '45m': '45',
                '1h': '60',
                '2h': '120',
                '3h': '180',
                '4h': '240',
                '1d': 'D',
                '1w': 'W',
                '1M': 'M',
            },
            'urls': {
                'api': {
                    'public': 'https://api.exmo.com/v1.1',
                    'private': 'https://api.exmo.com/v1.1',
                },
                'www': 'https://exmo.me',
                'doc': 'https://exmo.me/en/api_doc?ref=131685',
                'fees': 'https://exmo.me/en/docs/fees',
            },
            'api': {
                'public': {
                    'get': [
                        'currency',
                        'currency/list/extended',
                        'pair_settings',
                        'ticker',
                        'order_book',
                        'trades',
                        'candles_history',
                    ],
                },
                'private': {
                    'post': [
                        'user_info',
                        'order_create',
                        'stop_market_order_create',
                        'order_cancel',
                        'stop_market_order_cancel',
                        'user_open_orders',
                        'user_trades',
                        'order_trades',
                        'deposit_address',
                        'withdraw_crypt',
                        'wallet/operations',
                    ],
                },
            },
            // pair_settings states each pair's taker and maker commission; these are the defaults.
            'fees': {
                'trading': {
                    'tierBased': true,
                    'percentage': true,
                },
            },
            'requiredCredentials': {
                'apiKey': true,
                'secret': true,
            },
            'precisionMode': TICK_SIZE,
            'options': {
                // The seconds of a candle of each timeframe (a month counted as 30 days), to turn since and limit
                // into candles_history's from and to.
                'timeframeSeconds': {
                    '1m': 60,
                    '5m': 300,
                    '15m': 900,
                    '30m': 1800,
                    '45m': 2700,
                    '1h': 3600,
                    '2h': 7200,
                    '3h': 10800,
                    '4h': 14400,
                    '1d': 86400,
                    '1w': 604800,
                    '1M': 2592000,
                },
                // Candles asked for without a limit.
                'ohlcvCount': 1000,
                // user_trades' limit: at most 10000 (100 without one); wallet/operations': at most 100.
                'maxTradesLimit': 10000,
                'maxOperationsLimit': 100,
                // wallet/operations' status of a deposit or withdrawal.
                'transactionStatuses': {
                    'Paid': 'ok',
                    'Pending': 'pending',
                    'Processing': 'pending',
                    'Transferred': 'pending',
                    'Cancelled': 'canceled',
                    'Canceled': 'canceled',
                    'Error': 'failed',
                    'Failed': 'failed',
                },
            },
            // The code of "Error <code>: <description>"; descriptions are matched where no code is given.
            'exceptions': {
                'exact': {
                    '40005': AuthenticationError, // Authorization error, incorrect signature
                    '40009': InvalidNonce, // the nonce is not greater than the last one used
                    '40015': BadRequest, // API function not found
                    '40016': OnMaintenance, // maintenance work in progress
                    '40017': AuthenticationError, // wrong API key
                    '40032': PermissionDenied, // access denied for this API key
                    '40034': RateLimitExceeded, // access denied, rate limit exceeded
                    '50052': InsufficientFunds,
                    '50054': InsufficientFunds,
                    '50173': OrderNotFound, // order with id ... was not found
                    '50304': OrderNotFound, // order was not found
                    '50277': InvalidOrder, // price by order is less than the permissible minimum for this pair
                    '50319': InvalidOrder, // price by order is less than the permissible minimum for this pair
                    '50321': InvalidOrder, // price by order is more than the permissible maximum for this pair
                },
                'broad': {
                    'Insufficient funds': InsufficientFunds,
                    'was not found': OrderNotFound,
                    'Authorization error': AuthenticationError,
                    'rate limit': RateLimitExceeded,
                    'Maintenance': OnMaintenance,
                },
            },
        });
    }

    // --- markets -------------------------------------------------------------------------------------

    async fetchCurrencies (params = {}) {
        // currency/list/extended: [ { name (the currency's id), description } ].
        const response = await this.publicGetCurrencyListExtended (params);
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
                'name': this.safeString (entry, 'description'),
                'info': entry,
            };
        }
        return result;
    }

    async fetchMarkets (params = {}) {
        // pair_settings: { "BTC_USD": { min_quantity, max_quantity, min_price, max_price, min_amount, max_amount
        // (the cost of an order, in the quote currency), price_precision (decimal places), commission_taker_percent,
        // commission_maker_percent } }. The docs state no step of the quantity.
        const response = await this.publicGetPairSettings (params);
        const ids = Object.keys (response);
        const result = [];
        for (let i = 0; i < ids.length; i++) {
            const id = ids[i];
            const entry = this.safeDict (response, id);
            const parts = id.split ('_');
            if ((entry === undefined) || (parts.length !== 2)) {
                continue;
            }
            const baseId = parts[0];
            const quoteId = parts[1];
            const base = this.safeCurrencyCode (baseId);
            const quote = this.safeCurrencyCode (quoteId);
            const taker = this.safeString (entry, 'commission_taker_percent');
            const maker = this.safeString (entry, 'commission_maker_percent');
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
                'taker': (taker === undefined) ? undefined : this.parseNumber (Precise.stringDiv (taker, '100')),
                'maker': (maker === undefined) ? undefined : this.parseNumber (Precise.stringDiv (maker, '100')),
                'precision': {
                    'price': this.parseNumber (this.parsePrecision (this.safeString (entry, 'price_precision'))),
                },
                'limits': {
                    'amount': {
                        'min': this.safeNumber (entry, 'min_quantity'),
                        'max': this.safeNumber (entry, 'max_quantity'),
                    },
                    'price': {
                        'min': this.safeNumber (entry, 'min_price'),
                        'max': this.safeNumber (entry, 'max_price'),
                    },
                    'cost': {
                        'min': this.safeNumber (entry, 'min_amount'),
                        'max': this.safeNumber (entry, 'max_amount'),
                    },
                },
                'info': entry,
            }));
        }
        return result;
    }

    entryOf (response, market) {
        // The public methods answer { "<pair>": ... }: the entry of the market asked for.
        const entry = this.safeValue (response, market['id']);
        if (entry === undefined) {
            throw new BadResponse (this.id + ' sent an answer without the pair ' + market['id']);
        }
        return entry;
    }

    // --- market data ---------------------------------------------------------------------------------

    parseTicker (ticker, market = undefined) {
        // ticker: { buy_price (the best bid), sell_price (the best ask), last_trade, high, low, avg (the average
        // deal price of 24 hours), vol (in the base currency), vol_curr (in the quote currency), updated (unix
        // seconds) }.
        return this.safeTicker ({
            'symbol': this.safeSymbol (undefined, market),
            'timestamp': this.safeTimestamp (ticker, 'updated'),
            'high': this.safeString (ticker, 'high'),
            'low': this.safeString (ticker, 'low'),
            'bid': this.safeString (ticker, 'buy_price'),
            'ask': this.safeString (ticker, 'sell_price'),
            'last': this.safeString (ticker, 'last_trade'),
            'baseVolume': this.safeString (ticker, 'vol'),
            'quoteVolume': this.safeString (ticker, 'vol_curr'),
            'info': ticker,
        }, market);
    }

    async fetchTickers (symbols = undefined, params = {}) {
        // ticker: every pair at once, { "<pair>": { ... } }.
        await this.loadMarkets ();
        const response = await this.publicGetTicker (params);
        const ids = Object.keys (response);
        const result = {};
        for (let i = 0; i < ids.length; i++) {
            const id = ids[i];
            const market = this.safeMarket (id, undefined, '_');
            const ticker = this.parseTicker (this.safeDict (response, id, {}), market);
            result[ticker['symbol']] = ticker;
        }
        if (symbols === undefined) {
            return result;
        }
        const chosen = {};
        for (let i = 0; i < symbols.length; i++) {
            const symbol = this.symbol (symbols[i]);
            const ticker = this.safeDict (result, symbol);
            if (ticker !== undefined) {
                chosen[symbol] = ticker;
            }
        }
        return chosen;
    }

    async fetchTicker (symbol, params = {}) {
        // ticker answers every pair; the one asked for is picked out.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetTicker (params);
        return this.parseTicker (this.entryOf (response, market), market);
    }

    async fetchOrderBook (symbol, limit = undefined, params = {}) {
        // order_book?pair&limit (100 by default, at most 1000): { "<pair>": { ask_quantity, ask_amount, ask_top,
        // bid_quantity, bid_amount, bid_top, ask: [ [ price, quantity, amount ] ], bid: [ ... ] } }.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'pair': market['id'] };
        if (limit !== undefined) {
            request['limit'] = Math.min (limit, 1000);
        }
        const response = await this.publicGetOrderBook (this.extend (request, params));
        const entry = this.entryOf (response, market);
        return this.parseOrderBook (entry, market['symbol'], undefined, 'bid', 'ask');
    }

    parseTrade (trade, market = undefined) {
        // Public (trades): { trade_id, type (buy, sell), price, quantity, amount (the cost, in the quote currency),
        // date (unix seconds) }. The account's (user_trades, order_trades) add order_id, client_id, pair, exec_type
        // (maker, taker), commission_amount, commission_currency and commission_percent.
        const marketId = this.safeString (trade, 'pair');
        market = this.safeMarket (marketId, market, '_');
        const feeCost = this.safeString (trade, 'commission_amount');
        let fee = undefined;
        if (feeCost !== undefined) {
            fee = {
                'cost': feeCost,
                'currency': this.safeCurrencyCode (this.safeString (trade, 'commission_currency')),
                'rate': Precise.stringDiv (this.safeString (trade, 'commission_percent'), '100'),
            };
        }
        const clientId = this.safeString (trade, 'client_id');
        return this.safeTrade ({
            'id': this.safeString (trade, 'trade_id'),
            'order': this.safeString (trade, 'order_id'),
            'timestamp': this.safeTimestamp (trade, 'date'),
            'symbol': market['symbol'],
            'side': this.safeString (trade, 'type'),
            'takerOrMaker': this.safeString (trade, 'exec_type'),
            'price': this.safeString (trade, 'price'),
            'amount': this.safeString (trade, 'quantity'),
            'cost': this.safeString (trade, 'amount'),
            'fee': fee,
            'info': trade,
        }, market);
    }

    async fetchTrades (symbol, since = undefined, limit = undefined, params = {}) {
        // trades?pair: { "<pair>": [ trades, the newest first ] }; the method takes no since or limit.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetTrades (this.extend ({ 'pair': market['id'] }, params));
        const trades = this.entryOf (response, market);
        if (!Array.isArray (trades)) {
            throw new BadResponse (this.id + ' sent trades that are no list: ' + this.excerpt (this.json (response)));
        }
        return this.parseTrades (trades, market, since, limit);
    }

    parseOHLCV (ohlcv, market = undefined) {
        // candles_history: { t (ms), o, c, h, l, v }.
        return [
            this.safeInteger (ohlcv, 't'),
            this.safeNumber (ohlcv, 'o'),
            this.safeNumber (ohlcv, 'h'),
            this.safeNumber (ohlcv, 'l'),
            this.safeNumber (ohlcv, 'c'),
            this.safeNumber (ohlcv, 'v'),
        ];
    }

    async fetchOHLCV (symbol, timeframe = '1m', since = undefined, limit = undefined, params = {}) {
        // candles_history?symbol&resolution&from&to, from and to (unix seconds) both required: since (or limit
        // candles before until, or before now) up to until (or limit candles after since, or now).
        await this.loadMarkets ();
        const market = this.market (symbol);
        const resolution = this.safeString (this.timeframes, timeframe);
        if (resolution === undefined) {
            throw new BadRequest (this.id + ' fetchOHLCV () does not support the timeframe ' + timeframe + ': one of ' + Object.keys (this.timeframes).join (', '));
        }
        const duration = this.safeInteger (this.options['timeframeSeconds'], timeframe);
        const count = (limit === undefined) ? this.options['ohlcvCount'] : limit;
        const until = this.safeInteger (params, 'until');
        let from = undefined;
        let to = undefined;
        if (since !== undefined) {
            from = this.integerOf (since / 1000);
            if (until !== undefined) {
                to = this.integerOf (until / 1000);
            } else if (limit !== undefined) {
                to = from + duration * count;
            } else {
                to = this.seconds ();
            }
        } else {
            to = (until !== undefined) ? this.integerOf (until / 1000) : this.seconds ();
            from = to - duration * count;
        }
        const request = {
            'symbol': market['id'],
            'resolution': resolution,
            'from': this.numberToString (from),
            'to': this.numberToString (to),
        };
        const response = await this.publicGetCandlesHistory (this.extend (request, this.omit (params, 'until')));
        const candles = this.safeList (response, 'candles');
        if (candles === undefined) {
            throw new BadResponse (this.id + ' sent candles without their list: ' + this.excerpt (this.json (response)));
        }
        return this.parseOHLCVs (candles, market, timeframe, since, limit);
    }

    // --- account -------------------------------------------------------------------------------------

    async fetchBalance (params = {}) {
        // user_info: { uid, server_date (unix seconds), balances: { "<currency>": free }, reserved: { "<currency>":
        // held in open orders } }.
        await this.loadMarkets ();
        const response = await this.privatePostUserInfo (params);
        const free = this.safeDict (response, 'balances');
        const reserved = this.safeDict (response, 'reserved', {});
        if (free === undefined) {
            throw new BadResponse (this.id + ' sent user_info without balances: ' + this.excerpt (this.json (response)));
        }
        const timestamp = this.safeTimestamp (response, 'server_date');
        const result = { 'info': response, 'timestamp': timestamp, 'datetime': this.iso8601 (timestamp) };
        const ids = Object.keys (free);
        for (let i = 0; i < ids.length; i++) {
            const id = ids[i];
            const account = this.account ();
            account['free'] = this.safeString (free, id);
            account['used'] = this.safeString (reserved, id, '0');
            result[this.safeCurrencyCode (id)] = account;
        }
        return this.safeBalance (result);
    }

    // --- orders --------------------------------------------------------------------------------------

    parseOrder (order, market = undefined) {
        // user_open_orders: { order_id, client_id, created (unix seconds), type (buy, sell), pair, price, quantity,
        // amount (price times quantity) }; order_create answers { result, error, order_id, client_id },
        // stop_market_order_create { client_id, parent_order_id, parent_order_id_str }.
        const marketId = this.safeString (order, 'pair');
        market = this.safeMarket (marketId, market, '_');
        let clientOrderId = this.safeString (order, 'client_id');
        if (clientOrderId === '0') {
            clientOrderId = undefined; // 0 stands for none
        }
        return this.safeOrder ({
            'id': this.safeStringN (order, [ 'order_id', 'parent_order_id_str', 'parent_order_id' ]),
            'clientOrderId': clientOrderId,
            'timestamp': this.safeTimestamp (order, 'created'),
            'symbol': market['symbol'],
            'side': this.safeString (order, 'type'),
            'price': this.safeString (order, 'price'),
            'amount': this.safeString (order, 'quantity'),
            'info': order,
        }, market);
    }

    clientIdOf (clientOrderId) {
        // client_id is a positive integer.
        if (clientOrderId === undefined) {
            return undefined;
        }
        if ((clientOrderId.length === 0) || (clientOrderId.length > 18) || !this.isDecimalString (clientOrderId) || (clientOrderId.indexOf ('.') >= 0) || (clientOrderId.indexOf ('-') >= 0) || (clientOrderId.indexOf ('+') >= 0) || (clientOrderId.indexOf ('e') >= 0) || (clientOrderId.indexOf ('E') >= 0)) {
            throw new BadRequest (this.id + ' createOrder () clientOrderId must be a positive integer of at most 18 digits (client_id), not ' + clientOrderId);
        }
        return clientOrderId;
    }

    async createOrder (symbol, type, side, amount, price = undefined, params = {}) {
        // order_create: pair, quantity, price, type (buy, sell: limit orders; market_buy, market_sell: market
        // orders sized in the base currency; market_buy_total, market_sell_total: sized in the quote currency),
        // client_id (optional). stop_market_order_create: pair, quantity, trigger_price, type (buy, sell),
        // client_id: a market order placed once the price reaches trigger_price. The docs list no post-only,
        // time-in-force, reduce-only or stop-limit orders.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const timeInForce = this.safeStringUpper (params, 'timeInForce');
        if ((timeInForce !== undefined) && ((timeInForce !== 'GTC') || (type !== 'limit'))) {
            throw new NotSupported (this.id + ' createOrder () does not support the unified param timeInForce ' + timeInForce + ' for ' + type + ' orders: limit orders are GTC');
        }
        const [ unified, rest ] = this.unifiedOrderParams (type, params);
        this.rejectUnifiedParams ('createOrder', unified, [ 'postOnly', 'reduceOnly', 'stopLossPrice', 'takeProfitPrice' ]);
        if ((side !== 'buy') && (side !== 'sell')) {
            throw new InvalidOrder (this.id + ' createOrder () side must be buy or sell, not ' + side);
        }
        if ((type !== 'limit') && (type !== 'market')) {
            throw new InvalidOrder (this.id + ' createOrder () type must be limit or market, not ' + type);
        }
        if ((amount === undefined) && (unified['cost'] === undefined)) {
            throw new ArgumentsRequired (this.id + ' createOrder () requires an amount (or, for a market order, the unified param cost)');
        }
        const clientId = this.clientIdOf (unified['clientOrderId']);
        const request = { 'pair': market['id'] };
        if (unified['triggerPrice'] !== undefined) {
            if (type !== 'market') {
                throw new NotSupported (this.id + ' createOrder () supports the unified param triggerPrice for market orders only (stop_market_order_create), not ' + type + ' orders');
            }
            if (unified['cost'] !== undefined) {
                throw new NotSupported (this.id + ' createOrder () does not support the unified param cost with triggerPrice: a stop market order is sized in the base currency');
            }
            request['quantity'] = this.amountToPrecision (symbol, amount);
            request['trigger_price'] = this.priceToPrecision (symbol, unified['triggerPrice']);
            request['type'] = side;
            if (clientId !== undefined) {
                request['client_id'] = clientId;
            }
            const stopResponse = await this.privatePostStopMarketOrderCreate (this.extend (request, rest));
            return this.extend (this.parseOrder (stopResponse, market), {
                'type': 'market',
                'side': side,
                'amount': this.parseNumber (request['quantity']),
                'triggerPrice': this.parseNumber (request['trigger_price']),
                'stopPrice': this.parseNumber (request['trigger_price']),
                'clientOrderId': clientId,
            });
        }
        let orderAmount = undefined;
        let orderPrice = undefined;
        if (type === 'limit') {
            if (price === undefined) {
                throw new ArgumentsRequired (this.id + ' createOrder () requires a price for a limit order');
            }
            request['quantity'] = this.amountToPrecision (symbol, amount);
            request['price'] = this.priceToPrecision (symbol, price);
            request['type'] = side;
            orderAmount = request['quantity'];
            orderPrice = request['price'];
        } else if (unified['cost'] !== undefined) {
            // Sized in the quote currency: spend (or receive) this much.
            request['quantity'] = this.costToPrecision (symbol, unified['cost']);
            request['price'] = '0';
            request['type'] = 'market_' + side + '_total';
        } else {
            request['quantity'] = this.amountToPrecision (symbol, amount);
            request['price'] = '0'; // a market order has no price; the docs' parameter is sent as 0
            request['type'] = 'market_' + side;
            orderAmount = request['quantity'];
        }
        if (clientId !== undefined) {
            request['client_id'] = clientId;
        }
        const response = await this.privatePostOrderCreate (this.extend (request, rest));
        return this.extend (this.parseOrder (response, market), {
            'type': type,
            'side': side,
            'amount': this.parseNumber (orderAmount),
            'price': this.parseNumber (orderPrice),
            'clientOrderId': clientId,
        });
    }

    async createMarketBuyOrderWithCost (symbol, cost, params = {}) {
        return await this.createOrder (symbol, 'market', 'buy', undefined, undefined, this.extend (params, { 'cost': cost }));
    }

    async cancelOrder (id, symbol = undefined, params = {}) {
        // order_cancel: order_id; stop_market_order_cancel: parent_order_id (with params { trigger: true }). Both
        // answer { result, error } only.
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const trigger = this.safeBool (params, 'trigger', false);
        const rest = this.omit (params, 'trigger');
        let response = undefined;
        if (trigger) {
            response = await this.privatePostStopMarketOrderCancel (this.extend ({ 'parent_order_id': id }, rest));
        } else {
            response = await this.privatePostOrderCancel (this.extend ({ 'order_id': id }, rest));
        }
        return this.safeOrder ({
            'id': id,
            'symbol': (market === undefined) ? undefined : market['symbol'],
            'status': 'canceled',
            'info': response,
        }, market);
    }

    async fetchOpenOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // user_open_orders (pair optional): { "<pair>": [ orders ] }, every pair with open orders.
        await this.loadMarkets ();
        let market = undefined;
        const request = {};
        if (symbol !== undefined) {
            market = this.market (symbol);
            request['pair'] = market['id'];
        }
        const response = await this.privatePostUserOpenOrders (this.extend (request, params));
        const pairs = Object.keys (response);
        const orders = [];
        for (let i = 0; i < pairs.length; i++) {
            const entries = this.safeList (response, pairs[i], []);
            for (let j = 0; j < entries.length; j++) {
                const order = this.extend (this.parseOrder (entries[j], market), { 'status': 'open', 'type': 'limit' });
                orders.push (order);
            }
        }
        return this.filterBySymbolSinceLimit (this.sortBy (orders, 'timestamp'), (market === undefined) ? undefined : market['symbol'], since, limit);
    }

    async fetchMyTrades (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // user_trades: pair (required), offset, limit (100 by default, at most 10000): { "<pair>": [ trades, the
        // newest first ] }. It takes no time range.
        if (symbol === undefined) {
            throw new ArgumentsRequired (this.id + ' fetchMyTrades () requires a symbol: user_trades lists the trades of the pairs it is given');
        }
        if (this.safeValue (params, 'until') !== undefined) {
            throw new NotSupported (this.id + ' fetchMyTrades () does not support the unified param until: user_trades takes no time range');
        }
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'pair': market['id'] };
        if (limit !== undefined) {
            request['limit'] = Math.min (limit, this.options['maxTradesLimit']);
        }
        const response = await this.privatePostUserTrades (this.extend (request, params));
        return this.parseTrades (this.safeList (response, market['id'], []), market, since, limit);
    }

    async fetchOrderTrades (id, symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // order_trades: order_id; { type, in_currency, in_amount, out_currency, out_amount, trades: [ ... ] }.
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const response = await this.privatePostOrderTrades (this.extend ({ 'order_id': id }, params));
        const trades = this.safeList (response, 'trades');
        if (trades === undefined) {
            throw new BadResponse (this.id + ' sent order_trades without its trades: ' + this.excerpt (this.json (response)));
        }
        return this.parseTrades (trades, market, since, limit);
    }

    // --- funding -------------------------------------------------------------------------------------

    async fetchDepositAddress (code, params = {}) {
        // deposit_address: { "<currency>": "<address>" or "<address>,<tag>" }, one address per currency. The docs
        // name no network parameter.
        if (this.safeValue (params, 'network') !== undefined) {
            throw new NotSupported (this.id + ' fetchDepositAddress () does not support the unified param network: deposit_address keeps one address per currency');
        }
        await this.loadMarkets ();
        const currency = this.currency (code);
        const response = await this.privatePostDepositAddress (params);
        const text = this.safeString (response, currency['id']);
        if (text === undefined) {
            throw new BadResponse (this.id + ' sent no deposit address of ' + currency['id'] + ': ' + this.excerpt (this.json (response)));
        }
        const parts = text.split (',');
        return {
            'currency': currency['code'],
            'address': parts[0],
            'tag': (parts.length > 1) ? parts[1] : undefined,
            'info': response,
        };
    }

    async withdraw (code, amount, address, tag = undefined, params = {}) {
        // withdraw_crypt: amount, currency, address, invoice (the memo or tag, where the currency takes one),
        // transport (the network, optional); answers { result, error, task_id }.
        await this.loadMarkets ();
        const currency = this.currency (code);
        const network = this.safeString (params, 'network');
        const request = {
            'amount': this.numberToString (amount),
            'currency': currency['id'],
            'address': address,
        };
        if (tag !== undefined) {
            request['invoice'] = tag;
        }
        if (network !== undefined) {
            request['transport'] = this.networkId (network, currency);
        }
        const response = await this.privatePostWithdrawCrypt (this.extend (request, this.omit (params, 'network')));
        return this.safeTransaction ({
            'id': this.safeString (response, 'task_id'),
            'type': 'withdrawal',
            'currency': currency['code'],
            'amount': request['amount'],
            'address': address,
            'tag': tag,
            'network': network,
            'status': 'pending',
            'info': response,
        }, currency);
    }

    parseTransaction (transaction, currency = undefined) {
        // wallet/operations items: { operation_id, created, updated (unix seconds), type (deposit, withdrawal),
        // currency, status (Paid, Pending, Processing, Cancelled, ...), amount, provider, commission, account,
        // order_id, provider_type, crypto_address, extra: { txid, confirmations, excode, invoice }, error }.
        const code = this.safeCurrencyCode (this.safeString (transaction, 'currency'), currency);
        const extra = this.safeDict (transaction, 'extra', {});
        const feeCost = this.safeString (transaction, 'commission');
        const kind = this.safeString (transaction, 'type');
        return this.safeTransaction ({
            'id': this.safeString (transaction, 'operation_id'),
            'txid': this.safeString (extra, 'txid'),
            'timestamp': this.safeTimestamp (transaction, 'created'),
            'updated': this.safeTimestamp (transaction, 'updated'),
            'address': this.safeString (transaction, 'crypto_address'),
            'tag': this.safeString (extra, 'invoice'),
            'type': (kind === 'deposit') ? 'deposit' : 'withdrawal',
            'amount': this.safeString (transaction, 'amount'),
            'currency': code,
            'status': this.safeString (this.options['transactionStatuses'], this.safeString (transaction, 'status')),
            'fee': (feeCost === undefined) ? undefined : { 'cost': feeCost, 'currency': code },
            'info': transaction,
        }, currency);
    }

    async fetchOperations (type, code = undefined, since = undefined, limit = undefined, params = {}) {
        // wallet/operations: type (deposit, withdrawal), currency (optional), offset, limit (at most 100): { items:
        // [ ... ], count }, the newest first. It takes no time range.
        await this.loadMarkets ();
        let currency = undefined;
        const request = { 'type': type };
        if (code !== undefined) {
            currency = this.currency (code);
            request['currency'] = currency['id'];
        }
        const maxLimit = this.options['maxOperationsLimit'];
        request['limit'] = (limit === undefined) ? maxLimit : Math.min (limit, maxLimit);
        const response = await this.privatePostWalletOperations (this.extend (request, params));
        const items = this.safeList (response, 'items');
        if (items === undefined) {
            throw new BadResponse (this.id + ' sent wallet operations without their items: ' + this.excerpt (this.json (response)));
        }
        return this.parseTransactions (items, currency, since, limit);
    }

    async fetchDeposits (code = undefined, since = undefined, limit = undefined, params = {}) {
        if (this.safeValue (params, 'until') !== undefined) {
            throw new NotSupported (this.id + ' fetchDeposits () does not support the unified param until: wallet/operations takes no time range');
        }
        return await this.fetchOperations ('deposit', code, since, limit, params);
    }

    async fetchWithdrawals (code = undefined, since = undefined, limit = undefined, params = {}) {
        if (this.safeValue (params, 'until') !== undefined) {
            throw new NotSupported (this.id + ' fetchWithdrawals () does not support the unified param until: wallet/operations takes no time range');
        }
        return await this.fetchOperations ('withdrawal', code, since, limit, params);
    }

    // --- transport -----------------------------------------------------------------------------------

    nonce () {
        return this.milliseconds ();
    }

    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        let url = this.safeString (this.urls['api'], api) + '/' + path;
        if (api === 'public') {
            if (Object.keys (params).length > 0) {
                url = url + '?' + this.urlencode (params);
            }
            return { 'url': url, 'method': method, 'body': body, 'headers': headers };
        }
        // Authenticated: the body is the parameters and the nonce, form-encoded; Sign is the HMAC-SHA512 (hex) of
        // exactly that body, keyed with the secret.
        this.checkRequiredCredentials ();
        if ('nonce' in params) {
            throw new BadRequest (this.id + ' ' + path + ' takes no parameter nonce: the request is signed with its own');
        }
        body = this.urlencode (this.extend (params, { 'nonce': this.nonce () }));
        headers = {
            'Content-Type': 'application/x-www-form-urlencoded',
            'Key': this.apiKey,
            'Sign': this.hmac (this.encode (body), this.encode (this.secret), 'sha512'),
        };
        return { 'url': url, 'method': method, 'body': body, 'headers': headers };
    }

    handleErrors (status, reason, url, method, responseHeaders, responseBody, response, requestHeaders, requestBody) {
        // A failed call: HTTP 200 with { "result": false, "error": "Error 50052: Insufficient funds" }.
        if ((response === undefined) || Array.isArray (response) || (typeof response !== 'object')) {
            return undefined;
        }
        const result = this.safeBool (response, 'result');
        const message = this.safeString (response, 'error');
        if ((result !== false) && (message === undefined)) {
            return undefined;
        }
        const feedback = this.id + ' ' + this.excerpt (responseBody);
        if (message !== undefined) {
            if (message.startsWith ('Error ')) {
                const code = message.slice (6).split (':')[0].trim ();
                this.throwExactlyMatchedException (this.exceptions['exact'], code, feedback);
            }
            this.throwBroadlyMatchedException (this.exceptions['broad'], message, feedback);
        }
        throw new ExchangeError (feedback);
    }
}
