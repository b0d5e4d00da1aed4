<?php

// Generated from js/bitfinex.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class bitfinex extends Exchange {
    public function describe() {
        return $this->deep_extend(
            parent::describe(),
            [
                'id' => 'bitfinex',
                'name' => 'Bitfinex',
                'countries' => ['VG'],
                'version' => 'v1',
                'rateLimit' => 1000,
                'certified' => true,
                'has' => [
                    'fetchCurrencies' => false,
                    'fetchTicker' => true,
                    'fetchTickers' => true,
                    'fetchOrderBook' => true,
                    'fetchOHLCV' => false,
                    'fetchTrades' => true,
                    'fetchBalance' => true,
                    'createOrder' => true,
                    'cancelOrder' => true,
                    'fetchOrder' => true,
                    'fetchOpenOrders' => true,
                    'fetchClosedOrders' => true,
                    'fetchMyTrades' => true,
                    'fetchDeposits' => true,
                    'fetchWithdrawals' => true,
                    'fetchDepositAddress' => true,
                    'withdraw' => true,
                    'cancelAllOrders' => true,
                    'fetchTradingFee' => true,
                    'fetchTradingFees' => true,
                    'createDepositAddress' => true,
                    'fetchDepositWithdrawFees' => true,
                    'transfer' => true,
                    'watchTicker' => true,
                    'watchOrderBook' => true,
                    'watchTrades' => true,
                    'watchOHLCV' => true,
                    'watchBalance' => true,
                    'watchOrders' => true,
                    'watchMyTrades' => true,
                ],
                'urls' => [
                    'logo' => 'https://www.bitfinex.com/assets/bfx-stacked.png',
                    'api' => 'https://api.bitfinex.com',
                    'www' => 'https://www.bitfinex.com',
                    'doc' => 'https://docs.bitfinex.com/v1/docs',
                    'fees' => 'https://www.bitfinex.com/fees',
                    'ws' => [
                        'public' => 'wss://api-pub.bitfinex.com/ws/2',
                        'private' => 'wss://api.bitfinex.com/ws/2',
                    ],
                ],
                'api' => [
                    'public' => [
                        'get' => [
                            'pubticker/{symbol}' => 1,
                            'stats/{symbol}' => 1,
                            'lendbook/{currency}' => 6,
                            'lends/{currency}' => 3,
                            'book/{symbol}' => 1,
                            'trades/{symbol}' => 1,
                            'symbols' => 1,
                            'symbols_details' => 1,
                        ],
                    ],
                    'private' => [
                        'post' => [
                            'account_infos' => 1,
                            'account_fees' => 1,
                            'summary' => 1,
                            'key_info' => 1,
                            'margin_infos' => 1,
                            'balances' => 1,
                            'transfer' => 1,
                            'deposit/new' => 1,
                            'withdraw' => 1,
                            'order/new' => 1,
                            'order/new/multi' => 1,
                            'order/cancel' => 1,
                            'order/cancel/multi' => 1,
                            'order/cancel/all' => 1,
                            'order/cancel/replace' => 1,
                            'order/status' => 1,
                            'orders' => 1,
                            'orders/hist' => 1,
                            'positions' => 1,
                            'position/close' => 1,
                            'position/claim' => 1,
                            'history' => 1,
                            'history/movements' => 1,
                            'mytrades' => 1,
                            'mytrades_funding' => 1,
                            'offer/new' => 1,
                            'offer/cancel' => 1,
                            'offer/status' => 1,
                            'offers' => 1,
                            'offers/hist' => 1,
                            'credits' => 1,
                            'taken_funds' => 1,
                            'unused_taken_funds' => 1,
                            'total_taken_funds' => 1,
                            'funding/close' => 1,
                            'basket_manage' => 1,
                        ],
                    ],
                ],
                'requiredCredentials' => ['apiKey' => true, 'secret' => true],
                'fees' => [
                    'trading' => [
                        'tierBased' => true,
                        'percentage' => true,
                        'taker' => 0.002,
                        'maker' => 0.001,
                    ],
                ],
                'precisionMode' => DECIMAL_PLACES,
                'timeframes' => [
                    '1m' => '1m',
                    '5m' => '5m',
                    '15m' => '15m',
                    '30m' => '30m',
                    '1h' => '1h',
                    '3h' => '3h',
                    '6h' => '6h',
                    '12h' => '12h',
                    '1d' => '1D',
                    '1w' => '1W',
                    '1M' => '1M',
                ],
                'commonCurrencies' => ['UST' => 'USDT', 'DSH' => 'DASH', 'IOT' => 'IOTA', 'QTM' => 'QTUM'],
                'options' => [
                    'wallet' => 'exchange',
                    'methods' => [
                        'BTC' => 'bitcoin',
                        'LTC' => 'litecoin',
                        'ETH' => 'ethereum',
                        'ETC' => 'ethereumc',
                        'USDT' => 'tetheruso',
                        'XRP' => 'ripple',
                        'XMR' => 'monero',
                        'ZEC' => 'zcash',
                        'DASH' => 'dash',
                        'EOS' => 'eos',
                        'XLM' => 'xlm',
                        'TRX' => 'trx',
                    ],
                    'networkMethods' => [
                        'BTC' => ['BTC' => 'bitcoin'],
                        'LTC' => ['LTC' => 'litecoin'],
                        'ETH' => ['ERC20' => 'ethereum'],
                        'USDT' => [
                            'ERC20' => 'tetheruse',
                            'TRC20' => 'tetherusx',
                            'OMNI' => 'tetheruso',
                            'LIQUID' => 'tetherusl',
                            'SOL' => 'tetherusdtsol',
                            'AVAXC' => 'tetherusdtavax',
                        ],
                        'XRP' => ['XRP' => 'ripple'],
                        'TRX' => ['TRC20' => 'trx'],
                    ],
                    'accountsByType' => ['spot' => 'exchange', 'margin' => 'trading', 'funding' => 'deposit'],
                    'transactionStatuses' => [
                        'COMPLETED' => 'ok',
                        'PENDING' => 'pending',
                        'PROCESSING' => 'pending',
                        'SENDING' => 'pending',
                        'CANCELED' => 'canceled',
                        'UNCONFIRMED' => 'pending',
                    ],
                ],
                'exceptions' => [
                    'exact' => [
                        'Nonce is too small.' => InvalidNonce::class,
                        'Invalid X-BFX-SIGNATURE.' => AuthenticationError::class,
                        'Could not find a key matching the given X-BFX-APIKEY.' => AuthenticationError::class,
                        'This API key does not have permission for this action' => PermissionDenied::class,
                        'No such order found.' => OrderNotFound::class,
                        'Order could not be cancelled.' => OrderNotFound::class,
                        'Unknown symbol' => BadSymbol::class,
                        'Cannot evaluate your available balance, please try again' => ExchangeNotAvailable::class,
                        'ERR_RATE_LIMIT' => RateLimitExceeded::class,
                        'Ratelimit' => RateLimitExceeded::class,
                    ],
                    'broad' => [
                        'not enough exchange balance' => InsufficientFunds::class,
                        'Invalid order' => InvalidOrder::class,
                        'Invalid address' => InvalidAddress::class,
                        'Nonce is too small' => InvalidNonce::class,
                        'Key price should be a decimal number' => InvalidOrder::class,
                        'Key amount should be a decimal number' => InvalidOrder::class,
                    ],
                ],
            ],
        );
    }

    public function nonce() {
        return $this->milliseconds();
    }

    // --- markets -------------------------------------------------------------------------------------
    public function fetch_markets($params = null) {
        if ($params === null) {
            $params = [];
        }
        $response = $this->public_get_symbols_details($params);
        $result = [];
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            $entry = Js::get($response, $i);
            $id = $this->safe_string($entry, 'pair');
            if ($id === null) {
                continue; // (no market to trade by here: its split failed the whole load with a TypeError)
            }
            // 'btcusd', or 'testbtc:testusd' when a side has more than three letters.
            $base_id = null;
            $quote_id = null;
            if (Js::indexOf($id, ':') >= 0) {
                $parts = Js::split($id, ':');
                $base_id = Js::get($parts, 0);
                $quote_id = Js::get($parts, 1);
            } else {
                $base_id = Js::slice($id, 0, 3);
                $quote_id = Js::slice($id, 3, 6);
            }
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
                    'active' => true,
                    'type' => 'spot',
                    'spot' => true,
                    'taker' => Js::get(Js::get($this->fees, 'trading'), 'taker'),
                    'maker' => Js::get(Js::get($this->fees, 'trading'), 'maker'),
                    'precision' => ['amount' => 8, 'price' => $this->safe_integer($entry, 'price_precision')],
                    'limits' => [
                        'amount' => [
                            'min' => $this->safe_number($entry, 'minimum_order_size'),
                            'max' => $this->safe_number($entry, 'maximum_order_size'),
                        ],
                        'price' => ['min' => null, 'max' => null],
                        'cost' => ['min' => null, 'max' => null],
                    ],
                    'info' => $entry,
                ],
            );
        }
        return $result;
    }

    public function price_to_precision($symbol, $price) {
        // price_precision counts significant digits, not decimal places.
        $market = $this->market($symbol);
        return $this->decimal_to_precision(
            $price,
            ROUND,
            Js::get(Js::get($market, 'precision'), 'price'),
            SIGNIFICANT_DIGITS,
            $this->paddingMode,
        );
    }

    // --- market data ---------------------------------------------------------------------------------
    public function parse_ticker($ticker, $market = null) {
        return $this->ticker_structure(
            symbol: $this->safe_symbol(null, $market),
            timestamp: $this->safe_timestamp($ticker, 'timestamp'),
            high: $this->safe_string($ticker, 'high'),
            low: $this->safe_string($ticker, 'low'),
            bid: $this->safe_string($ticker, 'bid'),
            ask: $this->safe_string($ticker, 'ask'),
            last: $this->safe_string($ticker, 'last_price'),
            average: $this->safe_string($ticker, 'mid'),
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
        $response = $this->public_get_pubticker_symbol(
            $this->extend(['symbol' => Js::get($market, 'id')], $params),
        );
        return $this->parse_ticker($response, $market);
    }

    public function fetch_tickers($symbols = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // v1 has one ticker per request: the symbols are required, and each costs a request.
        if ($symbols === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' fetchTickers () requires a list of symbols: the v1 API has no request for all tickers',
                ),
            );
        }
        $this->load_markets();
        $result = [];
        for ($i = 0; Js::less($i, Js::length($symbols)); $i++) {
            $ticker = $this->fetch_ticker(Js::get($symbols, $i), $params);
            Js::setKey($result, Js::get($ticker, 'symbol'), $ticker);
        }
        return $result;
    }

    public function fetch_order_book($symbol, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['symbol' => Js::get($market, 'id')];
        if ($limit !== null) {
            $request['limit_bids'] = $limit;
            $request['limit_asks'] = $limit;
        }
        $response = $this->public_get_book_symbol($this->extend($request, $params));
        return $this->parse_order_book(
            $response,
            Js::get($market, 'symbol'),
            null,
            'bids',
            'asks',
            'price',
            'amount',
        );
    }

    public function parse_trade($trade, $market = null) {
        // Public: { timestamp, tid, price, amount, exchange, type: 'sell' }; mytrades adds order_id and
        // the fee as a negative fee_amount in fee_currency, with type 'Buy' or 'Sell'.
        $fee = null;
        $fee_amount = $this->safe_string($trade, 'fee_amount');
        if ($fee_amount !== null) {
            $fee = [
                'cost' => Precise::string_neg($fee_amount),
                'currency' => $this->safe_currency_code($this->safe_string($trade, 'fee_currency')),
            ];
        }
        return $this->trade_structure(
            id: $this->safe_string($trade, 'tid'),
            order: $this->safe_string($trade, 'order_id'),
            symbol: $this->safe_symbol(null, $market),
            timestamp: $this->safe_timestamp($trade, 'timestamp'),
            side: $this->safe_string_lower($trade, 'type'),
            price: $this->safe_string($trade, 'price'),
            amount: $this->safe_string($trade, 'amount'),
            fee: $fee,
            info: $trade,
            market: $market,
        );
    }

    public function fetch_trades($symbol, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['symbol' => Js::get($market, 'id')];
        if ($since !== null) {
            $request['timestamp'] = Js::floor(Js::divide($since, 1000));
        }
        if ($limit !== null) {
            $request['limit_trades'] = $limit;
        }
        $response = $this->public_get_trades_symbol($this->extend($request, $params));
        return $this->parse_trades($response, $market, $since, $limit);
    }

    // --- account -------------------------------------------------------------------------------------
    public function fetch_balance($params = null) {
        if ($params === null) {
            $params = [];
        }
        // One wallet at a time: options['wallet'] ('exchange', 'trading' or 'deposit').
        $this->load_markets();
        $wallet = $this->safe_string($params, 'wallet', Js::get($this->options, 'wallet'));
        $response = $this->private_post_balances($this->omit($params, 'wallet'));
        $result = ['info' => $response];
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            $entry = Js::get($response, $i);
            if (Js::strictEqual($this->safe_string($entry, 'type'), $wallet)) {
                $account = $this->account();
                Js::set($account, 'total', $this->safe_string($entry, 'amount'));
                Js::set($account, 'free', $this->safe_string($entry, 'available'));
                Js::setKey(
                    $result,
                    $this->safe_currency_code($this->safe_string($entry, 'currency')),
                    $account,
                );
            }
        }
        return $this->safe_balance($result);
    }

    // --- orders --------------------------------------------------------------------------------------
    public function fetch_trading_fees($params = null) {
        if ($params === null) {
            $params = [];
        }
        // account_infos: the account's maker and taker fees in percent, and per currency ('pairs') those of
        // the markets of that base currency.
        $this->load_markets();
        $response = $this->private_post_account_infos($params);
        $account = $this->safe_dict($response, 0, []);
        $by_currency = $this->index_by($this->safe_list($account, 'fees', []), 'pairs');
        $result = [];
        for ($i = 0; Js::less($i, Js::length($this->symbols)); $i++) {
            $market = $this->market(Js::get($this->symbols, $i));
            $fees = $this->safe_dict(
                $by_currency,
                Js::upperCase(Js::textReceiver(Js::get($market, 'baseId'), 'toUpperCase')),
                $account,
            );
            Js::setKey(
                $result,
                Js::get($market, 'symbol'),
                [
                    'symbol' => Js::get($market, 'symbol'),
                    'maker' => $this->parse_number(
                        Precise::string_div($this->safe_string($fees, 'maker_fees'), '100'),
                    ),
                    'taker' => $this->parse_number(
                        Precise::string_div($this->safe_string($fees, 'taker_fees'), '100'),
                    ),
                    'info' => $account,
                ],
            );
        }
        return $result;
    }

    public function fetch_trading_fee($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // account_infos reports every market at once.
        return $this->trading_fee_of_all($symbol, $params);
    }

    public function parse_order($order, $market = null) {
        $market = $this->safe_market($this->safe_string($order, 'symbol'), $market);
        $status = 'closed';
        if ($this->safe_bool($order, 'is_live') === true) {
            $status = 'open';
        } elseif ($this->safe_bool($order, 'is_cancelled') === true) {
            $status = 'canceled';
        }
        // 'exchange limit' is a limit order on the exchange wallet; 'limit' one on the margin wallet. A stop
        // is a market order triggered at its price; fill-or-kill a limit order with timeInForce FOK; the price
        // of a trailing stop is its trailing distance, not a price.
        [$type, $time_in_force, $kind] = Js::destructure(
            $this->order_kind($this->safe_string($order, 'type')),
            3,
        );
        $price = $this->safe_string($order, 'price');
        $trigger_price = null;
        if ($kind === 'stop') {
            $trigger_price = $price;
            $price = null;
        } elseif ($kind === 'trailing') {
            $price = null;
        }
        $average = $this->safe_string($order, 'avg_execution_price');
        if (($average !== null) && Precise::string_eq($average, '0')) {
            $average = null;
        }
        return $this->safe_order(
            [
                'id' => $this->safe_string($order, 'id'),
                'symbol' => Js::get($market, 'symbol'),
                'timestamp' => $this->safe_timestamp($order, 'timestamp'),
                'status' => $status,
                'type' => $type,
                'timeInForce' => $time_in_force,
                'side' => $this->safe_string($order, 'side'),
                'price' => $price,
                'triggerPrice' => $trigger_price,
                'amount' => $this->safe_string($order, 'original_amount'),
                'filled' => $this->safe_string($order, 'executed_amount'),
                'remaining' => $this->safe_string($order, 'remaining_amount'),
                'average' => $average,
                'info' => $order,
            ],
            $market,
        );
    }

    public function order_kind($name) {
        // An order type of v1 ('exchange limit', 'stop', 'trailing-stop', 'fill-or-kill', with or without
        // 'exchange ') or of v2 ('EXCHANGE LIMIT', 'STOP LIMIT', 'TRAILING STOP', 'FOK', 'IOC'):
        // [ unified type, timeInForce, 'stop' (its price is the trigger) or 'trailing' (its price is the
        // trailing distance) or undefined ].
        if ($name === null) {
            return [null, null, null];
        }
        $kind = Js::join(Js::split(Js::lowerCase(Js::textReceiver($name, 'toLowerCase')), '-'), ' ');
        if (str_starts_with($kind, 'exchange ')) {
            $kind = Js::slice($kind, 9);
        }
        if ($kind === 'stop') {
            return ['market', null, 'stop'];
        }
        if ($kind === 'stop limit') {
            return ['limit', null, 'stop'];
        }
        if ($kind === 'trailing stop') {
            return ['market', null, 'trailing'];
        }
        if (($kind === 'fill or kill') || ($kind === 'fok')) {
            return ['limit', 'FOK', null];
        }
        if ($kind === 'ioc') {
            return ['limit', 'IOC', null];
        }
        return [$kind, null, null];
    }

    public function create_order($symbol, $type, $side, $amount, $price = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // order/new on the exchange wallet. The unified params map to v1's fields and types: postOnly is
        // is_postonly; timeInForce FOK is the type 'exchange fill-or-kill'; triggerPrice or stopLossPrice on a
        // market order is the type 'exchange stop' with the trigger as its price. v1 has no stop-limit,
        // take-profit, IOC, client order id, quote-sized order or reduce-only: those are NotSupported.
        $this->load_markets();
        $market = $this->market($symbol);
        [$unified, $rest] = Js::destructure($this->unified_order_params($type, $params), 2);
        $this->reject_unified_params(
            'createOrder',
            $unified,
            ['takeProfitPrice', 'reduceOnly', 'clientOrderId', 'cost'],
        );
        if (($type === 'limit') && ($price === null)) {
            throw new ArgumentsRequired(
                Js::boundedText(Js::toStr($this->id) . ' createOrder () requires a price for a limit order'),
            );
        }
        $time_in_force = Js::get($unified, 'timeInForce');
        if ($time_in_force === 'IOC') {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' createOrder () timeInForce IOC is not supported: v1 has fill-or-kill (FOK) only',
                ),
            );
        }
        $trigger = Js::get($unified, 'trigger');
        if (($trigger !== null) && !($type === 'market')) {
            throw new NotSupported(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' createOrder () ') . Js::toStr(
                        Js::get($unified, 'triggerKind'),
                    ) . ' is supported on market orders only (v1 has no stop-limit order)',
                ),
            );
        }
        $bitfinex_type = $type;
        if ($trigger !== null) {
            $bitfinex_type = 'stop';
        } elseif ($time_in_force === 'FOK') {
            if (!($type === 'limit')) {
                throw new InvalidOrder(
                    Js::boundedText(
                        Js::toStr($this->id) . ' createOrder () timeInForce FOK applies to limit orders only',
                    ),
                );
            }
            $bitfinex_type = 'fill-or-kill';
        }
        $request = [
            'symbol' => Js::get($market, 'id'),
            'amount' => $this->amount_to_precision($symbol, $amount),
            'side' => $side,
            'type' => Js::boundedText('exchange ' . Js::toStr($bitfinex_type)),
            'exchange' => 'bitfinex',
        ];
        if ($trigger !== null) {
            $request['price'] = $this->price_to_precision($symbol, $trigger);
        } elseif ($type === 'market') {
            // The price is required but not used for market orders.
            $request['price'] = '1';
        } else {
            $request['price'] = $this->price_to_precision($symbol, $price);
        }
        if (Js::truthy(Js::get($unified, 'postOnly'))) {
            $request['is_postonly'] = true;
        }
        $response = $this->private_post_order_new($this->extend($request, $rest));
        return $this->parse_order($response, $market);
    }

    public function cancel_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $response = $this->private_post_order_cancel(
            $this->extend(['order_id' => Js::parseInt($id)], $params),
        );
        return $this->parse_order($response);
    }

    public function cancel_all_orders($symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // order/cancel/all (every symbol), or order/cancel/multi with the ids of the symbol's open orders;
        // both answer with a message only: the orders canceled are those listed open just before (one that
        // fills in between is reported canceled).
        $open = $this->fetch_open_orders($symbol);
        $response = null;
        if ($symbol === null) {
            $response = $this->private_post_order_cancel_all($params);
        } elseif (Js::strictEqual(Js::length($open), 0)) {
            return [];
        } else {
            $ids = [];
            for ($i = 0; Js::less($i, Js::length($open)); $i++) {
                $ids[] = Js::parseInt(Js::get(Js::get($open, $i), 'id'));
            }
            $response = $this->private_post_order_cancel_multi($this->extend(['order_ids' => $ids], $params));
        }
        return $this->canceled_orders($open, $response);
    }

    public function fetch_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $response = $this->private_post_order_status(
            $this->extend(['order_id' => Js::parseInt($id)], $params),
        );
        return $this->parse_order($response);
    }

    public function fetch_open_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $response = $this->private_post_orders($params);
        $market = $symbol === null ? null : $this->market($symbol);
        return $this->parse_orders($response, $market, $since, $limit);
    }

    public function fetch_closed_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // orders/hist: the orders of the last three days that are no longer live; it takes no time range.
        if ($this->safe_value($params, 'until') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' fetchClosedOrders () does not support the unified param until: orders/hist takes no time range',
                ),
            );
        }
        $this->load_markets();
        $request = [];
        if ($limit !== null) {
            $request['limit'] = $limit;
        }
        $response = $this->private_post_orders_hist($this->extend($request, $params));
        $market = $symbol === null ? null : $this->market($symbol);
        return $this->parse_orders($response, $market, $since, $limit);
    }

    public function fetch_my_trades($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        if ($symbol === null) {
            throw new ArgumentsRequired(
                Js::boundedText(Js::toStr($this->id) . ' fetchMyTrades () requires a symbol argument'),
            );
        }
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['symbol' => Js::get($market, 'id')];
        if ($since !== null) {
            $request['timestamp'] = Js::floor(Js::divide($since, 1000));
        }
        if ($limit !== null) {
            $request['limit_trades'] = $limit;
        }
        // mytrades names its end time until too, in seconds.
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            $request['until'] = Js::floor(Js::divide($until, 1000));
        }
        $response = $this->private_post_mytrades($this->extend($request, $this->omit($params, 'until')));
        return $this->parse_trades($response, $market, $since, $limit);
    }

    // --- funding -------------------------------------------------------------------------------------
    public function parse_transaction($transaction, $currency = null) {
        $code = $this->safe_currency_code($this->safe_string($transaction, 'currency'), $currency);
        $status = $this->safe_string($transaction, 'status');
        $fee = null;
        $fee_cost = $this->safe_string($transaction, 'fee');
        if ($fee_cost !== null) {
            $fee = ['cost' => Precise::string_abs($fee_cost), 'currency' => $code];
        }
        return $this->safe_transaction(
            [
                'id' => $this->safe_string($transaction, 'id'),
                'txid' => $this->safe_string($transaction, 'txid'),
                'timestamp' => $this->safe_timestamp($transaction, 'timestamp_created'),
                'updated' => $this->safe_timestamp($transaction, 'timestamp'),
                'address' => $this->safe_string($transaction, 'address'),
                'network' => $this->method_network($code, $this->safe_string_lower($transaction, 'method')),
                'type' => $this->safe_string_lower($transaction, 'type'),
                'amount' => $this->safe_string($transaction, 'amount'),
                'currency' => $code,
                'status' => $this->safe_string(
                    Js::get($this->options, 'transactionStatuses'),
                    $status,
                    $status,
                ),
                'fee' => $fee,
                'info' => $transaction,
            ],
            $currency,
        );
    }

    public function fetch_movements($type, $code, $since, $limit, $params) {
        // history/movements lists both deposits and withdrawals of one currency.
        if ($code === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr($this->id) . ' requires a currency code to list deposits or withdrawals',
                ),
            );
        }
        $this->load_markets();
        $currency = $this->currency($code);
        $request = ['currency' => Js::upperCase(Js::textReceiver(Js::get($currency, 'id'), 'toUpperCase'))];
        if ($since !== null) {
            $request['since'] = Js::floor(Js::divide($since, 1000));
        }
        // history/movements names its end time until too, in seconds.
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            $request['until'] = Js::floor(Js::divide($until, 1000));
        }
        if ($limit !== null) {
            $request['limit'] = $limit;
        }
        $response = $this->private_post_history_movements(
            $this->extend($request, $this->omit($params, 'until')),
        );
        $transactions = $this->parse_transactions($response, $currency, $since);
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
        return $this->fetch_movements('deposit', $code, $since, $limit, $params);
    }

    public function fetch_withdrawals($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->fetch_movements('withdrawal', $code, $since, $limit, $params);
    }

    public function transfer_method($code, $params) {
        // The deposit or withdrawal method: params['method'], else that of the unified network
        // params['network'] (options['networkMethods']), else the currency's own (options['methods']).
        $given = $this->safe_string($params, 'method');
        $network = $this->safe_string_upper($params, 'network');
        if ($network === null) {
            if ($given !== null) {
                return $given;
            }
            $own = $this->safe_string(Js::get($this->options, 'methods'), $code);
            if ($own === null) {
                throw new NotSupported(
                    Js::boundedText(
                        Js::toStr($this->id) . ' knows no deposit or withdrawal method for ' . Js::toStr(
                            $code,
                        ) . ': pass params["method"] or a unified network',
                    ),
                );
            }
            return $own;
        }
        $method = $this->safe_string(
            $this->safe_dict(Js::get($this->options, 'networkMethods'), $code, []),
            $network,
        );
        if ($method === null) {
            throw new BadRequest(
                Js::boundedText(
                    Js::toStr($this->id) . ' knows no ' . Js::toStr($code) . ' method on the unified network ' . Js::toStr(
                        $network,
                    ),
                ),
            );
        }
        if (($given !== null) && !Js::strictEqual($given, $method)) {
            throw new BadRequest(
                Js::boundedText(
                    Js::toStr($this->id) . ' the method ' . Js::toStr($given) . ' is not the ' . Js::toStr($code) . ' method on the unified network ' . Js::toStr(
                        $network,
                    ),
                ),
            );
        }
        return $method;
    }

    public function method_network($code, $method) {
        // The unified network of a currency's method (options['networkMethods']), else the method itself.
        $by_network = $this->safe_dict(Js::get($this->options, 'networkMethods'), $code, []);
        $networks = Js::keys($by_network);
        for ($i = 0; $i < count($networks); $i++) {
            if (Js::strictEqual($this->safe_string($by_network, $networks[$i]), $method)) {
                return $networks[$i];
            }
        }
        return $method;
    }

    public function fetch_deposit_address($code, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->deposit_address($code, 0, $params);
    }

    public function create_deposit_address($code, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->deposit_address($code, 1, $params);
    }

    public function deposit_address($code, $renew, $params) {
        // deposit/new of the method (transferMethod) into options['wallet']; renew 1 makes a new address.
        $this->load_markets();
        $request = [
            'method' => $this->transfer_method($code, $params),
            'wallet_name' => Js::get($this->options, 'wallet'),
            'renew' => $renew,
        ];
        $response = $this->private_post_deposit_new(
            $this->extend($request, $this->omit($params, ['method', 'network'])),
        );
        // Currencies with a memo answer with the memo as 'address' and the shared address as 'address_pool'.
        $address = $this->safe_string($response, 'address');
        $tag = null;
        $pool = $this->safe_string($response, 'address_pool');
        if ($pool !== null) {
            $tag = $address;
            $address = $pool;
        }
        return [
            'currency' => $code,
            'address' => $address,
            'tag' => $tag,
            'network' => $this->method_network($code, Js::get($request, 'method')),
            'info' => $response,
        ];
    }

    public function withdraw($code, $amount, $address, $tag = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // withdraw_type is the method (transferMethod), from options['wallet'].
        $this->load_markets();
        $request = [
            'withdraw_type' => $this->transfer_method($code, $params),
            'walletselected' => Js::get($this->options, 'wallet'),
            'amount' => $this->number_to_string($amount),
            'address' => $address,
        ];
        if ($tag !== null) {
            $request['payment_id'] = $tag;
        }
        $response = $this->private_post_withdraw(
            $this->extend($request, $this->omit($params, ['method', 'network'])),
        );
        $result = $this->safe_dict($response, 0, []);
        $status = $this->safe_string($result, 'status');
        if (!($status === 'success')) {
            throw new ExchangeError(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' withdraw () failed: ') . $this->safe_string(
                        $result,
                        'message',
                        '',
                    ),
                ),
            );
        }
        return $this->safe_transaction(
            [
                'id' => $this->safe_string($result, 'withdrawal_id'),
                'type' => 'withdrawal',
                'address' => $address,
                'tag' => $tag,
                'network' => $this->method_network($code, Js::get($request, 'withdraw_type')),
                'amount' => Js::get($request, 'amount'),
                'currency' => $code,
                'info' => $response,
            ],
        );
    }

    public function fetch_deposit_withdraw_fees($codes = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // account_fees: { withdraw: { currency: fee } }, the account's withdrawal fee of each currency (an
        // amount); deposits and networks are not reported.
        $this->load_markets();
        $response = $this->private_post_account_fees($params);
        $fees = $this->safe_dict($response, 'withdraw', []);
        $ids = Js::keys($fees);
        $result = [];
        for ($i = 0; $i < count($ids); $i++) {
            $code = $this->safe_currency_code($ids[$i]);
            if (($codes !== null) && !(Js::truthy($this->in_array($code, $codes)))) {
                continue;
            }
            Js::setKey(
                $result,
                $code,
                [
                    'code' => $code,
                    'withdraw' => $this->fee_amount($this->safe_number($fees, $ids[$i])),
                    'deposit' => [],
                    'networks' => [],
                    'info' => $this->safe_value($fees, $ids[$i]),
                ],
            );
        }
        return $result;
    }

    public function transfer($code, $amount, $from_account, $to_account, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // transfer between the wallets of the account: { status, message } in a list.
        $this->load_markets();
        $currency = $this->currency($code);
        $request = [
            'amount' => $this->number_to_string($amount),
            'currency' => Js::upperCase(Js::textReceiver(Js::get($currency, 'id'), 'toUpperCase')),
            'walletfrom' => $this->account_type_id($from_account),
            'walletto' => $this->account_type_id($to_account),
        ];
        $response = $this->private_post_transfer($this->extend($request, $params));
        $result = $this->safe_dict($response, 0, []);
        $status = $this->safe_string($result, 'status');
        if (!($status === 'success')) {
            throw new ExchangeError(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' transfer () failed: ') . $this->safe_string(
                        $result,
                        'message',
                        '',
                    ),
                ),
            );
        }
        return $this->safe_transfer(
            [
                'currency' => $code,
                'amount' => Js::get($request, 'amount'),
                'fromAccount' => $from_account,
                'toAccount' => $to_account,
                'status' => 'ok',
                'info' => $response,
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
        $request = Js::boundedText(
            Js::boundedText('/' . Js::toStr($this->version) . '/') . Js::toStr(
                $this->implode_params($path, $params),
            ),
        );
        $url = Js::boundedText(Js::toStr(Js::get($this->urls, 'api')) . $request);
        $query = $this->omit($params, $this->extract_params($path));
        if ($api === 'public') {
            if (count(Js::keys($query)) > 0) {
                $url .= Js::within($url, Js::within($url, '?') . Js::toStr($this->urlencode($query)));
            }
            return ['url' => $url, 'method' => $method, 'body' => $body, 'headers' => $headers];
        }
        // The payload is the JSON body with the path and a nonce, base64-encoded in X-BFX-PAYLOAD and
        // signed with HMAC-SHA384 (hex) in X-BFX-SIGNATURE.
        $this->check_required_credentials();
        $body = $this->json(
            $this->extend(
                ['request' => $request, 'nonce' => $this->number_to_string($this->nonce())],
                $query,
            ),
        );
        $payload = $this->string_to_base64($body);
        $headers = [
            'X-BFX-APIKEY' => $this->apiKey,
            'X-BFX-PAYLOAD' => $payload,
            'X-BFX-SIGNATURE' => $this->hmac($this->encode($payload), $this->encode($this->secret), 'sha384'),
            'Content-Type' => 'application/json',
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
        // Errors are { "message": "..." } (or { "error": "ERR_RATE_LIMIT" }) with HTTP 4xx or 5xx.
        if (Js::less($status, 400) || ($response === null) || Js::isArray($response)) {
            return;
        }
        $message = $this->safe_string2($response, 'message', 'error');
        if ($message === null) {
            return;
        }
        $feedback = Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($message));
        $this->throw_exactly_matched_exception(Js::get($this->exceptions, 'exact'), $message, $feedback);
        $this->throw_broadly_matched_exception(Js::get($this->exceptions, 'broad'), $message, $feedback);
        throw new ExchangeError($feedback);
    }

    // --- streaming: WebSocket API v2, public channels (https://docs.bitfinex.com/docs/ws-public) --------------------
    public function stream_symbol($market) {
        // v2 names trading pairs tBTCUSD where v1 says btcusd.
        return Js::boundedText('t' . Js::upperCase(Js::textReceiver(Js::get($market, 'id'), 'toUpperCase')));
    }

    public function watch_channel($channel, $market, $message_hash, $extra = null) {
        if ($extra === null) {
            $extra = [];
        }
        $symbol = $this->stream_symbol($market);
        $message = $this->extend(
            ['event' => 'subscribe', 'channel' => $channel, 'symbol' => $symbol],
            $extra,
        );
        $this->request_channel(Js::boundedText(Js::toStr($channel) . ':' . Js::toStr($symbol)));
        return $this->watch(
            $this->stream_url('public'),
            $message_hash,
            Js::boundedText(Js::toStr($channel) . ':' . Js::toStr($symbol)),
            $message,
        );
    }

    public function request_channel($subscribe_hash) {
        // The subscriptions sent, by subscribe hash: a subscribed event is kept only for one of them. One watched
        // again is no longer abandoned (see unWatchChannel): its subscribed event is the new watch's.
        $requested = $this->stream_state('requestedChannels', []);
        Js::set($requested, $subscribe_hash, true);
        $this->set_stream_state('requestedChannels', $requested);
        $abandoned = $this->stream_state('abandonedChannels', []);
        Js::delete($abandoned, $subscribe_hash);
        $this->set_stream_state('abandonedChannels', $abandoned);
    }

    public function watch_ticker($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $market = $this->market($symbol);
        return $this->watch_channel(
            'ticker',
            $market,
            Js::boundedText('ticker:' . Js::toStr(Js::get($market, 'symbol'))),
        );
    }

    public function watch_trades($symbol, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $market = $this->market($symbol);
        $trades = $this->watch_channel(
            'trades',
            $market,
            Js::boundedText('trades:' . Js::toStr(Js::get($market, 'symbol'))),
        );
        return $this->filter_by_since_limit($trades, $since, $limit, 'timestamp', true);
    }

    public function watch_ohlcv($symbol, $timeframe = null, $since = null, $limit = null, $params = null) {
        if ($timeframe === null) {
            $timeframe = '1m';
        }
        if ($params === null) {
            $params = [];
        }
        // The candles channel names its stream by a key: trade:<timeframe>:<symbol>.
        $this->load_markets();
        $market = $this->market($symbol);
        $key = Js::boundedText(
            Js::boundedText('trade:' . Js::toStr($this->stream_timeframe($timeframe)) . ':') . Js::toStr(
                $this->stream_symbol($market),
            ),
        );
        $message = ['event' => 'subscribe', 'channel' => 'candles', 'key' => $key];
        $this->request_channel(Js::boundedText('candles:' . $key));
        $candles = $this->watch(
            $this->stream_url('public'),
            Js::boundedText('ohlcv:' . $key),
            Js::boundedText('candles:' . $key),
            $message,
        );
        return $this->filter_by_since_limit($candles, $since, $limit, 0, true);
    }

    public function un_watch_ticker($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->un_watch_channel('ticker', $symbol, 'ticker:');
    }

    public function un_watch_trades($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->un_watch_channel('trades', $symbol, 'trades:');
    }

    public function un_watch_order_book($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->un_watch_channel('book', $symbol, 'book:');
    }

    public function un_watch_channel($channel, $symbol, $prefix) {
        // Unsubscribing names the chanId that the subscribed event gave. That event may not have come yet (none has,
        // or after a reconnect the chanId known is the last connection's): the subscription is abandoned, so that
        // an event of it still to come unsubscribes it (handleSubscribed), where the server went on sending its
        // frames and refused the next watch of it as already subscribed.
        $this->load_markets();
        $market = $this->market($symbol);
        $subscribe_hash = Js::boundedText(
            Js::boundedText(Js::toStr($channel) . ':') . Js::toStr($this->stream_symbol($market)),
        );
        $chan_ids = $this->stream_state('chanIds', []);
        $channels = $this->stream_state('channels', []);
        $requested = $this->stream_state('requestedChannels', []);
        $chan_key = $this->safe_string($chan_ids, $subscribe_hash);
        $chan_id = $this->safe_integer($chan_ids, $subscribe_hash);
        if (Js::truthy($this->channel_names($channels, $chan_key, $subscribe_hash))) {
            Js::delete($channels, $chan_key);
        }
        if ($this->safe_value($requested, $subscribe_hash) !== null) {
            $abandoned = $this->stream_state('abandonedChannels', []);
            Js::set($abandoned, $subscribe_hash, true);
            $this->set_stream_state('abandonedChannels', $abandoned);
        }
        Js::delete($chan_ids, $subscribe_hash);
        Js::delete($requested, $subscribe_hash);
        $this->set_stream_state('channels', $channels);
        $this->set_stream_state('chanIds', $chan_ids);
        $this->set_stream_state('requestedChannels', $requested);
        $this->set_stream_state(Js::add($prefix, Js::get($market, 'symbol')), null);
        $message = $chan_id === null ? null : ['event' => 'unsubscribe', 'chanId' => $chan_id];
        $this->unwatch($this->stream_url('public'), $subscribe_hash, $message);
    }

    public function watch_order_book($symbol, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // The raw precision book (P0) of 25 levels a side, with checksums: the connection asks for them once
        // (conf flag 131072), before its first book.
        $this->load_markets();
        $market = $this->market($symbol);
        $this->remember_book_limit(Js::get($market, 'symbol'), $limit);
        $url = $this->stream_url('public');
        $this->subscribe($url, 'conf', ['event' => 'conf', 'flags' => 131072]);
        $book = $this->watch_channel(
            'book',
            $market,
            Js::boundedText('book:' . Js::toStr(Js::get($market, 'symbol'))),
            ['prec' => 'P0', 'freq' => 'F0', 'len' => '25'],
        );
        return $this->limit_order_book($book, $limit);
    }

    // the account info channel (chanId 0) of an authenticated connection (https://docs.bitfinex.com/docs/ws-auth)
    public function authentication_message() {
        // HMAC-SHA384 (hex) of 'AUTH' + nonce; the nonce grows with the clock (microseconds).
        $this->check_required_credentials();
        $nonce = $this->number_to_string(Js::multiply($this->milliseconds(), 1000));
        $payload = Js::boundedText('AUTH' . Js::toStr($nonce));
        return [
            'event' => 'auth',
            'apiKey' => $this->apiKey,
            'authSig' => $this->hmac($this->encode($payload), $this->encode($this->secret), 'sha384'),
            'authNonce' => $nonce,
            'authPayload' => $payload,
        ];
    }

    public function resubscribe_message($url, $subscribe_hash, $message) {
        // A new connection is authenticated with a new nonce.
        return $subscribe_hash === 'auth' ? $this->authentication_message() : $message;
    }

    public function watch_account($message_hash) {
        // Authenticating subscribes to everything of the account: each watch waits for its part.
        $this->load_markets();
        return $this->watch(
            $this->stream_url('private'),
            $message_hash,
            'auth',
            $this->authentication_message(),
        );
    }

    public function watch_balance($params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->watch_account('balance');
    }

    public function watch_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $orders = $this->watch_account('orders');
        return $this->filter_by_symbol_since_limit($orders, $symbol, $since, $limit, true);
    }

    public function watch_my_trades($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $trades = $this->watch_account('myTrades');
        return $this->filter_by_symbol_since_limit($trades, $symbol, $since, $limit, true);
    }

    public function handle_account_message($url, $message) {
        // [ 0, 'ws', wallets ] and [ 0, 'wu', wallet ]; [ 0, 'os', orders ] and [ 0, 'on' | 'ou' | 'oc', order ];
        // [ 0, 'tu', trade ] (the trade with its fee; 'te', the same trade earlier without it, is left out).
        $kind = $this->safe_string($message, 1);
        $payload = $this->safe_list($message, 2, []);
        if ($kind === 'ws') {
            $this->handle_wallets($url, $payload);
        } elseif ($kind === 'wu') {
            $this->handle_wallets($url, [$payload]);
        } elseif ($kind === 'os') {
            for ($i = 0; $i < count($payload); $i++) {
                $this->handle_stream_order($url, Js::get($payload, $i));
            }
        } elseif (($kind === 'on') || ($kind === 'ou') || ($kind === 'oc')) {
            $this->handle_stream_order($url, $payload);
        } elseif ($kind === 'tu') {
            $this->handle_stream_my_trade($url, $payload);
        }
    }

    public function handle_wallets($url, $wallets) {
        // [ type, currency, balance, unsettled interest, available balance, ... ]: the exchange wallets only.
        $accounts = [];
        for ($i = 0; Js::less($i, Js::length($wallets)); $i++) {
            if (!($this->safe_string(Js::get($wallets, $i), 0) === 'exchange')) {
                continue;
            }
            $account = $this->account();
            Js::set($account, 'total', $this->safe_string(Js::get($wallets, $i), 2));
            Js::set($account, 'free', $this->safe_string(Js::get($wallets, $i), 4));
            Js::setKey(
                $accounts,
                $this->safe_currency_code($this->safe_string(Js::get($wallets, $i), 1)),
                $account,
            );
        }
        $this->resolve_balance($url, $accounts, $wallets);
    }

    public function stream_market($symbol) {
        // tBTCUSD -> the market btcusd.
        return $this->safe_market(
            $symbol === null ? null : Js::lowerCase(Js::textReceiver(Js::slice($symbol, 1), 'toLowerCase')),
        );
    }

    public function handle_stream_order($url, $order) {
        // [ id, gid, cid, symbol, created, updated, amount left (negative: a sell), amount, type, previous type,
        //   time in force, _, flags, status, _, _, price, average price, ... ]
        $market = $this->stream_market($this->safe_string($order, 3));
        $amount = $this->safe_string($order, 7);
        $status = $this->safe_string($order, 13, '');
        $unified = 'open';
        if (str_starts_with($status, 'EXECUTED')) {
            $unified = 'closed';
        } elseif (Js::indexOf($status, 'CANCELED') >= 0) {
            $unified = 'canceled';
        }
        // A stop's PRICE is its trigger (a stop limit's limit price is PRICE_AUX_LIMIT), a trailing stop's
        // PRICE_TRAILING its distance.
        [$type, $time_in_force, $kind] = Js::destructure($this->order_kind($this->safe_string($order, 8)), 3);
        $price = $this->safe_string($order, 16);
        $trigger_price = null;
        if ($kind === 'stop') {
            $trigger_price = $price;
            $price = $type === 'limit' ? $this->safe_string($order, 19) : null;
        } elseif ($kind === 'trailing') {
            $price = null;
        }
        $result = $this->safe_order(
            [
                'id' => $this->safe_string($order, 0),
                'clientOrderId' => $this->safe_string($order, 2),
                'symbol' => Js::get($market, 'symbol'),
                'timestamp' => $this->safe_integer($order, 4),
                'lastUpdateTimestamp' => $this->safe_integer($order, 5),
                'status' => $unified,
                'type' => $type,
                'timeInForce' => $time_in_force,
                'side' => Precise::string_lt($amount, '0') ? 'sell' : 'buy',
                'price' => $price,
                'triggerPrice' => $trigger_price,
                'average' => $this->safe_string($order, 17),
                'amount' => Precise::string_abs($amount),
                'remaining' => Precise::string_abs($this->safe_string($order, 6)),
                'info' => $order,
            ],
            $market,
        );
        $this->resolve_order($url, 'orders', $result);
    }

    public function handle_stream_my_trade($url, $trade) {
        // [ id, symbol, time, order id, amount (negative: a sell), price, order type, order price, maker (1, or
        //   -1 for a taker), fee (negative: paid), fee currency, cid ]
        $market = $this->stream_market($this->safe_string($trade, 1));
        $amount = $this->safe_string($trade, 4);
        $fee = $this->safe_string($trade, 9);
        $result = $this->trade_structure(
            id: $this->safe_string($trade, 0),
            order: $this->safe_string($trade, 3),
            symbol: Js::get($market, 'symbol'),
            timestamp: $this->safe_integer($trade, 2),
            side: Precise::string_lt($amount, '0') ? 'sell' : 'buy',
            taker_or_maker: Js::strictEqual($this->safe_integer($trade, 8), 1) ? 'maker' : 'taker',
            price: $this->safe_string($trade, 5),
            amount: Precise::string_abs($amount),
            fee: $fee === null ? null : [
                'cost' => Precise::string_neg($fee),
                'currency' => $this->safe_currency_code($this->safe_string($trade, 10)),
            ],
            info: $trade,
            market: $market,
        );
        $this->resolve_cached($url, 'myTrades', $result);
    }

    public function handle_message($url, $message) {
        // Events { event: subscribed | error | info | conf | auth }; channel data [ chanId, payload ], with the
        // channel and symbol known from its subscribed event; [ chanId, 'hb' ] is a heartbeat; chanId 0 is the
        // account of an authenticated connection.
        if (!(Js::isArray($message))) {
            $this->handle_stream_event($url, $message);
            return;
        }
        if (Js::strictEqual($this->safe_integer($message, 0), 0)) {
            $this->handle_account_message($url, $message);
            return;
        }
        $channels = $this->stream_state('channels', []);
        $subscribed = $this->safe_dict($channels, $this->safe_string($message, 0));
        $payload = $this->safe_value($message, 1);
        if (($subscribed === null) || ($payload === 'hb')) {
            return;
        }
        $channel = $this->safe_string($subscribed, 'channel');
        if ($channel === 'candles') {
            $this->handle_candles_data($url, $payload, $this->safe_string($subscribed, 'key'));
            return;
        }
        $market = $this->safe_market($this->safe_string_lower($subscribed, 'pair'));
        if ($channel === 'ticker') {
            $this->handle_ticker_data($url, $payload, $market);
        } elseif ($channel === 'trades') {
            $this->handle_trades_data($url, $message, $market);
        } elseif ($channel === 'book') {
            $this->handle_book_data($url, $message, $market);
        }
    }

    public function handle_stream_event($url, $message) {
        // An error of a subscription already there (10301: watched again before the server answered the watch
        // before, whose chanId carries its frames) or of an unsubscribe (10400, 10401: a chanId the server no
        // longer has) fails no caller.
        $event = $this->safe_string($message, 'event');
        $code = $this->safe_string($message, 'code');
        if (
            ($event === 'subscribed') && (Js::typeof($url) === 'string') && Js::strictEqual(
                $url,
                $this->stream_url('public'),
            )
        ) {
            $this->handle_subscribed(
                $url,
                $message,
            ); // (the private connection's server named public channels: round 69)
        } elseif (($event === 'auth') && !($this->safe_string($message, 'status') === 'OK')) {
            $this->reject_update(
                $url,
                null,
                AuthenticationError::class,
                Js::boundedText(
                    Js::boundedText(Js::boundedText(Js::toStr($this->id) . ' ') . $this->safe_string($message, 'code', '') . ' ') . $this->safe_string(
                        $message,
                        'msg',
                        'refused the authentication',
                    ),
                ),
            );
        } elseif (
            ($event === 'error') && !($code === '10301') && !($code === '10400') && !($code === '10401')
        ) {
            $this->reject_update(
                $url,
                null,
                BadRequest::class,
                Js::boundedText(
                    Js::boundedText(Js::boundedText(Js::toStr($this->id) . ' ') . $this->safe_string($message, 'code', '') . ' ') . $this->safe_string(
                        $message,
                        'msg',
                        'refused the request',
                    ),
                ),
            );
        }
    }

    public function channel_names($channels, $chan_id, $subscribe_hash) {
        // Whether the channel of a chanId is still this subscription's: after a reconnect, one subscription's old
        // chanId may be another's new one.
        return ($chan_id !== null) && Js::strictEqual(
            $this->safe_string($this->safe_dict($channels, $chan_id, []), 'hash'),
            $subscribe_hash,
        );
    }

    public function handle_subscribed($url, $message) {
        // The channel of a chanId, kept only for a subscription the client sent, one chanId each (the one answered
        // last), and only the fields read: every subscribed event was kept whole, under any chanId a server chose.
        // Its market is the symbol subscribed to (tBTCUSD: BTCUSD), not the pair the event names besides. A
        // connection made again gives chanIds anew, one subscription's old id maybe another's new one: a chanId is
        // dropped only for the subscription it names (BTC's new 6 was dropped as ETH's old one: red-team round 70).
        // The event of a subscription unwatched before it came (abandoned) unsubscribes its chanId.
        $channel = $this->safe_string($message, 'channel');
        $chan_id = $this->safe_string($message, 'chanId');
        $subscribe_hash = $channel === 'candles' ? Js::boundedText('candles:' . $this->safe_string($message, 'key', '')) : Js::boundedText(
            Js::boundedText(Js::toStr($channel) . ':') . $this->safe_string($message, 'symbol', ''),
        );
        if (($channel === null) || ($chan_id === null)) {
            return;
        }
        if ($this->safe_value($this->stream_state('requestedChannels', []), $subscribe_hash) === null) {
            $abandoned = $this->stream_state('abandonedChannels', []);
            if ($this->safe_value($abandoned, $subscribe_hash) !== null) {
                Js::delete($abandoned, $subscribe_hash);
                $this->set_stream_state('abandonedChannels', $abandoned);
                $this->send_frame(
                    $url,
                    ['event' => 'unsubscribe', 'chanId' => $this->safe_integer($message, 'chanId')],
                );
            }
            return;
        }
        $channels = $this->stream_state('channels', []);
        $chan_ids = $this->stream_state('chanIds', []);
        $previous = $this->safe_string($chan_ids, $subscribe_hash);
        if (Js::truthy($this->channel_names($channels, $previous, $subscribe_hash))) {
            Js::delete($channels, $previous);
        }
        $replaced = $this->safe_string($this->safe_dict($channels, $chan_id, []), 'hash');
        if ($replaced !== null) {
            Js::delete(
                $chan_ids,
                $replaced,
            ); // (the subscription that this chanId named before, whose own new one follows)
        }
        Js::set(
            $channels,
            $chan_id,
            [
                'hash' => $subscribe_hash,
                'channel' => $channel,
                'symbol' => $this->safe_string($message, 'symbol'),
                'pair' => Js::slice($this->safe_string($message, 'symbol', ''), 1),
                'key' => $this->safe_string($message, 'key'),
            ],
        );
        Js::set($chan_ids, $subscribe_hash, $chan_id);
        $this->set_stream_state('channels', $channels);
        $this->set_stream_state('chanIds', $chan_ids);
    }

    public function handle_ticker_data($url, $ticker, $market) {
        // [ bid, bid size, ask, ask size, daily change, daily change relative, last price, volume, high, low ]
        $result = $this->ticker_structure(
            symbol: Js::get($market, 'symbol'),
            bid: $this->safe_string($ticker, 0),
            bid_volume: $this->safe_string($ticker, 1),
            ask: $this->safe_string($ticker, 2),
            ask_volume: $this->safe_string($ticker, 3),
            change: $this->safe_string($ticker, 4),
            percentage: Precise::string_mul($this->safe_string($ticker, 5), '100'),
            last: $this->safe_string($ticker, 6),
            base_volume: $this->safe_string($ticker, 7),
            high: $this->safe_string($ticker, 8),
            low: $this->safe_string($ticker, 9),
            info: $ticker,
            market: $market,
        );
        $this->resolve_ticker($url, $result);
    }

    public function handle_candles_data($url, $payload, $key) {
        // A snapshot [ [ time, open, close, high, low, volume ], ... ] (newest first), then one candle at a time.
        if (!(Js::isArray($payload))) {
            return;
        }
        $message_hash = Js::boundedText('ohlcv:' . Js::toStr($key));
        if (!(Js::truthy($this->is_watched($url, $message_hash)))) {
            return; // nothing kept for what no caller watches (a server names symbols at will)
        }
        $candles = [$payload];
        $cache = $this->stream_state($message_hash, []);
        if (Js::strictEqual(Js::length($payload), 0) || Js::isArray($this->safe_value($payload, 0))) {
            $candles = $this->sort_by($payload, 0);
            $cache = []; // a snapshot (again after a reconnect) starts the cache anew
        }
        for ($i = 0; $i < count($candles); $i++) {
            $candle = Js::get($candles, $i);
            $cache = $this->append_candle(
                $cache,
                [
                    $this->safe_integer($candle, 0),
                    $this->safe_number($candle, 1),
                    $this->safe_number($candle, 3),
                    $this->safe_number($candle, 4),
                    $this->safe_number($candle, 2),
                    $this->safe_number($candle, 5),
                ],
            );
        }
        $this->set_stream_state($message_hash, $cache);
        $this->resolve_update($url, $cache, $message_hash);
    }

    public function parse_stream_trade($trade, $market) {
        // [ id, time (ms), amount (negative: a sell), price ]
        $amount = $this->safe_string($trade, 2);
        return $this->trade_structure(
            id: $this->safe_string($trade, 0),
            symbol: Js::get($market, 'symbol'),
            timestamp: $this->safe_integer($trade, 1),
            side: Precise::string_lt($amount, '0') ? 'sell' : 'buy',
            price: $this->safe_string($trade, 3),
            amount: Precise::string_abs($amount),
            info: $trade,
            market: $market,
        );
    }

    public function handle_trades_data($url, $message, $market) {
        // A snapshot [ chanId, [ trades, newest first ] ], then [ chanId, 'te', trade ] as trades happen ('tu'
        // repeats a te with its id: left out).
        $message_hash = Js::boundedText('trades:' . Js::toStr(Js::get($market, 'symbol')));
        if (!(Js::truthy($this->is_watched($url, $message_hash)))) {
            return; // nothing kept for what no caller watches (a server names symbols at will)
        }
        $cache = $this->stream_state($message_hash, []);
        $kind = $this->safe_value($message, 1);
        if (Js::isArray($kind)) {
            $trades = [];
            for ($i = 0; Js::less($i, Js::length($kind)); $i++) {
                $trades[] = $this->parse_stream_trade(Js::get($kind, $i), $market);
            }
            $sorted = $this->sort_by($trades, 'timestamp');
            for ($i = 0; $i < count($sorted); $i++) {
                $cache = $this->append_to_cache($cache, Js::get($sorted, $i));
            }
        } elseif ($kind === 'te') {
            $cache = $this->append_to_cache(
                $cache,
                $this->parse_stream_trade($this->safe_list($message, 2, []), $market),
            );
        } else {
            return;
        }
        $this->set_stream_state($message_hash, $cache);
        $this->resolve_update($url, $cache, $message_hash);
    }

    public function handle_book_data($url, $message, $market) {
        // A snapshot [ chanId, [ [ price, count, amount ], ... ] ], then one level [ chanId, [ price, count,
        // amount ] ]: amount > 0 a bid, < 0 an ask, count 0 removes the level. [ chanId, 'cs', checksum ]
        // checks the top 25 levels; a mismatch subscribes again for a new snapshot.
        $symbol = Js::get($market, 'symbol');
        $message_hash = Js::boundedText('book:' . Js::toStr($symbol));
        if (!(Js::truthy($this->is_watched($url, $message_hash)))) {
            return; // nothing kept for what no caller watches (a server names symbols at will)
        }
        $payload = $this->safe_value($message, 1);
        $book = $this->stream_state($message_hash);
        if ($payload === 'cs') {
            if (
                ($book !== null) && !Js::strictEqual(
                    $this->safe_string($message, 2),
                    $this->book_checksum($book),
                )
            ) {
                $this->resync_book(
                    $url,
                    $message_hash,
                    Js::boundedText(Js::toStr($symbol) . ' order book checksum mismatch'),
                );
                $subscription = [
                    'event' => 'subscribe',
                    'channel' => 'book',
                    'symbol' => $this->stream_symbol($market),
                    'prec' => 'P0',
                    'freq' => 'F0',
                    'len' => '25',
                ];
                $this->send_frame(
                    $url,
                    ['event' => 'unsubscribe', 'chanId' => $this->safe_integer($message, 0)],
                );
                $this->send_frame($url, $subscription);
            } elseif ($book !== null) {
                $this->book_is_right($message_hash);
            }
            return;
        }
        if (!(Js::isArray($payload))) {
            return;
        }
        $levels = [$payload];
        if (Js::strictEqual(Js::length($payload), 0) || Js::isArray($this->safe_value($payload, 0))) {
            $book = $this->new_order_book($symbol, 25);
            $levels = $payload;
        } elseif ($book === null) {
            return;
        }
        // Each side's levels at once (a snapshot's levels one by one took time quadratic in its size).
        $bids = [];
        $asks = [];
        for ($i = 0; Js::less($i, Js::length($levels)); $i++) {
            $entry = Js::get($levels, $i);
            $amount = $this->safe_string($entry, 2);
            $level = [
                $this->safe_string($entry, 0),
                Js::strictEqual($this->safe_integer($entry, 1), 0) ? '0' : Precise::string_abs($amount),
            ];
            if (Precise::string_gt($amount, '0')) {
                $bids[] = $level;
            } else {
                $asks[] = $level;
            }
        }
        $book = $this->set_book_levels($this->set_book_levels($book, 'bids', $bids), 'asks', $asks);
        $this->set_stream_state($message_hash, $book);
        $this->resolve_update($url, $this->order_book_view($book), $message_hash);
    }

    public function book_checksum($book) {
        // CRC32 of the top 25 levels, bid then ask at each rank, as price:amount with the ask amounts
        // negative, joined by ':'; Bitfinex sends it as a signed 32-bit integer.
        $bids = $this->book_texts($book, 'bids', 25);
        $asks = $this->book_texts($book, 'asks', 25);
        $parts = [];
        for ($i = 0; $i < 25; $i++) {
            if (Js::less($i, Js::length($bids))) {
                $parts[] = Js::get(Js::get($bids, $i), 0);
                $parts[] = Js::get(Js::get($bids, $i), 1);
            }
            if (Js::less($i, Js::length($asks))) {
                $parts[] = Js::get(Js::get($asks, $i), 0);
                $parts[] = Precise::string_neg(Js::get(Js::get($asks, $i), 1));
            }
        }
        $checksum = $this->crc32(Js::join($parts, ':'));
        if (Js::greater($checksum, 2147483647)) {
            $checksum = Js::subtract($checksum, 4294967296);
        }
        return $this->number_to_string($checksum);
    }
}
