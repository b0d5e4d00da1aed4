<?php

// Generated from js/bit2c.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class bit2c extends Exchange {
    public function describe() {
        return $this->deep_extend(
            parent::describe(),
            [
                'id' => 'bit2c',
                'name' => 'Bit2C',
                'countries' => ['IL'],
                'version' => null,
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
                    'fetchTradingFees' => true,
                    'cancelAllOrders' => false,
                    'fetchOrderTrades' => false,
                    'fetchTradingFee' => true,
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
                'urls' => [
                    'api' => ['public' => 'https://bit2c.co.il', 'private' => 'https://bit2c.co.il'],
                    'www' => 'https://bit2c.co.il',
                    'doc' => 'https://bit2c.co.il/home/api',
                ],
                'api' => [
                    'public' => [
                        'get' => [
                            'Exchanges/{pair}/Ticker.json',
                            'Exchanges/{pair}/orderbook.json',
                            'Exchanges/{pair}/orderbook-top.json',
                            'Exchanges/{pair}/lasttrades',
                            'Exchanges/{pair}/trades.json',
                        ],
                    ],
                    'private' => [
                        'get' => [
                            'Account/Balance',
                            'Order/MyOrders',
                            'Order/GetById',
                            'Order/OrderHistory',
                            'Order/HistoryByOrderId',
                        ],
                        'post' => [
                            'Order/AddOrder',
                            'Order/CancelOrder',
                            'Order/AddOrderMarketPriceBuy',
                            'Order/AddOrderMarketPriceSell',
                            'Order/AddStopOrder',
                        ],
                    ],
                ],
                'requiredCredentials' => ['apiKey' => true, 'secret' => true],
                'fees' => ['trading' => ['tierBased' => true, 'percentage' => true]],
                'precisionMode' => TICK_SIZE,
                'options' => [
                    'markets' => [
                        'BtcNis' => ['BTC', 'NIS'],
                        'EthNis' => ['ETH', 'NIS'],
                        'LtcNis' => ['LTC', 'NIS'],
                        'UsdcNis' => ['USDC', 'NIS'],
                    ],
                    'precision' => ['amount' => '0.00000001', 'price' => '0.00001'],
                    'currencySigns' => ['₪' => 'NIS'],
                    'sides' => ['0' => 'buy', '1' => 'sell'],
                    'orderStatuses' => [
                        'new' => 'open',
                        'open' => 'open',
                        'completed' => 'closed',
                        'canceled' => 'canceled',
                        'cancelled' => 'canceled',
                    ],
                ],
                'exceptions' => [
                    'exact' => ['No order found.' => OrderNotFound::class],
                    'broad' => [
                        'nonce' => InvalidNonce::class,
                        'permission' => PermissionDenied::class,
                        'sign' => AuthenticationError::class,
                        'key' => AuthenticationError::class,
                        'not found' => OrderNotFound::class,
                        'no order' => OrderNotFound::class,
                        'balance' => InsufficientFunds::class,
                        'funds' => InsufficientFunds::class,
                        'minimum' => InvalidOrder::class,
                    ],
                ],
            ],
        );
    }

    public function nonce() {
        // Milliseconds: more than one private request a second, and always above the last.
        return $this->milliseconds();
    }

    // --- numbers -------------------------------------------------------------------------------------
    public function decimal_of($entry, $key) {
        // The number at entry[key] as a plain decimal string, thousands separators dropped ('2,512.50' ->
        // '2512.50'); undefined when it is missing, null or ''; a BadResponse for anything that is no number.
        $value = $this->safe_string($entry, $key);
        if ($value === null) {
            return null;
        }
        $text = Js::join(Js::split($value, ','), '');
        if (!($this->is_decimal_string($text))) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent ' . Js::toStr($key) . ' that is no number: ') . Js::toStr(
                        $this->excerpt($value),
                    ),
                ),
            );
        }
        return $text;
    }

    public function unsigned_of($entry, $key) {
        $text = $this->decimal_of($entry, $key);
        return $text === null ? null : Precise::string_abs($text);
    }

    // --- markets -------------------------------------------------------------------------------------
    public function fetch_markets($params = null) {
        if ($params === null) {
            $params = [];
        }
        // The API lists no pairs: each pair of options['markets'] is confirmed by its ticker.
        $markets = $this->safe_dict($this->options, 'markets', []);
        $precision = $this->safe_dict($this->options, 'precision', []);
        $ids = Js::keys($markets);
        $result = [];
        for ($i = 0; $i < count($ids); $i++) {
            $id = $ids[$i];
            $pair = $this->safe_list($markets, $id, []);
            $base_id = $this->safe_string($pair, 0);
            $quote_id = $this->safe_string($pair, 1);
            $ticker = $this->public_get_exchanges_pair_ticker_json($this->extend(['pair' => $id], $params));
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
                    'active' => true,
                    'precision' => [
                        'amount' => $this->safe_number($precision, 'amount'),
                        'price' => $this->safe_number($precision, 'price'),
                    ],
                    'limits' => ['amount' => [], 'price' => [], 'cost' => []],
                    'info' => $ticker,
                ],
            );
        }
        return $result;
    }

    // --- market data ---------------------------------------------------------------------------------
    public function parse_ticker($ticker, $market = null) {
        // Ticker.json: { ll (last price), av (the average price of the last 24 hours), a (the volume of the last 24
        // hours, in the base currency), h (the highest buy order), l (the lowest sell order), c (the average change
        // of the last 24 hours, nullable), up (the direction of the last change) }, without a time.
        return $this->ticker_structure(
            symbol: $this->safe_symbol(null, $market),
            bid: $this->decimal_of($ticker, 'h'),
            ask: $this->decimal_of($ticker, 'l'),
            last: $this->decimal_of($ticker, 'll'),
            vwap: $this->decimal_of($ticker, 'av'),
            base_volume: $this->decimal_of($ticker, 'a'),
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
        $response = $this->public_get_exchanges_pair_ticker_json(
            $this->extend(['pair' => Js::get($market, 'id')], $params),
        );
        return $this->parse_ticker($this->dict_of($response, 'fetchTicker'), $market);
    }

    public function fetch_tickers($symbols = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // Ticker.json takes one pair: one request per symbol.
        $this->load_markets();
        $list = $symbols === null ? $this->symbols : $symbols;
        $markets = [];
        for ($i = 0; Js::less($i, Js::length($list)); $i++) {
            $markets[] = $this->market(Js::get($list, $i));
        }
        $result = [];
        for ($i = 0; $i < count($markets); $i++) {
            $market = Js::get($markets, $i);
            $response = $this->public_get_exchanges_pair_ticker_json(
                $this->extend(['pair' => Js::get($market, 'id')], $params),
            );
            Js::setKey(
                $result,
                Js::get($market, 'symbol'),
                $this->parse_ticker($this->dict_of($response, 'fetchTickers'), $market),
            );
        }
        return $result;
    }

    public function fetch_order_book($symbol, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // orderbook.json: { asks: [ [ price, amount ], ... ], bids: [ ... ] }, the whole book (no depth).
        $this->load_markets();
        $market = $this->market($symbol);
        $response = $this->public_get_exchanges_pair_orderbook_json(
            $this->extend(['pair' => Js::get($market, 'id')], $params),
        );
        $book = $this->dict_of($response, 'fetchOrderBook');
        $levels = [
            'bids' => $this->required_list($book, 'bids'),
            'asks' => $this->required_list($book, 'asks'),
        ];
        $result = $this->parse_order_book($levels, Js::get($market, 'symbol'));
        if ($limit !== null) {
            Js::set($result, 'bids', Js::slice(Js::get($result, 'bids'), 0, $limit));
            Js::set($result, 'asks', Js::slice(Js::get($result, 'asks'), 0, $limit));
        }
        return $result;
    }

    public function parse_trade($trade, $market = null) {
        // Public (lasttrades, trades.json): { date (s), isBid (true: the taker bought), price, amount, tid }.
        // The account's (Order/OrderHistory): { ticks (s), created, action (0 a buy, 1 a sell), price, pair,
        // reference ('<pair>|<order id>|<order id>'), fee (percent), feeAmount, feeCoin, firstAmount (the base
        // amount, signed), firstAmountBalance, secondAmount (the shekels, signed, fee included), secondAmountBalance,
        // firstCoin, secondCoin, isMaker }, numbers as texts with thousands separators.
        $pair = $this->safe_string($trade, 'pair');
        $market = $this->safe_market($pair, $market);
        $reference = $this->safe_string($trade, 'reference');
        if ($reference === null) {
            $is_bid = $this->safe_bool($trade, 'isBid');
            $side = null;
            if ($is_bid !== null) {
                $side = $is_bid ? 'buy' : 'sell';
            }
            return $this->trade_structure(
                id: $this->safe_string($trade, 'tid'),
                symbol: Js::get($market, 'symbol'),
                timestamp: $this->safe_timestamp($trade, 'date'),
                side: $side,
                price: $this->decimal_of($trade, 'price'),
                amount: $this->unsigned_of($trade, 'amount'),
                info: $trade,
                market: $market,
            );
        }
        $is_maker = $this->safe_bool($trade, 'isMaker');
        $taker_or_maker = null;
        if ($is_maker !== null) {
            $taker_or_maker = $is_maker ? 'maker' : 'taker';
        }
        $fee = null;
        $fee_cost = $this->unsigned_of($trade, 'feeAmount');
        if ($fee_cost !== null) {
            $fee_coin = $this->safe_string($trade, 'feeCoin');
            $fee_currency_id = $this->safe_string(
                Js::get($this->options, 'currencySigns'),
                $fee_coin,
                $fee_coin,
            );
            $fee = ['cost' => $fee_cost, 'currency' => $this->safe_currency_code($fee_currency_id)];
            $fee_percent = $this->decimal_of($trade, 'fee');
            if ($fee_percent !== null) {
                Js::set($fee, 'rate', Precise::string_div($fee_percent, '100'));
            }
        }
        return $this->trade_structure(
            id: $reference,
            symbol: Js::get($market, 'symbol'),
            timestamp: $this->safe_timestamp($trade, 'ticks'),
            side: $this->safe_string(Js::get($this->options, 'sides'), $this->safe_string($trade, 'action')),
            taker_or_maker: $taker_or_maker,
            price: $this->decimal_of($trade, 'price'),
            amount: $this->unsigned_of($trade, 'firstAmount'),
            fee: $fee,
            info: $trade,
            market: $market,
        );
    }

    public function fetch_trades($symbol, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // Without since: lasttrades, the trades of the last 24 hours with their side. With since: trades.json from
        // date (UNIX seconds), at most limit (the docs: 100,000 at most), without a side.
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['pair' => Js::get($market, 'id')];
        $response = null;
        if ($since === null) {
            $response = $this->public_get_exchanges_pair_lasttrades($this->extend($request, $params));
        } else {
            $request['date'] = $this->integer_of(Js::divide($since, 1000));
            if ($limit !== null) {
                $request['limit'] = Js::min($limit, 100000);
            }
            $response = $this->public_get_exchanges_pair_trades_json($this->extend($request, $params));
        }
        return $this->parse_trades($this->list_of($response, 'fetchTrades'), $market, $since, $limit);
    }

    // --- answers -------------------------------------------------------------------------------------
    public function shown($value) {
        // A value of an answer as an error message shows it.
        return $value === null ? 'nothing' : $this->excerpt($this->json($value));
    }

    public function dict_of($response, $method) {
        // A dictionary answer; an empty list stands for an empty one (PHP decodes {} as an empty array, the same
        // value as []).
        if (!(Js::truthy($this->is_mergeable($response)))) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($method) . ' () got an answer that is no dictionary: ') . Js::toStr(
                        $this->shown($response),
                    ),
                ),
            );
        }
        return Js::isArray($response) ? [] : $response;
    }

    public function list_of($response, $method) {
        // A list answer; an empty dictionary stands for an empty list (PHP decodes both as the same empty array).
        if (Js::isArray($response)) {
            return $response;
        }
        if (Js::truthy($this->is_mergeable($response)) && Js::truthy($this->is_empty($response))) {
            return [];
        }
        throw new BadResponse(
            Js::boundedText(
                Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($method) . ' () got an answer that is no list: ') . Js::toStr(
                    $this->shown($response),
                ),
            ),
        );
    }

    // --- account -------------------------------------------------------------------------------------
    public function fetch_balance($params = null) {
        if ($params === null) {
            $params = [];
        }
        // Account/Balance: { AVAILABLE_NIS, NIS, LOCKED_NIS, ESTIMATED_BALANCE_NIS_IN_NIS, AVAILABLE_BTC, BTC,
        // LOCKED_BTC, ..., Fees: { BtcNis: { FeeMaker, FeeTaker }, ... } }: for each currency X what is free
        // (AVAILABLE_X), held by orders (LOCKED_X) and its total (X).
        $this->load_markets();
        $response = $this->dict_of($this->private_get_account_balance($params), 'fetchBalance');
        $result = ['info' => $response];
        $keys = Js::keys($response);
        for ($i = 0; $i < count($keys); $i++) {
            $id = $keys[$i];
            $free = $this->decimal_of($response, Js::boundedText('AVAILABLE_' . Js::toStr($id)));
            if ($free === null) {
                continue;
            }
            $account = $this->account();
            Js::set($account, 'free', $free);
            Js::set(
                $account,
                'used',
                $this->decimal_of($response, Js::boundedText('LOCKED_' . Js::toStr($id))),
            );
            Js::set($account, 'total', $this->decimal_of($response, $id));
            Js::setKey($result, $this->safe_currency_code($id), $account);
        }
        return $this->safe_balance($result);
    }

    public function fetch_trading_fees($params = null) {
        if ($params === null) {
            $params = [];
        }
        // The Fees of Account/Balance: { <pair>: { FeeMaker, FeeTaker } }, in percent.
        $this->load_markets();
        $response = $this->dict_of($this->private_get_account_balance($params), 'fetchTradingFees');
        $fees = $this->safe_dict($response, 'Fees');
        if ($fees === null) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' fetchTradingFees () got a balance without Fees: ') . Js::toStr(
                        $this->shown($response),
                    ),
                ),
            );
        }
        $result = [];
        $ids = Js::keys($fees);
        for ($i = 0; $i < count($ids); $i++) {
            $id = $ids[$i];
            if ($this->safe_value($this->marketsById, $id) === null) {
                continue; // a pair the markets do not list
            }
            $market = $this->safe_market($id);
            $entry = $this->safe_dict($fees, $id, []);
            $maker = $this->decimal_of($entry, 'FeeMaker');
            $taker = $this->decimal_of($entry, 'FeeTaker');
            Js::setKey(
                $result,
                Js::get($market, 'symbol'),
                [
                    'symbol' => Js::get($market, 'symbol'),
                    'maker' => $maker === null ? null : $this->parse_number(
                        Precise::string_div($maker, '100'),
                    ),
                    'taker' => $taker === null ? null : $this->parse_number(
                        Precise::string_div($taker, '100'),
                    ),
                    'info' => $entry,
                ],
            );
        }
        return $result;
    }

    public function fetch_trading_fee($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->trading_fee_of_all($symbol, $params);
    }

    // --- orders --------------------------------------------------------------------------------------
    public function parse_order($order, $market = null) {
        // Order/GetById: { pair, status, created (s), type (0 a buy, 1 a sell), order_type, amount (what is left),
        // initialAmount, price, stop, id }; Order/MyOrders lists the same without pair (under its pair) and with
        // status_type; Order/AddOrder's NewOrder: { created, type, amount, price, id, stop (stop orders) }.
        $pair = $this->safe_string($order, 'pair');
        $market = $this->safe_market($pair, $market);
        $initial_amount = $this->unsigned_of($order, 'initialAmount');
        $amount = $this->unsigned_of($order, 'amount');
        $stop = $this->decimal_of($order, 'stop');
        $status = $this->safe_string_lower($order, 'status');
        $order_type = $this->safe_string($order, 'order_type');
        return $this->safe_order(
            [
                'id' => $this->safe_string($order, 'id'),
                'symbol' => Js::get($market, 'symbol'),
                'timestamp' => $this->safe_timestamp($order, 'created'),
                'type' => $order_type === '0' ? 'limit' : null,
                'side' => $this->safe_string(
                    Js::get($this->options, 'sides'),
                    $this->safe_string($order, 'type'),
                ),
                'status' => $this->safe_string(Js::get($this->options, 'orderStatuses'), $status),
                'price' => $this->decimal_of($order, 'price'),
                'triggerPrice' => (($stop === null) || Precise::string_eq($stop, '0')) ? null : $stop,
                'amount' => $initial_amount === null ? $amount : $initial_amount,
                'remaining' => $initial_amount === null ? null : $amount,
                'info' => $order,
            ],
            $market,
        );
    }

    public function create_order($symbol, $type, $side, $amount, $price = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // Order/AddOrder: Amount, Price, Total (Amount x Price), IsBid, Pair. Order/AddStopOrder: Amount, Price, Stop,
        // IsBid, Pair (a limit order placed once the price reaches Stop). Order/AddOrderMarketPriceBuy: Total (the
        // shekels to spend), Pair. Order/AddOrderMarketPriceSell: Amount, Pair. Each answers { OrderResponse:
        // { pair, HasError, Error, Message }, NewOrder: { ... } }. Orders rest until filled or canceled: no
        // time-in-force, post-only or client order id.
        $this->load_markets();
        $market = $this->market($symbol);
        $time_in_force = $this->safe_string_upper($params, 'timeInForce');
        if (($time_in_force !== null) && (!($time_in_force === 'GTC') || !($type === 'limit'))) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr($this->id) . ' createOrder () does not support the unified param timeInForce ' . Js::toStr($time_in_force) . ' for ' . Js::toStr(
                        $type,
                    ) . ' orders: limit orders rest until filled or canceled (GTC)',
                ),
            );
        }
        [$unified, $rest] = Js::destructure($this->unified_order_params($type, $params), 2);
        $this->reject_unified_params(
            'createOrder',
            $unified,
            ['postOnly', 'reduceOnly', 'stopLossPrice', 'takeProfitPrice', 'clientOrderId'],
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
        $is_bid = $side === 'buy' ? 'true' : 'false';
        $request = ['Pair' => Js::get($market, 'id')];
        $response = null;
        if ($type === 'limit') {
            if ($price === null) {
                throw new ArgumentsRequired(
                    Js::boundedText(
                        Js::toStr($this->id) . ' createOrder () requires a price for a limit order',
                    ),
                );
            }
            $amount_text = $this->amount_to_precision($symbol, $amount);
            $price_text = $this->price_to_precision($symbol, $price);
            if (Js::get($unified, 'triggerPrice') !== null) {
                $request = [
                    'Amount' => $amount_text,
                    'Price' => $price_text,
                    'Stop' => $this->price_to_precision($symbol, Js::get($unified, 'triggerPrice')),
                    'IsBid' => $is_bid,
                    'Pair' => Js::get($market, 'id'),
                ];
                $response = $this->private_post_order_add_stop_order($this->extend($request, $rest));
            } else {
                $request = [
                    'Amount' => $amount_text,
                    'Price' => $price_text,
                    'Total' => Precise::string_mul($amount_text, $price_text),
                    'IsBid' => $is_bid,
                    'Pair' => Js::get($market, 'id'),
                ];
                $response = $this->private_post_order_add_order($this->extend($request, $rest));
            }
        } elseif ($type === 'market') {
            if (Js::get($unified, 'triggerPrice') !== null) {
                throw new NotSupported(
                    Js::boundedText(
                        Js::toStr(
                            $this->id,
                        ) . ' createOrder () does not support the unified param triggerPrice for market orders: Order/AddStopOrder places limit orders',
                    ),
                );
            }
            if ($side === 'buy') {
                // The shekels to spend: the unified param cost, or amount x price.
                $total = Js::get($unified, 'cost');
                if ($total === null) {
                    if (($amount === null) || ($price === null)) {
                        throw new ArgumentsRequired(
                            Js::boundedText(
                                Js::toStr(
                                    $this->id,
                                ) . ' createOrder () requires the unified param cost (the shekels to spend), or an amount and a price, for a market buy order',
                            ),
                        );
                    }
                    $total = Precise::string_mul(
                        $this->amount_to_precision($symbol, $amount),
                        $this->number_to_string($price),
                    );
                } elseif ($amount !== null) {
                    throw new InvalidOrder(
                        Js::boundedText(
                            Js::toStr(
                                $this->id,
                            ) . ' createOrder () takes an amount or the unified param cost for a market buy order, not both',
                        ),
                    );
                }
                $request = [
                    'Total' => $this->cost_to_precision($symbol, $total),
                    'Pair' => Js::get($market, 'id'),
                ];
                $response = $this->private_post_order_add_order_market_price_buy(
                    $this->extend($request, $rest),
                );
            } else {
                if (Js::get($unified, 'cost') !== null) {
                    throw new NotSupported(
                        Js::boundedText(
                            Js::toStr(
                                $this->id,
                            ) . ' createOrder () does not support the unified param cost for market sell orders: Order/AddOrderMarketPriceSell takes an amount',
                        ),
                    );
                }
                if ($price !== null) {
                    throw new InvalidOrder(
                        Js::boundedText(
                            Js::toStr(
                                $this->id,
                            ) . ' createOrder () takes no price for a market sell order: a price makes it a limit order',
                        ),
                    );
                }
                $request = [
                    'Amount' => $this->amount_to_precision($symbol, $amount),
                    'Pair' => Js::get($market, 'id'),
                ];
                $response = $this->private_post_order_add_order_market_price_sell(
                    $this->extend($request, $rest),
                );
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
        $new_order = $this->safe_dict($this->dict_of($response, 'createOrder'), 'NewOrder');
        if (($new_order === null) || ($this->safe_string($new_order, 'id') === null)) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' createOrder () got no NewOrder with an id: ') . Js::toStr(
                        $this->shown($response),
                    ),
                ),
            );
        }
        $order = $this->parse_order($new_order, $market);
        Js::set($order, 'type', $type);
        Js::set($order, 'side', $side);
        Js::set($order, 'info', $response);
        return $order;
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
        // Order/CancelOrder: id; answers an OrderResponse { HasError, Error } (an error is thrown by handleErrors).
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $response = $this->private_post_order_cancel_order($this->extend(['id' => $id], $params));
        return $this->safe_order(
            [
                'id' => $id,
                'symbol' => $market === null ? null : Js::get($market, 'symbol'),
                'status' => 'canceled',
                'info' => $this->dict_of($response, 'cancelOrder'),
            ],
            $market,
        );
    }

    public function fetch_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // Order/GetById: id; answers the order, { Error: 'No order found.' } for an unknown id.
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $response = $this->dict_of(
            $this->private_get_order_get_by_id($this->extend(['id' => $id], $params)),
            'fetchOrder',
        );
        if ($this->safe_string($response, 'id') === null) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' fetchOrder () got an order without id: ') . Js::toStr(
                        $this->shown($response),
                    ),
                ),
            );
        }
        return $this->parse_order($response, $market);
    }

    public function fetch_open_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // Order/MyOrders: pair; answers { <pair>: { bid: [ orders ], ask: [ orders ] } }, the open orders of the pair.
        if ($symbol === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' fetchOpenOrders () requires a symbol: Order/MyOrders lists the orders of one pair',
                ),
            );
        }
        $this->load_markets();
        $market = $this->market($symbol);
        $response = $this->dict_of(
            $this->private_get_order_my_orders($this->extend(['pair' => Js::get($market, 'id')], $params)),
            'fetchOpenOrders',
        );
        $books = $this->safe_value($response, Js::get($market, 'id'));
        if ($books === null) {
            return [];
        }
        $sides = $this->dict_of($books, 'fetchOpenOrders');
        $result = [];
        $keys = ['bid', 'ask'];
        for ($i = 0; $i < count($keys); $i++) {
            $entries = $this->safe_value($sides, $keys[$i], []);
            if (!(Js::isArray($entries))) {
                throw new BadResponse(
                    Js::boundedText(
                        Js::boundedText(Js::boundedText(Js::toStr($this->id) . ' fetchOpenOrders () got ') . Js::toStr($keys[$i]) . ' orders that are no list: ') . Js::toStr(
                            $this->shown($response),
                        ),
                    ),
                );
            }
            for ($j = 0; Js::less($j, Js::length($entries)); $j++) {
                $order = $this->parse_order(
                    $this->dict_of(Js::get($entries, $j), 'fetchOpenOrders'),
                    $market,
                );
                Js::set($order, 'side', $keys[$i] === 'bid' ? 'buy' : 'sell');
                Js::set($order, 'status', 'open');
                $result[] = $order;
            }
        }
        return $this->filter_by_symbol_since_limit(
            $this->sort_by($result, 'timestamp'),
            $symbol,
            $since,
            $limit,
        );
    }

    public function fetch_my_trades($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // Order/OrderHistory: pair (every pair without it), take (how many); answers [ entries ] whose action is 0
        // (a buy) or 1 (a sell). The docs give fromTime and toTime no format that the API is known to read, so the
        // unified param until is refused and since filters what comes.
        if ($this->safe_value($params, 'until') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr($this->id) . ' fetchMyTrades () does not support the unified param until',
                ),
            );
        }
        $this->load_markets();
        $market = null;
        $request = [];
        if ($symbol !== null) {
            $market = $this->market($symbol);
            $request['pair'] = Js::get($market, 'id');
        }
        if ($limit !== null) {
            $request['take'] = $limit;
        }
        $response = $this->private_get_order_order_history($this->extend($request, $params));
        $entries = $this->list_of($response, 'fetchMyTrades');
        $trades = [];
        for ($i = 0; Js::less($i, Js::length($entries)); $i++) {
            $entry = $this->dict_of(Js::get($entries, $i), 'fetchMyTrades');
            $action = $this->safe_string($entry, 'action');
            if (($action === '0') || ($action === '1')) {
                $trades[] = $entry;
            }
        }
        return $this->parse_trades($trades, $market, $since, $limit);
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
        // Private: the form <params>&nonce=<n> goes into the query of a GET or the body of a POST, with the headers
        // Key (the API key) and Sign (the base64 HMAC-SHA512 of the form, keyed with the secret).
        $url = Js::boundedText(
            Js::boundedText(Js::toStr($this->safe_string(Js::get($this->urls, 'api'), $api)) . '/') . Js::toStr(
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
        if (Js::has($query, 'nonce')) {
            throw new BadRequest(
                Js::boundedText(
                    Js::toStr($this->id) . ' ' . Js::toStr(
                        $path,
                    ) . ' takes no parameter nonce: the request is signed with its own',
                ),
            );
        }
        $form = $this->urlencode($this->extend($query, ['nonce' => $this->nonce()]));
        $headers = [
            'Key' => $this->apiKey,
            'Sign' => $this->hmac($this->encode($form), $this->encode($this->secret), 'sha512', 'base64'),
        ];
        if ($method === 'GET') {
            $url .= Js::within($url, '?' . Js::toStr($form));
        } else {
            Js::set($headers, 'Content-Type', 'application/x-www-form-urlencoded');
            $body = $form;
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
        // { error: '<text>' }, { Error: '<text>' }, or an OrderResponse { HasError: true, Error: '<text>' } at the
        // top or under OrderResponse.
        if (($response === null) || Js::isArray($response) || !(Js::typeof($response) === 'object')) {
            return null;
        }
        $feedback = Js::boundedText(
            Js::boundedText(Js::toStr($this->id) . ' ') . Js::toStr($this->excerpt($response_body)),
        );
        $lower = $this->safe_string($response, 'error');
        if ($lower !== null) {
            $this->throw_broadly_matched_exception(
                Js::get($this->exceptions, 'broad'),
                Js::lowerCase(Js::textReceiver($lower, 'toLowerCase')),
                $feedback,
            );
            throw new ExchangeError($feedback);
        }
        $nested = $this->safe_dict($response, 'OrderResponse');
        $order_response = $nested === null ? $response : $nested;
        $has_error = $this->safe_bool($order_response, 'HasError');
        $message = $this->safe_string($order_response, 'Error');
        if ($has_error === true) {
            if ($message !== null) {
                $this->throw_exactly_matched_exception(
                    Js::get($this->exceptions, 'exact'),
                    $message,
                    $feedback,
                );
                $this->throw_broadly_matched_exception(
                    Js::get($this->exceptions, 'broad'),
                    Js::lowerCase(Js::textReceiver($message, 'toLowerCase')),
                    $feedback,
                );
            }
            throw new InvalidOrder($feedback);
        }
        if (($has_error === null) && ($message !== null)) {
            $this->throw_exactly_matched_exception(Js::get($this->exceptions, 'exact'), $message, $feedback);
            $this->throw_broadly_matched_exception(
                Js::get($this->exceptions, 'broad'),
                Js::lowerCase(Js::textReceiver($message, 'toLowerCase')),
                $feedback,
            );
            throw new ExchangeError($feedback);
        }
        return null;
    }
}
