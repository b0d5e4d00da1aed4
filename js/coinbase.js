// Coinbase Advanced Trade API (v3): https://docs.cdp.coinbase.com/coinbase-app/advanced-trade-apis/rest-api
//
// Spot trading on Coinbase (the retail exchange; Coinbase Exchange and Coinbase Prime are coinbaseexchange and
// coinbaseprime). Market data comes from the public endpoints (/api/v3/brokerage/market/..., no key); the account and
// its orders from the private ones, each request signed with a JSON Web Token of the CDP API key (see sign ()).
import Exchange from './base/Exchange.js';
import Precise from './base/Precise.js';
import { ArgumentsRequired, AuthenticationError, BadRequest, BadResponse, BadSymbol, CancelPending, ExchangeError, ExchangeNotAvailable, InsufficientFunds, InvalidOrder, OrderImmediatelyFillable, OrderNotFound, PermissionDenied, RateLimitExceeded } from './base/errors.js';
import { TICK_SIZE } from './base/functions/number.js';

export default class coinbase extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'coinbase',
            'name': 'Coinbase',
            'countries': [ 'US' ],
            'version': 'v3',
            // Advanced Trade's limits: 10 requests a second per IP address to the public endpoints, 30 a second per
            // key to the private ones; the rate of the stricter.
            'rateLimit': 100,
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
                'fetchClosedOrders': true,
                'fetchMyTrades': true,
                'fetchDeposits': false,
                'fetchWithdrawals': false,
                'fetchTransactions': false,
                'fetchLedger': false,
                'fetchDepositAddress': false,
                'withdraw': false,
                'fetchTime': true,
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
                'api': 'https://api.coinbase.com',
                'www': 'https://www.coinbase.com',
                'doc': 'https://docs.cdp.coinbase.com/coinbase-app/advanced-trade-apis/rest-api',
                'fees': 'https://help.coinbase.com/en/coinbase/trading-and-funding/advanced-trade/advanced-trade-fees',
            },
            'api': {
                'public': {
                    'get': [
                        'time',
                        'market/products',
                        'market/products/{product_id}',
                        'market/products/{product_id}/ticker',
                        'market/products/{product_id}/candles',
                        'market/product_book',
                    ],
                },
                'private': {
                    'get': [
                        'accounts',
                        'orders/historical/batch',
                        'orders/historical/fills',
                        'orders/historical/{order_id}',
                    ],
                    'post': [
                        'orders',
                        'orders/batch_cancel',
                    ],
                },
            },
            'timeframes': {
                '1m': 'ONE_MINUTE',
                '5m': 'FIVE_MINUTE',
                '15m': 'FIFTEEN_MINUTE',
                '30m': 'THIRTY_MINUTE',
                '1h': 'ONE_HOUR',
                '2h': 'TWO_HOUR',
                '6h': 'SIX_HOUR',
                '1d': 'ONE_DAY',
            },
            // The key's name (organizations/{org_id}/apiKeys/{key_id}) is the apiKey, its private key the secret: an
            // EC P-256 key in PEM (the line breaks as they are or written \n), or with options['signingAlgorithm']
            // 'EdDSA' an Ed25519 key in base64.
            'requiredCredentials': {
                'apiKey': true,
                'secret': true,
            },
            // The rates depend on the account's 30-day volume (the fees page); private/transaction_summary reports
            // them, which is not read here: no default rate is stated.
            'fees': {
                'trading': {
                    'tierBased': true,
                    'percentage': true,
                    'maker': undefined,
                    'taker': undefined,
                },
            },
            // products report base_increment and price_increment as tick sizes.
            'precisionMode': TICK_SIZE,
            'options': {
                // ES256 for the ECDSA keys the Coinbase App documentation asks for; EdDSA for an Ed25519 key.
                'signingAlgorithm': 'ES256',
                // The JWT's life (the documentation's samples: 120 seconds).
                'jwtLifetime': 120,
                'maxPages': 20,
                'accountsPageSize': 250,
                'maxCandles': 350,
                'timeframeSeconds': {
                    '1m': 60,
                    '5m': 300,
                    '15m': 900,
                    '30m': 1800,
                    '1h': 3600,
                    '2h': 7200,
                    '6h': 21600,
                    '1d': 86400,
                },
                'orderStatuses': {
                    'PENDING': 'open',
                    'QUEUED': 'open',
                    'OPEN': 'open',
                    'CANCEL_QUEUED': 'open',
                    'FILLED': 'closed',
                    'CANCELLED': 'canceled',
                    'EXPIRED': 'expired',
                    'FAILED': 'rejected',
                },
                'orderTypes': {
                    'MARKET': 'market',
                    'LIMIT': 'limit',
                    'STOP_LIMIT': 'limit',
                },
                'timeInForce': {
                    'GOOD_UNTIL_CANCELLED': 'GTC',
                    'GOOD_UNTIL_DATE_TIME': 'GTC',
                    'IMMEDIATE_OR_CANCEL': 'IOC',
                    'FILL_OR_KILL': 'FOK',
                },
            },
            // Error bodies: { error, code, message, details } with an HTTP error status (the gRPC gateway's
            // runtime.Error of the OpenAPI definition); an order the exchange refuses is HTTP 200 with success false
            // and error_response { error, message, error_details, new_order_failure_reason, ... }; a cancel it
            // refuses a result with success false and failure_reason. The codes are matched exactly.
            'exceptions': {
                'exact': {
                    'INSUFFICIENT_FUND': InsufficientFunds,
                    'INSUFFICIENT_FUNDS': InsufficientFunds,
                    'INVALID_PRODUCT_ID': BadSymbol,
                    'INVALID_SIDE': InvalidOrder,
                    'INVALID_SIZE_PRECISION': InvalidOrder,
                    'INVALID_PRICE_PRECISION': InvalidOrder,
                    'INVALID_LIMIT_PRICE': InvalidOrder,
                    'INVALID_LIMIT_PRICE_POST_ONLY': OrderImmediatelyFillable,
                    'INVALID_NO_LIQUIDITY': InvalidOrder,
                    'UNSUPPORTED_ORDER_CONFIGURATION': InvalidOrder,
                    'ORDER_ENTRY_DISABLED': InvalidOrder,
                    'INELIGIBLE_PAIR': BadSymbol,
                    'UNKNOWN_CANCEL_ORDER': OrderNotFound,
                    'DUPLICATE_CANCEL_REQUEST': CancelPending,
                    'INVALID_CANCEL_REQUEST': InvalidOrder,
                    'COMMANDER_REJECTED_CANCEL_ORDER': InvalidOrder,
                    'INVALID_ARGUMENT': BadRequest,
                    'NOT_FOUND': BadRequest,
                    'PERMISSION_DENIED': PermissionDenied,
                    'UNAUTHENTICATED': AuthenticationError,
                    'unauthorized': AuthenticationError,
                    'RESOURCE_EXHAUSTED': RateLimitExceeded,
                    'rate_limit_exceeded': RateLimitExceeded,
                    'INTERNAL': ExchangeNotAvailable,
                    'UNAVAILABLE': ExchangeNotAvailable,
                },
                'broad': {},
            },
        });
    }

    // --- markets -------------------------------------------------------------------------------------

    async fetchTime (params = {}) {
        // GET time: { iso, epochSeconds, epochMillis }.
        const response = await this.publicGetTime (params);
        const time = this.safeInteger (response, 'epochMillis');
        if (time === undefined) {
            throw new BadResponse (this.id + ' fetchTime () got no epochMillis: ' + this.excerpt (this.json (response)));
        }
        return time;
    }

    async fetchMarkets (params = {}) {
        // GET market/products?product_type=SPOT: { products: [ { product_id, price, price_percentage_change_24h,
        // volume_24h, base_increment, quote_increment, quote_min_size, quote_max_size, base_min_size, base_max_size,
        // status, trading_disabled, is_disabled, cancel_only, product_type, base_currency_id, quote_currency_id,
        // price_increment, ... } ], num_products }. Only spot products are markets here (the futures of the same
        // endpoint are left out).
        const response = await this.publicGetMarketProducts (this.extend ({ 'product_type': 'SPOT' }, params));
        const products = this.requiredList (response, 'products');
        const result = [];
        for (let i = 0; i < products.length; i++) {
            if (this.safeString (products[i], 'product_type') === 'SPOT') {
                result.push (this.parseMarket (products[i]));
            }
        }
        return result;
    }

    parseMarket (product) {
        const id = this.safeString (product, 'product_id');
        const baseId = this.safeString (product, 'base_currency_id');
        const quoteId = this.safeString (product, 'quote_currency_id');
        if ((id === undefined) || (baseId === undefined) || (quoteId === undefined)) {
            throw new BadResponse (this.id + ' sent a product without product_id, base_currency_id or quote_currency_id: ' + this.excerpt (this.json (product)));
        }
        const base = this.safeCurrencyCode (baseId);
        const quote = this.safeCurrencyCode (quoteId);
        // online and not disabled: a product in cancel-only mode takes no new orders.
        const active = (this.safeString (product, 'status') === 'online')
            && (this.safeBool (product, 'trading_disabled') !== true)
            && (this.safeBool (product, 'is_disabled') !== true)
            && (this.safeBool (product, 'cancel_only') !== true);
        return this.safeMarketStructure ({
            'id': id,
            'symbol': base + '/' + quote,
            'base': base,
            'quote': quote,
            'baseId': baseId,
            'quoteId': quoteId,
            'active': active,
            'type': 'spot',
            'spot': true,
            'precision': {
                'amount': this.safeNumber (product, 'base_increment'),
                'price': this.safeNumber2 (product, 'price_increment', 'quote_increment'),
            },
            'limits': {
                'amount': { 'min': this.safeNumber (product, 'base_min_size'), 'max': this.safeNumber (product, 'base_max_size') },
                'price': { 'min': undefined, 'max': undefined },
                'cost': { 'min': this.safeNumber (product, 'quote_min_size'), 'max': this.safeNumber (product, 'quote_max_size') },
            },
            'info': product,
        });
    }

    // --- market data ---------------------------------------------------------------------------------

    parseTicker (ticker, market = undefined) {
        // A product of market/products (fetchTickers): { product_id, price, price_percentage_change_24h,
        // volume_24h, approximate_quote_24h_volume, ... }, or the answer of market/products/{product_id}/ticker
        // (fetchTicker), given with its product_id: { trades: [ { trade_id, product_id, price, size, time, side } ],
        // best_bid, best_ask }, whose latest trade is the last price.
        const trades = this.safeList (ticker, 'trades', []);
        const latest = this.safeDict (trades, 0, {});
        const marketId = this.safeString2 (ticker, 'product_id', 'productId', this.safeString (latest, 'product_id'));
        market = this.safeMarket (marketId, market, '-');
        const last = this.safeString2 (ticker, 'price', 'last', this.safeString (latest, 'price'));
        const timestamp = this.parse8601 (this.safeString (latest, 'time'));
        return this.safeTicker ({
            'symbol': market['symbol'],
            'timestamp': timestamp,
            'datetime': this.iso8601 (timestamp),
            'bid': this.safeString (ticker, 'best_bid'),
            'ask': this.safeString (ticker, 'best_ask'),
            'last': last,
            'close': last,
            'percentage': this.safeString (ticker, 'price_percentage_change_24h'),
            'baseVolume': this.safeString (ticker, 'volume_24h'),
            'quoteVolume': this.safeString (ticker, 'approximate_quote_24h_volume'),
            'info': ticker,
        }, market);
    }

    async fetchTicker (symbol, params = {}) {
        // GET market/products/{product_id}/ticker?limit=1: the latest trade and the best bid and ask.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = this.extend ({ 'product_id': market['id'], 'limit': 1 }, params);
        const response = await this.publicGetMarketProductsProductIdTicker (request);
        if ((response === undefined) || Array.isArray (response) || (typeof response !== 'object')) {
            throw new BadResponse (this.id + ' fetchTicker () got no ticker: ' + this.excerpt (this.json (response)));
        }
        this.requiredList (response, 'trades');
        return this.parseTicker (response, market);
    }

    async fetchTickers (symbols = undefined, params = {}) {
        // GET market/products?product_type=SPOT: the last price and the 24 h change and volume of every product.
        await this.loadMarkets ();
        const response = await this.publicGetMarketProducts (this.extend ({ 'product_type': 'SPOT' }, params));
        const products = this.requiredList (response, 'products');
        const tickers = [];
        for (let i = 0; i < products.length; i++) {
            if (this.safeString (products[i], 'product_type') === 'SPOT') {
                tickers.push (products[i]);
            }
        }
        return this.parseTickers (tickers, symbols);
    }

    async fetchOrderBook (symbol, limit = undefined, params = {}) {
        // GET market/product_book?product_id&limit: { pricebook: { product_id, bids: [ { price, size } ], asks,
        // time }, last, mid_market, spread_bps, spread_absolute }.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'product_id': market['id'] };
        if (limit !== undefined) {
            request['limit'] = limit;
        }
        const response = await this.publicGetMarketProductBook (this.extend (request, params));
        const pricebook = this.safeDict (response, 'pricebook');
        if (pricebook === undefined) {
            throw new BadResponse (this.id + ' fetchOrderBook () got no pricebook: ' + this.excerpt (this.json (response)));
        }
        this.requiredList (pricebook, 'bids');
        this.requiredList (pricebook, 'asks');
        const timestamp = this.parse8601 (this.safeString (pricebook, 'time'));
        return this.parseOrderBook (pricebook, market['symbol'], timestamp, 'bids', 'asks', 'price', 'size');
    }

    parseTrade (trade, market = undefined) {
        // Public (market/products/{product_id}/ticker): { trade_id, product_id, price, size, time, side: BUY or
        // SELL }. Private (orders/historical/fills): { entry_id, trade_id, order_id, trade_time, trade_type, price,
        // size, commission, product_id, sequence_timestamp, liquidity_indicator: MAKER or TAKER, size_in_quote,
        // side }, where size is in the quote currency when size_in_quote is true. The commission is in the quote
        // currency.
        const marketId = this.safeString (trade, 'product_id');
        market = this.safeMarket (marketId, market, '-');
        const price = this.safeString (trade, 'price');
        let amount = this.safeString (trade, 'size');
        let cost = undefined;
        if (this.safeBool (trade, 'size_in_quote') === true) {
            cost = amount;
            amount = ((cost !== undefined) && (price !== undefined) && Precise.stringGt (price, '0')) ? Precise.stringDiv (cost, price) : undefined;
        }
        const rawSide = this.safeStringLower (trade, 'side');
        const liquidity = this.safeStringLower (trade, 'liquidity_indicator');
        let fee = undefined;
        const commission = this.safeString (trade, 'commission');
        if (commission !== undefined) {
            fee = { 'cost': commission, 'currency': market['quote'] };
        }
        const timestamp = this.parse8601 (this.safeString2 (trade, 'time', 'trade_time'));
        return this.safeTrade ({
            'id': this.safeString (trade, 'trade_id'),
            'order': this.safeString (trade, 'order_id'),
            'timestamp': timestamp,
            'datetime': this.iso8601 (timestamp),
            'symbol': market['symbol'],
            'side': ((rawSide === 'buy') || (rawSide === 'sell')) ? rawSide : undefined,
            'takerOrMaker': ((liquidity === 'maker') || (liquidity === 'taker')) ? liquidity : undefined,
            'price': price,
            'amount': amount,
            'cost': cost,
            'fee': fee,
            'info': trade,
        }, market);
    }

    async fetchTrades (symbol, since = undefined, limit = undefined, params = {}) {
        // GET market/products/{product_id}/ticker?limit (and start, end in UNIX seconds): { trades: [ ... ] },
        // newest first.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'product_id': market['id'], 'limit': (limit === undefined) ? 100 : limit };
        if (since !== undefined) {
            request['start'] = this.numberToString (Math.floor (since / 1000));
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            request['end'] = this.numberToString (Math.floor (until / 1000));
        }
        const response = await this.publicGetMarketProductsProductIdTicker (this.extend (request, this.omit (params, 'until')));
        return this.parseTrades (this.requiredList (response, 'trades'), market, since, limit);
    }

    async fetchOHLCV (symbol, timeframe = '1m', since = undefined, limit = undefined, params = {}) {
        // GET market/products/{product_id}/candles?start&end&granularity (UNIX seconds, both required, at most 350
        // candles): { candles: [ { start, low, high, open, close, volume } ] }, newest first. A range with an end
        // missing is completed to limit (or 350) candles; the end is until, or now.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const granularity = this.safeString (this.timeframes, timeframe);
        if (granularity === undefined) {
            throw new BadRequest (this.id + ' fetchOHLCV () does not support the timeframe ' + timeframe + ': one of ' + Object.keys (this.timeframes).join (', '));
        }
        const seconds = this.safeInteger (this.options['timeframeSeconds'], timeframe);
        const maxCandles = this.safeInteger (this.options, 'maxCandles', 350);
        const count = (limit === undefined) ? maxCandles : Math.min (limit, maxCandles);
        const until = this.safeInteger (params, 'until');
        let start = (since === undefined) ? undefined : Math.floor (since / 1000);
        let end = (until === undefined) ? undefined : Math.floor (until / 1000);
        if (start === undefined) {
            if (end === undefined) {
                end = this.seconds ();
            }
            start = end - count * seconds;
        } else if (end === undefined) {
            end = start + count * seconds;
        }
        const request = {
            'product_id': market['id'],
            'granularity': granularity,
            'start': this.numberToString (start),
            'end': this.numberToString (end),
        };
        const response = await this.publicGetMarketProductsProductIdCandles (this.extend (request, this.omit (params, 'until')));
        return this.parseOHLCVs (this.requiredList (response, 'candles'), market, timeframe, since, limit);
    }

    parseOHLCV (ohlcv, market = undefined) {
        return [
            this.safeTimestamp (ohlcv, 'start'),
            this.safeNumber (ohlcv, 'open'),
            this.safeNumber (ohlcv, 'high'),
            this.safeNumber (ohlcv, 'low'),
            this.safeNumber (ohlcv, 'close'),
            this.safeNumber (ohlcv, 'volume'),
        ];
    }

    // --- account -------------------------------------------------------------------------------------

    async fetchBalance (params = {}) {
        // GET accounts?limit&cursor: { accounts: [ { uuid, name, currency, available_balance: { value, currency },
        // default, active, type, ready, hold: { value, currency } } ], has_next, cursor, size }, page after page
        // while has_next. available is free, hold what orders hold; one currency may have several accounts.
        await this.loadMarkets ();
        const pages = [];
        const totals = {};
        let request = this.extend ({ 'limit': this.safeInteger (this.options, 'accountsPageSize', 250) }, params);
        const maxPages = this.safeInteger (this.options, 'maxPages', 20);
        for (let page = 0; page < maxPages; page++) {
            const response = await this.privateGetAccounts (request);
            pages.push (response);
            const accounts = this.requiredList (response, 'accounts');
            for (let i = 0; i < accounts.length; i++) {
                const entry = accounts[i];
                const currencyId = this.safeString (entry, 'currency');
                if (currencyId === undefined) {
                    continue;
                }
                const code = this.safeCurrencyCode (currencyId);
                const free = this.safeString (this.safeDict (entry, 'available_balance', {}), 'value', '0');
                const used = this.safeString (this.safeDict (entry, 'hold', {}), 'value', '0');
                const sofar = this.safeDict (totals, code, { 'free': '0', 'used': '0' });
                totals[code] = { 'free': Precise.stringAdd (sofar['free'], free), 'used': Precise.stringAdd (sofar['used'], used) };
            }
            const cursor = this.safeString (response, 'cursor');
            if ((this.safeBool (response, 'has_next') !== true) || (cursor === undefined)) {
                break;
            }
            request = this.extend (request, { 'cursor': cursor });
        }
        const result = { 'info': pages };
        const codes = Object.keys (totals);
        for (let i = 0; i < codes.length; i++) {
            const summed = this.safeDict (totals, codes[i], {});
            result[codes[i]] = { 'free': this.safeString (summed, 'free'), 'used': this.safeString (summed, 'used'), 'total': undefined };
        }
        return this.safeBalance (result);
    }

    // --- orders --------------------------------------------------------------------------------------

    parseOrder (order, market = undefined) {
        // orders/historical/{order_id} and the lists: { order_id, product_id, side: BUY or SELL, client_order_id,
        // status, time_in_force, created_time, order_configuration: { <kind>: { base_size, quote_size,
        // limit_price, post_only, stop_price } }, filled_size, average_filled_price, filled_value, total_fees,
        // order_type, last_fill_time, ... }. The fees are in the quote currency.
        const marketId = this.safeString (order, 'product_id');
        market = this.safeMarket (marketId, market, '-');
        const configuration = this.safeDict (order, 'order_configuration', {});
        const kinds = Object.keys (configuration);
        const settings = (kinds.length === 1) ? this.safeDict (configuration, kinds[0], {}) : {};
        const rawSide = this.safeStringLower (order, 'side');
        const rawType = this.safeString (order, 'order_type');
        let fee = undefined;
        const fees = this.safeString (order, 'total_fees');
        if (fees !== undefined) {
            fee = { 'cost': fees, 'currency': market['quote'] };
        }
        const timestamp = this.parse8601 (this.safeString (order, 'created_time'));
        const triggerPrice = (rawType === 'STOP_LIMIT') ? this.safeString (settings, 'stop_price') : undefined;
        return this.safeOrder ({
            'id': this.safeString (order, 'order_id'),
            'clientOrderId': this.safeString (order, 'client_order_id'),
            'timestamp': timestamp,
            'datetime': this.iso8601 (timestamp),
            'lastTradeTimestamp': this.parse8601 (this.safeString (order, 'last_fill_time')),
            'symbol': market['symbol'],
            'type': this.safeString (this.options['orderTypes'], rawType),
            'timeInForce': this.safeString (this.options['timeInForce'], this.safeString (order, 'time_in_force')),
            'postOnly': this.safeBool (settings, 'post_only'),
            'side': ((rawSide === 'buy') || (rawSide === 'sell')) ? rawSide : undefined,
            'price': this.safeString (settings, 'limit_price'),
            'triggerPrice': triggerPrice,
            'average': this.safeString (order, 'average_filled_price'),
            'amount': this.safeString (settings, 'base_size'),
            'filled': this.safeString (order, 'filled_size'),
            'cost': this.safeString (order, 'filled_value'),
            'status': this.safeString (this.options['orderStatuses'], this.safeString (order, 'status')),
            'fee': fee,
            'info': order,
        }, market);
    }

    async createOrder (symbol, type, side, amount, price = undefined, params = {}) {
        // POST orders { client_order_id (the caller's clientOrderId, else a new UUID), product_id, side: BUY or
        // SELL, order_configuration: { market_market_ioc: { base_size or quote_size (the unified cost) } } or, for
        // a limit order, { limit_limit_gtc: { base_size, limit_price, post_only } }, { sor_limit_ioc: { base_size,
        // limit_price } } (IOC) or { limit_limit_fok: { base_size, limit_price } } (FOK) }. It answers { success,
        // success_response: { order_id, product_id, side, client_order_id } } or, refused, success false and
        // error_response (handleErrors). Spot has no reduce-only order; trigger orders are not placed here.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const [ unified, rest ] = this.unifiedOrderParams (type, params);
        this.rejectUnifiedParams ('createOrder', unified, [ 'reduceOnly', 'triggerPrice', 'stopLossPrice', 'takeProfitPrice' ]);
        if ((type !== 'market') && (type !== 'limit')) {
            throw new InvalidOrder (this.id + ' createOrder () type must be market or limit, not ' + type);
        }
        if ((side !== 'buy') && (side !== 'sell')) {
            throw new InvalidOrder (this.id + ' createOrder () side must be buy or sell, not ' + side);
        }
        const clientOrderId = (unified['clientOrderId'] === undefined) ? this.uuid () : unified['clientOrderId'];
        let configuration = {};
        if (type === 'market') {
            if (unified['postOnly']) {
                throw new InvalidOrder (this.id + ' createOrder () a market order cannot be post-only');
            }
            if ((unified['timeInForce'] !== undefined) && (unified['timeInForce'] !== 'IOC')) {
                throw new InvalidOrder (this.id + ' createOrder () a market order is immediate-or-cancel: timeInForce ' + unified['timeInForce'] + ' is for limit orders');
            }
            const sizes = {};
            if (unified['cost'] !== undefined) {
                sizes['quote_size'] = this.costToPrecision (symbol, unified['cost']);
            } else {
                sizes['base_size'] = this.amountToPrecision (symbol, amount);
            }
            configuration = { 'market_market_ioc': sizes };
        } else {
            if (price === undefined) {
                throw new ArgumentsRequired (this.id + ' createOrder () requires a price for a limit order');
            }
            if (unified['cost'] !== undefined) {
                throw new InvalidOrder (this.id + ' createOrder () cost is for market orders: a limit order takes an amount and a price');
            }
            const baseSize = this.amountToPrecision (symbol, amount);
            const limitPrice = this.priceToPrecision (symbol, price);
            const timeInForce = unified['timeInForce'];
            if (unified['postOnly'] && (timeInForce !== undefined) && (timeInForce !== 'GTC')) {
                throw new InvalidOrder (this.id + ' createOrder () a post-only order rests on the book: timeInForce ' + timeInForce + ' cannot be post-only');
            }
            if (timeInForce === 'IOC') {
                configuration = { 'sor_limit_ioc': { 'base_size': baseSize, 'limit_price': limitPrice } };
            } else if (timeInForce === 'FOK') {
                configuration = { 'limit_limit_fok': { 'base_size': baseSize, 'limit_price': limitPrice } };
            } else {
                configuration = { 'limit_limit_gtc': { 'base_size': baseSize, 'limit_price': limitPrice, 'post_only': unified['postOnly'] } };
            }
        }
        const request = this.extend ({
            'client_order_id': clientOrderId,
            'product_id': market['id'],
            'side': side.toUpperCase (),
            'order_configuration': configuration,
        }, rest);
        const response = await this.privatePostOrders (request);
        const success = this.safeDict (response, 'success_response');
        const id = this.safeString (success, 'order_id');
        if (id === undefined) {
            throw new BadResponse (this.id + ' createOrder () got no order_id: ' + this.excerpt (this.json (response)));
        }
        const kinds = Object.keys (configuration);
        const settings = this.safeDict (configuration, kinds[0], {});
        return this.safeOrder ({
            'id': id,
            'clientOrderId': this.safeString (success, 'client_order_id', clientOrderId),
            'symbol': market['symbol'],
            'type': type,
            'side': side,
            'amount': this.safeString (settings, 'base_size'),
            'price': this.safeString (settings, 'limit_price'),
            'postOnly': unified['postOnly'],
            'timeInForce': (type === 'market') ? 'IOC' : ((unified['timeInForce'] === undefined) ? 'GTC' : unified['timeInForce']),
            'info': response,
        }, market);
    }

    async cancelOrder (id, symbol = undefined, params = {}) {
        // POST orders/batch_cancel { order_ids: [ id ] }: { results: [ { success, failure_reason, order_id } ] }.
        // A cancel the exchange refuses is the error its failure_reason names (UNKNOWN_CANCEL_ORDER: OrderNotFound).
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const response = await this.privatePostOrdersBatchCancel (this.extend ({ 'order_ids': [ id ] }, params));
        const results = this.requiredList (response, 'results');
        const result = this.safeDict (results, 0);
        if (result === undefined) {
            throw new BadResponse (this.id + ' cancelOrder () got no result: ' + this.excerpt (this.json (response)));
        }
        if (this.safeBool (result, 'success') !== true) {
            const reason = this.safeString (result, 'failure_reason', '');
            const feedback = this.id + ' cancelOrder () ' + id + ' was not canceled: ' + reason;
            this.throwExactlyMatchedException (this.exceptions['exact'], reason, feedback);
            throw new ExchangeError (feedback);
        }
        return this.safeOrder ({
            'id': this.safeString (result, 'order_id', id),
            'symbol': (market === undefined) ? undefined : market['symbol'],
            'info': result,
        }, market);
    }

    async fetchOrder (id, symbol = undefined, params = {}) {
        // GET orders/historical/{order_id}: { order: { ... } }.
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const response = await this.privateGetOrdersHistoricalOrderId (this.extend ({ 'order_id': id }, params));
        const order = this.safeDict (response, 'order');
        if (order === undefined) {
            throw new BadResponse (this.id + ' fetchOrder () got no order: ' + this.excerpt (this.json (response)));
        }
        return this.parseOrder (order, market);
    }

    async fetchOrdersOf (statuses, symbol, since, limit, params) {
        // GET orders/historical/batch?order_status (repeated)&product_ids&start_date&limit&cursor: { orders: [ ... ],
        // sequence, has_next, cursor }, page after page while has_next (and fewer than limit orders are read).
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        let request = { 'order_status': statuses };
        if (market !== undefined) {
            request['product_ids'] = market['id'];
        }
        if (since !== undefined) {
            request['start_date'] = this.iso8601 (since);
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            request['end_date'] = this.iso8601 (until);
        }
        if (limit !== undefined) {
            request['limit'] = limit;
        }
        request = this.extend (request, this.omit (params, 'until'));
        let orders = [];
        const maxPages = this.safeInteger (this.options, 'maxPages', 20);
        for (let page = 0; page < maxPages; page++) {
            const response = await this.privateGetOrdersHistoricalBatch (request);
            orders = this.arrayConcat (orders, this.requiredList (response, 'orders'));
            const cursor = this.safeString (response, 'cursor');
            if ((this.safeBool (response, 'has_next') !== true) || (cursor === undefined) || ((limit !== undefined) && (orders.length >= limit))) {
                break;
            }
            request = this.extend (request, { 'cursor': cursor });
        }
        return this.parseOrders (orders, market, since, limit);
    }

    async fetchOpenOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchOrdersOf ([ 'OPEN' ], symbol, since, limit, params);
    }

    async fetchClosedOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchOrdersOf ([ 'FILLED', 'CANCELLED', 'EXPIRED', 'FAILED' ], symbol, since, limit, params);
    }

    async fetchMyTrades (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // GET orders/historical/fills?product_ids&start_sequence_timestamp&end_sequence_timestamp&limit: { fills:
        // [ ... ], cursor }.
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const request = {};
        if (market !== undefined) {
            request['product_ids'] = market['id'];
        }
        if (since !== undefined) {
            request['start_sequence_timestamp'] = this.iso8601 (since);
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            request['end_sequence_timestamp'] = this.iso8601 (until);
        }
        if (limit !== undefined) {
            request['limit'] = limit;
        }
        const response = await this.privateGetOrdersHistoricalFills (this.extend (request, this.omit (params, 'until')));
        return this.parseTrades (this.requiredList (response, 'fills'), market, since, limit);
    }

    // --- transport -----------------------------------------------------------------------------------

    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        // GET sends its params as the query string, POST as a JSON body. A private request carries Authorization:
        // Bearer <JWT>, a JSON Web Token made for this one request (the Coinbase App authentication page and
        // Coinbase's own Python SDK, coinbase.jwt_generator): the header { alg: ES256 (or EdDSA), typ: JWT, kid: the
        // key's name, nonce: a random hex text }, the claims { sub: the key's name, iss: cdp, nbf: now, exp: now +
        // 120 (seconds), uri: '<METHOD> <host><path>' } (the path without the query string), signed with the key.
        const requestPath = '/api/' + this.version + '/brokerage/' + this.implodeParams (path, params);
        const query = this.omit (params, this.extractParams (path));
        const hasBody = (method === 'POST') || (method === 'PUT');
        let url = this.urls['api'] + requestPath;
        if (!hasBody && (Object.keys (query).length > 0)) {
            url = url + '?' + this.encodeQuery (query, true, false); // a list repeats its key (order_status=OPEN&order_status=FILLED)
        }
        if (api === 'public') {
            return { 'url': url, 'method': method, 'body': body, 'headers': headers };
        }
        this.checkRequiredCredentials ();
        const now = this.seconds ();
        const origin = this.urls['api'];
        const host = origin.slice (origin.indexOf ('//') + 2);
        const claims = {
            'sub': this.apiKey,
            'iss': 'cdp',
            'nbf': now,
            'exp': now + this.safeInteger (this.options, 'jwtLifetime', 120),
            'uri': method + ' ' + host + requestPath,
        };
        const nonce = this.uuid ().split ('-').join ('');
        const algorithm = this.safeString (this.options, 'signingAlgorithm', 'ES256');
        const token = this.asymmetricJwt (claims, this.secret, algorithm, { 'kid': this.apiKey, 'nonce': nonce });
        headers = { 'Authorization': 'Bearer ' + token };
        if (hasBody) {
            // An empty body is written out: PHP would encode an empty dictionary as a list, '[]'.
            body = (Object.keys (query).length > 0) ? this.json (query) : '{}';
            headers['Content-Type'] = 'application/json';
        }
        return { 'url': url, 'method': method, 'body': body, 'headers': headers };
    }

    handleErrors (status, reason, url, method, responseHeaders, responseBody, response, requestHeaders, requestBody) {
        // A refused order: HTTP 200, { success: false, error_response: { error, message, error_details,
        // new_order_failure_reason, preview_failure_reason } }. Any other error: an HTTP error status with { error,
        // code, message, details } (or a plain-text body, which the status maps: httpExceptions). The codes pick the
        // class; an unknown one is an ExchangeError, or the status's class.
        if ((response === undefined) || Array.isArray (response) || (typeof response !== 'object')) {
            return;
        }
        const errorResponse = this.safeDict (response, 'error_response');
        if ((this.safeBool (response, 'success') === false) && (errorResponse !== undefined)) {
            const refused = this.id + ' ' + method + ' ' + url + ' ' + this.excerpt (responseBody);
            this.throwExactlyMatchedException (this.exceptions['exact'], this.safeString (errorResponse, 'error', ''), refused);
            this.throwExactlyMatchedException (this.exceptions['exact'], this.safeString (errorResponse, 'new_order_failure_reason', ''), refused);
            this.throwExactlyMatchedException (this.exceptions['exact'], this.safeString (errorResponse, 'preview_failure_reason', ''), refused);
            throw new InvalidOrder (refused);
        }
        if (status < 400) {
            return;
        }
        const error = this.safeString (response, 'error');
        if (error === undefined) {
            return;
        }
        const feedback = this.id + ' ' + method + ' ' + url + ' ' + this.numberToString (status) + ' ' + this.excerpt (responseBody);
        if ((status === 404) && (url.indexOf ('/orders/historical/') >= 0)) {
            throw new OrderNotFound (feedback);
        }
        this.throwExactlyMatchedException (this.exceptions['exact'], error, feedback);
        this.throwExactlyMatchedException (this.exceptions['exact'], this.safeString (response, 'error_details', ''), feedback);
    }
}
