// BitMEX REST API v1: https://www.bitmex.com/app/apiOverview (reference: https://www.bitmex.com/api/explorer/)
import Exchange from './base/Exchange.js';
import { AccountSuspended, ArgumentsRequired, AuthenticationError, BadRequest, BadSymbol, DuplicateOrderId, ExchangeError, ExchangeNotAvailable, InsufficientFunds, InvalidNonce, InvalidOrder, NotSupported, OrderNotFound, PermissionDenied, RateLimitExceeded } from './base/errors.js';
import Precise from './base/Precise.js';
import { DECIMAL_PLACES, TICK_SIZE, TRUNCATE } from './base/functions/number.js';

export default class bitmex extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'bitmex',
            'name': 'BitMEX',
            'countries': [ 'SC' ], // Seychelles
            'version': 'v1',
            // 120 requests a minute on all routes (30 unauthenticated), and 10 a second on the order routes
            // (https://www.bitmex.com/app/restAPI, Limits).
            'rateLimit': 500,
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
                'fetchTransactions': true,
                'fetchLedger': true,
                'fetchDepositAddress': true,
                'withdraw': true,
                'fetchTime': false, // no documented time route
                'fetchStatus': false, // the status page is not part of the API
                'fetchTradingFees': true,
                'cancelAllOrders': true,
                'fetchOrderTrades': true,
                'fetchTradingFee': true,
                'fetchDepositAddresses': false, // one address per currency and network, asked one at a time
                'createDepositAddress': false, // the address of an account is fixed
                'fetchDepositWithdrawFees': true,
                'transfer': false, // moves between the user's accounts are not part of the documented API
                'createMarketBuyOrderWithCost': false, // orders are sized in contracts or in the base currency
                'fetchPositions': true,
                'fetchPosition': true,
                'fetchFundingRate': true,
                'fetchFundingRates': true,
                'fetchFundingRateHistory': true,
                'fetchOpenInterest': true,
                'setLeverage': true,
                'setMarginMode': true,
                'fetchLeverage': true,
                'fetchMarkOHLCV': false, // trade/bucketed has the candles of traded instruments and indices only
                'fetchIndexOHLCV': true, // the candles of the instrument's reference index (.BXBT for XBTUSD)
            },
            'urls': {
                'logo': 'https://www.bitmex.com/favicon.ico',
                'api': {
                    'public': 'https://www.bitmex.com',
                    'private': 'https://www.bitmex.com',
                },
                'www': 'https://www.bitmex.com',
                'doc': [
                    'https://www.bitmex.com/app/apiOverview',
                    'https://www.bitmex.com/api/explorer/',
                ],
                'fees': 'https://www.bitmex.com/app/fees',
            },
            'api': {
                'public': {
                    'get': {
                        'instrument': 1,
                        'instrument/active': 1,
                        'instrument/indices': 1,
                        'orderBook/L2': 1,
                        'trade': 1,
                        'trade/bucketed': 1,
                        'funding': 1,
                        'wallet/assets': 1,
                    },
                },
                'private': {
                    'get': {
                        // the docs' signing example signs GET /api/v1/instrument: public routes take keys too
                        'instrument': 1,
                        'user/margin': 1,
                        'user/walletHistory': 1,
                        'user/depositAddress': 1,
                        'user/commission': 1,
                        'order': 1,
                        'execution/tradeHistory': 1,
                        'position': 1,
                    },
                    'post': {
                        'order': 1,
                        'position/leverage': 1,
                        'position/isolate': 1,
                        'user/requestWithdrawal': 1,
                    },
                    'put': {
                        'order': 1,
                    },
                    'delete': {
                        'order': 1,
                        'order/all': 1,
                    },
                },
            },
            // trade/bucketed's binSize values.
            'timeframes': {
                '1m': '1m',
                '5m': '5m',
                '1h': '1h',
                '1d': '1d',
            },
            'requiredCredentials': {
                'apiKey': true,
                'secret': true,
            },
            // The published schedule of the perpetual swaps: taker 0.075 %, maker 0.02 % (per instrument in
            // instrument's takerFee and makerFee, per account in user/commission).
            'fees': {
                'trading': {
                    'tierBased': true,
                    'percentage': true,
                    'taker': 0.00075,
                    'maker': 0.0002,
                },
            },
            // tickSize and lotSize are steps.
            'precisionMode': TICK_SIZE,
            'options': {
                'api-expires': 60, // seconds a signed request stays valid (api-expires = now + this)
                // Amounts of margin, balances, fees and PnL are integers of the currency's smallest unit: XBt is
                // the satoshi (1e-8 XBT), USDt the micro-dollar (1e-6 USDT), Gwei 1e-9 ETH (restAPI, Currency);
                // wallet/assets' scale, when loaded, is used first.
                'scales': {
                    'XBt': 8,
                    'USDt': 6,
                    'Gwei': 9,
                },
                // Unified network codes and BitMEX's network names (wallet/assets networks' asset).
                'networks': {
                    'BTC': 'btc',
                    'ERC20': 'eth',
                    'TRC20': 'tron',
                    'BEP20': 'bsc',
                    'SOL': 'sol',
                },
                // user/walletHistory transactStatus -> unified transaction and ledger status.
                'transactionStatuses': {
                    'Pending': 'pending',
                    'Processing': 'pending',
                    'Confirmed': 'pending',
                    'Completed': 'ok',
                    'Canceled': 'canceled',
                    'Rejected': 'failed',
                },
                // user/walletHistory transactType -> unified ledger entry type.
                'ledgerTypes': {
                    'Deposit': 'deposit',
                    'Withdrawal': 'withdrawal',
                    'RealisedPNL': 'trade',
                    'UnrealisedPNL': 'trade',
                    'Funding': 'fee',
                    'AffiliatePayout': 'referral',
                    'Transfer': 'transfer',
                    'SpotTrade': 'trade',
                },
            },
            'commonCurrencies': {
                'GWEI': 'ETH', // the id of ether amounts counted in gwei
            },
            'exceptions': {
                // the message of { "error": { "message", "name" } }; the messages listed at
                // https://www.bitmex.com/app/restAPIMessages, and the authentication ones of apiKeysUsage
                'exact': {
                    'Invalid API Key.': AuthenticationError,
                    'Signature not valid.': AuthenticationError,
                    'This key is disabled.': PermissionDenied,
                    'Access Denied': PermissionDenied,
                    'Account does not exist': AuthenticationError,
                    'Duplicate clOrdID': DuplicateOrderId,
                    'Duplicate orderID': DuplicateOrderId,
                    'Invalid orderID': OrderNotFound,
                    'Invalid symbol': BadSymbol,
                    'Instrument expired': BadSymbol,
                    'Instruments do not match': BadRequest,
                    'Instrument has no mark price': ExchangeNotAvailable,
                    'Account is suspended': AccountSuspended,
                    'Invalid side': InvalidOrder,
                    'Invalid orderQty': InvalidOrder,
                    'Invalid orderQty or simpleOrderQty': InvalidOrder,
                    'Invalid leavesQty': InvalidOrder,
                    'Invalid price': InvalidOrder,
                    'Invalid leverage': BadRequest,
                    'Negative withdrawal amount': BadRequest,
                    'Invalid withdrawal amount': BadRequest,
                    'Invalid fee amount': BadRequest,
                    'Not Found': OrderNotFound,
                },
                'broad': {
                    'expired': InvalidNonce, // "This request has expired - `expires` is in the past."
                    'insufficient': InsufficientFunds, // "Account has insufficient Available (Withdrawable) Balance, ..."
                    'Unable to cancel order': OrderNotFound,
                    'Invalid ordStatus': InvalidOrder, // amending a canceled or filled order
                    'Instrument not listed for trading yet': BadSymbol,
                    'Withdrawal ban expires at': PermissionDenied,
                    'Withdrawals currently disabled': PermissionDenied,
                    'Rate limit exceeded': RateLimitExceeded,
                    'overloaded': ExchangeNotAvailable, // "The system is currently overloaded. Please try again later."
                },
            },
        });
    }

    // --- markets and currencies ----------------------------------------------------------------------

    async fetchCurrencies (params = {}) {
        // wallet/assets: [ { asset: 'XBT', currency: 'XBt', majorCurrency, name, currencyType, scale: 8, enabled,
        // isMarginCurrency, minDepositAmount, minWithdrawalAmount, maxWithdrawalAmount, networks: [ { asset:
        // 'btc', tokenAddress, depositEnabled, withdrawalEnabled, withdrawalFee, minFee, maxFee } ] } ]; amounts
        // in the smallest unit (10^-scale).
        const response = await this.publicGetWalletAssets (params);
        const result = {};
        for (let i = 0; i < response.length; i++) {
            const entry = response[i];
            const id = this.safeString (entry, 'currency');
            const code = this.safeCurrencyCode (this.safeString (entry, 'asset'));
            const scale = this.safeString (entry, 'scale');
            const precision = this.parseNumber (this.parsePrecision (scale));
            const rawNetworks = this.safeList (entry, 'networks', []);
            const networks = {};
            let deposit = false;
            let withdraw = false;
            for (let j = 0; j < rawNetworks.length; j++) {
                const network = rawNetworks[j];
                const networkId = this.safeString (network, 'asset');
                const networkCode = this.networkCode (networkId);
                const canDeposit = this.safeBool (network, 'depositEnabled') === true;
                const canWithdraw = this.safeBool (network, 'withdrawalEnabled') === true;
                deposit = deposit || canDeposit;
                withdraw = withdraw || canWithdraw;
                networks[networkCode] = {
                    'id': networkId,
                    'network': networkCode,
                    'active': canDeposit && canWithdraw,
                    'deposit': canDeposit,
                    'withdraw': canWithdraw,
                    'fee': this.parseNumber (this.fromUnits (this.safeString (network, 'withdrawalFee'), scale)),
                    'precision': precision,
                    'limits': {},
                };
            }
            result[code] = {
                'id': id,
                'code': code,
                'name': this.safeString (entry, 'name'),
                'active': this.safeBool (entry, 'enabled'),
                'deposit': deposit,
                'withdraw': withdraw,
                'fee': undefined,
                'precision': precision,
                'limits': {
                    'deposit': { 'min': this.parseNumber (this.fromUnits (this.safeString (entry, 'minDepositAmount'), scale)), 'max': undefined },
                    'withdraw': {
                        'min': this.parseNumber (this.fromUnits (this.safeString (entry, 'minWithdrawalAmount'), scale)),
                        'max': this.parseNumber (this.fromUnits (this.safeString (entry, 'maxWithdrawalAmount'), scale)),
                    },
                },
                'networks': networks,
                'info': entry,
            };
        }
        return result;
    }

    async fetchDepositWithdrawFees (codes = undefined, params = {}) {
        // The withdrawal fee of each network, from wallet/assets.
        const currencies = await this.fetchCurrencies (params);
        return this.depositWithdrawFeesFromCurrencies (currencies, codes);
    }

    async fetchMarkets (params = {}) {
        // instrument/active: the instruments open for trading (and those expired in the last 24 h), of every
        // type; the indices (.BXBT, typ MRCXXX, ...) are not markets.
        const response = await this.publicGetInstrumentActive (params);
        const result = [];
        for (let i = 0; i < response.length; i++) {
            const market = this.parseMarket (response[i]);
            if (market !== undefined) {
                result.push (market);
            }
        }
        return result;
    }

    parseMarket (instrument) {
        // An instrument: { symbol, rootSymbol, state: 'Open', typ, listing, front, expiry, settle, positionCurrency,
        // underlying: 'XBT', quoteCurrency: 'USD', settlCurrency: 'XBt', lotSize, tickSize, multiplier,
        // underlyingToPositionMultiplier, isQuanto, isInverse, maxOrderQty, maxPrice, makerFee, takerFee, ... }.
        // typ: FFWCSX and FFWCSF are perpetual swaps, FFCCSX futures, IFXXXP spot pairs.
        const typ = this.safeString (instrument, 'typ');
        const types = { 'FFWCSX': 'swap', 'FFWCSF': 'swap', 'FFCCSX': 'future', 'IFXXXP': 'spot' };
        const type = this.safeString (types, typ);
        if (type === undefined) {
            return undefined;
        }
        const id = this.safeString (instrument, 'symbol');
        const baseId = this.safeString (instrument, 'underlying');
        const quoteId = this.safeString (instrument, 'quoteCurrency');
        const settleId = this.safeString (instrument, 'settlCurrency');
        const base = this.safeCurrencyCode (baseId);
        const quote = this.safeCurrencyCode (quoteId);
        const lotSize = this.safeString (instrument, 'lotSize');
        const contract = type !== 'spot';
        let settle = undefined;
        let linear = undefined;
        let inverse = undefined;
        let contractSize = undefined;
        let expiry = undefined;
        let amountStep = lotSize;
        if (contract) {
            settle = this.safeCurrencyCode (settleId);
            inverse = this.safeBool (instrument, 'isInverse') === true;
            const quanto = this.safeBool (instrument, 'isQuanto') === true;
            linear = !inverse && !quanto;
            contractSize = this.contractSizeOf (instrument, inverse, quanto);
            if (type === 'future') {
                expiry = this.parse8601 (this.safeString (instrument, 'expiry'));
            }
        } else {
            // spot quantities are counted in 1 / underlyingToPositionMultiplier of the base currency
            amountStep = this.fromPositionUnits (lotSize, instrument);
        }
        return this.safeMarketStructure ({
            'id': id,
            'symbol': this.buildSymbol (base, quote, settle, expiry),
            'base': base,
            'quote': quote,
            'baseId': baseId,
            'quoteId': quoteId,
            'active': this.safeString (instrument, 'state') === 'Open',
            'type': type,
            'linear': linear,
            'inverse': inverse,
            'contractSize': this.parseNumber (contractSize),
            'settle': settle,
            'settleId': contract ? settleId : undefined,
            'expiry': expiry,
            'taker': this.safeNumber (instrument, 'takerFee'),
            'maker': this.safeNumber (instrument, 'makerFee'),
            'precision': {
                'amount': this.parseNumber (amountStep),
                'price': this.safeNumber (instrument, 'tickSize'),
            },
            'limits': {
                'amount': {
                    'min': this.parseNumber (amountStep),
                    'max': this.parseNumber (contract ? this.safeString (instrument, 'maxOrderQty') : this.fromPositionUnits (this.safeString (instrument, 'maxOrderQty'), instrument)),
                },
                'price': { 'min': undefined, 'max': this.safeNumber (instrument, 'maxPrice') },
                'cost': { 'min': undefined, 'max': undefined },
            },
            'info': instrument,
        });
    }

    contractSizeOf (instrument, inverse, quanto) {
        // What one contract is worth. An inverse contract is 1 of its positionCurrency, the quote (XBTUSD: 1 USD).
        // A linear one is 1 / underlyingToPositionMultiplier of the base (XBTUSDT: 1e-6 XBT). A quanto one
        // (ETHUSD settled in XBt) pays multiplier smallest units of the settle currency per 1 of price: its size
        // is stated as that amount of the settle currency.
        if (inverse) {
            return '1';
        }
        if (quanto) {
            const scale = this.scaleOf (this.safeString (instrument, 'settlCurrency'));
            return this.fromUnits (Precise.stringAbs (this.safeString (instrument, 'multiplier')), scale);
        }
        const multiplier = this.safeString (instrument, 'underlyingToPositionMultiplier');
        return (multiplier === undefined) ? '1' : Precise.stringDiv ('1', multiplier);
    }

    fromPositionUnits (quantity, instrument) {
        // A spot quantity (in 1 / underlyingToPositionMultiplier of the base currency) in the base currency.
        const multiplier = this.safeString (instrument, 'underlyingToPositionMultiplier');
        if ((quantity === undefined) || (multiplier === undefined)) {
            return quantity;
        }
        return Precise.stringDiv (quantity, multiplier);
    }

    amountOf (quantity, market) {
        // The unified amount of a quantity the API reports: contracts as they are, spot in the base currency.
        if ((market === undefined) || market['contract']) {
            return quantity;
        }
        return this.fromPositionUnits (quantity, market['info']);
    }

    orderQuantity (symbol, amount) {
        // orderQty of a unified amount: contracts, or for spot the base amount in position units.
        const market = this.market (symbol);
        const text = this.amountToPrecision (symbol, amount);
        if (market['contract']) {
            return this.parseNumber (text);
        }
        const multiplier = this.safeString (market['info'], 'underlyingToPositionMultiplier', '1');
        return this.parseNumber (Precise.stringMul (text, multiplier));
    }

    scaleOf (currencyId) {
        // The decimals of a currency's smallest unit (XBt: 8): wallet/assets' scale, else options['scales'].
        const currency = (this.currenciesById === undefined) ? undefined : this.safeDict (this.currenciesById, currencyId);
        const scale = this.safeString (this.safeDict (currency, 'info'), 'scale');
        if (scale !== undefined) {
            return scale;
        }
        return this.safeString (this.options['scales'], currencyId);
    }

    fromUnits (value, scale) {
        // An integer amount of smallest units as a decimal string of the currency.
        if ((value === undefined) || (scale === undefined)) {
            return value;
        }
        return Precise.stringDiv (value, this.parsePrecision (Precise.stringNeg (scale)));
    }

    toUnits (amount, currencyId) {
        // A decimal amount of a currency as an integer of its smallest units.
        const scale = this.scaleOf (currencyId);
        if (scale === undefined) {
            throw new NotSupported (this.id + ' knows no scale of the currency ' + currencyId);
        }
        const text = Precise.stringMul (this.numberToString (amount), this.parsePrecision (Precise.stringNeg (scale)));
        return this.parseNumber (this.decimalToPrecision (text, TRUNCATE, 0, DECIMAL_PLACES));
    }

    unitsOf (dictionary, key, currencyId) {
        // dictionary[key], an integer of smallest units of currencyId, as a decimal string of the currency.
        return this.fromUnits (this.safeString (dictionary, key), this.scaleOf (currencyId));
    }

    // --- market data ---------------------------------------------------------------------------------

    parseTicker (ticker, market = undefined) {
        // An instrument: lastPrice, prevPrice24h (the price 24 h ago), highPrice, lowPrice, bidPrice, askPrice,
        // vwap, homeNotional24h (base volume), foreignNotional24h (quote volume), timestamp.
        market = this.safeMarket (this.safeString (ticker, 'symbol'), market);
        return this.safeTicker ({
            'symbol': market['symbol'],
            'timestamp': this.parse8601 (this.safeString (ticker, 'timestamp')),
            'high': this.safeString (ticker, 'highPrice'),
            'low': this.safeString (ticker, 'lowPrice'),
            'bid': this.safeString (ticker, 'bidPrice'),
            'ask': this.safeString (ticker, 'askPrice'),
            'vwap': this.safeString (ticker, 'vwap'),
            'open': this.safeString (ticker, 'prevPrice24h'),
            'last': this.safeString (ticker, 'lastPrice'),
            'baseVolume': this.safeString (ticker, 'homeNotional24h'),
            'quoteVolume': this.safeString (ticker, 'foreignNotional24h'),
            'info': ticker,
        }, market);
    }

    async fetchTicker (symbol, params = {}) {
        // instrument?symbol: [ instrument ].
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetInstrument (this.extend ({ 'symbol': market['id'] }, params));
        const instrument = this.safeDict (response, 0);
        if (instrument === undefined) {
            throw new BadSymbol (this.id + ' fetchTicker () found no instrument ' + market['id']);
        }
        return this.parseTicker (instrument, market);
    }

    async fetchTickers (symbols = undefined, params = {}) {
        // instrument/active: every active instrument (indices left out: they are not markets).
        await this.loadMarkets ();
        const response = await this.publicGetInstrumentActive (params);
        const result = {};
        for (let i = 0; i < response.length; i++) {
            if (this.safeList (this.marketsById, this.safeString (response[i], 'symbol')) === undefined) {
                continue;
            }
            const ticker = this.parseTicker (response[i]);
            if ((symbols === undefined) || this.inArray (ticker['symbol'], symbols)) {
                result[ticker['symbol']] = ticker;
            }
        }
        return result;
    }

    async fetchOrderBook (symbol, limit = undefined, params = {}) {
        // orderBook/L2?symbol&depth (0: the whole book): [ { symbol, id, side: 'Sell' or 'Buy', size, price,
        // timestamp } ], sizes in contracts (spot: position units).
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'symbol': market['id'] };
        if (limit !== undefined) {
            request['depth'] = limit;
        }
        const response = await this.publicGetOrderBookL2 (this.extend (request, params));
        const bids = [];
        const asks = [];
        let timestamp = undefined;
        for (let i = 0; i < response.length; i++) {
            const level = response[i];
            const entry = [ this.safeString (level, 'price'), this.amountOf (this.safeString (level, 'size'), market) ];
            if (this.safeString (level, 'side') === 'Sell') {
                asks.push (entry);
            } else {
                bids.push (entry);
            }
            const levelTime = this.parse8601 (this.safeString (level, 'timestamp'));
            if ((levelTime !== undefined) && ((timestamp === undefined) || (levelTime > timestamp))) {
                timestamp = levelTime;
            }
        }
        return this.parseOrderBook ({ 'bids': bids, 'asks': asks }, market['symbol'], timestamp);
    }

    parseTrade (trade, market = undefined) {
        // Public trades (trade): { timestamp, symbol, side, size, price, tickDirection, trdMatchID, grossValue,
        // homeNotional, foreignNotional, trdType }. Executions (execution/tradeHistory): { execID, orderID,
        // clOrdID, symbol, side, lastQty, lastPx, lastLiquidityInd: 'AddedLiquidity' or 'RemovedLiquidity',
        // ordType, execType, execComm (in settlCurrency's smallest units), commission (the rate),
        // settlCurrency, transactTime, timestamp, homeNotional, foreignNotional }.
        market = this.safeMarket (this.safeString (trade, 'symbol'), market);
        const liquidity = this.safeString (trade, 'lastLiquidityInd');
        let takerOrMaker = undefined;
        if (liquidity === 'AddedLiquidity') {
            takerOrMaker = 'maker';
        } else if (liquidity === 'RemovedLiquidity') {
            takerOrMaker = 'taker';
        }
        let fee = undefined;
        const settleId = this.safeString (trade, 'settlCurrency');
        const feeCost = this.unitsOf (trade, 'execComm', settleId);
        if (feeCost !== undefined) {
            fee = { 'cost': feeCost, 'currency': this.safeCurrencyCode (settleId), 'rate': this.safeString (trade, 'commission') };
        }
        const ordType = this.safeString (trade, 'ordType');
        return this.safeTrade ({
            'id': this.safeString2 (trade, 'trdMatchID', 'execID'),
            'order': this.safeString (trade, 'orderID'),
            'symbol': market['symbol'],
            'timestamp': this.parse8601 (this.safeString2 (trade, 'transactTime', 'timestamp')),
            'type': (ordType === undefined) ? undefined : this.parseOrderType (ordType),
            'side': this.safeStringLower (trade, 'side'),
            'takerOrMaker': takerOrMaker,
            'price': this.safeString2 (trade, 'lastPx', 'price'), // an execution's price is its order's
            'amount': this.amountOf (this.safeString2 (trade, 'lastQty', 'size'), market),
            'cost': this.safeString (trade, 'foreignNotional'), // the value in the quote currency
            'fee': fee,
            'info': trade,
        }, market);
    }

    async fetchTrades (symbol, since = undefined, limit = undefined, params = {}) {
        // trade?symbol&count&startTime&reverse: the oldest from startTime, or the latest (reverse) without it.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = this.timeRange ({ 'symbol': market['id'] }, since, limit, params);
        const response = await this.publicGetTrade (this.extend (request, this.omit (params, 'until')));
        return this.parseTrades (response, market, since, limit);
    }

    timeRange (request, since, limit, params) {
        // count, startTime, endTime (the unified until) and reverse: the paging params the history routes share;
        // without since the latest entries (reverse: newest first).
        if (limit !== undefined) {
            request['count'] = limit;
        }
        if (since !== undefined) {
            request['startTime'] = this.iso8601 (since);
        } else {
            request['reverse'] = true;
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            request['endTime'] = this.iso8601 (until);
        }
        return request;
    }

    parseOHLCV (ohlcv, market = undefined) {
        // trade/bucketed: { timestamp (the END of the bin), symbol, open, high, low, close, trades, volume,
        // vwap, lastSize, turnover, homeNotional, foreignNotional }; the unified candle opens one bin earlier
        // (fetchOHLCV puts the bin's length in 'duration').
        const closed = this.parse8601 (this.safeString (ohlcv, 'timestamp'));
        return [
            (closed === undefined) ? undefined : closed - this.safeInteger (ohlcv, 'duration', 0),
            this.safeNumber (ohlcv, 'open'),
            this.safeNumber (ohlcv, 'high'),
            this.safeNumber (ohlcv, 'low'),
            this.safeNumber (ohlcv, 'close'),
            this.parseNumber (this.amountOf (this.safeString (ohlcv, 'volume'), market)),
        ];
    }

    async fetchOHLCV (symbol, timeframe = '1m', since = undefined, limit = undefined, params = {}) {
        // trade/bucketed?binSize&symbol&count&startTime&endTime&reverse&partial. params['price'] 'index' asks
        // for the candles of the market's reference index (fetchIndexOHLCV); BitMEX has no mark price candles.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const binSize = this.safeString (this.timeframes, timeframe);
        if (binSize === undefined) {
            throw new BadRequest (this.id + ' fetchOHLCV () does not support the timeframe ' + timeframe + ': one of ' + Object.keys (this.timeframes).join (', '));
        }
        const price = this.safeString (params, 'price');
        let id = market['id'];
        if (price === 'index') {
            id = this.safeString (market['info'], 'referenceSymbol');
            if (id === undefined) {
                throw new NotSupported (this.id + ' fetchOHLCV () price index: ' + symbol + ' has no reference index');
            }
        } else if (price !== undefined) {
            throw new NotSupported (this.id + ' fetchOHLCV () supports the price index only, not price ' + price);
        }
        const duration = this.parseTimeframe (timeframe) * 1000;
        // bins are stamped with their end: the first bin that opens at since ends one bin later
        const start = (since === undefined) ? undefined : since + duration;
        const request = this.timeRange ({ 'binSize': binSize, 'symbol': id, 'partial': false }, start, limit, params);
        const response = await this.publicGetTradeBucketed (this.extend (request, this.omit (params, [ 'until', 'price' ])));
        const candles = [];
        for (let i = 0; i < response.length; i++) {
            candles.push (this.extend (response[i], { 'duration': duration }));
        }
        // an index's candles have no volume: it is not a traded market (its market stays undefined here)
        return this.parseOHLCVs (candles, (price === 'index') ? undefined : market, timeframe, since, limit);
    }

    parseTimeframe (timeframe) {
        // '1m' -> 60, '1h' -> 3600, '1d' -> 86400 (seconds).
        const unit = timeframe.slice (timeframe.length - 1);
        const amount = parseInt (timeframe.slice (0, timeframe.length - 1));
        const seconds = { 'm': 60, 'h': 3600, 'd': 86400 };
        return amount * this.safeInteger (seconds, unit);
    }

    // --- funding and open interest -------------------------------------------------------------------

    parseFundingRate (rate, market = undefined) {
        // An instrument: fundingRate (the rate of the interval that ends at fundingTimestamp), indicativeFundingRate
        // (the predicted rate of the next interval), fundingInterval (a duration written as a date after
        // 2000-01-01: '2000-01-01T08:00:00.000Z' is 8 h), markPrice, indicativeSettlePrice (the index), timestamp.
        market = this.safeMarket (this.safeString (rate, 'symbol'), market);
        const fundingTimestamp = this.parse8601 (this.safeString (rate, 'fundingTimestamp'));
        const interval = this.parse8601 (this.safeString (rate, 'fundingInterval'));
        let nextFundingTimestamp = undefined;
        if ((fundingTimestamp !== undefined) && (interval !== undefined)) {
            nextFundingTimestamp = fundingTimestamp + interval - this.parse8601 ('2000-01-01T00:00:00.000Z');
        }
        return this.safeFundingRate ({
            'symbol': market['symbol'],
            'markPrice': this.safeString (rate, 'markPrice'),
            'indexPrice': this.safeString (rate, 'indicativeSettlePrice'),
            'fundingRate': this.safeString (rate, 'fundingRate'),
            'fundingTimestamp': fundingTimestamp,
            'nextFundingRate': this.safeString (rate, 'indicativeFundingRate'),
            'nextFundingTimestamp': nextFundingTimestamp,
            'timestamp': this.parse8601 (this.safeString (rate, 'timestamp')),
            'info': rate,
        }, market);
    }

    async fetchFundingRate (symbol, params = {}) {
        // instrument?symbol: the funding fields of a perpetual swap.
        await this.loadMarkets ();
        const market = this.market (symbol);
        if (!market['swap']) {
            throw new BadSymbol (this.id + ' fetchFundingRate () is for swaps, not the ' + market['type'] + ' market ' + symbol);
        }
        const response = await this.publicGetInstrument (this.extend ({ 'symbol': market['id'] }, params));
        const instrument = this.safeDict (response, 0);
        if (instrument === undefined) {
            throw new BadSymbol (this.id + ' fetchFundingRate () found no instrument ' + market['id']);
        }
        return this.parseFundingRate (instrument, market);
    }

    async fetchFundingRates (symbols = undefined, params = {}) {
        // instrument/active: the funding of every perpetual swap.
        await this.loadMarkets ();
        const response = await this.publicGetInstrumentActive (params);
        const swaps = [];
        for (let i = 0; i < response.length; i++) {
            const markets = this.safeList (this.marketsById, this.safeString (response[i], 'symbol'), []);
            if ((markets.length > 0) && markets[0]['swap']) {
                swaps.push (response[i]);
            }
        }
        return this.parseFundingRates (swaps, symbols);
    }

    parseFundingRateHistory (entry, market = undefined) {
        // funding: { timestamp, symbol, fundingInterval, fundingRate, fundingRateDaily }.
        market = this.safeMarket (this.safeString (entry, 'symbol'), market);
        return this.safeFundingRateHistory ({
            'symbol': market['symbol'],
            'fundingRate': this.safeString (entry, 'fundingRate'),
            'timestamp': this.parse8601 (this.safeString (entry, 'timestamp')),
            'info': entry,
        }, market);
    }

    async fetchFundingRateHistory (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // funding?symbol&count&startTime&endTime&reverse (every swap without symbol).
        await this.loadMarkets ();
        let market = undefined;
        const request = this.timeRange ({}, since, limit, params);
        if (symbol !== undefined) {
            market = this.market (symbol);
            request['symbol'] = market['id'];
        }
        const response = await this.publicGetFunding (this.extend (request, this.omit (params, 'until')));
        return this.parseFundingRateHistories (response, market, since, limit);
    }

    async fetchOpenInterest (symbol, params = {}) {
        // instrument?symbol: openInterest (contracts), openValue (in the settle currency's smallest units);
        // the value in the quote currency is the contracts' value at the mark price.
        await this.loadMarkets ();
        const market = this.market (symbol);
        if (!market['contract']) {
            throw new BadSymbol (this.id + ' fetchOpenInterest () is for contracts, not the spot market ' + symbol);
        }
        const response = await this.publicGetInstrument (this.extend ({ 'symbol': market['id'] }, params));
        const instrument = this.safeDict (response, 0);
        if (instrument === undefined) {
            throw new BadSymbol (this.id + ' fetchOpenInterest () found no instrument ' + market['id']);
        }
        const amount = this.safeString (instrument, 'openInterest');
        return this.safeOpenInterest ({
            'symbol': market['symbol'],
            'openInterestAmount': amount,
            'openInterestValue': this.contractValue (amount, this.safeString (instrument, 'markPrice'), market),
            'timestamp': this.parse8601 (this.safeString (instrument, 'timestamp')),
            'info': instrument,
        }, market);
    }

    // --- account -------------------------------------------------------------------------------------

    async fetchBalance (params = {}) {
        // user/margin?currency=all: [ { account, currency: 'XBt', walletBalance, marginBalance (the wallet with
        // the unrealised PnL), availableMargin, ... } ] in the currency's smallest units.
        await this.loadMarkets ();
        const response = await this.privateGetUserMargin (this.extend ({ 'currency': 'all' }, params));
        const result = { 'info': response };
        for (let i = 0; i < response.length; i++) {
            const entry = response[i];
            const currencyId = this.safeString (entry, 'currency');
            const account = this.account ();
            account['free'] = this.unitsOf (entry, 'availableMargin', currencyId);
            account['total'] = this.unitsOf (entry, 'marginBalance', currencyId);
            result[this.safeCurrencyCode (currencyId)] = account;
        }
        return this.safeBalance (result);
    }

    async fetchTradingFees (params = {}) {
        // user/commission: { XBTUSD: { makerFee, takerFee, settlementFee, maxFee }, ... } for the account.
        await this.loadMarkets ();
        const response = await this.privateGetUserCommission (params);
        const result = {};
        const ids = Object.keys (response);
        for (let i = 0; i < ids.length; i++) {
            const markets = this.safeList (this.marketsById, ids[i]);
            if (markets === undefined) {
                continue;
            }
            const entry = this.safeDict (response, ids[i]);
            const symbol = markets[0]['symbol'];
            result[symbol] = {
                'symbol': symbol,
                'maker': this.safeNumber (entry, 'makerFee'),
                'taker': this.safeNumber (entry, 'takerFee'),
                'info': entry,
            };
        }
        return result;
    }

    async fetchTradingFee (symbol, params = {}) {
        return await this.tradingFeeOfAll (symbol, params);
    }

    // --- orders --------------------------------------------------------------------------------------

    parseOrderType (ordType) {
        // Market and Stop orders execute at market, Limit and StopLimit at their price; *IfTouched are the
        // take-profit twins.
        const types = {
            'Market': 'market',
            'Stop': 'market',
            'MarketIfTouched': 'market',
            'Limit': 'limit',
            'StopLimit': 'limit',
            'LimitIfTouched': 'limit',
        };
        return this.safeString (types, ordType, ordType);
    }

    parseOrder (order, market = undefined) {
        // { orderID, clOrdID, symbol, side: 'Buy' or 'Sell', orderQty, price, stopPx, ordType, timeInForce,
        // execInst ('ParticipateDoNotInitiate,ReduceOnly', ...), ordStatus, leavesQty, cumQty, avgPx, text,
        // transactTime, timestamp }; quantities in contracts (spot: position units).
        market = this.safeMarket (this.safeString (order, 'symbol'), market);
        const statuses = {
            'New': 'open',
            'PartiallyFilled': 'open',
            'PendingNew': 'open',
            'PendingCancel': 'open', // the cancel is asked for, the order still works until it is done
            'PendingReplace': 'open', // an amend in flight
            'Filled': 'closed',
            'Canceled': 'canceled',
            'Rejected': 'rejected',
            'Expired': 'expired',
        };
        const tifs = { 'GoodTillCancel': 'GTC', 'ImmediateOrCancel': 'IOC', 'FillOrKill': 'FOK' };
        const execInst = this.safeString (order, 'execInst', '');
        const status = this.safeString (order, 'ordStatus');
        const ordType = this.safeString (order, 'ordType');
        return this.safeOrder ({
            'id': this.safeString (order, 'orderID'),
            'clientOrderId': this.safeString (order, 'clOrdID'),
            'symbol': market['symbol'],
            'timestamp': this.parse8601 (this.safeString (order, 'transactTime')),
            'lastUpdateTimestamp': this.parse8601 (this.safeString (order, 'timestamp')),
            'type': (ordType === undefined) ? undefined : this.parseOrderType (ordType),
            'timeInForce': this.safeString (tifs, this.safeString (order, 'timeInForce')),
            'postOnly': execInst.indexOf ('ParticipateDoNotInitiate') >= 0,
            'reduceOnly': (execInst.indexOf ('ReduceOnly') >= 0) || (execInst.indexOf ('Close') >= 0),
            'side': this.safeStringLower (order, 'side'),
            'price': this.safeString (order, 'price'),
            'triggerPrice': this.safeString (order, 'stopPx'),
            'average': this.safeString (order, 'avgPx'),
            'amount': this.amountOf (this.safeString (order, 'orderQty'), market),
            'filled': this.amountOf (this.safeString (order, 'cumQty'), market),
            'remaining': this.amountOf (this.safeString (order, 'leavesQty'), market),
            'status': this.safeString (statuses, status, status),
            'info': order,
        }, market);
    }

    async createOrder (symbol, type, side, amount, price = undefined, params = {}) {
        // POST order { symbol, side: 'Buy' or 'Sell', orderQty (contracts; spot: position units), ordType,
        // price, stopPx, execInst, timeInForce, clOrdID }. postOnly is execInst ParticipateDoNotInitiate,
        // reduceOnly execInst ReduceOnly; triggerPrice and stopLossPrice make a Stop (StopLimit) order,
        // takeProfitPrice a MarketIfTouched (LimitIfTouched) one, at stopPx; timeInForce GTC, IOC, FOK are
        // GoodTillCancel, ImmediateOrCancel, FillOrKill; clientOrderId is clOrdID.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const [ unified, rest ] = this.unifiedOrderParams (type, params);
        this.rejectUnifiedParams ('createOrder', unified, [ 'cost' ]);
        if ((type !== 'market') && (type !== 'limit')) {
            throw new InvalidOrder (this.id + ' createOrder () type must be market or limit, not ' + type);
        }
        if (unified['reduceOnly'] && !market['contract']) {
            throw new InvalidOrder (this.id + ' createOrder () reduceOnly is for contract markets, not ' + symbol);
        }
        const request = {
            'symbol': market['id'],
            'side': (side === 'buy') ? 'Buy' : 'Sell',
            'orderQty': this.orderQuantity (symbol, amount),
        };
        let ordType = (type === 'limit') ? 'Limit' : 'Market';
        const trigger = unified['trigger'];
        if (trigger !== undefined) {
            if (unified['triggerKind'] === 'takeProfitPrice') {
                ordType = (type === 'limit') ? 'LimitIfTouched' : 'MarketIfTouched';
            } else {
                ordType = (type === 'limit') ? 'StopLimit' : 'Stop';
            }
            request['stopPx'] = this.parseNumber (this.priceToPrecision (symbol, trigger));
        }
        request['ordType'] = ordType;
        if (type === 'limit') {
            if (price === undefined) {
                throw new ArgumentsRequired (this.id + ' createOrder () requires a price for a limit order');
            }
            request['price'] = this.parseNumber (this.priceToPrecision (symbol, price));
        }
        const execInst = [];
        if (unified['postOnly']) {
            execInst.push ('ParticipateDoNotInitiate');
        }
        if (unified['reduceOnly']) {
            execInst.push ('ReduceOnly');
        }
        if (execInst.length > 0) {
            request['execInst'] = execInst.join (',');
        }
        const tifs = { 'GTC': 'GoodTillCancel', 'IOC': 'ImmediateOrCancel', 'FOK': 'FillOrKill' };
        if (unified['timeInForce'] !== undefined) {
            request['timeInForce'] = this.safeString (tifs, unified['timeInForce']);
        }
        if (unified['clientOrderId'] !== undefined) {
            request['clOrdID'] = unified['clientOrderId'];
        }
        const response = await this.privatePostOrder (this.extend (request, rest));
        return this.parseOrder (response, market);
    }

    async editOrder (id, symbol, type, side, amount = undefined, price = undefined, params = {}) {
        // PUT order { orderID, orderQty (the new total), price, stopPx (the unified triggerPrice) }; the order's
        // type, side and execInst stay (postOnly cannot be changed: NotSupported).
        await this.loadMarkets ();
        const market = this.market (symbol);
        if (this.safeBool (params, 'postOnly') !== undefined) {
            throw new NotSupported (this.id + ' editOrder () cannot change postOnly (execInst) of an order');
        }
        const request = { 'orderID': id };
        if (amount !== undefined) {
            request['orderQty'] = this.orderQuantity (symbol, amount);
        }
        if (price !== undefined) {
            request['price'] = this.parseNumber (this.priceToPrecision (symbol, price));
        }
        const triggerPrice = this.safeString (params, 'triggerPrice');
        if (triggerPrice !== undefined) {
            request['stopPx'] = this.parseNumber (this.priceToPrecision (symbol, triggerPrice));
        }
        const response = await this.privatePutOrder (this.extend (request, this.omit (params, [ 'triggerPrice', 'postOnly' ])));
        return this.parseOrder (response, market);
    }

    async cancelOrder (id, symbol = undefined, params = {}) {
        // DELETE order?orderID (or clOrdID: params['clientOrderId']): [ order ]; an order that cannot be canceled
        // comes back with an 'error' text ("Unable to cancel order due to existing state: Filled").
        await this.loadMarkets ();
        const clientOrderId = this.safeString (params, 'clientOrderId');
        const request = {};
        if (clientOrderId !== undefined) {
            request['clOrdID'] = clientOrderId;
        } else {
            request['orderID'] = id;
        }
        const response = await this.privateDeleteOrder (this.extend (request, this.omit (params, 'clientOrderId')));
        const order = this.safeDict (response, 0);
        if (order === undefined) {
            throw new OrderNotFound (this.id + ' cancelOrder () found no order ' + id);
        }
        const error = this.safeString (order, 'error');
        if (error !== undefined) {
            throw new OrderNotFound (this.id + ' cancelOrder () ' + error);
        }
        return this.parseOrder (order, (symbol === undefined) ? undefined : this.market (symbol));
    }

    async cancelAllOrders (symbol = undefined, params = {}) {
        // DELETE order/all?symbol: the canceled orders.
        await this.loadMarkets ();
        let market = undefined;
        const request = {};
        if (symbol !== undefined) {
            market = this.market (symbol);
            request['symbol'] = market['id'];
        }
        const response = await this.privateDeleteOrderAll (this.extend (request, params));
        return this.parseOrders (response, market);
    }

    async fetchOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // order?symbol&filter&count&startTime&endTime&reverse: open and closed orders.
        return await this.fetchOrdersBy (undefined, symbol, since, limit, params);
    }

    async fetchOrdersBy (filter, symbol, since, limit, params) {
        await this.loadMarkets ();
        let market = undefined;
        const request = this.timeRange ({}, since, limit, params);
        if (symbol !== undefined) {
            market = this.market (symbol);
            request['symbol'] = market['id'];
        }
        if (filter !== undefined) {
            request['filter'] = this.json (filter);
        }
        const response = await this.privateGetOrder (this.extend (request, this.omit (params, 'until')));
        return this.parseOrders (response, market, since, limit);
    }

    async fetchOpenOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // order?filter={"open":true}.
        return await this.fetchOrdersBy ({ 'open': true }, symbol, since, limit, params);
    }

    async fetchClosedOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // order (the filter documents no match on several statuses): the orders of the page no longer open.
        const orders = await this.fetchOrdersBy (undefined, symbol, since, limit, params);
        const result = [];
        for (let i = 0; i < orders.length; i++) {
            if (orders[i]['status'] !== 'open') {
                result.push (orders[i]);
            }
        }
        return result;
    }

    async fetchOrder (id, symbol = undefined, params = {}) {
        // order?filter={"orderID":id}: [ order ].
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const request = { 'filter': this.json ({ 'orderID': id }) };
        const response = await this.privateGetOrder (this.extend (request, params));
        const order = this.safeDict (response, 0);
        if (order === undefined) {
            throw new OrderNotFound (this.id + ' fetchOrder () found no order ' + id);
        }
        return this.parseOrder (order, market);
    }

    async fetchMyTrades (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // execution/tradeHistory?symbol&count&startTime&endTime&reverse: the account's fills.
        await this.loadMarkets ();
        let market = undefined;
        const request = this.timeRange ({}, since, limit, params);
        if (symbol !== undefined) {
            market = this.market (symbol);
            request['symbol'] = market['id'];
        }
        const response = await this.privateGetExecutionTradeHistory (this.extend (request, this.omit (params, 'until')));
        return this.parseTrades (this.fillsOf (response), market, since, limit);
    }

    fillsOf (executions) {
        // execution/tradeHistory lists every balance-affecting execution: the fills (execType 'Trade') and the
        // funding payments ('Funding') and settlements ('Settlement') of positions, which are no trades.
        const result = [];
        for (let i = 0; i < executions.length; i++) {
            const execType = this.safeString (executions[i], 'execType');
            if ((execType === undefined) || (execType === 'Trade')) {
                result.push (executions[i]);
            }
        }
        return result;
    }

    async fetchOrderTrades (id, symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // execution/tradeHistory?filter={"orderID":id}: the fills of one order.
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const request = { 'filter': this.json ({ 'orderID': id }) };
        if (limit !== undefined) {
            request['count'] = limit;
        }
        const response = await this.privateGetExecutionTradeHistory (this.extend (request, params));
        return this.parseTrades (this.fillsOf (response), market, since, limit);
    }

    // --- positions and leverage ----------------------------------------------------------------------

    parsePosition (position, market = undefined) {
        // { account, symbol, currency (the margin currency, 'XBt'), underlying, quoteCurrency, leverage,
        // crossMargin, currentQty (signed contracts), markPrice, liquidationPrice, avgEntryPrice, homeNotional,
        // foreignNotional (the value in the quote currency, negative for a long inverse position), posMaint,
        // posMargin, realisedPnl, unrealisedPnl (in the currency's smallest units), unrealisedRoePcnt (the PnL as a
        // fraction of the position's margin), isOpen, timestamp }. posInit was removed from the route in 2023
        // (https://www.bitmex.com/static/md/en-US/apiChangelog): initialMargin stays undefined.
        market = this.safeMarket (this.safeString (position, 'symbol'), market);
        const currencyId = this.safeString (position, 'currency');
        const cross = this.safeBool (position, 'crossMargin');
        let marginMode = undefined;
        if (cross !== undefined) {
            marginMode = cross ? 'cross' : 'isolated';
        }
        return this.safePosition ({
            'symbol': market['symbol'],
            'timestamp': this.parse8601 (this.safeString (position, 'timestamp')),
            'contracts': this.safeString (position, 'currentQty'),
            'notional': this.safeString (position, 'foreignNotional'),
            'leverage': this.safeString (position, 'leverage'),
            'entryPrice': this.safeString (position, 'avgEntryPrice'),
            'markPrice': this.safeString (position, 'markPrice'),
            'liquidationPrice': this.safeString (position, 'liquidationPrice'),
            'unrealizedPnl': this.unitsOf (position, 'unrealisedPnl', currencyId),
            'realizedPnl': this.unitsOf (position, 'realisedPnl', currencyId),
            'collateral': this.unitsOf (position, 'posMargin', currencyId),
            'maintenanceMargin': this.unitsOf (position, 'posMaint', currencyId),
            'marginMode': marginMode,
            'percentage': Precise.stringMul (this.safeString (position, 'unrealisedRoePcnt'), '100'),
            'info': position,
        }, market);
    }

    async fetchPositions (symbols = undefined, params = {}) {
        // position: the account's positions (one per contract it has traded; open ones have isOpen true).
        await this.loadMarkets ();
        const response = await this.privateGetPosition (params);
        return this.parsePositions (response, symbols);
    }

    async fetchPosition (symbol, params = {}) {
        // position?filter={"symbol":id}: [ position ], or [] for a contract never traded (a flat position).
        await this.loadMarkets ();
        const market = this.market (symbol);
        const position = await this.positionOf (market, params);
        if (position === undefined) {
            return this.safePosition ({ 'symbol': market['symbol'], 'contracts': '0' }, market);
        }
        return this.parsePosition (position, market);
    }

    async positionOf (market, params) {
        const request = { 'filter': this.json ({ 'symbol': market['id'] }) };
        const response = await this.privateGetPosition (this.extend (request, params));
        return this.safeDict (response, 0);
    }

    leverageOf (position, market) {
        // The Leverage structure of a position: one leverage for both sides; crossMargin gives the mode.
        const cross = this.safeBool (position, 'crossMargin');
        let marginMode = undefined;
        if (cross !== undefined) {
            marginMode = cross ? 'cross' : 'isolated';
        }
        return this.safeLeverage ({
            'symbol': market['symbol'],
            'marginMode': marginMode,
            'leverage': this.safeString (position, 'leverage'),
            'info': position,
        }, market);
    }

    async fetchLeverage (symbol, params = {}) {
        // The leverage and margin mode of the account's position in a contract (position?filter).
        await this.loadMarkets ();
        const market = this.market (symbol);
        const position = await this.positionOf (market, params);
        if (position === undefined) {
            throw new BadRequest (this.id + ' fetchLeverage () found no position of ' + symbol + ': its leverage is set with its first order');
        }
        return this.leverageOf (position, market);
    }

    async setLeverage (leverage, symbol = undefined, params = {}) {
        // POST position/leverage { symbol, leverage }: 0.01 to 100 makes the position isolated with that leverage,
        // 0 makes it cross; the position comes back.
        if (symbol === undefined) {
            throw new ArgumentsRequired (this.id + ' setLeverage () requires a symbol: leverage is set per contract');
        }
        await this.loadMarkets ();
        const market = this.market (symbol);
        if (!market['contract']) {
            throw new BadSymbol (this.id + ' setLeverage () is for contracts, not the spot market ' + symbol);
        }
        const request = { 'symbol': market['id'], 'leverage': leverage };
        const response = await this.privatePostPositionLeverage (this.extend (request, params));
        return this.leverageOf (response, market);
    }

    async setMarginMode (marginMode, symbol = undefined, params = {}) {
        // POST position/isolate { symbol, enabled }: enabled true isolates the position's margin, false makes it
        // cross; the position comes back.
        if (symbol === undefined) {
            throw new ArgumentsRequired (this.id + ' setMarginMode () requires a symbol: the margin mode is set per contract');
        }
        const mode = marginMode.toLowerCase ();
        if ((mode !== 'isolated') && (mode !== 'cross')) {
            throw new BadRequest (this.id + ' setMarginMode () marginMode must be isolated or cross, not ' + marginMode);
        }
        await this.loadMarkets ();
        const market = this.market (symbol);
        if (!market['contract']) {
            throw new BadSymbol (this.id + ' setMarginMode () is for contracts, not the spot market ' + symbol);
        }
        const request = { 'symbol': market['id'], 'enabled': mode === 'isolated' };
        const response = await this.privatePostPositionIsolate (this.extend (request, params));
        const cross = this.safeBool (response, 'crossMargin');
        let reported = mode;
        if (cross !== undefined) {
            reported = cross ? 'cross' : 'isolated';
        }
        return this.safeMarginMode ({ 'symbol': market['symbol'], 'marginMode': reported, 'info': response }, market);
    }

    // --- funding: deposits, withdrawals and the ledger -----------------------------------------------

    parseTransaction (transaction, currency = undefined) {
        // user/walletHistory's Deposit and Withdrawal entries, and requestWithdrawal's answer: { transactID,
        // account, currency: 'XBt', network, transactType, amount (signed, smallest units), fee, transactStatus,
        // address, tx, text, transactTime, walletBalance, timestamp }.
        const currencyId = this.safeString (transaction, 'currency');
        const code = this.safeCurrencyCode (currencyId, currency);
        const kind = this.safeString (transaction, 'transactType');
        let type = undefined;
        if (kind === 'Deposit') {
            type = 'deposit';
        } else if (kind === 'Withdrawal') {
            type = 'withdrawal';
        }
        const feeCost = this.unitsOf (transaction, 'fee', currencyId);
        const status = this.safeString (transaction, 'transactStatus');
        const networkId = this.safeString (transaction, 'network');
        return this.safeTransaction ({
            'id': this.safeString (transaction, 'transactID'),
            'txid': this.safeString (transaction, 'tx'),
            'timestamp': this.parse8601 (this.safeString (transaction, 'transactTime')),
            'network': (networkId === undefined) ? undefined : this.networkCode (networkId),
            'address': this.safeString (transaction, 'address'),
            'type': type,
            'amount': this.unitsOf (transaction, 'amount', currencyId),
            'currency': code,
            'status': this.safeString (this.options['transactionStatuses'], status, status),
            'updated': this.parse8601 (this.safeString (transaction, 'timestamp')),
            'fee': (feeCost === undefined) ? undefined : { 'cost': feeCost, 'currency': code },
            'info': transaction,
        }, currency);
    }

    async walletHistory (code, params, method) {
        // user/walletHistory?currency (all without code)&count: the newest first; it takes no time range.
        await this.loadMarkets ();
        if (this.safeValue (params, 'until') !== undefined) {
            throw new NotSupported (this.id + ' ' + method + ' () does not support the unified param until: user/walletHistory has no time range');
        }
        let currency = undefined;
        const request = { 'currency': 'all' };
        if (code !== undefined) {
            currency = this.currency (code);
            request['currency'] = currency['id'];
        }
        const response = await this.privateGetUserWalletHistory (this.extend (request, params));
        return [ response, currency ];
    }

    async fetchTransactionsOf (kind, code, since, limit, params, method) {
        const [ response, currency ] = await this.walletHistory (code, params, method);
        const entries = [];
        for (let i = 0; i < response.length; i++) {
            const type = this.safeString (response[i], 'transactType');
            if ((type === kind) || ((kind === undefined) && ((type === 'Deposit') || (type === 'Withdrawal')))) {
                entries.push (response[i]);
            }
        }
        return this.parseTransactions (entries, currency, since, limit);
    }

    async fetchDeposits (code = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchTransactionsOf ('Deposit', code, since, limit, params, 'fetchDeposits');
    }

    async fetchWithdrawals (code = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchTransactionsOf ('Withdrawal', code, since, limit, params, 'fetchWithdrawals');
    }

    async fetchTransactions (code = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchTransactionsOf (undefined, code, since, limit, params, 'fetchTransactions');
    }

    parseLedgerEntry (item, currency = undefined) {
        // A user/walletHistory entry: the signed amount and walletBalance (the balance after it).
        const currencyId = this.safeString (item, 'currency');
        const code = this.safeCurrencyCode (currencyId, currency);
        const feeCost = this.unitsOf (item, 'fee', currencyId);
        const status = this.safeString (item, 'transactStatus');
        const type = this.safeString (item, 'transactType');
        return this.safeLedgerEntry ({
            'id': this.safeString (item, 'transactID'),
            'timestamp': this.parse8601 (this.safeString (item, 'transactTime')),
            'account': this.safeString (item, 'account'),
            'referenceId': this.safeString (item, 'tx'),
            'type': this.safeString (this.options['ledgerTypes'], type, type),
            'currency': code,
            'amount': this.unitsOf (item, 'amount', currencyId),
            'after': this.unitsOf (item, 'walletBalance', currencyId),
            'status': this.safeString (this.options['transactionStatuses'], status, status),
            'fee': (feeCost === undefined) ? undefined : { 'cost': feeCost, 'currency': code },
            'info': item,
        }, currency);
    }

    async fetchLedger (code = undefined, since = undefined, limit = undefined, params = {}) {
        const [ response, currency ] = await this.walletHistory (code, params, 'fetchLedger');
        return this.parseLedger (response, currency, since, limit);
    }

    async fetchDepositAddress (code, params = {}) {
        // user/depositAddress?currency&network: the address, as a JSON string. The unified network param (BTC,
        // ERC20, ...) picks the network; without it the currency's only network, or BTC for bitcoin.
        await this.loadMarkets ();
        const currency = this.currency (code);
        const network = this.networkOf (currency, params, 'fetchDepositAddress');
        const request = { 'currency': currency['id'], 'network': this.networkId (network, currency) };
        const response = await this.privateGetUserDepositAddress (this.extend (request, this.omit (params, 'network')));
        return {
            'currency': currency['code'],
            'address': response,
            'tag': undefined,
            'network': network,
            'info': response,
        };
    }

    networkOf (currency, params, method) {
        // The unified network of a request: params['network'], else the currency's only one, else BTC for BTC.
        const network = this.safeStringUpper (params, 'network');
        if (network !== undefined) {
            return network;
        }
        const networks = Object.keys (this.safeDict (currency, 'networks', {}));
        if (networks.length === 1) {
            return networks[0];
        }
        if (currency['code'] === 'BTC') {
            return 'BTC';
        }
        throw new ArgumentsRequired (this.id + ' ' + method + ' () requires params[\'network\'] for ' + currency['code']);
    }

    async withdraw (code, amount, address, tag = undefined, params = {}) {
        // POST user/requestWithdrawal { currency, network, amount (smallest units), address }: the withdrawal's
        // walletHistory entry. Addresses that need a memo are not supported (the route takes none).
        if (tag !== undefined) {
            throw new NotSupported (this.id + ' withdraw () takes no tag (memo)');
        }
        await this.loadMarkets ();
        const currency = this.currency (code);
        const network = this.networkOf (currency, params, 'withdraw');
        const request = {
            'currency': currency['id'],
            'network': this.networkId (network, currency),
            'amount': this.toUnits (amount, currency['id']),
            'address': address,
        };
        const response = await this.privatePostUserRequestWithdrawal (this.extend (request, this.omit (params, 'network')));
        return this.parseTransaction (response, currency);
    }

    // --- the request pipeline ------------------------------------------------------------------------

    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        // GET and DELETE carry their params in the query, POST and PUT as a JSON body. A private request is
        // signed with api-signature = hex HMAC-SHA256 (secret, verb + path with its query + api-expires + body),
        // api-expires a time in seconds after which the request is refused.
        let requestPath = '/api/' + this.version + '/' + this.implodeParams (path, params);
        const query = this.omit (params, this.extractParams (path));
        const hasBody = (method === 'POST') || (method === 'PUT');
        if (!hasBody && (Object.keys (query).length > 0)) {
            requestPath = requestPath + '?' + this.urlencode (query);
        }
        const url = this.safeString (this.urls['api'], api) + requestPath;
        if (hasBody) {
            body = (Object.keys (query).length > 0) ? this.json (query) : '{}'; // (PHP writes an empty dictionary as [])
            headers = { 'Content-Type': 'application/json' };
        }
        if (api === 'private') {
            this.checkRequiredCredentials ();
            const expires = this.numberToString (this.seconds () + this.options['api-expires']);
            const payload = method + requestPath + expires + ((body === undefined) ? '' : body);
            headers = this.extend ((headers === undefined) ? {} : headers, {
                'api-expires': expires,
                'api-key': this.apiKey,
                'api-signature': this.hmac (this.encode (payload), this.encode (this.secret), 'sha256'),
            });
        }
        return { 'url': url, 'method': method, 'body': body, 'headers': headers };
    }

    handleErrors (status, reason, url, method, responseHeaders, responseBody, response, requestHeaders, requestBody) {
        // { "error": { "message": "...", "name": "HTTPError" } } with a 4xx or 5xx status: the message picks the
        // error class; otherwise a 400 is BadRequest and anything else an ExchangeError.
        if ((response === undefined) || Array.isArray (response) || (typeof response !== 'object')) {
            return;
        }
        const error = this.safeDict (response, 'error');
        if (error === undefined) {
            return;
        }
        const message = this.safeString (error, 'message', '');
        const feedback = this.id + ' ' + method + ' ' + url + ' ' + message;
        this.throwExactlyMatchedException (this.exceptions['exact'], message, feedback);
        this.throwBroadlyMatchedException (this.exceptions['broad'], message, feedback);
        if (status === 400) {
            throw new BadRequest (feedback);
        }
        throw new ExchangeError (feedback);
    }
}
