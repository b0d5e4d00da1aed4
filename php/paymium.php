<?php

// Generated from js/paymium.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class paymium extends Exchange {
    public function describe() {
        return $this->deep_extend(
            parent::describe(),
            [
                'id' => 'paymium',
                'name' => 'Paymium',
                'countries' => ['FR', 'EU'],
                'version' => 'v1',
                'rateLimit' => 1000,
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
                    'fetchOrders' => true,
                    'fetchOpenOrders' => true,
                    'fetchClosedOrders' => true,
                    'fetchMyTrades' => false,
                    'fetchDeposits' => true,
                    'fetchWithdrawals' => false,
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
                    'fetchDepositAddresses' => true,
                    'createDepositAddress' => true,
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
                    '1m' => '1m',
                    '3m' => '3m',
                    '5m' => '5m',
                    '15m' => '15m',
                    '30m' => '30m',
                    '1h' => '1h',
                    '2h' => '2h',
                    '4h' => '4h',
                    '6h' => '6h',
                    '8h' => '8h',
                    '12h' => '12h',
                    '1d' => '1d',
                    '3d' => '3d',
                    '1w' => '1w',
                    '1M' => '1M',
                ],
                'urls' => [
                    'api' => [
                        'public' => 'https://paymium.com/api/v1',
                        'private' => 'https://paymium.com/api/v1',
                    ],
                    'www' => 'https://www.paymium.com',
                    'doc' => [
                        'https://github.com/Paymium/api-documentation',
                        'https://paymium.github.io/api-documentation/',
                    ],
                    'fees' => 'https://www.paymium.com/page/help/fees',
                ],
                'api' => [
                    'public' => [
                        'get' => [
                            'countries',
                            'currencies',
                            'data/{currency}/ticker',
                            'data/{currency}/trades',
                            'data/{currency}/depth',
                            'data/{currency}/ohlcv',
                        ],
                    ],
                    'private' => [
                        'get' => [
                            'user',
                            'user/addresses',
                            'user/addresses/{address}',
                            'user/orders',
                            'user/orders/{uuid}',
                        ],
                        'post' => ['user/addresses', 'user/orders', 'user/withdrawals'],
                        'delete' => ['user/orders/{uuid}'],
                    ],
                ],
                'requiredCredentials' => ['apiKey' => true, 'secret' => true],
                'fees' => ['trading' => ['tierBased' => true, 'percentage' => true]],
                'precisionMode' => TICK_SIZE,
                'options' => [
                    'orderStatuses' => [
                        'pending_execution' => 'open',
                        'pending' => 'open',
                        'processing' => 'open',
                        'authorized' => 'open',
                        'active' => 'open',
                        'filled' => 'closed',
                        'executed' => 'closed',
                        'canceled' => 'canceled',
                    ],
                    'orderTypes' => ['LimitOrder' => 'limit', 'MarketOrder' => 'market'],
                    'transactionStatuses' => [
                        'pending_execution' => 'pending',
                        'pending' => 'pending',
                        'processing' => 'pending',
                        'authorized' => 'pending',
                        'active' => 'pending',
                        'executed' => 'ok',
                        'filled' => 'ok',
                        'canceled' => 'canceled',
                    ],
                    'timeframeSeconds' => [
                        '1m' => 60,
                        '3m' => 180,
                        '5m' => 300,
                        '15m' => 900,
                        '30m' => 1800,
                        '1h' => 3600,
                        '2h' => 7200,
                        '4h' => 14400,
                        '6h' => 21600,
                        '8h' => 28800,
                        '12h' => 43200,
                        '1d' => 86400,
                        '3d' => 259200,
                        '1w' => 604800,
                        '1M' => 2592000,
                    ],
                    'maxCandles' => 1000,
                    'defaultCandles' => 500,
                ],
                'exceptions' => [
                    'exact' => [
                        'market_protection_volume_too_large' => InvalidOrder::class,
                        'Interval / StartTime / EndTime does not match' => BadRequest::class,
                        'Limit has not correct range' => BadRequest::class,
                    ],
                    'broad' => [
                        'greater than your available balance' => InsufficientFunds::class,
                        'must be approved' => PermissionDenied::class,
                        'Too many active addresses' => BadRequest::class,
                    ],
                ],
            ],
        );
    }

    // --- markets and currencies ----------------------------------------------------------------------
    public function parse_currency_entry($entry) {
        // currencies: { symbol, code, precision ('8': amounts in steps of 10^-8), name, type (crypto or fiat),
        // deposit, withdraw, withdraw_limit_min, withdraw_limit_max, charge_plan_limit_min, charge_plan_limit_max,
        // email_transfer, internal_transfer, payment_request, display_balance, trading, swap, pairs, ... }.
        $id = $this->safe_string2($entry, 'code', 'symbol');
        $precision = $this->safe_string($entry, 'precision');
        return [
            'id' => $id,
            'code' => $this->safe_currency_code($id),
            'name' => $this->safe_string($entry, 'name'),
            'deposit' => $this->safe_bool($entry, 'deposit'),
            'withdraw' => $this->safe_bool($entry, 'withdraw'),
            'precision' => $precision === null ? null : $this->parse_number(
                $this->parse_precision($precision),
            ),
            'limits' => [
                'withdraw' => [
                    'min' => $this->safe_number($entry, 'withdraw_limit_min'),
                    'max' => $this->safe_number($entry, 'withdraw_limit_max'),
                ],
            ],
            'networks' => [],
            'info' => $entry,
        ];
    }

    public function currency_entries($response) {
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
            if (
                !(Js::typeof($entry) === 'object') || Js::isArray($entry) || (
                    $this->safe_string2($entry, 'code', 'symbol') === null
                )
            ) {
                throw new BadResponse(
                    Js::boundedText(
                        Js::boundedText(Js::toStr($this->id) . ' sent a currency without a code: ') . Js::toStr(
                            $this->excerpt($this->json($response)),
                        ),
                    ),
                );
            }
            $result[] = $this->parse_currency_entry($entry);
        }
        return $result;
    }

    public function fetch_currencies($params = null) {
        if ($params === null) {
            $params = [];
        }
        $response = $this->public_get_currencies($params);
        $entries = $this->currency_entries($response);
        $result = [];
        for ($i = 0; Js::less($i, Js::length($entries)); $i++) {
            Js::setKey($result, Js::get(Js::get($entries, $i), 'code'), Js::get($entries, $i));
        }
        return $result;
    }

    public function fetch_markets($params = null) {
        if ($params === null) {
            $params = [];
        }
        // The trading endpoints take one market: BTC against EUR (POST user/orders: "currency must be EUR", amount
        // "BTC amount to trade"; data/eur/... is its book). Its amounts are in steps of BTC's precision; the docs
        // state no price step, so EUR's precision (cents) is taken for the price. Both come from currencies.
        $response = $this->public_get_currencies($params);
        $entries = $this->index_by($this->currency_entries($response), 'code');
        $btc = $this->safe_dict($entries, 'BTC');
        $eur = $this->safe_dict($entries, 'EUR');
        if (($btc === null) || ($eur === null)) {
            return [];
        }
        return [
            $this->safe_market_structure(
                [
                    'id' => 'eur',
                    'symbol' => 'BTC/EUR',
                    'base' => 'BTC',
                    'quote' => 'EUR',
                    'baseId' => Js::get($btc, 'id'),
                    'quoteId' => Js::get($eur, 'id'),
                    'type' => 'spot',
                    'spot' => true,
                    'precision' => [
                        'amount' => Js::get($btc, 'precision'),
                        'price' => Js::get($eur, 'precision'),
                    ],
                    'limits' => [],
                    'info' => ['base' => Js::get($btc, 'info'), 'quote' => Js::get($eur, 'info')],
                ],
            ),
        ];
    }

    public function market_of_currency($currency_id, $market = null) {
        // Trades and orders name their market by the quoted currency ('EUR'); the market id is its lower case.
        if ($currency_id === null) {
            return $this->safe_market(null, $market);
        }
        return $this->safe_market(Js::lowerCase(Js::textReceiver($currency_id, 'toLowerCase')), $market);
    }

    // --- market data ---------------------------------------------------------------------------------
    public function parse_ticker($ticker, $market = null) {
        // data/{currency}/ticker: { high, low, volume (24 h, in BTC), bid, ask, midpoint, vwap, at (seconds), price
        // (of the latest trade), open (24 h), variation (24 h, in %), currency, trade_id, size }.
        $market = $this->market_of_currency($this->safe_string($ticker, 'currency'), $market);
        return $this->ticker_structure(
            symbol: Js::get($market, 'symbol'),
            timestamp: $this->safe_timestamp($ticker, 'at'),
            high: $this->safe_string($ticker, 'high'),
            low: $this->safe_string($ticker, 'low'),
            bid: $this->safe_string($ticker, 'bid'),
            ask: $this->safe_string($ticker, 'ask'),
            vwap: $this->safe_string($ticker, 'vwap'),
            open: $this->safe_string($ticker, 'open'),
            last: $this->safe_string($ticker, 'price'),
            percentage: $this->safe_string($ticker, 'variation'),
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
        $response = $this->public_get_data_currency_ticker(
            $this->extend(['currency' => Js::get($market, 'id')], $params),
        );
        return $this->parse_ticker($response, $market);
    }

    public function fetch_tickers($symbols = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // The ticker endpoint takes one market: one request per symbol.
        $this->load_markets();
        $list = $symbols === null ? $this->symbols : $symbols;
        $markets = [];
        for ($i = 0; Js::less($i, Js::length($list)); $i++) {
            $markets[] = $this->market(Js::get($list, $i));
        }
        $result = [];
        for ($i = 0; $i < count($markets); $i++) {
            $market = Js::get($markets, $i);
            $response = $this->public_get_data_currency_ticker(
                $this->extend(['currency' => Js::get($market, 'id')], $params),
            );
            Js::setKey($result, Js::get($market, 'symbol'), $this->parse_ticker($response, $market));
        }
        return $result;
    }

    public function fetch_order_book($symbol, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // data/{currency}/depth: { bids: [ { timestamp, amount, price, currency } ], asks: [ ... ] }, grouped by
        // price, the whole book (the endpoint takes no depth).
        $this->load_markets();
        $market = $this->market($symbol);
        $response = $this->public_get_data_currency_depth(
            $this->extend(['currency' => Js::get($market, 'id')], $params),
        );
        $this->required_list($response, 'bids');
        $this->required_list($response, 'asks');
        $book = $this->parse_order_book(
            $response,
            Js::get($market, 'symbol'),
            null,
            'bids',
            'asks',
            'price',
            'amount',
        );
        if ($limit !== null) {
            Js::set($book, 'bids', Js::slice(Js::get($book, 'bids'), 0, $limit));
            Js::set($book, 'asks', Js::slice(Js::get($book, 'asks'), 0, $limit));
        }
        return $book;
    }

    public function parse_trade($trade, $market = null) {
        // data/{currency}/trades: { uuid, traded_btc, traded_currency, created_at, currency, side, price (per BTC),
        // created_at_int (seconds) }.
        $market = $this->market_of_currency($this->safe_string($trade, 'currency'), $market);
        $timestamp = $this->safe_timestamp($trade, 'created_at_int');
        if ($timestamp === null) {
            $timestamp = $this->parse8601($this->safe_string($trade, 'created_at'));
        }
        return $this->trade_structure(
            id: $this->safe_string($trade, 'uuid'),
            symbol: Js::get($market, 'symbol'),
            timestamp: $timestamp,
            side: $this->safe_string_lower($trade, 'side'),
            price: $this->safe_string($trade, 'price'),
            amount: $this->safe_string($trade, 'traded_btc'),
            cost: $this->safe_string($trade, 'traded_currency'),
            info: $trade,
            market: $market,
        );
    }

    public function fetch_trades($symbol, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // data/{currency}/trades?since=<seconds of the oldest trade>: the latest trades (no count parameter).
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['currency' => Js::get($market, 'id')];
        if ($since !== null) {
            $request['since'] = Js::floor(Js::divide($since, 1000));
        }
        $response = $this->public_get_data_currency_trades($this->extend($request, $params));
        if (!(Js::isArray($response))) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent trades that are no list: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        return $this->parse_trades($response, $market, $since, $limit);
    }

    public function parse_ohlcv($ohlcv, $market = null) {
        // [ timestamp (ms), open, high, low, close, volume ], numbers as strings.
        return [
            $this->safe_integer($ohlcv, 0),
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
        // data/{currency}/ohlcv?interval&startTime&endTime: startTime and endTime (seconds) are given both or not
        // at all, and span at most 1000 candles (500 without them). until (ms, inclusive) becomes endTime.
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
        $until = $this->safe_integer($params, 'until');
        $rest = $this->omit($params, 'until');
        $request = ['currency' => Js::get($market, 'id'), 'interval' => $interval];
        if (($since !== null) || ($until !== null) || ($limit !== null)) {
            $duration = $this->safe_integer(Js::get($this->options, 'timeframeSeconds'), $timeframe);
            $max_candles = $this->safe_integer($this->options, 'maxCandles', 1000);
            $count = $limit === null ? $this->safe_integer($this->options, 'defaultCandles', 500) : Js::min(
                $limit,
                $max_candles,
            );
            $start_time = null;
            $end_time = null;
            if ($since !== null) {
                $start_time = Js::floor(Js::divide($since, 1000));
                $end_time = $until === null ? Js::min(Js::add($start_time, Js::multiply($count, $duration)), $this->seconds()) : Js::floor(
                    Js::divide($until, 1000),
                );
            } else {
                $end_time = $until === null ? $this->seconds() : Js::floor(Js::divide($until, 1000));
                $start_time = Js::subtract($end_time, Js::multiply($count, $duration));
            }
            $request['startTime'] = $start_time;
            $request['endTime'] = $end_time;
        }
        $response = $this->public_get_data_currency_ohlcv($this->extend($request, $rest));
        if (!(Js::isArray($response))) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent candles that are no list: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        return $this->parse_ohlcvs($response, $market, $timeframe, $since, $limit);
    }

    // --- account -------------------------------------------------------------------------------------
    public function fetch_balance($params = null) {
        if ($params === null) {
            $params = [];
        }
        // user: { name, email, locale, channel_id, meta_state, balance_<currency> (available), locked_<currency>
        // (locked in trading), ... } for each currency (balance_eur, locked_eur, balance_btc, locked_btc, ...).
        $this->load_markets();
        $response = $this->private_get_user($params);
        if (!(Js::typeof($response) === 'object') || Js::isArray($response)) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent user info that is no dictionary: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        $result = ['info' => $response];
        $keys = Js::keys($response);
        for ($i = 0; $i < count($keys); $i++) {
            $key = $keys[$i];
            if (!(Js::startsWith($key, 'balance_'))) {
                continue;
            }
            $currency_id = Js::slice($key, 8);
            $account = $this->account();
            Js::set($account, 'free', $this->safe_string($response, $key));
            Js::set(
                $account,
                'used',
                $this->safe_string($response, Js::boundedText('locked_' . Js::toStr($currency_id))),
            );
            Js::setKey(
                $result,
                $this->safe_currency_code(Js::upperCase(Js::textReceiver($currency_id, 'toUpperCase'))),
                $account,
            );
        }
        return $this->safe_balance($result);
    }

    // --- orders --------------------------------------------------------------------------------------
    public function parse_order($order, $market = null) {
        // An order: { uuid, type (LimitOrder, MarketOrder; Transfer, BitcoinDeposit, ... for the other kinds),
        // currency, currency_amount, created_at, updated_at, amount (BTC), state, currency_fee, btc_fee, comment,
        // traded_btc, traded_currency, direction, price, account_operations }.
        $market = $this->market_of_currency($this->safe_string($order, 'currency'), $market);
        $fees = [];
        $btc_fee = $this->safe_string($order, 'btc_fee');
        if ($btc_fee !== null) {
            $fees[] = ['cost' => $btc_fee, 'currency' => Js::get($market, 'base')];
        }
        $currency_fee = $this->safe_string($order, 'currency_fee');
        if ($currency_fee !== null) {
            $fees[] = ['cost' => $currency_fee, 'currency' => Js::get($market, 'quote')];
        }
        return $this->safe_order(
            [
                'id' => $this->safe_string($order, 'uuid'),
                'symbol' => Js::get($market, 'symbol'),
                'timestamp' => $this->parse8601($this->safe_string($order, 'created_at')),
                'lastUpdateTimestamp' => $this->parse8601($this->safe_string($order, 'updated_at')),
                'status' => $this->safe_string(
                    Js::get($this->options, 'orderStatuses'),
                    $this->safe_string($order, 'state'),
                ),
                'type' => $this->safe_string(
                    Js::get($this->options, 'orderTypes'),
                    $this->safe_string($order, 'type'),
                ),
                'side' => $this->safe_string_lower($order, 'direction'),
                'price' => $this->safe_string($order, 'price'),
                'amount' => $this->safe_string($order, 'amount'),
                'filled' => $this->safe_string($order, 'traded_btc'),
                'cost' => $this->safe_string($order, 'traded_currency'),
                'fees' => $fees,
                'info' => $order,
            ],
            $market,
        );
    }

    public function create_order($symbol, $type, $side, $amount, $price = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST user/orders: type (LimitOrder, MarketOrder), currency ("must be EUR"), direction (buy, sell), price
        // (omitted for market orders), and either amount (BTC) or currency_amount (EUR: buy as much BTC as it
        // pays for). The docs name no stop, post-only, time-in-force, reduce-only or client order id parameter.
        $this->load_markets();
        $market = $this->market($symbol);
        if (!(Js::get($market, 'id') === 'eur')) {
            throw new BadSymbol(
                Js::boundedText(
                    Js::toStr($this->id) . ' createOrder () trades BTC/EUR only, not ' . Js::toStr($symbol),
                ),
            );
        }
        // timeInForce first: unifiedOrderParams reads 'PO' as postOnly, and the error should name the param passed.
        $time_in_force = $this->safe_string_upper($params, 'timeInForce');
        if (($time_in_force !== null) && (!($time_in_force === 'GTC') || !($type === 'limit'))) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr($this->id) . ' createOrder () does not support the unified param timeInForce ' . Js::toStr($time_in_force) . ' for ' . Js::toStr(
                        $type,
                    ) . ' orders: limit orders rest in the book until filled or canceled (GTC)',
                ),
            );
        }
        [$unified, $rest] = Js::destructure($this->unified_order_params($type, $params), 2);
        $this->reject_unified_params(
            'createOrder',
            $unified,
            ['postOnly', 'reduceOnly', 'triggerPrice', 'stopLossPrice', 'takeProfitPrice', 'clientOrderId'],
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
        $request = ['currency' => Js::get($market, 'quoteId'), 'direction' => $side];
        if ($type === 'limit') {
            if (Js::get($unified, 'cost') !== null) {
                throw new NotSupported(
                    Js::boundedText(
                        Js::toStr(
                            $this->id,
                        ) . ' createOrder () supports the unified param cost for market buy orders only',
                    ),
                );
            }
            if ($price === null) {
                throw new ArgumentsRequired(
                    Js::boundedText(
                        Js::toStr($this->id) . ' createOrder () requires a price for a limit order',
                    ),
                );
            }
            $request['type'] = 'LimitOrder';
            $request['price'] = $this->price_to_precision($symbol, $price);
            $request['amount'] = $this->amount_to_precision($symbol, $amount);
        } elseif ($type === 'market') {
            if ($price !== null) {
                throw new InvalidOrder(
                    Js::boundedText(
                        Js::toStr(
                            $this->id,
                        ) . ' createOrder () takes no price for a market order ("price must be omitted for market orders")',
                    ),
                );
            }
            $request['type'] = 'MarketOrder';
            if (Js::get($unified, 'cost') !== null) {
                if (!($side === 'buy')) {
                    throw new NotSupported(
                        Js::boundedText(
                            Js::toStr(
                                $this->id,
                            ) . ' createOrder () supports the unified param cost for market buy orders only',
                        ),
                    );
                }
                $request['currency_amount'] = $this->cost_to_precision($symbol, Js::get($unified, 'cost'));
            } else {
                $request['amount'] = $this->amount_to_precision($symbol, $amount);
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
        $response = $this->private_post_user_orders($this->extend($request, $rest));
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
        // DELETE user/orders/{uuid}: 204 without a body ("Only active trade orders ... may be canceled"); 404 for
        // an unknown order, 500 "unable to cancel this order".
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $response = $this->private_delete_user_orders_uuid($this->extend(['uuid' => $id], $params));
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

    public function fetch_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // GET user/orders/{uuid}: the order, or 404.
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $response = $this->private_get_user_orders_uuid($this->extend(['uuid' => $id], $params));
        return $this->parse_order($response, $market);
    }

    public function trade_orders_request($limit, $active) {
        // GET user/orders lists every kind of order (deposits and transfers too): types[] keeps the trade orders;
        // offset and limit paginate, the newest first; active=true keeps the active ones.
        // (encodeQuery writes a list as its key repeated, so the key names the brackets itself)
        $request = ['types[]' => ['LimitOrder', 'MarketOrder']];
        if (Js::truthy($active)) {
            $request['active'] = true;
        }
        if ($limit !== null) {
            $request['limit'] = $limit;
        }
        return $request;
    }

    public function fetch_trade_orders($symbol, $since, $limit, $params, $active) {
        if ($this->safe_value($params, 'until') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' does not support the unified param until for orders: the API takes no time range',
                ),
            );
        }
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $response = $this->private_get_user_orders(
            $this->extend($this->trade_orders_request($limit, $active), $params),
        );
        if (!(Js::isArray($response))) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent orders that are no list: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        return $this->parse_orders($response, $market, $since, $limit);
    }

    public function fetch_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->fetch_trade_orders($symbol, $since, $limit, $params, false);
    }

    public function fetch_open_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->fetch_trade_orders($symbol, $since, $limit, $params, true);
    }

    public function fetch_closed_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // The API filters active orders only: the page of every trade order, without the open ones.
        $orders = $this->fetch_trade_orders($symbol, $since, $limit, $params, false);
        $result = [];
        for ($i = 0; Js::less($i, Js::length($orders)); $i++) {
            if (!(Js::get(Js::get($orders, $i), 'status') === 'open')) {
                $result[] = Js::get($orders, $i);
            }
        }
        return $result;
    }

    // --- funding -------------------------------------------------------------------------------------
    public function parse_deposit_address($entry, $currency = null) {
        // { address, valid_until (seconds), currency, label }.
        $address = $this->safe_string($entry, 'address');
        if ($address === null) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent a deposit address without an address: ') . Js::toStr(
                        $this->excerpt($this->json($entry)),
                    ),
                ),
            );
        }
        return [
            'currency' => $this->safe_currency_code($this->safe_string($entry, 'currency'), $currency),
            'address' => $address,
            'info' => $entry,
        ];
    }

    public function reject_network($method, $params) {
        if ($this->safe_value($params, 'network') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr($this->id) . ' ' . Js::toStr(
                        $method,
                    ) . ' () does not support the unified param network: the API keeps one chain per currency',
                ),
            );
        }
    }

    public function address_entries($params) {
        // GET user/addresses: [ { address, valid_until, currency, label } ], expired ones too.
        $response = $this->private_get_user_addresses($params);
        if (!(Js::isArray($response))) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent deposit addresses that are no list: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        return $response;
    }

    public function fetch_deposit_address($code, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // The address of the currency that stays valid the longest, among those still valid.
        $this->reject_network('fetchDepositAddress', $params);
        $this->load_markets();
        $currency = $this->currency($code);
        $entries = $this->address_entries($params);
        $now = $this->seconds();
        $best = null;
        for ($i = 0; Js::less($i, Js::length($entries)); $i++) {
            $entry = Js::get($entries, $i);
            if (!Js::strictEqual($this->safe_string($entry, 'currency'), Js::get($currency, 'id'))) {
                continue;
            }
            $valid_until = $this->safe_integer($entry, 'valid_until');
            if (($valid_until !== null) && Js::lessEqual($valid_until, $now)) {
                continue;
            }
            if (
                ($best === null) || ($valid_until === null) || Js::greater(
                    $valid_until,
                    $this->safe_integer($best, 'valid_until', 0),
                )
            ) {
                $best = $entry;
            }
        }
        if ($best === null) {
            throw new InvalidAddress(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' has no valid deposit address of ') . Js::toStr(
                        Js::get($currency, 'code'),
                    ) . ': createDepositAddress () makes one',
                ),
            );
        }
        return $this->parse_deposit_address($best, $currency);
    }

    public function fetch_deposit_addresses($codes = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->reject_network('fetchDepositAddresses', $params);
        $this->load_markets();
        $entries = $this->address_entries($params);
        $result = [];
        for ($i = 0; Js::less($i, Js::length($entries)); $i++) {
            $address = $this->parse_deposit_address(Js::get($entries, $i));
            if (($codes === null) || Js::truthy($this->in_array(Js::get($address, 'currency'), $codes))) {
                $result[] = $address;
            }
        }
        return $result;
    }

    public function create_deposit_address($code, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST user/addresses: currency, label (optional); "unless 5 other ones are already active" (422).
        $this->reject_network('createDepositAddress', $params);
        $this->load_markets();
        $currency = $this->currency($code);
        $response = $this->private_post_user_addresses(
            $this->extend(['currency' => Js::get($currency, 'id')], $params),
        );
        return $this->parse_deposit_address($response, $currency);
    }

    public function parse_transaction($transaction, $currency = null) {
        // POST user/withdrawals answers the order of type Transfer, and user/orders lists deposits as orders of type
        // BitcoinDeposit or WireDeposit: { uuid, amount, state, btc_fee, currency_fee, created_at, updated_at,
        // currency, type, account_operations: [ { ..., address, tx_hash } ] }.
        $code = $this->safe_currency_code($this->safe_string($transaction, 'currency'), $currency);
        $kind = $this->safe_string($transaction, 'type');
        $is_deposit = ($kind === 'BitcoinDeposit') || ($kind === 'WireDeposit');
        $operations = $this->safe_list($transaction, 'account_operations', []);
        $address = null;
        $txid = null;
        for ($i = 0; $i < count($operations); $i++) {
            $operation = Js::get($operations, $i);
            if ($address === null) {
                $address = $this->safe_string($operation, 'address');
            }
            if ($txid === null) {
                $txid = $this->safe_string($operation, 'tx_hash');
            }
        }
        // btc_fee is the fee in BTC, currency_fee the one in the fiat currency (EUR); of another currency none is known.
        $fee_cost = null;
        if ($code === 'BTC') {
            $fee_cost = $this->safe_string($transaction, 'btc_fee');
        } elseif ($code === 'EUR') {
            $fee_cost = $this->safe_string($transaction, 'currency_fee');
        }
        return $this->safe_transaction(
            [
                'id' => $this->safe_string($transaction, 'uuid'),
                'txid' => $txid,
                'timestamp' => $this->parse8601($this->safe_string($transaction, 'created_at')),
                'updated' => $this->parse8601($this->safe_string($transaction, 'updated_at')),
                'address' => $address,
                'type' => $is_deposit ? 'deposit' : 'withdrawal',
                'amount' => $this->safe_string($transaction, 'amount'),
                'currency' => $code,
                'status' => $this->safe_string(
                    Js::get($this->options, 'transactionStatuses'),
                    $this->safe_string($transaction, 'state'),
                ),
                'fee' => $fee_cost === null ? null : ['cost' => $fee_cost, 'currency' => $code],
                'info' => $transaction,
            ],
            $currency,
        );
    }

    public function fetch_deposits($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // GET user/orders?types[]=BitcoinDeposit&types[]=WireDeposit: the deposits among the account's orders, the
        // newest first (offset and limit paginate; no time range).
        if ($this->safe_value($params, 'until') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' fetchDeposits () does not support the unified param until: the API takes no time range',
                ),
            );
        }
        $this->load_markets();
        $currency = $code === null ? null : $this->currency($code);
        $request = ['types[]' => ['BitcoinDeposit', 'WireDeposit']];
        if ($limit !== null) {
            $request['limit'] = $limit;
        }
        $response = $this->private_get_user_orders($this->extend($request, $params));
        if (!(Js::isArray($response))) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent deposits that are no list: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        return $this->parse_transactions($response, $currency, $since, $limit);
    }

    public function withdraw($code, $amount, $address, $tag = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST user/withdrawals: currency, amount, address ("BTC address if withdrawing BTC"); confirmed by e-mail
        // before it is executed. No tag or network parameter.
        $this->reject_network('withdraw', $params);
        if ($tag !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' withdraw () takes no tag: the API has no memo or destination tag field',
                ),
            );
        }
        $this->load_markets();
        $currency = $this->currency($code);
        $request = ['currency' => Js::get($currency, 'id'), 'amount' => $this->number_to_string($amount)];
        if ($address !== null) {
            $request['address'] = $address;
        }
        $response = $this->private_post_user_withdrawals($this->extend($request, $params));
        return $this->parse_transaction($response, $currency);
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
            Js::boundedText(Js::toStr($this->safe_string(Js::get($this->urls, 'api'), $api)) . '/') . Js::toStr(
                $this->implode_params($path, $params),
            ),
        );
        $query = $this->omit($params, $this->extract_params($path));
        $has_body = ($method === 'POST') || ($method === 'PUT');
        if (!($has_body) && (count(Js::keys($query)) > 0)) {
            // a list as its key repeated: types[]=LimitOrder&types[]=MarketOrder, the form the docs give
            $url .= Js::within(
                $url,
                Js::within($url, '?') . Js::toStr($this->encode_query($query, true, false)),
            );
        }
        if ($api === 'public') {
            return ['url' => $url, 'method' => $method, 'body' => $body, 'headers' => $headers];
        }
        $this->check_required_credentials();
        $nonce = $this->number_to_string($this->nonce());
        $payload = Js::boundedText(Js::toStr($nonce) . $url);
        $headers = ['Api-Key' => $this->apiKey, 'Api-Nonce' => $nonce];
        if ($has_body) {
            $body = count(Js::keys($query)) > 0 ? $this->json(
                $query,
            ) : '{}'; // (PHP writes an empty dictionary as [])
            $payload .= Js::within($payload, Js::toStr($body));
            Js::set($headers, 'Content-Type', 'application/json');
        }
        Js::set(
            $headers,
            'Api-Signature',
            $this->hmac($this->encode($payload), $this->encode($this->secret), 'sha256'),
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
        if (Js::less($status, 400)) {
            return null;
        }
        $feedback = Js::boundedText(
            Js::boundedText(Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($method) . ' ' . Js::toStr($url) . ' ') . Js::toStr($this->number_to_string($status)) . ' ') . Js::toStr(
                $this->excerpt($response_body),
            ),
        );
        $orders_path = Js::indexOf($url, '/user/orders/') >= 0;
        if ($orders_path && Js::strictEqual($status, 404)) {
            throw new OrderNotFound($feedback); // "order not found"
        }
        if ($orders_path && ($method === 'DELETE') && Js::strictEqual($status, 500)) {
            throw new InvalidOrder($feedback); // "unable to cancel this order"
        }
        if (($response === null) || Js::isArray($response) || !(Js::typeof($response) === 'object')) {
            return null;
        }
        // { "error": "market_protection_volume_too_large", max_order_amount, currency, side }
        $code = $this->safe_string($response, 'error');
        if ($code !== null) {
            $this->throw_exactly_matched_exception(Js::get($this->exceptions, 'exact'), $code, $feedback);
        }
        // { "errors": [ messages ] }; the ohlcv endpoint writes one message as a string.
        $messages = $this->safe_value($response, 'errors');
        if (Js::typeof($messages) === 'string') {
            $messages = [$messages];
        }
        if (!(Js::isArray($messages))) {
            if ($code !== null) {
                throw new ExchangeError($feedback);
            }
            return null;
        }
        for ($i = 0; Js::less($i, Js::length($messages)); $i++) {
            $message = Js::get($messages, $i);
            if (!(Js::typeof($message) === 'string')) {
                continue;
            }
            $this->throw_exactly_matched_exception(Js::get($this->exceptions, 'exact'), $message, $feedback);
            $this->throw_broadly_matched_exception(Js::get($this->exceptions, 'broad'), $message, $feedback);
        }
        if (Js::strictEqual($status, 400) || Js::strictEqual($status, 422)) {
            throw new BadRequest($feedback);
        }
        return null;
    }
}
