// Bit2C (Israel, spot against the shekel): https://bit2c.co.il/home/api
//
// Public calls are GETs of https://bit2c.co.il/Exchanges/<pair>/<call>: Ticker.json, orderbook.json (the whole book,
// cached for a second), lasttrades (the trades of the last 24 hours, uncached) and trades.json (limit, since a trade
// id, date a UNIX time). Pairs are named 'BtcNis', 'EthNis', 'LtcNis' and 'UsdcNis' (the docs' list); the API has no
// list of pairs, so the markets come from options['markets'] and each is confirmed by its ticker.
// Private calls carry a form of their parameters followed by nonce (an integer that grows with every request of a
// key), in the query string of a GET (Account/Balance, Order/MyOrders, Order/GetById, Order/OrderHistory) or as the
// body of a POST (Order/AddOrder, Order/CancelOrder, the market and stop orders). The header Key holds the API key,
// Sign the base64 HMAC-SHA512 of that form keyed with the secret. The docs call the secret "upper case": the
// published clients key the HMAC with it in upper case, and so must the user pass it (as Bit2C shows it); the
// runtime never transforms a secret.
// Errors come as { error: '<text>' } (the key or the signature refused), { Error: '<text>' } (GetById of an unknown
// order) or an OrderResponse { HasError: true, Error: '<text>' } (the order calls), mostly with status 200.
// Numbers of Order/OrderHistory are texts with thousands separators ('2,512.50'); they are read without them, and
// a text that is no number then is a BadResponse, never a wrong or missing amount.
import Exchange from './base/Exchange.js';
import { ArgumentsRequired, AuthenticationError, BadRequest, BadResponse, ExchangeError, InsufficientFunds, InvalidNonce, InvalidOrder, NotSupported, OrderNotFound, PermissionDenied } from './base/errors.js';
import Precise from './base/Precise.js';
import { TICK_SIZE } from './base/functions/number.js';

export default class bit2c extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'bit2c',
            'name': 'Bit2C',
            'countries': [ 'IL' ],
            'version': undefined,
            // The docs state no limit; the order book is cached for a second.
            'rateLimit': 1000,
            'has': {
                'fetchMarkets': true,
                'fetchCurrencies': false,
                'fetchTicker': true,
                'fetchTickers': true, // one ticker request per symbol
                'fetchOrderBook': true,
                'fetchOHLCV': false,
                'fetchTrades': true,
                'fetchBalance': true,
                'createOrder': true,
                'cancelOrder': true,
                'editOrder': false,
                'fetchOrder': true,
                'fetchOrders': false,
                'fetchOpenOrders': true,
                'fetchClosedOrders': false,
                'fetchMyTrades': true,
                'fetchDeposits': false,
                'fetchWithdrawals': false,
                'fetchTransactions': false,
                'fetchLedger': false,
                'fetchDepositAddress': false,
                'withdraw': false,
                'fetchTime': false,
                'fetchStatus': false,
                'fetchTradingFees': true, // the Fees of Account/Balance
                'cancelAllOrders': false,
                'fetchOrderTrades': false,
                'fetchTradingFee': true,
                'fetchDepositAddresses': false,
                'createDepositAddress': false,
                'fetchDepositWithdrawFees': false,
                'transfer': false,
                'createMarketBuyOrderWithCost': true, // Order/AddOrderMarketPriceBuy takes the shekels to spend
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
                    'public': 'https://bit2c.co.il',
                    'private': 'https://bit2c.co.il',
                },
                'www': 'https://bit2c.co.il',
                'doc': 'https://bit2c.co.il/home/api',
            },
            'api': {
                'public': {
                    'get': [
                        'Exchanges/{pair}/Ticker.json',
                        'Exchanges/{pair}/orderbook.json',
                        'Exchanges/{pair}/orderbook-top.json',
                        'Exchanges/{pair}/lasttrades',
                        'Exchanges/{pair}/trades.json',
                    ],
                },
                'private': {
                    'get': [
                        'Account/Balance',
                        'Order/MyOrders',
                        'Order/GetById',
                        'Order/OrderHistory',
                        'Order/HistoryByOrderId',
                    ],
                    'post': [
                        'Order/AddOrder',
                        'Order/CancelOrder',
                        'Order/AddOrderMarketPriceBuy',
                        'Order/AddOrderMarketPriceSell',
                        'Order/AddStopOrder',
                    ],
                },
            },
            'requiredCredentials': {
                'apiKey': true,
                'secret': true,
            },
            // The docs publish no schedule; Account/Balance reports the account's maker and taker fee of each pair
            // (fetchTradingFees).
            'fees': {
                'trading': {
                    'tierBased': true,
                    'percentage': true,
                },
            },
            'precisionMode': TICK_SIZE,
            'options': {
                // The pairs of the docs (Exchanges/[BtcNis/EthNis/LtcNis/UsdcNis]): id -> [ base id, quote id ].
                'markets': {
                    'BtcNis': [ 'BTC', 'NIS' ],
                    'EthNis': [ 'ETH', 'NIS' ],
                    'LtcNis': [ 'LTC', 'NIS' ],
                    'UsdcNis': [ 'USDC', 'NIS' ],
                },
                // Prices: "price with 5 figures after point is valid, after that it is rounded" (the C# client the
                // docs link); amounts to the satoshi. The API publishes no minimums.
                'precision': {
                    'amount': '0.00000001',
                    'price': '0.00001',
                },
                // Order/OrderHistory writes the shekel as its sign.
                'currencySigns': {
                    '\u20aa': 'NIS',
                },
                // The side of an order's type and of a history entry's action: 0 a buy, 1 a sell.
                'sides': {
                    '0': 'buy',
                    '1': 'sell',
                },
                // The status of Order/GetById. Orders listed by Order/MyOrders are open.
                'orderStatuses': {
                    'new': 'open',
                    'open': 'open',
                    'completed': 'closed',
                    'canceled': 'canceled',
                    'cancelled': 'canceled',
                },
            },
            'exceptions': {
                // The texts of { Error } (GetById of an unknown order: "No order found.").
                'exact': {
                    'No order found.': OrderNotFound,
                },
                // The texts of { error } and of an OrderResponse's Error, matched in lower case.
                'broad': {
                    'nonce': InvalidNonce,
                    'permission': PermissionDenied,
                    'sign': AuthenticationError,
                    'key': AuthenticationError,
                    'not found': OrderNotFound,
                    'no order': OrderNotFound,
                    'balance': InsufficientFunds,
                    'funds': InsufficientFunds,
                    'minimum': InvalidOrder,
                },
            },
        });
    }

    nonce () {
        // Milliseconds: more than one private request a second, and always above the last.
        return this.milliseconds ();
    }

    // --- numbers -------------------------------------------------------------------------------------

    decimalOf (entry, key) {
        // The number at entry[key] as a plain decimal string, thousands separators dropped ('2,512.50' ->
        // '2512.50'); undefined when it is missing, null or ''; a BadResponse for anything that is no number.
        const value = this.safeString (entry, key);
        if (value === undefined) {
            return undefined;
        }
        const text = value.split (',').join ('');
        if (!this.isDecimalString (text)) {
            throw new BadResponse (this.id + ' sent ' + key + ' that is no number: ' + this.excerpt (value));
        }
        return text;
    }

    unsignedOf (entry, key) {
        const text = this.decimalOf (entry, key);
        return (text === undefined) ? undefined : Precise.stringAbs (text);
    }

    // --- markets -------------------------------------------------------------------------------------

    async fetchMarkets (params = {}) {
        // The API lists no pairs: each pair of options['markets'] is confirmed by its ticker.
        const markets = this.safeDict (this.options, 'markets', {});
        const precision = this.safeDict (this.options, 'precision', {});
        const ids = Object.keys (markets);
        const result = [];
        for (let i = 0; i < ids.length; i++) {
            const id = ids[i];
            const pair = this.safeList (markets, id, []);
            const baseId = this.safeString (pair, 0);
            const quoteId = this.safeString (pair, 1);
            const ticker = await this.publicGetExchangesPairTickerJson (this.extend ({ 'pair': id }, params));
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
                'active': true,
                'precision': {
                    'amount': this.safeNumber (precision, 'amount'),
                    'price': this.safeNumber (precision, 'price'),
                },
                'limits': {
                    'amount': {},
                    'price': {},
                    'cost': {},
                },
                'info': ticker,
            }));
        }
        return result;
    }

    // --- market data ---------------------------------------------------------------------------------

    parseTicker (ticker, market = undefined) {
        // Ticker.json: { ll (last price), av (the average price of the last 24 hours), a (the volume of the last 24
        // hours, in the base currency), h (the highest buy order), l (the lowest sell order), c (the average change
        // of the last 24 hours, nullable), up (the direction of the last change) }, without a time.
        return this.safeTicker ({
            'symbol': this.safeSymbol (undefined, market),
            'bid': this.decimalOf (ticker, 'h'),
            'ask': this.decimalOf (ticker, 'l'),
            'last': this.decimalOf (ticker, 'll'),
            'vwap': this.decimalOf (ticker, 'av'),
            'baseVolume': this.decimalOf (ticker, 'a'),
            'info': ticker,
        }, market);
    }

    async fetchTicker (symbol, params = {}) {
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetExchangesPairTickerJson (this.extend ({ 'pair': market['id'] }, params));
        return this.parseTicker (this.dictOf (response, 'fetchTicker'), market);
    }

    async fetchTickers (symbols = undefined, params = {}) {
        // Ticker.json takes one pair: one request per symbol.
        await this.loadMarkets ();
        const list = (symbols === undefined) ? this.symbols : symbols;
        const markets = [];
        for (let i = 0; i < list.length; i++) {
            markets.push (this.market (list[i]));
        }
        const result = {};
        for (let i = 0; i < markets.length; i++) {
            const market = markets[i];
            const response = await this.publicGetExchangesPairTickerJson (this.extend ({ 'pair': market['id'] }, params));
            result[market['symbol']] = this.parseTicker (this.dictOf (response, 'fetchTickers'), market);
        }
        return result;
    }

    async fetchOrderBook (symbol, limit = undefined, params = {}) {
        // orderbook.json: { asks: [ [ price, amount ], ... ], bids: [ ... ] }, the whole book (no depth).
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetExchangesPairOrderbookJson (this.extend ({ 'pair': market['id'] }, params));
        const book = this.dictOf (response, 'fetchOrderBook');
        const levels = {
            'bids': this.requiredList (book, 'bids'),
            'asks': this.requiredList (book, 'asks'),
        };
        const result = this.parseOrderBook (levels, market['symbol']);
        if (limit !== undefined) {
            result['bids'] = result['bids'].slice (0, limit);
            result['asks'] = result['asks'].slice (0, limit);
        }
        return result;
    }

    parseTrade (trade, market = undefined) {
        // Public (lasttrades, trades.json): { date (s), isBid (true: the taker bought), price, amount, tid }.
        // The account's (Order/OrderHistory): { ticks (s), created, action (0 a buy, 1 a sell), price, pair,
        // reference ('<pair>|<order id>|<order id>'), fee (percent), feeAmount, feeCoin, firstAmount (the base
        // amount, signed), firstAmountBalance, secondAmount (the shekels, signed, fee included), secondAmountBalance,
        // firstCoin, secondCoin, isMaker }, numbers as texts with thousands separators.
        const pair = this.safeString (trade, 'pair');
        market = this.safeMarket (pair, market);
        const reference = this.safeString (trade, 'reference');
        if (reference === undefined) {
            const isBid = this.safeBool (trade, 'isBid');
            let side = undefined;
            if (isBid !== undefined) {
                side = isBid ? 'buy' : 'sell';
            }
            return this.safeTrade ({
                'id': this.safeString (trade, 'tid'),
                'symbol': market['symbol'],
                'timestamp': this.safeTimestamp (trade, 'date'),
                'side': side,
                'price': this.decimalOf (trade, 'price'),
                'amount': this.unsignedOf (trade, 'amount'),
                'info': trade,
            }, market);
        }
        const isMaker = this.safeBool (trade, 'isMaker');
        let takerOrMaker = undefined;
        if (isMaker !== undefined) {
            takerOrMaker = isMaker ? 'maker' : 'taker';
        }
        let fee = undefined;
        const feeCost = this.unsignedOf (trade, 'feeAmount');
        if (feeCost !== undefined) {
            const feeCoin = this.safeString (trade, 'feeCoin');
            const feeCurrencyId = this.safeString (this.options['currencySigns'], feeCoin, feeCoin);
            fee = {
                'cost': feeCost,
                'currency': this.safeCurrencyCode (feeCurrencyId),
            };
            const feePercent = this.decimalOf (trade, 'fee');
            if (feePercent !== undefined) {
                fee['rate'] = Precise.stringDiv (feePercent, '100');
            }
        }
        return this.safeTrade ({
            'id': reference,
            'symbol': market['symbol'],
            'timestamp': this.safeTimestamp (trade, 'ticks'),
            'side': this.safeString (this.options['sides'], this.safeString (trade, 'action')),
            'takerOrMaker': takerOrMaker,
            'price': this.decimalOf (trade, 'price'),
            'amount': this.unsignedOf (trade, 'firstAmount'),
            'fee': fee,
            'info': trade,
        }, market);
    }

    async fetchTrades (symbol, since = undefined, limit = undefined, params = {}) {
        // Without since: lasttrades, the trades of the last 24 hours with their side. With since: trades.json from
        // date (UNIX seconds), at most limit (the docs: 100,000 at most), without a side.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'pair': market['id'] };
        let response = undefined;
        if (since === undefined) {
            response = await this.publicGetExchangesPairLasttrades (this.extend (request, params));
        } else {
            request['date'] = this.integerOf (since / 1000);
            if (limit !== undefined) {
                request['limit'] = Math.min (limit, 100000);
            }
            response = await this.publicGetExchangesPairTradesJson (this.extend (request, params));
        }
        return this.parseTrades (this.listOf (response, 'fetchTrades'), market, since, limit);
    }

    // --- answers -------------------------------------------------------------------------------------

    shown (value) {
        // A value of an answer as an error message shows it.
        return (value === undefined) ? 'nothing' : this.excerpt (this.json (value));
    }

    dictOf (response, method) {
        // A dictionary answer; an empty list stands for an empty one (PHP decodes {} as an empty array, the same
        // value as []).
        if (!this.isMergeable (response)) {
            throw new BadResponse (this.id + ' ' + method + ' () got an answer that is no dictionary: ' + this.shown (response));
        }
        return Array.isArray (response) ? {} : response;
    }

    listOf (response, method) {
        // A list answer; an empty dictionary stands for an empty list (PHP decodes both as the same empty array).
        if (Array.isArray (response)) {
            return response;
        }
        if (this.isMergeable (response) && this.isEmpty (response)) {
            return [];
        }
        throw new BadResponse (this.id + ' ' + method + ' () got an answer that is no list: ' + this.shown (response));
    }

    // --- account -------------------------------------------------------------------------------------

    async fetchBalance (params = {}) {
        // Account/Balance: { AVAILABLE_NIS, NIS, LOCKED_NIS, ESTIMATED_BALANCE_NIS_IN_NIS, AVAILABLE_BTC, BTC,
        // LOCKED_BTC, ..., Fees: { BtcNis: { FeeMaker, FeeTaker }, ... } }: for each currency X what is free
        // (AVAILABLE_X), held by orders (LOCKED_X) and its total (X).
        await this.loadMarkets ();
        const response = this.dictOf (await this.privateGetAccountBalance (params), 'fetchBalance');
        const result = { 'info': response };
        const keys = Object.keys (response);
        for (let i = 0; i < keys.length; i++) {
            const id = keys[i];
            const free = this.decimalOf (response, 'AVAILABLE_' + id);
            if (free === undefined) {
                continue;
            }
            const account = this.account ();
            account['free'] = free;
            account['used'] = this.decimalOf (response, 'LOCKED_' + id);
            account['total'] = this.decimalOf (response, id);
            result[this.safeCurrencyCode (id)] = account;
        }
        return this.safeBalance (result);
    }

    async fetchTradingFees (params = {}) {
        // The Fees of Account/Balance: { <pair>: { FeeMaker, FeeTaker } }, in percent.
        await this.loadMarkets ();
        const response = this.dictOf (await this.privateGetAccountBalance (params), 'fetchTradingFees');
        const fees = this.safeDict (response, 'Fees');
        if (fees === undefined) {
            throw new BadResponse (this.id + ' fetchTradingFees () got a balance without Fees: ' + this.shown (response));
        }
        const result = {};
        const ids = Object.keys (fees);
        for (let i = 0; i < ids.length; i++) {
            const id = ids[i];
            if (this.safeValue (this.marketsById, id) === undefined) {
                continue; // a pair the markets do not list
            }
            const market = this.safeMarket (id);
            const entry = this.safeDict (fees, id, {});
            const maker = this.decimalOf (entry, 'FeeMaker');
            const taker = this.decimalOf (entry, 'FeeTaker');
            result[market['symbol']] = {
                'symbol': market['symbol'],
                'maker': (maker === undefined) ? undefined : this.parseNumber (Precise.stringDiv (maker, '100')),
                'taker': (taker === undefined) ? undefined : this.parseNumber (Precise.stringDiv (taker, '100')),
                'info': entry,
            };
        }
        return result;
    }

    async fetchTradingFee (symbol, params = {}) {
        return await this.tradingFeeOfAll (symbol, params);
    }

    // --- orders --------------------------------------------------------------------------------------

    parseOrder (order, market = undefined) {
        // Order/GetById: { pair, status, created (s), type (0 a buy, 1 a sell), order_type, amount (what is left),
        // initialAmount, price, stop, id }; Order/MyOrders lists the same without pair (under its pair) and with
        // status_type; Order/AddOrder's NewOrder: { created, type, amount, price, id, stop (stop orders) }.
        const pair = this.safeString (order, 'pair');
        market = this.safeMarket (pair, market);
        const initialAmount = this.unsignedOf (order, 'initialAmount');
        const amount = this.unsignedOf (order, 'amount');
        const stop = this.decimalOf (order, 'stop');
        const status = this.safeStringLower (order, 'status');
        const orderType = this.safeString (order, 'order_type');
        return this.safeOrder ({
            'id': this.safeString (order, 'id'),
            'symbol': market['symbol'],
            'timestamp': this.safeTimestamp (order, 'created'),
            'type': (orderType === '0') ? 'limit' : undefined,
            'side': this.safeString (this.options['sides'], this.safeString (order, 'type')),
            'status': this.safeString (this.options['orderStatuses'], status),
            'price': this.decimalOf (order, 'price'),
            'triggerPrice': ((stop === undefined) || Precise.stringEq (stop, '0')) ? undefined : stop,
            'amount': (initialAmount === undefined) ? amount : initialAmount,
            'remaining': (initialAmount === undefined) ? undefined : amount,
            'info': order,
        }, market);
    }

    async createOrder (symbol, type, side, amount, price = undefined, params = {}) {
        // Order/AddOrder: Amount, Price, Total (Amount x Price), IsBid, Pair. Order/AddStopOrder: Amount, Price, Stop,
        // IsBid, Pair (a limit order placed once the price reaches Stop). Order/AddOrderMarketPriceBuy: Total (the
        // shekels to spend), Pair. Order/AddOrderMarketPriceSell: Amount, Pair. Each answers { OrderResponse:
        // { pair, HasError, Error, Message }, NewOrder: { ... } }. Orders rest until filled or canceled: no
        // time-in-force, post-only or client order id.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const timeInForce = this.safeStringUpper (params, 'timeInForce');
        if ((timeInForce !== undefined) && ((timeInForce !== 'GTC') || (type !== 'limit'))) {
            throw new NotSupported (this.id + ' createOrder () does not support the unified param timeInForce ' + timeInForce + ' for ' + type + ' orders: limit orders rest until filled or canceled (GTC)');
        }
        const [ unified, rest ] = this.unifiedOrderParams (type, params);
        this.rejectUnifiedParams ('createOrder', unified, [ 'postOnly', 'reduceOnly', 'stopLossPrice', 'takeProfitPrice', 'clientOrderId' ]);
        if ((side !== 'buy') && (side !== 'sell')) {
            throw new InvalidOrder (this.id + ' createOrder () side must be buy or sell, not ' + side);
        }
        const isBid = (side === 'buy') ? 'true' : 'false';
        let request = { 'Pair': market['id'] };
        let response = undefined;
        if (type === 'limit') {
            if (price === undefined) {
                throw new ArgumentsRequired (this.id + ' createOrder () requires a price for a limit order');
            }
            const amountText = this.amountToPrecision (symbol, amount);
            const priceText = this.priceToPrecision (symbol, price);
            if (unified['triggerPrice'] !== undefined) {
                request = {
                    'Amount': amountText,
                    'Price': priceText,
                    'Stop': this.priceToPrecision (symbol, unified['triggerPrice']),
                    'IsBid': isBid,
                    'Pair': market['id'],
                };
                response = await this.privatePostOrderAddStopOrder (this.extend (request, rest));
            } else {
                request = {
                    'Amount': amountText,
                    'Price': priceText,
                    'Total': Precise.stringMul (amountText, priceText),
                    'IsBid': isBid,
                    'Pair': market['id'],
                };
                response = await this.privatePostOrderAddOrder (this.extend (request, rest));
            }
        } else if (type === 'market') {
            if (unified['triggerPrice'] !== undefined) {
                throw new NotSupported (this.id + ' createOrder () does not support the unified param triggerPrice for market orders: Order/AddStopOrder places limit orders');
            }
            if (side === 'buy') {
                // The shekels to spend: the unified param cost, or amount x price.
                let total = unified['cost'];
                if (total === undefined) {
                    if ((amount === undefined) || (price === undefined)) {
                        throw new ArgumentsRequired (this.id + ' createOrder () requires the unified param cost (the shekels to spend), or an amount and a price, for a market buy order');
                    }
                    total = Precise.stringMul (this.amountToPrecision (symbol, amount), this.numberToString (price));
                } else if (amount !== undefined) {
                    throw new InvalidOrder (this.id + ' createOrder () takes an amount or the unified param cost for a market buy order, not both');
                }
                request = {
                    'Total': this.costToPrecision (symbol, total),
                    'Pair': market['id'],
                };
                response = await this.privatePostOrderAddOrderMarketPriceBuy (this.extend (request, rest));
            } else {
                if (unified['cost'] !== undefined) {
                    throw new NotSupported (this.id + ' createOrder () does not support the unified param cost for market sell orders: Order/AddOrderMarketPriceSell takes an amount');
                }
                if (price !== undefined) {
                    throw new InvalidOrder (this.id + ' createOrder () takes no price for a market sell order: a price makes it a limit order');
                }
                request = {
                    'Amount': this.amountToPrecision (symbol, amount),
                    'Pair': market['id'],
                };
                response = await this.privatePostOrderAddOrderMarketPriceSell (this.extend (request, rest));
            }
        } else {
            throw new InvalidOrder (this.id + ' createOrder () type must be limit or market, not ' + type);
        }
        const newOrder = this.safeDict (this.dictOf (response, 'createOrder'), 'NewOrder');
        if ((newOrder === undefined) || (this.safeString (newOrder, 'id') === undefined)) {
            throw new BadResponse (this.id + ' createOrder () got no NewOrder with an id: ' + this.shown (response));
        }
        const order = this.parseOrder (newOrder, market);
        order['type'] = type;
        order['side'] = side;
        order['info'] = response;
        return order;
    }

    async createMarketBuyOrderWithCost (symbol, cost, params = {}) {
        return await this.createOrder (symbol, 'market', 'buy', undefined, undefined, this.extend (params, { 'cost': cost }));
    }

    async cancelOrder (id, symbol = undefined, params = {}) {
        // Order/CancelOrder: id; answers an OrderResponse { HasError, Error } (an error is thrown by handleErrors).
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const response = await this.privatePostOrderCancelOrder (this.extend ({ 'id': id }, params));
        return this.safeOrder ({
            'id': id,
            'symbol': (market === undefined) ? undefined : market['symbol'],
            'status': 'canceled',
            'info': this.dictOf (response, 'cancelOrder'),
        }, market);
    }

    async fetchOrder (id, symbol = undefined, params = {}) {
        // Order/GetById: id; answers the order, { Error: 'No order found.' } for an unknown id.
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const response = this.dictOf (await this.privateGetOrderGetById (this.extend ({ 'id': id }, params)), 'fetchOrder');
        if (this.safeString (response, 'id') === undefined) {
            throw new BadResponse (this.id + ' fetchOrder () got an order without id: ' + this.shown (response));
        }
        return this.parseOrder (response, market);
    }

    async fetchOpenOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // Order/MyOrders: pair; answers { <pair>: { bid: [ orders ], ask: [ orders ] } }, the open orders of the pair.
        if (symbol === undefined) {
            throw new ArgumentsRequired (this.id + ' fetchOpenOrders () requires a symbol: Order/MyOrders lists the orders of one pair');
        }
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = this.dictOf (await this.privateGetOrderMyOrders (this.extend ({ 'pair': market['id'] }, params)), 'fetchOpenOrders');
        const books = this.safeValue (response, market['id']);
        if (books === undefined) {
            return [];
        }
        const sides = this.dictOf (books, 'fetchOpenOrders');
        const result = [];
        const keys = [ 'bid', 'ask' ];
        for (let i = 0; i < keys.length; i++) {
            const entries = this.safeValue (sides, keys[i], []);
            if (!Array.isArray (entries)) {
                throw new BadResponse (this.id + ' fetchOpenOrders () got ' + keys[i] + ' orders that are no list: ' + this.shown (response));
            }
            for (let j = 0; j < entries.length; j++) {
                const order = this.parseOrder (this.dictOf (entries[j], 'fetchOpenOrders'), market);
                order['side'] = (keys[i] === 'bid') ? 'buy' : 'sell';
                order['status'] = 'open';
                result.push (order);
            }
        }
        return this.filterBySymbolSinceLimit (this.sortBy (result, 'timestamp'), symbol, since, limit);
    }

    async fetchMyTrades (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // Order/OrderHistory: pair (every pair without it), take (how many); answers [ entries ] whose action is 0
        // (a buy) or 1 (a sell). The docs give fromTime and toTime no format that the API is known to read, so the
        // unified param until is refused and since filters what comes.
        if (this.safeValue (params, 'until') !== undefined) {
            throw new NotSupported (this.id + ' fetchMyTrades () does not support the unified param until');
        }
        await this.loadMarkets ();
        let market = undefined;
        const request = {};
        if (symbol !== undefined) {
            market = this.market (symbol);
            request['pair'] = market['id'];
        }
        if (limit !== undefined) {
            request['take'] = limit;
        }
        const response = await this.privateGetOrderOrderHistory (this.extend (request, params));
        const entries = this.listOf (response, 'fetchMyTrades');
        const trades = [];
        for (let i = 0; i < entries.length; i++) {
            const entry = this.dictOf (entries[i], 'fetchMyTrades');
            const action = this.safeString (entry, 'action');
            if ((action === '0') || (action === '1')) {
                trades.push (entry);
            }
        }
        return this.parseTrades (trades, market, since, limit);
    }

    // --- transport -----------------------------------------------------------------------------------

    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        // Private: the form <params>&nonce=<n> goes into the query of a GET or the body of a POST, with the headers
        // Key (the API key) and Sign (the base64 HMAC-SHA512 of the form, keyed with the secret).
        let url = this.safeString (this.urls['api'], api) + '/' + this.implodeParams (path, params);
        const query = this.omit (params, this.extractParams (path));
        if (api === 'public') {
            if (Object.keys (query).length > 0) {
                url = url + '?' + this.urlencode (query);
            }
            return { 'url': url, 'method': method, 'body': body, 'headers': headers };
        }
        this.checkRequiredCredentials ();
        if ('nonce' in query) {
            throw new BadRequest (this.id + ' ' + path + ' takes no parameter nonce: the request is signed with its own');
        }
        const form = this.urlencode (this.extend (query, { 'nonce': this.nonce () }));
        headers = {
            'Key': this.apiKey,
            'Sign': this.hmac (this.encode (form), this.encode (this.secret), 'sha512', 'base64'),
        };
        if (method === 'GET') {
            url = url + '?' + form;
        } else {
            headers['Content-Type'] = 'application/x-www-form-urlencoded';
            body = form;
        }
        return { 'url': url, 'method': method, 'body': body, 'headers': headers };
    }

    handleErrors (status, reason, url, method, responseHeaders, responseBody, response, requestHeaders, requestBody) {
        // { error: '<text>' }, { Error: '<text>' }, or an OrderResponse { HasError: true, Error: '<text>' } at the
        // top or under OrderResponse.
        if ((response === undefined) || Array.isArray (response) || (typeof response !== 'object')) {
            return undefined;
        }
        const feedback = this.id + ' ' + this.excerpt (responseBody);
        const lower = this.safeString (response, 'error');
        if (lower !== undefined) {
            this.throwBroadlyMatchedException (this.exceptions['broad'], lower.toLowerCase (), feedback);
            throw new ExchangeError (feedback);
        }
        const nested = this.safeDict (response, 'OrderResponse');
        const orderResponse = (nested === undefined) ? response : nested;
        const hasError = this.safeBool (orderResponse, 'HasError');
        const message = this.safeString (orderResponse, 'Error');
        if (hasError === true) {
            if (message !== undefined) {
                this.throwExactlyMatchedException (this.exceptions['exact'], message, feedback);
                this.throwBroadlyMatchedException (this.exceptions['broad'], message.toLowerCase (), feedback);
            }
            throw new InvalidOrder (feedback);
        }
        if ((hasError === undefined) && (message !== undefined)) {
            this.throwExactlyMatchedException (this.exceptions['exact'], message, feedback);
            this.throwBroadlyMatchedException (this.exceptions['broad'], message.toLowerCase (), feedback);
            throw new ExchangeError (feedback);
        }
        return undefined;
    }
}
