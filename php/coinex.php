<?php

// Generated from js/coinex.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class coinex extends Exchange {
    public function describe() {
        return $this->deep_extend(
            parent::describe(),
            [
                'id' => 'coinex',
                'name' => 'CoinEx',
                'countries' => ['HK'],
                'version' => 'v2',
                'rateLimit' => 10,
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
                    'fetchStatus' => false,
                    'fetchTradingFees' => false,
                    'cancelAllOrders' => true,
                    'fetchOrderTrades' => true,
                    'fetchTradingFee' => true,
                    'fetchDepositAddresses' => false,
                    'createDepositAddress' => true,
                    'fetchDepositWithdrawFees' => true,
                    'transfer' => true,
                    'createMarketBuyOrderWithCost' => true,
                ],
                'urls' => [
                    'logo' => 'https://www.coinex.com/favicon.ico',
                    'api' => 'https://api.coinex.com/v2',
                    'www' => 'https://www.coinex.com',
                    'doc' => 'https://docs.coinex.com/api/v2/',
                    'fees' => 'https://www.coinex.com/fees',
                ],
                'api' => [
                    'public' => [
                        'get' => [
                            'spot/market' => 1,
                            'spot/ticker' => 1,
                            'spot/depth' => 1,
                            'spot/deals' => 1,
                            'spot/kline' => 1,
                            'time' => 1,
                            'assets/all-deposit-withdraw-config' => 1,
                        ],
                    ],
                    'private' => [
                        'get' => [
                            'assets/spot/balance' => 5,
                            'assets/deposit-address' => 5,
                            'assets/deposit-history' => 5,
                            'assets/withdraw' => 5,
                            'assets/spot/transcation-history' => 5,
                            'account/trade-fee-rate' => 5,
                            'spot/order-status' => 2,
                            'spot/pending-order' => 5,
                            'spot/finished-order' => 5,
                            'spot/user-deals' => 5,
                            'spot/order-deals' => 5,
                        ],
                        'post' => [
                            'spot/order' => 2,
                            'spot/stop-order' => 2,
                            'spot/cancel-order' => 2,
                            'spot/cancel-all-order' => 5,
                            'spot/modify-order' => 2,
                            'assets/withdraw' => 5,
                            'assets/renewal-deposit-address' => 5,
                            'assets/transfer' => 5,
                        ],
                    ],
                ],
                'timeframes' => [
                    '1m' => '1min',
                    '3m' => '3min',
                    '5m' => '5min',
                    '15m' => '15min',
                    '30m' => '30min',
                    '1h' => '1hour',
                    '2h' => '2hour',
                    '4h' => '4hour',
                    '6h' => '6hour',
                    '12h' => '12hour',
                    '1d' => '1day',
                    '3d' => '3day',
                    '1w' => '1week',
                ],
                'requiredCredentials' => ['apiKey' => true, 'secret' => true],
                'fees' => [
                    'trading' => [
                        'tierBased' => true,
                        'percentage' => true,
                        'maker' => 0.002,
                        'taker' => 0.002,
                    ],
                ],
                'precisionMode' => TICK_SIZE,
                'options' => [
                    'accountsByType' => [
                        'spot' => 'SPOT',
                        'margin' => 'MARGIN',
                        'futures' => 'FUTURES',
                        'swap' => 'FUTURES',
                    ],
                    'networks' => [
                        'ERC20' => 'ERC20',
                        'TRC20' => 'TRC20',
                        'BEP20' => 'BSC',
                        'SOL' => 'SOL',
                        'BTC' => 'BTC',
                        'POLYGON' => 'MATIC',
                        'ARBITRUM' => 'ARBITRUM',
                        'CSC' => 'CSC',
                    ],
                    'orderStatuses' => [
                        'open' => 'open',
                        'part_filled' => 'open',
                        'filled' => 'closed',
                        'part_canceled' => 'canceled',
                        'canceled' => 'canceled',
                    ],
                    'depositStatuses' => [
                        'processing' => 'pending',
                        'confirming' => 'pending',
                        'finished' => 'ok',
                        'cancelled' => 'canceled',
                        'too_small' => 'failed',
                        'exception' => 'failed',
                    ],
                    'withdrawalStatuses' => [
                        'audit' => 'pending',
                        'created' => 'pending',
                        'audit_required' => 'pending',
                        'audited' => 'pending',
                        'processing' => 'pending',
                        'confirming' => 'pending',
                        'finished' => 'ok',
                        'cancelled' => 'canceled',
                        'cancellation_failed' => 'pending',
                        'failed' => 'failed',
                    ],
                    'ledgerTypes' => ['deposit', 'withdraw', 'trade', 'maker_cash_back'],
                    'ledgerTypeNames' => [
                        'deposit' => 'transaction',
                        'withdraw' => 'transaction',
                        'trade' => 'trade',
                        'maker_cash_back' => 'rebate',
                    ],
                    'depthInterval' => '0',
                ],
                'exceptions' => [
                    'exact' => [
                        '3008' => ExchangeNotAvailable::class,
                        '3109' => InsufficientFunds::class,
                        '3127' => InvalidOrder::class,
                        '3606' => InvalidOrder::class,
                        '3600' => OrderNotFound::class,
                        '3610' => OrderNotFound::class,
                        '4001' => ExchangeNotAvailable::class,
                        '4002' => RequestTimeout::class,
                        '4003' => ExchangeError::class,
                        '4004' => BadRequest::class,
                        '4005' => AuthenticationError::class,
                        '4006' => AuthenticationError::class,
                        '4007' => PermissionDenied::class,
                        '4008' => PermissionDenied::class,
                        '4009' => PermissionDenied::class,
                        '4010' => InvalidNonce::class,
                        '4011' => PermissionDenied::class,
                        '4017' => InvalidNonce::class,
                        '4115' => AccountSuspended::class,
                        '4117' => BadSymbol::class,
                        '4158' => PermissionDenied::class,
                        '4213' => RateLimitExceeded::class,
                    ],
                    'broad' => [],
                ],
            ],
        );
    }

    // --- markets -------------------------------------------------------------------------------------
    public function fetch_markets($params = null) {
        if ($params === null) {
            $params = [];
        }
        // spot/market: [ { market, taker_fee_rate, maker_fee_rate, min_amount, base_ccy, quote_ccy,
        // base_ccy_precision, quote_ccy_precision, status ('online', ...), is_amm_available, is_margin_available,
        // is_api_trading_available } ].
        $response = $this->public_get_spot_market($params);
        $data = $this->safe_list($response, 'data', []);
        $result = [];
        for ($i = 0; $i < count($data); $i++) {
            $entry = Js::get($data, $i);
            $base_id = $this->safe_string($entry, 'base_ccy');
            $quote_id = $this->safe_string($entry, 'quote_ccy');
            $base = $this->safe_currency_code($base_id);
            $quote = $this->safe_currency_code($quote_id);
            $api_trading = $this->safe_bool($entry, 'is_api_trading_available', true);
            $result[] = $this->safe_market_structure(
                [
                    'id' => $this->safe_string($entry, 'market'),
                    'symbol' => Js::boundedText(Js::toStr($base) . '/' . Js::toStr($quote)),
                    'base' => $base,
                    'quote' => $quote,
                    'baseId' => $base_id,
                    'quoteId' => $quote_id,
                    'active' => ($this->safe_string($entry, 'status') === 'online') && $api_trading,
                    'type' => 'spot',
                    'spot' => true,
                    'taker' => $this->safe_number($entry, 'taker_fee_rate'),
                    'maker' => $this->safe_number($entry, 'maker_fee_rate'),
                    'precision' => [
                        'amount' => $this->parse_number(
                            $this->parse_precision($this->safe_string($entry, 'base_ccy_precision')),
                        ),
                        'price' => $this->parse_number(
                            $this->parse_precision($this->safe_string($entry, 'quote_ccy_precision')),
                        ),
                    ],
                    'limits' => [
                        'amount' => ['min' => $this->safe_number($entry, 'min_amount')],
                        'price' => [],
                        'cost' => [],
                    ],
                    'info' => $entry,
                ],
            );
        }
        return $result;
    }

    public function fetch_time($params = null) {
        if ($params === null) {
            $params = [];
        }
        // time: { timestamp } in milliseconds.
        $response = $this->public_get_time($params);
        return $this->safe_integer($this->safe_dict($response, 'data', []), 'timestamp');
    }

    public function fetch_currencies($params = null) {
        if ($params === null) {
            $params = [];
        }
        // assets/all-deposit-withdraw-config (no signature): [ { asset: { ccy, deposit_enabled, withdraw_enabled,
        // inter_transfer_enabled, is_st }, chains: [ { chain, min_deposit_amount, min_withdraw_amount,
        // deposit_enabled, withdraw_enabled, withdrawal_fee, withdrawal_precision, ... } ] } ].
        $response = $this->public_get_assets_all_deposit_withdraw_config($params);
        $data = $this->safe_list($response, 'data', []);
        $result = [];
        for ($i = 0; $i < count($data); $i++) {
            $asset = $this->safe_dict(Js::get($data, $i), 'asset', []);
            $chains = $this->safe_list(Js::get($data, $i), 'chains', []);
            $id = $this->safe_string($asset, 'ccy');
            $code = $this->safe_currency_code($id);
            $deposit = $this->safe_bool($asset, 'deposit_enabled');
            $withdraw = $this->safe_bool($asset, 'withdraw_enabled');
            $networks = [];
            $decimals = null;
            for ($j = 0; $j < count($chains); $j++) {
                $chain = Js::get($chains, $j);
                $chain_id = $this->safe_string($chain, 'chain');
                $network_code = $this->network_code($chain_id);
                $chain_deposit = $this->safe_bool($chain, 'deposit_enabled');
                $chain_withdraw = $this->safe_bool($chain, 'withdraw_enabled');
                $chain_decimals = $this->safe_integer($chain, 'withdrawal_precision');
                // The currency's precision is the finest of its chains'.
                if (
                    ($chain_decimals !== null) && (
                        ($decimals === null) || Js::greater($chain_decimals, $decimals)
                    )
                ) {
                    $decimals = $chain_decimals;
                }
                Js::setKey(
                    $networks,
                    $network_code,
                    [
                        'id' => $chain_id,
                        'network' => $network_code,
                        'active' => Js::truthy($_value1 = $chain_deposit) ? $chain_withdraw : $_value1,
                        'deposit' => $chain_deposit,
                        'withdraw' => $chain_withdraw,
                        'fee' => $this->safe_number($chain, 'withdrawal_fee'),
                        'precision' => $this->parse_number(
                            $this->parse_precision($this->safe_string($chain, 'withdrawal_precision')),
                        ),
                        'limits' => [
                            'deposit' => ['min' => $this->safe_number($chain, 'min_deposit_amount')],
                            'withdraw' => ['min' => $this->safe_number($chain, 'min_withdraw_amount')],
                        ],
                    ],
                );
            }
            Js::setKey(
                $result,
                $code,
                [
                    'id' => $id,
                    'code' => $code,
                    'active' => Js::truthy($_value2 = $deposit) ? $withdraw : $_value2,
                    'deposit' => $deposit,
                    'withdraw' => $withdraw,
                    'precision' => $decimals === null ? null : $this->parse_number(
                        $this->parse_precision($this->number_to_string($decimals)),
                    ),
                    'networks' => $networks,
                    'info' => Js::get($data, $i),
                ],
            );
        }
        return $result;
    }

    public function fetch_deposit_withdraw_fees($codes = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $currencies = $this->fetch_currencies($params);
        return $this->deposit_withdraw_fees_from_currencies($currencies, $codes);
    }

    // --- market data ---------------------------------------------------------------------------------
    public function parse_ticker($ticker, $market = null) {
        // spot/ticker: { market, last, open, close, high, low, volume (base), value (quote), volume_sell,
        // volume_buy, period: 86400 }: no bid, ask or timestamp.
        $market = $this->safe_market($this->safe_string($ticker, 'market'), $market);
        return $this->ticker_structure(
            symbol: Js::get($market, 'symbol'),
            high: $this->safe_string($ticker, 'high'),
            low: $this->safe_string($ticker, 'low'),
            open: $this->safe_string($ticker, 'open'),
            close: $this->safe_string($ticker, 'close'),
            last: $this->safe_string($ticker, 'last'),
            base_volume: $this->safe_string($ticker, 'volume'),
            quote_volume: $this->safe_string($ticker, 'value'),
            info: $ticker,
            market: $market,
        );
    }

    public function fetch_ticker($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $market = $this->market($symbol);
        $response = $this->public_get_spot_ticker(
            $this->extend(['market' => Js::get($market, 'id')], $params),
        );
        $data = $this->safe_list($response, 'data', []);
        return $this->parse_ticker($this->safe_dict($data, 0, []), $market);
    }

    public function fetch_tickers($symbols = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // Without market the endpoint answers every market's ticker.
        $this->load_markets();
        $response = $this->public_get_spot_ticker($params);
        return $this->parse_tickers($this->safe_list($response, 'data', []), $symbols);
    }

    public function fetch_order_book($symbol, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // spot/depth?market&limit (5, 10, 20 or 50)&interval: { market, is_full, depth: { asks, bids, last,
        // updated_at, checksum } }.
        $this->load_markets();
        $market = $this->market($symbol);
        // The endpoint takes 5, 10, 20 or 50 levels: the smallest that holds limit (50 without one).
        $depth = 50;
        if ($limit !== null) {
            $depths = [50, 20, 10, 5];
            for ($i = 0; $i < count($depths); $i++) {
                if (Js::greaterEqual($depths[$i], $limit)) {
                    $depth = $depths[$i];
                }
            }
        }
        $request = [
            'market' => Js::get($market, 'id'),
            'limit' => $depth,
            'interval' => $this->safe_string($params, 'interval', Js::get($this->options, 'depthInterval')),
        ];
        $response = $this->public_get_spot_depth($this->extend($request, $this->omit($params, 'interval')));
        $data = $this->safe_dict($response, 'data', []);
        $book = $this->safe_dict($data, 'depth', []);
        $result = $this->parse_order_book(
            $book,
            Js::get($market, 'symbol'),
            $this->safe_integer($book, 'updated_at'),
        );
        if ($limit !== null) {
            Js::set($result, 'bids', Js::slice(Js::get($result, 'bids'), 0, $limit));
            Js::set($result, 'asks', Js::slice(Js::get($result, 'asks'), 0, $limit));
        }
        return $result;
    }

    public function parse_ohlcv($ohlcv, $market = null) {
        // { market, created_at, open, close, high, low, volume, value }.
        return [
            $this->safe_integer($ohlcv, 'created_at'),
            $this->safe_number($ohlcv, 'open'),
            $this->safe_number($ohlcv, 'high'),
            $this->safe_number($ohlcv, 'low'),
            $this->safe_number($ohlcv, 'close'),
            $this->safe_number($ohlcv, 'volume'),
        ];
    }

    public function fetch_ohlcv($symbol, $timeframe = null, $since = null, $limit = null, $params = null) {
        if ($timeframe === null) {
            $timeframe = '1m';
        }
        if ($params === null) {
            $params = [];
        }
        // spot/kline?market&period&limit (at most 1000)&start_time&end_time (the unified until), in milliseconds.
        $this->load_markets();
        $market = $this->market($symbol);
        $period = $this->safe_string($this->timeframes, $timeframe);
        if ($period === null) {
            throw new BadRequest(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' fetchOHLCV () does not support the timeframe ' . Js::toStr($timeframe) . ': one of ') . Js::join(
                        Js::keys($this->timeframes),
                        ', ',
                    ),
                ),
            );
        }
        $request = ['market' => Js::get($market, 'id'), 'period' => $period];
        if ($limit !== null) {
            $request['limit'] = Js::min($limit, 1000);
        }
        if ($since !== null) {
            $request['start_time'] = $since;
        }
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            $request['end_time'] = $until;
        }
        $response = $this->public_get_spot_kline($this->extend($request, $this->omit($params, 'until')));
        return $this->parse_ohlcvs(
            $this->safe_list($response, 'data', []),
            $market,
            $timeframe,
            $since,
            $limit,
        );
    }

    public function parse_trade($trade, $market = null) {
        // Public (spot/deals): { deal_id, created_at, side (the taker's), price, amount }. The account's
        // (spot/user-deals, spot/order-deals): { deal_id, created_at, order_id, market, margin_market, side, price,
        // amount, role, fee, fee_ccy }.
        $market = $this->safe_market($this->safe_string($trade, 'market'), $market);
        $fee = null;
        $fee_cost = $this->safe_string($trade, 'fee');
        if ($fee_cost !== null) {
            $fee = [
                'cost' => $fee_cost,
                'currency' => $this->safe_currency_code($this->safe_string($trade, 'fee_ccy')),
            ];
        }
        return $this->trade_structure(
            id: $this->safe_string($trade, 'deal_id'),
            order: $this->safe_string($trade, 'order_id'),
            symbol: Js::get($market, 'symbol'),
            timestamp: $this->safe_integer($trade, 'created_at'),
            side: $this->safe_string($trade, 'side'),
            taker_or_maker: $this->safe_string($trade, 'role'),
            price: $this->safe_string($trade, 'price'),
            amount: $this->safe_string($trade, 'amount'),
            fee: $fee,
            info: $trade,
            market: $market,
        );
    }

    public function fetch_trades($symbol, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // spot/deals?market&limit (at most 1000)&last_id: the latest trades, newest first.
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['market' => Js::get($market, 'id')];
        if ($limit !== null) {
            $request['limit'] = Js::min($limit, 1000);
        }
        $response = $this->public_get_spot_deals($this->extend($request, $params));
        return $this->parse_trades($this->safe_list($response, 'data', []), $market, $since, $limit);
    }

    // --- account -------------------------------------------------------------------------------------
    public function fetch_balance($params = null) {
        if ($params === null) {
            $params = [];
        }
        // assets/spot/balance: [ { ccy, available, frozen } ].
        $this->load_markets();
        $response = $this->private_get_assets_spot_balance($params);
        $data = $this->safe_list($response, 'data', []);
        $result = ['info' => $response];
        for ($i = 0; $i < count($data); $i++) {
            $entry = Js::get($data, $i);
            $account = $this->account();
            Js::set($account, 'free', $this->safe_string($entry, 'available'));
            Js::set($account, 'used', $this->safe_string($entry, 'frozen'));
            Js::setKey($result, $this->safe_currency_code($this->safe_string($entry, 'ccy')), $account);
        }
        return $this->safe_balance($result);
    }

    public function fetch_trading_fee($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // account/trade-fee-rate?market_type=SPOT&market: { market, maker_rate, taker_rate }.
        $this->load_markets();
        $market = $this->market($symbol);
        $response = $this->private_get_account_trade_fee_rate(
            $this->extend(['market_type' => 'SPOT', 'market' => Js::get($market, 'id')], $params),
        );
        $data = $this->safe_dict($response, 'data', []);
        return [
            'symbol' => Js::get($market, 'symbol'),
            'maker' => $this->safe_number($data, 'maker_rate'),
            'taker' => $this->safe_number($data, 'taker_rate'),
            'info' => $data,
        ];
    }

    // --- orders --------------------------------------------------------------------------------------
    public function parse_order_type($type) {
        // [ unified type, timeInForce, postOnly ] of CoinEx's order type.
        $types = [
            'limit' => ['limit', 'GTC', false],
            'market' => ['market', null, false],
            'maker_only' => ['limit', 'PO', true],
            'ioc' => ['limit', 'IOC', false],
            'fok' => ['limit', 'FOK', false],
        ];
        return $this->safe_value($types, $type, [null, null, null]);
    }

    public function parse_order($order, $market = null) {
        // { order_id, market, market_type, ccy, side, type, amount, price, unfilled_amount, filled_amount,
        // filled_value, client_id, base_fee, quote_fee, discount_fee, maker_fee_rate, taker_fee_rate,
        // last_filled_amount, last_filled_price, created_at, updated_at, status (order-status only) }; a stop
        // order placed answers { stop_id }.
        $market = $this->safe_market($this->safe_string($order, 'market'), $market);
        [$type, $time_in_force, $post_only] = Js::destructure(
            $this->parse_order_type($this->safe_string($order, 'type')),
            3,
        );
        $status = $this->safe_string($order, 'status');
        // Fees are charged in the base currency (base_fee), the quote currency (quote_fee) or CET (discount_fee).
        $fees = [];
        $fee_fields = [
            ['base_fee', Js::get($market, 'base')],
            ['quote_fee', Js::get($market, 'quote')],
            ['discount_fee', 'CET'],
        ];
        for ($i = 0; $i < count($fee_fields); $i++) {
            $cost = $this->safe_string($order, Js::get($fee_fields[$i], 0));
            if (($cost !== null) && !(Precise::string_eq($cost, '0'))) {
                $fees[] = ['cost' => $cost, 'currency' => Js::get($fee_fields[$i], 1)];
            }
        }
        $amount = $this->safe_string($order, 'amount');
        $remaining = $this->safe_string($order, 'unfilled_amount');
        $ccy = $this->safe_string($order, 'ccy');
        if (($type === 'market') && ($ccy !== null) && Js::strictEqual($ccy, Js::get($market, 'quoteId'))) {
            // A market order sized in the quote currency: amount and unfilled_amount are quote amounts.
            $amount = null;
            $remaining = null;
        }
        $price = $this->safe_string($order, 'price');
        if (($price !== null) && Precise::string_eq($price, '0')) {
            $price = null;
        }
        return $this->safe_order(
            [
                'id' => $this->safe_string2($order, 'order_id', 'stop_id'),
                'clientOrderId' => $this->safe_string($order, 'client_id'),
                'symbol' => Js::get($market, 'symbol'),
                'timestamp' => $this->safe_integer($order, 'created_at'),
                'lastUpdateTimestamp' => $this->safe_integer($order, 'updated_at'),
                'status' => $this->safe_string(Js::get($this->options, 'orderStatuses'), $status, $status),
                'type' => $type,
                'timeInForce' => $time_in_force,
                'postOnly' => $post_only,
                'side' => $this->safe_string($order, 'side'),
                'price' => $price,
                'amount' => $amount,
                'remaining' => $remaining,
                'filled' => $this->safe_string($order, 'filled_amount'),
                'cost' => $this->safe_string($order, 'filled_value'),
                'fees' => $fees,
                'info' => $order,
            ],
            $market,
        );
    }

    public function order_type_of($type, $unified) {
        // CoinEx's order type: limit, market, or the limit variants maker_only (postOnly), ioc and fok.
        if ($type === 'market') {
            if (Js::truthy(Js::get($unified, 'postOnly')) || (Js::get($unified, 'timeInForce') !== null)) {
                throw new InvalidOrder(
                    Js::boundedText(
                        Js::toStr(
                            $this->id,
                        ) . ' createOrder () takes postOnly and timeInForce for limit orders only',
                    ),
                );
            }
            return 'market';
        }
        if (!($type === 'limit')) {
            throw new InvalidOrder(
                Js::boundedText(
                    Js::toStr($this->id) . ' createOrder () type must be market or limit, not ' . Js::toStr(
                        $type,
                    ),
                ),
            );
        }
        $tif = Js::get($unified, 'timeInForce');
        if (Js::truthy(Js::get($unified, 'postOnly')) || ($tif === 'PO')) {
            return 'maker_only';
        }
        if ($tif === 'IOC') {
            return 'ioc';
        }
        if ($tif === 'FOK') {
            return 'fok';
        }
        return 'limit';
    }

    public function create_order($symbol, $type, $side, $amount, $price = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST spot/order { market, market_type: 'SPOT', side, type, amount, price, ccy, client_id }; with a
        // trigger, POST spot/stop-order with trigger_price. postOnly and timeInForce pick the order type
        // (maker_only, ioc, fok), clientOrderId is client_id, cost sizes a market buy in the quote currency
        // (ccy = the quote currency); a market order sized in amount says so with ccy = the base currency.
        $this->load_markets();
        $market = $this->market($symbol);
        [$unified, $rest] = Js::destructure($this->unified_order_params($type, $params), 2);
        $this->reject_unified_params('createOrder', $unified, ['reduceOnly']);
        $request = [
            'market' => Js::get($market, 'id'),
            'market_type' => 'SPOT',
            'side' => $side,
            'type' => $this->order_type_of($type, $unified),
        ];
        if (Js::get($unified, 'cost') !== null) {
            if (!($type === 'market') || !($side === 'buy')) {
                throw new InvalidOrder(
                    Js::boundedText(
                        Js::toStr(
                            $this->id,
                        ) . ' createOrder () takes the unified param cost for market buy orders only',
                    ),
                );
            }
            $request['ccy'] = Js::get($market, 'quoteId');
            $request['amount'] = $this->cost_to_precision($symbol, Js::get($unified, 'cost'));
        } else {
            if ($type === 'market') {
                $request['ccy'] = Js::get($market, 'baseId');
            }
            $request['amount'] = $this->amount_to_precision($symbol, $amount);
        }
        if ($type === 'limit') {
            if ($price === null) {
                throw new ArgumentsRequired(
                    Js::boundedText(
                        Js::toStr($this->id) . ' createOrder () requires a price for a limit order',
                    ),
                );
            }
            $request['price'] = $this->price_to_precision($symbol, $price);
        }
        if (Js::get($unified, 'clientOrderId') !== null) {
            $request['client_id'] = Js::get($unified, 'clientOrderId');
        }
        $response = null;
        $trigger = Js::get($unified, 'trigger');
        if ($trigger !== null) {
            // A stop order fires when the last price reaches trigger_price, in either direction.
            $request['trigger_price'] = $this->price_to_precision($symbol, $trigger);
            $response = $this->private_post_spot_stop_order($this->extend($request, $rest));
        } else {
            $response = $this->private_post_spot_order($this->extend($request, $rest));
        }
        $data = $this->safe_dict($response, 'data', []);
        $order = $this->parse_order($data, $market);
        if ($trigger !== null) {
            Js::set($order, 'triggerPrice', $this->parse_number(Js::get($request, 'trigger_price')));
            Js::set($order, 'stopPrice', Js::get($order, 'triggerPrice'));
            Js::set($order, 'type', $type);
            Js::set($order, 'side', $side);
            Js::set($order, 'status', 'open');
        }
        return $order;
    }

    public function create_market_buy_order_with_cost($symbol, $cost, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->create_order(
            $symbol,
            'market',
            'buy',
            null,
            null,
            $this->extend($params, ['cost' => $cost]),
        );
    }

    public function require_market($method, $symbol) {
        if ($symbol === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr($this->id) . ' ' . Js::toStr(
                        $method,
                    ) . ' () requires a symbol argument: CoinEx names orders by market and id',
                ),
            );
        }
        return $this->market($symbol);
    }

    public function edit_order($id, $symbol, $type, $side, $amount = null, $price = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST spot/modify-order { market, market_type, order_id, amount, price } changes the amount and the price
        // of an open limit order and answers the order; its type, side, postOnly and trigger cannot change.
        $this->load_markets();
        $market = $this->require_market('editOrder', $symbol);
        if ($this->safe_bool($params, 'postOnly') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' editOrder () does not support the unified param postOnly: spot/modify-order changes amount and price only',
                ),
            );
        }
        if ($this->safe_value($params, 'triggerPrice') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' editOrder () does not support the unified param triggerPrice: spot/modify-order changes amount and price only',
                ),
            );
        }
        $request = [
            'market' => Js::get($market, 'id'),
            'market_type' => 'SPOT',
            'order_id' => Js::parseInt($id),
        ];
        if ($amount !== null) {
            $request['amount'] = $this->amount_to_precision($symbol, $amount);
        }
        if ($price !== null) {
            $request['price'] = $this->price_to_precision($symbol, $price);
        }
        $response = $this->private_post_spot_modify_order($this->extend($request, $params));
        return $this->parse_order($this->safe_dict($response, 'data', []), $market);
    }

    public function cancel_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST spot/cancel-order { market, market_type, order_id } answers the order as it was canceled.
        $this->load_markets();
        $market = $this->require_market('cancelOrder', $symbol);
        $request = [
            'market' => Js::get($market, 'id'),
            'market_type' => 'SPOT',
            'order_id' => Js::parseInt($id),
        ];
        $response = $this->private_post_spot_cancel_order($this->extend($request, $params));
        $order = $this->parse_order($this->safe_dict($response, 'data', []), $market);
        Js::set($order, 'status', 'canceled');
        return $order;
    }

    public function cancel_all_orders($symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST spot/cancel-all-order { market, market_type } answers data {}: the result is the open orders
        // listed just before, now canceled.
        $this->load_markets();
        $market = $this->require_market('cancelAllOrders', $symbol);
        $orders = $this->fetch_open_orders($symbol);
        $response = $this->private_post_spot_cancel_all_order(
            $this->extend(['market' => Js::get($market, 'id'), 'market_type' => 'SPOT'], $params),
        );
        return $this->canceled_orders($orders, $response);
    }

    public function fetch_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // GET spot/order-status?market&order_id.
        $this->load_markets();
        $market = $this->require_market('fetchOrder', $symbol);
        $response = $this->private_get_spot_order_status(
            $this->extend(['market' => Js::get($market, 'id'), 'order_id' => $id], $params),
        );
        return $this->parse_order($this->safe_dict($response, 'data', []), $market);
    }

    public function fetch_orders_of($method, $symbol, $since, $limit, $params) {
        // spot/pending-order and spot/finished-order take market, market_type, side, page and limit (no time
        // range); an order listed as pending is open, one listed as finished is filled or canceled.
        $this->load_markets();
        $market = null;
        $request = [];
        if ($symbol !== null) {
            $market = $this->market($symbol);
            $request['market'] = Js::get($market, 'id');
        }
        $request = $this->extend($request, ['market_type' => 'SPOT']);
        if ($limit !== null) {
            $request['limit'] = $limit;
        }
        $response = null;
        $data = [];
        $orders = [];
        if ($method === 'fetchOpenOrders') {
            $response = $this->private_get_spot_pending_order($this->extend($request, $params));
            $data = $this->safe_list($response, 'data', []);
            for ($i = 0; $i < count($data); $i++) {
                $orders[] = $this->extend(
                    Js::get($data, $i),
                    ['status' => $this->safe_string(Js::get($data, $i), 'status', 'open')],
                );
            }
        } else {
            if ($this->safe_value($params, 'until') !== null) {
                throw new NotSupported(
                    Js::boundedText(
                        Js::toStr(
                            $this->id,
                        ) . ' fetchClosedOrders () does not support the unified param until: spot/finished-order takes no time range',
                    ),
                );
            }
            $response = $this->private_get_spot_finished_order($this->extend($request, $params));
            $data = $this->safe_list($response, 'data', []);
            for ($i = 0; $i < count($data); $i++) {
                $unfilled = $this->safe_string(Js::get($data, $i), 'unfilled_amount', '0');
                $finished = Precise::string_eq($unfilled, '0') ? 'filled' : 'part_canceled';
                $orders[] = $this->extend(
                    Js::get($data, $i),
                    ['status' => $this->safe_string(Js::get($data, $i), 'status', $finished)],
                );
            }
        }
        return $this->parse_orders($orders, $market, $since, $limit);
    }

    public function fetch_open_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->fetch_orders_of('fetchOpenOrders', $symbol, $since, $limit, $params);
    }

    public function fetch_closed_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->fetch_orders_of('fetchClosedOrders', $symbol, $since, $limit, $params);
    }

    public function fetch_my_trades($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // GET spot/user-deals?market&market_type&start_time&end_time (until)&limit.
        $this->load_markets();
        $market = $this->require_market('fetchMyTrades', $symbol);
        $request = ['market' => Js::get($market, 'id'), 'market_type' => 'SPOT'];
        if ($since !== null) {
            $request['start_time'] = $since;
        }
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            $request['end_time'] = $until;
        }
        if ($limit !== null) {
            $request['limit'] = $limit;
        }
        $response = $this->private_get_spot_user_deals(
            $this->extend($request, $this->omit($params, 'until')),
        );
        return $this->parse_trades($this->safe_list($response, 'data', []), $market, $since, $limit);
    }

    public function fetch_order_trades($id, $symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // GET spot/order-deals?market&market_type&order_id.
        $this->load_markets();
        $market = $this->require_market('fetchOrderTrades', $symbol);
        $request = ['market' => Js::get($market, 'id'), 'market_type' => 'SPOT', 'order_id' => $id];
        if ($limit !== null) {
            $request['limit'] = $limit;
        }
        $response = $this->private_get_spot_order_deals($this->extend($request, $params));
        return $this->parse_trades($this->safe_list($response, 'data', []), $market, $since, $limit);
    }

    // --- funding -------------------------------------------------------------------------------------
    public function parse_transaction($transaction, $currency = null) {
        // Deposits: { deposit_id, created_at, tx_id, ccy, chain, deposit_method, amount, actual_amount, to_address,
        // confirmations, status, tx_explorer_url, to_addr_explorer_url, remark }. Withdrawals: { withdraw_id,
        // created_at, ccy, chain, withdraw_method, memo, amount, fee_ccy, actual_amount, tx_fee, tx_id, to_address,
        // confirmation, explorer_address_url, explorer_tx_url, status, remark }.
        $is_deposit = $this->safe_string($transaction, 'deposit_id') !== null;
        $type = $is_deposit ? 'deposit' : 'withdrawal';
        $code = $this->safe_currency_code($this->safe_string($transaction, 'ccy'), $currency);
        $status = $this->safe_string($transaction, 'status');
        $statuses = $is_deposit ? Js::get($this->options, 'depositStatuses') : Js::get(
            $this->options,
            'withdrawalStatuses',
        );
        // A withdrawal's fee is tx_fee, in fee_ccy (the withdrawn currency when it is missing).
        $fee = null;
        $fee_cost = $this->safe_string2($transaction, 'tx_fee', 'fee');
        if ($fee_cost !== null) {
            $fee_currency_id = $this->safe_string($transaction, 'fee_ccy');
            $fee = [
                'cost' => $fee_cost,
                'currency' => $fee_currency_id === null ? $code : $this->safe_currency_code($fee_currency_id),
            ];
        }
        $chain = $this->safe_string($transaction, 'chain');
        return $this->safe_transaction(
            [
                'id' => $this->safe_string2($transaction, 'deposit_id', 'withdraw_id'),
                'txid' => $this->safe_string($transaction, 'tx_id'),
                'timestamp' => $this->safe_integer($transaction, 'created_at'),
                'network' => $chain === null ? null : $this->network_code($chain),
                'address' => $this->safe_string($transaction, 'to_address'),
                'tag' => $this->safe_string($transaction, 'memo'),
                'type' => $type,
                'amount' => $this->safe_string($transaction, 'amount'),
                'currency' => $code,
                'status' => $this->safe_string($statuses, $status, $status),
                'fee' => $fee,
                'info' => $transaction,
            ],
            $currency,
        );
    }

    public function history_request($method, $code, $limit, $params) {
        // The histories take ccy, status, page and limit; no time range, so until is rejected.
        if ($this->safe_value($params, 'until') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr($this->id) . ' ' . Js::toStr(
                        $method,
                    ) . ' () does not support the unified param until: the history takes no time range',
                ),
            );
        }
        $request = [];
        if ($code !== null) {
            $request['ccy'] = Js::get($this->currency($code), 'id');
        }
        if ($limit !== null) {
            $request['limit'] = $limit;
        }
        return $request;
    }

    public function fetch_deposits($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $currency = $code === null ? null : $this->currency($code);
        $request = $this->history_request('fetchDeposits', $code, $limit, $params);
        $response = $this->private_get_assets_deposit_history($this->extend($request, $params));
        return $this->parse_transactions($this->safe_list($response, 'data', []), $currency, $since, $limit);
    }

    public function fetch_withdrawals($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $currency = $code === null ? null : $this->currency($code);
        $request = $this->history_request('fetchWithdrawals', $code, $limit, $params);
        $response = $this->private_get_assets_withdraw($this->extend($request, $params));
        return $this->parse_transactions($this->safe_list($response, 'data', []), $currency, $since, $limit);
    }

    public function chain_of($method, $currency, $params) {
        // The chain param, from the unified network (translated through options['networks']); CoinEx requires it.
        $network_code = $this->safe_string($params, 'network');
        if ($network_code === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($method) . ' () requires the unified param network (the chain of ') . Js::toStr(
                        Js::get($currency, 'code'),
                    ) . ')',
                ),
            );
        }
        return $this->network_id(Js::upperCase(Js::textReceiver($network_code, 'toUpperCase')), $currency);
    }

    public function fetch_deposit_address($code, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // GET assets/deposit-address?ccy&chain: { address, memo }.
        $this->load_markets();
        $currency = $this->currency($code);
        $chain = $this->chain_of('fetchDepositAddress', $currency, $params);
        $response = $this->private_get_assets_deposit_address(
            $this->extend(
                ['ccy' => Js::get($currency, 'id'), 'chain' => $chain],
                $this->omit($params, 'network'),
            ),
        );
        $data = $this->safe_dict($response, 'data', []);
        return [
            'currency' => Js::get($currency, 'code'),
            'address' => $this->safe_string($data, 'address'),
            'tag' => $this->safe_string($data, 'memo'),
            'network' => $this->network_code($chain),
            'info' => $data,
        ];
    }

    public function create_deposit_address($code, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST assets/renewal-deposit-address { ccy, chain } answers the new { address, memo }.
        $this->load_markets();
        $currency = $this->currency($code);
        $chain = $this->chain_of('createDepositAddress', $currency, $params);
        $response = $this->private_post_assets_renewal_deposit_address(
            $this->extend(
                ['ccy' => Js::get($currency, 'id'), 'chain' => $chain],
                $this->omit($params, 'network'),
            ),
        );
        $data = $this->safe_dict($response, 'data', []);
        return [
            'currency' => Js::get($currency, 'code'),
            'address' => $this->safe_string($data, 'address'),
            'tag' => $this->safe_string($data, 'memo'),
            'network' => $this->network_code($chain),
            'info' => $data,
        ];
    }

    public function transfer($code, $amount, $from_account, $to_account, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST assets/transfer { from_account_type, to_account_type, ccy, amount, market } answers data {}; market
        // (params['symbol']) is required when either side is the margin account of that market.
        $this->load_markets();
        $currency = $this->currency($code);
        $request = [
            'from_account_type' => $this->account_type_id($from_account),
            'to_account_type' => $this->account_type_id($to_account),
            'ccy' => Js::get($currency, 'id'),
            'amount' => $this->currency_to_precision($code, $amount),
        ];
        $symbol = $this->safe_string($params, 'symbol');
        if (
            (Js::get($request, 'from_account_type') === 'MARGIN') || (
                Js::get($request, 'to_account_type') === 'MARGIN'
            )
        ) {
            if ($symbol === null) {
                throw new ArgumentsRequired(
                    Js::boundedText(
                        Js::toStr(
                            $this->id,
                        ) . ' transfer () requires params[\'symbol\'] (the margin market) for a transfer from or to the margin account',
                    ),
                );
            }
            $request['market'] = Js::get($this->market($symbol), 'id');
        }
        $response = $this->private_post_assets_transfer(
            $this->extend($request, $this->omit($params, 'symbol')),
        );
        return $this->safe_transfer(
            [
                'currency' => Js::get($currency, 'code'),
                'amount' => Js::get($request, 'amount'),
                'fromAccount' => $from_account,
                'toAccount' => $to_account,
                'status' => 'ok',
                'info' => $response,
            ],
        );
    }

    public function parse_ledger_entry($item, $currency = null) {
        // { created_at, ccy, type, balance (after the change), change (signed) }.
        $code = $this->safe_currency_code($this->safe_string($item, 'ccy'), $currency);
        $change = $this->safe_string($item, 'change');
        $after = $this->safe_string($item, 'balance');
        $direction = null;
        $amount = null;
        $before = null;
        if ($change !== null) {
            $direction = Precise::string_lt($change, '0') ? 'out' : 'in';
            $amount = Precise::string_abs($change);
            if ($after !== null) {
                $before = Precise::string_sub($after, $change);
            }
        }
        $type = $this->safe_string($item, 'type');
        return $this->safe_ledger_entry(
            [
                'timestamp' => $this->safe_integer($item, 'created_at'),
                'direction' => $direction,
                'account' => 'spot',
                'type' => $this->safe_string(Js::get($this->options, 'ledgerTypeNames'), $type, $type),
                'currency' => $code,
                'amount' => $amount,
                'before' => $before,
                'after' => $after,
                'status' => 'ok',
                'info' => $item,
            ],
            $currency,
        );
    }

    public function fetch_ledger($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // GET assets/spot/transcation-history?ccy&type&start_time&end_time (until)&limit, once per type.
        $this->load_markets();
        $currency = null;
        $request = [];
        if ($code !== null) {
            $currency = $this->currency($code);
            $request['ccy'] = Js::get($currency, 'id');
        }
        if ($since !== null) {
            $request['start_time'] = $since;
        }
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            $request['end_time'] = $until;
        }
        if ($limit !== null) {
            $request['limit'] = $limit;
        }
        $type = $this->safe_string($params, 'type');
        $types = $type === null ? Js::get($this->options, 'ledgerTypes') : [$type];
        $query = $this->omit($params, ['until', 'type']);
        $items = [];
        for ($i = 0; Js::less($i, Js::length($types)); $i++) {
            $request = $this->extend($request, ['type' => Js::get($types, $i)]);
            $response = $this->private_get_assets_spot_transcation_history($this->extend($request, $query));
            $items = $this->array_concat($items, $this->safe_list($response, 'data', []));
        }
        return $this->parse_ledger($items, $currency, $since, $limit);
    }

    public function withdraw($code, $amount, $address, $tag = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST assets/withdraw { ccy, chain, to_address, amount, memo } answers the withdrawal record.
        $this->load_markets();
        $currency = $this->currency($code);
        $chain = $this->chain_of('withdraw', $currency, $params);
        $request = [
            'ccy' => Js::get($currency, 'id'),
            'chain' => $chain,
            'to_address' => $address,
            'amount' => $this->number_to_string($amount),
        ];
        if ($tag !== null) {
            $request['memo'] = $tag;
        }
        $response = $this->private_post_assets_withdraw(
            $this->extend($request, $this->omit($params, 'network')),
        );
        return $this->parse_transaction($this->safe_dict($response, 'data', []), $currency);
    }

    // --- transport -----------------------------------------------------------------------------------
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
        // GET sends its params as the query string, POST as a JSON body.
        $endpoint = Js::boundedText('/' . Js::toStr($this->implode_params($path, $params)));
        $query = $this->omit($params, $this->extract_params($path));
        $is_post = $method === 'POST';
        if (!($is_post) && (count(Js::keys($query)) > 0)) {
            $endpoint .= Js::within(
                $endpoint,
                Js::within($endpoint, '?') . Js::toStr($this->urlencode($query)),
            );
        }
        $url = Js::boundedText(Js::toStr(Js::get($this->urls, 'api')) . $endpoint);
        if ($api === 'public') {
            return ['url' => $url, 'method' => $method, 'body' => $body, 'headers' => $headers];
        }
        // X-COINEX-SIGN: lowercase hex HMAC-SHA256 (secret) of method + request path with its query + body +
        // timestamp (the X-COINEX-TIMESTAMP, in milliseconds).
        $this->check_required_credentials();
        $timestamp = $this->number_to_string($this->milliseconds());
        $payload = '';
        $headers = ['X-COINEX-KEY' => $this->apiKey, 'X-COINEX-TIMESTAMP' => $timestamp];
        if ($is_post) {
            $body = count(Js::keys($query)) > 0 ? $this->json(
                $query,
            ) : '{}'; // (PHP writes an empty dictionary as [])
            $payload = $body;
            Js::set($headers, 'Content-Type', 'application/json');
        }
        // The signed request path starts with the version: /v2/spot/order.
        $auth = Js::boundedText(
            Js::boundedText(Js::toStr($method) . '/') . Js::toStr($this->version) . $endpoint . Js::toStr($payload) . Js::toStr(
                $timestamp,
            ),
        );
        Js::set(
            $headers,
            'X-COINEX-SIGN',
            $this->hmac($this->encode($auth), $this->encode($this->secret), 'sha256'),
        );
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
        // { "code": 3600, "data": {}, "message": "..." }: any code but 0 is an error.
        if (($response === null) || Js::isArray($response) || !(Js::typeof($response) === 'object')) {
            return;
        }
        $code = $this->safe_string($response, 'code');
        if (($code === null) || ($code === '0')) {
            return;
        }
        $feedback = Js::boundedText(
            Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($method) . ' ' . Js::toStr($url) . ' ' . Js::toStr($code) . ' ') . $this->safe_string(
                $response,
                'message',
                '',
            ),
        );
        $this->throw_exactly_matched_exception(Js::get($this->exceptions, 'exact'), $code, $feedback);
        throw new ExchangeError($feedback);
    }
}
