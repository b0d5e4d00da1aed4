// Foxbit REST API v3: https://docs.foxbit.com.br/rest/v3/ (the exchange's request-signing samples:
// https://github.com/foxbit-group/foxbit-api-samples; field names and enums as the official SDK, which is generated
// from the REST v3 OpenAPI specification, declares them).
import Exchange from './base/Exchange.js';
import { ArgumentsRequired, AuthenticationError, BadRequest, BadSymbol, ExchangeError, InvalidOrder, OrderNotFound } from './base/errors.js';
import { TICK_SIZE } from './base/functions/number.js';

export default class foxbit extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'foxbit',
            'name': 'FoxBit',
            'countries': [ 'BR' ],
            'version': 'v3',
            // Limits are per endpoint, from 2 requests per second (deposits, withdrawals: 3 per second) to 15 per
            // second (orders: 30 per 2 seconds); one request every 334 ms keeps within the tightest of those used here.
            'rateLimit': 334,
            'has': {
                'fetchMarkets': true,
                'fetchCurrencies': true,
                'fetchTicker': true,
                'fetchTickers': true,
                'fetchOrderBook': true,
                'fetchOHLCV': false, // markets/{market_symbol}/candlesticks exists, but no source at hand names its columns
                'fetchTrades': true,
                'fetchBalance': true,
                'createOrder': true,
                'cancelOrder': true,
                'editOrder': false, // orders/cancel-replace is not atomic (the docs say so): not offered as an edit
                'fetchOrder': true,
                'fetchOrders': true,
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
                'fetchTradingFees': true,
                'cancelAllOrders': true,
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
                'api': 'https://api.foxbit.com.br',
                'www': 'https://foxbit.com.br',
                'doc': 'https://docs.foxbit.com.br/rest/v3/',
                'fees': 'https://foxbit.com.br/taxas/',
            },
            'api': {
                'public': {
                    'get': [
                        'currencies',
                        'markets',
                        'markets/ticker/24hr',
                        'markets/{market_symbol}/ticker/24hr',
                        'markets/{market_symbol}/orderbook',
                        'markets/{market_symbol}/trades/history',
                        'markets/{market_symbol}/candlesticks',
                        'system/time',
                    ],
                },
                'private': {
                    'get': [
                        'me',
                        'me/fees/trading',
                        'accounts',
                        'accounts/{currency_symbol}/transactions',
                        'orders',
                        'orders/by-order-id/{id}',
                        'orders/by-client-order-id/{client_order_id}',
                        'trades',
                        'deposits',
                        'deposits/address',
                        'deposits/{deposit_sn}',
                        'withdrawals',
                        'withdrawals/{withdrawal_sn}',
                    ],
                    'post': [
                        'orders',
                        'withdrawals',
                    ],
                    'put': [
                        'orders/cancel',
                    ],
                },
            },
            'requiredCredentials': {
                'apiKey': true,
                'secret': true,
            },
            // The baseline rates; every market states its own default_fees and me/fees/trading the account's.
            'fees': {
                'trading': {
                    'tierBased': true,
                    'percentage': true,
                    'maker': 0.001,
                    'taker': 0.001,
                },
            },
            // Markets state quantity_increment and price_increment: tick sizes.
            'precisionMode': TICK_SIZE,
            'options': {
                'orderTypes': {
                    'LIMIT': 'limit',
                    'MARKET': 'market',
                    'INSTANT': 'market',
                    'STOP_LIMIT': 'limit',
                    'STOP_MARKET': 'market',
                    'TRAILING_STOP_LIMIT': 'limit',
                    'TRAILING_STOP_MARKET': 'market',
                },
                // PENDING_CANCEL: removed from the matching queue, no further trades, waiting for the funds to be
                // released.
                'orderStatuses': {
                    'ACTIVE': 'open',
                    'PARTIALLY_FILLED': 'open',
                    'FILLED': 'closed',
                    'PARTIALLY_CANCELED': 'canceled',
                    'PENDING_CANCEL': 'canceled',
                    'CANCELED': 'canceled',
                },
                'depositStatuses': {
                    'SUBMITTING': 'pending',
                    'SUBMITTED': 'pending',
                    'AWAITING_TRAVEL_RULE': 'pending',
                    'WARNING': 'pending',
                    'BLOCKED': 'pending',
                    'UNBLOCKED': 'pending',
                    'MANUAL_CHARGEBACK_INITIATED': 'pending',
                    'ACCEPTED': 'ok',
                    'CANCELLED': 'canceled',
                    'REJECTED': 'failed',
                    'CHARGEDBACK': 'failed',
                },
                'withdrawalStatuses': {
                    'SUBMITTING': 'pending',
                    'SUBMITTED': 'pending',
                    'AWAITING_TRAVEL_RULE': 'pending',
                    'PROCESSING': 'pending',
                    'DONE': 'ok',
                    'CANCELED': 'canceled',
                    'REJECTED': 'failed',
                    'FAILED': 'failed',
                },
            },
            // Errors: { "error": { "message", "code", "details": [] } } with an HTTP 4xx status (the samples'
            // troubleshooting: 401 "Invalid signature." code 2002, 422 "Price out of range from market." code 5005).
            'exceptions': {
                'exact': {
                    '2002': AuthenticationError,
                    '5005': InvalidOrder,
                },
                'broad': {},
            },
        });
    }

    // --- markets and currencies ----------------------------------------------------------------------

    async fetchMarkets (params = {}) {
        // markets: { data: [ { symbol: 'btcbrl', quantity_min, quantity_increment, quantity_precision, price_min,
        // price_increment, price_precision, default_fees: { maker, taker }, base: { symbol, name, precision, type },
        // quote: { ... }, order_type: [ 'LIMIT', 'MARKET', ... ] } ] }.
        const response = await this.publicGetMarkets (params);
        const data = this.safeList (response, 'data', []);
        const result = [];
        for (let i = 0; i < data.length; i++) {
            result.push (this.parseMarket (data[i]));
        }
        return result;
    }

    parseMarket (entry) {
        const baseId = this.safeString (this.safeDict (entry, 'base', {}), 'symbol');
        const quoteId = this.safeString (this.safeDict (entry, 'quote', {}), 'symbol');
        if ((baseId === undefined) || (quoteId === undefined)) {
            throw new BadSymbol (this.id + ' sent a market without its base and quote symbols: ' + this.excerpt (this.json (entry)));
        }
        const base = this.safeCurrencyCode (baseId);
        const quote = this.safeCurrencyCode (quoteId);
        const fees = this.safeDict (entry, 'default_fees', {});
        return this.safeMarketStructure ({
            'id': this.safeString (entry, 'symbol'),
            'symbol': base + '/' + quote,
            'base': base,
            'quote': quote,
            'baseId': baseId,
            'quoteId': quoteId,
            'type': 'spot',
            'spot': true,
            'taker': this.safeNumber (fees, 'taker'),
            'maker': this.safeNumber (fees, 'maker'),
            'precision': {
                'amount': this.safeNumber (entry, 'quantity_increment'),
                'price': this.safeNumber (entry, 'price_increment'),
            },
            'limits': {
                'amount': { 'min': this.safeNumber (entry, 'quantity_min'), 'max': undefined },
                'price': { 'min': this.safeNumber (entry, 'price_min'), 'max': undefined },
                'cost': { 'min': undefined, 'max': undefined },
            },
            'info': entry,
        });
    }

    async fetchCurrencies (params = {}) {
        // currencies: { data: [ { symbol, name, type: CRYPTO or FIAT, precision (decimal places), deposit_info:
        // { min_to_confirm, min_amount, enabled }, withdraw_info: { enabled, min_amount, fee }, networks: [ { name,
        // code, deposit_info: { status }, withdraw_info: { status, fee }, has_destination_tag } ],
        // default_network_code } ] }. A network's status is ENABLED or DISABLED.
        const response = await this.publicGetCurrencies (params);
        const data = this.safeList (response, 'data', []);
        const result = {};
        for (let i = 0; i < data.length; i++) {
            const entry = data[i];
            const id = this.safeString (entry, 'symbol');
            const code = this.safeCurrencyCode (id);
            const depositInfo = this.safeDict (entry, 'deposit_info', {});
            const withdrawInfo = this.safeDict (entry, 'withdraw_info', {});
            const deposit = this.safeBool (depositInfo, 'enabled');
            const withdraw = this.safeBool (withdrawInfo, 'enabled');
            const precision = this.parseNumber (this.parsePrecision (this.safeString (entry, 'precision')));
            const limits = {
                'deposit': { 'min': this.safeNumber (depositInfo, 'min_amount'), 'max': undefined },
                'withdraw': { 'min': this.safeNumber (withdrawInfo, 'min_amount'), 'max': undefined },
            };
            const networkList = this.safeList (entry, 'networks', []);
            const networks = {};
            for (let j = 0; j < networkList.length; j++) {
                const network = networkList[j];
                const networkId = this.safeString (network, 'code');
                if (networkId === undefined) {
                    continue;
                }
                const networkCode = this.networkCode (networkId).toUpperCase ();
                const networkDeposit = this.safeString (this.safeDict (network, 'deposit_info', {}), 'status');
                const networkWithdrawInfo = this.safeDict (network, 'withdraw_info', {});
                const networkWithdraw = this.safeString (networkWithdrawInfo, 'status');
                networks[networkCode] = {
                    'id': networkId,
                    'network': networkCode,
                    'deposit': (networkDeposit === undefined) ? undefined : (networkDeposit === 'ENABLED'),
                    'withdraw': (networkWithdraw === undefined) ? undefined : (networkWithdraw === 'ENABLED'),
                    'fee': this.safeNumber (networkWithdrawInfo, 'fee'),
                    'precision': precision,
                    'limits': limits,
                };
            }
            result[code] = {
                'id': id,
                'code': code,
                'name': this.safeString (entry, 'name'),
                'deposit': deposit,
                'withdraw': withdraw,
                'fee': this.safeNumber (withdrawInfo, 'fee'),
                'precision': precision,
                'limits': limits,
                'networks': networks,
                'info': entry,
            };
        }
        return result;
    }

    async fetchTime (params = {}) {
        // system/time: { iso, timestamp (ms) }.
        const response = await this.publicGetSystemTime (params);
        return this.safeInteger (response, 'timestamp');
    }

    // --- market data ---------------------------------------------------------------------------------

    parseTicker (ticker, market = undefined) {
        // { market_symbol, last_trade: { price, volume, date }, rolling_24h: { price_change, price_change_percent,
        // volume (base), quote_volume, trades_count, open, high, low }, best: { ask: { price, volume }, bid } }.
        market = this.safeMarket (this.safeString (ticker, 'market_symbol'), market);
        const lastTrade = this.safeDict (ticker, 'last_trade', {});
        const rolling = this.safeDict (ticker, 'rolling_24h', {});
        const best = this.safeDict (ticker, 'best', {});
        const ask = this.safeDict (best, 'ask', {});
        const bid = this.safeDict (best, 'bid', {});
        return this.safeTicker ({
            'symbol': market['symbol'],
            'high': this.safeString (rolling, 'high'),
            'low': this.safeString (rolling, 'low'),
            'bid': this.safeString (bid, 'price'),
            'bidVolume': this.safeString (bid, 'volume'),
            'ask': this.safeString (ask, 'price'),
            'askVolume': this.safeString (ask, 'volume'),
            'open': this.safeString (rolling, 'open'),
            'last': this.safeString (lastTrade, 'price'),
            'change': this.safeString (rolling, 'price_change'),
            'percentage': this.safeString (rolling, 'price_change_percent'),
            'baseVolume': this.safeString (rolling, 'volume'),
            'quoteVolume': this.safeString (rolling, 'quote_volume'),
            'info': ticker,
        }, market);
    }

    async fetchTicker (symbol, params = {}) {
        // markets/{market_symbol}/ticker/24hr: { data: [ ticker ] }, with the best bid and ask and their volumes.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetMarketsMarketSymbolTicker24hr (this.extend ({ 'market_symbol': market['id'] }, params));
        const data = this.safeList (response, 'data', []);
        const ticker = this.safeDict (data, 0);
        if (ticker === undefined) {
            throw new ExchangeError (this.id + ' fetchTicker () got no ticker of ' + symbol);
        }
        return this.parseTicker (ticker, market);
    }

    async fetchTickers (symbols = undefined, params = {}) {
        // markets/ticker/24hr: { data: [ ticker ] } of every market.
        await this.loadMarkets ();
        const response = await this.publicGetMarketsTicker24hr (params);
        return this.parseTickers (this.safeList (response, 'data', []), symbols);
    }

    async fetchOrderBook (symbol, limit = undefined, params = {}) {
        // markets/{market_symbol}/orderbook?depth: { sequence_id, timestamp (ms), bids: [ [ price, quantity ] ], asks }.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'market_symbol': market['id'] };
        if (limit !== undefined) {
            request['depth'] = limit;
        }
        const response = await this.publicGetMarketsMarketSymbolOrderbook (this.extend (request, params));
        const book = this.parseOrderBook (response, market['symbol'], this.safeInteger (response, 'timestamp'));
        book['nonce'] = this.safeInteger (response, 'sequence_id');
        return book;
    }

    parseTrade (trade, market = undefined) {
        // Public (trades/history): { id, price, volume, taker_side, created_at }.
        // Own (trades): { id, sn, order_id, market_symbol, side, price, quantity, fee, fee_currency_symbol,
        // role: MAKER or TAKER, created_at }.
        market = this.safeMarket (this.safeString (trade, 'market_symbol'), market);
        const feeCost = this.safeString (trade, 'fee');
        let fee = undefined;
        if (feeCost !== undefined) {
            fee = { 'cost': feeCost, 'currency': this.safeCurrencyCode (this.safeString (trade, 'fee_currency_symbol')) };
        }
        return this.safeTrade ({
            'id': this.safeString (trade, 'id'),
            'order': this.safeString (trade, 'order_id'),
            'timestamp': this.parse8601 (this.safeString (trade, 'created_at')),
            'symbol': market['symbol'],
            'side': this.safeStringLower2 (trade, 'side', 'taker_side'),
            'takerOrMaker': this.safeStringLower (trade, 'role'),
            'price': this.safeString (trade, 'price'),
            'amount': this.safeString2 (trade, 'quantity', 'volume'),
            'fee': fee,
            'info': trade,
        }, market);
    }

    async fetchTrades (symbol, since = undefined, limit = undefined, params = {}) {
        // markets/{market_symbol}/trades/history?start_time&end_time (YYYY-MM-DDTHH:MM:SS)&page_size: the most
        // recent trades, or those of the time range.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'market_symbol': market['id'] };
        if (since !== undefined) {
            request['start_time'] = this.ymdhms (since, 'T');
        }
        if (limit !== undefined) {
            request['page_size'] = limit;
        }
        const response = await this.publicGetMarketsMarketSymbolTradesHistory (this.extend (request, params));
        return this.parseTrades (this.safeList (response, 'data', []), market, since, limit);
    }

    // --- account -------------------------------------------------------------------------------------

    async fetchBalance (params = {}) {
        // accounts: { data: [ { currency_symbol, balance, balance_available, balance_locked } ] }.
        await this.loadMarkets ();
        const response = await this.privateGetAccounts (params);
        const data = this.safeList (response, 'data', []);
        const result = { 'info': response };
        for (let i = 0; i < data.length; i++) {
            const entry = data[i];
            const code = this.safeCurrencyCode (this.safeString (entry, 'currency_symbol'));
            const account = this.account ();
            account['free'] = this.safeString (entry, 'balance_available');
            account['used'] = this.safeString (entry, 'balance_locked');
            account['total'] = this.safeString (entry, 'balance');
            result[code] = account;
        }
        return this.safeBalance (result);
    }

    async fetchTradingFees (params = {}) {
        // me/fees/trading: { data: [ { market_symbol, maker, taker } ] }, rates (0.001 is 0.1 %).
        await this.loadMarkets ();
        const response = await this.privateGetMeFeesTrading (params);
        const data = this.safeList (response, 'data', []);
        const result = {};
        for (let i = 0; i < data.length; i++) {
            const entry = data[i];
            const symbol = this.safeSymbol (this.safeString (entry, 'market_symbol'));
            result[symbol] = {
                'symbol': symbol,
                'maker': this.safeNumber (entry, 'maker'),
                'taker': this.safeNumber (entry, 'taker'),
                'info': entry,
            };
        }
        return result;
    }

    // --- trading -------------------------------------------------------------------------------------

    parseOrder (order, market = undefined) {
        // orders/by-order-id/{id} and orders: { id, sn, client_order_id, market_symbol, side, type, state, price,
        // price_avg, quantity (what is still to be executed: 0 once filled), quantity_executed, instant_amount,
        // instant_amount_executed (INSTANT orders are sized in the quote currency), created_at, trades_count,
        // fee_paid, post_only, time_in_force, cancellation_reason, ... }.
        // POST orders answers { id, sn, client_order_id } only; orders/cancel { sn, id } of each order.
        market = this.safeMarket (this.safeString (order, 'market_symbol'), market);
        const rawType = this.safeString (order, 'type');
        const feeCost = this.safeString (order, 'fee_paid');
        let fee = undefined;
        if (feeCost !== undefined) {
            // The order reports what it paid, not in which currency (its trades do).
            fee = { 'cost': feeCost, 'currency': undefined };
        }
        let remaining = this.safeString (order, 'quantity');
        let cost = undefined;
        if (rawType === 'INSTANT') {
            // quantity is not the size of an order sized by instant_amount (quote), which it spent as it filled.
            remaining = undefined;
            cost = this.safeString (order, 'instant_amount_executed');
        }
        return this.safeOrder ({
            'id': this.safeString (order, 'id'),
            'clientOrderId': this.safeString (order, 'client_order_id'),
            'timestamp': this.parse8601 (this.safeString (order, 'created_at')),
            'symbol': market['symbol'],
            'type': this.safeString (this.options['orderTypes'], rawType),
            'timeInForce': this.safeString (order, 'time_in_force'),
            'postOnly': this.safeBool (order, 'post_only'),
            'side': this.safeStringLower (order, 'side'),
            'price': this.safeString (order, 'price'),
            'average': this.safeString (order, 'price_avg'),
            'filled': this.safeString (order, 'quantity_executed'),
            'remaining': remaining,
            'cost': cost,
            'status': this.safeString (this.options['orderStatuses'], this.safeString (order, 'state')),
            'fee': fee,
            'info': order,
        }, market);
    }

    orderTypeOf (type, unified) {
        // Foxbit's order type: LIMIT and MARKET, STOP_LIMIT and STOP_MARKET with a triggerPrice (stop_price: the
        // order enters the book once the market reaches it), INSTANT for a market order sized by cost (quote).
        if (unified['triggerPrice'] !== undefined) {
            return (type === 'limit') ? 'STOP_LIMIT' : 'STOP_MARKET';
        }
        if (unified['cost'] !== undefined) {
            return 'INSTANT';
        }
        return (type === 'limit') ? 'LIMIT' : 'MARKET';
    }

    async createOrder (symbol, type, side, amount, price = undefined, params = {}) {
        // POST orders { market_symbol, side: BUY or SELL, type, quantity (base), price, stop_price, amount (quote,
        // INSTANT), post_only, time_in_force (GTC, FOK, IOC: LIMIT and STOP_LIMIT only), client_order_id (digits) }.
        // The unified postOnly is post_only, timeInForce time_in_force, triggerPrice stop_price, cost an INSTANT
        // order's amount and clientOrderId client_order_id. Spot has no reduceOnly; a stop order triggers when the
        // market reaches its price, either way, so stopLossPrice and takeProfitPrice (one direction each) are
        // refused rather than placed as a stop that may trigger on the wrong side.
        await this.loadMarkets ();
        const market = this.market (symbol);
        if ((type !== 'market') && (type !== 'limit')) {
            throw new InvalidOrder (this.id + ' createOrder () type must be market or limit, not ' + type);
        }
        if ((side !== 'buy') && (side !== 'sell')) {
            throw new InvalidOrder (this.id + ' createOrder () side must be buy or sell, not ' + side);
        }
        const [ unified, rest ] = this.unifiedOrderParams (type, params);
        this.rejectUnifiedParams ('createOrder', unified, [ 'reduceOnly', 'stopLossPrice', 'takeProfitPrice' ]);
        if ((unified['timeInForce'] !== undefined) && (type !== 'limit')) {
            throw new InvalidOrder (this.id + ' createOrder () timeInForce is for limit orders only, not ' + type + ' orders');
        }
        if (unified['postOnly'] && (unified['timeInForce'] !== undefined) && (unified['timeInForce'] !== 'GTC')) {
            throw new InvalidOrder (this.id + ' createOrder () postOnly takes timeInForce GTC only');
        }
        const clientOrderId = unified['clientOrderId'];
        if ((clientOrderId !== undefined) && !this.isDigits (clientOrderId)) {
            throw new BadRequest (this.id + ' createOrder () clientOrderId must be a string of digits (a number up to 2^63 - 1), not ' + clientOrderId);
        }
        if ((unified['cost'] !== undefined) && (unified['triggerPrice'] !== undefined)) {
            throw new InvalidOrder (this.id + ' createOrder () cost (an INSTANT order) cannot be combined with triggerPrice');
        }
        const orderType = this.orderTypeOf (type, unified);
        const request = {
            'market_symbol': market['id'],
            'side': side.toUpperCase (),
            'type': orderType,
        };
        if (orderType === 'INSTANT') {
            // The quote amount as the caller gave it (a decimal of up to 16 places, documented); the market's
            // price tick is not the quote currency's precision.
            request['amount'] = unified['cost'];
        } else {
            request['quantity'] = this.amountToPrecision (symbol, amount);
        }
        if (type === 'limit') {
            if (price === undefined) {
                throw new ArgumentsRequired (this.id + ' createOrder () requires a price for a limit order');
            }
            request['price'] = this.priceToPrecision (symbol, price);
        }
        if (unified['triggerPrice'] !== undefined) {
            request['stop_price'] = this.priceToPrecision (symbol, unified['triggerPrice']);
        }
        if (unified['postOnly']) {
            request['post_only'] = true;
        }
        if (unified['timeInForce'] !== undefined) {
            request['time_in_force'] = unified['timeInForce'];
        }
        if (clientOrderId !== undefined) {
            request['client_order_id'] = clientOrderId;
        }
        const response = await this.privatePostOrders (this.extend (request, rest));
        return this.parseOrder (response, market);
    }

    isDigits (text) {
        if (text.length === 0) {
            return false;
        }
        const digits = '0123456789';
        for (let i = 0; i < text.length; i++) {
            if (digits.indexOf (text.charAt (i)) < 0) {
                return false;
            }
        }
        return true;
    }

    async cancelOrder (id, symbol = undefined, params = {}) {
        // PUT orders/cancel { type: 'ID', id } answers { data: [ { sn, id } ] }: the cancellation is asynchronous
        // (fetchOrder tells when it is done).
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const response = await this.privatePutOrdersCancel (this.extend ({ 'type': 'ID', 'id': id }, params));
        const data = this.safeList (response, 'data', []);
        const entry = this.safeDict (data, 0);
        if (entry === undefined) {
            throw new OrderNotFound (this.id + ' cancelOrder () canceled no order ' + id);
        }
        return this.parseOrder (entry, market);
    }

    async cancelAllOrders (symbol = undefined, params = {}) {
        // PUT orders/cancel { type: 'ALL' } (every market) or { type: 'MARKET', market_symbol } answers
        // { data: [ { sn, id } ] }.
        await this.loadMarkets ();
        let market = undefined;
        const request = { 'type': 'ALL' };
        if (symbol !== undefined) {
            market = this.market (symbol);
            request['type'] = 'MARKET';
            request['market_symbol'] = market['id'];
        }
        const response = await this.privatePutOrdersCancel (this.extend (request, params));
        const data = this.safeList (response, 'data', []);
        const result = [];
        for (let i = 0; i < data.length; i++) {
            result.push (this.parseOrder (data[i], market));
        }
        return result;
    }

    async fetchOrder (id, symbol = undefined, params = {}) {
        // orders/by-order-id/{id}: the order.
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const response = await this.privateGetOrdersByOrderIdId (this.extend ({ 'id': id }, params));
        return this.parseOrder (response, market);
    }

    ordersRequest (symbol, since, limit, params) {
        // orders?market_symbol&state&start_time&end_time (ISO 8601; 90 days at most, the last 90 days by
        // default)&page_size (100 at most): newest first. The unified until is end_time.
        const request = {};
        if (symbol !== undefined) {
            request['market_symbol'] = this.marketId (symbol);
        }
        if (since !== undefined) {
            request['start_time'] = this.iso8601 (since);
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            request['end_time'] = this.iso8601 (until);
        }
        if (limit !== undefined) {
            request['page_size'] = Math.min (limit, 100);
        }
        return this.extend (request, this.omit (params, 'until'));
    }

    async fetchOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const response = await this.privateGetOrders (this.ordersRequest (symbol, since, limit, params));
        return this.parseOrders (this.safeList (response, 'data', []), market, since, limit);
    }

    async fetchOpenOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // The open orders are those in state ACTIVE and those in state PARTIALLY_FILLED: one request each.
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const request = this.ordersRequest (symbol, since, limit, params);
        const active = await this.privateGetOrders (this.extend (request, { 'state': 'ACTIVE' }));
        const partial = await this.privateGetOrders (this.extend (request, { 'state': 'PARTIALLY_FILLED' }));
        const orders = this.arrayConcat (this.safeList (active, 'data', []), this.safeList (partial, 'data', []));
        return this.parseOrders (orders, market, since, limit);
    }

    async fetchClosedOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // The orders of the history that are no longer open (filled or canceled).
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const response = await this.privateGetOrders (this.ordersRequest (symbol, since, limit, params));
        const orders = this.parseOrders (this.safeList (response, 'data', []), market, since);
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
        // trades?market_symbol (required)&start_time&end_time (ISO 8601)&page_size (100 at most): newest first.
        if (symbol === undefined) {
            throw new ArgumentsRequired (this.id + ' fetchMyTrades () requires a symbol: the endpoint takes one market_symbol');
        }
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.privateGetTrades (this.ordersRequest (symbol, since, limit, params));
        return this.parseTrades (this.safeList (response, 'data', []), market, since, limit);
    }

    // --- funding -------------------------------------------------------------------------------------

    parseTransfer (transaction, type, currency = undefined) {
        // deposits: { sn, state, currency_symbol, amount, fee, created_at, details_crypto: { transaction_id,
        // receiving_address, network_code } }; withdrawals: { sn, state, rejection_reason, currency_symbol, amount,
        // fee, created_at, details_crypto: { transaction_id, destination_address, destination_tag, network_code },
        // details_fiat }.
        const code = this.safeCurrencyCode (this.safeString (transaction, 'currency_symbol'), currency);
        const details = this.safeDict (transaction, 'details_crypto', {});
        const networkId = this.safeString (details, 'network_code');
        const statuses = (type === 'deposit') ? this.options['depositStatuses'] : this.options['withdrawalStatuses'];
        let fee = undefined;
        const feeCost = this.safeString (transaction, 'fee');
        if (feeCost !== undefined) {
            fee = { 'cost': feeCost, 'currency': code };
        }
        return this.safeTransaction ({
            'id': this.safeString (transaction, 'sn'),
            'txid': this.safeString (details, 'transaction_id'),
            'timestamp': this.parse8601 (this.safeString (transaction, 'created_at')),
            'network': (networkId === undefined) ? undefined : this.networkCode (networkId, this.safeCurrencyOf (code)),
            'address': this.safeString2 (details, 'receiving_address', 'destination_address'),
            'tag': this.safeString (details, 'destination_tag'),
            'type': type,
            'amount': this.safeString (transaction, 'amount'),
            'currency': code,
            'status': this.safeString (statuses, this.safeString (transaction, 'state')),
            'fee': fee,
            'info': transaction,
        }, currency);
    }

    safeCurrencyOf (code) {
        // The loaded currency of a unified code (undefined when currencies are not loaded or do not list it).
        return (this.currencies === undefined) ? undefined : this.safeDict (this.currencies, code);
    }

    async fetchTransfersOf (type, code, since, limit, params) {
        // deposits and withdrawals?start_time&end_time (ISO 8601)&page_size (100 at most): of every currency
        // (code filters them here), newest first.
        await this.loadMarkets ();
        const currency = (code === undefined) ? undefined : this.currency (code);
        const request = {};
        if (since !== undefined) {
            request['start_time'] = this.iso8601 (since);
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            request['end_time'] = this.iso8601 (until);
        }
        if (limit !== undefined) {
            request['page_size'] = Math.min (limit, 100);
        }
        const query = this.extend (request, this.omit (params, 'until'));
        let response = undefined;
        if (type === 'deposit') {
            response = await this.privateGetDeposits (query);
        } else {
            response = await this.privateGetWithdrawals (query);
        }
        const data = this.safeList (response, 'data', []);
        const result = [];
        for (let i = 0; i < data.length; i++) {
            result.push (this.parseTransfer (data[i], type));
        }
        const sorted = this.sortBy (result, 'timestamp');
        return this.filterByCurrencySinceLimit (sorted, (currency === undefined) ? undefined : currency['code'], since, limit);
    }

    async fetchDeposits (code = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchTransfersOf ('deposit', code, since, limit, params);
    }

    async fetchWithdrawals (code = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchTransfersOf ('withdrawal', code, since, limit, params);
    }

    async fetchDepositAddress (code, params = {}) {
        // deposits/address?currency_symbol&network_code (the currency's default network without it):
        // { currency_symbol, address, message, destination_tag, network: { name, code } }.
        await this.loadMarkets ();
        const currency = this.currency (code);
        const networkCode = this.safeString (params, 'network');
        const request = { 'currency_symbol': currency['id'] };
        if (networkCode !== undefined) {
            request['network_code'] = this.knownNetworkId (networkCode, currency, 'fetchDepositAddress');
        }
        const response = await this.privateGetDepositsAddress (this.extend (request, this.omit (params, 'network')));
        const address = this.safeString (response, 'address');
        if (address === undefined) {
            // The address is being generated: the docs say to ask again after a few minutes.
            throw new ExchangeError (this.id + ' fetchDepositAddress () has no address of ' + code + ' yet: ' + this.safeString (response, 'message', ''));
        }
        const networkId = this.safeString (this.safeDict (response, 'network', {}), 'code');
        return {
            'currency': this.safeCurrencyCode (this.safeString (response, 'currency_symbol'), currency),
            'address': address,
            'tag': this.safeString (response, 'destination_tag'),
            'network': (networkId === undefined) ? undefined : this.networkCode (networkId, currency),
            'info': response,
        };
    }

    async withdraw (code, amount, address, tag = undefined, params = {}) {
        // POST withdrawals { amount, currency_symbol, network_code (the currency's default network without it),
        // destination_address, destination_tag } answers the withdrawal { sn, state, currency_symbol, amount,
        // fee, created_at, details_crypto }.
        await this.loadMarkets ();
        const currency = this.currency (code);
        const networkCode = this.safeString (params, 'network');
        const request = {
            'amount': this.numberToString (amount),
            'currency_symbol': currency['id'],
            'destination_address': address,
        };
        if (networkCode !== undefined) {
            request['network_code'] = this.knownNetworkId (networkCode, currency, 'withdraw');
        }
        if (tag !== undefined) {
            request['destination_tag'] = tag;
        }
        const response = await this.privatePostWithdrawals (this.extend (request, this.omit (params, 'network')));
        return this.parseTransfer (response, 'withdrawal', currency);
    }

    // --- transport -----------------------------------------------------------------------------------

    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        // GET sends its params as the query string, POST and PUT as a JSON body.
        const requestPath = '/rest/' + this.version + '/' + this.implodeParams (path, params);
        const query = this.omit (params, this.extractParams (path));
        const hasBody = (method === 'POST') || (method === 'PUT');
        let url = this.urls['api'] + requestPath;
        let rawQuery = '';
        if (!hasBody && (Object.keys (query).length > 0)) {
            url = url + '?' + this.urlencode (query);
            rawQuery = this.rawencode (query);
        }
        if (api === 'public') {
            return { 'url': url, 'method': method, 'body': body, 'headers': headers };
        }
        // X-FB-ACCESS-SIGNATURE: hex HMAC-SHA256, keyed by the secret, of timestamp (ms) + method + path + the query
        // string with its values as they are (not percent-encoded, the URL's order) + the body exactly as sent.
        this.checkRequiredCredentials ();
        const timestamp = this.numberToString (this.milliseconds ());
        let payload = '';
        if (hasBody) {
            body = (Object.keys (query).length > 0) ? this.json (query) : '{}'; // (PHP writes an empty dictionary as [])
            payload = body;
        }
        const auth = timestamp + method + requestPath + rawQuery + payload;
        headers = {
            'Content-Type': 'application/json',
            'X-FB-ACCESS-KEY': this.apiKey,
            'X-FB-ACCESS-TIMESTAMP': timestamp,
            'X-FB-ACCESS-SIGNATURE': this.hmac (this.encode (auth), this.encode (this.secret), 'sha256'),
        };
        return { 'url': url, 'method': method, 'body': body, 'headers': headers };
    }

    handleErrors (status, reason, url, method, responseHeaders, responseBody, response, requestHeaders, requestBody) {
        // { "error": { "message", "code", "details": [ ... ] } } with an HTTP 4xx status: the code picks the error
        // class where it is known; a 404 of an order lookup is an unknown order, of a market path an unknown
        // market; the base class maps the other statuses (401, 403, 429, ...; ExchangeError for any other).
        if (status < 400) {
            return;
        }
        let error = undefined;
        if ((response !== undefined) && !Array.isArray (response) && (typeof response === 'object')) {
            error = this.safeDict (response, 'error');
        }
        let feedback = this.id + ' ' + method + ' ' + url + ' ' + this.numberToString (status) + ' ' + this.excerpt (responseBody);
        if (error !== undefined) {
            const code = this.safeString (error, 'code');
            feedback = this.id + ' ' + method + ' ' + url + ' ' + this.numberToString (status) + ' ' + this.safeString (error, 'code', '') + ' ' + this.safeString (error, 'message', '');
            this.throwExactlyMatchedException (this.exceptions['exact'], code, feedback);
        }
        if (status === 404) {
            if (url.indexOf ('/rest/v3/orders/') >= 0) {
                throw new OrderNotFound (feedback);
            }
            if (url.indexOf ('/rest/v3/markets/') >= 0) {
                throw new BadSymbol (feedback);
            }
        }
        if ((status === 422) && (url.indexOf ('/rest/v3/orders') >= 0) && (method === 'POST')) {
            throw new InvalidOrder (feedback);
        }
        if ((status === 400) && (error !== undefined)) {
            throw new BadRequest (feedback);
        }
    }
}
