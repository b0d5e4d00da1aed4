// Gate API v4, spot markets and the wallet: https://www.gate.io/docs/developers/apiv4/
import Exchange from './base/Exchange.js';
import { AccountSuspended, ArgumentsRequired, AuthenticationError, BadRequest, BadSymbol, ExchangeError, ExchangeNotAvailable, InsufficientFunds, InvalidAddress, InvalidNonce, InvalidOrder, NotSupported, OrderImmediatelyFillable, OrderNotFillable, OrderNotFound, PermissionDenied, RateLimitExceeded } from './base/errors.js';
import Precise from './base/Precise.js';
import { TICK_SIZE } from './base/functions/number.js';

export default class gate extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'gate',
            'name': 'Gate',
            'countries': [ 'KY' ],
            'version': 'v4',
            // Gate's frequency limit rules: public endpoints and most private ones 200 requests per 10 seconds each
            // (cost 1 at 50 ms per unit); placing and amending spot orders 10 per second together (cost 2),
            // cancelling them 200 per second (cost 0.1); transfers and the total balance 80 per 10 seconds (2.5);
            // withdrawals one per 3 seconds (60).
            'rateLimit': 50,
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
                'fetchOrders': false,
                'fetchOpenOrders': true,
                'fetchClosedOrders': true,
                'fetchMyTrades': true,
                'fetchDeposits': true,
                'fetchWithdrawals': true,
                'fetchTransactions': false,
                'fetchLedger': true,
                'fetchDepositAddress': true,
                'withdraw': true,
                'fetchTime': true,
                'fetchStatus': false,
                'fetchTradingFees': true,
                'cancelAllOrders': true,
                'fetchOrderTrades': true,
                'fetchTradingFee': true,
                'fetchDepositAddresses': true,
                'createDepositAddress': false,
                'fetchDepositWithdrawFees': true,
                'transfer': true,
                'createMarketBuyOrderWithCost': true,
            },
            'urls': {
                'api': 'https://api.gateio.ws',
                'www': 'https://www.gate.io',
                'doc': 'https://www.gate.io/docs/developers/apiv4/',
                'fees': 'https://www.gate.io/fee',
            },
            'api': {
                'public': {
                    'get': {
                        'spot/currencies': 1,
                        'spot/currencies/{currency}': 1,
                        'spot/currency_pairs': 1,
                        'spot/currency_pairs/{currency_pair}': 1,
                        'spot/tickers': 1,
                        'spot/order_book': 1,
                        'spot/trades': 1,
                        'spot/candlesticks': 1,
                        'spot/time': 1,
                        'wallet/currency_chains': 1,
                    },
                },
                'private': {
                    'get': {
                        'spot/fee': 1,
                        'spot/batch_fee': 1,
                        'spot/accounts': 1,
                        'spot/account_book': 1,
                        'spot/open_orders': 1,
                        'spot/orders': 1,
                        'spot/orders/{order_id}': 1,
                        'spot/my_trades': 1,
                        'spot/price_orders': 1,
                        'spot/price_orders/{order_id}': 1,
                        'wallet/deposit_address': 1,
                        'wallet/withdrawals': 1,
                        'wallet/deposits': 1,
                        'wallet/fee': 1,
                        'wallet/withdraw_status': 1,
                        'wallet/total_balance': 2.5,
                    },
                    'post': {
                        'spot/orders': 2,
                        'spot/batch_orders': 2,
                        'spot/cancel_batch_orders': 0.1,
                        'spot/countdown_cancel_all': 1,
                        'spot/price_orders': 2,
                        'wallet/transfers': 2.5,
                        'withdrawals': 60,
                    },
                    'patch': {
                        'spot/orders/{order_id}': 2,
                    },
                    'delete': {
                        'spot/orders': 0.1,
                        'spot/orders/{order_id}': 0.1,
                        'spot/price_orders': 1,
                        'spot/price_orders/{order_id}': 1,
                        'withdrawals/{withdrawal_id}': 60,
                    },
                },
            },
            // /spot/candlesticks interval values.
            'timeframes': {
                '10s': '10s',
                '1m': '1m',
                '5m': '5m',
                '15m': '15m',
                '30m': '30m',
                '1h': '1h',
                '4h': '4h',
                '8h': '8h',
                '1d': '1d',
                '1w': '7d',
                '1M': '30d',
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
            'requiredCredentials': {
                'apiKey': true,
                'secret': true,
            },
            'options': {
                // transfer's unified accounts and Gate's account names of /wallet/transfers (margin needs a
                // currency pair and is not offered here).
                'accountsByType': {
                    'spot': 'spot',
                    'futures': 'futures',
                    'delivery': 'delivery',
                    'options': 'options',
                },
                // Unified network codes and Gate's chain names.
                'networks': {
                    'BTC': 'BTC',
                    'ERC20': 'ETH',
                    'TRC20': 'TRX',
                    'BEP20': 'BSC',
                    'SOL': 'SOL',
                    'POLYGON': 'MATIC',
                    'ARBITRUM': 'ARBEVM',
                    'OPTIMISM': 'OPETH',
                    'AVAXC': 'AVAX_C',
                    'BASE': 'BASEEVM',
                    'TON': 'TON',
                    'XRP': 'XRP',
                },
                // Seconds per candle, to bound a candle request that starts at since.
                'timeframeSeconds': {
                    '10s': 10,
                    '1m': 60,
                    '5m': 300,
                    '15m': 900,
                    '30m': 1800,
                    '1h': 3600,
                    '4h': 14400,
                    '8h': 28800,
                    '1d': 86400,
                    '1w': 604800,
                    '1M': 2592000,
                },
                'transactionStatuses': {
                    'DONE': 'ok',
                    'CANCEL': 'canceled',
                    'FAIL': 'failed',
                    'INVALID': 'failed',
                },
                'priceOrderStatuses': {
                    'open': 'open',
                    'finish': 'closed',
                    'cancelled': 'canceled',
                    'failed': 'rejected',
                    'expired': 'expired',
                },
            },
            'exceptions': {
                // The documented error labels (Error Handling: label list).
                'exact': {
                    'INVALID_PARAM_VALUE': BadRequest,
                    'INVALID_PROTOCOL': BadRequest,
                    'INVALID_ARGUMENT': BadRequest,
                    'INVALID_REQUEST_BODY': BadRequest,
                    'MISSING_REQUIRED_PARAM': ArgumentsRequired,
                    'BAD_REQUEST': BadRequest,
                    'INVALID_CONTENT_TYPE': BadRequest,
                    'NOT_ACCEPTABLE': BadRequest,
                    'METHOD_NOT_ALLOWED': BadRequest,
                    'NOT_FOUND': ExchangeError,
                    'INVALID_CREDENTIALS': AuthenticationError,
                    'INVALID_KEY': AuthenticationError,
                    'IP_FORBIDDEN': PermissionDenied,
                    'READ_ONLY': PermissionDenied,
                    'INVALID_SIGNATURE': AuthenticationError,
                    'MISSING_REQUIRED_HEADER': AuthenticationError,
                    'REQUEST_EXPIRED': InvalidNonce,
                    'ACCOUNT_LOCKED': AccountSuspended,
                    'FORBIDDEN': PermissionDenied,
                    'SUB_ACCOUNT_LOCKED': AccountSuspended,
                    'ACCOUNT_EXCEPTION': AccountSuspended,
                    'TRADE_RESTRICTED': AccountSuspended,
                    'TOO_MANY_REQUESTS': RateLimitExceeded,
                    'TOO_FAST': RateLimitExceeded,
                    'ADDRESS_NOT_USED': InvalidAddress,
                    'WITHDRAWAL_OVER_LIMIT': InsufficientFunds,
                    'API_WITHDRAW_DISABLED': PermissionDenied,
                    'INVALID_PRECISION': InvalidOrder,
                    'INVALID_CURRENCY': BadSymbol,
                    'INVALID_CURRENCY_PAIR': BadSymbol,
                    'POC_FILL_IMMEDIATELY': OrderImmediatelyFillable,
                    'FOK_NOT_FILL': OrderNotFillable,
                    'ORDER_NOT_FOUND': OrderNotFound,
                    'CLIENT_ID_NOT_FOUND': OrderNotFound,
                    'ORDER_CLOSED': InvalidOrder,
                    'ORDER_CANCELLED': InvalidOrder,
                    'QUANTITY_NOT_ENOUGH': InvalidOrder,
                    'BALANCE_NOT_ENOUGH': InsufficientFunds,
                    'MARGIN_BALANCE_NOT_ENOUGH': InsufficientFunds,
                    'FUTURES_BALANCE_NOT_ENOUGH': InsufficientFunds,
                    'AMOUNT_TOO_LITTLE': InvalidOrder,
                    'AMOUNT_TOO_MUCH': InvalidOrder,
                    'TOO_MANY_ORDERS': InvalidOrder,
                    'ORDER_BOOK_NOT_FOUND': BadSymbol,
                    'CANCEL_FAIL': InvalidOrder,
                    'SERVER_ERROR': ExchangeNotAvailable,
                    'TOO_BUSY': ExchangeNotAvailable,
                    'INTERNAL': ExchangeNotAvailable,
                },
                'broad': {},
            },
        });
    }

    // --- markets and currencies ----------------------------------------------------------------------

    async fetchTime (params = {}) {
        // /spot/time: { server_time } in milliseconds.
        const response = await this.publicGetSpotTime (params);
        return this.safeInteger (response, 'server_time');
    }

    async fetchMarkets (params = {}) {
        const response = await this.publicGetSpotCurrencyPairs (params);
        const result = [];
        for (let i = 0; i < response.length; i++) {
            result.push (this.parseMarket (response[i]));
        }
        return result;
    }

    parseMarket (entry) {
        // precision and amount_precision are decimal places of the price and the amount; min_base_amount and
        // min_quote_amount the least amount and cost, max_base_amount and max_quote_amount the most; fee is the
        // pair's rate in percent. trade_status 'tradable' is the only state that accepts orders.
        const baseId = this.safeString (entry, 'base');
        const quoteId = this.safeString (entry, 'quote');
        const base = this.safeCurrencyCode (baseId);
        const quote = this.safeCurrencyCode (quoteId);
        const fee = this.safeString (entry, 'fee');
        const rate = (fee === undefined) ? undefined : this.parseNumber (Precise.stringDiv (fee, '100'));
        return this.safeMarketStructure ({
            'id': this.safeString (entry, 'id'),
            'symbol': base + '/' + quote,
            'base': base,
            'quote': quote,
            'baseId': baseId,
            'quoteId': quoteId,
            'active': this.safeString (entry, 'trade_status') === 'tradable',
            'type': 'spot',
            'spot': true,
            'taker': rate,
            'maker': rate,
            'precision': {
                'amount': this.parseNumber (this.parsePrecision (this.safeString (entry, 'amount_precision'))),
                'price': this.parseNumber (this.parsePrecision (this.safeString (entry, 'precision'))),
            },
            'limits': {
                'amount': { 'min': this.safeNumber (entry, 'min_base_amount'), 'max': this.safeNumber (entry, 'max_base_amount') },
                'price': { 'min': undefined, 'max': undefined },
                'cost': { 'min': this.safeNumber (entry, 'min_quote_amount'), 'max': this.safeNumber (entry, 'max_quote_amount') },
            },
            'info': entry,
        });
    }

    async fetchCurrencies (params = {}) {
        // /spot/currencies: one entry per currency, with its chains (name, deposit_disabled,
        // withdraw_disabled); chain names become unified network codes through options['networks'].
        const response = await this.publicGetSpotCurrencies (params);
        const result = {};
        for (let i = 0; i < response.length; i++) {
            const currency = this.parseCurrency (response[i]);
            result[currency['code']] = currency;
        }
        return result;
    }

    parseCurrency (entry) {
        const id = this.safeString (entry, 'currency');
        const chains = this.safeList (entry, 'chains', []);
        const networks = {};
        for (let i = 0; i < chains.length; i++) {
            const network = this.parseCurrencyChain (chains[i]);
            networks[network['network']] = network;
        }
        const delisted = this.safeBool (entry, 'delisted', false);
        const deposit = !this.safeBool (entry, 'deposit_disabled', false);
        const withdraw = !this.safeBool (entry, 'withdraw_disabled', false);
        return {
            'id': id,
            'code': this.safeCurrencyCode (id),
            'name': this.safeString (entry, 'name'),
            'active': !delisted && !this.safeBool (entry, 'trade_disabled', false),
            'deposit': deposit,
            'withdraw': withdraw,
            'networks': networks,
            'info': entry,
        };
    }

    parseCurrencyChain (chain) {
        const chainId = this.safeString (chain, 'name');
        const deposit = !this.safeBool (chain, 'deposit_disabled', false);
        const withdraw = !this.safeBool (chain, 'withdraw_disabled', false);
        return {
            'id': chainId,
            'network': this.networkCode (chainId),
            'active': deposit && withdraw,
            'deposit': deposit,
            'withdraw': withdraw,
        };
    }

    async fetchDepositWithdrawFees (codes = undefined, params = {}) {
        // /wallet/withdraw_status: withdraw_fix is the fixed withdrawal fee, withdraw_fix_on_chains the fee of
        // each chain; deposits are free (deposit '0').
        await this.loadMarkets ();
        const response = await this.privateGetWalletWithdrawStatus (params);
        const result = {};
        for (let i = 0; i < response.length; i++) {
            const entry = response[i];
            const code = this.safeCurrencyCode (this.safeString (entry, 'currency'));
            if ((codes !== undefined) && !this.inArray (code, codes)) {
                continue;
            }
            const byChain = this.safeDict (entry, 'withdraw_fix_on_chains', {});
            const chainIds = Object.keys (byChain);
            const networks = {};
            for (let j = 0; j < chainIds.length; j++) {
                networks[this.networkCode (chainIds[j])] = {
                    'withdraw': this.feeAmount (this.safeNumber (byChain, chainIds[j])),
                    'deposit': this.feeAmount (this.safeNumber (entry, 'deposit')),
                };
            }
            result[code] = {
                'code': code,
                'withdraw': this.feeAmount (this.safeNumber (entry, 'withdraw_fix')),
                'deposit': this.feeAmount (this.safeNumber (entry, 'deposit')),
                'networks': networks,
                'info': entry,
            };
        }
        return result;
    }

    async fetchTradingFees (params = {}) {
        // /wallet/fee without a pair: the account's spot rates (taker_fee, maker_fee), which apply to every
        // market that has no rate of its own.
        await this.loadMarkets ();
        const response = await this.privateGetWalletFee (params);
        const result = {};
        for (let i = 0; i < this.symbols.length; i++) {
            const symbol = this.symbols[i];
            result[symbol] = this.parseTradingFee (response, this.market (symbol));
        }
        return result;
    }

    async fetchTradingFee (symbol, params = {}) {
        // /wallet/fee with currency_pair: the rates of that pair.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.privateGetWalletFee (this.extend ({ 'currency_pair': market['id'] }, params));
        return this.parseTradingFee (response, market);
    }

    parseTradingFee (entry, market) {
        return {
            'symbol': market['symbol'],
            'maker': this.safeNumber (entry, 'maker_fee'),
            'taker': this.safeNumber (entry, 'taker_fee'),
            'info': entry,
        };
    }

    // --- market data ---------------------------------------------------------------------------------

    parseTicker (ticker, market = undefined) {
        // /spot/tickers: last, lowest_ask and lowest_size, highest_bid and highest_size, change_percentage
        // (24 h, in percent), base_volume, quote_volume, high_24h, low_24h; no timestamp.
        return this.safeTicker ({
            'symbol': this.safeSymbol (this.safeString (ticker, 'currency_pair'), market, '_'),
            'high': this.safeString (ticker, 'high_24h'),
            'low': this.safeString (ticker, 'low_24h'),
            'bid': this.safeString (ticker, 'highest_bid'),
            'bidVolume': this.safeString (ticker, 'highest_size'),
            'ask': this.safeString (ticker, 'lowest_ask'),
            'askVolume': this.safeString (ticker, 'lowest_size'),
            'last': this.safeString (ticker, 'last'),
            'percentage': this.safeString (ticker, 'change_percentage'),
            'baseVolume': this.safeString (ticker, 'base_volume'),
            'quoteVolume': this.safeString (ticker, 'quote_volume'),
            'info': ticker,
        }, market);
    }

    async fetchTicker (symbol, params = {}) {
        await this.loadMarkets ();
        const market = this.market (symbol);
        const response = await this.publicGetSpotTickers (this.extend ({ 'currency_pair': market['id'] }, params));
        const ticker = this.safeDict (response, 0);
        if (ticker === undefined) {
            throw new BadSymbol (this.id + ' fetchTicker () has no ticker for ' + symbol);
        }
        return this.parseTicker (ticker, market);
    }

    async fetchTickers (symbols = undefined, params = {}) {
        await this.loadMarkets ();
        const response = await this.publicGetSpotTickers (params);
        return this.parseTickers (response, symbols);
    }

    async fetchOrderBook (symbol, limit = undefined, params = {}) {
        // /spot/order_book: asks and bids as [ price, amount ], current the time of the answer in ms.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'currency_pair': market['id'] };
        if (limit !== undefined) {
            request['limit'] = limit;
        }
        const response = await this.publicGetSpotOrderBook (this.extend (request, params));
        const book = this.parseOrderBook (response, market['symbol'], this.safeInteger (response, 'current'));
        book['nonce'] = this.safeInteger (response, 'id');
        return book;
    }

    parseOHLCV (ohlcv, market = undefined) {
        // [ t (seconds), quote volume, close, high, low, open, base volume, closed ]: the unified candle is
        // [ ms, open, high, low, close, base volume ]. Older answers (and the docs' example) have 7 entries,
        // without the base volume: the seventh is then the closed flag.
        const baseVolume = (ohlcv.length > 7) ? this.safeNumber (ohlcv, 6) : undefined;
        return [
            this.safeTimestamp (ohlcv, 0),
            this.safeNumber (ohlcv, 5),
            this.safeNumber (ohlcv, 3),
            this.safeNumber (ohlcv, 4),
            this.safeNumber (ohlcv, 2),
            baseVolume,
        ];
    }

    async fetchOHLCV (symbol, timeframe = '1m', since = undefined, limit = undefined, params = {}) {
        // /spot/candlesticks takes either limit (the latest candles) or from and to (seconds, inclusive), not
        // both: since starts the range at from, which then ends at to = from + (limit - 1) candles, or at the
        // unified until when that comes first.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const interval = this.safeString (this.timeframes, timeframe);
        if (interval === undefined) {
            throw new BadRequest (this.id + ' fetchOHLCV () has no timeframe ' + timeframe);
        }
        const request = { 'currency_pair': market['id'], 'interval': interval };
        const until = this.safeInteger (params, 'until');
        if ((since === undefined) && (until === undefined)) {
            if (limit !== undefined) {
                request['limit'] = limit;
            }
        } else {
            let to = (until === undefined) ? undefined : Math.floor (until / 1000);
            if (since !== undefined) {
                const from = Math.ceil (since / 1000);
                const duration = this.safeInteger (this.options['timeframeSeconds'], timeframe);
                const count = (limit === undefined) ? 100 : limit;
                const pageEnd = from + (count - 1) * duration;
                if ((to === undefined) || (pageEnd < to)) {
                    to = pageEnd;
                }
                request['from'] = from;
            }
            request['to'] = to;
        }
        const response = await this.publicGetSpotCandlesticks (this.extend (request, this.omit (params, 'until')));
        return this.parseOHLCVs (response, market, timeframe, since, limit);
    }

    gateFees (entry) {
        // The fees of a trade or an order: fee in fee_currency, gt_fee in GT and point_fee in points (the
        // documented fields; each is '0' when that way of paying was not used).
        const fees = [];
        const feeCost = this.safeString (entry, 'fee');
        if ((feeCost !== undefined) && !Precise.stringEq (feeCost, '0')) {
            fees.push ({ 'cost': feeCost, 'currency': this.safeCurrencyCode (this.safeString (entry, 'fee_currency')) });
        }
        const gtFee = this.safeString (entry, 'gt_fee');
        if ((gtFee !== undefined) && !Precise.stringEq (gtFee, '0')) {
            fees.push ({ 'cost': gtFee, 'currency': 'GT' });
        }
        const pointFee = this.safeString (entry, 'point_fee');
        if ((pointFee !== undefined) && !Precise.stringEq (pointFee, '0')) {
            fees.push ({ 'cost': pointFee, 'currency': 'POINT' });
        }
        return fees;
    }

    parseTrade (trade, market = undefined) {
        // Public trades and the account's own (/spot/my_trades also has order_id, role taker or maker, fee and
        // fee_currency, point_fee and gt_fee when fees were paid in points or GT). create_time_ms is a
        // decimal string of milliseconds.
        market = this.safeMarket (this.safeString (trade, 'currency_pair'), market, '_');
        const fees = this.gateFees (trade);
        let timestamp = this.safeInteger (trade, 'create_time_ms');
        if (timestamp === undefined) {
            timestamp = this.safeTimestamp (trade, 'create_time');
        }
        return this.safeTrade ({
            'id': this.safeString (trade, 'id'),
            'order': this.safeString (trade, 'order_id'),
            'symbol': market['symbol'],
            'timestamp': timestamp,
            'side': this.safeString (trade, 'side'),
            'takerOrMaker': this.safeString (trade, 'role'),
            'price': this.safeString (trade, 'price'),
            'amount': this.safeString (trade, 'amount'),
            'fee': (fees.length === 1) ? fees[0] : undefined,
            'fees': fees,
            'info': trade,
        }, market);
    }

    async fetchTrades (symbol, since = undefined, limit = undefined, params = {}) {
        // /spot/trades: the latest trades, newest first; from (seconds) starts a time range.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'currency_pair': market['id'] };
        if (limit !== undefined) {
            request['limit'] = limit;
        }
        if (since !== undefined) {
            request['from'] = Math.floor (since / 1000);
        }
        const response = await this.publicGetSpotTrades (this.extend (request, params));
        return this.parseTrades (response, market, since, limit);
    }

    // --- account -------------------------------------------------------------------------------------

    async fetchBalance (params = {}) {
        // /spot/accounts: available (free) and locked (used) per currency.
        await this.loadMarkets ();
        const response = await this.privateGetSpotAccounts (params);
        const result = { 'info': response };
        for (let i = 0; i < response.length; i++) {
            const balance = this.account ();
            balance['free'] = this.safeString (response[i], 'available');
            balance['used'] = this.safeString (response[i], 'locked');
            result[this.safeCurrencyCode (this.safeString (response[i], 'currency'))] = balance;
        }
        return this.safeBalance (result);
    }

    async fetchLedger (code = undefined, since = undefined, limit = undefined, params = {}) {
        // /spot/account_book: the spot account's balance changes; from and to in seconds.
        await this.loadMarkets ();
        let request = {};
        let currency = undefined;
        if (code !== undefined) {
            currency = this.currency (code);
            request['currency'] = currency['id'];
        }
        request = this.extend (request, this.timeRange (since, params));
        if (limit !== undefined) {
            request['limit'] = limit;
        }
        const response = await this.privateGetSpotAccountBook (this.extend (request, this.omit (params, 'until')));
        return this.parseLedger (response, currency, since, limit);
    }

    parseLedgerEntry (item, currency = undefined) {
        // { id, time (ms), currency, change (signed), balance (after), type, text }
        const code = this.safeCurrencyCode (this.safeString (item, 'currency'), currency);
        const change = this.safeString (item, 'change');
        const after = this.safeString (item, 'balance');
        let before = undefined;
        let direction = undefined;
        if (change !== undefined) {
            direction = Precise.stringLt (change, '0') ? 'out' : 'in';
            if (after !== undefined) {
                before = Precise.stringSub (after, change);
            }
        }
        return this.safeLedgerEntry ({
            'id': this.safeString (item, 'id'),
            'timestamp': this.safeInteger (item, 'time'),
            'direction': direction,
            'account': 'spot',
            'type': this.safeString (item, 'type'),
            'currency': code,
            'amount': (change === undefined) ? undefined : Precise.stringAbs (change),
            'before': before,
            'after': after,
            'status': 'ok',
            'info': item,
        }, currency);
    }

    timeRange (since, params) {
        // from (since) and to (the unified until), in seconds, of the list endpoints; a new dictionary, since
        // PHP passes arrays by value.
        const range = {};
        if (since !== undefined) {
            range['from'] = Math.floor (since / 1000);
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            range['to'] = Math.floor (until / 1000);
        }
        return range;
    }

    // --- orders --------------------------------------------------------------------------------------

    async createOrder (symbol, type, side, amount, price = undefined, params = {}) {
        // /spot/orders, on the account Gate defaults to (spot, or unified for a unified account; params['account']
        // picks another). postOnly is time_in_force poc, timeInForce GTC/IOC/FOK gtc/ioc/fok; clientOrderId is
        // text, which Gate requires to start with 't-'; a market buy is sized in the quote currency (the
        // unified cost, or amount * price). A trigger (triggerPrice, stopLossPrice, takeProfitPrice) is a
        // price-triggered order of /spot/price_orders. Spot has no reduceOnly.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const [ unified, rest ] = this.unifiedOrderParams (type, params);
        this.rejectUnifiedParams ('createOrder', unified, [ 'reduceOnly' ]);
        if ((type !== 'limit') && (type !== 'market')) {
            throw new InvalidOrder (this.id + ' createOrder () takes a market or limit order, not ' + type);
        }
        if ((type === 'limit') && (price === undefined)) {
            throw new ArgumentsRequired (this.id + ' createOrder () requires a price for a limit order');
        }
        if (unified['trigger'] !== undefined) {
            return await this.createPriceOrder (market, type, side, amount, price, unified, rest);
        }
        const request = {
            'currency_pair': market['id'],
            'type': type,
            'side': side,
            'amount': this.orderAmount (market, type, side, amount, price, unified['cost']),
            'time_in_force': this.orderTimeInForce (type, unified),
        };
        if (type === 'limit') {
            request['price'] = this.priceToPrecision (symbol, price);
        }
        if (unified['clientOrderId'] !== undefined) {
            request['text'] = this.clientOrderText (unified['clientOrderId']);
        }
        const response = await this.privatePostSpotOrders (this.extend (request, rest));
        return this.parseOrder (response, market);
    }

    orderAmount (market, type, side, amount, price, cost) {
        // A market buy's amount is the quote currency to spend; every other order's is the base amount.
        if ((type === 'market') && (side === 'buy')) {
            if (cost !== undefined) {
                return this.costToPrecision (market['symbol'], cost);
            }
            if ((amount !== undefined) && (price !== undefined)) {
                const total = Precise.stringMul (this.numberToString (amount), this.numberToString (price));
                return this.costToPrecision (market['symbol'], total);
            }
            throw new InvalidOrder (this.id + ' createOrder () a market buy spends an amount of the quote currency: pass the unified param cost (or a price to multiply amount by)');
        }
        if (cost !== undefined) {
            throw new InvalidOrder (this.id + ' createOrder () cost sizes market buys only: a market sell is sized by amount');
        }
        if (amount === undefined) {
            throw new ArgumentsRequired (this.id + ' createOrder () requires an amount');
        }
        return this.amountToPrecision (market['symbol'], amount);
    }

    orderTimeInForce (type, unified) {
        // Limit orders take gtc, ioc, fok or poc; market orders only ioc and fok (ioc by default).
        const timeInForce = unified['timeInForce'];
        if (type === 'market') {
            if (timeInForce === 'GTC') {
                throw new InvalidOrder (this.id + ' createOrder () timeInForce GTC is for limit orders: Gate market orders are IOC or FOK');
            }
            return (timeInForce === 'FOK') ? 'fok' : 'ioc';
        }
        if (unified['postOnly']) {
            return 'poc';
        }
        return (timeInForce === undefined) ? 'gtc' : timeInForce.toLowerCase ();
    }

    clientOrderText (clientOrderId) {
        // Gate's text must start with 't-'.
        if (clientOrderId.startsWith ('t-')) {
            return clientOrderId;
        }
        return 't-' + clientOrderId;
    }

    async createPriceOrder (market, type, side, amount, price, unified, rest) {
        // /spot/price_orders: the put order (limit, account normal, gtc or ioc) is placed when the last price
        // meets trigger.rule. stopLossPrice triggers a sell when the price falls to it (rule '<='), a buy when
        // it rises to it ('>='), takeProfitPrice the other way round; a plain triggerPrice needs
        // params['triggerDirection'] ('above' or 'below') because Gate needs the rule.
        const kind = unified['triggerKind'];
        if (type !== 'limit') {
            throw new InvalidOrder (this.id + ' createOrder () ' + kind + ' places limit orders only: a Gate price-triggered order needs its limit price');
        }
        if (unified['timeInForce'] === 'FOK') {
            throw new NotSupported (this.id + ' createOrder () timeInForce FOK cannot be combined with ' + kind + ': price-triggered orders are GTC or IOC');
        }
        if (unified['clientOrderId'] !== undefined) {
            // The put order's text names the order's source (api, web, app), not a client order id.
            throw new NotSupported (this.id + ' createOrder () clientOrderId cannot be combined with ' + kind + ': Gate price-triggered orders take no client order id');
        }
        const rule = this.triggerRule (kind, side, rest);
        const put = {
            'type': 'limit',
            'side': side,
            'price': this.priceToPrecision (market['symbol'], price),
            'amount': this.orderAmount (market, type, side, amount, price, unified['cost']),
            'account': 'normal',
            'time_in_force': (unified['timeInForce'] === 'IOC') ? 'ioc' : 'gtc',
        };
        const trigger = { 'price': this.priceToPrecision (market['symbol'], unified['trigger']), 'rule': rule };
        const expiration = this.safeInteger (rest, 'expiration');
        if (expiration !== undefined) {
            trigger['expiration'] = expiration;
        }
        const request = { 'trigger': trigger, 'put': put, 'market': market['id'] };
        const response = await this.privatePostSpotPriceOrders (this.extend (request, this.omit (rest, [ 'triggerDirection', 'expiration' ])));
        return this.safeOrder ({
            'id': this.safeString (response, 'id'),
            'symbol': market['symbol'],
            'type': 'limit',
            'side': side,
            'price': put['price'],
            'amount': put['amount'],
            'timeInForce': (put['time_in_force'] === 'ioc') ? 'IOC' : 'GTC',
            'triggerPrice': trigger['price'],
            'stopLossPrice': (kind === 'stopLossPrice') ? trigger['price'] : undefined,
            'takeProfitPrice': (kind === 'takeProfitPrice') ? trigger['price'] : undefined,
            'status': 'open',
            'info': response,
        }, market);
    }

    triggerRule (kind, side, params) {
        if (kind === 'stopLossPrice') {
            return (side === 'sell') ? '<=' : '>=';
        }
        if (kind === 'takeProfitPrice') {
            return (side === 'sell') ? '>=' : '<=';
        }
        const direction = this.safeString (params, 'triggerDirection');
        if (direction === 'above') {
            return '>=';
        }
        if (direction === 'below') {
            return '<=';
        }
        throw new ArgumentsRequired (this.id + ' createOrder () triggerPrice requires params["triggerDirection"] "above" or "below": a Gate price-triggered order fires when the price rises to (>=) or falls to (<=) the trigger');
    }

    async createMarketBuyOrderWithCost (symbol, cost, params = {}) {
        return await this.createOrder (symbol, 'market', 'buy', undefined, undefined, this.extend (params, { 'cost': cost }));
    }

    async editOrder (id, symbol, type, side, amount = undefined, price = undefined, params = {}) {
        // PATCH /spot/orders/{order_id} changes the amount or (not and) the price of an open order, with
        // currency_pair in the JSON body; the order keeps its time in force, and a trigger belongs to price
        // orders, which cannot be amended.
        if (this.safeValue (params, 'postOnly') !== undefined) {
            throw new NotSupported (this.id + ' editOrder () does not support the unified param postOnly: an amended order keeps its time in force');
        }
        if (this.safeValue (params, 'triggerPrice') !== undefined) {
            throw new NotSupported (this.id + ' editOrder () does not support the unified param triggerPrice: Gate amends the amount and price only');
        }
        if ((amount !== undefined) && (price !== undefined)) {
            throw new InvalidOrder (this.id + ' editOrder () changes either the amount or the price of an order, not both: Gate amends one of them at a time');
        }
        if ((amount === undefined) && (price === undefined)) {
            throw new ArgumentsRequired (this.id + ' editOrder () requires the new amount or the new price');
        }
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'order_id': id, 'currency_pair': market['id'] };
        if (amount !== undefined) {
            request['amount'] = this.amountToPrecision (symbol, amount);
        } else {
            request['price'] = this.priceToPrecision (symbol, price);
        }
        const response = await this.privatePatchSpotOrdersOrderId (this.extend (request, params));
        return this.parseOrder (response, market);
    }

    requireMarket (method, symbol) {
        if (symbol === undefined) {
            throw new ArgumentsRequired (this.id + ' ' + method + ' () requires a symbol argument: Gate names orders by currency pair and id');
        }
        return this.market (symbol);
    }

    async cancelOrder (id, symbol = undefined, params = {}) {
        // DELETE /spot/orders/{order_id} answers with the order; with params['trigger'] the id is a price
        // order's (DELETE /spot/price_orders/{order_id}).
        await this.loadMarkets ();
        if (this.safeBool (params, 'trigger', false)) {
            const answer = await this.privateDeleteSpotPriceOrdersOrderId (this.extend ({ 'order_id': id }, this.omit (params, 'trigger')));
            return this.parsePriceOrder (answer);
        }
        const market = this.requireMarket ('cancelOrder', symbol);
        const response = await this.privateDeleteSpotOrdersOrderId (this.extend ({ 'order_id': id, 'currency_pair': market['id'] }, params));
        return this.parseOrder (response, market);
    }

    async cancelAllOrders (symbol = undefined, params = {}) {
        // DELETE /spot/orders cancels the open orders of one pair (of every pair without one) and lists them,
        // each with succeeded false and a label when it could not be canceled.
        await this.loadMarkets ();
        const request = {};
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
            request['currency_pair'] = market['id'];
        }
        const response = await this.privateDeleteSpotOrders (this.extend (request, params));
        const result = [];
        for (let i = 0; i < response.length; i++) {
            if (this.safeBool (response[i], 'succeeded', true)) {
                result.push (this.parseOrder (response[i], market));
            }
        }
        return result;
    }

    parseOrder (order, market = undefined) {
        // /spot/orders: status open, closed or cancelled, finish_as how it ended (filled, cancelled, ioc, poc,
        // stp, ...); left the unfilled amount, filled_amount the filled base amount, filled_total its cost,
        // avg_deal_price the average. A market buy's amount is in the quote currency, so it is the cost.
        market = this.safeMarket (this.safeString (order, 'currency_pair'), market, '_');
        const type = this.safeString (order, 'type');
        const side = this.safeString (order, 'side');
        const quoteSized = (type === 'market') && (side === 'buy');
        const timeInForce = this.safeStringUpper (order, 'time_in_force');
        const text = this.safeString (order, 'text');
        const fees = this.gateFees (order);
        return this.safeOrder ({
            'id': this.safeString (order, 'id'),
            'clientOrderId': ((text !== undefined) && text.startsWith ('t-')) ? text : undefined,
            'symbol': market['symbol'],
            'timestamp': this.orderTime (order, 'create_time'),
            'lastUpdateTimestamp': this.orderTime (order, 'update_time'),
            'status': this.orderStatus (order),
            'type': type,
            'timeInForce': (timeInForce === 'POC') ? 'PO' : timeInForce,
            'postOnly': (timeInForce === 'POC') ? true : undefined,
            'side': side,
            'price': (type === 'limit') ? this.safeString (order, 'price') : this.safeString (order, 'avg_deal_price'),
            'average': this.safeString (order, 'avg_deal_price'),
            'amount': quoteSized ? undefined : this.safeString (order, 'amount'),
            'remaining': quoteSized ? undefined : this.safeString (order, 'left'),
            'filled': this.safeString (order, 'filled_amount'),
            'cost': this.safeString (order, 'filled_total'),
            'fee': (fees.length === 1) ? fees[0] : undefined,
            'fees': fees,
            'info': order,
        }, market);
    }

    orderTime (order, key) {
        // <key>_ms in milliseconds, else <key> in seconds (/spot/open_orders lists only the seconds).
        const milliseconds = this.safeInteger (order, key + '_ms');
        if (milliseconds !== undefined) {
            return milliseconds;
        }
        return this.safeTimestamp (order, key);
    }

    orderStatus (order) {
        // A finished order (status closed or cancelled) is closed when it was filled, canceled otherwise (ioc,
        // poc, fok, stp and the other finish_as reasons end it unfilled or partly filled).
        const status = this.safeString (order, 'status');
        if (status === 'open') {
            return 'open';
        }
        const finishAs = this.safeString (order, 'finish_as');
        if ((finishAs === 'filled') || ((finishAs === undefined) && (status === 'closed'))) {
            return 'closed';
        }
        if (status === undefined) {
            return undefined;
        }
        return 'canceled';
    }

    parsePriceOrder (order, market = undefined) {
        // /spot/price_orders/{order_id}: { id, market, trigger { price, rule, expiration }, put { type, side,
        // price, amount, account, time_in_force, text (the source) }, status open, finish, cancelled, failed or
        // expired,
        // ctime and ftime in seconds, fired_order_id }.
        market = this.safeMarket (this.safeString (order, 'market'), market, '_');
        const trigger = this.safeDict (order, 'trigger', {});
        const put = this.safeDict (order, 'put', {});
        return this.safeOrder ({
            'id': this.safeString (order, 'id'),
            'symbol': market['symbol'],
            'timestamp': this.safeTimestamp (order, 'ctime'),
            'lastUpdateTimestamp': this.safeTimestamp (order, 'ftime'),
            'status': this.safeString (this.options['priceOrderStatuses'], this.safeString (order, 'status')),
            'type': this.safeString (put, 'type'),
            'timeInForce': this.safeStringUpper (put, 'time_in_force'),
            'side': this.safeString (put, 'side'),
            'price': this.safeString (put, 'price'),
            'amount': this.safeString (put, 'amount'),
            'triggerPrice': this.safeString (trigger, 'price'),
            'info': order,
        }, market);
    }

    async fetchOrder (id, symbol = undefined, params = {}) {
        // GET /spot/orders/{order_id} (an id or the text 't-...'); with params['trigger'] the id is a price
        // order's.
        await this.loadMarkets ();
        if (this.safeBool (params, 'trigger', false)) {
            const answer = await this.privateGetSpotPriceOrdersOrderId (this.extend ({ 'order_id': id }, this.omit (params, 'trigger')));
            return this.parsePriceOrder (answer);
        }
        const market = this.requireMarket ('fetchOrder', symbol);
        const response = await this.privateGetSpotOrdersOrderId (this.extend ({ 'order_id': id, 'currency_pair': market['id'] }, params));
        return this.parseOrder (response, market);
    }

    async fetchOpenOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // GET /spot/orders?status=open for one pair; /spot/open_orders for all, grouped by pair as
        // [ { currency_pair, total, orders } ].
        await this.loadMarkets ();
        if (symbol !== undefined) {
            const market = this.market (symbol);
            const request = { 'currency_pair': market['id'], 'status': 'open' };
            if (limit !== undefined) {
                request['limit'] = limit;
            }
            const response = await this.privateGetSpotOrders (this.extend (request, params));
            return this.parseOrders (response, market, since, limit);
        }
        const groups = await this.privateGetSpotOpenOrders (params);
        const orders = [];
        for (let i = 0; i < groups.length; i++) {
            // (pushed in place: a copy of the orders so far at each group made a response of many empty groups cost
            // their product; red-team round 28)
            const entries = this.safeList (groups[i], 'orders', []);
            for (let j = 0; j < entries.length; j++) {
                orders.push (entries[j]);
            }
        }
        return this.parseOrders (orders, undefined, since, limit);
    }

    async fetchClosedOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // GET /spot/orders?status=finished: filled and canceled orders; from and to in seconds.
        await this.loadMarkets ();
        let request = { 'status': 'finished' };
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
            request['currency_pair'] = market['id'];
        }
        request = this.extend (request, this.timeRange (since, params));
        if (limit !== undefined) {
            request['limit'] = limit;
        }
        const response = await this.privateGetSpotOrders (this.extend (request, this.omit (params, 'until')));
        return this.parseOrders (response, market, since, limit);
    }

    async fetchMyTrades (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // /spot/my_trades: from and to in seconds, limit at most 1000.
        await this.loadMarkets ();
        let request = {};
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
            request['currency_pair'] = market['id'];
        }
        request = this.extend (request, this.timeRange (since, params));
        if (limit !== undefined) {
            request['limit'] = limit;
        }
        const response = await this.privateGetSpotMyTrades (this.extend (request, this.omit (params, 'until')));
        return this.parseTrades (response, market, since, limit);
    }

    async fetchOrderTrades (id, symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // /spot/my_trades with order_id, which Gate takes together with the currency pair.
        await this.loadMarkets ();
        const market = this.requireMarket ('fetchOrderTrades', symbol);
        const request = { 'currency_pair': market['id'], 'order_id': id };
        const response = await this.privateGetSpotMyTrades (this.extend (request, params));
        return this.parseTrades (response, market, since, limit);
    }

    // --- funding -------------------------------------------------------------------------------------

    historyRequest (code, since, limit, params) {
        // /wallet/deposits and /wallet/withdrawals: currency, from and to in seconds (at most 30 days apart),
        // limit. The request and the currency.
        let request = {};
        let currency = undefined;
        if (code !== undefined) {
            currency = this.currency (code);
            request['currency'] = currency['id'];
        }
        request = this.extend (request, this.timeRange (since, params));
        if (limit !== undefined) {
            request['limit'] = limit;
        }
        return [ this.extend (request, this.omit (params, 'until')), currency ];
    }

    async fetchDeposits (code = undefined, since = undefined, limit = undefined, params = {}) {
        await this.loadMarkets ();
        const [ request, currency ] = this.historyRequest (code, since, limit, params);
        const response = await this.privateGetWalletDeposits (request);
        return this.parseTransactionsOfType (response, 'deposit', currency, since, limit);
    }

    async fetchWithdrawals (code = undefined, since = undefined, limit = undefined, params = {}) {
        await this.loadMarkets ();
        const [ request, currency ] = this.historyRequest (code, since, limit, params);
        const response = await this.privateGetWalletWithdrawals (request);
        return this.parseTransactionsOfType (response, 'withdrawal', currency, since, limit);
    }

    parseTransactionsOfType (response, type, currency, since, limit) {
        // Deposits and withdrawals have the same fields and no type: the list says which they are.
        const result = [];
        for (let i = 0; i < response.length; i++) {
            const transaction = this.parseTransaction (response[i], currency);
            transaction['type'] = type;
            result.push (transaction);
        }
        const code = (currency === undefined) ? undefined : currency['code'];
        return this.filterByCurrencySinceLimit (this.sortBy (result, 'timestamp'), code, since, limit);
    }

    parseTransaction (transaction, currency = undefined) {
        // { id, txid, withdraw_order_id, timestamp (seconds), amount, fee, currency, address, memo, status,
        // chain }: status DONE is complete, CANCEL canceled, FAIL and INVALID failed, the others pending.
        const currencyId = this.safeString (transaction, 'currency');
        const code = this.safeCurrencyCode (currencyId, currency);
        let fee = undefined;
        const feeCost = this.safeString (transaction, 'fee');
        if (feeCost !== undefined) {
            fee = { 'cost': feeCost, 'currency': code };
        }
        const status = this.safeString (transaction, 'status');
        return this.safeTransaction ({
            'id': this.safeString (transaction, 'id'),
            'txid': this.safeString (transaction, 'txid'),
            'timestamp': this.safeTimestamp (transaction, 'timestamp'),
            'network': this.networkCode (this.safeString (transaction, 'chain')),
            'address': this.safeString (transaction, 'address'),
            'tag': this.safeString (transaction, 'memo'),
            'type': this.safeString (transaction, 'type'),
            'amount': this.safeString (transaction, 'amount'),
            'currency': code,
            'status': (status === undefined) ? undefined : this.safeString (this.options['transactionStatuses'], status, 'pending'),
            'fee': fee,
            'info': transaction,
        }, currency);
    }

    async fetchDepositAddress (code, params = {}) {
        // /wallet/deposit_address: address (of the default chain) and multichain_addresses, one per chain
        // { chain, address, payment_id (the memo), obtain_failed }. The unified network picks the chain.
        await this.loadMarkets ();
        const currency = this.currency (code);
        const networkCode = this.safeString (params, 'network');
        const response = await this.privateGetWalletDepositAddress (this.extend ({ 'currency': currency['id'] }, this.omit (params, 'network')));
        const addresses = this.safeList (response, 'multichain_addresses', []);
        if (networkCode === undefined) {
            if (addresses.length === 1) {
                return this.parseDepositAddress (addresses[0], currency);
            }
            return {
                'currency': currency['code'],
                'address': this.safeString (response, 'address'),
                'tag': undefined,
                'network': undefined,
                'info': response,
            };
        }
        const chain = this.networkId (networkCode, currency);
        for (let i = 0; i < addresses.length; i++) {
            if (this.safeString (addresses[i], 'chain') === chain) {
                return this.parseDepositAddress (addresses[i], currency);
            }
        }
        throw new BadRequest (this.id + ' fetchDepositAddress () found no ' + code + ' deposit address on the unified network ' + networkCode + ' (chain ' + chain + ')');
    }

    async fetchDepositAddresses (codes = undefined, params = {}) {
        // /wallet/deposit_address takes one currency: one request per code, and every chain's address of each
        // (a chain whose address could not be obtained is left out).
        if (codes === undefined) {
            throw new ArgumentsRequired (this.id + ' fetchDepositAddresses () requires the currency codes: /wallet/deposit_address takes one currency');
        }
        await this.loadMarkets ();
        const result = [];
        for (let i = 0; i < codes.length; i++) {
            const currency = this.currency (codes[i]);
            const response = await this.privateGetWalletDepositAddress (this.extend ({ 'currency': currency['id'] }, params));
            const addresses = this.safeList (response, 'multichain_addresses', []);
            for (let j = 0; j < addresses.length; j++) {
                if (this.safeInteger (addresses[j], 'obtain_failed', 0) === 0) {
                    result.push (this.parseDepositAddress (addresses[j], currency));
                }
            }
        }
        return result;
    }

    parseDepositAddress (entry, currency) {
        if (this.safeInteger (entry, 'obtain_failed', 0) !== 0) {
            throw new InvalidAddress (this.id + ' could not obtain a ' + currency['code'] + ' deposit address on chain ' + this.safeString (entry, 'chain'));
        }
        return {
            'currency': currency['code'],
            'address': this.safeString (entry, 'address'),
            'tag': this.safeString (entry, 'payment_id'),
            'network': this.networkCode (this.safeString (entry, 'chain')),
            'info': entry,
        };
    }

    async withdraw (code, amount, address, tag = undefined, params = {}) {
        // POST /withdrawals: currency, address, amount, memo and chain (from the unified network, which Gate
        // requires).
        await this.loadMarkets ();
        const currency = this.currency (code);
        const networkCode = this.safeString (params, 'network');
        if (networkCode === undefined) {
            throw new ArgumentsRequired (this.id + ' withdraw () requires the unified param network: Gate withdraws on a named chain');
        }
        const request = {
            'currency': currency['id'],
            'address': address,
            'amount': this.numberToString (amount),
            'chain': this.networkId (networkCode, currency),
        };
        if (tag !== undefined) {
            request['memo'] = tag;
        }
        const response = await this.privatePostWithdrawals (this.extend (request, this.omit (params, 'network')));
        const transaction = this.parseTransaction (response, currency);
        transaction['type'] = 'withdrawal';
        return transaction;
    }

    async transfer (code, amount, fromAccount, toAccount, params = {}) {
        // POST /wallet/transfers between the spot, futures, delivery and options accounts; a futures or
        // delivery account is named by its settle currency, the one transferred.
        await this.loadMarkets ();
        const currency = this.currency (code);
        const from = this.accountTypeId (fromAccount);
        const to = this.accountTypeId (toAccount);
        const request = {
            'currency': currency['id'],
            'from': from,
            'to': to,
            'amount': this.numberToString (amount),
        };
        const settled = [ 'futures', 'delivery' ];
        if (this.inArray (from, settled) || this.inArray (to, settled)) {
            request['settle'] = currency['id'].toLowerCase ();
        }
        const response = await this.privatePostWalletTransfers (this.extend (request, params));
        return this.safeTransfer ({
            'id': this.safeString (response, 'tx_id'),
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
        // GET and DELETE send their params as the query string, POST and PATCH as a JSON body.
        const requestPath = '/api/' + this.version + '/' + this.implodeParams (path, params);
        const rest = this.omit (params, this.extractParams (path));
        const hasBody = (method === 'POST') || (method === 'PATCH') || (method === 'PUT');
        let query = '';
        if (!hasBody && (Object.keys (rest).length > 0)) {
            query = this.urlencode (rest);
        }
        const url = this.urls['api'] + requestPath + ((query === '') ? '' : ('?' + query));
        // Gate signs the query string without URL encoding.
        const rawQuery = (query === '') ? '' : this.rawencode (rest);
        if (api === 'public') {
            return { 'url': url, 'method': method, 'body': body, 'headers': headers };
        }
        // SIGN: hex HMAC-SHA512 (secret, method \n path \n query \n hex SHA512 (body) \n timestamp), with the
        // timestamp in seconds (the Timestamp header).
        this.checkRequiredCredentials ();
        const timestamp = this.numberToString (this.seconds ());
        let payload = '';
        headers = {
            'KEY': this.apiKey,
            'Timestamp': timestamp,
            'Accept': 'application/json',
        };
        if (hasBody) {
            // An empty body is written out: PHP would encode an empty dictionary as a list, '[]'.
            body = (Object.keys (rest).length > 0) ? this.json (rest) : '{}';
            payload = body;
            headers['Content-Type'] = 'application/json';
        }
        const bodyHash = this.hash (this.encode (payload), 'sha512', 'hex');
        const auth = method + '\n' + requestPath + '\n' + rawQuery + '\n' + bodyHash + '\n' + timestamp;
        headers['SIGN'] = this.hmac (this.encode (auth), this.encode (this.secret), 'sha512', 'hex');
        return { 'url': url, 'method': method, 'body': body, 'headers': headers };
    }

    handleErrors (status, reason, url, method, responseHeaders, responseBody, response, requestHeaders, requestBody) {
        // An error is an HTTP 4xx or 5xx status with { label, message }: the label picks the error class; an
        // unknown label falls back to the status (the base class's httpExceptions).
        if ((response === undefined) || Array.isArray (response) || (typeof response !== 'object')) {
            return;
        }
        const label = this.safeString (response, 'label');
        if (label === undefined) {
            return;
        }
        const feedback = this.id + ' ' + label + ' ' + this.safeString2 (response, 'message', 'detail', '');
        this.throwExactlyMatchedException (this.exceptions['exact'], label, feedback);
        if (status < 400) {
            throw new ExchangeError (feedback);
        }
    }
}
