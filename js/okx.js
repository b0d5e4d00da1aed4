// OKX REST API v5, spot markets (instType SPOT) and the funding account: https://www.okx.com/docs-v5/en/
import Exchange from './base/Exchange.js';
import { AccountSuspended, ArgumentsRequired, AuthenticationError, BadRequest, BadSymbol, DuplicateOrderId, ExchangeError, ExchangeNotAvailable, InsufficientFunds, InvalidAddress, InvalidNonce, InvalidOrder, NotSupported, OrderNotFound, PermissionDenied, RateLimitExceeded, RequestTimeout } from './base/errors.js';
import Precise from './base/Precise.js';
import { TICK_SIZE } from './base/functions/number.js';

export default class okx extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'okx',
            'name': 'OKX',
            'countries': [ 'SC' ],
            'version': 'v5',
            // OKX limits each endpoint on its own, as N requests per 2 seconds: 100 ms per unit of cost, and each
            // endpoint's cost is 2000 / (100 * N), so 20 requests per 2 seconds cost 1.
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
                'editOrder': true,
                'fetchOrder': true,
                'fetchOrders': false,
                'fetchOpenOrders': true,
                'fetchClosedOrders': true,
                'fetchMyTrades': true,
                'fetchDeposits': true,
                'fetchWithdrawals': true,
                'fetchTransactions': false,
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
                'createDepositAddress': false,
                'fetchDepositWithdrawFees': true,
                'transfer': true,
                'createMarketBuyOrderWithCost': true,
            },
            'urls': {
                'api': 'https://www.okx.com',
                'www': 'https://www.okx.com',
                'doc': 'https://www.okx.com/docs-v5/en/',
                'fees': 'https://www.okx.com/fees',
            },
            'api': {
                'public': {
                    'get': {
                        'public/time': 2,
                        'public/instruments': 1,
                        'system/status': 50,
                        'market/tickers': 1,
                        'market/ticker': 1,
                        'market/books': 0.5,
                        'market/books-full': 2,
                        'market/candles': 0.5,
                        'market/history-candles': 1,
                        'market/trades': 0.2,
                        'market/history-trades': 1,
                        'market/platform-24-volume': 2,
                        'market/call-auction-details': 1,
                        'asset/exchange-list': 3.333,
                    },
                },
                'private': {
                    'get': {
                        'account/balance': 2,
                        'account/bills': 4,
                        'account/bills-archive': 4,
                        'account/config': 4,
                        'account/max-size': 1,
                        'account/max-avail-size': 1,
                        'account/trade-fee': 4,
                        'account/instruments': 1,
                        'trade/order': 0.333,
                        'trade/orders-pending': 0.333,
                        'trade/orders-history': 0.5,
                        'trade/orders-history-archive': 1,
                        'trade/fills': 0.333,
                        'trade/fills-history': 2,
                        'trade/order-algo': 1,
                        'trade/orders-algo-pending': 1,
                        'trade/orders-algo-history': 1,
                        'asset/currencies': 3.333,
                        'asset/balances': 3.333,
                        'asset/asset-valuation': 20,
                        'asset/transfer-state': 2,
                        'asset/bills': 3.333,
                        'asset/deposit-address': 3.333,
                        'asset/deposit-history': 3.333,
                        'asset/withdrawal-history': 3.333,
                        'asset/deposit-withdraw-status': 20,
                        'asset/non-tradable-assets': 3.333,
                    },
                    'post': {
                        'trade/order': 0.333,
                        'trade/batch-orders': 0.067,
                        'trade/cancel-order': 0.333,
                        'trade/cancel-batch-orders': 0.067,
                        'trade/amend-order': 0.333,
                        'trade/amend-batch-orders': 0.067,
                        'trade/order-algo': 1,
                        'trade/cancel-algos': 1,
                        'trade/amend-algos': 1,
                        'trade/cancel-all-after': 20,
                        'asset/transfer': 20,
                        'asset/withdrawal': 3.333,
                        'asset/cancel-withdrawal': 3.333,
                    },
                },
            },
            'timeframes': {
                '1m': '1m',
                '3m': '3m',
                '5m': '5m',
                '15m': '15m',
                '30m': '30m',
                '1h': '1H',
                '2h': '2H',
                '4h': '4H',
                '6h': '6Hutc',
                '12h': '12Hutc',
                '1d': '1Dutc',
                '1w': '1Wutc',
                '1M': '1Mutc',
            },
            'fees': {
                'trading': {
                    'tierBased': true,
                    'percentage': true,
                    'taker': 0.001,
                    'maker': 0.0008,
                },
            },
            'precisionMode': TICK_SIZE,
            // Every private request carries the API key's passphrase, which the unified API calls password.
            'requiredCredentials': {
                'apiKey': true,
                'secret': true,
                'password': true,
            },
            'options': {
                // transfer's unified accounts and OKX's account types of asset/transfer (6 funding, 18 trading).
                'accountsByType': {
                    'funding': '6',
                    'spot': '18',
                    'trading': '18',
                },
                // OKX names a chain '<currency>-<network>' (USDT-TRC20, USDT-Arbitrum One): the unified network codes
                // and the network part of those chain names.
                'networks': {
                    'BTC': 'Bitcoin',
                    'ERC20': 'ERC20',
                    'TRC20': 'TRC20',
                    'BEP20': 'BSC',
                    'SOL': 'Solana',
                    'POLYGON': 'Polygon',
                    'ARBITRUM': 'Arbitrum One',
                    'OPTIMISM': 'Optimism',
                    'AVAXC': 'Avalanche C-Chain',
                    'BASE': 'Base',
                    'TON': 'TON',
                    'LIGHTNING': 'Lightning',
                    'XRP': 'Ripple',
                },
                'orderStatuses': {
                    'live': 'open',
                    'partially_filled': 'open',
                    'filled': 'closed',
                    'canceled': 'canceled',
                    'mmp_canceled': 'canceled',
                },
                // ordType: the unified type and timeInForce (post_only is a post-only limit order).
                'orderTypes': {
                    'market': [ 'market', undefined ],
                    'limit': [ 'limit', 'GTC' ],
                    'post_only': [ 'limit', 'PO' ],
                    'fok': [ 'limit', 'FOK' ],
                    'ioc': [ 'limit', 'IOC' ],
                    'optimal_limit_ioc': [ 'market', 'IOC' ],
                },
                // Algo order states (trade/orders-algo-*).
                'algoStatuses': {
                    'live': 'open',
                    'pause': 'open',
                    'partially_effective': 'open',
                    'effective': 'closed',
                    'canceled': 'canceled',
                    'order_failed': 'rejected',
                },
                'depositStatuses': {
                    '0': 'pending',
                    '1': 'ok',
                    '2': 'ok',
                    '8': 'pending',
                    '11': 'failed',
                    '12': 'pending',
                    '13': 'pending',
                    '14': 'pending',
                },
                'withdrawalStatuses': {
                    '-3': 'pending',
                    '-2': 'canceled',
                    '-1': 'failed',
                    '0': 'pending',
                    '1': 'pending',
                    '2': 'ok',
                    '7': 'pending',
                    '10': 'pending',
                },
                // account/bills type: the unified ledger entry type.
                'ledgerTypes': {
                    '1': 'transfer',
                    '2': 'trade',
                    '7': 'interest',
                    '11': 'conversion',
                },
                // Milliseconds per candle, to bound a candle request that starts at since.
                'timeframeDurations': {
                    '1m': 60000,
                    '3m': 180000,
                    '5m': 300000,
                    '15m': 900000,
                    '30m': 1800000,
                    '1h': 3600000,
                    '2h': 7200000,
                    '4h': 14400000,
                    '6h': 21600000,
                    '12h': 43200000,
                    '1d': 86400000,
                    '1w': 604800000,
                    '1M': 2678400000,
                },
            },
            'exceptions': {
                // The documented error codes (Error Code section: REST public and private errors).
                'exact': {
                    '50000': BadRequest,
                    '50001': ExchangeNotAvailable,
                    '50002': BadRequest,
                    '50004': RequestTimeout,
                    '50005': ExchangeNotAvailable,
                    '50011': RateLimitExceeded,
                    '50013': ExchangeNotAvailable,
                    '50014': BadRequest,
                    '50026': ExchangeNotAvailable,
                    '50030': PermissionDenied,
                    '50061': RateLimitExceeded,
                    '50100': AccountSuspended,
                    '50101': AuthenticationError,
                    '50102': InvalidNonce,
                    '50103': AuthenticationError,
                    '50104': AuthenticationError,
                    '50105': AuthenticationError,
                    '50106': AuthenticationError,
                    '50107': AuthenticationError,
                    '50110': PermissionDenied,
                    '50111': AuthenticationError,
                    '50112': InvalidNonce,
                    '50113': AuthenticationError,
                    '50114': AuthenticationError,
                    '50115': BadRequest,
                    '50119': AuthenticationError,
                    '50120': PermissionDenied,
                    '51000': BadRequest,
                    '51001': BadSymbol,
                    '51002': BadSymbol,
                    '51004': InvalidOrder,
                    '51006': InvalidOrder,
                    '51008': InsufficientFunds,
                    '51009': AccountSuspended,
                    '51011': DuplicateOrderId,
                    '51020': InvalidOrder,
                    '51024': AccountSuspended,
                    '51116': InvalidOrder,
                    '51119': InsufficientFunds,
                    '51120': InvalidOrder,
                    '51121': InvalidOrder,
                    '51131': InsufficientFunds,
                    '51400': OrderNotFound,
                    '51401': OrderNotFound,
                    '51402': OrderNotFound,
                    '51503': OrderNotFound,
                    '51603': OrderNotFound,
                    '58004': AccountSuspended,
                    '58102': RateLimitExceeded,
                    '58203': InvalidAddress,
                    '58207': InvalidAddress,
                    '58350': InsufficientFunds,
                },
                'broad': {},
            },
        });
    }

    // --- markets and currencies ----------------------------------------------------------------------

    async fetchTime (params = {}) {
        // public/time: [ { ts } ] in milliseconds.
        const response = await this.publicGetPublicTime (params);
        return this.safeInteger (this.firstEntry (response), 'ts');
    }

    firstEntry (response) {
        // Every answer is { code, msg, data: [ ... ] }; most single results are data's one element.
        return this.safeDict (this.safeList (response, 'data', []), 0, {});
    }

    async fetchStatus (params = {}) {
        // system/status lists the scheduled and ongoing maintenance events; an ongoing one means maintenance,
        // until its end time.
        const response = await this.publicGetSystemStatus (params);
        const events = this.safeList (response, 'data', []);
        for (let i = 0; i < events.length; i++) {
            if (this.safeString (events[i], 'state') === 'ongoing') {
                return {
                    'status': 'maintenance',
                    'updated': undefined,
                    'eta': this.safeInteger (events[i], 'end'),
                    'url': this.safeString (events[i], 'href'),
                    'info': response,
                };
            }
        }
        return { 'status': 'ok', 'updated': undefined, 'eta': undefined, 'url': undefined, 'info': response };
    }

    async fetchMarkets (params = {}) {
        const response = await this.publicGetPublicInstruments (this.extend ({ 'instType': 'SPOT' }, params));
        const instruments = this.safeList (response, 'data', []);
        const result = [];
        for (let i = 0; i < instruments.length; i++) {
            result.push (this.parseMarket (instruments[i]));
        }
        return result;
    }

    parseMarket (entry) {
        // Spot sizes are in the base currency: lotSz is the amount step, minSz the least amount; maxLmtSz the
        // most of a limit order. maxLmtAmt is the largest value of a limit order in USD, not in the quote
        // currency: the market's cost limit only where USD is the quote currency.
        const baseId = this.safeString (entry, 'baseCcy');
        const quoteId = this.safeString (entry, 'quoteCcy');
        const base = this.safeCurrencyCode (baseId);
        const quote = this.safeCurrencyCode (quoteId);
        return this.safeMarketStructure ({
            'id': this.safeString (entry, 'instId'),
            'symbol': base + '/' + quote,
            'base': base,
            'quote': quote,
            'baseId': baseId,
            'quoteId': quoteId,
            'active': this.safeString (entry, 'state') === 'live',
            'type': 'spot',
            'spot': true,
            'taker': this.fees['trading']['taker'],
            'maker': this.fees['trading']['maker'],
            'precision': {
                'amount': this.safeNumber (entry, 'lotSz'),
                'price': this.safeNumber (entry, 'tickSz'),
            },
            'limits': {
                'amount': { 'min': this.safeNumber (entry, 'minSz'), 'max': this.safeNumber (entry, 'maxLmtSz') },
                'price': { 'min': undefined, 'max': undefined },
                'cost': { 'min': undefined, 'max': (quote === 'USD') ? this.safeNumber (entry, 'maxLmtAmt') : undefined },
            },
            'info': entry,
        });
    }

    async fetchCurrencies (params = {}) {
        // asset/currencies is a signed endpoint with one entry per currency and chain: without credentials
        // there is none, and loadMarkets derives the currencies from the markets instead.
        if (!this.checkRequiredCredentials (false)) {
            return {};
        }
        const response = await this.privateGetAssetCurrencies (params);
        const byId = this.groupBy (this.safeList (response, 'data', []), 'ccy');
        const ids = Object.keys (byId);
        const result = {};
        for (let i = 0; i < ids.length; i++) {
            const currency = this.parseCurrencyChains (ids[i], this.safeList (byId, ids[i], []));
            result[currency['code']] = currency;
        }
        return result;
    }

    parseCurrencyChains (id, chains) {
        // The currency's networks by unified code; the currency can be deposited (withdrawn) when one of its
        // chains can, and the main network (mainNet) gives its fee, precision and limits.
        const code = this.safeCurrencyCode (id);
        const networks = {};
        let main = this.safeDict (chains, 0, {});
        let deposit = false;
        let withdraw = false;
        for (let i = 0; i < chains.length; i++) {
            const chain = chains[i];
            if (this.safeBool (chain, 'mainNet') === true) {
                main = chain;
            }
            const network = this.parseChain (id, chain);
            deposit = deposit || network['deposit'];
            withdraw = withdraw || network['withdraw'];
            networks[network['network']] = network;
        }
        return {
            'id': id,
            'code': code,
            'name': this.safeString (main, 'name'),
            'active': deposit && withdraw,
            'deposit': deposit,
            'withdraw': withdraw,
            'fee': this.safeNumber2 (main, 'fee', 'minFee'),
            'precision': this.parseNumber (this.parsePrecision (this.safeString (main, 'wdTickSz'))),
            'limits': {
                'withdraw': { 'min': this.safeNumber (main, 'minWd'), 'max': this.safeNumber (main, 'maxWd') },
                'deposit': { 'min': this.safeNumber (main, 'minDep'), 'max': undefined },
            },
            'networks': networks,
            'info': chains,
        };
    }

    parseChain (id, chain) {
        const chainId = this.safeString (chain, 'chain');
        const canDeposit = this.safeBool (chain, 'canDep', false);
        const canWithdraw = this.safeBool (chain, 'canWd', false);
        return {
            'id': chainId,
            'network': this.chainNetworkCode (id, chainId),
            'active': canDeposit && canWithdraw,
            'deposit': canDeposit,
            'withdraw': canWithdraw,
            'fee': this.safeNumber2 (chain, 'fee', 'minFee'),
            'precision': this.parseNumber (this.parsePrecision (this.safeString (chain, 'wdTickSz'))),
            'limits': {
                'withdraw': { 'min': this.safeNumber (chain, 'minWd'), 'max': this.safeNumber (chain, 'maxWd') },
                'deposit': { 'min': this.safeNumber (chain, 'minDep'), 'max': undefined },
            },
        };
    }

    chainNetworkCode (currencyId, chainId) {
        // 'USDT-TRC20' -> 'TRC20', 'USDT-BSC' -> 'BEP20' (options['networks']); the chain name without its
        // currency prefix when the network is not in options['networks'].
        if (chainId === undefined) {
            return undefined;
        }
        const prefix = currencyId + '-';
        let name = chainId;
        if ((currencyId !== undefined) && chainId.startsWith (prefix)) {
            name = chainId.slice (prefix.length);
        }
        return this.networkCode (name);
    }

    chainId (networkCode, currency) {
        // The unified network code as OKX's chain name: the currency's own chain of that network when
        // fetchCurrencies has listed it, else '<currency id>-<network>' from options['networks'].
        const upper = networkCode.toUpperCase ();
        const known = this.safeDict (this.safeDict (currency, 'networks', {}), upper);
        if (known !== undefined) {
            return this.safeString (known, 'id');
        }
        const networks = this.safeDict (this.options, 'networks', {});
        return currency['id'] + '-' + this.safeString (networks, upper, networkCode);
    }

    async fetchDepositWithdrawFees (codes = undefined, params = {}) {
        // asset/currencies, as fetchCurrencies reads it: the withdrawal fee of each chain. It is signed.
        this.checkRequiredCredentials ();
        const currencies = await this.fetchCurrencies (params);
        return this.depositWithdrawFeesFromCurrencies (currencies, codes);
    }

    async fetchTradingFees (params = {}) {
        // account/trade-fee for instType SPOT: the account's rates of every spot market.
        await this.loadMarkets ();
        const response = await this.privateGetAccountTradeFee (this.extend ({ 'instType': 'SPOT' }, params));
        const entry = this.firstEntry (response);
        const result = {};
        for (let i = 0; i < this.symbols.length; i++) {
            const market = this.market (this.symbols[i]);
            result[market['symbol']] = this.parseTradingFee (entry, market);
        }
        return result;
    }

    async fetchTradingFee (symbol, params = {}) {
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'instType': 'SPOT', 'instId': market['id'] };
        const response = await this.privateGetAccountTradeFee (this.extend (request, params));
        return this.parseTradingFee (this.firstEntry (response), market);
    }

    parseTradingFee (entry, market) {
        // OKX signs fee rates the other way round: negative is a commission, positive a rebate. The rates of a
        // market's fee group (feeGroup, by the instrument's groupId) when the answer lists groups; else maker
        // and taker for USDT pairs, makerUSDC and takerUSDC for USDC and crypto-quoted pairs.
        let maker = this.safeString (entry, 'maker');
        let taker = this.safeString (entry, 'taker');
        const groups = this.indexBy (this.safeList (entry, 'feeGroup', []), 'groupId');
        const group = this.safeDict (groups, this.safeString (market['info'], 'groupId'));
        if (group !== undefined) {
            maker = this.safeString (group, 'maker');
            taker = this.safeString (group, 'taker');
        } else if (market['quote'] !== 'USDT') {
            maker = this.safeString (entry, 'makerUSDC', maker);
            taker = this.safeString (entry, 'takerUSDC', taker);
        }
        return {
            'symbol': market['symbol'],
            'maker': this.parseNumber (Precise.stringNeg (maker)),
            'taker': this.parseNumber (Precise.stringNeg (taker)),
            'info': entry,
        };
    }

    // --- market data ---------------------------------------------------------------------------------

    parseTicker (ticker, market = undefined) {
        // For spot, vol24h is in the base currency and volCcy24h in the quote currency; open24h is the price
        // 24 hours ago.
        return this.safeTicker ({
            'symbol': this.safeSymbol (this.safeString (ticker, 'instId'), market, '-'),
            'timestamp': this.safeInteger (ticker, 'ts'),
            'high': this.safeString (ticker, 'high24h'),
            'low': this.safeString (ticker, 'low24h'),
            'bid': this.safeString (ticker, 'bidPx'),
            'bidVolume': this.safeString (ticker, 'bidSz'),
            'ask': this.safeString (ticker, 'askPx'),
            'askVolume': this.safeString (ticker, 'askSz'),
            'open': this.safeString (ticker, 'open24h'),
            'last': this.safeString (ticker, 'last'),
            'baseVolume': this.safeString (ticker, 'vol24h'),
            'quoteVolume': this.safeString (ticker, 'volCcy24h'),
            'info': ticker,
        }, market);
    }

    async fetchTicker (symbol, params = {}) {
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetMarketTicker (this.extend ({ 'instId': market['id'] }, params));
        return this.parseTicker (this.firstEntry (response), market);
    }

    async fetchTickers (symbols = undefined, params = {}) {
        await this.loadMarkets ();
        const response = await this.publicGetMarketTickers (this.extend ({ 'instType': 'SPOT' }, params));
        return this.parseTickers (this.safeList (response, 'data', []), symbols);
    }

    async fetchOrderBook (symbol, limit = undefined, params = {}) {
        // Levels are [ price, size, '0' (deprecated), number of orders ]; sz is the depth per side.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'instId': market['id'] };
        if (limit !== undefined) {
            request['sz'] = limit;
        }
        const response = await this.publicGetMarketBooks (this.extend (request, params));
        const book = this.firstEntry (response);
        return this.parseOrderBook (book, market['symbol'], this.safeInteger (book, 'ts'));
    }

    parseOHLCV (ohlcv, market = undefined) {
        // [ ts, o, h, l, c, vol (base currency for spot), volCcy, volCcyQuote, confirm ]
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
        // market/candles pages backwards: after returns candles older than a time, before newer ones (both
        // exclusive), newest first, and before alone gives the latest candles. So since (inclusive) is
        // before = since - 1 with after at since + limit candles, for the page to start at since; the unified
        // until (inclusive) is after = until + 1, or the page's end when that comes first. market/candles serves
        // only the latest 1,440 candles of a bar (docs: Get candlesticks); a page that starts before them is
        // read from market/history-candles (docs: Get candlesticks history), which takes the same parameters.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const bar = this.safeString (this.timeframes, timeframe);
        if (bar === undefined) {
            throw new BadRequest (this.id + ' fetchOHLCV () has no timeframe ' + timeframe);
        }
        const request = { 'instId': market['id'], 'bar': bar };
        if (limit !== undefined) {
            request['limit'] = limit;
        }
        const until = this.safeInteger (params, 'until');
        let end = (until === undefined) ? undefined : (until + 1);
        const duration = this.safeInteger (this.options['timeframeDurations'], timeframe);
        const count = (limit === undefined) ? 100 : limit;
        let start = undefined;
        if (since !== undefined) {
            request['before'] = since - 1;
            start = since;
            const pageEnd = since + count * duration;
            if ((end === undefined) || (pageEnd < end)) {
                end = pageEnd;
            }
        } else if (end !== undefined) {
            start = end - count * duration;
        }
        if (end !== undefined) {
            request['after'] = end;
        }
        const query = this.extend (request, this.omit (params, 'until'));
        let response = undefined;
        if ((start !== undefined) && (duration !== undefined) && (start < this.milliseconds () - 1440 * duration)) {
            response = await this.publicGetMarketHistoryCandles (query);
        } else {
            response = await this.publicGetMarketCandles (query);
        }
        return this.parseOHLCVs (this.safeList (response, 'data', []), market, timeframe, since, limit);
    }

    parseTrade (trade, market = undefined) {
        // Public trades (market/trades: instId, tradeId, px, sz, side of the taker, ts) and fills
        // (trade/fills: also ordId, fillPx, fillSz, execType T or M, fee negative for a charge, feeCcy).
        market = this.safeMarket (this.safeString (trade, 'instId'), market, '-');
        let takerOrMaker = undefined;
        const execType = this.safeString (trade, 'execType');
        if (execType === 'T') {
            takerOrMaker = 'taker';
        } else if (execType === 'M') {
            takerOrMaker = 'maker';
        }
        let fee = undefined;
        const feeCost = this.safeString (trade, 'fee');
        if (feeCost !== undefined) {
            fee = { 'cost': Precise.stringNeg (feeCost), 'currency': this.safeCurrencyCode (this.safeString (trade, 'feeCcy')) };
        }
        return this.safeTrade ({
            'id': this.safeString (trade, 'tradeId'),
            'order': this.safeString (trade, 'ordId'),
            'symbol': market['symbol'],
            'timestamp': this.safeInteger2 (trade, 'fillTime', 'ts'),
            'side': this.safeString (trade, 'side'),
            'takerOrMaker': takerOrMaker,
            'price': this.safeString2 (trade, 'fillPx', 'px'),
            'amount': this.safeString2 (trade, 'fillSz', 'sz'),
            'fee': fee,
            'info': trade,
        }, market);
    }

    async fetchTrades (symbol, since = undefined, limit = undefined, params = {}) {
        // market/trades: the most recent trades (at most 500), newest first.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'instId': market['id'] };
        if (limit !== undefined) {
            request['limit'] = limit;
        }
        const response = await this.publicGetMarketTrades (this.extend (request, params));
        return this.parseTrades (this.safeList (response, 'data', []), market, since, limit);
    }

    // --- account -------------------------------------------------------------------------------------

    async fetchBalance (params = {}) {
        // account/balance: the trading account; details per currency with availBal (free), frozenBal (held by
        // orders and other uses) and cashBal (the whole balance). params['type'] 'funding' reads the funding
        // account instead.
        await this.loadMarkets ();
        const type = this.safeString (params, 'type', 'trading');
        if (type === 'funding') {
            return await this.fetchFundingBalance (this.omit (params, 'type'));
        }
        if ((type !== 'trading') && (type !== 'spot')) {
            throw new BadRequest (this.id + ' fetchBalance () type must be trading (spot) or funding, not ' + type);
        }
        const response = await this.privateGetAccountBalance (this.omit (params, 'type'));
        const account = this.firstEntry (response);
        const result = { 'info': response, 'timestamp': this.safeInteger (account, 'uTime') };
        const details = this.safeList (account, 'details', []);
        for (let i = 0; i < details.length; i++) {
            const entry = details[i];
            const balance = this.account ();
            balance['free'] = this.safeString (entry, 'availBal');
            balance['used'] = this.safeString (entry, 'frozenBal');
            balance['total'] = this.safeString (entry, 'cashBal');
            result[this.safeCurrencyCode (this.safeString (entry, 'ccy'))] = balance;
        }
        return this.safeBalance (result);
    }

    async fetchFundingBalance (params) {
        // asset/balances: availBal (free), frozenBal (used) and bal (total) of each currency in the funding account.
        const response = await this.privateGetAssetBalances (params);
        const entries = this.safeList (response, 'data', []);
        const result = { 'info': response };
        for (let i = 0; i < entries.length; i++) {
            const balance = this.account ();
            balance['free'] = this.safeString (entries[i], 'availBal');
            balance['used'] = this.safeString (entries[i], 'frozenBal');
            balance['total'] = this.safeString (entries[i], 'bal');
            result[this.safeCurrencyCode (this.safeString (entries[i], 'ccy'))] = balance;
        }
        return this.safeBalance (result);
    }

    async fetchLedger (code = undefined, since = undefined, limit = undefined, params = {}) {
        // account/bills: the trading account's balance changes of the last 7 days; begin and end (the unified
        // until) bound their time, both inclusive.
        await this.loadMarkets ();
        const request = {};
        let currency = undefined;
        if (code !== undefined) {
            currency = this.currency (code);
            request['ccy'] = currency['id'];
        }
        if (since !== undefined) {
            request['begin'] = since;
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            request['end'] = until;
        }
        if (limit !== undefined) {
            request['limit'] = limit;
        }
        const response = await this.privateGetAccountBills (this.extend (request, this.omit (params, 'until')));
        return this.parseLedger (this.safeList (response, 'data', []), currency, since, limit);
    }

    parseLedgerEntry (item, currency = undefined) {
        // { billId, ccy, balChg (signed), bal (after), fee (negative for a charge), type, ordId, ts }
        const code = this.safeCurrencyCode (this.safeString (item, 'ccy'), currency);
        const change = this.safeString (item, 'balChg');
        const after = this.safeString (item, 'bal');
        let before = undefined;
        if ((change !== undefined) && (after !== undefined)) {
            before = Precise.stringSub (after, change);
        }
        const type = this.safeString (item, 'type');
        let fee = undefined;
        const feeCost = this.safeString (item, 'fee');
        if (feeCost !== undefined) {
            fee = { 'cost': Precise.stringNeg (feeCost), 'currency': code };
        }
        return this.safeLedgerEntry ({
            'id': this.safeString (item, 'billId'),
            'timestamp': this.safeInteger (item, 'ts'),
            'account': 'trading',
            'referenceId': this.safeString (item, 'ordId'),
            'type': this.safeString (this.options['ledgerTypes'], type, type),
            'currency': code,
            'amount': change,
            'before': before,
            'after': after,
            'status': 'ok',
            'fee': fee,
            'info': item,
        }, currency);
    }

    // --- orders --------------------------------------------------------------------------------------

    async createOrder (symbol, type, side, amount, price = undefined, params = {}) {
        // trade/order, or trade/order-algo for a trigger. The unified params map to OKX's fields: postOnly is
        // ordType post_only, timeInForce IOC and FOK the ordTypes ioc and fok (limit orders only);
        // clientOrderId is clOrdId (algoClOrdId for a trigger); cost sizes a market order in the quote
        // currency (tgtCcy quote_ccy); triggerPrice is an algo 'trigger' order, stopLossPrice and
        // takeProfitPrice 'conditional' ones (slTriggerPx, tpTriggerPx). Spot has no reduceOnly.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const [ unified, rest ] = this.unifiedOrderParams (type, params);
        this.rejectUnifiedParams ('createOrder', unified, [ 'reduceOnly' ]);
        if ((type !== 'limit') && (type !== 'market')) {
            throw new InvalidOrder (this.id + ' createOrder () takes a market or limit order, not ' + type);
        }
        if ((type === 'limit') && (price === undefined)) {
            throw new ArgumentsRequired (this.id + ' createOrder () requires a price for a limit order');
        }
        if ((unified['timeInForce'] !== undefined) && (type !== 'limit')) {
            throw new InvalidOrder (this.id + ' createOrder () timeInForce ' + unified['timeInForce'] + ' applies to limit orders only, not ' + type + ' orders');
        }
        const request = this.extend ({
            'instId': market['id'],
            'tdMode': 'cash',
            'side': side,
        }, this.orderSize (market, type, amount, unified['cost']));
        if (unified['trigger'] !== undefined) {
            return await this.createTriggerOrder (market, type, side, price, unified, request, rest);
        }
        request['ordType'] = this.ordType (type, unified);
        if (type === 'limit') {
            request['px'] = this.priceToPrecision (symbol, price);
        }
        if (unified['clientOrderId'] !== undefined) {
            request['clOrdId'] = unified['clientOrderId'];
        }
        const response = await this.privatePostTradeOrder (this.extend (request, rest));
        const entry = this.firstEntry (response);
        const quoteSized = this.safeString (request, 'tgtCcy') === 'quote_ccy';
        return this.safeOrder ({
            'id': this.safeString (entry, 'ordId'),
            'clientOrderId': this.safeString (entry, 'clOrdId'),
            'timestamp': this.safeInteger (entry, 'ts'),
            'symbol': market['symbol'],
            'type': type,
            'side': side,
            'price': this.safeString (request, 'px'),
            'amount': quoteSized ? undefined : request['sz'],
            'cost': quoteSized ? request['sz'] : undefined,
            'timeInForce': this.orderTimeInForce (request['ordType']),
            'postOnly': unified['postOnly'] ? true : undefined,
            'info': entry,
        }, market);
    }

    ordType (type, unified) {
        // The ordType of a plain order: market, limit, or the limit variants post_only, ioc and fok.
        if (type === 'market') {
            return 'market';
        }
        if (unified['postOnly']) {
            return 'post_only';
        }
        const timeInForce = unified['timeInForce'];
        if (timeInForce === 'IOC') {
            return 'ioc';
        }
        if (timeInForce === 'FOK') {
            return 'fok';
        }
        return 'limit';
    }

    orderTimeInForce (ordType) {
        return this.safeString (this.safeList (this.options['orderTypes'], ordType, []), 1);
    }

    orderSize (market, type, amount, cost) {
        // sz is in the base currency, except for a spot market order with tgtCcy quote_ccy, which OKX takes by
        // default for market buys: so a market order states its tgtCcy.
        if (cost !== undefined) {
            return { 'sz': this.costToPrecision (market['symbol'], cost), 'tgtCcy': 'quote_ccy' };
        }
        if (amount === undefined) {
            throw new ArgumentsRequired (this.id + ' createOrder () requires an amount (or the unified param cost for a market order)');
        }
        const size = { 'sz': this.amountToPrecision (market['symbol'], amount) };
        if (type === 'market') {
            size['tgtCcy'] = 'base_ccy';
        }
        return size;
    }

    async createTriggerOrder (market, type, side, price, unified, request, rest) {
        // trade/order-algo: triggerPrice places a 'trigger' order (orderPx the limit price, -1 for market);
        // stopLossPrice and takeProfitPrice a one-sided 'conditional' order (slTriggerPx and slOrdPx, or
        // tpTriggerPx and tpOrdPx). An algo order has no time in force.
        if (unified['timeInForce'] !== undefined) {
            throw new NotSupported (this.id + ' createOrder () timeInForce cannot be combined with ' + unified['triggerKind'] + ': OKX algo orders have no time in force');
        }
        const trigger = this.priceToPrecision (market['symbol'], unified['trigger']);
        const orderPrice = (type === 'limit') ? this.priceToPrecision (market['symbol'], price) : '-1';
        const kind = unified['triggerKind'];
        if (kind === 'triggerPrice') {
            request['ordType'] = 'trigger';
            request['triggerPx'] = trigger;
            request['orderPx'] = orderPrice;
        } else if (kind === 'stopLossPrice') {
            request['ordType'] = 'conditional';
            request['slTriggerPx'] = trigger;
            request['slOrdPx'] = orderPrice;
        } else {
            request['ordType'] = 'conditional';
            request['tpTriggerPx'] = trigger;
            request['tpOrdPx'] = orderPrice;
        }
        if (unified['clientOrderId'] !== undefined) {
            request['algoClOrdId'] = unified['clientOrderId'];
        }
        const response = await this.privatePostTradeOrderAlgo (this.extend (request, rest));
        const entry = this.firstEntry (response);
        const quoteSized = this.safeString (request, 'tgtCcy') === 'quote_ccy';
        return this.safeOrder ({
            'id': this.safeString (entry, 'algoId'),
            'clientOrderId': this.safeString (entry, 'algoClOrdId'),
            'symbol': market['symbol'],
            'type': type,
            'side': side,
            'price': (type === 'limit') ? orderPrice : undefined,
            'amount': quoteSized ? undefined : request['sz'],
            'cost': quoteSized ? request['sz'] : undefined,
            'triggerPrice': trigger,
            'stopLossPrice': (kind === 'stopLossPrice') ? trigger : undefined,
            'takeProfitPrice': (kind === 'takeProfitPrice') ? trigger : undefined,
            'info': entry,
        }, market);
    }

    async createMarketBuyOrderWithCost (symbol, cost, params = {}) {
        return await this.createOrder (symbol, 'market', 'buy', undefined, undefined, this.extend (params, { 'cost': cost }));
    }

    async editOrder (id, symbol, type, side, amount = undefined, price = undefined, params = {}) {
        // trade/amend-order changes the size (newSz) and price (newPx) of an open order; its type, side and
        // post-only flag stay, and a trigger is an algo order's (trade/amend-algos), not this one's.
        if (this.safeValue (params, 'postOnly') !== undefined) {
            throw new NotSupported (this.id + ' editOrder () does not support the unified param postOnly: amend-order keeps the order type');
        }
        if (this.safeValue (params, 'triggerPrice') !== undefined) {
            throw new NotSupported (this.id + ' editOrder () does not support the unified param triggerPrice: amend-order changes size and price only');
        }
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'instId': market['id'], 'ordId': id };
        if (amount !== undefined) {
            request['newSz'] = this.amountToPrecision (symbol, amount);
        }
        if (price !== undefined) {
            request['newPx'] = this.priceToPrecision (symbol, price);
        }
        const response = await this.privatePostTradeAmendOrder (this.extend (request, params));
        const entry = this.firstEntry (response);
        return this.safeOrder ({
            'id': this.safeString (entry, 'ordId', id),
            'clientOrderId': this.safeString (entry, 'clOrdId'),
            'symbol': market['symbol'],
            'type': type,
            'side': side,
            'amount': this.safeString (request, 'newSz'),
            'price': this.safeString (request, 'newPx'),
            'info': entry,
        }, market);
    }

    requireSymbol (method, symbol) {
        if (symbol === undefined) {
            throw new ArgumentsRequired (this.id + ' ' + method + ' () requires a symbol argument: OKX names orders by instrument and id');
        }
        return this.market (symbol);
    }

    async cancelOrder (id, symbol = undefined, params = {}) {
        // trade/cancel-order answers with the id only: the order is canceled when sCode is 0. With
        // params['trigger'] the id is an algo order's (createOrder with a trigger), canceled with
        // trade/cancel-algos, which takes a JSON list.
        await this.loadMarkets ();
        const market = this.requireSymbol ('cancelOrder', symbol);
        let response = undefined;
        if (this.safeBool (params, 'trigger', false)) {
            const algos = [ this.extend ({ 'instId': market['id'], 'algoId': id }, this.omit (params, 'trigger')) ];
            response = await this.privatePostTradeCancelAlgos ({ 'batch': algos });
        } else {
            response = await this.privatePostTradeCancelOrder (this.extend ({ 'instId': market['id'], 'ordId': id }, params));
        }
        const entry = this.firstEntry (response);
        return this.safeOrder ({
            'id': this.safeString2 (entry, 'ordId', 'algoId', id),
            'clientOrderId': this.safeString (entry, 'clOrdId'),
            'symbol': market['symbol'],
            'status': 'canceled',
            'info': entry,
        }, market);
    }

    async cancelAllOrders (symbol = undefined, params = {}) {
        // OKX has no cancel-all for spot: the open orders (of the symbol, or all) are canceled with
        // trade/cancel-batch-orders, 20 at a time; each comes back canceled unless its sCode says otherwise.
        const open = await this.fetchOpenOrders (symbol, undefined, undefined, params);
        const result = [];
        for (let start = 0; start < open.length; start += 20) {
            const batch = open.slice (start, start + 20);
            const orders = [];
            for (let i = 0; i < batch.length; i++) {
                orders.push ({ 'instId': this.marketId (batch[i]['symbol']), 'ordId': batch[i]['id'] });
            }
            const response = await this.privatePostTradeCancelBatchOrders ({ 'batch': orders });
            const answers = this.indexBy (this.safeList (response, 'data', []), 'ordId');
            for (let i = 0; i < batch.length; i++) {
                const answer = this.safeDict (answers, batch[i]['id'], {});
                if (this.safeString (answer, 'sCode') === '0') {
                    result.push (this.extend (batch[i], { 'status': 'canceled', 'info': { 'order': batch[i]['info'], 'canceled': answer } }));
                }
            }
        }
        return result;
    }

    parseOrder (order, market = undefined) {
        // trade/order, orders-pending and orders-history: ordType gives the unified type and time in force;
        // a market order sized in the quote currency (tgtCcy quote_ccy, which is the default of a market buy)
        // has its cost in sz; fee is negative for a charge; 0 (or '') times mean none. slTriggerPx and
        // tpTriggerPx of a plain order are the stop-loss and take-profit attached to it, not a trigger of the
        // order itself.
        market = this.safeMarket (this.safeString (order, 'instId'), market, '-');
        if ((this.safeString (order, 'ordId') === undefined) && (this.safeString (order, 'algoId') !== undefined)) {
            return this.parseAlgoOrder (order, market);
        }
        const ordType = this.safeString (order, 'ordType');
        const known = this.safeList (this.options['orderTypes'], ordType, []);
        const timeInForce = this.safeString (known, 1);
        let amount = this.safeString (order, 'sz');
        let cost = undefined;
        if ((ordType === 'market') && this.quoteSized (order)) {
            amount = undefined;
            const filled = this.safeString (order, 'accFillSz');
            const average = this.safeString (order, 'avgPx');
            if ((filled !== undefined) && (average !== undefined)) {
                cost = Precise.stringMul (filled, average);
            }
        }
        let fee = undefined;
        const feeCost = this.safeString (order, 'fee');
        if (feeCost !== undefined) {
            fee = { 'cost': Precise.stringNeg (feeCost), 'currency': this.safeCurrencyCode (this.safeString (order, 'feeCcy')) };
        }
        return this.safeOrder ({
            'id': this.safeString (order, 'ordId'),
            'clientOrderId': this.safeString (order, 'clOrdId'),
            'symbol': market['symbol'],
            'timestamp': this.safeInteger (order, 'cTime'),
            'lastUpdateTimestamp': this.safeInteger (order, 'uTime'),
            'lastTradeTimestamp': this.safeMilliseconds (order, 'fillTime'),
            'status': this.safeString (this.options['orderStatuses'], this.safeString (order, 'state')),
            'type': this.safeString (known, 0),
            'timeInForce': timeInForce,
            'postOnly': (timeInForce === 'PO') ? true : undefined,
            'side': this.safeString (order, 'side'),
            'price': this.nonZero (this.safeString (order, 'px')),
            'stopLossPrice': this.nonZero (this.safeString (order, 'slTriggerPx')),
            'takeProfitPrice': this.nonZero (this.safeString (order, 'tpTriggerPx')),
            'average': this.nonZero (this.safeString (order, 'avgPx')),
            'amount': amount,
            'filled': this.safeString (order, 'accFillSz'),
            'cost': cost,
            'fee': fee,
            'info': order,
        }, market);
    }

    parseAlgoOrder (order, market) {
        // trade/order-algo and orders-algo-pending: a trigger order (triggerPx, orderPx) or a one-sided
        // conditional one (slTriggerPx and slOrdPx, or tpTriggerPx and tpOrdPx); an order price of -1 is a
        // market order. actualSz is the size of the order placed once triggered.
        const stopLoss = this.nonZero (this.safeString (order, 'slTriggerPx'));
        const takeProfit = this.nonZero (this.safeString (order, 'tpTriggerPx'));
        let triggerPrice = this.nonZero (this.safeString (order, 'triggerPx'));
        let orderPrice = this.safeString (order, 'ordPx');
        if (stopLoss !== undefined) {
            triggerPrice = stopLoss;
            orderPrice = this.safeString (order, 'slOrdPx');
        } else if (takeProfit !== undefined) {
            triggerPrice = takeProfit;
            orderPrice = this.safeString (order, 'tpOrdPx');
        }
        const isMarket = (orderPrice === '-1');
        const quoteSized = isMarket && this.quoteSized (order);
        return this.safeOrder ({
            'id': this.safeString (order, 'algoId'),
            'clientOrderId': this.safeString (order, 'algoClOrdId'),
            'symbol': market['symbol'],
            'timestamp': this.safeInteger (order, 'cTime'),
            'lastUpdateTimestamp': this.safeMilliseconds (order, 'uTime'),
            'status': this.safeString (this.options['algoStatuses'], this.safeString (order, 'state')),
            'type': isMarket ? 'market' : 'limit',
            'side': this.safeString (order, 'side'),
            'price': isMarket ? undefined : this.nonZero (orderPrice),
            'triggerPrice': triggerPrice,
            'stopLossPrice': stopLoss,
            'takeProfitPrice': takeProfit,
            'amount': quoteSized ? undefined : this.safeString (order, 'sz'),
            'cost': quoteSized ? this.safeString (order, 'sz') : undefined,
            'info': order,
        }, market);
    }

    quoteSized (order) {
        // Whether a spot market order's sz is in the quote currency: tgtCcy says so, and without it a market buy
        // is (tgtCcy: 'Default is quote_ccy for buy, base_ccy for sell').
        const target = this.safeString (order, 'tgtCcy');
        if (target === undefined) {
            return this.safeString (order, 'side') === 'buy';
        }
        return target === 'quote_ccy';
    }

    nonZero (value) {
        // OKX reports an absent price as '' or '0'.
        if ((value === undefined) || Precise.stringEq (value, '0')) {
            return undefined;
        }
        return value;
    }

    async fetchOrder (id, symbol = undefined, params = {}) {
        // trade/order; with params['trigger'] the id is an algo order's, read with trade/order-algo.
        await this.loadMarkets ();
        const market = this.requireSymbol ('fetchOrder', symbol);
        let response = undefined;
        if (this.safeBool (params, 'trigger', false)) {
            response = await this.privateGetTradeOrderAlgo (this.extend ({ 'algoId': id }, this.omit (params, 'trigger')));
        } else {
            response = await this.privateGetTradeOrder (this.extend ({ 'instId': market['id'], 'ordId': id }, params));
        }
        const order = this.safeDict (this.safeList (response, 'data', []), 0);
        if (order === undefined) {
            throw new OrderNotFound (this.id + ' fetchOrder () found no order ' + id);
        }
        return this.parseOrder (order, market);
    }

    ordersRequest (symbol, since, limit, params) {
        // The query of the order and fill lists: instType SPOT, instId, begin (since) and end (the unified
        // until) in milliseconds, limit (at most 100); the request and the market.
        const request = { 'instType': 'SPOT' };
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
            request['instId'] = market['id'];
        }
        if (since !== undefined) {
            request['begin'] = since;
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            request['end'] = until;
        }
        if (limit !== undefined) {
            request['limit'] = limit;
        }
        return [ this.extend (request, this.omit (params, 'until')), market ];
    }

    async fetchOpenOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // trade/orders-pending takes no time range: since filters what it lists. With params['trigger'] the
        // open algo orders of trade/orders-algo-pending, of one ordType ('trigger' unless params['ordType']
        // says 'conditional').
        await this.loadMarkets ();
        const request = { 'instType': 'SPOT' };
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
            request['instId'] = market['id'];
        }
        if (limit !== undefined) {
            request['limit'] = limit;
        }
        let response = undefined;
        if (this.safeBool (params, 'trigger', false)) {
            request['ordType'] = this.safeString (params, 'ordType', 'trigger');
            response = await this.privateGetTradeOrdersAlgoPending (this.extend (request, this.omit (params, [ 'trigger', 'ordType' ])));
        } else {
            response = await this.privateGetTradeOrdersPending (this.extend (request, params));
        }
        return this.parseOrders (this.safeList (response, 'data', []), market, since, limit);
    }

    async fetchClosedOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // trade/orders-history: the filled and canceled orders of the last 7 days.
        await this.loadMarkets ();
        const [ request, market ] = this.ordersRequest (symbol, since, limit, params);
        const response = await this.privateGetTradeOrdersHistory (request);
        return this.parseOrders (this.safeList (response, 'data', []), market, since, limit);
    }

    async fetchMyTrades (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // trade/fills-history: the fills of the last 3 months.
        await this.loadMarkets ();
        const [ request, market ] = this.ordersRequest (symbol, since, limit, params);
        const response = await this.privateGetTradeFillsHistory (request);
        return this.parseTrades (this.safeList (response, 'data', []), market, since, limit);
    }

    async fetchOrderTrades (id, symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // trade/fills with ordId, which OKX takes together with the instrument.
        await this.loadMarkets ();
        const market = this.requireSymbol ('fetchOrderTrades', symbol);
        const request = { 'instType': 'SPOT', 'instId': market['id'], 'ordId': id };
        const response = await this.privateGetTradeFills (this.extend (request, params));
        return this.parseTrades (this.safeList (response, 'data', []), market, since, limit);
    }

    // --- funding -------------------------------------------------------------------------------------

    historyRequest (code, since, limit, params) {
        // deposit-history and withdrawal-history page by time: before returns records newer than a time,
        // after older ones (both exclusive), so since is before = since - 1 and the unified until is
        // after = until + 1. The request and the currency.
        const request = {};
        let currency = undefined;
        if (code !== undefined) {
            currency = this.currency (code);
            request['ccy'] = currency['id'];
        }
        if (since !== undefined) {
            request['before'] = since - 1;
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            request['after'] = until + 1;
        }
        if (limit !== undefined) {
            request['limit'] = limit;
        }
        return [ this.extend (request, this.omit (params, 'until')), currency ];
    }

    async fetchDeposits (code = undefined, since = undefined, limit = undefined, params = {}) {
        await this.loadMarkets ();
        const [ request, currency ] = this.historyRequest (code, since, limit, params);
        const response = await this.privateGetAssetDepositHistory (request);
        return this.parseTransactions (this.safeList (response, 'data', []), currency, since, limit);
    }

    async fetchWithdrawals (code = undefined, since = undefined, limit = undefined, params = {}) {
        await this.loadMarkets ();
        const [ request, currency ] = this.historyRequest (code, since, limit, params);
        const response = await this.privateGetAssetWithdrawalHistory (request);
        return this.parseTransactions (this.safeList (response, 'data', []), currency, since, limit);
    }

    parseTransaction (transaction, currency = undefined) {
        // Deposits carry depId, withdrawals wdId (and fee, feeCcy); to is the receiving address, and tag, memo
        // or pmtId its memo for the currencies that need one. state is a number whose meaning differs between
        // the two.
        const withdrawalId = this.safeString (transaction, 'wdId');
        const isWithdrawal = withdrawalId !== undefined;
        const currencyId = this.safeString (transaction, 'ccy');
        const code = this.safeCurrencyCode (currencyId, currency);
        const statuses = isWithdrawal ? this.options['withdrawalStatuses'] : this.options['depositStatuses'];
        let fee = undefined;
        const feeCost = this.safeString (transaction, 'fee');
        if (feeCost !== undefined) {
            fee = { 'cost': feeCost, 'currency': this.safeCurrencyCode (this.safeString (transaction, 'feeCcy', currencyId)) };
        }
        return this.safeTransaction ({
            'id': isWithdrawal ? withdrawalId : this.safeString (transaction, 'depId'),
            'txid': this.safeString (transaction, 'txId'),
            'timestamp': this.safeInteger (transaction, 'ts'),
            'network': this.chainNetworkCode (currencyId, this.safeString (transaction, 'chain')),
            'address': this.safeString (transaction, 'to'),
            'tag': this.safeStringN (transaction, [ 'tag', 'memo', 'pmtId' ]),
            'type': isWithdrawal ? 'withdrawal' : 'deposit',
            'amount': this.safeString (transaction, 'amt'),
            'currency': code,
            'status': this.safeString (statuses, this.safeString (transaction, 'state'), 'pending'),
            'fee': fee,
            'info': transaction,
        }, currency);
    }

    async depositAddresses (currency, params) {
        // asset/deposit-address: every address of one currency, one per chain (and more where several exist).
        const response = await this.privateGetAssetDepositAddress (this.extend ({ 'ccy': currency['id'] }, params));
        const entries = this.safeList (response, 'data', []);
        const result = [];
        for (let i = 0; i < entries.length; i++) {
            result.push (this.parseDepositAddress (entries[i], currency));
        }
        return result;
    }

    parseDepositAddress (entry, currency) {
        // addr, and memo (or tag, or pmtId) for currencies that need one; chain names the network.
        return {
            'currency': currency['code'],
            'address': this.safeString (entry, 'addr'),
            'tag': this.safeStringN (entry, [ 'memo', 'tag', 'pmtId' ]),
            'network': this.chainNetworkCode (currency['id'], this.safeString (entry, 'chain')),
            'info': entry,
        };
    }

    async fetchDepositAddress (code, params = {}) {
        // The address on the unified network (params['network']); without it, the one OKX marks selected.
        await this.loadMarkets ();
        const currency = this.currency (code);
        const networkCode = this.safeString (params, 'network');
        const addresses = await this.depositAddresses (currency, this.omit (params, 'network'));
        let chain = undefined;
        if (networkCode !== undefined) {
            chain = this.chainId (networkCode, currency);
        }
        for (let i = 0; i < addresses.length; i++) {
            const info = addresses[i]['info'];
            if (chain !== undefined) {
                if (this.safeString (info, 'chain') === chain) {
                    return addresses[i];
                }
            } else if (this.safeBool (info, 'selected') === true) {
                return addresses[i];
            }
        }
        if (chain !== undefined) {
            throw new BadRequest (this.id + ' fetchDepositAddress () found no ' + code + ' deposit address on the unified network ' + networkCode + ' (chain ' + chain + ')');
        }
        if (addresses.length === 0) {
            throw new InvalidAddress (this.id + ' has no ' + code + ' deposit address');
        }
        return addresses[0];
    }

    async fetchDepositAddresses (codes = undefined, params = {}) {
        // asset/deposit-address takes one currency: one request per code.
        if (codes === undefined) {
            throw new ArgumentsRequired (this.id + ' fetchDepositAddresses () requires the currency codes: asset/deposit-address takes one currency');
        }
        await this.loadMarkets ();
        let result = [];
        for (let i = 0; i < codes.length; i++) {
            const addresses = await this.depositAddresses (this.currency (codes[i]), params);
            result = this.arrayConcat (result, addresses);
        }
        return result;
    }

    async withdraw (code, amount, address, tag = undefined, params = {}) {
        // asset/withdrawal from the funding account, on chain (dest 4); the chain is '<currency>-<network>'
        // from the unified network; a memo goes after the address as 'address:memo'.
        await this.loadMarkets ();
        const currency = this.currency (code);
        const request = {
            'ccy': currency['id'],
            'amt': this.numberToString (amount),
            'dest': '4',
            'toAddr': (tag === undefined) ? address : (address + ':' + tag),
        };
        const networkCode = this.safeString (params, 'network');
        if (networkCode !== undefined) {
            request['chain'] = this.chainId (networkCode, currency);
        }
        const response = await this.privatePostAssetWithdrawal (this.extend (request, this.omit (params, 'network')));
        const entry = this.firstEntry (response);
        return this.safeTransaction ({
            'id': this.safeString (entry, 'wdId'),
            'type': 'withdrawal',
            'address': address,
            'tag': tag,
            'amount': request['amt'],
            'currency': code,
            'network': this.chainNetworkCode (currency['id'], this.safeString (request, 'chain')),
            'status': 'pending',
            'info': entry,
        });
    }

    async transfer (code, amount, fromAccount, toAccount, params = {}) {
        // asset/transfer between the user's own accounts (type 0): funding (6) and trading (18).
        await this.loadMarkets ();
        const currency = this.currency (code);
        const request = {
            'ccy': currency['id'],
            'amt': this.numberToString (amount),
            'from': this.accountTypeId (fromAccount),
            'to': this.accountTypeId (toAccount),
            'type': '0',
        };
        const response = await this.privatePostAssetTransfer (this.extend (request, params));
        const entry = this.firstEntry (response);
        return this.safeTransfer ({
            'id': this.safeString (entry, 'transId'),
            'currency': code,
            'amount': this.safeString (entry, 'amt', request['amt']),
            'fromAccount': fromAccount,
            'toAccount': toAccount,
            'info': response,
        });
    }

    // --- transport -----------------------------------------------------------------------------------

    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        let requestPath = '/api/' + this.version + '/' + path;
        if (method === 'GET') {
            if (Object.keys (params).length > 0) {
                requestPath = requestPath + '?' + this.urlencode (params);
            }
        } else {
            // A batch endpoint takes a JSON list: the caller passes it as params['batch'].
            const batch = this.safeList (params, 'batch');
            if (batch !== undefined) {
                body = this.json (batch);
            } else {
                body = (Object.keys (params).length > 0) ? this.json (params) : '{}'; // (PHP writes an empty dictionary as [])
            }
        }
        const url = this.urls['api'] + requestPath;
        if (api === 'public') {
            return { 'url': url, 'method': method, 'body': body, 'headers': headers };
        }
        // OK-ACCESS-SIGN: base64 HMAC-SHA256 of timestamp + method + requestPath (with the query) + body, where
        // the timestamp is OK-ACCESS-TIMESTAMP, ISO 8601 with milliseconds.
        this.checkRequiredCredentials ();
        const timestamp = this.iso8601 (this.milliseconds ());
        const payload = timestamp + method + requestPath + ((body === undefined) ? '' : body);
        headers = {
            'OK-ACCESS-KEY': this.apiKey,
            'OK-ACCESS-SIGN': this.hmac (this.encode (payload), this.encode (this.secret), 'sha256', 'base64'),
            'OK-ACCESS-TIMESTAMP': timestamp,
            'OK-ACCESS-PASSPHRASE': this.password,
            'Content-Type': 'application/json',
        };
        return { 'url': url, 'method': method, 'body': body, 'headers': headers };
    }

    handleErrors (status, reason, url, method, responseHeaders, responseBody, response, requestHeaders, requestBody) {
        // Every answer is { code, msg, data }; code '0' is success. An order endpoint that fails answers with
        // code '1' (or '2' for a partly failed batch) and the reason of each item in data[].sCode and sMsg.
        if ((response === undefined) || Array.isArray (response)) {
            return;
        }
        const code = this.safeString (response, 'code');
        if ((code === undefined) || (code === '0') || (code === '2')) {
            // '2' is a partly failed batch: its items report to the caller one by one.
            return;
        }
        const items = this.safeList (response, 'data', []);
        for (let i = 0; i < items.length; i++) {
            const itemCode = this.safeString (items[i], 'sCode');
            if ((itemCode !== undefined) && (itemCode !== '0')) {
                const itemFeedback = this.id + ' ' + itemCode + ' ' + this.safeString (items[i], 'sMsg', '');
                this.throwExactlyMatchedException (this.exceptions['exact'], itemCode, itemFeedback);
                throw new ExchangeError (itemFeedback);
            }
        }
        const feedback = this.id + ' ' + code + ' ' + this.safeString (response, 'msg', '');
        this.throwExactlyMatchedException (this.exceptions['exact'], code, feedback);
        throw new ExchangeError (feedback);
    }
}
