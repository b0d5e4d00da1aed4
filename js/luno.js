// Luno API 1.2.5: https://www.luno.com/en/developers/api
//
// Market data under /api/1/ (no authentication) and /api/exchange/1/ (markets; candles need a key). Private calls
// use HTTP Basic authentication with the key id and the key secret; POST parameters are URL-encoded forms.
// Prices and volumes are decimal strings, timestamps milliseconds. Errors answer a non-200 status with
// { "error": "...", "error_code": "ErrXxx" }. Pairs are base and counter codes written together ('XBTZAR').
import Exchange from './base/Exchange.js';
import { AccountSuspended, ArgumentsRequired, AuthenticationError, BadRequest, BadSymbol, DuplicateOrderId, ExchangeError, ExchangeNotAvailable, InsufficientFunds, InvalidAddress, InvalidOrder, NotSupported, OnMaintenance, OrderNotFound, PermissionDenied, RateLimitExceeded } from './base/errors.js';
import Precise from './base/Precise.js';
import { TICK_SIZE } from './base/functions/number.js';

export default class luno extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'luno',
            'name': 'Luno',
            'countries': [ 'GB', 'SG', 'ZA' ],
            'version': '1',
            // 300 calls a minute.
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
                'fetchOrders': true,
                'fetchOpenOrders': true,
                'fetchClosedOrders': true,
                'fetchMyTrades': true,
                'fetchDeposits': true,
                'fetchWithdrawals': true,
                'fetchTransactions': false,
                'fetchLedger': true,
                'fetchDepositAddress': true,
                'withdraw': true,
                'fetchTime': false,
                'fetchStatus': false,
                'fetchTradingFees': false,
                'cancelAllOrders': false,
                'fetchOrderTrades': false,
                'fetchTradingFee': false,
                'fetchDepositAddresses': false,
                'createDepositAddress': true,
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
                'api': 'https://api.luno.com',
                'www': 'https://www.luno.com',
                'doc': 'https://www.luno.com/en/developers/api',
                'fees': 'https://www.luno.com/en/countries',
            },
            // public and private: /api/1/...; exchangePublic and exchangePrivate: /api/exchange/1/...
            'api': {
                'public': {
                    'get': [
                        'ticker',
                        'tickers',
                        'orderbook_top',
                        'trades',
                    ],
                },
                'private': {
                    'get': [
                        'balance',
                        'listorders',
                        'orders/{id}',
                        'listtrades',
                        'funding_address',
                        'withdrawals',
                        'accounts/{id}/transactions',
                    ],
                    'post': [
                        'postorder',
                        'marketorder',
                        'stoporder',
                        'send',
                        'funding_address',
                    ],
                },
                'exchangePublic': {
                    'get': [
                        'markets',
                    ],
                },
                'exchangePrivate': {
                    'get': [
                        'candles',
                        'transfers',
                    ],
                },
            },
            'requiredCredentials': {
                'apiKey': true,
                'secret': true,
            },
            // The fees depend on the country and the 30-day volume (fee_info, per pair; its units are not documented).
            'fees': {
                'trading': {
                    'tierBased': true,
                    'percentage': true,
                },
            },
            'precisionMode': TICK_SIZE,
            'timeframes': {
                '1m': 60,
                '5m': 300,
                '15m': 900,
                '30m': 1800,
                '1h': 3600,
                '3h': 10800,
                '4h': 14400,
                '8h': 28800,
                '1d': 86400,
                '3d': 259200,
                '1w': 604800,
            },
            'options': {
                // The kind of an account's transaction (accounts/{id}/transactions).
                'ledgerTypes': {
                    'EXCHANGE': 'trade',
                    'FEE': 'fee',
                    'TRANSFER': 'transaction',
                    'INTEREST': 'interest',
                },
                'withdrawalStatuses': {
                    'PENDING': 'pending',
                    'PROCESSING': 'pending',
                    'COMPLETED': 'ok',
                    'CANCELLED': 'canceled',
                    'FAILED': 'failed',
                },
            },
            // The Error Codes section of https://www.luno.com/en/developers/api.
            'exceptions': {
                'exact': {
                    'ErrApiKeyRevoked': AuthenticationError,
                    'ErrUnauthorised': AuthenticationError,
                    'ErrInsufficientPerms': PermissionDenied,
                    'ErrMarketNotAllowed': PermissionDenied,
                    'ErrUserNotVerifiedForCurrency': PermissionDenied,
                    'ErrVerificationLevelTooLow': PermissionDenied,
                    'ErrWithdrawalBlocked': AccountSuspended,
                    'ErrInsufficientBalance': InsufficientFunds,
                    'ErrInsufficientFunds': InsufficientFunds,
                    'ErrOrderNotFound': OrderNotFound,
                    'ErrCannotStopUnknownOrNonPendingOrder': OrderNotFound,
                    'ErrInvalidOrderRef': OrderNotFound,
                    'ErrDuplicateClientOrderID': DuplicateOrderId,
                    'ErrInvalidClientOrderId': InvalidOrder,
                    'ErrInvalidPrice': InvalidOrder,
                    'ErrInvalidVolume': InvalidOrder,
                    'ErrInvalidBaseVolume': InvalidOrder,
                    'ErrInvalidCounterVolume': InvalidOrder,
                    'ErrInvalidOrderSide': InvalidOrder,
                    'ErrInvalidStopPrice': InvalidOrder,
                    'ErrInvalidStopDirection': InvalidOrder,
                    'ErrNoTradesToInferStopDirection': InvalidOrder,
                    'ErrNotEnoughLiquidity': InvalidOrder,
                    'ErrOrderCanceled': InvalidOrder,
                    'ErrPostOnlyMode': InvalidOrder,
                    'ErrPostOnlyNotAllowed': InvalidOrder,
                    'ErrPriceDenominationNotAllowed': InvalidOrder,
                    'ErrPriceTooHigh': InvalidOrder,
                    'ErrPriceTooLow': InvalidOrder,
                    'ErrStopPriceTooHigh': InvalidOrder,
                    'ErrStopPriceTooLow': InvalidOrder,
                    'ErrValueTooHigh': InvalidOrder,
                    'ErrVolumeDenominationNotAllowed': InvalidOrder,
                    'ErrVolumeTooHigh': InvalidOrder,
                    'ErrVolumeTooLow': InvalidOrder,
                    'ErrCannotTradeWhileQuoteActive': InvalidOrder,
                    'ErrInvalidMarketPair': BadSymbol,
                    'ErrMarketUnavailable': BadSymbol,
                    'ErrInvalidArguments': BadRequest,
                    'ErrInvalidParameters': BadRequest,
                    'ErrLimitOutOfRange': BadRequest,
                    'ErrTooManyRowsRequested': BadRequest,
                    'ErrInvalidAmount': BadRequest,
                    'ErrAmountTooBig': BadRequest,
                    'ErrAmountTooSmall': BadRequest,
                    'ErrInvalidCurrency': BadRequest,
                    'ErrDuplicateExternalID': BadRequest,
                    'ErrDisallowedTarget': InvalidAddress,
                    'ErrTravelRule': PermissionDenied,
                    'ErrBlockedSendsCurrency': ExchangeNotAvailable,
                    'ErrActiveCryptoRequestExists': ExchangeNotAvailable,
                    'ErrTooManyRequests': RateLimitExceeded,
                    'ErrAddressCreateRateLimitReached': RateLimitExceeded,
                    'ErrAddressLimitReached': PermissionDenied,
                    'ErrUnderMaintenance': OnMaintenance,
                    'ErrInternal': ExchangeNotAvailable,
                    'ErrDeadlineExceeded': ExchangeNotAvailable,
                },
            },
        });
    }

    // --- markets -------------------------------------------------------------------------------------

    async fetchMarkets (params = {}) {
        // exchange/1/markets: price_scale and volume_scale are decimal places; trading_status ACTIVE, POST_ONLY
        // (new markets) or SUSPENDED (post-only orders only, after very high volatility).
        const response = await this.exchangePublicGetMarkets (params);
        const markets = this.safeList (response, 'markets', []);
        const result = [];
        for (let i = 0; i < markets.length; i++) {
            const entry = markets[i];
            const id = this.safeString (entry, 'market_id');
            const baseId = this.safeString (entry, 'base_currency');
            const quoteId = this.safeString (entry, 'counter_currency');
            if ((id === undefined) || (baseId === undefined) || (quoteId === undefined)) {
                continue; // not a market to trade
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
                'active': this.safeString (entry, 'trading_status') === 'ACTIVE',
                'type': 'spot',
                'spot': true,
                'precision': {
                    'amount': this.parseNumber (this.parsePrecision (this.safeString (entry, 'volume_scale'))),
                    'price': this.parseNumber (this.parsePrecision (this.safeString (entry, 'price_scale'))),
                },
                'limits': {
                    'amount': { 'min': this.safeNumber (entry, 'min_volume'), 'max': this.safeNumber (entry, 'max_volume') },
                    'price': { 'min': this.safeNumber (entry, 'min_price'), 'max': this.safeNumber (entry, 'max_price') },
                    'cost': {},
                },
                'info': entry,
            }));
        }
        return result;
    }

    // --- market data ---------------------------------------------------------------------------------

    parseTicker (ticker, market = undefined) {
        // { ask, bid, last_trade, pair, rolling_24_hour_volume, status, timestamp }
        return this.safeTicker ({
            'symbol': this.safeSymbol (this.safeString (ticker, 'pair'), market),
            'timestamp': this.safeInteger (ticker, 'timestamp'),
            'bid': this.safeString (ticker, 'bid'),
            'ask': this.safeString (ticker, 'ask'),
            'last': this.safeString (ticker, 'last_trade'),
            'baseVolume': this.safeString (ticker, 'rolling_24_hour_volume'),
            'info': ticker,
        }, market);
    }

    async fetchTicker (symbol, params = {}) {
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetTicker (this.extend ({ 'pair': market['id'] }, params));
        return this.parseTicker (response, market);
    }

    async fetchTickers (symbols = undefined, params = {}) {
        // tickers: every market's (a pair filter repeats the key, pair=XBTZAR&pair=ETHZAR; the symbols are
        // picked from the whole list instead).
        await this.loadMarkets ();
        const response = await this.publicGetTickers (params);
        return this.parseTickers (this.safeList (response, 'tickers', []), symbols);
    }

    async fetchOrderBook (symbol, limit = undefined, params = {}) {
        // orderbook_top: the best 100 levels a side, aggregated by price, each { price, volume }.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetOrderbookTop (this.extend ({ 'pair': market['id'] }, params));
        const book = this.parseOrderBook (response, market['symbol'], this.safeInteger (response, 'timestamp'), 'bids', 'asks', 'price', 'volume');
        if (limit !== undefined) {
            book['bids'] = book['bids'].slice (0, limit);
            book['asks'] = book['asks'].slice (0, limit);
        }
        return book;
    }

    parseTrade (trade, market = undefined) {
        // Public trades (trades): { is_buy (the taker bought), price, sequence, timestamp, volume }. The
        // account's (listtrades): also { base, counter, fee_base, fee_counter, order_id, client_order_id, pair,
        // type: BID or ASK, the account's order }; is_buy true means the taker was the bid.
        market = this.safeMarket (this.safeString (trade, 'pair'), market);
        const isBuy = this.safeBool (trade, 'is_buy');
        const orderType = this.safeString (trade, 'type');
        let side = undefined;
        let takerOrMaker = undefined;
        if (orderType === undefined) {
            if (isBuy !== undefined) {
                side = isBuy ? 'buy' : 'sell';
            }
        } else {
            side = (orderType === 'BID') ? 'buy' : 'sell';
            if (isBuy !== undefined) {
                takerOrMaker = (isBuy === (side === 'buy')) ? 'taker' : 'maker';
            }
        }
        let fees = undefined;
        if (orderType !== undefined) {
            fees = this.parseOrderFees (trade, market);
        }
        return this.safeTrade ({
            'id': this.safeString (trade, 'sequence'),
            'order': this.safeString (trade, 'order_id'),
            'symbol': market['symbol'],
            'timestamp': this.safeInteger (trade, 'timestamp'),
            'side': side,
            'takerOrMaker': takerOrMaker,
            'price': this.safeString (trade, 'price'),
            'amount': this.safeString (trade, 'volume'),
            'cost': this.safeString (trade, 'counter'),
            'fees': fees,
            'info': trade,
        }, market);
    }

    async fetchTrades (symbol, since = undefined, limit = undefined, params = {}) {
        // trades: at most 100, newest first, of the last 24 hours; since (ms) must lie within them.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'pair': market['id'] };
        if (since !== undefined) {
            request['since'] = since;
        }
        const response = await this.publicGetTrades (this.extend (request, params));
        return this.parseTrades (this.safeList (response, 'trades', []), market, since, limit);
    }

    parseOHLCV (ohlcv, market = undefined) {
        // { close, high, low, open, timestamp, volume }
        return [
            this.safeInteger (ohlcv, 'timestamp'),
            this.safeNumber (ohlcv, 'open'),
            this.safeNumber (ohlcv, 'high'),
            this.safeNumber (ohlcv, 'low'),
            this.safeNumber (ohlcv, 'close'),
            this.safeNumber (ohlcv, 'volume'),
        ];
    }

    async fetchOHLCV (symbol, timeframe = '1m', since = undefined, limit = undefined, params = {}) {
        // exchange/1/candles (signed): the candles from since (required) on, oldest first, at most 1000; the
        // API takes no end time.
        if (this.safeValue (params, 'until') !== undefined) {
            throw new NotSupported (this.id + ' fetchOHLCV () does not support the unified param until: candles takes a start time only');
        }
        await this.loadMarkets ();
        const market = this.market (symbol);
        const duration = this.safeInteger (this.timeframes, timeframe);
        if (duration === undefined) {
            throw new BadRequest (this.id + ' fetchOHLCV () does not support the timeframe ' + timeframe);
        }
        let start = since;
        if (start === undefined) {
            const count = (limit === undefined) ? 1000 : Math.min (limit, 1000);
            start = this.milliseconds () - count * duration * 1000;
        }
        const request = { 'pair': market['id'], 'duration': duration, 'since': start };
        const response = await this.exchangePrivateGetCandles (this.extend (request, params));
        return this.parseOHLCVs (this.safeList (response, 'candles', []), market, timeframe, since, limit);
    }

    // --- account -------------------------------------------------------------------------------------

    async fetchBalance (params = {}) {
        // balance: one entry per account, { account_id, asset, balance, reserved (held, e.g. by open orders),
        // unconfirmed, name }; a currency may have several accounts, whose amounts add up.
        await this.loadMarkets ();
        const response = await this.privateGetBalance (params);
        const accounts = this.safeList (response, 'balance', []);
        const result = { 'info': response };
        for (let i = 0; i < accounts.length; i++) {
            const entry = accounts[i];
            const code = this.safeCurrencyCode (this.safeString (entry, 'asset'));
            if (code === undefined) {
                continue; // no currency to file it under
            }
            const total = this.safeString (entry, 'balance', '0');
            const used = this.safeString (entry, 'reserved', '0');
            const account = this.safeDict (result, code);
            if (account === undefined) {
                result[code] = { 'total': total, 'used': used };
            } else {
                result[code] = {
                    'total': Precise.stringAdd (account['total'], total),
                    'used': Precise.stringAdd (account['used'], used),
                };
            }
        }
        return this.safeBalance (result);
    }

    // --- orders --------------------------------------------------------------------------------------

    parseOrderFees (entry, market) {
        // fee_base is charged in the base currency, fee_counter in the counter one; zero ones are left out.
        const fees = [];
        const feeBase = this.safeString (entry, 'fee_base');
        if ((feeBase !== undefined) && !Precise.stringEq (feeBase, '0')) {
            fees.push ({ 'cost': feeBase, 'currency': market['base'] });
        }
        const feeCounter = this.safeString (entry, 'fee_counter');
        if ((feeCounter !== undefined) && !Precise.stringEq (feeCounter, '0')) {
            fees.push ({ 'cost': feeCounter, 'currency': market['quote'] });
        }
        return fees;
    }

    parseOrder (order, market = undefined) {
        // listorders and orders/{id}: { order_id, pair, type (BID or ASK: a limit order; BUY or SELL: a market
        // order), state (PENDING, or COMPLETE: settled or cancelled), limit_price, limit_volume, base and counter
        // (filled, positive), fee_base, fee_counter, creation_timestamp, completed_timestamp and
        // expiration_timestamp (set when a cancel was processed, else 0), time_in_force (limit orders) }.
        // postorder and marketorder answer { order_id } alone.
        market = this.safeMarket (this.safeString (order, 'pair'), market);
        const orderType = this.safeString (order, 'type');
        let type = undefined;
        let side = undefined;
        if ((orderType === 'BID') || (orderType === 'ASK')) {
            type = 'limit';
            side = (orderType === 'BID') ? 'buy' : 'sell';
        } else if ((orderType === 'BUY') || (orderType === 'SELL')) {
            type = 'market';
            side = (orderType === 'BUY') ? 'buy' : 'sell';
        }
        const state = this.safeString (order, 'state');
        let status = undefined;
        if (state === 'PENDING') {
            status = 'open';
        } else if (state === 'COMPLETE') {
            const expiration = this.safeInteger (order, 'expiration_timestamp', 0);
            status = (expiration > 0) ? 'canceled' : 'closed';
        }
        let fees = undefined;
        if (state !== undefined) {
            fees = this.parseOrderFees (order, market);
        }
        return this.safeOrder ({
            'id': this.safeString (order, 'order_id'),
            'symbol': market['symbol'],
            'timestamp': this.safeInteger (order, 'creation_timestamp'),
            'type': type,
            'side': side,
            'status': status,
            'timeInForce': this.safeString (order, 'time_in_force'),
            'price': (type === 'limit') ? this.safeString (order, 'limit_price') : undefined,
            'amount': (type === 'limit') ? this.safeString (order, 'limit_volume') : undefined,
            'filled': this.safeString (order, 'base'),
            'cost': this.safeString (order, 'counter'),
            'fees': fees,
            'info': order,
        }, market);
    }

    async createOrder (symbol, type, side, amount, price = undefined, params = {}) {
        // postorder (limit): pair, type BID or ASK, volume, price, post_only, time_in_force (GTC, IOC, FOK),
        // stop_price with stop_direction (a stop limit order), client_order_id. marketorder: pair, type BUY or
        // SELL, counter_volume (what a buy spends) or base_volume (what a sell sells), client_order_id.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const [ unified, rest ] = this.unifiedOrderParams (type, params);
        this.rejectUnifiedParams ('createOrder', unified, [ 'reduceOnly', 'stopLossPrice', 'takeProfitPrice' ]);
        const request = { 'pair': market['id'] };
        if (unified['clientOrderId'] !== undefined) {
            request['client_order_id'] = unified['clientOrderId'];
        }
        let response = undefined;
        if (type === 'limit') {
            if (price === undefined) {
                throw new ArgumentsRequired (this.id + ' createOrder () requires a price for a limit order');
            }
            request['type'] = (side === 'buy') ? 'BID' : 'ASK';
            request['volume'] = this.amountToPrecision (symbol, amount);
            request['price'] = this.priceToPrecision (symbol, price);
            if (unified['postOnly']) {
                request['post_only'] = true;
            }
            if (unified['timeInForce'] !== undefined) {
                request['time_in_force'] = unified['timeInForce'];
            }
            if (unified['triggerPrice'] !== undefined) {
                // The direction follows from the last trade price and the stop price.
                request['stop_price'] = this.priceToPrecision (symbol, unified['triggerPrice']);
                request['stop_direction'] = 'RELATIVE_LAST_TRADE';
            }
            response = await this.privatePostPostorder (this.extend (request, rest));
        } else if (type === 'market') {
            if (unified['triggerPrice'] !== undefined) {
                throw new NotSupported (this.id + ' createOrder () triggerPrice places stop limit orders only, not market orders');
            }
            if (unified['timeInForce'] !== undefined) {
                throw new InvalidOrder (this.id + ' createOrder () timeInForce applies to limit orders only, not market orders');
            }
            request['type'] = (side === 'buy') ? 'BUY' : 'SELL';
            if (side === 'buy') {
                // A market buy spends an amount of the counter currency: cost, or amount times price.
                let cost = unified['cost'];
                if ((cost === undefined) && (amount !== undefined) && (price !== undefined)) {
                    cost = Precise.stringMul (this.numberToString (amount), this.numberToString (price));
                }
                if (cost === undefined) {
                    throw new ArgumentsRequired (this.id + ' createOrder () a market buy needs the unified param cost (or amount and price): marketorder spends counter_volume');
                }
                request['counter_volume'] = this.costToPrecision (symbol, cost);
            } else {
                if (unified['cost'] !== undefined) {
                    throw new InvalidOrder (this.id + ' createOrder () cost sizes market buys only: a market sell gives base_volume');
                }
                request['base_volume'] = this.amountToPrecision (symbol, amount);
            }
            response = await this.privatePostMarketorder (this.extend (request, rest));
        } else {
            throw new InvalidOrder (this.id + ' createOrder () places limit and market orders, not ' + type + ' orders');
        }
        return this.safeOrder ({
            'id': this.safeString (response, 'order_id'),
            'clientOrderId': unified['clientOrderId'],
            'symbol': market['symbol'],
            'type': type,
            'side': side,
            'timeInForce': unified['timeInForce'],
            'postOnly': unified['postOnly'],
            'price': this.safeString (request, 'price'),
            'triggerPrice': this.safeString (request, 'stop_price'),
            'amount': this.safeString2 (request, 'volume', 'base_volume'),
            'cost': this.safeString (request, 'counter_volume'),
            'info': response,
        }, market);
    }

    async createMarketBuyOrderWithCost (symbol, cost, params = {}) {
        return await this.createOrder (symbol, 'market', 'buy', undefined, undefined, this.extend (params, { 'cost': cost }));
    }

    async cancelOrder (id, symbol = undefined, params = {}) {
        // stoporder: { success }; a completed or unknown order is ErrCannotStopUnknownOrNonPendingOrder.
        const response = await this.privatePostStoporder (this.extend ({ 'order_id': id }, params));
        if (this.safeBool (response, 'success') !== true) {
            throw new OrderNotFound (this.id + ' cancelOrder () did not cancel order ' + id);
        }
        return this.safeOrder ({ 'id': id, 'status': 'canceled', 'info': response });
    }

    async fetchOrder (id, symbol = undefined, params = {}) {
        await this.loadMarkets ();
        const response = await this.privateGetOrdersId (this.extend ({ 'id': id }, params));
        return this.parseOrder (response);
    }

    async fetchOrdersByState (method, state, symbol, since, limit, params) {
        // listorders: the most recently placed orders, 100 by default and 1000 at most, of one pair or all;
        // state PENDING (open) or COMPLETE; created_before (ms, exclusive) pages back in time.
        await this.loadMarkets ();
        const request = {};
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
            request['pair'] = market['id'];
        }
        if (state !== undefined) {
            request['state'] = state;
        }
        if (limit !== undefined) {
            request['limit'] = Math.min (limit, 1000);
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            if (state === 'PENDING') {
                throw new NotSupported (this.id + ' ' + method + ' () does not support the unified param until');
            }
            request['created_before'] = this.sum (until, 1);
        }
        const response = await this.privateGetListorders (this.extend (request, this.omit (params, 'until')));
        return this.parseOrders (this.safeList (response, 'orders', []), market, since, limit);
    }

    async fetchOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchOrdersByState ('fetchOrders', undefined, symbol, since, limit, params);
    }

    async fetchOpenOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchOrdersByState ('fetchOpenOrders', 'PENDING', symbol, since, limit, params);
    }

    async fetchClosedOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchOrdersByState ('fetchClosedOrders', 'COMPLETE', symbol, since, limit, params);
    }

    async fetchMyTrades (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // listtrades of one pair (required): oldest first from since (ms, inclusive), before (ms, exclusive),
        // 100 by default and 1000 at most.
        if (symbol === undefined) {
            throw new ArgumentsRequired (this.id + ' fetchMyTrades () requires a symbol: listtrades lists one pair');
        }
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'pair': market['id'] };
        if (since !== undefined) {
            request['since'] = since;
        }
        if (limit !== undefined) {
            request['limit'] = Math.min (limit, 1000);
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            request['before'] = this.sum (until, 1);
        }
        const response = await this.privateGetListtrades (this.extend (request, this.omit (params, 'until')));
        return this.parseTrades (this.safeList (response, 'trades', []), market, since, limit);
    }

    // --- funding -------------------------------------------------------------------------------------

    parseTransaction (transaction, currency = undefined) {
        // withdrawals: { amount, created_at, currency, external_id, fee, id, status, transfer_id, type (the
        // method: ZAR_EFT, SGD_WIRE, ...) }.
        const status = this.safeString (transaction, 'status');
        const code = this.safeCurrencyCode (this.safeString (transaction, 'currency'), currency);
        const feeCost = this.safeString (transaction, 'fee');
        return this.safeTransaction ({
            'id': this.safeString (transaction, 'id'),
            'timestamp': this.safeInteger (transaction, 'created_at'),
            'type': 'withdrawal',
            'amount': this.safeString (transaction, 'amount'),
            'currency': code,
            'status': this.safeString (this.options['withdrawalStatuses'], status, status),
            'fee': (feeCost === undefined) ? undefined : { 'cost': feeCost, 'currency': code },
            'info': transaction,
        }, currency);
    }

    async fetchWithdrawals (code = undefined, since = undefined, limit = undefined, params = {}) {
        // withdrawals: the withdrawal requests of every currency, 100 by default and 1000 at most; no time range.
        if (this.safeValue (params, 'until') !== undefined) {
            throw new NotSupported (this.id + ' fetchWithdrawals () does not support the unified param until: withdrawals takes no time range');
        }
        await this.loadMarkets ();
        let currency = undefined;
        if (code !== undefined) {
            currency = this.currency (code);
        }
        const request = {};
        if (limit !== undefined) {
            request['limit'] = Math.min (limit, 1000);
        }
        const response = await this.privateGetWithdrawals (this.extend (request, params));
        return this.parseTransactions (this.safeList (response, 'withdrawals', []), currency, since, limit);
    }

    async accountIds (method, currency, params) {
        // The ids of the accounts of a currency (balance?assets=...), which transfers and transactions take one
        // at a time; params['account_id'] names one instead.
        const accountId = this.safeString (params, 'account_id');
        if (accountId !== undefined) {
            return [ accountId ];
        }
        const response = await this.privateGetBalance ({ 'assets': currency['id'] });
        const accounts = this.safeList (response, 'balance', []);
        const result = [];
        for (let i = 0; i < accounts.length; i++) {
            const id = this.safeString (accounts[i], 'account_id');
            if ((id !== undefined) && (this.safeString (accounts[i], 'asset') === currency['id'])) {
                result.push (id);
            }
        }
        if (result.length === 0) {
            throw new BadRequest (this.id + ' ' + method + ' () found no account of ' + currency['code']);
        }
        return result;
    }

    parseDeposit (transfer, currency) {
        // exchange/1/transfers: { amount (positive), created_at, fee (not in amount), id, inbound, transaction_id
        // (on-chain) }, each a confirmed transfer.
        const feeCost = this.safeString (transfer, 'fee');
        return this.safeTransaction ({
            'id': this.safeString (transfer, 'id'),
            'txid': this.safeString (transfer, 'transaction_id'),
            'timestamp': this.safeInteger (transfer, 'created_at'),
            'type': 'deposit',
            'amount': this.safeString (transfer, 'amount'),
            'currency': currency['code'],
            'status': 'ok',
            'fee': (feeCost === undefined) ? undefined : { 'cost': feeCost, 'currency': currency['code'] },
            'info': transfer,
        }, currency);
    }

    async fetchDeposits (code = undefined, since = undefined, limit = undefined, params = {}) {
        // exchange/1/transfers of each account of the currency (required): the confirmed credits (inbound) and
        // debits, newest first, 100 by default and 1000 at most, before (ms, exclusive) paging back.
        if (code === undefined) {
            throw new ArgumentsRequired (this.id + ' fetchDeposits () requires a currency code: transfers lists one account');
        }
        await this.loadMarkets ();
        const currency = this.currency (code);
        const ids = await this.accountIds ('fetchDeposits', currency, params);
        const request = {};
        if (limit !== undefined) {
            request['limit'] = Math.min (limit, 1000);
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            request['before'] = this.sum (until, 1);
        }
        const rest = this.omit (params, [ 'until', 'account_id' ]);
        const result = [];
        for (let i = 0; i < ids.length; i++) {
            const response = await this.exchangePrivateGetTransfers (this.extend (this.extend ({ 'account_id': ids[i] }, request), rest));
            const transfers = this.safeList (response, 'transfers', []);
            for (let j = 0; j < transfers.length; j++) {
                if (this.safeBool (transfers[j], 'inbound') === true) {
                    result.push (this.parseDeposit (transfers[j], currency));
                }
            }
        }
        return this.filterBySinceLimit (this.sortBy (result, 'timestamp'), since, limit);
    }

    parseLedgerEntry (item, currency = undefined) {
        // accounts/{id}/transactions: { account_id, row_index (1 the oldest), timestamp, balance and balance_delta,
        // available and available_delta, currency, description, kind (FEE, TRANSFER, EXCHANGE, INTEREST), reference
        // (shared by the entries of one transaction, such as a withdrawal and its fee), details }.
        const kind = this.safeString (item, 'kind');
        const balance = this.safeString (item, 'balance');
        const delta = this.safeString (item, 'balance_delta');
        const accountId = this.safeString (item, 'account_id');
        const row = this.safeString (item, 'row_index');
        return this.safeLedgerEntry ({
            'id': ((accountId === undefined) || (row === undefined)) ? undefined : accountId + '-' + row,
            'timestamp': this.safeInteger (item, 'timestamp'),
            'account': accountId,
            'referenceId': this.safeString (item, 'reference'),
            'type': this.safeString (this.options['ledgerTypes'], kind, kind),
            'currency': this.safeCurrencyCode (this.safeString (item, 'currency'), currency),
            'amount': delta,
            'before': ((balance === undefined) || (delta === undefined)) ? undefined : Precise.stringSub (balance, delta),
            'after': balance,
            'status': 'ok',
            'info': item,
        }, currency);
    }

    async fetchLedger (code = undefined, since = undefined, limit = undefined, params = {}) {
        // accounts/{id}/transactions of each account of the currency (required): rows min_row (inclusive) to max_row
        // (exclusive), non-positive ones counted back from the latest, at most 1000 a call; no time range.
        if (code === undefined) {
            throw new ArgumentsRequired (this.id + ' fetchLedger () requires a currency code: transactions lists one account');
        }
        if (this.safeValue (params, 'until') !== undefined) {
            throw new NotSupported (this.id + ' fetchLedger () does not support the unified param until: transactions takes rows, not times');
        }
        await this.loadMarkets ();
        const currency = this.currency (code);
        const ids = await this.accountIds ('fetchLedger', currency, params);
        const count = (limit === undefined) ? 100 : Math.min (limit, 1000);
        const rest = this.omit (params, 'account_id');
        let result = [];
        for (let i = 0; i < ids.length; i++) {
            const request = { 'id': ids[i], 'min_row': -count, 'max_row': 0 };
            const response = await this.privateGetAccountsIdTransactions (this.extend (request, rest));
            // rows in their order (row_index), so that entries of one millisecond keep it
            const rows = this.sortBy (this.safeList (response, 'transactions', []), 'row_index');
            result = this.arrayConcat (result, this.parseLedger (rows, currency, since, limit));
        }
        return this.filterBySinceLimit (this.sortBy (result, 'timestamp'), since, limit);
    }

    parseDepositAddress (depositAddress, currency = undefined) {
        // funding_address: { account_id, address, address_meta, asset, assigned_at, name, network, qr_code_uri,
        // receive_fee, total_received, total_unconfirmed }
        return {
            'currency': this.safeCurrencyCode (this.safeString (depositAddress, 'asset'), currency),
            'address': this.safeString (depositAddress, 'address'),
            'info': depositAddress,
        };
    }

    async fetchDepositAddress (code, params = {}) {
        // funding_address?asset=XBT: the default receive address. Its network parameter is a numeric id of
        // send/networks, which has no unified code.
        if (this.safeValue (params, 'network') !== undefined) {
            throw new NotSupported (this.id + ' fetchDepositAddress () does not support the unified param network: funding_address takes a numeric network id');
        }
        await this.loadMarkets ();
        const currency = this.currency (code);
        const response = await this.privateGetFundingAddress (this.extend ({ 'asset': currency['id'] }, params));
        return this.parseDepositAddress (response, currency);
    }

    async createDepositAddress (code, params = {}) {
        // POST funding_address asset=XBT: allocates a new receive address (1 an hour, bursts of 10), answered as
        // funding_address answers.
        if (this.safeValue (params, 'network') !== undefined) {
            throw new NotSupported (this.id + ' createDepositAddress () does not support the unified param network: funding_address takes a numeric network id');
        }
        await this.loadMarkets ();
        const currency = this.currency (code);
        const response = await this.privatePostFundingAddress (this.extend ({ 'asset': currency['id'] }, params));
        return this.parseDepositAddress (response, currency);
    }

    async withdraw (code, amount, address, tag = undefined, params = {}) {
        // send: amount, currency, address; an XRP destination tag is destination_tag with has_destination_tag,
        // any other tag (ATOM, ...) the memo. Answers { success, withdrawal_id }.
        if (this.safeValue (params, 'network') !== undefined) {
            throw new NotSupported (this.id + ' withdraw () does not support the unified param network: send takes a numeric network id');
        }
        await this.loadMarkets ();
        const currency = this.currency (code);
        const request = {
            'amount': this.currencyToPrecision (code, amount),
            'currency': currency['id'],
            'address': address,
        };
        if (tag !== undefined) {
            if (currency['id'] === 'XRP') {
                request['has_destination_tag'] = true;
                request['destination_tag'] = tag;
            } else {
                request['memo'] = tag;
            }
        }
        const response = await this.privatePostSend (this.extend (request, params));
        if (this.safeBool (response, 'success') !== true) {
            throw new ExchangeError (this.id + ' withdraw () was not accepted: ' + this.json (response));
        }
        return this.safeTransaction ({
            'id': this.safeString (response, 'withdrawal_id'),
            'type': 'withdrawal',
            'address': address,
            'tag': tag,
            'amount': request['amount'],
            'currency': currency['code'],
            'info': response,
        }, currency);
    }

    // --- transport -----------------------------------------------------------------------------------

    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        // Private requests authenticate with HTTP Basic (key id, key secret), which the request pipeline adds
        // when sign () returns basicAuth; POST parameters go as a URL-encoded form.
        const prefix = ((api === 'exchangePublic') || (api === 'exchangePrivate')) ? '/api/exchange/' : '/api/';
        let url = this.urls['api'] + prefix + this.version + '/' + this.implodeParams (path, params);
        const query = this.omit (params, this.extractParams (path));
        if (method === 'POST') {
            body = this.urlencode (query);
            headers = { 'Content-Type': 'application/x-www-form-urlencoded' };
        } else if (Object.keys (query).length > 0) {
            url = url + '?' + this.urlencode (query);
        }
        const isPrivate = (api === 'private') || (api === 'exchangePrivate');
        if (isPrivate) {
            this.checkRequiredCredentials ();
        }
        return { 'url': url, 'method': method, 'body': body, 'headers': headers, 'basicAuth': isPrivate };
    }

    handleErrors (status, reason, url, method, responseHeaders, responseBody, response, requestHeaders, requestBody) {
        // { "error": "Cannot find that order", "error_code": "ErrOrderNotFound" }, with a 4xx or 5xx status.
        if ((response === undefined) || Array.isArray (response) || (typeof response !== 'object')) {
            return undefined;
        }
        const code = this.safeString (response, 'error_code');
        if (code === undefined) {
            return undefined;
        }
        const feedback = this.id + ' ' + this.excerpt (responseBody);
        this.throwExactlyMatchedException (this.exceptions['exact'], code, feedback);
        if (status === 409) {
            throw new DuplicateOrderId (feedback); // a client_order_id used before
        }
        throw new ExchangeError (feedback);
    }
}
