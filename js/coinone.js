// CoinOne (Korea): https://docs.coinone.co.kr
//
// Public API v2: GETs under https://api.coinone.co.kr/public/v2, a market named by two path segments,
// {quote_currency}/{target_currency} (KRW/BTC). Private API v2.1: POSTs under https://api.coinone.co.kr/v2.1
// whose JSON body holds access_token (the API key) and nonce (a UUID) beside the method's own fields; the
// header X-COINONE-PAYLOAD is that body, base64-encoded, and X-COINONE-SIGNATURE the hex HMAC-SHA512 of the
// payload with the secret key. Every answer has result ('success' or 'error') and error_code ('0' on
// success); an error has error_msg (or, in the older shape, errorCode and errorMsg). Numbers are strings,
// timestamps milliseconds.
import Exchange from './base/Exchange.js';
import { AccountSuspended, ArgumentsRequired, AuthenticationError, BadRequest, BadResponse, ExchangeError, InvalidOrder, NotSupported, PermissionDenied, RateLimitExceeded } from './base/errors.js';
import { TICK_SIZE } from './base/functions/number.js';

export default class coinone extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'coinone',
            'name': 'CoinOne',
            'countries': [ 'KR' ],
            'version': 'v2.1',
            // The docs: the public API takes 300 requests a minute.
            'rateLimit': 200,
            'has': {
                'fetchMarkets': true,
                'fetchCurrencies': false,
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
                'fetchOrders': false,
                'fetchOpenOrders': true,
                'fetchClosedOrders': false,
                'fetchMyTrades': true,
                'fetchDeposits': false,
                'fetchWithdrawals': false,
                'fetchTransactions': false,
                'fetchLedger': false,
                'fetchDepositAddress': true,
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
            // The chart endpoint's interval values.
            'timeframes': {
                '1m': '1m',
                '3m': '3m',
                '5m': '5m',
                '10m': '10m',
                '15m': '15m',
                '30m': '30m',
                '1h': '1h',
                '2h': '2h',
                '4h': '4h',
                '6h': '6h',
                '1d': '1d',
                '1w': '1w',
            },
            'urls': {
                'api': {
                    'public': 'https://api.coinone.co.kr/public/v2',
                    'private': 'https://api.coinone.co.kr/v2.1',
                },
                'www': 'https://coinone.co.kr',
                'doc': 'https://docs.coinone.co.kr',
                'fees': 'https://coinone.co.kr/fee',
            },
            'api': {
                'public': {
                    'get': [
                        'markets/{quote_currency}',
                        'ticker_new/{quote_currency}',
                        'ticker_new/{quote_currency}/{target_currency}',
                        'orderbook/{quote_currency}/{target_currency}',
                        'trades/{quote_currency}/{target_currency}',
                        'chart/{quote_currency}/{target_currency}',
                        'range_units/{quote_currency}/{target_currency}',
                    ],
                },
                'private': {
                    'post': [
                        'account/balance/all',
                        'account/balance',
                        'account/deposit_address',
                        'order',
                        'order/cancel',
                        'order/detail',
                        'order/active_orders',
                        'order/completed_orders',
                        'order/completed_orders/all',
                    ],
                },
            },
            'requiredCredentials': {
                'apiKey': true,
                'secret': true,
            },
            // The fee depends on the market and the account (the fee endpoints answer per market, as rates); the
            // docs state no default rate.
            'fees': {
                'trading': {
                    'percentage': true,
                    'maker': undefined,
                    'taker': undefined,
                },
            },
            'precisionMode': TICK_SIZE,
            'options': {
                // Markets are listed per quote currency: KRW is the one the exchange trades against.
                'quoteCurrencies': [ 'KRW' ],
                // The sizes the order book (size) and the recent trades (size) accept.
                'orderBookSizes': [ 5, 10, 15, 16 ],
                'tradesSizes': [ 10, 50, 100, 150, 200 ],
                // completed_orders: at most 100 a page, and a time range it requires (from_ts, to_ts).
                'myTradesMaxSize': 100,
                'myTradesWindow': 604800000,
                'orderTypes': {
                    'LIMIT': 'limit',
                    'MARKET': 'market',
                    'STOP_LIMIT': 'limit',
                },
                'orderStatuses': {
                    'LIVE': 'open',
                    'PARTIALLY_FILLED': 'open',
                    'NOT_TRIGGERED': 'open',
                    'TRIGGERED': 'open',
                    'FILLED': 'closed',
                    'CANCELED': 'canceled',
                    'PARTIALLY_CANCELED': 'canceled',
                    'NOT_TRIGGERED_CANCELED': 'canceled',
                    'NOT_TRIGGERED_PARTIALLY_CANCELED': 'canceled',
                },
            },
            // error_code of the docs' table (docs/error-code).
            'exceptions': {
                'exact': {
                    '4': RateLimitExceeded, // Blocked user access (also the answer to more than 300 public requests a minute)
                    '8': AuthenticationError, // Request Token Parameter is needed
                    '10': PermissionDenied, // This IP address is not allowed.
                    '11': AuthenticationError, // Access token is missing
                    '12': AuthenticationError, // Invalid access token
                    '20': BadRequest, // This service does not exist
                    '21': PermissionDenied, // Customers who need to register for API usage
                    '22': PermissionDenied, // This service is not approved
                    '23': AuthenticationError, // Invalid App Secret
                    '24': AuthenticationError, // Invalid App Id
                    '25': AuthenticationError, // Request Token does not exist
                    '27': AuthenticationError, // Access Token does not exist
                    '40': PermissionDenied, // Invalid API permission
                    '50': AccountSuspended, // identity verification (KYC) needed before using the API
                    '51': BadRequest, // This API is no longer available
                    '52': AccountSuspended, // the real-name account verification is not complete
                    '105': InvalidOrder, // Price is not correct
                },
                'broad': {},
            },
        });
    }

    // --- markets -------------------------------------------------------------------------------------

    async fetchMarkets (params = {}) {
        // markets/{quote_currency}: { result, error_code, server_time, markets: [ { quote_currency,
        // target_currency, price_unit, qty_unit, max_order_amount, max_price, max_qty, min_order_amount,
        // min_price, min_qty, order_book_units, maintenance_status, trade_status, order_types } ] }.
        const quotes = this.safeList (this.options, 'quoteCurrencies', [ 'KRW' ]);
        const result = [];
        for (let i = 0; i < quotes.length; i++) {
            const response = await this.publicGetMarketsQuoteCurrency (this.extend ({ 'quote_currency': quotes[i] }, params));
            const markets = this.requiredList (response, 'markets');
            for (let j = 0; j < markets.length; j++) {
                result.push (this.parseMarket (markets[j]));
            }
        }
        return result;
    }

    parseMarket (market) {
        const baseId = this.safeString (market, 'target_currency');
        const quoteId = this.safeString (market, 'quote_currency');
        if ((baseId === undefined) || (quoteId === undefined)) {
            throw new BadResponse (this.id + ' sent a market without target_currency or quote_currency: ' + this.excerpt (this.json (market)));
        }
        const base = this.safeCurrencyCode (baseId);
        const quote = this.safeCurrencyCode (quoteId);
        // trade_status 1: trading; maintenance_status 0: no maintenance.
        const tradeStatus = this.safeInteger (market, 'trade_status');
        const maintenance = this.safeInteger (market, 'maintenance_status');
        let active = undefined;
        if (tradeStatus !== undefined) {
            active = (tradeStatus === 1) && (maintenance !== 1);
        }
        return this.safeMarketStructure ({
            'id': quoteId + '/' + baseId,
            'symbol': base + '/' + quote,
            'base': base,
            'quote': quote,
            'baseId': baseId,
            'quoteId': quoteId,
            'type': 'spot',
            'spot': true,
            'active': active,
            'precision': {
                'amount': this.safeNumber (market, 'qty_unit'),
                'price': this.safeNumber (market, 'price_unit'),
            },
            'limits': {
                'amount': {
                    'min': this.safeNumber (market, 'min_qty'),
                    'max': this.safeNumber (market, 'max_qty'),
                },
                'price': {
                    'min': this.safeNumber (market, 'min_price'),
                    'max': this.safeNumber (market, 'max_price'),
                },
                'cost': {
                    'min': this.safeNumber (market, 'min_order_amount'),
                    'max': this.safeNumber (market, 'max_order_amount'),
                },
            },
            'info': market,
        });
    }

    pairRequest (market) {
        return {
            'quote_currency': market['quoteId'],
            'target_currency': market['baseId'],
        };
    }

    marketOfPair (entry, market = undefined) {
        // The market an answer names by quote_currency and target_currency.
        const baseId = this.safeString (entry, 'target_currency');
        const quoteId = this.safeString (entry, 'quote_currency');
        if ((baseId === undefined) || (quoteId === undefined)) {
            return this.safeMarket (undefined, market);
        }
        return this.safeMarket (quoteId + '/' + baseId, market, '/');
    }

    sizeFor (limit, sizes) {
        // The smallest page size the endpoint accepts that holds limit entries (the largest for more).
        for (let i = 0; i < sizes.length; i++) {
            if (sizes[i] >= limit) {
                return sizes[i];
            }
        }
        return sizes[sizes.length - 1];
    }

    // --- market data ---------------------------------------------------------------------------------

    parseTicker (ticker, market = undefined) {
        // ticker_new: { quote_currency, target_currency, timestamp, high, low, first, last, quote_volume,
        // target_volume, best_asks: [ { price, qty } ], best_bids: [ { price, qty } ], id } (24 hours).
        market = this.marketOfPair (ticker, market);
        const asks = this.safeList (ticker, 'best_asks', []);
        const bids = this.safeList (ticker, 'best_bids', []);
        const bestAsk = this.safeDict (asks, 0, {});
        const bestBid = this.safeDict (bids, 0, {});
        return this.safeTicker ({
            'symbol': market['symbol'],
            'timestamp': this.safeInteger (ticker, 'timestamp'),
            'high': this.safeString (ticker, 'high'),
            'low': this.safeString (ticker, 'low'),
            'open': this.safeString (ticker, 'first'),
            'last': this.safeString (ticker, 'last'),
            'bid': this.safeString (bestBid, 'price'),
            'bidVolume': this.safeString (bestBid, 'qty'),
            'ask': this.safeString (bestAsk, 'price'),
            'askVolume': this.safeString (bestAsk, 'qty'),
            'baseVolume': this.safeString (ticker, 'target_volume'),
            'quoteVolume': this.safeString (ticker, 'quote_volume'),
            'info': ticker,
        }, market);
    }

    async fetchTicker (symbol, params = {}) {
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetTickerNewQuoteCurrencyTargetCurrency (this.extend (this.pairRequest (market), params));
        const tickers = this.requiredList (response, 'tickers');
        if (tickers.length === 0) {
            throw new BadResponse (this.id + ' sent no ticker for ' + symbol + ': ' + this.excerpt (this.json (response)));
        }
        return this.parseTicker (tickers[0], market);
    }

    async fetchTickers (symbols = undefined, params = {}) {
        // ticker_new/{quote_currency}: every market of a quote currency; one request per quote currency asked for.
        await this.loadMarkets ();
        let quotes = this.safeList (this.options, 'quoteCurrencies', [ 'KRW' ]);
        if (symbols !== undefined) {
            quotes = [];
            for (let i = 0; i < symbols.length; i++) {
                const quoteId = this.market (symbols[i])['quoteId'];
                if (!this.inArray (quoteId, quotes)) {
                    quotes.push (quoteId);
                }
            }
        }
        let tickers = [];
        for (let i = 0; i < quotes.length; i++) {
            const response = await this.publicGetTickerNewQuoteCurrency (this.extend ({ 'quote_currency': quotes[i] }, params));
            tickers = this.arrayConcat (tickers, this.requiredList (response, 'tickers'));
        }
        return this.parseTickers (tickers, symbols);
    }

    async fetchOrderBook (symbol, limit = undefined, params = {}) {
        // orderbook/{quote}/{target}?size=: { result, error_code, timestamp, id, quote_currency, target_currency,
        // order_book_unit, bids: [ { price, qty } ], asks: [ { price, qty } ] }.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = this.pairRequest (market);
        if (limit !== undefined) {
            request['size'] = this.sizeFor (limit, this.options['orderBookSizes']);
        }
        const response = await this.publicGetOrderbookQuoteCurrencyTargetCurrency (this.extend (request, params));
        this.requiredList (response, 'bids');
        this.requiredList (response, 'asks');
        const book = this.parseOrderBook (response, market['symbol'], this.safeInteger (response, 'timestamp'), 'bids', 'asks', 'price', 'qty');
        if (limit !== undefined) {
            book['bids'] = book['bids'].slice (0, limit);
            book['asks'] = book['asks'].slice (0, limit);
        }
        return book;
    }

    parseTrade (trade, market = undefined) {
        // trades: { id, timestamp, price, qty, is_seller_maker } (the docs: is_seller_maker tells buy from sell,
        // true for a sell, false for a buy).
        // completed_orders: { trade_id, order_id, quote_currency, target_currency, order_type, is_ask, is_maker,
        // price, qty, timestamp, fee_rate, fee, fee_currency }.
        market = this.marketOfPair (trade, market);
        const tradeId = this.safeString (trade, 'trade_id');
        let side = undefined;
        let takerOrMaker = undefined;
        let type = undefined;
        let fee = undefined;
        if (tradeId === undefined) {
            const sellerMaker = this.safeBool (trade, 'is_seller_maker');
            if (sellerMaker !== undefined) {
                side = sellerMaker ? 'sell' : 'buy';
            }
        } else {
            const isAsk = this.safeBool (trade, 'is_ask');
            if (isAsk !== undefined) {
                side = isAsk ? 'sell' : 'buy';
            }
            const isMaker = this.safeBool (trade, 'is_maker');
            if (isMaker !== undefined) {
                takerOrMaker = isMaker ? 'maker' : 'taker';
            }
            type = this.safeString (this.options['orderTypes'], this.safeString (trade, 'order_type'));
            const feeCost = this.safeString (trade, 'fee');
            if (feeCost !== undefined) {
                fee = {
                    'cost': feeCost,
                    'currency': this.safeCurrencyCode (this.safeString (trade, 'fee_currency')),
                    'rate': this.safeString (trade, 'fee_rate'),
                };
            }
        }
        return this.safeTrade ({
            'id': (tradeId === undefined) ? this.safeString (trade, 'id') : tradeId,
            'order': this.safeString (trade, 'order_id'),
            'timestamp': this.safeInteger (trade, 'timestamp'),
            'symbol': market['symbol'],
            'type': type,
            'side': side,
            'takerOrMaker': takerOrMaker,
            'price': this.safeString (trade, 'price'),
            'amount': this.safeString (trade, 'qty'),
            'fee': fee,
            'info': trade,
        }, market);
    }

    async fetchTrades (symbol, since = undefined, limit = undefined, params = {}) {
        // trades/{quote}/{target}?size= (10, 50, 100, 150 or 200; 200 by default): the newest first.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = this.pairRequest (market);
        if (limit !== undefined) {
            request['size'] = this.sizeFor (limit, this.options['tradesSizes']);
        }
        const response = await this.publicGetTradesQuoteCurrencyTargetCurrency (this.extend (request, params));
        return this.parseTrades (this.requiredList (response, 'transactions'), market, since, limit);
    }

    parseOHLCV (ohlcv, market = undefined) {
        // { timestamp, open, high, low, close, target_volume, quote_volume }
        return [
            this.safeInteger (ohlcv, 'timestamp'),
            this.safeNumber (ohlcv, 'open'),
            this.safeNumber (ohlcv, 'high'),
            this.safeNumber (ohlcv, 'low'),
            this.safeNumber (ohlcv, 'close'),
            this.safeNumber (ohlcv, 'target_volume'),
        ];
    }

    async fetchOHLCV (symbol, timeframe = '1m', since = undefined, limit = undefined, params = {}) {
        // chart/{quote}/{target}?interval=&timestamp=: the candles up to timestamp (the last candle's, in ms),
        // the newest first; the API takes no start, so since and limit filter what it sends.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const interval = this.safeString (this.timeframes, timeframe);
        if (interval === undefined) {
            throw new BadRequest (this.id + ' fetchOHLCV () does not support the timeframe ' + timeframe);
        }
        const request = this.extend (this.pairRequest (market), { 'interval': interval });
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            request['timestamp'] = until;
        }
        const response = await this.publicGetChartQuoteCurrencyTargetCurrency (this.extend (request, this.omit (params, 'until')));
        return this.parseOHLCVs (this.requiredList (response, 'chart'), market, timeframe, since, limit);
    }

    // --- account -------------------------------------------------------------------------------------

    async fetchBalance (params = {}) {
        // account/balance/all: { result, error_code, balances: [ { available, limit (held by orders),
        // average_price, currency } ] }.
        await this.loadMarkets ();
        const response = await this.privatePostAccountBalanceAll (params);
        const balances = this.requiredList (response, 'balances');
        const result = { 'info': response };
        for (let i = 0; i < balances.length; i++) {
            const entry = balances[i];
            const code = this.safeCurrencyCode (this.safeString (entry, 'currency'));
            const account = this.account ();
            account['free'] = this.safeString (entry, 'available');
            account['used'] = this.safeString (entry, 'limit');
            result[code] = account;
        }
        return this.safeBalance (result);
    }

    // --- orders --------------------------------------------------------------------------------------

    parseOrder (order, market = undefined) {
        // order/detail's order and active_orders' entries: { order_id, type (LIMIT, MARKET, STOP_LIMIT),
        // quote_currency, target_currency, status, side (BUY, SELL), price, original_qty, remain_qty,
        // executed_qty, canceled_qty, fee, fee_rate, average_executed_price, ordered_at, is_triggered,
        // trigger_price, user_order_id }; order (placing) answers { order_id } only.
        market = this.marketOfPair (order, market);
        const side = this.safeStringLower (order, 'side');
        const feeCost = this.safeString (order, 'fee');
        let fee = undefined;
        if (feeCost !== undefined) {
            fee = {
                'cost': feeCost,
                'rate': this.safeString (order, 'fee_rate'),
            };
        }
        return this.safeOrder ({
            'id': this.safeString (order, 'order_id'),
            'clientOrderId': this.safeString (order, 'user_order_id'),
            'timestamp': this.safeInteger (order, 'ordered_at'),
            'symbol': market['symbol'],
            'type': this.safeString (this.options['orderTypes'], this.safeString (order, 'type')),
            'side': side,
            'status': this.safeString (this.options['orderStatuses'], this.safeString (order, 'status')),
            'price': this.safeString (order, 'price'),
            'triggerPrice': this.safeString (order, 'trigger_price'),
            'average': this.safeString (order, 'average_executed_price'),
            'amount': this.safeString (order, 'original_qty'),
            'filled': this.safeString (order, 'executed_qty'),
            'remaining': this.safeString (order, 'remain_qty'),
            'fee': fee,
            'info': order,
        }, market);
    }

    async createOrder (symbol, type, side, amount, price = undefined, params = {}) {
        // order: side (BUY, SELL), quote_currency, target_currency, type (LIMIT, MARKET, STOP_LIMIT), price,
        // qty, amount (a market buy: the quote currency to spend), post_only (LIMIT), trigger_price
        // (STOP_LIMIT), user_order_id; answers { result, error_code, order_id }.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const timeInForce = this.safeStringUpper (params, 'timeInForce');
        if ((timeInForce === 'IOC') || (timeInForce === 'FOK')) {
            throw new NotSupported (this.id + ' createOrder () does not support the unified param timeInForce ' + timeInForce + ': limit orders are GTC (or post only)');
        }
        const [ unified, rest ] = this.unifiedOrderParams (type, params);
        this.rejectUnifiedParams ('createOrder', unified, [ 'reduceOnly', 'stopLossPrice', 'takeProfitPrice' ]);
        if ((side !== 'buy') && (side !== 'sell')) {
            throw new InvalidOrder (this.id + ' createOrder () side must be buy or sell, not ' + side);
        }
        const request = this.extend (this.pairRequest (market), { 'side': side.toUpperCase () });
        if (type === 'limit') {
            if (price === undefined) {
                throw new ArgumentsRequired (this.id + ' createOrder () requires a price for a limit order');
            }
            request['price'] = this.priceToPrecision (symbol, price);
            request['qty'] = this.amountToPrecision (symbol, amount);
            if (unified['trigger'] !== undefined) {
                request['type'] = 'STOP_LIMIT';
                request['trigger_price'] = this.priceToPrecision (symbol, unified['trigger']);
            } else {
                request['type'] = 'LIMIT';
                request['post_only'] = unified['postOnly'];
            }
        } else if (type === 'market') {
            if (unified['trigger'] !== undefined) {
                throw new NotSupported (this.id + ' createOrder () does not support the unified param triggerPrice for market orders: a stop order is STOP_LIMIT, with a price');
            }
            request['type'] = 'MARKET';
            if (side === 'buy') {
                // A market buy is sized in the quote currency: the cost, or amount x price.
                let cost = unified['cost'];
                if (cost === undefined) {
                    if ((price === undefined) || (amount === undefined)) {
                        throw new InvalidOrder (this.id + ' createOrder () a market buy spends an amount of ' + market['quote'] + ': pass the unified param cost, or a price to multiply the amount with');
                    }
                    cost = this.numberToString (amount * price);
                }
                request['amount'] = this.costToPrecision (symbol, cost);
            } else {
                if (unified['cost'] !== undefined) {
                    throw new NotSupported (this.id + ' createOrder () does not support the unified param cost for a market sell: it is sized by its amount');
                }
                request['qty'] = this.amountToPrecision (symbol, amount);
            }
        } else {
            throw new InvalidOrder (this.id + ' createOrder () type must be limit or market, not ' + type);
        }
        if (unified['clientOrderId'] !== undefined) {
            request['user_order_id'] = unified['clientOrderId'];
        }
        const response = await this.privatePostOrder (this.extend (request, rest));
        const order = this.parseOrder (response, market);
        order['type'] = type;
        order['side'] = side;
        order['clientOrderId'] = unified['clientOrderId'];
        return order;
    }

    async createMarketBuyOrderWithCost (symbol, cost, params = {}) {
        return await this.createOrder (symbol, 'market', 'buy', undefined, undefined, this.extend (params, { 'cost': cost }));
    }

    async cancelOrder (id, symbol = undefined, params = {}) {
        // order/cancel: order_id, quote_currency, target_currency (all three required); answers the canceled
        // order: { result, error_code, order_id, price, qty, remain_qty, side, original_qty, traded_qty,
        // canceled_qty, fee, fee_rate, avg_price, canceled_at, ordered_at, quote_currency, target_currency }.
        if (symbol === undefined) {
            throw new ArgumentsRequired (this.id + ' cancelOrder () requires a symbol: the API names the order by its market too');
        }
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = this.extend (this.pairRequest (market), { 'order_id': id });
        const response = await this.privatePostOrderCancel (this.extend (request, params));
        const order = this.parseOrder (this.extend (response, {
            'executed_qty': this.safeString (response, 'traded_qty'),
            'average_executed_price': this.safeString (response, 'avg_price'),
        }), market);
        order['status'] = 'canceled';
        return order;
    }

    async fetchOrder (id, symbol = undefined, params = {}) {
        // order/detail: order_id, quote_currency, target_currency (required); answers { order: {...} }.
        if (symbol === undefined) {
            throw new ArgumentsRequired (this.id + ' fetchOrder () requires a symbol: the API names the order by its market too');
        }
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = this.extend (this.pairRequest (market), { 'order_id': id });
        const response = await this.privatePostOrderDetail (this.extend (request, params));
        const order = this.safeDict (response, 'order');
        if (order === undefined) {
            throw new BadResponse (this.id + ' sent an order detail without order: ' + this.excerpt (this.json (response)));
        }
        return this.parseOrder (order, market);
    }

    async fetchOpenOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // order/active_orders: quote_currency and target_currency (optional: every market without them);
        // answers { active_orders: [ ... ] }, every one open.
        await this.loadMarkets ();
        let market = undefined;
        let request = {};
        if (symbol !== undefined) {
            market = this.market (symbol);
            request = this.pairRequest (market);
        }
        const response = await this.privatePostOrderActiveOrders (this.extend (request, params));
        const entries = this.requiredList (response, 'active_orders');
        const orders = [];
        for (let i = 0; i < entries.length; i++) {
            const order = this.parseOrder (entries[i], market);
            order['status'] = 'open';
            orders.push (order);
        }
        return this.filterBySymbolSinceLimit (this.sortBy (orders, 'timestamp'), symbol, since, limit);
    }

    async fetchMyTrades (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // order/completed_orders (one market) or order/completed_orders/all: size (1 to 100), from_ts and to_ts
        // (ms, both required), to_trade_id; answers { completed_orders: [ ... ] }, the newest first.
        await this.loadMarkets ();
        const maxSize = this.safeInteger (this.options, 'myTradesMaxSize', 100);
        let to = this.safeInteger (params, 'until');
        if (to === undefined) {
            to = this.milliseconds ();
        }
        let from = since;
        if (from === undefined) {
            from = to - this.safeInteger (this.options, 'myTradesWindow', 604800000);
        }
        const request = {
            'size': (limit === undefined) ? maxSize : Math.min (limit, maxSize),
            'from_ts': from,
            'to_ts': to,
        };
        const rest = this.omit (params, 'until');
        let market = undefined;
        let response = undefined;
        if (symbol === undefined) {
            response = await this.privatePostOrderCompletedOrdersAll (this.extend (request, rest));
        } else {
            market = this.market (symbol);
            response = await this.privatePostOrderCompletedOrders (this.extend (this.extend (this.pairRequest (market), request), rest));
        }
        return this.parseTrades (this.requiredList (response, 'completed_orders'), market, since, limit);
    }

    // --- funding -------------------------------------------------------------------------------------

    async fetchDepositAddress (code, params = {}) {
        // account/deposit_address: currencies (optional list); answers { deposit_addresses: [ { currency,
        // address, secondary_address (memo or tag, or null) } ] }, without the currencies that take no deposits.
        if (this.safeValue (params, 'network') !== undefined) {
            throw new NotSupported (this.id + ' fetchDepositAddress () does not support the unified param network: the API keeps one address per currency');
        }
        await this.loadMarkets ();
        const currency = this.currency (code);
        const response = await this.privatePostAccountDepositAddress (this.extend ({ 'currencies': [ currency['id'] ] }, params));
        const entries = this.requiredList (response, 'deposit_addresses');
        for (let i = 0; i < entries.length; i++) {
            const entry = entries[i];
            if (this.safeString (entry, 'currency') === currency['id']) {
                const address = this.safeString (entry, 'address');
                if (address === undefined) {
                    throw new BadResponse (this.id + ' sent a deposit address without address: ' + this.excerpt (this.json (response)));
                }
                return {
                    'currency': currency['code'],
                    'address': address,
                    'tag': this.safeString (entry, 'secondary_address'),
                    'info': entry,
                };
            }
        }
        throw new BadRequest (this.id + ' fetchDepositAddress () ' + code + ' has no deposit address: the exchange lists none (deposits may be closed)');
    }

    // --- transport -----------------------------------------------------------------------------------

    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        // Public: the path's {quote_currency}/{target_currency} filled in, the rest as the query string.
        // Private: POST with the JSON body { access_token, nonce, <params> }; X-COINONE-PAYLOAD is the body in
        // base64, X-COINONE-SIGNATURE the hex HMAC-SHA512 of the payload with the secret.
        let url = this.safeString (this.urls['api'], api) + '/' + this.implodeParams (path, params);
        const query = this.omit (params, this.extractParams (path));
        if (api === 'public') {
            if (Object.keys (query).length > 0) {
                url = url + '?' + this.urlencode (query);
            }
            return { 'url': url, 'method': method, 'body': body, 'headers': headers };
        }
        this.checkRequiredCredentials ();
        if (('access_token' in query) || ('nonce' in query)) {
            throw new BadRequest (this.id + ' ' + path + ' takes no parameter access_token or nonce: the request is signed with its own');
        }
        const request = this.extend ({ 'access_token': this.apiKey, 'nonce': this.uuid () }, query);
        body = this.json (request);
        const payload = this.stringToBase64 (body);
        const signature = this.hmac (this.encode (payload), this.encode (this.secret), 'sha512', 'hex');
        headers = {
            'Content-Type': 'application/json',
            'X-COINONE-PAYLOAD': payload,
            'X-COINONE-SIGNATURE': signature,
        };
        return { 'url': url, 'method': method, 'body': body, 'headers': headers };
    }

    handleErrors (status, reason, url, method, responseHeaders, responseBody, response, requestHeaders, requestBody) {
        // { "result": "error", "error_code": "105", "error_msg": "Price is not correct" } (or errorCode and
        // errorMsg), with an HTTP error status or 200.
        if ((response === undefined) || Array.isArray (response) || (typeof response !== 'object')) {
            return undefined;
        }
        const result = this.safeString (response, 'result');
        const code = this.safeString2 (response, 'error_code', 'errorCode');
        if ((result !== 'error') && ((code === undefined) || (code === '0'))) {
            return undefined;
        }
        const feedback = this.id + ' ' + this.excerpt (responseBody);
        if (code !== undefined) {
            this.throwExactlyMatchedException (this.exceptions['exact'], code, feedback);
        }
        throw new ExchangeError (feedback);
    }
}
