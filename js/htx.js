// HTX (formerly Huobi) spot REST API, v1 and v2 endpoints: https://www.htx.com/en-us/opend/newApiPages/
import Exchange from './base/Exchange.js';
import { ArgumentsRequired, AuthenticationError, BadRequest, BadSymbol, ExchangeError, ExchangeNotAvailable, InsufficientFunds, InvalidAddress, InvalidOrder, NotSupported, OrderNotFound, PermissionDenied, RateLimitExceeded } from './base/errors.js';
import Precise from './base/Precise.js';
import { TICK_SIZE } from './base/functions/number.js';

export default class htx extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'htx',
            'name': 'HTX',
            'countries': [ 'SC' ],
            'version': 'v1',
            // HTX limits each endpoint separately (per IP for market data, per UID for private endpoints, most of
            // them about 100 requests in 2 s or 10 s) and publishes no weight table: one unit is 100 ms, and the
            // costs below are relative weights that slow the history queries and fund movements, not HTX's own.
            'rateLimit': 100,
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
                'editOrder': false, // spot orders cannot be amended
                'fetchOrder': true,
                'fetchOrders': true,
                'fetchOpenOrders': true,
                'fetchClosedOrders': true,
                'fetchMyTrades': true,
                'fetchDeposits': true,
                'fetchWithdrawals': true,
                'fetchTransactions': false, // deposit-withdraw lists one type a request
                'fetchLedger': true,
                'fetchDepositAddress': true,
                'withdraw': true,
                'fetchTime': true,
                'fetchStatus': true,
                'fetchTradingFees': true,
                'cancelAllOrders': true,
                'fetchOrderTrades': true,
                'fetchTradingFee': true,
                'fetchDepositAddresses': false, // addresses are listed per currency only
                'createDepositAddress': false, // HTX assigns addresses; there is no endpoint to make one
                'fetchDepositWithdrawFees': true,
                'transfer': true,
                'createMarketBuyOrderWithCost': true,
            },
            'urls': {
                'logo': 'https://www.htx.com/favicon.ico',
                'api': 'https://api.huobi.pro',
                'www': 'https://www.htx.com',
                'doc': 'https://www.htx.com/en-us/opend/newApiPages/',
                'fees': 'https://www.htx.com/en-us/fee/',
            },
            // Paths carry their version.
            'api': {
                'public': {
                    'get': {
                        'v1/common/timestamp': 1,
                        'v2/market-status': 1,
                        'v1/common/symbols': 1,
                        'v1/common/currencys': 1,
                        'v2/settings/common/symbols': 1,
                        'v2/settings/common/currencies': 1,
                        'v2/reference/currencies': 1,
                        'market/history/kline': 1,
                        'market/detail/merged': 1,
                        'market/tickers': 1,
                        'market/depth': 1,
                        'market/trade': 1,
                        'market/history/trade': 1,
                        'market/detail': 1,
                    },
                },
                'private': {
                    'get': {
                        'v1/account/accounts': 2,
                        'v1/account/accounts/{account-id}/balance': 2,
                        'v2/account/valuation': 2,
                        'v2/account/ledger': 2,
                        'v2/reference/transact-fee-rate': 2,
                        'v2/account/deposit/address': 2,
                        'v2/account/withdraw/quota': 2,
                        'v2/account/withdraw/address': 2,
                        'v1/query/deposit-withdraw': 2,
                        'v1/query/withdraw/client-order-id': 2,
                        'v1/order/openOrders': 1,
                        'v1/order/orders/{order-id}': 1,
                        'v1/order/orders/getClientOrder': 1,
                        'v1/order/orders/{order-id}/matchresults': 1,
                        'v1/order/orders': 5,
                        'v1/order/history': 5,
                        'v1/order/matchresults': 5,
                        'v2/user/uid': 2,
                    },
                    'post': {
                        'v1/order/orders/place': 1,
                        'v1/order/batch-orders': 1,
                        'v1/order/orders/{order-id}/submitcancel': 1,
                        'v1/order/orders/submitCancelClientOrder': 1,
                        'v1/order/orders/batchCancelOpenOrders': 5,
                        'v1/order/orders/batchcancel': 5,
                        'v2/algo-orders/cancel-all-after': 1,
                        'v1/dw/withdraw/api/create': 5,
                        'v1/dw/withdraw-virtual/{withdraw-id}/cancel': 5,
                        'v2/account/transfer': 5,
                        'v1/account/transfer': 5,
                    },
                },
            },
            // history/kline's period.
            'timeframes': {
                '1m': '1min',
                '5m': '5min',
                '15m': '15min',
                '30m': '30min',
                '1h': '60min',
                '4h': '4hour',
                '1d': '1day',
                '1w': '1week',
                '1M': '1mon',
                '1y': '1year',
            },
            'requiredCredentials': {
                'apiKey': true, // the AccessKey
                'secret': true, // the SecretKey
            },
            'fees': {
                'trading': {
                    'tierBased': true,
                    'percentage': true,
                    'taker': 0.002,
                    'maker': 0.002,
                },
            },
            'precisionMode': TICK_SIZE,
            'options': {
                // The id of the spot account (v1/account/accounts, type 'spot'): set it to spare the lookup that
                // createOrder and fetchBalance otherwise make.
                'accountId': undefined,
                // transfer (): the unified account names and HTX's (v2/account/transfer's from and to): the spot
                // account and the USDT-margined swap account.
                'accountsByType': {
                    'spot': 'spot',
                    'swap': 'linear-swap',
                    'linear-swap': 'linear-swap',
                },
                // v2/account/transfer's margin-account for the swap side: 'USDT' is the cross-margin account;
                // params['margin-account'] names an isolated one ('btc-usdt').
                'transferMarginAccount': 'USDT',
                'maxCandles': 2000,
                'maxTrades': 2000,
                'tradeFeeSymbolsPerRequest': 10,
                // market/depth's depth takes 5, 10 or 20; without it step0 gives 150 levels.
                'depths': [ 5, 10, 20 ],
                'orderStates': {
                    'created': 'open',
                    'pre-submitted': 'open', // a stop-limit order waiting for its trigger
                    'submitted': 'open',
                    'partial-filled': 'open',
                    'canceling': 'open',
                    'filled': 'closed',
                    'partial-canceled': 'canceled',
                    'canceled': 'canceled',
                    'rejected': 'rejected',
                },
                'transactionStates': {
                    // deposits
                    'unknown': 'pending',
                    'confirming': 'pending',
                    'confirmed': 'ok',
                    'safe': 'ok',
                    'orphan': 'failed',
                    // withdrawals
                    'verifying': 'pending',
                    'submitted': 'pending',
                    'reexamine': 'pending',
                    'pass': 'pending',
                    'pre-transfer': 'pending',
                    'wallet-transfer': 'pending',
                    'wallet-reject': 'failed',
                    'confirm-error': 'failed',
                    'reject': 'failed',
                    'failed': 'failed',
                    'canceled': 'canceled',
                    'repealed': 'canceled',
                },
            },
            // v1 endpoints answer { "status": "error", "err-code": "...", "err-msg": "..." }; v2 endpoints
            // { "code": 1002, "message": "..." } (success is code 200).
            'exceptions': {
                'exact': {
                    'api-signature-not-valid': AuthenticationError, // the signature or the AccessKeyId is wrong
                    'login-required': AuthenticationError, // a signing parameter is missing
                    'base-operation-forbidden': PermissionDenied, // the user may not do this
                    'api-not-support-temp-addr': PermissionDenied, // API withdrawals only to whitelisted addresses
                    'order-accountbalance-error': InsufficientFunds,
                    'account-frozen-balance-insufficient-error': InsufficientFunds,
                    'dw-insufficient-balance': InsufficientFunds,
                    'invalid-parameter': BadRequest,
                    'base-argument-unsupported': BadRequest,
                    'base-currency-error': BadRequest, // no such currency
                    'base-symbol-error': BadSymbol,
                    'base-symbol-trade-disabled': BadSymbol,
                    'order-orderstate-error': InvalidOrder, // the order's state forbids it (filled or canceled)
                    'order-limitorder-amount-min-error': InvalidOrder,
                    'order-limitorder-amount-max-error': InvalidOrder,
                    'order-marketorder-amount-min-error': InvalidOrder,
                    'order-limitorder-price-min-error': InvalidOrder,
                    'order-limitorder-price-max-error': InvalidOrder,
                    'order-value-min-error': InvalidOrder,
                    'order-holding-limit-failed': InvalidOrder,
                    'order-queryorder-invalid': OrderNotFound,
                    'base-record-invalid': OrderNotFound, // no such record
                    'invalid-address': InvalidAddress,
                    'too-many-requests': RateLimitExceeded,
                    // v2 codes
                    '1002': PermissionDenied, // forbidden: the key lacks the permission
                    '1003': AuthenticationError, // unauthorized: the signature or the key is invalid
                    '2002': BadRequest, // invalid field value
                    '2003': BadRequest, // missing mandatory field
                    '500': ExchangeNotAvailable, // system error
                },
                'broad': {},
            },
        });
    }

    // --- time, status, markets and currencies --------------------------------------------------------

    async fetchTime (params = {}) {
        // v1/common/timestamp: { status: 'ok', data: ms }.
        const response = await this.publicGetV1CommonTimestamp (params);
        return this.safeInteger (response, 'data');
    }

    async fetchStatus (params = {}) {
        // v2/market-status: { code: 200, data: { marketStatus: 1 normal, 2 halted, 3 cancel-only,
        // haltStartTime, haltEndTime (ms), haltReason, affectedSymbols } }.
        const response = await this.publicGetV2MarketStatus (params);
        const data = this.safeDict (response, 'data', {});
        const marketStatus = this.safeString (data, 'marketStatus');
        return {
            'status': (marketStatus === '1') ? 'ok' : 'maintenance',
            'updated': undefined,
            'eta': this.safeMilliseconds (data, 'haltEndTime'),
            'url': undefined,
            'info': response,
        };
    }

    async fetchMarkets (params = {}) {
        // v1/common/symbols: [ { base-currency, quote-currency, price-precision, amount-precision,
        // value-precision (decimals), symbol, state: 'online' ..., min-order-amt, max-order-amt,
        // min-order-value, limit-order-min-order-amt, limit-order-max-order-amt, api-trading, ... } ].
        const response = await this.publicGetV1CommonSymbols (params);
        const entries = this.safeList (response, 'data', []);
        const result = [];
        for (let i = 0; i < entries.length; i++) {
            result.push (this.parseMarket (entries[i]));
        }
        return result;
    }

    parseMarket (entry) {
        const baseId = this.safeString (entry, 'base-currency');
        const quoteId = this.safeString (entry, 'quote-currency');
        const base = this.safeCurrencyCode (baseId);
        const quote = this.safeCurrencyCode (quoteId);
        const online = this.safeString (entry, 'state') === 'online';
        const apiTrading = this.safeString (entry, 'api-trading', 'enabled') === 'enabled';
        return this.safeMarketStructure ({
            'id': this.safeString (entry, 'symbol'),
            'symbol': base + '/' + quote,
            'base': base,
            'quote': quote,
            'baseId': baseId,
            'quoteId': quoteId,
            'active': online && apiTrading,
            'type': 'spot',
            'spot': true,
            'taker': this.fees['trading']['taker'],
            'maker': this.fees['trading']['maker'],
            'precision': {
                'amount': this.parseNumber (this.parsePrecision (this.safeString (entry, 'amount-precision'))),
                'price': this.parseNumber (this.parsePrecision (this.safeString (entry, 'price-precision'))),
                'cost': this.parseNumber (this.parsePrecision (this.safeString (entry, 'value-precision'))),
            },
            'limits': {
                'amount': {
                    'min': this.safeNumber2 (entry, 'limit-order-min-order-amt', 'min-order-amt'),
                    'max': this.safeNumber2 (entry, 'limit-order-max-order-amt', 'max-order-amt'),
                },
                'price': { 'min': undefined, 'max': undefined },
                'cost': { 'min': this.safeNumber (entry, 'min-order-value'), 'max': undefined },
            },
            'info': entry,
        });
    }

    async fetchCurrencies (params = {}) {
        // v2/reference/currencies: [ { currency, assetType, instStatus: 'normal' or 'delisted', chains: [ {
        // chain, displayName, baseChain, baseChainProtocol, depositStatus, withdrawStatus: 'allowed' or
        // 'prohibited', minDepositAmt, minWithdrawAmt, maxWithdrawAmt, withdrawPrecision, withdrawFeeType,
        // transactFeeWithdraw, addrDepositTag, ... } ] } ].
        const response = await this.publicGetV2ReferenceCurrencies (params);
        const entries = this.safeList (response, 'data', []);
        const result = {};
        for (let i = 0; i < entries.length; i++) {
            const currency = this.parseHtxCurrency (entries[i]);
            result[currency['code']] = currency;
        }
        return result;
    }

    chainNetworkCode (chain) {
        // A chain's unified network code: its token protocol ('TRC20', 'ERC20', 'BEP20') when it has one, else
        // its base chain ('BTC', 'ETH'); HTX's chain ids ('trc20usdt', 'usdterc20') differ per currency.
        const protocol = this.safeStringUpper (chain, 'baseChainProtocol');
        if (protocol !== undefined) {
            return protocol;
        }
        const baseChain = this.safeStringUpper (chain, 'baseChain');
        return (baseChain !== undefined) ? baseChain : this.safeStringUpper (chain, 'chain');
    }

    parseHtxCurrency (entry) {
        const id = this.safeString (entry, 'currency');
        const code = this.safeCurrencyCode (id);
        const chains = this.safeList (entry, 'chains', []);
        const networks = {};
        let deposit = false;
        let withdraw = false;
        for (let i = 0; i < chains.length; i++) {
            const chain = chains[i];
            const networkCode = this.chainNetworkCode (chain);
            const canDeposit = this.safeString (chain, 'depositStatus') === 'allowed';
            const canWithdraw = this.safeString (chain, 'withdrawStatus') === 'allowed';
            deposit = deposit || canDeposit;
            withdraw = withdraw || canWithdraw;
            // transactFeeWithdraw is an amount for withdrawFeeType 'fixed'; other types have no single fee.
            const fixedFee = this.safeString (chain, 'withdrawFeeType') === 'fixed';
            networks[networkCode] = {
                'id': this.safeString (chain, 'chain'),
                'network': networkCode,
                'active': canDeposit && canWithdraw,
                'deposit': canDeposit,
                'withdraw': canWithdraw,
                'fee': fixedFee ? this.safeNumber (chain, 'transactFeeWithdraw') : undefined,
                'precision': this.parseNumber (this.parsePrecision (this.safeString (chain, 'withdrawPrecision'))),
                'limits': {
                    'withdraw': { 'min': this.safeNumber (chain, 'minWithdrawAmt'), 'max': this.safeNumber (chain, 'maxWithdrawAmt') },
                    'deposit': { 'min': this.safeNumber (chain, 'minDepositAmt'), 'max': undefined },
                },
            };
        }
        const codes = Object.keys (networks);
        const normal = this.safeString (entry, 'instStatus') === 'normal';
        return {
            'id': id,
            'code': code,
            'name': undefined,
            'active': normal && (deposit || withdraw),
            'deposit': (codes.length > 0) ? deposit : undefined,
            'withdraw': (codes.length > 0) ? withdraw : undefined,
            // One chain: its fee is the currency's; with several the fee depends on the chain.
            'fee': (codes.length === 1) ? this.safeNumber (this.safeDict (networks, codes[0], {}), 'fee') : undefined,
            'precision': undefined,
            'limits': {
                'amount': { 'min': undefined, 'max': undefined },
                'withdraw': { 'min': undefined, 'max': undefined },
            },
            'networks': networks,
            'info': entry,
        };
    }

    async fetchDepositWithdrawFees (codes = undefined, params = {}) {
        // The withdrawal fee of each chain is in the currency list (transactFeeWithdraw); deposits are free.
        const currencies = await this.fetchCurrencies (params);
        return this.depositWithdrawFeesFromCurrencies (currencies, codes);
    }

    // --- market data ---------------------------------------------------------------------------------

    parseTicker (ticker, market = undefined) {
        // detail/merged's tick: { id, open, close, low, high, amount (base volume), vol (quote volume), count,
        // bid: [ price, size ], ask: [ price, size ] }, with the response's ts. The entries of market/tickers:
        // { symbol, open, high, low, close, amount, vol, count, bid, bidSize, ask, askSize }.
        market = this.safeMarket (this.safeString (ticker, 'symbol'), market);
        let bid = this.safeString (ticker, 'bid');
        let bidVolume = this.safeString (ticker, 'bidSize');
        let ask = this.safeString (ticker, 'ask');
        let askVolume = this.safeString (ticker, 'askSize');
        const bidLevel = this.safeList (ticker, 'bid');
        if (bidLevel !== undefined) {
            bid = this.safeString (bidLevel, 0);
            bidVolume = this.safeString (bidLevel, 1);
        }
        const askLevel = this.safeList (ticker, 'ask');
        if (askLevel !== undefined) {
            ask = this.safeString (askLevel, 0);
            askVolume = this.safeString (askLevel, 1);
        }
        return this.safeTicker ({
            'symbol': market['symbol'],
            'timestamp': this.safeInteger (ticker, 'ts'),
            'high': this.safeString (ticker, 'high'),
            'low': this.safeString (ticker, 'low'),
            'bid': bid,
            'bidVolume': bidVolume,
            'ask': ask,
            'askVolume': askVolume,
            'open': this.safeString (ticker, 'open'),
            'close': this.safeString (ticker, 'close'),
            'last': this.safeString (ticker, 'close'),
            'baseVolume': this.safeString (ticker, 'amount'),
            'quoteVolume': this.safeString (ticker, 'vol'),
            'info': ticker,
        }, market);
    }

    async fetchTicker (symbol, params = {}) {
        // market/detail/merged: { status, ts, tick }; the 24 h rolling statistics with the best bid and ask.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetMarketDetailMerged (this.extend ({ 'symbol': market['id'] }, params));
        const tick = this.extend (this.safeDict (response, 'tick', {}), { 'ts': this.safeInteger (response, 'ts') });
        return this.parseTicker (tick, market);
    }

    async fetchTickers (symbols = undefined, params = {}) {
        // market/tickers: { status, ts, data: [ ... ] }, every market; the snapshot's ts is each one's.
        await this.loadMarkets ();
        const response = await this.publicGetMarketTickers (params);
        const ts = this.safeInteger (response, 'ts');
        const tickers = this.safeList (response, 'data', []);
        const stamped = [];
        for (let i = 0; i < tickers.length; i++) {
            stamped.push (this.extend (tickers[i], { 'ts': ts }));
        }
        return this.parseTickers (stamped, symbols);
    }

    async fetchOrderBook (symbol, limit = undefined, params = {}) {
        // market/depth?type=step0 (no aggregation): tick { ts, version, bids, asks }, [ price, size ]. depth
        // takes 5, 10 or 20; without it the book has 150 levels.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'symbol': market['id'], 'type': 'step0' };
        if (limit !== undefined) {
            if (limit > 150) {
                throw new BadRequest (this.id + ' fetchOrderBook () limit must be at most 150: the book has 150 levels');
            }
            const depths = this.options['depths'];
            for (let i = 0; i < depths.length; i++) {
                if (limit <= depths[i]) {
                    request['depth'] = depths[i];
                    break;
                }
            }
        }
        const response = await this.publicGetMarketDepth (this.extend (request, params));
        const tick = this.safeDict (response, 'tick', {});
        const book = this.parseOrderBook (tick, market['symbol'], this.safeInteger (tick, 'ts'));
        book['nonce'] = this.safeInteger (tick, 'version');
        if (limit !== undefined) {
            book['bids'] = book['bids'].slice (0, limit);
            book['asks'] = book['asks'].slice (0, limit);
        }
        return book;
    }

    parseOHLCV (ohlcv, market = undefined) {
        // { id (open time, seconds), open, close, low, high, amount (base volume), vol (quote), count }.
        return [
            this.safeTimestamp (ohlcv, 'id'),
            this.safeNumber (ohlcv, 'open'),
            this.safeNumber (ohlcv, 'high'),
            this.safeNumber (ohlcv, 'low'),
            this.safeNumber (ohlcv, 'close'),
            this.safeNumber (ohlcv, 'amount'),
        ];
    }

    async fetchOHLCV (symbol, timeframe = '1m', since = undefined, limit = undefined, params = {}) {
        // market/history/kline: period, size (1-2000); the latest candles, newest first. It takes no time
        // range: since filters what comes back, and until cannot be honoured.
        if (this.safeValue (params, 'until') !== undefined) {
            throw new NotSupported (this.id + ' fetchOHLCV () does not support the unified param until: history/kline returns the latest candles only');
        }
        await this.loadMarkets ();
        const market = this.market (symbol);
        const period = this.safeString (this.timeframes, timeframe);
        if (period === undefined) {
            throw new BadRequest (this.id + ' fetchOHLCV () does not support the timeframe ' + timeframe + ': one of ' + Object.keys (this.timeframes).join (', '));
        }
        const request = { 'symbol': market['id'], 'period': period };
        if (limit !== undefined) {
            request['size'] = Math.min (limit, this.options['maxCandles']);
        } else if (since !== undefined) {
            request['size'] = this.options['maxCandles'];
        }
        const response = await this.publicGetMarketHistoryKline (this.extend (request, params));
        return this.parseOHLCVs (this.safeList (response, 'data', []), market, timeframe, since, limit);
    }

    parseTrade (trade, market = undefined) {
        // Public trades: { id, ts, trade-id, amount, price, direction (the taker's side) }. The account's
        // matchresults: { id, symbol, order-id, match-id, trade-id, type: 'buy-limit' ..., price,
        // filled-amount, filled-fees, fee-currency, filled-points, fee-deduct-currency, role: 'taker' or
        // 'maker', created-at }.
        market = this.safeMarket (this.safeString (trade, 'symbol'), market);
        const orderType = this.safeString (trade, 'type');
        let side = this.safeString (trade, 'direction');
        let type = undefined;
        if (orderType !== undefined) {
            const parts = orderType.split ('-');
            side = parts[0];
            type = this.unifiedOrderType (orderType);
        }
        const fees = [];
        const feeCost = this.safeString (trade, 'filled-fees');
        if ((feeCost !== undefined) && !Precise.stringEq (feeCost, '0')) {
            fees.push ({ 'cost': feeCost, 'currency': this.safeCurrencyCode (this.safeString (trade, 'fee-currency')) });
        }
        // A fee paid in HTX points (or another deduction currency) instead of the fee currency.
        const points = this.safeString (trade, 'filled-points');
        if ((points !== undefined) && !Precise.stringEq (points, '0')) {
            fees.push ({ 'cost': points, 'currency': this.safeCurrencyCode (this.safeString (trade, 'fee-deduct-currency')) });
        }
        if ((fees.length === 0) && (feeCost !== undefined)) {
            fees.push ({ 'cost': feeCost, 'currency': this.safeCurrencyCode (this.safeString (trade, 'fee-currency')) });
        }
        return this.safeTrade ({
            'id': this.safeString (trade, 'trade-id'),
            'order': this.safeString (trade, 'order-id'),
            'symbol': market['symbol'],
            'timestamp': this.safeInteger2 (trade, 'created-at', 'ts'),
            'type': type,
            'side': side,
            'takerOrMaker': this.safeString (trade, 'role'),
            'price': this.safeString (trade, 'price'),
            'amount': this.safeString2 (trade, 'filled-amount', 'amount'),
            'fees': fees,
            'info': trade,
        }, market);
    }

    async fetchTrades (symbol, since = undefined, limit = undefined, params = {}) {
        // market/history/trade: size (1-2000); data: [ { id, ts, data: [ trades ] } ], groups newest first.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'symbol': market['id'] };
        if (limit !== undefined) {
            request['size'] = Math.min (limit, this.options['maxTrades']);
        }
        const response = await this.publicGetMarketHistoryTrade (this.extend (request, params));
        const groups = this.safeList (response, 'data', []);
        const trades = [];
        for (let i = 0; i < groups.length; i++) {
            // (pushed in place: a copy of the trades so far at each group made a response of many empty groups cost
            // their product; red-team round 28)
            const entries = this.safeList (groups[i], 'data', []);
            for (let j = 0; j < entries.length; j++) {
                trades.push (entries[j]);
            }
        }
        return this.parseTrades (trades, market, since, limit);
    }

    // --- account -------------------------------------------------------------------------------------

    async fetchSpotAccountId () {
        // v1/account/accounts: [ { id, type: 'spot', 'margin', 'otc', ..., subtype, state: 'working' or
        // 'lock' } ]; the spot account's id, unless options['accountId'] names it. The id found is kept there:
        // it does not change, and createOrder needs it every time.
        const configured = this.safeString (this.options, 'accountId');
        if (configured !== undefined) {
            return configured;
        }
        const response = await this.privateGetV1AccountAccounts ();
        const accounts = this.safeList (response, 'data', []);
        for (let i = 0; i < accounts.length; i++) {
            if (this.safeString (accounts[i], 'type') === 'spot') {
                const accountId = this.safeString (accounts[i], 'id');
                this.options['accountId'] = accountId;
                return accountId;
            }
        }
        throw new ExchangeError (this.id + ' has no spot account (v1/account/accounts lists none of type spot)');
    }

    async fetchBalance (params = {}) {
        // accounts/{account-id}/balance: { id, type, state, list: [ { currency, type: 'trade' (available) or
        // 'frozen' (held by orders), balance } ] }, two lines a currency.
        await this.loadMarkets ();
        const accountId = await this.fetchSpotAccountId ();
        const response = await this.privateGetV1AccountAccountsAccountIdBalance (this.extend ({ 'account-id': accountId }, params));
        const lines = this.safeList (this.safeDict (response, 'data', {}), 'list', []);
        const accounts = {};
        for (let i = 0; i < lines.length; i++) {
            const line = lines[i];
            const code = this.safeCurrencyCode (this.safeString (line, 'currency'));
            const account = this.extend (this.safeDict (accounts, code, this.account ())); // a copy, changed below
            const kind = this.safeString (line, 'type');
            if (kind === 'trade') {
                account['free'] = this.safeString (line, 'balance');
            } else if (kind === 'frozen') {
                account['used'] = this.safeString (line, 'balance');
            }
            accounts[code] = account;
        }
        return this.safeBalance (this.extend ({ 'info': response }, accounts));
    }

    parseTradingFee (entry) {
        // transact-fee-rate: { symbol, makerFeeRate, takerFeeRate, actualMakerRate, actualTakerRate }; the
        // actual rates are those charged (after discounts), as fractions.
        return {
            'symbol': this.safeSymbol (this.safeString (entry, 'symbol')),
            'maker': this.safeNumber2 (entry, 'actualMakerRate', 'makerFeeRate'),
            'taker': this.safeNumber2 (entry, 'actualTakerRate', 'takerFeeRate'),
            'info': entry,
        };
    }

    async fetchTradingFeesOf (marketIds, params) {
        // v2/reference/transact-fee-rate?symbols=a,b,...: at most 10 symbols a request.
        const response = await this.privateGetV2ReferenceTransactFeeRate (this.extend ({ 'symbols': marketIds.join (',') }, params));
        const entries = this.safeList (response, 'data', []);
        const result = {};
        for (let i = 0; i < entries.length; i++) {
            const fee = this.parseTradingFee (entries[i]);
            result[fee['symbol']] = fee;
        }
        return result;
    }

    async fetchTradingFee (symbol, params = {}) {
        await this.loadMarkets ();
        const market = this.market (symbol);
        const fees = await this.fetchTradingFeesOf ([ market['id'] ], params);
        return this.safeDict (fees, market['symbol']);
    }

    async fetchTradingFees (params = {}) {
        // Every loaded market, in requests of 10 symbols.
        await this.loadMarkets ();
        const batch = this.options['tradeFeeSymbolsPerRequest'];
        let result = {};
        for (let i = 0; i < this.symbols.length; i += batch) {
            const symbols = this.symbols.slice (i, i + batch);
            const fees = await this.fetchTradingFeesOf (this.marketIds (symbols), params);
            result = this.extend (result, fees);
        }
        return result;
    }

    parseLedgerEntry (item, currency = undefined) {
        // v2/account/ledger: { accountId, currency, transactAmt (signed), transactType, transferType,
        // transactId, transactTime (ms), transferer, transferee }.
        const code = this.safeCurrencyCode (this.safeString (item, 'currency'), currency);
        return this.safeLedgerEntry ({
            'id': this.safeString (item, 'transactId'),
            'timestamp': this.safeInteger (item, 'transactTime'),
            'account': this.safeString (item, 'accountId'),
            'referenceId': this.safeString (item, 'transactId'),
            'type': this.safeString2 (item, 'transferType', 'transactType'),
            'currency': code,
            'amount': this.safeString (item, 'transactAmt'),
            'status': 'ok',
            'info': item,
        }, currency);
    }

    async fetchLedger (code = undefined, since = undefined, limit = undefined, params = {}) {
        // v2/account/ledger: accountId (the spot account), currency, startTime and endTime (ms, at most 10 days
        // apart; the unified until), limit (1-500).
        await this.loadMarkets ();
        const accountId = await this.fetchSpotAccountId ();
        const request = { 'accountId': accountId };
        let currency = undefined;
        if (code !== undefined) {
            currency = this.currency (code);
            request['currency'] = currency['id'];
        }
        if (since !== undefined) {
            request['startTime'] = since;
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            request['endTime'] = until;
        }
        if (limit !== undefined) {
            request['limit'] = Math.min (limit, 500);
        }
        const response = await this.privateGetV2AccountLedger (this.extend (request, this.omit (params, 'until')));
        return this.parseLedger (this.safeList (response, 'data', []), currency, since, limit);
    }

    async transfer (code, amount, fromAccount, toAccount, params = {}) {
        // POST v2/account/transfer: { from, to: 'spot' or 'linear-swap', currency, amount, margin-account } ->
        // { data: transfer id }, between the spot account and the USDT-margined swap account.
        await this.loadMarkets ();
        const currency = this.currency (code);
        const request = {
            'from': this.accountTypeId (fromAccount),
            'to': this.accountTypeId (toAccount),
            'currency': currency['id'],
            'amount': this.numberToString (amount),
            'margin-account': this.safeString (params, 'margin-account', this.options['transferMarginAccount']),
        };
        const response = await this.privatePostV2AccountTransfer (this.extend (request, this.omit (params, 'margin-account')));
        return this.safeTransfer ({
            'id': this.safeString (response, 'data'),
            'currency': currency['code'],
            'amount': request['amount'],
            'fromAccount': fromAccount,
            'toAccount': toAccount,
            'status': 'ok',
            'info': response,
        });
    }

    // --- orders --------------------------------------------------------------------------------------

    unifiedOrderType (orderType) {
        // HTX's order type is side-kind: buy-market, sell-limit, buy-ioc, buy-limit-maker, buy-stop-limit,
        // buy-limit-fok, buy-stop-limit-fok. Only -market is a market order; the rest carry a limit price.
        if (orderType === undefined) {
            return undefined;
        }
        return (orderType.indexOf ('-market') >= 0) ? 'market' : 'limit';
    }

    orderTimeInForce (orderType) {
        if (orderType === undefined) {
            return undefined;
        }
        if (orderType.endsWith ('-limit-maker')) {
            return 'PO';
        }
        if (orderType.endsWith ('-ioc')) {
            return 'IOC';
        }
        if (orderType.endsWith ('-fok')) {
            return 'FOK';
        }
        return (orderType.endsWith ('-market')) ? 'IOC' : 'GTC';
    }

    parseOrder (order, market = undefined) {
        // orders/{order-id} and the lists: { id, symbol, account-id, client-order-id, amount, price, type,
        // created-at, finished-at, canceled-at, state, stop-price, operator, field-amount (filled) or
        // filled-amount, field-cash-amount (filled value) or filled-cash-amount, field-fees or filled-fees }.
        // A buy-market order's amount is the value to spend, in the quote currency.
        market = this.safeMarket (this.safeString (order, 'symbol'), market);
        const orderType = this.safeString (order, 'type');
        const type = this.unifiedOrderType (orderType);
        const side = (orderType === undefined) ? undefined : orderType.split ('-')[0];
        const timeInForce = this.orderTimeInForce (orderType);
        const marketBuy = orderType === 'buy-market';
        const amount = this.safeString (order, 'amount');
        const filledCost = this.safeString2 (order, 'field-cash-amount', 'filled-cash-amount');
        const state = this.safeString (order, 'state');
        const feeCost = this.safeString2 (order, 'field-fees', 'filled-fees');
        let fee = undefined;
        if (feeCost !== undefined) {
            // The fee is charged in what the order receives: the base currency for a buy, the quote for a sell.
            fee = { 'cost': feeCost, 'currency': (side === 'buy') ? market['base'] : market['quote'] };
        }
        const price = this.safeString (order, 'price');
        return this.safeOrder ({
            'id': this.safeString (order, 'id'),
            'clientOrderId': this.safeString (order, 'client-order-id'),
            'symbol': market['symbol'],
            'timestamp': this.safeInteger (order, 'created-at'),
            'lastUpdateTimestamp': this.safeMilliseconds (order, 'finished-at'),
            'status': this.safeString (this.options['orderStates'], state, state),
            'type': type,
            'timeInForce': timeInForce,
            'postOnly': (timeInForce === undefined) ? undefined : (timeInForce === 'PO'),
            'side': side,
            'price': ((price === undefined) || Precise.stringEq (price, '0')) ? undefined : price,
            'triggerPrice': this.safeString (order, 'stop-price'),
            'amount': marketBuy ? undefined : amount,
            'cost': filledCost,
            'filled': this.safeString2 (order, 'field-amount', 'filled-amount'),
            'fee': fee,
            'info': order,
        }, market);
    }

    orderTypeOf (type, side, unified) {
        // The unified order as HTX's type: side-market, side-limit, side-limit-maker (postOnly), side-ioc
        // (timeInForce IOC), side-limit-fok (FOK), side-stop-limit(-fok) (a trigger). Combinations HTX cannot
        // place are rejected, naming the param.
        const timeInForce = unified['timeInForce'];
        const hasTrigger = unified['trigger'] !== undefined;
        if (type === 'market') {
            if (hasTrigger) {
                throw new InvalidOrder (this.id + ' createOrder () ' + unified['triggerKind'] + ' needs a limit order: HTX spot stop orders are stop-limit orders');
            }
            if ((timeInForce !== undefined) && (timeInForce !== 'IOC')) {
                throw new InvalidOrder (this.id + ' createOrder () timeInForce ' + timeInForce + ' applies to limit orders only, not market orders');
            }
            return side + '-market';
        }
        if (hasTrigger) {
            if (timeInForce === 'IOC') {
                throw new InvalidOrder (this.id + ' createOrder () timeInForce IOC cannot be combined with ' + unified['triggerKind'] + ': stop-limit orders are GTC or FOK');
            }
            return (timeInForce === 'FOK') ? side + '-stop-limit-fok' : side + '-stop-limit';
        }
        if (unified['postOnly']) {
            return side + '-limit-maker';
        }
        if (timeInForce === 'IOC') {
            return side + '-ioc';
        }
        if (timeInForce === 'FOK') {
            return side + '-limit-fok';
        }
        return side + '-limit';
    }

    triggerOperator (side, kind) {
        // operator: 'gte' triggers when the last price rises to stop-price or above, 'lte' when it falls to it
        // or below. A sell's stop loss (or a plain trigger) waits for a fall, its take profit for a rise; a
        // buy's the other way round.
        const falls = (kind === 'takeProfitPrice') ? (side === 'buy') : (side === 'sell');
        return falls ? 'lte' : 'gte';
    }

    marketBuyValue (symbol, amount, price, unified) {
        // A buy-market order's amount is the value to spend in the quote currency: the unified cost, or amount
        // times price when the caller gives a price to reckon with.
        if (unified['cost'] !== undefined) {
            return this.costToPrecision (symbol, unified['cost']);
        }
        if ((amount === undefined) || (price === undefined)) {
            throw new InvalidOrder (this.id + ' createOrder () a market buy spends quote currency: pass the unified param cost (or a price to multiply amount by)');
        }
        return this.costToPrecision (symbol, Precise.stringMul (this.numberToString (amount), this.numberToString (price)));
    }

    async createOrder (symbol, type, side, amount, price = undefined, params = {}) {
        // POST v1/order/orders/place: { account-id, symbol, type, amount, price, source: 'spot-api',
        // client-order-id, stop-price, operator } -> { data: order id }. reduceOnly has no meaning on spot.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const [ unified, rest ] = this.unifiedOrderParams (type, params);
        this.rejectUnifiedParams ('createOrder', unified, [ 'reduceOnly' ]);
        if ((type !== 'limit') && (type !== 'market')) {
            throw new InvalidOrder (this.id + ' createOrder () type must be limit or market, not ' + type);
        }
        if ((side !== 'buy') && (side !== 'sell')) {
            throw new InvalidOrder (this.id + ' createOrder () side must be buy or sell, not ' + side);
        }
        if ((unified['cost'] !== undefined) && (side !== 'buy')) {
            throw new InvalidOrder (this.id + ' createOrder () cost sizes market buy orders only: a market sell is sized by amount');
        }
        const orderType = this.orderTypeOf (type, side, unified);
        const accountId = await this.fetchSpotAccountId ();
        const request = {
            'account-id': accountId,
            'symbol': market['id'],
            'type': orderType,
            'source': 'spot-api',
        };
        if ((type === 'market') && (side === 'buy')) {
            request['amount'] = this.marketBuyValue (symbol, amount, price, unified);
        } else {
            request['amount'] = this.amountToPrecision (symbol, amount);
        }
        if (type === 'limit') {
            if (price === undefined) {
                throw new ArgumentsRequired (this.id + ' createOrder () requires a price for a limit order');
            }
            request['price'] = this.priceToPrecision (symbol, price);
        }
        if (unified['clientOrderId'] !== undefined) {
            request['client-order-id'] = unified['clientOrderId'];
        }
        if (unified['trigger'] !== undefined) {
            request['stop-price'] = this.priceToPrecision (symbol, unified['trigger']);
            request['operator'] = this.triggerOperator (side, unified['triggerKind']);
        }
        const response = await this.privatePostV1OrderOrdersPlace (this.extend (request, rest));
        // The answer is the order's id only: the order is what was asked for, its state unknown until fetched.
        const marketBuy = (type === 'market') && (side === 'buy');
        return this.safeOrder ({
            'id': this.safeString (response, 'data'),
            'clientOrderId': unified['clientOrderId'],
            'symbol': market['symbol'],
            'type': type,
            'side': side,
            'timeInForce': this.orderTimeInForce (orderType),
            'postOnly': unified['postOnly'],
            'price': this.safeString (request, 'price'),
            'triggerPrice': this.safeString (request, 'stop-price'),
            // A buy-market order's amount is the quote value to spend, not an amount of the base currency.
            'amount': marketBuy ? undefined : request['amount'],
            'info': response,
        }, market);
    }

    async createMarketBuyOrderWithCost (symbol, cost, params = {}) {
        return await this.createOrder (symbol, 'market', 'buy', undefined, undefined, this.extend (params, { 'cost': cost }));
    }

    async cancelOrder (id, symbol = undefined, params = {}) {
        // POST orders/{order-id}/submitcancel -> { data: order id }: the cancel is requested, the order
        // leaves the book shortly after.
        await this.loadMarkets ();
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
        }
        const response = await this.privatePostV1OrderOrdersOrderIdSubmitcancel (this.extend ({ 'order-id': id }, params));
        return this.safeOrder ({
            'id': this.safeString (response, 'data', id),
            'symbol': this.safeSymbol (undefined, market),
            'status': 'canceled',
            'info': response,
        }, market);
    }

    async cancelAllOrders (symbol = undefined, params = {}) {
        // POST orders/batchCancelOpenOrders { account-id, symbol } answers with counts only ({ success-count,
        // failed-count, next-id }): the open orders are listed first, and returned as canceled.
        await this.loadMarkets ();
        const accountId = await this.fetchSpotAccountId ();
        const request = { 'account-id': accountId };
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
            request['symbol'] = market['id'];
        }
        const open = await this.privateGetV1OrderOpenOrders (request);
        const orders = this.parseOrders (this.safeList (open, 'data', []), market);
        const response = await this.privatePostV1OrderOrdersBatchCancelOpenOrders (this.extend (request, params));
        return this.canceledOrders (orders, response);
    }

    async fetchOrder (id, symbol = undefined, params = {}) {
        // GET orders/{order-id}.
        await this.loadMarkets ();
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
        }
        const response = await this.privateGetV1OrderOrdersOrderId (this.extend ({ 'order-id': id }, params));
        return this.parseOrder (this.safeDict (response, 'data', {}), market);
    }

    async fetchOpenOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // openOrders: account-id (the spot account), symbol, size (at most 500); open orders, newest first.
        await this.loadMarkets ();
        const accountId = await this.fetchSpotAccountId ();
        const request = { 'account-id': accountId };
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
            request['symbol'] = market['id'];
        }
        if (limit !== undefined) {
            request['size'] = Math.min (limit, 500);
        }
        const response = await this.privateGetV1OrderOpenOrders (this.extend (request, params));
        return this.parseOrders (this.safeList (response, 'data', []), market, since, limit);
    }

    async fetchOrdersByStates (states, symbol, since, limit, params, method) {
        // GET v1/order/orders: symbol (required), states (comma-separated), start-time and end-time (ms; the
        // unified until), size (at most 100).
        if (symbol === undefined) {
            throw new ArgumentsRequired (this.id + ' ' + method + ' () requires a symbol: v1/order/orders lists one market');
        }
        await this.loadMarkets ();
        const market = this.market (symbol);
        let request = { 'symbol': market['id'], 'states': states };
        request = this.withTimeRange (request, since, params);
        if (limit !== undefined) {
            request['size'] = Math.min (limit, 100);
        }
        const response = await this.privateGetV1OrderOrders (this.extend (request, this.omit (params, 'until')));
        return this.parseOrders (this.safeList (response, 'data', []), market, since, limit);
    }

    async fetchOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchOrdersByStates ('submitted,partial-filled,filled,partial-canceled,canceled', symbol, since, limit, params, 'fetchOrders');
    }

    async fetchClosedOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchOrdersByStates ('filled,partial-canceled,canceled', symbol, since, limit, params, 'fetchClosedOrders');
    }

    withTimeRange (request, since, params) {
        // request with start-time and end-time in ms: since and the unified until (a copy: PHP passes arrays
        // by value).
        const range = {};
        if (since !== undefined) {
            range['start-time'] = since;
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            range['end-time'] = until;
        }
        return this.extend (request, range);
    }

    async fetchMyTrades (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // matchresults: symbol (required), start-time and end-time (ms), size (at most 500).
        if (symbol === undefined) {
            throw new ArgumentsRequired (this.id + ' fetchMyTrades () requires a symbol: matchresults lists one market');
        }
        await this.loadMarkets ();
        const market = this.market (symbol);
        let request = { 'symbol': market['id'] };
        request = this.withTimeRange (request, since, params);
        if (limit !== undefined) {
            request['size'] = Math.min (limit, 500);
        }
        const response = await this.privateGetV1OrderMatchresults (this.extend (request, this.omit (params, 'until')));
        return this.parseTrades (this.safeList (response, 'data', []), market, since, limit);
    }

    async fetchOrderTrades (id, symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // orders/{order-id}/matchresults: the trades of one order.
        await this.loadMarkets ();
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
        }
        const response = await this.privateGetV1OrderOrdersOrderIdMatchresults (this.extend ({ 'order-id': id }, params));
        return this.parseTrades (this.safeList (response, 'data', []), market, since, limit);
    }

    // --- funding -------------------------------------------------------------------------------------

    chainOf (networkCode, currency, method) {
        // HTX's chain id of a unified network code, from the currency's networks (chain ids differ per
        // currency: 'trc20usdt', 'trx'); a code the currency does not list is rejected, not sent as it is.
        const network = this.safeDict (this.safeDict (currency, 'networks', {}), networkCode.toUpperCase ());
        if (network === undefined) {
            throw new BadRequest (this.id + ' ' + method + ' () knows no network ' + networkCode + ' (the unified param network) of ' + currency['code'] + ': one of ' + Object.keys (this.safeDict (currency, 'networks', {})).join (', '));
        }
        return this.safeString (network, 'id');
    }

    networkOfChain (chainId, currency) {
        // The unified network code of an HTX chain id, through the currency's networks.
        if ((chainId === undefined) || (currency === undefined)) {
            return undefined;
        }
        const networks = this.safeDict (currency, 'networks', {});
        const codes = Object.keys (networks);
        for (let i = 0; i < codes.length; i++) {
            if (this.safeString (this.safeDict (networks, codes[i], {}), 'id') === chainId) {
                return codes[i];
            }
        }
        return chainId.toUpperCase ();
    }

    knownCurrency (currencyId) {
        // The loaded currency of an HTX currency id, or undefined.
        const code = this.safeCurrencyCode (currencyId);
        return this.safeDict (this.currencies, code);
    }

    parseTransaction (transaction, currency = undefined) {
        // deposit-withdraw: { id, type: 'deposit' or 'withdraw', currency, chain, tx-hash, amount, address,
        // address-tag, fee, state, created-at, updated-at }.
        const currencyId = this.safeString (transaction, 'currency');
        const code = this.safeCurrencyCode (currencyId, currency);
        const known = (currency !== undefined) ? currency : this.knownCurrency (currencyId);
        const type = this.safeString (transaction, 'type');
        const state = this.safeString (transaction, 'state');
        let fee = undefined;
        const feeCost = this.safeString (transaction, 'fee');
        if (feeCost !== undefined) {
            fee = { 'cost': feeCost, 'currency': code };
        }
        return this.safeTransaction ({
            'id': this.safeString (transaction, 'id'),
            'txid': this.safeString (transaction, 'tx-hash'),
            'timestamp': this.safeInteger (transaction, 'created-at'),
            'network': this.networkOfChain (this.safeString (transaction, 'chain'), known),
            'address': this.safeString (transaction, 'address'),
            'tag': this.safeString (transaction, 'address-tag'),
            'type': (type === 'withdraw') ? 'withdrawal' : type,
            'amount': this.safeString (transaction, 'amount'),
            'currency': code,
            'status': this.safeString (this.options['transactionStates'], state, state),
            'updated': this.safeInteger (transaction, 'updated-at'),
            'fee': fee,
            'info': transaction,
        }, currency);
    }

    async fetchTransfers (type, code, since, limit, params, method) {
        // v1/query/deposit-withdraw: type 'deposit' or 'withdraw', currency, size (at most 500), from (an id).
        // It takes no time range: since filters what comes back, and until cannot be honoured.
        if (this.safeValue (params, 'until') !== undefined) {
            throw new NotSupported (this.id + ' ' + method + ' () does not support the unified param until: deposit-withdraw pages by id, not by time');
        }
        await this.loadMarkets ();
        const request = { 'type': type };
        let currency = undefined;
        if (code !== undefined) {
            currency = this.currency (code);
            request['currency'] = currency['id'];
        }
        if (limit !== undefined) {
            request['size'] = Math.min (limit, 500);
        }
        const response = await this.privateGetV1QueryDepositWithdraw (this.extend (request, params));
        return this.parseTransactions (this.safeList (response, 'data', []), currency, since, limit);
    }

    async fetchDeposits (code = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchTransfers ('deposit', code, since, limit, params, 'fetchDeposits');
    }

    async fetchWithdrawals (code = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchTransfers ('withdraw', code, since, limit, params, 'fetchWithdrawals');
    }

    async fetchDepositAddress (code, params = {}) {
        // v2/account/deposit/address?currency: [ { currency, address, addressTag, chain } ], one a chain; the
        // one of the unified param network when given, else the first.
        await this.loadMarkets ();
        const currency = this.currency (code);
        const networkCode = this.safeString (params, 'network');
        let chain = undefined;
        if (networkCode !== undefined) {
            chain = this.chainOf (networkCode, currency, 'fetchDepositAddress');
        }
        const response = await this.privateGetV2AccountDepositAddress (this.extend ({ 'currency': currency['id'] }, this.omit (params, 'network')));
        const entries = this.safeList (response, 'data', []);
        let entry = undefined;
        for (let i = 0; i < entries.length; i++) {
            if ((chain === undefined) || (this.safeString (entries[i], 'chain') === chain)) {
                entry = entries[i];
                break;
            }
        }
        if ((entry === undefined) || (this.safeString (entry, 'address') === undefined)) {
            throw new InvalidAddress (this.id + ' fetchDepositAddress () has no ' + currency['code'] + ' address' + ((networkCode === undefined) ? '' : ' on ' + networkCode));
        }
        return {
            'currency': currency['code'],
            'address': this.safeString (entry, 'address'),
            'tag': this.safeString (entry, 'addressTag'),
            'network': this.networkOfChain (this.safeString (entry, 'chain'), currency),
            'info': entry,
        };
    }

    async withdraw (code, amount, address, tag = undefined, params = {}) {
        // POST v1/dw/withdraw/api/create: { address, currency, amount, chain, addr-tag } -> { data: id }. The
        // unified network code ('TRC20') is the currency's chain id ('trc20usdt').
        await this.loadMarkets ();
        const currency = this.currency (code);
        const request = {
            'address': address,
            'currency': currency['id'],
            'amount': this.numberToString (amount),
        };
        if (tag !== undefined) {
            request['addr-tag'] = tag;
        }
        const networkCode = this.safeString (params, 'network');
        if (networkCode !== undefined) {
            request['chain'] = this.chainOf (networkCode, currency, 'withdraw');
        }
        const response = await this.privatePostV1DwWithdrawApiCreate (this.extend (request, this.omit (params, 'network')));
        return this.safeTransaction ({
            'id': this.safeString (response, 'data'),
            'type': 'withdrawal',
            'address': address,
            'tag': tag,
            'amount': request['amount'],
            'currency': currency['code'],
            'network': (networkCode === undefined) ? undefined : networkCode.toUpperCase (),
            'status': 'pending',
            'info': response,
        });
    }

    // --- transport -----------------------------------------------------------------------------------

    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        const endpoint = '/' + this.implodeParams (path, params);
        const query = this.omit (params, this.extractParams (path));
        let url = this.urls['api'] + endpoint;
        if (api === 'public') {
            if (Object.keys (query).length > 0) {
                url = url + '?' + this.urlencode (query);
            }
            return { 'url': url, 'method': method, 'body': body, 'headers': headers };
        }
        // Signature version 2: base64 HMAC-SHA256 of "METHOD\nhost\npath\nquery", where the query holds
        // AccessKeyId, SignatureMethod, SignatureVersion and Timestamp (UTC, YYYY-MM-DDThh:mm:ss) and, for GET,
        // the request's params, sorted by name and URL-encoded. POST params go in a JSON body, unsigned.
        this.checkRequiredCredentials ();
        let signed = {
            'AccessKeyId': this.apiKey,
            'SignatureMethod': 'HmacSHA256',
            'SignatureVersion': '2',
            'Timestamp': this.ymdhms (this.milliseconds (), 'T'),
        };
        if (method === 'POST') {
            // An empty body is written out: PHP would encode an empty dictionary as a list, '[]'.
            body = (Object.keys (query).length > 0) ? this.json (query) : '{}';
            headers = { 'Content-Type': 'application/json' };
        } else {
            signed = this.extend (signed, query);
        }
        const encoded = this.urlencode (this.keysort (signed));
        const host = this.urls['api'].split ('//')[1];
        const payload = method + '\n' + host + '\n' + endpoint + '\n' + encoded;
        const signature = this.hmac (this.encode (payload), this.encode (this.secret), 'sha256', 'base64');
        url = url + '?' + encoded + '&Signature=' + this.encodeURIComponent (signature);
        return { 'url': url, 'method': method, 'body': body, 'headers': headers };
    }

    handleErrors (status, reason, url, method, responseHeaders, responseBody, response, requestHeaders, requestBody) {
        // v1: { status: 'error', err-code, err-msg } (HTTP 200); v2: { code, message } where code 200 is
        // success. The code picks the class where the map knows it, else the message, else ExchangeError.
        if ((response === undefined) || Array.isArray (response) || (typeof response !== 'object')) {
            return;
        }
        let code = undefined;
        let message = undefined;
        if (this.safeString (response, 'status') === 'error') {
            code = this.safeString (response, 'err-code');
            message = this.safeString (response, 'err-msg', '');
        } else {
            const v2code = this.safeString (response, 'code');
            if ((v2code === undefined) || (v2code === '200')) {
                return;
            }
            code = v2code;
            message = this.safeString (response, 'message', '');
        }
        // The URL without its query: it carries the AccessKeyId and the signature.
        const feedback = this.id + ' ' + method + ' ' + url.split ('?')[0] + ' ' + code + ' ' + message;
        this.throwExactlyMatchedException (this.exceptions['exact'], code, feedback);
        throw new ExchangeError (feedback);
    }
}
