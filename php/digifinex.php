<?php

// Generated from js/digifinex.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class digifinex extends Exchange {
    public function describe() {
        return $this->deep_extend(
            parent::describe(),
            [
                'id' => 'digifinex',
                'name' => 'DigiFinex',
                'countries' => ['SG'],
                'version' => 'v3',
                'rateLimit' => 50,
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
                    'fetchLedger' => true,
                    'fetchDepositAddress' => true,
                    'withdraw' => false,
                    'fetchTime' => true,
                    'fetchStatus' => false,
                    'fetchTradingFees' => false,
                    'cancelAllOrders' => false,
                    'fetchOrderTrades' => true,
                    'fetchTradingFee' => false,
                    'fetchDepositAddresses' => false,
                    'createDepositAddress' => false,
                    'fetchDepositWithdrawFees' => true,
                    'transfer' => true,
                    'createMarketBuyOrderWithCost' => true,
                ],
                'urls' => [
                    'logo' => 'https://www.digifinex.com/favicon.ico',
                    'api' => 'https://openapi.digifinex.com/v3',
                    'www' => 'https://www.digifinex.com',
                    'doc' => 'https://docs.digifinex.com/en-ww/spot/v3/rest.html',
                    'fees' => 'https://digifinex.zendesk.com/hc/en-us/articles/360000328422-Fee-Structure-on-DigiFinex',
                ],
                'api' => [
                    'public' => [
                        'get' => [
                            'time' => 1,
                            'spot/symbols' => 1,
                            'currencies' => 1,
                            'ticker' => 1,
                            'order_book' => 1,
                            'trades' => 1,
                            'kline' => 1,
                        ],
                    ],
                    'private' => [
                        'get' => [
                            'spot/assets' => 1,
                            'spot/order' => 1,
                            'spot/order/current' => 1,
                            'spot/order/history' => 1,
                            'spot/mytrades' => 1,
                            'spot/order/detail' => 1,
                            'spot/financelog' => 1,
                            'deposit/address' => 1,
                            'deposit/history' => 1,
                            'withdraw/history' => 1,
                        ],
                        'post' => ['spot/order/new' => 1, 'spot/order/cancel' => 1, 'transfer' => 1],
                    ],
                ],
                'timeframes' => [
                    '1m' => '1',
                    '5m' => '5',
                    '15m' => '15',
                    '30m' => '30',
                    '1h' => '60',
                    '4h' => '240',
                    '12h' => '720',
                    '1d' => '1D',
                    '1w' => '1W',
                ],
                'requiredCredentials' => ['apiKey' => true, 'secret' => true],
                'fees' => [
                    'trading' => [
                        'tierBased' => true,
                        'percentage' => true,
                        'maker' => 0.002,
                        'taker' => 0.002,
                    ],
                ],
                'precisionMode' => TICK_SIZE,
                'options' => [
                    'accountsByType' => ['spot' => '1', 'margin' => '2', 'otc' => '3'],
                    'networks' => [
                        'ERC20' => 'ERC20',
                        'TRC20' => 'TRC20',
                        'BEP20' => 'BEP20',
                        'OMNI' => 'OMNI',
                    ],
                    'orderStatuses' => [
                        '0' => 'open',
                        '1' => 'open',
                        '2' => 'closed',
                        '3' => 'canceled',
                        '4' => 'canceled',
                    ],
                    'transactionStatuses' => [
                        '1' => 'pending',
                        '2' => 'pending',
                        '3' => 'ok',
                        '4' => 'failed',
                    ],
                ],
                'exceptions' => [
                    'exact' => [
                        '10001' => BadRequest::class,
                        '10002' => AuthenticationError::class,
                        '10003' => AuthenticationError::class,
                        '10004' => BadRequest::class,
                        '10005' => RateLimitExceeded::class,
                        '10006' => PermissionDenied::class,
                        '10007' => PermissionDenied::class,
                        '10008' => InvalidNonce::class,
                        '10009' => BadRequest::class,
                        '10011' => AuthenticationError::class,
                        '20001' => BadSymbol::class,
                        '20002' => BadSymbol::class,
                        '20003' => InvalidOrder::class,
                        '20007' => InvalidOrder::class,
                        '20008' => InvalidOrder::class,
                        '20009' => InvalidOrder::class,
                        '20010' => InvalidOrder::class,
                        '20011' => InsufficientFunds::class,
                        '20012' => InvalidOrder::class,
                        '20013' => OrderNotFound::class,
                        '20014' => BadRequest::class,
                        '20015' => BadRequest::class,
                        '20018' => AccountSuspended::class,
                        '20019' => BadSymbol::class,
                        '20020' => AccountSuspended::class,
                        '20021' => BadRequest::class,
                        '20022' => BadRequest::class,
                        '20023' => BadRequest::class,
                        '20024' => BadRequest::class,
                        '20025' => PermissionDenied::class,
                        '20026' => InsufficientFunds::class,
                        '20027' => AccountSuspended::class,
                        '20028' => PermissionDenied::class,
                        '20029' => PermissionDenied::class,
                        '20030' => BadRequest::class,
                        '20042' => PermissionDenied::class,
                        '50000' => ExchangeError::class,
                    ],
                    'broad' => [],
                ],
            ],
        );
    }

    // --- markets and currencies ----------------------------------------------------------------------
    public function fetch_time($params = null) {
        if ($params === null) {
            $params = [];
        }
        // time: { server_time (seconds), code }.
        $response = $this->public_get_time($params);
        return $this->safe_timestamp($response, 'server_time');
    }

    public function fetch_markets($params = null) {
        if ($params === null) {
            $params = [];
        }
        // spot/symbols: { symbol_list: [ { order_types, quote_asset, minimum_value, amount_precision, status
        // ('TRADING'), minimum_amount, symbol ('BTC_USDT'), is_allow, zone, base_asset, price_precision } ] }.
        // Requests name markets in lowercase (btc_usdt), the id here.
        $response = $this->public_get_spot_symbols($params);
        $data = $this->safe_list($response, 'symbol_list', []);
        $result = [];
        for ($i = 0; $i < count($data); $i++) {
            $entry = Js::get($data, $i);
            $base_id = $this->safe_string($entry, 'base_asset');
            $quote_id = $this->safe_string($entry, 'quote_asset');
            $base = $this->safe_currency_code($base_id);
            $quote = $this->safe_currency_code($quote_id);
            $allowed = Js::strictEqual($this->safe_integer($entry, 'is_allow', 1), 1);
            $result[] = $this->safe_market_structure(
                [
                    'id' => $this->safe_string_lower($entry, 'symbol'),
                    'symbol' => Js::boundedText(Js::toStr($base) . '/' . Js::toStr($quote)),
                    'base' => $base,
                    'quote' => $quote,
                    'baseId' => $base_id,
                    'quoteId' => $quote_id,
                    'active' => ($this->safe_string($entry, 'status') === 'TRADING') && $allowed,
                    'type' => 'spot',
                    'spot' => true,
                    'precision' => [
                        'amount' => $this->parse_number(
                            $this->parse_precision($this->safe_string($entry, 'amount_precision')),
                        ),
                        'price' => $this->parse_number(
                            $this->parse_precision($this->safe_string($entry, 'price_precision')),
                        ),
                    ],
                    'limits' => [
                        'amount' => ['min' => $this->safe_number($entry, 'minimum_amount')],
                        'price' => [],
                        'cost' => ['min' => $this->safe_number($entry, 'minimum_value')],
                    ],
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
        // currencies: { code: 200, data: [ { currency ('xrp'), chain ('' for the currency's own chain),
        // min_deposit_amount, min_withdraw_amount, deposit_status (1 on, 0 off), withdraw_status,
        // withdraw_fee_currency, min_withdraw_fee, withdraw_fee_rate } ] }: one entry per currency and chain.
        $response = $this->public_get_currencies($params);
        $data = $this->safe_list($response, 'data', []);
        $grouped = $this->group_by($data, 'currency');
        $ids = Js::keys($grouped);
        $result = [];
        for ($i = 0; $i < count($ids); $i++) {
            $id = $ids[$i];
            $code = $this->safe_currency_code(Js::upperCase(Js::textReceiver($id, 'toUpperCase')));
            $chains = $this->safe_list($grouped, $id, []);
            $networks = [];
            $deposit = false;
            $withdraw = false;
            for ($j = 0; $j < count($chains); $j++) {
                $chain = Js::get($chains, $j);
                $chain_id = $this->safe_string($chain, 'chain', $code);
                $network_code = $this->network_code($chain_id);
                $chain_deposit = Js::strictEqual($this->safe_integer($chain, 'deposit_status'), 1);
                $chain_withdraw = Js::strictEqual($this->safe_integer($chain, 'withdraw_status'), 1);
                $deposit = $deposit || $chain_deposit;
                $withdraw = $withdraw || $chain_withdraw;
                Js::setKey(
                    $networks,
                    $network_code,
                    [
                        'id' => $chain_id,
                        'network' => $network_code,
                        'active' => $chain_deposit && $chain_withdraw,
                        'deposit' => $chain_deposit,
                        'withdraw' => $chain_withdraw,
                        'fee' => $this->safe_number($chain, 'min_withdraw_fee'),
                        'limits' => [
                            'deposit' => ['min' => $this->safe_number($chain, 'min_deposit_amount')],
                            'withdraw' => ['min' => $this->safe_number($chain, 'min_withdraw_amount')],
                        ],
                    ],
                );
            }
            Js::setKey(
                $result,
                $code,
                [
                    'id' => Js::upperCase(Js::textReceiver($id, 'toUpperCase')),
                    'code' => $code,
                    'active' => $deposit && $withdraw,
                    'deposit' => $deposit,
                    'withdraw' => $withdraw,
                    'networks' => $networks,
                    'info' => $chains,
                ],
            );
        }
        return $result;
    }

    public function fetch_deposit_withdraw_fees($codes = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $currencies = $this->fetch_currencies($params);
        return $this->deposit_withdraw_fees_from_currencies($currencies, $codes);
    }

    // --- market data ---------------------------------------------------------------------------------
    public function parse_ticker($ticker, $market = null) {
        // ticker: { vol (base volume), change (24 h, percent), base_vol (quote volume), sell (best ask), last,
        // symbol, low, buy (best bid), high }, with the answer's date (seconds) added by the caller: the time.
        $timestamp = $this->safe_timestamp($ticker, 'date');
        $market = $this->safe_market($this->safe_string_lower($ticker, 'symbol'), $market, '_');
        return $this->ticker_structure(
            symbol: Js::get($market, 'symbol'),
            timestamp: $timestamp,
            high: $this->safe_string($ticker, 'high'),
            low: $this->safe_string($ticker, 'low'),
            bid: $this->safe_string($ticker, 'buy'),
            ask: $this->safe_string($ticker, 'sell'),
            last: $this->safe_string($ticker, 'last'),
            percentage: $this->safe_string($ticker, 'change'),
            base_volume: $this->safe_string($ticker, 'vol'),
            quote_volume: $this->safe_string($ticker, 'base_vol'),
            info: $this->omit($ticker, 'date'),
            market: $market,
        );
    }

    public function fetch_ticker($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $market = $this->market($symbol);
        $response = $this->public_get_ticker($this->extend(['symbol' => Js::get($market, 'id')], $params));
        $tickers = $this->safe_list($response, 'ticker', []);
        $ticker = $this->extend(
            $this->safe_dict($tickers, 0, []),
            ['date' => $this->safe_integer($response, 'date')],
        );
        return $this->parse_ticker($ticker, $market);
    }

    public function fetch_tickers($symbols = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // ticker without symbol answers every market's.
        $this->load_markets();
        $response = $this->public_get_ticker($params);
        $date = $this->safe_integer($response, 'date');
        $tickers = $this->safe_list($response, 'ticker', []);
        $dated = [];
        for ($i = 0; $i < count($tickers); $i++) {
            $dated[] = $this->extend(Js::get($tickers, $i), ['date' => $date]);
        }
        return $this->parse_tickers($dated, $symbols);
    }

    public function fetch_order_book($symbol, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // order_book?symbol&limit (at most 150): { bids, asks, date (seconds) }.
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['symbol' => Js::get($market, 'id')];
        if ($limit !== null) {
            $request['limit'] = Js::min($limit, 150);
        }
        $response = $this->public_get_order_book($this->extend($request, $params));
        return $this->parse_order_book(
            $response,
            Js::get($market, 'symbol'),
            $this->safe_timestamp($response, 'date'),
        );
    }

    public function parse_ohlcv($ohlcv, $market = null) {
        // [ time (seconds), volume, close, high, low, open ].
        return [
            $this->safe_timestamp($ohlcv, 0),
            $this->safe_number($ohlcv, 5),
            $this->safe_number($ohlcv, 3),
            $this->safe_number($ohlcv, 4),
            $this->safe_number($ohlcv, 2),
            $this->safe_number($ohlcv, 1),
        ];
    }

    public function fetch_ohlcv($symbol, $timeframe = null, $since = null, $limit = null, $params = null) {
        if ($timeframe === null) {
            $timeframe = '1m';
        }
        if ($params === null) {
            $params = [];
        }
        // kline?symbol&period&start_time&end_time (seconds).
        $this->load_markets();
        $market = $this->market($symbol);
        $period = $this->safe_string($this->timeframes, $timeframe);
        if ($period === null) {
            throw new BadRequest(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' fetchOHLCV () does not support the timeframe ' . Js::toStr($timeframe) . ': one of ') . Js::join(
                        Js::keys($this->timeframes),
                        ', ',
                    ),
                ),
            );
        }
        $request = $this->seconds_range(
            ['symbol' => Js::get($market, 'id'), 'period' => $period],
            $since,
            $params,
        );
        $response = $this->public_get_kline($this->extend($request, $this->omit($params, 'until')));
        return $this->parse_ohlcvs(
            $this->safe_list($response, 'data', []),
            $market,
            $timeframe,
            $since,
            $limit,
        );
    }

    public function seconds_range($request, $since, $params) {
        // start_time and end_time (the unified until) in seconds: the range params of kline and the histories.
        if ($since !== null) {
            Js::set($request, 'start_time', $this->integer_of(Js::divide($since, 1000)));
        }
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            Js::set($request, 'end_time', $this->integer_of(Js::divide($until, 1000)));
        }
        return $request;
    }

    public function parse_trade($trade, $market = null) {
        // Public (trades): { date (seconds), id, amount, type (the taker's side), price }. The account's
        // (spot/mytrades): { symbol, order_id, id, price, amount, fee, fee_currency, timestamp (seconds), side,
        // is_maker }.
        $market = $this->safe_market($this->safe_string_lower($trade, 'symbol'), $market, '_');
        $fee = null;
        $fee_cost = $this->safe_string($trade, 'fee');
        if ($fee_cost !== null) {
            $fee = [
                'cost' => $fee_cost,
                'currency' => $this->safe_currency_code($this->safe_string($trade, 'fee_currency')),
            ];
        }
        $taker_or_maker = null;
        $is_maker = $this->safe_bool($trade, 'is_maker');
        if ($is_maker !== null) {
            $taker_or_maker = $is_maker ? 'maker' : 'taker';
        }
        return $this->trade_structure(
            id: $this->safe_string($trade, 'id'),
            order: $this->safe_string($trade, 'order_id'),
            symbol: Js::get($market, 'symbol'),
            timestamp: $this->safe_timestamp2($trade, 'timestamp', 'date'),
            side: $this->trade_side($this->safe_string2($trade, 'side', 'type')),
            taker_or_maker: $taker_or_maker,
            price: $this->safe_string($trade, 'price'),
            amount: $this->safe_string($trade, 'amount'),
            fee: $fee,
            info: $trade,
            market: $market,
        );
    }

    public function trade_side($side) {
        // spot/mytrades names the side of a market order's trade buy_market or sell_market.
        return $side === null ? null : Js::get(Js::split($side, '_'), 0);
    }

    public function fetch_trades($symbol, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // trades?symbol&limit (at most 500): { data: [ trade ], date }.
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['symbol' => Js::get($market, 'id')];
        if ($limit !== null) {
            $request['limit'] = Js::min($limit, 500);
        }
        $response = $this->public_get_trades($this->extend($request, $params));
        // The latest trade comes first (the docs' example: ids falling within one second), and timestamps are in
        // seconds, so the sort by time keeps the trades of one second newest first: read them oldest first.
        $data = $this->safe_list($response, 'data', []);
        $oldest_first = [];
        for ($i = count($data) - 1; $i >= 0; $i--) {
            $oldest_first[] = Js::get($data, $i);
        }
        return $this->parse_trades($oldest_first, $market, $since, $limit);
    }

    // --- account -------------------------------------------------------------------------------------
    public function fetch_balance($params = null) {
        if ($params === null) {
            $params = [];
        }
        // spot/assets: { list: [ { currency, free, total } ] }.
        $this->load_markets();
        $response = $this->private_get_spot_assets($params);
        $data = $this->safe_list($response, 'list', []);
        $result = ['info' => $response];
        for ($i = 0; $i < count($data); $i++) {
            $entry = Js::get($data, $i);
            $account = $this->account();
            Js::set($account, 'free', $this->safe_string($entry, 'free'));
            Js::set($account, 'total', $this->safe_string($entry, 'total'));
            Js::setKey($result, $this->safe_currency_code($this->safe_string($entry, 'currency')), $account);
        }
        return $this->safe_balance($result);
    }

    // --- orders --------------------------------------------------------------------------------------
    public function parse_order($order, $market = null) {
        // { symbol, order_id, created_date (seconds), finished_date (0 while open), price, amount, cash_amount,
        // executed_amount, avg_price, status (0-4), type (buy, sell, buy_market, sell_market), kind }.
        $market = $this->safe_market($this->safe_string_lower($order, 'symbol'), $market, '_');
        $order_type = $this->safe_string($order, 'type');
        $side = $order_type;
        $type = null;
        if ($order_type !== null) {
            $is_market = Js::endsWith($order_type, '_market');
            $type = $is_market ? 'market' : 'limit';
            $side = $is_market ? Js::get(Js::split($order_type, '_'), 0) : $order_type;
        }
        $status = $this->safe_string($order, 'status');
        $price = $this->safe_string($order, 'price');
        $amount = $this->safe_string($order, 'amount');
        if ($type === 'market') {
            // A market order has no price, and its amount is the quote currency it trades (cash_amount).
            $price = null;
            $amount = null;
        }
        $finished = $this->safe_timestamp($order, 'finished_date');
        if (Js::strictEqual($finished, 0)) {
            $finished = null;
        }
        return $this->safe_order(
            [
                'id' => $this->safe_string($order, 'order_id'),
                'symbol' => Js::get($market, 'symbol'),
                'timestamp' => $this->safe_timestamp($order, 'created_date'),
                'lastUpdateTimestamp' => $finished,
                'status' => $this->safe_string(Js::get($this->options, 'orderStatuses'), $status),
                'type' => $type,
                'side' => $side,
                'price' => $price,
                'average' => $this->safe_string($order, 'avg_price'),
                'amount' => $amount,
                'filled' => $this->safe_string($order, 'executed_amount'),
                'info' => $order,
            ],
            $market,
        );
    }

    public function create_order($symbol, $type, $side, $amount, $price = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST spot/order/new { symbol, type (buy, sell, buy_market, sell_market), amount, price, post_only }
        // answers { order_id }. The docs give a market order's amount in the quote currency (and a limit order's in
        // the base currency): the unified cost, or amount times price. postOnly (and timeInForce PO) is
        // post_only 1; other times in force, triggers, client order ids and reduceOnly have no field.
        $this->load_markets();
        $market = $this->market($symbol);
        [$unified, $rest] = Js::destructure($this->unified_order_params($type, $params), 2);
        $this->reject_unified_params(
            'createOrder',
            $unified,
            ['reduceOnly', 'triggerPrice', 'stopLossPrice', 'takeProfitPrice', 'clientOrderId'],
        );
        $tif = Js::get($unified, 'timeInForce');
        if (($tif !== null) && !($tif === 'GTC') && !($tif === 'PO')) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr($this->id) . ' createOrder () does not support the unified param timeInForce ' . Js::toStr(
                        $tif,
                    ) . ': only GTC and PO (post_only)',
                ),
            );
        }
        if (!($type === 'market') && !($type === 'limit')) {
            throw new InvalidOrder(
                Js::boundedText(
                    Js::toStr($this->id) . ' createOrder () type must be market or limit, not ' . Js::toStr(
                        $type,
                    ),
                ),
            );
        }
        $post_only = Js::truthy($_value1 = Js::get($unified, 'postOnly')) ? $_value1 : ($tif === 'PO');
        $request = [
            'symbol' => Js::get($market, 'id'),
            'type' => $type === 'market' ? Js::boundedText(Js::toStr($side) . '_market') : $side,
        ];
        if ($type === 'market') {
            $cost = Js::get($unified, 'cost');
            if ($cost === null) {
                if ($price === null) {
                    throw new InvalidOrder(
                        Js::boundedText(
                            Js::toStr(
                                $this->id,
                            ) . ' createOrder () needs the unified param cost (or a price to compute it) for a market order: DigiFinex sizes market orders in the quote currency',
                        ),
                    );
                }
                $cost = Precise::string_mul(
                    $this->number_to_string($amount),
                    $this->number_to_string($price),
                );
            }
            $request['amount'] = $this->cost_to_precision($symbol, $cost);
        } else {
            if (Js::get($unified, 'cost') !== null) {
                throw new InvalidOrder(
                    Js::boundedText(
                        Js::toStr(
                            $this->id,
                        ) . ' createOrder () takes the unified param cost for market orders only',
                    ),
                );
            }
            $request['amount'] = $this->amount_to_precision($symbol, $amount);
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
        if (Js::truthy($post_only)) {
            if ($type === 'market') {
                throw new InvalidOrder(
                    Js::boundedText(
                        Js::toStr($this->id) . ' createOrder () a market order cannot be post-only',
                    ),
                );
            }
            $request['post_only'] = 1;
        }
        $response = $this->private_post_spot_order_new($this->extend($request, $rest));
        return $this->safe_order(
            [
                'id' => $this->safe_string($response, 'order_id'),
                'symbol' => Js::get($market, 'symbol'),
                'type' => $type,
                'side' => $side,
                'postOnly' => $post_only,
                'status' => 'open',
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

    public function cancel_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST spot/order/cancel { order_id } answers { success: [ ids ], error: [ ids ] }: an id in error was
        // not canceled (unknown or already finished).
        $this->load_markets();
        $response = $this->private_post_spot_order_cancel($this->extend(['order_id' => $id], $params));
        $failed = $this->safe_list($response, 'error', []);
        if (Js::truthy($this->in_array($id, $failed))) {
            throw new OrderNotFound(
                Js::boundedText(
                    Js::toStr($this->id) . ' cancelOrder () could not cancel the order ' . Js::toStr(
                        $id,
                    ) . ': unknown, or no longer open',
                ),
            );
        }
        $market = $symbol === null ? null : $this->market($symbol);
        return $this->safe_order(
            [
                'id' => $id,
                'symbol' => $this->safe_symbol(null, $market),
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
        // GET spot/order?order_id: { data: [ order ] }.
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $response = $this->private_get_spot_order($this->extend(['order_id' => $id], $params));
        $data = $this->safe_list($response, 'data', []);
        $order = $this->safe_dict($data, 0);
        if ($order === null) {
            throw new OrderNotFound(
                Js::boundedText(Js::toStr($this->id) . ' fetchOrder () found no order ' . Js::toStr($id)),
            );
        }
        return $this->parse_order($order, $market);
    }

    public function fetch_order_trades($id, $symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // GET spot/order/detail?order_id: { data: { ...order, detail: { tid, date, executed_amount,
        // executed_price } } }: the order's fills (one object in the docs' example, a list when there are more).
        $this->load_markets();
        $response = $this->private_get_spot_order_detail($this->extend(['order_id' => $id], $params));
        $order = $this->safe_dict($response, 'data', []);
        $market = $this->safe_market(
            $this->safe_string_lower($order, 'symbol'),
            $symbol === null ? null : $this->market($symbol),
            '_',
        );
        $fills = $this->safe_value($order, 'detail', []);
        if (!(Js::isArray($fills))) {
            $fills = [$fills];
        }
        $side = $this->trade_side($this->safe_string($order, 'type'));
        $trades = [];
        for ($i = 0; Js::less($i, Js::length($fills)); $i++) {
            $trade = $this->parse_trade(
                [
                    'id' => $this->safe_string(Js::get($fills, $i), 'tid'),
                    'order_id' => $id,
                    'date' => $this->safe_integer(Js::get($fills, $i), 'date'),
                    'side' => $side,
                    'price' => $this->safe_string(Js::get($fills, $i), 'executed_price'),
                    'amount' => $this->safe_string(Js::get($fills, $i), 'executed_amount'),
                ],
                $market,
            );
            Js::set($trade, 'info', Js::get($fills, $i));
            $trades[] = $trade;
        }
        return $this->filter_by_since_limit($trades, $since, $limit);
    }

    public function fetch_open_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // GET spot/order/current?symbol: { data: [ order ] }.
        $this->load_markets();
        $market = null;
        $request = [];
        if ($symbol !== null) {
            $market = $this->market($symbol);
            $request['symbol'] = Js::get($market, 'id');
        }
        $response = $this->private_get_spot_order_current($this->extend($request, $params));
        return $this->parse_orders($this->safe_list($response, 'data', []), $market, $since, $limit);
    }

    public function fetch_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // GET spot/order/history?symbol&start_time&end_time (seconds; until)&limit: orders of any status.
        $this->load_markets();
        $market = null;
        $request = [];
        if ($symbol !== null) {
            $market = $this->market($symbol);
            Js::set($request, 'symbol', Js::get($market, 'id'));
        }
        if ($limit !== null) {
            Js::set($request, 'limit', Js::min($limit, 100));
        }
        $request = $this->seconds_range($request, $since, $params);
        $response = $this->private_get_spot_order_history(
            $this->extend($request, $this->omit($params, 'until')),
        );
        return $this->parse_orders($this->safe_list($response, 'data', []), $market, $since, $limit);
    }

    public function fetch_closed_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // spot/order/history takes no status filter: its finished orders (filled or canceled).
        $orders = $this->fetch_orders($symbol, $since, $limit, $params);
        $finished = [];
        for ($i = 0; Js::less($i, Js::length($orders)); $i++) {
            if (!(Js::get(Js::get($orders, $i), 'status') === 'open')) {
                $finished[] = Js::get($orders, $i);
            }
        }
        return $this->filter_by_since_limit($finished, $since, $limit);
    }

    public function fetch_my_trades($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // GET spot/mytrades?symbol&start_time&end_time (seconds; until)&limit: { list: [ trade ] }.
        $this->load_markets();
        $market = null;
        $request = [];
        if ($symbol !== null) {
            $market = $this->market($symbol);
            Js::set($request, 'symbol', Js::get($market, 'id'));
        }
        if ($limit !== null) {
            Js::set($request, 'limit', $limit);
        }
        $request = $this->seconds_range($request, $since, $params);
        $response = $this->private_get_spot_mytrades($this->extend($request, $this->omit($params, 'until')));
        return $this->parse_trades($this->safe_list($response, 'list', []), $market, $since, $limit);
    }

    // --- funding -------------------------------------------------------------------------------------
    public function parse_transaction($transaction, $currency = null) {
        // deposit/history and withdraw/history: { id, currency ('xrp'), hashId, chain ('' for the currency's own),
        // amount, address, memo (withdrawals), fee (withdrawals), state (1-4), created_date, update_date
        // ('YYYY-MM-DD hh:mm:ss') }, with type added by the caller.
        $code = $this->safe_currency_code($this->safe_string_upper($transaction, 'currency'), $currency);
        $fee = null;
        $fee_cost = $this->safe_string($transaction, 'fee');
        if ($fee_cost !== null) {
            $fee = ['cost' => $fee_cost, 'currency' => $code];
        }
        $state = $this->safe_string($transaction, 'state');
        $chain = $this->safe_string($transaction, 'chain');
        return $this->safe_transaction(
            [
                'id' => $this->safe_string($transaction, 'id'),
                'txid' => $this->safe_string($transaction, 'hashId'),
                'timestamp' => $this->date_time($this->safe_string($transaction, 'created_date')),
                'updated' => $this->date_time($this->safe_string($transaction, 'update_date')),
                'network' => $chain === null ? null : $this->network_code($chain),
                'address' => $this->safe_string($transaction, 'address'),
                'tag' => $this->safe_string($transaction, 'memo'),
                'type' => $this->safe_string($transaction, 'type'),
                'amount' => $this->safe_string($transaction, 'amount'),
                'currency' => $code,
                'status' => $this->safe_string(
                    Js::get($this->options, 'transactionStatuses'),
                    $state,
                    $state,
                ),
                'fee' => $fee,
                'info' => $this->omit($transaction, 'type'),
            ],
            $currency,
        );
    }

    public function date_time($text) {
        // 'YYYY-MM-DD hh:mm:ss' (the funding histories' dates, UTC) in milliseconds.
        return $text === null ? null : $this->parse8601(Js::boundedText(Js::replace($text, ' ', 'T') . 'Z'));
    }

    public function fetch_transfers($type, $code, $since, $limit, $params) {
        // deposit/history and withdraw/history take currency, from (an id to page from), size (1-500) and direct;
        // no time range, so until is rejected.
        if ($this->safe_value($params, 'until') !== null) {
            $method = $type === 'deposit' ? 'fetchDeposits' : 'fetchWithdrawals';
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' ' . $method . ' () does not support the unified param until: the history takes no time range',
                ),
            );
        }
        $this->load_markets();
        $currency = null;
        $request = [];
        if ($code !== null) {
            $currency = $this->currency($code);
            $request['currency'] = Js::lowerCase(Js::textReceiver(Js::get($currency, 'id'), 'toLowerCase'));
        }
        if ($limit !== null) {
            $request['size'] = Js::min($limit, 500);
        }
        $response = null;
        if ($type === 'deposit') {
            $response = $this->private_get_deposit_history($this->extend($request, $params));
        } else {
            $response = $this->private_get_withdraw_history($this->extend($request, $params));
        }
        $data = $this->safe_list($response, 'data', []);
        $transactions = [];
        for ($i = 0; $i < count($data); $i++) {
            $transactions[] = $this->extend(Js::get($data, $i), ['type' => $type]);
        }
        return $this->parse_transactions($transactions, $currency, $since, $limit);
    }

    public function fetch_deposits($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->fetch_transfers('deposit', $code, $since, $limit, $params);
    }

    public function fetch_withdrawals($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->fetch_transfers('withdrawal', $code, $since, $limit, $params);
    }

    public function fetch_deposit_address($code, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // GET deposit/address?currency: { data: [ { currency, address, addressTag, chain } ] }, one per chain ('' for
        // the currency's own); the endpoint takes no chain, so the unified network picks one of the answer's (the
        // first without it).
        $this->load_markets();
        $currency = $this->currency($code);
        $response = $this->private_get_deposit_address(
            $this->extend(
                ['currency' => Js::lowerCase(Js::textReceiver(Js::get($currency, 'id'), 'toLowerCase'))],
                $this->omit($params, 'network'),
            ),
        );
        $data = $this->safe_list($response, 'data', []);
        $network_code = $this->safe_string_upper($params, 'network');
        $entry = $this->safe_dict($data, 0);
        if ($network_code !== null) {
            $chain_id = $this->network_id($network_code, $currency);
            $entry = null;
            for ($i = 0; $i < count($data); $i++) {
                $chain = $this->safe_string(Js::get($data, $i), 'chain', Js::get($currency, 'id'));
                if (!(Js::typeof($chain) === 'object') && Js::strictEqual($chain, $chain_id)) {
                    $entry = Js::get($data, $i);
                }
            }
            if ($entry === null) {
                throw new BadRequest(
                    Js::boundedText(
                        Js::boundedText(Js::toStr($this->id) . ' fetchDepositAddress () found no ') . Js::toStr(Js::get($currency, 'code')) . ' address on the network ' . Js::toStr(
                            $network_code,
                        ),
                    ),
                );
            }
        }
        if ($entry === null) {
            throw new ExchangeError(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' fetchDepositAddress () found no ') . Js::toStr(
                        Js::get($currency, 'code'),
                    ) . ' address',
                ),
            );
        }
        $chain_name = $this->safe_string($entry, 'chain');
        return [
            'currency' => Js::get($currency, 'code'),
            'address' => $this->safe_string($entry, 'address'),
            'tag' => $this->safe_string($entry, 'addressTag'),
            'network' => $chain_name === null ? null : $this->network_code($chain_name),
            'info' => $entry,
        ];
    }

    public function transfer($code, $amount, $from_account, $to_account, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST transfer { currency_mark, num, from, to } (1 spot, 2 margin, 3 OTC) answers { code: 0 } only.
        $this->load_markets();
        $currency = $this->currency($code);
        $request = [
            'currency_mark' => Js::get($currency, 'id'),
            'num' => $this->currency_to_precision($code, $amount),
            'from' => $this->account_type_id($from_account),
            'to' => $this->account_type_id($to_account),
        ];
        $response = $this->private_post_transfer($this->extend($request, $params));
        return $this->safe_transfer(
            [
                'currency' => Js::get($currency, 'code'),
                'amount' => Js::get($request, 'num'),
                'fromAccount' => $from_account,
                'toAccount' => $to_account,
                'status' => 'ok',
                'info' => $response,
            ],
        );
    }

    public function parse_ledger_entry($item, $currency = null) {
        // spot/financelog's finance: { time (seconds), num (signed change), balance (after), currency_mark, type
        // (a number the docs do not list) }.
        $code = $this->safe_currency_code($this->safe_string($item, 'currency_mark'), $currency);
        $change = $this->safe_string($item, 'num');
        $after = $this->safe_string($item, 'balance');
        $direction = null;
        $amount = null;
        $before = null;
        if ($change !== null) {
            $direction = Precise::string_lt($change, '0') ? 'out' : 'in';
            $amount = Precise::string_abs($change);
            if ($after !== null) {
                $before = Precise::string_sub($after, $change);
            }
        }
        return $this->safe_ledger_entry(
            [
                'timestamp' => $this->safe_timestamp($item, 'time'),
                'direction' => $direction,
                'account' => 'spot',
                'type' => $this->safe_string($item, 'type'),
                'currency' => $code,
                'amount' => $amount,
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
        // GET spot/financelog?currency_mark&start_time&end_time (seconds; until)&limit (at most 1000):
        // { data: { finance: [ entry ], total } }.
        $this->load_markets();
        $currency = null;
        $request = [];
        if ($code !== null) {
            $currency = $this->currency($code);
            Js::set($request, 'currency_mark', Js::get($currency, 'id'));
        }
        $request = $this->seconds_range($request, $since, $params);
        if ($limit !== null) {
            Js::set($request, 'limit', Js::min($limit, 1000));
        }
        $response = $this->private_get_spot_financelog(
            $this->extend($request, $this->omit($params, 'until')),
        );
        $data = $this->safe_dict($response, 'data', []);
        return $this->parse_ledger($this->safe_list($data, 'finance', []), $currency, $since, $limit);
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
        // GET sends its params as the query string, POST as a form-encoded body.
        $url = Js::boundedText(
            Js::boundedText(Js::toStr(Js::get($this->urls, 'api')) . '/') . Js::toStr(
                $this->implode_params($path, $params),
            ),
        );
        $query = $this->omit($params, $this->extract_params($path));
        $encoded = $this->urlencode($query);
        $is_post = $method === 'POST';
        if (!($is_post) && Js::greater(Js::length($encoded), 0)) {
            $url .= Js::within($url, '?' . Js::toStr($encoded));
        }
        if ($api === 'public') {
            return ['url' => $url, 'method' => $method, 'body' => $body, 'headers' => $headers];
        }
        // ACCESS-SIGN: hex HMAC-SHA256 (secret) of the request's parameters as they are sent (the query string,
        // or the form body); ACCESS-TIMESTAMP in seconds.
        $this->check_required_credentials();
        $headers = [
            'ACCESS-KEY' => $this->apiKey,
            'ACCESS-TIMESTAMP' => $this->number_to_string($this->seconds()),
            'ACCESS-SIGN' => $this->hmac($this->encode($encoded), $this->encode($this->secret), 'sha256'),
        ];
        if ($is_post) {
            $body = $encoded;
            Js::set($headers, 'Content-Type', 'application/x-www-form-urlencoded');
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
        // { "code": 20011, ... }: 0 (200 for the funding endpoints) is success, any other code an error.
        if (($response === null) || Js::isArray($response) || !(Js::typeof($response) === 'object')) {
            return;
        }
        $code = $this->safe_string($response, 'code');
        if (($code === null) || ($code === '0') || ($code === '200')) {
            return;
        }
        $feedback = Js::boundedText(
            Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($method) . ' ' . Js::toStr($url) . ' ' . Js::toStr($code) . ' ') . $this->safe_string2(
                $response,
                'msg',
                'message',
                '',
            ),
        );
        $this->throw_exactly_matched_exception(Js::get($this->exceptions, 'exact'), $code, $feedback);
        throw new ExchangeError($feedback);
    }
}
