<?php

// Generated from js/coinbase.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class coinbase extends Exchange {
    public function describe() {
        return $this->deep_extend(
            parent::describe(),
            [
                'id' => 'coinbase',
                'name' => 'Coinbase',
                'countries' => ['US'],
                'version' => 'v3',
                'rateLimit' => 100,
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
                    'fetchClosedOrders' => true,
                    'fetchMyTrades' => true,
                    'fetchDeposits' => false,
                    'fetchWithdrawals' => false,
                    'fetchTransactions' => false,
                    'fetchLedger' => false,
                    'fetchDepositAddress' => false,
                    'withdraw' => false,
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
                    'api' => 'https://api.coinbase.com',
                    'www' => 'https://www.coinbase.com',
                    'doc' => 'https://docs.cdp.coinbase.com/coinbase-app/advanced-trade-apis/rest-api',
                    'fees' => 'https://help.coinbase.com/en/coinbase/trading-and-funding/advanced-trade/advanced-trade-fees',
                ],
                'api' => [
                    'public' => [
                        'get' => [
                            'time',
                            'market/products',
                            'market/products/{product_id}',
                            'market/products/{product_id}/ticker',
                            'market/products/{product_id}/candles',
                            'market/product_book',
                        ],
                    ],
                    'private' => [
                        'get' => [
                            'accounts',
                            'orders/historical/batch',
                            'orders/historical/fills',
                            'orders/historical/{order_id}',
                        ],
                        'post' => ['orders', 'orders/batch_cancel'],
                    ],
                ],
                'timeframes' => [
                    '1m' => 'ONE_MINUTE',
                    '5m' => 'FIVE_MINUTE',
                    '15m' => 'FIFTEEN_MINUTE',
                    '30m' => 'THIRTY_MINUTE',
                    '1h' => 'ONE_HOUR',
                    '2h' => 'TWO_HOUR',
                    '6h' => 'SIX_HOUR',
                    '1d' => 'ONE_DAY',
                ],
                'requiredCredentials' => ['apiKey' => true, 'secret' => true],
                'fees' => [
                    'trading' => [
                        'tierBased' => true,
                        'percentage' => true,
                        'maker' => null,
                        'taker' => null,
                    ],
                ],
                'precisionMode' => TICK_SIZE,
                'options' => [
                    'signingAlgorithm' => 'ES256',
                    'jwtLifetime' => 120,
                    'maxPages' => 20,
                    'accountsPageSize' => 250,
                    'maxCandles' => 350,
                    'timeframeSeconds' => [
                        '1m' => 60,
                        '5m' => 300,
                        '15m' => 900,
                        '30m' => 1800,
                        '1h' => 3600,
                        '2h' => 7200,
                        '6h' => 21600,
                        '1d' => 86400,
                    ],
                    'orderStatuses' => [
                        'PENDING' => 'open',
                        'QUEUED' => 'open',
                        'OPEN' => 'open',
                        'CANCEL_QUEUED' => 'open',
                        'FILLED' => 'closed',
                        'CANCELLED' => 'canceled',
                        'EXPIRED' => 'expired',
                        'FAILED' => 'rejected',
                    ],
                    'orderTypes' => ['MARKET' => 'market', 'LIMIT' => 'limit', 'STOP_LIMIT' => 'limit'],
                    'timeInForce' => [
                        'GOOD_UNTIL_CANCELLED' => 'GTC',
                        'GOOD_UNTIL_DATE_TIME' => 'GTC',
                        'IMMEDIATE_OR_CANCEL' => 'IOC',
                        'FILL_OR_KILL' => 'FOK',
                    ],
                ],
                'exceptions' => [
                    'exact' => [
                        'INSUFFICIENT_FUND' => InsufficientFunds::class,
                        'INSUFFICIENT_FUNDS' => InsufficientFunds::class,
                        'INVALID_PRODUCT_ID' => BadSymbol::class,
                        'INVALID_SIDE' => InvalidOrder::class,
                        'INVALID_SIZE_PRECISION' => InvalidOrder::class,
                        'INVALID_PRICE_PRECISION' => InvalidOrder::class,
                        'INVALID_LIMIT_PRICE' => InvalidOrder::class,
                        'INVALID_LIMIT_PRICE_POST_ONLY' => OrderImmediatelyFillable::class,
                        'INVALID_NO_LIQUIDITY' => InvalidOrder::class,
                        'UNSUPPORTED_ORDER_CONFIGURATION' => InvalidOrder::class,
                        'ORDER_ENTRY_DISABLED' => InvalidOrder::class,
                        'INELIGIBLE_PAIR' => BadSymbol::class,
                        'UNKNOWN_CANCEL_ORDER' => OrderNotFound::class,
                        'DUPLICATE_CANCEL_REQUEST' => CancelPending::class,
                        'INVALID_CANCEL_REQUEST' => InvalidOrder::class,
                        'COMMANDER_REJECTED_CANCEL_ORDER' => InvalidOrder::class,
                        'INVALID_ARGUMENT' => BadRequest::class,
                        'NOT_FOUND' => BadRequest::class,
                        'PERMISSION_DENIED' => PermissionDenied::class,
                        'UNAUTHENTICATED' => AuthenticationError::class,
                        'unauthorized' => AuthenticationError::class,
                        'RESOURCE_EXHAUSTED' => RateLimitExceeded::class,
                        'rate_limit_exceeded' => RateLimitExceeded::class,
                        'INTERNAL' => ExchangeNotAvailable::class,
                        'UNAVAILABLE' => ExchangeNotAvailable::class,
                    ],
                    'broad' => [],
                ],
            ],
        );
    }

    // --- markets -------------------------------------------------------------------------------------
    public function fetch_time($params = null) {
        if ($params === null) {
            $params = [];
        }
        // GET time: { iso, epochSeconds, epochMillis }.
        $response = $this->public_get_time($params);
        $time = $this->safe_integer($response, 'epochMillis');
        if ($time === null) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' fetchTime () got no epochMillis: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        return $time;
    }

    public function fetch_markets($params = null) {
        if ($params === null) {
            $params = [];
        }
        // GET market/products?product_type=SPOT: { products: [ { product_id, price, price_percentage_change_24h,
        // volume_24h, base_increment, quote_increment, quote_min_size, quote_max_size, base_min_size, base_max_size,
        // status, trading_disabled, is_disabled, cancel_only, product_type, base_currency_id, quote_currency_id,
        // price_increment, ... } ], num_products }. Only spot products are markets here (the futures of the same
        // endpoint are left out).
        $response = $this->public_get_market_products($this->extend(['product_type' => 'SPOT'], $params));
        $products = $this->required_list($response, 'products');
        $result = [];
        for ($i = 0; Js::less($i, Js::length($products)); $i++) {
            if ($this->safe_string(Js::get($products, $i), 'product_type') === 'SPOT') {
                $result[] = $this->parse_market(Js::get($products, $i));
            }
        }
        return $result;
    }

    public function parse_market($product) {
        $id = $this->safe_string($product, 'product_id');
        $base_id = $this->safe_string($product, 'base_currency_id');
        $quote_id = $this->safe_string($product, 'quote_currency_id');
        if (($id === null) || ($base_id === null) || ($quote_id === null)) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent a product without product_id, base_currency_id or quote_currency_id: ') . Js::toStr(
                        $this->excerpt($this->json($product)),
                    ),
                ),
            );
        }
        $base = $this->safe_currency_code($base_id);
        $quote = $this->safe_currency_code($quote_id);
        // online and not disabled: a product in cancel-only mode takes no new orders.
        $active = ($this->safe_string($product, 'status') === 'online') && !($this->safe_bool($product, 'trading_disabled') === true) && !($this->safe_bool($product, 'is_disabled') === true) && !(
            $this->safe_bool($product, 'cancel_only') === true
        );
        return $this->safe_market_structure(
            [
                'id' => $id,
                'symbol' => Js::boundedText(Js::toStr($base) . '/' . Js::toStr($quote)),
                'base' => $base,
                'quote' => $quote,
                'baseId' => $base_id,
                'quoteId' => $quote_id,
                'active' => $active,
                'type' => 'spot',
                'spot' => true,
                'precision' => [
                    'amount' => $this->safe_number($product, 'base_increment'),
                    'price' => $this->safe_number2($product, 'price_increment', 'quote_increment'),
                ],
                'limits' => [
                    'amount' => [
                        'min' => $this->safe_number($product, 'base_min_size'),
                        'max' => $this->safe_number($product, 'base_max_size'),
                    ],
                    'price' => ['min' => null, 'max' => null],
                    'cost' => [
                        'min' => $this->safe_number($product, 'quote_min_size'),
                        'max' => $this->safe_number($product, 'quote_max_size'),
                    ],
                ],
                'info' => $product,
            ],
        );
    }

    // --- market data ---------------------------------------------------------------------------------
    public function parse_ticker($ticker, $market = null) {
        // A product of market/products (fetchTickers): { product_id, price, price_percentage_change_24h,
        // volume_24h, approximate_quote_24h_volume, ... }, or the answer of market/products/{product_id}/ticker
        // (fetchTicker), given with its product_id: { trades: [ { trade_id, product_id, price, size, time, side } ],
        // best_bid, best_ask }, whose latest trade is the last price.
        $trades = $this->safe_list($ticker, 'trades', []);
        $latest = $this->safe_dict($trades, 0, []);
        $market_id = $this->safe_string2(
            $ticker,
            'product_id',
            'productId',
            $this->safe_string($latest, 'product_id'),
        );
        $market = $this->safe_market($market_id, $market, '-');
        $last = $this->safe_string2($ticker, 'price', 'last', $this->safe_string($latest, 'price'));
        $timestamp = $this->parse8601($this->safe_string($latest, 'time'));
        return $this->safe_ticker(
            [
                'symbol' => Js::get($market, 'symbol'),
                'timestamp' => $timestamp,
                'datetime' => $this->iso8601($timestamp),
                'bid' => $this->safe_string($ticker, 'best_bid'),
                'ask' => $this->safe_string($ticker, 'best_ask'),
                'last' => $last,
                'close' => $last,
                'percentage' => $this->safe_string($ticker, 'price_percentage_change_24h'),
                'baseVolume' => $this->safe_string($ticker, 'volume_24h'),
                'quoteVolume' => $this->safe_string($ticker, 'approximate_quote_24h_volume'),
                'info' => $ticker,
            ],
            $market,
        );
    }

    public function fetch_ticker($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // GET market/products/{product_id}/ticker?limit=1: the latest trade and the best bid and ask.
        $this->load_markets();
        $market = $this->market($symbol);
        $request = $this->extend(['product_id' => Js::get($market, 'id'), 'limit' => 1], $params);
        $response = $this->public_get_market_products_product_id_ticker($request);
        if (($response === null) || Js::isArray($response) || !(Js::typeof($response) === 'object')) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' fetchTicker () got no ticker: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        $this->required_list($response, 'trades');
        return $this->parse_ticker($response, $market);
    }

    public function fetch_tickers($symbols = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // GET market/products?product_type=SPOT: the last price and the 24 h change and volume of every product.
        $this->load_markets();
        $response = $this->public_get_market_products($this->extend(['product_type' => 'SPOT'], $params));
        $products = $this->required_list($response, 'products');
        $tickers = [];
        for ($i = 0; Js::less($i, Js::length($products)); $i++) {
            if ($this->safe_string(Js::get($products, $i), 'product_type') === 'SPOT') {
                $tickers[] = Js::get($products, $i);
            }
        }
        return $this->parse_tickers($tickers, $symbols);
    }

    public function fetch_order_book($symbol, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // GET market/product_book?product_id&limit: { pricebook: { product_id, bids: [ { price, size } ], asks,
        // time }, last, mid_market, spread_bps, spread_absolute }.
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['product_id' => Js::get($market, 'id')];
        if ($limit !== null) {
            $request['limit'] = $limit;
        }
        $response = $this->public_get_market_product_book($this->extend($request, $params));
        $pricebook = $this->safe_dict($response, 'pricebook');
        if ($pricebook === null) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' fetchOrderBook () got no pricebook: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        $this->required_list($pricebook, 'bids');
        $this->required_list($pricebook, 'asks');
        $timestamp = $this->parse8601($this->safe_string($pricebook, 'time'));
        return $this->parse_order_book(
            $pricebook,
            Js::get($market, 'symbol'),
            $timestamp,
            'bids',
            'asks',
            'price',
            'size',
        );
    }

    public function parse_trade($trade, $market = null) {
        // Public (market/products/{product_id}/ticker): { trade_id, product_id, price, size, time, side: BUY or
        // SELL }. Private (orders/historical/fills): { entry_id, trade_id, order_id, trade_time, trade_type, price,
        // size, commission, product_id, sequence_timestamp, liquidity_indicator: MAKER or TAKER, size_in_quote,
        // side }, where size is in the quote currency when size_in_quote is true. The commission is in the quote
        // currency.
        $market_id = $this->safe_string($trade, 'product_id');
        $market = $this->safe_market($market_id, $market, '-');
        $price = $this->safe_string($trade, 'price');
        $amount = $this->safe_string($trade, 'size');
        $cost = null;
        if ($this->safe_bool($trade, 'size_in_quote') === true) {
            $cost = $amount;
            $amount = (($cost !== null) && ($price !== null) && Precise::string_gt($price, '0')) ? Precise::string_div(
                $cost,
                $price,
            ) : null;
        }
        $raw_side = $this->safe_string_lower($trade, 'side');
        $liquidity = $this->safe_string_lower($trade, 'liquidity_indicator');
        $fee = null;
        $commission = $this->safe_string($trade, 'commission');
        if ($commission !== null) {
            $fee = ['cost' => $commission, 'currency' => Js::get($market, 'quote')];
        }
        $timestamp = $this->parse8601($this->safe_string2($trade, 'time', 'trade_time'));
        return $this->safe_trade(
            [
                'id' => $this->safe_string($trade, 'trade_id'),
                'order' => $this->safe_string($trade, 'order_id'),
                'timestamp' => $timestamp,
                'datetime' => $this->iso8601($timestamp),
                'symbol' => Js::get($market, 'symbol'),
                'side' => ($raw_side === 'buy') || ($raw_side === 'sell') ? $raw_side : null,
                'takerOrMaker' => ($liquidity === 'maker') || ($liquidity === 'taker') ? $liquidity : null,
                'price' => $price,
                'amount' => $amount,
                'cost' => $cost,
                'fee' => $fee,
                'info' => $trade,
            ],
            $market,
        );
    }

    public function fetch_trades($symbol, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // GET market/products/{product_id}/ticker?limit (and start, end in UNIX seconds): { trades: [ ... ] },
        // newest first.
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['product_id' => Js::get($market, 'id'), 'limit' => $limit === null ? 100 : $limit];
        if ($since !== null) {
            $request['start'] = $this->number_to_string(Js::floor(Js::divide($since, 1000)));
        }
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            $request['end'] = $this->number_to_string(Js::floor(Js::divide($until, 1000)));
        }
        $response = $this->public_get_market_products_product_id_ticker(
            $this->extend($request, $this->omit($params, 'until')),
        );
        return $this->parse_trades($this->required_list($response, 'trades'), $market, $since, $limit);
    }

    public function fetch_ohlcv($symbol, $timeframe = null, $since = null, $limit = null, $params = null) {
        if ($timeframe === null) {
            $timeframe = '1m';
        }
        if ($params === null) {
            $params = [];
        }
        // GET market/products/{product_id}/candles?start&end&granularity (UNIX seconds, both required, at most 350
        // candles): { candles: [ { start, low, high, open, close, volume } ] }, newest first. A range with an end
        // missing is completed to limit (or 350) candles; the end is until, or now.
        $this->load_markets();
        $market = $this->market($symbol);
        $granularity = $this->safe_string($this->timeframes, $timeframe);
        if ($granularity === null) {
            throw new BadRequest(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' fetchOHLCV () does not support the timeframe ' . Js::toStr($timeframe) . ': one of ') . Js::join(
                        Js::keys($this->timeframes),
                        ', ',
                    ),
                ),
            );
        }
        $seconds = $this->safe_integer(Js::get($this->options, 'timeframeSeconds'), $timeframe);
        $max_candles = $this->safe_integer($this->options, 'maxCandles', 350);
        $count = $limit === null ? $max_candles : Js::min($limit, $max_candles);
        $until = $this->safe_integer($params, 'until');
        $start = $since === null ? null : Js::floor(Js::divide($since, 1000));
        $end = $until === null ? null : Js::floor(Js::divide($until, 1000));
        if ($start === null) {
            if ($end === null) {
                $end = $this->seconds();
            }
            $start = Js::subtract($end, Js::multiply($count, $seconds));
        } elseif ($end === null) {
            $end = Js::add($start, Js::multiply($count, $seconds));
        }
        $request = [
            'product_id' => Js::get($market, 'id'),
            'granularity' => $granularity,
            'start' => $this->number_to_string($start),
            'end' => $this->number_to_string($end),
        ];
        $response = $this->public_get_market_products_product_id_candles(
            $this->extend($request, $this->omit($params, 'until')),
        );
        return $this->parse_ohlcvs(
            $this->required_list($response, 'candles'),
            $market,
            $timeframe,
            $since,
            $limit,
        );
    }

    public function parse_ohlcv($ohlcv, $market = null) {
        return [
            $this->safe_timestamp($ohlcv, 'start'),
            $this->safe_number($ohlcv, 'open'),
            $this->safe_number($ohlcv, 'high'),
            $this->safe_number($ohlcv, 'low'),
            $this->safe_number($ohlcv, 'close'),
            $this->safe_number($ohlcv, 'volume'),
        ];
    }

    // --- account -------------------------------------------------------------------------------------
    public function fetch_balance($params = null) {
        if ($params === null) {
            $params = [];
        }
        // GET accounts?limit&cursor: { accounts: [ { uuid, name, currency, available_balance: { value, currency },
        // default, active, type, ready, hold: { value, currency } } ], has_next, cursor, size }, page after page
        // while has_next. available is free, hold what orders hold; one currency may have several accounts.
        $this->load_markets();
        $pages = [];
        $totals = [];
        $request = $this->extend(
            ['limit' => $this->safe_integer($this->options, 'accountsPageSize', 250)],
            $params,
        );
        $max_pages = $this->safe_integer($this->options, 'maxPages', 20);
        for ($page = 0; Js::less($page, $max_pages); $page = Js::number($page + 1)) {
            $response = $this->private_get_accounts($request);
            $pages[] = $response;
            $accounts = $this->required_list($response, 'accounts');
            for ($i = 0; Js::less($i, Js::length($accounts)); $i++) {
                $entry = Js::get($accounts, $i);
                $currency_id = $this->safe_string($entry, 'currency');
                if ($currency_id === null) {
                    continue;
                }
                $code = $this->safe_currency_code($currency_id);
                $free = $this->safe_string($this->safe_dict($entry, 'available_balance', []), 'value', '0');
                $used = $this->safe_string($this->safe_dict($entry, 'hold', []), 'value', '0');
                $sofar = $this->safe_dict($totals, $code, ['free' => '0', 'used' => '0']);
                Js::setKey(
                    $totals,
                    $code,
                    [
                        'free' => Precise::string_add(Js::get($sofar, 'free'), $free),
                        'used' => Precise::string_add(Js::get($sofar, 'used'), $used),
                    ],
                );
            }
            $cursor = $this->safe_string($response, 'cursor');
            if (!($this->safe_bool($response, 'has_next') === true) || ($cursor === null)) {
                break;
            }
            $request = $this->extend($request, ['cursor' => $cursor]);
        }
        $result = ['info' => $pages];
        $codes = Js::keys($totals);
        for ($i = 0; $i < count($codes); $i++) {
            $summed = $this->safe_dict($totals, $codes[$i], []);
            Js::setKey(
                $result,
                $codes[$i],
                [
                    'free' => $this->safe_string($summed, 'free'),
                    'used' => $this->safe_string($summed, 'used'),
                    'total' => null,
                ],
            );
        }
        return $this->safe_balance($result);
    }

    // --- orders --------------------------------------------------------------------------------------
    public function parse_order($order, $market = null) {
        // orders/historical/{order_id} and the lists: { order_id, product_id, side: BUY or SELL, client_order_id,
        // status, time_in_force, created_time, order_configuration: { <kind>: { base_size, quote_size,
        // limit_price, post_only, stop_price } }, filled_size, average_filled_price, filled_value, total_fees,
        // order_type, last_fill_time, ... }. The fees are in the quote currency.
        $market_id = $this->safe_string($order, 'product_id');
        $market = $this->safe_market($market_id, $market, '-');
        $configuration = $this->safe_dict($order, 'order_configuration', []);
        $kinds = Js::keys($configuration);
        $settings = count($kinds) == 1 ? $this->safe_dict($configuration, Js::get($kinds, 0), []) : [];
        $raw_side = $this->safe_string_lower($order, 'side');
        $raw_type = $this->safe_string($order, 'order_type');
        $fee = null;
        $fees = $this->safe_string($order, 'total_fees');
        if ($fees !== null) {
            $fee = ['cost' => $fees, 'currency' => Js::get($market, 'quote')];
        }
        $timestamp = $this->parse8601($this->safe_string($order, 'created_time'));
        $trigger_price = $raw_type === 'STOP_LIMIT' ? $this->safe_string($settings, 'stop_price') : null;
        return $this->safe_order(
            [
                'id' => $this->safe_string($order, 'order_id'),
                'clientOrderId' => $this->safe_string($order, 'client_order_id'),
                'timestamp' => $timestamp,
                'datetime' => $this->iso8601($timestamp),
                'lastTradeTimestamp' => $this->parse8601($this->safe_string($order, 'last_fill_time')),
                'symbol' => Js::get($market, 'symbol'),
                'type' => $this->safe_string(Js::get($this->options, 'orderTypes'), $raw_type),
                'timeInForce' => $this->safe_string(
                    Js::get($this->options, 'timeInForce'),
                    $this->safe_string($order, 'time_in_force'),
                ),
                'postOnly' => $this->safe_bool($settings, 'post_only'),
                'side' => ($raw_side === 'buy') || ($raw_side === 'sell') ? $raw_side : null,
                'price' => $this->safe_string($settings, 'limit_price'),
                'triggerPrice' => $trigger_price,
                'average' => $this->safe_string($order, 'average_filled_price'),
                'amount' => $this->safe_string($settings, 'base_size'),
                'filled' => $this->safe_string($order, 'filled_size'),
                'cost' => $this->safe_string($order, 'filled_value'),
                'status' => $this->safe_string(
                    Js::get($this->options, 'orderStatuses'),
                    $this->safe_string($order, 'status'),
                ),
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
        // POST orders { client_order_id (the caller's clientOrderId, else a new UUID), product_id, side: BUY or
        // SELL, order_configuration: { market_market_ioc: { base_size or quote_size (the unified cost) } } or, for
        // a limit order, { limit_limit_gtc: { base_size, limit_price, post_only } }, { sor_limit_ioc: { base_size,
        // limit_price } } (IOC) or { limit_limit_fok: { base_size, limit_price } } (FOK) }. It answers { success,
        // success_response: { order_id, product_id, side, client_order_id } } or, refused, success false and
        // error_response (handleErrors). Spot has no reduce-only order; trigger orders are not placed here.
        $this->load_markets();
        $market = $this->market($symbol);
        [$unified, $rest] = Js::destructure($this->unified_order_params($type, $params), 2);
        $this->reject_unified_params(
            'createOrder',
            $unified,
            ['reduceOnly', 'triggerPrice', 'stopLossPrice', 'takeProfitPrice'],
        );
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
        $client_order_id = Js::get($unified, 'clientOrderId') === null ? $this->uuid() : Js::get(
            $unified,
            'clientOrderId',
        );
        $configuration = [];
        if ($type === 'market') {
            if (Js::truthy(Js::get($unified, 'postOnly'))) {
                throw new InvalidOrder(
                    Js::boundedText(
                        Js::toStr($this->id) . ' createOrder () a market order cannot be post-only',
                    ),
                );
            }
            if (
                (Js::get($unified, 'timeInForce') !== null) && !(Js::get($unified, 'timeInForce') === 'IOC')
            ) {
                throw new InvalidOrder(
                    Js::boundedText(
                        Js::boundedText(Js::toStr($this->id) . ' createOrder () a market order is immediate-or-cancel: timeInForce ') . Js::toStr(
                            Js::get($unified, 'timeInForce'),
                        ) . ' is for limit orders',
                    ),
                );
            }
            $sizes = [];
            if (Js::get($unified, 'cost') !== null) {
                $sizes['quote_size'] = $this->cost_to_precision($symbol, Js::get($unified, 'cost'));
            } else {
                $sizes['base_size'] = $this->amount_to_precision($symbol, $amount);
            }
            $configuration = ['market_market_ioc' => $sizes];
        } else {
            if ($price === null) {
                throw new ArgumentsRequired(
                    Js::boundedText(
                        Js::toStr($this->id) . ' createOrder () requires a price for a limit order',
                    ),
                );
            }
            if (Js::get($unified, 'cost') !== null) {
                throw new InvalidOrder(
                    Js::boundedText(
                        Js::toStr(
                            $this->id,
                        ) . ' createOrder () cost is for market orders: a limit order takes an amount and a price',
                    ),
                );
            }
            $base_size = $this->amount_to_precision($symbol, $amount);
            $limit_price = $this->price_to_precision($symbol, $price);
            $time_in_force = Js::get($unified, 'timeInForce');
            if (
                Js::truthy(Js::get($unified, 'postOnly')) && ($time_in_force !== null) && !(
                    $time_in_force === 'GTC'
                )
            ) {
                throw new InvalidOrder(
                    Js::boundedText(
                        Js::toStr($this->id) . ' createOrder () a post-only order rests on the book: timeInForce ' . Js::toStr(
                            $time_in_force,
                        ) . ' cannot be post-only',
                    ),
                );
            }
            if ($time_in_force === 'IOC') {
                $configuration = [
                    'sor_limit_ioc' => ['base_size' => $base_size, 'limit_price' => $limit_price],
                ];
            } elseif ($time_in_force === 'FOK') {
                $configuration = [
                    'limit_limit_fok' => ['base_size' => $base_size, 'limit_price' => $limit_price],
                ];
            } else {
                $configuration = [
                    'limit_limit_gtc' => [
                        'base_size' => $base_size,
                        'limit_price' => $limit_price,
                        'post_only' => Js::get($unified, 'postOnly'),
                    ],
                ];
            }
        }
        $request = $this->extend(
            [
                'client_order_id' => $client_order_id,
                'product_id' => Js::get($market, 'id'),
                'side' => Js::upperCase(Js::textReceiver($side, 'toUpperCase')),
                'order_configuration' => $configuration,
            ],
            $rest,
        );
        $response = $this->private_post_orders($request);
        $success = $this->safe_dict($response, 'success_response');
        $id = $this->safe_string($success, 'order_id');
        if ($id === null) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' createOrder () got no order_id: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        $kinds = Js::keys($configuration);
        $settings = $this->safe_dict($configuration, Js::get($kinds, 0), []);
        return $this->safe_order(
            [
                'id' => $id,
                'clientOrderId' => $this->safe_string($success, 'client_order_id', $client_order_id),
                'symbol' => Js::get($market, 'symbol'),
                'type' => $type,
                'side' => $side,
                'amount' => $this->safe_string($settings, 'base_size'),
                'price' => $this->safe_string($settings, 'limit_price'),
                'postOnly' => Js::get($unified, 'postOnly'),
                'timeInForce' => $type === 'market' ? 'IOC' : (
                    Js::get($unified, 'timeInForce') === null ? 'GTC' : Js::get($unified, 'timeInForce')
                ),
                'info' => $response,
            ],
            $market,
        );
    }

    public function cancel_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST orders/batch_cancel { order_ids: [ id ] }: { results: [ { success, failure_reason, order_id } ] }.
        // A cancel the exchange refuses is the error its failure_reason names (UNKNOWN_CANCEL_ORDER: OrderNotFound).
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $response = $this->private_post_orders_batch_cancel($this->extend(['order_ids' => [$id]], $params));
        $results = $this->required_list($response, 'results');
        $result = $this->safe_dict($results, 0);
        if ($result === null) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' cancelOrder () got no result: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        if (!($this->safe_bool($result, 'success') === true)) {
            $reason = $this->safe_string($result, 'failure_reason', '');
            $feedback = Js::boundedText(
                Js::toStr($this->id) . ' cancelOrder () ' . Js::toStr($id) . ' was not canceled: ' . $reason,
            );
            $this->throw_exactly_matched_exception(Js::get($this->exceptions, 'exact'), $reason, $feedback);
            throw new ExchangeError($feedback);
        }
        return $this->safe_order(
            [
                'id' => $this->safe_string($result, 'order_id', $id),
                'symbol' => $market === null ? null : Js::get($market, 'symbol'),
                'info' => $result,
            ],
            $market,
        );
    }

    public function fetch_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // GET orders/historical/{order_id}: { order: { ... } }.
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $response = $this->private_get_orders_historical_order_id(
            $this->extend(['order_id' => $id], $params),
        );
        $order = $this->safe_dict($response, 'order');
        if ($order === null) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' fetchOrder () got no order: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        return $this->parse_order($order, $market);
    }

    public function fetch_orders_of($statuses, $symbol, $since, $limit, $params) {
        // GET orders/historical/batch?order_status (repeated)&product_ids&start_date&limit&cursor: { orders: [ ... ],
        // sequence, has_next, cursor }, page after page while has_next (and fewer than limit orders are read).
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $request = ['order_status' => $statuses];
        if ($market !== null) {
            $request['product_ids'] = Js::get($market, 'id');
        }
        if ($since !== null) {
            $request['start_date'] = $this->iso8601($since);
        }
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            $request['end_date'] = $this->iso8601($until);
        }
        if ($limit !== null) {
            $request['limit'] = $limit;
        }
        $request = $this->extend($request, $this->omit($params, 'until'));
        $orders = [];
        $max_pages = $this->safe_integer($this->options, 'maxPages', 20);
        for ($page = 0; Js::less($page, $max_pages); $page = Js::number($page + 1)) {
            $response = $this->private_get_orders_historical_batch($request);
            $orders = $this->array_concat($orders, $this->required_list($response, 'orders'));
            $cursor = $this->safe_string($response, 'cursor');
            if (
                !($this->safe_bool($response, 'has_next') === true) || ($cursor === null) || (
                    ($limit !== null) && Js::greaterEqual(Js::length($orders), $limit)
                )
            ) {
                break;
            }
            $request = $this->extend($request, ['cursor' => $cursor]);
        }
        return $this->parse_orders($orders, $market, $since, $limit);
    }

    public function fetch_open_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->fetch_orders_of(['OPEN'], $symbol, $since, $limit, $params);
    }

    public function fetch_closed_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->fetch_orders_of(
            ['FILLED', 'CANCELLED', 'EXPIRED', 'FAILED'],
            $symbol,
            $since,
            $limit,
            $params,
        );
    }

    public function fetch_my_trades($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // GET orders/historical/fills?product_ids&start_sequence_timestamp&end_sequence_timestamp&limit: { fills:
        // [ ... ], cursor }.
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $request = [];
        if ($market !== null) {
            $request['product_ids'] = Js::get($market, 'id');
        }
        if ($since !== null) {
            $request['start_sequence_timestamp'] = $this->iso8601($since);
        }
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            $request['end_sequence_timestamp'] = $this->iso8601($until);
        }
        if ($limit !== null) {
            $request['limit'] = $limit;
        }
        $response = $this->private_get_orders_historical_fills(
            $this->extend($request, $this->omit($params, 'until')),
        );
        return $this->parse_trades($this->required_list($response, 'fills'), $market, $since, $limit);
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
        // GET sends its params as the query string, POST as a JSON body. A private request carries Authorization:
        // Bearer <JWT>, a JSON Web Token made for this one request (the Coinbase App authentication page and
        // Coinbase's own Python SDK, coinbase.jwt_generator): the header { alg: ES256 (or EdDSA), typ: JWT, kid: the
        // key's name, nonce: a random hex text }, the claims { sub: the key's name, iss: cdp, nbf: now, exp: now +
        // 120 (seconds), uri: '<METHOD> <host><path>' } (the path without the query string), signed with the key.
        $request_path = Js::boundedText(
            Js::boundedText('/api/' . Js::toStr($this->version) . '/brokerage/') . Js::toStr(
                $this->implode_params($path, $params),
            ),
        );
        $query = $this->omit($params, $this->extract_params($path));
        $has_body = ($method === 'POST') || ($method === 'PUT');
        $url = Js::boundedText(Js::toStr(Js::get($this->urls, 'api')) . $request_path);
        if (!($has_body) && (count(Js::keys($query)) > 0)) {
            $url .= Js::within(
                $url,
                Js::within($url, '?') . Js::toStr($this->encode_query($query, true, false)),
            ); // a list repeats its key (order_status=OPEN&order_status=FILLED)
        }
        if ($api === 'public') {
            return ['url' => $url, 'method' => $method, 'body' => $body, 'headers' => $headers];
        }
        $this->check_required_credentials();
        $now = $this->seconds();
        $origin = Js::get($this->urls, 'api');
        $host = Js::slice($origin, Js::number(Js::indexOf($origin, '//') + 2));
        $claims = [
            'sub' => $this->apiKey,
            'iss' => 'cdp',
            'nbf' => $now,
            'exp' => Js::add($now, $this->safe_integer($this->options, 'jwtLifetime', 120)),
            'uri' => Js::boundedText(Js::toStr($method) . ' ' . Js::toStr($host) . $request_path),
        ];
        $nonce = Js::join(Js::split($this->uuid(), '-'), '');
        $algorithm = $this->safe_string($this->options, 'signingAlgorithm', 'ES256');
        $token = $this->asymmetric_jwt(
            $claims,
            $this->secret,
            $algorithm,
            ['kid' => $this->apiKey, 'nonce' => $nonce],
        );
        $headers = ['Authorization' => Js::boundedText('Bearer ' . Js::toStr($token))];
        if ($has_body) {
            // An empty body is written out: PHP would encode an empty dictionary as a list, '[]'.
            $body = count(Js::keys($query)) > 0 ? $this->json($query) : '{}';
            Js::set($headers, 'Content-Type', 'application/json');
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
        // A refused order: HTTP 200, { success: false, error_response: { error, message, error_details,
        // new_order_failure_reason, preview_failure_reason } }. Any other error: an HTTP error status with { error,
        // code, message, details } (or a plain-text body, which the status maps: httpExceptions). The codes pick the
        // class; an unknown one is an ExchangeError, or the status's class.
        if (($response === null) || Js::isArray($response) || !(Js::typeof($response) === 'object')) {
            return;
        }
        $error_response = $this->safe_dict($response, 'error_response');
        if (($this->safe_bool($response, 'success') === false) && ($error_response !== null)) {
            $refused = Js::boundedText(
                Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($method) . ' ' . Js::toStr($url) . ' ') . Js::toStr(
                    $this->excerpt($response_body),
                ),
            );
            $this->throw_exactly_matched_exception(
                Js::get($this->exceptions, 'exact'),
                $this->safe_string($error_response, 'error', ''),
                $refused,
            );
            $this->throw_exactly_matched_exception(
                Js::get($this->exceptions, 'exact'),
                $this->safe_string($error_response, 'new_order_failure_reason', ''),
                $refused,
            );
            $this->throw_exactly_matched_exception(
                Js::get($this->exceptions, 'exact'),
                $this->safe_string($error_response, 'preview_failure_reason', ''),
                $refused,
            );
            throw new InvalidOrder($refused);
        }
        if (Js::less($status, 400)) {
            return;
        }
        $error = $this->safe_string($response, 'error');
        if ($error === null) {
            return;
        }
        $feedback = Js::boundedText(
            Js::boundedText(Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($method) . ' ' . Js::toStr($url) . ' ') . Js::toStr($this->number_to_string($status)) . ' ') . Js::toStr(
                $this->excerpt($response_body),
            ),
        );
        if (Js::strictEqual($status, 404) && (Js::indexOf($url, '/orders/historical/') >= 0)) {
            throw new OrderNotFound($feedback);
        }
        $this->throw_exactly_matched_exception(Js::get($this->exceptions, 'exact'), $error, $feedback);
        $this->throw_exactly_matched_exception(
            Js::get($this->exceptions, 'exact'),
            $this->safe_string($response, 'error_details', ''),
            $feedback,
        );
    }
}
