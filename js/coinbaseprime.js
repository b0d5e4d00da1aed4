// Coinbase Prime REST API v1: https://docs.cdp.coinbase.com/prime/rest-api
//
// Coinbase Prime is an institutional prime broker: every REST endpoint is authenticated, and most are scoped by a
// portfolio. There is no REST order book, ticker or public trade feed (market data comes over the WebSocket and
// FIX feeds), so fetchTicker, fetchOrderBook and fetchTrades are not offered rather than emulated.
import Exchange from './base/Exchange.js';
import { ArgumentsRequired, AuthenticationError, BadRequest, BadResponse, ExchangeError, InsufficientFunds, InvalidOrder, OrderNotFound, PermissionDenied, RateLimitExceeded } from './base/errors.js';
import { TICK_SIZE } from './base/functions/number.js';

export default class coinbaseprime extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'coinbaseprime',
            'name': 'Coinbase Prime',
            'countries': [ 'US' ],
            'version': 'v1',
            // Prime REST rate limits: 25 requests a second per portfolio (bursts of 50).
            'rateLimit': 40,
            'has': {
                'fetchMarkets': true,
                'fetchCurrencies': true,
                'fetchTicker': false, // no REST ticker
                'fetchTickers': false,
                'fetchOrderBook': false, // the order book is only streamed (WebSocket l2_data, FIX)
                'fetchOHLCV': true,
                'fetchTrades': false, // no public trade feed over REST
                'fetchBalance': true,
                'createOrder': true,
                'cancelOrder': true,
                'editOrder': false,
                'fetchOrder': true,
                'fetchOrders': false, // the order history (orders) does not list open orders: two endpoints
                'fetchOpenOrders': true,
                'fetchClosedOrders': true,
                'fetchMyTrades': true,
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
                'api': 'https://api.prime.coinbase.com',
                'www': 'https://prime.coinbase.com',
                'doc': 'https://docs.cdp.coinbase.com/prime/rest-api',
                'fees': 'https://docs.cdp.coinbase.com/prime/concepts/trading/trading-fees',
            },
            'api': {
                'private': {
                    'get': [
                        'portfolios',
                        'portfolios/{portfolio_id}',
                        'portfolios/{portfolio_id}/products',
                        'portfolios/{portfolio_id}/candles',
                        'portfolios/{portfolio_id}/balances',
                        'portfolios/{portfolio_id}/orders',
                        'portfolios/{portfolio_id}/open_orders',
                        'portfolios/{portfolio_id}/orders/{order_id}',
                        'portfolios/{portfolio_id}/fills',
                        'portfolios/{portfolio_id}/transactions',
                        'portfolios/{portfolio_id}/wallets',
                        'portfolios/{portfolio_id}/wallets/{wallet_id}/deposit_instructions',
                        'entities/{entity_id}/assets',
                    ],
                    'post': [
                        'portfolios/{portfolio_id}/order',
                        'portfolios/{portfolio_id}/orders/{order_id}/cancel',
                        'portfolios/{portfolio_id}/wallets/{wallet_id}/withdrawals',
                    ],
                },
            },
            // The granularities of portfolios/{portfolio_id}/candles that Coinbase's own samples spell alike
            // (prime-scripts-py and prime-sdk-go disagree on FIVE_MINUTE(S), FIFTEEN_MINUTE(S) and SIX_HOUR(S),
            // which are left out rather than guessed).
            'timeframes': {
                '1m': 'ONE_MINUTE',
                '30m': 'THIRTY_MINUTE',
                '1h': 'ONE_HOUR',
                '2h': 'TWO_HOUR',
                '1d': 'ONE_DAY',
            },
            // X-CB-ACCESS-PASSPHRASE is the passphrase shown when the key is created: the password credential.
            'requiredCredentials': {
                'apiKey': true,
                'secret': true,
                'password': true,
            },
            // Prime's commission is negotiated per client (portfolios/{portfolio_id}/commission reports the rate),
            // so no default rate is stated.
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
                // The portfolio the portfolio-scoped endpoints use: options['portfolioId'], or params['portfolio_id']
                // per call; without either, the first portfolio GET /v1/portfolios lists (and it is kept here).
                'portfolioId': undefined,
                // The entity of fetchCurrencies' List Assets: options['entityId'], else the portfolio's entity_id.
                'entityId': undefined,
                // The wallet whose deposit instructions and withdrawals fetchDepositAddress and withdraw use.
                'walletType': 'TRADING',
                // Unified network codes of the network ids the API reports (transactions' network, deposit
                // instructions' network.id): only those the reference pages show.
                'networks': {
                    'ERC20': 'ethereum-mainnet',
                },
                'maxPages': 20,
                'maxCandles': 300,
                'timeframeSeconds': {
                    '1m': 60,
                    '30m': 1800,
                    '1h': 3600,
                    '2h': 7200,
                    '1d': 86400,
                },
                'orderStatuses': {
                    'PENDING': 'open',
                    'OPEN': 'open',
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
                    'IMMEDIATE_OR_CANCEL': 'IOC',
                    'FILL_OR_KILL': 'FOK',
                },
                'transactionTypes': {
                    'DEPOSIT': 'deposit',
                    'INTERNAL_DEPOSIT': 'deposit',
                    'WITHDRAWAL': 'withdrawal',
                    'INTERNAL_WITHDRAWAL': 'withdrawal',
                },
                'transactionStatuses': {
                    'TRANSACTION_DONE': 'ok',
                    'TRANSACTION_IMPORTED': 'ok',
                    'TRANSACTION_CANCELLED': 'canceled',
                    'TRANSACTION_REJECTED': 'failed',
                    'TRANSACTION_FAILED': 'failed',
                    'TRANSACTION_EXPIRED': 'failed',
                },
            },
            // Errors are an HTTP 4xx or 5xx status with { "message": "..." }; the status picks the class
            // (httpExceptions: 400 BadRequest, 401 AuthenticationError, 403 PermissionDenied, 429 RateLimitExceeded),
            // and a 404 of an order endpoint is OrderNotFound. The broad messages below are matched first.
            'exceptions': {
                'exact': {},
                'broad': {
                    'insufficient': InsufficientFunds,
                    'invalid signature': AuthenticationError,
                    'timestamp': AuthenticationError,
                },
            },
        });
    }

    // --- portfolio -----------------------------------------------------------------------------------

    async portfolioId (params = {}) {
        // params['portfolio_id'] for one call, else options['portfolioId']; without either, the first portfolio
        // that GET /v1/portfolios lists for the key (a portfolio-scoped key lists its own), kept in the options.
        const fromParams = this.safeString2 (params, 'portfolio_id', 'portfolioId');
        if (fromParams !== undefined) {
            return fromParams;
        }
        const configured = this.safeString (this.options, 'portfolioId');
        if (configured !== undefined) {
            return configured;
        }
        const response = await this.privateGetPortfolios ();
        const portfolios = this.requiredList (response, 'portfolios');
        const first = this.safeDict (portfolios, 0);
        const id = this.safeString (first, 'id');
        if (id === undefined) {
            throw new BadResponse (this.id + ' GET /v1/portfolios lists no portfolio for this API key: set options[\'portfolioId\']');
        }
        this.options['portfolioId'] = id;
        return id;
    }

    async portfolioRequest (request, params) {
        // The request of a portfolio-scoped endpoint: request with its portfolio_id, params without the portfolio.
        const portfolioId = await this.portfolioId (params);
        const result = this.extend (request, this.omit (params, [ 'portfolio_id', 'portfolioId' ]));
        result['portfolio_id'] = portfolioId;
        return result;
    }

    // --- markets and currencies ----------------------------------------------------------------------

    async fetchMarkets (params = {}) {
        // portfolios/{portfolio_id}/products: { products: [ { id: 'BTC-USD', base_increment, quote_increment,
        // base_min_size, quote_min_size, base_max_size, quote_max_size, permissions, price_increment } ],
        // pagination: { next_cursor, sort_direction, has_next } }, page after page while has_next.
        let request = await this.portfolioRequest ({}, params);
        const result = [];
        const maxPages = this.safeInteger (this.options, 'maxPages', 20);
        for (let page = 0; page < maxPages; page++) {
            const response = await this.privateGetPortfoliosPortfolioIdProducts (request);
            const products = this.requiredList (response, 'products');
            for (let i = 0; i < products.length; i++) {
                result.push (this.parseMarket (products[i]));
            }
            const pagination = this.safeDict (response, 'pagination', {});
            const cursor = this.safeString (pagination, 'next_cursor');
            if ((this.safeBool (pagination, 'has_next') !== true) || (cursor === undefined)) {
                break;
            }
            request = this.extend (request, { 'cursor': cursor });
        }
        return result;
    }

    parseMarket (product) {
        const id = this.safeString (product, 'id');
        const parts = (id === undefined) ? [] : id.split ('-');
        if (parts.length !== 2) {
            throw new BadResponse (this.id + ' sent a product whose id is not BASE-QUOTE: ' + this.excerpt (this.json (product)));
        }
        const baseId = parts[0];
        const quoteId = parts[1];
        const base = this.safeCurrencyCode (baseId);
        const quote = this.safeCurrencyCode (quoteId);
        // permissions: PRODUCT_PERMISSION_READ, PRODUCT_PERMISSION_TRADE (a list in the API's types, one string
        // in the reference page's example): the market is active when the portfolio may trade it.
        const permissions = this.safeValue (product, 'permissions');
        let active = undefined;
        if (Array.isArray (permissions)) {
            active = this.inArray ('PRODUCT_PERMISSION_TRADE', permissions);
        } else if (typeof permissions === 'string') {
            active = (permissions === 'PRODUCT_PERMISSION_TRADE');
        }
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
                'price': this.safeNumber (product, 'price_increment'),
            },
            'limits': {
                'amount': { 'min': this.safeNumber (product, 'base_min_size'), 'max': this.safeNumber (product, 'base_max_size') },
                'price': { 'min': undefined, 'max': undefined },
                'cost': { 'min': this.safeNumber (product, 'quote_min_size'), 'max': this.safeNumber (product, 'quote_max_size') },
            },
            'info': product,
        });
    }

    async fetchCurrencies (params = {}) {
        // entities/{entity_id}/assets: { assets: [ { name, symbol, decimal_precision, trading_supported,
        // explorer_url, networks } ] }. The entity is options['entityId'], else the entity_id of the portfolio
        // (portfolios/{portfolio_id}: { portfolio: { id, name, entity_id, organization_id, entity_name } }).
        let entityId = this.safeString2 (params, 'entity_id', 'entityId', this.safeString (this.options, 'entityId'));
        if (entityId === undefined) {
            const request = await this.portfolioRequest ({}, {});
            const portfolioResponse = await this.privateGetPortfoliosPortfolioId (request);
            entityId = this.safeString (this.safeDict (portfolioResponse, 'portfolio', {}), 'entity_id');
            if (entityId === undefined) {
                throw new BadResponse (this.id + ' fetchCurrencies () found no entity_id in the portfolio: set options[\'entityId\']');
            }
        }
        const query = this.omit (params, [ 'entity_id', 'entityId', 'portfolio_id', 'portfolioId' ]);
        const response = await this.privateGetEntitiesEntityIdAssets (this.extend ({ 'entity_id': entityId }, query));
        const assets = this.requiredList (response, 'assets');
        const result = {};
        for (let i = 0; i < assets.length; i++) {
            const asset = assets[i];
            const id = this.safeString (asset, 'symbol');
            if (id === undefined) {
                continue;
            }
            const code = this.safeCurrencyCode (id);
            result[code] = {
                'id': id,
                'code': code,
                'name': this.safeString (asset, 'name'),
                'active': this.safeBool (asset, 'trading_supported'),
                'precision': this.parseNumber (this.parsePrecision (this.safeString (asset, 'decimal_precision'))),
                'info': asset,
            };
        }
        return result;
    }

    // --- market data ---------------------------------------------------------------------------------

    async fetchOHLCV (symbol, timeframe = '1m', since = undefined, limit = undefined, params = {}) {
        // portfolios/{portfolio_id}/candles?product_id&granularity&start_time&end_time (both ends required):
        // { candles: [ { timestamp (RFC 3339), open, high, low, close, volume } ] }. A range with an end missing
        // is completed to limit (or 300) candles; the end is until, or now.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const granularity = this.safeString (this.timeframes, timeframe);
        if (granularity === undefined) {
            throw new BadRequest (this.id + ' fetchOHLCV () does not support the timeframe ' + timeframe + ': one of ' + Object.keys (this.timeframes).join (', '));
        }
        const seconds = this.safeInteger (this.options['timeframeSeconds'], timeframe);
        const maxCandles = this.safeInteger (this.options, 'maxCandles', 300);
        const count = (limit === undefined) ? maxCandles : Math.min (limit, maxCandles);
        const span = count * seconds * 1000;
        const until = this.safeInteger (params, 'until');
        let start = since;
        let end = until;
        if (start === undefined) {
            if (end === undefined) {
                end = this.milliseconds ();
            }
            start = end - span;
        } else if (end === undefined) {
            end = start + span;
        }
        const request = await this.portfolioRequest ({
            'product_id': market['id'],
            'granularity': granularity,
            'start_time': this.iso8601 (start),
            'end_time': this.iso8601 (end),
        }, this.omit (params, 'until'));
        const response = await this.privateGetPortfoliosPortfolioIdCandles (request);
        const candles = this.requiredList (response, 'candles');
        return this.parseOHLCVs (candles, market, timeframe, since, limit);
    }

    parseOHLCV (ohlcv, market = undefined) {
        return [
            this.parse8601 (this.safeString (ohlcv, 'timestamp')),
            this.safeNumber (ohlcv, 'open'),
            this.safeNumber (ohlcv, 'high'),
            this.safeNumber (ohlcv, 'low'),
            this.safeNumber (ohlcv, 'close'),
            this.safeNumber (ohlcv, 'volume'),
        ];
    }

    // --- account -------------------------------------------------------------------------------------

    async fetchBalance (params = {}) {
        // portfolios/{portfolio_id}/balances: { balances: [ { symbol, amount, holds, withdrawable_amount, ... } ],
        // type: 'TRADING_BALANCES', ... }: amount is the whole balance, holds what open orders and pending
        // withdrawals hold.
        const request = await this.portfolioRequest ({}, params);
        const response = await this.privateGetPortfoliosPortfolioIdBalances (request);
        const balances = this.requiredList (response, 'balances');
        const result = { 'info': response };
        for (let i = 0; i < balances.length; i++) {
            const entry = balances[i];
            const currencyId = this.safeStringUpper (entry, 'symbol');
            if (currencyId === undefined) {
                continue;
            }
            const code = this.safeCurrencyCode (currencyId);
            const account = this.account ();
            account['total'] = this.safeString (entry, 'amount');
            account['used'] = this.safeString (entry, 'holds');
            result[code] = account;
        }
        return this.safeBalance (result);
    }

    // --- orders --------------------------------------------------------------------------------------

    parseOrder (order, market = undefined) {
        // { id, user_id, portfolio_id, product_id, side: BUY or SELL, client_order_id, type: MARKET, LIMIT,
        // STOP_LIMIT, TWAP, VWAP, BLOCK or RFQ, base_quantity, quote_value, limit_price, start_time, expiry_time,
        // status, time_in_force, created_at, filled_quantity, filled_value, average_filled_price, commission,
        // exchange_fee, stop_price, post_only, ... }; createOrder and cancelOrder answer { order_id } only.
        // The commission is in the quote currency (what the order is valued in); the algorithm types (TWAP,
        // VWAP, BLOCK, RFQ) have no unified type and keep theirs in info.
        const marketId = this.safeString (order, 'product_id');
        market = this.safeMarket (marketId, market, '-');
        const rawType = this.safeString (order, 'type');
        const rawSide = this.safeStringLower (order, 'side');
        let fee = undefined;
        const commission = this.safeString (order, 'commission');
        if (commission !== undefined) {
            fee = { 'cost': commission, 'currency': market['quote'] };
        }
        const triggerPrice = (rawType === 'STOP_LIMIT') ? this.safeString (order, 'stop_price') : undefined;
        return this.safeOrder ({
            'id': this.safeString2 (order, 'id', 'order_id'),
            'clientOrderId': this.safeString (order, 'client_order_id'),
            'timestamp': this.parse8601 (this.safeString (order, 'created_at')),
            'symbol': market['symbol'],
            'type': this.safeString (this.options['orderTypes'], rawType),
            'timeInForce': this.safeString (this.options['timeInForce'], this.safeString (order, 'time_in_force')),
            'postOnly': this.safeBool (order, 'post_only'),
            'side': ((rawSide === 'buy') || (rawSide === 'sell')) ? rawSide : undefined,
            'price': this.safeString (order, 'limit_price'),
            'triggerPrice': triggerPrice,
            'average': this.safeString (order, 'average_filled_price'),
            'amount': this.safeString (order, 'base_quantity'),
            'filled': this.safeString (order, 'filled_quantity'),
            'cost': this.safeString (order, 'filled_value'),
            'status': this.safeString (this.options['orderStatuses'], this.safeString (order, 'status')),
            'fee': fee,
            'info': order,
        }, market);
    }

    async createOrder (symbol, type, side, amount, price = undefined, params = {}) {
        // POST portfolios/{portfolio_id}/order { product_id, side, client_order_id (required: the caller's
        // clientOrderId, else a new UUID), type, base_quantity or quote_value, limit_price, time_in_force,
        // stop_price, post_only } answers { order_id }. The unified timeInForce GTC, IOC and FOK are
        // GOOD_UNTIL_CANCELLED, IMMEDIATE_OR_CANCEL and FILL_OR_KILL, postOnly is post_only, triggerPrice makes a
        // STOP_LIMIT order (a limit order only), cost is quote_value (market orders). Spot has no reduceOnly,
        // and Prime no stop-loss or take-profit order of its own: those are refused.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const [ unified, rest ] = this.unifiedOrderParams (type, params);
        this.rejectUnifiedParams ('createOrder', unified, [ 'reduceOnly', 'stopLossPrice', 'takeProfitPrice' ]);
        if ((type !== 'market') && (type !== 'limit')) {
            throw new InvalidOrder (this.id + ' createOrder () type must be market or limit, not ' + type);
        }
        if ((side !== 'buy') && (side !== 'sell')) {
            throw new InvalidOrder (this.id + ' createOrder () side must be buy or sell, not ' + side);
        }
        const clientOrderId = (unified['clientOrderId'] === undefined) ? this.uuid () : unified['clientOrderId'];
        const request = {
            'product_id': market['id'],
            'side': side.toUpperCase (),
            'client_order_id': clientOrderId,
        };
        if (type === 'market') {
            if (unified['trigger'] !== undefined) {
                throw new InvalidOrder (this.id + ' createOrder () triggerPrice makes a STOP_LIMIT order, which needs type limit and a price');
            }
            if ((unified['timeInForce'] !== undefined) && (unified['timeInForce'] !== 'IOC')) {
                throw new InvalidOrder (this.id + ' createOrder () a market order is immediate-or-cancel: timeInForce ' + unified['timeInForce'] + ' is for limit orders');
            }
            request['type'] = 'MARKET';
            if (unified['cost'] !== undefined) {
                request['quote_value'] = this.costToPrecision (symbol, unified['cost']);
            } else {
                request['base_quantity'] = this.amountToPrecision (symbol, amount);
            }
        } else {
            if (price === undefined) {
                throw new ArgumentsRequired (this.id + ' createOrder () requires a price for a limit order');
            }
            request['base_quantity'] = this.amountToPrecision (symbol, amount);
            request['limit_price'] = this.priceToPrecision (symbol, price);
            if (unified['trigger'] !== undefined) {
                request['type'] = 'STOP_LIMIT';
                request['stop_price'] = this.priceToPrecision (symbol, unified['trigger']);
            } else {
                request['type'] = 'LIMIT';
            }
            if (unified['timeInForce'] === 'GTC') {
                request['time_in_force'] = 'GOOD_UNTIL_CANCELLED';
            } else if (unified['timeInForce'] === 'IOC') {
                request['time_in_force'] = 'IMMEDIATE_OR_CANCEL';
            } else if (unified['timeInForce'] === 'FOK') {
                request['time_in_force'] = 'FILL_OR_KILL';
            }
            if (unified['postOnly']) {
                request['post_only'] = true;
            }
        }
        const fullRequest = await this.portfolioRequest (request, rest);
        const response = await this.privatePostPortfoliosPortfolioIdOrder (fullRequest);
        return this.safeOrder ({
            'id': this.safeString (response, 'order_id'),
            'clientOrderId': clientOrderId,
            'symbol': symbol,
            'type': type,
            'side': side,
            'amount': this.safeString (request, 'base_quantity'),
            'price': this.safeString (request, 'limit_price'),
            'triggerPrice': this.safeString (request, 'stop_price'),
            'postOnly': unified['postOnly'],
            'info': response,
        }, market);
    }

    async cancelOrder (id, symbol = undefined, params = {}) {
        // POST portfolios/{portfolio_id}/orders/{order_id}/cancel answers { order_id }: the cancellation is
        // requested (its outcome is the order's status, fetchOrder).
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const request = await this.portfolioRequest ({ 'order_id': id }, params);
        const response = await this.privatePostPortfoliosPortfolioIdOrdersOrderIdCancel (request);
        return this.safeOrder ({
            'id': this.safeString (response, 'order_id', id),
            'symbol': (market === undefined) ? undefined : market['symbol'],
            'info': response,
        }, market);
    }

    async fetchOrder (id, symbol = undefined, params = {}) {
        // portfolios/{portfolio_id}/orders/{order_id}: { order: { ... } }.
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const request = await this.portfolioRequest ({ 'order_id': id }, params);
        const response = await this.privateGetPortfoliosPortfolioIdOrdersOrderId (request);
        return this.parseOrder (this.safeDict (response, 'order', {}), market);
    }

    async fetchOpenOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // portfolios/{portfolio_id}/open_orders?product_ids&limit: { orders: [ ... ], pagination } (at most
        // 5000 open orders; since filters them here).
        await this.loadMarkets ();
        const query = {};
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
            query['product_ids'] = [ market['id'] ];
        }
        if (limit !== undefined) {
            query['limit'] = limit;
        }
        const request = await this.portfolioRequest (query, params);
        const response = await this.privateGetPortfoliosPortfolioIdOpenOrders (request);
        return this.parseOrders (this.requiredList (response, 'orders'), market, since, limit);
    }

    async fetchClosedOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // portfolios/{portfolio_id}/orders?order_statuses=FILLED&order_statuses=CANCELLED&...&product_ids
        // &start_date&end_date&limit: the order history (it does not list open orders), newest first.
        await this.loadMarkets ();
        const query = {
            'order_statuses': [ 'FILLED', 'CANCELLED', 'EXPIRED', 'FAILED' ],
        };
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
            query['product_ids'] = [ market['id'] ];
        }
        if (since !== undefined) {
            query['start_date'] = this.iso8601 (since);
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            query['end_date'] = this.iso8601 (until);
        }
        if (limit !== undefined) {
            query['limit'] = limit;
        }
        const request = await this.portfolioRequest (query, this.omit (params, 'until'));
        const response = await this.privateGetPortfoliosPortfolioIdOrders (request);
        return this.parseOrders (this.requiredList (response, 'orders'), market, since, limit);
    }

    // --- trades --------------------------------------------------------------------------------------

    parseTrade (trade, market = undefined) {
        // The portfolio's fills: { id, order_id, product_id, client_product_id, side, filled_quantity,
        // filled_value, price, time, commission (in the quote currency), venue, venue_fees, ces_commission }.
        market = this.safeMarket (this.safeString (trade, 'product_id'), market, '-');
        const rawSide = this.safeStringLower (trade, 'side');
        let fee = undefined;
        const commission = this.safeString (trade, 'commission');
        if (commission !== undefined) {
            fee = { 'cost': commission, 'currency': market['quote'] };
        }
        return this.safeTrade ({
            'id': this.safeString (trade, 'id'),
            'order': this.safeString (trade, 'order_id'),
            'timestamp': this.parse8601 (this.safeString (trade, 'time')),
            'symbol': market['symbol'],
            'side': ((rawSide === 'buy') || (rawSide === 'sell')) ? rawSide : undefined,
            'price': this.safeString (trade, 'price'),
            'amount': this.safeString (trade, 'filled_quantity'),
            'cost': this.safeString (trade, 'filled_value'),
            'fee': fee,
            'info': trade,
        }, market);
    }

    async fetchMyTrades (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // portfolios/{portfolio_id}/fills?start_date&end_date&limit: { fills: [ ... ], pagination }. The
        // endpoint requires start_date, so since is required; it has no product filter (symbol filters here).
        if (since === undefined) {
            throw new ArgumentsRequired (this.id + ' fetchMyTrades () requires since: the fills endpoint requires a start_date');
        }
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const query = { 'start_date': this.iso8601 (since) };
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            query['end_date'] = this.iso8601 (until);
        }
        if (limit !== undefined) {
            query['limit'] = limit;
        }
        const request = await this.portfolioRequest (query, this.omit (params, 'until'));
        const response = await this.privateGetPortfoliosPortfolioIdFills (request);
        return this.parseTrades (this.requiredList (response, 'fills'), market, since, limit);
    }

    // --- funding -------------------------------------------------------------------------------------

    parseTransaction (transaction, currency = undefined) {
        // { id, wallet_id, portfolio_id, type, status, symbol, created_at, completed_at, amount, transfer_from,
        // transfer_to: { type, value, address, account_identifier }, network_fees, fees, fee_symbol,
        // blockchain_ids, transaction_id, network }; withdraw answers { activity_id, approval_url, symbol,
        // amount, fee, destination_type, source_type, blockchain_destination: { address, account_identifier },
        // transaction_id }.
        const currencyId = this.safeStringUpper (transaction, 'symbol');
        const code = this.safeCurrencyCode (currencyId, currency);
        const destination = this.safeDict2 (transaction, 'transfer_to', 'blockchain_destination', {});
        let fee = undefined;
        const feeCost = this.safeString2 (transaction, 'fees', 'fee');
        if (feeCost !== undefined) {
            const feeCurrencyId = this.safeStringUpper (transaction, 'fee_symbol');
            fee = { 'cost': feeCost, 'currency': (feeCurrencyId === undefined) ? code : this.safeCurrencyCode (feeCurrencyId) };
        }
        const blockchainIds = this.safeList (transaction, 'blockchain_ids', []);
        const networkId = this.safeString (transaction, 'network');
        const status = this.safeString (transaction, 'status');
        let unifiedStatus = undefined;
        if (status !== undefined) {
            // Every other TRANSACTION_* status (created, requested, approved, processing, broadcasting, ...)
            // is a transaction on its way.
            unifiedStatus = this.safeString (this.options['transactionStatuses'], status, 'pending');
        }
        return this.safeTransaction ({
            'id': this.safeStringN (transaction, [ 'id', 'transaction_id', 'activity_id' ]),
            'txid': this.stringOf (this.safeValue (blockchainIds, 0)),
            'timestamp': this.parse8601 (this.safeString (transaction, 'created_at')),
            'network': (networkId === undefined) ? undefined : this.networkCode (networkId),
            'address': this.safeString (destination, 'address'),
            'tag': this.safeString (destination, 'account_identifier'),
            'type': this.safeString (this.options['transactionTypes'], this.safeString (transaction, 'type')),
            'amount': this.safeString (transaction, 'amount'),
            'currency': code,
            'status': unifiedStatus,
            'updated': this.parse8601 (this.safeString (transaction, 'completed_at')),
            'fee': fee,
            'info': transaction,
        }, currency);
    }

    async fetchTransfersOf (type, code, since, limit, params) {
        // portfolios/{portfolio_id}/transactions?types&symbols&start_time&end_time&limit: { transactions: [ ... ],
        // pagination }, newest first.
        await this.loadMarkets ();
        const currency = (code === undefined) ? undefined : this.currency (code);
        const query = { 'types': [ (type === 'deposit') ? 'DEPOSIT' : 'WITHDRAWAL' ] };
        if (currency !== undefined) {
            query['symbols'] = currency['id'];
        }
        if (since !== undefined) {
            query['start_time'] = this.iso8601 (since);
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            query['end_time'] = this.iso8601 (until);
        }
        if (limit !== undefined) {
            query['limit'] = limit;
        }
        const request = await this.portfolioRequest (query, this.omit (params, 'until'));
        const response = await this.privateGetPortfoliosPortfolioIdTransactions (request);
        return this.parseTransactions (this.requiredList (response, 'transactions'), currency, since, limit);
    }

    async fetchDeposits (code = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchTransfersOf ('deposit', code, since, limit, params);
    }

    async fetchWithdrawals (code = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchTransfersOf ('withdrawal', code, since, limit, params);
    }

    async walletId (currency, portfolioId, params) {
        // params['wallet_id'], else the first wallet of options['walletType'] (TRADING) that
        // portfolios/{portfolio_id}/wallets?type&symbols lists: { wallets: [ { id, name, symbol, type, ... } ] }.
        const given = this.safeString (params, 'wallet_id');
        if (given !== undefined) {
            return given;
        }
        const request = {
            'portfolio_id': portfolioId,
            'type': this.safeString (this.options, 'walletType', 'TRADING'),
            'symbols': currency['id'],
        };
        const response = await this.privateGetPortfoliosPortfolioIdWallets (request);
        const wallets = this.requiredList (response, 'wallets');
        const id = this.safeString (this.safeDict (wallets, 0), 'id');
        if (id === undefined) {
            throw new BadRequest (this.id + ' has no ' + request['type'] + ' wallet of ' + currency['code'] + ' in the portfolio: pass params[\'wallet_id\']');
        }
        return id;
    }

    async fetchDepositAddress (code, params = {}) {
        // portfolios/{portfolio_id}/wallets/{wallet_id}/deposit_instructions?deposit_type=CRYPTO:
        // { crypto_instructions: { id, name, type, address, account_identifier, account_identifier_name,
        // network: { id, type } } }: the wallet's default address, on its default network (the unified network
        // cannot choose another one, so it is refused).
        this.rejectUnifiedParams ('fetchDepositAddress', params, [ 'network' ]);
        await this.loadMarkets ();
        const currency = this.currency (code);
        const portfolioId = await this.portfolioId (params);
        const walletId = await this.walletId (currency, portfolioId, params);
        const query = this.omit (params, [ 'portfolio_id', 'portfolioId', 'wallet_id' ]);
        const request = this.extend ({ 'portfolio_id': portfolioId, 'wallet_id': walletId, 'deposit_type': 'CRYPTO' }, query);
        const response = await this.privateGetPortfoliosPortfolioIdWalletsWalletIdDepositInstructions (request);
        const instructions = this.safeDict (response, 'crypto_instructions', {});
        const address = this.safeString (instructions, 'address');
        if (address === undefined) {
            throw new BadResponse (this.id + ' fetchDepositAddress () got no crypto deposit address for ' + code);
        }
        const networkId = this.safeString (this.safeDict (instructions, 'network', {}), 'id');
        return {
            'currency': currency['code'],
            'address': address,
            'tag': this.safeString (instructions, 'account_identifier'),
            'network': (networkId === undefined) ? undefined : this.networkCode (networkId, currency),
            'info': response,
        };
    }

    async withdraw (code, amount, address, tag = undefined, params = {}) {
        // POST portfolios/{portfolio_id}/wallets/{wallet_id}/withdrawals { amount, destination_type:
        // DESTINATION_BLOCKCHAIN, idempotency_key (a new UUID), currency_symbol, blockchain_address: { address,
        // account_identifier (the tag) } }. The network field's values (network id and type) are not documented
        // beyond their names, so the unified network is refused: the asset's default network is used.
        this.rejectUnifiedParams ('withdraw', params, [ 'network' ]);
        await this.loadMarkets ();
        const currency = this.currency (code);
        const portfolioId = await this.portfolioId (params);
        const walletId = await this.walletId (currency, portfolioId, params);
        const destination = { 'address': address };
        if (tag !== undefined) {
            destination['account_identifier'] = tag;
        }
        const query = this.omit (params, [ 'portfolio_id', 'portfolioId', 'wallet_id' ]);
        const request = this.extend ({
            'portfolio_id': portfolioId,
            'wallet_id': walletId,
            'amount': this.currencyToPrecision (code, amount),
            'destination_type': 'DESTINATION_BLOCKCHAIN',
            'idempotency_key': this.uuid (),
            'currency_symbol': currency['id'],
            'blockchain_address': destination,
        }, query);
        const response = await this.privatePostPortfoliosPortfolioIdWalletsWalletIdWithdrawals (request);
        const transaction = this.parseTransaction (response, currency);
        transaction['type'] = 'withdrawal';
        if (transaction['status'] === undefined) {
            transaction['status'] = 'pending'; // withdrawals wait for the portfolio's consensus approval
        }
        return transaction;
    }

    // --- transport -----------------------------------------------------------------------------------

    queryString (query) {
        // A list repeats its key (order_statuses=FILLED&order_statuses=CANCELLED), as the API's repeated fields
        // take it.
        const parts = [];
        const keys = Object.keys (query);
        for (let i = 0; i < keys.length; i++) {
            const value = this.safeValue (query, keys[i]);
            if (Array.isArray (value)) {
                for (let j = 0; j < value.length; j++) {
                    parts.push (this.urlencode (this.singleKey (keys[i], value[j])));
                }
            } else {
                parts.push (this.urlencode (this.singleKey (keys[i], value)));
            }
        }
        return parts.join ('&');
    }

    sign (path, api = 'private', method = 'GET', params = {}, headers = undefined, body = undefined) {
        // GET sends its params as the query string, POST as a JSON body.
        const requestPath = '/' + this.version + '/' + this.implodeParams (path, params);
        const query = this.omit (params, this.extractParams (path));
        const hasBody = (method === 'POST') || (method === 'PUT');
        let url = this.urls['api'] + requestPath;
        if (!hasBody && (Object.keys (query).length > 0)) {
            url = url + '?' + this.queryString (query);
        }
        // X-CB-ACCESS-SIGNATURE: base64 (HMAC-SHA256 (secret, timestamp + method + path + body)), with the
        // timestamp in whole seconds and the path without the query string (the docs' examples sign
        // urlparse (uri).path). The HMAC key is the secret string as Coinbase gives it, used raw (the docs:
        // hmac.digest (SECRET_KEY.encode (), message.encode (), hashlib.sha256)), not base64-decoded.
        this.checkRequiredCredentials ();
        const timestamp = this.numberToString (this.seconds ());
        let payload = '';
        headers = {
            'Accept': 'application/json',
            'X-CB-ACCESS-KEY': this.apiKey,
            'X-CB-ACCESS-PASSPHRASE': this.password,
            'X-CB-ACCESS-TIMESTAMP': timestamp,
        };
        if (hasBody) {
            // An empty body is written out: PHP would encode an empty dictionary as a list, '[]'.
            body = (Object.keys (query).length > 0) ? this.json (query) : '{}';
            payload = body;
            headers['Content-Type'] = 'application/json';
        }
        const auth = timestamp + method + requestPath + payload;
        headers['X-CB-ACCESS-SIGNATURE'] = this.hmac (this.encode (auth), this.encode (this.secret), 'sha256', 'base64');
        return { 'url': url, 'method': method, 'body': body, 'headers': headers };
    }

    handleErrors (status, reason, url, method, responseHeaders, responseBody, response, requestHeaders, requestBody) {
        // { "message": "..." } with an HTTP 4xx or 5xx status: a message the broad map knows picks the class, a
        // 404 of an order endpoint is OrderNotFound, and the status decides the rest (httpExceptions).
        if ((status < 400) || (response === undefined) || Array.isArray (response) || (typeof response !== 'object')) {
            return;
        }
        const message = this.safeString (response, 'message');
        if (message === undefined) {
            return;
        }
        const feedback = this.id + ' ' + method + ' ' + url + ' ' + this.numberToString (status) + ' ' + message;
        this.throwExactlyMatchedException (this.exceptions['exact'], message, feedback);
        this.throwBroadlyMatchedException (this.exceptions['broad'], message.toLowerCase (), feedback);
        if ((status === 404) && (url.indexOf ('/orders/') >= 0)) {
            throw new OrderNotFound (feedback);
        }
        if (status === 401) {
            throw new AuthenticationError (feedback);
        }
        if (status === 403) {
            throw new PermissionDenied (feedback);
        }
        if (status === 429) {
            throw new RateLimitExceeded (feedback);
        }
        if (status === 404) {
            throw new ExchangeError (feedback);
        }
    }
}
