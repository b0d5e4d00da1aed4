<?php

// Generated from js/bl3p.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class bl3p extends Exchange {
    public function describe() {
        return $this->deep_extend(
            parent::describe(),
            [
                'id' => 'bl3p',
                'name' => 'BL3P',
                'countries' => ['NL'],
                'version' => '1',
                'rateLimit' => 1000,
                'has' => [
                    'fetchMarkets' => true,
                    'fetchCurrencies' => false,
                    'fetchTicker' => true,
                    'fetchTickers' => true,
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
                    'fetchClosedOrders' => true,
                    'fetchMyTrades' => true,
                    'fetchDeposits' => true,
                    'fetchWithdrawals' => true,
                    'fetchTransactions' => false,
                    'fetchLedger' => false,
                    'fetchDepositAddress' => true,
                    'withdraw' => true,
                    'fetchTime' => false,
                    'fetchStatus' => false,
                    'fetchTradingFees' => false,
                    'cancelAllOrders' => false,
                    'fetchOrderTrades' => false,
                    'fetchTradingFee' => false,
                    'fetchDepositAddresses' => false,
                    'createDepositAddress' => true,
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
                    'api' => ['public' => 'https://api.bl3p.eu/1', 'private' => 'https://api.bl3p.eu/1'],
                    'www' => 'https://bl3p.eu',
                    'doc' => 'https://github.com/BitonicNL/bl3p-api/tree/master/docs',
                ],
                'api' => [
                    'public' => ['get' => ['{market}/ticker', '{market}/orderbook', '{market}/trades']],
                    'private' => [
                        'post' => [
                            '{market}/money/order/add',
                            '{market}/money/order/cancel',
                            '{market}/money/order/result',
                            '{market}/money/orders',
                            '{market}/money/orders/history',
                            '{market}/money/trades/fetch',
                            'GENMKT/money/info',
                            'GENMKT/money/wallet/history',
                            'GENMKT/money/deposit_address',
                            'GENMKT/money/new_deposit_address',
                            'GENMKT/money/withdraw',
                        ],
                    ],
                ],
                'requiredCredentials' => ['apiKey' => true, 'secret' => true],
                'fees' => ['trading' => ['percentage' => true]],
                'precisionMode' => TICK_SIZE,
                'options' => [
                    'markets' => ['BTCEUR' => ['BTC', 'EUR']],
                    'decimals' => ['EUR' => 5],
                    'defaultDecimals' => 8,
                    'feeCurrency' => null,
                    'orderStatuses' => [
                        'pending' => 'open',
                        'open' => 'open',
                        'placed' => 'open',
                        'closed' => 'closed',
                        'cancelled' => 'canceled',
                    ],
                ],
                'exceptions' => [
                    'exact' => [
                        'AMOUNT_FUNDS_LESS_THAN_MINIMUM' => InvalidOrder::class,
                        'AMOUNT_LESS_THAN_MINIMUM' => InvalidOrder::class,
                        'INSUFFICIENT_FUNDS' => InsufficientFunds::class,
                        'INVALID_AMOUNT' => InvalidOrder::class,
                        'INVALID_AMOUNT_FUNDS' => InvalidOrder::class,
                        'INVALID_FEE_CURRENCY' => InvalidOrder::class,
                        'INVALID_LIMIT_ORDER' => InvalidOrder::class,
                        'INVALID_PRICE' => InvalidOrder::class,
                        'INVALID_TYPE' => InvalidOrder::class,
                        'KEY_MISSING' => AuthenticationError::class,
                        'LIMIT_REACHED' => RateLimitExceeded::class,
                        'MARKETPLACE_INACCESSIBLE' => ExchangeNotAvailable::class,
                        'MARKETPLACE_NOT_ACCEPTING_ORDERS' => ExchangeNotAvailable::class,
                        'MISSING_AMOUNT' => InvalidOrder::class,
                        'MISSING_FIELD' => BadRequest::class,
                        'NOT_AUTHENTICATED' => AuthenticationError::class,
                        'SIGN_MISSING' => AuthenticationError::class,
                        'UNKNOWN_ACCOUNT' => BadRequest::class,
                        'UNKNOWN_CURRENCY' => BadRequest::class,
                        'UNKNOWN_ERROR' => ExchangeError::class,
                        'UNKNOWN_MARKETPLACE' => BadSymbol::class,
                        'UNKNOWN_ORDER' => OrderNotFound::class,
                        'UNKNOWN_PATH' => BadRequest::class,
                    ],
                    'broad' => [],
                ],
            ],
        );
    }

    // --- integer amounts -----------------------------------------------------------------------------
    public function decimals_of($code) {
        // The decimal places of a currency's integer amounts: 5 for EUR, 8 for the virtual currencies.
        return $this->safe_integer(
            Js::get($this->options, 'decimals'),
            $code,
            $this->safe_integer($this->options, 'defaultDecimals', 8),
        );
    }

    public function units_of($code) {
        // '100000' for EUR, '100000000' for BTC: the integer amount of one unit.
        return $this->parse_precision($this->number_to_string(Js::negate($this->decimals_of($code))));
    }

    public function from_integer($text, $code) {
        // An integer amount (a string or a number) of currency code as a decimal string: '123456' EUR -> '1.23456'.
        if ($text === null) {
            return null;
        }
        return Precise::string_div($text, $this->units_of($code), $this->decimals_of($code));
    }

    public function to_integer($text, $code, $name) {
        // A decimal string as the integer amount the API takes: '0.5' BTC -> '50000000'; a finer amount is refused.
        $product = Precise::string_mul($text, $this->units_of($code));
        if (Js::indexOf($product, '.') >= 0) {
            throw new BadRequest(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($name) . ' ' . Js::toStr($text) . ' ' . Js::toStr($code) . ' has more than ') . Js::toStr(
                        $this->number_to_string($this->decimals_of($code)),
                    ) . ' decimals, which the API cannot take',
                ),
            );
        }
        return $product;
    }

    public function amount_of($amount_obj) {
        // An amountObj as a decimal string: value_int in the units of its currency (value as the fallback).
        if ($amount_obj === null) {
            return null;
        }
        $currency_id = $this->safe_string($amount_obj, 'currency');
        $value_int = $this->safe_string($amount_obj, 'value_int');
        if (($currency_id === null) || ($value_int === null)) {
            return $this->safe_string($amount_obj, 'value');
        }
        return $this->from_integer($value_int, $currency_id);
    }

    public function currency_of_amount($amount_obj) {
        return $this->safe_currency_code($this->safe_string($amount_obj, 'currency'));
    }

    public function seconds_of($milliseconds) {
        // A timestamp in ms as the whole seconds of the API's date_from and date_to.
        return Precise::string_div($this->number_to_string($milliseconds), '1000', 0);
    }

    public function data_of($response) {
        // The data of a successful answer (handleErrors has thrown for the others).
        $data = $this->safe_dict($response, 'data');
        if ($data === null) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent an answer without data: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        return $data;
    }

    // --- markets -------------------------------------------------------------------------------------
    public function fetch_markets($params = null) {
        if ($params === null) {
            $params = [];
        }
        // The API lists no markets: each market of options['markets'] is confirmed by its ticker, which answers
        // for the markets that exist (UNKNOWN_MARKETPLACE, a BadSymbol, for the others).
        $markets = $this->safe_dict($this->options, 'markets', []);
        $ids = Js::keys($markets);
        $result = [];
        for ($i = 0; $i < count($ids); $i++) {
            $id = $ids[$i];
            $pair = $this->safe_list($markets, $id, []);
            $base_id = $this->safe_string($pair, 0);
            $quote_id = $this->safe_string($pair, 1);
            $ticker = $this->public_get_market_ticker($this->extend(['market' => $id], $params));
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
                    'precision' => [
                        'amount' => $this->parse_number(
                            $this->parse_precision($this->number_to_string($this->decimals_of($base_id))),
                        ),
                        'price' => $this->parse_number(
                            $this->parse_precision($this->number_to_string($this->decimals_of($quote_id))),
                        ),
                    ],
                    'limits' => [],
                    'info' => $ticker,
                ],
            );
        }
        return $result;
    }

    // --- market data ---------------------------------------------------------------------------------
    public function parse_ticker($ticker, $market = null) {
        // ticker: { currency, last, bid, ask, high, low, timestamp (seconds), volume: { 24h, 30d } }, numbers in the
        // quote currency and the volumes in the base currency.
        $volume = $this->safe_dict($ticker, 'volume', []);
        return $this->ticker_structure(
            symbol: $this->safe_symbol(null, $market),
            timestamp: $this->safe_timestamp($ticker, 'timestamp'),
            high: $this->safe_string($ticker, 'high'),
            low: $this->safe_string($ticker, 'low'),
            bid: $this->safe_string($ticker, 'bid'),
            ask: $this->safe_string($ticker, 'ask'),
            last: $this->safe_string($ticker, 'last'),
            base_volume: $this->safe_string($volume, '24h'),
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
        $response = $this->public_get_market_ticker(
            $this->extend(['market' => Js::get($market, 'id')], $params),
        );
        return $this->parse_ticker($response, $market);
    }

    public function fetch_tickers($symbols = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // The ticker takes one market: one request per symbol.
        $this->load_markets();
        $list = $symbols === null ? $this->symbols : $symbols;
        $markets = [];
        for ($i = 0; Js::less($i, Js::length($list)); $i++) {
            $markets[] = $this->market(Js::get($list, $i));
        }
        $result = [];
        for ($i = 0; $i < count($markets); $i++) {
            $market = Js::get($markets, $i);
            $response = $this->public_get_market_ticker(
                $this->extend(['market' => Js::get($market, 'id')], $params),
            );
            Js::setKey($result, Js::get($market, 'symbol'), $this->parse_ticker($response, $market));
        }
        return $result;
    }

    public function levels_of_book($entries, $market) {
        // [ { amount_int, price_int, count } ] -> [ [ price, amount ] ] as decimal strings.
        $result = [];
        for ($i = 0; Js::less($i, Js::length($entries)); $i++) {
            $entry = Js::get($entries, $i);
            $result[] = [
                $this->from_integer($this->safe_string($entry, 'price_int'), Js::get($market, 'quoteId')),
                $this->from_integer($this->safe_string($entry, 'amount_int'), Js::get($market, 'baseId')),
            ];
        }
        return $result;
    }

    public function fetch_order_book($symbol, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // orderbook: { asks: [ { amount_int, price_int, count } ], bids: [ ... ] }, the whole book (no depth).
        $this->load_markets();
        $market = $this->market($symbol);
        $response = $this->public_get_market_orderbook(
            $this->extend(['market' => Js::get($market, 'id')], $params),
        );
        $data = $this->data_of($response);
        $levels = [
            'bids' => $this->levels_of_book($this->required_list($data, 'bids'), $market),
            'asks' => $this->levels_of_book($this->required_list($data, 'asks'), $market),
        ];
        $book = $this->parse_order_book($levels, Js::get($market, 'symbol'));
        if ($limit !== null) {
            Js::set($book, 'bids', Js::slice(Js::get($book, 'bids'), 0, $limit));
            Js::set($book, 'asks', Js::slice(Js::get($book, 'asks'), 0, $limit));
        }
        return $book;
    }

    public function parse_trade($trade, $market = null) {
        // Public trades (trades, money/trades/fetch): { trade_id, date (milliseconds), amount_int, price_int },
        // without a side. The trades of an order (order/result): { trade_id, date (seconds), amount, price
        // (amountObjs), currency, item }. The account's trades (wallet/history of the base currency, type
        // trade): { transaction_id, trade_id, order_id, date (seconds), debit_credit, amount, price,
        // contra_amount, fee, balance (amountObjs), type }.
        $item = $this->safe_string($trade, 'item');
        $currency_id = $this->safe_string($trade, 'currency');
        if (($item !== null) && ($currency_id !== null)) {
            $market = $this->safe_market(Js::add($item, $currency_id), $market);
        }
        $symbol = $this->safe_symbol(null, $market);
        $timestamp = null;
        $amount = null;
        $price = null;
        $side = null;
        $amount_obj = $this->safe_dict($trade, 'amount');
        if ($amount_obj === null) {
            $timestamp = $this->safe_integer($trade, 'date');
            if ($market !== null) {
                $amount = $this->from_integer(
                    $this->safe_string($trade, 'amount_int'),
                    Js::get($market, 'baseId'),
                );
                $price = $this->from_integer(
                    $this->safe_string($trade, 'price_int'),
                    Js::get($market, 'quoteId'),
                );
            }
        } else {
            $timestamp = $this->safe_timestamp($trade, 'date');
            $amount = $this->amount_of($amount_obj);
            $price = $this->amount_of($this->safe_dict($trade, 'price'));
            $booking = $this->safe_string($trade, 'debit_credit');
            if (($booking !== null) && ($market !== null)) {
                // A credit of the base currency is a buy, a debit a sell.
                $of_base = Js::strictEqual(
                    $this->safe_string($amount_obj, 'currency'),
                    Js::get($market, 'baseId'),
                );
                if ($booking === 'credit') {
                    $side = $of_base ? 'buy' : 'sell';
                } elseif ($booking === 'debit') {
                    $side = $of_base ? 'sell' : 'buy';
                }
            }
        }
        $contra_amount = $this->safe_dict($trade, 'contra_amount');
        $fee_obj = $this->safe_dict($trade, 'fee');
        $fee = null;
        if ($fee_obj !== null) {
            $fee = ['cost' => $this->amount_of($fee_obj), 'currency' => $this->currency_of_amount($fee_obj)];
        }
        return $this->trade_structure(
            id: $this->safe_string($trade, 'trade_id'),
            order: $this->safe_string($trade, 'order_id'),
            timestamp: $timestamp,
            symbol: $symbol,
            side: $side,
            price: $price,
            amount: $amount === null ? null : Precise::string_abs($amount),
            cost: $contra_amount === null ? null : Precise::string_abs($this->amount_of($contra_amount)),
            fee: $fee,
            info: $trade,
            market: $market,
        );
    }

    public function fetch_trades($symbol, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // trades: { trades: [ ... ] }, the last 1000 (the endpoint takes no range: since and limit filter them).
        $this->load_markets();
        $market = $this->market($symbol);
        $response = $this->public_get_market_trades(
            $this->extend(['market' => Js::get($market, 'id')], $params),
        );
        $data = $this->data_of($response);
        return $this->parse_trades($this->required_list($data, 'trades'), $market, $since, $limit);
    }

    // --- account -------------------------------------------------------------------------------------
    public function fetch_balance($params = null) {
        if ($params === null) {
            $params = [];
        }
        // GENMKT/money/info: { user_id, trade_fee, wallets: { BTC: { balance, available }, EUR: { ... } } }.
        $this->load_markets();
        $response = $this->private_post_genmkt_money_info($params);
        $data = $this->data_of($response);
        $wallets = $this->safe_dict($data, 'wallets');
        if ($wallets === null) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent account info without wallets: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        $result = ['info' => $response];
        $ids = Js::keys($wallets);
        for ($i = 0; $i < count($ids); $i++) {
            $id = $ids[$i];
            $wallet = $this->safe_dict($wallets, $id, []);
            $account = $this->account();
            Js::set($account, 'total', $this->amount_of($this->safe_dict($wallet, 'balance')));
            Js::set($account, 'free', $this->amount_of($this->safe_dict($wallet, 'available')));
            Js::setKey($result, $this->safe_currency_code($id), $account);
        }
        return $this->safe_balance($result);
    }

    // --- orders --------------------------------------------------------------------------------------
    public function parse_order($order, $market = null) {
        // order/result, orders and orders/history: { order_id, label, currency, item, type (bid, ask), status
        // (pending, open, placed, closed, cancelled), date, date_closed (seconds), amount, price, amount_funds,
        // amount_executed, amount_funds_executed, total_amount, total_spent, total_fee, avg_cost (amountObjs),
        // trades }; order/add answers { order_id } only. An order without a price is a market order.
        $item = $this->safe_string($order, 'item');
        $currency_id = $this->safe_string($order, 'currency');
        if (($item !== null) && ($currency_id !== null)) {
            $market = $this->safe_market(Js::add($item, $currency_id), $market);
        }
        $id = $this->safe_string($order, 'order_id');
        $raw_trades = $this->safe_list($order, 'trades', []);
        $trades = [];
        for ($i = 0; $i < count($raw_trades); $i++) {
            $trades[] = $this->extend(
                $this->parse_trade(Js::get($raw_trades, $i), $market),
                ['order' => $id],
            );
        }
        $price_obj = $this->safe_dict($order, 'price');
        $type_id = $this->safe_string($order, 'type');
        $side = null;
        if ($type_id === 'bid') {
            $side = 'buy';
        } elseif ($type_id === 'ask') {
            $side = 'sell';
        }
        $type = null;
        if ($this->safe_string($order, 'status') !== null) {
            $type = $price_obj === null ? 'market' : 'limit';
        }
        $fee_obj = $this->safe_dict($order, 'total_fee');
        $fee = null;
        if ($fee_obj !== null) {
            $fee = ['cost' => $this->amount_of($fee_obj), 'currency' => $this->currency_of_amount($fee_obj)];
        }
        return $this->safe_order(
            [
                'id' => $id,
                'timestamp' => $this->safe_timestamp($order, 'date'),
                'lastUpdateTimestamp' => $this->safe_timestamp($order, 'date_closed'),
                'symbol' => $this->safe_symbol(null, $market),
                'type' => $type,
                'side' => $side,
                'status' => $this->safe_string(
                    Js::get($this->options, 'orderStatuses'),
                    $this->safe_string($order, 'status'),
                ),
                'price' => $this->amount_of($price_obj),
                'average' => $this->amount_of($this->safe_dict($order, 'avg_cost')),
                'amount' => $this->amount_of($this->safe_dict($order, 'amount')),
                'filled' => $this->amount_of($this->safe_dict2($order, 'total_amount', 'amount_executed')),
                'cost' => $this->amount_of($this->safe_dict2($order, 'total_spent', 'amount_funds_executed')),
                'fee' => $fee,
                'trades' => $trades,
                'info' => $order,
            ],
            $market,
        );
    }

    public function create_order($symbol, $type, $side, $amount, $price = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // <market>/money/order/add: type (bid, ask), amount_int (base, *1e8), price_int (quote, *1e5; without it a
        // market order), amount_funds_int (the most quote to spend, *1e5; a market order only), fee_currency
        // ('EUR' or 'BTC'). The docs list no stop, post-only, reduce-only, time-in-force or client id fields.
        $this->load_markets();
        $market = $this->market($symbol);
        // timeInForce first: unifiedOrderParams reads 'PO' as postOnly, and the error should name the param passed.
        $time_in_force = $this->safe_string_upper($params, 'timeInForce');
        if (($time_in_force !== null) && (!($time_in_force === 'GTC') || !($type === 'limit'))) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr($this->id) . ' createOrder () does not support the unified param timeInForce ' . Js::toStr($time_in_force) . ' for ' . Js::toStr(
                        $type,
                    ) . ' orders: limit orders are GTC',
                ),
            );
        }
        [$unified, $rest] = Js::destructure($this->unified_order_params($type, $params), 2);
        $this->reject_unified_params(
            'createOrder',
            $unified,
            ['postOnly', 'reduceOnly', 'triggerPrice', 'stopLossPrice', 'takeProfitPrice', 'clientOrderId'],
        );
        $type_id = null;
        if ($side === 'buy') {
            $type_id = 'bid';
        } elseif ($side === 'sell') {
            $type_id = 'ask';
        } else {
            throw new InvalidOrder(
                Js::boundedText(
                    Js::toStr($this->id) . ' createOrder () side must be buy or sell, not ' . Js::toStr(
                        $side,
                    ),
                ),
            );
        }
        $request = ['market' => Js::get($market, 'id'), 'type' => $type_id];
        if ($type === 'limit') {
            if ($price === null) {
                throw new ArgumentsRequired(
                    Js::boundedText(
                        Js::toStr($this->id) . ' createOrder () requires a price for a limit order',
                    ),
                );
            }
            $request['amount_int'] = $this->to_integer(
                $this->amount_to_precision($symbol, $amount),
                Js::get($market, 'baseId'),
                'amount',
            );
            $request['price_int'] = $this->to_integer(
                $this->price_to_precision($symbol, $price),
                Js::get($market, 'quoteId'),
                'price',
            );
        } elseif ($type === 'market') {
            if ($price !== null) {
                throw new InvalidOrder(
                    Js::boundedText(
                        Js::toStr(
                            $this->id,
                        ) . ' createOrder () takes no price for a market order: a price makes it a limit order',
                    ),
                );
            }
            if ($amount !== null) {
                $request['amount_int'] = $this->to_integer(
                    $this->amount_to_precision($symbol, $amount),
                    Js::get($market, 'baseId'),
                    'amount',
                );
            }
            if (Js::get($unified, 'cost') !== null) {
                // The most quote currency to spend (the docs: it may stand beside amount_int in a market order).
                $request['amount_funds_int'] = $this->to_integer(
                    $this->cost_to_precision($symbol, Js::get($unified, 'cost')),
                    Js::get($market, 'quoteId'),
                    'cost',
                );
            }
            if (($amount === null) && (Js::get($unified, 'cost') === null)) {
                throw new ArgumentsRequired(
                    Js::boundedText(
                        Js::toStr(
                            $this->id,
                        ) . ' createOrder () requires an amount, or the unified param cost, for a market order',
                    ),
                );
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
        $fee_currency = $this->safe_string($this->options, 'feeCurrency', Js::get($market, 'quoteId'));
        $request['fee_currency'] = $this->safe_string($rest, 'fee_currency', $fee_currency);
        $response = $this->private_post_market_money_order_add(
            $this->extend($request, $this->omit($rest, 'fee_currency')),
        );
        // { order_id } only: whether the order rests or has filled is for fetchOrder to say. Without its id the order
        // cannot be followed or cancelled: a BadResponse (a data of {} was an order without id in Node and no data in
        // PHP, whose empty array is no dictionary).
        $data = $this->data_of($response);
        if ($this->safe_string($data, 'order_id') === null) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' createOrder () got no order_id: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        return $this->extend($this->parse_order($data, $market), ['type' => $type, 'side' => $side]);
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

    public function market_of($symbol, $method) {
        // The market of an authenticated call whose path names it.
        if ($symbol === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr($this->id) . ' ' . Js::toStr(
                        $method,
                    ) . ' () requires a symbol: the API names the market in the path',
                ),
            );
        }
        return $this->market($symbol);
    }

    public function cancel_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // <market>/money/order/cancel: order_id; answers no data besides result success.
        $this->load_markets();
        $market = $this->market_of($symbol, 'cancelOrder');
        $response = $this->private_post_market_money_order_cancel(
            $this->extend(['market' => Js::get($market, 'id'), 'order_id' => $id], $params),
        );
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

    public function fetch_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // <market>/money/order/result: order_id.
        $this->load_markets();
        $market = $this->market_of($symbol, 'fetchOrder');
        $response = $this->private_post_market_money_order_result(
            $this->extend(['market' => Js::get($market, 'id'), 'order_id' => $id], $params),
        );
        return $this->parse_order($this->data_of($response), $market);
    }

    public function fetch_open_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // <market>/money/orders: { orders: [ ... ] }, every active order (no range: since and limit filter them).
        $this->load_markets();
        $market = $this->market_of($symbol, 'fetchOpenOrders');
        $response = $this->private_post_market_money_orders(
            $this->extend(['market' => Js::get($market, 'id')], $params),
        );
        $data = $this->data_of($response);
        return $this->parse_orders($this->required_list($data, 'orders'), $market, $since, $limit);
    }

    public function history_request($since, $limit, $params) {
        // The paging of orders/history and wallet/history: page 1 (the most recent), date_from and date_to (unix
        // seconds, both inclusive) from since and the unified until, recs_per_page from limit.
        $request = ['page' => 1];
        if ($since !== null) {
            $request['date_from'] = $this->seconds_of($since);
        }
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            $request['date_to'] = $this->seconds_of($until);
        }
        if ($limit !== null) {
            $request['recs_per_page'] = $limit;
        }
        return $request;
    }

    public function fetch_closed_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // <market>/money/orders/history: { page, records, max_page, orders: [ closed and cancelled orders ] }.
        $this->load_markets();
        $market = $this->market_of($symbol, 'fetchClosedOrders');
        $request = $this->extend(
            ['market' => Js::get($market, 'id')],
            $this->history_request($since, $limit, $params),
        );
        $response = $this->private_post_market_money_orders_history(
            $this->extend($request, $this->omit($params, 'until')),
        );
        $data = $this->data_of($response);
        return $this->parse_orders($this->required_list($data, 'orders'), $market, $since, $limit);
    }

    public function fetch_my_trades($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // The account's trades are the trade bookings of the base currency's wallet (GENMKT/money/wallet/history
        // with currency and type trade): { page, records, max_page, transactions: [ ... ] }.
        $this->load_markets();
        $market = $this->market_of($symbol, 'fetchMyTrades');
        $request = $this->extend(
            ['currency' => Js::get($market, 'baseId'), 'type' => 'trade'],
            $this->history_request($since, $limit, $params),
        );
        $response = $this->private_post_genmkt_money_wallet_history(
            $this->extend($request, $this->omit($params, 'until')),
        );
        $data = $this->data_of($response);
        return $this->parse_trades($this->required_list($data, 'transactions'), $market, $since, $limit);
    }

    // --- funding -------------------------------------------------------------------------------------
    public function parse_transaction($transaction, $currency = null) {
        // wallet/history: { transaction_id, amount (amountObj), date (seconds), debit_credit, type (deposit,
        // withdraw), balance }; withdraw answers { id }. Neither states an address, a txid or a status.
        $amount_obj = $this->safe_dict($transaction, 'amount');
        $type_id = $this->safe_string($transaction, 'type');
        $type = null;
        if ($type_id === 'deposit') {
            $type = 'deposit';
        } elseif ($type_id === 'withdraw') {
            $type = 'withdrawal';
        }
        $amount = $this->amount_of($amount_obj);
        $code = $amount_obj === null ? $this->safe_currency_code(null, $currency) : $this->currency_of_amount(
            $amount_obj,
        );
        return $this->safe_transaction(
            [
                'id' => $this->safe_string2($transaction, 'transaction_id', 'id'),
                'timestamp' => $this->safe_timestamp($transaction, 'date'),
                'type' => $type,
                'amount' => $amount === null ? null : Precise::string_abs($amount),
                'currency' => $code,
                'info' => $transaction,
            ],
            $currency,
        );
    }

    public function fetch_transfers_of_type($type_id, $method, $code, $since, $limit, $params) {
        if ($code === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr($this->id) . ' ' . Js::toStr(
                        $method,
                    ) . ' () requires a currency code: the wallet history is kept per currency',
                ),
            );
        }
        $this->load_markets();
        $currency = $this->currency($code);
        $request = $this->extend(
            ['currency' => Js::get($currency, 'id'), 'type' => $type_id],
            $this->history_request($since, $limit, $params),
        );
        $response = $this->private_post_genmkt_money_wallet_history(
            $this->extend($request, $this->omit($params, 'until')),
        );
        $data = $this->data_of($response);
        return $this->parse_transactions(
            $this->required_list($data, 'transactions'),
            $currency,
            $since,
            $limit,
        );
    }

    public function fetch_deposits($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->fetch_transfers_of_type('deposit', 'fetchDeposits', $code, $since, $limit, $params);
    }

    public function fetch_withdrawals($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->fetch_transfers_of_type('withdraw', 'fetchWithdrawals', $code, $since, $limit, $params);
    }

    public function reject_network($method, $params) {
        if ($this->safe_value($params, 'network') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr($this->id) . ' ' . Js::toStr(
                        $method,
                    ) . ' () does not support the unified param network: the API keeps one network per currency',
                ),
            );
        }
    }

    public function deposit_address_of($response, $currency) {
        $data = $this->data_of($response);
        $address = $this->safe_string($data, 'address');
        if ($address === null) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent a deposit address answer without address: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        return ['currency' => Js::get($currency, 'code'), 'address' => $address, 'info' => $response];
    }

    public function fetch_deposit_address($code, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // GENMKT/money/deposit_address: currency ('BTC'); answers { address }, the last one created.
        $this->reject_network('fetchDepositAddress', $params);
        $this->load_markets();
        $currency = $this->currency($code);
        $response = $this->private_post_genmkt_money_deposit_address(
            $this->extend(['currency' => Js::get($currency, 'id')], $params),
        );
        return $this->deposit_address_of($response, $currency);
    }

    public function create_deposit_address($code, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // GENMKT/money/new_deposit_address: currency ('BTC'); answers { address }.
        $this->reject_network('createDepositAddress', $params);
        $this->load_markets();
        $currency = $this->currency($code);
        $response = $this->private_post_genmkt_money_new_deposit_address(
            $this->extend(['currency' => Js::get($currency, 'id')], $params),
        );
        return $this->deposit_address_of($response, $currency);
    }

    public function withdraw($code, $amount, $address, $tag = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // GENMKT/money/withdraw: currency ('BTC', 'EUR'), amount_int (satoshis or 0.00001 EUR), and address for
        // BTC or account_id (an IBAN of the account) with account_name for EUR; fee_priority (low, medium,
        // high) optional. Answers { id }.
        $this->reject_network('withdraw', $params);
        if ($tag !== null) {
            throw new BadRequest(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' withdraw () takes no tag: the API sends to an address or an IBAN only',
                ),
            );
        }
        $this->load_markets();
        $currency = $this->currency($code);
        $request = ['currency' => Js::get($currency, 'id')];
        $fiat = $this->safe_integer(Js::get($this->options, 'decimals'), Js::get($currency, 'id')) !== null;
        if ($fiat) {
            if ($this->safe_string($params, 'account_name') === null) {
                throw new ArgumentsRequired(
                    Js::boundedText(
                        Js::toStr($this->id) . ' withdraw () of ' . Js::toStr(
                            $code,
                        ) . ' requires params account_name beside the IBAN as address',
                    ),
                );
            }
            $request['account_id'] = $address;
        } else {
            $request['address'] = $address;
        }
        $request['amount_int'] = $this->to_integer(
            $this->number_to_string($amount),
            Js::get($currency, 'id'),
            'amount',
        );
        $response = $this->private_post_genmkt_money_withdraw($this->extend($request, $params));
        $data = $this->data_of($response);
        return $this->safe_transaction(
            [
                'id' => $this->safe_string($data, 'id'),
                'type' => 'withdrawal',
                'amount' => $this->number_to_string($amount),
                'currency' => Js::get($currency, 'code'),
                'address' => $address,
                'info' => $response,
            ],
            $currency,
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
        // Rest-Sign: the base64 HMAC-SHA512, keyed with the base64-decoded secret, of the path after /1/, a NUL
        // character and the form-encoded body (base.md, "Authentication and authorization").
        $request_path = $this->implode_params($path, $params);
        $query = $this->omit($params, $this->extract_params($path));
        $url = Js::boundedText(
            Js::toStr($this->safe_string(Js::get($this->urls, 'api'), $api)) . '/' . Js::toStr($request_path),
        );
        if ($api === 'public') {
            if (count(Js::keys($query)) > 0) {
                $url .= Js::within($url, Js::within($url, '?') . Js::toStr($this->urlencode($query)));
            }
            return ['url' => $url, 'method' => $method, 'body' => $body, 'headers' => $headers];
        }
        $this->check_required_credentials();
        $body = $this->urlencode($query);
        $signature = $this->hmac(
            $this->encode(Js::boundedText(Js::toStr($request_path) . "\x00" . Js::toStr($body))),
            $this->base64_to_binary($this->secret),
            'sha512',
            'base64',
        );
        $headers = [
            'Rest-Key' => $this->apiKey,
            'Rest-Sign' => $signature,
            'Content-Type' => 'application/x-www-form-urlencoded',
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
        // { "result": "error", "data": { "code": "INSUFFICIENT_FUNDS", "message": "..." } }.
        if (($response === null) || Js::isArray($response) || !(Js::typeof($response) === 'object')) {
            return null;
        }
        $result = $this->safe_string($response, 'result');
        if (($result === null) || ($result === 'success')) {
            return null;
        }
        $data = $this->safe_dict($response, 'data', []);
        $code = $this->safe_string($data, 'code');
        $feedback = Js::boundedText(
            Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($method) . ' ' . Js::toStr($url) . ' ') . Js::toStr(
                $this->excerpt($response_body),
            ),
        );
        if ($code !== null) {
            $this->throw_exactly_matched_exception(Js::get($this->exceptions, 'exact'), $code, $feedback);
        }
        throw new ExchangeError($feedback);
    }
}
