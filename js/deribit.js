// Deribit API v2 (JSON-RPC over HTTP GET): futures, perpetuals, options and spot: https://docs.deribit.com/v2
import Exchange from './base/Exchange.js';
import { AccountSuspended, ArgumentsRequired, AuthenticationError, BadRequest, BadSymbol, DDoSProtection, ExchangeError, ExchangeNotAvailable, InsufficientFunds, InvalidAddress, InvalidOrder, NotSupported, OnMaintenance, OrderNotFound, PermissionDenied, RateLimitExceeded, RequestTimeout } from './base/errors.js';
import Precise from './base/Precise.js';
import { TICK_SIZE } from './base/functions/number.js';

export default class deribit extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'deribit',
            'name': 'Deribit',
            'countries': [ 'PA' ],
            'version': 'v2',
            // The non-matching-engine methods are limited to 20 requests a second per account (credit refill
            // of the documented rate limits); matching-engine methods have their own, higher limits.
            'rateLimit': 50,
            // Not offered by the API, so false: fetchOrders and fetchTransactions (open and closed orders,
            // deposits and withdrawals are separate lists), fetchTradingFee(s) (the account's fees are reported
            // per index and product kind, some relative to the instrument's commission; the markets carry each
            // instrument's maker and taker commissions), fetchDepositAddresses (one currency per request),
            // transfer (Deribit transfers go to subaccounts or other users, not between wallets of one account),
            // createMarketBuyOrderWithCost (orders are sized in amount or contracts only), setLeverage and
            // fetchLeverage (leverage follows from the margin; positions report it), setMarginMode
            // (private/change_margin_model switches the whole account between cross/segregated and standard/
            // portfolio margin, not a market between cross and isolated), fetchMarkOHLCV and fetchIndexOHLCV
            // (the only candles are trade candles; mark price history and index chart data are points).
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
                'fetchStatus': true,
                'fetchTradingFees': false,
                'cancelAllOrders': true,
                'fetchOrderTrades': true,
                'fetchTradingFee': false,
                'fetchDepositAddresses': false,
                'createDepositAddress': true,
                'fetchDepositWithdrawFees': true,
                'transfer': false,
                'createMarketBuyOrderWithCost': false,
                'fetchPositions': true,
                'fetchPosition': true,
                'fetchFundingRate': true,
                'fetchFundingRates': true,
                'fetchFundingRateHistory': true,
                'fetchOpenInterest': true,
                'setLeverage': false,
                'setMarginMode': false,
                'fetchLeverage': false,
                'fetchMarkOHLCV': false,
                'fetchIndexOHLCV': false,
            },
            'urls': {
                'api': 'https://www.deribit.com',
                'test': 'https://test.deribit.com',
                'www': 'https://www.deribit.com',
                'doc': 'https://docs.deribit.com/v2',
                'fees': 'https://www.deribit.com/kb/fees',
            },
            // Every method is GET /api/v2/<public|private>/<method>?<params>; the implicit names are
            // publicGetTicker, privateGetBuy, ...
            'api': {
                'public': {
                    'get': {
                        'get_time': 1,
                        'status': 1,
                        'test': 1,
                        'get_currencies': 1,
                        'get_instruments': 1,
                        'get_instrument': 1,
                        'get_contract_size': 1,
                        'get_expirations': 1,
                        'ticker': 1,
                        'get_book_summary_by_currency': 1,
                        'get_book_summary_by_instrument': 1,
                        'get_order_book': 1,
                        'get_tradingview_chart_data': 1,
                        'get_last_trades_by_instrument': 1,
                        'get_last_trades_by_instrument_and_time': 1,
                        'get_last_trades_by_currency': 1,
                        'get_funding_rate_history': 1,
                        'get_funding_rate_value': 1,
                        'get_index_price': 1,
                        'get_index_price_names': 1,
                        'get_index_chart_data': 1,
                        'get_mark_price_history': 1,
                        'get_delivery_prices': 1,
                        'get_historical_volatility': 1,
                        'get_trade_volumes': 1,
                    },
                },
                'private': {
                    'get': {
                        'get_account_summary': 1,
                        'get_account_summaries': 1,
                        'get_positions': 1,
                        'get_position': 1,
                        'buy': 1,
                        'sell': 1,
                        'edit': 1,
                        'cancel': 1,
                        'cancel_all': 1,
                        'cancel_all_by_instrument': 1,
                        'cancel_all_by_currency': 1,
                        'get_order_state': 1,
                        'get_open_orders': 1,
                        'get_open_orders_by_instrument': 1,
                        'get_open_orders_by_currency': 1,
                        'get_order_history_by_instrument': 1,
                        'get_order_history_by_currency': 1,
                        'get_user_trades_by_instrument': 1,
                        'get_user_trades_by_instrument_and_time': 1,
                        'get_user_trades_by_currency': 1,
                        'get_user_trades_by_order': 1,
                        'get_settlement_history_by_instrument': 1,
                        'get_deposits': 1,
                        'get_withdrawals': 1,
                        'get_current_deposit_address': 1,
                        'create_deposit_address': 1,
                        'withdraw': 1,
                        'cancel_withdrawal': 1,
                        'get_transaction_log': 1,
                        'get_transfers': 1,
                    },
                },
            },
            // The resolutions of public/get_tradingview_chart_data (minutes, or 1D).
            'timeframes': {
                '1m': '1',
                '3m': '3',
                '5m': '5',
                '10m': '10',
                '15m': '15',
                '30m': '30',
                '1h': '60',
                '2h': '120',
                '3h': '180',
                '6h': '360',
                '12h': '720',
                '1d': '1D',
            },
            // Futures and perpetuals: maker 0 %, taker 0.05 %; each instrument states its own commissions
            // (maker_commission, taker_commission), which the markets carry.
            'fees': {
                'trading': {
                    'tierBased': true,
                    'percentage': true,
                    'taker': 0.0005,
                    'maker': 0,
                },
            },
            'precisionMode': TICK_SIZE,
            // apiKey is the API key's Client ID, secret its Client Secret.
            'requiredCredentials': {
                'apiKey': true,
                'secret': true,
            },
            'options': {
                // Which price a trigger order watches (the trigger parameter of private/buy and sell):
                // 'last_price', 'mark_price' or 'index_price'.
                'triggerPriceType': 'last_price',
                // order_type: the unified type of each (stop and take orders are the same with a trigger).
                'orderTypes': {
                    'limit': 'limit',
                    'market': 'market',
                    'stop_limit': 'limit',
                    'stop_market': 'market',
                    'take_limit': 'limit',
                    'take_market': 'market',
                    'market_limit': 'market',
                    'trailing_stop': 'market',
                },
                'orderStatuses': {
                    'open': 'open',
                    'untriggered': 'open',
                    'triggered': 'open',
                    'filled': 'closed',
                    'rejected': 'rejected',
                    'cancelled': 'canceled',
                    'archive': 'canceled',
                },
                'timeInForces': {
                    'good_til_cancelled': 'GTC',
                    'fill_or_kill': 'FOK',
                    'immediate_or_cancel': 'IOC',
                },
                'depositStatuses': {
                    'pending': 'pending',
                    'completed': 'ok',
                    'rejected': 'failed',
                    'replaced': 'failed',
                },
                'withdrawalStatuses': {
                    'unconfirmed': 'pending',
                    'confirmed': 'pending',
                    'cancelled': 'canceled',
                    'completed': 'ok',
                    'interrupted': 'failed',
                    'rejected': 'failed',
                },
                // Milliseconds per candle, to bound a candle request (start_timestamp and end_timestamp are
                // both required).
                'timeframeDurations': {
                    '1m': 60000,
                    '3m': 180000,
                    '5m': 300000,
                    '10m': 600000,
                    '15m': 900000,
                    '30m': 1800000,
                    '1h': 3600000,
                    '2h': 7200000,
                    '3h': 10800000,
                    '6h': 21600000,
                    '12h': 43200000,
                    '1d': 86400000,
                },
            },
            'exceptions': {
                // The JSON-RPC error codes of the API (docs: Errors, RPC error codes; -326xx are JSON-RPC's own).
                'exact': {
                    '9999': PermissionDenied, // api_not_enabled
                    '10000': AuthenticationError, // authorization_required
                    '10001': ExchangeError, // error
                    '10002': InvalidOrder, // qty_too_low
                    '10003': InvalidOrder, // order_overlap
                    '10004': OrderNotFound, // order_not_found
                    '10005': InvalidOrder, // price_too_low
                    '10006': InvalidOrder, // price_too_low4idx
                    '10007': InvalidOrder, // price_too_high
                    '10009': InsufficientFunds, // not_enough_funds
                    '10010': OrderNotFound, // already_closed
                    '10011': InvalidOrder, // price_not_allowed
                    '10012': InvalidOrder, // book_closed
                    '10013': InvalidOrder, // pme_max_total_open_orders
                    '10014': InvalidOrder, // pme_max_future_open_orders
                    '10015': InvalidOrder, // pme_max_option_open_orders
                    '10016': InvalidOrder, // pme_max_future_open_orders_size
                    '10017': InvalidOrder, // pme_max_option_open_orders_size
                    '10018': InvalidOrder, // non_pme_max_future_position_size
                    '10019': AccountSuspended, // locked_by_admin
                    '10020': BadSymbol, // invalid_or_unsupported_instrument
                    '10021': InvalidOrder, // invalid_amount
                    '10022': InvalidOrder, // invalid_quantity
                    '10023': InvalidOrder, // invalid_price
                    '10024': InvalidOrder, // invalid_max_show
                    '10025': InvalidOrder, // invalid_order_id
                    '10026': InvalidOrder, // price_precision_exceeded
                    '10027': InvalidOrder, // non_integer_contract_amount
                    '10028': RateLimitExceeded, // too_many_requests
                    '10029': OrderNotFound, // not_owner_of_order
                    '10030': NotSupported, // must_be_websocket_request
                    '10031': InvalidOrder, // invalid_args_for_instrument
                    '10032': InvalidOrder, // whole_cost_too_low
                    '10033': NotSupported, // not_implemented
                    '10034': InvalidOrder, // trigger_price_too_high
                    '10035': InvalidOrder, // trigger_price_too_low
                    '10036': InvalidOrder, // invalid_max_show_amount
                    '10037': InsufficientFunds, // non_pme_total_short_options_positions_size
                    '10038': InvalidOrder, // pme_max_risk_reducing_orders
                    '10039': InsufficientFunds, // not_enough_funds_in_currency
                    '10040': ExchangeNotAvailable, // retry
                    '10041': OnMaintenance, // settlement_in_progress
                    '10043': InvalidOrder, // price_wrong_tick
                    '10044': InvalidOrder, // trigger_price_wrong_tick
                    '10045': InvalidOrder, // can_not_cancel_liquidation_order
                    '10046': InvalidOrder, // can_not_edit_liquidation_order
                    '10047': DDoSProtection, // matching_engine_queue_full
                    '10048': ExchangeError, // not_on_this_server
                    '11008': InvalidOrder, // already_filled
                    '11013': InvalidOrder, // max_spot_open_orders
                    '11021': InvalidOrder, // post_only_price_modification_not_possible
                    '11029': BadRequest, // invalid_arguments
                    '11030': ExchangeError, // other_reject
                    '11031': ExchangeError, // other_error
                    '11035': InvalidOrder, // no_more_triggers
                    '11036': InvalidOrder, // invalid_trigger_price
                    '11037': InvalidOrder, // outdated_instrument_for_IV_order
                    '11038': InvalidOrder, // no_adv_for_futures
                    '11039': InvalidOrder, // no_adv_postonly
                    '11041': InvalidOrder, // not_adv_order
                    '11042': PermissionDenied, // permission_denied
                    '11043': BadRequest, // bad_argument
                    '11044': InvalidOrder, // not_open_order
                    '11045': BadRequest, // invalid_event
                    '11046': InvalidOrder, // outdated_instrument
                    '11047': BadRequest, // unsupported_arg_combination
                    '11048': InvalidOrder, // wrong_max_show_for_option
                    '11049': BadRequest, // bad_arguments
                    '11050': BadRequest, // bad_request
                    '11051': OnMaintenance, // system_maintenance
                    '11052': ExchangeError, // subscribe_error_unsubscribed
                    '11053': ExchangeError, // transfer_not_found
                    '11054': InvalidOrder, // post_only_reject
                    '11090': InvalidAddress, // invalid_addr
                    '11091': InvalidAddress, // invalid_transfer_address
                    '11092': InvalidAddress, // address_already_exist
                    '11093': InvalidAddress, // max_addr_count_exceeded
                    '11094': ExchangeError, // internal_server_error
                    '11095': ExchangeError, // disabled_deposit_address_creation
                    '11096': InvalidAddress, // address_belongs_to_user
                    '11097': InvalidAddress, // no_deposit_address
                    '12000': AuthenticationError, // bad_tfa
                    '12100': PermissionDenied, // transfer_not_allowed
                    '13000': AuthenticationError, // invalid_login
                    '13001': AuthenticationError, // account_not_activated
                    '13002': AccountSuspended, // account_blocked
                    '13003': AuthenticationError, // tfa_required
                    '13004': AuthenticationError, // invalid_credentials
                    '13005': AuthenticationError, // pwd_match_error
                    '13006': AuthenticationError, // security_error
                    '13007': AuthenticationError, // user_not_found
                    '13008': ExchangeError, // request_failed
                    '13009': AuthenticationError, // unauthorized (invalid or expired token or signature)
                    '13010': BadRequest, // value_required
                    '13011': BadRequest, // value_too_short
                    '13012': PermissionDenied, // unavailable_in_subaccount
                    '13016': BadRequest, // invalid_input
                    '13019': ExchangeError, // orderbook_closed
                    '13020': ExchangeError, // not_found
                    '13021': PermissionDenied, // forbidden
                    '13025': ExchangeNotAvailable, // method_switched_off_by_admin
                    '13028': ExchangeNotAvailable, // temporarily_unavailable
                    '13030': InvalidOrder, // mmp_trigger
                    '13031': PermissionDenied, // verification_required
                    '13032': InvalidOrder, // non_unique_order_label
                    '13403': PermissionDenied, // scope_exceeded
                    '13503': ExchangeNotAvailable, // unavailable
                    '13666': ExchangeError, // request_cancelled_by_user
                    '13888': RequestTimeout, // timed_out
                    '-32600': BadRequest, // request entity too large
                    '-32601': BadRequest, // method not found
                    '-32602': BadRequest, // invalid params
                    '-32700': BadRequest, // parse error
                    '-32000': BadRequest, // missing params
                },
                'broad': {},
            },
        });
    }

    // --- time, status, currencies and markets --------------------------------------------------------

    async fetchTime (params = {}) {
        // public/get_time: result is the server time in milliseconds.
        const response = await this.publicGetGetTime (params);
        return this.safeInteger (response, 'result');
    }

    async fetchStatus (params = {}) {
        // public/status: locked is true when trading is halted for every currency, 'partial' when only for
        // those in locked_currencies.
        const response = await this.publicGetStatus (params);
        const result = this.safeDict (response, 'result', {});
        const locked = this.safeString (result, 'locked');
        return {
            'status': (locked === 'true') ? 'maintenance' : 'ok',
            'updated': undefined,
            'eta': undefined,
            'url': undefined,
            'info': response,
        };
    }

    async fetchCurrencies (params = {}) {
        // public/get_currencies: one network per currency (network_currency), the withdrawal fee an amount.
        const response = await this.publicGetGetCurrencies (params);
        const entries = this.safeList (response, 'result', []);
        const result = {};
        for (let i = 0; i < entries.length; i++) {
            const entry = entries[i];
            const id = this.safeString (entry, 'currency');
            const code = this.safeCurrencyCode (id);
            const decimals = this.safeString (entry, 'decimals');
            result[code] = {
                'id': id,
                'code': code,
                'name': this.safeString (entry, 'currency_long'),
                'active': undefined,
                'deposit': undefined,
                'withdraw': undefined,
                'fee': this.safeNumber (entry, 'withdrawal_fee'),
                'precision': this.parseNumber (this.parsePrecision (decimals)),
                'limits': {
                    'withdraw': { 'min': undefined, 'max': undefined },
                },
                'networks': {},
                'info': entry,
            };
        }
        return result;
    }

    async fetchMarkets (params = {}) {
        // public/get_instruments with currency 'any' lists the open instruments of every currency; combos
        // (future_combo, option_combo) are strategies of other instruments and are left out.
        const request = {
            'currency': 'any',
        };
        const response = await this.publicGetGetInstruments (this.extend (request, params));
        const instruments = this.safeList (response, 'result', []);
        const result = [];
        for (let i = 0; i < instruments.length; i++) {
            const kind = this.safeString (instruments[i], 'kind');
            if ((kind === 'future') || (kind === 'option') || (kind === 'spot')) {
                result.push (this.parseMarket (instruments[i]));
            }
        }
        return result;
    }

    parseMarket (instrument) {
        // kind 'future' with settlement_period 'perpetual' is a swap. instrument_type 'reversed' (inverse:
        // BTC-PERPETUAL, amounts in USD, settled in BTC) or 'linear' (BTC_USDC-PERPETUAL, amounts in the base
        // coin, settled in USDC). Options are quoted in their settlement currency (quote_currency), their
        // strike in counter_currency, which is the unified quote: BTC-13JAN23-16000-P is
        // BTC/USD:BTC-230113-16000-P. Unified amounts of contracts are in contracts: Deribit's amount divided
        // by contract_size, so min_trade_amount / contract_size is the least (and the step of an) order.
        const id = this.safeString (instrument, 'instrument_name');
        const kind = this.safeString (instrument, 'kind');
        const baseId = this.safeString (instrument, 'base_currency');
        const quoteId = (kind === 'spot') ? this.safeString (instrument, 'quote_currency') : this.safeString2 (instrument, 'counter_currency', 'quote_currency');
        const settleId = this.safeString (instrument, 'settlement_currency');
        const base = this.safeCurrencyCode (baseId);
        const quote = this.safeCurrencyCode (quoteId);
        const minTradeAmount = this.safeString (instrument, 'min_trade_amount');
        const active = this.safeBool (instrument, 'is_active');
        const taker = this.safeNumber (instrument, 'taker_commission');
        const maker = this.safeNumber (instrument, 'maker_commission');
        const tickSize = this.safeNumber (instrument, 'tick_size');
        if (kind === 'spot') {
            return this.safeMarketStructure ({
                'id': id,
                'symbol': this.buildSymbol (base, quote),
                'base': base,
                'quote': quote,
                'baseId': baseId,
                'quoteId': quoteId,
                'active': active,
                'type': 'spot',
                'taker': taker,
                'maker': maker,
                'precision': { 'amount': this.parseNumber (minTradeAmount), 'price': tickSize },
                'limits': {
                    'amount': { 'min': this.parseNumber (minTradeAmount), 'max': undefined },
                    'price': { 'min': undefined, 'max': undefined },
                    'cost': { 'min': undefined, 'max': undefined },
                },
                'info': instrument,
            });
        }
        const settle = this.safeCurrencyCode (settleId);
        const contractSize = this.safeString (instrument, 'contract_size');
        const swap = this.safeString (instrument, 'settlement_period') === 'perpetual';
        const option = kind === 'option';
        const type = option ? 'option' : (swap ? 'swap' : 'future');
        const expiry = swap ? undefined : this.safeInteger (instrument, 'expiration_timestamp');
        const strike = option ? this.safeNumber (instrument, 'strike') : undefined;
        const optionType = option ? this.safeString (instrument, 'option_type') : undefined;
        const minContracts = this.parseNumber (Precise.stringDiv (minTradeAmount, contractSize));
        const instrumentType = this.safeString (instrument, 'instrument_type');
        let inverse = (typeof settle !== 'object') && (settle === base);
        if (instrumentType !== undefined) {
            inverse = instrumentType === 'reversed';
        }
        return this.safeMarketStructure ({
            'id': id,
            'symbol': this.buildSymbol (base, quote, settle, expiry, strike, optionType),
            'base': base,
            'quote': quote,
            'settle': settle,
            'baseId': baseId,
            'quoteId': quoteId,
            'settleId': settleId,
            'active': active,
            'type': type,
            'linear': !inverse,
            'inverse': inverse,
            'contractSize': this.parseNumber (contractSize),
            'expiry': expiry,
            'strike': strike,
            'optionType': optionType,
            'taker': taker,
            'maker': maker,
            'precision': { 'amount': minContracts, 'price': tickSize },
            'limits': {
                'amount': { 'min': minContracts, 'max': undefined },
                'price': { 'min': undefined, 'max': undefined },
                'cost': { 'min': undefined, 'max': undefined },
                'leverage': { 'min': undefined, 'max': this.safeNumber (instrument, 'max_leverage') },
            },
            'info': instrument,
        });
    }

    toContracts (market, amount) {
        // Deribit's amount (USD for inverse contracts, the base coin for linear ones and options) in
        // contracts; spot amounts are in the base currency already.
        if ((amount === undefined) || !market['contract']) {
            return amount;
        }
        return Precise.stringDiv (amount, this.numberToString (market['contractSize']));
    }

    fromContracts (market, contracts) {
        // A unified amount (contracts) as Deribit's amount.
        if (!market['contract']) {
            return contracts;
        }
        return Precise.stringMul (contracts, this.numberToString (market['contractSize']));
    }

    amountCost (market, amount, price) {
        // The value of a Deribit amount at price: an inverse contract's amount is its value in USD already;
        // otherwise the amount (base coin) times the price (in the quote, or for options the settlement,
        // currency).
        if (amount === undefined) {
            return undefined;
        }
        if (market['contract'] && market['inverse'] && !market['option']) {
            return amount;
        }
        if (price === undefined) {
            return undefined;
        }
        return Precise.stringMul (amount, price);
    }

    // --- market data ---------------------------------------------------------------------------------

    async fetchTicker (symbol, params = {}) {
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = {
            'instrument_name': market['id'],
        };
        const response = await this.publicGetTicker (this.extend (request, params));
        return this.parseTicker (this.safeDict (response, 'result', {}), market);
    }

    parseTicker (ticker, market = undefined) {
        // public/ticker: best bid and ask with their amounts (Deribit units, here in contracts), stats over
        // 24 h: high, low, volume (base currency), volume_usd and price_change (in %).
        market = this.safeMarket (this.safeString (ticker, 'instrument_name'), market);
        if (this.safeValue (ticker, 'stats') === undefined) {
            return this.parseBookSummary (ticker, market);
        }
        const stats = this.safeDict (ticker, 'stats', {});
        const quoteVolume = this.quoteVolumeOf (stats, market);
        return this.safeTicker ({
            'symbol': market['symbol'],
            'timestamp': this.safeInteger (ticker, 'timestamp'),
            'high': this.safeString (stats, 'high'),
            'low': this.safeString (stats, 'low'),
            'bid': this.safeString (ticker, 'best_bid_price'),
            'bidVolume': this.toContracts (market, this.safeString (ticker, 'best_bid_amount')),
            'ask': this.safeString (ticker, 'best_ask_price'),
            'askVolume': this.toContracts (market, this.safeString (ticker, 'best_ask_amount')),
            'last': this.safeString (ticker, 'last_price'),
            'percentage': this.safeString (stats, 'price_change'),
            'baseVolume': this.safeString (stats, 'volume'),
            'quoteVolume': quoteVolume,
            'info': ticker,
        }, market);
    }

    async fetchTickers (symbols = undefined, params = {}) {
        // public/get_book_summary_by_currency: the tickers of every instrument of one currency (the settlement
        // currency of contracts, the base currency of spot pairs), so one request per currency of the symbols;
        // without symbols params['currency'] names the currency.
        await this.loadMarkets ();
        const summaries = await this.bookSummaries ('fetchTickers', symbols, undefined, params);
        return this.parseTickers (summaries, symbols);
    }

    async bookSummaries (method, symbols, kind, params) {
        // The entries of get_book_summary_by_currency for each currency that symbols (or params['currency'])
        // name, and of kind when given.
        let currencies = [];
        const currency = this.safeString (params, 'currency');
        const rest = this.omit (params, 'currency');
        if (currency !== undefined) {
            currencies.push (currency);
        } else if (symbols !== undefined) {
            for (let i = 0; i < symbols.length; i++) {
                const market = this.market (symbols[i]);
                currencies.push (market['contract'] ? market['settleId'] : market['baseId']);
            }
            currencies = this.unique (currencies);
        } else {
            throw new ArgumentsRequired (this.id + ' ' + method + ' () requires symbols or params["currency"]: Deribit lists them by currency');
        }
        let result = [];
        for (let i = 0; i < currencies.length; i++) {
            const request = {
                'currency': currencies[i],
            };
            if (kind !== undefined) {
                request['kind'] = kind;
            }
            const response = await this.publicGetGetBookSummaryByCurrency (this.extend (request, rest));
            result = this.arrayConcat (result, this.safeList (response, 'result', []));
        }
        return result;
    }

    quoteVolumeOf (stats, market) {
        // The 24 h volume in the quote currency: volume_notional (futures and spot pairs, in the quote currency:
        // USDC for BTC_USDC-PERPETUAL and BTC_USDC), else volume_usd (futures) for a market quoted in USD.
        const notional = this.safeString (stats, 'volume_notional');
        if ((notional !== undefined) && !market['option']) {
            return notional;
        }
        return (market['quote'] === 'USD') ? this.safeString (stats, 'volume_usd') : undefined;
    }

    parseBookSummary (summary, market) {
        // An entry of get_book_summary_by_currency: the same 24 h statistics at the top level, bid_price and
        // ask_price without their amounts, last, and creation_timestamp for its time.
        const quoteVolume = this.quoteVolumeOf (summary, market);
        return this.safeTicker ({
            'symbol': market['symbol'],
            'timestamp': this.safeInteger (summary, 'creation_timestamp'),
            'high': this.safeString (summary, 'high'),
            'low': this.safeString (summary, 'low'),
            'bid': this.safeString (summary, 'bid_price'),
            'ask': this.safeString (summary, 'ask_price'),
            'last': this.safeString (summary, 'last'),
            'percentage': this.safeString (summary, 'price_change'),
            'baseVolume': this.safeString (summary, 'volume'),
            'quoteVolume': quoteVolume,
            'info': summary,
        }, market);
    }

    async fetchOrderBook (symbol, limit = undefined, params = {}) {
        // public/get_order_book: depth is one of 1, 5, 10, 20, 50, 100, 1000 or 10000; amounts in contracts.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = {
            'instrument_name': market['id'],
        };
        if (limit !== undefined) {
            request['depth'] = limit;
        }
        const response = await this.publicGetGetOrderBook (this.extend (request, params));
        const result = this.safeDict (response, 'result', {});
        const book = {
            'bids': this.bookLevelsInContracts (market, this.safeList (result, 'bids', [])),
            'asks': this.bookLevelsInContracts (market, this.safeList (result, 'asks', [])),
        };
        const orderbook = this.parseOrderBook (book, market['symbol'], this.safeInteger (result, 'timestamp'));
        orderbook['nonce'] = this.safeInteger (result, 'change_id');
        return orderbook;
    }

    bookLevelsInContracts (market, levels) {
        const result = [];
        for (let i = 0; i < levels.length; i++) {
            result.push ([ this.safeString (levels[i], 0), this.toContracts (market, this.safeString (levels[i], 1)) ]);
        }
        return result;
    }

    async fetchOHLCV (symbol, timeframe = '1m', since = undefined, limit = undefined, params = {}) {
        // public/get_tradingview_chart_data needs start_timestamp and end_timestamp: since (or limit candles
        // before the end) to until (or now). Its candles are of trades only: Deribit has no mark or index
        // price candles, so params['price'] is refused.
        if (this.safeString (params, 'price') !== undefined) {
            throw new NotSupported (this.id + ' fetchOHLCV () has trade candles only: Deribit offers no mark or index price candles');
        }
        await this.loadMarkets ();
        const market = this.market (symbol);
        const resolution = this.safeString (this.timeframes, timeframe);
        if (resolution === undefined) {
            throw new BadRequest (this.id + ' fetchOHLCV () does not support the timeframe ' + timeframe);
        }
        const duration = this.safeInteger (this.options['timeframeDurations'], timeframe);
        const count = (limit === undefined) ? 100 : limit;
        const until = this.safeInteger (params, 'until');
        const rest = this.omit (params, 'until');
        let end = (until === undefined) ? this.milliseconds () : until;
        let start = end - count * duration;
        if (since !== undefined) {
            start = since;
            if (until === undefined) {
                end = since + count * duration;
            }
        }
        const request = {
            'instrument_name': market['id'],
            'start_timestamp': start,
            'end_timestamp': end,
            'resolution': resolution,
        };
        const response = await this.publicGetGetTradingviewChartData (this.extend (request, rest));
        const result = this.safeDict (response, 'result', {});
        const ticks = this.safeList (result, 'ticks', []);
        const opens = this.safeList (result, 'open', []);
        const highs = this.safeList (result, 'high', []);
        const lows = this.safeList (result, 'low', []);
        const closes = this.safeList (result, 'close', []);
        const volumes = this.safeList (result, 'volume', []);
        const candles = [];
        for (let i = 0; i < ticks.length; i++) {
            candles.push ([ ticks[i], opens[i], highs[i], lows[i], closes[i], volumes[i] ]);
        }
        return this.parseOHLCVs (candles, market, timeframe, since, limit);
    }

    parseOHLCV (ohlcv, market = undefined) {
        // One candle as the columns of get_tradingview_chart_data give it: ticks, open, high, low, close and
        // volume (in the base currency).
        return [
            this.safeInteger (ohlcv, 0),
            this.safeNumber (ohlcv, 1),
            this.safeNumber (ohlcv, 2),
            this.safeNumber (ohlcv, 3),
            this.safeNumber (ohlcv, 4),
            this.safeNumber (ohlcv, 5),
        ];
    }

    async fetchTrades (symbol, since = undefined, limit = undefined, params = {}) {
        // public/get_last_trades_by_instrument gives the latest count trades; with since,
        // get_last_trades_by_instrument_and_time gives those from since on (oldest first).
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = {
            'instrument_name': market['id'],
        };
        if (limit !== undefined) {
            request['count'] = limit;
        }
        let response = undefined;
        if (since === undefined) {
            response = await this.publicGetGetLastTradesByInstrument (this.extend (request, params));
        } else {
            request['start_timestamp'] = since;
            request['end_timestamp'] = this.milliseconds ();
            request['sorting'] = 'asc';
            response = await this.publicGetGetLastTradesByInstrumentAndTime (this.extend (request, params));
        }
        const result = this.safeDict (response, 'result', {});
        return this.parseTrades (this.safeList (result, 'trades', []), market, since, limit);
    }

    parseTrade (trade, market = undefined) {
        // A public trade, or the account's own (with order_id, liquidity M or T, fee and fee_currency).
        // amount is Deribit's (contracts, when given, are the same in contract units).
        market = this.safeMarket (this.safeString (trade, 'instrument_name'), market);
        const price = this.safeString (trade, 'price');
        const amount = this.safeString (trade, 'amount');
        let contracts = this.safeString (trade, 'contracts');
        if ((contracts === undefined) || !market['contract']) {
            contracts = this.toContracts (market, amount);
        }
        const liquidity = this.safeString (trade, 'liquidity');
        let takerOrMaker = undefined;
        if (liquidity !== undefined) {
            takerOrMaker = (liquidity === 'M') ? 'maker' : 'taker';
        }
        let fee = undefined;
        const feeCost = this.safeString (trade, 'fee');
        if (feeCost !== undefined) {
            fee = {
                'cost': feeCost,
                'currency': this.safeCurrencyCode (this.safeString (trade, 'fee_currency')),
            };
        }
        const orderType = this.safeString (trade, 'order_type');
        return this.safeTrade ({
            'id': this.safeString (trade, 'trade_id'),
            'order': this.safeString (trade, 'order_id'),
            'timestamp': this.safeInteger (trade, 'timestamp'),
            'symbol': market['symbol'],
            'type': ((orderType === 'limit') || (orderType === 'market')) ? orderType : undefined,
            'side': this.safeString (trade, 'direction'),
            'takerOrMaker': takerOrMaker,
            'price': price,
            'amount': contracts,
            'cost': this.amountCost (market, Precise.stringAbs (amount), price),
            'fee': fee,
            'info': trade,
        }, market);
    }

    // --- derivatives market data ---------------------------------------------------------------------

    async fetchFundingRate (symbol, params = {}) {
        // public/ticker of a perpetual: funding_8h is the funding over the last 8 hours (the rate
        // get_funding_rate_history reports as interest_8h); Deribit's funding is continuous, so there is
        // no funding time.
        await this.loadMarkets ();
        const market = this.market (symbol);
        if (!market['swap']) {
            throw new BadSymbol (this.id + ' fetchFundingRate () is for perpetual swaps, not ' + symbol);
        }
        const request = {
            'instrument_name': market['id'],
        };
        const response = await this.publicGetTicker (this.extend (request, params));
        return this.parseFundingRate (this.safeDict (response, 'result', {}), market);
    }

    parseFundingRate (ticker, market = undefined) {
        market = this.safeMarket (this.safeString (ticker, 'instrument_name'), market);
        return this.safeFundingRate ({
            'symbol': market['symbol'],
            'markPrice': this.safeString (ticker, 'mark_price'),
            'indexPrice': this.safeString (ticker, 'index_price'),
            'fundingRate': this.safeString (ticker, 'funding_8h'),
            'timestamp': this.safeInteger2 (ticker, 'timestamp', 'creation_timestamp'),
            'info': ticker,
        }, market);
    }

    async fetchFundingRates (symbols = undefined, params = {}) {
        // get_book_summary_by_currency with kind future: the summaries of perpetuals carry funding_8h, those
        // of dated futures none (left out).
        await this.loadMarkets ();
        const summaries = await this.bookSummaries ('fetchFundingRates', symbols, 'future', params);
        const perpetuals = [];
        for (let i = 0; i < summaries.length; i++) {
            const market = this.safeMarket (this.safeString (summaries[i], 'instrument_name'));
            if (market['swap']) {
                perpetuals.push (summaries[i]);
            }
        }
        return this.parseFundingRates (perpetuals, symbols);
    }

    async fetchFundingRateHistory (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // public/get_funding_rate_history: one entry an hour between start_timestamp and end_timestamp (both
        // required), each with interest_8h (the 8-hour rate) and interest_1h.
        if (symbol === undefined) {
            throw new ArgumentsRequired (this.id + ' fetchFundingRateHistory () requires a symbol');
        }
        await this.loadMarkets ();
        const market = this.market (symbol);
        const until = this.safeInteger (params, 'until');
        const rest = this.omit (params, 'until');
        const hours = (limit === undefined) ? 24 : limit;
        let end = (until === undefined) ? this.milliseconds () : until;
        let start = end - hours * 3600000;
        if (since !== undefined) {
            start = since;
            if (until === undefined) {
                end = since + hours * 3600000;
            }
        }
        const request = {
            'instrument_name': market['id'],
            'start_timestamp': start,
            'end_timestamp': end,
        };
        const response = await this.publicGetGetFundingRateHistory (this.extend (request, rest));
        return this.parseFundingRateHistories (this.safeList (response, 'result', []), market, since, limit);
    }

    parseFundingRateHistory (entry, market = undefined) {
        return this.safeFundingRateHistory ({
            'symbol': (market === undefined) ? undefined : market['symbol'],
            'fundingRate': this.safeString (entry, 'interest_8h'),
            'timestamp': this.safeInteger (entry, 'timestamp'),
            'info': entry,
        }, market);
    }

    async fetchOpenInterest (symbol, params = {}) {
        // public/ticker: open_interest is in Deribit's amount units (USD for inverse futures and perpetuals,
        // the base coin for linear ones and options): in contracts it is divided by the contract size; its
        // value is the USD amount itself for inverse contracts, else the amount at the mark price (the index
        // price for options, whose mark price is in the settlement currency).
        await this.loadMarkets ();
        const market = this.market (symbol);
        if (!market['contract']) {
            throw new BadSymbol (this.id + ' fetchOpenInterest () is for contracts, not ' + symbol);
        }
        const request = {
            'instrument_name': market['id'],
        };
        const response = await this.publicGetTicker (this.extend (request, params));
        const ticker = this.safeDict (response, 'result', {});
        const openInterest = this.safeString (ticker, 'open_interest');
        const price = market['option'] ? this.safeString (ticker, 'index_price') : this.safeString (ticker, 'mark_price');
        let value = undefined;
        if (openInterest !== undefined) {
            if (market['inverse'] && !market['option']) {
                value = openInterest;
            } else if (price !== undefined) {
                value = Precise.stringMul (openInterest, price);
            }
        }
        return this.safeOpenInterest ({
            'symbol': market['symbol'],
            'openInterestAmount': this.toContracts (market, openInterest),
            'openInterestValue': value,
            'timestamp': this.safeInteger (ticker, 'timestamp'),
            'info': ticker,
        }, market);
    }

    // --- account -------------------------------------------------------------------------------------

    async fetchBalance (params = {}) {
        // private/get_account_summaries: one summary per currency; margin_balance is the total (balance with
        // the unrealized profit and loss of futures), initial_margin what positions and orders hold, and
        // available_funds the rest.
        await this.loadMarkets ();
        const response = await this.privateGetGetAccountSummaries (params);
        const result = this.safeDict (response, 'result', {});
        const summaries = this.safeList (result, 'summaries', []);
        const balance = { 'info': response };
        for (let i = 0; i < summaries.length; i++) {
            const code = this.safeCurrencyCode (this.safeString (summaries[i], 'currency'));
            const account = this.account ();
            account['free'] = this.safeString (summaries[i], 'available_funds');
            account['used'] = this.safeString (summaries[i], 'initial_margin');
            account['total'] = this.safeString (summaries[i], 'margin_balance');
            balance[code] = account;
        }
        return this.safeBalance (balance);
    }

    async fetchPositions (symbols = undefined, params = {}) {
        // private/get_positions with currency 'any': the open positions of every currency and kind.
        await this.loadMarkets ();
        const request = {
            'currency': 'any',
        };
        const response = await this.privateGetGetPositions (this.extend (request, params));
        return this.parsePositions (this.safeList (response, 'result', []), symbols);
    }

    async fetchPosition (symbol, params = {}) {
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = {
            'instrument_name': market['id'],
        };
        const response = await this.privateGetGetPosition (this.extend (request, params));
        return this.parsePosition (this.safeDict (response, 'result', {}), market);
    }

    parsePosition (position, market = undefined) {
        // size is signed, in Deribit's amount units (USD for inverse contracts); direction buy, sell or zero.
        // Deribit margins every position of a currency together (cross), never one position alone.
        market = this.safeMarket (this.safeString (position, 'instrument_name'), market);
        const direction = this.safeString (position, 'direction');
        let side = undefined;
        if (direction === 'buy') {
            side = 'long';
        } else if (direction === 'sell') {
            side = 'short';
        }
        const size = Precise.stringAbs (this.safeString (position, 'size'));
        if ((size !== undefined) && Precise.stringEq (size, '0')) {
            // No position: Deribit still names a direction.
            side = undefined;
        }
        let notional = undefined;
        if (market['option'] && (size !== undefined)) {
            // An option's amount is in the base coin; its notional in the quote currency at the index price.
            const indexPrice = this.safeString (position, 'index_price');
            notional = (indexPrice === undefined) ? undefined : Precise.stringMul (size, indexPrice);
        }
        return this.safePosition ({
            'symbol': market['symbol'],
            'side': side,
            'contracts': this.toContracts (market, size),
            'notional': notional,
            'leverage': this.safeString (position, 'leverage'),
            'entryPrice': this.safeString (position, 'average_price'),
            'markPrice': this.safeString (position, 'mark_price'),
            'liquidationPrice': this.safeString (position, 'estimated_liquidation_price'),
            'unrealizedPnl': this.safeString (position, 'floating_profit_loss'),
            'realizedPnl': this.safeString (position, 'realized_profit_loss'),
            'initialMargin': this.safeString (position, 'initial_margin'),
            'maintenanceMargin': this.safeString (position, 'maintenance_margin'),
            'marginMode': 'cross',
            'info': position,
        }, market);
    }

    async fetchLedger (code = undefined, since = undefined, limit = undefined, params = {}) {
        // private/get_transaction_log: currency, start_timestamp and end_timestamp are required; change is
        // the signed change of the balance, balance the balance after it, commission the fee.
        if (code === undefined) {
            throw new ArgumentsRequired (this.id + ' fetchLedger () requires a currency code');
        }
        await this.loadMarkets ();
        const currency = this.currency (code);
        const until = this.safeInteger (params, 'until');
        const rest = this.omit (params, 'until');
        const request = {
            'currency': currency['id'],
            'start_timestamp': (since === undefined) ? 0 : since,
            'end_timestamp': (until === undefined) ? this.milliseconds () : until,
        };
        if (limit !== undefined) {
            request['count'] = limit;
        }
        const response = await this.privateGetGetTransactionLog (this.extend (request, rest));
        const result = this.safeDict (response, 'result', {});
        return this.parseLedger (this.safeList (result, 'logs', []), currency, since, limit);
    }

    parseLedgerEntry (item, currency = undefined) {
        const change = this.safeString (item, 'change');
        const after = this.safeString (item, 'balance');
        let direction = undefined;
        if (change !== undefined) {
            direction = Precise.stringLt (change, '0') ? 'out' : 'in';
        }
        const before = ((change === undefined) || (after === undefined)) ? undefined : Precise.stringSub (after, change);
        const code = this.safeCurrencyCode (this.safeString (item, 'currency'), currency);
        let fee = undefined;
        const commission = this.safeString (item, 'commission');
        if (commission !== undefined) {
            fee = { 'cost': commission, 'currency': code };
        }
        return this.safeLedgerEntry ({
            'id': this.safeString (item, 'id'),
            'timestamp': this.safeInteger (item, 'timestamp'),
            'direction': direction,
            'referenceId': this.safeString2 (item, 'trade_id', 'order_id'),
            'type': this.safeString (item, 'type'),
            'currency': code,
            'amount': Precise.stringAbs (change),
            'before': before,
            'after': after,
            'status': 'ok',
            'fee': fee,
            'info': item,
        }, currency);
    }

    // --- orders --------------------------------------------------------------------------------------

    async createOrder (symbol, type, side, amount, price = undefined, params = {}) {
        // private/buy or private/sell. amount (contracts) becomes Deribit's amount (times the contract size).
        // The unified params map to Deribit's fields: postOnly (timeInForce PO) is post_only with
        // reject_post_only (without it Deribit moves a crossing post-only price below the spread instead of
        // rejecting the order), IOC and FOK
        // time_in_force, reduceOnly reduce_only, clientOrderId the label; triggerPrice and stopLossPrice make
        // a stop_limit or stop_market order, takeProfitPrice a take_limit or take_market one, triggered by
        // options['triggerPriceType'] (params['trigger'] overrides it). Orders are sized in the base
        // currency or in contracts, never by cost.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const [ unified, rest ] = this.unifiedOrderParams (type, params);
        this.rejectUnifiedParams ('createOrder', unified, [ 'cost' ]);
        if ((type !== 'limit') && (type !== 'market')) {
            throw new InvalidOrder (this.id + ' createOrder () takes a market or limit order, not ' + type);
        }
        if ((side !== 'buy') && (side !== 'sell')) {
            throw new InvalidOrder (this.id + ' createOrder () side must be buy or sell, not ' + side);
        }
        if ((type === 'limit') && (price === undefined)) {
            throw new ArgumentsRequired (this.id + ' createOrder () requires a price for a limit order');
        }
        const request = {
            'instrument_name': market['id'],
            'amount': this.fromContracts (market, this.amountToPrecision (symbol, amount)),
            'type': type,
        };
        if (type === 'limit') {
            request['price'] = this.priceToPrecision (symbol, price);
        }
        const kind = unified['triggerKind'];
        if (kind !== undefined) {
            const prefix = (kind === 'takeProfitPrice') ? 'take_' : 'stop_';
            request['type'] = prefix + type;
            request['trigger_price'] = this.priceToPrecision (symbol, unified['trigger']);
            request['trigger'] = this.safeString (rest, 'trigger', this.options['triggerPriceType']);
        }
        if (unified['timeInForce'] === 'IOC') {
            request['time_in_force'] = 'immediate_or_cancel';
        } else if (unified['timeInForce'] === 'FOK') {
            request['time_in_force'] = 'fill_or_kill';
        } else if (unified['timeInForce'] === 'GTC') {
            request['time_in_force'] = 'good_til_cancelled';
        }
        if (unified['postOnly']) {
            request['post_only'] = true;
            request['reject_post_only'] = true;
        }
        if (unified['reduceOnly']) {
            request['reduce_only'] = true;
        }
        if (unified['clientOrderId'] !== undefined) {
            request['label'] = unified['clientOrderId'];
        }
        const query = this.extend (request, this.omit (rest, 'trigger'));
        let response = undefined;
        if (side === 'buy') {
            response = await this.privateGetBuy (query);
        } else {
            response = await this.privateGetSell (query);
        }
        return this.parseOrderWithTrades (this.safeDict (response, 'result', {}), market);
    }

    parseOrderWithTrades (result, market) {
        // buy, sell and edit answer { order, trades }: the order with the trades it made at once.
        const order = this.parseOrder (this.safeDict (result, 'order', {}), market);
        const trades = this.parseTrades (this.safeList (result, 'trades', []), market);
        if (trades.length === 0) {
            return order;
        }
        return this.safeOrder (this.extend (order, { 'trades': trades, 'fees': undefined, 'fee': undefined }), market);
    }

    async editOrder (id, symbol, type, side, amount = undefined, price = undefined, params = {}) {
        // private/edit changes the amount (required), price, post_only (with reject_post_only, as in
        // createOrder) and trigger_price of an open order; its type and side stay.
        await this.loadMarkets ();
        const market = this.market (symbol);
        if (amount === undefined) {
            throw new ArgumentsRequired (this.id + ' editOrder () requires an amount');
        }
        const request = {
            'order_id': id,
            'amount': this.fromContracts (market, this.amountToPrecision (symbol, amount)),
        };
        if (price !== undefined) {
            request['price'] = this.priceToPrecision (symbol, price);
        }
        const timeInForce = this.safeStringUpper (params, 'timeInForce');
        if ((this.safeBool (params, 'postOnly', false) === true) || (timeInForce === 'PO')) {
            request['post_only'] = true;
            request['reject_post_only'] = true;
        }
        const triggerPrice = this.safeString (params, 'triggerPrice');
        if (triggerPrice !== undefined) {
            request['trigger_price'] = this.priceToPrecision (symbol, triggerPrice);
        }
        const rest = this.omit (params, [ 'postOnly', 'timeInForce', 'triggerPrice' ]);
        const response = await this.privateGetEdit (this.extend (request, rest));
        return this.parseOrderWithTrades (this.safeDict (response, 'result', {}), market);
    }

    async cancelOrder (id, symbol = undefined, params = {}) {
        await this.loadMarkets ();
        const request = {
            'order_id': id,
        };
        const response = await this.privateGetCancel (this.extend (request, params));
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        return this.parseOrder (this.safeDict (response, 'result', {}), market);
    }

    async cancelAllOrders (symbol = undefined, params = {}) {
        // cancel_all_by_instrument (or cancel_all without a symbol) answers with the number of orders it
        // canceled: those are the orders listed open just before.
        await this.loadMarkets ();
        const open = await this.fetchOpenOrders (symbol);
        let response = undefined;
        if (symbol === undefined) {
            response = await this.privateGetCancelAll (params);
        } else {
            const market = this.market (symbol);
            const request = {
                'instrument_name': market['id'],
            };
            response = await this.privateGetCancelAllByInstrument (this.extend (request, params));
        }
        return this.canceledOrders (open, response);
    }

    async fetchOrder (id, symbol = undefined, params = {}) {
        await this.loadMarkets ();
        const request = {
            'order_id': id,
        };
        const response = await this.privateGetGetOrderState (this.extend (request, params));
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        return this.parseOrder (this.safeDict (response, 'result', {}), market);
    }

    async fetchOpenOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // get_open_orders_by_instrument, or get_open_orders for every instrument.
        await this.loadMarkets ();
        let market = undefined;
        let response = undefined;
        if (symbol === undefined) {
            response = await this.privateGetGetOpenOrders (params);
        } else {
            market = this.market (symbol);
            const request = {
                'instrument_name': market['id'],
            };
            response = await this.privateGetGetOpenOrdersByInstrument (this.extend (request, params));
        }
        return this.parseOrders (this.safeList (response, 'result', []), market, since, limit);
    }

    async fetchClosedOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // get_order_history_by_instrument: the filled and canceled orders of one instrument, newest first,
        // count at a time; it takes no time range. include_unfilled adds the orders canceled without a fill,
        // which it leaves out by default.
        if (symbol === undefined) {
            throw new ArgumentsRequired (this.id + ' fetchClosedOrders () requires a symbol');
        }
        if (this.safeValue (params, 'until') !== undefined) {
            throw new NotSupported (this.id + ' fetchClosedOrders () does not support the unified param until: the order history takes no time range');
        }
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = {
            'instrument_name': market['id'],
            'include_unfilled': true,
        };
        if (limit !== undefined) {
            request['count'] = limit;
        }
        const response = await this.privateGetGetOrderHistoryByInstrument (this.extend (request, params));
        return this.parseOrders (this.safeList (response, 'result', []), market, since, limit);
    }

    async fetchMyTrades (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // get_user_trades_by_instrument (the latest count trades), or with since or until
        // get_user_trades_by_instrument_and_time (start_timestamp to end_timestamp, oldest first).
        if (symbol === undefined) {
            throw new ArgumentsRequired (this.id + ' fetchMyTrades () requires a symbol');
        }
        await this.loadMarkets ();
        const market = this.market (symbol);
        const until = this.safeInteger (params, 'until');
        const rest = this.omit (params, 'until');
        const request = {
            'instrument_name': market['id'],
        };
        if (limit !== undefined) {
            request['count'] = limit;
        }
        let response = undefined;
        if ((since === undefined) && (until === undefined)) {
            response = await this.privateGetGetUserTradesByInstrument (this.extend (request, rest));
        } else {
            request['start_timestamp'] = (since === undefined) ? 0 : since;
            request['end_timestamp'] = (until === undefined) ? this.milliseconds () : until;
            request['sorting'] = 'asc';
            response = await this.privateGetGetUserTradesByInstrumentAndTime (this.extend (request, rest));
        }
        const result = this.safeDict (response, 'result', {});
        return this.parseTrades (this.safeList (result, 'trades', []), market, since, limit);
    }

    async fetchOrderTrades (id, symbol = undefined, since = undefined, limit = undefined, params = {}) {
        await this.loadMarkets ();
        const request = {
            'order_id': id,
        };
        const response = await this.privateGetGetUserTradesByOrder (this.extend (request, params));
        const market = (symbol === undefined) ? undefined : this.market (symbol);
        return this.parseTrades (this.safeList (response, 'result', []), market, since, limit);
    }

    parseOrder (order, market = undefined) {
        // amount and filled_amount are Deribit's amounts (in contracts here); price is 'market_price' for a
        // market order; average_price is 0 before any fill. A stop or take order keeps its trigger_price.
        market = this.safeMarket (this.safeString (order, 'instrument_name'), market);
        const orderType = this.safeString (order, 'order_type');
        const amount = this.safeString (order, 'amount');
        const filled = this.safeString (order, 'filled_amount');
        let price = this.safeString (order, 'price');
        if (!this.isDecimalString (price)) {
            price = undefined;
        }
        let average = this.safeString (order, 'average_price');
        if ((average !== undefined) && Precise.stringEq (average, '0')) {
            average = undefined;
        }
        const postOnly = this.safeBool (order, 'post_only');
        let timeInForce = this.safeString (this.options['timeInForces'], this.safeString (order, 'time_in_force'));
        if (postOnly === true) {
            timeInForce = 'PO';
        }
        const triggerPrice = this.safeString (order, 'trigger_price');
        const isTake = (orderType !== undefined) && orderType.startsWith ('take_');
        const label = this.safeString (order, 'label');
        return this.safeOrder ({
            'id': this.safeString (order, 'order_id'),
            'clientOrderId': (label === '') ? undefined : label,
            'timestamp': this.safeInteger (order, 'creation_timestamp'),
            'lastUpdateTimestamp': this.safeInteger (order, 'last_update_timestamp'),
            'symbol': market['symbol'],
            'type': this.safeString (this.options['orderTypes'], orderType),
            'timeInForce': timeInForce,
            'postOnly': postOnly,
            'reduceOnly': this.safeBool (order, 'reduce_only'),
            'side': this.safeString (order, 'direction'),
            'price': price,
            'triggerPrice': triggerPrice,
            'takeProfitPrice': isTake ? triggerPrice : undefined,
            'average': average,
            'amount': this.toContracts (market, amount),
            'filled': this.toContracts (market, filled),
            'cost': this.amountCost (market, filled, average),
            'status': this.safeString (this.options['orderStatuses'], this.safeString (order, 'order_state')),
            'info': order,
        }, market);
    }

    // --- funding -------------------------------------------------------------------------------------

    async fetchDeposits (code = undefined, since = undefined, limit = undefined, params = {}) {
        // private/get_deposits: the deposits of one currency, newest first, count at a time.
        return await this.fetchTransfersOf ('deposit', code, since, limit, params);
    }

    async fetchWithdrawals (code = undefined, since = undefined, limit = undefined, params = {}) {
        return await this.fetchTransfersOf ('withdrawal', code, since, limit, params);
    }

    async fetchTransfersOf (type, code, since, limit, params) {
        const method = (type === 'deposit') ? 'fetchDeposits' : 'fetchWithdrawals';
        if (code === undefined) {
            throw new ArgumentsRequired (this.id + ' ' + method + ' () requires a currency code');
        }
        if (this.safeValue (params, 'until') !== undefined) {
            throw new NotSupported (this.id + ' ' + method + ' () does not support the unified param until: Deribit lists them by count and offset only');
        }
        await this.loadMarkets ();
        const currency = this.currency (code);
        const request = {
            'currency': currency['id'],
        };
        if (limit !== undefined) {
            request['count'] = limit;
        }
        let response = undefined;
        if (type === 'deposit') {
            response = await this.privateGetGetDeposits (this.extend (request, params));
        } else {
            response = await this.privateGetGetWithdrawals (this.extend (request, params));
        }
        const result = this.safeDict (response, 'result', {});
        const entries = this.safeList (result, 'data', []);
        const typed = [];
        for (let i = 0; i < entries.length; i++) {
            typed.push (this.extend (entries[i], { 'type': type }));
        }
        return this.parseTransactions (typed, currency, since, limit);
    }

    parseTransaction (transaction, currency = undefined) {
        // A deposit (received_timestamp, state pending, completed, rejected or replaced) or a withdrawal (id,
        // created_timestamp, fee, state unconfirmed, confirmed, cancelled, completed, interrupted or
        // rejected). The caller adds the type; withdraw's answer is a withdrawal.
        const type = this.safeString (transaction, 'type', 'withdrawal');
        const code = this.safeCurrencyCode (this.safeString (transaction, 'currency'), currency);
        const statuses = (type === 'deposit') ? this.options['depositStatuses'] : this.options['withdrawalStatuses'];
        let fee = undefined;
        const feeCost = this.safeString (transaction, 'fee');
        if (feeCost !== undefined) {
            fee = { 'cost': feeCost, 'currency': code };
        }
        const info = this.omit (transaction, 'type');
        return this.safeTransaction ({
            'id': this.safeString (transaction, 'id'),
            'txid': this.safeString (transaction, 'transaction_id'),
            'timestamp': this.safeInteger2 (transaction, 'received_timestamp', 'created_timestamp'),
            'address': this.safeString (transaction, 'address'),
            'type': type,
            'amount': this.safeString (transaction, 'amount'),
            'currency': code,
            'status': this.safeString (statuses, this.safeString (transaction, 'state')),
            'updated': this.safeInteger (transaction, 'updated_timestamp'),
            'fee': fee,
            'info': info,
        }, currency);
    }

    async fetchDepositAddress (code, params = {}) {
        // private/get_current_deposit_address: result is null until an address is created. Each currency
        // has one network on Deribit, so params['network'] is refused.
        this.rejectNetwork ('fetchDepositAddress', params);
        await this.loadMarkets ();
        const currency = this.currency (code);
        const request = {
            'currency': currency['id'],
        };
        const response = await this.privateGetGetCurrentDepositAddress (this.extend (request, params));
        const result = this.safeDict (response, 'result');
        if (result === undefined) {
            throw new InvalidAddress (this.id + ' fetchDepositAddress () found no ' + code + ' deposit address: create one with createDepositAddress ()');
        }
        return this.parseDepositAddress (result, currency);
    }

    async createDepositAddress (code, params = {}) {
        this.rejectNetwork ('createDepositAddress', params);
        await this.loadMarkets ();
        const currency = this.currency (code);
        const request = {
            'currency': currency['id'],
        };
        const response = await this.privateGetCreateDepositAddress (this.extend (request, params));
        return this.parseDepositAddress (this.safeDict (response, 'result', {}), currency);
    }

    rejectNetwork (method, params) {
        if (this.safeString (params, 'network') !== undefined) {
            throw new NotSupported (this.id + ' ' + method + ' () does not support the unified param network: Deribit has one network per currency');
        }
    }

    parseDepositAddress (entry, currency = undefined) {
        return {
            'currency': this.safeCurrencyCode (this.safeString (entry, 'currency'), currency),
            'address': this.safeString (entry, 'address'),
            'tag': undefined,
            'network': undefined,
            'info': entry,
        };
    }

    async withdraw (code, amount, address, tag = undefined, params = {}) {
        // private/withdraw sends to an address of the account's address book; priority (a fee level:
        // insane, extreme_high, very_high, high, mid, low, very_low) may go in params.
        this.rejectNetwork ('withdraw', params);
        if (tag !== undefined) {
            throw new BadRequest (this.id + ' withdraw () takes no tag: Deribit currencies have no address tags');
        }
        await this.loadMarkets ();
        const currency = this.currency (code);
        const request = {
            'currency': currency['id'],
            'address': address,
            'amount': this.currencyToPrecision (code, amount),
        };
        const response = await this.privateGetWithdraw (this.extend (request, params));
        return this.parseTransaction (this.safeDict (response, 'result', {}), currency);
    }

    async fetchDepositWithdrawFees (codes = undefined, params = {}) {
        // The withdrawal fee of each currency, from public/get_currencies; deposits are free.
        const currencies = await this.fetchCurrencies (params);
        return this.depositWithdrawFeesFromCurrencies (currencies, codes);
    }

    // --- request pipeline ----------------------------------------------------------------------------

    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        // GET /api/v2/<api>/<method>?<params>. Private requests carry the deri-hmac-sha256 signature rather
        // than a Bearer token of public/auth (client_credentials): it needs no token round trip or token state
        // to renew, and the client secret never leaves the machine. Authorization: deri-hmac-sha256
        // id=<client id>,ts=<ms>,sig=<signature>,nonce=<nonce>, where the signature is the hex HMAC-SHA256,
        // keyed by the client secret, of ts + "\n" + nonce + "\n" + RequestData and RequestData is
        // METHOD + "\n" + the URI with its query + "\n" + the body (empty for GET) + "\n".
        let requestPath = '/api/' + this.version + '/' + api + '/' + path;
        if (Object.keys (params).length > 0) {
            requestPath = requestPath + '?' + this.urlencode (params);
        }
        const url = this.urls['api'] + requestPath;
        if (api === 'public') {
            return { 'url': url, 'method': method, 'body': body, 'headers': headers };
        }
        this.checkRequiredCredentials ();
        const timestamp = this.numberToString (this.milliseconds ());
        // A fresh random nonce for every request (the uuid without its dashes).
        const nonce = this.uuid ().split ('-').join ('');
        const requestData = method + '\n' + requestPath + '\n' + '\n';
        const payload = timestamp + '\n' + nonce + '\n' + requestData;
        const signature = this.hmac (this.encode (payload), this.encode (this.secret), 'sha256');
        headers = {
            'Authorization': 'deri-hmac-sha256 id=' + this.apiKey + ',ts=' + timestamp + ',sig=' + signature + ',nonce=' + nonce,
        };
        return { 'url': url, 'method': method, 'body': body, 'headers': headers };
    }

    handleErrors (status, reason, url, method, responseHeaders, responseBody, response, requestHeaders, requestBody) {
        // A JSON-RPC error: { jsonrpc, error: { code, message, data: { reason, param } }, id, usIn, ... },
        // answered with HTTP 400 (or 401 for authentication); success has result instead.
        if ((response === undefined) || Array.isArray (response)) {
            return;
        }
        const error = this.safeDict (response, 'error');
        if (error === undefined) {
            return;
        }
        const code = this.safeString (error, 'code');
        const feedback = this.id + ' ' + responseBody;
        this.throwExactlyMatchedException (this.exceptions['exact'], code, feedback);
        this.throwBroadlyMatchedException (this.exceptions['broad'], this.safeString (error, 'message'), feedback);
        throw new ExchangeError (feedback);
    }
}
