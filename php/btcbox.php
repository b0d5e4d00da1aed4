<?php

// Generated from js/btcbox.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class btcbox extends Exchange {
    public function describe() {
        return $this->deep_extend(
            parent::describe(),
            [
                'id' => 'btcbox',
                'name' => 'BtcBox',
                'countries' => ['JP'],
                'version' => 'v1',
                'rateLimit' => 1000,
                'has' => [
                    'fetchMarkets' => true,
                    'fetchCurrencies' => false,
                    'fetchTicker' => true,
                    'fetchTickers' => true,
                    'fetchOrderBook' => true,
                    'fetchOHLCV' => false,
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
                    'fetchDepositAddress' => true,
                    'withdraw' => false,
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
                    'api' => [
                        'public' => 'https://www.btcbox.co.jp/api/v1',
                        'private' => 'https://www.btcbox.co.jp/api/v1',
                    ],
                    'www' => 'https://www.btcbox.co.jp',
                    'doc' => 'https://blog.btcbox.jp/en/archives/8762',
                ],
                'api' => [
                    'public' => ['get' => ['ticker', 'tickers', 'depth', 'orders']],
                    'private' => [
                        'post' => [
                            'balance',
                            'wallet',
                            'trade_list',
                            'trade_view',
                            'trade_cancel',
                            'trade_add',
                        ],
                    ],
                ],
                'requiredCredentials' => ['apiKey' => true, 'secret' => true],
                'fees' => ['trading' => ['percentage' => true]],
                'precisionMode' => TICK_SIZE,
                'options' => [
                    'timeZone' => '+09:00',
                    'orderStatuses' => [
                        'wait' => 'open',
                        'part' => 'open',
                        'cancelled' => 'canceled',
                        'all' => 'closed',
                    ],
                ],
                'exceptions' => [
                    'exact' => [
                        '100' => BadRequest::class,
                        '101' => BadRequest::class,
                        '102' => BadSymbol::class,
                        '103' => AuthenticationError::class,
                        '104' => AuthenticationError::class,
                        '105' => PermissionDenied::class,
                        '106' => InvalidNonce::class,
                        '107' => InvalidOrder::class,
                        '200' => InsufficientFunds::class,
                        '201' => InvalidOrder::class,
                        '202' => InvalidOrder::class,
                        '203' => OrderNotFound::class,
                        '301' => PermissionDenied::class,
                        '302' => PermissionDenied::class,
                        '401' => ExchangeNotAvailable::class,
                        '402' => RateLimitExceeded::class,
                        '403' => PermissionDenied::class,
                        '404' => PermissionDenied::class,
                        '900' => AccountSuspended::class,
                        '901' => ExchangeNotAvailable::class,
                    ],
                ],
            ],
        );
    }

    public function nonce() {
        return $this->milliseconds();
    }

    // --- answers -------------------------------------------------------------------------------------
    public function answer($response, $kind, $method) {
        // The answer of a call, of the kind it always has ('list' or 'dict'); anything else is a BadResponse. PHP
        // decodes [] and {} as the same empty array, so an empty one stands for either.
        $is_list = Js::isArray($response);
        $is_dict = Js::truthy($_value1 = $this->is_mergeable($response)) ? !($is_list) : $_value1;
        $empty = Js::truthy($_value2 = Js::truthy($_value3 = $is_list) ? $_value3 : $is_dict) ? $this->is_empty(
            $response,
        ) : $_value2;
        if (($kind === 'list') && ($is_list || Js::truthy($empty))) {
            return $is_list ? $response : [];
        }
        if (($kind === 'dict') && (Js::truthy($is_dict) || Js::truthy($empty))) {
            return Js::truthy($is_dict) ? $response : [];
        }
        throw new BadResponse(
            Js::boundedText(
                Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($method) . ' () got an answer that is no ' . Js::toStr($kind) . ': ') . Js::toStr(
                    $this->excerpt($this->json($response)),
                ),
            ),
        );
    }

    public function decimal_at($entry, $key) {
        // The number at entry[key] as a decimal string; undefined when it is missing; a BadResponse for anything
        // that is no number.
        $value = $this->safe_string($entry, $key);
        if (($value !== null) && !($this->is_decimal_string($value))) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent ' . Js::toStr($key) . ' that is no number: ') . Js::toStr(
                        $this->excerpt($value),
                    ),
                ),
            );
        }
        return $value;
    }

    public function local_time($entry, $key) {
        // An order time, 'yyyy-mm-dd hh:mm:ss' in Japan time, in milliseconds.
        $text = $this->safe_string($entry, $key);
        return $text === null ? null : $this->parse8601(Js::add($text, Js::get($this->options, 'timeZone')));
    }

    public function side_of($entry) {
        $side = $this->safe_string_lower($entry, 'type');
        return ($side === 'buy') || ($side === 'sell') ? $side : null;
    }

    public function coin_request($method, $symbol, $request = null) {
        if ($request === null) {
            $request = [];
        }
        // The market of symbol and the request that names its coin. Every call but tickers and balance reads one
        // coin, btc when the request names none (the order calls too), so a symbol is required.
        if ($symbol === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr($this->id) . ' ' . Js::toStr(
                        $method,
                    ) . ' () requires a symbol: the call names the coin of the market',
                ),
            );
        }
        $market = $this->market($symbol);
        return [$market, $this->extend($request, ['coin' => Js::get($market, 'baseId')])];
    }

    // --- markets -------------------------------------------------------------------------------------
    public function fetch_markets($params = null) {
        if ($params === null) {
            $params = [];
        }
        // tickers: { BTC_JPY: { high, low, buy, sell, last, vol }, ... }, one entry per pair BtcBox lists. Only pairs
        // against the yen whose coin is a run of ASCII letters and digits are markets: the coin parameter names the
        // coin alone, the yen being the quote of every pair.
        $response = $this->answer($this->public_get_tickers($params), 'dict', 'fetchMarkets');
        $ids = Js::keys($response);
        $result = [];
        for ($i = 0; $i < count($ids); $i++) {
            $id = $ids[$i];
            $parts = Js::split($id, '_');
            $words = $this->split_words(Js::get($parts, 0));
            // (words[0] as a text: words.length is 1 where it is compared)
            if (
                !(count($parts) == 2) || !(Js::get($parts, 1) === 'JPY') || !Js::strictEqual(Js::length($words), 1) || !Js::strictEqual(
                    Js::join($words, ''),
                    Js::get($parts, 0),
                )
            ) {
                continue;
            }
            $base_id = Js::lowerCase(Js::textReceiver(Js::get($parts, 0), 'toLowerCase'));
            $base = $this->safe_currency_code($base_id);
            $quote = $this->safe_currency_code('jpy');
            $result[] = $this->safe_market_structure(
                [
                    'id' => $id,
                    'symbol' => Js::boundedText(Js::toStr($base) . '/' . Js::toStr($quote)),
                    'base' => $base,
                    'quote' => $quote,
                    'baseId' => $base_id,
                    'quoteId' => 'jpy',
                    'type' => 'spot',
                    'spot' => true,
                    'active' => true,
                    'precision' => [],
                    'limits' => ['amount' => [], 'price' => [], 'cost' => []],
                    'info' => $this->safe_value($response, $id),
                ],
            );
        }
        return $result;
    }

    // --- market data ---------------------------------------------------------------------------------
    public function parse_ticker($ticker, $market = null) {
        // ticker and each entry of tickers: { high, low, buy (the best bid), sell (the best ask), last, vol (the
        // volume of 24 hours, in the coin) }, without a time.
        return $this->ticker_structure(
            symbol: $this->safe_symbol(null, $market),
            high: $this->safe_string($ticker, 'high'),
            low: $this->safe_string($ticker, 'low'),
            bid: $this->safe_string($ticker, 'buy'),
            ask: $this->safe_string($ticker, 'sell'),
            last: $this->safe_string($ticker, 'last'),
            base_volume: $this->safe_string($ticker, 'vol'),
            info: $ticker,
            market: $market,
        );
    }

    public function fetch_ticker($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        [$market, $request] = Js::destructure($this->coin_request('fetchTicker', $symbol), 2);
        $response = $this->public_get_ticker($this->extend($request, $params));
        return $this->parse_ticker($this->answer($response, 'dict', 'fetchTicker'), $market);
    }

    public function fetch_tickers($symbols = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // tickers answers every pair; pairs the markets do not know are left out.
        $this->load_markets();
        $wanted = $symbols === null ? null : [];
        if ($symbols !== null) {
            for ($i = 0; Js::less($i, Js::length($symbols)); $i++) {
                Js::push(
                    Js::receiverPlace($wanted, 'push'),
                    Js::get($this->market(Js::get($symbols, $i)), 'symbol'),
                );
            }
        }
        $response = $this->answer($this->public_get_tickers($params), 'dict', 'fetchTickers');
        $result = [];
        $ids = Js::keys($response);
        for ($i = 0; $i < count($ids); $i++) {
            if ($this->safe_value($this->marketsById, $ids[$i]) === null) {
                continue;
            }
            $market = $this->safe_market($ids[$i]);
            if (($wanted !== null) && !(Js::truthy($this->in_array(Js::get($market, 'symbol'), $wanted)))) {
                continue;
            }
            Js::setKey(
                $result,
                Js::get($market, 'symbol'),
                $this->parse_ticker(
                    $this->answer($this->safe_value($response, $ids[$i]), 'dict', 'fetchTickers'),
                    $market,
                ),
            );
        }
        return $result;
    }

    public function fetch_order_book($symbol, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // depth: { asks: [ [ price, amount ], ... ], bids: [ ... ] }, the whole book (no depth parameter).
        $this->load_markets();
        [$market, $request] = Js::destructure($this->coin_request('fetchOrderBook', $symbol), 2);
        $book = $this->answer(
            $this->public_get_depth($this->extend($request, $params)),
            'dict',
            'fetchOrderBook',
        );
        $levels = [
            'bids' => $this->required_list($book, 'bids'),
            'asks' => $this->required_list($book, 'asks'),
        ];
        return $this->limit_order_book($this->parse_order_book($levels, Js::get($market, 'symbol')), $limit);
    }

    public function parse_trade($trade, $market = null) {
        // orders: { date (UNIX seconds, a text), price, amount, tid, type (buy or sell) }. The trades of trade_view:
        // { trade_id, amount, price, datetime (Japan time), fee } (their side and order are the order's, set by
        // parseOrder).
        $trade_id = $this->safe_string($trade, 'trade_id');
        $fee = null;
        $fee_cost = $this->decimal_at($trade, 'fee');
        if ($fee_cost !== null) {
            // The docs do not say in which currency.
            $fee = ['cost' => $fee_cost, 'currency' => null];
        }
        return $this->trade_structure(
            id: $trade_id === null ? $this->safe_string($trade, 'tid') : $trade_id,
            symbol: $this->safe_symbol(null, $market),
            timestamp: $trade_id === null ? $this->safe_timestamp($trade, 'date') : $this->local_time(
                $trade,
                'datetime',
            ),
            side: $this->side_of($trade),
            price: $this->decimal_at($trade, 'price'),
            amount: $this->decimal_at($trade, 'amount'),
            fee: $fee,
            info: $trade,
            market: $market,
        );
    }

    public function fetch_trades($symbol, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // orders: the latest trades of the coin (100 at the docs' count); since and limit are applied here.
        $this->load_markets();
        [$market, $request] = Js::destructure($this->coin_request('fetchTrades', $symbol), 2);
        $response = $this->public_get_orders($this->extend($request, $params));
        return $this->parse_trades($this->answer($response, 'list', 'fetchTrades'), $market, $since, $limit);
    }

    // --- account -------------------------------------------------------------------------------------
    public function fetch_balance($params = null) {
        if ($params === null) {
            $params = [];
        }
        // balance: { uid, nameauth, moflag, btc_balance, btc_lock, ..., jpy_balance, jpy_lock }: for each coin X
        // what is free (X_balance) and what orders hold (X_lock).
        $this->load_markets();
        $response = $this->answer($this->private_post_balance($params), 'dict', 'fetchBalance');
        $result = ['info' => $response];
        $keys = Js::keys($response);
        for ($i = 0; $i < count($keys); $i++) {
            $parts = Js::split($keys[$i], '_');
            if ((count($parts) == 2) && (Js::get($parts, 1) === 'balance')) {
                Js::setKey(
                    $result,
                    $this->safe_currency_code(Js::get($parts, 0)),
                    [
                        'free' => $this->decimal_at($response, $keys[$i]),
                        'used' => $this->decimal_at(
                            $response,
                            Js::boundedText(Js::toStr(Js::get($parts, 0)) . '_lock'),
                        ),
                    ],
                );
            }
        }
        return $this->safe_balance($result);
    }

    public function fetch_deposit_address($code, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // wallet: coin; answers { result: true, address }, the account's one address of the coin.
        if ($this->safe_value($params, 'network') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' fetchDepositAddress () does not support the unified param network: wallet answers one address per coin',
                ),
            );
        }
        $this->load_markets();
        $currency = $this->currency($code);
        $response = $this->answer(
            $this->private_post_wallet($this->extend(['coin' => Js::get($currency, 'id')], $params)),
            'dict',
            'fetchDepositAddress',
        );
        $address = $this->safe_string($response, 'address');
        if (($address === null) || Js::strictEqual(Js::length($address), 0)) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' fetchDepositAddress () got no address: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        return [
            'currency' => Js::get($currency, 'code'),
            'address' => $address,
            'tag' => null,
            'network' => null,
            'info' => $response,
        ];
    }

    // --- orders --------------------------------------------------------------------------------------
    public function parse_order($order, $market = null) {
        // trade_list: { id, datetime (Japan time), type (buy or sell), price, amount_original, amount_outstanding };
        // trade_view adds status and trades [ { trade_id, amount, price, datetime, fee } ]. Only limit orders exist.
        $id = $this->safe_string($order, 'id');
        $side = $this->side_of($order);
        $symbol = $this->safe_symbol(null, $market);
        $raw_trades = $this->safe_value($order, 'trades');
        if (($raw_trades !== null) && !(Js::isArray($raw_trades))) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent the trades of order ' . Js::toStr($id) . ' as no list: ') . Js::toStr(
                        $this->excerpt($this->json($raw_trades)),
                    ),
                ),
            );
        }
        $trades = [];
        $list = $raw_trades === null ? [] : $raw_trades;
        for ($i = 0; Js::less($i, Js::length($list)); $i++) {
            $trade = $this->parse_trade($this->answer(Js::get($list, $i), 'dict', 'fetchOrder'), $market);
            Js::set($trade, 'order', $id);
            Js::set($trade, 'side', $side);
            $trades[] = $trade;
        }
        return $this->safe_order(
            [
                'id' => $id,
                'symbol' => $symbol,
                'timestamp' => $this->local_time($order, 'datetime'),
                'type' => 'limit',
                'side' => $side,
                'price' => $this->decimal_at($order, 'price'),
                'amount' => $this->decimal_at($order, 'amount_original'),
                'remaining' => $this->decimal_at($order, 'amount_outstanding'),
                'status' => $this->safe_string(
                    Js::get($this->options, 'orderStatuses'),
                    $this->safe_string($order, 'status'),
                ),
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
        // trade_add: amount, price, type (buy or sell), coin; answers { result: true, id }. The docs describe limit
        // orders only, which rest until filled or canceled.
        $this->load_markets();
        $time_in_force = $this->safe_string_upper($params, 'timeInForce');
        if (($time_in_force !== null) && !($time_in_force === 'GTC')) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr($this->id) . ' createOrder () does not support the unified param timeInForce ' . Js::toStr(
                        $time_in_force,
                    ) . ': orders rest until filled or canceled (GTC)',
                ),
            );
        }
        [$unified, $rest] = Js::destructure($this->unified_order_params($type, $params), 2);
        $this->reject_unified_params(
            'createOrder',
            $unified,
            [
                'postOnly',
                'reduceOnly',
                'triggerPrice',
                'stopLossPrice',
                'takeProfitPrice',
                'clientOrderId',
                'cost',
            ],
        );
        if (!($type === 'limit')) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr($this->id) . ' createOrder () supports limit orders only, not ' . Js::toStr(
                        $type,
                    ) . ': trade_add takes a price',
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
        if ($price === null) {
            throw new ArgumentsRequired(
                Js::boundedText(Js::toStr($this->id) . ' createOrder () requires a price for a limit order'),
            );
        }
        $market = $this->market($symbol);
        $request = [
            'amount' => $this->amount_to_precision($symbol, $amount),
            'price' => $this->price_to_precision($symbol, $price),
            'type' => $side,
            'coin' => Js::get($market, 'baseId'),
        ];
        $response = $this->answer(
            $this->private_post_trade_add($this->extend($request, $rest)),
            'dict',
            'createOrder',
        );
        $id = $this->safe_string($response, 'id');
        if ($id === null) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' createOrder () got no order id: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        return $this->safe_order(
            [
                'id' => $id,
                'symbol' => Js::get($market, 'symbol'),
                'type' => $type,
                'side' => $side,
                'price' => Js::get($request, 'price'),
                'amount' => Js::get($request, 'amount'),
                'info' => $response,
            ],
            $market,
        );
    }

    public function cancel_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // trade_cancel: id, coin; answers { result: true, id }.
        $this->load_markets();
        [$market, $request] = Js::destructure($this->coin_request('cancelOrder', $symbol, ['id' => $id]), 2);
        $response = $this->answer(
            $this->private_post_trade_cancel($this->extend($request, $params)),
            'dict',
            'cancelOrder',
        );
        return $this->safe_order(
            [
                'id' => $id,
                'symbol' => Js::get($market, 'symbol'),
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
        // trade_view: id, coin; answers the order with its status and trades, or { result: false, code: 203 }.
        $this->load_markets();
        [$market, $request] = Js::destructure($this->coin_request('fetchOrder', $symbol, ['id' => $id]), 2);
        $response = $this->answer(
            $this->private_post_trade_view($this->extend($request, $params)),
            'dict',
            'fetchOrder',
        );
        if ($this->safe_string($response, 'id') === null) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' fetchOrder () got an order without id: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        return $this->parse_order($response, $market);
    }

    public function trade_list($method, $symbol, $since, $kind, $params) {
        // trade_list: coin, type ('open' or 'all'), since (UNIX seconds); answers the latest orders of the coin, up
        // to 100, newest first, without their status.
        if ($this->safe_value($params, 'until') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr($this->id) . ' ' . Js::toStr(
                        $method,
                    ) . ' () does not support the unified param until',
                ),
            );
        }
        $extra = ['type' => $kind];
        if ($since !== null) {
            $extra['since'] = $this->integer_of(Js::divide($since, 1000));
        }
        [$market, $request] = Js::destructure($this->coin_request($method, $symbol, $extra), 2);
        $response = $this->private_post_trade_list($this->extend($request, $params));
        $entries = $this->answer($response, 'list', $method);
        $orders = [];
        for ($i = 0; Js::less($i, Js::length($entries)); $i++) {
            $orders[] = $this->parse_order($this->answer(Js::get($entries, $i), 'dict', $method), $market);
        }
        return $orders;
    }

    public function fetch_open_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $orders = $this->trade_list('fetchOpenOrders', $symbol, $since, 'open', $params);
        $result = [];
        for ($i = 0; Js::less($i, Js::length($orders)); $i++) {
            $result[] = $this->extend(Js::get($orders, $i), ['status' => 'open']);
        }
        return $this->filter_by_symbol_since_limit(
            $this->sort_by($result, 'timestamp'),
            $symbol,
            $since,
            $limit,
        );
    }

    public function fetch_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // trade_list with type all gives no status: an order that trade_list with type open lists is open; any other
        // is closed when nothing of it is left, canceled otherwise. The list of all orders is asked first, so that
        // an order that ends between the two requests is one the second does not list: it is then reported
        // canceled, even when it was filled in that moment.
        $this->load_markets();
        $orders = $this->trade_list('fetchOrders', $symbol, $since, 'all', $params);
        $open = $this->trade_list('fetchOrders', $symbol, $since, 'open', $params);
        // (the open ids by id: a search of them for each order cost the product of the two answers; red-team round 28)
        $open_ids = [];
        for ($i = 0; Js::less($i, Js::length($open)); $i++) {
            $open_id = $this->safe_string(Js::get($open, $i), 'id');
            if ($open_id !== null) {
                Js::setKey($open_ids, $open_id, true);
            }
        }
        $result = [];
        for ($i = 0; Js::less($i, Js::length($orders)); $i++) {
            $remaining = Js::get(Js::get($orders, $i), 'remaining');
            $id = $this->safe_string(Js::get($orders, $i), 'id');
            $status = null;
            if (($id !== null) && ($this->own_value($open_ids, $id) === true)) {
                $status = 'open';
            } elseif ($remaining !== null) {
                $status = Js::greater($remaining, 0) ? 'canceled' : 'closed';
            }
            $result[] = $this->extend(Js::get($orders, $i), ['status' => $status]);
        }
        return $this->filter_by_symbol_since_limit(
            $this->sort_by($result, 'timestamp'),
            $symbol,
            $since,
            $limit,
        );
    }

    public function fetch_closed_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $orders = $this->fetch_orders($symbol, $since, null, $params);
        $result = [];
        for ($i = 0; Js::less($i, Js::length($orders)); $i++) {
            if (
                (Js::get(Js::get($orders, $i), 'status') === 'closed') || (
                    Js::get(Js::get($orders, $i), 'status') === 'canceled'
                )
            ) {
                $result[] = Js::get($orders, $i);
            }
        }
        return $this->filter_by_symbol_since_limit($result, $symbol, $since, $limit);
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
        // Private: the form key=<public key>&<params>&nonce=<n>, then &signature=<hex HMAC-SHA256 of that form, keyed
        // with the lower-case hex MD5 of the private key>, as the body of a POST.
        if ($api === 'public') {
            return parent::sign($path, $api, $method, $params, $headers, $body);
        }
        $this->check_required_credentials();
        $reserved = ['key', 'nonce', 'signature'];
        for ($i = 0; $i < count($reserved); $i++) {
            if ($this->safe_value($params, $reserved[$i]) !== null) {
                throw new BadRequest(
                    Js::boundedText(
                        Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($path) . ' takes no parameter ') . Js::toStr(
                            $reserved[$i],
                        ) . ': the request is signed with its own',
                    ),
                );
            }
        }
        $form = $this->urlencode(
            $this->extend($this->extend(['key' => $this->apiKey], $params), ['nonce' => $this->nonce()]),
        );
        $signature = $this->hmac(
            $this->encode($form),
            $this->encode($this->hash($this->encode($this->secret), 'md5', 'hex')),
            'sha256',
            'hex',
        );
        return [
            'url' => Js::boundedText(
                Js::toStr($this->safe_string(Js::get($this->urls, 'api'), $api)) . '/' . Js::toStr($path),
            ),
            'method' => $method,
            'body' => Js::boundedText(Js::toStr($form) . '&signature=' . Js::toStr($signature)),
            'headers' => ['Content-Type' => 'application/x-www-form-urlencoded'],
        ];
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
        // { result: false, code: '<code>' } (the code a text or a number).
        if (($response === null) || Js::isArray($response) || !(Js::typeof($response) === 'object')) {
            return null;
        }
        if (!($this->safe_value($response, 'result') === false)) {
            return null;
        }
        $feedback = Js::boundedText(
            Js::boundedText(Js::toStr($this->id) . ' ') . Js::toStr($this->excerpt($response_body)),
        );
        $code = $this->safe_string($response, 'code');
        if ($code !== null) {
            $this->throw_exactly_matched_exception(Js::get($this->exceptions, 'exact'), $code, $feedback);
        }
        throw new ExchangeError($feedback);
    }
}
