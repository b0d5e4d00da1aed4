// KuCoin spot REST API (v1, v2 and v3 endpoints): https://www.kucoin.com/docs/
import Exchange from './base/Exchange.js';
import { AccountSuspended, ArgumentsRequired, AuthenticationError, BadRequest, BadSymbol, ExchangeError, ExchangeNotAvailable, InsufficientFunds, InvalidAddress, InvalidNonce, InvalidOrder, NotSupported, OrderNotFound, PermissionDenied, RateLimitExceeded } from './base/errors.js';
import Precise from './base/Precise.js';
import { TICK_SIZE } from './base/functions/number.js';

export default class kucoin extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'kucoin',
            'name': 'KuCoin',
            'countries': [ 'SC' ],
            'version': 'v1',
            // Requests draw on resource pools of weights every 30 s: public 2000 (VIP 0), management 2000, spot
            // 4000. 15 ms is one unit of the public and management pools; a spot weight costs half of it.
            'rateLimit': 15,
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
                'editOrder': false, // classic spot orders cannot be changed (only HF orders have an alter endpoint)
                'fetchOrder': true,
                'fetchOrders': false, // orders lists one status a request: active or done
                'fetchOpenOrders': true,
                'fetchClosedOrders': true,
                'fetchMyTrades': true,
                'fetchDeposits': true,
                'fetchWithdrawals': true,
                'fetchTransactions': false, // deposits and withdrawals are separate lists
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
                'createDepositAddress': true,
                'fetchDepositWithdrawFees': true,
                'transfer': true,
                'createMarketBuyOrderWithCost': true,
            },
            'urls': {
                'logo': 'https://www.kucoin.com/favicon.ico',
                'api': 'https://api.kucoin.com',
                'www': 'https://www.kucoin.com',
                'doc': 'https://www.kucoin.com/docs/',
                'fees': 'https://www.kucoin.com/vip/privilege',
            },
            // Paths carry their version; the costs are the documented weights (spot pool weights halved).
            'api': {
                'public': {
                    'get': {
                        'api/v1/timestamp': 3,
                        'api/v1/status': 3,
                        'api/v3/currencies': 3,
                        'api/v3/currencies/{currency}': 3,
                        'api/v2/symbols': 4,
                        'api/v2/symbols/{symbol}': 4,
                        'api/v1/market/orderbook/level1': 2,
                        'api/v1/market/allTickers': 15,
                        'api/v1/market/stats': 15,
                        'api/v1/markets': 3,
                        'api/v1/market/orderbook/level2_20': 2,
                        'api/v1/market/orderbook/level2_100': 4,
                        'api/v1/market/histories': 3,
                        'api/v1/market/candles': 3,
                        'api/v1/prices': 3,
                    },
                },
                'private': {
                    'get': {
                        'api/v1/accounts': 5,
                        'api/v1/accounts/{accountId}': 5,
                        'api/v1/accounts/ledgers': 2,
                        'api/v1/user-info': 20,
                        'api/v3/market/orderbook/level2': 3,
                        'api/v1/orders': 1,
                        'api/v1/orders/{orderId}': 1,
                        'api/v1/order/client-order/{clientOid}': 1.5,
                        'api/v1/limit/orders': 1.5,
                        'api/v1/stop-order': 4,
                        'api/v1/stop-order/{orderId}': 1.5,
                        'api/v1/stop-order/queryOrderByClientOid': 1.5,
                        'api/v1/fills': 5,
                        'api/v1/limit/fills': 10,
                        'api/v1/hf/orders/active': 1,
                        'api/v1/hf/orders/done': 1,
                        'api/v1/hf/orders/{orderId}': 1,
                        'api/v1/hf/fills': 1,
                        'api/v1/deposits': 5,
                        'api/v1/hist-deposits': 5,
                        'api/v3/deposit-addresses': 5,
                        'api/v1/withdrawals': 20,
                        'api/v1/withdrawals/{withdrawalId}': 20,
                        'api/v1/hist-withdrawals': 20,
                        'api/v1/withdrawals/quotas': 20,
                        'api/v1/accounts/transferable': 20,
                        'api/v1/base-fee': 1.5,
                        'api/v1/trade-fees': 1.5,
                    },
                    'post': {
                        'api/v1/orders': 1,
                        'api/v1/orders/test': 1,
                        'api/v1/orders/multi': 1.5,
                        'api/v1/stop-order': 1,
                        'api/v1/hf/orders': 0.5,
                        'api/v3/deposit-address/create': 20,
                        'api/v3/withdrawals': 5,
                        'api/v2/accounts/inner-transfer': 10,
                        'api/v3/accounts/universal-transfer': 4,
                    },
                    'delete': {
                        'api/v1/orders': 10,
                        'api/v1/orders/{orderId}': 1.5,
                        'api/v1/order/client-order/{clientOid}': 2.5,
                        'api/v1/stop-order/{orderId}': 1.5,
                        'api/v1/stop-order/cancel': 1.5,
                        'api/v1/stop-order/cancelOrderByClientOid': 2.5,
                        'api/v1/hf/orders/{orderId}': 0.5,
                        'api/v1/withdrawals/{withdrawalId}': 20,
                    },
                },
            },
            // candles' type.
            'timeframes': {
                '1m': '1min',
                '3m': '3min',
                '5m': '5min',
                '15m': '15min',
                '30m': '30min',
                '1h': '1hour',
                '2h': '2hour',
                '4h': '4hour',
                '6h': '6hour',
                '8h': '8hour',
                '12h': '12hour',
                '1d': '1day',
                '1w': '1week',
                '1M': '1month',
            },
            'requiredCredentials': {
                'apiKey': true,
                'secret': true,
                'password': true, // the API key's passphrase
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
                // KC-API-KEY-VERSION: keys of version 2 and 3 send the passphrase signed, version 1 in clear.
                'apiKeyVersion': '2',
                // KuCoin's order field postOnly has the unified name and meaning (a boolean, limit orders only).
                'sameNameParams': [ 'postOnly' ],
                // Unified network codes and KuCoin's chainId (currencies' chains[].chainId).
                'networks': {
                    'BTC': 'btc',
                    'BTCSEGWIT': 'bech32',
                    'LIGHTNING': 'btcln',
                    'ERC20': 'eth',
                    'TRC20': 'trx',
                    'BEP20': 'bsc',
                    'KCC': 'kcc',
                    'SOL': 'sol',
                    'POLYGON': 'matic',
                    'ARBITRUM': 'arbitrum',
                    'OPTIMISM': 'optimism',
                    'AVAXC': 'avaxc',
                    'TON': 'ton',
                    'XRP': 'xrp',
                    'LTC': 'ltc',
                    'DOGE': 'doge',
                },
                // transfer (): the unified account names and KuCoin's (inner-transfer's from and to).
                'accountsByType': {
                    'spot': 'trade',
                    'trade': 'trade',
                    'funding': 'main',
                    'main': 'main',
                    'margin': 'margin',
                },
                // The length of each timeframe in seconds (candles' startAt and endAt are seconds).
                'timeframeSeconds': {
                    '1m': 60,
                    '3m': 180,
                    '5m': 300,
                    '15m': 900,
                    '30m': 1800,
                    '1h': 3600,
                    '2h': 7200,
                    '4h': 14400,
                    '6h': 21600,
                    '8h': 28800,
                    '12h': 43200,
                    '1d': 86400,
                    '1w': 604800,
                    '1M': 2592000, // 30 days: only to complete a range to limit candles
                },
                // Orders' timeInForce: GTT (good till time, cancelAfter seconds) rests like GTC until it expires,
                // and the unified values have no GTT.
                'timeInForces': {
                    'GTC': 'GTC',
                    'GTT': 'GTC',
                    'IOC': 'IOC',
                    'FOK': 'FOK',
                },
                'maxCandles': 1500,
                'tradeFeeSymbolsPerRequest': 10,
                'transactionStatuses': {
                    'SUCCESS': 'ok',
                    'PROCESSING': 'pending',
                    'WALLET_PROCESSING': 'pending',
                    'REVIEW': 'pending',
                    'FAILURE': 'failed',
                },
                'ledgerTypes': {
                    'Exchange': 'trade',
                    'Deposit': 'transaction',
                    'Withdrawal': 'transaction',
                    'Transfer': 'transfer',
                    'Rebate': 'rebate',
                },
            },
            // Errors are { "code": "400100", "msg": "..." } (HTTP 200 or 4xx); success is code "200000". Codes from
            // the documented spot and gateway error code lists.
            'exceptions': {
                'exact': {
                    '400001': AuthenticationError, // a KC-API-* header is missing
                    '400002': InvalidNonce, // KC-API-TIMESTAMP more than 5 s off the server's clock
                    '400003': AuthenticationError, // KC-API-KEY not exists
                    '400004': AuthenticationError, // KC-API-PASSPHRASE error
                    '400005': AuthenticationError, // signature error
                    '400006': PermissionDenied, // IP not in the key's whitelist
                    '400007': PermissionDenied, // access denied, the key lacks the permission
                    '400008': AuthenticationError, // V1 and V2 keys are no longer supported by this endpoint
                    '400009': AuthenticationError, // invalid KC-API-KEY-VERSION
                    '400010': PermissionDenied, // UID access denied, requires more permission
                    '404000': BadRequest, // URL not found
                    '400100': BadRequest, // parameter error
                    '400200': InvalidOrder, // forbidden to place an order on this pair
                    '400500': PermissionDenied, // the region may not trade this token
                    '400600': BadSymbol, // validation.createOrder.symbolNotAvailable
                    '400700': PermissionDenied, // transactions restricted (account risk)
                    '411100': AccountSuspended, // user frozen
                    '415000': BadRequest, // unsupported media type
                    '429000': RateLimitExceeded, // too many requests
                    '500000': ExchangeNotAvailable, // internal server error
                    '900001': BadSymbol, // symbol not exists
                    '200001': InvalidOrder, // order creation for this pair suspended
                    '200002': InvalidOrder, // order cancel for this pair suspended
                    '200003': InvalidOrder, // number of orders breached the limit
                    '200004': InsufficientFunds, // balance insufficient
                    '260210': PermissionDenied, // withdraw.disabled
                    '600203': BadSymbol, // the symbol cannot be traded
                },
                'broad': {
                    'order not exist': OrderNotFound,
                    'order_not_exist': OrderNotFound,
                    'account.available.amount': InsufficientFunds,
                    'Balance insufficient': InsufficientFunds,
                    'Order size below the minimum': InvalidOrder,
                },
            },
        });
    }

    // --- markets and currencies ----------------------------------------------------------------------

    async fetchTime (params = {}) {
        // timestamp: data is the server time in ms.
        const response = await this.publicGetApiV1Timestamp (params);
        return this.safeInteger (response, 'data');
    }

    async fetchStatus (params = {}) {
        // status: { status: 'open', 'close' (maintenance) or 'cancelonly', msg }.
        const response = await this.publicGetApiV1Status (params);
        const data = this.safeDict (response, 'data', {});
        const status = this.safeString (data, 'status');
        return {
            'status': (status === 'open') ? 'ok' : 'maintenance',
            'updated': undefined,
            'eta': undefined,
            'url': undefined,
            'info': response,
        };
    }

    async fetchMarkets (params = {}) {
        // v2 symbols: [ { symbol: 'BTC-USDT', baseCurrency, quoteCurrency, feeCurrency, market, baseMinSize,
        // quoteMinSize, baseMaxSize, quoteMaxSize, baseIncrement, quoteIncrement, priceIncrement, minFunds,
        // enableTrading, ... } ].
        const response = await this.publicGetApiV2Symbols (params);
        const entries = this.safeList (response, 'data', []);
        const result = [];
        for (let i = 0; i < entries.length; i++) {
            result.push (this.parseMarket (entries[i]));
        }
        return result;
    }

    parseMarket (entry) {
        const baseId = this.safeString (entry, 'baseCurrency');
        const quoteId = this.safeString (entry, 'quoteCurrency');
        const base = this.safeCurrencyCode (baseId);
        const quote = this.safeCurrencyCode (quoteId);
        return this.safeMarketStructure ({
            'id': this.safeString (entry, 'symbol'),
            'symbol': base + '/' + quote,
            'base': base,
            'quote': quote,
            'baseId': baseId,
            'quoteId': quoteId,
            'active': this.safeBool (entry, 'enableTrading'),
            'type': 'spot',
            'spot': true,
            'taker': this.fees['trading']['taker'],
            'maker': this.fees['trading']['maker'],
            'precision': {
                'amount': this.safeNumber (entry, 'baseIncrement'),
                'price': this.safeNumber (entry, 'priceIncrement'),
            },
            'limits': {
                'amount': { 'min': this.safeNumber (entry, 'baseMinSize'), 'max': this.safeNumber (entry, 'baseMaxSize') },
                'price': { 'min': undefined, 'max': undefined },
                'cost': { 'min': this.safeNumber2 (entry, 'minFunds', 'quoteMinSize'), 'max': this.safeNumber (entry, 'quoteMaxSize') },
            },
            'info': entry,
        });
    }

    async fetchCurrencies (params = {}) {
        // v3 currencies: [ { currency, name, fullName, precision, isMarginEnabled, isDebitEnabled, chains: [ {
        // chainName, chainId, withdrawalMinSize, withdrawalMinFee, withdrawFeeRate, depositMinSize,
        // isWithdrawEnabled, isDepositEnabled, withdrawPrecision, maxWithdraw, maxDeposit, needTag, ... } ] } ].
        const response = await this.publicGetApiV3Currencies (params);
        const entries = this.safeList (response, 'data', []);
        const result = {};
        for (let i = 0; i < entries.length; i++) {
            const currency = this.parseKucoinCurrency (entries[i]);
            result[currency['code']] = currency;
        }
        return result;
    }

    parseKucoinCurrency (entry) {
        const id = this.safeString (entry, 'currency');
        const code = this.safeCurrencyCode (id);
        const chains = this.safeList (entry, 'chains', []);
        const networks = this.parseCurrencyNetworks (chains);
        const codes = Object.keys (networks);
        let deposit = false;
        let withdraw = false;
        for (let i = 0; i < codes.length; i++) {
            const network = this.safeDict (networks, codes[i], {});
            deposit = deposit || (this.safeBool (network, 'deposit') === true);
            withdraw = withdraw || (this.safeBool (network, 'withdraw') === true);
        }
        // A currency of one chain has that chain's fee; with several the fee depends on the chain.
        const fee = (codes.length === 1) ? this.safeNumber (this.safeDict (networks, codes[0], {}), 'fee') : undefined;
        return {
            'id': id,
            'code': code,
            'name': this.safeString (entry, 'fullName'),
            'active': (codes.length > 0) ? (deposit || withdraw) : undefined,
            'deposit': (codes.length > 0) ? deposit : undefined,
            'withdraw': (codes.length > 0) ? withdraw : undefined,
            'fee': fee,
            'precision': this.parseNumber (this.parsePrecision (this.safeString (entry, 'precision'))),
            'limits': {
                'amount': { 'min': undefined, 'max': undefined },
                'withdraw': { 'min': undefined, 'max': undefined },
            },
            'networks': networks,
            'info': entry,
        };
    }

    parseCurrencyNetworks (chains) {
        // chains by unified network code (chainId through options['networks']).
        const networks = {};
        for (let i = 0; i < chains.length; i++) {
            const chain = chains[i];
            const chainId = this.safeString (chain, 'chainId');
            const networkCode = this.networkCode (chainId);
            const deposit = this.safeBool (chain, 'isDepositEnabled');
            const withdraw = this.safeBool (chain, 'isWithdrawEnabled');
            networks[networkCode] = {
                'id': chainId,
                'network': networkCode,
                'active': (deposit === true) && (withdraw === true),
                'deposit': deposit,
                'withdraw': withdraw,
                'fee': this.safeNumber (chain, 'withdrawalMinFee'),
                'precision': this.parseNumber (this.parsePrecision (this.safeString (chain, 'withdrawPrecision'))),
                'limits': {
                    'withdraw': { 'min': this.safeNumber (chain, 'withdrawalMinSize'), 'max': this.safeNumber (chain, 'maxWithdraw') },
                    'deposit': { 'min': this.safeNumber (chain, 'depositMinSize'), 'max': this.safeNumber (chain, 'maxDeposit') },
                },
            };
        }
        return networks;
    }

    async fetchDepositWithdrawFees (codes = undefined, params = {}) {
        // The withdrawal fee of each chain is in the currency list (withdrawalMinFee); deposits are free.
        const currencies = await this.fetchCurrencies (params);
        return this.depositWithdrawFeesFromCurrencies (currencies, codes);
    }

    // --- market data ---------------------------------------------------------------------------------

    parseTicker (ticker, market = undefined) {
        // market/stats and the entries of market/allTickers: { symbol, buy, sell, bestBidSize, bestAskSize,
        // changeRate, changePrice, high, low, vol (base), volValue (quote), last, averagePrice (24 h average of
        // the previous day), time }. stats carries time itself, allTickers beside its list.
        const marketId = this.safeString (ticker, 'symbol');
        market = this.safeMarket (marketId, market, '-');
        const last = this.safeString (ticker, 'last');
        const change = this.safeString (ticker, 'changePrice');
        const open = ((last === undefined) || (change === undefined)) ? undefined : Precise.stringSub (last, change);
        const rate = this.safeString (ticker, 'changeRate');
        return this.safeTicker ({
            'symbol': market['symbol'],
            'timestamp': this.safeInteger (ticker, 'time'),
            'high': this.safeString (ticker, 'high'),
            'low': this.safeString (ticker, 'low'),
            'bid': this.safeString (ticker, 'buy'),
            'bidVolume': this.safeString (ticker, 'bestBidSize'),
            'ask': this.safeString (ticker, 'sell'),
            'askVolume': this.safeString (ticker, 'bestAskSize'),
            'open': open,
            'last': last,
            'change': change,
            'percentage': (rate === undefined) ? undefined : Precise.stringMul (rate, '100'),
            'baseVolume': this.safeString (ticker, 'vol'),
            'quoteVolume': this.safeString (ticker, 'volValue'),
            'info': ticker,
        }, market);
    }

    async fetchTicker (symbol, params = {}) {
        // market/stats: the 24-hour statistics with the best bid and ask.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetApiV1MarketStats (this.extend ({ 'symbol': market['id'] }, params));
        return this.parseTicker (this.safeDict (response, 'data', {}), market);
    }

    async fetchTickers (symbols = undefined, params = {}) {
        // market/allTickers: { time, ticker: [ ... ] }, every market; the time of the snapshot is each one's.
        await this.loadMarkets ();
        const response = await this.publicGetApiV1MarketAllTickers (params);
        const data = this.safeDict (response, 'data', {});
        const time = this.safeInteger (data, 'time');
        const tickers = this.safeList (data, 'ticker', []);
        const stamped = [];
        for (let i = 0; i < tickers.length; i++) {
            stamped.push (this.extend (tickers[i], { 'time': time }));
        }
        return this.parseTickers (stamped, symbols);
    }

    async fetchOrderBook (symbol, limit = undefined, params = {}) {
        // market/orderbook/level2_20 or level2_100 (public): { time, sequence, bids, asks }, [ price, size ].
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'symbol': market['id'] };
        let response = undefined;
        if ((limit !== undefined) && (limit > 100)) {
            throw new BadRequest (this.id + ' fetchOrderBook () limit must be at most 100: the public book has 20 or 100 levels');
        }
        if ((limit !== undefined) && (limit <= 20)) {
            response = await this.publicGetApiV1MarketOrderbookLevel220 (this.extend (request, params));
        } else {
            response = await this.publicGetApiV1MarketOrderbookLevel2100 (this.extend (request, params));
        }
        const data = this.safeDict (response, 'data', {});
        const book = this.parseOrderBook (data, market['symbol'], this.safeInteger (data, 'time'));
        book['nonce'] = this.safeInteger (data, 'sequence');
        if (limit !== undefined) {
            book['bids'] = book['bids'].slice (0, limit);
            book['asks'] = book['asks'].slice (0, limit);
        }
        return book;
    }

    parseOHLCV (ohlcv, market = undefined) {
        // [ time (seconds), open, close, high, low, volume (base), turnover (quote) ].
        return [
            this.safeTimestamp (ohlcv, 0),
            this.safeNumber (ohlcv, 1),
            this.safeNumber (ohlcv, 3),
            this.safeNumber (ohlcv, 4),
            this.safeNumber (ohlcv, 2),
            this.safeNumber (ohlcv, 5),
        ];
    }

    async fetchOHLCV (symbol, timeframe = '1m', since = undefined, limit = undefined, params = {}) {
        // market/candles: type, startAt and endAt in seconds; at most 1500 candles, newest first. A range
        // with one end given is completed to limit candles (or 1500).
        await this.loadMarkets ();
        const market = this.market (symbol);
        const type = this.safeString (this.timeframes, timeframe);
        if (type === undefined) {
            throw new BadRequest (this.id + ' fetchOHLCV () does not support the timeframe ' + timeframe + ': one of ' + Object.keys (this.timeframes).join (', '));
        }
        const request = { 'symbol': market['id'], 'type': type };
        const count = (limit === undefined) ? this.options['maxCandles'] : Math.min (limit, this.options['maxCandles']);
        const span = count * this.safeInteger (this.options['timeframeSeconds'], timeframe);
        const until = this.safeInteger (params, 'until');
        if (since !== undefined) {
            const start = Math.floor (since / 1000);
            const end = (until === undefined) ? start + span : Math.min (Math.floor (until / 1000), start + span);
            request['startAt'] = start;
            request['endAt'] = end;
        } else if ((until !== undefined) || (limit !== undefined)) {
            const end = (until === undefined) ? this.seconds () : Math.floor (until / 1000);
            request['startAt'] = end - span;
            request['endAt'] = end;
        }
        const response = await this.publicGetApiV1MarketCandles (this.extend (request, this.omit (params, 'until')));
        return this.parseOHLCVs (this.safeList (response, 'data', []), market, timeframe, since, limit);
    }

    nanosecondsToMilliseconds (value) {
        // market/histories dates trades in nanoseconds, past 2^53: whole milliseconds from the string.
        if (value === undefined) {
            return undefined;
        }
        return parseInt (Precise.stringDiv (value, '1000000', 0));
    }

    parseTrade (trade, market = undefined) {
        // Public trades (market/histories): { sequence, price, size, side (the taker's), time (ns) }. The
        // account's fills: { symbol, tradeId, orderId, counterOrderId, side (its own order's), liquidity:
        // 'taker' or 'maker', price, size, funds (the cost), fee, feeRate, feeCurrency, type, createdAt (ms) }.
        market = this.safeMarket (this.safeString (trade, 'symbol'), market, '-');
        const createdAt = this.safeInteger (trade, 'createdAt');
        const timestamp = (createdAt !== undefined) ? createdAt : this.nanosecondsToMilliseconds (this.safeString (trade, 'time'));
        let fee = undefined;
        const feeCost = this.safeString (trade, 'fee');
        if (feeCost !== undefined) {
            fee = {
                'cost': feeCost,
                'currency': this.safeCurrencyCode (this.safeString (trade, 'feeCurrency')),
                'rate': this.safeString (trade, 'feeRate'),
            };
        }
        return this.safeTrade ({
            'id': this.safeString2 (trade, 'tradeId', 'sequence'),
            'order': this.safeString (trade, 'orderId'),
            'symbol': market['symbol'],
            'timestamp': timestamp,
            'type': this.safeString (trade, 'type'),
            'side': this.safeString (trade, 'side'),
            'takerOrMaker': this.safeString (trade, 'liquidity'),
            'price': this.safeString (trade, 'price'),
            'amount': this.safeString (trade, 'size'),
            'cost': this.safeString (trade, 'funds'),
            'fee': fee,
            'info': trade,
        }, market);
    }

    async fetchTrades (symbol, since = undefined, limit = undefined, params = {}) {
        // market/histories: the latest 100 trades; since and limit filter them.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetApiV1MarketHistories (this.extend ({ 'symbol': market['id'] }, params));
        return this.parseTrades (this.safeList (response, 'data', []), market, since, limit);
    }

    // --- account -------------------------------------------------------------------------------------

    async fetchBalance (params = {}) {
        // accounts?type=trade: [ { id, currency, type, balance, available, holds } ], the spot trading accounts.
        await this.loadMarkets ();
        const request = { 'type': 'trade' };
        const response = await this.privateGetApiV1Accounts (this.extend (request, params));
        const entries = this.safeList (response, 'data', []);
        const result = { 'info': response };
        for (let i = 0; i < entries.length; i++) {
            const entry = entries[i];
            const code = this.safeCurrencyCode (this.safeString (entry, 'currency'));
            const account = this.account ();
            account['free'] = this.safeString (entry, 'available');
            account['used'] = this.safeString (entry, 'holds');
            account['total'] = this.safeString (entry, 'balance');
            result[code] = account;
        }
        return this.safeBalance (result);
    }

    parseTradingFee (entry) {
        // trade-fees: { symbol, takerFeeRate, makerFeeRate }, the account's rates (fractions).
        const marketId = this.safeString (entry, 'symbol');
        return {
            'symbol': this.safeSymbol (marketId, undefined, '-'),
            'maker': this.safeNumber (entry, 'makerFeeRate'),
            'taker': this.safeNumber (entry, 'takerFeeRate'),
            'info': entry,
        };
    }

    async fetchTradingFeesOf (marketIds, params) {
        // trade-fees?symbols=A,B,...: at most 10 symbols a request.
        const response = await this.privateGetApiV1TradeFees (this.extend ({ 'symbols': marketIds.join (',') }, params));
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
        // accounts/ledgers: { id, currency, amount (unsigned), fee, balance (after it), accountType, bizType,
        // direction: 'in' or 'out', createdAt (ms), context }.
        const code = this.safeCurrencyCode (this.safeString (item, 'currency'), currency);
        const direction = this.safeString (item, 'direction');
        const amount = this.safeString (item, 'amount');
        const after = this.safeString (item, 'balance');
        let before = undefined;
        if ((amount !== undefined) && (after !== undefined)) {
            before = (direction === 'out') ? Precise.stringAdd (after, amount) : Precise.stringSub (after, amount);
        }
        let fee = undefined;
        const feeCost = this.safeString (item, 'fee');
        if (feeCost !== undefined) {
            fee = { 'cost': feeCost, 'currency': code };
        }
        const type = this.safeString (item, 'bizType');
        return this.safeLedgerEntry ({
            'id': this.safeString (item, 'id'),
            'timestamp': this.safeInteger (item, 'createdAt'),
            'direction': direction,
            'account': this.safeStringLower (item, 'accountType'),
            'type': this.safeString (this.options['ledgerTypes'], type, type),
            'currency': code,
            'amount': amount,
            'before': before,
            'after': after,
            'status': 'ok',
            'fee': fee,
            'info': item,
        }, currency);
    }

    async fetchLedger (code = undefined, since = undefined, limit = undefined, params = {}) {
        // accounts/ledgers: currency, startAt and endAt (ms, until), pageSize; items of a page.
        await this.loadMarkets ();
        let request = {};
        let currency = undefined;
        if (code !== undefined) {
            currency = this.currency (code);
            request['currency'] = currency['id'];
        }
        request = this.withTimeRange (request, since, params);
        if (limit !== undefined) {
            request['pageSize'] = limit;
        }
        const response = await this.privateGetApiV1AccountsLedgers (this.extend (request, this.omit (params, 'until')));
        return this.parseLedger (this.pageItems (response), currency, since, limit);
    }

    withTimeRange (request, since, params) {
        // request with startAt and endAt in ms: since and the unified until (a copy: PHP passes arrays by value).
        const range = {};
        if (since !== undefined) {
            range['startAt'] = since;
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            range['endAt'] = until;
        }
        return this.extend (request, range);
    }

    pageItems (response) {
        // Paginated lists: data is { currentPage, pageSize, totalNum, totalPage, items }.
        return this.safeList (this.safeDict (response, 'data', {}), 'items', []);
    }

    // --- orders --------------------------------------------------------------------------------------

    parseOrderStatus (order) {
        // isActive: on the book; a done order was canceled when cancelExist says
        // so (partly filled or not), else filled.
        const active = this.safeBool (order, 'isActive');
        if (active === true) {
            return 'open';
        }
        if (active === false) {
            return (this.safeBool (order, 'cancelExist') === true) ? 'canceled' : 'closed';
        }
        // Stop orders: NEW waits for its trigger; TRIGGERED has become a regular order.
        const status = this.safeString (order, 'status');
        if (status === 'NEW') {
            return 'open';
        }
        if (status === 'TRIGGERED') {
            return 'closed';
        }
        return undefined;
    }

    parseOrder (order, market = undefined) {
        // orders/{orderId} and the items of orders: { id, symbol, type, side, price, size, funds, dealFunds,
        // dealSize, fee, feeCurrency, stop, stopPrice, timeInForce (GTC, GTT, IOC or FOK), cancelAfter, postOnly,
        // clientOid, isActive, cancelExist, createdAt }. A market order sized by funds reports size '0' and price
        // '0'. POST orders answers with { orderId } only.
        market = this.safeMarket (this.safeString (order, 'symbol'), market, '-');
        const type = this.safeString (order, 'type');
        const postOnly = this.safeBool (order, 'postOnly');
        const size = this.safeString (order, 'size');
        const price = this.safeString (order, 'price');
        const stop = this.safeString (order, 'stop');
        let fee = undefined;
        const feeCost = this.safeString (order, 'fee');
        if (feeCost !== undefined) {
            fee = { 'cost': feeCost, 'currency': this.safeCurrencyCode (this.safeString (order, 'feeCurrency')) };
        }
        const timeInForce = this.safeString (order, 'timeInForce');
        return this.safeOrder ({
            'id': this.safeString2 (order, 'id', 'orderId'),
            'clientOrderId': this.safeString (order, 'clientOid'),
            'symbol': market['symbol'],
            'timestamp': this.safeInteger (order, 'createdAt'),
            'status': this.parseOrderStatus (order),
            'type': type,
            'timeInForce': (postOnly === true) ? 'PO' : this.safeString (this.options['timeInForces'], timeInForce, timeInForce),
            'postOnly': postOnly,
            'side': this.safeString (order, 'side'),
            'price': Precise.stringEq (price, '0') ? undefined : price,
            'triggerPrice': (stop === undefined) ? undefined : this.safeString (order, 'stopPrice'),
            'amount': Precise.stringEq (size, '0') ? undefined : size,
            'filled': this.safeString (order, 'dealSize'),
            'cost': this.safeString (order, 'dealFunds'),
            'fee': fee,
            'info': order,
        }, market);
    }

    stopDirection (side, kind) {
        // KuCoin's stop 'loss' triggers when the last price falls to stopPrice or below, 'entry' when it rises
        // to it or above. A sell's stop loss (or a plain trigger) waits for a fall, its take profit for a
        // rise; a buy's the other way round.
        const falls = (kind === 'takeProfitPrice') ? (side === 'buy') : (side === 'sell');
        return falls ? 'loss' : 'entry';
    }

    async createOrder (symbol, type, side, amount, price = undefined, params = {}) {
        // POST orders, or POST stop-order for a trigger. The unified params map to KuCoin's fields:
        // clientOrderId is clientOid (required: a UUID when not given), postOnly is postOnly, timeInForce (GTC,
        // IOC, FOK) is timeInForce, cost is funds (a market order sized in the quote currency), and
        // triggerPrice, stopLossPrice and takeProfitPrice are stop ('loss' or 'entry') with stopPrice.
        // Spot has no reduceOnly.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const [ unified, rest ] = this.unifiedOrderParams (type, params);
        this.rejectUnifiedParams ('createOrder', unified, [ 'reduceOnly' ]);
        if ((type !== 'limit') && (type !== 'market')) {
            throw new InvalidOrder (this.id + ' createOrder () type must be limit or market, not ' + type);
        }
        const clientOid = (unified['clientOrderId'] !== undefined) ? unified['clientOrderId'] : this.uuid ();
        const request = {
            'clientOid': clientOid,
            'side': side,
            'symbol': market['id'],
            'type': type,
        };
        if (unified['cost'] !== undefined) {
            request['funds'] = this.costToPrecision (symbol, unified['cost']);
        } else {
            request['size'] = this.amountToPrecision (symbol, amount);
        }
        if (type === 'limit') {
            if (price === undefined) {
                throw new ArgumentsRequired (this.id + ' createOrder () requires a price for a limit order');
            }
            request['price'] = this.priceToPrecision (symbol, price);
            if (unified['timeInForce'] !== undefined) {
                request['timeInForce'] = unified['timeInForce'];
            }
            if (unified['postOnly']) {
                request['postOnly'] = true;
            }
        } else if (unified['timeInForce'] !== undefined) {
            throw new InvalidOrder (this.id + ' createOrder () timeInForce applies to limit orders only, not ' + type + ' orders');
        }
        let response = undefined;
        const trigger = unified['trigger'];
        if (trigger !== undefined) {
            request['stop'] = this.stopDirection (side, unified['triggerKind']);
            request['stopPrice'] = this.priceToPrecision (symbol, trigger);
            response = await this.privatePostApiV1StopOrder (this.extend (request, rest));
        } else {
            response = await this.privatePostApiV1Orders (this.extend (request, rest));
        }
        // The answer is { orderId }: the order is what was asked for, its state unknown until fetched.
        const data = this.safeDict (response, 'data', {});
        return this.safeOrder ({
            'id': this.safeString (data, 'orderId'),
            'clientOrderId': clientOid,
            'symbol': market['symbol'],
            'type': type,
            'side': side,
            'postOnly': (type === 'limit') ? unified['postOnly'] : undefined,
            'timeInForce': unified['postOnly'] ? 'PO' : unified['timeInForce'],
            'price': this.safeString (request, 'price'),
            'triggerPrice': this.safeString (request, 'stopPrice'),
            'amount': this.safeString (request, 'size'),
            'info': response,
        }, market);
    }

    async createMarketBuyOrderWithCost (symbol, cost, params = {}) {
        return await this.createOrder (symbol, 'market', 'buy', undefined, undefined, this.extend (params, { 'cost': cost }));
    }

    isTrigger (params) {
        // params.trigger: the order is a stop order (POST stop-order), which the stop-order endpoints keep.
        return this.safeBool (params, 'trigger', false) === true;
    }

    canceledOrdersOf (response, market) {
        // { cancelledOrderIds: [ ... ] }: the canceled orders, by id.
        const data = this.safeDict (response, 'data', {});
        const ids = this.safeList (data, 'cancelledOrderIds', []);
        const result = [];
        for (let i = 0; i < ids.length; i++) {
            result.push (this.safeOrder ({
                'id': ids[i],
                'symbol': this.safeSymbol (undefined, market),
                'status': 'canceled',
                'info': response,
            }, market));
        }
        return result;
    }

    async cancelOrder (id, symbol = undefined, params = {}) {
        // DELETE orders/{orderId}, or stop-order/{orderId} with params.trigger: { cancelledOrderIds: [ id ] }.
        await this.loadMarkets ();
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
        }
        const request = this.extend ({ 'orderId': id }, this.omit (params, 'trigger'));
        let response = undefined;
        if (this.isTrigger (params)) {
            response = await this.privateDeleteApiV1StopOrderOrderId (request);
        } else {
            response = await this.privateDeleteApiV1OrdersOrderId (request);
        }
        const canceled = this.canceledOrdersOf (response, market);
        if (canceled.length > 0) {
            return canceled[0];
        }
        return this.safeOrder ({ 'id': id, 'symbol': this.safeSymbol (undefined, market), 'status': 'canceled', 'info': response }, market);
    }

    async cancelAllOrders (symbol = undefined, params = {}) {
        // DELETE orders (spot trading, of one symbol when given), or stop-order/cancel with params.trigger:
        // { cancelledOrderIds: [ ... ] }.
        await this.loadMarkets ();
        const request = { 'tradeType': 'TRADE' };
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
            request['symbol'] = market['id'];
        }
        const query = this.extend (request, this.omit (params, 'trigger'));
        let response = undefined;
        if (this.isTrigger (params)) {
            response = await this.privateDeleteApiV1StopOrderCancel (query);
        } else {
            response = await this.privateDeleteApiV1Orders (query);
        }
        return this.canceledOrdersOf (response, market);
    }

    async fetchOrder (id, symbol = undefined, params = {}) {
        // orders/{orderId}, or stop-order/{orderId} with params.trigger.
        await this.loadMarkets ();
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
        }
        const request = this.extend ({ 'orderId': id }, this.omit (params, 'trigger'));
        let response = undefined;
        if (this.isTrigger (params)) {
            response = await this.privateGetApiV1StopOrderOrderId (request);
        } else {
            response = await this.privateGetApiV1OrdersOrderId (request);
        }
        return this.parseOrder (this.safeDict (response, 'data', {}), market);
    }

    async fetchOrdersByStatus (status, symbol, since, limit, params) {
        // orders: status 'active' or 'done', symbol, tradeType TRADE (spot), startAt and endAt (ms),
        // pageSize (at most 500).
        await this.loadMarkets ();
        let request = { 'status': status, 'tradeType': 'TRADE' };
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
            request['symbol'] = market['id'];
        }
        request = this.withTimeRange (request, since, params);
        if (limit !== undefined) {
            request['pageSize'] = limit;
        }
        const response = await this.privateGetApiV1Orders (this.extend (request, this.omit (params, 'until')));
        return this.parseOrders (this.pageItems (response), market, since, limit);
    }

    async fetchOpenOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // With params.trigger: the untriggered stop orders (GET stop-order), else the active orders.
        if (this.isTrigger (params)) {
            return await this.fetchOpenStopOrders (symbol, since, limit, this.omit (params, 'trigger'));
        }
        return await this.fetchOrdersByStatus ('active', symbol, since, limit, params);
    }

    async fetchOpenStopOrders (symbol, since, limit, params) {
        // stop-order: symbol, tradeType TRADE, startAt and endAt (ms), pageSize; items of a page.
        await this.loadMarkets ();
        let request = { 'tradeType': 'TRADE' };
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
            request['symbol'] = market['id'];
        }
        request = this.withTimeRange (request, since, params);
        if (limit !== undefined) {
            request['pageSize'] = limit;
        }
        const response = await this.privateGetApiV1StopOrder (this.extend (request, this.omit (params, 'until')));
        return this.parseOrders (this.pageItems (response), market, since, limit);
    }

    async fetchClosedOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchOrdersByStatus ('done', symbol, since, limit, params);
    }

    async fetchFills (request, market, since, limit, params) {
        // fills: orderId or symbol, tradeType TRADE, startAt and endAt (ms), pageSize (at most 500).
        request['tradeType'] = 'TRADE';
        request = this.withTimeRange (request, since, params);
        if (limit !== undefined) {
            request['pageSize'] = limit;
        }
        const response = await this.privateGetApiV1Fills (this.extend (request, this.omit (params, 'until')));
        return this.parseTrades (this.pageItems (response), market, since, limit);
    }

    async fetchMyTrades (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        await this.loadMarkets ();
        const request = {};
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
            request['symbol'] = market['id'];
        }
        return await this.fetchFills (request, market, since, limit, params);
    }

    async fetchOrderTrades (id, symbol = undefined, since = undefined, limit = undefined, params = {}) {
        await this.loadMarkets ();
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
        }
        return await this.fetchFills ({ 'orderId': id }, market, since, limit, params);
    }

    // --- funding -------------------------------------------------------------------------------------

    parseTransaction (transaction, currency = undefined) {
        // deposits: { currency, chain, status, address, memo, isInner, amount, fee, walletTxId, createdAt,
        // updatedAt, remark }; withdrawals the same with an id. walletTxId may carry '@' and an index.
        const code = this.safeCurrencyCode (this.safeString (transaction, 'currency'), currency);
        const id = this.safeString (transaction, 'id');
        let fee = undefined;
        const feeCost = this.safeString (transaction, 'fee');
        if (feeCost !== undefined) {
            fee = { 'cost': feeCost, 'currency': code };
        }
        const status = this.safeString (transaction, 'status');
        let txid = this.safeString (transaction, 'walletTxId');
        if ((txid !== undefined) && (txid.indexOf ('@') >= 0)) {
            txid = txid.split ('@')[0];
        }
        return this.safeTransaction ({
            'id': id,
            'txid': txid,
            'timestamp': this.safeInteger (transaction, 'createdAt'),
            'network': this.networkCode (this.safeString (transaction, 'chain')),
            'address': this.safeString (transaction, 'address'),
            'tag': this.safeString (transaction, 'memo'),
            'type': this.safeString (transaction, 'type'),
            'amount': this.safeString (transaction, 'amount'),
            'currency': code,
            'status': this.safeString (this.options['transactionStatuses'], status, status),
            'updated': this.safeInteger (transaction, 'updatedAt'),
            'fee': fee,
            'info': transaction,
        }, currency);
    }

    async fetchTransfers (type, code, since, limit, params) {
        // deposits or withdrawals: currency, startAt and endAt (ms), pageSize; items of a page.
        await this.loadMarkets ();
        let request = {};
        let currency = undefined;
        if (code !== undefined) {
            currency = this.currency (code);
            request['currency'] = currency['id'];
        }
        request = this.withTimeRange (request, since, params);
        if (limit !== undefined) {
            request['pageSize'] = limit;
        }
        const query = this.extend (request, this.omit (params, 'until'));
        let response = undefined;
        if (type === 'deposit') {
            response = await this.privateGetApiV1Deposits (query);
        } else {
            response = await this.privateGetApiV1Withdrawals (query);
        }
        return this.parseTransactions (this.pageItems (response), currency, since, limit, { 'type': type });
    }

    async fetchDeposits (code = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchTransfers ('deposit', code, since, limit, params);
    }

    async fetchWithdrawals (code = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchTransfers ('withdrawal', code, since, limit, params);
    }

    networkRequest (request, currency, params, method) {
        // The unified param network as chain (a chainId), the rest of params beside it.
        const networkCode = this.safeString (params, 'network');
        if (networkCode !== undefined) {
            request['chain'] = this.knownNetworkId (networkCode, currency, method);
        }
        return this.extend (request, this.omit (params, 'network'));
    }

    parseDepositAddress (entry, currency) {
        // v3 deposit addresses: { address, memo, chainId, chainName, to, currency, contractAddress }.
        const address = this.safeString (entry, 'address');
        if (address === undefined) {
            throw new InvalidAddress (this.id + ' has no deposit address of ' + currency['code'] + ' on this chain: createDepositAddress () makes one');
        }
        return {
            'currency': currency['code'],
            'address': address,
            'tag': this.safeString (entry, 'memo'),
            'network': this.networkCode (this.safeString (entry, 'chainId'), currency),
            'info': entry,
        };
    }

    async fetchDepositAddress (code, params = {}) {
        // GET v3 deposit-addresses?currency (&chain): the currency's addresses, one per chain; the first is
        // the one of the chain asked for (or of the default chain).
        await this.loadMarkets ();
        const currency = this.currency (code);
        const request = this.networkRequest ({ 'currency': currency['id'] }, currency, params, 'fetchDepositAddress');
        const response = await this.privateGetApiV3DepositAddresses (request);
        const entries = this.safeList (response, 'data', []);
        return this.parseDepositAddress (this.safeDict (entries, 0, {}), currency);
    }

    async createDepositAddress (code, params = {}) {
        // POST v3 deposit-address/create: { currency, chain } -> { address, memo, chainId, chainName, to }.
        await this.loadMarkets ();
        const currency = this.currency (code);
        const request = this.networkRequest ({ 'currency': currency['id'] }, currency, params, 'createDepositAddress');
        const response = await this.privatePostApiV3DepositAddressCreate (request);
        return this.parseDepositAddress (this.safeDict (response, 'data', {}), currency);
    }

    async withdraw (code, amount, address, tag = undefined, params = {}) {
        // POST v3 withdrawals: { currency, toAddress, amount, withdrawType: 'ADDRESS', memo, chain } ->
        // { withdrawalId }; the unified network code ('TRC20') is KuCoin's chainId ('trx').
        await this.loadMarkets ();
        const currency = this.currency (code);
        const request = {
            'currency': currency['id'],
            'toAddress': address,
            'amount': this.numberToString (amount),
            'withdrawType': 'ADDRESS',
        };
        if (tag !== undefined) {
            request['memo'] = tag;
        }
        const query = this.networkRequest (this.extend (request), currency, params, 'withdraw');
        const response = await this.privatePostApiV3Withdrawals (query);
        const data = this.safeDict (response, 'data', {});
        return this.safeTransaction ({
            'id': this.safeString (data, 'withdrawalId'),
            'type': 'withdrawal',
            'address': address,
            'tag': tag,
            'amount': request['amount'],
            'currency': code,
            'network': this.networkCode (this.safeString (query, 'chain'), currency),
            'status': 'pending',
            'info': response,
        });
    }

    async transfer (code, amount, fromAccount, toAccount, params = {}) {
        // POST v2 accounts/inner-transfer: { clientOid, currency, from, to, amount } -> { orderId }, between
        // the main (funding), trade (spot) and margin accounts.
        await this.loadMarkets ();
        const currency = this.currency (code);
        const request = {
            'clientOid': this.uuid (),
            'currency': currency['id'],
            'from': this.accountTypeId (fromAccount),
            'to': this.accountTypeId (toAccount),
            'amount': this.numberToString (amount),
        };
        const response = await this.privatePostApiV2AccountsInnerTransfer (this.extend (request, params));
        const data = this.safeDict (response, 'data', {});
        return this.safeTransfer ({
            'id': this.safeString (data, 'orderId'),
            'currency': code,
            'amount': request['amount'],
            'fromAccount': fromAccount,
            'toAccount': toAccount,
            'status': 'ok',
            'info': response,
        });
    }

    // --- transport -----------------------------------------------------------------------------------

    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        // GET and DELETE send their params as the query string, POST as a JSON body.
        const endpoint = '/' + this.implodeParams (path, params);
        const query = this.omit (params, this.extractParams (path));
        const hasBody = (method === 'POST') || (method === 'PUT');
        const hasQuery = !hasBody && (Object.keys (query).length > 0);
        let url = this.urls['api'] + endpoint;
        if (hasQuery) {
            url = url + '?' + this.urlencode (query);
        }
        if (api === 'public') {
            return { 'url': url, 'method': method, 'body': body, 'headers': headers };
        }
        // KC-API-SIGN: base64 (HMAC-SHA256 (secret, timestamp + method + endpoint + body)), timestamp in ms, the
        // endpoint with its query string as it is before percent-encoding (the documented rule).
        this.checkRequiredCredentials ();
        const timestamp = this.numberToString (this.milliseconds ());
        let signedPath = endpoint;
        if (hasQuery) {
            signedPath = endpoint + '?' + this.rawencode (query);
        }
        let payload = '';
        const version = this.safeString (this.options, 'apiKeyVersion', '2');
        const passphrase = (version === '1') ? this.password : this.hmac (this.encode (this.password), this.encode (this.secret), 'sha256', 'base64');
        headers = {
            'KC-API-KEY': this.apiKey,
            'KC-API-TIMESTAMP': timestamp,
            'KC-API-PASSPHRASE': passphrase,
            'KC-API-KEY-VERSION': version,
        };
        if (hasBody) {
            // An empty body is written out: PHP would encode an empty dictionary as a list, '[]'.
            body = (Object.keys (query).length > 0) ? this.json (query) : '{}';
            payload = body;
            headers['Content-Type'] = 'application/json';
        }
        const auth = timestamp + method + signedPath + payload;
        headers['KC-API-SIGN'] = this.hmac (this.encode (auth), this.encode (this.secret), 'sha256', 'base64');
        return { 'url': url, 'method': method, 'body': body, 'headers': headers };
    }

    handleErrors (status, reason, url, method, responseHeaders, responseBody, response, requestHeaders, requestBody) {
        // { "code": "200000", "data": ... } is success; any other code is an error, with HTTP 200 or 4xx/5xx:
        // the message picks the class where the broad map knows it (400100 covers many), else the code does.
        if ((response === undefined) || Array.isArray (response) || (typeof response !== 'object')) {
            return;
        }
        const code = this.safeString (response, 'code');
        if ((code === undefined) || (code === '200000')) {
            return;
        }
        const message = this.safeString (response, 'msg', '');
        const feedback = this.id + ' ' + method + ' ' + url + ' ' + code + ' ' + message;
        this.throwBroadlyMatchedException (this.exceptions['broad'], message, feedback);
        this.throwExactlyMatchedException (this.exceptions['exact'], code, feedback);
        throw new ExchangeError (feedback);
    }
}
