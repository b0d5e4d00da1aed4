// Bitfinex REST API v2 (spot, the exchange wallet): https://docs.bitfinex.com/docs (v1 is the separate id bitfinex)
import Exchange from './base/Exchange.js';
import { ArgumentsRequired, AuthenticationError, BadRequest, BadResponse, BadSymbol, ExchangeError, InsufficientFunds, InvalidAddress, InvalidNonce, InvalidOrder, NotSupported, OnMaintenance, OrderNotFound, PermissionDenied, RateLimitExceeded } from './base/errors.js';
import Precise from './base/Precise.js';
import { DECIMAL_PLACES, ROUND, SIGNIFICANT_DIGITS } from './base/functions/number.js';

export default class bitfinex2 extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'bitfinex2',
            'name': 'Bitfinex',
            'countries': [ 'VG' ],
            'version': 'v2',
            // Public endpoints allow 10 to 90 requests a minute each (trades 15, candles 30, tickers 90), most
            // authenticated ones 90: one request a second keeps within all of them.
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
                'editOrder': false, // order/update exists; not implemented here
                'fetchOrder': true,
                'fetchOrders': false, // open and closed orders are separate lists
                'fetchOpenOrders': true,
                'fetchClosedOrders': true,
                'fetchMyTrades': true,
                'fetchDeposits': true,
                'fetchWithdrawals': true,
                'fetchTransactions': false,
                'fetchLedger': false,
                'fetchDepositAddress': true,
                'withdraw': true,
                'fetchTime': false, // v2 has no time endpoint
                'fetchStatus': true,
                'fetchTradingFees': false,
                'cancelAllOrders': true,
                'fetchOrderTrades': true,
                'fetchTradingFee': false,
                'fetchDepositAddresses': false,
                'createDepositAddress': true,
                'fetchDepositWithdrawFees': false,
                'transfer': false,
                'createMarketBuyOrderWithCost': false, // no order is sized in the quote currency
            },
            'urls': {
                'logo': 'https://www.bitfinex.com/assets/bfx-stacked.png',
                // Public endpoints on api-pub, authenticated ones on api (docs: REST General).
                'api': {
                    'public': 'https://api-pub.bitfinex.com',
                    'private': 'https://api.bitfinex.com',
                },
                'www': 'https://www.bitfinex.com',
                'doc': 'https://docs.bitfinex.com/docs',
                'fees': 'https://www.bitfinex.com/fees',
            },
            'api': {
                'public': {
                    'get': {
                        'platform/status': 1,
                        'conf/pub:info:pair': 1,
                        'conf/pub:list:currency': 1,
                        'conf/pub:map:currency:label': 1,
                        'ticker/{symbol}': 1,
                        'tickers': 1,
                        'book/{symbol}/{precision}': 1,
                        'trades/{symbol}/hist': 6, // 15 a minute
                        'candles/trade:{timeframe}:{symbol}/hist': 3, // 30 a minute
                    },
                },
                'private': {
                    'post': {
                        'auth/r/wallets': 1,
                        'auth/r/orders': 1,
                        'auth/r/orders/{symbol}': 1,
                        'auth/r/orders/hist': 1,
                        'auth/r/orders/{symbol}/hist': 1,
                        'auth/r/order/{symbol}:{id}/trades': 1,
                        'auth/r/trades/hist': 1,
                        'auth/r/trades/{symbol}/hist': 1,
                        'auth/r/movements/hist': 1,
                        'auth/r/movements/{currency}/hist': 1,
                        'auth/w/order/submit': 1,
                        'auth/w/order/cancel': 1,
                        'auth/w/order/cancel/multi': 1,
                        'auth/w/deposit/address': 6, // 10 a minute
                        'auth/w/withdraw': 1,
                    },
                },
            },
            // The candle time frames the docs list ("1m" ... "1M").
            'timeframes': {
                '1m': '1m',
                '5m': '5m',
                '15m': '15m',
                '30m': '30m',
                '1h': '1h',
                '3h': '3h',
                '6h': '6h',
                '12h': '12h',
                '1d': '1D',
                '1w': '1W',
                '2w': '14D',
                '1M': '1M',
            },
            'requiredCredentials': {
                'apiKey': true,
                'secret': true,
            },
            // The lowest volume tier of the published fee schedule (taker 0.2 %, maker 0.1 %).
            'fees': {
                'trading': {
                    'tierBased': true,
                    'percentage': true,
                    'taker': 0.002,
                    'maker': 0.001,
                },
            },
            // Amounts have 8 decimal places; prices 5 significant digits (priceToPrecision).
            'precisionMode': DECIMAL_PLACES,
            'commonCurrencies': {
                'UST': 'USDT',
                'DSH': 'DASH',
                'IOT': 'IOTA',
                'QTM': 'QTUM',
            },
            'options': {
                // Spot orders, balances, deposits and withdrawals use the exchange wallet.
                'wallet': 'exchange',
                'bookPrecision': 'P0', // the most precise aggregated book
                // deposit/address and withdraw name a currency's network by its method.
                'methods': {
                    'BTC': 'bitcoin',
                    'LTC': 'litecoin',
                    'ETH': 'ethereum',
                    'XRP': 'ripple',
                    'TRX': 'trx',
                    'USDT': 'tetheruse',
                },
                // The method of each unified network a currency moves on (Tether: tetheruse on Ethereum,
                // tetherusx on Tron).
                'networkMethods': {
                    'BTC': { 'BTC': 'bitcoin' },
                    'LTC': { 'LTC': 'litecoin' },
                    'ETH': { 'ERC20': 'ethereum' },
                    'XRP': { 'XRP': 'ripple' },
                    'TRX': { 'TRC20': 'trx' },
                    'USDT': { 'ERC20': 'tetheruse', 'TRC20': 'tetherusx' },
                },
                'transactionStatuses': {
                    'COMPLETED': 'ok',
                    'PENDING': 'pending',
                    'PROCESSING': 'pending',
                    'SENDING': 'pending',
                    'UNCONFIRMED': 'pending',
                    'CANCELED': 'canceled',
                },
            },
            // Errors are [ "error", code, "text" ] with an HTTP 500 (docs: REST General, error codes), or
            // { "error": "ERR_RATE_LIMIT" }; write endpoints may answer with a notification whose STATUS is
            // ERROR. The text is matched first (broad), then the code (exact).
            'exceptions': {
                'exact': {
                    '10001': ExchangeError, // generic error
                    '10020': BadRequest, // request parameters error
                    '10100': AuthenticationError, // failed authentication
                    '10111': AuthenticationError, // error in the authentication payload
                    '10112': AuthenticationError, // error in the authentication signature
                    '10113': AuthenticationError, // error in the authentication encryption
                    '10114': InvalidNonce, // error in the authentication nonce
                    '10200': AuthenticationError, // error in un-authentication
                    '20060': OnMaintenance, // the platform is in maintenance
                    'ERR_RATE_LIMIT': RateLimitExceeded,
                },
                'broad': {
                    'not enough exchange balance': InsufficientFunds,
                    'Order not found': OrderNotFound,
                    'symbol: invalid': BadSymbol,
                    'nonce: small': InvalidNonce,
                    'apikey: invalid': AuthenticationError,
                    'permission': PermissionDenied,
                    'Invalid order': InvalidOrder,
                    'Invalid address': InvalidAddress,
                },
            },
        });
    }

    nonce () {
        // The docs' nonce: the time in microseconds (milliseconds x 1000), growing with every request.
        return this.milliseconds () * 1000;
    }

    arrayEntries (response) {
        // The entries of a list answer that are arrays, as every v2 record is: a server's other values (a
        // dictionary instead of the list, a number or null among the records) are left out.
        const result = [];
        if (!Array.isArray (response)) {
            return result;
        }
        for (let i = 0; i < response.length; i++) {
            if (Array.isArray (response[i])) {
                result.push (response[i]);
            }
        }
        return result;
    }

    // --- markets and currencies ----------------------------------------------------------------------

    async fetchStatus (params = {}) {
        // platform/status: [ 1 ] operative, [ 0 ] maintenance.
        const response = await this.publicGetPlatformStatus (params);
        const operative = this.safeInteger (response, 0);
        return {
            'status': (operative === 1) ? 'ok' : 'maintenance',
            'updated': undefined,
            'eta': undefined,
            'url': undefined,
            'info': response,
        };
    }

    pairParts (pair) {
        // 'BTCUSD', or 'TESTBTC:TESTUSD' when a side has more than three letters: [ baseId, quoteId ].
        if (pair.indexOf (':') >= 0) {
            const parts = pair.split (':');
            return [ parts[0], parts[1] ];
        }
        return [ pair.slice (0, 3), pair.slice (3) ];
    }

    async fetchMarkets (params = {}) {
        // conf/pub:info:pair: [ [ [ PAIR, [ _, _, _, MIN_ORDER_SIZE, MAX_ORDER_SIZE, _, _, _, INITIAL_MARGIN,
        // MIN_MARGIN ] ], ... ] ]: the trading pairs with their order size limits.
        const response = await this.publicGetConfPubInfoPair (params);
        const pairs = this.arrayEntries (this.safeList (response, 0, []));
        const result = [];
        for (let i = 0; i < pairs.length; i++) {
            const pair = this.safeString (pairs[i], 0);
            if (pair === undefined) {
                continue;
            }
            const info = this.safeList (pairs[i], 1, []);
            const [ baseId, quoteId ] = this.pairParts (pair);
            if ((baseId === '') || (quoteId === '')) {
                continue; // no pair the docs describe
            }
            const base = this.safeCurrencyCode (baseId);
            const quote = this.safeCurrencyCode (quoteId);
            result.push (this.safeMarketStructure ({
                'id': 't' + pair,
                'symbol': base + '/' + quote,
                'base': base,
                'quote': quote,
                'baseId': baseId,
                'quoteId': quoteId,
                'active': true,
                'type': 'spot',
                'spot': true,
                'taker': this.fees['trading']['taker'],
                'maker': this.fees['trading']['maker'],
                'precision': {
                    'amount': 8,
                    'price': 5,
                },
                'limits': {
                    'amount': { 'min': this.safeNumber (info, 3), 'max': this.safeNumber (info, 4) },
                    'price': { 'min': undefined, 'max': undefined },
                    'cost': { 'min': undefined, 'max': undefined },
                },
                'info': pairs[i],
            }));
        }
        return result;
    }

    priceToPrecision (symbol, price) {
        // Prices have five significant digits (docs: Precision), not decimal places.
        const market = this.market (symbol);
        return this.decimalToPrecision (price, ROUND, market['precision']['price'], SIGNIFICANT_DIGITS, this.paddingMode);
    }

    async fetchCurrencies (params = {}) {
        // conf/pub:list:currency: [ [ 'BTC', 'ETH', ... ] ]; conf/pub:map:currency:label: [ [ [ 'BTC',
        // 'Bitcoin' ], ... ] ], the names.
        const list = await this.publicGetConfPubListCurrency (params);
        const labels = await this.publicGetConfPubMapCurrencyLabel (params);
        const names = {};
        const pairs = this.safeList (labels, 0, []);
        for (let i = 0; i < pairs.length; i++) {
            const id = this.safeString (pairs[i], 0);
            if (id !== undefined) {
                names[id] = this.safeString (pairs[i], 1);
            }
        }
        const ids = this.safeList (list, 0, []);
        const result = {};
        for (let i = 0; i < ids.length; i++) {
            const id = this.stringOf (ids[i]);
            if (id === undefined) {
                continue;
            }
            const code = this.safeCurrencyCode (id);
            result[code] = {
                'id': id,
                'code': code,
                'name': this.safeString (names, id),
                'info': ids[i],
            };
        }
        return result;
    }

    // --- market data ---------------------------------------------------------------------------------

    parseTicker (ticker, market = undefined) {
        // [ BID, BID_SIZE, ASK, ASK_SIZE, DAILY_CHANGE, DAILY_CHANGE_RELATIVE, LAST_PRICE, VOLUME, HIGH, LOW ]
        // (ticker/{symbol}); tickers puts SYMBOL first, which fetchTickers strips.
        const last = this.safeString (ticker, 6);
        const change = this.safeString (ticker, 4);
        let open = undefined;
        if ((last !== undefined) && (change !== undefined)) {
            open = Precise.stringSub (last, change);
        }
        const relative = this.safeString (ticker, 5);
        return this.safeTicker ({
            'symbol': this.safeSymbol (undefined, market),
            'bid': this.safeString (ticker, 0),
            'bidVolume': this.safeString (ticker, 1),
            'ask': this.safeString (ticker, 2),
            'askVolume': this.safeString (ticker, 3),
            'change': change,
            'percentage': (relative === undefined) ? undefined : Precise.stringMul (relative, '100'),
            'open': open,
            'last': last,
            'baseVolume': this.safeString (ticker, 7),
            'high': this.safeString (ticker, 8),
            'low': this.safeString (ticker, 9),
            'info': ticker,
        }, market);
    }

    async fetchTicker (symbol, params = {}) {
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetTickerSymbol (this.extend ({ 'symbol': market['id'] }, params));
        return this.parseTicker (response, market);
    }

    async fetchTickers (symbols = undefined, params = {}) {
        // tickers?symbols=tBTCUSD,tETHUSD (or ALL): [ [ SYMBOL, BID, ... ], ... ]; funding tickers (fUSD)
        // are left out.
        await this.loadMarkets ();
        let ids = 'ALL';
        if (symbols !== undefined) {
            ids = this.marketIds (symbols).join (',');
        }
        const response = await this.publicGetTickers (this.extend ({ 'symbols': ids }, params));
        const entries = this.arrayEntries (response);
        const result = {};
        for (let i = 0; i < entries.length; i++) {
            const entry = entries[i];
            const id = this.safeString (entry, 0);
            if ((id === undefined) || !id.startsWith ('t') || (this.safeValue (this.marketsById, id) === undefined)) {
                continue;
            }
            const market = this.safeMarket (id);
            const ticker = this.parseTicker (entry.slice (1), market);
            ticker['info'] = entry;
            result[ticker['symbol']] = ticker;
        }
        return this.tickersOfSymbols (result, symbols);
    }

    tickersOfSymbols (tickers, symbols) {
        // Only the symbols asked for (ALL answers every market).
        if (symbols === undefined) {
            return tickers;
        }
        const result = {};
        for (let i = 0; i < symbols.length; i++) {
            const symbol = this.symbol (symbols[i]);
            const ticker = this.safeValue (tickers, symbol);
            if (ticker !== undefined) {
                result[symbol] = ticker;
            }
        }
        return result;
    }

    async fetchOrderBook (symbol, limit = undefined, params = {}) {
        // book/{symbol}/P0?len=1|25|100: [ [ PRICE, COUNT, AMOUNT ], ... ], AMOUNT > 0 a bid, < 0 an ask.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'symbol': market['id'], 'precision': this.options['bookPrecision'] };
        if (limit !== undefined) {
            if (limit <= 1) {
                request['len'] = 1;
            } else if (limit <= 25) {
                request['len'] = 25;
            } else {
                request['len'] = 100;
            }
        }
        const response = await this.publicGetBookSymbolPrecision (this.extend (request, params));
        const levels = this.arrayEntries (response);
        const bids = [];
        const asks = [];
        for (let i = 0; i < levels.length; i++) {
            const amount = this.safeString (levels[i], 2);
            const price = this.safeString (levels[i], 0);
            if ((amount === undefined) || (price === undefined)) {
                continue;
            }
            const level = [ price, Precise.stringAbs (amount) ];
            if (Precise.stringGt (amount, '0')) {
                bids.push (level);
            } else {
                asks.push (level);
            }
        }
        const book = this.parseOrderBook ({ 'bids': bids, 'asks': asks }, market['symbol']);
        return this.limitOrderBook (book, limit);
    }

    parseTrade (trade, market = undefined) {
        // Public (trades/{symbol}/hist): [ ID, MTS, AMOUNT (negative: a sell), PRICE ].
        // The account's (trades/hist): [ ID, SYMBOL, MTS, ORDER_ID, EXEC_AMOUNT, EXEC_PRICE, ORDER_TYPE,
        // ORDER_PRICE, MAKER (1 maker, -1 taker), FEE (negative: paid), FEE_CURRENCY, CID ].
        const own = Array.isArray (trade) && (trade.length > 4);
        let amount = this.safeString (trade, 2);
        let price = this.safeString (trade, 3);
        let timestamp = this.safeInteger (trade, 1);
        let orderId = undefined;
        let takerOrMaker = undefined;
        let fee = undefined;
        if (own) {
            market = this.safeMarket (this.safeString (trade, 1), market);
            timestamp = this.safeInteger (trade, 2);
            orderId = this.safeString (trade, 3);
            amount = this.safeString (trade, 4);
            price = this.safeString (trade, 5);
            const maker = this.safeInteger (trade, 8);
            if (maker !== undefined) {
                takerOrMaker = (maker === 1) ? 'maker' : 'taker';
            }
            const feeCost = this.safeString (trade, 9);
            if (feeCost !== undefined) {
                fee = { 'cost': Precise.stringNeg (feeCost), 'currency': this.safeCurrencyCode (this.safeString (trade, 10)) };
            }
        }
        let side = undefined;
        if (amount !== undefined) {
            side = Precise.stringLt (amount, '0') ? 'sell' : 'buy';
        }
        return this.safeTrade ({
            'id': this.safeString (trade, 0),
            'order': orderId,
            'symbol': this.safeSymbol (undefined, market),
            'timestamp': timestamp,
            'side': side,
            'takerOrMaker': takerOrMaker,
            'price': price,
            'amount': (amount === undefined) ? undefined : Precise.stringAbs (amount),
            'fee': fee,
            'info': trade,
        }, market);
    }

    timeRange (request, since, limit, params) {
        // start, end (the unified until) and limit, all in the request; sort 1 (oldest first) from since.
        if (since !== undefined) {
            request['start'] = since;
            request['sort'] = 1;
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            request['end'] = until;
        }
        if (limit !== undefined) {
            request['limit'] = limit;
        }
        return this.extend (request, this.omit (params, 'until'));
    }

    async fetchTrades (symbol, since = undefined, limit = undefined, params = {}) {
        // trades/{symbol}/hist?start&limit&sort: newest first unless sorted by time.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetTradesSymbolHist (this.timeRange ({ 'symbol': market['id'] }, since, limit, params));
        return this.parseTrades (this.arrayEntries (response), market, since, limit);
    }

    parseOHLCV (ohlcv, market = undefined) {
        // [ MTS, OPEN, CLOSE, HIGH, LOW, VOLUME ]
        return [
            this.safeInteger (ohlcv, 0),
            this.safeNumber (ohlcv, 1),
            this.safeNumber (ohlcv, 3),
            this.safeNumber (ohlcv, 4),
            this.safeNumber (ohlcv, 2),
            this.safeNumber (ohlcv, 5),
        ];
    }

    async fetchOHLCV (symbol, timeframe = '1m', since = undefined, limit = undefined, params = {}) {
        // candles/trade:{timeframe}:{symbol}/hist?start&end&limit&sort.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const interval = this.safeString (this.timeframes, timeframe);
        if (interval === undefined) {
            throw new BadRequest (this.id + ' fetchOHLCV () does not support the timeframe ' + timeframe);
        }
        const request = { 'symbol': market['id'], 'timeframe': interval };
        const response = await this.publicGetCandlesTradeTimeframeSymbolHist (this.timeRange (request, since, limit, params));
        return this.parseOHLCVs (this.arrayEntries (response), market, timeframe, since, limit);
    }

    // --- account -------------------------------------------------------------------------------------

    async fetchBalance (params = {}) {
        // auth/r/wallets: [ [ WALLET_TYPE, CURRENCY, BALANCE, UNSETTLED_INTEREST, AVAILABLE_BALANCE, ... ] ]:
        // the exchange wallet (options['wallet']).
        await this.loadMarkets ();
        const wallet = this.safeString (params, 'wallet', this.options['wallet']);
        const response = await this.privatePostAuthRWallets (this.omit (params, 'wallet'));
        const wallets = this.arrayEntries (response);
        const result = { 'info': response };
        for (let i = 0; i < wallets.length; i++) {
            const entry = wallets[i];
            const currencyId = this.safeString (entry, 1);
            if ((this.safeString (entry, 0) !== wallet) || (currencyId === undefined)) {
                continue;
            }
            const account = this.account ();
            account['total'] = this.safeString (entry, 2);
            account['free'] = this.safeString (entry, 4);
            result[this.safeCurrencyCode (currencyId)] = account;
        }
        return this.safeBalance (result);
    }

    // --- orders --------------------------------------------------------------------------------------

    parseOrderStatus (status) {
        // 'ACTIVE', 'EXECUTED @ 107.6(-0.2)', 'PARTIALLY FILLED @ ...', 'CANCELED', 'CANCELED was:
        // PARTIALLY FILLED @ ...', 'INSUFFICIENT MARGIN was: ...', 'RSN_DUST', 'RSN_PAUSE'.
        if (status === undefined) {
            return undefined;
        }
        if (status.startsWith ('ACTIVE') || status.startsWith ('PARTIALLY FILLED')) {
            return 'open';
        }
        if (status.startsWith ('EXECUTED')) {
            return 'closed';
        }
        if (status.startsWith ('CANCELED') || status.startsWith ('INSUFFICIENT')) {
            return 'canceled';
        }
        if (status.startsWith ('RSN_')) {
            return 'rejected';
        }
        return undefined;
    }

    orderKind (name) {
        // An order type ('EXCHANGE LIMIT', 'EXCHANGE STOP LIMIT', 'EXCHANGE FOK', 'LIMIT' on margin, ...):
        // [ unified type, timeInForce, whether PRICE is the trigger (a stop), whether it is a trailing stop ].
        if (name === undefined) {
            return [ undefined, undefined, false, false ];
        }
        let kind = name.toUpperCase ();
        if (kind.startsWith ('EXCHANGE ')) {
            kind = kind.slice (9);
        }
        if (kind === 'STOP') {
            return [ 'market', undefined, true, false ];
        }
        if (kind === 'STOP LIMIT') {
            return [ 'limit', undefined, true, false ];
        }
        if (kind === 'TRAILING STOP') {
            return [ 'market', undefined, false, true ];
        }
        if ((kind === 'FOK') || (kind === 'IOC')) {
            return [ 'limit', kind, false, false ];
        }
        if (kind === 'MARKET') {
            return [ 'market', undefined, false, false ];
        }
        if (kind === 'LIMIT') {
            return [ 'limit', undefined, false, false ];
        }
        return [ undefined, undefined, false, false ];
    }

    parseOrder (order, market = undefined) {
        // [ ID, GID, CID, SYMBOL, MTS_CREATE, MTS_UPDATE, AMOUNT (left; negative: a sell), AMOUNT_ORIG,
        //   ORDER_TYPE, TYPE_PREV, MTS_TIF, _, FLAGS, STATUS, _, _, PRICE, PRICE_AVG, PRICE_TRAILING,
        //   PRICE_AUX_LIMIT, ... ]
        market = this.safeMarket (this.safeString (order, 3), market);
        const [ type, timeInForce, stop, trailing ] = this.orderKind (this.safeString (order, 8));
        // A stop's PRICE is its trigger and a stop limit's limit price is PRICE_AUX_LIMIT; a trailing stop
        // has no price.
        let price = this.safeString (order, 16);
        let triggerPrice = undefined;
        if (stop) {
            triggerPrice = price;
            price = (type === 'limit') ? this.safeString (order, 19) : undefined;
        } else if (trailing) {
            price = undefined;
        }
        let average = this.safeString (order, 17);
        if ((average !== undefined) && Precise.stringEq (average, '0')) {
            average = undefined;
        }
        const original = this.safeString (order, 7);
        const remaining = this.safeString (order, 6);
        let side = undefined;
        if (original !== undefined) {
            side = Precise.stringLt (original, '0') ? 'sell' : 'buy';
        }
        const flags = this.safeInteger (order, 12, 0);
        // The post-only flag is 4096: the flags are a sum of powers of two from 64 up.
        const postOnly = (Math.floor (flags / 4096) % 2) === 1;
        return this.safeOrder ({
            'id': this.safeString (order, 0),
            'clientOrderId': this.safeString (order, 2),
            'symbol': market['symbol'],
            'timestamp': this.safeInteger (order, 4),
            'lastUpdateTimestamp': this.safeInteger (order, 5),
            'status': this.parseOrderStatus (this.safeString (order, 13)),
            'type': type,
            'timeInForce': timeInForce,
            'postOnly': postOnly,
            'side': side,
            'price': price,
            'triggerPrice': triggerPrice,
            'average': average,
            'amount': (original === undefined) ? undefined : Precise.stringAbs (original),
            'remaining': (remaining === undefined) ? undefined : Precise.stringAbs (remaining),
            'info': order,
        }, market);
    }

    notificationData (response) {
        // A notification: [ MTS, TYPE, MESSAGE_ID, null, DATA, CODE, STATUS, TEXT ] (handleErrors has thrown
        // for STATUS ERROR or FAILURE): DATA, a list; anything else is no answer the docs describe.
        const data = this.safeList (response, 4);
        if (data === undefined) {
            throw new BadResponse (this.id + ' sent a notification without its data: ' + this.excerpt (this.json (response)));
        }
        return data;
    }

    notificationOrder (response, market) {
        // The order of a notification (DATA itself, or DATA's first element for order/submit), with its id.
        let data = this.notificationData (response);
        if (Array.isArray (this.safeValue (data, 0))) {
            data = data[0];
        }
        if (this.safeString (data, 0) === undefined) {
            throw new BadResponse (this.id + ' sent a notification without the order: ' + this.excerpt (this.json (response)));
        }
        return this.parseOrder (data, market);
    }

    async createOrder (symbol, type, side, amount, price = undefined, params = {}) {
        // auth/w/order/submit { type, symbol, amount (negative: a sell), price, price_aux_limit, flags, cid }
        // answers a notification with [ order ]. Unified params: postOnly is the flag 4096; timeInForce IOC
        // and FOK are the types EXCHANGE IOC and EXCHANGE FOK; triggerPrice or stopLossPrice make an
        // EXCHANGE STOP (market) or EXCHANGE STOP LIMIT with the trigger as price and the limit price as
        // price_aux_limit; clientOrderId is cid, an integer. No spot order takes a take-profit trigger, a
        // reduce-only flag (there is no position) or a size in the quote currency: NotSupported.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const [ unified, rest ] = this.unifiedOrderParams (type, params);
        this.rejectUnifiedParams ('createOrder', unified, [ 'takeProfitPrice', 'reduceOnly', 'cost' ]);
        if ((type !== 'limit') && (type !== 'market')) {
            throw new InvalidOrder (this.id + ' createOrder () type must be limit or market, not ' + type);
        }
        if ((type === 'limit') && (price === undefined)) {
            throw new ArgumentsRequired (this.id + ' createOrder () requires a price for a limit order');
        }
        const timeInForce = unified['timeInForce'];
        const trigger = unified['trigger'];
        let orderType = type.toUpperCase ();
        if (trigger !== undefined) {
            if (timeInForce === 'IOC' || timeInForce === 'FOK') {
                throw new InvalidOrder (this.id + ' createOrder () ' + unified['triggerKind'] + ' cannot be combined with timeInForce ' + timeInForce);
            }
            orderType = (type === 'limit') ? 'STOP LIMIT' : 'STOP';
        } else if ((timeInForce === 'IOC') || (timeInForce === 'FOK')) {
            if (type !== 'limit') {
                throw new InvalidOrder (this.id + ' createOrder () timeInForce ' + timeInForce + ' applies to limit orders only');
            }
            orderType = timeInForce;
        }
        let signed = this.amountToPrecision (symbol, amount);
        if (side === 'sell') {
            signed = Precise.stringNeg (signed);
        } else if (side !== 'buy') {
            throw new InvalidOrder (this.id + ' createOrder () side must be buy or sell, not ' + side);
        }
        const request = {
            'type': 'EXCHANGE ' + orderType,
            'symbol': market['id'],
            'amount': signed,
        };
        if (trigger !== undefined) {
            request['price'] = this.priceToPrecision (symbol, trigger);
            if (type === 'limit') {
                request['price_aux_limit'] = this.priceToPrecision (symbol, price);
            }
        } else if (type === 'limit') {
            request['price'] = this.priceToPrecision (symbol, price);
        }
        if (unified['postOnly']) {
            request['flags'] = 4096;
        }
        const clientOrderId = unified['clientOrderId'];
        if (clientOrderId !== undefined) {
            const cid = this.integerOf (clientOrderId);
            if ((cid === undefined) || (this.numberToString (cid) !== clientOrderId) || (cid < 0)) {
                throw new InvalidOrder (this.id + ' createOrder () clientOrderId must be a whole number (Bitfinex\'s cid), not ' + clientOrderId);
            }
            request['cid'] = cid;
        }
        const response = await this.privatePostAuthWOrderSubmit (this.extend (request, rest));
        return this.notificationOrder (response, market);
    }

    async cancelOrder (id, symbol = undefined, params = {}) {
        // auth/w/order/cancel { id } answers a notification with the order.
        await this.loadMarkets ();
        const orderId = this.integerOf (id);
        if (orderId === undefined) {
            throw new BadRequest (this.id + ' cancelOrder () takes a numeric order id, not ' + id);
        }
        const response = await this.privatePostAuthWOrderCancel (this.extend ({ 'id': orderId }, params));
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        return this.notificationOrder (response, market);
    }

    async cancelAllOrders (symbol = undefined, params = {}) {
        // auth/w/order/cancel/multi { all: 1 } (every order), or { id: [ ... ] } with the ids of the symbol's
        // open orders; it answers a notification with the orders.
        await this.loadMarkets ();
        let request = { 'all': 1 };
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
            const open = await this.fetchOpenOrders (symbol);
            if (open.length === 0) {
                return [];
            }
            const ids = [];
            for (let i = 0; i < open.length; i++) {
                ids.push (this.integerOf (open[i]['id']));
            }
            request = { 'id': ids };
        }
        const response = await this.privatePostAuthWOrderCancelMulti (this.extend (request, params));
        return this.parseOrders (this.arrayEntries (this.notificationData (response)), market);
    }

    async fetchOrder (id, symbol = undefined, params = {}) {
        // auth/r/orders { id: [ id ] } (open), then auth/r/orders/hist { id: [ id ] } (closed or canceled).
        await this.loadMarkets ();
        const orderId = this.integerOf (id);
        if (orderId === undefined) {
            throw new BadRequest (this.id + ' fetchOrder () takes a numeric order id, not ' + id);
        }
        const request = this.extend ({ 'id': [ orderId ] }, params);
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        let orders = this.arrayEntries (await this.privatePostAuthROrders (request));
        if (orders.length === 0) {
            orders = this.arrayEntries (await this.privatePostAuthROrdersHist (request));
        }
        if (orders.length === 0) {
            throw new OrderNotFound (this.id + ' fetchOrder () found no order ' + id);
        }
        return this.parseOrder (orders[0], market);
    }

    async fetchOpenOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // auth/r/orders, or auth/r/orders/{symbol}.
        await this.loadMarkets ();
        let response = undefined;
        let market = undefined;
        if (symbol === undefined) {
            response = await this.privatePostAuthROrders (params);
        } else {
            market = this.market (symbol);
            response = await this.privatePostAuthROrdersSymbol (this.extend ({ 'symbol': market['id'] }, params));
        }
        return this.parseOrders (this.arrayEntries (response), market, since, limit);
    }

    async fetchClosedOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // auth/r/orders/hist or auth/r/orders/{symbol}/hist { start, end, limit }: closed and canceled
        // orders (of the last two weeks).
        await this.loadMarkets ();
        const request = this.timeRangeBody (since, limit, params);
        let response = undefined;
        let market = undefined;
        if (symbol === undefined) {
            response = await this.privatePostAuthROrdersHist (request);
        } else {
            market = this.market (symbol);
            response = await this.privatePostAuthROrdersSymbolHist (this.extend ({ 'symbol': market['id'] }, request));
        }
        return this.parseOrders (this.arrayEntries (response), market, since, limit);
    }

    timeRangeBody (since, limit, params) {
        // start, end (the unified until) and limit of an authenticated history, which takes no sort.
        const request = {};
        if (since !== undefined) {
            request['start'] = since;
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            request['end'] = until;
        }
        if (limit !== undefined) {
            request['limit'] = limit;
        }
        return this.extend (request, this.omit (params, 'until'));
    }

    async fetchMyTrades (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // auth/r/trades/hist or auth/r/trades/{symbol}/hist { start, end, limit }.
        await this.loadMarkets ();
        const request = this.timeRangeBody (since, limit, params);
        let response = undefined;
        let market = undefined;
        if (symbol === undefined) {
            response = await this.privatePostAuthRTradesHist (request);
        } else {
            market = this.market (symbol);
            response = await this.privatePostAuthRTradesSymbolHist (this.extend ({ 'symbol': market['id'] }, request));
        }
        return this.parseTrades (this.arrayEntries (response), market, since, limit);
    }

    async fetchOrderTrades (id, symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // auth/r/order/{symbol}:{id}/trades: the trades of one order, which the path names with its symbol.
        if (symbol === undefined) {
            throw new ArgumentsRequired (this.id + ' fetchOrderTrades () requires a symbol argument');
        }
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.privatePostAuthROrderSymbolIdTrades (this.extend ({ 'symbol': market['id'], 'id': id }, params));
        return this.parseTrades (this.arrayEntries (response), market, since, limit);
    }

    // --- funding -------------------------------------------------------------------------------------

    parseTransaction (transaction, currency = undefined) {
        // movements: [ ID, CURRENCY, CURRENCY_NAME, _, _, MTS_STARTED, MTS_UPDATED, _, _, STATUS, _, _,
        //   AMOUNT (negative: a withdrawal), FEES, _, _, DESTINATION_ADDRESS, PAYMENT_ID, _, _, TRANSACTION_ID ]
        const code = this.safeCurrencyCode (this.safeString (transaction, 1), currency);
        const amount = this.safeString (transaction, 12);
        let type = undefined;
        if (amount !== undefined) {
            type = Precise.stringLt (amount, '0') ? 'withdrawal' : 'deposit';
        }
        let fee = undefined;
        const feeCost = this.safeString (transaction, 13);
        if (feeCost !== undefined) {
            fee = { 'cost': Precise.stringAbs (feeCost), 'currency': code };
        }
        const status = this.safeString (transaction, 9);
        return this.safeTransaction ({
            'id': this.safeString (transaction, 0),
            'txid': this.safeString (transaction, 20),
            'timestamp': this.safeInteger (transaction, 5),
            'updated': this.safeInteger (transaction, 6),
            'address': this.safeString (transaction, 16),
            'tag': this.safeString (transaction, 17),
            'type': type,
            'amount': (amount === undefined) ? undefined : Precise.stringAbs (amount),
            'currency': code,
            'status': this.safeString (this.options['transactionStatuses'], status, status),
            'fee': fee,
            'info': transaction,
        }, currency);
    }

    async fetchMovements (type, code, since, limit, params) {
        // auth/r/movements/hist (every currency) or auth/r/movements/{currency}/hist { start, end, limit }:
        // deposits and withdrawals together, told apart by the sign of the amount.
        await this.loadMarkets ();
        const request = this.timeRangeBody (since, limit, params);
        let currency = undefined;
        let response = undefined;
        if (code === undefined) {
            response = await this.privatePostAuthRMovementsHist (request);
        } else {
            currency = this.currency (code);
            response = await this.privatePostAuthRMovementsCurrencyHist (this.extend ({ 'currency': currency['id'] }, request));
        }
        const transactions = this.parseTransactions (this.arrayEntries (response), currency, since);
        const result = [];
        for (let i = 0; i < transactions.length; i++) {
            if (this.safeString (transactions[i], 'type') === type) {
                result.push (transactions[i]);
            }
        }
        return this.filterBySinceLimit (result, since, limit);
    }

    async fetchDeposits (code = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchMovements ('deposit', code, since, limit, params);
    }

    async fetchWithdrawals (code = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchMovements ('withdrawal', code, since, limit, params);
    }

    transferMethod (code, params) {
        // The deposit or withdrawal method: that of the unified network params['network']
        // (options['networkMethods']), else params['method'], else the currency's own (options['methods']).
        const given = this.safeString (params, 'method');
        const network = this.safeStringUpper (params, 'network');
        if (network === undefined) {
            if (given !== undefined) {
                return given;
            }
            const own = this.safeString (this.options['methods'], code);
            if (own === undefined) {
                throw new NotSupported (this.id + ' knows no deposit or withdrawal method for ' + code + ': pass params["method"] or a unified network');
            }
            return own;
        }
        const method = this.safeString (this.safeDict (this.options['networkMethods'], code, {}), network);
        if (method === undefined) {
            throw new BadRequest (this.id + ' knows no ' + code + ' method on the unified network ' + network);
        }
        if ((given !== undefined) && (given !== method)) {
            throw new BadRequest (this.id + ' the method ' + given + ' is not the ' + code + ' method on the unified network ' + network);
        }
        return method;
    }

    methodNetwork (code, method) {
        // The unified network of a currency's method (options['networkMethods']), else undefined.
        const byNetwork = this.safeDict (this.options['networkMethods'], code, {});
        const networks = Object.keys (byNetwork);
        for (let i = 0; i < networks.length; i++) {
            if (this.safeString (byNetwork, networks[i]) === method) {
                return networks[i];
            }
        }
        return undefined;
    }

    async fetchDepositAddress (code, params = {}) {
        return await this.depositAddress (code, 0, params);
    }

    async createDepositAddress (code, params = {}) {
        return await this.depositAddress (code, 1, params);
    }

    async depositAddress (code, renew, params) {
        // auth/w/deposit/address { wallet, method, op_renew } answers a notification with [ _, METHOD,
        // CURRENCY_CODE, _, ADDRESS, POOL_ADDRESS ]; for a currency with a memo, ADDRESS is the memo and
        // POOL_ADDRESS the address.
        await this.loadMarkets ();
        const currency = this.currency (code);
        const method = this.transferMethod (currency['code'], params);
        const request = {
            'wallet': this.options['wallet'],
            'method': method,
            'op_renew': renew,
        };
        const response = await this.privatePostAuthWDepositAddress (this.extend (request, this.omit (params, [ 'method', 'network' ])));
        const data = this.notificationData (response);
        let address = this.safeString (data, 4);
        let tag = undefined;
        const pool = this.safeString (data, 5);
        if (pool !== undefined) {
            tag = address;
            address = pool;
        }
        if (address === undefined) {
            throw new BadResponse (this.id + ' sent no deposit address: ' + this.excerpt (this.json (response)));
        }
        return {
            'currency': currency['code'],
            'address': address,
            'tag': tag,
            'network': this.methodNetwork (currency['code'], method),
            'info': response,
        };
    }

    async withdraw (code, amount, address, tag = undefined, params = {}) {
        // auth/w/withdraw { wallet, method, amount, address, payment_id (the tag) } answers a notification with
        // [ WITHDRAWAL_ID, _, METHOD, PAYMENT_ID, WALLET, AMOUNT, _, _, WITHDRAWAL_FEE ].
        await this.loadMarkets ();
        const currency = this.currency (code);
        const method = this.transferMethod (currency['code'], params);
        const request = {
            'wallet': this.options['wallet'],
            'method': method,
            'amount': this.numberToString (amount),
            'address': address,
        };
        if (tag !== undefined) {
            request['payment_id'] = tag;
        }
        const response = await this.privatePostAuthWWithdraw (this.extend (request, this.omit (params, [ 'method', 'network' ])));
        const data = this.notificationData (response);
        let fee = undefined;
        const feeCost = this.safeString (data, 8);
        if (feeCost !== undefined) {
            fee = { 'cost': Precise.stringAbs (feeCost), 'currency': currency['code'] };
        }
        const withdrawn = this.safeString (data, 5, request['amount']);
        return this.safeTransaction ({
            'id': this.safeString (data, 0),
            'type': 'withdrawal',
            'address': address,
            'tag': tag,
            'network': this.methodNetwork (currency['code'], method),
            'amount': Precise.stringAbs (withdrawn),
            'currency': currency['code'],
            'status': 'pending',
            'fee': fee,
            'info': response,
        }, currency);
    }

    // --- transport -----------------------------------------------------------------------------------

    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        const request = this.version + '/' + this.implodeParams (path, params);
        const query = this.omit (params, this.extractParams (path));
        let url = this.safeString (this.urls['api'], api) + '/' + request;
        if (api === 'public') {
            if (Object.keys (query).length > 0) {
                url = url + '?' + this.urlencode (query);
            }
            return { 'url': url, 'method': method, 'body': body, 'headers': headers };
        }
        // Every parameter goes in the JSON body; bfx-signature is the hex HMAC-SHA384 of '/api/' + the
        // path ('v2/auth/r/wallets') + the nonce + the body (docs: Authenticated Endpoints).
        this.checkRequiredCredentials ();
        const nonce = this.numberToString (this.nonce ());
        body = (Object.keys (query).length > 0) ? this.json (query) : '{}'; // (PHP writes an empty dictionary as [])
        const payload = '/api/' + request + nonce + body;
        headers = {
            'bfx-nonce': nonce,
            'bfx-apikey': this.apiKey,
            'bfx-signature': this.hmac (this.encode (payload), this.encode (this.secret), 'sha384'),
            'Content-Type': 'application/json',
        };
        return { 'url': url, 'method': method, 'body': body, 'headers': headers };
    }

    handleErrors (status, reason, url, method, responseHeaders, responseBody, response, requestHeaders, requestBody) {
        // [ "error", code, "text" ]; { "error": "ERR_RATE_LIMIT" } (or { "message": ... }); a notification
        // [ MTS, TYPE, MESSAGE_ID, null, DATA, CODE, STATUS, TEXT ] whose STATUS is ERROR or FAILURE.
        if (response === undefined) {
            return;
        }
        let code = undefined;
        let message = undefined;
        if (Array.isArray (response)) {
            const first = this.safeValue (response, 0);
            const notificationStatus = this.safeValue (response, 6);
            if (first === 'error') {
                code = this.safeString (response, 1);
                message = this.safeString (response, 2, '');
            } else if ((notificationStatus === 'ERROR') || (notificationStatus === 'FAILURE')) {
                code = this.safeString (response, 5);
                message = this.safeString (response, 7, '');
            } else {
                return;
            }
        } else if (typeof response === 'object') {
            message = this.safeString2 (response, 'error', 'message');
            if (message === undefined) {
                return;
            }
        } else {
            return;
        }
        const feedback = this.id + ' ' + ((code === undefined) ? '' : (code + ' ')) + message;
        this.throwBroadlyMatchedException (this.exceptions['broad'], message, feedback);
        if (code !== undefined) {
            this.throwExactlyMatchedException (this.exceptions['exact'], code, feedback);
        }
        this.throwExactlyMatchedException (this.exceptions['exact'], message, feedback);
        throw new ExchangeError (feedback);
    }
}
