// WhiteBIT API v4 (spot): public market data (https://whitebit.com/api/v4/public, candles from the v1 kline
// endpoint, the only one the docs publish) and the private trade-account and main-account endpoints. The
// reference is https://docs.whitebit.com, written from the OpenAPI files of github.com/whitebit-exchange/docs.
import Exchange from './base/Exchange.js';
import { ArgumentsRequired, AuthenticationError, BadRequest, BadResponse, BadSymbol, DuplicateOrderId, ExchangeError, InsufficientFunds, InvalidAddress, InvalidNonce, InvalidOrder, NotSupported, OrderNotFound, PermissionDenied, RateLimitExceeded } from './base/errors.js';
import Precise from './base/Precise.js';
import { TICK_SIZE } from './base/functions/number.js';

export default class whitebit extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'whitebit',
            'name': 'WhiteBIT',
            'countries': [ 'EE' ],
            'version': 'v4',
            // Public endpoints allow 2000 requests per 10 s (5 ms each); the costs below scale the slower groups:
            // orderbook 600/10 s, v1 kline 1000/10 s, main-account 1000/10 s, history and withdraw 200/10 s.
            // Trading endpoints (10000-12000/10 s) are counted as public ones.
            'rateLimit': 5,
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
                'editOrder': true,
                'fetchOrder': false, // no lookup of one order in every state: orders finds open ones only
                'fetchOrders': false, // open and executed orders are separate lists
                'fetchOpenOrders': true,
                'fetchClosedOrders': true,
                'fetchMyTrades': true,
                'fetchDeposits': true,
                'fetchWithdrawals': true,
                'fetchTransactions': true,
                'fetchLedger': false, // the API has no ledger
                'fetchDepositAddress': true,
                'withdraw': true,
                'fetchTime': true,
                'fetchStatus': true,
                'fetchTradingFees': true,
                'cancelAllOrders': false, // cancel/all answers with an empty body: nothing to return
                'fetchOrderTrades': true,
                'fetchTradingFee': true,
                'fetchDepositAddresses': false,
                'createDepositAddress': false, // create-new-address is enabled per account by support only
                'fetchDepositWithdrawFees': false, // not implemented (public fee)
                'transfer': false, // not implemented (main-account/transfer)
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
                'api': {
                    'public': 'https://whitebit.com/api/v4/public',
                    'publicV1': 'https://whitebit.com/api/v1/public',
                    'private': 'https://whitebit.com/api/v4',
                },
                'www': 'https://whitebit.com',
                'doc': 'https://docs.whitebit.com',
            },
            'api': {
                'public': {
                    'get': {
                        'markets': 1,
                        'ticker': 1,
                        'assets': 1,
                        'orderbook/{market}': 3.4,
                        'trades/{market}': 1,
                        'time': 1,
                        'platform/status': 1,
                    },
                },
                'publicV1': {
                    'get': {
                        'kline': 2,
                    },
                },
                'private': {
                    'post': {
                        'trade-account/balance': 2,
                        'order/new': 1,
                        'order/market': 1,
                        'order/stock_market': 1,
                        'order/stop_limit': 1,
                        'order/stop_market': 1,
                        'order/cancel': 1,
                        'order/modify': 1,
                        'orders': 1,
                        'trade-account/executed-history': 1,
                        'trade-account/order': 1,
                        'trade-account/order/history': 1,
                        'market/fee': 1,
                        'main-account/balance': 2,
                        'main-account/address': 2,
                        'main-account/withdraw': 10,
                        'main-account/history': 10,
                    },
                },
            },
            // The kline intervals of the v1 endpoint.
            'timeframes': {
                '1m': '1m',
                '3m': '3m',
                '5m': '5m',
                '15m': '15m',
                '30m': '30m',
                '1h': '1h',
                '2h': '2h',
                '4h': '4h',
                '6h': '6h',
                '8h': '8h',
                '12h': '12h',
                '1d': '1d',
                '3d': '3d',
                '1w': '1w',
                '1M': '1M',
            },
            // The default spot fees the markets report (makerFee and takerFee 0.1, in percent).
            'fees': {
                'trading': {
                    'tierBased': true,
                    'percentage': true,
                    'maker': 0.001,
                    'taker': 0.001,
                },
            },
            'requiredCredentials': {
                'apiKey': true,
                'secret': true,
            },
            // Prices are multiples of tickSize and amounts of stepSize (enforced from September 18, 2026); a market
            // without them limits the decimals to moneyPrec and stockPrec.
            'precisionMode': TICK_SIZE,
            'options': {
                // createOrder's clientOrderId and postOnly are WhiteBIT's fields of the same name and meaning.
                'sameNameParams': [ 'clientOrderId', 'postOnly' ],
                // The network ids of the assets (ERC20, TRC20, BEP20, ...) are the unified codes.
                'networks': {},
                'orderStatuses': {
                    'NEW': 'open',
                    'PARTIALLY_FILLED': 'open',
                    'PARTIAL_FILLED': 'open',
                    'FILLED': 'closed',
                    'CANCELLED': 'canceled',
                    'CANCELED': 'canceled',
                    'PARTIAL_CANCELED': 'canceled',
                    'CANCELED_TAKER_BAND': 'canceled',
                    'AUTO_CANCELED_REDUCE_ONLY': 'canceled',
                },
                // main-account/history status codes, per method (the docs list them per deposit and withdraw).
                'depositStatuses': {
                    '3': 'ok',
                    '7': 'ok',
                    '4': 'canceled',
                    '9': 'canceled',
                    '5': 'pending', // unconfirmed by user
                    '15': 'pending',
                    '21': 'pending', // additional data required
                    '22': 'failed', // uncredited
                    '27': 'pending', // frozen, awaiting Travel Rule data
                    '28': 'pending', // Travel Rule data being verified
                },
                'withdrawalStatuses': {
                    '1': 'pending',
                    '2': 'pending',
                    '6': 'pending',
                    '10': 'pending',
                    '11': 'pending',
                    '12': 'pending',
                    '13': 'pending',
                    '14': 'pending',
                    '15': 'pending',
                    '16': 'pending',
                    '17': 'pending',
                    '3': 'ok',
                    '7': 'ok',
                    '18': 'ok', // partially successful: sent, for less than requested
                    '4': 'canceled',
                    '5': 'pending', // unconfirmed by user
                    '21': 'pending', // additional data required
                },
            },
            // Private errors are { code, message, errors: { field: [ messages ] } } with HTTP 400 or 422; the codes
            // are reused across endpoints (2 is an unknown order on cancel, an invalid address on withdraw), so the
            // messages decide first. Authentication errors are { success: false, message: [ [ text ] ], result }.
            'exceptions': {
                'exact': {
                    '0': BadRequest, // validation failed
                    '30': BadRequest, // validation failed
                    '31': BadSymbol, // market validation failed
                    '32': InvalidOrder, // amount validation failed
                    '33': InvalidOrder, // price validation failed
                    '36': InvalidOrder, // clientOrderId validation failed
                    '37': InvalidOrder, // ioc with postOnly or rpi
                },
                'broad': {
                    'Not enough balance': InsufficientFunds,
                    'Not enough money': InsufficientFunds,
                    'Unexecuted order was not found': OrderNotFound,
                    'Order does not exist': OrderNotFound,
                    'Market is not available': BadSymbol,
                    'This client order id is already used': DuplicateOrderId,
                    'Total (amount * price) is less than': InvalidOrder,
                    'The address is invalid': InvalidAddress,
                    'Too Many Attempts': RateLimitExceeded,
                    'Too many requests.': InvalidNonce, // the nonce is not above the previous one
                    'Nonce not provided': InvalidNonce,
                    'Your nonce is more than 5 seconds': InvalidNonce,
                    'Invalid nonceWindow': InvalidNonce,
                    'This action is unauthorized': AuthenticationError, // a disabled key or an unknown IP
                    'You don\'t have permission to use this endpoint': PermissionDenied,
                    'Unauthorized request': AuthenticationError, // a wrong signature
                    'Invalid payload': AuthenticationError,
                    'Payload not provided': AuthenticationError,
                    'Request not provided': AuthenticationError,
                    'Your account must be verified': PermissionDenied,
                },
            },
        });
    }

    // --- markets and currencies ------------------------------------------------------------------------

    async fetchMarkets (params = {}) {
        // markets: spot, futures and tradfiFutures markets; the spot ones.
        const response = this.responseShape (await this.publicGetMarkets (params), 'list', 'fetchMarkets');
        const result = [];
        for (let i = 0; i < response.length; i++) {
            if (this.safeString (response[i], 'type') === 'spot') {
                result.push (this.parseMarket (response[i]));
            }
        }
        return result;
    }

    responseShape (response, shape, method) {
        // The list or the object (keyed by currency or market) a response must be; anything else is a BadResponse
        // here rather than read as a list or an object in one runtime and refused in another.
        const value = (shape === 'list') ? this.safeList ({ 'response': response }, 'response') : this.safeDict ({ 'response': response }, 'response');
        if (value === undefined) {
            throw new BadResponse (this.id + ' ' + method + ' () expected a JSON ' + ((shape === 'list') ? 'array' : 'object') + ' in the response');
        }
        return value;
    }

    parseMarket (entry) {
        // { name, stock, money, stockPrec, moneyPrec, feePrec, makerFee, takerFee (percent), minAmount, minTotal,
        // maxTotal ("0": no limit), tradesEnabled, isCollateral, type, isTradFiFutures, delistedAt, tickSize,
        // stepSize ("" when the engine has none) }.
        const baseId = this.safeString (entry, 'stock');
        const quoteId = this.safeString (entry, 'money');
        const base = this.safeCurrencyCode (baseId);
        const quote = this.safeCurrencyCode (quoteId);
        const tick = this.safeString (entry, 'tickSize', this.parsePrecision (this.safeString (entry, 'moneyPrec')));
        const step = this.safeString (entry, 'stepSize', this.parsePrecision (this.safeString (entry, 'stockPrec')));
        return this.safeMarketStructure ({
            'id': this.safeString (entry, 'name'),
            'symbol': base + '/' + quote,
            'base': base,
            'quote': quote,
            'baseId': baseId,
            'quoteId': quoteId,
            'active': this.safeBool (entry, 'tradesEnabled'),
            'type': 'spot',
            'spot': true,
            'maker': this.percentRate (this.safeString (entry, 'makerFee')),
            'taker': this.percentRate (this.safeString (entry, 'takerFee')),
            'precision': {
                'amount': this.parseNumber (step),
                'price': this.parseNumber (tick),
            },
            'limits': {
                'amount': { 'min': this.safeNumber (entry, 'minAmount'), 'max': undefined },
                'price': { 'min': undefined, 'max': undefined },
                'cost': { 'min': this.safeNumber (entry, 'minTotal'), 'max': this.positiveNumber (this.safeString (entry, 'maxTotal')) },
            },
            'info': entry,
        });
    }

    percentRate (percent) {
        // "0.1" (percent) -> 0.001.
        if (percent === undefined) {
            return undefined;
        }
        return this.parseNumber (Precise.stringDiv (percent, '100'));
    }

    positiveNumber (text) {
        // A maximum where "0" means none.
        if ((text === undefined) || !Precise.stringGt (text, '0')) {
            return undefined;
        }
        return this.parseNumber (text);
    }

    async fetchCurrencies (params = {}) {
        // assets: { BTC: { name, can_withdraw, can_deposit, min_withdraw, max_withdraw, min_deposit, max_deposit
        // ("0": unlimited), currency_precision (decimals), networks: { deposits, withdraws, default },
        // limits: { deposit: { BTC: { min, max } }, withdraw }, confirmations, providers } }.
        const response = this.responseShape (await this.publicGetAssets (params), 'object', 'fetchCurrencies');
        const ids = Object.keys (response);
        const result = {};
        for (let i = 0; i < ids.length; i++) {
            const id = ids[i];
            const entry = this.safeDict (response, id, {});
            const code = this.safeCurrencyCode (id);
            const precision = this.parseNumber (this.parsePrecision (this.safeString (entry, 'currency_precision')));
            const deposit = this.safeBool (entry, 'can_deposit');
            const withdraw = this.safeBool (entry, 'can_withdraw');
            result[code] = {
                'id': id,
                'code': code,
                'name': this.safeString (entry, 'name'),
                'active': deposit && withdraw,
                'deposit': deposit,
                'withdraw': withdraw,
                'fee': undefined,
                'precision': precision,
                'limits': {
                    'deposit': { 'min': this.safeNumber (entry, 'min_deposit'), 'max': this.positiveNumber (this.safeString (entry, 'max_deposit')) },
                    'withdraw': { 'min': this.safeNumber (entry, 'min_withdraw'), 'max': this.positiveNumber (this.safeString (entry, 'max_withdraw')) },
                },
                'networks': this.parseAssetNetworks (entry, precision),
                'info': entry,
            };
        }
        return result;
    }

    networkIds (list) {
        // The texts of a list of network ids, as the keys of a dictionary (each true).
        const result = {};
        for (let i = 0; i < list.length; i++) {
            const id = list[i];
            if (typeof id === 'string') {
                result[id] = true;
            }
        }
        return result;
    }

    parseAssetNetworks (entry, precision) {
        // The networks of deposits and of withdrawals, each with its limits (where the asset states them).
        const networks = this.safeDict (entry, 'networks', {});
        const deposits = this.safeList (networks, 'deposits', []);
        const withdraws = this.safeList (networks, 'withdraws', []);
        const limits = this.safeDict (entry, 'limits', {});
        const depositLimits = this.safeDict (limits, 'deposit', {});
        const withdrawLimits = this.safeDict (limits, 'withdraw', {});
        // (looked up by id: a search of both lists for each id made an asset of 20,000 networks cost Python and PHP
        // half a minute; red-team round 28. A network id is a text: any other value names none.)
        const canDeposit = this.networkIds (deposits);
        const canWithdraw = this.networkIds (withdraws);
        const ids = Object.keys (this.extend (canDeposit, canWithdraw));
        const result = {};
        for (let i = 0; i < ids.length; i++) {
            const id = ids[i];
            const networkCode = this.networkCode (id);
            const depositLimit = this.safeDict (depositLimits, id, {});
            const withdrawLimit = this.safeDict (withdrawLimits, id, {});
            result[networkCode] = {
                'id': id,
                'network': networkCode,
                'active': (this.ownValue (canDeposit, id) === true) && (this.ownValue (canWithdraw, id) === true),
                'deposit': this.ownValue (canDeposit, id) === true,
                'withdraw': this.ownValue (canWithdraw, id) === true,
                'fee': undefined,
                'precision': precision,
                'limits': {
                    'deposit': { 'min': this.safeNumber (depositLimit, 'min'), 'max': this.safeNumber (depositLimit, 'max') },
                    'withdraw': { 'min': this.safeNumber (withdrawLimit, 'min'), 'max': this.safeNumber (withdrawLimit, 'max') },
                },
            };
        }
        return result;
    }

    // --- market data -------------------------------------------------------------------------------------

    async fetchTime (params = {}) {
        // time: { time } in seconds.
        const response = await this.publicGetTime (params);
        return this.safeTimestamp (response, 'time');
    }

    async fetchStatus (params = {}) {
        // platform/status: { status: "system operational" | "system maintenance" }.
        const response = await this.publicGetPlatformStatus (params);
        const status = this.safeString (response, 'status');
        let unified = 'error';
        if (status === 'system operational') {
            unified = 'ok';
        } else if (status === 'system maintenance') {
            unified = 'maintenance';
        }
        return { 'status': unified, 'updated': undefined, 'eta': undefined, 'url': undefined, 'info': response };
    }

    parseTicker (ticker, market = undefined) {
        // ticker's entries: { base_id, quote_id (CoinMarketCap ids), last_price, quote_volume, base_volume,
        // isFrozen, change (percent, the rolling 24 h open to last) }.
        return this.safeTicker ({
            'symbol': this.safeSymbol (undefined, market),
            'last': this.safeString (ticker, 'last_price'),
            'percentage': this.safeString (ticker, 'change'),
            'baseVolume': this.safeString (ticker, 'base_volume'),
            'quoteVolume': this.safeString (ticker, 'quote_volume'),
            'info': ticker,
        }, market);
    }

    async fetchTicker (symbol, params = {}) {
        // ticker answers with every market's, keyed by market name.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetTicker (params);
        const ticker = this.safeDict (response, market['id']);
        if (ticker === undefined) {
            throw new BadSymbol (this.id + ' fetchTicker () found no ticker of ' + symbol);
        }
        return this.parseTicker (ticker, market);
    }

    async fetchTickers (symbols = undefined, params = {}) {
        await this.loadMarkets ();
        const response = this.responseShape (await this.publicGetTicker (params), 'object', 'fetchTickers');
        // Every market's ticker, futures too: only the loaded (spot) markets' are kept, of symbols when given.
        const ids = Object.keys (response);
        const result = {};
        for (let i = 0; i < ids.length; i++) {
            const market = this.safeMarket (ids[i], undefined, '_');
            const symbol = market['symbol'];
            const ticker = this.safeDict (response, ids[i]);
            const wanted = (symbols === undefined) || this.inArray (symbol, symbols);
            if ((ticker !== undefined) && wanted && this.inArray (symbol, this.symbols)) {
                result[symbol] = this.parseTicker (ticker, market);
            }
        }
        return result;
    }

    async fetchOrderBook (symbol, limit = undefined, params = {}) {
        // orderbook/{market}?limit (at most 100): { ticker_id, timestamp (seconds), asks, bids }.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'market': market['id'] };
        if (limit !== undefined) {
            request['limit'] = Math.min (limit, 100);
        }
        const response = await this.publicGetOrderbookMarket (this.extend (request, params));
        return this.parseOrderBook (response, market['symbol'], this.safeTimestamp (response, 'timestamp'));
    }

    parseTrade (trade, market = undefined) {
        // Public trades: { tradeID, price, quote_volume (the base amount: WhiteBIT's naming is reversed here),
        // base_volume (the quote amount), trade_timestamp (seconds), type (the taker's side), rpi }. The account's
        // deals: { id, clientOrderId, time, side, role (1 maker, 2 taker), amount, price, deal, fee, orderId,
        // feeAsset }; an order's deals the same without side and orderId.
        let takerOrMaker = undefined;
        const role = this.safeInteger (trade, 'role');
        if (role === 1) {
            takerOrMaker = 'maker';
        } else if (role === 2) {
            takerOrMaker = 'taker';
        }
        let fee = undefined;
        const feeCost = this.safeString (trade, 'fee');
        if (feeCost !== undefined) {
            fee = { 'cost': feeCost, 'currency': this.safeCurrencyCode (this.safeString (trade, 'feeAsset')) };
        }
        return this.safeTrade ({
            'id': this.safeString2 (trade, 'tradeID', 'id'),
            'order': this.safeString (trade, 'orderId'),
            'symbol': this.safeSymbol (undefined, market),
            'timestamp': this.safeTimestamp2 (trade, 'trade_timestamp', 'time'),
            'side': this.safeString2 (trade, 'type', 'side'),
            'takerOrMaker': takerOrMaker,
            'price': this.safeString (trade, 'price'),
            'amount': this.safeString2 (trade, 'quote_volume', 'amount'),
            'cost': this.safeString2 (trade, 'base_volume', 'deal'),
            'fee': fee,
            'info': trade,
        }, market);
    }

    async fetchTrades (symbol, since = undefined, limit = undefined, params = {}) {
        // trades/{market}: the 100 latest trades, newest first; since and limit filter them here.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetTradesMarket (this.extend ({ 'market': market['id'] }, params));
        return this.parseTrades (response, market, since, limit);
    }

    parseOHLCV (ohlcv, market = undefined) {
        // [ time (seconds), open, close, high, low, volume (base), volume (quote) ].
        return [
            this.safeTimestamp (ohlcv, 0),
            this.safeNumber (ohlcv, 1),
            this.safeNumber (ohlcv, 3),
            this.safeNumber (ohlcv, 4),
            this.safeNumber (ohlcv, 2),
            this.safeNumber (ohlcv, 5),
        ];
    }

    async fetchOHLCV (symbol, timeframe = '1m', since = undefined, limit = undefined, params = {}) {
        // v1 kline?market&interval&start&end (seconds)&limit (at most 1440): { success, message, result: [ ... ] }.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const interval = this.safeString (this.timeframes, timeframe);
        if (interval === undefined) {
            throw new BadRequest (this.id + ' fetchOHLCV () does not support the timeframe ' + timeframe + ': one of ' + Object.keys (this.timeframes).join (', '));
        }
        const request = { 'market': market['id'], 'interval': interval };
        if (since !== undefined) {
            request['start'] = this.toSeconds (since);
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            request['end'] = this.toSeconds (until);
        }
        if (limit !== undefined) {
            request['limit'] = Math.min (limit, 1440);
        }
        const response = await this.publicV1GetKline (this.extend (request, this.omit (params, 'until')));
        return this.parseOHLCVs (this.safeList (response, 'result', []), market, timeframe, since, limit);
    }

    toSeconds (milliseconds) {
        return Math.floor (milliseconds / 1000);
    }

    // --- account -----------------------------------------------------------------------------------------

    async fetchBalance (params = {}) {
        // trade-account/balance: { BTC: { available, freeze } } (the spot balance). With params type 'main':
        // main-account/balance: { BTC: { main_balance } }, the main (funding) balance.
        await this.loadMarkets ();
        const type = this.safeString (params, 'type', 'spot');
        const rest = this.omit (params, 'type');
        let response = undefined;
        if (type === 'main') {
            response = await this.privatePostMainAccountBalance (rest);
        } else if (type === 'spot') {
            response = await this.privatePostTradeAccountBalance (rest);
        } else {
            throw new BadRequest (this.id + ' fetchBalance () type must be spot (the trade balance) or main, not ' + type);
        }
        const balances = this.responseShape (response, 'object', 'fetchBalance');
        const result = { 'info': response };
        const ids = Object.keys (balances);
        for (let i = 0; i < ids.length; i++) {
            const entry = this.safeDict (balances, ids[i], {});
            const account = this.account ();
            if (type === 'main') {
                account['free'] = this.safeString (entry, 'main_balance');
                account['used'] = '0';
            } else {
                account['free'] = this.safeString (entry, 'available');
                account['used'] = this.safeString (entry, 'freeze');
            }
            result[this.safeCurrencyCode (ids[i])] = account;
        }
        return this.safeBalance (result);
    }

    async fetchTradingFees (params = {}) {
        // market/fee: { error, taker, maker (the account's spot fees, in percent), futures_taker, futures_maker }:
        // one rate for every market.
        await this.loadMarkets ();
        const response = await this.privatePostMarketFee (params);
        const maker = this.percentRate (this.safeString (response, 'maker'));
        const taker = this.percentRate (this.safeString (response, 'taker'));
        const result = {};
        for (let i = 0; i < this.symbols.length; i++) {
            const symbol = this.symbols[i];
            result[symbol] = { 'symbol': symbol, 'maker': maker, 'taker': taker, 'info': response };
        }
        return result;
    }

    async fetchTradingFee (symbol, params = {}) {
        return await this.tradingFeeOfAll (symbol, params);
    }

    // --- orders ------------------------------------------------------------------------------------------

    parseOrder (order, market = undefined) {
        // { orderId (id in the history), clientOrderId ("" when none), market, side, type: limit, market, stock
        // market, stop limit or stop market, timestamp (ctime in the history; seconds with microseconds), ftime,
        // dealMoney (filled, quote), dealStock (filled, base), amount (quote for a market or stop-market buy,
        // base otherwise), left, dealFee, feeAsset, price ("0" for market orders), activation_price, postOnly, ioc,
        // status }.
        market = this.safeMarket (this.safeString (order, 'market'), market, '_');
        const orderType = this.safeString (order, 'type');
        const side = this.safeString (order, 'side');
        const isMarket = (orderType === 'market') || (orderType === 'stock market') || (orderType === 'stop market');
        const isTrigger = (orderType === 'stop limit') || (orderType === 'stop market');
        // A market buy (and a stop-market buy) is sized in the quote currency: its amount and left are a cost.
        const sizedInQuote = (side === 'buy') && ((orderType === 'market') || (orderType === 'stop market'));
        let timeInForce = undefined;
        const postOnly = this.safeBool (order, 'postOnly');
        if (orderType === 'limit') {
            if (postOnly === true) {
                timeInForce = 'PO';
            } else if (this.safeBool (order, 'ioc') === true) {
                timeInForce = 'IOC';
            } else {
                timeInForce = 'GTC';
            }
        }
        let fee = undefined;
        const feeCost = this.safeString (order, 'dealFee');
        if (feeCost !== undefined) {
            // The fee is in feeAsset where the response names it; an order response says "in money" (the quote).
            const feeAsset = this.safeString (order, 'feeAsset');
            fee = { 'cost': feeCost, 'currency': (feeAsset === undefined) ? market['quote'] : this.safeCurrencyCode (feeAsset) };
        }
        const status = this.safeString (order, 'status');
        let price = this.safeString (order, 'price');
        if ((price !== undefined) && Precise.stringEq (price, '0')) {
            price = undefined;
        }
        return this.safeOrder ({
            'id': this.safeString2 (order, 'orderId', 'id'),
            'clientOrderId': this.safeString (order, 'clientOrderId'),
            'symbol': market['symbol'],
            'timestamp': this.safeTimestamp2 (order, 'timestamp', 'ctime'),
            'lastUpdateTimestamp': this.safeTimestamp (order, 'ftime'),
            'status': this.safeString (this.options['orderStatuses'], status, status),
            'type': isMarket ? 'market' : 'limit',
            'timeInForce': timeInForce,
            'postOnly': postOnly,
            'side': side,
            'price': price,
            'triggerPrice': isTrigger ? this.safeString2 (order, 'activation_price', 'activationPrice') : undefined,
            'amount': sizedInQuote ? undefined : this.safeString (order, 'amount'),
            'remaining': sizedInQuote ? undefined : this.safeString (order, 'left'),
            'filled': this.safeString (order, 'dealStock'),
            'cost': this.safeString (order, 'dealMoney'),
            'fee': fee,
            'info': order,
        }, market);
    }

    async createOrder (symbol, type, side, amount, price = undefined, params = {}) {
        // A limit order is order/new { market, side, amount, price, postOnly, ioc, clientOrderId }; with
        // triggerPrice (or stopLossPrice) order/stop_limit with activation_price. A market sell is order/market
        // (amount in base); a market buy order/stock_market (amount in base) or, with the unified cost,
        // order/market (amount in quote). A market order with a trigger is order/stop_market, whose buy is sized in
        // quote: it needs cost. Stop orders fire when the price rises to activation_price for a buy and falls to it
        // for a sell, which is a stop loss, never a take profit.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const [ unified, rest ] = this.unifiedOrderParams (type, params);
        this.rejectUnifiedParams ('createOrder', unified, [ 'reduceOnly', 'takeProfitPrice' ]);
        if ((type !== 'market') && (type !== 'limit')) {
            throw new InvalidOrder (this.id + ' createOrder () type must be market or limit, not ' + type);
        }
        if ((side !== 'buy') && (side !== 'sell')) {
            throw new InvalidOrder (this.id + ' createOrder () side must be buy or sell, not ' + side);
        }
        const trigger = unified['trigger'];
        const timeInForce = unified['timeInForce'];
        if ((timeInForce !== undefined) && (trigger !== undefined)) {
            throw new InvalidOrder (this.id + ' createOrder () timeInForce ' + timeInForce + ' cannot be combined with ' + unified['triggerKind'] + ': stop orders take no time in force');
        }
        if ((timeInForce !== undefined) && ((type !== 'limit') || (timeInForce === 'FOK'))) {
            throw new NotSupported (this.id + ' createOrder () does not support the unified param timeInForce ' + timeInForce + ' for a ' + type + ' order: only limit orders take IOC (and GTC)');
        }
        if ((unified['cost'] !== undefined) && (side !== 'buy')) {
            throw new InvalidOrder (this.id + ' createOrder () cost sizes market buys only, not a ' + side);
        }
        const request = { 'market': market['id'], 'side': side };
        let method = undefined;
        if (type === 'limit') {
            if (price === undefined) {
                throw new ArgumentsRequired (this.id + ' createOrder () requires a price for a limit order');
            }
            request['amount'] = this.amountToPrecision (symbol, amount);
            request['price'] = this.priceToPrecision (symbol, price);
            if (trigger !== undefined) {
                request['activation_price'] = this.priceToPrecision (symbol, trigger);
                method = 'stopLimit';
            } else {
                method = 'limit';
                if (unified['postOnly']) {
                    request['postOnly'] = true;
                }
                if (timeInForce === 'IOC') {
                    request['ioc'] = true;
                }
            }
        } else if (trigger !== undefined) {
            method = 'stopMarket';
            if (side === 'buy') {
                if (unified['cost'] === undefined) {
                    throw new ArgumentsRequired (this.id + ' createOrder () requires the unified param cost for a market buy with ' + unified['triggerKind'] + ': order/stop_market sizes a buy in the quote currency');
                }
                request['amount'] = this.costToPrecision (symbol, unified['cost']);
            } else {
                request['amount'] = this.amountToPrecision (symbol, amount);
            }
            request['activation_price'] = this.priceToPrecision (symbol, trigger);
        } else if (unified['cost'] !== undefined) {
            method = 'market';
            request['amount'] = this.costToPrecision (symbol, unified['cost']);
        } else {
            method = (side === 'buy') ? 'stockMarket' : 'market';
            request['amount'] = this.amountToPrecision (symbol, amount);
        }
        if (unified['clientOrderId'] !== undefined) {
            request['clientOrderId'] = unified['clientOrderId'];
        }
        const query = this.extend (request, rest);
        let response = undefined;
        if (method === 'limit') {
            response = await this.privatePostOrderNew (query);
        } else if (method === 'stopLimit') {
            response = await this.privatePostOrderStopLimit (query);
        } else if (method === 'stopMarket') {
            response = await this.privatePostOrderStopMarket (query);
        } else if (method === 'stockMarket') {
            response = await this.privatePostOrderStockMarket (query);
        } else {
            response = await this.privatePostOrderMarket (query);
        }
        return this.parseOrder (response, market);
    }

    async createMarketBuyOrderWithCost (symbol, cost, params = {}) {
        return await this.createOrder (symbol, 'market', 'buy', undefined, undefined, this.extend (params, { 'cost': cost }));
    }

    requireSymbol (method, symbol) {
        if (symbol === undefined) {
            throw new ArgumentsRequired (this.id + ' ' + method + ' () requires a symbol argument: WhiteBIT names orders by market and id');
        }
        return this.market (symbol);
    }

    orderIdNumber (method, id) {
        // Order ids are integers in requests: a text that is not one is refused here rather than sent.
        const value = this.safeInteger ({ 'id': id }, 'id');
        if ((value === undefined) || (this.numberToString (value) !== this.numberToString (id))) {
            throw new BadRequest (this.id + ' ' + method + ' () order id must be an integer, not ' + this.numberToString (id));
        }
        return value;
    }

    async cancelOrder (id, symbol = undefined, params = {}) {
        // order/cancel { market, orderId } answers with the canceled order.
        await this.loadMarkets ();
        const market = this.requireSymbol ('cancelOrder', symbol);
        const request = { 'market': market['id'], 'orderId': this.orderIdNumber ('cancelOrder', id) };
        const response = await this.privatePostOrderCancel (this.extend (request, params));
        return this.parseOrder (response, market);
    }

    async editOrder (id, symbol, type, side, amount = undefined, price = undefined, params = {}) {
        // order/modify { orderId, market, amount, price, activationPrice } changes a limit, stop-limit or
        // stop-market order, which comes back under a new orderId. The unified triggerPrice is activationPrice;
        // a post-only flag cannot be set there.
        await this.loadMarkets ();
        const market = this.requireSymbol ('editOrder', symbol);
        if (this.safeBool (params, 'postOnly', false)) {
            throw new NotSupported (this.id + ' editOrder () does not support the unified param postOnly: order/modify changes amount, price and activationPrice only');
        }
        const request = { 'orderId': this.orderIdNumber ('editOrder', id), 'market': market['id'] };
        if (amount !== undefined) {
            request['amount'] = this.amountToPrecision (symbol, amount);
        }
        if (price !== undefined) {
            request['price'] = this.priceToPrecision (symbol, price);
        }
        const trigger = this.safeString (params, 'triggerPrice');
        if (trigger !== undefined) {
            request['activationPrice'] = this.priceToPrecision (symbol, trigger);
        }
        const response = await this.privatePostOrderModify (this.extend (request, this.omit (params, [ 'triggerPrice', 'postOnly' ])));
        return this.parseOrder (response, market);
    }

    pageRequest (market, limit, maximum) {
        // market (when given) and limit, at most maximum.
        const request = {};
        if (market !== undefined) {
            request['market'] = market['id'];
        }
        if (limit !== undefined) {
            request['limit'] = Math.min (limit, maximum);
        }
        return request;
    }

    dateRange (request, since, params) {
        // startDate and endDate (the unified until) in seconds.
        if (since !== undefined) {
            request['startDate'] = this.toSeconds (since);
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            request['endDate'] = this.toSeconds (until);
        }
        return request;
    }

    async fetchOpenOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // orders { market, limit (at most 100), offset }: the active orders (of every market without market).
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const response = await this.privatePostOrders (this.extend (this.pageRequest (market, limit, 100), params));
        return this.parseOrders (response, market, since, limit);
    }

    async fetchClosedOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // trade-account/order/history { market, startDate, endDate (until), limit (at most 500), offset }: the
        // executed and canceled orders, { BTC_USDT: [ orders ] }.
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const request = this.dateRange (this.pageRequest (market, limit, 500), since, params);
        const response = this.responseShape (await this.privatePostTradeAccountOrderHistory (this.extend (request, this.omit (params, 'until'))), 'object', 'fetchClosedOrders');
        const orders = [];
        const marketIds = Object.keys (response);
        for (let i = 0; i < marketIds.length; i++) {
            const entries = this.safeList (response, marketIds[i], []);
            for (let j = 0; j < entries.length; j++) {
                orders.push (this.extend (entries[j], { 'market': marketIds[i] }));
            }
        }
        return this.parseOrders (orders, market, since, limit);
    }

    async fetchMyTrades (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // trade-account/executed-history { market, startDate, endDate (until), limit (at most 500), offset }:
        // a list of one market's deals with market, else { BTC_USDT: [ deals ] }.
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const request = this.dateRange (this.pageRequest (market, limit, 500), since, params);
        const response = await this.privatePostTradeAccountExecutedHistory (this.extend (request, this.omit (params, 'until')));
        if (Array.isArray (response)) {
            return this.parseTrades (response, market, since, limit);
        }
        const byMarket = this.responseShape (response, 'object', 'fetchMyTrades');
        const trades = [];
        const marketIds = Object.keys (byMarket);
        for (let i = 0; i < marketIds.length; i++) {
            // (pushed in place: a copy of the trades so far at each market made an answer of many empty markets cost
            // their product; red-team round 29)
            const entries = this.safeList (byMarket, marketIds[i], []);
            const parsed = this.parseTrades (entries, this.safeMarket (marketIds[i], undefined, '_'));
            for (let j = 0; j < parsed.length; j++) {
                trades.push (parsed[j]);
            }
        }
        return this.filterBySymbolSinceLimit (this.sortBy (trades, 'timestamp'), undefined, since, limit);
    }

    async fetchOrderTrades (id, symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // trade-account/order { orderId, limit, offset }: { records: [ deals ], offset, limit } (dealOrderId is
        // the other side's order).
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const request = { 'orderId': this.orderIdNumber ('fetchOrderTrades', id) };
        if (limit !== undefined) {
            request['limit'] = limit;
        }
        const response = await this.privatePostTradeAccountOrder (this.extend (request, params));
        const records = this.safeList (response, 'records', []);
        const deals = [];
        for (let i = 0; i < records.length; i++) {
            deals.push (this.extend (records[i], { 'orderId': this.numberToString (id) }));
        }
        return this.parseTrades (deals, market, since, limit);
    }

    // --- funding -----------------------------------------------------------------------------------------

    parseTransaction (transaction, currency = undefined) {
        // main-account/history records: { address, uniqueId, createdAt (seconds), currency (the name), ticker,
        // method (1 deposit, 2 withdraw), amount, description, memo, fee, status (a code), network,
        // transactionHash, transactionId, details, confirmations }.
        const code = this.safeCurrencyCode (this.safeString (transaction, 'ticker'), currency);
        const method = this.safeInteger (transaction, 'method');
        let type = undefined;
        let statuses = {};
        if (method === 1) {
            type = 'deposit';
            statuses = this.options['depositStatuses'];
        } else if (method === 2) {
            type = 'withdrawal';
            statuses = this.options['withdrawalStatuses'];
        }
        let fee = undefined;
        const feeCost = this.safeString (transaction, 'fee');
        if (feeCost !== undefined) {
            fee = { 'cost': feeCost, 'currency': code };
        }
        const status = this.safeString (transaction, 'status');
        return this.safeTransaction ({
            'id': this.safeString (transaction, 'transactionId'),
            'txid': this.safeString (transaction, 'transactionHash'),
            'timestamp': this.safeTimestamp (transaction, 'createdAt'),
            'network': this.networkCode (this.safeString (transaction, 'network')),
            'address': this.safeString (transaction, 'address'),
            'tag': this.safeString (transaction, 'memo'),
            'type': type,
            'amount': this.safeString (transaction, 'amount'),
            'currency': code,
            'status': this.safeString (statuses, status),
            'fee': fee,
            'info': transaction,
        }, currency);
    }

    async fetchHistory (method, transactionMethod, code, since, limit, params) {
        // main-account/history { transactionMethod (1 deposits, 2 withdraws, none: both), ticker, limit (at most
        // 100), offset }: { limit, offset, records, total }, newest first. It takes no dates: since filters
        // here, and until is refused rather than dropped.
        if (this.safeValue (params, 'until') !== undefined) {
            throw new NotSupported (this.id + ' ' + method + ' () does not support the unified param until: main-account/history takes no dates');
        }
        await this.loadMarkets ();
        let currency = undefined;
        const request = {};
        if (transactionMethod !== undefined) {
            request['transactionMethod'] = transactionMethod;
        }
        if (code !== undefined) {
            currency = this.currency (code);
            request['ticker'] = currency['id'];
        }
        if (limit !== undefined) {
            request['limit'] = Math.min (limit, 100);
        }
        const response = await this.privatePostMainAccountHistory (this.extend (request, params));
        return this.parseTransactions (this.safeList (response, 'records', []), currency, since, limit);
    }

    async fetchDeposits (code = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchHistory ('fetchDeposits', 1, code, since, limit, params);
    }

    async fetchWithdrawals (code = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchHistory ('fetchWithdrawals', 2, code, since, limit, params);
    }

    async fetchTransactions (code = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchHistory ('fetchTransactions', undefined, code, since, limit, params);
    }

    async fetchDepositAddress (code, params = {}) {
        // main-account/address { ticker, network }: { account: { address, memo }, required: { fixedFee, flexFee,
        // maxAmount, minAmount } }. A currency of several networks needs the unified network.
        await this.loadMarkets ();
        const currency = this.currency (code);
        const request = { 'ticker': currency['id'] };
        const networkCode = this.safeString (params, 'network');
        let network = undefined;
        if (networkCode !== undefined) {
            request['network'] = this.knownNetworkId (networkCode, currency, 'fetchDepositAddress');
            network = this.networkCode (request['network'], currency);
        }
        const response = await this.privatePostMainAccountAddress (this.extend (request, this.omit (params, 'network')));
        const account = this.safeDict (response, 'account', {});
        return {
            'currency': currency['code'],
            'address': this.safeString (account, 'address'),
            'tag': this.safeString (account, 'memo'),
            'network': network,
            'info': response,
        };
    }

    async withdraw (code, amount, address, tag = undefined, params = {}) {
        // main-account/withdraw { ticker, amount (the fee included), address, memo (the tag), uniqueId, network }
        // answers [] (201): the withdrawal is then found in main-account/history by its uniqueId, which is
        // params['uniqueId'] or one made from the clock, and is kept in the result's info.
        await this.loadMarkets ();
        const currency = this.currency (code);
        const uniqueId = this.safeString (params, 'uniqueId', this.numberToString (this.milliseconds ()));
        const request = {
            'ticker': currency['id'],
            'amount': this.currencyToPrecision (code, amount),
            'address': address,
            'uniqueId': uniqueId,
        };
        if (tag !== undefined) {
            request['memo'] = tag;
        }
        const networkCode = this.safeString (params, 'network');
        let network = undefined;
        if (networkCode !== undefined) {
            request['network'] = this.knownNetworkId (networkCode, currency, 'withdraw');
            network = this.networkCode (request['network'], currency);
        }
        const response = await this.privatePostMainAccountWithdraw (this.extend (request, this.omit (params, [ 'network', 'uniqueId' ])));
        return this.safeTransaction ({
            'type': 'withdrawal',
            'address': address,
            'tag': tag,
            'network': network,
            'amount': request['amount'],
            'currency': currency['code'],
            'status': 'pending',
            'info': { 'uniqueId': uniqueId, 'response': response },
        }, currency);
    }

    // --- transport ---------------------------------------------------------------------------------------

    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        // Public: GET with the params as the query string. Private: POST of a JSON body that holds request (the
        // path without the domain), nonce (milliseconds, above the previous one) and the params, with the
        // headers X-TXC-APIKEY, X-TXC-PAYLOAD (the body in base64) and X-TXC-SIGNATURE (hex HMAC-SHA512 of
        // the payload keyed with the secret).
        let url = this.safeString (this.urls['api'], api) + '/' + this.implodeParams (path, params);
        const query = this.omit (params, this.extractParams (path));
        if (api !== 'private') {
            if (Object.keys (query).length > 0) {
                url = url + '?' + this.urlencode (query);
            }
            return { 'url': url, 'method': method, 'body': body, 'headers': headers };
        }
        this.checkRequiredCredentials ();
        const auth = { 'request': '/api/v4/' + path, 'nonce': this.milliseconds () };
        body = this.json (this.extend (auth, this.omit (query, [ 'request', 'nonce' ])));
        const payload = this.stringToBase64 (body);
        headers = {
            'Content-Type': 'application/json',
            'X-TXC-APIKEY': this.apiKey,
            'X-TXC-PAYLOAD': payload,
            'X-TXC-SIGNATURE': this.hmac (this.encode (payload), this.encode (this.secret), 'sha512'),
        };
        return { 'url': url, 'method': method, 'body': body, 'headers': headers };
    }

    handleErrors (status, reason, url, method, responseHeaders, responseBody, response, requestHeaders, requestBody) {
        // An error is a JSON object with an HTTP 4xx or 5xx status, or one with success false (the v1
        // endpoints and the authentication errors). The message texts decide first (codes are reused), then
        // the code; what neither knows is left to the status (422 is an ExchangeError), or is an ExchangeError.
        if ((response === undefined) || Array.isArray (response) || (typeof response !== 'object')) {
            return;
        }
        if ((status < 400) && (this.safeBool (response, 'success') !== false)) {
            return;
        }
        const feedback = this.id + ' ' + method + ' ' + url + ' ' + this.numberToString (status) + ' ' + this.excerpt (responseBody);
        this.throwBroadlyMatchedException (this.exceptions['broad'], responseBody, feedback);
        this.throwExactlyMatchedException (this.exceptions['exact'], this.safeString (response, 'code'), feedback);
        if (status < 400) {
            throw new ExchangeError (feedback);
        }
    }
}
