// Zonda (formerly BitBay, now zondacrypto) REST API v1_01: https://docs.zondacrypto.exchange/ (base URL
// https://api.zondacrypto.exchange/rest). Every answer comes with HTTP 200 and { "status": "Ok" | "Fail", ... };
// a failure lists its reasons in "errors".
import Exchange from './base/Exchange.js';
import { ArgumentsRequired, BadRequest, BadSymbol, ExchangeError, ExchangeNotAvailable, InsufficientFunds, InvalidOrder, NotSupported, OrderNotFillable, OrderNotFound, RequestTimeout } from './base/errors.js';
import { TICK_SIZE } from './base/functions/number.js';
import Precise from './base/Precise.js';

export default class bitbay extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'bitbay',
            'name': 'BitBay (Zonda)',
            'countries': [ 'EE' ],
            'version': 'v1_01',
            // The documented limits: 200 requests a minute for placing, cancelling and listing offers, 100 for
            // transactions and market configuration, 60 for everything else.
            'rateLimit': 1000,
            'has': {
                'fetchMarkets': true,
                'fetchCurrencies': false, // no currency list endpoint in the API
                'fetchTicker': true,
                'fetchTickers': true,
                'fetchOrderBook': true,
                'fetchOHLCV': false, // the candle endpoint's path and query are not in the documentation this file follows
                'fetchTrades': true,
                'fetchBalance': true,
                'createOrder': true,
                'cancelOrder': true,
                'editOrder': false,
                'fetchOrder': false, // no endpoint reports one offer by id
                'fetchOrders': false,
                'fetchOpenOrders': true,
                'fetchClosedOrders': false, // the offer history endpoint is not in the documentation this file follows
                'fetchMyTrades': true,
                'fetchDeposits': false,
                'fetchWithdrawals': false,
                'fetchTransactions': false,
                'fetchLedger': false,
                'fetchDepositAddress': false,
                'withdraw': false,
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
                'api': 'https://api.zondacrypto.exchange/rest',
                'www': 'https://zondacrypto.com',
                'doc': [
                    'https://docs.zondacrypto.exchange/',
                    'https://bitbay.net/public-api',
                ],
                'fees': 'https://zondacrypto.com/en/trading-fees-table',
            },
            'api': {
                'public': {
                    'get': [
                        'trading/ticker',
                        'trading/ticker/{symbol}',
                        'trading/orderbook/{symbol}',
                        'trading/transactions/{symbol}',
                    ],
                },
                'private': {
                    'get': [
                        'balances/BITBAY/balance',
                        'trading/offer',
                        'trading/offer/{symbol}',
                        'trading/history/transactions',
                    ],
                    'post': [
                        'trading/offer/{symbol}',
                        'trading/stop/offer/{symbol}',
                    ],
                    'delete': [
                        'trading/offer/{symbol}/{id}/{side}/{price}',
                    ],
                },
            },
            'requiredCredentials': {
                'apiKey': true,
                'secret': true,
            },
            // The trading fee table, markets against fiat currencies, the tier of 100 to 10 000 EUR of monthly
            // volume: maker 0.30 %, taker 0.45 % (markets against digital assets are cheaper).
            'fees': {
                'trading': {
                    'tierBased': true,
                    'percentage': true,
                    'maker': 0.003,
                    'taker': 0.0045,
                },
            },
            // amountPrecision and ratePrecision are numbers of decimal places: the ticks are 10^-places.
            'precisionMode': TICK_SIZE,
            'options': {
                // createOrder's postOnly is the offer's field of the same name and meaning (a boolean).
                'sameNameParams': [ 'postOnly' ],
                'offerModes': {
                    'limit': 'limit',
                    'market': 'market',
                    'stop-limit': 'limit',
                    'stop-market': 'market',
                },
            },
            // The documented error messages ("errors": [ ... ] of a "status": "Fail" answer).
            'exceptions': {
                'exact': {
                    'MARKET_NOT_RECOGNIZED': BadSymbol,
                    'TICKER_NOT_FOUND': BadSymbol,
                    'MARKET_CODE_CANNOT_BE_EMPTY': BadSymbol,
                    'MARKET_DISABLED': BadSymbol,
                    'NOT_RECOGNIZED_OFFER_TYPE': InvalidOrder,
                    'FUNDS_NOT_SUFFICIENT': InsufficientFunds,
                    'OFFER_FUNDS_NOT_EXCEEDING_MINIMUMS': InvalidOrder,
                    'OFFER_FUNDS_SCALE_ISSUE': InvalidOrder,
                    'PRICE_PRECISION_INVALID': InvalidOrder,
                    'OFFER_COULD_NOT_BE_FILLED': OrderNotFillable,
                    'OFFER_WOULD_HAVE_BEEN_PARTIALLY_FILLED': OrderNotFillable,
                    'FILL_OR_KILL_COMBINED_WITH_POST_ONLY': InvalidOrder,
                    'SELF_TRADING': InvalidOrder,
                    'USER_OFFER_COUNT_LIMIT_EXCEEDED': InvalidOrder,
                    'OFFER_NOT_FOUND': OrderNotFound,
                    'INVALID_RESOLUTION': BadRequest,
                    'INVALID_REQUEST': BadRequest,
                    'MALFORMED_REQUEST': BadRequest,
                    'CONFIG_LOAD_TIMEOUT': RequestTimeout,
                    'SYSTEM_TIMEOUT': RequestTimeout,
                    'CORE_OVERFLOW': ExchangeNotAvailable,
                    'SYSTEM_OVERLOADED': ExchangeNotAvailable,
                    'UNKNOWN_ERROR': ExchangeError,
                },
                'broad': {},
            },
        });
    }

    // --- markets -------------------------------------------------------------------------------------

    async fetchMarkets (params = {}) {
        // trading/ticker: { status, items: { 'BTC-PLN': { market: { code, amountPrecision, pricePrecision,
        // ratePrecision, first: { currency, minOffer }, second: { currency, minOffer } }, time, highestBid,
        // lowestAsk, rate, previousRate } } (a list is read the same way).
        const response = await this.publicGetTradingTicker (params);
        const items = this.toArray (this.safeValue (response, 'items', {}));
        const result = [];
        for (let i = 0; i < items.length; i++) {
            result.push (this.parseMarket (this.safeDict (items[i], 'market', {})));
        }
        return result;
    }

    parseMarket (entry) {
        // amountPrecision: the decimals of an amount of the first currency; ratePrecision: of the rate (the
        // price); the minimum offer is stated in both currencies (an amount and a cost).
        const first = this.safeDict (entry, 'first', {});
        const second = this.safeDict (entry, 'second', {});
        const baseId = this.safeString (first, 'currency');
        const quoteId = this.safeString (second, 'currency');
        const base = this.safeCurrencyCode (baseId);
        const quote = this.safeCurrencyCode (quoteId);
        return this.safeMarketStructure ({
            'id': this.safeString (entry, 'code'),
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
                'amount': this.parseNumber (this.parsePrecision (this.safeString (entry, 'amountPrecision'))),
                'price': this.parseNumber (this.parsePrecision (this.safeString (entry, 'ratePrecision'))),
            },
            'limits': {
                'amount': { 'min': this.safeNumber (first, 'minOffer'), 'max': undefined },
                'price': { 'min': undefined, 'max': undefined },
                'cost': { 'min': this.safeNumber (second, 'minOffer'), 'max': undefined },
            },
            'info': entry,
        });
    }

    // --- market data ---------------------------------------------------------------------------------

    parseTicker (ticker, market = undefined) {
        // { market: { code, ... }, time (ms), highestBid, lowestAsk, rate (the last transaction's), previousRate
        // (the one before) }: no 24 hour statistics.
        const marketInfo = this.safeDict (ticker, 'market', {});
        market = this.safeMarket (this.safeString (marketInfo, 'code'), market, '-');
        return this.safeTicker ({
            'symbol': market['symbol'],
            'timestamp': this.safeInteger (ticker, 'time'),
            'bid': this.safeString (ticker, 'highestBid'),
            'ask': this.safeString (ticker, 'lowestAsk'),
            'last': this.safeString (ticker, 'rate'),
            'previousClose': this.safeString (ticker, 'previousRate'),
            'info': ticker,
        }, market);
    }

    async fetchTicker (symbol, params = {}) {
        // trading/ticker/{symbol}: { status, ticker: { ... } }.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetTradingTickerSymbol (this.extend ({ 'symbol': market['id'] }, params));
        return this.parseTicker (this.safeDict (response, 'ticker', {}), market);
    }

    async fetchTickers (symbols = undefined, params = {}) {
        // trading/ticker: every market's ticker, keyed by market code.
        await this.loadMarkets ();
        const response = await this.publicGetTradingTicker (params);
        return this.parseTickers (this.toArray (this.safeValue (response, 'items', {})), symbols);
    }

    async fetchOrderBook (symbol, limit = undefined, params = {}) {
        // trading/orderbook/{symbol}: { status, sell: [ { ra (rate), ca (current amount), sa, pa, co } ], buy,
        // timestamp, seqNo }: the best 300 of each side; limit is applied here.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetTradingOrderbookSymbol (this.extend ({ 'symbol': market['id'] }, params));
        const book = this.parseOrderBook (response, market['symbol'], this.safeInteger (response, 'timestamp'), 'buy', 'sell', 'ra', 'ca');
        book['nonce'] = this.safeInteger (response, 'seqNo');
        return this.limitOrderBook (book, limit);
    }

    parseTrade (trade, market = undefined) {
        // Public (trading/transactions): { id, t (ms), a (amount), r (rate), ty: 'Buy' or 'Sell' (the taker's side) }.
        // The account's (trading/history/transactions): { id, market, time, amount, rate, initializedBy, wasTaker,
        // userAction: 'Buy' or 'Sell', offerId, commissionValue }: the commission's currency is not stated.
        market = this.safeMarket (this.safeString (trade, 'market'), market, '-');
        const userAction = this.safeStringLower (trade, 'userAction');
        const wasTaker = this.safeBool (trade, 'wasTaker');
        let takerOrMaker = undefined;
        if (wasTaker !== undefined) {
            takerOrMaker = wasTaker ? 'taker' : 'maker';
        }
        let fee = undefined;
        const feeCost = this.safeString (trade, 'commissionValue');
        if (feeCost !== undefined) {
            fee = { 'cost': feeCost, 'currency': undefined };
        }
        return this.safeTrade ({
            'id': this.safeString (trade, 'id'),
            'order': this.safeString (trade, 'offerId'),
            'symbol': market['symbol'],
            'timestamp': this.safeInteger2 (trade, 't', 'time'),
            'side': (userAction !== undefined) ? userAction : this.safeStringLower (trade, 'ty'),
            'takerOrMaker': takerOrMaker,
            'price': this.safeString2 (trade, 'r', 'rate'),
            'amount': this.safeString2 (trade, 'a', 'amount'),
            'fee': fee,
            'info': trade,
        }, market);
    }

    async fetchTrades (symbol, since = undefined, limit = undefined, params = {}) {
        // trading/transactions/{symbol}: { status, items: [ { id, t, a, r, ty } ] }, the most recent transactions;
        // since and limit are applied here.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetTradingTransactionsSymbol (this.extend ({ 'symbol': market['id'] }, params));
        return this.parseTrades (this.safeList (response, 'items', []), market, since, limit);
    }

    // --- account -------------------------------------------------------------------------------------

    async fetchBalance (params = {}) {
        // balances/BITBAY/balance: { status, balances: [ { id, userId, availableFunds, totalFunds, lockedFunds,
        // currency, type, name, balanceEngine } ] }: a currency may have several wallets, which are summed.
        await this.loadMarkets ();
        const response = await this.privateGetBalancesBITBAYBalance (params);
        const wallets = this.safeList (response, 'balances', []);
        const result = { 'info': response };
        for (let i = 0; i < wallets.length; i++) {
            const wallet = wallets[i];
            const code = this.safeCurrencyCode (this.safeString (wallet, 'currency'));
            const previous = this.safeDict (result, code);
            const account = this.account ();
            account['free'] = this.safeString (wallet, 'availableFunds');
            account['used'] = this.safeString (wallet, 'lockedFunds');
            account['total'] = this.safeString (wallet, 'totalFunds');
            if (previous !== undefined) {
                account['free'] = Precise.stringAdd (previous['free'], account['free']);
                account['used'] = Precise.stringAdd (previous['used'], account['used']);
                account['total'] = Precise.stringAdd (previous['total'], account['total']);
            }
            result[code] = account;
        }
        return this.safeBalance (result);
    }

    // --- orders --------------------------------------------------------------------------------------

    parseOrder (order, market = undefined) {
        // Active offers (trading/offer): { market, offerType: 'Buy' or 'Sell', id, currentAmount (left),
        // lockedAmount, rate, startAmount, time, postOnly, hidden, mode: 'limit' or 'market', receivedAmount,
        // firstBalanceId, secondBalanceId }. A new offer: { status, completed, offerId, transactions: [ { amount,
        // rate } ] }; a new stop offer: { status, stopOfferId }: what they report is completed by createOrder.
        market = this.safeMarket (this.safeString (order, 'market'), market, '-');
        const postOnly = this.safeBool (order, 'postOnly');
        const mode = this.safeStringLower (order, 'mode');
        let status = undefined;
        const completed = this.safeBool (order, 'completed');
        if (completed !== undefined) {
            status = completed ? 'closed' : 'open';
        }
        return this.safeOrder ({
            'id': this.safeStringN (order, [ 'id', 'offerId', 'stopOfferId' ]),
            'symbol': market['symbol'],
            'timestamp': this.safeInteger (order, 'time'),
            'status': status,
            'type': this.safeString (this.options['offerModes'], mode),
            'timeInForce': (postOnly === true) ? 'PO' : undefined,
            'postOnly': postOnly,
            'side': this.safeStringLower (order, 'offerType'),
            'price': this.safeString (order, 'rate'),
            'triggerPrice': this.safeString (order, 'stopRate'),
            'amount': this.safeString (order, 'startAmount'),
            'remaining': this.safeString (order, 'currentAmount'),
            'info': order,
        }, market);
    }

    async createOrder (symbol, type, side, amount, price = undefined, params = {}) {
        // POST trading/offer/{symbol} { offerType: BUY or SELL, amount, price (a market order sized in the second
        // currency), rate (the limit price), postOnly, mode: limit or market, fillOrKill }; a stop order (the
        // unified triggerPrice) is POST trading/stop/offer/{symbol} { offerType, amount, rate, stopRate, mode:
        // stop-limit or stop-market }. Fields an order does not use are left out. The documentation names
        // Immediate or Cancel without its field in the examples at hand, has no client order id and no reduce-only,
        // and its stop orders trigger at the last price whichever the direction: those are refused.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const [ unified, rest ] = this.unifiedOrderParams (type, params);
        this.rejectUnifiedParams ('createOrder', unified, [ 'reduceOnly', 'clientOrderId', 'stopLossPrice', 'takeProfitPrice' ]);
        if ((type !== 'market') && (type !== 'limit')) {
            throw new InvalidOrder (this.id + ' createOrder () type must be market or limit, not ' + type);
        }
        if ((side !== 'buy') && (side !== 'sell')) {
            throw new InvalidOrder (this.id + ' createOrder () side must be buy or sell, not ' + side);
        }
        if (unified['timeInForce'] === 'IOC') {
            throw new NotSupported (this.id + ' createOrder () does not support the unified param timeInForce IOC');
        }
        const request = {
            'symbol': market['id'],
            'offerType': side.toUpperCase (),
        };
        if (unified['cost'] !== undefined) {
            request['price'] = this.costToPrecision (symbol, unified['cost']);
        } else {
            request['amount'] = this.amountToPrecision (symbol, amount);
        }
        if (type === 'limit') {
            if (price === undefined) {
                throw new ArgumentsRequired (this.id + ' createOrder () requires a price for a limit order');
            }
            request['rate'] = this.priceToPrecision (symbol, price);
        }
        let response = undefined;
        if (unified['trigger'] !== undefined) {
            if ((unified['timeInForce'] !== undefined) || (unified['cost'] !== undefined)) {
                throw new InvalidOrder (this.id + ' createOrder () a stop order (triggerPrice) takes neither timeInForce nor cost');
            }
            request['stopRate'] = this.priceToPrecision (symbol, unified['trigger']);
            request['mode'] = 'stop-' + type;
            response = await this.privatePostTradingStopOfferSymbol (this.extend (request, rest));
        } else {
            request['mode'] = type;
            request['postOnly'] = unified['postOnly'];
            request['fillOrKill'] = (unified['timeInForce'] === 'FOK');
            response = await this.privatePostTradingOfferSymbol (this.extend (request, rest));
        }
        // The answer names the offer and whether it completed; the rest is what was placed.
        const order = this.extend ({
            'market': market['id'],
            'offerType': side,
            'mode': request['mode'],
            'rate': this.safeString (request, 'rate'),
            'startAmount': this.safeString (request, 'amount'),
            'stopRate': this.safeString (request, 'stopRate'),
            'postOnly': this.safeBool (request, 'postOnly'),
        }, response);
        const parsed = this.parseOrder (order, market);
        if (unified['trigger'] !== undefined) {
            // A stop offer waits for its stopRate: it is open until it triggers.
            return this.extend (parsed, { 'status': 'open', 'info': response });
        }
        return this.extend (parsed, { 'info': response });
    }

    async cancelOrder (id, symbol = undefined, params = {}) {
        // DELETE trading/offer/{symbol}/{id}/{side}/{price}: the path names the offer's side and rate, so the
        // offer is looked up among the market's active offers first (OrderNotFound when it is not there).
        if (symbol === undefined) {
            throw new ArgumentsRequired (this.id + ' cancelOrder () requires a symbol');
        }
        await this.loadMarkets ();
        const market = this.market (symbol);
        const offers = await this.privateGetTradingOfferSymbol ({ 'symbol': market['id'] });
        const items = this.safeList (offers, 'items', []);
        let found = undefined;
        for (let i = 0; i < items.length; i++) {
            if (this.safeString (items[i], 'id') === id) {
                found = items[i];
            }
        }
        if (found === undefined) {
            throw new OrderNotFound (this.id + ' cancelOrder () found no active offer ' + id + ' in ' + market['id']);
        }
        const request = {
            'symbol': market['id'],
            'id': id,
            'side': this.safeStringLower (found, 'offerType'),
            'price': this.safeString (found, 'rate'),
        };
        const response = await this.privateDeleteTradingOfferSymbolIdSidePrice (this.extend (request, params));
        const order = this.parseOrder (found, market);
        return this.extend (order, { 'status': 'canceled', 'info': response });
    }

    async fetchOpenOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // trading/offer (every market) or trading/offer/{symbol}: { status, items: [ offer ] }.
        await this.loadMarkets ();
        let response = undefined;
        let market = undefined;
        if (symbol === undefined) {
            response = await this.privateGetTradingOffer (params);
        } else {
            market = this.market (symbol);
            response = await this.privateGetTradingOfferSymbol (this.extend ({ 'symbol': market['id'] }, params));
        }
        const items = this.safeList (response, 'items', []);
        const result = [];
        for (let i = 0; i < items.length; i++) {
            result.push (this.extend (this.parseOrder (items[i], market), { 'status': 'open' }));
        }
        return this.filterBySymbolSinceLimit (this.sortBy (result, 'timestamp'), symbol, since, limit);
    }

    async fetchMyTrades (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // trading/history/transactions?query={ markets, fromTime, toTime, ... } (the filter is JSON in the query):
        // { status, totalRows, items: [ ... ], query, nextPageCursor }. There is no limit parameter: it is applied
        // here.
        await this.loadMarkets ();
        const filter = {};
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
            filter['markets'] = [ market['id'] ];
        }
        if (since !== undefined) {
            filter['fromTime'] = since;
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            filter['toTime'] = until;
        }
        const request = {};
        if (Object.keys (filter).length > 0) {
            request['query'] = this.json (filter);
        }
        const response = await this.privateGetTradingHistoryTransactions (this.extend (request, this.omit (params, 'until')));
        return this.parseTrades (this.safeList (response, 'items', []), market, since, limit);
    }

    // --- transport -----------------------------------------------------------------------------------

    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        let url = this.urls['api'] + '/' + this.implodeParams (path, params);
        const query = this.omit (params, this.extractParams (path));
        const hasBody = (method === 'POST') || (method === 'PUT');
        if (!hasBody && (Object.keys (query).length > 0)) {
            url = url + '?' + this.urlencode (query);
        }
        if (api === 'public') {
            return { 'url': url, 'method': method, 'body': body, 'headers': headers };
        }
        // API-Hash: hex HMAC-SHA512, keyed by the secret, of the API key + Request-Timestamp (Unix seconds) + the
        // JSON body (empty for GET and DELETE); operation-id is a fresh UUID for every operation.
        this.checkRequiredCredentials ();
        const timestamp = this.numberToString (this.seconds ());
        let payload = '';
        if (hasBody) {
            body = (Object.keys (query).length > 0) ? this.json (query) : '{}'; // (PHP writes an empty dictionary as [])
            payload = body;
        }
        headers = {
            'API-Key': this.apiKey,
            'API-Hash': this.hmac (this.encode (this.apiKey + timestamp + payload), this.encode (this.secret), 'sha512'),
            'operation-id': this.uuid (),
            'Request-Timestamp': timestamp,
            'Content-Type': 'application/json',
        };
        return { 'url': url, 'method': method, 'body': body, 'headers': headers };
    }

    handleErrors (status, reason, url, method, responseHeaders, responseBody, response, requestHeaders, requestBody) {
        // { "status": "Fail", "errors": [ "FUNDS_NOT_SUFFICIENT" ] }, with HTTP 200: the first known message picks
        // the error class; an unknown one is an ExchangeError.
        if ((response === undefined) || Array.isArray (response) || (typeof response !== 'object')) {
            return;
        }
        if (this.safeString (response, 'status') !== 'Fail') {
            return;
        }
        const errors = this.safeList (response, 'errors', []);
        const feedback = this.id + ' ' + method + ' ' + url + ' ' + this.excerpt (responseBody);
        for (let i = 0; i < errors.length; i++) {
            const message = errors[i];
            if (typeof message === 'string') {
                this.throwExactlyMatchedException (this.exceptions['exact'], message, feedback);
            }
        }
        throw new ExchangeError (feedback);
    }
}
