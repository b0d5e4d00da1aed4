// CoinMate exchange API (spot): https://coinmate.docs.apiary.io
//
// Public operations are GETs under https://coinmate.io/api with their parameters in the query. Private
// ("user") operations are POSTs of an application/x-www-form-urlencoded body that carries clientId, publicKey,
// nonce and signature beside the operation's own parameters; the signature is the HMAC-SHA256 of
// nonce + clientId + publicKey with the private key, in upper-case hex. Every answer is the envelope
// { "error": false, "errorMessage": null, "data": ... }; a failure is { "error": true, "errorMessage": "..." }.
// Pairs are named BASE_QUOTE ('BTC_EUR'); numbers are JSON numbers; timestamps are in milliseconds.
//
// Credentials: apiKey is the public API key, secret the private key, uid the client ID (Account -> API).
import Exchange from './base/Exchange.js';
import { ArgumentsRequired, AuthenticationError, BadRequest, BadResponse, ExchangeError, InvalidAddress, InvalidOrder, NotSupported, OrderNotFound, PermissionDenied } from './base/errors.js';
import { TICK_SIZE } from './base/functions/number.js';
import Precise from './base/Precise.js';

export default class coinmate extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'coinmate',
            'name': 'CoinMate',
            'countries': [ 'CZ' ],
            'version': undefined,
            // The docs: "Please not make more than 100 request per minute or we will ban your IP address."
            'rateLimit': 600,
            'has': {
                'fetchMarkets': true,
                'fetchCurrencies': true, // a user operation: without credentials the currencies come from the markets
                'fetchTicker': true,
                'fetchTickers': true,
                'fetchOrderBook': true,
                'fetchOHLCV': false, // the API has no candles
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
                'fetchTransactions': false,
                'fetchLedger': false,
                'fetchDepositAddress': true,
                'withdraw': true,
                'fetchTime': true,
                'fetchStatus': false,
                'fetchTradingFees': false, // traderFees takes one pair
                'cancelAllOrders': false,
                'fetchOrderTrades': false,
                'fetchTradingFee': true,
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
            'urls': {
                'api': {
                    'public': 'https://coinmate.io/api',
                    'private': 'https://coinmate.io/api',
                },
                'www': 'https://coinmate.io',
                'doc': 'https://coinmate.docs.apiary.io',
                'fees': 'https://coinmate.io/fees',
            },
            'api': {
                'public': {
                    'get': [
                        'tradingPairs',
                        'orderBook',
                        'ticker',
                        'tickerAll',
                        'products',
                        'transactions',
                        'system/time',
                    ],
                },
                'private': {
                    'post': [
                        'currencies',
                        'balances',
                        'traderFees',
                        'transactionHistory',
                        'tradeHistory',
                        'transfer',
                        'transferHistory',
                        'orderHistory',
                        'openOrders',
                        'order',
                        'orderById',
                        'cancelOrder',
                        'cancelAllOpenOrders',
                        'cancelOrderWithInfo',
                        'buyLimit',
                        'sellLimit',
                        'buyInstant',
                        'sellInstant',
                        'withdrawVirtualCurrency',
                        'virtualCurrencyDepositAddresses',
                        'unconfirmedVirtualCurrencyDeposits',
                    ],
                },
            },
            'requiredCredentials': {
                'apiKey': true,
                'secret': true,
                'uid': true,
            },
            // Maker and taker fees depend on the account's monthly volume (traderFees reports the account's own).
            'fees': {
                'trading': {
                    'tierBased': true,
                    'percentage': true,
                },
            },
            'precisionMode': TICK_SIZE,
            'options': {
                'orderStatuses': {
                    'OPEN': 'open',
                    'PARTIALLY_FILLED': 'open',
                    'FILLED': 'closed',
                    'CANCELLED': 'canceled',
                },
                // orderTradeType of an order, orderType of a trade: LIMIT, or the market kinds INSTANT and QUICK
                // (openOrders names them MARKET).
                'orderTypes': {
                    'LIMIT': 'limit',
                    'MARKET': 'market',
                    'INSTANT': 'market',
                    'QUICK': 'market',
                },
                'transferStatuses': {
                    'NEW': 'pending',
                    'BEFORE_SEND': 'pending',
                    'SENT': 'pending',
                    'PENDING': 'pending',
                    'WAITING': 'pending',
                    'ERROR': 'failed',
                    'CANCELLED': 'canceled',
                    'COMPLETED': 'ok',
                    'VERIFIED': 'ok',
                },
                // unified network code: the network names of currencies (TRX carries USDT); the others are the
                // currency's own chain, named by its code
                'networks': {
                    'TRC20': 'TRX',
                    'LIGHTNING': 'BTC_LIGHTNING',
                },
                // transactions answers the trades of the last minutesIntoHistory minutes, at most 24 hours.
                'maxTradeMinutes': 1440,
            },
            // Failures are { "error": true, "errorMessage": "..." }. The docs name these messages: "access denied"
            // for a nonce that is not greater than the last one (and for a wrong signature), "Insufficient key
            // privileges" for a key without the permission, "Not implemented" for the disabled stop orders.
            'exceptions': {
                'exact': {
                    'Not implemented': NotSupported,
                },
                'broad': {
                    'ccess denied': AuthenticationError,
                    'Insufficient key privileges': PermissionDenied,
                },
            },
        });
    }

    // --- markets -------------------------------------------------------------------------------------

    dataOf (response) {
        // The data of the envelope { error, errorMessage, data }; handleErrors has thrown for error true.
        if ((response === undefined) || Array.isArray (response) || (typeof response !== 'object') || !('data' in response)) {
            throw new BadResponse (this.id + ' sent an answer without data: ' + this.excerpt (this.json (response)));
        }
        return response['data'];
    }

    listOf (response) {
        const data = this.dataOf (response);
        if (!Array.isArray (data)) {
            throw new BadResponse (this.id + ' sent data that is no list: ' + this.excerpt (this.json (response)));
        }
        return data;
    }

    dictOf (response) {
        const data = this.dataOf (response);
        if ((data === undefined) || Array.isArray (data) || (typeof data !== 'object')) {
            throw new BadResponse (this.id + ' sent data that is no dictionary: ' + this.excerpt (this.json (response)));
        }
        return data;
    }

    async fetchMarkets (params = {}) {
        // tradingPairs: [ { name, firstCurrency, secondCurrency, priceDecimals, lotDecimals, minAmount, ... } ].
        const response = await this.publicGetTradingPairs (params);
        const pairs = this.listOf (response);
        const result = [];
        for (let i = 0; i < pairs.length; i++) {
            const pair = pairs[i];
            const id = this.safeString (pair, 'name');
            const baseId = this.safeString (pair, 'firstCurrency');
            const quoteId = this.safeString (pair, 'secondCurrency');
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
                    'amount': this.parseNumber (this.parsePrecision (this.safeString (pair, 'lotDecimals'))),
                    'price': this.parseNumber (this.parsePrecision (this.safeString (pair, 'priceDecimals'))),
                },
                'limits': {
                    'amount': {
                        'min': this.safeNumber (pair, 'minAmount'),
                    },
                },
                'info': pair,
            }));
        }
        return result;
    }

    async fetchCurrencies (params = {}) {
        // currencies is a user operation: without credentials there is no list (an empty dictionary), and
        // loadMarkets derives the currencies from the markets instead. Each entry: { currency, currencyName,
        // depositEnabled, withdrawEnabled, precision (decimals), networks: [ { network, deposit: { enabled,
        // minAmount, ... }, withdraw: { enabled, fee: [ { fixFee, percentageFee, variant } ], minAmount } } ] }.
        if (!this.checkRequiredCredentials (false)) {
            return {};
        }
        const response = await this.privatePostCurrencies (params);
        const entries = this.listOf (response);
        const result = {};
        for (let i = 0; i < entries.length; i++) {
            const entry = entries[i];
            const id = this.safeString (entry, 'currency');
            const code = this.safeCurrencyCode (id);
            const precision = this.parseNumber (this.parsePrecision (this.safeString (entry, 'precision')));
            const networkList = this.safeList (entry, 'networks', []);
            const networks = {};
            for (let j = 0; j < networkList.length; j++) {
                const item = networkList[j];
                const networkId = this.safeString (item, 'network');
                const networkCode = this.networkCode (networkId);
                const deposit = this.safeDict (item, 'deposit', {});
                const withdraw = this.safeDict (item, 'withdraw', {});
                const fees = this.safeList (withdraw, 'fee', []);
                networks[networkCode] = {
                    'id': networkId,
                    'network': networkCode,
                    'active': undefined,
                    'deposit': this.safeBool (deposit, 'enabled'),
                    'withdraw': this.safeBool (withdraw, 'enabled'),
                    // the fee of the first variant (HIGH priority where there are two)
                    'fee': this.safeNumber (this.safeDict (fees, 0, {}), 'fixFee'),
                    'precision': precision,
                    'limits': {
                        'deposit': { 'min': this.safeNumber (deposit, 'minAmount'), 'max': this.safeNumber (deposit, 'maxAmount') },
                        'withdraw': { 'min': this.safeNumber (withdraw, 'minAmount'), 'max': this.safeNumber (withdraw, 'maxAmount') },
                    },
                };
            }
            const depositEnabled = this.safeBool (entry, 'depositEnabled');
            const withdrawEnabled = this.safeBool (entry, 'withdrawEnabled');
            result[code] = {
                'id': id,
                'code': code,
                'name': this.safeString (entry, 'currencyName'),
                'active': (depositEnabled === undefined) ? undefined : (depositEnabled || withdrawEnabled),
                'deposit': depositEnabled,
                'withdraw': withdrawEnabled,
                'precision': precision,
                'networks': networks,
                'info': entry,
            };
        }
        return result;
    }

    // --- market data ---------------------------------------------------------------------------------

    tickerTimestamp (ticker) {
        // The docs say the ticker's timestamp is in milliseconds, but their example (1506062222, September
        // 2017) is in seconds: a value below 10^11 (1973 in milliseconds) is read as seconds.
        const value = this.safeInteger (ticker, 'timestamp');
        if ((value !== undefined) && (value < 100000000000)) {
            return value * 1000;
        }
        return value;
    }

    parseTicker (ticker, market = undefined) {
        // { last, high, low, amount (the base volume of 24 hours), bid, ask, change (today's change in percent),
        // open (today's open), timestamp }.
        return this.safeTicker ({
            'symbol': this.safeSymbol (undefined, market),
            'timestamp': this.tickerTimestamp (ticker),
            'high': this.safeString (ticker, 'high'),
            'low': this.safeString (ticker, 'low'),
            'bid': this.safeString (ticker, 'bid'),
            'ask': this.safeString (ticker, 'ask'),
            'open': this.safeString (ticker, 'open'),
            'last': this.safeString (ticker, 'last'),
            'percentage': this.safeString (ticker, 'change'),
            'baseVolume': this.safeString (ticker, 'amount'),
            'info': ticker,
        }, market);
    }

    async fetchTicker (symbol, params = {}) {
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetTicker (this.extend ({ 'currencyPair': market['id'] }, params));
        return this.parseTicker (this.dictOf (response), market);
    }

    async fetchTickers (symbols = undefined, params = {}) {
        // tickerAll: { BTC_EUR: { ticker }, ... }.
        await this.loadMarkets ();
        const response = await this.publicGetTickerAll (params);
        const data = this.dictOf (response);
        const ids = Object.keys (data);
        const result = [];
        for (let i = 0; i < ids.length; i++) {
            const market = this.safeMarket (ids[i], undefined, '_');
            result.push (this.parseTicker (this.safeDict (data, ids[i], {}), market));
        }
        return this.tickersOfSymbols (result, symbols);
    }

    tickersOfSymbols (tickers, symbols = undefined) {
        // The tickers are parsed already (each needs the market its key names): keyed by symbol here.
        const result = {};
        for (let i = 0; i < tickers.length; i++) {
            const ticker = tickers[i];
            const symbol = ticker['symbol'];
            if ((symbols === undefined) || this.inArray (symbol, symbols)) {
                result[symbol] = ticker;
            }
        }
        return result;
    }

    async fetchOrderBook (symbol, limit = undefined, params = {}) {
        // orderBook: { asks: [ { price, amount } ], bids: [ ... ] }, a limited number of the best levels.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = {
            'currencyPair': market['id'],
            'groupByPriceLimit': 'False',
        };
        const response = await this.publicGetOrderBook (this.extend (request, params));
        const data = this.dictOf (response);
        const book = this.parseOrderBook (data, market['symbol'], undefined, 'bids', 'asks', 'price', 'amount');
        if (limit !== undefined) {
            book['bids'] = book['bids'].slice (0, limit);
            book['asks'] = book['asks'].slice (0, limit);
        }
        return book;
    }

    parseTrade (trade, market = undefined) {
        // Public (transactions): { timestamp, transactionId, price, amount, currencyPair, tradeType (BUY or SELL,
        // not always there) }. The account's (tradeHistory, and the trades of orderById): { transactionId,
        // createdTimestamp, currencyPair, type (the account's side), orderType (LIMIT, INSTANT, QUICK), orderId,
        // amount, price, fee (in the quote currency), feeType (MAKER, TAKER) }.
        market = this.safeMarket (this.safeString (trade, 'currencyPair'), market, '_');
        const feeCost = this.safeString (trade, 'fee');
        const orderType = this.safeString (trade, 'orderType');
        return this.safeTrade ({
            'id': this.safeString (trade, 'transactionId'),
            'order': this.safeString (trade, 'orderId'),
            'timestamp': this.safeInteger2 (trade, 'createdTimestamp', 'timestamp'),
            'symbol': market['symbol'],
            'type': (orderType === undefined) ? undefined : this.safeString (this.options['orderTypes'], orderType),
            'side': this.safeStringLower2 (trade, 'type', 'tradeType'),
            'takerOrMaker': this.safeStringLower (trade, 'feeType'),
            'price': this.safeString (trade, 'price'),
            'amount': this.safeString (trade, 'amount'),
            'fee': (feeCost === undefined) ? undefined : { 'cost': feeCost, 'currency': market['quote'] },
            'info': trade,
        }, market);
    }

    async fetchTrades (symbol, since = undefined, limit = undefined, params = {}) {
        // transactions: the trades of the last minutesIntoHistory minutes (at most 24 hours), the newest first.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const maxMinutes = this.safeInteger (this.options, 'maxTradeMinutes', 1440);
        let minutes = maxMinutes;
        if (since !== undefined) {
            minutes = Math.ceil ((this.milliseconds () - since) / 60000);
            minutes = Math.max (1, Math.min (minutes, maxMinutes));
        }
        const request = {
            'minutesIntoHistory': minutes,
            'currencyPair': market['id'],
        };
        const response = await this.publicGetTransactions (this.extend (request, params));
        return this.parseTrades (this.listOf (response), market, since, limit);
    }

    async fetchTime (params = {}) {
        // system/time: { serverTime } (no envelope).
        const response = await this.publicGetSystemTime (params);
        const serverTime = this.safeInteger (response, 'serverTime');
        if (serverTime === undefined) {
            throw new BadResponse (this.id + ' sent a time answer without serverTime: ' + this.excerpt (this.json (response)));
        }
        return serverTime;
    }

    // --- account -------------------------------------------------------------------------------------

    async fetchBalance (params = {}) {
        // balances: { EUR: { currency, balance, reserved (in open orders), available }, ... }.
        await this.loadMarkets ();
        const response = await this.privatePostBalances (params);
        const data = this.dictOf (response);
        const result = { 'info': response };
        const ids = Object.keys (data);
        for (let i = 0; i < ids.length; i++) {
            const entry = this.safeDict (data, ids[i], {});
            const code = this.safeCurrencyCode (this.safeString (entry, 'currency', ids[i]));
            const account = this.account ();
            account['free'] = this.safeString (entry, 'available');
            account['used'] = this.safeString (entry, 'reserved');
            account['total'] = this.safeString (entry, 'balance');
            result[code] = account;
        }
        return this.safeBalance (result);
    }

    async fetchTradingFee (symbol, params = {}) {
        // traderFees: { maker, taker (in percent), timestamp } of one pair.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.privatePostTraderFees (this.extend ({ 'currencyPair': market['id'] }, params));
        const data = this.dictOf (response);
        const maker = this.safeString (data, 'maker');
        const taker = this.safeString (data, 'taker');
        return {
            'symbol': market['symbol'],
            'maker': (maker === undefined) ? undefined : this.parseNumber (Precise.stringDiv (maker, '100')),
            'taker': (taker === undefined) ? undefined : this.parseNumber (Precise.stringDiv (taker, '100')),
            'info': response,
        };
    }

    // --- orders --------------------------------------------------------------------------------------

    parseOrder (order, market = undefined) {
        // openOrders: { id, timestamp, type (BUY, SELL), currencyPair, price, amount (what is left of the
        // order: the push of the same list names the original size apart), orderTradeType, clientOrderId }.
        // orderHistory, orderById: { id, timestamp, type, price, remainingAmount, originalAmount,
        // cumulativeAmount, status, orderTradeType, avgPrice, trades (orderById) } without a pair.
        const rawTrades = this.safeList (order, 'trades');
        let marketId = this.safeString (order, 'currencyPair');
        if ((marketId === undefined) && (market === undefined) && (rawTrades !== undefined)) {
            // orderById names no pair: its trades do
            marketId = this.safeString (this.safeDict (rawTrades, 0, {}), 'currencyPair');
        }
        market = this.safeMarket (marketId, market, '_');
        let trades = undefined;
        if (rawTrades !== undefined) {
            trades = this.parseTrades (rawTrades, market);
        }
        const orderTradeType = this.safeString (order, 'orderTradeType');
        const status = this.safeString (order, 'status');
        let remaining = this.safeString (order, 'remainingAmount');
        let orderStatus = this.safeString (this.options['orderStatuses'], status);
        if (('amount' in order) && !('remainingAmount' in order)) {
            // an open order's amount
            remaining = this.safeString (order, 'amount');
            orderStatus = 'open';
        }
        return this.safeOrder ({
            'id': this.safeString (order, 'id'),
            'clientOrderId': this.safeString (order, 'clientOrderId'),
            'timestamp': this.safeInteger (order, 'timestamp'),
            'symbol': market['symbol'],
            'type': (orderTradeType === undefined) ? undefined : this.safeString (this.options['orderTypes'], orderTradeType),
            'side': this.safeStringLower (order, 'type'),
            'price': this.safeString (order, 'price'),
            'average': this.safeString (order, 'avgPrice'),
            'amount': this.safeString (order, 'originalAmount'),
            'filled': this.safeString (order, 'cumulativeAmount'),
            'remaining': remaining,
            'status': orderStatus,
            'trades': trades,
            'info': order,
        }, market);
    }

    async createOrder (symbol, type, side, amount, price = undefined, params = {}) {
        // buyLimit, sellLimit: currencyPair, amount (base), price, and the flags immediateOrCancel and postOnly
        // (0 or 1), clientOrderId (a number). buyInstant: currencyPair, total (the quote currency to spend),
        // clientOrderId; sellInstant: currencyPair, amount (base), clientOrderId. Stop orders are disabled
        // (since 2025-02-27); there is no reduce-only. Each answers the new order's id as data.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const [ unified, rest ] = this.unifiedOrderParams (type, params);
        this.rejectUnifiedParams ('createOrder', unified, [ 'reduceOnly', 'triggerPrice', 'stopLossPrice', 'takeProfitPrice' ]);
        if ((side !== 'buy') && (side !== 'sell')) {
            throw new InvalidOrder (this.id + ' createOrder () side must be buy or sell, not ' + side);
        }
        const request = {
            'currencyPair': market['id'],
        };
        const clientOrderId = unified['clientOrderId'];
        if (clientOrderId !== undefined) {
            if (!this.isDigits (clientOrderId) || (clientOrderId.length > 20)) {
                throw new BadRequest (this.id + ' createOrder () clientOrderId must be a number of at most 20 digits, not ' + clientOrderId);
            }
            request['clientOrderId'] = clientOrderId;
        }
        let response = undefined;
        let orderAmount = undefined;
        let orderPrice = undefined;
        let orderCost = undefined;
        if (type === 'limit') {
            if (price === undefined) {
                throw new ArgumentsRequired (this.id + ' createOrder () requires a price for a limit order');
            }
            const timeInForce = unified['timeInForce'];
            if (timeInForce === 'FOK') {
                throw new NotSupported (this.id + ' createOrder () does not support the unified param timeInForce FOK: limit orders are GTC, IOC or post-only');
            }
            request['amount'] = this.amountToPrecision (symbol, amount);
            request['price'] = this.priceToPrecision (symbol, price);
            if (timeInForce === 'IOC') {
                request['immediateOrCancel'] = 1;
            }
            if (unified['postOnly']) {
                request['postOnly'] = 1;
            }
            orderAmount = request['amount'];
            orderPrice = request['price'];
            if (side === 'buy') {
                response = await this.privatePostBuyLimit (this.extend (request, rest));
            } else {
                response = await this.privatePostSellLimit (this.extend (request, rest));
            }
        } else if (type === 'market') {
            if (unified['timeInForce'] !== undefined) {
                throw new NotSupported (this.id + ' createOrder () does not support the unified param timeInForce for market orders: instant orders take none');
            }
            if (side === 'buy') {
                // buyInstant spends total in the quote currency: the unified param cost, or amount x price.
                if (unified['cost'] !== undefined) {
                    request['total'] = this.costToPrecision (symbol, unified['cost']);
                } else if ((amount !== undefined) && (price !== undefined)) {
                    request['total'] = this.costToPrecision (symbol, Precise.stringMul (this.numberToString (amount), this.numberToString (price)));
                    orderAmount = this.numberToString (amount);
                } else {
                    throw new ArgumentsRequired (this.id + ' createOrder () a market buy spends an amount of the quote currency: pass the unified param cost, or amount and price');
                }
                orderCost = request['total'];
                response = await this.privatePostBuyInstant (this.extend (request, rest));
            } else {
                if (unified['cost'] !== undefined) {
                    throw new InvalidOrder (this.id + ' createOrder () cost sizes market buys only: a market sell (sellInstant) sells an amount of the base currency');
                }
                request['amount'] = this.amountToPrecision (symbol, amount);
                orderAmount = request['amount'];
                response = await this.privatePostSellInstant (this.extend (request, rest));
            }
        } else {
            throw new InvalidOrder (this.id + ' createOrder () type must be limit or market, not ' + type);
        }
        const id = this.safeString (response, 'data');
        if (id === undefined) {
            throw new BadResponse (this.id + ' createOrder () sent an answer without the order id: ' + this.excerpt (this.json (response)));
        }
        return this.safeOrder ({
            'id': id,
            'clientOrderId': clientOrderId,
            'symbol': market['symbol'],
            'type': type,
            'side': side,
            'price': orderPrice,
            'amount': orderAmount,
            'cost': orderCost,
            'timeInForce': (type === 'limit') ? unified['timeInForce'] : undefined,
            'postOnly': unified['postOnly'] ? true : undefined,
            'info': response,
        }, market);
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

    async createMarketBuyOrderWithCost (symbol, cost, params = {}) {
        return await this.createOrder (symbol, 'market', 'buy', undefined, undefined, this.extend (params, { 'cost': cost }));
    }

    async cancelOrder (id, symbol = undefined, params = {}) {
        // cancelOrderWithInfo: orderId; answers { success (false when no open order has the id), remainingAmount }.
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const response = await this.privatePostCancelOrderWithInfo (this.extend ({ 'orderId': id }, params));
        const data = this.dictOf (response);
        if (this.safeBool (data, 'success') !== true) {
            throw new OrderNotFound (this.id + ' cancelOrder () found no open order ' + id + ': ' + this.excerpt (this.json (response)));
        }
        return this.safeOrder ({
            'id': id,
            'symbol': (market === undefined) ? undefined : market['symbol'],
            'status': 'canceled',
            'remaining': this.safeString (data, 'remainingAmount'),
            'info': response,
        }, market);
    }

    async fetchOrder (id, symbol = undefined, params = {}) {
        // orderById: orderId; the order with its trades (which name the pair).
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const response = await this.privatePostOrderById (this.extend ({ 'orderId': id }, params));
        const order = this.dictOf (response);
        return this.parseOrder (order, market);
    }

    async fetchOpenOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // openOrders: currencyPair (optional, every pair without it).
        await this.loadMarkets ();
        const request = {};
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
            request['currencyPair'] = market['id'];
        }
        const response = await this.privatePostOpenOrders (this.extend (request, params));
        return this.parseOrders (this.listOf (response), market, since, limit);
    }

    async orderHistory (method, symbol, limit, params) {
        // orderHistory: currencyPair (required), limit (optional); orders of every status, the newest first,
        // without a time range.
        if (symbol === undefined) {
            throw new ArgumentsRequired (this.id + ' ' + method + ' () requires a symbol: orderHistory lists the orders of one pair');
        }
        if (this.safeValue (params, 'until') !== undefined) {
            throw new NotSupported (this.id + ' ' + method + ' () does not support the unified param until: orderHistory takes no time range');
        }
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'currencyPair': market['id'] };
        if (limit !== undefined) {
            request['limit'] = limit;
        }
        const response = await this.privatePostOrderHistory (this.extend (request, params));
        return this.parseOrders (this.listOf (response), market);
    }

    async fetchOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        const orders = await this.orderHistory ('fetchOrders', symbol, limit, params);
        return this.filterBySinceLimit (orders, since, limit);
    }

    async fetchClosedOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // orderHistory holds open orders too: asked for all (the server's default count), then filtered.
        const orders = await this.orderHistory ('fetchClosedOrders', symbol, undefined, params);
        const result = [];
        for (let i = 0; i < orders.length; i++) {
            const status = orders[i]['status'];
            if ((status === 'closed') || (status === 'canceled')) {
                result.push (orders[i]);
            }
        }
        return this.filterBySinceLimit (result, since, limit);
    }

    async fetchMyTrades (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // tradeHistory: limit (at most 1000), sort (ASC or DESC, by default), timestampFrom, timestampTo (ms,
        // inclusive), currencyPair, orderId.
        await this.loadMarkets ();
        const request = {};
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
            request['currencyPair'] = market['id'];
        }
        if (limit !== undefined) {
            request['limit'] = Math.min (limit, 1000);
        }
        if (since !== undefined) {
            request['timestampFrom'] = since;
            request['sort'] = 'ASC';
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            request['timestampTo'] = until;
        }
        const response = await this.privatePostTradeHistory (this.extend (request, this.omit (params, 'until')));
        return this.parseTrades (this.listOf (response), market, since, limit);
    }

    // --- funding -------------------------------------------------------------------------------------

    parseTransaction (transaction, currency = undefined) {
        // transferHistory: { transactionId, createdTimestamp, amountCurrency, amount, fee, walletType (BANK_WIRE,
        // BTC, ...), transferType (DEPOSIT, WITHDRAWAL), transferStatus, txid, destination, destinationTag }.
        // withdraw builds { id, amount, currency, address, tag } from its request.
        const code = this.safeCurrencyCode (this.safeString (transaction, 'amountCurrency'), currency);
        const feeCost = this.safeString (transaction, 'fee');
        const transferType = this.safeString (transaction, 'transferType');
        let type = this.safeString (transaction, 'type');
        if (transferType === 'DEPOSIT') {
            type = 'deposit';
        } else if (transferType === 'WITHDRAWAL') {
            type = 'withdrawal';
        }
        return this.safeTransaction ({
            'id': this.safeString2 (transaction, 'transactionId', 'id'),
            'txid': this.safeString (transaction, 'txid'),
            'timestamp': this.safeInteger (transaction, 'createdTimestamp'),
            'address': this.safeString2 (transaction, 'destination', 'address'),
            'tag': this.safeString2 (transaction, 'destinationTag', 'tag'),
            'type': type,
            'amount': this.safeString (transaction, 'amount'),
            'currency': code,
            'status': this.safeString (this.options['transferStatuses'], this.safeString (transaction, 'transferStatus')),
            'fee': (feeCost === undefined) ? undefined : { 'cost': feeCost, 'currency': code },
            'info': this.safeValue (transaction, 'info', transaction),
        }, currency);
    }

    async fetchTransfersOfType (method, type, code, since, limit, params) {
        // transferHistory: currency, timestampFrom, timestampTo, sort, limit; deposits and withdrawals together,
        // so the server's default count (1000, its maximum) is asked for and the type filtered here.
        await this.loadMarkets ();
        const request = {};
        let currency = undefined;
        if (code !== undefined) {
            currency = this.currency (code);
            request['currency'] = currency['id'];
        }
        if (since !== undefined) {
            request['timestampFrom'] = since;
            request['sort'] = 'ASC';
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            request['timestampTo'] = until;
        }
        const response = await this.privatePostTransferHistory (this.extend (request, this.omit (params, 'until')));
        const transactions = this.parseTransactions (this.listOf (response), currency);
        const result = [];
        for (let i = 0; i < transactions.length; i++) {
            if (this.safeString (transactions[i], 'type') === type) {
                result.push (transactions[i]);
            }
        }
        return this.filterBySinceLimit (result, since, limit);
    }

    async fetchDeposits (code = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchTransfersOfType ('fetchDeposits', 'deposit', code, since, limit, params);
    }

    async fetchWithdrawals (code = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchTransfersOfType ('fetchWithdrawals', 'withdrawal', code, since, limit, params);
    }

    async fetchDepositAddress (code, params = {}) {
        // virtualCurrencyDepositAddresses: currencyName; data is a list of addresses, an address with a
        // destination tag written 'address / tag' (XRP). The API names no network: each currency has one.
        if (this.safeValue (params, 'network') !== undefined) {
            throw new NotSupported (this.id + ' fetchDepositAddress () does not support the unified param network: the API keeps the addresses of one network per currency');
        }
        await this.loadMarkets ();
        const currency = this.currency (code);
        const response = await this.privatePostVirtualCurrencyDepositAddresses (this.extend ({ 'currencyName': currency['id'] }, params));
        const addresses = this.listOf (response);
        const first = this.safeValue (addresses, 0);
        if (typeof first !== 'string') {
            throw new InvalidAddress (this.id + ' fetchDepositAddress () found no deposit address of ' + code + ': ' + this.excerpt (this.json (response)));
        }
        const parts = first.split (' / ');
        return {
            'currency': currency['code'],
            'address': parts[0],
            'tag': (parts.length > 1) ? parts[1] : undefined,
            'info': response,
        };
    }

    async withdraw (code, amount, address, tag = undefined, params = {}) {
        // withdrawVirtualCurrency: currencyName, address, amount, destinationTag (XRP), amountType, feePriority;
        // answers the transaction id as data. The API names no network: each currency is sent on its own.
        if (this.safeValue (params, 'network') !== undefined) {
            throw new NotSupported (this.id + ' withdraw () does not support the unified param network: withdrawVirtualCurrency sends each currency on its one network');
        }
        await this.loadMarkets ();
        const currency = this.currency (code);
        const request = {
            'currencyName': currency['id'],
            'amount': this.numberToString (amount),
            'address': address,
        };
        if (tag !== undefined) {
            request['destinationTag'] = tag;
        }
        const response = await this.privatePostWithdrawVirtualCurrency (this.extend (request, params));
        return this.parseTransaction ({
            'id': this.safeString (response, 'data'),
            'type': 'withdrawal',
            'amountCurrency': currency['id'],
            'amount': request['amount'],
            'address': address,
            'tag': tag,
            'info': response,
        }, currency);
    }

    // --- transport -----------------------------------------------------------------------------------

    nonce () {
        return this.milliseconds ();
    }

    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        let url = this.safeString (this.urls['api'], api) + '/' + path;
        if (api === 'public') {
            if (Object.keys (params).length > 0) {
                url = url + '?' + this.urlencode (params);
            }
            return { 'url': url, 'method': method, 'body': body, 'headers': headers };
        }
        this.checkRequiredCredentials ();
        if (('clientId' in params) || ('publicKey' in params) || ('nonce' in params) || ('signature' in params)) {
            throw new BadRequest (this.id + ' ' + path + ' takes no parameter clientId, publicKey, nonce or signature: the request is signed with its own');
        }
        const nonce = this.numberToString (this.nonce ());
        const signature = this.hmac (this.encode (nonce + this.uid + this.apiKey), this.encode (this.secret), 'sha256');
        const auth = {
            'clientId': this.uid,
            'publicKey': this.apiKey,
            'nonce': nonce,
            'signature': signature.toUpperCase (),
        };
        body = this.urlencode (this.extend (auth, params));
        headers = { 'Content-Type': 'application/x-www-form-urlencoded' };
        return { 'url': url, 'method': method, 'body': body, 'headers': headers };
    }

    handleErrors (status, reason, url, method, responseHeaders, responseBody, response, requestHeaders, requestBody) {
        // { "error": true, "errorMessage": "...", "data": null }, with HTTP 200 or an error status.
        if ((response === undefined) || Array.isArray (response) || (typeof response !== 'object')) {
            return undefined;
        }
        if (this.safeBool (response, 'error') !== true) {
            return undefined;
        }
        const message = this.safeString (response, 'errorMessage', '');
        const feedback = this.id + ' ' + this.excerpt (responseBody);
        this.throwExactlyMatchedException (this.exceptions['exact'], message, feedback);
        this.throwBroadlyMatchedException (this.exceptions['broad'], message, feedback);
        throw new ExchangeError (feedback);
    }
}
