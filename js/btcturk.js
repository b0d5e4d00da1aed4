// BTCTurk (Kripto) REST API: https://docs.btcturk.com/ (and github.com/BTCTrader/broker-api-docs, README-pro.md)
import Exchange from './base/Exchange.js';
import { ArgumentsRequired, BadRequest, BadResponse, ExchangeError, InsufficientFunds, InvalidOrder, NotSupported, OnMaintenance, OrderNotFound } from './base/errors.js';
import Precise from './base/Precise.js';
import { TICK_SIZE } from './base/functions/number.js';

export default class btcturk extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'btcturk',
            'name': 'BTCTurk',
            'countries': [ 'TR' ],
            'version': 'v2',
            // "Other requests are limited to 1 request per 100 milliseconds"; the ticker takes 10 per 100 ms.
            'rateLimit': 100,
            'has': {
                'fetchMarkets': true,
                'fetchCurrencies': false, // exchangeinfo's currencies are not documented with an example
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
                'fetchClosedOrders': false, // allOrders takes no status filter
                'fetchMyTrades': true,
                'fetchDeposits': false, // the crypto transactions endpoint is documented as POST and as GET, with array params
                'fetchWithdrawals': false,
                'fetchTransactions': false,
                'fetchLedger': false,
                'fetchDepositAddress': false, // not part of the documented API
                'withdraw': false, // not part of the documented API
                'fetchTime': false, // server/time is named, its answer not documented
                'fetchStatus': false,
                'fetchTradingFees': false, // no fee endpoint
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
            'urls': {
                'api': {
                    'public': 'https://api.btcturk.com/api/v2',
                    'private': 'https://api.btcturk.com/api/v1',
                    'graph': 'https://graph-api.btcturk.com/v1', // OHLC data is served from this host
                },
                'www': 'https://www.btcturk.com',
                'doc': 'https://docs.btcturk.com/',
            },
            'api': {
                'public': {
                    'get': {
                        'server/exchangeinfo': 1,
                        'ticker': 0.1,
                        'orderbook': 1,
                        'trades': 1,
                    },
                },
                'private': {
                    'get': {
                        'users/balances': 1,
                        'users/transactions/trade': 1,
                        'openOrders': 1,
                        'allOrders': 1,
                        'order/{id}': 1,
                    },
                    'post': {
                        'order': 1,
                    },
                    'delete': {
                        'order': 1,
                    },
                },
                'graph': {
                    'get': {
                        'ohlcs': 1,
                    },
                },
            },
            // The graph API's OHLC endpoint returns daily candles only.
            'timeframes': {
                '1d': '1d',
            },
            'requiredCredentials': {
                'apiKey': true,
                'secret': true,
            },
            // The API documentation publishes no fee schedule; the trades report each fee.
            'fees': {
                'trading': {
                    'percentage': true,
                    'taker': undefined,
                    'maker': undefined,
                },
            },
            // Prices are multiples of the pair's tickSize; amounts have numeratorScale decimals.
            'precisionMode': TICK_SIZE,
            'options': {
                // Order statuses of openOrders, allOrders and order/{id}, lowercased.
                'orderStatuses': {
                    'untouched': 'open',
                    'partial': 'open',
                    'canceled': 'canceled',
                    'filled': 'closed',
                },
            },
            // Errors are { "success": false, "message": ..., "code": ... }, mostly with HTTP 400
            // (docs.btcturk.com/errors, /error-handling-for-order-operations, /private-endpoints/*).
            'exceptions': {
                'exact': {
                    '1152': OrderNotFound, // "Order not found" (Get Single Order)
                    'Order not found': OrderNotFound,
                    'NO_ORDER_MATCHES_YOUR_REQUEST': OrderNotFound, // cancel: no such order id
                    'ORDER_COULD_NOT_BE_CANCELED': InvalidOrder, // closed or market order, or not partial/untouched
                    'ORDER_CANCEL_BLOCKED': OnMaintenance, // maintenance on the pair
                    'FAILED_ORDER_PARAMETER': BadRequest,
                    'BALANCE_NOT_ENOUGH': InsufficientFunds,
                    'FAILED_ORDER_WITH_OPEN_ORDERS': InsufficientFunds, // free balance not enough because of open orders
                    'FAILED_MIN_TOTAL_AMOUNT': InvalidOrder,
                    'STOP_PRICE_GREATER_THAN_MARKET': InvalidOrder,
                    'STOP_PRICE_LESS_THAN_MARKET': InvalidOrder,
                    'PRICE_MUST_BE_LESS_THAN_MAXPRICE': InvalidOrder,
                    'FAILED_MARKET_ORDER': InvalidOrder, // market orders closed for the pair
                    'ORDER_MIN_PRICE_EXCEEDED': InvalidOrder,
                    'ORDER_MAX_PRICE_EXCEEDED': InvalidOrder,
                },
                'broad': {},
            },
        });
    }

    dataOf (response) {
        // Every api.btcturk.com answer is { data, success, message, code }.
        return this.safeValue (response, 'data');
    }

    // --- markets -------------------------------------------------------------------------------------

    async fetchMarkets (params = {}) {
        // server/exchangeinfo: { data: { timeZone, serverTime, symbols: [ { name: 'BTCTRY', status: 'TRADING',
        // numerator, denominator, numeratorScale, denominatorScale, filters: [ { filterType: 'PRICE_FILTER',
        // minPrice, maxPrice, tickSize, minExchangeValue, minAmount, maxAmount } ], ... } ] } }.
        const response = await this.publicGetServerExchangeinfo (params);
        const symbols = this.safeList (this.dataOf (response), 'symbols', []);
        const result = [];
        for (let i = 0; i < symbols.length; i++) {
            result.push (this.parseMarket (symbols[i]));
        }
        return result;
    }

    priceFilter (entry) {
        const filters = this.safeList (entry, 'filters', []);
        for (let i = 0; i < filters.length; i++) {
            if (this.safeString (filters[i], 'filterType') === 'PRICE_FILTER') {
                return filters[i];
            }
        }
        return {};
    }

    parseMarket (entry) {
        const baseId = this.safeString (entry, 'numerator');
        const quoteId = this.safeString (entry, 'denominator');
        const base = this.safeCurrencyCode (baseId);
        const quote = this.safeCurrencyCode (quoteId);
        const filter = this.priceFilter (entry);
        // docs.btcturk.com/errors, FAILED_MIN_TOTAL_AMOUNT: "Quantity*price must be greater than min amount ...
        // the minAmount object" and "You can avoid the FAILED_MIN_TOTAL_AMOUNT error with the minExchangeValue
        // object": both bound the order's total in the quote currency, not its quantity, so the larger one is
        // the minimum cost. The docs name no quantity limit (maxAmount is not described and stays in info).
        const minExchangeValue = this.safeString (filter, 'minExchangeValue');
        const minTotal = this.safeString (filter, 'minAmount');
        let minCost = (minExchangeValue === undefined) ? minTotal : minExchangeValue;
        if ((minExchangeValue !== undefined) && (minTotal !== undefined)) {
            minCost = Precise.stringMax (minExchangeValue, minTotal);
        }
        return this.safeMarketStructure ({
            'id': this.safeString (entry, 'name'),
            'symbol': base + '/' + quote,
            'base': base,
            'quote': quote,
            'baseId': baseId,
            'quoteId': quoteId,
            'active': this.safeString (entry, 'status') === 'TRADING',
            'type': 'spot',
            'spot': true,
            'taker': this.fees['trading']['taker'],
            'maker': this.fees['trading']['maker'],
            'precision': {
                'amount': this.parseNumber (this.parsePrecision (this.safeString (entry, 'numeratorScale'))),
                'price': this.safeNumber (filter, 'tickSize'),
            },
            'limits': {
                'amount': { 'min': undefined, 'max': undefined },
                'price': { 'min': this.safeNumber (filter, 'minPrice'), 'max': this.safeNumber (filter, 'maxPrice') },
                'cost': { 'min': this.parseNumber (minCost), 'max': undefined },
            },
            'info': entry,
        });
    }

    // --- market data ---------------------------------------------------------------------------------

    parseTicker (ticker, market = undefined) {
        // { pair, pairNormalized, timestamp, last, high, low, bid, ask, open, volume (base), average,
        // daily (the 24 h change), dailyPercent, denominatorSymbol, numeratorSymbol }.
        market = this.safeMarket (this.safeString (ticker, 'pair'), market);
        return this.safeTicker ({
            'symbol': market['symbol'],
            'timestamp': this.safeInteger (ticker, 'timestamp'),
            'high': this.safeString (ticker, 'high'),
            'low': this.safeString (ticker, 'low'),
            'bid': this.safeString (ticker, 'bid'),
            'ask': this.safeString (ticker, 'ask'),
            'open': this.safeString (ticker, 'open'),
            'last': this.safeString (ticker, 'last'),
            'change': this.safeString (ticker, 'daily'),
            'percentage': this.safeString (ticker, 'dailyPercent'),
            'baseVolume': this.safeString (ticker, 'volume'),
            'info': ticker,
        }, market);
    }

    async fetchTicker (symbol, params = {}) {
        // ticker?pairSymbol=BTCTRY answers a list of the one pair's ticker.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetTicker (this.extend ({ 'pairSymbol': market['id'] }, params));
        const tickers = this.filterBy (this.toList (this.dataOf (response)), 'pair', market['id']);
        if (tickers.length === 0) {
            throw new BadResponse (this.id + ' fetchTicker () got no ticker of ' + market['id']);
        }
        return this.parseTicker (tickers[0], market);
    }

    async fetchTickers (symbols = undefined, params = {}) {
        await this.loadMarkets ();
        const response = await this.publicGetTicker (params);
        return this.parseTickers (this.toList (this.dataOf (response)), symbols);
    }

    toList (value) {
        // A list where one is documented; anything else the exchange sends is none.
        return Array.isArray (value) ? value : [];
    }

    async fetchOrderBook (symbol, limit = undefined, params = {}) {
        // orderbook?pairSymbol&limit (default 100, at most 1000): { data: { timestamp, bids, asks } }, each
        // level [ price, amount ] as strings.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'pairSymbol': market['id'] };
        if (limit !== undefined) {
            request['limit'] = limit;
        }
        const response = await this.publicGetOrderbook (this.extend (request, params));
        const book = this.safeDict (response, 'data', {});
        return this.parseOrderBook (book, market['symbol'], this.safeInteger (book, 'timestamp'));
    }

    parseOHLCV (ohlcv, market = undefined) {
        // { pair, time (seconds), open, high, low, close, volume, total, average, dailyChangeAmount, ... }.
        return [
            this.safeTimestamp (ohlcv, 'time'),
            this.safeNumber (ohlcv, 'open'),
            this.safeNumber (ohlcv, 'high'),
            this.safeNumber (ohlcv, 'low'),
            this.safeNumber (ohlcv, 'close'),
            this.safeNumber (ohlcv, 'volume'),
        ];
    }

    async fetchOHLCV (symbol, timeframe = '1m', since = undefined, limit = undefined, params = {}) {
        // graph-api ohlcs?pair&from&to (Unix seconds): a bare list of daily candles.
        await this.loadMarkets ();
        const market = this.market (symbol);
        if (this.safeString (this.timeframes, timeframe) === undefined) {
            throw new BadRequest (this.id + ' fetchOHLCV () offers daily candles only (timeframe 1d), not ' + timeframe);
        }
        const request = { 'pair': market['id'] };
        if (since !== undefined) {
            request['from'] = Math.floor (since / 1000);
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            request['to'] = Math.floor (until / 1000);
        }
        const response = await this.graphGetOhlcs (this.extend (request, this.omit (params, 'until')));
        return this.parseOHLCVs (this.toList (response), market, timeframe, since, limit);
    }

    parseTrade (trade, market = undefined) {
        // Public (trades): { pair, numerator, denominator, date (ms), tid, price, amount } without a side.
        // Own (users/transactions/trade): { price, numeratorSymbol, denominatorSymbol, orderType ('buy'/'sell'),
        // orderId, id, timestamp, amount (negative for a sell), fee, tax (both negative: charged) }.
        const marketId = this.safeString (trade, 'pair', this.safeString (trade, 'numeratorSymbol', '') + this.safeString (trade, 'denominatorSymbol', ''));
        market = this.safeMarket (marketId, market);
        const fees = [];
        const currency = this.feeCurrency (market);
        const fee = this.safeString (trade, 'fee');
        if (fee !== undefined) {
            fees.push ({ 'cost': Precise.stringNeg (fee), 'currency': currency });
        }
        const tax = this.safeString (trade, 'tax');
        if (tax !== undefined) {
            fees.push ({ 'cost': Precise.stringNeg (tax), 'currency': currency });
        }
        return this.safeTrade ({
            'id': this.safeString2 (trade, 'tid', 'id'),
            'order': this.safeString (trade, 'orderId'),
            'timestamp': this.safeInteger2 (trade, 'date', 'timestamp'),
            'symbol': market['symbol'],
            'side': this.safeStringLower (trade, 'orderType'),
            'price': this.safeString (trade, 'price'),
            'amount': this.safeUnsigned (trade, 'amount'),
            'fees': fees,
            'info': trade,
        }, market);
    }

    feeCurrency (market) {
        // exchangeinfo's commissionFromNumerator says which side of the pair commissions are taken from; without
        // it the currency is not known.
        const fromNumerator = this.safeBool (this.safeDict (market, 'info', {}), 'commissionFromNumerator');
        if (fromNumerator === undefined) {
            return undefined;
        }
        return fromNumerator ? market['base'] : market['quote'];
    }

    async fetchTrades (symbol, since = undefined, limit = undefined, params = {}) {
        // trades?pairSymbol&last (default 50, at most 1000): the latest trades.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'pairSymbol': market['id'] };
        if (limit !== undefined) {
            request['last'] = limit;
        }
        const response = await this.publicGetTrades (this.extend (request, params));
        return this.parseTrades (this.toList (this.dataOf (response)), market, since, limit);
    }

    // --- account -------------------------------------------------------------------------------------

    async fetchBalance (params = {}) {
        // users/balances: [ { asset, assetname, balance (total), locked, free, orderFund, requestFund, precision } ].
        await this.loadMarkets ();
        const response = await this.privateGetUsersBalances (params);
        const entries = this.toList (this.dataOf (response));
        const result = { 'info': response };
        for (let i = 0; i < entries.length; i++) {
            const entry = entries[i];
            const code = this.safeCurrencyCode (this.safeString (entry, 'asset'));
            const account = this.account ();
            account['free'] = this.decimalField (entry, 'free');
            account['used'] = this.decimalField (entry, 'locked');
            account['total'] = this.decimalField (entry, 'balance');
            result[code] = account;
        }
        return this.safeBalance (result);
    }

    decimalField (entry, key) {
        // An amount written as a decimal number; any other text (the docs' latest example writes decimal commas,
        // "27223,7283250757643288") is refused rather than read as another number.
        const value = this.safeString (entry, key);
        if ((value !== undefined) && !this.isDecimalString (value)) {
            throw new BadResponse (this.id + ' ' + key + ' is not a decimal number: ' + value);
        }
        return value;
    }

    // --- orders --------------------------------------------------------------------------------------

    parseOrder (order, market = undefined) {
        // Submit: { id, datetime, type: 'Buy', method: 'Limit', price, stopPrice, quantity, pairSymbol,
        // newOrderClientId }. Open, all and single orders: { id, price, amount, quantity, stopPrice, pairSymbol
        // (pairsymbol in allOrders), type, method ('limit', 'market', 'stoplimit', 'stopmarket'), orderClientId,
        // time (0 when unknown), updateTime, status, leftAmount }.
        const marketId = this.safeString2 (order, 'pairSymbol', 'pairsymbol');
        market = this.safeMarket (marketId, market);
        const method = this.safeStringLower (order, 'method', '');
        const side = this.safeStringLower (order, 'type');
        const stop = method.startsWith ('stop');
        const kind = stop ? method.slice (4) : method;
        let amount = this.safeString (order, 'quantity', this.safeString (order, 'amount'));
        let remaining = this.safeString (order, 'leftAmount');
        let cost = undefined;
        if ((kind === 'market') && (side === 'buy')) {
            // A market buy's quantity is in the quote currency (what it spends).
            cost = amount;
            amount = undefined;
            remaining = undefined;
        }
        const status = this.safeStringLower (order, 'status');
        return this.safeOrder ({
            'id': this.safeString (order, 'id'),
            'clientOrderId': this.safeString2 (order, 'orderClientId', 'newOrderClientId'),
            'timestamp': this.safeMilliseconds (order, 'time') || this.safeMilliseconds (order, 'datetime'),
            'lastUpdateTimestamp': this.safeMilliseconds (order, 'updateTime'),
            'symbol': market['symbol'],
            'type': ((kind === 'limit') || (kind === 'market')) ? kind : undefined,
            'side': side,
            'price': (kind === 'market') ? undefined : this.safeString (order, 'price'),
            'triggerPrice': stop ? this.safeString (order, 'stopPrice') : undefined,
            'amount': amount,
            'remaining': remaining,
            'cost': cost,
            'status': this.safeString (this.options['orderStatuses'], status),
            'info': order,
        }, market);
    }

    async createOrder (symbol, type, side, amount, price = undefined, params = {}) {
        // POST order { quantity, price, stopPrice, newOrderClientId, orderMethod ('limit', 'market', 'stopLimit',
        // 'stopMarket'), orderType ('buy', 'sell'), pairSymbol }. A market buy's quantity is the quote amount it
        // spends (the unified cost); every other order's quantity is the base amount. triggerPrice and
        // stopLossPrice make it a stop order (a stop buy triggers above the market, a stop sell below, which is
        // a stop loss): a take profit, postOnly, timeInForce and reduceOnly have no field.
        await this.loadMarkets ();
        const market = this.market (symbol);
        if (this.safeString (params, 'timeInForce') !== undefined) {
            // (checked before unifiedOrderParams, which reads timeInForce PO as postOnly)
            throw new NotSupported (this.id + ' createOrder () does not support the unified param timeInForce');
        }
        const [ unified, rest ] = this.unifiedOrderParams (type, params);
        this.rejectUnifiedParams ('createOrder', unified, [ 'postOnly', 'reduceOnly', 'takeProfitPrice' ]);
        if ((type !== 'market') && (type !== 'limit')) {
            throw new InvalidOrder (this.id + ' createOrder () type must be market or limit, not ' + type);
        }
        const request = { 'pairSymbol': market['id'], 'orderType': side };
        if ((type === 'market') && (side === 'buy')) {
            if (unified['cost'] === undefined) {
                throw new InvalidOrder (this.id + ' createOrder () a market buy spends an amount of ' + market['quote'] + ': pass it as params[\'cost\'] (or call createMarketBuyOrderWithCost)');
            }
            request['quantity'] = this.costToPrecision (symbol, unified['cost']);
        } else {
            if (unified['cost'] !== undefined) {
                throw new InvalidOrder (this.id + ' createOrder () cost sizes market buys only; a market sell is sized by amount');
            }
            request['quantity'] = this.amountToPrecision (symbol, amount);
        }
        if (type === 'limit') {
            if (price === undefined) {
                throw new ArgumentsRequired (this.id + ' createOrder () requires a price for a limit order');
            }
            request['price'] = this.priceToPrecision (symbol, price);
        }
        let method = type;
        if (unified['trigger'] !== undefined) {
            method = (type === 'limit') ? 'stopLimit' : 'stopMarket';
            request['stopPrice'] = this.priceToPrecision (symbol, unified['trigger']);
        }
        request['orderMethod'] = method;
        if (unified['clientOrderId'] !== undefined) {
            request['newOrderClientId'] = unified['clientOrderId'];
        }
        const response = await this.privatePostOrder (this.extend (request, rest));
        return this.parseOrder (this.safeDict (response, 'data', {}), market);
    }

    async createMarketBuyOrderWithCost (symbol, cost, params = {}) {
        return await this.createOrder (symbol, 'market', 'buy', undefined, undefined, this.extend (params, { 'cost': cost }));
    }

    async cancelOrder (id, symbol = undefined, params = {}) {
        // DELETE order?id: { success, message, code } acknowledges the request; the cancellation itself is
        // final only when the private stream's channel 452 says so, so the status stays unknown here.
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const response = await this.privateDeleteOrder (this.extend ({ 'id': id }, params));
        return this.safeOrder ({
            'id': id,
            'symbol': (market === undefined) ? undefined : market['symbol'],
            'info': response,
        }, market);
    }

    async fetchOrder (id, symbol = undefined, params = {}) {
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const response = await this.privateGetOrderId (this.extend ({ 'id': id }, params));
        return this.parseOrder (this.safeDict (response, 'data', {}), market);
    }

    requireMarket (method, symbol) {
        if (symbol === undefined) {
            throw new ArgumentsRequired (this.id + ' ' + method + ' () requires a symbol argument: BTCTurk lists orders per pair');
        }
        return this.market (symbol);
    }

    async fetchOpenOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // openOrders?pairSymbol: { data: { asks: [ orders ], bids: [ orders ] } }.
        await this.loadMarkets ();
        const market = this.requireMarket ('fetchOpenOrders', symbol);
        const response = await this.privateGetOpenOrders (this.extend ({ 'pairSymbol': market['id'] }, params));
        const data = this.safeDict (response, 'data', {});
        const orders = this.arrayConcat (this.safeList (data, 'asks', []), this.safeList (data, 'bids', []));
        return this.parseOrders (orders, market, since, limit);
    }

    async fetchOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // allOrders?pairSymbol&startTime&endTime&limit (default 100, at most 1000): orders of every status.
        await this.loadMarkets ();
        const market = this.requireMarket ('fetchOrders', symbol);
        const request = { 'pairSymbol': market['id'] };
        if (since !== undefined) {
            request['startTime'] = since;
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            request['endTime'] = until;
        }
        if (limit !== undefined) {
            request['limit'] = limit;
        }
        const response = await this.privateGetAllOrders (this.extend (request, this.omit (params, 'until')));
        return this.parseOrders (this.toList (this.dataOf (response)), market, since, limit);
    }

    async fetchMyTrades (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // users/transactions/trade?pairSymbol&startDate&endDate (ms; the last 30 days without them).
        await this.loadMarkets ();
        const request = {};
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
            request['pairSymbol'] = market['id'];
        }
        if (since !== undefined) {
            request['startDate'] = since;
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            request['endDate'] = until;
        }
        const response = await this.privateGetUsersTransactionsTrade (this.extend (request, this.omit (params, 'until')));
        return this.parseTrades (this.toList (this.dataOf (response)), market, since, limit);
    }

    // --- requests ------------------------------------------------------------------------------------

    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        // GET and DELETE send their params as the query string, POST as a JSON body.
        let url = this.safeString (this.urls['api'], api) + '/' + this.implodeParams (path, params);
        const query = this.omit (params, this.extractParams (path));
        const hasBody = method === 'POST';
        if (!hasBody && (Object.keys (query).length > 0)) {
            url = url + '?' + this.urlencode (query);
        }
        if (api !== 'private') {
            return { 'url': url, 'method': method, 'body': body, 'headers': headers };
        }
        // X-Signature: base64 HMAC-SHA256 of apiKey + stamp, keyed with the base64-decoded secret; X-Stamp is
        // the time in milliseconds (the server allows 5 s either way).
        this.checkRequiredCredentials ();
        const stamp = this.numberToString (this.milliseconds ());
        headers = {
            'X-PCK': this.apiKey,
            'X-Stamp': stamp,
            'X-Signature': this.hmac (this.encode (this.apiKey + stamp), this.base64ToBinary (this.secret), 'sha256', 'base64'),
            'Content-Type': 'application/json',
        };
        if (hasBody) {
            body = (Object.keys (query).length > 0) ? this.json (query) : '{}'; // (PHP writes an empty dictionary as [])
        }
        return { 'url': url, 'method': method, 'body': body, 'headers': headers };
    }

    handleErrors (status, reason, url, method, responseHeaders, responseBody, response, requestHeaders, requestBody) {
        // { "success": false, "message": "Order not found", "code": 1152 }: the message, then the code, picks
        // the error class; any other refusal is mapped by its HTTP status, or is an ExchangeError with a 2xx one.
        if ((response === undefined) || Array.isArray (response) || (typeof response !== 'object')) {
            return;
        }
        if (this.safeBool (response, 'success') !== false) {
            return;
        }
        const message = this.safeString (response, 'message', '');
        const code = this.safeString (response, 'code', '');
        const feedback = this.id + ' ' + method + ' ' + url + ' ' + code + ' ' + message;
        this.throwExactlyMatchedException (this.exceptions['exact'], message, feedback);
        this.throwExactlyMatchedException (this.exceptions['exact'], code, feedback);
        if ((status < 200) || (status >= 300)) {
            return; // the HTTP status says what failed (401, 429, 503, ...)
        }
        throw new ExchangeError (feedback);
    }
}
