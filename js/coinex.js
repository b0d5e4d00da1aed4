// CoinEx REST API v2 (spot): https://docs.coinex.com/api/v2/
import Exchange from './base/Exchange.js';
import { AccountSuspended, ArgumentsRequired, AuthenticationError, BadRequest, BadSymbol, ExchangeError, ExchangeNotAvailable, InsufficientFunds, InvalidNonce, InvalidOrder, NotSupported, OrderNotFound, PermissionDenied, RateLimitExceeded, RequestTimeout } from './base/errors.js';
import { TICK_SIZE } from './base/functions/number.js';
import Precise from './base/Precise.js';

export default class coinex extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'coinex',
            'name': 'CoinEx',
            'countries': [ 'HK' ],
            'version': 'v2',
            // The docs' rate limits are per endpoint group, in requests per second (market data 400/s per IP,
            // orders 30-60/s per user): 10 ms is one unit of the most generous group.
            'rateLimit': 10,
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
                'fetchOrders': false, // open and finished orders are separate endpoints
                'fetchOpenOrders': true,
                'fetchClosedOrders': true,
                'fetchMyTrades': true,
                'fetchDeposits': true,
                'fetchWithdrawals': true,
                'fetchTransactions': false, // separate deposit and withdrawal histories
                'fetchLedger': true,
                'fetchDepositAddress': true,
                'withdraw': true,
                'fetchTime': true,
                'fetchStatus': false, // no status endpoint in the v2 docs
                'fetchTradingFees': false, // the fee-rate endpoint answers one market at a time
                'cancelAllOrders': true,
                'fetchOrderTrades': true,
                'fetchTradingFee': true,
                'fetchDepositAddresses': false,
                'createDepositAddress': true,
                'fetchDepositWithdrawFees': true,
                'transfer': true,
                'createMarketBuyOrderWithCost': true,
            },
            'urls': {
                'logo': 'https://www.coinex.com/favicon.ico',
                'api': 'https://api.coinex.com/v2',
                'www': 'https://www.coinex.com',
                'doc': 'https://docs.coinex.com/api/v2/',
                'fees': 'https://www.coinex.com/fees',
            },
            'api': {
                'public': {
                    'get': {
                        'spot/market': 1,
                        'spot/ticker': 1,
                        'spot/depth': 1,
                        'spot/deals': 1,
                        'spot/kline': 1,
                        'time': 1,
                        'assets/all-deposit-withdraw-config': 1,
                    },
                },
                'private': {
                    'get': {
                        'assets/spot/balance': 5,
                        'assets/deposit-address': 5,
                        'assets/deposit-history': 5,
                        'assets/withdraw': 5,
                        'assets/spot/transcation-history': 5,
                        'account/trade-fee-rate': 5,
                        'spot/order-status': 2,
                        'spot/pending-order': 5,
                        'spot/finished-order': 5,
                        'spot/user-deals': 5,
                        'spot/order-deals': 5,
                    },
                    'post': {
                        'spot/order': 2,
                        'spot/stop-order': 2,
                        'spot/cancel-order': 2,
                        'spot/cancel-all-order': 5,
                        'spot/modify-order': 2,
                        'assets/withdraw': 5,
                        'assets/renewal-deposit-address': 5,
                        'assets/transfer': 5,
                    },
                },
            },
            // spot/kline's period values.
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
                '12h': '12hour',
                '1d': '1day',
                '3d': '3day',
                '1w': '1week',
            },
            'requiredCredentials': {
                'apiKey': true,
                'secret': true,
            },
            // The standard spot rate of the fee page (0.2 % maker and taker, lower with VIP levels and CET).
            'fees': {
                'trading': {
                    'tierBased': true,
                    'percentage': true,
                    'maker': 0.002,
                    'taker': 0.002,
                },
            },
            // Prices and amounts have quote_ccy_precision and base_ccy_precision decimals, kept as ticks.
            'precisionMode': TICK_SIZE,
            'options': {
                // assets/transfer's account types (one side must be the spot account).
                'accountsByType': {
                    'spot': 'SPOT',
                    'margin': 'MARGIN',
                    'futures': 'FUTURES',
                    'swap': 'FUTURES',
                },
                // Unified network codes and CoinEx's chain names (the chain param of deposits and withdrawals).
                'networks': {
                    'ERC20': 'ERC20',
                    'TRC20': 'TRC20',
                    'BEP20': 'BSC',
                    'SOL': 'SOL',
                    'BTC': 'BTC',
                    'POLYGON': 'MATIC',
                    'ARBITRUM': 'ARBITRUM',
                    'CSC': 'CSC',
                },
                'orderStatuses': {
                    'open': 'open',
                    'part_filled': 'open',
                    'filled': 'closed',
                    'part_canceled': 'canceled',
                    'canceled': 'canceled',
                },
                'depositStatuses': {
                    'processing': 'pending',
                    'confirming': 'pending',
                    'finished': 'ok',
                    'cancelled': 'canceled',
                    'too_small': 'failed',
                    'exception': 'failed',
                },
                'withdrawalStatuses': {
                    // audit: the status of the documented example of Get Withdrawal Record, awaiting review.
                    'audit': 'pending',
                    'created': 'pending',
                    'audit_required': 'pending',
                    'audited': 'pending',
                    'processing': 'pending',
                    'confirming': 'pending',
                    'finished': 'ok',
                    'cancelled': 'canceled',
                    'cancellation_failed': 'pending',
                    'failed': 'failed',
                },
                // assets/spot/transcation-history answers one type at a time: fetchLedger asks for each of these
                // (params['type'] asks for one).
                'ledgerTypes': [ 'deposit', 'withdraw', 'trade', 'maker_cash_back' ],
                'ledgerTypeNames': {
                    'deposit': 'transaction',
                    'withdraw': 'transaction',
                    'trade': 'trade',
                    'maker_cash_back': 'rebate',
                },
                // spot/depth's interval (price merging); '0' is the raw book.
                'depthInterval': '0',
            },
            // Errors come as { code, message, data } with code !== 0 (HTTP 200): the codes of the Error Handling page.
            'exceptions': {
                'exact': {
                    '3008': ExchangeNotAvailable, // service busy
                    '3109': InsufficientFunds, // insufficient balance
                    '3127': InvalidOrder, // order amount below the minimum
                    '3606': InvalidOrder, // price deviates too far from the market price
                    '3600': OrderNotFound, // order not found
                    '3610': OrderNotFound, // order already canceled
                    '4001': ExchangeNotAvailable, // service unavailable
                    '4002': RequestTimeout, // service request timed out
                    '4003': ExchangeError, // internal error
                    '4004': BadRequest, // parameter error
                    '4005': AuthenticationError, // abnormal access_id
                    '4006': AuthenticationError, // signature verification failed
                    '4007': PermissionDenied, // IP address prohibited
                    '4008': PermissionDenied, // the access_id lacks the permission
                    '4009': PermissionDenied, // abnormal account status
                    '4010': InvalidNonce, // request expired (timestamp outside the window)
                    '4011': PermissionDenied, // user prohibited from accessing the market
                    '4017': InvalidNonce, // signature expired
                    '4115': AccountSuspended, // user prohibited from trading
                    '4117': BadSymbol, // trading prohibited in this market
                    '4158': PermissionDenied, // trading prohibited
                    '4213': RateLimitExceeded, // rate limit triggered
                },
                'broad': {},
            },
        });
    }

    // --- markets -------------------------------------------------------------------------------------

    async fetchMarkets (params = {}) {
        // spot/market: [ { market, taker_fee_rate, maker_fee_rate, min_amount, base_ccy, quote_ccy,
        // base_ccy_precision, quote_ccy_precision, status ('online', ...), is_amm_available, is_margin_available,
        // is_api_trading_available } ].
        const response = await this.publicGetSpotMarket (params);
        const data = this.safeList (response, 'data', []);
        const result = [];
        for (let i = 0; i < data.length; i++) {
            const entry = data[i];
            const baseId = this.safeString (entry, 'base_ccy');
            const quoteId = this.safeString (entry, 'quote_ccy');
            const base = this.safeCurrencyCode (baseId);
            const quote = this.safeCurrencyCode (quoteId);
            const apiTrading = this.safeBool (entry, 'is_api_trading_available', true);
            result.push (this.safeMarketStructure ({
                'id': this.safeString (entry, 'market'),
                'symbol': base + '/' + quote,
                'base': base,
                'quote': quote,
                'baseId': baseId,
                'quoteId': quoteId,
                'active': (this.safeString (entry, 'status') === 'online') && apiTrading,
                'type': 'spot',
                'spot': true,
                'taker': this.safeNumber (entry, 'taker_fee_rate'),
                'maker': this.safeNumber (entry, 'maker_fee_rate'),
                'precision': {
                    'amount': this.parseNumber (this.parsePrecision (this.safeString (entry, 'base_ccy_precision'))),
                    'price': this.parseNumber (this.parsePrecision (this.safeString (entry, 'quote_ccy_precision'))),
                },
                'limits': {
                    'amount': { 'min': this.safeNumber (entry, 'min_amount') },
                    'price': {},
                    'cost': {},
                },
                'info': entry,
            }));
        }
        return result;
    }

    async fetchTime (params = {}) {
        // time: { timestamp } in milliseconds.
        const response = await this.publicGetTime (params);
        return this.safeInteger (this.safeDict (response, 'data', {}), 'timestamp');
    }

    async fetchCurrencies (params = {}) {
        // assets/all-deposit-withdraw-config (no signature): [ { asset: { ccy, deposit_enabled, withdraw_enabled,
        // inter_transfer_enabled, is_st }, chains: [ { chain, min_deposit_amount, min_withdraw_amount,
        // deposit_enabled, withdraw_enabled, withdrawal_fee, withdrawal_precision, ... } ] } ].
        const response = await this.publicGetAssetsAllDepositWithdrawConfig (params);
        const data = this.safeList (response, 'data', []);
        const result = {};
        for (let i = 0; i < data.length; i++) {
            const asset = this.safeDict (data[i], 'asset', {});
            const chains = this.safeList (data[i], 'chains', []);
            const id = this.safeString (asset, 'ccy');
            const code = this.safeCurrencyCode (id);
            const deposit = this.safeBool (asset, 'deposit_enabled');
            const withdraw = this.safeBool (asset, 'withdraw_enabled');
            const networks = {};
            let decimals = undefined;
            for (let j = 0; j < chains.length; j++) {
                const chain = chains[j];
                const chainId = this.safeString (chain, 'chain');
                const networkCode = this.networkCode (chainId);
                const chainDeposit = this.safeBool (chain, 'deposit_enabled');
                const chainWithdraw = this.safeBool (chain, 'withdraw_enabled');
                const chainDecimals = this.safeInteger (chain, 'withdrawal_precision');
                // The currency's precision is the finest of its chains'.
                if ((chainDecimals !== undefined) && ((decimals === undefined) || (chainDecimals > decimals))) {
                    decimals = chainDecimals;
                }
                networks[networkCode] = {
                    'id': chainId,
                    'network': networkCode,
                    'active': chainDeposit && chainWithdraw,
                    'deposit': chainDeposit,
                    'withdraw': chainWithdraw,
                    'fee': this.safeNumber (chain, 'withdrawal_fee'),
                    'precision': this.parseNumber (this.parsePrecision (this.safeString (chain, 'withdrawal_precision'))),
                    'limits': {
                        'deposit': { 'min': this.safeNumber (chain, 'min_deposit_amount') },
                        'withdraw': { 'min': this.safeNumber (chain, 'min_withdraw_amount') },
                    },
                };
            }
            result[code] = {
                'id': id,
                'code': code,
                'active': deposit && withdraw,
                'deposit': deposit,
                'withdraw': withdraw,
                'precision': (decimals === undefined) ? undefined : this.parseNumber (this.parsePrecision (this.numberToString (decimals))),
                'networks': networks,
                'info': data[i],
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
        // spot/ticker: { market, last, open, close, high, low, volume (base), value (quote), volume_sell,
        // volume_buy, period: 86400 }: no bid, ask or timestamp.
        market = this.safeMarket (this.safeString (ticker, 'market'), market);
        return this.safeTicker ({
            'symbol': market['symbol'],
            'high': this.safeString (ticker, 'high'),
            'low': this.safeString (ticker, 'low'),
            'open': this.safeString (ticker, 'open'),
            'close': this.safeString (ticker, 'close'),
            'last': this.safeString (ticker, 'last'),
            'baseVolume': this.safeString (ticker, 'volume'),
            'quoteVolume': this.safeString (ticker, 'value'),
            'info': ticker,
        }, market);
    }

    async fetchTicker (symbol, params = {}) {
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetSpotTicker (this.extend ({ 'market': market['id'] }, params));
        const data = this.safeList (response, 'data', []);
        return this.parseTicker (this.safeDict (data, 0, {}), market);
    }

    async fetchTickers (symbols = undefined, params = {}) {
        // Without market the endpoint answers every market's ticker.
        await this.loadMarkets ();
        const response = await this.publicGetSpotTicker (params);
        return this.parseTickers (this.safeList (response, 'data', []), symbols);
    }

    async fetchOrderBook (symbol, limit = undefined, params = {}) {
        // spot/depth?market&limit (5, 10, 20 or 50)&interval: { market, is_full, depth: { asks, bids, last,
        // updated_at, checksum } }.
        await this.loadMarkets ();
        const market = this.market (symbol);
        // The endpoint takes 5, 10, 20 or 50 levels: the smallest that holds limit (50 without one).
        let depth = 50;
        if (limit !== undefined) {
            const depths = [ 50, 20, 10, 5 ];
            for (let i = 0; i < depths.length; i++) {
                if (depths[i] >= limit) {
                    depth = depths[i];
                }
            }
        }
        const request = {
            'market': market['id'],
            'limit': depth,
            'interval': this.safeString (params, 'interval', this.options['depthInterval']),
        };
        const response = await this.publicGetSpotDepth (this.extend (request, this.omit (params, 'interval')));
        const data = this.safeDict (response, 'data', {});
        const book = this.safeDict (data, 'depth', {});
        const result = this.parseOrderBook (book, market['symbol'], this.safeInteger (book, 'updated_at'));
        if (limit !== undefined) {
            result['bids'] = result['bids'].slice (0, limit);
            result['asks'] = result['asks'].slice (0, limit);
        }
        return result;
    }

    parseOHLCV (ohlcv, market = undefined) {
        // { market, created_at, open, close, high, low, volume, value }.
        return [
            this.safeInteger (ohlcv, 'created_at'),
            this.safeNumber (ohlcv, 'open'),
            this.safeNumber (ohlcv, 'high'),
            this.safeNumber (ohlcv, 'low'),
            this.safeNumber (ohlcv, 'close'),
            this.safeNumber (ohlcv, 'volume'),
        ];
    }

    async fetchOHLCV (symbol, timeframe = '1m', since = undefined, limit = undefined, params = {}) {
        // spot/kline?market&period&limit (at most 1000)&start_time&end_time (the unified until), in milliseconds.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const period = this.safeString (this.timeframes, timeframe);
        if (period === undefined) {
            throw new BadRequest (this.id + ' fetchOHLCV () does not support the timeframe ' + timeframe + ': one of ' + Object.keys (this.timeframes).join (', '));
        }
        const request = { 'market': market['id'], 'period': period };
        if (limit !== undefined) {
            request['limit'] = Math.min (limit, 1000);
        }
        if (since !== undefined) {
            request['start_time'] = since;
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            request['end_time'] = until;
        }
        const response = await this.publicGetSpotKline (this.extend (request, this.omit (params, 'until')));
        return this.parseOHLCVs (this.safeList (response, 'data', []), market, timeframe, since, limit);
    }

    parseTrade (trade, market = undefined) {
        // Public (spot/deals): { deal_id, created_at, side (the taker's), price, amount }. The account's
        // (spot/user-deals, spot/order-deals): { deal_id, created_at, order_id, market, margin_market, side, price,
        // amount, role, fee, fee_ccy }.
        market = this.safeMarket (this.safeString (trade, 'market'), market);
        let fee = undefined;
        const feeCost = this.safeString (trade, 'fee');
        if (feeCost !== undefined) {
            fee = { 'cost': feeCost, 'currency': this.safeCurrencyCode (this.safeString (trade, 'fee_ccy')) };
        }
        return this.safeTrade ({
            'id': this.safeString (trade, 'deal_id'),
            'order': this.safeString (trade, 'order_id'),
            'symbol': market['symbol'],
            'timestamp': this.safeInteger (trade, 'created_at'),
            'side': this.safeString (trade, 'side'),
            'takerOrMaker': this.safeString (trade, 'role'),
            'price': this.safeString (trade, 'price'),
            'amount': this.safeString (trade, 'amount'),
            'fee': fee,
            'info': trade,
        }, market);
    }

    async fetchTrades (symbol, since = undefined, limit = undefined, params = {}) {
        // spot/deals?market&limit (at most 1000)&last_id: the latest trades, newest first.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'market': market['id'] };
        if (limit !== undefined) {
            request['limit'] = Math.min (limit, 1000);
        }
        const response = await this.publicGetSpotDeals (this.extend (request, params));
        return this.parseTrades (this.safeList (response, 'data', []), market, since, limit);
    }

    // --- account -------------------------------------------------------------------------------------

    async fetchBalance (params = {}) {
        // assets/spot/balance: [ { ccy, available, frozen } ].
        await this.loadMarkets ();
        const response = await this.privateGetAssetsSpotBalance (params);
        const data = this.safeList (response, 'data', []);
        const result = { 'info': response };
        for (let i = 0; i < data.length; i++) {
            const entry = data[i];
            const account = this.account ();
            account['free'] = this.safeString (entry, 'available');
            account['used'] = this.safeString (entry, 'frozen');
            result[this.safeCurrencyCode (this.safeString (entry, 'ccy'))] = account;
        }
        return this.safeBalance (result);
    }

    async fetchTradingFee (symbol, params = {}) {
        // account/trade-fee-rate?market_type=SPOT&market: { market, maker_rate, taker_rate }.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.privateGetAccountTradeFeeRate (this.extend ({ 'market_type': 'SPOT', 'market': market['id'] }, params));
        const data = this.safeDict (response, 'data', {});
        return {
            'symbol': market['symbol'],
            'maker': this.safeNumber (data, 'maker_rate'),
            'taker': this.safeNumber (data, 'taker_rate'),
            'info': data,
        };
    }

    // --- orders --------------------------------------------------------------------------------------

    parseOrderType (type) {
        // [ unified type, timeInForce, postOnly ] of CoinEx's order type.
        const types = {
            'limit': [ 'limit', 'GTC', false ],
            'market': [ 'market', undefined, false ],
            'maker_only': [ 'limit', 'PO', true ],
            'ioc': [ 'limit', 'IOC', false ],
            'fok': [ 'limit', 'FOK', false ],
        };
        return this.safeValue (types, type, [ undefined, undefined, undefined ]);
    }

    parseOrder (order, market = undefined) {
        // { order_id, market, market_type, ccy, side, type, amount, price, unfilled_amount, filled_amount,
        // filled_value, client_id, base_fee, quote_fee, discount_fee, maker_fee_rate, taker_fee_rate,
        // last_filled_amount, last_filled_price, created_at, updated_at, status (order-status only) }; a stop
        // order placed answers { stop_id }.
        market = this.safeMarket (this.safeString (order, 'market'), market);
        const [ type, timeInForce, postOnly ] = this.parseOrderType (this.safeString (order, 'type'));
        const status = this.safeString (order, 'status');
        // Fees are charged in the base currency (base_fee), the quote currency (quote_fee) or CET (discount_fee).
        const fees = [];
        const feeFields = [ [ 'base_fee', market['base'] ], [ 'quote_fee', market['quote'] ], [ 'discount_fee', 'CET' ] ];
        for (let i = 0; i < feeFields.length; i++) {
            const cost = this.safeString (order, feeFields[i][0]);
            if ((cost !== undefined) && !Precise.stringEq (cost, '0')) {
                fees.push ({ 'cost': cost, 'currency': feeFields[i][1] });
            }
        }
        let amount = this.safeString (order, 'amount');
        let remaining = this.safeString (order, 'unfilled_amount');
        const ccy = this.safeString (order, 'ccy');
        if ((type === 'market') && (ccy !== undefined) && (ccy === market['quoteId'])) {
            // A market order sized in the quote currency: amount and unfilled_amount are quote amounts.
            amount = undefined;
            remaining = undefined;
        }
        let price = this.safeString (order, 'price');
        if ((price !== undefined) && Precise.stringEq (price, '0')) {
            price = undefined;
        }
        return this.safeOrder ({
            'id': this.safeString2 (order, 'order_id', 'stop_id'),
            'clientOrderId': this.safeString (order, 'client_id'),
            'symbol': market['symbol'],
            'timestamp': this.safeInteger (order, 'created_at'),
            'lastUpdateTimestamp': this.safeInteger (order, 'updated_at'),
            'status': this.safeString (this.options['orderStatuses'], status, status),
            'type': type,
            'timeInForce': timeInForce,
            'postOnly': postOnly,
            'side': this.safeString (order, 'side'),
            'price': price,
            'amount': amount,
            'remaining': remaining,
            'filled': this.safeString (order, 'filled_amount'),
            'cost': this.safeString (order, 'filled_value'),
            'fees': fees,
            'info': order,
        }, market);
    }

    orderTypeOf (type, unified) {
        // CoinEx's order type: limit, market, or the limit variants maker_only (postOnly), ioc and fok.
        if (type === 'market') {
            if (unified['postOnly'] || (unified['timeInForce'] !== undefined)) {
                throw new InvalidOrder (this.id + ' createOrder () takes postOnly and timeInForce for limit orders only');
            }
            return 'market';
        }
        if (type !== 'limit') {
            throw new InvalidOrder (this.id + ' createOrder () type must be market or limit, not ' + type);
        }
        const tif = unified['timeInForce'];
        if (unified['postOnly'] || (tif === 'PO')) {
            return 'maker_only';
        }
        if (tif === 'IOC') {
            return 'ioc';
        }
        if (tif === 'FOK') {
            return 'fok';
        }
        return 'limit';
    }

    async createOrder (symbol, type, side, amount, price = undefined, params = {}) {
        // POST spot/order { market, market_type: 'SPOT', side, type, amount, price, ccy, client_id }; with a
        // trigger, POST spot/stop-order with trigger_price. postOnly and timeInForce pick the order type
        // (maker_only, ioc, fok), clientOrderId is client_id, cost sizes a market buy in the quote currency
        // (ccy = the quote currency); a market order sized in amount says so with ccy = the base currency.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const [ unified, rest ] = this.unifiedOrderParams (type, params);
        this.rejectUnifiedParams ('createOrder', unified, [ 'reduceOnly' ]);
        const request = {
            'market': market['id'],
            'market_type': 'SPOT',
            'side': side,
            'type': this.orderTypeOf (type, unified),
        };
        if (unified['cost'] !== undefined) {
            if ((type !== 'market') || (side !== 'buy')) {
                throw new InvalidOrder (this.id + ' createOrder () takes the unified param cost for market buy orders only');
            }
            request['ccy'] = market['quoteId'];
            request['amount'] = this.costToPrecision (symbol, unified['cost']);
        } else {
            if (type === 'market') {
                request['ccy'] = market['baseId'];
            }
            request['amount'] = this.amountToPrecision (symbol, amount);
        }
        if (type === 'limit') {
            if (price === undefined) {
                throw new ArgumentsRequired (this.id + ' createOrder () requires a price for a limit order');
            }
            request['price'] = this.priceToPrecision (symbol, price);
        }
        if (unified['clientOrderId'] !== undefined) {
            request['client_id'] = unified['clientOrderId'];
        }
        let response = undefined;
        const trigger = unified['trigger'];
        if (trigger !== undefined) {
            // A stop order fires when the last price reaches trigger_price, in either direction.
            request['trigger_price'] = this.priceToPrecision (symbol, trigger);
            response = await this.privatePostSpotStopOrder (this.extend (request, rest));
        } else {
            response = await this.privatePostSpotOrder (this.extend (request, rest));
        }
        const data = this.safeDict (response, 'data', {});
        const order = this.parseOrder (data, market);
        if (trigger !== undefined) {
            order['triggerPrice'] = this.parseNumber (request['trigger_price']);
            order['stopPrice'] = order['triggerPrice'];
            order['type'] = type;
            order['side'] = side;
            order['status'] = 'open';
        }
        return order;
    }

    async createMarketBuyOrderWithCost (symbol, cost, params = {}) {
        return await this.createOrder (symbol, 'market', 'buy', undefined, undefined, this.extend (params, { 'cost': cost }));
    }

    requireMarket (method, symbol) {
        if (symbol === undefined) {
            throw new ArgumentsRequired (this.id + ' ' + method + ' () requires a symbol argument: CoinEx names orders by market and id');
        }
        return this.market (symbol);
    }

    async editOrder (id, symbol, type, side, amount = undefined, price = undefined, params = {}) {
        // POST spot/modify-order { market, market_type, order_id, amount, price } changes the amount and the price
        // of an open limit order and answers the order; its type, side, postOnly and trigger cannot change.
        await this.loadMarkets ();
        const market = this.requireMarket ('editOrder', symbol);
        if (this.safeBool (params, 'postOnly') !== undefined) {
            throw new NotSupported (this.id + ' editOrder () does not support the unified param postOnly: spot/modify-order changes amount and price only');
        }
        if (this.safeValue (params, 'triggerPrice') !== undefined) {
            throw new NotSupported (this.id + ' editOrder () does not support the unified param triggerPrice: spot/modify-order changes amount and price only');
        }
        const request = { 'market': market['id'], 'market_type': 'SPOT', 'order_id': parseInt (id) };
        if (amount !== undefined) {
            request['amount'] = this.amountToPrecision (symbol, amount);
        }
        if (price !== undefined) {
            request['price'] = this.priceToPrecision (symbol, price);
        }
        const response = await this.privatePostSpotModifyOrder (this.extend (request, params));
        return this.parseOrder (this.safeDict (response, 'data', {}), market);
    }

    async cancelOrder (id, symbol = undefined, params = {}) {
        // POST spot/cancel-order { market, market_type, order_id } answers the order as it was canceled.
        await this.loadMarkets ();
        const market = this.requireMarket ('cancelOrder', symbol);
        const request = { 'market': market['id'], 'market_type': 'SPOT', 'order_id': parseInt (id) };
        const response = await this.privatePostSpotCancelOrder (this.extend (request, params));
        const order = this.parseOrder (this.safeDict (response, 'data', {}), market);
        order['status'] = 'canceled';
        return order;
    }

    async cancelAllOrders (symbol = undefined, params = {}) {
        // POST spot/cancel-all-order { market, market_type } answers data {}: the result is the open orders
        // listed just before, now canceled.
        await this.loadMarkets ();
        const market = this.requireMarket ('cancelAllOrders', symbol);
        const orders = await this.fetchOpenOrders (symbol);
        const response = await this.privatePostSpotCancelAllOrder (this.extend ({ 'market': market['id'], 'market_type': 'SPOT' }, params));
        return this.canceledOrders (orders, response);
    }

    async fetchOrder (id, symbol = undefined, params = {}) {
        // GET spot/order-status?market&order_id.
        await this.loadMarkets ();
        const market = this.requireMarket ('fetchOrder', symbol);
        const response = await this.privateGetSpotOrderStatus (this.extend ({ 'market': market['id'], 'order_id': id }, params));
        return this.parseOrder (this.safeDict (response, 'data', {}), market);
    }

    async fetchOrdersOf (method, symbol, since, limit, params) {
        // spot/pending-order and spot/finished-order take market, market_type, side, page and limit (no time
        // range); an order listed as pending is open, one listed as finished is filled or canceled.
        await this.loadMarkets ();
        let market = undefined;
        let request = {};
        if (symbol !== undefined) {
            market = this.market (symbol);
            request['market'] = market['id'];
        }
        request = this.extend (request, { 'market_type': 'SPOT' });
        if (limit !== undefined) {
            request['limit'] = limit;
        }
        let response = undefined;
        let data = [];
        const orders = [];
        if (method === 'fetchOpenOrders') {
            response = await this.privateGetSpotPendingOrder (this.extend (request, params));
            data = this.safeList (response, 'data', []);
            for (let i = 0; i < data.length; i++) {
                orders.push (this.extend (data[i], { 'status': this.safeString (data[i], 'status', 'open') }));
            }
        } else {
            if (this.safeValue (params, 'until') !== undefined) {
                throw new NotSupported (this.id + ' fetchClosedOrders () does not support the unified param until: spot/finished-order takes no time range');
            }
            response = await this.privateGetSpotFinishedOrder (this.extend (request, params));
            data = this.safeList (response, 'data', []);
            for (let i = 0; i < data.length; i++) {
                const unfilled = this.safeString (data[i], 'unfilled_amount', '0');
                const finished = Precise.stringEq (unfilled, '0') ? 'filled' : 'part_canceled';
                orders.push (this.extend (data[i], { 'status': this.safeString (data[i], 'status', finished) }));
            }
        }
        return this.parseOrders (orders, market, since, limit);
    }

    async fetchOpenOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchOrdersOf ('fetchOpenOrders', symbol, since, limit, params);
    }

    async fetchClosedOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchOrdersOf ('fetchClosedOrders', symbol, since, limit, params);
    }

    async fetchMyTrades (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // GET spot/user-deals?market&market_type&start_time&end_time (until)&limit.
        await this.loadMarkets ();
        const market = this.requireMarket ('fetchMyTrades', symbol);
        const request = { 'market': market['id'], 'market_type': 'SPOT' };
        if (since !== undefined) {
            request['start_time'] = since;
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            request['end_time'] = until;
        }
        if (limit !== undefined) {
            request['limit'] = limit;
        }
        const response = await this.privateGetSpotUserDeals (this.extend (request, this.omit (params, 'until')));
        return this.parseTrades (this.safeList (response, 'data', []), market, since, limit);
    }

    async fetchOrderTrades (id, symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // GET spot/order-deals?market&market_type&order_id.
        await this.loadMarkets ();
        const market = this.requireMarket ('fetchOrderTrades', symbol);
        const request = { 'market': market['id'], 'market_type': 'SPOT', 'order_id': id };
        if (limit !== undefined) {
            request['limit'] = limit;
        }
        const response = await this.privateGetSpotOrderDeals (this.extend (request, params));
        return this.parseTrades (this.safeList (response, 'data', []), market, since, limit);
    }

    // --- funding -------------------------------------------------------------------------------------

    parseTransaction (transaction, currency = undefined) {
        // Deposits: { deposit_id, created_at, tx_id, ccy, chain, deposit_method, amount, actual_amount, to_address,
        // confirmations, status, tx_explorer_url, to_addr_explorer_url, remark }. Withdrawals: { withdraw_id,
        // created_at, ccy, chain, withdraw_method, memo, amount, fee_ccy, actual_amount, tx_fee, tx_id, to_address,
        // confirmation, explorer_address_url, explorer_tx_url, status, remark }.
        const isDeposit = this.safeString (transaction, 'deposit_id') !== undefined;
        const type = isDeposit ? 'deposit' : 'withdrawal';
        const code = this.safeCurrencyCode (this.safeString (transaction, 'ccy'), currency);
        const status = this.safeString (transaction, 'status');
        const statuses = isDeposit ? this.options['depositStatuses'] : this.options['withdrawalStatuses'];
        // A withdrawal's fee is tx_fee, in fee_ccy (the withdrawn currency when it is missing).
        let fee = undefined;
        const feeCost = this.safeString2 (transaction, 'tx_fee', 'fee');
        if (feeCost !== undefined) {
            const feeCurrencyId = this.safeString (transaction, 'fee_ccy');
            fee = { 'cost': feeCost, 'currency': (feeCurrencyId === undefined) ? code : this.safeCurrencyCode (feeCurrencyId) };
        }
        const chain = this.safeString (transaction, 'chain');
        return this.safeTransaction ({
            'id': this.safeString2 (transaction, 'deposit_id', 'withdraw_id'),
            'txid': this.safeString (transaction, 'tx_id'),
            'timestamp': this.safeInteger (transaction, 'created_at'),
            'network': (chain === undefined) ? undefined : this.networkCode (chain),
            'address': this.safeString (transaction, 'to_address'),
            'tag': this.safeString (transaction, 'memo'),
            'type': type,
            'amount': this.safeString (transaction, 'amount'),
            'currency': code,
            'status': this.safeString (statuses, status, status),
            'fee': fee,
            'info': transaction,
        }, currency);
    }

    historyRequest (method, code, limit, params) {
        // The histories take ccy, status, page and limit; no time range, so until is rejected.
        if (this.safeValue (params, 'until') !== undefined) {
            throw new NotSupported (this.id + ' ' + method + ' () does not support the unified param until: the history takes no time range');
        }
        const request = {};
        if (code !== undefined) {
            request['ccy'] = this.currency (code)['id'];
        }
        if (limit !== undefined) {
            request['limit'] = limit;
        }
        return request;
    }

    async fetchDeposits (code = undefined, since = undefined, limit = undefined, params = {}) {
        await this.loadMarkets ();
        const currency = (code === undefined) ? undefined : this.currency (code);
        const request = this.historyRequest ('fetchDeposits', code, limit, params);
        const response = await this.privateGetAssetsDepositHistory (this.extend (request, params));
        return this.parseTransactions (this.safeList (response, 'data', []), currency, since, limit);
    }

    async fetchWithdrawals (code = undefined, since = undefined, limit = undefined, params = {}) {
        await this.loadMarkets ();
        const currency = (code === undefined) ? undefined : this.currency (code);
        const request = this.historyRequest ('fetchWithdrawals', code, limit, params);
        const response = await this.privateGetAssetsWithdraw (this.extend (request, params));
        return this.parseTransactions (this.safeList (response, 'data', []), currency, since, limit);
    }

    chainOf (method, currency, params) {
        // The chain param, from the unified network (translated through options['networks']); CoinEx requires it.
        const networkCode = this.safeString (params, 'network');
        if (networkCode === undefined) {
            throw new ArgumentsRequired (this.id + ' ' + method + ' () requires the unified param network (the chain of ' + currency['code'] + ')');
        }
        return this.networkId (networkCode.toUpperCase (), currency);
    }

    async fetchDepositAddress (code, params = {}) {
        // GET assets/deposit-address?ccy&chain: { address, memo }.
        await this.loadMarkets ();
        const currency = this.currency (code);
        const chain = this.chainOf ('fetchDepositAddress', currency, params);
        const response = await this.privateGetAssetsDepositAddress (this.extend ({ 'ccy': currency['id'], 'chain': chain }, this.omit (params, 'network')));
        const data = this.safeDict (response, 'data', {});
        return {
            'currency': currency['code'],
            'address': this.safeString (data, 'address'),
            'tag': this.safeString (data, 'memo'),
            'network': this.networkCode (chain),
            'info': data,
        };
    }

    async createDepositAddress (code, params = {}) {
        // POST assets/renewal-deposit-address { ccy, chain } answers the new { address, memo }.
        await this.loadMarkets ();
        const currency = this.currency (code);
        const chain = this.chainOf ('createDepositAddress', currency, params);
        const response = await this.privatePostAssetsRenewalDepositAddress (this.extend ({ 'ccy': currency['id'], 'chain': chain }, this.omit (params, 'network')));
        const data = this.safeDict (response, 'data', {});
        return {
            'currency': currency['code'],
            'address': this.safeString (data, 'address'),
            'tag': this.safeString (data, 'memo'),
            'network': this.networkCode (chain),
            'info': data,
        };
    }

    async transfer (code, amount, fromAccount, toAccount, params = {}) {
        // POST assets/transfer { from_account_type, to_account_type, ccy, amount, market } answers data {}; market
        // (params['symbol']) is required when either side is the margin account of that market.
        await this.loadMarkets ();
        const currency = this.currency (code);
        const request = {
            'from_account_type': this.accountTypeId (fromAccount),
            'to_account_type': this.accountTypeId (toAccount),
            'ccy': currency['id'],
            'amount': this.currencyToPrecision (code, amount),
        };
        const symbol = this.safeString (params, 'symbol');
        if ((request['from_account_type'] === 'MARGIN') || (request['to_account_type'] === 'MARGIN')) {
            if (symbol === undefined) {
                throw new ArgumentsRequired (this.id + ' transfer () requires params[\'symbol\'] (the margin market) for a transfer from or to the margin account');
            }
            request['market'] = this.market (symbol)['id'];
        }
        const response = await this.privatePostAssetsTransfer (this.extend (request, this.omit (params, 'symbol')));
        return this.safeTransfer ({
            'currency': currency['code'],
            'amount': request['amount'],
            'fromAccount': fromAccount,
            'toAccount': toAccount,
            'status': 'ok',
            'info': response,
        });
    }

    parseLedgerEntry (item, currency = undefined) {
        // { created_at, ccy, type, balance (after the change), change (signed) }.
        const code = this.safeCurrencyCode (this.safeString (item, 'ccy'), currency);
        const change = this.safeString (item, 'change');
        const after = this.safeString (item, 'balance');
        let direction = undefined;
        let amount = undefined;
        let before = undefined;
        if (change !== undefined) {
            direction = Precise.stringLt (change, '0') ? 'out' : 'in';
            amount = Precise.stringAbs (change);
            if (after !== undefined) {
                before = Precise.stringSub (after, change);
            }
        }
        const type = this.safeString (item, 'type');
        return this.safeLedgerEntry ({
            'timestamp': this.safeInteger (item, 'created_at'),
            'direction': direction,
            'account': 'spot',
            'type': this.safeString (this.options['ledgerTypeNames'], type, type),
            'currency': code,
            'amount': amount,
            'before': before,
            'after': after,
            'status': 'ok',
            'info': item,
        }, currency);
    }

    async fetchLedger (code = undefined, since = undefined, limit = undefined, params = {}) {
        // GET assets/spot/transcation-history?ccy&type&start_time&end_time (until)&limit, once per type.
        await this.loadMarkets ();
        let currency = undefined;
        let request = {};
        if (code !== undefined) {
            currency = this.currency (code);
            request['ccy'] = currency['id'];
        }
        if (since !== undefined) {
            request['start_time'] = since;
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            request['end_time'] = until;
        }
        if (limit !== undefined) {
            request['limit'] = limit;
        }
        const type = this.safeString (params, 'type');
        const types = (type === undefined) ? this.options['ledgerTypes'] : [ type ];
        const query = this.omit (params, [ 'until', 'type' ]);
        let items = [];
        for (let i = 0; i < types.length; i++) {
            request = this.extend (request, { 'type': types[i] });
            const response = await this.privateGetAssetsSpotTranscationHistory (this.extend (request, query));
            items = this.arrayConcat (items, this.safeList (response, 'data', []));
        }
        return this.parseLedger (items, currency, since, limit);
    }

    async withdraw (code, amount, address, tag = undefined, params = {}) {
        // POST assets/withdraw { ccy, chain, to_address, amount, memo } answers the withdrawal record.
        await this.loadMarkets ();
        const currency = this.currency (code);
        const chain = this.chainOf ('withdraw', currency, params);
        const request = {
            'ccy': currency['id'],
            'chain': chain,
            'to_address': address,
            'amount': this.numberToString (amount),
        };
        if (tag !== undefined) {
            request['memo'] = tag;
        }
        const response = await this.privatePostAssetsWithdraw (this.extend (request, this.omit (params, 'network')));
        return this.parseTransaction (this.safeDict (response, 'data', {}), currency);
    }

    // --- transport -----------------------------------------------------------------------------------

    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        // GET sends its params as the query string, POST as a JSON body.
        let endpoint = '/' + this.implodeParams (path, params);
        const query = this.omit (params, this.extractParams (path));
        const isPost = method === 'POST';
        if (!isPost && (Object.keys (query).length > 0)) {
            endpoint = endpoint + '?' + this.urlencode (query);
        }
        const url = this.urls['api'] + endpoint;
        if (api === 'public') {
            return { 'url': url, 'method': method, 'body': body, 'headers': headers };
        }
        // X-COINEX-SIGN: lowercase hex HMAC-SHA256 (secret) of method + request path with its query + body +
        // timestamp (the X-COINEX-TIMESTAMP, in milliseconds).
        this.checkRequiredCredentials ();
        const timestamp = this.numberToString (this.milliseconds ());
        let payload = '';
        headers = {
            'X-COINEX-KEY': this.apiKey,
            'X-COINEX-TIMESTAMP': timestamp,
        };
        if (isPost) {
            body = (Object.keys (query).length > 0) ? this.json (query) : '{}'; // (PHP writes an empty dictionary as [])
            payload = body;
            headers['Content-Type'] = 'application/json';
        }
        // The signed request path starts with the version: /v2/spot/order.
        const auth = method + '/' + this.version + endpoint + payload + timestamp;
        headers['X-COINEX-SIGN'] = this.hmac (this.encode (auth), this.encode (this.secret), 'sha256');
        return { 'url': url, 'method': method, 'body': body, 'headers': headers };
    }

    handleErrors (status, reason, url, method, responseHeaders, responseBody, response, requestHeaders, requestBody) {
        // { "code": 3600, "data": {}, "message": "..." }: any code but 0 is an error.
        if ((response === undefined) || Array.isArray (response) || (typeof response !== 'object')) {
            return;
        }
        const code = this.safeString (response, 'code');
        if ((code === undefined) || (code === '0')) {
            return;
        }
        const feedback = this.id + ' ' + method + ' ' + url + ' ' + code + ' ' + this.safeString (response, 'message', '');
        this.throwExactlyMatchedException (this.exceptions['exact'], code, feedback);
        throw new ExchangeError (feedback);
    }
}
