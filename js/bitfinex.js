// Bitfinex REST API v1: https://docs.bitfinex.com/v1/docs (the v2 API is the separate id bitfinex2)
import Exchange from './base/Exchange.js';
import { ArgumentsRequired, AuthenticationError, BadRequest, BadResponse, BadSymbol, ExchangeError, ExchangeNotAvailable, InsufficientFunds, InvalidAddress, InvalidNonce, InvalidOrder, NotSupported, OrderNotFound, PermissionDenied, RateLimitExceeded } from './base/errors.js';
import Precise from './base/Precise.js';
import { DECIMAL_PLACES, ROUND, SIGNIFICANT_DIGITS } from './base/functions/number.js';

export default class bitfinex extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'bitfinex',
            'name': 'Bitfinex',
            'countries': [ 'VG' ],
            'version': 'v1',
            // Most authenticated endpoints allow 90 requests a minute; public ones 10 to 90.
            'rateLimit': 1000,
            'certified': true,
            'has': {
                'fetchCurrencies': false, // v1 has no currency list
                'fetchTicker': true,
                'fetchTickers': true,
                'fetchOrderBook': true,
                'fetchOHLCV': false, // candles are v2 only
                'fetchTrades': true,
                'fetchBalance': true,
                'createOrder': true,
                'cancelOrder': true,
                'fetchOrder': true,
                'fetchOpenOrders': true,
                'fetchClosedOrders': true,
                'fetchMyTrades': true,
                'fetchDeposits': true,
                'fetchWithdrawals': true,
                'fetchDepositAddress': true,
                'withdraw': true,
                'cancelAllOrders': true,
                'fetchTradingFee': true,
                'fetchTradingFees': true,
                'createDepositAddress': true,
                'fetchDepositWithdrawFees': true,
                'transfer': true,
                'watchTicker': true,
                'watchOrderBook': true,
                'watchTrades': true,
                'watchOHLCV': true,
                'watchBalance': true,
                'watchOrders': true,
                'watchMyTrades': true,
            },
            'urls': {
                'logo': 'https://www.bitfinex.com/assets/bfx-stacked.png',
                'api': 'https://api.bitfinex.com',
                'www': 'https://www.bitfinex.com',
                'doc': 'https://docs.bitfinex.com/v1/docs',
                'fees': 'https://www.bitfinex.com/fees',
                // WebSocket API v2 (v1's is retired): https://docs.bitfinex.com/docs/ws-public
                'ws': {
                    'public': 'wss://api-pub.bitfinex.com/ws/2',
                    'private': 'wss://api.bitfinex.com/ws/2',
                },
            },
            'api': {
                'public': {
                    'get': {
                        'pubticker/{symbol}': 1,
                        'stats/{symbol}': 1,
                        'lendbook/{currency}': 6,
                        'lends/{currency}': 3,
                        'book/{symbol}': 1,
                        'trades/{symbol}': 1,
                        'symbols': 1,
                        'symbols_details': 1,
                    },
                },
                'private': {
                    'post': {
                        'account_infos': 1,
                        'account_fees': 1,
                        'summary': 1,
                        'key_info': 1,
                        'margin_infos': 1,
                        'balances': 1,
                        'transfer': 1,
                        'deposit/new': 1,
                        'withdraw': 1,
                        'order/new': 1,
                        'order/new/multi': 1,
                        'order/cancel': 1,
                        'order/cancel/multi': 1,
                        'order/cancel/all': 1,
                        'order/cancel/replace': 1,
                        'order/status': 1,
                        'orders': 1,
                        'orders/hist': 1,
                        'positions': 1,
                        'position/close': 1,
                        'position/claim': 1,
                        'history': 1,
                        'history/movements': 1,
                        'mytrades': 1,
                        'mytrades_funding': 1,
                        'offer/new': 1,
                        'offer/cancel': 1,
                        'offer/status': 1,
                        'offers': 1,
                        'offers/hist': 1,
                        'credits': 1,
                        'taken_funds': 1,
                        'unused_taken_funds': 1,
                        'total_taken_funds': 1,
                        'funding/close': 1,
                        'basket_manage': 1,
                    },
                },
            },
            'requiredCredentials': {
                'apiKey': true,
                'secret': true,
            },
            'fees': {
                'trading': {
                    'tierBased': true,
                    'percentage': true,
                    'taker': 0.002,
                    'maker': 0.001,
                },
            },
            // Amounts have 8 decimal places; prices have price_precision significant digits (priceToPrecision).
            'precisionMode': DECIMAL_PLACES,
            // The candles of the v2 WebSocket API (v1's REST has none: fetchOHLCV is not supported).
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
                '1M': '1M',
            },
            'commonCurrencies': {
                'UST': 'USDT',
                'DSH': 'DASH',
                'IOT': 'IOTA',
                'QTM': 'QTUM',
            },
            'options': {
                'wallet': 'exchange',
                // deposit/new and withdraw name a currency by its method.
                'methods': {
                    'BTC': 'bitcoin',
                    'LTC': 'litecoin',
                    'ETH': 'ethereum',
                    'ETC': 'ethereumc',
                    'USDT': 'tetheruso',
                    'XRP': 'ripple',
                    'XMR': 'monero',
                    'ZEC': 'zcash',
                    'DASH': 'dash',
                    'EOS': 'eos',
                    'XLM': 'xlm',
                    'TRX': 'trx',
                },
                // The method of each unified network a currency moves on (Bitfinex's withdraw documentation,
                // Tether methods: tetheruse on Ethereum, tetherusx on Tron, tetheruso on Omni, ...).
                'networkMethods': {
                    'BTC': { 'BTC': 'bitcoin' },
                    'LTC': { 'LTC': 'litecoin' },
                    'ETH': { 'ERC20': 'ethereum' },
                    'USDT': {
                        'ERC20': 'tetheruse',
                        'TRC20': 'tetherusx',
                        'OMNI': 'tetheruso',
                        'LIQUID': 'tetherusl',
                        'SOL': 'tetherusdtsol',
                        'AVAXC': 'tetherusdtavax',
                    },
                    'XRP': { 'XRP': 'ripple' },
                    'TRX': { 'TRC20': 'trx' },
                },
                // transfer's unified accounts and v1's wallet names.
                'accountsByType': {
                    'spot': 'exchange',
                    'margin': 'trading',
                    'funding': 'deposit',
                },
                'transactionStatuses': {
                    'COMPLETED': 'ok',
                    'PENDING': 'pending',
                    'PROCESSING': 'pending',
                    'SENDING': 'pending',
                    'CANCELED': 'canceled',
                    'UNCONFIRMED': 'pending',
                },
            },
            'exceptions': {
                'exact': {
                    'Nonce is too small.': InvalidNonce,
                    'Invalid X-BFX-SIGNATURE.': AuthenticationError,
                    'Could not find a key matching the given X-BFX-APIKEY.': AuthenticationError,
                    'This API key does not have permission for this action': PermissionDenied,
                    'No such order found.': OrderNotFound,
                    'Order could not be cancelled.': OrderNotFound,
                    'Unknown symbol': BadSymbol,
                    'Cannot evaluate your available balance, please try again': ExchangeNotAvailable,
                    'ERR_RATE_LIMIT': RateLimitExceeded,
                    'Ratelimit': RateLimitExceeded,
                },
                'broad': {
                    'not enough exchange balance': InsufficientFunds,
                    'Invalid order': InvalidOrder,
                    'Invalid address': InvalidAddress,
                    'Nonce is too small': InvalidNonce,
                    'Key price should be a decimal number': InvalidOrder,
                    'Key amount should be a decimal number': InvalidOrder,
                },
            },
        });
    }

    nonce () {
        return this.milliseconds ();
    }

    // --- markets -------------------------------------------------------------------------------------

    async fetchMarkets (params = {}) {
        const response = await this.publicGetSymbolsDetails (params);
        const result = [];
        for (let i = 0; i < response.length; i++) {
            const entry = response[i];
            const id = this.safeString (entry, 'pair');
            if (id === undefined) {
                continue; // (no market to trade by here: its split failed the whole load with a TypeError)
            }
            // 'btcusd', or 'testbtc:testusd' when a side has more than three letters.
            let baseId = undefined;
            let quoteId = undefined;
            if (id.indexOf (':') >= 0) {
                const parts = id.split (':');
                baseId = parts[0];
                quoteId = parts[1];
            } else {
                baseId = id.slice (0, 3);
                quoteId = id.slice (3, 6);
            }
            const base = this.safeCurrencyCode (baseId);
            const quote = this.safeCurrencyCode (quoteId);
            result.push (this.safeMarketStructure ({
                'id': id,
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
                    'price': this.safeInteger (entry, 'price_precision'),
                },
                'limits': {
                    'amount': { 'min': this.safeNumber (entry, 'minimum_order_size'), 'max': this.safeNumber (entry, 'maximum_order_size') },
                    'price': { 'min': undefined, 'max': undefined },
                    'cost': { 'min': undefined, 'max': undefined },
                },
                'info': entry,
            }));
        }
        return result;
    }

    priceToPrecision (symbol, price) {
        // price_precision counts significant digits, not decimal places.
        const market = this.market (symbol);
        return this.decimalToPrecision (price, ROUND, market['precision']['price'], SIGNIFICANT_DIGITS, this.paddingMode);
    }

    // --- market data ---------------------------------------------------------------------------------

    parseTicker (ticker, market = undefined) {
        return this.safeTicker ({
            'symbol': this.safeSymbol (undefined, market),
            'timestamp': this.safeTimestamp (ticker, 'timestamp'),
            'high': this.safeString (ticker, 'high'),
            'low': this.safeString (ticker, 'low'),
            'bid': this.safeString (ticker, 'bid'),
            'ask': this.safeString (ticker, 'ask'),
            'last': this.safeString (ticker, 'last_price'),
            'average': this.safeString (ticker, 'mid'),
            'baseVolume': this.safeString (ticker, 'volume'),
            'info': ticker,
        }, market);
    }

    async fetchTicker (symbol, params = {}) {
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetPubtickerSymbol (this.extend ({ 'symbol': market['id'] }, params));
        return this.parseTicker (response, market);
    }

    async fetchTickers (symbols = undefined, params = {}) {
        // v1 has one ticker per request: the symbols are required, and each costs a request.
        if (symbols === undefined) {
            throw new ArgumentsRequired (this.id + ' fetchTickers () requires a list of symbols: the v1 API has no request for all tickers');
        }
        await this.loadMarkets ();
        const result = {};
        for (let i = 0; i < symbols.length; i++) {
            const ticker = await this.fetchTicker (symbols[i], params);
            result[ticker['symbol']] = ticker;
        }
        return result;
    }

    async fetchOrderBook (symbol, limit = undefined, params = {}) {
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'symbol': market['id'] };
        if (limit !== undefined) {
            request['limit_bids'] = limit;
            request['limit_asks'] = limit;
        }
        const response = await this.publicGetBookSymbol (this.extend (request, params));
        return this.parseOrderBook (response, market['symbol'], undefined, 'bids', 'asks', 'price', 'amount');
    }

    parseTrade (trade, market = undefined) {
        // Public: { timestamp, tid, price, amount, exchange, type: 'sell' }; mytrades adds order_id and
        // the fee as a negative fee_amount in fee_currency, with type 'Buy' or 'Sell'.
        let fee = undefined;
        const feeAmount = this.safeString (trade, 'fee_amount');
        if (feeAmount !== undefined) {
            fee = { 'cost': Precise.stringNeg (feeAmount), 'currency': this.safeCurrencyCode (this.safeString (trade, 'fee_currency')) };
        }
        return this.safeTrade ({
            'id': this.safeString (trade, 'tid'),
            'order': this.safeString (trade, 'order_id'),
            'symbol': this.safeSymbol (undefined, market),
            'timestamp': this.safeTimestamp (trade, 'timestamp'),
            'side': this.safeStringLower (trade, 'type'),
            'price': this.safeString (trade, 'price'),
            'amount': this.safeString (trade, 'amount'),
            'fee': fee,
            'info': trade,
        }, market);
    }

    async fetchTrades (symbol, since = undefined, limit = undefined, params = {}) {
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'symbol': market['id'] };
        if (since !== undefined) {
            request['timestamp'] = Math.floor (since / 1000);
        }
        if (limit !== undefined) {
            request['limit_trades'] = limit;
        }
        const response = await this.publicGetTradesSymbol (this.extend (request, params));
        return this.parseTrades (response, market, since, limit);
    }

    // --- account -------------------------------------------------------------------------------------

    async fetchBalance (params = {}) {
        // One wallet at a time: options['wallet'] ('exchange', 'trading' or 'deposit').
        await this.loadMarkets ();
        const wallet = this.safeString (params, 'wallet', this.options['wallet']);
        const response = await this.privatePostBalances (this.omit (params, 'wallet'));
        const result = { 'info': response };
        for (let i = 0; i < response.length; i++) {
            const entry = response[i];
            if (this.safeString (entry, 'type') === wallet) {
                const account = this.account ();
                account['total'] = this.safeString (entry, 'amount');
                account['free'] = this.safeString (entry, 'available');
                result[this.safeCurrencyCode (this.safeString (entry, 'currency'))] = account;
            }
        }
        return this.safeBalance (result);
    }

    // --- orders --------------------------------------------------------------------------------------

    async fetchTradingFees (params = {}) {
        // account_infos: the account's maker and taker fees in percent, and per currency ('pairs') those of
        // the markets of that base currency.
        await this.loadMarkets ();
        const response = await this.privatePostAccountInfos (params);
        const account = this.safeDict (response, 0, {});
        const byCurrency = this.indexBy (this.safeList (account, 'fees', []), 'pairs');
        const result = {};
        for (let i = 0; i < this.symbols.length; i++) {
            const market = this.market (this.symbols[i]);
            const fees = this.safeDict (byCurrency, market['baseId'].toUpperCase (), account);
            result[market['symbol']] = {
                'symbol': market['symbol'],
                'maker': this.parseNumber (Precise.stringDiv (this.safeString (fees, 'maker_fees'), '100')),
                'taker': this.parseNumber (Precise.stringDiv (this.safeString (fees, 'taker_fees'), '100')),
                'info': account,
            };
        }
        return result;
    }

    async fetchTradingFee (symbol, params = {}) {
        // account_infos reports every market at once.
        return await this.tradingFeeOfAll (symbol, params);
    }

    parseOrder (order, market = undefined) {
        market = this.safeMarket (this.safeString (order, 'symbol'), market);
        let status = 'closed';
        if (this.safeBool (order, 'is_live') === true) {
            status = 'open';
        } else if (this.safeBool (order, 'is_cancelled') === true) {
            status = 'canceled';
        }
        // 'exchange limit' is a limit order on the exchange wallet; 'limit' one on the margin wallet. A stop
        // is a market order triggered at its price; fill-or-kill a limit order with timeInForce FOK; the price
        // of a trailing stop is its trailing distance, not a price.
        const [ type, timeInForce, kind ] = this.orderKind (this.safeString (order, 'type'));
        let price = this.safeString (order, 'price');
        let triggerPrice = undefined;
        if (kind === 'stop') {
            triggerPrice = price;
            price = undefined;
        } else if (kind === 'trailing') {
            price = undefined;
        }
        let average = this.safeString (order, 'avg_execution_price');
        if ((average !== undefined) && Precise.stringEq (average, '0')) {
            average = undefined;
        }
        return this.safeOrder ({
            'id': this.safeString (order, 'id'),
            'symbol': market['symbol'],
            'timestamp': this.safeTimestamp (order, 'timestamp'),
            'status': status,
            'type': type,
            'timeInForce': timeInForce,
            'side': this.safeString (order, 'side'),
            'price': price,
            'triggerPrice': triggerPrice,
            'amount': this.safeString (order, 'original_amount'),
            'filled': this.safeString (order, 'executed_amount'),
            'remaining': this.safeString (order, 'remaining_amount'),
            'average': average,
            'info': order,
        }, market);
    }

    orderKind (name) {
        // An order type of v1 ('exchange limit', 'stop', 'trailing-stop', 'fill-or-kill', with or without
        // 'exchange ') or of v2 ('EXCHANGE LIMIT', 'STOP LIMIT', 'TRAILING STOP', 'FOK', 'IOC'):
        // [ unified type, timeInForce, 'stop' (its price is the trigger) or 'trailing' (its price is the
        // trailing distance) or undefined ].
        if (name === undefined) {
            return [ undefined, undefined, undefined ];
        }
        let kind = name.toLowerCase ().split ('-').join (' ');
        if (kind.startsWith ('exchange ')) {
            kind = kind.slice (9);
        }
        if (kind === 'stop') {
            return [ 'market', undefined, 'stop' ];
        }
        if (kind === 'stop limit') {
            return [ 'limit', undefined, 'stop' ];
        }
        if (kind === 'trailing stop') {
            return [ 'market', undefined, 'trailing' ];
        }
        if ((kind === 'fill or kill') || (kind === 'fok')) {
            return [ 'limit', 'FOK', undefined ];
        }
        if (kind === 'ioc') {
            return [ 'limit', 'IOC', undefined ];
        }
        return [ kind, undefined, undefined ];
    }

    async createOrder (symbol, type, side, amount, price = undefined, params = {}) {
        // order/new on the exchange wallet. The unified params map to v1's fields and types: postOnly is
        // is_postonly; timeInForce FOK is the type 'exchange fill-or-kill'; triggerPrice or stopLossPrice on a
        // market order is the type 'exchange stop' with the trigger as its price. v1 has no stop-limit,
        // take-profit, IOC, client order id, quote-sized order or reduce-only: those are NotSupported.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const [ unified, rest ] = this.unifiedOrderParams (type, params);
        this.rejectUnifiedParams ('createOrder', unified, [ 'takeProfitPrice', 'reduceOnly', 'clientOrderId', 'cost' ]);
        if ((type === 'limit') && (price === undefined)) {
            throw new ArgumentsRequired (this.id + ' createOrder () requires a price for a limit order');
        }
        const timeInForce = unified['timeInForce'];
        if (timeInForce === 'IOC') {
            throw new NotSupported (this.id + ' createOrder () timeInForce IOC is not supported: v1 has fill-or-kill (FOK) only');
        }
        const trigger = unified['trigger'];
        if ((trigger !== undefined) && (type !== 'market')) {
            throw new NotSupported (this.id + ' createOrder () ' + unified['triggerKind'] + ' is supported on market orders only (v1 has no stop-limit order)');
        }
        let bitfinexType = type;
        if (trigger !== undefined) {
            bitfinexType = 'stop';
        } else if (timeInForce === 'FOK') {
            if (type !== 'limit') {
                throw new InvalidOrder (this.id + ' createOrder () timeInForce FOK applies to limit orders only');
            }
            bitfinexType = 'fill-or-kill';
        }
        const request = {
            'symbol': market['id'],
            'amount': this.amountToPrecision (symbol, amount),
            'side': side,
            'type': 'exchange ' + bitfinexType,
            'exchange': 'bitfinex',
        };
        if (trigger !== undefined) {
            request['price'] = this.priceToPrecision (symbol, trigger);
        } else if (type === 'market') {
            // The price is required but not used for market orders.
            request['price'] = '1';
        } else {
            request['price'] = this.priceToPrecision (symbol, price);
        }
        if (unified['postOnly']) {
            request['is_postonly'] = true;
        }
        const response = await this.privatePostOrderNew (this.extend (request, rest));
        return this.parseOrder (response, market);
    }

    async cancelOrder (id, symbol = undefined, params = {}) {
        await this.loadMarkets ();
        const response = await this.privatePostOrderCancel (this.extend ({ 'order_id': parseInt (id) }, params));
        return this.parseOrder (response);
    }

    async cancelAllOrders (symbol = undefined, params = {}) {
        // order/cancel/all (every symbol), or order/cancel/multi with the ids of the symbol's open orders;
        // both answer with a message only: the orders canceled are those listed open just before (one that
        // fills in between is reported canceled).
        const open = await this.fetchOpenOrders (symbol);
        let response = undefined;
        if (symbol === undefined) {
            response = await this.privatePostOrderCancelAll (params);
        } else if (open.length === 0) {
            return [];
        } else {
            const ids = [];
            for (let i = 0; i < open.length; i++) {
                ids.push (parseInt (open[i]['id']));
            }
            response = await this.privatePostOrderCancelMulti (this.extend ({ 'order_ids': ids }, params));
        }
        return this.canceledOrders (open, response);
    }

    async fetchOrder (id, symbol = undefined, params = {}) {
        await this.loadMarkets ();
        const response = await this.privatePostOrderStatus (this.extend ({ 'order_id': parseInt (id) }, params));
        return this.parseOrder (response);
    }

    async fetchOpenOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        await this.loadMarkets ();
        const response = await this.privatePostOrders (params);
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        return this.parseOrders (response, market, since, limit);
    }

    async fetchClosedOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // orders/hist: the orders of the last three days that are no longer live; it takes no time range.
        if (this.safeValue (params, 'until') !== undefined) {
            throw new NotSupported (this.id + ' fetchClosedOrders () does not support the unified param until: orders/hist takes no time range');
        }
        await this.loadMarkets ();
        const request = {};
        if (limit !== undefined) {
            request['limit'] = limit;
        }
        const response = await this.privatePostOrdersHist (this.extend (request, params));
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        return this.parseOrders (response, market, since, limit);
    }

    async fetchMyTrades (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        if (symbol === undefined) {
            throw new ArgumentsRequired (this.id + ' fetchMyTrades () requires a symbol argument');
        }
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'symbol': market['id'] };
        if (since !== undefined) {
            request['timestamp'] = Math.floor (since / 1000);
        }
        if (limit !== undefined) {
            request['limit_trades'] = limit;
        }
        // mytrades names its end time until too, in seconds.
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            request['until'] = Math.floor (until / 1000);
        }
        const response = await this.privatePostMytrades (this.extend (request, this.omit (params, 'until')));
        return this.parseTrades (response, market, since, limit);
    }

    // --- funding -------------------------------------------------------------------------------------

    parseTransaction (transaction, currency = undefined) {
        const code = this.safeCurrencyCode (this.safeString (transaction, 'currency'), currency);
        const status = this.safeString (transaction, 'status');
        let fee = undefined;
        const feeCost = this.safeString (transaction, 'fee');
        if (feeCost !== undefined) {
            fee = { 'cost': Precise.stringAbs (feeCost), 'currency': code };
        }
        return this.safeTransaction ({
            'id': this.safeString (transaction, 'id'),
            'txid': this.safeString (transaction, 'txid'),
            'timestamp': this.safeTimestamp (transaction, 'timestamp_created'),
            'updated': this.safeTimestamp (transaction, 'timestamp'),
            'address': this.safeString (transaction, 'address'),
            'network': this.methodNetwork (code, this.safeStringLower (transaction, 'method')),
            'type': this.safeStringLower (transaction, 'type'),
            'amount': this.safeString (transaction, 'amount'),
            'currency': code,
            'status': this.safeString (this.options['transactionStatuses'], status, status),
            'fee': fee,
            'info': transaction,
        }, currency);
    }

    async fetchMovements (type, code, since, limit, params) {
        // history/movements lists both deposits and withdrawals of one currency.
        if (code === undefined) {
            throw new ArgumentsRequired (this.id + ' requires a currency code to list deposits or withdrawals');
        }
        await this.loadMarkets ();
        const currency = this.currency (code);
        const request = { 'currency': currency['id'].toUpperCase () };
        if (since !== undefined) {
            request['since'] = Math.floor (since / 1000);
        }
        // history/movements names its end time until too, in seconds.
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            request['until'] = Math.floor (until / 1000);
        }
        if (limit !== undefined) {
            request['limit'] = limit;
        }
        const response = await this.privatePostHistoryMovements (this.extend (request, this.omit (params, 'until')));
        const transactions = this.parseTransactions (response, currency, since);
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
        // The deposit or withdrawal method: params['method'], else that of the unified network
        // params['network'] (options['networkMethods']), else the currency's own (options['methods']).
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
        // The unified network of a currency's method (options['networkMethods']), else the method itself.
        const byNetwork = this.safeDict (this.options['networkMethods'], code, {});
        const networks = Object.keys (byNetwork);
        for (let i = 0; i < networks.length; i++) {
            if (this.safeString (byNetwork, networks[i]) === method) {
                return networks[i];
            }
        }
        return method;
    }

    async fetchDepositAddress (code, params = {}) {
        return await this.depositAddress (code, 0, params);
    }

    async createDepositAddress (code, params = {}) {
        return await this.depositAddress (code, 1, params);
    }

    async depositAddress (code, renew, params) {
        // deposit/new of the method (transferMethod) into options['wallet']; renew 1 makes a new address.
        await this.loadMarkets ();
        const request = {
            'method': this.transferMethod (code, params),
            'wallet_name': this.options['wallet'],
            'renew': renew,
        };
        const response = await this.privatePostDepositNew (this.extend (request, this.omit (params, [ 'method', 'network' ])));
        // Currencies with a memo answer with the memo as 'address' and the shared address as 'address_pool'.
        let address = this.safeString (response, 'address');
        let tag = undefined;
        const pool = this.safeString (response, 'address_pool');
        if (pool !== undefined) {
            tag = address;
            address = pool;
        }
        return {
            'currency': code,
            'address': address,
            'tag': tag,
            'network': this.methodNetwork (code, request['method']),
            'info': response,
        };
    }

    async withdraw (code, amount, address, tag = undefined, params = {}) {
        // withdraw_type is the method (transferMethod), from options['wallet'].
        await this.loadMarkets ();
        const request = {
            'withdraw_type': this.transferMethod (code, params),
            'walletselected': this.options['wallet'],
            'amount': this.numberToString (amount),
            'address': address,
        };
        if (tag !== undefined) {
            request['payment_id'] = tag;
        }
        const response = await this.privatePostWithdraw (this.extend (request, this.omit (params, [ 'method', 'network' ])));
        const result = this.safeDict (response, 0, {});
        const status = this.safeString (result, 'status');
        if (status !== 'success') {
            throw new ExchangeError (this.id + ' withdraw () failed: ' + this.safeString (result, 'message', ''));
        }
        return this.safeTransaction ({
            'id': this.safeString (result, 'withdrawal_id'),
            'type': 'withdrawal',
            'address': address,
            'tag': tag,
            'network': this.methodNetwork (code, request['withdraw_type']),
            'amount': request['amount'],
            'currency': code,
            'info': response,
        });
    }

    async fetchDepositWithdrawFees (codes = undefined, params = {}) {
        // account_fees: { withdraw: { currency: fee } }, the account's withdrawal fee of each currency (an
        // amount); deposits and networks are not reported.
        await this.loadMarkets ();
        const response = await this.privatePostAccountFees (params);
        const fees = this.safeDict (response, 'withdraw', {});
        const ids = Object.keys (fees);
        const result = {};
        for (let i = 0; i < ids.length; i++) {
            const code = this.safeCurrencyCode (ids[i]);
            if ((codes !== undefined) && !this.inArray (code, codes)) {
                continue;
            }
            result[code] = {
                'code': code,
                'withdraw': this.feeAmount (this.safeNumber (fees, ids[i])),
                'deposit': {},
                'networks': {},
                'info': this.safeValue (fees, ids[i]),
            };
        }
        return result;
    }

    async transfer (code, amount, fromAccount, toAccount, params = {}) {
        // transfer between the wallets of the account: { status, message } in a list.
        await this.loadMarkets ();
        const currency = this.currency (code);
        const request = {
            'amount': this.numberToString (amount),
            'currency': currency['id'].toUpperCase (),
            'walletfrom': this.accountTypeId (fromAccount),
            'walletto': this.accountTypeId (toAccount),
        };
        const response = await this.privatePostTransfer (this.extend (request, params));
        const result = this.safeDict (response, 0, {});
        const status = this.safeString (result, 'status');
        if (status !== 'success') {
            throw new ExchangeError (this.id + ' transfer () failed: ' + this.safeString (result, 'message', ''));
        }
        return this.safeTransfer ({
            'currency': code,
            'amount': request['amount'],
            'fromAccount': fromAccount,
            'toAccount': toAccount,
            'status': 'ok',
            'info': response,
        });
    }

    // --- transport -----------------------------------------------------------------------------------

    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        const request = '/' + this.version + '/' + this.implodeParams (path, params);
        let url = this.urls['api'] + request;
        const query = this.omit (params, this.extractParams (path));
        if (api === 'public') {
            if (Object.keys (query).length > 0) {
                url = url + '?' + this.urlencode (query);
            }
            return { 'url': url, 'method': method, 'body': body, 'headers': headers };
        }
        // The payload is the JSON body with the path and a nonce, base64-encoded in X-BFX-PAYLOAD and
        // signed with HMAC-SHA384 (hex) in X-BFX-SIGNATURE.
        this.checkRequiredCredentials ();
        body = this.json (this.extend ({ 'request': request, 'nonce': this.numberToString (this.nonce ()) }, query));
        const payload = this.stringToBase64 (body);
        headers = {
            'X-BFX-APIKEY': this.apiKey,
            'X-BFX-PAYLOAD': payload,
            'X-BFX-SIGNATURE': this.hmac (this.encode (payload), this.encode (this.secret), 'sha384'),
            'Content-Type': 'application/json',
        };
        return { 'url': url, 'method': method, 'body': body, 'headers': headers };
    }

    handleErrors (status, reason, url, method, responseHeaders, responseBody, response, requestHeaders, requestBody) {
        // Errors are { "message": "..." } (or { "error": "ERR_RATE_LIMIT" }) with HTTP 4xx or 5xx.
        if ((status < 400) || (response === undefined) || Array.isArray (response)) {
            return;
        }
        const message = this.safeString2 (response, 'message', 'error');
        if (message === undefined) {
            return;
        }
        const feedback = this.id + ' ' + message;
        this.throwExactlyMatchedException (this.exceptions['exact'], message, feedback);
        this.throwBroadlyMatchedException (this.exceptions['broad'], message, feedback);
        throw new ExchangeError (feedback);
    }

    // --- streaming: WebSocket API v2, public channels (https://docs.bitfinex.com/docs/ws-public) --------------------

    streamSymbol (market) {
        // v2 names trading pairs tBTCUSD where v1 says btcusd.
        return 't' + market['id'].toUpperCase ();
    }

    async watchChannel (channel, market, messageHash, extra = {}) {
        const symbol = this.streamSymbol (market);
        const message = this.extend ({ 'event': 'subscribe', 'channel': channel, 'symbol': symbol }, extra);
        this.requestChannel (channel + ':' + symbol);
        return await this.watch (this.streamUrl ('public'), messageHash, channel + ':' + symbol, message);
    }

    requestChannel (subscribeHash) {
        // The subscriptions sent, by subscribe hash: a subscribed event is kept only for one of them. One watched
        // again is no longer abandoned (see unWatchChannel): its subscribed event is the new watch's.
        const requested = this.streamState ('requestedChannels', {});
        requested[subscribeHash] = true;
        this.setStreamState ('requestedChannels', requested);
        const abandoned = this.streamState ('abandonedChannels', {});
        delete abandoned[subscribeHash];
        this.setStreamState ('abandonedChannels', abandoned);
    }

    async watchTicker (symbol, params = {}) {
        await this.loadMarkets ();
        const market = this.market (symbol);
        return await this.watchChannel ('ticker', market, 'ticker:' + market['symbol']);
    }

    async watchTrades (symbol, since = undefined, limit = undefined, params = {}) {
        await this.loadMarkets ();
        const market = this.market (symbol);
        const trades = await this.watchChannel ('trades', market, 'trades:' + market['symbol']);
        return this.filterBySinceLimit (trades, since, limit, 'timestamp', true);
    }

    async watchOHLCV (symbol, timeframe = '1m', since = undefined, limit = undefined, params = {}) {
        // The candles channel names its stream by a key: trade:<timeframe>:<symbol>.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const key = 'trade:' + this.streamTimeframe (timeframe) + ':' + this.streamSymbol (market);
        const message = { 'event': 'subscribe', 'channel': 'candles', 'key': key };
        this.requestChannel ('candles:' + key);
        const candles = await this.watch (this.streamUrl ('public'), 'ohlcv:' + key, 'candles:' + key, message);
        return this.filterBySinceLimit (candles, since, limit, 0, true);
    }

    async unWatchTicker (symbol, params = {}) {
        await this.unWatchChannel ('ticker', symbol, 'ticker:');
    }

    async unWatchTrades (symbol, params = {}) {
        await this.unWatchChannel ('trades', symbol, 'trades:');
    }

    async unWatchOrderBook (symbol, params = {}) {
        await this.unWatchChannel ('book', symbol, 'book:');
    }

    async unWatchChannel (channel, symbol, prefix) {
        // Unsubscribing names the chanId that the subscribed event gave. That event may not have come yet (none has,
        // or after a reconnect the chanId known is the last connection's): the subscription is abandoned, so that
        // an event of it still to come unsubscribes it (handleSubscribed), where the server went on sending its
        // frames and refused the next watch of it as already subscribed.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const subscribeHash = channel + ':' + this.streamSymbol (market);
        const chanIds = this.streamState ('chanIds', {});
        const channels = this.streamState ('channels', {});
        const requested = this.streamState ('requestedChannels', {});
        const chanKey = this.safeString (chanIds, subscribeHash);
        const chanId = this.safeInteger (chanIds, subscribeHash);
        if (this.channelNames (channels, chanKey, subscribeHash)) {
            delete channels[chanKey];
        }
        if (this.safeValue (requested, subscribeHash) !== undefined) {
            const abandoned = this.streamState ('abandonedChannels', {});
            abandoned[subscribeHash] = true;
            this.setStreamState ('abandonedChannels', abandoned);
        }
        delete chanIds[subscribeHash];
        delete requested[subscribeHash];
        this.setStreamState ('channels', channels);
        this.setStreamState ('chanIds', chanIds);
        this.setStreamState ('requestedChannels', requested);
        this.setStreamState (prefix + market['symbol'], undefined);
        const message = (chanId === undefined) ? undefined : { 'event': 'unsubscribe', 'chanId': chanId };
        await this.unwatch (this.streamUrl ('public'), subscribeHash, message);
    }

    async watchOrderBook (symbol, limit = undefined, params = {}) {
        // The raw precision book (P0) of 25 levels a side, with checksums: the connection asks for them once
        // (conf flag 131072), before its first book.
        await this.loadMarkets ();
        const market = this.market (symbol);
        this.rememberBookLimit (market['symbol'], limit);
        const url = this.streamUrl ('public');
        await this.subscribe (url, 'conf', { 'event': 'conf', 'flags': 131072 });
        const book = await this.watchChannel ('book', market, 'book:' + market['symbol'], { 'prec': 'P0', 'freq': 'F0', 'len': '25' });
        return this.limitOrderBook (book, limit);
    }

    // the account info channel (chanId 0) of an authenticated connection (https://docs.bitfinex.com/docs/ws-auth)

    authenticationMessage () {
        // HMAC-SHA384 (hex) of 'AUTH' + nonce; the nonce grows with the clock (microseconds).
        this.checkRequiredCredentials ();
        const nonce = this.numberToString (this.milliseconds () * 1000);
        const payload = 'AUTH' + nonce;
        return {
            'event': 'auth',
            'apiKey': this.apiKey,
            'authSig': this.hmac (this.encode (payload), this.encode (this.secret), 'sha384'),
            'authNonce': nonce,
            'authPayload': payload,
        };
    }

    async resubscribeMessage (url, subscribeHash, message) {
        // A new connection is authenticated with a new nonce.
        return (subscribeHash === 'auth') ? this.authenticationMessage () : message;
    }

    async watchAccount (messageHash) {
        // Authenticating subscribes to everything of the account: each watch waits for its part.
        await this.loadMarkets ();
        return await this.watch (this.streamUrl ('private'), messageHash, 'auth', this.authenticationMessage ());
    }

    async watchBalance (params = {}) {
        return await this.watchAccount ('balance');
    }

    async watchOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        const orders = await this.watchAccount ('orders');
        return this.filterBySymbolSinceLimit (orders, symbol, since, limit, true);
    }

    async watchMyTrades (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        const trades = await this.watchAccount ('myTrades');
        return this.filterBySymbolSinceLimit (trades, symbol, since, limit, true);
    }

    handleAccountMessage (url, message) {
        // [ 0, 'ws', wallets ] and [ 0, 'wu', wallet ]; [ 0, 'os', orders ] and [ 0, 'on' | 'ou' | 'oc', order ];
        // [ 0, 'tu', trade ] (the trade with its fee; 'te', the same trade earlier without it, is left out).
        const kind = this.safeString (message, 1);
        const payload = this.safeList (message, 2, []);
        if (kind === 'ws') {
            this.handleWallets (url, payload);
        } else if (kind === 'wu') {
            this.handleWallets (url, [ payload ]);
        } else if (kind === 'os') {
            for (let i = 0; i < payload.length; i++) {
                this.handleStreamOrder (url, payload[i]);
            }
        } else if ((kind === 'on') || (kind === 'ou') || (kind === 'oc')) {
            this.handleStreamOrder (url, payload);
        } else if (kind === 'tu') {
            this.handleStreamMyTrade (url, payload);
        }
    }

    handleWallets (url, wallets) {
        // [ type, currency, balance, unsettled interest, available balance, ... ]: the exchange wallets only.
        const accounts = {};
        for (let i = 0; i < wallets.length; i++) {
            if (this.safeString (wallets[i], 0) !== 'exchange') {
                continue;
            }
            const account = this.account ();
            account['total'] = this.safeString (wallets[i], 2);
            account['free'] = this.safeString (wallets[i], 4);
            accounts[this.safeCurrencyCode (this.safeString (wallets[i], 1))] = account;
        }
        this.resolveBalance (url, accounts, wallets);
    }

    streamMarket (symbol) {
        // tBTCUSD -> the market btcusd.
        return this.safeMarket ((symbol === undefined) ? undefined : symbol.slice (1).toLowerCase ());
    }

    handleStreamOrder (url, order) {
        // [ id, gid, cid, symbol, created, updated, amount left (negative: a sell), amount, type, previous type,
        //   time in force, _, flags, status, _, _, price, average price, ... ]
        const market = this.streamMarket (this.safeString (order, 3));
        const amount = this.safeString (order, 7);
        const status = this.safeString (order, 13, '');
        let unified = 'open';
        if (status.startsWith ('EXECUTED')) {
            unified = 'closed';
        } else if (status.indexOf ('CANCELED') >= 0) {
            unified = 'canceled';
        }
        // A stop's PRICE is its trigger (a stop limit's limit price is PRICE_AUX_LIMIT), a trailing stop's
        // PRICE_TRAILING its distance.
        const [ type, timeInForce, kind ] = this.orderKind (this.safeString (order, 8));
        let price = this.safeString (order, 16);
        let triggerPrice = undefined;
        if (kind === 'stop') {
            triggerPrice = price;
            price = (type === 'limit') ? this.safeString (order, 19) : undefined;
        } else if (kind === 'trailing') {
            price = undefined;
        }
        const result = this.safeOrder ({
            'id': this.safeString (order, 0),
            'clientOrderId': this.safeString (order, 2),
            'symbol': market['symbol'],
            'timestamp': this.safeInteger (order, 4),
            'lastUpdateTimestamp': this.safeInteger (order, 5),
            'status': unified,
            'type': type,
            'timeInForce': timeInForce,
            'side': Precise.stringLt (amount, '0') ? 'sell' : 'buy',
            'price': price,
            'triggerPrice': triggerPrice,
            'average': this.safeString (order, 17),
            'amount': Precise.stringAbs (amount),
            'remaining': Precise.stringAbs (this.safeString (order, 6)),
            'info': order,
        }, market);
        this.resolveOrder (url, 'orders', result);
    }

    handleStreamMyTrade (url, trade) {
        // [ id, symbol, time, order id, amount (negative: a sell), price, order type, order price, maker (1, or
        //   -1 for a taker), fee (negative: paid), fee currency, cid ]
        const market = this.streamMarket (this.safeString (trade, 1));
        const amount = this.safeString (trade, 4);
        const fee = this.safeString (trade, 9);
        const result = this.safeTrade ({
            'id': this.safeString (trade, 0),
            'order': this.safeString (trade, 3),
            'symbol': market['symbol'],
            'timestamp': this.safeInteger (trade, 2),
            'side': Precise.stringLt (amount, '0') ? 'sell' : 'buy',
            'takerOrMaker': (this.safeInteger (trade, 8) === 1) ? 'maker' : 'taker',
            'price': this.safeString (trade, 5),
            'amount': Precise.stringAbs (amount),
            'fee': (fee === undefined) ? undefined : { 'cost': Precise.stringNeg (fee), 'currency': this.safeCurrencyCode (this.safeString (trade, 10)) },
            'info': trade,
        }, market);
        this.resolveCached (url, 'myTrades', result);
    }

    async handleMessage (url, message) {
        // Events { event: subscribed | error | info | conf | auth }; channel data [ chanId, payload ], with the
        // channel and symbol known from its subscribed event; [ chanId, 'hb' ] is a heartbeat; chanId 0 is the
        // account of an authenticated connection.
        if (!Array.isArray (message)) {
            await this.handleStreamEvent (url, message);
            return;
        }
        if (this.safeInteger (message, 0) === 0) {
            this.handleAccountMessage (url, message);
            return;
        }
        const channels = this.streamState ('channels', {});
        const subscribed = this.safeDict (channels, this.safeString (message, 0));
        const payload = this.safeValue (message, 1);
        if ((subscribed === undefined) || (payload === 'hb')) {
            return;
        }
        const channel = this.safeString (subscribed, 'channel');
        if (channel === 'candles') {
            this.handleCandlesData (url, payload, this.safeString (subscribed, 'key'));
            return;
        }
        const market = this.safeMarket (this.safeStringLower (subscribed, 'pair'));
        if (channel === 'ticker') {
            this.handleTickerData (url, payload, market);
        } else if (channel === 'trades') {
            this.handleTradesData (url, message, market);
        } else if (channel === 'book') {
            await this.handleBookData (url, message, market);
        }
    }

    async handleStreamEvent (url, message) {
        // An error of a subscription already there (10301: watched again before the server answered the watch
        // before, whose chanId carries its frames) or of an unsubscribe (10400, 10401: a chanId the server no
        // longer has) fails no caller.
        const event = this.safeString (message, 'event');
        const code = this.safeString (message, 'code');
        if ((event === 'subscribed') && (typeof url === 'string') && (url === this.streamUrl ('public'))) {
            await this.handleSubscribed (url, message); // (the private connection's server named public channels: round 69)
        } else if ((event === 'auth') && (this.safeString (message, 'status') !== 'OK')) {
            this.rejectUpdate (url, undefined, AuthenticationError, this.id + ' ' + this.safeString (message, 'code', '') + ' ' + this.safeString (message, 'msg', 'refused the authentication'));
        } else if ((event === 'error') && (code !== '10301') && (code !== '10400') && (code !== '10401')) {
            this.rejectUpdate (url, undefined, BadRequest, this.id + ' ' + this.safeString (message, 'code', '') + ' ' + this.safeString (message, 'msg', 'refused the request'));
        }
    }

    channelNames (channels, chanId, subscribeHash) {
        // Whether the channel of a chanId is still this subscription's: after a reconnect, one subscription's old
        // chanId may be another's new one.
        return (chanId !== undefined) && (this.safeString (this.safeDict (channels, chanId, {}), 'hash') === subscribeHash);
    }

    async handleSubscribed (url, message) {
        // The channel of a chanId, kept only for a subscription the client sent, one chanId each (the one answered
        // last), and only the fields read: every subscribed event was kept whole, under any chanId a server chose.
        // Its market is the symbol subscribed to (tBTCUSD: BTCUSD), not the pair the event names besides. A
        // connection made again gives chanIds anew, one subscription's old id maybe another's new one: a chanId is
        // dropped only for the subscription it names (BTC's new 6 was dropped as ETH's old one: red-team round 70).
        // The event of a subscription unwatched before it came (abandoned) unsubscribes its chanId.
        const channel = this.safeString (message, 'channel');
        const chanId = this.safeString (message, 'chanId');
        const subscribeHash = (channel === 'candles') ? ('candles:' + this.safeString (message, 'key', '')) : (channel + ':' + this.safeString (message, 'symbol', ''));
        if ((channel === undefined) || (chanId === undefined)) {
            return;
        }
        if (this.safeValue (this.streamState ('requestedChannels', {}), subscribeHash) === undefined) {
            const abandoned = this.streamState ('abandonedChannels', {});
            if (this.safeValue (abandoned, subscribeHash) !== undefined) {
                delete abandoned[subscribeHash];
                this.setStreamState ('abandonedChannels', abandoned);
                await this.sendFrame (url, { 'event': 'unsubscribe', 'chanId': this.safeInteger (message, 'chanId') });
            }
            return;
        }
        const channels = this.streamState ('channels', {});
        const chanIds = this.streamState ('chanIds', {});
        const previous = this.safeString (chanIds, subscribeHash);
        if (this.channelNames (channels, previous, subscribeHash)) {
            delete channels[previous];
        }
        const replaced = this.safeString (this.safeDict (channels, chanId, {}), 'hash');
        if (replaced !== undefined) {
            delete chanIds[replaced]; // (the subscription that this chanId named before, whose own new one follows)
        }
        channels[chanId] = {
            'hash': subscribeHash,
            'channel': channel,
            'symbol': this.safeString (message, 'symbol'),
            'pair': this.safeString (message, 'symbol', '').slice (1),
            'key': this.safeString (message, 'key'),
        };
        chanIds[subscribeHash] = chanId;
        this.setStreamState ('channels', channels);
        this.setStreamState ('chanIds', chanIds);
    }

    handleTickerData (url, ticker, market) {
        // [ bid, bid size, ask, ask size, daily change, daily change relative, last price, volume, high, low ]
        const result = this.safeTicker ({
            'symbol': market['symbol'],
            'bid': this.safeString (ticker, 0),
            'bidVolume': this.safeString (ticker, 1),
            'ask': this.safeString (ticker, 2),
            'askVolume': this.safeString (ticker, 3),
            'change': this.safeString (ticker, 4),
            'percentage': Precise.stringMul (this.safeString (ticker, 5), '100'),
            'last': this.safeString (ticker, 6),
            'baseVolume': this.safeString (ticker, 7),
            'high': this.safeString (ticker, 8),
            'low': this.safeString (ticker, 9),
            'info': ticker,
        }, market);
        this.resolveTicker (url, result);
    }

    handleCandlesData (url, payload, key) {
        // A snapshot [ [ time, open, close, high, low, volume ], ... ] (newest first), then one candle at a time.
        if (!Array.isArray (payload)) {
            return;
        }
        const messageHash = 'ohlcv:' + key;
        if (!this.isWatched (url, messageHash)) {
            return; // nothing kept for what no caller watches (a server names symbols at will)
        }
        let candles = [ payload ];
        let cache = this.streamState (messageHash, []);
        if ((payload.length === 0) || Array.isArray (this.safeValue (payload, 0))) {
            candles = this.sortBy (payload, 0);
            cache = []; // a snapshot (again after a reconnect) starts the cache anew
        }
        for (let i = 0; i < candles.length; i++) {
            const candle = candles[i];
            cache = this.appendCandle (cache, [ this.safeInteger (candle, 0), this.safeNumber (candle, 1), this.safeNumber (candle, 3), this.safeNumber (candle, 4), this.safeNumber (candle, 2), this.safeNumber (candle, 5) ]);
        }
        this.setStreamState (messageHash, cache);
        this.resolveUpdate (url, cache, messageHash);
    }

    parseStreamTrade (trade, market) {
        // [ id, time (ms), amount (negative: a sell), price ]
        const amount = this.safeString (trade, 2);
        return this.safeTrade ({
            'id': this.safeString (trade, 0),
            'symbol': market['symbol'],
            'timestamp': this.safeInteger (trade, 1),
            'side': Precise.stringLt (amount, '0') ? 'sell' : 'buy',
            'price': this.safeString (trade, 3),
            'amount': Precise.stringAbs (amount),
            'info': trade,
        }, market);
    }

    handleTradesData (url, message, market) {
        // A snapshot [ chanId, [ trades, newest first ] ], then [ chanId, 'te', trade ] as trades happen ('tu'
        // repeats a te with its id: left out).
        const messageHash = 'trades:' + market['symbol'];
        if (!this.isWatched (url, messageHash)) {
            return; // nothing kept for what no caller watches (a server names symbols at will)
        }
        let cache = this.streamState (messageHash, []);
        const kind = this.safeValue (message, 1);
        if (Array.isArray (kind)) {
            const trades = [];
            for (let i = 0; i < kind.length; i++) {
                trades.push (this.parseStreamTrade (kind[i], market));
            }
            const sorted = this.sortBy (trades, 'timestamp');
            for (let i = 0; i < sorted.length; i++) {
                cache = this.appendToCache (cache, sorted[i]);
            }
        } else if (kind === 'te') {
            cache = this.appendToCache (cache, this.parseStreamTrade (this.safeList (message, 2, []), market));
        } else {
            return;
        }
        this.setStreamState (messageHash, cache);
        this.resolveUpdate (url, cache, messageHash);
    }

    async handleBookData (url, message, market) {
        // A snapshot [ chanId, [ [ price, count, amount ], ... ] ], then one level [ chanId, [ price, count,
        // amount ] ]: amount > 0 a bid, < 0 an ask, count 0 removes the level. [ chanId, 'cs', checksum ]
        // checks the top 25 levels; a mismatch subscribes again for a new snapshot.
        const symbol = market['symbol'];
        const messageHash = 'book:' + symbol;
        if (!this.isWatched (url, messageHash)) {
            return; // nothing kept for what no caller watches (a server names symbols at will)
        }
        const payload = this.safeValue (message, 1);
        let book = this.streamState (messageHash);
        if (payload === 'cs') {
            if ((book !== undefined) && (this.safeString (message, 2) !== this.bookChecksum (book))) {
                this.resyncBook (url, messageHash, symbol + ' order book checksum mismatch');
                const subscription = { 'event': 'subscribe', 'channel': 'book', 'symbol': this.streamSymbol (market), 'prec': 'P0', 'freq': 'F0', 'len': '25' };
                await this.sendFrame (url, { 'event': 'unsubscribe', 'chanId': this.safeInteger (message, 0) });
                await this.sendFrame (url, subscription);
            } else if (book !== undefined) {
                this.bookIsRight (messageHash);
            }
            return;
        }
        if (!Array.isArray (payload)) {
            return;
        }
        let levels = [ payload ];
        if ((payload.length === 0) || Array.isArray (this.safeValue (payload, 0))) {
            book = this.newOrderBook (symbol, 25);
            levels = payload;
        } else if (book === undefined) {
            return;
        }
        // Each side's levels at once (a snapshot's levels one by one took time quadratic in its size).
        const bids = [];
        const asks = [];
        for (let i = 0; i < levels.length; i++) {
            const entry = levels[i];
            const amount = this.safeString (entry, 2);
            const level = [ this.safeString (entry, 0), (this.safeInteger (entry, 1) === 0) ? '0' : Precise.stringAbs (amount) ];
            if (Precise.stringGt (amount, '0')) {
                bids.push (level);
            } else {
                asks.push (level);
            }
        }
        book = this.setBookLevels (this.setBookLevels (book, 'bids', bids), 'asks', asks);
        this.setStreamState (messageHash, book);
        this.resolveUpdate (url, this.orderBookView (book), messageHash);
    }

    bookChecksum (book) {
        // CRC32 of the top 25 levels, bid then ask at each rank, as price:amount with the ask amounts
        // negative, joined by ':'; Bitfinex sends it as a signed 32-bit integer.
        const bids = this.bookTexts (book, 'bids', 25);
        const asks = this.bookTexts (book, 'asks', 25);
        const parts = [];
        for (let i = 0; i < 25; i++) {
            if (i < bids.length) {
                parts.push (bids[i][0]);
                parts.push (bids[i][1]);
            }
            if (i < asks.length) {
                parts.push (asks[i][0]);
                parts.push (Precise.stringNeg (asks[i][1]));
            }
        }
        let checksum = this.crc32 (parts.join (':'));
        if (checksum > 2147483647) {
            checksum = checksum - 4294967296;
        }
        return this.numberToString (checksum);
    }
}
