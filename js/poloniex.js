// Poloniex spot REST API: https://api-docs.poloniex.com/spot/
import Exchange from './base/Exchange.js';
import { AccountSuspended, ArgumentsRequired, AuthenticationError, BadRequest, BadResponse, BadSymbol, ExchangeError, ExchangeNotAvailable, InsufficientFunds, InvalidOrder, OnMaintenance, PermissionDenied, RateLimitExceeded, RequestTimeout } from './base/errors.js';
import Precise from './base/Precise.js';
import { TICK_SIZE } from './base/functions/number.js';

export default class poloniex extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'poloniex',
            'name': 'Poloniex',
            'countries': [ 'US' ],
            // exchanges.tsv lists the legacy command API (public?command=..., tradingApi), which Poloniex
            // has retired; this is the current documented spot API at api.poloniex.com, unversioned.
            'version': undefined,
            // Market data allows 200 requests per second, orders 50, other private calls 10 (cost 20).
            'rateLimit': 5,
            'has': {
                'fetchCurrencies': true,
                'fetchTime': true,
                'fetchTradingFees': true,
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
                'createDepositAddress': true,
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
                'logo': 'https://poloniex.com/images/logo.svg',
                'api': 'https://api.poloniex.com',
                'www': 'https://poloniex.com',
                'doc': 'https://api-docs.poloniex.com/spot/',
                'fees': 'https://poloniex.com/fees',
                // WebSocket: https://api-docs.poloniex.com/spot/websocket/
                'ws': {
                    'public': 'wss://ws.poloniex.com/ws/public',
                    'private': 'wss://ws.poloniex.com/ws/private',
                },
            },
            'api': {
                'public': {
                    'get': {
                        'markets': 1,
                        'markets/{symbol}': 1,
                        'currencies': 1,
                        'currencies/{currency}': 1,
                        'v2/currencies': 1,
                        'v2/currencies/{currency}': 1,
                        'timestamp': 1,
                        'markets/price': 1,
                        'markets/{symbol}/price': 1,
                        'markets/markPrice': 1,
                        'markets/{symbol}/markPrice': 1,
                        'markets/{symbol}/markPriceComponents': 1,
                        'markets/{symbol}/orderBook': 1,
                        'markets/{symbol}/candles': 1,
                        'markets/{symbol}/trades': 1,
                        'markets/ticker24h': 1,
                        'markets/{symbol}/ticker24h': 1,
                        'markets/collateralInfo': 1,
                        'markets/{currency}/collateralInfo': 1,
                        'markets/borrowRatesInfo': 1,
                    },
                },
                'private': {
                    'get': {
                        'accounts': 20,
                        'accounts/balances': 20,
                        'accounts/{id}/balances': 20,
                        'accounts/activity': 20,
                        'accounts/transfer': 20,
                        'accounts/transfer/{id}': 20,
                        'accounts/interest/history': 20,
                        'feeinfo': 20,
                        'subaccounts': 20,
                        'subaccounts/balances': 20,
                        'subaccounts/{id}/balances': 20,
                        'subaccounts/transfer': 20,
                        'subaccounts/transfer/{id}': 20,
                        'wallets/addresses': 20,
                        'wallets/addresses/{currency}': 20,
                        'wallets/activity': 20,
                        'margin/accountMargin': 20,
                        'margin/borrowStatus': 20,
                        'margin/maxSize': 20,
                        'orders': 4,
                        'orders/{id}': 4,
                        'orders/killSwitchStatus': 4,
                        'orders/history': 20,
                        'smartorders': 4,
                        'smartorders/{id}': 4,
                        'smartorders/history': 20,
                        'trades': 20,
                        'orders/{id}/trades': 4,
                    },
                    'post': {
                        'accounts/transfer': 20,
                        'subaccounts/transfer': 20,
                        'wallets/address': 20,
                        'wallets/withdraw': 20,
                        'v2/wallets/withdraw': 20,
                        'orders': 4,
                        'orders/batch': 4,
                        'orders/killSwitch': 4,
                        'smartorders': 4,
                    },
                    'put': {
                        'orders/{id}': 4,
                        'smartorders/{id}': 4,
                    },
                    'delete': {
                        'orders/{id}': 4,
                        'orders/cancelByIds': 4,
                        'orders': 4,
                        'smartorders/{id}': 4,
                        'smartorders/cancelByIds': 4,
                        'smartorders': 4,
                    },
                },
            },
            'timeframes': {
                '1m': 'MINUTE_1',
                '5m': 'MINUTE_5',
                '10m': 'MINUTE_10',
                '15m': 'MINUTE_15',
                '30m': 'MINUTE_30',
                '1h': 'HOUR_1',
                '2h': 'HOUR_2',
                '4h': 'HOUR_4',
                '6h': 'HOUR_6',
                '12h': 'HOUR_12',
                '1d': 'DAY_1',
                '3d': 'DAY_3',
                '1w': 'WEEK_1',
                '1M': 'MONTH_1',
            },
            'requiredCredentials': {
                'apiKey': true,
                'secret': true,
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
                // POST /orders names its client order id clientOrderId, as the unified param does, with the same
                // values (certify: CERT-P001).
                'sameNameParams': [ 'clientOrderId' ],
                // transfer's unified accounts and Poloniex's account names (accounts/transfer).
                'accountsByType': {
                    'spot': 'SPOT',
                    'futures': 'FUTURES',
                },
                // Unified network codes and Poloniex's chain names: a token on another chain than its own is
                // the currency of that chain, named by the token and the chain (USDT on Tron is USDTTRON).
                'networks': {
                    'ERC20': 'ETH',
                    'TRC20': 'TRON',
                    'BEP20': 'BSC',
                },
                'orderStatuses': {
                    'NEW': 'open',
                    'PARTIALLY_FILLED': 'open',
                    'PENDING_CANCEL': 'open',
                    'FILLED': 'closed',
                    'PARTIALLY_CANCELED': 'canceled',
                    'CANCELED': 'canceled',
                    'FAILED': 'rejected',
                },
                'transactionStatuses': {
                    'COMPLETED': 'ok',
                    'COMPLETE': 'ok',
                    'PENDING': 'pending',
                    'AWAITING APPROVAL': 'pending',
                    'CANCELED': 'canceled',
                    'FAILED': 'failed',
                },
                // wallets/activity needs a start: without since, this many days back.
                'transactionsDays': 30,
            },
            'exceptions': {
                'exact': {
                    '500': ExchangeNotAvailable,
                    '603': RequestTimeout,
                    '601': BadRequest,
                    '415': ExchangeNotAvailable,
                    '602': BadRequest,
                    '21604': BadRequest,
                    '21600': AuthenticationError,
                    '21605': BadRequest,
                    '21102': BadRequest,
                    '21100': AuthenticationError,
                    '21704': BadRequest,
                    '21700': ExchangeError,
                    '21705': BadRequest,
                    '21707': ExchangeNotAvailable,
                    '21708': PermissionDenied,
                    '21601': AccountSuspended,
                    '21711': PermissionDenied,
                    '21709': InsufficientFunds,
                    '21110': BadSymbol,
                    '10040': BadSymbol,
                    '10060': BadSymbol,
                    '10020': BadRequest,
                    '10041': InvalidOrder,
                    '21340': OnMaintenance,
                    '21341': OnMaintenance,
                },
                'broad': {
                    'Insufficient balance': InsufficientFunds,
                    'Invalid symbol': BadSymbol,
                    'Unauthorized': AuthenticationError,
                    'Illegal of api key': AuthenticationError,
                    'Too many requests': RateLimitExceeded,
                },
            },
        });
    }

    // --- markets and currencies ----------------------------------------------------------------------

    async fetchTime (params = {}) {
        // timestamp: { serverTime } in milliseconds.
        const response = await this.publicGetTimestamp (params);
        return this.safeInteger (response, 'serverTime');
    }

    async fetchTradingFees (params = {}) {
        // feeinfo: the account's makerRate and takerRate, the same for every market.
        await this.loadMarkets ();
        const response = await this.privateGetFeeinfo (params);
        const fees = {};
        for (let i = 0; i < this.symbols.length; i++) {
            const symbol = this.symbols[i];
            fees[symbol] = {
                'symbol': symbol,
                'maker': this.safeNumber (response, 'makerRate'),
                'taker': this.safeNumber (response, 'takerRate'),
                'info': response,
            };
        }
        return fees;
    }

    async fetchTradingFee (symbol, params = {}) {
        // feeinfo's rates hold for every market.
        return await this.tradingFeeOfAll (symbol, params);
    }

    async fetchDepositWithdrawFees (codes = undefined, params = {}) {
        // currencies, as fetchCurrencies reads it: each currency's withdrawalFee, on its own chain.
        const currencies = await this.fetchCurrencies (params);
        return this.depositWithdrawFeesFromCurrencies (currencies, codes);
    }

    async fetchCurrencies (params = {}) {
        // A list of one-entry dictionaries: [ { "BTC": { ... } }, { "ETH": { ... } } ]; the result is keyed by
        // unified code, each currency with its own blockchain as its network.
        const response = await this.publicGetCurrencies (params);
        const result = {};
        for (let i = 0; i < response.length; i++) {
            const ids = Object.keys (response[i]);
            for (let j = 0; j < ids.length; j++) {
                const id = ids[j];
                const entry = this.safeValue (response[i], id);
                const deposit = this.safeString (entry, 'walletDepositState') === 'ENABLED';
                const withdraw = this.safeString (entry, 'walletWithdrawalState') === 'ENABLED';
                const code = this.safeCurrencyCode (id);
                const active = deposit && withdraw && (this.safeBool (entry, 'delisted') === false);
                const fee = this.safeNumber (entry, 'withdrawalFee');
                const blockchain = this.safeString (entry, 'blockchain');
                const networks = {};
                if (blockchain !== undefined) {
                    const networkCode = this.networkCode (blockchain);
                    networks[networkCode] = { 'id': blockchain, 'network': networkCode, 'active': active, 'deposit': deposit, 'withdraw': withdraw, 'fee': fee };
                }
                result[code] = {
                    'id': id,
                    'code': code,
                    'name': this.safeString (entry, 'name'),
                    'active': active,
                    'deposit': deposit,
                    'withdraw': withdraw,
                    'fee': fee,
                    'networks': networks,
                    'info': entry,
                };
            }
        }
        return result;
    }

    async fetchMarkets (params = {}) {
        const response = await this.publicGetMarkets (params);
        const result = [];
        for (let i = 0; i < response.length; i++) {
            const entry = response[i];
            const baseId = this.safeString (entry, 'baseCurrencyName');
            const quoteId = this.safeString (entry, 'quoteCurrencyName');
            const base = this.safeCurrencyCode (baseId);
            const quote = this.safeCurrencyCode (quoteId);
            const limits = this.safeDict (entry, 'symbolTradeLimit', {});
            result.push (this.safeMarketStructure ({
                'id': this.safeString (entry, 'symbol'),
                'symbol': base + '/' + quote,
                'base': base,
                'quote': quote,
                'baseId': baseId,
                'quoteId': quoteId,
                'active': this.safeString (entry, 'state') === 'NORMAL',
                'type': 'spot',
                'spot': true,
                'taker': this.fees['trading']['taker'],
                'maker': this.fees['trading']['maker'],
                // quantityScale and priceScale count decimal places; the precision is the step they allow
                'precision': {
                    'amount': this.parseNumber (this.parsePrecision (this.safeString (limits, 'quantityScale'))),
                    'price': this.parseNumber (this.parsePrecision (this.safeString (limits, 'priceScale'))),
                },
                // maxQuantity and maxAmount of 0 mean no maximum (the docs: 'If it is equal to 0, no check').
                'limits': {
                    'amount': { 'min': this.safeNumber (limits, 'minQuantity'), 'max': this.positiveNumber (limits, 'maxQuantity') },
                    'price': { 'min': undefined, 'max': undefined },
                    'cost': { 'min': this.safeNumber (limits, 'minAmount'), 'max': this.positiveNumber (limits, 'maxAmount') },
                },
                'info': entry,
            }));
        }
        return result;
    }

    positiveNumber (dictionary, key) {
        // The number under key, undefined when it is missing or not above 0.
        const value = this.safeString (dictionary, key);
        if ((value === undefined) || !Precise.stringGt (value, '0')) {
            return undefined;
        }
        return this.parseNumber (value);
    }

    orderType (type) {
        // MARKET, LIMIT and LIMIT_MAKER (a post-only limit order): [ unified type, postOnly ].
        if (type === undefined) {
            return [ undefined, undefined ];
        }
        if (type === 'LIMIT_MAKER') {
            return [ 'limit', true ];
        }
        return [ type.toLowerCase (), undefined ];
    }

    // --- market data ---------------------------------------------------------------------------------

    parseTicker (ticker, market = undefined) {
        // dailyChange is a ratio: 0.0137 is 1.37 %.
        const change = this.safeString (ticker, 'dailyChange');
        return this.safeTicker ({
            'symbol': this.safeSymbol (this.safeString (ticker, 'symbol'), market),
            'timestamp': this.safeInteger (ticker, 'ts'),
            'high': this.safeString (ticker, 'high'),
            'low': this.safeString (ticker, 'low'),
            'bid': this.safeString (ticker, 'bid'),
            'bidVolume': this.safeString (ticker, 'bidQuantity'),
            'ask': this.safeString (ticker, 'ask'),
            'askVolume': this.safeString (ticker, 'askQuantity'),
            'open': this.safeString (ticker, 'open'),
            'last': this.safeString (ticker, 'close'),
            'percentage': (change === undefined) ? undefined : Precise.stringMul (change, '100'),
            'baseVolume': this.safeString (ticker, 'quantity'),
            'quoteVolume': this.safeString (ticker, 'amount'),
            'info': ticker,
        }, market);
    }

    async fetchTicker (symbol, params = {}) {
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetMarketsSymbolTicker24h (this.extend ({ 'symbol': market['id'] }, params));
        return this.parseTicker (response, market);
    }

    async fetchTickers (symbols = undefined, params = {}) {
        await this.loadMarkets ();
        const response = await this.publicGetMarketsTicker24h (params);
        return this.parseTickers (response, symbols);
    }

    async fetchOrderBook (symbol, limit = undefined, params = {}) {
        // Each side is one flat list: [ price, quantity, price, quantity, ... ].
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'symbol': market['id'] };
        if (limit !== undefined) {
            request['limit'] = limit;
        }
        const response = await this.publicGetMarketsSymbolOrderBook (this.extend (request, params));
        const book = {
            'bids': this.pairsOf (this.safeList (response, 'bids', [])),
            'asks': this.pairsOf (this.safeList (response, 'asks', [])),
        };
        return this.parseOrderBook (book, market['symbol'], this.safeInteger (response, 'time'));
    }

    pairsOf (flat) {
        const result = [];
        for (let i = 0; i + 1 < flat.length; i += 2) {
            result.push ([ flat[i], flat[i + 1] ]);
        }
        return result;
    }

    parseOHLCV (ohlcv, market = undefined) {
        // [ low, high, open, close, amount, quantity, buyTakerAmount, buyTakerQuantity, tradeCount, ts,
        //   weightedAverage, interval, startTime, closeTime ]
        return [
            this.safeInteger (ohlcv, 12),
            this.safeNumber (ohlcv, 2),
            this.safeNumber (ohlcv, 1),
            this.safeNumber (ohlcv, 0),
            this.safeNumber (ohlcv, 3),
            this.safeNumber (ohlcv, 5),
        ];
    }

    async fetchOHLCV (symbol, timeframe = '1m', since = undefined, limit = undefined, params = {}) {
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
        const response = await this.publicGetMarketsSymbolCandles (this.extend (request, this.omit (params, 'until')));
        return this.parseOHLCVs (response, market, timeframe, since, limit);
    }

    parseTrade (trade, market = undefined) {
        // Public: { id, price, quantity, amount, takerSide, ts, createTime }; the account's trades add
        // symbol, orderId, side, type, matchRole, feeCurrency and feeAmount.
        market = this.safeMarket (this.safeString (trade, 'symbol'), market);
        let fee = undefined;
        const feeCost = this.safeString (trade, 'feeAmount');
        if (feeCost !== undefined) {
            fee = { 'cost': feeCost, 'currency': this.safeCurrencyCode (this.safeString (trade, 'feeCurrency')) };
        }
        return this.safeTrade ({
            'id': this.safeString (trade, 'id'),
            'order': this.safeString (trade, 'orderId'),
            'symbol': market['symbol'],
            'timestamp': this.safeInteger (trade, 'createTime'),
            'type': this.orderType (this.safeString (trade, 'type'))[0],
            'side': this.safeStringLower2 (trade, 'side', 'takerSide'),
            'takerOrMaker': this.safeStringLower (trade, 'matchRole'),
            'price': this.safeString (trade, 'price'),
            'amount': this.safeString (trade, 'quantity'),
            'cost': this.safeString (trade, 'amount'),
            'fee': fee,
            'info': trade,
        }, market);
    }

    async fetchTrades (symbol, since = undefined, limit = undefined, params = {}) {
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'symbol': market['id'] };
        if (limit !== undefined) {
            request['limit'] = limit;
        }
        const response = await this.publicGetMarketsSymbolTrades (this.extend (request, params));
        return this.parseTrades (response, market, since, limit);
    }

    // --- account -------------------------------------------------------------------------------------

    async fetchBalance (params = {}) {
        await this.loadMarkets ();
        const response = await this.privateGetAccountsBalances (this.extend ({ 'accountType': 'SPOT' }, params));
        const result = { 'info': response };
        const balances = this.safeList (this.safeDict (response, 0, {}), 'balances', []);
        for (let i = 0; i < balances.length; i++) {
            const entry = balances[i];
            const account = this.account ();
            account['free'] = this.safeString (entry, 'available');
            account['used'] = this.safeString (entry, 'hold');
            result[this.safeCurrencyCode (this.safeString (entry, 'currency'))] = account;
        }
        return this.safeBalance (result);
    }

    // --- orders --------------------------------------------------------------------------------------

    parseOrder (order, market = undefined) {
        market = this.safeMarket (this.safeString (order, 'symbol'), market);
        let price = this.safeString (order, 'price');
        if ((price !== undefined) && Precise.stringEq (price, '0')) {
            price = undefined;
        }
        let average = this.safeString (order, 'avgPrice');
        if ((average !== undefined) && Precise.stringEq (average, '0')) {
            average = undefined;
        }
        const status = this.safeString (order, 'state');
        // LIMIT_MAKER is a post-only limit order. quantity is the order's size in base units, amount in quote
        // units: a market buy is sized by amount and has a quantity of 0, so its base amount is not known
        // (until it is filled: then it is what was filled).
        const [ type, postOnly ] = this.orderType (this.safeString (order, 'type'));
        let amount = this.safeString (order, 'quantity');
        if ((amount !== undefined) && Precise.stringEq (amount, '0')) {
            amount = (status === 'FILLED') ? this.safeString (order, 'filledQuantity') : undefined;
        }
        return this.safeOrder ({
            'id': this.safeString2 (order, 'id', 'orderId'),
            'clientOrderId': this.safeString (order, 'clientOrderId'),
            'symbol': market['symbol'],
            'timestamp': this.safeInteger (order, 'createTime'),
            'lastUpdateTimestamp': this.safeInteger (order, 'updateTime'),
            'status': this.safeString (this.options['orderStatuses'], status, status),
            'type': type,
            'timeInForce': postOnly ? 'PO' : this.safeString (order, 'timeInForce'),
            'postOnly': postOnly,
            'side': this.safeStringLower (order, 'side'),
            'price': price,
            'amount': amount,
            'filled': this.safeString (order, 'filledQuantity'),
            'cost': this.safeString (order, 'filledAmount'),
            'average': average,
            'info': order,
        }, market);
    }

    async createOrder (symbol, type, side, amount, price = undefined, params = {}) {
        // POST /orders; a market buy is sized in the quote currency: amount * price, so it needs a price too,
        // unless the unified cost gives that amount. The unified params map to Poloniex's fields: postOnly is
        // the type LIMIT_MAKER, timeInForce is timeInForce (GTC, IOC, FOK), clientOrderId is clientOrderId,
        // cost is amount (quote units, market orders); triggerPrice and stopLossPrice make a smart order
        // (POST /smartorders) of type STOP or STOP_LIMIT with stopPrice. Poloniex's smart orders have no
        // take-profit kind and spot has no reduce-only: NotSupported.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const [ unified, rest ] = this.unifiedOrderParams (type, params);
        this.rejectUnifiedParams ('createOrder', unified, [ 'takeProfitPrice', 'reduceOnly' ]);
        const trigger = unified['trigger'];
        let poloniexType = type.toUpperCase ();
        if (unified['postOnly']) {
            poloniexType = 'LIMIT_MAKER';
        } else if (trigger !== undefined) {
            poloniexType = (type === 'limit') ? 'STOP_LIMIT' : 'STOP';
        }
        const request = {
            'symbol': market['id'],
            'side': side.toUpperCase (),
            'type': poloniexType,
        };
        if (unified['cost'] !== undefined) {
            request['amount'] = this.costToPrecision (symbol, unified['cost']);
        } else if ((type === 'market') && (side === 'buy')) {
            if (price === undefined) {
                throw new ArgumentsRequired (this.id + ' createOrder () needs a price for a market buy, which is sized in the quote currency (amount * price), or params["cost"]');
            }
            const cost = Precise.stringMul (this.numberToString (amount), this.numberToString (price));
            request['amount'] = this.costToPrecision (symbol, cost);
        } else {
            request['quantity'] = this.amountToPrecision (symbol, amount);
        }
        const timeInForce = unified['timeInForce'];
        if (type === 'limit') {
            if (price === undefined) {
                throw new ArgumentsRequired (this.id + ' createOrder () requires a price for a limit order');
            }
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
            request['clientOrderId'] = unified['clientOrderId'];
        }
        let response = undefined;
        if (trigger !== undefined) {
            response = await this.privatePostSmartorders (this.extend (request, rest));
        } else {
            response = await this.privatePostOrders (this.extend (request, rest));
        }
        return this.safeOrder ({
            'id': this.safeString (response, 'id'),
            'clientOrderId': this.safeString (response, 'clientOrderId'),
            'symbol': market['symbol'],
            'type': type,
            'side': side,
            'amount': this.safeString (request, 'quantity'),
            'cost': (unified['cost'] !== undefined) ? request['amount'] : undefined,
            'price': this.safeString (request, 'price'),
            'triggerPrice': this.safeString (request, 'stopPrice'),
            'stopLossPrice': (unified['triggerKind'] === 'stopLossPrice') ? this.safeString (request, 'stopPrice') : undefined,
            'postOnly': unified['postOnly'] ? true : undefined,
            'timeInForce': this.safeString (request, 'timeInForce'),
            'info': response,
        }, market);
    }

    async cancelOrder (id, symbol = undefined, params = {}) {
        const response = await this.privateDeleteOrdersId (this.extend ({ 'id': id }, params));
        return this.parseOrder (response);
    }

    async cancelAllOrders (symbol = undefined, params = {}) {
        // DELETE orders, of one symbol or all: [ { orderId, clientOrderId, state, code, message } ], one per
        // order it asked to cancel.
        await this.loadMarkets ();
        const request = {};
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
            request['symbols'] = [ market['id'] ];
        }
        const response = await this.privateDeleteOrders (this.extend (request, params));
        return this.parseOrders (response, market);
    }

    async fetchOrder (id, symbol = undefined, params = {}) {
        await this.loadMarkets ();
        const response = await this.privateGetOrdersId (this.extend ({ 'id': id }, params));
        return this.parseOrder (response);
    }

    async fetchOpenOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        await this.loadMarkets ();
        const request = {};
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
            request['symbol'] = market['id'];
        }
        if (limit !== undefined) {
            request['limit'] = limit;
        }
        const response = await this.privateGetOrders (this.extend (request, params));
        return this.parseOrders (response, market, since, limit);
    }

    async fetchClosedOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // orders/history: filled and canceled orders.
        await this.loadMarkets ();
        const request = { 'states': 'FILLED,CANCELED,PARTIALLY_CANCELED' };
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
            request['limit'] = limit;
        }
        const response = await this.privateGetOrdersHistory (this.extend (request, this.omit (params, 'until')));
        return this.parseOrders (response, market, since, limit);
    }

    async createMarketBuyOrderWithCost (symbol, cost, params = {}) {
        return await this.createOrder (symbol, 'market', 'buy', undefined, undefined, this.extend (params, { 'cost': cost }));
    }

    async fetchOrderTrades (id, symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // orders/{id}/trades: the order's trades, as trades lists them.
        await this.loadMarkets ();
        const response = await this.privateGetOrdersIdTrades (this.extend ({ 'id': id }, params));
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        return this.parseTrades (response, market, since, limit);
    }

    async fetchMyTrades (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        await this.loadMarkets ();
        const request = {};
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
            request['symbols'] = market['id'];
        }
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
        const response = await this.privateGetTrades (this.extend (request, this.omit (params, 'until')));
        return this.parseTrades (response, market, since, limit);
    }

    // --- funding -------------------------------------------------------------------------------------

    parseTransaction (transaction, currency = undefined) {
        // Deposits: { depositNumber, currency, address, amount, confirmations, txid, timestamp, status };
        // withdrawals: { withdrawalRequestsId, currency, address, amount, fee, timestamp, status, txid,
        // paymentID }. Timestamps are seconds.
        const code = this.safeCurrencyCode (this.safeString (transaction, 'currency'), currency);
        let status = this.safeStringUpper (transaction, 'status');
        if (status !== undefined) {
            // 'COMPLETE: 0x...' carries the transaction id after the state.
            status = status.split (':')[0];
        }
        let fee = undefined;
        const feeCost = this.safeString (transaction, 'fee');
        if (feeCost !== undefined) {
            fee = { 'cost': feeCost, 'currency': code };
        }
        return this.safeTransaction ({
            'id': this.safeString2 (transaction, 'depositNumber', 'withdrawalRequestsId'),
            'txid': this.safeString (transaction, 'txid'),
            'timestamp': this.safeTimestamp (transaction, 'timestamp'),
            'address': this.safeString (transaction, 'address'),
            'tag': this.safeString (transaction, 'paymentID'),
            'amount': this.safeString (transaction, 'amount'),
            'currency': code,
            'status': this.safeString (this.options['transactionStatuses'], status, status),
            'fee': fee,
            'info': transaction,
        }, currency);
    }

    async fetchWalletActivity (key, type, code, since, limit, params) {
        // wallets/activity lists deposits (activityType 1) or withdrawals (2) between start and end, in
        // seconds.
        await this.loadMarkets ();
        const now = this.seconds ();
        let start = now - this.options['transactionsDays'] * 86400;
        if (since !== undefined) {
            start = Math.floor (since / 1000);
        }
        const until = this.safeInteger (params, 'until');
        const request = {
            'start': start,
            'end': (until === undefined) ? now : Math.floor (until / 1000),
            'activityType': (type === 'deposit') ? 1 : 2,
        };
        let currency = undefined;
        if (code !== undefined) {
            currency = this.currency (code);
            request['currency'] = currency['id'];
        }
        const response = await this.privateGetWalletsActivity (this.extend (request, this.omit (params, 'until')));
        return this.parseTransactions (this.safeList (response, key, []), currency, since, limit, { 'type': type });
    }

    async fetchDeposits (code = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchWalletActivity ('deposits', 'deposit', code, since, limit, params);
    }

    async fetchWithdrawals (code = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchWalletActivity ('withdrawals', 'withdrawal', code, since, limit, params);
    }

    async fetchDepositAddress (code, params = {}) {
        // wallets/addresses answers { "BTC": "address", ... }; a tag-based currency as 'address:tag'.
        await this.loadMarkets ();
        const [ request, networkCode, rest ] = this.addressRequest (code, params);
        const response = await this.privateGetWalletsAddresses (this.extend (request, rest));
        const value = this.safeString (response, request['currency']);
        if (value === undefined) {
            throw new ExchangeError (this.id + ' has no ' + code + ' deposit address yet: create one with createDepositAddress ()');
        }
        return this.parseDepositAddress (value, code, networkCode, response);
    }

    async fetchDepositAddresses (codes = undefined, params = {}) {
        // wallets/addresses: { currency: 'address' or 'address:tag' } for every currency with an address; a
        // token on another chain is named by the token and the chain (USDTTRON).
        await this.loadMarkets ();
        const response = await this.privateGetWalletsAddresses (params);
        const ids = Object.keys (response);
        const result = [];
        for (let i = 0; i < ids.length; i++) {
            const code = this.safeCurrencyCode (ids[i]);
            if ((codes !== undefined) && !this.inArray (code, codes)) {
                continue;
            }
            const value = this.safeString (response, ids[i]);
            if (value !== undefined) { // (a value that is no address: its split failed the whole call)
                result.push (this.parseDepositAddress (value, code, undefined, response));
            }
        }
        return result;
    }

    async createDepositAddress (code, params = {}) {
        // wallets/address makes a new address of the currency (of its token on the unified network's chain):
        // { address }.
        await this.loadMarkets ();
        const [ request, networkCode, rest ] = this.addressRequest (code, params);
        const response = await this.privatePostWalletsAddress (this.extend (request, rest));
        const value = this.safeString (response, 'address');
        if (value === undefined) {
            throw new ExchangeError (this.id + ' made no ' + code + ' deposit address: ' + this.excerpt (this.json (response)));
        }
        return this.parseDepositAddress (value, code, networkCode, response);
    }

    addressRequest (code, params) {
        // wallets/address(es) name the currency, or its token on the chain of the unified params['network']:
        // the request, the network and the other params.
        const networkCode = this.safeStringUpper (params, 'network');
        const request = { 'currency': this.chainCurrencyId (this.currency (code), networkCode) };
        return [ request, networkCode, this.omit (params, 'network') ];
    }

    parseDepositAddress (value, code, networkCode, info) {
        // 'address' or, for a currency with a tag, 'address:tag'.
        const parts = value.split (':');
        return {
            'currency': code,
            'address': parts[0],
            'tag': this.safeString (parts, 1),
            'network': networkCode,
            'info': info,
        };
    }

    chainCurrencyId (currency, networkCode = undefined) {
        // A unified network other than the currency's own chain names the currency of that chain: USDT on
        // TRC20 is USDTTRON (options['networks']).
        const currencyId = currency['id'];
        if (networkCode === undefined) {
            return currencyId;
        }
        const chain = this.networkId (networkCode);
        return ((typeof chain !== 'object') && (chain === currencyId)) ? currencyId : (currencyId + chain);
    }

    async withdraw (code, amount, address, tag = undefined, params = {}) {
        // The unified network picks the chain's currency (chainCurrencyId).
        await this.loadMarkets ();
        const currency = this.currency (code);
        const networkCode = this.safeStringUpper (params, 'network');
        const currencyId = this.chainCurrencyId (currency, networkCode);
        const request = {
            'currency': currencyId,
            'amount': this.numberToString (amount),
            'address': address,
        };
        if (tag !== undefined) {
            request['paymentId'] = tag;
        }
        const response = await this.privatePostWalletsWithdraw (this.extend (request, this.omit (params, 'network')));
        return this.safeTransaction ({
            'id': this.safeString (response, 'withdrawalRequestsId'),
            'type': 'withdrawal',
            'address': address,
            'tag': tag,
            'network': networkCode,
            'amount': request['amount'],
            'currency': code,
            'info': response,
        });
    }

    async transfer (code, amount, fromAccount, toAccount, params = {}) {
        // accounts/transfer between the spot and futures accounts: { transferId }.
        await this.loadMarkets ();
        const currency = this.currency (code);
        const request = {
            'currency': currency['id'],
            'amount': this.currencyToPrecision (code, amount),
            'fromAccount': this.accountTypeId (fromAccount),
            'toAccount': this.accountTypeId (toAccount),
        };
        const response = await this.privatePostAccountsTransfer (this.extend (request, params));
        return this.safeTransfer ({
            'id': this.safeString (response, 'transferId'),
            'currency': code,
            'amount': request['amount'],
            'fromAccount': fromAccount,
            'toAccount': toAccount,
            'info': response,
        });
    }

    // --- transport -----------------------------------------------------------------------------------

    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        const endpoint = '/' + this.implodeParams (path, params);
        let url = this.urls['api'] + endpoint;
        const query = this.omit (params, this.extractParams (path));
        if (api === 'public') {
            if (Object.keys (query).length > 0) {
                url = url + '?' + this.urlencode (query);
            }
            return { 'url': url, 'method': method, 'body': body, 'headers': headers };
        }
        // signature: base64 HMAC-SHA256 of 'METHOD\n/path\n' + the parameters sorted by name with
        // signTimestamp among them (GET), or 'requestBody=<json>&signTimestamp=...' (with a body).
        this.checkRequiredCredentials ();
        const timestamp = this.numberToString (this.milliseconds ());
        let signed = '';
        if (method === 'GET') {
            signed = this.urlencode (this.keysort (this.extend (query, { 'signTimestamp': timestamp })));
            if (Object.keys (query).length > 0) {
                url = url + '?' + this.urlencode (query);
            }
        } else if (Object.keys (query).length > 0) {
            body = this.json (query);
            signed = 'requestBody=' + body + '&signTimestamp=' + timestamp;
        } else {
            signed = 'signTimestamp=' + timestamp;
        }
        const auth = method + '\n' + endpoint + '\n' + signed;
        headers = {
            'key': this.apiKey,
            'signTimestamp': timestamp,
            'signature': this.hmac (this.encode (auth), this.encode (this.secret), 'sha256', 'base64'),
            'Content-Type': 'application/json',
        };
        return { 'url': url, 'method': method, 'body': body, 'headers': headers };
    }

    handleErrors (status, reason, url, method, responseHeaders, responseBody, response, requestHeaders, requestBody) {
        // Errors are { "code": 21709, "message": "Low available balance" }; successful cancellations
        // carry "code": 200 too.
        if ((response === undefined) || Array.isArray (response)) {
            return;
        }
        const code = this.safeString (response, 'code');
        const message = this.safeString (response, 'message');
        if ((code === undefined) || (code === '200')) {
            return;
        }
        const feedback = this.id + ' ' + code + ' ' + ((message === undefined) ? '' : message);
        this.throwExactlyMatchedException (this.exceptions['exact'], code, feedback);
        if (message !== undefined) {
            this.throwBroadlyMatchedException (this.exceptions['broad'], message, feedback);
        }
        throw new ExchangeError (feedback);
    }

    // --- streaming: public channels (https://api-docs.poloniex.com/spot/websocket/market-data) -------------------

    async watchChannel (channel, market, messageHash) {
        const message = { 'event': 'subscribe', 'channel': [ channel ], 'symbols': [ market['id'] ] };
        return await this.watch (this.streamUrl ('public'), messageHash, channel + ':' + market['id'], message);
    }

    async unWatchChannel (channel, symbol, prefix) {
        await this.loadMarkets ();
        const market = this.market (symbol);
        this.setStreamState (prefix + market['symbol'], undefined);
        const message = { 'event': 'unsubscribe', 'channel': [ channel ], 'symbols': [ market['id'] ] };
        await this.unwatch (this.streamUrl ('public'), channel + ':' + market['id'], message);
    }

    async watchTicker (symbol, params = {}) {
        await this.loadMarkets ();
        const market = this.market (symbol);
        return await this.watchChannel ('ticker', market, 'ticker:' + market['symbol']);
    }

    async watchTickers (symbols = undefined, params = {}) {
        // One subscription names every symbol.
        await this.loadMarkets ();
        const markets = this.streamMarkets (symbols);
        const ids = [];
        for (let i = 0; i < markets.length; i++) {
            ids.push (markets[i]['id']);
        }
        const message = { 'event': 'subscribe', 'channel': [ 'ticker' ], 'symbols': ids };
        const tickers = await this.watch (this.streamUrl ('public'), 'tickers', 'ticker:' + ids.join (','), message);
        return this.tickersOf (tickers, symbols);
    }

    async watchTrades (symbol, since = undefined, limit = undefined, params = {}) {
        await this.loadMarkets ();
        const market = this.market (symbol);
        const trades = await this.watchChannel ('trades', market, 'trades:' + market['symbol']);
        return this.filterBySinceLimit (trades, since, limit, 'timestamp', true);
    }

    async watchOHLCV (symbol, timeframe = '1m', since = undefined, limit = undefined, params = {}) {
        await this.loadMarkets ();
        const market = this.market (symbol);
        const channel = 'candles_' + this.streamTimeframe (timeframe).toLowerCase ();
        const candles = await this.watchChannel (channel, market, 'ohlcv:' + market['symbol'] + ':' + channel);
        return this.filterBySinceLimit (candles, since, limit, 0, true);
    }

    async watchOrderBook (symbol, limit = undefined, params = {}) {
        // book_lv2: a snapshot, then updates whose lastId is the id of the one before.
        await this.loadMarkets ();
        const market = this.market (symbol);
        this.rememberBookLimit (market['symbol'], limit);
        const book = await this.watchChannel ('book_lv2', market, 'book:' + market['symbol']);
        return this.limitOrderBook (book, limit);
    }

    async unWatchTicker (symbol, params = {}) {
        await this.unWatchChannel ('ticker', symbol, 'ticker:');
    }

    async unWatchTrades (symbol, params = {}) {
        await this.unWatchChannel ('trades', symbol, 'trades:');
    }

    async unWatchOrderBook (symbol, params = {}) {
        await this.unWatchChannel ('book_lv2', symbol, 'book:');
    }

    // private channels (https://api-docs.poloniex.com/spot/websocket/authentication): orders and balances

    authenticationMessage () {
        // The signature of the REST API over 'GET\n/ws\nsignTimestamp=<ms>'.
        this.checkRequiredCredentials ();
        const timestamp = this.milliseconds ();
        const auth = 'GET\n/ws\nsignTimestamp=' + this.numberToString (timestamp);
        return {
            'event': 'subscribe',
            'channel': [ 'auth' ],
            'params': {
                'key': this.apiKey,
                'signTimestamp': timestamp,
                'signatureMethod': 'HmacSHA256',
                'signatureVersion': '2',
                'signature': this.hmac (this.encode (auth), this.encode (this.secret), 'sha256', 'base64'),
            },
        };
    }

    async resubscribeMessage (url, subscribeHash, message) {
        // A signature is good for a few seconds: the authentication is signed again for a new connection.
        return (subscribeHash === 'auth') ? this.authenticationMessage () : message;
    }

    async watchPrivate (channel, messageHash, message) {
        await this.loadMarkets ();
        const url = this.streamUrl ('private');
        await this.subscribe (url, 'auth', this.authenticationMessage ());
        return await this.watch (url, messageHash, channel, message);
    }

    async watchBalance (params = {}) {
        return await this.watchPrivate ('balances', 'balance', { 'event': 'subscribe', 'channel': [ 'balances' ] });
    }

    async watchOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        const orders = await this.watchPrivate ('orders', 'orders', { 'event': 'subscribe', 'channel': [ 'orders' ], 'symbols': [ 'all' ] });
        return this.filterBySymbolSinceLimit (orders, symbol, since, limit, true);
    }

    async watchMyTrades (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        const trades = await this.watchPrivate ('orders', 'myTrades', { 'event': 'subscribe', 'channel': [ 'orders' ], 'symbols': [ 'all' ] });
        return this.filterBySymbolSinceLimit (trades, symbol, since, limit, true);
    }

    handleOrderEntry (url, entry) {
        // An order event (place, trade, canceled): the order as it is now; a trade event is also a trade of the
        // account, under the names of the REST trade's fields.
        const market = this.safeMarket (this.safeString (entry, 'symbol'));
        const order = this.parseOrder (entry, market);
        this.resolveOrder (url, 'orders', order);
        if (this.safeString (entry, 'eventType') !== 'trade') {
            return;
        }
        const trade = this.parseTrade ({
            'id': this.safeString (entry, 'tradeId'),
            'orderId': this.safeString (entry, 'orderId'),
            'symbol': this.safeString (entry, 'symbol'),
            'type': this.safeString (entry, 'type'),
            'side': this.safeString (entry, 'side'),
            'matchRole': this.safeString (entry, 'matchRole'),
            'price': this.safeString (entry, 'tradePrice'),
            'quantity': this.safeString (entry, 'tradeQty'),
            'amount': this.safeString (entry, 'tradeAmount'),
            'feeAmount': this.safeString (entry, 'tradeFee'),
            'feeCurrency': this.safeString (entry, 'feeCurrency'),
            'createTime': this.safeInteger (entry, 'tradeTime'),
        }, market);
        this.resolveCached (url, 'myTrades', this.extend (trade, { 'info': entry }));
    }

    handleBalanceEntries (url, entries) {
        // Each entry: one currency's available and hold amounts after a change. One balance for the frame (a copy of
        // the balance per entry made a frame's time grow with its entries times the currencies), whose info and
        // timestamp are the last entry's.
        const accounts = {};
        let last = undefined;
        for (let i = 0; i < entries.length; i++) {
            const account = this.account ();
            account['free'] = this.safeString (entries[i], 'available');
            account['used'] = this.safeString (entries[i], 'hold');
            accounts[this.safeCurrencyCode (this.safeString (entries[i], 'currency'))] = account;
            last = entries[i];
        }
        if (last !== undefined) {
            this.resolveBalance (url, accounts, last, this.safeInteger (last, 'changeTime'));
        }
    }

    async handleMessage (url, message) {
        // { channel, data: [ entries ] }, { channel, action: snapshot | update, data } for books; events answer
        // requests ({ event: 'error', message } when one failed); the auth channel answers an authentication.
        const event = this.safeString (message, 'event');
        if (this.safeString (message, 'channel') === 'auth') {
            const answer = this.safeDict (message, 'data', {});
            if (this.safeBool (answer, 'success') !== true) {
                this.rejectUpdate (url, undefined, AuthenticationError, this.id + ' ' + this.safeString (answer, 'message', 'refused the authentication'));
            }
            return;
        }
        if (event === 'error') {
            this.rejectUpdate (url, undefined, BadRequest, this.id + ' ' + this.safeString (message, 'message', 'refused the request'));
            return;
        }
        const channel = this.safeString (message, 'channel');
        const entries = this.safeList (message, 'data', []);
        if ((event !== undefined) || (channel === undefined)) {
            return;
        }
        if (channel === 'balances') {
            this.handleBalanceEntries (url, entries);
            return;
        }
        if (channel === 'ticker') {
            // (a frame's tickers resolved at once: a copy of every ticker so far for each of 40,000 entries took Node
            // 17.6 s; red-team round 31)
            const tickers = [];
            for (let i = 0; i < entries.length; i++) {
                tickers.push (this.parseTicker (entries[i], this.safeMarket (this.safeString (entries[i], 'symbol'))));
            }
            this.resolveTickers (url, tickers);
            return;
        }
        for (let i = 0; i < entries.length; i++) {
            const entry = entries[i];
            const market = this.safeMarket (this.safeString (entry, 'symbol'));
            if (channel === 'trades') {
                this.handleTradeEntry (url, entry, market);
            } else if (channel.startsWith ('candles_')) {
                this.handleCandleEntry (url, entry, market, channel);
            } else if (channel === 'book_lv2') {
                await this.handleBookEntry (url, entry, market, this.safeString (message, 'action'));
            } else if (channel === 'orders') {
                this.handleOrderEntry (url, entry);
            }
        }
    }

    handleTradeEntry (url, entry, market) {
        this.resolveCached (url, 'trades:' + market['symbol'], this.parseTrade (entry, market));
    }

    handleCandleEntry (url, entry, market, channel) {
        const candle = [ this.safeInteger (entry, 'startTime'), this.safeNumber (entry, 'open'), this.safeNumber (entry, 'high'), this.safeNumber (entry, 'low'), this.safeNumber (entry, 'close'), this.safeNumber (entry, 'quantity') ];
        this.resolveCandle (url, 'ohlcv:' + market['symbol'] + ':' + channel, candle);
    }

    async handleBookEntry (url, entry, market, action) {
        // A gap (lastId other than the book's id) drops the book and subscribes again, for a new snapshot.
        const symbol = market['symbol'];
        const messageHash = 'book:' + symbol;
        if (!this.isWatched (url, messageHash)) {
            return; // nothing kept for what no caller watches (a server names symbols at will)
        }
        let book = this.streamState (messageHash);
        if (action === 'snapshot') {
            book = this.newOrderBook (symbol);
        } else if (book === undefined) {
            return; // updates before the snapshot: it follows
        } else if (this.safeInteger (entry, 'lastId') !== book['nonce']) {
            this.resyncBook (url, messageHash, symbol + ' order book sequence gap (lastId ' + this.safeString (entry, 'lastId') + ' after ' + this.numberToString (book['nonce']) + ')');
            await this.sendFrame (url, { 'event': 'unsubscribe', 'channel': [ 'book_lv2' ], 'symbols': [ market['id'] ] });
            await this.sendFrame (url, { 'event': 'subscribe', 'channel': [ 'book_lv2' ], 'symbols': [ market['id'] ] });
            return;
        }
        book = this.setBookLevels (this.setBookLevels (book, 'bids', this.safeList (entry, 'bids', [])), 'asks', this.safeList (entry, 'asks', []));
        book['nonce'] = this.safeInteger (entry, 'id');
        book['timestamp'] = this.safeInteger (entry, 'ts');
        this.setStreamState (messageHash, book);
        if (action !== 'snapshot') {
            this.bookIsRight (messageHash);
        }
        this.resolveUpdate (url, this.orderBookView (book), messageHash);
    }
}
