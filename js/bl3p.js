// BL3P exchange API v1 (the order book operated by Bitonic): https://github.com/BitonicNL/bl3p-api/tree/master/docs
//
// Everything lives under https://api.bl3p.eu/1. Public calls are GETs of /1/<market>/<call> (ticker, orderbook,
// trades); authenticated calls are POSTs of /1/<market>/money/<call>[/<subcall>] (GENMKT for the calls that belong
// to no market) with their parameters as a form-encoded body. A market is named by its two currency codes
// ('BTCEUR'); the API has no list of markets, so they come from options['markets'] (the docs name BTCEUR).
// Amounts and prices are integers in units of 1e-5 (fiat: EUR) or 1e-8 (virtual currencies): price_int,
// amount_int, amount_funds_int in requests and public answers, and the `value_int` of an amountObj
// ({ value_int, display_short, display, currency, value }) in private answers. They are converted here with
// string arithmetic only. Answers are { "result": "success", "data": { ... } }, errors
// { "result": "error", "data": { "code": "<CODE>", "message": "..." } } (the ticker answers its fields bare).
import Exchange from './base/Exchange.js';
import { ArgumentsRequired, AuthenticationError, BadRequest, BadResponse, BadSymbol, ExchangeError, ExchangeNotAvailable, InsufficientFunds, InvalidOrder, NotSupported, OrderNotFound, RateLimitExceeded } from './base/errors.js';
import { TICK_SIZE } from './base/functions/number.js';
import Precise from './base/Precise.js';

export default class bl3p extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'bl3p',
            'name': 'BL3P',
            'countries': [ 'NL' ],
            'version': '1',
            // base.md: 600 calls per 10 minutes (the appendix of the HTTP docs: 600 per 5 minutes for most calls,
            // 30 for depth/full, 100 for trades/fetch, 300 for wallet/history).
            'rateLimit': 1000,
            'has': {
                'fetchMarkets': true,
                'fetchCurrencies': false,
                'fetchTicker': true,
                'fetchTickers': true, // one ticker request per symbol
                'fetchOrderBook': true,
                'fetchOHLCV': false, // tradehistory ("Chart") answers price and volume points, not candles
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
                'createDepositAddress': true,
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
            'urls': {
                'api': {
                    'public': 'https://api.bl3p.eu/1',
                    'private': 'https://api.bl3p.eu/1',
                },
                'www': 'https://bl3p.eu',
                'doc': 'https://github.com/BitonicNL/bl3p-api/tree/master/docs',
            },
            'api': {
                'public': {
                    'get': [
                        '{market}/ticker',
                        '{market}/orderbook',
                        '{market}/trades',
                    ],
                },
                'private': {
                    'post': [
                        '{market}/money/order/add',
                        '{market}/money/order/cancel',
                        '{market}/money/order/result',
                        '{market}/money/orders',
                        '{market}/money/orders/history',
                        '{market}/money/trades/fetch',
                        'GENMKT/money/info',
                        'GENMKT/money/wallet/history',
                        'GENMKT/money/deposit_address',
                        'GENMKT/money/new_deposit_address',
                        'GENMKT/money/withdraw',
                    ],
                },
            },
            'requiredCredentials': {
                'apiKey': true,
                'secret': true,
            },
            // The docs publish no fee schedule; GENMKT/money/info reports the account's trade_fee (a percentage).
            'fees': {
                'trading': {
                    'percentage': true,
                },
            },
            'precisionMode': TICK_SIZE,
            'options': {
                // The markets the API takes (the docs: <market> = 'BTCEUR'): id -> [ base id, quote id ].
                'markets': {
                    'BTCEUR': [ 'BTC', 'EUR' ],
                },
                // Decimal places of the integer amounts (base.md: 1e5 for fiat, 1e8 for virtual currency).
                'decimals': {
                    'EUR': 5,
                },
                'defaultDecimals': 8,
                // fee_currency of order/add when params do not name one ('EUR' or 'BTC'): the market's quote.
                'feeCurrency': undefined,
                'orderStatuses': {
                    'pending': 'open',
                    'open': 'open',
                    'placed': 'open',
                    'closed': 'closed',
                    'cancelled': 'canceled',
                },
            },
            // The error codes of the appendix of docs/authenticated_api/http.md.
            'exceptions': {
                'exact': {
                    'AMOUNT_FUNDS_LESS_THAN_MINIMUM': InvalidOrder,
                    'AMOUNT_LESS_THAN_MINIMUM': InvalidOrder,
                    'INSUFFICIENT_FUNDS': InsufficientFunds,
                    'INVALID_AMOUNT': InvalidOrder,
                    'INVALID_AMOUNT_FUNDS': InvalidOrder,
                    'INVALID_FEE_CURRENCY': InvalidOrder,
                    'INVALID_LIMIT_ORDER': InvalidOrder,
                    'INVALID_PRICE': InvalidOrder,
                    'INVALID_TYPE': InvalidOrder,
                    'KEY_MISSING': AuthenticationError,
                    'LIMIT_REACHED': RateLimitExceeded,
                    'MARKETPLACE_INACCESSIBLE': ExchangeNotAvailable,
                    'MARKETPLACE_NOT_ACCEPTING_ORDERS': ExchangeNotAvailable,
                    'MISSING_AMOUNT': InvalidOrder,
                    'MISSING_FIELD': BadRequest,
                    'NOT_AUTHENTICATED': AuthenticationError,
                    'SIGN_MISSING': AuthenticationError,
                    'UNKNOWN_ACCOUNT': BadRequest,
                    'UNKNOWN_CURRENCY': BadRequest,
                    'UNKNOWN_ERROR': ExchangeError,
                    'UNKNOWN_MARKETPLACE': BadSymbol,
                    'UNKNOWN_ORDER': OrderNotFound,
                    'UNKNOWN_PATH': BadRequest,
                },
                'broad': {},
            },
        });
    }

    // --- integer amounts -----------------------------------------------------------------------------

    decimalsOf (code) {
        // The decimal places of a currency's integer amounts: 5 for EUR, 8 for the virtual currencies.
        return this.safeInteger (this.options['decimals'], code, this.safeInteger (this.options, 'defaultDecimals', 8));
    }

    unitsOf (code) {
        // '100000' for EUR, '100000000' for BTC: the integer amount of one unit.
        return this.parsePrecision (this.numberToString (-this.decimalsOf (code)));
    }

    fromInteger (text, code) {
        // An integer amount (a string or a number) of currency code as a decimal string: '123456' EUR -> '1.23456'.
        if (text === undefined) {
            return undefined;
        }
        return Precise.stringDiv (text, this.unitsOf (code), this.decimalsOf (code));
    }

    toInteger (text, code, name) {
        // A decimal string as the integer amount the API takes: '0.5' BTC -> '50000000'; a finer amount is refused.
        const product = Precise.stringMul (text, this.unitsOf (code));
        if (product.indexOf ('.') >= 0) {
            throw new BadRequest (this.id + ' ' + name + ' ' + text + ' ' + code + ' has more than ' + this.numberToString (this.decimalsOf (code)) + ' decimals, which the API cannot take');
        }
        return product;
    }

    amountOf (amountObj) {
        // An amountObj as a decimal string: value_int in the units of its currency (value as the fallback).
        if (amountObj === undefined) {
            return undefined;
        }
        const currencyId = this.safeString (amountObj, 'currency');
        const valueInt = this.safeString (amountObj, 'value_int');
        if ((currencyId === undefined) || (valueInt === undefined)) {
            return this.safeString (amountObj, 'value');
        }
        return this.fromInteger (valueInt, currencyId);
    }

    currencyOfAmount (amountObj) {
        return this.safeCurrencyCode (this.safeString (amountObj, 'currency'));
    }

    secondsOf (milliseconds) {
        // A timestamp in ms as the whole seconds of the API's date_from and date_to.
        return Precise.stringDiv (this.numberToString (milliseconds), '1000', 0);
    }

    dataOf (response) {
        // The data of a successful answer (handleErrors has thrown for the others).
        const data = this.safeDict (response, 'data');
        if (data === undefined) {
            throw new BadResponse (this.id + ' sent an answer without data: ' + this.excerpt (this.json (response)));
        }
        return data;
    }

    // --- markets -------------------------------------------------------------------------------------

    async fetchMarkets (params = {}) {
        // The API lists no markets: each market of options['markets'] is confirmed by its ticker, which answers
        // for the markets that exist (UNKNOWN_MARKETPLACE, a BadSymbol, for the others).
        const markets = this.safeDict (this.options, 'markets', {});
        const ids = Object.keys (markets);
        const result = [];
        for (let i = 0; i < ids.length; i++) {
            const id = ids[i];
            const pair = this.safeList (markets, id, []);
            const baseId = this.safeString (pair, 0);
            const quoteId = this.safeString (pair, 1);
            const ticker = await this.publicGetMarketTicker (this.extend ({ 'market': id }, params));
            const base = this.safeCurrencyCode (baseId);
            const quote = this.safeCurrencyCode (quoteId);
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
                    'amount': this.parseNumber (this.parsePrecision (this.numberToString (this.decimalsOf (baseId)))),
                    'price': this.parseNumber (this.parsePrecision (this.numberToString (this.decimalsOf (quoteId)))),
                },
                'limits': {},
                'info': ticker,
            }));
        }
        return result;
    }

    // --- market data ---------------------------------------------------------------------------------

    parseTicker (ticker, market = undefined) {
        // ticker: { currency, last, bid, ask, high, low, timestamp (seconds), volume: { 24h, 30d } }, numbers in the
        // quote currency and the volumes in the base currency.
        const volume = this.safeDict (ticker, 'volume', {});
        return this.safeTicker ({
            'symbol': this.safeSymbol (undefined, market),
            'timestamp': this.safeTimestamp (ticker, 'timestamp'),
            'high': this.safeString (ticker, 'high'),
            'low': this.safeString (ticker, 'low'),
            'bid': this.safeString (ticker, 'bid'),
            'ask': this.safeString (ticker, 'ask'),
            'last': this.safeString (ticker, 'last'),
            'baseVolume': this.safeString (volume, '24h'),
            'info': ticker,
        }, market);
    }

    async fetchTicker (symbol, params = {}) {
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetMarketTicker (this.extend ({ 'market': market['id'] }, params));
        return this.parseTicker (response, market);
    }

    async fetchTickers (symbols = undefined, params = {}) {
        // The ticker takes one market: one request per symbol.
        await this.loadMarkets ();
        const list = (symbols === undefined) ? this.symbols : symbols;
        const markets = [];
        for (let i = 0; i < list.length; i++) {
            markets.push (this.market (list[i]));
        }
        const result = {};
        for (let i = 0; i < markets.length; i++) {
            const market = markets[i];
            const response = await this.publicGetMarketTicker (this.extend ({ 'market': market['id'] }, params));
            result[market['symbol']] = this.parseTicker (response, market);
        }
        return result;
    }

    levelsOfBook (entries, market) {
        // [ { amount_int, price_int, count } ] -> [ [ price, amount ] ] as decimal strings.
        const result = [];
        for (let i = 0; i < entries.length; i++) {
            const entry = entries[i];
            result.push ([
                this.fromInteger (this.safeString (entry, 'price_int'), market['quoteId']),
                this.fromInteger (this.safeString (entry, 'amount_int'), market['baseId']),
            ]);
        }
        return result;
    }

    async fetchOrderBook (symbol, limit = undefined, params = {}) {
        // orderbook: { asks: [ { amount_int, price_int, count } ], bids: [ ... ] }, the whole book (no depth).
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetMarketOrderbook (this.extend ({ 'market': market['id'] }, params));
        const data = this.dataOf (response);
        const levels = {
            'bids': this.levelsOfBook (this.requiredList (data, 'bids'), market),
            'asks': this.levelsOfBook (this.requiredList (data, 'asks'), market),
        };
        const book = this.parseOrderBook (levels, market['symbol']);
        if (limit !== undefined) {
            book['bids'] = book['bids'].slice (0, limit);
            book['asks'] = book['asks'].slice (0, limit);
        }
        return book;
    }

    parseTrade (trade, market = undefined) {
        // Public trades (trades, money/trades/fetch): { trade_id, date (milliseconds), amount_int, price_int },
        // without a side. The trades of an order (order/result): { trade_id, date (seconds), amount, price
        // (amountObjs), currency, item }. The account's trades (wallet/history of the base currency, type
        // trade): { transaction_id, trade_id, order_id, date (seconds), debit_credit, amount, price,
        // contra_amount, fee, balance (amountObjs), type }.
        const item = this.safeString (trade, 'item');
        const currencyId = this.safeString (trade, 'currency');
        if ((item !== undefined) && (currencyId !== undefined)) {
            market = this.safeMarket (item + currencyId, market);
        }
        const symbol = this.safeSymbol (undefined, market);
        let timestamp = undefined;
        let amount = undefined;
        let price = undefined;
        let side = undefined;
        const amountObj = this.safeDict (trade, 'amount');
        if (amountObj === undefined) {
            timestamp = this.safeInteger (trade, 'date');
            if (market !== undefined) {
                amount = this.fromInteger (this.safeString (trade, 'amount_int'), market['baseId']);
                price = this.fromInteger (this.safeString (trade, 'price_int'), market['quoteId']);
            }
        } else {
            timestamp = this.safeTimestamp (trade, 'date');
            amount = this.amountOf (amountObj);
            price = this.amountOf (this.safeDict (trade, 'price'));
            const booking = this.safeString (trade, 'debit_credit');
            if ((booking !== undefined) && (market !== undefined)) {
                // A credit of the base currency is a buy, a debit a sell.
                const ofBase = (this.safeString (amountObj, 'currency') === market['baseId']);
                if (booking === 'credit') {
                    side = ofBase ? 'buy' : 'sell';
                } else if (booking === 'debit') {
                    side = ofBase ? 'sell' : 'buy';
                }
            }
        }
        const contraAmount = this.safeDict (trade, 'contra_amount');
        const feeObj = this.safeDict (trade, 'fee');
        let fee = undefined;
        if (feeObj !== undefined) {
            fee = { 'cost': this.amountOf (feeObj), 'currency': this.currencyOfAmount (feeObj) };
        }
        return this.safeTrade ({
            'id': this.safeString (trade, 'trade_id'),
            'order': this.safeString (trade, 'order_id'),
            'timestamp': timestamp,
            'symbol': symbol,
            'side': side,
            'price': price,
            'amount': (amount === undefined) ? undefined : Precise.stringAbs (amount),
            'cost': (contraAmount === undefined) ? undefined : Precise.stringAbs (this.amountOf (contraAmount)),
            'fee': fee,
            'info': trade,
        }, market);
    }

    async fetchTrades (symbol, since = undefined, limit = undefined, params = {}) {
        // trades: { trades: [ ... ] }, the last 1000 (the endpoint takes no range: since and limit filter them).
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetMarketTrades (this.extend ({ 'market': market['id'] }, params));
        const data = this.dataOf (response);
        return this.parseTrades (this.requiredList (data, 'trades'), market, since, limit);
    }

    // --- account -------------------------------------------------------------------------------------

    async fetchBalance (params = {}) {
        // GENMKT/money/info: { user_id, trade_fee, wallets: { BTC: { balance, available }, EUR: { ... } } }.
        await this.loadMarkets ();
        const response = await this.privatePostGENMKTMoneyInfo (params);
        const data = this.dataOf (response);
        const wallets = this.safeDict (data, 'wallets');
        if (wallets === undefined) {
            throw new BadResponse (this.id + ' sent account info without wallets: ' + this.excerpt (this.json (response)));
        }
        const result = { 'info': response };
        const ids = Object.keys (wallets);
        for (let i = 0; i < ids.length; i++) {
            const id = ids[i];
            const wallet = this.safeDict (wallets, id, {});
            const account = this.account ();
            account['total'] = this.amountOf (this.safeDict (wallet, 'balance'));
            account['free'] = this.amountOf (this.safeDict (wallet, 'available'));
            result[this.safeCurrencyCode (id)] = account;
        }
        return this.safeBalance (result);
    }

    // --- orders --------------------------------------------------------------------------------------

    parseOrder (order, market = undefined) {
        // order/result, orders and orders/history: { order_id, label, currency, item, type (bid, ask), status
        // (pending, open, placed, closed, cancelled), date, date_closed (seconds), amount, price, amount_funds,
        // amount_executed, amount_funds_executed, total_amount, total_spent, total_fee, avg_cost (amountObjs),
        // trades }; order/add answers { order_id } only. An order without a price is a market order.
        const item = this.safeString (order, 'item');
        const currencyId = this.safeString (order, 'currency');
        if ((item !== undefined) && (currencyId !== undefined)) {
            market = this.safeMarket (item + currencyId, market);
        }
        const id = this.safeString (order, 'order_id');
        const rawTrades = this.safeList (order, 'trades', []);
        const trades = [];
        for (let i = 0; i < rawTrades.length; i++) {
            trades.push (this.extend (this.parseTrade (rawTrades[i], market), { 'order': id }));
        }
        const priceObj = this.safeDict (order, 'price');
        const typeId = this.safeString (order, 'type');
        let side = undefined;
        if (typeId === 'bid') {
            side = 'buy';
        } else if (typeId === 'ask') {
            side = 'sell';
        }
        let type = undefined;
        if (this.safeString (order, 'status') !== undefined) {
            type = (priceObj === undefined) ? 'market' : 'limit';
        }
        const feeObj = this.safeDict (order, 'total_fee');
        let fee = undefined;
        if (feeObj !== undefined) {
            fee = { 'cost': this.amountOf (feeObj), 'currency': this.currencyOfAmount (feeObj) };
        }
        return this.safeOrder ({
            'id': id,
            'timestamp': this.safeTimestamp (order, 'date'),
            'lastUpdateTimestamp': this.safeTimestamp (order, 'date_closed'),
            'symbol': this.safeSymbol (undefined, market),
            'type': type,
            'side': side,
            'status': this.safeString (this.options['orderStatuses'], this.safeString (order, 'status')),
            'price': this.amountOf (priceObj),
            'average': this.amountOf (this.safeDict (order, 'avg_cost')),
            'amount': this.amountOf (this.safeDict (order, 'amount')),
            'filled': this.amountOf (this.safeDict2 (order, 'total_amount', 'amount_executed')),
            'cost': this.amountOf (this.safeDict2 (order, 'total_spent', 'amount_funds_executed')),
            'fee': fee,
            'trades': trades,
            'info': order,
        }, market);
    }

    async createOrder (symbol, type, side, amount, price = undefined, params = {}) {
        // <market>/money/order/add: type (bid, ask), amount_int (base, *1e8), price_int (quote, *1e5; without it a
        // market order), amount_funds_int (the most quote to spend, *1e5; a market order only), fee_currency
        // ('EUR' or 'BTC'). The docs list no stop, post-only, reduce-only, time-in-force or client id fields.
        await this.loadMarkets ();
        const market = this.market (symbol);
        // timeInForce first: unifiedOrderParams reads 'PO' as postOnly, and the error should name the param passed.
        const timeInForce = this.safeStringUpper (params, 'timeInForce');
        if ((timeInForce !== undefined) && ((timeInForce !== 'GTC') || (type !== 'limit'))) {
            throw new NotSupported (this.id + ' createOrder () does not support the unified param timeInForce ' + timeInForce + ' for ' + type + ' orders: limit orders are GTC');
        }
        const [ unified, rest ] = this.unifiedOrderParams (type, params);
        this.rejectUnifiedParams ('createOrder', unified, [ 'postOnly', 'reduceOnly', 'triggerPrice', 'stopLossPrice', 'takeProfitPrice', 'clientOrderId' ]);
        let typeId = undefined;
        if (side === 'buy') {
            typeId = 'bid';
        } else if (side === 'sell') {
            typeId = 'ask';
        } else {
            throw new InvalidOrder (this.id + ' createOrder () side must be buy or sell, not ' + side);
        }
        const request = {
            'market': market['id'],
            'type': typeId,
        };
        if (type === 'limit') {
            if (price === undefined) {
                throw new ArgumentsRequired (this.id + ' createOrder () requires a price for a limit order');
            }
            request['amount_int'] = this.toInteger (this.amountToPrecision (symbol, amount), market['baseId'], 'amount');
            request['price_int'] = this.toInteger (this.priceToPrecision (symbol, price), market['quoteId'], 'price');
        } else if (type === 'market') {
            if (price !== undefined) {
                throw new InvalidOrder (this.id + ' createOrder () takes no price for a market order: a price makes it a limit order');
            }
            if (amount !== undefined) {
                request['amount_int'] = this.toInteger (this.amountToPrecision (symbol, amount), market['baseId'], 'amount');
            }
            if (unified['cost'] !== undefined) {
                // The most quote currency to spend (the docs: it may stand beside amount_int in a market order).
                request['amount_funds_int'] = this.toInteger (this.costToPrecision (symbol, unified['cost']), market['quoteId'], 'cost');
            }
            if ((amount === undefined) && (unified['cost'] === undefined)) {
                throw new ArgumentsRequired (this.id + ' createOrder () requires an amount, or the unified param cost, for a market order');
            }
        } else {
            throw new InvalidOrder (this.id + ' createOrder () type must be limit or market, not ' + type);
        }
        const feeCurrency = this.safeString (this.options, 'feeCurrency', market['quoteId']);
        request['fee_currency'] = this.safeString (rest, 'fee_currency', feeCurrency);
        const response = await this.privatePostMarketMoneyOrderAdd (this.extend (request, this.omit (rest, 'fee_currency')));
        // { order_id } only: whether the order rests or has filled is for fetchOrder to say. Without its id the order
        // cannot be followed or cancelled: a BadResponse (a data of {} was an order without id in Node and no data in
        // PHP, whose empty array is no dictionary).
        const data = this.dataOf (response);
        if (this.safeString (data, 'order_id') === undefined) {
            throw new BadResponse (this.id + ' createOrder () got no order_id: ' + this.excerpt (this.json (response)));
        }
        return this.extend (this.parseOrder (data, market), {
            'type': type,
            'side': side,
        });
    }

    async createMarketBuyOrderWithCost (symbol, cost, params = {}) {
        return await this.createOrder (symbol, 'market', 'buy', undefined, undefined, this.extend (params, { 'cost': cost }));
    }

    marketOf (symbol, method) {
        // The market of an authenticated call whose path names it.
        if (symbol === undefined) {
            throw new ArgumentsRequired (this.id + ' ' + method + ' () requires a symbol: the API names the market in the path');
        }
        return this.market (symbol);
    }

    async cancelOrder (id, symbol = undefined, params = {}) {
        // <market>/money/order/cancel: order_id; answers no data besides result success.
        await this.loadMarkets ();
        const market = this.marketOf (symbol, 'cancelOrder');
        const response = await this.privatePostMarketMoneyOrderCancel (this.extend ({ 'market': market['id'], 'order_id': id }, params));
        return this.safeOrder ({
            'id': id,
            'symbol': market['symbol'],
            'status': 'canceled',
            'info': response,
        }, market);
    }

    async fetchOrder (id, symbol = undefined, params = {}) {
        // <market>/money/order/result: order_id.
        await this.loadMarkets ();
        const market = this.marketOf (symbol, 'fetchOrder');
        const response = await this.privatePostMarketMoneyOrderResult (this.extend ({ 'market': market['id'], 'order_id': id }, params));
        return this.parseOrder (this.dataOf (response), market);
    }

    async fetchOpenOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // <market>/money/orders: { orders: [ ... ] }, every active order (no range: since and limit filter them).
        await this.loadMarkets ();
        const market = this.marketOf (symbol, 'fetchOpenOrders');
        const response = await this.privatePostMarketMoneyOrders (this.extend ({ 'market': market['id'] }, params));
        const data = this.dataOf (response);
        return this.parseOrders (this.requiredList (data, 'orders'), market, since, limit);
    }

    historyRequest (since, limit, params) {
        // The paging of orders/history and wallet/history: page 1 (the most recent), date_from and date_to (unix
        // seconds, both inclusive) from since and the unified until, recs_per_page from limit.
        const request = { 'page': 1 };
        if (since !== undefined) {
            request['date_from'] = this.secondsOf (since);
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            request['date_to'] = this.secondsOf (until);
        }
        if (limit !== undefined) {
            request['recs_per_page'] = limit;
        }
        return request;
    }

    async fetchClosedOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // <market>/money/orders/history: { page, records, max_page, orders: [ closed and cancelled orders ] }.
        await this.loadMarkets ();
        const market = this.marketOf (symbol, 'fetchClosedOrders');
        const request = this.extend ({ 'market': market['id'] }, this.historyRequest (since, limit, params));
        const response = await this.privatePostMarketMoneyOrdersHistory (this.extend (request, this.omit (params, 'until')));
        const data = this.dataOf (response);
        return this.parseOrders (this.requiredList (data, 'orders'), market, since, limit);
    }

    async fetchMyTrades (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // The account's trades are the trade bookings of the base currency's wallet (GENMKT/money/wallet/history
        // with currency and type trade): { page, records, max_page, transactions: [ ... ] }.
        await this.loadMarkets ();
        const market = this.marketOf (symbol, 'fetchMyTrades');
        const request = this.extend ({ 'currency': market['baseId'], 'type': 'trade' }, this.historyRequest (since, limit, params));
        const response = await this.privatePostGENMKTMoneyWalletHistory (this.extend (request, this.omit (params, 'until')));
        const data = this.dataOf (response);
        return this.parseTrades (this.requiredList (data, 'transactions'), market, since, limit);
    }

    // --- funding -------------------------------------------------------------------------------------

    parseTransaction (transaction, currency = undefined) {
        // wallet/history: { transaction_id, amount (amountObj), date (seconds), debit_credit, type (deposit,
        // withdraw), balance }; withdraw answers { id }. Neither states an address, a txid or a status.
        const amountObj = this.safeDict (transaction, 'amount');
        const typeId = this.safeString (transaction, 'type');
        let type = undefined;
        if (typeId === 'deposit') {
            type = 'deposit';
        } else if (typeId === 'withdraw') {
            type = 'withdrawal';
        }
        const amount = this.amountOf (amountObj);
        const code = (amountObj === undefined) ? this.safeCurrencyCode (undefined, currency) : this.currencyOfAmount (amountObj);
        return this.safeTransaction ({
            'id': this.safeString2 (transaction, 'transaction_id', 'id'),
            'timestamp': this.safeTimestamp (transaction, 'date'),
            'type': type,
            'amount': (amount === undefined) ? undefined : Precise.stringAbs (amount),
            'currency': code,
            'info': transaction,
        }, currency);
    }

    async fetchTransfersOfType (typeId, method, code, since, limit, params) {
        if (code === undefined) {
            throw new ArgumentsRequired (this.id + ' ' + method + ' () requires a currency code: the wallet history is kept per currency');
        }
        await this.loadMarkets ();
        const currency = this.currency (code);
        const request = this.extend ({ 'currency': currency['id'], 'type': typeId }, this.historyRequest (since, limit, params));
        const response = await this.privatePostGENMKTMoneyWalletHistory (this.extend (request, this.omit (params, 'until')));
        const data = this.dataOf (response);
        return this.parseTransactions (this.requiredList (data, 'transactions'), currency, since, limit);
    }

    async fetchDeposits (code = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchTransfersOfType ('deposit', 'fetchDeposits', code, since, limit, params);
    }

    async fetchWithdrawals (code = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchTransfersOfType ('withdraw', 'fetchWithdrawals', code, since, limit, params);
    }

    rejectNetwork (method, params) {
        if (this.safeValue (params, 'network') !== undefined) {
            throw new NotSupported (this.id + ' ' + method + ' () does not support the unified param network: the API keeps one network per currency');
        }
    }

    depositAddressOf (response, currency) {
        const data = this.dataOf (response);
        const address = this.safeString (data, 'address');
        if (address === undefined) {
            throw new BadResponse (this.id + ' sent a deposit address answer without address: ' + this.excerpt (this.json (response)));
        }
        return {
            'currency': currency['code'],
            'address': address,
            'info': response,
        };
    }

    async fetchDepositAddress (code, params = {}) {
        // GENMKT/money/deposit_address: currency ('BTC'); answers { address }, the last one created.
        this.rejectNetwork ('fetchDepositAddress', params);
        await this.loadMarkets ();
        const currency = this.currency (code);
        const response = await this.privatePostGENMKTMoneyDepositAddress (this.extend ({ 'currency': currency['id'] }, params));
        return this.depositAddressOf (response, currency);
    }

    async createDepositAddress (code, params = {}) {
        // GENMKT/money/new_deposit_address: currency ('BTC'); answers { address }.
        this.rejectNetwork ('createDepositAddress', params);
        await this.loadMarkets ();
        const currency = this.currency (code);
        const response = await this.privatePostGENMKTMoneyNewDepositAddress (this.extend ({ 'currency': currency['id'] }, params));
        return this.depositAddressOf (response, currency);
    }

    async withdraw (code, amount, address, tag = undefined, params = {}) {
        // GENMKT/money/withdraw: currency ('BTC', 'EUR'), amount_int (satoshis or 0.00001 EUR), and address for
        // BTC or account_id (an IBAN of the account) with account_name for EUR; fee_priority (low, medium,
        // high) optional. Answers { id }.
        this.rejectNetwork ('withdraw', params);
        if (tag !== undefined) {
            throw new BadRequest (this.id + ' withdraw () takes no tag: the API sends to an address or an IBAN only');
        }
        await this.loadMarkets ();
        const currency = this.currency (code);
        const request = {
            'currency': currency['id'],
        };
        const fiat = (this.safeInteger (this.options['decimals'], currency['id']) !== undefined);
        if (fiat) {
            if (this.safeString (params, 'account_name') === undefined) {
                throw new ArgumentsRequired (this.id + ' withdraw () of ' + code + ' requires params account_name beside the IBAN as address');
            }
            request['account_id'] = address;
        } else {
            request['address'] = address;
        }
        request['amount_int'] = this.toInteger (this.numberToString (amount), currency['id'], 'amount');
        const response = await this.privatePostGENMKTMoneyWithdraw (this.extend (request, params));
        const data = this.dataOf (response);
        return this.safeTransaction ({
            'id': this.safeString (data, 'id'),
            'type': 'withdrawal',
            'amount': this.numberToString (amount),
            'currency': currency['code'],
            'address': address,
            'info': response,
        }, currency);
    }

    // --- transport -----------------------------------------------------------------------------------

    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        // Rest-Sign: the base64 HMAC-SHA512, keyed with the base64-decoded secret, of the path after /1/, a NUL
        // character and the form-encoded body (base.md, "Authentication and authorization").
        const requestPath = this.implodeParams (path, params);
        const query = this.omit (params, this.extractParams (path));
        let url = this.safeString (this.urls['api'], api) + '/' + requestPath;
        if (api === 'public') {
            if (Object.keys (query).length > 0) {
                url = url + '?' + this.urlencode (query);
            }
            return { 'url': url, 'method': method, 'body': body, 'headers': headers };
        }
        this.checkRequiredCredentials ();
        body = this.urlencode (query);
        const signature = this.hmac (this.encode (requestPath + '\u0000' + body), this.base64ToBinary (this.secret), 'sha512', 'base64');
        headers = {
            'Rest-Key': this.apiKey,
            'Rest-Sign': signature,
            'Content-Type': 'application/x-www-form-urlencoded',
        };
        return { 'url': url, 'method': method, 'body': body, 'headers': headers };
    }

    handleErrors (status, reason, url, method, responseHeaders, responseBody, response, requestHeaders, requestBody) {
        // { "result": "error", "data": { "code": "INSUFFICIENT_FUNDS", "message": "..." } }.
        if ((response === undefined) || Array.isArray (response) || (typeof response !== 'object')) {
            return undefined;
        }
        const result = this.safeString (response, 'result');
        if ((result === undefined) || (result === 'success')) {
            return undefined;
        }
        const data = this.safeDict (response, 'data', {});
        const code = this.safeString (data, 'code');
        const feedback = this.id + ' ' + method + ' ' + url + ' ' + this.excerpt (responseBody);
        if (code !== undefined) {
            this.throwExactlyMatchedException (this.exceptions['exact'], code, feedback);
        }
        throw new ExchangeError (feedback);
    }
}
