<?php

// Generated from js/deribit.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class deribit extends Exchange {
    public function describe() {
        return $this->deep_extend(
            parent::describe(),
            [
                'id' => 'deribit',
                'name' => 'Deribit',
                'countries' => ['PA'],
                'version' => 'v2',
                'rateLimit' => 50,
                'has' => [
                    'fetchMarkets' => true,
                    'fetchCurrencies' => true,
                    'fetchTicker' => true,
                    'fetchTickers' => true,
                    'fetchOrderBook' => true,
                    'fetchOHLCV' => true,
                    'fetchTrades' => true,
                    'fetchBalance' => true,
                    'createOrder' => true,
                    'cancelOrder' => true,
                    'editOrder' => true,
                    'fetchOrder' => true,
                    'fetchOrders' => false,
                    'fetchOpenOrders' => true,
                    'fetchClosedOrders' => true,
                    'fetchMyTrades' => true,
                    'fetchDeposits' => true,
                    'fetchWithdrawals' => true,
                    'fetchTransactions' => false,
                    'fetchLedger' => true,
                    'fetchDepositAddress' => true,
                    'withdraw' => true,
                    'fetchTime' => true,
                    'fetchStatus' => true,
                    'fetchTradingFees' => false,
                    'cancelAllOrders' => true,
                    'fetchOrderTrades' => true,
                    'fetchTradingFee' => false,
                    'fetchDepositAddresses' => false,
                    'createDepositAddress' => true,
                    'fetchDepositWithdrawFees' => true,
                    'transfer' => false,
                    'createMarketBuyOrderWithCost' => false,
                    'fetchPositions' => true,
                    'fetchPosition' => true,
                    'fetchFundingRate' => true,
                    'fetchFundingRates' => true,
                    'fetchFundingRateHistory' => true,
                    'fetchOpenInterest' => true,
                    'setLeverage' => false,
                    'setMarginMode' => false,
                    'fetchLeverage' => false,
                    'fetchMarkOHLCV' => false,
                    'fetchIndexOHLCV' => false,
                ],
                'urls' => [
                    'api' => 'https://www.deribit.com',
                    'test' => 'https://test.deribit.com',
                    'www' => 'https://www.deribit.com',
                    'doc' => 'https://docs.deribit.com/v2',
                    'fees' => 'https://www.deribit.com/kb/fees',
                ],
                'api' => [
                    'public' => [
                        'get' => [
                            'get_time' => 1,
                            'status' => 1,
                            'test' => 1,
                            'get_currencies' => 1,
                            'get_instruments' => 1,
                            'get_instrument' => 1,
                            'get_contract_size' => 1,
                            'get_expirations' => 1,
                            'ticker' => 1,
                            'get_book_summary_by_currency' => 1,
                            'get_book_summary_by_instrument' => 1,
                            'get_order_book' => 1,
                            'get_tradingview_chart_data' => 1,
                            'get_last_trades_by_instrument' => 1,
                            'get_last_trades_by_instrument_and_time' => 1,
                            'get_last_trades_by_currency' => 1,
                            'get_funding_rate_history' => 1,
                            'get_funding_rate_value' => 1,
                            'get_index_price' => 1,
                            'get_index_price_names' => 1,
                            'get_index_chart_data' => 1,
                            'get_mark_price_history' => 1,
                            'get_delivery_prices' => 1,
                            'get_historical_volatility' => 1,
                            'get_trade_volumes' => 1,
                        ],
                    ],
                    'private' => [
                        'get' => [
                            'get_account_summary' => 1,
                            'get_account_summaries' => 1,
                            'get_positions' => 1,
                            'get_position' => 1,
                            'buy' => 1,
                            'sell' => 1,
                            'edit' => 1,
                            'cancel' => 1,
                            'cancel_all' => 1,
                            'cancel_all_by_instrument' => 1,
                            'cancel_all_by_currency' => 1,
                            'get_order_state' => 1,
                            'get_open_orders' => 1,
                            'get_open_orders_by_instrument' => 1,
                            'get_open_orders_by_currency' => 1,
                            'get_order_history_by_instrument' => 1,
                            'get_order_history_by_currency' => 1,
                            'get_user_trades_by_instrument' => 1,
                            'get_user_trades_by_instrument_and_time' => 1,
                            'get_user_trades_by_currency' => 1,
                            'get_user_trades_by_order' => 1,
                            'get_settlement_history_by_instrument' => 1,
                            'get_deposits' => 1,
                            'get_withdrawals' => 1,
                            'get_current_deposit_address' => 1,
                            'create_deposit_address' => 1,
                            'withdraw' => 1,
                            'cancel_withdrawal' => 1,
                            'get_transaction_log' => 1,
                            'get_transfers' => 1,
                        ],
                    ],
                ],
                'timeframes' => [
                    '1m' => '1',
                    '3m' => '3',
                    '5m' => '5',
                    '10m' => '10',
                    '15m' => '15',
                    '30m' => '30',
                    '1h' => '60',
                    '2h' => '120',
                    '3h' => '180',
                    '6h' => '360',
                    '12h' => '720',
                    '1d' => '1D',
                ],
                'fees' => [
                    'trading' => ['tierBased' => true, 'percentage' => true, 'taker' => 0.0005, 'maker' => 0],
                ],
                'precisionMode' => TICK_SIZE,
                'requiredCredentials' => ['apiKey' => true, 'secret' => true],
                'options' => [
                    'triggerPriceType' => 'last_price',
                    'orderTypes' => [
                        'limit' => 'limit',
                        'market' => 'market',
                        'stop_limit' => 'limit',
                        'stop_market' => 'market',
                        'take_limit' => 'limit',
                        'take_market' => 'market',
                        'market_limit' => 'market',
                        'trailing_stop' => 'market',
                    ],
                    'orderStatuses' => [
                        'open' => 'open',
                        'untriggered' => 'open',
                        'triggered' => 'open',
                        'filled' => 'closed',
                        'rejected' => 'rejected',
                        'cancelled' => 'canceled',
                        'archive' => 'canceled',
                    ],
                    'timeInForces' => [
                        'good_til_cancelled' => 'GTC',
                        'fill_or_kill' => 'FOK',
                        'immediate_or_cancel' => 'IOC',
                    ],
                    'depositStatuses' => [
                        'pending' => 'pending',
                        'completed' => 'ok',
                        'rejected' => 'failed',
                        'replaced' => 'failed',
                    ],
                    'withdrawalStatuses' => [
                        'unconfirmed' => 'pending',
                        'confirmed' => 'pending',
                        'cancelled' => 'canceled',
                        'completed' => 'ok',
                        'interrupted' => 'failed',
                        'rejected' => 'failed',
                    ],
                    'timeframeDurations' => [
                        '1m' => 60000,
                        '3m' => 180000,
                        '5m' => 300000,
                        '10m' => 600000,
                        '15m' => 900000,
                        '30m' => 1800000,
                        '1h' => 3600000,
                        '2h' => 7200000,
                        '3h' => 10800000,
                        '6h' => 21600000,
                        '12h' => 43200000,
                        '1d' => 86400000,
                    ],
                ],
                'exceptions' => [
                    'exact' => [
                        '9999' => PermissionDenied::class,
                        '10000' => AuthenticationError::class,
                        '10001' => ExchangeError::class,
                        '10002' => InvalidOrder::class,
                        '10003' => InvalidOrder::class,
                        '10004' => OrderNotFound::class,
                        '10005' => InvalidOrder::class,
                        '10006' => InvalidOrder::class,
                        '10007' => InvalidOrder::class,
                        '10009' => InsufficientFunds::class,
                        '10010' => OrderNotFound::class,
                        '10011' => InvalidOrder::class,
                        '10012' => InvalidOrder::class,
                        '10013' => InvalidOrder::class,
                        '10014' => InvalidOrder::class,
                        '10015' => InvalidOrder::class,
                        '10016' => InvalidOrder::class,
                        '10017' => InvalidOrder::class,
                        '10018' => InvalidOrder::class,
                        '10019' => AccountSuspended::class,
                        '10020' => BadSymbol::class,
                        '10021' => InvalidOrder::class,
                        '10022' => InvalidOrder::class,
                        '10023' => InvalidOrder::class,
                        '10024' => InvalidOrder::class,
                        '10025' => InvalidOrder::class,
                        '10026' => InvalidOrder::class,
                        '10027' => InvalidOrder::class,
                        '10028' => RateLimitExceeded::class,
                        '10029' => OrderNotFound::class,
                        '10030' => NotSupported::class,
                        '10031' => InvalidOrder::class,
                        '10032' => InvalidOrder::class,
                        '10033' => NotSupported::class,
                        '10034' => InvalidOrder::class,
                        '10035' => InvalidOrder::class,
                        '10036' => InvalidOrder::class,
                        '10037' => InsufficientFunds::class,
                        '10038' => InvalidOrder::class,
                        '10039' => InsufficientFunds::class,
                        '10040' => ExchangeNotAvailable::class,
                        '10041' => OnMaintenance::class,
                        '10043' => InvalidOrder::class,
                        '10044' => InvalidOrder::class,
                        '10045' => InvalidOrder::class,
                        '10046' => InvalidOrder::class,
                        '10047' => DDoSProtection::class,
                        '10048' => ExchangeError::class,
                        '11008' => InvalidOrder::class,
                        '11013' => InvalidOrder::class,
                        '11021' => InvalidOrder::class,
                        '11029' => BadRequest::class,
                        '11030' => ExchangeError::class,
                        '11031' => ExchangeError::class,
                        '11035' => InvalidOrder::class,
                        '11036' => InvalidOrder::class,
                        '11037' => InvalidOrder::class,
                        '11038' => InvalidOrder::class,
                        '11039' => InvalidOrder::class,
                        '11041' => InvalidOrder::class,
                        '11042' => PermissionDenied::class,
                        '11043' => BadRequest::class,
                        '11044' => InvalidOrder::class,
                        '11045' => BadRequest::class,
                        '11046' => InvalidOrder::class,
                        '11047' => BadRequest::class,
                        '11048' => InvalidOrder::class,
                        '11049' => BadRequest::class,
                        '11050' => BadRequest::class,
                        '11051' => OnMaintenance::class,
                        '11052' => ExchangeError::class,
                        '11053' => ExchangeError::class,
                        '11054' => InvalidOrder::class,
                        '11090' => InvalidAddress::class,
                        '11091' => InvalidAddress::class,
                        '11092' => InvalidAddress::class,
                        '11093' => InvalidAddress::class,
                        '11094' => ExchangeError::class,
                        '11095' => ExchangeError::class,
                        '11096' => InvalidAddress::class,
                        '11097' => InvalidAddress::class,
                        '12000' => AuthenticationError::class,
                        '12100' => PermissionDenied::class,
                        '13000' => AuthenticationError::class,
                        '13001' => AuthenticationError::class,
                        '13002' => AccountSuspended::class,
                        '13003' => AuthenticationError::class,
                        '13004' => AuthenticationError::class,
                        '13005' => AuthenticationError::class,
                        '13006' => AuthenticationError::class,
                        '13007' => AuthenticationError::class,
                        '13008' => ExchangeError::class,
                        '13009' => AuthenticationError::class,
                        '13010' => BadRequest::class,
                        '13011' => BadRequest::class,
                        '13012' => PermissionDenied::class,
                        '13016' => BadRequest::class,
                        '13019' => ExchangeError::class,
                        '13020' => ExchangeError::class,
                        '13021' => PermissionDenied::class,
                        '13025' => ExchangeNotAvailable::class,
                        '13028' => ExchangeNotAvailable::class,
                        '13030' => InvalidOrder::class,
                        '13031' => PermissionDenied::class,
                        '13032' => InvalidOrder::class,
                        '13403' => PermissionDenied::class,
                        '13503' => ExchangeNotAvailable::class,
                        '13666' => ExchangeError::class,
                        '13888' => RequestTimeout::class,
                        '-32600' => BadRequest::class,
                        '-32601' => BadRequest::class,
                        '-32602' => BadRequest::class,
                        '-32700' => BadRequest::class,
                        '-32000' => BadRequest::class,
                    ],
                    'broad' => [],
                ],
            ],
        );
    }

    // --- time, status, currencies and markets --------------------------------------------------------
    public function fetch_time($params = null) {
        if ($params === null) {
            $params = [];
        }
        // public/get_time: result is the server time in milliseconds.
        $response = $this->public_get_get_time($params);
        return $this->safe_integer($response, 'result');
    }

    public function fetch_status($params = null) {
        if ($params === null) {
            $params = [];
        }
        // public/status: locked is true when trading is halted for every currency, 'partial' when only for
        // those in locked_currencies.
        $response = $this->public_get_status($params);
        $result = $this->safe_dict($response, 'result', []);
        $locked = $this->safe_string($result, 'locked');
        return [
            'status' => $locked === 'true' ? 'maintenance' : 'ok',
            'updated' => null,
            'eta' => null,
            'url' => null,
            'info' => $response,
        ];
    }

    public function fetch_currencies($params = null) {
        if ($params === null) {
            $params = [];
        }
        // public/get_currencies: one network per currency (network_currency), the withdrawal fee an amount.
        $response = $this->public_get_get_currencies($params);
        $entries = $this->safe_list($response, 'result', []);
        $result = [];
        for ($i = 0; $i < count($entries); $i++) {
            $entry = Js::get($entries, $i);
            $id = $this->safe_string($entry, 'currency');
            $code = $this->safe_currency_code($id);
            $decimals = $this->safe_string($entry, 'decimals');
            Js::setKey(
                $result,
                $code,
                [
                    'id' => $id,
                    'code' => $code,
                    'name' => $this->safe_string($entry, 'currency_long'),
                    'active' => null,
                    'deposit' => null,
                    'withdraw' => null,
                    'fee' => $this->safe_number($entry, 'withdrawal_fee'),
                    'precision' => $this->parse_number($this->parse_precision($decimals)),
                    'limits' => ['withdraw' => ['min' => null, 'max' => null]],
                    'networks' => [],
                    'info' => $entry,
                ],
            );
        }
        return $result;
    }

    public function fetch_markets($params = null) {
        if ($params === null) {
            $params = [];
        }
        // public/get_instruments with currency 'any' lists the open instruments of every currency; combos
        // (future_combo, option_combo) are strategies of other instruments and are left out.
        $request = ['currency' => 'any'];
        $response = $this->public_get_get_instruments($this->extend($request, $params));
        $instruments = $this->safe_list($response, 'result', []);
        $result = [];
        for ($i = 0; $i < count($instruments); $i++) {
            $kind = $this->safe_string(Js::get($instruments, $i), 'kind');
            if (($kind === 'future') || ($kind === 'option') || ($kind === 'spot')) {
                $result[] = $this->parse_market(Js::get($instruments, $i));
            }
        }
        return $result;
    }

    public function parse_market($instrument) {
        // kind 'future' with settlement_period 'perpetual' is a swap. instrument_type 'reversed' (inverse:
        // BTC-PERPETUAL, amounts in USD, settled in BTC) or 'linear' (BTC_USDC-PERPETUAL, amounts in the base
        // coin, settled in USDC). Options are quoted in their settlement currency (quote_currency), their
        // strike in counter_currency, which is the unified quote: BTC-13JAN23-16000-P is
        // BTC/USD:BTC-230113-16000-P. Unified amounts of contracts are in contracts: Deribit's amount divided
        // by contract_size, so min_trade_amount / contract_size is the least (and the step of an) order.
        $id = $this->safe_string($instrument, 'instrument_name');
        $kind = $this->safe_string($instrument, 'kind');
        $base_id = $this->safe_string($instrument, 'base_currency');
        $quote_id = $kind === 'spot' ? $this->safe_string($instrument, 'quote_currency') : $this->safe_string2(
            $instrument,
            'counter_currency',
            'quote_currency',
        );
        $settle_id = $this->safe_string($instrument, 'settlement_currency');
        $base = $this->safe_currency_code($base_id);
        $quote = $this->safe_currency_code($quote_id);
        $min_trade_amount = $this->safe_string($instrument, 'min_trade_amount');
        $active = $this->safe_bool($instrument, 'is_active');
        $taker = $this->safe_number($instrument, 'taker_commission');
        $maker = $this->safe_number($instrument, 'maker_commission');
        $tick_size = $this->safe_number($instrument, 'tick_size');
        if ($kind === 'spot') {
            return $this->safe_market_structure(
                [
                    'id' => $id,
                    'symbol' => $this->build_symbol($base, $quote),
                    'base' => $base,
                    'quote' => $quote,
                    'baseId' => $base_id,
                    'quoteId' => $quote_id,
                    'active' => $active,
                    'type' => 'spot',
                    'taker' => $taker,
                    'maker' => $maker,
                    'precision' => [
                        'amount' => $this->parse_number($min_trade_amount),
                        'price' => $tick_size,
                    ],
                    'limits' => [
                        'amount' => ['min' => $this->parse_number($min_trade_amount), 'max' => null],
                        'price' => ['min' => null, 'max' => null],
                        'cost' => ['min' => null, 'max' => null],
                    ],
                    'info' => $instrument,
                ],
            );
        }
        $settle = $this->safe_currency_code($settle_id);
        $contract_size = $this->safe_string($instrument, 'contract_size');
        $swap = $this->safe_string($instrument, 'settlement_period') === 'perpetual';
        $option = $kind === 'option';
        $type = $option ? 'option' : ($swap ? 'swap' : 'future');
        $expiry = $swap ? null : $this->safe_integer($instrument, 'expiration_timestamp');
        $strike = $option ? $this->safe_number($instrument, 'strike') : null;
        $option_type = $option ? $this->safe_string($instrument, 'option_type') : null;
        $min_contracts = $this->parse_number(Precise::string_div($min_trade_amount, $contract_size));
        $instrument_type = $this->safe_string($instrument, 'instrument_type');
        $inverse = !(Js::typeof($settle) === 'object') && Js::strictEqual($settle, $base);
        if ($instrument_type !== null) {
            $inverse = $instrument_type === 'reversed';
        }
        return $this->safe_market_structure(
            [
                'id' => $id,
                'symbol' => $this->build_symbol($base, $quote, $settle, $expiry, $strike, $option_type),
                'base' => $base,
                'quote' => $quote,
                'settle' => $settle,
                'baseId' => $base_id,
                'quoteId' => $quote_id,
                'settleId' => $settle_id,
                'active' => $active,
                'type' => $type,
                'linear' => !($inverse),
                'inverse' => $inverse,
                'contractSize' => $this->parse_number($contract_size),
                'expiry' => $expiry,
                'strike' => $strike,
                'optionType' => $option_type,
                'taker' => $taker,
                'maker' => $maker,
                'precision' => ['amount' => $min_contracts, 'price' => $tick_size],
                'limits' => [
                    'amount' => ['min' => $min_contracts, 'max' => null],
                    'price' => ['min' => null, 'max' => null],
                    'cost' => ['min' => null, 'max' => null],
                    'leverage' => ['min' => null, 'max' => $this->safe_number($instrument, 'max_leverage')],
                ],
                'info' => $instrument,
            ],
        );
    }

    public function to_contracts($market, $amount) {
        // Deribit's amount (USD for inverse contracts, the base coin for linear ones and options) in
        // contracts; spot amounts are in the base currency already.
        if (($amount === null) || !(Js::truthy(Js::get($market, 'contract')))) {
            return $amount;
        }
        return Precise::string_div($amount, $this->number_to_string(Js::get($market, 'contractSize')));
    }

    public function from_contracts($market, $contracts) {
        // A unified amount (contracts) as Deribit's amount.
        if (!(Js::truthy(Js::get($market, 'contract')))) {
            return $contracts;
        }
        return Precise::string_mul($contracts, $this->number_to_string(Js::get($market, 'contractSize')));
    }

    public function amount_cost($market, $amount, $price) {
        // The value of a Deribit amount at price: an inverse contract's amount is its value in USD already;
        // otherwise the amount (base coin) times the price (in the quote, or for options the settlement,
        // currency).
        if ($amount === null) {
            return null;
        }
        if (
            Js::truthy(Js::get($market, 'contract')) && Js::truthy(Js::get($market, 'inverse')) && !(
                Js::truthy(Js::get($market, 'option'))
            )
        ) {
            return $amount;
        }
        if ($price === null) {
            return null;
        }
        return Precise::string_mul($amount, $price);
    }

    // --- market data ---------------------------------------------------------------------------------
    public function fetch_ticker($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['instrument_name' => Js::get($market, 'id')];
        $response = $this->public_get_ticker($this->extend($request, $params));
        return $this->parse_ticker($this->safe_dict($response, 'result', []), $market);
    }

    public function parse_ticker($ticker, $market = null) {
        // public/ticker: best bid and ask with their amounts (Deribit units, here in contracts), stats over
        // 24 h: high, low, volume (base currency), volume_usd and price_change (in %).
        $market = $this->safe_market($this->safe_string($ticker, 'instrument_name'), $market);
        if ($this->safe_value($ticker, 'stats') === null) {
            return $this->parse_book_summary($ticker, $market);
        }
        $stats = $this->safe_dict($ticker, 'stats', []);
        $quote_volume = $this->quote_volume_of($stats, $market);
        return $this->ticker_structure(
            symbol: Js::get($market, 'symbol'),
            timestamp: $this->safe_integer($ticker, 'timestamp'),
            high: $this->safe_string($stats, 'high'),
            low: $this->safe_string($stats, 'low'),
            bid: $this->safe_string($ticker, 'best_bid_price'),
            bid_volume: $this->to_contracts($market, $this->safe_string($ticker, 'best_bid_amount')),
            ask: $this->safe_string($ticker, 'best_ask_price'),
            ask_volume: $this->to_contracts($market, $this->safe_string($ticker, 'best_ask_amount')),
            last: $this->safe_string($ticker, 'last_price'),
            percentage: $this->safe_string($stats, 'price_change'),
            base_volume: $this->safe_string($stats, 'volume'),
            quote_volume: $quote_volume,
            info: $ticker,
            market: $market,
        );
    }

    public function fetch_tickers($symbols = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // public/get_book_summary_by_currency: the tickers of every instrument of one currency (the settlement
        // currency of contracts, the base currency of spot pairs), so one request per currency of the symbols;
        // without symbols params['currency'] names the currency.
        $this->load_markets();
        $summaries = $this->book_summaries('fetchTickers', $symbols, null, $params);
        return $this->parse_tickers($summaries, $symbols);
    }

    public function book_summaries($method, $symbols, $kind, $params) {
        // The entries of get_book_summary_by_currency for each currency that symbols (or params['currency'])
        // name, and of kind when given.
        $currencies = [];
        $currency = $this->safe_string($params, 'currency');
        $rest = $this->omit($params, 'currency');
        if ($currency !== null) {
            Js::push($currencies, $currency);
        } elseif ($symbols !== null) {
            for ($i = 0; Js::less($i, Js::length($symbols)); $i++) {
                $market = $this->market(Js::get($symbols, $i));
                Js::push(
                    $currencies,
                    Js::truthy(Js::get($market, 'contract')) ? Js::get($market, 'settleId') : Js::get(
                        $market,
                        'baseId',
                    ),
                );
            }
            $currencies = $this->unique($currencies);
        } else {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr($this->id) . ' ' . Js::toStr(
                        $method,
                    ) . ' () requires symbols or params["currency"]: Deribit lists them by currency',
                ),
            );
        }
        $result = [];
        for ($i = 0; Js::less($i, Js::length($currencies)); $i++) {
            $request = ['currency' => Js::get($currencies, $i)];
            if ($kind !== null) {
                $request['kind'] = $kind;
            }
            $response = $this->public_get_get_book_summary_by_currency($this->extend($request, $rest));
            $result = $this->array_concat($result, $this->safe_list($response, 'result', []));
        }
        return $result;
    }

    public function quote_volume_of($stats, $market) {
        // The 24 h volume in the quote currency: volume_notional (futures and spot pairs, in the quote currency:
        // USDC for BTC_USDC-PERPETUAL and BTC_USDC), else volume_usd (futures) for a market quoted in USD.
        $notional = $this->safe_string($stats, 'volume_notional');
        if (($notional !== null) && !(Js::truthy(Js::get($market, 'option')))) {
            return $notional;
        }
        return Js::get($market, 'quote') === 'USD' ? $this->safe_string($stats, 'volume_usd') : null;
    }

    public function parse_book_summary($summary, $market) {
        // An entry of get_book_summary_by_currency: the same 24 h statistics at the top level, bid_price and
        // ask_price without their amounts, last, and creation_timestamp for its time.
        $quote_volume = $this->quote_volume_of($summary, $market);
        return $this->ticker_structure(
            symbol: Js::get($market, 'symbol'),
            timestamp: $this->safe_integer($summary, 'creation_timestamp'),
            high: $this->safe_string($summary, 'high'),
            low: $this->safe_string($summary, 'low'),
            bid: $this->safe_string($summary, 'bid_price'),
            ask: $this->safe_string($summary, 'ask_price'),
            last: $this->safe_string($summary, 'last'),
            percentage: $this->safe_string($summary, 'price_change'),
            base_volume: $this->safe_string($summary, 'volume'),
            quote_volume: $quote_volume,
            info: $summary,
            market: $market,
        );
    }

    public function fetch_order_book($symbol, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // public/get_order_book: depth is one of 1, 5, 10, 20, 50, 100, 1000 or 10000; amounts in contracts.
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['instrument_name' => Js::get($market, 'id')];
        if ($limit !== null) {
            $request['depth'] = $limit;
        }
        $response = $this->public_get_get_order_book($this->extend($request, $params));
        $result = $this->safe_dict($response, 'result', []);
        $book = [
            'bids' => $this->book_levels_in_contracts($market, $this->safe_list($result, 'bids', [])),
            'asks' => $this->book_levels_in_contracts($market, $this->safe_list($result, 'asks', [])),
        ];
        $orderbook = $this->parse_order_book(
            $book,
            Js::get($market, 'symbol'),
            $this->safe_integer($result, 'timestamp'),
        );
        Js::set($orderbook, 'nonce', $this->safe_integer($result, 'change_id'));
        return $orderbook;
    }

    public function book_levels_in_contracts($market, $levels) {
        $result = [];
        for ($i = 0; Js::less($i, Js::length($levels)); $i++) {
            $result[] = [
                $this->safe_string(Js::get($levels, $i), 0),
                $this->to_contracts($market, $this->safe_string(Js::get($levels, $i), 1)),
            ];
        }
        return $result;
    }

    public function fetch_ohlcv($symbol, $timeframe = null, $since = null, $limit = null, $params = null) {
        if ($timeframe === null) {
            $timeframe = '1m';
        }
        if ($params === null) {
            $params = [];
        }
        // public/get_tradingview_chart_data needs start_timestamp and end_timestamp: since (or limit candles
        // before the end) to until (or now). Its candles are of trades only: Deribit has no mark or index
        // price candles, so params['price'] is refused.
        if ($this->safe_string($params, 'price') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' fetchOHLCV () has trade candles only: Deribit offers no mark or index price candles',
                ),
            );
        }
        $this->load_markets();
        $market = $this->market($symbol);
        $resolution = $this->safe_string($this->timeframes, $timeframe);
        if ($resolution === null) {
            throw new BadRequest(
                Js::boundedText(
                    Js::toStr($this->id) . ' fetchOHLCV () does not support the timeframe ' . Js::toStr(
                        $timeframe,
                    ),
                ),
            );
        }
        $duration = $this->safe_integer(Js::get($this->options, 'timeframeDurations'), $timeframe);
        $count = $limit === null ? 100 : $limit;
        $until = $this->safe_integer($params, 'until');
        $rest = $this->omit($params, 'until');
        $end = $until === null ? $this->milliseconds() : $until;
        $start = Js::subtract($end, Js::multiply($count, $duration));
        if ($since !== null) {
            $start = $since;
            if ($until === null) {
                $end = Js::add($since, Js::multiply($count, $duration));
            }
        }
        $request = [
            'instrument_name' => Js::get($market, 'id'),
            'start_timestamp' => $start,
            'end_timestamp' => $end,
            'resolution' => $resolution,
        ];
        $response = $this->public_get_get_tradingview_chart_data($this->extend($request, $rest));
        $result = $this->safe_dict($response, 'result', []);
        $ticks = $this->safe_list($result, 'ticks', []);
        $opens = $this->safe_list($result, 'open', []);
        $highs = $this->safe_list($result, 'high', []);
        $lows = $this->safe_list($result, 'low', []);
        $closes = $this->safe_list($result, 'close', []);
        $volumes = $this->safe_list($result, 'volume', []);
        $candles = [];
        for ($i = 0; $i < count($ticks); $i++) {
            $candles[] = [
                Js::get($ticks, $i),
                Js::get($opens, $i),
                Js::get($highs, $i),
                Js::get($lows, $i),
                Js::get($closes, $i),
                Js::get($volumes, $i),
            ];
        }
        return $this->parse_ohlcvs($candles, $market, $timeframe, $since, $limit);
    }

    public function parse_ohlcv($ohlcv, $market = null) {
        // One candle as the columns of get_tradingview_chart_data give it: ticks, open, high, low, close and
        // volume (in the base currency).
        return [
            $this->safe_integer($ohlcv, 0),
            $this->safe_number($ohlcv, 1),
            $this->safe_number($ohlcv, 2),
            $this->safe_number($ohlcv, 3),
            $this->safe_number($ohlcv, 4),
            $this->safe_number($ohlcv, 5),
        ];
    }

    public function fetch_trades($symbol, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // public/get_last_trades_by_instrument gives the latest count trades; with since,
        // get_last_trades_by_instrument_and_time gives those from since on (oldest first).
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['instrument_name' => Js::get($market, 'id')];
        if ($limit !== null) {
            $request['count'] = $limit;
        }
        $response = null;
        if ($since === null) {
            $response = $this->public_get_get_last_trades_by_instrument($this->extend($request, $params));
        } else {
            $request['start_timestamp'] = $since;
            $request['end_timestamp'] = $this->milliseconds();
            $request['sorting'] = 'asc';
            $response = $this->public_get_get_last_trades_by_instrument_and_time(
                $this->extend($request, $params),
            );
        }
        $result = $this->safe_dict($response, 'result', []);
        return $this->parse_trades($this->safe_list($result, 'trades', []), $market, $since, $limit);
    }

    public function parse_trade($trade, $market = null) {
        // A public trade, or the account's own (with order_id, liquidity M or T, fee and fee_currency).
        // amount is Deribit's (contracts, when given, are the same in contract units).
        $market = $this->safe_market($this->safe_string($trade, 'instrument_name'), $market);
        $price = $this->safe_string($trade, 'price');
        $amount = $this->safe_string($trade, 'amount');
        $contracts = $this->safe_string($trade, 'contracts');
        if (($contracts === null) || !(Js::truthy(Js::get($market, 'contract')))) {
            $contracts = $this->to_contracts($market, $amount);
        }
        $liquidity = $this->safe_string($trade, 'liquidity');
        $taker_or_maker = null;
        if ($liquidity !== null) {
            $taker_or_maker = $liquidity === 'M' ? 'maker' : 'taker';
        }
        $fee = null;
        $fee_cost = $this->safe_string($trade, 'fee');
        if ($fee_cost !== null) {
            $fee = [
                'cost' => $fee_cost,
                'currency' => $this->safe_currency_code($this->safe_string($trade, 'fee_currency')),
            ];
        }
        $order_type = $this->safe_string($trade, 'order_type');
        return $this->trade_structure(
            id: $this->safe_string($trade, 'trade_id'),
            order: $this->safe_string($trade, 'order_id'),
            timestamp: $this->safe_integer($trade, 'timestamp'),
            symbol: Js::get($market, 'symbol'),
            type: ($order_type === 'limit') || ($order_type === 'market') ? $order_type : null,
            side: $this->safe_string($trade, 'direction'),
            taker_or_maker: $taker_or_maker,
            price: $price,
            amount: $contracts,
            cost: $this->amount_cost($market, Precise::string_abs($amount), $price),
            fee: $fee,
            info: $trade,
            market: $market,
        );
    }

    // --- derivatives market data ---------------------------------------------------------------------
    public function fetch_funding_rate($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // public/ticker of a perpetual: funding_8h is the funding over the last 8 hours (the rate
        // get_funding_rate_history reports as interest_8h); Deribit's funding is continuous, so there is
        // no funding time.
        $this->load_markets();
        $market = $this->market($symbol);
        if (!(Js::truthy(Js::get($market, 'swap')))) {
            throw new BadSymbol(
                Js::boundedText(
                    Js::toStr($this->id) . ' fetchFundingRate () is for perpetual swaps, not ' . Js::toStr(
                        $symbol,
                    ),
                ),
            );
        }
        $request = ['instrument_name' => Js::get($market, 'id')];
        $response = $this->public_get_ticker($this->extend($request, $params));
        return $this->parse_funding_rate($this->safe_dict($response, 'result', []), $market);
    }

    public function parse_funding_rate($ticker, $market = null) {
        $market = $this->safe_market($this->safe_string($ticker, 'instrument_name'), $market);
        return $this->safe_funding_rate(
            [
                'symbol' => Js::get($market, 'symbol'),
                'markPrice' => $this->safe_string($ticker, 'mark_price'),
                'indexPrice' => $this->safe_string($ticker, 'index_price'),
                'fundingRate' => $this->safe_string($ticker, 'funding_8h'),
                'timestamp' => $this->safe_integer2($ticker, 'timestamp', 'creation_timestamp'),
                'info' => $ticker,
            ],
            $market,
        );
    }

    public function fetch_funding_rates($symbols = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // get_book_summary_by_currency with kind future: the summaries of perpetuals carry funding_8h, those
        // of dated futures none (left out).
        $this->load_markets();
        $summaries = $this->book_summaries('fetchFundingRates', $symbols, 'future', $params);
        $perpetuals = [];
        for ($i = 0; Js::less($i, Js::length($summaries)); $i++) {
            $market = $this->safe_market($this->safe_string(Js::get($summaries, $i), 'instrument_name'));
            if (Js::truthy(Js::get($market, 'swap'))) {
                $perpetuals[] = Js::get($summaries, $i);
            }
        }
        return $this->parse_funding_rates($perpetuals, $symbols);
    }

    public function fetch_funding_rate_history($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // public/get_funding_rate_history: one entry an hour between start_timestamp and end_timestamp (both
        // required), each with interest_8h (the 8-hour rate) and interest_1h.
        if ($symbol === null) {
            throw new ArgumentsRequired(
                Js::boundedText(Js::toStr($this->id) . ' fetchFundingRateHistory () requires a symbol'),
            );
        }
        $this->load_markets();
        $market = $this->market($symbol);
        $until = $this->safe_integer($params, 'until');
        $rest = $this->omit($params, 'until');
        $hours = $limit === null ? 24 : $limit;
        $end = $until === null ? $this->milliseconds() : $until;
        $start = Js::subtract($end, Js::multiply($hours, 3600000));
        if ($since !== null) {
            $start = $since;
            if ($until === null) {
                $end = Js::add($since, Js::multiply($hours, 3600000));
            }
        }
        $request = [
            'instrument_name' => Js::get($market, 'id'),
            'start_timestamp' => $start,
            'end_timestamp' => $end,
        ];
        $response = $this->public_get_get_funding_rate_history($this->extend($request, $rest));
        return $this->parse_funding_rate_histories(
            $this->safe_list($response, 'result', []),
            $market,
            $since,
            $limit,
        );
    }

    public function parse_funding_rate_history($entry, $market = null) {
        return $this->safe_funding_rate_history(
            [
                'symbol' => $market === null ? null : Js::get($market, 'symbol'),
                'fundingRate' => $this->safe_string($entry, 'interest_8h'),
                'timestamp' => $this->safe_integer($entry, 'timestamp'),
                'info' => $entry,
            ],
            $market,
        );
    }

    public function fetch_open_interest($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // public/ticker: open_interest is in Deribit's amount units (USD for inverse futures and perpetuals,
        // the base coin for linear ones and options): in contracts it is divided by the contract size; its
        // value is the USD amount itself for inverse contracts, else the amount at the mark price (the index
        // price for options, whose mark price is in the settlement currency).
        $this->load_markets();
        $market = $this->market($symbol);
        if (!(Js::truthy(Js::get($market, 'contract')))) {
            throw new BadSymbol(
                Js::boundedText(
                    Js::toStr($this->id) . ' fetchOpenInterest () is for contracts, not ' . Js::toStr(
                        $symbol,
                    ),
                ),
            );
        }
        $request = ['instrument_name' => Js::get($market, 'id')];
        $response = $this->public_get_ticker($this->extend($request, $params));
        $ticker = $this->safe_dict($response, 'result', []);
        $open_interest = $this->safe_string($ticker, 'open_interest');
        $price = Js::truthy(Js::get($market, 'option')) ? $this->safe_string($ticker, 'index_price') : $this->safe_string(
            $ticker,
            'mark_price',
        );
        $value = null;
        if ($open_interest !== null) {
            if (Js::truthy(Js::get($market, 'inverse')) && !(Js::truthy(Js::get($market, 'option')))) {
                $value = $open_interest;
            } elseif ($price !== null) {
                $value = Precise::string_mul($open_interest, $price);
            }
        }
        return $this->safe_open_interest(
            [
                'symbol' => Js::get($market, 'symbol'),
                'openInterestAmount' => $this->to_contracts($market, $open_interest),
                'openInterestValue' => $value,
                'timestamp' => $this->safe_integer($ticker, 'timestamp'),
                'info' => $ticker,
            ],
            $market,
        );
    }

    // --- account -------------------------------------------------------------------------------------
    public function fetch_balance($params = null) {
        if ($params === null) {
            $params = [];
        }
        // private/get_account_summaries: one summary per currency; margin_balance is the total (balance with
        // the unrealized profit and loss of futures), initial_margin what positions and orders hold, and
        // available_funds the rest.
        $this->load_markets();
        $response = $this->private_get_get_account_summaries($params);
        $result = $this->safe_dict($response, 'result', []);
        $summaries = $this->safe_list($result, 'summaries', []);
        $balance = ['info' => $response];
        for ($i = 0; $i < count($summaries); $i++) {
            $code = $this->safe_currency_code($this->safe_string(Js::get($summaries, $i), 'currency'));
            $account = $this->account();
            Js::set($account, 'free', $this->safe_string(Js::get($summaries, $i), 'available_funds'));
            Js::set($account, 'used', $this->safe_string(Js::get($summaries, $i), 'initial_margin'));
            Js::set($account, 'total', $this->safe_string(Js::get($summaries, $i), 'margin_balance'));
            Js::setKey($balance, $code, $account);
        }
        return $this->safe_balance($balance);
    }

    public function fetch_positions($symbols = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // private/get_positions with currency 'any': the open positions of every currency and kind.
        $this->load_markets();
        $request = ['currency' => 'any'];
        $response = $this->private_get_get_positions($this->extend($request, $params));
        return $this->parse_positions($this->safe_list($response, 'result', []), $symbols);
    }

    public function fetch_position($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['instrument_name' => Js::get($market, 'id')];
        $response = $this->private_get_get_position($this->extend($request, $params));
        return $this->parse_position($this->safe_dict($response, 'result', []), $market);
    }

    public function parse_position($position, $market = null) {
        // size is signed, in Deribit's amount units (USD for inverse contracts); direction buy, sell or zero.
        // Deribit margins every position of a currency together (cross), never one position alone.
        $market = $this->safe_market($this->safe_string($position, 'instrument_name'), $market);
        $direction = $this->safe_string($position, 'direction');
        $side = null;
        if ($direction === 'buy') {
            $side = 'long';
        } elseif ($direction === 'sell') {
            $side = 'short';
        }
        $size = Precise::string_abs($this->safe_string($position, 'size'));
        if (($size !== null) && Precise::string_eq($size, '0')) {
            // No position: Deribit still names a direction.
            $side = null;
        }
        $notional = null;
        if (Js::truthy(Js::get($market, 'option')) && ($size !== null)) {
            // An option's amount is in the base coin; its notional in the quote currency at the index price.
            $index_price = $this->safe_string($position, 'index_price');
            $notional = $index_price === null ? null : Precise::string_mul($size, $index_price);
        }
        return $this->safe_position(
            [
                'symbol' => Js::get($market, 'symbol'),
                'side' => $side,
                'contracts' => $this->to_contracts($market, $size),
                'notional' => $notional,
                'leverage' => $this->safe_string($position, 'leverage'),
                'entryPrice' => $this->safe_string($position, 'average_price'),
                'markPrice' => $this->safe_string($position, 'mark_price'),
                'liquidationPrice' => $this->safe_string($position, 'estimated_liquidation_price'),
                'unrealizedPnl' => $this->safe_string($position, 'floating_profit_loss'),
                'realizedPnl' => $this->safe_string($position, 'realized_profit_loss'),
                'initialMargin' => $this->safe_string($position, 'initial_margin'),
                'maintenanceMargin' => $this->safe_string($position, 'maintenance_margin'),
                'marginMode' => 'cross',
                'info' => $position,
            ],
            $market,
        );
    }

    public function fetch_ledger($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // private/get_transaction_log: currency, start_timestamp and end_timestamp are required; change is
        // the signed change of the balance, balance the balance after it, commission the fee.
        if ($code === null) {
            throw new ArgumentsRequired(
                Js::boundedText(Js::toStr($this->id) . ' fetchLedger () requires a currency code'),
            );
        }
        $this->load_markets();
        $currency = $this->currency($code);
        $until = $this->safe_integer($params, 'until');
        $rest = $this->omit($params, 'until');
        $request = [
            'currency' => Js::get($currency, 'id'),
            'start_timestamp' => $since === null ? 0 : $since,
            'end_timestamp' => $until === null ? $this->milliseconds() : $until,
        ];
        if ($limit !== null) {
            $request['count'] = $limit;
        }
        $response = $this->private_get_get_transaction_log($this->extend($request, $rest));
        $result = $this->safe_dict($response, 'result', []);
        return $this->parse_ledger($this->safe_list($result, 'logs', []), $currency, $since, $limit);
    }

    public function parse_ledger_entry($item, $currency = null) {
        $change = $this->safe_string($item, 'change');
        $after = $this->safe_string($item, 'balance');
        $direction = null;
        if ($change !== null) {
            $direction = Precise::string_lt($change, '0') ? 'out' : 'in';
        }
        $before = ($change === null) || ($after === null) ? null : Precise::string_sub($after, $change);
        $code = $this->safe_currency_code($this->safe_string($item, 'currency'), $currency);
        $fee = null;
        $commission = $this->safe_string($item, 'commission');
        if ($commission !== null) {
            $fee = ['cost' => $commission, 'currency' => $code];
        }
        return $this->safe_ledger_entry(
            [
                'id' => $this->safe_string($item, 'id'),
                'timestamp' => $this->safe_integer($item, 'timestamp'),
                'direction' => $direction,
                'referenceId' => $this->safe_string2($item, 'trade_id', 'order_id'),
                'type' => $this->safe_string($item, 'type'),
                'currency' => $code,
                'amount' => Precise::string_abs($change),
                'before' => $before,
                'after' => $after,
                'status' => 'ok',
                'fee' => $fee,
                'info' => $item,
            ],
            $currency,
        );
    }

    // --- orders --------------------------------------------------------------------------------------
    public function create_order($symbol, $type, $side, $amount, $price = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // private/buy or private/sell. amount (contracts) becomes Deribit's amount (times the contract size).
        // The unified params map to Deribit's fields: postOnly (timeInForce PO) is post_only with
        // reject_post_only (without it Deribit moves a crossing post-only price below the spread instead of
        // rejecting the order), IOC and FOK
        // time_in_force, reduceOnly reduce_only, clientOrderId the label; triggerPrice and stopLossPrice make
        // a stop_limit or stop_market order, takeProfitPrice a take_limit or take_market one, triggered by
        // options['triggerPriceType'] (params['trigger'] overrides it). Orders are sized in the base
        // currency or in contracts, never by cost.
        $this->load_markets();
        $market = $this->market($symbol);
        [$unified, $rest] = Js::destructure($this->unified_order_params($type, $params), 2);
        $this->reject_unified_params('createOrder', $unified, ['cost']);
        if (!($type === 'limit') && !($type === 'market')) {
            throw new InvalidOrder(
                Js::boundedText(
                    Js::toStr($this->id) . ' createOrder () takes a market or limit order, not ' . Js::toStr(
                        $type,
                    ),
                ),
            );
        }
        if (!($side === 'buy') && !($side === 'sell')) {
            throw new InvalidOrder(
                Js::boundedText(
                    Js::toStr($this->id) . ' createOrder () side must be buy or sell, not ' . Js::toStr(
                        $side,
                    ),
                ),
            );
        }
        if (($type === 'limit') && ($price === null)) {
            throw new ArgumentsRequired(
                Js::boundedText(Js::toStr($this->id) . ' createOrder () requires a price for a limit order'),
            );
        }
        $request = [
            'instrument_name' => Js::get($market, 'id'),
            'amount' => $this->from_contracts($market, $this->amount_to_precision($symbol, $amount)),
            'type' => $type,
        ];
        if ($type === 'limit') {
            $request['price'] = $this->price_to_precision($symbol, $price);
        }
        $kind = Js::get($unified, 'triggerKind');
        if ($kind !== null) {
            $prefix = $kind === 'takeProfitPrice' ? 'take_' : 'stop_';
            $request['type'] = Js::boundedText($prefix . Js::toStr($type));
            $request['trigger_price'] = $this->price_to_precision($symbol, Js::get($unified, 'trigger'));
            $request['trigger'] = $this->safe_string(
                $rest,
                'trigger',
                Js::get($this->options, 'triggerPriceType'),
            );
        }
        if (Js::get($unified, 'timeInForce') === 'IOC') {
            $request['time_in_force'] = 'immediate_or_cancel';
        } elseif (Js::get($unified, 'timeInForce') === 'FOK') {
            $request['time_in_force'] = 'fill_or_kill';
        } elseif (Js::get($unified, 'timeInForce') === 'GTC') {
            $request['time_in_force'] = 'good_til_cancelled';
        }
        if (Js::truthy(Js::get($unified, 'postOnly'))) {
            $request['post_only'] = true;
            $request['reject_post_only'] = true;
        }
        if (Js::truthy(Js::get($unified, 'reduceOnly'))) {
            $request['reduce_only'] = true;
        }
        if (Js::get($unified, 'clientOrderId') !== null) {
            $request['label'] = Js::get($unified, 'clientOrderId');
        }
        $query = $this->extend($request, $this->omit($rest, 'trigger'));
        $response = null;
        if ($side === 'buy') {
            $response = $this->private_get_buy($query);
        } else {
            $response = $this->private_get_sell($query);
        }
        return $this->parse_order_with_trades($this->safe_dict($response, 'result', []), $market);
    }

    public function parse_order_with_trades($result, $market) {
        // buy, sell and edit answer { order, trades }: the order with the trades it made at once.
        $order = $this->parse_order($this->safe_dict($result, 'order', []), $market);
        $trades = $this->parse_trades($this->safe_list($result, 'trades', []), $market);
        if (Js::strictEqual(Js::length($trades), 0)) {
            return $order;
        }
        return $this->safe_order(
            $this->extend($order, ['trades' => $trades, 'fees' => null, 'fee' => null]),
            $market,
        );
    }

    public function edit_order($id, $symbol, $type, $side, $amount = null, $price = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // private/edit changes the amount (required), price, post_only (with reject_post_only, as in
        // createOrder) and trigger_price of an open order; its type and side stay.
        $this->load_markets();
        $market = $this->market($symbol);
        if ($amount === null) {
            throw new ArgumentsRequired(
                Js::boundedText(Js::toStr($this->id) . ' editOrder () requires an amount'),
            );
        }
        $request = [
            'order_id' => $id,
            'amount' => $this->from_contracts($market, $this->amount_to_precision($symbol, $amount)),
        ];
        if ($price !== null) {
            $request['price'] = $this->price_to_precision($symbol, $price);
        }
        $time_in_force = $this->safe_string_upper($params, 'timeInForce');
        if (($this->safe_bool($params, 'postOnly', false) === true) || ($time_in_force === 'PO')) {
            $request['post_only'] = true;
            $request['reject_post_only'] = true;
        }
        $trigger_price = $this->safe_string($params, 'triggerPrice');
        if ($trigger_price !== null) {
            $request['trigger_price'] = $this->price_to_precision($symbol, $trigger_price);
        }
        $rest = $this->omit($params, ['postOnly', 'timeInForce', 'triggerPrice']);
        $response = $this->private_get_edit($this->extend($request, $rest));
        return $this->parse_order_with_trades($this->safe_dict($response, 'result', []), $market);
    }

    public function cancel_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $request = ['order_id' => $id];
        $response = $this->private_get_cancel($this->extend($request, $params));
        $market = $symbol === null ? null : $this->market($symbol);
        return $this->parse_order($this->safe_dict($response, 'result', []), $market);
    }

    public function cancel_all_orders($symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // cancel_all_by_instrument (or cancel_all without a symbol) answers with the number of orders it
        // canceled: those are the orders listed open just before.
        $this->load_markets();
        $open = $this->fetch_open_orders($symbol);
        $response = null;
        if ($symbol === null) {
            $response = $this->private_get_cancel_all($params);
        } else {
            $market = $this->market($symbol);
            $request = ['instrument_name' => Js::get($market, 'id')];
            $response = $this->private_get_cancel_all_by_instrument($this->extend($request, $params));
        }
        return $this->canceled_orders($open, $response);
    }

    public function fetch_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $request = ['order_id' => $id];
        $response = $this->private_get_get_order_state($this->extend($request, $params));
        $market = $symbol === null ? null : $this->market($symbol);
        return $this->parse_order($this->safe_dict($response, 'result', []), $market);
    }

    public function fetch_open_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // get_open_orders_by_instrument, or get_open_orders for every instrument.
        $this->load_markets();
        $market = null;
        $response = null;
        if ($symbol === null) {
            $response = $this->private_get_get_open_orders($params);
        } else {
            $market = $this->market($symbol);
            $request = ['instrument_name' => Js::get($market, 'id')];
            $response = $this->private_get_get_open_orders_by_instrument($this->extend($request, $params));
        }
        return $this->parse_orders($this->safe_list($response, 'result', []), $market, $since, $limit);
    }

    public function fetch_closed_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // get_order_history_by_instrument: the filled and canceled orders of one instrument, newest first,
        // count at a time; it takes no time range. include_unfilled adds the orders canceled without a fill,
        // which it leaves out by default.
        if ($symbol === null) {
            throw new ArgumentsRequired(
                Js::boundedText(Js::toStr($this->id) . ' fetchClosedOrders () requires a symbol'),
            );
        }
        if ($this->safe_value($params, 'until') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' fetchClosedOrders () does not support the unified param until: the order history takes no time range',
                ),
            );
        }
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['instrument_name' => Js::get($market, 'id'), 'include_unfilled' => true];
        if ($limit !== null) {
            $request['count'] = $limit;
        }
        $response = $this->private_get_get_order_history_by_instrument($this->extend($request, $params));
        return $this->parse_orders($this->safe_list($response, 'result', []), $market, $since, $limit);
    }

    public function fetch_my_trades($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // get_user_trades_by_instrument (the latest count trades), or with since or until
        // get_user_trades_by_instrument_and_time (start_timestamp to end_timestamp, oldest first).
        if ($symbol === null) {
            throw new ArgumentsRequired(
                Js::boundedText(Js::toStr($this->id) . ' fetchMyTrades () requires a symbol'),
            );
        }
        $this->load_markets();
        $market = $this->market($symbol);
        $until = $this->safe_integer($params, 'until');
        $rest = $this->omit($params, 'until');
        $request = ['instrument_name' => Js::get($market, 'id')];
        if ($limit !== null) {
            $request['count'] = $limit;
        }
        $response = null;
        if (($since === null) && ($until === null)) {
            $response = $this->private_get_get_user_trades_by_instrument($this->extend($request, $rest));
        } else {
            $request['start_timestamp'] = $since === null ? 0 : $since;
            $request['end_timestamp'] = $until === null ? $this->milliseconds() : $until;
            $request['sorting'] = 'asc';
            $response = $this->private_get_get_user_trades_by_instrument_and_time(
                $this->extend($request, $rest),
            );
        }
        $result = $this->safe_dict($response, 'result', []);
        return $this->parse_trades($this->safe_list($result, 'trades', []), $market, $since, $limit);
    }

    public function fetch_order_trades($id, $symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $request = ['order_id' => $id];
        $response = $this->private_get_get_user_trades_by_order($this->extend($request, $params));
        $market = $symbol === null ? null : $this->market($symbol);
        return $this->parse_trades($this->safe_list($response, 'result', []), $market, $since, $limit);
    }

    public function parse_order($order, $market = null) {
        // amount and filled_amount are Deribit's amounts (in contracts here); price is 'market_price' for a
        // market order; average_price is 0 before any fill. A stop or take order keeps its trigger_price.
        $market = $this->safe_market($this->safe_string($order, 'instrument_name'), $market);
        $order_type = $this->safe_string($order, 'order_type');
        $amount = $this->safe_string($order, 'amount');
        $filled = $this->safe_string($order, 'filled_amount');
        $price = $this->safe_string($order, 'price');
        if (!($this->is_decimal_string($price))) {
            $price = null;
        }
        $average = $this->safe_string($order, 'average_price');
        if (($average !== null) && Precise::string_eq($average, '0')) {
            $average = null;
        }
        $post_only = $this->safe_bool($order, 'post_only');
        $time_in_force = $this->safe_string(
            Js::get($this->options, 'timeInForces'),
            $this->safe_string($order, 'time_in_force'),
        );
        if ($post_only === true) {
            $time_in_force = 'PO';
        }
        $trigger_price = $this->safe_string($order, 'trigger_price');
        $is_take = ($order_type !== null) && Js::startsWith($order_type, 'take_');
        $label = $this->safe_string($order, 'label');
        return $this->safe_order(
            [
                'id' => $this->safe_string($order, 'order_id'),
                'clientOrderId' => $label === '' ? null : $label,
                'timestamp' => $this->safe_integer($order, 'creation_timestamp'),
                'lastUpdateTimestamp' => $this->safe_integer($order, 'last_update_timestamp'),
                'symbol' => Js::get($market, 'symbol'),
                'type' => $this->safe_string(Js::get($this->options, 'orderTypes'), $order_type),
                'timeInForce' => $time_in_force,
                'postOnly' => $post_only,
                'reduceOnly' => $this->safe_bool($order, 'reduce_only'),
                'side' => $this->safe_string($order, 'direction'),
                'price' => $price,
                'triggerPrice' => $trigger_price,
                'takeProfitPrice' => $is_take ? $trigger_price : null,
                'average' => $average,
                'amount' => $this->to_contracts($market, $amount),
                'filled' => $this->to_contracts($market, $filled),
                'cost' => $this->amount_cost($market, $filled, $average),
                'status' => $this->safe_string(
                    Js::get($this->options, 'orderStatuses'),
                    $this->safe_string($order, 'order_state'),
                ),
                'info' => $order,
            ],
            $market,
        );
    }

    // --- funding -------------------------------------------------------------------------------------
    public function fetch_deposits($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // private/get_deposits: the deposits of one currency, newest first, count at a time.
        return $this->fetch_transfers_of('deposit', $code, $since, $limit, $params);
    }

    public function fetch_withdrawals($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->fetch_transfers_of('withdrawal', $code, $since, $limit, $params);
    }

    public function fetch_transfers_of($type, $code, $since, $limit, $params) {
        $method = $type === 'deposit' ? 'fetchDeposits' : 'fetchWithdrawals';
        if ($code === null) {
            throw new ArgumentsRequired(
                Js::boundedText(Js::toStr($this->id) . ' ' . $method . ' () requires a currency code'),
            );
        }
        if ($this->safe_value($params, 'until') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' ' . $method . ' () does not support the unified param until: Deribit lists them by count and offset only',
                ),
            );
        }
        $this->load_markets();
        $currency = $this->currency($code);
        $request = ['currency' => Js::get($currency, 'id')];
        if ($limit !== null) {
            $request['count'] = $limit;
        }
        $response = null;
        if ($type === 'deposit') {
            $response = $this->private_get_get_deposits($this->extend($request, $params));
        } else {
            $response = $this->private_get_get_withdrawals($this->extend($request, $params));
        }
        $result = $this->safe_dict($response, 'result', []);
        $entries = $this->safe_list($result, 'data', []);
        $typed = [];
        for ($i = 0; $i < count($entries); $i++) {
            $typed[] = $this->extend(Js::get($entries, $i), ['type' => $type]);
        }
        return $this->parse_transactions($typed, $currency, $since, $limit);
    }

    public function parse_transaction($transaction, $currency = null) {
        // A deposit (received_timestamp, state pending, completed, rejected or replaced) or a withdrawal (id,
        // created_timestamp, fee, state unconfirmed, confirmed, cancelled, completed, interrupted or
        // rejected). The caller adds the type; withdraw's answer is a withdrawal.
        $type = $this->safe_string($transaction, 'type', 'withdrawal');
        $code = $this->safe_currency_code($this->safe_string($transaction, 'currency'), $currency);
        $statuses = $type === 'deposit' ? Js::get($this->options, 'depositStatuses') : Js::get(
            $this->options,
            'withdrawalStatuses',
        );
        $fee = null;
        $fee_cost = $this->safe_string($transaction, 'fee');
        if ($fee_cost !== null) {
            $fee = ['cost' => $fee_cost, 'currency' => $code];
        }
        $info = $this->omit($transaction, 'type');
        return $this->safe_transaction(
            [
                'id' => $this->safe_string($transaction, 'id'),
                'txid' => $this->safe_string($transaction, 'transaction_id'),
                'timestamp' => $this->safe_integer2($transaction, 'received_timestamp', 'created_timestamp'),
                'address' => $this->safe_string($transaction, 'address'),
                'type' => $type,
                'amount' => $this->safe_string($transaction, 'amount'),
                'currency' => $code,
                'status' => $this->safe_string($statuses, $this->safe_string($transaction, 'state')),
                'updated' => $this->safe_integer($transaction, 'updated_timestamp'),
                'fee' => $fee,
                'info' => $info,
            ],
            $currency,
        );
    }

    public function fetch_deposit_address($code, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // private/get_current_deposit_address: result is null until an address is created. Each currency
        // has one network on Deribit, so params['network'] is refused.
        $this->reject_network('fetchDepositAddress', $params);
        $this->load_markets();
        $currency = $this->currency($code);
        $request = ['currency' => Js::get($currency, 'id')];
        $response = $this->private_get_get_current_deposit_address($this->extend($request, $params));
        $result = $this->safe_dict($response, 'result');
        if ($result === null) {
            throw new InvalidAddress(
                Js::boundedText(
                    Js::toStr($this->id) . ' fetchDepositAddress () found no ' . Js::toStr(
                        $code,
                    ) . ' deposit address: create one with createDepositAddress ()',
                ),
            );
        }
        return $this->parse_deposit_address($result, $currency);
    }

    public function create_deposit_address($code, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->reject_network('createDepositAddress', $params);
        $this->load_markets();
        $currency = $this->currency($code);
        $request = ['currency' => Js::get($currency, 'id')];
        $response = $this->private_get_create_deposit_address($this->extend($request, $params));
        return $this->parse_deposit_address($this->safe_dict($response, 'result', []), $currency);
    }

    public function reject_network($method, $params) {
        if ($this->safe_string($params, 'network') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr($this->id) . ' ' . Js::toStr(
                        $method,
                    ) . ' () does not support the unified param network: Deribit has one network per currency',
                ),
            );
        }
    }

    public function parse_deposit_address($entry, $currency = null) {
        return [
            'currency' => $this->safe_currency_code($this->safe_string($entry, 'currency'), $currency),
            'address' => $this->safe_string($entry, 'address'),
            'tag' => null,
            'network' => null,
            'info' => $entry,
        ];
    }

    public function withdraw($code, $amount, $address, $tag = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // private/withdraw sends to an address of the account's address book; priority (a fee level:
        // insane, extreme_high, very_high, high, mid, low, very_low) may go in params.
        $this->reject_network('withdraw', $params);
        if ($tag !== null) {
            throw new BadRequest(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' withdraw () takes no tag: Deribit currencies have no address tags',
                ),
            );
        }
        $this->load_markets();
        $currency = $this->currency($code);
        $request = [
            'currency' => Js::get($currency, 'id'),
            'address' => $address,
            'amount' => $this->currency_to_precision($code, $amount),
        ];
        $response = $this->private_get_withdraw($this->extend($request, $params));
        return $this->parse_transaction($this->safe_dict($response, 'result', []), $currency);
    }

    public function fetch_deposit_withdraw_fees($codes = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // The withdrawal fee of each currency, from public/get_currencies; deposits are free.
        $currencies = $this->fetch_currencies($params);
        return $this->deposit_withdraw_fees_from_currencies($currencies, $codes);
    }

    // --- request pipeline ----------------------------------------------------------------------------
    public function sign($path, $api = null, $method = null, $params = null, $headers = null, $body = null) {
        if ($api === null) {
            $api = 'public';
        }
        if ($method === null) {
            $method = 'GET';
        }
        if ($params === null) {
            $params = [];
        }
        // GET /api/v2/<api>/<method>?<params>. Private requests carry the deri-hmac-sha256 signature rather
        // than a Bearer token of public/auth (client_credentials): it needs no token round trip or token state
        // to renew, and the client secret never leaves the machine. Authorization: deri-hmac-sha256
        // id=<client id>,ts=<ms>,sig=<signature>,nonce=<nonce>, where the signature is the hex HMAC-SHA256,
        // keyed by the client secret, of ts + "\n" + nonce + "\n" + RequestData and RequestData is
        // METHOD + "\n" + the URI with its query + "\n" + the body (empty for GET) + "\n".
        $request_path = Js::boundedText(
            '/api/' . Js::toStr($this->version) . '/' . Js::toStr($api) . '/' . Js::toStr($path),
        );
        if (count(Js::keys($params)) > 0) {
            $request_path .= Js::within(
                $request_path,
                Js::within($request_path, '?') . Js::toStr($this->urlencode($params)),
            );
        }
        $url = Js::boundedText(Js::toStr(Js::get($this->urls, 'api')) . $request_path);
        if ($api === 'public') {
            return ['url' => $url, 'method' => $method, 'body' => $body, 'headers' => $headers];
        }
        $this->check_required_credentials();
        $timestamp = $this->number_to_string($this->milliseconds());
        // A fresh random nonce for every request (the uuid without its dashes).
        $nonce = Js::join(Js::split($this->uuid(), '-'), '');
        $request_data = Js::boundedText(Js::toStr($method) . "\n" . $request_path . "\n" . "\n");
        $payload = Js::boundedText(Js::toStr($timestamp) . "\n" . $nonce . "\n" . $request_data);
        $signature = $this->hmac($this->encode($payload), $this->encode($this->secret), 'sha256');
        $headers = [
            'Authorization' => Js::boundedText(
                'deri-hmac-sha256 id=' . Js::toStr($this->apiKey) . ',ts=' . Js::toStr($timestamp) . ',sig=' . Js::toStr(
                    $signature,
                ) . ',nonce=' . $nonce,
            ),
        ];
        return ['url' => $url, 'method' => $method, 'body' => $body, 'headers' => $headers];
    }

    public function handle_errors(
        $status,
        $reason,
        #[\SensitiveParameter] $url,
        $method,
        #[\SensitiveParameter] $response_headers,
        #[\SensitiveParameter] $response_body,
        #[\SensitiveParameter] $response,
        #[\SensitiveParameter] $request_headers,
        #[\SensitiveParameter] $request_body,
    ) {
        // A JSON-RPC error: { jsonrpc, error: { code, message, data: { reason, param } }, id, usIn, ... },
        // answered with HTTP 400 (or 401 for authentication); success has result instead.
        if (($response === null) || Js::isArray($response)) {
            return;
        }
        $error = $this->safe_dict($response, 'error');
        if ($error === null) {
            return;
        }
        $code = $this->safe_string($error, 'code');
        $feedback = Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($response_body));
        $this->throw_exactly_matched_exception(Js::get($this->exceptions, 'exact'), $code, $feedback);
        $this->throw_broadly_matched_exception(
            Js::get($this->exceptions, 'broad'),
            $this->safe_string($error, 'message'),
            $feedback,
        );
        throw new ExchangeError($feedback);
    }
}
