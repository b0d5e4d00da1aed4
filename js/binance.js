// Binance spot REST API (/api/v3) and the wallet endpoints of /sapi/v1: https://developers.binance.com/docs/binance-spot-api-docs
import Exchange from './base/Exchange.js';
import { AccountSuspended, ArgumentsRequired, AuthenticationError, BadRequest, BadResponse, BadSymbol, ExchangeError, ExchangeNotAvailable, InsufficientFunds, InvalidAddress, InvalidNonce, InvalidOrder, OrderNotFound, PermissionDenied, RateLimitExceeded, RequestTimeout } from './base/errors.js';
import Precise from './base/Precise.js';
import { TICK_SIZE } from './base/functions/number.js';

export default class binance extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'binance',
            'name': 'Binance',
            'countries': [ 'JP', 'MT' ],
            'version': 'v3',
            // 6000 request weight per minute and IP: 10 ms per unit of weight; each cost is the
            // endpoint's documented weight (for its single-symbol form where the weight varies).
            'rateLimit': 10,
            'certified': true,
            'has': {
                'fetchCurrencies': true,
                'fetchTime': true,
                'fetchTradingFees': true,
                'fetchStatus': true,
                'fetchTicker': true,
                'fetchTickers': true,
                'fetchOrderBook': true,
                'fetchOHLCV': true,
                'fetchTrades': true,
                'fetchBalance': true,
                'createOrder': true,
                'cancelOrder': true,
                'cancelAllOrders': true,
                'fetchOrder': true,
                'fetchOrders': true,
                'fetchOpenOrders': true,
                'fetchClosedOrders': true,
                'fetchMyTrades': true,
                'fetchDeposits': true,
                'fetchWithdrawals': true,
                'fetchDepositAddress': true,
                'withdraw': true,
                'fetchOrderTrades': true,
                'fetchTradingFee': true,
                'fetchDepositAddresses': true,
                'fetchDepositWithdrawFees': true,
                'transfer': true,
                'createMarketBuyOrderWithCost': true,
                'watchTicker': true,
                'watchTickers': true,
                'watchOrderBook': true,
                'watchTrades': true,
                'watchOHLCV': true,
                'watchBalance': true,
                'watchOrders': true,
                'watchMyTrades': true,
            },
            'urls': {
                'logo': 'https://bin.bnbstatic.com/static/images/common/logo.png',
                'api': {
                    'public': 'https://api.binance.com/api/v3',
                    'private': 'https://api.binance.com/api/v3',
                    'sapi': 'https://api.binance.com/sapi/v1',
                },
                'www': 'https://www.binance.com',
                'doc': 'https://developers.binance.com/docs/binance-spot-api-docs',
                'fees': 'https://www.binance.com/en/fee/schedule',
                // Market data streams: https://developers.binance.com/docs/binance-spot-api-docs/web-socket-streams
                'ws': {
                    'public': 'wss://stream.binance.com:9443/ws',
                    // the WebSocket API, for the user data stream: https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/user-data-stream-requests
                    'private': 'wss://ws-api.binance.com:443/ws-api/v3',
                },
            },
            'api': {
                'public': {
                    'get': {
                        'ping': 1,
                        'time': 1,
                        'exchangeInfo': 20,
                        'depth': 5,
                        'trades': 25,
                        'historicalTrades': 25,
                        'aggTrades': 2,
                        'klines': 2,
                        'uiKlines': 2,
                        'avgPrice': 2,
                        'ticker/24hr': 2,
                        'ticker/tradingDay': 4,
                        'ticker/price': 2,
                        'ticker/bookTicker': 2,
                        'ticker': 4,
                    },
                },
                'private': {
                    'get': {
                        'order': 4,
                        'openOrders': 6,
                        'allOrders': 20,
                        'orderList': 4,
                        'allOrderList': 20,
                        'openOrderList': 6,
                        'account': 20,
                        'myTrades': 20,
                        'rateLimit/order': 40,
                        'myPreventedMatches': 20,
                        'myAllocations': 20,
                        'account/commission': 20,
                    },
                    'post': {
                        'order': 1,
                        'order/test': 1,
                        'order/cancelReplace': 1,
                        'orderList/oco': 1,
                        'orderList/oto': 1,
                        'orderList/otoco': 1,
                        'sor/order': 1,
                        'sor/order/test': 1,
                    },
                    'put': {
                        'order/amend/keepPriority': 4,
                    },
                    'delete': {
                        'order': 1,
                        'openOrders': 1,
                        'orderList': 1,
                    },
                },
                'sapi': {
                    'get': {
                        'system/status': 1,
                        'account/status': 1,
                        'account/apiTradingStatus': 1,
                        'account/apiRestrictions': 1,
                        'capital/config/getall': 10,
                        'capital/deposit/hisrec': 1,
                        'capital/withdraw/history': 18,
                        'capital/deposit/address': 10,
                        'capital/deposit/address/list': 10,
                        'asset/assetDividend': 10,
                        'asset/assetDetail': 1,
                        'asset/tradeFee': 1,
                        'asset/transfer': 1,
                        'asset/dribblet': 1,
                    },
                    'post': {
                        'capital/withdraw/apply': 600,
                        'asset/transfer': 900,
                        'asset/dust': 10,
                        'asset/get-funding-asset': 1,
                    },
                },
            },
            'timeframes': {
                '1s': '1s',
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
                // The sapi endpoints that take no signature (system/status): a derived exchange may sign them.
                'publicSapi': {
                    'system/status': true,
                },
                // account (fetchBalance) leaves out the assets of zero balance when asked to.
                'omitZeroBalances': true,
                // transfer's unified accounts and the account names of asset/transfer's type.
                'accountsByType': {
                    'spot': 'MAIN',
                    'funding': 'FUNDING',
                    'margin': 'MARGIN',
                    'future': 'UMFUTURE',
                    'delivery': 'CMFUTURE',
                },
                // Unified network codes and Binance's network ids (capital/config/getall networkList).
                'networks': {
                    'ERC20': 'ETH',
                    'TRC20': 'TRX',
                    'BEP20': 'BSC',
                    'BEP2': 'BNB',
                    'BTC': 'BTC',
                    'SOL': 'SOL',
                    'POLYGON': 'MATIC',
                    'ARBITRUM': 'ARBITRUM',
                    'OPTIMISM': 'OPTIMISM',
                    'AVAXC': 'AVAXC',
                },
                // Binance's order types: the unified type, and the unified param the trigger is.
                'orderTypes': {
                    'LIMIT': [ 'limit', undefined ],
                    'MARKET': [ 'market', undefined ],
                    'LIMIT_MAKER': [ 'limit', undefined ],
                    'STOP_LOSS': [ 'market', 'stopLossPrice' ],
                    'STOP_LOSS_LIMIT': [ 'limit', 'stopLossPrice' ],
                    'TAKE_PROFIT': [ 'market', 'takeProfitPrice' ],
                    'TAKE_PROFIT_LIMIT': [ 'limit', 'takeProfitPrice' ],
                },
                'orderStatuses': {
                    'NEW': 'open',
                    'PENDING_NEW': 'open',
                    'PARTIALLY_FILLED': 'open',
                    'PENDING_CANCEL': 'open',
                    'FILLED': 'closed',
                    'CANCELED': 'canceled',
                    'REJECTED': 'rejected',
                    'EXPIRED': 'expired',
                    'EXPIRED_IN_MATCH': 'expired',
                },
                'depositStatuses': {
                    '0': 'pending',
                    '1': 'ok',
                    '2': 'failed',
                    '6': 'ok',
                    '7': 'failed',
                    '8': 'pending',
                },
                'withdrawalStatuses': {
                    '0': 'pending',
                    '1': 'canceled',
                    '2': 'pending',
                    '3': 'failed',
                    '4': 'pending',
                    '5': 'failed',
                    '6': 'ok',
                },
            },
            'exceptions': {
                'exact': {
                    '-1000': ExchangeError,
                    '-1001': ExchangeNotAvailable,
                    '-1002': AuthenticationError,
                    '-1003': RateLimitExceeded,
                    '-1006': ExchangeNotAvailable,
                    '-1007': RequestTimeout,
                    '-1008': ExchangeNotAvailable,
                    '-1013': InvalidOrder,
                    '-1014': InvalidOrder,
                    '-1015': RateLimitExceeded,
                    '-1016': ExchangeNotAvailable,
                    '-1020': BadRequest,
                    '-1021': InvalidNonce,
                    '-1022': AuthenticationError,
                    '-1100': BadRequest,
                    '-1101': BadRequest,
                    '-1102': BadRequest,
                    '-1103': BadRequest,
                    '-1104': BadRequest,
                    '-1105': BadRequest,
                    '-1106': BadRequest,
                    '-1111': InvalidOrder,
                    '-1112': InvalidOrder,
                    '-1114': InvalidOrder,
                    '-1115': InvalidOrder,
                    '-1116': InvalidOrder,
                    '-1117': InvalidOrder,
                    '-1118': InvalidOrder,
                    '-1119': InvalidOrder,
                    '-1120': BadRequest,
                    '-1121': BadSymbol,
                    '-1125': AuthenticationError,
                    '-1127': BadRequest,
                    '-1128': BadRequest,
                    '-1130': BadRequest,
                    '-2010': InvalidOrder,
                    '-2011': OrderNotFound,
                    '-2013': OrderNotFound,
                    '-2014': AuthenticationError,
                    '-2015': AuthenticationError,
                    '-2016': InvalidOrder,
                    '-2018': InsufficientFunds,
                    '-2019': InsufficientFunds,
                    '-4026': InvalidAddress,
                    'Account has insufficient balance for requested action.': InsufficientFunds,
                    'This account may not place or cancel orders.': AccountSuspended,
                    'This action is disabled on this account.': PermissionDenied,
                },
                'broad': {
                    'insufficient balance': InsufficientFunds,
                    'Too many requests': RateLimitExceeded,
                },
            },
        });
    }

    nonce () {
        return this.milliseconds ();
    }

    // --- markets and currencies ----------------------------------------------------------------------

    async fetchTime (params = {}) {
        // time: { serverTime } in milliseconds.
        const response = await this.publicGetTime (params);
        return this.safeInteger (response, 'serverTime');
    }

    async fetchStatus (params = {}) {
        // system/status: { status: 0 normal or 1 system maintenance, msg }; it needs no signature.
        const response = await this.sapiGetSystemStatus (params);
        const status = this.safeString (response, 'status');
        return {
            'status': (status === '0') ? 'ok' : 'maintenance',
            'updated': undefined,
            'eta': undefined,
            'url': undefined,
            'info': response,
        };
    }

    async fetchTradingFees (params = {}) {
        // sapi asset/tradeFee: [ { symbol, makerCommission, takerCommission } ] as rates, for every symbol.
        await this.loadMarkets ();
        const response = await this.tradeFeeList (params);
        const fees = {};
        for (let i = 0; i < response.length; i++) {
            const fee = this.parseTradingFee (response[i]);
            fees[fee['symbol']] = fee;
        }
        return fees;
    }

    async fetchTradingFee (symbol, params = {}) {
        // sapi asset/tradeFee of one symbol: a list of its one entry.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.tradeFeeList (this.extend ({ 'symbol': market['id'] }, params));
        return this.parseTradingFee (this.safeDict (response, 0, {}), market);
    }

    async tradeFeeList (params) {
        // The fee rates of the account, [ { symbol, makerCommission, takerCommission } ], of params['symbol'] or
        // of every symbol.
        return await this.sapiGetAssetTradeFee (params);
    }

    parseTradingFee (entry, market = undefined) {
        market = this.safeMarket (this.safeString (entry, 'symbol'), market);
        return {
            'symbol': market['symbol'],
            'maker': this.safeNumber (entry, 'makerCommission'),
            'taker': this.safeNumber (entry, 'takerCommission'),
            'info': entry,
        };
    }

    async fetchDepositWithdrawFees (codes = undefined, params = {}) {
        // capital/config/getall, as fetchCurrencies reads it: the withdrawal fee of each coin's networks. It is
        // signed: without credentials fetchCurrencies answers with nothing, so they are required here.
        this.checkRequiredCredentials ();
        const currencies = await this.fetchCurrencies (params);
        return this.depositWithdrawFeesFromCurrencies (currencies, codes);
    }

    async fetchCurrencies (params = {}) {
        // The coin list is a signed endpoint: without credentials there is none (an empty dictionary), and
        // loadMarkets derives the currencies from the markets instead. The default network gives the
        // currency's fee, precision and limits; every network is in networks, by unified code.
        if (!this.checkRequiredCredentials (false)) {
            return {};
        }
        const response = await this.sapiGetCapitalConfigGetall (params);
        const result = {};
        for (let i = 0; i < response.length; i++) {
            const entry = response[i];
            const id = this.safeString (entry, 'coin');
            const code = this.safeCurrencyCode (id);
            const networkList = this.safeList (entry, 'networkList', []);
            let network = this.safeDict (networkList, 0);
            const networks = {};
            for (let j = 0; j < networkList.length; j++) {
                const item = networkList[j];
                if (this.safeBool (item, 'isDefault') === true) {
                    network = item;
                }
                const networkId = this.safeString (item, 'network');
                const networkCode = this.networkCode (networkId);
                const depositEnabled = this.safeBool (item, 'depositEnable');
                const withdrawEnabled = this.safeBool (item, 'withdrawEnable');
                networks[networkCode] = {
                    'id': networkId,
                    'network': networkCode,
                    'active': depositEnabled && withdrawEnabled,
                    'deposit': depositEnabled,
                    'withdraw': withdrawEnabled,
                    'fee': this.safeNumber (item, 'withdrawFee'),
                    'precision': this.safeNumber (item, 'withdrawIntegerMultiple'),
                    'limits': {
                        'withdraw': { 'min': this.safeNumber (item, 'withdrawMin'), 'max': this.safeNumber (item, 'withdrawMax') },
                    },
                };
            }
            const deposit = this.safeBool (entry, 'depositAllEnable');
            const withdraw = this.safeBool (entry, 'withdrawAllEnable');
            result[code] = {
                'id': id,
                'code': code,
                'name': this.safeString (entry, 'name'),
                'active': deposit && withdraw,
                'deposit': deposit,
                'withdraw': withdraw,
                'fee': this.safeNumber (network, 'withdrawFee'),
                'precision': this.safeNumber (network, 'withdrawIntegerMultiple'),
                'limits': {
                    'withdraw': { 'min': this.safeNumber (network, 'withdrawMin'), 'max': this.safeNumber (network, 'withdrawMax') },
                },
                'networks': networks,
                'info': entry,
            };
        }
        return result;
    }

    async fetchMarkets (params = {}) {
        const response = await this.publicGetExchangeInfo (params);
        const symbols = this.safeList (response, 'symbols', []);
        const result = [];
        for (let i = 0; i < symbols.length; i++) {
            const entry = symbols[i];
            const baseId = this.safeString (entry, 'baseAsset');
            const quoteId = this.safeString (entry, 'quoteAsset');
            const base = this.safeCurrencyCode (baseId);
            const quote = this.safeCurrencyCode (quoteId);
            const filters = this.indexBy (this.safeList (entry, 'filters', []), 'filterType');
            const priceFilter = this.safeDict (filters, 'PRICE_FILTER', {});
            const lotSize = this.safeDict (filters, 'LOT_SIZE', {});
            const notional = this.safeDict2 (filters, 'NOTIONAL', 'MIN_NOTIONAL', {});
            result.push (this.safeMarketStructure ({
                'id': this.safeString (entry, 'symbol'),
                'symbol': base + '/' + quote,
                'base': base,
                'quote': quote,
                'baseId': baseId,
                'quoteId': quoteId,
                'active': this.safeString (entry, 'status') === 'TRADING',
                'type': 'spot',
                'spot': true,
                'taker': this.fees['trading']['taker'],
                'maker': this.fees['trading']['maker'],
                'precision': {
                    'amount': this.safeNumber (lotSize, 'stepSize'),
                    'price': this.safeNumber (priceFilter, 'tickSize'),
                },
                'limits': {
                    'amount': { 'min': this.safeNumber (lotSize, 'minQty'), 'max': this.safeNumber (lotSize, 'maxQty') },
                    'price': { 'min': this.safeNumber (priceFilter, 'minPrice'), 'max': this.safeNumber (priceFilter, 'maxPrice') },
                    'cost': { 'min': this.safeNumber2 (notional, 'minNotional', 'notional'), 'max': this.safeNumber (notional, 'maxNotional') },
                },
                'info': entry,
            }));
        }
        return result;
    }

    // --- market data ---------------------------------------------------------------------------------

    parseTicker (ticker, market = undefined) {
        return this.safeTicker ({
            'symbol': this.safeSymbol (this.safeString (ticker, 'symbol'), market),
            'timestamp': this.safeInteger (ticker, 'closeTime'),
            'high': this.safeString (ticker, 'highPrice'),
            'low': this.safeString (ticker, 'lowPrice'),
            'bid': this.safeString (ticker, 'bidPrice'),
            'bidVolume': this.safeString (ticker, 'bidQty'),
            'ask': this.safeString (ticker, 'askPrice'),
            'askVolume': this.safeString (ticker, 'askQty'),
            'vwap': this.safeString (ticker, 'weightedAvgPrice'),
            'open': this.safeString (ticker, 'openPrice'),
            'last': this.safeString (ticker, 'lastPrice'),
            'previousClose': this.safeString (ticker, 'prevClosePrice'),
            'change': this.safeString (ticker, 'priceChange'),
            'percentage': this.safeString (ticker, 'priceChangePercent'),
            'baseVolume': this.safeString (ticker, 'volume'),
            'quoteVolume': this.safeString (ticker, 'quoteVolume'),
            'info': ticker,
        }, market);
    }

    async fetchTicker (symbol, params = {}) {
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetTicker24hr (this.extend ({ 'symbol': market['id'] }, params));
        return this.parseTicker (response, market);
    }

    async fetchTickers (symbols = undefined, params = {}) {
        await this.loadMarkets ();
        const request = {};
        if (symbols !== undefined) {
            request['symbols'] = this.json (this.marketIds (symbols));
        }
        const response = await this.publicGetTicker24hr (this.extend (request, params));
        return this.parseTickers (response, symbols);
    }

    async fetchOrderBook (symbol, limit = undefined, params = {}) {
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'symbol': market['id'] };
        if (limit !== undefined) {
            request['limit'] = limit;
        }
        const response = await this.publicGetDepth (this.extend (request, params));
        const book = this.parseOrderBook (response, market['symbol']);
        book['nonce'] = this.safeInteger (response, 'lastUpdateId');
        return book;
    }

    async fetchOHLCV (symbol, timeframe = '1m', since = undefined, limit = undefined, params = {}) {
        // Candles are [ open time, open, high, low, close, volume, close time, quote volume, ... ].
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = {
            'symbol': market['id'],
            'interval': this.safeString (this.timeframes, timeframe, timeframe),
        };
        if (since !== undefined) {
            request['startTime'] = since;
        }
        if (limit !== undefined) {
            request['limit'] = limit;
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            request['endTime'] = until;
        }
        const response = await this.publicGetKlines (this.extend (request, this.omit (params, 'until')));
        return this.parseOHLCVs (response, market, timeframe, since, limit);
    }

    parseTrade (trade, market = undefined) {
        // Three shapes: trades ({ id, price, qty, time, isBuyerMaker }), aggTrades ({ a, p, q, T, m })
        // and myTrades ({ symbol, id, orderId, price, qty, commission, commissionAsset, isBuyer, isMaker }).
        market = this.safeMarket (this.safeString (trade, 'symbol'), market);
        let side = undefined;
        let takerOrMaker = undefined;
        const isBuyer = this.safeBool (trade, 'isBuyer');
        if (isBuyer !== undefined) {
            side = isBuyer ? 'buy' : 'sell';
            takerOrMaker = this.safeBool (trade, 'isMaker') ? 'maker' : 'taker';
        } else {
            // The taker's side: when the buyer made the market, the taker sold.
            const buyerMaker = this.safeBool2 (trade, 'isBuyerMaker', 'm');
            if (buyerMaker !== undefined) {
                side = buyerMaker ? 'sell' : 'buy';
            }
        }
        let fee = undefined;
        const commission = this.safeString (trade, 'commission');
        if (commission !== undefined) {
            fee = { 'cost': commission, 'currency': this.safeCurrencyCode (this.safeString (trade, 'commissionAsset')) };
        }
        return this.safeTrade ({
            'id': this.safeStringN (trade, [ 'id', 'a', 'tradeId' ]),
            'order': this.safeString (trade, 'orderId'),
            'symbol': market['symbol'],
            'timestamp': this.safeInteger2 (trade, 'time', 'T'),
            'side': side,
            'takerOrMaker': takerOrMaker,
            'price': this.safeString2 (trade, 'price', 'p'),
            'amount': this.safeString2 (trade, 'qty', 'q'),
            'cost': this.safeString (trade, 'quoteQty'),
            'fee': fee,
            'info': trade,
        }, market);
    }

    async fetchTrades (symbol, since = undefined, limit = undefined, params = {}) {
        // The recent trades, or with since the aggregate trades from that time on (the only trade list
        // that takes a start time).
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'symbol': market['id'] };
        if (limit !== undefined) {
            request['limit'] = limit;
        }
        let response = undefined;
        if (since === undefined) {
            response = await this.publicGetTrades (this.extend (request, params));
        } else {
            request['startTime'] = since;
            response = await this.publicGetAggTrades (this.extend (request, params));
        }
        return this.parseTrades (response, market, since, limit);
    }

    // --- account -------------------------------------------------------------------------------------

    async fetchBalance (params = {}) {
        await this.loadMarkets ();
        const request = this.safeBool (this.options, 'omitZeroBalances', false) ? { 'omitZeroBalances': 'true' } : {};
        const response = await this.privateGetAccount (this.extend (request, params));
        const result = { 'info': response, 'timestamp': this.safeInteger (response, 'updateTime') };
        const balances = this.safeList (response, 'balances', []);
        for (let i = 0; i < balances.length; i++) {
            const entry = balances[i];
            const account = this.account ();
            account['free'] = this.safeString (entry, 'free');
            account['used'] = this.safeString (entry, 'locked');
            result[this.safeCurrencyCode (this.safeString (entry, 'asset'))] = account;
        }
        return this.safeBalance (result);
    }

    // --- orders --------------------------------------------------------------------------------------

    parseOrder (order, market = undefined) {
        // LIMIT_MAKER is a post-only limit order; STOP_LOSS(_LIMIT) and TAKE_PROFIT(_LIMIT) are market (limit)
        // orders with stopPrice as their trigger. An updateTime of 0 means never. A cummulativeQuoteQty below 0
        // (some historical orders) means the value is not available. The fills of a new order's FULL response
        // are its trades, made at transactTime on the order's side.
        market = this.safeMarket (this.safeString (order, 'symbol'), market);
        let price = this.safeString (order, 'price');
        if ((price !== undefined) && Precise.stringEq (price, '0')) {
            price = undefined;
        }
        let stopPrice = this.safeString (order, 'stopPrice');
        if ((stopPrice !== undefined) && Precise.stringEq (stopPrice, '0')) {
            stopPrice = undefined;
        }
        const binanceType = this.safeString (order, 'type');
        const known = this.safeList (this.options['orderTypes'], binanceType);
        const type = (known === undefined) ? this.safeStringLower (order, 'type') : known[0];
        const triggerKind = (known === undefined) ? undefined : known[1];
        const fills = this.safeList (order, 'fills', []);
        const trades = [];
        const side = this.safeStringLower (order, 'side');
        const timestamp = this.safeInteger2 (order, 'time', 'transactTime');
        for (let i = 0; i < fills.length; i++) {
            const trade = this.parseTrade (this.extend (fills[i], { 'orderId': this.safeString (order, 'orderId'), 'time': timestamp }), market);
            trades.push (this.extend (trade, { 'side': side }));
        }
        let cost = this.safeString (order, 'cummulativeQuoteQty');
        if ((cost !== undefined) && Precise.stringLt (cost, '0')) {
            cost = undefined;
        }
        const postOnly = binanceType === 'LIMIT_MAKER';
        return this.safeOrder ({
            'id': this.safeString (order, 'orderId'),
            'clientOrderId': this.safeString (order, 'clientOrderId'),
            'symbol': market['symbol'],
            'timestamp': timestamp,
            'lastUpdateTimestamp': this.safeInteger (order, 'updateTime'),
            'status': this.safeString (this.options['orderStatuses'], this.safeString (order, 'status')),
            'type': type,
            'timeInForce': postOnly ? 'PO' : this.safeString (order, 'timeInForce'),
            'postOnly': postOnly ? true : undefined,
            'side': side,
            'price': price,
            'triggerPrice': stopPrice,
            'stopLossPrice': (triggerKind === 'stopLossPrice') ? stopPrice : undefined,
            'takeProfitPrice': (triggerKind === 'takeProfitPrice') ? stopPrice : undefined,
            'amount': this.safeString (order, 'origQty'),
            'filled': this.safeString (order, 'executedQty'),
            'cost': cost,
            'trades': trades,
            'info': order,
        }, market);
    }

    async createOrder (symbol, type, side, amount, price = undefined, params = {}) {
        // POST order. The unified params map to Binance's order types and fields: postOnly is the type
        // LIMIT_MAKER; triggerPrice and stopLossPrice make STOP_LOSS(_LIMIT), takeProfitPrice
        // TAKE_PROFIT(_LIMIT), with the trigger in stopPrice; timeInForce is timeInForce (limit types only);
        // clientOrderId is newClientOrderId; cost is quoteOrderQty (a market order sized in the quote
        // currency). Spot has no reduceOnly.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const [ unified, rest ] = this.unifiedOrderParams (type, params);
        this.rejectUnifiedParams ('createOrder', unified, [ 'reduceOnly' ]);
        if ((type === 'limit') && (price === undefined)) {
            throw new ArgumentsRequired (this.id + ' createOrder () requires a price for a limit order');
        }
        let binanceType = type.toUpperCase ();
        const trigger = unified['trigger'];
        if (unified['postOnly']) {
            binanceType = 'LIMIT_MAKER';
        } else if (trigger !== undefined) {
            binanceType = (unified['triggerKind'] === 'takeProfitPrice') ? 'TAKE_PROFIT' : 'STOP_LOSS';
            if (type === 'limit') {
                binanceType = binanceType + '_LIMIT';
            }
        }
        const request = {
            'symbol': market['id'],
            'side': side.toUpperCase (),
            'type': binanceType,
        };
        if (unified['cost'] !== undefined) {
            request['quoteOrderQty'] = this.costToPrecision (symbol, unified['cost']);
        } else {
            request['quantity'] = this.amountToPrecision (symbol, amount);
        }
        const timeInForce = unified['timeInForce'];
        if (type === 'limit') {
            request['price'] = this.priceToPrecision (symbol, price);
            if (!unified['postOnly']) {
                request['timeInForce'] = (timeInForce === undefined) ? 'GTC' : timeInForce;
            }
        } else if (timeInForce !== undefined) {
            throw new InvalidOrder (this.id + ' createOrder () timeInForce applies to limit orders only, not ' + type + ' orders');
        }
        if (trigger !== undefined) {
            request['stopPrice'] = this.priceToPrecision (symbol, trigger);
        }
        if (unified['clientOrderId'] !== undefined) {
            request['newClientOrderId'] = unified['clientOrderId'];
        }
        request['newOrderRespType'] = 'FULL';
        const response = await this.privatePostOrder (this.extend (request, rest));
        return this.parseOrder (response, market);
    }

    requireSymbol (method, symbol) {
        if (symbol === undefined) {
            throw new ArgumentsRequired (this.id + ' ' + method + ' () requires a symbol argument');
        }
        return this.market (symbol);
    }

    async createMarketBuyOrderWithCost (symbol, cost, params = {}) {
        return await this.createOrder (symbol, 'market', 'buy', undefined, undefined, this.extend (params, { 'cost': cost }));
    }

    async cancelOrder (id, symbol = undefined, params = {}) {
        await this.loadMarkets ();
        const market = this.requireSymbol ('cancelOrder', symbol);
        const response = await this.privateDeleteOrder (this.extend ({ 'symbol': market['id'], 'orderId': id }, params));
        return this.parseOrder (response, market);
    }

    async cancelAllOrders (symbol = undefined, params = {}) {
        // DELETE openOrders of one symbol: the orders it canceled.
        await this.loadMarkets ();
        const market = this.requireSymbol ('cancelAllOrders', symbol);
        const response = await this.privateDeleteOpenOrders (this.extend ({ 'symbol': market['id'] }, params));
        return this.parseOrders (response, market);
    }

    async fetchOrder (id, symbol = undefined, params = {}) {
        await this.loadMarkets ();
        const market = this.requireSymbol ('fetchOrder', symbol);
        const response = await this.privateGetOrder (this.extend ({ 'symbol': market['id'], 'orderId': id }, params));
        return this.parseOrder (response, market);
    }

    async fetchOpenOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        await this.loadMarkets ();
        const request = {};
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
            request['symbol'] = market['id'];
        }
        const response = await this.privateGetOpenOrders (this.extend (request, params));
        return this.parseOrders (response, market, since, limit);
    }

    async fetchOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        await this.loadMarkets ();
        const market = this.requireSymbol ('fetchOrders', symbol);
        const request = this.allOrdersRequest (market, since, params);
        if (limit !== undefined) {
            request['limit'] = limit;
        }
        const response = await this.privateGetAllOrders (request);
        return this.parseOrders (response, market, since, limit);
    }

    allOrdersRequest (market, since, params) {
        // allOrders: every order of a symbol, open or not, from startTime to endTime (the unified until).
        const request = { 'symbol': market['id'] };
        if (since !== undefined) {
            request['startTime'] = since;
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            request['endTime'] = until;
        }
        return this.extend (request, this.omit (params, 'until'));
    }

    async fetchClosedOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // allOrders lists every order of a symbol; the closed ones are all but those still open.
        await this.loadMarkets ();
        const market = this.requireSymbol ('fetchClosedOrders', symbol);
        const response = await this.privateGetAllOrders (this.allOrdersRequest (market, since, params));
        const orders = this.parseOrders (response, market, since);
        const result = [];
        for (let i = 0; i < orders.length; i++) {
            if (orders[i]['status'] !== 'open') {
                result.push (orders[i]);
            }
        }
        return this.filterBySinceLimit (result, since, limit);
    }

    async fetchOrderTrades (id, symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // myTrades with orderId, which Binance takes together with the symbol only.
        await this.loadMarkets ();
        const market = this.requireSymbol ('fetchOrderTrades', symbol);
        const response = await this.privateGetMyTrades (this.extend ({ 'symbol': market['id'], 'orderId': id }, params));
        return this.parseTrades (response, market, since, limit);
    }

    async fetchMyTrades (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        await this.loadMarkets ();
        const market = this.requireSymbol ('fetchMyTrades', symbol);
        const request = { 'symbol': market['id'] };
        if (since !== undefined) {
            request['startTime'] = since;
        }
        if (limit !== undefined) {
            request['limit'] = limit;
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            request['endTime'] = until;
        }
        const response = await this.privateGetMyTrades (this.extend (request, this.omit (params, 'until')));
        return this.parseTrades (response, market, since, limit);
    }

    // --- funding -------------------------------------------------------------------------------------

    parseTransaction (transaction, currency = undefined) {
        // Deposits carry insertTime (milliseconds); withdrawals applyTime ('2019-10-12 11:12:02', UTC).
        const applyTime = this.safeString (transaction, 'applyTime');
        const isWithdrawal = applyTime !== undefined;
        const statuses = isWithdrawal ? this.options['withdrawalStatuses'] : this.options['depositStatuses'];
        const code = this.safeCurrencyCode (this.safeString (transaction, 'coin'), currency);
        let fee = undefined;
        const feeCost = this.safeString (transaction, 'transactionFee');
        if (feeCost !== undefined) {
            fee = { 'cost': feeCost, 'currency': code };
        }
        let timestamp = this.safeInteger (transaction, 'insertTime');
        if (isWithdrawal) {
            timestamp = this.parse8601 (applyTime);
        }
        return this.safeTransaction ({
            'id': this.safeString (transaction, 'id'),
            'txid': this.safeString (transaction, 'txId'),
            'timestamp': timestamp,
            'network': this.networkCode (this.safeString (transaction, 'network')),
            'address': this.safeString (transaction, 'address'),
            'tag': this.safeString (transaction, 'addressTag'),
            'type': isWithdrawal ? 'withdrawal' : 'deposit',
            'amount': this.safeString (transaction, 'amount'),
            'currency': code,
            'status': this.safeString (statuses, this.safeString (transaction, 'status')),
            'updated': this.parse8601 (this.safeString (transaction, 'completeTime')),
            'fee': fee,
            'info': transaction,
        }, currency);
    }

    transferRequest (code, since, limit, params = {}) {
        // The query of deposit and withdrawal histories: coin, startTime, endTime (the unified until), limit.
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
            request['limit'] = limit;
        }
        return request;
    }

    async fetchDeposits (code = undefined, since = undefined, limit = undefined, params = {}) {
        await this.loadMarkets ();
        const currency = (code === undefined) ? undefined : this.currency (code);
        const response = await this.sapiGetCapitalDepositHisrec (this.extend (this.transferRequest (code, since, limit, params), this.omit (params, 'until')));
        return this.parseTransactions (response, currency, since, limit);
    }

    async fetchWithdrawals (code = undefined, since = undefined, limit = undefined, params = {}) {
        await this.loadMarkets ();
        const currency = (code === undefined) ? undefined : this.currency (code);
        const response = await this.sapiGetCapitalWithdrawHistory (this.extend (this.transferRequest (code, since, limit, params), this.omit (params, 'until')));
        return this.parseTransactions (response, currency, since, limit);
    }

    async fetchDepositAddress (code, params = {}) {
        // params['network'] picks a network by unified code ('ERC20', 'BEP20', ...: options['networks']);
        // without it, the coin's default one.
        await this.loadMarkets ();
        const currency = this.currency (code);
        const request = { 'coin': currency['id'] };
        const networkCode = this.safeStringUpper (params, 'network');
        if (networkCode !== undefined) {
            request['network'] = this.networkId (networkCode, currency);
        }
        const response = await this.sapiGetCapitalDepositAddress (this.extend (request, this.omit (params, 'network')));
        const tag = this.safeString (response, 'tag');
        return {
            'currency': code,
            'address': this.safeString (response, 'address'),
            'tag': (tag === '') ? undefined : tag,
            'network': networkCode,
            'info': response,
        };
    }

    async fetchDepositAddresses (codes = undefined, params = {}) {
        // capital/deposit/address/list: every address of one coin, on any network; one request per code.
        if (codes === undefined) {
            throw new ArgumentsRequired (this.id + ' fetchDepositAddresses () requires the currency codes: capital/deposit/address/list takes one coin');
        }
        await this.loadMarkets ();
        const result = [];
        for (let i = 0; i < codes.length; i++) {
            const currency = this.currency (codes[i]);
            const response = await this.sapiGetCapitalDepositAddressList (this.extend ({ 'coin': currency['id'] }, params));
            for (let j = 0; j < response.length; j++) {
                const tag = this.safeString (response[j], 'tag');
                result.push ({
                    'currency': currency['code'],
                    'address': this.safeString (response[j], 'address'),
                    'tag': (tag === '') ? undefined : tag,
                    'info': response[j],
                });
            }
        }
        return result;
    }

    async transfer (code, amount, fromAccount, toAccount, params = {}) {
        // sapi asset/transfer (universal transfer): type names both accounts, FROM_TO (MAIN_FUNDING, ...).
        await this.loadMarkets ();
        const currency = this.currency (code);
        const request = {
            'asset': currency['id'],
            'amount': this.numberToString (amount),
            'type': this.accountTypeId (fromAccount) + '_' + this.accountTypeId (toAccount),
        };
        const response = await this.sapiPostAssetTransfer (this.extend (request, params));
        return this.safeTransfer ({
            'id': this.safeString (response, 'tranId'),
            'currency': code,
            'amount': request['amount'],
            'fromAccount': fromAccount,
            'toAccount': toAccount,
            'info': response,
        });
    }

    async withdraw (code, amount, address, tag = undefined, params = {}) {
        await this.loadMarkets ();
        const currency = this.currency (code);
        const request = {
            'coin': currency['id'],
            'address': address,
            'amount': this.numberToString (amount),
        };
        if (tag !== undefined) {
            request['addressTag'] = tag;
        }
        // The unified network code ('TRC20') is Binance's network id ('TRX'): options['networks'].
        const networkCode = this.safeStringUpper (params, 'network');
        if (networkCode !== undefined) {
            request['network'] = this.networkId (networkCode, currency);
        }
        const response = await this.sapiPostCapitalWithdrawApply (this.extend (request, this.omit (params, 'network')));
        return this.safeTransaction ({
            'id': this.safeString (response, 'id'),
            'type': 'withdrawal',
            'address': address,
            'tag': tag,
            'amount': request['amount'],
            'currency': code,
            'network': networkCode,
            'info': response,
        });
    }

    // --- transport -----------------------------------------------------------------------------------

    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        let url = this.safeString (this.urls['api'], api) + '/' + path;
        if ((api === 'public') || ((api === 'sapi') && this.safeBool (this.options['publicSapi'], path, false))) {
            if (Object.keys (params).length > 0) {
                url = url + '?' + this.urlencode (params);
            }
            return { 'url': url, 'method': method, 'body': body, 'headers': headers };
        }
        // SIGNED endpoints: HMAC-SHA256 of the whole parameter string, timestamp included, appended as
        // 'signature'; POST and PUT send it as the form body, the others as the query string.
        this.checkRequiredCredentials ();
        const query = this.urlencode (this.extend (params, { 'timestamp': this.nonce () }));
        const signed = query + '&signature=' + this.hmac (this.encode (query), this.encode (this.secret), 'sha256');
        headers = { 'X-MBX-APIKEY': this.apiKey };
        if ((method === 'POST') || (method === 'PUT')) {
            body = signed;
            headers['Content-Type'] = 'application/x-www-form-urlencoded';
        } else {
            url = url + '?' + signed;
        }
        return { 'url': url, 'method': method, 'body': body, 'headers': headers };
    }

    handleErrors (status, reason, url, method, responseHeaders, responseBody, response, requestHeaders, requestBody) {
        // Errors are { "code": -1121, "msg": "Invalid symbol." }, mostly with HTTP 4xx.
        if ((response === undefined) || Array.isArray (response)) {
            return;
        }
        const code = this.safeString (response, 'code');
        const message = this.safeString (response, 'msg');
        if ((code === undefined) || !Precise.stringLt (code, '0')) {
            return;
        }
        const feedback = this.id + ' ' + code + ' ' + message;
        if (message !== undefined) {
            this.throwExactlyMatchedException (this.exceptions['exact'], message, feedback);
        }
        this.throwExactlyMatchedException (this.exceptions['exact'], code, feedback);
        if (message !== undefined) {
            this.throwBroadlyMatchedException (this.exceptions['broad'], message, feedback);
        }
        throw new ExchangeError (feedback);
    }

    // --- streaming: market data streams (https://developers.binance.com/docs/binance-spot-api-docs/web-socket-streams)

    async watchStream (market, stream, messageHash) {
        // One raw stream (<symbol>@<name>) subscribed on the shared connection.
        const name = market['id'].toLowerCase () + '@' + stream;
        const message = { 'method': 'SUBSCRIBE', 'params': [ name ], 'id': this.streamRequestId () };
        return await this.watch (this.streamUrl ('public'), messageHash, name, message);
    }

    async unWatchStream (symbol, stream, messageHash) {
        await this.loadMarkets ();
        const market = this.market (symbol);
        const name = market['id'].toLowerCase () + '@' + stream;
        this.setStreamState (messageHash + market['symbol'], undefined);
        const message = { 'method': 'UNSUBSCRIBE', 'params': [ name ], 'id': this.streamRequestId () };
        await this.unwatch (this.streamUrl ('public'), name, message);
    }

    async watchTicker (symbol, params = {}) {
        await this.loadMarkets ();
        const market = this.market (symbol);
        return await this.watchStream (market, 'ticker', 'ticker:' + market['symbol']);
    }

    async watchTickers (symbols = undefined, params = {}) {
        // One SUBSCRIBE request names every stream.
        await this.loadMarkets ();
        const markets = this.streamMarkets (symbols);
        const names = [];
        for (let i = 0; i < markets.length; i++) {
            names.push (markets[i]['id'].toLowerCase () + '@ticker');
        }
        const message = { 'method': 'SUBSCRIBE', 'params': names, 'id': this.streamRequestId () };
        const tickers = await this.watch (this.streamUrl ('public'), 'tickers', names.join (','), message);
        return this.tickersOf (tickers, symbols);
    }

    async watchTrades (symbol, since = undefined, limit = undefined, params = {}) {
        await this.loadMarkets ();
        const market = this.market (symbol);
        const trades = await this.watchStream (market, 'trade', 'trades:' + market['symbol']);
        return this.filterBySinceLimit (trades, since, limit, 'timestamp', true);
    }

    async watchOHLCV (symbol, timeframe = '1m', since = undefined, limit = undefined, params = {}) {
        await this.loadMarkets ();
        const market = this.market (symbol);
        const interval = this.streamTimeframe (timeframe);
        const candles = await this.watchStream (market, 'kline_' + interval, 'ohlcv:' + market['symbol'] + ':' + interval);
        return this.filterBySinceLimit (candles, since, limit, 0, true);
    }

    async watchOrderBook (symbol, limit = undefined, params = {}) {
        // The diff stream kept on a REST snapshot of limit levels (1000 by default), as the docs describe.
        await this.loadMarkets ();
        const market = this.market (symbol);
        this.rememberBookLimit (market['symbol'], limit);
        this.setStreamState ('bookLimit:' + market['symbol'], (limit === undefined) ? undefined : Math.trunc (limit));
        const book = await this.watchStream (market, 'depth@100ms', 'book:' + market['symbol']);
        return this.limitOrderBook (book, limit);
    }

    async unWatchTicker (symbol, params = {}) {
        await this.unWatchStream (symbol, 'ticker', 'ticker:');
    }

    async unWatchTrades (symbol, params = {}) {
        await this.unWatchStream (symbol, 'trade', 'trades:');
    }

    async unWatchOrderBook (symbol, params = {}) {
        await this.unWatchStream (symbol, 'depth@100ms', 'book:');
    }

    // the user data stream, subscribed with a signature on the WebSocket API

    userDataSubscription () {
        // userDataStream.subscribe.signature: apiKey and timestamp, signed as the REST API signs (HMAC-SHA256
        // of the parameters sorted by name, as a query string).
        this.checkRequiredCredentials ();
        const params = { 'apiKey': this.apiKey, 'timestamp': this.nonce () };
        const signature = this.hmac (this.encode (this.urlencode (this.keysort (params))), this.encode (this.secret), 'sha256');
        return { 'id': this.streamRequestId (), 'method': 'userDataStream.subscribe.signature', 'params': this.extend (params, { 'signature': signature }) };
    }

    async watchUserData (messageHash) {
        await this.loadMarkets ();
        return await this.watch (this.streamUrl ('private'), messageHash, 'userData', this.userDataSubscription ());
    }

    async resubscribeMessage (url, subscribeHash, message) {
        // A signature is valid for a few seconds: the user data subscription is signed again.
        return (subscribeHash === 'userData') ? this.userDataSubscription () : message;
    }

    async watchBalance (params = {}) {
        return await this.watchUserData ('balance');
    }

    async watchOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        const orders = await this.watchUserData ('orders');
        return this.filterBySymbolSinceLimit (orders, symbol, since, limit, true);
    }

    async watchMyTrades (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        const trades = await this.watchUserData ('myTrades');
        return this.filterBySymbolSinceLimit (trades, symbol, since, limit, true);
    }

    handleBalanceEvent (url, event) {
        // outboundAccountPosition lists the assets that changed, with free (f) and locked (l) amounts.
        const accounts = {};
        const assets = this.safeList (event, 'B', []);
        for (let i = 0; i < assets.length; i++) {
            const account = this.account ();
            account['free'] = this.safeString (assets[i], 'f');
            account['used'] = this.safeString (assets[i], 'l');
            accounts[this.safeCurrencyCode (this.safeString (assets[i], 'a'))] = account;
        }
        this.resolveBalance (url, accounts, event, this.safeInteger (event, 'u'));
    }

    handleExecutionReport (url, event) {
        // An order's every change, under the one-letter names of the REST order's fields; a fill (x TRADE) is
        // also a trade of the account.
        const market = this.safeMarket (this.safeString (event, 's'));
        const order = this.parseOrder ({
            'symbol': this.safeString (event, 's'),
            'orderId': this.safeString (event, 'i'),
            'clientOrderId': this.safeString (event, 'c'),
            'price': this.safeString (event, 'p'),
            'origQty': this.safeString (event, 'q'),
            'executedQty': this.safeString (event, 'z'),
            'cummulativeQuoteQty': this.safeString (event, 'Z'),
            'status': this.safeString (event, 'X'),
            'timeInForce': this.safeString (event, 'f'),
            'type': this.safeString (event, 'o'),
            'side': this.safeString (event, 'S'),
            'stopPrice': this.safeString (event, 'P'),
            'time': this.safeInteger (event, 'O'),
            'updateTime': this.safeInteger (event, 'T'),
        }, market);
        order['info'] = event;
        this.resolveOrder (url, 'orders', order);
        if (this.safeString (event, 'x') !== 'TRADE') {
            return;
        }
        const trade = this.parseTrade ({
            'symbol': this.safeString (event, 's'),
            'id': this.safeString (event, 't'),
            'orderId': this.safeString (event, 'i'),
            'price': this.safeString (event, 'L'),
            'qty': this.safeString (event, 'l'),
            'commission': this.safeString (event, 'n'),
            'commissionAsset': this.safeString (event, 'N'),
            'time': this.safeInteger (event, 'T'),
            'isBuyer': this.safeString (event, 'S') === 'BUY',
            'isMaker': this.safeBool (event, 'm'),
        }, market);
        trade['info'] = event;
        this.resolveCached (url, 'myTrades', trade);
    }

    async handleMessage (url, message) {
        // Market data events carry their type in e; the WebSocket API wraps user data events in
        // { subscriptionId, event }. Answers to requests carry the request's id, and code and msg (in error on
        // the WebSocket API) when it failed.
        const wrapped = this.safeDict (message, 'event');
        if (wrapped !== undefined) {
            message = wrapped;
        }
        const event = this.safeString (message, 'e');
        if (event === undefined) {
            this.handleRequestAnswer (url, message);
            return;
        }
        if (event === 'outboundAccountPosition') {
            this.handleBalanceEvent (url, message);
            return;
        }
        if (event === 'executionReport') {
            this.handleExecutionReport (url, message);
            return;
        }
        const market = this.safeMarket (this.safeString (message, 's'));
        if (event === 'depthUpdate') {
            await this.handleDepthUpdate (url, message, market);
        } else if (event === 'trade') {
            this.handleTradeEvent (url, message, market);
        } else if (event === '24hrTicker') {
            this.handleTickerEvent (url, message, market);
        } else if (event === 'kline') {
            this.handleKlineEvent (url, message, market);
        }
    }

    handleRequestAnswer (url, message) {
        const failure = this.safeDict (message, 'error', message);
        const code = this.safeString (failure, 'code');
        if (code === undefined) {
            return;
        }
        const reason = this.id + ' ' + code + ' ' + this.safeString (failure, 'msg', 'refused the request');
        if ((typeof url === 'string') && (url === this.streamUrl ('private'))) {
            this.rejectUpdate (url, undefined, AuthenticationError, reason);
        } else {
            this.rejectUpdate (url, undefined, BadRequest, reason);
        }
    }

    handleTradeEvent (url, event, market) {
        // { t: id, p: price, q: quantity, T: trade time, m: the buyer is the maker }: the REST trade's fields.
        const trade = this.parseTrade ({
            'id': this.safeString (event, 't'),
            'price': this.safeString (event, 'p'),
            'qty': this.safeString (event, 'q'),
            'time': this.safeInteger (event, 'T'),
            'isBuyerMaker': this.safeBool (event, 'm'),
        }, market);
        trade['info'] = event;
        this.resolveCached (url, 'trades:' + market['symbol'], trade);
    }

    handleTickerEvent (url, event, market) {
        // The 24 hour rolling window statistics, under the one-letter names of the REST ticker's fields.
        const ticker = this.parseTicker ({
            'symbol': this.safeString (event, 's'),
            'closeTime': this.safeInteger (event, 'C'),
            'highPrice': this.safeString (event, 'h'),
            'lowPrice': this.safeString (event, 'l'),
            'bidPrice': this.safeString (event, 'b'),
            'bidQty': this.safeString (event, 'B'),
            'askPrice': this.safeString (event, 'a'),
            'askQty': this.safeString (event, 'A'),
            'weightedAvgPrice': this.safeString (event, 'w'),
            'openPrice': this.safeString (event, 'o'),
            'lastPrice': this.safeString (event, 'c'),
            'prevClosePrice': this.safeString (event, 'x'),
            'priceChange': this.safeString (event, 'p'),
            'priceChangePercent': this.safeString (event, 'P'),
            'volume': this.safeString (event, 'v'),
            'quoteVolume': this.safeString (event, 'q'),
        }, market);
        ticker['info'] = event;
        this.resolveTicker (url, ticker);
    }

    handleKlineEvent (url, event, market) {
        const kline = this.safeDict (event, 'k', {});
        const candle = [ this.safeInteger (kline, 't'), this.safeNumber (kline, 'o'), this.safeNumber (kline, 'h'), this.safeNumber (kline, 'l'), this.safeNumber (kline, 'c'), this.safeNumber (kline, 'v') ];
        this.resolveCandle (url, 'ohlcv:' + market['symbol'] + ':' + this.safeString (kline, 'i'), candle);
    }

    async handleDepthUpdate (url, event, market) {
        // Updates U..u apply to a book whose last update is U - 1. The book starts from a REST snapshot
        // (lastUpdateId), fetched while later events wait; events it already holds (u <= lastUpdateId) are
        // skipped, and a gap (U beyond the book's last update + 1) drops it for a new snapshot.
        const symbol = market['symbol'];
        const messageHash = 'book:' + symbol;
        if (!this.isWatched (url, messageHash)) {
            return; // a book nobody watches: no snapshot requested, nothing kept (a server named symbols at will)
        }
        const first = this.safeInteger (event, 'U');
        const last = this.safeInteger (event, 'u');
        if ((first === undefined) || (last === undefined)) {
            throw new BadResponse (this.id + ' sent a depth update without its update ids U and u');
        }
        let book = this.streamState (messageHash);
        if ((book !== undefined) && (first > book['nonce'] + 1)) {
            this.resyncBook (url, messageHash, symbol + ' order book sequence gap (update ' + this.numberToString (first) + ' after ' + this.numberToString (book['nonce']) + ')');
            book = undefined;
        }
        if (book === undefined) {
            const snapshot = await this.fetchOrderBook (symbol, this.streamState ('bookLimit:' + symbol, 1000));
            book = this.newOrderBook (symbol);
            book = this.setBookLevels (this.setBookLevels (book, 'bids', snapshot['bids']), 'asks', snapshot['asks']);
            book['nonce'] = snapshot['nonce'];
        }
        if (last <= book['nonce']) {
            this.setStreamState (messageHash, book); // the snapshot holds this update already
            return;
        }
        if (first > book['nonce'] + 1) {
            this.resyncBook (url, messageHash, symbol + ' order book snapshot older than the updates');
            return;
        }
        book = this.setBookLevels (this.setBookLevels (book, 'bids', this.safeList (event, 'b', [])), 'asks', this.safeList (event, 'a', []));
        book['nonce'] = last;
        book['timestamp'] = this.safeInteger (event, 'E');
        this.setStreamState (messageHash, book);
        this.bookIsRight (messageHash);
        this.resolveUpdate (url, this.orderBookView (book), messageHash);
    }
}
