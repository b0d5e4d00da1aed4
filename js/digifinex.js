// DigiFinex REST API v3 (spot): https://docs.digifinex.com/en-ww/spot/v3/rest.html
import Exchange from './base/Exchange.js';
import { AccountSuspended, ArgumentsRequired, AuthenticationError, BadRequest, BadSymbol, ExchangeError, InsufficientFunds, InvalidNonce, InvalidOrder, NotSupported, OrderNotFound, PermissionDenied, RateLimitExceeded } from './base/errors.js';
import { TICK_SIZE } from './base/functions/number.js';
import Precise from './base/Precise.js';

export default class digifinex extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'digifinex',
            'name': 'DigiFinex',
            'countries': [ 'SG' ],
            'version': 'v3',
            // The docs give every endpoint a weight and allow 1200 a minute per IP, key and user: 50 ms is one.
            'rateLimit': 50,
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
                'editOrder': false, // no amend endpoint
                'fetchOrder': true,
                'fetchOrders': true,
                'fetchOpenOrders': true,
                'fetchClosedOrders': true,
                'fetchMyTrades': true,
                'fetchDeposits': true,
                'fetchWithdrawals': true,
                'fetchTransactions': false, // separate deposit and withdrawal histories
                'fetchLedger': true,
                'fetchDepositAddress': true,
                'withdraw': false, // the v3 docs document no withdrawal endpoint (deposit address and histories only)
                'fetchTime': true,
                'fetchStatus': false, // ping answers pong only
                'fetchTradingFees': false, // the v3 docs list no fee-rate endpoint
                'cancelAllOrders': false, // no cancel-all endpoint (spot/order/cancel takes up to 20 ids)
                'fetchOrderTrades': true,
                'fetchTradingFee': false, // the v3 docs list no fee-rate endpoint
                'fetchDepositAddresses': false,
                'createDepositAddress': false, // no endpoint
                'fetchDepositWithdrawFees': true,
                'transfer': true,
                'createMarketBuyOrderWithCost': true,
            },
            'urls': {
                'logo': 'https://www.digifinex.com/favicon.ico',
                'api': 'https://openapi.digifinex.com/v3',
                'www': 'https://www.digifinex.com',
                'doc': 'https://docs.digifinex.com/en-ww/spot/v3/rest.html',
                'fees': 'https://digifinex.zendesk.com/hc/en-us/articles/360000328422-Fee-Structure-on-DigiFinex',
            },
            'api': {
                'public': {
                    'get': {
                        'time': 1,
                        'spot/symbols': 1,
                        'currencies': 1,
                        'ticker': 1,
                        'order_book': 1,
                        'trades': 1,
                        'kline': 1,
                    },
                },
                'private': {
                    'get': {
                        'spot/assets': 1,
                        'spot/order': 1,
                        'spot/order/current': 1,
                        'spot/order/history': 1,
                        'spot/mytrades': 1,
                        'spot/order/detail': 1,
                        'spot/financelog': 1,
                        'deposit/address': 1,
                        'deposit/history': 1,
                        'withdraw/history': 1,
                    },
                    'post': {
                        'spot/order/new': 1,
                        'spot/order/cancel': 1,
                        'transfer': 1,
                    },
                },
            },
            // kline's period values.
            'timeframes': {
                '1m': '1',
                '5m': '5',
                '15m': '15',
                '30m': '30',
                '1h': '60',
                '4h': '240',
                '12h': '720',
                '1d': '1D',
                '1w': '1W',
            },
            'requiredCredentials': {
                'apiKey': true,
                'secret': true,
            },
            // The standard spot rate of the fee page (0.2 % maker and taker).
            'fees': {
                'trading': {
                    'tierBased': true,
                    'percentage': true,
                    'maker': 0.002,
                    'taker': 0.002,
                },
            },
            // Prices and amounts have price_precision and amount_precision decimals, kept as ticks.
            'precisionMode': TICK_SIZE,
            'options': {
                // transfer's account numbers.
                'accountsByType': {
                    'spot': '1',
                    'margin': '2',
                    'otc': '3',
                },
                // Unified network codes and DigiFinex's chain names (the chain of deposits and withdrawals).
                'networks': {
                    'ERC20': 'ERC20',
                    'TRC20': 'TRC20',
                    'BEP20': 'BEP20',
                    'OMNI': 'OMNI',
                },
                // The order status codes: 0 unfilled, 1 partly filled, 2 filled, 3 canceled unfilled, 4 canceled
                // partly filled.
                'orderStatuses': {
                    '0': 'open',
                    '1': 'open',
                    '2': 'closed',
                    '3': 'canceled',
                    '4': 'canceled',
                },
                // Deposit states: 1 in deposit, 2 to be confirmed, 3 deposited, 4 stopped; withdrawal states: 1 applied,
                // 2 to be confirmed, 3 completed, 4 rejected.
                'transactionStatuses': {
                    '1': 'pending',
                    '2': 'pending',
                    '3': 'ok',
                    '4': 'failed',
                },
            },
            // Every answer carries code: 0 (or 200 for the funding endpoints) is success; the documented codes.
            'exceptions': {
                'exact': {
                    '10001': BadRequest, // wrong request method
                    '10002': AuthenticationError, // invalid ApiKey
                    '10003': AuthenticationError, // sign does not match
                    '10004': BadRequest, // illegal request parameters
                    '10005': RateLimitExceeded, // request frequency exceeds the limit
                    '10006': PermissionDenied, // unauthorized to execute this request
                    '10007': PermissionDenied, // IP address unauthorized
                    '10008': InvalidNonce, // timestamp invalid: it must be within a minute
                    '10009': BadRequest, // endpoint does not exist
                    '10011': AuthenticationError, // ApiKey expired
                    '20001': BadSymbol, // trade is not open for this trading pair
                    '20002': BadSymbol, // trade of this trading pair is suspended
                    '20003': InvalidOrder, // invalid price or amount
                    '20007': InvalidOrder, // price precision error
                    '20008': InvalidOrder, // amount precision error
                    '20009': InvalidOrder, // amount below the minimum
                    '20010': InvalidOrder, // cash amount below the minimum
                    '20011': InsufficientFunds, // insufficient balance
                    '20012': InvalidOrder, // invalid trade type
                    '20013': OrderNotFound, // no order info found
                    '20014': BadRequest, // invalid date
                    '20015': BadRequest, // date exceeds the limit
                    '20018': AccountSuspended, // trading rights banned by the system
                    '20019': BadSymbol, // wrong trading pair symbol
                    '20020': AccountSuspended, // API trading rules violated: trading forbidden for a while
                    '20021': BadRequest, // invalid currency
                    '20022': BadRequest, // the end time must be after the start time
                    '20023': BadRequest, // invalid transfer type
                    '20024': BadRequest, // invalid amount
                    '20025': PermissionDenied, // currency not transferable at the moment
                    '20026': InsufficientFunds, // transfer amount exceeds the balance
                    '20027': AccountSuspended, // abnormal account status
                    '20028': PermissionDenied, // blacklisted for transfers
                    '20029': PermissionDenied, // transfer amount exceeds the daily limit
                    '20030': BadRequest, // no position on this trading pair
                    '20042': PermissionDenied, // the trading pair does not support API trading
                    '50000': ExchangeError, // exception error
                },
                'broad': {},
            },
        });
    }

    // --- markets and currencies ----------------------------------------------------------------------

    async fetchTime (params = {}) {
        // time: { server_time (seconds), code }.
        const response = await this.publicGetTime (params);
        return this.safeTimestamp (response, 'server_time');
    }

    async fetchMarkets (params = {}) {
        // spot/symbols: { symbol_list: [ { order_types, quote_asset, minimum_value, amount_precision, status
        // ('TRADING'), minimum_amount, symbol ('BTC_USDT'), is_allow, zone, base_asset, price_precision } ] }.
        // Requests name markets in lowercase (btc_usdt), the id here.
        const response = await this.publicGetSpotSymbols (params);
        const data = this.safeList (response, 'symbol_list', []);
        const result = [];
        for (let i = 0; i < data.length; i++) {
            const entry = data[i];
            const baseId = this.safeString (entry, 'base_asset');
            const quoteId = this.safeString (entry, 'quote_asset');
            const base = this.safeCurrencyCode (baseId);
            const quote = this.safeCurrencyCode (quoteId);
            const allowed = this.safeInteger (entry, 'is_allow', 1) === 1;
            result.push (this.safeMarketStructure ({
                'id': this.safeStringLower (entry, 'symbol'),
                'symbol': base + '/' + quote,
                'base': base,
                'quote': quote,
                'baseId': baseId,
                'quoteId': quoteId,
                'active': (this.safeString (entry, 'status') === 'TRADING') && allowed,
                'type': 'spot',
                'spot': true,
                'precision': {
                    'amount': this.parseNumber (this.parsePrecision (this.safeString (entry, 'amount_precision'))),
                    'price': this.parseNumber (this.parsePrecision (this.safeString (entry, 'price_precision'))),
                },
                'limits': {
                    'amount': { 'min': this.safeNumber (entry, 'minimum_amount') },
                    'price': {},
                    'cost': { 'min': this.safeNumber (entry, 'minimum_value') },
                },
                'info': entry,
            }));
        }
        return result;
    }

    async fetchCurrencies (params = {}) {
        // currencies: { code: 200, data: [ { currency ('xrp'), chain ('' for the currency's own chain),
        // min_deposit_amount, min_withdraw_amount, deposit_status (1 on, 0 off), withdraw_status,
        // withdraw_fee_currency, min_withdraw_fee, withdraw_fee_rate } ] }: one entry per currency and chain.
        const response = await this.publicGetCurrencies (params);
        const data = this.safeList (response, 'data', []);
        const grouped = this.groupBy (data, 'currency');
        const ids = Object.keys (grouped);
        const result = {};
        for (let i = 0; i < ids.length; i++) {
            const id = ids[i];
            const code = this.safeCurrencyCode (id.toUpperCase ());
            const chains = this.safeList (grouped, id, []);
            const networks = {};
            let deposit = false;
            let withdraw = false;
            for (let j = 0; j < chains.length; j++) {
                const chain = chains[j];
                const chainId = this.safeString (chain, 'chain', code);
                const networkCode = this.networkCode (chainId);
                const chainDeposit = this.safeInteger (chain, 'deposit_status') === 1;
                const chainWithdraw = this.safeInteger (chain, 'withdraw_status') === 1;
                deposit = deposit || chainDeposit;
                withdraw = withdraw || chainWithdraw;
                networks[networkCode] = {
                    'id': chainId,
                    'network': networkCode,
                    'active': chainDeposit && chainWithdraw,
                    'deposit': chainDeposit,
                    'withdraw': chainWithdraw,
                    'fee': this.safeNumber (chain, 'min_withdraw_fee'),
                    'limits': {
                        'deposit': { 'min': this.safeNumber (chain, 'min_deposit_amount') },
                        'withdraw': { 'min': this.safeNumber (chain, 'min_withdraw_amount') },
                    },
                };
            }
            result[code] = {
                'id': id.toUpperCase (),
                'code': code,
                'active': deposit && withdraw,
                'deposit': deposit,
                'withdraw': withdraw,
                'networks': networks,
                'info': chains,
            };
        }
        return result;
    }

    async fetchDepositWithdrawFees (codes = undefined, params = {}) {
        const currencies = await this.fetchCurrencies (params);
        return this.depositWithdrawFeesFromCurrencies (currencies, codes);
    }

    // --- market data ---------------------------------------------------------------------------------

    parseTicker (ticker, market = undefined) {
        // ticker: { vol (base volume), change (24 h, percent), base_vol (quote volume), sell (best ask), last,
        // symbol, low, buy (best bid), high }, with the answer's date (seconds) added by the caller: the time.
        const timestamp = this.safeTimestamp (ticker, 'date');
        market = this.safeMarket (this.safeStringLower (ticker, 'symbol'), market, '_');
        return this.safeTicker ({
            'symbol': market['symbol'],
            'timestamp': timestamp,
            'high': this.safeString (ticker, 'high'),
            'low': this.safeString (ticker, 'low'),
            'bid': this.safeString (ticker, 'buy'),
            'ask': this.safeString (ticker, 'sell'),
            'last': this.safeString (ticker, 'last'),
            'percentage': this.safeString (ticker, 'change'),
            'baseVolume': this.safeString (ticker, 'vol'),
            'quoteVolume': this.safeString (ticker, 'base_vol'),
            'info': this.omit (ticker, 'date'),
        }, market);
    }

    async fetchTicker (symbol, params = {}) {
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetTicker (this.extend ({ 'symbol': market['id'] }, params));
        const tickers = this.safeList (response, 'ticker', []);
        const ticker = this.extend (this.safeDict (tickers, 0, {}), { 'date': this.safeInteger (response, 'date') });
        return this.parseTicker (ticker, market);
    }

    async fetchTickers (symbols = undefined, params = {}) {
        // ticker without symbol answers every market's.
        await this.loadMarkets ();
        const response = await this.publicGetTicker (params);
        const date = this.safeInteger (response, 'date');
        const tickers = this.safeList (response, 'ticker', []);
        const dated = [];
        for (let i = 0; i < tickers.length; i++) {
            dated.push (this.extend (tickers[i], { 'date': date }));
        }
        return this.parseTickers (dated, symbols);
    }

    async fetchOrderBook (symbol, limit = undefined, params = {}) {
        // order_book?symbol&limit (at most 150): { bids, asks, date (seconds) }.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'symbol': market['id'] };
        if (limit !== undefined) {
            request['limit'] = Math.min (limit, 150);
        }
        const response = await this.publicGetOrderBook (this.extend (request, params));
        return this.parseOrderBook (response, market['symbol'], this.safeTimestamp (response, 'date'));
    }

    parseOHLCV (ohlcv, market = undefined) {
        // [ time (seconds), volume, close, high, low, open ].
        return [
            this.safeTimestamp (ohlcv, 0),
            this.safeNumber (ohlcv, 5),
            this.safeNumber (ohlcv, 3),
            this.safeNumber (ohlcv, 4),
            this.safeNumber (ohlcv, 2),
            this.safeNumber (ohlcv, 1),
        ];
    }

    async fetchOHLCV (symbol, timeframe = '1m', since = undefined, limit = undefined, params = {}) {
        // kline?symbol&period&start_time&end_time (seconds).
        await this.loadMarkets ();
        const market = this.market (symbol);
        const period = this.safeString (this.timeframes, timeframe);
        if (period === undefined) {
            throw new BadRequest (this.id + ' fetchOHLCV () does not support the timeframe ' + timeframe + ': one of ' + Object.keys (this.timeframes).join (', '));
        }
        const request = this.secondsRange ({ 'symbol': market['id'], 'period': period }, since, params);
        const response = await this.publicGetKline (this.extend (request, this.omit (params, 'until')));
        return this.parseOHLCVs (this.safeList (response, 'data', []), market, timeframe, since, limit);
    }

    secondsRange (request, since, params) {
        // start_time and end_time (the unified until) in seconds: the range params of kline and the histories.
        if (since !== undefined) {
            request['start_time'] = this.integerOf (since / 1000);
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            request['end_time'] = this.integerOf (until / 1000);
        }
        return request;
    }

    parseTrade (trade, market = undefined) {
        // Public (trades): { date (seconds), id, amount, type (the taker's side), price }. The account's
        // (spot/mytrades): { symbol, order_id, id, price, amount, fee, fee_currency, timestamp (seconds), side,
        // is_maker }.
        market = this.safeMarket (this.safeStringLower (trade, 'symbol'), market, '_');
        let fee = undefined;
        const feeCost = this.safeString (trade, 'fee');
        if (feeCost !== undefined) {
            fee = { 'cost': feeCost, 'currency': this.safeCurrencyCode (this.safeString (trade, 'fee_currency')) };
        }
        let takerOrMaker = undefined;
        const isMaker = this.safeBool (trade, 'is_maker');
        if (isMaker !== undefined) {
            takerOrMaker = isMaker ? 'maker' : 'taker';
        }
        return this.safeTrade ({
            'id': this.safeString (trade, 'id'),
            'order': this.safeString (trade, 'order_id'),
            'symbol': market['symbol'],
            'timestamp': this.safeTimestamp2 (trade, 'timestamp', 'date'),
            'side': this.tradeSide (this.safeString2 (trade, 'side', 'type')),
            'takerOrMaker': takerOrMaker,
            'price': this.safeString (trade, 'price'),
            'amount': this.safeString (trade, 'amount'),
            'fee': fee,
            'info': trade,
        }, market);
    }

    tradeSide (side) {
        // spot/mytrades names the side of a market order's trade buy_market or sell_market.
        return (side === undefined) ? undefined : side.split ('_')[0];
    }

    async fetchTrades (symbol, since = undefined, limit = undefined, params = {}) {
        // trades?symbol&limit (at most 500): { data: [ trade ], date }.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'symbol': market['id'] };
        if (limit !== undefined) {
            request['limit'] = Math.min (limit, 500);
        }
        const response = await this.publicGetTrades (this.extend (request, params));
        // The latest trade comes first (the docs' example: ids falling within one second), and timestamps are in
        // seconds, so the sort by time keeps the trades of one second newest first: read them oldest first.
        const data = this.safeList (response, 'data', []);
        const oldestFirst = [];
        for (let i = data.length - 1; i >= 0; i--) {
            oldestFirst.push (data[i]);
        }
        return this.parseTrades (oldestFirst, market, since, limit);
    }

    // --- account -------------------------------------------------------------------------------------

    async fetchBalance (params = {}) {
        // spot/assets: { list: [ { currency, free, total } ] }.
        await this.loadMarkets ();
        const response = await this.privateGetSpotAssets (params);
        const data = this.safeList (response, 'list', []);
        const result = { 'info': response };
        for (let i = 0; i < data.length; i++) {
            const entry = data[i];
            const account = this.account ();
            account['free'] = this.safeString (entry, 'free');
            account['total'] = this.safeString (entry, 'total');
            result[this.safeCurrencyCode (this.safeString (entry, 'currency'))] = account;
        }
        return this.safeBalance (result);
    }

    // --- orders --------------------------------------------------------------------------------------

    parseOrder (order, market = undefined) {
        // { symbol, order_id, created_date (seconds), finished_date (0 while open), price, amount, cash_amount,
        // executed_amount, avg_price, status (0-4), type (buy, sell, buy_market, sell_market), kind }.
        market = this.safeMarket (this.safeStringLower (order, 'symbol'), market, '_');
        const orderType = this.safeString (order, 'type');
        let side = orderType;
        let type = undefined;
        if (orderType !== undefined) {
            const isMarket = orderType.endsWith ('_market');
            type = isMarket ? 'market' : 'limit';
            side = isMarket ? orderType.split ('_')[0] : orderType;
        }
        const status = this.safeString (order, 'status');
        let price = this.safeString (order, 'price');
        let amount = this.safeString (order, 'amount');
        if (type === 'market') {
            // A market order has no price, and its amount is the quote currency it trades (cash_amount).
            price = undefined;
            amount = undefined;
        }
        let finished = this.safeTimestamp (order, 'finished_date');
        if (finished === 0) {
            finished = undefined;
        }
        return this.safeOrder ({
            'id': this.safeString (order, 'order_id'),
            'symbol': market['symbol'],
            'timestamp': this.safeTimestamp (order, 'created_date'),
            'lastUpdateTimestamp': finished,
            'status': this.safeString (this.options['orderStatuses'], status),
            'type': type,
            'side': side,
            'price': price,
            'average': this.safeString (order, 'avg_price'),
            'amount': amount,
            'filled': this.safeString (order, 'executed_amount'),
            'info': order,
        }, market);
    }

    async createOrder (symbol, type, side, amount, price = undefined, params = {}) {
        // POST spot/order/new { symbol, type (buy, sell, buy_market, sell_market), amount, price, post_only }
        // answers { order_id }. The docs give a market order's amount in the quote currency (and a limit order's in
        // the base currency): the unified cost, or amount times price. postOnly (and timeInForce PO) is
        // post_only 1; other times in force, triggers, client order ids and reduceOnly have no field.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const [ unified, rest ] = this.unifiedOrderParams (type, params);
        this.rejectUnifiedParams ('createOrder', unified, [ 'reduceOnly', 'triggerPrice', 'stopLossPrice', 'takeProfitPrice', 'clientOrderId' ]);
        const tif = unified['timeInForce'];
        if ((tif !== undefined) && (tif !== 'GTC') && (tif !== 'PO')) {
            throw new NotSupported (this.id + ' createOrder () does not support the unified param timeInForce ' + tif + ': only GTC and PO (post_only)');
        }
        if ((type !== 'market') && (type !== 'limit')) {
            throw new InvalidOrder (this.id + ' createOrder () type must be market or limit, not ' + type);
        }
        const postOnly = unified['postOnly'] || (tif === 'PO');
        const request = {
            'symbol': market['id'],
            'type': (type === 'market') ? (side + '_market') : side,
        };
        if (type === 'market') {
            let cost = unified['cost'];
            if (cost === undefined) {
                if (price === undefined) {
                    throw new InvalidOrder (this.id + ' createOrder () needs the unified param cost (or a price to compute it) for a market order: DigiFinex sizes market orders in the quote currency');
                }
                cost = Precise.stringMul (this.numberToString (amount), this.numberToString (price));
            }
            request['amount'] = this.costToPrecision (symbol, cost);
        } else {
            if (unified['cost'] !== undefined) {
                throw new InvalidOrder (this.id + ' createOrder () takes the unified param cost for market orders only');
            }
            request['amount'] = this.amountToPrecision (symbol, amount);
        }
        if (type === 'limit') {
            if (price === undefined) {
                throw new ArgumentsRequired (this.id + ' createOrder () requires a price for a limit order');
            }
            request['price'] = this.priceToPrecision (symbol, price);
        }
        if (postOnly) {
            if (type === 'market') {
                throw new InvalidOrder (this.id + ' createOrder () a market order cannot be post-only');
            }
            request['post_only'] = 1;
        }
        const response = await this.privatePostSpotOrderNew (this.extend (request, rest));
        return this.safeOrder ({
            'id': this.safeString (response, 'order_id'),
            'symbol': market['symbol'],
            'type': type,
            'side': side,
            'postOnly': postOnly,
            'status': 'open',
            'info': response,
        }, market);
    }

    async createMarketBuyOrderWithCost (symbol, cost, params = {}) {
        return await this.createOrder (symbol, 'market', 'buy', undefined, undefined, this.extend (params, { 'cost': cost }));
    }

    async cancelOrder (id, symbol = undefined, params = {}) {
        // POST spot/order/cancel { order_id } answers { success: [ ids ], error: [ ids ] }: an id in error was
        // not canceled (unknown or already finished).
        await this.loadMarkets ();
        const response = await this.privatePostSpotOrderCancel (this.extend ({ 'order_id': id }, params));
        const failed = this.safeList (response, 'error', []);
        if (this.inArray (id, failed)) {
            throw new OrderNotFound (this.id + ' cancelOrder () could not cancel the order ' + id + ': unknown, or no longer open');
        }
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        return this.safeOrder ({
            'id': id,
            'symbol': this.safeSymbol (undefined, market),
            'status': 'canceled',
            'info': response,
        }, market);
    }

    async fetchOrder (id, symbol = undefined, params = {}) {
        // GET spot/order?order_id: { data: [ order ] }.
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const response = await this.privateGetSpotOrder (this.extend ({ 'order_id': id }, params));
        const data = this.safeList (response, 'data', []);
        const order = this.safeDict (data, 0);
        if (order === undefined) {
            throw new OrderNotFound (this.id + ' fetchOrder () found no order ' + id);
        }
        return this.parseOrder (order, market);
    }

    async fetchOrderTrades (id, symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // GET spot/order/detail?order_id: { data: { ...order, detail: { tid, date, executed_amount,
        // executed_price } } }: the order's fills (one object in the docs' example, a list when there are more).
        await this.loadMarkets ();
        const response = await this.privateGetSpotOrderDetail (this.extend ({ 'order_id': id }, params));
        const order = this.safeDict (response, 'data', {});
        const market = this.safeMarket (this.safeStringLower (order, 'symbol'), (symbol === undefined) ? undefined : this.market (symbol), '_');
        let fills = this.safeValue (order, 'detail', []);
        if (!Array.isArray (fills)) {
            fills = [ fills ];
        }
        const side = this.tradeSide (this.safeString (order, 'type'));
        const trades = [];
        for (let i = 0; i < fills.length; i++) {
            const trade = this.parseTrade ({
                'id': this.safeString (fills[i], 'tid'),
                'order_id': id,
                'date': this.safeInteger (fills[i], 'date'),
                'side': side,
                'price': this.safeString (fills[i], 'executed_price'),
                'amount': this.safeString (fills[i], 'executed_amount'),
            }, market);
            trade['info'] = fills[i];
            trades.push (trade);
        }
        return this.filterBySinceLimit (trades, since, limit);
    }

    async fetchOpenOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // GET spot/order/current?symbol: { data: [ order ] }.
        await this.loadMarkets ();
        let market = undefined;
        const request = {};
        if (symbol !== undefined) {
            market = this.market (symbol);
            request['symbol'] = market['id'];
        }
        const response = await this.privateGetSpotOrderCurrent (this.extend (request, params));
        return this.parseOrders (this.safeList (response, 'data', []), market, since, limit);
    }

    async fetchOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // GET spot/order/history?symbol&start_time&end_time (seconds; until)&limit: orders of any status.
        await this.loadMarkets ();
        let market = undefined;
        let request = {};
        if (symbol !== undefined) {
            market = this.market (symbol);
            request['symbol'] = market['id'];
        }
        if (limit !== undefined) {
            request['limit'] = Math.min (limit, 100);
        }
        request = this.secondsRange (request, since, params);
        const response = await this.privateGetSpotOrderHistory (this.extend (request, this.omit (params, 'until')));
        return this.parseOrders (this.safeList (response, 'data', []), market, since, limit);
    }

    async fetchClosedOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // spot/order/history takes no status filter: its finished orders (filled or canceled).
        const orders = await this.fetchOrders (symbol, since, limit, params);
        const finished = [];
        for (let i = 0; i < orders.length; i++) {
            if (orders[i]['status'] !== 'open') {
                finished.push (orders[i]);
            }
        }
        return this.filterBySinceLimit (finished, since, limit);
    }

    async fetchMyTrades (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // GET spot/mytrades?symbol&start_time&end_time (seconds; until)&limit: { list: [ trade ] }.
        await this.loadMarkets ();
        let market = undefined;
        let request = {};
        if (symbol !== undefined) {
            market = this.market (symbol);
            request['symbol'] = market['id'];
        }
        if (limit !== undefined) {
            request['limit'] = limit;
        }
        request = this.secondsRange (request, since, params);
        const response = await this.privateGetSpotMytrades (this.extend (request, this.omit (params, 'until')));
        return this.parseTrades (this.safeList (response, 'list', []), market, since, limit);
    }

    // --- funding -------------------------------------------------------------------------------------

    parseTransaction (transaction, currency = undefined) {
        // deposit/history and withdraw/history: { id, currency ('xrp'), hashId, chain ('' for the currency's own),
        // amount, address, memo (withdrawals), fee (withdrawals), state (1-4), created_date, update_date
        // ('YYYY-MM-DD hh:mm:ss') }, with type added by the caller.
        const code = this.safeCurrencyCode (this.safeStringUpper (transaction, 'currency'), currency);
        let fee = undefined;
        const feeCost = this.safeString (transaction, 'fee');
        if (feeCost !== undefined) {
            fee = { 'cost': feeCost, 'currency': code };
        }
        const state = this.safeString (transaction, 'state');
        const chain = this.safeString (transaction, 'chain');
        return this.safeTransaction ({
            'id': this.safeString (transaction, 'id'),
            'txid': this.safeString (transaction, 'hashId'),
            'timestamp': this.dateTime (this.safeString (transaction, 'created_date')),
            'updated': this.dateTime (this.safeString (transaction, 'update_date')),
            'network': (chain === undefined) ? undefined : this.networkCode (chain),
            'address': this.safeString (transaction, 'address'),
            'tag': this.safeString (transaction, 'memo'),
            'type': this.safeString (transaction, 'type'),
            'amount': this.safeString (transaction, 'amount'),
            'currency': code,
            'status': this.safeString (this.options['transactionStatuses'], state, state),
            'fee': fee,
            'info': this.omit (transaction, 'type'),
        }, currency);
    }

    dateTime (text) {
        // 'YYYY-MM-DD hh:mm:ss' (the funding histories' dates, UTC) in milliseconds.
        return (text === undefined) ? undefined : this.parse8601 (text.replace (' ', 'T') + 'Z');
    }

    async fetchTransfers (type, code, since, limit, params) {
        // deposit/history and withdraw/history take currency, from (an id to page from), size (1-500) and direct;
        // no time range, so until is rejected.
        if (this.safeValue (params, 'until') !== undefined) {
            const method = (type === 'deposit') ? 'fetchDeposits' : 'fetchWithdrawals';
            throw new NotSupported (this.id + ' ' + method + ' () does not support the unified param until: the history takes no time range');
        }
        await this.loadMarkets ();
        let currency = undefined;
        const request = {};
        if (code !== undefined) {
            currency = this.currency (code);
            request['currency'] = currency['id'].toLowerCase ();
        }
        if (limit !== undefined) {
            request['size'] = Math.min (limit, 500);
        }
        let response = undefined;
        if (type === 'deposit') {
            response = await this.privateGetDepositHistory (this.extend (request, params));
        } else {
            response = await this.privateGetWithdrawHistory (this.extend (request, params));
        }
        const data = this.safeList (response, 'data', []);
        const transactions = [];
        for (let i = 0; i < data.length; i++) {
            transactions.push (this.extend (data[i], { 'type': type }));
        }
        return this.parseTransactions (transactions, currency, since, limit);
    }

    async fetchDeposits (code = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchTransfers ('deposit', code, since, limit, params);
    }

    async fetchWithdrawals (code = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchTransfers ('withdrawal', code, since, limit, params);
    }

    async fetchDepositAddress (code, params = {}) {
        // GET deposit/address?currency: { data: [ { currency, address, addressTag, chain } ] }, one per chain ('' for
        // the currency's own); the endpoint takes no chain, so the unified network picks one of the answer's (the
        // first without it).
        await this.loadMarkets ();
        const currency = this.currency (code);
        const response = await this.privateGetDepositAddress (this.extend ({ 'currency': currency['id'].toLowerCase () }, this.omit (params, 'network')));
        const data = this.safeList (response, 'data', []);
        const networkCode = this.safeStringUpper (params, 'network');
        let entry = this.safeDict (data, 0);
        if (networkCode !== undefined) {
            const chainId = this.networkId (networkCode, currency);
            entry = undefined;
            for (let i = 0; i < data.length; i++) {
                const chain = this.safeString (data[i], 'chain', currency['id']);
                if ((typeof chain !== 'object') && (chain === chainId)) {
                    entry = data[i];
                }
            }
            if (entry === undefined) {
                throw new BadRequest (this.id + ' fetchDepositAddress () found no ' + currency['code'] + ' address on the network ' + networkCode);
            }
        }
        if (entry === undefined) {
            throw new ExchangeError (this.id + ' fetchDepositAddress () found no ' + currency['code'] + ' address');
        }
        const chainName = this.safeString (entry, 'chain');
        return {
            'currency': currency['code'],
            'address': this.safeString (entry, 'address'),
            'tag': this.safeString (entry, 'addressTag'),
            'network': (chainName === undefined) ? undefined : this.networkCode (chainName),
            'info': entry,
        };
    }

    async transfer (code, amount, fromAccount, toAccount, params = {}) {
        // POST transfer { currency_mark, num, from, to } (1 spot, 2 margin, 3 OTC) answers { code: 0 } only.
        await this.loadMarkets ();
        const currency = this.currency (code);
        const request = {
            'currency_mark': currency['id'],
            'num': this.currencyToPrecision (code, amount),
            'from': this.accountTypeId (fromAccount),
            'to': this.accountTypeId (toAccount),
        };
        const response = await this.privatePostTransfer (this.extend (request, params));
        return this.safeTransfer ({
            'currency': currency['code'],
            'amount': request['num'],
            'fromAccount': fromAccount,
            'toAccount': toAccount,
            'status': 'ok',
            'info': response,
        });
    }

    parseLedgerEntry (item, currency = undefined) {
        // spot/financelog's finance: { time (seconds), num (signed change), balance (after), currency_mark, type
        // (a number the docs do not list) }.
        const code = this.safeCurrencyCode (this.safeString (item, 'currency_mark'), currency);
        const change = this.safeString (item, 'num');
        const after = this.safeString (item, 'balance');
        let direction = undefined;
        let amount = undefined;
        let before = undefined;
        if (change !== undefined) {
            direction = Precise.stringLt (change, '0') ? 'out' : 'in';
            amount = Precise.stringAbs (change);
            if (after !== undefined) {
                before = Precise.stringSub (after, change);
            }
        }
        return this.safeLedgerEntry ({
            'timestamp': this.safeTimestamp (item, 'time'),
            'direction': direction,
            'account': 'spot',
            'type': this.safeString (item, 'type'),
            'currency': code,
            'amount': amount,
            'before': before,
            'after': after,
            'status': 'ok',
            'info': item,
        }, currency);
    }

    async fetchLedger (code = undefined, since = undefined, limit = undefined, params = {}) {
        // GET spot/financelog?currency_mark&start_time&end_time (seconds; until)&limit (at most 1000):
        // { data: { finance: [ entry ], total } }.
        await this.loadMarkets ();
        let currency = undefined;
        let request = {};
        if (code !== undefined) {
            currency = this.currency (code);
            request['currency_mark'] = currency['id'];
        }
        request = this.secondsRange (request, since, params);
        if (limit !== undefined) {
            request['limit'] = Math.min (limit, 1000);
        }
        const response = await this.privateGetSpotFinancelog (this.extend (request, this.omit (params, 'until')));
        const data = this.safeDict (response, 'data', {});
        return this.parseLedger (this.safeList (data, 'finance', []), currency, since, limit);
    }

    // --- transport -----------------------------------------------------------------------------------

    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        // GET sends its params as the query string, POST as a form-encoded body.
        let url = this.urls['api'] + '/' + this.implodeParams (path, params);
        const query = this.omit (params, this.extractParams (path));
        const encoded = this.urlencode (query);
        const isPost = method === 'POST';
        if (!isPost && (encoded.length > 0)) {
            url = url + '?' + encoded;
        }
        if (api === 'public') {
            return { 'url': url, 'method': method, 'body': body, 'headers': headers };
        }
        // ACCESS-SIGN: hex HMAC-SHA256 (secret) of the request's parameters as they are sent (the query string,
        // or the form body); ACCESS-TIMESTAMP in seconds.
        this.checkRequiredCredentials ();
        headers = {
            'ACCESS-KEY': this.apiKey,
            'ACCESS-TIMESTAMP': this.numberToString (this.seconds ()),
            'ACCESS-SIGN': this.hmac (this.encode (encoded), this.encode (this.secret), 'sha256'),
        };
        if (isPost) {
            body = encoded;
            headers['Content-Type'] = 'application/x-www-form-urlencoded';
        }
        return { 'url': url, 'method': method, 'body': body, 'headers': headers };
    }

    handleErrors (status, reason, url, method, responseHeaders, responseBody, response, requestHeaders, requestBody) {
        // { "code": 20011, ... }: 0 (200 for the funding endpoints) is success, any other code an error.
        if ((response === undefined) || Array.isArray (response) || (typeof response !== 'object')) {
            return;
        }
        const code = this.safeString (response, 'code');
        if ((code === undefined) || (code === '0') || (code === '200')) {
            return;
        }
        const feedback = this.id + ' ' + method + ' ' + url + ' ' + code + ' ' + this.safeString2 (response, 'msg', 'message', '');
        this.throwExactlyMatchedException (this.exceptions['exact'], code, feedback);
        throw new ExchangeError (feedback);
    }
}
