<?php

// Generated from js/bitflyer.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class bitflyer extends Exchange {
    public function describe() {
        return $this->deep_extend(
            parent::describe(),
            [
                'id' => 'bitflyer',
                'name' => 'bitFlyer',
                'countries' => ['JP'],
                'version' => 'v1',
                'rateLimit' => 600,
                'has' => [
                    'fetchMarkets' => true,
                    'fetchCurrencies' => false,
                    'fetchTicker' => true,
                    'fetchTickers' => false,
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
                    'fetchMyTrades' => true,
                    'fetchDeposits' => true,
                    'fetchWithdrawals' => true,
                    'fetchTransactions' => true,
                    'fetchLedger' => true,
                    'fetchDepositAddress' => true,
                    'withdraw' => false,
                    'fetchTime' => false,
                    'fetchStatus' => true,
                    'fetchTradingFees' => true,
                    'cancelAllOrders' => true,
                    'fetchOrderTrades' => true,
                    'fetchTradingFee' => true,
                    'fetchDepositAddresses' => true,
                    'createDepositAddress' => false,
                    'fetchDepositWithdrawFees' => false,
                    'transfer' => false,
                    'createMarketBuyOrderWithCost' => false,
                ],
                'urls' => [
                    'api' => 'https://api.bitflyer.com',
                    'www' => 'https://bitflyer.com',
                    'doc' => 'https://lightning.bitflyer.com/docs?lang=en',
                    'fees' => 'https://bitflyer.com/en-jp/commission',
                ],
                'api' => [
                    'public' => [
                        'get' => [
                            'getmarkets' => 1,
                            'getmarkets/usa' => 1,
                            'getmarkets/eu' => 1,
                            'markets' => 1,
                            'markets/usa' => 1,
                            'markets/eu' => 1,
                            'getboard' => 1,
                            'board' => 1,
                            'getticker' => 1,
                            'ticker' => 1,
                            'getexecutions' => 1,
                            'executions' => 1,
                            'getboardstate' => 1,
                            'gethealth' => 1,
                            'getchats' => 1,
                            'getchats/usa' => 1,
                            'getchats/eu' => 1,
                            'getfundingrate' => 1,
                            'getcorporateleverage' => 1,
                        ],
                    ],
                    'private' => [
                        'get' => [
                            'me/getpermissions' => 1,
                            'me/getbalance' => 1,
                            'me/getcollateral' => 1,
                            'me/getcollateralaccounts' => 1,
                            'me/getaddresses' => 1,
                            'me/getcoinins' => 1,
                            'me/getcoinouts' => 1,
                            'me/getbankaccounts' => 1,
                            'me/getdeposits' => 1,
                            'me/getwithdrawals' => 1,
                            'me/getchildorders' => 1,
                            'me/getparentorders' => 1,
                            'me/getparentorder' => 1,
                            'me/getexecutions' => 1,
                            'me/getbalancehistory' => 1,
                            'me/getpositions' => 1,
                            'me/getcollateralhistory' => 1,
                            'me/gettradingcommission' => 1,
                        ],
                        'post' => [
                            'me/sendchildorder' => 1.67,
                            'me/cancelchildorder' => 1,
                            'me/sendparentorder' => 1.67,
                            'me/cancelparentorder' => 1,
                            'me/cancelallchildorders' => 1.67,
                            'me/withdraw' => 1,
                        ],
                    ],
                ],
                'requiredCredentials' => ['apiKey' => true, 'secret' => true],
                'fees' => [
                    'trading' => [
                        'tierBased' => true,
                        'percentage' => true,
                        'maker' => 0.0015,
                        'taker' => 0.0015,
                    ],
                ],
                'options' => [
                    'fiatCurrencies' => ['JPY', 'USD', 'EUR'],
                    'transactionStatuses' => ['PENDING' => 'pending', 'COMPLETED' => 'ok'],
                    'orderStatuses' => [
                        'ACTIVE' => 'open',
                        'COMPLETED' => 'closed',
                        'CANCELED' => 'canceled',
                        'EXPIRED' => 'expired',
                        'REJECTED' => 'rejected',
                    ],
                    'healthStatuses' => [
                        'NORMAL' => 'ok',
                        'BUSY' => 'ok',
                        'VERY BUSY' => 'ok',
                        'SUPER BUSY' => 'ok',
                        'NO ORDER' => 'maintenance',
                        'STOP' => 'maintenance',
                    ],
                ],
                'exceptions' => [
                    'exact' => ['-200' => InsufficientFunds::class, '-500' => AuthenticationError::class],
                    'broad' => [
                        'Insufficient funds' => InsufficientFunds::class,
                        'Invalid signature' => AuthenticationError::class,
                    ],
                ],
            ],
        );
    }

    // --- markets -------------------------------------------------------------------------------------
    public function is_spot_market($entry) {
        // market_type is 'Spot', 'FX' (Crypto CFD) or 'Futures'; an entry without it is spot when its code is
        // BASE_QUOTE (FX_BTC_JPY and dated futures like BTCJPY28MAR2025 are not).
        $market_type = $this->safe_string($entry, 'market_type');
        if ($market_type !== null) {
            return $market_type === 'Spot';
        }
        $code = $this->safe_string($entry, 'product_code', '');
        return (count(Js::split($code, '_')) == 2) && !(str_starts_with($code, 'FX'));
    }

    public function fetch_markets($params = null) {
        if ($params === null) {
            $params = [];
        }
        // getmarkets: [ { product_code: 'BTC_JPY', market_type: 'Spot' }, { product_code: 'FX_BTC_JPY',
        // market_type: 'FX' }, { product_code: 'BTCJPY28MAR2025', alias: 'BTCJPY_MAT3M', market_type: 'Futures' } ].
        // It states no tick sizes or limits, so precision and limits stay unknown.
        $response = $this->public_get_getmarkets($params);
        $result = [];
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            $entry = Js::get($response, $i);
            if (!(Js::truthy($this->is_spot_market($entry)))) {
                continue;
            }
            $id = $this->safe_string($entry, 'product_code');
            $parts = Js::split($id, '_');
            $base_id = Js::get($parts, 0);
            $quote_id = Js::get($parts, 1);
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
                    'active' => true,
                    'type' => 'spot',
                    'spot' => true,
                    'taker' => Js::get(Js::get($this->fees, 'trading'), 'taker'),
                    'maker' => Js::get(Js::get($this->fees, 'trading'), 'maker'),
                    'precision' => [],
                    'limits' => [
                        'amount' => ['min' => null, 'max' => null],
                        'price' => ['min' => null, 'max' => null],
                        'cost' => ['min' => null, 'max' => null],
                    ],
                    'info' => $entry,
                ],
            );
        }
        return $result;
    }

    // --- market data ---------------------------------------------------------------------------------
    public function parse_ticker($ticker, $market = null) {
        // getticker: { product_code, state, timestamp (UTC, no zone), tick_id, best_bid, best_ask, best_bid_size,
        // best_ask_size, total_bid_depth, total_ask_depth, ltp (last traded price), volume,
        // volume_by_product (the product's 24-hour volume in the base currency) }.
        $market = $this->safe_market($this->safe_string($ticker, 'product_code'), $market);
        return $this->ticker_structure(
            symbol: Js::get($market, 'symbol'),
            timestamp: $this->parse8601($this->safe_string($ticker, 'timestamp')),
            bid: $this->safe_string($ticker, 'best_bid'),
            bid_volume: $this->safe_string($ticker, 'best_bid_size'),
            ask: $this->safe_string($ticker, 'best_ask'),
            ask_volume: $this->safe_string($ticker, 'best_ask_size'),
            last: $this->safe_string($ticker, 'ltp'),
            base_volume: $this->safe_string($ticker, 'volume_by_product'),
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
        $response = $this->public_get_getticker(
            $this->extend(['product_code' => Js::get($market, 'id')], $params),
        );
        return $this->parse_ticker($response, $market);
    }

    public function fetch_order_book($symbol, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // getboard: { mid_price, bids: [ { price, size } ], asks: [ { price, size } ] }, the whole book, no time.
        $this->load_markets();
        $market = $this->market($symbol);
        $response = $this->public_get_getboard(
            $this->extend(['product_code' => Js::get($market, 'id')], $params),
        );
        $book = $this->parse_order_book(
            $response,
            Js::get($market, 'symbol'),
            null,
            'bids',
            'asks',
            'price',
            'size',
        );
        if ($limit !== null) {
            Js::set($book, 'bids', Js::slice(Js::get($book, 'bids'), 0, $limit));
            Js::set($book, 'asks', Js::slice(Js::get($book, 'asks'), 0, $limit));
        }
        return $book;
    }

    public function parse_side($side) {
        // BUY and SELL; an empty side marks a trade of the opening auction (itayose), which has none.
        if ($side === 'BUY') {
            return 'buy';
        }
        if ($side === 'SELL') {
            return 'sell';
        }
        return null;
    }

    public function parse_trade($trade, $market = null) {
        // getexecutions: { id, side (the taker's), price, size, exec_date, buy_child_order_acceptance_id,
        // sell_child_order_acceptance_id }. me/getexecutions: { id, child_order_id, side (the account's),
        // price, size, commission (in the base currency), exec_date, child_order_acceptance_id }.
        $fee = null;
        $commission = $this->safe_string($trade, 'commission');
        if (($commission !== null) && ($market !== null)) {
            $fee = ['cost' => $commission, 'currency' => Js::get($market, 'base')];
        }
        return $this->trade_structure(
            id: $this->safe_string($trade, 'id'),
            order: $this->safe_string($trade, 'child_order_acceptance_id'),
            symbol: $this->safe_symbol(null, $market),
            timestamp: $this->parse8601($this->safe_string($trade, 'exec_date')),
            side: $this->parse_side($this->safe_string($trade, 'side')),
            price: $this->safe_string($trade, 'price'),
            amount: $this->safe_string($trade, 'size'),
            fee: $fee,
            info: $trade,
            market: $market,
        );
    }

    public function fetch_trades($symbol, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // The latest executions, newest first (count, before and after page by id); since filters them.
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['product_code' => Js::get($market, 'id')];
        if ($limit !== null) {
            $request['count'] = $limit;
        }
        $response = $this->public_get_getexecutions($this->extend($request, $params));
        return $this->parse_trades($response, $market, $since, $limit);
    }

    public function fetch_status($params = null) {
        if ($params === null) {
            $params = [];
        }
        // gethealth: { status } of one product (BTC_JPY unless product_code says otherwise).
        $response = $this->public_get_gethealth($params);
        $health = $this->safe_string($response, 'status');
        return [
            'status' => $this->safe_string(Js::get($this->options, 'healthStatuses'), $health, 'error'),
            'updated' => null,
            'eta' => null,
            'url' => null,
            'info' => $response,
        ];
    }

    // --- account -------------------------------------------------------------------------------------
    public function fetch_balance($params = null) {
        if ($params === null) {
            $params = [];
        }
        // me/getbalance: [ { currency_code, amount (total), available (free) } ].
        $this->load_markets();
        $response = $this->private_get_me_getbalance($params);
        $result = ['info' => $response];
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            $entry = Js::get($response, $i);
            $account = $this->account();
            Js::set($account, 'total', $this->safe_string($entry, 'amount'));
            Js::set($account, 'free', $this->safe_string($entry, 'available'));
            Js::setKey(
                $result,
                $this->safe_currency_code($this->safe_string($entry, 'currency_code')),
                $account,
            );
        }
        return $this->safe_balance($result);
    }

    public function fetch_trading_fee($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // me/gettradingcommission: { commission_rate } of one product, a fraction, for makers and takers alike.
        $this->load_markets();
        $market = $this->market($symbol);
        $response = $this->private_get_me_gettradingcommission(
            $this->extend(['product_code' => Js::get($market, 'id')], $params),
        );
        $rate = $this->safe_number($response, 'commission_rate');
        return [
            'symbol' => Js::get($market, 'symbol'),
            'maker' => $rate,
            'taker' => $rate,
            'info' => $response,
        ];
    }

    public function fetch_trading_fees($params = null) {
        if ($params === null) {
            $params = [];
        }
        // The endpoint reports one product a request: one request per spot market.
        $this->load_markets();
        $result = [];
        for ($i = 0; Js::less($i, Js::length($this->symbols)); $i++) {
            $symbol = Js::get($this->symbols, $i);
            Js::setKey($result, $symbol, $this->fetch_trading_fee($symbol, $params));
        }
        return $result;
    }

    // --- orders --------------------------------------------------------------------------------------
    public function require_symbol($symbol, $method) {
        // Every order endpoint takes a product_code.
        if ($symbol === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr($this->id) . ' ' . Js::toStr(
                        $method,
                    ) . ' () requires a symbol: bitFlyer lists and cancels orders per product_code',
                ),
            );
        }
        return $this->market($symbol);
    }

    public function reject_until($params, $method) {
        // The list endpoints page by id (before, after) and take no time range.
        if ($this->safe_value($params, 'until') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr($this->id) . ' ' . Js::toStr(
                        $method,
                    ) . ' () does not support the unified param until: bitFlyer pages by id only',
                ),
            );
        }
    }

    public function parse_order($order, $market = null) {
        // me/getchildorders: { id, child_order_id, product_code, side, child_order_type: 'LIMIT' or 'MARKET',
        // price, average_price, size, child_order_state, expire_date, child_order_date,
        // child_order_acceptance_id, outstanding_size, cancel_size, executed_size, total_commission,
        // time_in_force }. The unified id is child_order_acceptance_id: the only id sendchildorder returns,
        // and the one cancelchildorder, getchildorders and getexecutions all take.
        $market = $this->safe_market($this->safe_string($order, 'product_code'), $market);
        $order_type = $this->safe_string_lower($order, 'child_order_type');
        $fee = null;
        $commission = $this->safe_string($order, 'total_commission');
        if ($commission !== null) {
            $fee = ['cost' => $commission, 'currency' => Js::get($market, 'base')];
        }
        $state = $this->safe_string($order, 'child_order_state');
        // average_price is 0 until the order executes.
        $executed = $this->safe_string($order, 'executed_size');
        $unfilled = Js::truthy($_value1 = $executed === null) ? $_value1 : Precise::string_eq($executed, '0');
        $average = $unfilled ? null : $this->safe_string($order, 'average_price');
        return $this->safe_order(
            [
                'id' => $this->safe_string($order, 'child_order_acceptance_id'),
                'symbol' => Js::get($market, 'symbol'),
                'timestamp' => $this->parse8601($this->safe_string($order, 'child_order_date')),
                'status' => $this->safe_string(Js::get($this->options, 'orderStatuses'), $state, $state),
                'type' => $order_type,
                'timeInForce' => $this->safe_string($order, 'time_in_force'),
                'side' => $this->parse_side($this->safe_string($order, 'side')),
                'price' => $order_type === 'market' ? null : $this->safe_string($order, 'price'),
                'average' => $average,
                'amount' => $this->safe_string($order, 'size'),
                'filled' => $executed,
                'remaining' => $this->safe_string($order, 'outstanding_size'),
                'fee' => $fee,
                'info' => $order,
            ],
            $market,
        );
    }

    public function order_number($text) {
        // sendchildorder and sendparentorder take price and size as JSON numbers.
        return Js::parseFloat($text);
    }

    public function create_order($symbol, $type, $side, $amount, $price = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // me/sendchildorder: { product_code, child_order_type LIMIT or MARKET, side BUY or SELL, price (limit
        // orders), size, minute_to_expire, time_in_force GTC, IOC or FOK } -> { child_order_acceptance_id }.
        // timeInForce maps to time_in_force; triggerPrice and stopLossPrice make a special order (below). The
        // API documents no post-only flag, no client order id (bitFlyer assigns the acceptance id), no
        // quote-sized orders and, on spot, no reduce-only: those params are rejected.
        $this->load_markets();
        $market = $this->market($symbol);
        [$unified, $rest] = Js::destructure($this->unified_order_params($type, $params), 2);
        if (Js::truthy(Js::get($unified, 'postOnly'))) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' createOrder () does not support the unified param postOnly (nor timeInForce PO): bitFlyer documents no post-only orders',
                ),
            );
        }
        $this->reject_unified_params(
            'createOrder',
            $unified,
            ['reduceOnly', 'clientOrderId', 'cost', 'takeProfitPrice'],
        );
        if (!($type === 'limit') && !($type === 'market')) {
            throw new InvalidOrder(
                Js::boundedText(
                    Js::toStr($this->id) . ' createOrder () type must be limit or market, not ' . Js::toStr(
                        $type,
                    ),
                ),
            );
        }
        if (($type === 'limit') && ($price === null)) {
            throw new ArgumentsRequired(
                Js::boundedText(Js::toStr($this->id) . ' createOrder () requires a price for a limit order'),
            );
        }
        if (Js::get($unified, 'trigger') !== null) {
            return $this->create_stop_order($market, $type, $side, $amount, $price, $unified, $rest);
        }
        $request = [
            'product_code' => Js::get($market, 'id'),
            'child_order_type' => Js::upperCase(Js::textReceiver($type, 'toUpperCase')),
            'side' => Js::upperCase(Js::textReceiver($side, 'toUpperCase')),
            'size' => $this->order_number($this->amount_to_precision($symbol, $amount)),
        ];
        if ($type === 'limit') {
            $request['price'] = $this->order_number($this->price_to_precision($symbol, $price));
        }
        if (Js::get($unified, 'timeInForce') !== null) {
            $request['time_in_force'] = Js::get($unified, 'timeInForce');
        }
        $response = $this->private_post_me_sendchildorder($this->extend($request, $rest));
        return $this->safe_order(
            [
                'id' => $this->safe_string($response, 'child_order_acceptance_id'),
                'symbol' => Js::get($market, 'symbol'),
                'type' => $type,
                'side' => $side,
                'timeInForce' => Js::get($unified, 'timeInForce'),
                'amount' => Js::get($request, 'size'),
                'price' => $this->safe_string($request, 'price'),
                'info' => $response,
            ],
            $market,
        );
    }

    public function create_stop_order($market, $type, $side, $amount, $price, $unified, $rest) {
        // me/sendparentorder with order_method SIMPLE and one parameter of condition_type STOP (a market order
        // once the trigger is reached) or STOP_LIMIT (a limit order at price) -> { parent_order_acceptance_id }.
        // A bitFlyer stop triggers a buy when the price rises to trigger_price and a sell when it falls to it:
        // that is a stop loss (and a plain trigger) but never a take profit, which createOrder rejects.
        $symbol = Js::get($market, 'symbol');
        $parameter = [
            'product_code' => Js::get($market, 'id'),
            'condition_type' => $type === 'limit' ? 'STOP_LIMIT' : 'STOP',
            'side' => Js::upperCase(Js::textReceiver($side, 'toUpperCase')),
            'size' => $this->order_number($this->amount_to_precision($symbol, $amount)),
            'trigger_price' => $this->order_number(
                $this->price_to_precision($symbol, Js::get($unified, 'trigger')),
            ),
        ];
        if ($type === 'limit') {
            $parameter['price'] = $this->order_number($this->price_to_precision($symbol, $price));
        }
        $request = ['order_method' => 'SIMPLE', 'parameters' => [$parameter]];
        if (Js::get($unified, 'timeInForce') !== null) {
            $request['time_in_force'] = Js::get($unified, 'timeInForce');
        }
        $response = $this->private_post_me_sendparentorder($this->extend($request, $rest));
        return $this->safe_order(
            [
                'id' => $this->safe_string($response, 'parent_order_acceptance_id'),
                'symbol' => $symbol,
                'type' => $type,
                'side' => $side,
                'timeInForce' => Js::get($unified, 'timeInForce'),
                'amount' => Js::get($parameter, 'size'),
                'price' => $this->safe_string($parameter, 'price'),
                'triggerPrice' => Js::get($parameter, 'trigger_price'),
                'stopLossPrice' => Js::get($unified, 'triggerKind') === 'stopLossPrice' ? Js::get(
                    $parameter,
                    'trigger_price',
                ) : null,
                'info' => $response,
            ],
            $market,
        );
    }

    public function cancel_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // me/cancelchildorder { product_code, child_order_acceptance_id } answers HTTP 200 with an empty body.
        // params trigger: true cancels a special order (createOrder with triggerPrice or stopLossPrice) through
        // me/cancelparentorder with its parent_order_acceptance_id.
        $this->load_markets();
        $market = $this->require_symbol($symbol, 'cancelOrder');
        $trigger = $this->safe_bool($params, 'trigger', false);
        $rest = $this->omit($params, 'trigger');
        $response = null;
        if ($trigger) {
            $response = $this->private_post_me_cancelparentorder(
                $this->extend(
                    ['product_code' => Js::get($market, 'id'), 'parent_order_acceptance_id' => $id],
                    $rest,
                ),
            );
        } else {
            $response = $this->private_post_me_cancelchildorder(
                $this->extend(
                    ['product_code' => Js::get($market, 'id'), 'child_order_acceptance_id' => $id],
                    $rest,
                ),
            );
        }
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

    public function cancel_all_orders($symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // me/cancelallchildorders { product_code } answers with an empty body: the result is the product's open
        // orders listed just before, now canceled.
        $this->load_markets();
        $market = $this->require_symbol($symbol, 'cancelAllOrders');
        $open = $this->fetch_open_orders(Js::get($market, 'symbol'));
        $response = $this->private_post_me_cancelallchildorders(
            $this->extend(['product_code' => Js::get($market, 'id')], $params),
        );
        return $this->canceled_orders($open, $response);
    }

    public function fetch_child_orders($market, $request, $params) {
        // me/getchildorders of one product, newest first; count, before and after page by id.
        $response = $this->private_get_me_getchildorders(
            $this->extend(['product_code' => Js::get($market, 'id')], $this->extend($request, $params)),
        );
        return $response;
    }

    public function fetch_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $market = $this->require_symbol($symbol, 'fetchOrder');
        $response = $this->fetch_child_orders($market, ['child_order_acceptance_id' => $id], $params);
        if (Js::strictEqual(Js::length($response), 0)) {
            throw new OrderNotFound(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' fetchOrder () found no order ' . Js::toStr($id) . ' in ') . Js::toStr(
                        Js::get($market, 'symbol'),
                    ),
                ),
            );
        }
        return $this->parse_order(Js::get($response, 0), $market);
    }

    public function fetch_orders_by_state($method, $state, $symbol, $since, $limit, $params) {
        $this->reject_until($params, $method);
        $this->load_markets();
        $market = $this->require_symbol($symbol, $method);
        $request = [];
        if ($state !== null) {
            $request['child_order_state'] = $state;
        }
        if ($limit !== null) {
            $request['count'] = $limit;
        }
        $response = $this->fetch_child_orders($market, $request, $params);
        return $this->parse_orders($response, $market, $since, $limit);
    }

    public function fetch_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->fetch_orders_by_state('fetchOrders', null, $symbol, $since, $limit, $params);
    }

    public function fetch_open_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->fetch_orders_by_state('fetchOpenOrders', 'ACTIVE', $symbol, $since, $limit, $params);
    }

    public function fetch_closed_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // child_order_state takes one state, and closed orders are COMPLETED, CANCELED, EXPIRED or REJECTED: the
        // latest orders of every state are listed (count is not sent, so that limit counts closed ones only) and
        // the open ones left out.
        $this->reject_until($params, 'fetchClosedOrders');
        $this->load_markets();
        $market = $this->require_symbol($symbol, 'fetchClosedOrders');
        $response = $this->fetch_child_orders($market, [], $params);
        $orders = $this->parse_orders($response, $market);
        $closed = [];
        for ($i = 0; Js::less($i, Js::length($orders)); $i++) {
            if (!(Js::get(Js::get($orders, $i), 'status') === 'open')) {
                $closed[] = Js::get($orders, $i);
            }
        }
        return $this->filter_by_since_limit($closed, $since, $limit);
    }

    public function fetch_executions($market, $request, $since, $limit, $params) {
        // me/getexecutions of one product, newest first.
        if ($limit !== null) {
            Js::set($request, 'count', $limit);
        }
        $response = $this->private_get_me_getexecutions(
            $this->extend(['product_code' => Js::get($market, 'id')], $this->extend($request, $params)),
        );
        return $this->parse_trades($response, $market, $since, $limit);
    }

    public function fetch_my_trades($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->reject_until($params, 'fetchMyTrades');
        $this->load_markets();
        $market = $this->require_symbol($symbol, 'fetchMyTrades');
        return $this->fetch_executions($market, [], $since, $limit, $params);
    }

    public function fetch_order_trades($id, $symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // me/getexecutions takes the order's child_order_acceptance_id (the unified order id).
        $this->load_markets();
        $market = $this->require_symbol($symbol, 'fetchOrderTrades');
        return $this->fetch_executions(
            $market,
            ['child_order_acceptance_id' => $id],
            $since,
            $limit,
            $params,
        );
    }

    // --- funding -------------------------------------------------------------------------------------
    public function parse_transaction($transaction, $currency = null) {
        // me/getcoinins: { id, order_id, currency_code, amount, address, tx_hash, status, event_date }.
        // me/getcoinouts adds fee and additional_fee (both in the currency). me/getdeposits and
        // me/getwithdrawals (fiat): { id, order_id, currency_code, amount, status, event_date }. The order_id
        // prefix says which: MDP/CDP deposits, MWD/CWD withdrawals.
        $code = $this->safe_currency_code($this->safe_string($transaction, 'currency_code'), $currency);
        $order_id = $this->safe_string($transaction, 'order_id', '');
        $type = null;
        if (str_starts_with($order_id, 'CDP') || str_starts_with($order_id, 'MDP')) {
            $type = 'deposit';
        } elseif (str_starts_with($order_id, 'CWD') || str_starts_with($order_id, 'MWD')) {
            $type = 'withdrawal';
        }
        $fee = null;
        $fee_cost = $this->safe_string($transaction, 'fee');
        if ($fee_cost !== null) {
            $additional = $this->safe_string($transaction, 'additional_fee', '0');
            $fee = ['cost' => Precise::string_add($fee_cost, $additional), 'currency' => $code];
        }
        $status = $this->safe_string($transaction, 'status');
        return $this->safe_transaction(
            [
                'id' => $this->safe_string($transaction, 'id'),
                'txid' => $this->safe_string($transaction, 'tx_hash'),
                'timestamp' => $this->parse8601($this->safe_string($transaction, 'event_date')),
                'address' => $this->safe_string($transaction, 'address'),
                'type' => $type,
                'amount' => $this->safe_string($transaction, 'amount'),
                'currency' => $code,
                'status' => $this->safe_string(
                    Js::get($this->options, 'transactionStatuses'),
                    $status,
                    $status,
                ),
                'fee' => $fee,
                'info' => $transaction,
            ],
            $currency,
        );
    }

    public function list_transfers($type, $fiat, $request, $currency) {
        // Crypto from me/getcoinins or me/getcoinouts, fiat from me/getdeposits or me/getwithdrawals: every
        // currency's, newest first; the entries carry no type of their own, the endpoint says it.
        $response = null;
        if ($type === 'deposit') {
            $response = Js::truthy($fiat) ? $this->private_get_me_getdeposits($request) : $this->private_get_me_getcoinins(
                $request,
            );
        } else {
            $response = Js::truthy($fiat) ? $this->private_get_me_getwithdrawals($request) : $this->private_get_me_getcoinouts(
                $request,
            );
        }
        $result = [];
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            $result[] = $this->extend(
                $this->parse_transaction(Js::get($response, $i), $currency),
                ['type' => $type],
            );
        }
        return $result;
    }

    public function fetch_transfers($types, $method, $code, $since, $limit, $params) {
        // A fiat code (JPY, USD, EUR) lists the cash endpoints, any other code or none the crypto ones. The
        // endpoints take no currency: count (limit) is sent only when no code has to be filtered out after.
        $this->reject_until($params, $method);
        $this->load_markets();
        $currency = null;
        $fiat = false;
        if ($code !== null) {
            $currency = $this->currency($code);
            $fiat = $this->in_array(Js::get($currency, 'code'), Js::get($this->options, 'fiatCurrencies'));
        }
        $request = [];
        if (($limit !== null) && (($code === null) || Js::truthy($fiat))) {
            $request['count'] = $limit;
        }
        $transactions = [];
        for ($i = 0; Js::less($i, Js::length($types)); $i++) {
            $listed = $this->list_transfers(
                Js::get($types, $i),
                $fiat,
                $this->extend($request, $params),
                $currency,
            );
            $transactions = $this->array_concat($transactions, $listed);
        }
        return $this->filter_by_currency_since_limit(
            $this->sort_by($transactions, 'timestamp'),
            $code,
            $since,
            $limit,
        );
    }

    public function fetch_deposits($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->fetch_transfers(['deposit'], 'fetchDeposits', $code, $since, $limit, $params);
    }

    public function fetch_withdrawals($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->fetch_transfers(['withdrawal'], 'fetchWithdrawals', $code, $since, $limit, $params);
    }

    public function fetch_transactions($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // Two requests: the deposits, then the withdrawals.
        return $this->fetch_transfers(
            ['deposit', 'withdrawal'],
            'fetchTransactions',
            $code,
            $since,
            $limit,
            $params,
        );
    }

    public function parse_ledger_type($type) {
        // trade_type: BUY, SELL, DEPOSIT, WITHDRAW, FEE, POST_COLL and CANCEL_COLL (collateral moves), PAYMENT,
        // TRANSFER.
        $types = [
            'BUY' => 'trade',
            'SELL' => 'trade',
            'DEPOSIT' => 'transaction',
            'WITHDRAW' => 'transaction',
            'FEE' => 'fee',
            'POST_COLL' => 'transfer',
            'CANCEL_COLL' => 'transfer',
            'PAYMENT' => 'payment',
            'TRANSFER' => 'transfer',
        ];
        return $this->safe_string($types, $type, $type);
    }

    public function parse_ledger_entry($item, $currency = null) {
        // me/getbalancehistory: { id, trade_date, event_date, product_code, currency_code, trade_type, price,
        // amount (signed change of the balance), quantity, commission, balance (after it), order_id }.
        $amount = $this->safe_string($item, 'amount');
        $after = $this->safe_string($item, 'balance');
        $direction = null;
        $before = null;
        if ($amount !== null) {
            $direction = Precise::string_lt($amount, '0') ? 'out' : 'in';
            if ($after !== null) {
                $before = Precise::string_sub($after, $amount);
            }
        }
        return $this->safe_ledger_entry(
            [
                'id' => $this->safe_string($item, 'id'),
                'timestamp' => $this->parse8601($this->safe_string($item, 'event_date')),
                'direction' => $direction,
                'referenceId' => $this->safe_string($item, 'order_id'),
                'type' => $this->parse_ledger_type($this->safe_string($item, 'trade_type')),
                'currency' => $this->safe_currency_code(
                    $this->safe_string($item, 'currency_code'),
                    $currency,
                ),
                'amount' => $amount === null ? null : Precise::string_abs($amount),
                'before' => $before,
                'after' => $after,
                'status' => 'ok',
                'info' => $item,
            ],
            $currency,
        );
    }

    public function fetch_ledger($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // me/getbalancehistory lists one currency (currency_code), newest first, paged by id with count.
        if ($code === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' fetchLedger () requires a currency code: the balance history is listed per currency',
                ),
            );
        }
        $this->reject_until($params, 'fetchLedger');
        $this->load_markets();
        $currency = $this->currency($code);
        $request = ['currency_code' => Js::get($currency, 'id')];
        if ($limit !== null) {
            $request['count'] = $limit;
        }
        $response = $this->private_get_me_getbalancehistory($this->extend($request, $params));
        return $this->parse_ledger($response, $currency, $since, $limit);
    }

    public function parse_deposit_address($entry) {
        // me/getaddresses: { type: 'NORMAL', currency_code, address }; no network or tag.
        return [
            'currency' => $this->safe_currency_code($this->safe_string($entry, 'currency_code')),
            'address' => $this->safe_string($entry, 'address'),
            'tag' => null,
            'network' => null,
            'info' => $entry,
        ];
    }

    public function reject_network($params, $method) {
        // me/getaddresses names no network: one address per currency.
        if ($this->safe_value($params, 'network') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr($this->id) . ' ' . Js::toStr(
                        $method,
                    ) . ' () does not support the unified param network: bitFlyer has one deposit address per currency',
                ),
            );
        }
    }

    public function fetch_deposit_addresses($codes = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $response = $this->private_get_me_getaddresses($params);
        $result = [];
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            $address = $this->parse_deposit_address(Js::get($response, $i));
            if (($codes === null) || Js::truthy($this->in_array(Js::get($address, 'currency'), $codes))) {
                $result[] = $address;
            }
        }
        return $result;
    }

    public function fetch_deposit_address($code, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->reject_network($params, 'fetchDepositAddress');
        $this->load_markets();
        $currency = $this->currency($code);
        $addresses = $this->fetch_deposit_addresses([Js::get($currency, 'code')], $params);
        if (Js::strictEqual(Js::length($addresses), 0)) {
            throw new BadRequest(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' fetchDepositAddress () found no deposit address for ') . Js::toStr(
                        Js::get($currency, 'code'),
                    ),
                ),
            );
        }
        return Js::get($addresses, 0);
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
        // GET sends its params as the query string, POST as a JSON body.
        $request_path = Js::boundedText(
            Js::boundedText('/' . Js::toStr($this->version) . '/') . Js::toStr(
                $this->implode_params($path, $params),
            ),
        );
        $query = $this->omit($params, $this->extract_params($path));
        if (($method === 'GET') && (count(Js::keys($query)) > 0)) {
            $request_path .= Js::within(
                $request_path,
                Js::within($request_path, '?') . Js::toStr($this->urlencode($query)),
            );
        }
        $url = Js::boundedText(Js::toStr(Js::get($this->urls, 'api')) . $request_path);
        if ($api === 'public') {
            return ['url' => $url, 'method' => $method, 'body' => $body, 'headers' => $headers];
        }
        // ACCESS-SIGN: hex HMAC-SHA256 (secret, ACCESS-TIMESTAMP + method + path with query + body). The docs'
        // sample takes the timestamp from Date.now (), in milliseconds.
        $this->check_required_credentials();
        $timestamp = $this->number_to_string($this->milliseconds());
        $payload = '';
        $headers = ['ACCESS-KEY' => $this->apiKey, 'ACCESS-TIMESTAMP' => $timestamp];
        if ($method === 'POST') {
            // An empty body is written out: PHP would encode an empty dictionary as a list, '[]'.
            $body = count(Js::keys($query)) > 0 ? $this->json($query) : '{}';
            $payload = $body;
            Js::set($headers, 'Content-Type', 'application/json');
        }
        $auth = Js::boundedText(
            Js::toStr(Js::add($timestamp, $method)) . $request_path . Js::toStr($payload),
        );
        Js::set(
            $headers,
            'ACCESS-SIGN',
            $this->hmac($this->encode($auth), $this->encode($this->secret), 'sha256', 'hex'),
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
        // { "status": <negative code>, "error_message": "...", "data": null } with an HTTP error status: the code,
        // then the message, pick the error class where the maps know them; else the HTTP status does (the base
        // class's httpExceptions: 400 BadRequest, 401 AuthenticationError, 429 RateLimitExceeded, 5xx
        // ExchangeNotAvailable).
        if (($response === null) || Js::isArray($response) || !(Js::typeof($response) === 'object')) {
            return;
        }
        $code = $this->safe_string($response, 'status');
        $message = $this->safe_string($response, 'error_message');
        $failed = Js::greaterEqual($status, 400) || (($code !== null) && Js::startsWith($code, '-'));
        if (!($failed) || (($code === null) && ($message === null))) {
            return;
        }
        $feedback = Js::boundedText(
            Js::boundedText(Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($method) . ' ' . Js::toStr($url) . ' ') . Js::toStr($this->number_to_string($status)) . ' ') . Js::toStr(
                $this->json($response),
            ),
        );
        $this->throw_exactly_matched_exception(Js::get($this->exceptions, 'exact'), $code, $feedback);
        if ($message !== null) {
            $this->throw_broadly_matched_exception(Js::get($this->exceptions, 'broad'), $message, $feedback);
        }
    }
}
