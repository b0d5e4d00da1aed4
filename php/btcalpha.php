<?php

// Generated from js/btcalpha.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class btcalpha extends Exchange {
    public function describe() {
        return $this->deep_extend(
            parent::describe(),
            [
                'id' => 'btcalpha',
                'name' => 'BTC-Alpha',
                'countries' => [],
                'version' => 'v1',
                'rateLimit' => 500,
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
                    'fetchMyTrades' => true,
                    'fetchDeposits' => true,
                    'fetchWithdrawals' => true,
                    'fetchTransactions' => false,
                    'fetchLedger' => false,
                    'fetchDepositAddress' => false,
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
                'timeframes' => [
                    '5m' => '5',
                    '15m' => '15',
                    '30m' => '30',
                    '1h' => '60',
                    '4h' => '240',
                    '1d' => 'D',
                ],
                'urls' => [
                    'api' => [
                        'public' => 'https://btc-alpha.com/api/v1',
                        'private' => 'https://btc-alpha.com/api/v1',
                        'charts' => 'https://btc-alpha.com/api/charts',
                    ],
                    'www' => 'https://btc-alpha.com',
                    'doc' => 'https://btc-alpha.github.io/api-docs',
                ],
                'api' => [
                    'public' => [
                        'get' => ['currencies/', 'pairs/', 'ticker/', 'orderbook/{pair_name}/', 'exchanges/'],
                    ],
                    'charts' => ['get' => ['{pair}/{type}/chart']],
                    'private' => [
                        'get' => [
                            'wallets/',
                            'orders/own/',
                            'order/{id}/',
                            'exchanges/own/',
                            'deposits/',
                            'withdraws/',
                        ],
                        'post' => ['order/', 'order-cancel/'],
                    ],
                ],
                'requiredCredentials' => ['apiKey' => true, 'secret' => true],
                'fees' => ['trading' => ['maker' => null, 'taker' => null]],
                'precisionMode' => TICK_SIZE,
                'options' => [
                    'amountTick' => '0.00000001',
                    'orderStatuses' => ['1' => 'open', '2' => 'canceled', '3' => 'closed'],
                    'withdrawStatuses' => [
                        '10' => 'pending',
                        '20' => 'pending',
                        '30' => 'ok',
                        '40' => 'failed',
                        '50' => 'canceled',
                    ],
                ],
                'exceptions' => ['exact' => [], 'broad' => []],
            ],
        );
    }

    // --- markets -------------------------------------------------------------------------------------
    public function fetch_markets($params = null) {
        if ($params === null) {
            $params = [];
        }
        // pairs/: [ { name, currency1 (base), currency2 (quote), price_precision (decimal places of the price),
        // minimum_order_size, maximum_order_size (in the base currency) } ].
        $response = $this->public_get_pairs($params);
        if (!(Js::isArray($response))) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent pairs that are no list: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        $result = [];
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            $pair = Js::get($response, $i);
            $id = $this->safe_string($pair, 'name');
            $base_id = $this->safe_string($pair, 'currency1');
            $quote_id = $this->safe_string($pair, 'currency2');
            if (($id === null) || ($base_id === null) || ($quote_id === null)) {
                throw new BadResponse(
                    Js::boundedText(
                        Js::boundedText(Js::toStr($this->id) . ' sent a pair without name, currency1 or currency2: ') . Js::toStr(
                            $this->excerpt($this->json($pair)),
                        ),
                    ),
                );
            }
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
                    'type' => 'spot',
                    'spot' => true,
                    'precision' => [
                        'amount' => $this->parse_number(Js::get($this->options, 'amountTick')),
                        'price' => $this->parse_number(
                            $this->parse_precision($this->safe_string($pair, 'price_precision')),
                        ),
                    ],
                    'limits' => [
                        'amount' => [
                            'min' => $this->safe_number($pair, 'minimum_order_size'),
                            'max' => $this->safe_number($pair, 'maximum_order_size'),
                        ],
                    ],
                    'info' => $pair,
                ],
            );
        }
        return $result;
    }

    public function fetch_currencies($params = null) {
        if ($params === null) {
            $params = [];
        }
        // currencies/: [ { sign (the currency's sign, 'Ƀ'), short_name (its code) } ].
        $response = $this->public_get_currencies($params);
        if (!(Js::isArray($response))) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent currencies that are no list: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        $result = [];
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            $entry = Js::get($response, $i);
            $id = $this->safe_string($entry, 'short_name');
            if ($id === null) {
                continue;
            }
            $code = $this->safe_currency_code($id);
            Js::setKey($result, $code, ['id' => $id, 'code' => $code, 'info' => $entry]);
        }
        return $result;
    }

    // --- market data ---------------------------------------------------------------------------------
    public function parse_ticker($ticker, $market = null) {
        // ticker/: { timestamp (seconds), pair, last, diff, vol, high, low, buy (the best bid), sell (the best
        // ask) }. The docs do not say what diff and vol measure; vol is read as the 24 h volume in the base
        // currency, diff stays in info.
        $market_id = $this->safe_string($ticker, 'pair');
        $market = $this->safe_market($market_id, $market, '_');
        return $this->ticker_structure(
            symbol: Js::get($market, 'symbol'),
            timestamp: $this->safe_timestamp($ticker, 'timestamp'),
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
        // ticker/?pair=BTC_USD: a list of the one pair's ticker.
        $this->load_markets();
        $market = $this->market($symbol);
        $response = $this->public_get_ticker($this->extend(['pair' => Js::get($market, 'id')], $params));
        if (!(Js::isArray($response))) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent tickers that are no list: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            if (Js::strictEqual($this->safe_string(Js::get($response, $i), 'pair'), Js::get($market, 'id'))) {
                return $this->parse_ticker(Js::get($response, $i), $market);
            }
        }
        throw new BadResponse(
            Js::boundedText(
                Js::boundedText(Js::boundedText(Js::toStr($this->id) . ' sent no ticker of ') . Js::toStr(Js::get($market, 'id')) . ': ') . Js::toStr(
                    $this->excerpt($this->json($response)),
                ),
            ),
        );
    }

    public function fetch_tickers($symbols = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // ticker/: the tickers of every pair.
        $this->load_markets();
        $response = $this->public_get_ticker($params);
        if (!(Js::isArray($response))) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent tickers that are no list: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        return $this->parse_tickers($response, $symbols);
    }

    public function fetch_order_book($symbol, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // orderbook/<pair_name>/?group=1: { buy: [ { price, amount } ], sell: [ ... ] } grouped by price; limit_buy
        // and limit_sell cap each side (the docs' parameter table; its example names them limit_bids and limit_asks).
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['pair_name' => Js::get($market, 'id'), 'group' => 1];
        if ($limit !== null) {
            $request['limit_buy'] = $limit;
            $request['limit_sell'] = $limit;
        }
        $response = $this->public_get_orderbook_pair_name($this->extend($request, $params));
        $this->required_list($response, 'buy');
        $this->required_list($response, 'sell');
        return $this->parse_order_book(
            $response,
            Js::get($market, 'symbol'),
            null,
            'buy',
            'sell',
            'price',
            'amount',
        );
    }

    public function parse_trade($trade, $market = null) {
        // exchanges/ and exchanges/own/: { id, price, pair, type (sell or buy), timestamp (seconds), amount }.
        $market_id = $this->safe_string($trade, 'pair');
        $market = $this->safe_market($market_id, $market, '_');
        return $this->trade_structure(
            id: $this->safe_string($trade, 'id'),
            timestamp: $this->safe_timestamp($trade, 'timestamp'),
            symbol: Js::get($market, 'symbol'),
            side: $this->safe_string_lower($trade, 'type'),
            price: $this->safe_string($trade, 'price'),
            amount: $this->safe_string($trade, 'amount'),
            info: $trade,
            market: $market,
        );
    }

    public function fetch_trades($symbol, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // exchanges/?pair=BTC_USD&limit=N: the latest trades (100 by default), newest first.
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['pair' => Js::get($market, 'id')];
        if ($limit !== null) {
            $request['limit'] = $limit;
        }
        $response = $this->public_get_exchanges($this->extend($request, $params));
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
        // { time (seconds, the candle's start), open, high, low, close, volume }.
        return [
            $this->safe_timestamp($ohlcv, 'time'),
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
        // charts/<pair>/<timeframe>/chart?limit=&since=&until= (since and until in seconds; 720 candles by default).
        $type = $this->safe_string($this->timeframes, $timeframe);
        if ($type === null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr($this->id) . ' fetchOHLCV () does not support the timeframe ' . Js::toStr(
                        $timeframe,
                    ) . ': the charts offer 5m, 15m, 30m, 1h, 4h and 1d',
                ),
            );
        }
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['pair' => Js::get($market, 'id'), 'type' => $type];
        if ($limit !== null) {
            $request['limit'] = $limit;
        }
        if ($since !== null) {
            $request['since'] = Js::floor(Js::divide($since, 1000));
        }
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            $request['until'] = Js::floor(Js::divide($until, 1000));
        }
        $response = $this->charts_get_pair_type_chart($this->extend($request, $this->omit($params, 'until')));
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
        // wallets/: [ { currency, balance (the whole balance), reserve (the part held by open orders) } ].
        $this->load_markets();
        $response = $this->private_get_wallets($params);
        if (!(Js::isArray($response))) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent wallets that are no list: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        $result = ['info' => $response];
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            $wallet = Js::get($response, $i);
            $account = $this->account();
            Js::set($account, 'total', $this->safe_string($wallet, 'balance'));
            Js::set($account, 'used', $this->safe_string($wallet, 'reserve'));
            Js::setKey($result, $this->safe_currency_code($this->safe_string($wallet, 'currency')), $account);
        }
        return $this->safe_balance($result);
    }

    // --- orders --------------------------------------------------------------------------------------
    public function parse_order($order, $market = null) {
        // orders/own/ and order/<pk>/: { id, pair, type (buy or sell), status (1, 2 or 3, a number or a string),
        // price, amount }: limit orders, the only kind the API places. The entries state no time.
        $market_id = $this->safe_string($order, 'pair');
        $market = $this->safe_market($market_id, $market, '_');
        return $this->safe_order(
            [
                'id' => $this->safe_string($order, 'id'),
                'symbol' => Js::get($market, 'symbol'),
                'type' => 'limit',
                'side' => $this->safe_string_lower($order, 'type'),
                'status' => $this->safe_string(
                    Js::get($this->options, 'orderStatuses'),
                    $this->safe_string($order, 'status'),
                ),
                'price' => $this->safe_string($order, 'price'),
                'amount' => $this->safe_string($order, 'amount'),
                'info' => $order,
            ],
            $market,
        );
    }

    public function create_order($symbol, $type, $side, $amount, $price = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // order/ (POST): type (buy or sell), pair, amount (of the base currency), price: a limit order that is
        // matched at once where it can. The docs list no market, stop, post-only, time-in-force or client order id
        // parameters, so those are refused.
        [$unified, $rest] = Js::destructure($this->unified_order_params($type, $params), 2);
        $this->reject_unified_params(
            'createOrder',
            $unified,
            [
                'postOnly',
                'timeInForce',
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
                    Js::toStr($this->id) . ' createOrder () places limit orders only, not ' . Js::toStr(
                        $type,
                    ) . ' orders',
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
        $this->load_markets();
        $market = $this->market($symbol);
        $request = [
            'type' => $side,
            'pair' => Js::get($market, 'id'),
            'amount' => $this->amount_to_precision($symbol, $amount),
            'price' => $this->price_to_precision($symbol, $price),
        ];
        $response = $this->private_post_order($this->extend($request, $rest));
        return $this->parse_created_order(
            $response,
            $market,
            $side,
            Js::get($request, 'amount'),
            Js::get($request, 'price'),
        );
    }

    public function parse_created_order($response, $market, $side, $amount, $price) {
        // order/ answers { success, type, date (seconds), oid, price, amount (what remains of the order),
        // trades: [ { type (the side of the order it met), price, o_id (that order's id), amount, tid } ] }: the
        // trades the new order made at once, as the taker.
        $id = $this->safe_string($response, 'oid');
        if ($id === null) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent a new order without oid: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        $timestamp = $this->safe_timestamp($response, 'date');
        $raw_trades = $this->safe_list($response, 'trades', []);
        $trades = [];
        for ($i = 0; $i < count($raw_trades); $i++) {
            $trade = Js::get($raw_trades, $i);
            $trades[] = [
                'id' => $this->safe_string($trade, 'tid'),
                'order' => $id,
                'timestamp' => $timestamp,
                'symbol' => Js::get($market, 'symbol'),
                'type' => 'limit',
                'side' => $side,
                'takerOrMaker' => 'taker',
                'price' => $this->safe_string($trade, 'price'),
                'amount' => $this->safe_string($trade, 'amount'),
                'info' => $trade,
            ];
        }
        $remaining = $this->safe_string($response, 'amount');
        $status = 'open';
        if (($remaining !== null) && Precise::string_eq($remaining, '0')) {
            $status = 'closed';
        }
        return $this->safe_order(
            [
                'id' => $id,
                'timestamp' => $timestamp,
                'symbol' => Js::get($market, 'symbol'),
                'type' => 'limit',
                'side' => $side,
                'status' => $status,
                'price' => $price,
                'amount' => $amount,
                'remaining' => $remaining,
                'trades' => $trades,
                'info' => $response,
            ],
            $market,
        );
    }

    public function cancel_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // order-cancel/ (POST): order (the id); answers { order: <id> }. An order that does not exist, is done or
        // is canceled already is an error (see handleErrors).
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $response = $this->private_post_order_cancel($this->extend(['order' => $id], $params));
        $canceled = $this->safe_string($response, 'order');
        if ($canceled === null) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent a cancel answer without order: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        return $this->safe_order(
            [
                'id' => $canceled,
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
        // order/<pk>/: one order.
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $response = $this->private_get_order_id($this->extend(['id' => $id], $params));
        return $this->parse_order($response, $market);
    }

    public function own_orders($method, $status, $symbol, $since, $limit, $params) {
        // orders/own/?status=&pair=&limit=: the account's orders (2000 by default). The entries state no time, so
        // no time range can be applied to them.
        if ($since !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr($this->id) . ' ' . Js::toStr(
                        $method,
                    ) . ' () cannot filter by since: the API states no time of an order',
                ),
            );
        }
        if ($this->safe_value($params, 'until') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr($this->id) . ' ' . Js::toStr(
                        $method,
                    ) . ' () does not support the unified param until: the API states no time of an order',
                ),
            );
        }
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $request = [];
        if ($status !== null) {
            $request['status'] = $status;
        }
        if ($market !== null) {
            $request['pair'] = Js::get($market, 'id');
        }
        if ($limit !== null) {
            $request['limit'] = $limit;
        }
        $response = $this->private_get_orders_own($this->extend($request, $params));
        if (!(Js::isArray($response))) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent orders that are no list: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        return $response;
    }

    public function fetch_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $response = $this->own_orders('fetchOrders', null, $symbol, $since, $limit, $params);
        $market = $symbol === null ? null : $this->market($symbol);
        return $this->parse_orders($response, $market, null, $limit);
    }

    public function fetch_open_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // status 1: active.
        $response = $this->own_orders('fetchOpenOrders', '1', $symbol, $since, $limit, $params);
        $market = $symbol === null ? null : $this->market($symbol);
        return $this->parse_orders($response, $market, null, $limit);
    }

    public function fetch_closed_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // status 3 (done), then status 2 (canceled): the API filters by one status at a time.
        $done = $this->own_orders('fetchClosedOrders', '3', $symbol, $since, $limit, $params);
        $canceled = $this->own_orders('fetchClosedOrders', '2', $symbol, $since, $limit, $params);
        $market = $symbol === null ? null : $this->market($symbol);
        return $this->parse_orders($this->array_concat($done, $canceled), $market, null, $limit);
    }

    public function fetch_my_trades($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // exchanges/own/?pair=&limit=: the account's trades (100 by default), newest first; no time range.
        if ($this->safe_value($params, 'until') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' fetchMyTrades () does not support the unified param until: the API takes no time range',
                ),
            );
        }
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $request = [];
        if ($market !== null) {
            $request['pair'] = Js::get($market, 'id');
        }
        if ($limit !== null) {
            $request['limit'] = $limit;
        }
        $response = $this->private_get_exchanges_own($this->extend($request, $params));
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

    // --- funding -------------------------------------------------------------------------------------
    public function parse_transaction($transaction, $currency = null) {
        // deposits/: { timestamp (seconds), id, currency, amount }. withdraws/: { id, timestamp, currency, amount,
        // status (10 to 50) }. Neither states an address, a transaction hash or a fee.
        $code = $this->safe_currency_code($this->safe_string($transaction, 'currency'), $currency);
        return $this->safe_transaction(
            [
                'id' => $this->safe_string($transaction, 'id'),
                'timestamp' => $this->safe_timestamp($transaction, 'timestamp'),
                'amount' => $this->safe_string($transaction, 'amount'),
                'currency' => $code,
                'status' => $this->safe_string(
                    Js::get($this->options, 'withdrawStatuses'),
                    $this->safe_string($transaction, 'status'),
                ),
                'info' => $transaction,
            ],
            $currency,
        );
    }

    public function funding_list($method, $type, $code, $since, $limit, $params) {
        if ($this->safe_value($params, 'until') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr($this->id) . ' ' . Js::toStr(
                        $method,
                    ) . ' () does not support the unified param until: the API takes no time range',
                ),
            );
        }
        $this->load_markets();
        $currency = $code === null ? null : $this->currency($code);
        $response = null;
        if ($type === 'deposit') {
            $response = $this->private_get_deposits($params);
        } else {
            $response = $this->private_get_withdraws($params);
        }
        if (!(Js::isArray($response))) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent ' . Js::toStr($type) . 's that are no list: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        return $this->parse_transactions($response, $currency, $since, $limit, ['type' => $type]);
    }

    public function fetch_deposits($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // deposits/: every deposit of the account; the currency, since and limit are applied here.
        return $this->funding_list('fetchDeposits', 'deposit', $code, $since, $limit, $params);
    }

    public function fetch_withdrawals($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // withdraws/: every withdrawal of the account. Its currency_id filter takes an id that no other method
        // shows, so the currency is filtered here.
        return $this->funding_list('fetchWithdrawals', 'withdrawal', $code, $since, $limit, $params);
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
        if (!($api === 'private')) {
            if (count(Js::keys($query)) > 0) {
                $url .= Js::within($url, Js::within($url, '?') . Js::toStr($this->urlencode($query)));
            }
            return ['url' => $url, 'method' => $method, 'body' => $body, 'headers' => $headers];
        }
        $this->check_required_credentials();
        // X-SIGN signs the POST data: a GET (whose parameters go in the query) signs the key alone, as the
        // docs' examples of GET methods sign an empty payload.
        $payload = '';
        $signed = [];
        if ($method === 'POST') {
            $payload = $this->urlencode($this->keysort($query));
            $body = $payload;
            $signed['Content-Type'] = 'application/x-www-form-urlencoded';
        } elseif (count(Js::keys($query)) > 0) {
            $url .= Js::within($url, Js::within($url, '?') . Js::toStr($this->urlencode($query)));
        }
        $signed['X-KEY'] = $this->apiKey;
        $signed['X-SIGN'] = $this->hmac(
            $this->encode(Js::add($this->apiKey, $payload)),
            $this->encode($this->secret),
            'sha256',
        );
        $signed['X-NONCE'] = $this->number_to_string($this->nonce());
        return ['url' => $url, 'method' => $method, 'body' => $body, 'headers' => $signed];
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
        // The docs state the meaning of each status (_errors.md), not the bodies; the message, where the body has
        // one (error or detail), goes with the error. Most statuses are the base class's (401 AuthenticationError,
        // 403 PermissionDenied, 429 RateLimitExceeded, 503 OnMaintenance, ...); the order methods say more:
        // "order-cancel/": an order that does not exist, is done or is canceled is an error; "order/<pk>/": 404 is
        // no such order.
        $message = null;
        if (($response !== null) && !(Js::isArray($response)) && (Js::typeof($response) === 'object')) {
            $message = $this->safe_string2($response, 'error', 'detail');
            if (Js::less($status, 400) && ($this->safe_value($response, 'success') === false)) {
                throw new ExchangeError(
                    Js::boundedText(
                        Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($method) . ' ' . Js::toStr($url) . ' ') . Js::toStr(
                            $this->excerpt($response_body),
                        ),
                    ),
                );
            }
        }
        if (Js::less($status, 400)) {
            return null;
        }
        $feedback = Js::boundedText(
            Js::boundedText(Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($method) . ' ' . Js::toStr($url) . ' ') . Js::toStr($this->number_to_string($status)) . ' ') . Js::toStr(
                $message === null ? $this->excerpt($response_body) : $message,
            ),
        );
        $is_cancel = Js::indexOf($url, '/order-cancel/') >= 0;
        $is_order = ($method === 'GET') && (Js::indexOf($url, '/order/') >= 0);
        if (
            ($is_cancel && (Js::strictEqual($status, 400) || Js::strictEqual($status, 404))) || (
                $is_order && Js::strictEqual($status, 404)
            )
        ) {
            throw new OrderNotFound($feedback);
        }
        if (Js::strictEqual($status, 400)) {
            throw new BadRequest($feedback);
        }
        return null;
    }
}
