<?php

// Generated from js/whitebit.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class whitebit extends Exchange {
    public function describe() {
        return $this->deep_extend(
            parent::describe(),
            [
                'id' => 'whitebit',
                'name' => 'WhiteBIT',
                'countries' => ['EE'],
                'version' => 'v4',
                'rateLimit' => 5,
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
                    'editOrder' => true,
                    'fetchOrder' => false,
                    'fetchOrders' => false,
                    'fetchOpenOrders' => true,
                    'fetchClosedOrders' => true,
                    'fetchMyTrades' => true,
                    'fetchDeposits' => true,
                    'fetchWithdrawals' => true,
                    'fetchTransactions' => true,
                    'fetchLedger' => false,
                    'fetchDepositAddress' => true,
                    'withdraw' => true,
                    'fetchTime' => true,
                    'fetchStatus' => true,
                    'fetchTradingFees' => true,
                    'cancelAllOrders' => false,
                    'fetchOrderTrades' => true,
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
                    'api' => [
                        'public' => 'https://whitebit.com/api/v4/public',
                        'publicV1' => 'https://whitebit.com/api/v1/public',
                        'private' => 'https://whitebit.com/api/v4',
                    ],
                    'www' => 'https://whitebit.com',
                    'doc' => 'https://docs.whitebit.com',
                ],
                'api' => [
                    'public' => [
                        'get' => [
                            'markets' => 1,
                            'ticker' => 1,
                            'assets' => 1,
                            'orderbook/{market}' => 3.4,
                            'trades/{market}' => 1,
                            'time' => 1,
                            'platform/status' => 1,
                        ],
                    ],
                    'publicV1' => ['get' => ['kline' => 2]],
                    'private' => [
                        'post' => [
                            'trade-account/balance' => 2,
                            'order/new' => 1,
                            'order/market' => 1,
                            'order/stock_market' => 1,
                            'order/stop_limit' => 1,
                            'order/stop_market' => 1,
                            'order/cancel' => 1,
                            'order/modify' => 1,
                            'orders' => 1,
                            'trade-account/executed-history' => 1,
                            'trade-account/order' => 1,
                            'trade-account/order/history' => 1,
                            'market/fee' => 1,
                            'main-account/balance' => 2,
                            'main-account/address' => 2,
                            'main-account/withdraw' => 10,
                            'main-account/history' => 10,
                        ],
                    ],
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
                'fees' => [
                    'trading' => [
                        'tierBased' => true,
                        'percentage' => true,
                        'maker' => 0.001,
                        'taker' => 0.001,
                    ],
                ],
                'requiredCredentials' => ['apiKey' => true, 'secret' => true],
                'precisionMode' => TICK_SIZE,
                'options' => [
                    'sameNameParams' => ['clientOrderId', 'postOnly'],
                    'networks' => [],
                    'orderStatuses' => [
                        'NEW' => 'open',
                        'PARTIALLY_FILLED' => 'open',
                        'PARTIAL_FILLED' => 'open',
                        'FILLED' => 'closed',
                        'CANCELLED' => 'canceled',
                        'CANCELED' => 'canceled',
                        'PARTIAL_CANCELED' => 'canceled',
                        'CANCELED_TAKER_BAND' => 'canceled',
                        'AUTO_CANCELED_REDUCE_ONLY' => 'canceled',
                    ],
                    'depositStatuses' => [
                        '3' => 'ok',
                        '7' => 'ok',
                        '4' => 'canceled',
                        '9' => 'canceled',
                        '5' => 'pending',
                        '15' => 'pending',
                        '21' => 'pending',
                        '22' => 'failed',
                        '27' => 'pending',
                        '28' => 'pending',
                    ],
                    'withdrawalStatuses' => [
                        '1' => 'pending',
                        '2' => 'pending',
                        '6' => 'pending',
                        '10' => 'pending',
                        '11' => 'pending',
                        '12' => 'pending',
                        '13' => 'pending',
                        '14' => 'pending',
                        '15' => 'pending',
                        '16' => 'pending',
                        '17' => 'pending',
                        '3' => 'ok',
                        '7' => 'ok',
                        '18' => 'ok',
                        '4' => 'canceled',
                        '5' => 'pending',
                        '21' => 'pending',
                    ],
                ],
                'exceptions' => [
                    'exact' => [
                        '0' => BadRequest::class,
                        '30' => BadRequest::class,
                        '31' => BadSymbol::class,
                        '32' => InvalidOrder::class,
                        '33' => InvalidOrder::class,
                        '36' => InvalidOrder::class,
                        '37' => InvalidOrder::class,
                    ],
                    'broad' => [
                        'Not enough balance' => InsufficientFunds::class,
                        'Not enough money' => InsufficientFunds::class,
                        'Unexecuted order was not found' => OrderNotFound::class,
                        'Order does not exist' => OrderNotFound::class,
                        'Market is not available' => BadSymbol::class,
                        'This client order id is already used' => DuplicateOrderId::class,
                        'Total (amount * price) is less than' => InvalidOrder::class,
                        'The address is invalid' => InvalidAddress::class,
                        'Too Many Attempts' => RateLimitExceeded::class,
                        'Too many requests.' => InvalidNonce::class,
                        'Nonce not provided' => InvalidNonce::class,
                        'Your nonce is more than 5 seconds' => InvalidNonce::class,
                        'Invalid nonceWindow' => InvalidNonce::class,
                        'This action is unauthorized' => AuthenticationError::class,
                        'You don\'t have permission to use this endpoint' => PermissionDenied::class,
                        'Unauthorized request' => AuthenticationError::class,
                        'Invalid payload' => AuthenticationError::class,
                        'Payload not provided' => AuthenticationError::class,
                        'Request not provided' => AuthenticationError::class,
                        'Your account must be verified' => PermissionDenied::class,
                    ],
                ],
            ],
        );
    }

    // --- markets and currencies ------------------------------------------------------------------------
    public function fetch_markets($params = null) {
        if ($params === null) {
            $params = [];
        }
        // markets: spot, futures and tradfiFutures markets; the spot ones.
        $response = $this->response_shape($this->public_get_markets($params), 'list', 'fetchMarkets');
        $result = [];
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            if ($this->safe_string(Js::get($response, $i), 'type') === 'spot') {
                $result[] = $this->parse_market(Js::get($response, $i));
            }
        }
        return $result;
    }

    public function response_shape($response, $shape, $method) {
        // The list or the object (keyed by currency or market) a response must be; anything else is a BadResponse
        // here rather than read as a list or an object in one runtime and refused in another.
        $value = $shape === 'list' ? $this->safe_list(['response' => $response], 'response') : $this->safe_dict(
            ['response' => $response],
            'response',
        );
        if ($value === null) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($method) . ' () expected a JSON ') . (
                        $shape === 'list' ? 'array' : 'object'
                    ) . ' in the response',
                ),
            );
        }
        return $value;
    }

    public function parse_market($entry) {
        // { name, stock, money, stockPrec, moneyPrec, feePrec, makerFee, takerFee (percent), minAmount, minTotal,
        // maxTotal ("0": no limit), tradesEnabled, isCollateral, type, isTradFiFutures, delistedAt, tickSize,
        // stepSize ("" when the engine has none) }.
        $base_id = $this->safe_string($entry, 'stock');
        $quote_id = $this->safe_string($entry, 'money');
        $base = $this->safe_currency_code($base_id);
        $quote = $this->safe_currency_code($quote_id);
        $tick = $this->safe_string(
            $entry,
            'tickSize',
            $this->parse_precision($this->safe_string($entry, 'moneyPrec')),
        );
        $step = $this->safe_string(
            $entry,
            'stepSize',
            $this->parse_precision($this->safe_string($entry, 'stockPrec')),
        );
        return $this->safe_market_structure(
            [
                'id' => $this->safe_string($entry, 'name'),
                'symbol' => Js::boundedText(Js::toStr($base) . '/' . Js::toStr($quote)),
                'base' => $base,
                'quote' => $quote,
                'baseId' => $base_id,
                'quoteId' => $quote_id,
                'active' => $this->safe_bool($entry, 'tradesEnabled'),
                'type' => 'spot',
                'spot' => true,
                'maker' => $this->percent_rate($this->safe_string($entry, 'makerFee')),
                'taker' => $this->percent_rate($this->safe_string($entry, 'takerFee')),
                'precision' => [
                    'amount' => $this->parse_number($step),
                    'price' => $this->parse_number($tick),
                ],
                'limits' => [
                    'amount' => ['min' => $this->safe_number($entry, 'minAmount'), 'max' => null],
                    'price' => ['min' => null, 'max' => null],
                    'cost' => [
                        'min' => $this->safe_number($entry, 'minTotal'),
                        'max' => $this->positive_number($this->safe_string($entry, 'maxTotal')),
                    ],
                ],
                'info' => $entry,
            ],
        );
    }

    public function percent_rate($percent) {
        // "0.1" (percent) -> 0.001.
        if ($percent === null) {
            return null;
        }
        return $this->parse_number(Precise::string_div($percent, '100'));
    }

    public function positive_number($text) {
        // A maximum where "0" means none.
        if (($text === null) || !(Precise::string_gt($text, '0'))) {
            return null;
        }
        return $this->parse_number($text);
    }

    public function fetch_currencies($params = null) {
        if ($params === null) {
            $params = [];
        }
        // assets: { BTC: { name, can_withdraw, can_deposit, min_withdraw, max_withdraw, min_deposit, max_deposit
        // ("0": unlimited), currency_precision (decimals), networks: { deposits, withdraws, default },
        // limits: { deposit: { BTC: { min, max } }, withdraw }, confirmations, providers } }.
        $response = $this->response_shape($this->public_get_assets($params), 'object', 'fetchCurrencies');
        $ids = Js::keys($response);
        $result = [];
        for ($i = 0; $i < count($ids); $i++) {
            $id = $ids[$i];
            $entry = $this->safe_dict($response, $id, []);
            $code = $this->safe_currency_code($id);
            $precision = $this->parse_number(
                $this->parse_precision($this->safe_string($entry, 'currency_precision')),
            );
            $deposit = $this->safe_bool($entry, 'can_deposit');
            $withdraw = $this->safe_bool($entry, 'can_withdraw');
            Js::setKey(
                $result,
                $code,
                [
                    'id' => $id,
                    'code' => $code,
                    'name' => $this->safe_string($entry, 'name'),
                    'active' => Js::truthy($_value1 = $deposit) ? $withdraw : $_value1,
                    'deposit' => $deposit,
                    'withdraw' => $withdraw,
                    'fee' => null,
                    'precision' => $precision,
                    'limits' => [
                        'deposit' => [
                            'min' => $this->safe_number($entry, 'min_deposit'),
                            'max' => $this->positive_number($this->safe_string($entry, 'max_deposit')),
                        ],
                        'withdraw' => [
                            'min' => $this->safe_number($entry, 'min_withdraw'),
                            'max' => $this->positive_number($this->safe_string($entry, 'max_withdraw')),
                        ],
                    ],
                    'networks' => $this->parse_asset_networks($entry, $precision),
                    'info' => $entry,
                ],
            );
        }
        return $result;
    }

    public function network_ids($list) {
        // The texts of a list of network ids, as the keys of a dictionary (each true).
        $result = [];
        for ($i = 0; Js::less($i, Js::length($list)); $i++) {
            $id = Js::get($list, $i);
            if (Js::typeof($id) === 'string') {
                Js::setKey($result, $id, true);
            }
        }
        return $result;
    }

    public function parse_asset_networks($entry, $precision) {
        // The networks of deposits and of withdrawals, each with its limits (where the asset states them).
        $networks = $this->safe_dict($entry, 'networks', []);
        $deposits = $this->safe_list($networks, 'deposits', []);
        $withdraws = $this->safe_list($networks, 'withdraws', []);
        $limits = $this->safe_dict($entry, 'limits', []);
        $deposit_limits = $this->safe_dict($limits, 'deposit', []);
        $withdraw_limits = $this->safe_dict($limits, 'withdraw', []);
        // (looked up by id: a search of both lists for each id made an asset of 20,000 networks cost Python and PHP
        // half a minute; red-team round 28. A network id is a text: any other value names none.)
        $can_deposit = $this->network_ids($deposits);
        $can_withdraw = $this->network_ids($withdraws);
        $ids = Js::keys($this->extend($can_deposit, $can_withdraw));
        $result = [];
        for ($i = 0; $i < count($ids); $i++) {
            $id = $ids[$i];
            $network_code = $this->network_code($id);
            $deposit_limit = $this->safe_dict($deposit_limits, $id, []);
            $withdraw_limit = $this->safe_dict($withdraw_limits, $id, []);
            Js::setKey(
                $result,
                $network_code,
                [
                    'id' => $id,
                    'network' => $network_code,
                    'active' => ($this->own_value($can_deposit, $id) === true) && (
                        $this->own_value($can_withdraw, $id) === true
                    ),
                    'deposit' => $this->own_value($can_deposit, $id) === true,
                    'withdraw' => $this->own_value($can_withdraw, $id) === true,
                    'fee' => null,
                    'precision' => $precision,
                    'limits' => [
                        'deposit' => [
                            'min' => $this->safe_number($deposit_limit, 'min'),
                            'max' => $this->safe_number($deposit_limit, 'max'),
                        ],
                        'withdraw' => [
                            'min' => $this->safe_number($withdraw_limit, 'min'),
                            'max' => $this->safe_number($withdraw_limit, 'max'),
                        ],
                    ],
                ],
            );
        }
        return $result;
    }

    // --- market data -------------------------------------------------------------------------------------
    public function fetch_time($params = null) {
        if ($params === null) {
            $params = [];
        }
        // time: { time } in seconds.
        $response = $this->public_get_time($params);
        return $this->safe_timestamp($response, 'time');
    }

    public function fetch_status($params = null) {
        if ($params === null) {
            $params = [];
        }
        // platform/status: { status: "system operational" | "system maintenance" }.
        $response = $this->public_get_platform_status($params);
        $status = $this->safe_string($response, 'status');
        $unified = 'error';
        if ($status === 'system operational') {
            $unified = 'ok';
        } elseif ($status === 'system maintenance') {
            $unified = 'maintenance';
        }
        return ['status' => $unified, 'updated' => null, 'eta' => null, 'url' => null, 'info' => $response];
    }

    public function parse_ticker($ticker, $market = null) {
        // ticker's entries: { base_id, quote_id (CoinMarketCap ids), last_price, quote_volume, base_volume,
        // isFrozen, change (percent, the rolling 24 h open to last) }.
        return $this->ticker_structure(
            symbol: $this->safe_symbol(null, $market),
            last: $this->safe_string($ticker, 'last_price'),
            percentage: $this->safe_string($ticker, 'change'),
            base_volume: $this->safe_string($ticker, 'base_volume'),
            quote_volume: $this->safe_string($ticker, 'quote_volume'),
            info: $ticker,
            market: $market,
        );
    }

    public function fetch_ticker($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // ticker answers with every market's, keyed by market name.
        $this->load_markets();
        $market = $this->market($symbol);
        $response = $this->public_get_ticker($params);
        $ticker = $this->safe_dict($response, Js::get($market, 'id'));
        if ($ticker === null) {
            throw new BadSymbol(
                Js::boundedText(
                    Js::toStr($this->id) . ' fetchTicker () found no ticker of ' . Js::toStr($symbol),
                ),
            );
        }
        return $this->parse_ticker($ticker, $market);
    }

    public function fetch_tickers($symbols = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $response = $this->response_shape($this->public_get_ticker($params), 'object', 'fetchTickers');
        // Every market's ticker, futures too: only the loaded (spot) markets' are kept, of symbols when given.
        $ids = Js::keys($response);
        $result = [];
        for ($i = 0; $i < count($ids); $i++) {
            $market = $this->safe_market($ids[$i], null, '_');
            $symbol = Js::get($market, 'symbol');
            $ticker = $this->safe_dict($response, $ids[$i]);
            $wanted = Js::truthy($_value1 = $symbols === null) ? $_value1 : $this->in_array(
                $symbol,
                $symbols,
            );
            if (
                ($ticker !== null) && Js::truthy($wanted) && Js::truthy(
                    $this->in_array($symbol, $this->symbols),
                )
            ) {
                Js::setKey($result, $symbol, $this->parse_ticker($ticker, $market));
            }
        }
        return $result;
    }

    public function fetch_order_book($symbol, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // orderbook/{market}?limit (at most 100): { ticker_id, timestamp (seconds), asks, bids }.
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['market' => Js::get($market, 'id')];
        if ($limit !== null) {
            $request['limit'] = Js::min($limit, 100);
        }
        $response = $this->public_get_orderbook_market($this->extend($request, $params));
        return $this->parse_order_book(
            $response,
            Js::get($market, 'symbol'),
            $this->safe_timestamp($response, 'timestamp'),
        );
    }

    public function parse_trade($trade, $market = null) {
        // Public trades: { tradeID, price, quote_volume (the base amount: WhiteBIT's naming is reversed here),
        // base_volume (the quote amount), trade_timestamp (seconds), type (the taker's side), rpi }. The account's
        // deals: { id, clientOrderId, time, side, role (1 maker, 2 taker), amount, price, deal, fee, orderId,
        // feeAsset }; an order's deals the same without side and orderId.
        $taker_or_maker = null;
        $role = $this->safe_integer($trade, 'role');
        if (Js::strictEqual($role, 1)) {
            $taker_or_maker = 'maker';
        } elseif (Js::strictEqual($role, 2)) {
            $taker_or_maker = 'taker';
        }
        $fee = null;
        $fee_cost = $this->safe_string($trade, 'fee');
        if ($fee_cost !== null) {
            $fee = [
                'cost' => $fee_cost,
                'currency' => $this->safe_currency_code($this->safe_string($trade, 'feeAsset')),
            ];
        }
        return $this->trade_structure(
            id: $this->safe_string2($trade, 'tradeID', 'id'),
            order: $this->safe_string($trade, 'orderId'),
            symbol: $this->safe_symbol(null, $market),
            timestamp: $this->safe_timestamp2($trade, 'trade_timestamp', 'time'),
            side: $this->safe_string2($trade, 'type', 'side'),
            taker_or_maker: $taker_or_maker,
            price: $this->safe_string($trade, 'price'),
            amount: $this->safe_string2($trade, 'quote_volume', 'amount'),
            cost: $this->safe_string2($trade, 'base_volume', 'deal'),
            fee: $fee,
            info: $trade,
            market: $market,
        );
    }

    public function fetch_trades($symbol, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // trades/{market}: the 100 latest trades, newest first; since and limit filter them here.
        $this->load_markets();
        $market = $this->market($symbol);
        $response = $this->public_get_trades_market(
            $this->extend(['market' => Js::get($market, 'id')], $params),
        );
        return $this->parse_trades($response, $market, $since, $limit);
    }

    public function parse_ohlcv($ohlcv, $market = null) {
        // [ time (seconds), open, close, high, low, volume (base), volume (quote) ].
        return [
            $this->safe_timestamp($ohlcv, 0),
            $this->safe_number($ohlcv, 1),
            $this->safe_number($ohlcv, 3),
            $this->safe_number($ohlcv, 4),
            $this->safe_number($ohlcv, 2),
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
        // v1 kline?market&interval&start&end (seconds)&limit (at most 1440): { success, message, result: [ ... ] }.
        $this->load_markets();
        $market = $this->market($symbol);
        $interval = $this->safe_string($this->timeframes, $timeframe);
        if ($interval === null) {
            throw new BadRequest(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' fetchOHLCV () does not support the timeframe ' . Js::toStr($timeframe) . ': one of ') . Js::join(
                        Js::keys($this->timeframes),
                        ', ',
                    ),
                ),
            );
        }
        $request = ['market' => Js::get($market, 'id'), 'interval' => $interval];
        if ($since !== null) {
            $request['start'] = $this->to_seconds($since);
        }
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            $request['end'] = $this->to_seconds($until);
        }
        if ($limit !== null) {
            $request['limit'] = Js::min($limit, 1440);
        }
        $response = $this->public_v1_get_kline($this->extend($request, $this->omit($params, 'until')));
        return $this->parse_ohlcvs(
            $this->safe_list($response, 'result', []),
            $market,
            $timeframe,
            $since,
            $limit,
        );
    }

    public function to_seconds($milliseconds) {
        return Js::floor(Js::divide($milliseconds, 1000));
    }

    // --- account -----------------------------------------------------------------------------------------
    public function fetch_balance($params = null) {
        if ($params === null) {
            $params = [];
        }
        // trade-account/balance: { BTC: { available, freeze } } (the spot balance). With params type 'main':
        // main-account/balance: { BTC: { main_balance } }, the main (funding) balance.
        $this->load_markets();
        $type = $this->safe_string($params, 'type', 'spot');
        $rest = $this->omit($params, 'type');
        $response = null;
        if ($type === 'main') {
            $response = $this->private_post_main_account_balance($rest);
        } elseif ($type === 'spot') {
            $response = $this->private_post_trade_account_balance($rest);
        } else {
            throw new BadRequest(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' fetchBalance () type must be spot (the trade balance) or main, not ' . $type,
                ),
            );
        }
        $balances = $this->response_shape($response, 'object', 'fetchBalance');
        $result = ['info' => $response];
        $ids = Js::keys($balances);
        for ($i = 0; $i < count($ids); $i++) {
            $entry = $this->safe_dict($balances, $ids[$i], []);
            $account = $this->account();
            if ($type === 'main') {
                Js::set($account, 'free', $this->safe_string($entry, 'main_balance'));
                Js::set($account, 'used', '0');
            } else {
                Js::set($account, 'free', $this->safe_string($entry, 'available'));
                Js::set($account, 'used', $this->safe_string($entry, 'freeze'));
            }
            Js::setKey($result, $this->safe_currency_code($ids[$i]), $account);
        }
        return $this->safe_balance($result);
    }

    public function fetch_trading_fees($params = null) {
        if ($params === null) {
            $params = [];
        }
        // market/fee: { error, taker, maker (the account's spot fees, in percent), futures_taker, futures_maker }:
        // one rate for every market.
        $this->load_markets();
        $response = $this->private_post_market_fee($params);
        $maker = $this->percent_rate($this->safe_string($response, 'maker'));
        $taker = $this->percent_rate($this->safe_string($response, 'taker'));
        $result = [];
        for ($i = 0; Js::less($i, Js::length($this->symbols)); $i++) {
            $symbol = Js::get($this->symbols, $i);
            Js::setKey(
                $result,
                $symbol,
                ['symbol' => $symbol, 'maker' => $maker, 'taker' => $taker, 'info' => $response],
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

    // --- orders ------------------------------------------------------------------------------------------
    public function parse_order($order, $market = null) {
        // { orderId (id in the history), clientOrderId ("" when none), market, side, type: limit, market, stock
        // market, stop limit or stop market, timestamp (ctime in the history; seconds with microseconds), ftime,
        // dealMoney (filled, quote), dealStock (filled, base), amount (quote for a market or stop-market buy,
        // base otherwise), left, dealFee, feeAsset, price ("0" for market orders), activation_price, postOnly, ioc,
        // status }.
        $market = $this->safe_market($this->safe_string($order, 'market'), $market, '_');
        $order_type = $this->safe_string($order, 'type');
        $side = $this->safe_string($order, 'side');
        $is_market = ($order_type === 'market') || ($order_type === 'stock market') || (
            $order_type === 'stop market'
        );
        $is_trigger = ($order_type === 'stop limit') || ($order_type === 'stop market');
        // A market buy (and a stop-market buy) is sized in the quote currency: its amount and left are a cost.
        $sized_in_quote = ($side === 'buy') && (
            ($order_type === 'market') || ($order_type === 'stop market')
        );
        $time_in_force = null;
        $post_only = $this->safe_bool($order, 'postOnly');
        if ($order_type === 'limit') {
            if ($post_only === true) {
                $time_in_force = 'PO';
            } elseif ($this->safe_bool($order, 'ioc') === true) {
                $time_in_force = 'IOC';
            } else {
                $time_in_force = 'GTC';
            }
        }
        $fee = null;
        $fee_cost = $this->safe_string($order, 'dealFee');
        if ($fee_cost !== null) {
            // The fee is in feeAsset where the response names it; an order response says "in money" (the quote).
            $fee_asset = $this->safe_string($order, 'feeAsset');
            $fee = [
                'cost' => $fee_cost,
                'currency' => $fee_asset === null ? Js::get($market, 'quote') : $this->safe_currency_code(
                    $fee_asset,
                ),
            ];
        }
        $status = $this->safe_string($order, 'status');
        $price = $this->safe_string($order, 'price');
        if (($price !== null) && Precise::string_eq($price, '0')) {
            $price = null;
        }
        return $this->safe_order(
            [
                'id' => $this->safe_string2($order, 'orderId', 'id'),
                'clientOrderId' => $this->safe_string($order, 'clientOrderId'),
                'symbol' => Js::get($market, 'symbol'),
                'timestamp' => $this->safe_timestamp2($order, 'timestamp', 'ctime'),
                'lastUpdateTimestamp' => $this->safe_timestamp($order, 'ftime'),
                'status' => $this->safe_string(Js::get($this->options, 'orderStatuses'), $status, $status),
                'type' => $is_market ? 'market' : 'limit',
                'timeInForce' => $time_in_force,
                'postOnly' => $post_only,
                'side' => $side,
                'price' => $price,
                'triggerPrice' => $is_trigger ? $this->safe_string2(
                    $order,
                    'activation_price',
                    'activationPrice',
                ) : null,
                'amount' => $sized_in_quote ? null : $this->safe_string($order, 'amount'),
                'remaining' => $sized_in_quote ? null : $this->safe_string($order, 'left'),
                'filled' => $this->safe_string($order, 'dealStock'),
                'cost' => $this->safe_string($order, 'dealMoney'),
                'fee' => $fee,
                'info' => $order,
            ],
            $market,
        );
    }

    public function create_order($symbol, $type, $side, $amount, $price = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // A limit order is order/new { market, side, amount, price, postOnly, ioc, clientOrderId }; with
        // triggerPrice (or stopLossPrice) order/stop_limit with activation_price. A market sell is order/market
        // (amount in base); a market buy order/stock_market (amount in base) or, with the unified cost,
        // order/market (amount in quote). A market order with a trigger is order/stop_market, whose buy is sized in
        // quote: it needs cost. Stop orders fire when the price rises to activation_price for a buy and falls to it
        // for a sell, which is a stop loss, never a take profit.
        $this->load_markets();
        $market = $this->market($symbol);
        [$unified, $rest] = Js::destructure($this->unified_order_params($type, $params), 2);
        $this->reject_unified_params('createOrder', $unified, ['reduceOnly', 'takeProfitPrice']);
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
        $trigger = Js::get($unified, 'trigger');
        $time_in_force = Js::get($unified, 'timeInForce');
        if (($time_in_force !== null) && ($trigger !== null)) {
            throw new InvalidOrder(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' createOrder () timeInForce ' . Js::toStr($time_in_force) . ' cannot be combined with ') . Js::toStr(
                        Js::get($unified, 'triggerKind'),
                    ) . ': stop orders take no time in force',
                ),
            );
        }
        if (($time_in_force !== null) && (!($type === 'limit') || ($time_in_force === 'FOK'))) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr($this->id) . ' createOrder () does not support the unified param timeInForce ' . Js::toStr($time_in_force) . ' for a ' . Js::toStr(
                        $type,
                    ) . ' order: only limit orders take IOC (and GTC)',
                ),
            );
        }
        if ((Js::get($unified, 'cost') !== null) && !($side === 'buy')) {
            throw new InvalidOrder(
                Js::boundedText(
                    Js::toStr($this->id) . ' createOrder () cost sizes market buys only, not a ' . Js::toStr(
                        $side,
                    ),
                ),
            );
        }
        $request = ['market' => Js::get($market, 'id'), 'side' => $side];
        $method = null;
        if ($type === 'limit') {
            if ($price === null) {
                throw new ArgumentsRequired(
                    Js::boundedText(
                        Js::toStr($this->id) . ' createOrder () requires a price for a limit order',
                    ),
                );
            }
            $request['amount'] = $this->amount_to_precision($symbol, $amount);
            $request['price'] = $this->price_to_precision($symbol, $price);
            if ($trigger !== null) {
                $request['activation_price'] = $this->price_to_precision($symbol, $trigger);
                $method = 'stopLimit';
            } else {
                $method = 'limit';
                if (Js::truthy(Js::get($unified, 'postOnly'))) {
                    $request['postOnly'] = true;
                }
                if ($time_in_force === 'IOC') {
                    $request['ioc'] = true;
                }
            }
        } elseif ($trigger !== null) {
            $method = 'stopMarket';
            if ($side === 'buy') {
                if (Js::get($unified, 'cost') === null) {
                    throw new ArgumentsRequired(
                        Js::boundedText(
                            Js::boundedText(Js::toStr($this->id) . ' createOrder () requires the unified param cost for a market buy with ') . Js::toStr(
                                Js::get($unified, 'triggerKind'),
                            ) . ': order/stop_market sizes a buy in the quote currency',
                        ),
                    );
                }
                $request['amount'] = $this->cost_to_precision($symbol, Js::get($unified, 'cost'));
            } else {
                $request['amount'] = $this->amount_to_precision($symbol, $amount);
            }
            $request['activation_price'] = $this->price_to_precision($symbol, $trigger);
        } elseif (Js::get($unified, 'cost') !== null) {
            $method = 'market';
            $request['amount'] = $this->cost_to_precision($symbol, Js::get($unified, 'cost'));
        } else {
            $method = $side === 'buy' ? 'stockMarket' : 'market';
            $request['amount'] = $this->amount_to_precision($symbol, $amount);
        }
        if (Js::get($unified, 'clientOrderId') !== null) {
            $request['clientOrderId'] = Js::get($unified, 'clientOrderId');
        }
        $query = $this->extend($request, $rest);
        $response = null;
        if ($method === 'limit') {
            $response = $this->private_post_order_new($query);
        } elseif ($method === 'stopLimit') {
            $response = $this->private_post_order_stop_limit($query);
        } elseif ($method === 'stopMarket') {
            $response = $this->private_post_order_stop_market($query);
        } elseif ($method === 'stockMarket') {
            $response = $this->private_post_order_stock_market($query);
        } else {
            $response = $this->private_post_order_market($query);
        }
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

    public function require_symbol($method, $symbol) {
        if ($symbol === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr($this->id) . ' ' . Js::toStr(
                        $method,
                    ) . ' () requires a symbol argument: WhiteBIT names orders by market and id',
                ),
            );
        }
        return $this->market($symbol);
    }

    public function order_id_number($method, $id) {
        // Order ids are integers in requests: a text that is not one is refused here rather than sent.
        $value = $this->safe_integer(['id' => $id], 'id');
        if (
            ($value === null) || !Js::strictEqual(
                $this->number_to_string($value),
                $this->number_to_string($id),
            )
        ) {
            throw new BadRequest(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($method) . ' () order id must be an integer, not ') . Js::toStr(
                        $this->number_to_string($id),
                    ),
                ),
            );
        }
        return $value;
    }

    public function cancel_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // order/cancel { market, orderId } answers with the canceled order.
        $this->load_markets();
        $market = $this->require_symbol('cancelOrder', $symbol);
        $request = [
            'market' => Js::get($market, 'id'),
            'orderId' => $this->order_id_number('cancelOrder', $id),
        ];
        $response = $this->private_post_order_cancel($this->extend($request, $params));
        return $this->parse_order($response, $market);
    }

    public function edit_order($id, $symbol, $type, $side, $amount = null, $price = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // order/modify { orderId, market, amount, price, activationPrice } changes a limit, stop-limit or
        // stop-market order, which comes back under a new orderId. The unified triggerPrice is activationPrice;
        // a post-only flag cannot be set there.
        $this->load_markets();
        $market = $this->require_symbol('editOrder', $symbol);
        if ($this->safe_bool($params, 'postOnly', false)) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' editOrder () does not support the unified param postOnly: order/modify changes amount, price and activationPrice only',
                ),
            );
        }
        $request = [
            'orderId' => $this->order_id_number('editOrder', $id),
            'market' => Js::get($market, 'id'),
        ];
        if ($amount !== null) {
            $request['amount'] = $this->amount_to_precision($symbol, $amount);
        }
        if ($price !== null) {
            $request['price'] = $this->price_to_precision($symbol, $price);
        }
        $trigger = $this->safe_string($params, 'triggerPrice');
        if ($trigger !== null) {
            $request['activationPrice'] = $this->price_to_precision($symbol, $trigger);
        }
        $response = $this->private_post_order_modify(
            $this->extend($request, $this->omit($params, ['triggerPrice', 'postOnly'])),
        );
        return $this->parse_order($response, $market);
    }

    public function page_request($market, $limit, $maximum) {
        // market (when given) and limit, at most maximum.
        $request = [];
        if ($market !== null) {
            $request['market'] = Js::get($market, 'id');
        }
        if ($limit !== null) {
            $request['limit'] = Js::min($limit, $maximum);
        }
        return $request;
    }

    public function date_range($request, $since, $params) {
        // startDate and endDate (the unified until) in seconds.
        if ($since !== null) {
            Js::set($request, 'startDate', $this->to_seconds($since));
        }
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            Js::set($request, 'endDate', $this->to_seconds($until));
        }
        return $request;
    }

    public function fetch_open_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // orders { market, limit (at most 100), offset }: the active orders (of every market without market).
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $response = $this->private_post_orders(
            $this->extend($this->page_request($market, $limit, 100), $params),
        );
        return $this->parse_orders($response, $market, $since, $limit);
    }

    public function fetch_closed_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // trade-account/order/history { market, startDate, endDate (until), limit (at most 500), offset }: the
        // executed and canceled orders, { BTC_USDT: [ orders ] }.
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $request = $this->date_range($this->page_request($market, $limit, 500), $since, $params);
        $response = $this->response_shape(
            $this->private_post_trade_account_order_history(
                $this->extend($request, $this->omit($params, 'until')),
            ),
            'object',
            'fetchClosedOrders',
        );
        $orders = [];
        $market_ids = Js::keys($response);
        for ($i = 0; $i < count($market_ids); $i++) {
            $entries = $this->safe_list($response, $market_ids[$i], []);
            for ($j = 0; $j < count($entries); $j++) {
                $orders[] = $this->extend(Js::get($entries, $j), ['market' => $market_ids[$i]]);
            }
        }
        return $this->parse_orders($orders, $market, $since, $limit);
    }

    public function fetch_my_trades($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // trade-account/executed-history { market, startDate, endDate (until), limit (at most 500), offset }:
        // a list of one market's deals with market, else { BTC_USDT: [ deals ] }.
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $request = $this->date_range($this->page_request($market, $limit, 500), $since, $params);
        $response = $this->private_post_trade_account_executed_history(
            $this->extend($request, $this->omit($params, 'until')),
        );
        if (Js::isArray($response)) {
            return $this->parse_trades($response, $market, $since, $limit);
        }
        $by_market = $this->response_shape($response, 'object', 'fetchMyTrades');
        $trades = [];
        $market_ids = Js::keys($by_market);
        for ($i = 0; $i < count($market_ids); $i++) {
            // (pushed in place: a copy of the trades so far at each market made an answer of many empty markets cost
            // their product; red-team round 29)
            $entries = $this->safe_list($by_market, $market_ids[$i], []);
            $parsed = $this->parse_trades($entries, $this->safe_market($market_ids[$i], null, '_'));
            for ($j = 0; Js::less($j, Js::length($parsed)); $j++) {
                $trades[] = Js::get($parsed, $j);
            }
        }
        return $this->filter_by_symbol_since_limit(
            $this->sort_by($trades, 'timestamp'),
            null,
            $since,
            $limit,
        );
    }

    public function fetch_order_trades($id, $symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // trade-account/order { orderId, limit, offset }: { records: [ deals ], offset, limit } (dealOrderId is
        // the other side's order).
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $request = ['orderId' => $this->order_id_number('fetchOrderTrades', $id)];
        if ($limit !== null) {
            $request['limit'] = $limit;
        }
        $response = $this->private_post_trade_account_order($this->extend($request, $params));
        $records = $this->safe_list($response, 'records', []);
        $deals = [];
        for ($i = 0; $i < count($records); $i++) {
            $deals[] = $this->extend(Js::get($records, $i), ['orderId' => $this->number_to_string($id)]);
        }
        return $this->parse_trades($deals, $market, $since, $limit);
    }

    // --- funding -----------------------------------------------------------------------------------------
    public function parse_transaction($transaction, $currency = null) {
        // main-account/history records: { address, uniqueId, createdAt (seconds), currency (the name), ticker,
        // method (1 deposit, 2 withdraw), amount, description, memo, fee, status (a code), network,
        // transactionHash, transactionId, details, confirmations }.
        $code = $this->safe_currency_code($this->safe_string($transaction, 'ticker'), $currency);
        $method = $this->safe_integer($transaction, 'method');
        $type = null;
        $statuses = [];
        if (Js::strictEqual($method, 1)) {
            $type = 'deposit';
            $statuses = Js::get($this->options, 'depositStatuses');
        } elseif (Js::strictEqual($method, 2)) {
            $type = 'withdrawal';
            $statuses = Js::get($this->options, 'withdrawalStatuses');
        }
        $fee = null;
        $fee_cost = $this->safe_string($transaction, 'fee');
        if ($fee_cost !== null) {
            $fee = ['cost' => $fee_cost, 'currency' => $code];
        }
        $status = $this->safe_string($transaction, 'status');
        return $this->safe_transaction(
            [
                'id' => $this->safe_string($transaction, 'transactionId'),
                'txid' => $this->safe_string($transaction, 'transactionHash'),
                'timestamp' => $this->safe_timestamp($transaction, 'createdAt'),
                'network' => $this->network_code($this->safe_string($transaction, 'network')),
                'address' => $this->safe_string($transaction, 'address'),
                'tag' => $this->safe_string($transaction, 'memo'),
                'type' => $type,
                'amount' => $this->safe_string($transaction, 'amount'),
                'currency' => $code,
                'status' => $this->safe_string($statuses, $status),
                'fee' => $fee,
                'info' => $transaction,
            ],
            $currency,
        );
    }

    public function fetch_history($method, $transaction_method, $code, $since, $limit, $params) {
        // main-account/history { transactionMethod (1 deposits, 2 withdraws, none: both), ticker, limit (at most
        // 100), offset }: { limit, offset, records, total }, newest first. It takes no dates: since filters
        // here, and until is refused rather than dropped.
        if ($this->safe_value($params, 'until') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr($this->id) . ' ' . Js::toStr(
                        $method,
                    ) . ' () does not support the unified param until: main-account/history takes no dates',
                ),
            );
        }
        $this->load_markets();
        $currency = null;
        $request = [];
        if ($transaction_method !== null) {
            $request['transactionMethod'] = $transaction_method;
        }
        if ($code !== null) {
            $currency = $this->currency($code);
            $request['ticker'] = Js::get($currency, 'id');
        }
        if ($limit !== null) {
            $request['limit'] = Js::min($limit, 100);
        }
        $response = $this->private_post_main_account_history($this->extend($request, $params));
        return $this->parse_transactions(
            $this->safe_list($response, 'records', []),
            $currency,
            $since,
            $limit,
        );
    }

    public function fetch_deposits($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->fetch_history('fetchDeposits', 1, $code, $since, $limit, $params);
    }

    public function fetch_withdrawals($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->fetch_history('fetchWithdrawals', 2, $code, $since, $limit, $params);
    }

    public function fetch_transactions($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->fetch_history('fetchTransactions', null, $code, $since, $limit, $params);
    }

    public function fetch_deposit_address($code, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // main-account/address { ticker, network }: { account: { address, memo }, required: { fixedFee, flexFee,
        // maxAmount, minAmount } }. A currency of several networks needs the unified network.
        $this->load_markets();
        $currency = $this->currency($code);
        $request = ['ticker' => Js::get($currency, 'id')];
        $network_code = $this->safe_string($params, 'network');
        $network = null;
        if ($network_code !== null) {
            $request['network'] = $this->known_network_id($network_code, $currency, 'fetchDepositAddress');
            $network = $this->network_code(Js::get($request, 'network'), $currency);
        }
        $response = $this->private_post_main_account_address(
            $this->extend($request, $this->omit($params, 'network')),
        );
        $account = $this->safe_dict($response, 'account', []);
        return [
            'currency' => Js::get($currency, 'code'),
            'address' => $this->safe_string($account, 'address'),
            'tag' => $this->safe_string($account, 'memo'),
            'network' => $network,
            'info' => $response,
        ];
    }

    public function withdraw($code, $amount, $address, $tag = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // main-account/withdraw { ticker, amount (the fee included), address, memo (the tag), uniqueId, network }
        // answers [] (201): the withdrawal is then found in main-account/history by its uniqueId, which is
        // params['uniqueId'] or one made from the clock, and is kept in the result's info.
        $this->load_markets();
        $currency = $this->currency($code);
        $unique_id = $this->safe_string($params, 'uniqueId', $this->number_to_string($this->milliseconds()));
        $request = [
            'ticker' => Js::get($currency, 'id'),
            'amount' => $this->currency_to_precision($code, $amount),
            'address' => $address,
            'uniqueId' => $unique_id,
        ];
        if ($tag !== null) {
            $request['memo'] = $tag;
        }
        $network_code = $this->safe_string($params, 'network');
        $network = null;
        if ($network_code !== null) {
            $request['network'] = $this->known_network_id($network_code, $currency, 'withdraw');
            $network = $this->network_code(Js::get($request, 'network'), $currency);
        }
        $response = $this->private_post_main_account_withdraw(
            $this->extend($request, $this->omit($params, ['network', 'uniqueId'])),
        );
        return $this->safe_transaction(
            [
                'type' => 'withdrawal',
                'address' => $address,
                'tag' => $tag,
                'network' => $network,
                'amount' => Js::get($request, 'amount'),
                'currency' => Js::get($currency, 'code'),
                'status' => 'pending',
                'info' => ['uniqueId' => $unique_id, 'response' => $response],
            ],
            $currency,
        );
    }

    // --- transport ---------------------------------------------------------------------------------------
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
        // Public: GET with the params as the query string. Private: POST of a JSON body that holds request (the
        // path without the domain), nonce (milliseconds, above the previous one) and the params, with the
        // headers X-TXC-APIKEY, X-TXC-PAYLOAD (the body in base64) and X-TXC-SIGNATURE (hex HMAC-SHA512 of
        // the payload keyed with the secret).
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
        $auth = [
            'request' => Js::boundedText('/api/v4/' . Js::toStr($path)),
            'nonce' => $this->milliseconds(),
        ];
        $body = $this->json($this->extend($auth, $this->omit($query, ['request', 'nonce'])));
        $payload = $this->string_to_base64($body);
        $headers = [
            'Content-Type' => 'application/json',
            'X-TXC-APIKEY' => $this->apiKey,
            'X-TXC-PAYLOAD' => $payload,
            'X-TXC-SIGNATURE' => $this->hmac($this->encode($payload), $this->encode($this->secret), 'sha512'),
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
        // An error is a JSON object with an HTTP 4xx or 5xx status, or one with success false (the v1
        // endpoints and the authentication errors). The message texts decide first (codes are reused), then
        // the code; what neither knows is left to the status (422 is an ExchangeError), or is an ExchangeError.
        if (($response === null) || Js::isArray($response) || !(Js::typeof($response) === 'object')) {
            return;
        }
        if (Js::less($status, 400) && !($this->safe_bool($response, 'success') === false)) {
            return;
        }
        $feedback = Js::boundedText(
            Js::boundedText(Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($method) . ' ' . Js::toStr($url) . ' ') . Js::toStr($this->number_to_string($status)) . ' ') . Js::toStr(
                $this->excerpt($response_body),
            ),
        );
        $this->throw_broadly_matched_exception(
            Js::get($this->exceptions, 'broad'),
            $response_body,
            $feedback,
        );
        $this->throw_exactly_matched_exception(
            Js::get($this->exceptions, 'exact'),
            $this->safe_string($response, 'code'),
            $feedback,
        );
        if (Js::less($status, 400)) {
            throw new ExchangeError($feedback);
        }
    }
}
