// bitFlyer Lightning HTTP API v1, spot markets only: https://lightning.bitflyer.com/docs?lang=en
import Exchange from './base/Exchange.js';
import { ArgumentsRequired, AuthenticationError, BadRequest, InsufficientFunds, InvalidOrder, NotSupported, OrderNotFound } from './base/errors.js';
import Precise from './base/Precise.js';

export default class bitflyer extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'bitflyer',
            'name': 'bitFlyer',
            'countries': [ 'JP' ],
            'version': 'v1',
            // The docs' API limits: 500 requests per 5 minutes from one IP address and 500 per 5 minutes to the
            // private API, so one request every 600 ms is cost 1; the order endpoints (sendchildorder,
            // sendparentorder, cancelallchildorders) share a tighter 300 per 5 minutes (cost 500 / 300).
            'rateLimit': 600,
            'has': {
                'fetchMarkets': true,
                'fetchCurrencies': false, // no currency list: currencies come from the markets
                'fetchTicker': true,
                'fetchTickers': false, // getticker reports one product a request
                'fetchOrderBook': true,
                'fetchOHLCV': false, // the HTTP API has no candles
                'fetchTrades': true,
                'fetchBalance': true,
                'createOrder': true,
                'cancelOrder': true,
                'editOrder': false, // orders cannot be changed
                'fetchOrder': true,
                'fetchOrders': true,
                'fetchOpenOrders': true,
                'fetchClosedOrders': true,
                'fetchMyTrades': true,
                'fetchDeposits': true,
                'fetchWithdrawals': true,
                'fetchTransactions': true,
                'fetchLedger': true,
                'fetchDepositAddress': true,
                'withdraw': false, // me/withdraw is a JPY bank withdrawal; the API offers no crypto withdrawal
                'fetchTime': false, // no server time endpoint
                'fetchStatus': true,
                'fetchTradingFees': true,
                'cancelAllOrders': true,
                'fetchOrderTrades': true,
                'fetchTradingFee': true,
                'fetchDepositAddresses': true,
                'createDepositAddress': false, // each account has fixed addresses
                'fetchDepositWithdrawFees': false, // fees are not published through the API
                'transfer': false,
                'createMarketBuyOrderWithCost': false, // orders are sized in the base currency only
            },
            'urls': {
                'api': 'https://api.bitflyer.com',
                'www': 'https://bitflyer.com',
                'doc': 'https://lightning.bitflyer.com/docs?lang=en',
                'fees': 'https://bitflyer.com/en-jp/commission',
            },
            'api': {
                'public': {
                    'get': {
                        'getmarkets': 1,
                        'getmarkets/usa': 1,
                        'getmarkets/eu': 1,
                        'markets': 1,
                        'markets/usa': 1,
                        'markets/eu': 1,
                        'getboard': 1,
                        'board': 1,
                        'getticker': 1,
                        'ticker': 1,
                        'getexecutions': 1,
                        'executions': 1,
                        'getboardstate': 1,
                        'gethealth': 1,
                        'getchats': 1,
                        'getchats/usa': 1,
                        'getchats/eu': 1,
                        'getfundingrate': 1,
                        'getcorporateleverage': 1,
                    },
                },
                'private': {
                    'get': {
                        'me/getpermissions': 1,
                        'me/getbalance': 1,
                        'me/getcollateral': 1,
                        'me/getcollateralaccounts': 1,
                        'me/getaddresses': 1,
                        'me/getcoinins': 1,
                        'me/getcoinouts': 1,
                        'me/getbankaccounts': 1,
                        'me/getdeposits': 1,
                        'me/getwithdrawals': 1,
                        'me/getchildorders': 1,
                        'me/getparentorders': 1,
                        'me/getparentorder': 1,
                        'me/getexecutions': 1,
                        'me/getbalancehistory': 1,
                        'me/getpositions': 1,
                        'me/getcollateralhistory': 1,
                        'me/gettradingcommission': 1,
                    },
                    'post': {
                        'me/sendchildorder': 1.67,
                        'me/cancelchildorder': 1,
                        'me/sendparentorder': 1.67,
                        'me/cancelparentorder': 1,
                        'me/cancelallchildorders': 1.67,
                        'me/withdraw': 1,
                    },
                },
            },
            'requiredCredentials': {
                'apiKey': true,
                'secret': true,
            },
            'fees': {
                'trading': {
                    // Lightning spot: 0.01 % to 0.15 % by the 30-day volume, the same rate for makers and takers;
                    // me/gettradingcommission reports the account's rate per product.
                    'tierBased': true,
                    'percentage': true,
                    'maker': 0.0015,
                    'taker': 0.0015,
                },
            },
            'options': {
                // Fiat deposits and withdrawals are listed by me/getdeposits and me/getwithdrawals, crypto ones by
                // me/getcoinins and me/getcoinouts.
                'fiatCurrencies': [ 'JPY', 'USD', 'EUR' ],
                'transactionStatuses': {
                    'PENDING': 'pending',
                    'COMPLETED': 'ok',
                },
                'orderStatuses': {
                    'ACTIVE': 'open',
                    'COMPLETED': 'closed',
                    'CANCELED': 'canceled',
                    'EXPIRED': 'expired',
                    'REJECTED': 'rejected',
                },
                // gethealth: NORMAL, BUSY, VERY BUSY, SUPER BUSY (trading goes on), NO ORDER (orders are not
                // accepted), STOP (the exchange is stopped).
                'healthStatuses': {
                    'NORMAL': 'ok',
                    'BUSY': 'ok',
                    'VERY BUSY': 'ok',
                    'SUPER BUSY': 'ok',
                    'NO ORDER': 'maintenance',
                    'STOP': 'maintenance',
                },
            },
            // Errors answer with an HTTP 4xx status and { "status": <negative code>, "error_message", "data" }.
            // Only codes seen in public reports are mapped: -200 'Insufficient funds' (HTTP 400 to sendchildorder,
            // bitrinjani/r2 issue 40) and -500 'Invalid signature' (HTTP 401, ccxt/ccxt issues 1911 and 2125);
            // the rest is mapped by the HTTP status.
            'exceptions': {
                'exact': {
                    '-200': InsufficientFunds,
                    '-500': AuthenticationError,
                },
                'broad': {
                    'Insufficient funds': InsufficientFunds,
                    'Invalid signature': AuthenticationError,
                },
            },
        });
    }

    // --- markets -------------------------------------------------------------------------------------

    isSpotMarket (entry) {
        // market_type is 'Spot', 'FX' (Crypto CFD) or 'Futures'; an entry without it is spot when its code is
        // BASE_QUOTE (FX_BTC_JPY and dated futures like BTCJPY28MAR2025 are not).
        const marketType = this.safeString (entry, 'market_type');
        if (marketType !== undefined) {
            return marketType === 'Spot';
        }
        const code = this.safeString (entry, 'product_code', '');
        return (code.split ('_').length === 2) && !code.startsWith ('FX');
    }

    async fetchMarkets (params = {}) {
        // getmarkets: [ { product_code: 'BTC_JPY', market_type: 'Spot' }, { product_code: 'FX_BTC_JPY',
        // market_type: 'FX' }, { product_code: 'BTCJPY28MAR2025', alias: 'BTCJPY_MAT3M', market_type: 'Futures' } ].
        // It states no tick sizes or limits, so precision and limits stay unknown.
        const response = await this.publicGetGetmarkets (params);
        const result = [];
        for (let i = 0; i < response.length; i++) {
            const entry = response[i];
            if (!this.isSpotMarket (entry)) {
                continue;
            }
            const id = this.safeString (entry, 'product_code');
            const parts = id.split ('_');
            const baseId = parts[0];
            const quoteId = parts[1];
            const base = this.safeCurrencyCode (baseId);
            const quote = this.safeCurrencyCode (quoteId);
            result.push (this.safeMarketStructure ({
                'id': id,
                'symbol': base + '/' + quote,
                'base': base,
                'quote': quote,
                'baseId': baseId,
                'quoteId': quoteId,
                'active': true, // getmarkets lists the products that trade (gethealth tells a stopped one)
                'type': 'spot',
                'spot': true,
                'taker': this.fees['trading']['taker'],
                'maker': this.fees['trading']['maker'],
                'precision': {},
                'limits': {
                    'amount': { 'min': undefined, 'max': undefined },
                    'price': { 'min': undefined, 'max': undefined },
                    'cost': { 'min': undefined, 'max': undefined },
                },
                'info': entry,
            }));
        }
        return result;
    }

    // --- market data ---------------------------------------------------------------------------------

    parseTicker (ticker, market = undefined) {
        // getticker: { product_code, state, timestamp (UTC, no zone), tick_id, best_bid, best_ask, best_bid_size,
        // best_ask_size, total_bid_depth, total_ask_depth, ltp (last traded price), volume,
        // volume_by_product (the product's 24-hour volume in the base currency) }.
        market = this.safeMarket (this.safeString (ticker, 'product_code'), market);
        return this.safeTicker ({
            'symbol': market['symbol'],
            'timestamp': this.parse8601 (this.safeString (ticker, 'timestamp')),
            'bid': this.safeString (ticker, 'best_bid'),
            'bidVolume': this.safeString (ticker, 'best_bid_size'),
            'ask': this.safeString (ticker, 'best_ask'),
            'askVolume': this.safeString (ticker, 'best_ask_size'),
            'last': this.safeString (ticker, 'ltp'),
            'baseVolume': this.safeString (ticker, 'volume_by_product'),
            'info': ticker,
        }, market);
    }

    async fetchTicker (symbol, params = {}) {
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetGetticker (this.extend ({ 'product_code': market['id'] }, params));
        return this.parseTicker (response, market);
    }

    async fetchOrderBook (symbol, limit = undefined, params = {}) {
        // getboard: { mid_price, bids: [ { price, size } ], asks: [ { price, size } ] }, the whole book, no time.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetGetboard (this.extend ({ 'product_code': market['id'] }, params));
        const book = this.parseOrderBook (response, market['symbol'], undefined, 'bids', 'asks', 'price', 'size');
        if (limit !== undefined) {
            book['bids'] = book['bids'].slice (0, limit);
            book['asks'] = book['asks'].slice (0, limit);
        }
        return book;
    }

    parseSide (side) {
        // BUY and SELL; an empty side marks a trade of the opening auction (itayose), which has none.
        if (side === 'BUY') {
            return 'buy';
        }
        if (side === 'SELL') {
            return 'sell';
        }
        return undefined;
    }

    parseTrade (trade, market = undefined) {
        // getexecutions: { id, side (the taker's), price, size, exec_date, buy_child_order_acceptance_id,
        // sell_child_order_acceptance_id }. me/getexecutions: { id, child_order_id, side (the account's),
        // price, size, commission (in the base currency), exec_date, child_order_acceptance_id }.
        let fee = undefined;
        const commission = this.safeString (trade, 'commission');
        if ((commission !== undefined) && (market !== undefined)) {
            fee = { 'cost': commission, 'currency': market['base'] };
        }
        return this.safeTrade ({
            'id': this.safeString (trade, 'id'),
            'order': this.safeString (trade, 'child_order_acceptance_id'),
            'symbol': this.safeSymbol (undefined, market),
            'timestamp': this.parse8601 (this.safeString (trade, 'exec_date')),
            'side': this.parseSide (this.safeString (trade, 'side')),
            'price': this.safeString (trade, 'price'),
            'amount': this.safeString (trade, 'size'),
            'fee': fee,
            'info': trade,
        }, market);
    }

    async fetchTrades (symbol, since = undefined, limit = undefined, params = {}) {
        // The latest executions, newest first (count, before and after page by id); since filters them.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'product_code': market['id'] };
        if (limit !== undefined) {
            request['count'] = limit;
        }
        const response = await this.publicGetGetexecutions (this.extend (request, params));
        return this.parseTrades (response, market, since, limit);
    }

    async fetchStatus (params = {}) {
        // gethealth: { status } of one product (BTC_JPY unless product_code says otherwise).
        const response = await this.publicGetGethealth (params);
        const health = this.safeString (response, 'status');
        return {
            'status': this.safeString (this.options['healthStatuses'], health, 'error'),
            'updated': undefined,
            'eta': undefined,
            'url': undefined,
            'info': response,
        };
    }

    // --- account -------------------------------------------------------------------------------------

    async fetchBalance (params = {}) {
        // me/getbalance: [ { currency_code, amount (total), available (free) } ].
        await this.loadMarkets ();
        const response = await this.privateGetMeGetbalance (params);
        const result = { 'info': response };
        for (let i = 0; i < response.length; i++) {
            const entry = response[i];
            const account = this.account ();
            account['total'] = this.safeString (entry, 'amount');
            account['free'] = this.safeString (entry, 'available');
            result[this.safeCurrencyCode (this.safeString (entry, 'currency_code'))] = account;
        }
        return this.safeBalance (result);
    }

    async fetchTradingFee (symbol, params = {}) {
        // me/gettradingcommission: { commission_rate } of one product, a fraction, for makers and takers alike.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.privateGetMeGettradingcommission (this.extend ({ 'product_code': market['id'] }, params));
        const rate = this.safeNumber (response, 'commission_rate');
        return { 'symbol': market['symbol'], 'maker': rate, 'taker': rate, 'info': response };
    }

    async fetchTradingFees (params = {}) {
        // The endpoint reports one product a request: one request per spot market.
        await this.loadMarkets ();
        const result = {};
        for (let i = 0; i < this.symbols.length; i++) {
            const symbol = this.symbols[i];
            result[symbol] = await this.fetchTradingFee (symbol, params);
        }
        return result;
    }

    // --- orders --------------------------------------------------------------------------------------

    requireSymbol (symbol, method) {
        // Every order endpoint takes a product_code.
        if (symbol === undefined) {
            throw new ArgumentsRequired (this.id + ' ' + method + ' () requires a symbol: bitFlyer lists and cancels orders per product_code');
        }
        return this.market (symbol);
    }

    rejectUntil (params, method) {
        // The list endpoints page by id (before, after) and take no time range.
        if (this.safeValue (params, 'until') !== undefined) {
            throw new NotSupported (this.id + ' ' + method + ' () does not support the unified param until: bitFlyer pages by id only');
        }
    }

    parseOrder (order, market = undefined) {
        // me/getchildorders: { id, child_order_id, product_code, side, child_order_type: 'LIMIT' or 'MARKET',
        // price, average_price, size, child_order_state, expire_date, child_order_date,
        // child_order_acceptance_id, outstanding_size, cancel_size, executed_size, total_commission,
        // time_in_force }. The unified id is child_order_acceptance_id: the only id sendchildorder returns,
        // and the one cancelchildorder, getchildorders and getexecutions all take.
        market = this.safeMarket (this.safeString (order, 'product_code'), market);
        const orderType = this.safeStringLower (order, 'child_order_type');
        let fee = undefined;
        const commission = this.safeString (order, 'total_commission');
        if (commission !== undefined) {
            fee = { 'cost': commission, 'currency': market['base'] };
        }
        const state = this.safeString (order, 'child_order_state');
        // average_price is 0 until the order executes.
        const executed = this.safeString (order, 'executed_size');
        const unfilled = (executed === undefined) || Precise.stringEq (executed, '0');
        const average = unfilled ? undefined : this.safeString (order, 'average_price');
        return this.safeOrder ({
            'id': this.safeString (order, 'child_order_acceptance_id'),
            'symbol': market['symbol'],
            'timestamp': this.parse8601 (this.safeString (order, 'child_order_date')),
            'status': this.safeString (this.options['orderStatuses'], state, state),
            'type': orderType,
            'timeInForce': this.safeString (order, 'time_in_force'),
            'side': this.parseSide (this.safeString (order, 'side')),
            // A market order reports price 0: it has no limit price.
            'price': (orderType === 'market') ? undefined : this.safeString (order, 'price'),
            'average': average,
            'amount': this.safeString (order, 'size'),
            'filled': executed,
            'remaining': this.safeString (order, 'outstanding_size'),
            'fee': fee,
            'info': order,
        }, market);
    }

    orderNumber (text) {
        // sendchildorder and sendparentorder take price and size as JSON numbers.
        return parseFloat (text);
    }

    async createOrder (symbol, type, side, amount, price = undefined, params = {}) {
        // me/sendchildorder: { product_code, child_order_type LIMIT or MARKET, side BUY or SELL, price (limit
        // orders), size, minute_to_expire, time_in_force GTC, IOC or FOK } -> { child_order_acceptance_id }.
        // timeInForce maps to time_in_force; triggerPrice and stopLossPrice make a special order (below). The
        // API documents no post-only flag, no client order id (bitFlyer assigns the acceptance id), no
        // quote-sized orders and, on spot, no reduce-only: those params are rejected.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const [ unified, rest ] = this.unifiedOrderParams (type, params);
        if (unified['postOnly']) {
            throw new NotSupported (this.id + ' createOrder () does not support the unified param postOnly (nor timeInForce PO): bitFlyer documents no post-only orders');
        }
        this.rejectUnifiedParams ('createOrder', unified, [ 'reduceOnly', 'clientOrderId', 'cost', 'takeProfitPrice' ]);
        if ((type !== 'limit') && (type !== 'market')) {
            throw new InvalidOrder (this.id + ' createOrder () type must be limit or market, not ' + type);
        }
        if ((type === 'limit') && (price === undefined)) {
            throw new ArgumentsRequired (this.id + ' createOrder () requires a price for a limit order');
        }
        if (unified['trigger'] !== undefined) {
            return await this.createStopOrder (market, type, side, amount, price, unified, rest);
        }
        const request = {
            'product_code': market['id'],
            'child_order_type': type.toUpperCase (),
            'side': side.toUpperCase (),
            'size': this.orderNumber (this.amountToPrecision (symbol, amount)),
        };
        if (type === 'limit') {
            request['price'] = this.orderNumber (this.priceToPrecision (symbol, price));
        }
        if (unified['timeInForce'] !== undefined) {
            request['time_in_force'] = unified['timeInForce'];
        }
        const response = await this.privatePostMeSendchildorder (this.extend (request, rest));
        return this.safeOrder ({
            'id': this.safeString (response, 'child_order_acceptance_id'),
            'symbol': market['symbol'],
            'type': type,
            'side': side,
            'timeInForce': unified['timeInForce'],
            'amount': request['size'],
            'price': this.safeString (request, 'price'),
            'info': response,
        }, market);
    }

    async createStopOrder (market, type, side, amount, price, unified, rest) {
        // me/sendparentorder with order_method SIMPLE and one parameter of condition_type STOP (a market order
        // once the trigger is reached) or STOP_LIMIT (a limit order at price) -> { parent_order_acceptance_id }.
        // A bitFlyer stop triggers a buy when the price rises to trigger_price and a sell when it falls to it:
        // that is a stop loss (and a plain trigger) but never a take profit, which createOrder rejects.
        const symbol = market['symbol'];
        const parameter = {
            'product_code': market['id'],
            'condition_type': (type === 'limit') ? 'STOP_LIMIT' : 'STOP',
            'side': side.toUpperCase (),
            'size': this.orderNumber (this.amountToPrecision (symbol, amount)),
            'trigger_price': this.orderNumber (this.priceToPrecision (symbol, unified['trigger'])),
        };
        if (type === 'limit') {
            parameter['price'] = this.orderNumber (this.priceToPrecision (symbol, price));
        }
        const request = {
            'order_method': 'SIMPLE',
            'parameters': [ parameter ],
        };
        if (unified['timeInForce'] !== undefined) {
            request['time_in_force'] = unified['timeInForce'];
        }
        const response = await this.privatePostMeSendparentorder (this.extend (request, rest));
        return this.safeOrder ({
            'id': this.safeString (response, 'parent_order_acceptance_id'),
            'symbol': symbol,
            'type': type,
            'side': side,
            'timeInForce': unified['timeInForce'],
            'amount': parameter['size'],
            'price': this.safeString (parameter, 'price'),
            'triggerPrice': parameter['trigger_price'],
            'stopLossPrice': (unified['triggerKind'] === 'stopLossPrice') ? parameter['trigger_price'] : undefined,
            'info': response,
        }, market);
    }

    async cancelOrder (id, symbol = undefined, params = {}) {
        // me/cancelchildorder { product_code, child_order_acceptance_id } answers HTTP 200 with an empty body.
        // params trigger: true cancels a special order (createOrder with triggerPrice or stopLossPrice) through
        // me/cancelparentorder with its parent_order_acceptance_id.
        await this.loadMarkets ();
        const market = this.requireSymbol (symbol, 'cancelOrder');
        const trigger = this.safeBool (params, 'trigger', false);
        const rest = this.omit (params, 'trigger');
        let response = undefined;
        if (trigger) {
            response = await this.privatePostMeCancelparentorder (this.extend ({ 'product_code': market['id'], 'parent_order_acceptance_id': id }, rest));
        } else {
            response = await this.privatePostMeCancelchildorder (this.extend ({ 'product_code': market['id'], 'child_order_acceptance_id': id }, rest));
        }
        return this.safeOrder ({
            'id': id,
            'symbol': market['symbol'],
            'status': 'canceled',
            'info': response,
        }, market);
    }

    async cancelAllOrders (symbol = undefined, params = {}) {
        // me/cancelallchildorders { product_code } answers with an empty body: the result is the product's open
        // orders listed just before, now canceled.
        await this.loadMarkets ();
        const market = this.requireSymbol (symbol, 'cancelAllOrders');
        const open = await this.fetchOpenOrders (market['symbol']);
        const response = await this.privatePostMeCancelallchildorders (this.extend ({ 'product_code': market['id'] }, params));
        return this.canceledOrders (open, response);
    }

    async fetchChildOrders (market, request, params) {
        // me/getchildorders of one product, newest first; count, before and after page by id.
        const response = await this.privateGetMeGetchildorders (this.extend ({ 'product_code': market['id'] }, this.extend (request, params)));
        return response;
    }

    async fetchOrder (id, symbol = undefined, params = {}) {
        await this.loadMarkets ();
        const market = this.requireSymbol (symbol, 'fetchOrder');
        const response = await this.fetchChildOrders (market, { 'child_order_acceptance_id': id }, params);
        if (response.length === 0) {
            throw new OrderNotFound (this.id + ' fetchOrder () found no order ' + id + ' in ' + market['symbol']);
        }
        return this.parseOrder (response[0], market);
    }

    async fetchOrdersByState (method, state, symbol, since, limit, params) {
        this.rejectUntil (params, method);
        await this.loadMarkets ();
        const market = this.requireSymbol (symbol, method);
        const request = {};
        if (state !== undefined) {
            request['child_order_state'] = state;
        }
        if (limit !== undefined) {
            request['count'] = limit;
        }
        const response = await this.fetchChildOrders (market, request, params);
        return this.parseOrders (response, market, since, limit);
    }

    async fetchOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchOrdersByState ('fetchOrders', undefined, symbol, since, limit, params);
    }

    async fetchOpenOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchOrdersByState ('fetchOpenOrders', 'ACTIVE', symbol, since, limit, params);
    }

    async fetchClosedOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // child_order_state takes one state, and closed orders are COMPLETED, CANCELED, EXPIRED or REJECTED: the
        // latest orders of every state are listed (count is not sent, so that limit counts closed ones only) and
        // the open ones left out.
        this.rejectUntil (params, 'fetchClosedOrders');
        await this.loadMarkets ();
        const market = this.requireSymbol (symbol, 'fetchClosedOrders');
        const response = await this.fetchChildOrders (market, {}, params);
        const orders = this.parseOrders (response, market);
        const closed = [];
        for (let i = 0; i < orders.length; i++) {
            if (orders[i]['status'] !== 'open') {
                closed.push (orders[i]);
            }
        }
        return this.filterBySinceLimit (closed, since, limit);
    }

    async fetchExecutions (market, request, since, limit, params) {
        // me/getexecutions of one product, newest first.
        if (limit !== undefined) {
            request['count'] = limit;
        }
        const response = await this.privateGetMeGetexecutions (this.extend ({ 'product_code': market['id'] }, this.extend (request, params)));
        return this.parseTrades (response, market, since, limit);
    }

    async fetchMyTrades (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        this.rejectUntil (params, 'fetchMyTrades');
        await this.loadMarkets ();
        const market = this.requireSymbol (symbol, 'fetchMyTrades');
        return await this.fetchExecutions (market, {}, since, limit, params);
    }

    async fetchOrderTrades (id, symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // me/getexecutions takes the order's child_order_acceptance_id (the unified order id).
        await this.loadMarkets ();
        const market = this.requireSymbol (symbol, 'fetchOrderTrades');
        return await this.fetchExecutions (market, { 'child_order_acceptance_id': id }, since, limit, params);
    }

    // --- funding -------------------------------------------------------------------------------------

    parseTransaction (transaction, currency = undefined) {
        // me/getcoinins: { id, order_id, currency_code, amount, address, tx_hash, status, event_date }.
        // me/getcoinouts adds fee and additional_fee (both in the currency). me/getdeposits and
        // me/getwithdrawals (fiat): { id, order_id, currency_code, amount, status, event_date }. The order_id
        // prefix says which: MDP/CDP deposits, MWD/CWD withdrawals.
        const code = this.safeCurrencyCode (this.safeString (transaction, 'currency_code'), currency);
        const orderId = this.safeString (transaction, 'order_id', '');
        let type = undefined;
        if (orderId.startsWith ('CDP') || orderId.startsWith ('MDP')) {
            type = 'deposit';
        } else if (orderId.startsWith ('CWD') || orderId.startsWith ('MWD')) {
            type = 'withdrawal';
        }
        let fee = undefined;
        const feeCost = this.safeString (transaction, 'fee');
        if (feeCost !== undefined) {
            const additional = this.safeString (transaction, 'additional_fee', '0');
            fee = { 'cost': Precise.stringAdd (feeCost, additional), 'currency': code };
        }
        const status = this.safeString (transaction, 'status');
        return this.safeTransaction ({
            'id': this.safeString (transaction, 'id'),
            'txid': this.safeString (transaction, 'tx_hash'),
            'timestamp': this.parse8601 (this.safeString (transaction, 'event_date')),
            'address': this.safeString (transaction, 'address'),
            'type': type,
            'amount': this.safeString (transaction, 'amount'),
            'currency': code,
            'status': this.safeString (this.options['transactionStatuses'], status, status),
            'fee': fee,
            'info': transaction,
        }, currency);
    }

    async listTransfers (type, fiat, request, currency) {
        // Crypto from me/getcoinins or me/getcoinouts, fiat from me/getdeposits or me/getwithdrawals: every
        // currency's, newest first; the entries carry no type of their own, the endpoint says it.
        let response = undefined;
        if (type === 'deposit') {
            response = fiat ? await this.privateGetMeGetdeposits (request) : await this.privateGetMeGetcoinins (request);
        } else {
            response = fiat ? await this.privateGetMeGetwithdrawals (request) : await this.privateGetMeGetcoinouts (request);
        }
        const result = [];
        for (let i = 0; i < response.length; i++) {
            result.push (this.extend (this.parseTransaction (response[i], currency), { 'type': type }));
        }
        return result;
    }

    async fetchTransfers (types, method, code, since, limit, params) {
        // A fiat code (JPY, USD, EUR) lists the cash endpoints, any other code or none the crypto ones. The
        // endpoints take no currency: count (limit) is sent only when no code has to be filtered out after.
        this.rejectUntil (params, method);
        await this.loadMarkets ();
        let currency = undefined;
        let fiat = false;
        if (code !== undefined) {
            currency = this.currency (code);
            fiat = this.inArray (currency['code'], this.options['fiatCurrencies']);
        }
        const request = {};
        if ((limit !== undefined) && ((code === undefined) || fiat)) {
            request['count'] = limit;
        }
        let transactions = [];
        for (let i = 0; i < types.length; i++) {
            const listed = await this.listTransfers (types[i], fiat, this.extend (request, params), currency);
            transactions = this.arrayConcat (transactions, listed);
        }
        return this.filterByCurrencySinceLimit (this.sortBy (transactions, 'timestamp'), code, since, limit);
    }

    async fetchDeposits (code = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchTransfers ([ 'deposit' ], 'fetchDeposits', code, since, limit, params);
    }

    async fetchWithdrawals (code = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchTransfers ([ 'withdrawal' ], 'fetchWithdrawals', code, since, limit, params);
    }

    async fetchTransactions (code = undefined, since = undefined, limit = undefined, params = {}) {
        // Two requests: the deposits, then the withdrawals.
        return await this.fetchTransfers ([ 'deposit', 'withdrawal' ], 'fetchTransactions', code, since, limit, params);
    }

    parseLedgerType (type) {
        // trade_type: BUY, SELL, DEPOSIT, WITHDRAW, FEE, POST_COLL and CANCEL_COLL (collateral moves), PAYMENT,
        // TRANSFER.
        const types = {
            'BUY': 'trade',
            'SELL': 'trade',
            'DEPOSIT': 'transaction',
            'WITHDRAW': 'transaction',
            'FEE': 'fee',
            'POST_COLL': 'transfer',
            'CANCEL_COLL': 'transfer',
            'PAYMENT': 'payment',
            'TRANSFER': 'transfer',
        };
        return this.safeString (types, type, type);
    }

    parseLedgerEntry (item, currency = undefined) {
        // me/getbalancehistory: { id, trade_date, event_date, product_code, currency_code, trade_type, price,
        // amount (signed change of the balance), quantity, commission, balance (after it), order_id }.
        const amount = this.safeString (item, 'amount');
        const after = this.safeString (item, 'balance');
        let direction = undefined;
        let before = undefined;
        if (amount !== undefined) {
            direction = Precise.stringLt (amount, '0') ? 'out' : 'in';
            if (after !== undefined) {
                before = Precise.stringSub (after, amount);
            }
        }
        return this.safeLedgerEntry ({
            'id': this.safeString (item, 'id'),
            'timestamp': this.parse8601 (this.safeString (item, 'event_date')),
            'direction': direction,
            'referenceId': this.safeString (item, 'order_id'),
            'type': this.parseLedgerType (this.safeString (item, 'trade_type')),
            'currency': this.safeCurrencyCode (this.safeString (item, 'currency_code'), currency),
            'amount': (amount === undefined) ? undefined : Precise.stringAbs (amount),
            'before': before,
            'after': after,
            'status': 'ok',
            'info': item,
        }, currency);
    }

    async fetchLedger (code = undefined, since = undefined, limit = undefined, params = {}) {
        // me/getbalancehistory lists one currency (currency_code), newest first, paged by id with count.
        if (code === undefined) {
            throw new ArgumentsRequired (this.id + ' fetchLedger () requires a currency code: the balance history is listed per currency');
        }
        this.rejectUntil (params, 'fetchLedger');
        await this.loadMarkets ();
        const currency = this.currency (code);
        const request = { 'currency_code': currency['id'] };
        if (limit !== undefined) {
            request['count'] = limit;
        }
        const response = await this.privateGetMeGetbalancehistory (this.extend (request, params));
        return this.parseLedger (response, currency, since, limit);
    }

    parseDepositAddress (entry) {
        // me/getaddresses: { type: 'NORMAL', currency_code, address }; no network or tag.
        return {
            'currency': this.safeCurrencyCode (this.safeString (entry, 'currency_code')),
            'address': this.safeString (entry, 'address'),
            'tag': undefined,
            'network': undefined,
            'info': entry,
        };
    }

    rejectNetwork (params, method) {
        // me/getaddresses names no network: one address per currency.
        if (this.safeValue (params, 'network') !== undefined) {
            throw new NotSupported (this.id + ' ' + method + ' () does not support the unified param network: bitFlyer has one deposit address per currency');
        }
    }

    async fetchDepositAddresses (codes = undefined, params = {}) {
        await this.loadMarkets ();
        const response = await this.privateGetMeGetaddresses (params);
        const result = [];
        for (let i = 0; i < response.length; i++) {
            const address = this.parseDepositAddress (response[i]);
            if ((codes === undefined) || this.inArray (address['currency'], codes)) {
                result.push (address);
            }
        }
        return result;
    }

    async fetchDepositAddress (code, params = {}) {
        this.rejectNetwork (params, 'fetchDepositAddress');
        await this.loadMarkets ();
        const currency = this.currency (code);
        const addresses = await this.fetchDepositAddresses ([ currency['code'] ], params);
        if (addresses.length === 0) {
            throw new BadRequest (this.id + ' fetchDepositAddress () found no deposit address for ' + currency['code']);
        }
        return addresses[0];
    }

    // --- transport -----------------------------------------------------------------------------------

    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        // GET sends its params as the query string, POST as a JSON body.
        let requestPath = '/' + this.version + '/' + this.implodeParams (path, params);
        const query = this.omit (params, this.extractParams (path));
        if ((method === 'GET') && (Object.keys (query).length > 0)) {
            requestPath = requestPath + '?' + this.urlencode (query);
        }
        const url = this.urls['api'] + requestPath;
        if (api === 'public') {
            return { 'url': url, 'method': method, 'body': body, 'headers': headers };
        }
        // ACCESS-SIGN: hex HMAC-SHA256 (secret, ACCESS-TIMESTAMP + method + path with query + body). The docs'
        // sample takes the timestamp from Date.now (), in milliseconds.
        this.checkRequiredCredentials ();
        const timestamp = this.numberToString (this.milliseconds ());
        let payload = '';
        headers = {
            'ACCESS-KEY': this.apiKey,
            'ACCESS-TIMESTAMP': timestamp,
        };
        if (method === 'POST') {
            // An empty body is written out: PHP would encode an empty dictionary as a list, '[]'.
            body = (Object.keys (query).length > 0) ? this.json (query) : '{}';
            payload = body;
            headers['Content-Type'] = 'application/json';
        }
        const auth = timestamp + method + requestPath + payload;
        headers['ACCESS-SIGN'] = this.hmac (this.encode (auth), this.encode (this.secret), 'sha256', 'hex');
        return { 'url': url, 'method': method, 'body': body, 'headers': headers };
    }

    handleErrors (status, reason, url, method, responseHeaders, responseBody, response, requestHeaders, requestBody) {
        // { "status": <negative code>, "error_message": "...", "data": null } with an HTTP error status: the code,
        // then the message, pick the error class where the maps know them; else the HTTP status does (the base
        // class's httpExceptions: 400 BadRequest, 401 AuthenticationError, 429 RateLimitExceeded, 5xx
        // ExchangeNotAvailable).
        if ((response === undefined) || Array.isArray (response) || (typeof response !== 'object')) {
            return;
        }
        const code = this.safeString (response, 'status');
        const message = this.safeString (response, 'error_message');
        const failed = (status >= 400) || ((code !== undefined) && code.startsWith ('-'));
        if (!failed || ((code === undefined) && (message === undefined))) {
            return;
        }
        const feedback = this.id + ' ' + method + ' ' + url + ' ' + this.numberToString (status) + ' ' + this.json (response);
        this.throwExactlyMatchedException (this.exceptions['exact'], code, feedback);
        if (message !== undefined) {
            this.throwBroadlyMatchedException (this.exceptions['broad'], message, feedback);
        }
    }
}
