// Coincheck exchange API (spot): https://coincheck.com/documents/exchange/api
//
// Public and private endpoints live under https://coincheck.com/api. Private answers carry "success"; a failed
// request is { "success": false, "error": "<message>" }. Pairs are named base_quote ('btc_jpy'). Prices and
// amounts come as strings or numbers, timestamps as ISO 8601 (created_at) or in seconds (ticker, exchange_status).
import Exchange from './base/Exchange.js';
import { ArgumentsRequired, AuthenticationError, BadResponse, ExchangeError, InvalidNonce, InvalidOrder, NotSupported } from './base/errors.js';
import Precise from './base/Precise.js';
import { TICK_SIZE } from './base/functions/number.js';

export default class coincheck extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'coincheck',
            'name': 'coincheck',
            'countries': [ 'JP' ],
            // The docs state no request limit; one request a second stays clear of the 429 the API answers with.
            'rateLimit': 1000,
            'has': {
                'fetchMarkets': true,
                'fetchCurrencies': false,
                'fetchTicker': true,
                'fetchTickers': false, // ticker takes one pair
                'fetchOrderBook': true,
                'fetchOHLCV': false, // no candle endpoint
                'fetchTrades': true,
                'fetchBalance': true,
                'createOrder': true,
                'cancelOrder': true,
                'editOrder': false,
                'fetchOrder': false,
                'fetchOrders': false,
                'fetchOpenOrders': true,
                'fetchClosedOrders': false, // only open orders are listed
                'fetchMyTrades': true,
                'fetchDeposits': true,
                'fetchWithdrawals': true,
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
                'api': 'https://coincheck.com/api',
                'www': 'https://coincheck.com',
                'doc': 'https://coincheck.com/documents/exchange/api',
                'fees': 'https://coincheck.com/exchange/fee',
            },
            'api': {
                'public': {
                    'get': [
                        'exchange_status',
                        'ticker',
                        'trades',
                        'order_books',
                    ],
                },
                'private': {
                    'get': [
                        'accounts/balance',
                        'exchange/orders/opens',
                        'exchange/orders/transactions_pagination',
                        'deposit_money',
                        'send_money',
                    ],
                    'post': [
                        'exchange/orders',
                    ],
                    'delete': [
                        'exchange/orders/{id}',
                    ],
                },
            },
            'requiredCredentials': {
                'apiKey': true,
                'secret': true,
            },
            // The fee of each pair is on the fee page; the API reports what each trade paid (fee, fee_currency).
            'fees': {
                'trading': {
                    'tierBased': false,
                    'percentage': true,
                },
            },
            'precisionMode': TICK_SIZE,
            'options': {
                'depositStatuses': {
                    'confirmed': 'ok',
                },
                'timeInForces': {
                    'good_til_cancelled': 'GTC',
                    'post_only': 'PO',
                },
                // order_type of an order: buy and sell are limit orders.
                'orderSides': {
                    'buy': 'buy',
                    'sell': 'sell',
                    'market_buy': 'buy',
                    'market_sell': 'sell',
                },
            },
            // The API answers an error with a message only ({ success: false, error }); the docs show one,
            // 'disabled API Key', and list no others, so only the key and the nonce are matched.
            'exceptions': {
                'exact': {
                    'disabled API Key': AuthenticationError,
                },
                'broad': {
                    'API Key': AuthenticationError,
                    'nonce': InvalidNonce,
                    'Nonce': InvalidNonce,
                },
            },
        });
    }

    // --- responses -----------------------------------------------------------------------------------

    // --- markets -------------------------------------------------------------------------------------

    async fetchMarkets (params = {}) {
        // exchange_status lists every pair with its trading status: available, itayose (the opening auction)
        // or stop; availability says whether orders are accepted now.
        const response = await this.publicGetExchangeStatus (params);
        const pairs = this.requiredList (response, 'exchange_status');
        const result = [];
        for (let i = 0; i < pairs.length; i++) {
            const entry = pairs[i];
            const id = this.safeString (entry, 'pair', '');
            const parts = id.split ('_');
            if (parts.length !== 2) {
                continue; // not a base_quote pair
            }
            const baseId = parts[0];
            const quoteId = parts[1];
            const base = this.safeCurrencyCode (baseId);
            const quote = this.safeCurrencyCode (quoteId);
            const availability = this.safeDict (entry, 'availability', {});
            result.push (this.safeMarketStructure ({
                'id': id,
                'symbol': base + '/' + quote,
                'base': base,
                'quote': quote,
                'baseId': baseId,
                'quoteId': quoteId,
                'type': 'spot',
                'spot': true,
                'active': this.safeBool (availability, 'order'),
                'precision': {},
                'limits': {},
                'info': entry,
            }));
        }
        return result;
    }

    // --- market data ---------------------------------------------------------------------------------

    parseTicker (ticker, market = undefined) {
        // ticker: { last, bid, ask, high, low (of the last 24 hours), volume (in the base currency), timestamp (s) }
        return this.safeTicker ({
            'symbol': this.safeSymbol (undefined, market),
            'timestamp': this.safeTimestamp (ticker, 'timestamp'),
            'high': this.safeString (ticker, 'high'),
            'low': this.safeString (ticker, 'low'),
            'bid': this.safeString (ticker, 'bid'),
            'ask': this.safeString (ticker, 'ask'),
            'last': this.safeString (ticker, 'last'),
            'baseVolume': this.safeString (ticker, 'volume'),
            'info': ticker,
        }, market);
    }

    async fetchTicker (symbol, params = {}) {
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetTicker (this.extend ({ 'pair': market['id'] }, params));
        return this.parseTicker (response, market);
    }

    async fetchOrderBook (symbol, limit = undefined, params = {}) {
        // order_books: { asks: [ [ rate, amount ], ... ], bids: [ ... ] }, without a timestamp; the API takes no depth.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetOrderBooks (this.extend ({ 'pair': market['id'] }, params));
        const book = this.parseOrderBook (response, market['symbol']);
        if (limit !== undefined) {
            book['bids'] = book['bids'].slice (0, limit);
            book['asks'] = book['asks'].slice (0, limit);
        }
        return book;
    }

    parseTrade (trade, market = undefined) {
        // Public trades (trades): { id, amount, rate, pair, order_type (the taker's side), created_at }.
        // The account's trades (transactions_pagination): { id, order_id, created_at, funds: { <base>, <quote> }
        // (signed: what the balance gained or lost), pair, rate, fee_currency, fee, liquidity (T or M), side }.
        market = this.safeMarket (this.safeString (trade, 'pair'), market, '_');
        // The quote side of funds has the fee in it: the cost is rate times amount.
        const funds = this.safeDict (trade, 'funds');
        const baseId = this.safeString (market, 'baseId');
        let amount = this.safeString (trade, 'amount');
        if ((funds !== undefined) && (baseId !== undefined)) {
            amount = Precise.stringAbs (this.safeString (funds, baseId));
        }
        const liquidity = this.safeString (trade, 'liquidity');
        let takerOrMaker = undefined;
        if (liquidity === 'T') {
            takerOrMaker = 'taker';
        } else if (liquidity === 'M') {
            takerOrMaker = 'maker';
        }
        let fee = undefined;
        const feeCost = this.safeString (trade, 'fee');
        if (feeCost !== undefined) {
            fee = {
                'cost': feeCost,
                'currency': this.safeCurrencyCode (this.safeString (trade, 'fee_currency')),
            };
        }
        return this.safeTrade ({
            'id': this.safeString (trade, 'id'),
            'order': this.safeString (trade, 'order_id'),
            'symbol': market['symbol'],
            'timestamp': this.parse8601 (this.safeString (trade, 'created_at')),
            'side': this.safeString (this.options['orderSides'], this.safeString2 (trade, 'side', 'order_type')),
            'takerOrMaker': takerOrMaker,
            'price': this.safeString (trade, 'rate'),
            'amount': amount,
            'fee': fee,
            'info': trade,
        }, market);
    }

    async fetchTrades (symbol, since = undefined, limit = undefined, params = {}) {
        // trades: the latest first, paginated (limit, order, starting_after, ending_before); no start time.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'pair': market['id'] };
        if (limit !== undefined) {
            request['limit'] = limit;
        }
        const response = await this.publicGetTrades (this.extend (request, params));
        return this.parseTrades (this.requiredList (response, 'data'), market, since, limit);
    }

    // --- account -------------------------------------------------------------------------------------

    async fetchBalance (params = {}) {
        // accounts/balance: { success, <currency>: available, <currency>_reserved: held by open orders, and
        // <currency>_lend_in_use, _lent, _debt, _tsumitate (the savings plan), which are not trading funds }.
        await this.loadMarkets ();
        const response = await this.privateGetAccountsBalance (params);
        if ((response === undefined) || Array.isArray (response) || (typeof response !== 'object')) {
            throw new BadResponse (this.id + ' sent a balance that is no dictionary: ' + this.excerpt (this.json (response)));
        }
        const result = { 'info': response };
        const keys = Object.keys (response);
        for (let i = 0; i < keys.length; i++) {
            const key = keys[i];
            if ((key === 'success') || (key.indexOf ('_') >= 0)) {
                continue; // the flag, or a sub-balance of a currency
            }
            const account = this.account ();
            account['free'] = this.safeString (response, key);
            account['used'] = this.safeString (response, key + '_reserved');
            result[this.safeCurrencyCode (key)] = account;
        }
        return this.safeBalance (result);
    }

    // --- orders --------------------------------------------------------------------------------------

    parseOrder (order, market = undefined) {
        // A new order (exchange/orders): { success, id, rate, amount, order_type, time_in_force, stop_loss_rate,
        // pair, created_at }. An open order (exchange/orders/opens): { id, order_type, rate, pair,
        // pending_amount, pending_market_buy_amount (a market buy's unspent quote amount), stop_loss_rate,
        // created_at }. order_type is buy or sell (limit), market_buy or market_sell.
        market = this.safeMarket (this.safeString (order, 'pair'), market, '_');
        const orderType = this.safeString (order, 'order_type');
        const isMarket = (orderType === 'market_buy') || (orderType === 'market_sell');
        const timeInForce = this.safeString (this.options['timeInForces'], this.safeString (order, 'time_in_force'));
        return this.safeOrder ({
            'id': this.safeString (order, 'id'),
            'symbol': market['symbol'],
            'timestamp': this.parse8601 (this.safeString (order, 'created_at')),
            'type': isMarket ? 'market' : 'limit',
            'side': this.safeString (this.options['orderSides'], orderType),
            'timeInForce': timeInForce,
            'postOnly': (timeInForce === undefined) ? undefined : (timeInForce === 'PO'),
            'price': this.safeString (order, 'rate'),
            'triggerPrice': this.safeString (order, 'stop_loss_rate'),
            'amount': this.safeString (order, 'amount'),
            'remaining': this.safeString (order, 'pending_amount'),
            'info': order,
        }, market);
    }

    async createOrder (symbol, type, side, amount, price = undefined, params = {}) {
        // exchange/orders: pair, order_type (buy, sell, market_buy, market_sell), rate (limit orders), amount
        // (market_buy: market_buy_amount, in the quote currency), stop_loss_rate (a stop order),
        // time_in_force (good_til_cancelled, post_only). No client ids, reduce-only, IOC or FOK orders.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const [ unified, rest ] = this.unifiedOrderParams (type, params);
        this.rejectUnifiedParams ('createOrder', unified, [ 'reduceOnly', 'stopLossPrice', 'takeProfitPrice', 'clientOrderId' ]);
        if ((unified['timeInForce'] === 'IOC') || (unified['timeInForce'] === 'FOK')) {
            throw new NotSupported (this.id + ' createOrder () does not support the unified param timeInForce ' + unified['timeInForce'] + ': only GTC and PO');
        }
        const request = { 'pair': market['id'] };
        if (type === 'limit') {
            if (price === undefined) {
                throw new ArgumentsRequired (this.id + ' createOrder () requires a price for a limit order');
            }
            if (unified['cost'] !== undefined) {
                throw new InvalidOrder (this.id + ' createOrder () cost sizes market buys only');
            }
            request['order_type'] = side;
            request['rate'] = this.priceToPrecision (symbol, price);
            request['amount'] = this.amountToPrecision (symbol, amount);
            request['time_in_force'] = unified['postOnly'] ? 'post_only' : 'good_til_cancelled';
        } else if (type === 'market') {
            request['order_type'] = 'market_' + side;
            if (side === 'buy') {
                // A market buy spends an amount of the quote currency.
                if (unified['cost'] === undefined) {
                    throw new ArgumentsRequired (this.id + ' createOrder () a market buy is sized in the quote currency: pass the unified param cost (or call createMarketBuyOrderWithCost)');
                }
                request['market_buy_amount'] = this.costToPrecision (symbol, unified['cost']);
            } else {
                if (unified['cost'] !== undefined) {
                    throw new InvalidOrder (this.id + ' createOrder () cost sizes market buys only');
                }
                request['amount'] = this.amountToPrecision (symbol, amount);
            }
        } else {
            throw new InvalidOrder (this.id + ' createOrder () type must be limit or market, not ' + type);
        }
        if (unified['triggerPrice'] !== undefined) {
            request['stop_loss_rate'] = this.priceToPrecision (symbol, unified['triggerPrice']);
        }
        const response = await this.privatePostExchangeOrders (this.extend (request, rest));
        return this.parseOrder (response, market);
    }

    async createMarketBuyOrderWithCost (symbol, cost, params = {}) {
        return await this.createOrder (symbol, 'market', 'buy', undefined, undefined, this.extend (params, { 'cost': cost }));
    }

    async cancelOrder (id, symbol = undefined, params = {}) {
        // DELETE exchange/orders/{id} answers { success, id } once the cancel is accepted; exchange/orders/cancel_status
        // tells when it is done, so the status is left unknown here.
        const response = await this.privateDeleteExchangeOrdersId (this.extend ({ 'id': id }, params));
        return this.safeOrder ({
            'id': this.safeString (response, 'id'),
            'info': response,
        });
    }

    async fetchOpenOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // exchange/orders/opens: the open orders of every pair, unpaginated.
        await this.loadMarkets ();
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
        }
        const response = await this.privateGetExchangeOrdersOpens (params);
        const orders = this.requiredList (response, 'orders');
        const result = [];
        for (let i = 0; i < orders.length; i++) {
            result.push (this.extend (this.parseOrder (orders[i], market), { 'status': 'open' }));
        }
        return this.filterBySymbolSinceLimit (this.sortBy (result, 'timestamp'), symbol, since, limit);
    }

    async fetchMyTrades (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // exchange/orders/transactions_pagination: the account's trades of every pair, the latest first,
        // paginated (limit, order, starting_after, ending_before); no time range.
        if (this.safeValue (params, 'until') !== undefined) {
            throw new NotSupported (this.id + ' fetchMyTrades () does not support the unified param until: the API takes no time range');
        }
        await this.loadMarkets ();
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
        }
        const request = {};
        if (limit !== undefined) {
            request['limit'] = limit;
        }
        const response = await this.privateGetExchangeOrdersTransactionsPagination (this.extend (request, params));
        return this.parseTrades (this.requiredList (response, 'data'), market, since, limit);
    }

    // --- funding -------------------------------------------------------------------------------------

    parseTransaction (transaction, currency = undefined) {
        // deposit_money: { id, amount, currency, address, status, confirmed_at, created_at };
        // send_money: { id, amount, currency, fee, address, created_at }. The type is the endpoint's
        // (fetchMovements sets it).
        const status = this.safeString (transaction, 'status');
        let fee = undefined;
        const feeCost = this.safeString (transaction, 'fee');
        const code = this.safeCurrencyCode (this.safeString (transaction, 'currency'), currency);
        if (feeCost !== undefined) {
            fee = { 'cost': feeCost, 'currency': code };
        }
        return this.safeTransaction ({
            'id': this.safeString (transaction, 'id'),
            'timestamp': this.parse8601 (this.safeString (transaction, 'created_at')),
            'updated': this.parse8601 (this.safeString (transaction, 'confirmed_at')),
            'address': this.safeString (transaction, 'address'),
            'amount': this.safeString (transaction, 'amount'),
            'currency': code,
            'status': this.safeString (this.options['depositStatuses'], status),
            'fee': fee,
            'info': transaction,
        }, currency);
    }

    async fetchMovements (method, code, since, limit, params) {
        // deposit_money and send_money list the movements of one currency (currency=BTC), the latest first.
        if (code === undefined) {
            throw new ArgumentsRequired (this.id + ' ' + method + ' () requires a currency code: the API lists one currency');
        }
        if (this.safeValue (params, 'until') !== undefined) {
            throw new NotSupported (this.id + ' ' + method + ' () does not support the unified param until: the API takes no time range');
        }
        await this.loadMarkets ();
        const currency = this.currency (code);
        const request = { 'currency': currency['id'].toUpperCase () };
        let entries = undefined;
        let type = undefined;
        if (method === 'fetchDeposits') {
            entries = this.requiredList (await this.privateGetDepositMoney (this.extend (request, params)), 'deposits');
            type = 'deposit';
        } else {
            entries = this.requiredList (await this.privateGetSendMoney (this.extend (request, params)), 'sends');
            type = 'withdrawal';
        }
        const result = [];
        for (let i = 0; i < entries.length; i++) {
            result.push (this.extend (this.parseTransaction (entries[i], currency), { 'type': type }));
        }
        return this.filterByCurrencySinceLimit (this.sortBy (result, 'timestamp'), currency['code'], since, limit);
    }

    async fetchDeposits (code = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchMovements ('fetchDeposits', code, since, limit, params);
    }

    async fetchWithdrawals (code = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchMovements ('fetchWithdrawals', code, since, limit, params);
    }

    // --- transport -----------------------------------------------------------------------------------

    nonce () {
        return this.milliseconds ();
    }

    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        // Private requests carry ACCESS-KEY, ACCESS-NONCE (a positive integer that grows with every request) and
        // ACCESS-SIGNATURE, the HMAC-SHA256 (hex) of nonce + URL (with its query) + body.
        let url = this.urls['api'] + '/' + this.implodeParams (path, params);
        const query = this.omit (params, this.extractParams (path));
        if (method === 'POST') {
            body = (Object.keys (query).length > 0) ? this.json (query) : '{}';
        } else if (Object.keys (query).length > 0) {
            url = url + '?' + this.urlencode (query);
        }
        if (api === 'private') {
            this.checkRequiredCredentials ();
            const nonce = this.numberToString (this.nonce ());
            const payload = (body === undefined) ? '' : body;
            const signature = this.hmac (this.encode (nonce + url + payload), this.encode (this.secret), 'sha256');
            headers = {
                'ACCESS-KEY': this.apiKey,
                'ACCESS-NONCE': nonce,
                'ACCESS-SIGNATURE': signature,
            };
            if (body !== undefined) {
                headers['Content-Type'] = 'application/json';
            }
        }
        return { 'url': url, 'method': method, 'body': body, 'headers': headers };
    }

    handleErrors (status, reason, url, method, responseHeaders, responseBody, response, requestHeaders, requestBody) {
        // { "success": false, "error": "disabled API Key" }
        if ((response === undefined) || Array.isArray (response) || (typeof response !== 'object')) {
            return undefined;
        }
        if (this.safeBool (response, 'success') !== false) {
            return undefined;
        }
        const message = this.safeString (response, 'error');
        const feedback = this.id + ' ' + this.excerpt (responseBody);
        this.throwExactlyMatchedException (this.exceptions['exact'], message, feedback);
        this.throwBroadlyMatchedException (this.exceptions['broad'], message, feedback);
        throw new ExchangeError (feedback);
    }
}
