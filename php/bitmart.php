<?php

// Generated from js/bitmart.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class bitmart extends Exchange {
    public function describe() {
        return $this->deep_extend(
            parent::describe(),
            [
                'id' => 'bitmart',
                'name' => 'BitMart',
                'countries' => ['US', 'CN', 'HK', 'KR'],
                'version' => 'v1',
                'rateLimit' => 100,
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
                    'editOrder' => false,
                    'fetchOrder' => true,
                    'fetchOrders' => false,
                    'fetchOpenOrders' => true,
                    'fetchClosedOrders' => true,
                    'fetchMyTrades' => true,
                    'fetchDeposits' => true,
                    'fetchWithdrawals' => true,
                    'fetchTransactions' => false,
                    'fetchLedger' => false,
                    'fetchDepositAddress' => true,
                    'withdraw' => true,
                    'fetchTime' => true,
                    'fetchStatus' => true,
                    'fetchTradingFees' => false,
                    'cancelAllOrders' => true,
                    'fetchOrderTrades' => true,
                    'fetchTradingFee' => true,
                    'fetchDepositAddresses' => false,
                    'createDepositAddress' => false,
                    'fetchDepositWithdrawFees' => false,
                    'transfer' => false,
                    'createMarketBuyOrderWithCost' => true,
                ],
                'urls' => [
                    'logo' => 'https://www.bitmart.com/favicon.ico',
                    'api' => 'https://api-cloud.bitmart.com',
                    'www' => 'https://www.bitmart.com',
                    'doc' => [
                        'https://developer-pro.bitmart.com/en/spot/',
                        'https://github.com/bitmartexchange/bitmart-official-api-docs',
                    ],
                    'fees' => 'https://www.bitmart.com/fee/en',
                ],
                'api' => [
                    'public' => [
                        'get' => [
                            'system/time' => 1,
                            'system/service' => 1,
                            'spot/v1/currencies' => 2.5,
                            'spot/v1/symbols' => 2.5,
                            'spot/v1/symbols/details' => 1.67,
                            'spot/quotation/v3/tickers' => 2,
                            'spot/quotation/v3/ticker' => 1.34,
                            'spot/quotation/v3/lite-klines' => 1.34,
                            'spot/quotation/v3/klines' => 2,
                            'spot/quotation/v3/books' => 1.34,
                            'spot/quotation/v3/trades' => 1.34,
                        ],
                    ],
                    'private' => [
                        'get' => [
                            'account/v1/wallet' => 1.67,
                            'account/v1/currencies' => 1,
                            'spot/v1/wallet' => 1.67,
                            'account/v1/deposit/address' => 1.67,
                            'account/v1/withdraw/charge' => 1.67,
                            'account/v2/deposit-withdraw/history' => 2.5,
                            'account/v1/deposit-withdraw/detail' => 2.5,
                            'spot/v1/trade_fee' => 10,
                            'spot/v1/user_fee' => 10,
                        ],
                        'post' => [
                            'account/v1/withdraw/apply' => 2.5,
                            'spot/v2/submit_order' => 0.5,
                            'spot/v3/cancel_order' => 0.5,
                            'spot/v4/cancel_orders' => 0.5,
                            'spot/v4/cancel_all' => 30,
                            'spot/v4/batch_orders' => 0.5,
                            'spot/v4/query/order' => 0.4,
                            'spot/v4/query/client-order' => 0.4,
                            'spot/v4/query/open-orders' => 1.67,
                            'spot/v4/query/history-orders' => 1.67,
                            'spot/v4/query/trades' => 1.67,
                            'spot/v4/query/order-trades' => 1.67,
                        ],
                    ],
                ],
                'timeframes' => [
                    '1m' => '1',
                    '5m' => '5',
                    '15m' => '15',
                    '30m' => '30',
                    '1h' => '60',
                    '2h' => '120',
                    '4h' => '240',
                    '1d' => '1440',
                    '1w' => '10080',
                    '1M' => '43200',
                ],
                'requiredCredentials' => ['apiKey' => true, 'secret' => true, 'uid' => true],
                'fees' => [
                    'trading' => [
                        'tierBased' => true,
                        'percentage' => true,
                        'taker' => 0.001,
                        'maker' => 0.001,
                    ],
                ],
                'precisionMode' => TICK_SIZE,
                'options' => [
                    'maxCandles' => 200,
                    'networks' => [
                        'ERC20' => 'ERC20',
                        'TRC20' => 'TRC20',
                        'BEP20' => 'BEP20',
                        'SOL' => 'SOL',
                    ],
                    'orderStatuses' => [
                        'new' => 'open',
                        'partially_filled' => 'open',
                        'filled' => 'closed',
                        'canceled' => 'canceled',
                        'partially_canceled' => 'canceled',
                    ],
                    'transactionStatuses' => [
                        '0' => 'pending',
                        '1' => 'pending',
                        '2' => 'pending',
                        '3' => 'ok',
                        '4' => 'canceled',
                        '5' => 'failed',
                    ],
                ],
                'exceptions' => [
                    'exact' => [
                        '30000' => BadRequest::class,
                        '30001' => AuthenticationError::class,
                        '30002' => AuthenticationError::class,
                        '30003' => AccountSuspended::class,
                        '30004' => AuthenticationError::class,
                        '30005' => AuthenticationError::class,
                        '30006' => AuthenticationError::class,
                        '30007' => InvalidNonce::class,
                        '30008' => InvalidNonce::class,
                        '30010' => PermissionDenied::class,
                        '30011' => AuthenticationError::class,
                        '30012' => PermissionDenied::class,
                        '30013' => RateLimitExceeded::class,
                        '30014' => ExchangeNotAvailable::class,
                        '50000' => BadRequest::class,
                        '50001' => BadSymbol::class,
                        '50002' => BadRequest::class,
                        '50004' => BadRequest::class,
                        '50005' => OrderNotFound::class,
                        '50006' => InvalidOrder::class,
                        '50007' => InvalidOrder::class,
                        '50008' => InvalidOrder::class,
                        '51000' => InsufficientFunds::class,
                        '51001' => BadSymbol::class,
                        '51003' => OrderNotFound::class,
                        '51004' => OrderNotFound::class,
                        '51006' => InvalidOrder::class,
                        '51007' => InvalidOrder::class,
                        '51009' => InvalidOrder::class,
                    ],
                    'broad' => [],
                ],
            ],
        );
    }

    // --- markets and currencies ----------------------------------------------------------------------
    public function fetch_markets($params = null) {
        if ($params === null) {
            $params = [];
        }
        // spot/v1/symbols/details: { symbols: [ { symbol, symbol_id, base_currency, quote_currency,
        // quote_increment, base_min_size, price_min_precision, price_max_precision, trade_status,
        // min_buy_amount, min_sell_amount, expiration } ] }. quote_increment is the order size step (the
        // docs: "the minimum order quantity increment") and price_max_precision the decimals of an order
        // price; min_buy_amount is the minimum order value in the quote currency.
        $response = $this->public_get_spot_v1_symbols_details($params);
        $data = $this->safe_dict($response, 'data', []);
        $symbols = $this->safe_list($data, 'symbols', []);
        $result = [];
        for ($i = 0; $i < count($symbols); $i++) {
            $entry = Js::get($symbols, $i);
            $id = $this->safe_string($entry, 'symbol');
            $base_id = $this->safe_string($entry, 'base_currency');
            $quote_id = $this->safe_string($entry, 'quote_currency');
            $base = $this->safe_currency_code($base_id);
            $quote = $this->safe_currency_code($quote_id);
            $result[] = $this->safe_market_structure(
                [
                    'id' => $id,
                    'symbol' => Js::boundedText(Js::toStr($base) . '/' . Js::toStr($quote)),
                    'base' => $base,
                    'quote' => $quote,
                    'baseId' => $base_id,
                    'quoteId' => $quote_id,
                    'active' => $this->safe_string($entry, 'trade_status') === 'trading',
                    'type' => 'spot',
                    'spot' => true,
                    'taker' => Js::get(Js::get($this->fees, 'trading'), 'taker'),
                    'maker' => Js::get(Js::get($this->fees, 'trading'), 'maker'),
                    'precision' => [
                        'amount' => $this->safe_number($entry, 'quote_increment'),
                        'price' => $this->parse_number(
                            $this->parse_precision($this->safe_string($entry, 'price_max_precision')),
                        ),
                    ],
                    'limits' => [
                        'amount' => ['min' => $this->safe_number($entry, 'base_min_size'), 'max' => null],
                        'price' => ['min' => null, 'max' => null],
                        'cost' => ['min' => $this->safe_number($entry, 'min_buy_amount'), 'max' => null],
                    ],
                    'info' => $entry,
                ],
            );
        }
        return $result;
    }

    public function fetch_currencies($params = null) {
        if ($params === null) {
            $params = [];
        }
        // spot/v1/currencies: { currencies: [ { id, name, withdraw_enabled, deposit_enabled } ] }. A currency
        // on another chain is its own id (USDT-TRC20), listed as such.
        $response = $this->public_get_spot_v1_currencies($params);
        $data = $this->safe_dict($response, 'data', []);
        $entries = $this->safe_list($data, 'currencies', []);
        $result = [];
        for ($i = 0; $i < count($entries); $i++) {
            $entry = Js::get($entries, $i);
            $id = $this->safe_string($entry, 'id');
            $code = $this->safe_currency_code($id);
            $deposit = $this->safe_bool($entry, 'deposit_enabled');
            $withdraw = $this->safe_bool($entry, 'withdraw_enabled');
            Js::setKey(
                $result,
                $code,
                [
                    'id' => $id,
                    'code' => $code,
                    'name' => $this->safe_string($entry, 'name'),
                    'active' => Js::truthy($_value1 = $deposit) ? $_value1 : $withdraw,
                    'deposit' => $deposit,
                    'withdraw' => $withdraw,
                    'info' => $entry,
                ],
            );
        }
        return $result;
    }

    // --- market data ---------------------------------------------------------------------------------
    public function parse_ticker($ticker, $market = null) {
        // v3 ticker: { symbol, last, v_24h, qv_24h, open_24h, high_24h, low_24h, fluctuation (the 24 h change
        // as a ratio), bid_px, bid_sz, ask_px, ask_sz, ts }; v3 tickers: the same values as an array in that
        // order.
        if (Js::isArray($ticker)) {
            $ticker = [
                'symbol' => $this->safe_string($ticker, 0),
                'last' => $this->safe_string($ticker, 1),
                'v_24h' => $this->safe_string($ticker, 2),
                'qv_24h' => $this->safe_string($ticker, 3),
                'open_24h' => $this->safe_string($ticker, 4),
                'high_24h' => $this->safe_string($ticker, 5),
                'low_24h' => $this->safe_string($ticker, 6),
                'fluctuation' => $this->safe_string($ticker, 7),
                'bid_px' => $this->safe_string($ticker, 8),
                'bid_sz' => $this->safe_string($ticker, 9),
                'ask_px' => $this->safe_string($ticker, 10),
                'ask_sz' => $this->safe_string($ticker, 11),
                'ts' => $this->safe_string($ticker, 12),
            ];
        }
        $market = $this->safe_market($this->safe_string($ticker, 'symbol'), $market, '_');
        $fluctuation = $this->safe_string($ticker, 'fluctuation');
        return $this->ticker_structure(
            symbol: Js::get($market, 'symbol'),
            timestamp: $this->safe_integer($ticker, 'ts'),
            high: $this->safe_string($ticker, 'high_24h'),
            low: $this->safe_string($ticker, 'low_24h'),
            bid: $this->safe_string($ticker, 'bid_px'),
            bid_volume: $this->safe_string($ticker, 'bid_sz'),
            ask: $this->safe_string($ticker, 'ask_px'),
            ask_volume: $this->safe_string($ticker, 'ask_sz'),
            open: $this->safe_string($ticker, 'open_24h'),
            last: $this->safe_string($ticker, 'last'),
            percentage: $fluctuation === null ? null : Precise::string_mul($fluctuation, '100'),
            base_volume: $this->safe_string($ticker, 'v_24h'),
            quote_volume: $this->safe_string($ticker, 'qv_24h'),
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
        $response = $this->public_get_spot_quotation_v3_ticker(
            $this->extend(['symbol' => Js::get($market, 'id')], $params),
        );
        return $this->parse_ticker($this->safe_dict($response, 'data', []), $market);
    }

    public function fetch_tickers($symbols = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // v3 tickers: every pair; the symbols given are picked from them.
        $this->load_markets();
        $response = $this->public_get_spot_quotation_v3_tickers($params);
        return $this->parse_tickers($this->safe_list($response, 'data', []), $symbols);
    }

    public function fetch_order_book($symbol, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // v3 books?symbol=&limit= (at most 50, 35 by default): { ts, symbol, asks: [ [ price, size ] ], bids }.
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['symbol' => Js::get($market, 'id')];
        if ($limit !== null) {
            $request['limit'] = Js::min($limit, 50);
        }
        $response = $this->public_get_spot_quotation_v3_books($this->extend($request, $params));
        $data = $this->safe_dict($response, 'data', []);
        return $this->parse_order_book($data, Js::get($market, 'symbol'), $this->safe_integer($data, 'ts'));
    }

    public function parse_ohlcv($ohlcv, $market = null) {
        // [ t (open time, seconds), o, h, l, c, v (base), qv (quote) ].
        return [
            $this->safe_integer_product($ohlcv, 0, 1000),
            $this->safe_number($ohlcv, 1),
            $this->safe_number($ohlcv, 2),
            $this->safe_number($ohlcv, 3),
            $this->safe_number($ohlcv, 4),
            $this->safe_number($ohlcv, 5),
        ];
    }

    public function fetch_ohlcv($symbol, $timeframe = null, $since = null, $limit = null, $params = null) {
        if ($timeframe === null) {
            $timeframe = '1m';
        }
        if ($params === null) {
            $params = [];
        }
        // v3 klines: symbol, step (minutes), after (seconds: candles after it), before (seconds: candles before
        // it), limit (at most 200). since becomes after (one second earlier, as after is exclusive); the
        // unified until (inclusive) becomes before, one second later.
        $this->load_markets();
        $market = $this->market($symbol);
        $step = $this->safe_string($this->timeframes, $timeframe);
        if ($step === null) {
            throw new BadRequest(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' fetchOHLCV () does not support the timeframe ' . Js::toStr($timeframe) . ': one of ') . Js::join(
                        Js::keys($this->timeframes),
                        ', ',
                    ),
                ),
            );
        }
        $request = ['symbol' => Js::get($market, 'id'), 'step' => Js::parseInt($step)];
        if ($since !== null) {
            $request['after'] = Js::number(Js::floor(Js::divide($since, 1000)) - 1);
        }
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            $request['before'] = Js::number(Js::floor(Js::divide($until, 1000)) + 1);
        }
        if ($limit !== null) {
            $request['limit'] = Js::min($limit, Js::get($this->options, 'maxCandles'));
        }
        $response = $this->public_get_spot_quotation_v3_klines(
            $this->extend($request, $this->omit($params, 'until')),
        );
        return $this->parse_ohlcvs(
            $this->safe_list($response, 'data', []),
            $market,
            $timeframe,
            $since,
            $limit,
        );
    }

    public function parse_trade($trade, $market = null) {
        // Public (v3 trades): [ symbol, ts, price, size, side ]. The account's (v4 query/trades and
        // order-trades): { tradeId, orderId, clientOrderId, symbol, side, orderMode, type, price, size,
        // notional, fee, feeCoinName, tradeRole, createTime, updateTime }.
        if (Js::isArray($trade)) {
            $market = $this->safe_market($this->safe_string($trade, 0), $market, '_');
            return $this->trade_structure(
                symbol: Js::get($market, 'symbol'),
                timestamp: $this->safe_integer($trade, 1),
                price: $this->safe_string($trade, 2),
                amount: $this->safe_string($trade, 3),
                side: $this->safe_string($trade, 4),
                info: $trade,
                market: $market,
            );
        }
        $market = $this->safe_market($this->safe_string($trade, 'symbol'), $market, '_');
        $fee_cost = $this->safe_string($trade, 'fee');
        $fee = null;
        if ($fee_cost !== null) {
            $fee = [
                'cost' => $fee_cost,
                'currency' => $this->safe_currency_code($this->safe_string($trade, 'feeCoinName')),
            ];
        }
        $type = $this->safe_string($trade, 'type');
        return $this->trade_structure(
            id: $this->safe_string($trade, 'tradeId'),
            order: $this->safe_string($trade, 'orderId'),
            symbol: Js::get($market, 'symbol'),
            timestamp: $this->safe_integer($trade, 'createTime'),
            type: $type === 'market' ? 'market' : 'limit',
            side: $this->safe_string($trade, 'side'),
            taker_or_maker: $this->safe_string($trade, 'tradeRole'),
            price: $this->safe_string($trade, 'price'),
            amount: $this->safe_string($trade, 'size'),
            cost: $this->safe_string($trade, 'notional'),
            fee: $fee,
            info: $trade,
            market: $market,
        );
    }

    public function fetch_trades($symbol, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // v3 trades?symbol=&limit= (at most 50): the latest trades; since filters them.
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['symbol' => Js::get($market, 'id')];
        if ($limit !== null) {
            $request['limit'] = Js::min($limit, 50);
        }
        $response = $this->public_get_spot_quotation_v3_trades($this->extend($request, $params));
        return $this->parse_trades($this->safe_list($response, 'data', []), $market, $since, $limit);
    }

    public function fetch_time($params = null) {
        if ($params === null) {
            $params = [];
        }
        // system/time: { server_time } in ms.
        $response = $this->public_get_system_time($params);
        return $this->safe_integer($this->safe_dict($response, 'data', []), 'server_time');
    }

    public function fetch_status($params = null) {
        if ($params === null) {
            $params = [];
        }
        // system/service: { service: [ { title, service_type (spot, contract, account), status (0 waiting,
        // 1 working, 2 completed), start_time, end_time } ] }: the spot maintenance in progress, if any.
        $response = $this->public_get_system_service($params);
        $data = $this->safe_dict($response, 'data', []);
        $services = $this->safe_list($data, 'service', []);
        $status = 'ok';
        $eta = null;
        for ($i = 0; $i < count($services); $i++) {
            $service = Js::get($services, $i);
            if (
                ($this->safe_string($service, 'service_type') === 'spot') && (
                    $this->safe_string($service, 'status') === '1'
                )
            ) {
                $status = 'maintenance';
                $eta = $this->safe_integer($service, 'end_time');
            }
        }
        return ['status' => $status, 'updated' => null, 'eta' => $eta, 'url' => null, 'info' => $response];
    }

    // --- account -------------------------------------------------------------------------------------
    public function fetch_balance($params = null) {
        if ($params === null) {
            $params = [];
        }
        // spot/v1/wallet: { wallet: [ { id, available, name, frozen (in open orders) } ] }.
        $this->load_markets();
        $response = $this->private_get_spot_v1_wallet($params);
        $data = $this->safe_dict($response, 'data', []);
        $wallet = $this->safe_list($data, 'wallet', []);
        $result = ['info' => $response];
        for ($i = 0; $i < count($wallet); $i++) {
            $entry = Js::get($wallet, $i);
            $code = $this->safe_currency_code($this->safe_string($entry, 'id'));
            $account = $this->account();
            Js::set($account, 'free', $this->safe_string($entry, 'available'));
            Js::set($account, 'used', $this->safe_string($entry, 'frozen'));
            Js::setKey($result, $code, $account);
        }
        return $this->safe_balance($result);
    }

    public function fetch_trading_fee($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // spot/v1/trade_fee?symbol=: { symbol, buy_taker_fee_rate, sell_taker_fee_rate, buy_maker_fee_rate,
        // sell_maker_fee_rate }. The buy rates are reported; the sell rates are in info.
        $this->load_markets();
        $market = $this->market($symbol);
        $response = $this->private_get_spot_v1_trade_fee(
            $this->extend(['symbol' => Js::get($market, 'id')], $params),
        );
        $data = $this->safe_dict($response, 'data', []);
        return [
            'symbol' => Js::get($market, 'symbol'),
            'maker' => $this->safe_number($data, 'buy_maker_fee_rate'),
            'taker' => $this->safe_number($data, 'buy_taker_fee_rate'),
            'info' => $data,
        ];
    }

    // --- orders --------------------------------------------------------------------------------------
    public function parse_order($order, $market = null) {
        // v4 queries: { orderId, clientOrderId ('' when none), symbol, side, orderMode, type (limit, market,
        // limit_maker, ioc), state (new, partially_filled, filled, canceled, partially_canceled),
        // cancelSource, price, priceAvg, size, filledSize, notional, filledNotional, createTime,
        // updateTime }. A market buy is sized by notional (its size is 0).
        $market = $this->safe_market($this->safe_string($order, 'symbol'), $market, '_');
        $type = $this->safe_string($order, 'type');
        $time_in_force = null;
        if ($type === 'ioc') {
            $time_in_force = 'IOC';
        } elseif ($type === 'limit_maker') {
            $time_in_force = 'PO';
        } elseif ($type === 'limit') {
            $time_in_force = 'GTC';
        }
        $is_market = $type === 'market';
        $state = $this->safe_string($order, 'state');
        $amount = $this->safe_string($order, 'size');
        if (($amount !== null) && Precise::string_eq($amount, '0')) {
            $amount = null;
        }
        $average = $this->safe_string($order, 'priceAvg');
        $client_order_id = $this->safe_string($order, 'clientOrderId');
        return $this->safe_order(
            [
                'id' => $this->safe_string($order, 'orderId'),
                'clientOrderId' => $client_order_id === '' ? null : $client_order_id,
                'symbol' => Js::get($market, 'symbol'),
                'timestamp' => $this->safe_integer($order, 'createTime'),
                'lastUpdateTimestamp' => $this->safe_integer($order, 'updateTime'),
                'status' => $this->safe_string(Js::get($this->options, 'orderStatuses'), $state, $state),
                'type' => $is_market ? 'market' : 'limit',
                'timeInForce' => $time_in_force,
                'postOnly' => $type === null ? null : ($type === 'limit_maker'),
                'side' => $this->safe_string($order, 'side'),
                'price' => $is_market ? null : $this->safe_string($order, 'price'),
                'average' => (($average === null) || Precise::string_eq($average, '0')) ? null : $average,
                'amount' => $amount,
                'filled' => $this->safe_string($order, 'filledSize'),
                'cost' => $this->safe_string($order, 'filledNotional'),
                'info' => $order,
            ],
            $market,
        );
    }

    public function create_order($symbol, $type, $side, $amount, $price = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST spot/v2/submit_order { symbol, side, type, size, price, notional, client_order_id }: the order
        // id only. type limit (GTC), limit_maker (postOnly), ioc (a limit order with IOC) or market; a market
        // buy is sized by notional (the unified param cost), a market sell by size. No FOK, stop or
        // reduce-only orders on spot.
        $this->load_markets();
        $market = $this->market($symbol);
        [$unified, $rest] = Js::destructure($this->unified_order_params($type, $params), 2);
        $this->reject_unified_params(
            'createOrder',
            $unified,
            ['reduceOnly', 'triggerPrice', 'stopLossPrice', 'takeProfitPrice'],
        );
        if (Js::get($unified, 'timeInForce') === 'FOK') {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' createOrder () does not support the timeInForce FOK: spot orders are GTC, IOC or post-only (limit_maker)',
                ),
            );
        }
        $sized_by_cost = ($type === 'market') && ($side === 'buy');
        if (!($sized_by_cost) && ($amount === null)) {
            throw new ArgumentsRequired(
                Js::boundedText(Js::toStr($this->id) . ' createOrder () requires an amount'),
            );
        }
        $request = ['symbol' => Js::get($market, 'id'), 'side' => $side];
        if ($type === 'limit') {
            if ($price === null) {
                throw new ArgumentsRequired(
                    Js::boundedText(
                        Js::toStr($this->id) . ' createOrder () requires a price for a limit order',
                    ),
                );
            }
            if (Js::get($unified, 'cost') !== null) {
                throw new InvalidOrder(
                    Js::boundedText(
                        Js::toStr(
                            $this->id,
                        ) . ' createOrder () cost sizes market buys only: a limit order is sized by amount',
                    ),
                );
            }
            if (Js::truthy(Js::get($unified, 'postOnly'))) {
                $request['type'] = 'limit_maker';
            } elseif (Js::get($unified, 'timeInForce') === 'IOC') {
                $request['type'] = 'ioc';
            } else {
                $request['type'] = 'limit';
            }
            $request['size'] = $this->amount_to_precision($symbol, $amount);
            $request['price'] = $this->price_to_precision($symbol, $price);
        } elseif ($type === 'market') {
            if (Js::get($unified, 'timeInForce') === 'IOC') {
                throw new InvalidOrder(
                    Js::boundedText(
                        Js::toStr(
                            $this->id,
                        ) . ' createOrder () timeInForce IOC is a limit order (type ioc) on BitMart: give a price',
                    ),
                );
            }
            $request['type'] = 'market';
            if ($side === 'buy') {
                if (Js::get($unified, 'cost') === null) {
                    throw new ArgumentsRequired(
                        Js::boundedText(
                            Js::toStr(
                                $this->id,
                            ) . ' createOrder () a market buy is sized by its value: pass the unified param cost (createMarketBuyOrderWithCost)',
                        ),
                    );
                }
                $request['notional'] = $this->cost_to_precision($symbol, Js::get($unified, 'cost'));
            } else {
                if (Js::get($unified, 'cost') !== null) {
                    throw new InvalidOrder(
                        Js::boundedText(
                            Js::toStr(
                                $this->id,
                            ) . ' createOrder () cost sizes market buys only: a market sell is sized by amount',
                        ),
                    );
                }
                $request['size'] = $this->amount_to_precision($symbol, $amount);
            }
        } else {
            throw new InvalidOrder(
                Js::boundedText(
                    Js::toStr($this->id) . ' createOrder () type must be limit or market, not ' . Js::toStr(
                        $type,
                    ),
                ),
            );
        }
        if (Js::get($unified, 'clientOrderId') !== null) {
            $request['client_order_id'] = Js::get($unified, 'clientOrderId');
        }
        $response = $this->private_post_spot_v2_submit_order($this->extend($request, $rest));
        $data = $this->safe_dict($response, 'data', []);
        return $this->safe_order(
            [
                'id' => $this->safe_string($data, 'order_id'),
                'clientOrderId' => Js::get($unified, 'clientOrderId'),
                'symbol' => Js::get($market, 'symbol'),
                'type' => $type,
                'side' => $side,
                'info' => $data,
            ],
            $market,
        );
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

    public function cancel_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST spot/v3/cancel_order { symbol, order_id }: { result: true } when the cancel is accepted. (The
        // endpoint also cancels by client_order_id, but its answer names no order id, which the unified order
        // must have.)
        if ($symbol === null) {
            throw new ArgumentsRequired(
                Js::boundedText(Js::toStr($this->id) . ' cancelOrder () requires a symbol'),
            );
        }
        $this->load_markets();
        $market = $this->market($symbol);
        $response = $this->private_post_spot_v3_cancel_order(
            $this->extend(['symbol' => Js::get($market, 'id'), 'order_id' => $id], $params),
        );
        $data = $this->safe_dict($response, 'data', []);
        if ($this->safe_bool($data, 'result') === false) {
            throw new InvalidOrder(
                Js::boundedText(
                    Js::toStr($this->id) . ' cancelOrder () the cancel of ' . Js::toStr(
                        $id,
                    ) . ' was not accepted',
                ),
            );
        }
        return $this->safe_order(
            ['id' => $id, 'symbol' => Js::get($market, 'symbol'), 'info' => $data],
            $market,
        );
    }

    public function cancel_all_orders($symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST spot/v4/cancel_all { symbol, side }: an empty answer; the orders canceled are those listed open
        // just before (one that fills in between is reported canceled).
        $this->load_markets();
        $open = $this->fetch_open_orders($symbol);
        $request = [];
        if ($symbol !== null) {
            $request['symbol'] = $this->market_id($symbol);
        }
        $response = $this->private_post_spot_v4_cancel_all($this->extend($request, $params));
        return $this->canceled_orders($open, $response);
    }

    public function fetch_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST spot/v4/query/order { orderId } or query/client-order { clientOrderId } (the param
        // clientOrderId).
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $client_order_id = $this->safe_string($params, 'clientOrderId');
        $response = null;
        if ($client_order_id !== null) {
            $response = $this->private_post_spot_v4_query_client_order(
                $this->extend(['clientOrderId' => $client_order_id], $this->omit($params, 'clientOrderId')),
            );
        } else {
            $response = $this->private_post_spot_v4_query_order($this->extend(['orderId' => $id], $params));
        }
        return $this->parse_order($this->safe_dict($response, 'data', []), $market);
    }

    public function list_request($symbol, $since, $limit, $params) {
        // The v4 lists: symbol, orderMode spot, startTime, endTime (the unified until), limit (1 to 200).
        $request = ['orderMode' => 'spot'];
        if ($symbol !== null) {
            $request['symbol'] = $this->market_id($symbol);
        }
        if ($since !== null) {
            $request['startTime'] = $since;
        }
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            $request['endTime'] = $until;
        }
        if ($limit !== null) {
            $request['limit'] = Js::min($limit, 200);
        }
        return $this->extend($request, $this->omit($params, 'until'));
    }

    public function fetch_open_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST spot/v4/query/open-orders.
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $response = $this->private_post_spot_v4_query_open_orders(
            $this->list_request($symbol, $since, $limit, $params),
        );
        return $this->parse_orders($this->safe_list($response, 'data', []), $market, $since, $limit);
    }

    public function fetch_closed_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST spot/v4/query/history-orders: filled and canceled orders.
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $response = $this->private_post_spot_v4_query_history_orders(
            $this->list_request($symbol, $since, $limit, $params),
        );
        return $this->parse_orders($this->safe_list($response, 'data', []), $market, $since, $limit);
    }

    public function fetch_my_trades($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST spot/v4/query/trades.
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $response = $this->private_post_spot_v4_query_trades(
            $this->list_request($symbol, $since, $limit, $params),
        );
        return $this->parse_trades($this->safe_list($response, 'data', []), $market, $since, $limit);
    }

    public function fetch_order_trades($id, $symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST spot/v4/query/order-trades { orderId }.
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $response = $this->private_post_spot_v4_query_order_trades(
            $this->extend(['orderId' => $id], $params),
        );
        return $this->parse_trades($this->safe_list($response, 'data', []), $market, $since, $limit);
    }

    // --- funding -------------------------------------------------------------------------------------
    public function currency_id_on_network($currency, $params) {
        // A currency on a chain other than its default one is the id with the chain's suffix (USDT-TRC20).
        $network_code = $this->safe_string($params, 'network');
        if ($network_code === null) {
            return Js::get($currency, 'id');
        }
        return Js::boundedText(
            Js::boundedText(Js::toStr(Js::get($currency, 'id')) . '-') . Js::toStr(
                $this->network_id($network_code, $currency),
            ),
        );
    }

    public function code_and_network($currency_id) {
        // USDT-TRC20 -> [ USDT, TRC20 ]; BTC -> [ BTC, undefined ].
        if (($currency_id === null) || (Js::indexOf($currency_id, '-') < 0)) {
            return [$this->safe_currency_code($currency_id), null];
        }
        $parts = Js::split($currency_id, '-');
        return [$this->safe_currency_code(Js::get($parts, 0)), $this->network_code(Js::get($parts, 1))];
    }

    public function fetch_deposit_address($code, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // account/v1/deposit/address?currency=: { currency, chain, address, address_memo ('' without) }.
        $this->load_markets();
        $currency = $this->currency($code);
        $request = ['currency' => $this->currency_id_on_network($currency, $params)];
        $response = $this->private_get_account_v1_deposit_address(
            $this->extend($request, $this->omit($params, 'network')),
        );
        $data = $this->safe_dict($response, 'data', []);
        [$parsed_code, $network] = Js::destructure(
            $this->code_and_network($this->safe_string($data, 'currency')),
            2,
        );
        $memo = $this->safe_string($data, 'address_memo');
        return [
            'currency' => $parsed_code === null ? $code : $parsed_code,
            'address' => $this->safe_string($data, 'address'),
            'tag' => $memo === '' ? null : $memo,
            'network' => $network,
            'info' => $data,
        ];
    }

    public function withdraw($code, $amount, $address, $tag = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST account/v1/withdraw/apply { currency, amount, destination: 'To Digital Address', address,
        // address_memo }: { withdraw_id }. The address must be in the account's address book.
        $this->load_markets();
        $currency = $this->currency($code);
        $request = [
            'currency' => $this->currency_id_on_network($currency, $params),
            'amount' => $this->number_to_string($amount),
            'destination' => 'To Digital Address',
            'address' => $address,
        ];
        if ($tag !== null) {
            $request['address_memo'] = $tag;
        }
        $response = $this->private_post_account_v1_withdraw_apply(
            $this->extend($request, $this->omit($params, 'network')),
        );
        $data = $this->safe_dict($response, 'data', []);
        return $this->safe_transaction(
            [
                'id' => $this->safe_string($data, 'withdraw_id'),
                'type' => 'withdrawal',
                'currency' => $code,
                'network' => $this->safe_string($params, 'network'),
                'amount' => $this->number_to_string($amount),
                'address' => $address,
                'tag' => $tag,
                'status' => 'pending',
                'info' => $data,
            ],
            $currency,
        );
    }

    public function parse_transaction($transaction, $currency = null) {
        // { withdraw_id, deposit_id, operation_type (deposit or withdraw), currency (USDT-TRC20 on a chain),
        // apply_time (ms), arrival_amount, fee, status (0-5), address, address_memo, tx_id ('' before it is
        // on chain) }.
        [$code, $network] = Js::destructure(
            $this->code_and_network($this->safe_string($transaction, 'currency')),
            2,
        );
        $type = $this->safe_string($transaction, 'operation_type') === 'deposit' ? 'deposit' : 'withdrawal';
        $id = $type === 'deposit' ? $this->safe_string($transaction, 'deposit_id') : $this->safe_string(
            $transaction,
            'withdraw_id',
        );
        $txid = $this->safe_string($transaction, 'tx_id');
        $memo = $this->safe_string($transaction, 'address_memo');
        $fee_cost = $this->safe_string($transaction, 'fee');
        return $this->safe_transaction(
            [
                'id' => $id,
                'txid' => $txid === '' ? null : $txid,
                'timestamp' => $this->safe_integer($transaction, 'apply_time'),
                'network' => $network,
                'address' => $this->safe_string($transaction, 'address'),
                'tag' => $memo === '' ? null : $memo,
                'type' => $type,
                'amount' => $this->safe_string($transaction, 'arrival_amount'),
                'currency' => $code,
                'status' => $this->safe_string(
                    Js::get($this->options, 'transactionStatuses'),
                    $this->safe_string($transaction, 'status'),
                ),
                'fee' => $fee_cost === null ? null : ['cost' => $fee_cost, 'currency' => $code],
                'info' => $transaction,
            ],
            $currency,
        );
    }

    public function fetch_transfers($type, $code, $since, $limit, $params) {
        // account/v2/deposit-withdraw/history: operation_type (deposit or withdraw), currency, startTime,
        // endTime (the unified until), N (how many, 1 to 1000); newest first.
        $this->load_markets();
        $request = ['operation_type' => $type, 'N' => $limit === null ? 100 : Js::min($limit, 1000)];
        $currency = null;
        if ($code !== null) {
            $currency = $this->currency($code);
            $request['currency'] = Js::get($currency, 'id');
        }
        if ($since !== null) {
            $request['startTime'] = $since;
        }
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            $request['endTime'] = $until;
        }
        $response = $this->private_get_account_v2_deposit_withdraw_history(
            $this->extend($request, $this->omit($params, 'until')),
        );
        $data = $this->safe_dict($response, 'data', []);
        return $this->parse_transactions($this->safe_list($data, 'records', []), $currency, $since, $limit);
    }

    public function fetch_deposits($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->fetch_transfers('deposit', $code, $since, $limit, $params);
    }

    public function fetch_withdrawals($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->fetch_transfers('withdraw', $code, $since, $limit, $params);
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
        // GET sends the params as the query string, POST as a JSON body. Private requests carry X-BM-KEY,
        // X-BM-TIMESTAMP (ms) and X-BM-SIGN: hex HMAC-SHA256 with the secret of timestamp + '#' + memo + '#' +
        // the query string (GET) or the body (POST).
        $url = Js::boundedText(
            Js::boundedText(Js::toStr(Js::get($this->urls, 'api')) . '/') . Js::toStr(
                $this->implode_params($path, $params),
            ),
        );
        $query = $this->omit($params, $this->extract_params($path));
        $has_params = count(Js::keys($query)) > 0;
        $is_post = $method === 'POST';
        $payload = '';
        if ($is_post) {
            $body = $has_params ? $this->json($query) : '{}'; // (PHP writes an empty dictionary as [])
            $payload = $body;
        } elseif ($has_params) {
            $payload = $this->urlencode($query);
            $url .= Js::within($url, '?' . Js::toStr($payload));
        }
        if ($api === 'public') {
            return ['url' => $url, 'method' => $method, 'body' => $body, 'headers' => $headers];
        }
        $this->check_required_credentials();
        $timestamp = $this->number_to_string($this->milliseconds());
        $signature = $this->hmac(
            $this->encode(
                Js::boundedText(
                    Js::boundedText(Js::toStr($timestamp) . '#') . Js::toStr($this->uid) . '#' . Js::toStr(
                        $payload,
                    ),
                ),
            ),
            $this->encode($this->secret),
            'sha256',
            'hex',
        );
        $headers = ['X-BM-KEY' => $this->apiKey, 'X-BM-TIMESTAMP' => $timestamp, 'X-BM-SIGN' => $signature];
        if ($is_post) {
            Js::set($headers, 'Content-Type', 'application/json');
        }
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
        // { code, message, trace, data }: code 1000 is success; another code picks the class, else the HTTP
        // status does.
        if (($response === null) || Js::isArray($response) || !(Js::typeof($response) === 'object')) {
            return;
        }
        $code = $this->safe_string($response, 'code');
        if (($code === null) || ($code === '1000')) {
            return;
        }
        $message = $this->safe_string($response, 'message', '');
        $feedback = Js::boundedText(
            Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($method) . ' ' . Js::toStr($url) . ' ') . Js::toStr($this->string_of($status, '')) . ' ' . Js::toStr(
                $code,
            ) . ' ' . $message,
        );
        $this->throw_exactly_matched_exception(Js::get($this->exceptions, 'exact'), $code, $feedback);
        $this->throw_broadly_matched_exception(Js::get($this->exceptions, 'broad'), $message, $feedback);
        throw new ExchangeError($feedback);
    }
}
