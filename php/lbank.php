<?php

// Generated from js/lbank.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class lbank extends Exchange {
    public function describe() {
        return $this->deep_extend(
            parent::describe(),
            [
                'id' => 'lbank',
                'name' => 'LBank',
                'countries' => ['CN'],
                'version' => 'v2',
                'rateLimit' => 100,
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
                    'fetchOrders' => false,
                    'fetchOpenOrders' => true,
                    'fetchClosedOrders' => true,
                    'fetchMyTrades' => true,
                    'fetchDeposits' => true,
                    'fetchWithdrawals' => true,
                    'fetchTransactions' => false,
                    'fetchLedger' => false,
                    'fetchDepositAddress' => true,
                    'withdraw' => true,
                    'fetchTime' => true,
                    'fetchStatus' => false,
                    'fetchTradingFees' => false,
                    'cancelAllOrders' => false,
                    'fetchOrderTrades' => false,
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
                'timeframes' => [
                    '1m' => 'minute1',
                    '5m' => 'minute5',
                    '15m' => 'minute15',
                    '30m' => 'minute30',
                    '1h' => 'hour1',
                    '4h' => 'hour4',
                    '8h' => 'hour8',
                    '12h' => 'hour12',
                    '1d' => 'day1',
                    '1w' => 'week1',
                ],
                'urls' => [
                    'api' => 'https://api.lbkex.com',
                    'www' => 'https://www.lbank.com',
                    'doc' => [
                        'https://www.lbank.com/en-US/docs/index.html',
                        'https://github.com/LBank-exchange/lbank-official-api-docs',
                    ],
                    'fees' => 'https://www.lbank.com/fees',
                ],
                'api' => [
                    'public' => [
                        'get' => [
                            'accuracy',
                            'withdrawConfigs',
                            'ticker/24hr',
                            'depth',
                            'supplement/trades',
                            'kline',
                            'timestamp',
                        ],
                    ],
                    'private' => [
                        'post' => [
                            'supplement/user_info_account',
                            'supplement/create_order',
                            'supplement/cancel_order',
                            'supplement/orders_info',
                            'supplement/orders_info_no_deal',
                            'supplement/orders_info_history',
                            'supplement/transaction_history',
                            'supplement/get_deposit_address',
                            'supplement/deposit_history',
                            'supplement/withdraws',
                            'supplement/withdraw',
                        ],
                    ],
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
                'options' => [
                    'timeframeSeconds' => [
                        '1m' => 60,
                        '5m' => 300,
                        '15m' => 900,
                        '30m' => 1800,
                        '1h' => 3600,
                        '4h' => 14400,
                        '8h' => 28800,
                        '12h' => 43200,
                        '1d' => 86400,
                        '1w' => 604800,
                    ],
                    'defaultLimit' => 100,
                    'orderTypes' => [
                        'buy' => ['limit', 'buy', 'GTC', false],
                        'sell' => ['limit', 'sell', 'GTC', false],
                        'buy_market' => ['market', 'buy', null, false],
                        'sell_market' => ['market', 'sell', null, false],
                        'buy_maker' => ['limit', 'buy', 'PO', true],
                        'sell_maker' => ['limit', 'sell', 'PO', true],
                        'buy_ioc' => ['limit', 'buy', 'IOC', false],
                        'sell_ioc' => ['limit', 'sell', 'IOC', false],
                        'buy_fok' => ['limit', 'buy', 'FOK', false],
                        'sell_fok' => ['limit', 'sell', 'FOK', false],
                    ],
                    'orderStatuses' => [
                        '-1' => 'canceled',
                        '0' => 'open',
                        '1' => 'open',
                        '2' => 'closed',
                        '3' => 'canceled',
                        '4' => 'open',
                    ],
                    'depositStatuses' => ['1' => 'pending', '2' => 'ok', '3' => 'failed'],
                    'withdrawalStatuses' => [
                        '1' => 'pending',
                        '2' => 'canceled',
                        '3' => 'failed',
                        '4' => 'ok',
                    ],
                    'networks' => ['ERC20' => 'erc20', 'TRC20' => 'trc20', 'BEP20' => 'bep20(bsc)'],
                ],
                'exceptions' => [
                    'exact' => [
                        '10000' => ExchangeError::class,
                        '10001' => BadRequest::class,
                        '10002' => BadRequest::class,
                        '10003' => BadRequest::class,
                        '10004' => RateLimitExceeded::class,
                        '10005' => AuthenticationError::class,
                        '10006' => AuthenticationError::class,
                        '10007' => AuthenticationError::class,
                        '10008' => BadSymbol::class,
                        '10009' => InvalidOrder::class,
                        '10010' => InvalidOrder::class,
                        '10013' => InvalidOrder::class,
                        '10014' => InsufficientFunds::class,
                        '10015' => InvalidOrder::class,
                        '10016' => InsufficientFunds::class,
                        '10017' => ExchangeNotAvailable::class,
                        '10018' => BadRequest::class,
                        '10019' => BadRequest::class,
                        '10020' => InvalidOrder::class,
                        '10021' => InvalidOrder::class,
                        '10022' => PermissionDenied::class,
                        '10023' => InvalidOrder::class,
                        '10024' => PermissionDenied::class,
                        '10025' => InvalidOrder::class,
                        '10026' => InvalidOrder::class,
                        '10027' => CancelPending::class,
                        '10028' => ExchangeNotAvailable::class,
                        '10100' => PermissionDenied::class,
                        '10101' => BadRequest::class,
                        '10102' => BadRequest::class,
                        '10103' => ExchangeError::class,
                        '10104' => ExchangeError::class,
                        '10105' => ExchangeError::class,
                    ],
                    'broad' => [],
                ],
            ],
        );
    }

    // --- helpers -------------------------------------------------------------------------------------
    public function data_of($response, $kind = null) {
        if ($kind === null) {
            $kind = 'any';
        }
        // The data of a wrapped answer: a list ('list'), a dictionary ('dict') or anything present ('any').
        $data = null;
        if ($kind === 'list') {
            $data = $this->safe_list($response, 'data');
        } elseif ($kind === 'dict') {
            $data = $this->safe_dict($response, 'data');
        } else {
            $data = $this->safe_value($response, 'data');
        }
        if ($data === null) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent an answer without its data: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        return $data;
    }

    public function limit_within($method, $limit, $default_limit, $max_limit) {
        // A count parameter the endpoint requires: limit (default defaultLimit), which must lie in 1 .. maxLimit.
        $count = $limit === null ? $default_limit : $limit;
        if (!(Js::isInteger($count)) || Js::less($count, 1) || Js::greater($count, $max_limit)) {
            throw new BadRequest(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($method) . ' () limit must be an integer from 1 to ') . Js::toStr(
                        $this->number_to_string($max_limit),
                    ),
                ),
            );
        }
        return $count;
    }

    public function reject_until($method, $params) {
        if ($this->safe_value($params, 'until') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr($this->id) . ' ' . Js::toStr(
                        $method,
                    ) . ' () does not support the unified param until: the endpoint takes no end time',
                ),
            );
        }
    }

    // --- markets -------------------------------------------------------------------------------------
    public function fetch_markets($params = null) {
        if ($params === null) {
            $params = [];
        }
        // accuracy.do: [ { symbol: 'eth_btc', quantityAccuracy: '4', minTranQua: '0.0001', priceAccuracy: '2' } ],
        // the decimal places of the amount and the price, and the smallest amount of an order.
        $response = $this->public_get_accuracy($params);
        $data = $this->data_of($response, 'list');
        $result = [];
        for ($i = 0; Js::less($i, Js::length($data)); $i++) {
            $entry = Js::get($data, $i);
            $id = $this->safe_string($entry, 'symbol');
            if ($id === null) {
                continue;
            }
            $parts = Js::split($id, '_');
            if (!(count($parts) == 2)) {
                continue;
            }
            $base_id = Js::get($parts, 0);
            $quote_id = Js::get($parts, 1);
            $base = $this->safe_currency_code(Js::upperCase(Js::textReceiver($base_id, 'toUpperCase')));
            $quote = $this->safe_currency_code(Js::upperCase(Js::textReceiver($quote_id, 'toUpperCase')));
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
                        'amount' => $this->parse_number(
                            $this->parse_precision($this->safe_string($entry, 'quantityAccuracy')),
                        ),
                        'price' => $this->parse_number(
                            $this->parse_precision($this->safe_string($entry, 'priceAccuracy')),
                        ),
                    ],
                    'limits' => ['amount' => ['min' => $this->safe_number($entry, 'minTranQua')]],
                    'info' => $entry,
                ],
            );
        }
        return $result;
    }

    public function fetch_currencies($params = null) {
        if ($params === null) {
            $params = [];
        }
        // withdrawConfigs.do: [ { assetCode: 'eth', min: '0.01', canWithDraw: true, fee: '0.01' } ], one entry per
        // currency, or per currency and chain where the entry names its chain (and amountScale, its decimals).
        // The API lists no deposit settings, so deposit stays unknown.
        $response = $this->public_get_withdraw_configs($params);
        $entries = $this->data_of($response, 'list');
        $grouped = $this->group_by($entries, 'assetCode');
        $ids = Js::keys($grouped);
        $result = [];
        for ($i = 0; $i < count($ids); $i++) {
            $id = $ids[$i];
            $code = $this->safe_currency_code(Js::upperCase(Js::textReceiver($id, 'toUpperCase')));
            $list = $this->safe_list($grouped, $id, []);
            $networks = [];
            $withdraw = false;
            for ($j = 0; $j < count($list); $j++) {
                $entry = Js::get($list, $j);
                $can_withdraw = ($this->safe_value($entry, 'canWithDraw') === true) || (
                    $this->safe_value($entry, 'canWithDraw') === 'true'
                );
                $withdraw = $withdraw || $can_withdraw;
                $chain = $this->safe_string($entry, 'chain');
                if ($chain !== null) {
                    $network_code = $this->network_code($chain);
                    Js::setKey(
                        $networks,
                        $network_code,
                        [
                            'id' => $chain,
                            'network' => $network_code,
                            'withdraw' => $can_withdraw,
                            'fee' => $this->safe_number($entry, 'fee'),
                            'precision' => $this->parse_number(
                                $this->parse_precision($this->safe_string($entry, 'amountScale')),
                            ),
                            'limits' => ['withdraw' => ['min' => $this->safe_number($entry, 'min')]],
                            'info' => $entry,
                        ],
                    );
                }
            }
            // One entry (or one chain): its fee and minimum are the currency's; with several they depend on the chain.
            $single = count($list) == 1 ? Js::get($list, 0) : null;
            Js::setKey(
                $result,
                $code,
                [
                    'id' => $id,
                    'code' => $code,
                    'withdraw' => $withdraw,
                    'fee' => $this->safe_number($single, 'fee'),
                    'limits' => ['withdraw' => ['min' => $this->safe_number($single, 'min')]],
                    'networks' => $networks,
                    'info' => $list,
                ],
            );
        }
        return $result;
    }

    public function fetch_time($params = null) {
        if ($params === null) {
            $params = [];
        }
        // timestamp.do: { data: <ms> }.
        $response = $this->public_get_timestamp($params);
        return $this->safe_integer($response, 'data');
    }

    // --- market data ---------------------------------------------------------------------------------
    public function parse_ticker($ticker, $market = null) {
        // ticker/24hr.do: { symbol, ticker: { high, vol (base), low, change (% in 24 h), turnover (quote), latest },
        // timestamp }.
        $market_id = $this->safe_string($ticker, 'symbol');
        $market = $this->safe_market($market_id, $market, '_');
        $stats = $this->safe_dict($ticker, 'ticker', []);
        return $this->ticker_structure(
            symbol: Js::get($market, 'symbol'),
            timestamp: $this->safe_integer($ticker, 'timestamp'),
            high: $this->safe_string($stats, 'high'),
            low: $this->safe_string($stats, 'low'),
            last: $this->safe_string($stats, 'latest'),
            percentage: $this->safe_string($stats, 'change'),
            base_volume: $this->safe_string($stats, 'vol'),
            quote_volume: $this->safe_string($stats, 'turnover'),
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
        $response = $this->public_get_ticker24hr(
            $this->extend(['symbol' => Js::get($market, 'id')], $params),
        );
        $data = $this->data_of($response, 'list');
        $first = $this->safe_dict($data, 0);
        if ($first === null) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' fetchTicker () got no ticker for ') . Js::toStr(
                        Js::get($market, 'id'),
                    ),
                ),
            );
        }
        return $this->parse_ticker($first, $market);
    }

    public function fetch_tickers($symbols = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // symbol=all answers every pair.
        $this->load_markets();
        $response = $this->public_get_ticker24hr($this->extend(['symbol' => 'all'], $params));
        $data = $this->data_of($response, 'list');
        return $this->parse_tickers($data, $symbols);
    }

    public function fetch_order_book($symbol, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // depth.do?symbol&size (1 - 200): { asks: [ [ price, amount ] ], bids: [ ... ], timestamp }.
        $this->load_markets();
        $market = $this->market($symbol);
        $size = $this->limit_within('fetchOrderBook', $limit, 100, 200);
        $request = ['symbol' => Js::get($market, 'id'), 'size' => $size];
        $response = $this->public_get_depth($this->extend($request, $params));
        $data = $this->data_of($response, 'dict');
        return $this->parse_order_book(
            $data,
            Js::get($market, 'symbol'),
            $this->safe_integer($data, 'timestamp'),
        );
    }

    public function parse_trade($trade, $market = null) {
        // supplement/trades.do: { quoteQty, price, qty, id, time, isBuyerMaker }.
        // supplement/transaction_history.do: { symbol, id, orderId, price, qty, quoteQty, commission, time,
        // isBuyer, isMaker }.
        $market_id = $this->safe_string($trade, 'symbol');
        $market = $this->safe_market($market_id, $market, '_');
        $side = null;
        $taker_or_maker = null;
        $is_buyer = $this->safe_value($trade, 'isBuyer');
        $is_buyer_maker = $this->safe_value($trade, 'isBuyerMaker');
        if ($is_buyer !== null) {
            $side = ($is_buyer === true) || ($is_buyer === 'true') ? 'buy' : 'sell';
        } elseif ($is_buyer_maker !== null) {
            // The buyer made the book: the taker sold.
            $side = ($is_buyer_maker === true) || ($is_buyer_maker === 'true') ? 'sell' : 'buy';
        }
        $is_maker = $this->safe_value($trade, 'isMaker');
        if ($is_maker !== null) {
            $taker_or_maker = ($is_maker === true) || ($is_maker === 'true') ? 'maker' : 'taker';
        }
        $commission = $this->safe_string($trade, 'commission');
        return $this->trade_structure(
            id: $this->safe_string($trade, 'id'),
            order: $this->safe_string($trade, 'orderId'),
            timestamp: $this->safe_integer($trade, 'time'),
            symbol: Js::get($market, 'symbol'),
            side: $side,
            taker_or_maker: $taker_or_maker,
            price: $this->safe_string($trade, 'price'),
            amount: $this->safe_string($trade, 'qty'),
            cost: $this->safe_string($trade, 'quoteQty'),
            fee: $commission === null ? null : ['cost' => $commission, 'currency' => null],
            info: $trade,
            market: $market,
        );
    }

    public function fetch_trades($symbol, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // supplement/trades.do?symbol&size (1 - 600)&time (optional: trades from this time on, ms).
        $this->load_markets();
        $market = $this->market($symbol);
        $size = $this->limit_within('fetchTrades', $limit, Js::get($this->options, 'defaultLimit'), 600);
        $request = ['symbol' => Js::get($market, 'id'), 'size' => $size];
        if ($since !== null) {
            $request['time'] = $since;
        }
        $response = $this->public_get_supplement_trades($this->extend($request, $params));
        $data = $this->data_of($response, 'list');
        return $this->parse_trades($data, $market, $since, $limit);
    }

    public function parse_ohlcv($ohlcv, $market = null) {
        // [ time (s), open, high, low, close, volume ].
        return [
            $this->safe_timestamp($ohlcv, 0),
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
        // kline.do?symbol&size (1 - 2000)&type&time (the start, in seconds, required).
        $this->reject_until('fetchOHLCV', $params);
        $this->load_markets();
        $market = $this->market($symbol);
        $type = $this->safe_string($this->timeframes, $timeframe);
        if ($type === null) {
            throw new BadRequest(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' fetchOHLCV () does not support the timeframe ' . Js::toStr($timeframe) . ': one of ') . Js::join(
                        Js::keys($this->timeframes),
                        ', ',
                    ),
                ),
            );
        }
        $size = $this->limit_within('fetchOHLCV', $limit, Js::get($this->options, 'defaultLimit'), 2000);
        $start = null;
        if ($since !== null) {
            $start = $this->integer_of(Js::divide($since, 1000));
        } else {
            $duration = $this->safe_integer(Js::get($this->options, 'timeframeSeconds'), $timeframe);
            $start = Js::subtract($this->seconds(), Js::multiply($duration, $size));
        }
        $request = ['symbol' => Js::get($market, 'id'), 'size' => $size, 'type' => $type, 'time' => $start];
        $response = $this->public_get_kline($this->extend($request, $params));
        $data = $this->data_of($response, 'list');
        return $this->parse_ohlcvs($data, $market, $timeframe, $since, $limit);
    }

    // --- account -------------------------------------------------------------------------------------
    public function fetch_balance($params = null) {
        if ($params === null) {
            $params = [];
        }
        // supplement/user_info_account.do: { makerCommission, takerCommission, buyerCommission,
        // sellerCommission, canTrade, canWithdraw, canDeposit, balances: [ { asset, free, locked } ] }.
        $this->load_markets();
        $response = $this->private_post_supplement_user_info_account($params);
        $data = $this->data_of($response, 'dict');
        $balances = $this->safe_list($data, 'balances', []);
        $result = ['info' => $response];
        for ($i = 0; $i < count($balances); $i++) {
            $entry = Js::get($balances, $i);
            $currency_id = $this->safe_string($entry, 'asset');
            if ($currency_id === null) {
                continue;
            }
            $code = $this->safe_currency_code(Js::upperCase(Js::textReceiver($currency_id, 'toUpperCase')));
            $account = $this->account();
            Js::set($account, 'free', $this->safe_string($entry, 'free'));
            Js::set($account, 'used', $this->safe_string($entry, 'locked'));
            Js::setKey($result, $code, $account);
        }
        return $this->safe_balance($result);
    }

    // --- orders --------------------------------------------------------------------------------------
    public function parse_order($order, $market = null) {
        // supplement/orders_info.do and the order lists: { symbol, orderId, clientOrderId, price, origQty,
        // executedQty, cummulativeQuoteQty, status, type, time, updateTime, origQuoteOrderQty };
        // supplement/cancel_order.do: { symbol, origClientOrderId, orderId, price, origQty, executedQty, status,
        // timeInForce, tradeType }; supplement/create_order.do: { symbol, order_id }.
        $market_id = $this->safe_string($order, 'symbol');
        $market = $this->safe_market($market_id, $market, '_');
        $order_type = $this->safe_list(
            Js::get($this->options, 'orderTypes'),
            $this->safe_string2($order, 'type', 'tradeType'),
            [],
        );
        $type = $this->safe_string($order_type, 0);
        $status = $this->safe_string(
            Js::get($this->options, 'orderStatuses'),
            $this->safe_string($order, 'status'),
        );
        $updated = $this->safe_integer($order, 'updateTime');
        return $this->safe_order(
            [
                'id' => $this->safe_string2($order, 'orderId', 'order_id'),
                'clientOrderId' => $this->safe_string2($order, 'clientOrderId', 'origClientOrderId'),
                'timestamp' => $this->safe_integer($order, 'time'),
                'lastUpdateTimestamp' => $updated,
                'symbol' => Js::get($market, 'symbol'),
                'type' => $type,
                'side' => $this->safe_string($order_type, 1),
                'timeInForce' => $this->safe_string($order_type, 2),
                'postOnly' => $this->safe_value($order_type, 3),
                'price' => $type === 'market' ? null : $this->safe_string($order, 'price'),
                'amount' => $this->safe_string($order, 'origQty'),
                'filled' => $this->safe_string($order, 'executedQty'),
                'cost' => $this->safe_string($order, 'cummulativeQuoteQty'),
                'status' => $status,
                'info' => $order,
            ],
            $market,
        );
    }

    public function create_order($symbol, $type, $side, $amount, $price = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // supplement/create_order.do: symbol, type (buy, sell, buy_market, sell_market, buy_maker, sell_maker,
        // buy_ioc, sell_ioc, buy_fok, sell_fok), price, amount, custom_id (the caller's id), window (optional).
        // A market buy takes the quote amount to spend as price and no amount; a market sell takes the amount and no
        // price. The docs list no stop or reduce-only orders.
        $this->load_markets();
        $market = $this->market($symbol);
        [$unified, $rest] = Js::destructure($this->unified_order_params($type, $params), 2);
        $this->reject_unified_params(
            'createOrder',
            $unified,
            ['reduceOnly', 'triggerPrice', 'stopLossPrice', 'takeProfitPrice'],
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
        $request = ['symbol' => Js::get($market, 'id')];
        if ($type === 'limit') {
            if ($price === null) {
                throw new ArgumentsRequired(
                    Js::boundedText(
                        Js::toStr($this->id) . ' createOrder () requires a price for a limit order',
                    ),
                );
            }
            $suffix = '';
            if (Js::truthy(Js::get($unified, 'postOnly'))) {
                $suffix = '_maker';
            } elseif (Js::get($unified, 'timeInForce') === 'IOC') {
                $suffix = '_ioc';
            } elseif (Js::get($unified, 'timeInForce') === 'FOK') {
                $suffix = '_fok';
            }
            $request['type'] = Js::boundedText(Js::toStr($side) . $suffix);
            $request['price'] = $this->price_to_precision($symbol, $price);
            $request['amount'] = $this->amount_to_precision($symbol, $amount);
        } elseif ($type === 'market') {
            if (Js::get($unified, 'timeInForce') !== null) {
                throw new NotSupported(
                    Js::boundedText(
                        Js::toStr(
                            $this->id,
                        ) . ' createOrder () does not support the unified param timeInForce for market orders',
                    ),
                );
            }
            $request['type'] = Js::boundedText(Js::toStr($side) . '_market');
            if ($side === 'buy') {
                $cost = Js::get($unified, 'cost');
                if ($cost === null) {
                    if (($amount === null) || ($price === null)) {
                        throw new ArgumentsRequired(
                            Js::boundedText(
                                Js::toStr(
                                    $this->id,
                                ) . ' createOrder () a market buy spends a quote amount: pass the unified param cost, or amount and price',
                            ),
                        );
                    }
                    $cost = Precise::string_mul(
                        $this->number_to_string($amount),
                        $this->number_to_string($price),
                    );
                }
                $request['price'] = $this->cost_to_precision($symbol, $cost);
            } else {
                if (Js::get($unified, 'cost') !== null) {
                    throw new NotSupported(
                        Js::boundedText(
                            Js::toStr(
                                $this->id,
                            ) . ' createOrder () does not support the unified param cost for market sells: they are sized by amount',
                        ),
                    );
                }
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
        if (Js::get($unified, 'clientOrderId') !== null) {
            $request['custom_id'] = Js::get($unified, 'clientOrderId');
        }
        $response = $this->private_post_supplement_create_order($this->extend($request, $rest));
        $data = $this->data_of($response, 'dict');
        $id = $this->safe_string($data, 'order_id');
        if ($id === null) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' createOrder () got no order_id: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        // The answer names the order only: what it was placed as comes from the request.
        return $this->safe_order(
            [
                'id' => $id,
                'clientOrderId' => Js::get($unified, 'clientOrderId'),
                'symbol' => Js::get($market, 'symbol'),
                'type' => $type,
                'side' => $side,
                'timeInForce' => $type === 'limit' ? (
                    Js::truthy(Js::get($unified, 'postOnly')) ? 'PO' : (
                        Js::get($unified, 'timeInForce') === null ? 'GTC' : Js::get($unified, 'timeInForce')
                    )
                ) : null,
                'postOnly' => $type === 'limit' ? Js::get($unified, 'postOnly') : null,
                'price' => $type === 'limit' ? $this->safe_string($request, 'price') : null,
                'amount' => $this->safe_string($request, 'amount'),
                'info' => $response,
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

    public function require_symbol($method, $symbol) {
        if ($symbol === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr($this->id) . ' ' . Js::toStr(
                        $method,
                    ) . ' () requires a symbol: the endpoint takes one pair',
                ),
            );
        }
        return $this->market($symbol);
    }

    public function cancel_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // supplement/cancel_order.do: symbol, orderId (or origClientOrderId).
        $this->load_markets();
        $market = $this->require_symbol('cancelOrder', $symbol);
        $request = ['symbol' => Js::get($market, 'id'), 'orderId' => $id];
        $response = $this->private_post_supplement_cancel_order($this->extend($request, $params));
        return $this->parse_order($this->data_of($response, 'dict'), $market);
    }

    public function fetch_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // supplement/orders_info.do: symbol, orderId (or origClientOrderId).
        $this->load_markets();
        $market = $this->require_symbol('fetchOrder', $symbol);
        $request = ['symbol' => Js::get($market, 'id'), 'orderId' => $id];
        $response = $this->private_post_supplement_orders_info($this->extend($request, $params));
        return $this->parse_order($this->data_of($response, 'dict'), $market);
    }

    public function orders_of($response) {
        // A page of orders: { total, page_length, orders: [ ... ], current_page }.
        $data = $this->data_of($response, 'dict');
        $orders = $this->safe_list($data, 'orders');
        if ($orders === null) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent an order page without orders: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        return $orders;
    }

    public function fetch_open_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // supplement/orders_info_no_deal.do: symbol, current_page, page_length (1 - 100).
        $this->load_markets();
        $market = $this->require_symbol('fetchOpenOrders', $symbol);
        $request = [
            'symbol' => Js::get($market, 'id'),
            'current_page' => 1,
            'page_length' => $this->limit_within(
                'fetchOpenOrders',
                $limit,
                Js::get($this->options, 'defaultLimit'),
                100,
            ),
        ];
        $response = $this->private_post_supplement_orders_info_no_deal($this->extend($request, $params));
        return $this->parse_orders($this->orders_of($response), $market, $since, $limit);
    }

    public function fetch_closed_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // supplement/orders_info_history.do: symbol, current_page, page_length (1 - 100), status (optional);
        // the history holds open orders too, which are left out here.
        $this->reject_until('fetchClosedOrders', $params);
        $this->load_markets();
        $market = $this->require_symbol('fetchClosedOrders', $symbol);
        $request = [
            'symbol' => Js::get($market, 'id'),
            'current_page' => 1,
            'page_length' => $this->limit_within(
                'fetchClosedOrders',
                $limit,
                Js::get($this->options, 'defaultLimit'),
                100,
            ),
        ];
        $response = $this->private_post_supplement_orders_info_history($this->extend($request, $params));
        $orders = $this->parse_orders($this->orders_of($response), $market, $since, null);
        $result = [];
        for ($i = 0; Js::less($i, Js::length($orders)); $i++) {
            if (!(Js::get(Js::get($orders, $i), 'status') === 'open')) {
                $result[] = Js::get($orders, $i);
            }
        }
        return $this->filter_by_since_limit($result, $since, $limit);
    }

    public function fetch_my_trades($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // supplement/transaction_history.do: symbol, limit (1 - 100); the time filters are left to since here.
        $this->reject_until('fetchMyTrades', $params);
        $this->load_markets();
        $market = $this->require_symbol('fetchMyTrades', $symbol);
        $request = [
            'symbol' => Js::get($market, 'id'),
            'limit' => $this->limit_within(
                'fetchMyTrades',
                $limit,
                Js::get($this->options, 'defaultLimit'),
                100,
            ),
        ];
        $response = $this->private_post_supplement_transaction_history($this->extend($request, $params));
        return $this->parse_trades($this->data_of($response, 'list'), $market, $since, $limit);
    }

    // --- funding -------------------------------------------------------------------------------------
    public function fetch_deposit_address($code, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // supplement/get_deposit_address.do: coin, networkName (optional); answers { address, memo, coin }.
        $this->load_markets();
        $currency = $this->currency($code);
        $request = ['coin' => Js::lowerCase(Js::textReceiver(Js::get($currency, 'id'), 'toLowerCase'))];
        $network_code = $this->safe_string($params, 'network');
        if ($network_code !== null) {
            $request['networkName'] = $this->known_network_id(
                $network_code,
                $currency,
                'fetchDepositAddress',
            );
        }
        $response = $this->private_post_supplement_get_deposit_address(
            $this->extend($request, $this->omit($params, 'network')),
        );
        $data = $this->data_of($response, 'dict');
        $address = $this->safe_string($data, 'address');
        if ($address === null) {
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
            'tag' => $this->safe_string($data, 'memo'),
            'network' => $network_code,
            'info' => $response,
        ];
    }

    public function parse_transaction($transaction, $currency = null) {
        // deposit_history: { insertTime, amount, address, networkName, txId, coin, status };
        // withdraws: { amount, coid (the coin), address, withdrawOrderId, fee, networkName, transferType, txId,
        // feeAssetCode, id, applyTime, status }; withdraw: { fee, withdrawId }.
        $currency_id = $this->safe_string2($transaction, 'coin', 'coid');
        $code = $currency_id === null ? $this->safe_string($currency, 'code') : $this->safe_currency_code(
            Js::upperCase(Js::textReceiver($currency_id, 'toUpperCase')),
        );
        $is_withdrawal = ($this->safe_string($transaction, 'applyTime') !== null) || (
            $this->safe_string($transaction, 'withdrawId') !== null
        );
        $type = $is_withdrawal ? 'withdrawal' : 'deposit';
        $statuses = $is_withdrawal ? Js::get($this->options, 'withdrawalStatuses') : Js::get(
            $this->options,
            'depositStatuses',
        );
        $network_id = $this->safe_string($transaction, 'networkName');
        $fee_cost = $this->safe_string($transaction, 'fee');
        $fee_currency_id = $this->safe_string($transaction, 'feeAssetCode');
        $fee_currency = $fee_currency_id === null ? $code : $this->safe_currency_code(
            Js::upperCase(Js::textReceiver($fee_currency_id, 'toUpperCase')),
        );
        return $this->safe_transaction(
            [
                'id' => $this->safe_string2($transaction, 'id', 'withdrawId'),
                'txid' => $this->safe_string($transaction, 'txId'),
                'timestamp' => $this->safe_integer2($transaction, 'applyTime', 'insertTime'),
                'network' => $network_id === null ? null : $this->network_code($network_id),
                'address' => $this->safe_string($transaction, 'address'),
                'type' => $type,
                'amount' => $this->safe_string($transaction, 'amount'),
                'currency' => $code,
                'status' => $this->safe_string($statuses, $this->safe_string($transaction, 'status')),
                'fee' => $fee_cost === null ? null : ['cost' => $fee_cost, 'currency' => $fee_currency],
                'info' => $transaction,
            ],
            $currency,
        );
    }

    public function transaction_request($code, $since, $params) {
        // deposit_history and withdraws: coin, startTime and endTime (ms), all optional.
        $request = [];
        $currency = null;
        if ($code !== null) {
            $currency = $this->currency($code);
            $request['coin'] = Js::lowerCase(Js::textReceiver(Js::get($currency, 'id'), 'toLowerCase'));
        }
        if ($since !== null) {
            $request['startTime'] = $since;
        }
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            $request['endTime'] = $until;
        }
        return [$request, $currency];
    }

    public function fetch_deposits($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // supplement/deposit_history.do: { total, page_length, current_page, depositOrders: [ ... ] }.
        $this->load_markets();
        [$request, $currency] = Js::destructure($this->transaction_request($code, $since, $params), 2);
        $response = $this->private_post_supplement_deposit_history(
            $this->extend($request, $this->omit($params, 'until')),
        );
        $data = $this->data_of($response, 'dict');
        $entries = $this->safe_list($data, 'depositOrders', []);
        return $this->parse_transactions($entries, $currency, $since, $limit);
    }

    public function fetch_withdrawals($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // supplement/withdraws.do: { total, page_length, current_page, withdraws: [ ... ] }.
        $this->load_markets();
        [$request, $currency] = Js::destructure($this->transaction_request($code, $since, $params), 2);
        $response = $this->private_post_supplement_withdraws(
            $this->extend($request, $this->omit($params, 'until')),
        );
        $data = $this->data_of($response, 'dict');
        $entries = $this->safe_list($data, 'withdraws', []);
        return $this->parse_transactions($entries, $currency, $since, $limit);
    }

    public function withdraw($code, $amount, $address, $tag = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // supplement/withdraw.do: address, networkName, coin, amount, memo (the tag), mark, fee, type;
        // answers { fee, withdrawId }.
        $this->load_markets();
        $currency = $this->currency($code);
        $request = [
            'address' => $address,
            'coin' => Js::lowerCase(Js::textReceiver(Js::get($currency, 'id'), 'toLowerCase')),
            'amount' => $this->number_to_string($amount),
        ];
        if ($tag !== null) {
            $request['memo'] = $tag;
        }
        $network_code = $this->safe_string($params, 'network');
        if ($network_code !== null) {
            $request['networkName'] = $this->known_network_id($network_code, $currency, 'withdraw');
        }
        $response = $this->private_post_supplement_withdraw(
            $this->extend($request, $this->omit($params, 'network')),
        );
        $data = $this->data_of($response, 'dict');
        $result = $this->parse_transaction($data, $currency);
        return $this->extend(
            $result,
            [
                'address' => $address,
                'tag' => $tag,
                'amount' => $this->parse_number($this->number_to_string($amount)),
                'network' => $network_code,
            ],
        );
    }

    // --- transport -----------------------------------------------------------------------------------
    public function signed_text($key, $value) {
        $text = $this->string_of($value);
        if ($text === null) {
            throw new BadRequest(
                Js::boundedText(
                    Js::toStr($this->id) . ' cannot sign the parameter ' . Js::toStr(
                        $key,
                    ) . ': its value must be a string, a number or a boolean',
                ),
            );
        }
        return $text;
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
            Js::boundedText(Js::toStr(Js::get($this->urls, 'api')) . '/') . Js::toStr($this->version) . '/' . Js::toStr(
                $path,
            ) . '.do',
        );
        if ($api === 'public') {
            if (count(Js::keys($params)) > 0) {
                $url .= Js::within($url, Js::within($url, '?') . Js::toStr($this->urlencode($params)));
            }
            return ['url' => $url, 'method' => $method, 'body' => $body, 'headers' => $headers];
        }
        // The parameters, with api_key, signature_method, timestamp (ms) and echostr (30 to 40 letters and
        // digits), sorted by name and joined as name=value&...; sign is the hex HMAC-SHA256, keyed with the
        // secret, of the upper-case hex MD5 of that text. timestamp, signature_method and echostr go in the
        // headers too.
        $this->check_required_credentials();
        $reserved = ['api_key', 'sign', 'timestamp', 'signature_method', 'echostr'];
        $names = Js::keys($params);
        for ($i = 0; $i < count($names); $i++) {
            if (Js::truthy($this->in_array($names[$i], $reserved))) {
                throw new BadRequest(
                    Js::boundedText(
                        Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($path) . ' takes no parameter ') . Js::toStr(
                            $names[$i],
                        ) . ': requests are signed with HmacSHA256 by the library (RSA signing is not supported)',
                    ),
                );
            }
        }
        $echostr = Js::join(Js::split($this->uuid(), '-'), '');
        $timestamp = $this->number_to_string($this->milliseconds());
        $query = $this->keysort(
            $this->extend(
                $params,
                [
                    'api_key' => $this->apiKey,
                    'signature_method' => 'HmacSHA256',
                    'timestamp' => $timestamp,
                    'echostr' => $echostr,
                ],
            ),
        );
        $keys = Js::keys($query);
        $parts = [];
        for ($i = 0; $i < count($keys); $i++) {
            $parts[] = Js::boundedText(
                Js::boundedText(Js::toStr($keys[$i]) . '=') . Js::toStr(
                    $this->signed_text($keys[$i], $this->safe_value($query, $keys[$i])),
                ),
            );
        }
        $digest = Js::upperCase(
            Js::textReceiver($this->hash($this->encode(Js::join($parts, '&')), 'md5', 'hex'), 'toUpperCase'),
        );
        $signature = $this->hmac($this->encode($digest), $this->encode($this->secret), 'sha256', 'hex');
        $body = $this->urlencode($this->extend($query, ['sign' => $signature]));
        $headers = [
            'Content-Type' => 'application/x-www-form-urlencoded',
            'timestamp' => $timestamp,
            'signature_method' => 'HmacSHA256',
            'echostr' => $echostr,
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
        // { "result": false (or "false"), "error_code": 10008, "msg": "...", "ts": ... }.
        if (($response === null) || Js::isArray($response) || !(Js::typeof($response) === 'object')) {
            return null;
        }
        $error_code = $this->safe_string($response, 'error_code');
        $result = $this->safe_value($response, 'result');
        $failed = ($result === false) || ($result === 'false') || (
            ($error_code !== null) && !($error_code === '0')
        );
        if (!($failed)) {
            return null;
        }
        $feedback = Js::boundedText(
            Js::boundedText(Js::toStr($this->id) . ' ') . Js::toStr($this->excerpt($response_body)),
        );
        if ($error_code !== null) {
            $this->throw_exactly_matched_exception(
                Js::get($this->exceptions, 'exact'),
                $error_code,
                $feedback,
            );
        }
        throw new ExchangeError($feedback);
    }
}
