<?php

// Generated from js/upbit.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class upbit extends Exchange {
    public function describe() {
        return $this->deep_extend(
            parent::describe(),
            [
                'id' => 'upbit',
                'name' => 'Upbit',
                'countries' => ['KR'],
                'version' => 'v1',
                'rateLimit' => 100,
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
                    'editOrder' => true,
                    'fetchOrder' => true,
                    'fetchOrders' => false,
                    'fetchOpenOrders' => true,
                    'fetchClosedOrders' => true,
                    'fetchMyTrades' => false,
                    'fetchDeposits' => true,
                    'fetchWithdrawals' => true,
                    'fetchTransactions' => false,
                    'fetchLedger' => false,
                    'fetchDepositAddress' => true,
                    'withdraw' => true,
                    'fetchTime' => false,
                    'fetchStatus' => false,
                    'fetchTradingFees' => false,
                    'cancelAllOrders' => true,
                    'fetchOrderTrades' => true,
                    'fetchTradingFee' => true,
                    'fetchDepositAddresses' => true,
                    'createDepositAddress' => true,
                    'fetchDepositWithdrawFees' => false,
                    'transfer' => false,
                    'createMarketBuyOrderWithCost' => true,
                ],
                'urls' => [
                    'logo' => 'https://upbit.com/favicon.ico',
                    'api' => 'https://api.upbit.com',
                    'www' => 'https://upbit.com',
                    'doc' => ['https://global-docs.upbit.com/reference', 'https://docs.upbit.com'],
                    'fees' => 'https://upbit.com/service_center/guide',
                ],
                'api' => [
                    'public' => [
                        'get' => [
                            'market/all' => 1,
                            'candles/seconds' => 1,
                            'candles/minutes/{unit}' => 1,
                            'candles/days' => 1,
                            'candles/weeks' => 1,
                            'candles/months' => 1,
                            'candles/years' => 1,
                            'trades/ticks' => 1,
                            'ticker' => 1,
                            'ticker/all' => 1,
                            'orderbook' => 1,
                            'orderbook/instruments' => 1,
                        ],
                    ],
                    'private' => [
                        'get' => [
                            'accounts' => 0.34,
                            'orders/chance' => 0.34,
                            'order' => 0.34,
                            'orders/uuids' => 0.34,
                            'orders/open' => 0.34,
                            'orders/closed' => 0.34,
                            'withdraws' => 0.34,
                            'withdraw' => 0.34,
                            'withdraws/chance' => 0.34,
                            'withdraws/coin_addresses' => 0.34,
                            'deposits' => 0.34,
                            'deposit' => 0.34,
                            'deposits/chance/coin' => 0.34,
                            'deposits/coin_addresses' => 0.34,
                            'deposits/coin_address' => 0.34,
                            'status/wallet' => 0.34,
                            'api_keys' => 0.34,
                        ],
                        'post' => [
                            'orders' => 1.25,
                            'orders/cancel_and_new' => 1.25,
                            'withdraws/coin' => 0.34,
                            'withdraws/krw' => 0.34,
                            'deposits/generate_coin_address' => 0.34,
                            'deposits/krw' => 0.34,
                        ],
                        'delete' => [
                            'order' => 0.34,
                            'orders/uuids' => 0.34,
                            'orders/open' => 20,
                            'withdraws/coin' => 0.34,
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
                    '4h' => '240',
                    '1d' => 'days',
                    '1w' => 'weeks',
                    '1M' => 'months',
                ],
                'requiredCredentials' => ['apiKey' => true, 'secret' => true],
                'fees' => [
                    'trading' => [
                        'tierBased' => false,
                        'percentage' => true,
                        'taker' => 0.0005,
                        'maker' => 0.0005,
                    ],
                ],
                'precisionMode' => TICK_SIZE,
                'options' => [
                    'jwtAlgorithm' => 'sha512',
                    'jwtTimestamp' => false,
                    'queryHashUrlencoded' => false,
                    'clientOrderIdField' => 'identifier',
                    'maxCandles' => 200,
                    'timeframeMilliseconds' => [
                        '1m' => 60000,
                        '3m' => 180000,
                        '5m' => 300000,
                        '10m' => 600000,
                        '15m' => 900000,
                        '30m' => 1800000,
                        '1h' => 3600000,
                        '4h' => 14400000,
                        '1d' => 86400000,
                        '1w' => 604800000,
                        '1M' => 2678400000,
                    ],
                    'networks' => [
                        'BTC' => 'BTC',
                        'ERC20' => 'ETH',
                        'TRC20' => 'TRX',
                        'SOL' => 'SOL',
                        'XRP' => 'XRP',
                        'TON' => 'TON',
                    ],
                    'orderStatuses' => [
                        'wait' => 'open',
                        'watch' => 'open',
                        'done' => 'closed',
                        'cancel' => 'canceled',
                    ],
                    'depositStatuses' => [
                        'PROCESSING' => 'pending',
                        'ACCEPTED' => 'ok',
                        'CANCELLED' => 'canceled',
                        'REJECTED' => 'failed',
                        'TRAVEL_RULE_SUSPECTED' => 'pending',
                        'REFUNDING' => 'pending',
                        'REFUNDED' => 'failed',
                    ],
                    'withdrawalStatuses' => [
                        'WAITING' => 'pending',
                        'PROCESSING' => 'pending',
                        'DONE' => 'ok',
                        'FAILED' => 'failed',
                        'CANCELLED' => 'canceled',
                        'REJECTED' => 'failed',
                    ],
                    'timeInForceIds' => ['IOC' => 'ioc', 'FOK' => 'fok'],
                ],
                'exceptions' => [
                    'exact' => [
                        'invalid_query_payload' => AuthenticationError::class,
                        'jwt_verification' => AuthenticationError::class,
                        'expired_access_key' => AuthenticationError::class,
                        'nonce_used' => InvalidNonce::class,
                        'no_authorization_i_p' => PermissionDenied::class,
                        'out_of_scope' => PermissionDenied::class,
                        'insufficient_funds_bid' => InsufficientFunds::class,
                        'insufficient_funds_ask' => InsufficientFunds::class,
                        'under_min_total_bid' => InvalidOrder::class,
                        'under_min_total_ask' => InvalidOrder::class,
                        'create_bid_error' => InvalidOrder::class,
                        'create_ask_error' => InvalidOrder::class,
                        'withdraw_address_not_registered' => InvalidAddress::class,
                        'withdraw_address_not_registerd' => InvalidAddress::class,
                        'order_not_found' => OrderNotFound::class,
                        'validation_error' => BadRequest::class,
                        'too_many_requests' => RateLimitExceeded::class,
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
        // market/all?isDetails=true: [ { market: 'KRW-BTC', korean_name, english_name, market_event: { warning,
        // caution } } ]. Limits and a market's own fees come from orders/chance, one private request a
        // market: not fetched here (fetchTradingFee reads them). KRW prices step by a price-dependent unit,
        // so no single price tick is stated; amounts have 8 decimals.
        $response = $this->public_get_market_all($this->extend(['isDetails' => true], $params));
        $result = [];
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            // An entry without a quote-base id has no symbol to trade it by here, and is left out: its split failed
            // the whole load with a TypeError.
            $id = $this->safe_string(Js::get($response, $i), 'market');
            if (($id !== null) && (count(Js::split($id, '-')) == 2)) {
                $result[] = $this->parse_market(Js::get($response, $i));
            }
        }
        return $result;
    }

    public function parse_market($entry) {
        $id = $this->safe_string($entry, 'market');
        [$quote_id, $base_id] = Js::destructure(Js::split($id, '-'), 2);
        $base = $this->safe_currency_code($base_id);
        $quote = $this->safe_currency_code($quote_id);
        return $this->safe_market_structure(
            [
                'id' => $id,
                'symbol' => Js::boundedText(Js::toStr($base) . '/' . Js::toStr($quote)),
                'base' => $base,
                'quote' => $quote,
                'baseId' => $base_id,
                'quoteId' => $quote_id,
                'active' => true,
                'type' => 'spot',
                'spot' => true,
                'taker' => Js::get(Js::get($this->fees, 'trading'), 'taker'),
                'maker' => Js::get(Js::get($this->fees, 'trading'), 'maker'),
                'precision' => ['amount' => $this->parse_number('0.00000001'), 'price' => null],
                'limits' => [
                    'amount' => ['min' => null, 'max' => null],
                    'price' => ['min' => null, 'max' => null],
                    'cost' => ['min' => null, 'max' => null],
                ],
                'info' => $entry,
            ],
        );
    }

    public function market_from_id($market_id, $market = null) {
        // A quote-base id (KRW-BTC) as a market: the loaded one, the one given, or one built from the id.
        $known = $this->marketsById === null ? null : $this->safe_list($this->marketsById, $market_id);
        if (
            ($known !== null) || ($market !== null) || ($market_id === null) || (
                Js::indexOf($market_id, '-') <= 0
            )
        ) {
            return $this->safe_market($market_id, $market);
        }
        [$quote_id, $base_id] = Js::destructure(Js::split($market_id, '-'), 2);
        $base = $this->safe_currency_code($base_id);
        $quote = $this->safe_currency_code($quote_id);
        return $this->safe_market_structure(
            [
                'id' => $market_id,
                'symbol' => Js::boundedText(Js::toStr($base) . '/' . Js::toStr($quote)),
                'base' => $base,
                'quote' => $quote,
                'baseId' => $base_id,
                'quoteId' => $quote_id,
            ],
        );
    }

    // --- market data ---------------------------------------------------------------------------------
    public function parse_ticker($ticker, $market = null) {
        // ticker: { market, trade_timestamp, opening_price, high_price, low_price, trade_price,
        // prev_closing_price, signed_change_price, signed_change_rate, acc_trade_volume_24h,
        // acc_trade_price_24h, timestamp }. Open, high and low are of the day (since 00:00 KST), the volumes
        // of the last 24 h; change and rate are against the previous day's close.
        $market = $this->market_from_id($this->safe_string($ticker, 'market'), $market);
        $rate = $this->safe_string($ticker, 'signed_change_rate');
        return $this->ticker_structure(
            symbol: Js::get($market, 'symbol'),
            timestamp: $this->safe_integer($ticker, 'timestamp'),
            high: $this->safe_string($ticker, 'high_price'),
            low: $this->safe_string($ticker, 'low_price'),
            open: $this->safe_string($ticker, 'opening_price'),
            last: $this->safe_string($ticker, 'trade_price'),
            previous_close: $this->safe_string($ticker, 'prev_closing_price'),
            change: $this->safe_string($ticker, 'signed_change_price'),
            percentage: $rate === null ? null : Precise::string_mul($rate, '100'),
            base_volume: $this->safe_string($ticker, 'acc_trade_volume_24h'),
            quote_volume: $this->safe_string($ticker, 'acc_trade_price_24h'),
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
        $response = $this->public_get_ticker($this->extend(['markets' => Js::get($market, 'id')], $params));
        return $this->parse_ticker($this->safe_dict($response, 0, []), $market);
    }

    public function fetch_tickers($symbols = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // ticker?markets=A,B for the symbols given, else ticker/all?quote_currencies= every loaded quote.
        $this->load_markets();
        $response = null;
        if ($symbols !== null) {
            $ids = $this->market_ids($symbols);
            $response = $this->public_get_ticker($this->extend(['markets' => Js::join($ids, ',')], $params));
        } else {
            $quotes = $this->unique($this->pluck(Js::values($this->markets), 'quoteId'));
            $response = $this->public_get_ticker_all(
                $this->extend(['quote_currencies' => Js::join($quotes, ',')], $params),
            );
        }
        return $this->parse_tickers($response, $symbols);
    }

    public function fetch_order_book($symbol, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // orderbook?markets=: [ { market, timestamp, orderbook_units: [ { ask_price, bid_price, ask_size,
        // bid_size } ] } ], one unit a level, best first.
        $this->load_markets();
        $market = $this->market($symbol);
        $response = $this->public_get_orderbook(
            $this->extend(['markets' => Js::get($market, 'id')], $params),
        );
        $entry = $this->safe_dict($response, 0, []);
        $units = $this->safe_list($entry, 'orderbook_units', []);
        $book = $this->parse_order_book(
            ['units' => $units],
            Js::get($market, 'symbol'),
            $this->safe_integer($entry, 'timestamp'),
            'units',
            'units',
            'bid_price',
            'bid_size',
        );
        $asks = $this->parse_order_book(
            ['units' => $units],
            Js::get($market, 'symbol'),
            null,
            'units',
            'units',
            'ask_price',
            'ask_size',
        );
        Js::set($book, 'asks', Js::get($asks, 'asks'));
        if ($limit !== null) {
            Js::set($book, 'bids', Js::slice(Js::get($book, 'bids'), 0, $limit));
            Js::set($book, 'asks', Js::slice(Js::get($book, 'asks'), 0, $limit));
        }
        return $book;
    }

    public function parse_ohlcv($ohlcv, $market = null) {
        // { candle_date_time_utc: '2018-04-18T10:16:00' (the candle's start, UTC without a zone),
        // opening_price, high_price, low_price, trade_price (the close), candle_acc_trade_volume (base) }.
        return [
            $this->parse8601(
                Js::boundedText(Js::toStr($this->safe_string($ohlcv, 'candle_date_time_utc')) . 'Z'),
            ),
            $this->safe_number($ohlcv, 'opening_price'),
            $this->safe_number($ohlcv, 'high_price'),
            $this->safe_number($ohlcv, 'low_price'),
            $this->safe_number($ohlcv, 'trade_price'),
            $this->safe_number($ohlcv, 'candle_acc_trade_volume'),
        ];
    }

    public function candle_time($timestamp) {
        // candles' to: an ISO 8601 UTC time in whole seconds.
        return Js::boundedText(Js::toStr($this->ymdhms($timestamp, 'T')) . 'Z');
    }

    public function fetch_ohlcv($symbol, $timeframe = null, $since = null, $limit = null, $params = null) {
        if ($timeframe === null) {
            $timeframe = '1m';
        }
        if ($params === null) {
            $params = [];
        }
        // candles/minutes/{unit}, days, weeks or months: market, count (at most 200) and to (the end,
        // exclusive); newest first. since becomes to = since + count candles; the unified until (inclusive)
        // bounds it.
        $this->load_markets();
        $market = $this->market($symbol);
        $unit = $this->safe_string($this->timeframes, $timeframe);
        if ($unit === null) {
            throw new BadRequest(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' fetchOHLCV () does not support the timeframe ' . Js::toStr($timeframe) . ': one of ') . Js::join(
                        Js::keys($this->timeframes),
                        ', ',
                    ),
                ),
            );
        }
        $count = $limit === null ? Js::get($this->options, 'maxCandles') : Js::min(
            $limit,
            Js::get($this->options, 'maxCandles'),
        );
        $request = ['market' => Js::get($market, 'id'), 'count' => $count];
        $until = $this->safe_integer($params, 'until');
        $end = null;
        if ($since !== null) {
            $end = Js::add(
                $since,
                Js::multiply(
                    $count,
                    $this->safe_integer(Js::get($this->options, 'timeframeMilliseconds'), $timeframe),
                ),
            );
        }
        if ($until !== null) {
            // The next whole second after until, so that a candle starting at until is included.
            $after = Js::multiply(Js::number(Js::floor(Js::divide($until, 1000)) + 1), 1000);
            $end = $end === null ? $after : Js::min($end, $after);
        }
        if ($end !== null) {
            $request['to'] = $this->candle_time($end);
        }
        $query = $this->extend($request, $this->omit($params, 'until'));
        $response = null;
        if ($unit === 'days') {
            $response = $this->public_get_candles_days($query);
        } elseif ($unit === 'weeks') {
            $response = $this->public_get_candles_weeks($query);
        } elseif ($unit === 'months') {
            $response = $this->public_get_candles_months($query);
        } else {
            $response = $this->public_get_candles_minutes_unit($this->extend(['unit' => $unit], $query));
        }
        return $this->parse_ohlcvs($response, $market, $timeframe, $since, $limit);
    }

    public function parse_trade($trade, $market = null) {
        // Public trades (trades/ticks): { market, timestamp, trade_price, trade_volume, ask_bid ('ASK': a
        // sell took the book, 'BID' a buy), sequential_id }. An order's trades (GET order): { market, uuid,
        // price, volume, funds (the cost), side ('bid' or 'ask', the order's), created_at }.
        $market = $this->market_from_id($this->safe_string($trade, 'market'), $market);
        $created_at = $this->safe_string($trade, 'created_at');
        $timestamp = $created_at !== null ? $this->parse8601($created_at) : $this->safe_integer(
            $trade,
            'timestamp',
        );
        $side = $this->parse_side($this->safe_string_lower2($trade, 'ask_bid', 'side'));
        return $this->trade_structure(
            id: $this->safe_string2($trade, 'uuid', 'sequential_id'),
            symbol: Js::get($market, 'symbol'),
            timestamp: $timestamp,
            side: $side,
            price: $this->safe_string2($trade, 'trade_price', 'price'),
            amount: $this->safe_string2($trade, 'trade_volume', 'volume'),
            cost: $this->safe_string($trade, 'funds'),
            info: $trade,
            market: $market,
        );
    }

    public function parse_side($side) {
        // Upbit's bid and ask are buy and sell.
        if ($side === 'bid') {
            return 'buy';
        }
        if ($side === 'ask') {
            return 'sell';
        }
        return null;
    }

    public function fetch_trades($symbol, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // trades/ticks: market, count (at most 500); the latest trades, newest first; since filters them.
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['market' => Js::get($market, 'id')];
        if ($limit !== null) {
            $request['count'] = Js::min($limit, 500);
        }
        $response = $this->public_get_trades_ticks($this->extend($request, $params));
        return $this->parse_trades($response, $market, $since, $limit);
    }

    // --- account -------------------------------------------------------------------------------------
    public function fetch_balance($params = null) {
        if ($params === null) {
            $params = [];
        }
        // accounts: [ { currency, balance (available), locked (in orders and withdrawals), avg_buy_price,
        // unit_currency } ].
        $this->load_markets();
        $response = $this->private_get_accounts($params);
        $result = ['info' => $response];
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            $entry = Js::get($response, $i);
            $code = $this->safe_currency_code($this->safe_string($entry, 'currency'));
            $account = $this->account();
            Js::set($account, 'free', $this->safe_string($entry, 'balance'));
            Js::set($account, 'used', $this->safe_string($entry, 'locked'));
            Js::setKey($result, $code, $account);
        }
        return $this->safe_balance($result);
    }

    public function fetch_trading_fee($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // orders/chance?market=: { bid_fee, ask_fee, maker_bid_fee, maker_ask_fee, market: { ... } }. Upbit
        // charges per side; the fee of a buy (bid) is reported, the one of a sell is in info.
        $this->load_markets();
        $market = $this->market($symbol);
        $response = $this->private_get_orders_chance(
            $this->extend(['market' => Js::get($market, 'id')], $params),
        );
        return [
            'symbol' => Js::get($market, 'symbol'),
            'maker' => $this->safe_number2($response, 'maker_bid_fee', 'bid_fee'),
            'taker' => $this->safe_number($response, 'bid_fee'),
            'info' => $response,
        ];
    }

    // --- orders --------------------------------------------------------------------------------------
    public function parse_order_type($ord_type) {
        // limit is a limit order; price (a buy sized by its total), market (a sell sized by volume) and best
        // (at the best price, with ioc or fok) are market orders.
        if ($ord_type === 'limit') {
            return 'limit';
        }
        if (($ord_type === 'price') || ($ord_type === 'market') || ($ord_type === 'best')) {
            return 'market';
        }
        return null;
    }

    public function parse_order_status($order) {
        // wait and watch are open, done closed, cancel canceled; but a market order (ord_type price or
        // market) whose rest is too small to fill ends as cancel after it has traded: with an executed
        // volume it is closed.
        $state = $this->safe_string($order, 'state');
        $ord_type = $this->safe_string($order, 'ord_type');
        $is_market = ($ord_type === 'price') || ($ord_type === 'market');
        $executed = $this->safe_string($order, 'executed_volume', '0');
        if (($state === 'cancel') && $is_market && Precise::string_gt($executed, '0')) {
            return 'closed';
        }
        return $this->safe_string(Js::get($this->options, 'orderStatuses'), $state, $state);
    }

    public function parse_time_in_force($time_in_force) {
        if ($time_in_force === 'post_only') {
            return 'PO';
        }
        return $time_in_force === null ? null : Js::upperCase(
            Js::textReceiver($time_in_force, 'toUpperCase'),
        );
    }

    public function parse_order($order, $market = null) {
        // POST orders, GET order, DELETE order and the lists: { uuid, side, ord_type, price, state, market,
        // created_at, volume, remaining_volume, executed_volume, executed_funds, paid_fee, time_in_force,
        // identifier, trades_count, trades: [ ... ] (GET order only) }. A market buy (ord_type price) has
        // price = the total to spend and no volume.
        $market = $this->market_from_id($this->safe_string($order, 'market'), $market);
        $ord_type = $this->safe_string($order, 'ord_type');
        $is_limit = $ord_type === 'limit';
        $raw_trades = $this->safe_list($order, 'trades', []);
        $trades = [];
        for ($i = 0; $i < count($raw_trades); $i++) {
            $trade = $this->parse_trade(Js::get($raw_trades, $i), $market);
            Js::set($trade, 'order', $this->safe_string($order, 'uuid'));
            $trades[] = $trade;
        }
        $cost = $this->safe_string($order, 'executed_funds');
        if (($cost === null) && (count($trades) > 0)) {
            $cost = '0';
            for ($i = 0; $i < count($raw_trades); $i++) {
                $cost = Precise::string_add(
                    $cost,
                    $this->safe_string(Js::get($raw_trades, $i), 'funds', '0'),
                );
            }
        }
        $fee = null;
        $paid_fee = $this->safe_string($order, 'paid_fee');
        if ($paid_fee !== null) {
            $fee = [
                'cost' => $paid_fee,
                'currency' => Js::get($market, 'quote'),
            ]; // fees are paid in the quote currency
        }
        $time_in_force = $this->safe_string($order, 'time_in_force');
        return $this->safe_order(
            [
                'id' => $this->safe_string($order, 'uuid'),
                'clientOrderId' => $this->safe_string($order, Js::get($this->options, 'clientOrderIdField')),
                'symbol' => Js::get($market, 'symbol'),
                'timestamp' => $this->parse8601($this->safe_string($order, 'created_at')),
                'status' => $this->parse_order_status($order),
                'type' => $this->parse_order_type($ord_type),
                'timeInForce' => $this->parse_time_in_force($time_in_force),
                'postOnly' => $time_in_force === null ? null : ($time_in_force === 'post_only'),
                'side' => $this->parse_side($this->safe_string($order, 'side')),
                'price' => $is_limit ? $this->safe_string($order, 'price') : null,
                'amount' => $this->safe_string($order, 'volume'),
                'filled' => $this->safe_string($order, 'executed_volume'),
                'remaining' => $this->safe_string($order, 'remaining_volume'),
                'cost' => $cost,
                'fee' => $fee,
                'trades' => $trades,
                'info' => $order,
            ],
            $market,
        );
    }

    public function order_time_in_force($unified) {
        // time_in_force: post_only for postOnly (limit orders only, checked by unifiedOrderParams), ioc or
        // fok for IOC and FOK; undefined for GTC, the default.
        if (Js::truthy(Js::get($unified, 'postOnly'))) {
            return 'post_only';
        }
        return $this->safe_string(
            Js::get($this->options, 'timeInForceIds'),
            Js::get($unified, 'timeInForce'),
        );
    }

    public function order_request($market, $type, $side, $amount, $price, $unified, $method) {
        // Upbit's order fields: ord_type, volume, price, time_in_force, identifier. A limit order has volume
        // and price; a market sell (ord_type market) volume; a market buy (ord_type price) price = the
        // total to spend, from the unified param cost. Upbit's API places no stop orders and no reduce-only
        // ones.
        $this->reject_unified_params(
            $method,
            $unified,
            ['reduceOnly', 'triggerPrice', 'stopLossPrice', 'takeProfitPrice'],
        );
        if (!($type === 'limit') && !($type === 'market')) {
            throw new InvalidOrder(
                Js::boundedText(
                    Js::toStr($this->id) . ' ' . Js::toStr($method) . ' () type must be limit or market, not ' . Js::toStr(
                        $type,
                    ),
                ),
            );
        }
        $symbol = Js::get($market, 'symbol');
        $request = [];
        $immediate = (Js::get($unified, 'timeInForce') === 'IOC') || (
            Js::get($unified, 'timeInForce') === 'FOK'
        );
        if ($type === 'limit') {
            if ($price === null) {
                throw new ArgumentsRequired(
                    Js::boundedText(
                        Js::toStr($this->id) . ' ' . Js::toStr(
                            $method,
                        ) . ' () requires a price for a limit order',
                    ),
                );
            }
            $request['ord_type'] = 'limit';
            if ($amount !== null) {
                $request['volume'] = $this->amount_to_precision($symbol, $amount);
            }
            $request['price'] = $this->price_to_precision($symbol, $price);
        } elseif ($side === 'buy') {
            if (Js::get($unified, 'cost') === null) {
                throw new ArgumentsRequired(
                    Js::boundedText(
                        Js::toStr($this->id) . ' ' . Js::toStr(
                            $method,
                        ) . ' () a market buy is sized by its total: pass the unified param cost (createMarketBuyOrderWithCost)',
                    ),
                );
            }
            // A market order with IOC or FOK is Upbit's best order (at the best price), sized the same way.
            $request['ord_type'] = $immediate ? 'best' : 'price';
            $request['price'] = $this->cost_to_precision($symbol, Js::get($unified, 'cost'));
        } else {
            if (Js::get($unified, 'cost') !== null) {
                throw new InvalidOrder(
                    Js::boundedText(
                        Js::toStr($this->id) . ' ' . Js::toStr(
                            $method,
                        ) . ' () cost sizes market buys only: a market sell is sized by amount',
                    ),
                );
            }
            $request['ord_type'] = $immediate ? 'best' : 'market';
            if ($amount !== null) {
                $request['volume'] = $this->amount_to_precision($symbol, $amount);
            }
        }
        $time_in_force = $this->order_time_in_force($unified);
        if ($time_in_force !== null) {
            $request['time_in_force'] = $time_in_force;
        }
        if (Js::get($unified, 'clientOrderId') !== null) {
            $request['identifier'] = Js::get($unified, 'clientOrderId');
        }
        return $request;
    }

    public function create_order($symbol, $type, $side, $amount, $price = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST orders: { market, side: bid or ask, ord_type, volume, price, time_in_force, identifier }; the
        // unified clientOrderId is identifier, postOnly time_in_force post_only, IOC and FOK ioc and fok.
        $this->load_markets();
        $market = $this->market($symbol);
        [$unified, $rest] = Js::destructure($this->unified_order_params($type, $params), 2);
        $fields = $this->order_request($market, $type, $side, $amount, $price, $unified, 'createOrder');
        $sized_by_cost = ($type === 'market') && ($side === 'buy');
        if (!($sized_by_cost) && ($this->safe_string($fields, 'volume') === null)) {
            throw new ArgumentsRequired(
                Js::boundedText(Js::toStr($this->id) . ' createOrder () requires an amount'),
            );
        }
        $request = $this->extend(
            ['market' => Js::get($market, 'id'), 'side' => $side === 'buy' ? 'bid' : 'ask'],
            $fields,
        );
        $response = $this->private_post_orders($this->extend($request, $rest));
        return $this->parse_order($response, $market);
    }

    public function edit_order($id, $symbol, $type, $side, $amount = null, $price = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST orders/cancel_and_new: cancels the order (prev_order_uuid) and places a new one of the same
        // market and side with the new_ fields of createOrder's; without an amount the new order takes the
        // remaining volume of the old one (new_volume remain_only). The answer is the canceled order with
        // new_order_uuid and new_order_identifier: the new order is returned, its state unknown until fetched.
        $this->load_markets();
        $market = $this->market($symbol);
        [$unified, $rest] = Js::destructure($this->unified_order_params($type, $params), 2);
        $fields = $this->order_request($market, $type, $side, $amount, $price, $unified, 'editOrder');
        $request = ['prev_order_uuid' => $id];
        $keys = Js::keys($fields);
        for ($i = 0; $i < count($keys); $i++) {
            $value = $this->safe_value($fields, $keys[$i]);
            if ($value !== null) {
                $request[Js::boundedText('new_' . Js::toStr($keys[$i]))] = $value;
            }
        }
        $sized_by_cost = ($type === 'market') && ($side === 'buy');
        if (!($sized_by_cost) && ($amount === null)) {
            $request['new_volume'] = 'remain_only';
        }
        $response = $this->private_post_orders_cancel_and_new($this->extend($request, $rest));
        $time_in_force = $this->safe_string($fields, 'time_in_force');
        return $this->safe_order(
            [
                'id' => $this->safe_string($response, 'new_order_uuid'),
                'clientOrderId' => $this->safe_string($response, 'new_order_identifier'),
                'symbol' => Js::get($market, 'symbol'),
                'type' => $type,
                'side' => $side,
                'timeInForce' => $this->parse_time_in_force($time_in_force),
                'postOnly' => $type === 'limit' ? Js::get($unified, 'postOnly') : null,
                'price' => $type === 'limit' ? $this->safe_string($fields, 'price') : null,
                'amount' => $this->safe_string($fields, 'volume'),
                'info' => $response,
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

    public function order_id_request($id, $params) {
        // uuid, or identifier (options['clientOrderIdField']) for the unified clientOrderId (then id may be
        // undefined).
        $client_order_id = $this->safe_string($params, 'clientOrderId');
        $rest = $this->omit($params, 'clientOrderId');
        if ($client_order_id !== null) {
            $request = [];
            Js::setKey($request, Js::get($this->options, 'clientOrderIdField'), $client_order_id);
            return $this->extend($request, $rest);
        }
        if ($id === null) {
            throw new ArgumentsRequired(
                Js::boundedText(Js::toStr($this->id) . ' requires an order id or the param clientOrderId'),
            );
        }
        return $this->extend(['uuid' => $id], $rest);
    }

    public function cancel_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // DELETE order?uuid= (or identifier=): the order as it was when the cancel was accepted (state wait).
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $response = $this->private_delete_order($this->order_id_request($id, $params));
        $order = $this->parse_order($response, $market);
        Js::set($order, 'status', 'canceled');
        return $order;
    }

    public function cancel_all_orders($symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // DELETE orders/open?pairs=&count=: cancels the waiting orders (of one market when given), at most
        // 300 a request (count 300: the default is 20); { success: { count, orders: [ { uuid, market,
        // identifier } ] }, failed: { ... } }. The orders whose cancel was accepted are returned; reserved
        // (watch) orders are not touched by this endpoint.
        $this->load_markets();
        $request = ['count' => 300];
        $market = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
            $request['pairs'] = Js::get($market, 'id');
        }
        $response = $this->private_delete_orders_open($this->extend($request, $params));
        $success = $this->safe_dict($response, 'success', []);
        $entries = $this->safe_list($success, 'orders', []);
        $result = [];
        for ($i = 0; $i < count($entries); $i++) {
            $entry = Js::get($entries, $i);
            $entry_market = $this->market_from_id($this->safe_string($entry, 'market'), $market);
            $result[] = $this->safe_order(
                [
                    'id' => $this->safe_string($entry, 'uuid'),
                    'clientOrderId' => $this->safe_string($entry, 'identifier'),
                    'symbol' => Js::get($entry_market, 'symbol'),
                    'status' => 'canceled',
                    'info' => $entry,
                ],
                $entry_market,
            );
        }
        return $result;
    }

    public function fetch_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // GET order?uuid= (or identifier=): the order with its trades.
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $response = $this->private_get_order($this->order_id_request($id, $params));
        return $this->parse_order($response, $market);
    }

    public function fetch_order_trades($id, $symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // The trades of GET order.
        $order = $this->fetch_order($id, $symbol, $params);
        return $this->filter_by_since_limit(Js::get($order, 'trades'), $since, $limit);
    }

    public function fetch_open_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // orders/open: market, limit (at most 100), order_by; state wait by default (watch: reserved orders).
        $this->load_markets();
        $request = [];
        $market = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
            $request['market'] = Js::get($market, 'id');
        }
        if ($limit !== null) {
            $request['limit'] = Js::min($limit, 100);
        }
        $response = $this->private_get_orders_open($this->extend($request, $params));
        return $this->parse_orders($response, $market, $since, $limit);
    }

    public function fetch_closed_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // orders/closed: market, start_time and end_time (ISO 8601; a window of at most 7 days), limit (at
        // most 1000), order_by; states done and cancel by default.
        $this->load_markets();
        $request = [];
        $market = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
            $request['market'] = Js::get($market, 'id');
        }
        if ($since !== null) {
            $request['start_time'] = $this->candle_time($since);
        }
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            $request['end_time'] = $this->candle_time($until);
        }
        if ($limit !== null) {
            $request['limit'] = Js::min($limit, 1000);
        }
        $response = $this->private_get_orders_closed($this->extend($request, $this->omit($params, 'until')));
        return $this->parse_orders($response, $market, $since, $limit);
    }

    // --- funding -------------------------------------------------------------------------------------
    public function parse_transaction($transaction, $currency = null) {
        // deposits and withdraws: { type: 'deposit' or 'withdraw', uuid, currency, net_type, txid, state,
        // created_at, done_at, amount, fee, transaction_type }.
        $code = $this->safe_currency_code($this->safe_string($transaction, 'currency'), $currency);
        $type = $this->safe_string($transaction, 'type') === 'deposit' ? 'deposit' : 'withdrawal';
        $statuses = $type === 'deposit' ? Js::get($this->options, 'depositStatuses') : Js::get(
            $this->options,
            'withdrawalStatuses',
        );
        $state = $this->safe_string_upper($transaction, 'state');
        $fee_cost = $this->safe_string($transaction, 'fee');
        $net_type = $this->safe_string($transaction, 'net_type');
        return $this->safe_transaction(
            [
                'id' => $this->safe_string($transaction, 'uuid'),
                'txid' => $this->safe_string($transaction, 'txid'),
                'timestamp' => $this->parse8601($this->safe_string($transaction, 'created_at')),
                'network' => $net_type === null ? null : $this->network_code($net_type),
                'type' => $type,
                'amount' => $this->safe_string($transaction, 'amount'),
                'currency' => $code,
                'status' => $this->safe_string($statuses, $state, $state),
                'updated' => $this->parse8601($this->safe_string($transaction, 'done_at')),
                'fee' => $fee_cost === null ? null : ['cost' => $fee_cost, 'currency' => $code],
                'info' => $transaction,
            ],
            $currency,
        );
    }

    public function fetch_transfers($type, $code, $since, $limit, $params) {
        // deposits or withdraws: currency, limit (at most 100), order_by; newest first. The lists page by
        // uuid cursors (from, to), not by time: the unified until cannot be honoured.
        if ($this->safe_value($params, 'until') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' fetchDeposits () and fetchWithdrawals () do not support the unified param until: the lists have no time range',
                ),
            );
        }
        $this->load_markets();
        $request = [];
        $currency = null;
        if ($code !== null) {
            $currency = $this->currency($code);
            $request['currency'] = Js::get($currency, 'id');
        }
        if ($limit !== null) {
            $request['limit'] = Js::min($limit, 100);
        }
        $query = $this->extend($request, $params);
        $response = null;
        if ($type === 'deposit') {
            $response = $this->private_get_deposits($query);
        } else {
            $response = $this->private_get_withdraws($query);
        }
        return $this->parse_transactions($response, $currency, $since, $limit);
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
        return $this->fetch_transfers('withdrawal', $code, $since, $limit, $params);
    }

    public function net_type($currency, $params, $method) {
        // The unified param network as net_type; Upbit requires it for addresses and withdrawals.
        $network_code = $this->safe_string($params, 'network');
        if ($network_code === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::boundedText(Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($method) . ' () requires the unified param network (') . Js::toStr($this->name) . '\'s net_type): one of ') . Js::join(
                        Js::keys(Js::get($this->options, 'networks')),
                        ', ',
                    ) . ' or the exchange\'s own',
                ),
            );
        }
        return $this->network_id($network_code, $currency);
    }

    public function parse_deposit_address($entry, $currency = null) {
        // { currency, net_type, deposit_address, secondary_address (the memo or tag) }.
        $code = $this->safe_currency_code($this->safe_string($entry, 'currency'), $currency);
        $address = $this->safe_string($entry, 'deposit_address');
        if ($address === null) {
            throw new AddressPending(
                Js::boundedText(
                    Js::toStr($this->id) . ' the deposit address of ' . Js::toStr(
                        $code,
                    ) . ' is not ready yet: createDepositAddress () makes one, then fetch it again',
                ),
            );
        }
        $net_type = $this->safe_string($entry, 'net_type');
        return [
            'currency' => $code,
            'address' => $address,
            'tag' => $this->safe_string($entry, 'secondary_address'),
            'network' => $net_type === null ? null : $this->network_code($net_type),
            'info' => $entry,
        ];
    }

    public function fetch_deposit_address($code, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // deposits/coin_address?currency=&net_type=.
        $this->load_markets();
        $currency = $this->currency($code);
        $request = [
            'currency' => Js::get($currency, 'id'),
            'net_type' => $this->net_type($currency, $params, 'fetchDepositAddress'),
        ];
        $response = $this->private_get_deposits_coin_address(
            $this->extend($request, $this->omit($params, 'network')),
        );
        return $this->parse_deposit_address($response, $currency);
    }

    public function fetch_deposit_addresses($codes = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // deposits/coin_addresses: every address of the account (one per currency and network); codes
        // filters them. Addresses still being made (no deposit_address) are left out.
        $this->load_markets();
        $response = $this->private_get_deposits_coin_addresses($params);
        $result = [];
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            $entry = Js::get($response, $i);
            $code = $this->safe_currency_code($this->safe_string($entry, 'currency'));
            if (($codes !== null) && !(Js::truthy($this->in_array($code, $codes)))) {
                continue;
            }
            if ($this->safe_string($entry, 'deposit_address') === null) {
                continue;
            }
            $result[] = $this->parse_deposit_address($entry);
        }
        return $result;
    }

    public function create_deposit_address($code, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST deposits/generate_coin_address { currency, net_type }: the address when it exists, else
        // { success: true, message } while it is being made (AddressPending: fetch it later).
        $this->load_markets();
        $currency = $this->currency($code);
        $request = [
            'currency' => Js::get($currency, 'id'),
            'net_type' => $this->net_type($currency, $params, 'createDepositAddress'),
        ];
        $response = $this->private_post_deposits_generate_coin_address(
            $this->extend($request, $this->omit($params, 'network')),
        );
        return $this->parse_deposit_address($response, $currency);
    }

    public function withdraw($code, $amount, $address, $tag = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST withdraws/coin { currency, net_type, amount, address, secondary_address, transaction_type }:
        // the withdrawal (state WAITING). The address must be registered for withdrawals on upbit.com.
        $this->load_markets();
        $currency = $this->currency($code);
        $request = [
            'currency' => Js::get($currency, 'id'),
            'net_type' => $this->net_type($currency, $params, 'withdraw'),
            'amount' => $this->number_to_string($amount),
            'address' => $address,
        ];
        if ($tag !== null) {
            $request['secondary_address'] = $tag;
        }
        $response = $this->private_post_withdraws_coin(
            $this->extend($request, $this->omit($params, 'network')),
        );
        $transaction = $this->parse_transaction($response, $currency);
        Js::set($transaction, 'address', $address);
        Js::set($transaction, 'tag', $tag);
        return $transaction;
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
        // GET and DELETE send their params as the query string, POST as a JSON body. Private requests carry
        // Authorization: Bearer <JWT> with { access_key, nonce (a UUID), query_hash (hex SHA-512 of the
        // params as a query string, unencoded), query_hash_alg: SHA512 }; no params, no query_hash. With
        // options['jwtTimestamp'] the claims also hold timestamp (ms) after the nonce, with
        // options['queryHashUrlencoded'] the hashed query string is url-encoded (as sent).
        $endpoint = Js::boundedText(
            Js::boundedText('/' . Js::toStr($this->version) . '/') . Js::toStr(
                $this->implode_params($path, $params),
            ),
        );
        $query = $this->omit($params, $this->extract_params($path));
        $has_params = count(Js::keys($query)) > 0;
        $is_post = $method === 'POST';
        $url = Js::boundedText(Js::toStr(Js::get($this->urls, 'api')) . $endpoint);
        if ($has_params && !($is_post)) {
            $url .= Js::within($url, Js::within($url, '?') . Js::toStr($this->urlencode($query)));
        }
        if ($api === 'public') {
            return ['url' => $url, 'method' => $method, 'body' => $body, 'headers' => $headers];
        }
        $this->check_required_credentials();
        $payload = ['access_key' => $this->apiKey, 'nonce' => $this->uuid()];
        if (Js::truthy(Js::get($this->options, 'jwtTimestamp'))) {
            $payload['timestamp'] = $this->milliseconds();
        }
        if ($has_params) {
            $query_string = Js::truthy(Js::get($this->options, 'queryHashUrlencoded')) ? $this->urlencode($query) : $this->rawencode(
                $query,
            );
            $payload = $this->extend(
                $payload,
                [
                    'query_hash' => $this->hash($this->encode($query_string), 'sha512', 'hex'),
                    'query_hash_alg' => 'SHA512',
                ],
            );
        }
        $token = $this->jwt($payload, $this->encode($this->secret), Js::get($this->options, 'jwtAlgorithm'));
        $headers = ['Authorization' => Js::boundedText('Bearer ' . Js::toStr($token))];
        if ($is_post) {
            $body = $has_params ? $this->json($query) : '{}';
            Js::set($headers, 'Content-Type', 'application/json; charset=utf-8');
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
        // { "error": { "name": ..., "message": ... } }: the name picks the class; an unknown name falls back to
        // the HTTP status (a 429 may also come with a plain-text body).
        if (($response === null) || Js::isArray($response) || !(Js::typeof($response) === 'object')) {
            return;
        }
        $error = $this->safe_dict($response, 'error');
        if ($error === null) {
            return;
        }
        $name = $this->safe_string($error, 'name');
        $message = $this->safe_string($error, 'message', '');
        $feedback = Js::boundedText(
            Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($method) . ' ' . Js::toStr($url) . ' ') . Js::toStr($this->string_of($status, '')) . ' ' . Js::toStr(
                $name,
            ) . ' ' . $message,
        );
        $this->throw_exactly_matched_exception(Js::get($this->exceptions, 'exact'), $name, $feedback);
        $this->throw_broadly_matched_exception(Js::get($this->exceptions, 'broad'), $message, $feedback);
    }
}
