// AscendEX (formerly BitMax) Pro API, cash (spot) account: https://ascendex.github.io/ascendex-pro-api/
import Exchange from './base/Exchange.js';
import { AccountSuspended, ArgumentsRequired, AuthenticationError, BadRequest, BadSymbol, ExchangeError, ExchangeNotAvailable, InsufficientFunds, InvalidAddress, InvalidNonce, InvalidOrder, NotSupported, OrderNotFound, PermissionDenied, RateLimitExceeded } from './base/errors.js';
import Precise from './base/Precise.js';
import { TICK_SIZE } from './base/functions/number.js';

export default class ascendex extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'ascendex',
            'name': 'AscendEX',
            'countries': [ 'SG' ],
            'version': 'v1',
            // AscendEX limits requests per IP and per account (the documented default is 2500 requests a minute
            // for REST); 100 ms a request keeps well below it, and the history queries cost more.
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
                'editOrder': false, // orders cannot be amended
                'fetchOrder': true,
                'fetchOrders': false, // the history lists ended orders only, the open list open ones only
                'fetchOpenOrders': true,
                'fetchClosedOrders': true,
                'fetchMyTrades': false, // the cash API has no list of fills
                'fetchDeposits': true,
                'fetchWithdrawals': true,
                'fetchTransactions': true,
                'fetchLedger': false, // no ledger endpoint in the Pro API
                'fetchDepositAddress': true,
                'withdraw': false, // the Pro API offers no withdrawal endpoint
                'fetchTime': false, // no documented server time endpoint
                'fetchStatus': false, // no status endpoint
                'fetchTradingFees': true,
                'cancelAllOrders': true,
                'fetchOrderTrades': false, // no fills per order
                'fetchTradingFee': true,
                'fetchDepositAddresses': false, // addresses are listed per asset only
                'createDepositAddress': false, // addresses are assigned, there is no endpoint to make one
                'fetchDepositWithdrawFees': true,
                'transfer': true,
                'createMarketBuyOrderWithCost': false, // orders are sized in the base asset only (orderQty)
            },
            'urls': {
                'logo': 'https://ascendex.com/favicon.ico',
                'api': 'https://ascendex.com',
                'www': 'https://ascendex.com',
                'doc': 'https://ascendex.github.io/ascendex-pro-api/',
                'fees': 'https://ascendex.com/en/feerate/transactionfee-traderate',
            },
            // Paths start with their version (/api/pro/v1/... or /api/pro/v2/...). 'private' paths are signed,
            // 'accountGroup' paths are signed and start with the account group (from /api/pro/v1/info), and
            // {accountCategory} is 'cash' for the spot account.
            'api': {
                'public': {
                    'get': {
                        'v1/cash/products': 1,
                        'v2/assets': 1,
                        'v1/spot/ticker': 1,
                        'v1/barhist/info': 1,
                        'v1/barhist': 1,
                        'v1/depth': 1,
                        'v1/trades': 1,
                    },
                },
                'private': {
                    'get': {
                        'v1/info': 1,
                        'v1/wallet/deposit/address': 2,
                        'v1/wallet/transactions': 2,
                    },
                },
                'accountGroup': {
                    'get': {
                        'v1/cash/balance': 1,
                        'v1/spot/fee': 1,
                        'v1/{accountCategory}/order/open': 1,
                        'v1/{accountCategory}/order/status': 1,
                        'v1/{accountCategory}/order/hist/current': 1,
                        'v2/order/hist': 2,
                    },
                    'post': {
                        'v1/{accountCategory}/order': 1,
                        'v1/transfer': 2,
                    },
                    'delete': {
                        'v1/{accountCategory}/order': 1,
                        'v1/{accountCategory}/order/all': 2,
                    },
                },
            },
            // barhist's interval (the names barhist/info lists).
            'timeframes': {
                '1m': '1',
                '5m': '5',
                '15m': '15',
                '30m': '30',
                '1h': '60',
                '2h': '120',
                '4h': '240',
                '6h': '360',
                '12h': '720',
                '1d': '1d',
                '1w': '1w',
                '1M': '1m',
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
                // The account group of the API key (GET /api/pro/v1/info); fetched once when not set here.
                'accountGroup': undefined,
                // respInst of new orders: ACCEPT answers with the order as the matching engine took it.
                'respInst': 'ACCEPT',
                // AscendEX's order field postOnly has the unified name and meaning (a boolean, limit orders only).
                'sameNameParams': [ 'postOnly' ],
                'maxBars': 500,
                'maxTrades': 100,
                // Unified network codes and AscendEX's blockchain names (assets' blockChain[].chainName).
                'networks': {
                    'ERC20': 'ERC20',
                    'TRC20': 'TRC20',
                    'BEP20': 'BEP20 (BSC)',
                    'OMNI': 'Omni',
                },
                // transfer (): the unified account names and AscendEX's (fromAccount, toAccount).
                'accountsByType': {
                    'spot': 'cash',
                    'cash': 'cash',
                    'margin': 'margin',
                    'futures': 'futures',
                },
                'orderStatuses': {
                    'PendingNew': 'open',
                    'New': 'open',
                    'PartiallyFilled': 'open',
                    'Filled': 'closed',
                    'Canceled': 'canceled',
                    'Cancelled': 'canceled',
                    'Rejected': 'rejected',
                    'Reject': 'rejected',
                },
                'transactionStatuses': {
                    'pending': 'pending',
                    'reviewing': 'pending',
                    'confirmed': 'ok',
                    'rejected': 'failed',
                    'canceled': 'canceled',
                    'failed': 'failed',
                },
            },
            // Errors are { code (not 0), reason, message } (HTTP 200 or 4xx); order requests may answer code 0
            // with data { status: 'Err', info: { code, reason, message } } instead. Codes from the documented
            // error code list (error group = code / 10000).
            'exceptions': {
                'exact': {
                    '100001': BadRequest, // INVALID_HTTP_INPUT
                    '100002': BadRequest, // DATA_NOT_AVAILABLE
                    '100003': BadRequest, // KEY_CONFLICT
                    '100004': BadRequest, // INVALID_REQUEST_DATA
                    '100005': BadRequest, // INVALID_WS_REQUEST_DATA
                    '100006': BadRequest, // INVALID_ARGUMENT
                    '100007': BadRequest, // ENCRYPTION_ERROR
                    '100008': BadSymbol, // SYMBOL_ERROR
                    '100009': AuthenticationError, // AUTHORIZATION_NEEDED
                    '100010': BadRequest, // INVALID_OPERATION
                    '100011': InvalidNonce, // INVALID_TIMESTAMP
                    '100012': BadRequest, // INVALID_STR_FORMAT
                    '100013': BadRequest, // INVALID_NUM_FORMAT
                    '100101': ExchangeError, // UNKNOWN_ERROR
                    '150001': BadRequest, // INVALID_JSON_FORMAT
                    '200001': AuthenticationError, // AUTHENTICATION_FAILED
                    '200002': RateLimitExceeded, // TOO_MANY_ATTEMPTS
                    '200003': AuthenticationError, // ACCOUNT_NOT_FOUND
                    '200004': AuthenticationError, // ACCOUNT_NOT_SETUP
                    '200005': BadRequest, // ACCOUNT_ALREADY_EXIST
                    '200006': ExchangeError, // ACCOUNT_ERROR
                    '200010': AuthenticationError, // PASSWORD_ERROR
                    '200013': PermissionDenied, // SECURITY_ALERT
                    '200014': AccountSuspended, // RESTRICTED_ACCOUNT
                    '200015': PermissionDenied, // PERMISSION_DENIED
                    '300001': InvalidOrder, // INVALID_PRICE
                    '300002': InvalidOrder, // INVALID_QTY
                    '300003': InvalidOrder, // INVALID_SIDE
                    '300004': InvalidOrder, // INVALID_NOTIONAL
                    '300005': InvalidOrder, // INVALID_TYPE
                    '300006': OrderNotFound, // INVALID_ORDER_ID
                    '300007': InvalidOrder, // INVALID_TIME_IN_FORCE
                    '300008': InvalidOrder, // INVALID_ORDER_PARAMETER
                    '300009': InvalidOrder, // TRADING_VIOLATION
                    '300011': InsufficientFunds, // INVALID_BALANCE
                    '300012': BadSymbol, // INVALID_PRODUCT
                    '300013': InvalidOrder, // INVALID_BATCH_ORDER
                    '300020': InvalidOrder, // TRADING_RESTRICTED
                    '300021': PermissionDenied, // TRADING_DISABLED
                    '300031': InvalidOrder, // NO_MARKET_PRICE
                    '310001': InsufficientFunds, // INVALID_MARGIN_BALANCE
                    '510001': ExchangeNotAvailable, // SERVER_ERROR
                    '900001': PermissionDenied, // HUMAN_CHALLENGE
                },
                'broad': {
                    'Not Enough Account Balance': InsufficientFunds,
                    'already filled or canceled': OrderNotFound,
                },
            },
        });
    }

    // --- markets and currencies ----------------------------------------------------------------------

    async fetchMarkets (params = {}) {
        // cash/products: [ { symbol: 'BTC/USDT', baseAsset, quoteAsset, status: 'Normal', minNotional,
        // maxNotional, marginTradable, commissionType, commissionReserveRate, tickSize, lotSize, minQty, maxQty } ].
        const response = await this.publicGetV1CashProducts (params);
        const entries = this.safeList (response, 'data', []);
        const result = [];
        for (let i = 0; i < entries.length; i++) {
            result.push (this.parseMarket (entries[i]));
        }
        return result;
    }

    parseMarket (entry) {
        const baseId = this.safeString (entry, 'baseAsset');
        const quoteId = this.safeString (entry, 'quoteAsset');
        const base = this.safeCurrencyCode (baseId);
        const quote = this.safeCurrencyCode (quoteId);
        return this.safeMarketStructure ({
            'id': this.safeString (entry, 'symbol'),
            'symbol': base + '/' + quote,
            'base': base,
            'quote': quote,
            'baseId': baseId,
            'quoteId': quoteId,
            'active': this.safeString (entry, 'status') === 'Normal',
            'type': 'spot',
            'spot': true,
            'taker': this.fees['trading']['taker'],
            'maker': this.fees['trading']['maker'],
            'precision': {
                'amount': this.safeNumber (entry, 'lotSize'),
                'price': this.safeNumber (entry, 'tickSize'),
            },
            'limits': {
                'amount': { 'min': this.safeNumber2 (entry, 'minQty', 'lotSize'), 'max': this.safeNumber (entry, 'maxQty') },
                'price': { 'min': this.safeNumber (entry, 'tickSize'), 'max': undefined },
                'cost': { 'min': this.safeNumber (entry, 'minNotional'), 'max': this.safeNumber (entry, 'maxNotional') },
            },
            'info': entry,
        });
    }

    async fetchCurrencies (params = {}) {
        // v2 assets: [ { assetCode, assetName, precisionScale, nativeScale, blockChain: [ { chainName,
        // withdrawFee, allowDeposit, allowWithdraw, minDepositAmt, minWithdrawal, numConfirmations } ] } ].
        const response = await this.publicGetV2Assets (params);
        const entries = this.safeList (response, 'data', []);
        const result = {};
        for (let i = 0; i < entries.length; i++) {
            const currency = this.parseAscendexCurrency (entries[i]);
            result[currency['code']] = currency;
        }
        return result;
    }

    parseAscendexCurrency (entry) {
        const id = this.safeString (entry, 'assetCode');
        const code = this.safeCurrencyCode (id);
        const chains = this.safeList (entry, 'blockChain', []);
        const networks = {};
        let deposit = false;
        let withdraw = false;
        for (let i = 0; i < chains.length; i++) {
            const chain = chains[i];
            const chainName = this.safeString (chain, 'chainName');
            const networkCode = this.networkCode (chainName);
            const canDeposit = this.safeBool (chain, 'allowDeposit');
            const canWithdraw = this.safeBool (chain, 'allowWithdraw');
            deposit = deposit || (canDeposit === true);
            withdraw = withdraw || (canWithdraw === true);
            networks[networkCode] = {
                'id': chainName,
                'network': networkCode,
                'active': (canDeposit === true) && (canWithdraw === true),
                'deposit': canDeposit,
                'withdraw': canWithdraw,
                'fee': this.safeNumber (chain, 'withdrawFee'),
                'precision': undefined,
                'limits': {
                    'withdraw': { 'min': this.safeNumber (chain, 'minWithdrawal'), 'max': undefined },
                    'deposit': { 'min': this.safeNumber (chain, 'minDepositAmt'), 'max': undefined },
                },
            };
        }
        const codes = Object.keys (networks);
        // A currency of one chain has that chain's fee; with several the fee depends on the chain.
        const fee = (codes.length === 1) ? this.safeNumber (this.safeDict (networks, codes[0], {}), 'fee') : undefined;
        // precisionScale: the decimal places of balances.
        return {
            'id': id,
            'code': code,
            'name': this.safeString (entry, 'assetName'),
            'active': (codes.length > 0) ? (deposit || withdraw) : undefined,
            'deposit': (codes.length > 0) ? deposit : undefined,
            'withdraw': (codes.length > 0) ? withdraw : undefined,
            'fee': fee,
            'precision': this.parseNumber (this.parsePrecision (this.safeString (entry, 'precisionScale'))),
            'limits': {
                'amount': { 'min': undefined, 'max': undefined },
                'withdraw': { 'min': undefined, 'max': undefined },
            },
            'networks': networks,
            'info': entry,
        };
    }

    async fetchDepositWithdrawFees (codes = undefined, params = {}) {
        // The withdrawal fee of each chain is in the asset list (withdrawFee); deposits are free.
        const currencies = await this.fetchCurrencies (params);
        return this.depositWithdrawFeesFromCurrencies (currencies, codes);
    }

    // --- market data ---------------------------------------------------------------------------------

    parseTicker (ticker, market = undefined) {
        // spot/ticker: { symbol, open (24 h ago), close (last), high, low, volume, ask: [ price, size ],
        // bid: [ price, size ] }. The field table calls volume the 24 h volume in the quote asset, but the page's own
        // examples are base amounts (QTUM/BTC at 0.00024 with a volume of 13510.8: 3.2 BTC of QTUM, not 13510.8 BTC),
        // as barhist's v is the bar's volume beside its prices: volume is the base volume.
        const marketId = this.safeString (ticker, 'symbol');
        market = this.safeMarket (marketId, market, '/');
        const ask = this.safeList (ticker, 'ask', []);
        const bid = this.safeList (ticker, 'bid', []);
        const close = this.safeString (ticker, 'close');
        return this.safeTicker ({
            'symbol': market['symbol'],
            'high': this.safeString (ticker, 'high'),
            'low': this.safeString (ticker, 'low'),
            'bid': this.safeString (bid, 0),
            'bidVolume': this.safeString (bid, 1),
            'ask': this.safeString (ask, 0),
            'askVolume': this.safeString (ask, 1),
            'open': this.safeString (ticker, 'open'),
            'close': close,
            'last': close,
            'baseVolume': this.safeString (ticker, 'volume'),
            'info': ticker,
        }, market);
    }

    async fetchTicker (symbol, params = {}) {
        // spot/ticker?symbol=BTC/USDT: one symbol answers with one ticker object.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetV1SpotTicker (this.extend ({ 'symbol': market['id'] }, params));
        return this.parseTicker (this.safeDict (response, 'data', {}), market);
    }

    async fetchTickers (symbols = undefined, params = {}) {
        // spot/ticker: every symbol without a symbol param, else the comma separated list; a trailing comma
        // makes a single symbol answer with a list too.
        await this.loadMarkets ();
        const request = {};
        if (symbols !== undefined) {
            const ids = this.marketIds (symbols);
            request['symbol'] = (ids.length === 1) ? (ids[0] + ',') : ids.join (',');
        }
        const response = await this.publicGetV1SpotTicker (this.extend (request, params));
        return this.parseTickers (this.safeList (response, 'data', []), symbols);
    }

    async fetchOrderBook (symbol, limit = undefined, params = {}) {
        // depth: { m: 'depth-snapshot', symbol, data: { seqnum, ts, asks, bids } }, [ price, size ]; the
        // whole book, which limit cuts.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetV1Depth (this.extend ({ 'symbol': market['id'] }, params));
        const data = this.safeDict (this.safeDict (response, 'data', {}), 'data', {});
        const book = this.parseOrderBook (data, market['symbol'], this.safeInteger (data, 'ts'));
        book['nonce'] = this.safeInteger (data, 'seqnum');
        if (limit !== undefined) {
            book['bids'] = book['bids'].slice (0, limit);
            book['asks'] = book['asks'].slice (0, limit);
        }
        return book;
    }

    parseOHLCV (ohlcv, market = undefined) {
        // barhist: { m: 'bar', s, data: { i, ts (the bar's start), o, c, h, l, v } }, or the bar's fields
        // beside m and s (the older documented form). v is the bar's volume (documented as in the quote asset, but
        // in the base asset like the ticker's volume, whose documented examples are base amounts).
        const bar = this.safeDict (ohlcv, 'data', ohlcv);
        return [
            this.safeInteger (bar, 'ts'),
            this.safeNumber (bar, 'o'),
            this.safeNumber (bar, 'h'),
            this.safeNumber (bar, 'l'),
            this.safeNumber (bar, 'c'),
            this.safeNumber (bar, 'v'),
        ];
    }

    async fetchOHLCV (symbol, timeframe = '1m', since = undefined, limit = undefined, params = {}) {
        // barhist: symbol, interval, from and to (the start times of the first and last bars, ms), n (at most
        // 500). to is always honoured (now by default); with from and n the server returns the fewer bars.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const interval = this.safeString (this.timeframes, timeframe);
        if (interval === undefined) {
            throw new BadRequest (this.id + ' fetchOHLCV () does not support the timeframe ' + timeframe + ': one of ' + Object.keys (this.timeframes).join (', '));
        }
        const request = { 'symbol': market['id'], 'interval': interval };
        if (since !== undefined) {
            request['from'] = since;
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            request['to'] = until;
        }
        request['n'] = (limit === undefined) ? this.options['maxBars'] : Math.min (limit, this.options['maxBars']);
        const response = await this.publicGetV1Barhist (this.extend (request, this.omit (params, 'until')));
        return this.parseOHLCVs (this.safeList (response, 'data', []), market, timeframe, since, limit);
    }

    parseTrade (trade, market = undefined) {
        // trades: { seqnum, p, q, ts, bm (the buyer is the maker, so the taker sold) }.
        const buyerIsMaker = this.safeBool (trade, 'bm');
        let side = undefined;
        if (buyerIsMaker !== undefined) {
            side = buyerIsMaker ? 'sell' : 'buy';
        }
        return this.safeTrade ({
            'id': this.safeString (trade, 'seqnum'),
            'symbol': this.safeSymbol (undefined, market),
            'timestamp': this.safeInteger (trade, 'ts'),
            'side': side,
            'takerOrMaker': 'taker',
            'price': this.safeString (trade, 'p'),
            'amount': this.safeString (trade, 'q'),
            'info': trade,
        }, market);
    }

    async fetchTrades (symbol, since = undefined, limit = undefined, params = {}) {
        // trades: symbol, n (at most 100) -> { m: 'trades', symbol, data: [ ... ] } (trades in the older
        // documented form), the latest trades.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'symbol': market['id'] };
        if (limit !== undefined) {
            request['n'] = Math.min (limit, this.options['maxTrades']);
        }
        const response = await this.publicGetV1Trades (this.extend (request, params));
        const data = this.safeDict (response, 'data', {});
        const trades = this.safeList2 (data, 'data', 'trades', []);
        return this.parseTrades (trades, market, since, limit);
    }

    // --- account -------------------------------------------------------------------------------------

    async loadAccountGroup () {
        // info: { accountGroup, email, cashAccount: [ ... ], marginAccount: [ ... ], tradePermission, ... };
        // the group is part of every account path and does not change, so it is kept in options.
        const configured = this.safeString (this.options, 'accountGroup');
        if (configured !== undefined) {
            return configured;
        }
        const response = await this.privateGetV1Info ();
        const data = this.safeDict (response, 'data', {});
        const accountGroup = this.safeString (data, 'accountGroup');
        if (accountGroup === undefined) {
            throw new ExchangeError (this.id + ' GET /api/pro/v1/info names no accountGroup for this API key');
        }
        this.options['accountGroup'] = accountGroup;
        return accountGroup;
    }

    async fetchBalance (params = {}) {
        // cash/balance: [ { asset, totalBalance, availableBalance } ], the assets with a balance.
        await this.loadMarkets ();
        await this.loadAccountGroup ();
        const response = await this.accountGroupGetV1CashBalance (params);
        const entries = this.safeList (response, 'data', []);
        const result = { 'info': response };
        for (let i = 0; i < entries.length; i++) {
            const entry = entries[i];
            const code = this.safeCurrencyCode (this.safeString (entry, 'asset'));
            const account = this.account ();
            account['free'] = this.safeString (entry, 'availableBalance');
            account['total'] = this.safeString (entry, 'totalBalance');
            result[code] = account;
        }
        return this.safeBalance (result);
    }

    async fetchTradingFees (params = {}) {
        // spot/fee: { domain: 'spot', userUID, vipLevel, fees: [ { symbol, fee: { taker, maker } } ] }, the
        // account's rates of every market.
        await this.loadMarkets ();
        await this.loadAccountGroup ();
        const response = await this.accountGroupGetV1SpotFee (params);
        const data = this.safeDict (response, 'data', {});
        const fees = this.safeList (data, 'fees', []);
        const result = {};
        for (let i = 0; i < fees.length; i++) {
            const entry = fees[i];
            const symbol = this.safeSymbol (this.safeString (entry, 'symbol'), undefined, '/');
            const fee = this.safeDict (entry, 'fee', {});
            result[symbol] = {
                'symbol': symbol,
                'maker': this.safeNumber (fee, 'maker'),
                'taker': this.safeNumber (fee, 'taker'),
                'info': entry,
            };
        }
        return result;
    }

    async fetchTradingFee (symbol, params = {}) {
        // spot/fee reports every market at once.
        return await this.tradingFeeOfAll (symbol, params);
    }

    async transfer (code, amount, fromAccount, toAccount, params = {}) {
        // POST transfer: { amount, asset, fromAccount, toAccount } -> { code: 0 }; between cash and margin,
        // or cash and futures.
        await this.loadMarkets ();
        await this.loadAccountGroup ();
        const currency = this.currency (code);
        const request = {
            'amount': this.currencyToPrecision (code, amount),
            'asset': currency['id'],
            'fromAccount': this.accountTypeId (fromAccount),
            'toAccount': this.accountTypeId (toAccount),
        };
        const response = await this.accountGroupPostV1Transfer (this.extend (request, params));
        return this.safeTransfer ({
            'currency': code,
            'amount': request['amount'],
            'fromAccount': fromAccount,
            'toAccount': toAccount,
            'status': 'ok',
            'info': response,
        });
    }

    // --- orders --------------------------------------------------------------------------------------

    parseOrder (order, market = undefined) {
        // Open, current-history and status orders: { orderId, symbol, price, orderQty, orderType (Limit,
        // Market, StopLimit, StopMarket), avgPx, cumFee, cumFilledQty, feeAsset, lastExecTime, seqNum, side
        // (Buy, Sell), status, stopPrice ('' when none), execInst ('Post' for post-only) }. v2 history:
        // avgFillPrice, fillQty, createTime, and fee negative when charged (positive for a rebate). The
        // acknowledgement of a new order (respInst ACK) is { id, orderId, orderType, symbol, timestamp }.
        const marketId = this.safeString (order, 'symbol');
        market = this.safeMarket (marketId, market, '/');
        const orderType = this.safeStringLower (order, 'orderType');
        let type = orderType;
        let triggerPrice = undefined;
        if ((orderType === 'stoplimit') || (orderType === 'stopmarket')) {
            type = (orderType === 'stoplimit') ? 'limit' : 'market';
        }
        const stopPrice = this.safeString (order, 'stopPrice');
        if ((stopPrice !== undefined) && !Precise.stringEq (stopPrice, '0')) {
            triggerPrice = stopPrice;
        }
        const status = this.safeString (order, 'status');
        const execInst = this.safeStringLower (order, 'execInst');
        const postOnly = (execInst === undefined) ? undefined : (execInst === 'post');
        let fee = undefined;
        const feeCurrency = this.safeCurrencyCode (this.safeString (order, 'feeAsset'));
        const cumFee = this.safeString (order, 'cumFee');
        const v2Fee = this.safeString (order, 'fee');
        if (cumFee !== undefined) {
            fee = { 'cost': cumFee, 'currency': feeCurrency };
        } else if (v2Fee !== undefined) {
            fee = { 'cost': Precise.stringNeg (v2Fee), 'currency': feeCurrency };
        }
        const lastExecTime = this.safeInteger (order, 'lastExecTime');
        const timestamp = this.safeInteger2 (order, 'createTime', 'timestamp');
        const price = this.safeString (order, 'price');
        const average = this.safeString2 (order, 'avgPx', 'avgFillPrice');
        return this.safeOrder ({
            'id': this.safeString (order, 'orderId'),
            'symbol': market['symbol'],
            'timestamp': timestamp,
            'lastUpdateTimestamp': lastExecTime,
            'status': this.safeString (this.options['orderStatuses'], status),
            'type': type,
            'postOnly': postOnly,
            'side': this.safeStringLower (order, 'side'),
            'price': ((price === undefined) || Precise.stringEq (price, '0')) ? undefined : price,
            'triggerPrice': triggerPrice,
            'average': ((average === undefined) || Precise.stringEq (average, '0')) ? undefined : average,
            'amount': this.safeString (order, 'orderQty'),
            'filled': this.safeString2 (order, 'cumFilledQty', 'fillQty'),
            'fee': fee,
            'info': order,
        }, market);
    }

    async createOrder (symbol, type, side, amount, price = undefined, params = {}) {
        // POST cash/order: { id, time, symbol, orderQty, orderType, side, orderPrice, stopPrice, postOnly,
        // timeInForce, respInst }. The unified params map to AscendEX's fields: clientOrderId is id (letters
        // and digits, echoed back), postOnly is postOnly, timeInForce (GTC, IOC, FOK) is timeInForce, and
        // triggerPrice makes a stop_limit or stop_market order with stopPrice. AscendEX's stop orders have no
        // direction of their own, so stopLossPrice and takeProfitPrice are not mapped; orders are sized in the
        // base asset only (no cost), and a cash account has no reduceOnly.
        await this.loadMarkets ();
        await this.loadAccountGroup ();
        const market = this.market (symbol);
        const [ unified, rest ] = this.unifiedOrderParams (type, params);
        this.rejectUnifiedParams ('createOrder', unified, [ 'reduceOnly', 'stopLossPrice', 'takeProfitPrice', 'cost' ]);
        if ((type !== 'limit') && (type !== 'market')) {
            throw new InvalidOrder (this.id + ' createOrder () type must be limit or market, not ' + type);
        }
        const trigger = unified['triggerPrice'];
        let orderType = type;
        if (trigger !== undefined) {
            orderType = 'stop_' + type;
        }
        // id: the caller's clientOrderId, else 32 letters and digits of a UUID.
        const clientOrderId = (unified['clientOrderId'] !== undefined) ? unified['clientOrderId'] : this.uuid ().split ('-').join ('');
        const request = {
            'accountCategory': 'cash',
            'id': clientOrderId,
            'time': this.milliseconds (),
            'symbol': market['id'],
            'orderQty': this.amountToPrecision (symbol, amount),
            'orderType': orderType,
            'side': side,
        };
        if (type === 'limit') {
            if (price === undefined) {
                throw new ArgumentsRequired (this.id + ' createOrder () requires a price for a limit order');
            }
            request['orderPrice'] = this.priceToPrecision (symbol, price);
            if (unified['postOnly']) {
                request['postOnly'] = true;
            }
            if (unified['timeInForce'] !== undefined) {
                request['timeInForce'] = unified['timeInForce'];
            }
        } else if (unified['timeInForce'] !== undefined) {
            throw new InvalidOrder (this.id + ' createOrder () timeInForce applies to limit orders only, not ' + type + ' orders');
        }
        if (trigger !== undefined) {
            request['stopPrice'] = this.priceToPrecision (symbol, trigger);
        }
        request['respInst'] = this.safeString (this.options, 'respInst', 'ACCEPT');
        const response = await this.accountGroupPostV1AccountCategoryOrder (this.extend (request, rest));
        // data: { ac, accountId, action: 'place-order', status: 'Ack', 'ACCEPT' or 'DONE', info: the order }.
        const data = this.safeDict (response, 'data', {});
        const order = this.parseOrder (this.safeDict (data, 'info', {}), market);
        // The order as asked for where the answer leaves a field out (an ACK names the order only).
        return this.extend (order, {
            'clientOrderId': clientOrderId,
            'type': type,
            'side': side,
            'timeInForce': unified['postOnly'] ? 'PO' : unified['timeInForce'],
            'postOnly': (type === 'limit') ? unified['postOnly'] : order['postOnly'],
            'price': (order['price'] === undefined) ? this.safeNumber (request, 'orderPrice') : order['price'],
            'triggerPrice': this.safeNumber (request, 'stopPrice'),
            'amount': (order['amount'] === undefined) ? this.safeNumber (request, 'orderQty') : order['amount'],
            'info': response,
        });
    }

    async cancelOrder (id, symbol = undefined, params = {}) {
        // DELETE cash/order: { id, orderId, symbol, time } (a JSON body) -> data { action: 'cancel-order',
        // status: 'Ack', info: { id, orderId, orderType, symbol, timestamp } }: received, not yet done.
        if (symbol === undefined) {
            throw new ArgumentsRequired (this.id + ' cancelOrder () requires a symbol');
        }
        await this.loadMarkets ();
        await this.loadAccountGroup ();
        const market = this.market (symbol);
        const request = {
            'accountCategory': 'cash',
            'id': this.uuid ().split ('-').join (''),
            'orderId': id,
            'symbol': market['id'],
            'time': this.milliseconds (),
        };
        const response = await this.accountGroupDeleteV1AccountCategoryOrder (this.extend (request, params));
        const info = this.safeDict (this.safeDict (response, 'data', {}), 'info', {});
        return this.safeOrder ({
            'id': this.safeString (info, 'orderId', id),
            'symbol': market['symbol'],
            'timestamp': this.safeInteger (info, 'timestamp'),
            'info': response,
        }, market);
    }

    async cancelAllOrders (symbol = undefined, params = {}) {
        // DELETE cash/order/all: { symbol } (optional) -> data { action: 'cancel-all', status: 'Ack' }, with
        // no list of the orders: they are the open orders listed just before, now canceled.
        await this.loadMarkets ();
        await this.loadAccountGroup ();
        const open = await this.fetchOpenOrders (symbol);
        const request = { 'accountCategory': 'cash' };
        if (symbol !== undefined) {
            request['symbol'] = this.market (symbol)['id'];
        }
        const response = await this.accountGroupDeleteV1AccountCategoryOrderAll (this.extend (request, params));
        return this.canceledOrders (open, response);
    }

    async fetchOrder (id, symbol = undefined, params = {}) {
        // cash/order/status?orderId=: one order (open or ended) as an object, or a list for several ids.
        await this.loadMarkets ();
        await this.loadAccountGroup ();
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
        }
        const request = { 'accountCategory': 'cash', 'orderId': id };
        const response = await this.accountGroupGetV1AccountCategoryOrderStatus (this.extend (request, params));
        let data = this.safeValue (response, 'data');
        if (Array.isArray (data)) {
            data = this.safeDict (data, 0);
        }
        if ((data === undefined) || (typeof data !== 'object')) {
            throw new OrderNotFound (this.id + ' fetchOrder () found no order ' + id);
        }
        return this.parseOrder (data, market);
    }

    async fetchOpenOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // cash/order/open (symbol optional): every open order of the cash account.
        await this.loadMarkets ();
        await this.loadAccountGroup ();
        const request = { 'accountCategory': 'cash' };
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
            request['symbol'] = market['id'];
        }
        const response = await this.accountGroupGetV1AccountCategoryOrderOpen (this.extend (request, params));
        return this.parseOrders (this.safeList (response, 'data', []), market, since, limit);
    }

    async fetchClosedOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // v2 order/hist: account 'cash', symbol, startTime and endTime (ms, until), limit (at most 1000) ->
        // ended orders (Filled, Canceled, Rejected), the newest first unless startTime is given.
        await this.loadMarkets ();
        await this.loadAccountGroup ();
        const request = { 'account': 'cash' };
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
            request['symbol'] = market['id'];
        }
        if (since !== undefined) {
            request['startTime'] = since;
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            request['endTime'] = until;
        }
        if (limit !== undefined) {
            request['limit'] = Math.min (limit, 1000);
        }
        const response = await this.accountGroupGetV2OrderHist (this.extend (request, this.omit (params, 'until')));
        return this.parseOrders (this.safeList (response, 'data', []), market, since, limit);
    }

    // --- funding -------------------------------------------------------------------------------------

    parseTransaction (transaction, currency = undefined) {
        // wallet/transactions: { asset, amount, commission, destAddress: { address, destTag },
        // networkTransactionId, numConfirmations, numConfirmed, requestId, status, time, transactionType,
        // blockchain }.
        const code = this.safeCurrencyCode (this.safeString (transaction, 'asset'), currency);
        const destination = this.safeDict (transaction, 'destAddress', {});
        const status = this.safeString (transaction, 'status');
        let fee = undefined;
        const commission = this.safeString (transaction, 'commission');
        if (commission !== undefined) {
            fee = { 'cost': commission, 'currency': code };
        }
        const blockchain = this.safeString (transaction, 'blockchain');
        return this.safeTransaction ({
            'id': this.safeString (transaction, 'requestId'),
            'txid': this.safeString (transaction, 'networkTransactionId'),
            'timestamp': this.safeInteger (transaction, 'time'),
            'network': (blockchain === undefined) ? undefined : this.networkCode (blockchain),
            'address': this.safeString (destination, 'address'),
            'tag': this.safeString (destination, 'destTag'),
            'type': this.safeString (transaction, 'transactionType'),
            'amount': this.safeString (transaction, 'amount'),
            'currency': code,
            'status': this.safeString (this.options['transactionStatuses'], status, status),
            'fee': fee,
            'info': transaction,
        }, currency);
    }

    async fetchWalletTransactions (type, code, since, limit, params) {
        // wallet/transactions: asset, txType ('deposit' or 'withdrawal'), page, pageSize -> { data: [ ... ],
        // hasNext, page, pageSize }, the newest first.
        await this.loadMarkets ();
        const request = {};
        let currency = undefined;
        if (code !== undefined) {
            currency = this.currency (code);
            request['asset'] = currency['id'];
        }
        if (type !== undefined) {
            request['txType'] = type;
        }
        if (limit !== undefined) {
            request['pageSize'] = limit;
        }
        const response = await this.privateGetV1WalletTransactions (this.extend (request, params));
        const page = this.safeList (this.safeDict (response, 'data', {}), 'data', []);
        return this.parseTransactions (page, currency, since, limit);
    }

    async fetchDeposits (code = undefined, since = undefined, limit = undefined, params = {}) {
        this.rejectUntil ('fetchDeposits', params);
        return await this.fetchWalletTransactions ('deposit', code, since, limit, params);
    }

    async fetchWithdrawals (code = undefined, since = undefined, limit = undefined, params = {}) {
        this.rejectUntil ('fetchWithdrawals', params);
        return await this.fetchWalletTransactions ('withdrawal', code, since, limit, params);
    }

    async fetchTransactions (code = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchWalletTransactions (undefined, code, since, limit, params);
    }

    rejectUntil (method, params) {
        // wallet/transactions pages by number and has no time range: until cannot be mapped.
        if (this.safeValue (params, 'until') !== undefined) {
            throw new NotSupported (this.id + ' ' + method + ' () does not support the unified param until: wallet/transactions has no time range');
        }
    }

    async fetchDepositAddress (code, params = {}) {
        // wallet/deposit/address: asset, blockchain (optional) -> { asset, assetName, address: [ { address,
        // blockchain, destTag } ] }, one address a chain; the one of the network asked for, else the first.
        await this.loadMarkets ();
        const currency = this.currency (code);
        const request = { 'asset': currency['id'] };
        const networkCode = this.safeString (params, 'network');
        let networkId = undefined;
        if (networkCode !== undefined) {
            networkId = this.networkId (networkCode, currency);
            request['blockchain'] = networkId;
        }
        const response = await this.privateGetV1WalletDepositAddress (this.extend (request, this.omit (params, 'network')));
        const data = this.safeDict (response, 'data', {});
        const addresses = this.safeList (data, 'address', []);
        let entry = undefined;
        for (let i = 0; i < addresses.length; i++) {
            const candidate = addresses[i];
            if ((networkId === undefined) || (this.safeString (candidate, 'blockchain') === networkId)) {
                entry = candidate;
                break;
            }
        }
        if (entry === undefined) {
            throw new InvalidAddress (this.id + ' fetchDepositAddress () has no deposit address of ' + code + ((networkCode === undefined) ? '' : (' on ' + networkCode)));
        }
        return {
            'currency': code,
            'address': this.safeString (entry, 'address'),
            'tag': this.safeString (entry, 'destTag'),
            'network': this.networkCode (this.safeString (entry, 'blockchain'), currency),
            'info': entry,
        };
    }

    // --- transport -----------------------------------------------------------------------------------

    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        // URL: /api/pro/<path>, after /<accountGroup> for the account paths. GET sends params as the query
        // string, POST and DELETE as a JSON body.
        const endpoint = 'api/pro/' + this.implodeParams (path, params);
        const query = this.omit (params, this.extractParams (path));
        let url = this.urls['api'] + '/';
        if (api === 'accountGroup') {
            // (the group of /api/pro/v1/info's answer, or of the user's options: one segment of the path, whatever it holds)
            url = url + this.pathSegmentText (this.safeString (this.options, 'accountGroup')) + '/';
        }
        url = url + endpoint;
        const hasBody = (method === 'POST') || (method === 'DELETE');
        if (!hasBody && (Object.keys (query).length > 0)) {
            url = url + '?' + this.urlencode (query);
        }
        if (api === 'public') {
            return { 'url': url, 'method': method, 'body': body, 'headers': headers };
        }
        // x-auth-signature: base64 (HMAC-SHA256 (secret, timestamp + '+' + api path)), the api path being
        // the path after the version and the account category ('order', 'order/open', 'balance', 'info').
        this.checkRequiredCredentials ();
        const timestamp = this.numberToString (this.milliseconds ());
        const parts = path.split ('/');
        let start = 1;
        if (this.inArray (parts[1], [ '{accountCategory}', 'cash', 'margin', 'spot' ])) {
            start = 2;
        }
        const apiPath = parts.slice (start).join ('/');
        const auth = timestamp + '+' + apiPath;
        headers = {
            'x-auth-key': this.apiKey,
            'x-auth-timestamp': timestamp,
            'x-auth-signature': this.hmac (this.encode (auth), this.encode (this.secret), 'sha256', 'base64'),
        };
        if (hasBody) {
            // An empty body is written out: PHP would encode an empty dictionary as a list, '[]'.
            body = (Object.keys (query).length > 0) ? this.json (query) : '{}';
            headers['Content-Type'] = 'application/json';
        }
        return { 'url': url, 'method': method, 'body': body, 'headers': headers };
    }

    handleErrors (status, reason, url, method, responseHeaders, responseBody, response, requestHeaders, requestBody) {
        // { code: 0, data } is success; { code, reason, message } an error (HTTP 200 or 4xx). An order
        // request may also answer code 0 with data { status: 'Err', info: { code, reason, message } }.
        if ((response === undefined) || Array.isArray (response) || (typeof response !== 'object')) {
            return;
        }
        let code = this.safeString (response, 'code');
        let message = this.safeString2 (response, 'message', 'reason', '');
        if ((code === undefined) || (code === '0')) {
            const data = this.safeDict (response, 'data', {});
            if (this.safeString (data, 'status') !== 'Err') {
                return;
            }
            const info = this.safeDict (data, 'info', {});
            code = this.safeString (info, 'code');
            message = this.safeString2 (info, 'message', 'reason', '');
        }
        const feedback = this.id + ' ' + method + ' ' + url + ' ' + code + ' ' + message;
        this.throwBroadlyMatchedException (this.exceptions['broad'], message, feedback);
        this.throwExactlyMatchedException (this.exceptions['exact'], code, feedback);
        throw new ExchangeError (feedback);
    }
}
