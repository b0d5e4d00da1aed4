// Independent Reserve exchange API (spot): https://www.independentreserve.com/API
//
// Public methods are GETs under https://api.independentreserve.com/Public with their parameters in the query;
// private methods are POSTs under https://api.independentreserve.com/Private with a JSON body that carries
// apiKey, nonce and signature beside the method's own parameters. A pair is named by its two currency codes,
// primaryCurrencyCode (the cryptocurrency, 'Xbt') and secondaryCurrencyCode (the fiat or stable coin, 'Aud').
// Numbers come as JSON numbers, timestamps as ISO 8601 with up to seven fractional digits. Errors are HTTP 400
// with { "Message": "<description>" }.
import Exchange from './base/Exchange.js';
import { ArgumentsRequired, AuthenticationError, BadRequest, BadResponse, InsufficientFunds, InvalidNonce, InvalidOrder, NotSupported, OrderNotFound } from './base/errors.js';
import { TICK_SIZE } from './base/functions/number.js';

export default class independentreserve extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'independentreserve',
            'name': 'Independent Reserve',
            'countries': [ 'AU', 'NZ', 'SG' ],
            'version': undefined,
            // The docs: "The API is rate limited to 1 call per second".
            'rateLimit': 1000,
            'has': {
                'fetchMarkets': true,
                'fetchCurrencies': false,
                'fetchTicker': true,
                'fetchTickers': false, // GetMarketSummary takes one pair
                'fetchOrderBook': true,
                'fetchOHLCV': true,
                'fetchTrades': true,
                'fetchBalance': true,
                'createOrder': true,
                'cancelOrder': true,
                'editOrder': false,
                'fetchOrder': true,
                'fetchOrders': false,
                'fetchOpenOrders': true,
                'fetchClosedOrders': true,
                'fetchMyTrades': true,
                'fetchDeposits': false, // GetTransactions lists one account (accountGuid) at a time
                'fetchWithdrawals': false,
                'fetchTransactions': false,
                'fetchLedger': false,
                'fetchDepositAddress': true,
                'withdraw': true,
                'fetchTime': false,
                'fetchStatus': false,
                'fetchTradingFees': true,
                'cancelAllOrders': false,
                'fetchOrderTrades': false,
                'fetchTradingFee': false,
                'fetchDepositAddresses': false,
                'createDepositAddress': false,
                'fetchDepositWithdrawFees': false,
                'transfer': false,
                'createMarketBuyOrderWithCost': true,
                'fetchPositions': false,
                'fetchPosition': false,
                'fetchFundingRate': false,
                'fetchFundingRates': false,
                'fetchFundingRateHistory': false,
                'fetchOpenInterest': false,
                'setLeverage': false,
                'setMarginMode': false,
                'fetchLeverage': false,
                'fetchMarkOHLCV': false,
                'fetchIndexOHLCV': false,
            },
            // GetTradeHistorySummary summarises the trades of each hour.
            'timeframes': {
                '1h': '1h',
            },
            'urls': {
                'api': {
                    'public': 'https://api.independentreserve.com/Public',
                    'private': 'https://api.independentreserve.com/Private',
                },
                'www': 'https://www.independentreserve.com',
                'doc': 'https://www.independentreserve.com/API',
                'fees': 'https://www.independentreserve.com/fees',
            },
            'api': {
                'public': {
                    'get': [
                        'GetValidPrimaryCurrencyCodes',
                        'GetValidSecondaryCurrencyCodes',
                        'GetMarketSummary',
                        'GetOrderBook',
                        'GetRecentTrades',
                        'GetTradeHistorySummary',
                    ],
                },
                'private': {
                    'post': [
                        'PlaceLimitOrder',
                        'PlaceMarketOrder',
                        'CancelOrder',
                        'GetOpenOrders',
                        'GetClosedOrders',
                        'GetOrderDetails',
                        'GetAccounts',
                        'GetTrades',
                        'GetBrokerageFees',
                        'GetDigitalCurrencyDepositAddress',
                        'WithdrawDigitalCurrency',
                    ],
                },
            },
            'requiredCredentials': {
                'apiKey': true,
                'secret': true,
            },
            // The brokerage fee depends on the primary currency and the account's monthly volume (GetBrokerageFees).
            'fees': {
                'trading': {
                    'tierBased': true,
                    'percentage': true,
                },
            },
            'precisionMode': TICK_SIZE,
            'options': {
                // The docs' table of decimal places an order may have: [ of the volume (primary currency),
                // of the price (secondary currency) ], by primary currency code.
                'decimalPlaces': {
                    'Xbt': [ '8', '2' ],
                    'Eth': [ '8', '2' ],
                    'Sol': [ '5', '4' ],
                    'Xrp': [ '5', '5' ],
                    'Usdc': [ '5', '5' ],
                    'Usdt': [ '5', '5' ],
                    'Aave': [ '5', '4' ],
                    'Ada': [ '5', '5' ],
                    'Bat': [ '5', '5' ],
                    'Bch': [ '8', '2' ],
                    'Comp': [ '8', '2' ],
                    'Dai': [ '5', '5' ],
                    'Doge': [ '5', '5' ],
                    'Dot': [ '5', '4' ],
                    'Eos': [ '4', '4' ],
                    'Etc': [ '8', '2' ],
                    'Grt': [ '5', '5' ],
                    'Link': [ '4', '4' ],
                    'Ltc': [ '8', '2' ],
                    'Mana': [ '5', '5' ],
                    'Matic': [ '5', '5' ],
                    'Mkr': [ '8', '2' ],
                    'Sand': [ '5', '5' ],
                    'Shib': [ '0', '8' ],
                    'Snx': [ '5', '4' ],
                    'Trx': [ '5', '5' ],
                    'Uni': [ '5', '4' ],
                    'Xlm': [ '5', '5' ],
                    'Yfi': [ '8', '2' ],
                    'Zrx': [ '5', '5' ],
                },
                // Type (or OrderType) of an order or trade: [ unified type, side ].
                'orderTypes': {
                    'LimitBid': [ 'limit', 'buy' ],
                    'LimitOffer': [ 'limit', 'sell' ],
                    'MarketBid': [ 'market', 'buy' ],
                    'MarketOffer': [ 'market', 'sell' ],
                },
                'orderStatuses': {
                    'Open': 'open',
                    'PartiallyFilled': 'open',
                    'Filled': 'closed',
                    'PartiallyFilledAndCancelled': 'canceled',
                    'Cancelled': 'canceled',
                    'PartiallyFilledAndExpired': 'expired',
                    'Expired': 'expired',
                },
                'withdrawalStatuses': {
                    'Pending': 'pending',
                    'Confirmed': 'ok',
                    'Rejected': 'failed',
                    'Cancelled': 'canceled',
                },
                // The most entries a page of GetOpenOrders, GetClosedOrders and GetTrades holds.
                'maxPageSize': 50,
            },
            // Errors are HTTP 400 with { "Message": "..." }. The docs show the shape but list no messages, so
            // only words that name the cause are matched; anything else is a BadRequest (the status).
            'exceptions': {
                'exact': {},
                'broad': {
                    'Invalid API key': AuthenticationError,
                    'signature': AuthenticationError,
                    'nonce': InvalidNonce,
                    'Nonce': InvalidNonce,
                    'Insufficient': InsufficientFunds,
                    'does not exist': OrderNotFound,
                },
            },
        });
    }

    // --- markets -------------------------------------------------------------------------------------

    async fetchMarkets (params = {}) {
        // Every primary currency (GetValidPrimaryCurrencyCodes) trades against every secondary one
        // (GetValidSecondaryCurrencyCodes); both answer a list of codes.
        const primaries = this.codesOf (await this.publicGetGetValidPrimaryCurrencyCodes (params));
        const secondaries = this.codesOf (await this.publicGetGetValidSecondaryCurrencyCodes (params));
        const result = [];
        for (let i = 0; i < primaries.length; i++) {
            const baseId = primaries[i];
            const base = this.safeCurrencyCode (baseId);
            const places = this.safeList (this.options['decimalPlaces'], baseId, []);
            for (let j = 0; j < secondaries.length; j++) {
                const quoteId = secondaries[j];
                const quote = this.safeCurrencyCode (quoteId);
                result.push (this.safeMarketStructure ({
                    'id': baseId + '-' + quoteId,
                    'symbol': base + '/' + quote,
                    'base': base,
                    'quote': quote,
                    'baseId': baseId,
                    'quoteId': quoteId,
                    'type': 'spot',
                    'spot': true,
                    'active': true,
                    'precision': {
                        'amount': this.parseNumber (this.parsePrecision (this.safeString (places, 0))),
                        'price': this.parseNumber (this.parsePrecision (this.safeString (places, 1))),
                    },
                    'limits': {},
                    'info': { 'primaryCurrencyCode': baseId, 'secondaryCurrencyCode': quoteId },
                }));
            }
        }
        return result;
    }

    codesOf (response) {
        // A list of currency codes, strings only: anything else is no answer the docs describe.
        if (!Array.isArray (response)) {
            throw new BadResponse (this.id + ' sent a currency list that is no list: ' + this.excerpt (this.json (response)));
        }
        const result = [];
        for (let i = 0; i < response.length; i++) {
            const code = response[i];
            if ((typeof code !== 'string') || (code.length === 0)) {
                throw new BadResponse (this.id + ' sent a currency code that is no text: ' + this.excerpt (this.json (response)));
            }
            result.push (code);
        }
        return result;
    }

    pairRequest (market) {
        return {
            'primaryCurrencyCode': market['baseId'],
            'secondaryCurrencyCode': market['quoteId'],
        };
    }

    marketOfPair (entry, market = undefined) {
        // The market a response names by PrimaryCurrencyCode and SecondaryCurrencyCode.
        const baseId = this.safeString (entry, 'PrimaryCurrencyCode');
        const quoteId = this.safeString (entry, 'SecondaryCurrencyCode');
        if ((baseId === undefined) || (quoteId === undefined)) {
            return this.safeMarket (undefined, market);
        }
        return this.safeMarket (baseId + '-' + quoteId, market, '-');
    }

    // --- market data ---------------------------------------------------------------------------------

    parseTicker (ticker, market = undefined) {
        // GetMarketSummary: { DayHighestPrice, DayLowestPrice, DayAvgPrice (the volume-weighted average of the
        // last 24 hours), DayVolumeXbt (the primary currency traded against every secondary one),
        // DayVolumeXbtInSecondaryCurrrency (sic: the primary currency traded against this pair's secondary one),
        // CurrentLowestOfferPrice, CurrentHighestBidPrice, LastPrice, PrimaryCurrencyCode, SecondaryCurrencyCode,
        // CreatedTimestampUtc }.
        market = this.marketOfPair (ticker, market);
        return this.safeTicker ({
            'symbol': market['symbol'],
            'timestamp': this.parse8601 (this.safeString (ticker, 'CreatedTimestampUtc')),
            'high': this.safeString (ticker, 'DayHighestPrice'),
            'low': this.safeString (ticker, 'DayLowestPrice'),
            'bid': this.safeString (ticker, 'CurrentHighestBidPrice'),
            'ask': this.safeString (ticker, 'CurrentLowestOfferPrice'),
            'vwap': this.safeString (ticker, 'DayAvgPrice'),
            'last': this.safeString (ticker, 'LastPrice'),
            'baseVolume': this.safeString (ticker, 'DayVolumeXbtInSecondaryCurrrency'),
            'info': ticker,
        }, market);
    }

    async fetchTicker (symbol, params = {}) {
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetGetMarketSummary (this.extend (this.pairRequest (market), params));
        return this.parseTicker (response, market);
    }

    async fetchOrderBook (symbol, limit = undefined, params = {}) {
        // GetOrderBook: { BuyOrders: [ { OrderType, Price, Volume } ], SellOrders: [ ... ], CreatedTimestampUtc,
        // ... }, the whole book (the API takes no depth).
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetGetOrderBook (this.extend (this.pairRequest (market), params));
        this.requiredList (response, 'BuyOrders');
        this.requiredList (response, 'SellOrders');
        const timestamp = this.parse8601 (this.safeString (response, 'CreatedTimestampUtc'));
        const book = this.parseOrderBook (response, market['symbol'], timestamp, 'BuyOrders', 'SellOrders', 'Price', 'Volume');
        if (limit !== undefined) {
            book['bids'] = book['bids'].slice (0, limit);
            book['asks'] = book['asks'].slice (0, limit);
        }
        return book;
    }

    parseTrade (trade, market = undefined) {
        // Public trades (GetRecentTrades): { PrimaryCurrencyAmount, SecondaryCurrencyTradePrice, TradeTimestampUtc },
        // without an id or a side. The account's trades (GetTrades): { TradeGuid, TradeTimestampUtc, OrderGuid,
        // OrderType, OrderTimestampUtc, VolumeTraded, Price, PrimaryCurrencyCode, SecondaryCurrencyCode }.
        market = this.marketOfPair (trade, market);
        const orderType = this.safeList (this.options['orderTypes'], this.safeString (trade, 'OrderType'), []);
        return this.safeTrade ({
            'id': this.safeString (trade, 'TradeGuid'),
            'order': this.safeString (trade, 'OrderGuid'),
            'symbol': market['symbol'],
            'timestamp': this.parse8601 (this.safeString (trade, 'TradeTimestampUtc')),
            'type': this.safeString (orderType, 0),
            'side': this.safeString (orderType, 1),
            'price': this.safeString2 (trade, 'Price', 'SecondaryCurrencyTradePrice'),
            'amount': this.safeString2 (trade, 'VolumeTraded', 'PrimaryCurrencyAmount'),
            'info': trade,
        }, market);
    }

    async fetchTrades (symbol, since = undefined, limit = undefined, params = {}) {
        // GetRecentTrades: the latest numberOfRecentTradesToRetrieve (at most 50) trades, newest first.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = this.pairRequest (market);
        request['numberOfRecentTradesToRetrieve'] = (limit === undefined) ? 50 : Math.min (limit, 50);
        const response = await this.publicGetGetRecentTrades (this.extend (request, params));
        return this.parseTrades (this.requiredList (response, 'Trades'), market, since, limit);
    }

    parseOHLCV (ohlcv, market = undefined) {
        // HistorySummaryItems: { StartTimestampUtc, EndTimestampUtc, OpeningSecondaryCurrencyPrice,
        // HighestSecondaryCurrencyPrice, LowestSecondaryCurrencyPrice, ClosingSecondaryCurrencyPrice,
        // PrimaryCurrencyVolume, SecondaryCurrencyVolume, AverageSecondaryCurrencyPrice, NumberOfTrades }.
        return [
            this.parse8601 (this.safeString (ohlcv, 'StartTimestampUtc')),
            this.safeNumber (ohlcv, 'OpeningSecondaryCurrencyPrice'),
            this.safeNumber (ohlcv, 'HighestSecondaryCurrencyPrice'),
            this.safeNumber (ohlcv, 'LowestSecondaryCurrencyPrice'),
            this.safeNumber (ohlcv, 'ClosingSecondaryCurrencyPrice'),
            this.safeNumber (ohlcv, 'PrimaryCurrencyVolume'),
        ];
    }

    async fetchOHLCV (symbol, timeframe = '1m', since = undefined, limit = undefined, params = {}) {
        // GetTradeHistorySummary: hourly summaries of the last numberOfHoursInThePastToRetrieve hours (1 to 240),
        // counted back from now: since becomes the hours from since until now.
        if (timeframe !== '1h') {
            throw new NotSupported (this.id + ' fetchOHLCV () summarises trades by the hour: timeframe must be 1h, not ' + timeframe);
        }
        if (this.safeValue (params, 'until') !== undefined) {
            throw new NotSupported (this.id + ' fetchOHLCV () does not support the unified param until: the API counts hours back from now');
        }
        await this.loadMarkets ();
        const market = this.market (symbol);
        let hours = 24;
        if (since !== undefined) {
            hours = Math.ceil ((this.milliseconds () - since) / 3600000);
        } else if (limit !== undefined) {
            hours = limit;
        }
        const request = this.pairRequest (market);
        request['numberOfHoursInThePastToRetrieve'] = Math.max (1, Math.min (hours, 240));
        const response = await this.publicGetGetTradeHistorySummary (this.extend (request, params));
        return this.parseOHLCVs (this.requiredList (response, 'HistorySummaryItems'), market, timeframe, since, limit);
    }

    // --- account -------------------------------------------------------------------------------------

    async fetchBalance (params = {}) {
        // GetAccounts: [ { AccountGuid, AccountStatus, AvailableBalance, CurrencyCode, TotalBalance } ], one
        // account per currency.
        await this.loadMarkets ();
        const response = await this.privatePostGetAccounts (params);
        if (!Array.isArray (response)) {
            throw new BadResponse (this.id + ' sent accounts that are no list: ' + this.excerpt (this.json (response)));
        }
        const result = { 'info': response };
        for (let i = 0; i < response.length; i++) {
            const entry = response[i];
            const account = this.account ();
            account['free'] = this.safeString (entry, 'AvailableBalance');
            account['total'] = this.safeString (entry, 'TotalBalance');
            result[this.safeCurrencyCode (this.safeString (entry, 'CurrencyCode'))] = account;
        }
        return this.safeBalance (result);
    }

    async fetchTradingFees (params = {}) {
        // GetBrokerageFees: [ { CurrencyCode, Fee } ]: the account's fee rate (0.005 is 0.5 %) for the pairs of a
        // primary currency, the same for makers and takers.
        await this.loadMarkets ();
        const response = await this.privatePostGetBrokerageFees (params);
        if (!Array.isArray (response)) {
            throw new BadResponse (this.id + ' sent brokerage fees that are no list: ' + this.excerpt (this.json (response)));
        }
        const rates = this.indexBy (response, 'CurrencyCode');
        const result = {};
        for (let i = 0; i < this.symbols.length; i++) {
            const market = this.market (this.symbols[i]);
            const entry = this.safeDict (rates, market['baseId']);
            if (entry === undefined) {
                continue;
            }
            const rate = this.safeNumber (entry, 'Fee');
            result[market['symbol']] = {
                'symbol': market['symbol'],
                'maker': rate,
                'taker': rate,
                'info': entry,
            };
        }
        return result;
    }

    // --- orders --------------------------------------------------------------------------------------

    parseOrder (order, market = undefined) {
        // One order (PlaceLimitOrder, PlaceMarketOrder, CancelOrder, GetOrderDetails): { OrderGuid,
        // CreatedTimestampUtc, Type, VolumeOrdered, VolumeFilled, Price, AvgPrice, ReservedAmount, Status,
        // PrimaryCurrencyCode, SecondaryCurrencyCode }. A page entry (GetOpenOrders, GetClosedOrders): { OrderGuid,
        // CreatedTimestampUtc, OrderType, Volume, Outstanding (the volume left), Price, AvgPrice, Value, Status,
        // FeePercent, PrimaryCurrencyCode, SecondaryCurrencyCode }; Value is the order's whole value at its price, not
        // what was filled, so it stays in info.
        market = this.marketOfPair (order, market);
        const orderType = this.safeList (this.options['orderTypes'], this.safeString2 (order, 'Type', 'OrderType'), []);
        return this.safeOrder ({
            'id': this.safeString (order, 'OrderGuid'),
            'symbol': market['symbol'],
            'timestamp': this.parse8601 (this.safeString (order, 'CreatedTimestampUtc')),
            'type': this.safeString (orderType, 0),
            'side': this.safeString (orderType, 1),
            'status': this.safeString (this.options['orderStatuses'], this.safeString (order, 'Status')),
            'price': this.safeString (order, 'Price'),
            'average': this.safeString (order, 'AvgPrice'),
            'amount': this.safeString2 (order, 'VolumeOrdered', 'Volume'),
            'filled': this.safeString (order, 'VolumeFilled'),
            'remaining': this.safeString (order, 'Outstanding'),
            'info': order,
        }, market);
    }

    async createOrder (symbol, type, side, amount, price = undefined, params = {}) {
        // PlaceLimitOrder: primaryCurrencyCode, secondaryCurrencyCode, orderType (LimitBid, LimitOffer), price,
        // volume. PlaceMarketOrder: primaryCurrencyCode, secondaryCurrencyCode, orderType (MarketBid,
        // MarketOffer), volume, volumeCurrencyType (Primary, or Secondary: the volume is in the secondary
        // currency). The docs list no stop, post-only, reduce-only or client order id parameters.
        await this.loadMarkets ();
        const market = this.market (symbol);
        // timeInForce first: unifiedOrderParams reads 'PO' as postOnly, and the error should name the param passed.
        const timeInForce = this.safeStringUpper (params, 'timeInForce');
        if ((timeInForce !== undefined) && ((timeInForce !== 'GTC') || (type !== 'limit'))) {
            throw new NotSupported (this.id + ' createOrder () does not support the unified param timeInForce ' + timeInForce + ' for ' + type + ' orders: limit orders are GTC');
        }
        const [ unified, rest ] = this.unifiedOrderParams (type, params);
        this.rejectUnifiedParams ('createOrder', unified, [ 'postOnly', 'reduceOnly', 'triggerPrice', 'stopLossPrice', 'takeProfitPrice', 'clientOrderId' ]);
        if ((side !== 'buy') && (side !== 'sell')) {
            throw new InvalidOrder (this.id + ' createOrder () side must be buy or sell, not ' + side);
        }
        const request = this.pairRequest (market);
        let response = undefined;
        if (type === 'limit') {
            if (price === undefined) {
                throw new ArgumentsRequired (this.id + ' createOrder () requires a price for a limit order');
            }
            request['orderType'] = (side === 'buy') ? 'LimitBid' : 'LimitOffer';
            request['price'] = this.priceToPrecision (symbol, price);
            request['volume'] = this.amountToPrecision (symbol, amount);
            response = await this.privatePostPlaceLimitOrder (this.extend (request, rest));
        } else if (type === 'market') {
            request['orderType'] = (side === 'buy') ? 'MarketBid' : 'MarketOffer';
            if (unified['cost'] !== undefined) {
                // A market order sized in the secondary currency: spend (or receive) this much.
                request['volume'] = this.costToPrecision (symbol, unified['cost']);
                request['volumeCurrencyType'] = 'Secondary';
            } else {
                request['volume'] = this.amountToPrecision (symbol, amount);
                request['volumeCurrencyType'] = 'Primary';
            }
            response = await this.privatePostPlaceMarketOrder (this.extend (request, rest));
            if (unified['cost'] !== undefined) {
                // VolumeOrdered and VolumeFilled of an order sized in the secondary currency are no base amounts.
                return this.extend (this.parseOrder (response, market), { 'amount': undefined, 'filled': undefined, 'remaining': undefined, 'cost': undefined });
            }
        } else {
            throw new InvalidOrder (this.id + ' createOrder () type must be limit or market, not ' + type);
        }
        return this.parseOrder (response, market);
    }

    async createMarketBuyOrderWithCost (symbol, cost, params = {}) {
        return await this.createOrder (symbol, 'market', 'buy', undefined, undefined, this.extend (params, { 'cost': cost }));
    }

    async cancelOrder (id, symbol = undefined, params = {}) {
        // CancelOrder: orderGuid; answers the order, with Status Cancelled (or PartiallyFilledAndCancelled).
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const response = await this.privatePostCancelOrder (this.extend ({ 'orderGuid': id }, params));
        return this.parseOrder (response, market);
    }

    async fetchOrder (id, symbol = undefined, params = {}) {
        // GetOrderDetails: orderGuid.
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const response = await this.privatePostGetOrderDetails (this.extend ({ 'orderGuid': id }, params));
        return this.parseOrder (response, market);
    }

    pageRequest (market, limit) {
        // The first page of a paginated private list: pageIndex counts from 1, pageSize is at most 50; the pair
        // is optional (all pairs without it).
        const maxPageSize = this.safeInteger (this.options, 'maxPageSize', 50);
        const request = {};
        if (market !== undefined) {
            request['primaryCurrencyCode'] = market['baseId'];
            request['secondaryCurrencyCode'] = market['quoteId'];
        }
        request['pageIndex'] = 1;
        request['pageSize'] = (limit === undefined) ? maxPageSize : Math.min (limit, maxPageSize);
        return request;
    }

    async fetchOpenOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // GetOpenOrders: a page { PageSize, TotalItems, TotalPages, Data: [ orders ] }, the newest first.
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const response = await this.privatePostGetOpenOrders (this.extend (this.pageRequest (market, limit), params));
        return this.parseOrders (this.requiredList (response, 'Data'), market, since, limit);
    }

    async fetchClosedOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // GetClosedOrders: the same page of filled, cancelled and expired orders; it takes no time range.
        if (this.safeValue (params, 'until') !== undefined) {
            throw new NotSupported (this.id + ' fetchClosedOrders () does not support the unified param until: the API takes no time range');
        }
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const response = await this.privatePostGetClosedOrders (this.extend (this.pageRequest (market, limit), params));
        return this.parseOrders (this.requiredList (response, 'Data'), market, since, limit);
    }

    async fetchMyTrades (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // GetTrades: a page of the account's trades of every pair, the newest first (pageIndex, pageSize).
        if (this.safeValue (params, 'until') !== undefined) {
            throw new NotSupported (this.id + ' fetchMyTrades () does not support the unified param until: the API takes no time range');
        }
        await this.loadMarkets ();
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        const request = this.pageRequest (undefined, limit);
        const response = await this.privatePostGetTrades (this.extend (request, params));
        return this.parseTrades (this.requiredList (response, 'Data'), market, since, limit);
    }

    // --- funding -------------------------------------------------------------------------------------

    async fetchDepositAddress (code, params = {}) {
        // GetDigitalCurrencyDepositAddress: primaryCurrencyCode; answers { DepositAddress, Tag,
        // LastCheckedTimestampUtc, NextUpdateTimestampUtc }. The docs name no network parameter.
        if (this.safeValue (params, 'network') !== undefined) {
            throw new NotSupported (this.id + ' fetchDepositAddress () does not support the unified param network: the API keeps one address per currency');
        }
        await this.loadMarkets ();
        const currency = this.currency (code);
        const response = await this.privatePostGetDigitalCurrencyDepositAddress (this.extend ({ 'primaryCurrencyCode': currency['id'] }, params));
        const address = this.safeString (response, 'DepositAddress');
        if (address === undefined) {
            throw new BadResponse (this.id + ' sent a deposit address answer without DepositAddress: ' + this.excerpt (this.json (response)));
        }
        return {
            'currency': currency['code'],
            'address': address,
            'tag': this.safeString (response, 'Tag'),
            'info': response,
        };
    }

    parseTransaction (transaction, currency = undefined) {
        // WithdrawDigitalCurrency: { TransactionGuid, PrimaryCurrencyCode, CreatedTimestampUtc, Amount: { Total,
        // Fee }, Destination: { Address, Tag }, Status, Transaction: { Hash, ... } or null }.
        const code = this.safeCurrencyCode (this.safeString (transaction, 'PrimaryCurrencyCode'), currency);
        const amount = this.safeDict (transaction, 'Amount', {});
        const destination = this.safeDict (transaction, 'Destination', {});
        const onChain = this.safeDict (transaction, 'Transaction', {});
        const feeCost = this.safeString (amount, 'Fee');
        return this.safeTransaction ({
            'id': this.safeString (transaction, 'TransactionGuid'),
            'txid': this.safeString (onChain, 'Hash'),
            'timestamp': this.parse8601 (this.safeString (transaction, 'CreatedTimestampUtc')),
            'address': this.safeString (destination, 'Address'),
            'tag': this.safeString (destination, 'Tag'),
            'type': 'withdrawal',
            'amount': this.safeString (amount, 'Total'),
            'currency': code,
            'status': this.safeString (this.options['withdrawalStatuses'], this.safeString (transaction, 'Status')),
            'fee': (feeCost === undefined) ? undefined : { 'cost': feeCost, 'currency': code },
            'info': transaction,
        }, currency);
    }

    async withdraw (code, amount, address, tag = undefined, params = {}) {
        // WithdrawDigitalCurrency: amount, withdrawalAddress, comment (optional), primaryCurrencyCode, destinationTag
        // (for the currencies that take one). The docs name no network parameter.
        if (this.safeValue (params, 'network') !== undefined) {
            throw new NotSupported (this.id + ' withdraw () does not support the unified param network: the API withdraws on the currency\'s one network');
        }
        await this.loadMarkets ();
        const currency = this.currency (code);
        const request = {
            'amount': this.numberToString (amount),
            'withdrawalAddress': address,
            'primaryCurrencyCode': currency['id'],
        };
        if (tag !== undefined) {
            request['destinationTag'] = tag;
        }
        const response = await this.privatePostWithdrawDigitalCurrency (this.extend (request, params));
        return this.parseTransaction (response, currency);
    }

    // --- transport -----------------------------------------------------------------------------------

    nonce () {
        return this.milliseconds ();
    }

    signatureValue (key, value) {
        // A parameter as the signed text writes it: key=value, the value as the JSON body states it.
        const text = this.stringOf (value);
        if (text === undefined) {
            throw new BadRequest (this.id + ' cannot sign the parameter ' + key + ': its value must be a string, a number or a boolean');
        }
        return key + '=' + text;
    }

    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        // Private requests: the JSON body is { apiKey, nonce, <parameters>, signature }; the signature is the
        // HMAC-SHA256, in upper-case hex, of the URL, apiKey=<key>, nonce=<nonce> and each parameter as
        // name=value, in the order of the body, joined by commas.
        let url = this.safeString (this.urls['api'], api) + '/' + path;
        if (api === 'public') {
            if (Object.keys (params).length > 0) {
                url = url + '?' + this.urlencode (params);
            }
            return { 'url': url, 'method': method, 'body': body, 'headers': headers };
        }
        this.checkRequiredCredentials ();
        if (('apiKey' in params) || ('nonce' in params) || ('signature' in params)) {
            // The signed text would name the key or nonce twice, the body once.
            throw new BadRequest (this.id + ' ' + path + ' takes no parameter apiKey, nonce or signature: the request is signed with its own');
        }
        const nonce = this.nonce ();
        const parts = [ url, this.signatureValue ('apiKey', this.apiKey), this.signatureValue ('nonce', nonce) ];
        const keys = Object.keys (params);
        for (let i = 0; i < keys.length; i++) {
            parts.push (this.signatureValue (keys[i], this.safeValue (params, keys[i])));
        }
        const signature = this.hmac (this.encode (parts.join (',')), this.encode (this.secret), 'sha256');
        const request = this.extend ({ 'apiKey': this.apiKey, 'nonce': nonce }, params);
        request['signature'] = signature.toUpperCase ();
        body = this.json (request);
        headers = { 'Content-Type': 'application/json' };
        return { 'url': url, 'method': method, 'body': body, 'headers': headers };
    }

    handleErrors (status, reason, url, method, responseHeaders, responseBody, response, requestHeaders, requestBody) {
        // { "Message": "..." } with HTTP 400 (or 401, 403, 429).
        if ((status < 400) || (response === undefined) || Array.isArray (response) || (typeof response !== 'object')) {
            return undefined;
        }
        const message = this.safeString (response, 'Message');
        if (message === undefined) {
            return undefined;
        }
        const feedback = this.id + ' ' + this.excerpt (responseBody);
        this.throwExactlyMatchedException (this.exceptions['exact'], message, feedback);
        this.throwBroadlyMatchedException (this.exceptions['broad'], message, feedback);
        if (status === 400) {
            throw new BadRequest (feedback);
        }
        return undefined;
    }
}
