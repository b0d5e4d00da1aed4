// Buda.com REST API v2 (spot): https://api.buda.com (English: https://api.buda.com/en/)
//
// Every URL is https://www.buda.com/api/v2/<path>. Public calls are plain GETs. Private calls carry the headers
// X-SBTC-APIKEY, X-SBTC-NONCE (an integer that grows with every call) and X-SBTC-SIGNATURE: the HMAC-SHA384, in hex,
// keyed with the API secret, of '<METHOD> <path> <nonce>' ('<METHOD> <path> <base64 of the JSON body> <nonce>' when
// the request has a body), where path is the request's path from /api/v2 on, with its query string. Amounts and
// prices come as [ '<decimal>', '<currency>' ] pairs.
import Exchange from './base/Exchange.js';
import Precise from './base/Precise.js';
import { ArgumentsRequired, AuthenticationError, BadRequest, BadSymbol, InsufficientFunds, InvalidAddress, InvalidOrder, NotSupported, OrderNotFound, PermissionDenied } from './base/errors.js';

export default class buda extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'buda',
            'name': 'Buda',
            'countries': [ 'CL', 'CO', 'PE' ],
            'version': 'v2',
            // The docs allow 120 public requests a minute per IP address and 375 private ones per API key.
            'rateLimit': 500,
            'has': {
                'fetchMarkets': true,
                'fetchCurrencies': false, // the documented endpoints list markets, not currencies
                'fetchTicker': true,
                'fetchTickers': true,
                'fetchOrderBook': true,
                'fetchOHLCV': false, // no candle endpoint in the REST documentation
                'fetchTrades': true,
                'fetchBalance': true,
                'createOrder': true,
                'cancelOrder': true,
                'editOrder': false,
                'fetchOrder': true,
                'fetchOrders': true,
                'fetchOpenOrders': true,
                'fetchClosedOrders': true,
                'fetchMyTrades': false, // the API reports orders with their traded totals, not the account's trades
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
                'createDepositAddress': false, // a new address is prepared asynchronously (ready: false at first)
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
                'api': 'https://www.buda.com/api',
                'www': 'https://www.buda.com',
                'doc': 'https://api.buda.com',
                'fees': 'https://www.buda.com/comisiones',
            },
            'api': {
                'public': {
                    'get': [
                        'markets',
                        'markets/{market}',
                        'markets/{market}/ticker',
                        'markets/{market}/volume',
                        'markets/{market}/order_book',
                        'markets/{market}/trades',
                        'tickers',
                        'currencies/{currency}/fees/deposit',
                        'currencies/{currency}/fees/withdrawal',
                    ],
                },
                'private': {
                    'get': [
                        'me',
                        'balances',
                        'balances/{currency}',
                        'markets/{market}/orders',
                        'orders/{id}',
                        'currencies/{currency}/deposits',
                        'currencies/{currency}/withdrawals',
                        'currencies/{currency}/receive_addresses',
                        'currencies/{currency}/receive_addresses/{id}',
                    ],
                    'post': [
                        'markets/{market}/orders',
                        'currencies/{currency}/withdrawals',
                        'currencies/{currency}/receive_addresses',
                    ],
                    'put': [
                        'orders/{id}',
                    ],
                },
            },
            'requiredCredentials': {
                'apiKey': true,
                'secret': true,
            },
            // The markets' documented example: taker_fee "0.8" and maker_fee "0.4", in percent; each market
            // reports its own.
            'fees': {
                'trading': {
                    'tierBased': true,
                    'percentage': true,
                    'taker': 0.008,
                    'maker': 0.004,
                },
            },
            'options': {
                'orderStatuses': {
                    'received': 'open',
                    'pending': 'open',
                    'traded': 'closed',
                    'canceling': 'canceled',
                    'canceled': 'canceled',
                },
                'transferStatuses': {
                    'pending_preparation': 'pending',
                    'pending_signature': 'pending',
                    'pending_confirmation': 'pending',
                    'pending_execution': 'pending',
                    'retained': 'pending',
                    'confirmed': 'ok',
                    'rejected': 'failed',
                    'anulled': 'canceled',
                },
            },
            // Errors are an HTTP 4xx or 5xx status with { "message": "...", "code": "..." }.
            'exceptions': {
                'exact': {
                    'not_authorized': AuthenticationError,
                    'invalid_signature': AuthenticationError,
                    'invalid_nonce': AuthenticationError,
                    'forbidden': PermissionDenied,
                    'insufficient_funds': InsufficientFunds,
                    'insufficient_balance': InsufficientFunds,
                    'amount_too_small': InvalidOrder,
                    'price_out_of_range': InvalidOrder,
                    'market_not_found': BadSymbol,
                    'order_not_found': OrderNotFound,
                    'invalid_param': BadRequest,
                },
                'broad': {},
            },
        });
    }

    // --- markets -------------------------------------------------------------------------------------

    amountOf (entry, key) {
        // [ '0.001', 'BTC' ] -> '0.001'
        return this.safeString (this.safeList (entry, key, []), 0);
    }

    async fetchMarkets (params = {}) {
        // markets: { markets: [ { id: 'BTC-CLP', name: 'btc-clp', base_currency, quote_currency,
        // minimum_order_amount: [ '0.001', 'BTC' ], taker_fee: '0.8', maker_fee: '0.4' (percent), ... } ] }.
        const response = await this.publicGetMarkets (params);
        const markets = this.requiredList (response, 'markets');
        const result = [];
        for (let i = 0; i < markets.length; i++) {
            const entry = markets[i];
            const baseId = this.safeString (entry, 'base_currency');
            const quoteId = this.safeString (entry, 'quote_currency');
            const base = this.safeCurrencyCode (baseId);
            const quote = this.safeCurrencyCode (quoteId);
            const taker = this.safeString (entry, 'taker_fee');
            const maker = this.safeString (entry, 'maker_fee');
            result.push (this.safeMarketStructure ({
                'id': this.safeString (entry, 'id'),
                'symbol': base + '/' + quote,
                'base': base,
                'quote': quote,
                'baseId': baseId,
                'quoteId': quoteId,
                'type': 'spot',
                'spot': true,
                'taker': (taker === undefined) ? this.fees['trading']['taker'] : this.parseNumber (Precise.stringDiv (taker, '100')),
                'maker': (maker === undefined) ? this.fees['trading']['maker'] : this.parseNumber (Precise.stringDiv (maker, '100')),
                'precision': {
                    'amount': undefined,
                    'price': undefined,
                },
                'limits': {
                    'amount': { 'min': this.parseNumber (this.amountOf (entry, 'minimum_order_amount')), 'max': undefined },
                    'price': { 'min': undefined, 'max': undefined },
                    'cost': { 'min': undefined, 'max': undefined },
                },
                'info': entry,
            }));
        }
        return result;
    }

    marketPathId (market) {
        // The documentation's URLs name markets in lower case: markets/btc-clp/ticker.
        return market['id'].toLowerCase ();
    }

    currencyPathId (currency) {
        // ... and currencies too: currencies/btc/withdrawals.
        return currency['id'].toLowerCase ();
    }

    // --- market data ---------------------------------------------------------------------------------

    parseTicker (ticker, market = undefined) {
        // { market_id: 'BTC-CLP', last_price: [ price, quote ], min_ask, max_bid, volume: [ amount, base ],
        // price_variation_24h: '0.005' (a fraction: 0.5 %), price_variation_7d }. No timestamp.
        market = this.safeMarket (this.safeString (ticker, 'market_id'), market, '-');
        const variation = this.safeString (ticker, 'price_variation_24h');
        return this.safeTicker ({
            'symbol': market['symbol'],
            'bid': this.amountOf (ticker, 'max_bid'),
            'ask': this.amountOf (ticker, 'min_ask'),
            'last': this.amountOf (ticker, 'last_price'),
            'percentage': (variation === undefined) ? undefined : Precise.stringMul (variation, '100'),
            'baseVolume': this.amountOf (ticker, 'volume'),
            'info': ticker,
        }, market);
    }

    async fetchTicker (symbol, params = {}) {
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetMarketsMarketTicker (this.extend ({ 'market': this.marketPathId (market) }, params));
        return this.parseTicker (this.safeDict (response, 'ticker', {}), market);
    }

    async fetchTickers (symbols = undefined, params = {}) {
        // tickers: { tickers: [ ticker, ... ] } of every market.
        await this.loadMarkets ();
        const response = await this.publicGetTickers (params);
        return this.parseTickers (this.requiredList (response, 'tickers'), symbols);
    }

    async fetchOrderBook (symbol, limit = undefined, params = {}) {
        // markets/{market}/order_book: { order_book: { asks: [ [ price, amount ] ], bids, market_id } }, the
        // whole book (the endpoint takes no depth: limit is applied here).
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetMarketsMarketOrderBook (this.extend ({ 'market': this.marketPathId (market) }, params));
        const book = this.parseOrderBook (this.safeDict (response, 'order_book', {}), market['symbol']);
        return this.limitOrderBook (book, limit);
    }

    parseTrade (trade, market = undefined) {
        // A public trade is [ timestamp (ms), amount (base), price (quote), direction (the taker's side), id ]
        // (the id is not in every documented example).
        const side = this.safeStringLower (trade, 3);
        return this.safeTrade ({
            'id': this.safeString (trade, 4),
            'timestamp': this.safeInteger (trade, 0),
            'symbol': (market === undefined) ? undefined : market['symbol'],
            'side': ((side === 'buy') || (side === 'sell')) ? side : undefined,
            'takerOrMaker': 'taker',
            'price': this.safeString (trade, 2),
            'amount': this.safeString (trade, 1),
            'info': trade,
        }, market);
    }

    async fetchTrades (symbol, since = undefined, limit = undefined, params = {}) {
        // markets/{market}/trades?limit (at most 100): { trades: { timestamp, last_timestamp, market_id,
        // entries: [ ... ] } }, newest first. Its timestamp parameter pages backwards (trades before it), so since
        // cannot be sent: the newest trades are fetched and since is applied here.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'market': this.marketPathId (market) };
        if (limit !== undefined) {
            request['limit'] = Math.min (limit, 100);
        }
        const response = await this.publicGetMarketsMarketTrades (this.extend (request, params));
        const trades = this.safeDict (response, 'trades', {});
        return this.parseTrades (this.requiredList (trades, 'entries'), market, since, limit);
    }

    // --- account -------------------------------------------------------------------------------------

    async fetchBalance (params = {}) {
        // balances: { balances: [ { id: 'BTC', amount (the total), available_amount, frozen_amount (in open
        // orders), pending_withdraw_amount, account_id } ] }.
        await this.loadMarkets ();
        const response = await this.privateGetBalances (params);
        const balances = this.requiredList (response, 'balances');
        const result = { 'info': response };
        for (let i = 0; i < balances.length; i++) {
            const entry = balances[i];
            const code = this.safeCurrencyCode (this.safeString (entry, 'id'));
            const account = this.account ();
            account['free'] = this.amountOf (entry, 'available_amount');
            account['total'] = this.amountOf (entry, 'amount');
            result[code] = account;
        }
        return this.safeBalance (result);
    }

    // --- orders --------------------------------------------------------------------------------------

    parseOrder (order, market = undefined) {
        // { id, market_id, type: 'Bid' or 'Ask', state, created_at, fee_currency, price_type: 'limit' or 'market',
        // limit: [ price, quote ] (null for a market order), amount (what is left), original_amount, traded_amount,
        // total_exchanged (quote), paid_fee: [ cost, currency ] }.
        market = this.safeMarket (this.safeString (order, 'market_id'), market, '-');
        const type = this.safeString (order, 'type');
        let side = undefined;
        if (type === 'Bid') {
            side = 'buy';
        } else if (type === 'Ask') {
            side = 'sell';
        }
        const state = this.safeString (order, 'state');
        let fee = undefined;
        const feePair = this.safeList (order, 'paid_fee');
        const feeCost = this.safeString (feePair, 0);
        if (feeCost !== undefined) {
            fee = {
                'cost': feeCost,
                'currency': this.safeCurrencyCode (this.safeString (feePair, 1, this.safeString (order, 'fee_currency'))),
            };
        }
        const priceType = this.safeString (order, 'price_type');
        return this.safeOrder ({
            'id': this.safeString (order, 'id'),
            'timestamp': this.parse8601 (this.safeString (order, 'created_at')),
            'symbol': market['symbol'],
            'type': ((priceType === 'limit') || (priceType === 'market')) ? priceType : undefined,
            'side': side,
            'price': this.amountOf (order, 'limit'),
            'amount': this.amountOf (order, 'original_amount'),
            'filled': this.amountOf (order, 'traded_amount'),
            'remaining': this.amountOf (order, 'amount'),
            'cost': this.amountOf (order, 'total_exchanged'),
            'status': this.safeString (this.options['orderStatuses'], state),
            'fee': fee,
            'info': order,
        }, market);
    }

    async createOrder (symbol, type, side, amount, price = undefined, params = {}) {
        // POST markets/{market}/orders { type: 'Bid' or 'Ask', price_type: 'limit' or 'market', limit (the price
        // of a limit order), amount } answers { order }. The documented order has no time in force other than
        // resting until canceled, no post-only flag, no client id and no trigger: those params are refused.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const [ unified, rest ] = this.unifiedOrderParams (type, params);
        this.rejectUnifiedParams ('createOrder', unified, [ 'postOnly', 'reduceOnly', 'triggerPrice', 'stopLossPrice', 'takeProfitPrice', 'clientOrderId', 'cost' ]);
        if ((type !== 'market') && (type !== 'limit')) {
            throw new InvalidOrder (this.id + ' createOrder () type must be market or limit, not ' + type);
        }
        if ((side !== 'buy') && (side !== 'sell')) {
            throw new InvalidOrder (this.id + ' createOrder () side must be buy or sell, not ' + side);
        }
        const timeInForce = unified['timeInForce'];
        if ((timeInForce !== undefined) && ((timeInForce !== 'GTC') || (type !== 'limit'))) {
            throw new NotSupported (this.id + ' createOrder () does not support the unified param timeInForce ' + timeInForce + ' for ' + type + ' orders: a limit order rests until canceled (GTC), nothing else is documented');
        }
        const request = {
            'market': this.marketPathId (market),
            'type': (side === 'buy') ? 'Bid' : 'Ask',
            'price_type': type,
        };
        if (type === 'limit') {
            if (price === undefined) {
                throw new ArgumentsRequired (this.id + ' createOrder () requires a price for a limit order');
            }
            request['limit'] = this.priceToPrecision (symbol, price);
        }
        request['amount'] = this.amountToPrecision (symbol, amount);
        const response = await this.privatePostMarketsMarketOrders (this.extend (request, rest));
        return this.parseOrder (this.safeDict (response, 'order', {}), market);
    }

    async cancelOrder (id, symbol = undefined, params = {}) {
        // PUT orders/{id} { state: 'canceling' } answers { order } in the state canceling.
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const request = { 'id': id, 'state': 'canceling' };
        const response = await this.privatePutOrdersId (this.extend (request, params));
        return this.parseOrder (this.safeDict (response, 'order', {}), market);
    }

    async fetchOrder (id, symbol = undefined, params = {}) {
        // orders/{id}: { order }.
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const response = await this.privateGetOrdersId (this.extend ({ 'id': id }, params));
        return this.parseOrder (this.safeDict (response, 'order', {}), market);
    }

    async fetchOrdersWithState (method, state, symbol, limit, params) {
        // markets/{market}/orders?state&per (at most 300): { orders: [ ... ], meta: { current_page, total_count,
        // total_pages } }, newest first, of one market. No time range: until is refused rather than ignored.
        this.rejectUnifiedParams (method, params, [ 'until' ]);
        if (symbol === undefined) {
            throw new ArgumentsRequired (this.id + ' ' + method + ' () requires a symbol: the orders are listed per market');
        }
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'market': this.marketPathId (market) };
        if (state !== undefined) {
            request['state'] = state;
        }
        if (limit !== undefined) {
            request['per'] = Math.min (limit, 300);
        }
        const response = await this.privateGetMarketsMarketOrders (this.extend (request, params));
        return [ market, this.requiredList (response, 'orders') ];
    }

    async fetchOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        const [ market, orders ] = await this.fetchOrdersWithState ('fetchOrders', undefined, symbol, limit, params);
        return this.parseOrders (orders, market, since, limit);
    }

    async fetchOpenOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // state pending: the orders in the book.
        const [ market, orders ] = await this.fetchOrdersWithState ('fetchOpenOrders', 'pending', symbol, limit, params);
        return this.parseOrders (orders, market, since, limit);
    }

    async fetchClosedOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // The market's orders that are no longer open (traded, canceling or canceled).
        const [ market, orders ] = await this.fetchOrdersWithState ('fetchClosedOrders', undefined, symbol, limit, params);
        const parsed = this.parseOrders (orders, market, since);
        const result = [];
        for (let i = 0; i < parsed.length; i++) {
            const status = parsed[i]['status'];
            if ((status !== undefined) && (status !== 'open')) {
                result.push (parsed[i]);
            }
        }
        return this.filterBySinceLimit (result, since, limit);
    }

    // --- funding -------------------------------------------------------------------------------------

    parseTransaction (transaction, currency = undefined) {
        // deposits and withdrawals: { id, state, currency, created_at, amount: [ amount, currency ],
        // fee: [ cost, currency ], deposit_data or withdrawal_data: { address or target_address, tx_hash } }.
        const code = this.safeCurrencyCode (this.safeString (transaction, 'currency'), currency);
        const withdrawalData = this.safeDict (transaction, 'withdrawal_data');
        const data = (withdrawalData === undefined) ? this.safeDict (transaction, 'deposit_data', {}) : withdrawalData;
        let fee = undefined;
        const feeCost = this.amountOf (transaction, 'fee');
        if (feeCost !== undefined) {
            fee = { 'cost': feeCost, 'currency': code };
        }
        const state = this.safeString (transaction, 'state');
        return this.safeTransaction ({
            'id': this.safeString (transaction, 'id'),
            'txid': this.safeString (data, 'tx_hash'),
            'timestamp': this.parse8601 (this.safeString (transaction, 'created_at')),
            'address': this.safeString2 (data, 'target_address', 'address'),
            'type': (withdrawalData === undefined) ? 'deposit' : 'withdrawal',
            'amount': this.amountOf (transaction, 'amount'),
            'currency': code,
            'status': this.safeString (this.options['transferStatuses'], state),
            'fee': fee,
            'info': transaction,
        }, currency);
    }

    async fetchTransfersOf (type, code, since, limit, params) {
        // currencies/{currency}/deposits and .../withdrawals?per: newest first, of one currency; no time range.
        const method = (type === 'deposit') ? 'fetchDeposits' : 'fetchWithdrawals';
        this.rejectUnifiedParams (method, params, [ 'until' ]);
        if (code === undefined) {
            throw new ArgumentsRequired (this.id + ' ' + method + ' () requires a currency code: the API lists them per currency');
        }
        await this.loadMarkets ();
        const currency = this.currency (code);
        const request = { 'currency': this.currencyPathId (currency) };
        if (limit !== undefined) {
            request['per'] = Math.min (limit, 300);
        }
        let entries = undefined;
        if (type === 'deposit') {
            const response = await this.privateGetCurrenciesCurrencyDeposits (this.extend (request, params));
            entries = this.requiredList (response, 'deposits');
        } else {
            const response = await this.privateGetCurrenciesCurrencyWithdrawals (this.extend (request, params));
            entries = this.requiredList (response, 'withdrawals');
        }
        return this.parseTransactions (entries, currency, since, limit);
    }

    async fetchDeposits (code = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchTransfersOf ('deposit', code, since, limit, params);
    }

    async fetchWithdrawals (code = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchTransfersOf ('withdrawal', code, since, limit, params);
    }

    async fetchDepositAddress (code, params = {}) {
        // currencies/{currency}/receive_addresses: { receive_addresses: [ { id, address, ready, created_at } ] }:
        // the newest ready address. Each currency has one network, which the API does not name.
        this.rejectUnifiedParams ('fetchDepositAddress', params, [ 'network' ]);
        await this.loadMarkets ();
        const currency = this.currency (code);
        const response = await this.privateGetCurrenciesCurrencyReceiveAddresses (this.extend ({ 'currency': this.currencyPathId (currency) }, params));
        const addresses = this.requiredList (response, 'receive_addresses');
        let found = undefined;
        let newest = undefined;
        for (let i = 0; i < addresses.length; i++) {
            const entry = addresses[i];
            const address = this.safeString (entry, 'address');
            if ((address === undefined) || (this.safeBool (entry, 'ready') !== true)) {
                continue;
            }
            const created = this.parse8601 (this.safeString (entry, 'created_at'));
            if ((found === undefined) || ((created !== undefined) && ((newest === undefined) || (created > newest)))) {
                found = entry;
                newest = created;
            }
        }
        if (found === undefined) {
            throw new InvalidAddress (this.id + ' fetchDepositAddress () found no ready ' + currency['code'] + ' address: create one on Buda.com first');
        }
        return {
            'currency': currency['code'],
            'address': this.safeString (found, 'address'),
            'info': found,
        };
    }

    async withdraw (code, amount, address, tag = undefined, params = {}) {
        // POST currencies/{currency}/withdrawals { amount, withdrawal_data: { target_address } } answers
        // { withdrawal }. The documented request has neither a network nor a tag (memo): both are refused.
        this.rejectUnifiedParams ('withdraw', params, [ 'network' ]);
        if (tag !== undefined) {
            throw new NotSupported (this.id + ' withdraw () does not support a tag: the documented request is an amount and a target_address');
        }
        await this.loadMarkets ();
        const currency = this.currency (code);
        const request = {
            'currency': this.currencyPathId (currency),
            'amount': this.currencyToPrecision (code, amount),
            'withdrawal_data': {
                'target_address': address,
            },
        };
        const response = await this.privatePostCurrenciesCurrencyWithdrawals (this.extend (request, params));
        return this.parseTransaction (this.safeDict (response, 'withdrawal', {}), currency);
    }

    // --- transport -----------------------------------------------------------------------------------

    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        // GET sends its params as the query string, POST and PUT as a JSON body.
        // The URL is urls['api'] (https://www.buda.com/api) and the path; the signature covers the URL's whole path.
        let versionPath = '/' + this.version + '/' + this.implodeParams (path, params);
        const query = this.omit (params, this.extractParams (path));
        const hasBody = (method === 'POST') || (method === 'PUT');
        if (!hasBody && (Object.keys (query).length > 0)) {
            versionPath = versionPath + '?' + this.urlencode (query);
        }
        const url = this.urls['api'] + versionPath;
        const requestPath = '/api' + versionPath;
        if (api === 'public') {
            return { 'url': url, 'method': method, 'body': body, 'headers': headers };
        }
        this.checkRequiredCredentials ();
        const nonce = this.numberToString (this.microseconds ());
        let auth = method + ' ' + requestPath;
        headers = {
            'X-SBTC-APIKEY': this.apiKey,
            'X-SBTC-NONCE': nonce,
        };
        if (hasBody) {
            body = (Object.keys (query).length > 0) ? this.json (query) : '{}'; // (PHP writes an empty dictionary as [])
            auth = auth + ' ' + this.stringToBase64 (body);
            headers['Content-Type'] = 'application/json';
        }
        auth = auth + ' ' + nonce;
        headers['X-SBTC-SIGNATURE'] = this.hmac (this.encode (auth), this.encode (this.secret), 'sha384');
        return { 'url': url, 'method': method, 'body': body, 'headers': headers };
    }

    handleErrors (status, reason, url, method, responseHeaders, responseBody, response, requestHeaders, requestBody) {
        // { "message": "...", "code": "not_authorized" } with an HTTP 4xx or 5xx status. A not_found answer is an
        // unknown order on orders/{id}, an unknown market on markets/{market}/...; other codes fall to the HTTP
        // status (429 RateLimitExceeded, 503 OnMaintenance, ...).
        if ((response === undefined) || Array.isArray (response) || (typeof response !== 'object') || (status < 400)) {
            return undefined;
        }
        const code = this.safeString (response, 'code');
        if (code === undefined) {
            return undefined;
        }
        const feedback = this.id + ' ' + method + ' ' + url + ' ' + code + ' ' + this.safeString (response, 'message', '');
        this.throwExactlyMatchedException (this.exceptions['exact'], code, feedback);
        if (code === 'not_found') {
            if (url.indexOf ('/api/v2/orders/') >= 0) {
                throw new OrderNotFound (feedback);
            }
            if (url.indexOf ('/api/v2/markets/') >= 0) {
                throw new BadSymbol (feedback);
            }
            throw new BadRequest (feedback);
        }
        return undefined;
    }
}
