<?php

// Generated from js/bitso.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class bitso extends Exchange {
    public function describe() {
        return $this->deep_extend(
            parent::describe(),
            [
                'id' => 'bitso',
                'name' => 'Bitso',
                'countries' => ['MX'],
                'version' => 'v3',
                'rateLimit' => 1000,
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
                    'fetchOrders' => false,
                    'fetchOpenOrders' => true,
                    'fetchClosedOrders' => false,
                    'fetchMyTrades' => true,
                    'fetchDeposits' => true,
                    'fetchWithdrawals' => true,
                    'fetchTransactions' => false,
                    'fetchLedger' => false,
                    'fetchDepositAddress' => true,
                    'withdraw' => true,
                    'fetchTime' => false,
                    'fetchStatus' => false,
                    'fetchTradingFees' => true,
                    'cancelAllOrders' => true,
                    'fetchOrderTrades' => true,
                    'fetchTradingFee' => false,
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
                    'api' => 'https://api.bitso.com',
                    'www' => 'https://bitso.com',
                    'doc' => 'https://docs.bitso.com/bitso-api',
                    'fees' => 'https://bitso.com/fees',
                ],
                'api' => [
                    'public' => ['get' => ['available_books/', 'ticker/', 'order_book/', 'trades/']],
                    'private' => [
                        'get' => [
                            'account_status/',
                            'balance/',
                            'fees/',
                            'ledger/',
                            'withdrawals/',
                            'fundings/',
                            'user_trades/',
                            'order_trades/{oid}/',
                            'open_orders/',
                            'orders/{oid}/',
                            'funding_destination/',
                        ],
                        'post' => ['orders/', 'crypto_withdrawal/'],
                        'delete' => ['orders/all/', 'orders/{oid}/'],
                    ],
                ],
                'requiredCredentials' => ['apiKey' => true, 'secret' => true],
                'fees' => ['trading' => ['tierBased' => true, 'percentage' => true]],
                'precisionMode' => TICK_SIZE,
                'options' => [
                    'orderStatuses' => [
                        'queued' => 'open',
                        'open' => 'open',
                        'partial-fill' => 'open',
                        'partially filled' => 'open',
                        'completed' => 'closed',
                        'closed' => 'closed',
                        'cancelled' => 'canceled',
                    ],
                    'timeInForces' => [
                        'goodtillcancelled' => 'GTC',
                        'immediateorcancel' => 'IOC',
                        'fillorkill' => 'FOK',
                        'postonly' => 'PO',
                    ],
                    'transactionStatuses' => [
                        'pending' => 'pending',
                        'in_progress' => 'pending',
                        'processing' => 'pending',
                        'complete' => 'ok',
                        'failed' => 'failed',
                    ],
                ],
                'exceptions' => [
                    'exact' => [
                        '0201' => AuthenticationError::class,
                        '0202' => PermissionDenied::class,
                        '0203' => AuthenticationError::class,
                        '0206' => InvalidNonce::class,
                        '0207' => InvalidNonce::class,
                        '0301' => BadSymbol::class,
                        '0303' => BadRequest::class,
                        '0304' => BadRequest::class,
                        '0306' => InvalidOrder::class,
                        '0307' => InvalidOrder::class,
                        '0308' => InvalidOrder::class,
                        '0309' => InvalidOrder::class,
                        '0312' => OrderNotFound::class,
                        '0315' => InvalidAddress::class,
                        '0320' => BadRequest::class,
                        '0326' => AuthenticationError::class,
                        '0330' => PermissionDenied::class,
                        '0356' => DuplicateOrderId::class,
                        '0357' => OrderNotFound::class,
                        '0401' => InvalidOrder::class,
                        '0402' => InvalidOrder::class,
                        '0403' => InvalidOrder::class,
                        '0404' => InvalidOrder::class,
                        '0405' => InvalidOrder::class,
                        '0406' => InvalidOrder::class,
                        '0407' => InvalidOrder::class,
                        '0408' => InvalidOrder::class,
                        '0601' => InsufficientFunds::class,
                        '0602' => InsufficientFunds::class,
                        '0701' => PermissionDenied::class,
                        '0702' => PermissionDenied::class,
                        '0703' => PermissionDenied::class,
                        '0705' => AccountSuspended::class,
                        '0801' => RateLimitExceeded::class,
                        '0802' => RateLimitExceeded::class,
                        '1000' => ExchangeNotAvailable::class,
                        '1001' => InvalidOrder::class,
                    ],
                    'broad' => ['Not enough' => InsufficientFunds::class],
                ],
            ],
        );
    }

    // --- markets -------------------------------------------------------------------------------------
    public function fetch_markets($params = null) {
        if ($params === null) {
            $params = [];
        }
        // available_books/: the order placement limits of each book; tick_size is the price step.
        $response = $this->public_get_available_books($params);
        $books = $this->safe_list($response, 'payload', []);
        $result = [];
        for ($i = 0; $i < count($books); $i++) {
            $entry = Js::get($books, $i);
            $id = $this->safe_string($entry, 'book', '');
            $parts = Js::split($id, '_');
            if (!(count($parts) == 2)) {
                continue; // not a major_minor book
            }
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
                    'type' => 'spot',
                    'spot' => true,
                    'precision' => ['price' => $this->safe_number($entry, 'tick_size')],
                    'limits' => [
                        'amount' => [
                            'min' => $this->safe_number($entry, 'minimum_amount'),
                            'max' => $this->safe_number($entry, 'maximum_amount'),
                        ],
                        'price' => [
                            'min' => $this->safe_number($entry, 'minimum_price'),
                            'max' => $this->safe_number($entry, 'maximum_price'),
                        ],
                        'cost' => [
                            'min' => $this->safe_number($entry, 'minimum_value'),
                            'max' => $this->safe_number($entry, 'maximum_value'),
                        ],
                    ],
                    'info' => $entry,
                ],
            );
        }
        return $result;
    }

    // --- market data ---------------------------------------------------------------------------------
    public function parse_ticker($ticker, $market = null) {
        // volume, high, low and vwap cover the last 24 hours; change_24 is the price change over them.
        return $this->ticker_structure(
            symbol: $this->safe_symbol($this->safe_string($ticker, 'book'), $market),
            timestamp: $this->parse8601($this->safe_string($ticker, 'created_at')),
            high: $this->safe_string($ticker, 'high'),
            low: $this->safe_string($ticker, 'low'),
            bid: $this->safe_string($ticker, 'bid'),
            ask: $this->safe_string($ticker, 'ask'),
            vwap: $this->safe_string($ticker, 'vwap'),
            last: $this->safe_string($ticker, 'last'),
            change: $this->safe_string($ticker, 'change_24'),
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
        $response = $this->public_get_ticker($this->extend(['book' => Js::get($market, 'id')], $params));
        return $this->parse_ticker($this->safe_dict($response, 'payload', []), $market);
    }

    public function fetch_order_book($symbol, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // Aggregated by price (the default): the best 50 levels a side, each { book, price, amount }.
        $this->load_markets();
        $market = $this->market($symbol);
        $response = $this->public_get_order_book($this->extend(['book' => Js::get($market, 'id')], $params));
        $payload = $this->safe_dict($response, 'payload', []);
        $book = $this->parse_order_book(
            $payload,
            Js::get($market, 'symbol'),
            $this->parse8601($this->safe_string($payload, 'updated_at')),
            'bids',
            'asks',
            'price',
            'amount',
        );
        Js::set($book, 'nonce', $this->safe_integer($payload, 'sequence'));
        if ($limit !== null) {
            Js::set($book, 'bids', Js::slice(Js::get($book, 'bids'), 0, $limit));
            Js::set($book, 'asks', Js::slice(Js::get($book, 'asks'), 0, $limit));
        }
        return $book;
    }

    public function parse_trade($trade, $market = null) {
        // Public trades (trades/): { book, created_at, amount, maker_side, price, tid }; the taker took the
        // other side. The account's trades (user_trades/, order_trades/): { book, major, minor (signed: what
        // the balance gained or lost), fees_amount (negative: charged), fees_currency, price, tid, oid,
        // origin_id, side (the account's) }.
        $market = $this->safe_market($this->safe_string($trade, 'book'), $market);
        $maker_side = $this->safe_string($trade, 'maker_side');
        $side = $this->safe_string($trade, 'side');
        $taker_or_maker = null;
        if ($side === null) {
            if ($maker_side === 'buy') {
                $side = 'sell';
            } elseif ($maker_side === 'sell') {
                $side = 'buy';
            }
        } elseif ($maker_side !== null) {
            $taker_or_maker = Js::strictEqual($side, $maker_side) ? 'maker' : 'taker';
        }
        $major = $this->safe_string($trade, 'major');
        $minor = $this->safe_string($trade, 'minor');
        $fee = null;
        $fee_amount = $this->safe_string($trade, 'fees_amount');
        if ($fee_amount !== null) {
            $fee = [
                'cost' => Precise::string_neg($fee_amount),
                'currency' => $this->safe_currency_code($this->safe_string($trade, 'fees_currency')),
            ];
        }
        return $this->trade_structure(
            id: $this->safe_string($trade, 'tid'),
            order: $this->safe_string($trade, 'oid'),
            symbol: Js::get($market, 'symbol'),
            timestamp: $this->parse8601($this->safe_string($trade, 'created_at')),
            side: $side,
            taker_or_maker: $taker_or_maker,
            price: $this->safe_string($trade, 'price'),
            amount: $major === null ? $this->safe_string($trade, 'amount') : Precise::string_abs($major),
            cost: $minor === null ? null : Precise::string_abs($minor),
            fee: $fee,
            info: $trade,
            market: $market,
        );
    }

    public function fetch_trades($symbol, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // The latest trades first, 25 by default and 100 at most; the API takes no start time.
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['book' => Js::get($market, 'id')];
        if ($limit !== null) {
            $request['limit'] = Js::min($limit, 100);
        }
        $response = $this->public_get_trades($this->extend($request, $params));
        return $this->parse_trades($this->safe_list($response, 'payload', []), $market, $since, $limit);
    }

    // --- account -------------------------------------------------------------------------------------
    public function fetch_balance($params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $response = $this->private_get_balance($params);
        $payload = $this->safe_dict($response, 'payload', []);
        $balances = $this->safe_list($payload, 'balances', []);
        $result = ['info' => $response];
        for ($i = 0; $i < count($balances); $i++) {
            $entry = Js::get($balances, $i);
            $code = $this->safe_currency_code($this->safe_string($entry, 'currency'));
            if ($code === null) {
                continue; // no currency to file it under
            }
            $account = $this->account();
            Js::set($account, 'free', $this->safe_string($entry, 'available'));
            Js::set($account, 'used', $this->safe_string($entry, 'locked'));
            Js::set($account, 'total', $this->safe_string($entry, 'total'));
            Js::setKey($result, $code, $account);
        }
        return $this->safe_balance($result);
    }

    public function fetch_trading_fees($params = null) {
        if ($params === null) {
            $params = [];
        }
        // fees/: the account's maker and taker fees per book, as decimals (taker_fee_decimal) and percentages.
        $this->load_markets();
        $response = $this->private_get_fees($params);
        $payload = $this->safe_dict($response, 'payload', []);
        $fees = $this->safe_list($payload, 'fees', []);
        $result = [];
        for ($i = 0; $i < count($fees); $i++) {
            $entry = Js::get($fees, $i);
            $symbol = $this->safe_symbol($this->safe_string($entry, 'book'));
            if ($symbol === null) {
                continue; // no book to file it under
            }
            Js::setKey(
                $result,
                $symbol,
                [
                    'symbol' => $symbol,
                    'maker' => $this->safe_number($entry, 'maker_fee_decimal'),
                    'taker' => $this->safe_number($entry, 'taker_fee_decimal'),
                    'info' => $entry,
                ],
            );
        }
        return $result;
    }

    // --- orders --------------------------------------------------------------------------------------
    public function parse_order($order, $market = null) {
        // open_orders/ and orders/{oid}/: { book, original_amount, unfilled_amount, original_value (the minor
        // amount when placed), created_at, updated_at, price, oid, origin_id, side, status, type,
        // time_in_force, stop }.
        $market = $this->safe_market($this->safe_string($order, 'book'), $market);
        $status = $this->safe_string($order, 'status');
        $time_in_force = $this->safe_string(
            Js::get($this->options, 'timeInForces'),
            $this->safe_string($order, 'time_in_force'),
        );
        return $this->safe_order(
            [
                'id' => $this->safe_string($order, 'oid'),
                'clientOrderId' => $this->safe_string($order, 'origin_id'),
                'symbol' => Js::get($market, 'symbol'),
                'timestamp' => $this->parse8601($this->safe_string($order, 'created_at')),
                'lastUpdateTimestamp' => $this->parse8601($this->safe_string($order, 'updated_at')),
                'type' => $this->safe_string($order, 'type'),
                'side' => $this->safe_string($order, 'side'),
                'status' => $this->safe_string(Js::get($this->options, 'orderStatuses'), $status, $status),
                'timeInForce' => $time_in_force,
                'postOnly' => $time_in_force === null ? null : ($time_in_force === 'PO'),
                'price' => $this->safe_string($order, 'price'),
                'triggerPrice' => $this->safe_string($order, 'stop'),
                'amount' => $this->safe_string($order, 'original_amount'),
                'remaining' => $this->safe_string($order, 'unfilled_amount'),
                'info' => $order,
            ],
            $market,
        );
    }

    public function create_order($symbol, $type, $side, $amount, $price = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // orders/: major (the amount) or minor (the cost of a market buy), price for a limit order, stop for a
        // stop order, time_in_force (goodtillcancelled, immediateorcancel, fillorkill, postonly) for a limit
        // order, origin_id the client's id. Bitso has no reduce-only, stop-loss or take-profit orders.
        $this->load_markets();
        $market = $this->market($symbol);
        [$unified, $rest] = Js::destructure($this->unified_order_params($type, $params), 2);
        $this->reject_unified_params(
            'createOrder',
            $unified,
            ['reduceOnly', 'stopLossPrice', 'takeProfitPrice'],
        );
        $request = ['book' => Js::get($market, 'id'), 'side' => $side, 'type' => $type];
        if (Js::get($unified, 'cost') !== null) {
            if (!($side === 'buy')) {
                throw new InvalidOrder(
                    Js::boundedText(Js::toStr($this->id) . ' createOrder () cost sizes market buys only'),
                );
            }
            $request['minor'] = $this->cost_to_precision($symbol, Js::get($unified, 'cost'));
        } else {
            $request['major'] = $this->amount_to_precision($symbol, $amount);
        }
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
        if (Js::get($unified, 'triggerPrice') !== null) {
            $request['stop'] = $this->price_to_precision($symbol, Js::get($unified, 'triggerPrice'));
        }
        $time_in_force = Js::get($unified, 'timeInForce');
        if (Js::truthy(Js::get($unified, 'postOnly'))) {
            $time_in_force = 'PO';
        }
        if ($time_in_force !== null) {
            if (!($type === 'limit')) {
                throw new InvalidOrder(
                    Js::boundedText(
                        Js::toStr($this->id) . ' createOrder () timeInForce applies to limit orders only, not ' . Js::toStr(
                            $type,
                        ) . ' orders',
                    ),
                );
            }
            $ids = [
                'GTC' => 'goodtillcancelled',
                'IOC' => 'immediateorcancel',
                'FOK' => 'fillorkill',
                'PO' => 'postonly',
            ];
            $request['time_in_force'] = $this->safe_string($ids, $time_in_force);
        }
        if (Js::get($unified, 'clientOrderId') !== null) {
            $request['origin_id'] = Js::get($unified, 'clientOrderId');
        }
        $response = $this->private_post_orders($this->extend($request, $rest));
        // The answer is the new order's id only: { oid }.
        $payload = $this->safe_dict($response, 'payload', []);
        return $this->safe_order(
            [
                'id' => $this->safe_string($payload, 'oid'),
                'clientOrderId' => Js::get($unified, 'clientOrderId'),
                'symbol' => Js::get($market, 'symbol'),
                'type' => $type,
                'side' => $side,
                'timeInForce' => $time_in_force,
                'postOnly' => Js::get($unified, 'postOnly'),
                'price' => $this->safe_string($request, 'price'),
                'triggerPrice' => $this->safe_string($request, 'stop'),
                'amount' => $this->safe_string($request, 'major'),
                'info' => $payload,
            ],
            $market,
        );
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

    public function canceled_order_ids($response) {
        // A cancel answers with the ids of the orders it canceled; one filled, canceled before or unknown is
        // left out.
        $ids = $this->safe_list($response, 'payload', []);
        $result = [];
        for ($i = 0; $i < count($ids); $i++) {
            if (Js::typeof(Js::get($ids, $i)) === 'string') {
                $result[] = $this->safe_order(
                    ['id' => Js::get($ids, $i), 'status' => 'canceled', 'info' => Js::get($ids, $i)],
                );
            }
        }
        return $result;
    }

    public function cancel_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $response = $this->private_delete_orders_oid($this->extend(['oid' => $id], $params));
        $canceled = $this->canceled_order_ids($response);
        for ($i = 0; Js::less($i, Js::length($canceled)); $i++) {
            if (
                !(Js::typeof($id) === 'object') && Js::strictEqual(Js::get(Js::get($canceled, $i), 'id'), $id)
            ) {
                return Js::get($canceled, $i);
            }
        }
        throw new OrderNotFound(
            Js::boundedText(
                Js::toStr($this->id) . ' cancelOrder () did not cancel order ' . Js::toStr(
                    $id,
                ) . ': it is filled, canceled already or unknown',
            ),
        );
    }

    public function cancel_all_orders($symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // orders/all/ cancels the open orders of every book.
        if ($symbol !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' cancelAllOrders () cancels the orders of every book: call it without a symbol',
                ),
            );
        }
        $response = $this->private_delete_orders_all($params);
        return $this->canceled_order_ids($response);
    }

    public function fetch_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // orders/{oid}/ lists the open and partially filled orders it names (and, for an hour, completed and
        // cancelled ones).
        $this->load_markets();
        $response = $this->private_get_orders_oid($this->extend(['oid' => $id], $params));
        $orders = $this->safe_list($response, 'payload', []);
        for ($i = 0; $i < count($orders); $i++) {
            if (Js::strictEqual($this->safe_string(Js::get($orders, $i), 'oid'), $id)) {
                return $this->parse_order(Js::get($orders, $i));
            }
        }
        throw new OrderNotFound(
            Js::boundedText(
                Js::toStr($this->id) . ' fetchOrder () found no open or recent order ' . Js::toStr($id),
            ),
        );
    }

    public function fetch_open_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // open_orders/ of one book, or of all of them; the latest first, 25 by default and 100 at most.
        $this->load_markets();
        $request = [];
        $market = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
            $request['book'] = Js::get($market, 'id');
        }
        if ($limit !== null) {
            $request['limit'] = Js::min($limit, 100);
        }
        $response = $this->private_get_open_orders($this->extend($request, $params));
        return $this->parse_orders($this->safe_list($response, 'payload', []), $market, $since, $limit);
    }

    public function fetch_my_trades($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // user_trades/ of one book (required); the latest first, 25 by default and 100 at most; no time range.
        if ($symbol === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr($this->id) . ' fetchMyTrades () requires a symbol: user_trades/ lists one book',
                ),
            );
        }
        if ($this->safe_value($params, 'until') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' fetchMyTrades () does not support the unified param until: user_trades/ takes no time range',
                ),
            );
        }
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['book' => Js::get($market, 'id')];
        if ($limit !== null) {
            $request['limit'] = Js::min($limit, 100);
        }
        $response = $this->private_get_user_trades($this->extend($request, $params));
        return $this->parse_trades($this->safe_list($response, 'payload', []), $market, $since, $limit);
    }

    public function fetch_order_trades($id, $symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $response = $this->private_get_order_trades_oid($this->extend(['oid' => $id], $params));
        return $this->parse_trades($this->safe_list($response, 'payload', []), null, $since, $limit);
    }

    // --- funding -------------------------------------------------------------------------------------
    public function parse_transaction($transaction, $currency = null) {
        // fundings/: { fid, status, created_at, currency, method, amount, details: { funding_address, tx_hash } };
        // withdrawals/ and crypto_withdrawal/: { wid, ..., details: { withdrawal_address, tx_hash } }.
        $details = $this->safe_dict($transaction, 'details', []);
        $fid = $this->safe_string($transaction, 'fid');
        $status = $this->safe_string($transaction, 'status');
        return $this->safe_transaction(
            [
                'id' => $fid === null ? $this->safe_string($transaction, 'wid') : $fid,
                'txid' => $this->safe_string($details, 'tx_hash'),
                'timestamp' => $this->parse8601($this->safe_string($transaction, 'created_at')),
                'address' => $this->safe_string2($details, 'funding_address', 'withdrawal_address'),
                'type' => $fid === null ? 'withdrawal' : 'deposit',
                'amount' => $this->safe_string($transaction, 'amount'),
                'currency' => $this->safe_currency_code(
                    $this->safe_string($transaction, 'currency'),
                    $currency,
                ),
                'status' => $this->safe_string(
                    Js::get($this->options, 'transactionStatuses'),
                    $status,
                    $status,
                ),
                'info' => $transaction,
            ],
            $currency,
        );
    }

    public function fetch_movements($method, $code, $since, $limit, $params) {
        // fundings/ and withdrawals/: the latest first, 25 by default and 100 at most, of every currency.
        if ($this->safe_value($params, 'until') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' fetchDeposits () and fetchWithdrawals () do not support the unified param until: the API takes no time range',
                ),
            );
        }
        $this->load_markets();
        $currency = null;
        if ($code !== null) {
            $currency = $this->currency($code);
        }
        $request = [];
        if ($limit !== null) {
            $request['limit'] = Js::min($limit, 100);
        }
        $response = null;
        if ($method === 'fundings') {
            $response = $this->private_get_fundings($this->extend($request, $params));
        } else {
            $response = $this->private_get_withdrawals($this->extend($request, $params));
        }
        return $this->parse_transactions(
            $this->safe_list($response, 'payload', []),
            $currency,
            $since,
            $limit,
        );
    }

    public function fetch_deposits($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->fetch_movements('fundings', $code, $since, $limit, $params);
    }

    public function fetch_withdrawals($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->fetch_movements('withdrawals', $code, $since, $limit, $params);
    }

    public function fetch_deposit_address($code, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // funding_destination/?fund_currency=btc: { account_identifier_name, account_identifier }.
        if ($this->safe_value($params, 'network') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' fetchDepositAddress () does not support the unified param network: funding_destination/ names a currency only',
                ),
            );
        }
        $this->load_markets();
        $currency = $this->currency($code);
        $response = $this->private_get_funding_destination(
            $this->extend(['fund_currency' => Js::get($currency, 'id')], $params),
        );
        $payload = $this->safe_dict($response, 'payload', []);
        return [
            'currency' => Js::get($currency, 'code'),
            'address' => $this->safe_string($payload, 'account_identifier'),
            'info' => $payload,
        ];
    }

    public function withdraw($code, $amount, $address, $tag = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // crypto_withdrawal/: currency, amount, address, and destination_tag for XRP.
        if ($this->safe_value($params, 'network') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' withdraw () does not support the unified param network: crypto_withdrawal/ names a currency only',
                ),
            );
        }
        $this->load_markets();
        $currency = $this->currency($code);
        $request = [
            'currency' => Js::get($currency, 'id'),
            'amount' => $this->currency_to_precision($code, $amount),
            'address' => $address,
        ];
        if ($tag !== null) {
            $request['destination_tag'] = $tag;
        }
        $response = $this->private_post_crypto_withdrawal($this->extend($request, $params));
        return $this->parse_transaction($this->safe_dict($response, 'payload', []), $currency);
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
        // Private requests carry Authorization: Bitso <key>:<nonce>:<signature>, the signature the HMAC-SHA256
        // (hex) of nonce + method + request path (with its query) + JSON body.
        $request_path = Js::boundedText(
            Js::boundedText('/' . Js::toStr($this->version) . '/') . Js::toStr(
                $this->implode_params($path, $params),
            ),
        );
        $query = $this->omit($params, $this->extract_params($path));
        if ($method === 'POST') {
            $body = count(Js::keys($query)) > 0 ? $this->json($query) : '{}';
        } elseif (count(Js::keys($query)) > 0) {
            $request_path .= Js::within(
                $request_path,
                Js::within($request_path, '?') . Js::toStr($this->urlencode($query)),
            );
        }
        $url = Js::boundedText(Js::toStr(Js::get($this->urls, 'api')) . $request_path);
        if ($api === 'private') {
            $this->check_required_credentials();
            $nonce = $this->number_to_string($this->nonce());
            $payload = $body === null ? '' : $body;
            $signature = $this->hmac(
                $this->encode(
                    Js::boundedText(
                        Js::toStr(Js::add($nonce, $method)) . $request_path . Js::toStr($payload),
                    ),
                ),
                $this->encode($this->secret),
                'sha256',
            );
            $headers = [
                'Authorization' => Js::boundedText(
                    'Bitso ' . Js::toStr($this->apiKey) . ':' . Js::toStr($nonce) . ':' . Js::toStr(
                        $signature,
                    ),
                ),
            ];
            if ($body !== null) {
                Js::set($headers, 'Content-Type', 'application/json');
            }
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
        // { "success": false, "error": { "message": "...", "code": "0301" } }
        if (($response === null) || Js::isArray($response) || !(Js::typeof($response) === 'object')) {
            return null;
        }
        if (!($this->safe_bool($response, 'success') === false)) {
            return null;
        }
        $error = $this->safe_dict($response, 'error', []);
        $feedback = Js::boundedText(
            Js::boundedText(Js::toStr($this->id) . ' ') . Js::toStr($this->excerpt($response_body)),
        );
        $this->throw_exactly_matched_exception(
            Js::get($this->exceptions, 'exact'),
            $this->safe_string($error, 'code'),
            $feedback,
        );
        $this->throw_broadly_matched_exception(
            Js::get($this->exceptions, 'broad'),
            $this->safe_string($error, 'message'),
            $feedback,
        );
        throw new ExchangeError($feedback);
    }
}
