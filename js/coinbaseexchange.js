// Coinbase Exchange REST API (formerly Coinbase Pro, GDAX): https://docs.cdp.coinbase.com/exchange/
import Exchange from './base/Exchange.js';
import { ArgumentsRequired, AuthenticationError, BadRequest, BadSymbol, InsufficientFunds, InvalidAddress, InvalidNonce, InvalidOrder, NotSupported, OrderNotFound, PermissionDenied, RateLimitExceeded } from './base/errors.js';
import Precise from './base/Precise.js';
import { TICK_SIZE } from './base/functions/number.js';

export default class coinbaseexchange extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'coinbaseexchange',
            'name': 'Coinbase Exchange',
            'countries': [ 'US' ],
            'version': 'v1',
            // Public endpoints: 10 requests a second per IP (bursts of 15), so 100 ms is one unit of cost.
            // Private endpoints: 15 a second per profile (cost 2/3); /fills 10 a second (cost 1).
            'rateLimit': 100,
            'has': {
                'fetchMarkets': true,
                'fetchCurrencies': true,
                'fetchTicker': true,
                'fetchTickers': false, // no documented endpoint reports the tickers of all products
                'fetchOrderBook': true,
                'fetchOHLCV': true,
                'fetchTrades': true,
                'fetchBalance': true,
                'createOrder': true,
                'cancelOrder': true,
                'editOrder': false, // orders cannot be changed over REST
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
                'fetchTime': true,
                'fetchStatus': false, // the exchange's status page is not part of the API
                'fetchTradingFees': true,
                'cancelAllOrders': true,
                'fetchOrderTrades': true,
                'fetchTradingFee': true,
                'fetchDepositAddresses': false,
                'createDepositAddress': true,
                'fetchDepositWithdrawFees': false, // fees are estimated per withdrawal (withdrawals/fee-estimate)
                'transfer': false, // profiles/transfer moves funds between profiles, not account types
                'createMarketBuyOrderWithCost': true,
            },
            'urls': {
                'logo': 'https://exchange.coinbase.com/favicon.ico',
                'api': 'https://api.exchange.coinbase.com',
                'www': 'https://exchange.coinbase.com',
                'doc': 'https://docs.cdp.coinbase.com/exchange/',
                'fees': 'https://www.coinbase.com/exchange/fees',
            },
            'api': {
                'public': {
                    'get': {
                        'currencies': 1,
                        'currencies/{currency_id}': 1,
                        'products': 1,
                        'products/volume-summary': 1,
                        'products/{product_id}': 1,
                        'products/{product_id}/book': 1,
                        'products/{product_id}/candles': 1,
                        'products/{product_id}/stats': 1,
                        'products/{product_id}/ticker': 1,
                        'products/{product_id}/trades': 1,
                        'time': 1,
                        'wrapped-assets': 1,
                        'wrapped-assets/{wrapped_asset_id}': 1,
                        'wrapped-assets/{wrapped_asset_id}/conversion-rate': 1,
                        'loans/assets': 1,
                    },
                },
                'private': {
                    'get': {
                        'accounts': 0.67,
                        'accounts/{account_id}': 0.67,
                        'accounts/{account_id}/holds': 0.67,
                        'accounts/{account_id}/ledger': 0.67,
                        'accounts/{account_id}/transfers': 0.67,
                        'address-book': 0.67,
                        'coinbase-accounts': 0.67,
                        'conversions': 0.67,
                        'conversions/fees': 0.67,
                        'conversions/{conversion_id}': 0.67,
                        'fees': 0.67,
                        'fills': 1,
                        'loans': 1,
                        'loans/interest': 1,
                        'loans/interest/history/{loan_id}': 1,
                        'loans/interest/{loan_id}': 1,
                        'loans/lending-overview': 1,
                        'loans/loan-preview': 1,
                        'loans/repayment-preview': 1,
                        'orders': 0.67,
                        'orders/{order_id}': 0.67,
                        'oracle': 0.67,
                        'payment-methods': 0.67,
                        'profiles': 0.67,
                        'profiles/{profile_id}': 0.67,
                        'reports': 0.67,
                        'reports/{report_id}': 0.67,
                        'transfers': 0.67,
                        'transfers/{transfer_id}': 0.67,
                        'travel-rules': 0.67,
                        'users/{user_id}/exchange-limits': 0.67,
                        'users/{user_id}/trading-volumes': 0.67,
                        'withdrawals/fee-estimate': 0.67,
                        'wrapped-assets/stake-wrap': 0.67,
                        'wrapped-assets/stake-wrap/{stake_wrap_id}': 0.67,
                    },
                    'post': {
                        'address-book': 0.67,
                        'coinbase-accounts/{account_id}/addresses': 0.67,
                        'conversions': 0.67,
                        'deposits/coinbase-account': 0.67,
                        'deposits/payment-method': 0.67,
                        'loans/open': 1,
                        'loans/repay-interest': 1,
                        'loans/repay-principal': 1,
                        'orders': 0.67,
                        'profiles': 0.67,
                        'profiles/transfer': 0.67,
                        'reports': 0.67,
                        'transfers/{transfer_id}/travel-rules': 0.67,
                        'travel-rules': 0.67,
                        'withdrawals/coinbase-account': 0.67,
                        'withdrawals/crypto': 0.67,
                        'withdrawals/payment-method': 0.67,
                        'wrapped-assets/stake-wrap': 0.67,
                    },
                    'put': {
                        'profiles/{profile_id}': 0.67,
                        'profiles/{profile_id}/deactivate': 0.67,
                        'users/{user_id}/settlement-preferences': 0.67,
                    },
                    'delete': {
                        'address-book/{id}': 0.67,
                        'orders': 0.67,
                        'orders/{order_id}': 0.67,
                        'travel-rules/{id}': 0.67,
                    },
                },
            },
            // The candle widths the API accepts, in seconds.
            'timeframes': {
                '1m': '60',
                '5m': '300',
                '15m': '900',
                '1h': '3600',
                '6h': '21600',
                '1d': '86400',
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
                    'taker': 0.006,
                    'maker': 0.004,
                },
            },
            'precisionMode': TICK_SIZE,
            'options': {
                // Unified network codes and Coinbase's network ids (currencies' supported_networks[].id).
                'networks': {
                    'BTC': 'bitcoin',
                    'ERC20': 'ethereum',
                    'SOL': 'solana',
                    'POLYGON': 'polygon',
                    'BASE': 'base',
                    'ARBITRUM': 'arbitrum',
                    'OPTIMISM': 'optimism',
                    'AVAXC': 'avacchain',
                    'LTC': 'litecoin',
                    'DOGE': 'dogecoin',
                    'XRP': 'ripple',
                },
                // Orders' time_in_force: GTT (good till time, cancel_after) rests like GTC until it expires, and
                // the unified values have no GTT.
                'timeInForces': {
                    'GTC': 'GTC',
                    'GTT': 'GTC',
                    'IOC': 'IOC',
                    'FOK': 'FOK',
                },
                'orderStatuses': {
                    'received': 'open',
                    'pending': 'open',
                    'open': 'open',
                    'active': 'open',
                    'rejected': 'rejected',
                },
                'maxCandles': 300,
                // The ledger's entry types: a match is a trade's fill, a conversion a stablecoin conversion.
                'ledgerTypes': {
                    'match': 'trade',
                    'fee': 'fee',
                    'rebate': 'rebate',
                    'transfer': 'transfer',
                    'conversion': 'trade',
                },
            },
            // Errors are an HTTP 4xx status with { "message": "..." }; the messages below are those the API
            // documents or answers with.
            'exceptions': {
                'exact': {
                    'Insufficient funds': InsufficientFunds,
                    'Invalid API Key': AuthenticationError,
                    'invalid signature': AuthenticationError,
                    'Invalid Passphrase': AuthenticationError,
                    'invalid timestamp': InvalidNonce,
                    'request timestamp expired': InvalidNonce,
                    'Forbidden': PermissionDenied,
                    'Invalid order id': InvalidOrder,
                    'Order already done': OrderNotFound,
                    'order not found': OrderNotFound,
                    'Private rate limit exceeded': RateLimitExceeded,
                    'Public rate limit exceeded': RateLimitExceeded,
                },
                'broad': {
                    'Order size is too small': InvalidOrder,
                    'size is too small': InvalidOrder,
                    'size is too large': InvalidOrder,
                    'Invalid Price': InvalidOrder,
                    'price is too': InvalidOrder,
                    'funds is too small': InvalidOrder,
                    'Post only mode': InvalidOrder,
                    'Limit only mode': InvalidOrder,
                    'Cancel only mode': InvalidOrder,
                    'Insufficient funds': InsufficientFunds,
                    'rate limit exceeded': RateLimitExceeded,
                    'Rate limit exceeded': RateLimitExceeded,
                    'Product not found': BadSymbol,
                    'Invalid product_id': BadSymbol,
                    'invalid address': InvalidAddress,
                    'Invalid crypto address': InvalidAddress,
                },
            },
        });
    }

    // --- markets and currencies ----------------------------------------------------------------------

    async fetchTime (params = {}) {
        // time: { iso, epoch } with epoch in seconds (a decimal).
        const response = await this.publicGetTime (params);
        return this.parse8601 (this.safeString (response, 'iso'));
    }

    async fetchMarkets (params = {}) {
        // products: [ { id: 'BTC-USD', base_currency, quote_currency, base_increment, quote_increment,
        // min_market_funds, status: 'online', trading_disabled, post_only, limit_only, cancel_only, ... } ].
        const response = await this.publicGetProducts (params);
        const result = [];
        for (let i = 0; i < response.length; i++) {
            const entry = response[i];
            const baseId = this.safeString (entry, 'base_currency');
            const quoteId = this.safeString (entry, 'quote_currency');
            const base = this.safeCurrencyCode (baseId);
            const quote = this.safeCurrencyCode (quoteId);
            const online = this.safeString (entry, 'status') === 'online';
            const disabled = this.safeBool (entry, 'trading_disabled', false);
            result.push (this.safeMarketStructure ({
                'id': this.safeString (entry, 'id'),
                'symbol': base + '/' + quote,
                'base': base,
                'quote': quote,
                'baseId': baseId,
                'quoteId': quoteId,
                'active': online && !disabled,
                'type': 'spot',
                'spot': true,
                'taker': this.fees['trading']['taker'],
                'maker': this.fees['trading']['maker'],
                'precision': {
                    'amount': this.safeNumber (entry, 'base_increment'),
                    'price': this.safeNumber (entry, 'quote_increment'),
                },
                'limits': {
                    'amount': { 'min': this.safeNumber (entry, 'base_min_size'), 'max': this.safeNumber (entry, 'base_max_size') },
                    'price': { 'min': undefined, 'max': undefined },
                    'cost': { 'min': this.safeNumber (entry, 'min_market_funds'), 'max': this.safeNumber (entry, 'max_market_funds') },
                },
                'info': entry,
            }));
        }
        return result;
    }

    async fetchCurrencies (params = {}) {
        // currencies: [ { id, name, status: 'online', max_precision, details: { type, min_withdrawal_amount,
        // max_withdrawal_amount }, default_network, supported_networks: [ { id, name, status,
        // min_withdrawal_amount, max_withdrawal_amount, ... } ] } ]. Withdrawal fees are not listed.
        const response = await this.publicGetCurrencies (params);
        const result = {};
        for (let i = 0; i < response.length; i++) {
            const entry = response[i];
            const id = this.safeString (entry, 'id');
            const code = this.safeCurrencyCode (id);
            const details = this.safeDict (entry, 'details', {});
            const online = this.safeString (entry, 'status') === 'online';
            result[code] = {
                'id': id,
                'code': code,
                'name': this.safeString (entry, 'name'),
                'active': online,
                'deposit': undefined,
                'withdraw': undefined,
                'fee': undefined,
                'precision': this.safeNumber (entry, 'max_precision'),
                'limits': {
                    'amount': { 'min': this.safeNumber (entry, 'min_size'), 'max': undefined },
                    'withdraw': { 'min': this.safeNumber (details, 'min_withdrawal_amount'), 'max': this.safeNumber (details, 'max_withdrawal_amount') },
                },
                'networks': this.parseCurrencyNetworks (this.safeList (entry, 'supported_networks', []), entry),
                'info': entry,
            };
        }
        return result;
    }

    parseCurrencyNetworks (supported, entry) {
        // supported_networks by unified network code.
        const networks = {};
        for (let j = 0; j < supported.length; j++) {
            const network = supported[j];
            const networkId = this.safeString (network, 'id');
            const networkCode = this.networkCode (networkId);
            networks[networkCode] = {
                'id': networkId,
                'network': networkCode,
                'active': this.safeString (network, 'status') === 'online',
                'deposit': undefined,
                'withdraw': undefined,
                'fee': undefined,
                'precision': this.safeNumber (entry, 'max_precision'),
                'limits': {
                    'withdraw': { 'min': this.safeNumber (network, 'min_withdrawal_amount'), 'max': this.safeNumber (network, 'max_withdrawal_amount') },
                },
            };
        }
        return networks;
    }

    // --- market data ---------------------------------------------------------------------------------

    parseTicker (ticker, market = undefined) {
        // The merge of products/{id}/ticker ({ ask, bid, volume, trade_id, price, size, time }) and
        // products/{id}/stats ({ open, high, low, last, volume, volume_30day }, the last 24 hours).
        return this.safeTicker ({
            'symbol': this.safeSymbol (undefined, market),
            'timestamp': this.parse8601 (this.safeString (ticker, 'time')),
            'high': this.safeString (ticker, 'high'),
            'low': this.safeString (ticker, 'low'),
            'bid': this.safeString (ticker, 'bid'),
            'ask': this.safeString (ticker, 'ask'),
            'open': this.safeString (ticker, 'open'),
            'last': this.safeString2 (ticker, 'price', 'last'),
            'baseVolume': this.safeString (ticker, 'volume'),
            'info': ticker,
        }, market);
    }

    async fetchTicker (symbol, params = {}) {
        // Two requests: the best bid and ask with the last trade, then the 24-hour statistics.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'product_id': market['id'] };
        const ticker = await this.publicGetProductsProductIdTicker (this.extend (request, params));
        const stats = await this.publicGetProductsProductIdStats (this.extend (request, params));
        return this.parseTicker (this.extend (stats, ticker), market);
    }

    async fetchOrderBook (symbol, limit = undefined, params = {}) {
        // Level 2: the aggregated book, [ price, size, num_orders ] per level; sequence is its nonce.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'product_id': market['id'], 'level': 2 };
        const response = await this.publicGetProductsProductIdBook (this.extend (request, params));
        const book = this.parseOrderBook (response, market['symbol'], this.parse8601 (this.safeString (response, 'time')));
        book['nonce'] = this.safeInteger (response, 'sequence');
        if (limit !== undefined) {
            book['bids'] = book['bids'].slice (0, limit);
            book['asks'] = book['asks'].slice (0, limit);
        }
        return book;
    }

    parseOHLCV (ohlcv, market = undefined) {
        // [ time (seconds), low, high, open, close, volume ].
        return [
            this.safeTimestamp (ohlcv, 0),
            this.safeNumber (ohlcv, 3),
            this.safeNumber (ohlcv, 2),
            this.safeNumber (ohlcv, 1),
            this.safeNumber (ohlcv, 4),
            this.safeNumber (ohlcv, 5),
        ];
    }

    async fetchOHLCV (symbol, timeframe = '1m', since = undefined, limit = undefined, params = {}) {
        // candles, newest first, at most 300 a request. The API takes start and end together or not at all,
        // so a range with one end given is completed to `limit` (or 300) candles.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const granularity = this.safeString (this.timeframes, timeframe);
        if (granularity === undefined) {
            throw new BadRequest (this.id + ' fetchOHLCV () does not support the timeframe ' + timeframe + ': one of ' + Object.keys (this.timeframes).join (', '));
        }
        const request = { 'product_id': market['id'], 'granularity': granularity };
        const count = (limit === undefined) ? this.options['maxCandles'] : Math.min (limit, this.options['maxCandles']);
        const span = count * parseInt (granularity) * 1000;
        const until = this.safeInteger (params, 'until');
        if (since !== undefined) {
            const end = (until === undefined) ? since + span : Math.min (until, since + span);
            request['start'] = this.iso8601 (since);
            request['end'] = this.iso8601 (end);
        } else if (until !== undefined) {
            request['start'] = this.iso8601 (until - span);
            request['end'] = this.iso8601 (until);
        }
        const response = await this.publicGetProductsProductIdCandles (this.extend (request, this.omit (params, 'until')));
        return this.parseOHLCVs (response, market, timeframe, since, limit);
    }

    parseTrade (trade, market = undefined) {
        // Public trades: { time, trade_id, price, size, side }, where side is the maker's (the resting
        // order's): the taker did the opposite. The account's fills: { created_at, trade_id, product_id,
        // order_id, liquidity: 'M' maker or 'T' taker, price, size, fee (in the quote currency), side } with
        // the side of the account's own order.
        market = this.safeMarket (this.safeString (trade, 'product_id'), market, '-');
        const isFill = this.safeString (trade, 'order_id') !== undefined;
        let side = this.safeString (trade, 'side');
        let takerOrMaker = undefined;
        let fee = undefined;
        if (isFill) {
            const liquidity = this.safeString (trade, 'liquidity');
            if (liquidity === 'T') {
                takerOrMaker = 'taker';
            } else if (liquidity === 'M') {
                takerOrMaker = 'maker';
            }
            const feeCost = this.safeString (trade, 'fee');
            if (feeCost !== undefined) {
                fee = { 'cost': feeCost, 'currency': market['quote'] };
            }
        } else if (side === 'buy') {
            side = 'sell';
        } else if (side === 'sell') {
            side = 'buy';
        }
        return this.safeTrade ({
            'id': this.safeString (trade, 'trade_id'),
            'order': this.safeString (trade, 'order_id'),
            'symbol': market['symbol'],
            'timestamp': this.parse8601 (this.safeString2 (trade, 'time', 'created_at')),
            'side': side,
            'takerOrMaker': takerOrMaker,
            'price': this.safeString (trade, 'price'),
            'amount': this.safeString (trade, 'size'),
            'fee': fee,
            'info': trade,
        }, market);
    }

    async fetchTrades (symbol, since = undefined, limit = undefined, params = {}) {
        // The latest trades (pages go back with after=trade_id); since filters what they return.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'product_id': market['id'] };
        if (limit !== undefined) {
            request['limit'] = limit;
        }
        const response = await this.publicGetProductsProductIdTrades (this.extend (request, params));
        return this.parseTrades (response, market, since, limit);
    }

    // --- account -------------------------------------------------------------------------------------

    async fetchBalance (params = {}) {
        // accounts: [ { id, currency, balance, hold, available, profile_id, trading_enabled } ].
        await this.loadMarkets ();
        const response = await this.privateGetAccounts (params);
        const result = { 'info': response };
        for (let i = 0; i < response.length; i++) {
            const entry = response[i];
            const account = this.account ();
            account['free'] = this.safeString (entry, 'available');
            account['used'] = this.safeString (entry, 'hold');
            account['total'] = this.safeString (entry, 'balance');
            result[this.safeCurrencyCode (this.safeString (entry, 'currency'))] = account;
        }
        return this.safeBalance (result);
    }

    async fetchTradingFees (params = {}) {
        // fees: { taker_fee_rate, maker_fee_rate, usd_volume }, the profile's rates (fractions) for every
        // product.
        await this.loadMarkets ();
        const response = await this.privateGetFees (params);
        const maker = this.safeNumber (response, 'maker_fee_rate');
        const taker = this.safeNumber (response, 'taker_fee_rate');
        const result = {};
        for (let i = 0; i < this.symbols.length; i++) {
            const symbol = this.symbols[i];
            result[symbol] = { 'symbol': symbol, 'maker': maker, 'taker': taker, 'info': response };
        }
        return result;
    }

    async fetchTradingFee (symbol, params = {}) {
        return await this.tradingFeeOfAll (symbol, params);
    }

    async accountOf (currency) {
        // accounts: the profile's account of the currency, whose id the ledger takes.
        const accounts = await this.privateGetAccounts ();
        for (let i = 0; i < accounts.length; i++) {
            if (this.safeString (accounts[i], 'currency') === currency['id']) {
                return this.safeString (accounts[i], 'id');
            }
        }
        throw new BadRequest (this.id + ' has no account for ' + currency['code']);
    }

    parseLedgerEntry (item, currency = undefined) {
        // accounts/{account_id}/ledger: { id, amount (signed), balance (after it), created_at, type: 'transfer',
        // 'match', 'fee', 'rebate' or 'conversion', details: { order_id, product_id, trade_id, transfer_id } }.
        const details = this.safeDict (item, 'details', {});
        const amount = this.safeString (item, 'amount');
        const after = this.safeString (item, 'balance');
        const before = ((amount === undefined) || (after === undefined)) ? undefined : Precise.stringSub (after, amount);
        const type = this.safeString (item, 'type');
        return this.safeLedgerEntry ({
            'id': this.safeString (item, 'id'),
            'timestamp': this.parseCoinbaseDate (this.safeString (item, 'created_at')),
            'referenceId': this.safeString2 (details, 'order_id', 'transfer_id'),
            'type': this.safeString (this.options['ledgerTypes'], type, type),
            'amount': amount,
            'before': before,
            'after': after,
            'status': 'ok',
            'info': item,
        }, currency);
    }

    async fetchLedger (code = undefined, since = undefined, limit = undefined, params = {}) {
        // The ledger is kept per account, that is per currency: accounts gives the id, then its ledger.
        if (code === undefined) {
            throw new ArgumentsRequired (this.id + ' fetchLedger () requires a currency code: the ledger is listed per account');
        }
        if (this.safeValue (params, 'until') !== undefined) {
            throw new NotSupported (this.id + ' fetchLedger () does not support the unified param until');
        }
        await this.loadMarkets ();
        const currency = this.currency (code);
        const request = { 'account_id': await this.accountOf (currency) };
        if (limit !== undefined) {
            request['limit'] = limit;
        }
        const response = await this.privateGetAccountsAccountIdLedger (this.extend (request, params));
        return this.parseLedger (response, currency, since, limit);
    }

    // --- orders --------------------------------------------------------------------------------------

    parseOrderStatus (order) {
        // 'done' orders were filled or canceled: done_reason says which.
        const status = this.safeString (order, 'status');
        if (status === 'done') {
            return (this.safeString (order, 'done_reason') === 'canceled') ? 'canceled' : 'closed';
        }
        return this.safeString (this.options['orderStatuses'], status, status);
    }

    parseOrder (order, market = undefined) {
        // { id, client_oid, product_id, side, type: 'limit', 'market' or 'stop', price, size, funds, specified_funds,
        // time_in_force (GTC, GTT, IOC or FOK), expire_time, post_only, created_at, done_at, done_reason, fill_fees, filled_size,
        // executed_value (the cost), status, stop: 'loss' or 'entry', stop_price }. Fees are paid in the
        // quote currency.
        market = this.safeMarket (this.safeString (order, 'product_id'), market, '-');
        const postOnly = this.safeBool (order, 'post_only');
        let fee = undefined;
        const feeCost = this.safeString (order, 'fill_fees');
        if (feeCost !== undefined) {
            fee = { 'cost': feeCost, 'currency': market['quote'] };
        }
        // type is 'limit', 'market' or 'stop' (the documented values): a stop order is a limit order with a
        // trigger when it has a limit price, else a market order with one.
        let type = this.safeString (order, 'type');
        const price = this.safeString (order, 'price');
        if (type === 'stop') {
            type = (price === undefined) ? 'market' : 'limit';
        }
        const timeInForce = this.safeString (order, 'time_in_force');
        return this.safeOrder ({
            'id': this.safeString (order, 'id'),
            'clientOrderId': this.safeString (order, 'client_oid'),
            'symbol': market['symbol'],
            'timestamp': this.parse8601 (this.safeString (order, 'created_at')),
            'lastUpdateTimestamp': this.parse8601 (this.safeString (order, 'done_at')),
            'status': this.parseOrderStatus (order),
            'type': type,
            'timeInForce': (postOnly === true) ? 'PO' : this.safeString (this.options['timeInForces'], timeInForce, timeInForce),
            'postOnly': postOnly,
            'side': this.safeString (order, 'side'),
            'price': price,
            'triggerPrice': this.safeString (order, 'stop_price'),
            'amount': this.safeString (order, 'size'),
            'filled': this.safeString (order, 'filled_size'),
            'cost': this.safeString (order, 'executed_value'),
            'fee': fee,
            'info': order,
        }, market);
    }

    stopDirection (side, kind) {
        // Coinbase's stop 'loss' triggers when the last price falls to stop_price or below, 'entry' when it
        // rises to it or above. A sell's stop loss (or a plain trigger) waits for a fall, its take profit
        // for a rise; a buy's the other way round.
        const falls = (kind === 'takeProfitPrice') ? (side === 'buy') : (side === 'sell');
        return falls ? 'loss' : 'entry';
    }

    async createOrder (symbol, type, side, amount, price = undefined, params = {}) {
        // POST orders. The unified params map to Coinbase's fields: postOnly is post_only, timeInForce
        // (GTC, IOC, FOK) is time_in_force, clientOrderId is client_oid, cost is funds (a market order sized
        // in the quote currency), and triggerPrice, stopLossPrice and takeProfitPrice make a stop order:
        // stop ('loss' or 'entry') with stop_price, which the API takes for limit orders. Spot has no
        // reduceOnly.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const [ unified, rest ] = this.unifiedOrderParams (type, params);
        this.rejectUnifiedParams ('createOrder', unified, [ 'reduceOnly' ]);
        const request = {
            'product_id': market['id'],
            'side': side,
            'type': type,
        };
        if (unified['clientOrderId'] !== undefined) {
            request['client_oid'] = unified['clientOrderId'];
        }
        if (unified['cost'] !== undefined) {
            request['funds'] = this.costToPrecision (symbol, unified['cost']);
        } else {
            request['size'] = this.amountToPrecision (symbol, amount);
        }
        const timeInForce = unified['timeInForce'];
        if (type === 'limit') {
            if (price === undefined) {
                throw new ArgumentsRequired (this.id + ' createOrder () requires a price for a limit order');
            }
            request['price'] = this.priceToPrecision (symbol, price);
            if (timeInForce !== undefined) {
                request['time_in_force'] = timeInForce;
            }
            if (unified['postOnly']) {
                request['post_only'] = true;
            }
        } else if (timeInForce !== undefined) {
            throw new InvalidOrder (this.id + ' createOrder () timeInForce applies to limit orders only, not ' + type + ' orders');
        }
        const trigger = unified['trigger'];
        if (trigger !== undefined) {
            if (type !== 'limit') {
                throw new InvalidOrder (this.id + ' createOrder () ' + unified['triggerKind'] + ' needs a limit order: Coinbase Exchange stop orders are limit orders');
            }
            request['stop'] = this.stopDirection (side, unified['triggerKind']);
            request['stop_price'] = this.priceToPrecision (symbol, trigger);
        }
        const response = await this.privatePostOrders (this.extend (request, rest));
        return this.parseOrder (response, market);
    }

    async createMarketBuyOrderWithCost (symbol, cost, params = {}) {
        return await this.createOrder (symbol, 'market', 'buy', undefined, undefined, this.extend (params, { 'cost': cost }));
    }

    async cancelOrder (id, symbol = undefined, params = {}) {
        // DELETE orders/{order_id} answers with the canceled order's id (a JSON string).
        await this.loadMarkets ();
        const request = { 'order_id': id };
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
            request['product_id'] = market['id'];
        }
        const response = await this.privateDeleteOrdersOrderId (this.extend (request, params));
        return this.safeOrder ({
            'id': (typeof response === 'string') ? response : id,
            'symbol': this.safeSymbol (undefined, market),
            'status': 'canceled',
            'info': response,
        }, market);
    }

    async cancelAllOrders (symbol = undefined, params = {}) {
        // DELETE orders (of one product with product_id): the ids of the canceled orders.
        await this.loadMarkets ();
        const request = {};
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
            request['product_id'] = market['id'];
        }
        const response = await this.privateDeleteOrders (this.extend (request, params));
        const ids = Array.isArray (response) ? response : [];
        const result = [];
        for (let i = 0; i < ids.length; i++) {
            result.push (this.safeOrder ({
                'id': ids[i],
                'symbol': this.safeSymbol (undefined, market),
                'status': 'canceled',
                'info': ids[i],
            }, market));
        }
        return result;
    }

    async fetchOrder (id, symbol = undefined, params = {}) {
        await this.loadMarkets ();
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
        }
        const response = await this.privateGetOrdersOrderId (this.extend ({ 'order_id': id }, params));
        return this.parseOrder (response, market);
    }

    async fetchOrdersByStatus (status, symbol, since, limit, params) {
        // GET orders: status (one or a list, repeated in the query: 'all', 'done', 'open', 'pending', 'active'),
        // product_id, start_date and end_date (the unified until), limit (at most 1000).
        await this.loadMarkets ();
        const request = {};
        if (status !== undefined) {
            request['status'] = status;
        }
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
            request['product_id'] = market['id'];
        }
        if (since !== undefined) {
            request['start_date'] = this.iso8601 (since);
        }
        const until = this.safeInteger (params, 'until');
        if (until !== undefined) {
            request['end_date'] = this.iso8601 (until);
        }
        // The reference marks limit as required (100 by default): it is always sent.
        request['limit'] = (limit === undefined) ? 100 : limit;
        const response = await this.privateGetOrders (this.extend (request, this.omit (params, 'until')));
        return this.parseOrders (response, market, since, limit);
    }

    async fetchOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchOrdersByStatus ('all', symbol, since, limit, params);
    }

    async fetchOpenOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // Open, pending (not yet on the book) and active (untriggered stop) orders: the API's default, stated.
        return await this.fetchOrdersByStatus ([ 'open', 'pending', 'active' ], symbol, since, limit, params);
    }

    async fetchClosedOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchOrdersByStatus ('done', symbol, since, limit, params);
    }

    async fetchOrderTrades (id, symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // fills with order_id.
        await this.loadMarkets ();
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
        }
        const request = { 'order_id': id };
        if (limit !== undefined) {
            request['limit'] = limit;
        }
        const response = await this.privateGetFills (this.extend (request, params));
        return this.parseTrades (response, market, since, limit);
    }

    async fetchMyTrades (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // fills takes a product_id or an order_id; since filters the latest fills it returns.
        if (symbol === undefined) {
            throw new ArgumentsRequired (this.id + ' fetchMyTrades () requires a symbol: fills are listed by product_id');
        }
        if (this.safeValue (params, 'until') !== undefined) {
            throw new NotSupported (this.id + ' fetchMyTrades () does not support the unified param until');
        }
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = { 'product_id': market['id'] };
        if (limit !== undefined) {
            request['limit'] = limit;
        }
        const response = await this.privateGetFills (this.extend (request, params));
        return this.parseTrades (response, market, since, limit);
    }

    // --- funding -------------------------------------------------------------------------------------

    parseCoinbaseDate (text) {
        // Transfers date their steps '2020-03-12 00:14:12.397805+00': a UTC offset without minutes.
        if ((text !== undefined) && text.endsWith ('+00')) {
            return this.parse8601 (text + ':00');
        }
        return this.parse8601 (text);
    }

    parseTransactionStatus (transaction) {
        if (this.safeString (transaction, 'canceled_at') !== undefined) {
            return 'canceled';
        }
        if (this.safeString (transaction, 'completed_at') !== undefined) {
            return 'ok';
        }
        return 'pending';
    }

    parseTransaction (transaction, currency = undefined) {
        // transfers: { id, type: 'deposit', 'withdraw', 'internal_deposit' or 'internal_withdraw', created_at,
        // completed_at, canceled_at, processed_at, amount, currency, details: { crypto_address,
        // crypto_transaction_hash, destination_tag, network, fee, ... } }. withdrawals/crypto: { id, amount,
        // currency, fee, subtotal, network }.
        const details = this.safeDict (transaction, 'details', {});
        const code = this.safeCurrencyCode (this.safeString (transaction, 'currency'), currency);
        const kind = this.safeString (transaction, 'type');
        let type = undefined;
        if ((kind === 'deposit') || (kind === 'internal_deposit')) {
            type = 'deposit';
        } else if ((kind === 'withdraw') || (kind === 'internal_withdraw')) {
            type = 'withdrawal';
        }
        let fee = undefined;
        const feeCost = this.safeString (details, 'fee', this.safeString (transaction, 'fee'));
        if (feeCost !== undefined) {
            fee = { 'cost': feeCost, 'currency': code };
        }
        const completed = this.parseCoinbaseDate (this.safeString (transaction, 'completed_at'));
        return this.safeTransaction ({
            'id': this.safeString (transaction, 'id'),
            'txid': this.safeString (details, 'crypto_transaction_hash'),
            'timestamp': this.parseCoinbaseDate (this.safeString (transaction, 'created_at')),
            'network': this.networkCode (this.safeString (details, 'network', this.safeString (transaction, 'network'))),
            'address': this.safeString (details, 'crypto_address'),
            'tag': this.safeString (details, 'destination_tag'),
            'type': type,
            'amount': this.safeString (transaction, 'amount'),
            'currency': code,
            'status': this.parseTransactionStatus (transaction),
            'updated': completed,
            'fee': fee,
            'info': transaction,
        }, currency);
    }

    async fetchTransfers (type, code, since, limit, params) {
        // GET transfers (of one type with type=deposit or withdraw); it takes no time range.
        if (this.safeValue (params, 'until') !== undefined) {
            throw new NotSupported (this.id + ' fetchDeposits () and fetchWithdrawals () do not support the unified param until');
        }
        await this.loadMarkets ();
        const request = {};
        if (type !== undefined) {
            request['type'] = type;
        }
        if (limit !== undefined) {
            request['limit'] = limit;
        }
        const currency = (code === undefined) ? undefined : this.currency (code);
        const response = await this.privateGetTransfers (this.extend (request, params));
        return this.parseTransactions (response, currency, since, limit);
    }

    async fetchDeposits (code = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchTransfers ('deposit', code, since, limit, params);
    }

    async fetchWithdrawals (code = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchTransfers ('withdraw', code, since, limit, params);
    }

    async fetchTransactions (code = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchTransfers (undefined, code, since, limit, params);
    }

    async coinbaseAccountOf (currency) {
        // coinbase-accounts: the profile's wallets, one per currency: { id, currency, name, type, active }.
        const accounts = await this.privateGetCoinbaseAccounts ();
        for (let i = 0; i < accounts.length; i++) {
            if (this.safeString (accounts[i], 'currency') === currency['id']) {
                return this.safeString (accounts[i], 'id');
            }
        }
        throw new BadRequest (this.id + ' has no Coinbase wallet for ' + currency['code']);
    }

    async createDepositAddress (code, params = {}) {
        // POST coinbase-accounts/{account_id}/addresses generates a one-time deposit address of the currency's
        // wallet: { id, address, address_info: { address, destination_tag }, network, ... }; network picks the
        // chain.
        await this.loadMarkets ();
        const currency = this.currency (code);
        const request = { 'account_id': await this.coinbaseAccountOf (currency) };
        const networkCode = this.safeString (params, 'network');
        if (networkCode !== undefined) {
            request['network'] = this.knownNetworkId (networkCode, currency, 'createDepositAddress');
        }
        const response = await this.privatePostCoinbaseAccountsAccountIdAddresses (this.extend (request, this.omit (params, 'network')));
        const info = this.safeDict (response, 'address_info', {});
        return {
            'currency': code,
            'address': this.safeString (info, 'address', this.safeString (response, 'address')),
            'tag': this.safeString (info, 'destination_tag'),
            'network': this.networkCode (this.safeString (response, 'network')),
            'info': response,
        };
    }

    async fetchDepositAddress (code, params = {}) {
        // The API lists no standing addresses: every request generates one, which stays valid.
        return await this.createDepositAddress (code, params);
    }

    async withdraw (code, amount, address, tag = undefined, params = {}) {
        // POST withdrawals/crypto: { amount, currency, crypto_address, destination_tag, network }; the unified
        // network code ('ERC20') is Coinbase's network id ('ethereum').
        await this.loadMarkets ();
        const currency = this.currency (code);
        const request = {
            'amount': this.numberToString (amount),
            'currency': currency['id'],
            'crypto_address': address,
        };
        if (tag !== undefined) {
            request['destination_tag'] = tag;
        }
        const networkCode = this.safeString (params, 'network');
        if (networkCode !== undefined) {
            request['network'] = this.knownNetworkId (networkCode, currency, 'withdraw');
        }
        const response = await this.privatePostWithdrawalsCrypto (this.extend (request, this.omit (params, 'network')));
        let fee = undefined;
        const feeCost = this.safeString (response, 'fee');
        if (feeCost !== undefined) {
            fee = { 'cost': feeCost, 'currency': code };
        }
        return this.safeTransaction ({
            'id': this.safeString (response, 'id'),
            'type': 'withdrawal',
            'address': address,
            'tag': tag,
            'amount': this.safeString (response, 'amount', request['amount']),
            'currency': code,
            'network': this.networkCode (this.safeString (request, 'network')),
            'status': 'pending',
            'fee': fee,
            'info': response,
        });
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
        // CB-ACCESS-SIGN: base64 (HMAC-SHA256 (base64-decoded secret, timestamp + method + requestPath + body)),
        // with the timestamp in seconds and the requestPath with its query string.
        this.checkRequiredCredentials ();
        const timestamp = this.numberToString (this.seconds ());
        let payload = '';
        headers = {
            'CB-ACCESS-KEY': this.apiKey,
            'CB-ACCESS-TIMESTAMP': timestamp,
            'CB-ACCESS-PASSPHRASE': this.password,
        };
        if (hasBody) {
            // An empty body is written out: PHP would encode an empty dictionary as a list, '[]'.
            body = (Object.keys (query).length > 0) ? this.json (query) : '{}';
            payload = body;
            headers['Content-Type'] = 'application/json';
        }
        const auth = timestamp + method + requestPath + payload;
        headers['CB-ACCESS-SIGN'] = this.hmac (this.encode (auth), this.base64ToBinary (this.secret), 'sha256', 'base64');
        return { 'url': url, 'method': method, 'body': body, 'headers': headers };
    }

    handleErrors (status, reason, url, method, responseHeaders, responseBody, response, requestHeaders, requestBody) {
        // An error is an HTTP 4xx or 5xx status with { "message": "..." }: the message picks the error class
        // where the maps know it, else the status does (the base class's httpExceptions: 400 BadRequest, 401
        // AuthenticationError, 403 PermissionDenied, 429 RateLimitExceeded, 5xx ExchangeNotAvailable).
        if ((status < 400) || (response === undefined) || Array.isArray (response) || (typeof response !== 'object')) {
            return;
        }
        const message = this.safeString (response, 'message');
        if (message === undefined) {
            return;
        }
        const feedback = this.id + ' ' + method + ' ' + url + ' ' + this.numberToString (status) + ' ' + message;
        this.throwExactlyMatchedException (this.exceptions['exact'], message, feedback);
        this.throwBroadlyMatchedException (this.exceptions['broad'], message, feedback);
        if (status === 404) {
            // { "message": "NotFound" } answers an unknown order id and an unknown product alike.
            if (url.indexOf ('/orders') >= 0) {
                throw new OrderNotFound (feedback);
            }
            if (url.indexOf ('/products/') >= 0) {
                throw new BadSymbol (feedback);
            }
        }
    }
}
