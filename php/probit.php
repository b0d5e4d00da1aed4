<?php

// Generated from js/probit.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class probit extends Exchange {
    public function describe() {
        return $this->deep_extend(
            parent::describe(),
            [
                'id' => 'probit',
                'name' => 'ProBit',
                'countries' => ['SC', 'KR'],
                'version' => 'v1',
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
                    'editOrder' => false,
                    'fetchOrder' => true,
                    'fetchOrders' => false,
                    'fetchOpenOrders' => true,
                    'fetchClosedOrders' => true,
                    'fetchMyTrades' => true,
                    'fetchDeposits' => false,
                    'fetchWithdrawals' => false,
                    'fetchTransactions' => false,
                    'fetchLedger' => false,
                    'fetchDepositAddress' => false,
                    'withdraw' => false,
                    'fetchTime' => true,
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
                    'api' => [
                        'accounts' => 'https://accounts.probit.com',
                        'public' => 'https://api.probit.com/api/exchange',
                        'private' => 'https://api.probit.com/api/exchange',
                    ],
                    'www' => 'https://www.probit.com',
                    'doc' => 'https://docs-en.probit.com',
                ],
                'api' => [
                    'accounts' => ['post' => ['token']],
                    'public' => [
                        'get' => [
                            'market',
                            'currency_with_platform',
                            'time',
                            'ticker',
                            'order_book',
                            'trade',
                            'candle',
                        ],
                    ],
                    'private' => [
                        'get' => ['balance', 'order', 'open_order', 'order_history', 'trade_history'],
                        'post' => ['new_order', 'cancel_order'],
                    ],
                ],
                'timeframes' => [
                    '1m' => '1m',
                    '3m' => '3m',
                    '5m' => '5m',
                    '10m' => '10m',
                    '15m' => '15m',
                    '30m' => '30m',
                    '1h' => '1h',
                    '4h' => '4h',
                    '6h' => '6h',
                    '12h' => '12h',
                    '1d' => '1D',
                    '1w' => '1W',
                ],
                'requiredCredentials' => ['apiKey' => true, 'secret' => true],
                'fees' => [
                    'trading' => [
                        'tierBased' => false,
                        'percentage' => true,
                        'maker' => 0.002,
                        'taker' => 0.002,
                    ],
                ],
                'precisionMode' => TICK_SIZE,
                'options' => [
                    'accessTokenMargin' => 30000,
                    'accessTokenExpires' => null,
                    'timeframeSeconds' => [
                        '1m' => 60,
                        '3m' => 180,
                        '5m' => 300,
                        '10m' => 600,
                        '15m' => 900,
                        '30m' => 1800,
                        '1h' => 3600,
                        '4h' => 14400,
                        '6h' => 21600,
                        '12h' => 43200,
                        '1d' => 86400,
                        '1w' => 604800,
                    ],
                    'ohlcvCount' => 100,
                    'historyLimit' => 100,
                    'sameNameParams' => ['cost'],
                    'orderStatuses' => ['open' => 'open', 'filled' => 'closed', 'cancelled' => 'canceled'],
                    'timeInForces' => ['gtc' => 'GTC', 'ioc' => 'IOC', 'gtcpo' => 'PO'],
                ],
                'exceptions' => [
                    'exact' => [
                        'UNAUTHORIZED' => AuthenticationError::class,
                        'FORBIDDEN' => PermissionDenied::class,
                        'UNKNOWN_USER_BLOCKED' => PermissionDenied::class,
                        'INVALID_ARGUMENT' => BadRequest::class,
                        'INVALID_CURRENCY' => BadRequest::class,
                        'INVALID_MARKET' => BadSymbol::class,
                        'MARKET_NOT_FOUND' => BadSymbol::class,
                        'INVALID_ORDER' => OrderNotFound::class,
                        'NOT_ALLOWED_COMBINATION' => InvalidOrder::class,
                        'NOT_ENOUGH_BALANCE' => InsufficientFunds::class,
                        'TOO_MANY_OPEN_ORDERS' => InvalidOrder::class,
                        'MARKET_CLOSED' => OnMaintenance::class,
                        'MARKET_UNAVAILABLE' => OnMaintenance::class,
                        'TRADING_UNAVAILABLE' => ExchangeNotAvailable::class,
                        'UNAVAILABLE' => ExchangeNotAvailable::class,
                        'RATE_LIMIT_EXCEEDED' => RateLimitExceeded::class,
                        'PAYLOAD_TOO_LARGE' => BadRequest::class,
                        'RESOURCE_LOCKED' => ExchangeNotAvailable::class,
                    ],
                    'broad' => [],
                ],
            ],
        );
    }

    // --- markets and currencies ----------------------------------------------------------------------
    public function fetch_time($params = null) {
        if ($params === null) {
            $params = [];
        }
        // time: { data: '2020-04-12T18:54:25.390Z' }.
        $response = $this->public_get_time($params);
        return $this->parse8601($this->safe_string($response, 'data'));
    }

    public function fetch_markets($params = null) {
        if ($params === null) {
            $params = [];
        }
        // market: { data: [ { id, base_currency_id, quote_currency_id, min_price, max_price, price_increment,
        // min_quantity, max_quantity, quantity_precision, min_cost, max_cost, cost_precision, taker_fee_rate,
        // maker_fee_rate (both in percent), show_in_ui, closed } ] }.
        $response = $this->public_get_market($params);
        $markets = $this->safe_list($response, 'data', []);
        $result = [];
        for ($i = 0; $i < count($markets); $i++) {
            $result[] = $this->parse_market(Js::get($markets, $i));
        }
        return $result;
    }

    public function parse_market($market) {
        $base_id = $this->safe_string($market, 'base_currency_id');
        $quote_id = $this->safe_string($market, 'quote_currency_id');
        $base = $this->safe_currency_code($base_id);
        $quote = $this->safe_currency_code($quote_id);
        $closed = $this->safe_bool($market, 'closed');
        $taker_rate = $this->safe_string($market, 'taker_fee_rate');
        $maker_rate = $this->safe_string($market, 'maker_fee_rate');
        return $this->safe_market_structure(
            [
                'id' => $this->safe_string($market, 'id'),
                'symbol' => Js::boundedText(Js::toStr($base) . '/' . Js::toStr($quote)),
                'base' => $base,
                'quote' => $quote,
                'baseId' => $base_id,
                'quoteId' => $quote_id,
                'active' => $closed === null ? null : !($closed),
                'type' => 'spot',
                'spot' => true,
                'taker' => $taker_rate === null ? null : $this->parse_number(
                    Precise::string_div($taker_rate, '100'),
                ),
                'maker' => $maker_rate === null ? null : $this->parse_number(
                    Precise::string_div($maker_rate, '100'),
                ),
                'precision' => [
                    'amount' => $this->parse_number(
                        $this->parse_precision($this->safe_string($market, 'quantity_precision')),
                    ),
                    'price' => $this->safe_number($market, 'price_increment'),
                    'cost' => $this->parse_number(
                        $this->parse_precision($this->safe_string($market, 'cost_precision')),
                    ),
                ],
                'limits' => [
                    'amount' => [
                        'min' => $this->safe_number($market, 'min_quantity'),
                        'max' => $this->safe_number($market, 'max_quantity'),
                    ],
                    'price' => [
                        'min' => $this->safe_number($market, 'min_price'),
                        'max' => $this->safe_number($market, 'max_price'),
                    ],
                    'cost' => [
                        'min' => $this->safe_number($market, 'min_cost'),
                        'max' => $this->safe_number($market, 'max_cost'),
                    ],
                ],
                'info' => $market,
            ],
        );
    }

    public function fetch_currencies($params = null) {
        if ($params === null) {
            $params = [];
        }
        // currency_with_platform: { data: [ { id, display_name: { 'en-us': ... }, show_in_ui, platform: [ { id,
        // priority, deposit, withdrawal, currency_id, precision, min_confirmation_count, require_destination_tag,
        // min_withdrawal_amount, withdrawal_fee: [ { currency_id, amount, priority } ], deposit_suspended,
        // withdrawal_suspended } ] } ] }: a currency on each of its platforms (networks).
        $response = $this->public_get_currency_with_platform($params);
        $currencies = $this->safe_list($response, 'data', []);
        $result = [];
        for ($i = 0; $i < count($currencies); $i++) {
            $entry = Js::get($currencies, $i);
            $id = $this->safe_string($entry, 'id');
            $code = $this->safe_currency_code($id);
            $platforms = $this->sort_by($this->safe_list($entry, 'platform', []), 'priority');
            $networks = [];
            $deposit = null;
            $withdraw = null;
            $fee = null;
            $precision = null;
            $min_withdraw = null;
            for ($j = 0; $j < count($platforms); $j++) {
                $platform = Js::get($platforms, $j);
                $platform_id = $this->safe_string($platform, 'id');
                $network_code = $this->network_code($platform_id);
                $platform_deposit = ($this->safe_bool($platform, 'deposit') === true) && !(
                    $this->safe_bool($platform, 'deposit_suspended') === true
                );
                $platform_withdraw = ($this->safe_bool($platform, 'withdrawal') === true) && !(
                    $this->safe_bool($platform, 'withdrawal_suspended') === true
                );
                $platform_fee = $this->platform_withdrawal_fee($platform, $id);
                $platform_precision = $this->parse_number(
                    $this->parse_precision($this->safe_string($platform, 'precision')),
                );
                $platform_min = $this->safe_number($platform, 'min_withdrawal_amount');
                Js::setKey(
                    $networks,
                    $network_code,
                    [
                        'id' => $platform_id,
                        'network' => $network_code,
                        'active' => $platform_deposit || $platform_withdraw,
                        'deposit' => $platform_deposit,
                        'withdraw' => $platform_withdraw,
                        'fee' => $platform_fee,
                        'precision' => $platform_precision,
                        'limits' => [
                            'withdraw' => ['min' => $platform_min, 'max' => null],
                            'deposit' => [
                                'min' => $this->safe_number($platform, 'min_deposit_amount'),
                                'max' => null,
                            ],
                        ],
                        'info' => $platform,
                    ],
                );
                $deposit = ($deposit === true) || $platform_deposit;
                $withdraw = ($withdraw === true) || $platform_withdraw;
                if ($j == 0) {
                    // the platform of the lowest priority number is the currency's main one
                    $fee = $platform_fee;
                    $precision = $platform_precision;
                    $min_withdraw = $platform_min;
                }
            }
            $display_name = $this->safe_dict($entry, 'display_name', []);
            Js::setKey(
                $result,
                $code,
                [
                    'id' => $id,
                    'code' => $code,
                    'name' => $this->safe_string($display_name, 'en-us'),
                    'active' => $deposit === null ? null : (
                        Js::truthy($_value1 = $deposit) ? $_value1 : $withdraw
                    ),
                    'deposit' => $deposit,
                    'withdraw' => $withdraw,
                    'fee' => $fee,
                    'precision' => $precision,
                    'limits' => [
                        'amount' => ['min' => null, 'max' => null],
                        'withdraw' => ['min' => $min_withdraw, 'max' => null],
                    ],
                    'networks' => $networks,
                    'info' => $entry,
                ],
            );
        }
        return $result;
    }

    public function platform_withdrawal_fee($platform, $currency_id) {
        // withdrawal_fee lists the fees a withdrawal may be charged, one per currency it can be paid in: the fee
        // in the currency itself, of the lowest priority number.
        $fees = $this->sort_by($this->safe_list($platform, 'withdrawal_fee', []), 'priority');
        for ($i = 0; $i < count($fees); $i++) {
            if (Js::strictEqual($this->safe_string(Js::get($fees, $i), 'currency_id'), $currency_id)) {
                return $this->safe_number(Js::get($fees, $i), 'amount');
            }
        }
        return null;
    }

    // --- market data ---------------------------------------------------------------------------------
    public function parse_ticker($ticker, $market = null) {
        // { last, low, high, change (over 24 h, in the quote currency), base_volume, quote_volume, market_id,
        // time (of the last trade) }.
        $market = $this->safe_market($this->safe_string($ticker, 'market_id'), $market, '-');
        return $this->ticker_structure(
            symbol: Js::get($market, 'symbol'),
            timestamp: $this->parse8601($this->safe_string($ticker, 'time')),
            high: $this->safe_string($ticker, 'high'),
            low: $this->safe_string($ticker, 'low'),
            last: $this->safe_string($ticker, 'last'),
            close: $this->safe_string($ticker, 'last'),
            change: $this->safe_string($ticker, 'change'),
            base_volume: $this->safe_string($ticker, 'base_volume'),
            quote_volume: $this->safe_string($ticker, 'quote_volume'),
            info: $ticker,
            market: $market,
        );
    }

    public function fetch_ticker($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // ticker?market_ids: { data: [ ticker ] }.
        $this->load_markets();
        $market = $this->market($symbol);
        $response = $this->public_get_ticker(
            $this->extend(['market_ids' => Js::get($market, 'id')], $params),
        );
        $tickers = $this->safe_list($response, 'data', []);
        for ($i = 0; $i < count($tickers); $i++) {
            if (
                Js::strictEqual(
                    $this->safe_string(Js::get($tickers, $i), 'market_id'),
                    Js::get($market, 'id'),
                )
            ) {
                return $this->parse_ticker(Js::get($tickers, $i), $market);
            }
        }
        throw new BadSymbol(
            Js::boundedText(
                Js::boundedText(Js::toStr($this->id) . ' fetchTicker () got no ticker of ') . Js::toStr(
                    Js::get($market, 'id'),
                ),
            ),
        );
    }

    public function fetch_tickers($symbols = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // ticker?market_ids (comma-separated; every market without it): { data: [ ticker ] }.
        $this->load_markets();
        $request = [];
        if ($symbols !== null) {
            $request['market_ids'] = Js::join($this->market_ids($symbols), ',');
        }
        $response = $this->public_get_ticker($this->extend($request, $params));
        return $this->parse_tickers($this->safe_list($response, 'data', []), $symbols);
    }

    public function fetch_order_book($symbol, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // order_book?market_id: { data: [ { side: 'buy' | 'sell', price, quantity } ] }, every level.
        $this->load_markets();
        $market = $this->market($symbol);
        $response = $this->public_get_order_book(
            $this->extend(['market_id' => Js::get($market, 'id')], $params),
        );
        $levels = $this->safe_list($response, 'data', []);
        $bids = [];
        $asks = [];
        for ($i = 0; $i < count($levels); $i++) {
            $level = Js::get($levels, $i);
            $side = $this->safe_string($level, 'side');
            if ($side === 'buy') {
                $bids[] = $level;
            } elseif ($side === 'sell') {
                $asks[] = $level;
            }
        }
        $book = $this->parse_order_book(
            ['bids' => $bids, 'asks' => $asks],
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
        // Public (trade): { id: 'ETH-BTC:3331886', price, quantity, time, side (the taker's), tick_direction }.
        // The account's (trade_history): { id, order_id, market_id, side, fee_amount, fee_currency_id, status,
        // price, quantity, cost, time }; the fee fields are '' until the fee is settled.
        $id = $this->safe_string($trade, 'id');
        $market_id = $this->safe_string($trade, 'market_id');
        if (($market_id === null) && ($id !== null) && (Js::indexOf($id, ':') > 0)) {
            $market_id = Js::get(Js::split($id, ':'), 0);
        }
        $market = $this->safe_market($market_id, $market, '-');
        $fee = null;
        $fee_cost = $this->safe_string($trade, 'fee_amount');
        if ($fee_cost !== null) {
            $fee = [
                'cost' => $fee_cost,
                'currency' => $this->safe_currency_code($this->safe_string($trade, 'fee_currency_id')),
            ];
        }
        return $this->trade_structure(
            id: $id,
            order: $this->safe_string($trade, 'order_id'),
            timestamp: $this->parse8601($this->safe_string($trade, 'time')),
            symbol: Js::get($market, 'symbol'),
            side: $this->safe_string($trade, 'side'),
            price: $this->safe_string($trade, 'price'),
            amount: $this->safe_string($trade, 'quantity'),
            cost: $this->safe_string($trade, 'cost'),
            fee: $fee,
            info: $trade,
            market: $market,
        );
    }

    public function history_request($market, $since, $limit, $params) {
        // The range params of trade, order_history and trade_history, each required: start_time and end_time
        // (ISO 8601; since, and the unified until or now) and limit.
        $request = [
            'start_time' => $this->iso8601($since === null ? 0 : $since),
            'end_time' => $this->iso8601($this->safe_integer($params, 'until', $this->milliseconds())),
            'limit' => $limit === null ? Js::get($this->options, 'historyLimit') : $limit,
        ];
        if ($market !== null) {
            $request['market_id'] = Js::get($market, 'id');
        }
        return $this->extend($request, $this->omit($params, 'until'));
    }

    public function fetch_trades($symbol, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // trade?market_id&start_time&end_time&limit: { data: [ trade ] }, the newest first.
        $this->load_markets();
        $market = $this->market($symbol);
        $response = $this->public_get_trade($this->history_request($market, $since, $limit, $params));
        return $this->parse_trades($this->safe_list($response, 'data', []), $market, $since, $limit);
    }

    public function parse_ohlcv($ohlcv, $market = null) {
        // { market_id, open, close, low, high, base_volume, quote_volume, start_time, end_time }.
        return [
            $this->parse8601($this->safe_string($ohlcv, 'start_time')),
            $this->safe_number($ohlcv, 'open'),
            $this->safe_number($ohlcv, 'high'),
            $this->safe_number($ohlcv, 'low'),
            $this->safe_number($ohlcv, 'close'),
            $this->safe_number($ohlcv, 'base_volume'),
        ];
    }

    public function fetch_ohlcv($symbol, $timeframe = null, $since = null, $limit = null, $params = null) {
        if ($timeframe === null) {
            $timeframe = '1m';
        }
        if ($params === null) {
            $params = [];
        }
        // candle?market_ids&interval&start_time&end_time&sort&limit: { data: [ candle ] }. The range is
        // [since, since + limit candles), or the limit candles before the unified until (or now).
        $this->load_markets();
        $market = $this->market($symbol);
        $interval = $this->safe_string($this->timeframes, $timeframe);
        if ($interval === null) {
            throw new BadRequest(
                Js::boundedText(
                    Js::toStr($this->id) . ' fetchOHLCV () does not support the timeframe ' . Js::toStr(
                        $timeframe,
                    ),
                ),
            );
        }
        $duration = Js::multiply(
            $this->safe_integer(Js::get($this->options, 'timeframeSeconds'), $timeframe),
            1000,
        );
        $count = $limit === null ? Js::get($this->options, 'ohlcvCount') : $limit;
        $until = $this->safe_integer($params, 'until');
        $start = $since;
        $end = $until;
        if ($start === null) {
            $end = $end === null ? $this->milliseconds() : $end;
            $start = Js::subtract($end, Js::multiply($count, $duration));
        } elseif ($end === null) {
            $end = Js::add($start, Js::multiply($count, $duration));
        }
        $request = [
            'market_ids' => Js::get($market, 'id'),
            'interval' => $interval,
            'start_time' => $this->iso8601($start),
            'end_time' => $this->iso8601($end),
            'sort' => 'asc',
            'limit' => $count,
        ];
        $response = $this->public_get_candle($this->extend($request, $this->omit($params, 'until')));
        return $this->parse_ohlcvs(
            $this->safe_list($response, 'data', []),
            $market,
            $timeframe,
            $since,
            $limit,
        );
    }

    // --- account -------------------------------------------------------------------------------------
    public function sign_in($params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST https://accounts.probit.com/token, with HTTP Basic authentication of the client id and secret and
        // { grant_type: 'client_credentials' }: { access_token, token_type: 'Bearer', expires_in (seconds) }. The
        // token is kept as a session token (redacted from messages) and reused until accessTokenMargin before it
        // expires.
        $this->check_required_credentials();
        $token = $this->safe_string($this->sessionTokens, 'access');
        $expires = $this->safe_integer($this->options, 'accessTokenExpires');
        $now = $this->milliseconds();
        if (
            ($token !== null) && ($expires !== null) && Js::less(
                $now,
                Js::subtract($expires, Js::get($this->options, 'accessTokenMargin')),
            )
        ) {
            return $token;
        }
        $response = $this->accounts_post_token(
            $this->extend(['grant_type' => 'client_credentials'], $params),
        );
        $access_token = $this->safe_string($response, 'access_token');
        $expires_in = $this->safe_integer($response, 'expires_in');
        if (($access_token === null) || ($expires_in === null)) {
            throw new AuthenticationError(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' signIn () got no access_token and expires_in from the token endpoint',
                ),
            );
        }
        Js::set($this->options, 'accessTokenExpires', Js::add($now, Js::multiply($expires_in, 1000)));
        return $this->keep_session_token('access', $access_token);
    }

    public function fetch_balance($params = null) {
        if ($params === null) {
            $params = [];
        }
        // balance: { data: [ { currency_id, total, available } ] }.
        $this->load_markets();
        $this->sign_in();
        $response = $this->private_get_balance($params);
        $balances = $this->safe_list($response, 'data', []);
        $result = ['info' => $response];
        for ($i = 0; $i < count($balances); $i++) {
            $balance = Js::get($balances, $i);
            $code = $this->safe_currency_code($this->safe_string($balance, 'currency_id'));
            $account = $this->account();
            Js::set($account, 'total', $this->safe_string($balance, 'total'));
            Js::set($account, 'free', $this->safe_string($balance, 'available'));
            Js::setKey($result, $code, $account);
        }
        return $this->safe_balance($result);
    }

    // --- trading -------------------------------------------------------------------------------------
    public function parse_order($order, $market = null) {
        // { id, user_id, market_id, type, side, quantity, limit_price ('0' for a market order), cost (a market buy
        // by cost), time_in_force, filled_cost, filled_quantity, open_quantity, cancelled_quantity, status ('open',
        // 'filled', 'cancelled'), time, client_order_id ('' without one) }.
        $market = $this->safe_market($this->safe_string($order, 'market_id'), $market, '-');
        $time_in_force = $this->safe_string(
            Js::get($this->options, 'timeInForces'),
            $this->safe_string($order, 'time_in_force'),
        );
        return $this->safe_order(
            [
                'id' => $this->safe_string($order, 'id'),
                'clientOrderId' => $this->safe_string($order, 'client_order_id'),
                'timestamp' => $this->parse8601($this->safe_string($order, 'time')),
                'symbol' => Js::get($market, 'symbol'),
                'type' => $this->safe_string($order, 'type'),
                'timeInForce' => $time_in_force,
                'postOnly' => $time_in_force === null ? null : ($time_in_force === 'PO'),
                'side' => $this->safe_string($order, 'side'),
                'price' => $this->safe_string($order, 'limit_price'),
                'amount' => $this->safe_string($order, 'quantity'),
                'filled' => $this->safe_string($order, 'filled_quantity'),
                'remaining' => $this->safe_string($order, 'open_quantity'),
                'cost' => $this->safe_string($order, 'filled_cost'),
                'status' => $this->safe_string(
                    Js::get($this->options, 'orderStatuses'),
                    $this->safe_string($order, 'status'),
                ),
                'info' => $order,
            ],
            $market,
        );
    }

    public function create_order($symbol, $type, $side, $amount, $price = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST new_order { market_id, type, side, time_in_force, limit_price, quantity, cost, client_order_id }:
        // { data: order }. A limit order takes gtc, ioc or gtcpo (post only); a market order ioc, and a market buy
        // is sized by cost (in the quote currency), a market sell by quantity.
        $this->load_markets();
        $market = $this->market($symbol);
        [$unified, $rest] = Js::destructure($this->unified_order_params($type, $params), 2);
        $this->reject_unified_params(
            'createOrder',
            $unified,
            ['reduceOnly', 'triggerPrice', 'stopLossPrice', 'takeProfitPrice'],
        );
        if (!($type === 'market') && !($type === 'limit')) {
            throw new InvalidOrder(
                Js::boundedText(
                    Js::toStr($this->id) . ' createOrder () type must be market or limit, not ' . Js::toStr(
                        $type,
                    ),
                ),
            );
        }
        if (Js::get($unified, 'timeInForce') === 'FOK') {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' createOrder () does not support the unified param timeInForce FOK: time_in_force is gtc, ioc or gtcpo',
                ),
            );
        }
        $time_in_force = 'gtc';
        if ($type === 'market') {
            if (Js::get($unified, 'timeInForce') === 'GTC') {
                throw new InvalidOrder(
                    Js::boundedText(
                        Js::toStr(
                            $this->id,
                        ) . ' createOrder () timeInForce GTC is for limit orders: a market order is ioc',
                    ),
                );
            }
            $time_in_force = 'ioc';
        } elseif (Js::truthy(Js::get($unified, 'postOnly'))) {
            $time_in_force = 'gtcpo';
        } elseif (Js::get($unified, 'timeInForce') === 'IOC') {
            $time_in_force = 'ioc';
        }
        $request = [
            'market_id' => Js::get($market, 'id'),
            'type' => $type,
            'side' => $side,
            'time_in_force' => $time_in_force,
        ];
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
                        ) . ' createOrder () takes the unified param cost for a market buy only',
                    ),
                );
            }
            $request['limit_price'] = $this->price_to_precision($symbol, $price);
            $request['quantity'] = $this->amount_to_precision($symbol, $amount);
        } elseif ($side === 'buy') {
            $cost = Js::get($unified, 'cost');
            if (($cost === null) && ($price !== null)) {
                $cost = Precise::string_mul(
                    $this->number_to_string($amount),
                    $this->number_to_string($price),
                );
            }
            if ($cost === null) {
                throw new InvalidOrder(
                    Js::boundedText(
                        Js::boundedText(Js::toStr($this->id) . ' createOrder () a market buy is sized by its cost in ') . Js::toStr(
                            Js::get($market, 'quote'),
                        ) . ': pass the unified param cost, or a price to spend amount x price',
                    ),
                );
            }
            // cost_precision (decimals) bounds a cost, which the price tick does not
            $cost_precision = $this->safe_number(Js::get($market, 'precision'), 'cost');
            $request['cost'] = $cost_precision === null ? $this->number_to_string($cost) : $this->decimal_to_precision(
                $cost,
                TRUNCATE,
                $cost_precision,
                TICK_SIZE,
            );
        } else {
            if (Js::get($unified, 'cost') !== null) {
                throw new InvalidOrder(
                    Js::boundedText(
                        Js::toStr(
                            $this->id,
                        ) . ' createOrder () takes the unified param cost for a market buy only',
                    ),
                );
            }
            $request['quantity'] = $this->amount_to_precision($symbol, $amount);
        }
        if (Js::get($unified, 'clientOrderId') !== null) {
            $request['client_order_id'] = Js::get($unified, 'clientOrderId');
        }
        $this->sign_in();
        $response = $this->private_post_new_order($this->extend($request, $rest));
        return $this->parse_order($this->order_of($response), $market);
    }

    public function order_of($response) {
        // new_order and cancel_order answer { data: order }; the examples of New Order show the order itself.
        $data = $this->safe_dict($response, 'data');
        return $data === null ? $response : $data;
    }

    public function cancel_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST cancel_order { market_id, order_id }: { data: order }.
        if ($symbol === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' cancelOrder () requires a symbol argument: ProBit cancels an order of a market_id',
                ),
            );
        }
        $this->load_markets();
        $market = $this->market($symbol);
        $this->sign_in();
        $response = $this->private_post_cancel_order(
            $this->extend(['market_id' => Js::get($market, 'id'), 'order_id' => $id], $params),
        );
        return $this->parse_order($this->order_of($response), $market);
    }

    public function fetch_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // order?market_id&order_id: { data: [ order ] }.
        if ($symbol === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' fetchOrder () requires a symbol argument: ProBit looks orders up by market_id',
                ),
            );
        }
        $this->load_markets();
        $market = $this->market($symbol);
        $this->sign_in();
        $response = $this->private_get_order(
            $this->extend(['market_id' => Js::get($market, 'id'), 'order_id' => $id], $params),
        );
        $orders = $this->safe_list($response, 'data', []);
        if (count($orders) == 0) {
            throw new OrderNotFound(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' fetchOrder () found no order ' . Js::toStr($id) . ' in ') . Js::toStr(
                        Js::get($market, 'id'),
                    ),
                ),
            );
        }
        return $this->parse_order(Js::get($orders, 0), $market);
    }

    public function fetch_open_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // open_order?market_id: { data: [ order ] }.
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $request = [];
        if ($market !== null) {
            $request['market_id'] = Js::get($market, 'id');
        }
        $this->sign_in();
        $response = $this->private_get_open_order($this->extend($request, $params));
        return $this->parse_orders($this->safe_list($response, 'data', []), $market, $since, $limit);
    }

    public function fetch_closed_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // order_history?market_id&start_time&end_time&limit: { data: [ order ] }, filled and cancelled ones.
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $request = $this->history_request($market, $since, $limit, $params);
        $this->sign_in();
        $response = $this->private_get_order_history($request);
        return $this->parse_orders($this->safe_list($response, 'data', []), $market, $since, $limit);
    }

    public function fetch_my_trades($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // trade_history?market_id&start_time&end_time&limit: { data: [ trade ] }.
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $request = $this->history_request($market, $since, $limit, $params);
        $this->sign_in();
        $response = $this->private_get_trade_history($request);
        return $this->parse_trades($this->safe_list($response, 'data', []), $market, $since, $limit);
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
        // GET sends its params as the query string, POST as a JSON body. The token endpoint authenticates with
        // HTTP Basic (the client id and secret, added by the request pipeline); the private endpoints with
        // Authorization: Bearer <access token> (signIn).
        $query = $this->omit($params, $this->extract_params($path));
        if ($api === 'accounts') {
            return [
                'url' => Js::boundedText(
                    Js::boundedText(Js::toStr(Js::get(Js::get($this->urls, 'api'), 'accounts')) . '/') . Js::toStr(
                        $this->implode_params($path, $params),
                    ),
                ),
                'method' => $method,
                'body' => $this->json($this->extend(['grant_type' => 'client_credentials'], $query)),
                'headers' => ['Content-Type' => 'application/json'],
                'basicAuth' => true,
            ];
        }
        $url = Js::boundedText(
            Js::boundedText(Js::boundedText(Js::toStr($this->safe_string(Js::get($this->urls, 'api'), $api)) . '/') . Js::toStr($this->version) . '/') . Js::toStr(
                $this->implode_params($path, $params),
            ),
        );
        if ($method === 'GET') {
            if (count(Js::keys($query)) > 0) {
                $url .= Js::within($url, Js::within($url, '?') . Js::toStr($this->urlencode($query)));
            }
        } else {
            $body = count(Js::keys($query)) > 0 ? $this->json(
                $query,
            ) : '{}'; // (PHP writes an empty dictionary as [])
            $headers = ['Content-Type' => 'application/json'];
        }
        if ($api === 'private') {
            $token = $this->safe_string($this->sessionTokens, 'access');
            if ($token === null) {
                throw new AuthenticationError(
                    Js::boundedText(
                        Js::toStr($this->id) . ' a private request needs an access token: signIn () first',
                    ),
                );
            }
            $headers = $this->extend(
                $headers === null ? [] : $headers,
                ['Authorization' => Js::boundedText('Bearer ' . Js::toStr($token))],
            );
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
        // A 4xx or 5xx answers { errorCode, message, details }: the errorCode picks the error class.
        if (($response === null) || Js::isArray($response) || !(Js::typeof($response) === 'object')) {
            return null;
        }
        $error_code = $this->safe_string($response, 'errorCode');
        if ($error_code === null) {
            return null;
        }
        $feedback = Js::boundedText(
            Js::boundedText(Js::toStr($this->id) . ' ') . Js::toStr($this->excerpt($response_body)),
        );
        $this->throw_exactly_matched_exception(Js::get($this->exceptions, 'exact'), $error_code, $feedback);
        throw new ExchangeError($feedback);
    }
}
