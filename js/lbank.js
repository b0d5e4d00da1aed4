// LBank spot API v2: https://www.lbank.com/en-US/docs/index.html (the registry's docs: https://github.com/LBank-exchange/lbank-official-api-docs)
//
// Every endpoint is https://api.lbkex.com/v2/<path>.do. Public endpoints are GETs with their parameters in the
// query; private ones are POSTs with an application/x-www-form-urlencoded body. Every answer is wrapped:
// { "result": true, "data": ..., "error_code": 0, "ts": <ms> }; a failure is { "result": false (or "false"),
// "error_code": <code>, "msg": ..., "ts": ... }, usually with HTTP 200. A market is named 'eth_btc'.
//
// Signing: LBank accepts RSA and HmacSHA256 signatures (the signature_method parameter). Only HmacSHA256 is
// implemented here (the base class has no RSA): every private request is signed with signature_method
// HmacSHA256, and a caller who passes signature_method (or any other signing parameter) is refused with BadRequest
// instead of being signed another way.
import Exchange from './base/Exchange.js';
import { AuthenticationError, ArgumentsRequired, BadRequest, BadResponse, BadSymbol, CancelPending, ExchangeError, ExchangeNotAvailable, InsufficientFunds, InvalidOrder, NotSupported, PermissionDenied, RateLimitExceeded } from './base/errors.js';
import { TICK_SIZE } from './base/functions/number.js';
import Precise from './base/Precise.js';

export default class lbank extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'lbank',
            'name': 'LBank',
            'countries': [ 'CN' ],
            'version': 'v2',
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
            // kline.do type values.
            'timeframes': {
                '1m': 'minute1',
                '5m': 'minute5',
                '15m': 'minute15',
                '30m': 'minute30',
                '1h': 'hour1',
                '4h': 'hour4',
                '8h': 'hour8',
                '12h': 'hour12',
                '1d': 'day1',
                '1w': 'week1',
            },
            'urls': {
                'api': 'https://api.lbkex.com',
                'www': 'https://www.lbank.com',
                'doc': [
                    'https://www.lbank.com/en-US/docs/index.html',
                    'https://github.com/LBank-exchange/lbank-official-api-docs',
                ],
                'fees': 'https://www.lbank.com/fees',
            },
            // Paths without the /v2/ prefix and the .do suffix, which sign () adds.
            'api': {
                'public': {
                    'get': [
                        'accuracy',
                        'withdrawConfigs',
                        'ticker/24hr',
                        'depth',
                        'supplement/trades',
                        'kline',
                        'timestamp',
                    ],
                },
                'private': {
                    'post': [
                        'supplement/user_info_account',
                        'supplement/create_order',
                        'supplement/cancel_order',
                        'supplement/orders_info',
                        'supplement/orders_info_no_deal',
                        'supplement/orders_info_history',
                        'supplement/transaction_history',
                        'supplement/get_deposit_address',
                        'supplement/deposit_history',
                        'supplement/withdraws',
                        'supplement/withdraw',
                    ],
                },
            },
            'requiredCredentials': {
                'apiKey': true,
                'secret': true,
            },
            // The account's own rates come with the balance (makerCommission, takerCommission).
            'fees': {
                'trading': {
                    'tierBased': false,
                    'percentage': true,
                    'maker': 0.001,
                    'taker': 0.001,
                },
            },
            'precisionMode': TICK_SIZE,
            'options': {
                // Seconds of each timeframe: kline.do takes a start time, so a call without since starts limit
                // candles before now.
                'timeframeSeconds': {
                    '1m': 60,
                    '5m': 300,
                    '15m': 900,
                    '30m': 1800,
                    '1h': 3600,
                    '4h': 14400,
                    '8h': 28800,
                    '12h': 43200,
                    '1d': 86400,
                    '1w': 604800,
                },
                'defaultLimit': 100,
                // order type -> [ unified type, side, timeInForce, postOnly ]
                'orderTypes': {
                    'buy': [ 'limit', 'buy', 'GTC', false ],
                    'sell': [ 'limit', 'sell', 'GTC', false ],
                    'buy_market': [ 'market', 'buy', undefined, false ],
                    'sell_market': [ 'market', 'sell', undefined, false ],
                    'buy_maker': [ 'limit', 'buy', 'PO', true ],
                    'sell_maker': [ 'limit', 'sell', 'PO', true ],
                    'buy_ioc': [ 'limit', 'buy', 'IOC', false ],
                    'sell_ioc': [ 'limit', 'sell', 'IOC', false ],
                    'buy_fok': [ 'limit', 'buy', 'FOK', false ],
                    'sell_fok': [ 'limit', 'sell', 'FOK', false ],
                },
                // -1 canceled, 0 unfilled, 1 partially filled, 2 filled, 3 partially filled and canceled, 4 canceling.
                'orderStatuses': {
                    '-1': 'canceled',
                    '0': 'open',
                    '1': 'open',
                    '2': 'closed',
                    '3': 'canceled',
                    '4': 'open',
                },
                // deposit_history status: 1 in progress, 2 done, 3 failed.
                'depositStatuses': {
                    '1': 'pending',
                    '2': 'ok',
                    '3': 'failed',
                },
                // withdraws status: 1 applying, 2 canceled, 3 failed, 4 done.
                'withdrawalStatuses': {
                    '1': 'pending',
                    '2': 'canceled',
                    '3': 'failed',
                    '4': 'ok',
                },
                // Unified network code -> LBank's networkName.
                'networks': {
                    'ERC20': 'erc20',
                    'TRC20': 'trc20',
                    'BEP20': 'bep20(bsc)',
                },
            },
            // error_code of the documented error table (Error Code.md of the official docs repository).
            'exceptions': {
                'exact': {
                    '10000': ExchangeError, // Internal error
                    '10001': BadRequest, // The required parameters can not be empty
                    '10002': BadRequest, // Validation failed
                    '10003': BadRequest, // Invalid parameter
                    '10004': RateLimitExceeded, // Request too frequent
                    '10005': AuthenticationError, // Secret key does not exist
                    '10006': AuthenticationError, // User does not exist
                    '10007': AuthenticationError, // Invalid signature
                    '10008': BadSymbol, // Invalid trading pair
                    '10009': InvalidOrder, // Price and/or amount are required for limit order
                    '10010': InvalidOrder, // Price and/or amount must be more than 0
                    '10013': InvalidOrder, // The amount is too small
                    '10014': InsufficientFunds, // Insufficient amount of money in account
                    '10015': InvalidOrder, // Invalid order type
                    '10016': InsufficientFunds, // Insufficient account balance
                    '10017': ExchangeNotAvailable, // Server error
                    '10018': BadRequest, // Page size should be between 1 and 50
                    '10019': BadRequest, // Cancel no more than 3 orders in one request
                    '10020': InvalidOrder, // Volume < 0.001
                    '10021': InvalidOrder, // Price < 0.01
                    '10022': PermissionDenied, // Access denied
                    '10023': InvalidOrder, // Market order is not supported yet
                    '10024': PermissionDenied, // User cannot trade on this pair
                    '10025': InvalidOrder, // Order has been filled
                    '10026': InvalidOrder, // Order has been cancelled
                    '10027': CancelPending, // Order is cancelling
                    '10028': ExchangeNotAvailable, // Trading is paused
                    '10100': PermissionDenied, // Has no privilege to withdraw
                    '10101': BadRequest, // Invalid fee rate to withdraw
                    '10102': BadRequest, // Too little to withdraw
                    '10103': ExchangeError, // Exceed daily limitation of withdraw
                    '10104': ExchangeError, // Cancel was rejected
                    '10105': ExchangeError, // Request has been cancelled
                },
                'broad': {},
            },
        });
    }

    // --- helpers -------------------------------------------------------------------------------------

    dataOf (response, kind = 'any') {
        // The data of a wrapped answer: a list ('list'), a dictionary ('dict') or anything present ('any').
        let data = undefined;
        if (kind === 'list') {
            data = this.safeList (response, 'data');
        } else if (kind === 'dict') {
            data = this.safeDict (response, 'data');
        } else {
            data = this.safeValue (response, 'data');
        }
        if (data === undefined) {
            throw new BadResponse (this.id + ' sent an answer without its data: ' + this.excerpt (this.json (response)));
        }
        return data;
    }

    limitWithin (method, limit, defaultLimit, maxLimit) {
        // A count parameter the endpoint requires: limit (default defaultLimit), which must lie in 1 .. maxLimit.
        const count = (limit === undefined) ? defaultLimit : limit;
        if (!Number.isInteger (count) || (count < 1) || (count > maxLimit)) {
            throw new BadRequest (this.id + ' ' + method + ' () limit must be an integer from 1 to ' + this.numberToString (maxLimit));
        }
        return count;
    }

    rejectUntil (method, params) {
        if (this.safeValue (params, 'until') !== undefined) {
            throw new NotSupported (this.id + ' ' + method + ' () does not support the unified param until: the endpoint takes no end time');
        }
    }

    // --- markets -------------------------------------------------------------------------------------

    async fetchMarkets (params = {}) {
        // accuracy.do: [ { symbol: 'eth_btc', quantityAccuracy: '4', minTranQua: '0.0001', priceAccuracy: '2' } ],
        // the decimal places of the amount and the price, and the smallest amount of an order.
        const response = await this.publicGetAccuracy (params);
        const data = this.dataOf (response, 'list');
        const result = [];
        for (let i = 0; i < data.length; i++) {
            const entry = data[i];
            const id = this.safeString (entry, 'symbol');
            if (id === undefined) {
                continue;
            }
            const parts = id.split ('_');
            if (parts.length !== 2) {
                continue;
            }
            const baseId = parts[0];
            const quoteId = parts[1];
            const base = this.safeCurrencyCode (baseId.toUpperCase ());
            const quote = this.safeCurrencyCode (quoteId.toUpperCase ());
            result.push (this.safeMarketStructure ({
                'id': id,
                'symbol': base + '/' + quote,
                'base': base,
                'quote': quote,
                'baseId': baseId,
                'quoteId': quoteId,
                'type': 'spot',
                'spot': true,
                'precision': {
                    'amount': this.parseNumber (this.parsePrecision (this.safeString (entry, 'quantityAccuracy'))),
                    'price': this.parseNumber (this.parsePrecision (this.safeString (entry, 'priceAccuracy'))),
                },
                'limits': {
                    'amount': {
                        'min': this.safeNumber (entry, 'minTranQua'),
                    },
                },
                'info': entry,
            }));
        }
        return result;
    }

    async fetchCurrencies (params = {}) {
        // withdrawConfigs.do: [ { assetCode: 'eth', min: '0.01', canWithDraw: true, fee: '0.01' } ], one entry per
        // currency, or per currency and chain where the entry names its chain (and amountScale, its decimals).
        // The API lists no deposit settings, so deposit stays unknown.
        const response = await this.publicGetWithdrawConfigs (params);
        const entries = this.dataOf (response, 'list');
        const grouped = this.groupBy (entries, 'assetCode');
        const ids = Object.keys (grouped);
        const result = {};
        for (let i = 0; i < ids.length; i++) {
            const id = ids[i];
            const code = this.safeCurrencyCode (id.toUpperCase ());
            const list = this.safeList (grouped, id, []);
            const networks = {};
            let withdraw = false;
            for (let j = 0; j < list.length; j++) {
                const entry = list[j];
                const canWithdraw = (this.safeValue (entry, 'canWithDraw') === true) || (this.safeValue (entry, 'canWithDraw') === 'true');
                withdraw = withdraw || canWithdraw;
                const chain = this.safeString (entry, 'chain');
                if (chain !== undefined) {
                    const networkCode = this.networkCode (chain);
                    networks[networkCode] = {
                        'id': chain,
                        'network': networkCode,
                        'withdraw': canWithdraw,
                        'fee': this.safeNumber (entry, 'fee'),
                        'precision': this.parseNumber (this.parsePrecision (this.safeString (entry, 'amountScale'))),
                        'limits': { 'withdraw': { 'min': this.safeNumber (entry, 'min') } },
                        'info': entry,
                    };
                }
            }
            // One entry (or one chain): its fee and minimum are the currency's; with several they depend on the chain.
            const single = (list.length === 1) ? list[0] : undefined;
            result[code] = {
                'id': id,
                'code': code,
                'withdraw': withdraw,
                'fee': this.safeNumber (single, 'fee'),
                'limits': { 'withdraw': { 'min': this.safeNumber (single, 'min') } },
                'networks': networks,
                'info': list,
            };
        }
        return result;
    }

    async fetchTime (params = {}) {
        // timestamp.do: { data: <ms> }.
        const response = await this.publicGetTimestamp (params);
        return this.safeInteger (response, 'data');
    }

    // --- market data ---------------------------------------------------------------------------------

    parseTicker (ticker, market = undefined) {
        // ticker/24hr.do: { symbol, ticker: { high, vol (base), low, change (% in 24 h), turnover (quote), latest },
        // timestamp }.
        const marketId = this.safeString (ticker, 'symbol');
        market = this.safeMarket (marketId, market, '_');
        const stats = this.safeDict (ticker, 'ticker', {});
        return this.safeTicker ({
            'symbol': market['symbol'],
            'timestamp': this.safeInteger (ticker, 'timestamp'),
            'high': this.safeString (stats, 'high'),
            'low': this.safeString (stats, 'low'),
            'last': this.safeString (stats, 'latest'),
            'percentage': this.safeString (stats, 'change'),
            'baseVolume': this.safeString (stats, 'vol'),
            'quoteVolume': this.safeString (stats, 'turnover'),
            'info': ticker,
        }, market);
    }

    async fetchTicker (symbol, params = {}) {
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetTicker24hr (this.extend ({ 'symbol': market['id'] }, params));
        const data = this.dataOf (response, 'list');
        const first = this.safeDict (data, 0);
        if (first === undefined) {
            throw new BadResponse (this.id + ' fetchTicker () got no ticker for ' + market['id']);
        }
        return this.parseTicker (first, market);
    }

    async fetchTickers (symbols = undefined, params = {}) {
        // symbol=all answers every pair.
        await this.loadMarkets ();
        const response = await this.publicGetTicker24hr (this.extend ({ 'symbol': 'all' }, params));
        const data = this.dataOf (response, 'list');
        return this.parseTickers (data, symbols);
    }

    async fetchOrderBook (symbol, limit = undefined, params = {}) {
        // depth.do?symbol&size (1 - 200): { asks: [ [ price, amount ] ], bids: [ ... ], timestamp }.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const size = this.limitWithin ('fetchOrderBook', limit, 100, 200);
        const request = {
            'symbol': market['id'],
            'size': size,
        };
        const response = await this.publicGetDepth (this.extend (request, params));
        const data = this.dataOf (response, 'dict');
        return this.parseOrderBook (data, market['symbol'], this.safeInteger (data, 'timestamp'));
    }

    parseTrade (trade, market = undefined) {
        // supplement/trades.do: { quoteQty, price, qty, id, time, isBuyerMaker }.
        // supplement/transaction_history.do: { symbol, id, orderId, price, qty, quoteQty, commission, time,
        // isBuyer, isMaker }.
        const marketId = this.safeString (trade, 'symbol');
        market = this.safeMarket (marketId, market, '_');
        let side = undefined;
        let takerOrMaker = undefined;
        const isBuyer = this.safeValue (trade, 'isBuyer');
        const isBuyerMaker = this.safeValue (trade, 'isBuyerMaker');
        if (isBuyer !== undefined) {
            side = ((isBuyer === true) || (isBuyer === 'true')) ? 'buy' : 'sell';
        } else if (isBuyerMaker !== undefined) {
            // The buyer made the book: the taker sold.
            side = ((isBuyerMaker === true) || (isBuyerMaker === 'true')) ? 'sell' : 'buy';
        }
        const isMaker = this.safeValue (trade, 'isMaker');
        if (isMaker !== undefined) {
            takerOrMaker = ((isMaker === true) || (isMaker === 'true')) ? 'maker' : 'taker';
        }
        const commission = this.safeString (trade, 'commission');
        return this.safeTrade ({
            'id': this.safeString (trade, 'id'),
            'order': this.safeString (trade, 'orderId'),
            'timestamp': this.safeInteger (trade, 'time'),
            'symbol': market['symbol'],
            'side': side,
            'takerOrMaker': takerOrMaker,
            'price': this.safeString (trade, 'price'),
            'amount': this.safeString (trade, 'qty'),
            'cost': this.safeString (trade, 'quoteQty'),
            // The docs do not say in which currency the commission is charged.
            'fee': (commission === undefined) ? undefined : { 'cost': commission, 'currency': undefined },
            'info': trade,
        }, market);
    }

    async fetchTrades (symbol, since = undefined, limit = undefined, params = {}) {
        // supplement/trades.do?symbol&size (1 - 600)&time (optional: trades from this time on, ms).
        await this.loadMarkets ();
        const market = this.market (symbol);
        const size = this.limitWithin ('fetchTrades', limit, this.options['defaultLimit'], 600);
        const request = {
            'symbol': market['id'],
            'size': size,
        };
        if (since !== undefined) {
            request['time'] = since;
        }
        const response = await this.publicGetSupplementTrades (this.extend (request, params));
        const data = this.dataOf (response, 'list');
        return this.parseTrades (data, market, since, limit);
    }

    parseOHLCV (ohlcv, market = undefined) {
        // [ time (s), open, high, low, close, volume ].
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
        // kline.do?symbol&size (1 - 2000)&type&time (the start, in seconds, required).
        this.rejectUntil ('fetchOHLCV', params);
        await this.loadMarkets ();
        const market = this.market (symbol);
        const type = this.safeString (this.timeframes, timeframe);
        if (type === undefined) {
            throw new BadRequest (this.id + ' fetchOHLCV () does not support the timeframe ' + timeframe + ': one of ' + Object.keys (this.timeframes).join (', '));
        }
        const size = this.limitWithin ('fetchOHLCV', limit, this.options['defaultLimit'], 2000);
        let start = undefined;
        if (since !== undefined) {
            start = this.integerOf (since / 1000);
        } else {
            const duration = this.safeInteger (this.options['timeframeSeconds'], timeframe);
            start = this.seconds () - duration * size;
        }
        const request = {
            'symbol': market['id'],
            'size': size,
            'type': type,
            'time': start,
        };
        const response = await this.publicGetKline (this.extend (request, params));
        const data = this.dataOf (response, 'list');
        return this.parseOHLCVs (data, market, timeframe, since, limit);
    }

    // --- account -------------------------------------------------------------------------------------

    async fetchBalance (params = {}) {
        // supplement/user_info_account.do: { makerCommission, takerCommission, buyerCommission,
        // sellerCommission, canTrade, canWithdraw, canDeposit, balances: [ { asset, free, locked } ] }.
        await this.loadMarkets ();
        const response = await this.privatePostSupplementUserInfoAccount (params);
        const data = this.dataOf (response, 'dict');
        const balances = this.safeList (data, 'balances', []);
        const result = { 'info': response };
        for (let i = 0; i < balances.length; i++) {
            const entry = balances[i];
            const currencyId = this.safeString (entry, 'asset');
            if (currencyId === undefined) {
                continue;
            }
            const code = this.safeCurrencyCode (currencyId.toUpperCase ());
            const account = this.account ();
            account['free'] = this.safeString (entry, 'free');
            account['used'] = this.safeString (entry, 'locked');
            result[code] = account;
        }
        return this.safeBalance (result);
    }

    // --- orders --------------------------------------------------------------------------------------

    parseOrder (order, market = undefined) {
        // supplement/orders_info.do and the order lists: { symbol, orderId, clientOrderId, price, origQty,
        // executedQty, cummulativeQuoteQty, status, type, time, updateTime, origQuoteOrderQty };
        // supplement/cancel_order.do: { symbol, origClientOrderId, orderId, price, origQty, executedQty, status,
        // timeInForce, tradeType }; supplement/create_order.do: { symbol, order_id }.
        const marketId = this.safeString (order, 'symbol');
        market = this.safeMarket (marketId, market, '_');
        const orderType = this.safeList (this.options['orderTypes'], this.safeString2 (order, 'type', 'tradeType'), []);
        const type = this.safeString (orderType, 0);
        const status = this.safeString (this.options['orderStatuses'], this.safeString (order, 'status'));
        const updated = this.safeInteger (order, 'updateTime');
        return this.safeOrder ({
            'id': this.safeString2 (order, 'orderId', 'order_id'),
            'clientOrderId': this.safeString2 (order, 'clientOrderId', 'origClientOrderId'),
            'timestamp': this.safeInteger (order, 'time'),
            'lastUpdateTimestamp': updated,
            'symbol': market['symbol'],
            'type': type,
            'side': this.safeString (orderType, 1),
            'timeInForce': this.safeString (orderType, 2),
            'postOnly': this.safeValue (orderType, 3),
            // A market buy's price is the quote amount it spends (origQuoteOrderQty), no limit price.
            'price': (type === 'market') ? undefined : this.safeString (order, 'price'),
            'amount': this.safeString (order, 'origQty'),
            'filled': this.safeString (order, 'executedQty'),
            'cost': this.safeString (order, 'cummulativeQuoteQty'),
            'status': status,
            'info': order,
        }, market);
    }

    async createOrder (symbol, type, side, amount, price = undefined, params = {}) {
        // supplement/create_order.do: symbol, type (buy, sell, buy_market, sell_market, buy_maker, sell_maker,
        // buy_ioc, sell_ioc, buy_fok, sell_fok), price, amount, custom_id (the caller's id), window (optional).
        // A market buy takes the quote amount to spend as price and no amount; a market sell takes the amount and no
        // price. The docs list no stop or reduce-only orders.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const [ unified, rest ] = this.unifiedOrderParams (type, params);
        this.rejectUnifiedParams ('createOrder', unified, [ 'reduceOnly', 'triggerPrice', 'stopLossPrice', 'takeProfitPrice' ]);
        if ((side !== 'buy') && (side !== 'sell')) {
            throw new InvalidOrder (this.id + ' createOrder () side must be buy or sell, not ' + side);
        }
        const request = {
            'symbol': market['id'],
        };
        if (type === 'limit') {
            if (price === undefined) {
                throw new ArgumentsRequired (this.id + ' createOrder () requires a price for a limit order');
            }
            let suffix = '';
            if (unified['postOnly']) {
                suffix = '_maker';
            } else if (unified['timeInForce'] === 'IOC') {
                suffix = '_ioc';
            } else if (unified['timeInForce'] === 'FOK') {
                suffix = '_fok';
            }
            request['type'] = side + suffix;
            request['price'] = this.priceToPrecision (symbol, price);
            request['amount'] = this.amountToPrecision (symbol, amount);
        } else if (type === 'market') {
            if (unified['timeInForce'] !== undefined) {
                throw new NotSupported (this.id + ' createOrder () does not support the unified param timeInForce for market orders');
            }
            request['type'] = side + '_market';
            if (side === 'buy') {
                let cost = unified['cost'];
                if (cost === undefined) {
                    if ((amount === undefined) || (price === undefined)) {
                        throw new ArgumentsRequired (this.id + ' createOrder () a market buy spends a quote amount: pass the unified param cost, or amount and price');
                    }
                    cost = Precise.stringMul (this.numberToString (amount), this.numberToString (price));
                }
                request['price'] = this.costToPrecision (symbol, cost);
            } else {
                if (unified['cost'] !== undefined) {
                    throw new NotSupported (this.id + ' createOrder () does not support the unified param cost for market sells: they are sized by amount');
                }
                request['amount'] = this.amountToPrecision (symbol, amount);
            }
        } else {
            throw new InvalidOrder (this.id + ' createOrder () type must be limit or market, not ' + type);
        }
        if (unified['clientOrderId'] !== undefined) {
            request['custom_id'] = unified['clientOrderId'];
        }
        const response = await this.privatePostSupplementCreateOrder (this.extend (request, rest));
        const data = this.dataOf (response, 'dict');
        const id = this.safeString (data, 'order_id');
        if (id === undefined) {
            throw new BadResponse (this.id + ' createOrder () got no order_id: ' + this.excerpt (this.json (response)));
        }
        // The answer names the order only: what it was placed as comes from the request.
        return this.safeOrder ({
            'id': id,
            'clientOrderId': unified['clientOrderId'],
            'symbol': market['symbol'],
            'type': type,
            'side': side,
            'timeInForce': (type === 'limit') ? ((unified['postOnly']) ? 'PO' : ((unified['timeInForce'] === undefined) ? 'GTC' : unified['timeInForce'])) : undefined,
            'postOnly': (type === 'limit') ? unified['postOnly'] : undefined,
            'price': (type === 'limit') ? this.safeString (request, 'price') : undefined,
            'amount': this.safeString (request, 'amount'),
            'info': response,
        }, market);
    }

    async createMarketBuyOrderWithCost (symbol, cost, params = {}) {
        return await this.createOrder (symbol, 'market', 'buy', undefined, undefined, this.extend (params, { 'cost': cost }));
    }

    requireSymbol (method, symbol) {
        if (symbol === undefined) {
            throw new ArgumentsRequired (this.id + ' ' + method + ' () requires a symbol: the endpoint takes one pair');
        }
        return this.market (symbol);
    }

    async cancelOrder (id, symbol = undefined, params = {}) {
        // supplement/cancel_order.do: symbol, orderId (or origClientOrderId).
        await this.loadMarkets ();
        const market = this.requireSymbol ('cancelOrder', symbol);
        const request = {
            'symbol': market['id'],
            'orderId': id,
        };
        const response = await this.privatePostSupplementCancelOrder (this.extend (request, params));
        return this.parseOrder (this.dataOf (response, 'dict'), market);
    }

    async fetchOrder (id, symbol = undefined, params = {}) {
        // supplement/orders_info.do: symbol, orderId (or origClientOrderId).
        await this.loadMarkets ();
        const market = this.requireSymbol ('fetchOrder', symbol);
        const request = {
            'symbol': market['id'],
            'orderId': id,
        };
        const response = await this.privatePostSupplementOrdersInfo (this.extend (request, params));
        return this.parseOrder (this.dataOf (response, 'dict'), market);
    }

    ordersOf (response) {
        // A page of orders: { total, page_length, orders: [ ... ], current_page }.
        const data = this.dataOf (response, 'dict');
        const orders = this.safeList (data, 'orders');
        if (orders === undefined) {
            throw new BadResponse (this.id + ' sent an order page without orders: ' + this.excerpt (this.json (response)));
        }
        return orders;
    }

    async fetchOpenOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // supplement/orders_info_no_deal.do: symbol, current_page, page_length (1 - 100).
        await this.loadMarkets ();
        const market = this.requireSymbol ('fetchOpenOrders', symbol);
        const request = {
            'symbol': market['id'],
            'current_page': 1,
            'page_length': this.limitWithin ('fetchOpenOrders', limit, this.options['defaultLimit'], 100),
        };
        const response = await this.privatePostSupplementOrdersInfoNoDeal (this.extend (request, params));
        return this.parseOrders (this.ordersOf (response), market, since, limit);
    }

    async fetchClosedOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // supplement/orders_info_history.do: symbol, current_page, page_length (1 - 100), status (optional);
        // the history holds open orders too, which are left out here.
        this.rejectUntil ('fetchClosedOrders', params);
        await this.loadMarkets ();
        const market = this.requireSymbol ('fetchClosedOrders', symbol);
        const request = {
            'symbol': market['id'],
            'current_page': 1,
            'page_length': this.limitWithin ('fetchClosedOrders', limit, this.options['defaultLimit'], 100),
        };
        const response = await this.privatePostSupplementOrdersInfoHistory (this.extend (request, params));
        const orders = this.parseOrders (this.ordersOf (response), market, since, undefined);
        const result = [];
        for (let i = 0; i < orders.length; i++) {
            if (orders[i]['status'] !== 'open') {
                result.push (orders[i]);
            }
        }
        return this.filterBySinceLimit (result, since, limit);
    }

    async fetchMyTrades (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // supplement/transaction_history.do: symbol, limit (1 - 100); the time filters are left to since here.
        this.rejectUntil ('fetchMyTrades', params);
        await this.loadMarkets ();
        const market = this.requireSymbol ('fetchMyTrades', symbol);
        const request = {
            'symbol': market['id'],
            'limit': this.limitWithin ('fetchMyTrades', limit, this.options['defaultLimit'], 100),
        };
        const response = await this.privatePostSupplementTransactionHistory (this.extend (request, params));
        return this.parseTrades (this.dataOf (response, 'list'), market, since, limit);
    }

    // --- funding -------------------------------------------------------------------------------------

    async fetchDepositAddress (code, params = {}) {
        // supplement/get_deposit_address.do: coin, networkName (optional); answers { address, memo, coin }.
        await this.loadMarkets ();
        const currency = this.currency (code);
        const request = {
            'coin': currency['id'].toLowerCase (),
        };
        const networkCode = this.safeString (params, 'network');
        if (networkCode !== undefined) {
            request['networkName'] = this.knownNetworkId (networkCode, currency, 'fetchDepositAddress');
        }
        const response = await this.privatePostSupplementGetDepositAddress (this.extend (request, this.omit (params, 'network')));
        const data = this.dataOf (response, 'dict');
        const address = this.safeString (data, 'address');
        if (address === undefined) {
            throw new BadResponse (this.id + ' fetchDepositAddress () got no address: ' + this.excerpt (this.json (response)));
        }
        return {
            'currency': currency['code'],
            'address': address,
            'tag': this.safeString (data, 'memo'),
            'network': networkCode,
            'info': response,
        };
    }

    parseTransaction (transaction, currency = undefined) {
        // deposit_history: { insertTime, amount, address, networkName, txId, coin, status };
        // withdraws: { amount, coid (the coin), address, withdrawOrderId, fee, networkName, transferType, txId,
        // feeAssetCode, id, applyTime, status }; withdraw: { fee, withdrawId }.
        const currencyId = this.safeString2 (transaction, 'coin', 'coid');
        const code = (currencyId === undefined) ? this.safeString (currency, 'code') : this.safeCurrencyCode (currencyId.toUpperCase ());
        const isWithdrawal = (this.safeString (transaction, 'applyTime') !== undefined) || (this.safeString (transaction, 'withdrawId') !== undefined);
        const type = isWithdrawal ? 'withdrawal' : 'deposit';
        const statuses = isWithdrawal ? this.options['withdrawalStatuses'] : this.options['depositStatuses'];
        const networkId = this.safeString (transaction, 'networkName');
        const feeCost = this.safeString (transaction, 'fee');
        const feeCurrencyId = this.safeString (transaction, 'feeAssetCode');
        const feeCurrency = (feeCurrencyId === undefined) ? code : this.safeCurrencyCode (feeCurrencyId.toUpperCase ());
        return this.safeTransaction ({
            'id': this.safeString2 (transaction, 'id', 'withdrawId'),
            'txid': this.safeString (transaction, 'txId'),
            'timestamp': this.safeInteger2 (transaction, 'applyTime', 'insertTime'),
            'network': (networkId === undefined) ? undefined : this.networkCode (networkId),
            'address': this.safeString (transaction, 'address'),
            'type': type,
            'amount': this.safeString (transaction, 'amount'),
            'currency': code,
            'status': this.safeString (statuses, this.safeString (transaction, 'status')),
            'fee': (feeCost === undefined) ? undefined : { 'cost': feeCost, 'currency': feeCurrency },
            'info': transaction,
        }, currency);
    }

    transactionRequest (code, since, params) {
        // deposit_history and withdraws: coin, startTime and endTime (ms), all optional.
        const request = {};
        let currency = undefined;
        if (code !== undefined) {
            currency = this.currency (code);
            request['coin'] = currency['id'].toLowerCase ();
        }
        if (since !== undefined) {
            request['startTime'] = since;
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            request['endTime'] = until;
        }
        return [ request, currency ];
    }

    async fetchDeposits (code = undefined, since = undefined, limit = undefined, params = {}) {
        // supplement/deposit_history.do: { total, page_length, current_page, depositOrders: [ ... ] }.
        await this.loadMarkets ();
        const [ request, currency ] = this.transactionRequest (code, since, params);
        const response = await this.privatePostSupplementDepositHistory (this.extend (request, this.omit (params, 'until')));
        const data = this.dataOf (response, 'dict');
        const entries = this.safeList (data, 'depositOrders', []);
        return this.parseTransactions (entries, currency, since, limit);
    }

    async fetchWithdrawals (code = undefined, since = undefined, limit = undefined, params = {}) {
        // supplement/withdraws.do: { total, page_length, current_page, withdraws: [ ... ] }.
        await this.loadMarkets ();
        const [ request, currency ] = this.transactionRequest (code, since, params);
        const response = await this.privatePostSupplementWithdraws (this.extend (request, this.omit (params, 'until')));
        const data = this.dataOf (response, 'dict');
        const entries = this.safeList (data, 'withdraws', []);
        return this.parseTransactions (entries, currency, since, limit);
    }

    async withdraw (code, amount, address, tag = undefined, params = {}) {
        // supplement/withdraw.do: address, networkName, coin, amount, memo (the tag), mark, fee, type;
        // answers { fee, withdrawId }.
        await this.loadMarkets ();
        const currency = this.currency (code);
        const request = {
            'address': address,
            'coin': currency['id'].toLowerCase (),
            'amount': this.numberToString (amount),
        };
        if (tag !== undefined) {
            request['memo'] = tag;
        }
        const networkCode = this.safeString (params, 'network');
        if (networkCode !== undefined) {
            request['networkName'] = this.knownNetworkId (networkCode, currency, 'withdraw');
        }
        const response = await this.privatePostSupplementWithdraw (this.extend (request, this.omit (params, 'network')));
        const data = this.dataOf (response, 'dict');
        const result = this.parseTransaction (data, currency);
        return this.extend (result, {
            'address': address,
            'tag': tag,
            'amount': this.parseNumber (this.numberToString (amount)),
            'network': networkCode,
        });
    }

    // --- transport -----------------------------------------------------------------------------------

    signedText (key, value) {
        const text = this.stringOf (value);
        if (text === undefined) {
            throw new BadRequest (this.id + ' cannot sign the parameter ' + key + ': its value must be a string, a number or a boolean');
        }
        return text;
    }

    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        let url = this.urls['api'] + '/' + this.version + '/' + path + '.do';
        if (api === 'public') {
            if (Object.keys (params).length > 0) {
                url = url + '?' + this.urlencode (params);
            }
            return { 'url': url, 'method': method, 'body': body, 'headers': headers };
        }
        // The parameters, with api_key, signature_method, timestamp (ms) and echostr (30 to 40 letters and
        // digits), sorted by name and joined as name=value&...; sign is the hex HMAC-SHA256, keyed with the
        // secret, of the upper-case hex MD5 of that text. timestamp, signature_method and echostr go in the
        // headers too.
        this.checkRequiredCredentials ();
        const reserved = [ 'api_key', 'sign', 'timestamp', 'signature_method', 'echostr' ];
        const names = Object.keys (params);
        for (let i = 0; i < names.length; i++) {
            if (this.inArray (names[i], reserved)) {
                throw new BadRequest (this.id + ' ' + path + ' takes no parameter ' + names[i] + ': requests are signed with HmacSHA256 by the library (RSA signing is not supported)');
            }
        }
        const echostr = this.uuid ().split ('-').join ('');
        const timestamp = this.numberToString (this.milliseconds ());
        const query = this.keysort (this.extend (params, {
            'api_key': this.apiKey,
            'signature_method': 'HmacSHA256',
            'timestamp': timestamp,
            'echostr': echostr,
        }));
        const keys = Object.keys (query);
        const parts = [];
        for (let i = 0; i < keys.length; i++) {
            parts.push (keys[i] + '=' + this.signedText (keys[i], this.safeValue (query, keys[i])));
        }
        const digest = this.hash (this.encode (parts.join ('&')), 'md5', 'hex').toUpperCase ();
        const signature = this.hmac (this.encode (digest), this.encode (this.secret), 'sha256', 'hex');
        body = this.urlencode (this.extend (query, { 'sign': signature }));
        headers = {
            'Content-Type': 'application/x-www-form-urlencoded',
            'timestamp': timestamp,
            'signature_method': 'HmacSHA256',
            'echostr': echostr,
        };
        return { 'url': url, 'method': method, 'body': body, 'headers': headers };
    }

    handleErrors (status, reason, url, method, responseHeaders, responseBody, response, requestHeaders, requestBody) {
        // { "result": false (or "false"), "error_code": 10008, "msg": "...", "ts": ... }.
        if ((response === undefined) || Array.isArray (response) || (typeof response !== 'object')) {
            return undefined;
        }
        const errorCode = this.safeString (response, 'error_code');
        const result = this.safeValue (response, 'result');
        const failed = (result === false) || (result === 'false') || ((errorCode !== undefined) && (errorCode !== '0'));
        if (!failed) {
            return undefined;
        }
        const feedback = this.id + ' ' + this.excerpt (responseBody);
        if (errorCode !== undefined) {
            this.throwExactlyMatchedException (this.exceptions['exact'], errorCode, feedback);
        }
        throw new ExchangeError (feedback);
    }
}
