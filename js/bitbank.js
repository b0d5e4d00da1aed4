// bitbank spot API: public REST (https://public.bitbank.cc) and private REST v1 (https://api.bitbank.cc/v1), as
// documented in https://github.com/bitbankinc/bitbank-api-docs (public-api.md, rest-api.md, errors.md).
import Exchange from './base/Exchange.js';
import { AccountSuspended, ArgumentsRequired, AuthenticationError, BadRequest, BadResponse, CancelPending, ExchangeError, ExchangeNotAvailable, InsufficientFunds, InvalidAddress, InvalidNonce, InvalidOrder, NotSupported, OnMaintenance, OrderNotFound, PermissionDenied, RateLimitExceeded, RequestTimeout } from './base/errors.js';
import Precise from './base/Precise.js';

export default class bitbank extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'bitbank',
            'name': 'bitbank',
            'countries': [ 'JP' ],
            'version': 'v1',
            // rest-api.md, Rate limit: 10 QUERY calls a second (cost 1) and 6 UPDATE calls a second (orders,
            // cancels and withdrawals: cost 10 / 6).
            'rateLimit': 100,
            'has': {
                'fetchMarkets': true,
                'fetchCurrencies': false, // the asset list (user/assets) is private: currencies come from the markets
                'fetchTicker': true,
                'fetchTickers': true,
                'fetchOrderBook': true,
                'fetchOHLCV': true,
                'fetchTrades': true,
                'fetchBalance': true,
                'createOrder': true,
                'cancelOrder': true,
                'editOrder': false, // orders cannot be changed
                'fetchOrder': true,
                'fetchOrders': false, // no order history: active_orders lists open orders, orders_info takes ids
                'fetchOpenOrders': true,
                'fetchClosedOrders': false, // the same
                'fetchMyTrades': true,
                'fetchDeposits': true,
                'fetchWithdrawals': true,
                'fetchTransactions': false,
                'fetchLedger': false, // no ledger endpoint
                'fetchDepositAddress': false, // no deposit address endpoint
                'withdraw': true,
                'fetchTime': false, // no server time endpoint
                'fetchStatus': true,
                'fetchTradingFees': true,
                'cancelAllOrders': true,
                'fetchOrderTrades': true,
                'fetchTradingFee': true,
                'fetchDepositAddresses': false,
                'createDepositAddress': false,
                'fetchDepositWithdrawFees': false, // only through the private asset list; not implemented here
                'transfer': false,
                'createMarketBuyOrderWithCost': false, // orders are sized in the base currency only
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
                // Market data on public.bitbank.cc; pairs, status and the private API on api.bitbank.cc/v1.
                'api': {
                    'public': 'https://public.bitbank.cc',
                    'market': 'https://api.bitbank.cc',
                    'private': 'https://api.bitbank.cc',
                },
                'www': 'https://bitbank.cc',
                'doc': 'https://github.com/bitbankinc/bitbank-api-docs',
                'fees': 'https://bitbank.cc/docs/fees/',
            },
            'api': {
                'public': {
                    'get': {
                        'tickers': 1,
                        'tickers_jpy': 1,
                        '{pair}/ticker': 1,
                        '{pair}/depth': 1,
                        '{pair}/transactions': 1,
                        '{pair}/transactions/{yyyymmdd}': 1,
                        '{pair}/candlestick/{candletype}/{yyyy}': 1,
                        '{pair}/circuit_break_info': 1,
                    },
                },
                // The two endpoints of rest-api.md that "Not require authentication".
                'market': {
                    'get': {
                        'spot/status': 1,
                        'spot/pairs': 1,
                    },
                },
                'private': {
                    'get': {
                        'user/assets': 1,
                        'user/spot/order': 1,
                        'user/spot/active_orders': 1,
                        'user/spot/trade_history': 1,
                        'user/margin/positions': 1,
                        'user/deposit_history': 1,
                        'user/unconfirmed_deposits': 1,
                        'user/withdrawal_account': 1,
                        'user/withdrawal_history': 1,
                    },
                    'post': {
                        'user/spot/order': 1.67,
                        'user/spot/cancel_order': 1.67,
                        'user/spot/cancel_orders': 1.67,
                        'user/spot/orders_info': 1,
                        'user/request_withdrawal': 1.67,
                    },
                },
            },
            // public-api.md, Candlestick: candle-type.
            'timeframes': {
                '1m': '1min',
                '5m': '5min',
                '15m': '15min',
                '30m': '30min',
                '1h': '1hour',
                '4h': '4hour',
                '8h': '8hour',
                '12h': '12hour',
                '1d': '1day',
                '1w': '1week',
                '1M': '1month',
            },
            'requiredCredentials': {
                'apiKey': true,
                'secret': true,
            },
            // The usual spot rates (a maker rebate of 0.02 %, a taker fee of 0.12 %); spot/pairs reports each
            // pair's own (fetchMarkets, fetchTradingFees).
            'fees': {
                'trading': {
                    'tierBased': false,
                    'percentage': true,
                    'maker': -0.0002,
                    'taker': 0.0012,
                },
            },
            'commonCurrencies': {
                'BCC': 'BCH', // assets.md: bcc is bitcoin cash
            },
            'options': {
                // Signing: ACCESS-NONCE (the default), or ACCESS-REQUEST-TIME with this ACCESS-TIME-WINDOW in
                // milliseconds (at most 60000) when it is set.
                'timeWindow': undefined,
                // networks.md: the network ids, by unified network code.
                'networks': {
                    'BTC': 'bitcoin',
                    'LTC': 'litecoin',
                    'XRP': 'ripple',
                    'ERC20': 'ethereum',
                    'MONA': 'monacoin',
                    'BCH': 'bitcoincash',
                    'XLM': 'stellar',
                    'QTUM': 'qtum',
                    'XYM': 'symbol',
                    'DOT': 'polkadot',
                    'DOGE': 'dogecoin',
                    'ASTR': 'astar',
                    'ADA': 'cardano',
                    'AVAXC': 'avalanche',
                    'FLR': 'flare',
                    'OAS': 'oasys',
                    'BEP20': 'bsc',
                    'ARBITRUM': 'arbitrum',
                    'OPTIMISM': 'op',
                    'POLYGON': 'polygon',
                    'TRC20': 'tron',
                },
                // rest-api.md, order status enum (and REJECTED, CHANGELOG 2019-10-18); INACTIVE is a stop order
                // that has not triggered yet.
                'orderStatuses': {
                    'INACTIVE': 'open',
                    'UNFILLED': 'open',
                    'PARTIALLY_FILLED': 'open',
                    'FULLY_FILLED': 'closed',
                    'CANCELED_UNFILLED': 'canceled',
                    'CANCELED_PARTIALLY_FILLED': 'canceled',
                    'REJECTED': 'rejected',
                },
                // Deposits: FOUND, CONFIRMED (about to be credited), DONE. Withdrawals: CONFIRMING, EXAMINING,
                // SENDING, DONE, REJECTED, CANCELED, CONFIRM_TIMEOUT (the confirmation was not given in time).
                'transactionStatuses': {
                    'FOUND': 'pending',
                    'CONFIRMED': 'pending',
                    'CONFIRMING': 'pending',
                    'EXAMINING': 'pending',
                    'SENDING': 'pending',
                    'DONE': 'ok',
                    'REJECTED': 'failed',
                    'CANCELED': 'canceled',
                    'CONFIRM_TIMEOUT': 'failed',
                },
                // spot/status: NORMAL, BUSY, VERY_BUSY (trading goes on), HALT (orders and cancels suspended).
                'pairStatuses': {
                    'NORMAL': 'ok',
                    'BUSY': 'ok',
                    'VERY_BUSY': 'ok',
                    'HALT': 'maintenance',
                },
            },
            // errors.md (2024-08-22): { "success": 0, "data": { "code": <number> } }.
            'exceptions': {
                'exact': {
                    '10000': BadRequest, // Url not found
                    '10001': ExchangeError, // System error
                    '10002': BadRequest, // Malformed request
                    '10003': ExchangeError, // System error
                    '10005': RequestTimeout, // Timeout waiting for response
                    '10007': OnMaintenance, // System maintenance
                    '10008': ExchangeNotAvailable, // Server is busy
                    '10009': RateLimitExceeded, // You sent requests too frequently
                    '20001': AuthenticationError,
                    '20002': AuthenticationError, // Invalid ACCESS-KEY
                    '20003': AuthenticationError, // ACCESS-KEY not found
                    '20004': InvalidNonce, // ACCESS-NONCE not found
                    '20005': AuthenticationError, // Invalid ACCESS-SIGNATURE
                    '20011': AuthenticationError, // MFA failed
                    '20014': AuthenticationError, // SMS verification failed
                    '20018': AuthenticationError, // Please login (no /v1/ in the path)
                    '20023': AuthenticationError, // Missing OTP code
                    '20024': AuthenticationError, // Missing SMS code
                    '20025': AuthenticationError, // Missing OTP and SMS code
                    '20026': AuthenticationError, // MFA is temporarily locked
                    '20033': InvalidNonce, // ACCESS-REQUEST-TIME not found
                    '20034': InvalidNonce, // Invalid time of ACCESS-REQUEST-TIME
                    '20035': InvalidNonce, // No request was sent within ACCESS-TIME-WINDOW
                    '20036': InvalidNonce, // ACCESS-REQUEST-TIME and ACCESS-NONCE not found
                    '20037': InvalidNonce, // Invalid ACCESS-REQUEST-TIME
                    '20038': BadRequest, // Invalid ACCESS-TIME-WINDOW
                    '20039': InvalidNonce, // Invalid ACCESS-NONCE
                    '30001': InvalidOrder, // Missing order quantity
                    '30006': InvalidOrder, // Missing order id
                    '30007': InvalidOrder, // Missing order id array
                    '30009': BadRequest, // Missing asset
                    '30012': InvalidOrder, // Missing order price
                    '30013': InvalidOrder, // Missing side
                    '30015': InvalidOrder, // Missing order type
                    '30016': BadRequest, // Missing asset
                    '30019': BadRequest, // Missing uuid
                    '30039': BadRequest, // Missing withdraw amount
                    '30101': InvalidOrder, // Missing trigger price
                    '40001': InvalidOrder, // Invalid order quantity
                    '40006': BadRequest, // Invalid count
                    '40007': BadRequest, // Invalid end param
                    '40008': BadRequest, // Invalid end_id
                    '40009': BadRequest, // Invalid from_id
                    '40013': InvalidOrder, // Invalid order id
                    '40014': InvalidOrder, // Invalid order id array
                    '40015': InvalidOrder, // Too many orders are specified
                    '40017': BadRequest, // Invalid asset
                    '40020': InvalidOrder, // Invalid order price
                    '40021': InvalidOrder, // Invalid order side
                    '40022': BadRequest, // Invalid trading start time
                    '40024': InvalidOrder, // Invalid order type
                    '40025': BadRequest, // Invalid asset
                    '40028': BadRequest, // Invalid uuid
                    '40048': BadRequest, // Invalid withdraw amount
                    '40112': InvalidOrder, // Invalid trigger price
                    '40113': InvalidOrder, // Invalid post_only
                    '40114': InvalidOrder, // post_only can not be specified with such order type
                    '50003': AccountSuspended, // Account is restricted
                    '50004': AccountSuspended, // Account is provisional
                    '50005': AccountSuspended, // Account is blocked
                    '50006': AccountSuspended, // Account is blocked
                    '50008': PermissionDenied, // Identity verification is not finished
                    '50009': OrderNotFound, // Order not found
                    '50010': InvalidOrder, // Order can not be canceled
                    '50011': BadRequest, // Api not found
                    '50026': InvalidOrder, // Order has already been canceled
                    '50027': InvalidOrder, // Order has already been executed
                    '50033': InvalidAddress, // Withdrawals to this address require additional entries
                    '60001': InsufficientFunds, // Insufficient amount
                    '60002': InvalidOrder, // Market buy order quantity has exceeded the upper limit
                    '60003': InvalidOrder, // Order quantity has exceeded the limit
                    '60004': InvalidOrder, // Order quantity has exceeded the lower threshold
                    '60005': InvalidOrder, // Order price has exceeded the upper limit
                    '60006': InvalidOrder, // Order price has exceeded the lower limit
                    '60011': InvalidOrder, // Too many Simultaneous orders
                    '60016': InvalidOrder, // Trigger price has exceeded the upper limit
                    '60017': BadRequest, // Withdrawal amount has exceeded the upper limit
                    '70001': ExchangeNotAvailable, // System error
                    '70002': ExchangeNotAvailable, // System error
                    '70003': ExchangeNotAvailable, // System error
                    '70004': ExchangeNotAvailable, // Order is restricted during suspension of transactions
                    '70005': ExchangeNotAvailable, // Buy order has been temporarily restricted
                    '70006': ExchangeNotAvailable, // Sell order has been temporarily restricted
                    '70009': InvalidOrder, // Market order has been temporarily restricted: use a limit order
                    '70010': InvalidOrder, // Minimum Order Quantity is increased temporarily
                    '70011': ExchangeNotAvailable, // System is busy
                    '70012': ExchangeNotAvailable, // System error
                    '70013': ExchangeNotAvailable, // Order and cancel has been temporarily restricted
                    '70014': ExchangeNotAvailable, // Withdraw and cancel request has been temporarily restricted
                    '70015': ExchangeNotAvailable, // Lending and cancel request has been temporarily restricted
                    '70016': ExchangeNotAvailable, // Lending and cancel request has been restricted
                    '70017': ExchangeNotAvailable, // Orders on pair have been suspended
                    '70018': ExchangeNotAvailable, // Order and cancel on pair have been suspended
                    '70019': CancelPending, // Order cancel request is in process
                    '70020': InvalidOrder, // Market order has been temporarily restricted (circuit break)
                    '70021': InvalidOrder, // Limit order price is over the threshold
                    '70022': InvalidOrder, // Stop limit order has been temporarily restricted
                    '70023': InvalidOrder, // Stop order has been temporarily restricted
                },
                'broad': {},
            },
        });
    }

    nonce () {
        // ACCESS-NONCE and ACCESS-REQUEST-TIME: UNIX time in milliseconds (rest-api.md, Authorization).
        return this.milliseconds ();
    }

    // --- responses -----------------------------------------------------------------------------------

    dataOf (response) {
        // { "success": 1, "data": { ... } } (handleErrors has thrown for any other success).
        const data = this.safeDict (response, 'data');
        if (data === undefined) {
            throw new BadResponse (this.id + ' sent an answer without its data: ' + this.excerpt (this.json (response)));
        }
        return data;
    }

    listOf (response, key) {
        // The list data[key] of an answer (requiredList: none at all is no answer the docs describe).
        return this.requiredList (this.dataOf (response), key);
    }

    // --- markets -------------------------------------------------------------------------------------

    pairName (entry) {
        // The name of a spot/pairs entry ('btc_jpy'), which every use of the entry is keyed by.
        const name = this.safeString (entry, 'name');
        if (name === undefined) {
            throw new BadResponse (this.id + ' sent a pair without its name: ' + this.excerpt (this.json (entry)));
        }
        return name;
    }

    async fetchMarkets (params = {}) {
        // spot/pairs: { pairs: [ { name: 'btc_jpy', base_asset, quote_asset, maker_fee_rate_quote,
        // taker_fee_rate_quote, unit_amount (the minimum amount), limit_max_amount, price_digits, amount_digits,
        // is_enabled, ... } ] }. The fee rates are fractions (a maker rebate is negative).
        const response = await this.marketGetSpotPairs (params);
        const pairs = this.listOf (response, 'pairs');
        const result = [];
        for (let i = 0; i < pairs.length; i++) {
            const entry = pairs[i];
            const id = this.pairName (entry);
            const parts = id.split ('_');
            // The docs' example leaves quote_asset out of the entry its field table lists: the name says it.
            const baseId = this.safeString (entry, 'base_asset', parts[0]);
            const quoteId = this.safeString (entry, 'quote_asset', parts[parts.length - 1]);
            const base = this.safeCurrencyCode (baseId);
            const quote = this.safeCurrencyCode (quoteId);
            result.push (this.safeMarketStructure ({
                'id': id,
                'symbol': base + '/' + quote,
                'base': base,
                'quote': quote,
                'baseId': baseId,
                'quoteId': quoteId,
                'active': this.safeBool (entry, 'is_enabled'),
                'type': 'spot',
                'spot': true,
                'maker': this.safeNumber (entry, 'maker_fee_rate_quote'),
                'taker': this.safeNumber (entry, 'taker_fee_rate_quote'),
                'precision': {
                    'amount': this.safeInteger (entry, 'amount_digits'),
                    'price': this.safeInteger (entry, 'price_digits'),
                },
                'limits': {
                    'amount': {
                        'min': this.safeNumber (entry, 'unit_amount'),
                        'max': this.safeNumber (entry, 'limit_max_amount'),
                    },
                    'price': { 'min': undefined, 'max': undefined },
                    'cost': { 'min': undefined, 'max': undefined },
                },
                'info': entry,
            }));
        }
        return result;
    }

    async fetchTradingFees (params = {}) {
        // spot/pairs states each pair's maker and taker rates of the fee in the quote currency (and of one in the
        // base currency, "0" in the docs' pairs, which is not reported).
        await this.loadMarkets ();
        const response = await this.marketGetSpotPairs (params);
        const pairs = this.listOf (response, 'pairs');
        const result = {};
        for (let i = 0; i < pairs.length; i++) {
            const entry = pairs[i];
            const symbol = this.safeSymbol (this.pairName (entry), undefined, '_');
            result[symbol] = {
                'symbol': symbol,
                'maker': this.safeNumber (entry, 'maker_fee_rate_quote'),
                'taker': this.safeNumber (entry, 'taker_fee_rate_quote'),
                'info': entry,
            };
        }
        return result;
    }

    async fetchTradingFee (symbol, params = {}) {
        return await this.tradingFeeOfAll (symbol, params);
    }

    async fetchStatus (params = {}) {
        // spot/status: { statuses: [ { pair, status, min_amount } ] }: maintenance when every pair is halted.
        const response = await this.marketGetSpotStatus (params);
        const statuses = this.listOf (response, 'statuses');
        let status = (statuses.length > 0) ? 'maintenance' : 'error';
        for (let i = 0; i < statuses.length; i++) {
            const pairStatus = this.safeString (statuses[i], 'status');
            if (this.safeString (this.options['pairStatuses'], pairStatus) === 'ok') {
                status = 'ok';
            }
        }
        return {
            'status': status,
            'updated': undefined,
            'eta': undefined,
            'url': undefined,
            'info': response,
        };
    }

    // --- market data ---------------------------------------------------------------------------------

    parseTicker (ticker, market = undefined) {
        // { pair (tickers only), sell (the best ask), buy (the best bid), high, low, open (24 hours ago), last,
        // vol (24 hours, in the base currency), timestamp (ms) }.
        market = this.safeMarket (this.safeString (ticker, 'pair'), market, '_');
        return this.safeTicker ({
            'symbol': market['symbol'],
            'timestamp': this.safeInteger (ticker, 'timestamp'),
            'high': this.safeString (ticker, 'high'),
            'low': this.safeString (ticker, 'low'),
            'bid': this.safeString (ticker, 'buy'),
            'ask': this.safeString (ticker, 'sell'),
            'open': this.safeString (ticker, 'open'),
            'last': this.safeString (ticker, 'last'),
            'baseVolume': this.safeString (ticker, 'vol'),
            'info': ticker,
        }, market);
    }

    async fetchTicker (symbol, params = {}) {
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetPairTicker (this.extend ({ 'pair': market['id'] }, params));
        return this.parseTicker (this.dataOf (response), market);
    }

    async fetchTickers (symbols = undefined, params = {}) {
        // tickers: every pair in one list, each with its pair.
        await this.loadMarkets ();
        const response = await this.publicGetTickers (params);
        const entries = this.safeList (response, 'data');
        if (entries === undefined) {
            throw new BadResponse (this.id + ' sent tickers without their list: ' + this.excerpt (this.json (response)));
        }
        return this.parseTickers (entries, (symbols === undefined) ? undefined : this.marketSymbols (symbols));
    }

    marketSymbols (symbols) {
        // The unified symbols of the markets asked for (BadSymbol for an unknown one).
        const result = [];
        for (let i = 0; i < symbols.length; i++) {
            result.push (this.market (symbols[i])['symbol']);
        }
        return result;
    }

    async fetchOrderBook (symbol, limit = undefined, params = {}) {
        // depth: { asks, bids: [ [ price, amount ] ] (200 levels a side), asks_over, bids_under, ...,
        // timestamp, sequenceId }.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetPairDepth (this.extend ({ 'pair': market['id'] }, params));
        const data = this.dataOf (response);
        const book = this.parseOrderBook (data, market['symbol'], this.safeInteger (data, 'timestamp'));
        book['nonce'] = this.safeInteger (data, 'sequenceId');
        if (limit !== undefined) {
            book['bids'] = book['bids'].slice (0, limit);
            book['asks'] = book['asks'].slice (0, limit);
        }
        return book;
    }

    parseTrade (trade, market = undefined) {
        // transactions: { transaction_id, side, price, amount, executed_at }. trade_history:
        // { trade_id, pair, order_id, side, type, amount, price, maker_taker, fee_amount_base,
        // fee_amount_quote, executed_at }: the fees in the base and in the quote currency (negative for a
        // rebate); a zero base fee is left out.
        market = this.safeMarket (this.safeString (trade, 'pair'), market, '_');
        const fees = [];
        const quoteFee = this.safeString (trade, 'fee_amount_quote');
        if (quoteFee !== undefined) {
            fees.push ({ 'cost': quoteFee, 'currency': market['quote'] });
        }
        const baseFee = this.safeString (trade, 'fee_amount_base');
        if ((baseFee !== undefined) && !Precise.stringEq (baseFee, '0')) {
            fees.push ({ 'cost': baseFee, 'currency': market['base'] });
        }
        return this.safeTrade ({
            'id': this.safeString2 (trade, 'trade_id', 'transaction_id'),
            'order': this.safeString (trade, 'order_id'),
            'symbol': market['symbol'],
            'timestamp': this.safeInteger (trade, 'executed_at'),
            'type': this.parseOrderType (this.safeString (trade, 'type')),
            'side': this.safeString (trade, 'side'),
            'takerOrMaker': this.safeString (trade, 'maker_taker'),
            'price': this.safeString (trade, 'price'),
            'amount': this.safeString (trade, 'amount'),
            'fees': (fees.length > 0) ? fees : undefined,
            'info': trade,
        }, market);
    }

    async fetchTrades (symbol, since = undefined, limit = undefined, params = {}) {
        // transactions: the latest 60; transactions/{YYYYMMDD}: those of the day of since (UTC).
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'pair': market['id'] };
        let response = undefined;
        if (since === undefined) {
            response = await this.publicGetPairTransactions (this.extend (request, params));
        } else {
            request['yyyymmdd'] = this.yyyymmdd (since, '');
            response = await this.publicGetPairTransactionsYyyymmdd (this.extend (request, params));
        }
        return this.parseTrades (this.listOf (response, 'transactions'), market, since, limit);
    }

    parseOHLCV (ohlcv, market = undefined) {
        // [ open, high, low, close, volume, timestamp (ms) ].
        return [
            this.safeInteger (ohlcv, 5),
            this.safeNumber (ohlcv, 0),
            this.safeNumber (ohlcv, 1),
            this.safeNumber (ohlcv, 2),
            this.safeNumber (ohlcv, 3),
            this.safeNumber (ohlcv, 4),
        ];
    }

    async fetchOHLCV (symbol, timeframe = '1m', since = undefined, limit = undefined, params = {}) {
        // candlestick/{type}/{YYYYMMDD} for candles up to 1hour, {YYYY} for longer ones: one day (UTC) or one
        // year a request, that of since, else the current one (whose last candles limit keeps).
        if (this.safeValue (params, 'until') !== undefined) {
            throw new NotSupported (this.id + ' fetchOHLCV () does not support the unified param until: bitbank lists the candles of one day or year a request, from since');
        }
        await this.loadMarkets ();
        const market = this.market (symbol);
        const candleType = this.safeString (this.timeframes, timeframe);
        if (candleType === undefined) {
            throw new BadRequest (this.id + ' fetchOHLCV () does not support the timeframe ' + timeframe);
        }
        const date = this.yyyymmdd ((since === undefined) ? this.milliseconds () : since, '');
        const daily = this.inArray (candleType, [ '1min', '5min', '15min', '30min', '1hour' ]);
        const request = {
            'pair': market['id'],
            'candletype': candleType,
            'yyyy': daily ? date : date.slice (0, 4),
        };
        const response = await this.publicGetPairCandlestickCandletypeYyyy (this.extend (request, params));
        const candlesticks = this.listOf (response, 'candlestick');
        const first = this.safeDict (candlesticks, 0, {});
        const ohlcvs = this.parseOHLCVs (this.safeList (first, 'ohlcv', []), market, timeframe, since);
        return this.filterBySinceLimit (ohlcvs, undefined, limit, 0, since === undefined);
    }

    // --- account -------------------------------------------------------------------------------------

    async fetchBalance (params = {}) {
        // user/assets: { assets: [ { asset, free_amount, onhand_amount (the total), locked_amount, ... } ] }.
        await this.loadMarkets ();
        const response = await this.privateGetUserAssets (params);
        const assets = this.listOf (response, 'assets');
        const result = { 'info': response };
        for (let i = 0; i < assets.length; i++) {
            const entry = assets[i];
            const code = this.safeCurrencyCode (this.safeString (entry, 'asset'));
            if (code === undefined) {
                throw new BadResponse (this.id + ' sent a balance without its asset: ' + this.excerpt (this.json (entry)));
            }
            const account = this.account ();
            account['free'] = this.safeString (entry, 'free_amount');
            account['used'] = this.safeString (entry, 'locked_amount');
            account['total'] = this.safeString (entry, 'onhand_amount');
            result[code] = account;
        }
        return this.safeBalance (result);
    }

    // --- orders --------------------------------------------------------------------------------------

    parseOrderType (type) {
        // limit and market; stop and stop_limit trigger a market or limit order; take_profit, stop_loss and
        // losscut (margin) close at market.
        const types = {
            'limit': 'limit',
            'market': 'market',
            'stop': 'market',
            'stop_limit': 'limit',
            'take_profit': 'market',
            'stop_loss': 'market',
            'losscut': 'market',
        };
        return this.safeString (types, type);
    }

    parseOrder (order, market = undefined) {
        // { order_id, pair, side, position_side, type, start_amount, remaining_amount, executed_amount, price,
        // post_only, user_cancelable, average_price, ordered_at, expire_at, canceled_at, triggered_at,
        // trigger_price, status }.
        market = this.safeMarket (this.safeString (order, 'pair'), market, '_');
        const type = this.safeString (order, 'type');
        const status = this.safeString (order, 'status');
        const postOnly = this.safeBool (order, 'post_only');
        const triggerPrice = this.safeString (order, 'trigger_price');
        // average_price is "0" until the order executes.
        const executed = this.safeString (order, 'executed_amount');
        const unfilled = (executed === undefined) || Precise.stringEq (executed, '0');
        return this.safeOrder ({
            'id': this.safeString (order, 'order_id'),
            'symbol': market['symbol'],
            'timestamp': this.safeInteger (order, 'ordered_at'),
            'lastUpdateTimestamp': this.safeInteger (order, 'canceled_at'),
            'status': this.safeString (this.options['orderStatuses'], status, status),
            'type': this.parseOrderType (type),
            'timeInForce': (postOnly === true) ? 'PO' : undefined,
            'postOnly': postOnly,
            'side': this.safeString (order, 'side'),
            'price': this.safeString (order, 'price'),
            'triggerPrice': triggerPrice,
            'stopLossPrice': (type === 'stop_loss') ? triggerPrice : undefined,
            'takeProfitPrice': (type === 'take_profit') ? triggerPrice : undefined,
            'average': unfilled ? undefined : this.safeString (order, 'average_price'),
            'amount': this.safeString (order, 'start_amount'),
            'filled': executed,
            'remaining': this.safeString (order, 'remaining_amount'),
            'info': order,
        }, market);
    }

    orderIdNumber (id, method) {
        // order_id is a JSON number: the id as an integer, refused unless it is one written plainly.
        const number = this.integerOf (id);
        if ((number === undefined) || (this.numberToString (number) !== id)) {
            throw new BadRequest (this.id + ' ' + method + ' () takes a numeric order id, not ' + this.numberToString (id));
        }
        return number;
    }

    requireMarket (symbol, method) {
        // The order endpoints take a pair.
        if (symbol === undefined) {
            throw new ArgumentsRequired (this.id + ' ' + method + ' () requires a symbol: bitbank finds orders by pair and order id');
        }
        return this.market (symbol);
    }

    async createOrder (symbol, type, side, amount, price = undefined, params = {}) {
        // POST user/spot/order { pair, amount, price, side, type (limit, market, stop, stop_limit), post_only,
        // trigger_price }: amounts and prices are strings. postOnly (timeInForce PO) is post_only for a limit
        // order; triggerPrice makes a stop (market) or stop_limit order. GTC is a limit order as it is; IOC, FOK,
        // take-profit and stop-loss triggers (margin order types), reduce-only, a client order id and a size in
        // the quote currency are not documented for spot orders: NotSupported.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const [ unified, rest ] = this.unifiedOrderParams (type, params);
        this.rejectUnifiedParams ('createOrder', unified, [ 'stopLossPrice', 'takeProfitPrice', 'reduceOnly', 'clientOrderId', 'cost' ]);
        if ((type !== 'limit') && (type !== 'market')) {
            throw new InvalidOrder (this.id + ' createOrder () type must be limit or market, not ' + type);
        }
        const timeInForce = unified['timeInForce'];
        if ((timeInForce !== undefined) && !((timeInForce === 'GTC') && (type === 'limit'))) {
            throw new NotSupported (this.id + ' createOrder () does not support the unified param timeInForce ' + timeInForce + ' for ' + type + ' orders: bitbank documents no time in force');
        }
        if ((type === 'limit') && (price === undefined)) {
            throw new ArgumentsRequired (this.id + ' createOrder () requires a price for a limit order');
        }
        const trigger = unified['trigger'];
        let orderType = type;
        if (trigger !== undefined) {
            orderType = (type === 'limit') ? 'stop_limit' : 'stop';
        }
        const request = {
            'pair': market['id'],
            'amount': this.amountToPrecision (symbol, amount),
            'side': side,
            'type': orderType,
        };
        if (type === 'limit') {
            request['price'] = this.priceToPrecision (symbol, price);
        }
        if (unified['postOnly']) {
            request['post_only'] = true;
        }
        if (trigger !== undefined) {
            request['trigger_price'] = this.priceToPrecision (symbol, trigger);
        }
        const response = await this.privatePostUserSpotOrder (this.extend (request, rest));
        return this.parseOrder (this.dataOf (response), market);
    }

    async cancelOrder (id, symbol = undefined, params = {}) {
        // POST user/spot/cancel_order { pair, order_id } answers the order, with canceled_at.
        await this.loadMarkets ();
        const market = this.requireMarket (symbol, 'cancelOrder');
        const request = { 'pair': market['id'], 'order_id': this.orderIdNumber (id, 'cancelOrder') };
        const response = await this.privatePostUserSpotCancelOrder (this.extend (request, params));
        return this.parseOrder (this.dataOf (response), market);
    }

    async cancelAllOrders (symbol = undefined, params = {}) {
        // POST user/spot/cancel_orders { pair, order_ids (up to 30) } answers { orders }: the pair's active
        // orders, listed first, are canceled 30 at a time.
        await this.loadMarkets ();
        const market = this.requireMarket (symbol, 'cancelAllOrders');
        const open = await this.fetchOpenOrders (market['symbol']);
        let result = [];
        for (let start = 0; start < open.length; start += 30) {
            const ids = [];
            const batch = open.slice (start, start + 30);
            for (let i = 0; i < batch.length; i++) {
                ids.push (this.orderIdNumber (batch[i]['id'], 'cancelAllOrders'));
            }
            const response = await this.privatePostUserSpotCancelOrders (this.extend ({ 'pair': market['id'], 'order_ids': ids }, params));
            result = this.arrayConcat (result, this.parseOrders (this.listOf (response, 'orders'), market));
        }
        return result;
    }

    async fetchOrder (id, symbol = undefined, params = {}) {
        // GET user/spot/order?pair&order_id (orders closed more than 3 months ago answer 50009).
        await this.loadMarkets ();
        const market = this.requireMarket (symbol, 'fetchOrder');
        const request = { 'pair': market['id'], 'order_id': this.orderIdNumber (id, 'fetchOrder') };
        const response = await this.privateGetUserSpotOrder (this.extend (request, params));
        return this.parseOrder (this.dataOf (response), market);
    }

    async fetchOpenOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // GET user/spot/active_orders { pair, count, since }: every pair's when no pair is given. Times are in
        // milliseconds (rest-api_JP.md says so of since and end; rest-api.md says "unix timestamp").
        await this.loadMarkets ();
        const request = {};
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
            request['pair'] = market['id'];
        }
        if (limit !== undefined) {
            request['count'] = limit;
        }
        if (since !== undefined) {
            request['since'] = since;
        }
        const response = await this.privateGetUserSpotActiveOrders (this.extend (request, params));
        return this.parseOrders (this.listOf (response, 'orders'), market, since, limit);
    }

    async listTrades (market, orderId, since, limit, params) {
        // GET user/spot/trade_history { pair, order_id, count (up to 1000), since, end (ms), order }: newest
        // first, oldest first from since; until is end.
        const until = this.safeInteger (params, 'until');
        const rest = this.omit (params, 'until');
        const request = {};
        if (orderId !== undefined) {
            request['order_id'] = orderId;
        }
        if (market !== undefined) {
            request['pair'] = market['id'];
        }
        if (limit !== undefined) {
            request['count'] = limit;
        }
        if (since !== undefined) {
            request['since'] = since;
            request['order'] = 'asc';
        }
        if (until !== undefined) {
            request['end'] = until;
        }
        const response = await this.privateGetUserSpotTradeHistory (this.extend (request, rest));
        return this.parseTrades (this.listOf (response, 'trades'), market, since, limit);
    }

    async fetchMyTrades (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        return await this.listTrades (market, undefined, since, limit, params);
    }

    async fetchOrderTrades (id, symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // trade_history takes an order_id with its pair.
        await this.loadMarkets ();
        const market = this.requireMarket (symbol, 'fetchOrderTrades');
        return await this.listTrades (market, this.orderIdNumber (id, 'fetchOrderTrades'), since, limit, params);
    }

    // --- funding -------------------------------------------------------------------------------------

    parseTransaction (transaction, currency = undefined) {
        // deposit_history: { uuid, asset, network, amount, txid, status, found_at, confirmed_at, address }.
        // withdrawal_history and request_withdrawal: { uuid, asset, account_uuid, amount, fee, label, address,
        // network, destination_tag, txid, status, requested_at, and bank fields for jpy }. The endpoint tells
        // the type (the caller adds it).
        const code = this.safeCurrencyCode (this.safeString (transaction, 'asset'), currency);
        const status = this.safeString (transaction, 'status');
        const feeCost = this.safeString (transaction, 'fee');
        return this.safeTransaction ({
            'id': this.safeString (transaction, 'uuid'),
            'txid': this.safeString (transaction, 'txid'),
            'timestamp': this.safeInteger2 (transaction, 'found_at', 'requested_at'),
            'updated': this.safeInteger (transaction, 'confirmed_at'),
            'network': this.networkCode (this.safeString (transaction, 'network')),
            'address': this.safeString (transaction, 'address'),
            'tag': this.safeString (transaction, 'destination_tag'),
            'amount': this.safeString (transaction, 'amount'),
            'currency': code,
            'status': this.safeString (this.options['transactionStatuses'], status, status),
            'fee': (feeCost === undefined) ? undefined : { 'cost': feeCost, 'currency': code },
            'info': transaction,
        }, currency);
    }

    transferRequest (method, code, since, limit, params) {
        // deposit_history and withdrawal_history list one asset: { asset, count (up to 100), since, end (ms) }.
        if (code === undefined) {
            throw new ArgumentsRequired (this.id + ' ' + method + ' () requires a currency code: bitbank lists them per asset');
        }
        const currency = this.currency (code);
        const request = { 'asset': currency['id'] };
        if (limit !== undefined) {
            request['count'] = limit;
        }
        if (since !== undefined) {
            request['since'] = since;
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            request['end'] = until;
        }
        return [ currency, this.extend (request, this.omit (params, 'until')) ];
    }

    async fetchDeposits (code = undefined, since = undefined, limit = undefined, params = {}) {
        await this.loadMarkets ();
        const [ currency, request ] = this.transferRequest ('fetchDeposits', code, since, limit, params);
        const response = await this.privateGetUserDepositHistory (request);
        return this.parseTransactions (this.listOf (response, 'deposits'), currency, since, limit, { 'type': 'deposit' });
    }

    async fetchWithdrawals (code = undefined, since = undefined, limit = undefined, params = {}) {
        await this.loadMarkets ();
        const [ currency, request ] = this.transferRequest ('fetchWithdrawals', code, since, limit, params);
        const response = await this.privateGetUserWithdrawalHistory (request);
        return this.parseTransactions (this.listOf (response, 'withdrawals'), currency, since, limit, { 'type': 'withdrawal' });
    }

    async withdrawalAccount (currency, address, network) {
        // request_withdrawal sends to a registered withdrawal account, by its uuid: the account of the asset
        // (user/withdrawal_account: { accounts: [ { uuid, label, network, address } ] }) with this address,
        // on this network when one is given.
        const response = await this.privateGetUserWithdrawalAccount ({ 'asset': currency['id'] });
        const accounts = this.listOf (response, 'accounts');
        const sameAddress = [];
        const matches = [];
        for (let i = 0; i < accounts.length; i++) {
            const account = accounts[i];
            if (this.safeString (account, 'address') !== address) {
                continue;
            }
            sameAddress.push (account);
            if ((network === undefined) || (this.safeString (account, 'network') === network)) {
                matches.push (account);
            }
        }
        if (sameAddress.length === 0) {
            throw new InvalidAddress (this.id + ' withdraw () found no registered withdrawal account of ' + currency['code'] + ' with the address ' + address + ': bitbank withdraws to accounts registered on its website only');
        }
        if (matches.length === 0) {
            throw new BadRequest (this.id + ' withdraw () found the address ' + address + ' registered on the network ' + this.safeString (sameAddress[0], 'network') + ', not on ' + network + ' (the unified param network)');
        }
        if (matches.length > 1) {
            throw new ArgumentsRequired (this.id + ' withdraw () found several withdrawal accounts with the address ' + address + ': pass the unified param network');
        }
        return matches[0];
    }

    async withdraw (code, amount, address, tag = undefined, params = {}) {
        // POST user/request_withdrawal { asset, uuid (the withdrawal account), amount, otp_token, sms_token }.
        // A registered account holds its destination tag, which the API does not show: a tag cannot be checked
        // against it, so it is refused rather than ignored. otp_token and sms_token go in params.
        if (tag !== undefined) {
            throw new NotSupported (this.id + ' withdraw () does not take a tag: the registered withdrawal account holds it');
        }
        await this.loadMarkets ();
        const currency = this.currency (code);
        const networkCode = this.safeString (params, 'network');
        const network = (networkCode === undefined) ? undefined : this.knownNetworkId (networkCode, currency, 'withdraw');
        const account = await this.withdrawalAccount (currency, address, network);
        const request = {
            'asset': currency['id'],
            'uuid': this.safeString (account, 'uuid'),
            'amount': this.numberToString (amount),
        };
        const response = await this.privatePostUserRequestWithdrawal (this.extend (request, this.omit (params, 'network')));
        return this.extend (this.parseTransaction (this.dataOf (response), currency), { 'type': 'withdrawal' });
    }

    // --- transport -----------------------------------------------------------------------------------

    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        // GET sends its params as the query string, POST as a JSON body.
        const query = this.omit (params, this.extractParams (path));
        let requestPath = '/' + this.implodeParams (path, params);
        if (api !== 'public') {
            requestPath = '/' + this.version + requestPath;
        }
        if ((method === 'GET') && (Object.keys (query).length > 0)) {
            requestPath = requestPath + '?' + this.urlencode (query);
        }
        const url = this.safeString (this.urls['api'], api) + requestPath;
        if (api !== 'private') {
            return { 'url': url, 'method': method, 'body': body, 'headers': headers };
        }
        // ACCESS-SIGNATURE: hex HMAC-SHA256 of the nonce (or of ACCESS-REQUEST-TIME and ACCESS-TIME-WINDOW)
        // followed by the path with its query (/v1 included) for GET, by the JSON body for POST.
        this.checkRequiredCredentials ();
        const nonce = this.numberToString (this.nonce ());
        headers = { 'ACCESS-KEY': this.apiKey };
        let prefix = nonce;
        const timeWindow = this.safeInteger (this.options, 'timeWindow');
        if (timeWindow === undefined) {
            headers['ACCESS-NONCE'] = nonce;
        } else {
            const window = this.numberToString (timeWindow);
            headers['ACCESS-REQUEST-TIME'] = nonce;
            headers['ACCESS-TIME-WINDOW'] = window;
            prefix = nonce + window;
        }
        let payload = requestPath;
        if (method === 'POST') {
            body = (Object.keys (query).length > 0) ? this.json (query) : '{}'; // (PHP writes an empty dictionary as [])
            payload = body;
            headers['Content-Type'] = 'application/json';
        }
        headers['ACCESS-SIGNATURE'] = this.hmac (this.encode (prefix + payload), this.encode (this.secret), 'sha256');
        return { 'url': url, 'method': method, 'body': body, 'headers': headers };
    }

    handleErrors (status, reason, url, method, responseHeaders, responseBody, response, requestHeaders, requestBody) {
        // Every answer is { "success": 1, "data": ... } or { "success": 0, "data": { "code": <number> } }: the
        // code picks the error class (errors.md), an unknown one is ExchangeError. A body without success is left
        // to the HTTP status when that is an error (HTTP 429 for the rate limit), and is BadResponse otherwise.
        if ((response === undefined) || Array.isArray (response) || (typeof response !== 'object')) {
            return;
        }
        const success = this.safeString (response, 'success');
        if (success === '1') {
            return;
        }
        const feedback = this.id + ' ' + method + ' ' + url + ' ' + this.numberToString (status) + ' ' + this.excerpt (this.json (response));
        if (success === undefined) {
            if (status >= 400) {
                return;
            }
            throw new BadResponse (feedback);
        }
        const code = this.safeString (this.safeDict (response, 'data', {}), 'code');
        if (code !== undefined) {
            this.throwExactlyMatchedException (this.exceptions['exact'], code, feedback);
        }
        throw new ExchangeError (feedback);
    }
}
