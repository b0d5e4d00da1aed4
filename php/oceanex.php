<?php

// Generated from js/oceanex.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class oceanex extends Exchange {
    public function describe() {
        return $this->deep_extend(
            parent::describe(),
            [
                'id' => 'oceanex',
                'name' => 'OceanEx',
                'countries' => ['BS'],
                'version' => 'v1',
                'rateLimit' => 50,
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
                    'fetchOrders' => true,
                    'fetchOpenOrders' => true,
                    'fetchClosedOrders' => true,
                    'fetchMyTrades' => false,
                    'fetchDeposits' => false,
                    'fetchWithdrawals' => false,
                    'fetchTransactions' => false,
                    'fetchLedger' => false,
                    'fetchDepositAddress' => false,
                    'withdraw' => false,
                    'fetchTime' => true,
                    'fetchStatus' => false,
                    'fetchTradingFees' => true,
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
                    'api' => 'https://api.oceanex.cc',
                    'www' => 'https://oceanex.pro',
                    'doc' => 'https://api.oceanex.pro/doc/v1',
                ],
                'api' => [
                    'public' => [
                        'get' => [
                            'markets',
                            'tickers/{market}',
                            'tickers_multi',
                            'order_book',
                            'trades',
                            'k',
                            'fees/trading',
                            'timestamp',
                        ],
                    ],
                    'private' => [
                        'get' => ['orders'],
                        'post' => ['members/me', 'orders', 'orders/filter', 'order/delete'],
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
                    '6h' => '360',
                    '12h' => '720',
                    '1d' => '1440',
                    '3d' => '4320',
                    '1w' => '10080',
                ],
                'requiredCredentials' => ['uid' => true, 'apiKey' => true, 'secret' => true],
                'fees' => [
                    'trading' => [
                        'tierBased' => false,
                        'percentage' => true,
                        'maker' => null,
                        'taker' => null,
                    ],
                ],
                'options' => [
                    'orderStatuses' => [
                        'wait' => 'open',
                        'wait_trigger' => 'open',
                        'cancelling' => 'open',
                        'cancel' => 'canceled',
                        'done' => 'closed',
                    ],
                    'orderTypes' => ['limit' => 'limit', 'market' => 'market', 'stop_limit' => 'limit'],
                ],
                'exceptions' => [
                    'exact' => [
                        '-1' => ExchangeNotAvailable::class,
                        '-2' => ExchangeNotAvailable::class,
                        '-9' => ExchangeNotAvailable::class,
                        '1005' => ExchangeNotAvailable::class,
                        '1001' => AuthenticationError::class,
                        '1002' => AuthenticationError::class,
                        '1003' => AuthenticationError::class,
                        '9001' => AuthenticationError::class,
                        '1004' => AuthenticationError::class,
                        '9002' => AuthenticationError::class,
                        '1006' => AuthenticationError::class,
                        '1007' => AuthenticationError::class,
                        '1008' => AuthenticationError::class,
                        '1010' => AuthenticationError::class,
                        '1011' => PermissionDenied::class,
                        '2001' => AuthenticationError::class,
                        '2002' => InvalidOrder::class,
                        '2003' => InvalidOrder::class,
                        '2004' => OrderNotFound::class,
                        '2012' => BadRequest::class,
                        '3001' => BadRequest::class,
                        '3002' => PermissionDenied::class,
                        '9003' => PermissionDenied::class,
                    ],
                    'broad' => ['Exceeding request Limit' => RateLimitExceeded::class],
                ],
            ],
        );
    }

    // --- answers -------------------------------------------------------------------------------------
    public function data_dict($response, $method) {
        // The data of an answer that holds a dictionary there.
        $data = $this->safe_dict($response, 'data');
        if ($data === null) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($method) . ' () got no data: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        return $data;
    }

    public function order_id_number($id, $method) {
        // Order ids are integers (ids and id of the order calls); the unified id is their decimal text.
        $text = Js::typeof($id) === 'number' ? $this->number_to_string($id) : $id;
        $number = Js::typeof($text) === 'string' ? $this->safe_integer(['id' => $text], 'id') : null;
        if (($number === null) || !Js::strictEqual($this->number_to_string($number), $text)) {
            throw new BadRequest(
                Js::boundedText(
                    Js::toStr($this->id) . ' ' . Js::toStr(
                        $method,
                    ) . ' () takes the order id OceanEx gives, an integer',
                ),
            );
        }
        return $number;
    }

    // --- markets -------------------------------------------------------------------------------------
    public function fetch_time($params = null) {
        if ($params === null) {
            $params = [];
        }
        // GET timestamp: { code, message, data: the server's time in UNIX seconds }.
        $response = $this->public_get_timestamp($params);
        $time = $this->safe_timestamp($response, 'data');
        if ($time === null) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' fetchTime () got no time: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        return $time;
    }

    public function fetch_markets($params = null) {
        if ($params === null) {
            $params = [];
        }
        // GET markets: { data: [ { id: 'vetusdt', name: 'VET/USDT' } ] }. The name is the only place that splits a
        // market into its currencies, whose ids the account calls write in lower case (members/me: 'vet'). No
        // precision, limit or state is reported.
        $response = $this->public_get_markets($params);
        $entries = $this->required_list($response, 'data');
        $result = [];
        for ($i = 0; Js::less($i, Js::length($entries)); $i++) {
            $result[] = $this->parse_market(Js::get($entries, $i));
        }
        return $result;
    }

    public function parse_market($entry) {
        $id = $this->safe_string($entry, 'id');
        $name = $this->safe_string($entry, 'name');
        $parts = $name === null ? [] : Js::split($name, '/');
        if (
            ($id === null) || !(count($parts) == 2) || (Js::get($parts, 0) === '') || (
                Js::get($parts, 1) === ''
            )
        ) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent a market without an id or a name BASE/QUOTE: ') . Js::toStr(
                        $this->excerpt($this->json($entry)),
                    ),
                ),
            );
        }
        $base_id = Js::lowerCase(Js::textReceiver(Js::get($parts, 0), 'toLowerCase'));
        $quote_id = Js::lowerCase(Js::textReceiver(Js::get($parts, 1), 'toLowerCase'));
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
                'type' => 'spot',
                'spot' => true,
                'precision' => ['amount' => null, 'price' => null],
                'limits' => [
                    'amount' => ['min' => null, 'max' => null],
                    'price' => ['min' => null, 'max' => null],
                    'cost' => ['min' => null, 'max' => null],
                ],
                'info' => $entry,
            ],
        );
    }

    // --- market data ---------------------------------------------------------------------------------
    public function parse_ticker($ticker, $market = null) {
        // tickers/{market}: { at, ticker: { buy, sell, low, high, last, vol } }; tickers_multi adds market. at is in
        // UNIX seconds, vol is in the base currency.
        $market_id = $this->safe_string($ticker, 'market');
        if (
            ($ticker === null) || Js::isArray($ticker) || !(Js::typeof($ticker) === 'object') || (
                ($market_id === null) && ($market === null)
            )
        ) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent a ticker that is not a dictionary with its market: ') . Js::toStr(
                        $this->excerpt($this->json($ticker)),
                    ),
                ),
            );
        }
        $market = $this->safe_market($market_id, $market);
        $values = $this->safe_dict($ticker, 'ticker', []);
        $timestamp = $this->safe_timestamp($ticker, 'at');
        $last = $this->safe_string($values, 'last');
        return $this->safe_ticker(
            [
                'symbol' => Js::get($market, 'symbol'),
                'timestamp' => $timestamp,
                'datetime' => $this->iso8601($timestamp),
                'high' => $this->safe_string($values, 'high'),
                'low' => $this->safe_string($values, 'low'),
                'bid' => $this->safe_string($values, 'buy'),
                'ask' => $this->safe_string($values, 'sell'),
                'last' => $last,
                'close' => $last,
                'baseVolume' => $this->safe_string($values, 'vol'),
                'info' => $ticker,
            ],
            $market,
        );
    }

    public function fetch_ticker($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // GET tickers/{market}: { data: { at, ticker } }.
        $this->load_markets();
        $market = $this->market($symbol);
        $response = $this->public_get_tickers_market(
            $this->extend(['market' => Js::get($market, 'id')], $params),
        );
        $data = $this->data_dict($response, 'fetchTicker');
        if ($this->safe_dict($data, 'ticker') === null) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' fetchTicker () got no ticker: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        return $this->parse_ticker($data, $market);
    }

    public function fetch_tickers($symbols = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // GET tickers_multi?markets[]=...: { data: [ { at, market, ticker } ] }, of the symbols' markets or of every
        // market loaded. (The documentation's example of the all-tickers call, tickers, is not JSON.)
        $this->load_markets();
        $ids = $symbols === null ? $this->ids : $this->market_ids($symbols);
        $response = $this->public_get_tickers_multi($this->extend(['markets[]' => $ids], $params));
        return $this->parse_tickers($this->required_list($response, 'data'), $symbols);
    }

    public function fetch_order_book($symbol, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // GET order_book?market&limit (300 levels a side by default): { data: { timestamp (UNIX seconds), asks,
        // bids: [ [ price, volume ] ] } }, both sides from the highest price to the lowest.
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['market' => Js::get($market, 'id')];
        if ($limit !== null) {
            $request['limit'] = $limit;
        }
        $response = $this->public_get_order_book($this->extend($request, $params));
        $data = $this->data_dict($response, 'fetchOrderBook');
        $this->check_book_side($this->required_list($data, 'asks'));
        $this->check_book_side($this->required_list($data, 'bids'));
        return $this->parse_order_book(
            $data,
            Js::get($market, 'symbol'),
            $this->safe_timestamp($data, 'timestamp'),
        );
    }

    public function check_book_side($levels) {
        // Each level is [ price, volume ], two decimal numbers (written as strings): anything else is no book, rather
        // than a level without a price.
        for ($i = 0; Js::less($i, Js::length($levels)); $i++) {
            $level = Js::get($levels, $i);
            $valid = Js::isArray($level) && Js::greaterEqual(Js::length($level), 2) && $this->is_decimal_string($this->safe_string($level, 0)) && $this->is_decimal_string(
                $this->safe_string($level, 1),
            );
            if (!($valid)) {
                throw new BadResponse(
                    Js::boundedText(
                        Js::boundedText(Js::toStr($this->id) . ' sent an order book level that is not [ price, volume ]: ') . Js::toStr(
                            $this->excerpt($this->json($level)),
                        ),
                    ),
                );
            }
        }
    }

    public function parse_trade($trade, $market = null) {
        // trades: { id, price, volume, funds, market, created_at (ISO 8601), created_on (UNIX seconds), side }:
        // volume in the base currency, funds in the quote currency; side may be null.
        if (($trade === null) || Js::isArray($trade) || !(Js::typeof($trade) === 'object')) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent a trade that is not a dictionary: ') . Js::toStr(
                        $this->excerpt($this->json($trade)),
                    ),
                ),
            );
        }
        if (
            !($this->is_decimal_string($this->safe_string($trade, 'price'))) || !(
                $this->is_decimal_string($this->safe_string($trade, 'volume'))
            )
        ) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent a trade without a price and a volume: ') . Js::toStr(
                        $this->excerpt($this->json($trade)),
                    ),
                ),
            );
        }
        $market_id = $this->safe_string($trade, 'market');
        $market = $this->safe_market($market_id, $market);
        $timestamp = $this->safe_timestamp($trade, 'created_on');
        if ($timestamp === null) {
            $timestamp = $this->parse8601($this->safe_string($trade, 'created_at'));
        }
        $side = $this->safe_string_lower($trade, 'side');
        return $this->safe_trade(
            [
                'id' => $this->safe_string($trade, 'id'),
                'timestamp' => $timestamp,
                'datetime' => $this->iso8601($timestamp),
                'symbol' => Js::get($market, 'symbol'),
                'side' => ($side === 'buy') || ($side === 'sell') ? $side : null,
                'price' => $this->safe_string($trade, 'price'),
                'amount' => $this->safe_string($trade, 'volume'),
                'cost' => $this->safe_string($trade, 'funds'),
                'info' => $trade,
            ],
            $market,
        );
    }

    public function fetch_trades($symbol, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // GET trades?market&limit (50 by default)&start (UNIX seconds)&order_by: { data: [ ... ] }, newest first
        // unless order_by is asc, which a since asks for (the first trades from since).
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['market' => Js::get($market, 'id')];
        if ($limit !== null) {
            $request['limit'] = $limit;
        }
        if ($since !== null) {
            $request['start'] = Js::floor(Js::divide($since, 1000));
            $request['order_by'] = 'asc';
        }
        $response = $this->public_get_trades($this->extend($request, $params));
        return $this->parse_trades($this->required_list($response, 'data'), $market, $since, $limit);
    }

    public function fetch_ohlcv($symbol, $timeframe = null, $since = null, $limit = null, $params = null) {
        if ($timeframe === null) {
            $timeframe = '1m';
        }
        if ($params === null) {
            $params = [];
        }
        // GET k?market&period (minutes)&limit (30 by default)&timestamp (UNIX seconds: the candles from then): { data:
        // [ [ time (UNIX seconds), open, high, low, close, volume ] ] }. The call has no end of a range.
        $this->reject_unified_params('fetchOHLCV', $params, ['until']);
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
        $request = ['market' => Js::get($market, 'id'), 'period' => Js::parseInt($period)];
        if ($limit !== null) {
            $request['limit'] = $limit;
        }
        if ($since !== null) {
            $request['timestamp'] = Js::floor(Js::divide($since, 1000));
        }
        $response = $this->public_get_k($this->extend($request, $params));
        return $this->parse_ohlcvs(
            $this->required_list($response, 'data'),
            $market,
            $timeframe,
            $since,
            $limit,
        );
    }

    public function parse_ohlcv($ohlcv, $market = null) {
        // [ time, open, high, low, close, volume ], numbers all: anything else is no candle.
        $valid = Js::isArray($ohlcv) && Js::greaterEqual(Js::length($ohlcv), 6);
        for ($i = 0; $valid && ($i < 6); $i = Js::number($i + 1)) {
            $valid = $this->is_decimal_string($this->safe_string($ohlcv, $i));
        }
        if (!($valid)) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent a K line entry that is not [ time, open, high, low, close, volume ]: ') . Js::toStr(
                        $this->excerpt($this->json($ohlcv)),
                    ),
                ),
            );
        }
        return [
            $this->safe_timestamp($ohlcv, 0),
            $this->safe_number($ohlcv, 1),
            $this->safe_number($ohlcv, 2),
            $this->safe_number($ohlcv, 3),
            $this->safe_number($ohlcv, 4),
            $this->safe_number($ohlcv, 5),
        ];
    }

    public function fetch_trading_fees($params = null) {
        if ($params === null) {
            $params = [];
        }
        // GET fees/trading: { data: [ { market, ask_fee: { type: 'relative', value }, bid_fee: { ... } } ] }: the
        // rate of a sell (ask) and of a buy (bid), not of a maker and a taker. Where both are the same relative rate,
        // it is the maker's and the taker's; otherwise neither is stated (info holds them). Markets not loaded are
        // left out.
        $this->load_markets();
        $response = $this->public_get_fees_trading($params);
        $entries = $this->required_list($response, 'data');
        $result = [];
        for ($i = 0; Js::less($i, Js::length($entries)); $i++) {
            $entry = Js::get($entries, $i);
            $market_id = $this->safe_string($entry, 'market');
            if (($market_id === null) || ($this->safe_list($this->marketsById, $market_id) === null)) {
                continue;
            }
            $market = $this->safe_market($market_id);
            $ask_fee = $this->safe_dict($entry, 'ask_fee', []);
            $bid_fee = $this->safe_dict($entry, 'bid_fee', []);
            $ask_rate = $this->safe_string($ask_fee, 'value');
            $bid_rate = $this->safe_string($bid_fee, 'value');
            $relative = ($this->safe_string($ask_fee, 'type') === 'relative') && (
                $this->safe_string($bid_fee, 'type') === 'relative'
            );
            $rate = null;
            if (
                $relative && ($ask_rate !== null) && ($bid_rate !== null) && Precise::string_eq(
                    $ask_rate,
                    $bid_rate,
                )
            ) {
                $rate = $this->parse_number($ask_rate);
            }
            Js::setKey(
                $result,
                Js::get($market, 'symbol'),
                [
                    'symbol' => Js::get($market, 'symbol'),
                    'maker' => $rate,
                    'taker' => $rate,
                    'info' => $entry,
                ],
            );
        }
        return $result;
    }

    // --- account -------------------------------------------------------------------------------------
    public function fetch_balance($params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST members/me: { data: { accounts: [ { currency, balance, locked } ] } }: balance is what is free,
        // locked what open orders hold.
        $this->load_markets();
        $response = $this->private_post_members_me($params);
        $data = $this->data_dict($response, 'fetchBalance');
        $accounts = $this->required_list($data, 'accounts');
        $result = ['info' => $response];
        for ($i = 0; Js::less($i, Js::length($accounts)); $i++) {
            $currency_id = $this->safe_string(Js::get($accounts, $i), 'currency');
            if ($currency_id === null) {
                continue;
            }
            Js::setKey(
                $result,
                $this->safe_currency_code($currency_id),
                [
                    'free' => $this->safe_string(Js::get($accounts, $i), 'balance'),
                    'used' => $this->safe_string(Js::get($accounts, $i), 'locked'),
                    'total' => null,
                ],
            );
        }
        return $this->safe_balance($result);
    }

    // --- orders --------------------------------------------------------------------------------------
    public function parse_order($order, $market = null) {
        // orders, order/delete and orders (status): { id, market, side, ord_type, state, price, avg_price, volume,
        // remaining_volume, executed_volume, trades_count, created_at (ISO 8601), created_on (UNIX seconds, a
        // string) }; orders/filter writes market_id (and market_name) for market. avg_price is 0 until a trade.
        $id = $this->safe_string($order, 'id');
        if ($id === null) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent an order without an id: ') . Js::toStr(
                        $this->excerpt($this->json($order)),
                    ),
                ),
            );
        }
        $market_id = $this->safe_string2($order, 'market', 'market_id');
        $market = $this->safe_market($market_id, $market);
        $timestamp = $this->safe_timestamp($order, 'created_on');
        if ($timestamp === null) {
            $timestamp = $this->parse8601($this->safe_string($order, 'created_at'));
        }
        $side = $this->safe_string_lower($order, 'side');
        $average = $this->safe_string($order, 'avg_price');
        if (($average !== null) && $this->is_decimal_string($average) && Precise::string_eq($average, '0')) {
            $average = null;
        }
        return $this->safe_order(
            [
                'id' => $id,
                'timestamp' => $timestamp,
                'datetime' => $this->iso8601($timestamp),
                'symbol' => Js::get($market, 'symbol'),
                'type' => $this->safe_string(
                    Js::get($this->options, 'orderTypes'),
                    $this->safe_string($order, 'ord_type'),
                ),
                'side' => ($side === 'buy') || ($side === 'sell') ? $side : null,
                'price' => $this->safe_string($order, 'price'),
                'average' => $average,
                'amount' => $this->safe_string($order, 'volume'),
                'filled' => $this->safe_string($order, 'executed_volume'),
                'remaining' => $this->safe_string($order, 'remaining_volume'),
                'status' => $this->safe_string(
                    Js::get($this->options, 'orderStatuses'),
                    $this->safe_string($order, 'state'),
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
        // POST orders { market, side, volume, price (limit orders), ord_type: limit, market or stop_limit,
        // stop_price and trigger_condition (gte or lte: the price at or above, at or below it) of a stop-limit
        // order }: { data: the order }. A limit order rests until canceled; no post-only, time in force, client id
        // or order sized in the quote currency is documented, and stop orders are limit orders only. stopLossPrice
        // triggers a sell when the price falls to it (lte) and a buy when it rises to it (gte), takeProfitPrice the
        // other way; a bare triggerPrice needs params['trigger_condition'] to say which.
        $this->load_markets();
        $market = $this->market($symbol);
        [$unified, $rest] = Js::destructure($this->unified_order_params($type, $params), 2);
        $this->reject_unified_params(
            'createOrder',
            $unified,
            ['postOnly', 'reduceOnly', 'clientOrderId', 'cost'],
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
        if (($time_in_force !== null) && (!($type === 'limit') || !($time_in_force === 'GTC'))) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr($this->id) . ' createOrder () does not support the unified param timeInForce ' . Js::toStr(
                        $time_in_force,
                    ) . ': limit orders are good till canceled, market orders take no time in force',
                ),
            );
        }
        $request = [
            'market' => Js::get($market, 'id'),
            'side' => $side,
            'volume' => $this->amount_to_precision($symbol, $amount),
            'ord_type' => $type,
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
        $remaining = $rest;
        $kind = Js::get($unified, 'triggerKind');
        if ($kind !== null) {
            if (!($type === 'limit')) {
                throw new InvalidOrder(
                    Js::boundedText(
                        Js::toStr($this->id) . ' createOrder () places stop orders as limit orders only (stop_limit): ' . Js::toStr(
                            $kind,
                        ) . ' needs type limit and a price',
                    ),
                );
            }
            $given = $this->safe_string($rest, 'trigger_condition');
            $condition = $given;
            if ($kind === 'stopLossPrice') {
                $condition = $side === 'sell' ? 'lte' : 'gte';
            } elseif ($kind === 'takeProfitPrice') {
                $condition = $side === 'sell' ? 'gte' : 'lte';
            } elseif (!($condition === 'gte') && !($condition === 'lte')) {
                throw new ArgumentsRequired(
                    Js::boundedText(
                        Js::toStr(
                            $this->id,
                        ) . ' createOrder () triggerPrice needs params[\'trigger_condition\'], gte (trigger at or above it) or lte (at or below it)',
                    ),
                );
            }
            if (($given !== null) && !Js::strictEqual($given, $condition)) {
                throw new InvalidOrder(
                    Js::boundedText(
                        Js::toStr($this->id) . ' createOrder () ' . Js::toStr($kind) . ' of a ' . Js::toStr($side) . ' triggers with trigger_condition ' . Js::toStr($condition) . ', not ' . Js::toStr(
                            $given,
                        ),
                    ),
                );
            }
            $remaining = $this->omit($rest, 'trigger_condition');
            $request['ord_type'] = 'stop_limit';
            $request['stop_price'] = $this->price_to_precision($symbol, Js::get($unified, 'trigger'));
            $request['trigger_condition'] = $condition;
        }
        $response = $this->private_post_orders($this->extend($request, $remaining));
        return $this->parse_order($this->data_dict($response, 'createOrder'), $market);
    }

    public function cancel_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST order/delete { id }: { data: the order }.
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $request = ['id' => $this->order_id_number($id, 'cancelOrder')];
        $response = $this->private_post_order_delete($this->extend($request, $params));
        return $this->parse_order($this->data_dict($response, 'cancelOrder'), $market);
    }

    public function fetch_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // GET orders { ids: [ id ] }: { data: [ the order ] }; an id of no order of the account is not listed.
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $number = $this->order_id_number($id, 'fetchOrder');
        $response = $this->private_get_orders($this->extend(['ids' => [$number]], $params));
        $orders = $this->required_list($response, 'data');
        $wanted = $this->number_to_string($number);
        for ($i = 0; Js::less($i, Js::length($orders)); $i++) {
            if (Js::strictEqual($this->safe_string(Js::get($orders, $i), 'id'), $wanted)) {
                return $this->parse_order(Js::get($orders, $i), $market);
            }
        }
        throw new OrderNotFound(
            Js::boundedText(Js::toStr($this->id) . ' fetchOrder () found no order ' . Js::toStr($wanted)),
        );
    }

    public function fetch_orders_of_states($method, $states, $symbol, $since, $limit, $params) {
        // POST orders/filter { market, states, limit (100 by default), order_by, need_price }: { data: [ { state,
        // num_of_orders, orders: [ ... ] } ] }, a group per state, newest first (one page: the first limit orders of
        // each state). need_price asks for the price of each order, written as the documentation's example does.
        if ($symbol === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr($this->id) . ' ' . Js::toStr(
                        $method,
                    ) . ' () requires a symbol: orders/filter reads one market',
                ),
            );
        }
        $this->load_markets();
        $market = $this->market($symbol);
        $request = [
            'market' => Js::get($market, 'id'),
            'states' => $states,
            'order_by' => 'desc',
            'need_price' => 'True',
        ];
        if ($limit !== null) {
            $request['limit'] = $limit;
        }
        $response = $this->private_post_orders_filter($this->extend($request, $params));
        $groups = $this->required_list($response, 'data');
        $orders = [];
        for ($i = 0; Js::less($i, Js::length($groups)); $i++) {
            if (
                (Js::get($groups, $i) === null) || Js::isArray(Js::get($groups, $i)) || !(
                    Js::typeof(Js::get($groups, $i)) === 'object'
                )
            ) {
                throw new BadResponse(
                    Js::boundedText(
                        Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($method) . ' () got a group of orders that is not a dictionary: ') . Js::toStr(
                            $this->excerpt($this->json($response)),
                        ),
                    ),
                );
            }
            // (pushed in place: a copy of the orders so far at each group made a response of many empty groups cost
            // their product; red-team round 28)
            $entries = $this->required_list(Js::get($groups, $i), 'orders');
            for ($j = 0; Js::less($j, Js::length($entries)); $j++) {
                $orders[] = Js::get($entries, $j);
            }
        }
        return $this->parse_orders($orders, $market, $since, $limit);
    }

    public function fetch_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->reject_unified_params('fetchOrders', $params, ['until']);
        return $this->fetch_orders_of_states(
            'fetchOrders',
            ['wait', 'done', 'cancel'],
            $symbol,
            $since,
            $limit,
            $params,
        );
    }

    public function fetch_open_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->fetch_orders_of_states('fetchOpenOrders', ['wait'], $symbol, $since, $limit, $params);
    }

    public function fetch_closed_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->reject_unified_params('fetchClosedOrders', $params, ['until']);
        return $this->fetch_orders_of_states(
            'fetchClosedOrders',
            ['done', 'cancel'],
            $symbol,
            $since,
            $limit,
            $params,
        );
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
        // Public calls send their parameters as the query string. A private call sends one parameter, user_jwt: a
        // JSON Web Token of { uid, apikey_id, data: the call's parameters }, header { alg: RS256, typ: JWT }, signed
        // with the key's RSA private key (the documentation's REST Authentication); a POST as a form, the GET of the
        // order status in the query string.
        $url = Js::boundedText(
            Js::boundedText(Js::boundedText(Js::toStr(Js::get($this->urls, 'api')) . '/') . Js::toStr($this->version) . '/') . Js::toStr(
                $this->implode_params($path, $params),
            ),
        );
        $query = $this->omit($params, $this->extract_params($path));
        if ($api === 'public') {
            if (count(Js::keys($query)) > 0) {
                $url .= Js::within($url, Js::within($url, '?') . Js::toStr($this->urlencode($query)));
            }
            return ['url' => $url, 'method' => $method, 'body' => $body, 'headers' => $headers];
        }
        $this->check_required_credentials();
        // PHP holds an empty dictionary as an empty list, which its json () writes as []: the data of a call without
        // parameters is a dictionary whose one key holds undefined, which JSON leaves out, so that it is written {}
        // in every runtime.
        $data = count(Js::keys($query)) > 0 ? $query : ['none' => null];
        $payload = ['uid' => $this->uid, 'apikey_id' => $this->apiKey, 'data' => $data];
        $token = $this->asymmetric_jwt($payload, $this->secret, 'RS256');
        $form = $this->urlencode(['user_jwt' => $token]);
        if ($method === 'GET') {
            $url .= Js::within($url, '?' . Js::toStr($form));
        } else {
            $body = $form;
            $headers = ['Content-Type' => 'application/x-www-form-urlencoded'];
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
        // { code, message, data }: code 0 for success, another one of the REST Errors table for an error (the
        // documented error bodies hold an empty data).
        if (($response === null) || Js::isArray($response) || !(Js::typeof($response) === 'object')) {
            return;
        }
        $code = $this->safe_string($response, 'code');
        if (($code === null) || ($code === '0')) {
            return;
        }
        $message = $this->safe_string($response, 'message', '');
        $feedback = Js::boundedText(
            Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($method) . ' ' . Js::toStr($url) . ' ') . Js::toStr(
                $this->excerpt($response_body),
            ),
        );
        $this->throw_broadly_matched_exception(Js::get($this->exceptions, 'broad'), $message, $feedback);
        $this->throw_exactly_matched_exception(Js::get($this->exceptions, 'exact'), $code, $feedback);
        throw new ExchangeError($feedback);
    }
}
