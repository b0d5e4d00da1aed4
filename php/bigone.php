<?php

// Generated from js/bigone.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class bigone extends Exchange {
    public function describe() {
        return $this->deep_extend(
            parent::describe(),
            [
                'id' => 'bigone',
                'name' => 'BigONE',
                'countries' => [],
                'version' => 'v3',
                'rateLimit' => 20,
                'has' => [
                    'fetchMarkets' => true,
                    'fetchCurrencies' => false,
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
                    'fetchTime' => false,
                    'fetchStatus' => false,
                    'fetchTradingFees' => false,
                    'cancelAllOrders' => false,
                    'fetchOrderTrades' => false,
                    'fetchTradingFee' => false,
                    'fetchDepositAddresses' => false,
                    'createDepositAddress' => false,
                    'fetchDepositWithdrawFees' => false,
                    'transfer' => false,
                    'createMarketBuyOrderWithCost' => false,
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
                'urls' => [
                    'api' => 'https://api.big.one',
                    'www' => 'https://big.one',
                    'doc' => 'https://open.big.one/docs/api.html',
                ],
                'api' => [
                    'public' => [
                        'get' => [
                            'ping',
                            'asset_pairs',
                            'asset_pairs/tickers',
                            'asset_pairs/{asset_pair_name}/ticker',
                            'asset_pairs/{asset_pair_name}/depth',
                            'asset_pairs/{asset_pair_name}/trades',
                            'asset_pairs/{asset_pair_name}/candles',
                        ],
                    ],
                    'private' => [
                        'get' => [
                            'viewer/accounts',
                            'viewer/accounts/{asset_symbol}',
                            'viewer/fund/accounts',
                            'viewer/orders',
                            'viewer/orders/{id}',
                            'viewer/trades',
                            'viewer/deposits',
                            'viewer/withdrawals',
                            'viewer/withdrawals/{guid}',
                            'viewer/assets/{asset_symbol}/address',
                        ],
                        'post' => ['viewer/orders', 'viewer/orders/{id}/cancel', 'viewer/withdrawals'],
                    ],
                ],
                'timeframes' => [
                    '1m' => 'min1',
                    '5m' => 'min5',
                    '15m' => 'min15',
                    '30m' => 'min30',
                    '1h' => 'hour1',
                    '3h' => 'hour3',
                    '4h' => 'hour4',
                    '6h' => 'hour6',
                    '12h' => 'hour12',
                    '1d' => 'day1',
                    '1w' => 'week1',
                    '1M' => 'month1',
                ],
                'requiredCredentials' => ['apiKey' => true, 'secret' => true],
                'fees' => [
                    'trading' => [
                        'tierBased' => true,
                        'percentage' => true,
                        'maker' => null,
                        'taker' => null,
                    ],
                ],
                'precisionMode' => TICK_SIZE,
                'options' => [
                    'orderStatuses' => [
                        'PENDING' => 'open',
                        'FIRED' => 'open',
                        'FILLED' => 'closed',
                        'CANCELLED' => 'canceled',
                        'REJECTED' => 'rejected',
                    ],
                    'orderTypes' => [
                        'LIMIT' => 'limit',
                        'MARKET' => 'market',
                        'STOP_LIMIT' => 'limit',
                        'STOP_MARKET' => 'market',
                    ],
                    'transactionStatuses' => [
                        'PENDING' => 'pending',
                        'WITHHOLD' => 'pending',
                        'COMPLETED' => 'ok',
                        'FAILED' => 'failed',
                        'CANCELLED' => 'canceled',
                    ],
                    'networks' => ['ERC20' => 'Ethereum'],
                    'timeframeSeconds' => [
                        '1m' => 60,
                        '5m' => 300,
                        '15m' => 900,
                        '30m' => 1800,
                        '1h' => 3600,
                        '3h' => 10800,
                        '4h' => 14400,
                        '6h' => 21600,
                        '12h' => 43200,
                        '1d' => 86400,
                        '1w' => 604800,
                    ],
                ],
                'exceptions' => [
                    'exact' => [
                        '40004' => AuthenticationError::class,
                        '40106' => AuthenticationError::class,
                        '40107' => AuthenticationError::class,
                        '10403' => PermissionDenied::class,
                        '10429' => RateLimitExceeded::class,
                        '10005' => ExchangeNotAvailable::class,
                        '10007' => BadRequest::class,
                        '10013' => BadRequest::class,
                        '10014' => InsufficientFunds::class,
                        '40303' => InvalidOrder::class,
                        '40304' => ExchangeNotAvailable::class,
                        '40305' => AccountSuspended::class,
                        '50047' => InvalidOrder::class,
                        '54041' => DuplicateOrderId::class,
                        '54043' => OrderNotFound::class,
                        '60100' => BadSymbol::class,
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
        // asset_pairs: { code: 0, data: [ { id (uuid), name: 'BTC-USDT', base_scale, quote_scale, min_quote_value,
        // max_quote_value, base_asset: { id, symbol, name }, quote_asset: { ... } } ] }.
        $response = $this->public_get_asset_pairs($params);
        $data = $this->safe_list($response, 'data', []);
        $result = [];
        for ($i = 0; $i < count($data); $i++) {
            $result[] = $this->parse_market(Js::get($data, $i));
        }
        return $result;
    }

    public function parse_market($entry) {
        $base_asset = $this->safe_dict($entry, 'base_asset', []);
        $quote_asset = $this->safe_dict($entry, 'quote_asset', []);
        $base_id = $this->safe_string($base_asset, 'symbol');
        $quote_id = $this->safe_string($quote_asset, 'symbol');
        $base = $this->safe_currency_code($base_id);
        $quote = $this->safe_currency_code($quote_id);
        return $this->safe_market_structure(
            [
                'id' => $this->safe_string($entry, 'name'),
                'symbol' => Js::boundedText(Js::toStr($base) . '/' . Js::toStr($quote)),
                'base' => $base,
                'quote' => $quote,
                'baseId' => $base_id,
                'quoteId' => $quote_id,
                'type' => 'spot',
                'spot' => true,
                'precision' => [
                    'amount' => $this->parse_number(
                        $this->parse_precision($this->safe_string($entry, 'base_scale')),
                    ),
                    'price' => $this->parse_number(
                        $this->parse_precision($this->safe_string($entry, 'quote_scale')),
                    ),
                ],
                'limits' => [
                    'amount' => ['min' => null, 'max' => null],
                    'price' => ['min' => null, 'max' => null],
                    'cost' => [
                        'min' => $this->safe_number($entry, 'min_quote_value'),
                        'max' => $this->safe_number($entry, 'max_quote_value'),
                    ],
                ],
                'info' => $entry,
            ],
        );
    }

    // --- market data ---------------------------------------------------------------------------------
    public function parse_ticker($ticker, $market = null) {
        // { asset_pair_name, bid: { price, quantity, order_count }, ask: { ... }, open, close (the last price),
        // high, low, volume (base, 24 h), daily_change (close - open) }.
        $market = $this->safe_market($this->safe_string($ticker, 'asset_pair_name'), $market, '-');
        $bid = $this->safe_dict($ticker, 'bid', []);
        $ask = $this->safe_dict($ticker, 'ask', []);
        return $this->ticker_structure(
            symbol: Js::get($market, 'symbol'),
            high: $this->safe_string($ticker, 'high'),
            low: $this->safe_string($ticker, 'low'),
            bid: $this->safe_string($bid, 'price'),
            bid_volume: $this->safe_string($bid, 'quantity'),
            ask: $this->safe_string($ask, 'price'),
            ask_volume: $this->safe_string($ask, 'quantity'),
            open: $this->safe_string($ticker, 'open'),
            close: $this->safe_string($ticker, 'close'),
            change: $this->safe_string($ticker, 'daily_change'),
            base_volume: $this->safe_string($ticker, 'volume'),
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
        $response = $this->public_get_asset_pairs_asset_pair_name_ticker(
            $this->extend(['asset_pair_name' => Js::get($market, 'id')], $params),
        );
        return $this->parse_ticker($this->safe_dict($response, 'data', []), $market);
    }

    public function fetch_tickers($symbols = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // asset_pairs/tickers?pair_names=BTC-USDT,ETH-BTC (every pair without it).
        $this->load_markets();
        $request = [];
        if ($symbols !== null) {
            $request['pair_names'] = Js::join($this->market_ids($symbols), ',');
        }
        $response = $this->public_get_asset_pairs_tickers($this->extend($request, $params));
        return $this->parse_tickers($this->safe_list($response, 'data', []), $symbols);
    }

    public function fetch_order_book($symbol, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // asset_pairs/{name}/depth?limit (default 50, max 200): { asset_pair_name, bids: [ { price, quantity,
        // order_count } ], asks }.
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['asset_pair_name' => Js::get($market, 'id')];
        if ($limit !== null) {
            $request['limit'] = Js::min($limit, 200);
        }
        $response = $this->public_get_asset_pairs_asset_pair_name_depth($this->extend($request, $params));
        $book = $this->parse_order_book(
            $this->safe_dict($response, 'data', []),
            Js::get($market, 'symbol'),
            null,
            'bids',
            'asks',
            'price',
            'quantity',
        );
        return $this->limit_order_book($book, $limit);
    }

    public function parse_trade($trade, $market = null) {
        // Public: { id, price, amount, taker_side: 'ASK' or 'BID', created_at }. The account's (viewer/trades) add
        // asset_pair_name, side (the account's: ASK, BID or SELF_TRADING), maker_order_id, taker_order_id,
        // maker_fee and taker_fee (in the asset the side receives).
        $market = $this->safe_market($this->safe_string($trade, 'asset_pair_name'), $market, '-');
        $taker_side = $this->safe_string($trade, 'taker_side');
        $own_side = $this->safe_string($trade, 'side');
        $side = $this->parse_side($taker_side);
        $taker_or_maker = null;
        $order_id = null;
        $fee = null;
        if (($own_side === 'ASK') || ($own_side === 'BID')) {
            $side = $this->parse_side($own_side);
            $taker_or_maker = Js::strictEqual($own_side, $taker_side) ? 'taker' : 'maker';
            $order_id = $this->safe_string(
                $trade,
                $taker_or_maker === 'taker' ? 'taker_order_id' : 'maker_order_id',
            );
            $fee_cost = $this->safe_string($trade, $taker_or_maker === 'taker' ? 'taker_fee' : 'maker_fee');
            if ($fee_cost !== null) {
                $fee = [
                    'cost' => $fee_cost,
                    'currency' => $side === 'buy' ? Js::get($market, 'base') : Js::get($market, 'quote'),
                ];
            }
        }
        return $this->trade_structure(
            id: $this->safe_string($trade, 'id'),
            order: $order_id,
            timestamp: $this->parse8601($this->safe_string2($trade, 'created_at', 'inserted_at')),
            symbol: Js::get($market, 'symbol'),
            side: $side,
            taker_or_maker: $taker_or_maker,
            price: $this->safe_string($trade, 'price'),
            amount: $this->safe_string($trade, 'amount'),
            fee: $fee,
            info: $trade,
            market: $market,
        );
    }

    public function parse_side($side) {
        if ($side === 'BID') {
            return 'buy';
        }
        if ($side === 'ASK') {
            return 'sell';
        }
        return null;
    }

    public function fetch_trades($symbol, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // asset_pairs/{name}/trades: the latest trades of the pair, newest first (no paging by time).
        $this->load_markets();
        $market = $this->market($symbol);
        $response = $this->public_get_asset_pairs_asset_pair_name_trades(
            $this->extend(['asset_pair_name' => Js::get($market, 'id')], $params),
        );
        return $this->parse_trades($this->safe_list($response, 'data', []), $market, $since, $limit);
    }

    public function parse_ohlcv($ohlcv, $market = null) {
        // { close, high, low, open, time (ISO 8601, the candle's start), volume }.
        return [
            $this->parse8601($this->safe_string($ohlcv, 'time')),
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
        // asset_pairs/{name}/candles?period&time&limit: the limit (default 100, max 500) candles up to time (the
        // latest candle, ISO 8601; now by default), newest first. The unified until is that time; since asks
        // for the limit candles from since, so time is the start of the last of them.
        $this->load_markets();
        $market = $this->market($symbol);
        $period = $this->safe_string($this->timeframes, $timeframe);
        if ($period === null) {
            throw new BadRequest(
                Js::boundedText(
                    Js::toStr($this->id) . ' fetchOHLCV () does not support the timeframe ' . Js::toStr(
                        $timeframe,
                    ),
                ),
            );
        }
        $until = $this->safe_integer($params, 'until');
        $rest = $this->omit($params, 'until');
        $count = $limit === null ? 100 : Js::min($limit, 500);
        $request = ['asset_pair_name' => Js::get($market, 'id'), 'period' => $period, 'limit' => $count];
        if ($until !== null) {
            $request['time'] = $this->iso8601($until);
        } elseif ($since !== null) {
            $seconds = $this->safe_integer(Js::get($this->options, 'timeframeSeconds'), $timeframe);
            if ($seconds === null) {
                throw new NotSupported(
                    Js::boundedText(
                        Js::toStr($this->id) . ' fetchOHLCV () cannot page ' . Js::toStr(
                            $timeframe,
                        ) . ' candles by since: pass until instead',
                    ),
                );
            }
            $request['time'] = $this->iso8601(
                Js::add($since, Js::multiply(Js::multiply(Js::number($count - 1), $seconds), 1000)),
            );
        }
        $response = $this->public_get_asset_pairs_asset_pair_name_candles($this->extend($request, $rest));
        return $this->parse_ohlcvs(
            $this->safe_list($response, 'data', []),
            $market,
            $timeframe,
            $since,
            $limit,
        );
    }

    // --- account -------------------------------------------------------------------------------------
    public function fetch_balance($params = null) {
        if ($params === null) {
            $params = [];
        }
        // viewer/accounts: { code: 0, data: [ { asset_symbol, balance (the total), locked_balance } ] }.
        $this->load_markets();
        $response = $this->private_get_viewer_accounts($params);
        $data = $this->safe_list($response, 'data', []);
        $result = ['info' => $response];
        for ($i = 0; $i < count($data); $i++) {
            $entry = Js::get($data, $i);
            $account = $this->account();
            Js::set($account, 'total', $this->safe_string($entry, 'balance'));
            Js::set($account, 'used', $this->safe_string($entry, 'locked_balance'));
            Js::setKey(
                $result,
                $this->safe_currency_code($this->safe_string($entry, 'asset_symbol')),
                $account,
            );
        }
        return $this->safe_balance($result);
    }

    // --- orders --------------------------------------------------------------------------------------
    public function parse_order($order, $market = null) {
        // { id, asset_pair_name, price, amount, filled_amount, avg_deal_price, side: ASK or BID, state, type:
        // LIMIT, MARKET, STOP_LIMIT or STOP_MARKET, stop_price (stop orders only), operator: GTE or LTE,
        // immediate_or_cancel, post_only, client_order_id, created_at, updated_at }.
        $market = $this->safe_market($this->safe_string($order, 'asset_pair_name'), $market, '-');
        $order_type = $this->safe_string($order, 'type');
        $type = $this->safe_string(Js::get($this->options, 'orderTypes'), $order_type);
        $is_stop = ($order_type === 'STOP_LIMIT') || ($order_type === 'STOP_MARKET');
        $post_only = $this->safe_bool($order, 'post_only');
        $time_in_force = null;
        if ($post_only === true) {
            $time_in_force = 'PO';
        } elseif ($this->safe_bool($order, 'immediate_or_cancel') === true) {
            $time_in_force = 'IOC';
        } elseif ($type === 'limit') {
            $time_in_force = 'GTC';
        }
        return $this->safe_order(
            [
                'id' => $this->safe_string($order, 'id'),
                'clientOrderId' => $this->safe_string($order, 'client_order_id'),
                'timestamp' => $this->parse8601($this->safe_string($order, 'created_at')),
                'lastUpdateTimestamp' => $this->parse8601($this->safe_string($order, 'updated_at')),
                'symbol' => Js::get($market, 'symbol'),
                'type' => $type,
                'timeInForce' => $time_in_force,
                'postOnly' => $post_only,
                'side' => $this->parse_side($this->safe_string($order, 'side')),
                'price' => $this->safe_string($order, 'price'),
                'triggerPrice' => $is_stop ? $this->safe_string($order, 'stop_price') : null,
                'average' => $this->safe_string($order, 'avg_deal_price'),
                'amount' => $this->safe_string($order, 'amount'),
                'filled' => $this->safe_string($order, 'filled_amount'),
                'status' => $this->safe_string(
                    Js::get($this->options, 'orderStatuses'),
                    $this->safe_string($order, 'state'),
                ),
                'info' => $order,
            ],
            $market,
        );
    }

    public function trigger_operator($side, $unified) {
        // A stop (triggerPrice, stopLossPrice) buys once the price rises to the trigger (GTE) and sells once it
        // falls to it (LTE); a take-profit the other way round.
        $rises = Js::get($unified, 'triggerKind') === 'takeProfitPrice' ? ($side === 'sell') : (
            $side === 'buy'
        );
        return $rises ? 'GTE' : 'LTE';
    }

    public function create_order($symbol, $type, $side, $amount, $price = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST viewer/orders { asset_pair_name, side: BID or ASK, price, amount (in the base asset, market orders
        // too), type: LIMIT, MARKET, STOP_LIMIT or STOP_MARKET, stop_price and operator (GTE or LTE: stop
        // orders), immediate_or_cancel and post_only (LIMIT only), client_order_id }. The unified postOnly is
        // post_only, timeInForce IOC is immediate_or_cancel (GTC is the default; FOK does not exist), the three
        // trigger params make stop orders and clientOrderId is client_order_id. Spot has no reduceOnly, and a
        // market order sized in the quote asset (cost) is not documented.
        $this->load_markets();
        $market = $this->market($symbol);
        [$unified, $rest] = Js::destructure($this->unified_order_params($type, $params), 2);
        $this->reject_unified_params('createOrder', $unified, ['reduceOnly', 'cost']);
        if (!($type === 'market') && !($type === 'limit')) {
            throw new InvalidOrder(
                Js::boundedText(
                    Js::toStr($this->id) . ' createOrder () type must be market or limit, not ' . Js::toStr(
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
        $time_in_force = Js::get($unified, 'timeInForce');
        if ($time_in_force === 'FOK') {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' createOrder () does not support timeInForce FOK (BigONE has GTC, IOC and post-only)',
                ),
            );
        }
        if (($time_in_force === 'IOC') && !($type === 'limit')) {
            throw new InvalidOrder(
                Js::boundedText(
                    Js::toStr($this->id) . ' createOrder () timeInForce IOC is for limit orders only',
                ),
            );
        }
        $trigger = Js::get($unified, 'trigger');
        $order_type = $type === 'limit' ? 'LIMIT' : 'MARKET';
        if ($trigger !== null) {
            if ($time_in_force === 'IOC') {
                throw new InvalidOrder(
                    Js::boundedText(
                        Js::boundedText(Js::toStr($this->id) . ' createOrder () timeInForce IOC cannot be combined with ') . Js::toStr(
                            Js::get($unified, 'triggerKind'),
                        ),
                    ),
                );
            }
            $order_type = $type === 'limit' ? 'STOP_LIMIT' : 'STOP_MARKET';
        }
        $request = [
            'asset_pair_name' => Js::get($market, 'id'),
            'side' => $side === 'buy' ? 'BID' : 'ASK',
            'type' => $order_type,
            'amount' => $this->amount_to_precision($symbol, $amount),
        ];
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
        if ($trigger !== null) {
            $request['stop_price'] = $this->price_to_precision($symbol, $trigger);
            $request['operator'] = $this->trigger_operator($side, $unified);
        }
        if ($time_in_force === 'IOC') {
            $request['immediate_or_cancel'] = true;
        }
        if (Js::truthy(Js::get($unified, 'postOnly'))) {
            $request['post_only'] = true;
        }
        if (Js::get($unified, 'clientOrderId') !== null) {
            $request['client_order_id'] = Js::get($unified, 'clientOrderId');
        }
        $response = $this->private_post_viewer_orders($this->extend($request, $rest));
        return $this->parse_order($this->safe_dict($response, 'data', []), $market);
    }

    public function cancel_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST viewer/orders/{id}/cancel answers the order, CANCELLED.
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $response = $this->private_post_viewer_orders_id_cancel($this->extend(['id' => $id], $params));
        return $this->parse_order($this->safe_dict($response, 'data', []), $market);
    }

    public function fetch_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // viewer/orders/{id}: one order.
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $response = $this->private_get_viewer_orders_id($this->extend(['id' => $id], $params));
        return $this->parse_order($this->safe_dict($response, 'data', []), $market);
    }

    public function fetch_orders_by_state($method, $state, $symbol, $limit, $params) {
        // viewer/orders?asset_pair_name (required)&state&limit (default 20, max 200): newest first, paged by
        // page_token; no time range, so the unified until is refused rather than ignored.
        $this->reject_unified_params($method, $params, ['until']);
        if ($symbol === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr($this->id) . ' ' . Js::toStr(
                        $method,
                    ) . ' () requires a symbol: BigONE lists the orders of one asset pair',
                ),
            );
        }
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['asset_pair_name' => Js::get($market, 'id'), 'state' => $state];
        if ($limit !== null) {
            $request['limit'] = Js::min($limit, 200);
        }
        $response = $this->private_get_viewer_orders($this->extend($request, $params));
        return [$market, $this->safe_list($response, 'data', [])];
    }

    public function fetch_open_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // state PENDING: the PENDING and FIRED orders.
        [$market, $orders] = Js::destructure(
            $this->fetch_orders_by_state('fetchOpenOrders', 'PENDING', $symbol, $limit, $params),
            2,
        );
        return $this->parse_orders($orders, $market, $since, $limit);
    }

    public function fetch_closed_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // state CLOSED: the FILLED and CANCELLED orders.
        [$market, $orders] = Js::destructure(
            $this->fetch_orders_by_state('fetchClosedOrders', 'CLOSED', $symbol, $limit, $params),
            2,
        );
        return $this->parse_orders($orders, $market, $since, $limit);
    }

    public function fetch_my_trades($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // viewer/trades?asset_pair_name (required)&limit: the account's trades, newest first, paged by
        // page_token; no time range (until is refused).
        $this->reject_unified_params('fetchMyTrades', $params, ['until']);
        if ($symbol === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' fetchMyTrades () requires a symbol: BigONE lists the trades of one asset pair',
                ),
            );
        }
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['asset_pair_name' => Js::get($market, 'id')];
        if ($limit !== null) {
            $request['limit'] = Js::min($limit, 200);
        }
        $response = $this->private_get_viewer_trades($this->extend($request, $params));
        return $this->parse_trades($this->safe_list($response, 'data', []), $market, $since, $limit);
    }

    // --- funding -------------------------------------------------------------------------------------
    public function parse_transaction($transaction, $currency = null) {
        // Deposits: { id, amount, confirms, txid, is_internal, inserted_at, updated_at, kind, memo, state:
        // COMPLETED, PENDING, WITHHOLD or CANCELLED, asset_symbol, target_account }. Withdrawals: { id,
        // customer_id, asset_symbol, amount, state: PENDING, COMPLETED, FAILED or CANCELLED, note, txid,
        // completed_at, inserted_at, is_internal, target_address }.
        $code = $this->safe_currency_code($this->safe_string($transaction, 'asset_symbol'), $currency);
        $address = $this->safe_string($transaction, 'target_address');
        return $this->safe_transaction(
            [
                'id' => $this->safe_string($transaction, 'id'),
                'txid' => $this->safe_string($transaction, 'txid'),
                'timestamp' => $this->parse8601($this->safe_string($transaction, 'inserted_at')),
                'address' => $address,
                'tag' => $this->safe_string($transaction, 'memo'),
                'type' => $address === null ? 'deposit' : 'withdrawal',
                'amount' => $this->safe_string($transaction, 'amount'),
                'currency' => $code,
                'status' => $this->safe_string(
                    Js::get($this->options, 'transactionStatuses'),
                    $this->safe_string($transaction, 'state'),
                ),
                'updated' => $this->parse8601(
                    $this->safe_string2($transaction, 'updated_at', 'completed_at'),
                ),
                'info' => $transaction,
            ],
            $currency,
        );
    }

    public function fetch_transfers_of($method, $code, $since, $limit, $params) {
        // viewer/deposits and viewer/withdrawals?asset_symbol&limit (default 50): newest first, paged by
        // page_token; no time range (until is refused).
        $this->reject_unified_params($method, $params, ['until']);
        $this->load_markets();
        $request = [];
        $currency = null;
        if ($code !== null) {
            $currency = $this->currency($code);
            $request['asset_symbol'] = Js::get($currency, 'id');
        }
        if ($limit !== null) {
            $request['limit'] = $limit;
        }
        $response = null;
        if ($method === 'fetchDeposits') {
            $response = $this->private_get_viewer_deposits($this->extend($request, $params));
        } else {
            $response = $this->private_get_viewer_withdrawals($this->extend($request, $params));
        }
        return $this->parse_transactions($this->safe_list($response, 'data', []), $currency, $since, $limit);
    }

    public function fetch_deposits($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->fetch_transfers_of('fetchDeposits', $code, $since, $limit, $params);
    }

    public function fetch_withdrawals($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->fetch_transfers_of('fetchWithdrawals', $code, $since, $limit, $params);
    }

    public function fetch_deposit_address($code, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // viewer/assets/{asset_symbol}/address: { code: 0, data: [ { id, chain, value (the address), memo } ] },
        // one entry per chain. The unified network picks the entry of its chain (options['networks']); without
        // it the first entry is the address.
        $this->load_markets();
        $currency = $this->currency($code);
        $network_code = $this->safe_string($params, 'network');
        $rest = $this->omit($params, 'network');
        $chain = null;
        if ($network_code !== null) {
            $chain = $this->known_network_id($network_code, $currency, 'fetchDepositAddress');
        }
        $response = $this->private_get_viewer_assets_asset_symbol_address(
            $this->extend(['asset_symbol' => Js::get($currency, 'id')], $rest),
        );
        $entries = $this->safe_list($response, 'data', []);
        $entry = null;
        for ($i = 0; $i < count($entries); $i++) {
            if (
                ($chain === null) || Js::strictEqual(
                    $this->safe_string(Js::get($entries, $i), 'chain'),
                    $chain,
                )
            ) {
                $entry = Js::get($entries, $i);
                break;
            }
        }
        if ($entry === null) {
            throw new ExchangeError(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' fetchDepositAddress () found no ') . ($chain === null ? '' : Js::boundedText(Js::toStr($chain) . ' ')) . 'address of ' . Js::toStr(
                        $code,
                    ),
                ),
            );
        }
        $entry_chain = $this->safe_string($entry, 'chain');
        return [
            'currency' => Js::get($currency, 'code'),
            'address' => $this->safe_string($entry, 'value'),
            'tag' => $this->safe_string($entry, 'memo'),
            'network' => $entry_chain === null ? null : $this->network_code($entry_chain, $currency),
            'info' => $entry,
        ];
    }

    public function withdraw($code, $amount, $address, $tag = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST viewer/withdrawals { symbol, target_address, amount, memo, gateway_name (the chain, e.g.
        // Ethereum for USDT on Ethereum) } answers the withdrawal. The unified network is gateway_name
        // (options['networks']); the tag is memo.
        $this->load_markets();
        $currency = $this->currency($code);
        $network_code = $this->safe_string($params, 'network');
        $rest = $this->omit($params, 'network');
        $request = [
            'symbol' => Js::get($currency, 'id'),
            'target_address' => $address,
            'amount' => $this->number_to_string($amount),
        ];
        if ($tag !== null) {
            $request['memo'] = $tag;
        }
        if ($network_code !== null) {
            $request['gateway_name'] = $this->known_network_id($network_code, $currency, 'withdraw');
        }
        $response = $this->private_post_viewer_withdrawals($this->extend($request, $rest));
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
        $url = Js::boundedText(
            Js::boundedText(Js::boundedText(Js::toStr(Js::get($this->urls, 'api')) . '/api/') . Js::toStr($this->version) . '/') . Js::toStr(
                $this->implode_params($path, $params),
            ),
        );
        $query = $this->omit($params, $this->extract_params($path));
        if (($method === 'GET') && (count(Js::keys($query)) > 0)) {
            $url .= Js::within($url, Js::within($url, '?') . Js::toStr($this->urlencode($query)));
        }
        if ($api === 'public') {
            return ['url' => $url, 'method' => $method, 'body' => $body, 'headers' => $headers];
        }
        // Authorization: Bearer <JWT>: HS256, keyed by the secret as it is, over { type: 'OpenAPIV2', sub: the
        // API key, nonce: the time in nanoseconds, as a string }.
        $this->check_required_credentials();
        $payload = [
            'type' => 'OpenAPIV2',
            'sub' => $this->apiKey,
            'nonce' => Js::boundedText(Js::toStr($this->number_to_string($this->milliseconds())) . '000000'),
        ];
        $token = $this->jwt($payload, $this->encode($this->secret));
        $headers = ['Authorization' => Js::boundedText('Bearer ' . Js::toStr($token))];
        if (!($method === 'GET')) {
            Js::set($headers, 'Content-Type', 'application/json');
            $body = count(Js::keys($query)) > 0 ? $this->json(
                $query,
            ) : '{}'; // (PHP writes an empty dictionary as [])
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
        // { "code": 10014, "message": "Insufficient funds" }: every answer has a code, 0 on success.
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
