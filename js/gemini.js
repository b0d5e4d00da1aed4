// Gemini spot REST API (v1, with the v2 ticker and candles): https://docs.gemini.com/rest-api/
import Exchange from './base/Exchange.js';
import { AccountSuspended, ArgumentsRequired, AuthenticationError, BadRequest, BadSymbol, ExchangeError, ExchangeNotAvailable, InsufficientFunds, InvalidAddress, InvalidNonce, InvalidOrder, NotSupported, OnMaintenance, OrderNotFound, PermissionDenied, RateLimitExceeded } from './base/errors.js';
import Precise from './base/Precise.js';
import { TICK_SIZE } from './base/functions/number.js';

export default class gemini extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'gemini',
            'name': 'Gemini',
            'countries': [ 'US' ],
            'version': 'v1',
            // Documented limits: public endpoints 120 requests a minute (at most 1 a second recommended),
            // private endpoints 600 a minute (at most 5 a second). One unit is 100 ms: private calls cost 1,
            // public calls 5.
            'rateLimit': 100,
            'has': {
                'fetchMarkets': true,
                'fetchCurrencies': false, // no currency list endpoint
                'fetchTicker': true,
                'fetchTickers': true,
                'fetchOrderBook': true,
                'fetchOHLCV': true,
                'fetchTrades': true,
                'fetchBalance': true,
                'createOrder': true,
                'cancelOrder': true,
                'editOrder': false, // orders cannot be changed
                'fetchOrder': true,
                'fetchOrders': false, // active and past orders are separate lists
                'fetchOpenOrders': true,
                'fetchClosedOrders': true,
                'fetchMyTrades': true,
                'fetchDeposits': true,
                'fetchWithdrawals': true,
                'fetchTransactions': true,
                'fetchLedger': false, // no ledger endpoint for spot accounts
                'fetchDepositAddress': true,
                'withdraw': true,
                'fetchTime': false, // no server time endpoint
                'fetchStatus': false, // no status endpoint
                'fetchTradingFees': true,
                'cancelAllOrders': true,
                'fetchOrderTrades': true,
                'fetchTradingFee': true,
                'fetchDepositAddresses': true,
                'createDepositAddress': true,
                'fetchDepositWithdrawFees': false, // only a per-withdrawal fee estimate exists
                'transfer': false, // transfers between accounts need a master (group) key and account names
                'createMarketBuyOrderWithCost': false, // no market orders through the API
            },
            'urls': {
                'logo': 'https://www.gemini.com/favicon.ico',
                'api': 'https://api.gemini.com',
                'www': 'https://www.gemini.com',
                'doc': 'https://docs.gemini.com/rest-api/',
                'fees': 'https://www.gemini.com/fees/api-fee-schedule',
            },
            'api': {
                'public': {
                    'get': {
                        'v1/symbols': 5,
                        'v1/symbols/details/{symbol}': 5,
                        'v1/network/{token}': 5,
                        'v1/pubticker/{symbol}': 5,
                        'v2/ticker/{symbol}': 5,
                        'v1/feepromos': 5,
                        'v1/book/{symbol}': 5,
                        'v1/trades/{symbol}': 5,
                        'v1/pricefeed': 5,
                        'v2/candles/{symbol}/{time_frame}': 5,
                        'v2/derivatives/candles/{symbol}/{time_frame}': 5,
                        'v2/fxrate/{symbol}/{timestamp}': 5,
                    },
                },
                'private': {
                    'post': {
                        'v1/order/new': 1,
                        'v1/order/cancel': 1,
                        'v1/order/cancel/all': 1,
                        'v1/order/cancel/session': 1,
                        'v1/order/status': 1,
                        'v1/orders': 1,
                        'v1/orders/history': 1,
                        'v1/mytrades': 1,
                        'v1/tradevolume': 1,
                        'v1/notionalvolume': 1,
                        'v1/wrap/{symbol}': 1,
                        'v1/heartbeat': 1,
                        'v1/balances': 1,
                        'v1/notionalbalances/{currency}': 1,
                        'v1/addresses/{network}': 1,
                        'v1/deposit/{network}/newAddress': 1,
                        'v1/transfers': 1,
                        'v1/custodyaccountfees': 1,
                        'v1/withdraw/{currency}/feeEstimate': 1,
                        'v1/withdraw/{currency}': 1,
                        'v1/payments/methods': 1,
                        'v1/approvedAddresses/account/{network}': 1,
                        'v1/approvedAddresses/{network}/request': 1,
                        'v1/approvedAddresses/{network}/remove': 1,
                        'v1/account/transfer/{currency}': 1,
                        'v1/account': 1,
                        'v1/account/list': 1,
                        'v1/roles': 1,
                    },
                },
            },
            // v2 candles' time_frame.
            'timeframes': {
                '1m': '1m',
                '5m': '5m',
                '15m': '15m',
                '30m': '30m',
                '1h': '1hr',
                '6h': '6hr',
                '1d': '1day',
            },
            'requiredCredentials': {
                'apiKey': true,
                'secret': true,
            },
            // The API fee schedule's first tier (30-day volume below $10,000); the account's own rates come
            // from fetchTradingFees (notionalvolume's api_maker_fee_bps and api_taker_fee_bps).
            'fees': {
                'trading': {
                    'tierBased': true,
                    'percentage': true,
                    'maker': 0.002,
                    'taker': 0.004,
                },
            },
            'precisionMode': TICK_SIZE,
            'options': {
                // true for an API key created with a time based nonce (seconds, not milliseconds).
                'timeBasedNonce': false,
                // Unified network codes and Gemini's network names (the {network} of addresses and
                // deposit/{network}/newAddress).
                'networks': {
                    'BTC': 'bitcoin',
                    'ERC20': 'ethereum',
                    'BCH': 'bitcoincash',
                    'LTC': 'litecoin',
                    'ZEC': 'zcash',
                    'FIL': 'filecoin',
                    'DOGE': 'dogecoin',
                    'XTZ': 'tezos',
                    'SOL': 'solana',
                    'DOT': 'polkadot',
                    'AVAXC': 'avalanche',
                    'ATOM': 'cosmos',
                    'XRP': 'xrpl',
                },
                // The network of a currency's deposits when params.network is not given: a native coin's
                // own chain, Ether and the ERC20 tokens Gemini lists on Ethereum.
                'defaultNetworks': {
                    'BTC': 'BTC',
                    'ETH': 'ERC20',
                    'BCH': 'BCH',
                    'LTC': 'LTC',
                    'ZEC': 'ZEC',
                    'FIL': 'FIL',
                    'DOGE': 'DOGE',
                    'XTZ': 'XTZ',
                    'SOL': 'SOL',
                    'DOT': 'DOT',
                    'AVAX': 'AVAXC',
                    'ATOM': 'ATOM',
                    'XRP': 'XRP',
                    'GUSD': 'ERC20',
                    'USDC': 'ERC20',
                    'LINK': 'ERC20',
                    'UNI': 'ERC20',
                    'AAVE': 'ERC20',
                },
                // Order execution options and the unified timeInForce they are.
                'timeInForceOptions': {
                    'IOC': 'immediate-or-cancel',
                    'FOK': 'fill-or-kill',
                    'PO': 'maker-or-cancel',
                },
                // Market statuses that take new orders (cancel_only and closed do not).
                'activeStatuses': [ 'open', 'post_only', 'limit_only' ],
                // transfers' status: the docs (List Past Transfers) say 'When deposits show as Advanced or Complete
                // they are available for trading': an advanced deposit is credited (ok), ahead of its settlement.
                'transactionStatuses': {
                    'Complete': 'ok',
                    'Advanced': 'ok',
                    'Pending': 'pending',
                    'Processing': 'pending',
                },
                // transfers' type: Deposit and Withdrawal are transactions; other rows of the list (Reward, the
                // rewards Gemini credits) are neither and are left out of fetchDeposits and the like.
                'transactionTypes': {
                    'Deposit': 'deposit',
                    'Withdrawal': 'withdrawal',
                },
            },
            // Errors are { "result": "error", "reason": "...", "message": "..." } with an HTTP error status;
            // reasons from the documented error table.
            'exceptions': {
                'exact': {
                    'AuctionNotOpen': InvalidOrder, // an auction-only order while no auction is open
                    'ClientOrderIdTooLong': InvalidOrder,
                    'ClientOrderIdMustBeString': InvalidOrder,
                    'ConflictingOptions': InvalidOrder, // more than one order execution option
                    'EndpointMismatch': BadRequest, // the payload's request is not the URL's path
                    'EndpointNotFound': BadRequest,
                    'IneligibleTiming': InvalidOrder, // auction orders outside the auction window
                    'InsufficientFunds': InsufficientFunds,
                    'InvalidJson': BadRequest,
                    'InvalidNonce': InvalidNonce, // not larger than the last one (or out of the time window)
                    'InvalidOrderType': InvalidOrder,
                    'InvalidPrice': InvalidOrder,
                    'InvalidStopPrice': InvalidOrder,
                    'InvalidStopPriceSell': InvalidOrder,
                    'InvalidStopPriceBuy': InvalidOrder,
                    'InvalidStopPriceRatio': InvalidOrder,
                    'InvalidQuantity': InvalidOrder,
                    'InvalidSide': InvalidOrder,
                    'InvalidSignature': AuthenticationError,
                    'InvalidSymbol': BadSymbol,
                    'InvalidTimestampInPayload': BadRequest,
                    'InvalidAccountName': BadRequest,
                    'InvalidAccountType': BadRequest,
                    'Maintenance': OnMaintenance,
                    'MarketNotOpen': InvalidOrder, // the market takes no new orders now
                    'MissingApikeyHeader': AuthenticationError,
                    'MissingOrderField': InvalidOrder,
                    'MissingRole': PermissionDenied, // the key lacks the Trader or Fund Manager role
                    'MissingPayloadHeader': AuthenticationError,
                    'MissingPayloadKey': BadRequest,
                    'MissingSignatureHeader': AuthenticationError,
                    'MissingName': BadRequest,
                    'MissingNonce': InvalidNonce,
                    'AccountClosed': AccountSuspended,
                    'NoSSL': BadRequest,
                    'OptionsMustBeArray': BadRequest,
                    'OrderNotFound': OrderNotFound,
                    'RateLimit': RateLimitExceeded,
                    'System': ExchangeNotAvailable, // technical issues
                    'UnsupportedOption': InvalidOrder,
                },
                'broad': {},
            },
        });
    }

    nonce () {
        // A nonce must grow with every request of the key; the docs recommend milliseconds. A key created
        // with "Uses a time based nonce" wants seconds within 30 s of the server's clock instead.
        if (this.safeBool (this.options, 'timeBasedNonce', false) === true) {
            return this.seconds ();
        }
        return this.milliseconds ();
    }

    // --- markets --------------------------------------------------------------------------------------

    async fetchMarkets (params = {}) {
        // symbols: [ 'btcusd', ... ]; the details of each come from symbols/details/{symbol} (one request a
        // symbol: no endpoint gives them all). Perpetual swaps (product_type 'swap') are left out: spot only.
        const ids = await this.publicGetV1Symbols (params);
        const result = [];
        for (let i = 0; i < ids.length; i++) {
            let details = undefined;
            try {
                details = await this.publicGetV1SymbolsDetailsSymbol ({ 'symbol': ids[i] });
            } catch (e) {
                // A listed symbol whose details are refused (InvalidSymbol) is left out rather than failing
                // every market; any other error stops.
                if (e instanceof BadSymbol) {
                    continue;
                }
                throw e;
            }
            const productType = this.safeString (details, 'product_type', 'spot');
            if (productType === 'spot') {
                result.push (this.parseMarket (ids[i], details));
            }
        }
        return result;
    }

    parseMarket (id, details) {
        // details: { symbol: 'BTCUSD', base_currency, quote_currency, tick_size (the amount step),
        // quote_increment (the price step), min_order_size, status, wrap_enabled, product_type, ... }.
        const baseId = this.safeString (details, 'base_currency');
        const quoteId = this.safeString (details, 'quote_currency');
        const base = this.safeCurrencyCode (baseId);
        const quote = this.safeCurrencyCode (quoteId);
        const status = this.safeString (details, 'status');
        return this.safeMarketStructure ({
            'id': id,
            'symbol': base + '/' + quote,
            'base': base,
            'quote': quote,
            'baseId': baseId,
            'quoteId': quoteId,
            'active': (status === undefined) ? undefined : this.inArray (status, this.options['activeStatuses']),
            'type': 'spot',
            'spot': true,
            'taker': this.fees['trading']['taker'],
            'maker': this.fees['trading']['maker'],
            'precision': {
                'amount': this.safeNumber (details, 'tick_size'),
                'price': this.safeNumber (details, 'quote_increment'),
            },
            'limits': {
                'amount': { 'min': this.safeNumber (details, 'min_order_size'), 'max': undefined },
                'price': { 'min': undefined, 'max': undefined },
                'cost': { 'min': undefined, 'max': undefined },
            },
            'info': details,
        });
    }

    geminiMarket (marketId, market = undefined) {
        // Responses name markets 'btcusd' or 'BTCUSD'; the market ids are the lowercase ones of symbols.
        const id = (marketId === undefined) ? undefined : marketId.toLowerCase ();
        return this.safeMarket (id, market);
    }

    // --- market data ----------------------------------------------------------------------------------

    parseTicker (ticker, market = undefined) {
        // The merge of v2 ticker { symbol, open, high, low, close, changes, bid, ask } and v1 pubticker
        // { bid, ask, last, volume: { BTC, USD, timestamp } }, or a pricefeed entry { pair, price,
        // percentChange24h (a fraction) }.
        market = this.geminiMarket (this.safeString2 (ticker, 'symbol', 'pair'), market);
        const volume = this.safeDict (ticker, 'volume', {});
        const change = this.safeString (ticker, 'percentChange24h');
        const last = this.safeString2 (ticker, 'last', 'price', this.safeString (ticker, 'close'));
        return this.safeTicker ({
            'symbol': market['symbol'],
            'timestamp': this.safeInteger (volume, 'timestamp'),
            'high': this.safeString (ticker, 'high'),
            'low': this.safeString (ticker, 'low'),
            'bid': this.safeString (ticker, 'bid'),
            'ask': this.safeString (ticker, 'ask'),
            'open': this.safeString (ticker, 'open'),
            'last': last,
            'percentage': (change === undefined) ? undefined : Precise.stringMul (change, '100'),
            'baseVolume': this.safeString (volume, market['baseId']),
            'quoteVolume': this.safeString (volume, market['quoteId']),
            'info': ticker,
        }, market);
    }

    async fetchTicker (symbol, params = {}) {
        // v2 ticker has the 24 h open, high and low but no volume; v1 pubticker the last price and the
        // volumes: both are asked and merged.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'symbol': market['id'] };
        const statistics = await this.publicGetV2TickerSymbol (this.extend (request, params));
        const latest = await this.publicGetV1PubtickerSymbol (this.extend (request, params));
        const merged = this.extend (statistics, latest);
        return this.parseTicker (merged, market);
    }

    async fetchTickers (symbols = undefined, params = {}) {
        // pricefeed: the last price and 24 h change of every pair, in one request; percentChange24h is read as
        // a fraction (0.0523 is 5.23 %).
        await this.loadMarkets ();
        const response = await this.publicGetV1Pricefeed (params);
        // The feed lists every instrument, perpetual swaps too: only the loaded (spot) markets are kept.
        const listed = [];
        for (let i = 0; i < response.length; i++) {
            const pair = this.safeStringLower (response[i], 'pair');
            if ((pair !== undefined) && (this.safeValue (this.marketsById, pair) !== undefined)) {
                listed.push (response[i]);
            }
        }
        return this.parseTickers (listed, symbols);
    }

    async fetchOrderBook (symbol, limit = undefined, params = {}) {
        // book: { bids: [ { price, amount, timestamp } ], asks: [ ... ] }; limit_bids and limit_asks cap the
        // levels (0 for the whole book).
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'symbol': market['id'] };
        if (limit !== undefined) {
            request['limit_bids'] = limit;
            request['limit_asks'] = limit;
        }
        const response = await this.publicGetV1BookSymbol (this.extend (request, params));
        return this.parseOrderBook (response, market['symbol'], undefined, 'bids', 'asks', 'price', 'amount');
    }

    parseOHLCV (ohlcv, market = undefined) {
        // [ time (ms), open, high, low, close, volume ].
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
        // v2 candles/{symbol}/{time_frame}: the recent candles, newest first, without range parameters:
        // since and limit filter them here; an end (until) cannot be asked for.
        await this.loadMarkets ();
        if (this.safeValue (params, 'until') !== undefined) {
            throw new NotSupported (this.id + ' fetchOHLCV () does not support the unified param until: candles takes no time range');
        }
        const market = this.market (symbol);
        const frame = this.safeString (this.timeframes, timeframe);
        if (frame === undefined) {
            throw new BadRequest (this.id + ' fetchOHLCV () does not support the timeframe ' + timeframe + ': one of ' + Object.keys (this.timeframes).join (', '));
        }
        const request = { 'symbol': market['id'], 'time_frame': frame };
        const response = await this.publicGetV2CandlesSymbolTimeFrame (this.extend (request, params));
        const candles = this.parseOHLCVs (response, market, timeframe, since);
        // A limit without since wants the latest candles, from since the first ones after it.
        return this.filterBySinceLimit (candles, since, limit, 0, since === undefined);
    }

    parseTrade (trade, market = undefined) {
        // Public trades: { timestamp, timestampms, tid, price, amount, exchange, type: the taker's side
        // ('buy' or 'sell'; 'auction' and 'block' have none) }. The account's trades (mytrades, order
        // status with include_trades): { price, amount, timestamp, timestampms, type: its own side ('Buy'
        // or 'Sell'), aggressor (taker), fee_currency, fee_amount, tid, order_id, symbol, client_order_id }.
        market = this.geminiMarket (this.safeString (trade, 'symbol'), market);
        const side = this.safeStringLower (trade, 'type');
        const aggressor = this.safeBool (trade, 'aggressor');
        let takerOrMaker = undefined;
        if (aggressor !== undefined) {
            takerOrMaker = aggressor ? 'taker' : 'maker';
        }
        let fee = undefined;
        const feeCost = this.safeString (trade, 'fee_amount');
        if (feeCost !== undefined) {
            fee = { 'cost': feeCost, 'currency': this.safeCurrencyCode (this.safeString (trade, 'fee_currency')) };
        }
        return this.safeTrade ({
            'id': this.safeString (trade, 'tid'),
            'order': this.safeString (trade, 'order_id'),
            'symbol': market['symbol'],
            'timestamp': this.safeInteger (trade, 'timestampms'),
            'side': ((side === 'buy') || (side === 'sell')) ? side : undefined,
            'takerOrMaker': takerOrMaker,
            'price': this.safeString (trade, 'price'),
            'amount': this.safeString (trade, 'amount'),
            'fee': fee,
            'info': trade,
        }, market);
    }

    async fetchTrades (symbol, since = undefined, limit = undefined, params = {}) {
        // trades/{symbol}: timestamp (trades after it, ms), limit_trades (default 50, at most 500); newest
        // first.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'symbol': market['id'] };
        if (since !== undefined) {
            request['timestamp'] = since;
        }
        if (limit !== undefined) {
            request['limit_trades'] = Math.min (limit, 500);
        }
        const response = await this.publicGetV1TradesSymbol (this.extend (request, params));
        return this.parseTrades (response, market, since, limit);
    }

    // --- account --------------------------------------------------------------------------------------

    async fetchBalance (params = {}) {
        // balances: [ { type: 'exchange', currency, amount (total), available, availableForWithdrawal } ].
        await this.loadMarkets ();
        const response = await this.privatePostV1Balances (params);
        const result = { 'info': response };
        for (let i = 0; i < response.length; i++) {
            const entry = response[i];
            const code = this.safeCurrencyCode (this.safeString (entry, 'currency'));
            const account = this.account ();
            account['free'] = this.safeString (entry, 'available');
            account['total'] = this.safeString (entry, 'amount');
            result[code] = account;
        }
        return this.safeBalance (result);
    }

    async fetchTradingFees (params = {}) {
        // notionalvolume: the account's fee rates in basis points, the same for every market; orders sent
        // through the API pay api_maker_fee_bps and api_taker_fee_bps.
        await this.loadMarkets ();
        const response = await this.privatePostV1Notionalvolume (params);
        const maker = Precise.stringDiv (this.safeString (response, 'api_maker_fee_bps'), '10000');
        const taker = Precise.stringDiv (this.safeString (response, 'api_taker_fee_bps'), '10000');
        const result = {};
        for (let i = 0; i < this.symbols.length; i++) {
            const symbol = this.symbols[i];
            result[symbol] = {
                'symbol': symbol,
                'maker': this.parseNumber (maker),
                'taker': this.parseNumber (taker),
                'info': response,
            };
        }
        return result;
    }

    async fetchTradingFee (symbol, params = {}) {
        return await this.tradingFeeOfAll (symbol, params);
    }

    // --- orders ---------------------------------------------------------------------------------------

    parseOrderStatus (order) {
        // is_live: on the book (or a stop waiting); is_cancelled: canceled (partly filled or not); else filled.
        if (this.safeBool (order, 'is_live') === true) {
            return 'open';
        }
        if (this.safeBool (order, 'is_cancelled') === true) {
            return 'canceled';
        }
        if (this.safeBool (order, 'is_live') === false) {
            return 'closed';
        }
        return undefined;
    }

    parseOrderType (type) {
        // 'exchange limit', 'exchange stop limit', 'stop-limit', 'auction-only exchange limit' are limit
        // orders; 'market buy' and 'market sell' the web's market orders.
        if (type === undefined) {
            return undefined;
        }
        if (type.indexOf ('market') >= 0) {
            return 'market';
        }
        return 'limit';
    }

    parseTimeInForce (options) {
        // The order execution options: one of maker-or-cancel, immediate-or-cancel, fill-or-kill; none is
        // good till canceled.
        if (this.inArray ('maker-or-cancel', options)) {
            return 'PO';
        }
        if (this.inArray ('immediate-or-cancel', options)) {
            return 'IOC';
        }
        if (this.inArray ('fill-or-kill', options)) {
            return 'FOK';
        }
        return 'GTC';
    }

    parseOrder (order, market = undefined) {
        // order status: { order_id, id, symbol, exchange, avg_execution_price, side, type, timestamp,
        // timestampms, is_live, is_cancelled, is_hidden, was_forced, executed_amount, remaining_amount,
        // client_order_id, options, price, original_amount, stop_price, trades (with include_trades) }.
        market = this.geminiMarket (this.safeString (order, 'symbol'), market);
        const type = this.parseOrderType (this.safeString (order, 'type'));
        const options = this.safeList (order, 'options', []);
        const timeInForce = (type === 'limit') ? this.parseTimeInForce (options) : undefined;
        const filled = this.safeString (order, 'executed_amount');
        const average = Precise.stringGt (filled, '0') ? this.safeString (order, 'avg_execution_price') : undefined;
        const rawTrades = this.safeList (order, 'trades', []);
        const trades = [];
        for (let i = 0; i < rawTrades.length; i++) {
            trades.push (this.parseTrade (rawTrades[i], market));
        }
        return this.safeOrder ({
            'id': this.safeString2 (order, 'order_id', 'id'),
            'clientOrderId': this.safeString (order, 'client_order_id'),
            'symbol': market['symbol'],
            'timestamp': this.safeInteger (order, 'timestampms'),
            'status': this.parseOrderStatus (order),
            'type': type,
            'timeInForce': timeInForce,
            'postOnly': (timeInForce === undefined) ? undefined : (timeInForce === 'PO'),
            'side': this.safeStringLower (order, 'side'),
            'price': this.safeString (order, 'price'),
            'triggerPrice': this.safeString (order, 'stop_price'),
            'average': average,
            'amount': this.safeString (order, 'original_amount'),
            'filled': filled,
            'remaining': this.safeString (order, 'remaining_amount'),
            'trades': trades,
            'info': order,
        }, market);
    }

    orderOptions (unified, isStop) {
        // The unified postOnly and timeInForce as Gemini's order execution options (a list of at most one).
        let name = undefined;
        if (unified['postOnly']) {
            name = 'PO';
        } else if ((unified['timeInForce'] !== undefined) && (unified['timeInForce'] !== 'GTC')) {
            name = unified['timeInForce'];
        }
        if (name === undefined) {
            return undefined;
        }
        if (isStop) {
            // Stop-limit orders take no execution options.
            throw new InvalidOrder (this.id + ' createOrder () a stop order (triggerPrice or stopLossPrice) cannot be combined with postOnly or timeInForce ' + name);
        }
        return [ this.safeString (this.options['timeInForceOptions'], name) ];
    }

    async createOrder (symbol, type, side, amount, price = undefined, params = {}) {
        // POST order/new: { client_order_id, symbol, amount, price, side, type: 'exchange limit' or
        // 'exchange stop limit' (with stop_price), options: [ one execution option ] }. The API has limit
        // orders only: a 'market' order is rejected (NotSupported), as is cost, which sizes market orders.
        // A stop-limit buy triggers when the price rises to stop_price, a sell when it falls to it: that is
        // triggerPrice, and stopLossPrice of either side; a take profit (the other direction) cannot be
        // placed. Spot has no reduceOnly.
        await this.loadMarkets ();
        const market = this.market (symbol);
        if (type === 'market') {
            throw new NotSupported (this.id + ' createOrder () does not support market orders: the API places limit orders only (an immediate-or-cancel limit order at a marketable price is the documented alternative)');
        }
        if (type !== 'limit') {
            throw new InvalidOrder (this.id + ' createOrder () type must be limit, not ' + type);
        }
        const [ unified, rest ] = this.unifiedOrderParams (type, params);
        this.rejectUnifiedParams ('createOrder', unified, [ 'reduceOnly', 'takeProfitPrice', 'cost' ]);
        if (price === undefined) {
            throw new ArgumentsRequired (this.id + ' createOrder () requires a price for a limit order');
        }
        const trigger = unified['trigger'];
        const isStop = trigger !== undefined;
        const request = {
            'symbol': market['id'],
            'amount': this.amountToPrecision (symbol, amount),
            'price': this.priceToPrecision (symbol, price),
            'side': side,
            'type': isStop ? 'exchange stop limit' : 'exchange limit',
        };
        if (unified['clientOrderId'] !== undefined) {
            request['client_order_id'] = unified['clientOrderId'];
        }
        if (isStop) {
            request['stop_price'] = this.priceToPrecision (symbol, trigger);
        }
        const options = this.orderOptions (unified, isStop);
        if (options !== undefined) {
            request['options'] = options;
        }
        const response = await this.privatePostV1OrderNew (this.extend (request, rest));
        return this.parseOrder (response, market);
    }

    orderIdRequest (id, params) {
        // order_id is an integer in the payload; a client order id goes by client_order_id instead.
        const clientOrderId = this.safeString (params, 'clientOrderId');
        const rest = this.omit (params, 'clientOrderId');
        if (clientOrderId !== undefined) {
            return this.extend ({ 'client_order_id': clientOrderId }, rest);
        }
        if (id === undefined) {
            throw new ArgumentsRequired (this.id + ' needs an order id (or params.clientOrderId)');
        }
        return this.extend ({ 'order_id': this.orderIdNumber (id) }, rest);
    }

    orderIdNumber (id) {
        // Gemini's order ids are whole numbers, sent as JSON numbers.
        const text = this.stringOf (id);
        if ((text === undefined) || !this.isDecimalString (text) || (text.indexOf ('.') >= 0) || (text.indexOf ('-') >= 0)) {
            throw new BadRequest (this.id + ' order ids are whole numbers, not ' + text);
        }
        return parseInt (text);
    }

    async cancelOrder (id, symbol = undefined, params = {}) {
        // POST order/cancel { order_id }: the order's status, is_cancelled true.
        await this.loadMarkets ();
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
        }
        const response = await this.privatePostV1OrderCancel (this.extend ({ 'order_id': this.orderIdNumber (id) }, params));
        return this.parseOrder (response, market);
    }

    async cancelAllOrders (symbol = undefined, params = {}) {
        // POST order/cancel/all (every session's orders; order/cancel/session with params.session true):
        // { result: 'ok', details: { cancelledOrders: [ ids ], cancelRejects: [ ids ] } }. Neither takes a
        // symbol, so one cannot be honoured.
        if (symbol !== undefined) {
            throw new NotSupported (this.id + ' cancelAllOrders () cancels the orders of every market: it takes no symbol');
        }
        const session = this.safeBool (params, 'session', false) === true;
        const query = this.omit (params, 'session');
        let response = undefined;
        if (session) {
            response = await this.privatePostV1OrderCancelSession (query);
        } else {
            response = await this.privatePostV1OrderCancelAll (query);
        }
        const details = this.safeDict (response, 'details', {});
        const ids = this.safeList (details, 'cancelledOrders', []);
        const result = [];
        for (let i = 0; i < ids.length; i++) {
            result.push (this.safeOrder ({ 'id': this.stringOf (ids[i]), 'status': 'canceled', 'info': response }));
        }
        return result;
    }

    async fetchOrder (id, symbol = undefined, params = {}) {
        // POST order/status { order_id } (or client_order_id with params.clientOrderId).
        await this.loadMarkets ();
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
        }
        const response = await this.privatePostV1OrderStatus (this.orderIdRequest (id, params));
        return this.parseOrder (this.orderOf (response), market);
    }

    orderOf (response) {
        // By client_order_id the answer is a list of the orders with that id; by order_id the order itself.
        if (Array.isArray (response)) {
            return this.safeDict (response, 0, {});
        }
        return response;
    }

    async fetchOrderTrades (id, symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // POST order/status with include_trades: the order's trades list.
        await this.loadMarkets ();
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
        }
        const request = this.extend (this.orderIdRequest (id, params), { 'include_trades': true });
        const response = await this.privatePostV1OrderStatus (request);
        const order = this.orderOf (response);
        market = this.geminiMarket (this.safeString (order, 'symbol'), market);
        return this.parseTrades (this.safeList (order, 'trades', []), market, since, limit);
    }

    async fetchOpenOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // POST orders: every live order of the account; symbol, since and limit filter them.
        await this.loadMarkets ();
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
        }
        const response = await this.privatePostV1Orders (params);
        return this.parseOrders (response, market, since, limit);
    }

    rejectUntil (method, params) {
        // The history endpoints take a start (timestamp) and a count but no end.
        if (this.safeValue (params, 'until') !== undefined) {
            throw new NotSupported (this.id + ' ' + method + ' () does not support the unified param until: the endpoint takes a start (since) only');
        }
    }

    async fetchClosedOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // POST orders/history: symbol, timestamp (the start, ms), limit_orders (at most 500); newest first.
        this.rejectUntil ('fetchClosedOrders', params);
        await this.loadMarkets ();
        const request = {};
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
            request['symbol'] = market['id'];
        }
        if (since !== undefined) {
            request['timestamp'] = since;
        }
        if (limit !== undefined) {
            request['limit_orders'] = Math.min (limit, 500);
        }
        const response = await this.privatePostV1OrdersHistory (this.extend (request, params));
        return this.parseOrders (response, market, since, limit);
    }

    async fetchMyTrades (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // POST mytrades: symbol (required), timestamp (the start, ms), limit_trades (at most 500).
        if (symbol === undefined) {
            throw new ArgumentsRequired (this.id + ' fetchMyTrades () requires a symbol: mytrades lists one market');
        }
        this.rejectUntil ('fetchMyTrades', params);
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'symbol': market['id'] };
        if (since !== undefined) {
            request['timestamp'] = since;
        }
        if (limit !== undefined) {
            request['limit_trades'] = Math.min (limit, 500);
        }
        const response = await this.privatePostV1Mytrades (this.extend (request, params));
        return this.parseTrades (response, market, since, limit);
    }

    // --- funding --------------------------------------------------------------------------------------

    parseTransaction (transaction, currency = undefined) {
        // transfers: { type: 'Deposit' or 'Withdrawal', status, timestampms, eid, advanceEid, currency, amount,
        // feeAmount, feeCurrency (a withdrawal's fee), method, txHash, destination, outputIdx, purpose };
        // withdraw's answer: { address, amount, withdrawalId, message } (txHash for some currencies).
        const code = this.safeCurrencyCode (this.safeString (transaction, 'currency'), currency);
        const type = this.safeString (this.options['transactionTypes'], this.safeString (transaction, 'type'));
        const status = this.safeString (transaction, 'status');
        let fee = undefined;
        const feeCost = this.safeString (transaction, 'feeAmount');
        if (feeCost !== undefined) {
            const feeCurrencyId = this.safeString (transaction, 'feeCurrency');
            fee = { 'cost': feeCost, 'currency': (feeCurrencyId === undefined) ? code : this.safeCurrencyCode (feeCurrencyId) };
        }
        return this.safeTransaction ({
            'id': this.safeString2 (transaction, 'eid', 'withdrawalId'),
            'txid': this.safeString (transaction, 'txHash'),
            'timestamp': this.safeInteger (transaction, 'timestampms'),
            'address': this.safeString2 (transaction, 'destination', 'address'),
            'type': type,
            'amount': this.safeString (transaction, 'amount'),
            'currency': code,
            'status': this.safeString (this.options['transactionStatuses'], status),
            'fee': fee,
            'info': transaction,
        }, currency);
    }

    async fetchTransfersOf (type, code, since, limit, params) {
        // POST transfers: currency, timestamp (the start, ms), limit_transfers (at most 50); deposits and
        // withdrawals in one list, newest first.
        await this.loadMarkets ();
        const request = {};
        let currency = undefined;
        if (code !== undefined) {
            currency = this.currency (code);
            request['currency'] = currency['id'];
        }
        if (since !== undefined) {
            request['timestamp'] = since;
        }
        if (limit !== undefined) {
            request['limit_transfers'] = Math.min (limit, 50);
        }
        const response = await this.privatePostV1Transfers (this.extend (request, params));
        const rows = [];
        for (let i = 0; i < response.length; i++) {
            if (this.safeString (this.options['transactionTypes'], this.safeString (response[i], 'type')) !== undefined) {
                rows.push (response[i]);
            }
        }
        const transactions = this.parseTransactions (rows, currency, since);
        const result = (type === undefined) ? transactions : this.filterBy (transactions, 'type', type);
        return this.filterBySinceLimit (result, since, limit);
    }

    async fetchDeposits (code = undefined, since = undefined, limit = undefined, params = {}) {
        this.rejectUntil ('fetchDeposits', params);
        return await this.fetchTransfersOf ('deposit', code, since, limit, params);
    }

    async fetchWithdrawals (code = undefined, since = undefined, limit = undefined, params = {}) {
        this.rejectUntil ('fetchWithdrawals', params);
        return await this.fetchTransfersOf ('withdrawal', code, since, limit, params);
    }

    async fetchTransactions (code = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchTransfersOf (undefined, code, since, limit, params);
    }

    depositNetwork (currency, params, method) {
        // [ unified network code, Gemini's network name ]: params.network, else the currency's default
        // network; an unknown code is rejected rather than sent as it is.
        let networkCode = this.safeStringUpper (params, 'network');
        if (networkCode === undefined) {
            networkCode = this.safeString (this.options['defaultNetworks'], currency['code']);
            if (networkCode === undefined) {
                throw new ArgumentsRequired (this.id + ' ' + method + ' () requires the unified param network for ' + currency['code'] + ': one of ' + Object.keys (this.options['networks']).join (', '));
            }
        }
        const networkId = this.safeString (this.options['networks'], networkCode);
        if (networkId === undefined) {
            throw new BadRequest (this.id + ' ' + method + ' () knows no network ' + networkCode + ' (the unified param network): one of ' + Object.keys (this.options['networks']).join (', '));
        }
        return [ networkCode, networkId ];
    }

    async fetchDepositAddress (code, params = {}) {
        // POST addresses/{network}: [ { address, timestamp, label, memo } ], the account's addresses on that
        // network (newest first); the first is returned.
        await this.loadMarkets ();
        const currency = this.currency (code);
        const [ networkCode, networkId ] = this.depositNetwork (currency, params, 'fetchDepositAddress');
        const response = await this.privatePostV1AddressesNetwork (this.extend ({ 'network': networkId }, this.omit (params, 'network')));
        const entry = this.safeDict (response, 0);
        if (entry === undefined) {
            throw new InvalidAddress (this.id + ' has no deposit address on ' + networkId + ': createDepositAddress () makes one');
        }
        return this.parseDepositAddress (entry, currency, networkCode);
    }

    async fetchDepositAddresses (codes = undefined, params = {}) {
        // POST addresses/{network} for each currency's network (one request a currency): every address of
        // the account on it. The addresses are listed per network, not per currency, so the currencies are
        // required.
        if (codes === undefined) {
            throw new ArgumentsRequired (this.id + ' fetchDepositAddresses () requires the currency codes: addresses are listed per network');
        }
        await this.loadMarkets ();
        const result = [];
        for (let i = 0; i < codes.length; i++) {
            const currency = this.currency (codes[i]);
            const [ networkCode, networkId ] = this.depositNetwork (currency, params, 'fetchDepositAddresses');
            const response = await this.privatePostV1AddressesNetwork (this.extend ({ 'network': networkId }, this.omit (params, 'network')));
            for (let j = 0; j < response.length; j++) {
                result.push (this.parseDepositAddress (response[j], currency, networkCode));
            }
        }
        return result;
    }

    parseDepositAddress (entry, currency, networkCode) {
        return {
            'currency': currency['code'],
            'address': this.safeString (entry, 'address'),
            'tag': this.safeString (entry, 'memo'),
            'network': networkCode,
            'info': entry,
        };
    }

    async createDepositAddress (code, params = {}) {
        // POST deposit/{network}/newAddress { label }: { network, address, label }.
        await this.loadMarkets ();
        const currency = this.currency (code);
        const [ networkCode, networkId ] = this.depositNetwork (currency, params, 'createDepositAddress');
        const response = await this.privatePostV1DepositNetworkNewAddress (this.extend ({ 'network': networkId }, this.omit (params, 'network')));
        return this.parseDepositAddress (response, currency, networkCode);
    }

    async withdraw (code, amount, address, tag = undefined, params = {}) {
        // POST withdraw/{currency} { address, amount, memo }: { address, amount, withdrawalId, message }. The
        // currency decides the network: a unified network other than the currency's own is rejected.
        await this.loadMarkets ();
        const currency = this.currency (code);
        let networkCode = undefined;
        if (this.safeValue (params, 'network') !== undefined) {
            const [ requested, networkId ] = this.depositNetwork (currency, params, 'withdraw');
            const native = this.safeString (this.options['defaultNetworks'], currency['code']);
            if (requested !== native) {
                throw new NotSupported (this.id + ' withdraw () sends ' + currency['code'] + ' on its own network only: the unified param network ' + requested + ' (' + networkId + ') cannot be chosen');
            }
            networkCode = requested;
        }
        const request = {
            'currency': currency['id'].toLowerCase (),
            'address': address,
            'amount': this.numberToString (amount),
        };
        if (tag !== undefined) {
            request['memo'] = tag;
        }
        const response = await this.privatePostV1WithdrawCurrency (this.extend (request, this.omit (params, 'network')));
        const transaction = this.parseTransaction (response, currency);
        transaction['type'] = 'withdrawal';
        transaction['tag'] = tag;
        transaction['network'] = networkCode;
        transaction['status'] = 'pending';
        return transaction;
    }

    // --- transport ------------------------------------------------------------------------------------

    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        const endpoint = '/' + this.implodeParams (path, params);
        const query = this.omit (params, this.extractParams (path));
        let url = this.urls['api'] + endpoint;
        if (api === 'public') {
            if (Object.keys (query).length > 0) {
                url = url + '?' + this.urlencode (query);
            }
            return { 'url': url, 'method': method, 'body': body, 'headers': headers };
        }
        // Private: POST with an empty body; the JSON payload { request: the path, nonce, ...params } goes
        // base64-encoded in X-GEMINI-PAYLOAD, and X-GEMINI-SIGNATURE is the hex HMAC-SHA384 of that base64
        // text keyed with the secret.
        this.checkRequiredCredentials ();
        const payload = this.extend ({ 'request': endpoint, 'nonce': this.nonce () }, query);
        const encoded = this.stringToBase64 (this.json (payload));
        const signature = this.hmac (this.encode (encoded), this.encode (this.secret), 'sha384', 'hex');
        headers = {
            'Content-Type': 'text/plain',
            'X-GEMINI-APIKEY': this.apiKey,
            'X-GEMINI-PAYLOAD': encoded,
            'X-GEMINI-SIGNATURE': signature,
            'Cache-Control': 'no-cache',
        };
        return { 'url': url, 'method': method, 'body': body, 'headers': headers };
    }

    handleErrors (status, reason, url, method, responseHeaders, responseBody, response, requestHeaders, requestBody) {
        // { result: 'error', reason, message } with HTTP 400 (malformed, market not open), 403 (missing
        // role), 404 (unknown endpoint, order not found), 406 (insufficient funds), 429 (rate limit), 500,
        // 502 or 503 (maintenance): the reason picks the class.
        if ((response === undefined) || Array.isArray (response) || (typeof response !== 'object')) {
            return;
        }
        if (this.safeString (response, 'result') !== 'error') {
            return;
        }
        const errorReason = this.safeString (response, 'reason');
        const message = this.safeString (response, 'message', '');
        const feedback = this.id + ' ' + method + ' ' + url + ' ' + errorReason + ' ' + message;
        this.throwExactlyMatchedException (this.exceptions['exact'], errorReason, feedback);
        this.throwBroadlyMatchedException (this.exceptions['broad'], message, feedback);
        throw new ExchangeError (feedback);
    }
}
