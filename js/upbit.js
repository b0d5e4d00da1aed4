// Upbit Open API v1 (spot; KRW, BTC and USDT markets): https://global-docs.upbit.com/reference and
// https://docs.upbit.com. Market ids are quote first: KRW-BTC is BTC/KRW.
import Exchange from './base/Exchange.js';
import { AddressPending, ArgumentsRequired, AuthenticationError, BadRequest, InsufficientFunds, InvalidAddress, InvalidNonce, InvalidOrder, NotSupported, OrderNotFound, PermissionDenied, RateLimitExceeded } from './base/errors.js';
import Precise from './base/Precise.js';
import { TICK_SIZE } from './base/functions/number.js';

export default class upbit extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'upbit',
            'name': 'Upbit',
            'countries': [ 'KR' ],
            'version': 'v1',
            // Limits are per group and per second: each quotation group (market, ticker, orderbook, trades,
            // candles) 10 requests/s per IP, the exchange API's default group 30/s per account, orders (create,
            // cancel-and-new) 8/s; the batch cancel (DELETE orders/open) one per 2 s as the author knows the
            // docs. The limiter has one bucket: 100 ms is one quotation request, so an exchange request costs
            // 1/3 (0.34), an order 1.25 and a batch cancel 20.
            'rateLimit': 100,
            'has': {
                'fetchMarkets': true,
                'fetchCurrencies': false, // no currency list (wallet status is private and has no precisions)
                'fetchTicker': true,
                'fetchTickers': true,
                'fetchOrderBook': true,
                'fetchOHLCV': true,
                'fetchTrades': true,
                'fetchBalance': true,
                'createOrder': true,
                'cancelOrder': true,
                'editOrder': true,
                'fetchOrder': true,
                'fetchOrders': false, // open and closed orders are separate lists
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
                'fetchStatus': false, // the API has no status endpoint
                'fetchTradingFees': false, // fees are reported per market (orders/chance), one request each
                'cancelAllOrders': true,
                'fetchOrderTrades': true,
                'fetchTradingFee': true,
                'fetchDepositAddresses': true,
                'createDepositAddress': true,
                'fetchDepositWithdrawFees': false, // not implemented (withdraws/chance, one currency a request)
                'transfer': false, // one account per user
                'createMarketBuyOrderWithCost': true,
            },
            'urls': {
                'logo': 'https://upbit.com/favicon.ico',
                'api': 'https://api.upbit.com',
                'www': 'https://upbit.com',
                'doc': [ 'https://global-docs.upbit.com/reference', 'https://docs.upbit.com' ],
                'fees': 'https://upbit.com/service_center/guide',
            },
            'api': {
                // Quotation API: no authentication.
                'public': {
                    'get': {
                        'market/all': 1,
                        'candles/seconds': 1,
                        'candles/minutes/{unit}': 1,
                        'candles/days': 1,
                        'candles/weeks': 1,
                        'candles/months': 1,
                        'candles/years': 1,
                        'trades/ticks': 1,
                        'ticker': 1,
                        'ticker/all': 1,
                        'orderbook': 1,
                        'orderbook/instruments': 1,
                    },
                },
                // Exchange API: a JWT in Authorization.
                'private': {
                    'get': {
                        'accounts': 0.34,
                        'orders/chance': 0.34,
                        'order': 0.34,
                        'orders/uuids': 0.34,
                        'orders/open': 0.34,
                        'orders/closed': 0.34,
                        'withdraws': 0.34,
                        'withdraw': 0.34,
                        'withdraws/chance': 0.34,
                        'withdraws/coin_addresses': 0.34,
                        'deposits': 0.34,
                        'deposit': 0.34,
                        'deposits/chance/coin': 0.34,
                        'deposits/coin_addresses': 0.34,
                        'deposits/coin_address': 0.34,
                        'status/wallet': 0.34,
                        'api_keys': 0.34,
                    },
                    'post': {
                        'orders': 1.25,
                        'orders/cancel_and_new': 1.25,
                        'withdraws/coin': 0.34,
                        'withdraws/krw': 0.34,
                        'deposits/generate_coin_address': 0.34,
                        'deposits/krw': 0.34,
                    },
                    'delete': {
                        'order': 0.34,
                        'orders/uuids': 0.34,
                        'orders/open': 20,
                        'withdraws/coin': 0.34,
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
                'apiKey': true, // the Access Key
                'secret': true, // the Secret Key
            },
            // The general fee of KRW markets (0.05 %) for takers and makers; orders/chance reports a
            // market's own (fetchTradingFee).
            'fees': {
                'trading': {
                    'tierBased': false,
                    'percentage': true,
                    'taker': 0.0005,
                    'maker': 0.0005,
                },
            },
            'precisionMode': TICK_SIZE,
            'options': {
                // The JWT's signing algorithm: the documented example token is HS512 (sha512); HS256 is sha256.
                'jwtAlgorithm': 'sha512',
                // Upbit's JWT has no timestamp claim, and its query_hash is of the query string unencoded (the
                // documented example unquotes it): the APIs of Upbit's family that differ set these.
                'jwtTimestamp': false,
                'queryHashUrlencoded': false,
                // The order field that carries the caller's own id, in answers and in GET and DELETE order.
                'clientOrderIdField': 'identifier',
                'maxCandles': 200,
                // The length of each timeframe in ms, to turn since into candles' end (to).
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
                // Unified network codes and Upbit's net_type.
                'networks': {
                    'BTC': 'BTC',
                    'ERC20': 'ETH',
                    'TRC20': 'TRX',
                    'SOL': 'SOL',
                    'XRP': 'XRP',
                    'TON': 'TON',
                },
                'orderStatuses': {
                    'wait': 'open',
                    'watch': 'open', // a reserved (stop-limit) order waiting for its trigger
                    'done': 'closed',
                    'cancel': 'canceled',
                },
                'depositStatuses': {
                    'PROCESSING': 'pending',
                    'ACCEPTED': 'ok',
                    'CANCELLED': 'canceled',
                    'REJECTED': 'failed',
                    'TRAVEL_RULE_SUSPECTED': 'pending',
                    'REFUNDING': 'pending',
                    'REFUNDED': 'failed',
                },
                'withdrawalStatuses': {
                    'WAITING': 'pending',
                    'PROCESSING': 'pending',
                    'DONE': 'ok',
                    'FAILED': 'failed',
                    'CANCELLED': 'canceled',
                    'REJECTED': 'failed',
                },
                'timeInForceIds': {
                    'IOC': 'ioc',
                    'FOK': 'fok',
                },
            },
            // Errors are { "error": { "name": ..., "message": ... } } with HTTP 400, 401, 403, 404, 418 (banned after
            // repeated excess) or 429; the names are those of the documented error list.
            'exceptions': {
                'exact': {
                    'invalid_query_payload': AuthenticationError, // the JWT is malformed
                    'jwt_verification': AuthenticationError, // the JWT's signature does not verify
                    'expired_access_key': AuthenticationError, // the API key has expired
                    'nonce_used': InvalidNonce, // the JWT's nonce was used before
                    'no_authorization_i_p': PermissionDenied, // the caller's IP is not allowed for the key
                    'out_of_scope': PermissionDenied, // the key lacks the permission group
                    'insufficient_funds_bid': InsufficientFunds,
                    'insufficient_funds_ask': InsufficientFunds,
                    'under_min_total_bid': InvalidOrder, // below the market's minimum order total
                    'under_min_total_ask': InvalidOrder,
                    'create_bid_error': InvalidOrder, // the order's fields do not fit its type
                    'create_ask_error': InvalidOrder,
                    'withdraw_address_not_registered': InvalidAddress, // not in the account's withdrawal list
                    'withdraw_address_not_registerd': InvalidAddress, // the spelling of the older docs
                    'order_not_found': OrderNotFound,
                    'validation_error': BadRequest, // a parameter is missing or malformed
                    'too_many_requests': RateLimitExceeded,
                },
                'broad': {},
            },
        });
    }

    // --- markets -------------------------------------------------------------------------------------

    async fetchMarkets (params = {}) {
        // market/all?isDetails=true: [ { market: 'KRW-BTC', korean_name, english_name, market_event: { warning,
        // caution } } ]. Limits and a market's own fees come from orders/chance, one private request a
        // market: not fetched here (fetchTradingFee reads them). KRW prices step by a price-dependent unit,
        // so no single price tick is stated; amounts have 8 decimals.
        const response = await this.publicGetMarketAll (this.extend ({ 'isDetails': true }, params));
        const result = [];
        for (let i = 0; i < response.length; i++) {
            // An entry without a quote-base id has no symbol to trade it by here, and is left out: its split failed
            // the whole load with a TypeError.
            const id = this.safeString (response[i], 'market');
            if ((id !== undefined) && (id.split ('-').length === 2)) {
                result.push (this.parseMarket (response[i]));
            }
        }
        return result;
    }

    parseMarket (entry) {
        const id = this.safeString (entry, 'market');
        const [ quoteId, baseId ] = id.split ('-');
        const base = this.safeCurrencyCode (baseId);
        const quote = this.safeCurrencyCode (quoteId);
        return this.safeMarketStructure ({
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
        });
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
        // ticker: { market, trade_timestamp, opening_price, high_price, low_price, trade_price,
        // prev_closing_price, signed_change_price, signed_change_rate, acc_trade_volume_24h,
        // acc_trade_price_24h, timestamp }. Open, high and low are of the day (since 00:00 KST), the volumes
        // of the last 24 h; change and rate are against the previous day's close.
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
        // ticker?markets=A,B for the symbols given, else ticker/all?quote_currencies= every loaded quote.
        await this.loadMarkets ();
        let response = undefined;
        if (symbols !== undefined) {
            const ids = this.marketIds (symbols);
            response = await this.publicGetTicker (this.extend ({ 'markets': ids.join (',') }, params));
        } else {
            const quotes = this.unique (this.pluck (Object.values (this.markets), 'quoteId'));
            response = await this.publicGetTickerAll (this.extend ({ 'quote_currencies': quotes.join (',') }, params));
        }
        return this.parseTickers (response, symbols);
    }

    async fetchOrderBook (symbol, limit = undefined, params = {}) {
        // orderbook?markets=: [ { market, timestamp, orderbook_units: [ { ask_price, bid_price, ask_size,
        // bid_size } ] } ], one unit a level, best first.
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
        // opening_price, high_price, low_price, trade_price (the close), candle_acc_trade_volume (base) }.
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
        // candles' to: an ISO 8601 UTC time in whole seconds.
        return this.ymdhms (timestamp, 'T') + 'Z';
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
        // Public trades (trades/ticks): { market, timestamp, trade_price, trade_volume, ask_bid ('ASK': a
        // sell took the book, 'BID' a buy), sequential_id }. An order's trades (GET order): { market, uuid,
        // price, volume, funds (the cost), side ('bid' or 'ask', the order's), created_at }.
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
        // Upbit's bid and ask are buy and sell.
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
        // unit_currency } ].
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
        // orders/chance?market=: { bid_fee, ask_fee, maker_bid_fee, maker_ask_fee, market: { ... } }. Upbit
        // charges per side; the fee of a buy (bid) is reported, the one of a sell is in info.
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
        // (at the best price, with ioc or fok) are market orders.
        if (ordType === 'limit') {
            return 'limit';
        }
        if ((ordType === 'price') || (ordType === 'market') || (ordType === 'best')) {
            return 'market';
        }
        return undefined;
    }

    parseOrderStatus (order) {
        // wait and watch are open, done closed, cancel canceled; but a market order (ord_type price or
        // market) whose rest is too small to fill ends as cancel after it has traded: with an executed
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
        // POST orders, GET order, DELETE order and the lists: { uuid, side, ord_type, price, state, market,
        // created_at, volume, remaining_volume, executed_volume, executed_funds, paid_fee, time_in_force,
        // identifier, trades_count, trades: [ ... ] (GET order only) }. A market buy (ord_type price) has
        // price = the total to spend and no volume.
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
            'clientOrderId': this.safeString (order, this.options['clientOrderIdField']),
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

    orderTimeInForce (unified) {
        // time_in_force: post_only for postOnly (limit orders only, checked by unifiedOrderParams), ioc or
        // fok for IOC and FOK; undefined for GTC, the default.
        if (unified['postOnly']) {
            return 'post_only';
        }
        return this.safeString (this.options['timeInForceIds'], unified['timeInForce']);
    }

    orderRequest (market, type, side, amount, price, unified, method) {
        // Upbit's order fields: ord_type, volume, price, time_in_force, identifier. A limit order has volume
        // and price; a market sell (ord_type market) volume; a market buy (ord_type price) price = the
        // total to spend, from the unified param cost. Upbit's API places no stop orders and no reduce-only
        // ones.
        this.rejectUnifiedParams (method, unified, [ 'reduceOnly', 'triggerPrice', 'stopLossPrice', 'takeProfitPrice' ]);
        if ((type !== 'limit') && (type !== 'market')) {
            throw new InvalidOrder (this.id + ' ' + method + ' () type must be limit or market, not ' + type);
        }
        const symbol = market['symbol'];
        const request = {};
        const immediate = (unified['timeInForce'] === 'IOC') || (unified['timeInForce'] === 'FOK');
        if (type === 'limit') {
            if (price === undefined) {
                throw new ArgumentsRequired (this.id + ' ' + method + ' () requires a price for a limit order');
            }
            request['ord_type'] = 'limit';
            if (amount !== undefined) {
                request['volume'] = this.amountToPrecision (symbol, amount);
            }
            request['price'] = this.priceToPrecision (symbol, price);
        } else if (side === 'buy') {
            if (unified['cost'] === undefined) {
                throw new ArgumentsRequired (this.id + ' ' + method + ' () a market buy is sized by its total: pass the unified param cost (createMarketBuyOrderWithCost)');
            }
            // A market order with IOC or FOK is Upbit's best order (at the best price), sized the same way.
            request['ord_type'] = immediate ? 'best' : 'price';
            request['price'] = this.costToPrecision (symbol, unified['cost']);
        } else {
            if (unified['cost'] !== undefined) {
                throw new InvalidOrder (this.id + ' ' + method + ' () cost sizes market buys only: a market sell is sized by amount');
            }
            request['ord_type'] = immediate ? 'best' : 'market';
            if (amount !== undefined) {
                request['volume'] = this.amountToPrecision (symbol, amount);
            }
        }
        const timeInForce = this.orderTimeInForce (unified);
        if (timeInForce !== undefined) {
            request['time_in_force'] = timeInForce;
        }
        if (unified['clientOrderId'] !== undefined) {
            request['identifier'] = unified['clientOrderId'];
        }
        return request;
    }

    async createOrder (symbol, type, side, amount, price = undefined, params = {}) {
        // POST orders: { market, side: bid or ask, ord_type, volume, price, time_in_force, identifier }; the
        // unified clientOrderId is identifier, postOnly time_in_force post_only, IOC and FOK ioc and fok.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const [ unified, rest ] = this.unifiedOrderParams (type, params);
        const fields = this.orderRequest (market, type, side, amount, price, unified, 'createOrder');
        const sizedByCost = (type === 'market') && (side === 'buy');
        if (!sizedByCost && (this.safeString (fields, 'volume') === undefined)) {
            throw new ArgumentsRequired (this.id + ' createOrder () requires an amount');
        }
        const request = this.extend ({ 'market': market['id'], 'side': (side === 'buy') ? 'bid' : 'ask' }, fields);
        const response = await this.privatePostOrders (this.extend (request, rest));
        return this.parseOrder (response, market);
    }

    async editOrder (id, symbol, type, side, amount = undefined, price = undefined, params = {}) {
        // POST orders/cancel_and_new: cancels the order (prev_order_uuid) and places a new one of the same
        // market and side with the new_ fields of createOrder's; without an amount the new order takes the
        // remaining volume of the old one (new_volume remain_only). The answer is the canceled order with
        // new_order_uuid and new_order_identifier: the new order is returned, its state unknown until fetched.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const [ unified, rest ] = this.unifiedOrderParams (type, params);
        const fields = this.orderRequest (market, type, side, amount, price, unified, 'editOrder');
        const request = { 'prev_order_uuid': id };
        const keys = Object.keys (fields);
        for (let i = 0; i < keys.length; i++) {
            const value = this.safeValue (fields, keys[i]);
            if (value !== undefined) {
                request['new_' + keys[i]] = value;
            }
        }
        const sizedByCost = (type === 'market') && (side === 'buy');
        if (!sizedByCost && (amount === undefined)) {
            request['new_volume'] = 'remain_only';
        }
        const response = await this.privatePostOrdersCancelAndNew (this.extend (request, rest));
        const timeInForce = this.safeString (fields, 'time_in_force');
        return this.safeOrder ({
            'id': this.safeString (response, 'new_order_uuid'),
            'clientOrderId': this.safeString (response, 'new_order_identifier'),
            'symbol': market['symbol'],
            'type': type,
            'side': side,
            'timeInForce': this.parseTimeInForce (timeInForce),
            'postOnly': (type === 'limit') ? unified['postOnly'] : undefined,
            'price': (type === 'limit') ? this.safeString (fields, 'price') : undefined,
            'amount': this.safeString (fields, 'volume'),
            'info': response,
        }, market);
    }

    async createMarketBuyOrderWithCost (symbol, cost, params = {}) {
        return await this.createOrder (symbol, 'market', 'buy', undefined, undefined, this.extend (params, { 'cost': cost }));
    }

    orderIdRequest (id, params) {
        // uuid, or identifier (options['clientOrderIdField']) for the unified clientOrderId (then id may be
        // undefined).
        const clientOrderId = this.safeString (params, 'clientOrderId');
        const rest = this.omit (params, 'clientOrderId');
        if (clientOrderId !== undefined) {
            const request = {};
            request[this.options['clientOrderIdField']] = clientOrderId;
            return this.extend (request, rest);
        }
        if (id === undefined) {
            throw new ArgumentsRequired (this.id + ' requires an order id or the param clientOrderId');
        }
        return this.extend ({ 'uuid': id }, rest);
    }

    async cancelOrder (id, symbol = undefined, params = {}) {
        // DELETE order?uuid= (or identifier=): the order as it was when the cancel was accepted (state wait).
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const response = await this.privateDeleteOrder (this.orderIdRequest (id, params));
        const order = this.parseOrder (response, market);
        order['status'] = 'canceled';
        return order;
    }

    async cancelAllOrders (symbol = undefined, params = {}) {
        // DELETE orders/open?pairs=&count=: cancels the waiting orders (of one market when given), at most
        // 300 a request (count 300: the default is 20); { success: { count, orders: [ { uuid, market,
        // identifier } ] }, failed: { ... } }. The orders whose cancel was accepted are returned; reserved
        // (watch) orders are not touched by this endpoint.
        await this.loadMarkets ();
        const request = { 'count': 300 };
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
            request['pairs'] = market['id'];
        }
        const response = await this.privateDeleteOrdersOpen (this.extend (request, params));
        const success = this.safeDict (response, 'success', {});
        const entries = this.safeList (success, 'orders', []);
        const result = [];
        for (let i = 0; i < entries.length; i++) {
            const entry = entries[i];
            const entryMarket = this.marketFromId (this.safeString (entry, 'market'), market);
            result.push (this.safeOrder ({
                'id': this.safeString (entry, 'uuid'),
                'clientOrderId': this.safeString (entry, 'identifier'),
                'symbol': entryMarket['symbol'],
                'status': 'canceled',
                'info': entry,
            }, entryMarket));
        }
        return result;
    }

    async fetchOrder (id, symbol = undefined, params = {}) {
        // GET order?uuid= (or identifier=): the order with its trades.
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const response = await this.privateGetOrder (this.orderIdRequest (id, params));
        return this.parseOrder (response, market);
    }

    async fetchOrderTrades (id, symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // The trades of GET order.
        const order = await this.fetchOrder (id, symbol, params);
        return this.filterBySinceLimit (order['trades'], since, limit);
    }

    async fetchOpenOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // orders/open: market, limit (at most 100), order_by; state wait by default (watch: reserved orders).
        await this.loadMarkets ();
        const request = {};
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
            request['market'] = market['id'];
        }
        if (limit !== undefined) {
            request['limit'] = Math.min (limit, 100);
        }
        const response = await this.privateGetOrdersOpen (this.extend (request, params));
        return this.parseOrders (response, market, since, limit);
    }

    async fetchClosedOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // orders/closed: market, start_time and end_time (ISO 8601; a window of at most 7 days), limit (at
        // most 1000), order_by; states done and cancel by default.
        await this.loadMarkets ();
        const request = {};
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
            request['market'] = market['id'];
        }
        if (since !== undefined) {
            request['start_time'] = this.candleTime (since);
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            request['end_time'] = this.candleTime (until);
        }
        if (limit !== undefined) {
            request['limit'] = Math.min (limit, 1000);
        }
        const response = await this.privateGetOrdersClosed (this.extend (request, this.omit (params, 'until')));
        return this.parseOrders (response, market, since, limit);
    }

    // --- funding -------------------------------------------------------------------------------------

    parseTransaction (transaction, currency = undefined) {
        // deposits and withdraws: { type: 'deposit' or 'withdraw', uuid, currency, net_type, txid, state,
        // created_at, done_at, amount, fee, transaction_type }.
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
        // deposits or withdraws: currency, limit (at most 100), order_by; newest first. The lists page by
        // uuid cursors (from, to), not by time: the unified until cannot be honoured.
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
        // The unified param network as net_type; Upbit requires it for addresses and withdrawals.
        const networkCode = this.safeString (params, 'network');
        if (networkCode === undefined) {
            throw new ArgumentsRequired (this.id + ' ' + method + ' () requires the unified param network (' + this.name + '\'s net_type): one of ' + Object.keys (this.options['networks']).join (', ') + ' or the exchange\'s own');
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
        // POST withdraws/coin { currency, net_type, amount, address, secondary_address, transaction_type }:
        // the withdrawal (state WAITING). The address must be registered for withdrawals on upbit.com.
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
        // Authorization: Bearer <JWT> with { access_key, nonce (a UUID), query_hash (hex SHA-512 of the
        // params as a query string, unencoded), query_hash_alg: SHA512 }; no params, no query_hash. With
        // options['jwtTimestamp'] the claims also hold timestamp (ms) after the nonce, with
        // options['queryHashUrlencoded'] the hashed query string is url-encoded (as sent).
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
        };
        if (this.options['jwtTimestamp']) {
            payload['timestamp'] = this.milliseconds ();
        }
        if (hasParams) {
            const queryString = this.options['queryHashUrlencoded'] ? this.urlencode (query) : this.rawencode (query);
            payload = this.extend (payload, {
                'query_hash': this.hash (this.encode (queryString), 'sha512', 'hex'),
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
        // the HTTP status (a 429 may also come with a plain-text body).
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
