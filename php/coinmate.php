<?php

// Generated from js/coinmate.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class coinmate extends Exchange {
    public function describe() {
        return $this->deep_extend(
            parent::describe(),
            [
                'id' => 'coinmate',
                'name' => 'CoinMate',
                'countries' => ['CZ'],
                'version' => null,
                'rateLimit' => 600,
                'has' => [
                    'fetchMarkets' => true,
                    'fetchCurrencies' => true,
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
                    'fetchTime' => true,
                    'fetchStatus' => false,
                    'fetchTradingFees' => false,
                    'cancelAllOrders' => false,
                    'fetchOrderTrades' => false,
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
                    'api' => ['public' => 'https://coinmate.io/api', 'private' => 'https://coinmate.io/api'],
                    'www' => 'https://coinmate.io',
                    'doc' => 'https://coinmate.docs.apiary.io',
                    'fees' => 'https://coinmate.io/fees',
                ],
                'api' => [
                    'public' => [
                        'get' => [
                            'tradingPairs',
                            'orderBook',
                            'ticker',
                            'tickerAll',
                            'products',
                            'transactions',
                            'system/time',
                        ],
                    ],
                    'private' => [
                        'post' => [
                            'currencies',
                            'balances',
                            'traderFees',
                            'transactionHistory',
                            'tradeHistory',
                            'transfer',
                            'transferHistory',
                            'orderHistory',
                            'openOrders',
                            'order',
                            'orderById',
                            'cancelOrder',
                            'cancelAllOpenOrders',
                            'cancelOrderWithInfo',
                            'buyLimit',
                            'sellLimit',
                            'buyInstant',
                            'sellInstant',
                            'withdrawVirtualCurrency',
                            'virtualCurrencyDepositAddresses',
                            'unconfirmedVirtualCurrencyDeposits',
                        ],
                    ],
                ],
                'requiredCredentials' => ['apiKey' => true, 'secret' => true, 'uid' => true],
                'fees' => ['trading' => ['tierBased' => true, 'percentage' => true]],
                'precisionMode' => TICK_SIZE,
                'options' => [
                    'orderStatuses' => [
                        'OPEN' => 'open',
                        'PARTIALLY_FILLED' => 'open',
                        'FILLED' => 'closed',
                        'CANCELLED' => 'canceled',
                    ],
                    'orderTypes' => [
                        'LIMIT' => 'limit',
                        'MARKET' => 'market',
                        'INSTANT' => 'market',
                        'QUICK' => 'market',
                    ],
                    'transferStatuses' => [
                        'NEW' => 'pending',
                        'BEFORE_SEND' => 'pending',
                        'SENT' => 'pending',
                        'PENDING' => 'pending',
                        'WAITING' => 'pending',
                        'ERROR' => 'failed',
                        'CANCELLED' => 'canceled',
                        'COMPLETED' => 'ok',
                        'VERIFIED' => 'ok',
                    ],
                    'networks' => ['TRC20' => 'TRX', 'LIGHTNING' => 'BTC_LIGHTNING'],
                    'maxTradeMinutes' => 1440,
                ],
                'exceptions' => [
                    'exact' => ['Not implemented' => NotSupported::class],
                    'broad' => [
                        'ccess denied' => AuthenticationError::class,
                        'Insufficient key privileges' => PermissionDenied::class,
                    ],
                ],
            ],
        );
    }

    // --- markets -------------------------------------------------------------------------------------
    public function data_of($response) {
        // The data of the envelope { error, errorMessage, data }; handleErrors has thrown for error true.
        if (
            ($response === null) || Js::isArray($response) || !(Js::typeof($response) === 'object') || !(
                Js::has($response, 'data')
            )
        ) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent an answer without data: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        return Js::get($response, 'data');
    }

    public function list_of($response) {
        $data = $this->data_of($response);
        if (!(Js::isArray($data))) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent data that is no list: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        return $data;
    }

    public function dict_of($response) {
        $data = $this->data_of($response);
        if (($data === null) || Js::isArray($data) || !(Js::typeof($data) === 'object')) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent data that is no dictionary: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        return $data;
    }

    public function fetch_markets($params = null) {
        if ($params === null) {
            $params = [];
        }
        // tradingPairs: [ { name, firstCurrency, secondCurrency, priceDecimals, lotDecimals, minAmount, ... } ].
        $response = $this->public_get_trading_pairs($params);
        $pairs = $this->list_of($response);
        $result = [];
        for ($i = 0; Js::less($i, Js::length($pairs)); $i++) {
            $pair = Js::get($pairs, $i);
            $id = $this->safe_string($pair, 'name');
            $base_id = $this->safe_string($pair, 'firstCurrency');
            $quote_id = $this->safe_string($pair, 'secondCurrency');
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
                    'active' => true,
                    'precision' => [
                        'amount' => $this->parse_number(
                            $this->parse_precision($this->safe_string($pair, 'lotDecimals')),
                        ),
                        'price' => $this->parse_number(
                            $this->parse_precision($this->safe_string($pair, 'priceDecimals')),
                        ),
                    ],
                    'limits' => ['amount' => ['min' => $this->safe_number($pair, 'minAmount')]],
                    'info' => $pair,
                ],
            );
        }
        return $result;
    }

    public function fetch_currencies($params = null) {
        if ($params === null) {
            $params = [];
        }
        // currencies is a user operation: without credentials there is no list (an empty dictionary), and
        // loadMarkets derives the currencies from the markets instead. Each entry: { currency, currencyName,
        // depositEnabled, withdrawEnabled, precision (decimals), networks: [ { network, deposit: { enabled,
        // minAmount, ... }, withdraw: { enabled, fee: [ { fixFee, percentageFee, variant } ], minAmount } } ] }.
        if (!(Js::truthy($this->check_required_credentials(false)))) {
            return [];
        }
        $response = $this->private_post_currencies($params);
        $entries = $this->list_of($response);
        $result = [];
        for ($i = 0; Js::less($i, Js::length($entries)); $i++) {
            $entry = Js::get($entries, $i);
            $id = $this->safe_string($entry, 'currency');
            $code = $this->safe_currency_code($id);
            $precision = $this->parse_number($this->parse_precision($this->safe_string($entry, 'precision')));
            $network_list = $this->safe_list($entry, 'networks', []);
            $networks = [];
            for ($j = 0; $j < count($network_list); $j++) {
                $item = Js::get($network_list, $j);
                $network_id = $this->safe_string($item, 'network');
                $network_code = $this->network_code($network_id);
                $deposit = $this->safe_dict($item, 'deposit', []);
                $withdraw = $this->safe_dict($item, 'withdraw', []);
                $fees = $this->safe_list($withdraw, 'fee', []);
                Js::setKey(
                    $networks,
                    $network_code,
                    [
                        'id' => $network_id,
                        'network' => $network_code,
                        'active' => null,
                        'deposit' => $this->safe_bool($deposit, 'enabled'),
                        'withdraw' => $this->safe_bool($withdraw, 'enabled'),
                        'fee' => $this->safe_number($this->safe_dict($fees, 0, []), 'fixFee'),
                        'precision' => $precision,
                        'limits' => [
                            'deposit' => [
                                'min' => $this->safe_number($deposit, 'minAmount'),
                                'max' => $this->safe_number($deposit, 'maxAmount'),
                            ],
                            'withdraw' => [
                                'min' => $this->safe_number($withdraw, 'minAmount'),
                                'max' => $this->safe_number($withdraw, 'maxAmount'),
                            ],
                        ],
                    ],
                );
            }
            $deposit_enabled = $this->safe_bool($entry, 'depositEnabled');
            $withdraw_enabled = $this->safe_bool($entry, 'withdrawEnabled');
            Js::setKey(
                $result,
                $code,
                [
                    'id' => $id,
                    'code' => $code,
                    'name' => $this->safe_string($entry, 'currencyName'),
                    'active' => $deposit_enabled === null ? null : (
                        Js::truthy($_value1 = $deposit_enabled) ? $_value1 : $withdraw_enabled
                    ),
                    'deposit' => $deposit_enabled,
                    'withdraw' => $withdraw_enabled,
                    'precision' => $precision,
                    'networks' => $networks,
                    'info' => $entry,
                ],
            );
        }
        return $result;
    }

    // --- market data ---------------------------------------------------------------------------------
    public function ticker_timestamp($ticker) {
        // The docs say the ticker's timestamp is in milliseconds, but their example (1506062222, September
        // 2017) is in seconds: a value below 10^11 (1973 in milliseconds) is read as seconds.
        $value = $this->safe_integer($ticker, 'timestamp');
        if (($value !== null) && Js::less($value, 100000000000)) {
            return Js::multiply($value, 1000);
        }
        return $value;
    }

    public function parse_ticker($ticker, $market = null) {
        // { last, high, low, amount (the base volume of 24 hours), bid, ask, change (today's change in percent),
        // open (today's open), timestamp }.
        return $this->ticker_structure(
            symbol: $this->safe_symbol(null, $market),
            timestamp: $this->ticker_timestamp($ticker),
            high: $this->safe_string($ticker, 'high'),
            low: $this->safe_string($ticker, 'low'),
            bid: $this->safe_string($ticker, 'bid'),
            ask: $this->safe_string($ticker, 'ask'),
            open: $this->safe_string($ticker, 'open'),
            last: $this->safe_string($ticker, 'last'),
            percentage: $this->safe_string($ticker, 'change'),
            base_volume: $this->safe_string($ticker, 'amount'),
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
        $response = $this->public_get_ticker(
            $this->extend(['currencyPair' => Js::get($market, 'id')], $params),
        );
        return $this->parse_ticker($this->dict_of($response), $market);
    }

    public function fetch_tickers($symbols = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // tickerAll: { BTC_EUR: { ticker }, ... }.
        $this->load_markets();
        $response = $this->public_get_ticker_all($params);
        $data = $this->dict_of($response);
        $ids = Js::keys($data);
        $result = [];
        for ($i = 0; $i < count($ids); $i++) {
            $market = $this->safe_market($ids[$i], null, '_');
            $result[] = $this->parse_ticker($this->safe_dict($data, $ids[$i], []), $market);
        }
        return $this->tickers_of_symbols($result, $symbols);
    }

    public function tickers_of_symbols($tickers, $symbols = null) {
        // The tickers are parsed already (each needs the market its key names): keyed by symbol here.
        $result = [];
        for ($i = 0; Js::less($i, Js::length($tickers)); $i++) {
            $ticker = Js::get($tickers, $i);
            $symbol = Js::get($ticker, 'symbol');
            if (($symbols === null) || Js::truthy($this->in_array($symbol, $symbols))) {
                Js::setKey($result, $symbol, $ticker);
            }
        }
        return $result;
    }

    public function fetch_order_book($symbol, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // orderBook: { asks: [ { price, amount } ], bids: [ ... ] }, a limited number of the best levels.
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['currencyPair' => Js::get($market, 'id'), 'groupByPriceLimit' => 'False'];
        $response = $this->public_get_order_book($this->extend($request, $params));
        $data = $this->dict_of($response);
        $book = $this->parse_order_book(
            $data,
            Js::get($market, 'symbol'),
            null,
            'bids',
            'asks',
            'price',
            'amount',
        );
        if ($limit !== null) {
            Js::set($book, 'bids', Js::slice(Js::get($book, 'bids'), 0, $limit));
            Js::set($book, 'asks', Js::slice(Js::get($book, 'asks'), 0, $limit));
        }
        return $book;
    }

    public function parse_trade($trade, $market = null) {
        // Public (transactions): { timestamp, transactionId, price, amount, currencyPair, tradeType (BUY or SELL,
        // not always there) }. The account's (tradeHistory, and the trades of orderById): { transactionId,
        // createdTimestamp, currencyPair, type (the account's side), orderType (LIMIT, INSTANT, QUICK), orderId,
        // amount, price, fee (in the quote currency), feeType (MAKER, TAKER) }.
        $market = $this->safe_market($this->safe_string($trade, 'currencyPair'), $market, '_');
        $fee_cost = $this->safe_string($trade, 'fee');
        $order_type = $this->safe_string($trade, 'orderType');
        return $this->trade_structure(
            id: $this->safe_string($trade, 'transactionId'),
            order: $this->safe_string($trade, 'orderId'),
            timestamp: $this->safe_integer2($trade, 'createdTimestamp', 'timestamp'),
            symbol: Js::get($market, 'symbol'),
            type: $order_type === null ? null : $this->safe_string(
                Js::get($this->options, 'orderTypes'),
                $order_type,
            ),
            side: $this->safe_string_lower2($trade, 'type', 'tradeType'),
            taker_or_maker: $this->safe_string_lower($trade, 'feeType'),
            price: $this->safe_string($trade, 'price'),
            amount: $this->safe_string($trade, 'amount'),
            fee: $fee_cost === null ? null : ['cost' => $fee_cost, 'currency' => Js::get($market, 'quote')],
            info: $trade,
            market: $market,
        );
    }

    public function fetch_trades($symbol, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // transactions: the trades of the last minutesIntoHistory minutes (at most 24 hours), the newest first.
        $this->load_markets();
        $market = $this->market($symbol);
        $max_minutes = $this->safe_integer($this->options, 'maxTradeMinutes', 1440);
        $minutes = $max_minutes;
        if ($since !== null) {
            $minutes = Js::ceil(Js::divide(Js::subtract($this->milliseconds(), $since), 60000));
            $minutes = Js::max(1, Js::min($minutes, $max_minutes));
        }
        $request = ['minutesIntoHistory' => $minutes, 'currencyPair' => Js::get($market, 'id')];
        $response = $this->public_get_transactions($this->extend($request, $params));
        return $this->parse_trades($this->list_of($response), $market, $since, $limit);
    }

    public function fetch_time($params = null) {
        if ($params === null) {
            $params = [];
        }
        // system/time: { serverTime } (no envelope).
        $response = $this->public_get_system_time($params);
        $server_time = $this->safe_integer($response, 'serverTime');
        if ($server_time === null) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent a time answer without serverTime: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        return $server_time;
    }

    // --- account -------------------------------------------------------------------------------------
    public function fetch_balance($params = null) {
        if ($params === null) {
            $params = [];
        }
        // balances: { EUR: { currency, balance, reserved (in open orders), available }, ... }.
        $this->load_markets();
        $response = $this->private_post_balances($params);
        $data = $this->dict_of($response);
        $result = ['info' => $response];
        $ids = Js::keys($data);
        for ($i = 0; $i < count($ids); $i++) {
            $entry = $this->safe_dict($data, $ids[$i], []);
            $code = $this->safe_currency_code($this->safe_string($entry, 'currency', $ids[$i]));
            $account = $this->account();
            Js::set($account, 'free', $this->safe_string($entry, 'available'));
            Js::set($account, 'used', $this->safe_string($entry, 'reserved'));
            Js::set($account, 'total', $this->safe_string($entry, 'balance'));
            Js::setKey($result, $code, $account);
        }
        return $this->safe_balance($result);
    }

    public function fetch_trading_fee($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // traderFees: { maker, taker (in percent), timestamp } of one pair.
        $this->load_markets();
        $market = $this->market($symbol);
        $response = $this->private_post_trader_fees(
            $this->extend(['currencyPair' => Js::get($market, 'id')], $params),
        );
        $data = $this->dict_of($response);
        $maker = $this->safe_string($data, 'maker');
        $taker = $this->safe_string($data, 'taker');
        return [
            'symbol' => Js::get($market, 'symbol'),
            'maker' => $maker === null ? null : $this->parse_number(Precise::string_div($maker, '100')),
            'taker' => $taker === null ? null : $this->parse_number(Precise::string_div($taker, '100')),
            'info' => $response,
        ];
    }

    // --- orders --------------------------------------------------------------------------------------
    public function parse_order($order, $market = null) {
        // openOrders: { id, timestamp, type (BUY, SELL), currencyPair, price, amount (what is left of the
        // order: the push of the same list names the original size apart), orderTradeType, clientOrderId }.
        // orderHistory, orderById: { id, timestamp, type, price, remainingAmount, originalAmount,
        // cumulativeAmount, status, orderTradeType, avgPrice, trades (orderById) } without a pair.
        $raw_trades = $this->safe_list($order, 'trades');
        $market_id = $this->safe_string($order, 'currencyPair');
        if (($market_id === null) && ($market === null) && ($raw_trades !== null)) {
            // orderById names no pair: its trades do
            $market_id = $this->safe_string($this->safe_dict($raw_trades, 0, []), 'currencyPair');
        }
        $market = $this->safe_market($market_id, $market, '_');
        $trades = null;
        if ($raw_trades !== null) {
            $trades = $this->parse_trades($raw_trades, $market);
        }
        $order_trade_type = $this->safe_string($order, 'orderTradeType');
        $status = $this->safe_string($order, 'status');
        $remaining = $this->safe_string($order, 'remainingAmount');
        $order_status = $this->safe_string(Js::get($this->options, 'orderStatuses'), $status);
        if (Js::has($order, 'amount') && !(Js::has($order, 'remainingAmount'))) {
            // an open order's amount
            $remaining = $this->safe_string($order, 'amount');
            $order_status = 'open';
        }
        return $this->safe_order(
            [
                'id' => $this->safe_string($order, 'id'),
                'clientOrderId' => $this->safe_string($order, 'clientOrderId'),
                'timestamp' => $this->safe_integer($order, 'timestamp'),
                'symbol' => Js::get($market, 'symbol'),
                'type' => $order_trade_type === null ? null : $this->safe_string(
                    Js::get($this->options, 'orderTypes'),
                    $order_trade_type,
                ),
                'side' => $this->safe_string_lower($order, 'type'),
                'price' => $this->safe_string($order, 'price'),
                'average' => $this->safe_string($order, 'avgPrice'),
                'amount' => $this->safe_string($order, 'originalAmount'),
                'filled' => $this->safe_string($order, 'cumulativeAmount'),
                'remaining' => $remaining,
                'status' => $order_status,
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
        // buyLimit, sellLimit: currencyPair, amount (base), price, and the flags immediateOrCancel and postOnly
        // (0 or 1), clientOrderId (a number). buyInstant: currencyPair, total (the quote currency to spend),
        // clientOrderId; sellInstant: currencyPair, amount (base), clientOrderId. Stop orders are disabled
        // (since 2025-02-27); there is no reduce-only. Each answers the new order's id as data.
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
        $request = ['currencyPair' => Js::get($market, 'id')];
        $client_order_id = Js::get($unified, 'clientOrderId');
        if ($client_order_id !== null) {
            if (
                !(Js::truthy($this->is_digits($client_order_id))) || Js::greater(
                    Js::length($client_order_id),
                    20,
                )
            ) {
                throw new BadRequest(
                    Js::boundedText(
                        Js::toStr($this->id) . ' createOrder () clientOrderId must be a number of at most 20 digits, not ' . Js::toStr(
                            $client_order_id,
                        ),
                    ),
                );
            }
            $request['clientOrderId'] = $client_order_id;
        }
        $response = null;
        $order_amount = null;
        $order_price = null;
        $order_cost = null;
        if ($type === 'limit') {
            if ($price === null) {
                throw new ArgumentsRequired(
                    Js::boundedText(
                        Js::toStr($this->id) . ' createOrder () requires a price for a limit order',
                    ),
                );
            }
            $time_in_force = Js::get($unified, 'timeInForce');
            if ($time_in_force === 'FOK') {
                throw new NotSupported(
                    Js::boundedText(
                        Js::toStr(
                            $this->id,
                        ) . ' createOrder () does not support the unified param timeInForce FOK: limit orders are GTC, IOC or post-only',
                    ),
                );
            }
            $request['amount'] = $this->amount_to_precision($symbol, $amount);
            $request['price'] = $this->price_to_precision($symbol, $price);
            if ($time_in_force === 'IOC') {
                $request['immediateOrCancel'] = 1;
            }
            if (Js::truthy(Js::get($unified, 'postOnly'))) {
                $request['postOnly'] = 1;
            }
            $order_amount = Js::get($request, 'amount');
            $order_price = Js::get($request, 'price');
            if ($side === 'buy') {
                $response = $this->private_post_buy_limit($this->extend($request, $rest));
            } else {
                $response = $this->private_post_sell_limit($this->extend($request, $rest));
            }
        } elseif ($type === 'market') {
            if (Js::get($unified, 'timeInForce') !== null) {
                throw new NotSupported(
                    Js::boundedText(
                        Js::toStr(
                            $this->id,
                        ) . ' createOrder () does not support the unified param timeInForce for market orders: instant orders take none',
                    ),
                );
            }
            if ($side === 'buy') {
                // buyInstant spends total in the quote currency: the unified param cost, or amount x price.
                if (Js::get($unified, 'cost') !== null) {
                    $request['total'] = $this->cost_to_precision($symbol, Js::get($unified, 'cost'));
                } elseif (($amount !== null) && ($price !== null)) {
                    $request['total'] = $this->cost_to_precision(
                        $symbol,
                        Precise::string_mul(
                            $this->number_to_string($amount),
                            $this->number_to_string($price),
                        ),
                    );
                    $order_amount = $this->number_to_string($amount);
                } else {
                    throw new ArgumentsRequired(
                        Js::boundedText(
                            Js::toStr(
                                $this->id,
                            ) . ' createOrder () a market buy spends an amount of the quote currency: pass the unified param cost, or amount and price',
                        ),
                    );
                }
                $order_cost = Js::get($request, 'total');
                $response = $this->private_post_buy_instant($this->extend($request, $rest));
            } else {
                if (Js::get($unified, 'cost') !== null) {
                    throw new InvalidOrder(
                        Js::boundedText(
                            Js::toStr(
                                $this->id,
                            ) . ' createOrder () cost sizes market buys only: a market sell (sellInstant) sells an amount of the base currency',
                        ),
                    );
                }
                $request['amount'] = $this->amount_to_precision($symbol, $amount);
                $order_amount = Js::get($request, 'amount');
                $response = $this->private_post_sell_instant($this->extend($request, $rest));
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
        $id = $this->safe_string($response, 'data');
        if ($id === null) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' createOrder () sent an answer without the order id: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        return $this->safe_order(
            [
                'id' => $id,
                'clientOrderId' => $client_order_id,
                'symbol' => Js::get($market, 'symbol'),
                'type' => $type,
                'side' => $side,
                'price' => $order_price,
                'amount' => $order_amount,
                'cost' => $order_cost,
                'timeInForce' => $type === 'limit' ? Js::get($unified, 'timeInForce') : null,
                'postOnly' => Js::truthy(Js::get($unified, 'postOnly')) ? true : null,
                'info' => $response,
            ],
            $market,
        );
    }

    public function is_digits($text) {
        if (Js::strictEqual(Js::length($text), 0)) {
            return false;
        }
        $digits = '0123456789';
        for ($i = 0; Js::less($i, Js::length($text)); $i++) {
            if (Js::indexOf($digits, Js::charAt($text, $i)) < 0) {
                return false;
            }
        }
        return true;
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
        // cancelOrderWithInfo: orderId; answers { success (false when no open order has the id), remainingAmount }.
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $response = $this->private_post_cancel_order_with_info($this->extend(['orderId' => $id], $params));
        $data = $this->dict_of($response);
        if (!($this->safe_bool($data, 'success') === true)) {
            throw new OrderNotFound(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' cancelOrder () found no open order ' . Js::toStr($id) . ': ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        return $this->safe_order(
            [
                'id' => $id,
                'symbol' => $market === null ? null : Js::get($market, 'symbol'),
                'status' => 'canceled',
                'remaining' => $this->safe_string($data, 'remainingAmount'),
                'info' => $response,
            ],
            $market,
        );
    }

    public function fetch_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // orderById: orderId; the order with its trades (which name the pair).
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $response = $this->private_post_order_by_id($this->extend(['orderId' => $id], $params));
        $order = $this->dict_of($response);
        return $this->parse_order($order, $market);
    }

    public function fetch_open_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // openOrders: currencyPair (optional, every pair without it).
        $this->load_markets();
        $request = [];
        $market = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
            $request['currencyPair'] = Js::get($market, 'id');
        }
        $response = $this->private_post_open_orders($this->extend($request, $params));
        return $this->parse_orders($this->list_of($response), $market, $since, $limit);
    }

    public function order_history($method, $symbol, $limit, $params) {
        // orderHistory: currencyPair (required), limit (optional); orders of every status, the newest first,
        // without a time range.
        if ($symbol === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr($this->id) . ' ' . Js::toStr(
                        $method,
                    ) . ' () requires a symbol: orderHistory lists the orders of one pair',
                ),
            );
        }
        if ($this->safe_value($params, 'until') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr($this->id) . ' ' . Js::toStr(
                        $method,
                    ) . ' () does not support the unified param until: orderHistory takes no time range',
                ),
            );
        }
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['currencyPair' => Js::get($market, 'id')];
        if ($limit !== null) {
            $request['limit'] = $limit;
        }
        $response = $this->private_post_order_history($this->extend($request, $params));
        return $this->parse_orders($this->list_of($response), $market);
    }

    public function fetch_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $orders = $this->order_history('fetchOrders', $symbol, $limit, $params);
        return $this->filter_by_since_limit($orders, $since, $limit);
    }

    public function fetch_closed_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // orderHistory holds open orders too: asked for all (the server's default count), then filtered.
        $orders = $this->order_history('fetchClosedOrders', $symbol, null, $params);
        $result = [];
        for ($i = 0; Js::less($i, Js::length($orders)); $i++) {
            $status = Js::get(Js::get($orders, $i), 'status');
            if (($status === 'closed') || ($status === 'canceled')) {
                $result[] = Js::get($orders, $i);
            }
        }
        return $this->filter_by_since_limit($result, $since, $limit);
    }

    public function fetch_my_trades($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // tradeHistory: limit (at most 1000), sort (ASC or DESC, by default), timestampFrom, timestampTo (ms,
        // inclusive), currencyPair, orderId.
        $this->load_markets();
        $request = [];
        $market = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
            $request['currencyPair'] = Js::get($market, 'id');
        }
        if ($limit !== null) {
            $request['limit'] = Js::min($limit, 1000);
        }
        if ($since !== null) {
            $request['timestampFrom'] = $since;
            $request['sort'] = 'ASC';
        }
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            $request['timestampTo'] = $until;
        }
        $response = $this->private_post_trade_history($this->extend($request, $this->omit($params, 'until')));
        return $this->parse_trades($this->list_of($response), $market, $since, $limit);
    }

    // --- funding -------------------------------------------------------------------------------------
    public function parse_transaction($transaction, $currency = null) {
        // transferHistory: { transactionId, createdTimestamp, amountCurrency, amount, fee, walletType (BANK_WIRE,
        // BTC, ...), transferType (DEPOSIT, WITHDRAWAL), transferStatus, txid, destination, destinationTag }.
        // withdraw builds { id, amount, currency, address, tag } from its request.
        $code = $this->safe_currency_code($this->safe_string($transaction, 'amountCurrency'), $currency);
        $fee_cost = $this->safe_string($transaction, 'fee');
        $transfer_type = $this->safe_string($transaction, 'transferType');
        $type = $this->safe_string($transaction, 'type');
        if ($transfer_type === 'DEPOSIT') {
            $type = 'deposit';
        } elseif ($transfer_type === 'WITHDRAWAL') {
            $type = 'withdrawal';
        }
        return $this->safe_transaction(
            [
                'id' => $this->safe_string2($transaction, 'transactionId', 'id'),
                'txid' => $this->safe_string($transaction, 'txid'),
                'timestamp' => $this->safe_integer($transaction, 'createdTimestamp'),
                'address' => $this->safe_string2($transaction, 'destination', 'address'),
                'tag' => $this->safe_string2($transaction, 'destinationTag', 'tag'),
                'type' => $type,
                'amount' => $this->safe_string($transaction, 'amount'),
                'currency' => $code,
                'status' => $this->safe_string(
                    Js::get($this->options, 'transferStatuses'),
                    $this->safe_string($transaction, 'transferStatus'),
                ),
                'fee' => $fee_cost === null ? null : ['cost' => $fee_cost, 'currency' => $code],
                'info' => $this->safe_value($transaction, 'info', $transaction),
            ],
            $currency,
        );
    }

    public function fetch_transfers_of_type($method, $type, $code, $since, $limit, $params) {
        // transferHistory: currency, timestampFrom, timestampTo, sort, limit; deposits and withdrawals together,
        // so the server's default count (1000, its maximum) is asked for and the type filtered here.
        $this->load_markets();
        $request = [];
        $currency = null;
        if ($code !== null) {
            $currency = $this->currency($code);
            $request['currency'] = Js::get($currency, 'id');
        }
        if ($since !== null) {
            $request['timestampFrom'] = $since;
            $request['sort'] = 'ASC';
        }
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            $request['timestampTo'] = $until;
        }
        $response = $this->private_post_transfer_history(
            $this->extend($request, $this->omit($params, 'until')),
        );
        $transactions = $this->parse_transactions($this->list_of($response), $currency);
        $result = [];
        for ($i = 0; Js::less($i, Js::length($transactions)); $i++) {
            if (Js::strictEqual($this->safe_string(Js::get($transactions, $i), 'type'), $type)) {
                $result[] = Js::get($transactions, $i);
            }
        }
        return $this->filter_by_since_limit($result, $since, $limit);
    }

    public function fetch_deposits($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->fetch_transfers_of_type('fetchDeposits', 'deposit', $code, $since, $limit, $params);
    }

    public function fetch_withdrawals($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->fetch_transfers_of_type(
            'fetchWithdrawals',
            'withdrawal',
            $code,
            $since,
            $limit,
            $params,
        );
    }

    public function fetch_deposit_address($code, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // virtualCurrencyDepositAddresses: currencyName; data is a list of addresses, an address with a
        // destination tag written 'address / tag' (XRP). The API names no network: each currency has one.
        if ($this->safe_value($params, 'network') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' fetchDepositAddress () does not support the unified param network: the API keeps the addresses of one network per currency',
                ),
            );
        }
        $this->load_markets();
        $currency = $this->currency($code);
        $response = $this->private_post_virtual_currency_deposit_addresses(
            $this->extend(['currencyName' => Js::get($currency, 'id')], $params),
        );
        $addresses = $this->list_of($response);
        $first = $this->safe_value($addresses, 0);
        if (!(Js::typeof($first) === 'string')) {
            throw new InvalidAddress(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' fetchDepositAddress () found no deposit address of ' . Js::toStr($code) . ': ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        $parts = Js::split($first, ' / ');
        return [
            'currency' => Js::get($currency, 'code'),
            'address' => Js::get($parts, 0),
            'tag' => count($parts) > 1 ? Js::get($parts, 1) : null,
            'info' => $response,
        ];
    }

    public function withdraw($code, $amount, $address, $tag = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // withdrawVirtualCurrency: currencyName, address, amount, destinationTag (XRP), amountType, feePriority;
        // answers the transaction id as data. The API names no network: each currency is sent on its own.
        if ($this->safe_value($params, 'network') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' withdraw () does not support the unified param network: withdrawVirtualCurrency sends each currency on its one network',
                ),
            );
        }
        $this->load_markets();
        $currency = $this->currency($code);
        $request = [
            'currencyName' => Js::get($currency, 'id'),
            'amount' => $this->number_to_string($amount),
            'address' => $address,
        ];
        if ($tag !== null) {
            $request['destinationTag'] = $tag;
        }
        $response = $this->private_post_withdraw_virtual_currency($this->extend($request, $params));
        return $this->parse_transaction(
            [
                'id' => $this->safe_string($response, 'data'),
                'type' => 'withdrawal',
                'amountCurrency' => Js::get($currency, 'id'),
                'amount' => Js::get($request, 'amount'),
                'address' => $address,
                'tag' => $tag,
                'info' => $response,
            ],
            $currency,
        );
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
        $url = Js::boundedText(
            Js::toStr($this->safe_string(Js::get($this->urls, 'api'), $api)) . '/' . Js::toStr($path),
        );
        if ($api === 'public') {
            if (count(Js::keys($params)) > 0) {
                $url .= Js::within($url, Js::within($url, '?') . Js::toStr($this->urlencode($params)));
            }
            return ['url' => $url, 'method' => $method, 'body' => $body, 'headers' => $headers];
        }
        $this->check_required_credentials();
        if (
            Js::has($params, 'clientId') || Js::has($params, 'publicKey') || Js::has($params, 'nonce') || Js::has(
                $params,
                'signature',
            )
        ) {
            throw new BadRequest(
                Js::boundedText(
                    Js::toStr($this->id) . ' ' . Js::toStr(
                        $path,
                    ) . ' takes no parameter clientId, publicKey, nonce or signature: the request is signed with its own',
                ),
            );
        }
        $nonce = $this->number_to_string($this->nonce());
        $signature = $this->hmac(
            $this->encode(Js::add(Js::add($nonce, $this->uid), $this->apiKey)),
            $this->encode($this->secret),
            'sha256',
        );
        $auth = [
            'clientId' => $this->uid,
            'publicKey' => $this->apiKey,
            'nonce' => $nonce,
            'signature' => Js::upperCase(Js::textReceiver($signature, 'toUpperCase')),
        ];
        $body = $this->urlencode($this->extend($auth, $params));
        $headers = ['Content-Type' => 'application/x-www-form-urlencoded'];
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
        // { "error": true, "errorMessage": "...", "data": null }, with HTTP 200 or an error status.
        if (($response === null) || Js::isArray($response) || !(Js::typeof($response) === 'object')) {
            return null;
        }
        if (!($this->safe_bool($response, 'error') === true)) {
            return null;
        }
        $message = $this->safe_string($response, 'errorMessage', '');
        $feedback = Js::boundedText(
            Js::boundedText(Js::toStr($this->id) . ' ') . Js::toStr($this->excerpt($response_body)),
        );
        $this->throw_exactly_matched_exception(Js::get($this->exceptions, 'exact'), $message, $feedback);
        $this->throw_broadly_matched_exception(Js::get($this->exceptions, 'broad'), $message, $feedback);
        throw new ExchangeError($feedback);
    }
}
