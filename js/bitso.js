// Bitso REST API v3: https://docs.bitso.com/bitso-api (formerly https://bitso.com/api_info)
//
// Every answer is { "success": true, "payload": ... }, or { "success": false, "error": { "message", "code" } }
// with a four-digit code. Decimal numbers come as strings. Books are named major_minor ('btc_mxn').
import Exchange from './base/Exchange.js';
import { AccountSuspended, ArgumentsRequired, AuthenticationError, BadRequest, BadSymbol, DuplicateOrderId, ExchangeError, ExchangeNotAvailable, InsufficientFunds, InvalidAddress, InvalidNonce, InvalidOrder, NotSupported, OrderNotFound, PermissionDenied, RateLimitExceeded } from './base/errors.js';
import Precise from './base/Precise.js';
import { TICK_SIZE } from './base/functions/number.js';

export default class bitso extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'bitso',
            'name': 'Bitso',
            'countries': [ 'MX' ],
            'version': 'v3',
            // 60 public requests a minute per IP (300 private ones per verified user): one a second.
            'rateLimit': 1000,
            'has': {
                'fetchMarkets': true,
                'fetchCurrencies': false,
                'fetchTicker': true,
                'fetchTickers': false, // ticker/ requires a book
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
                'fetchClosedOrders': false, // order lookups return open orders only
                'fetchMyTrades': true,
                'fetchDeposits': true,
                'fetchWithdrawals': true,
                'fetchTransactions': false,
                'fetchLedger': false,
                'fetchDepositAddress': true,
                'withdraw': true,
                'fetchTime': false,
                'fetchStatus': false,
                'fetchTradingFees': true,
                'cancelAllOrders': true,
                'fetchOrderTrades': true,
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
                'api': 'https://api.bitso.com',
                'www': 'https://bitso.com',
                'doc': 'https://docs.bitso.com/bitso-api',
                'fees': 'https://bitso.com/fees',
            },
            'api': {
                'public': {
                    'get': [
                        'available_books/',
                        'ticker/',
                        'order_book/',
                        'trades/',
                    ],
                },
                'private': {
                    'get': [
                        'account_status/',
                        'balance/',
                        'fees/',
                        'ledger/',
                        'withdrawals/',
                        'fundings/',
                        'user_trades/',
                        'order_trades/{oid}/',
                        'open_orders/',
                        'orders/{oid}/',
                        'funding_destination/',
                    ],
                    'post': [
                        'orders/',
                        'crypto_withdrawal/',
                    ],
                    'delete': [
                        'orders/all/',
                        'orders/{oid}/',
                    ],
                },
            },
            'requiredCredentials': {
                'apiKey': true,
                'secret': true,
            },
            // The fees of the account are those of fees/ (fetchTradingFees); they fall with the traded volume.
            'fees': {
                'trading': {
                    'tierBased': true,
                    'percentage': true,
                },
            },
            'precisionMode': TICK_SIZE,
            'options': {
                'orderStatuses': {
                    'queued': 'open',
                    'open': 'open',
                    'partial-fill': 'open',
                    'partially filled': 'open',
                    'completed': 'closed',
                    'closed': 'closed',
                    'cancelled': 'canceled',
                },
                'timeInForces': {
                    'goodtillcancelled': 'GTC',
                    'immediateorcancel': 'IOC',
                    'fillorkill': 'FOK',
                    'postonly': 'PO',
                },
                'transactionStatuses': {
                    'pending': 'pending',
                    'in_progress': 'pending',
                    'processing': 'pending',
                    'complete': 'ok',
                    'failed': 'failed',
                },
            },
            // The error codes of https://docs.bitso.com/bitso-api/docs/error-codes: two digits of category, two of error.
            'exceptions': {
                'exact': {
                    '0201': AuthenticationError, // invalid nonce or invalid credentials
                    '0202': PermissionDenied, // the key may not call this method
                    '0203': AuthenticationError, // login token invalid or expired
                    '0206': InvalidNonce, // invalid nonce type
                    '0207': InvalidNonce, // invalid nonce value
                    '0301': BadSymbol, // unknown order book
                    '0303': BadRequest, // required field missing
                    '0304': BadRequest, // required field not valid
                    '0306': InvalidOrder, // side not buy or sell
                    '0307': InvalidOrder, // type not limit or market
                    '0308': InvalidOrder, // both minor and major
                    '0309': InvalidOrder, // neither minor nor major
                    '0312': OrderNotFound, // incorrect OID
                    '0315': InvalidAddress, // invalid address
                    '0320': BadRequest, // invalid pagination parameters
                    '0326': AuthenticationError, // API key is not active
                    '0330': PermissionDenied, // withdrawals locked for this account
                    '0356': DuplicateOrderId, // duplicate origin id
                    '0357': OrderNotFound, // incorrect origin id
                    '0401': InvalidOrder, // price below the minimum
                    '0402': InvalidOrder, // price above the maximum
                    '0403': InvalidOrder, // major below the minimum
                    '0404': InvalidOrder, // major above the maximum
                    '0405': InvalidOrder, // minor below the minimum
                    '0406': InvalidOrder, // minor above the maximum
                    '0407': InvalidOrder, // invalid precision
                    '0408': InvalidOrder, // amount not a positive value
                    '0601': InsufficientFunds, // not enough btc funds
                    '0602': InsufficientFunds, // not enough mxn funds
                    '0701': PermissionDenied, // action not permitted for an unverified account
                    '0702': PermissionDenied, // action not permitted for an unverified business account
                    '0703': PermissionDenied, // withdrawals suspended
                    '0705': AccountSuspended, // account suspended
                    '0801': RateLimitExceeded, // request rate limit
                    '0802': RateLimitExceeded, // too many attempts
                    '1000': ExchangeNotAvailable, // API temporarily disabled
                    '1001': InvalidOrder, // too many open orders
                },
                'broad': {
                    'Not enough': InsufficientFunds,
                },
            },
        });
    }

    // --- markets -------------------------------------------------------------------------------------

    async fetchMarkets (params = {}) {
        // available_books/: the order placement limits of each book; tick_size is the price step.
        const response = await this.publicGetAvailableBooks (params);
        const books = this.safeList (response, 'payload', []);
        const result = [];
        for (let i = 0; i < books.length; i++) {
            const entry = books[i];
            const id = this.safeString (entry, 'book', '');
            const parts = id.split ('_');
            if (parts.length !== 2) {
                continue; // not a major_minor book
            }
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
                'type': 'spot',
                'spot': true,
                'precision': {
                    'price': this.safeNumber (entry, 'tick_size'),
                },
                'limits': {
                    'amount': { 'min': this.safeNumber (entry, 'minimum_amount'), 'max': this.safeNumber (entry, 'maximum_amount') },
                    'price': { 'min': this.safeNumber (entry, 'minimum_price'), 'max': this.safeNumber (entry, 'maximum_price') },
                    'cost': { 'min': this.safeNumber (entry, 'minimum_value'), 'max': this.safeNumber (entry, 'maximum_value') },
                },
                'info': entry,
            }));
        }
        return result;
    }

    // --- market data ---------------------------------------------------------------------------------

    parseTicker (ticker, market = undefined) {
        // volume, high, low and vwap cover the last 24 hours; change_24 is the price change over them.
        return this.safeTicker ({
            'symbol': this.safeSymbol (this.safeString (ticker, 'book'), market),
            'timestamp': this.parse8601 (this.safeString (ticker, 'created_at')),
            'high': this.safeString (ticker, 'high'),
            'low': this.safeString (ticker, 'low'),
            'bid': this.safeString (ticker, 'bid'),
            'ask': this.safeString (ticker, 'ask'),
            'vwap': this.safeString (ticker, 'vwap'),
            'last': this.safeString (ticker, 'last'),
            'change': this.safeString (ticker, 'change_24'),
            'baseVolume': this.safeString (ticker, 'volume'),
            'info': ticker,
        }, market);
    }

    async fetchTicker (symbol, params = {}) {
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetTicker (this.extend ({ 'book': market['id'] }, params));
        return this.parseTicker (this.safeDict (response, 'payload', {}), market);
    }

    async fetchOrderBook (symbol, limit = undefined, params = {}) {
        // Aggregated by price (the default): the best 50 levels a side, each { book, price, amount }.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetOrderBook (this.extend ({ 'book': market['id'] }, params));
        const payload = this.safeDict (response, 'payload', {});
        const book = this.parseOrderBook (payload, market['symbol'], this.parse8601 (this.safeString (payload, 'updated_at')), 'bids', 'asks', 'price', 'amount');
        book['nonce'] = this.safeInteger (payload, 'sequence');
        if (limit !== undefined) {
            book['bids'] = book['bids'].slice (0, limit);
            book['asks'] = book['asks'].slice (0, limit);
        }
        return book;
    }

    parseTrade (trade, market = undefined) {
        // Public trades (trades/): { book, created_at, amount, maker_side, price, tid }; the taker took the
        // other side. The account's trades (user_trades/, order_trades/): { book, major, minor (signed: what
        // the balance gained or lost), fees_amount (negative: charged), fees_currency, price, tid, oid,
        // origin_id, side (the account's) }.
        market = this.safeMarket (this.safeString (trade, 'book'), market);
        const makerSide = this.safeString (trade, 'maker_side');
        let side = this.safeString (trade, 'side');
        let takerOrMaker = undefined;
        if (side === undefined) {
            if (makerSide === 'buy') {
                side = 'sell';
            } else if (makerSide === 'sell') {
                side = 'buy';
            }
        } else if (makerSide !== undefined) {
            takerOrMaker = (side === makerSide) ? 'maker' : 'taker';
        }
        const major = this.safeString (trade, 'major');
        const minor = this.safeString (trade, 'minor');
        let fee = undefined;
        const feeAmount = this.safeString (trade, 'fees_amount');
        if (feeAmount !== undefined) {
            fee = {
                'cost': Precise.stringNeg (feeAmount),
                'currency': this.safeCurrencyCode (this.safeString (trade, 'fees_currency')),
            };
        }
        return this.safeTrade ({
            'id': this.safeString (trade, 'tid'),
            'order': this.safeString (trade, 'oid'),
            'symbol': market['symbol'],
            'timestamp': this.parse8601 (this.safeString (trade, 'created_at')),
            'side': side,
            'takerOrMaker': takerOrMaker,
            'price': this.safeString (trade, 'price'),
            'amount': (major === undefined) ? this.safeString (trade, 'amount') : Precise.stringAbs (major),
            'cost': (minor === undefined) ? undefined : Precise.stringAbs (minor),
            'fee': fee,
            'info': trade,
        }, market);
    }

    async fetchTrades (symbol, since = undefined, limit = undefined, params = {}) {
        // The latest trades first, 25 by default and 100 at most; the API takes no start time.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'book': market['id'] };
        if (limit !== undefined) {
            request['limit'] = Math.min (limit, 100);
        }
        const response = await this.publicGetTrades (this.extend (request, params));
        return this.parseTrades (this.safeList (response, 'payload', []), market, since, limit);
    }

    // --- account -------------------------------------------------------------------------------------

    async fetchBalance (params = {}) {
        await this.loadMarkets ();
        const response = await this.privateGetBalance (params);
        const payload = this.safeDict (response, 'payload', {});
        const balances = this.safeList (payload, 'balances', []);
        const result = { 'info': response };
        for (let i = 0; i < balances.length; i++) {
            const entry = balances[i];
            const code = this.safeCurrencyCode (this.safeString (entry, 'currency'));
            if (code === undefined) {
                continue; // no currency to file it under
            }
            const account = this.account ();
            account['free'] = this.safeString (entry, 'available');
            account['used'] = this.safeString (entry, 'locked');
            account['total'] = this.safeString (entry, 'total');
            result[code] = account;
        }
        return this.safeBalance (result);
    }

    async fetchTradingFees (params = {}) {
        // fees/: the account's maker and taker fees per book, as decimals (taker_fee_decimal) and percentages.
        await this.loadMarkets ();
        const response = await this.privateGetFees (params);
        const payload = this.safeDict (response, 'payload', {});
        const fees = this.safeList (payload, 'fees', []);
        const result = {};
        for (let i = 0; i < fees.length; i++) {
            const entry = fees[i];
            const symbol = this.safeSymbol (this.safeString (entry, 'book'));
            if (symbol === undefined) {
                continue; // no book to file it under
            }
            result[symbol] = {
                'symbol': symbol,
                'maker': this.safeNumber (entry, 'maker_fee_decimal'),
                'taker': this.safeNumber (entry, 'taker_fee_decimal'),
                'info': entry,
            };
        }
        return result;
    }

    // --- orders --------------------------------------------------------------------------------------

    parseOrder (order, market = undefined) {
        // open_orders/ and orders/{oid}/: { book, original_amount, unfilled_amount, original_value (the minor
        // amount when placed), created_at, updated_at, price, oid, origin_id, side, status, type,
        // time_in_force, stop }.
        market = this.safeMarket (this.safeString (order, 'book'), market);
        const status = this.safeString (order, 'status');
        const timeInForce = this.safeString (this.options['timeInForces'], this.safeString (order, 'time_in_force'));
        return this.safeOrder ({
            'id': this.safeString (order, 'oid'),
            'clientOrderId': this.safeString (order, 'origin_id'),
            'symbol': market['symbol'],
            'timestamp': this.parse8601 (this.safeString (order, 'created_at')),
            'lastUpdateTimestamp': this.parse8601 (this.safeString (order, 'updated_at')),
            'type': this.safeString (order, 'type'),
            'side': this.safeString (order, 'side'),
            'status': this.safeString (this.options['orderStatuses'], status, status),
            'timeInForce': timeInForce,
            'postOnly': (timeInForce === undefined) ? undefined : (timeInForce === 'PO'),
            'price': this.safeString (order, 'price'),
            'triggerPrice': this.safeString (order, 'stop'),
            'amount': this.safeString (order, 'original_amount'),
            'remaining': this.safeString (order, 'unfilled_amount'),
            'info': order,
        }, market);
    }

    async createOrder (symbol, type, side, amount, price = undefined, params = {}) {
        // orders/: major (the amount) or minor (the cost of a market buy), price for a limit order, stop for a
        // stop order, time_in_force (goodtillcancelled, immediateorcancel, fillorkill, postonly) for a limit
        // order, origin_id the client's id. Bitso has no reduce-only, stop-loss or take-profit orders.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const [ unified, rest ] = this.unifiedOrderParams (type, params);
        this.rejectUnifiedParams ('createOrder', unified, [ 'reduceOnly', 'stopLossPrice', 'takeProfitPrice' ]);
        const request = { 'book': market['id'], 'side': side, 'type': type };
        if (unified['cost'] !== undefined) {
            if (side !== 'buy') {
                throw new InvalidOrder (this.id + ' createOrder () cost sizes market buys only');
            }
            request['minor'] = this.costToPrecision (symbol, unified['cost']);
        } else {
            request['major'] = this.amountToPrecision (symbol, amount);
        }
        if (type === 'limit') {
            if (price === undefined) {
                throw new ArgumentsRequired (this.id + ' createOrder () requires a price for a limit order');
            }
            request['price'] = this.priceToPrecision (symbol, price);
        }
        if (unified['triggerPrice'] !== undefined) {
            request['stop'] = this.priceToPrecision (symbol, unified['triggerPrice']);
        }
        let timeInForce = unified['timeInForce'];
        if (unified['postOnly']) {
            timeInForce = 'PO';
        }
        if (timeInForce !== undefined) {
            if (type !== 'limit') {
                throw new InvalidOrder (this.id + ' createOrder () timeInForce applies to limit orders only, not ' + type + ' orders');
            }
            const ids = { 'GTC': 'goodtillcancelled', 'IOC': 'immediateorcancel', 'FOK': 'fillorkill', 'PO': 'postonly' };
            request['time_in_force'] = this.safeString (ids, timeInForce);
        }
        if (unified['clientOrderId'] !== undefined) {
            request['origin_id'] = unified['clientOrderId'];
        }
        const response = await this.privatePostOrders (this.extend (request, rest));
        // The answer is the new order's id only: { oid }.
        const payload = this.safeDict (response, 'payload', {});
        return this.safeOrder ({
            'id': this.safeString (payload, 'oid'),
            'clientOrderId': unified['clientOrderId'],
            'symbol': market['symbol'],
            'type': type,
            'side': side,
            'timeInForce': timeInForce,
            'postOnly': unified['postOnly'],
            'price': this.safeString (request, 'price'),
            'triggerPrice': this.safeString (request, 'stop'),
            'amount': this.safeString (request, 'major'),
            'info': payload,
        }, market);
    }

    async createMarketBuyOrderWithCost (symbol, cost, params = {}) {
        return await this.createOrder (symbol, 'market', 'buy', undefined, undefined, this.extend (params, { 'cost': cost }));
    }

    canceledOrderIds (response) {
        // A cancel answers with the ids of the orders it canceled; one filled, canceled before or unknown is
        // left out.
        const ids = this.safeList (response, 'payload', []);
        const result = [];
        for (let i = 0; i < ids.length; i++) {
            if (typeof ids[i] === 'string') {
                result.push (this.safeOrder ({ 'id': ids[i], 'status': 'canceled', 'info': ids[i] }));
            }
        }
        return result;
    }

    async cancelOrder (id, symbol = undefined, params = {}) {
        const response = await this.privateDeleteOrdersOid (this.extend ({ 'oid': id }, params));
        const canceled = this.canceledOrderIds (response);
        for (let i = 0; i < canceled.length; i++) {
            if ((typeof id !== 'object') && (canceled[i]['id'] === id)) {
                return canceled[i];
            }
        }
        throw new OrderNotFound (this.id + ' cancelOrder () did not cancel order ' + id + ': it is filled, canceled already or unknown');
    }

    async cancelAllOrders (symbol = undefined, params = {}) {
        // orders/all/ cancels the open orders of every book.
        if (symbol !== undefined) {
            throw new NotSupported (this.id + ' cancelAllOrders () cancels the orders of every book: call it without a symbol');
        }
        const response = await this.privateDeleteOrdersAll (params);
        return this.canceledOrderIds (response);
    }

    async fetchOrder (id, symbol = undefined, params = {}) {
        // orders/{oid}/ lists the open and partially filled orders it names (and, for an hour, completed and
        // cancelled ones).
        await this.loadMarkets ();
        const response = await this.privateGetOrdersOid (this.extend ({ 'oid': id }, params));
        const orders = this.safeList (response, 'payload', []);
        for (let i = 0; i < orders.length; i++) {
            if (this.safeString (orders[i], 'oid') === id) {
                return this.parseOrder (orders[i]);
            }
        }
        throw new OrderNotFound (this.id + ' fetchOrder () found no open or recent order ' + id);
    }

    async fetchOpenOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // open_orders/ of one book, or of all of them; the latest first, 25 by default and 100 at most.
        await this.loadMarkets ();
        const request = {};
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
            request['book'] = market['id'];
        }
        if (limit !== undefined) {
            request['limit'] = Math.min (limit, 100);
        }
        const response = await this.privateGetOpenOrders (this.extend (request, params));
        return this.parseOrders (this.safeList (response, 'payload', []), market, since, limit);
    }

    async fetchMyTrades (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // user_trades/ of one book (required); the latest first, 25 by default and 100 at most; no time range.
        if (symbol === undefined) {
            throw new ArgumentsRequired (this.id + ' fetchMyTrades () requires a symbol: user_trades/ lists one book');
        }
        if (this.safeValue (params, 'until') !== undefined) {
            throw new NotSupported (this.id + ' fetchMyTrades () does not support the unified param until: user_trades/ takes no time range');
        }
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'book': market['id'] };
        if (limit !== undefined) {
            request['limit'] = Math.min (limit, 100);
        }
        const response = await this.privateGetUserTrades (this.extend (request, params));
        return this.parseTrades (this.safeList (response, 'payload', []), market, since, limit);
    }

    async fetchOrderTrades (id, symbol = undefined, since = undefined, limit = undefined, params = {}) {
        await this.loadMarkets ();
        const response = await this.privateGetOrderTradesOid (this.extend ({ 'oid': id }, params));
        return this.parseTrades (this.safeList (response, 'payload', []), undefined, since, limit);
    }

    // --- funding -------------------------------------------------------------------------------------

    parseTransaction (transaction, currency = undefined) {
        // fundings/: { fid, status, created_at, currency, method, amount, details: { funding_address, tx_hash } };
        // withdrawals/ and crypto_withdrawal/: { wid, ..., details: { withdrawal_address, tx_hash } }.
        const details = this.safeDict (transaction, 'details', {});
        const fid = this.safeString (transaction, 'fid');
        const status = this.safeString (transaction, 'status');
        return this.safeTransaction ({
            'id': (fid === undefined) ? this.safeString (transaction, 'wid') : fid,
            'txid': this.safeString (details, 'tx_hash'),
            'timestamp': this.parse8601 (this.safeString (transaction, 'created_at')),
            'address': this.safeString2 (details, 'funding_address', 'withdrawal_address'),
            'type': (fid === undefined) ? 'withdrawal' : 'deposit',
            'amount': this.safeString (transaction, 'amount'),
            'currency': this.safeCurrencyCode (this.safeString (transaction, 'currency'), currency),
            'status': this.safeString (this.options['transactionStatuses'], status, status),
            'info': transaction,
        }, currency);
    }

    async fetchMovements (method, code, since, limit, params) {
        // fundings/ and withdrawals/: the latest first, 25 by default and 100 at most, of every currency.
        if (this.safeValue (params, 'until') !== undefined) {
            throw new NotSupported (this.id + ' fetchDeposits () and fetchWithdrawals () do not support the unified param until: the API takes no time range');
        }
        await this.loadMarkets ();
        let currency = undefined;
        if (code !== undefined) {
            currency = this.currency (code);
        }
        const request = {};
        if (limit !== undefined) {
            request['limit'] = Math.min (limit, 100);
        }
        let response = undefined;
        if (method === 'fundings') {
            response = await this.privateGetFundings (this.extend (request, params));
        } else {
            response = await this.privateGetWithdrawals (this.extend (request, params));
        }
        return this.parseTransactions (this.safeList (response, 'payload', []), currency, since, limit);
    }

    async fetchDeposits (code = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchMovements ('fundings', code, since, limit, params);
    }

    async fetchWithdrawals (code = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchMovements ('withdrawals', code, since, limit, params);
    }

    async fetchDepositAddress (code, params = {}) {
        // funding_destination/?fund_currency=btc: { account_identifier_name, account_identifier }.
        if (this.safeValue (params, 'network') !== undefined) {
            throw new NotSupported (this.id + ' fetchDepositAddress () does not support the unified param network: funding_destination/ names a currency only');
        }
        await this.loadMarkets ();
        const currency = this.currency (code);
        const response = await this.privateGetFundingDestination (this.extend ({ 'fund_currency': currency['id'] }, params));
        const payload = this.safeDict (response, 'payload', {});
        return {
            'currency': currency['code'],
            'address': this.safeString (payload, 'account_identifier'),
            'info': payload,
        };
    }

    async withdraw (code, amount, address, tag = undefined, params = {}) {
        // crypto_withdrawal/: currency, amount, address, and destination_tag for XRP.
        if (this.safeValue (params, 'network') !== undefined) {
            throw new NotSupported (this.id + ' withdraw () does not support the unified param network: crypto_withdrawal/ names a currency only');
        }
        await this.loadMarkets ();
        const currency = this.currency (code);
        const request = {
            'currency': currency['id'],
            'amount': this.currencyToPrecision (code, amount),
            'address': address,
        };
        if (tag !== undefined) {
            request['destination_tag'] = tag;
        }
        const response = await this.privatePostCryptoWithdrawal (this.extend (request, params));
        return this.parseTransaction (this.safeDict (response, 'payload', {}), currency);
    }

    // --- transport -----------------------------------------------------------------------------------

    nonce () {
        return this.milliseconds ();
    }

    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        // Private requests carry Authorization: Bitso <key>:<nonce>:<signature>, the signature the HMAC-SHA256
        // (hex) of nonce + method + request path (with its query) + JSON body.
        let requestPath = '/' + this.version + '/' + this.implodeParams (path, params);
        const query = this.omit (params, this.extractParams (path));
        if (method === 'POST') {
            body = (Object.keys (query).length > 0) ? this.json (query) : '{}';
        } else if (Object.keys (query).length > 0) {
            requestPath = requestPath + '?' + this.urlencode (query);
        }
        const url = this.urls['api'] + requestPath;
        if (api === 'private') {
            this.checkRequiredCredentials ();
            const nonce = this.numberToString (this.nonce ());
            const payload = (body === undefined) ? '' : body;
            const signature = this.hmac (this.encode (nonce + method + requestPath + payload), this.encode (this.secret), 'sha256');
            headers = { 'Authorization': 'Bitso ' + this.apiKey + ':' + nonce + ':' + signature };
            if (body !== undefined) {
                headers['Content-Type'] = 'application/json';
            }
        }
        return { 'url': url, 'method': method, 'body': body, 'headers': headers };
    }

    handleErrors (status, reason, url, method, responseHeaders, responseBody, response, requestHeaders, requestBody) {
        // { "success": false, "error": { "message": "...", "code": "0301" } }
        if ((response === undefined) || Array.isArray (response) || (typeof response !== 'object')) {
            return undefined;
        }
        if (this.safeBool (response, 'success') !== false) {
            return undefined;
        }
        const error = this.safeDict (response, 'error', {});
        const feedback = this.id + ' ' + this.excerpt (responseBody);
        this.throwExactlyMatchedException (this.exceptions['exact'], this.safeString (error, 'code'), feedback);
        this.throwBroadlyMatchedException (this.exceptions['broad'], this.safeString (error, 'message'), feedback);
        throw new ExchangeError (feedback);
    }
}
