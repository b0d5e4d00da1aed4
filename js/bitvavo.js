// Bitvavo REST API v2: https://docs.bitvavo.com/
import Exchange from './base/Exchange.js';
import { AccountSuspended, ArgumentsRequired, AuthenticationError, BadRequest, BadSymbol, DuplicateOrderId, ExchangeError, ExchangeNotAvailable, InsufficientFunds, InvalidAddress, InvalidNonce, InvalidOrder, NotSupported, OrderNotFound, PermissionDenied, RateLimitExceeded } from './base/errors.js';
import { DECIMAL_PLACES, ROUND, SIGNIFICANT_DIGITS, TICK_SIZE, TRUNCATE } from './base/functions/number.js';

export default class bitvavo extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'bitvavo',
            'name': 'Bitvavo',
            'countries': [ 'NL' ],
            'version': 'v2',
            // 1000 weight points a minute per API key or IP: 60 ms is one point.
            'rateLimit': 60,
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
                'fetchClosedOrders': false, // orders takes no status filter
                'fetchMyTrades': true,
                'fetchDeposits': true,
                'fetchWithdrawals': true,
                'fetchTransactions': false, // deposits and withdrawals have separate histories only
                'fetchLedger': true,
                'fetchDepositAddress': true,
                'withdraw': true,
                'fetchTime': true,
                'fetchStatus': false, // the status page is not part of the API
                'fetchTradingFees': true,
                'cancelAllOrders': true,
                'fetchOrderTrades': true,
                'fetchTradingFee': true,
                'fetchDepositAddresses': false,
                'createDepositAddress': false, // deposit returns the account's standing address
                'fetchDepositWithdrawFees': true,
                'transfer': false, // one account per user
                'createMarketBuyOrderWithCost': true,
            },
            'urls': {
                'logo': 'https://bitvavo.com/favicon.ico',
                'api': 'https://api.bitvavo.com/v2',
                'www': 'https://bitvavo.com',
                'doc': 'https://docs.bitvavo.com/',
                'fees': 'https://bitvavo.com/en/fees',
            },
            // Weights in points of the 1000 a minute (the docs' "Rate limit weight points").
            'api': {
                'public': {
                    'get': {
                        'time': 1,
                        'markets': 1,
                        'assets': 1,
                        '{market}/book': 1,
                        '{market}/trades': 5,
                        '{market}/candles': 1,
                        'ticker/price': 1,
                        'ticker/book': 1,
                        'ticker/24h': 25, // 1 with a market
                    },
                },
                'private': {
                    'get': {
                        'account': 1,
                        'account/fees': 1,
                        'account/history': 1,
                        'order': 1,
                        'orders': 5,
                        'ordersOpen': 25, // 1 with a market
                        'trades': 5,
                        'balance': 5,
                        'deposit': 1,
                        'depositHistory': 5,
                        'withdrawalHistory': 5,
                    },
                    'post': {
                        'order': 1,
                        'withdrawal': 1,
                        'crypto/withdrawal': 25,
                    },
                    'put': {
                        'order': 1,
                    },
                    'delete': {
                        'order': 1,
                        'orders': 1,
                    },
                },
            },
            // The candle intervals the API accepts.
            'timeframes': {
                '1m': '1m',
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
                '1w': '1W',
                '1M': '1M',
            },
            'requiredCredentials': {
                'apiKey': true,
                'secret': true,
            },
            // The lowest volume tier of the published fee schedule (taker 0.25 %, maker 0.20 %).
            'fees': {
                'trading': {
                    'tierBased': true,
                    'percentage': true,
                    'taker': 0.0025,
                    'maker': 0.002,
                },
            },
            // Prices are multiples of the market's tickSize (since API release 2.12.0, which made pricePrecision
            // null); amounts have quantityDecimals decimals, expressed as the tick 10^-quantityDecimals.
            'precisionMode': TICK_SIZE,
            'options': {
                // createOrder's clientOrderId (a UUID, reported back) and postOnly are Bitvavo's fields of the same name and meaning.
                'sameNameParams': [ 'clientOrderId', 'postOnly' ],
                // operatorId: the integer that names the trader or bot behind an order request; Bitvavo requires it on
                // creating, updating and canceling orders (set it here once, or pass params['operatorId']).
                'operatorId': undefined,
                'accessWindow': 10000, // Bitvavo-Access-Window, ms (the API's default; at most 60000)
                // Unified network codes and Bitvavo's network names (assets' networks); 'Mainnet' is the asset's
                // own chain and is named by the asset's code.
                'networks': {
                    'ERC20': 'ETH',
                    'TRC20': 'TRX',
                    'BEP20': 'BSC',
                    'SOL': 'SOL',
                    'POLYGON': 'MATIC',
                    'ARBITRUM': 'ARB',
                    'OPTIMISM': 'OP',
                    'BASE': 'BASE',
                },
                'orderStatuses': {
                    'new': 'open',
                    'awaitingTrigger': 'open',
                    'partiallyFilled': 'open',
                    'filled': 'closed',
                    'canceled': 'canceled',
                    'canceledAuction': 'canceled',
                    'canceledSelfTradePrevention': 'canceled',
                    'canceledIOC': 'canceled',
                    'canceledFOK': 'canceled',
                    'canceledMarketProtection': 'canceled',
                    'canceledPostOnly': 'canceled',
                    'expired': 'expired',
                    'rejected': 'rejected',
                },
                // account/history's transaction types as unified ledger entry types.
                'ledgerTypes': {
                    'buy': 'trade',
                    'sell': 'trade',
                    'deposit': 'transaction',
                    'withdrawal': 'transaction',
                    'withdrawal_cancelled': 'transaction',
                    'staking': 'staking',
                    'fixed_staking': 'staking',
                    'rebate': 'rebate',
                    'affiliate': 'referral',
                    'distribution': 'airdrop',
                    'internal_transfer': 'transfer',
                    'external_transferred_funds': 'transfer',
                },
                'transactionStatuses': {
                    'awaiting_processing': 'pending',
                    'awaiting_email_confirmation': 'pending',
                    'awaiting_bitvavo_inspection': 'pending',
                    'approved': 'pending',
                    'sending': 'pending',
                    'in_mempool': 'pending',
                    'processed': 'pending',
                    'completed': 'ok',
                    'canceled': 'canceled',
                },
            },
            // Errors are an HTTP 4xx or 5xx status with { "errorCode": 205, "error": "..." }: the documented codes.
            'exceptions': {
                'exact': {
                    '101': ExchangeError, // unknown error: the operation may or may not have succeeded
                    '102': BadRequest, // invalid JSON
                    '103': RateLimitExceeded, // rate limited (Bitvavo-Ratelimit-AllowAt says until when)
                    '104': RateLimitExceeded, // too many new orders
                    '105': RateLimitExceeded, // IP or key banned for not respecting the rate limit, until the ban expires
                    '107': ExchangeNotAvailable, // matching engine overloaded
                    '108': ExchangeNotAvailable, // matching engine could not process the order in time
                    '109': ExchangeNotAvailable, // matching engine did not respond in time
                    '110': BadRequest, // invalid endpoint
                    '200': BadRequest,
                    '201': BadRequest,
                    '202': BadRequest,
                    '203': BadRequest,
                    '204': BadRequest,
                    '205': BadRequest,
                    '206': BadRequest,
                    '210': InvalidOrder, // amount above the market's maximum
                    '211': InvalidOrder, // price above the maximum
                    '212': InvalidOrder, // amount below the market's minimum
                    '213': InvalidOrder, // price too low
                    '214': InvalidOrder, // price has too many significant digits
                    '215': InvalidOrder, // price has more than 15 decimals
                    '216': InsufficientFunds,
                    '217': InvalidOrder, // amountQuote below the market's minimum
                    '218': InvalidOrder, // triggerAmount has too many significant digits
                    '219': BadSymbol, // the market is no longer listed
                    '220': DuplicateOrderId, // clientOrderId conflict within the market
                    '231': InvalidOrder,
                    '232': InvalidOrder,
                    '233': OrderNotFound, // only new or partiallyFilled orders can be canceled: nothing open to cancel
                    '234': InvalidOrder,
                    '235': InvalidOrder,
                    '236': InvalidOrder,
                    '237': InvalidOrder,
                    '238': InvalidOrder,
                    '239': InvalidOrder,
                    '240': OrderNotFound, // no order with this id (or it is no longer active)
                    '300': AuthenticationError, // authentication required
                    '301': AuthenticationError, // API key must be of length 64
                    '302': InvalidNonce, // timestamp is invalid
                    '303': InvalidNonce, // window must be between 100 and 60000 ms
                    '304': InvalidNonce, // request not received within the access window
                    '305': AuthenticationError, // no active API key
                    '306': AuthenticationError, // API key not confirmed by e-mail
                    '307': PermissionDenied, // key does not allow access from this IP
                    '308': AuthenticationError, // signature length invalid
                    '309': AuthenticationError, // signature invalid
                    '310': PermissionDenied, // key does not allow trading
                    '311': PermissionDenied, // key does not allow showing account information
                    '312': PermissionDenied, // key does not allow withdrawals
                    '317': AccountSuspended, // account locked
                    '400': ExchangeError, // unknown server error
                    '401': PermissionDenied, // deposits for this asset are not available
                    '402': PermissionDenied, // identity not verified
                    '403': PermissionDenied, // phone number not verified
                    '404': ExchangeNotAvailable, // the node cannot be reached
                    '405': PermissionDenied, // withdrawal cooldown
                    '406': BadRequest, // withdrawal amount too low
                    '407': BadRequest, // internal transfer not possible
                    '408': InvalidAddress,
                    '409': InvalidAddress,
                    '410': PermissionDenied, // withdrawals for this asset are not available
                    '411': BadRequest, // transfer to yourself
                    '412': InvalidAddress,
                    '413': InvalidAddress, // address not on the whitelist
                    '414': PermissionDenied, // withdrawal too soon after logging in
                },
                'broad': {},
            },
        });
    }

    // --- precision -----------------------------------------------------------------------------------

    priceToPrecision (symbol, price) {
        // A market without tickSize (before API release 2.12.0) counts prices in pricePrecision significant
        // digits, which the one precisionMode of the base class cannot express beside tick sizes.
        const market = this.market (symbol);
        if (market['precision']['price'] !== undefined) {
            return super.priceToPrecision (symbol, price);
        }
        const digits = this.safeInteger (market['info'], 'pricePrecision');
        if (digits === undefined) {
            return this.numberToString (price);
        }
        return this.decimalToPrecision (price, ROUND, digits, SIGNIFICANT_DIGITS, this.paddingMode);
    }

    costToPrecision (symbol, cost) {
        // amountQuote has notionalDecimals decimals (the base class would use the price's tick).
        const market = this.market (symbol);
        const decimals = this.safeInteger (market['info'], 'notionalDecimals');
        if (decimals === undefined) {
            return this.numberToString (cost);
        }
        return this.decimalToPrecision (cost, TRUNCATE, decimals, DECIMAL_PLACES, this.paddingMode);
    }

    // --- markets and currencies ----------------------------------------------------------------------

    async fetchTime (params = {}) {
        // time: { time (ms), timeNs }.
        const response = await this.publicGetTime (params);
        return this.safeInteger (response, 'time');
    }

    async fetchMarkets (params = {}) {
        // markets: [ { market: 'BTC-EUR', status: 'trading' (or 'halted', 'auction'), base, quote, tickSize,
        // pricePrecision (significant digits; null since release 2.12.0), minOrderInBaseAsset, minOrderInQuoteAsset,
        // maxOrderInBaseAsset, maxOrderInQuoteAsset, quantityDecimals, notionalDecimals, orderTypes, ... } ].
        const response = await this.publicGetMarkets (params);
        const result = [];
        for (let i = 0; i < response.length; i++) {
            result.push (this.parseMarket (response[i]));
        }
        return result;
    }

    parseMarket (entry) {
        const baseId = this.safeString (entry, 'base');
        const quoteId = this.safeString (entry, 'quote');
        const base = this.safeCurrencyCode (baseId);
        const quote = this.safeCurrencyCode (quoteId);
        return this.safeMarketStructure ({
            'id': this.safeString (entry, 'market'),
            'symbol': base + '/' + quote,
            'base': base,
            'quote': quote,
            'baseId': baseId,
            'quoteId': quoteId,
            'active': this.safeString (entry, 'status') === 'trading',
            'type': 'spot',
            'spot': true,
            'taker': this.fees['trading']['taker'],
            'maker': this.fees['trading']['maker'],
            'precision': {
                'amount': this.parseNumber (this.parsePrecision (this.safeString (entry, 'quantityDecimals'))),
                'price': this.safeNumber (entry, 'tickSize'), // undefined before release 2.12.0: see priceToPrecision
            },
            'limits': {
                'amount': { 'min': this.safeNumber (entry, 'minOrderInBaseAsset'), 'max': this.safeNumber (entry, 'maxOrderInBaseAsset') },
                'price': { 'min': undefined, 'max': undefined },
                'cost': { 'min': this.safeNumber (entry, 'minOrderInQuoteAsset'), 'max': this.safeNumber (entry, 'maxOrderInQuoteAsset') },
            },
            'info': entry,
        });
    }

    networkCodeOf (networkId, code) {
        // 'Mainnet' is the asset's own chain (BTC's is BTC); other names through options['networks'].
        if (networkId === 'Mainnet') {
            return code;
        }
        return this.networkCode (networkId);
    }

    async fetchCurrencies (params = {}) {
        // assets: [ { symbol, name, decimals, depositFee, depositConfirmations, depositStatus: 'OK',
        // 'MAINTENANCE' or 'DELISTED', withdrawalFee, withdrawalMinAmount, withdrawalStatus, networks: [ 'Mainnet' ],
        // message } ]. The fees and limits are the asset's, so its network's when it has one.
        const response = await this.publicGetAssets (params);
        const result = {};
        for (let i = 0; i < response.length; i++) {
            const entry = response[i];
            const id = this.safeString (entry, 'symbol');
            const code = this.safeCurrencyCode (id);
            const deposit = this.safeString (entry, 'depositStatus') === 'OK';
            const withdraw = this.safeString (entry, 'withdrawalStatus') === 'OK';
            const fee = this.safeNumber (entry, 'withdrawalFee');
            const precision = this.parseNumber (this.parsePrecision (this.safeString (entry, 'decimals')));
            const limits = {
                'withdraw': { 'min': this.safeNumber (entry, 'withdrawalMinAmount'), 'max': undefined },
            };
            const networkIds = this.safeList (entry, 'networks', []);
            const networks = {};
            for (let j = 0; j < networkIds.length; j++) {
                const networkCode = this.networkCodeOf (networkIds[j], code);
                networks[networkCode] = {
                    'id': networkIds[j],
                    'network': networkCode,
                    'active': deposit && withdraw,
                    'deposit': deposit,
                    'withdraw': withdraw,
                    'fee': (networkIds.length === 1) ? fee : undefined,
                    'precision': precision,
                    'limits': limits,
                };
            }
            result[code] = {
                'id': id,
                'code': code,
                'name': this.safeString (entry, 'name'),
                'active': deposit && withdraw,
                'deposit': deposit,
                'withdraw': withdraw,
                'fee': fee,
                'precision': precision,
                'limits': limits,
                'networks': networks,
                'info': entry,
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
        // ticker/24h: { market, startTimestamp, timestamp, open, openTimestamp, high, low, last,
        // closeTimestamp, bid, bidSize, ask, askSize, volume (base), volumeQuote }.
        market = this.safeMarket (this.safeString (ticker, 'market'), market, '-');
        return this.safeTicker ({
            'symbol': market['symbol'],
            'timestamp': this.safeInteger (ticker, 'timestamp'),
            'high': this.safeString (ticker, 'high'),
            'low': this.safeString (ticker, 'low'),
            'bid': this.safeString (ticker, 'bid'),
            'bidVolume': this.safeString (ticker, 'bidSize'),
            'ask': this.safeString (ticker, 'ask'),
            'askVolume': this.safeString (ticker, 'askSize'),
            'open': this.safeString (ticker, 'open'),
            'last': this.safeString (ticker, 'last'),
            'baseVolume': this.safeString (ticker, 'volume'),
            'quoteVolume': this.safeString (ticker, 'volumeQuote'),
            'info': ticker,
        }, market);
    }

    async fetchTicker (symbol, params = {}) {
        // ticker/24h?market= answers with one object.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetTicker24h (this.extend ({ 'market': market['id'] }, params));
        return this.parseTicker (response, market);
    }

    async fetchTickers (symbols = undefined, params = {}) {
        // ticker/24h without a market: every market's.
        await this.loadMarkets ();
        const response = await this.publicGetTicker24h (params);
        return this.parseTickers (response, symbols);
    }

    async fetchOrderBook (symbol, limit = undefined, params = {}) {
        // {market}/book?depth: { market, nonce, bids: [ [ price, size ] ], asks, timestamp }.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'market': market['id'] };
        if (limit !== undefined) {
            request['depth'] = limit;
        }
        const response = await this.publicGetMarketBook (this.extend (request, params));
        const book = this.parseOrderBook (response, market['symbol'], this.safeInteger (response, 'timestamp'));
        book['nonce'] = this.safeInteger (response, 'nonce');
        return book;
    }

    parseOHLCV (ohlcv, market = undefined) {
        // [ timestamp (ms), open, high, low, close, volume ].
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
        // {market}/candles?interval&limit&start&end, newest first (parseOHLCVs puts them oldest first).
        await this.loadMarkets ();
        const market = this.market (symbol);
        const interval = this.safeString (this.timeframes, timeframe);
        if (interval === undefined) {
            throw new BadRequest (this.id + ' fetchOHLCV () does not support the timeframe ' + timeframe + ': one of ' + Object.keys (this.timeframes).join (', '));
        }
        const request = this.timeRange ({ 'market': market['id'], 'interval': interval }, since, limit, params);
        const response = await this.publicGetMarketCandles (this.extend (request, this.omit (params, 'until')));
        return this.parseOHLCVs (response, market, timeframe, since, limit);
    }

    timeRange (request, since, limit, params) {
        // start, end (the unified until) and limit: the paging params the history endpoints share.
        if (limit !== undefined) {
            request['limit'] = limit;
        }
        if (since !== undefined) {
            request['start'] = since;
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            request['end'] = until;
        }
        return request;
    }

    parseTrade (trade, market = undefined) {
        // Public trades: { id, timestamp, amount, price, side } with the taker's side. The account's trades:
        // { id, orderId, clientOrderId, timestamp, market, side, amount, price, taker, fee, feeCurrency,
        // settled }; an order's fills are the same without market and side.
        market = this.safeMarket (this.safeString (trade, 'market'), market, '-');
        let takerOrMaker = undefined;
        const taker = this.safeBool (trade, 'taker');
        if (taker !== undefined) {
            takerOrMaker = taker ? 'taker' : 'maker';
        }
        let fee = undefined;
        const feeCost = this.safeString (trade, 'fee');
        if (feeCost !== undefined) {
            fee = { 'cost': feeCost, 'currency': this.safeCurrencyCode (this.safeString (trade, 'feeCurrency')) };
        }
        return this.safeTrade ({
            'id': this.safeString (trade, 'id'),
            'order': this.safeString (trade, 'orderId'),
            'symbol': market['symbol'],
            'timestamp': this.safeInteger (trade, 'timestamp'),
            'side': this.safeString (trade, 'side'),
            'takerOrMaker': takerOrMaker,
            'price': this.safeString (trade, 'price'),
            'amount': this.safeString (trade, 'amount'),
            'fee': fee,
            'info': trade,
        }, market);
    }

    async fetchTrades (symbol, since = undefined, limit = undefined, params = {}) {
        // {market}/trades?limit&start&end.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = this.timeRange ({ 'market': market['id'] }, since, limit, params);
        const response = await this.publicGetMarketTrades (this.extend (request, this.omit (params, 'until')));
        return this.parseTrades (response, market, since, limit);
    }

    // --- account -------------------------------------------------------------------------------------

    async fetchBalance (params = {}) {
        // balance: [ { symbol, available, inOrder } ].
        await this.loadMarkets ();
        const response = await this.privateGetBalance (params);
        const result = { 'info': response };
        for (let i = 0; i < response.length; i++) {
            const entry = response[i];
            const account = this.account ();
            account['free'] = this.safeString (entry, 'available');
            account['used'] = this.safeString (entry, 'inOrder');
            result[this.safeCurrencyCode (this.safeString (entry, 'symbol'))] = account;
        }
        return this.safeBalance (result);
    }

    async fetchTradingFees (params = {}) {
        // account: { fees: { tier, volume, maker, taker } }: the account's rates (fractions) for every market.
        await this.loadMarkets ();
        const response = await this.privateGetAccount (params);
        const fees = this.safeDict (response, 'fees', {});
        const result = {};
        for (let i = 0; i < this.symbols.length; i++) {
            const symbol = this.symbols[i];
            result[symbol] = { 'symbol': symbol, 'maker': this.safeNumber (fees, 'maker'), 'taker': this.safeNumber (fees, 'taker'), 'info': response };
        }
        return result;
    }

    async fetchTradingFee (symbol, params = {}) {
        // account/fees?market: { tier, volume, maker, taker }, the rates of the market's fee category.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.privateGetAccountFees (this.extend ({ 'market': market['id'] }, params));
        return {
            'symbol': market['symbol'],
            'maker': this.safeNumber (response, 'maker'),
            'taker': this.safeNumber (response, 'taker'),
            'info': response,
        };
    }

    ledgerLegs (item) {
        // One account/history transaction moves up to two currencies: what was sent leaves the account (out),
        // what was received enters it (in). Each leg is one ledger entry; the fee goes with the leg in its
        // currency (with the first leg when neither is).
        const legs = [];
        const sentCurrency = this.safeString (item, 'sentCurrency');
        const sentAmount = this.safeString (item, 'sentAmount');
        if ((sentCurrency !== undefined) && (sentAmount !== undefined)) {
            legs.push ([ 'out', sentCurrency, sentAmount ]);
        }
        const receivedCurrency = this.safeString (item, 'receivedCurrency');
        const receivedAmount = this.safeString (item, 'receivedAmount');
        if ((receivedCurrency !== undefined) && (receivedAmount !== undefined)) {
            legs.push ([ 'in', receivedCurrency, receivedAmount ]);
        }
        return legs;
    }

    parseLedgerEntry (item, currency = undefined) {
        // An account/history item with its leg: { transactionId, executedAt (ISO 8601), type, priceCurrency,
        // priceAmount, sentCurrency, sentAmount, receivedCurrency, receivedAmount, feesCurrency, feesAmount,
        // address, leg: [ direction, currency, amount ] }.
        const leg = this.safeList (item, 'leg', []);
        const code = this.safeCurrencyCode (this.safeString (leg, 1), currency);
        let fee = undefined;
        if (this.safeBool (item, 'withFee', false)) {
            const feeCost = this.safeString (item, 'feesAmount');
            if (feeCost !== undefined) {
                fee = { 'cost': feeCost, 'currency': this.safeCurrencyCode (this.safeString (item, 'feesCurrency')) };
            }
        }
        const type = this.safeString (item, 'type');
        const info = this.omit (item, [ 'leg', 'withFee' ]);
        return this.safeLedgerEntry ({
            'id': this.safeString (item, 'transactionId'),
            'timestamp': this.parse8601 (this.safeString (item, 'executedAt')),
            'direction': this.safeString (leg, 0),
            'referenceId': this.safeString (item, 'transactionId'),
            'type': this.safeString (this.options['ledgerTypes'], type, type),
            'currency': code,
            'amount': this.safeString (leg, 2),
            'status': 'ok',
            'fee': fee,
            'info': info,
        }, currency);
    }

    async fetchLedger (code = undefined, since = undefined, limit = undefined, params = {}) {
        // account/history?fromDate&toDate (until)&maxItems (at most 100): { items, currentPage, totalPages,
        // maxItems }, one page. The endpoint takes no currency: code filters the entries.
        await this.loadMarkets ();
        const currency = (code === undefined) ? undefined : this.currency (code);
        const request = {};
        if (since !== undefined) {
            request['fromDate'] = since;
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            request['toDate'] = until;
        }
        if (limit !== undefined) {
            request['maxItems'] = Math.min (limit, 100);
        }
        const response = await this.privateGetAccountHistory (this.extend (request, this.omit (params, 'until')));
        const items = this.safeList (response, 'items', []);
        const entries = [];
        for (let i = 0; i < items.length; i++) {
            const legs = this.ledgerLegs (items[i]);
            const feeCurrency = this.safeString (items[i], 'feesCurrency');
            let feeLeg = 0;
            for (let j = 0; j < legs.length; j++) {
                if (legs[j][1] === feeCurrency) {
                    feeLeg = j;
                }
            }
            for (let j = 0; j < legs.length; j++) {
                entries.push (this.extend (items[i], { 'leg': legs[j], 'withFee': j === feeLeg }));
            }
        }
        return this.parseLedger (entries, currency, since, limit);
    }

    // --- orders --------------------------------------------------------------------------------------

    parseOrderType (orderType) {
        // [ unified type, trigger field ]: stop orders are market or limit orders with a trigger.
        const types = {
            'market': [ 'market', undefined ],
            'limit': [ 'limit', undefined ],
            'stopLoss': [ 'market', 'stopLossPrice' ],
            'stopLossLimit': [ 'limit', 'stopLossPrice' ],
            'takeProfit': [ 'market', 'takeProfitPrice' ],
            'takeProfitLimit': [ 'limit', 'takeProfitPrice' ],
        };
        return this.safeValue (types, orderType, [ undefined, undefined ]);
    }

    parseOrder (order, market = undefined) {
        // { orderId, clientOrderId, market, created, updated, status, side, orderType, amount, amountRemaining,
        // price, amountQuote, amountQuoteRemaining, onHold, onHoldCurrency, triggerPrice, triggerAmount,
        // triggerType, triggerReference, filledAmount, filledAmountQuote, feePaid, feeCurrency, fills: [ ... ],
        // selfTradePrevention, visible, timeInForce, postOnly }.
        market = this.safeMarket (this.safeString (order, 'market'), market, '-');
        const [ type, triggerField ] = this.parseOrderType (this.safeString (order, 'orderType'));
        const triggerPrice = this.safeString2 (order, 'triggerPrice', 'triggerAmount');
        const status = this.safeString (order, 'status');
        // A post-only order is the unified timeInForce PO (Bitvavo reports it as timeInForce GTC with postOnly
        // true), as the other exchanges' post-only orders are.
        const postOnly = this.safeBool (order, 'postOnly');
        let fee = undefined;
        const feeCost = this.safeString (order, 'feePaid');
        if (feeCost !== undefined) {
            fee = { 'cost': feeCost, 'currency': this.safeCurrencyCode (this.safeString (order, 'feeCurrency')) };
        }
        const fills = this.safeList (order, 'fills', []);
        const trades = [];
        for (let i = 0; i < fills.length; i++) {
            trades.push (this.parseTrade (this.extend (fills[i], { 'orderId': this.safeString (order, 'orderId'), 'side': this.safeString (order, 'side') }), market));
        }
        const result = {
            'id': this.safeString (order, 'orderId'),
            'clientOrderId': this.safeString (order, 'clientOrderId'),
            'symbol': market['symbol'],
            'timestamp': this.safeInteger (order, 'created'),
            'lastUpdateTimestamp': this.safeInteger (order, 'updated'),
            'status': this.safeString (this.options['orderStatuses'], status, status),
            'type': type,
            'timeInForce': (postOnly === true) ? 'PO' : this.safeString (order, 'timeInForce'),
            'postOnly': postOnly,
            'side': this.safeString (order, 'side'),
            'price': this.safeString (order, 'price'),
            'triggerPrice': triggerPrice,
            'amount': this.safeString (order, 'amount'),
            'remaining': this.safeString (order, 'amountRemaining'),
            'filled': this.safeString (order, 'filledAmount'),
            'cost': this.safeString (order, 'filledAmountQuote'),
            'fee': fee,
            'trades': trades,
            'info': order,
        };
        if (triggerField !== undefined) {
            result[triggerField] = triggerPrice;
        }
        return this.safeOrder (result, market);
    }

    triggerOrderType (type, triggerKind) {
        // A plain triggerPrice is a stop loss: it fires when the price turns against the order (lower for a
        // sell, higher for a buy), as Bitvavo's stopLoss does; takeProfitPrice fires the other way.
        const kind = (triggerKind === 'takeProfitPrice') ? 'takeProfit' : 'stopLoss';
        return (type === 'limit') ? (kind + 'Limit') : kind;
    }

    async createOrder (symbol, type, side, amount, price = undefined, params = {}) {
        // POST order. The unified params map to Bitvavo's fields: postOnly is postOnly, timeInForce (GTC, IOC,
        // FOK) is timeInForce, clientOrderId is clientOrderId (a UUID), cost is amountQuote (a market order
        // sized in the quote currency), and triggerPrice, stopLossPrice and takeProfitPrice make the order a
        // stopLoss(Limit) or takeProfit(Limit) order with triggerAmount, triggerType 'price' and
        // triggerReference (params['triggerReference'], 'lastTrade' by default). Spot has no reduceOnly.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const [ unified, rest ] = this.unifiedOrderParams (type, params);
        this.rejectUnifiedParams ('createOrder', unified, [ 'reduceOnly' ]);
        if ((type !== 'market') && (type !== 'limit')) {
            throw new InvalidOrder (this.id + ' createOrder () type must be market or limit, not ' + type);
        }
        // The key order of the docs' signing example: market, side, price, amount, orderType.
        const request = { 'market': market['id'], 'side': side };
        if (type === 'limit') {
            if (price === undefined) {
                throw new ArgumentsRequired (this.id + ' createOrder () requires a price for a limit order');
            }
            request['price'] = this.priceToPrecision (symbol, price);
        }
        if (unified['cost'] !== undefined) {
            request['amountQuote'] = this.costToPrecision (symbol, unified['cost']);
        } else {
            request['amount'] = this.amountToPrecision (symbol, amount);
        }
        request['orderType'] = type;
        const trigger = unified['trigger'];
        if (trigger !== undefined) {
            request['orderType'] = this.triggerOrderType (type, unified['triggerKind']);
            request['triggerAmount'] = this.priceToPrecision (symbol, trigger);
            request['triggerType'] = 'price';
            request['triggerReference'] = this.safeString (rest, 'triggerReference', 'lastTrade');
        }
        if (unified['timeInForce'] !== undefined) {
            request['timeInForce'] = unified['timeInForce'];
        }
        if (unified['postOnly']) {
            request['postOnly'] = true;
        }
        if (unified['clientOrderId'] !== undefined) {
            request['clientOrderId'] = unified['clientOrderId'];
        }
        request['operatorId'] = this.operatorId ('createOrder', rest);
        const response = await this.privatePostOrder (this.extend (request, this.omit (rest, [ 'triggerReference', 'operatorId' ])));
        return this.parseOrder (response, market);
    }

    async createMarketBuyOrderWithCost (symbol, cost, params = {}) {
        return await this.createOrder (symbol, 'market', 'buy', undefined, undefined, this.extend (params, { 'cost': cost }));
    }

    operatorId (method, params) {
        // The mandatory operatorId (an integer, sent as a number) of params, else of options.
        const operatorId = this.safeInteger (params, 'operatorId', this.safeInteger (this.options, 'operatorId'));
        if (operatorId === undefined) {
            throw new ArgumentsRequired (this.id + ' ' + method + ' () requires an operatorId (params[\'operatorId\'] or options[\'operatorId\']): Bitvavo requires the integer that names the trader or bot on every order request');
        }
        return operatorId;
    }

    requireSymbol (method, symbol) {
        if (symbol === undefined) {
            throw new ArgumentsRequired (this.id + ' ' + method + ' () requires a symbol argument: Bitvavo names orders by market and id');
        }
        return this.market (symbol);
    }

    async editOrder (id, symbol, type, side, amount = undefined, price = undefined, params = {}) {
        // PUT order changes amount, price, triggerAmount and postOnly of an open limit or trigger order (not its
        // type or side); the unified triggerPrice is triggerAmount, postOnly is postOnly.
        await this.loadMarkets ();
        const market = this.requireSymbol ('editOrder', symbol);
        const request = { 'market': market['id'], 'orderId': id };
        if (amount !== undefined) {
            request['amount'] = this.amountToPrecision (symbol, amount);
        }
        if (price !== undefined) {
            request['price'] = this.priceToPrecision (symbol, price);
        }
        const trigger = this.safeString (params, 'triggerPrice');
        if (trigger !== undefined) {
            request['triggerAmount'] = this.priceToPrecision (symbol, trigger);
        }
        if (this.safeBool (params, 'postOnly', false)) {
            request['postOnly'] = true;
        }
        request['operatorId'] = this.operatorId ('editOrder', params);
        const response = await this.privatePutOrder (this.extend (request, this.omit (params, [ 'triggerPrice', 'postOnly', 'operatorId' ])));
        return this.parseOrder (response, market);
    }

    async cancelOrder (id, symbol = undefined, params = {}) {
        // DELETE order?market&orderId&operatorId answers { orderId, clientOrderId, operatorId }.
        await this.loadMarkets ();
        const market = this.requireSymbol ('cancelOrder', symbol);
        const request = { 'market': market['id'], 'orderId': id, 'operatorId': this.operatorId ('cancelOrder', params) };
        const response = await this.privateDeleteOrder (this.extend (request, this.omit (params, 'operatorId')));
        return this.safeOrder ({
            'id': this.safeString (response, 'orderId', id),
            'symbol': market['symbol'],
            'status': 'canceled',
            'info': response,
        }, market);
    }

    async cancelAllOrders (symbol = undefined, params = {}) {
        // DELETE orders?market&operatorId (every market without market): [ { orderId, operatorId } ].
        await this.loadMarkets ();
        const request = {};
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
            request['market'] = market['id'];
        }
        request['operatorId'] = this.operatorId ('cancelAllOrders', params);
        const response = await this.privateDeleteOrders (this.extend (request, this.omit (params, 'operatorId')));
        const result = [];
        for (let i = 0; i < response.length; i++) {
            result.push (this.safeOrder ({
                'id': this.safeString (response[i], 'orderId'),
                'symbol': this.safeSymbol (undefined, market),
                'status': 'canceled',
                'info': response[i],
            }, market));
        }
        return result;
    }

    async fetchOrder (id, symbol = undefined, params = {}) {
        // GET order?market&orderId.
        await this.loadMarkets ();
        const market = this.requireSymbol ('fetchOrder', symbol);
        const response = await this.privateGetOrder (this.extend ({ 'market': market['id'], 'orderId': id }, params));
        return this.parseOrder (response, market);
    }

    async fetchOrderTrades (id, symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // The order's fills, as GET order reports them.
        const order = await this.fetchOrder (id, symbol, params);
        return this.filterBySinceLimit (order['trades'], since, limit);
    }

    async fetchOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // GET orders?market&limit&start&end: open and closed orders of one market, newest first.
        await this.loadMarkets ();
        const market = this.requireSymbol ('fetchOrders', symbol);
        const request = this.timeRange ({ 'market': market['id'] }, since, limit, params);
        const response = await this.privateGetOrders (this.extend (request, this.omit (params, 'until')));
        return this.parseOrders (response, market, since, limit);
    }

    async fetchOpenOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // GET ordersOpen (of one market with market).
        await this.loadMarkets ();
        const request = {};
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
            request['market'] = market['id'];
        }
        const response = await this.privateGetOrdersOpen (this.extend (request, params));
        return this.parseOrders (response, market, since, limit);
    }

    async fetchMyTrades (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // GET trades?market&limit&start&end: the account's trades of one market.
        await this.loadMarkets ();
        const market = this.requireSymbol ('fetchMyTrades', symbol);
        const request = this.timeRange ({ 'market': market['id'] }, since, limit, params);
        const response = await this.privateGetTrades (this.extend (request, this.omit (params, 'until')));
        return this.parseTrades (response, market, since, limit);
    }

    // --- funding -------------------------------------------------------------------------------------

    parseTransaction (transaction, currency = undefined) {
        // depositHistory: { timestamp, symbol, amount, address, paymentId, txId, fee, status }; withdrawalHistory
        // the same with the withdrawal's statuses; withdrawal: { success, symbol, amount }.
        const code = this.safeCurrencyCode (this.safeString (transaction, 'symbol'), currency);
        let fee = undefined;
        const feeCost = this.safeString (transaction, 'fee');
        if (feeCost !== undefined) {
            fee = { 'cost': feeCost, 'currency': code };
        }
        const status = this.safeString (transaction, 'status');
        return this.safeTransaction ({
            'txid': this.safeString (transaction, 'txId'),
            'timestamp': this.safeInteger (transaction, 'timestamp'),
            'address': this.safeString (transaction, 'address'),
            'tag': this.safeString (transaction, 'paymentId'),
            'type': this.safeString (transaction, 'type'),
            'amount': this.safeString (transaction, 'amount'),
            'currency': code,
            'status': this.safeString (this.options['transactionStatuses'], status, status),
            'fee': fee,
            'info': transaction,
        }, currency);
    }

    async fetchTransfers (type, code, since, limit, params) {
        // depositHistory and withdrawalHistory take symbol, limit, start and end (until).
        await this.loadMarkets ();
        let currency = undefined;
        const request = this.timeRange ({}, since, limit, params);
        if (code !== undefined) {
            currency = this.currency (code);
            request['symbol'] = currency['id'];
        }
        const query = this.extend (request, this.omit (params, 'until'));
        let response = undefined;
        if (type === 'deposit') {
            response = await this.privateGetDepositHistory (query);
        } else {
            response = await this.privateGetWithdrawalHistory (query);
        }
        const transactions = [];
        for (let i = 0; i < response.length; i++) {
            transactions.push (this.extend (response[i], { 'type': type }));
        }
        return this.parseTransactions (transactions, currency, since, limit);
    }

    async fetchDeposits (code = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchTransfers ('deposit', code, since, limit, params);
    }

    async fetchWithdrawals (code = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchTransfers ('withdrawal', code, since, limit, params);
    }

    singleNetwork (currency, params, method) {
        // deposit takes no network: each asset has its own. The unified network is accepted when it is the asset's
        // only network (there is nothing to choose), and rejected otherwise.
        const networkCode = this.safeString (params, 'network');
        const networks = Object.keys (this.safeDict (currency, 'networks', {}));
        if (networkCode === undefined) {
            return (networks.length === 1) ? networks[0] : undefined;
        }
        if ((networks.length === 1) && (networks[0] === networkCode.toUpperCase ())) {
            return networks[0];
        }
        throw new NotSupported (this.id + ' ' + method + ' () does not support the unified param network ' + networkCode + ' for ' + currency['code'] + ': deposit takes no network, and the asset\'s networks are ' + networks.join (', '));
    }

    async fetchDepositAddress (code, params = {}) {
        // deposit?symbol: { address, paymentId } (a fiat currency's: { iban, bic, description }).
        await this.loadMarkets ();
        const currency = this.currency (code);
        const network = this.singleNetwork (currency, params, 'fetchDepositAddress');
        const response = await this.privateGetDeposit (this.extend ({ 'symbol': currency['id'] }, this.omit (params, 'network')));
        return {
            'currency': currency['code'],
            'address': this.safeString2 (response, 'address', 'iban'),
            'tag': this.safeString2 (response, 'paymentId', 'description'),
            'network': network,
            'info': response,
        };
    }

    cryptoNetworkId (networkCode, currency) {
        // crypto/withdrawal names a network by its chain: an asset's own chain by the asset (BTC), others as
        // options['networks'] says (ERC20 is ETH). A code neither knows is rejected rather than sent as it is.
        const upper = networkCode.toUpperCase ();
        if (upper === currency['code']) {
            return currency['id'];
        }
        const id = this.safeString (this.options['networks'], upper);
        if (id === undefined) {
            throw new BadRequest (this.id + ' withdraw () knows no network ' + networkCode + ' (the unified param network): ' + currency['code'] + ' or one of ' + Object.keys (this.options['networks']).join (', '));
        }
        return id;
    }

    async withdraw (code, amount, address, tag = undefined, params = {}) {
        // With the unified network: POST crypto/withdrawal { asset, network, address, amount, deductFeeFromAmount,
        // idempotencyKey, memo (the tag) } answers { id, asset, network, address, amount, ... }; the key is
        // params['idempotencyKey'] or one made from the clock. Without a network: POST withdrawal { symbol,
        // amount, address, paymentId (the tag) } over the asset's own network answers { success, symbol, amount }.
        await this.loadMarkets ();
        const currency = this.currency (code);
        const networkCode = this.safeString (params, 'network');
        if (networkCode === undefined) {
            return await this.withdrawOverAssetNetwork (currency, amount, address, tag, params);
        }
        const request = {
            'asset': currency['id'],
            'network': this.cryptoNetworkId (networkCode, currency),
            'address': address,
            'amount': this.numberToString (amount),
            'deductFeeFromAmount': this.safeBool (params, 'deductFeeFromAmount', false),
            'idempotencyKey': this.safeString (params, 'idempotencyKey', 'exkit-' + this.numberToString (this.milliseconds ())),
        };
        if (tag !== undefined) {
            request['memo'] = tag;
        }
        const response = await this.privatePostCryptoWithdrawal (this.extend (request, this.omit (params, [ 'network', 'deductFeeFromAmount', 'idempotencyKey' ])));
        let fee = undefined;
        const feeCost = this.safeString (response, 'fee');
        if (feeCost !== undefined) {
            fee = { 'cost': feeCost, 'currency': currency['code'] };
        }
        const status = this.safeString (response, 'status');
        return this.safeTransaction ({
            'id': this.safeString (response, 'id'),
            'txid': this.safeString (response, 'txId'),
            'type': 'withdrawal',
            'address': this.safeString (response, 'address', address),
            'tag': this.safeString (response, 'memo', tag),
            'amount': this.safeString (response, 'amount', request['amount']),
            'currency': currency['code'],
            'network': networkCode.toUpperCase (),
            'status': this.safeString (this.options['transactionStatuses'], status, 'pending'),
            'fee': fee,
            'info': response,
        }, currency);
    }

    async withdrawOverAssetNetwork (currency, amount, address, tag, params) {
        const request = {
            'symbol': currency['id'],
            'amount': this.numberToString (amount),
            'address': address,
        };
        if (tag !== undefined) {
            request['paymentId'] = tag;
        }
        const response = await this.privatePostWithdrawal (this.extend (request, params));
        const networks = Object.keys (this.safeDict (currency, 'networks', {}));
        return this.safeTransaction ({
            'type': 'withdrawal',
            'address': address,
            'tag': tag,
            'amount': this.safeString (response, 'amount', request['amount']),
            'currency': currency['code'],
            'network': (networks.length === 1) ? networks[0] : undefined,
            'status': 'pending',
            'info': response,
        }, currency);
    }

    // --- transport -----------------------------------------------------------------------------------

    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        // GET and DELETE send their params as the query string, POST and PUT as a JSON body.
        let requestPath = '/' + this.implodeParams (path, params);
        const query = this.omit (params, this.extractParams (path));
        const hasBody = (method === 'POST') || (method === 'PUT');
        if (!hasBody && (Object.keys (query).length > 0)) {
            requestPath = requestPath + '?' + this.urlencode (query);
        }
        const url = this.urls['api'] + requestPath;
        if (api === 'public') {
            return { 'url': url, 'method': method, 'body': body, 'headers': headers };
        }
        // Bitvavo-Access-Signature: hex HMAC-SHA256 (secret, timestamp + method + '/v2' + path with its query +
        // body), the timestamp in milliseconds.
        this.checkRequiredCredentials ();
        const timestamp = this.numberToString (this.milliseconds ());
        let payload = '';
        headers = {
            'Bitvavo-Access-Key': this.apiKey,
            'Bitvavo-Access-Timestamp': timestamp,
            'Bitvavo-Access-Window': this.numberToString (this.options['accessWindow']),
        };
        if (hasBody) {
            body = (Object.keys (query).length > 0) ? this.json (query) : '{}'; // (PHP writes an empty dictionary as [])
            payload = body;
            headers['Content-Type'] = 'application/json';
        }
        const auth = timestamp + method + '/' + this.version + requestPath + payload;
        headers['Bitvavo-Access-Signature'] = this.hmac (this.encode (auth), this.encode (this.secret), 'sha256');
        return { 'url': url, 'method': method, 'body': body, 'headers': headers };
    }

    handleErrors (status, reason, url, method, responseHeaders, responseBody, response, requestHeaders, requestBody) {
        // { "errorCode": 205, "error": "Invalid parameter: price" } with an HTTP 4xx or 5xx status: the code
        // picks the error class; an unknown code is an ExchangeError.
        if ((response === undefined) || Array.isArray (response) || (typeof response !== 'object')) {
            return;
        }
        const code = this.safeString (response, 'errorCode');
        if (code === undefined) {
            return;
        }
        const feedback = this.id + ' ' + method + ' ' + url + ' ' + code + ' ' + this.safeString (response, 'error', '');
        this.throwExactlyMatchedException (this.exceptions['exact'], code, feedback);
        throw new ExchangeError (feedback);
    }
}
