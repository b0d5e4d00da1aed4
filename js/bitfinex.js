// Bitfinex REST API v1: https://docs.bitfinex.com/v1/docs (the v2 API is the separate id bitfinex2)
import Exchange from './base/Exchange.js';
import { ArgumentsRequired, AuthenticationError, BadRequest, BadSymbol, ExchangeError, ExchangeNotAvailable, InsufficientFunds, InvalidAddress, InvalidNonce, InvalidOrder, NotSupported, OrderNotFound, PermissionDenied, RateLimitExceeded } from './base/errors.js';
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
            },
            'urls': {
                'logo': 'https://www.bitfinex.com/assets/bfx-stacked.png',
                'api': 'https://api.bitfinex.com',
                'www': 'https://www.bitfinex.com',
                'doc': 'https://docs.bitfinex.com/v1/docs',
                'fees': 'https://www.bitfinex.com/fees',
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
            result.push ({
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
            });
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
        // is a market order triggered at its price; fill-or-kill a limit order with timeInForce FOK.
        let type = this.safeString (order, 'type');
        if ((type !== undefined) && type.startsWith ('exchange ')) {
            type = type.slice (9);
        }
        let price = this.safeString (order, 'price');
        let triggerPrice = undefined;
        let timeInForce = undefined;
        if (type === 'stop') {
            type = 'market';
            triggerPrice = price;
            price = undefined;
        } else if (type === 'fill-or-kill') {
            type = 'limit';
            timeInForce = 'FOK';
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
            if (transactions[i]['type'] === type) {
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
}
