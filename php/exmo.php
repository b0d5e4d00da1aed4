<?php

// Generated from js/exmo.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class exmo extends Exchange {
    public function describe() {
        return $this->deep_extend(
            parent::describe(),
            [
                'id' => 'exmo',
                'name' => 'EXMO',
                'countries' => [],
                'version' => 'v1.1',
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
                    'fetchOrder' => false,
                    'fetchOrders' => false,
                    'fetchOpenOrders' => true,
                    'fetchClosedOrders' => false,
                    'fetchMyTrades' => true,
                    'fetchDeposits' => true,
                    'fetchWithdrawals' => true,
                    'fetchTransactions' => false,
                    'fetchLedger' => false,
                    'fetchDepositAddress' => true,
                    'withdraw' => true,
                    'fetchTime' => false,
                    'fetchStatus' => false,
                    'fetchTradingFees' => false,
                    'cancelAllOrders' => false,
                    'fetchOrderTrades' => true,
                    'fetchTradingFee' => false,
                    'fetchDepositAddresses' => false,
                    'createDepositAddress' => false,
                    'fetchDepositWithdrawFees' => false,
                    'transfer' => false,
                    'createMarketBuyOrderWithCost' => true,
                    'fetchPositions' => false,
                    'fetchPosition' => false,
                    'fetchFundingRate' => false,
                    'fetchFundingRates' => false,
                    'fetchFundingRateHistory' => false,
                    'fetchOpenInterest' => false,
                    'setLeverage' => false,
                    'setMarginMode' => false,
                    'fetchLeverage' => false,
                    'fetchMarkOHLCV' => false,
                    'fetchIndexOHLCV' => false,
                ],
                'timeframes' => [
                    '1m' => '1',
                    '5m' => '5',
                    '15m' => '15',
                    '30m' => '30',
                    '45m' => '45',
                    '1h' => '60',
                    '2h' => '120',
                    '3h' => '180',
                    '4h' => '240',
                    '1d' => 'D',
                    '1w' => 'W',
                    '1M' => 'M',
                ],
                'urls' => [
                    'api' => [
                        'public' => 'https://api.exmo.com/v1.1',
                        'private' => 'https://api.exmo.com/v1.1',
                    ],
                    'www' => 'https://exmo.me',
                    'doc' => 'https://exmo.me/en/api_doc?ref=131685',
                    'fees' => 'https://exmo.me/en/docs/fees',
                ],
                'api' => [
                    'public' => [
                        'get' => [
                            'currency',
                            'currency/list/extended',
                            'pair_settings',
                            'ticker',
                            'order_book',
                            'trades',
                            'candles_history',
                        ],
                    ],
                    'private' => [
                        'post' => [
                            'user_info',
                            'order_create',
                            'stop_market_order_create',
                            'order_cancel',
                            'stop_market_order_cancel',
                            'user_open_orders',
                            'user_trades',
                            'order_trades',
                            'deposit_address',
                            'withdraw_crypt',
                            'wallet/operations',
                        ],
                    ],
                ],
                'fees' => ['trading' => ['tierBased' => true, 'percentage' => true]],
                'requiredCredentials' => ['apiKey' => true, 'secret' => true],
                'precisionMode' => TICK_SIZE,
                'options' => [
                    'timeframeSeconds' => [
                        '1m' => 60,
                        '5m' => 300,
                        '15m' => 900,
                        '30m' => 1800,
                        '45m' => 2700,
                        '1h' => 3600,
                        '2h' => 7200,
                        '3h' => 10800,
                        '4h' => 14400,
                        '1d' => 86400,
                        '1w' => 604800,
                        '1M' => 2592000,
                    ],
                    'ohlcvCount' => 1000,
                    'maxTradesLimit' => 10000,
                    'maxOperationsLimit' => 100,
                    'transactionStatuses' => [
                        'Paid' => 'ok',
                        'Pending' => 'pending',
                        'Processing' => 'pending',
                        'Transferred' => 'pending',
                        'Cancelled' => 'canceled',
                        'Canceled' => 'canceled',
                        'Error' => 'failed',
                        'Failed' => 'failed',
                    ],
                ],
                'exceptions' => [
                    'exact' => [
                        '40005' => AuthenticationError::class,
                        '40009' => InvalidNonce::class,
                        '40015' => BadRequest::class,
                        '40016' => OnMaintenance::class,
                        '40017' => AuthenticationError::class,
                        '40032' => PermissionDenied::class,
                        '40034' => RateLimitExceeded::class,
                        '50052' => InsufficientFunds::class,
                        '50054' => InsufficientFunds::class,
                        '50173' => OrderNotFound::class,
                        '50304' => OrderNotFound::class,
                        '50277' => InvalidOrder::class,
                        '50319' => InvalidOrder::class,
                        '50321' => InvalidOrder::class,
                    ],
                    'broad' => [
                        'Insufficient funds' => InsufficientFunds::class,
                        'was not found' => OrderNotFound::class,
                        'Authorization error' => AuthenticationError::class,
                        'rate limit' => RateLimitExceeded::class,
                        'Maintenance' => OnMaintenance::class,
                    ],
                ],
            ],
        );
    }

    // --- markets -------------------------------------------------------------------------------------
    public function fetch_currencies($params = null) {
        if ($params === null) {
            $params = [];
        }
        // currency/list/extended: [ { name (the currency's id), description } ].
        $response = $this->public_get_currency_list_extended($params);
        if (!(Js::isArray($response))) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent a currency list that is no list: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        $result = [];
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            $entry = Js::get($response, $i);
            $id = $this->safe_string($entry, 'name');
            if ($id === null) {
                continue;
            }
            $code = $this->safe_currency_code($id);
            Js::setKey(
                $result,
                $code,
                [
                    'id' => $id,
                    'code' => $code,
                    'name' => $this->safe_string($entry, 'description'),
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
        // pair_settings: { "BTC_USD": { min_quantity, max_quantity, min_price, max_price, min_amount, max_amount
        // (the cost of an order, in the quote currency), price_precision (decimal places), commission_taker_percent,
        // commission_maker_percent } }. The docs state no step of the quantity.
        $response = $this->public_get_pair_settings($params);
        $ids = Js::keys($response);
        $result = [];
        for ($i = 0; $i < count($ids); $i++) {
            $id = $ids[$i];
            $entry = $this->safe_dict($response, $id);
            $parts = Js::split($id, '_');
            if (($entry === null) || !(count($parts) == 2)) {
                continue;
            }
            $base_id = Js::get($parts, 0);
            $quote_id = Js::get($parts, 1);
            $base = $this->safe_currency_code($base_id);
            $quote = $this->safe_currency_code($quote_id);
            $taker = $this->safe_string($entry, 'commission_taker_percent');
            $maker = $this->safe_string($entry, 'commission_maker_percent');
            $result[] = $this->safe_market_structure(
                [
                    'id' => $id,
                    'symbol' => Js::boundedText(Js::toStr($base) . '/' . Js::toStr($quote)),
                    'base' => $base,
                    'quote' => $quote,
                    'baseId' => $base_id,
                    'quoteId' => $quote_id,
                    'type' => 'spot',
                    'spot' => true,
                    'active' => true,
                    'taker' => $taker === null ? null : $this->parse_number(
                        Precise::string_div($taker, '100'),
                    ),
                    'maker' => $maker === null ? null : $this->parse_number(
                        Precise::string_div($maker, '100'),
                    ),
                    'precision' => [
                        'price' => $this->parse_number(
                            $this->parse_precision($this->safe_string($entry, 'price_precision')),
                        ),
                    ],
                    'limits' => [
                        'amount' => [
                            'min' => $this->safe_number($entry, 'min_quantity'),
                            'max' => $this->safe_number($entry, 'max_quantity'),
                        ],
                        'price' => [
                            'min' => $this->safe_number($entry, 'min_price'),
                            'max' => $this->safe_number($entry, 'max_price'),
                        ],
                        'cost' => [
                            'min' => $this->safe_number($entry, 'min_amount'),
                            'max' => $this->safe_number($entry, 'max_amount'),
                        ],
                    ],
                    'info' => $entry,
                ],
            );
        }
        return $result;
    }

    public function entry_of($response, $market) {
        // The public methods answer { "<pair>": ... }: the entry of the market asked for.
        $entry = $this->safe_value($response, Js::get($market, 'id'));
        if ($entry === null) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent an answer without the pair ') . Js::toStr(
                        Js::get($market, 'id'),
                    ),
                ),
            );
        }
        return $entry;
    }

    // --- market data ---------------------------------------------------------------------------------
    public function parse_ticker($ticker, $market = null) {
        // ticker: { buy_price (the best bid), sell_price (the best ask), last_trade, high, low, avg (the average
        // deal price of 24 hours), vol (in the base currency), vol_curr (in the quote currency), updated (unix
        // seconds) }.
        return $this->ticker_structure(
            symbol: $this->safe_symbol(null, $market),
            timestamp: $this->safe_timestamp($ticker, 'updated'),
            high: $this->safe_string($ticker, 'high'),
            low: $this->safe_string($ticker, 'low'),
            bid: $this->safe_string($ticker, 'buy_price'),
            ask: $this->safe_string($ticker, 'sell_price'),
            last: $this->safe_string($ticker, 'last_trade'),
            base_volume: $this->safe_string($ticker, 'vol'),
            quote_volume: $this->safe_string($ticker, 'vol_curr'),
            info: $ticker,
            market: $market,
        );
    }

    public function fetch_tickers($symbols = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // ticker: every pair at once, { "<pair>": { ... } }.
        $this->load_markets();
        $response = $this->public_get_ticker($params);
        $ids = Js::keys($response);
        $result = [];
        for ($i = 0; $i < count($ids); $i++) {
            $id = $ids[$i];
            $market = $this->safe_market($id, null, '_');
            $ticker = $this->parse_ticker($this->safe_dict($response, $id, []), $market);
            Js::setKey($result, Js::get($ticker, 'symbol'), $ticker);
        }
        if ($symbols === null) {
            return $result;
        }
        $chosen = [];
        for ($i = 0; Js::less($i, Js::length($symbols)); $i++) {
            $symbol = $this->symbol(Js::get($symbols, $i));
            $ticker = $this->safe_dict($result, $symbol);
            if ($ticker !== null) {
                Js::setKey($chosen, $symbol, $ticker);
            }
        }
        return $chosen;
    }

    public function fetch_ticker($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // ticker answers every pair; the one asked for is picked out.
        $this->load_markets();
        $market = $this->market($symbol);
        $response = $this->public_get_ticker($params);
        return $this->parse_ticker($this->entry_of($response, $market), $market);
    }

    public function fetch_order_book($symbol, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // order_book?pair&limit (100 by default, at most 1000): { "<pair>": { ask_quantity, ask_amount, ask_top,
        // bid_quantity, bid_amount, bid_top, ask: [ [ price, quantity, amount ] ], bid: [ ... ] } }.
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['pair' => Js::get($market, 'id')];
        if ($limit !== null) {
            $request['limit'] = Js::min($limit, 1000);
        }
        $response = $this->public_get_order_book($this->extend($request, $params));
        $entry = $this->entry_of($response, $market);
        return $this->parse_order_book($entry, Js::get($market, 'symbol'), null, 'bid', 'ask');
    }

    public function parse_trade($trade, $market = null) {
        // Public (trades): { trade_id, type (buy, sell), price, quantity, amount (the cost, in the quote currency),
        // date (unix seconds) }. The account's (user_trades, order_trades) add order_id, client_id, pair, exec_type
        // (maker, taker), commission_amount, commission_currency and commission_percent.
        $market_id = $this->safe_string($trade, 'pair');
        $market = $this->safe_market($market_id, $market, '_');
        $fee_cost = $this->safe_string($trade, 'commission_amount');
        $fee = null;
        if ($fee_cost !== null) {
            $fee = [
                'cost' => $fee_cost,
                'currency' => $this->safe_currency_code($this->safe_string($trade, 'commission_currency')),
                'rate' => Precise::string_div($this->safe_string($trade, 'commission_percent'), '100'),
            ];
        }
        $client_id = $this->safe_string($trade, 'client_id');
        return $this->trade_structure(
            id: $this->safe_string($trade, 'trade_id'),
            order: $this->safe_string($trade, 'order_id'),
            timestamp: $this->safe_timestamp($trade, 'date'),
            symbol: Js::get($market, 'symbol'),
            side: $this->safe_string($trade, 'type'),
            taker_or_maker: $this->safe_string($trade, 'exec_type'),
            price: $this->safe_string($trade, 'price'),
            amount: $this->safe_string($trade, 'quantity'),
            cost: $this->safe_string($trade, 'amount'),
            fee: $fee,
            info: $trade,
            market: $market,
        );
    }

    public function fetch_trades($symbol, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // trades?pair: { "<pair>": [ trades, the newest first ] }; the method takes no since or limit.
        $this->load_markets();
        $market = $this->market($symbol);
        $response = $this->public_get_trades($this->extend(['pair' => Js::get($market, 'id')], $params));
        $trades = $this->entry_of($response, $market);
        if (!(Js::isArray($trades))) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent trades that are no list: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        return $this->parse_trades($trades, $market, $since, $limit);
    }

    public function parse_ohlcv($ohlcv, $market = null) {
        // candles_history: { t (ms), o, c, h, l, v }.
        return [
            $this->safe_integer($ohlcv, 't'),
            $this->safe_number($ohlcv, 'o'),
            $this->safe_number($ohlcv, 'h'),
            $this->safe_number($ohlcv, 'l'),
            $this->safe_number($ohlcv, 'c'),
            $this->safe_number($ohlcv, 'v'),
        ];
    }

    public function fetch_ohlcv($symbol, $timeframe = null, $since = null, $limit = null, $params = null) {
        if ($timeframe === null) {
            $timeframe = '1m';
        }
        if ($params === null) {
            $params = [];
        }
        // candles_history?symbol&resolution&from&to, from and to (unix seconds) both required: since (or limit
        // candles before until, or before now) up to until (or limit candles after since, or now).
        $this->load_markets();
        $market = $this->market($symbol);
        $resolution = $this->safe_string($this->timeframes, $timeframe);
        if ($resolution === null) {
            throw new BadRequest(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' fetchOHLCV () does not support the timeframe ' . Js::toStr($timeframe) . ': one of ') . Js::join(
                        Js::keys($this->timeframes),
                        ', ',
                    ),
                ),
            );
        }
        $duration = $this->safe_integer(Js::get($this->options, 'timeframeSeconds'), $timeframe);
        $count = $limit === null ? Js::get($this->options, 'ohlcvCount') : $limit;
        $until = $this->safe_integer($params, 'until');
        $from = null;
        $to = null;
        if ($since !== null) {
            $from = $this->integer_of(Js::divide($since, 1000));
            if ($until !== null) {
                $to = $this->integer_of(Js::divide($until, 1000));
            } elseif ($limit !== null) {
                $to = Js::add($from, Js::multiply($duration, $count));
            } else {
                $to = $this->seconds();
            }
        } else {
            $to = $until !== null ? $this->integer_of(Js::divide($until, 1000)) : $this->seconds();
            $from = Js::subtract($to, Js::multiply($duration, $count));
        }
        $request = [
            'symbol' => Js::get($market, 'id'),
            'resolution' => $resolution,
            'from' => $this->number_to_string($from),
            'to' => $this->number_to_string($to),
        ];
        $response = $this->public_get_candles_history($this->extend($request, $this->omit($params, 'until')));
        $candles = $this->safe_list($response, 'candles');
        if ($candles === null) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent candles without their list: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        return $this->parse_ohlcvs($candles, $market, $timeframe, $since, $limit);
    }

    // --- account -------------------------------------------------------------------------------------
    public function fetch_balance($params = null) {
        if ($params === null) {
            $params = [];
        }
        // user_info: { uid, server_date (unix seconds), balances: { "<currency>": free }, reserved: { "<currency>":
        // held in open orders } }.
        $this->load_markets();
        $response = $this->private_post_user_info($params);
        $free = $this->safe_dict($response, 'balances');
        $reserved = $this->safe_dict($response, 'reserved', []);
        if ($free === null) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent user_info without balances: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        $timestamp = $this->safe_timestamp($response, 'server_date');
        $result = ['info' => $response, 'timestamp' => $timestamp, 'datetime' => $this->iso8601($timestamp)];
        $ids = Js::keys($free);
        for ($i = 0; $i < count($ids); $i++) {
            $id = $ids[$i];
            $account = $this->account();
            Js::set($account, 'free', $this->safe_string($free, $id));
            Js::set($account, 'used', $this->safe_string($reserved, $id, '0'));
            Js::setKey($result, $this->safe_currency_code($id), $account);
        }
        return $this->safe_balance($result);
    }

    // --- orders --------------------------------------------------------------------------------------
    public function parse_order($order, $market = null) {
        // user_open_orders: { order_id, client_id, created (unix seconds), type (buy, sell), pair, price, quantity,
        // amount (price times quantity) }; order_create answers { result, error, order_id, client_id },
        // stop_market_order_create { client_id, parent_order_id, parent_order_id_str }.
        $market_id = $this->safe_string($order, 'pair');
        $market = $this->safe_market($market_id, $market, '_');
        $client_order_id = $this->safe_string($order, 'client_id');
        if ($client_order_id === '0') {
            $client_order_id = null; // 0 stands for none
        }
        return $this->safe_order(
            [
                'id' => $this->safe_string_n($order, ['order_id', 'parent_order_id_str', 'parent_order_id']),
                'clientOrderId' => $client_order_id,
                'timestamp' => $this->safe_timestamp($order, 'created'),
                'symbol' => Js::get($market, 'symbol'),
                'side' => $this->safe_string($order, 'type'),
                'price' => $this->safe_string($order, 'price'),
                'amount' => $this->safe_string($order, 'quantity'),
                'info' => $order,
            ],
            $market,
        );
    }

    public function client_id_of($client_order_id) {
        // client_id is a positive integer.
        if ($client_order_id === null) {
            return null;
        }
        if (
            Js::strictEqual(Js::length($client_order_id), 0) || Js::greater(Js::length($client_order_id), 18) || !($this->is_decimal_string($client_order_id)) || (Js::indexOf($client_order_id, '.') >= 0) || (Js::indexOf($client_order_id, '-') >= 0) || (Js::indexOf($client_order_id, '+') >= 0) || (Js::indexOf($client_order_id, 'e') >= 0) || (
                Js::indexOf($client_order_id, 'E') >= 0
            )
        ) {
            throw new BadRequest(
                Js::boundedText(
                    Js::toStr($this->id) . ' createOrder () clientOrderId must be a positive integer of at most 18 digits (client_id), not ' . Js::toStr(
                        $client_order_id,
                    ),
                ),
            );
        }
        return $client_order_id;
    }

    public function create_order($symbol, $type, $side, $amount, $price = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // order_create: pair, quantity, price, type (buy, sell: limit orders; market_buy, market_sell: market
        // orders sized in the base currency; market_buy_total, market_sell_total: sized in the quote currency),
        // client_id (optional). stop_market_order_create: pair, quantity, trigger_price, type (buy, sell),
        // client_id: a market order placed once the price reaches trigger_price. The docs list no post-only,
        // time-in-force, reduce-only or stop-limit orders.
        $this->load_markets();
        $market = $this->market($symbol);
        $time_in_force = $this->safe_string_upper($params, 'timeInForce');
        if (($time_in_force !== null) && (!($time_in_force === 'GTC') || !($type === 'limit'))) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr($this->id) . ' createOrder () does not support the unified param timeInForce ' . Js::toStr($time_in_force) . ' for ' . Js::toStr(
                        $type,
                    ) . ' orders: limit orders are GTC',
                ),
            );
        }
        [$unified, $rest] = Js::destructure($this->unified_order_params($type, $params), 2);
        $this->reject_unified_params(
            'createOrder',
            $unified,
            ['postOnly', 'reduceOnly', 'stopLossPrice', 'takeProfitPrice'],
        );
        if (!($side === 'buy') && !($side === 'sell')) {
            throw new InvalidOrder(
                Js::boundedText(
                    Js::toStr($this->id) . ' createOrder () side must be buy or sell, not ' . Js::toStr(
                        $side,
                    ),
                ),
            );
        }
        if (!($type === 'limit') && !($type === 'market')) {
            throw new InvalidOrder(
                Js::boundedText(
                    Js::toStr($this->id) . ' createOrder () type must be limit or market, not ' . Js::toStr(
                        $type,
                    ),
                ),
            );
        }
        if (($amount === null) && (Js::get($unified, 'cost') === null)) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' createOrder () requires an amount (or, for a market order, the unified param cost)',
                ),
            );
        }
        $client_id = $this->client_id_of(Js::get($unified, 'clientOrderId'));
        $request = ['pair' => Js::get($market, 'id')];
        if (Js::get($unified, 'triggerPrice') !== null) {
            if (!($type === 'market')) {
                throw new NotSupported(
                    Js::boundedText(
                        Js::toStr($this->id) . ' createOrder () supports the unified param triggerPrice for market orders only (stop_market_order_create), not ' . Js::toStr(
                            $type,
                        ) . ' orders',
                    ),
                );
            }
            if (Js::get($unified, 'cost') !== null) {
                throw new NotSupported(
                    Js::boundedText(
                        Js::toStr(
                            $this->id,
                        ) . ' createOrder () does not support the unified param cost with triggerPrice: a stop market order is sized in the base currency',
                    ),
                );
            }
            $request['quantity'] = $this->amount_to_precision($symbol, $amount);
            $request['trigger_price'] = $this->price_to_precision($symbol, Js::get($unified, 'triggerPrice'));
            $request['type'] = $side;
            if ($client_id !== null) {
                $request['client_id'] = $client_id;
            }
            $stop_response = $this->private_post_stop_market_order_create($this->extend($request, $rest));
            return $this->extend(
                $this->parse_order($stop_response, $market),
                [
                    'type' => 'market',
                    'side' => $side,
                    'amount' => $this->parse_number(Js::get($request, 'quantity')),
                    'triggerPrice' => $this->parse_number(Js::get($request, 'trigger_price')),
                    'stopPrice' => $this->parse_number(Js::get($request, 'trigger_price')),
                    'clientOrderId' => $client_id,
                ],
            );
        }
        $order_amount = null;
        $order_price = null;
        if ($type === 'limit') {
            if ($price === null) {
                throw new ArgumentsRequired(
                    Js::boundedText(
                        Js::toStr($this->id) . ' createOrder () requires a price for a limit order',
                    ),
                );
            }
            $request['quantity'] = $this->amount_to_precision($symbol, $amount);
            $request['price'] = $this->price_to_precision($symbol, $price);
            $request['type'] = $side;
            $order_amount = Js::get($request, 'quantity');
            $order_price = Js::get($request, 'price');
        } elseif (Js::get($unified, 'cost') !== null) {
            // Sized in the quote currency: spend (or receive) this much.
            $request['quantity'] = $this->cost_to_precision($symbol, Js::get($unified, 'cost'));
            $request['price'] = '0';
            $request['type'] = Js::boundedText('market_' . Js::toStr($side) . '_total');
        } else {
            $request['quantity'] = $this->amount_to_precision($symbol, $amount);
            $request['price'] = '0'; // a market order has no price; the docs' parameter is sent as 0
            $request['type'] = Js::boundedText('market_' . Js::toStr($side));
            $order_amount = Js::get($request, 'quantity');
        }
        if ($client_id !== null) {
            $request['client_id'] = $client_id;
        }
        $response = $this->private_post_order_create($this->extend($request, $rest));
        return $this->extend(
            $this->parse_order($response, $market),
            [
                'type' => $type,
                'side' => $side,
                'amount' => $this->parse_number($order_amount),
                'price' => $this->parse_number($order_price),
                'clientOrderId' => $client_id,
            ],
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
        // order_cancel: order_id; stop_market_order_cancel: parent_order_id (with params { trigger: true }). Both
        // answer { result, error } only.
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $trigger = $this->safe_bool($params, 'trigger', false);
        $rest = $this->omit($params, 'trigger');
        $response = null;
        if ($trigger) {
            $response = $this->private_post_stop_market_order_cancel(
                $this->extend(['parent_order_id' => $id], $rest),
            );
        } else {
            $response = $this->private_post_order_cancel($this->extend(['order_id' => $id], $rest));
        }
        return $this->safe_order(
            [
                'id' => $id,
                'symbol' => $market === null ? null : Js::get($market, 'symbol'),
                'status' => 'canceled',
                'info' => $response,
            ],
            $market,
        );
    }

    public function fetch_open_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // user_open_orders (pair optional): { "<pair>": [ orders ] }, every pair with open orders.
        $this->load_markets();
        $market = null;
        $request = [];
        if ($symbol !== null) {
            $market = $this->market($symbol);
            $request['pair'] = Js::get($market, 'id');
        }
        $response = $this->private_post_user_open_orders($this->extend($request, $params));
        $pairs = Js::keys($response);
        $orders = [];
        for ($i = 0; $i < count($pairs); $i++) {
            $entries = $this->safe_list($response, $pairs[$i], []);
            for ($j = 0; $j < count($entries); $j++) {
                $order = $this->extend(
                    $this->parse_order(Js::get($entries, $j), $market),
                    ['status' => 'open', 'type' => 'limit'],
                );
                $orders[] = $order;
            }
        }
        return $this->filter_by_symbol_since_limit(
            $this->sort_by($orders, 'timestamp'),
            $market === null ? null : Js::get($market, 'symbol'),
            $since,
            $limit,
        );
    }

    public function fetch_my_trades($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // user_trades: pair (required), offset, limit (100 by default, at most 10000): { "<pair>": [ trades, the
        // newest first ] }. It takes no time range.
        if ($symbol === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' fetchMyTrades () requires a symbol: user_trades lists the trades of the pairs it is given',
                ),
            );
        }
        if ($this->safe_value($params, 'until') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' fetchMyTrades () does not support the unified param until: user_trades takes no time range',
                ),
            );
        }
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['pair' => Js::get($market, 'id')];
        if ($limit !== null) {
            $request['limit'] = Js::min($limit, Js::get($this->options, 'maxTradesLimit'));
        }
        $response = $this->private_post_user_trades($this->extend($request, $params));
        return $this->parse_trades(
            $this->safe_list($response, Js::get($market, 'id'), []),
            $market,
            $since,
            $limit,
        );
    }

    public function fetch_order_trades($id, $symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // order_trades: order_id; { type, in_currency, in_amount, out_currency, out_amount, trades: [ ... ] }.
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $response = $this->private_post_order_trades($this->extend(['order_id' => $id], $params));
        $trades = $this->safe_list($response, 'trades');
        if ($trades === null) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent order_trades without its trades: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        return $this->parse_trades($trades, $market, $since, $limit);
    }

    // --- funding -------------------------------------------------------------------------------------
    public function fetch_deposit_address($code, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // deposit_address: { "<currency>": "<address>" or "<address>,<tag>" }, one address per currency. The docs
        // name no network parameter.
        if ($this->safe_value($params, 'network') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' fetchDepositAddress () does not support the unified param network: deposit_address keeps one address per currency',
                ),
            );
        }
        $this->load_markets();
        $currency = $this->currency($code);
        $response = $this->private_post_deposit_address($params);
        $text = $this->safe_string($response, Js::get($currency, 'id'));
        if ($text === null) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::boundedText(Js::toStr($this->id) . ' sent no deposit address of ') . Js::toStr(Js::get($currency, 'id')) . ': ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        $parts = Js::split($text, ',');
        return [
            'currency' => Js::get($currency, 'code'),
            'address' => Js::get($parts, 0),
            'tag' => count($parts) > 1 ? Js::get($parts, 1) : null,
            'info' => $response,
        ];
    }

    public function withdraw($code, $amount, $address, $tag = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // withdraw_crypt: amount, currency, address, invoice (the memo or tag, where the currency takes one),
        // transport (the network, optional); answers { result, error, task_id }.
        $this->load_markets();
        $currency = $this->currency($code);
        $network = $this->safe_string($params, 'network');
        $request = [
            'amount' => $this->number_to_string($amount),
            'currency' => Js::get($currency, 'id'),
            'address' => $address,
        ];
        if ($tag !== null) {
            $request['invoice'] = $tag;
        }
        if ($network !== null) {
            $request['transport'] = $this->network_id($network, $currency);
        }
        $response = $this->private_post_withdraw_crypt(
            $this->extend($request, $this->omit($params, 'network')),
        );
        return $this->safe_transaction(
            [
                'id' => $this->safe_string($response, 'task_id'),
                'type' => 'withdrawal',
                'currency' => Js::get($currency, 'code'),
                'amount' => Js::get($request, 'amount'),
                'address' => $address,
                'tag' => $tag,
                'network' => $network,
                'status' => 'pending',
                'info' => $response,
            ],
            $currency,
        );
    }

    public function parse_transaction($transaction, $currency = null) {
        // wallet/operations items: { operation_id, created, updated (unix seconds), type (deposit, withdrawal),
        // currency, status (Paid, Pending, Processing, Cancelled, ...), amount, provider, commission, account,
        // order_id, provider_type, crypto_address, extra: { txid, confirmations, excode, invoice }, error }.
        $code = $this->safe_currency_code($this->safe_string($transaction, 'currency'), $currency);
        $extra = $this->safe_dict($transaction, 'extra', []);
        $fee_cost = $this->safe_string($transaction, 'commission');
        $kind = $this->safe_string($transaction, 'type');
        return $this->safe_transaction(
            [
                'id' => $this->safe_string($transaction, 'operation_id'),
                'txid' => $this->safe_string($extra, 'txid'),
                'timestamp' => $this->safe_timestamp($transaction, 'created'),
                'updated' => $this->safe_timestamp($transaction, 'updated'),
                'address' => $this->safe_string($transaction, 'crypto_address'),
                'tag' => $this->safe_string($extra, 'invoice'),
                'type' => $kind === 'deposit' ? 'deposit' : 'withdrawal',
                'amount' => $this->safe_string($transaction, 'amount'),
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

    public function fetch_operations($type, $code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // wallet/operations: type (deposit, withdrawal), currency (optional), offset, limit (at most 100): { items:
        // [ ... ], count }, the newest first. It takes no time range.
        $this->load_markets();
        $currency = null;
        $request = ['type' => $type];
        if ($code !== null) {
            $currency = $this->currency($code);
            $request['currency'] = Js::get($currency, 'id');
        }
        $max_limit = Js::get($this->options, 'maxOperationsLimit');
        $request['limit'] = $limit === null ? $max_limit : Js::min($limit, $max_limit);
        $response = $this->private_post_wallet_operations($this->extend($request, $params));
        $items = $this->safe_list($response, 'items');
        if ($items === null) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent wallet operations without their items: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        return $this->parse_transactions($items, $currency, $since, $limit);
    }

    public function fetch_deposits($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        if ($this->safe_value($params, 'until') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' fetchDeposits () does not support the unified param until: wallet/operations takes no time range',
                ),
            );
        }
        return $this->fetch_operations('deposit', $code, $since, $limit, $params);
    }

    public function fetch_withdrawals($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        if ($this->safe_value($params, 'until') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' fetchWithdrawals () does not support the unified param until: wallet/operations takes no time range',
                ),
            );
        }
        return $this->fetch_operations('withdrawal', $code, $since, $limit, $params);
    }

    // --- transport -----------------------------------------------------------------------------------
    public function nonce() {
        return $this->milliseconds();
    }

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
        $url = Js::boundedText(
            Js::toStr($this->safe_string(Js::get($this->urls, 'api'), $api)) . '/' . Js::toStr($path),
        );
        if ($api === 'public') {
            if (count(Js::keys($params)) > 0) {
                $url .= Js::within($url, Js::within($url, '?') . Js::toStr($this->urlencode($params)));
            }
            return ['url' => $url, 'method' => $method, 'body' => $body, 'headers' => $headers];
        }
        // Authenticated: the body is the parameters and the nonce, form-encoded; Sign is the HMAC-SHA512 (hex) of
        // exactly that body, keyed with the secret.
        $this->check_required_credentials();
        if (Js::has($params, 'nonce')) {
            throw new BadRequest(
                Js::boundedText(
                    Js::toStr($this->id) . ' ' . Js::toStr(
                        $path,
                    ) . ' takes no parameter nonce: the request is signed with its own',
                ),
            );
        }
        $body = $this->urlencode($this->extend($params, ['nonce' => $this->nonce()]));
        $headers = [
            'Content-Type' => 'application/x-www-form-urlencoded',
            'Key' => $this->apiKey,
            'Sign' => $this->hmac($this->encode($body), $this->encode($this->secret), 'sha512'),
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
        // A failed call: HTTP 200 with { "result": false, "error": "Error 50052: Insufficient funds" }.
        if (($response === null) || Js::isArray($response) || !(Js::typeof($response) === 'object')) {
            return null;
        }
        $result = $this->safe_bool($response, 'result');
        $message = $this->safe_string($response, 'error');
        if (!($result === false) && ($message === null)) {
            return null;
        }
        $feedback = Js::boundedText(
            Js::boundedText(Js::toStr($this->id) . ' ') . Js::toStr($this->excerpt($response_body)),
        );
        if ($message !== null) {
            if (Js::startsWith($message, 'Error ')) {
                $code = Js::trim(Js::get(Js::split(Js::slice($message, 6), ':'), 0));
                $this->throw_exactly_matched_exception(Js::get($this->exceptions, 'exact'), $code, $feedback);
            }
            $this->throw_broadly_matched_exception(Js::get($this->exceptions, 'broad'), $message, $feedback);
        }
        throw new ExchangeError($feedback);
    }
}
