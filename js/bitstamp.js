// Bitstamp HTTP API v2: https://www.bitstamp.net/api/
import Exchange from './base/Exchange.js';
import { AccountSuspended, ArgumentsRequired, AuthenticationError, BadRequest, BadSymbol, ExchangeError, InsufficientFunds, InvalidAddress, InvalidNonce, InvalidOrder, NotSupported, OrderNotFound, PermissionDenied, RateLimitExceeded } from './base/errors.js';
import Precise from './base/Precise.js';
import { TICK_SIZE } from './base/functions/number.js';

export default class bitstamp extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'bitstamp',
            'name': 'Bitstamp',
            'countries': [ 'GB' ],
            'version': 'v2',
            // 10,000 requests per 10 minutes by default: one every 60 ms, with some room.
            'rateLimit': 75,
            'has': {
                'fetchCurrencies': true,
                'fetchTicker': true,
                'fetchTickers': true,
                'fetchOrderBook': true,
                'fetchOHLCV': true,
                'fetchTrades': true,
                'fetchBalance': true,
                'createOrder': true,
                'cancelOrder': true,
                'cancelAllOrders': true,
                'fetchOrder': true,
                'fetchOpenOrders': true,
                'fetchClosedOrders': false, // the API keeps no list of finished orders
                'fetchMyTrades': true,
                'fetchDeposits': true,
                'fetchWithdrawals': true,
                'fetchDepositAddress': true,
                'withdraw': true,
                'fetchOrderTrades': true,
                'fetchTradingFee': true,
                'fetchTradingFees': true,
                'fetchDepositWithdrawFees': true,
                'createMarketBuyOrderWithCost': true,
                'watchOrderBook': true,
                'watchTrades': true,
                'watchOrders': true,
                'watchMyTrades': true,
            },
            'urls': {
                'logo': 'https://www.bitstamp.net/s/webapp/images/bitstamp-logo.svg',
                'api': 'https://www.bitstamp.net/api',
                'www': 'https://www.bitstamp.net',
                'doc': 'https://www.bitstamp.net/api/',
                'fees': 'https://www.bitstamp.net/fee-schedule/',
                // WebSocket API v2: https://www.bitstamp.net/websocket/v2/
                'ws': {
                    'public': 'wss://ws.bitstamp.net',
                },
            },
            'api': {
                'public': {
                    'get': [
                        'ohlc/{pair}/',
                        'order_book/{pair}/',
                        'ticker/',
                        'ticker/{pair}/',
                        'ticker_hour/{pair}/',
                        'transactions/{pair}/',
                        'markets/',
                        'currencies/',
                        'eur_usd/',
                        'travel_rule/vasps/',
                    ],
                },
                'private': {
                    'post': [
                        'account_balances/',
                        'account_balances/{currency}/',
                        'user_transactions/',
                        'user_transactions/{pair}/',
                        'crypto-transactions/',
                        'open_orders/all/',
                        'open_orders/{pair}/',
                        'order_status/',
                        'cancel_order/',
                        'cancel_all_orders/',
                        'cancel_all_orders/{pair}/',
                        'buy/{pair}/',
                        'buy/market/{pair}/',
                        'buy/instant/{pair}/',
                        'sell/{pair}/',
                        'sell/market/{pair}/',
                        'sell/instant/{pair}/',
                        'replace_order/',
                        'fees/trading/',
                        'fees/trading/{pair}/',
                        'fees/withdrawal/',
                        'fees/withdrawal/{currency}/',
                        'withdrawal-requests/',
                        'withdrawal/open/',
                        'withdrawal/status/',
                        'withdrawal/cancel/',
                        '{currency}_withdrawal/',
                        '{currency}_address/',
                        'ripple_withdrawal/',
                        'ripple_address/',
                        'transfer-to-main/',
                        'transfer-from-main/',
                        'liquidation_address/new/',
                        'liquidation_address/info/',
                        'my_markets/',
                        'websockets_token/',
                        'earn/subscriptions/',
                        'earn/transactions/',
                        'revoke_all_api_keys/',
                    ],
                },
            },
            'timeframes': {
                '1m': '60',
                '3m': '180',
                '5m': '300',
                '15m': '900',
                '30m': '1800',
                '1h': '3600',
                '2h': '7200',
                '4h': '14400',
                '6h': '21600',
                '12h': '43200',
                '1d': '86400',
                '3d': '259200',
            },
            'requiredCredentials': {
                'apiKey': true,
                'secret': true,
            },
            'fees': {
                'trading': {
                    'tierBased': true,
                    'percentage': true,
                    'taker': 0.004,
                    'maker': 0.003,
                },
            },
            'precisionMode': TICK_SIZE,
            'options': {
                // Unified network codes and Bitstamp's network names (currencies/, crypto-transactions/,
                // fees/withdrawal/); a name not listed is reported as Bitstamp writes it.
                'networks': {
                    'BTC': 'bitcoin',
                    'ERC20': 'ethereum',
                },
                'orderStatuses': {
                    'Open': 'open',
                    'Finished': 'closed',
                    'Canceled': 'canceled',
                    'Expired': 'expired',
                },
            },
            'exceptions': {
                'exact': {
                    'API0002': PermissionDenied,
                    'API0003': PermissionDenied,
                    'API0004': InvalidNonce,
                    'API0005': AuthenticationError,
                    'API0006': AccountSuspended,
                    'API0008': AuthenticationError,
                    'API0011': AuthenticationError,
                    'API0012': AuthenticationError,
                    'API0013': InvalidNonce,
                    'API0017': AuthenticationError,
                    'API0021': RateLimitExceeded,
                    'Order not found': OrderNotFound,
                    'Order not found.': OrderNotFound,
                },
                'broad': {
                    'Check your account balance for details': InsufficientFunds,
                    'You have only': InsufficientFunds,
                    'Minimum order size is': InvalidOrder,
                    'Ensure this value': InvalidOrder,
                    'Price is more than': InvalidOrder,
                    'Price is less than': InvalidOrder,
                    'Invalid nonce': InvalidNonce,
                    'Missing key, signature and nonce parameters': AuthenticationError,
                    'Your account is frozen': AccountSuspended,
                    'Please update your profile': PermissionDenied,
                    'Invalid currency pair': BadSymbol,
                    'Address is invalid': InvalidAddress,
                    'Rate limit exceeded': RateLimitExceeded,
                },
            },
        });
    }

    // --- markets and currencies ----------------------------------------------------------------------

    async fetchCurrencies (params = {}) {
        const response = await this.publicGetCurrencies (params);
        const result = {}; // by unified code
        for (let i = 0; i < response.length; i++) {
            const entry = response[i];
            const id = this.safeString (entry, 'currency');
            const deposit = this.safeString (entry, 'deposit') === 'Enabled';
            const withdraw = this.safeString (entry, 'withdrawal') === 'Enabled';
            const code = this.safeCurrencyCode (id);
            result[code] = {
                'id': id,
                'code': code,
                'name': this.safeString (entry, 'name'),
                'active': deposit && withdraw,
                'deposit': deposit,
                'withdraw': withdraw,
                // decimals is a count of decimal places; precision is the smallest step, as on every exchange
                'precision': this.parseNumber (this.parsePrecision (this.safeString (entry, 'decimals'))),
                'info': entry,
            };
        }
        return result;
    }

    async fetchMarkets (params = {}) {
        const response = await this.publicGetMarkets (params);
        const result = [];
        for (let i = 0; i < response.length; i++) {
            const entry = response[i];
            const baseId = this.safeString (entry, 'base_currency');
            const quoteId = this.safeString (entry, 'counter_currency');
            const base = this.safeCurrencyCode (baseId);
            const quote = this.safeCurrencyCode (quoteId);
            result.push (this.safeMarketStructure ({
                'id': this.safeString (entry, 'market_symbol'),
                'symbol': base + '/' + quote,
                'base': base,
                'quote': quote,
                'baseId': baseId,
                'quoteId': quoteId,
                'active': this.safeString (entry, 'trading') === 'Enabled',
                'type': 'spot',
                'spot': true,
                'taker': this.fees['trading']['taker'],
                'maker': this.fees['trading']['maker'],
                // base_decimals and counter_decimals count decimal places; the precision is the step they allow
                'precision': {
                    'amount': this.parseNumber (this.parsePrecision (this.safeString (entry, 'base_decimals'))),
                    'price': this.parseNumber (this.parsePrecision (this.safeString (entry, 'counter_decimals'))),
                },
                // The smallest and largest order, in the base currency (amount) and the counter currency (value).
                'limits': {
                    'amount': { 'min': this.safeNumber (entry, 'minimum_order_amount'), 'max': this.safeNumber (entry, 'maximum_order_amount') },
                    'price': { 'min': undefined, 'max': undefined },
                    'cost': { 'min': this.safeNumber (entry, 'minimum_order_value'), 'max': this.safeNumber (entry, 'maximum_order_value') },
                },
                'info': entry,
            }));
        }
        return result;
    }

    // --- market data ---------------------------------------------------------------------------------

    parseTicker (ticker, market = undefined) {
        // 'open' is the day's first price; the 24-hour values are high, low, volume, vwap and open_24. The quote
        // volume is not given: it is the base volume at the volume-weighted average price.
        const baseVolume = this.safeString (ticker, 'volume');
        const vwap = this.safeString (ticker, 'vwap');
        let quoteVolume = undefined;
        if ((baseVolume !== undefined) && (vwap !== undefined)) {
            quoteVolume = Precise.stringMul (baseVolume, vwap);
        }
        return this.safeTicker ({
            'symbol': this.safeMarketByName (this.safeString (ticker, 'pair'), market)['symbol'],
            'timestamp': this.safeTimestamp (ticker, 'timestamp'),
            'high': this.safeString (ticker, 'high'),
            'low': this.safeString (ticker, 'low'),
            'bid': this.safeString (ticker, 'bid'),
            'ask': this.safeString (ticker, 'ask'),
            'vwap': vwap,
            'open': this.safeString (ticker, 'open_24'),
            'last': this.safeString (ticker, 'last'),
            'percentage': this.safeString (ticker, 'percent_change_24'),
            'baseVolume': baseVolume,
            'quoteVolume': quoteVolume,
            'info': ticker,
        }, market);
    }

    async fetchTicker (symbol, params = {}) {
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetTickerPair (this.extend ({ 'pair': market['id'] }, params));
        return this.parseTicker (response, market);
    }

    async fetchTickers (symbols = undefined, params = {}) {
        // Tickers of all markets name theirs as 'BTC/USD'.
        await this.loadMarkets ();
        const response = await this.publicGetTicker (params);
        return this.parseTickers (response, symbols);
    }

    async fetchOrderBook (symbol, limit = undefined, params = {}) {
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetOrderBookPair (this.extend ({ 'pair': market['id'] }, params));
        const timestamp = this.safeIntegerProduct (response, 'microtimestamp', 0.001);
        const book = this.parseOrderBook (response, market['symbol'], timestamp);
        if (limit !== undefined) {
            book['bids'] = book['bids'].slice (0, limit);
            book['asks'] = book['asks'].slice (0, limit);
        }
        return book;
    }

    parseOHLCV (ohlcv, market = undefined) {
        return [
            this.safeTimestamp (ohlcv, 'timestamp'),
            this.safeNumber (ohlcv, 'open'),
            this.safeNumber (ohlcv, 'high'),
            this.safeNumber (ohlcv, 'low'),
            this.safeNumber (ohlcv, 'close'),
            this.safeNumber (ohlcv, 'volume'),
        ];
    }

    async fetchOHLCV (symbol, timeframe = '1m', since = undefined, limit = undefined, params = {}) {
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = {
            'pair': market['id'],
            'step': this.safeString (this.timeframes, timeframe),
            'limit': (limit === undefined) ? 1000 : limit,
        };
        if (since !== undefined) {
            request['start'] = Math.floor (since / 1000);
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            request['end'] = Math.floor (until / 1000);
        }
        const response = await this.publicGetOhlcPair (this.extend (request, this.omit (params, 'until')));
        const data = this.safeDict (response, 'data', {});
        return this.parseOHLCVs (this.safeList (data, 'ohlc', []), market, timeframe, since, limit);
    }

    parseTrade (trade, market = undefined) {
        // Public trades: { date, tid, price, amount, type: '0' buy or '1' sell }. The account's trades
        // (user_transactions) name amounts by currency: { btc: '0.001', usd: '-37.00', btc_usd: '37000',
        // fee, order_id }; a positive base amount is a buy.
        if (market === undefined) {
            market = this.marketOfUserTransaction (trade);
        }
        let side = undefined;
        let amount = this.safeString (trade, 'amount');
        let price = this.safeString (trade, 'price');
        let cost = undefined;
        let fee = undefined;
        let timestamp = this.safeTimestamp (trade, 'date');
        const baseKey = this.safeStringLower (market, 'baseId');
        const quoteKey = this.safeStringLower (market, 'quoteId');
        if ((amount === undefined) && (baseKey !== undefined) && (quoteKey !== undefined)) {
            const baseAmount = this.safeString (trade, baseKey);
            price = this.safeString (trade, baseKey + '_' + quoteKey, price);
            cost = Precise.stringAbs (this.safeString (trade, quoteKey));
            amount = Precise.stringAbs (baseAmount);
            side = Precise.stringGt (baseAmount, '0') ? 'buy' : 'sell';
            fee = { 'cost': this.safeString (trade, 'fee'), 'currency': market['quote'] };
            timestamp = this.parse8601 (this.safeString (trade, 'datetime'));
        } else {
            side = (this.safeString (trade, 'type') === '0') ? 'buy' : 'sell';
        }
        return this.safeTrade ({
            'id': this.safeString2 (trade, 'tid', 'id'),
            'order': this.safeString (trade, 'order_id'),
            'symbol': market['symbol'],
            'timestamp': timestamp,
            'side': side,
            'price': price,
            'amount': amount,
            'cost': cost,
            'fee': fee,
            'info': trade,
        }, market);
    }

    marketOfUserTransaction (transaction) {
        // A user transaction's price key names its market: 'btc_usd' for btcusd.
        const keys = Object.keys (transaction);
        for (let i = 0; i < keys.length; i++) {
            const parts = keys[i].split ('_');
            if (parts.length === 2) {
                const id = parts.join ('');
                const markets = this.safeValue (this.marketsById, id);
                if (markets !== undefined) {
                    return markets[0];
                }
            }
        }
        return this.safeMarket ();
    }

    async fetchTrades (symbol, since = undefined, limit = undefined, params = {}) {
        // The last hour's trades ('time': 'minute', 'hour' or 'day' in params widens or narrows it).
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'pair': market['id'], 'time': 'hour' };
        const response = await this.publicGetTransactionsPair (this.extend (request, params));
        return this.parseTrades (response, market, since, limit);
    }

    // --- account -------------------------------------------------------------------------------------

    async fetchBalance (params = {}) {
        await this.loadMarkets ();
        const response = await this.privatePostAccountBalances (params);
        const result = { 'info': response };
        for (let i = 0; i < response.length; i++) {
            const entry = response[i];
            const account = this.account ();
            account['free'] = this.safeString (entry, 'available');
            account['used'] = this.safeString (entry, 'reserved');
            account['total'] = this.safeString (entry, 'total');
            result[this.safeCurrencyCode (this.safeString (entry, 'currency'))] = account;
        }
        return this.safeBalance (result);
    }

    async fetchTradingFees (params = {}) {
        // fees/trading/: [ { market, fees: { maker, taker } } ] in percent, one per market of the account.
        await this.loadMarkets ();
        const response = await this.privatePostFeesTrading (params);
        const result = {};
        for (let i = 0; i < response.length; i++) {
            const fee = this.parseTradingFee (response[i]);
            result[fee['symbol']] = fee;
        }
        return result;
    }

    async fetchTradingFee (symbol, params = {}) {
        // fees/trading/{pair}/: the one market's entry.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.privatePostFeesTradingPair (this.extend ({ 'pair': market['id'] }, params));
        return this.parseTradingFee (response, market);
    }

    parseTradingFee (entry, market = undefined) {
        market = this.safeMarket (this.safeString2 (entry, 'market', 'currency_pair'), market);
        const fees = this.safeDict (entry, 'fees', {});
        return {
            'symbol': market['symbol'],
            'maker': this.parseNumber (Precise.stringDiv (this.safeString (fees, 'maker'), '100')),
            'taker': this.parseNumber (Precise.stringDiv (this.safeString (fees, 'taker'), '100')),
            'info': entry,
        };
    }

    // --- orders --------------------------------------------------------------------------------------

    parseOrder (order, market = undefined) {
        // Created and open orders: { id, datetime, type: '0' buy or '1' sell, price, amount, market };
        // order_status adds status, amount_remaining and the transactions that filled it.
        market = this.safeMarketByName (this.safeString2 (order, 'market', 'currency_pair'), market);
        let side = undefined;
        const type = this.safeString (order, 'type');
        if (type === '0') {
            side = 'buy';
        } else if (type === '1') {
            side = 'sell';
        }
        const transactions = this.safeList (order, 'transactions', []);
        const trades = [];
        let filled = undefined;
        let cost = undefined;
        if (this.safeString (order, 'amount_remaining') !== undefined) {
            // The order's transactions carry positive amounts whatever the side.
            filled = '0';
            cost = '0';
            for (let i = 0; i < transactions.length; i++) {
                const transaction = this.extend (transactions[i], { 'order_id': this.safeString (order, 'id') });
                const trade = this.parseTrade (transaction, market);
                trade['side'] = side;
                trades.push (trade);
                filled = Precise.stringAdd (filled, this.numberToString (trade['amount']));
                cost = Precise.stringAdd (cost, this.numberToString (trade['cost']));
            }
        }
        // order_status/ reports amount_remaining; an open_orders/ entry reports what is left as amount, and
        // the original amount as amount_at_create.
        let remaining = this.safeString (order, 'amount_remaining');
        if ((remaining === undefined) && (this.safeString (order, 'amount_at_create') !== undefined)) {
            remaining = this.safeString (order, 'amount');
        }
        const status = this.safeString (order, 'status');
        return this.safeOrder ({
            'id': this.safeString (order, 'id'),
            'clientOrderId': this.safeString (order, 'client_order_id'),
            'symbol': market['symbol'],
            'timestamp': this.parse8601 (this.safeString (order, 'datetime')),
            'status': this.safeString (this.options['orderStatuses'], status, status),
            'side': side,
            'price': this.safeString (order, 'price'),
            'amount': this.safeString (order, 'amount_at_create', this.safeString (order, 'amount')),
            'filled': filled,
            'remaining': remaining,
            'cost': cost,
            'trades': trades,
            'info': order,
        }, market);
    }

    safeMarketByName (name, market = undefined) {
        // Responses name markets 'BTC/USD'; their ids are 'btcusd'.
        if (name === undefined) {
            return this.safeMarket (undefined, market);
        }
        const id = name.replace ('/', '').toLowerCase ();
        const markets = this.safeValue (this.marketsById, id);
        if (markets !== undefined) {
            return markets[0];
        }
        return this.safeMarket (name, market, '/');
    }

    async createOrder (symbol, type, side, amount, price = undefined, params = {}) {
        // buy/{pair}/, sell/{pair}/ (limit), buy/market/{pair}/, sell/market/{pair}/. The unified params map
        // to Bitstamp's fields: postOnly is moc_order (maker or cancel), timeInForce IOC and FOK are ioc_order
        // and fok_order, clientOrderId is client_order_id, and cost on a market buy is an instant order
        // (buy/instant/{pair}/, whose amount is in the quote currency). Bitstamp has no stop, take-profit or
        // reduce-only orders.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const [ unified, rest ] = this.unifiedOrderParams (type, params);
        this.rejectUnifiedParams ('createOrder', unified, [ 'triggerPrice', 'stopLossPrice', 'takeProfitPrice', 'reduceOnly' ]);
        const request = { 'pair': market['id'] };
        if (unified['cost'] === undefined) {
            request['amount'] = this.amountToPrecision (symbol, amount);
        }
        if (unified['clientOrderId'] !== undefined) {
            request['client_order_id'] = unified['clientOrderId'];
        }
        const timeInForce = unified['timeInForce'];
        let response = undefined;
        if (type === 'market') {
            if (timeInForce !== undefined) {
                throw new InvalidOrder (this.id + ' createOrder () timeInForce applies to limit orders only, not market orders');
            }
            if (unified['cost'] !== undefined) {
                if (side !== 'buy') {
                    throw new InvalidOrder (this.id + ' createOrder () cost sizes market buys only (an instant buy spends it)');
                }
                request['amount'] = this.costToPrecision (symbol, unified['cost']);
                response = await this.privatePostBuyInstantPair (this.extend (request, rest));
            } else if (side === 'buy') {
                response = await this.privatePostBuyMarketPair (this.extend (request, rest));
            } else {
                response = await this.privatePostSellMarketPair (this.extend (request, rest));
            }
        } else {
            if (price === undefined) {
                throw new ArgumentsRequired (this.id + ' createOrder () requires a price for a limit order');
            }
            request['price'] = this.priceToPrecision (symbol, price);
            if (unified['postOnly']) {
                request['moc_order'] = true;
            }
            if (timeInForce === 'IOC') {
                request['ioc_order'] = true;
            } else if (timeInForce === 'FOK') {
                request['fok_order'] = true;
            }
            if (side === 'buy') {
                response = await this.privatePostBuyPair (this.extend (request, rest));
            } else {
                response = await this.privatePostSellPair (this.extend (request, rest));
            }
        }
        const order = this.parseOrder (response, market);
        order['type'] = type;
        if (unified['cost'] !== undefined) {
            // An instant order's amount is the quote currency's: it is the order's cost, its amount unknown.
            order['amount'] = undefined;
            order['remaining'] = undefined;
            order['cost'] = this.parseNumber (request['amount']);
        }
        if (unified['postOnly']) {
            order['postOnly'] = true;
            order['timeInForce'] = 'PO';
        } else if (timeInForce !== undefined) {
            order['timeInForce'] = timeInForce;
        }
        return order;
    }

    async cancelOrder (id, symbol = undefined, params = {}) {
        const response = await this.privatePostCancelOrder (this.extend ({ 'id': id }, params));
        const order = this.parseOrder (response);
        order['status'] = 'canceled';
        return order;
    }

    async cancelAllOrders (symbol = undefined, params = {}) {
        // cancel_all_orders/ (of one pair with cancel_all_orders/{pair}/): { success, canceled: [ orders ] }.
        await this.loadMarkets ();
        let market = undefined;
        let response = undefined;
        if (symbol === undefined) {
            response = await this.privatePostCancelAllOrders (params);
        } else {
            market = this.market (symbol);
            response = await this.privatePostCancelAllOrdersPair (this.extend ({ 'pair': market['id'] }, params));
        }
        const canceled = this.safeList (response, 'canceled', []);
        const result = [];
        for (let i = 0; i < canceled.length; i++) {
            const order = this.parseOrder (canceled[i], market);
            order['status'] = 'canceled';
            result.push (order);
        }
        return result;
    }

    async createMarketBuyOrderWithCost (symbol, cost, params = {}) {
        return await this.createOrder (symbol, 'market', 'buy', undefined, undefined, this.extend (params, { 'cost': cost }));
    }

    async fetchOrderTrades (id, symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // order_status lists the transactions that filled the order: its trades.
        const order = await this.fetchOrder (id, symbol, params);
        return this.filterBySinceLimit (order['trades'], since, limit);
    }

    async fetchOrder (id, symbol = undefined, params = {}) {
        await this.loadMarkets ();
        const response = await this.privatePostOrderStatus (this.extend ({ 'id': id }, params));
        return this.parseOrder (this.extend (response, { 'id': id }));
    }

    async fetchOpenOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        await this.loadMarkets ();
        let market = undefined;
        let response = undefined;
        if (symbol === undefined) {
            response = await this.privatePostOpenOrdersAll (params);
        } else {
            market = this.market (symbol);
            response = await this.privatePostOpenOrdersPair (this.extend ({ 'pair': market['id'] }, params));
        }
        return this.parseOrders (response, market, since, limit, { 'status': 'open', 'type': 'limit' });
    }

    async fetchMyTrades (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // user_transactions lists deposits, withdrawals and trades; trades are type '2'. No end time is mapped.
        if (this.safeValue (params, 'until') !== undefined) {
            throw new NotSupported (this.id + ' fetchMyTrades () does not support the unified param until: user_transactions takes a start (since_timestamp) but no end time');
        }
        await this.loadMarkets ();
        const request = {};
        if (since !== undefined) {
            request['since_timestamp'] = Math.floor (since / 1000);
        }
        if (limit !== undefined) {
            request['limit'] = limit;
        }
        let market = undefined;
        let response = undefined;
        if (symbol === undefined) {
            response = await this.privatePostUserTransactions (this.extend (request, params));
        } else {
            market = this.market (symbol);
            request['pair'] = market['id'];
            response = await this.privatePostUserTransactionsPair (this.extend (request, params));
        }
        const trades = [];
        for (let i = 0; i < response.length; i++) {
            if (this.safeString (response[i], 'type') === '2') {
                trades.push (response[i]);
            }
        }
        return this.parseTrades (trades, market, since, limit);
    }

    // --- funding -------------------------------------------------------------------------------------

    parseTransaction (transaction, currency = undefined) {
        // crypto-transactions: { currency, destinationAddress, txid, amount, datetime (seconds), network }.
        const code = this.safeCurrencyCode (this.safeString (transaction, 'currency'), currency);
        return this.safeTransaction ({
            'txid': this.safeString (transaction, 'txid'),
            'timestamp': this.safeTimestamp (transaction, 'datetime'),
            'network': this.networkCode (this.safeString (transaction, 'network')),
            'address': this.safeString (transaction, 'destinationAddress'),
            'amount': this.safeString (transaction, 'amount'),
            'currency': code,
            'status': 'ok',
            'info': transaction,
        }, currency);
    }

    async fetchCryptoTransactions (key, type, code, since, limit, params) {
        // One endpoint lists both: { deposits: [...], withdrawals: [...] }; only finished ones appear. It takes
        // no time range.
        if (this.safeValue (params, 'until') !== undefined) {
            throw new NotSupported (this.id + ' fetchDeposits () and fetchWithdrawals () do not support the unified param until');
        }
        await this.loadMarkets ();
        const request = {};
        if (limit !== undefined) {
            request['limit'] = limit;
        }
        const response = await this.privatePostCryptoTransactions (this.extend (request, params));
        const currency = (code === undefined) ? undefined : this.currency (code);
        return this.parseTransactions (this.safeList (response, key, []), currency, since, limit, { 'type': type });
    }

    async fetchDepositWithdrawFees (codes = undefined, params = {}) {
        // fees/withdrawal/: [ { currency, fee, network } ], the account's withdrawal fee (an amount) of each
        // currency on each network; deposit fees are not reported. A currency's own fee is that of its only
        // network.
        await this.loadMarkets ();
        const response = await this.privatePostFeesWithdrawal (params);
        const byCurrency = this.groupBy (response, 'currency');
        const ids = Object.keys (byCurrency);
        const result = {};
        for (let i = 0; i < ids.length; i++) {
            const code = this.safeCurrencyCode (ids[i]);
            if ((codes !== undefined) && !this.inArray (code, codes)) {
                continue;
            }
            const entries = this.safeList (byCurrency, ids[i], []);
            const networks = {};
            for (let j = 0; j < entries.length; j++) {
                const network = this.networkCode (this.safeString (entries[j], 'network'));
                networks[network] = { 'withdraw': this.feeAmount (this.safeNumber (entries[j], 'fee')), 'deposit': {} };
            }
            const only = (entries.length === 1) ? this.safeNumber (entries[0], 'fee') : undefined;
            result[code] = {
                'code': code,
                'withdraw': this.feeAmount (only),
                'deposit': {},
                'networks': networks,
                'info': entries,
            };
        }
        return result;
    }

    async fetchDeposits (code = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchCryptoTransactions ('deposits', 'deposit', code, since, limit, params);
    }

    async fetchWithdrawals (code = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchCryptoTransactions ('withdrawals', 'withdrawal', code, since, limit, params);
    }

    async fetchDepositAddress (code, params = {}) {
        await this.loadMarkets ();
        const currency = this.currency (code);
        if (this.safeValue (params, 'network') !== undefined) {
            throw new NotSupported (this.id + ' fetchDepositAddress () does not support the unified param network: the currency\'s address endpoint decides it');
        }
        const request = { 'currency': currency['id'].toLowerCase () };
        const response = await this.privatePostCurrencyAddress (this.extend (request, params));
        return {
            'currency': code,
            'address': this.safeString (response, 'address'),
            'tag': this.safeString2 (response, 'memo_id', 'destination_tag'),
            'info': response,
        };
    }

    async withdraw (code, amount, address, tag = undefined, params = {}) {
        // The currency's withdrawal endpoint decides the network; unified network codes are not mapped.
        if (this.safeValue (params, 'network') !== undefined) {
            throw new NotSupported (this.id + ' withdraw () does not support the unified param network');
        }
        await this.loadMarkets ();
        const currency = this.currency (code);
        const request = {
            'currency': currency['id'].toLowerCase (),
            'amount': this.numberToString (amount),
            'address': address,
        };
        if (tag !== undefined) {
            request['memo_id'] = tag;
        }
        const response = await this.privatePostCurrencyWithdrawal (this.extend (request, params));
        return this.safeTransaction ({
            'id': this.safeString (response, 'id'),
            'type': 'withdrawal',
            'address': address,
            'tag': tag,
            'amount': request['amount'],
            'currency': code,
            'info': response,
        });
    }

    // --- transport -----------------------------------------------------------------------------------

    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        const endpoint = '/' + this.version + '/' + this.implodeParams (path, params);
        let url = this.urls['api'] + endpoint;
        const query = this.omit (params, this.extractParams (path));
        if (api === 'public') {
            if (Object.keys (query).length > 0) {
                url = url + '?' + this.urlencode (query);
            }
            return { 'url': url, 'method': method, 'body': body, 'headers': headers };
        }
        // X-Auth-Signature: HMAC-SHA256 (hex) of 'BITSTAMP ' + key, the method, host, path, query,
        // content type (only with a body), nonce (a UUID), timestamp, 'v2' and the body, concatenated.
        this.checkRequiredCredentials ();
        const nonce = this.uuid ();
        const timestamp = this.numberToString (this.milliseconds ());
        const afterScheme = url.slice (url.indexOf ('//') + 2);
        const host = afterScheme.slice (0, afterScheme.indexOf ('/'));
        const urlPath = afterScheme.slice (afterScheme.indexOf ('/'));
        headers = {
            'X-Auth': 'BITSTAMP ' + this.apiKey,
            'X-Auth-Nonce': nonce,
            'X-Auth-Timestamp': timestamp,
            'X-Auth-Version': 'v2',
        };
        let contentType = '';
        if (Object.keys (query).length > 0) {
            body = this.urlencode (query);
            contentType = 'application/x-www-form-urlencoded';
            headers['Content-Type'] = contentType;
        } else {
            body = '';
        }
        const auth = 'BITSTAMP ' + this.apiKey + method + host + urlPath + contentType + nonce + timestamp + 'v2' + body;
        headers['X-Auth-Signature'] = this.hmac (this.encode (auth), this.encode (this.secret), 'sha256');
        return { 'url': url, 'method': method, 'body': body, 'headers': headers };
    }

    handleErrors (status, reason, url, method, responseHeaders, responseBody, response, requestHeaders, requestBody) {
        // { "status": "error", "reason": "Invalid nonce", "code": "API0004" }, a reason by field
        // ({ "__all__": [ "..." ] }), or { "error": "Order not found" }.
        if ((response === undefined) || Array.isArray (response)) {
            return;
        }
        const error = this.safeString (response, 'error');
        if ((this.safeString (response, 'status') !== 'error') && (error === undefined)) {
            return;
        }
        const messages = [];
        const code = this.safeString (response, 'code');
        const cause = this.safeValue (response, 'reason');
        if (typeof cause === 'string') {
            messages.push (cause);
        } else if (typeof cause === 'object') {
            const fields = Object.keys (cause);
            for (let i = 0; i < fields.length; i++) {
                const texts = this.toArray (this.safeValue (cause, fields[i]));
                for (let j = 0; j < texts.length; j++) {
                    messages.push (texts[j]);
                }
            }
        }
        if (error !== undefined) {
            messages.push (error);
        }
        const feedback = this.id + ' ' + messages.join (' ');
        if (code !== undefined) {
            this.throwExactlyMatchedException (this.exceptions['exact'], code, feedback);
        }
        for (let i = 0; i < messages.length; i++) {
            this.throwExactlyMatchedException (this.exceptions['exact'], messages[i], feedback);
            this.throwBroadlyMatchedException (this.exceptions['broad'], messages[i], feedback);
        }
        throw new ExchangeError (feedback);
    }

    // --- streaming: WebSocket API v2 (https://www.bitstamp.net/websocket/v2/): live trades and order books ----------

    async watchChannel (channel, messageHash) {
        const message = { 'event': 'bts:subscribe', 'data': { 'channel': channel } };
        return await this.watch (this.streamUrl ('public'), messageHash, channel, message);
    }

    async unWatchChannel (prefix, symbol, messageHash) {
        await this.loadMarkets ();
        const market = this.market (symbol);
        const channel = prefix + market['id'];
        this.setStreamState (messageHash + market['symbol'], undefined);
        await this.unwatch (this.streamUrl ('public'), channel, { 'event': 'bts:unsubscribe', 'data': { 'channel': channel } });
    }

    async watchTrades (symbol, since = undefined, limit = undefined, params = {}) {
        await this.loadMarkets ();
        const market = this.market (symbol);
        const trades = await this.watchChannel ('live_trades_' + market['id'], 'trades:' + market['symbol']);
        return this.filterBySinceLimit (trades, since, limit, 'timestamp', true);
    }

    async watchOrderBook (symbol, limit = undefined, params = {}) {
        // order_book_<pair> sends the top 100 levels of each side whole, every time.
        await this.loadMarkets ();
        const market = this.market (symbol);
        this.rememberBookLimit (market['symbol'], limit);
        const book = await this.watchChannel ('order_book_' + market['id'], 'book:' + market['symbol']);
        return this.limitOrderBook (book, limit);
    }

    async unWatchTrades (symbol, params = {}) {
        await this.unWatchChannel ('live_trades_', symbol, 'trades:');
    }

    async unWatchOrderBook (symbol, params = {}) {
        await this.unWatchChannel ('order_book_', symbol, 'book:');
    }

    // private channels: the account's orders and trades in one market, with a token of the REST API

    async privateSubscription (prefix, market) {
        // private-my_orders_<pair>-<user id>, authorized by a token that is good for subscribing for a minute.
        const response = await this.privatePostWebsocketsToken ();
        const channel = 'private-' + prefix + market['id'] + '-' + this.safeString (response, 'user_id');
        const token = this.keepSessionToken ('stream', this.safeString (response, 'token'));
        return { 'event': 'bts:subscribe', 'data': { 'channel': channel, 'auth': token } };
    }

    async resubscribeMessage (url, subscribeHash, message) {
        // A private subscription after a reconnect needs a new token.
        const data = this.safeDict (message, 'data', {});
        if (this.safeString (data, 'auth') === undefined) {
            return message;
        }
        const response = await this.privatePostWebsocketsToken ();
        const token = this.keepSessionToken ('stream', this.safeString (response, 'token'));
        const renewed = this.extend (message, { 'data': this.extend (data, { 'auth': token }) });
        this.setStreamState ('subscription:' + subscribeHash, renewed);
        return renewed;
    }

    async watchPrivate (prefix, symbol, messageHash) {
        if (symbol === undefined) {
            throw new ArgumentsRequired (this.id + ' ' + messageHash + ' needs a symbol: Bitstamp streams the account per market');
        }
        await this.loadMarkets ();
        this.checkRequiredCredentials ();
        const market = this.market (symbol);
        const subscribeHash = prefix + market['id'];
        let message = this.streamState ('subscription:' + subscribeHash);
        if (message === undefined) {
            message = await this.privateSubscription (prefix, market);
            this.setStreamState ('subscription:' + subscribeHash, message);
        }
        return await this.watch (this.streamUrl ('public'), messageHash + ':' + market['symbol'], subscribeHash, message);
    }

    async watchOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        const orders = await this.watchPrivate ('my_orders_', symbol, 'orders');
        return this.filterBySinceLimit (orders, since, limit, 'timestamp', true);
    }

    async watchMyTrades (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        const trades = await this.watchPrivate ('my_trades_', symbol, 'myTrades');
        return this.filterBySinceLimit (trades, since, limit, 'timestamp', true);
    }

    handleOrderEvent (url, event, data, market) {
        // order_created and order_changed: an open order, amount what is left of it; order_deleted: gone, filled
        // when nothing was left, else canceled. datetime is when it was placed, microtimestamp the event's time.
        const remaining = this.safeString (data, 'amount_str');
        let status = 'open';
        if (event === 'order_deleted') {
            status = Precise.stringEq (remaining, '0') ? 'closed' : 'canceled';
        }
        const order = this.safeOrder ({
            'id': this.safeString (data, 'id_str'),
            'clientOrderId': this.safeString (data, 'client_order_id'),
            'symbol': market['symbol'],
            'timestamp': this.safeTimestamp (data, 'datetime'), // when it was placed
            'lastUpdateTimestamp': this.safeIntegerProduct (data, 'microtimestamp', 0.001), // this event's time
            'status': status,
            'side': (this.safeString (data, 'order_type') === '0') ? 'buy' : 'sell',
            'price': this.safeString (data, 'price_str'),
            'remaining': remaining,
            'info': data,
        }, market);
        this.resolveOrder (url, 'orders:' + market['symbol'], order);
    }

    handleMyTradeEvent (url, data, market) {
        const timestamp = this.safeIntegerProduct (data, 'microtimestamp', 0.001);
        const trade = this.safeTrade ({
            'id': this.safeString (data, 'id'),
            'order': this.safeString (data, 'order_id'),
            'symbol': market['symbol'],
            'timestamp': timestamp,
            'side': this.safeString (data, 'side'),
            'price': this.safeString (data, 'price'),
            'amount': this.safeString (data, 'amount'),
            'fee': { 'cost': this.safeString (data, 'fee'), 'currency': market['quote'] },
            'info': data,
        }, market);
        this.resolveCached (url, 'myTrades:' + market['symbol'], trade);
    }

    privateMarket (channel, prefix) {
        // The market of private-<prefix><pair>-<user id>.
        const rest = channel.slice (prefix.length);
        return this.safeMarket (rest.split ('-')[0]);
    }

    async handleMessage (url, message) {
        // { event, channel, data }: trade and data events; bts:error answers a request that failed.
        const event = this.safeString (message, 'event');
        const channel = this.safeString (message, 'channel', '');
        const data = this.safeDict (message, 'data', {});
        if (channel.startsWith ('private-my_orders_') && event.startsWith ('order_')) {
            this.handleOrderEvent (url, event, data, this.privateMarket (channel, 'private-my_orders_'));
        } else if (channel.startsWith ('private-my_trades_') && (event === 'trade')) {
            this.handleMyTradeEvent (url, data, this.privateMarket (channel, 'private-my_trades_'));
        } else if (event === 'bts:error') {
            this.rejectUpdate (url, undefined, BadRequest, this.id + ' ' + this.safeString (data, 'message', 'refused the request'));
        } else if ((event === 'trade') && channel.startsWith ('live_trades_')) {
            this.handleTradeEvent (url, data, this.safeMarket (channel.slice (12)));
        } else if ((event === 'data') && channel.startsWith ('order_book_')) {
            this.handleBookEvent (url, data, this.safeMarket (channel.slice (11)));
        }
    }

    handleTradeEvent (url, data, market) {
        // { id, price_str, amount_str, type: 0 buy or 1 sell, microtimestamp }: the REST trade's fields.
        const trade = this.parseTrade ({
            'tid': this.safeString (data, 'id'),
            'price': this.safeString (data, 'price_str'),
            'amount': this.safeString (data, 'amount_str'),
            'type': this.safeString (data, 'type'),
        }, market);
        const timestamp = this.safeIntegerProduct (data, 'microtimestamp', 0.001);
        this.resolveCached (url, 'trades:' + market['symbol'], this.extend (trade, { 'timestamp': timestamp, 'datetime': this.iso8601 (timestamp), 'info': data }));
    }

    handleBookEvent (url, data, market) {
        // A whole book each time: it replaces the one before, unless it is older (microtimestamp).
        const messageHash = 'book:' + market['symbol'];
        if (!this.isWatched (url, messageHash)) {
            return; // nothing kept for what no caller watches (a server names symbols at will)
        }
        const nonce = this.safeInteger (data, 'microtimestamp');
        const previous = this.safeInteger (this.streamState (messageHash, {}), 'nonce');
        if ((previous !== undefined) && (nonce !== undefined) && (nonce <= previous)) {
            return;
        }
        let book = this.newOrderBook (market['symbol']);
        book = this.setBookLevels (this.setBookLevels (book, 'bids', this.safeList (data, 'bids', [])), 'asks', this.safeList (data, 'asks', []));
        book['nonce'] = nonce;
        book['timestamp'] = this.safeIntegerProduct (data, 'microtimestamp', 0.001);
        this.setStreamState (messageHash, book);
        this.resolveUpdate (url, this.orderBookView (book), messageHash);
    }
}
