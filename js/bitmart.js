// BitMart spot API (current versions: market data v3, orders v2 submit / v3 cancel / v4 queries, account v1;
// https://developer-pro.bitmart.com/en/spot/). Symbols are BASE_QUOTE (BTC_USDT). Every answer is
// { code: 1000, trace, message, data }; another code is an error.
import Exchange from './base/Exchange.js';
import { AccountSuspended, ArgumentsRequired, AuthenticationError, BadRequest, BadSymbol, ExchangeError, ExchangeNotAvailable, InsufficientFunds, InvalidNonce, InvalidOrder, NotSupported, OrderNotFound, PermissionDenied, RateLimitExceeded } from './base/errors.js';
import Precise from './base/Precise.js';
import { TICK_SIZE } from './base/functions/number.js';

export default class bitmart extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'bitmart',
            'name': 'BitMart',
            'countries': [ 'US', 'CN', 'HK', 'KR' ],
            'version': 'v1',
            // Limits are per endpoint and per 2 s window: 10-15 requests per IP for market data, 12 per key for
            // account queries, 40 per user for orders, 2 for the fee endpoints and 1 per 3 s for cancel_all.
            // One bucket of 100 ms (20 requests per 2 s); the costs scale the stricter endpoints.
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
                'editOrder': false, // no amend endpoint for spot orders
                'fetchOrder': true,
                'fetchOrders': false, // open and history orders are separate queries
                'fetchOpenOrders': true,
                'fetchClosedOrders': true,
                'fetchMyTrades': true,
                'fetchDeposits': true,
                'fetchWithdrawals': true,
                'fetchTransactions': false, // the history takes one operation_type a request
                'fetchLedger': false, // no spot ledger endpoint
                'fetchDepositAddress': true,
                'withdraw': true,
                'fetchTime': true,
                'fetchStatus': true,
                'fetchTradingFees': false, // trade_fee is per symbol (fetchTradingFee)
                'cancelAllOrders': true,
                'fetchOrderTrades': true,
                'fetchTradingFee': true,
                'fetchDepositAddresses': false, // addresses are per currency id
                'createDepositAddress': false, // addresses are assigned, not created, through the API
                'fetchDepositWithdrawFees': false, // not implemented (withdraw/charge is per currency)
                'transfer': false, // spot and margin transfers are margin only (derivatives are another issue)
                'createMarketBuyOrderWithCost': true,
            },
            'urls': {
                'logo': 'https://www.bitmart.com/favicon.ico',
                'api': 'https://api-cloud.bitmart.com',
                'www': 'https://www.bitmart.com',
                'doc': [ 'https://developer-pro.bitmart.com/en/spot/', 'https://github.com/bitmartexchange/bitmart-official-api-docs' ],
                'fees': 'https://www.bitmart.com/fee/en',
            },
            'api': {
                'public': {
                    'get': {
                        'system/time': 1,
                        'system/service': 1,
                        'spot/v1/currencies': 2.5,
                        'spot/v1/symbols': 2.5,
                        'spot/v1/symbols/details': 1.67,
                        'spot/quotation/v3/tickers': 2,
                        'spot/quotation/v3/ticker': 1.34,
                        'spot/quotation/v3/lite-klines': 1.34,
                        'spot/quotation/v3/klines': 2,
                        'spot/quotation/v3/books': 1.34,
                        'spot/quotation/v3/trades': 1.34,
                    },
                },
                'private': {
                    'get': {
                        'account/v1/wallet': 1.67,
                        'account/v1/currencies': 1,
                        'spot/v1/wallet': 1.67,
                        'account/v1/deposit/address': 1.67,
                        'account/v1/withdraw/charge': 1.67,
                        'account/v2/deposit-withdraw/history': 2.5,
                        'account/v1/deposit-withdraw/detail': 2.5,
                        'spot/v1/trade_fee': 10,
                        'spot/v1/user_fee': 10,
                    },
                    'post': {
                        'account/v1/withdraw/apply': 2.5,
                        'spot/v2/submit_order': 0.5,
                        'spot/v3/cancel_order': 0.5,
                        'spot/v4/cancel_orders': 0.5,
                        'spot/v4/cancel_all': 30,
                        'spot/v4/batch_orders': 0.5,
                        'spot/v4/query/order': 0.4,
                        'spot/v4/query/client-order': 0.4,
                        'spot/v4/query/open-orders': 1.67,
                        'spot/v4/query/history-orders': 1.67,
                        'spot/v4/query/trades': 1.67,
                        'spot/v4/query/order-trades': 1.67,
                    },
                },
            },
            // klines step: minutes.
            'timeframes': {
                '1m': '1',
                '5m': '5',
                '15m': '15',
                '30m': '30',
                '1h': '60',
                '2h': '120',
                '4h': '240',
                '1d': '1440',
                '1w': '10080',
                '1M': '43200',
            },
            'requiredCredentials': {
                'apiKey': true, // the Access Key (X-BM-KEY)
                'secret': true, // the Secret Key
                'uid': true, // the Memo chosen when the key was made: part of every signature
            },
            // The base rate of the lowest tier for class A pairs (0.1 %); trade_fee reports the account's own.
            'fees': {
                'trading': {
                    'tierBased': true,
                    'percentage': true,
                    'taker': 0.001,
                    'maker': 0.001,
                },
            },
            'precisionMode': TICK_SIZE,
            'options': {
                'maxCandles': 200,
                // Unified network codes and the suffix BitMart adds to a currency id for that chain: USDT-TRC20,
                // USDT-ERC20 (the deposit address and withdraw docs); the plain id is the currency's default chain.
                'networks': {
                    'ERC20': 'ERC20',
                    'TRC20': 'TRC20',
                    'BEP20': 'BEP20',
                    'SOL': 'SOL',
                },
                'orderStatuses': {
                    'new': 'open',
                    'partially_filled': 'open',
                    'filled': 'closed',
                    'canceled': 'canceled',
                    'partially_canceled': 'canceled',
                },
                // deposit-withdraw history status: 0 created, 1 submitted, 2 processing, 3 success, 4 canceled,
                // 5 failed.
                'transactionStatuses': {
                    '0': 'pending',
                    '1': 'pending',
                    '2': 'pending',
                    '3': 'ok',
                    '4': 'canceled',
                    '5': 'failed',
                },
            },
            // Errors: { code, message, trace, data } with HTTP 400 to 503; the codes of the documented error list.
            'exceptions': {
                'exact': {
                    '30000': BadRequest, // not found
                    '30001': AuthenticationError, // header X-BM-KEY is empty
                    '30002': AuthenticationError, // header X-BM-KEY not found
                    '30003': AccountSuspended, // the account is frozen
                    '30004': AuthenticationError, // header X-BM-SIGN is empty
                    '30005': AuthenticationError, // header X-BM-SIGN is wrong
                    '30006': AuthenticationError, // header X-BM-TIMESTAMP is empty
                    '30007': InvalidNonce, // the timestamp and recvWindow do not match the server time
                    '30008': InvalidNonce, // header X-BM-TIMESTAMP is invalid
                    '30010': PermissionDenied, // the IP is forbidden
                    '30011': AuthenticationError, // the key has expired
                    '30012': PermissionDenied, // the key lacks the permission
                    '30013': RateLimitExceeded, // too many requests
                    '30014': ExchangeNotAvailable, // service unavailable
                    '50000': BadRequest,
                    '50001': BadSymbol, // symbol not found
                    '50002': BadRequest, // from or to format error
                    '50004': BadRequest, // kline size over the maximum
                    '50005': OrderNotFound, // order id not found
                    '50006': InvalidOrder, // below the minimum size
                    '50007': InvalidOrder, // above the maximum size
                    '50008': InvalidOrder, // below the minimum price
                    '51000': InsufficientFunds,
                    '51001': BadSymbol, // symbol not found or not trading
                    '51003': OrderNotFound,
                    '51004': OrderNotFound, // the order is already canceled
                    '51006': InvalidOrder, // size below the minimum
                    '51007': InvalidOrder, // price out of range
                    '51009': InvalidOrder, // too many open orders
                },
                'broad': {},
            },
        });
    }

    // --- markets and currencies ----------------------------------------------------------------------

    async fetchMarkets (params = {}) {
        // spot/v1/symbols/details: { symbols: [ { symbol, symbol_id, base_currency, quote_currency,
        // quote_increment, base_min_size, price_min_precision, price_max_precision, trade_status,
        // min_buy_amount, min_sell_amount, expiration } ] }. quote_increment is the order size step (the
        // docs: "the minimum order quantity increment") and price_max_precision the decimals of an order
        // price; min_buy_amount is the minimum order value in the quote currency.
        const response = await this.publicGetSpotV1SymbolsDetails (params);
        const data = this.safeDict (response, 'data', {});
        const symbols = this.safeList (data, 'symbols', []);
        const result = [];
        for (let i = 0; i < symbols.length; i++) {
            const entry = symbols[i];
            const id = this.safeString (entry, 'symbol');
            const baseId = this.safeString (entry, 'base_currency');
            const quoteId = this.safeString (entry, 'quote_currency');
            const base = this.safeCurrencyCode (baseId);
            const quote = this.safeCurrencyCode (quoteId);
            result.push (this.safeMarketStructure ({
                'id': id,
                'symbol': base + '/' + quote,
                'base': base,
                'quote': quote,
                'baseId': baseId,
                'quoteId': quoteId,
                'active': this.safeString (entry, 'trade_status') === 'trading',
                'type': 'spot',
                'spot': true,
                'taker': this.fees['trading']['taker'],
                'maker': this.fees['trading']['maker'],
                'precision': {
                    'amount': this.safeNumber (entry, 'quote_increment'),
                    'price': this.parseNumber (this.parsePrecision (this.safeString (entry, 'price_max_precision'))),
                },
                'limits': {
                    'amount': { 'min': this.safeNumber (entry, 'base_min_size'), 'max': undefined },
                    'price': { 'min': undefined, 'max': undefined },
                    'cost': { 'min': this.safeNumber (entry, 'min_buy_amount'), 'max': undefined },
                },
                'info': entry,
            }));
        }
        return result;
    }

    async fetchCurrencies (params = {}) {
        // spot/v1/currencies: { currencies: [ { id, name, withdraw_enabled, deposit_enabled } ] }. A currency
        // on another chain is its own id (USDT-TRC20), listed as such.
        const response = await this.publicGetSpotV1Currencies (params);
        const data = this.safeDict (response, 'data', {});
        const entries = this.safeList (data, 'currencies', []);
        const result = {};
        for (let i = 0; i < entries.length; i++) {
            const entry = entries[i];
            const id = this.safeString (entry, 'id');
            const code = this.safeCurrencyCode (id);
            const deposit = this.safeBool (entry, 'deposit_enabled');
            const withdraw = this.safeBool (entry, 'withdraw_enabled');
            result[code] = {
                'id': id,
                'code': code,
                'name': this.safeString (entry, 'name'),
                'active': deposit || withdraw,
                'deposit': deposit,
                'withdraw': withdraw,
                'info': entry,
            };
        }
        return result;
    }

    // --- market data ---------------------------------------------------------------------------------

    parseTicker (ticker, market = undefined) {
        // v3 ticker: { symbol, last, v_24h, qv_24h, open_24h, high_24h, low_24h, fluctuation (the 24 h change
        // as a ratio), bid_px, bid_sz, ask_px, ask_sz, ts }; v3 tickers: the same values as an array in that
        // order.
        if (Array.isArray (ticker)) {
            ticker = {
                'symbol': this.safeString (ticker, 0),
                'last': this.safeString (ticker, 1),
                'v_24h': this.safeString (ticker, 2),
                'qv_24h': this.safeString (ticker, 3),
                'open_24h': this.safeString (ticker, 4),
                'high_24h': this.safeString (ticker, 5),
                'low_24h': this.safeString (ticker, 6),
                'fluctuation': this.safeString (ticker, 7),
                'bid_px': this.safeString (ticker, 8),
                'bid_sz': this.safeString (ticker, 9),
                'ask_px': this.safeString (ticker, 10),
                'ask_sz': this.safeString (ticker, 11),
                'ts': this.safeString (ticker, 12),
            };
        }
        market = this.safeMarket (this.safeString (ticker, 'symbol'), market, '_');
        const fluctuation = this.safeString (ticker, 'fluctuation');
        return this.safeTicker ({
            'symbol': market['symbol'],
            'timestamp': this.safeInteger (ticker, 'ts'),
            'high': this.safeString (ticker, 'high_24h'),
            'low': this.safeString (ticker, 'low_24h'),
            'bid': this.safeString (ticker, 'bid_px'),
            'bidVolume': this.safeString (ticker, 'bid_sz'),
            'ask': this.safeString (ticker, 'ask_px'),
            'askVolume': this.safeString (ticker, 'ask_sz'),
            'open': this.safeString (ticker, 'open_24h'),
            'last': this.safeString (ticker, 'last'),
            'percentage': (fluctuation === undefined) ? undefined : Precise.stringMul (fluctuation, '100'),
            'baseVolume': this.safeString (ticker, 'v_24h'),
            'quoteVolume': this.safeString (ticker, 'qv_24h'),
            'info': ticker,
        }, market);
    }

    async fetchTicker (symbol, params = {}) {
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetSpotQuotationV3Ticker (this.extend ({ 'symbol': market['id'] }, params));
        return this.parseTicker (this.safeDict (response, 'data', {}), market);
    }

    async fetchTickers (symbols = undefined, params = {}) {
        // v3 tickers: every pair; the symbols given are picked from them.
        await this.loadMarkets ();
        const response = await this.publicGetSpotQuotationV3Tickers (params);
        return this.parseTickers (this.safeList (response, 'data', []), symbols);
    }

    async fetchOrderBook (symbol, limit = undefined, params = {}) {
        // v3 books?symbol=&limit= (at most 50, 35 by default): { ts, symbol, asks: [ [ price, size ] ], bids }.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'symbol': market['id'] };
        if (limit !== undefined) {
            request['limit'] = Math.min (limit, 50);
        }
        const response = await this.publicGetSpotQuotationV3Books (this.extend (request, params));
        const data = this.safeDict (response, 'data', {});
        return this.parseOrderBook (data, market['symbol'], this.safeInteger (data, 'ts'));
    }

    parseOHLCV (ohlcv, market = undefined) {
        // [ t (open time, seconds), o, h, l, c, v (base), qv (quote) ].
        return [
            this.safeIntegerProduct (ohlcv, 0, 1000),
            this.safeNumber (ohlcv, 1),
            this.safeNumber (ohlcv, 2),
            this.safeNumber (ohlcv, 3),
            this.safeNumber (ohlcv, 4),
            this.safeNumber (ohlcv, 5),
        ];
    }

    async fetchOHLCV (symbol, timeframe = '1m', since = undefined, limit = undefined, params = {}) {
        // v3 klines: symbol, step (minutes), after (seconds: candles after it), before (seconds: candles before
        // it), limit (at most 200). since becomes after (one second earlier, as after is exclusive); the
        // unified until (inclusive) becomes before, one second later.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const step = this.safeString (this.timeframes, timeframe);
        if (step === undefined) {
            throw new BadRequest (this.id + ' fetchOHLCV () does not support the timeframe ' + timeframe + ': one of ' + Object.keys (this.timeframes).join (', '));
        }
        const request = { 'symbol': market['id'], 'step': parseInt (step) };
        if (since !== undefined) {
            request['after'] = Math.floor (since / 1000) - 1;
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            request['before'] = Math.floor (until / 1000) + 1;
        }
        if (limit !== undefined) {
            request['limit'] = Math.min (limit, this.options['maxCandles']);
        }
        const response = await this.publicGetSpotQuotationV3Klines (this.extend (request, this.omit (params, 'until')));
        return this.parseOHLCVs (this.safeList (response, 'data', []), market, timeframe, since, limit);
    }

    parseTrade (trade, market = undefined) {
        // Public (v3 trades): [ symbol, ts, price, size, side ]. The account's (v4 query/trades and
        // order-trades): { tradeId, orderId, clientOrderId, symbol, side, orderMode, type, price, size,
        // notional, fee, feeCoinName, tradeRole, createTime, updateTime }.
        if (Array.isArray (trade)) {
            market = this.safeMarket (this.safeString (trade, 0), market, '_');
            return this.safeTrade ({
                'symbol': market['symbol'],
                'timestamp': this.safeInteger (trade, 1),
                'price': this.safeString (trade, 2),
                'amount': this.safeString (trade, 3),
                'side': this.safeString (trade, 4),
                'info': trade,
            }, market);
        }
        market = this.safeMarket (this.safeString (trade, 'symbol'), market, '_');
        const feeCost = this.safeString (trade, 'fee');
        let fee = undefined;
        if (feeCost !== undefined) {
            fee = { 'cost': feeCost, 'currency': this.safeCurrencyCode (this.safeString (trade, 'feeCoinName')) };
        }
        const type = this.safeString (trade, 'type');
        return this.safeTrade ({
            'id': this.safeString (trade, 'tradeId'),
            'order': this.safeString (trade, 'orderId'),
            'symbol': market['symbol'],
            'timestamp': this.safeInteger (trade, 'createTime'),
            'type': (type === 'market') ? 'market' : 'limit',
            'side': this.safeString (trade, 'side'),
            'takerOrMaker': this.safeString (trade, 'tradeRole'),
            'price': this.safeString (trade, 'price'),
            'amount': this.safeString (trade, 'size'),
            'cost': this.safeString (trade, 'notional'),
            'fee': fee,
            'info': trade,
        }, market);
    }

    async fetchTrades (symbol, since = undefined, limit = undefined, params = {}) {
        // v3 trades?symbol=&limit= (at most 50): the latest trades; since filters them.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'symbol': market['id'] };
        if (limit !== undefined) {
            request['limit'] = Math.min (limit, 50);
        }
        const response = await this.publicGetSpotQuotationV3Trades (this.extend (request, params));
        return this.parseTrades (this.safeList (response, 'data', []), market, since, limit);
    }

    async fetchTime (params = {}) {
        // system/time: { server_time } in ms.
        const response = await this.publicGetSystemTime (params);
        return this.safeInteger (this.safeDict (response, 'data', {}), 'server_time');
    }

    async fetchStatus (params = {}) {
        // system/service: { service: [ { title, service_type (spot, contract, account), status (0 waiting,
        // 1 working, 2 completed), start_time, end_time } ] }: the spot maintenance in progress, if any.
        const response = await this.publicGetSystemService (params);
        const data = this.safeDict (response, 'data', {});
        const services = this.safeList (data, 'service', []);
        let status = 'ok';
        let eta = undefined;
        for (let i = 0; i < services.length; i++) {
            const service = services[i];
            if ((this.safeString (service, 'service_type') === 'spot') && (this.safeString (service, 'status') === '1')) {
                status = 'maintenance';
                eta = this.safeInteger (service, 'end_time');
            }
        }
        return {
            'status': status,
            'updated': undefined,
            'eta': eta,
            'url': undefined,
            'info': response,
        };
    }

    // --- account -------------------------------------------------------------------------------------

    async fetchBalance (params = {}) {
        // spot/v1/wallet: { wallet: [ { id, available, name, frozen (in open orders) } ] }.
        await this.loadMarkets ();
        const response = await this.privateGetSpotV1Wallet (params);
        const data = this.safeDict (response, 'data', {});
        const wallet = this.safeList (data, 'wallet', []);
        const result = { 'info': response };
        for (let i = 0; i < wallet.length; i++) {
            const entry = wallet[i];
            const code = this.safeCurrencyCode (this.safeString (entry, 'id'));
            const account = this.account ();
            account['free'] = this.safeString (entry, 'available');
            account['used'] = this.safeString (entry, 'frozen');
            result[code] = account;
        }
        return this.safeBalance (result);
    }

    async fetchTradingFee (symbol, params = {}) {
        // spot/v1/trade_fee?symbol=: { symbol, buy_taker_fee_rate, sell_taker_fee_rate, buy_maker_fee_rate,
        // sell_maker_fee_rate }. The buy rates are reported; the sell rates are in info.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.privateGetSpotV1TradeFee (this.extend ({ 'symbol': market['id'] }, params));
        const data = this.safeDict (response, 'data', {});
        return {
            'symbol': market['symbol'],
            'maker': this.safeNumber (data, 'buy_maker_fee_rate'),
            'taker': this.safeNumber (data, 'buy_taker_fee_rate'),
            'info': data,
        };
    }

    // --- orders --------------------------------------------------------------------------------------

    parseOrder (order, market = undefined) {
        // v4 queries: { orderId, clientOrderId ('' when none), symbol, side, orderMode, type (limit, market,
        // limit_maker, ioc), state (new, partially_filled, filled, canceled, partially_canceled),
        // cancelSource, price, priceAvg, size, filledSize, notional, filledNotional, createTime,
        // updateTime }. A market buy is sized by notional (its size is 0).
        market = this.safeMarket (this.safeString (order, 'symbol'), market, '_');
        const type = this.safeString (order, 'type');
        let timeInForce = undefined;
        if (type === 'ioc') {
            timeInForce = 'IOC';
        } else if (type === 'limit_maker') {
            timeInForce = 'PO';
        } else if (type === 'limit') {
            timeInForce = 'GTC';
        }
        const isMarket = type === 'market';
        const state = this.safeString (order, 'state');
        let amount = this.safeString (order, 'size');
        if ((amount !== undefined) && Precise.stringEq (amount, '0')) {
            amount = undefined;
        }
        const average = this.safeString (order, 'priceAvg');
        const clientOrderId = this.safeString (order, 'clientOrderId');
        return this.safeOrder ({
            'id': this.safeString (order, 'orderId'),
            'clientOrderId': (clientOrderId === '') ? undefined : clientOrderId,
            'symbol': market['symbol'],
            'timestamp': this.safeInteger (order, 'createTime'),
            'lastUpdateTimestamp': this.safeInteger (order, 'updateTime'),
            'status': this.safeString (this.options['orderStatuses'], state, state),
            'type': isMarket ? 'market' : 'limit',
            'timeInForce': timeInForce,
            'postOnly': (type === undefined) ? undefined : (type === 'limit_maker'),
            'side': this.safeString (order, 'side'),
            'price': isMarket ? undefined : this.safeString (order, 'price'),
            'average': ((average === undefined) || Precise.stringEq (average, '0')) ? undefined : average,
            'amount': amount,
            'filled': this.safeString (order, 'filledSize'),
            'cost': this.safeString (order, 'filledNotional'),
            'info': order,
        }, market);
    }

    async createOrder (symbol, type, side, amount, price = undefined, params = {}) {
        // POST spot/v2/submit_order { symbol, side, type, size, price, notional, client_order_id }: the order
        // id only. type limit (GTC), limit_maker (postOnly), ioc (a limit order with IOC) or market; a market
        // buy is sized by notional (the unified param cost), a market sell by size. No FOK, stop or
        // reduce-only orders on spot.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const [ unified, rest ] = this.unifiedOrderParams (type, params);
        this.rejectUnifiedParams ('createOrder', unified, [ 'reduceOnly', 'triggerPrice', 'stopLossPrice', 'takeProfitPrice' ]);
        if (unified['timeInForce'] === 'FOK') {
            throw new NotSupported (this.id + ' createOrder () does not support the timeInForce FOK: spot orders are GTC, IOC or post-only (limit_maker)');
        }
        const sizedByCost = (type === 'market') && (side === 'buy');
        if (!sizedByCost && (amount === undefined)) {
            throw new ArgumentsRequired (this.id + ' createOrder () requires an amount');
        }
        const request = { 'symbol': market['id'], 'side': side };
        if (type === 'limit') {
            if (price === undefined) {
                throw new ArgumentsRequired (this.id + ' createOrder () requires a price for a limit order');
            }
            if (unified['cost'] !== undefined) {
                throw new InvalidOrder (this.id + ' createOrder () cost sizes market buys only: a limit order is sized by amount');
            }
            if (unified['postOnly']) {
                request['type'] = 'limit_maker';
            } else if (unified['timeInForce'] === 'IOC') {
                request['type'] = 'ioc';
            } else {
                request['type'] = 'limit';
            }
            request['size'] = this.amountToPrecision (symbol, amount);
            request['price'] = this.priceToPrecision (symbol, price);
        } else if (type === 'market') {
            if (unified['timeInForce'] === 'IOC') {
                throw new InvalidOrder (this.id + ' createOrder () timeInForce IOC is a limit order (type ioc) on BitMart: give a price');
            }
            request['type'] = 'market';
            if (side === 'buy') {
                if (unified['cost'] === undefined) {
                    throw new ArgumentsRequired (this.id + ' createOrder () a market buy is sized by its value: pass the unified param cost (createMarketBuyOrderWithCost)');
                }
                request['notional'] = this.costToPrecision (symbol, unified['cost']);
            } else {
                if (unified['cost'] !== undefined) {
                    throw new InvalidOrder (this.id + ' createOrder () cost sizes market buys only: a market sell is sized by amount');
                }
                request['size'] = this.amountToPrecision (symbol, amount);
            }
        } else {
            throw new InvalidOrder (this.id + ' createOrder () type must be limit or market, not ' + type);
        }
        if (unified['clientOrderId'] !== undefined) {
            request['client_order_id'] = unified['clientOrderId'];
        }
        const response = await this.privatePostSpotV2SubmitOrder (this.extend (request, rest));
        const data = this.safeDict (response, 'data', {});
        return this.safeOrder ({
            'id': this.safeString (data, 'order_id'),
            'clientOrderId': unified['clientOrderId'],
            'symbol': market['symbol'],
            'type': type,
            'side': side,
            'info': data,
        }, market);
    }

    async createMarketBuyOrderWithCost (symbol, cost, params = {}) {
        return await this.createOrder (symbol, 'market', 'buy', undefined, undefined, this.extend (params, { 'cost': cost }));
    }

    async cancelOrder (id, symbol = undefined, params = {}) {
        // POST spot/v3/cancel_order { symbol, order_id }: { result: true } when the cancel is accepted. (The
        // endpoint also cancels by client_order_id, but its answer names no order id, which the unified order
        // must have.)
        if (symbol === undefined) {
            throw new ArgumentsRequired (this.id + ' cancelOrder () requires a symbol');
        }
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.privatePostSpotV3CancelOrder (this.extend ({ 'symbol': market['id'], 'order_id': id }, params));
        const data = this.safeDict (response, 'data', {});
        if (this.safeBool (data, 'result') === false) {
            throw new InvalidOrder (this.id + ' cancelOrder () the cancel of ' + id + ' was not accepted');
        }
        return this.safeOrder ({
            'id': id,
            'symbol': market['symbol'],
            'info': data,
        }, market);
    }

    async cancelAllOrders (symbol = undefined, params = {}) {
        // POST spot/v4/cancel_all { symbol, side }: an empty answer; the orders canceled are those listed open
        // just before (one that fills in between is reported canceled).
        await this.loadMarkets ();
        const open = await this.fetchOpenOrders (symbol);
        const request = {};
        if (symbol !== undefined) {
            request['symbol'] = this.marketId (symbol);
        }
        const response = await this.privatePostSpotV4CancelAll (this.extend (request, params));
        return this.canceledOrders (open, response);
    }

    async fetchOrder (id, symbol = undefined, params = {}) {
        // POST spot/v4/query/order { orderId } or query/client-order { clientOrderId } (the param
        // clientOrderId).
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const clientOrderId = this.safeString (params, 'clientOrderId');
        let response = undefined;
        if (clientOrderId !== undefined) {
            response = await this.privatePostSpotV4QueryClientOrder (this.extend ({ 'clientOrderId': clientOrderId }, this.omit (params, 'clientOrderId')));
        } else {
            response = await this.privatePostSpotV4QueryOrder (this.extend ({ 'orderId': id }, params));
        }
        return this.parseOrder (this.safeDict (response, 'data', {}), market);
    }

    listRequest (symbol, since, limit, params) {
        // The v4 lists: symbol, orderMode spot, startTime, endTime (the unified until), limit (1 to 200).
        const request = { 'orderMode': 'spot' };
        if (symbol !== undefined) {
            request['symbol'] = this.marketId (symbol);
        }
        if (since !== undefined) {
            request['startTime'] = since;
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            request['endTime'] = until;
        }
        if (limit !== undefined) {
            request['limit'] = Math.min (limit, 200);
        }
        return this.extend (request, this.omit (params, 'until'));
    }

    async fetchOpenOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // POST spot/v4/query/open-orders.
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const response = await this.privatePostSpotV4QueryOpenOrders (this.listRequest (symbol, since, limit, params));
        return this.parseOrders (this.safeList (response, 'data', []), market, since, limit);
    }

    async fetchClosedOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // POST spot/v4/query/history-orders: filled and canceled orders.
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const response = await this.privatePostSpotV4QueryHistoryOrders (this.listRequest (symbol, since, limit, params));
        return this.parseOrders (this.safeList (response, 'data', []), market, since, limit);
    }

    async fetchMyTrades (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // POST spot/v4/query/trades.
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const response = await this.privatePostSpotV4QueryTrades (this.listRequest (symbol, since, limit, params));
        return this.parseTrades (this.safeList (response, 'data', []), market, since, limit);
    }

    async fetchOrderTrades (id, symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // POST spot/v4/query/order-trades { orderId }.
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const response = await this.privatePostSpotV4QueryOrderTrades (this.extend ({ 'orderId': id }, params));
        return this.parseTrades (this.safeList (response, 'data', []), market, since, limit);
    }

    // --- funding -------------------------------------------------------------------------------------

    currencyIdOnNetwork (currency, params) {
        // A currency on a chain other than its default one is the id with the chain's suffix (USDT-TRC20).
        const networkCode = this.safeString (params, 'network');
        if (networkCode === undefined) {
            return currency['id'];
        }
        return currency['id'] + '-' + this.networkId (networkCode, currency);
    }

    codeAndNetwork (currencyId) {
        // USDT-TRC20 -> [ USDT, TRC20 ]; BTC -> [ BTC, undefined ].
        if ((currencyId === undefined) || (currencyId.indexOf ('-') < 0)) {
            return [ this.safeCurrencyCode (currencyId), undefined ];
        }
        const parts = currencyId.split ('-');
        return [ this.safeCurrencyCode (parts[0]), this.networkCode (parts[1]) ];
    }

    async fetchDepositAddress (code, params = {}) {
        // account/v1/deposit/address?currency=: { currency, chain, address, address_memo ('' without) }.
        await this.loadMarkets ();
        const currency = this.currency (code);
        const request = { 'currency': this.currencyIdOnNetwork (currency, params) };
        const response = await this.privateGetAccountV1DepositAddress (this.extend (request, this.omit (params, 'network')));
        const data = this.safeDict (response, 'data', {});
        const [ parsedCode, network ] = this.codeAndNetwork (this.safeString (data, 'currency'));
        const memo = this.safeString (data, 'address_memo');
        return {
            'currency': (parsedCode === undefined) ? code : parsedCode,
            'address': this.safeString (data, 'address'),
            'tag': (memo === '') ? undefined : memo,
            'network': network,
            'info': data,
        };
    }

    async withdraw (code, amount, address, tag = undefined, params = {}) {
        // POST account/v1/withdraw/apply { currency, amount, destination: 'To Digital Address', address,
        // address_memo }: { withdraw_id }. The address must be in the account's address book.
        await this.loadMarkets ();
        const currency = this.currency (code);
        const request = {
            'currency': this.currencyIdOnNetwork (currency, params),
            'amount': this.numberToString (amount),
            'destination': 'To Digital Address',
            'address': address,
        };
        if (tag !== undefined) {
            request['address_memo'] = tag;
        }
        const response = await this.privatePostAccountV1WithdrawApply (this.extend (request, this.omit (params, 'network')));
        const data = this.safeDict (response, 'data', {});
        return this.safeTransaction ({
            'id': this.safeString (data, 'withdraw_id'),
            'type': 'withdrawal',
            'currency': code,
            'network': this.safeString (params, 'network'),
            'amount': this.numberToString (amount),
            'address': address,
            'tag': tag,
            'status': 'pending',
            'info': data,
        }, currency);
    }

    parseTransaction (transaction, currency = undefined) {
        // { withdraw_id, deposit_id, operation_type (deposit or withdraw), currency (USDT-TRC20 on a chain),
        // apply_time (ms), arrival_amount, fee, status (0-5), address, address_memo, tx_id ('' before it is
        // on chain) }.
        const [ code, network ] = this.codeAndNetwork (this.safeString (transaction, 'currency'));
        const type = (this.safeString (transaction, 'operation_type') === 'deposit') ? 'deposit' : 'withdrawal';
        const id = (type === 'deposit') ? this.safeString (transaction, 'deposit_id') : this.safeString (transaction, 'withdraw_id');
        const txid = this.safeString (transaction, 'tx_id');
        const memo = this.safeString (transaction, 'address_memo');
        const feeCost = this.safeString (transaction, 'fee');
        return this.safeTransaction ({
            'id': id,
            'txid': (txid === '') ? undefined : txid,
            'timestamp': this.safeInteger (transaction, 'apply_time'),
            'network': network,
            'address': this.safeString (transaction, 'address'),
            'tag': (memo === '') ? undefined : memo,
            'type': type,
            'amount': this.safeString (transaction, 'arrival_amount'),
            'currency': code,
            'status': this.safeString (this.options['transactionStatuses'], this.safeString (transaction, 'status')),
            'fee': (feeCost === undefined) ? undefined : { 'cost': feeCost, 'currency': code },
            'info': transaction,
        }, currency);
    }

    async fetchTransfers (type, code, since, limit, params) {
        // account/v2/deposit-withdraw/history: operation_type (deposit or withdraw), currency, startTime,
        // endTime (the unified until), N (how many, 1 to 1000); newest first.
        await this.loadMarkets ();
        const request = { 'operation_type': type, 'N': (limit === undefined) ? 100 : Math.min (limit, 1000) };
        let currency = undefined;
        if (code !== undefined) {
            currency = this.currency (code);
            request['currency'] = currency['id'];
        }
        if (since !== undefined) {
            request['startTime'] = since;
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            request['endTime'] = until;
        }
        const response = await this.privateGetAccountV2DepositWithdrawHistory (this.extend (request, this.omit (params, 'until')));
        const data = this.safeDict (response, 'data', {});
        return this.parseTransactions (this.safeList (data, 'records', []), currency, since, limit);
    }

    async fetchDeposits (code = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchTransfers ('deposit', code, since, limit, params);
    }

    async fetchWithdrawals (code = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchTransfers ('withdraw', code, since, limit, params);
    }

    // --- transport -----------------------------------------------------------------------------------

    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        // GET sends the params as the query string, POST as a JSON body. Private requests carry X-BM-KEY,
        // X-BM-TIMESTAMP (ms) and X-BM-SIGN: hex HMAC-SHA256 with the secret of timestamp + '#' + memo + '#' +
        // the query string (GET) or the body (POST).
        let url = this.urls['api'] + '/' + this.implodeParams (path, params);
        const query = this.omit (params, this.extractParams (path));
        const hasParams = Object.keys (query).length > 0;
        const isPost = method === 'POST';
        let payload = '';
        if (isPost) {
            body = hasParams ? this.json (query) : '{}'; // (PHP writes an empty dictionary as [])
            payload = body;
        } else if (hasParams) {
            payload = this.urlencode (query);
            url = url + '?' + payload;
        }
        if (api === 'public') {
            return { 'url': url, 'method': method, 'body': body, 'headers': headers };
        }
        this.checkRequiredCredentials ();
        const timestamp = this.numberToString (this.milliseconds ());
        const signature = this.hmac (this.encode (timestamp + '#' + this.uid + '#' + payload), this.encode (this.secret), 'sha256', 'hex');
        headers = {
            'X-BM-KEY': this.apiKey,
            'X-BM-TIMESTAMP': timestamp,
            'X-BM-SIGN': signature,
        };
        if (isPost) {
            headers['Content-Type'] = 'application/json';
        }
        return { 'url': url, 'method': method, 'body': body, 'headers': headers };
    }

    handleErrors (status, reason, url, method, responseHeaders, responseBody, response, requestHeaders, requestBody) {
        // { code, message, trace, data }: code 1000 is success; another code picks the class, else the HTTP
        // status does.
        if ((response === undefined) || Array.isArray (response) || (typeof response !== 'object')) {
            return;
        }
        const code = this.safeString (response, 'code');
        if ((code === undefined) || (code === '1000')) {
            return;
        }
        const message = this.safeString (response, 'message', '');
        const feedback = this.id + ' ' + method + ' ' + url + ' ' + this.stringOf (status, '') + ' ' + code + ' ' + message;
        this.throwExactlyMatchedException (this.exceptions['exact'], code, feedback);
        this.throwBroadlyMatchedException (this.exceptions['broad'], message, feedback);
        throw new ExchangeError (feedback);
    }
}
