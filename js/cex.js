// CEX.IO Spot Trading REST API (trade.cex.io, formerly Exchange Plus): https://trade.cex.io/docs/
import Exchange from './base/Exchange.js';
import { ArgumentsRequired, AuthenticationError, BadRequest, BadSymbol, ExchangeError, InsufficientFunds, InvalidOrder, NotSupported, OnMaintenance, OrderNotFound, PermissionDenied, RateLimitExceeded } from './base/errors.js';
import Precise from './base/Precise.js';
import { TICK_SIZE } from './base/functions/number.js';

export default class cex extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'cex',
            'name': 'CEX.IO',
            'countries': [ 'GB', 'EU', 'CY', 'RU' ],
            'version': 'spot',
            // Public calls: 100 points a minute per IP; private calls: 200 points a minute per API key. One unit
            // is 300 ms (a private point); a public point costs two units.
            'rateLimit': 300,
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
                'editOrder': false, // orders cannot be amended
                'fetchOrder': true,
                'fetchOrders': false, // get_my_orders lists open or archived orders, one kind a request
                'fetchOpenOrders': true,
                'fetchClosedOrders': true,
                'fetchMyTrades': false, // no list of the account's fills (transactions are balance movements)
                'fetchDeposits': true,
                'fetchWithdrawals': true,
                'fetchTransactions': true,
                'fetchLedger': true,
                'fetchDepositAddress': true,
                'withdraw': false, // external withdrawals are not supported via the Spot Trading API
                'fetchTime': true,
                'fetchStatus': false, // no status endpoint
                'fetchTradingFees': true,
                'cancelAllOrders': true,
                'fetchOrderTrades': false, // no fills per order
                'fetchTradingFee': true,
                'fetchDepositAddresses': false, // one address per currency and blockchain a request
                'createDepositAddress': false, // get_deposit_address hands out the sub-account's address
                'fetchDepositWithdrawFees': true,
                'transfer': true,
                'createMarketBuyOrderWithCost': true,
            },
            'urls': {
                'logo': 'https://cex.io/favicon.ico',
                'api': {
                    'public': 'https://trade.cex.io/api/spot/rest-public',
                    'private': 'https://trade.cex.io/api/spot/rest',
                },
                'www': 'https://cex.io',
                'doc': 'https://trade.cex.io/docs/',
                'fees': 'https://cex.io/spot-trading-fees',
            },
            // Every call is a POST of a JSON object to <endpoint>/<action>.
            'api': {
                'public': {
                    'post': {
                        'get_order_book': 2,
                        'get_candles': 2,
                        'get_trade_history': 2,
                        'get_ticker': 2,
                        'get_server_time': 2,
                        'get_pairs_info': 2,
                        'get_currencies_info': 2,
                        'get_processing_info': 20,
                    },
                },
                'private': {
                    'post': {
                        'get_my_current_fee': 5,
                        'get_fee_strategy': 1,
                        'get_my_volume': 5,
                        'do_create_account': 1,
                        'get_my_account_status_v3': 5,
                        'get_my_wallet_balance': 5,
                        'get_my_orders': 5,
                        'do_my_new_order': 1,
                        'do_cancel_my_order': 1,
                        'do_cancel_all_orders': 5,
                        'get_order_book': 1,
                        'get_candles': 1,
                        'get_trade_history': 1,
                        'get_my_transaction_history': 5,
                        'get_my_funding_history': 5,
                        'do_my_internal_transfer': 1,
                        'get_processing_info': 10,
                        'get_deposit_address': 5,
                        'do_deposit_funds_from_wallet': 1,
                        'do_withdrawal_funds_to_wallet': 1,
                    },
                },
            },
            // get_candles' resolution.
            'timeframes': {
                '1m': '1m',
                '5m': '5m',
                '15m': '15m',
                '30m': '30m',
                '1h': '1h',
                '2h': '2h',
                '4h': '4h',
                '1d': '1d',
            },
            'requiredCredentials': {
                'apiKey': true,
                'secret': true,
            },
            'fees': {
                'trading': {
                    'tierBased': true,
                    'percentage': true,
                    'taker': 0.0025,
                    'maker': 0.0025,
                },
            },
            'precisionMode': TICK_SIZE,
            'options': {
                // The sub-account orders are placed on: since 2023-11-13 new orders through the API are accepted on
                // sub-accounts only. Balances, orders and addresses are those of this account; '' is the main
                // account (for reading only).
                'accountId': undefined,
                // Key the signature with the base64-decoded secret (the docs' prose) instead of the secret as it
                // is (the docs' code sample, the default).
                'base64Secret': false,
                // Candles are computed from the best ask or the best bid (get_candles' dataType).
                'candlesDataType': 'bestAsk',
                'maxCandles': 1000,
                'maxTrades': 1000,
                'maxOrders': 1000,
                'maxTransactions': 100,
                // get_my_orders needs a start for archived orders and takes at most 365 days.
                'closedOrdersDays': 30,
                // CEX.IO's field clientOrderId has the unified name and meaning.
                'sameNameParams': [ 'clientOrderId' ],
                // Unified network codes and CEX.IO's blockchain names (get_processing_info).
                'networks': {
                    'BTC': 'bitcoin',
                    'ERC20': 'ethereum',
                    'TRC20': 'tron',
                    'XLM': 'stellar',
                    'XRP': 'ripple',
                },
                'orderStatuses': {
                    'PENDING_NEW': 'open',
                    'NEW': 'open',
                    'PARTIALLY_FILLED': 'open',
                    'PENDING_CANCEL': 'open',
                    'FILLED': 'closed',
                    'EXPIRED': 'expired',
                    'REJECTED': 'rejected',
                    'CANCELLED': 'canceled',
                    'CANCELED': 'canceled',
                },
                'transactionStatuses': {
                    'approved': 'ok',
                    'pending': 'pending',
                    'rejected': 'failed',
                },
                'ledgerTypes': {
                    'trade': 'trade',
                    'commission': 'fee',
                    'deposit': 'transaction',
                    'withdraw': 'transaction',
                    'internalTransfer': 'transfer',
                },
            },
            // Errors are { error: 'text', statusCode } (HTTP 4xx/5xx or 200), or { ok: 'ok', data: { error } };
            // a rejected new order answers ok with status REJECTED, rejectCode and rejectReason.
            'exceptions': {
                'exact': {
                    '401': AuthenticationError, // Authorization Failed: wrong key or signature
                    '403': InsufficientFunds, // rejectCode of an order: Insufficient funds
                    '429': RateLimitExceeded, // too many requests in a minute
                    '437': InvalidOrder, // rejectCode of an order: Too many active orders
                },
                'broad': {
                    'Insufficient funds': InsufficientFunds,
                    'Authorization Failed': AuthenticationError,
                    'Unsupported pair': BadSymbol,
                    'Unsupported currency': BadRequest,
                    'Blockchain is not supported': BadRequest,
                    'Mandatory parameter': BadRequest,
                    'should be specified': BadRequest,
                    'Page size is limited': BadRequest,
                    'Too many active orders': InvalidOrder,
                    'Too low amount': InvalidOrder,
                    'Amount should be greater than zero': BadRequest,
                    'is on maintenance': OnMaintenance,
                    'Permission denied': PermissionDenied,
                    'Order not found': OrderNotFound,
                    'Bad Request': BadRequest,
                },
            },
        });
    }

    // --- markets and currencies ----------------------------------------------------------------------

    async fetchTime (params = {}) {
        // get_server_time: { timestamp (ms), ISODate }.
        const response = await this.publicPostGetServerTime (params);
        return this.safeInteger (this.safeDict (response, 'data', {}), 'timestamp');
    }

    async fetchMarkets (params = {}) {
        // get_pairs_info: [ { base, quote, baseMin, baseMax, baseLotSize, quoteMin, quoteMax, quoteLotSize,
        // basePrecision, quotePrecision, pricePrecision (decimal places of prices), minPrice, maxPrice } ].
        const response = await this.publicPostGetPairsInfo (params);
        const data = this.safeValue (response, 'data', []);
        const entries = Array.isArray (data) ? data : [ data ];
        const result = [];
        for (let i = 0; i < entries.length; i++) {
            result.push (this.parseMarket (entries[i]));
        }
        return result;
    }

    parseMarket (entry) {
        const baseId = this.safeString (entry, 'base');
        const quoteId = this.safeString (entry, 'quote');
        const base = this.safeCurrencyCode (baseId);
        const quote = this.safeCurrencyCode (quoteId);
        return this.safeMarketStructure ({
            'id': baseId + '-' + quoteId,
            'symbol': base + '/' + quote,
            'base': base,
            'quote': quote,
            'baseId': baseId,
            'quoteId': quoteId,
            'active': true, // the list holds the pairs supported for trading
            'type': 'spot',
            'spot': true,
            'taker': this.fees['trading']['taker'],
            'maker': this.fees['trading']['maker'],
            'precision': {
                'amount': this.safeNumber (entry, 'baseLotSize'),
                'price': this.parseNumber (this.parsePrecision (this.safeString (entry, 'pricePrecision'))),
            },
            'limits': {
                'amount': { 'min': this.safeNumber (entry, 'baseMin'), 'max': this.safeNumber (entry, 'baseMax') },
                'price': { 'min': this.safeNumber (entry, 'minPrice'), 'max': this.safeNumber (entry, 'maxPrice') },
                'cost': { 'min': this.safeNumber (entry, 'quoteMin'), 'max': this.safeNumber (entry, 'quoteMax') },
            },
            'info': entry,
        });
    }

    async fetchCurrencies (params = {}) {
        // get_currencies_info: [ { currency, walletDeposit, walletWithdrawal, fiat, precision, walletPrecision } ]
        // (transfers between the CEX.IO Wallet and Spot Trading); get_processing_info: { CCY: { name,
        // blockchains: { name: { type, deposit, minDeposit, withdrawal, minWithdrawal, withdrawalFee } } } }
        // (external crypto transfers), the networks.
        const response = await this.publicPostGetCurrenciesInfo (params);
        const entries = this.safeList (response, 'data', []);
        const processing = await this.publicPostGetProcessingInfo ({});
        const chains = this.safeDict (processing, 'data', {});
        const result = {};
        for (let i = 0; i < entries.length; i++) {
            const entry = entries[i];
            const id = this.safeString (entry, 'currency');
            const code = this.safeCurrencyCode (id);
            const info = this.safeDict (chains, id, {});
            const networks = this.parseCurrencyNetworks (this.safeDict (info, 'blockchains', {}));
            const keys = Object.keys (networks);
            const deposit = this.safeBool (entry, 'walletDeposit');
            const withdraw = this.safeBool (entry, 'walletWithdrawal');
            result[code] = {
                'id': id,
                'code': code,
                'name': this.safeString (info, 'name'),
                'active': (deposit === true) || (withdraw === true),
                'deposit': deposit,
                'withdraw': withdraw,
                'fee': (keys.length === 1) ? this.safeNumber (this.safeDict (networks, keys[0], {}), 'fee') : undefined,
                'precision': this.parseNumber (this.parsePrecision (this.safeString (entry, 'precision'))),
                'limits': {
                    'amount': { 'min': undefined, 'max': undefined },
                    'withdraw': { 'min': undefined, 'max': undefined },
                },
                'networks': networks,
                'info': entry,
            };
        }
        return result;
    }

    parseCurrencyNetworks (blockchains) {
        // The blockchains of a currency by unified network code.
        const networks = {};
        const names = Object.keys (blockchains);
        for (let i = 0; i < names.length; i++) {
            const chain = this.safeDict (blockchains, names[i], {});
            const networkCode = this.networkCode (names[i]);
            const deposit = this.safeString (chain, 'deposit') === 'enabled';
            const withdraw = this.safeString (chain, 'withdrawal') === 'enabled';
            networks[networkCode] = {
                'id': names[i],
                'network': networkCode,
                'active': deposit && withdraw,
                'deposit': deposit,
                'withdraw': withdraw,
                'fee': this.safeNumber (chain, 'withdrawalFee'),
                'precision': undefined,
                'limits': {
                    'withdraw': { 'min': this.safeNumber (chain, 'minWithdrawal'), 'max': undefined },
                    'deposit': { 'min': this.safeNumber (chain, 'minDeposit'), 'max': undefined },
                },
            };
        }
        return networks;
    }

    async fetchDepositWithdrawFees (codes = undefined, params = {}) {
        // External withdrawal fees per blockchain (get_processing_info); deposits are free.
        const currencies = await this.fetchCurrencies (params);
        return this.depositWithdrawFeesFromCurrencies (currencies, codes);
    }

    // --- market data ---------------------------------------------------------------------------------

    parseTicker (ticker, market = undefined) {
        // get_ticker, by pair: { bestBid, bestAsk, bestBidChange, bestAskChange, volume30d, low, high, volume
        // (24 h, base), quoteVolume, lastTradeVolume, last (indicative), lastTradePrice, priceChange,
        // priceChangePercentage, lastTradeDateISO, volumeUSD }, with its pair added.
        market = this.safeMarket (this.safeString (ticker, 'pair'), market, '-');
        return this.safeTicker ({
            'symbol': market['symbol'],
            'high': this.safeString (ticker, 'high'),
            'low': this.safeString (ticker, 'low'),
            'bid': this.safeString (ticker, 'bestBid'),
            'ask': this.safeString (ticker, 'bestAsk'),
            'last': this.safeString (ticker, 'lastTradePrice'),
            'close': this.safeString (ticker, 'lastTradePrice'),
            'change': this.safeString (ticker, 'priceChange'),
            'percentage': this.safeString (ticker, 'priceChangePercentage'),
            'baseVolume': this.safeString (ticker, 'volume'),
            'quoteVolume': this.safeString (ticker, 'quoteVolume'),
            'info': ticker,
        }, market);
    }

    async fetchTicker (symbol, params = {}) {
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicPostGetTicker (this.extend ({ 'pairs': [ market['id'] ] }, params));
        const data = this.safeDict (response, 'data', {});
        return this.parseTicker (this.extend (this.safeDict (data, market['id'], {}), { 'pair': market['id'] }), market);
    }

    async fetchTickers (symbols = undefined, params = {}) {
        // get_ticker: pairs (every pair without it) -> { 'BTC-USD': { ... }, ... }; each ticker gets its pair
        // beside its fields.
        await this.loadMarkets ();
        const request = {};
        if (symbols !== undefined) {
            request['pairs'] = this.marketIds (symbols);
        }
        const response = await this.publicPostGetTicker (this.extend (request, params));
        const data = this.safeDict (response, 'data', {});
        const ids = Object.keys (data);
        const tickers = [];
        for (let i = 0; i < ids.length; i++) {
            tickers.push (this.extend (this.safeDict (data, ids[i], {}), { 'pair': ids[i] }));
        }
        return this.parseTickers (tickers, symbols);
    }

    async fetchOrderBook (symbol, limit = undefined, params = {}) {
        // get_order_book: { timestamp (ms), currency1, currency2, bids, asks }, [ price, amount ]; the whole
        // book, which limit cuts.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicPostGetOrderBook (this.extend ({ 'pair': market['id'] }, params));
        const data = this.safeDict (response, 'data', {});
        const book = this.parseOrderBook (data, market['symbol'], this.safeInteger (data, 'timestamp'));
        if (limit !== undefined) {
            book['bids'] = book['bids'].slice (0, limit);
            book['asks'] = book['asks'].slice (0, limit);
        }
        return book;
    }

    parseOHLCV (ohlcv, market = undefined) {
        // get_candles: { timestamp (ms), open, high, low, close, volume (base), resolution, isClosed,
        // timestampISO }; prices are those of the best ask or the best bid (options.candlesDataType).
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
        // get_candles: pair, resolution, dataType, and fromISO or toISO (ms) with limit, or both without it.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const resolution = this.safeString (this.timeframes, timeframe);
        if (resolution === undefined) {
            throw new BadRequest (this.id + ' fetchOHLCV () does not support the timeframe ' + timeframe + ': one of ' + Object.keys (this.timeframes).join (', '));
        }
        const request = {
            'pair': market['id'],
            'dataType': this.safeString (this.options, 'candlesDataType', 'bestAsk'),
            'resolution': resolution,
        };
        const until = this.safeInteger (params, 'until');
        const count = (limit === undefined) ? this.options['maxCandles'] : Math.min (limit, this.options['maxCandles']);
        if ((since !== undefined) && (until !== undefined)) {
            request['fromISO'] = since;
            request['toISO'] = until;
        } else if (since !== undefined) {
            request['fromISO'] = since;
            request['limit'] = count;
        } else {
            request['toISO'] = (until === undefined) ? this.milliseconds () : until;
            request['limit'] = count;
        }
        const response = await this.publicPostGetCandles (this.extend (request, this.omit (params, 'until')));
        // One candle comes as an object; a candle without prices (no data in its period) is left out.
        const data = this.safeValue (response, 'data', []);
        const candles = Array.isArray (data) ? data : [ data ];
        const priced = [];
        for (let i = 0; i < candles.length; i++) {
            if (this.safeString (candles[i], 'open') !== undefined) {
                priced.push (candles[i]);
            }
        }
        // The first candle is the one that includes since (it starts before it): since is not filtered again.
        return this.parseOHLCVs (priced, market, timeframe, undefined, limit);
    }

    parseTrade (trade, market = undefined) {
        // get_trade_history: { tradeId: '<ms>-<n>', dateISO, side: 'BUY' or 'SELL', price, amount (base) }.
        return this.safeTrade ({
            'id': this.safeString (trade, 'tradeId'),
            'symbol': this.safeSymbol (undefined, market),
            'timestamp': this.parse8601 (this.safeString (trade, 'dateISO')),
            'side': this.safeStringLower (trade, 'side'),
            'price': this.safeString (trade, 'price'),
            'amount': this.safeString (trade, 'amount'),
            'info': trade,
        }, market);
    }

    async fetchTrades (symbol, since = undefined, limit = undefined, params = {}) {
        // get_trade_history: pair, fromDateISO (an ISO date), pageSize (100 by default) -> { pageSize,
        // trades }, oldest first.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'pair': market['id'] };
        if (since !== undefined) {
            request['fromDateISO'] = this.iso8601 (since);
        }
        if (limit !== undefined) {
            request['pageSize'] = Math.min (limit, this.options['maxTrades']);
        }
        const response = await this.publicPostGetTradeHistory (this.extend (request, params));
        const trades = this.safeList (this.safeDict (response, 'data', {}), 'trades', []);
        return this.parseTrades (trades, market, since, limit);
    }

    // --- account -------------------------------------------------------------------------------------

    accountIdOf (params, method, required) {
        // The sub-account of a request: params.accountId, else options.accountId; '' is the main account.
        let accountId = this.safeString (params, 'accountId', this.safeString (this.options, 'accountId'));
        if ((accountId === undefined) && ((params['accountId'] === '') || (this.options['accountId'] === ''))) {
            accountId = ''; // the safe* helpers read '' as missing
        }
        if (required && ((accountId === undefined) || (accountId === ''))) {
            throw new ArgumentsRequired (this.id + ' ' + method + ' () requires a sub-account: set options.accountId or params.accountId (API orders, addresses and wallet transfers work on sub-accounts only)');
        }
        return accountId;
    }

    async fetchBalance (params = {}) {
        // get_my_account_status_v3: accountIds -> { convertedCurrency, balancesPerAccounts: { accountId:
        // { CCY: { balance (including what orders hold), balanceOnHold, balanceInConvertedCurrency } } } }.
        await this.loadMarkets ();
        const accountId = this.accountIdOf (params, 'fetchBalance', false);
        const account = (accountId === undefined) ? '' : accountId;
        const response = await this.privatePostGetMyAccountStatusV3 (this.extend ({ 'accountIds': [ account ] }, this.omit (params, 'accountId')));
        const data = this.safeDict (response, 'data', {});
        const balances = this.safeDict (this.safeDict (data, 'balancesPerAccounts', {}), account, {});
        const result = { 'info': response };
        const ids = Object.keys (balances);
        for (let i = 0; i < ids.length; i++) {
            const entry = this.safeDict (balances, ids[i], {});
            const code = this.safeCurrencyCode (ids[i]);
            const balance = this.account ();
            balance['total'] = this.safeString (entry, 'balance');
            balance['used'] = this.safeString (entry, 'balanceOnHold');
            result[code] = balance;
        }
        return this.safeBalance (result);
    }

    async fetchTradingFees (params = {}) {
        // get_my_current_fee: { tradingFee: { 'BTC-USD': { percent } } }, the account's fee now (one rate for
        // takers and makers, in percent).
        await this.loadMarkets ();
        const response = await this.privatePostGetMyCurrentFee (params);
        const fees = this.safeDict (this.safeDict (response, 'data', {}), 'tradingFee', {});
        const ids = Object.keys (fees);
        const result = {};
        for (let i = 0; i < ids.length; i++) {
            const entry = this.safeDict (fees, ids[i], {});
            const symbol = this.safeSymbol (ids[i], undefined, '-');
            const percent = this.safeString (entry, 'percent');
            const rate = (percent === undefined) ? undefined : this.parseNumber (Precise.stringDiv (percent, '100'));
            result[symbol] = {
                'symbol': symbol,
                'maker': rate,
                'taker': rate,
                'info': entry,
            };
        }
        return result;
    }

    async fetchTradingFee (symbol, params = {}) {
        // get_my_current_fee reports every pair at once.
        return await this.tradingFeeOfAll (symbol, params);
    }

    // --- orders --------------------------------------------------------------------------------------

    parseOrder (order, market = undefined) {
        // get_my_orders and do_my_new_order: { orderId, clientOrderId, accountId, status, currency1,
        // currency2, side, orderType (Market, Limit, StopLimit), timeInForce, executedAmountCcy1,
        // executedAmountCcy2, requestedAmountCcy1, requestedAmountCcy2, feeAmount, feeCurrency, price,
        // averagePrice, stopPrice, clientCreateTimestamp, serverCreateTimestamp, lastUpdateTimestamp }.
        const baseId = this.safeString (order, 'currency1');
        const quoteId = this.safeString (order, 'currency2');
        const marketId = ((baseId === undefined) || (quoteId === undefined)) ? undefined : (baseId + '-' + quoteId);
        market = this.safeMarket (marketId, market, '-');
        const orderType = this.safeStringLower (order, 'orderType');
        const type = ((orderType === 'stoplimit') || (orderType === 'limit')) ? 'limit' : 'market';
        let fee = undefined;
        const feeAmount = this.safeString (order, 'feeAmount');
        if (feeAmount !== undefined) {
            fee = { 'cost': feeAmount, 'currency': this.safeCurrencyCode (this.safeString (order, 'feeCurrency')) };
        }
        const status = this.safeString (order, 'status');
        const timeInForce = this.safeString (order, 'timeInForce');
        const id = this.safeString (order, 'orderId');
        return this.safeOrder ({
            'id': id,
            'clientOrderId': this.safeString (order, 'clientOrderId'),
            'symbol': market['symbol'],
            'timestamp': this.safeInteger (order, 'serverCreateTimestamp'),
            'lastUpdateTimestamp': this.safeInteger (order, 'lastUpdateTimestamp'),
            'status': this.safeString (this.options['orderStatuses'], status),
            'type': (orderType === undefined) ? undefined : type,
            'timeInForce': ((timeInForce === 'GTC') || (timeInForce === 'IOC')) ? timeInForce : undefined,
            'side': this.safeStringLower (order, 'side'),
            'price': this.safeString (order, 'price'),
            'triggerPrice': this.safeString (order, 'stopPrice'),
            'average': this.safeString (order, 'averagePrice'),
            'amount': this.safeString (order, 'requestedAmountCcy1'),
            'filled': this.safeString (order, 'executedAmountCcy1'),
            'cost': this.safeString (order, 'executedAmountCcy2'),
            'fee': fee,
            'info': order,
        }, market);
    }

    async createOrder (symbol, type, side, amount, price = undefined, params = {}) {
        // do_my_new_order: { clientOrderId, accountId (a sub-account), currency1, currency2, side (BUY, SELL),
        // timestamp (ms), orderType (Market, Limit, StopLimit), timeInForce (GTC, IOC, GTD; IOC only for
        // market orders), amountCcy1 or amountCcy2, price, stopPrice }. The unified params: clientOrderId is
        // clientOrderId, timeInForce GTC and IOC are timeInForce, cost is amountCcy2 (a market order sized in
        // the quote currency), triggerPrice makes a StopLimit order with stopPrice. There is no post-only
        // flag, no FOK, no stop-loss or take-profit direction and no reduceOnly.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const [ unified, rest ] = this.unifiedOrderParams (type, params);
        this.rejectUnifiedParams ('createOrder', unified, [ 'reduceOnly', 'stopLossPrice', 'takeProfitPrice' ]);
        if (unified['postOnly']) {
            throw new NotSupported (this.id + ' createOrder () does not support the unified param postOnly (timeInForce PO): there is no post-only order');
        }
        if ((type !== 'limit') && (type !== 'market')) {
            throw new InvalidOrder (this.id + ' createOrder () type must be limit or market, not ' + type);
        }
        if (unified['timeInForce'] === 'FOK') {
            throw new NotSupported (this.id + ' createOrder () does not support timeInForce FOK: one of GTC or IOC');
        }
        const accountId = this.accountIdOf (rest, 'createOrder', true);
        const request = {};
        if (unified['clientOrderId'] !== undefined) {
            request['clientOrderId'] = unified['clientOrderId'];
        }
        request['accountId'] = accountId;
        request['currency1'] = market['baseId'];
        request['currency2'] = market['quoteId'];
        request['side'] = side.toUpperCase ();
        request['timestamp'] = this.milliseconds ();
        if (type === 'market') {
            if (unified['triggerPrice'] !== undefined) {
                throw new NotSupported (this.id + ' createOrder () supports triggerPrice on limit orders only (StopLimit)');
            }
            if ((unified['timeInForce'] !== undefined) && (unified['timeInForce'] !== 'IOC')) {
                throw new InvalidOrder (this.id + ' createOrder () market orders are IOC only, not ' + unified['timeInForce']);
            }
            request['orderType'] = 'Market';
            request['timeInForce'] = 'IOC';
            if (unified['cost'] !== undefined) {
                if (side !== 'buy') {
                    throw new InvalidOrder (this.id + ' createOrder () cost sizes market buy orders only');
                }
                request['amountCcy2'] = this.costToPrecision (symbol, unified['cost']);
            } else {
                request['amountCcy1'] = this.amountToPrecision (symbol, amount);
            }
        } else {
            if (price === undefined) {
                throw new ArgumentsRequired (this.id + ' createOrder () requires a price for a limit order');
            }
            if (unified['cost'] !== undefined) {
                throw new InvalidOrder (this.id + ' createOrder () cost sizes market buy orders only');
            }
            request['orderType'] = (unified['triggerPrice'] === undefined) ? 'Limit' : 'StopLimit';
            request['timeInForce'] = (unified['timeInForce'] === undefined) ? 'GTC' : unified['timeInForce'];
            request['amountCcy1'] = this.amountToPrecision (symbol, amount);
            request['price'] = this.priceToPrecision (symbol, price);
            if (unified['triggerPrice'] !== undefined) {
                request['stopPrice'] = this.priceToPrecision (symbol, unified['triggerPrice']);
            }
        }
        const response = await this.privatePostDoMyNewOrder (this.extend (request, this.omit (rest, 'accountId')));
        return this.parseOrder (this.safeDict (response, 'data', {}), market);
    }

    async createMarketBuyOrderWithCost (symbol, cost, params = {}) {
        return await this.createOrder (symbol, 'market', 'buy', undefined, undefined, this.extend (params, { 'cost': cost }));
    }

    async cancelOrder (id, symbol = undefined, params = {}) {
        // do_cancel_my_order: { orderId (a number), cancelRequestId, timestamp } -> {}: the request is taken.
        await this.loadMarkets ();
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
        }
        const request = {
            'orderId': parseInt (id),
            'cancelRequestId': 'cancel_' + this.uuid (),
            'timestamp': this.milliseconds (),
        };
        const response = await this.privatePostDoCancelMyOrder (this.extend (request, params));
        return this.safeOrder ({
            'id': id,
            'symbol': this.safeSymbol (undefined, market),
            'info': response,
        }, market);
    }

    async cancelAllOrders (symbol = undefined, params = {}) {
        // do_cancel_all_orders: { accountIds } -> { clientOrderIds }: every pair, so no symbol. The result is
        // the open orders listed just before, canceled.
        if (symbol !== undefined) {
            throw new NotSupported (this.id + ' cancelAllOrders () cancels the orders of every pair: call it without a symbol');
        }
        await this.loadMarkets ();
        const accountId = this.accountIdOf (params, 'cancelAllOrders', false);
        const query = this.omit (params, 'accountId');
        const request = {};
        if (accountId !== undefined) {
            request['accountIds'] = [ accountId ];
        }
        const open = await this.fetchOpenOrders (undefined, undefined, undefined, this.extend ({}, request));
        const response = await this.privatePostDoCancelAllOrders (this.extend (request, query));
        return this.canceledOrders (open, response);
    }

    async fetchOrder (id, symbol = undefined, params = {}) {
        // get_my_orders with orderId (a number): a list of that one order.
        await this.loadMarkets ();
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
        }
        const response = await this.privatePostGetMyOrders (this.extend ({ 'orderId': parseInt (id) }, params));
        const orders = this.safeList (response, 'data', []);
        if (orders.length === 0) {
            throw new OrderNotFound (this.id + ' fetchOrder () found no order ' + id);
        }
        return this.parseOrder (orders[0], market);
    }

    async fetchMyOrders (archived, symbol, since, limit, params) {
        // get_my_orders: archived, pair, accountIds, serverCreateTimestampFrom and To (ms), pageSize (at most
        // 1000), newest first.
        await this.loadMarkets ();
        const request = {};
        if (archived) {
            request['archived'] = true;
        }
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
            request['pair'] = market['id'];
        }
        const accountId = this.accountIdOf (params, 'fetchOrders', false);
        if (accountId !== undefined) {
            request['accountIds'] = [ accountId ];
        }
        const until = this.safeInteger (params, 'until');
        if (since !== undefined) {
            request['serverCreateTimestampFrom'] = since;
        } else if (archived) {
            // Archived orders need a start; the period is at most 365 days.
            const end = (until === undefined) ? this.milliseconds () : until;
            request['serverCreateTimestampFrom'] = end - this.options['closedOrdersDays'] * 86400000;
        }
        if (until !== undefined) {
            request['serverCreateTimestampTo'] = until;
        }
        if (limit !== undefined) {
            request['pageSize'] = Math.min (limit, this.options['maxOrders']);
        }
        const response = await this.privatePostGetMyOrders (this.extend (request, this.omit (params, [ 'until', 'accountId' ])));
        return this.parseOrders (this.safeList (response, 'data', []), market, since, limit);
    }

    async fetchOpenOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchMyOrders (false, symbol, since, limit, params);
    }

    async fetchClosedOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchMyOrders (true, symbol, since, limit, params);
    }

    // --- funding -------------------------------------------------------------------------------------

    parseTransaction (transaction, currency = undefined) {
        // get_my_funding_history: { txId, clientId, accountId, currency, direction ('deposit', 'withdraw'),
        // amount, commissionAmount, status ('approved', 'pending', 'rejected'), updatedAt }.
        const code = this.safeCurrencyCode (this.safeString (transaction, 'currency'), currency);
        const direction = this.safeString (transaction, 'direction');
        const status = this.safeString (transaction, 'status');
        let fee = undefined;
        const commission = this.safeString (transaction, 'commissionAmount');
        if (commission !== undefined) {
            fee = { 'cost': commission, 'currency': code };
        }
        const updated = this.parse8601 (this.safeString (transaction, 'updatedAt'));
        return this.safeTransaction ({
            'id': this.safeString (transaction, 'txId'),
            'timestamp': updated,
            'type': (direction === 'withdraw') ? 'withdrawal' : direction,
            'amount': this.safeString (transaction, 'amount'),
            'currency': code,
            'status': this.safeString (this.options['transactionStatuses'], status, status),
            'updated': updated,
            'fee': fee,
            'info': transaction,
        }, currency);
    }

    async fetchFunding (direction, code, since, limit, params) {
        // get_my_funding_history: direction, currency, accountId, dateFrom and dateTo (ms), pageSize (at most
        // 100).
        await this.loadMarkets ();
        const request = {};
        if (direction !== undefined) {
            request['direction'] = direction;
        }
        let currency = undefined;
        if (code !== undefined) {
            currency = this.currency (code);
            request['currency'] = currency['id'];
        }
        const accountId = this.accountIdOf (params, 'fetchTransactions', false);
        if (accountId !== undefined) {
            request['accountId'] = accountId;
        }
        if (since !== undefined) {
            request['dateFrom'] = since;
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            request['dateTo'] = until;
        }
        if (limit !== undefined) {
            request['pageSize'] = Math.min (limit, this.options['maxTransactions']);
        }
        const response = await this.privatePostGetMyFundingHistory (this.extend (request, this.omit (params, [ 'until', 'accountId' ])));
        return this.parseTransactions (this.safeList (response, 'data', []), currency, since, limit);
    }

    async fetchDeposits (code = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchFunding ('deposit', code, since, limit, params);
    }

    async fetchWithdrawals (code = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchFunding ('withdraw', code, since, limit, params);
    }

    async fetchTransactions (code = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchFunding (undefined, code, since, limit, params);
    }

    parseLedgerEntry (item, currency = undefined) {
        // get_my_transaction_history: { transactionId, timestamp (ISO), accountId, type ('trade', 'commission',
        // 'deposit', 'withdraw', 'internalTransfer'), amount (signed), details, currency }.
        const code = this.safeCurrencyCode (this.safeString (item, 'currency'), currency);
        const amount = this.safeString (item, 'amount');
        let direction = undefined;
        if (amount !== undefined) {
            direction = Precise.stringLt (amount, '0') ? 'out' : 'in';
        }
        const type = this.safeString (item, 'type');
        return this.safeLedgerEntry ({
            'id': this.safeString (item, 'transactionId'),
            'timestamp': this.parse8601 (this.safeString (item, 'timestamp')),
            'direction': direction,
            'account': this.safeString (item, 'accountId'), // undefined for the main account ('')
            'type': this.safeString (this.options['ledgerTypes'], type, type),
            'currency': code,
            'amount': (amount === undefined) ? undefined : Precise.stringAbs (amount),
            'status': 'ok',
            'info': item,
        }, currency);
    }

    async fetchLedger (code = undefined, since = undefined, limit = undefined, params = {}) {
        // get_my_transaction_history: accountId, dateFrom and dateTo (ms), pageSize (at most 100); every
        // currency (the list has no currency filter, so code filters the page).
        await this.loadMarkets ();
        const request = {};
        let currency = undefined;
        if (code !== undefined) {
            currency = this.currency (code);
        }
        const accountId = this.accountIdOf (params, 'fetchLedger', false);
        if (accountId !== undefined) {
            request['accountId'] = accountId;
        }
        if (since !== undefined) {
            request['dateFrom'] = since;
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            request['dateTo'] = until;
        }
        if (limit !== undefined) {
            request['pageSize'] = Math.min (limit, this.options['maxTransactions']);
        }
        const response = await this.privatePostGetMyTransactionHistory (this.extend (request, this.omit (params, [ 'until', 'accountId' ])));
        return this.parseLedger (this.safeList (response, 'data', []), currency, since, limit);
    }

    async fetchDepositAddress (code, params = {}) {
        // get_deposit_address: { accountId (a sub-account), currency, blockchain } -> { accountId, address, or
        // destination and memo (XRP, XLM, ATOM), currency, blockchain }. The blockchain is required: the
        // unified param network (get_processing_info lists a currency's blockchains).
        await this.loadMarkets ();
        const currency = this.currency (code);
        const networkCode = this.safeString (params, 'network');
        if (networkCode === undefined) {
            throw new ArgumentsRequired (this.id + ' fetchDepositAddress () requires the unified param network (the blockchain, e.g. ERC20 or TRC20)');
        }
        const accountId = this.accountIdOf (params, 'fetchDepositAddress', true);
        const request = {
            'accountId': accountId,
            'currency': currency['id'],
            'blockchain': this.networkId (networkCode, currency),
        };
        const response = await this.privatePostGetDepositAddress (this.extend (request, this.omit (params, [ 'network', 'accountId' ])));
        const data = this.safeDict (response, 'data', {});
        return {
            'currency': code,
            'address': this.safeString2 (data, 'address', 'destination'),
            'tag': this.safeString (data, 'memo'),
            'network': this.networkCode (this.safeString (data, 'blockchain'), currency),
            'info': data,
        };
    }

    async transfer (code, amount, fromAccount, toAccount, params = {}) {
        // 'funding' (or 'wallet') is the CEX.IO Wallet, 'spot' the sub-account of options.accountId, any
        // other name a sub-account id. Wallet to sub-account: do_deposit_funds_from_wallet; sub-account to
        // Wallet: do_withdrawal_funds_to_wallet; between sub-accounts: do_my_internal_transfer. Each takes a
        // clientTxId that makes a repeated request harmless.
        await this.loadMarkets ();
        const currency = this.currency (code);
        const from = this.transferAccount (fromAccount);
        const to = this.transferAccount (toAccount);
        const clientTxId = this.safeString (params, 'clientTxId', this.uuid ());
        const query = this.omit (params, 'clientTxId');
        const value = this.currencyToPrecision (code, amount);
        let response = undefined;
        if ((from === undefined) && (to === undefined)) {
            throw new BadRequest (this.id + ' transfer () moves funds between the CEX.IO Wallet and sub-accounts, or between sub-accounts, not from the Wallet to itself');
        } else if (from === undefined) {
            response = await this.privatePostDoDepositFundsFromWallet (this.extend ({ 'amount': value, 'currency': currency['id'], 'accountId': to, 'clientTxId': clientTxId }, query));
        } else if (to === undefined) {
            response = await this.privatePostDoWithdrawalFundsToWallet (this.extend ({ 'amount': value, 'currency': currency['id'], 'accountId': from, 'clientTxId': clientTxId }, query));
        } else {
            response = await this.privatePostDoMyInternalTransfer (this.extend ({ 'fromAccountId': from, 'toAccountId': to, 'amount': value, 'currency': currency['id'], 'clientTxId': clientTxId }, query));
        }
        const data = this.safeDict (response, 'data', {});
        const status = this.safeString (data, 'status');
        return this.safeTransfer ({
            'id': this.safeString2 (data, 'transactionId', 'clientTxId'),
            'currency': code,
            'amount': value,
            'fromAccount': fromAccount,
            'toAccount': toAccount,
            'status': (status === undefined) ? 'ok' : this.safeString (this.options['transactionStatuses'], status, status),
            'info': response,
        });
    }

    transferAccount (account) {
        // undefined for the CEX.IO Wallet, else the sub-account id.
        if ((account === 'funding') || (account === 'wallet')) {
            return undefined;
        }
        if (account === 'spot') {
            return this.accountIdOf ({}, 'transfer', true);
        }
        if ((account === undefined) || (account === '')) {
            throw new BadRequest (this.id + ' transfer () names no account: funding (the CEX.IO Wallet), spot (options.accountId) or a sub-account id');
        }
        return account;
    }

    // --- transport -----------------------------------------------------------------------------------

    sign (path, api = 'public', method = 'POST', params = {}, headers = undefined, body = undefined) {
        // Every call is POST <endpoint>/<action> with the params as a JSON object (an empty one written out:
        // PHP would encode an empty dictionary as a list).
        const url = this.safeString (this.urls['api'], api) + '/' + path;
        body = (Object.keys (params).length > 0) ? this.json (params) : '{}';
        headers = { 'Content-Type': 'application/json' };
        if (api === 'private') {
            // X-AGGR-SIGNATURE: base64 (HMAC-SHA256 (secret, action + timestamp + body)), the timestamp in
            // seconds (X-AGGR-TIMESTAMP). The documentation's code sample keys the HMAC with the secret as it
            // is; its prose says base64-decoded, which options.base64Secret selects.
            this.checkRequiredCredentials ();
            const key = this.safeBool (this.options, 'base64Secret', false) ? this.base64ToBinary (this.secret) : this.encode (this.secret);
            const timestamp = this.numberToString (this.seconds ());
            const payload = path + timestamp + body;
            headers['X-AGGR-KEY'] = this.apiKey;
            headers['X-AGGR-TIMESTAMP'] = timestamp;
            headers['X-AGGR-SIGNATURE'] = this.hmac (this.encode (payload), key, 'sha256', 'base64');
        }
        return { 'url': url, 'method': method, 'body': body, 'headers': headers };
    }

    handleErrors (status, reason, url, method, responseHeaders, responseBody, response, requestHeaders, requestBody) {
        // { error, statusCode } at the top or under data; a new order the engine rejected answers ok with
        // data { status: 'REJECTED', rejectCode, rejectReason }.
        if ((response === undefined) || Array.isArray (response) || (typeof response !== 'object')) {
            return;
        }
        const data = this.safeValue (response, 'data');
        let message = this.safeString (response, 'error');
        let code = this.safeString (response, 'statusCode');
        if ((message === undefined) && (data !== undefined) && !Array.isArray (data) && (typeof data === 'object')) {
            message = this.safeString (data, 'error');
            code = this.safeString (data, 'statusCode', code);
            if ((message === undefined) && (this.safeString (data, 'status') === 'REJECTED')) {
                message = this.safeString (data, 'rejectReason', 'rejected');
                code = this.safeString (data, 'rejectCode');
            }
        }
        if (message === undefined) {
            return;
        }
        const feedback = this.id + ' ' + url + ' ' + message;
        this.throwBroadlyMatchedException (this.exceptions['broad'], message, feedback);
        if (code !== undefined) {
            this.throwExactlyMatchedException (this.exceptions['exact'], code, feedback);
        }
        throw new ExchangeError (feedback);
    }
}
