// HitBTC REST API v3: https://api.hitbtc.com/ (spot markets; Bequant runs the same API: js/bequant.js)
import Exchange from './base/Exchange.js';
import { AccountSuspended, ArgumentsRequired, AuthenticationError, BadRequest, BadSymbol, DuplicateOrderId, ExchangeError, ExchangeNotAvailable, InsufficientFunds, InvalidAddress, InvalidOrder, NotSupported, OrderNotFound, PermissionDenied, RateLimitExceeded, RequestTimeout } from './base/errors.js';
import { TICK_SIZE } from './base/functions/number.js';

export default class hitbtc extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'hitbtc',
            'name': 'HitBTC',
            'countries': [ 'HK' ],
            // The URL path of every endpoint starts with /api/3 (sign () builds it from the version).
            'version': '3',
            // Market data allows 30 requests a second per IP and trading 300 a second per user, the wallet 10 a
            // second: 20 a second, and wallet endpoints cost 2 of them.
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
                'editOrder': true,
                'fetchOrder': true,
                'fetchOrders': false, // active orders and the order history are separate endpoints
                'fetchOpenOrders': true,
                'fetchClosedOrders': true,
                'fetchMyTrades': true,
                'fetchDeposits': true,
                'fetchWithdrawals': true,
                'fetchTransactions': true,
                'fetchLedger': false,
                'fetchDepositAddress': true,
                'withdraw': true,
                'fetchTime': false, // API v3 has no server time endpoint
                'fetchStatus': false, // nor a status endpoint
                'fetchTradingFees': true,
                'cancelAllOrders': true,
                'fetchOrderTrades': true,
                'fetchTradingFee': true,
                'fetchDepositAddresses': true,
                'createDepositAddress': true,
                'fetchDepositWithdrawFees': true,
                'transfer': true,
                'createMarketBuyOrderWithCost': false, // quantity is always in the base currency
            },
            'urls': {
                'logo': 'https://hitbtc.com/favicon.ico',
                'api': {
                    'public': 'https://api.hitbtc.com/api/3',
                    'private': 'https://api.hitbtc.com/api/3',
                },
                'www': 'https://hitbtc.com',
                'doc': 'https://api.hitbtc.com/',
                'fees': 'https://hitbtc.com/fees-and-limits',
            },
            'api': {
                'public': {
                    'get': [
                        'public/currency',
                        'public/currency/{currency}',
                        'public/symbol',
                        'public/symbol/{symbol}',
                        'public/ticker',
                        'public/ticker/{symbol}',
                        'public/price/rate',
                        'public/trades',
                        'public/trades/{symbol}',
                        'public/orderbook',
                        'public/orderbook/{symbol}',
                        'public/candles',
                        'public/candles/{symbol}',
                    ],
                },
                'private': {
                    'get': {
                        'spot/balance': 1,
                        'spot/balance/{currency}': 1,
                        'spot/order': 1,
                        'spot/order/{client_order_id}': 1,
                        'spot/fee': 1,
                        'spot/fee/{symbol}': 1,
                        'spot/history/order': 1,
                        'spot/history/trade': 1,
                        'wallet/balance': 2,
                        'wallet/balance/{currency}': 2,
                        'wallet/crypto/address': 2,
                        'wallet/crypto/fee/estimate': 2,
                        'wallet/transactions': 2,
                        'wallet/transactions/{tx_id}': 2,
                    },
                    'post': {
                        'spot/order': 1,
                        'wallet/crypto/address': 2,
                        'wallet/crypto/withdraw': 2,
                        'wallet/transfer': 2,
                    },
                    'patch': {
                        'spot/order/{client_order_id}': 1,
                    },
                    'delete': {
                        'spot/order': 1,
                        'spot/order/{client_order_id}': 1,
                    },
                },
            },
            // The candle periods of public/candles.
            'timeframes': {
                '1m': 'M1',
                '3m': 'M3',
                '5m': 'M5',
                '15m': 'M15',
                '30m': 'M30',
                '1h': 'H1',
                '4h': 'H4',
                '1d': 'D1',
                '1w': 'D7',
                '1M': '1M',
            },
            'requiredCredentials': {
                'apiKey': true,
                'secret': true,
            },
            // The standard tier of the fee schedule; every symbol also reports its own take_rate and make_rate.
            'fees': {
                'trading': {
                    'tierBased': true,
                    'percentage': true,
                    'taker': 0.0025,
                    'maker': 0.0009,
                },
            },
            // quantity_increment and tick_size are steps, not numbers of decimals.
            'precisionMode': TICK_SIZE,
            'options': {
                // Unified network codes and the API's network codes (currency networks[].network, network_code).
                'networks': {
                    'ERC20': 'ETH',
                    'TRC20': 'TRX',
                    'BEP20': 'BSC',
                    'SOL': 'SOL',
                    'POLYGON': 'MATIC',
                    'ARBITRUM': 'ARB',
                    'OPTIMISM': 'OP',
                    'OMNI': 'OMNI',
                },
                // transfer () moves funds between the spot (trading) account and the wallet.
                'accountsByType': {
                    'spot': 'spot',
                    'trade': 'spot',
                    'funding': 'wallet',
                    'wallet': 'wallet',
                },
                'orderStatuses': {
                    'new': 'open',
                    'suspended': 'open', // a stop or take-profit order waiting for its trigger
                    'partiallyFilled': 'open',
                    'filled': 'closed',
                    'canceled': 'canceled',
                    'expired': 'expired',
                },
                'transactionStatuses': {
                    'CREATED': 'pending',
                    'PENDING': 'pending',
                    'FAILED': 'failed',
                    'SUCCESS': 'ok',
                    'ROLLED_BACK': 'failed',
                },
            },
            // Errors are { "error": { "code": 20001, "message": "...", "description": "..." } } with an HTTP 4xx or
            // 5xx status: the documented codes.
            'exceptions': {
                'exact': {
                    '429': RateLimitExceeded, // too many requests
                    '500': ExchangeError, // internal server error
                    '503': ExchangeNotAvailable, // service unavailable
                    '504': RequestTimeout, // gateway timeout
                    '600': PermissionDenied, // action not allowed
                    '1001': AuthenticationError, // authorization required
                    '1002': AuthenticationError, // authorization required or has been failed
                    '1003': PermissionDenied, // action forbidden for this API key
                    '1004': AuthenticationError, // unsupported authorization method
                    '2001': BadSymbol, // symbol not found
                    '2002': BadRequest, // currency not found
                    '2010': InvalidOrder, // quantity not a valid number
                    '2011': InvalidOrder, // quantity too low
                    '2012': InvalidOrder, // bad quantity
                    '2020': InvalidOrder, // price not a valid number
                    '2021': InvalidOrder, // price too low
                    '2022': InvalidOrder, // bad price
                    '10001': BadRequest, // validation error
                    '10021': AccountSuspended, // user disabled
                    '20001': InsufficientFunds, // insufficient funds
                    '20002': OrderNotFound, // order not found
                    '20003': ExchangeError, // limit exceeded (of withdrawals)
                    '20004': ExchangeError, // transaction not found
                    '20005': ExchangeError, // payout not found
                    '20006': ExchangeError, // payout already committed
                    '20007': ExchangeError, // payout already rolled back
                    '20008': DuplicateOrderId, // duplicate client_order_id
                    '20009': InvalidOrder, // price and quantity not changed
                    '20010': ExchangeNotAvailable, // exchange temporary closed for this symbol
                    '20011': InvalidAddress, // payout address is invalid
                    '20014': ExchangeError, // offer not found
                    '20080': ExchangeNotAvailable, // internal order execution deadline exceeded
                },
                'broad': {},
            },
        });
    }

    // --- markets and currencies ----------------------------------------------------------------------

    async fetchMarkets (params = {}) {
        // public/symbol: { "ETHBTC": { type: 'spot' (or 'futures'), base_currency, quote_currency, status:
        // 'working' or 'suspended', quantity_increment, tick_size, take_rate, make_rate, fee_currency,
        // margin_trading, max_initial_leverage } }, keyed by symbol id. Spot markets only.
        const response = await this.publicGetPublicSymbol (params);
        const ids = Object.keys (response);
        const result = [];
        for (let i = 0; i < ids.length; i++) {
            const entry = this.safeDict (response, ids[i], {});
            if (this.safeString (entry, 'type') !== 'spot') {
                continue;
            }
            result.push (this.parseMarket (this.extend (entry, { 'id': ids[i] })));
        }
        return result;
    }

    parseMarket (entry) {
        const baseId = this.safeString (entry, 'base_currency');
        const quoteId = this.safeString (entry, 'quote_currency');
        const base = this.safeCurrencyCode (baseId);
        const quote = this.safeCurrencyCode (quoteId);
        const step = this.safeNumber (entry, 'quantity_increment');
        return this.safeMarketStructure ({
            'id': this.safeString (entry, 'id'),
            'symbol': base + '/' + quote,
            'base': base,
            'quote': quote,
            'baseId': baseId,
            'quoteId': quoteId,
            'active': this.safeString (entry, 'status') === 'working',
            'type': 'spot',
            'spot': true,
            // The symbol's own rates; a symbol listed without them has the fee schedule's.
            'taker': this.safeNumber (entry, 'take_rate', this.fees['trading']['taker']),
            'maker': this.safeNumber (entry, 'make_rate', this.fees['trading']['maker']),
            'precision': {
                'amount': step,
                'price': this.safeNumber (entry, 'tick_size'),
            },
            'limits': {
                // The smallest quantity is one step.
                'amount': { 'min': step, 'max': undefined },
                'price': { 'min': undefined, 'max': undefined },
                'cost': { 'min': undefined, 'max': undefined },
            },
            'info': this.omit (entry, 'id'),
        });
    }

    async fetchCurrencies (params = {}) {
        // public/currency: { "BTC": { full_name, crypto, payin_enabled, payout_enabled, transfer_enabled, delisted,
        // precision_transfer, networks: [ { network, protocol, default, payin_enabled, payout_enabled,
        // precision_payout, payout_fee, payout_is_payment_id, payin_payment_id, payin_confirmations } ] } }.
        const response = await this.publicGetPublicCurrency (params);
        const ids = Object.keys (response);
        const result = {};
        for (let i = 0; i < ids.length; i++) {
            const id = ids[i];
            const entry = this.safeDict (response, id, {});
            const code = this.safeCurrencyCode (id);
            const entries = this.safeList (entry, 'networks', []);
            const networks = {};
            let fee = undefined;
            for (let j = 0; j < entries.length; j++) {
                const network = entries[j];
                const networkId = this.safeString (network, 'network');
                const networkCode = this.networkCode (networkId);
                const payin = this.safeBool (network, 'payin_enabled', false);
                const payout = this.safeBool (network, 'payout_enabled', false);
                const networkFee = this.safeNumber (network, 'payout_fee');
                // The currency's fee is its default network's (or its only one's).
                if (this.safeBool (network, 'default', false) || (entries.length === 1)) {
                    fee = networkFee;
                }
                networks[networkCode] = {
                    'id': networkId,
                    'network': networkCode,
                    'active': payin && payout,
                    'deposit': payin,
                    'withdraw': payout,
                    'fee': networkFee,
                    'precision': this.safeNumber (network, 'precision_payout'),
                    'limits': { 'withdraw': { 'min': undefined, 'max': undefined } },
                };
            }
            const deposit = this.safeBool (entry, 'payin_enabled', false);
            const withdraw = this.safeBool (entry, 'payout_enabled', false);
            result[code] = {
                'id': id,
                'code': code,
                'name': this.safeString (entry, 'full_name'),
                'active': deposit && withdraw && !this.safeBool (entry, 'delisted', false),
                'deposit': deposit,
                'withdraw': withdraw,
                'fee': fee,
                'precision': this.safeNumber (entry, 'precision_transfer'),
                'limits': { 'withdraw': { 'min': undefined, 'max': undefined } },
                'networks': networks,
                'info': entry,
            };
        }
        return result;
    }

    async fetchDepositWithdrawFees (codes = undefined, params = {}) {
        // The payout fees of public/currency, per network.
        const currencies = await this.fetchCurrencies (params);
        return this.depositWithdrawFeesFromCurrencies (currencies, codes);
    }

    // --- market data ---------------------------------------------------------------------------------

    parseTicker (ticker, market = undefined) {
        // { ask, bid, last, low, high, open, volume (base), volume_quote, timestamp (ISO 8601) }; the
        // symbol is the key of the dictionary it comes in (fetchTickers adds it).
        market = this.safeMarket (this.safeString (ticker, 'symbol'), market);
        return this.safeTicker ({
            'symbol': market['symbol'],
            'timestamp': this.parse8601 (this.safeString (ticker, 'timestamp')),
            'high': this.safeString (ticker, 'high'),
            'low': this.safeString (ticker, 'low'),
            'bid': this.safeString (ticker, 'bid'),
            'ask': this.safeString (ticker, 'ask'),
            'open': this.safeString (ticker, 'open'),
            'last': this.safeString (ticker, 'last'),
            'baseVolume': this.safeString (ticker, 'volume'),
            'quoteVolume': this.safeString (ticker, 'volume_quote'),
            'info': this.omit (ticker, 'symbol'),
        }, market);
    }

    async fetchTicker (symbol, params = {}) {
        // public/ticker/{symbol}: one ticker.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetPublicTickerSymbol (this.extend ({ 'symbol': market['id'] }, params));
        return this.parseTicker (response, market);
    }

    async fetchTickers (symbols = undefined, params = {}) {
        // public/ticker?symbols=a,b: { "ETHBTC": { ... } } (every symbol without symbols).
        await this.loadMarkets ();
        const request = {};
        if (symbols !== undefined) {
            const marketIds = [];
            for (let i = 0; i < symbols.length; i++) {
                marketIds.push (this.marketId (symbols[i]));
            }
            request['symbols'] = marketIds.join (',');
        }
        const response = await this.publicGetPublicTicker (this.extend (request, params));
        const ids = Object.keys (response);
        const tickers = [];
        for (let i = 0; i < ids.length; i++) {
            tickers.push (this.extend (this.safeDict (response, ids[i], {}), { 'symbol': ids[i] }));
        }
        return this.parseTickers (tickers, symbols);
    }

    async fetchOrderBook (symbol, limit = undefined, params = {}) {
        // public/orderbook/{symbol}?depth (0 is the whole book): { timestamp, ask: [ [ price, size ] ], bid }.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'symbol': market['id'] };
        if (limit !== undefined) {
            request['depth'] = limit;
        }
        const response = await this.publicGetPublicOrderbookSymbol (this.extend (request, params));
        return this.parseOrderBook (response, market['symbol'], this.parse8601 (this.safeString (response, 'timestamp')), 'bid', 'ask');
    }

    parseOHLCV (ohlcv, market = undefined) {
        // { timestamp, open, close, min, max, volume (base), volume_quote }.
        return [
            this.parse8601 (this.safeString (ohlcv, 'timestamp')),
            this.safeNumber (ohlcv, 'open'),
            this.safeNumber (ohlcv, 'max'),
            this.safeNumber (ohlcv, 'min'),
            this.safeNumber (ohlcv, 'close'),
            this.safeNumber (ohlcv, 'volume'),
        ];
    }

    historyRange (request, since, limit, params) {
        // from, till (the unified until) and limit, the paging params the history endpoints share; with a
        // start the list is asked for oldest first (sort ASC), or it would be the newest page (DESC by default).
        if (since !== undefined) {
            request['from'] = since;
            request['sort'] = 'ASC';
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            request['till'] = until;
        }
        if (limit !== undefined) {
            request['limit'] = limit;
        }
        return request;
    }

    async fetchOHLCV (symbol, timeframe = '1m', since = undefined, limit = undefined, params = {}) {
        // public/candles/{symbol}?period&from&till&limit&sort.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const period = this.safeString (this.timeframes, timeframe);
        if (period === undefined) {
            throw new BadRequest (this.id + ' fetchOHLCV () does not support the timeframe ' + timeframe + ': one of ' + Object.keys (this.timeframes).join (', '));
        }
        const request = this.historyRange ({ 'symbol': market['id'], 'period': period }, since, limit, params);
        const response = await this.publicGetPublicCandlesSymbol (this.extend (request, this.omit (params, 'until')));
        return this.parseOHLCVs (response, market, timeframe, since, limit);
    }

    parseTrade (trade, market = undefined) {
        // Public trades: { id, price, qty, side (the taker's), timestamp }. The account's trades
        // (spot/history/trade): { id, order_id, client_order_id, symbol, side, quantity, price, fee, timestamp,
        // taker }, the fee in the symbol's fee currency.
        market = this.safeMarket (this.safeString (trade, 'symbol'), market);
        let takerOrMaker = undefined;
        const taker = this.safeBool (trade, 'taker');
        if (taker !== undefined) {
            takerOrMaker = taker ? 'taker' : 'maker';
        }
        let fee = undefined;
        const feeCost = this.safeString (trade, 'fee');
        if (feeCost !== undefined) {
            const feeCurrencyId = this.safeString (this.safeDict (market, 'info', {}), 'fee_currency', market['quoteId']);
            fee = { 'cost': feeCost, 'currency': this.safeCurrencyCode (feeCurrencyId) };
        }
        return this.safeTrade ({
            'id': this.safeString (trade, 'id'),
            // Orders are addressed by client_order_id (see parseOrder).
            'order': this.safeString (trade, 'client_order_id'),
            'symbol': market['symbol'],
            'timestamp': this.parse8601 (this.safeString (trade, 'timestamp')),
            'side': this.safeString (trade, 'side'),
            'takerOrMaker': takerOrMaker,
            'price': this.safeString (trade, 'price'),
            'amount': this.safeString2 (trade, 'quantity', 'qty'),
            'fee': fee,
            'info': trade,
        }, market);
    }

    async fetchTrades (symbol, since = undefined, limit = undefined, params = {}) {
        // public/trades/{symbol}?by=timestamp&from&till&limit&sort.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = this.historyRange ({ 'symbol': market['id'] }, since, limit, params);
        if ((since !== undefined) || (request['till'] !== undefined)) {
            request['by'] = 'timestamp';
        }
        const response = await this.publicGetPublicTradesSymbol (this.extend (request, this.omit (params, 'until')));
        return this.parseTrades (response, market, since, limit);
    }

    // --- account -------------------------------------------------------------------------------------

    async fetchBalance (params = {}) {
        // spot/balance (the trading account) or, with params['type'] 'funding' (or 'wallet'), wallet/balance:
        // [ { currency, available, reserved, reserved_margin } ].
        await this.loadMarkets ();
        const type = this.accountTypeId (this.safeString (params, 'type', 'spot'));
        const query = this.omit (params, 'type');
        let response = undefined;
        if (type === 'wallet') {
            response = await this.privateGetWalletBalance (query);
        } else {
            response = await this.privateGetSpotBalance (query);
        }
        const result = { 'info': response };
        for (let i = 0; i < response.length; i++) {
            const entry = response[i];
            const account = this.account ();
            account['free'] = this.safeString (entry, 'available');
            account['used'] = this.safeString (entry, 'reserved');
            result[this.safeCurrencyCode (this.safeString (entry, 'currency'))] = account;
        }
        return this.safeBalance (result);
    }

    parseTradingFee (fee, market = undefined) {
        // { symbol, take_rate, make_rate } (spot/fee/{symbol} without the symbol).
        market = this.safeMarket (this.safeString (fee, 'symbol'), market);
        return {
            'symbol': market['symbol'],
            'maker': this.safeNumber (fee, 'make_rate'),
            'taker': this.safeNumber (fee, 'take_rate'),
            'info': fee,
        };
    }

    async fetchTradingFees (params = {}) {
        // spot/fee: the account's rates of every symbol.
        await this.loadMarkets ();
        const response = await this.privateGetSpotFee (params);
        const result = {};
        for (let i = 0; i < response.length; i++) {
            const fee = this.parseTradingFee (response[i]);
            result[fee['symbol']] = fee;
        }
        return result;
    }

    async fetchTradingFee (symbol, params = {}) {
        // spot/fee/{symbol}: { take_rate, make_rate }.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.privateGetSpotFeeSymbol (this.extend ({ 'symbol': market['id'] }, params));
        return this.parseTradingFee (response, market);
    }

    // --- orders --------------------------------------------------------------------------------------

    parseOrderType (orderType) {
        // [ unified type, trigger field ]: stop and take-profit orders are market or limit orders with a trigger.
        const types = {
            'market': [ 'market', undefined ],
            'limit': [ 'limit', undefined ],
            'stopMarket': [ 'market', 'stopLossPrice' ],
            'stopLimit': [ 'limit', 'stopLossPrice' ],
            'takeProfitMarket': [ 'market', 'takeProfitPrice' ],
            'takeProfitLimit': [ 'limit', 'takeProfitPrice' ],
        };
        return this.safeValue (types, orderType, [ undefined, undefined ]);
    }

    parseOrder (order, market = undefined) {
        // { id, client_order_id, symbol, side, status, type, time_in_force, quantity, quantity_cumulative,
        // price, price_average, stop_price, expire_time, post_only, created_at, updated_at, trades: [ { id,
        // quantity, price, fee, taker, timestamp } ] }. Every order endpoint addresses an order by its
        // client_order_id (HitBTC makes one when the caller gives none), so that is the unified id too.
        market = this.safeMarket (this.safeString (order, 'symbol'), market);
        const [ type, triggerField ] = this.parseOrderType (this.safeString (order, 'type'));
        const triggerPrice = this.safeString (order, 'stop_price');
        const status = this.safeString (order, 'status');
        const clientOrderId = this.safeString (order, 'client_order_id');
        // A post-only order (post_only true, whatever its time_in_force) is timeInForce PO.
        const postOnly = this.safeBool (order, 'post_only');
        const fills = this.safeList (order, 'trades', []);
        const trades = [];
        for (let i = 0; i < fills.length; i++) {
            trades.push (this.parseTrade (this.extend (fills[i], { 'client_order_id': clientOrderId, 'side': this.safeString (order, 'side') }), market));
        }
        const result = {
            'id': clientOrderId,
            'clientOrderId': clientOrderId,
            'symbol': market['symbol'],
            'timestamp': this.parse8601 (this.safeString (order, 'created_at')),
            'lastUpdateTimestamp': this.parse8601 (this.safeString (order, 'updated_at')),
            'status': this.safeString (this.options['orderStatuses'], status, status),
            'type': type,
            'timeInForce': postOnly ? 'PO' : this.parseTimeInForce (this.safeString (order, 'time_in_force')),
            'postOnly': postOnly,
            'side': this.safeString (order, 'side'),
            'price': this.safeString (order, 'price'),
            'triggerPrice': triggerPrice,
            'average': this.safeString (order, 'price_average'),
            'amount': this.safeString (order, 'quantity'),
            'filled': this.safeString (order, 'quantity_cumulative'),
            'trades': trades,
            'info': order,
        };
        if (triggerField !== undefined) {
            result[triggerField] = triggerPrice;
        }
        return this.safeOrder (result, market);
    }

    parseTimeInForce (timeInForce) {
        // GTC, IOC and FOK are unified; Day (canceled at the end of the day) and GTD (good till expire_time) rest
        // on the book until a time, which the unified values have not: they are GTC.
        if ((timeInForce === 'GTC') || (timeInForce === 'IOC') || (timeInForce === 'FOK')) {
            return timeInForce;
        }
        if ((timeInForce === 'Day') || (timeInForce === 'GTD')) {
            return 'GTC';
        }
        return undefined;
    }

    async createOrder (symbol, type, side, amount, price = undefined, params = {}) {
        // POST spot/order { symbol, side, type, quantity, price, stop_price, time_in_force, post_only,
        // client_order_id }. triggerPrice and stopLossPrice make a stopLimit or stopMarket order (triggered when the
        // last price reaches stop_price against the order), takeProfitPrice a takeProfitLimit or takeProfitMarket
        // one; postOnly is post_only, timeInForce time_in_force, clientOrderId client_order_id. Spot orders have
        // no reduceOnly, and quantity is always in the base currency (no cost).
        await this.loadMarkets ();
        const market = this.market (symbol);
        const [ unified, rest ] = this.unifiedOrderParams (type, params);
        this.rejectUnifiedParams ('createOrder', unified, [ 'reduceOnly', 'cost' ]);
        if ((type !== 'market') && (type !== 'limit')) {
            throw new InvalidOrder (this.id + ' createOrder () type must be market or limit, not ' + type);
        }
        const request = {
            'symbol': market['id'],
            'side': side,
            'type': type,
            'quantity': this.amountToPrecision (symbol, amount),
        };
        if (type === 'limit') {
            if (price === undefined) {
                throw new ArgumentsRequired (this.id + ' createOrder () requires a price for a limit order');
            }
            request['price'] = this.priceToPrecision (symbol, price);
        }
        const trigger = unified['trigger'];
        if (trigger !== undefined) {
            const kind = (unified['triggerKind'] === 'takeProfitPrice') ? 'takeProfit' : 'stop';
            request['type'] = kind + ((type === 'limit') ? 'Limit' : 'Market');
            request['stop_price'] = this.priceToPrecision (symbol, trigger);
        }
        if (unified['timeInForce'] !== undefined) {
            request['time_in_force'] = unified['timeInForce'];
        }
        if (unified['postOnly']) {
            request['post_only'] = true;
        }
        if (unified['clientOrderId'] !== undefined) {
            request['client_order_id'] = unified['clientOrderId'];
        }
        const response = await this.privatePostSpotOrder (this.extend (request, rest));
        return this.parseOrder (response, market);
    }

    async editOrder (id, symbol, type, side, amount = undefined, price = undefined, params = {}) {
        // PATCH spot/order/{client_order_id} { new_client_order_id, quantity, price } replaces the quantity and
        // price of an open order (its type, side, trigger and post-only flag stay). The replacing order needs a
        // client_order_id of its own: params['new_client_order_id'], or a new UUID (32 hex digits, the longest
        // client_order_id). Quantity is required.
        await this.loadMarkets ();
        const market = this.market (symbol);
        if (this.safeBool (params, 'postOnly', false)) {
            throw new NotSupported (this.id + ' editOrder () does not support the unified param postOnly: an order keeps its post-only flag');
        }
        if (this.safeValue (params, 'triggerPrice') !== undefined) {
            throw new NotSupported (this.id + ' editOrder () does not support the unified param triggerPrice: an order keeps its stop_price');
        }
        if (amount === undefined) {
            throw new ArgumentsRequired (this.id + ' editOrder () requires an amount: HitBTC replaces quantity and price together');
        }
        const request = {
            'client_order_id': id,
            'new_client_order_id': this.safeString (params, 'new_client_order_id', this.uuid ().split ('-').join ('')),
            'quantity': this.amountToPrecision (symbol, amount),
        };
        if (price !== undefined) {
            request['price'] = this.priceToPrecision (symbol, price);
        }
        const response = await this.privatePatchSpotOrderClientOrderId (this.extend (request, this.omit (params, [ 'postOnly', 'triggerPrice', 'new_client_order_id' ])));
        return this.parseOrder (response, market);
    }

    async cancelOrder (id, symbol = undefined, params = {}) {
        // DELETE spot/order/{client_order_id}: the canceled order.
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const response = await this.privateDeleteSpotOrderClientOrderId (this.extend ({ 'client_order_id': id }, params));
        return this.parseOrder (response, market);
    }

    async cancelAllOrders (symbol = undefined, params = {}) {
        // DELETE spot/order?symbol (every symbol without it): the canceled orders.
        await this.loadMarkets ();
        const request = {};
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
            request['symbol'] = market['id'];
        }
        const response = await this.privateDeleteSpotOrder (this.extend (request, params));
        return this.parseOrders (response, market);
    }

    async fetchOrder (id, symbol = undefined, params = {}) {
        // spot/order/{client_order_id} knows active orders only; an order that is no longer active is found in
        // spot/history/order?client_order_id.
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        try {
            const response = await this.privateGetSpotOrderClientOrderId (this.extend ({ 'client_order_id': id }, params));
            return this.parseOrder (response, market);
        } catch (e) {
            if (!(e instanceof OrderNotFound)) {
                throw e;
            }
        }
        const history = await this.privateGetSpotHistoryOrder (this.extend ({ 'client_order_id': id }, params));
        if (history.length === 0) {
            throw new OrderNotFound (this.id + ' fetchOrder () found no order ' + id);
        }
        return this.parseOrder (history[0], market);
    }

    async fetchOpenOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // spot/order?symbol: the active orders.
        await this.loadMarkets ();
        const request = {};
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
            request['symbol'] = market['id'];
        }
        const response = await this.privateGetSpotOrder (this.extend (request, params));
        return this.parseOrders (response, market, since, limit);
    }

    async fetchClosedOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // spot/history/order?symbol&from&till&limit&sort: the orders that are no longer active (filled,
        // canceled, expired).
        await this.loadMarkets ();
        let market = undefined;
        const request = this.historyRange ({}, since, limit, params);
        if (symbol !== undefined) {
            market = this.market (symbol);
            request['symbol'] = market['id'];
        }
        const response = await this.privateGetSpotHistoryOrder (this.extend (request, this.omit (params, 'until')));
        return this.parseOrders (response, market, since, limit);
    }

    async fetchMyTrades (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // spot/history/trade?symbol&by=timestamp&from&till&limit&sort.
        await this.loadMarkets ();
        let market = undefined;
        const request = this.historyRange ({}, since, limit, params);
        if (symbol !== undefined) {
            market = this.market (symbol);
            request['symbol'] = market['id'];
        }
        if ((since !== undefined) || (request['till'] !== undefined)) {
            request['by'] = 'timestamp';
        }
        const response = await this.privateGetSpotHistoryTrade (this.extend (request, this.omit (params, 'until')));
        return this.parseTrades (response, market, since, limit);
    }

    async fetchOrderTrades (id, symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // spot/history/trade filters by the exchange's numeric order_id, which the order (found by its
        // client_order_id, the unified id) reports as id.
        const order = await this.fetchOrder (id, symbol);
        const request = { 'order_id': this.safeString (order['info'], 'id') };
        const marketId = this.safeString (order['info'], 'symbol');
        if (marketId !== undefined) {
            request['symbol'] = marketId;
        }
        const response = await this.privateGetSpotHistoryTrade (this.extend (request, params));
        return this.parseTrades (response, this.safeMarket (marketId), since, limit);
    }

    // --- funding -------------------------------------------------------------------------------------

    parseDepositAddress (entry, currency = undefined) {
        // { currency, address, payment_id, public_key, network_code }.
        const code = this.safeCurrencyCode (this.safeString (entry, 'currency'), currency);
        return {
            'currency': code,
            'address': this.safeString (entry, 'address'),
            'tag': this.safeString (entry, 'payment_id'),
            'network': this.networkCode (this.safeString (entry, 'network_code')),
            'info': entry,
        };
    }

    addressRequest (code, params) {
        // { currency, network_code } from the code and the unified param network.
        const currency = this.currency (code);
        const request = { 'currency': currency['id'] };
        const network = this.safeString (params, 'network');
        if (network !== undefined) {
            request['network_code'] = this.networkId (network, currency);
        }
        return request;
    }

    async fetchDepositAddress (code, params = {}) {
        // wallet/crypto/address?currency&network_code: [ { currency, address, payment_id, network_code } ].
        await this.loadMarkets ();
        const request = this.addressRequest (code, params);
        const response = await this.privateGetWalletCryptoAddress (this.extend (request, this.omit (params, 'network')));
        const first = this.safeDict (response, 0);
        if (first === undefined) {
            throw new InvalidAddress (this.id + ' fetchDepositAddress () found no address for ' + code + ': createDepositAddress () makes one');
        }
        return this.parseDepositAddress (first, this.currency (code));
    }

    async createDepositAddress (code, params = {}) {
        // POST wallet/crypto/address { currency, network_code }: the new address.
        await this.loadMarkets ();
        const request = this.addressRequest (code, params);
        const response = await this.privatePostWalletCryptoAddress (this.extend (request, this.omit (params, 'network')));
        return this.parseDepositAddress (response, this.currency (code));
    }

    async fetchDepositAddresses (codes = undefined, params = {}) {
        // wallet/crypto/address without a currency: the current address of every currency.
        await this.loadMarkets ();
        const response = await this.privateGetWalletCryptoAddress (params);
        const result = [];
        for (let i = 0; i < response.length; i++) {
            const address = this.parseDepositAddress (response[i]);
            if ((codes === undefined) || this.inArray (address['currency'], codes)) {
                result.push (address);
            }
        }
        return result;
    }

    parseTransaction (transaction, currency = undefined) {
        // wallet/transactions: { id, created_at, updated_at, status, type: DEPOSIT or WITHDRAW, subtype, native:
        // { tx_id, index, currency, amount, fee, address, payment_id, hash, confirmations, network_code } };
        // wallet/crypto/withdraw: { id } (the tx_id).
        const native = this.safeDict (transaction, 'native', {});
        const code = this.safeCurrencyCode (this.safeString (native, 'currency'), currency);
        let fee = undefined;
        const feeCost = this.safeString (native, 'fee');
        if (feeCost !== undefined) {
            fee = { 'cost': feeCost, 'currency': code };
        }
        const types = { 'DEPOSIT': 'deposit', 'WITHDRAW': 'withdrawal' };
        const status = this.safeString (transaction, 'status');
        return this.safeTransaction ({
            'id': this.safeString2 (native, 'tx_id', 'id', this.safeString (transaction, 'id')),
            'txid': this.safeString (native, 'hash'),
            'timestamp': this.parse8601 (this.safeString (transaction, 'created_at')),
            'updated': this.parse8601 (this.safeString (transaction, 'updated_at')),
            'network': this.networkCode (this.safeString (native, 'network_code')),
            'address': this.safeString (native, 'address'),
            'tag': this.safeString (native, 'payment_id'),
            'type': this.safeString (types, this.safeString (transaction, 'type'), this.safeString (transaction, 'kind')),
            'amount': this.safeString (native, 'amount'),
            'currency': code,
            'status': this.safeString (this.options['transactionStatuses'], status, status),
            'fee': fee,
            'info': transaction,
        }, currency);
    }

    async fetchTransactionsOfTypes (types, code, since, limit, params) {
        // wallet/transactions?types&currencies&from&till&limit&sort (by created_at).
        await this.loadMarkets ();
        let currency = undefined;
        const request = this.historyRange ({ 'types': types }, since, limit, params);
        if (code !== undefined) {
            currency = this.currency (code);
            request['currencies'] = currency['id'];
        }
        const response = await this.privateGetWalletTransactions (this.extend (request, this.omit (params, 'until')));
        return this.parseTransactions (response, currency, since, limit);
    }

    async fetchDeposits (code = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchTransactionsOfTypes ('DEPOSIT', code, since, limit, params);
    }

    async fetchWithdrawals (code = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchTransactionsOfTypes ('WITHDRAW', code, since, limit, params);
    }

    async fetchTransactions (code = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchTransactionsOfTypes ('DEPOSIT,WITHDRAW', code, since, limit, params);
    }

    async withdraw (code, amount, address, tag = undefined, params = {}) {
        // POST wallet/crypto/withdraw { currency, amount, address, payment_id (the tag), network_code }: { id }.
        await this.loadMarkets ();
        const currency = this.currency (code);
        const request = this.addressRequest (code, params);
        request['amount'] = this.numberToString (amount);
        request['address'] = address;
        if (tag !== undefined) {
            request['payment_id'] = tag;
        }
        const response = await this.privatePostWalletCryptoWithdraw (this.extend (request, this.omit (params, 'network')));
        return this.safeTransaction ({
            'id': this.safeString (response, 'id'),
            'type': 'withdrawal',
            'address': address,
            'tag': tag,
            'amount': request['amount'],
            'currency': currency['code'],
            'network': this.networkCode (this.safeString (request, 'network_code')),
            'status': 'pending',
            'info': response,
        }, currency);
    }

    async transfer (code, amount, fromAccount, toAccount, params = {}) {
        // POST wallet/transfer { currency, amount, source, destination } (spot or wallet): [ transfer id ].
        await this.loadMarkets ();
        const currency = this.currency (code);
        const request = {
            'currency': currency['id'],
            'amount': this.numberToString (amount),
            'source': this.accountTypeId (fromAccount),
            'destination': this.accountTypeId (toAccount),
        };
        const response = await this.privatePostWalletTransfer (this.extend (request, params));
        return {
            'id': this.safeString (response, 0),
            'currency': currency['code'],
            'amount': this.parseNumber (request['amount']),
            'fromAccount': fromAccount,
            'toAccount': toAccount,
            'status': 'ok',
            'info': response,
        };
    }

    // --- transport -----------------------------------------------------------------------------------

    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        // GET and DELETE send their params as the query string, POST and PATCH as a JSON body.
        const requestPath = '/api/' + this.version + '/' + this.implodeParams (path, params);
        const query = this.omit (params, this.extractParams (path));
        const hasBody = (method === 'POST') || (method === 'PATCH');
        let queryString = '';
        if (!hasBody && (Object.keys (query).length > 0)) {
            queryString = '?' + this.urlencode (query);
        }
        const url = this.safeString (this.urls['api'], api) + '/' + this.implodeParams (path, params) + queryString;
        if (api === 'public') {
            return { 'url': url, 'method': method, 'body': body, 'headers': headers };
        }
        // HS256: Authorization: 'HS256 ' + base64 (apiKey:signature:timestamp), the signature the hex HMAC-SHA256
        // (secret, method + path + ?query + body + timestamp), the timestamp in milliseconds.
        this.checkRequiredCredentials ();
        const timestamp = this.numberToString (this.milliseconds ());
        let payload = method + requestPath + queryString;
        headers = {};
        if (hasBody) {
            body = (Object.keys (query).length > 0) ? this.json (query) : '{}'; // (PHP writes an empty dictionary as [])
            payload = payload + body;
            headers['Content-Type'] = 'application/json';
        }
        const signature = this.hmac (this.encode (payload + timestamp), this.encode (this.secret), 'sha256');
        headers['Authorization'] = 'HS256 ' + this.stringToBase64 (this.apiKey + ':' + signature + ':' + timestamp);
        return { 'url': url, 'method': method, 'body': body, 'headers': headers };
    }

    handleErrors (status, reason, url, method, responseHeaders, responseBody, response, requestHeaders, requestBody) {
        // { "error": { "code": 20001, "message": "Insufficient funds", "description": "..." } }: the code picks
        // the error class; an unknown code is an ExchangeError.
        if ((response === undefined) || Array.isArray (response) || (typeof response !== 'object')) {
            return;
        }
        const error = this.safeDict (response, 'error');
        if (error === undefined) {
            return;
        }
        const code = this.safeString (error, 'code');
        const feedback = this.id + ' ' + method + ' ' + url + ' ' + code + ' ' + this.safeString (error, 'message', '') + ' ' + this.safeString (error, 'description', '');
        this.throwExactlyMatchedException (this.exceptions['exact'], code, feedback);
        throw new ExchangeError (feedback);
    }
}
