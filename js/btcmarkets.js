// BTC Markets REST API v3: https://docs.btcmarkets.net/v3/ (the exchange's SDKs: https://github.com/BTCMarkets)
import Exchange from './base/Exchange.js';
import { ArgumentsRequired, AuthenticationError, BadRequest, BadResponse, BadSymbol, ExchangeError, InvalidOrder, NotSupported, OrderNotFound } from './base/errors.js';
import { TICK_SIZE } from './base/functions/number.js';

export default class btcmarkets extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'btcmarkets',
            'name': 'BTC Markets',
            'countries': [ 'AU' ],
            'version': 'v3',
            // 50 calls per 10 seconds per API key (private) or IP address (public) unless an endpoint says otherwise.
            'rateLimit': 200,
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
                'editOrder': false, // the replace endpoint is not part of the documented examples this file follows
                'fetchOrder': true,
                'fetchOrders': true,
                'fetchOpenOrders': true,
                'fetchClosedOrders': true,
                'fetchMyTrades': true,
                'fetchDeposits': true,
                'fetchWithdrawals': true,
                'fetchTransactions': false,
                'fetchLedger': false, // accounts/me/transactions reports debits as positive amounts: no direction to read
                'fetchDepositAddress': true,
                'withdraw': true,
                'fetchTime': false, // v3/time exists, but no documented example of its answer was at hand
                'fetchStatus': false,
                'fetchTradingFees': true,
                'cancelAllOrders': true,
                'fetchOrderTrades': false,
                'fetchTradingFee': false,
                'fetchDepositAddresses': false,
                'createDepositAddress': false,
                'fetchDepositWithdrawFees': false,
                'transfer': false,
                'createMarketBuyOrderWithCost': false, // targetAmount's meaning is not documented precisely enough
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
                'api': 'https://api.btcmarkets.net',
                'www': 'https://www.btcmarkets.net',
                'doc': 'https://docs.btcmarkets.net/v3/',
                'fees': 'https://www.btcmarkets.net/fees',
            },
            'api': {
                'public': {
                    'get': [
                        'markets',
                        'markets/tickers',
                        'markets/orderbooks',
                        'markets/{marketId}/ticker',
                        'markets/{marketId}/trades',
                        'markets/{marketId}/orderbook',
                        'markets/{marketId}/candles',
                        'assets',
                        'withdrawal-fees',
                        'time',
                    ],
                },
                'private': {
                    'get': [
                        'orders',
                        'orders/{id}',
                        'trades',
                        'trades/{id}',
                        'accounts/me/balances',
                        'accounts/me/trading-fees',
                        'accounts/me/withdrawal-limits',
                        'accounts/me/transactions',
                        'deposits',
                        'deposits/{id}',
                        'withdrawals',
                        'withdrawals/{id}',
                        'transfers',
                        'transfers/{id}',
                        'addresses',
                    ],
                    'post': [
                        'orders',
                        'withdrawals',
                    ],
                    'delete': [
                        'orders',
                        'orders/{id}',
                    ],
                },
            },
            // The candle windows of markets/{marketId}/candles (timeWindow).
            'timeframes': {
                '1m': '1m',
                '1h': '1h',
                '1d': '1d',
            },
            'requiredCredentials': {
                'apiKey': true,
                'secret': true,
            },
            // The rate of the lowest volume tier; accounts/me/trading-fees reports the account's own per market.
            'fees': {
                'trading': {
                    'tierBased': true,
                    'percentage': true,
                    'taker': 0.0085,
                    'maker': 0.0085,
                },
            },
            // markets report amountDecimals and priceDecimals: the ticks are 10^-decimals.
            'precisionMode': TICK_SIZE,
            'options': {
                // createOrder's clientOrderId, postOnly (a boolean) and triggerPrice (of Stop, Stop Limit and Take Profit
                // orders) are BTC Markets' fields of the same name and meaning.
                'sameNameParams': [ 'clientOrderId', 'postOnly', 'triggerPrice' ],
                'orderStatuses': {
                    'Accepted': 'open',
                    'Placed': 'open',
                    'Partially Matched': 'open',
                    'Fully Matched': 'closed',
                    'Cancelled': 'canceled',
                    'Partially Cancelled': 'canceled',
                    'Failed': 'rejected',
                },
                // [ unified type, the trigger field ] of each order type.
                'orderTypes': {
                    'Limit': [ 'limit', undefined ],
                    'Market': [ 'market', undefined ],
                    'Stop Limit': [ 'limit', 'stopLossPrice' ],
                    'Stop': [ 'market', 'stopLossPrice' ],
                    'Take Profit': [ 'market', 'takeProfitPrice' ],
                },
                'transferTypes': {
                    'Deposit': 'deposit',
                    'Withdraw': 'withdrawal',
                },
                'transferStatuses': {
                    'Accepted': 'pending',
                    'Pending Authorization': 'pending',
                    'Complete': 'ok',
                    'Cancelled': 'canceled',
                    'Failed': 'failed',
                },
            },
            // Errors are an HTTP 4xx or 5xx status with { "code": "InvalidMarketId", "message": "..." }.
            'exceptions': {
                'exact': {
                    'InvalidApiKey': AuthenticationError,
                    'InvalidAuthSignature': AuthenticationError,
                    'InvalidMarketId': BadSymbol,
                    'InvalidOrderType': InvalidOrder,
                    'InvalidOrderSide': InvalidOrder,
                    'InvalidOrderId': OrderNotFound,
                    'OrderNotFound': OrderNotFound,
                    'OrderAlreadyCancelled': OrderNotFound, // nothing open to cancel
                },
                'broad': {},
            },
        });
    }

    // --- markets and currencies ----------------------------------------------------------------------

    async fetchMarkets (params = {}) {
        // markets: [ { marketId: 'BTC-AUD', baseAssetName, quoteAssetName, minOrderAmount, maxOrderAmount,
        // amountDecimals, priceDecimals } ]: the active markets. The official SDK disagrees with itself on the
        // asset names: its IMarket type (src/types/Markets.ts) says baseAssetName and quoteAssetName, its README's
        // "active markets" example baseAsset and quoteAsset; either spelling is read.
        const response = await this.publicGetMarkets (params);
        const result = [];
        for (let i = 0; i < response.length; i++) {
            result.push (this.parseMarket (response[i]));
        }
        return result;
    }

    parseMarket (entry) {
        const baseId = this.safeString2 (entry, 'baseAssetName', 'baseAsset');
        const quoteId = this.safeString2 (entry, 'quoteAssetName', 'quoteAsset');
        if ((baseId === undefined) || (quoteId === undefined)) {
            // (a market named 'undefined/undefined' is worse than none)
            throw new BadResponse (this.id + ' sent a market without its base and quote asset names: ' + this.excerpt (this.json (entry)));
        }
        const base = this.safeCurrencyCode (baseId);
        const quote = this.safeCurrencyCode (quoteId);
        return this.safeMarketStructure ({
            'id': this.safeString (entry, 'marketId'),
            'symbol': base + '/' + quote,
            'base': base,
            'quote': quote,
            'baseId': baseId,
            'quoteId': quoteId,
            'type': 'spot',
            'spot': true,
            'taker': this.fees['trading']['taker'],
            'maker': this.fees['trading']['maker'],
            'precision': {
                'amount': this.parseNumber (this.parsePrecision (this.safeString (entry, 'amountDecimals'))),
                'price': this.parseNumber (this.parsePrecision (this.safeString (entry, 'priceDecimals'))),
            },
            'limits': {
                'amount': { 'min': this.safeNumber (entry, 'minOrderAmount'), 'max': this.safeNumber (entry, 'maxOrderAmount') },
                'price': { 'min': undefined, 'max': undefined },
                'cost': { 'min': undefined, 'max': undefined },
            },
            'info': entry,
        });
    }

    async fetchCurrencies (params = {}) {
        // assets: [ { assetName, minDepositAmount, maxDepositAmount, depositDecimals, minWithdrawalAmount,
        // maxWithdrawalAmount, withdrawalDecimals, withdrawalFee, depositFee } ]. The SDK's documented example
        // spells the withdrawal decimals 'WithdrawalDecimals': either spelling is read.
        const response = await this.publicGetAssets (params);
        const result = {};
        for (let i = 0; i < response.length; i++) {
            const entry = response[i];
            const id = this.safeString (entry, 'assetName');
            const code = this.safeCurrencyCode (id);
            const decimals = this.safeString2 (entry, 'withdrawalDecimals', 'WithdrawalDecimals');
            result[code] = {
                'id': id,
                'code': code,
                'fee': this.safeNumber (entry, 'withdrawalFee'),
                'precision': this.parseNumber (this.parsePrecision (decimals)),
                'limits': {
                    'deposit': { 'min': this.safeNumber (entry, 'minDepositAmount'), 'max': this.safeNumber (entry, 'maxDepositAmount') },
                    'withdraw': { 'min': this.safeNumber (entry, 'minWithdrawalAmount'), 'max': this.safeNumber (entry, 'maxWithdrawalAmount') },
                },
                'info': entry,
            };
        }
        return result;
    }

    // --- market data ---------------------------------------------------------------------------------

    parseTicker (ticker, market = undefined) {
        // { marketId, bestBid, bestAsk, lastPrice, volume24h (base), price24h (the change over 24 hours), low24h,
        // high24h, timestamp (ISO 8601) }.
        market = this.safeMarket (this.safeString (ticker, 'marketId'), market, '-');
        return this.safeTicker ({
            'symbol': market['symbol'],
            'timestamp': this.parse8601 (this.safeString (ticker, 'timestamp')),
            'high': this.safeString (ticker, 'high24h'),
            'low': this.safeString (ticker, 'low24h'),
            'bid': this.safeString (ticker, 'bestBid'),
            'ask': this.safeString (ticker, 'bestAsk'),
            'last': this.safeString (ticker, 'lastPrice'),
            'change': this.safeString (ticker, 'price24h'),
            'baseVolume': this.safeString (ticker, 'volume24h'),
            'info': ticker,
        }, market);
    }

    async fetchTicker (symbol, params = {}) {
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetMarketsMarketIdTicker (this.extend ({ 'marketId': market['id'] }, params));
        return this.parseTicker (response, market);
    }

    async fetchTickers (symbols = undefined, params = {}) {
        // markets/tickers?marketId=BTC-AUD&marketId=LTC-AUD: the endpoint takes the markets it reports (all of them
        // when symbols is undefined).
        await this.loadMarkets ();
        const marketIds = (symbols === undefined) ? this.ids : this.marketIds (symbols);
        const response = await this.publicGetMarketsTickers (this.extend ({ 'marketId': marketIds }, params));
        return this.parseTickers (response, symbols);
    }

    async fetchOrderBook (symbol, limit = undefined, params = {}) {
        // markets/{marketId}/orderbook?level: { marketId, snapshotId, asks: [ [ price, amount ] ], bids }; level 1
        // (the default) is the best 50 of each side, level 2 the whole book (cached, about every 10 seconds).
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'marketId': market['id'] };
        if ((limit !== undefined) && (limit > 50)) {
            request['level'] = 2;
        }
        const response = await this.publicGetMarketsMarketIdOrderbook (this.extend (request, params));
        const book = this.parseOrderBook (response, market['symbol']);
        book['nonce'] = this.safeInteger (response, 'snapshotId');
        return this.limitOrderBook (book, limit);
    }

    parseOHLCV (ohlcv, market = undefined) {
        // [ time (ISO 8601), open, high, low, close, volume ], strings.
        return [
            this.parse8601 (this.safeString (ohlcv, 0)),
            this.safeNumber (ohlcv, 1),
            this.safeNumber (ohlcv, 2),
            this.safeNumber (ohlcv, 3),
            this.safeNumber (ohlcv, 4),
            this.safeNumber (ohlcv, 5),
        ];
    }

    async fetchOHLCV (symbol, timeframe = '1m', since = undefined, limit = undefined, params = {}) {
        // markets/{marketId}/candles?timeWindow and either the time range from and to (ISO 8601) or the paging
        // limit: the two cannot be combined, so with since or until the range is sent and limit is applied here.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const timeWindow = this.safeString (this.timeframes, timeframe);
        if (timeWindow === undefined) {
            throw new BadRequest (this.id + ' fetchOHLCV () does not support the timeframe ' + timeframe + ': one of ' + Object.keys (this.timeframes).join (', '));
        }
        const request = { 'marketId': market['id'], 'timeWindow': timeWindow };
        const until = this.safeInteger (params, 'until');
        if (since !== undefined) {
            request['from'] = this.iso8601 (since);
        }
        if (until !== undefined) {
            request['to'] = this.iso8601 (until);
        }
        if ((since === undefined) && (until === undefined) && (limit !== undefined)) {
            request['limit'] = limit;
        }
        const response = await this.publicGetMarketsMarketIdCandles (this.extend (request, this.omit (params, 'until')));
        return this.parseOHLCVs (response, market, timeframe, since, limit);
    }

    parseSide (side) {
        const sides = { 'Bid': 'buy', 'Ask': 'sell' };
        return this.safeString (sides, side);
    }

    parseTrade (trade, market = undefined) {
        // Public: { id, price, amount, timestamp (ISO 8601), side: 'Bid' or 'Ask' (the taker's) }. The account's:
        // the same with marketId, fee (in the quote currency, as the account's ledger books it), orderId and
        // liquidityType 'Taker' or 'Maker'.
        market = this.safeMarket (this.safeString (trade, 'marketId'), market, '-');
        let fee = undefined;
        const feeCost = this.safeString (trade, 'fee');
        if (feeCost !== undefined) {
            fee = { 'cost': feeCost, 'currency': market['quote'] };
        }
        return this.safeTrade ({
            'id': this.safeString (trade, 'id'),
            'order': this.safeString (trade, 'orderId'),
            'symbol': market['symbol'],
            'timestamp': this.parse8601 (this.safeString (trade, 'timestamp')),
            'side': this.parseSide (this.safeString (trade, 'side')),
            'takerOrMaker': this.safeStringLower (trade, 'liquidityType'),
            'price': this.safeString (trade, 'price'),
            'amount': this.safeString (trade, 'amount'),
            'fee': fee,
            'info': trade,
        }, market);
    }

    async fetchTrades (symbol, since = undefined, limit = undefined, params = {}) {
        // markets/{marketId}/trades?limit: the most recent trades, newest first (paged by before and after ids).
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'marketId': market['id'] };
        if (limit !== undefined) {
            request['limit'] = limit;
        }
        const response = await this.publicGetMarketsMarketIdTrades (this.extend (request, params));
        return this.parseTrades (response, market, since, limit);
    }

    // --- account -------------------------------------------------------------------------------------

    async fetchBalance (params = {}) {
        // accounts/me/balances: [ { assetName, balance, available, locked } ] (balance = available + locked).
        await this.loadMarkets ();
        const response = await this.privateGetAccountsMeBalances (params);
        const result = { 'info': response };
        for (let i = 0; i < response.length; i++) {
            const entry = response[i];
            const account = this.account ();
            account['free'] = this.safeString (entry, 'available');
            account['used'] = this.safeString (entry, 'locked');
            account['total'] = this.safeString (entry, 'balance');
            result[this.safeCurrencyCode (this.safeString (entry, 'assetName'))] = account;
        }
        return this.safeBalance (result);
    }

    async fetchTradingFees (params = {}) {
        // accounts/me/trading-fees: { volume30Day, feeByMarkets: [ { makerFeeRate, takerFeeRate, marketId } ] }.
        await this.loadMarkets ();
        const response = await this.privateGetAccountsMeTradingFees (params);
        const entries = this.safeList (response, 'feeByMarkets', []);
        const result = {};
        for (let i = 0; i < entries.length; i++) {
            const entry = entries[i];
            const symbol = this.safeSymbol (this.safeString (entry, 'marketId'), undefined, '-');
            result[symbol] = {
                'symbol': symbol,
                'maker': this.safeNumber (entry, 'makerFeeRate'),
                'taker': this.safeNumber (entry, 'takerFeeRate'),
                'info': entry,
            };
        }
        return result;
    }

    // --- orders --------------------------------------------------------------------------------------

    parseOrder (order, market = undefined) {
        // { orderId, marketId, side, type, creationTime, price, amount, openAmount, status, triggerPrice,
        // targetAmount, timeInForce, postOnly, selfTrade, clientOrderId }; cancelling answers { orderId,
        // clientOrderId } only.
        market = this.safeMarket (this.safeString (order, 'marketId'), market, '-');
        const orderType = this.safeValue (this.options['orderTypes'], this.safeString (order, 'type'), [ undefined, undefined ]);
        const triggerField = orderType[1];
        const triggerPrice = this.safeString (order, 'triggerPrice');
        const postOnly = this.safeBool (order, 'postOnly');
        const status = this.safeString (order, 'status');
        const result = {
            'id': this.safeString (order, 'orderId'),
            'clientOrderId': this.safeString (order, 'clientOrderId'),
            'symbol': market['symbol'],
            'timestamp': this.parse8601 (this.safeString (order, 'creationTime')),
            'status': this.safeString (this.options['orderStatuses'], status),
            'type': orderType[0],
            'timeInForce': (postOnly === true) ? 'PO' : this.safeString (order, 'timeInForce'),
            'postOnly': postOnly,
            'side': this.parseSide (this.safeString (order, 'side')),
            'price': this.safeString (order, 'price'),
            'triggerPrice': triggerPrice,
            'amount': this.safeString (order, 'amount'),
            'remaining': this.safeString (order, 'openAmount'),
            'info': order,
        };
        if (triggerField !== undefined) {
            result[triggerField] = triggerPrice;
        }
        return this.safeOrder (result, market);
    }

    orderType (type, unified) {
        // Limit, Market, or with a trigger Stop Limit and Stop (triggerPrice and stopLossPrice: the price turns
        // against the order) and Take Profit (a market order only).
        const kind = unified['triggerKind'];
        if (kind === undefined) {
            return (type === 'limit') ? 'Limit' : 'Market';
        }
        if (kind === 'takeProfitPrice') {
            if (type === 'limit') {
                throw new InvalidOrder (this.id + ' createOrder () takeProfitPrice makes a Take Profit order, which is a market order: use type market');
            }
            return 'Take Profit';
        }
        return (type === 'limit') ? 'Stop Limit' : 'Stop';
    }

    async createOrder (symbol, type, side, amount, price = undefined, params = {}) {
        // POST orders { marketId, price, amount, type, side, triggerPrice, timeInForce, postOnly, clientOrderId }.
        // The unified postOnly is postOnly, timeInForce (GTC, IOC, FOK) is timeInForce, clientOrderId is
        // clientOrderId, and the three trigger params make Stop, Stop Limit or Take Profit orders with
        // triggerPrice. Spot has no reduceOnly; a market order sized in the quote currency is not documented.
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
        const request = { 'marketId': market['id'] };
        if (type === 'limit') {
            if (price === undefined) {
                throw new ArgumentsRequired (this.id + ' createOrder () requires a price for a limit order');
            }
            request['price'] = this.priceToPrecision (symbol, price);
        }
        request['amount'] = this.amountToPrecision (symbol, amount);
        request['type'] = this.orderType (type, unified);
        request['side'] = (side === 'buy') ? 'Bid' : 'Ask';
        if (unified['trigger'] !== undefined) {
            request['triggerPrice'] = this.priceToPrecision (symbol, unified['trigger']);
        }
        if (unified['timeInForce'] !== undefined) {
            request['timeInForce'] = unified['timeInForce'];
        }
        if (unified['postOnly']) {
            request['postOnly'] = true;
        }
        if (unified['clientOrderId'] !== undefined) {
            request['clientOrderId'] = unified['clientOrderId'];
        }
        const response = await this.privatePostOrders (this.extend (request, rest));
        return this.parseOrder (response, market);
    }

    async cancelOrder (id, symbol = undefined, params = {}) {
        // DELETE orders/{id} answers { orderId, clientOrderId }: the cancellation is requested.
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const response = await this.privateDeleteOrdersId (this.extend ({ 'id': id }, params));
        return this.parseOrder (response, market);
    }

    async cancelAllOrders (symbol = undefined, params = {}) {
        // DELETE orders?marketId (every market without one) answers [ { orderId, clientOrderId } ].
        await this.loadMarkets ();
        const request = {};
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
            request['marketId'] = market['id'];
        }
        const response = await this.privateDeleteOrders (this.extend (request, params));
        const result = [];
        for (let i = 0; i < response.length; i++) {
            result.push (this.parseOrder (response[i], market));
        }
        return result;
    }

    async fetchOrder (id, symbol = undefined, params = {}) {
        // orders/{id}: the id is the exchange's orderId or the caller's clientOrderId.
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const response = await this.privateGetOrdersId (this.extend ({ 'id': id }, params));
        return this.parseOrder (response, market);
    }

    async fetchOrdersWithStatus (method, status, symbol, limit, params) {
        // orders?marketId&status (open or all)&limit: all the open orders, or a page of the history (newest first).
        // Neither takes a time range, so the unified until is refused rather than ignored.
        this.rejectUnifiedParams (method, params, [ 'until' ]);
        await this.loadMarkets ();
        const request = { 'status': status };
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
            request['marketId'] = market['id'];
        }
        if ((limit !== undefined) && (status === 'all')) {
            request['limit'] = limit;
        }
        const response = await this.privateGetOrders (this.extend (request, params));
        return [ market, response ];
    }

    async fetchOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        const [ market, response ] = await this.fetchOrdersWithStatus ('fetchOrders', 'all', symbol, limit, params);
        return this.parseOrders (response, market, since, limit);
    }

    async fetchOpenOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        const [ market, response ] = await this.fetchOrdersWithStatus ('fetchOpenOrders', 'open', symbol, limit, params);
        return this.parseOrders (response, market, since, limit);
    }

    async fetchClosedOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // The history's orders that are no longer open (filled, canceled or failed).
        const [ market, response ] = await this.fetchOrdersWithStatus ('fetchClosedOrders', 'all', symbol, limit, params);
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
        // trades?marketId&limit: the account's most recent trades, newest first (no time range: until is refused).
        this.rejectUnifiedParams ('fetchMyTrades', params, [ 'until' ]);
        await this.loadMarkets ();
        const request = {};
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
            request['marketId'] = market['id'];
        }
        if (limit !== undefined) {
            request['limit'] = limit;
        }
        const response = await this.privateGetTrades (this.extend (request, params));
        return this.parseTrades (response, market, since, limit);
    }

    // --- funding -------------------------------------------------------------------------------------

    parseTransaction (transaction, currency = undefined) {
        // deposits, withdrawals and withdrawing: { id, assetName, amount, type: 'Deposit' or 'Withdraw',
        // creationTime, status, description, fee, lastUpdate, paymentDetail: { address, txId } }.
        const code = this.safeCurrencyCode (this.safeString (transaction, 'assetName'), currency);
        const detail = this.safeDict (transaction, 'paymentDetail', {});
        let fee = undefined;
        const feeCost = this.safeString (transaction, 'fee');
        if (feeCost !== undefined) {
            fee = { 'cost': feeCost, 'currency': code };
        }
        const type = this.safeString (transaction, 'type');
        const status = this.safeString (transaction, 'status');
        return this.safeTransaction ({
            'id': this.safeString (transaction, 'id'),
            'txid': this.safeString (detail, 'txId'),
            'timestamp': this.parse8601 (this.safeString (transaction, 'creationTime')),
            'address': this.safeString (detail, 'address'),
            'type': this.safeString (this.options['transferTypes'], type),
            'amount': this.safeString (transaction, 'amount'),
            'currency': code,
            'status': this.safeString (this.options['transferStatuses'], status),
            'updated': this.parse8601 (this.safeString (transaction, 'lastUpdate')),
            'fee': fee,
            'info': transaction,
        }, currency);
    }

    async fetchTransfersOf (type, code, since, limit, params) {
        // deposits and withdrawals?limit: newest first, of every asset (code filters them here); no time range.
        const method = (type === 'deposit') ? 'fetchDeposits' : 'fetchWithdrawals';
        this.rejectUnifiedParams (method, params, [ 'until' ]);
        await this.loadMarkets ();
        const currency = (code === undefined) ? undefined : this.currency (code);
        const request = {};
        if (limit !== undefined) {
            request['limit'] = limit;
        }
        let response = undefined;
        if (type === 'deposit') {
            response = await this.privateGetDeposits (this.extend (request, params));
        } else {
            response = await this.privateGetWithdrawals (this.extend (request, params));
        }
        return this.parseTransactions (response, currency, since, limit);
    }

    async fetchDeposits (code = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchTransfersOf ('deposit', code, since, limit, params);
    }

    async fetchWithdrawals (code = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchTransfersOf ('withdrawal', code, since, limit, params);
    }

    async fetchDepositAddress (code, params = {}) {
        // addresses?assetName: { address, assetName }. Each asset has one network, which the API does not name.
        this.rejectUnifiedParams ('fetchDepositAddress', params, [ 'network' ]);
        await this.loadMarkets ();
        const currency = this.currency (code);
        const response = await this.privateGetAddresses (this.extend ({ 'assetName': currency['id'] }, params));
        return {
            'currency': this.safeCurrencyCode (this.safeString (response, 'assetName'), currency),
            'address': this.safeString (response, 'address'),
            'info': response,
        };
    }

    async withdraw (code, amount, address, tag = undefined, params = {}) {
        // POST withdrawals { assetName, amount, toAddress } answers the withdrawal. The documented request has
        // neither a network nor a tag (memo): both are refused rather than dropped.
        this.rejectUnifiedParams ('withdraw', params, [ 'network' ]);
        if (tag !== undefined) {
            throw new NotSupported (this.id + ' withdraw () does not support a tag: the documented request is assetName, amount and toAddress');
        }
        await this.loadMarkets ();
        const currency = this.currency (code);
        const request = {
            'assetName': currency['id'],
            'amount': this.numberToString (amount),
            'toAddress': address,
        };
        const response = await this.privatePostWithdrawals (this.extend (request, params));
        return this.parseTransaction (response, currency);
    }

    // --- transport -----------------------------------------------------------------------------------

    queryString (query) {
        // A list repeats its key (marketId=BTC-AUD&marketId=LTC-AUD), as the multi-market endpoints take it.
        const parts = [];
        const keys = Object.keys (query);
        for (let i = 0; i < keys.length; i++) {
            const value = this.safeValue (query, keys[i]);
            if (Array.isArray (value)) {
                for (let j = 0; j < value.length; j++) {
                    parts.push (this.urlencode (this.singleKey (keys[i], value[j])));
                }
            } else {
                parts.push (this.urlencode (this.singleKey (keys[i], value)));
            }
        }
        return parts.join ('&');
    }

    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        // GET and DELETE send their params as the query string, POST as a JSON body.
        const requestPath = '/' + this.version + '/' + this.implodeParams (path, params);
        const query = this.omit (params, this.extractParams (path));
        const hasBody = (method === 'POST') || (method === 'PUT');
        let url = this.urls['api'] + requestPath;
        if (!hasBody && (Object.keys (query).length > 0)) {
            url = url + '?' + this.queryString (query);
        }
        if (api === 'public') {
            return { 'url': url, 'method': method, 'body': body, 'headers': headers };
        }
        // BM-AUTH-SIGNATURE: base64 HMAC-SHA512, keyed by the base64-decoded secret, of method + path (without
        // the query string) + timestamp (ms) + body.
        this.checkRequiredCredentials ();
        const timestamp = this.numberToString (this.milliseconds ());
        let auth = method + requestPath + timestamp;
        headers = {
            'Accept': 'application/json',
            'Accept-Charset': 'UTF-8',
            'Content-Type': 'application/json',
            'BM-AUTH-APIKEY': this.apiKey,
            'BM-AUTH-TIMESTAMP': timestamp,
        };
        if (hasBody) {
            body = (Object.keys (query).length > 0) ? this.json (query) : '{}'; // (PHP writes an empty dictionary as [])
            auth = auth + body;
        }
        headers['BM-AUTH-SIGNATURE'] = this.hmac (this.encode (auth), this.base64ToBinary (this.secret), 'sha512', 'base64');
        return { 'url': url, 'method': method, 'body': body, 'headers': headers };
    }

    handleErrors (status, reason, url, method, responseHeaders, responseBody, response, requestHeaders, requestBody) {
        // { "code": "InvalidMarketId", "message": "..." } with an HTTP 4xx or 5xx status: the code picks the
        // error class; an unknown code is an ExchangeError.
        if ((response === undefined) || Array.isArray (response) || (typeof response !== 'object') || (status < 400)) {
            return;
        }
        const code = this.safeString (response, 'code');
        if (code === undefined) {
            return;
        }
        const feedback = this.id + ' ' + method + ' ' + url + ' ' + code + ' ' + this.safeString (response, 'message', '');
        this.throwExactlyMatchedException (this.exceptions['exact'], code, feedback);
        throw new ExchangeError (feedback);
    }
}
