// BigONE spot REST API v3: https://open.big.one/docs/api.html (the current edition: https://open.bigone.com/docs/)
import Exchange from './base/Exchange.js';
import { AccountSuspended, ArgumentsRequired, AuthenticationError, BadRequest, BadSymbol, DuplicateOrderId, ExchangeError, ExchangeNotAvailable, InsufficientFunds, InvalidOrder, NotSupported, OrderNotFound, PermissionDenied, RateLimitExceeded } from './base/errors.js';
import { TICK_SIZE } from './base/functions/number.js';

export default class bigone extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'bigone',
            'name': 'BigONE',
            'countries': [],
            'version': 'v3',
            // The documented default limit of BigONE's OpenAPI is 50 requests per second.
            'rateLimit': 20,
            'has': {
                'fetchMarkets': true,
                'fetchCurrencies': false, // the spot API documents no asset list (asset pairs name their assets only)
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
                'fetchOrders': false,
                'fetchOpenOrders': true,
                'fetchClosedOrders': true,
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
                'api': 'https://api.big.one',
                'www': 'https://big.one',
                'doc': 'https://open.big.one/docs/api.html',
            },
            'api': {
                'public': {
                    'get': [
                        'ping',
                        'asset_pairs',
                        'asset_pairs/tickers',
                        'asset_pairs/{asset_pair_name}/ticker',
                        'asset_pairs/{asset_pair_name}/depth',
                        'asset_pairs/{asset_pair_name}/trades',
                        'asset_pairs/{asset_pair_name}/candles',
                    ],
                },
                'private': {
                    'get': [
                        'viewer/accounts',
                        'viewer/accounts/{asset_symbol}',
                        'viewer/fund/accounts',
                        'viewer/orders',
                        'viewer/orders/{id}',
                        'viewer/trades',
                        'viewer/deposits',
                        'viewer/withdrawals',
                        'viewer/withdrawals/{guid}',
                        'viewer/assets/{asset_symbol}/address',
                    ],
                    'post': [
                        'viewer/orders',
                        'viewer/orders/{id}/cancel',
                        'viewer/withdrawals',
                    ],
                },
            },
            // The candle periods of asset_pairs/{asset_pair_name}/candles.
            'timeframes': {
                '1m': 'min1',
                '5m': 'min5',
                '15m': 'min15',
                '30m': 'min30',
                '1h': 'hour1',
                '3h': 'hour3',
                '4h': 'hour4',
                '6h': 'hour6',
                '12h': 'hour12',
                '1d': 'day1',
                '1w': 'week1',
                '1M': 'month1',
            },
            'requiredCredentials': {
                'apiKey': true,
                'secret': true,
            },
            // The API reports no fee rates, and the documentation this file follows states none: the rates are
            // left unknown rather than guessed (the account's fees are on big.one).
            'fees': {
                'trading': {
                    'tierBased': true,
                    'percentage': true,
                    'maker': undefined,
                    'taker': undefined,
                },
            },
            // asset pairs report base_scale and quote_scale (decimal places): the ticks are 10^-scale.
            'precisionMode': TICK_SIZE,
            'options': {
                'orderStatuses': {
                    'PENDING': 'open',
                    'FIRED': 'open', // a stop order whose trigger was reached, now on the book
                    'FILLED': 'closed',
                    'CANCELLED': 'canceled',
                    'REJECTED': 'rejected',
                },
                'orderTypes': {
                    'LIMIT': 'limit',
                    'MARKET': 'market',
                    'STOP_LIMIT': 'limit',
                    'STOP_MARKET': 'market',
                },
                'transactionStatuses': {
                    'PENDING': 'pending',
                    'WITHHOLD': 'pending',
                    'COMPLETED': 'ok',
                    'FAILED': 'failed',
                    'CANCELLED': 'canceled',
                },
                // Unified network code: BigONE's chain name, as deposit addresses (chain) and withdrawals
                // (gateway_name) name it. Ethereum is the documented example; other chains are refused.
                'networks': {
                    'ERC20': 'Ethereum',
                },
                // The seconds of each timeframe: fetchOHLCV turns since into the candle time BigONE pages by.
                'timeframeSeconds': {
                    '1m': 60,
                    '5m': 300,
                    '15m': 900,
                    '30m': 1800,
                    '1h': 3600,
                    '3h': 10800,
                    '4h': 14400,
                    '6h': 21600,
                    '12h': 43200,
                    '1d': 86400,
                    '1w': 604800,
                },
            },
            // Errors are { "code": 10014, "message": "..." } (a code other than 0), with an HTTP 4xx or 5xx status:
            // https://open.bigone.com/docs/error-codes
            'exceptions': {
                'exact': {
                    '40004': AuthenticationError, // Unauthorized
                    '40106': AuthenticationError, // Invalid token
                    '40107': AuthenticationError, // Unexpected request header
                    '10403': PermissionDenied, // the key lacks the scope, or the IP is not whitelisted
                    '10429': RateLimitExceeded,
                    '10005': ExchangeNotAvailable, // Internal error
                    '10007': BadRequest, // Parameter error
                    '10013': BadRequest, // Resource not found
                    '10014': InsufficientFunds,
                    '40303': InvalidOrder, // Forbid cancel market order
                    '40304': ExchangeNotAvailable, // Creating order is forbidden (temporarily)
                    '40305': AccountSuspended, // Account restricted
                    '50047': InvalidOrder, // Liquidity taken too much
                    '54041': DuplicateOrderId,
                    '54043': OrderNotFound, // Unknown opening order
                    '60100': BadSymbol, // Asset pair is suspended
                },
                'broad': {},
            },
        });
    }

    // --- markets -------------------------------------------------------------------------------------

    async fetchMarkets (params = {}) {
        // asset_pairs: { code: 0, data: [ { id (uuid), name: 'BTC-USDT', base_scale, quote_scale, min_quote_value,
        // max_quote_value, base_asset: { id, symbol, name }, quote_asset: { ... } } ] }.
        const response = await this.publicGetAssetPairs (params);
        const data = this.safeList (response, 'data', []);
        const result = [];
        for (let i = 0; i < data.length; i++) {
            result.push (this.parseMarket (data[i]));
        }
        return result;
    }

    parseMarket (entry) {
        const baseAsset = this.safeDict (entry, 'base_asset', {});
        const quoteAsset = this.safeDict (entry, 'quote_asset', {});
        const baseId = this.safeString (baseAsset, 'symbol');
        const quoteId = this.safeString (quoteAsset, 'symbol');
        const base = this.safeCurrencyCode (baseId);
        const quote = this.safeCurrencyCode (quoteId);
        return this.safeMarketStructure ({
            'id': this.safeString (entry, 'name'),
            'symbol': base + '/' + quote,
            'base': base,
            'quote': quote,
            'baseId': baseId,
            'quoteId': quoteId,
            'type': 'spot',
            'spot': true,
            'precision': {
                'amount': this.parseNumber (this.parsePrecision (this.safeString (entry, 'base_scale'))),
                'price': this.parseNumber (this.parsePrecision (this.safeString (entry, 'quote_scale'))),
            },
            'limits': {
                'amount': { 'min': undefined, 'max': undefined },
                'price': { 'min': undefined, 'max': undefined },
                'cost': { 'min': this.safeNumber (entry, 'min_quote_value'), 'max': this.safeNumber (entry, 'max_quote_value') },
            },
            'info': entry,
        });
    }

    // --- market data ---------------------------------------------------------------------------------

    parseTicker (ticker, market = undefined) {
        // { asset_pair_name, bid: { price, quantity, order_count }, ask: { ... }, open, close (the last price),
        // high, low, volume (base, 24 h), daily_change (close - open) }.
        market = this.safeMarket (this.safeString (ticker, 'asset_pair_name'), market, '-');
        const bid = this.safeDict (ticker, 'bid', {});
        const ask = this.safeDict (ticker, 'ask', {});
        return this.safeTicker ({
            'symbol': market['symbol'],
            'high': this.safeString (ticker, 'high'),
            'low': this.safeString (ticker, 'low'),
            'bid': this.safeString (bid, 'price'),
            'bidVolume': this.safeString (bid, 'quantity'),
            'ask': this.safeString (ask, 'price'),
            'askVolume': this.safeString (ask, 'quantity'),
            'open': this.safeString (ticker, 'open'),
            'close': this.safeString (ticker, 'close'),
            'change': this.safeString (ticker, 'daily_change'),
            'baseVolume': this.safeString (ticker, 'volume'),
            'info': ticker,
        }, market);
    }

    async fetchTicker (symbol, params = {}) {
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetAssetPairsAssetPairNameTicker (this.extend ({ 'asset_pair_name': market['id'] }, params));
        return this.parseTicker (this.safeDict (response, 'data', {}), market);
    }

    async fetchTickers (symbols = undefined, params = {}) {
        // asset_pairs/tickers?pair_names=BTC-USDT,ETH-BTC (every pair without it).
        await this.loadMarkets ();
        const request = {};
        if (symbols !== undefined) {
            request['pair_names'] = this.marketIds (symbols).join (',');
        }
        const response = await this.publicGetAssetPairsTickers (this.extend (request, params));
        return this.parseTickers (this.safeList (response, 'data', []), symbols);
    }

    async fetchOrderBook (symbol, limit = undefined, params = {}) {
        // asset_pairs/{name}/depth?limit (default 50, max 200): { asset_pair_name, bids: [ { price, quantity,
        // order_count } ], asks }.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'asset_pair_name': market['id'] };
        if (limit !== undefined) {
            request['limit'] = Math.min (limit, 200);
        }
        const response = await this.publicGetAssetPairsAssetPairNameDepth (this.extend (request, params));
        const book = this.parseOrderBook (this.safeDict (response, 'data', {}), market['symbol'], undefined, 'bids', 'asks', 'price', 'quantity');
        return this.limitOrderBook (book, limit);
    }

    parseTrade (trade, market = undefined) {
        // Public: { id, price, amount, taker_side: 'ASK' or 'BID', created_at }. The account's (viewer/trades) add
        // asset_pair_name, side (the account's: ASK, BID or SELF_TRADING), maker_order_id, taker_order_id,
        // maker_fee and taker_fee (in the asset the side receives).
        market = this.safeMarket (this.safeString (trade, 'asset_pair_name'), market, '-');
        const takerSide = this.safeString (trade, 'taker_side');
        const ownSide = this.safeString (trade, 'side');
        let side = this.parseSide (takerSide);
        let takerOrMaker = undefined;
        let orderId = undefined;
        let fee = undefined;
        if ((ownSide === 'ASK') || (ownSide === 'BID')) {
            side = this.parseSide (ownSide);
            takerOrMaker = (ownSide === takerSide) ? 'taker' : 'maker';
            orderId = this.safeString (trade, (takerOrMaker === 'taker') ? 'taker_order_id' : 'maker_order_id');
            const feeCost = this.safeString (trade, (takerOrMaker === 'taker') ? 'taker_fee' : 'maker_fee');
            if (feeCost !== undefined) {
                fee = { 'cost': feeCost, 'currency': (side === 'buy') ? market['base'] : market['quote'] };
            }
        }
        return this.safeTrade ({
            'id': this.safeString (trade, 'id'),
            'order': orderId,
            'timestamp': this.parse8601 (this.safeString2 (trade, 'created_at', 'inserted_at')),
            'symbol': market['symbol'],
            'side': side,
            'takerOrMaker': takerOrMaker,
            'price': this.safeString (trade, 'price'),
            'amount': this.safeString (trade, 'amount'),
            'fee': fee,
            'info': trade,
        }, market);
    }

    parseSide (side) {
        if (side === 'BID') {
            return 'buy';
        }
        if (side === 'ASK') {
            return 'sell';
        }
        return undefined;
    }

    async fetchTrades (symbol, since = undefined, limit = undefined, params = {}) {
        // asset_pairs/{name}/trades: the latest trades of the pair, newest first (no paging by time).
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetAssetPairsAssetPairNameTrades (this.extend ({ 'asset_pair_name': market['id'] }, params));
        return this.parseTrades (this.safeList (response, 'data', []), market, since, limit);
    }

    parseOHLCV (ohlcv, market = undefined) {
        // { close, high, low, open, time (ISO 8601, the candle's start), volume }.
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
        // asset_pairs/{name}/candles?period&time&limit: the limit (default 100, max 500) candles up to time (the
        // latest candle, ISO 8601; now by default), newest first. The unified until is that time; since asks
        // for the limit candles from since, so time is the start of the last of them.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const period = this.safeString (this.timeframes, timeframe);
        if (period === undefined) {
            throw new BadRequest (this.id + ' fetchOHLCV () does not support the timeframe ' + timeframe);
        }
        const until = this.safeInteger (params, 'until');
        const rest = this.omit (params, 'until');
        const count = (limit === undefined) ? 100 : Math.min (limit, 500);
        const request = {
            'asset_pair_name': market['id'],
            'period': period,
            'limit': count,
        };
        if (until !== undefined) {
            request['time'] = this.iso8601 (until);
        } else if (since !== undefined) {
            const seconds = this.safeInteger (this.options['timeframeSeconds'], timeframe);
            if (seconds === undefined) {
                throw new NotSupported (this.id + ' fetchOHLCV () cannot page ' + timeframe + ' candles by since: pass until instead');
            }
            request['time'] = this.iso8601 (since + (count - 1) * seconds * 1000);
        }
        const response = await this.publicGetAssetPairsAssetPairNameCandles (this.extend (request, rest));
        return this.parseOHLCVs (this.safeList (response, 'data', []), market, timeframe, since, limit);
    }

    // --- account -------------------------------------------------------------------------------------

    async fetchBalance (params = {}) {
        // viewer/accounts: { code: 0, data: [ { asset_symbol, balance (the total), locked_balance } ] }.
        await this.loadMarkets ();
        const response = await this.privateGetViewerAccounts (params);
        const data = this.safeList (response, 'data', []);
        const result = { 'info': response };
        for (let i = 0; i < data.length; i++) {
            const entry = data[i];
            const account = this.account ();
            account['total'] = this.safeString (entry, 'balance');
            account['used'] = this.safeString (entry, 'locked_balance');
            result[this.safeCurrencyCode (this.safeString (entry, 'asset_symbol'))] = account;
        }
        return this.safeBalance (result);
    }

    // --- orders --------------------------------------------------------------------------------------

    parseOrder (order, market = undefined) {
        // { id, asset_pair_name, price, amount, filled_amount, avg_deal_price, side: ASK or BID, state, type:
        // LIMIT, MARKET, STOP_LIMIT or STOP_MARKET, stop_price (stop orders only), operator: GTE or LTE,
        // immediate_or_cancel, post_only, client_order_id, created_at, updated_at }.
        market = this.safeMarket (this.safeString (order, 'asset_pair_name'), market, '-');
        const orderType = this.safeString (order, 'type');
        const type = this.safeString (this.options['orderTypes'], orderType);
        const isStop = (orderType === 'STOP_LIMIT') || (orderType === 'STOP_MARKET');
        const postOnly = this.safeBool (order, 'post_only');
        let timeInForce = undefined;
        if (postOnly === true) {
            timeInForce = 'PO';
        } else if (this.safeBool (order, 'immediate_or_cancel') === true) {
            timeInForce = 'IOC';
        } else if (type === 'limit') {
            timeInForce = 'GTC';
        }
        return this.safeOrder ({
            'id': this.safeString (order, 'id'),
            'clientOrderId': this.safeString (order, 'client_order_id'),
            'timestamp': this.parse8601 (this.safeString (order, 'created_at')),
            'lastUpdateTimestamp': this.parse8601 (this.safeString (order, 'updated_at')),
            'symbol': market['symbol'],
            'type': type,
            'timeInForce': timeInForce,
            'postOnly': postOnly,
            'side': this.parseSide (this.safeString (order, 'side')),
            'price': this.safeString (order, 'price'),
            'triggerPrice': isStop ? this.safeString (order, 'stop_price') : undefined,
            'average': this.safeString (order, 'avg_deal_price'),
            'amount': this.safeString (order, 'amount'),
            'filled': this.safeString (order, 'filled_amount'),
            'status': this.safeString (this.options['orderStatuses'], this.safeString (order, 'state')),
            'info': order,
        }, market);
    }

    triggerOperator (side, unified) {
        // A stop (triggerPrice, stopLossPrice) buys once the price rises to the trigger (GTE) and sells once it
        // falls to it (LTE); a take-profit the other way round.
        const rises = (unified['triggerKind'] === 'takeProfitPrice') ? (side === 'sell') : (side === 'buy');
        return rises ? 'GTE' : 'LTE';
    }

    async createOrder (symbol, type, side, amount, price = undefined, params = {}) {
        // POST viewer/orders { asset_pair_name, side: BID or ASK, price, amount (in the base asset, market orders
        // too), type: LIMIT, MARKET, STOP_LIMIT or STOP_MARKET, stop_price and operator (GTE or LTE: stop
        // orders), immediate_or_cancel and post_only (LIMIT only), client_order_id }. The unified postOnly is
        // post_only, timeInForce IOC is immediate_or_cancel (GTC is the default; FOK does not exist), the three
        // trigger params make stop orders and clientOrderId is client_order_id. Spot has no reduceOnly, and a
        // market order sized in the quote asset (cost) is not documented.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const [ unified, rest ] = this.unifiedOrderParams (type, params);
        this.rejectUnifiedParams ('createOrder', unified, [ 'reduceOnly', 'cost' ]);
        if ((type !== 'market') && (type !== 'limit')) {
            throw new InvalidOrder (this.id + ' createOrder () type must be market or limit, not ' + type);
        }
        if ((side !== 'buy') && (side !== 'sell')) {
            throw new InvalidOrder (this.id + ' createOrder () side must be buy or sell, not ' + side);
        }
        const timeInForce = unified['timeInForce'];
        if (timeInForce === 'FOK') {
            throw new NotSupported (this.id + ' createOrder () does not support timeInForce FOK (BigONE has GTC, IOC and post-only)');
        }
        if ((timeInForce === 'IOC') && (type !== 'limit')) {
            throw new InvalidOrder (this.id + ' createOrder () timeInForce IOC is for limit orders only');
        }
        const trigger = unified['trigger'];
        let orderType = (type === 'limit') ? 'LIMIT' : 'MARKET';
        if (trigger !== undefined) {
            if (timeInForce === 'IOC') {
                throw new InvalidOrder (this.id + ' createOrder () timeInForce IOC cannot be combined with ' + unified['triggerKind']);
            }
            orderType = (type === 'limit') ? 'STOP_LIMIT' : 'STOP_MARKET';
        }
        const request = {
            'asset_pair_name': market['id'],
            'side': (side === 'buy') ? 'BID' : 'ASK',
            'type': orderType,
            'amount': this.amountToPrecision (symbol, amount),
        };
        if (type === 'limit') {
            if (price === undefined) {
                throw new ArgumentsRequired (this.id + ' createOrder () requires a price for a limit order');
            }
            request['price'] = this.priceToPrecision (symbol, price);
        }
        if (trigger !== undefined) {
            request['stop_price'] = this.priceToPrecision (symbol, trigger);
            request['operator'] = this.triggerOperator (side, unified);
        }
        if (timeInForce === 'IOC') {
            request['immediate_or_cancel'] = true;
        }
        if (unified['postOnly']) {
            request['post_only'] = true;
        }
        if (unified['clientOrderId'] !== undefined) {
            request['client_order_id'] = unified['clientOrderId'];
        }
        const response = await this.privatePostViewerOrders (this.extend (request, rest));
        return this.parseOrder (this.safeDict (response, 'data', {}), market);
    }

    async cancelOrder (id, symbol = undefined, params = {}) {
        // POST viewer/orders/{id}/cancel answers the order, CANCELLED.
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const response = await this.privatePostViewerOrdersIdCancel (this.extend ({ 'id': id }, params));
        return this.parseOrder (this.safeDict (response, 'data', {}), market);
    }

    async fetchOrder (id, symbol = undefined, params = {}) {
        // viewer/orders/{id}: one order.
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const response = await this.privateGetViewerOrdersId (this.extend ({ 'id': id }, params));
        return this.parseOrder (this.safeDict (response, 'data', {}), market);
    }

    async fetchOrdersByState (method, state, symbol, limit, params) {
        // viewer/orders?asset_pair_name (required)&state&limit (default 20, max 200): newest first, paged by
        // page_token; no time range, so the unified until is refused rather than ignored.
        this.rejectUnifiedParams (method, params, [ 'until' ]);
        if (symbol === undefined) {
            throw new ArgumentsRequired (this.id + ' ' + method + ' () requires a symbol: BigONE lists the orders of one asset pair');
        }
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = {
            'asset_pair_name': market['id'],
            'state': state,
        };
        if (limit !== undefined) {
            request['limit'] = Math.min (limit, 200);
        }
        const response = await this.privateGetViewerOrders (this.extend (request, params));
        return [ market, this.safeList (response, 'data', []) ];
    }

    async fetchOpenOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // state PENDING: the PENDING and FIRED orders.
        const [ market, orders ] = await this.fetchOrdersByState ('fetchOpenOrders', 'PENDING', symbol, limit, params);
        return this.parseOrders (orders, market, since, limit);
    }

    async fetchClosedOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // state CLOSED: the FILLED and CANCELLED orders.
        const [ market, orders ] = await this.fetchOrdersByState ('fetchClosedOrders', 'CLOSED', symbol, limit, params);
        return this.parseOrders (orders, market, since, limit);
    }

    async fetchMyTrades (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // viewer/trades?asset_pair_name (required)&limit: the account's trades, newest first, paged by
        // page_token; no time range (until is refused).
        this.rejectUnifiedParams ('fetchMyTrades', params, [ 'until' ]);
        if (symbol === undefined) {
            throw new ArgumentsRequired (this.id + ' fetchMyTrades () requires a symbol: BigONE lists the trades of one asset pair');
        }
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'asset_pair_name': market['id'] };
        if (limit !== undefined) {
            request['limit'] = Math.min (limit, 200);
        }
        const response = await this.privateGetViewerTrades (this.extend (request, params));
        return this.parseTrades (this.safeList (response, 'data', []), market, since, limit);
    }

    // --- funding -------------------------------------------------------------------------------------

    parseTransaction (transaction, currency = undefined) {
        // Deposits: { id, amount, confirms, txid, is_internal, inserted_at, updated_at, kind, memo, state:
        // COMPLETED, PENDING, WITHHOLD or CANCELLED, asset_symbol, target_account }. Withdrawals: { id,
        // customer_id, asset_symbol, amount, state: PENDING, COMPLETED, FAILED or CANCELLED, note, txid,
        // completed_at, inserted_at, is_internal, target_address }.
        const code = this.safeCurrencyCode (this.safeString (transaction, 'asset_symbol'), currency);
        const address = this.safeString (transaction, 'target_address');
        return this.safeTransaction ({
            'id': this.safeString (transaction, 'id'),
            'txid': this.safeString (transaction, 'txid'),
            'timestamp': this.parse8601 (this.safeString (transaction, 'inserted_at')),
            'address': address,
            'tag': this.safeString (transaction, 'memo'),
            'type': (address === undefined) ? 'deposit' : 'withdrawal',
            'amount': this.safeString (transaction, 'amount'),
            'currency': code,
            'status': this.safeString (this.options['transactionStatuses'], this.safeString (transaction, 'state')),
            'updated': this.parse8601 (this.safeString2 (transaction, 'updated_at', 'completed_at')),
            'info': transaction,
        }, currency);
    }

    async fetchTransfersOf (method, code, since, limit, params) {
        // viewer/deposits and viewer/withdrawals?asset_symbol&limit (default 50): newest first, paged by
        // page_token; no time range (until is refused).
        this.rejectUnifiedParams (method, params, [ 'until' ]);
        await this.loadMarkets ();
        const request = {};
        let currency = undefined;
        if (code !== undefined) {
            currency = this.currency (code);
            request['asset_symbol'] = currency['id'];
        }
        if (limit !== undefined) {
            request['limit'] = limit;
        }
        let response = undefined;
        if (method === 'fetchDeposits') {
            response = await this.privateGetViewerDeposits (this.extend (request, params));
        } else {
            response = await this.privateGetViewerWithdrawals (this.extend (request, params));
        }
        return this.parseTransactions (this.safeList (response, 'data', []), currency, since, limit);
    }

    async fetchDeposits (code = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchTransfersOf ('fetchDeposits', code, since, limit, params);
    }

    async fetchWithdrawals (code = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchTransfersOf ('fetchWithdrawals', code, since, limit, params);
    }

    async fetchDepositAddress (code, params = {}) {
        // viewer/assets/{asset_symbol}/address: { code: 0, data: [ { id, chain, value (the address), memo } ] },
        // one entry per chain. The unified network picks the entry of its chain (options['networks']); without
        // it the first entry is the address.
        await this.loadMarkets ();
        const currency = this.currency (code);
        const networkCode = this.safeString (params, 'network');
        const rest = this.omit (params, 'network');
        let chain = undefined;
        if (networkCode !== undefined) {
            chain = this.knownNetworkId (networkCode, currency, 'fetchDepositAddress');
        }
        const response = await this.privateGetViewerAssetsAssetSymbolAddress (this.extend ({ 'asset_symbol': currency['id'] }, rest));
        const entries = this.safeList (response, 'data', []);
        let entry = undefined;
        for (let i = 0; i < entries.length; i++) {
            if ((chain === undefined) || (this.safeString (entries[i], 'chain') === chain)) {
                entry = entries[i];
                break;
            }
        }
        if (entry === undefined) {
            throw new ExchangeError (this.id + ' fetchDepositAddress () found no ' + ((chain === undefined) ? '' : (chain + ' ')) + 'address of ' + code);
        }
        const entryChain = this.safeString (entry, 'chain');
        return {
            'currency': currency['code'],
            'address': this.safeString (entry, 'value'),
            'tag': this.safeString (entry, 'memo'),
            'network': (entryChain === undefined) ? undefined : this.networkCode (entryChain, currency),
            'info': entry,
        };
    }

    async withdraw (code, amount, address, tag = undefined, params = {}) {
        // POST viewer/withdrawals { symbol, target_address, amount, memo, gateway_name (the chain, e.g.
        // Ethereum for USDT on Ethereum) } answers the withdrawal. The unified network is gateway_name
        // (options['networks']); the tag is memo.
        await this.loadMarkets ();
        const currency = this.currency (code);
        const networkCode = this.safeString (params, 'network');
        const rest = this.omit (params, 'network');
        const request = {
            'symbol': currency['id'],
            'target_address': address,
            'amount': this.numberToString (amount),
        };
        if (tag !== undefined) {
            request['memo'] = tag;
        }
        if (networkCode !== undefined) {
            request['gateway_name'] = this.knownNetworkId (networkCode, currency, 'withdraw');
        }
        const response = await this.privatePostViewerWithdrawals (this.extend (request, rest));
        return this.parseTransaction (this.safeDict (response, 'data', {}), currency);
    }

    // --- transport -----------------------------------------------------------------------------------

    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        // GET sends its params as the query string, POST as a JSON body.
        let url = this.urls['api'] + '/api/' + this.version + '/' + this.implodeParams (path, params);
        const query = this.omit (params, this.extractParams (path));
        if ((method === 'GET') && (Object.keys (query).length > 0)) {
            url = url + '?' + this.urlencode (query);
        }
        if (api === 'public') {
            return { 'url': url, 'method': method, 'body': body, 'headers': headers };
        }
        // Authorization: Bearer <JWT>: HS256, keyed by the secret as it is, over { type: 'OpenAPIV2', sub: the
        // API key, nonce: the time in nanoseconds, as a string }.
        this.checkRequiredCredentials ();
        const payload = {
            'type': 'OpenAPIV2',
            'sub': this.apiKey,
            'nonce': this.numberToString (this.milliseconds ()) + '000000',
        };
        const token = this.jwt (payload, this.encode (this.secret));
        headers = {
            'Authorization': 'Bearer ' + token,
        };
        if (method !== 'GET') {
            headers['Content-Type'] = 'application/json';
            body = (Object.keys (query).length > 0) ? this.json (query) : '{}'; // (PHP writes an empty dictionary as [])
        }
        return { 'url': url, 'method': method, 'body': body, 'headers': headers };
    }

    handleErrors (status, reason, url, method, responseHeaders, responseBody, response, requestHeaders, requestBody) {
        // { "code": 10014, "message": "Insufficient funds" }: every answer has a code, 0 on success.
        if ((response === undefined) || Array.isArray (response) || (typeof response !== 'object')) {
            return;
        }
        const code = this.safeString (response, 'code');
        if ((code === undefined) || (code === '0')) {
            return;
        }
        const feedback = this.id + ' ' + method + ' ' + url + ' ' + code + ' ' + this.safeString (response, 'message', '');
        this.throwExactlyMatchedException (this.exceptions['exact'], code, feedback);
        throw new ExchangeError (feedback);
    }
}
