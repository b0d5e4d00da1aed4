// Mercado Bitcoin API v4: https://api.mercadobitcoin.net/api/v4/docs (linked from https://www.mercadobitcoin.com.br/api-doc).
//
// Private calls carry a bearer token that POST /authorize gives for the API token's id and secret, valid until
// the expiration it reports: it is kept as the session token 'access' (this.sessionTokens, redacted from messages),
// its expiration in options['accessTokenExpiration'], and asked for again shortly before it expires. Private routes name the account: GET /accounts gives it, kept in
// options['accountId'] (params['accountId'] picks another of the user's accounts for one call).
//
// Credentials: apiKey is the API token's id (sent as `login`), password is its secret (sent as `password`). The
// secret goes into a request body as it is, not into a signature, so it is the `password` credential here: the
// `secret` credential may only key a signature (SUB-B009).
import Exchange from './base/Exchange.js';
import { ArgumentsRequired, AuthenticationError, BadRequest, BadResponse, BadSymbol, DDoSProtection, ExchangeError, ExchangeNotAvailable, InsufficientFunds, InvalidAddress, InvalidOrder, NotSupported, OrderNotFound, PermissionDenied, RateLimitExceeded } from './base/errors.js';
import Precise from './base/Precise.js';
import { TICK_SIZE } from './base/functions/number.js';

export default class mercado extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'mercado',
            'name': 'Mercado Bitcoin',
            'countries': [ 'BR' ],
            'version': 'v4',
            // The public data endpoints take one request per second.
            'rateLimit': 1000,
            'has': {
                'fetchMarkets': true,
                'fetchCurrencies': false, // no currency list: /symbols names the markets only
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
                'fetchDeposits': false, // the wallet endpoints' answers could not be checked against the documentation
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
                'api': 'https://api.mercadobitcoin.net/api/v4',
                'www': 'https://www.mercadobitcoin.com.br',
                'doc': [
                    'https://api.mercadobitcoin.net/api/v4/docs',
                    'https://www.mercadobitcoin.com.br/api-doc',
                ],
                'fees': 'https://www.mercadobitcoin.com.br/comissoes-prazos-limites',
            },
            'api': {
                'public': {
                    'get': [
                        'symbols',
                        'tickers',
                        'candles',
                        '{symbol}/orderbook',
                        '{symbol}/trades',
                        '{asset}/fees',
                        '{asset}/networks',
                    ],
                    'post': [
                        'authorize',
                    ],
                },
                'private': {
                    'get': [
                        'accounts',
                        'accounts/{accountId}/balances',
                        'accounts/{accountId}/tier',
                        'accounts/{accountId}/positions',
                        'accounts/{accountId}/{symbol}/fees',
                        'accounts/{accountId}/{symbol}/orders',
                        'accounts/{accountId}/{symbol}/orders/{orderId}',
                    ],
                    'post': [
                        'accounts/{accountId}/{symbol}/orders',
                    ],
                    'delete': [
                        'accounts/{accountId}/{symbol}/orders/{orderId}',
                    ],
                },
            },
            // The candle resolutions of /candles.
            'timeframes': {
                '1m': '1m',
                '15m': '15m',
                '1h': '1h',
                '3h': '3h',
                '1d': '1d',
                '1w': '1w',
                '1M': '1M',
            },
            'requiredCredentials': {
                'apiKey': true, // the API token's id
                'secret': false,
                'password': true, // the API token's secret
            },
            // The rates of the lowest volume level; accounts/{accountId}/{symbol}/fees reports the account's own.
            'fees': {
                'trading': {
                    'tierBased': true,
                    'percentage': true,
                    'maker': 0.003,
                    'taker': 0.007,
                },
            },
            // /symbols states the price tick as minmovement / pricescale.
            'precisionMode': TICK_SIZE,
            'options': {
                // The token is asked for again this many seconds before the expiration /authorize reported.
                'accessTokenMargin': 60,
                // createOrder's unified cost is the exchange's own cost field (a market buy sized in the quote currency).
                'sameNameParams': [ 'cost' ],
                'orderStatuses': {
                    'created': 'open',
                    'working': 'open',
                    'filled': 'closed',
                    'cancelled': 'canceled',
                },
                // [ unified type, postOnly ] of each order type; stoplimit is a limit order with a trigger.
                'orderTypes': {
                    'market': [ 'market', false ],
                    'limit': [ 'limit', false ],
                    'stoplimit': [ 'limit', false ],
                    'post-only': [ 'limit', true ],
                },
            },
            // Errors (https://api.mercadobitcoin.net/api/v4/docs, "Errors"): an HTTP 4xx or 5xx status with
            // { "code": "DOMAIN|MODULE|ERROR", "message": "..." }, e.g. 400 { "code":
            // "TRADING|GET_ORDER|ORDER_NOT_FOUND", "message": "This order_id not found" }, 403 { "code":
            // "API|FORBIDDEN", "message": "You need to be authenticated" }. The ERROR part (after the last '|')
            // is matched exactly against the documented list.
            'exceptions': {
                'exact': {
                    'API_UNAVAILABLE': ExchangeNotAvailable,
                    'FORBIDDEN': AuthenticationError, // invalid login or password, or not authenticated
                    'INVALID_ACCESS': PermissionDenied, // a persisting method called with a read-only key
                    'INVALID_SYMBOL': BadSymbol,
                    'INVALID_PAIR': BadSymbol,
                    'INVALID_PARAMETER': BadRequest,
                    'MISSING_FIELD': BadRequest,
                    'PARAMETER_SIZE_LARGE': BadRequest,
                    'INSUFFICIENT_BALANCE': InsufficientFunds,
                    'ORDER_NOT_FOUND': OrderNotFound,
                    'ORDER_PROCESSED': InvalidOrder, // already processed or canceled
                    'ORDER_DUPLICATE': InvalidOrder,
                    'INVALID_DECIMAL_PLACES': InvalidOrder,
                    'INVALID_LIMIT_PRICE': InvalidOrder,
                    'INVALID_MAX_LIMIT_PRICE': InvalidOrder,
                    'INVALID_MIN_LIMIT_PRICE': InvalidOrder,
                    'INVALID_MAX_QUANTITY': InvalidOrder,
                    'INVALID_MIN_QUANTITY': InvalidOrder,
                    'INVALID_SIDE': InvalidOrder,
                    'INVALID_STOP_PRICE': InvalidOrder,
                    'MIN_MAX_BRL_EXCEEDED': InvalidOrder,
                    'INVALID_ADDRESS': InvalidAddress,
                    'ADDRESS_NOT_REGISTERED': InvalidAddress,
                    'REQUEST_RATE_EXCEEDED': RateLimitExceeded,
                    'REQUEST_DENIED': DDoSProtection,
                    'REQUEST_BLOCKED': DDoSProtection,
                },
                'broad': {},
            },
        });
    }

    // --- authentication ------------------------------------------------------------------------------

    async authenticate (params = {}) {
        // POST /authorize { login, password } answers { access_token, expiration (Unix seconds) }; the token is
        // reused until accessTokenMargin seconds before it expires.
        const token = this.safeString (this.sessionTokens, 'access');
        const expiration = this.safeInteger (this.options, 'accessTokenExpiration');
        const margin = this.safeInteger (this.options, 'accessTokenMargin', 60);
        if ((token !== undefined) && (expiration !== undefined) && (this.seconds () < expiration - margin)) {
            return token;
        }
        this.checkRequiredCredentials ();
        const request = {
            'login': this.apiKey,
            'password': this.password,
        };
        const response = await this.publicPostAuthorize (this.extend (request, params));
        const accessToken = this.safeString (response, 'access_token');
        const expires = this.safeInteger (response, 'expiration');
        if ((accessToken === undefined) || (expires === undefined)) {
            throw new BadResponse (this.id + ' authorize answered without an access_token and its expiration');
        }
        this.options['accessTokenExpiration'] = expires;
        return this.keepSessionToken ('access', accessToken);
    }

    async prepareAccount (params = {}) {
        // The account of a private call: params['accountId'], else the one kept in options, else the first that
        // GET /accounts lists ([ { id, name, type, currency, currencySign } ]), which is kept.
        await this.authenticate ();
        const accountId = this.safeString2 (params, 'accountId', 'account_id');
        const rest = this.omit (params, [ 'accountId', 'account_id' ]);
        if (accountId !== undefined) {
            return [ accountId, rest ];
        }
        const cached = this.safeString (this.options, 'accountId');
        if (cached !== undefined) {
            return [ cached, rest ];
        }
        const response = await this.privateGetAccounts ();
        const first = this.safeDict (response, 0);
        const id = this.safeString (first, 'id');
        if (id === undefined) {
            throw new ExchangeError (this.id + ' GET accounts listed no account for this API token');
        }
        this.options['accountId'] = id;
        return [ id, rest ];
    }

    // --- markets -------------------------------------------------------------------------------------

    async fetchMarkets (params = {}) {
        // /symbols answers column by column, one list per field, the markets at the same index in each: symbol
        // ('BTC-BRL'), base-currency, currency (the quote), exchange-listed, exchange-traded, minmovement,
        // pricescale (a number: "the number of decimal digits allowed for the symbol price, presented as a scale:
        // 1000 means 3 decimal digits", so the price tick is 1 / pricescale), min-price, max-price, min-volume,
        // max-volume, min-cost, max-cost (strings), type, description, ... (the ListSymbolInfoResponse schema of
        // https://api.mercadobitcoin.net/api/v4/docs). minmovement is kept in info only: the documented example
        // writes it as the tick itself ("0.00000001" with pricescale 100000000), so dividing it by pricescale
        // (the TradingView reading) would give a tick 10^8 times too small.
        const response = await this.publicGetSymbols (params);
        const ids = this.safeList (response, 'symbol', []);
        const bases = this.safeList (response, 'base-currency', []);
        const quotes = this.safeList (response, 'currency', []);
        const listed = this.safeList (response, 'exchange-listed', []);
        const traded = this.safeList (response, 'exchange-traded', []);
        const movements = this.safeList (response, 'minmovement', []);
        const scales = this.safeList (response, 'pricescale', []);
        const minPrices = this.safeList (response, 'min-price', []);
        const maxPrices = this.safeList (response, 'max-price', []);
        const minVolumes = this.safeList (response, 'min-volume', []);
        const maxVolumes = this.safeList (response, 'max-volume', []);
        const minCosts = this.safeList (response, 'min-cost', []);
        const maxCosts = this.safeList (response, 'max-cost', []);
        const result = [];
        for (let i = 0; i < ids.length; i++) {
            const id = this.safeString (ids, i);
            const baseId = this.safeString (bases, i);
            const quoteId = this.safeString (quotes, i);
            if ((id === undefined) || (baseId === undefined) || (quoteId === undefined)) {
                throw new BadResponse (this.id + ' /symbols sent a market without its symbol, base-currency or currency at index ' + this.numberToString (i));
            }
            const base = this.safeCurrencyCode (baseId);
            const quote = this.safeCurrencyCode (quoteId);
            const scale = this.safeString (scales, i);
            let tick = undefined;
            if ((scale !== undefined) && Precise.stringGt (scale, '0')) {
                tick = this.parseNumber (Precise.stringDiv ('1', scale));
            }
            const isListed = this.safeBool (listed, i);
            const isTraded = this.safeBool (traded, i);
            let active = undefined;
            if ((isListed !== undefined) && (isTraded !== undefined)) {
                active = isListed && isTraded;
            }
            result.push (this.safeMarketStructure ({
                'id': id,
                'symbol': base + '/' + quote,
                'base': base,
                'quote': quote,
                'baseId': baseId,
                'quoteId': quoteId,
                'active': active,
                'type': 'spot',
                'spot': true,
                'taker': this.fees['trading']['taker'],
                'maker': this.fees['trading']['maker'],
                'precision': {
                    'amount': undefined,
                    'price': tick,
                },
                'limits': {
                    'amount': { 'min': this.safeNumber (minVolumes, i), 'max': this.safeNumber (maxVolumes, i) },
                    'price': { 'min': this.safeNumber (minPrices, i), 'max': this.safeNumber (maxPrices, i) },
                    'cost': { 'min': this.safeNumber (minCosts, i), 'max': this.safeNumber (maxCosts, i) },
                },
                'info': {
                    'symbol': id,
                    'base-currency': baseId,
                    'currency': quoteId,
                    'exchange-listed': isListed,
                    'exchange-traded': isTraded,
                    'minmovement': this.safeValue (movements, i),
                    'pricescale': this.safeValue (scales, i),
                    'min-price': this.safeValue (minPrices, i),
                    'max-price': this.safeValue (maxPrices, i),
                    'min-volume': this.safeValue (minVolumes, i),
                    'max-volume': this.safeValue (maxVolumes, i),
                    'min-cost': this.safeValue (minCosts, i),
                    'max-cost': this.safeValue (maxCosts, i),
                },
            }));
        }
        return result;
    }

    // --- market data ---------------------------------------------------------------------------------

    parseTicker (ticker, market = undefined) {
        // { pair: 'BTC-BRL', high, low, vol (base), last, buy (best bid), sell (best ask), open, date } with string
        // prices (TickerResponse, https://api.mercadobitcoin.net/api/v4/docs). The schema describes date as "in
        // nanoseconds" but its example, 1636107279, is Unix seconds, which is how it is read.
        market = this.safeMarket (this.safeString (ticker, 'pair'), market, '-');
        return this.safeTicker ({
            'symbol': market['symbol'],
            'timestamp': this.safeTimestamp (ticker, 'date'),
            'high': this.safeString (ticker, 'high'),
            'low': this.safeString (ticker, 'low'),
            'bid': this.safeString (ticker, 'buy'),
            'ask': this.safeString (ticker, 'sell'),
            'open': this.safeString (ticker, 'open'),
            'last': this.safeString (ticker, 'last'),
            'baseVolume': this.safeString (ticker, 'vol'),
            'info': ticker,
        }, market);
    }

    async fetchTicker (symbol, params = {}) {
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetTickers (this.extend ({ 'symbols': market['id'] }, params));
        const ticker = this.safeDict (response, 0);
        if (ticker === undefined) {
            throw new BadResponse (this.id + ' /tickers sent no ticker of ' + market['id']);
        }
        return this.parseTicker (ticker, market);
    }

    async fetchTickers (symbols = undefined, params = {}) {
        // /tickers?symbols=BTC-BRL,ETH-BRL: the endpoint needs the markets named (it lists no default set, and
        // every market of the exchange would not fit a URL), so symbols are required.
        if (symbols === undefined) {
            throw new ArgumentsRequired (this.id + ' fetchTickers () requires symbols: /tickers reports the markets it is asked for');
        }
        await this.loadMarkets ();
        const ids = this.marketIds (symbols);
        const response = await this.publicGetTickers (this.extend ({ 'symbols': ids.join (',') }, params));
        return this.parseTickers (response, symbols);
    }

    async fetchOrderBook (symbol, limit = undefined, params = {}) {
        // /{symbol}/orderbook?limit (at most 1000 levels a side): { asks: [ [ price, amount ] ], bids, timestamp }.
        // The timestamp's unit is not stated with the example at hand: it is left in info only.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'symbol': market['id'] };
        if (limit !== undefined) {
            request['limit'] = this.numberToString (Math.min (limit, 1000));
        }
        const response = await this.publicGetSymbolOrderbook (this.extend (request, params));
        return this.parseOrderBook (response, market['symbol']);
    }

    parseOHLCV (ohlcv, market = undefined) {
        // One candle as fetchOHLCV collects it from the columns: [ t (Unix seconds), o, h, l, c, v ].
        return [
            this.safeTimestamp (ohlcv, 0),
            this.safeNumber (ohlcv, 1),
            this.safeNumber (ohlcv, 2),
            this.safeNumber (ohlcv, 3),
            this.safeNumber (ohlcv, 4),
            this.safeNumber (ohlcv, 5),
        ];
    }

    async fetchOHLCV (symbol, timeframe = '1m', since = undefined, limit = undefined, params = {}) {
        // /candles?symbol&resolution&from&to&countback (Unix seconds; to is required, countback is the number
        // of candles up to to and overrides from): { t: [ ... ], o, h, l, c, v }, one list per field, oldest first.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const resolution = this.safeString (this.timeframes, timeframe);
        if (resolution === undefined) {
            throw new BadRequest (this.id + ' fetchOHLCV () does not support the timeframe ' + timeframe + ': one of ' + Object.keys (this.timeframes).join (', '));
        }
        const until = this.safeInteger (params, 'until');
        const to = (until === undefined) ? this.seconds () : Math.floor (until / 1000);
        const request = {
            'symbol': market['id'],
            'resolution': resolution,
            'to': to,
        };
        if (since !== undefined) {
            request['from'] = Math.floor (since / 1000);
        } else if (limit !== undefined) {
            request['countback'] = limit;
        }
        const response = await this.publicGetCandles (this.extend (request, this.omit (params, 'until')));
        const times = this.safeList (response, 't', []);
        const opens = this.safeList (response, 'o', []);
        const highs = this.safeList (response, 'h', []);
        const lows = this.safeList (response, 'l', []);
        const closes = this.safeList (response, 'c', []);
        const volumes = this.safeList (response, 'v', []);
        const candles = [];
        for (let i = 0; i < times.length; i++) {
            candles.push ([
                this.safeValue (times, i),
                this.safeValue (opens, i),
                this.safeValue (highs, i),
                this.safeValue (lows, i),
                this.safeValue (closes, i),
                this.safeValue (volumes, i),
            ]);
        }
        return this.parseOHLCVs (candles, market, timeframe, since, limit);
    }

    parseTrade (trade, market = undefined) {
        // Public (TradeResponse): { tid (a number), date (Unix seconds), type ('buy' or 'sell': the taker's side),
        // price and amount (strings) }. An
        // order's execution (fetchMyTrades): { id, instrument, executed_at (Unix seconds), side, price, qty,
        // liquidity ('maker' or 'taker'), fee_rate }, with the order id added as order_id by fetchMyTrades.
        market = this.safeMarket (this.safeString (trade, 'instrument'), market, '-');
        return this.safeTrade ({
            'id': this.safeString2 (trade, 'tid', 'id'),
            'order': this.safeString (trade, 'order_id'),
            'symbol': market['symbol'],
            'timestamp': this.safeTimestamp2 (trade, 'date', 'executed_at'),
            'side': this.safeStringLower2 (trade, 'type', 'side'),
            'takerOrMaker': this.safeStringLower (trade, 'liquidity'),
            'price': this.safeString (trade, 'price'),
            'amount': this.safeString2 (trade, 'amount', 'qty'),
            'info': trade,
        }, market);
    }

    async fetchTrades (symbol, since = undefined, limit = undefined, params = {}) {
        // /{symbol}/trades?from&to (Unix seconds)&limit (at most 1000): the most recent trades.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'symbol': market['id'] };
        if (since !== undefined) {
            request['from'] = Math.floor (since / 1000);
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            request['to'] = Math.floor (until / 1000);
        }
        if (limit !== undefined) {
            request['limit'] = Math.min (limit, 1000);
        }
        const response = await this.publicGetSymbolTrades (this.extend (request, this.omit (params, 'until')));
        return this.parseTrades (response, market, since, limit);
    }

    // --- account -------------------------------------------------------------------------------------

    async fetchBalance (params = {}) {
        // accounts/{accountId}/balances: [ { symbol, available, on_hold, total } ].
        await this.loadMarkets ();
        const [ accountId, rest ] = await this.prepareAccount (params);
        const response = await this.privateGetAccountsAccountIdBalances (this.extend ({ 'accountId': accountId }, rest));
        const result = { 'info': response };
        for (let i = 0; i < response.length; i++) {
            const entry = response[i];
            const account = this.account ();
            account['free'] = this.safeString (entry, 'available');
            account['used'] = this.safeString (entry, 'on_hold');
            account['total'] = this.safeString (entry, 'total');
            result[this.safeCurrencyCode (this.safeString (entry, 'symbol'))] = account;
        }
        return this.safeBalance (result);
    }

    // --- orders --------------------------------------------------------------------------------------

    parseOrder (order, market = undefined) {
        // OrderResponse (https://api.mercadobitcoin.net/api/v4/docs): { id, instrument, side (buy, sell), type
        // (market, limit, stoplimit, post-only), status (created, working, filled, cancelled), qty and filledQty
        // (strings), limitPrice, stopPrice, avgPrice, cost (numbers), externalId, created_at and updated_at (Unix
        // seconds), fee ("charged volume by fee application", a string), executions: [ ... ], triggerOrderId }.
        // The documentation does not say in which currency fee is charged: it is left in info, as are the
        // executions (fetchMyTrades reads them).
        market = this.safeMarket (this.safeString (order, 'instrument'), market, '-');
        const orderType = this.safeString (order, 'type');
        const kind = this.safeValue (this.options['orderTypes'], orderType, [ undefined, undefined ]);
        const stopPrice = (orderType === 'stoplimit') ? this.omitZero (this.safeString (order, 'stopPrice')) : undefined;
        const average = this.omitZero (this.safeString (order, 'avgPrice'));
        let price = this.omitZero (this.safeString (order, 'limitPrice'));
        if ((price === undefined) && (kind[0] === 'market')) {
            price = average;
        }
        return this.safeOrder ({
            'id': this.safeString (order, 'id'),
            'clientOrderId': this.safeString (order, 'externalId'),
            'symbol': market['symbol'],
            'timestamp': this.safeTimestamp (order, 'created_at'),
            'lastUpdateTimestamp': this.safeTimestamp (order, 'updated_at'),
            'status': this.safeString (this.options['orderStatuses'], this.safeString (order, 'status')),
            'type': kind[0],
            'postOnly': kind[1],
            'side': this.safeStringLower (order, 'side'),
            'price': price,
            'triggerPrice': stopPrice,
            'average': average,
            'amount': this.safeString (order, 'qty'),
            'filled': this.safeString (order, 'filledQty'),
            'info': order,
        }, market);
    }

    omitZero (value) {
        // The order schema writes 0 for a price it does not have (a market order's limitPrice, an order without
        // executions' avgPrice).
        if ((value === undefined) || Precise.stringEq (value, '0')) {
            return undefined;
        }
        return value;
    }

    async createOrder (symbol, type, side, amount, price = undefined, params = {}) {
        // POST accounts/{accountId}/{symbol}/orders { side, type, qty, limitPrice, stopPrice, cost, externalId,
        // async } answers { orderId }. Types: market, limit, stoplimit (a limit order placed when the price reaches
        // stopPrice) and post-only (a limit order that only adds liquidity). The unified postOnly (timeInForce PO)
        // is the post-only type, triggerPrice of a limit order the stoplimit type, clientOrderId is externalId,
        // cost sizes a market buy in the quote currency (the exchange's cost). Orders rest until they fill or
        // are canceled (GTC); IOC, FOK, reduceOnly, stop-loss and take-profit orders do not exist here.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const [ unified, rest ] = this.unifiedOrderParams (type, params);
        this.rejectUnifiedParams ('createOrder', unified, [ 'reduceOnly', 'stopLossPrice', 'takeProfitPrice' ]);
        if ((type !== 'market') && (type !== 'limit')) {
            throw new InvalidOrder (this.id + ' createOrder () type must be market or limit, not ' + type);
        }
        if ((side !== 'buy') && (side !== 'sell')) {
            throw new InvalidOrder (this.id + ' createOrder () side must be buy or sell, not ' + side);
        }
        const timeInForce = unified['timeInForce'];
        if ((timeInForce !== undefined) && (timeInForce !== 'GTC')) {
            throw new NotSupported (this.id + ' createOrder () does not support the unified param timeInForce ' + timeInForce + ': orders rest until they fill or are canceled (GTC)');
        }
        const request = {
            'symbol': market['id'],
            'side': side,
        };
        let orderType = type;
        if (unified['trigger'] !== undefined) {
            if (type !== 'limit') {
                throw new NotSupported (this.id + ' createOrder () triggerPrice makes a stoplimit order, which is a limit order: use type limit with a price');
            }
            orderType = 'stoplimit';
        } else if (unified['postOnly']) {
            orderType = 'post-only';
        }
        request['type'] = orderType;
        if (unified['cost'] !== undefined) {
            if (side !== 'buy') {
                throw new InvalidOrder (this.id + ' createOrder () cost sizes market buy orders only');
            }
            request['cost'] = this.parseNumber (this.costToPrecision (symbol, unified['cost']));
        } else {
            request['qty'] = this.amountToPrecision (symbol, amount);
        }
        if (type === 'limit') {
            if (price === undefined) {
                throw new ArgumentsRequired (this.id + ' createOrder () requires a price for a limit order');
            }
            request['limitPrice'] = this.parseNumber (this.priceToPrecision (symbol, price));
        }
        if (unified['trigger'] !== undefined) {
            request['stopPrice'] = this.parseNumber (this.priceToPrecision (symbol, unified['trigger']));
        }
        if (unified['clientOrderId'] !== undefined) {
            request['externalId'] = unified['clientOrderId'];
        }
        const [ accountId, query ] = await this.prepareAccount (rest);
        request['accountId'] = accountId;
        const response = await this.privatePostAccountsAccountIdSymbolOrders (this.extend (request, query));
        // The answer names the order only; the rest is what was placed.
        return this.safeOrder ({
            'id': this.safeString (response, 'orderId'),
            'clientOrderId': unified['clientOrderId'],
            'symbol': market['symbol'],
            'type': type,
            'postOnly': unified['postOnly'],
            'side': side,
            'price': this.safeString (request, 'limitPrice'),
            'triggerPrice': unified['trigger'],
            'amount': this.safeString (request, 'qty'),
            'cost': (unified['cost'] === undefined) ? undefined : this.safeString (request, 'cost'),
            'info': response,
        }, market);
    }

    async cancelOrder (id, symbol = undefined, params = {}) {
        // DELETE accounts/{accountId}/{symbol}/orders/{orderId}: the route names the market, so symbol is required.
        // The answer is { status }: the request's status, not the order's. The cancel is asynchronous by default
        // (query async, default true) and answers "queued_to_cancel" (the documented example), which says nothing
        // of the order's state (status left undefined); with async=false the call waits until the order is
        // 'cancelled'.
        if (symbol === undefined) {
            throw new ArgumentsRequired (this.id + ' cancelOrder () requires a symbol: the route names the market');
        }
        await this.loadMarkets ();
        const market = this.market (symbol);
        const [ accountId, rest ] = await this.prepareAccount (params);
        const request = { 'accountId': accountId, 'symbol': market['id'], 'orderId': id };
        const response = await this.privateDeleteAccountsAccountIdSymbolOrdersOrderId (this.extend (request, rest));
        return this.safeOrder ({
            'id': id,
            'symbol': market['symbol'],
            'status': this.safeString (this.options['orderStatuses'], this.safeString (response, 'status')),
            'info': response,
        }, market);
    }

    async fetchOrder (id, symbol = undefined, params = {}) {
        // GET accounts/{accountId}/{symbol}/orders/{orderId}: the route names the market, so symbol is required.
        if (symbol === undefined) {
            throw new ArgumentsRequired (this.id + ' fetchOrder () requires a symbol: the route names the market');
        }
        await this.loadMarkets ();
        const market = this.market (symbol);
        const [ accountId, rest ] = await this.prepareAccount (params);
        const request = { 'accountId': accountId, 'symbol': market['id'], 'orderId': id };
        const response = await this.privateGetAccountsAccountIdSymbolOrdersOrderId (this.extend (request, rest));
        return this.parseOrder (response, market);
    }

    async fetchOrdersOf (method, symbol, since, request, params) {
        // GET accounts/{accountId}/{symbol}/orders?status&has_executions&created_at_from&created_at_to (Unix
        // seconds): the account's orders in one market, which the route names (symbol is required).
        if (symbol === undefined) {
            throw new ArgumentsRequired (this.id + ' ' + method + ' () requires a symbol: the route names the market');
        }
        await this.loadMarkets ();
        const market = this.market (symbol);
        if (since !== undefined) {
            request['created_at_from'] = Math.floor (since / 1000);
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            request['created_at_to'] = Math.floor (until / 1000);
        }
        const [ accountId, rest ] = await this.prepareAccount (this.omit (params, 'until'));
        request['accountId'] = accountId;
        request['symbol'] = market['id'];
        const response = await this.privateGetAccountsAccountIdSymbolOrders (this.extend (request, rest));
        return [ market, response ];
    }

    async fetchOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        const [ market, response ] = await this.fetchOrdersOf ('fetchOrders', symbol, since, {}, params);
        return this.parseOrders (response, market, since, limit);
    }

    async fetchOpenOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // status=working: the orders on the book (created is the moment before they are).
        const [ market, response ] = await this.fetchOrdersOf ('fetchOpenOrders', symbol, since, { 'status': 'working' }, params);
        return this.parseOrders (response, market, since, limit);
    }

    async fetchClosedOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // The account's orders in the market that are no longer open (filled or canceled).
        const [ market, response ] = await this.fetchOrdersOf ('fetchClosedOrders', symbol, since, {}, params);
        const orders = this.parseOrders (response, market, since);
        const result = [];
        for (let i = 0; i < orders.length; i++) {
            const status = orders[i]['status'];
            if ((status !== undefined) && (status !== 'open')) {
                result.push (orders[i]);
            }
        }
        return this.filterBySinceLimit (result, since, limit);
    }

    async fetchMyTrades (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // The API lists the account's trades as the executions of its orders: the orders of the market with
        // has_executions=true (executed_at_from and executed_at_to bound the time), each execution a trade.
        if (symbol === undefined) {
            throw new ArgumentsRequired (this.id + ' fetchMyTrades () requires a symbol: the route names the market');
        }
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'has_executions': 'true' };
        if (since !== undefined) {
            request['executed_at_from'] = Math.floor (since / 1000);
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            request['executed_at_to'] = Math.floor (until / 1000);
        }
        const [ accountId, rest ] = await this.prepareAccount (this.omit (params, 'until'));
        request['accountId'] = accountId;
        request['symbol'] = market['id'];
        const response = await this.privateGetAccountsAccountIdSymbolOrders (this.extend (request, rest));
        const trades = [];
        for (let i = 0; i < response.length; i++) {
            const order = response[i];
            const orderId = this.safeString (order, 'id');
            const executions = this.safeList (order, 'executions', []);
            for (let j = 0; j < executions.length; j++) {
                trades.push (this.extend (executions[j], { 'order_id': orderId }));
            }
        }
        return this.parseTrades (trades, market, since, limit);
    }

    // --- transport -----------------------------------------------------------------------------------

    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        // GET and DELETE send their params as the query string, POST as a JSON body; private calls carry the
        // bearer token of /authorize.
        let url = this.urls['api'] + '/' + this.implodeParams (path, params);
        const query = this.omit (params, this.extractParams (path));
        const hasBody = (method === 'POST') || (method === 'PUT');
        if (!hasBody && (Object.keys (query).length > 0)) {
            url = url + '?' + this.urlencode (query);
        }
        headers = {};
        if (hasBody) {
            body = (Object.keys (query).length > 0) ? this.json (query) : '{}'; // (PHP writes an empty dictionary as [])
            headers['Content-Type'] = 'application/json';
        }
        if (api === 'private') {
            const token = this.safeString (this.sessionTokens, 'access');
            if (token === undefined) {
                throw new AuthenticationError (this.id + ' private endpoints need the token of /authorize: await authenticate () first');
            }
            headers['Authorization'] = 'Bearer ' + token;
        }
        return { 'url': url, 'method': method, 'body': body, 'headers': headers };
    }

    handleErrors (status, reason, url, method, responseHeaders, responseBody, response, requestHeaders, requestBody) {
        // { "code": "DOMAIN|MODULE|ERROR", "message": "..." } with an HTTP 4xx or 5xx status: the ERROR part picks
        // the error class; otherwise the status does (401 AuthenticationError, 403 PermissionDenied, 429
        // RateLimitExceeded, 5xx ExchangeNotAvailable, as the documented 500 API|INTERNAL_SERVER_ERROR).
        if ((response === undefined) || Array.isArray (response) || (typeof response !== 'object') || (status < 400)) {
            return;
        }
        const code = this.safeString (response, 'code');
        if (code === undefined) {
            return;
        }
        const parts = code.split ('|');
        const error = parts[parts.length - 1];
        const feedback = this.id + ' ' + method + ' ' + url + ' ' + code + ' ' + this.safeString (response, 'message', '');
        this.throwExactlyMatchedException (this.exceptions['exact'], error, feedback);
        if (status === 401) {
            throw new AuthenticationError (feedback);
        }
        if (status === 403) {
            throw new PermissionDenied (feedback);
        }
        if (status === 429) {
            throw new RateLimitExceeded (feedback);
        }
        if (status >= 500) {
            throw new ExchangeNotAvailable (feedback);
        }
        throw new ExchangeError (feedback);
    }
}
