// ProBit Global REST API v1: https://docs-en.probit.com
import Exchange from './base/Exchange.js';
import { ArgumentsRequired, AuthenticationError, BadRequest, BadSymbol, ExchangeError, ExchangeNotAvailable, InsufficientFunds, InvalidOrder, NotSupported, OnMaintenance, OrderNotFound, PermissionDenied, RateLimitExceeded } from './base/errors.js';
import { TICK_SIZE, TRUNCATE } from './base/functions/number.js';
import Precise from './base/Precise.js';

export default class probit extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'probit',
            'name': 'ProBit',
            'countries': [ 'SC', 'KR' ],
            'version': 'v1',
            // Rate limits (Error Codes and rate limit notes): 20 requests a second per IP address for every API.
            'rateLimit': 50,
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
                'fetchOrders': false, // open orders and the order history are separate endpoints
                'fetchOpenOrders': true,
                'fetchClosedOrders': true,
                'fetchMyTrades': true,
                'fetchDeposits': false,
                'fetchWithdrawals': false,
                'fetchTransactions': false,
                'fetchLedger': false,
                'fetchDepositAddress': false,
                'withdraw': false,
                'fetchTime': true,
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
                // The HTTP API is under https://api.probit.com/api/exchange/v1/; access tokens come from a host of
                // their own, https://accounts.probit.com/token (Authorization).
                'api': {
                    'accounts': 'https://accounts.probit.com',
                    'public': 'https://api.probit.com/api/exchange',
                    'private': 'https://api.probit.com/api/exchange',
                },
                'www': 'https://www.probit.com',
                'doc': 'https://docs-en.probit.com',
            },
            'api': {
                'accounts': {
                    'post': [
                        'token',
                    ],
                },
                'public': {
                    'get': [
                        'market',
                        'currency_with_platform',
                        'time',
                        'ticker',
                        'order_book',
                        'trade',
                        'candle',
                    ],
                },
                'private': {
                    'get': [
                        'balance',
                        'order',
                        'open_order',
                        'order_history',
                        'trade_history',
                    ],
                    'post': [
                        'new_order',
                        'cancel_order',
                    ],
                },
            },
            'timeframes': {
                '1m': '1m',
                '3m': '3m',
                '5m': '5m',
                '10m': '10m',
                '15m': '15m',
                '30m': '30m',
                '1h': '1h',
                '4h': '4h',
                '6h': '6h',
                '12h': '12h',
                '1d': '1D',
                '1w': '1W',
            },
            // The client id and the client secret key of an OAuth client (API Settings on the website).
            'requiredCredentials': {
                'apiKey': true,
                'secret': true,
            },
            // A market states its own taker_fee_rate and maker_fee_rate (in percent); these are the defaults.
            'fees': {
                'trading': {
                    'tierBased': false,
                    'percentage': true,
                    'maker': 0.002,
                    'taker': 0.002,
                },
            },
            // Markets state price_increment (a tick) and quantity_precision (decimals): kept as ticks.
            'precisionMode': TICK_SIZE,
            'options': {
                // An access token is reused until this many milliseconds before it expires (expires_in).
                'accessTokenMargin': 30000,
                'accessTokenExpires': undefined,
                // The length of each timeframe in seconds: candle takes a start_time/end_time range.
                'timeframeSeconds': {
                    '1m': 60,
                    '3m': 180,
                    '5m': 300,
                    '10m': 600,
                    '15m': 900,
                    '30m': 1800,
                    '1h': 3600,
                    '4h': 14400,
                    '6h': 21600,
                    '12h': 43200,
                    '1d': 86400,
                    '1w': 604800,
                },
                'ohlcvCount': 100, // candles asked for when neither since nor limit says
                'historyLimit': 100, // orders and trades asked for when limit does not say
                // New Order's cost is the unified cost: what a market buy spends, in the quote currency.
                'sameNameParams': [ 'cost' ],
                'orderStatuses': {
                    'open': 'open',
                    'filled': 'closed',
                    'cancelled': 'canceled',
                },
                'timeInForces': {
                    'gtc': 'GTC',
                    'ioc': 'IOC',
                    'gtcpo': 'PO',
                },
            },
            // Error Codes (https://docs-en.probit.com/docs/http-errors): a 4xx answers { errorCode, message, details }.
            'exceptions': {
                'exact': {
                    'UNAUTHORIZED': AuthenticationError, // you have to login
                    'FORBIDDEN': PermissionDenied, // no permission
                    'UNKNOWN_USER_BLOCKED': PermissionDenied, // your account is blocked
                    'INVALID_ARGUMENT': BadRequest,
                    'INVALID_CURRENCY': BadRequest,
                    'INVALID_MARKET': BadSymbol,
                    'MARKET_NOT_FOUND': BadSymbol,
                    'INVALID_ORDER': OrderNotFound, // the order does not exist, or is not yours
                    'NOT_ALLOWED_COMBINATION': InvalidOrder, // e.g. a market sell with gtcpo
                    'NOT_ENOUGH_BALANCE': InsufficientFunds,
                    'TOO_MANY_OPEN_ORDERS': InvalidOrder,
                    'MARKET_CLOSED': OnMaintenance,
                    'MARKET_UNAVAILABLE': OnMaintenance,
                    'TRADING_UNAVAILABLE': ExchangeNotAvailable, // the server is fully loaded
                    'UNAVAILABLE': ExchangeNotAvailable,
                    'RATE_LIMIT_EXCEEDED': RateLimitExceeded,
                    'PAYLOAD_TOO_LARGE': BadRequest,
                    'RESOURCE_LOCKED': ExchangeNotAvailable,
                },
                'broad': {},
            },
        });
    }

    // --- markets and currencies ----------------------------------------------------------------------

    async fetchTime (params = {}) {
        // time: { data: '2020-04-12T18:54:25.390Z' }.
        const response = await this.publicGetTime (params);
        return this.parse8601 (this.safeString (response, 'data'));
    }

    async fetchMarkets (params = {}) {
        // market: { data: [ { id, base_currency_id, quote_currency_id, min_price, max_price, price_increment,
        // min_quantity, max_quantity, quantity_precision, min_cost, max_cost, cost_precision, taker_fee_rate,
        // maker_fee_rate (both in percent), show_in_ui, closed } ] }.
        const response = await this.publicGetMarket (params);
        const markets = this.safeList (response, 'data', []);
        const result = [];
        for (let i = 0; i < markets.length; i++) {
            result.push (this.parseMarket (markets[i]));
        }
        return result;
    }

    parseMarket (market) {
        const baseId = this.safeString (market, 'base_currency_id');
        const quoteId = this.safeString (market, 'quote_currency_id');
        const base = this.safeCurrencyCode (baseId);
        const quote = this.safeCurrencyCode (quoteId);
        const closed = this.safeBool (market, 'closed');
        const takerRate = this.safeString (market, 'taker_fee_rate');
        const makerRate = this.safeString (market, 'maker_fee_rate');
        return this.safeMarketStructure ({
            'id': this.safeString (market, 'id'),
            'symbol': base + '/' + quote,
            'base': base,
            'quote': quote,
            'baseId': baseId,
            'quoteId': quoteId,
            'active': (closed === undefined) ? undefined : !closed,
            'type': 'spot',
            'spot': true,
            'taker': (takerRate === undefined) ? undefined : this.parseNumber (Precise.stringDiv (takerRate, '100')),
            'maker': (makerRate === undefined) ? undefined : this.parseNumber (Precise.stringDiv (makerRate, '100')),
            'precision': {
                'amount': this.parseNumber (this.parsePrecision (this.safeString (market, 'quantity_precision'))),
                'price': this.safeNumber (market, 'price_increment'),
                'cost': this.parseNumber (this.parsePrecision (this.safeString (market, 'cost_precision'))),
            },
            'limits': {
                'amount': { 'min': this.safeNumber (market, 'min_quantity'), 'max': this.safeNumber (market, 'max_quantity') },
                'price': { 'min': this.safeNumber (market, 'min_price'), 'max': this.safeNumber (market, 'max_price') },
                'cost': { 'min': this.safeNumber (market, 'min_cost'), 'max': this.safeNumber (market, 'max_cost') },
            },
            'info': market,
        });
    }

    async fetchCurrencies (params = {}) {
        // currency_with_platform: { data: [ { id, display_name: { 'en-us': ... }, show_in_ui, platform: [ { id,
        // priority, deposit, withdrawal, currency_id, precision, min_confirmation_count, require_destination_tag,
        // min_withdrawal_amount, withdrawal_fee: [ { currency_id, amount, priority } ], deposit_suspended,
        // withdrawal_suspended } ] } ] }: a currency on each of its platforms (networks).
        const response = await this.publicGetCurrencyWithPlatform (params);
        const currencies = this.safeList (response, 'data', []);
        const result = {};
        for (let i = 0; i < currencies.length; i++) {
            const entry = currencies[i];
            const id = this.safeString (entry, 'id');
            const code = this.safeCurrencyCode (id);
            const platforms = this.sortBy (this.safeList (entry, 'platform', []), 'priority');
            const networks = {};
            let deposit = undefined;
            let withdraw = undefined;
            let fee = undefined;
            let precision = undefined;
            let minWithdraw = undefined;
            for (let j = 0; j < platforms.length; j++) {
                const platform = platforms[j];
                const platformId = this.safeString (platform, 'id');
                const networkCode = this.networkCode (platformId);
                const platformDeposit = (this.safeBool (platform, 'deposit') === true) && (this.safeBool (platform, 'deposit_suspended') !== true);
                const platformWithdraw = (this.safeBool (platform, 'withdrawal') === true) && (this.safeBool (platform, 'withdrawal_suspended') !== true);
                const platformFee = this.platformWithdrawalFee (platform, id);
                const platformPrecision = this.parseNumber (this.parsePrecision (this.safeString (platform, 'precision')));
                const platformMin = this.safeNumber (platform, 'min_withdrawal_amount');
                networks[networkCode] = {
                    'id': platformId,
                    'network': networkCode,
                    'active': platformDeposit || platformWithdraw,
                    'deposit': platformDeposit,
                    'withdraw': platformWithdraw,
                    'fee': platformFee,
                    'precision': platformPrecision,
                    'limits': {
                        'withdraw': { 'min': platformMin, 'max': undefined },
                        'deposit': { 'min': this.safeNumber (platform, 'min_deposit_amount'), 'max': undefined },
                    },
                    'info': platform,
                };
                deposit = (deposit === true) || platformDeposit;
                withdraw = (withdraw === true) || platformWithdraw;
                if (j === 0) {
                    // the platform of the lowest priority number is the currency's main one
                    fee = platformFee;
                    precision = platformPrecision;
                    minWithdraw = platformMin;
                }
            }
            const displayName = this.safeDict (entry, 'display_name', {});
            result[code] = {
                'id': id,
                'code': code,
                'name': this.safeString (displayName, 'en-us'),
                'active': (deposit === undefined) ? undefined : (deposit || withdraw),
                'deposit': deposit,
                'withdraw': withdraw,
                'fee': fee,
                'precision': precision,
                'limits': {
                    'amount': { 'min': undefined, 'max': undefined },
                    'withdraw': { 'min': minWithdraw, 'max': undefined },
                },
                'networks': networks,
                'info': entry,
            };
        }
        return result;
    }

    platformWithdrawalFee (platform, currencyId) {
        // withdrawal_fee lists the fees a withdrawal may be charged, one per currency it can be paid in: the fee
        // in the currency itself, of the lowest priority number.
        const fees = this.sortBy (this.safeList (platform, 'withdrawal_fee', []), 'priority');
        for (let i = 0; i < fees.length; i++) {
            if (this.safeString (fees[i], 'currency_id') === currencyId) {
                return this.safeNumber (fees[i], 'amount');
            }
        }
        return undefined;
    }

    // --- market data ---------------------------------------------------------------------------------

    parseTicker (ticker, market = undefined) {
        // { last, low, high, change (over 24 h, in the quote currency), base_volume, quote_volume, market_id,
        // time (of the last trade) }.
        market = this.safeMarket (this.safeString (ticker, 'market_id'), market, '-');
        return this.safeTicker ({
            'symbol': market['symbol'],
            'timestamp': this.parse8601 (this.safeString (ticker, 'time')),
            'high': this.safeString (ticker, 'high'),
            'low': this.safeString (ticker, 'low'),
            'last': this.safeString (ticker, 'last'),
            'close': this.safeString (ticker, 'last'),
            'change': this.safeString (ticker, 'change'),
            'baseVolume': this.safeString (ticker, 'base_volume'),
            'quoteVolume': this.safeString (ticker, 'quote_volume'),
            'info': ticker,
        }, market);
    }

    async fetchTicker (symbol, params = {}) {
        // ticker?market_ids: { data: [ ticker ] }.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetTicker (this.extend ({ 'market_ids': market['id'] }, params));
        const tickers = this.safeList (response, 'data', []);
        for (let i = 0; i < tickers.length; i++) {
            if (this.safeString (tickers[i], 'market_id') === market['id']) {
                return this.parseTicker (tickers[i], market);
            }
        }
        throw new BadSymbol (this.id + ' fetchTicker () got no ticker of ' + market['id']);
    }

    async fetchTickers (symbols = undefined, params = {}) {
        // ticker?market_ids (comma-separated; every market without it): { data: [ ticker ] }.
        await this.loadMarkets ();
        const request = {};
        if (symbols !== undefined) {
            request['market_ids'] = this.marketIds (symbols).join (',');
        }
        const response = await this.publicGetTicker (this.extend (request, params));
        return this.parseTickers (this.safeList (response, 'data', []), symbols);
    }

    async fetchOrderBook (symbol, limit = undefined, params = {}) {
        // order_book?market_id: { data: [ { side: 'buy' | 'sell', price, quantity } ] }, every level.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetOrderBook (this.extend ({ 'market_id': market['id'] }, params));
        const levels = this.safeList (response, 'data', []);
        const bids = [];
        const asks = [];
        for (let i = 0; i < levels.length; i++) {
            const level = levels[i];
            const side = this.safeString (level, 'side');
            if (side === 'buy') {
                bids.push (level);
            } else if (side === 'sell') {
                asks.push (level);
            }
        }
        const book = this.parseOrderBook ({ 'bids': bids, 'asks': asks }, market['symbol'], undefined, 'bids', 'asks', 'price', 'quantity');
        return this.limitOrderBook (book, limit);
    }

    parseTrade (trade, market = undefined) {
        // Public (trade): { id: 'ETH-BTC:3331886', price, quantity, time, side (the taker's), tick_direction }.
        // The account's (trade_history): { id, order_id, market_id, side, fee_amount, fee_currency_id, status,
        // price, quantity, cost, time }; the fee fields are '' until the fee is settled.
        const id = this.safeString (trade, 'id');
        let marketId = this.safeString (trade, 'market_id');
        if ((marketId === undefined) && (id !== undefined) && (id.indexOf (':') > 0)) {
            marketId = id.split (':')[0];
        }
        market = this.safeMarket (marketId, market, '-');
        let fee = undefined;
        const feeCost = this.safeString (trade, 'fee_amount');
        if (feeCost !== undefined) {
            fee = { 'cost': feeCost, 'currency': this.safeCurrencyCode (this.safeString (trade, 'fee_currency_id')) };
        }
        return this.safeTrade ({
            'id': id,
            'order': this.safeString (trade, 'order_id'),
            'timestamp': this.parse8601 (this.safeString (trade, 'time')),
            'symbol': market['symbol'],
            'side': this.safeString (trade, 'side'),
            'price': this.safeString (trade, 'price'),
            'amount': this.safeString (trade, 'quantity'),
            'cost': this.safeString (trade, 'cost'),
            'fee': fee,
            'info': trade,
        }, market);
    }

    historyRequest (market, since, limit, params) {
        // The range params of trade, order_history and trade_history, each required: start_time and end_time
        // (ISO 8601; since, and the unified until or now) and limit.
        const request = {
            'start_time': this.iso8601 ((since === undefined) ? 0 : since),
            'end_time': this.iso8601 (this.safeInteger (params, 'until', this.milliseconds ())),
            'limit': (limit === undefined) ? this.options['historyLimit'] : limit,
        };
        if (market !== undefined) {
            request['market_id'] = market['id'];
        }
        return this.extend (request, this.omit (params, 'until'));
    }

    async fetchTrades (symbol, since = undefined, limit = undefined, params = {}) {
        // trade?market_id&start_time&end_time&limit: { data: [ trade ] }, the newest first.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetTrade (this.historyRequest (market, since, limit, params));
        return this.parseTrades (this.safeList (response, 'data', []), market, since, limit);
    }

    parseOHLCV (ohlcv, market = undefined) {
        // { market_id, open, close, low, high, base_volume, quote_volume, start_time, end_time }.
        return [
            this.parse8601 (this.safeString (ohlcv, 'start_time')),
            this.safeNumber (ohlcv, 'open'),
            this.safeNumber (ohlcv, 'high'),
            this.safeNumber (ohlcv, 'low'),
            this.safeNumber (ohlcv, 'close'),
            this.safeNumber (ohlcv, 'base_volume'),
        ];
    }

    async fetchOHLCV (symbol, timeframe = '1m', since = undefined, limit = undefined, params = {}) {
        // candle?market_ids&interval&start_time&end_time&sort&limit: { data: [ candle ] }. The range is
        // [since, since + limit candles), or the limit candles before the unified until (or now).
        await this.loadMarkets ();
        const market = this.market (symbol);
        const interval = this.safeString (this.timeframes, timeframe);
        if (interval === undefined) {
            throw new BadRequest (this.id + ' fetchOHLCV () does not support the timeframe ' + timeframe);
        }
        const duration = this.safeInteger (this.options['timeframeSeconds'], timeframe) * 1000;
        const count = (limit === undefined) ? this.options['ohlcvCount'] : limit;
        const until = this.safeInteger (params, 'until');
        let start = since;
        let end = until;
        if (start === undefined) {
            end = (end === undefined) ? this.milliseconds () : end;
            start = end - count * duration;
        } else if (end === undefined) {
            end = start + count * duration;
        }
        const request = {
            'market_ids': market['id'],
            'interval': interval,
            'start_time': this.iso8601 (start),
            'end_time': this.iso8601 (end),
            'sort': 'asc',
            'limit': count,
        };
        const response = await this.publicGetCandle (this.extend (request, this.omit (params, 'until')));
        return this.parseOHLCVs (this.safeList (response, 'data', []), market, timeframe, since, limit);
    }

    // --- account -------------------------------------------------------------------------------------

    async signIn (params = {}) {
        // POST https://accounts.probit.com/token, with HTTP Basic authentication of the client id and secret and
        // { grant_type: 'client_credentials' }: { access_token, token_type: 'Bearer', expires_in (seconds) }. The
        // token is kept as a session token (redacted from messages) and reused until accessTokenMargin before it
        // expires.
        this.checkRequiredCredentials ();
        const token = this.safeString (this.sessionTokens, 'access');
        const expires = this.safeInteger (this.options, 'accessTokenExpires');
        const now = this.milliseconds ();
        if ((token !== undefined) && (expires !== undefined) && (now < expires - this.options['accessTokenMargin'])) {
            return token;
        }
        const response = await this.accountsPostToken (this.extend ({ 'grant_type': 'client_credentials' }, params));
        const accessToken = this.safeString (response, 'access_token');
        const expiresIn = this.safeInteger (response, 'expires_in');
        if ((accessToken === undefined) || (expiresIn === undefined)) {
            throw new AuthenticationError (this.id + ' signIn () got no access_token and expires_in from the token endpoint');
        }
        this.options['accessTokenExpires'] = now + expiresIn * 1000;
        return this.keepSessionToken ('access', accessToken);
    }

    async fetchBalance (params = {}) {
        // balance: { data: [ { currency_id, total, available } ] }.
        await this.loadMarkets ();
        await this.signIn ();
        const response = await this.privateGetBalance (params);
        const balances = this.safeList (response, 'data', []);
        const result = { 'info': response };
        for (let i = 0; i < balances.length; i++) {
            const balance = balances[i];
            const code = this.safeCurrencyCode (this.safeString (balance, 'currency_id'));
            const account = this.account ();
            account['total'] = this.safeString (balance, 'total');
            account['free'] = this.safeString (balance, 'available');
            result[code] = account;
        }
        return this.safeBalance (result);
    }

    // --- trading -------------------------------------------------------------------------------------

    parseOrder (order, market = undefined) {
        // { id, user_id, market_id, type, side, quantity, limit_price ('0' for a market order), cost (a market buy
        // by cost), time_in_force, filled_cost, filled_quantity, open_quantity, cancelled_quantity, status ('open',
        // 'filled', 'cancelled'), time, client_order_id ('' without one) }.
        market = this.safeMarket (this.safeString (order, 'market_id'), market, '-');
        const timeInForce = this.safeString (this.options['timeInForces'], this.safeString (order, 'time_in_force'));
        return this.safeOrder ({
            'id': this.safeString (order, 'id'),
            'clientOrderId': this.safeString (order, 'client_order_id'),
            'timestamp': this.parse8601 (this.safeString (order, 'time')),
            'symbol': market['symbol'],
            'type': this.safeString (order, 'type'),
            'timeInForce': timeInForce,
            'postOnly': (timeInForce === undefined) ? undefined : (timeInForce === 'PO'),
            'side': this.safeString (order, 'side'),
            'price': this.safeString (order, 'limit_price'),
            'amount': this.safeString (order, 'quantity'),
            'filled': this.safeString (order, 'filled_quantity'),
            'remaining': this.safeString (order, 'open_quantity'),
            'cost': this.safeString (order, 'filled_cost'),
            'status': this.safeString (this.options['orderStatuses'], this.safeString (order, 'status')),
            'info': order,
        }, market);
    }

    async createOrder (symbol, type, side, amount, price = undefined, params = {}) {
        // POST new_order { market_id, type, side, time_in_force, limit_price, quantity, cost, client_order_id }:
        // { data: order }. A limit order takes gtc, ioc or gtcpo (post only); a market order ioc, and a market buy
        // is sized by cost (in the quote currency), a market sell by quantity.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const [ unified, rest ] = this.unifiedOrderParams (type, params);
        this.rejectUnifiedParams ('createOrder', unified, [ 'reduceOnly', 'triggerPrice', 'stopLossPrice', 'takeProfitPrice' ]);
        if ((type !== 'market') && (type !== 'limit')) {
            throw new InvalidOrder (this.id + ' createOrder () type must be market or limit, not ' + type);
        }
        if (unified['timeInForce'] === 'FOK') {
            throw new NotSupported (this.id + ' createOrder () does not support the unified param timeInForce FOK: time_in_force is gtc, ioc or gtcpo');
        }
        let timeInForce = 'gtc';
        if (type === 'market') {
            if (unified['timeInForce'] === 'GTC') {
                throw new InvalidOrder (this.id + ' createOrder () timeInForce GTC is for limit orders: a market order is ioc');
            }
            timeInForce = 'ioc';
        } else if (unified['postOnly']) {
            timeInForce = 'gtcpo';
        } else if (unified['timeInForce'] === 'IOC') {
            timeInForce = 'ioc';
        }
        const request = {
            'market_id': market['id'],
            'type': type,
            'side': side,
            'time_in_force': timeInForce,
        };
        if (type === 'limit') {
            if (price === undefined) {
                throw new ArgumentsRequired (this.id + ' createOrder () requires a price for a limit order');
            }
            if (unified['cost'] !== undefined) {
                throw new InvalidOrder (this.id + ' createOrder () takes the unified param cost for a market buy only');
            }
            request['limit_price'] = this.priceToPrecision (symbol, price);
            request['quantity'] = this.amountToPrecision (symbol, amount);
        } else if (side === 'buy') {
            let cost = unified['cost'];
            if ((cost === undefined) && (price !== undefined)) {
                cost = Precise.stringMul (this.numberToString (amount), this.numberToString (price));
            }
            if (cost === undefined) {
                throw new InvalidOrder (this.id + ' createOrder () a market buy is sized by its cost in ' + market['quote'] + ': pass the unified param cost, or a price to spend amount x price');
            }
            // cost_precision (decimals) bounds a cost, which the price tick does not
            const costPrecision = this.safeNumber (market['precision'], 'cost');
            request['cost'] = (costPrecision === undefined) ? this.numberToString (cost) : this.decimalToPrecision (cost, TRUNCATE, costPrecision, TICK_SIZE);
        } else {
            if (unified['cost'] !== undefined) {
                throw new InvalidOrder (this.id + ' createOrder () takes the unified param cost for a market buy only');
            }
            request['quantity'] = this.amountToPrecision (symbol, amount);
        }
        if (unified['clientOrderId'] !== undefined) {
            request['client_order_id'] = unified['clientOrderId'];
        }
        await this.signIn ();
        const response = await this.privatePostNewOrder (this.extend (request, rest));
        return this.parseOrder (this.orderOf (response), market);
    }

    orderOf (response) {
        // new_order and cancel_order answer { data: order }; the examples of New Order show the order itself.
        const data = this.safeDict (response, 'data');
        return (data === undefined) ? response : data;
    }

    async cancelOrder (id, symbol = undefined, params = {}) {
        // POST cancel_order { market_id, order_id }: { data: order }.
        if (symbol === undefined) {
            throw new ArgumentsRequired (this.id + ' cancelOrder () requires a symbol argument: ProBit cancels an order of a market_id');
        }
        await this.loadMarkets ();
        const market = this.market (symbol);
        await this.signIn ();
        const response = await this.privatePostCancelOrder (this.extend ({ 'market_id': market['id'], 'order_id': id }, params));
        return this.parseOrder (this.orderOf (response), market);
    }

    async fetchOrder (id, symbol = undefined, params = {}) {
        // order?market_id&order_id: { data: [ order ] }.
        if (symbol === undefined) {
            throw new ArgumentsRequired (this.id + ' fetchOrder () requires a symbol argument: ProBit looks orders up by market_id');
        }
        await this.loadMarkets ();
        const market = this.market (symbol);
        await this.signIn ();
        const response = await this.privateGetOrder (this.extend ({ 'market_id': market['id'], 'order_id': id }, params));
        const orders = this.safeList (response, 'data', []);
        if (orders.length === 0) {
            throw new OrderNotFound (this.id + ' fetchOrder () found no order ' + id + ' in ' + market['id']);
        }
        return this.parseOrder (orders[0], market);
    }

    async fetchOpenOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // open_order?market_id: { data: [ order ] }.
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const request = {};
        if (market !== undefined) {
            request['market_id'] = market['id'];
        }
        await this.signIn ();
        const response = await this.privateGetOpenOrder (this.extend (request, params));
        return this.parseOrders (this.safeList (response, 'data', []), market, since, limit);
    }

    async fetchClosedOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // order_history?market_id&start_time&end_time&limit: { data: [ order ] }, filled and cancelled ones.
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const request = this.historyRequest (market, since, limit, params);
        await this.signIn ();
        const response = await this.privateGetOrderHistory (request);
        return this.parseOrders (this.safeList (response, 'data', []), market, since, limit);
    }

    async fetchMyTrades (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // trade_history?market_id&start_time&end_time&limit: { data: [ trade ] }.
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const request = this.historyRequest (market, since, limit, params);
        await this.signIn ();
        const response = await this.privateGetTradeHistory (request);
        return this.parseTrades (this.safeList (response, 'data', []), market, since, limit);
    }

    // --- transport -----------------------------------------------------------------------------------

    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        // GET sends its params as the query string, POST as a JSON body. The token endpoint authenticates with
        // HTTP Basic (the client id and secret, added by the request pipeline); the private endpoints with
        // Authorization: Bearer <access token> (signIn).
        const query = this.omit (params, this.extractParams (path));
        if (api === 'accounts') {
            return {
                'url': this.urls['api']['accounts'] + '/' + this.implodeParams (path, params),
                'method': method,
                'body': this.json (this.extend ({ 'grant_type': 'client_credentials' }, query)),
                'headers': { 'Content-Type': 'application/json' },
                'basicAuth': true,
            };
        }
        let url = this.safeString (this.urls['api'], api) + '/' + this.version + '/' + this.implodeParams (path, params);
        if (method === 'GET') {
            if (Object.keys (query).length > 0) {
                url = url + '?' + this.urlencode (query);
            }
        } else {
            body = (Object.keys (query).length > 0) ? this.json (query) : '{}'; // (PHP writes an empty dictionary as [])
            headers = { 'Content-Type': 'application/json' };
        }
        if (api === 'private') {
            const token = this.safeString (this.sessionTokens, 'access');
            if (token === undefined) {
                throw new AuthenticationError (this.id + ' a private request needs an access token: signIn () first');
            }
            headers = this.extend ((headers === undefined) ? {} : headers, { 'Authorization': 'Bearer ' + token });
        }
        return { 'url': url, 'method': method, 'body': body, 'headers': headers };
    }

    handleErrors (status, reason, url, method, responseHeaders, responseBody, response, requestHeaders, requestBody) {
        // A 4xx or 5xx answers { errorCode, message, details }: the errorCode picks the error class.
        if ((response === undefined) || Array.isArray (response) || (typeof response !== 'object')) {
            return undefined;
        }
        const errorCode = this.safeString (response, 'errorCode');
        if (errorCode === undefined) {
            return undefined;
        }
        const feedback = this.id + ' ' + this.excerpt (responseBody);
        this.throwExactlyMatchedException (this.exceptions['exact'], errorCode, feedback);
        throw new ExchangeError (feedback);
    }
}
