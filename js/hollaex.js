// HollaEx REST API v2: https://apidocs.hollaex.com
import Exchange from './base/Exchange.js';
import { ArgumentsRequired, AuthenticationError, BadRequest, ExchangeNotAvailable, InvalidAddress, InvalidOrder, NotSupported, OnMaintenance, RateLimitExceeded } from './base/errors.js';
import { TICK_SIZE } from './base/functions/number.js';

export default class hollaex extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'hollaex',
            'name': 'HollaEx',
            'countries': [],
            'version': 'v2',
            // The docs state no request rate, only HTTP 429 when there are too many.
            'rateLimit': 250,
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
                'fetchMyTrades': true,
                'fetchDeposits': true,
                'fetchWithdrawals': true,
                'fetchTransactions': false, // deposits and withdrawals have separate histories only
                'fetchLedger': false,
                'fetchDepositAddress': true,
                'withdraw': true,
                'fetchTime': false, // health reports no clock
                'fetchStatus': true,
                'fetchTradingFees': false,
                'cancelAllOrders': true,
                'fetchOrderTrades': false,
                'fetchTradingFee': false,
                'fetchDepositAddresses': false,
                'createDepositAddress': false,
                'fetchDepositWithdrawFees': true,
                'transfer': false,
                'createMarketBuyOrderWithCost': false, // orders are sized in the base currency only
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
                'api': 'https://api.hollaex.com',
                'www': 'https://pro.hollaex.com',
                'doc': 'https://apidocs.hollaex.com',
            },
            'api': {
                'public': {
                    'get': [
                        'health',
                        'constants',
                        'kit',
                        'tiers',
                        'ticker',
                        'tickers',
                        'orderbook',
                        'orderbooks',
                        'trades',
                        'chart',
                        'charts',
                    ],
                },
                'private': {
                    'get': [
                        'user',
                        'user/balance',
                        'user/deposits',
                        'user/withdrawals',
                        'user/withdrawal/fee',
                        'user/trades',
                        'orders',
                        'order',
                    ],
                    'post': [
                        'order',
                        'user/withdrawal',
                    ],
                    'delete': [
                        'order/all',
                        'order',
                    ],
                },
            },
            // chart's resolutions: 15, 60, 240, 1D, 1W.
            'timeframes': {
                '15m': '15',
                '1h': '60',
                '4h': '240',
                '1d': '1D',
                '1w': '1W',
            },
            'requiredCredentials': {
                'apiKey': true,
                'secret': true,
            },
            // The base tier of the documented tiers example: 0.2 % maker and taker.
            'fees': {
                'trading': {
                    'tierBased': true,
                    'percentage': true,
                    'maker': 0.002,
                    'taker': 0.002,
                },
            },
            // Pairs state increment_size and increment_price, coins increment_unit: tick sizes.
            'precisionMode': TICK_SIZE,
            'options': {
                'apiExpires': 60, // seconds a signed request stays valid (api-expires is now + this)
                // The length of each timeframe in seconds: chart takes a from/to range, not a count.
                'timeframeSeconds': {
                    '15m': 900,
                    '1h': 3600,
                    '4h': 14400,
                    '1d': 86400,
                    '1w': 604800,
                },
                'ohlcvCount': 100, // candles asked for when neither since nor limit says
                // Unified network codes and HollaEx's network names (coins' network and withdrawal_fees).
                'networks': {
                    'ERC20': 'eth',
                    'TRC20': 'trx',
                },
                'orderStatuses': {
                    'new': 'open',
                    'pfilled': 'open',
                    'filled': 'closed',
                    'canceled': 'canceled',
                },
            },
            // The documented errors are HTTP statuses (the Errors page); the body's message explains them.
            'exceptions': {
                'exact': {
                    '400': BadRequest, // your request is invalid
                    '403': AuthenticationError, // your API token is not valid
                    '404': BadRequest, // the specified request could not be found
                    '405': BadRequest, // method not allowed
                    '410': BadRequest, // the request has been removed
                    '429': RateLimitExceeded,
                    '500': ExchangeNotAvailable, // internal server error: try again later
                    '503': OnMaintenance, // temporarily offline for maintenance
                },
                'broad': {},
            },
        });
    }

    // --- markets and currencies ----------------------------------------------------------------------

    async fetchStatus (params = {}) {
        // health: { name, version, host, basePath }; an exchange under maintenance answers HTTP 503 instead.
        const response = await this.publicGetHealth (params);
        return {
            'status': 'ok',
            'updated': undefined,
            'eta': undefined,
            'url': undefined,
            'info': response,
        };
    }

    async fetchMarkets (params = {}) {
        // constants: { coins: { id: {...} }, pairs: { 'xht-usdt': { name, pair_base, pair_2, min_size, max_size,
        // min_price, max_price, increment_size, increment_price, active, ... } } }.
        const response = await this.publicGetConstants (params);
        const pairs = this.safeDict (response, 'pairs', {});
        const ids = Object.keys (pairs);
        const result = [];
        for (let i = 0; i < ids.length; i++) {
            result.push (this.parseMarket (this.safeDict (pairs, ids[i], {})));
        }
        return result;
    }

    parseMarket (pair) {
        const baseId = this.safeString (pair, 'pair_base');
        const quoteId = this.safeString (pair, 'pair_2');
        const base = this.safeCurrencyCode (baseId);
        const quote = this.safeCurrencyCode (quoteId);
        return this.safeMarketStructure ({
            'id': this.safeString (pair, 'name'),
            'symbol': base + '/' + quote,
            'base': base,
            'quote': quote,
            'baseId': baseId,
            'quoteId': quoteId,
            'active': this.safeBool (pair, 'active'),
            'type': 'spot',
            'spot': true,
            'taker': this.fees['trading']['taker'],
            'maker': this.fees['trading']['maker'],
            'precision': {
                'amount': this.safeNumber (pair, 'increment_size'),
                'price': this.safeNumber (pair, 'increment_price'),
            },
            'limits': {
                'amount': { 'min': this.safeNumber (pair, 'min_size'), 'max': this.safeNumber (pair, 'max_size') },
                'price': { 'min': this.safeNumber (pair, 'min_price'), 'max': this.safeNumber (pair, 'max_price') },
                'cost': { 'min': undefined, 'max': undefined },
            },
            'info': pair,
        });
    }

    networkCodeOf (networkId, currency = undefined) {
        // options['networks'] names the tokens' chains; any other network is the coin's own chain, by its name.
        const code = this.networkCode (networkId, currency);
        return (code === undefined) ? undefined : code.toUpperCase ();
    }

    async fetchCurrencies (params = {}) {
        // constants' coins: { xht: { symbol, fullname, active, allow_deposit, allow_withdrawal, withdrawal_fee,
        // min, max, increment_unit, network: 'eth,trx', withdrawal_fees: { eth: 20, trx: 1 } or null, ... } }.
        const response = await this.publicGetConstants (params);
        const coins = this.safeDict (response, 'coins', {});
        const ids = Object.keys (coins);
        const result = {};
        for (let i = 0; i < ids.length; i++) {
            const coin = this.safeDict (coins, ids[i], {});
            const id = this.safeString (coin, 'symbol');
            const code = this.safeCurrencyCode (id);
            const deposit = this.safeBool (coin, 'allow_deposit');
            const withdraw = this.safeBool (coin, 'allow_withdrawal');
            const active = this.safeBool (coin, 'active');
            const precision = this.safeNumber (coin, 'increment_unit');
            const limits = {
                'amount': { 'min': this.safeNumber (coin, 'min'), 'max': this.safeNumber (coin, 'max') },
                'withdraw': { 'min': undefined, 'max': undefined },
            };
            const fees = this.safeDict (coin, 'withdrawal_fees', {});
            const networkList = this.safeString (coin, 'network', '');
            const networkIds = (networkList === '') ? [] : networkList.split (',');
            const networks = {};
            for (let j = 0; j < networkIds.length; j++) {
                const networkId = networkIds[j];
                const networkCode = this.networkCodeOf (networkId);
                networks[networkCode] = {
                    'id': networkId,
                    'network': networkCode,
                    'active': active,
                    'deposit': deposit,
                    'withdraw': withdraw,
                    // Without withdrawal_fees, withdrawal_fee is the fee of every network.
                    'fee': this.safeNumber (fees, networkId, this.safeNumber (coin, 'withdrawal_fee')),
                    'precision': precision,
                    'limits': limits,
                };
            }
            result[code] = {
                'id': id,
                'code': code,
                'name': this.safeString (coin, 'fullname'),
                'active': active,
                'deposit': deposit,
                'withdraw': withdraw,
                'fee': this.safeNumber (coin, 'withdrawal_fee'),
                'precision': precision,
                'limits': limits,
                'networks': networks,
                'info': coin,
            };
        }
        return result;
    }

    async fetchDepositWithdrawFees (codes = undefined, params = {}) {
        // constants' withdrawal fees per coin and network, as fetchCurrencies reads them.
        const currencies = await this.fetchCurrencies (params);
        return this.depositWithdrawFeesFromCurrencies (currencies, codes);
    }

    // --- market data ---------------------------------------------------------------------------------

    parseTicker (ticker, market = undefined) {
        // ticker: { open, close, high, low, last, volume (base), timestamp }; tickers' entries have time and
        // symbol instead of timestamp.
        market = this.safeMarket (this.safeString (ticker, 'symbol'), market, '-');
        return this.safeTicker ({
            'symbol': market['symbol'],
            'timestamp': this.parse8601 (this.safeString2 (ticker, 'timestamp', 'time')),
            'high': this.safeString (ticker, 'high'),
            'low': this.safeString (ticker, 'low'),
            'open': this.safeString (ticker, 'open'),
            'close': this.safeString (ticker, 'close'),
            'last': this.safeString (ticker, 'last'),
            'baseVolume': this.safeString (ticker, 'volume'),
            'info': ticker,
        }, market);
    }

    async fetchTicker (symbol, params = {}) {
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetTicker (this.extend ({ 'symbol': market['id'] }, params));
        return this.parseTicker (response, market);
    }

    async fetchTickers (symbols = undefined, params = {}) {
        // tickers: { 'xht-usdt': { time, open, close, high, low, last, volume, symbol } }.
        await this.loadMarkets ();
        const response = await this.publicGetTickers (params);
        return this.parseTickers (response, symbols);
    }

    async fetchOrderBook (symbol, limit = undefined, params = {}) {
        // orderbook?symbol: { 'xht-usdt': { bids: [ [ price, size ] ], asks, timestamp } }, 10 levels a side.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetOrderbook (this.extend ({ 'symbol': market['id'] }, params));
        const entry = this.safeDict (response, market['id'], {});
        const book = this.parseOrderBook (entry, market['symbol'], this.parse8601 (this.safeString (entry, 'timestamp')));
        return this.limitOrderBook (book, limit);
    }

    parseTrade (trade, market = undefined) {
        // Public: { size, price, side (the taker's), timestamp }. The account's: { side, symbol, size, price,
        // timestamp, order_id, fee, fee_coin }. Neither has an id.
        market = this.safeMarket (this.safeString (trade, 'symbol'), market, '-');
        let fee = undefined;
        const feeCost = this.safeString (trade, 'fee');
        if (feeCost !== undefined) {
            fee = { 'cost': feeCost, 'currency': this.safeCurrencyCode (this.safeString (trade, 'fee_coin')) };
        }
        return this.safeTrade ({
            'order': this.safeString (trade, 'order_id'),
            'symbol': market['symbol'],
            'timestamp': this.parse8601 (this.safeString (trade, 'timestamp')),
            'side': this.safeString (trade, 'side'),
            'price': this.safeString (trade, 'price'),
            'amount': this.safeString (trade, 'size'),
            'fee': fee,
            'info': trade,
        }, market);
    }

    async fetchTrades (symbol, since = undefined, limit = undefined, params = {}) {
        // trades?symbol: { 'xht-usdt': [ trade ] }, the last 30, newest first; since and limit filter them.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetTrades (this.extend ({ 'symbol': market['id'] }, params));
        return this.parseTrades (this.safeList (response, market['id'], []), market, since, limit);
    }

    parseOHLCV (ohlcv, market = undefined) {
        // { time (ISO 8601), open, high, low, close, volume, symbol }.
        return [
            this.parse8601 (this.safeString (ohlcv, 'time')),
            this.safeNumber (ohlcv, 'open'),
            this.safeNumber (ohlcv, 'high'),
            this.safeNumber (ohlcv, 'low'),
            this.safeNumber (ohlcv, 'close'),
            this.safeNumber (ohlcv, 'volume'),
        ];
    }

    async fetchOHLCV (symbol, timeframe = '1m', since = undefined, limit = undefined, params = {}) {
        // chart?symbol&resolution&from&to, both required, in seconds: the range is since (or limit candles
        // before until) up to until (or limit candles after since, or now).
        await this.loadMarkets ();
        const market = this.market (symbol);
        const resolution = this.safeString (this.timeframes, timeframe);
        if (resolution === undefined) {
            throw new BadRequest (this.id + ' fetchOHLCV () does not support the timeframe ' + timeframe + ': one of ' + Object.keys (this.timeframes).join (', '));
        }
        const duration = this.safeInteger (this.options['timeframeSeconds'], timeframe);
        const count = (limit === undefined) ? this.options['ohlcvCount'] : limit;
        const until = this.safeInteger (params, 'until');
        let to = undefined;
        let from = undefined;
        if (since !== undefined) {
            from = this.integerOf (since / 1000);
            to = (until !== undefined) ? this.integerOf (until / 1000) : ((limit !== undefined) ? (from + duration * count) : this.seconds ());
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
        const response = await this.publicGetChart (this.extend (request, this.omit (params, 'until')));
        return this.parseOHLCVs (response, market, timeframe, since, limit);
    }

    // --- account -------------------------------------------------------------------------------------

    async fetchBalance (params = {}) {
        // user/balance: { xht_balance, xht_available, usdt_balance, usdt_available, ..., updated_at }.
        await this.loadMarkets ();
        const response = await this.privateGetUserBalance (params);
        const result = { 'info': response };
        const keys = Object.keys (response);
        for (let i = 0; i < keys.length; i++) {
            const key = keys[i];
            if (!key.endsWith ('_balance')) {
                continue;
            }
            const id = key.slice (0, key.length - 8);
            const account = this.account ();
            account['total'] = this.safeString (response, key);
            account['free'] = this.safeString (response, id + '_available');
            result[this.safeCurrencyCode (id)] = account;
        }
        const timestamp = this.parse8601 (this.safeString (response, 'updated_at'));
        result['timestamp'] = timestamp;
        result['datetime'] = this.iso8601 (timestamp);
        return this.safeBalance (result);
    }

    // --- orders --------------------------------------------------------------------------------------

    parseOrder (order, market = undefined) {
        // { id, side, symbol, size, filled, stop, fee, fee_coin, type, price, average, status (new, pfilled,
        // filled, canceled), meta: { post_only, note }, fee_structure, created_by, created_at, updated_at }.
        market = this.safeMarket (this.safeString (order, 'symbol'), market, '-');
        const status = this.safeString (order, 'status');
        const meta = this.safeDict (order, 'meta', {});
        const postOnly = this.safeBool (meta, 'post_only');
        let fee = undefined;
        const feeCost = this.safeString (order, 'fee');
        if (feeCost !== undefined) {
            fee = { 'cost': feeCost, 'currency': this.safeCurrencyCode (this.safeString (order, 'fee_coin')) };
        }
        return this.safeOrder ({
            'id': this.safeString (order, 'id'),
            'symbol': market['symbol'],
            'timestamp': this.parse8601 (this.safeString (order, 'created_at')),
            'lastUpdateTimestamp': this.parse8601 (this.safeString (order, 'updated_at')),
            'status': this.safeString (this.options['orderStatuses'], status, status),
            'type': this.safeString (order, 'type'),
            'timeInForce': (postOnly === true) ? 'PO' : undefined,
            'postOnly': postOnly,
            'side': this.safeString (order, 'side'),
            'price': this.safeString (order, 'price'),
            'triggerPrice': this.safeString (order, 'stop'),
            'average': this.safeString (order, 'average'),
            'amount': this.safeString (order, 'size'),
            'filled': this.safeString (order, 'filled'),
            'fee': fee,
            'info': order,
        }, market);
    }

    async createOrder (symbol, type, side, amount, price = undefined, params = {}) {
        // POST order { symbol, side, size, type, price (limit orders), stop, meta: { post_only, note } }: the
        // unified postOnly (timeInForce PO) is meta.post_only, triggerPrice is stop; GTC is how a limit order
        // rests anyway. The API has no reduce-only, IOC/FOK, client order id, sizing by cost or stop-loss /
        // take-profit direction.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const [ unified, rest ] = this.unifiedOrderParams (type, params);
        this.rejectUnifiedParams ('createOrder', unified, [ 'reduceOnly', 'clientOrderId', 'cost', 'stopLossPrice', 'takeProfitPrice' ]);
        if ((unified['timeInForce'] === 'IOC') || (unified['timeInForce'] === 'FOK')) {
            throw new NotSupported (this.id + ' createOrder () does not support the unified param timeInForce ' + unified['timeInForce']);
        }
        if ((type !== 'market') && (type !== 'limit')) {
            throw new InvalidOrder (this.id + ' createOrder () type must be market or limit, not ' + type);
        }
        // The key order of the docs' signing example: symbol, side, size, type.
        const request = {
            'symbol': market['id'],
            'side': side,
            'size': this.parseNumber (this.amountToPrecision (symbol, amount)),
            'type': type,
        };
        if (type === 'limit') {
            if (price === undefined) {
                throw new ArgumentsRequired (this.id + ' createOrder () requires a price for a limit order');
            }
            request['price'] = this.parseNumber (this.priceToPrecision (symbol, price));
        }
        if (unified['trigger'] !== undefined) {
            request['stop'] = this.parseNumber (this.priceToPrecision (symbol, unified['trigger']));
        }
        if (unified['postOnly']) {
            request['meta'] = this.extend (this.safeDict (rest, 'meta', {}), { 'post_only': true });
        }
        const response = await this.privatePostOrder (this.extend (request, this.omit (rest, unified['postOnly'] ? 'meta' : [])));
        return this.parseOrder (response, market);
    }

    async cancelOrder (id, symbol = undefined, params = {}) {
        // DELETE order?order_id answers the canceled order.
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const response = await this.privateDeleteOrder (this.extend ({ 'order_id': id }, params));
        return this.parseOrder (response, market);
    }

    async cancelAllOrders (symbol = undefined, params = {}) {
        // DELETE order/all?symbol (required) answers the canceled orders.
        if (symbol === undefined) {
            throw new ArgumentsRequired (this.id + ' cancelAllOrders () requires a symbol argument: HollaEx cancels the orders of one pair');
        }
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.privateDeleteOrderAll (this.extend ({ 'symbol': market['id'] }, params));
        return this.parseOrders (response, market);
    }

    async fetchOrder (id, symbol = undefined, params = {}) {
        // GET order?order_id.
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const response = await this.privateGetOrder (this.extend ({ 'order_id': id }, params));
        return this.parseOrder (response, market);
    }

    historyRequest (symbolKey, id, since, limit, params) {
        // The paging params the history endpoints share: the pair or coin, limit (at most 100), start_date and
        // end_date (the unified until) in ISO 8601.
        const request = {};
        if (id !== undefined) {
            request[symbolKey] = id;
        }
        if (limit !== undefined) {
            request['limit'] = Math.min (limit, 100);
        }
        if (since !== undefined) {
            request['start_date'] = this.iso8601 (since);
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            request['end_date'] = this.iso8601 (until);
        }
        return this.extend (request, this.omit (params, 'until'));
    }

    async fetchOrdersWithState (open, symbol, since, limit, params) {
        // GET orders?symbol&open&limit&start_date&end_date: { count, data: [ order ] }.
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const request = this.historyRequest ('symbol', (market === undefined) ? undefined : market['id'], since, limit, params);
        if (open !== undefined) {
            request['open'] = open ? 'true' : 'false';
        }
        const response = await this.privateGetOrders (request);
        return this.parseOrders (this.safeList (response, 'data', []), market, since, limit);
    }

    async fetchOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchOrdersWithState (undefined, symbol, since, limit, params);
    }

    async fetchOpenOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchOrdersWithState (true, symbol, since, limit, params);
    }

    async fetchClosedOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchOrdersWithState (false, symbol, since, limit, params);
    }

    async fetchMyTrades (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // GET user/trades?symbol&limit&start_date&end_date: { count, data: [ trade ] }.
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const request = this.historyRequest ('symbol', (market === undefined) ? undefined : market['id'], since, limit, params);
        const response = await this.privateGetUserTrades (request);
        return this.parseTrades (this.safeList (response, 'data', []), market, since, limit);
    }

    // --- funding -------------------------------------------------------------------------------------

    parseTransactionStatus (transaction) {
        // Deposits and withdrawals carry flags, not a status: status (completed), rejected, dismissed, else
        // processing or waiting.
        if (this.safeBool (transaction, 'status') === true) {
            return 'ok';
        }
        if (this.safeBool (transaction, 'rejected') === true) {
            return 'failed';
        }
        if (this.safeBool (transaction, 'dismissed') === true) {
            return 'canceled';
        }
        return 'pending';
    }

    parseTransaction (transaction, currency = undefined) {
        // user/deposits and user/withdrawals: { id, amount, fee, fee_coin, address, transaction_id, status,
        // dismissed, rejected, processing, waiting, description, type, currency, network, created_at,
        // updated_at }; user/withdrawal answers { message, id, transaction_id, amount, currency, fee, fee_coin }.
        const code = this.safeCurrencyCode (this.safeString (transaction, 'currency'), currency);
        let fee = undefined;
        const feeCost = this.safeString (transaction, 'fee');
        if (feeCost !== undefined) {
            const feeCoin = this.safeString (transaction, 'fee_coin');
            fee = { 'cost': feeCost, 'currency': (feeCoin === undefined) ? code : this.safeCurrencyCode (feeCoin) };
        }
        return this.safeTransaction ({
            'id': this.safeString (transaction, 'id'),
            'txid': this.safeString (transaction, 'transaction_id'),
            'timestamp': this.parse8601 (this.safeString (transaction, 'created_at')),
            'network': this.networkCodeOf (this.safeString (transaction, 'network'), currency),
            'address': this.safeString (transaction, 'address'),
            'type': this.safeString (transaction, 'type'),
            'amount': this.safeString (transaction, 'amount'),
            'currency': code,
            'status': this.parseTransactionStatus (transaction),
            'updated': this.parse8601 (this.safeString (transaction, 'updated_at')),
            'fee': fee,
            'info': transaction,
        }, currency);
    }

    async fetchTransfers (type, code, since, limit, params) {
        // user/deposits and user/withdrawals take currency, limit, start_date and end_date (until):
        // { count, data: [ transaction ] }.
        await this.loadMarkets ();
        const currency = (code === undefined) ? undefined : this.currency (code);
        const request = this.historyRequest ('currency', (currency === undefined) ? undefined : currency['id'], since, limit, params);
        let response = undefined;
        if (type === 'deposit') {
            response = await this.privateGetUserDeposits (request);
        } else {
            response = await this.privateGetUserWithdrawals (request);
        }
        return this.parseTransactions (this.safeList (response, 'data', []), currency, since, limit);
    }

    async fetchDeposits (code = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchTransfers ('deposit', code, since, limit, params);
    }

    async fetchWithdrawals (code = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchTransfers ('withdrawal', code, since, limit, params);
    }

    coinNetworkId (currency, params, method) {
        // The HollaEx network of the unified param network, which must be one of the coin's networks when the
        // coin lists them (rejected before any request otherwise); undefined without the param.
        const networkCode = this.safeString (params, 'network');
        if (networkCode === undefined) {
            return undefined;
        }
        const networks = this.safeDict (currency, 'networks', {});
        if ((Object.keys (networks).length > 0) && (this.safeDict (networks, networkCode.toUpperCase ()) === undefined)) {
            throw new BadRequest (this.id + ' ' + method + ' () knows no network ' + networkCode + ' (the unified param network) for ' + currency['code'] + ': one of ' + Object.keys (networks).join (', '));
        }
        return this.networkId (networkCode, currency);
    }

    async fetchDepositAddress (code, params = {}) {
        // user: { ..., wallet: [ { currency, address, network, standard, is_valid, created_at } ] }: the
        // account's address of the coin, on the unified param network when given.
        await this.loadMarkets ();
        const currency = this.currency (code);
        const networkId = this.coinNetworkId (currency, params, 'fetchDepositAddress');
        const response = await this.privateGetUser (this.omit (params, 'network'));
        const wallets = this.safeList (response, 'wallet', []);
        for (let i = 0; i < wallets.length; i++) {
            const wallet = wallets[i];
            if (this.safeString (wallet, 'currency') !== currency['id']) {
                continue;
            }
            const walletNetwork = this.safeString (wallet, 'network');
            if ((networkId !== undefined) && (walletNetwork !== networkId)) {
                continue;
            }
            return {
                'currency': currency['code'],
                'address': this.safeString (wallet, 'address'),
                'tag': undefined,
                'network': this.networkCodeOf (walletNetwork, currency),
                'info': wallet,
            };
        }
        throw new InvalidAddress (this.id + ' fetchDepositAddress () found no ' + currency['code'] + ' deposit address' + ((networkId === undefined) ? '' : (' on ' + networkId)) + ' in the account\'s wallets');
    }

    async withdraw (code, amount, address, tag = undefined, params = {}) {
        // POST user/withdrawal { currency, amount, address, network }: { message, id, transaction_id, amount,
        // currency, fee, fee_coin }. The API has no memo or tag field.
        if (tag !== undefined) {
            throw new NotSupported (this.id + ' withdraw () does not support a tag: the API takes an address only');
        }
        await this.loadMarkets ();
        const currency = this.currency (code);
        const request = {
            'currency': currency['id'],
            'amount': this.parseNumber (this.numberToString (amount)),
            'address': address,
        };
        const networkId = this.coinNetworkId (currency, params, 'withdraw');
        if (networkId !== undefined) {
            request['network'] = networkId;
        }
        const response = await this.privatePostUserWithdrawal (this.extend (request, this.omit (params, 'network')));
        const transaction = this.parseTransaction (response, currency);
        return this.extend (transaction, {
            'type': 'withdrawal',
            'address': address,
            'network': this.networkCodeOf (networkId, currency),
            'status': 'pending',
        });
    }

    // --- transport -----------------------------------------------------------------------------------

    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        // GET and DELETE send their params as the query string, POST as a JSON body.
        let requestPath = '/' + this.version + '/' + this.implodeParams (path, params);
        const query = this.omit (params, this.extractParams (path));
        const hasBody = (method === 'POST') || (method === 'PUT');
        if (!hasBody && (Object.keys (query).length > 0)) {
            requestPath = requestPath + '?' + this.urlencode (query);
        }
        const url = this.urls['api'] + requestPath;
        if (api === 'public') {
            return { 'url': url, 'method': method, 'body': body, 'headers': headers };
        }
        // api-signature: hex HMAC-SHA256 (secret, method + path with its query + api-expires + JSON body), where
        // api-expires is the unix time (seconds) after which the request is refused.
        this.checkRequiredCredentials ();
        const expires = this.numberToString (this.seconds () + this.options['apiExpires']);
        headers = {
            'api-key': this.apiKey,
            'api-expires': expires,
        };
        let payload = '';
        if (hasBody) {
            body = (Object.keys (query).length > 0) ? this.json (query) : '{}'; // (PHP writes an empty dictionary as [])
            payload = body;
            headers['Content-Type'] = 'application/json';
        }
        headers['api-signature'] = this.hmac (this.encode (method + requestPath + expires + payload), this.encode (this.secret), 'sha256');
        return { 'url': url, 'method': method, 'body': body, 'headers': headers };
    }

    handleErrors (status, reason, url, method, responseHeaders, responseBody, response, requestHeaders, requestBody) {
        // An error is an HTTP 4xx or 5xx status, with { "message": "..." } as its body: the status picks the
        // error class (the documented Errors page), the message goes with it.
        if (status < 400) {
            return;
        }
        let message = undefined;
        if ((response !== undefined) && !Array.isArray (response) && (typeof response === 'object')) {
            message = this.safeString (response, 'message');
        }
        const feedback = this.id + ' ' + method + ' ' + url + ' ' + this.numberToString (status) + ' ' + ((message === undefined) ? this.excerpt (responseBody) : message);
        this.throwExactlyMatchedException (this.exceptions['exact'], this.numberToString (status), feedback);
    }
}
