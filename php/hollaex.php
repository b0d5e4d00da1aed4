<?php

// Generated from js/hollaex.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class hollaex extends Exchange {
    public function describe() {
        return $this->deep_extend(
            parent::describe(),
            [
                'id' => 'hollaex',
                'name' => 'HollaEx',
                'countries' => [],
                'version' => 'v2',
                'rateLimit' => 250,
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
                    'fetchLedger' => false,
                    'fetchDepositAddress' => true,
                    'withdraw' => true,
                    'fetchTime' => false,
                    'fetchStatus' => true,
                    'fetchTradingFees' => false,
                    'cancelAllOrders' => true,
                    'fetchOrderTrades' => false,
                    'fetchTradingFee' => false,
                    'fetchDepositAddresses' => false,
                    'createDepositAddress' => false,
                    'fetchDepositWithdrawFees' => true,
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
                    'api' => 'https://api.hollaex.com',
                    'www' => 'https://pro.hollaex.com',
                    'doc' => 'https://apidocs.hollaex.com',
                ],
                'api' => [
                    'public' => [
                        'get' => [
                            'health',
                            'constants',
                            'kit',
                            'tiers',
                            'ticker',
                            'tickers',
                            'orderbook',
                            'orderbooks',
                            'trades',
                            'chart',
                            'charts',
                        ],
                    ],
                    'private' => [
                        'get' => [
                            'user',
                            'user/balance',
                            'user/deposits',
                            'user/withdrawals',
                            'user/withdrawal/fee',
                            'user/trades',
                            'orders',
                            'order',
                        ],
                        'post' => ['order', 'user/withdrawal'],
                        'delete' => ['order/all', 'order'],
                    ],
                ],
                'timeframes' => ['15m' => '15', '1h' => '60', '4h' => '240', '1d' => '1D', '1w' => '1W'],
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
                    'apiExpires' => 60,
                    'timeframeSeconds' => [
                        '15m' => 900,
                        '1h' => 3600,
                        '4h' => 14400,
                        '1d' => 86400,
                        '1w' => 604800,
                    ],
                    'ohlcvCount' => 100,
                    'networks' => ['ERC20' => 'eth', 'TRC20' => 'trx'],
                    'orderStatuses' => [
                        'new' => 'open',
                        'pfilled' => 'open',
                        'filled' => 'closed',
                        'canceled' => 'canceled',
                    ],
                ],
                'exceptions' => [
                    'exact' => [
                        '400' => BadRequest::class,
                        '403' => AuthenticationError::class,
                        '404' => BadRequest::class,
                        '405' => BadRequest::class,
                        '410' => BadRequest::class,
                        '429' => RateLimitExceeded::class,
                        '500' => ExchangeNotAvailable::class,
                        '503' => OnMaintenance::class,
                    ],
                    'broad' => [],
                ],
            ],
        );
    }

    // --- markets and currencies ----------------------------------------------------------------------
    public function fetch_status($params = null) {
        if ($params === null) {
            $params = [];
        }
        // health: { name, version, host, basePath }; an exchange under maintenance answers HTTP 503 instead.
        $response = $this->public_get_health($params);
        return ['status' => 'ok', 'updated' => null, 'eta' => null, 'url' => null, 'info' => $response];
    }

    public function fetch_markets($params = null) {
        if ($params === null) {
            $params = [];
        }
        // constants: { coins: { id: {...} }, pairs: { 'xht-usdt': { name, pair_base, pair_2, min_size, max_size,
        // min_price, max_price, increment_size, increment_price, active, ... } } }.
        $response = $this->public_get_constants($params);
        $pairs = $this->safe_dict($response, 'pairs', []);
        $ids = Js::keys($pairs);
        $result = [];
        for ($i = 0; $i < count($ids); $i++) {
            $result[] = $this->parse_market($this->safe_dict($pairs, $ids[$i], []));
        }
        return $result;
    }

    public function parse_market($pair) {
        $base_id = $this->safe_string($pair, 'pair_base');
        $quote_id = $this->safe_string($pair, 'pair_2');
        $base = $this->safe_currency_code($base_id);
        $quote = $this->safe_currency_code($quote_id);
        return $this->safe_market_structure(
            [
                'id' => $this->safe_string($pair, 'name'),
                'symbol' => Js::boundedText(Js::toStr($base) . '/' . Js::toStr($quote)),
                'base' => $base,
                'quote' => $quote,
                'baseId' => $base_id,
                'quoteId' => $quote_id,
                'active' => $this->safe_bool($pair, 'active'),
                'type' => 'spot',
                'spot' => true,
                'taker' => Js::get(Js::get($this->fees, 'trading'), 'taker'),
                'maker' => Js::get(Js::get($this->fees, 'trading'), 'maker'),
                'precision' => [
                    'amount' => $this->safe_number($pair, 'increment_size'),
                    'price' => $this->safe_number($pair, 'increment_price'),
                ],
                'limits' => [
                    'amount' => [
                        'min' => $this->safe_number($pair, 'min_size'),
                        'max' => $this->safe_number($pair, 'max_size'),
                    ],
                    'price' => [
                        'min' => $this->safe_number($pair, 'min_price'),
                        'max' => $this->safe_number($pair, 'max_price'),
                    ],
                    'cost' => ['min' => null, 'max' => null],
                ],
                'info' => $pair,
            ],
        );
    }

    public function network_code_of($network_id, $currency = null) {
        // options['networks'] names the tokens' chains; any other network is the coin's own chain, by its name.
        $code = $this->network_code($network_id, $currency);
        return $code === null ? null : Js::upperCase(Js::textReceiver($code, 'toUpperCase'));
    }

    public function fetch_currencies($params = null) {
        if ($params === null) {
            $params = [];
        }
        // constants' coins: { xht: { symbol, fullname, active, allow_deposit, allow_withdrawal, withdrawal_fee,
        // min, max, increment_unit, network: 'eth,trx', withdrawal_fees: { eth: 20, trx: 1 } or null, ... } }.
        $response = $this->public_get_constants($params);
        $coins = $this->safe_dict($response, 'coins', []);
        $ids = Js::keys($coins);
        $result = [];
        for ($i = 0; $i < count($ids); $i++) {
            $coin = $this->safe_dict($coins, $ids[$i], []);
            $id = $this->safe_string($coin, 'symbol');
            $code = $this->safe_currency_code($id);
            $deposit = $this->safe_bool($coin, 'allow_deposit');
            $withdraw = $this->safe_bool($coin, 'allow_withdrawal');
            $active = $this->safe_bool($coin, 'active');
            $precision = $this->safe_number($coin, 'increment_unit');
            $limits = [
                'amount' => [
                    'min' => $this->safe_number($coin, 'min'),
                    'max' => $this->safe_number($coin, 'max'),
                ],
                'withdraw' => ['min' => null, 'max' => null],
            ];
            $fees = $this->safe_dict($coin, 'withdrawal_fees', []);
            $network_list = $this->safe_string($coin, 'network', '');
            $network_ids = $network_list === '' ? [] : Js::split($network_list, ',');
            $networks = [];
            for ($j = 0; $j < count($network_ids); $j++) {
                $network_id = Js::get($network_ids, $j);
                $network_code = $this->network_code_of($network_id);
                Js::setKey(
                    $networks,
                    $network_code,
                    [
                        'id' => $network_id,
                        'network' => $network_code,
                        'active' => $active,
                        'deposit' => $deposit,
                        'withdraw' => $withdraw,
                        'fee' => $this->safe_number(
                            $fees,
                            $network_id,
                            $this->safe_number($coin, 'withdrawal_fee'),
                        ),
                        'precision' => $precision,
                        'limits' => $limits,
                    ],
                );
            }
            Js::setKey(
                $result,
                $code,
                [
                    'id' => $id,
                    'code' => $code,
                    'name' => $this->safe_string($coin, 'fullname'),
                    'active' => $active,
                    'deposit' => $deposit,
                    'withdraw' => $withdraw,
                    'fee' => $this->safe_number($coin, 'withdrawal_fee'),
                    'precision' => $precision,
                    'limits' => $limits,
                    'networks' => $networks,
                    'info' => $coin,
                ],
            );
        }
        return $result;
    }

    public function fetch_deposit_withdraw_fees($codes = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // constants' withdrawal fees per coin and network, as fetchCurrencies reads them.
        $currencies = $this->fetch_currencies($params);
        return $this->deposit_withdraw_fees_from_currencies($currencies, $codes);
    }

    // --- market data ---------------------------------------------------------------------------------
    public function parse_ticker($ticker, $market = null) {
        // ticker: { open, close, high, low, last, volume (base), timestamp }; tickers' entries have time and
        // symbol instead of timestamp.
        $market = $this->safe_market($this->safe_string($ticker, 'symbol'), $market, '-');
        return $this->ticker_structure(
            symbol: Js::get($market, 'symbol'),
            timestamp: $this->parse8601($this->safe_string2($ticker, 'timestamp', 'time')),
            high: $this->safe_string($ticker, 'high'),
            low: $this->safe_string($ticker, 'low'),
            open: $this->safe_string($ticker, 'open'),
            close: $this->safe_string($ticker, 'close'),
            last: $this->safe_string($ticker, 'last'),
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
        $response = $this->public_get_ticker($this->extend(['symbol' => Js::get($market, 'id')], $params));
        return $this->parse_ticker($response, $market);
    }

    public function fetch_tickers($symbols = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // tickers: { 'xht-usdt': { time, open, close, high, low, last, volume, symbol } }.
        $this->load_markets();
        $response = $this->public_get_tickers($params);
        return $this->parse_tickers($response, $symbols);
    }

    public function fetch_order_book($symbol, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // orderbook?symbol: { 'xht-usdt': { bids: [ [ price, size ] ], asks, timestamp } }, 10 levels a side.
        $this->load_markets();
        $market = $this->market($symbol);
        $response = $this->public_get_orderbook($this->extend(['symbol' => Js::get($market, 'id')], $params));
        $entry = $this->safe_dict($response, Js::get($market, 'id'), []);
        $book = $this->parse_order_book(
            $entry,
            Js::get($market, 'symbol'),
            $this->parse8601($this->safe_string($entry, 'timestamp')),
        );
        return $this->limit_order_book($book, $limit);
    }

    public function parse_trade($trade, $market = null) {
        // Public: { size, price, side (the taker's), timestamp }. The account's: { side, symbol, size, price,
        // timestamp, order_id, fee, fee_coin }. Neither has an id.
        $market = $this->safe_market($this->safe_string($trade, 'symbol'), $market, '-');
        $fee = null;
        $fee_cost = $this->safe_string($trade, 'fee');
        if ($fee_cost !== null) {
            $fee = [
                'cost' => $fee_cost,
                'currency' => $this->safe_currency_code($this->safe_string($trade, 'fee_coin')),
            ];
        }
        return $this->trade_structure(
            order: $this->safe_string($trade, 'order_id'),
            symbol: Js::get($market, 'symbol'),
            timestamp: $this->parse8601($this->safe_string($trade, 'timestamp')),
            side: $this->safe_string($trade, 'side'),
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
        // trades?symbol: { 'xht-usdt': [ trade ] }, the last 30, newest first; since and limit filter them.
        $this->load_markets();
        $market = $this->market($symbol);
        $response = $this->public_get_trades($this->extend(['symbol' => Js::get($market, 'id')], $params));
        return $this->parse_trades(
            $this->safe_list($response, Js::get($market, 'id'), []),
            $market,
            $since,
            $limit,
        );
    }

    public function parse_ohlcv($ohlcv, $market = null) {
        // { time (ISO 8601), open, high, low, close, volume, symbol }.
        return [
            $this->parse8601($this->safe_string($ohlcv, 'time')),
            $this->safe_number($ohlcv, 'open'),
            $this->safe_number($ohlcv, 'high'),
            $this->safe_number($ohlcv, 'low'),
            $this->safe_number($ohlcv, 'close'),
            $this->safe_number($ohlcv, 'volume'),
        ];
    }

    public function fetch_ohlcv($symbol, $timeframe = null, $since = null, $limit = null, $params = null) {
        if ($timeframe === null) {
            $timeframe = '1m';
        }
        if ($params === null) {
            $params = [];
        }
        // chart?symbol&resolution&from&to, both required, in seconds: the range is since (or limit candles
        // before until) up to until (or limit candles after since, or now).
        $this->load_markets();
        $market = $this->market($symbol);
        $resolution = $this->safe_string($this->timeframes, $timeframe);
        if ($resolution === null) {
            throw new BadRequest(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' fetchOHLCV () does not support the timeframe ' . Js::toStr($timeframe) . ': one of ') . Js::join(
                        Js::keys($this->timeframes),
                        ', ',
                    ),
                ),
            );
        }
        $duration = $this->safe_integer(Js::get($this->options, 'timeframeSeconds'), $timeframe);
        $count = $limit === null ? Js::get($this->options, 'ohlcvCount') : $limit;
        $until = $this->safe_integer($params, 'until');
        $to = null;
        $from = null;
        if ($since !== null) {
            $from = $this->integer_of(Js::divide($since, 1000));
            $to = $until !== null ? $this->integer_of(Js::divide($until, 1000)) : (
                $limit !== null ? Js::add($from, Js::multiply($duration, $count)) : $this->seconds()
            );
        } else {
            $to = $until !== null ? $this->integer_of(Js::divide($until, 1000)) : $this->seconds();
            $from = Js::subtract($to, Js::multiply($duration, $count));
        }
        $request = [
            'symbol' => Js::get($market, 'id'),
            'resolution' => $resolution,
            'from' => $this->number_to_string($from),
            'to' => $this->number_to_string($to),
        ];
        $response = $this->public_get_chart($this->extend($request, $this->omit($params, 'until')));
        return $this->parse_ohlcvs($response, $market, $timeframe, $since, $limit);
    }

    // --- account -------------------------------------------------------------------------------------
    public function fetch_balance($params = null) {
        if ($params === null) {
            $params = [];
        }
        // user/balance: { xht_balance, xht_available, usdt_balance, usdt_available, ..., updated_at }.
        $this->load_markets();
        $response = $this->private_get_user_balance($params);
        $result = ['info' => $response];
        $keys = Js::keys($response);
        for ($i = 0; $i < count($keys); $i++) {
            $key = $keys[$i];
            if (!(Js::endsWith($key, '_balance'))) {
                continue;
            }
            $id = Js::slice($key, 0, Js::subtract(Js::length($key), 8));
            $account = $this->account();
            Js::set($account, 'total', $this->safe_string($response, $key));
            Js::set(
                $account,
                'free',
                $this->safe_string($response, Js::boundedText(Js::toStr($id) . '_available')),
            );
            Js::setKey($result, $this->safe_currency_code($id), $account);
        }
        $timestamp = $this->parse8601($this->safe_string($response, 'updated_at'));
        $result['timestamp'] = $timestamp;
        $result['datetime'] = $this->iso8601($timestamp);
        return $this->safe_balance($result);
    }

    // --- orders --------------------------------------------------------------------------------------
    public function parse_order($order, $market = null) {
        // { id, side, symbol, size, filled, stop, fee, fee_coin, type, price, average, status (new, pfilled,
        // filled, canceled), meta: { post_only, note }, fee_structure, created_by, created_at, updated_at }.
        $market = $this->safe_market($this->safe_string($order, 'symbol'), $market, '-');
        $status = $this->safe_string($order, 'status');
        $meta = $this->safe_dict($order, 'meta', []);
        $post_only = $this->safe_bool($meta, 'post_only');
        $fee = null;
        $fee_cost = $this->safe_string($order, 'fee');
        if ($fee_cost !== null) {
            $fee = [
                'cost' => $fee_cost,
                'currency' => $this->safe_currency_code($this->safe_string($order, 'fee_coin')),
            ];
        }
        return $this->safe_order(
            [
                'id' => $this->safe_string($order, 'id'),
                'symbol' => Js::get($market, 'symbol'),
                'timestamp' => $this->parse8601($this->safe_string($order, 'created_at')),
                'lastUpdateTimestamp' => $this->parse8601($this->safe_string($order, 'updated_at')),
                'status' => $this->safe_string(Js::get($this->options, 'orderStatuses'), $status, $status),
                'type' => $this->safe_string($order, 'type'),
                'timeInForce' => $post_only === true ? 'PO' : null,
                'postOnly' => $post_only,
                'side' => $this->safe_string($order, 'side'),
                'price' => $this->safe_string($order, 'price'),
                'triggerPrice' => $this->safe_string($order, 'stop'),
                'average' => $this->safe_string($order, 'average'),
                'amount' => $this->safe_string($order, 'size'),
                'filled' => $this->safe_string($order, 'filled'),
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
        // POST order { symbol, side, size, type, price (limit orders), stop, meta: { post_only, note } }: the
        // unified postOnly (timeInForce PO) is meta.post_only, triggerPrice is stop; GTC is how a limit order
        // rests anyway. The API has no reduce-only, IOC/FOK, client order id, sizing by cost or stop-loss /
        // take-profit direction.
        $this->load_markets();
        $market = $this->market($symbol);
        [$unified, $rest] = Js::destructure($this->unified_order_params($type, $params), 2);
        $this->reject_unified_params(
            'createOrder',
            $unified,
            ['reduceOnly', 'clientOrderId', 'cost', 'stopLossPrice', 'takeProfitPrice'],
        );
        if ((Js::get($unified, 'timeInForce') === 'IOC') || (Js::get($unified, 'timeInForce') === 'FOK')) {
            throw new NotSupported(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' createOrder () does not support the unified param timeInForce ') . Js::toStr(
                        Js::get($unified, 'timeInForce'),
                    ),
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
        // The key order of the docs' signing example: symbol, side, size, type.
        $request = [
            'symbol' => Js::get($market, 'id'),
            'side' => $side,
            'size' => $this->parse_number($this->amount_to_precision($symbol, $amount)),
            'type' => $type,
        ];
        if ($type === 'limit') {
            if ($price === null) {
                throw new ArgumentsRequired(
                    Js::boundedText(
                        Js::toStr($this->id) . ' createOrder () requires a price for a limit order',
                    ),
                );
            }
            $request['price'] = $this->parse_number($this->price_to_precision($symbol, $price));
        }
        if (Js::get($unified, 'trigger') !== null) {
            $request['stop'] = $this->parse_number(
                $this->price_to_precision($symbol, Js::get($unified, 'trigger')),
            );
        }
        if (Js::truthy(Js::get($unified, 'postOnly'))) {
            $request['meta'] = $this->extend($this->safe_dict($rest, 'meta', []), ['post_only' => true]);
        }
        $response = $this->private_post_order(
            $this->extend(
                $request,
                $this->omit($rest, Js::truthy(Js::get($unified, 'postOnly')) ? 'meta' : []),
            ),
        );
        return $this->parse_order($response, $market);
    }

    public function cancel_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // DELETE order?order_id answers the canceled order.
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $response = $this->private_delete_order($this->extend(['order_id' => $id], $params));
        return $this->parse_order($response, $market);
    }

    public function cancel_all_orders($symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // DELETE order/all?symbol (required) answers the canceled orders.
        if ($symbol === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' cancelAllOrders () requires a symbol argument: HollaEx cancels the orders of one pair',
                ),
            );
        }
        $this->load_markets();
        $market = $this->market($symbol);
        $response = $this->private_delete_order_all(
            $this->extend(['symbol' => Js::get($market, 'id')], $params),
        );
        return $this->parse_orders($response, $market);
    }

    public function fetch_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // GET order?order_id.
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $response = $this->private_get_order($this->extend(['order_id' => $id], $params));
        return $this->parse_order($response, $market);
    }

    public function history_request($symbol_key, $id, $since, $limit, $params) {
        // The paging params the history endpoints share: the pair or coin, limit (at most 100), start_date and
        // end_date (the unified until) in ISO 8601.
        $request = [];
        if ($id !== null) {
            Js::setKey($request, $symbol_key, $id);
        }
        if ($limit !== null) {
            $request['limit'] = Js::min($limit, 100);
        }
        if ($since !== null) {
            $request['start_date'] = $this->iso8601($since);
        }
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            $request['end_date'] = $this->iso8601($until);
        }
        return $this->extend($request, $this->omit($params, 'until'));
    }

    public function fetch_orders_with_state($open, $symbol, $since, $limit, $params) {
        // GET orders?symbol&open&limit&start_date&end_date: { count, data: [ order ] }.
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $request = $this->history_request(
            'symbol',
            $market === null ? null : Js::get($market, 'id'),
            $since,
            $limit,
            $params,
        );
        if ($open !== null) {
            Js::set($request, 'open', Js::truthy($open) ? 'true' : 'false');
        }
        $response = $this->private_get_orders($request);
        return $this->parse_orders($this->safe_list($response, 'data', []), $market, $since, $limit);
    }

    public function fetch_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->fetch_orders_with_state(null, $symbol, $since, $limit, $params);
    }

    public function fetch_open_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->fetch_orders_with_state(true, $symbol, $since, $limit, $params);
    }

    public function fetch_closed_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->fetch_orders_with_state(false, $symbol, $since, $limit, $params);
    }

    public function fetch_my_trades($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // GET user/trades?symbol&limit&start_date&end_date: { count, data: [ trade ] }.
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $request = $this->history_request(
            'symbol',
            $market === null ? null : Js::get($market, 'id'),
            $since,
            $limit,
            $params,
        );
        $response = $this->private_get_user_trades($request);
        return $this->parse_trades($this->safe_list($response, 'data', []), $market, $since, $limit);
    }

    // --- funding -------------------------------------------------------------------------------------
    public function parse_transaction_status($transaction) {
        // Deposits and withdrawals carry flags, not a status: status (completed), rejected, dismissed, else
        // processing or waiting.
        if ($this->safe_bool($transaction, 'status') === true) {
            return 'ok';
        }
        if ($this->safe_bool($transaction, 'rejected') === true) {
            return 'failed';
        }
        if ($this->safe_bool($transaction, 'dismissed') === true) {
            return 'canceled';
        }
        return 'pending';
    }

    public function parse_transaction($transaction, $currency = null) {
        // user/deposits and user/withdrawals: { id, amount, fee, fee_coin, address, transaction_id, status,
        // dismissed, rejected, processing, waiting, description, type, currency, network, created_at,
        // updated_at }; user/withdrawal answers { message, id, transaction_id, amount, currency, fee, fee_coin }.
        $code = $this->safe_currency_code($this->safe_string($transaction, 'currency'), $currency);
        $fee = null;
        $fee_cost = $this->safe_string($transaction, 'fee');
        if ($fee_cost !== null) {
            $fee_coin = $this->safe_string($transaction, 'fee_coin');
            $fee = [
                'cost' => $fee_cost,
                'currency' => $fee_coin === null ? $code : $this->safe_currency_code($fee_coin),
            ];
        }
        return $this->safe_transaction(
            [
                'id' => $this->safe_string($transaction, 'id'),
                'txid' => $this->safe_string($transaction, 'transaction_id'),
                'timestamp' => $this->parse8601($this->safe_string($transaction, 'created_at')),
                'network' => $this->network_code_of($this->safe_string($transaction, 'network'), $currency),
                'address' => $this->safe_string($transaction, 'address'),
                'type' => $this->safe_string($transaction, 'type'),
                'amount' => $this->safe_string($transaction, 'amount'),
                'currency' => $code,
                'status' => $this->parse_transaction_status($transaction),
                'updated' => $this->parse8601($this->safe_string($transaction, 'updated_at')),
                'fee' => $fee,
                'info' => $transaction,
            ],
            $currency,
        );
    }

    public function fetch_transfers($type, $code, $since, $limit, $params) {
        // user/deposits and user/withdrawals take currency, limit, start_date and end_date (until):
        // { count, data: [ transaction ] }.
        $this->load_markets();
        $currency = $code === null ? null : $this->currency($code);
        $request = $this->history_request(
            'currency',
            $currency === null ? null : Js::get($currency, 'id'),
            $since,
            $limit,
            $params,
        );
        $response = null;
        if ($type === 'deposit') {
            $response = $this->private_get_user_deposits($request);
        } else {
            $response = $this->private_get_user_withdrawals($request);
        }
        return $this->parse_transactions($this->safe_list($response, 'data', []), $currency, $since, $limit);
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

    public function coin_network_id($currency, $params, $method) {
        // The HollaEx network of the unified param network, which must be one of the coin's networks when the
        // coin lists them (rejected before any request otherwise); undefined without the param.
        $network_code = $this->safe_string($params, 'network');
        if ($network_code === null) {
            return null;
        }
        $networks = $this->safe_dict($currency, 'networks', []);
        if (
            (count(Js::keys($networks)) > 0) && (
                $this->safe_dict(
                    $networks,
                    Js::upperCase(Js::textReceiver($network_code, 'toUpperCase')),
                ) === null
            )
        ) {
            throw new BadRequest(
                Js::boundedText(
                    Js::boundedText(Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($method) . ' () knows no network ' . Js::toStr($network_code) . ' (the unified param network) for ') . Js::toStr(Js::get($currency, 'code')) . ': one of ') . Js::join(
                        Js::keys($networks),
                        ', ',
                    ),
                ),
            );
        }
        return $this->network_id($network_code, $currency);
    }

    public function fetch_deposit_address($code, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // user: { ..., wallet: [ { currency, address, network, standard, is_valid, created_at } ] }: the
        // account's address of the coin, on the unified param network when given.
        $this->load_markets();
        $currency = $this->currency($code);
        $network_id = $this->coin_network_id($currency, $params, 'fetchDepositAddress');
        $response = $this->private_get_user($this->omit($params, 'network'));
        $wallets = $this->safe_list($response, 'wallet', []);
        for ($i = 0; $i < count($wallets); $i++) {
            $wallet = Js::get($wallets, $i);
            if (!Js::strictEqual($this->safe_string($wallet, 'currency'), Js::get($currency, 'id'))) {
                continue;
            }
            $wallet_network = $this->safe_string($wallet, 'network');
            if (($network_id !== null) && !Js::strictEqual($wallet_network, $network_id)) {
                continue;
            }
            return [
                'currency' => Js::get($currency, 'code'),
                'address' => $this->safe_string($wallet, 'address'),
                'tag' => null,
                'network' => $this->network_code_of($wallet_network, $currency),
                'info' => $wallet,
            ];
        }
        throw new InvalidAddress(
            Js::boundedText(
                Js::boundedText(Js::boundedText(Js::toStr($this->id) . ' fetchDepositAddress () found no ') . Js::toStr(Js::get($currency, 'code')) . ' deposit address') . (
                    $network_id === null ? '' : Js::boundedText(' on ' . Js::toStr($network_id))
                ) . ' in the account\'s wallets',
            ),
        );
    }

    public function withdraw($code, $amount, $address, $tag = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST user/withdrawal { currency, amount, address, network }: { message, id, transaction_id, amount,
        // currency, fee, fee_coin }. The API has no memo or tag field.
        if ($tag !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' withdraw () does not support a tag: the API takes an address only',
                ),
            );
        }
        $this->load_markets();
        $currency = $this->currency($code);
        $request = [
            'currency' => Js::get($currency, 'id'),
            'amount' => $this->parse_number($this->number_to_string($amount)),
            'address' => $address,
        ];
        $network_id = $this->coin_network_id($currency, $params, 'withdraw');
        if ($network_id !== null) {
            $request['network'] = $network_id;
        }
        $response = $this->private_post_user_withdrawal(
            $this->extend($request, $this->omit($params, 'network')),
        );
        $transaction = $this->parse_transaction($response, $currency);
        return $this->extend(
            $transaction,
            [
                'type' => 'withdrawal',
                'address' => $address,
                'network' => $this->network_code_of($network_id, $currency),
                'status' => 'pending',
            ],
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
        // GET and DELETE send their params as the query string, POST as a JSON body.
        $request_path = Js::boundedText(
            Js::boundedText('/' . Js::toStr($this->version) . '/') . Js::toStr(
                $this->implode_params($path, $params),
            ),
        );
        $query = $this->omit($params, $this->extract_params($path));
        $has_body = ($method === 'POST') || ($method === 'PUT');
        if (!($has_body) && (count(Js::keys($query)) > 0)) {
            $request_path .= Js::within(
                $request_path,
                Js::within($request_path, '?') . Js::toStr($this->urlencode($query)),
            );
        }
        $url = Js::boundedText(Js::toStr(Js::get($this->urls, 'api')) . $request_path);
        if ($api === 'public') {
            return ['url' => $url, 'method' => $method, 'body' => $body, 'headers' => $headers];
        }
        // api-signature: hex HMAC-SHA256 (secret, method + path with its query + api-expires + JSON body), where
        // api-expires is the unix time (seconds) after which the request is refused.
        $this->check_required_credentials();
        $expires = $this->number_to_string(Js::add($this->seconds(), Js::get($this->options, 'apiExpires')));
        $headers = ['api-key' => $this->apiKey, 'api-expires' => $expires];
        $payload = '';
        if ($has_body) {
            $body = count(Js::keys($query)) > 0 ? $this->json(
                $query,
            ) : '{}'; // (PHP writes an empty dictionary as [])
            $payload = $body;
            Js::set($headers, 'Content-Type', 'application/json');
        }
        Js::set(
            $headers,
            'api-signature',
            $this->hmac(
                $this->encode(
                    Js::boundedText(
                        Js::toStr($method) . $request_path . Js::toStr($expires) . Js::toStr($payload),
                    ),
                ),
                $this->encode($this->secret),
                'sha256',
            ),
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
        // An error is an HTTP 4xx or 5xx status, with { "message": "..." } as its body: the status picks the
        // error class (the documented Errors page), the message goes with it.
        if (Js::less($status, 400)) {
            return;
        }
        $message = null;
        if (($response !== null) && !(Js::isArray($response)) && (Js::typeof($response) === 'object')) {
            $message = $this->safe_string($response, 'message');
        }
        $feedback = Js::boundedText(
            Js::boundedText(Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($method) . ' ' . Js::toStr($url) . ' ') . Js::toStr($this->number_to_string($status)) . ' ') . Js::toStr(
                $message === null ? $this->excerpt($response_body) : $message,
            ),
        );
        $this->throw_exactly_matched_exception(
            Js::get($this->exceptions, 'exact'),
            $this->number_to_string($status),
            $feedback,
        );
    }
}
