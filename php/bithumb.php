<?php

// Generated from js/bithumb.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class bithumb extends upbit {
    public function describe() {
        // Bithumb serves a subset of Upbit's endpoints (and some of its own), with its own error names,
        // networks and deposit and withdrawal states: those lists replace the parent's rather than being
        // merged into them, so no implicit method names an endpoint Bithumb lacks and no Upbit name is read
        // as Bithumb's.
        $parent = parent::describe();
        $inherited = $this->extend(
            $this->omit($parent, ['api', 'exceptions']),
            [
                'options' => $this->omit(
                    Js::get($parent, 'options'),
                    ['networks', 'depositStatuses', 'withdrawalStatuses'],
                ),
            ],
        );
        return $this->deep_extend(
            $inherited,
            [
                'id' => 'bithumb',
                'name' => 'Bithumb',
                'rateLimit' => 10,
                'has' => ['editOrder' => false, 'cancelAllOrders' => false],
                'urls' => [
                    'logo' => 'https://www.bithumb.com/favicon.ico',
                    'api' => 'https://api.bithumb.com',
                    'www' => 'https://www.bithumb.com',
                    'doc' => ['https://apidocs.bithumb.com/reference', 'https://apidocs.bithumb.com/docs'],
                    'fees' => 'https://www.bithumb.com/customer_support/info_fee',
                ],
                'api' => [
                    'public' => [
                        'get' => [
                            'market/all' => 1,
                            'market/virtual_asset_warning' => 1,
                            'candles/minutes/{unit}' => 1,
                            'candles/days' => 1,
                            'candles/weeks' => 1,
                            'candles/months' => 1,
                            'trades/ticks' => 1,
                            'ticker' => 1,
                            'orderbook' => 1,
                            'notices' => 1,
                        ],
                    ],
                    'private' => [
                        'get' => [
                            'accounts' => 1,
                            'orders/chance' => 1,
                            'order' => 1,
                            'orders' => 1,
                            'withdraws' => 1,
                            'withdraws/krw' => 1,
                            'withdraw' => 1,
                            'withdraws/chance' => 1,
                            'withdraws/coin_addresses' => 1,
                            'deposits' => 1,
                            'deposits/krw' => 1,
                            'deposit' => 1,
                            'deposits/coin_addresses' => 1,
                            'deposits/coin_address' => 1,
                            'status/wallet' => 1,
                            'api_keys' => 1,
                        ],
                        'post' => [
                            'orders' => 1,
                            'withdraws/coin' => 1,
                            'withdraws/krw' => 1,
                            'deposits/generate_coin_address' => 1,
                            'deposits/krw' => 1,
                        ],
                        'delete' => ['order' => 1],
                    ],
                ],
                'fees' => ['trading' => ['taker' => 0.0025, 'maker' => 0.0025]],
                'options' => [
                    'jwtAlgorithm' => 'sha256',
                    'jwtTimestamp' => true,
                    'queryHashUrlencoded' => true,
                    'clientOrderIdField' => 'client_order_id',
                    'kstOffset' => 32400000,
                    'networks' => [
                        'BTC' => 'BTC',
                        'ERC20' => 'ETH',
                        'TRC20' => 'TRX',
                        'SOL' => 'SOL',
                        'XRP' => 'XRP',
                    ],
                    'depositStatuses' => [
                        'REQUESTED_PENDING' => 'pending',
                        'REQUESTED_SYSTEM_REJECTED' => 'failed',
                        'REQUESTED_PROCESSING' => 'pending',
                        'REQUESTED_ADMIN_REJECTED' => 'failed',
                        'DEPOSIT_PROCESSING' => 'pending',
                        'DEPOSIT_ACCEPTED' => 'ok',
                        'DEPOSIT_CANCELLED' => 'canceled',
                        'REFUNDING_PENDING' => 'pending',
                        'REFUNDING_SYSTEM_REJECTED' => 'pending',
                        'REFUNDING_PROCESSING' => 'pending',
                        'REFUNDING_ADMIN_REJECTED' => 'pending',
                        'REFUNDING_ACCEPTED' => 'failed',
                        'REFUNDED_PROCESSING' => 'failed',
                        'REFUNDED_ACCEPTED' => 'failed',
                        'REFUNDED_CANCELLED' => 'pending',
                        'PROCESSING' => 'pending',
                        'ACCEPTED' => 'ok',
                        'CANCELED' => 'canceled',
                        'CANCELLED' => 'canceled',
                    ],
                    'withdrawalStatuses' => [
                        'PROCESSING' => 'pending',
                        'DONE' => 'ok',
                        'CANCELED' => 'canceled',
                        'CANCELLED' => 'canceled',
                    ],
                ],
                'exceptions' => [
                    'exact' => [
                        'invalid_parameter' => BadRequest::class,
                        'invalid_price' => InvalidOrder::class,
                        'invalid_price_ask' => InvalidOrder::class,
                        'invalid_price_bid' => InvalidOrder::class,
                        'under_price_limit_ask' => InvalidOrder::class,
                        'under_price_limit_bid' => InvalidOrder::class,
                        'cross_trading' => InvalidOrder::class,
                        'bank_account_required' => PermissionDenied::class,
                        'two_factor_auth_required' => PermissionDenied::class,
                        'currency does not have a valid value' => BadSymbol::class,
                        'withdraw_insufficient_balance' => InsufficientFunds::class,
                        'invalid_query_payload' => AuthenticationError::class,
                        'jwt_verification' => AuthenticationError::class,
                        'expired_jwt' => AuthenticationError::class,
                        'NotAllowIP' => PermissionDenied::class,
                        'out_of_scope' => PermissionDenied::class,
                        'blocked_member_id' => AccountSuspended::class,
                        'order_not_found' => OrderNotFound::class,
                        'order_not_ready' => OrderNotFound::class,
                        'deposit_not_found' => BadRequest::class,
                        'withdraw_not_found' => BadRequest::class,
                        'travel_rule_consent_required' => PermissionDenied::class,
                    ],
                    'broad' => [],
                ],
            ],
        );
    }

    // --- market data ---------------------------------------------------------------------------------
    public function fetch_tickers($symbols = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // ticker?markets=A,B: the symbols given, else every loaded market (the API has no ticker/all).
        $this->load_markets();
        $ids = $symbols === null ? $this->ids : $this->market_ids($symbols);
        $response = $this->public_get_ticker($this->extend(['markets' => Js::join($ids, ',')], $params));
        return $this->parse_tickers($response, $symbols);
    }

    public function candle_time($timestamp) {
        // candles' to: 'yyyy-MM-dd HH:mm:ss', read by Bithumb as KST (the docs: "기본적으로 KST 기준 시간").
        return $this->ymdhms(Js::add($timestamp, Js::get($this->options, 'kstOffset')), ' ');
    }

    // --- orders --------------------------------------------------------------------------------------
    public function order_request($market, $type, $side, $amount, $price, $unified, $method) {
        // Upbit's order fields but for the client id: the v1 POST orders takes none. time_in_force (KRW
        // markets, since 2026-06-30): post_only for postOnly, ioc and fok for IOC and FOK; a market order with
        // IOC or FOK is the best order (at the best opposite price).
        $this->reject_unified_params($method, $unified, ['clientOrderId']);
        return parent::order_request($market, $type, $side, $amount, $price, $unified, $method);
    }

    public function edit_order($id, $symbol, $type, $side, $amount = null, $price = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        throw new NotSupported(
            Js::boundedText(
                Js::toStr(
                    $this->id,
                ) . ' editOrder () is not supported: Bithumb has no cancel-and-new or amend endpoint',
            ),
        );
    }

    public function cancel_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // DELETE order?uuid=: the uuid only, no client_order_id.
        if ($this->safe_value($params, 'clientOrderId') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' cancelOrder () does not support the param clientOrderId: DELETE order takes the uuid only',
                ),
            );
        }
        return parent::cancel_order($id, $symbol, $params);
    }

    public function cancel_all_orders($symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        throw new NotSupported(
            Js::boundedText(
                Js::toStr(
                    $this->id,
                ) . ' cancelAllOrders () is not supported: the v1 API has no batch cancel (Upbit\'s DELETE orders/open)',
            ),
        );
    }

    public function fetch_orders_by_state($state, $symbol, $limit, $params) {
        // GET orders: market, uuids, state (wait, watch, done or cancel), page, limit (at most 100),
        // order_by; newest first.
        $this->load_markets();
        $request = ['state' => $state];
        $market = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
            $request['market'] = Js::get($market, 'id');
        }
        if ($limit !== null) {
            $request['limit'] = Js::min($limit, 100);
        }
        $response = $this->private_get_orders($this->extend($request, $params));
        return $this->parse_orders($response, $market);
    }

    public function fetch_open_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // state wait: the orders on the book (state watch, passed in params, lists the reserved ones).
        $orders = $this->fetch_orders_by_state('wait', $symbol, $limit, $params);
        return $this->filter_by_since_limit($orders, $since, $limit);
    }

    public function fetch_closed_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // state done and state cancel are two queries (the list filters by one state); their orders are
        // merged oldest first. The v1 list has no time range: the unified until cannot be honoured.
        if ($this->safe_value($params, 'until') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' fetchClosedOrders () does not support the unified param until: GET orders has no time range',
                ),
            );
        }
        $done = $this->fetch_orders_by_state('done', $symbol, $limit, $params);
        $canceled = $this->fetch_orders_by_state('cancel', $symbol, $limit, $params);
        $orders = $this->sort_by($this->array_concat($done, $canceled), 'timestamp');
        return $this->filter_by_since_limit($orders, $since, $limit);
    }
}
