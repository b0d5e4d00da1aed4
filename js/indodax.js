// INDODAX (spot, Indonesia): https://github.com/btcid/indodax-official-api-docs
//
// Public methods are GETs under https://indodax.com/api (pairs, price_increments, ticker/{pair}, ticker_all,
// trades/{pair}, depth/{pair}) and https://indodax.com/tradingview (history_v2, candles); a pair is named
// 'btcidr' there. Private methods (TAPI) are POSTs to https://indodax.com/tapi with a form body
// method=<name>&<parameters>&timestamp=<ms>&recvWindow=<ms>, the API key in the Key header and the hex
// HMAC-SHA512 of the body in the Sign header; a pair is named 'btc_idr' there. The account's order and trade
// histories moved on Jan 20, 2026 to GET https://tapi.indodax.com/api/v2/order/histories and /api/v2/myTrades
// (INDODAX-TradeAPI-2.md), signed the same way over the query string, the key in the X-APIKEY header. Errors are
// { "success": 0, "error": "...", "error_code": "..." } (TAPI) or { "code": 1109, "error": "..." } (v2).
import Exchange from './base/Exchange.js';
import { AccountSuspended, ArgumentsRequired, AuthenticationError, BadRequest, BadResponse, BadSymbol, DuplicateOrderId, ExchangeError, ExchangeNotAvailable, InvalidAddress, InvalidNonce, InvalidOrder, NotSupported, OrderImmediatelyFillable, PermissionDenied, RateLimitExceeded } from './base/errors.js';
import Precise from './base/Precise.js';
import { TICK_SIZE } from './base/functions/number.js';

export default class indodax extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'indodax',
            'name': 'INDODAX',
            'countries': [ 'ID' ],
            'version': '2.0',
            // Public-RestAPI.md: "Public API rate limited to 180request/minute".
            'rateLimit': 334,
            'has': {
                'fetchMarkets': true,
                'fetchCurrencies': false, // no currency list: the pairs name their currencies
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
                'fetchDeposits': true,
                'fetchWithdrawals': true,
                'fetchTransactions': false,
                'fetchLedger': false,
                'fetchDepositAddress': true,
                'withdraw': true,
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
            // history_v2's tf: minutes, or days and weeks.
            'timeframes': {
                '1m': '1',
                '15m': '15',
                '30m': '30',
                '1h': '60',
                '4h': '240',
                '1d': '1D',
                '3d': '3D',
                '1w': '1W',
            },
            'urls': {
                'api': {
                    'public': 'https://indodax.com/api',
                    'tradingview': 'https://indodax.com/tradingview',
                    'private': 'https://indodax.com/tapi',
                    'privateV2': 'https://tapi.indodax.com/api/v2',
                },
                'www': 'https://indodax.com',
                'doc': [
                    'https://github.com/btcid/indodax-official-api-docs',
                    'https://indodax.com/downloads/BITCOINCOID-API-DOCUMENTATION.pdf',
                ],
                'fees': 'https://help.indodax.com/article/trading-fee',
            },
            'api': {
                'public': {
                    'get': [
                        'server_time',
                        'pairs',
                        'price_increments',
                        'summaries',
                        'ticker/{pair}',
                        'ticker_all',
                        'trades/{pair}',
                        'depth/{pair}',
                    ],
                },
                'tradingview': {
                    'get': [
                        'history_v2',
                    ],
                },
                // The TAPI methods: each is the body's method parameter of a POST to /tapi.
                'private': {
                    'post': [
                        'getInfo',
                        'transHistory',
                        'trade',
                        'tradeHistory',
                        'openOrders',
                        'orderHistory',
                        'getOrder',
                        'getOrderByClientOrderId',
                        'cancelOrder',
                        'cancelByClientOrderId',
                        'withdrawFee',
                        'withdrawCoin',
                    ],
                },
                'privateV2': {
                    'get': [
                        'order/histories',
                        'myTrades',
                    ],
                },
            },
            'requiredCredentials': {
                'apiKey': true,
                'secret': true,
            },
            // The fee page lists the rates per tier and market; the documented getInfo does not report them.
            'fees': {
                'trading': {
                    'tierBased': true,
                    'percentage': true,
                },
            },
            'precisionMode': TICK_SIZE,
            'options': {
                // Private-RestAPI.md: "If recvWindow is not sent, it defaults to 5000".
                'recvWindow': 5000,
                // The docs state no amount step per pair; every coin amount in their examples (balances, orders,
                // trades) has 8 decimals.
                'amountPrecision': '0.00000001',
                'timeframeSeconds': {
                    '1m': 60,
                    '15m': 900,
                    '30m': 1800,
                    '1h': 3600,
                    '4h': 14400,
                    '1d': 86400,
                    '3d': 259200,
                    '1w': 604800,
                },
                // Candles fetchOHLCV asks for when the caller gives no limit.
                'ohlcvCount': 500,
                // order/histories and myTrades take a limit of 10 to 1000.
                'minHistoryLimit': 10,
                'maxHistoryLimit': 1000,
                'orderStatuses': {
                    'open': 'open',
                    'filled': 'closed',
                    'cancelled': 'canceled',
                    'FILLED': 'closed',
                    'CANCELLED': 'canceled',
                    'REJECTED': 'rejected',
                },
                'orderTypes': {
                    'limit': 'limit',
                    'market': 'market',
                    'stoplimit': 'limit',
                    'LIMIT': 'limit',
                    'MARKET': 'market',
                    'STOPLIMIT': 'limit',
                },
                // transHistory's and withdrawCoin's statuses.
                'transactionStatuses': {
                    'success': 'ok',
                    'approved': 'pending',
                    'wait': 'pending',
                },
                // withdrawCoin's network and getInfo's network ids (lowercase) by unified code.
                'networks': {
                    'ERC20': 'erc20',
                    'TRC20': 'trc20',
                    'BEP20': 'bep20',
                    'BEP2': 'bep2',
                },
            },
            'exceptions': {
                'exact': {
                    // TAPI error_code
                    'invalid_credentials': AuthenticationError,
                    'too_many_requests': RateLimitExceeded,
                    'invalid_date': BadRequest,
                    // Trade API 2.0 code (INDODAX-TradeAPI-2.md, "Trade API Error Codes")
                    '1000': ExchangeNotAvailable,
                    '1001': AuthenticationError,
                    '1002': InvalidNonce,
                    '1003': InvalidNonce,
                    '1101': AuthenticationError,
                    '1102': AuthenticationError,
                    '1103': PermissionDenied,
                    '1104': AccountSuspended,
                    '1105': AccountSuspended,
                    '1106': PermissionDenied,
                    '1107': BadRequest,
                    '1108': BadRequest,
                    '1109': BadRequest,
                    '1110': BadSymbol,
                },
                // TAPI messages the docs quote.
                'broad': {
                    'Invalid credentials': AuthenticationError,
                    'No permission': PermissionDenied,
                    'too many': RateLimitExceeded,
                    'not maker': OrderImmediatelyFillable,
                    'already exists': DuplicateOrderId,
                    'Invalid network': BadRequest,
                    'recipient address other than': InvalidAddress,
                    'Username is not found': InvalidAddress,
                    'date format': BadRequest,
                },
            },
        });
    }

    // --- markets -------------------------------------------------------------------------------------

    async fetchMarkets (params = {}) {
        // pairs: [ { id ('btcidr'), symbol, base_currency ('idr', the quote), traded_currency ('btc', the base),
        // ticker_id ('btc_idr'), trade_min_base_currency (the least an order may cost, in the quote currency),
        // trade_min_traded_currency (the least amount), ... } ]; price_increments: { increments: { btc_idr:
        // '1000' } }, the price step of each pair by ticker_id.
        const pairs = await this.publicGetPairs (params);
        // (no pairs at all is a BadResponse too: PHP cannot tell an empty list from the empty dictionary {}, which went
        // on to price_increments there alone)
        if (!Array.isArray (pairs) || (pairs.length === 0)) {
            throw new BadResponse (this.id + ' sent pairs that are no list of pairs: ' + this.excerpt (this.json (pairs)));
        }
        const increments = await this.publicGetPriceIncrements (params);
        const steps = this.safeDict (increments, 'increments', {});
        const amountStep = this.safeString (this.options, 'amountPrecision');
        const result = [];
        for (let i = 0; i < pairs.length; i++) {
            const pair = pairs[i];
            const id = this.safeString (pair, 'id');
            const baseId = this.safeString (pair, 'traded_currency');
            const quoteId = this.safeString (pair, 'base_currency');
            if ((id === undefined) || (baseId === undefined) || (quoteId === undefined)) {
                throw new BadResponse (this.id + ' sent a pair without id, traded_currency or base_currency: ' + this.excerpt (this.json (pair)));
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
                'type': 'spot',
                'spot': true,
                'precision': {
                    'amount': this.parseNumber (amountStep),
                    'price': this.safeNumber (steps, baseId + '_' + quoteId),
                },
                'limits': {
                    'amount': { 'min': this.safeNumber (pair, 'trade_min_traded_currency') },
                    'cost': { 'min': this.safeNumber (pair, 'trade_min_base_currency') },
                },
                'info': pair,
            }));
        }
        return result;
    }

    pairId (market) {
        // The TAPI's name of a pair: 'btc_idr'.
        return market['baseId'] + '_' + market['quoteId'];
    }

    marketOfPair (pair, market = undefined) {
        // The market a TAPI pair ('btc_idr') or a ticker_all key names.
        if (pair === undefined) {
            return this.safeMarket (undefined, market);
        }
        return this.safeMarket (pair.split ('_').join (''), market);
    }

    async fetchTime (params = {}) {
        // server_time: { timezone: 'UTC', server_time (ms) }.
        const response = await this.publicGetServerTime (params);
        const time = this.safeInteger (response, 'server_time');
        if (time === undefined) {
            throw new BadResponse (this.id + ' sent a server_time answer without server_time: ' + this.excerpt (this.json (response)));
        }
        return time;
    }

    // --- market data ---------------------------------------------------------------------------------

    parseTicker (ticker, market = undefined) {
        // { high, low, vol_<base>, vol_<quote>, last, buy (the best bid), sell (the best ask), server_time (s) }.
        market = this.safeMarket (undefined, market);
        return this.safeTicker ({
            'symbol': market['symbol'],
            'timestamp': this.safeTimestamp (ticker, 'server_time'),
            'high': this.safeString (ticker, 'high'),
            'low': this.safeString (ticker, 'low'),
            'bid': this.safeString (ticker, 'buy'),
            'ask': this.safeString (ticker, 'sell'),
            'last': this.safeString (ticker, 'last'),
            'baseVolume': this.safeString (ticker, 'vol_' + market['baseId']),
            'quoteVolume': this.safeString (ticker, 'vol_' + market['quoteId']),
            'info': ticker,
        }, market);
    }

    async fetchTicker (symbol, params = {}) {
        // ticker/{pair}: { ticker: { ... } }.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetTickerPair (this.extend ({ 'pair': market['id'] }, params));
        const ticker = this.safeDict (response, 'ticker');
        if (ticker === undefined) {
            throw new BadResponse (this.id + ' sent a ticker answer without ticker: ' + this.excerpt (this.json (response)));
        }
        return this.parseTicker (ticker, market);
    }

    async fetchTickers (symbols = undefined, params = {}) {
        // ticker_all: { tickers: { btc_idr: { ... } } }, every pair by ticker_id.
        await this.loadMarkets ();
        const response = await this.publicGetTickerAll (params);
        const tickers = this.safeDict (response, 'tickers');
        if (tickers === undefined) {
            throw new BadResponse (this.id + ' sent a ticker_all answer without tickers: ' + this.excerpt (this.json (response)));
        }
        const result = [];
        const keys = Object.keys (tickers);
        for (let i = 0; i < keys.length; i++) {
            const marketId = keys[i].split ('_').join ('');
            if (this.safeValue (this.marketsById, marketId) === undefined) {
                continue;
            }
            result.push (this.parseTicker (this.safeDict (tickers, keys[i]), this.safeMarket (marketId)));
        }
        return this.filterTickers (result, symbols);
    }

    filterTickers (tickers, symbols) {
        // The tickers by symbol, only those of symbols when given.
        const result = {};
        for (let i = 0; i < tickers.length; i++) {
            const ticker = tickers[i];
            if ((symbols === undefined) || this.inArray (ticker['symbol'], symbols)) {
                result[ticker['symbol']] = ticker;
            }
        }
        return result;
    }

    async fetchOrderBook (symbol, limit = undefined, params = {}) {
        // depth/{pair}: { buy: [ [ price, amount ] ], sell: [ ... ] }, the API takes no depth.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetDepthPair (this.extend ({ 'pair': market['id'] }, params));
        if ((this.safeList (response, 'buy') === undefined) || (this.safeList (response, 'sell') === undefined)) {
            throw new BadResponse (this.id + ' sent a depth answer without buy or sell: ' + this.excerpt (this.json (response)));
        }
        const book = this.parseOrderBook (response, market['symbol'], undefined, 'buy', 'sell');
        if (limit !== undefined) {
            book['bids'] = book['bids'].slice (0, limit);
            book['asks'] = book['asks'].slice (0, limit);
        }
        return book;
    }

    parseTrade (trade, market = undefined) {
        // Public (trades/{pair}): { date (s), price, amount, tid, type (the taker's side) }. The account's
        // (myTrades): { tradeId, orderId, clientOrderId, symbol, price, qty, quoteQty, commission (fee and tax),
        // commissionAsset, isBuyer, isMaker, time (ms) }.
        const marketId = this.safeString (trade, 'symbol');
        market = this.safeMarket (marketId, market);
        const isBuyer = this.safeBool (trade, 'isBuyer');
        let side = this.safeString (trade, 'type');
        if (isBuyer !== undefined) {
            side = isBuyer ? 'buy' : 'sell';
        }
        const isMaker = this.safeBool (trade, 'isMaker');
        let takerOrMaker = undefined;
        if (isMaker !== undefined) {
            takerOrMaker = isMaker ? 'maker' : 'taker';
        }
        const feeCost = this.safeString (trade, 'commission');
        let fee = undefined;
        if (feeCost !== undefined) {
            fee = { 'cost': feeCost, 'currency': this.safeCurrencyCode (this.safeString (trade, 'commissionAsset')) };
        }
        let timestamp = this.safeInteger (trade, 'time');
        if (timestamp === undefined) {
            timestamp = this.safeTimestamp (trade, 'date');
        }
        return this.safeTrade ({
            'id': this.safeString2 (trade, 'tradeId', 'tid'),
            'order': this.safeString (trade, 'orderId'),
            'symbol': market['symbol'],
            'timestamp': timestamp,
            'side': side,
            'takerOrMaker': takerOrMaker,
            'price': this.safeString (trade, 'price'),
            'amount': this.safeString2 (trade, 'qty', 'amount'),
            'cost': this.safeString (trade, 'quoteQty'),
            'fee': fee,
            'info': trade,
        }, market);
    }

    async fetchTrades (symbol, since = undefined, limit = undefined, params = {}) {
        // trades/{pair}: the latest trades, newest first; the API takes no range or count.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetTradesPair (this.extend ({ 'pair': market['id'] }, params));
        if (!Array.isArray (response)) {
            throw new BadResponse (this.id + ' sent trades that are no list: ' + this.excerpt (this.json (response)));
        }
        return this.parseTrades (response, market, since, limit);
    }

    parseOHLCV (ohlcv, market = undefined) {
        // { Time (s, the candle's start), Open, High, Low, Close, Volume }.
        return [
            this.safeTimestamp (ohlcv, 'Time'),
            this.safeNumber (ohlcv, 'Open'),
            this.safeNumber (ohlcv, 'High'),
            this.safeNumber (ohlcv, 'Low'),
            this.safeNumber (ohlcv, 'Close'),
            this.safeNumber (ohlcv, 'Volume'),
        ];
    }

    async fetchOHLCV (symbol, timeframe = '1m', since = undefined, limit = undefined, params = {}) {
        // tradingview/history_v2?from&symbol&tf&to: from and to (s) both required, symbol as 'BTCIDR'. The range
        // is since (or limit candles before until) up to until (or limit candles after since, or now).
        await this.loadMarkets ();
        const market = this.market (symbol);
        const tf = this.safeString (this.timeframes, timeframe);
        if (tf === undefined) {
            throw new BadRequest (this.id + ' fetchOHLCV () does not support the timeframe ' + timeframe + ': one of ' + Object.keys (this.timeframes).join (', '));
        }
        const duration = this.safeInteger (this.options['timeframeSeconds'], timeframe);
        const count = (limit === undefined) ? this.safeInteger (this.options, 'ohlcvCount') : limit;
        const until = this.safeInteger (params, 'until');
        let to = undefined;
        let from = undefined;
        if (since !== undefined) {
            from = this.integerOf (since / 1000);
            to = (until !== undefined) ? this.integerOf (until / 1000) : ((limit !== undefined) ? (from + duration * count) : this.seconds ());
        } else {
            to = (until !== undefined) ? this.integerOf (until / 1000) : this.seconds ();
            from = to - duration * count;
        }
        const request = {
            'from': this.numberToString (from),
            'symbol': market['id'].toUpperCase (),
            'tf': tf,
            'to': this.numberToString (to),
        };
        const response = await this.tradingviewGetHistoryV2 (this.extend (request, this.omit (params, 'until')));
        if (!Array.isArray (response)) {
            throw new BadResponse (this.id + ' sent candles that are no list: ' + this.excerpt (this.json (response)));
        }
        return this.parseOHLCVs (response, market, timeframe, since, limit);
    }

    // --- account -------------------------------------------------------------------------------------

    tapiResult (response) {
        // The return of a successful TAPI answer ({ success: 1, return: { ... } }).
        const result = this.safeDict (response, 'return');
        if (result === undefined) {
            throw new BadResponse (this.id + ' sent an answer without return: ' + this.excerpt (this.json (response)));
        }
        return result;
    }

    async fetchBalance (params = {}) {
        // getInfo: { return: { server_time (s), balance: { idr: 0, btc: '0.00000000', ... } (available),
        // balance_hold: { ... } (held by open orders and withdrawals), address, network, ... } }.
        await this.loadMarkets ();
        const response = await this.privatePostGetInfo (params);
        const info = this.tapiResult (response);
        const free = this.safeDict (info, 'balance', {});
        const used = this.safeDict (info, 'balance_hold', {});
        const result = { 'info': response, 'timestamp': this.safeTimestamp (info, 'server_time') };
        result['datetime'] = this.iso8601 (result['timestamp']);
        const ids = this.unique (this.arrayConcat (Object.keys (free), Object.keys (used)));
        for (let i = 0; i < ids.length; i++) {
            const id = ids[i];
            const account = this.account ();
            account['free'] = this.safeString (free, id, '0');
            account['used'] = this.safeString (used, id, '0');
            result[this.safeCurrencyCode (id)] = account;
        }
        return this.safeBalance (result);
    }

    // --- orders --------------------------------------------------------------------------------------

    parseOrder (order, market = undefined) {
        // TAPI (openOrders, getOrder): { order_id, client_order_id, submit_time (s), finish_time (s), price, type
        // (buy, sell), order_type (limit, stoplimit), status (open, filled, cancelled), order_<base> and
        // remain_<base> for an order sized in the coin, or order_<quote> (order_rp in getOrder) and
        // remain_<quote> for a buy sized in rupiah }. Trade API 2.0 (order/histories): { orderId, clientOrderId,
        // symbol, side, type, status (FILLED, CANCELLED, REJECTED), price, oriQty, executedQty, submitTime (ms),
        // finishTime (ms) }.
        const marketId = this.safeString (order, 'symbol');
        const pair = this.safeString (order, 'pair');
        if (marketId !== undefined) {
            market = this.safeMarket (marketId, market);
        } else {
            market = this.marketOfPair (pair, market);
        }
        let timestamp = this.safeInteger (order, 'submitTime');
        if (timestamp === undefined) {
            timestamp = this.safeTimestamp (order, 'submit_time');
        }
        let updated = this.safeInteger (order, 'finishTime');
        if (updated === undefined) {
            updated = this.safeTimestamp (order, 'finish_time');
        }
        let amount = this.safeString (order, 'oriQty');
        let filled = this.safeString (order, 'executedQty');
        let remaining = undefined;
        let cost = undefined;
        if ((market['baseId'] !== undefined) && (this.safeString (order, 'order_' + market['baseId']) !== undefined)) {
            amount = this.safeString (order, 'order_' + market['baseId']);
            remaining = this.safeString (order, 'remain_' + market['baseId']);
        } else if (market['quoteId'] !== undefined) {
            // A buy sized in the quote currency: what it has spent is its cost; its amount of coin is unknown.
            const ordered = this.safeString2 (order, 'order_' + market['quoteId'], 'order_rp');
            const left = this.safeString2 (order, 'remain_' + market['quoteId'], 'remain_rp');
            if ((ordered !== undefined) && (left !== undefined)) {
                cost = Precise.stringSub (ordered, left);
            }
        }
        const side = this.safeStringLower2 (order, 'side', 'type');
        let type = undefined;
        if (this.safeString (order, 'side') !== undefined) {
            type = this.safeString (this.options['orderTypes'], this.safeString (order, 'type'));
        } else {
            type = this.safeString (this.options['orderTypes'], this.safeString (order, 'order_type'));
        }
        return this.safeOrder ({
            'id': this.safeString2 (order, 'orderId', 'order_id'),
            'clientOrderId': this.safeString2 (order, 'clientOrderId', 'client_order_id'),
            'symbol': market['symbol'],
            'timestamp': timestamp,
            'lastUpdateTimestamp': updated,
            'type': type,
            'side': side,
            'status': this.safeString (this.options['orderStatuses'], this.safeString (order, 'status')),
            'price': this.safeString (order, 'price'),
            'amount': amount,
            'filled': filled,
            'remaining': remaining,
            'cost': cost,
            'info': order,
        }, market);
    }

    async createOrder (symbol, type, side, amount, price = undefined, params = {}) {
        // trade: pair, type (buy, sell), order_type (limit, market), price (limit orders), <base> (the amount of
        // coin: a limit order or a market sell), <quote> (the rupiah a market buy spends: a market buy takes no
        // coin amount), client_order_id, time_in_force (GTC, or MOC: maker or cancel, limit orders only). The
        // docs list no stop (trigger) price and no IOC/FOK.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const timeInForce = this.safeStringUpper (params, 'timeInForce');
        if ((timeInForce === 'IOC') || (timeInForce === 'FOK')) {
            throw new NotSupported (this.id + ' createOrder () does not support the unified param timeInForce ' + timeInForce + ': limit orders are GTC or maker-or-cancel (postOnly)');
        }
        const [ unified, rest ] = this.unifiedOrderParams (type, params);
        this.rejectUnifiedParams ('createOrder', unified, [ 'reduceOnly', 'triggerPrice', 'stopLossPrice', 'takeProfitPrice' ]);
        if ((side !== 'buy') && (side !== 'sell')) {
            throw new InvalidOrder (this.id + ' createOrder () side must be buy or sell, not ' + side);
        }
        const request = {
            'pair': this.pairId (market),
            'type': side,
            'order_type': type,
        };
        if (type === 'limit') {
            if (price === undefined) {
                throw new ArgumentsRequired (this.id + ' createOrder () requires a price for a limit order');
            }
            request['price'] = this.priceToPrecision (symbol, price);
            request[market['baseId']] = this.amountToPrecision (symbol, amount);
            if (unified['postOnly']) {
                request['time_in_force'] = 'MOC';
            } else if (unified['timeInForce'] === 'GTC') {
                request['time_in_force'] = 'GTC';
            }
        } else if (type === 'market') {
            if (unified['timeInForce'] !== undefined) {
                throw new InvalidOrder (this.id + ' createOrder () timeInForce is for limit orders only, not market orders');
            }
            if (side === 'buy') {
                // "Currently MARKET BUY order only support amount in idr": the unified cost, or amount x price.
                let cost = unified['cost'];
                if ((cost === undefined) && (price !== undefined) && (amount !== undefined)) {
                    cost = Precise.stringMul (this.numberToString (amount), this.numberToString (price));
                }
                if (cost === undefined) {
                    throw new ArgumentsRequired (this.id + ' createOrder () a market buy is sized in ' + market['quote'] + ': pass the unified param cost (or a price to spend amount x price)');
                }
                request[market['quoteId']] = cost;
            } else {
                if (unified['cost'] !== undefined) {
                    throw new NotSupported (this.id + ' createOrder () does not support the unified param cost for a market sell: it is sized in ' + market['base']);
                }
                request[market['baseId']] = this.amountToPrecision (symbol, amount);
            }
        } else {
            throw new InvalidOrder (this.id + ' createOrder () type must be limit or market, not ' + type);
        }
        if (unified['clientOrderId'] !== undefined) {
            request['client_order_id'] = unified['clientOrderId'];
        }
        const response = await this.privatePostTrade (this.extend (request, rest));
        // { return: { receive_<base>, spend_rp, fee, remain_rp, order_id, client_order_id } }: the order's id; what
        // it filled at once is in info.
        const result = this.tapiResult (response);
        const coinAmount = this.safeString (request, market['baseId']);
        return this.safeOrder ({
            'id': this.safeString (result, 'order_id'),
            'clientOrderId': this.safeString (result, 'client_order_id'),
            'symbol': market['symbol'],
            'type': type,
            'side': side,
            'timeInForce': (type === 'limit') ? (unified['postOnly'] ? 'PO' : 'GTC') : undefined,
            'postOnly': (type === 'limit') ? unified['postOnly'] : undefined,
            'price': (type === 'limit') ? request['price'] : undefined,
            'amount': coinAmount,
            'info': response,
        }, market);
    }

    async cancelOrder (id, symbol = undefined, params = {}) {
        // cancelOrder: pair, order_id, type (the order's side: buy or sell, required), order_type (limit or
        // stoplimit, optional). Answers { return: { order_id, client_order_id, type, pair, balance } }.
        if (symbol === undefined) {
            throw new ArgumentsRequired (this.id + ' cancelOrder () requires a symbol');
        }
        const side = this.safeStringLower2 (params, 'side', 'type');
        if ((side !== 'buy') && (side !== 'sell')) {
            throw new ArgumentsRequired (this.id + ' cancelOrder () requires params side, the order\'s side: buy or sell');
        }
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = {
            'pair': this.pairId (market),
            'order_id': id,
            'type': side,
        };
        const response = await this.privatePostCancelOrder (this.extend (request, this.omit (params, [ 'side', 'type' ])));
        const result = this.tapiResult (response);
        return this.safeOrder ({
            'id': this.safeString (result, 'order_id'),
            'clientOrderId': this.safeString (result, 'client_order_id'),
            'symbol': this.marketOfPair (this.safeString (result, 'pair'), market)['symbol'],
            'side': this.safeString (result, 'type'),
            'status': 'canceled',
            'info': response,
        }, market);
    }

    async fetchOrder (id, symbol = undefined, params = {}) {
        // getOrder: pair, order_id; answers { return: { order: { ... } } }.
        if (symbol === undefined) {
            throw new ArgumentsRequired (this.id + ' fetchOrder () requires a symbol');
        }
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = {
            'pair': this.pairId (market),
            'order_id': id,
        };
        const response = await this.privatePostGetOrder (this.extend (request, params));
        const order = this.safeDict (this.tapiResult (response), 'order');
        if (order === undefined) {
            throw new BadResponse (this.id + ' sent a getOrder answer without order: ' + this.excerpt (this.json (response)));
        }
        return this.parseOrder (order, market);
    }

    async fetchOpenOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // openOrders: pair (optional); answers { return: { orders: [ ... ] } } for one pair, { return: { orders:
        // { btc_idr: [ ... ], ... } } } for all.
        await this.loadMarkets ();
        const request = {};
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
            request['pair'] = this.pairId (market);
        }
        const response = await this.privatePostOpenOrders (this.extend (request, params));
        const result = this.tapiResult (response);
        const orders = this.safeValue (result, 'orders');
        if (Array.isArray (orders)) {
            return this.parseOrders (orders, market, since, limit, { 'status': 'open' });
        }
        if ((orders === undefined) || (typeof orders !== 'object')) {
            throw new BadResponse (this.id + ' sent an openOrders answer without orders: ' + this.excerpt (this.json (response)));
        }
        let parsed = [];
        const pairs = Object.keys (orders);
        for (let i = 0; i < pairs.length; i++) {
            const entries = this.safeList (orders, pairs[i], []);
            const pairMarket = this.marketOfPair (pairs[i]);
            for (let j = 0; j < entries.length; j++) {
                parsed.push (this.extend (this.parseOrder (entries[j], pairMarket), { 'status': 'open' }));
            }
        }
        parsed = this.sortBy (parsed, 'timestamp');
        return this.filterBySymbolSinceLimit (parsed, symbol, since, limit);
    }

    historyRequest (method, symbol, since, limit, params) {
        // order/histories and myTrades: symbol (required), startTime, endTime (ms; at most 7 days apart, the last
        // 24 hours by default), limit (10 to 1000), sort (asc or desc).
        if (symbol === undefined) {
            throw new ArgumentsRequired (this.id + ' ' + method + ' () requires a symbol');
        }
        const market = this.market (symbol);
        const request = { 'symbol': market['id'] };
        if (since !== undefined) {
            request['startTime'] = since;
            request['sort'] = 'asc';
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            request['endTime'] = until;
        }
        if (limit !== undefined) {
            const least = this.safeInteger (this.options, 'minHistoryLimit');
            const most = this.safeInteger (this.options, 'maxHistoryLimit');
            request['limit'] = Math.min (Math.max (limit, least), most);
        }
        return request;
    }

    async fetchClosedOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // GET order/histories (Trade API 2.0): { data: [ orders ] }: filled, cancelled and rejected orders.
        await this.loadMarkets ();
        const request = this.historyRequest ('fetchClosedOrders', symbol, since, limit, params);
        const response = await this.privateV2GetOrderHistories (this.extend (request, this.omit (params, 'until')));
        const data = this.safeList (response, 'data');
        if (data === undefined) {
            throw new BadResponse (this.id + ' sent an order history without data: ' + this.excerpt (this.json (response)));
        }
        return this.parseOrders (data, this.market (symbol), since, limit);
    }

    async fetchMyTrades (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // GET myTrades (Trade API 2.0): { data: [ trades ] }.
        await this.loadMarkets ();
        const request = this.historyRequest ('fetchMyTrades', symbol, since, limit, params);
        const response = await this.privateV2GetMyTrades (this.extend (request, this.omit (params, 'until')));
        const data = this.safeList (response, 'data');
        if (data === undefined) {
            throw new BadResponse (this.id + ' sent a trade history without data: ' + this.excerpt (this.json (response)));
        }
        return this.parseTrades (data, this.market (symbol), since, limit);
    }

    // --- funding -------------------------------------------------------------------------------------

    parseTransaction (transaction, currency = undefined) {
        // transHistory: a deposit { status, type, rp, fee, amount, submit_time, success_time, deposit_id, tx } (a
        // coin deposit: { status, <coin>, amount, success_time, deposit_id, tx }), a withdrawal { status, type, rp,
        // fee, amount, submit_time, success_time, withdraw_id, tx }: amount is what arrived (rp less fee).
        // withdrawCoin: { status, withdraw_currency, withdraw_address, withdraw_amount, fee, amount_after_fee,
        // submit_time, withdraw_id, txid }. The amount is the one net of the fee in both.
        const currencyId = this.safeString (transaction, 'withdraw_currency');
        const code = this.safeCurrencyCode (currencyId, currency);
        const withdrawId = this.safeString (transaction, 'withdraw_id');
        const feeCost = this.safeString (transaction, 'fee');
        let timestamp = this.safeTimestamp (transaction, 'submit_time');
        const updated = this.safeTimestamp (transaction, 'success_time');
        if (timestamp === undefined) {
            timestamp = updated;
        }
        return this.safeTransaction ({
            'id': (withdrawId !== undefined) ? withdrawId : this.safeString (transaction, 'deposit_id'),
            'txid': this.safeString2 (transaction, 'txid', 'tx'),
            'timestamp': timestamp,
            'updated': updated,
            'address': this.safeString (transaction, 'withdraw_address'),
            'type': (withdrawId !== undefined) ? 'withdrawal' : 'deposit',
            'amount': this.safeString2 (transaction, 'amount_after_fee', 'amount'),
            'currency': code,
            'status': this.safeString (this.options['transactionStatuses'], this.safeString (transaction, 'status')),
            'fee': (feeCost === undefined) ? undefined : { 'cost': feeCost, 'currency': code },
            'info': transaction,
        }, currency);
    }

    async transactionsOf (kind, method, code, since, limit, params) {
        // transHistory: start, end (Y-m-d; at most 7 days apart, the last 7 days by default); answers { return: {
        // withdraw: { idr: [ ... ], btc: [ ... ] }, deposit: { ... } } }, by currency id.
        await this.loadMarkets ();
        const request = {};
        if (since !== undefined) {
            request['start'] = this.ymd (since);
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            request['end'] = this.ymd (until);
        }
        const response = await this.privatePostTransHistory (this.extend (request, this.omit (params, 'until')));
        const byCurrency = this.safeDict (this.tapiResult (response), kind);
        if (byCurrency === undefined) {
            throw new BadResponse (this.id + ' ' + method + ' () got a transHistory answer without ' + kind + ': ' + this.excerpt (this.json (response)));
        }
        let result = [];
        const ids = Object.keys (byCurrency);
        for (let i = 0; i < ids.length; i++) {
            const currency = this.safeCurrency (ids[i]);
            const entries = this.safeList (byCurrency, ids[i], []);
            for (let j = 0; j < entries.length; j++) {
                result.push (this.parseTransaction (entries[j], currency));
            }
        }
        result = this.sortBy (result, 'timestamp');
        return this.filterByCurrencySinceLimit (result, code, since, limit);
    }

    async fetchDeposits (code = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.transactionsOf ('deposit', 'fetchDeposits', code, since, limit, params);
    }

    async fetchWithdrawals (code = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.transactionsOf ('withdraw', 'fetchWithdrawals', code, since, limit, params);
    }

    async fetchDepositAddress (code, params = {}) {
        // getInfo: { return: { address: { btc: '17wG...' }, network: { btc: 'mainnet', eth: [ 'eth', 'arb', ... ] },
        // ... } }: one address per currency, on the networks listed.
        await this.loadMarkets ();
        const currency = this.currency (code);
        const network = this.safeString (params, 'network');
        const response = await this.privatePostGetInfo (this.omit (params, 'network'));
        const info = this.tapiResult (response);
        const address = this.safeString (this.safeDict (info, 'address', {}), currency['id']);
        if (address === undefined) {
            throw new InvalidAddress (this.id + ' fetchDepositAddress () the account has no deposit address of ' + currency['code']);
        }
        const listed = this.safeValue (this.safeDict (info, 'network', {}), currency['id']);
        const networks = Array.isArray (listed) ? listed : ((listed === undefined) ? [] : [ listed ]);
        let networkCode = undefined;
        if (network !== undefined) {
            const networkId = this.networkId (network, currency).toLowerCase ();
            if (!this.inArray (networkId, networks)) {
                throw new BadRequest (this.id + ' fetchDepositAddress () the network ' + network + ' is not one of ' + currency['code'] + '\'s: ' + networks.join (', '));
            }
            networkCode = network;
        } else if (networks.length === 1) {
            networkCode = this.networkCode (networks[0], currency);
        }
        return {
            'currency': currency['code'],
            'address': address,
            'network': networkCode,
            'info': response,
        };
    }

    async withdraw (code, amount, address, tag = undefined, params = {}) {
        // withdrawCoin: currency, network (required), withdraw_address, withdraw_amount, withdraw_memo (optional),
        // request_id (required, alphanumeric: the account's callback URL gets it to confirm the withdrawal).
        await this.loadMarkets ();
        const currency = this.currency (code);
        // The network ids are lowercase ('erc20', 'trc20', 'bep20', 'mainnet'): a unified code options['networks']
        // knows is translated, any other is sent as the id in lowercase, and the exchange answers an unknown one with
        // "Invalid network, please fill with one of this ..." (a BadRequest).
        const network = this.safeString (params, 'network');
        if (network === undefined) {
            throw new ArgumentsRequired (this.id + ' withdraw () requires the unified param network (' + Object.keys (this.options['networks']).join (', ') + ', or the currency\'s own network id)');
        }
        const request = {
            'currency': currency['id'],
            'network': this.networkId (network, currency).toLowerCase (),
            'withdraw_address': address,
            'withdraw_amount': this.numberToString (amount),
        };
        if (tag !== undefined) {
            request['withdraw_memo'] = tag;
        }
        let requestId = this.safeString (params, 'request_id');
        if (requestId === undefined) {
            requestId = this.numberToString (this.milliseconds ());
        }
        request['request_id'] = requestId;
        const response = await this.privatePostWithdrawCoin (this.extend (request, this.omit (params, [ 'network', 'request_id' ])));
        const transaction = this.parseTransaction (response, currency);
        transaction['network'] = network;
        return transaction;
    }

    // --- transport -----------------------------------------------------------------------------------

    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        // TAPI: POST /tapi, body method=<path>&<params>&timestamp&recvWindow, headers Key and Sign (the hex
        // HMAC-SHA512 of the body). Trade API 2.0: GET <path>?<params>&timestamp&recvWindow, headers X-APIKEY
        // and Sign (the hex HMAC-SHA512 of the query string).
        if ((api === 'public') || (api === 'tradingview')) {
            return super.sign (path, api, method, params, headers, body);
        }
        this.checkRequiredCredentials ();
        if (('method' in params) || ('timestamp' in params) || ('recvWindow' in params) || ('nonce' in params)) {
            throw new BadRequest (this.id + ' ' + path + ' takes no parameter method, timestamp, recvWindow or nonce: the request is signed with its own');
        }
        const timing = {
            'timestamp': this.milliseconds (),
            'recvWindow': this.safeInteger (this.options, 'recvWindow'),
        };
        const base = this.safeString (this.urls['api'], api);
        if (api === 'private') {
            body = this.urlencode (this.extend (this.extend ({ 'method': path }, params), timing));
            headers = {
                'Content-Type': 'application/x-www-form-urlencoded',
                'Key': this.apiKey,
                'Sign': this.hmac (this.encode (body), this.encode (this.secret), 'sha512'),
            };
            return { 'url': base, 'method': method, 'body': body, 'headers': headers };
        }
        const query = this.urlencode (this.extend (params, timing));
        headers = {
            'Accept': 'application/json',
            'Content-Type': 'application/json',
            'X-APIKEY': this.apiKey,
            'Sign': this.hmac (this.encode (query), this.encode (this.secret), 'sha512'),
        };
        return { 'url': base + '/' + path + '?' + query, 'method': method, 'body': undefined, 'headers': headers };
    }

    handleErrors (status, reason, url, method, responseHeaders, responseBody, response, requestHeaders, requestBody) {
        // TAPI: { success: 0, error, error_code } (a few withdrawCoin errors come with success 1); an HTTP 429 of
        // the trade method once came as { message }. Trade API 2.0: { code, error }.
        if ((response === undefined) || Array.isArray (response) || (typeof response !== 'object')) {
            return undefined;
        }
        let message = this.safeString (response, 'error');
        if ((message === undefined) && (status >= 400)) {
            message = this.safeString (response, 'message');
        }
        if (message === undefined) {
            return undefined;
        }
        const feedback = this.id + ' ' + this.excerpt (responseBody);
        this.throwExactlyMatchedException (this.exceptions['exact'], this.safeString (response, 'error_code'), feedback);
        this.throwExactlyMatchedException (this.exceptions['exact'], this.safeString (response, 'code'), feedback);
        this.throwBroadlyMatchedException (this.exceptions['broad'], message, feedback);
        throw new ExchangeError (feedback);
    }
}
