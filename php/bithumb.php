<?php

// Generated from js/bithumb.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class bithumb extends Exchange {
    public function describe() {
        return $this->deep_extend(
            parent::describe(),
            [
                'id' => 'bithumb',
                'name' => 'Bithumb',
                'countries' => ['KR'],
                'version' => 'v1',
                'rateLimit' => 10,
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
                    'cancelAllOrders' => false,
                    'fetchOrderTrades' => true,
                    'fetchTradingFee' => true,
                    'fetchDepositAddresses' => true,
                    'createDepositAddress' => true,
                    'fetchDepositWithdrawFees' => false,
                    'transfer' => false,
                    'createMarketBuyOrderWithCost' => true,
                ],
                'urls' => [
                    'logo' => 'https://www.bithumb.com/favicon.ico',
                    'api' => 'https://api.bithumb.com',
                    'www' => 'https://www.bithumb.com',
                    'doc' => ['https://apidocs.bithumb.com/reference', 'https://apidocs.bithumb.com/docs'],
                    'fees' => 'https://www.bithumb.com/customer_support/info_fee',
                ],
                'api' => [
                    'public' => [
                        'get' => [
                            'market/all' => 1,
                            'market/virtual_asset_warning' => 1,
                            'candles/minutes/{unit}' => 1,
                            'candles/days' => 1,
                            'candles/weeks' => 1,
                            'candles/months' => 1,
                            'trades/ticks' => 1,
                            'ticker' => 1,
                            'orderbook' => 1,
                            'notices' => 1,
                        ],
                    ],
                    'private' => [
                        'get' => [
                            'accounts' => 1,
                            'orders/chance' => 1,
                            'order' => 1,
                            'orders' => 1,
                            'withdraws' => 1,
                            'withdraws/krw' => 1,
                            'withdraw' => 1,
                            'withdraws/chance' => 1,
                            'withdraws/coin_addresses' => 1,
                            'deposits' => 1,
                            'deposits/krw' => 1,
                            'deposit' => 1,
                            'deposits/coin_addresses' => 1,
                            'deposits/coin_address' => 1,
                            'status/wallet' => 1,
                            'api_keys' => 1,
                        ],
                        'post' => [
                            'orders' => 1,
                            'withdraws/coin' => 1,
                            'withdraws/krw' => 1,
                            'deposits/generate_coin_address' => 1,
                            'deposits/krw' => 1,
                        ],
                        'delete' => ['order' => 1],
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
                        'taker' => 0.0025,
                        'maker' => 0.0025,
                    ],
                ],
                'precisionMode' => TICK_SIZE,
                'options' => [
                    'jwtAlgorithm' => 'sha256',
                    'maxCandles' => 200,
                    'kstOffset' => 32400000,
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
                    ],
                    'orderStatuses' => [
                        'wait' => 'open',
                        'watch' => 'open',
                        'done' => 'closed',
                        'cancel' => 'canceled',
                    ],
                    'depositStatuses' => [
                        'REQUESTED_PENDING' => 'pending',
                        'REQUESTED_SYSTEM_REJECTED' => 'failed',
                        'REQUESTED_PROCESSING' => 'pending',
                        'REQUESTED_ADMIN_REJECTED' => 'failed',
                        'DEPOSIT_PROCESSING' => 'pending',
                        'DEPOSIT_ACCEPTED' => 'ok',
                        'DEPOSIT_CANCELLED' => 'canceled',
                        'REFUNDING_PENDING' => 'pending',
                        'REFUNDING_SYSTEM_REJECTED' => 'pending',
                        'REFUNDING_PROCESSING' => 'pending',
                        'REFUNDING_ADMIN_REJECTED' => 'pending',
                        'REFUNDING_ACCEPTED' => 'failed',
                        'REFUNDED_PROCESSING' => 'failed',
                        'REFUNDED_ACCEPTED' => 'failed',
                        'REFUNDED_CANCELLED' => 'pending',
                        'PROCESSING' => 'pending',
                        'ACCEPTED' => 'ok',
                        'CANCELED' => 'canceled',
                        'CANCELLED' => 'canceled',
                    ],
                    'withdrawalStatuses' => [
                        'PROCESSING' => 'pending',
                        'DONE' => 'ok',
                        'CANCELED' => 'canceled',
                        'CANCELLED' => 'canceled',
                    ],
                    'timeInForceIds' => ['IOC' => 'ioc', 'FOK' => 'fok'],
                ],
                'exceptions' => [
                    'exact' => [
                        'invalid_parameter' => BadRequest::class,
                        'invalid_price' => InvalidOrder::class,
                        'invalid_price_ask' => InvalidOrder::class,
                        'invalid_price_bid' => InvalidOrder::class,
                        'under_price_limit_ask' => InvalidOrder::class,
                        'under_price_limit_bid' => InvalidOrder::class,
                        'cross_trading' => InvalidOrder::class,
                        'bank_account_required' => PermissionDenied::class,
                        'two_factor_auth_required' => PermissionDenied::class,
                        'currency does not have a valid value' => BadSymbol::class,
                        'withdraw_insufficient_balance' => InsufficientFunds::class,
                        'invalid_query_payload' => AuthenticationError::class,
                        'jwt_verification' => AuthenticationError::class,
                        'expired_jwt' => AuthenticationError::class,
                        'NotAllowIP' => PermissionDenied::class,
                        'out_of_scope' => PermissionDenied::class,
                        'blocked_member_id' => AccountSuspended::class,
                        'order_not_found' => OrderNotFound::class,
                        'order_not_ready' => OrderNotFound::class,
                        'deposit_not_found' => BadRequest::class,
                        'withdraw_not_found' => BadRequest::class,
                        'travel_rule_consent_required' => PermissionDenied::class,
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
        // market/all?isDetails=true: [ { market: 'KRW-BTC', korean_name, english_name, market_warning:
        // NONE or CAUTION } ]. Limits and a market's own fees come from orders/chance, one private request
        // a market: not fetched here (fetchTradingFee reads them). KRW prices step by a price-dependent
        // unit, so no single price tick is stated; amounts have 8 decimals.
        $response = $this->public_get_market_all($this->extend(['isDetails' => true], $params));
        $result = [];
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            $result[] = $this->parse_market(Js::get($response, $i));
        }
        return $result;
    }

    public function parse_market($entry) {
        $id = $this->safe_string($entry, 'market');
        [$quote_id, $base_id] = Js::destructure(Js::split($id, '-'), 2);
        $base = $this->safe_currency_code($base_id);
        $quote = $this->safe_currency_code($quote_id);
        return [
            'id' => $id,
            'symbol' => Js::toStr($base) . '/' . Js::toStr($quote),
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
        ];
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
                'symbol' => Js::toStr($base) . '/' . Js::toStr($quote),
                'base' => $base,
                'quote' => $quote,
                'baseId' => $base_id,
                'quoteId' => $quote_id,
            ],
        );
    }

    // --- market data ---------------------------------------------------------------------------------
    public function parse_ticker($ticker, $market = null) {
        // ticker: { market, trade_date, trade_time, trade_timestamp, opening_price, high_price, low_price,
        // trade_price, prev_closing_price, change, change_price, change_rate, signed_change_price,
        // signed_change_rate, trade_volume, acc_trade_price, acc_trade_price_24h, acc_trade_volume,
        // acc_trade_volume_24h, highest_52_week_price, ..., timestamp }. Open, high and low are of the day
        // (since 00:00 KST), the volumes of the last 24 h; change and rate against the previous close.
        $market = $this->market_from_id($this->safe_string($ticker, 'market'), $market);
        $rate = $this->safe_string($ticker, 'signed_change_rate');
        return $this->safe_ticker(
            [
                'symbol' => Js::get($market, 'symbol'),
                'timestamp' => $this->safe_integer($ticker, 'timestamp'),
                'high' => $this->safe_string($ticker, 'high_price'),
                'low' => $this->safe_string($ticker, 'low_price'),
                'open' => $this->safe_string($ticker, 'opening_price'),
                'last' => $this->safe_string($ticker, 'trade_price'),
                'previousClose' => $this->safe_string($ticker, 'prev_closing_price'),
                'change' => $this->safe_string($ticker, 'signed_change_price'),
                'percentage' => $rate === null ? null : Precise::string_mul($rate, '100'),
                'baseVolume' => $this->safe_string($ticker, 'acc_trade_volume_24h'),
                'quoteVolume' => $this->safe_string($ticker, 'acc_trade_price_24h'),
                'info' => $ticker,
            ],
            $market,
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
        // ticker?markets=A,B: the symbols given, else every loaded market (the API has no ticker/all).
        $this->load_markets();
        $ids = $symbols === null ? $this->ids : $this->market_ids($symbols);
        $response = $this->public_get_ticker($this->extend(['markets' => Js::join($ids, ',')], $params));
        return $this->parse_tickers($response, $symbols);
    }

    public function fetch_order_book($symbol, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // orderbook?markets=: [ { market, timestamp, total_ask_size, total_bid_size, orderbook_units: [ {
        // ask_price, bid_price, ask_size, bid_size } ] } ], one unit a level, best first (at most 30).
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
        $book['asks'] = Js::get($asks, 'asks');
        if ($limit !== null) {
            $book['bids'] = Js::slice(Js::get($book, 'bids'), 0, $limit);
            $book['asks'] = Js::slice(Js::get($book, 'asks'), 0, $limit);
        }
        return $book;
    }

    public function parse_ohlcv($ohlcv, $market = null) {
        // { candle_date_time_utc: '2018-04-18T10:16:00' (the candle's start, UTC without a zone),
        // candle_date_time_kst, opening_price, high_price, low_price, trade_price (the close), timestamp
        // (the last tick), candle_acc_trade_price, candle_acc_trade_volume (base), unit }.
        return [
            $this->parse8601(Js::toStr($this->safe_string($ohlcv, 'candle_date_time_utc')) . 'Z'),
            $this->safe_number($ohlcv, 'opening_price'),
            $this->safe_number($ohlcv, 'high_price'),
            $this->safe_number($ohlcv, 'low_price'),
            $this->safe_number($ohlcv, 'trade_price'),
            $this->safe_number($ohlcv, 'candle_acc_trade_volume'),
        ];
    }

    public function candle_time($timestamp) {
        // candles' to: 'yyyy-MM-dd HH:mm:ss', read by Bithumb as KST (the docs: "기본적으로 KST 기준 시간").
        return $this->ymdhms(Js::add($timestamp, Js::get($this->options, 'kstOffset')), ' ');
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
                Js::toStr($this->id) . ' fetchOHLCV () does not support the timeframe ' . Js::toStr($timeframe) . ': one of ' . Js::join(
                    Js::keys($this->timeframes),
                    ', ',
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
            $after = Js::multiply(Js::floor(Js::divide($until, 1000)) + 1, 1000);
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
        // Public trades (trades/ticks): { market, trade_date_utc, trade_time_utc, timestamp, trade_price,
        // trade_volume, prev_closing_price, change_price, ask_bid ('ASK': a sell took the book, 'BID' a
        // buy), sequential_id }. An order's trades (GET order): { market, uuid, price, volume, funds (the
        // cost), side ('bid' or 'ask', the order's), created_at }.
        $market = $this->market_from_id($this->safe_string($trade, 'market'), $market);
        $created_at = $this->safe_string($trade, 'created_at');
        $timestamp = $created_at !== null ? $this->parse8601($created_at) : $this->safe_integer(
            $trade,
            'timestamp',
        );
        $side = $this->parse_side($this->safe_string_lower2($trade, 'ask_bid', 'side'));
        return $this->safe_trade(
            [
                'id' => $this->safe_string2($trade, 'uuid', 'sequential_id'),
                'symbol' => Js::get($market, 'symbol'),
                'timestamp' => $timestamp,
                'side' => $side,
                'price' => $this->safe_string2($trade, 'trade_price', 'price'),
                'amount' => $this->safe_string2($trade, 'trade_volume', 'volume'),
                'cost' => $this->safe_string($trade, 'funds'),
                'info' => $trade,
            ],
            $market,
        );
    }

    public function parse_side($side) {
        // Bithumb's bid and ask are buy and sell.
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
        // avg_buy_price_modified, unit_currency } ].
        $this->load_markets();
        $response = $this->private_get_accounts($params);
        $result = ['info' => $response];
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            $entry = Js::get($response, $i);
            $code = $this->safe_currency_code($this->safe_string($entry, 'currency'));
            $account = $this->account();
            $account['free'] = $this->safe_string($entry, 'balance');
            $account['used'] = $this->safe_string($entry, 'locked');
            Js::set($result, $code, $account);
        }
        return $this->safe_balance($result);
    }

    public function fetch_trading_fee($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // orders/chance?market=: { bid_fee, ask_fee, maker_bid_fee, maker_ask_fee, market: { ... },
        // bid_account, ask_account }. Fees are per side; the fee of a buy (bid) is reported, the one of a
        // sell is in info.
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
        // (at the best opposite price, with ioc or fok) are market orders.
        if ($ord_type === 'limit') {
            return 'limit';
        }
        if (($ord_type === 'price') || ($ord_type === 'market') || ($ord_type === 'best')) {
            return 'market';
        }
        return null;
    }

    public function parse_order_status($order) {
        // wait and watch are open, done closed, cancel canceled; but a market order whose rest is too small
        // to fill ends as cancel after it has traded (the docs' note on market orders): with an executed
        // volume it is closed.
        $state = $this->safe_string($order, 'state');
        $ord_type = $this->safe_string($order, 'ord_type');
        $is_market = ($ord_type === 'price') || ($ord_type === 'market');
        $executed = $this->safe_string($order, 'executed_volume', '0');
        if (
            Js::truthy(
                Js::truthy($_value1 = ($state === 'cancel') && $is_market) ? Precise::string_gt(
                    $executed,
                    '0',
                ) : $_value1,
            )
        ) {
            return 'closed';
        }
        return $this->safe_string(Js::get($this->options, 'orderStatuses'), $state, $state);
    }

    public function parse_time_in_force($time_in_force) {
        if ($time_in_force === 'post_only') {
            return 'PO';
        }
        return $time_in_force === null ? null : mb_strtoupper($time_in_force, 'UTF-8');
    }

    public function parse_order($order, $market = null) {
        // POST orders, GET order, DELETE order and GET orders: { uuid, side, ord_type, price, state, market,
        // created_at, volume, remaining_volume, reserved_fee, remaining_fee, paid_fee, locked,
        // executed_volume, executed_funds, trades_count, time_in_force, client_order_id, trades: [ ... ]
        // (GET order only) }. A market buy (ord_type price) has price = the total to spend and no volume.
        $market = $this->market_from_id($this->safe_string($order, 'market'), $market);
        $ord_type = $this->safe_string($order, 'ord_type');
        $is_limit = $ord_type === 'limit';
        $raw_trades = $this->safe_list($order, 'trades', []);
        $trades = [];
        for ($i = 0; $i < count($raw_trades); $i++) {
            $trade = $this->parse_trade(Js::get($raw_trades, $i), $market);
            $trade['order'] = $this->safe_string($order, 'uuid');
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
                'clientOrderId' => $this->safe_string($order, 'client_order_id'),
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

    public function create_order($symbol, $type, $side, $amount, $price = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST orders { market, side: bid or ask, ord_type, volume, price, time_in_force }. A limit order
        // has volume and price; a market sell (ord_type market) volume; a market buy (ord_type price)
        // price = the total to spend, from the unified param cost. time_in_force (KRW markets, since
        // 2026-06-30): post_only for postOnly (limit only), ioc and fok for IOC and FOK; a market order with
        // IOC or FOK is the best order (at the best opposite price). The v1 order request takes no client
        // id and Bithumb's API places no stop or reduce-only orders.
        $this->load_markets();
        $market = $this->market($symbol);
        [$unified, $rest] = Js::destructure($this->unified_order_params($type, $params), 2);
        $this->reject_unified_params(
            'createOrder',
            $unified,
            ['reduceOnly', 'triggerPrice', 'stopLossPrice', 'takeProfitPrice', 'clientOrderId'],
        );
        if (!($type === 'limit') && !($type === 'market')) {
            throw new InvalidOrder(
                Js::toStr($this->id) . ' createOrder () type must be limit or market, not ' . Js::toStr(
                    $type,
                ),
            );
        }
        $sized_by_cost = ($type === 'market') && ($side === 'buy');
        if (!($sized_by_cost) && ($amount === null)) {
            throw new ArgumentsRequired(Js::toStr($this->id) . ' createOrder () requires an amount');
        }
        $request = ['market' => Js::get($market, 'id'), 'side' => $side === 'buy' ? 'bid' : 'ask'];
        $immediate = (Js::get($unified, 'timeInForce') === 'IOC') || (
            Js::get($unified, 'timeInForce') === 'FOK'
        );
        if ($type === 'limit') {
            if ($price === null) {
                throw new ArgumentsRequired(
                    Js::toStr($this->id) . ' createOrder () requires a price for a limit order',
                );
            }
            if (Js::get($unified, 'cost') !== null) {
                throw new InvalidOrder(
                    Js::toStr(
                        $this->id,
                    ) . ' createOrder () cost sizes market buys only: a limit order is sized by amount',
                );
            }
            $request['ord_type'] = 'limit';
            $request['volume'] = $this->amount_to_precision($symbol, $amount);
            $request['price'] = $this->price_to_precision($symbol, $price);
        } elseif ($side === 'buy') {
            if (Js::get($unified, 'cost') === null) {
                throw new ArgumentsRequired(
                    Js::toStr(
                        $this->id,
                    ) . ' createOrder () a market buy is sized by its total: pass the unified param cost (createMarketBuyOrderWithCost)',
                );
            }
            $request['ord_type'] = $immediate ? 'best' : 'price';
            $request['price'] = $this->cost_to_precision($symbol, Js::get($unified, 'cost'));
        } else {
            if (Js::get($unified, 'cost') !== null) {
                throw new InvalidOrder(
                    Js::toStr(
                        $this->id,
                    ) . ' createOrder () cost sizes market buys only: a market sell is sized by amount',
                );
            }
            $request['ord_type'] = $immediate ? 'best' : 'market';
            $request['volume'] = $this->amount_to_precision($symbol, $amount);
        }
        $time_in_force = null;
        if (Js::truthy(Js::get($unified, 'postOnly'))) {
            $time_in_force = 'post_only';
        } else {
            $time_in_force = $this->safe_string(
                Js::get($this->options, 'timeInForceIds'),
                Js::get($unified, 'timeInForce'),
            );
        }
        if ($time_in_force !== null) {
            $request['time_in_force'] = $time_in_force;
        }
        $response = $this->private_post_orders($this->extend($request, $rest));
        return $this->parse_order($response, $market);
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
        // DELETE order?uuid=: the order as it was when the cancel was accepted (state wait).
        $this->load_markets();
        if ($this->safe_value($params, 'clientOrderId') !== null) {
            throw new NotSupported(
                Js::toStr(
                    $this->id,
                ) . ' cancelOrder () does not support the param clientOrderId: DELETE order takes the uuid only',
            );
        }
        $market = $symbol === null ? null : $this->market($symbol);
        $response = $this->private_delete_order($this->extend(['uuid' => $id], $params));
        $order = $this->parse_order($response, $market);
        $order['status'] = 'canceled';
        return $order;
    }

    public function fetch_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // GET order?uuid= (or client_order_id=, the unified clientOrderId): the order with its trades.
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $client_order_id = $this->safe_string($params, 'clientOrderId');
        $rest = $this->omit($params, 'clientOrderId');
        $request = null;
        if ($client_order_id !== null) {
            $request = ['client_order_id' => $client_order_id];
        } elseif ($id !== null) {
            $request = ['uuid' => $id];
        } else {
            throw new ArgumentsRequired(
                Js::toStr($this->id) . ' fetchOrder () requires an order id or the param clientOrderId',
            );
        }
        $response = $this->private_get_order($this->extend($request, $rest));
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

    public function fetch_orders_by_state($state, $symbol, $limit, $params) {
        // GET orders: market, uuids, state (wait, watch, done or cancel), page, limit (at most 100),
        // order_by; newest first.
        $this->load_markets();
        $request = ['state' => $state];
        $market = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
            $request['market'] = Js::get($market, 'id');
        }
        if ($limit !== null) {
            $request['limit'] = Js::min($limit, 100);
        }
        $response = $this->private_get_orders($this->extend($request, $params));
        return $this->parse_orders($response, $market);
    }

    public function fetch_open_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // state wait: the orders on the book (state watch, passed in params, lists the reserved ones).
        $orders = $this->fetch_orders_by_state('wait', $symbol, $limit, $params);
        return $this->filter_by_since_limit($orders, $since, $limit);
    }

    public function fetch_closed_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // state done and state cancel are two queries (the list filters by one state); their orders are
        // merged oldest first. The v1 list has no time range: the unified until cannot be honoured.
        if ($this->safe_value($params, 'until') !== null) {
            throw new NotSupported(
                Js::toStr(
                    $this->id,
                ) . ' fetchClosedOrders () does not support the unified param until: GET orders has no time range',
            );
        }
        $done = $this->fetch_orders_by_state('done', $symbol, $limit, $params);
        $canceled = $this->fetch_orders_by_state('cancel', $symbol, $limit, $params);
        $orders = $this->sort_by($this->array_concat($done, $canceled), 'timestamp');
        return $this->filter_by_since_limit($orders, $since, $limit);
    }

    // --- funding -------------------------------------------------------------------------------------
    public function parse_transaction($transaction, $currency = null) {
        // deposits and withdraws: { type: 'deposit' or 'withdraw', uuid, currency, net_type, txid, state,
        // created_at, done_at, amount, fee, krw_amount (withdrawals), transaction_type }.
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
        // deposits or withdraws (coins): currency, state, uuids, txids, page, limit (at most 100), order_by;
        // newest first. The lists page by number, not by time: the unified until cannot be honoured.
        if ($this->safe_value($params, 'until') !== null) {
            throw new NotSupported(
                Js::toStr(
                    $this->id,
                ) . ' fetchDeposits () and fetchWithdrawals () do not support the unified param until: the lists have no time range',
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
        // The unified param network as net_type; Bithumb requires it for addresses and withdrawals.
        $network_code = $this->safe_string($params, 'network');
        if ($network_code === null) {
            throw new ArgumentsRequired(
                Js::toStr($this->id) . ' ' . Js::toStr($method) . ' () requires the unified param network (Bithumb\'s net_type): one of ' . Js::join(
                    Js::keys(Js::get($this->options, 'networks')),
                    ', ',
                ) . ' or the exchange\'s own',
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
                Js::toStr($this->id) . ' the deposit address of ' . Js::toStr(
                    $code,
                ) . ' is not ready yet: createDepositAddress () makes one, then fetch it again',
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
        // POST withdraws/coin { currency, net_type, amount, address, secondary_address, exchange_name,
        // receiver_type, receiver_ko_name, receiver_en_name, receiver_corp_ko_name, receiver_corp_en_name }:
        // the withdrawal. The travel-rule fields (exchange_name, receiver_*) go in params: which ones a
        // withdrawal needs depends on where it goes (the docs' table); the address must be registered.
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
        $transaction['address'] = $address;
        $transaction['tag'] = $tag;
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
        // Authorization: Bearer <JWT HS256> with { access_key, nonce (a UUID), timestamp (ms), query_hash
        // (hex SHA-512 of the params as a query string), query_hash_alg: SHA512 }; no params, no query_hash.
        $endpoint = '/' . Js::toStr($this->version) . '/' . Js::toStr($this->implode_params($path, $params));
        $query = $this->omit($params, $this->extract_params($path));
        $has_params = count(Js::keys($query)) > 0;
        $is_post = $method === 'POST';
        $url = Js::toStr(Js::get($this->urls, 'api')) . $endpoint;
        if ($has_params && !($is_post)) {
            $url = $url . '?' . Js::toStr($this->urlencode($query));
        }
        if ($api === 'public') {
            return ['url' => $url, 'method' => $method, 'body' => $body, 'headers' => $headers];
        }
        $this->check_required_credentials();
        $payload = [
            'access_key' => $this->apiKey,
            'nonce' => $this->uuid(),
            'timestamp' => $this->milliseconds(),
        ];
        if ($has_params) {
            $payload = $this->extend(
                $payload,
                [
                    'query_hash' => $this->hash($this->encode($this->urlencode($query)), 'sha512', 'hex'),
                    'query_hash_alg' => 'SHA512',
                ],
            );
        }
        $token = $this->jwt($payload, $this->encode($this->secret), Js::get($this->options, 'jwtAlgorithm'));
        $headers = ['Authorization' => 'Bearer ' . Js::toStr($token)];
        if ($is_post) {
            $body = $has_params ? $this->json($query) : '{}';
            $headers['Content-Type'] = 'application/json; charset=utf-8';
        }
        return ['url' => $url, 'method' => $method, 'body' => $body, 'headers' => $headers];
    }

    public function handle_errors(
        $status,
        $reason,
        $url,
        $method,
        $response_headers,
        $response_body,
        $response,
        $request_headers,
        $request_body,
    ) {
        // { "error": { "name": ..., "message": ... } }: the name picks the class; an unknown name falls back to
        // the HTTP status.
        if (($response === null) || Js::isArray($response) || !(Js::typeof($response) === 'object')) {
            return;
        }
        $error = $this->safe_dict($response, 'error');
        if ($error === null) {
            return;
        }
        $name = $this->safe_string($error, 'name');
        $message = $this->safe_string($error, 'message', '');
        $feedback = Js::toStr($this->id) . ' ' . Js::toStr($method) . ' ' . Js::toStr($url) . ' ' . Js::toStr($this->string_of($status, '')) . ' ' . Js::toStr($name) . ' ' . Js::toStr(
            $message,
        );
        $this->throw_exactly_matched_exception(Js::get($this->exceptions, 'exact'), $name, $feedback);
        $this->throw_broadly_matched_exception(Js::get($this->exceptions, 'broad'), $message, $feedback);
    }
}
