<?php

// Generated from js/tidex.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class tidex extends Exchange {
    public function describe() {
        return $this->deep_extend(
            parent::describe(),
            [
                'id' => 'tidex',
                'name' => 'Tidex',
                'countries' => ['LT'],
                'version' => '3',
                'rateLimit' => 2000,
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
                    'fetchOrders' => false,
                    'fetchOpenOrders' => true,
                    'fetchClosedOrders' => false,
                    'fetchMyTrades' => true,
                    'fetchDeposits' => false,
                    'fetchWithdrawals' => false,
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
                'urls' => [
                    'api' => [
                        'public' => 'https://api.tidex.com/api/3',
                        'private' => 'https://api.tidex.com/tapi',
                    ],
                    'www' => 'https://tidex.com',
                    'doc' => 'https://tidex.com/services/api-specification',
                ],
                'api' => [
                    'public' => ['get' => ['info', 'ticker/{pair}', 'depth/{pair}', 'trades/{pair}']],
                    'private' => [
                        'post' => [
                            'getInfo',
                            'Trade',
                            'ActiveOrders',
                            'OrderInfo',
                            'CancelOrder',
                            'TradeHistory',
                        ],
                    ],
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
                    'maxLimit' => 4999,
                    'tickerSides' => ['bid' => 'sell', 'ask' => 'buy'],
                    'maxPairListLength' => 2000,
                    'orderStatuses' => ['0' => 'open', '1' => 'closed', '2' => 'canceled', '3' => 'canceled'],
                ],
                'exceptions' => [
                    'broad' => [
                        'invalid nonce' => InvalidNonce::class,
                        'invalid sign' => AuthenticationError::class,
                        'dont have' => PermissionDenied::class,
                        'not enough' => InsufficientFunds::class,
                        'invalid status' => OrderNotFound::class,
                    ],
                ],
            ],
        );
    }

    // --- markets -------------------------------------------------------------------------------------
    public function fetch_markets($params = null) {
        if ($params === null) {
            $params = [];
        }
        // info: { server_time, pairs: { eth_btc: { decimal_places, min_price, max_price, min_amount, hidden (0 or 1:
        // a hidden pair is active but not on the main page), fee (percent) } }. A disabled pair is not listed.
        $response = $this->public_get_info($params);
        $pairs = $this->safe_dict($response, 'pairs');
        if ($pairs === null) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent an info answer without pairs: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        $result = [];
        $ids = Js::keys($pairs);
        for ($i = 0; $i < count($ids); $i++) {
            $id = $ids[$i];
            $pair = $this->safe_dict($pairs, $id, []);
            $parts = Js::split($id, '_');
            if (!(count($parts) == 2)) {
                throw new BadResponse(
                    Js::boundedText(
                        Js::toStr($this->id) . ' sent a pair id that is not base_quote: ' . Js::toStr($id),
                    ),
                );
            }
            $base_id = Js::get($parts, 0);
            $quote_id = Js::get($parts, 1);
            $base = $this->safe_currency_code($base_id);
            $quote = $this->safe_currency_code($quote_id);
            // "decimal_places: number of decimals allowed during trading", prices and amounts alike.
            $tick = $this->parse_precision($this->safe_string($pair, 'decimal_places'));
            $fee = $this->safe_string($pair, 'fee');
            $rate = $fee === null ? null : $this->parse_number(Precise::string_div($fee, '100'));
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
                    'taker' => $rate,
                    'maker' => $rate,
                    'precision' => [
                        'amount' => $this->parse_number($tick),
                        'price' => $this->parse_number($tick),
                    ],
                    'limits' => [
                        'amount' => ['min' => $this->safe_number($pair, 'min_amount')],
                        'price' => [
                            'min' => $this->safe_number($pair, 'min_price'),
                            'max' => $this->safe_number($pair, 'max_price'),
                        ],
                        'cost' => [],
                    ],
                    'info' => $pair,
                ],
            );
        }
        return $result;
    }

    // --- market data ---------------------------------------------------------------------------------
    public function entry_of_pair($response, $id, $method) {
        // The entry of pair id in an answer keyed by pair.
        $entry = $this->safe_value($response, $id);
        if ($entry === null) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($method) . ' () got an answer without the pair ' . Js::toStr($id) . ': ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        return $entry;
    }

    public function parse_ticker($ticker, $market = null) {
        // { high, low, avg, vol (the volume in the quote currency), vol_cur (in the base currency), last, buy,
        // sell, updated (s, the last update of the cache) }. Which of buy and sell is the best bid is
        // options['tickerSides'] (describe () says why).
        $market = $this->safe_market(null, $market);
        $sides = $this->safe_dict($this->options, 'tickerSides', []);
        return $this->ticker_structure(
            symbol: Js::get($market, 'symbol'),
            timestamp: $this->safe_timestamp($ticker, 'updated'),
            high: $this->safe_string($ticker, 'high'),
            low: $this->safe_string($ticker, 'low'),
            bid: $this->safe_string($ticker, $this->safe_string($sides, 'bid', 'sell')),
            ask: $this->safe_string($ticker, $this->safe_string($sides, 'ask', 'buy')),
            last: $this->safe_string($ticker, 'last'),
            average: $this->safe_string($ticker, 'avg'),
            base_volume: $this->safe_string($ticker, 'vol_cur'),
            quote_volume: $this->safe_string($ticker, 'vol'),
            info: $ticker,
            market: $market,
        );
    }

    public function fetch_ticker($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // ticker/{pair}: { eth_btc: { ... } }.
        $this->load_markets();
        $market = $this->market($symbol);
        $response = $this->public_get_ticker_pair($this->extend(['pair' => Js::get($market, 'id')], $params));
        $ticker = $this->entry_of_pair($response, Js::get($market, 'id'), 'fetchTicker');
        return $this->parse_ticker($ticker, $market);
    }

    public function pair_listings($ids) {
        // The hyphenated listings of ids, each within options['maxPairListLength'] characters.
        $most = $this->safe_integer($this->options, 'maxPairListLength');
        $listings = [];
        $current = '';
        for ($i = 0; Js::less($i, Js::length($ids)); $i++) {
            $id = Js::get($ids, $i);
            if (
                Js::greater(Js::length($current), 0) && Js::greater(
                    Js::add(Js::add(Js::length($current), 1), Js::length($id)),
                    $most,
                )
            ) {
                $listings[] = $current;
                $current = '';
            }
            $current = Js::greater(Js::length($current), 0) ? Js::boundedText(
                Js::toStr($current) . '-' . Js::toStr($id),
            ) : $id;
        }
        if (Js::greater(Js::length($current), 0)) {
            $listings[] = $current;
        }
        return $listings;
    }

    public function fetch_tickers($symbols = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // ticker/{pair-pair-...}: { eth_btc: { ... }, ltc_btc: { ... } }. Without symbols every pair is asked for,
        // with ignore_invalid=1 so that a pair disabled since the markets were loaded does not fail the request.
        $this->load_markets();
        $ids = [];
        $request = [];
        if ($symbols === null) {
            $ids = $this->ids;
            $request['ignore_invalid'] = 1;
        } else {
            $ids = $this->market_ids($symbols);
        }
        $listings = $this->pair_listings($ids);
        $request = $this->extend($request, $params);
        $result = [];
        for ($i = 0; Js::less($i, Js::length($listings)); $i++) {
            $response = $this->public_get_ticker_pair(
                $this->extend(['pair' => Js::get($listings, $i)], $request),
            );
            if (($response === null) || Js::isArray($response) || !(Js::typeof($response) === 'object')) {
                throw new BadResponse(
                    Js::boundedText(
                        Js::boundedText(Js::toStr($this->id) . ' sent a ticker answer that is no dictionary: ') . Js::toStr(
                            $this->excerpt($this->json($response)),
                        ),
                    ),
                );
            }
            $keys = Js::keys($response);
            for ($j = 0; $j < count($keys); $j++) {
                if ($this->safe_value($this->marketsById, $keys[$j]) === null) {
                    // a pair listed since the markets were loaded
                    continue;
                }
                $ticker = $this->parse_ticker(
                    $this->safe_dict($response, $keys[$j], []),
                    $this->safe_market($keys[$j]),
                );
                if (
                    ($symbols === null) || Js::truthy($this->in_array(Js::get($ticker, 'symbol'), $symbols))
                ) {
                    Js::setKey($result, Js::get($ticker, 'symbol'), $ticker);
                }
            }
        }
        return $result;
    }

    public function fetch_order_book($symbol, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // depth/{pair}?limit: { eth_btc: { asks: [ [ price, amount ] ], bids: [ ... ] } }; limit 150 by default.
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['pair' => Js::get($market, 'id')];
        if ($limit !== null) {
            $request['limit'] = Js::min($limit, $this->safe_integer($this->options, 'maxLimit'));
        }
        $response = $this->public_get_depth_pair($this->extend($request, $params));
        $book = $this->entry_of_pair($response, Js::get($market, 'id'), 'fetchOrderBook');
        return $this->parse_order_book($book, Js::get($market, 'symbol'));
    }

    public function parse_trade($trade, $market = null) {
        // Public (trades/{pair}): { type ('ask' a sell, 'bid' a buy), price, amount, tid, timestamp (s) }.
        // The account's (TradeHistory, keyed by trade id, which fetchMyTrades puts in the trade's id): { pair, type
        // (buy, sell), amount, rate, order_id, is_your_order, timestamp (s) }.
        $pair = $this->safe_string($trade, 'pair');
        $market = $this->safe_market($pair, $market);
        $type = $this->safe_string($trade, 'type');
        $side = $type;
        if ($type === 'ask') {
            $side = 'sell';
        } elseif ($type === 'bid') {
            $side = 'buy';
        }
        return $this->trade_structure(
            id: $this->safe_string($trade, 'tid'),
            order: $this->safe_string($trade, 'order_id'),
            symbol: Js::get($market, 'symbol'),
            timestamp: $this->safe_timestamp($trade, 'timestamp'),
            type: $pair === null ? null : 'limit',
            side: $side,
            price: $this->safe_string2($trade, 'price', 'rate'),
            amount: $this->safe_string($trade, 'amount'),
            info: $trade,
            market: $market,
        );
    }

    public function fetch_trades($symbol, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // trades/{pair}?limit: { eth_btc: [ trades, newest first ] }; limit 150 by default. No time range.
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['pair' => Js::get($market, 'id')];
        if ($limit !== null) {
            $request['limit'] = Js::min($limit, $this->safe_integer($this->options, 'maxLimit'));
        }
        $response = $this->public_get_trades_pair($this->extend($request, $params));
        $trades = $this->entry_of_pair($response, Js::get($market, 'id'), 'fetchTrades');
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

    // --- account -------------------------------------------------------------------------------------
    public function return_of($response, $method) {
        // The return of a successful Trade API answer ({ success: 1, return: { ... } }).
        $result = $this->safe_dict($response, 'return');
        if ($result === null) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($method) . ' () got an answer without return: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        return $result;
    }

    public function balance_accounts($info) {
        // The accounts of getInfo's return by currency id: funds is what is available for trading, without what
        // open orders hold. The API reports no amount held by orders, so only free is known.
        $funds = $this->safe_dict($info, 'funds', []);
        $accounts = [];
        $ids = Js::keys($funds);
        for ($i = 0; $i < count($ids); $i++) {
            $account = $this->account();
            Js::set($account, 'free', $this->safe_string($funds, $ids[$i]));
            Js::setKey($accounts, $ids[$i], $account);
        }
        return $accounts;
    }

    public function fetch_balance($params = null) {
        if ($params === null) {
            $params = [];
        }
        // getInfo: { return: { funds: { usd: 325, btc: 23.998, ... }, rights, transaction_count, open_orders,
        // server_time (s) } }.
        $this->load_markets();
        $response = $this->private_post_get_info($params);
        $info = $this->return_of($response, 'fetchBalance');
        $result = ['info' => $response, 'timestamp' => $this->safe_timestamp($info, 'server_time')];
        $result['datetime'] = $this->iso8601(Js::get($result, 'timestamp'));
        $accounts = $this->balance_accounts($info);
        $ids = Js::keys($accounts);
        for ($i = 0; $i < count($ids); $i++) {
            Js::setKey($result, $this->safe_currency_code($ids[$i]), $this->safe_dict($accounts, $ids[$i]));
        }
        return $this->safe_balance($result);
    }

    // --- orders --------------------------------------------------------------------------------------
    public function parse_order($order, $market = null) {
        // ActiveOrders: { pair, type (buy, sell), amount (what is left), rate, timestamp_created (s), status };
        // OrderInfo: the same with start_amount (the amount ordered). Both are keyed by order id, which the callers
        // put in the order's id. ActiveOrders lists open orders only (its status is always 0).
        $pair = $this->safe_string($order, 'pair');
        $market = $this->safe_market($pair, $market);
        $status = $this->safe_string($order, 'status');
        return $this->safe_order(
            [
                'id' => $this->safe_string($order, 'order_id'),
                'symbol' => Js::get($market, 'symbol'),
                'timestamp' => $this->safe_timestamp($order, 'timestamp_created'),
                'type' => 'limit',
                'timeInForce' => 'GTC',
                'side' => $this->safe_string($order, 'type'),
                'status' => $this->safe_string(Js::get($this->options, 'orderStatuses'), $status),
                'price' => $this->safe_string($order, 'rate'),
                'amount' => $this->safe_string($order, 'start_amount'),
                'remaining' => $this->safe_string($order, 'amount'),
                'info' => $order,
            ],
            $market,
        );
    }

    public function orders_by_id($orders, $market, $method) {
        // The orders of an answer keyed by order id, each with its id.
        $result = [];
        $ids = Js::keys($orders);
        for ($i = 0; $i < count($ids); $i++) {
            $entry = $this->safe_dict($orders, $ids[$i]);
            if ($entry === null) {
                throw new BadResponse(
                    Js::boundedText(
                        Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($method) . ' () got an order that is no dictionary: ') . Js::toStr(
                            $ids[$i],
                        ),
                    ),
                );
            }
            $order = $this->parse_order($entry, $market);
            Js::set($order, 'id', $ids[$i]);
            $result[] = $order;
        }
        return $result;
    }

    public function create_order($symbol, $type, $side, $amount, $price = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // Trade: pair, type (buy, sell), rate, amount; answers { return: { received (the amount bought or sold at
        // once), remains (the amount left on the book), order_id (0 when the order was filled at once), funds } }.
        // Limit orders only, on the book until filled or canceled.
        $this->load_markets();
        $market = $this->market($symbol);
        if (!($type === 'limit')) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr($this->id) . ' createOrder () supports limit orders only, not ' . Js::toStr(
                        $type,
                    ) . ' orders: Trade takes a rate',
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
        if ((Js::get($unified, 'timeInForce') !== null) && !(Js::get($unified, 'timeInForce') === 'GTC')) {
            throw new NotSupported(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' createOrder () does not support the unified param timeInForce ') . Js::toStr(
                        Js::get($unified, 'timeInForce'),
                    ) . ': orders stay on the book until they are filled or canceled (GTC)',
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
        $request = [
            'pair' => Js::get($market, 'id'),
            'type' => $side,
            'rate' => $this->price_to_precision($symbol, $price),
            'amount' => $this->amount_to_precision($symbol, $amount),
        ];
        $response = $this->private_post_trade($this->extend($request, $rest));
        $result = $this->return_of($response, 'createOrder');
        $remains = $this->safe_string($result, 'remains');
        $status = null;
        if ($remains !== null) {
            $status = Precise::string_eq($remains, '0') ? 'closed' : 'open';
        }
        return $this->safe_order(
            [
                'id' => $this->safe_string($result, 'order_id'),
                'symbol' => Js::get($market, 'symbol'),
                'type' => 'limit',
                'side' => $side,
                'timeInForce' => 'GTC',
                'status' => $status,
                'price' => Js::get($request, 'rate'),
                'amount' => Js::get($request, 'amount'),
                'filled' => $this->safe_string($result, 'received'),
                'remaining' => $remains,
                'info' => $response,
            ],
            $market,
        );
    }

    public function cancel_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // CancelOrder: order_id; answers { return: { order_id, funds } }.
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $response = $this->private_post_cancel_order($this->extend(['order_id' => $id], $params));
        $result = $this->return_of($response, 'cancelOrder');
        return $this->safe_order(
            [
                'id' => $this->safe_string($result, 'order_id'),
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
        // OrderInfo: order_id; answers { return: { <order id>: { ... } } }.
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $response = $this->private_post_order_info($this->extend(['order_id' => $id], $params));
        $orders = $this->orders_by_id($this->return_of($response, 'fetchOrder'), $market, 'fetchOrder');
        if (!Js::strictEqual(Js::length($orders), 1)) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' fetchOrder () got an OrderInfo answer without exactly one order: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        return Js::get($orders, 0);
    }

    public function fetch_open_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // ActiveOrders: pair (optional: all pairs without it); answers { return: { <order id>: { ... } } }. With no
        // open order the API answers the error "no orders", which handleErrors lets through as an empty list.
        $this->load_markets();
        $market = null;
        $request = [];
        if ($symbol !== null) {
            $market = $this->market($symbol);
            $request['pair'] = Js::get($market, 'id');
        }
        $response = $this->private_post_active_orders($this->extend($request, $params));
        $orders = $this->orders_by_id($this->safe_dict($response, 'return', []), $market, 'fetchOpenOrders');
        $market_symbol = $market === null ? null : Js::get($market, 'symbol');
        return $this->filter_by_symbol_since_limit(
            $this->sort_by($orders, 'timestamp'),
            $market_symbol,
            $since,
            $limit,
        );
    }

    public function fetch_my_trades($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // TradeHistory: pair (all pairs without it), count (1000 by default), order (ASC, or DESC the default),
        // since and end (UNIX time, s; with either the order is ASC), also from, from_id, end_id; answers { return:
        // { <trade id>: { ... } } }. With no trade the API answers the error "no trades": an empty list.
        $this->load_markets();
        $market = null;
        $request = [];
        if ($symbol !== null) {
            $market = $this->market($symbol);
            $request['pair'] = Js::get($market, 'id');
        }
        if ($limit !== null) {
            $request['count'] = $limit;
        }
        if ($since !== null) {
            // the docs name since in seconds; a trade of the second since falls in, filterBySinceLimit drops it
            $request['since'] = $this->integer_of(Js::divide($since, 1000));
            $request['order'] = 'ASC';
        }
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            $request['end'] = $this->integer_of(Js::divide($until, 1000));
            $request['order'] = 'ASC';
        }
        $response = $this->private_post_trade_history($this->extend($request, $this->omit($params, 'until')));
        $trades = $this->safe_dict($response, 'return', []);
        $result = [];
        $ids = Js::keys($trades);
        for ($i = 0; $i < count($ids); $i++) {
            $entry = $this->safe_dict($trades, $ids[$i]);
            if ($entry === null) {
                throw new BadResponse(
                    Js::boundedText(
                        Js::boundedText(Js::toStr($this->id) . ' fetchMyTrades () got a trade that is no dictionary: ') . Js::toStr(
                            $ids[$i],
                        ),
                    ),
                );
            }
            $trade = $this->parse_trade($entry, $market);
            Js::set($trade, 'id', $ids[$i]);
            $result[] = $trade;
        }
        $market_symbol = $market === null ? null : Js::get($market, 'symbol');
        return $this->filter_by_symbol_since_limit(
            $this->sort_by($result, 'timestamp'),
            $market_symbol,
            $since,
            $limit,
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
        // Trade API: POST /tapi, body method=<path>&nonce=<n>&<params>, headers Key and Sign (the hex HMAC-SHA512 of
        // the body with the secret).
        if ($api === 'public') {
            return parent::sign($path, $api, $method, $params, $headers, $body);
        }
        $this->check_required_credentials();
        if (Js::has($params, 'method') || Js::has($params, 'nonce')) {
            throw new BadRequest(
                Js::boundedText(
                    Js::toStr($this->id) . ' ' . Js::toStr(
                        $path,
                    ) . ' takes no parameter method or nonce: the request is signed with its own',
                ),
            );
        }
        $body = $this->urlencode($this->extend(['method' => $path, 'nonce' => $this->nonce()], $params));
        $headers = [
            'Content-Type' => 'application/x-www-form-urlencoded',
            'Key' => $this->apiKey,
            'Sign' => $this->hmac($this->encode($body), $this->encode($this->secret), 'sha512'),
        ];
        return [
            'url' => Js::get(Js::get($this->urls, 'api'), 'private'),
            'method' => $method,
            'body' => $body,
            'headers' => $headers,
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
        // { success: 0, error: '<text>' }, from the public and the Trade API alike. "no orders" (ActiveOrders) and
        // "no trades" (TradeHistory) are how the API says that a list is empty: the methods read them so.
        if (($response === null) || Js::isArray($response) || !(Js::typeof($response) === 'object')) {
            return null;
        }
        $success = $this->safe_string($response, 'success');
        $message = $this->safe_string($response, 'error');
        if (!($success === '0') && !(($success === null) && ($message !== null))) {
            return null;
        }
        if (($message === 'no orders') || ($message === 'no trades')) {
            return null;
        }
        $feedback = Js::boundedText(
            Js::boundedText(Js::toStr($this->id) . ' ') . Js::toStr($this->excerpt($response_body)),
        );
        if ($message !== null) {
            $this->throw_broadly_matched_exception(
                Js::get($this->exceptions, 'broad'),
                Js::lowerCase(Js::textReceiver($message, 'toLowerCase')),
                $feedback,
            );
        }
        throw new ExchangeError($feedback);
    }
}
