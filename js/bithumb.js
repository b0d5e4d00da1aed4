// Bithumb Open API "2.0" (spot; KRW, BTC and USDT markets): https://apidocs.bithumb.com/reference. This is
// the current, JWT-authenticated API at https://api.bithumb.com/v1/... (docs versions v2.1.x); the older
// REST API (docs v1.2.0: /public/ticker/{order_currency}_{payment_currency}, /info/..., /trade/... signed
// with HMAC-SHA512 Api-Sign headers) is the legacy one and is not used here. Market ids are quote first:
// KRW-BTC is BTC/KRW.
import Exchange from './base/Exchange.js';
import { AccountSuspended, AddressPending, ArgumentsRequired, AuthenticationError, BadRequest, BadSymbol, InsufficientFunds, InvalidAddress, InvalidOrder, NotSupported, OrderNotFound, PermissionDenied } from './base/errors.js';
import Precise from './base/Precise.js';
import { TICK_SIZE } from './base/functions/number.js';

export default class bithumb extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'bithumb',
            'name': 'Bithumb',
            'countries': [ 'KR' ],
            'version': 'v1',
            // The documented limits: public API 150 requests/s, private API 140 requests/s (per IP and key);
            // exceeding them blocks the IP for 1 minute (public) or 5-10 minutes (private). One bucket of
            // 10 ms a request stays below both.
            'rateLimit': 10,
            'has': {
                'fetchMarkets': true,
                'fetchCurrencies': false, // no currency list with precisions (wallet status has none)
                'fetchTicker': true,
                'fetchTickers': true,
                'fetchOrderBook': true,
                'fetchOHLCV': true,
                'fetchTrades': true,
                'fetchBalance': true,
                'createOrder': true,
                'cancelOrder': true,
                'editOrder': false, // no amend or cancel-and-replace endpoint
                'fetchOrder': true,
                'fetchOrders': false, // open and closed orders are separate queries (state)
                'fetchOpenOrders': true,
                'fetchClosedOrders': true,
                'fetchMyTrades': false, // the API has no list of the account's trades, only an order's trades
                'fetchDeposits': true,
                'fetchWithdrawals': true,
                'fetchTransactions': false, // deposits and withdrawals are separate lists
                'fetchLedger': false, // the API has no ledger
                'fetchDepositAddress': true,
                'withdraw': true,
                'fetchTime': false, // the API has no time endpoint
                'fetchStatus': false, // no exchange status endpoint (status/wallet is per currency)
                'fetchTradingFees': false, // fees are reported per market (orders/chance), one request each
                'cancelAllOrders': false, // not implemented: the batch cancel is a v2 endpoint the author could not check
                'fetchOrderTrades': true,
                'fetchTradingFee': true,
                'fetchDepositAddresses': true,
                'createDepositAddress': true,
                'fetchDepositWithdrawFees': false, // not implemented
                'transfer': false, // one account per user
                'createMarketBuyOrderWithCost': true,
            },
            'urls': {
                'logo': 'https://www.bithumb.com/favicon.ico',
                'api': 'https://api.bithumb.com',
                'www': 'https://www.bithumb.com',
                'doc': [ 'https://apidocs.bithumb.com/reference', 'https://apidocs.bithumb.com/docs' ],
                'fees': 'https://www.bithumb.com/customer_support/info_fee',
            },
            'api': {
                // Public API: no authentication.
                'public': {
                    'get': {
                        'market/all': 1,
                        'market/virtual_asset_warning': 1,
                        'candles/minutes/{unit}': 1,
                        'candles/days': 1,
                        'candles/weeks': 1,
                        'candles/months': 1,
                        'trades/ticks': 1,
                        'ticker': 1,
                        'orderbook': 1,
                        'notices': 1,
                    },
                },
                // Private API: a JWT in Authorization.
                'private': {
                    'get': {
                        'accounts': 1,
                        'orders/chance': 1,
                        'order': 1,
                        'orders': 1,
                        'withdraws': 1,
                        'withdraws/krw': 1,
                        'withdraw': 1,
                        'withdraws/chance': 1,
                        'withdraws/coin_addresses': 1,
                        'deposits': 1,
                        'deposits/krw': 1,
                        'deposit': 1,
                        'deposits/coin_addresses': 1,
                        'deposits/coin_address': 1,
                        'status/wallet': 1,
                        'api_keys': 1,
                    },
                    'post': {
                        'orders': 1,
                        'withdraws/coin': 1,
                        'withdraws/krw': 1,
                        'deposits/generate_coin_address': 1,
                        'deposits/krw': 1,
                    },
                    'delete': {
                        'order': 1,
                    },
                },
            },
            // candles: minutes/{unit} for the minute units, days, weeks and months for the rest.
            'timeframes': {
                '1m': '1',
                '3m': '3',
                '5m': '5',
                '10m': '10',
                '15m': '15',
                '30m': '30',
                '1h': '60',
                '4h': '240',
                '1d': 'days',
                '1w': 'weeks',
                '1M': 'months',
            },
            'requiredCredentials': {
                'apiKey': true, // the API Key (the JWT's access_key)
                'secret': true, // the Secret Key
            },
            // Bithumb's standard rate of 0.25 % as the author knows the fee page (promotions and coupons
            // lower it); orders/chance reports the account's own per market (fetchTradingFee).
            'fees': {
                'trading': {
                    'tierBased': false,
                    'percentage': true,
                    'taker': 0.0025,
                    'maker': 0.0025,
                },
            },
            'precisionMode': TICK_SIZE,
            'options': {
                // The JWT is HS256 (the documented header { alg: HS256, typ: JWT }).
                'jwtAlgorithm': 'sha256',
                'maxCandles': 200,
                // Candles' to is a time in KST (UTC+9) as yyyy-MM-dd HH:mm:ss.
                'kstOffset': 32400000,
                'timeframeMilliseconds': {
                    '1m': 60000,
                    '3m': 180000,
                    '5m': 300000,
                    '10m': 600000,
                    '15m': 900000,
                    '30m': 1800000,
                    '1h': 3600000,
                    '4h': 14400000,
                    '1d': 86400000,
                    '1w': 604800000,
                    '1M': 2678400000, // 31 days: only to bound a range
                },
                // Unified network codes and Bithumb's net_type (the docs' examples are BTC and DASH; the
                // token networks are named after their chain's coin, as the author knows the address lists).
                'networks': {
                    'BTC': 'BTC',
                    'ERC20': 'ETH',
                    'TRC20': 'TRX',
                    'SOL': 'SOL',
                    'XRP': 'XRP',
                },
                'orderStatuses': {
                    'wait': 'open',
                    'watch': 'open', // a reserved order waiting for its trigger
                    'done': 'closed',
                    'cancel': 'canceled',
                },
                // Deposit states of the documented list (requested, deposited, refunds).
                'depositStatuses': {
                    'REQUESTED_PENDING': 'pending',
                    'REQUESTED_SYSTEM_REJECTED': 'failed',
                    'REQUESTED_PROCESSING': 'pending',
                    'REQUESTED_ADMIN_REJECTED': 'failed',
                    'DEPOSIT_PROCESSING': 'pending',
                    'DEPOSIT_ACCEPTED': 'ok',
                    'DEPOSIT_CANCELLED': 'canceled',
                    'REFUNDING_PENDING': 'pending',
                    'REFUNDING_SYSTEM_REJECTED': 'pending',
                    'REFUNDING_PROCESSING': 'pending',
                    'REFUNDING_ADMIN_REJECTED': 'pending',
                    'REFUNDING_ACCEPTED': 'failed',
                    'REFUNDED_PROCESSING': 'failed',
                    'REFUNDED_ACCEPTED': 'failed',
                    'REFUNDED_CANCELLED': 'pending',
                    'PROCESSING': 'pending',
                    'ACCEPTED': 'ok',
                    'CANCELED': 'canceled',
                    'CANCELLED': 'canceled',
                },
                // Withdrawal states: PROCESSING, DONE and CANCELED (CANCELLED in the response table).
                'withdrawalStatuses': {
                    'PROCESSING': 'pending',
                    'DONE': 'ok',
                    'CANCELED': 'canceled',
                    'CANCELLED': 'canceled',
                },
                'timeInForceIds': {
                    'IOC': 'ioc',
                    'FOK': 'fok',
                },
            },
            // Errors are { "error": { "name": ..., "message": ... } } with HTTP 400, 401, 403, 404 or 422; the
            // names are those of the documented error list (API 주요 에러 코드).
            'exceptions': {
                'exact': {
                    'invalid_parameter': BadRequest,
                    'invalid_price': InvalidOrder, // the price is not on the price unit
                    'invalid_price_ask': InvalidOrder,
                    'invalid_price_bid': InvalidOrder,
                    'under_price_limit_ask': InvalidOrder, // below the minimum price
                    'under_price_limit_bid': InvalidOrder,
                    'cross_trading': InvalidOrder, // the order would trade with the account's own order
                    'bank_account_required': PermissionDenied, // a verified bank account is required
                    'two_factor_auth_required': PermissionDenied,
                    'currency does not have a valid value': BadSymbol, // a coin Bithumb does not list
                    'withdraw_insufficient_balance': InsufficientFunds, // over the withdrawable maximum
                    'invalid_query_payload': AuthenticationError, // the JWT's query_hash does not verify
                    'jwt_verification': AuthenticationError, // the JWT's signature does not verify
                    'expired_jwt': AuthenticationError, // the JWT is too old (its timestamp)
                    'NotAllowIP': PermissionDenied, // the caller's IP is not allowed for the key
                    'out_of_scope': PermissionDenied, // the key lacks the permission
                    'blocked_member_id': AccountSuspended, // restricted by the operational policy
                    'order_not_found': OrderNotFound,
                    'order_not_ready': OrderNotFound, // (422) the order is still being accepted: retry
                    'deposit_not_found': BadRequest,
                    'withdraw_not_found': BadRequest,
                    'travel_rule_consent_required': PermissionDenied, // (422) consent on bithumb.com first
                },
                'broad': {},
            },
        });
    }

    // --- markets -------------------------------------------------------------------------------------

    async fetchMarkets (params = {}) {
        // market/all?isDetails=true: [ { market: 'KRW-BTC', korean_name, english_name, market_warning:
        // NONE or CAUTION } ]. Limits and a market's own fees come from orders/chance, one private request
        // a market: not fetched here (fetchTradingFee reads them). KRW prices step by a price-dependent
        // unit, so no single price tick is stated; amounts have 8 decimals.
        const response = await this.publicGetMarketAll (this.extend ({ 'isDetails': true }, params));
        const result = [];
        for (let i = 0; i < response.length; i++) {
            result.push (this.parseMarket (response[i]));
        }
        return result;
    }

    parseMarket (entry) {
        const id = this.safeString (entry, 'market');
        const [ quoteId, baseId ] = id.split ('-');
        const base = this.safeCurrencyCode (baseId);
        const quote = this.safeCurrencyCode (quoteId);
        return {
            'id': id,
            'symbol': base + '/' + quote,
            'base': base,
            'quote': quote,
            'baseId': baseId,
            'quoteId': quoteId,
            'active': true, // market/all lists the markets open for trading
            'type': 'spot',
            'spot': true,
            'taker': this.fees['trading']['taker'],
            'maker': this.fees['trading']['maker'],
            'precision': {
                'amount': this.parseNumber ('0.00000001'),
                'price': undefined,
            },
            'limits': {
                'amount': { 'min': undefined, 'max': undefined },
                'price': { 'min': undefined, 'max': undefined },
                'cost': { 'min': undefined, 'max': undefined },
            },
            'info': entry,
        };
    }

    marketFromId (marketId, market = undefined) {
        // A quote-base id (KRW-BTC) as a market: the loaded one, the one given, or one built from the id.
        const known = (this.marketsById === undefined) ? undefined : this.safeList (this.marketsById, marketId);
        if ((known !== undefined) || (market !== undefined) || (marketId === undefined) || (marketId.indexOf ('-') <= 0)) {
            return this.safeMarket (marketId, market);
        }
        const [ quoteId, baseId ] = marketId.split ('-');
        const base = this.safeCurrencyCode (baseId);
        const quote = this.safeCurrencyCode (quoteId);
        return this.safeMarketStructure ({
            'id': marketId,
            'symbol': base + '/' + quote,
            'base': base,
            'quote': quote,
            'baseId': baseId,
            'quoteId': quoteId,
        });
    }

    // --- market data ---------------------------------------------------------------------------------

    parseTicker (ticker, market = undefined) {
        // ticker: { market, trade_date, trade_time, trade_timestamp, opening_price, high_price, low_price,
        // trade_price, prev_closing_price, change, change_price, change_rate, signed_change_price,
        // signed_change_rate, trade_volume, acc_trade_price, acc_trade_price_24h, acc_trade_volume,
        // acc_trade_volume_24h, highest_52_week_price, ..., timestamp }. Open, high and low are of the day
        // (since 00:00 KST), the volumes of the last 24 h; change and rate against the previous close.
        market = this.marketFromId (this.safeString (ticker, 'market'), market);
        const rate = this.safeString (ticker, 'signed_change_rate');
        return this.safeTicker ({
            'symbol': market['symbol'],
            'timestamp': this.safeInteger (ticker, 'timestamp'),
            'high': this.safeString (ticker, 'high_price'),
            'low': this.safeString (ticker, 'low_price'),
            'open': this.safeString (ticker, 'opening_price'),
            'last': this.safeString (ticker, 'trade_price'),
            'previousClose': this.safeString (ticker, 'prev_closing_price'),
            'change': this.safeString (ticker, 'signed_change_price'),
            'percentage': (rate === undefined) ? undefined : Precise.stringMul (rate, '100'),
            'baseVolume': this.safeString (ticker, 'acc_trade_volume_24h'),
            'quoteVolume': this.safeString (ticker, 'acc_trade_price_24h'),
            'info': ticker,
        }, market);
    }

    async fetchTicker (symbol, params = {}) {
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetTicker (this.extend ({ 'markets': market['id'] }, params));
        return this.parseTicker (this.safeDict (response, 0, {}), market);
    }

    async fetchTickers (symbols = undefined, params = {}) {
        // ticker?markets=A,B: the symbols given, else every loaded market (the API has no ticker/all).
        await this.loadMarkets ();
        const ids = (symbols === undefined) ? this.ids : this.marketIds (symbols);
        const response = await this.publicGetTicker (this.extend ({ 'markets': ids.join (',') }, params));
        return this.parseTickers (response, symbols);
    }

    async fetchOrderBook (symbol, limit = undefined, params = {}) {
        // orderbook?markets=: [ { market, timestamp, total_ask_size, total_bid_size, orderbook_units: [ {
        // ask_price, bid_price, ask_size, bid_size } ] } ], one unit a level, best first (at most 30).
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetOrderbook (this.extend ({ 'markets': market['id'] }, params));
        const entry = this.safeDict (response, 0, {});
        const units = this.safeList (entry, 'orderbook_units', []);
        const book = this.parseOrderBook ({ 'units': units }, market['symbol'], this.safeInteger (entry, 'timestamp'), 'units', 'units', 'bid_price', 'bid_size');
        const asks = this.parseOrderBook ({ 'units': units }, market['symbol'], undefined, 'units', 'units', 'ask_price', 'ask_size');
        book['asks'] = asks['asks'];
        if (limit !== undefined) {
            book['bids'] = book['bids'].slice (0, limit);
            book['asks'] = book['asks'].slice (0, limit);
        }
        return book;
    }

    parseOHLCV (ohlcv, market = undefined) {
        // { candle_date_time_utc: '2018-04-18T10:16:00' (the candle's start, UTC without a zone),
        // candle_date_time_kst, opening_price, high_price, low_price, trade_price (the close), timestamp
        // (the last tick), candle_acc_trade_price, candle_acc_trade_volume (base), unit }.
        return [
            this.parse8601 (this.safeString (ohlcv, 'candle_date_time_utc') + 'Z'),
            this.safeNumber (ohlcv, 'opening_price'),
            this.safeNumber (ohlcv, 'high_price'),
            this.safeNumber (ohlcv, 'low_price'),
            this.safeNumber (ohlcv, 'trade_price'),
            this.safeNumber (ohlcv, 'candle_acc_trade_volume'),
        ];
    }

    candleTime (timestamp) {
        // candles' to: 'yyyy-MM-dd HH:mm:ss', read by Bithumb as KST (the docs: "기본적으로 KST 기준 시간").
        return this.ymdhms (timestamp + this.options['kstOffset'], ' ');
    }

    async fetchOHLCV (symbol, timeframe = '1m', since = undefined, limit = undefined, params = {}) {
        // candles/minutes/{unit}, days, weeks or months: market, count (at most 200) and to (the end,
        // exclusive); newest first. since becomes to = since + count candles; the unified until (inclusive)
        // bounds it.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const unit = this.safeString (this.timeframes, timeframe);
        if (unit === undefined) {
            throw new BadRequest (this.id + ' fetchOHLCV () does not support the timeframe ' + timeframe + ': one of ' + Object.keys (this.timeframes).join (', '));
        }
        const count = (limit === undefined) ? this.options['maxCandles'] : Math.min (limit, this.options['maxCandles']);
        const request = { 'market': market['id'], 'count': count };
        const until = this.safeInteger (params, 'until');
        let end = undefined;
        if (since !== undefined) {
            end = since + count * this.safeInteger (this.options['timeframeMilliseconds'], timeframe);
        }
        if (until !== undefined) {
            // The next whole second after until, so that a candle starting at until is included.
            const after = (Math.floor (until / 1000) + 1) * 1000;
            end = (end === undefined) ? after : Math.min (end, after);
        }
        if (end !== undefined) {
            request['to'] = this.candleTime (end);
        }
        const query = this.extend (request, this.omit (params, 'until'));
        let response = undefined;
        if (unit === 'days') {
            response = await this.publicGetCandlesDays (query);
        } else if (unit === 'weeks') {
            response = await this.publicGetCandlesWeeks (query);
        } else if (unit === 'months') {
            response = await this.publicGetCandlesMonths (query);
        } else {
            response = await this.publicGetCandlesMinutesUnit (this.extend ({ 'unit': unit }, query));
        }
        return this.parseOHLCVs (response, market, timeframe, since, limit);
    }

    parseTrade (trade, market = undefined) {
        // Public trades (trades/ticks): { market, trade_date_utc, trade_time_utc, timestamp, trade_price,
        // trade_volume, prev_closing_price, change_price, ask_bid ('ASK': a sell took the book, 'BID' a
        // buy), sequential_id }. An order's trades (GET order): { market, uuid, price, volume, funds (the
        // cost), side ('bid' or 'ask', the order's), created_at }.
        market = this.marketFromId (this.safeString (trade, 'market'), market);
        const createdAt = this.safeString (trade, 'created_at');
        const timestamp = (createdAt !== undefined) ? this.parse8601 (createdAt) : this.safeInteger (trade, 'timestamp');
        const side = this.parseSide (this.safeStringLower2 (trade, 'ask_bid', 'side'));
        return this.safeTrade ({
            'id': this.safeString2 (trade, 'uuid', 'sequential_id'),
            'symbol': market['symbol'],
            'timestamp': timestamp,
            'side': side,
            'price': this.safeString2 (trade, 'trade_price', 'price'),
            'amount': this.safeString2 (trade, 'trade_volume', 'volume'),
            'cost': this.safeString (trade, 'funds'),
            'info': trade,
        }, market);
    }

    parseSide (side) {
        // Bithumb's bid and ask are buy and sell.
        if (side === 'bid') {
            return 'buy';
        }
        if (side === 'ask') {
            return 'sell';
        }
        return undefined;
    }

    async fetchTrades (symbol, since = undefined, limit = undefined, params = {}) {
        // trades/ticks: market, count (at most 500); the latest trades, newest first; since filters them.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'market': market['id'] };
        if (limit !== undefined) {
            request['count'] = Math.min (limit, 500);
        }
        const response = await this.publicGetTradesTicks (this.extend (request, params));
        return this.parseTrades (response, market, since, limit);
    }

    // --- account -------------------------------------------------------------------------------------

    async fetchBalance (params = {}) {
        // accounts: [ { currency, balance (available), locked (in orders and withdrawals), avg_buy_price,
        // avg_buy_price_modified, unit_currency } ].
        await this.loadMarkets ();
        const response = await this.privateGetAccounts (params);
        const result = { 'info': response };
        for (let i = 0; i < response.length; i++) {
            const entry = response[i];
            const code = this.safeCurrencyCode (this.safeString (entry, 'currency'));
            const account = this.account ();
            account['free'] = this.safeString (entry, 'balance');
            account['used'] = this.safeString (entry, 'locked');
            result[code] = account;
        }
        return this.safeBalance (result);
    }

    async fetchTradingFee (symbol, params = {}) {
        // orders/chance?market=: { bid_fee, ask_fee, maker_bid_fee, maker_ask_fee, market: { ... },
        // bid_account, ask_account }. Fees are per side; the fee of a buy (bid) is reported, the one of a
        // sell is in info.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.privateGetOrdersChance (this.extend ({ 'market': market['id'] }, params));
        return {
            'symbol': market['symbol'],
            'maker': this.safeNumber2 (response, 'maker_bid_fee', 'bid_fee'),
            'taker': this.safeNumber (response, 'bid_fee'),
            'info': response,
        };
    }

    // --- orders --------------------------------------------------------------------------------------

    parseOrderType (ordType) {
        // limit is a limit order; price (a buy sized by its total), market (a sell sized by volume) and best
        // (at the best opposite price, with ioc or fok) are market orders.
        if (ordType === 'limit') {
            return 'limit';
        }
        if ((ordType === 'price') || (ordType === 'market') || (ordType === 'best')) {
            return 'market';
        }
        return undefined;
    }

    parseOrderStatus (order) {
        // wait and watch are open, done closed, cancel canceled; but a market order whose rest is too small
        // to fill ends as cancel after it has traded (the docs' note on market orders): with an executed
        // volume it is closed.
        const state = this.safeString (order, 'state');
        const ordType = this.safeString (order, 'ord_type');
        const isMarket = (ordType === 'price') || (ordType === 'market');
        const executed = this.safeString (order, 'executed_volume', '0');
        if ((state === 'cancel') && isMarket && Precise.stringGt (executed, '0')) {
            return 'closed';
        }
        return this.safeString (this.options['orderStatuses'], state, state);
    }

    parseTimeInForce (timeInForce) {
        if (timeInForce === 'post_only') {
            return 'PO';
        }
        return (timeInForce === undefined) ? undefined : timeInForce.toUpperCase ();
    }

    parseOrder (order, market = undefined) {
        // POST orders, GET order, DELETE order and GET orders: { uuid, side, ord_type, price, state, market,
        // created_at, volume, remaining_volume, reserved_fee, remaining_fee, paid_fee, locked,
        // executed_volume, executed_funds, trades_count, time_in_force, client_order_id, trades: [ ... ]
        // (GET order only) }. A market buy (ord_type price) has price = the total to spend and no volume.
        market = this.marketFromId (this.safeString (order, 'market'), market);
        const ordType = this.safeString (order, 'ord_type');
        const isLimit = ordType === 'limit';
        const rawTrades = this.safeList (order, 'trades', []);
        const trades = [];
        for (let i = 0; i < rawTrades.length; i++) {
            const trade = this.parseTrade (rawTrades[i], market);
            trade['order'] = this.safeString (order, 'uuid');
            trades.push (trade);
        }
        let cost = this.safeString (order, 'executed_funds');
        if ((cost === undefined) && (trades.length > 0)) {
            cost = '0';
            for (let i = 0; i < rawTrades.length; i++) {
                cost = Precise.stringAdd (cost, this.safeString (rawTrades[i], 'funds', '0'));
            }
        }
        let fee = undefined;
        const paidFee = this.safeString (order, 'paid_fee');
        if (paidFee !== undefined) {
            fee = { 'cost': paidFee, 'currency': market['quote'] }; // fees are paid in the quote currency
        }
        const timeInForce = this.safeString (order, 'time_in_force');
        return this.safeOrder ({
            'id': this.safeString (order, 'uuid'),
            'clientOrderId': this.safeString (order, 'client_order_id'),
            'symbol': market['symbol'],
            'timestamp': this.parse8601 (this.safeString (order, 'created_at')),
            'status': this.parseOrderStatus (order),
            'type': this.parseOrderType (ordType),
            'timeInForce': this.parseTimeInForce (timeInForce),
            'postOnly': (timeInForce === undefined) ? undefined : (timeInForce === 'post_only'),
            'side': this.parseSide (this.safeString (order, 'side')),
            'price': isLimit ? this.safeString (order, 'price') : undefined,
            'amount': this.safeString (order, 'volume'),
            'filled': this.safeString (order, 'executed_volume'),
            'remaining': this.safeString (order, 'remaining_volume'),
            'cost': cost,
            'fee': fee,
            'trades': trades,
            'info': order,
        }, market);
    }

    async createOrder (symbol, type, side, amount, price = undefined, params = {}) {
        // POST orders { market, side: bid or ask, ord_type, volume, price, time_in_force }. A limit order
        // has volume and price; a market sell (ord_type market) volume; a market buy (ord_type price)
        // price = the total to spend, from the unified param cost. time_in_force (KRW markets, since
        // 2026-06-30): post_only for postOnly (limit only), ioc and fok for IOC and FOK; a market order with
        // IOC or FOK is the best order (at the best opposite price). The v1 order request takes no client
        // id and Bithumb's API places no stop or reduce-only orders.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const [ unified, rest ] = this.unifiedOrderParams (type, params);
        this.rejectUnifiedParams ('createOrder', unified, [ 'reduceOnly', 'triggerPrice', 'stopLossPrice', 'takeProfitPrice', 'clientOrderId' ]);
        if ((type !== 'limit') && (type !== 'market')) {
            throw new InvalidOrder (this.id + ' createOrder () type must be limit or market, not ' + type);
        }
        const sizedByCost = (type === 'market') && (side === 'buy');
        if (!sizedByCost && (amount === undefined)) {
            throw new ArgumentsRequired (this.id + ' createOrder () requires an amount');
        }
        const request = { 'market': market['id'], 'side': (side === 'buy') ? 'bid' : 'ask' };
        const immediate = (unified['timeInForce'] === 'IOC') || (unified['timeInForce'] === 'FOK');
        if (type === 'limit') {
            if (price === undefined) {
                throw new ArgumentsRequired (this.id + ' createOrder () requires a price for a limit order');
            }
            if (unified['cost'] !== undefined) {
                throw new InvalidOrder (this.id + ' createOrder () cost sizes market buys only: a limit order is sized by amount');
            }
            request['ord_type'] = 'limit';
            request['volume'] = this.amountToPrecision (symbol, amount);
            request['price'] = this.priceToPrecision (symbol, price);
        } else if (side === 'buy') {
            if (unified['cost'] === undefined) {
                throw new ArgumentsRequired (this.id + ' createOrder () a market buy is sized by its total: pass the unified param cost (createMarketBuyOrderWithCost)');
            }
            request['ord_type'] = immediate ? 'best' : 'price';
            request['price'] = this.costToPrecision (symbol, unified['cost']);
        } else {
            if (unified['cost'] !== undefined) {
                throw new InvalidOrder (this.id + ' createOrder () cost sizes market buys only: a market sell is sized by amount');
            }
            request['ord_type'] = immediate ? 'best' : 'market';
            request['volume'] = this.amountToPrecision (symbol, amount);
        }
        let timeInForce = undefined;
        if (unified['postOnly']) {
            timeInForce = 'post_only';
        } else {
            timeInForce = this.safeString (this.options['timeInForceIds'], unified['timeInForce']);
        }
        if (timeInForce !== undefined) {
            request['time_in_force'] = timeInForce;
        }
        const response = await this.privatePostOrders (this.extend (request, rest));
        return this.parseOrder (response, market);
    }

    async createMarketBuyOrderWithCost (symbol, cost, params = {}) {
        return await this.createOrder (symbol, 'market', 'buy', undefined, undefined, this.extend (params, { 'cost': cost }));
    }

    async cancelOrder (id, symbol = undefined, params = {}) {
        // DELETE order?uuid=: the order as it was when the cancel was accepted (state wait).
        await this.loadMarkets ();
        if (this.safeValue (params, 'clientOrderId') !== undefined) {
            throw new NotSupported (this.id + ' cancelOrder () does not support the param clientOrderId: DELETE order takes the uuid only');
        }
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const response = await this.privateDeleteOrder (this.extend ({ 'uuid': id }, params));
        const order = this.parseOrder (response, market);
        order['status'] = 'canceled';
        return order;
    }

    async fetchOrder (id, symbol = undefined, params = {}) {
        // GET order?uuid= (or client_order_id=, the unified clientOrderId): the order with its trades.
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const clientOrderId = this.safeString (params, 'clientOrderId');
        const rest = this.omit (params, 'clientOrderId');
        let request = undefined;
        if (clientOrderId !== undefined) {
            request = { 'client_order_id': clientOrderId };
        } else if (id !== undefined) {
            request = { 'uuid': id };
        } else {
            throw new ArgumentsRequired (this.id + ' fetchOrder () requires an order id or the param clientOrderId');
        }
        const response = await this.privateGetOrder (this.extend (request, rest));
        return this.parseOrder (response, market);
    }

    async fetchOrderTrades (id, symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // The trades of GET order.
        const order = await this.fetchOrder (id, symbol, params);
        return this.filterBySinceLimit (order['trades'], since, limit);
    }

    async fetchOrdersByState (state, symbol, limit, params) {
        // GET orders: market, uuids, state (wait, watch, done or cancel), page, limit (at most 100),
        // order_by; newest first.
        await this.loadMarkets ();
        const request = { 'state': state };
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
            request['market'] = market['id'];
        }
        if (limit !== undefined) {
            request['limit'] = Math.min (limit, 100);
        }
        const response = await this.privateGetOrders (this.extend (request, params));
        return this.parseOrders (response, market);
    }

    async fetchOpenOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // state wait: the orders on the book (state watch, passed in params, lists the reserved ones).
        const orders = await this.fetchOrdersByState ('wait', symbol, limit, params);
        return this.filterBySinceLimit (orders, since, limit);
    }

    async fetchClosedOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // state done and state cancel are two queries (the list filters by one state); their orders are
        // merged oldest first. The v1 list has no time range: the unified until cannot be honoured.
        if (this.safeValue (params, 'until') !== undefined) {
            throw new NotSupported (this.id + ' fetchClosedOrders () does not support the unified param until: GET orders has no time range');
        }
        const done = await this.fetchOrdersByState ('done', symbol, limit, params);
        const canceled = await this.fetchOrdersByState ('cancel', symbol, limit, params);
        const orders = this.sortBy (this.arrayConcat (done, canceled), 'timestamp');
        return this.filterBySinceLimit (orders, since, limit);
    }

    // --- funding -------------------------------------------------------------------------------------

    parseTransaction (transaction, currency = undefined) {
        // deposits and withdraws: { type: 'deposit' or 'withdraw', uuid, currency, net_type, txid, state,
        // created_at, done_at, amount, fee, krw_amount (withdrawals), transaction_type }.
        const code = this.safeCurrencyCode (this.safeString (transaction, 'currency'), currency);
        const type = (this.safeString (transaction, 'type') === 'deposit') ? 'deposit' : 'withdrawal';
        const statuses = (type === 'deposit') ? this.options['depositStatuses'] : this.options['withdrawalStatuses'];
        const state = this.safeStringUpper (transaction, 'state');
        const feeCost = this.safeString (transaction, 'fee');
        const netType = this.safeString (transaction, 'net_type');
        return this.safeTransaction ({
            'id': this.safeString (transaction, 'uuid'),
            'txid': this.safeString (transaction, 'txid'),
            'timestamp': this.parse8601 (this.safeString (transaction, 'created_at')),
            'network': (netType === undefined) ? undefined : this.networkCode (netType),
            'type': type,
            'amount': this.safeString (transaction, 'amount'),
            'currency': code,
            'status': this.safeString (statuses, state, state),
            'updated': this.parse8601 (this.safeString (transaction, 'done_at')),
            'fee': (feeCost === undefined) ? undefined : { 'cost': feeCost, 'currency': code },
            'info': transaction,
        }, currency);
    }

    async fetchTransfers (type, code, since, limit, params) {
        // deposits or withdraws (coins): currency, state, uuids, txids, page, limit (at most 100), order_by;
        // newest first. The lists page by number, not by time: the unified until cannot be honoured.
        if (this.safeValue (params, 'until') !== undefined) {
            throw new NotSupported (this.id + ' fetchDeposits () and fetchWithdrawals () do not support the unified param until: the lists have no time range');
        }
        await this.loadMarkets ();
        const request = {};
        let currency = undefined;
        if (code !== undefined) {
            currency = this.currency (code);
            request['currency'] = currency['id'];
        }
        if (limit !== undefined) {
            request['limit'] = Math.min (limit, 100);
        }
        const query = this.extend (request, params);
        let response = undefined;
        if (type === 'deposit') {
            response = await this.privateGetDeposits (query);
        } else {
            response = await this.privateGetWithdraws (query);
        }
        return this.parseTransactions (response, currency, since, limit);
    }

    async fetchDeposits (code = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchTransfers ('deposit', code, since, limit, params);
    }

    async fetchWithdrawals (code = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchTransfers ('withdrawal', code, since, limit, params);
    }

    netType (currency, params, method) {
        // The unified param network as net_type; Bithumb requires it for addresses and withdrawals.
        const networkCode = this.safeString (params, 'network');
        if (networkCode === undefined) {
            throw new ArgumentsRequired (this.id + ' ' + method + ' () requires the unified param network (Bithumb\'s net_type): one of ' + Object.keys (this.options['networks']).join (', ') + ' or the exchange\'s own');
        }
        return this.networkId (networkCode, currency);
    }

    parseDepositAddress (entry, currency = undefined) {
        // { currency, net_type, deposit_address, secondary_address (the memo or tag) }.
        const code = this.safeCurrencyCode (this.safeString (entry, 'currency'), currency);
        const address = this.safeString (entry, 'deposit_address');
        if (address === undefined) {
            throw new AddressPending (this.id + ' the deposit address of ' + code + ' is not ready yet: createDepositAddress () makes one, then fetch it again');
        }
        const netType = this.safeString (entry, 'net_type');
        return {
            'currency': code,
            'address': address,
            'tag': this.safeString (entry, 'secondary_address'),
            'network': (netType === undefined) ? undefined : this.networkCode (netType),
            'info': entry,
        };
    }

    async fetchDepositAddress (code, params = {}) {
        // deposits/coin_address?currency=&net_type=.
        await this.loadMarkets ();
        const currency = this.currency (code);
        const request = { 'currency': currency['id'], 'net_type': this.netType (currency, params, 'fetchDepositAddress') };
        const response = await this.privateGetDepositsCoinAddress (this.extend (request, this.omit (params, 'network')));
        return this.parseDepositAddress (response, currency);
    }

    async fetchDepositAddresses (codes = undefined, params = {}) {
        // deposits/coin_addresses: every address of the account (one per currency and network); codes
        // filters them. Addresses still being made (no deposit_address) are left out.
        await this.loadMarkets ();
        const response = await this.privateGetDepositsCoinAddresses (params);
        const result = [];
        for (let i = 0; i < response.length; i++) {
            const entry = response[i];
            const code = this.safeCurrencyCode (this.safeString (entry, 'currency'));
            if ((codes !== undefined) && !this.inArray (code, codes)) {
                continue;
            }
            if (this.safeString (entry, 'deposit_address') === undefined) {
                continue;
            }
            result.push (this.parseDepositAddress (entry));
        }
        return result;
    }

    async createDepositAddress (code, params = {}) {
        // POST deposits/generate_coin_address { currency, net_type }: the address when it exists, else
        // { success: true, message } while it is being made (AddressPending: fetch it later).
        await this.loadMarkets ();
        const currency = this.currency (code);
        const request = { 'currency': currency['id'], 'net_type': this.netType (currency, params, 'createDepositAddress') };
        const response = await this.privatePostDepositsGenerateCoinAddress (this.extend (request, this.omit (params, 'network')));
        return this.parseDepositAddress (response, currency);
    }

    async withdraw (code, amount, address, tag = undefined, params = {}) {
        // POST withdraws/coin { currency, net_type, amount, address, secondary_address, exchange_name,
        // receiver_type, receiver_ko_name, receiver_en_name, receiver_corp_ko_name, receiver_corp_en_name }:
        // the withdrawal. The travel-rule fields (exchange_name, receiver_*) go in params: which ones a
        // withdrawal needs depends on where it goes (the docs' table); the address must be registered.
        await this.loadMarkets ();
        const currency = this.currency (code);
        const request = {
            'currency': currency['id'],
            'net_type': this.netType (currency, params, 'withdraw'),
            'amount': this.numberToString (amount),
            'address': address,
        };
        if (tag !== undefined) {
            request['secondary_address'] = tag;
        }
        const response = await this.privatePostWithdrawsCoin (this.extend (request, this.omit (params, 'network')));
        const transaction = this.parseTransaction (response, currency);
        transaction['address'] = address;
        transaction['tag'] = tag;
        return transaction;
    }

    // --- transport -----------------------------------------------------------------------------------

    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        // GET and DELETE send their params as the query string, POST as a JSON body. Private requests carry
        // Authorization: Bearer <JWT HS256> with { access_key, nonce (a UUID), timestamp (ms), query_hash
        // (hex SHA-512 of the params as a query string), query_hash_alg: SHA512 }; no params, no query_hash.
        const endpoint = '/' + this.version + '/' + this.implodeParams (path, params);
        const query = this.omit (params, this.extractParams (path));
        const hasParams = Object.keys (query).length > 0;
        const isPost = method === 'POST';
        let url = this.urls['api'] + endpoint;
        if (hasParams && !isPost) {
            url = url + '?' + this.urlencode (query);
        }
        if (api === 'public') {
            return { 'url': url, 'method': method, 'body': body, 'headers': headers };
        }
        this.checkRequiredCredentials ();
        let payload = {
            'access_key': this.apiKey,
            'nonce': this.uuid (),
            'timestamp': this.milliseconds (),
        };
        if (hasParams) {
            payload = this.extend (payload, {
                'query_hash': this.hash (this.encode (this.urlencode (query)), 'sha512', 'hex'),
                'query_hash_alg': 'SHA512',
            });
        }
        const token = this.jwt (payload, this.encode (this.secret), this.options['jwtAlgorithm']);
        headers = { 'Authorization': 'Bearer ' + token };
        if (isPost) {
            body = hasParams ? this.json (query) : '{}';
            headers['Content-Type'] = 'application/json; charset=utf-8';
        }
        return { 'url': url, 'method': method, 'body': body, 'headers': headers };
    }

    handleErrors (status, reason, url, method, responseHeaders, responseBody, response, requestHeaders, requestBody) {
        // { "error": { "name": ..., "message": ... } }: the name picks the class; an unknown name falls back to
        // the HTTP status.
        if ((response === undefined) || Array.isArray (response) || (typeof response !== 'object')) {
            return;
        }
        const error = this.safeDict (response, 'error');
        if (error === undefined) {
            return;
        }
        const name = this.safeString (error, 'name');
        const message = this.safeString (error, 'message', '');
        const feedback = this.id + ' ' + method + ' ' + url + ' ' + this.stringOf (status, '') + ' ' + name + ' ' + message;
        this.throwExactlyMatchedException (this.exceptions['exact'], name, feedback);
        this.throwBroadlyMatchedException (this.exceptions['broad'], message, feedback);
    }
}
