<?php

// Generated from js/btcturk.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class btcturk extends Exchange {
    public function describe() {
        return $this->deep_extend(
            parent::describe(),
            [
                'id' => 'btcturk',
                'name' => 'BTCTurk',
                'countries' => ['TR'],
                'version' => 'v2',
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
                    'fetchOrders' => true,
                    'fetchOpenOrders' => true,
                    'fetchClosedOrders' => false,
                    'fetchMyTrades' => true,
                    'fetchDeposits' => false,
                    'fetchWithdrawals' => false,
                    'fetchTransactions' => false,
                    'fetchLedger' => false,
                    'fetchDepositAddress' => false,
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
                'urls' => [
                    'api' => [
                        'public' => 'https://api.btcturk.com/api/v2',
                        'private' => 'https://api.btcturk.com/api/v1',
                        'graph' => 'https://graph-api.btcturk.com/v1',
                    ],
                    'www' => 'https://www.btcturk.com',
                    'doc' => 'https://docs.btcturk.com/',
                ],
                'api' => [
                    'public' => [
                        'get' => [
                            'server/exchangeinfo' => 1,
                            'ticker' => 0.1,
                            'orderbook' => 1,
                            'trades' => 1,
                        ],
                    ],
                    'private' => [
                        'get' => [
                            'users/balances' => 1,
                            'users/transactions/trade' => 1,
                            'openOrders' => 1,
                            'allOrders' => 1,
                            'order/{id}' => 1,
                        ],
                        'post' => ['order' => 1],
                        'delete' => ['order' => 1],
                    ],
                    'graph' => ['get' => ['ohlcs' => 1]],
                ],
                'timeframes' => ['1d' => '1d'],
                'requiredCredentials' => ['apiKey' => true, 'secret' => true],
                'fees' => ['trading' => ['percentage' => true, 'taker' => null, 'maker' => null]],
                'precisionMode' => TICK_SIZE,
                'options' => [
                    'orderStatuses' => [
                        'untouched' => 'open',
                        'partial' => 'open',
                        'canceled' => 'canceled',
                        'filled' => 'closed',
                    ],
                ],
                'exceptions' => [
                    'exact' => [
                        '1152' => OrderNotFound::class,
                        'Order not found' => OrderNotFound::class,
                        'NO_ORDER_MATCHES_YOUR_REQUEST' => OrderNotFound::class,
                        'ORDER_COULD_NOT_BE_CANCELED' => InvalidOrder::class,
                        'ORDER_CANCEL_BLOCKED' => OnMaintenance::class,
                        'FAILED_ORDER_PARAMETER' => BadRequest::class,
                        'BALANCE_NOT_ENOUGH' => InsufficientFunds::class,
                        'FAILED_ORDER_WITH_OPEN_ORDERS' => InsufficientFunds::class,
                        'FAILED_MIN_TOTAL_AMOUNT' => InvalidOrder::class,
                        'STOP_PRICE_GREATER_THAN_MARKET' => InvalidOrder::class,
                        'STOP_PRICE_LESS_THAN_MARKET' => InvalidOrder::class,
                        'PRICE_MUST_BE_LESS_THAN_MAXPRICE' => InvalidOrder::class,
                        'FAILED_MARKET_ORDER' => InvalidOrder::class,
                        'ORDER_MIN_PRICE_EXCEEDED' => InvalidOrder::class,
                        'ORDER_MAX_PRICE_EXCEEDED' => InvalidOrder::class,
                    ],
                    'broad' => [],
                ],
            ],
        );
    }

    public function data_of($response) {
        // Every api.btcturk.com answer is { data, success, message, code }.
        return $this->safe_value($response, 'data');
    }

    // --- markets -------------------------------------------------------------------------------------
    public function fetch_markets($params = null) {
        if ($params === null) {
            $params = [];
        }
        // server/exchangeinfo: { data: { timeZone, serverTime, symbols: [ { name: 'BTCTRY', status: 'TRADING',
        // numerator, denominator, numeratorScale, denominatorScale, filters: [ { filterType: 'PRICE_FILTER',
        // minPrice, maxPrice, tickSize, minExchangeValue, minAmount, maxAmount } ], ... } ] } }.
        $response = $this->public_get_server_exchangeinfo($params);
        $symbols = $this->safe_list($this->data_of($response), 'symbols', []);
        $result = [];
        for ($i = 0; $i < count($symbols); $i++) {
            $result[] = $this->parse_market(Js::get($symbols, $i));
        }
        return $result;
    }

    public function price_filter($entry) {
        $filters = $this->safe_list($entry, 'filters', []);
        for ($i = 0; $i < count($filters); $i++) {
            if ($this->safe_string(Js::get($filters, $i), 'filterType') === 'PRICE_FILTER') {
                return Js::get($filters, $i);
            }
        }
        return [];
    }

    public function parse_market($entry) {
        $base_id = $this->safe_string($entry, 'numerator');
        $quote_id = $this->safe_string($entry, 'denominator');
        $base = $this->safe_currency_code($base_id);
        $quote = $this->safe_currency_code($quote_id);
        $filter = $this->price_filter($entry);
        // docs.btcturk.com/errors, FAILED_MIN_TOTAL_AMOUNT: "Quantity*price must be greater than min amount ...
        // the minAmount object" and "You can avoid the FAILED_MIN_TOTAL_AMOUNT error with the minExchangeValue
        // object": both bound the order's total in the quote currency, not its quantity, so the larger one is
        // the minimum cost. The docs name no quantity limit (maxAmount is not described and stays in info).
        $min_exchange_value = $this->safe_string($filter, 'minExchangeValue');
        $min_total = $this->safe_string($filter, 'minAmount');
        $min_cost = $min_exchange_value === null ? $min_total : $min_exchange_value;
        if (($min_exchange_value !== null) && ($min_total !== null)) {
            $min_cost = Precise::string_max($min_exchange_value, $min_total);
        }
        return $this->safe_market_structure(
            [
                'id' => $this->safe_string($entry, 'name'),
                'symbol' => Js::boundedText(Js::toStr($base) . '/' . Js::toStr($quote)),
                'base' => $base,
                'quote' => $quote,
                'baseId' => $base_id,
                'quoteId' => $quote_id,
                'active' => $this->safe_string($entry, 'status') === 'TRADING',
                'type' => 'spot',
                'spot' => true,
                'taker' => Js::get(Js::get($this->fees, 'trading'), 'taker'),
                'maker' => Js::get(Js::get($this->fees, 'trading'), 'maker'),
                'precision' => [
                    'amount' => $this->parse_number(
                        $this->parse_precision($this->safe_string($entry, 'numeratorScale')),
                    ),
                    'price' => $this->safe_number($filter, 'tickSize'),
                ],
                'limits' => [
                    'amount' => ['min' => null, 'max' => null],
                    'price' => [
                        'min' => $this->safe_number($filter, 'minPrice'),
                        'max' => $this->safe_number($filter, 'maxPrice'),
                    ],
                    'cost' => ['min' => $this->parse_number($min_cost), 'max' => null],
                ],
                'info' => $entry,
            ],
        );
    }

    // --- market data ---------------------------------------------------------------------------------
    public function parse_ticker($ticker, $market = null) {
        // { pair, pairNormalized, timestamp, last, high, low, bid, ask, open, volume (base), average,
        // daily (the 24 h change), dailyPercent, denominatorSymbol, numeratorSymbol }.
        $market = $this->safe_market($this->safe_string($ticker, 'pair'), $market);
        return $this->ticker_structure(
            symbol: Js::get($market, 'symbol'),
            timestamp: $this->safe_integer($ticker, 'timestamp'),
            high: $this->safe_string($ticker, 'high'),
            low: $this->safe_string($ticker, 'low'),
            bid: $this->safe_string($ticker, 'bid'),
            ask: $this->safe_string($ticker, 'ask'),
            open: $this->safe_string($ticker, 'open'),
            last: $this->safe_string($ticker, 'last'),
            change: $this->safe_string($ticker, 'daily'),
            percentage: $this->safe_string($ticker, 'dailyPercent'),
            base_volume: $this->safe_string($ticker, 'volume'),
            info: $ticker,
            market: $market,
        );
    }

    public function fetch_ticker($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // ticker?pairSymbol=BTCTRY answers a list of the one pair's ticker.
        $this->load_markets();
        $market = $this->market($symbol);
        $response = $this->public_get_ticker(
            $this->extend(['pairSymbol' => Js::get($market, 'id')], $params),
        );
        $tickers = $this->filter_by(
            $this->to_list($this->data_of($response)),
            'pair',
            Js::get($market, 'id'),
        );
        if (Js::strictEqual(Js::length($tickers), 0)) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' fetchTicker () got no ticker of ') . Js::toStr(
                        Js::get($market, 'id'),
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
        $this->load_markets();
        $response = $this->public_get_ticker($params);
        return $this->parse_tickers($this->to_list($this->data_of($response)), $symbols);
    }

    public function to_list($value) {
        // A list where one is documented; anything else the exchange sends is none.
        return Js::isArray($value) ? $value : [];
    }

    public function fetch_order_book($symbol, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // orderbook?pairSymbol&limit (default 100, at most 1000): { data: { timestamp, bids, asks } }, each
        // level [ price, amount ] as strings.
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['pairSymbol' => Js::get($market, 'id')];
        if ($limit !== null) {
            $request['limit'] = $limit;
        }
        $response = $this->public_get_orderbook($this->extend($request, $params));
        $book = $this->safe_dict($response, 'data', []);
        return $this->parse_order_book(
            $book,
            Js::get($market, 'symbol'),
            $this->safe_integer($book, 'timestamp'),
        );
    }

    public function parse_ohlcv($ohlcv, $market = null) {
        // { pair, time (seconds), open, high, low, close, volume, total, average, dailyChangeAmount, ... }.
        return [
            $this->safe_timestamp($ohlcv, 'time'),
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
        // graph-api ohlcs?pair&from&to (Unix seconds): a bare list of daily candles.
        $this->load_markets();
        $market = $this->market($symbol);
        if ($this->safe_string($this->timeframes, $timeframe) === null) {
            throw new BadRequest(
                Js::boundedText(
                    Js::toStr($this->id) . ' fetchOHLCV () offers daily candles only (timeframe 1d), not ' . Js::toStr(
                        $timeframe,
                    ),
                ),
            );
        }
        $request = ['pair' => Js::get($market, 'id')];
        if ($since !== null) {
            $request['from'] = Js::floor(Js::divide($since, 1000));
        }
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            $request['to'] = Js::floor(Js::divide($until, 1000));
        }
        $response = $this->graph_get_ohlcs($this->extend($request, $this->omit($params, 'until')));
        return $this->parse_ohlcvs($this->to_list($response), $market, $timeframe, $since, $limit);
    }

    public function parse_trade($trade, $market = null) {
        // Public (trades): { pair, numerator, denominator, date (ms), tid, price, amount } without a side.
        // Own (users/transactions/trade): { price, numeratorSymbol, denominatorSymbol, orderType ('buy'/'sell'),
        // orderId, id, timestamp, amount (negative for a sell), fee, tax (both negative: charged) }.
        $market_id = $this->safe_string(
            $trade,
            'pair',
            Js::boundedText(
                $this->safe_string($trade, 'numeratorSymbol', '') . $this->safe_string(
                    $trade,
                    'denominatorSymbol',
                    '',
                ),
            ),
        );
        $market = $this->safe_market($market_id, $market);
        $fees = [];
        $currency = $this->fee_currency($market);
        $fee = $this->safe_string($trade, 'fee');
        if ($fee !== null) {
            $fees[] = ['cost' => Precise::string_neg($fee), 'currency' => $currency];
        }
        $tax = $this->safe_string($trade, 'tax');
        if ($tax !== null) {
            $fees[] = ['cost' => Precise::string_neg($tax), 'currency' => $currency];
        }
        return $this->trade_structure(
            id: $this->safe_string2($trade, 'tid', 'id'),
            order: $this->safe_string($trade, 'orderId'),
            timestamp: $this->safe_integer2($trade, 'date', 'timestamp'),
            symbol: Js::get($market, 'symbol'),
            side: $this->safe_string_lower($trade, 'orderType'),
            price: $this->safe_string($trade, 'price'),
            amount: $this->safe_unsigned($trade, 'amount'),
            fees: $fees,
            info: $trade,
            market: $market,
        );
    }

    public function fee_currency($market) {
        // exchangeinfo's commissionFromNumerator says which side of the pair commissions are taken from; without
        // it the currency is not known.
        $from_numerator = $this->safe_bool($this->safe_dict($market, 'info', []), 'commissionFromNumerator');
        if ($from_numerator === null) {
            return null;
        }
        return $from_numerator ? Js::get($market, 'base') : Js::get($market, 'quote');
    }

    public function fetch_trades($symbol, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // trades?pairSymbol&last (default 50, at most 1000): the latest trades.
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['pairSymbol' => Js::get($market, 'id')];
        if ($limit !== null) {
            $request['last'] = $limit;
        }
        $response = $this->public_get_trades($this->extend($request, $params));
        return $this->parse_trades($this->to_list($this->data_of($response)), $market, $since, $limit);
    }

    // --- account -------------------------------------------------------------------------------------
    public function fetch_balance($params = null) {
        if ($params === null) {
            $params = [];
        }
        // users/balances: [ { asset, assetname, balance (total), locked, free, orderFund, requestFund, precision } ].
        $this->load_markets();
        $response = $this->private_get_users_balances($params);
        $entries = $this->to_list($this->data_of($response));
        $result = ['info' => $response];
        for ($i = 0; Js::less($i, Js::length($entries)); $i++) {
            $entry = Js::get($entries, $i);
            $code = $this->safe_currency_code($this->safe_string($entry, 'asset'));
            $account = $this->account();
            Js::set($account, 'free', $this->decimal_field($entry, 'free'));
            Js::set($account, 'used', $this->decimal_field($entry, 'locked'));
            Js::set($account, 'total', $this->decimal_field($entry, 'balance'));
            Js::setKey($result, $code, $account);
        }
        return $this->safe_balance($result);
    }

    public function decimal_field($entry, $key) {
        // An amount written as a decimal number; any other text (the docs' latest example writes decimal commas,
        // "27223,7283250757643288") is refused rather than read as another number.
        $value = $this->safe_string($entry, $key);
        if (($value !== null) && !($this->is_decimal_string($value))) {
            throw new BadResponse(
                Js::boundedText(
                    Js::toStr($this->id) . ' ' . Js::toStr($key) . ' is not a decimal number: ' . Js::toStr(
                        $value,
                    ),
                ),
            );
        }
        return $value;
    }

    // --- orders --------------------------------------------------------------------------------------
    public function parse_order($order, $market = null) {
        // Submit: { id, datetime, type: 'Buy', method: 'Limit', price, stopPrice, quantity, pairSymbol,
        // newOrderClientId }. Open, all and single orders: { id, price, amount, quantity, stopPrice, pairSymbol
        // (pairsymbol in allOrders), type, method ('limit', 'market', 'stoplimit', 'stopmarket'), orderClientId,
        // time (0 when unknown), updateTime, status, leftAmount }.
        $market_id = $this->safe_string2($order, 'pairSymbol', 'pairsymbol');
        $market = $this->safe_market($market_id, $market);
        $method = $this->safe_string_lower($order, 'method', '');
        $side = $this->safe_string_lower($order, 'type');
        $stop = str_starts_with($method, 'stop');
        $kind = $stop ? Js::slice($method, 4) : $method;
        $amount = $this->safe_string($order, 'quantity', $this->safe_string($order, 'amount'));
        $remaining = $this->safe_string($order, 'leftAmount');
        $cost = null;
        if (($kind === 'market') && ($side === 'buy')) {
            // A market buy's quantity is in the quote currency (what it spends).
            $cost = $amount;
            $amount = null;
            $remaining = null;
        }
        $status = $this->safe_string_lower($order, 'status');
        return $this->safe_order(
            [
                'id' => $this->safe_string($order, 'id'),
                'clientOrderId' => $this->safe_string2($order, 'orderClientId', 'newOrderClientId'),
                'timestamp' => Js::truthy($_value1 = $this->safe_milliseconds($order, 'time')) ? $_value1 : $this->safe_milliseconds(
                    $order,
                    'datetime',
                ),
                'lastUpdateTimestamp' => $this->safe_milliseconds($order, 'updateTime'),
                'symbol' => Js::get($market, 'symbol'),
                'type' => ($kind === 'limit') || ($kind === 'market') ? $kind : null,
                'side' => $side,
                'price' => $kind === 'market' ? null : $this->safe_string($order, 'price'),
                'triggerPrice' => $stop ? $this->safe_string($order, 'stopPrice') : null,
                'amount' => $amount,
                'remaining' => $remaining,
                'cost' => $cost,
                'status' => $this->safe_string(Js::get($this->options, 'orderStatuses'), $status),
                'info' => $order,
            ],
            $market,
        );
    }

    public function create_order($symbol, $type, $side, $amount, $price = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST order { quantity, price, stopPrice, newOrderClientId, orderMethod ('limit', 'market', 'stopLimit',
        // 'stopMarket'), orderType ('buy', 'sell'), pairSymbol }. A market buy's quantity is the quote amount it
        // spends (the unified cost); every other order's quantity is the base amount. triggerPrice and
        // stopLossPrice make it a stop order (a stop buy triggers above the market, a stop sell below, which is
        // a stop loss): a take profit, postOnly, timeInForce and reduceOnly have no field.
        $this->load_markets();
        $market = $this->market($symbol);
        if ($this->safe_string($params, 'timeInForce') !== null) {
            // (checked before unifiedOrderParams, which reads timeInForce PO as postOnly)
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr($this->id) . ' createOrder () does not support the unified param timeInForce',
                ),
            );
        }
        [$unified, $rest] = Js::destructure($this->unified_order_params($type, $params), 2);
        $this->reject_unified_params('createOrder', $unified, ['postOnly', 'reduceOnly', 'takeProfitPrice']);
        if (!($type === 'market') && !($type === 'limit')) {
            throw new InvalidOrder(
                Js::boundedText(
                    Js::toStr($this->id) . ' createOrder () type must be market or limit, not ' . Js::toStr(
                        $type,
                    ),
                ),
            );
        }
        $request = ['pairSymbol' => Js::get($market, 'id'), 'orderType' => $side];
        if (($type === 'market') && ($side === 'buy')) {
            if (Js::get($unified, 'cost') === null) {
                throw new InvalidOrder(
                    Js::boundedText(
                        Js::boundedText(Js::toStr($this->id) . ' createOrder () a market buy spends an amount of ') . Js::toStr(
                            Js::get($market, 'quote'),
                        ) . ': pass it as params[\'cost\'] (or call createMarketBuyOrderWithCost)',
                    ),
                );
            }
            $request['quantity'] = $this->cost_to_precision($symbol, Js::get($unified, 'cost'));
        } else {
            if (Js::get($unified, 'cost') !== null) {
                throw new InvalidOrder(
                    Js::boundedText(
                        Js::toStr(
                            $this->id,
                        ) . ' createOrder () cost sizes market buys only; a market sell is sized by amount',
                    ),
                );
            }
            $request['quantity'] = $this->amount_to_precision($symbol, $amount);
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
        $method = $type;
        if (Js::get($unified, 'trigger') !== null) {
            $method = $type === 'limit' ? 'stopLimit' : 'stopMarket';
            $request['stopPrice'] = $this->price_to_precision($symbol, Js::get($unified, 'trigger'));
        }
        $request['orderMethod'] = $method;
        if (Js::get($unified, 'clientOrderId') !== null) {
            $request['newOrderClientId'] = Js::get($unified, 'clientOrderId');
        }
        $response = $this->private_post_order($this->extend($request, $rest));
        return $this->parse_order($this->safe_dict($response, 'data', []), $market);
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
        // DELETE order?id: { success, message, code } acknowledges the request; the cancellation itself is
        // final only when the private stream's channel 452 says so, so the status stays unknown here.
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $response = $this->private_delete_order($this->extend(['id' => $id], $params));
        return $this->safe_order(
            [
                'id' => $id,
                'symbol' => $market === null ? null : Js::get($market, 'symbol'),
                'info' => $response,
            ],
            $market,
        );
    }

    public function fetch_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $response = $this->private_get_order_id($this->extend(['id' => $id], $params));
        return $this->parse_order($this->safe_dict($response, 'data', []), $market);
    }

    public function require_market($method, $symbol) {
        if ($symbol === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr($this->id) . ' ' . Js::toStr(
                        $method,
                    ) . ' () requires a symbol argument: BTCTurk lists orders per pair',
                ),
            );
        }
        return $this->market($symbol);
    }

    public function fetch_open_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // openOrders?pairSymbol: { data: { asks: [ orders ], bids: [ orders ] } }.
        $this->load_markets();
        $market = $this->require_market('fetchOpenOrders', $symbol);
        $response = $this->private_get_open_orders(
            $this->extend(['pairSymbol' => Js::get($market, 'id')], $params),
        );
        $data = $this->safe_dict($response, 'data', []);
        $orders = $this->array_concat(
            $this->safe_list($data, 'asks', []),
            $this->safe_list($data, 'bids', []),
        );
        return $this->parse_orders($orders, $market, $since, $limit);
    }

    public function fetch_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // allOrders?pairSymbol&startTime&endTime&limit (default 100, at most 1000): orders of every status.
        $this->load_markets();
        $market = $this->require_market('fetchOrders', $symbol);
        $request = ['pairSymbol' => Js::get($market, 'id')];
        if ($since !== null) {
            $request['startTime'] = $since;
        }
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            $request['endTime'] = $until;
        }
        if ($limit !== null) {
            $request['limit'] = $limit;
        }
        $response = $this->private_get_all_orders($this->extend($request, $this->omit($params, 'until')));
        return $this->parse_orders($this->to_list($this->data_of($response)), $market, $since, $limit);
    }

    public function fetch_my_trades($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // users/transactions/trade?pairSymbol&startDate&endDate (ms; the last 30 days without them).
        $this->load_markets();
        $request = [];
        $market = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
            $request['pairSymbol'] = Js::get($market, 'id');
        }
        if ($since !== null) {
            $request['startDate'] = $since;
        }
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            $request['endDate'] = $until;
        }
        $response = $this->private_get_users_transactions_trade(
            $this->extend($request, $this->omit($params, 'until')),
        );
        return $this->parse_trades($this->to_list($this->data_of($response)), $market, $since, $limit);
    }

    // --- requests ------------------------------------------------------------------------------------
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
        $url = Js::boundedText(
            Js::boundedText(Js::toStr($this->safe_string(Js::get($this->urls, 'api'), $api)) . '/') . Js::toStr(
                $this->implode_params($path, $params),
            ),
        );
        $query = $this->omit($params, $this->extract_params($path));
        $has_body = $method === 'POST';
        if (!($has_body) && (count(Js::keys($query)) > 0)) {
            $url .= Js::within($url, Js::within($url, '?') . Js::toStr($this->urlencode($query)));
        }
        if (!($api === 'private')) {
            return ['url' => $url, 'method' => $method, 'body' => $body, 'headers' => $headers];
        }
        // X-Signature: base64 HMAC-SHA256 of apiKey + stamp, keyed with the base64-decoded secret; X-Stamp is
        // the time in milliseconds (the server allows 5 s either way).
        $this->check_required_credentials();
        $stamp = $this->number_to_string($this->milliseconds());
        $headers = [
            'X-PCK' => $this->apiKey,
            'X-Stamp' => $stamp,
            'X-Signature' => $this->hmac(
                $this->encode(Js::add($this->apiKey, $stamp)),
                $this->base64_to_binary($this->secret),
                'sha256',
                'base64',
            ),
            'Content-Type' => 'application/json',
        ];
        if ($has_body) {
            $body = count(Js::keys($query)) > 0 ? $this->json(
                $query,
            ) : '{}'; // (PHP writes an empty dictionary as [])
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
        // { "success": false, "message": "Order not found", "code": 1152 }: the message, then the code, picks
        // the error class; any other refusal is mapped by its HTTP status, or is an ExchangeError with a 2xx one.
        if (($response === null) || Js::isArray($response) || !(Js::typeof($response) === 'object')) {
            return;
        }
        if (!($this->safe_bool($response, 'success') === false)) {
            return;
        }
        $message = $this->safe_string($response, 'message', '');
        $code = $this->safe_string($response, 'code', '');
        $feedback = Js::boundedText(
            Js::toStr($this->id) . ' ' . Js::toStr($method) . ' ' . Js::toStr(
                $url,
            ) . ' ' . $code . ' ' . $message,
        );
        $this->throw_exactly_matched_exception(Js::get($this->exceptions, 'exact'), $message, $feedback);
        $this->throw_exactly_matched_exception(Js::get($this->exceptions, 'exact'), $code, $feedback);
        if (Js::less($status, 200) || Js::greaterEqual($status, 300)) {
            return; // the HTTP status says what failed (401, 429, 503, ...)
        }
        throw new ExchangeError($feedback);
    }
}
