<?php

// Generated from js/coinspot.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class coinspot extends Exchange {
    public function describe() {
        return $this->deep_extend(
            parent::describe(),
            [
                'id' => 'coinspot',
                'name' => 'CoinSpot',
                'countries' => ['AU'],
                'version' => 'v2',
                'rateLimit' => 60,
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
                    'fetchOrder' => false,
                    'fetchOrders' => false,
                    'fetchOpenOrders' => true,
                    'fetchClosedOrders' => false,
                    'fetchMyTrades' => true,
                    'fetchDeposits' => false,
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
                        'public' => 'https://www.coinspot.com.au/pubapi/v2',
                        'private' => 'https://www.coinspot.com.au/api/v2',
                        'readonly' => 'https://www.coinspot.com.au/api/v2/ro',
                    ],
                    'www' => 'https://www.coinspot.com.au',
                    'doc' => 'https://www.coinspot.com.au/v2/api',
                    'fees' => 'https://www.coinspot.com.au/fees',
                ],
                'api' => [
                    'public' => [
                        'get' => [
                            'latest',
                            'latest/{cointype}',
                            'latest/{cointype}/{markettype}',
                            'orders/open/{cointype}',
                            'orders/open/{cointype}/{markettype}',
                            'orders/completed/{cointype}',
                            'orders/completed/{cointype}/{markettype}',
                        ],
                    ],
                    'private' => [
                        'post' => [
                            'status',
                            'my/coin/deposit',
                            'my/buy',
                            'my/sell',
                            'my/buy/cancel',
                            'my/sell/cancel',
                            'my/coin/withdraw/send',
                        ],
                    ],
                    'readonly' => ['post' => ['my/balances', 'my/orders/open', 'my/orders/completed']],
                ],
                'requiredCredentials' => ['apiKey' => true, 'secret' => true],
                'fees' => [
                    'trading' => [
                        'tierBased' => false,
                        'percentage' => true,
                        'maker' => 0.001,
                        'taker' => 0.001,
                    ],
                ],
                'precisionMode' => TICK_SIZE,
                'options' => ['defaultMarket' => 'AUD', 'maxHistoryLimit' => 500],
                'exceptions' => [
                    'exact' => ['Coin not found' => BadSymbol::class],
                    'broad' => [
                        'Invalid API key' => AuthenticationError::class,
                        'Invalid key' => AuthenticationError::class,
                        'signature' => AuthenticationError::class,
                        'Invalid sign' => AuthenticationError::class,
                        'nonce' => InvalidNonce::class,
                        'Nonce' => InvalidNonce::class,
                        'permission' => PermissionDenied::class,
                        'Insufficient' => InsufficientFunds::class,
                        'insufficient' => InsufficientFunds::class,
                        'Order not found' => OrderNotFound::class,
                        'order not found' => OrderNotFound::class,
                    ],
                ],
            ],
        );
    }

    // --- markets -------------------------------------------------------------------------------------
    public function market_id_of($base_id, $quote_id) {
        return Js::boundedText(Js::toStr($base_id) . '/' . Js::toStr($quote_id));
    }

    public function market_of_key($key) {
        // A key of latest's prices: 'btc' (the coin in the default market, AUD) or 'btc_usdt'.
        $parts = Js::split($key, '_');
        if (
            (count($parts) < 1) || (count($parts) > 2) || Js::strictEqual(Js::length(Js::get($parts, 0)), 0)
        ) {
            throw new BadResponse(
                Js::boundedText(
                    Js::toStr($this->id) . ' sent a price entry that names no market: ' . Js::toStr($key),
                ),
            );
        }
        $base_id = Js::upperCase(Js::textReceiver(Js::get($parts, 0), 'toUpperCase'));
        $quote_id = count($parts) == 2 ? Js::upperCase(Js::textReceiver(Js::get($parts, 1), 'toUpperCase')) : $this->safe_string(
            $this->options,
            'defaultMarket',
            'AUD',
        );
        return [$base_id, $quote_id];
    }

    public function prices_of($response) {
        $prices = $this->safe_dict($response, 'prices');
        if ($prices === null) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent latest prices without prices: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        return $prices;
    }

    public function fetch_markets($params = null) {
        if ($params === null) {
            $params = [];
        }
        // GET latest: { status, message, prices: { btc: { bid, ask, last }, btc_usdt: { ... }, ... } }, one entry per
        // market: no other endpoint lists the markets. The docs give an order's amount 8 decimal places and its
        // rate 6.
        $response = $this->public_get_latest($params);
        $prices = $this->prices_of($response);
        $keys = Js::keys($prices);
        $result = [];
        for ($i = 0; $i < count($keys); $i++) {
            [$base_id, $quote_id] = Js::destructure($this->market_of_key($keys[$i]), 2);
            $base = $this->safe_currency_code($base_id);
            $quote = $this->safe_currency_code($quote_id);
            $result[] = $this->safe_market_structure(
                [
                    'id' => $this->market_id_of($base_id, $quote_id),
                    'symbol' => Js::boundedText(Js::toStr($base) . '/' . Js::toStr($quote)),
                    'base' => $base,
                    'quote' => $quote,
                    'baseId' => $base_id,
                    'quoteId' => $quote_id,
                    'type' => 'spot',
                    'spot' => true,
                    'active' => true,
                    'precision' => [
                        'amount' => $this->parse_number('0.00000001'),
                        'price' => $this->parse_number('0.000001'),
                    ],
                    'limits' => [],
                    'info' => $this->safe_dict($prices, $keys[$i]),
                ],
            );
        }
        return $result;
    }

    public function is_default_market($market) {
        return Js::strictEqual(
            Js::get($market, 'quoteId'),
            $this->safe_string($this->options, 'defaultMarket', 'AUD'),
        );
    }

    public function coin_request($market) {
        // cointype, and markettype where the market is not the default (AUD) one: the endpoints without
        // markettype answer for the coin in AUD.
        $request = ['cointype' => Js::get($market, 'baseId')];
        if (!(Js::truthy($this->is_default_market($market)))) {
            $request['markettype'] = Js::get($market, 'quoteId');
        }
        return $request;
    }

    // --- market data ---------------------------------------------------------------------------------
    public function parse_ticker($ticker, $market = null) {
        // { bid, ask, last }: the best bid, the best ask and the last traded rate, nothing else.
        return $this->ticker_structure(
            symbol: $this->safe_symbol(null, $market),
            bid: $this->safe_string($ticker, 'bid'),
            ask: $this->safe_string($ticker, 'ask'),
            last: $this->safe_string($ticker, 'last'),
            info: $ticker,
            market: $market,
        );
    }

    public function fetch_ticker($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // GET latest/{cointype} (AUD) or latest/{cointype}/{markettype}: { status, message, prices: { bid, ask, last } }.
        $this->load_markets();
        $market = $this->market($symbol);
        $request = $this->coin_request($market);
        $response = null;
        if (Js::truthy($this->is_default_market($market))) {
            $response = $this->public_get_latest_cointype($this->extend($request, $params));
        } else {
            $response = $this->public_get_latest_cointype_markettype($this->extend($request, $params));
        }
        return $this->parse_ticker($this->prices_of($response), $market);
    }

    public function fetch_tickers($symbols = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // GET latest: the prices of every market, keyed 'btc' (AUD) or 'btc_usdt'.
        $this->load_markets();
        $response = $this->public_get_latest($params);
        $prices = $this->prices_of($response);
        $keys = Js::keys($prices);
        $tickers = [];
        for ($i = 0; $i < count($keys); $i++) {
            [$base_id, $quote_id] = Js::destructure($this->market_of_key($keys[$i]), 2);
            $market = $this->safe_market($this->market_id_of($base_id, $quote_id), null, '/');
            $tickers[] = $this->parse_ticker($this->safe_dict($prices, $keys[$i]), $market);
        }
        return $this->filter_by_array_tickers($tickers, $symbols);
    }

    public function filter_by_array_tickers($tickers, $symbols) {
        $result = [];
        for ($i = 0; Js::less($i, Js::length($tickers)); $i++) {
            $ticker = Js::get($tickers, $i);
            $symbol = Js::get($ticker, 'symbol');
            if (($symbols === null) || Js::truthy($this->in_array($symbol, $symbols))) {
                Js::setKey($result, $symbol, $ticker);
            }
        }
        return $result;
    }

    public function fetch_order_book($symbol, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // GET orders/open/{cointype}[/{markettype}]: { status, message, buyorders: [ { amount, rate, total, coin,
        // market } ], sellorders: [ ... ] }; the API takes no depth.
        $this->load_markets();
        $market = $this->market($symbol);
        $request = $this->coin_request($market);
        $response = null;
        if (Js::truthy($this->is_default_market($market))) {
            $response = $this->public_get_orders_open_cointype($this->extend($request, $params));
        } else {
            $response = $this->public_get_orders_open_cointype_markettype($this->extend($request, $params));
        }
        $this->required_list($response, 'buyorders');
        $this->required_list($response, 'sellorders');
        $book = $this->parse_order_book(
            $response,
            Js::get($market, 'symbol'),
            null,
            'buyorders',
            'sellorders',
            'rate',
            'amount',
        );
        if ($limit !== null) {
            Js::set($book, 'bids', Js::slice(Js::get($book, 'bids'), 0, $limit));
            Js::set($book, 'asks', Js::slice(Js::get($book, 'asks'), 0, $limit));
        }
        return $book;
    }

    public function parse_trade($trade, $market = null) {
        // Public (orders/completed): { amount, rate, total, coin, market, solddate }. The account's
        // (ro my/orders/completed): also audfeeExGst, audGst and audtotal, the fee and its GST in AUD. The side is
        // the list the entry came in (buyorders or sellorders), set by the caller as 'side'.
        $market_id = $this->safe_string($trade, 'market');
        $market = $this->safe_market($market_id, $market, '/');
        $fee_ex_gst = $this->safe_string($trade, 'audfeeExGst');
        $gst = $this->safe_string($trade, 'audGst');
        $fee = null;
        if (($fee_ex_gst !== null) || ($gst !== null)) {
            $fee = [
                'cost' => Precise::string_add(
                    $this->safe_string($trade, 'audfeeExGst', '0'),
                    $this->safe_string($trade, 'audGst', '0'),
                ),
                'currency' => 'AUD',
            ];
        }
        return $this->trade_structure(
            symbol: Js::get($market, 'symbol'),
            timestamp: $this->parse8601($this->safe_string($trade, 'solddate')),
            side: $this->safe_string($trade, 'side'),
            price: $this->safe_string($trade, 'rate'),
            amount: $this->safe_string($trade, 'amount'),
            cost: $this->safe_string($trade, 'total'),
            fee: $fee,
            info: $this->omit($trade, 'side'),
            market: $market,
        );
    }

    public function sided_entries($response) {
        // buyorders and sellorders as one list, each entry with its side.
        $buys = $this->required_list($response, 'buyorders');
        $sells = $this->required_list($response, 'sellorders');
        $result = [];
        for ($i = 0; Js::less($i, Js::length($buys)); $i++) {
            $result[] = $this->extend(Js::get($buys, $i), ['side' => 'buy']);
        }
        for ($i = 0; Js::less($i, Js::length($sells)); $i++) {
            $result[] = $this->extend(Js::get($sells, $i), ['side' => 'sell']);
        }
        return $result;
    }

    public function fetch_trades($symbol, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // GET orders/completed/{cointype}[/{markettype}]: the latest completed orders of the market, as
        // buyorders and sellorders; the API takes no time range or count.
        $this->load_markets();
        $market = $this->market($symbol);
        $request = $this->coin_request($market);
        $response = null;
        if (Js::truthy($this->is_default_market($market))) {
            $response = $this->public_get_orders_completed_cointype($this->extend($request, $params));
        } else {
            $response = $this->public_get_orders_completed_cointype_markettype(
                $this->extend($request, $params),
            );
        }
        return $this->parse_trades($this->sided_entries($response), $market, $since, $limit);
    }

    // --- account -------------------------------------------------------------------------------------
    public function fetch_balance($params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST ro/my/balances: { status, message, balances: [ { "BTC": { balance, audbalance, rate } }, ... ] }:
        // balance is what the account holds of the coin (audbalance its value in AUD); the API does not say how
        // much of it open orders hold.
        $this->load_markets();
        $response = $this->readonly_post_my_balances($params);
        $balances = $this->required_list($response, 'balances');
        $result = ['info' => $response];
        for ($i = 0; Js::less($i, Js::length($balances)); $i++) {
            $entry = Js::get($balances, $i);
            if (($entry === null) || Js::isArray($entry) || !(Js::typeof($entry) === 'object')) {
                throw new BadResponse(
                    Js::boundedText(
                        Js::boundedText(Js::toStr($this->id) . ' sent a balance entry that is no dictionary: ') . Js::toStr(
                            $this->excerpt($this->json($response)),
                        ),
                    ),
                );
            }
            $currency_ids = Js::keys($entry);
            for ($j = 0; $j < count($currency_ids); $j++) {
                $currency_id = $currency_ids[$j];
                $account = $this->account();
                Js::set(
                    $account,
                    'total',
                    $this->safe_string($this->safe_dict($entry, $currency_id, []), 'balance'),
                );
                Js::setKey($result, $this->safe_currency_code($currency_id), $account);
            }
        }
        return $this->safe_balance($result);
    }

    // --- orders --------------------------------------------------------------------------------------
    public function parse_order($order, $market = null) {
        // Placed (my/buy, my/sell): { status, message, coin, market, amount, rate, id }. Open
        // (ro my/orders/open): { id, coin, market, amount, created, rate, total }, the side set by the caller.
        $market_id = $this->safe_string($order, 'market');
        $market = $this->safe_market($market_id, $market, '/');
        return $this->safe_order(
            [
                'id' => $this->safe_string($order, 'id'),
                'symbol' => Js::get($market, 'symbol'),
                'timestamp' => $this->parse8601($this->safe_string($order, 'created')),
                'type' => 'limit',
                'side' => $this->safe_string($order, 'side'),
                'status' => $this->safe_string($order, 'orderStatus'),
                'price' => $this->safe_string($order, 'rate'),
                'amount' => $this->safe_string($order, 'amount'),
                'info' => $this->omit($order, ['side', 'orderStatus']),
            ],
            $market,
        );
    }

    public function create_order($symbol, $type, $side, $amount, $price = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST my/buy or my/sell: cointype, amount (8 decimal places), rate (the price), markettype: a limit order
        // on the market's order book. The docs name no time in force, post-only, stop or client order id
        // parameters. Buy Now and Sell Now (my/buy/now, my/sell/now) trade at CoinSpot's own rate and answer no
        // order id, so they cannot be a unified order: market orders are not supported.
        $time_in_force = $this->safe_string_upper($params, 'timeInForce');
        if (($time_in_force !== null) && !($time_in_force === 'GTC')) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr($this->id) . ' createOrder () does not support the unified param timeInForce ' . Js::toStr(
                        $time_in_force,
                    ) . ': orders rest on the book until filled or canceled (GTC)',
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
                    Js::toStr($this->id) . ' createOrder () places limit orders only, not ' . Js::toStr(
                        $type,
                    ) . ' orders: Buy Now and Sell Now answer no order id',
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
            'cointype' => Js::get($market, 'baseId'),
            'amount' => $this->amount_to_precision($symbol, $amount),
            'rate' => $this->price_to_precision($symbol, $price),
            'markettype' => Js::get($market, 'quoteId'),
        ];
        $response = null;
        if ($side === 'buy') {
            $response = $this->private_post_my_buy(
                $this->extend($request, $this->omit($rest, 'timeInForce')),
            );
        } else {
            $response = $this->private_post_my_sell(
                $this->extend($request, $this->omit($rest, 'timeInForce')),
            );
        }
        return $this->parse_order($this->extend($response, ['side' => $side]), $market);
    }

    public function cancel_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST my/buy/cancel or my/sell/cancel: id; answers { status, message }. The API cancels buy and sell
        // orders at different endpoints, so the side is a required param.
        $side = $this->safe_string_lower($params, 'side');
        if (!($side === 'buy') && !($side === 'sell')) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' cancelOrder () requires params[\'side\'], buy or sell: the API cancels buy and sell orders at different endpoints',
                ),
            );
        }
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $request = $this->extend(['id' => $id], $this->omit($params, 'side'));
        $response = null;
        if ($side === 'buy') {
            $response = $this->private_post_my_buy_cancel($request);
        } else {
            $response = $this->private_post_my_sell_cancel($request);
        }
        return $this->safe_order(
            [
                'id' => $id,
                'symbol' => $market === null ? null : Js::get($market, 'symbol'),
                'side' => $side,
                'status' => 'canceled',
                'info' => $response,
            ],
            $market,
        );
    }

    public function fetch_open_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST ro/my/orders/open: { status, message, buyorders: [ { id, coin, market, amount, created, rate, total } ],
        // sellorders: [ ... ] }, the open orders of every market.
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $response = $this->readonly_post_my_orders_open($params);
        $entries = $this->sided_entries($response);
        $orders = [];
        for ($i = 0; Js::less($i, Js::length($entries)); $i++) {
            $orders[] = $this->extend(Js::get($entries, $i), ['orderStatus' => 'open']);
        }
        return $this->parse_orders($orders, $market, $since, $limit);
    }

    public function fetch_my_trades($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST ro/my/orders/completed: cointype, markettype, startdate (a UTC date), limit (at most 500); answers
        // the account's completed orders as buyorders and sellorders, each with what it traded, its AUD fee
        // (audfeeExGst) and the GST on it (audGst). since is sent as its UTC day and applied exactly here; the
        // docs give enddate no time of day, so until is not supported.
        if ($this->safe_value($params, 'until') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' fetchMyTrades () does not support the unified param until: the API ends its range at a whole UTC day',
                ),
            );
        }
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $request = [];
        if ($market !== null) {
            $request['cointype'] = Js::get($market, 'baseId');
            $request['markettype'] = Js::get($market, 'quoteId');
        }
        if ($since !== null) {
            $request['startdate'] = $this->ymd($since);
        }
        if ($limit !== null) {
            $request['limit'] = Js::min($limit, $this->safe_integer($this->options, 'maxHistoryLimit', 500));
        }
        $response = $this->readonly_post_my_orders_completed($this->extend($request, $params));
        return $this->parse_trades($this->sided_entries($response), $market, $since, $limit);
    }

    // --- funding -------------------------------------------------------------------------------------
    public function fetch_deposit_address($code, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST my/coin/deposit: cointype; answers { status, message, networks: [ { name, network, address, memo } ] },
        // an address on each network the coin is deposited on. The request takes no network: the unified param
        // is not supported, the first (the coin's main) network's address is returned, and info lists them all.
        if ($this->safe_value($params, 'network') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' fetchDepositAddress () does not support the unified param network: the API answers every network\'s address, see info',
                ),
            );
        }
        $this->load_markets();
        $currency = $this->currency($code);
        $response = $this->private_post_my_coin_deposit(
            $this->extend(['cointype' => Js::get($currency, 'id')], $params),
        );
        $networks = $this->required_list($response, 'networks');
        $first = $this->safe_dict($networks, 0);
        $address = $this->safe_string($first, 'address');
        if ($address === null) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent a deposit answer without an address: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        return [
            'currency' => Js::get($currency, 'code'),
            'address' => $address,
            'tag' => $this->safe_string($first, 'memo'),
            'network' => $this->network_code($this->safe_string($first, 'network'), $currency),
            'info' => $response,
        ];
    }

    public function withdraw($code, $amount, $address, $tag = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST my/coin/withdraw/send: cointype, amount, address, paymentid (the memo or tag, where the coin takes
        // one); answers { status, message } only. The API takes CoinSpot's own network names, which the docs do
        // not list: the unified param network is not supported (the coin's default network is used).
        if ($this->safe_value($params, 'network') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' withdraw () does not support the unified param network: the docs do not list CoinSpot\'s network names',
                ),
            );
        }
        $this->load_markets();
        $currency = $this->currency($code);
        $request = [
            'cointype' => Js::get($currency, 'id'),
            'amount' => $this->number_to_string($amount),
            'address' => $address,
        ];
        if ($tag !== null) {
            $request['paymentid'] = $tag;
        }
        $response = $this->private_post_my_coin_withdraw_send($this->extend($request, $params));
        return $this->safe_transaction(
            [
                'type' => 'withdrawal',
                'currency' => Js::get($currency, 'code'),
                'amount' => $this->number_to_string($amount),
                'address' => $address,
                'tag' => $tag,
                'info' => $response,
            ],
            $currency,
        );
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
        if ($api === 'public') {
            if (count(Js::keys($query)) > 0) {
                $url .= Js::within($url, Js::within($url, '?') . Js::toStr($this->urlencode($query)));
            }
            return ['url' => $url, 'method' => $method, 'body' => $body, 'headers' => $headers];
        }
        // The body is the parameters and the nonce as JSON; sign is the HMAC-SHA512, hex, of that body.
        $this->check_required_credentials();
        $body = $this->json($this->extend($query, ['nonce' => $this->nonce()]));
        $headers = [
            'Content-Type' => 'application/json',
            'key' => $this->apiKey,
            'sign' => $this->hmac($this->encode($body), $this->encode($this->secret), 'sha512'),
        ];
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
        // { "status": "error", "message": "..." }, with a non-200 status (the docs), or with 200.
        if (($response === null) || Js::isArray($response) || !(Js::typeof($response) === 'object')) {
            return null;
        }
        $answer = $this->safe_string($response, 'status');
        if (Js::less($status, 400) && !($answer === 'error')) {
            return null;
        }
        $message = $this->safe_string($response, 'message');
        $feedback = Js::boundedText(
            Js::boundedText(Js::toStr($this->id) . ' ') . Js::toStr($this->excerpt($response_body)),
        );
        if ($message !== null) {
            $this->throw_exactly_matched_exception(Js::get($this->exceptions, 'exact'), $message, $feedback);
            $this->throw_broadly_matched_exception(Js::get($this->exceptions, 'broad'), $message, $feedback);
        }
        if (Js::strictEqual($status, 429)) {
            return null;
        }
        if (Js::strictEqual($status, 400) || Js::strictEqual($status, 404)) {
            throw new BadRequest($feedback);
        }
        if (Js::strictEqual($status, 401) || Js::strictEqual($status, 403)) {
            throw new AuthenticationError($feedback);
        }
        throw new ExchangeError($feedback);
    }
}
