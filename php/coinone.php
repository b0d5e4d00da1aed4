<?php

// Generated from js/coinone.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class coinone extends Exchange {
    public function describe() {
        return $this->deep_extend(
            parent::describe(),
            [
                'id' => 'coinone',
                'name' => 'CoinOne',
                'countries' => ['KR'],
                'version' => 'v2.1',
                'rateLimit' => 200,
                'has' => [
                    'fetchMarkets' => true,
                    'fetchCurrencies' => false,
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
                    'fetchClosedOrders' => false,
                    'fetchMyTrades' => true,
                    'fetchDeposits' => false,
                    'fetchWithdrawals' => false,
                    'fetchTransactions' => false,
                    'fetchLedger' => false,
                    'fetchDepositAddress' => true,
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
                    '1m' => '1m',
                    '3m' => '3m',
                    '5m' => '5m',
                    '10m' => '10m',
                    '15m' => '15m',
                    '30m' => '30m',
                    '1h' => '1h',
                    '2h' => '2h',
                    '4h' => '4h',
                    '6h' => '6h',
                    '1d' => '1d',
                    '1w' => '1w',
                ],
                'urls' => [
                    'api' => [
                        'public' => 'https://api.coinone.co.kr/public/v2',
                        'private' => 'https://api.coinone.co.kr/v2.1',
                    ],
                    'www' => 'https://coinone.co.kr',
                    'doc' => 'https://docs.coinone.co.kr',
                    'fees' => 'https://coinone.co.kr/fee',
                ],
                'api' => [
                    'public' => [
                        'get' => [
                            'markets/{quote_currency}',
                            'ticker_new/{quote_currency}',
                            'ticker_new/{quote_currency}/{target_currency}',
                            'orderbook/{quote_currency}/{target_currency}',
                            'trades/{quote_currency}/{target_currency}',
                            'chart/{quote_currency}/{target_currency}',
                            'range_units/{quote_currency}/{target_currency}',
                        ],
                    ],
                    'private' => [
                        'post' => [
                            'account/balance/all',
                            'account/balance',
                            'account/deposit_address',
                            'order',
                            'order/cancel',
                            'order/detail',
                            'order/active_orders',
                            'order/completed_orders',
                            'order/completed_orders/all',
                        ],
                    ],
                ],
                'requiredCredentials' => ['apiKey' => true, 'secret' => true],
                'fees' => ['trading' => ['percentage' => true, 'maker' => null, 'taker' => null]],
                'precisionMode' => TICK_SIZE,
                'options' => [
                    'quoteCurrencies' => ['KRW'],
                    'orderBookSizes' => [5, 10, 15, 16],
                    'tradesSizes' => [10, 50, 100, 150, 200],
                    'myTradesMaxSize' => 100,
                    'myTradesWindow' => 604800000,
                    'orderTypes' => ['LIMIT' => 'limit', 'MARKET' => 'market', 'STOP_LIMIT' => 'limit'],
                    'orderStatuses' => [
                        'LIVE' => 'open',
                        'PARTIALLY_FILLED' => 'open',
                        'NOT_TRIGGERED' => 'open',
                        'TRIGGERED' => 'open',
                        'FILLED' => 'closed',
                        'CANCELED' => 'canceled',
                        'PARTIALLY_CANCELED' => 'canceled',
                        'NOT_TRIGGERED_CANCELED' => 'canceled',
                        'NOT_TRIGGERED_PARTIALLY_CANCELED' => 'canceled',
                    ],
                ],
                'exceptions' => [
                    'exact' => [
                        '4' => RateLimitExceeded::class,
                        '8' => AuthenticationError::class,
                        '10' => PermissionDenied::class,
                        '11' => AuthenticationError::class,
                        '12' => AuthenticationError::class,
                        '20' => BadRequest::class,
                        '21' => PermissionDenied::class,
                        '22' => PermissionDenied::class,
                        '23' => AuthenticationError::class,
                        '24' => AuthenticationError::class,
                        '25' => AuthenticationError::class,
                        '27' => AuthenticationError::class,
                        '40' => PermissionDenied::class,
                        '50' => AccountSuspended::class,
                        '51' => BadRequest::class,
                        '52' => AccountSuspended::class,
                        '105' => InvalidOrder::class,
                    ],
                    'broad' => [],
                ],
            ],
        );
    }

    // --- markets -------------------------------------------------------------------------------------
    public function fetch_markets($params = null) {
        if ($params === null) {
            $params = [];
        }
        // markets/{quote_currency}: { result, error_code, server_time, markets: [ { quote_currency,
        // target_currency, price_unit, qty_unit, max_order_amount, max_price, max_qty, min_order_amount,
        // min_price, min_qty, order_book_units, maintenance_status, trade_status, order_types } ] }.
        $quotes = $this->safe_list($this->options, 'quoteCurrencies', ['KRW']);
        $result = [];
        for ($i = 0; $i < count($quotes); $i++) {
            $response = $this->public_get_markets_quote_currency(
                $this->extend(['quote_currency' => Js::get($quotes, $i)], $params),
            );
            $markets = $this->required_list($response, 'markets');
            for ($j = 0; Js::less($j, Js::length($markets)); $j++) {
                $result[] = $this->parse_market(Js::get($markets, $j));
            }
        }
        return $result;
    }

    public function parse_market($market) {
        $base_id = $this->safe_string($market, 'target_currency');
        $quote_id = $this->safe_string($market, 'quote_currency');
        if (($base_id === null) || ($quote_id === null)) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent a market without target_currency or quote_currency: ') . Js::toStr(
                        $this->excerpt($this->json($market)),
                    ),
                ),
            );
        }
        $base = $this->safe_currency_code($base_id);
        $quote = $this->safe_currency_code($quote_id);
        // trade_status 1: trading; maintenance_status 0: no maintenance.
        $trade_status = $this->safe_integer($market, 'trade_status');
        $maintenance = $this->safe_integer($market, 'maintenance_status');
        $active = null;
        if ($trade_status !== null) {
            $active = Js::strictEqual($trade_status, 1) && !Js::strictEqual($maintenance, 1);
        }
        return $this->safe_market_structure(
            [
                'id' => Js::boundedText(Js::toStr($quote_id) . '/' . Js::toStr($base_id)),
                'symbol' => Js::boundedText(Js::toStr($base) . '/' . Js::toStr($quote)),
                'base' => $base,
                'quote' => $quote,
                'baseId' => $base_id,
                'quoteId' => $quote_id,
                'type' => 'spot',
                'spot' => true,
                'active' => $active,
                'precision' => [
                    'amount' => $this->safe_number($market, 'qty_unit'),
                    'price' => $this->safe_number($market, 'price_unit'),
                ],
                'limits' => [
                    'amount' => [
                        'min' => $this->safe_number($market, 'min_qty'),
                        'max' => $this->safe_number($market, 'max_qty'),
                    ],
                    'price' => [
                        'min' => $this->safe_number($market, 'min_price'),
                        'max' => $this->safe_number($market, 'max_price'),
                    ],
                    'cost' => [
                        'min' => $this->safe_number($market, 'min_order_amount'),
                        'max' => $this->safe_number($market, 'max_order_amount'),
                    ],
                ],
                'info' => $market,
            ],
        );
    }

    public function pair_request($market) {
        return [
            'quote_currency' => Js::get($market, 'quoteId'),
            'target_currency' => Js::get($market, 'baseId'),
        ];
    }

    public function market_of_pair($entry, $market = null) {
        // The market an answer names by quote_currency and target_currency.
        $base_id = $this->safe_string($entry, 'target_currency');
        $quote_id = $this->safe_string($entry, 'quote_currency');
        if (($base_id === null) || ($quote_id === null)) {
            return $this->safe_market(null, $market);
        }
        return $this->safe_market(
            Js::boundedText(Js::toStr($quote_id) . '/' . Js::toStr($base_id)),
            $market,
            '/',
        );
    }

    public function size_for($limit, $sizes) {
        // The smallest page size the endpoint accepts that holds limit entries (the largest for more).
        for ($i = 0; Js::less($i, Js::length($sizes)); $i++) {
            if (Js::greaterEqual(Js::get($sizes, $i), $limit)) {
                return Js::get($sizes, $i);
            }
        }
        return Js::get($sizes, Js::subtract(Js::length($sizes), 1));
    }

    // --- market data ---------------------------------------------------------------------------------
    public function parse_ticker($ticker, $market = null) {
        // ticker_new: { quote_currency, target_currency, timestamp, high, low, first, last, quote_volume,
        // target_volume, best_asks: [ { price, qty } ], best_bids: [ { price, qty } ], id } (24 hours).
        $market = $this->market_of_pair($ticker, $market);
        $asks = $this->safe_list($ticker, 'best_asks', []);
        $bids = $this->safe_list($ticker, 'best_bids', []);
        $best_ask = $this->safe_dict($asks, 0, []);
        $best_bid = $this->safe_dict($bids, 0, []);
        return $this->ticker_structure(
            symbol: Js::get($market, 'symbol'),
            timestamp: $this->safe_integer($ticker, 'timestamp'),
            high: $this->safe_string($ticker, 'high'),
            low: $this->safe_string($ticker, 'low'),
            open: $this->safe_string($ticker, 'first'),
            last: $this->safe_string($ticker, 'last'),
            bid: $this->safe_string($best_bid, 'price'),
            bid_volume: $this->safe_string($best_bid, 'qty'),
            ask: $this->safe_string($best_ask, 'price'),
            ask_volume: $this->safe_string($best_ask, 'qty'),
            base_volume: $this->safe_string($ticker, 'target_volume'),
            quote_volume: $this->safe_string($ticker, 'quote_volume'),
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
        $response = $this->public_get_ticker_new_quote_currency_target_currency(
            $this->extend($this->pair_request($market), $params),
        );
        $tickers = $this->required_list($response, 'tickers');
        if (Js::strictEqual(Js::length($tickers), 0)) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent no ticker for ' . Js::toStr($symbol) . ': ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        return $this->parse_ticker(Js::get($tickers, 0), $market);
    }

    public function fetch_tickers($symbols = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // ticker_new/{quote_currency}: every market of a quote currency; one request per quote currency asked for.
        $this->load_markets();
        $quotes = $this->safe_list($this->options, 'quoteCurrencies', ['KRW']);
        if ($symbols !== null) {
            $quotes = [];
            for ($i = 0; Js::less($i, Js::length($symbols)); $i++) {
                $quote_id = Js::get($this->market(Js::get($symbols, $i)), 'quoteId');
                if (!(Js::truthy($this->in_array($quote_id, $quotes)))) {
                    $quotes[] = $quote_id;
                }
            }
        }
        $tickers = [];
        for ($i = 0; $i < count($quotes); $i++) {
            $response = $this->public_get_ticker_new_quote_currency(
                $this->extend(['quote_currency' => Js::get($quotes, $i)], $params),
            );
            $tickers = $this->array_concat($tickers, $this->required_list($response, 'tickers'));
        }
        return $this->parse_tickers($tickers, $symbols);
    }

    public function fetch_order_book($symbol, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // orderbook/{quote}/{target}?size=: { result, error_code, timestamp, id, quote_currency, target_currency,
        // order_book_unit, bids: [ { price, qty } ], asks: [ { price, qty } ] }.
        $this->load_markets();
        $market = $this->market($symbol);
        $request = $this->pair_request($market);
        if ($limit !== null) {
            Js::set($request, 'size', $this->size_for($limit, Js::get($this->options, 'orderBookSizes')));
        }
        $response = $this->public_get_orderbook_quote_currency_target_currency(
            $this->extend($request, $params),
        );
        $this->required_list($response, 'bids');
        $this->required_list($response, 'asks');
        $book = $this->parse_order_book(
            $response,
            Js::get($market, 'symbol'),
            $this->safe_integer($response, 'timestamp'),
            'bids',
            'asks',
            'price',
            'qty',
        );
        if ($limit !== null) {
            Js::set($book, 'bids', Js::slice(Js::get($book, 'bids'), 0, $limit));
            Js::set($book, 'asks', Js::slice(Js::get($book, 'asks'), 0, $limit));
        }
        return $book;
    }

    public function parse_trade($trade, $market = null) {
        // trades: { id, timestamp, price, qty, is_seller_maker } (the docs: is_seller_maker tells buy from sell,
        // true for a sell, false for a buy).
        // completed_orders: { trade_id, order_id, quote_currency, target_currency, order_type, is_ask, is_maker,
        // price, qty, timestamp, fee_rate, fee, fee_currency }.
        $market = $this->market_of_pair($trade, $market);
        $trade_id = $this->safe_string($trade, 'trade_id');
        $side = null;
        $taker_or_maker = null;
        $type = null;
        $fee = null;
        if ($trade_id === null) {
            $seller_maker = $this->safe_bool($trade, 'is_seller_maker');
            if ($seller_maker !== null) {
                $side = $seller_maker ? 'sell' : 'buy';
            }
        } else {
            $is_ask = $this->safe_bool($trade, 'is_ask');
            if ($is_ask !== null) {
                $side = $is_ask ? 'sell' : 'buy';
            }
            $is_maker = $this->safe_bool($trade, 'is_maker');
            if ($is_maker !== null) {
                $taker_or_maker = $is_maker ? 'maker' : 'taker';
            }
            $type = $this->safe_string(
                Js::get($this->options, 'orderTypes'),
                $this->safe_string($trade, 'order_type'),
            );
            $fee_cost = $this->safe_string($trade, 'fee');
            if ($fee_cost !== null) {
                $fee = [
                    'cost' => $fee_cost,
                    'currency' => $this->safe_currency_code($this->safe_string($trade, 'fee_currency')),
                    'rate' => $this->safe_string($trade, 'fee_rate'),
                ];
            }
        }
        return $this->trade_structure(
            id: $trade_id === null ? $this->safe_string($trade, 'id') : $trade_id,
            order: $this->safe_string($trade, 'order_id'),
            timestamp: $this->safe_integer($trade, 'timestamp'),
            symbol: Js::get($market, 'symbol'),
            type: $type,
            side: $side,
            taker_or_maker: $taker_or_maker,
            price: $this->safe_string($trade, 'price'),
            amount: $this->safe_string($trade, 'qty'),
            fee: $fee,
            info: $trade,
            market: $market,
        );
    }

    public function fetch_trades($symbol, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // trades/{quote}/{target}?size= (10, 50, 100, 150 or 200; 200 by default): the newest first.
        $this->load_markets();
        $market = $this->market($symbol);
        $request = $this->pair_request($market);
        if ($limit !== null) {
            Js::set($request, 'size', $this->size_for($limit, Js::get($this->options, 'tradesSizes')));
        }
        $response = $this->public_get_trades_quote_currency_target_currency($this->extend($request, $params));
        return $this->parse_trades($this->required_list($response, 'transactions'), $market, $since, $limit);
    }

    public function parse_ohlcv($ohlcv, $market = null) {
        // { timestamp, open, high, low, close, target_volume, quote_volume }
        return [
            $this->safe_integer($ohlcv, 'timestamp'),
            $this->safe_number($ohlcv, 'open'),
            $this->safe_number($ohlcv, 'high'),
            $this->safe_number($ohlcv, 'low'),
            $this->safe_number($ohlcv, 'close'),
            $this->safe_number($ohlcv, 'target_volume'),
        ];
    }

    public function fetch_ohlcv($symbol, $timeframe = null, $since = null, $limit = null, $params = null) {
        if ($timeframe === null) {
            $timeframe = '1m';
        }
        if ($params === null) {
            $params = [];
        }
        // chart/{quote}/{target}?interval=&timestamp=: the candles up to timestamp (the last candle's, in ms),
        // the newest first; the API takes no start, so since and limit filter what it sends.
        $this->load_markets();
        $market = $this->market($symbol);
        $interval = $this->safe_string($this->timeframes, $timeframe);
        if ($interval === null) {
            throw new BadRequest(
                Js::boundedText(
                    Js::toStr($this->id) . ' fetchOHLCV () does not support the timeframe ' . Js::toStr(
                        $timeframe,
                    ),
                ),
            );
        }
        $request = $this->extend($this->pair_request($market), ['interval' => $interval]);
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            $request['timestamp'] = $until;
        }
        $response = $this->public_get_chart_quote_currency_target_currency(
            $this->extend($request, $this->omit($params, 'until')),
        );
        return $this->parse_ohlcvs(
            $this->required_list($response, 'chart'),
            $market,
            $timeframe,
            $since,
            $limit,
        );
    }

    // --- account -------------------------------------------------------------------------------------
    public function fetch_balance($params = null) {
        if ($params === null) {
            $params = [];
        }
        // account/balance/all: { result, error_code, balances: [ { available, limit (held by orders),
        // average_price, currency } ] }.
        $this->load_markets();
        $response = $this->private_post_account_balance_all($params);
        $balances = $this->required_list($response, 'balances');
        $result = ['info' => $response];
        for ($i = 0; Js::less($i, Js::length($balances)); $i++) {
            $entry = Js::get($balances, $i);
            $code = $this->safe_currency_code($this->safe_string($entry, 'currency'));
            $account = $this->account();
            Js::set($account, 'free', $this->safe_string($entry, 'available'));
            Js::set($account, 'used', $this->safe_string($entry, 'limit'));
            Js::setKey($result, $code, $account);
        }
        return $this->safe_balance($result);
    }

    // --- orders --------------------------------------------------------------------------------------
    public function parse_order($order, $market = null) {
        // order/detail's order and active_orders' entries: { order_id, type (LIMIT, MARKET, STOP_LIMIT),
        // quote_currency, target_currency, status, side (BUY, SELL), price, original_qty, remain_qty,
        // executed_qty, canceled_qty, fee, fee_rate, average_executed_price, ordered_at, is_triggered,
        // trigger_price, user_order_id }; order (placing) answers { order_id } only.
        $market = $this->market_of_pair($order, $market);
        $side = $this->safe_string_lower($order, 'side');
        $fee_cost = $this->safe_string($order, 'fee');
        $fee = null;
        if ($fee_cost !== null) {
            $fee = ['cost' => $fee_cost, 'rate' => $this->safe_string($order, 'fee_rate')];
        }
        return $this->safe_order(
            [
                'id' => $this->safe_string($order, 'order_id'),
                'clientOrderId' => $this->safe_string($order, 'user_order_id'),
                'timestamp' => $this->safe_integer($order, 'ordered_at'),
                'symbol' => Js::get($market, 'symbol'),
                'type' => $this->safe_string(
                    Js::get($this->options, 'orderTypes'),
                    $this->safe_string($order, 'type'),
                ),
                'side' => $side,
                'status' => $this->safe_string(
                    Js::get($this->options, 'orderStatuses'),
                    $this->safe_string($order, 'status'),
                ),
                'price' => $this->safe_string($order, 'price'),
                'triggerPrice' => $this->safe_string($order, 'trigger_price'),
                'average' => $this->safe_string($order, 'average_executed_price'),
                'amount' => $this->safe_string($order, 'original_qty'),
                'filled' => $this->safe_string($order, 'executed_qty'),
                'remaining' => $this->safe_string($order, 'remain_qty'),
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
        // order: side (BUY, SELL), quote_currency, target_currency, type (LIMIT, MARKET, STOP_LIMIT), price,
        // qty, amount (a market buy: the quote currency to spend), post_only (LIMIT), trigger_price
        // (STOP_LIMIT), user_order_id; answers { result, error_code, order_id }.
        $this->load_markets();
        $market = $this->market($symbol);
        $time_in_force = $this->safe_string_upper($params, 'timeInForce');
        if (($time_in_force === 'IOC') || ($time_in_force === 'FOK')) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr($this->id) . ' createOrder () does not support the unified param timeInForce ' . Js::toStr(
                        $time_in_force,
                    ) . ': limit orders are GTC (or post only)',
                ),
            );
        }
        [$unified, $rest] = Js::destructure($this->unified_order_params($type, $params), 2);
        $this->reject_unified_params(
            'createOrder',
            $unified,
            ['reduceOnly', 'stopLossPrice', 'takeProfitPrice'],
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
        $request = $this->extend(
            $this->pair_request($market),
            ['side' => Js::upperCase(Js::textReceiver($side, 'toUpperCase'))],
        );
        if ($type === 'limit') {
            if ($price === null) {
                throw new ArgumentsRequired(
                    Js::boundedText(
                        Js::toStr($this->id) . ' createOrder () requires a price for a limit order',
                    ),
                );
            }
            $request['price'] = $this->price_to_precision($symbol, $price);
            $request['qty'] = $this->amount_to_precision($symbol, $amount);
            if (Js::get($unified, 'trigger') !== null) {
                $request['type'] = 'STOP_LIMIT';
                $request['trigger_price'] = $this->price_to_precision($symbol, Js::get($unified, 'trigger'));
            } else {
                $request['type'] = 'LIMIT';
                $request['post_only'] = Js::get($unified, 'postOnly');
            }
        } elseif ($type === 'market') {
            if (Js::get($unified, 'trigger') !== null) {
                throw new NotSupported(
                    Js::boundedText(
                        Js::toStr(
                            $this->id,
                        ) . ' createOrder () does not support the unified param triggerPrice for market orders: a stop order is STOP_LIMIT, with a price',
                    ),
                );
            }
            $request['type'] = 'MARKET';
            if ($side === 'buy') {
                // A market buy is sized in the quote currency: the cost, or amount x price.
                $cost = Js::get($unified, 'cost');
                if ($cost === null) {
                    if (($price === null) || ($amount === null)) {
                        throw new InvalidOrder(
                            Js::boundedText(
                                Js::boundedText(Js::toStr($this->id) . ' createOrder () a market buy spends an amount of ') . Js::toStr(
                                    Js::get($market, 'quote'),
                                ) . ': pass the unified param cost, or a price to multiply the amount with',
                            ),
                        );
                    }
                    $cost = $this->number_to_string(Js::multiply($amount, $price));
                }
                $request['amount'] = $this->cost_to_precision($symbol, $cost);
            } else {
                if (Js::get($unified, 'cost') !== null) {
                    throw new NotSupported(
                        Js::boundedText(
                            Js::toStr(
                                $this->id,
                            ) . ' createOrder () does not support the unified param cost for a market sell: it is sized by its amount',
                        ),
                    );
                }
                $request['qty'] = $this->amount_to_precision($symbol, $amount);
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
            $request['user_order_id'] = Js::get($unified, 'clientOrderId');
        }
        $response = $this->private_post_order($this->extend($request, $rest));
        $order = $this->parse_order($response, $market);
        Js::set($order, 'type', $type);
        Js::set($order, 'side', $side);
        Js::set($order, 'clientOrderId', Js::get($unified, 'clientOrderId'));
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
        // order/cancel: order_id, quote_currency, target_currency (all three required); answers the canceled
        // order: { result, error_code, order_id, price, qty, remain_qty, side, original_qty, traded_qty,
        // canceled_qty, fee, fee_rate, avg_price, canceled_at, ordered_at, quote_currency, target_currency }.
        if ($symbol === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' cancelOrder () requires a symbol: the API names the order by its market too',
                ),
            );
        }
        $this->load_markets();
        $market = $this->market($symbol);
        $request = $this->extend($this->pair_request($market), ['order_id' => $id]);
        $response = $this->private_post_order_cancel($this->extend($request, $params));
        $order = $this->parse_order(
            $this->extend(
                $response,
                [
                    'executed_qty' => $this->safe_string($response, 'traded_qty'),
                    'average_executed_price' => $this->safe_string($response, 'avg_price'),
                ],
            ),
            $market,
        );
        Js::set($order, 'status', 'canceled');
        return $order;
    }

    public function fetch_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // order/detail: order_id, quote_currency, target_currency (required); answers { order: {...} }.
        if ($symbol === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' fetchOrder () requires a symbol: the API names the order by its market too',
                ),
            );
        }
        $this->load_markets();
        $market = $this->market($symbol);
        $request = $this->extend($this->pair_request($market), ['order_id' => $id]);
        $response = $this->private_post_order_detail($this->extend($request, $params));
        $order = $this->safe_dict($response, 'order');
        if ($order === null) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent an order detail without order: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        return $this->parse_order($order, $market);
    }

    public function fetch_open_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // order/active_orders: quote_currency and target_currency (optional: every market without them);
        // answers { active_orders: [ ... ] }, every one open.
        $this->load_markets();
        $market = null;
        $request = [];
        if ($symbol !== null) {
            $market = $this->market($symbol);
            $request = $this->pair_request($market);
        }
        $response = $this->private_post_order_active_orders($this->extend($request, $params));
        $entries = $this->required_list($response, 'active_orders');
        $orders = [];
        for ($i = 0; Js::less($i, Js::length($entries)); $i++) {
            $order = $this->parse_order(Js::get($entries, $i), $market);
            Js::set($order, 'status', 'open');
            $orders[] = $order;
        }
        return $this->filter_by_symbol_since_limit(
            $this->sort_by($orders, 'timestamp'),
            $symbol,
            $since,
            $limit,
        );
    }

    public function fetch_my_trades($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // order/completed_orders (one market) or order/completed_orders/all: size (1 to 100), from_ts and to_ts
        // (ms, both required), to_trade_id; answers { completed_orders: [ ... ] }, the newest first.
        $this->load_markets();
        $max_size = $this->safe_integer($this->options, 'myTradesMaxSize', 100);
        $to = $this->safe_integer($params, 'until');
        if ($to === null) {
            $to = $this->milliseconds();
        }
        $from = $since;
        if ($from === null) {
            $from = Js::subtract($to, $this->safe_integer($this->options, 'myTradesWindow', 604800000));
        }
        $request = [
            'size' => $limit === null ? $max_size : Js::min($limit, $max_size),
            'from_ts' => $from,
            'to_ts' => $to,
        ];
        $rest = $this->omit($params, 'until');
        $market = null;
        $response = null;
        if ($symbol === null) {
            $response = $this->private_post_order_completed_orders_all($this->extend($request, $rest));
        } else {
            $market = $this->market($symbol);
            $response = $this->private_post_order_completed_orders(
                $this->extend($this->extend($this->pair_request($market), $request), $rest),
            );
        }
        return $this->parse_trades(
            $this->required_list($response, 'completed_orders'),
            $market,
            $since,
            $limit,
        );
    }

    // --- funding -------------------------------------------------------------------------------------
    public function fetch_deposit_address($code, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // account/deposit_address: currencies (optional list); answers { deposit_addresses: [ { currency,
        // address, secondary_address (memo or tag, or null) } ] }, without the currencies that take no deposits.
        if ($this->safe_value($params, 'network') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' fetchDepositAddress () does not support the unified param network: the API keeps one address per currency',
                ),
            );
        }
        $this->load_markets();
        $currency = $this->currency($code);
        $response = $this->private_post_account_deposit_address(
            $this->extend(['currencies' => [Js::get($currency, 'id')]], $params),
        );
        $entries = $this->required_list($response, 'deposit_addresses');
        for ($i = 0; Js::less($i, Js::length($entries)); $i++) {
            $entry = Js::get($entries, $i);
            if (Js::strictEqual($this->safe_string($entry, 'currency'), Js::get($currency, 'id'))) {
                $address = $this->safe_string($entry, 'address');
                if ($address === null) {
                    throw new BadResponse(
                        Js::boundedText(
                            Js::boundedText(Js::toStr($this->id) . ' sent a deposit address without address: ') . Js::toStr(
                                $this->excerpt($this->json($response)),
                            ),
                        ),
                    );
                }
                return [
                    'currency' => Js::get($currency, 'code'),
                    'address' => $address,
                    'tag' => $this->safe_string($entry, 'secondary_address'),
                    'info' => $entry,
                ];
            }
        }
        throw new BadRequest(
            Js::boundedText(
                Js::toStr($this->id) . ' fetchDepositAddress () ' . Js::toStr(
                    $code,
                ) . ' has no deposit address: the exchange lists none (deposits may be closed)',
            ),
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
        // Public: the path's {quote_currency}/{target_currency} filled in, the rest as the query string.
        // Private: POST with the JSON body { access_token, nonce, <params> }; X-COINONE-PAYLOAD is the body in
        // base64, X-COINONE-SIGNATURE the hex HMAC-SHA512 of the payload with the secret.
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
        if (Js::has($query, 'access_token') || Js::has($query, 'nonce')) {
            throw new BadRequest(
                Js::boundedText(
                    Js::toStr($this->id) . ' ' . Js::toStr(
                        $path,
                    ) . ' takes no parameter access_token or nonce: the request is signed with its own',
                ),
            );
        }
        $request = $this->extend(['access_token' => $this->apiKey, 'nonce' => $this->uuid()], $query);
        $body = $this->json($request);
        $payload = $this->string_to_base64($body);
        $signature = $this->hmac($this->encode($payload), $this->encode($this->secret), 'sha512', 'hex');
        $headers = [
            'Content-Type' => 'application/json',
            'X-COINONE-PAYLOAD' => $payload,
            'X-COINONE-SIGNATURE' => $signature,
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
        // { "result": "error", "error_code": "105", "error_msg": "Price is not correct" } (or errorCode and
        // errorMsg), with an HTTP error status or 200.
        if (($response === null) || Js::isArray($response) || !(Js::typeof($response) === 'object')) {
            return null;
        }
        $result = $this->safe_string($response, 'result');
        $code = $this->safe_string2($response, 'error_code', 'errorCode');
        if (!($result === 'error') && (($code === null) || ($code === '0'))) {
            return null;
        }
        $feedback = Js::boundedText(
            Js::boundedText(Js::toStr($this->id) . ' ') . Js::toStr($this->excerpt($response_body)),
        );
        if ($code !== null) {
            $this->throw_exactly_matched_exception(Js::get($this->exceptions, 'exact'), $code, $feedback);
        }
        throw new ExchangeError($feedback);
    }
}
