// Kraken spot REST API, version 0: https://docs.kraken.com/api/
import Exchange from './base/Exchange.js';
import { AccountSuspended, ArgumentsRequired, AuthenticationError, BadRequest, BadResponse, BadSymbol, ExchangeError, ExchangeNotAvailable, InsufficientFunds, InvalidAddress, InvalidNonce, InvalidOrder, NotSupported, OnMaintenance, OrderNotFound, PermissionDenied, RateLimitExceeded, RequestTimeout } from './base/errors.js';
import Precise from './base/Precise.js';
import { TICK_SIZE } from './base/functions/number.js';

export default class kraken extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'kraken',
            'name': 'Kraken',
            'countries': [ 'US' ],
            'version': '0',
            // Public calls: about one per second. Private calls fill a counter that decays by 0.33 per
            // second for the starter tier (cost 3), history and ledger queries count twice (cost 6).
            'rateLimit': 1000,
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
                'editOrder': true,
                'fetchOrder': true,
                'fetchOpenOrders': true,
                'fetchClosedOrders': true,
                'fetchMyTrades': true,
                'fetchDeposits': true,
                'fetchWithdrawals': true,
                'fetchLedger': true,
                'fetchDepositAddress': true,
                'withdraw': true,
                'cancelAllOrders': true,
                'fetchOrderTrades': true,
                'fetchTradingFee': true,
                'createDepositAddress': true,
                'transfer': true,
                'createMarketBuyOrderWithCost': true,
                'watchTicker': true,
                'watchTickers': true,
                'watchOrderBook': true,
                'watchTrades': true,
                'watchOHLCV': true,
                'watchOrders': true,
                'watchMyTrades': true,
                'watchBalance': true,
            },
            'urls': {
                'logo': 'https://www.kraken.com/images/kraken-logo.svg',
                'api': 'https://api.kraken.com',
                // WebSocket API v1: https://docs.kraken.com/api/docs/websocket-v1/ (private: ws-auth)
                'ws': {
                    'public': 'wss://ws.kraken.com',
                    'private': 'wss://ws-auth.kraken.com',
                    // v1 has no balance feed: balances come from v2 (https://docs.kraken.com/api/docs/websocket-v2/balances)
                    'balances': 'wss://ws-auth.kraken.com/v2',
                },
                'www': 'https://www.kraken.com',
                'doc': 'https://docs.kraken.com/api/',
                'fees': 'https://www.kraken.com/features/fee-schedule',
            },
            'api': {
                'public': {
                    'get': {
                        'Time': 1,
                        'SystemStatus': 1,
                        'Assets': 1,
                        'AssetPairs': 1,
                        'Ticker': 1,
                        'OHLC': 1,
                        'Depth': 1,
                        'Trades': 1,
                        'Spread': 1,
                    },
                },
                'private': {
                    'post': {
                        'Balance': 3,
                        'BalanceEx': 3,
                        'TradeBalance': 3,
                        'OpenOrders': 3,
                        'ClosedOrders': 6,
                        'QueryOrders': 3,
                        'OrderAmends': 3,
                        'TradesHistory': 6,
                        'QueryTrades': 3,
                        'OpenPositions': 3,
                        'Ledgers': 6,
                        'QueryLedgers': 3,
                        'TradeVolume': 3,
                        'AddExport': 3,
                        'ExportStatus': 3,
                        'RetrieveExport': 3,
                        'RemoveExport': 3,
                        'AddOrder': 1,
                        'AddOrderBatch': 1,
                        'AmendOrder': 1,
                        'EditOrder': 1,
                        'CancelOrder': 1,
                        'CancelAll': 1,
                        'CancelAllOrdersAfter': 1,
                        'CancelOrderBatch': 1,
                        'DepositMethods': 3,
                        'DepositAddresses': 3,
                        'DepositStatus': 3,
                        'WithdrawMethods': 3,
                        'WithdrawAddresses': 3,
                        'WithdrawInfo': 3,
                        'Withdraw': 3,
                        'WithdrawStatus': 3,
                        'WithdrawCancel': 3,
                        'WalletTransfer': 3,
                        'CreateSubaccount': 3,
                        'AccountTransfer': 3,
                        'Earn/Allocate': 3,
                        'Earn/Deallocate': 3,
                        'Earn/AllocateStatus': 3,
                        'Earn/DeallocateStatus': 3,
                        'Earn/Strategies': 3,
                        'Earn/Allocations': 3,
                        'GetWebSocketsToken': 3,
                    },
                },
            },
            'timeframes': {
                '1m': 1,
                '5m': 5,
                '15m': 15,
                '30m': 30,
                '1h': 60,
                '4h': 240,
                '1d': 1440,
                '1w': 10080,
                '2w': 21600,
            },
            'fees': {
                'trading': {
                    'tierBased': true,
                    'percentage': true,
                    'taker': 0.004,
                    'maker': 0.0025,
                },
            },
            'precisionMode': TICK_SIZE,
            // Kraken's alternative names that differ from the common codes: XBT (base class) and XDG, Dogecoin
            // (asset XXDG, altname XDG, wsname 'XDG/USD').
            'commonCurrencies': {
                'XDG': 'DOGE',
            },
            'requiredCredentials': {
                'apiKey': true,
                'secret': true,
            },
            'options': {
                'orderStatuses': {
                    'pending': 'open',
                    'open': 'open',
                    'closed': 'closed',
                    'canceled': 'canceled',
                    'expired': 'expired',
                },
                // Ledger entry types: deposits and withdrawals are transactions; the others keep their name.
                'ledgerTypes': {
                    'deposit': 'transaction',
                    'withdrawal': 'transaction',
                },
                // Kraken names a network (WithdrawStatus' network) by the chain's name.
                'networks': {
                    'BTC': 'Bitcoin',
                },
                // Deposits go through a deposit method, not a network: the unified network of each method that
                // Kraken's funding documentation shows (DepositMethods, DepositStatus).
                'depositMethodNetworks': {
                    'Bitcoin': 'BTC',
                    'Bitcoin Lightning': 'LIGHTNING',
                    'Dogecoin': 'DOGE',
                    'Ether (Hex)': 'ERC20',
                    'USDC': 'ERC20',
                },
                // WalletTransfer moves funds from the spot wallet to the futures wallet only.
                'accountsByType': {
                    'spot': 'Spot Wallet',
                    'futures': 'Futures Wallet',
                },
                'transactionStatuses': {
                    'Initial': 'pending',
                    'Pending': 'pending',
                    'Settled': 'pending',
                    'Success': 'ok',
                    'Failure': 'failed',
                    'Partial': 'pending',
                    'Onhold': 'pending',
                },
            },
            'exceptions': {
                'exact': {
                    'EGeneral:Invalid arguments': BadRequest,
                    'EGeneral:Invalid arguments:Index unavailable': BadRequest,
                    'EGeneral:Unknown method': BadRequest,
                    'EGeneral:Permission denied': PermissionDenied,
                    'EGeneral:Too many requests': RateLimitExceeded,
                    'EGeneral:Internal error': ExchangeNotAvailable,
                    'EAPI:Invalid key': AuthenticationError,
                    'EAPI:Invalid signature': AuthenticationError,
                    'EAPI:Invalid nonce': InvalidNonce,
                    'EAPI:Rate limit exceeded': RateLimitExceeded,
                    'EAPI:Feature disabled': PermissionDenied,
                    'EAuth:Account temporary disabled': AccountSuspended,
                    'EAuth:Account unconfirmed': PermissionDenied,
                    'EAuth:Rate limit exceeded': RateLimitExceeded,
                    'EAuth:Too many requests': RateLimitExceeded,
                    'EService:Unavailable': ExchangeNotAvailable,
                    'EService:Busy': ExchangeNotAvailable,
                    'EService:Deadline elapsed': RequestTimeout,
                    'EService:Market in cancel_only mode': OnMaintenance,
                    'EService:Market in post_only mode': OnMaintenance,
                    'EService:Market in limit_only mode': OnMaintenance,
                    'EDatabase:Internal error': ExchangeNotAvailable,
                    'EQuery:Unknown asset pair': BadSymbol,
                    'EQuery:Unknown asset': BadSymbol,
                    'EOrder:Unknown order': OrderNotFound,
                    'EOrder:Invalid order': InvalidOrder,
                    'EOrder:Invalid price': InvalidOrder,
                    'EOrder:Order minimum not met': InvalidOrder,
                    'EOrder:Cost minimum not met': InvalidOrder,
                    'EOrder:Tick size check failed': InvalidOrder,
                    'EOrder:Orders limit exceeded': InvalidOrder,
                    'EOrder:Positions limit exceeded': InvalidOrder,
                    'EOrder:Unknown position': InvalidOrder,
                    'EOrder:Cannot open position': InvalidOrder,
                    'EOrder:Cannot open opposing position': InvalidOrder,
                    'EOrder:Insufficient funds': InsufficientFunds,
                    'EOrder:Insufficient margin': InsufficientFunds,
                    'EOrder:Margin allowance exceeded': InsufficientFunds,
                    'EOrder:Margin level too low': InsufficientFunds,
                    'EOrder:Rate limit exceeded': RateLimitExceeded,
                    'EOrder:Domain rate limit exceeded': RateLimitExceeded,
                    'EFunding:Insufficient funds': InsufficientFunds,
                    'EFunding:Unknown withdraw key': InvalidAddress,
                    'EFunding:Invalid amount': BadRequest,
                    'EFunding:Max fee exceeded': BadRequest,
                },
                'broad': {
                    'EAPI:': AuthenticationError,
                    'EAuth:': AuthenticationError,
                    'EService:': ExchangeNotAvailable,
                    'EOrder:': InvalidOrder,
                    'EQuery:': BadRequest,
                    'EGeneral:': BadRequest,
                },
            },
        });
    }

    nonce () {
        return this.milliseconds ();
    }

    // --- markets and currencies ----------------------------------------------------------------------

    async fetchTime (params = {}) {
        // Time: { unixtime (seconds), rfc1123 }.
        const response = await this.publicGetTime (params);
        return this.safeTimestamp (this.safeDict (response, 'result', {}), 'unixtime');
    }

    async fetchStatus (params = {}) {
        // SystemStatus: online, maintenance, cancel_only or post_only, with the time it was reported; anything
        // but online restricts trading, so it is 'maintenance'.
        const response = await this.publicGetSystemStatus (params);
        const result = this.safeDict (response, 'result', {});
        const status = this.safeString (result, 'status');
        return {
            'status': (status === 'online') ? 'ok' : 'maintenance',
            'updated': this.parse8601 (this.safeString (result, 'timestamp')),
            'eta': undefined,
            'url': undefined,
            'info': response,
        };
    }

    async fetchTradingFees (params = {}) {
        await this.loadMarkets ();
        return await this.tradingFees (this.ids, params);
    }

    async fetchTradingFee (symbol, params = {}) {
        await this.loadMarkets ();
        const market = this.market (symbol);
        const fees = await this.tradingFees ([ market['id'] ], params);
        return this.safeDict (fees, market['symbol']);
    }

    async tradingFees (ids, params) {
        // TradeVolume with the pairs: the account's current taker (fees) and maker (fees_maker) fee of each,
        // in percent.
        const response = await this.privatePostTradeVolume (this.extend ({ 'pair': ids.join (',') }, params));
        const result = this.safeDict (response, 'result', {});
        const takerFees = this.safeDict (result, 'fees', {});
        const makerFees = this.safeDict (result, 'fees_maker', {});
        const fees = {};
        const pairs = Object.keys (takerFees);
        for (let i = 0; i < pairs.length; i++) {
            const market = this.safeMarket (pairs[i]);
            const taker = this.safeString (this.safeDict (takerFees, pairs[i]), 'fee');
            const maker = this.safeString (this.safeDict (makerFees, pairs[i]), 'fee', taker);
            fees[market['symbol']] = {
                'symbol': market['symbol'],
                'maker': this.parseNumber (Precise.stringDiv (maker, '100')),
                'taker': this.parseNumber (Precise.stringDiv (taker, '100')),
                'info': response,
            };
        }
        return fees;
    }

    async fetchCurrencies (params = {}) {
        const response = await this.publicGetAssets (params);
        const assets = this.safeDict (response, 'result', {});
        const ids = Object.keys (assets);
        const result = {}; // by unified code
        for (let i = 0; i < ids.length; i++) {
            const id = ids[i];
            const asset = this.safeValue (assets, id);
            const code = this.commonCurrencyCode (this.safeString (asset, 'altname'));
            result[code] = {
                'id': id,
                'code': code,
                'name': this.safeString (asset, 'altname'),
                'active': this.safeString (asset, 'status') === 'enabled',
                'precision': this.parseNumber (this.parsePrecision (this.safeString (asset, 'decimals'))),
                'info': asset,
            };
        }
        return result;
    }

    async fetchMarkets (params = {}) {
        const response = await this.publicGetAssetPairs (params);
        const pairs = this.safeDict (response, 'result', {});
        const ids = Object.keys (pairs);
        const result = [];
        for (let i = 0; i < ids.length; i++) {
            const id = ids[i];
            const pair = this.safeValue (pairs, id);
            // wsname names both sides by their alternative names ('XBT/USD'); the REST ids carry legacy
            // X and Z prefixes ('XXBT', 'ZUSD'). A pair without it (or with another form) has no symbol to trade it
            // by here, and is left out: its split failed the whole load with a TypeError.
            const wsname = this.safeString (pair, 'wsname');
            const names = (wsname === undefined) ? [] : wsname.split ('/');
            if (names.length !== 2) {
                continue;
            }
            const [ baseName, quoteName ] = names;
            const base = this.commonCurrencyCode (baseName);
            const quote = this.commonCurrencyCode (quoteName);
            const takerTiers = this.safeList (pair, 'fees', []);
            const makerTiers = this.safeList (pair, 'fees_maker', []);
            result.push (this.safeMarketStructure ({
                'id': id,
                'symbol': base + '/' + quote,
                'base': base,
                'quote': quote,
                'baseId': this.safeString (pair, 'base'),
                'quoteId': this.safeString (pair, 'quote'),
                'active': this.safeString (pair, 'status') === 'online',
                'type': 'spot',
                'spot': true,
                'taker': this.parseNumber (this.feeRate (takerTiers)),
                'maker': this.parseNumber (this.feeRate (makerTiers)),
                'precision': {
                    'amount': this.parseNumber (this.parsePrecision (this.safeString (pair, 'lot_decimals'))),
                    'price': this.safeNumber (pair, 'tick_size'),
                },
                'limits': {
                    'amount': { 'min': this.safeNumber (pair, 'ordermin'), 'max': undefined },
                    'price': { 'min': undefined, 'max': undefined },
                    'cost': { 'min': this.safeNumber (pair, 'costmin'), 'max': undefined },
                },
                'info': pair,
            }));
        }
        return result;
    }

    feeRate (tiers) {
        // The first tier's fee: [ [ volume, percent ], ... ] -> percent / 100.
        if (tiers.length === 0) {
            return undefined;
        }
        return Precise.stringDiv (this.safeString (tiers[0], 1), '100');
    }

    marketByAltname (altname) {
        // Orders name their pair by its alternative name ('XBTUSD'), not by its id ('XXBTZUSD').
        const markets = Object.values (this.markets);
        for (let i = 0; i < markets.length; i++) {
            if (this.safeString (markets[i]['info'], 'altname') === altname) {
                return markets[i];
            }
        }
        return this.safeMarket (altname);
    }

    // --- market data ---------------------------------------------------------------------------------

    parseTicker (ticker, market = undefined) {
        // Lists hold [ today, last 24 hours ]; a and b hold [ price, whole lot volume, lot volume ].
        const baseVolume = this.safeString (this.safeList (ticker, 'v'), 1);
        const vwap = this.safeString (this.safeList (ticker, 'p'), 1);
        let quoteVolume = undefined;
        if ((baseVolume !== undefined) && (vwap !== undefined)) {
            quoteVolume = Precise.stringMul (baseVolume, vwap);
        }
        return this.safeTicker ({
            'symbol': this.safeSymbol (undefined, market),
            'high': this.safeString (this.safeList (ticker, 'h'), 1),
            'low': this.safeString (this.safeList (ticker, 'l'), 1),
            'bid': this.safeString (this.safeList (ticker, 'b'), 0),
            'bidVolume': this.safeString (this.safeList (ticker, 'b'), 2),
            'ask': this.safeString (this.safeList (ticker, 'a'), 0),
            'askVolume': this.safeString (this.safeList (ticker, 'a'), 2),
            'vwap': vwap,
            'open': this.safeString (ticker, 'o'),
            'last': this.safeString (this.safeList (ticker, 'c'), 0),
            'baseVolume': baseVolume,
            'quoteVolume': quoteVolume,
            'info': ticker,
        }, market);
    }

    async fetchTicker (symbol, params = {}) {
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetTicker (this.extend ({ 'pair': market['id'] }, params));
        const tickers = this.safeDict (response, 'result', {});
        return this.parseTicker (this.safeDict (tickers, market['id']), market);
    }

    async fetchTickers (symbols = undefined, params = {}) {
        await this.loadMarkets ();
        const request = {};
        if (symbols !== undefined) {
            request['pair'] = this.marketIds (symbols).join (',');
        }
        const response = await this.publicGetTicker (this.extend (request, params));
        const tickers = this.safeDict (response, 'result', {});
        const ids = Object.keys (tickers);
        const result = {};
        for (let i = 0; i < ids.length; i++) {
            const market = this.safeMarket (ids[i]);
            const ticker = this.parseTicker (this.safeValue (tickers, ids[i]), market);
            result[ticker['symbol']] = ticker;
        }
        return result;
    }

    async fetchOrderBook (symbol, limit = undefined, params = {}) {
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'pair': market['id'] };
        if (limit !== undefined) {
            request['count'] = limit;
        }
        const response = await this.publicGetDepth (this.extend (request, params));
        const books = this.safeDict (response, 'result', {});
        return this.parseOrderBook (this.safeDict (books, market['id']), market['symbol']);
    }

    parseOHLCV (ohlcv, market = undefined) {
        // [ time (seconds), open, high, low, close, vwap, volume, count ]
        return [
            this.safeTimestamp (ohlcv, 0),
            this.safeNumber (ohlcv, 1),
            this.safeNumber (ohlcv, 2),
            this.safeNumber (ohlcv, 3),
            this.safeNumber (ohlcv, 4),
            this.safeNumber (ohlcv, 6),
        ];
    }

    async fetchOHLCV (symbol, timeframe = '1m', since = undefined, limit = undefined, params = {}) {
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = {
            'pair': market['id'],
            'interval': this.safeInteger (this.timeframes, timeframe),
        };
        if (since !== undefined) {
            // OHLC returns the candles after since (exclusive): one second earlier keeps the candle at since.
            request['since'] = Math.floor (since / 1000) - 1;
        }
        if (this.safeValue (params, 'until') !== undefined) {
            throw new NotSupported (this.id + ' fetchOHLCV () does not support the unified param until: OHLC has no end time');
        }
        const response = await this.publicGetOHLC (this.extend (request, params));
        const candles = this.safeDict (response, 'result', {});
        return this.parseOHLCVs (this.safeList (candles, market['id'], []), market, timeframe, since, limit);
    }

    parseTrade (trade, market = undefined) {
        // Public trades are [ price, volume, time, 'b' or 's', 'm' or 'l', misc, trade id ]; private ones
        // (TradesHistory) are dictionaries whose id the caller adds.
        if (Array.isArray (trade)) {
            const side = (this.safeString (trade, 3) === 'b') ? 'buy' : 'sell';
            const type = (this.safeString (trade, 4) === 'l') ? 'limit' : 'market';
            return this.safeTrade ({
                'id': this.safeString (trade, 6),
                'symbol': this.safeSymbol (undefined, market),
                'timestamp': this.safeTimestamp (trade, 2),
                'type': type,
                'side': side,
                'price': this.safeString (trade, 0),
                'amount': this.safeString (trade, 1),
                'info': trade,
            }, market);
        }
        market = this.safeMarket (this.safeString (trade, 'pair'), market);
        let takerOrMaker = undefined;
        const maker = this.safeBool (trade, 'maker');
        if (maker !== undefined) {
            takerOrMaker = maker ? 'maker' : 'taker';
        }
        return this.safeTrade ({
            'id': this.safeString (trade, 'id'),
            'order': this.safeString (trade, 'ordertxid'),
            'symbol': market['symbol'],
            'timestamp': this.safeTimestamp (trade, 'time'),
            'type': this.safeString (trade, 'ordertype'),
            'side': this.safeString (trade, 'type'),
            'takerOrMaker': takerOrMaker,
            'price': this.safeString (trade, 'price'),
            'amount': this.safeString (trade, 'vol'),
            'cost': this.safeString (trade, 'cost'),
            'fee': { 'cost': this.safeString (trade, 'fee'), 'currency': market['quote'] },
            'info': trade,
        }, market);
    }

    async fetchTrades (symbol, since = undefined, limit = undefined, params = {}) {
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'pair': market['id'] };
        if (since !== undefined) {
            request['since'] = Math.floor (since / 1000);
        }
        if (limit !== undefined) {
            request['count'] = limit;
        }
        const response = await this.publicGetTrades (this.extend (request, params));
        const trades = this.safeDict (response, 'result', {});
        return this.parseTrades (this.safeList (trades, market['id'], []), market, since, limit);
    }

    // --- account -------------------------------------------------------------------------------------

    async fetchBalance (params = {}) {
        await this.loadMarkets ();
        const response = await this.privatePostBalanceEx (params);
        const balances = this.safeDict (response, 'result', {});
        const result = { 'info': response };
        const ids = Object.keys (balances);
        for (let i = 0; i < ids.length; i++) {
            const entry = this.safeValue (balances, ids[i]);
            const account = this.account ();
            account['total'] = this.safeString (entry, 'balance');
            account['used'] = this.safeString (entry, 'hold_trade');
            result[this.safeCurrencyCode (ids[i])] = account;
        }
        return this.safeBalance (result);
    }

    // --- orders --------------------------------------------------------------------------------------

    async createOrder (symbol, type, side, amount, price = undefined, params = {}) {
        // AddOrder. The unified params map to Kraken's fields: a trigger makes the order a stop-loss or
        // take-profit (-limit) with the trigger in price and the limit price in price2; postOnly is the
        // oflags 'post'; timeInForce is timeinforce (GTC or IOC: Kraken has no FOK); reduceOnly is
        // reduce_only; clientOrderId is cl_ord_id; cost (a market buy of a quote amount) is the volume with
        // the oflags 'viqc' (volume in quote currency), which Kraken offers for market buys only.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const [ unified, rest ] = this.unifiedOrderParams (type, params);
        const cost = unified['cost'];
        if ((cost !== undefined) && (side !== 'buy')) {
            throw new InvalidOrder (this.id + ' createOrder () cost is for market buys only: Kraken\'s viqc flag sizes buy orders');
        }
        if ((type === 'limit') && (price === undefined)) {
            throw new ArgumentsRequired (this.id + ' createOrder () requires a price for a limit order');
        }
        let ordertype = type;
        const trigger = unified['trigger'];
        if (trigger !== undefined) {
            const kind = (unified['triggerKind'] === 'takeProfitPrice') ? 'take-profit' : 'stop-loss';
            ordertype = (type === 'limit') ? (kind + '-limit') : kind;
        }
        const request = {
            'pair': market['id'],
            'type': side,
            'ordertype': ordertype,
            'volume': (cost !== undefined) ? this.currencyToPrecision (market['quote'], cost) : this.amountToPrecision (symbol, amount),
        };
        if (trigger !== undefined) {
            request['price'] = this.priceToPrecision (symbol, trigger);
            if (type === 'limit') {
                request['price2'] = this.priceToPrecision (symbol, price);
            }
        } else if (type === 'limit') {
            request['price'] = this.priceToPrecision (symbol, price);
        }
        const flags = [];
        if (this.safeString (rest, 'oflags') !== undefined) {
            flags.push (rest['oflags']);
        }
        if (unified['postOnly']) {
            flags.push ('post');
        }
        if (cost !== undefined) {
            flags.push ('viqc');
        }
        if (flags.length > 0) {
            request['oflags'] = flags.join (',');
        }
        const timeInForce = unified['timeInForce'];
        if (timeInForce === 'FOK') {
            throw new NotSupported (this.id + ' createOrder () timeInForce FOK is not supported: Kraken has GTC, IOC and GTD');
        }
        if (timeInForce !== undefined) {
            request['timeinforce'] = timeInForce;
        }
        if (unified['reduceOnly']) {
            request['reduce_only'] = true;
        }
        if (unified['clientOrderId'] !== undefined) {
            request['cl_ord_id'] = unified['clientOrderId'];
        }
        const response = await this.privatePostAddOrder (this.extend (request, this.omit (rest, 'oflags')));
        const result = this.safeDict (response, 'result', {});
        const limitPrice = (trigger !== undefined) ? this.safeString (request, 'price2') : this.safeString (request, 'price');
        return this.safeOrder ({
            'id': this.safeString (this.safeList (result, 'txid', []), 0),
            'clientOrderId': unified['clientOrderId'],
            'symbol': market['symbol'],
            'type': type,
            'side': side,
            'amount': (cost !== undefined) ? undefined : request['volume'],
            'cost': (cost !== undefined) ? request['volume'] : undefined,
            'price': limitPrice,
            'triggerPrice': (trigger !== undefined) ? request['price'] : undefined,
            'stopLossPrice': (unified['triggerKind'] === 'stopLossPrice') ? request['price'] : undefined,
            'takeProfitPrice': (unified['triggerKind'] === 'takeProfitPrice') ? request['price'] : undefined,
            'postOnly': unified['postOnly'] ? true : undefined,
            'timeInForce': timeInForce,
            'reduceOnly': unified['reduceOnly'] ? true : undefined,
            'info': result,
        }, market);
    }

    async createMarketBuyOrderWithCost (symbol, cost, params = {}) {
        return await this.createOrder (symbol, 'market', 'buy', undefined, undefined, this.extend (params, { 'cost': cost }));
    }

    async editOrder (id, symbol, type, side, amount = undefined, price = undefined, params = {}) {
        // AmendOrder changes an open order in place (its type and side stay): order_qty, limit_price, and the
        // unified triggerPrice as trigger_price; postOnly is post_only, which rejects a new limit price that
        // would take liquidity. Kraken answers with the amend's id only.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'txid': id };
        if (amount !== undefined) {
            request['order_qty'] = this.amountToPrecision (symbol, amount);
        }
        if (price !== undefined) {
            request['limit_price'] = this.priceToPrecision (symbol, price);
        }
        const triggerPrice = this.safeString (params, 'triggerPrice');
        if (triggerPrice !== undefined) {
            request['trigger_price'] = this.priceToPrecision (symbol, triggerPrice);
        }
        const postOnly = this.safeBool (params, 'postOnly', false);
        if (postOnly) {
            if (price === undefined) {
                throw new InvalidOrder (this.id + ' editOrder () postOnly applies to a new limit price: pass price');
            }
            request['post_only'] = true;
        }
        const response = await this.privatePostAmendOrder (this.extend (request, this.omit (params, [ 'triggerPrice', 'postOnly' ])));
        const result = this.safeDict (response, 'result', {});
        return this.safeOrder ({
            'id': id,
            'symbol': market['symbol'],
            'type': type,
            'side': side,
            'amount': this.safeString (request, 'order_qty'),
            'price': this.safeString (request, 'limit_price'),
            'triggerPrice': this.safeString (request, 'trigger_price'),
            'postOnly': postOnly ? true : undefined,
            'info': result,
        }, market);
    }

    async cancelOrder (id, symbol = undefined, params = {}) {
        const response = await this.privatePostCancelOrder (this.extend ({ 'txid': id }, params));
        const result = this.safeDict (response, 'result', {});
        return this.safeOrder ({ 'id': id, 'status': 'canceled', 'info': result });
    }

    async cancelAllOrders (symbol = undefined, params = {}) {
        // CancelAll cancels the open orders of every pair and answers with their number only: the orders it
        // cancels are those OpenOrders lists just before (one that fills in between is reported canceled).
        if (symbol !== undefined) {
            throw new NotSupported (this.id + ' cancelAllOrders () cancels the orders of every pair: call it without a symbol');
        }
        const open = await this.fetchOpenOrders ();
        const response = await this.privatePostCancelAll (params);
        return this.canceledOrders (open, response);
    }

    parseOrder (order, market = undefined) {
        // The caller adds the order's id, the key it came under (entriesById). A stop-loss or take-profit
        // order is a market order with a trigger, its -limit form a limit order: Kraken's descr.price is then
        // the trigger and descr.price2 the limit price. The fee is in the quote currency unless oflags has
        // fcib (fee in base).
        const description = this.safeDict (order, 'descr', {});
        market = this.marketByAltname (this.safeString (description, 'pair'));
        const ordertype = this.safeString (description, 'ordertype');
        const oflags = this.safeString (order, 'oflags', '');
        const flags = oflags.split (',');
        let type = ordertype;
        let price = this.safeString (description, 'price');
        let triggerPrice = undefined;
        let stopLossPrice = undefined;
        let takeProfitPrice = undefined;
        const triggered = (ordertype !== undefined) && (ordertype.startsWith ('stop-loss') || ordertype.startsWith ('take-profit'));
        const trailing = (ordertype !== undefined) && ordertype.startsWith ('trailing-stop');
        if (trailing) {
            // trailing-stop(-limit): descr.price is the trailing offset ('+50.0', '5%') and price2 the limit
            // offset, neither a price; stopprice is where the stop stands now.
            type = ordertype.endsWith ('-limit') ? 'limit' : 'market';
            price = undefined;
            if (Precise.stringGt (this.safeString (order, 'stopprice', '0'), '0')) {
                triggerPrice = this.safeString (order, 'stopprice');
            }
        } else if ((ordertype === 'iceberg') || (ordertype === 'settle-position')) {
            // an iceberg order is a limit order showing part of its volume; settle-position closes a margin
            // position at market.
            type = (ordertype === 'iceberg') ? 'limit' : 'market';
        } else if (triggered) {
            triggerPrice = price;
            type = ordertype.endsWith ('-limit') ? 'limit' : 'market';
            price = (type === 'limit') ? this.safeString (description, 'price2') : undefined;
            if (ordertype.startsWith ('stop-loss')) {
                stopLossPrice = triggerPrice;
            } else {
                takeProfitPrice = triggerPrice;
            }
        } else if (Precise.stringGt (this.safeString (order, 'stopprice', '0'), '0')) {
            triggerPrice = this.safeString (order, 'stopprice');
        }
        let average = undefined;
        if (Precise.stringGt (this.safeString (order, 'price', '0'), '0')) {
            average = this.safeString (order, 'price');
        }
        const feeCurrency = this.inArray ('fcib', flags) ? market['base'] : market['quote'];
        return this.safeOrder ({
            'id': this.safeString (order, 'id'),
            'clientOrderId': this.safeString (order, 'cl_ord_id'),
            'symbol': market['symbol'],
            'timestamp': this.safeTimestamp (order, 'opentm'),
            'lastTradeTimestamp': this.safeTimestamp (order, 'closetm'),
            'lastUpdateTimestamp': this.safeTimestamp (order, 'closetm'),
            'status': this.safeString (this.options['orderStatuses'], this.safeString (order, 'status')),
            'type': type,
            'side': this.safeString (description, 'type'),
            'price': price,
            'triggerPrice': triggerPrice,
            'stopLossPrice': stopLossPrice,
            'takeProfitPrice': takeProfitPrice,
            'postOnly': this.inArray ('post', flags) ? true : undefined,
            'amount': this.safeString (order, 'vol'),
            'filled': this.safeString (order, 'vol_exec'),
            'cost': this.safeString (order, 'cost'),
            'average': average,
            'fee': { 'cost': this.safeString (order, 'fee'), 'currency': feeCurrency },
            'info': order,
        }, market);
    }

    entriesById (dictionary) {
        // QueryOrders, OpenOrders, ClosedOrders and TradesHistory key entries by their id: the entries,
        // each with its key as 'id'.
        const ids = Object.keys (dictionary);
        const result = [];
        for (let i = 0; i < ids.length; i++) {
            result.push (this.extend (this.safeValue (dictionary, ids[i]), { 'id': ids[i] }));
        }
        return result;
    }

    async fetchOrder (id, symbol = undefined, params = {}) {
        await this.loadMarkets ();
        const response = await this.privatePostQueryOrders (this.extend ({ 'txid': id }, params));
        const orders = this.safeDict (response, 'result', {});
        const order = this.safeValue (orders, id);
        if (order === undefined) {
            throw new OrderNotFound (this.id + ' fetchOrder () found no order ' + id);
        }
        return this.parseOrder (this.extend (order, { 'id': id }));
    }

    async fetchOrderTrades (id, symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // QueryOrders with trades lists the ids of the order's trades; QueryTrades then returns them, keyed
        // by trade id.
        await this.loadMarkets ();
        const orders = await this.privatePostQueryOrders (this.extend ({ 'txid': id, 'trades': true }, params));
        const order = this.safeDict (this.safeDict (orders, 'result', {}), id);
        if (order === undefined) {
            throw new OrderNotFound (this.id + ' fetchOrderTrades () found no order ' + id);
        }
        const tradeIds = this.safeList (order, 'trades', []);
        if (tradeIds.length === 0) {
            return [];
        }
        const response = await this.privatePostQueryTrades ({ 'txid': tradeIds.join (',') });
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        return this.parseTrades (this.entriesById (this.safeDict (response, 'result', {})), market, since, limit);
    }

    async fetchOpenOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        await this.loadMarkets ();
        const response = await this.privatePostOpenOrders (params);
        const result = this.safeDict (response, 'result', {});
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        return this.parseOrders (this.entriesById (this.safeDict (result, 'open', {})), market, since, limit);
    }

    async fetchClosedOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        await this.loadMarkets ();
        const request = {};
        if (since !== undefined) {
            request['start'] = Math.floor (since / 1000);
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            request['end'] = Math.floor (until / 1000);
        }
        const response = await this.privatePostClosedOrders (this.extend (request, this.omit (params, 'until')));
        const result = this.safeDict (response, 'result', {});
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        return this.parseOrders (this.entriesById (this.safeDict (result, 'closed', {})), market, since, limit);
    }

    async fetchMyTrades (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        await this.loadMarkets ();
        const request = {};
        if (since !== undefined) {
            request['start'] = Math.floor (since / 1000);
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            request['end'] = Math.floor (until / 1000); // inclusive, in seconds
        }
        const response = await this.privatePostTradesHistory (this.extend (request, this.omit (params, 'until')));
        const result = this.safeDict (response, 'result', {});
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        return this.parseTrades (this.entriesById (this.safeDict (result, 'trades', {})), market, since, limit);
    }

    // --- funding -------------------------------------------------------------------------------------

    parseTransaction (transaction, currency = undefined) {
        const code = this.safeCurrencyCode (this.safeString (transaction, 'asset'), currency);
        const status = this.safeString (transaction, 'status');
        return this.safeTransaction ({
            'id': this.safeString (transaction, 'refid'),
            'txid': this.safeString (transaction, 'txid'),
            'timestamp': this.safeTimestamp (transaction, 'time'),
            'network': this.transactionNetwork (transaction),
            'address': this.safeString (transaction, 'info'),
            'amount': this.safeString (transaction, 'amount'),
            'currency': code,
            'status': this.safeString (this.options['transactionStatuses'], status, status),
            'fee': { 'cost': this.safeString (transaction, 'fee'), 'currency': code },
            'info': transaction,
        }, currency);
    }

    transactionNetwork (transaction) {
        // WithdrawStatus names the network; DepositStatus only the deposit method.
        const network = this.safeString (transaction, 'network');
        if (network !== undefined) {
            return this.networkCode (network);
        }
        return this.safeString (this.options['depositMethodNetworks'], this.safeString (transaction, 'method'));
    }

    historyRequest (code, since, params) {
        // DepositStatus, WithdrawStatus and Ledgers take one asset (or all) and a time range in seconds, from
        // start to end (the unified until): the request, and the currency of code.
        const request = {};
        let currency = undefined;
        if (code !== undefined) {
            currency = this.currency (code);
            request['asset'] = currency['id'];
        }
        if (since !== undefined) {
            request['start'] = Math.floor (since / 1000);
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            request['end'] = Math.floor (until / 1000);
        }
        return [ this.extend (request, this.omit (params, 'until')), currency ];
    }

    async fetchTransfers (type, code = undefined, since = undefined, limit = undefined, params = {}) {
        // DepositStatus and WithdrawStatus take the same arguments and answer with the same entries.
        await this.loadMarkets ();
        const [ request, currency ] = this.historyRequest (code, since, params);
        let response = undefined;
        if (type === 'deposit') {
            response = await this.privatePostDepositStatus (request);
        } else {
            response = await this.privatePostWithdrawStatus (request);
        }
        return this.parseTransactions (this.safeList (response, 'result', []), currency, since, limit, { 'type': type });
    }

    async fetchDeposits (code = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchTransfers ('deposit', code, since, limit, params);
    }

    async fetchWithdrawals (code = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchTransfers ('withdrawal', code, since, limit, params);
    }

    async fetchLedger (code = undefined, since = undefined, limit = undefined, params = {}) {
        // Ledgers: entries keyed by ledger id.
        await this.loadMarkets ();
        const [ request, currency ] = this.historyRequest (code, since, params);
        const response = await this.privatePostLedgers (request);
        const result = this.safeDict (response, 'result', {});
        return this.parseLedger (this.entriesById (this.safeDict (result, 'ledger', {})), currency, since, limit);
    }

    parseLedgerEntry (item, currency = undefined) {
        // { refid, time (seconds), type, subtype, aclass, asset, amount (signed), fee, balance (after) }; the
        // caller adds the entry's id.
        const code = this.safeCurrencyCode (this.safeString (item, 'asset'), currency);
        const type = this.safeString (item, 'type');
        return this.safeLedgerEntry ({
            'id': this.safeString (item, 'id'),
            'timestamp': this.safeTimestamp (item, 'time'),
            'referenceId': this.safeString (item, 'refid'),
            'type': this.safeString (this.options['ledgerTypes'], type, type),
            'currency': code,
            'amount': this.safeString (item, 'amount'),
            'after': this.safeString (item, 'balance'),
            'status': 'ok',
            'fee': { 'cost': this.safeString (item, 'fee'), 'currency': code },
            'info': item,
        }, currency);
    }

    async fetchDepositAddress (code, params = {}) {
        return await this.depositAddress (code, false, params);
    }

    async createDepositAddress (code, params = {}) {
        return await this.depositAddress (code, true, params);
    }

    async depositAddress (code, create, params) {
        // DepositAddresses of one deposit method (new: a fresh address): params['method'], else the asset's
        // method on the unified network, else its first method.
        await this.loadMarkets ();
        const currency = this.currency (code);
        const method = await this.depositMethod (currency, this.safeString (params, 'method'), this.safeStringUpper (params, 'network'));
        const request = { 'asset': currency['id'], 'method': method };
        if (create) {
            request['new'] = true;
        }
        const response = await this.privatePostDepositAddresses (this.extend (request, this.omit (params, [ 'method', 'network' ])));
        const address = this.safeDict (this.safeList (response, 'result', []), 0);
        if (address === undefined) {
            throw new InvalidAddress (this.id + ' has no ' + code + ' deposit address for ' + method + ': create one with createDepositAddress ()');
        }
        return {
            'currency': code,
            'address': this.safeString (address, 'address'),
            'tag': this.safeString2 (address, 'tag', 'memo'),
            'network': this.safeString (this.options['depositMethodNetworks'], method),
            'info': address,
        };
    }

    async depositMethod (currency, method, network) {
        // The deposit method to use: the given one (which must deposit on the unified network, if one is
        // given too), else the first of DepositMethods on that network (or the first at all).
        const networks = this.options['depositMethodNetworks'];
        if (method !== undefined) {
            if ((network !== undefined) && (this.safeString (networks, method) !== network)) {
                throw new BadRequest (this.id + ' the deposit method ' + method + ' is not on the unified network ' + network);
            }
            return method;
        }
        const response = await this.privatePostDepositMethods ({ 'asset': currency['id'] });
        const methods = this.safeList (response, 'result', []);
        for (let i = 0; i < methods.length; i++) {
            const name = this.safeString (methods[i], 'method');
            if ((network === undefined) || (this.safeString (networks, name) === network)) {
                return name;
            }
        }
        if (network !== undefined) {
            throw new BadRequest (this.id + ' has no ' + currency['code'] + ' deposit method on the unified network ' + network);
        }
        throw new InvalidAddress (this.id + ' offers no deposit method for ' + currency['code']);
    }

    async withdraw (code, amount, address, tag = undefined, params = {}) {
        // Kraken only pays out to addresses saved in the account, named by params['key']; the saved address
        // fixes the network, so a unified network is not mapped.
        if (this.safeValue (params, 'network') !== undefined) {
            throw new NotSupported (this.id + ' withdraw () does not support the unified param network: the saved address named by params["key"] decides it');
        }
        const key = this.safeString (params, 'key');
        if (key === undefined) {
            throw new ArgumentsRequired (this.id + ' withdraw () requires params["key"], the name of a withdrawal address saved in the account');
        }
        await this.loadMarkets ();
        const currency = this.currency (code);
        const request = {
            'asset': currency['id'],
            'key': key,
            'amount': this.numberToString (amount),
        };
        if (address !== undefined) {
            request['address'] = address;
        }
        const response = await this.privatePostWithdraw (this.extend (request, this.omit (params, 'key')));
        const result = this.safeDict (response, 'result', {});
        return this.safeTransaction ({
            'id': this.safeString (result, 'refid'),
            'type': 'withdrawal',
            'address': address,
            'tag': tag,
            'amount': this.numberToString (amount),
            'currency': code,
            'info': result,
        });
    }

    async transfer (code, amount, fromAccount, toAccount, params = {}) {
        // WalletTransfer moves funds from the spot wallet to the futures wallet; the other way is a request
        // of the Kraken Futures API.
        if ((fromAccount !== 'spot') || (toAccount !== 'futures')) {
            throw new NotSupported (this.id + ' transfer () moves funds from spot to futures only, not from ' + fromAccount + ' to ' + toAccount);
        }
        await this.loadMarkets ();
        const currency = this.currency (code);
        const request = {
            'asset': currency['id'],
            'from': this.accountTypeId (fromAccount),
            'to': this.accountTypeId (toAccount),
            'amount': this.currencyToPrecision (code, amount),
        };
        const response = await this.privatePostWalletTransfer (this.extend (request, params));
        const result = this.safeDict (response, 'result', {});
        return this.safeTransfer ({
            'id': this.safeString (result, 'refid'),
            'currency': code,
            'amount': request['amount'],
            'fromAccount': fromAccount,
            'toAccount': toAccount,
            'info': response,
        });
    }

    // --- transport -----------------------------------------------------------------------------------

    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        let url = '/' + this.version + '/' + api + '/' + path;
        if (api === 'public') {
            if (Object.keys (params).length > 0) {
                url = url + '?' + this.urlencode (params);
            }
        } else {
            // API-Sign: HMAC-SHA512 of (URI path + SHA256 (nonce + POST data)) with the base64-decoded secret.
            this.checkRequiredCredentials ();
            const nonce = this.numberToString (this.nonce ());
            // Sorted keys: the body is then the same as in Kraken's signing example.
            body = this.urlencode (this.keysort (this.extend ({ 'nonce': nonce }, params)));
            const message = this.binaryConcat (this.encode (url), this.hash (this.encode (nonce + body), 'sha256', 'binary'));
            headers = {
                'API-Key': this.apiKey,
                'API-Sign': this.hmac (message, this.base64ToBinary (this.secret), 'sha512', 'base64'),
                'Content-Type': 'application/x-www-form-urlencoded',
            };
        }
        return { 'url': this.urls['api'] + url, 'method': method, 'body': body, 'headers': headers };
    }

    handleErrors (status, reason, url, method, responseHeaders, responseBody, response, requestHeaders, requestBody) {
        // Errors come with HTTP 200 as { "error": [ "EOrder:Insufficient funds" ], "result": {} }.
        const messages = this.safeList (response, 'error', []);
        if (messages.length === 0) {
            return;
        }
        const feedback = this.id + ' ' + messages.join (', ');
        for (let i = 0; i < messages.length; i++) {
            this.throwExactlyMatchedException (this.exceptions['exact'], messages[i], feedback);
            this.throwBroadlyMatchedException (this.exceptions['broad'], messages[i], feedback);
        }
        throw new ExchangeError (feedback);
    }

    // --- streaming: WebSocket API v1 (https://docs.kraken.com/api/docs/websocket-v1/) ----------------------------

    streamPair (market) {
        // The WebSocket name of a pair: its AssetPairs wsname ('XBT/USD').
        return this.safeString (market['info'], 'wsname');
    }

    streamMarket (pair) {
        // The market of a WebSocket pair name, through a table built once from the markets.
        let symbols = this.streamState ('pairs');
        if (symbols === undefined) {
            symbols = {};
            const markets = this.toArray (this.markets);
            for (let i = 0; i < markets.length; i++) {
                const name = this.streamPair (markets[i]);
                if (name !== undefined) {
                    symbols[name] = markets[i]['symbol'];
                }
            }
            this.setStreamState ('pairs', symbols);
        }
        const symbol = this.safeString (symbols, pair);
        if (symbol === undefined) {
            throw new BadSymbol (this.id + ' sent a stream message for an unknown pair ' + pair);
        }
        return this.market (symbol);
    }

    streamSubscription (market, subscription, event = 'subscribe') {
        return { 'event': event, 'pair': [ this.streamPair (market) ], 'subscription': subscription };
    }

    async watchPublic (messageHash, market, subscription) {
        return await this.watch (this.streamUrl ('public'), messageHash, messageHash, this.streamSubscription (market, subscription));
    }

    async watchTicker (symbol, params = {}) {
        await this.loadMarkets ();
        const market = this.market (symbol);
        return await this.watchPublic ('ticker:' + market['symbol'], market, this.extend ({ 'name': 'ticker' }, params));
    }

    async watchTickers (symbols = undefined, params = {}) {
        // One subscription names every pair.
        await this.loadMarkets ();
        const markets = this.streamMarkets (symbols);
        const pairs = [];
        for (let i = 0; i < markets.length; i++) {
            pairs.push (this.streamPair (markets[i]));
        }
        const message = { 'event': 'subscribe', 'pair': pairs, 'subscription': { 'name': 'ticker' } };
        const tickers = await this.watch (this.streamUrl ('public'), 'tickers', 'tickers:' + pairs.join (','), message);
        return this.tickersOf (tickers, symbols);
    }

    async watchTrades (symbol, since = undefined, limit = undefined, params = {}) {
        await this.loadMarkets ();
        const market = this.market (symbol);
        const trades = await this.watchPublic ('trades:' + market['symbol'], market, this.extend ({ 'name': 'trade' }, params));
        return this.filterBySinceLimit (trades, since, limit, 'timestamp', true);
    }

    async watchOHLCV (symbol, timeframe = '1m', since = undefined, limit = undefined, params = {}) {
        await this.loadMarkets ();
        const market = this.market (symbol);
        const interval = parseInt (this.streamTimeframe (timeframe));
        const messageHash = 'ohlcv:' + market['symbol'] + ':' + this.numberToString (interval);
        const candles = await this.watchPublic (messageHash, market, this.extend ({ 'name': 'ohlc', 'interval': interval }, params));
        return this.filterBySinceLimit (candles, since, limit, 0, true);
    }

    async watchOrderBook (symbol, limit = undefined, params = {}) {
        // Kraken keeps books of 10, 25, 100, 500 or 1000 levels: the smallest that holds limit (10 by default).
        await this.loadMarkets ();
        const market = this.market (symbol);
        this.rememberBookLimit (market['symbol'], limit);
        const depths = [ 10, 25, 100, 500, 1000 ];
        let depth = 1000;
        for (let i = depths.length - 1; i >= 0; i--) {
            if ((limit === undefined) || (depths[i] >= limit)) {
                depth = depths[i];
            }
        }
        const subscription = this.extend ({ 'name': 'book', 'depth': depth }, params);
        // The book is trimmed to the depth subscribed to, never to one a frame's channel names (book--3000000 had
        // trimBook loop for minutes). The first watch of a symbol sends the subscription; later ones change nothing.
        const depthKey = 'bookDepth:' + market['symbol'];
        if (this.streamState (depthKey) === undefined) {
            this.setStreamState (depthKey, this.safeInteger (subscription, 'depth'));
        }
        const book = await this.watchPublic ('book:' + market['symbol'], market, subscription);
        return this.limitOrderBook (book, limit);
    }

    async unWatchOrderBook (symbol, params = {}) {
        await this.unWatchPublic ('book:', symbol, { 'name': 'book' });
    }

    async unWatchTrades (symbol, params = {}) {
        await this.unWatchPublic ('trades:', symbol, { 'name': 'trade' });
    }

    async unWatchTicker (symbol, params = {}) {
        await this.unWatchPublic ('ticker:', symbol, { 'name': 'ticker' });
    }

    async unWatchPublic (prefix, symbol, subscription) {
        await this.loadMarkets ();
        const market = this.market (symbol);
        const messageHash = prefix + market['symbol'];
        this.setStreamState (messageHash, undefined);
        if (prefix === 'book:') {
            this.setStreamState ('bookDepth:' + market['symbol'], undefined); // the next watch subscribes anew
        }
        await this.unwatch (this.streamUrl ('public'), messageHash, this.streamSubscription (market, subscription, 'unsubscribe'));
    }

    // private feeds (ws-auth), authenticated with a token of the REST API

    async streamToken () {
        const response = await this.privatePostGetWebSocketsToken ();
        return this.keepSessionToken ('stream', this.safeString (this.safeDict (response, 'result', {}), 'token'));
    }

    async watchPrivate (name) {
        // openOrders and ownTrades: one subscription each, with a token that is only good for a while, so a
        // fresh one is fetched for every (re)subscription.
        await this.loadMarkets ();
        this.checkRequiredCredentials ();
        let message = this.streamState ('subscription:' + name);
        if (message === undefined) {
            message = { 'event': 'subscribe', 'subscription': { 'name': name, 'token': await this.streamToken () } };
            this.setStreamState ('subscription:' + name, message);
        }
        return await this.watch (this.streamUrl ('private'), name, name, message);
    }

    async resubscribeMessage (url, subscribeHash, message) {
        // The token is in subscription (v1) or params (v2).
        const key = (this.safeDict (message, 'params') !== undefined) ? 'params' : 'subscription';
        const subscription = this.safeDict (message, key, {});
        if (this.safeString (subscription, 'token') === undefined) {
            return message;
        }
        const renewed = this.extend (message, this.singleKey (key, this.extend (subscription, { 'token': await this.streamToken () })));
        this.setStreamState ('subscription:' + subscribeHash, renewed);
        return renewed;
    }

    async watchBalance (params = {}) {
        // The v2 balances channel: a snapshot of every asset, then each ledger entry with the balance after it.
        await this.loadMarkets ();
        this.checkRequiredCredentials ();
        let message = this.streamState ('subscription:balances');
        if (message === undefined) {
            message = { 'method': 'subscribe', 'params': { 'channel': 'balances', 'token': await this.streamToken () } };
            this.setStreamState ('subscription:balances', message);
        }
        return await this.watch (this.streamUrl ('balances'), 'balance', 'balances', message);
    }

    handleBalances (url, message) {
        // snapshot: [ { asset, balance, ... } ]; update: [ { asset, balance (after the entry), timestamp, ... } ].
        // Only totals are known: Kraken's stream does not split them into free and used.
        const accounts = {};
        const entries = this.safeList (message, 'data', []);
        let timestamp = undefined;
        for (let i = 0; i < entries.length; i++) {
            const account = this.account ();
            account['total'] = this.safeString (entries[i], 'balance');
            accounts[this.safeCurrencyCode (this.safeString (entries[i], 'asset'))] = account;
            timestamp = this.parse8601 (this.safeString (entries[i], 'timestamp'));
        }
        this.resolveBalance (url, accounts, message, timestamp);
    }

    async watchOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        const orders = await this.watchPrivate ('openOrders');
        return this.filterBySymbolSinceLimit (orders, symbol, since, limit, true);
    }

    async watchMyTrades (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        const trades = await this.watchPrivate ('ownTrades');
        return this.filterBySymbolSinceLimit (trades, symbol, since, limit, true);
    }

    handleOwnTrades (url, entries) {
        // [ { tradeId: { ordertxid, pair (a WebSocket name), time, type, ordertype, price, vol, cost, fee } } ]
        if (!this.isWatched (url, 'ownTrades')) {
            return; // nothing kept of what no caller watched on this connection (the public one's frames were kept)
        }
        let cache = this.streamState ('ownTrades', []);
        for (let i = 0; i < entries.length; i++) {
            const ids = Object.keys (entries[i]);
            for (let j = 0; j < ids.length; j++) {
                const trade = this.safeDict (entries[i], ids[j], {});
                const market = this.streamMarket (this.safeString (trade, 'pair'));
                const parsed = this.parseTrade (this.extend (this.omit (trade, 'pair'), { 'id': ids[j] }), market);
                cache = this.appendToCache (cache, this.extend (parsed, { 'info': trade }));
            }
        }
        this.setStreamState ('ownTrades', cache);
        this.resolveUpdate (url, cache, 'ownTrades');
    }

    handleOpenOrders (url, entries) {
        // [ { orderId: fields } ]: the whole order the first time, then only the fields that changed, merged
        // here into what is known of it. descr.pair is a WebSocket name, avg_price the REST order's price.
        // One pass a frame, orders found by id: updateInCache per order scanned the cache for each (a frame of
        // 100,000 orders took Node 6 s, asyncio 24 s). The cache is what updateInCache per order made: the orders
        // the frame left untouched, then those it named by their last mention, the newest cacheLimit of them.
        if (!this.isWatched (url, 'openOrders')) {
            return; // nothing kept of what no caller watched on this connection (the public one's frames were kept)
        }
        const cache = this.streamState ('openOrders', []);
        const known = this.streamState ('rawOrders', {});
        const merged = {};
        const markets = {};
        const named = [];
        for (let i = 0; i < entries.length; i++) {
            const ids = Object.keys (entries[i]);
            for (let j = 0; j < ids.length; j++) {
                const id = ids[j];
                let previous = this.safeDict (merged, id);
                if (previous === undefined) {
                    previous = this.safeDict (known, id, {});
                }
                const raw = this.extend (previous, this.safeDict (entries[i], id, {}));
                // (an order has some 25 fields: a frame that named one many times, a field more each time, made each
                // copy longer than the last, 20,000 mentions 78 s in Node; red-team round 32)
                if (Object.keys (raw).length > 256) {
                    throw new BadResponse (this.id + ' sent an open order of more than 256 fields');
                }
                merged[id] = raw;
                const pair = this.safeString (this.safeDict (raw, 'descr', {}), 'pair');
                if (pair === undefined) {
                    continue; // a change to an order no longer known (gone from the cache): nothing to show of it
                }
                markets[id] = this.streamMarket (pair); // an unknown pair fails the frame, as it did
                named.push (id);
            }
        }
        const limit = this.cacheLimit ();
        const placed = {};
        const newest = []; // the cache, newest first
        for (let k = named.length - 1; (k >= 0) && (newest.length < limit); k--) {
            const id = named[k];
            if (this.safeValue (placed, id) === undefined) {
                placed[id] = true;
                const raw = this.safeDict (merged, id);
                const market = this.safeDict (markets, id);
                const description = this.safeDict (raw, 'descr', {});
                const fields = this.extend (raw, {
                    'id': id,
                    'price': this.safeString (raw, 'avg_price'),
                    'descr': this.extend (description, { 'pair': this.safeString (market['info'], 'altname') }),
                });
                newest.push (this.extend (this.parseOrder (fields, market), { 'info': raw }));
            }
        }
        for (let k = cache.length - 1; (k >= 0) && (newest.length < limit); k--) {
            const id = this.safeString (cache[k], 'id');
            if ((id === undefined) || (this.safeValue (placed, id) === undefined)) {
                newest.push (cache[k]);
            }
        }
        // What is known of an order is kept while the cache holds it (every id ever sent was kept, without end).
        const kept = {};
        for (let k = 0; k < newest.length; k++) {
            const id = this.safeString (newest[k], 'id');
            const raw = (id === undefined) ? undefined : this.safeDict (merged, id, this.safeDict (known, id));
            if (raw !== undefined) {
                kept[id] = raw;
            }
        }
        const orders = newest.reverse ();
        this.setStreamState ('rawOrders', kept);
        this.setStreamState ('openOrders', orders);
        this.resolveUpdate (url, orders, 'openOrders');
    }

    async handleMessage (url, message) {
        // Channel data: [ channelID, payload..., channelName, pair ]; private feeds: [ payload, channelName,
        // { sequence } ]; events: { 'event': ... }.
        if (!Array.isArray (message)) {
            this.handleStreamEvent (url, message);
            return;
        }
        const feed = this.safeString (message, 1);
        if (feed === 'ownTrades') {
            this.handleOwnTrades (url, this.safeList (message, 0, []));
            return;
        }
        if (feed === 'openOrders') {
            this.handleOpenOrders (url, this.safeList (message, 0, []));
            return;
        }
        const channel = this.safeString (message, message.length - 2, '');
        const market = this.streamMarket (this.safeString (message, message.length - 1));
        if (channel === 'ticker') {
            this.handleTickerMessage (url, message, market);
        } else if (channel === 'trade') {
            this.handleTradeMessage (url, message, market);
        } else if (channel.startsWith ('ohlc-')) {
            this.handleOHLCVMessage (url, message, market, channel.slice (5));
        } else if (channel.startsWith ('book-')) {
            await this.handleBookMessage (url, message, market);
        }
    }

    handleStreamEvent (url, message) {
        // heartbeat, systemStatus and pong need nothing; a failed subscription is the error of its callers. The
        // v2 balances connection sends { channel, type, data } and answers { method, success, error }.
        if (this.safeString (message, 'channel') === 'balances') {
            this.handleBalances (url, message);
            return;
        }
        if ((this.safeString (message, 'method') === 'subscribe') && (this.safeBool (message, 'success') === false)) {
            this.rejectUpdate (url, 'balance', AuthenticationError, this.id + ' ' + this.safeString (message, 'error', 'refused the subscription'));
            return;
        }
        const event = this.safeString (message, 'event');
        if ((event !== 'subscriptionStatus') || (this.safeString (message, 'status') !== 'error')) {
            return;
        }
        const subscription = this.safeDict (message, 'subscription', {});
        const name = this.safeString (subscription, 'name');
        const reason = this.id + ' ' + this.safeString (message, 'errorMessage', 'refused the subscription');
        if ((name === 'openOrders') || (name === 'ownTrades')) {
            this.rejectUpdate (url, name, AuthenticationError, reason);
            return;
        }
        const prefixes = { 'book': 'book:', 'trade': 'trades:', 'ticker': 'ticker:' };
        const prefix = this.safeString (prefixes, name);
        const pair = this.safeString (message, 'pair');
        if ((prefix === undefined) || (pair === undefined)) {
            this.rejectUpdate (url, undefined, ExchangeError, reason);
            return;
        }
        this.rejectUpdate (url, prefix + this.streamMarket (pair)['symbol'], BadRequest, reason);
    }

    handleTickerMessage (url, message, market) {
        // The ticker's fields are the REST Ticker's, except open: [ today, last 24 hours ] here.
        const ticker = this.safeDict (message, 1, {});
        const fields = this.extend (ticker, { 'o': this.safeString (this.safeList (ticker, 'o'), 1) });
        const result = this.extend (this.parseTicker (fields, market), { 'info': ticker });
        this.resolveTicker (url, result);
    }

    handleTradeMessage (url, message, market) {
        const messageHash = 'trades:' + market['symbol'];
        if (!this.isWatched (url, messageHash)) {
            return; // nothing kept for what no caller watches (a server names symbols at will)
        }
        let cache = this.streamState (messageHash, []);
        const trades = this.safeList (message, 1, []);
        for (let i = 0; i < trades.length; i++) {
            cache = this.appendToCache (cache, this.parseTrade (trades[i], market));
        }
        this.setStreamState (messageHash, cache);
        this.resolveUpdate (url, cache, messageHash);
    }

    handleOHLCVMessage (url, message, market, interval) {
        // [ time, end time, open, high, low, close, vwap, volume, count ]: the candle opens interval minutes
        // before its end time.
        const candle = this.safeList (message, 1, []);
        const end = this.safeTimestamp (candle, 1);
        const opened = end - parseInt (interval) * 60000;
        const parsed = [ opened, this.safeNumber (candle, 2), this.safeNumber (candle, 3), this.safeNumber (candle, 4), this.safeNumber (candle, 5), this.safeNumber (candle, 7) ];
        this.resolveCandle (url, 'ohlcv:' + market['symbol'] + ':' + interval, parsed);
    }

    async handleBookMessage (url, message, market) {
        // A snapshot { as, bs } starts the book; updates { a } and/or { b } change it, the last holding the
        // checksum c of the top ten levels. A wrong checksum drops the book and subscribes again (a new snapshot).
        const symbol = market['symbol'];
        const messageHash = 'book:' + symbol;
        const depth = this.streamState ('bookDepth:' + symbol);
        if (!this.isWatched (url, messageHash) || (depth === undefined)) {
            return; // nothing kept for what no caller watches (a server names symbols at will)
        }
        let book = this.streamState (messageHash);
        let checksum = undefined;
        let timestamp = undefined;
        for (let i = 1; i < message.length - 2; i++) {
            const part = this.safeDict (message, i, {});
            const asks = this.safeList2 (part, 'as', 'a', []);
            const bids = this.safeList2 (part, 'bs', 'b', []);
            if ((this.safeValue (part, 'as') !== undefined) || (this.safeValue (part, 'bs') !== undefined)) {
                book = this.newOrderBook (symbol, depth);
            } else if (book === undefined) {
                return; // an update before the snapshot: the snapshot follows
            }
            book = this.setBookLevels (this.setBookLevels (book, 'asks', asks), 'bids', bids);
            timestamp = this.latestLevelTime (this.arrayConcat (asks, bids), timestamp);
            checksum = this.safeString (part, 'c', checksum);
        }
        book = this.trimBook (book);
        book['timestamp'] = timestamp;
        if ((checksum !== undefined) && (checksum !== this.bookChecksum (book))) {
            await this.resubscribeBook (url, market, messageHash, depth);
            return;
        }
        this.setStreamState (messageHash, book);
        if (checksum !== undefined) {
            this.bookIsRight (messageHash);
        }
        this.resolveUpdate (url, this.orderBookView (book), messageHash);
    }

    latestLevelTime (levels, timestamp) {
        for (let i = 0; i < levels.length; i++) {
            const time = this.safeTimestamp (levels[i], 2);
            if ((time !== undefined) && ((timestamp === undefined) || (time > timestamp))) {
                timestamp = time;
            }
        }
        return timestamp;
    }

    bookChecksum (book) {
        // CRC32 of the top ten asks (lowest first) then the top ten bids (highest first), each price and
        // volume as sent without its point and leading zeros.
        let text = '';
        const levels = this.arrayConcat (this.bookTexts (book, 'asks', 10), this.bookTexts (book, 'bids', 10));
        for (let i = 0; i < levels.length; i++) {
            text = text + this.checksumDigits (levels[i][0]) + this.checksumDigits (levels[i][1]);
        }
        return this.numberToString (this.crc32 (text));
    }

    checksumDigits (value) {
        const digits = value.replace ('.', '');
        let start = 0;
        while ((start < digits.length - 1) && (digits.charAt (start) === '0')) {
            start++;
        }
        return digits.slice (start);
    }

    async resubscribeBook (url, market, messageHash, depth) {
        // A wrong checksum: unsubscribe and subscribe again, for a new snapshot.
        this.resyncBook (url, messageHash, market['symbol'] + ' order book checksum mismatch');
        const subscription = { 'name': 'book', 'depth': depth };
        await this.sendFrame (url, this.streamSubscription (market, subscription, 'unsubscribe'));
        await this.sendFrame (url, this.streamSubscription (market, subscription));
    }
}
