// Paymium exchange API v1 (spot): https://github.com/Paymium/api-documentation (https://paymium.github.io/api-documentation/)
//
// Every endpoint is under https://paymium.com/api/v1. Public data (data/{currency}/ticker, trades, depth, ohlcv)
// is named by the quoted currency, in lower case: 'eur' is the BTC/EUR book, the only market the trading
// endpoints take (POST user/orders: "currency must be EUR", amounts in BTC). Private requests carry three headers:
// Api-Key, Api-Nonce (a positive integer that grows with every request) and Api-Signature, the hex HMAC-SHA256,
// keyed by the secret, of the nonce, the full URL and the body, concatenated. Parameters of a GET or DELETE go in
// the query string, those of a POST in a JSON body. Errors are HTTP 400 or 422 with { "errors": [ messages ] };
// a market order too large for the book is 422 with { "error": "market_protection_volume_too_large", ... }.
// Timestamps are ISO 8601 datetimes, or seconds since the epoch in the fields suffixed _int.
import Exchange from './base/Exchange.js';
import { ArgumentsRequired, BadRequest, BadResponse, BadSymbol, ExchangeError, InsufficientFunds, InvalidAddress, InvalidOrder, NotSupported, OrderNotFound, PermissionDenied } from './base/errors.js';
import { TICK_SIZE } from './base/functions/number.js';

export default class paymium extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'paymium',
            'name': 'Paymium',
            'countries': [ 'FR', 'EU' ],
            'version': 'v1',
            // The docs: "API calls are rate-limited by IP to 86400 calls per day (one per second on average)".
            'rateLimit': 1000,
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
                'fetchMyTrades': false, // the API lists orders (with traded_btc and traded_currency), not their fills
                'fetchDeposits': true,
                'fetchWithdrawals': false, // GET user/withdrawals (API 1.1.1) has no documented answer
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
                'fetchDepositAddresses': true,
                'createDepositAddress': true,
                'fetchDepositWithdrawFees': false,
                'transfer': false, // user/email_transfers sends to an e-mail address, not between own accounts
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
            // data/{currency}/ohlcv: interval is one of these.
            'timeframes': {
                '1m': '1m',
                '3m': '3m',
                '5m': '5m',
                '15m': '15m',
                '30m': '30m',
                '1h': '1h',
                '2h': '2h',
                '4h': '4h',
                '6h': '6h',
                '8h': '8h',
                '12h': '12h',
                '1d': '1d',
                '3d': '3d',
                '1w': '1w',
                '1M': '1M',
            },
            'urls': {
                'api': {
                    'public': 'https://paymium.com/api/v1',
                    'private': 'https://paymium.com/api/v1',
                },
                'www': 'https://www.paymium.com',
                'doc': [
                    'https://github.com/Paymium/api-documentation',
                    'https://paymium.github.io/api-documentation/',
                ],
                'fees': 'https://www.paymium.com/page/help/fees',
            },
            'api': {
                'public': {
                    'get': [
                        'countries',
                        'currencies',
                        'data/{currency}/ticker',
                        'data/{currency}/trades',
                        'data/{currency}/depth',
                        'data/{currency}/ohlcv',
                    ],
                },
                'private': {
                    'get': [
                        'user',
                        'user/addresses',
                        'user/addresses/{address}',
                        'user/orders',
                        'user/orders/{uuid}',
                    ],
                    'post': [
                        'user/addresses',
                        'user/orders',
                        'user/withdrawals',
                    ],
                    'delete': [
                        'user/orders/{uuid}',
                    ],
                },
            },
            'requiredCredentials': {
                'apiKey': true,
                'secret': true,
            },
            // The fee schedule (urls.fees) is not part of the API.
            'fees': {
                'trading': {
                    'tierBased': true,
                    'percentage': true,
                },
            },
            'precisionMode': TICK_SIZE,
            'options': {
                // The order states of the docs' appendix (old README, "Order states").
                'orderStatuses': {
                    'pending_execution': 'open', // queued, pending execution
                    'pending': 'open',
                    'processing': 'open',
                    'authorized': 'open',
                    'active': 'open', // in the order book
                    'filled': 'closed', // completely filled
                    'executed': 'closed',
                    'canceled': 'canceled',
                },
                'orderTypes': {
                    'LimitOrder': 'limit',
                    'MarketOrder': 'market',
                },
                // A withdrawal is an order of type Transfer with the same states.
                'transactionStatuses': {
                    'pending_execution': 'pending',
                    'pending': 'pending', // such as an unconfirmed withdrawal
                    'processing': 'pending',
                    'authorized': 'pending', // such as a confirmed withdrawal
                    'active': 'pending',
                    'executed': 'ok',
                    'filled': 'ok',
                    'canceled': 'canceled',
                },
                // The length of a candle of each interval, in seconds (1M: 30 days), to turn since and limit into the
                // startTime and endTime the ohlcv endpoint takes (both or neither).
                'timeframeSeconds': {
                    '1m': 60,
                    '3m': 180,
                    '5m': 300,
                    '15m': 900,
                    '30m': 1800,
                    '1h': 3600,
                    '2h': 7200,
                    '4h': 14400,
                    '6h': 21600,
                    '8h': 28800,
                    '12h': 43200,
                    '1d': 86400,
                    '3d': 259200,
                    '1w': 604800,
                    '1M': 2592000,
                },
                // "Iteration can not exceed 1000 (default 500)".
                'maxCandles': 1000,
                'defaultCandles': 500,
            },
            // Messages come localized (English or French); the docs quote these English ones.
            'exceptions': {
                'exact': {
                    'market_protection_volume_too_large': InvalidOrder,
                    'Interval / StartTime / EndTime does not match': BadRequest,
                    'Limit has not correct range': BadRequest,
                },
                'broad': {
                    'greater than your available balance': InsufficientFunds,
                    'must be approved': PermissionDenied,
                    'Too many active addresses': BadRequest,
                },
            },
        });
    }

    // --- markets and currencies ----------------------------------------------------------------------

    parseCurrencyEntry (entry) {
        // currencies: { symbol, code, precision ('8': amounts in steps of 10^-8), name, type (crypto or fiat),
        // deposit, withdraw, withdraw_limit_min, withdraw_limit_max, charge_plan_limit_min, charge_plan_limit_max,
        // email_transfer, internal_transfer, payment_request, display_balance, trading, swap, pairs, ... }.
        const id = this.safeString2 (entry, 'code', 'symbol');
        const precision = this.safeString (entry, 'precision');
        return {
            'id': id,
            'code': this.safeCurrencyCode (id),
            'name': this.safeString (entry, 'name'),
            'deposit': this.safeBool (entry, 'deposit'),
            'withdraw': this.safeBool (entry, 'withdraw'),
            'precision': (precision === undefined) ? undefined : this.parseNumber (this.parsePrecision (precision)),
            'limits': {
                'withdraw': {
                    'min': this.safeNumber (entry, 'withdraw_limit_min'),
                    'max': this.safeNumber (entry, 'withdraw_limit_max'),
                },
            },
            'networks': {},
            'info': entry,
        };
    }

    currencyEntries (response) {
        if (!Array.isArray (response)) {
            throw new BadResponse (this.id + ' sent a currency list that is no list: ' + this.excerpt (this.json (response)));
        }
        const result = [];
        for (let i = 0; i < response.length; i++) {
            const entry = response[i];
            if ((typeof entry !== 'object') || Array.isArray (entry) || (this.safeString2 (entry, 'code', 'symbol') === undefined)) {
                throw new BadResponse (this.id + ' sent a currency without a code: ' + this.excerpt (this.json (response)));
            }
            result.push (this.parseCurrencyEntry (entry));
        }
        return result;
    }

    async fetchCurrencies (params = {}) {
        const response = await this.publicGetCurrencies (params);
        const entries = this.currencyEntries (response);
        const result = {};
        for (let i = 0; i < entries.length; i++) {
            result[entries[i]['code']] = entries[i];
        }
        return result;
    }

    async fetchMarkets (params = {}) {
        // The trading endpoints take one market: BTC against EUR (POST user/orders: "currency must be EUR", amount
        // "BTC amount to trade"; data/eur/... is its book). Its amounts are in steps of BTC's precision; the docs
        // state no price step, so EUR's precision (cents) is taken for the price. Both come from currencies.
        const response = await this.publicGetCurrencies (params);
        const entries = this.indexBy (this.currencyEntries (response), 'code');
        const btc = this.safeDict (entries, 'BTC');
        const eur = this.safeDict (entries, 'EUR');
        if ((btc === undefined) || (eur === undefined)) {
            return [];
        }
        return [
            this.safeMarketStructure ({
                'id': 'eur',
                'symbol': 'BTC/EUR',
                'base': 'BTC',
                'quote': 'EUR',
                'baseId': btc['id'],
                'quoteId': eur['id'],
                'type': 'spot',
                'spot': true,
                'precision': {
                    'amount': btc['precision'],
                    'price': eur['precision'],
                },
                'limits': {},
                'info': { 'base': btc['info'], 'quote': eur['info'] },
            }),
        ];
    }

    marketOfCurrency (currencyId, market = undefined) {
        // Trades and orders name their market by the quoted currency ('EUR'); the market id is its lower case.
        if (currencyId === undefined) {
            return this.safeMarket (undefined, market);
        }
        return this.safeMarket (currencyId.toLowerCase (), market);
    }

    // --- market data ---------------------------------------------------------------------------------

    parseTicker (ticker, market = undefined) {
        // data/{currency}/ticker: { high, low, volume (24 h, in BTC), bid, ask, midpoint, vwap, at (seconds), price
        // (of the latest trade), open (24 h), variation (24 h, in %), currency, trade_id, size }.
        market = this.marketOfCurrency (this.safeString (ticker, 'currency'), market);
        return this.safeTicker ({
            'symbol': market['symbol'],
            'timestamp': this.safeTimestamp (ticker, 'at'),
            'high': this.safeString (ticker, 'high'),
            'low': this.safeString (ticker, 'low'),
            'bid': this.safeString (ticker, 'bid'),
            'ask': this.safeString (ticker, 'ask'),
            'vwap': this.safeString (ticker, 'vwap'),
            'open': this.safeString (ticker, 'open'),
            'last': this.safeString (ticker, 'price'),
            'percentage': this.safeString (ticker, 'variation'),
            'baseVolume': this.safeString (ticker, 'volume'),
            'info': ticker,
        }, market);
    }

    async fetchTicker (symbol, params = {}) {
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetDataCurrencyTicker (this.extend ({ 'currency': market['id'] }, params));
        return this.parseTicker (response, market);
    }

    async fetchTickers (symbols = undefined, params = {}) {
        // The ticker endpoint takes one market: one request per symbol.
        await this.loadMarkets ();
        const list = (symbols === undefined) ? this.symbols : symbols;
        const markets = [];
        for (let i = 0; i < list.length; i++) {
            markets.push (this.market (list[i]));
        }
        const result = {};
        for (let i = 0; i < markets.length; i++) {
            const market = markets[i];
            const response = await this.publicGetDataCurrencyTicker (this.extend ({ 'currency': market['id'] }, params));
            result[market['symbol']] = this.parseTicker (response, market);
        }
        return result;
    }

    async fetchOrderBook (symbol, limit = undefined, params = {}) {
        // data/{currency}/depth: { bids: [ { timestamp, amount, price, currency } ], asks: [ ... ] }, grouped by
        // price, the whole book (the endpoint takes no depth).
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetDataCurrencyDepth (this.extend ({ 'currency': market['id'] }, params));
        this.requiredList (response, 'bids');
        this.requiredList (response, 'asks');
        const book = this.parseOrderBook (response, market['symbol'], undefined, 'bids', 'asks', 'price', 'amount');
        if (limit !== undefined) {
            book['bids'] = book['bids'].slice (0, limit);
            book['asks'] = book['asks'].slice (0, limit);
        }
        return book;
    }

    parseTrade (trade, market = undefined) {
        // data/{currency}/trades: { uuid, traded_btc, traded_currency, created_at, currency, side, price (per BTC),
        // created_at_int (seconds) }.
        market = this.marketOfCurrency (this.safeString (trade, 'currency'), market);
        let timestamp = this.safeTimestamp (trade, 'created_at_int');
        if (timestamp === undefined) {
            timestamp = this.parse8601 (this.safeString (trade, 'created_at'));
        }
        return this.safeTrade ({
            'id': this.safeString (trade, 'uuid'),
            'symbol': market['symbol'],
            'timestamp': timestamp,
            'side': this.safeStringLower (trade, 'side'),
            'price': this.safeString (trade, 'price'),
            'amount': this.safeString (trade, 'traded_btc'),
            'cost': this.safeString (trade, 'traded_currency'),
            'info': trade,
        }, market);
    }

    async fetchTrades (symbol, since = undefined, limit = undefined, params = {}) {
        // data/{currency}/trades?since=<seconds of the oldest trade>: the latest trades (no count parameter).
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'currency': market['id'] };
        if (since !== undefined) {
            request['since'] = Math.floor (since / 1000);
        }
        const response = await this.publicGetDataCurrencyTrades (this.extend (request, params));
        if (!Array.isArray (response)) {
            throw new BadResponse (this.id + ' sent trades that are no list: ' + this.excerpt (this.json (response)));
        }
        return this.parseTrades (response, market, since, limit);
    }

    parseOHLCV (ohlcv, market = undefined) {
        // [ timestamp (ms), open, high, low, close, volume ], numbers as strings.
        return [
            this.safeInteger (ohlcv, 0),
            this.safeNumber (ohlcv, 1),
            this.safeNumber (ohlcv, 2),
            this.safeNumber (ohlcv, 3),
            this.safeNumber (ohlcv, 4),
            this.safeNumber (ohlcv, 5),
        ];
    }

    async fetchOHLCV (symbol, timeframe = '1m', since = undefined, limit = undefined, params = {}) {
        // data/{currency}/ohlcv?interval&startTime&endTime: startTime and endTime (seconds) are given both or not
        // at all, and span at most 1000 candles (500 without them). until (ms, inclusive) becomes endTime.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const interval = this.safeString (this.timeframes, timeframe);
        if (interval === undefined) {
            throw new BadRequest (this.id + ' fetchOHLCV () does not support the timeframe ' + timeframe);
        }
        const until = this.safeInteger (params, 'until');
        const rest = this.omit (params, 'until');
        const request = {
            'currency': market['id'],
            'interval': interval,
        };
        if ((since !== undefined) || (until !== undefined) || (limit !== undefined)) {
            const duration = this.safeInteger (this.options['timeframeSeconds'], timeframe);
            const maxCandles = this.safeInteger (this.options, 'maxCandles', 1000);
            const count = (limit === undefined) ? this.safeInteger (this.options, 'defaultCandles', 500) : Math.min (limit, maxCandles);
            let startTime = undefined;
            let endTime = undefined;
            if (since !== undefined) {
                startTime = Math.floor (since / 1000);
                endTime = (until === undefined) ? Math.min (startTime + (count * duration), this.seconds ()) : Math.floor (until / 1000);
            } else {
                endTime = (until === undefined) ? this.seconds () : Math.floor (until / 1000);
                startTime = endTime - (count * duration);
            }
            request['startTime'] = startTime;
            request['endTime'] = endTime;
        }
        const response = await this.publicGetDataCurrencyOhlcv (this.extend (request, rest));
        if (!Array.isArray (response)) {
            throw new BadResponse (this.id + ' sent candles that are no list: ' + this.excerpt (this.json (response)));
        }
        return this.parseOHLCVs (response, market, timeframe, since, limit);
    }

    // --- account -------------------------------------------------------------------------------------

    async fetchBalance (params = {}) {
        // user: { name, email, locale, channel_id, meta_state, balance_<currency> (available), locked_<currency>
        // (locked in trading), ... } for each currency (balance_eur, locked_eur, balance_btc, locked_btc, ...).
        await this.loadMarkets ();
        const response = await this.privateGetUser (params);
        if ((typeof response !== 'object') || Array.isArray (response)) {
            throw new BadResponse (this.id + ' sent user info that is no dictionary: ' + this.excerpt (this.json (response)));
        }
        const result = { 'info': response };
        const keys = Object.keys (response);
        for (let i = 0; i < keys.length; i++) {
            const key = keys[i];
            if (!key.startsWith ('balance_')) {
                continue;
            }
            const currencyId = key.slice (8);
            const account = this.account ();
            account['free'] = this.safeString (response, key);
            account['used'] = this.safeString (response, 'locked_' + currencyId);
            result[this.safeCurrencyCode (currencyId.toUpperCase ())] = account;
        }
        return this.safeBalance (result);
    }

    // --- orders --------------------------------------------------------------------------------------

    parseOrder (order, market = undefined) {
        // An order: { uuid, type (LimitOrder, MarketOrder; Transfer, BitcoinDeposit, ... for the other kinds),
        // currency, currency_amount, created_at, updated_at, amount (BTC), state, currency_fee, btc_fee, comment,
        // traded_btc, traded_currency, direction, price, account_operations }.
        market = this.marketOfCurrency (this.safeString (order, 'currency'), market);
        const fees = [];
        const btcFee = this.safeString (order, 'btc_fee');
        if (btcFee !== undefined) {
            fees.push ({ 'cost': btcFee, 'currency': market['base'] });
        }
        const currencyFee = this.safeString (order, 'currency_fee');
        if (currencyFee !== undefined) {
            fees.push ({ 'cost': currencyFee, 'currency': market['quote'] });
        }
        return this.safeOrder ({
            'id': this.safeString (order, 'uuid'),
            'symbol': market['symbol'],
            'timestamp': this.parse8601 (this.safeString (order, 'created_at')),
            'lastUpdateTimestamp': this.parse8601 (this.safeString (order, 'updated_at')),
            'status': this.safeString (this.options['orderStatuses'], this.safeString (order, 'state')),
            'type': this.safeString (this.options['orderTypes'], this.safeString (order, 'type')),
            'side': this.safeStringLower (order, 'direction'),
            'price': this.safeString (order, 'price'),
            'amount': this.safeString (order, 'amount'),
            'filled': this.safeString (order, 'traded_btc'),
            'cost': this.safeString (order, 'traded_currency'),
            'fees': fees,
            'info': order,
        }, market);
    }

    async createOrder (symbol, type, side, amount, price = undefined, params = {}) {
        // POST user/orders: type (LimitOrder, MarketOrder), currency ("must be EUR"), direction (buy, sell), price
        // (omitted for market orders), and either amount (BTC) or currency_amount (EUR: buy as much BTC as it
        // pays for). The docs name no stop, post-only, time-in-force, reduce-only or client order id parameter.
        await this.loadMarkets ();
        const market = this.market (symbol);
        if (market['id'] !== 'eur') {
            throw new BadSymbol (this.id + ' createOrder () trades BTC/EUR only, not ' + symbol);
        }
        // timeInForce first: unifiedOrderParams reads 'PO' as postOnly, and the error should name the param passed.
        const timeInForce = this.safeStringUpper (params, 'timeInForce');
        if ((timeInForce !== undefined) && ((timeInForce !== 'GTC') || (type !== 'limit'))) {
            throw new NotSupported (this.id + ' createOrder () does not support the unified param timeInForce ' + timeInForce + ' for ' + type + ' orders: limit orders rest in the book until filled or canceled (GTC)');
        }
        const [ unified, rest ] = this.unifiedOrderParams (type, params);
        this.rejectUnifiedParams ('createOrder', unified, [ 'postOnly', 'reduceOnly', 'triggerPrice', 'stopLossPrice', 'takeProfitPrice', 'clientOrderId' ]);
        if ((side !== 'buy') && (side !== 'sell')) {
            throw new InvalidOrder (this.id + ' createOrder () side must be buy or sell, not ' + side);
        }
        const request = {
            'currency': market['quoteId'],
            'direction': side,
        };
        if (type === 'limit') {
            if (unified['cost'] !== undefined) {
                throw new NotSupported (this.id + ' createOrder () supports the unified param cost for market buy orders only');
            }
            if (price === undefined) {
                throw new ArgumentsRequired (this.id + ' createOrder () requires a price for a limit order');
            }
            request['type'] = 'LimitOrder';
            request['price'] = this.priceToPrecision (symbol, price);
            request['amount'] = this.amountToPrecision (symbol, amount);
        } else if (type === 'market') {
            if (price !== undefined) {
                throw new InvalidOrder (this.id + ' createOrder () takes no price for a market order ("price must be omitted for market orders")');
            }
            request['type'] = 'MarketOrder';
            if (unified['cost'] !== undefined) {
                if (side !== 'buy') {
                    throw new NotSupported (this.id + ' createOrder () supports the unified param cost for market buy orders only');
                }
                request['currency_amount'] = this.costToPrecision (symbol, unified['cost']);
            } else {
                request['amount'] = this.amountToPrecision (symbol, amount);
            }
        } else {
            throw new InvalidOrder (this.id + ' createOrder () type must be limit or market, not ' + type);
        }
        const response = await this.privatePostUserOrders (this.extend (request, rest));
        return this.parseOrder (response, market);
    }

    async createMarketBuyOrderWithCost (symbol, cost, params = {}) {
        return await this.createOrder (symbol, 'market', 'buy', undefined, undefined, this.extend (params, { 'cost': cost }));
    }

    async cancelOrder (id, symbol = undefined, params = {}) {
        // DELETE user/orders/{uuid}: 204 without a body ("Only active trade orders ... may be canceled"); 404 for
        // an unknown order, 500 "unable to cancel this order".
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const response = await this.privateDeleteUserOrdersUuid (this.extend ({ 'uuid': id }, params));
        return this.safeOrder ({
            'id': id,
            'symbol': (market === undefined) ? undefined : market['symbol'],
            'status': 'canceled',
            'info': response,
        }, market);
    }

    async fetchOrder (id, symbol = undefined, params = {}) {
        // GET user/orders/{uuid}: the order, or 404.
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const response = await this.privateGetUserOrdersUuid (this.extend ({ 'uuid': id }, params));
        return this.parseOrder (response, market);
    }

    tradeOrdersRequest (limit, active) {
        // GET user/orders lists every kind of order (deposits and transfers too): types[] keeps the trade orders;
        // offset and limit paginate, the newest first; active=true keeps the active ones.
        // (encodeQuery writes a list as its key repeated, so the key names the brackets itself)
        const request = {
            'types[]': [ 'LimitOrder', 'MarketOrder' ],
        };
        if (active) {
            request['active'] = true;
        }
        if (limit !== undefined) {
            request['limit'] = limit;
        }
        return request;
    }

    async fetchTradeOrders (symbol, since, limit, params, active) {
        if (this.safeValue (params, 'until') !== undefined) {
            throw new NotSupported (this.id + ' does not support the unified param until for orders: the API takes no time range');
        }
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const response = await this.privateGetUserOrders (this.extend (this.tradeOrdersRequest (limit, active), params));
        if (!Array.isArray (response)) {
            throw new BadResponse (this.id + ' sent orders that are no list: ' + this.excerpt (this.json (response)));
        }
        return this.parseOrders (response, market, since, limit);
    }

    async fetchOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchTradeOrders (symbol, since, limit, params, false);
    }

    async fetchOpenOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchTradeOrders (symbol, since, limit, params, true);
    }

    async fetchClosedOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // The API filters active orders only: the page of every trade order, without the open ones.
        const orders = await this.fetchTradeOrders (symbol, since, limit, params, false);
        const result = [];
        for (let i = 0; i < orders.length; i++) {
            if (orders[i]['status'] !== 'open') {
                result.push (orders[i]);
            }
        }
        return result;
    }

    // --- funding -------------------------------------------------------------------------------------

    parseDepositAddress (entry, currency = undefined) {
        // { address, valid_until (seconds), currency, label }.
        const address = this.safeString (entry, 'address');
        if (address === undefined) {
            throw new BadResponse (this.id + ' sent a deposit address without an address: ' + this.excerpt (this.json (entry)));
        }
        return {
            'currency': this.safeCurrencyCode (this.safeString (entry, 'currency'), currency),
            'address': address,
            'info': entry,
        };
    }

    rejectNetwork (method, params) {
        if (this.safeValue (params, 'network') !== undefined) {
            throw new NotSupported (this.id + ' ' + method + ' () does not support the unified param network: the API keeps one chain per currency');
        }
    }

    async addressEntries (params) {
        // GET user/addresses: [ { address, valid_until, currency, label } ], expired ones too.
        const response = await this.privateGetUserAddresses (params);
        if (!Array.isArray (response)) {
            throw new BadResponse (this.id + ' sent deposit addresses that are no list: ' + this.excerpt (this.json (response)));
        }
        return response;
    }

    async fetchDepositAddress (code, params = {}) {
        // The address of the currency that stays valid the longest, among those still valid.
        this.rejectNetwork ('fetchDepositAddress', params);
        await this.loadMarkets ();
        const currency = this.currency (code);
        const entries = await this.addressEntries (params);
        const now = this.seconds ();
        let best = undefined;
        for (let i = 0; i < entries.length; i++) {
            const entry = entries[i];
            if (this.safeString (entry, 'currency') !== currency['id']) {
                continue;
            }
            const validUntil = this.safeInteger (entry, 'valid_until');
            if ((validUntil !== undefined) && (validUntil <= now)) {
                continue;
            }
            if ((best === undefined) || (validUntil === undefined) || (validUntil > this.safeInteger (best, 'valid_until', 0))) {
                best = entry;
            }
        }
        if (best === undefined) {
            throw new InvalidAddress (this.id + ' has no valid deposit address of ' + currency['code'] + ': createDepositAddress () makes one');
        }
        return this.parseDepositAddress (best, currency);
    }

    async fetchDepositAddresses (codes = undefined, params = {}) {
        this.rejectNetwork ('fetchDepositAddresses', params);
        await this.loadMarkets ();
        const entries = await this.addressEntries (params);
        const result = [];
        for (let i = 0; i < entries.length; i++) {
            const address = this.parseDepositAddress (entries[i]);
            if ((codes === undefined) || this.inArray (address['currency'], codes)) {
                result.push (address);
            }
        }
        return result;
    }

    async createDepositAddress (code, params = {}) {
        // POST user/addresses: currency, label (optional); "unless 5 other ones are already active" (422).
        this.rejectNetwork ('createDepositAddress', params);
        await this.loadMarkets ();
        const currency = this.currency (code);
        const response = await this.privatePostUserAddresses (this.extend ({ 'currency': currency['id'] }, params));
        return this.parseDepositAddress (response, currency);
    }

    parseTransaction (transaction, currency = undefined) {
        // POST user/withdrawals answers the order of type Transfer, and user/orders lists deposits as orders of type
        // BitcoinDeposit or WireDeposit: { uuid, amount, state, btc_fee, currency_fee, created_at, updated_at,
        // currency, type, account_operations: [ { ..., address, tx_hash } ] }.
        const code = this.safeCurrencyCode (this.safeString (transaction, 'currency'), currency);
        const kind = this.safeString (transaction, 'type');
        const isDeposit = (kind === 'BitcoinDeposit') || (kind === 'WireDeposit');
        const operations = this.safeList (transaction, 'account_operations', []);
        let address = undefined;
        let txid = undefined;
        for (let i = 0; i < operations.length; i++) {
            const operation = operations[i];
            if (address === undefined) {
                address = this.safeString (operation, 'address');
            }
            if (txid === undefined) {
                txid = this.safeString (operation, 'tx_hash');
            }
        }
        // btc_fee is the fee in BTC, currency_fee the one in the fiat currency (EUR); of another currency none is known.
        let feeCost = undefined;
        if (code === 'BTC') {
            feeCost = this.safeString (transaction, 'btc_fee');
        } else if (code === 'EUR') {
            feeCost = this.safeString (transaction, 'currency_fee');
        }
        return this.safeTransaction ({
            'id': this.safeString (transaction, 'uuid'),
            'txid': txid,
            'timestamp': this.parse8601 (this.safeString (transaction, 'created_at')),
            'updated': this.parse8601 (this.safeString (transaction, 'updated_at')),
            'address': address,
            'type': isDeposit ? 'deposit' : 'withdrawal',
            'amount': this.safeString (transaction, 'amount'),
            'currency': code,
            'status': this.safeString (this.options['transactionStatuses'], this.safeString (transaction, 'state')),
            'fee': (feeCost === undefined) ? undefined : { 'cost': feeCost, 'currency': code },
            'info': transaction,
        }, currency);
    }

    async fetchDeposits (code = undefined, since = undefined, limit = undefined, params = {}) {
        // GET user/orders?types[]=BitcoinDeposit&types[]=WireDeposit: the deposits among the account's orders, the
        // newest first (offset and limit paginate; no time range).
        if (this.safeValue (params, 'until') !== undefined) {
            throw new NotSupported (this.id + ' fetchDeposits () does not support the unified param until: the API takes no time range');
        }
        await this.loadMarkets ();
        const currency = (code === undefined) ? undefined : this.currency (code);
        const request = {
            'types[]': [ 'BitcoinDeposit', 'WireDeposit' ],
        };
        if (limit !== undefined) {
            request['limit'] = limit;
        }
        const response = await this.privateGetUserOrders (this.extend (request, params));
        if (!Array.isArray (response)) {
            throw new BadResponse (this.id + ' sent deposits that are no list: ' + this.excerpt (this.json (response)));
        }
        return this.parseTransactions (response, currency, since, limit);
    }

    async withdraw (code, amount, address, tag = undefined, params = {}) {
        // POST user/withdrawals: currency, amount, address ("BTC address if withdrawing BTC"); confirmed by e-mail
        // before it is executed. No tag or network parameter.
        this.rejectNetwork ('withdraw', params);
        if (tag !== undefined) {
            throw new NotSupported (this.id + ' withdraw () takes no tag: the API has no memo or destination tag field');
        }
        await this.loadMarkets ();
        const currency = this.currency (code);
        const request = {
            'currency': currency['id'],
            'amount': this.numberToString (amount),
        };
        if (address !== undefined) {
            request['address'] = address;
        }
        const response = await this.privatePostUserWithdrawals (this.extend (request, params));
        return this.parseTransaction (response, currency);
    }

    // --- transport -----------------------------------------------------------------------------------

    nonce () {
        return this.milliseconds ();
    }

    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        let url = this.safeString (this.urls['api'], api) + '/' + this.implodeParams (path, params);
        const query = this.omit (params, this.extractParams (path));
        const hasBody = (method === 'POST') || (method === 'PUT');
        if (!hasBody && (Object.keys (query).length > 0)) {
            // a list as its key repeated: types[]=LimitOrder&types[]=MarketOrder, the form the docs give
            url = url + '?' + this.encodeQuery (query, true, false);
        }
        if (api === 'public') {
            return { 'url': url, 'method': method, 'body': body, 'headers': headers };
        }
        this.checkRequiredCredentials ();
        const nonce = this.numberToString (this.nonce ());
        let payload = nonce + url;
        headers = {
            'Api-Key': this.apiKey,
            'Api-Nonce': nonce,
        };
        if (hasBody) {
            body = (Object.keys (query).length > 0) ? this.json (query) : '{}'; // (PHP writes an empty dictionary as [])
            payload = payload + body;
            headers['Content-Type'] = 'application/json';
        }
        headers['Api-Signature'] = this.hmac (this.encode (payload), this.encode (this.secret), 'sha256');
        return { 'url': url, 'method': method, 'body': body, 'headers': headers };
    }

    handleErrors (status, reason, url, method, responseHeaders, responseBody, response, requestHeaders, requestBody) {
        if (status < 400) {
            return undefined;
        }
        const feedback = this.id + ' ' + method + ' ' + url + ' ' + this.numberToString (status) + ' ' + this.excerpt (responseBody);
        const ordersPath = (url.indexOf ('/user/orders/') >= 0);
        if (ordersPath && (status === 404)) {
            throw new OrderNotFound (feedback); // "order not found"
        }
        if (ordersPath && (method === 'DELETE') && (status === 500)) {
            throw new InvalidOrder (feedback); // "unable to cancel this order"
        }
        if ((response === undefined) || Array.isArray (response) || (typeof response !== 'object')) {
            return undefined;
        }
        // { "error": "market_protection_volume_too_large", max_order_amount, currency, side }
        const code = this.safeString (response, 'error');
        if (code !== undefined) {
            this.throwExactlyMatchedException (this.exceptions['exact'], code, feedback);
        }
        // { "errors": [ messages ] }; the ohlcv endpoint writes one message as a string.
        let messages = this.safeValue (response, 'errors');
        if (typeof messages === 'string') {
            messages = [ messages ];
        }
        if (!Array.isArray (messages)) {
            if (code !== undefined) {
                throw new ExchangeError (feedback);
            }
            return undefined;
        }
        for (let i = 0; i < messages.length; i++) {
            const message = messages[i];
            if (typeof message !== 'string') {
                continue;
            }
            this.throwExactlyMatchedException (this.exceptions['exact'], message, feedback);
            this.throwBroadlyMatchedException (this.exceptions['broad'], message, feedback);
        }
        if ((status === 400) || (status === 422)) {
            throw new BadRequest (feedback);
        }
        return undefined;
    }
}
