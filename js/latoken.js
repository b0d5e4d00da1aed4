// LATOKEN API v2: https://api.latoken.com/doc/v2/ (the exchange's own clients, which quote its examples:
// https://github.com/LATOKEN/latoken-api-v2-python-client and https://github.com/LATOKEN/latoken-api-v2-dotnet-client)
import Exchange from './base/Exchange.js';
import { ArgumentsRequired, AuthenticationError, BadRequest, BadSymbol, ExchangeError, ExchangeNotAvailable, InsufficientFunds, InvalidAddress, InvalidOrder, NotSupported, PermissionDenied, RateLimitExceeded, RequestTimeout } from './base/errors.js';
import Precise from './base/Precise.js';
import { TICK_SIZE } from './base/functions/number.js';

export default class latoken extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'latoken',
            'name': 'Latoken',
            'countries': [ 'KY' ],
            'version': 'v2',
            // No number is documented: "TOO_MANY_REQUESTS - too many requests at the time"; one a second is safe.
            'rateLimit': 1000,
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
                'fetchTransactions': true,
                'fetchLedger': false,
                'fetchDepositAddress': true,
                'withdraw': true,
                'fetchTime': true,
                'fetchStatus': false,
                'fetchTradingFees': false,
                'cancelAllOrders': false, // answers a message only; not part of this integration yet
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
                'api': 'https://api.latoken.com',
                'www': 'https://latoken.com',
                'doc': 'https://api.latoken.com/doc/v2/',
                'fees': 'https://latoken.com/fees',
            },
            'api': {
                'public': {
                    'get': [
                        'time',
                        'currency',
                        'pair',
                        'ticker',
                        'ticker/{currency}/{quote}',
                        'book/{currency}/{quote}',
                        'trade/history/{currency}/{quote}',
                        'tradingview/history',
                    ],
                },
                'private': {
                    'get': [
                        'auth/account',
                        'auth/order',
                        'auth/order/getOrder/{id}',
                        'auth/order/pair/{currency}/{quote}',
                        'auth/order/pair/{currency}/{quote}/active',
                        'auth/trade',
                        'auth/trade/pair/{currency}/{quote}',
                        'auth/transaction',
                        'auth/transaction/bindings/{currency}',
                    ],
                    'post': [
                        'auth/order/place',
                        'auth/order/cancel',
                        'auth/transaction/depositAddress',
                        'auth/transaction/withdraw',
                    ],
                },
            },
            // The resolutions of tradingview/history (the python client's CANDLE_INTERVAL_* values).
            'timeframes': {
                '1m': '1m',
                '1h': '1h',
                '4h': '4h',
                '6h': '6h',
                '12h': '12h',
                '1d': '1d',
                '1w': '7d',
                '1M': '1M',
            },
            'requiredCredentials': {
                'apiKey': true,
                'secret': true,
            },
            // trade/feeLevels: 0.49 % maker and taker below 10,000 USDT of 30-day volume, lower above.
            'fees': {
                'trading': {
                    'tierBased': true,
                    'percentage': true,
                    'maker': 0.0049,
                    'taker': 0.0049,
                },
            },
            // pairs report priceTick and quantityTick.
            'precisionMode': TICK_SIZE,
            'options': {
                // createOrder's clientOrderId is LATOKEN's field of the same name ("max 50 characters").
                'sameNameParams': [ 'clientOrderId' ],
                // seconds per candle, for the from/to range tradingview/history requires
                'timeframeSeconds': {
                    '1m': 60,
                    '1h': 3600,
                    '4h': 14400,
                    '6h': 21600,
                    '12h': 43200,
                    '1d': 86400,
                    '1w': 604800,
                    '1M': 2592000,
                },
                'ohlcvLimit': 100,
                'accountsByType': {
                    'spot': 'ACCOUNT_TYPE_SPOT',
                    'wallet': 'ACCOUNT_TYPE_WALLET',
                    'funding': 'ACCOUNT_TYPE_WALLET',
                },
                'orderStatuses': {
                    'ORDER_STATUS_PLACED': 'open',
                    'ORDER_STATUS_CLOSED': 'closed',
                    'ORDER_STATUS_CANCELLED': 'canceled',
                },
                'orderTypes': {
                    'ORDER_TYPE_LIMIT': 'limit',
                    'ORDER_TYPE_MARKET': 'market',
                },
                'orderSides': {
                    'ORDER_SIDE_BUY': 'buy',
                    'ORDER_SIDE_SELL': 'sell',
                },
                'orderConditions': {
                    'ORDER_CONDITION_GOOD_TILL_CANCELLED': 'GTC',
                    'ORDER_CONDITION_IMMEDIATE_OR_CANCEL': 'IOC',
                    'ORDER_CONDITION_FILL_OR_KILL': 'FOK',
                },
                'conditionsByTimeInForce': {
                    'GTC': 'GOOD_TILL_CANCELLED',
                    'IOC': 'IMMEDIATE_OR_CANCEL',
                    'FOK': 'FILL_OR_KILL',
                },
                'tradeSides': {
                    'TRADE_DIRECTION_BUY': 'buy',
                    'TRADE_DIRECTION_SELL': 'sell',
                },
                'transactionTypes': {
                    'TRANSACTION_TYPE_DEPOSIT': 'deposit',
                    'TRANSACTION_TYPE_WITHDRAWAL': 'withdrawal',
                },
                'transactionStatuses': {
                    'TRANSACTION_STATUS_PENDING': 'pending',
                    'TRANSACTION_STATUS_CONFIRMED': 'ok',
                },
                // unified network code: the providerName of a currency binding
                'networks': {
                    'BTC': 'BTC',
                    'ERC20': 'ERC20',
                    'BEP20': 'BSC_TOKEN',
                },
            },
            // Errors: an HTTP 4xx or 5xx status with { "message": "...", "error": "NOT_FOUND", "status": "FAILURE" }.
            'exceptions': {
                'exact': {
                    'INSUFFICIENT_FUNDS': InsufficientFunds,
                    'BAD_TICKS': InvalidOrder,
                    'TOO_MANY_REQUESTS': RateLimitExceeded,
                    'SERVICE_UNAVAILABLE': ExchangeNotAvailable,
                    'DEADLINE_EXCEEDED': RequestTimeout,
                },
                'broad': {
                    'Unable to resolve currency by tag': BadSymbol,
                    'The API key was revoked': AuthenticationError,
                    'insufficient privileges': PermissionDenied,
                    'too much active orders': InvalidOrder,
                    'is lower than minimal allowed quantity': InvalidOrder,
                    'PAIR_STATUS_INACTIVE': BadSymbol,
                },
            },
        });
    }

    // --- markets and currencies ----------------------------------------------------------------------

    async fetchTime (params = {}) {
        // time: { serverTime } in ms.
        const response = await this.publicGetTime (params);
        return this.safeInteger (response, 'serverTime');
    }

    parseCurrencyEntry (entry) {
        // { id (a UUID), status: CURRENCY_STATUS_ACTIVE, type, name, tag: 'BTC', decimals, created, ... }
        const id = this.safeString (entry, 'id');
        const code = this.safeCurrencyCode (this.safeString (entry, 'tag'));
        return {
            'id': id,
            'code': code,
            'name': this.safeString (entry, 'name'),
            'active': this.safeString (entry, 'status') === 'CURRENCY_STATUS_ACTIVE',
            'precision': this.parseNumber (this.parsePrecision (this.safeString (entry, 'decimals'))),
            'info': entry,
        };
    }

    async fetchCurrencies (params = {}) {
        // currency: the currencies, each named by a UUID; the tag is the only place their codes are.
        const response = await this.publicGetCurrency (params);
        // fetchMarkets, which loadMarkets calls next, needs the same list: it takes it once from here
        this.options['fetchedCurrencies'] = response;
        const result = {};
        for (let i = 0; i < response.length; i++) {
            const currency = this.parseCurrencyEntry (response[i]);
            if (currency['code'] !== undefined) {
                result[currency['code']] = currency;
            }
        }
        return result;
    }

    async fetchMarkets (params = {}) {
        // pair: { id, status: PAIR_STATUS_ACTIVE, baseCurrency, quoteCurrency (currency UUIDs), priceTick,
        // priceDecimals, quantityTick, quantityDecimals, costDisplayDecimals, created, minOrderQuantity,
        // maxOrderCostUsd, minOrderCostUsd }. The codes come from currency (see fetchCurrencies). A market's id
        // here is baseCurrency/quoteCurrency: the path of every market endpoint names the two currencies.
        let currencies = this.safeList (this.options, 'fetchedCurrencies');
        this.options['fetchedCurrencies'] = undefined;
        if (currencies === undefined) {
            currencies = await this.publicGetCurrency ();
        }
        const tags = {};
        for (let i = 0; i < currencies.length; i++) {
            const currencyId = this.safeString (currencies[i], 'id');
            if (currencyId !== undefined) {
                tags[currencyId] = this.safeString (currencies[i], 'tag');
            }
        }
        const response = await this.publicGetPair (params);
        const result = [];
        for (let i = 0; i < response.length; i++) {
            const entry = response[i];
            const baseId = this.safeString (entry, 'baseCurrency');
            const quoteId = this.safeString (entry, 'quoteCurrency');
            const baseTag = this.safeString (tags, baseId);
            const quoteTag = this.safeString (tags, quoteId);
            if ((baseTag === undefined) || (quoteTag === undefined)) {
                // a pair of a currency that currency does not list has no symbol
                continue;
            }
            const base = this.safeCurrencyCode (baseTag);
            const quote = this.safeCurrencyCode (quoteTag);
            result.push (this.safeMarketStructure ({
                'id': baseId + '/' + quoteId,
                'symbol': base + '/' + quote,
                'base': base,
                'quote': quote,
                'baseId': baseId,
                'quoteId': quoteId,
                'active': this.safeString (entry, 'status') === 'PAIR_STATUS_ACTIVE',
                'type': 'spot',
                'spot': true,
                'taker': this.fees['trading']['taker'],
                'maker': this.fees['trading']['maker'],
                'precision': {
                    'amount': this.safeNumber (entry, 'quantityTick'),
                    'price': this.safeNumber (entry, 'priceTick'),
                },
                'limits': {
                    'amount': { 'min': this.safeNumber (entry, 'minOrderQuantity'), 'max': undefined },
                    'price': { 'min': undefined, 'max': undefined },
                    // minOrderCostUsd and maxOrderCostUsd are in USD, not in the quote currency
                    'cost': { 'min': undefined, 'max': undefined },
                },
                'info': entry,
            }));
        }
        return result;
    }

    marketRequest (market) {
        return { 'currency': market['baseId'], 'quote': market['quoteId'] };
    }

    // --- market data ---------------------------------------------------------------------------------

    parseTicker (ticker, market = undefined) {
        // { symbol: 'SNX/USDT' (tags), baseCurrency, quoteCurrency, volume24h (quote), volume7d, change24h,
        // change7d, lastPrice, bestBid, bestAsk, updateTimestamp }. Whether change24h is a percentage or a price
        // difference is not documented: it stays in info.
        const marketId = this.safeString (ticker, 'baseCurrency') + '/' + this.safeString (ticker, 'quoteCurrency');
        market = this.safeMarket (marketId, market);
        return this.safeTicker ({
            'symbol': market['symbol'],
            'timestamp': this.safeInteger (ticker, 'updateTimestamp'),
            'bid': this.safeString (ticker, 'bestBid'),
            'ask': this.safeString (ticker, 'bestAsk'),
            'last': this.safeString (ticker, 'lastPrice'),
            'quoteVolume': this.safeString (ticker, 'volume24h'),
            'info': ticker,
        }, market);
    }

    async fetchTicker (symbol, params = {}) {
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetTickerCurrencyQuote (this.extend (this.marketRequest (market), params));
        return this.parseTicker (response, market);
    }

    async fetchTickers (symbols = undefined, params = {}) {
        // ticker: every pair's ticker.
        await this.loadMarkets ();
        const response = await this.publicGetTicker (params);
        const known = [];
        for (let i = 0; i < response.length; i++) {
            const marketId = this.safeString (response[i], 'baseCurrency') + '/' + this.safeString (response[i], 'quoteCurrency');
            if (this.safeValue (this.marketsById, marketId) !== undefined) {
                known.push (response[i]);
            }
        }
        return this.parseTickers (known, symbols);
    }

    async fetchOrderBook (symbol, limit = undefined, params = {}) {
        // book/{currency}/{quote}?limit: { ask: [ { price, quantity, cost, accumulated } ], bid, totalAsk,
        // totalBid }, best first; 100 levels a side without limit.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = this.marketRequest (market);
        if (limit !== undefined) {
            request['limit'] = limit;
        }
        const response = await this.publicGetBookCurrencyQuote (this.extend (request, params));
        return this.parseOrderBook (response, market['symbol'], undefined, 'bid', 'ask', 'price', 'quantity');
    }

    parseTrade (trade, market = undefined) {
        // { id, isMakerBuyer, direction: TRADE_DIRECTION_BUY or TRADE_DIRECTION_SELL, baseCurrency,
        // quoteCurrency, price, quantity, cost, timestamp, makerBuyer } and, for the account's own trades, fee
        // (in the quote currency) and order.
        const marketId = this.safeString (trade, 'baseCurrency') + '/' + this.safeString (trade, 'quoteCurrency');
        market = this.safeMarket (marketId, market);
        let fee = undefined;
        const feeCost = this.safeString (trade, 'fee');
        if (feeCost !== undefined) {
            fee = { 'cost': feeCost, 'currency': market['quote'] };
        }
        return this.safeTrade ({
            'id': this.safeString (trade, 'id'),
            'order': this.safeString (trade, 'order'),
            'timestamp': this.safeInteger (trade, 'timestamp'),
            'symbol': market['symbol'],
            'side': this.safeString (this.options['tradeSides'], this.safeString (trade, 'direction')),
            'price': this.safeString (trade, 'price'),
            'amount': this.safeString (trade, 'quantity'),
            'cost': this.safeString (trade, 'cost'),
            'fee': fee,
            'info': trade,
        }, market);
    }

    tradeList (response) {
        // A list, or a page { content: [...], hasNext, first, pageSize, hasContent }.
        if (Array.isArray (response)) {
            return response;
        }
        return this.safeList (response, 'content', []);
    }

    async fetchTrades (symbol, since = undefined, limit = undefined, params = {}) {
        // trade/history/{currency}/{quote}?limit: the latest trades, newest first.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = this.marketRequest (market);
        if (limit !== undefined) {
            request['limit'] = limit;
        }
        const response = await this.publicGetTradeHistoryCurrencyQuote (this.extend (request, params));
        return this.parseTrades (this.tradeList (response), market, since, limit);
    }

    async fetchOHLCV (symbol, timeframe = '1m', since = undefined, limit = undefined, params = {}) {
        // tradingview/history?symbol={currency}/{quote}&resolution&from&to (seconds; from included, to not):
        // { o: [...], c, l, h, t (seconds), v, s: 'ok' }, one list per field.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const resolution = this.safeString (this.timeframes, timeframe);
        if (resolution === undefined) {
            throw new BadRequest (this.id + ' fetchOHLCV () does not support the timeframe ' + timeframe);
        }
        const duration = this.safeInteger (this.options['timeframeSeconds'], timeframe);
        const until = this.safeInteger (params, 'until');
        params = this.omit (params, 'until');
        const count = (limit === undefined) ? this.options['ohlcvLimit'] : limit;
        let from = undefined;
        let to = undefined;
        if (since !== undefined) {
            from = Math.floor (since / 1000);
            to = (until !== undefined) ? Math.floor (until / 1000) + 1 : from + count * duration;
        } else {
            to = (until !== undefined) ? Math.floor (until / 1000) + 1 : this.seconds () + 1;
            from = to - count * duration;
        }
        const request = {
            'symbol': market['baseId'] + '/' + market['quoteId'],
            'resolution': resolution,
            'from': from,
            'to': to,
        };
        const response = await this.publicGetTradingviewHistory (this.extend (request, params));
        const times = this.safeList (response, 't', []);
        const opens = this.safeList (response, 'o', []);
        const highs = this.safeList (response, 'h', []);
        const lows = this.safeList (response, 'l', []);
        const closes = this.safeList (response, 'c', []);
        const candles = [];
        for (let i = 0; i < times.length; i++) {
            // v is left out: its magnitudes in the documented example are those of the quote currency, and a
            // unified candle's volume is in the base currency, which the endpoint does not report.
            candles.push ([ this.safeTimestamp (times, i), this.safeNumber (opens, i), this.safeNumber (highs, i), this.safeNumber (lows, i), this.safeNumber (closes, i), undefined ]);
        }
        return this.parseOHLCVs (candles, market, timeframe, since, limit);
    }

    parseOHLCV (ohlcv, market = undefined) {
        return ohlcv;
    }

    // --- account -------------------------------------------------------------------------------------

    async fetchBalance (params = {}) {
        // auth/account: [ { id, status, type: ACCOUNT_TYPE_SPOT (or WALLET, FUTURES, ...), timestamp, currency
        // (UUID), available, blocked } ]: the spot accounts unless params['type'] names another
        // (options['accountsByType']).
        await this.loadMarkets ();
        const type = this.safeString (params, 'type', 'spot');
        params = this.omit (params, 'type');
        const accountType = this.accountTypeId (type);
        const response = await this.privateGetAuthAccount (params);
        const result = { 'info': response };
        for (let i = 0; i < response.length; i++) {
            const entry = response[i];
            if (this.safeString (entry, 'type') !== accountType) {
                continue;
            }
            const code = this.safeCurrencyCode (this.safeString (entry, 'currency'));
            const account = this.account ();
            account['free'] = this.safeString (entry, 'available');
            account['used'] = this.safeString (entry, 'blocked');
            result[code] = account;
        }
        return this.safeBalance (result);
    }

    // --- orders --------------------------------------------------------------------------------------

    parseOrder (order, market = undefined) {
        // { id, status: ORDER_STATUS_PLACED/CLOSED/CANCELLED, side: ORDER_SIDE_BUY, condition:
        // ORDER_CONDITION_GOOD_TILL_CANCELLED, type: ORDER_TYPE_LIMIT, baseCurrency, quoteCurrency,
        // clientOrderId, price, quantity, cost (price times quantity, not what was filled), filled, trader,
        // timestamp }; place and cancel answer { message, status: SUCCESS, id }.
        let marketId = undefined;
        const baseId = this.safeString (order, 'baseCurrency');
        const quoteId = this.safeString (order, 'quoteCurrency');
        if ((baseId !== undefined) && (quoteId !== undefined)) {
            marketId = baseId + '/' + quoteId;
        }
        market = this.safeMarket (marketId, market);
        const type = this.safeString (this.options['orderTypes'], this.safeString (order, 'type'));
        let price = this.safeString (order, 'price');
        if ((type === 'market') && (price !== undefined) && Precise.stringEq (price, '0')) {
            price = undefined;
        }
        return this.safeOrder ({
            'id': this.safeString (order, 'id'),
            'clientOrderId': this.safeString (order, 'clientOrderId'),
            'timestamp': this.safeInteger (order, 'timestamp'),
            'symbol': market['symbol'],
            'type': type,
            'timeInForce': this.safeString (this.options['orderConditions'], this.safeString (order, 'condition')),
            'side': this.safeString (this.options['orderSides'], this.safeString (order, 'side')),
            'price': price,
            'amount': this.safeString (order, 'quantity'),
            'filled': this.safeString (order, 'filled'),
            'status': this.safeString (this.options['orderStatuses'], this.safeString (order, 'status')),
            'info': order,
        }, market);
    }

    async createOrder (symbol, type, side, amount, price = undefined, params = {}) {
        // POST auth/order/place { baseCurrency, quoteCurrency, side: BUY or SELL, condition: GOOD_TILL_CANCELLED,
        // IMMEDIATE_OR_CANCEL or FILL_OR_KILL, type: LIMIT or MARKET, clientOrderId, price, quantity, timestamp }.
        // timeInForce is the condition and clientOrderId is clientOrderId; the API has no post-only, stop,
        // reduce-only or cost-sized order, so those params are refused.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const [ unified, rest ] = this.unifiedOrderParams (type, params);
        this.rejectUnifiedParams ('createOrder', unified, [ 'postOnly', 'reduceOnly', 'triggerPrice', 'stopLossPrice', 'takeProfitPrice', 'cost' ]);
        if ((type !== 'market') && (type !== 'limit')) {
            throw new InvalidOrder (this.id + ' createOrder () type must be market or limit, not ' + type);
        }
        if ((side !== 'buy') && (side !== 'sell')) {
            throw new InvalidOrder (this.id + ' createOrder () side must be buy or sell, not ' + side);
        }
        const timeInForce = (unified['timeInForce'] === undefined) ? 'GTC' : unified['timeInForce'];
        const request = {
            'baseCurrency': market['baseId'],
            'quoteCurrency': market['quoteId'],
            'side': side.toUpperCase (),
            'condition': this.safeString (this.options['conditionsByTimeInForce'], timeInForce),
            'type': type.toUpperCase (),
        };
        if (unified['clientOrderId'] !== undefined) {
            request['clientOrderId'] = unified['clientOrderId'];
        }
        if (type === 'limit') {
            if (price === undefined) {
                throw new ArgumentsRequired (this.id + ' createOrder () requires a price for a limit order');
            }
            request['price'] = this.priceToPrecision (symbol, price);
        }
        request['quantity'] = this.amountToPrecision (symbol, amount);
        request['timestamp'] = this.milliseconds ();
        const response = await this.privatePostAuthOrderPlace (this.extend (request, rest));
        return this.safeOrder ({
            'id': this.safeString (response, 'id'),
            'clientOrderId': unified['clientOrderId'],
            'timestamp': request['timestamp'],
            'symbol': market['symbol'],
            'type': type,
            'timeInForce': timeInForce,
            'side': side,
            'price': this.safeString (request, 'price'),
            'amount': request['quantity'],
            'info': response,
        }, market);
    }

    async cancelOrder (id, symbol = undefined, params = {}) {
        // POST auth/order/cancel { id } answers { message: 'cancellation request successfully submitted',
        // status: SUCCESS, id }: the request is taken, the order's state is not reported.
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const response = await this.privatePostAuthOrderCancel (this.extend ({ 'id': id }, params));
        return this.safeOrder ({
            'id': this.safeString (response, 'id', id),
            'symbol': (market === undefined) ? undefined : market['symbol'],
            'info': response,
        }, market);
    }

    async fetchOrder (id, symbol = undefined, params = {}) {
        // auth/order/getOrder/{id}: one order.
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const response = await this.privateGetAuthOrderGetOrderId (this.extend ({ 'id': id }, params));
        return this.parseOrder (response, market);
    }

    pageRequest (limit, params) {
        // limit, and the unified until as from: the history endpoints return the orders and trades before from
        // (ms), newest first.
        const request = {};
        if (limit !== undefined) {
            request['limit'] = limit;
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            request['from'] = until + 1;
        }
        return [ request, this.omit (params, 'until') ];
    }

    async fetchOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // auth/order/pair/{currency}/{quote} (or auth/order for every pair)?from&limit: open and past orders.
        await this.loadMarkets ();
        const [ request, rest ] = this.pageRequest (limit, params);
        let market = undefined;
        let response = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
            response = await this.privateGetAuthOrderPairCurrencyQuote (this.extend (this.extend (request, this.marketRequest (market)), rest));
        } else {
            response = await this.privateGetAuthOrder (this.extend (request, rest));
        }
        return this.parseOrders (response, market, since, limit);
    }

    async fetchOpenOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // auth/order/pair/{currency}/{quote}/active?limit: the open orders of one pair.
        if (symbol === undefined) {
            throw new ArgumentsRequired (this.id + ' fetchOpenOrders () requires a symbol: the active orders are listed per pair');
        }
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = this.marketRequest (market);
        if (limit !== undefined) {
            request['limit'] = limit;
        }
        const response = await this.privateGetAuthOrderPairCurrencyQuoteActive (this.extend (request, params));
        return this.parseOrders (response, market, since, limit);
    }

    async fetchClosedOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // fetchOrders' orders that are no longer open (closed or canceled).
        const orders = await this.fetchOrders (symbol, since, undefined, params);
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
        // auth/trade/pair/{currency}/{quote} (or auth/trade for every pair)?from&limit: the account's trades.
        await this.loadMarkets ();
        const [ request, rest ] = this.pageRequest (limit, params);
        let market = undefined;
        let response = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
            response = await this.privateGetAuthTradePairCurrencyQuote (this.extend (this.extend (request, this.marketRequest (market)), rest));
        } else {
            response = await this.privateGetAuthTrade (this.extend (request, rest));
        }
        return this.parseTrades (this.tradeList (response), market, since, limit);
    }

    // --- funding -------------------------------------------------------------------------------------

    parseTransaction (transaction, currency = undefined) {
        // { id, status: TRANSACTION_STATUS_PENDING or CONFIRMED, type: TRANSACTION_TYPE_DEPOSIT or WITHDRAWAL,
        // senderAddress, recipientAddress, amount, transactionFee (in the currency), timestamp, transactionHash,
        // blockHeight, currency (UUID), memo, paymentProvider, requiresCode }
        const code = this.safeCurrencyCode (this.safeString (transaction, 'currency'), currency);
        let fee = undefined;
        const feeCost = this.safeString (transaction, 'transactionFee');
        if (feeCost !== undefined) {
            fee = { 'cost': feeCost, 'currency': code };
        }
        return this.safeTransaction ({
            'id': this.safeString (transaction, 'id'),
            'txid': this.safeString (transaction, 'transactionHash'),
            'timestamp': this.safeInteger (transaction, 'timestamp'),
            'address': this.safeString (transaction, 'recipientAddress'),
            'tag': this.safeString (transaction, 'memo'),
            'type': this.safeString (this.options['transactionTypes'], this.safeString (transaction, 'type')),
            'amount': this.safeString (transaction, 'amount'),
            'currency': code,
            'status': this.safeString (this.options['transactionStatuses'], this.safeString (transaction, 'status')),
            'fee': fee,
            'info': transaction,
        }, currency);
    }

    async fetchTransactions (code = undefined, since = undefined, limit = undefined, params = {}) {
        // auth/transaction?page&size: { content: [...], hasNext, first, pageSize, hasContent }, newest first,
        // deposits and withdrawals of every currency; no time range.
        await this.loadMarkets ();
        const currency = (code === undefined) ? undefined : this.currency (code);
        const request = {};
        if (limit !== undefined) {
            request['size'] = limit;
        }
        const response = await this.privateGetAuthTransaction (this.extend (request, params));
        return this.parseTransactions (this.safeList (response, 'content', []), currency, since, limit);
    }

    async fetchTransfersOf (type, code, since, limit, params) {
        const method = (type === 'deposit') ? 'fetchDeposits' : 'fetchWithdrawals';
        this.rejectUnifiedParams (method, params, [ 'until' ]);
        const transactions = await this.fetchTransactions (code, since, undefined, params);
        const result = [];
        for (let i = 0; i < transactions.length; i++) {
            if (this.safeString (transactions[i], 'type') === type) {
                result.push (transactions[i]);
            }
        }
        return this.filterBySinceLimit (result, since, limit);
    }

    async fetchDeposits (code = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchTransfersOf ('deposit', code, since, limit, params);
    }

    async fetchWithdrawals (code = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchTransfersOf ('withdrawal', code, since, limit, params);
    }

    async currencyBinding (method, currency, kind, params) {
        // auth/transaction/bindings/{currency}: [ { id, currencyProvider, status: CURRENCY_BINDING_STATUS_ACTIVE,
        // type: CURRENCY_BINDING_TYPE_INPUT (deposits) or OUTPUT (withdrawals), currency, minAmount, fee,
        // percentFee, feeCurrency, title, memoSupported, decimals, providerName: 'BTC', 'ERC20', 'BSC_TOKEN' } ]:
        // deposits and withdrawals name the binding of one network. With several active ones the unified param
        // network picks it.
        const networkCode = this.safeString (params, 'network');
        const networkId = (networkCode === undefined) ? undefined : this.knownNetworkId (networkCode, currency, method);
        const response = await this.privateGetAuthTransactionBindingsCurrency ({ 'currency': currency['id'] });
        const candidates = [];
        const providers = [];
        for (let i = 0; i < response.length; i++) {
            const binding = response[i];
            if ((this.safeString (binding, 'type') !== kind) || (this.safeString (binding, 'status') !== 'CURRENCY_BINDING_STATUS_ACTIVE')) {
                continue;
            }
            const provider = this.safeString (binding, 'providerName');
            providers.push (provider);
            if ((networkId === undefined) || (provider === networkId)) {
                candidates.push (binding);
            }
        }
        if (candidates.length === 0) {
            throw new NotSupported (this.id + ' ' + method + ' () finds no active ' + ((networkCode === undefined) ? '' : networkCode + ' ') + 'network of ' + currency['code'] + ' (active: ' + providers.join (', ') + ')');
        }
        if (candidates.length > 1) {
            throw new ArgumentsRequired (this.id + ' ' + method + ' () needs the unified param network: ' + currency['code'] + ' has the networks ' + providers.join (', '));
        }
        return candidates[0];
    }

    async fetchDepositAddress (code, params = {}) {
        // POST auth/transaction/depositAddress { currencyBinding } answers { message: 'address generated', status:
        // SUCCESS, depositAccount: { address, memo } }.
        await this.loadMarkets ();
        const currency = this.currency (code);
        const binding = await this.currencyBinding ('fetchDepositAddress', currency, 'CURRENCY_BINDING_TYPE_INPUT', params);
        const request = { 'currencyBinding': this.safeString (binding, 'id') };
        const response = await this.privatePostAuthTransactionDepositAddress (this.extend (request, this.omit (params, 'network')));
        const account = this.safeDict (response, 'depositAccount', {});
        const address = this.safeString (account, 'address');
        if (address === undefined) {
            throw new InvalidAddress (this.id + ' fetchDepositAddress () got no address for ' + code + ': ' + this.excerpt (this.json (response)));
        }
        return {
            'currency': currency['code'],
            'address': address,
            'tag': this.safeString (account, 'memo'),
            'network': this.networkCode (this.safeString (binding, 'providerName'), currency),
            'info': response,
        };
    }

    async withdraw (code, amount, address, tag = undefined, params = {}) {
        // POST auth/transaction/withdraw { currencyBinding, amount, recipientAddress, memo, twoFaCode } answers
        // { withdrawalId, codeRequired, transaction: { ... } }. A code sent by e-mail may have to be confirmed
        // (codeRequired): the transaction is then TRANSACTION_STATUS_UNVERIFIED until it is.
        await this.loadMarkets ();
        const currency = this.currency (code);
        const binding = await this.currencyBinding ('withdraw', currency, 'CURRENCY_BINDING_TYPE_OUTPUT', params);
        const request = {
            'currencyBinding': this.safeString (binding, 'id'),
            'amount': this.numberToString (amount),
            'recipientAddress': address,
        };
        if (tag !== undefined) {
            request['memo'] = tag;
        }
        const response = await this.privatePostAuthTransactionWithdraw (this.extend (request, this.omit (params, 'network')));
        const transaction = this.parseTransaction (this.safeDict (response, 'transaction', {}), currency);
        transaction['id'] = this.safeString (response, 'withdrawalId', transaction['id']);
        transaction['network'] = this.networkCode (this.safeString (binding, 'providerName'), currency);
        transaction['info'] = response;
        return transaction;
    }

    // --- transport -----------------------------------------------------------------------------------

    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        // GET sends its params as the query string, POST as a JSON body. X-LA-SIGNATURE: hex HMAC-SHA512, keyed
        // by the secret, of method + path (from /v2, without the query) + the params as key=value pairs joined
        // by & (not percent-encoded), in the order they are sent.
        const requestPath = '/' + this.version + '/' + this.implodeParams (path, params);
        const query = this.omit (params, this.extractParams (path));
        const hasQuery = Object.keys (query).length > 0;
        let url = this.urls['api'] + requestPath;
        if ((method === 'GET') && hasQuery) {
            url = url + '?' + this.urlencode (query);
        }
        if (api === 'public') {
            return { 'url': url, 'method': method, 'body': body, 'headers': headers };
        }
        this.checkRequiredCredentials ();
        const payload = method + requestPath + (hasQuery ? this.rawencode (query) : '');
        headers = {
            'X-LA-APIKEY': this.apiKey,
            'X-LA-SIGNATURE': this.hmac (this.encode (payload), this.encode (this.secret), 'sha512', 'hex'),
            'X-LA-DIGEST': 'HMAC-SHA512',
        };
        if (method === 'POST') {
            headers['Content-Type'] = 'application/json';
            body = hasQuery ? this.json (query) : '{}'; // (PHP writes an empty dictionary as [])
        }
        return { 'url': url, 'method': method, 'body': body, 'headers': headers };
    }

    handleErrors (status, reason, url, method, responseHeaders, responseBody, response, requestHeaders, requestBody) {
        // { "message": "...", "error": "INSUFFICIENT_FUNDS", "status": "FAILURE" } with an HTTP 4xx or 5xx
        // status: the error code picks the class, else a known phrase of the message; anything else is an
        // ExchangeError.
        if (status < 400) {
            return;
        }
        if ((response === undefined) || Array.isArray (response) || (typeof response !== 'object')) {
            return;
        }
        const error = this.safeString (response, 'error');
        const message = this.safeString (response, 'message');
        const feedback = this.id + ' ' + method + ' ' + url + ' ' + this.numberToString (status) + ' ' + this.excerpt (responseBody);
        this.throwExactlyMatchedException (this.exceptions['exact'], error, feedback);
        this.throwBroadlyMatchedException (this.exceptions['broad'], message, feedback);
        throw new ExchangeError (feedback);
    }
}
