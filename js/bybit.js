// Bybit API v5, spot markets (category=spot): https://bybit-exchange.github.io/docs/v5/intro
import Exchange from './base/Exchange.js';
import { AccountSuspended, ArgumentsRequired, AuthenticationError, BadRequest, BadSymbol, CancelPending, DuplicateOrderId, ExchangeError, ExchangeNotAvailable, InsufficientFunds, InvalidAddress, InvalidNonce, InvalidOrder, NotSupported, OrderNotFound, PermissionDenied, RateLimitExceeded, RequestTimeout } from './base/errors.js';
import Precise from './base/Precise.js';
import { TICK_SIZE } from './base/functions/number.js';

export default class bybit extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'bybit',
            'name': 'Bybit',
            'countries': [ 'VG' ],
            'version': 'v5',
            // IP limits: 50 GET requests a second (20 ms is one unit of cost), 20 POST requests a second (cost 2.5).
            // Per-UID limits where the rate-limit table states one: spot order endpoints 20/s (2.5), fee-rate
            // 10/s (5), coin/query-info 2/s (25), deposit and withdrawal records 300/min (10), transfer lists
            // 60/min (50), inter-transfer 20/min (150), withdraw/create 10/min (300).
            'rateLimit': 20,
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
                'fetchOrder': true,
                'fetchOrders': true,
                'fetchOpenOrders': true,
                'fetchClosedOrders': true,
                'fetchMyTrades': true,
                'fetchDeposits': true,
                'fetchWithdrawals': true,
                'fetchTransactions': false, // deposits and withdrawals are two separate histories
                'fetchLedger': true,
                'fetchDepositAddress': true,
                'withdraw': true,
                'fetchTime': true,
                'fetchStatus': true,
                'fetchTradingFees': true,
                'cancelAllOrders': true,
                'fetchOrderTrades': true,
                'fetchTradingFee': true,
                'fetchDepositAddresses': true,
                'createDepositAddress': false, // addresses are assigned, not created, over the API
                'fetchDepositWithdrawFees': true,
                'transfer': true,
                'createMarketBuyOrderWithCost': true,
            },
            'urls': {
                'logo': 'https://www.bybit.com/favicon.ico',
                'api': 'https://api.bybit.com',
                'test': 'https://api-testnet.bybit.com',
                'www': 'https://www.bybit.com',
                'doc': 'https://bybit-exchange.github.io/docs/v5/intro',
                'fees': 'https://www.bybit.com/en/help-center/article/Trading-Fee-Structure',
            },
            'api': {
                'public': {
                    'get': {
                        'v5/market/time': 1,
                        'v5/market/kline': 1,
                        'v5/market/instruments-info': 1,
                        'v5/market/orderbook': 1,
                        'v5/market/tickers': 1,
                        'v5/market/recent-trade': 1,
                        'v5/system/status': 1,
                        'v5/announcements/index': 1,
                    },
                },
                'private': {
                    'get': {
                        'v5/order/realtime': 1,
                        'v5/order/history': 1,
                        'v5/order/spot-borrow-check': 1,
                        'v5/execution/list': 1,
                        'v5/account/wallet-balance': 1,
                        'v5/account/fee-rate': 5,
                        'v5/account/info': 1,
                        'v5/account/transaction-log': 1,
                        'v5/account/collateral-info': 1,
                        'v5/asset/coin/query-info': 25,
                        'v5/asset/deposit/query-record': 10,
                        'v5/asset/deposit/query-internal-record': 10,
                        'v5/asset/deposit/query-address': 10,
                        'v5/asset/deposit/query-allowed-list': 1,
                        'v5/asset/withdraw/query-record': 10,
                        'v5/asset/withdraw/withdrawable-amount': 1,
                        'v5/asset/withdraw/vasp/list': 1,
                        'v5/asset/transfer/query-inter-transfer-list': 50,
                        'v5/asset/transfer/query-account-coins-balance': 1,
                        'v5/asset/transfer/query-account-coin-balance': 1,
                        'v5/asset/transfer/query-transfer-coin-list': 50,
                        'v5/asset/exchange/order-record': 1,
                    },
                    'post': {
                        'v5/order/create': 2.5,
                        'v5/order/amend': 2.5,
                        'v5/order/cancel': 2.5,
                        'v5/order/cancel-all': 2.5,
                        'v5/order/create-batch': 2.5,
                        'v5/order/amend-batch': 2.5,
                        'v5/order/cancel-batch': 2.5,
                        'v5/order/disconnected-cancel-all': 2.5,
                        'v5/asset/transfer/inter-transfer': 150,
                        'v5/asset/withdraw/create': 300,
                        'v5/asset/withdraw/cancel': 50,
                    },
                },
            },
            // kline intervals: minutes, then D, W and M.
            'timeframes': {
                '1m': '1',
                '3m': '3',
                '5m': '5',
                '15m': '15',
                '30m': '30',
                '1h': '60',
                '2h': '120',
                '4h': '240',
                '6h': '360',
                '12h': '720',
                '1d': 'D',
                '1w': 'W',
                '1M': 'M',
            },
            'requiredCredentials': {
                'apiKey': true,
                'secret': true,
            },
            'fees': {
                'trading': {
                    'tierBased': true,
                    'percentage': true,
                    'taker': 0.001,
                    'maker': 0.001,
                },
            },
            'precisionMode': TICK_SIZE,
            'options': {
                'recvWindow': 5000,
                // order/create and order/amend name the trigger price triggerPrice, as the unified param.
                'sameNameParams': [ 'triggerPrice' ],
                // The wallet fetchBalance reads: spot trades in the unified trading account.
                'accountType': 'UNIFIED',
                // transfer's unified accounts and the accountType names of inter-transfer (the documented
                // accountType values: UNIFIED, the unified trading account that spot trades in, and FUND).
                'accountsByType': {
                    'spot': 'UNIFIED',
                    'unified': 'UNIFIED',
                    'funding': 'FUND',
                },
                // transaction-log types and the unified ledger entry types; the others are kept, lowercase.
                'ledgerTypes': {
                    'TRADE': 'trade',
                    'TRANSFER_IN': 'transfer',
                    'TRANSFER_OUT': 'transfer',
                    'FEE_REFUND': 'rebate',
                    'INTEREST': 'fee',
                    'AIRDROP': 'airdrop',
                },
                // Unified network codes and Bybit's chain names (coin/query-info chains[].chain).
                'networks': {
                    'ERC20': 'ETH',
                    'TRC20': 'TRX',
                    'BEP20': 'BSC',
                    'SOL': 'SOL',
                    'ARBITRUM': 'ARBI',
                    'BTC': 'BTC',
                },
                'orderStatuses': {
                    'Created': 'open',
                    'New': 'open',
                    'PartiallyFilled': 'open',
                    'Untriggered': 'open',
                    // Triggered is the instant a conditional order becomes New (its id does not change): still open.
                    'Triggered': 'open',
                    'Active': 'open',
                    'Filled': 'closed',
                    'Cancelled': 'canceled',
                    'PartiallyFilledCanceled': 'canceled',
                    'Deactivated': 'canceled',
                    'Rejected': 'rejected',
                },
                // Deposit status codes: 0 unknown, 1 to be confirmed, 2 processing, 3 success, 4 failed, 10011
                // pending to be credited to the funding pool, 10012 credited to it.
                'depositStatuses': {
                    '0': 'pending',
                    '1': 'pending',
                    '2': 'pending',
                    '3': 'ok',
                    '4': 'failed',
                    '10011': 'pending',
                    '10012': 'ok',
                },
                'withdrawalStatuses': {
                    'SecurityCheck': 'pending',
                    'Pending': 'pending',
                    'MoreInformationRequired': 'pending',
                    'BlockchainConfirmed': 'ok',
                    'success': 'ok',
                    'CancelByUser': 'canceled',
                    'Reject': 'failed',
                    'Fail': 'failed',
                },
                'transferStatuses': {
                    'SUCCESS': 'ok',
                    'PENDING': 'pending',
                    'FAILED': 'failed',
                },
                // The deepest spot order book orderbook answers (limit [1, 200]).
                'maxBookDepth': 200,
                // The widest time range order/history and execution/list accept: 7 days.
                'maxRange': 604800000,
            },
            // v5 answers errors with HTTP 200 and { retCode, retMsg }: the documented codes (Error Codes page).
            'exceptions': {
                'exact': {
                    '10000': RequestTimeout,
                    '10001': BadRequest,
                    '10002': InvalidNonce,
                    '10003': AuthenticationError,
                    '10004': AuthenticationError,
                    '10005': PermissionDenied,
                    '10006': RateLimitExceeded,
                    '10007': AuthenticationError,
                    '10008': AccountSuspended,
                    '10009': PermissionDenied,
                    '10010': PermissionDenied,
                    '10014': BadRequest,
                    '10016': ExchangeNotAvailable,
                    '10017': BadRequest,
                    '10018': RateLimitExceeded,
                    '10024': PermissionDenied,
                    '10027': AccountSuspended,
                    '10028': PermissionDenied,
                    '10029': BadSymbol,
                    '110001': OrderNotFound,
                    '110003': InvalidOrder,
                    '110004': InsufficientFunds,
                    '110007': InsufficientFunds,
                    '110008': OrderNotFound,
                    '110010': OrderNotFound,
                    '110012': InsufficientFunds,
                    '110030': DuplicateOrderId,
                    '110032': InvalidOrder,
                    '110044': InsufficientFunds,
                    '110045': InsufficientFunds,
                    '110072': DuplicateOrderId,
                    '170001': ExchangeNotAvailable,
                    '170005': RateLimitExceeded,
                    '170007': RequestTimeout,
                    '170031': ExchangeNotAvailable,
                    '170032': ExchangeNotAvailable,
                    '170033': InsufficientFunds,
                    '170105': BadRequest,
                    '170115': InvalidOrder,
                    '170116': InvalidOrder,
                    '170117': InvalidOrder,
                    '170121': BadSymbol,
                    '170124': InvalidOrder,
                    '170130': BadRequest,
                    '170131': InsufficientFunds,
                    '170132': InvalidOrder,
                    '170133': InvalidOrder,
                    '170134': InvalidOrder,
                    '170135': InvalidOrder,
                    '170136': InvalidOrder,
                    '170137': InvalidOrder,
                    '170139': InvalidOrder,
                    '170140': InvalidOrder,
                    '170141': DuplicateOrderId,
                    '170142': OrderNotFound,
                    '170143': OrderNotFound,
                    '170144': InvalidOrder,
                    '170145': InvalidOrder,
                    '170146': RequestTimeout,
                    '170147': RequestTimeout,
                    '170148': InvalidOrder,
                    '170149': InvalidOrder,
                    '170151': BadSymbol,
                    '170157': BadSymbol,
                    '170159': InvalidOrder,
                    '170190': InvalidOrder,
                    '170191': InvalidOrder,
                    '170192': InvalidOrder,
                    '170193': InvalidOrder,
                    '170194': InvalidOrder,
                    '170195': InvalidOrder,
                    '170196': InvalidOrder,
                    '170197': InvalidOrder,
                    '170198': InvalidOrder,
                    '170199': InvalidOrder,
                    '170200': InvalidOrder,
                    '170201': AccountSuspended,
                    '170202': InvalidOrder,
                    '170203': InvalidOrder,
                    '170204': InvalidOrder,
                    '170206': InvalidOrder,
                    '170210': InvalidOrder,
                    '170212': CancelPending,
                    '170213': OrderNotFound,
                    '170217': InvalidOrder,
                    '170218': InvalidOrder,
                    '170221': BadRequest,
                    '170222': RateLimitExceeded,
                    '170227': BadRequest,
                    '170228': InvalidOrder,
                    '170229': InvalidOrder,
                    '170234': ExchangeNotAvailable,
                    '170310': RequestTimeout,
                    '170311': InvalidOrder,
                    '170312': InvalidOrder,
                    '170313': InvalidOrder,
                    '131001': ExchangeNotAvailable,
                    '131002': BadRequest,
                    '131004': PermissionDenied,
                    '131083': InvalidAddress,
                    '131085': InsufficientFunds,
                    '131090': AccountSuspended,
                    '131093': InvalidAddress,
                    '131096': BadRequest,
                    '131203': BadRequest,
                    '131208': PermissionDenied,
                    '131210': BadRequest,
                    '131211': BadRequest,
                    '131212': InsufficientFunds,
                    '131215': BadRequest,
                    '131228': InsufficientFunds,
                    '181008': BadRequest,
                    '181009': BadRequest,
                    '181010': BadRequest,
                    '181012': BadSymbol,
                },
                'broad': {
                    'Too many visits': RateLimitExceeded,
                },
            },
        });
    }

    // --- markets and currencies ----------------------------------------------------------------------

    async fetchTime (params = {}) {
        // market/time: { timeSecond, timeNano } as strings; nanoseconds keep the milliseconds.
        const response = await this.publicGetV5MarketTime (params);
        const result = this.safeDict (response, 'result', {});
        const nano = this.safeString (result, 'timeNano');
        if (nano === undefined) {
            return this.safeTimestamp (result, 'timeSecond');
        }
        return parseInt (Precise.stringDiv (nano, '1000000', 0));
    }

    spotMaintenance (item) {
        // An ongoing maintenance of the production service (env 1) that concerns spot (product 2).
        const products = this.safeList (item, 'product', []);
        let spot = false;
        for (let i = 0; i < products.length; i++) {
            spot = spot || (this.numberToString (products[i]) === '2');
        }
        return spot && (this.safeString (item, 'state') === 'ongoing') && (this.safeString (item, 'env') !== '2');
    }

    async fetchStatus (params = {}) {
        // system/status lists maintenances with state 'scheduled', 'ongoing', 'completed' or 'canceled', the
        // products they concern and begin and end in milliseconds: an ongoing spot one means maintenance until
        // its (expected) end.
        const response = await this.publicGetV5SystemStatus (params);
        const items = this.safeList (this.safeDict (response, 'result', {}), 'list', []);
        for (let i = 0; i < items.length; i++) {
            if (this.spotMaintenance (items[i])) {
                const href = this.safeString (items[i], 'href');
                return {
                    'status': 'maintenance',
                    'updated': this.safeInteger (response, 'time'),
                    'eta': this.safeInteger (items[i], 'end'),
                    'url': href,
                    'info': response,
                };
            }
        }
        return {
            'status': 'ok',
            'updated': this.safeInteger (response, 'time'),
            'eta': undefined,
            'url': undefined,
            'info': response,
        };
    }

    async fetchMarkets (params = {}) {
        // instruments-info (category=spot): { symbol, baseCoin, quoteCoin, status: 'Trading', lotSizeFilter:
        // { basePrecision, quotePrecision, minOrderAmt, maxLimitOrderQty, maxMarketOrderQty, and the deprecated
        // minOrderQty, maxOrderQty, maxOrderAmt }, priceFilter: { tickSize } }. Spot has no pagination.
        const response = await this.publicGetV5MarketInstrumentsInfo (this.extend ({ 'category': 'spot' }, params));
        const entries = this.safeList (this.safeDict (response, 'result', {}), 'list', []);
        const result = [];
        for (let i = 0; i < entries.length; i++) {
            result.push (this.parseSpotMarket (entries[i]));
        }
        return result;
    }

    parseSpotMarket (entry) {
        const baseId = this.safeString (entry, 'baseCoin');
        const quoteId = this.safeString (entry, 'quoteCoin');
        const base = this.safeCurrencyCode (baseId);
        const quote = this.safeCurrencyCode (quoteId);
        const lotSize = this.safeDict (entry, 'lotSizeFilter', {});
        const priceFilter = this.safeDict (entry, 'priceFilter', {});
        return this.safeMarketStructure ({
            'id': this.safeString (entry, 'symbol'),
            'symbol': base + '/' + quote,
            'base': base,
            'quote': quote,
            'baseId': baseId,
            'quoteId': quoteId,
            'active': this.safeString (entry, 'status') === 'Trading',
            'type': 'spot',
            'spot': true,
            'taker': this.fees['trading']['taker'],
            'maker': this.fees['trading']['maker'],
            'precision': {
                'amount': this.safeNumber (lotSize, 'basePrecision'),
                'price': this.safeNumber (priceFilter, 'tickSize'),
            },
            // Orders are checked against minOrderAmt and maxLimitOrderQty (maxOrderQty where the response has
            // only the older field); minOrderQty and maxOrderAmt are documented as no longer checked.
            'limits': {
                'amount': { 'min': undefined, 'max': this.safeNumber2 (lotSize, 'maxLimitOrderQty', 'maxOrderQty') },
                'price': { 'min': undefined, 'max': undefined },
                'cost': { 'min': this.safeNumber (lotSize, 'minOrderAmt'), 'max': undefined },
            },
            'info': entry,
        });
    }

    async fetchCurrencies (params = {}) {
        // coin/query-info is signed: without credentials there is no coin list (an empty dictionary), and
        // loadMarkets derives the currencies from the markets. rows: [ { coin, name, remainAmount, chains: [
        // { chain, chainType, withdrawFee ('' when the chain cannot withdraw), depositMin, withdrawMin,
        // minAccuracy (decimals), chainDeposit and chainWithdraw ('1' enabled, '0' suspended) } ] } ].
        if (!this.checkRequiredCredentials (false)) {
            return {};
        }
        const response = await this.privateGetV5AssetCoinQueryInfo (params);
        const rows = this.safeList (this.safeDict (response, 'result', {}), 'rows', []);
        const result = {};
        for (let i = 0; i < rows.length; i++) {
            const currency = this.parseCoin (rows[i]);
            result[currency['code']] = currency;
        }
        return result;
    }

    parseCoin (entry) {
        const id = this.safeString (entry, 'coin');
        const chains = this.safeList (entry, 'chains', []);
        const networks = {};
        let deposit = false;
        let withdraw = false;
        for (let j = 0; j < chains.length; j++) {
            const network = this.parseChain (chains[j]);
            networks[network['network']] = network;
            deposit = deposit || network['deposit'];
            withdraw = withdraw || network['withdraw'];
        }
        // With one chain, its fee and precision are the currency's; with several they differ per chain.
        const only = (chains.length === 1) ? this.safeDict (networks, Object.keys (networks)[0]) : undefined;
        return {
            'id': id,
            'code': this.safeCurrencyCode (id),
            'name': this.safeString (entry, 'name'),
            'active': deposit && withdraw,
            'deposit': deposit,
            'withdraw': withdraw,
            'fee': this.safeNumber (only, 'fee'),
            'precision': this.safeNumber (only, 'precision'),
            'limits': {
                'withdraw': { 'min': undefined, 'max': this.safeNumber (entry, 'remainAmount') },
            },
            'networks': networks,
            'info': entry,
        };
    }

    parseChain (chain) {
        const networkId = this.safeString (chain, 'chain');
        const deposit = this.safeString (chain, 'chainDeposit') === '1';
        const withdraw = this.safeString (chain, 'chainWithdraw') === '1';
        return {
            'id': networkId,
            'network': this.networkCode (networkId),
            'active': deposit && withdraw,
            'deposit': deposit,
            'withdraw': withdraw,
            'fee': this.safeNumber (chain, 'withdrawFee'),
            'precision': this.parseNumber (this.parsePrecision (this.safeString (chain, 'minAccuracy'))),
            'limits': {
                'deposit': { 'min': this.safeNumber (chain, 'depositMin'), 'max': undefined },
                'withdraw': { 'min': this.safeNumber (chain, 'withdrawMin'), 'max': undefined },
            },
        };
    }

    async fetchDepositWithdrawFees (codes = undefined, params = {}) {
        // coin/query-info, as fetchCurrencies reads it: each chain's withdrawal fee. It is signed, so the
        // credentials are required here.
        this.checkRequiredCredentials ();
        const currencies = await this.fetchCurrencies (params);
        return this.depositWithdrawFeesFromCurrencies (currencies, codes);
    }

    // --- market data ---------------------------------------------------------------------------------

    parseTicker (ticker, market = undefined) {
        // tickers (spot): { symbol, bid1Price, bid1Size, ask1Price, ask1Size, lastPrice, prevPrice24h,
        // price24hPcnt (a fraction: 0.0068 is 0.68 %), highPrice24h, lowPrice24h, turnover24h (quote),
        // volume24h (base), usdIndexPrice }. The list has no time of its own: the caller sets the response's.
        market = this.safeMarket (this.safeString (ticker, 'symbol'), market);
        const fraction = this.safeString (ticker, 'price24hPcnt');
        return this.safeTicker ({
            'symbol': market['symbol'],
            'high': this.safeString (ticker, 'highPrice24h'),
            'low': this.safeString (ticker, 'lowPrice24h'),
            'bid': this.safeString (ticker, 'bid1Price'),
            'bidVolume': this.safeString (ticker, 'bid1Size'),
            'ask': this.safeString (ticker, 'ask1Price'),
            'askVolume': this.safeString (ticker, 'ask1Size'),
            'open': this.safeString (ticker, 'prevPrice24h'),
            'last': this.safeString (ticker, 'lastPrice'),
            'percentage': (fraction === undefined) ? undefined : Precise.stringMul (fraction, '100'),
            'baseVolume': this.safeString (ticker, 'volume24h'),
            'quoteVolume': this.safeString (ticker, 'turnover24h'),
            'info': ticker,
        }, market);
    }

    stampTicker (ticker, timestamp) {
        // A copy of the ticker with the response's time: Python and PHP pass dictionaries differently.
        return this.extend (ticker, { 'timestamp': timestamp, 'datetime': this.iso8601 (timestamp) });
    }

    async fetchTicker (symbol, params = {}) {
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetV5MarketTickers (this.extend ({ 'category': 'spot', 'symbol': market['id'] }, params));
        const entries = this.safeList (this.safeDict (response, 'result', {}), 'list', []);
        const entry = this.safeDict (entries, 0);
        if (entry === undefined) {
            throw new BadSymbol (this.id + ' fetchTicker () got no ticker for ' + symbol);
        }
        return this.stampTicker (this.parseTicker (entry, market), this.safeInteger (response, 'time'));
    }

    async fetchTickers (symbols = undefined, params = {}) {
        // tickers without a symbol: every spot market's.
        await this.loadMarkets ();
        const response = await this.publicGetV5MarketTickers (this.extend ({ 'category': 'spot' }, params));
        const entries = this.safeList (this.safeDict (response, 'result', {}), 'list', []);
        const timestamp = this.safeInteger (response, 'time');
        const tickers = this.parseTickers (entries, symbols);
        const result = {};
        const keys = Object.keys (tickers);
        for (let i = 0; i < keys.length; i++) {
            result[keys[i]] = this.stampTicker (this.safeDict (tickers, keys[i]), timestamp);
        }
        return result;
    }

    async fetchOrderBook (symbol, limit = undefined, params = {}) {
        // orderbook: { s, b: [ [ price, size ] ] best first, a, ts, u (the update id), seq }. Spot answers one
        // level by default and 200 at most, so the whole depth is asked for unless limit says otherwise.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const depth = this.options['maxBookDepth'];
        const request = {
            'category': 'spot',
            'symbol': market['id'],
            'limit': (limit === undefined) ? depth : Math.min (limit, depth),
        };
        const response = await this.publicGetV5MarketOrderbook (this.extend (request, params));
        const result = this.safeDict (response, 'result', {});
        const book = this.parseOrderBook (result, market['symbol'], this.safeInteger (result, 'ts'), 'b', 'a');
        book['nonce'] = this.safeInteger (result, 'u');
        return book;
    }

    parseOHLCV (ohlcv, market = undefined) {
        // [ startTime (ms), open, high, low, close, volume (base), turnover (quote) ], strings.
        return [
            this.safeInteger (ohlcv, 0),
            this.safeNumber (ohlcv, 1),
            this.safeNumber (ohlcv, 2),
            this.safeNumber (ohlcv, 3),
            this.safeNumber (ohlcv, 4),
            this.safeNumber (ohlcv, 5),
        ];
    }

    async fetchOHLCV (symbol, timeframe = '1m', since = undefined, limit = undefined, params = {}) {
        // kline: newest first; start, end (the unified until) and limit are all optional.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const interval = this.safeString (this.timeframes, timeframe);
        if (interval === undefined) {
            throw new BadRequest (this.id + ' fetchOHLCV () does not support the timeframe ' + timeframe + ': one of ' + Object.keys (this.timeframes).join (', '));
        }
        const request = { 'category': 'spot', 'symbol': market['id'], 'interval': interval };
        if (since !== undefined) {
            request['start'] = since;
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            request['end'] = until;
        }
        if (limit !== undefined) {
            request['limit'] = limit;
        }
        const response = await this.publicGetV5MarketKline (this.extend (request, this.omit (params, 'until')));
        const candles = this.safeList (this.safeDict (response, 'result', {}), 'list', []);
        return this.parseOHLCVs (candles, market, timeframe, since, limit);
    }

    parseTrade (trade, market = undefined) {
        // Public trades (recent-trade): { execId, symbol, price, size, side (the taker's), time, isBlockTrade }.
        // The account's executions (execution/list): { symbol, orderId, orderLinkId, side, orderType, execId,
        // execPrice, execQty, execValue, execFee, feeCurrency, feeRate, isMaker, execTime }.
        market = this.safeMarket (this.safeString (trade, 'symbol'), market);
        const side = this.safeStringLower (trade, 'side');
        const isMaker = this.safeBool (trade, 'isMaker');
        let takerOrMaker = undefined;
        if (isMaker !== undefined) {
            takerOrMaker = isMaker ? 'maker' : 'taker';
        }
        let fee = undefined;
        const feeCost = this.safeString (trade, 'execFee');
        if (feeCost !== undefined) {
            fee = {
                'cost': feeCost,
                'currency': this.spotFeeCurrency (this.safeString (trade, 'feeCurrency'), side, market, isMaker, this.safeString (trade, 'feeRate')),
                'rate': this.safeString (trade, 'feeRate'),
            };
        }
        return this.safeTrade ({
            'id': this.safeString (trade, 'execId'),
            'order': this.safeString (trade, 'orderId'),
            'symbol': market['symbol'],
            'timestamp': this.safeInteger2 (trade, 'execTime', 'time'),
            'type': this.safeStringLower (trade, 'orderType'),
            'side': side,
            'takerOrMaker': takerOrMaker,
            'price': this.safeString2 (trade, 'execPrice', 'price'),
            'amount': this.safeString2 (trade, 'execQty', 'size'),
            'cost': this.safeString (trade, 'execValue'),
            'fee': fee,
            'info': trade,
        }, market);
    }

    spotFeeCurrency (feeCurrency, side, market, isMaker = undefined, feeRate = undefined) {
        // The fee currency the response names; where it names none, the documented Spot Fee Currency
        // Instruction: a buy pays in the base currency it receives and a sell in the quote currency, except a
        // maker's rebate (a negative rate), which comes the other way round.
        if (feeCurrency !== undefined) {
            return this.safeCurrencyCode (feeCurrency);
        }
        if ((side !== 'buy') && (side !== 'sell')) {
            return undefined;
        }
        const rebate = (isMaker === true) && (feeRate !== undefined) && Precise.stringLt (feeRate, '0');
        const inBase = rebate ? (side === 'sell') : (side === 'buy');
        return inBase ? market['base'] : market['quote'];
    }

    async fetchTrades (symbol, since = undefined, limit = undefined, params = {}) {
        // recent-trade: the latest trades (60 at most for spot); since filters what they return.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'category': 'spot', 'symbol': market['id'] };
        if (limit !== undefined) {
            request['limit'] = Math.min (limit, 60);
        }
        const response = await this.publicGetV5MarketRecentTrade (this.extend (request, params));
        const trades = this.safeList (this.safeDict (response, 'result', {}), 'list', []);
        return this.parseTrades (trades, market, since, limit);
    }

    // --- account -------------------------------------------------------------------------------------

    async fetchBalance (params = {}) {
        // wallet-balance (accountType UNIFIED, or params['accountType']): list[0].coin: [ { coin,
        // walletBalance, locked (held by open spot orders), free (classic spot wallets only), ... } ].
        await this.loadMarkets ();
        const request = { 'accountType': this.options['accountType'] };
        const response = await this.privateGetV5AccountWalletBalance (this.extend (request, params));
        const accounts = this.safeList (this.safeDict (response, 'result', {}), 'list', []);
        const result = { 'info': response };
        for (let i = 0; i < accounts.length; i++) {
            const coins = this.safeList (accounts[i], 'coin', []);
            for (let j = 0; j < coins.length; j++) {
                const entry = coins[j];
                const account = this.account ();
                account['total'] = this.safeString (entry, 'walletBalance');
                account['used'] = this.safeString (entry, 'locked');
                account['free'] = this.safeString (entry, 'free');
                result[this.safeCurrencyCode (this.safeString (entry, 'coin'))] = account;
            }
        }
        const timestamp = this.safeInteger (response, 'time');
        result['timestamp'] = timestamp;
        result['datetime'] = this.iso8601 (timestamp);
        return this.safeBalance (result);
    }

    parseTradingFee (entry, market = undefined) {
        market = this.safeMarket (this.safeString (entry, 'symbol'), market);
        return {
            'symbol': market['symbol'],
            'maker': this.safeNumber (entry, 'makerFeeRate'),
            'taker': this.safeNumber (entry, 'takerFeeRate'),
            'info': entry,
        };
    }

    async fetchTradingFees (params = {}) {
        // fee-rate (category=spot) without a symbol: { list: [ { symbol, takerFeeRate, makerFeeRate } ] }.
        await this.loadMarkets ();
        const response = await this.privateGetV5AccountFeeRate (this.extend ({ 'category': 'spot' }, params));
        const entries = this.safeList (this.safeDict (response, 'result', {}), 'list', []);
        const fees = {};
        for (let i = 0; i < entries.length; i++) {
            const fee = this.parseTradingFee (entries[i]);
            fees[fee['symbol']] = fee;
        }
        return fees;
    }

    async fetchTradingFee (symbol, params = {}) {
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.privateGetV5AccountFeeRate (this.extend ({ 'category': 'spot', 'symbol': market['id'] }, params));
        const entries = this.safeList (this.safeDict (response, 'result', {}), 'list', []);
        return this.parseTradingFee (this.safeDict (entries, 0, {}), market);
    }

    // --- orders --------------------------------------------------------------------------------------

    nonZero (value) {
        // Bybit writes absent prices as '', '0' or '0.00'.
        if ((value === undefined) || Precise.stringEq (value, '0')) {
            return undefined;
        }
        return value;
    }

    parseOrderFees (order, side, market) {
        // cumFeeDetail ({ coin: amount }) where the response has it; else cumExecFee in the spot fee currency.
        const detail = this.safeDict (order, 'cumFeeDetail');
        const fees = [];
        if (detail !== undefined) {
            const coins = Object.keys (detail);
            for (let i = 0; i < coins.length; i++) {
                fees.push ({ 'cost': this.safeString (detail, coins[i]), 'currency': this.safeCurrencyCode (coins[i]) });
            }
            return fees;
        }
        const cost = this.safeString (order, 'cumExecFee');
        if (cost !== undefined) {
            fees.push ({ 'cost': cost, 'currency': this.spotFeeCurrency (undefined, side, market) });
        }
        return fees;
    }

    parseOrder (order, market = undefined) {
        // order/realtime and order/history: { orderId, orderLinkId, symbol, price, qty, side, orderStatus,
        // avgPrice, cumExecQty, cumExecValue, cumExecFee, timeInForce, orderType, stopOrderType, marketUnit,
        // triggerPrice, takeProfit, stopLoss, createdTime, updatedTime }. A market buy sized in the quote
        // currency (marketUnit quoteCoin, the default for market buys) has its qty in quote units: it is the
        // order's cost, not its amount.
        market = this.safeMarket (this.safeString (order, 'symbol'), market);
        const type = this.safeStringLower (order, 'orderType');
        const side = this.safeStringLower (order, 'side');
        let timeInForce = this.safeString (order, 'timeInForce');
        const postOnly = timeInForce === 'PostOnly';
        if (postOnly) {
            timeInForce = 'PO';
        }
        let amount = this.safeString (order, 'qty');
        const cost = this.safeString (order, 'cumExecValue');
        const unit = this.safeString (order, 'marketUnit');
        if ((type === 'market') && (side === 'buy') && (unit !== 'baseCoin')) {
            amount = undefined;
        }
        const status = this.safeString (order, 'orderStatus');
        const fees = this.parseOrderFees (order, side, market);
        const triggerPrice = this.nonZero (this.safeString (order, 'triggerPrice'));
        return this.safeOrder ({
            'id': this.safeString (order, 'orderId'),
            'clientOrderId': this.safeString (order, 'orderLinkId'),
            'symbol': market['symbol'],
            'timestamp': this.safeInteger (order, 'createdTime'),
            'lastUpdateTimestamp': this.safeInteger (order, 'updatedTime'),
            'status': this.safeString (this.options['orderStatuses'], status, status),
            'type': type,
            'timeInForce': timeInForce,
            'postOnly': postOnly,
            'side': side,
            'price': (type === 'market') ? undefined : this.nonZero (this.safeString (order, 'price')),
            'triggerPrice': triggerPrice,
            'stopLossPrice': this.nonZero (this.safeString (order, 'stopLoss')),
            'takeProfitPrice': this.nonZero (this.safeString (order, 'takeProfit')),
            'average': this.nonZero (this.safeString (order, 'avgPrice')),
            'amount': amount,
            'filled': this.safeString (order, 'cumExecQty'),
            'remaining': (amount === undefined) ? undefined : this.safeString (order, 'leavesQty'),
            'cost': cost,
            'fees': fees,
            'info': order,
        }, market);
    }

    async createOrder (symbol, type, side, amount, price = undefined, params = {}) {
        // POST order/create. The unified params map to Bybit's fields: postOnly is timeInForce PostOnly,
        // timeInForce GTC, IOC and FOK are sent as they are named, clientOrderId is orderLinkId, cost sizes a
        // market buy in the quote currency (marketUnit quoteCoin), triggerPrice makes a spot conditional order
        // (orderFilter StopOrder), stopLossPrice and takeProfitPrice a spot TP/SL order (orderFilter
        // tpslOrder), both triggered at triggerPrice. reduceOnly is for derivatives only.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const [ unified, rest ] = this.unifiedOrderParams (type, params);
        this.rejectUnifiedParams ('createOrder', unified, [ 'reduceOnly' ]);
        if ((unified['cost'] !== undefined) && (side !== 'buy')) {
            // The reject reason EC_MarketQuoteNoSuppSell: a market sell is sized in the base currency.
            throw new InvalidOrder (this.id + ' createOrder () cost sizes market buys only: a market sell takes an amount');
        }
        let request = {
            'category': 'spot',
            'symbol': market['id'],
            'side': (side === 'buy') ? 'Buy' : 'Sell',
            'orderType': (type === 'market') ? 'Market' : 'Limit',
        };
        request = this.extend (request, this.orderSize (symbol, type, amount, unified));
        if (type === 'limit') {
            if (price === undefined) {
                throw new ArgumentsRequired (this.id + ' createOrder () requires a price for a limit order');
            }
            request['price'] = this.priceToPrecision (symbol, price);
        } else if (type !== 'market') {
            throw new InvalidOrder (this.id + ' createOrder () supports market and limit orders, not ' + type);
        }
        const timeInForce = this.orderTimeInForce (type, unified);
        if (timeInForce !== undefined) {
            request['timeInForce'] = timeInForce;
        }
        if (unified['clientOrderId'] !== undefined) {
            request['orderLinkId'] = unified['clientOrderId'];
        }
        const trigger = unified['trigger'];
        if (trigger !== undefined) {
            request['triggerPrice'] = this.priceToPrecision (symbol, trigger);
            request['orderFilter'] = (unified['triggerKind'] === 'triggerPrice') ? 'StopOrder' : 'tpslOrder';
        }
        const response = await this.privatePostV5OrderCreate (this.extend (request, rest));
        return this.acknowledgedOrder (response, market, type, side, request);
    }

    orderSize (symbol, type, amount, unified) {
        // qty: base units for limit orders; for market orders marketUnit says which unit, and a market buy
        // without it would be read in quote units, so it is always stated.
        if (unified['cost'] !== undefined) {
            return { 'qty': this.costToPrecision (symbol, unified['cost']), 'marketUnit': 'quoteCoin' };
        }
        if (amount === undefined) {
            throw new ArgumentsRequired (this.id + ' createOrder () requires an amount (or, for a market buy, the unified param cost)');
        }
        const size = { 'qty': this.amountToPrecision (symbol, amount) };
        if (type === 'market') {
            size['marketUnit'] = 'baseCoin';
        }
        return size;
    }

    orderTimeInForce (type, unified) {
        // Bybit's timeInForce: GTC (the default), IOC, FOK or PostOnly; market orders are always IOC.
        if (unified['postOnly']) {
            return 'PostOnly';
        }
        const timeInForce = unified['timeInForce'];
        if ((type === 'market') && (timeInForce !== undefined) && (timeInForce !== 'IOC')) {
            throw new InvalidOrder (this.id + ' createOrder () timeInForce ' + timeInForce + ' is for limit orders: Bybit executes market orders IOC');
        }
        return timeInForce;
    }

    acknowledgedOrder (response, market, type, side, request) {
        // order/create and order/amend answer { orderId, orderLinkId } only: the rest is what was asked for.
        const result = this.safeDict (response, 'result', {});
        const timeInForce = this.safeString (request, 'timeInForce');
        const quoteSized = this.safeString (request, 'marketUnit') === 'quoteCoin';
        return this.safeOrder ({
            'id': this.safeString (result, 'orderId'),
            'clientOrderId': this.safeString (result, 'orderLinkId'),
            'symbol': market['symbol'],
            'type': type,
            'side': side,
            'timeInForce': (timeInForce === 'PostOnly') ? 'PO' : timeInForce,
            'postOnly': (timeInForce === undefined) ? undefined : (timeInForce === 'PostOnly'),
            'price': this.safeString (request, 'price'),
            'triggerPrice': this.safeString (request, 'triggerPrice'),
            'amount': quoteSized ? undefined : this.safeString (request, 'qty'),
            'cost': quoteSized ? this.safeString (request, 'qty') : undefined,
            'info': response,
        }, market);
    }

    async createMarketBuyOrderWithCost (symbol, cost, params = {}) {
        return await this.createOrder (symbol, 'market', 'buy', undefined, undefined, this.extend (params, { 'cost': cost }));
    }

    async editOrder (id, symbol, type, side, amount = undefined, price = undefined, params = {}) {
        // POST order/amend changes qty, price and triggerPrice of an open order; its time in force (postOnly)
        // cannot change.
        if (this.safeBool (params, 'postOnly', false) === true) {
            throw new NotSupported (this.id + ' editOrder () does not support the unified param postOnly: order/amend cannot change the time in force');
        }
        await this.loadMarkets ();
        const market = this.requireMarket ('editOrder', symbol);
        const request = { 'category': 'spot', 'symbol': market['id'], 'orderId': id };
        if (amount !== undefined) {
            request['qty'] = this.amountToPrecision (symbol, amount);
        }
        if (price !== undefined) {
            request['price'] = this.priceToPrecision (symbol, price);
        }
        const triggerPrice = this.safeString (params, 'triggerPrice');
        if (triggerPrice !== undefined) {
            request['triggerPrice'] = this.priceToPrecision (symbol, triggerPrice);
        }
        const response = await this.privatePostV5OrderAmend (this.extend (request, this.omit (params, [ 'postOnly', 'triggerPrice' ])));
        return this.acknowledgedOrder (response, market, type, side, request);
    }

    requireMarket (method, symbol) {
        if (symbol === undefined) {
            throw new ArgumentsRequired (this.id + ' ' + method + ' () requires a symbol argument');
        }
        return this.market (symbol);
    }

    async cancelOrder (id, symbol = undefined, params = {}) {
        // POST order/cancel takes the symbol with the orderId; it answers { orderId, orderLinkId }.
        await this.loadMarkets ();
        const market = this.requireMarket ('cancelOrder', symbol);
        const request = { 'category': 'spot', 'symbol': market['id'], 'orderId': id };
        const response = await this.privatePostV5OrderCancel (this.extend (request, params));
        const result = this.safeDict (response, 'result', {});
        return this.safeOrder ({
            'id': this.safeString (result, 'orderId', id),
            'clientOrderId': this.safeString (result, 'orderLinkId'),
            'symbol': market['symbol'],
            'status': 'canceled',
            'info': response,
        }, market);
    }

    async cancelAllOrders (symbol = undefined, params = {}) {
        // POST order/cancel-all (category=spot, of one symbol with symbol): { list: [ { orderId, orderLinkId } ],
        // success: '1' }.
        await this.loadMarkets ();
        const request = { 'category': 'spot' };
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
            request['symbol'] = market['id'];
        }
        const response = await this.privatePostV5OrderCancelAll (this.extend (request, params));
        const entries = this.safeList (this.safeDict (response, 'result', {}), 'list', []);
        const result = [];
        for (let i = 0; i < entries.length; i++) {
            result.push (this.safeOrder ({
                'id': this.safeString (entries[i], 'orderId'),
                'clientOrderId': this.safeString (entries[i], 'orderLinkId'),
                'symbol': this.safeSymbol (undefined, market),
                'status': 'canceled',
                'info': entries[i],
            }, market));
        }
        return result;
    }

    async fetchOrder (id, symbol = undefined, params = {}) {
        // order/realtime finds open orders and the latest closed ones by orderId; order/history the rest of
        // the last 7 days.
        await this.loadMarkets ();
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
        }
        const request = { 'category': 'spot', 'orderId': id };
        const live = await this.privateGetV5OrderRealtime (this.extend (request, params));
        let entries = this.safeList (this.safeDict (live, 'result', {}), 'list', []);
        if (entries.length === 0) {
            const history = await this.privateGetV5OrderHistory (this.extend (request, params));
            entries = this.safeList (this.safeDict (history, 'result', {}), 'list', []);
        }
        if (entries.length === 0) {
            throw new OrderNotFound (this.id + ' fetchOrder () found no order ' + id);
        }
        return this.parseOrder (entries[0], market);
    }

    async fetchOpenOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // order/realtime (openOnly 0, the default): open orders, newest first, 50 at most a page.
        await this.loadMarkets ();
        const request = { 'category': 'spot' };
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
            request['symbol'] = market['id'];
        }
        if (limit !== undefined) {
            request['limit'] = Math.min (limit, 50);
        }
        const response = await this.privateGetV5OrderRealtime (this.extend (request, params));
        const entries = this.safeList (this.safeDict (response, 'result', {}), 'list', []);
        return this.parseOrders (entries, market, since, limit);
    }

    rangeRequest (request, since, params) {
        // startTime and endTime (the unified until): order/history wants both or neither, and both
        // order/history and execution/list at most 7 days apart, so a range with one end is completed to 7 days.
        const until = this.safeInteger (params, 'until');
        const range = this.options['maxRange'];
        if (since !== undefined) {
            request['startTime'] = since;
            request['endTime'] = (until === undefined) ? since + range : until;
        } else if (until !== undefined) {
            request['startTime'] = until - range;
            request['endTime'] = until;
        }
        return this.extend (request, this.omit (params, 'until'));
    }

    async fetchOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // order/history: every status for the last 7 days (filled orders only further back), newest first.
        await this.loadMarkets ();
        const request = { 'category': 'spot' };
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
            request['symbol'] = market['id'];
        }
        if (limit !== undefined) {
            request['limit'] = Math.min (limit, 50);
        }
        const response = await this.privateGetV5OrderHistory (this.rangeRequest (request, since, params));
        const entries = this.safeList (this.safeDict (response, 'result', {}), 'list', []);
        return this.parseOrders (entries, market, since, limit);
    }

    async fetchClosedOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // order/history less the orders still open.
        const orders = await this.fetchOrders (symbol, since, undefined, params);
        const result = [];
        for (let i = 0; i < orders.length; i++) {
            if (orders[i]['status'] !== 'open') {
                result.push (orders[i]);
            }
        }
        return this.filterBySinceLimit (result, since, limit);
    }

    async fetchOrderTrades (id, symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // execution/list with orderId (which takes priority over every other filter).
        await this.loadMarkets ();
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
        }
        const request = { 'category': 'spot', 'orderId': id };
        if (limit !== undefined) {
            request['limit'] = Math.min (limit, 100);
        }
        const response = await this.privateGetV5ExecutionList (this.extend (request, params));
        const entries = this.safeList (this.safeDict (response, 'result', {}), 'list', []);
        return this.parseTrades (entries, market, since, limit);
    }

    async fetchMyTrades (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // execution/list: the account's spot executions, the last 7 days by default, newest first.
        await this.loadMarkets ();
        const request = { 'category': 'spot' };
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
            request['symbol'] = market['id'];
        }
        if (limit !== undefined) {
            request['limit'] = Math.min (limit, 100);
        }
        const response = await this.privateGetV5ExecutionList (this.rangeRequest (request, since, params));
        const entries = this.safeList (this.safeDict (response, 'result', {}), 'list', []);
        return this.parseTrades (entries, market, since, limit);
    }

    // --- funding -------------------------------------------------------------------------------------

    parseTransaction (transaction, currency = undefined) {
        // deposit/query-record: { id, coin, chain, amount, txID, status (a number), toAddress, tag,
        // depositFee, successAt }. withdraw/query-record: { withdrawId, txID, withdrawType, coin, chain,
        // amount, withdrawFee, status (a name), toAddress, tag, createTime, updateTime }.
        const withdrawId = this.safeString (transaction, 'withdrawId');
        const isWithdrawal = withdrawId !== undefined;
        const code = this.safeCurrencyCode (this.safeString (transaction, 'coin'), currency);
        const statuses = isWithdrawal ? this.options['withdrawalStatuses'] : this.options['depositStatuses'];
        let fee = undefined;
        const feeCost = this.safeString2 (transaction, 'withdrawFee', 'depositFee');
        if (feeCost !== undefined) {
            fee = { 'cost': feeCost, 'currency': code };
        }
        const updated = this.safeInteger2 (transaction, 'updateTime', 'successAt');
        return this.safeTransaction ({
            'id': isWithdrawal ? withdrawId : this.safeString (transaction, 'id'),
            'txid': this.safeString (transaction, 'txID'),
            'timestamp': isWithdrawal ? this.safeInteger (transaction, 'createTime') : updated,
            'network': this.networkCode (this.safeString (transaction, 'chain')),
            'address': this.safeString (transaction, 'toAddress'),
            'tag': this.safeString (transaction, 'tag'),
            'type': isWithdrawal ? 'withdrawal' : 'deposit',
            'amount': this.safeString (transaction, 'amount'),
            'currency': code,
            'status': this.safeString (statuses, this.safeString (transaction, 'status')),
            'updated': updated,
            'fee': fee,
            'info': transaction,
        }, currency);
    }

    transactionRequest (code, since, limit, params) {
        // coin, startTime, endTime (the unified until) and limit (50 at most); the range is 30 days at most.
        const request = {};
        if (code !== undefined) {
            request['coin'] = this.currency (code)['id'];
        }
        if (since !== undefined) {
            request['startTime'] = since;
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            request['endTime'] = until;
        }
        if (limit !== undefined) {
            request['limit'] = Math.min (limit, 50);
        }
        return this.extend (request, this.omit (params, 'until'));
    }

    async fetchDeposits (code = undefined, since = undefined, limit = undefined, params = {}) {
        await this.loadMarkets ();
        const currency = (code === undefined) ? undefined : this.currency (code);
        const response = await this.privateGetV5AssetDepositQueryRecord (this.transactionRequest (code, since, limit, params));
        const rows = this.safeList (this.safeDict (response, 'result', {}), 'rows', []);
        return this.parseTransactions (rows, currency, since, limit);
    }

    async fetchWithdrawals (code = undefined, since = undefined, limit = undefined, params = {}) {
        await this.loadMarkets ();
        const currency = (code === undefined) ? undefined : this.currency (code);
        const response = await this.privateGetV5AssetWithdrawQueryRecord (this.transactionRequest (code, since, limit, params));
        const rows = this.safeList (this.safeDict (response, 'result', {}), 'rows', []);
        return this.parseTransactions (rows, currency, since, limit);
    }

    async fetchDepositAddress (code, params = {}) {
        // deposit/query-address: { coin, chains: [ { chainType, addressDeposit, tagDeposit, chain } ] }; the
        // unified param network picks the chain (chainType takes the chain name), else the first one listed.
        await this.loadMarkets ();
        const currency = this.currency (code);
        const request = { 'coin': currency['id'] };
        const networkCode = this.safeString (params, 'network');
        if (networkCode !== undefined) {
            request['chainType'] = this.knownNetworkId (networkCode, currency, 'fetchDepositAddress');
        }
        const response = await this.privateGetV5AssetDepositQueryAddress (this.extend (request, this.omit (params, 'network')));
        const chains = this.safeList (this.safeDict (response, 'result', {}), 'chains', []);
        let entry = this.safeDict (chains, 0);
        for (let i = 0; i < chains.length; i++) {
            if (this.safeString (chains[i], 'chain') === this.safeString (request, 'chainType')) {
                entry = chains[i];
            }
        }
        if (entry === undefined) {
            throw new InvalidAddress (this.id + ' fetchDepositAddress () got no address for ' + code);
        }
        return {
            'currency': code,
            'address': this.safeString (entry, 'addressDeposit'),
            'tag': this.safeString (entry, 'tagDeposit'),
            'network': this.networkCode (this.safeString (entry, 'chain'), currency),
            'info': response,
        };
    }

    async fetchDepositAddresses (codes = undefined, params = {}) {
        // deposit/query-address of each code (it takes one coin and answers every chain of it): one request per
        // code, one address per chain.
        if (codes === undefined) {
            throw new ArgumentsRequired (this.id + ' fetchDepositAddresses () requires the currency codes: deposit/query-address takes one coin');
        }
        await this.loadMarkets ();
        const result = [];
        for (let i = 0; i < codes.length; i++) {
            const currency = this.currency (codes[i]);
            const response = await this.privateGetV5AssetDepositQueryAddress (this.extend ({ 'coin': currency['id'] }, params));
            const chains = this.safeList (this.safeDict (response, 'result', {}), 'chains', []);
            for (let j = 0; j < chains.length; j++) {
                result.push ({
                    'currency': currency['code'],
                    'address': this.safeString (chains[j], 'addressDeposit'),
                    'tag': this.safeString (chains[j], 'tagDeposit'),
                    'network': this.networkCode (this.safeString (chains[j], 'chain'), currency),
                    'info': chains[j],
                });
            }
        }
        return result;
    }

    withdrawChain (currency, params) {
        // The chain of a withdrawal: the unified param network, or the currency's only chain.
        const networkCode = this.safeString (params, 'network');
        if (networkCode !== undefined) {
            return this.knownNetworkId (networkCode, currency, 'withdraw');
        }
        const networks = Object.keys (this.safeDict (currency, 'networks', {}));
        if (networks.length === 1) {
            return this.networkId (networks[0], currency);
        }
        throw new ArgumentsRequired (this.id + ' withdraw () requires the unified param network for ' + currency['code'] + ': Bybit withdraws on a named chain');
    }

    async withdraw (code, amount, address, tag = undefined, params = {}) {
        // POST withdraw/create: { coin, chain, address, tag, amount, timestamp }; answers { id }.
        await this.loadMarkets ();
        const currency = this.currency (code);
        const request = {
            'coin': currency['id'],
            'chain': this.withdrawChain (currency, params),
            'address': address,
            'amount': this.numberToString (amount),
            'timestamp': this.milliseconds (),
        };
        if (tag !== undefined) {
            request['tag'] = tag;
        }
        const response = await this.privatePostV5AssetWithdrawCreate (this.extend (request, this.omit (params, 'network')));
        const result = this.safeDict (response, 'result', {});
        return this.safeTransaction ({
            'id': this.safeString (result, 'id'),
            'timestamp': request['timestamp'],
            'type': 'withdrawal',
            'network': this.networkCode (request['chain'], currency),
            'address': address,
            'tag': tag,
            'amount': request['amount'],
            'currency': code,
            'status': 'pending',
            'info': response,
        });
    }

    async transfer (code, amount, fromAccount, toAccount, params = {}) {
        // POST transfer/inter-transfer: { transferId (a UUID the caller makes), coin, amount, fromAccountType,
        // toAccountType }; answers { transferId, status: 'SUCCESS', 'PENDING' or 'FAILED' }.
        await this.loadMarkets ();
        const currency = this.currency (code);
        const request = {
            'transferId': this.safeString (params, 'transferId', this.uuid ()),
            'coin': currency['id'],
            'amount': this.numberToString (amount),
            'fromAccountType': this.accountTypeId (fromAccount),
            'toAccountType': this.accountTypeId (toAccount),
        };
        const response = await this.privatePostV5AssetTransferInterTransfer (this.extend (request, this.omit (params, 'transferId')));
        const result = this.safeDict (response, 'result', {});
        const status = this.safeString (result, 'status');
        return this.safeTransfer ({
            'id': this.safeString (result, 'transferId', request['transferId']),
            'timestamp': this.safeInteger (response, 'time'),
            'currency': code,
            'amount': request['amount'],
            'fromAccount': fromAccount,
            'toAccount': toAccount,
            'status': this.safeString (this.options['transferStatuses'], status),
            'info': response,
        });
    }

    parseLedgerEntry (item, currency = undefined) {
        // transaction-log: { id (the entry's unique id), symbol, category, side, transactionTime, type, qty,
        // size, currency, tradePrice, funding, fee (positive, a rebate negative), cashFlow, change (signed, fee
        // included), cashBalance (after it), feeRate, tradeId, orderId, orderLinkId }.
        const code = this.safeCurrencyCode (this.safeString (item, 'currency'), currency);
        const change = this.safeString (item, 'change');
        const after = this.safeString (item, 'cashBalance');
        const before = ((change === undefined) || (after === undefined)) ? undefined : Precise.stringSub (after, change);
        let direction = undefined;
        if (change !== undefined) {
            direction = Precise.stringLt (change, '0') ? 'out' : 'in';
        }
        const type = this.safeString (item, 'type');
        let fee = undefined;
        const feeCost = this.safeString (item, 'fee');
        if ((feeCost !== undefined) && !Precise.stringEq (feeCost, '0')) {
            fee = { 'cost': feeCost, 'currency': code };
        }
        return this.safeLedgerEntry ({
            'id': this.safeString (item, 'id'),
            'timestamp': this.safeInteger (item, 'transactionTime'),
            'direction': direction,
            'account': 'spot',
            'referenceId': this.safeString (item, 'orderId'),
            'type': this.safeString (this.options['ledgerTypes'], type, this.safeStringLower (item, 'type')),
            'currency': code,
            'amount': (change === undefined) ? undefined : Precise.stringAbs (change),
            'before': before,
            'after': after,
            'status': 'ok',
            'fee': fee,
            'info': item,
        }, currency);
    }

    async fetchLedger (code = undefined, since = undefined, limit = undefined, params = {}) {
        // account/transaction-log of the unified account's spot entries; it takes one currency (required),
        // startTime, endTime (the unified until) and limit (50 at most).
        if (code === undefined) {
            throw new ArgumentsRequired (this.id + ' fetchLedger () requires a currency code: transaction-log takes one currency');
        }
        await this.loadMarkets ();
        const currency = this.currency (code);
        const request = { 'accountType': 'UNIFIED', 'category': 'spot', 'currency': currency['id'] };
        if (since !== undefined) {
            request['startTime'] = since;
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            request['endTime'] = until;
        }
        if (limit !== undefined) {
            request['limit'] = Math.min (limit, 50);
        }
        const response = await this.privateGetV5AccountTransactionLog (this.extend (request, this.omit (params, 'until')));
        const entries = this.safeList (this.safeDict (response, 'result', {}), 'list', []);
        return this.parseLedger (entries, currency, since, limit);
    }

    // --- transport -----------------------------------------------------------------------------------

    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        // GET sends its params as the query string, POST as a JSON body.
        let url = this.urls['api'] + '/' + path;
        const isPost = method === 'POST';
        const query = (Object.keys (params).length > 0) ? this.urlencode (params) : '';
        if (!isPost && (query !== '')) {
            url = url + '?' + query;
        }
        if (api === 'public') {
            return { 'url': url, 'method': method, 'body': body, 'headers': headers };
        }
        // X-BAPI-SIGN: hex HMAC-SHA256 with the secret of timestamp (ms) + API key + recvWindow + the query
        // string (GET) or the JSON body (POST), exactly as sent.
        this.checkRequiredCredentials ();
        const timestamp = this.numberToString (this.milliseconds ());
        const recvWindow = this.numberToString (this.options['recvWindow']);
        let payload = query;
        headers = {
            'X-BAPI-API-KEY': this.apiKey,
            'X-BAPI-TIMESTAMP': timestamp,
            'X-BAPI-RECV-WINDOW': recvWindow,
        };
        if (isPost) {
            // An empty body is written out: PHP would encode an empty dictionary as a list, '[]'.
            body = (Object.keys (params).length > 0) ? this.json (params) : '{}';
            payload = body;
            headers['Content-Type'] = 'application/json';
        }
        const auth = timestamp + this.apiKey + recvWindow + payload;
        headers['X-BAPI-SIGN'] = this.hmac (this.encode (auth), this.encode (this.secret), 'sha256');
        return { 'url': url, 'method': method, 'body': body, 'headers': headers };
    }

    handleErrors (status, reason, url, method, responseHeaders, responseBody, response, requestHeaders, requestBody) {
        // v5 answers with HTTP 200 and { retCode, retMsg, result, retExtInfo, time }: retCode 0 is success,
        // any other is an error, mapped by its code (exceptions.exact), then its message (exceptions.broad).
        // Responses without a retCode are left to the base class's HTTP status mapping.
        if ((response === undefined) || Array.isArray (response) || (typeof response !== 'object')) {
            return;
        }
        const code = this.safeString (response, 'retCode');
        if ((code === undefined) || (code === '0')) {
            return;
        }
        const message = this.safeString (response, 'retMsg', '');
        const feedback = this.id + ' ' + method + ' ' + url + ' ' + code + ' ' + message;
        this.throwExactlyMatchedException (this.exceptions['exact'], code, feedback);
        this.throwBroadlyMatchedException (this.exceptions['broad'], message, feedback);
        throw new ExchangeError (feedback);
    }
}
