<?php

// Generated from js/bitstamp.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class bitstamp extends Exchange {
    public function describe() {
        return $this->deep_extend(
            parent::describe(),
            [
                'id' => 'bitstamp',
                'name' => 'Bitstamp',
                'countries' => ['GB'],
                'version' => 'v2',
                'rateLimit' => 75,
                'has' => [
                    'fetchCurrencies' => true,
                    'fetchTicker' => true,
                    'fetchTickers' => true,
                    'fetchOrderBook' => true,
                    'fetchOHLCV' => true,
                    'fetchTrades' => true,
                    'fetchBalance' => true,
                    'createOrder' => true,
                    'cancelOrder' => true,
                    'cancelAllOrders' => true,
                    'fetchOrder' => true,
                    'fetchOpenOrders' => true,
                    'fetchClosedOrders' => false,
                    'fetchMyTrades' => true,
                    'fetchDeposits' => true,
                    'fetchWithdrawals' => true,
                    'fetchDepositAddress' => true,
                    'withdraw' => true,
                    'fetchOrderTrades' => true,
                    'fetchTradingFee' => true,
                    'fetchTradingFees' => true,
                    'fetchDepositWithdrawFees' => true,
                    'createMarketBuyOrderWithCost' => true,
                    'watchOrderBook' => true,
                    'watchTrades' => true,
                    'watchOrders' => true,
                    'watchMyTrades' => true,
                ],
                'urls' => [
                    'logo' => 'https://www.bitstamp.net/s/webapp/images/bitstamp-logo.svg',
                    'api' => 'https://www.bitstamp.net/api',
                    'www' => 'https://www.bitstamp.net',
                    'doc' => 'https://www.bitstamp.net/api/',
                    'fees' => 'https://www.bitstamp.net/fee-schedule/',
                    'ws' => ['public' => 'wss://ws.bitstamp.net'],
                ],
                'api' => [
                    'public' => [
                        'get' => [
                            'ohlc/{pair}/',
                            'order_book/{pair}/',
                            'ticker/',
                            'ticker/{pair}/',
                            'ticker_hour/{pair}/',
                            'transactions/{pair}/',
                            'markets/',
                            'currencies/',
                            'eur_usd/',
                            'travel_rule/vasps/',
                        ],
                    ],
                    'private' => [
                        'post' => [
                            'account_balances/',
                            'account_balances/{currency}/',
                            'user_transactions/',
                            'user_transactions/{pair}/',
                            'crypto-transactions/',
                            'open_orders/all/',
                            'open_orders/{pair}/',
                            'order_status/',
                            'cancel_order/',
                            'cancel_all_orders/',
                            'cancel_all_orders/{pair}/',
                            'buy/{pair}/',
                            'buy/market/{pair}/',
                            'buy/instant/{pair}/',
                            'sell/{pair}/',
                            'sell/market/{pair}/',
                            'sell/instant/{pair}/',
                            'replace_order/',
                            'fees/trading/',
                            'fees/trading/{pair}/',
                            'fees/withdrawal/',
                            'fees/withdrawal/{currency}/',
                            'withdrawal-requests/',
                            'withdrawal/open/',
                            'withdrawal/status/',
                            'withdrawal/cancel/',
                            '{currency}_withdrawal/',
                            '{currency}_address/',
                            'ripple_withdrawal/',
                            'ripple_address/',
                            'transfer-to-main/',
                            'transfer-from-main/',
                            'liquidation_address/new/',
                            'liquidation_address/info/',
                            'my_markets/',
                            'websockets_token/',
                            'earn/subscriptions/',
                            'earn/transactions/',
                            'revoke_all_api_keys/',
                        ],
                    ],
                ],
                'timeframes' => [
                    '1m' => '60',
                    '3m' => '180',
                    '5m' => '300',
                    '15m' => '900',
                    '30m' => '1800',
                    '1h' => '3600',
                    '2h' => '7200',
                    '4h' => '14400',
                    '6h' => '21600',
                    '12h' => '43200',
                    '1d' => '86400',
                    '3d' => '259200',
                ],
                'requiredCredentials' => ['apiKey' => true, 'secret' => true],
                'fees' => [
                    'trading' => [
                        'tierBased' => true,
                        'percentage' => true,
                        'taker' => 0.004,
                        'maker' => 0.003,
                    ],
                ],
                'precisionMode' => TICK_SIZE,
                'options' => [
                    'networks' => ['BTC' => 'bitcoin', 'ERC20' => 'ethereum'],
                    'orderStatuses' => [
                        'Open' => 'open',
                        'Finished' => 'closed',
                        'Canceled' => 'canceled',
                        'Expired' => 'expired',
                    ],
                ],
                'exceptions' => [
                    'exact' => [
                        'API0002' => PermissionDenied::class,
                        'API0003' => PermissionDenied::class,
                        'API0004' => InvalidNonce::class,
                        'API0005' => AuthenticationError::class,
                        'API0006' => AccountSuspended::class,
                        'API0008' => AuthenticationError::class,
                        'API0011' => AuthenticationError::class,
                        'API0012' => AuthenticationError::class,
                        'API0013' => InvalidNonce::class,
                        'API0017' => AuthenticationError::class,
                        'API0021' => RateLimitExceeded::class,
                        'Order not found' => OrderNotFound::class,
                        'Order not found.' => OrderNotFound::class,
                    ],
                    'broad' => [
                        'Check your account balance for details' => InsufficientFunds::class,
                        'You have only' => InsufficientFunds::class,
                        'Minimum order size is' => InvalidOrder::class,
                        'Ensure this value' => InvalidOrder::class,
                        'Price is more than' => InvalidOrder::class,
                        'Price is less than' => InvalidOrder::class,
                        'Invalid nonce' => InvalidNonce::class,
                        'Missing key, signature and nonce parameters' => AuthenticationError::class,
                        'Your account is frozen' => AccountSuspended::class,
                        'Please update your profile' => PermissionDenied::class,
                        'Invalid currency pair' => BadSymbol::class,
                        'Address is invalid' => InvalidAddress::class,
                        'Rate limit exceeded' => RateLimitExceeded::class,
                    ],
                ],
            ],
        );
    }

    // --- markets and currencies ----------------------------------------------------------------------
    public function fetch_currencies($params = null) {
        if ($params === null) {
            $params = [];
        }
        $response = $this->public_get_currencies($params);
        $result = []; // by unified code
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            $entry = Js::get($response, $i);
            $id = $this->safe_string($entry, 'currency');
            $deposit = $this->safe_string($entry, 'deposit') === 'Enabled';
            $withdraw = $this->safe_string($entry, 'withdrawal') === 'Enabled';
            $code = $this->safe_currency_code($id);
            Js::setKey(
                $result,
                $code,
                [
                    'id' => $id,
                    'code' => $code,
                    'name' => $this->safe_string($entry, 'name'),
                    'active' => $deposit && $withdraw,
                    'deposit' => $deposit,
                    'withdraw' => $withdraw,
                    'precision' => $this->parse_number(
                        $this->parse_precision($this->safe_string($entry, 'decimals')),
                    ),
                    'info' => $entry,
                ],
            );
        }
        return $result;
    }

    public function fetch_markets($params = null) {
        if ($params === null) {
            $params = [];
        }
        $response = $this->public_get_markets($params);
        $result = [];
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            $entry = Js::get($response, $i);
            $base_id = $this->safe_string($entry, 'base_currency');
            $quote_id = $this->safe_string($entry, 'counter_currency');
            $base = $this->safe_currency_code($base_id);
            $quote = $this->safe_currency_code($quote_id);
            $result[] = $this->safe_market_structure(
                [
                    'id' => $this->safe_string($entry, 'market_symbol'),
                    'symbol' => Js::boundedText(Js::toStr($base) . '/' . Js::toStr($quote)),
                    'base' => $base,
                    'quote' => $quote,
                    'baseId' => $base_id,
                    'quoteId' => $quote_id,
                    'active' => $this->safe_string($entry, 'trading') === 'Enabled',
                    'type' => 'spot',
                    'spot' => true,
                    'taker' => Js::get(Js::get($this->fees, 'trading'), 'taker'),
                    'maker' => Js::get(Js::get($this->fees, 'trading'), 'maker'),
                    'precision' => [
                        'amount' => $this->parse_number(
                            $this->parse_precision($this->safe_string($entry, 'base_decimals')),
                        ),
                        'price' => $this->parse_number(
                            $this->parse_precision($this->safe_string($entry, 'counter_decimals')),
                        ),
                    ],
                    'limits' => [
                        'amount' => [
                            'min' => $this->safe_number($entry, 'minimum_order_amount'),
                            'max' => $this->safe_number($entry, 'maximum_order_amount'),
                        ],
                        'price' => ['min' => null, 'max' => null],
                        'cost' => [
                            'min' => $this->safe_number($entry, 'minimum_order_value'),
                            'max' => $this->safe_number($entry, 'maximum_order_value'),
                        ],
                    ],
                    'info' => $entry,
                ],
            );
        }
        return $result;
    }

    // --- market data ---------------------------------------------------------------------------------
    public function parse_ticker($ticker, $market = null) {
        // 'open' is the day's first price; the 24-hour values are high, low, volume, vwap and open_24. The quote
        // volume is not given: it is the base volume at the volume-weighted average price.
        $base_volume = $this->safe_string($ticker, 'volume');
        $vwap = $this->safe_string($ticker, 'vwap');
        $quote_volume = null;
        if (($base_volume !== null) && ($vwap !== null)) {
            $quote_volume = Precise::string_mul($base_volume, $vwap);
        }
        return $this->ticker_structure(
            symbol: Js::get(
                $this->safe_market_by_name($this->safe_string($ticker, 'pair'), $market),
                'symbol',
            ),
            timestamp: $this->safe_timestamp($ticker, 'timestamp'),
            high: $this->safe_string($ticker, 'high'),
            low: $this->safe_string($ticker, 'low'),
            bid: $this->safe_string($ticker, 'bid'),
            ask: $this->safe_string($ticker, 'ask'),
            vwap: $vwap,
            open: $this->safe_string($ticker, 'open_24'),
            last: $this->safe_string($ticker, 'last'),
            percentage: $this->safe_string($ticker, 'percent_change_24'),
            base_volume: $base_volume,
            quote_volume: $quote_volume,
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
        $response = $this->public_get_ticker_pair($this->extend(['pair' => Js::get($market, 'id')], $params));
        return $this->parse_ticker($response, $market);
    }

    public function fetch_tickers($symbols = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // Tickers of all markets name theirs as 'BTC/USD'.
        $this->load_markets();
        $response = $this->public_get_ticker($params);
        return $this->parse_tickers($response, $symbols);
    }

    public function fetch_order_book($symbol, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $market = $this->market($symbol);
        $response = $this->public_get_order_book_pair(
            $this->extend(['pair' => Js::get($market, 'id')], $params),
        );
        $timestamp = $this->safe_integer_product($response, 'microtimestamp', 0.001);
        $book = $this->parse_order_book($response, Js::get($market, 'symbol'), $timestamp);
        if ($limit !== null) {
            Js::set($book, 'bids', Js::slice(Js::get($book, 'bids'), 0, $limit));
            Js::set($book, 'asks', Js::slice(Js::get($book, 'asks'), 0, $limit));
        }
        return $book;
    }

    public function parse_ohlcv($ohlcv, $market = null) {
        return [
            $this->safe_timestamp($ohlcv, 'timestamp'),
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
        $this->load_markets();
        $market = $this->market($symbol);
        $request = [
            'pair' => Js::get($market, 'id'),
            'step' => $this->safe_string($this->timeframes, $timeframe),
            'limit' => $limit === null ? 1000 : $limit,
        ];
        if ($since !== null) {
            $request['start'] = Js::floor(Js::divide($since, 1000));
        }
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            $request['end'] = Js::floor(Js::divide($until, 1000));
        }
        $response = $this->public_get_ohlc_pair($this->extend($request, $this->omit($params, 'until')));
        $data = $this->safe_dict($response, 'data', []);
        return $this->parse_ohlcvs($this->safe_list($data, 'ohlc', []), $market, $timeframe, $since, $limit);
    }

    public function parse_trade($trade, $market = null) {
        // Public trades: { date, tid, price, amount, type: '0' buy or '1' sell }. The account's trades
        // (user_transactions) name amounts by currency: { btc: '0.001', usd: '-37.00', btc_usd: '37000',
        // fee, order_id }; a positive base amount is a buy.
        if ($market === null) {
            $market = $this->market_of_user_transaction($trade);
        }
        $side = null;
        $amount = $this->safe_string($trade, 'amount');
        $price = $this->safe_string($trade, 'price');
        $cost = null;
        $fee = null;
        $timestamp = $this->safe_timestamp($trade, 'date');
        $base_key = $this->safe_string_lower($market, 'baseId');
        $quote_key = $this->safe_string_lower($market, 'quoteId');
        if (($amount === null) && ($base_key !== null) && ($quote_key !== null)) {
            $base_amount = $this->safe_string($trade, $base_key);
            $price = $this->safe_string(
                $trade,
                Js::boundedText(Js::toStr($base_key) . '_' . Js::toStr($quote_key)),
                $price,
            );
            $cost = Precise::string_abs($this->safe_string($trade, $quote_key));
            $amount = Precise::string_abs($base_amount);
            $side = Precise::string_gt($base_amount, '0') ? 'buy' : 'sell';
            $fee = ['cost' => $this->safe_string($trade, 'fee'), 'currency' => Js::get($market, 'quote')];
            $timestamp = $this->parse8601($this->safe_string($trade, 'datetime'));
        } else {
            $side = $this->safe_string($trade, 'type') === '0' ? 'buy' : 'sell';
        }
        return $this->trade_structure(
            id: $this->safe_string2($trade, 'tid', 'id'),
            order: $this->safe_string($trade, 'order_id'),
            symbol: Js::get($market, 'symbol'),
            timestamp: $timestamp,
            side: $side,
            price: $price,
            amount: $amount,
            cost: $cost,
            fee: $fee,
            info: $trade,
            market: $market,
        );
    }

    public function market_of_user_transaction($transaction) {
        // A user transaction's price key names its market: 'btc_usd' for btcusd.
        $keys = Js::keys($transaction);
        for ($i = 0; $i < count($keys); $i++) {
            $parts = Js::split($keys[$i], '_');
            if (count($parts) == 2) {
                $id = Js::join($parts, '');
                $markets = $this->safe_value($this->marketsById, $id);
                if ($markets !== null) {
                    return Js::get($markets, 0);
                }
            }
        }
        return $this->safe_market();
    }

    public function fetch_trades($symbol, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // The last hour's trades ('time': 'minute', 'hour' or 'day' in params widens or narrows it).
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['pair' => Js::get($market, 'id'), 'time' => 'hour'];
        $response = $this->public_get_transactions_pair($this->extend($request, $params));
        return $this->parse_trades($response, $market, $since, $limit);
    }

    // --- account -------------------------------------------------------------------------------------
    public function fetch_balance($params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $response = $this->private_post_account_balances($params);
        $result = ['info' => $response];
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            $entry = Js::get($response, $i);
            $account = $this->account();
            Js::set($account, 'free', $this->safe_string($entry, 'available'));
            Js::set($account, 'used', $this->safe_string($entry, 'reserved'));
            Js::set($account, 'total', $this->safe_string($entry, 'total'));
            Js::setKey($result, $this->safe_currency_code($this->safe_string($entry, 'currency')), $account);
        }
        return $this->safe_balance($result);
    }

    public function fetch_trading_fees($params = null) {
        if ($params === null) {
            $params = [];
        }
        // fees/trading/: [ { market, fees: { maker, taker } } ] in percent, one per market of the account.
        $this->load_markets();
        $response = $this->private_post_fees_trading($params);
        $result = [];
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            $fee = $this->parse_trading_fee(Js::get($response, $i));
            Js::setKey($result, Js::get($fee, 'symbol'), $fee);
        }
        return $result;
    }

    public function fetch_trading_fee($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // fees/trading/{pair}/: the one market's entry.
        $this->load_markets();
        $market = $this->market($symbol);
        $response = $this->private_post_fees_trading_pair(
            $this->extend(['pair' => Js::get($market, 'id')], $params),
        );
        return $this->parse_trading_fee($response, $market);
    }

    public function parse_trading_fee($entry, $market = null) {
        $market = $this->safe_market($this->safe_string2($entry, 'market', 'currency_pair'), $market);
        $fees = $this->safe_dict($entry, 'fees', []);
        return [
            'symbol' => Js::get($market, 'symbol'),
            'maker' => $this->parse_number(Precise::string_div($this->safe_string($fees, 'maker'), '100')),
            'taker' => $this->parse_number(Precise::string_div($this->safe_string($fees, 'taker'), '100')),
            'info' => $entry,
        ];
    }

    // --- orders --------------------------------------------------------------------------------------
    public function parse_order($order, $market = null) {
        // Created and open orders: { id, datetime, type: '0' buy or '1' sell, price, amount, market };
        // order_status adds status, amount_remaining and the transactions that filled it.
        $market = $this->safe_market_by_name($this->safe_string2($order, 'market', 'currency_pair'), $market);
        $side = null;
        $type = $this->safe_string($order, 'type');
        if ($type === '0') {
            $side = 'buy';
        } elseif ($type === '1') {
            $side = 'sell';
        }
        $transactions = $this->safe_list($order, 'transactions', []);
        $trades = [];
        $filled = null;
        $cost = null;
        if ($this->safe_string($order, 'amount_remaining') !== null) {
            // The order's transactions carry positive amounts whatever the side.
            $filled = '0';
            $cost = '0';
            for ($i = 0; $i < count($transactions); $i++) {
                $transaction = $this->extend(
                    Js::get($transactions, $i),
                    ['order_id' => $this->safe_string($order, 'id')],
                );
                $trade = $this->parse_trade($transaction, $market);
                Js::set($trade, 'side', $side);
                $trades[] = $trade;
                $filled = Precise::string_add($filled, $this->number_to_string(Js::get($trade, 'amount')));
                $cost = Precise::string_add($cost, $this->number_to_string(Js::get($trade, 'cost')));
            }
        }
        // order_status/ reports amount_remaining; an open_orders/ entry reports what is left as amount, and
        // the original amount as amount_at_create.
        $remaining = $this->safe_string($order, 'amount_remaining');
        if (($remaining === null) && ($this->safe_string($order, 'amount_at_create') !== null)) {
            $remaining = $this->safe_string($order, 'amount');
        }
        $status = $this->safe_string($order, 'status');
        return $this->safe_order(
            [
                'id' => $this->safe_string($order, 'id'),
                'clientOrderId' => $this->safe_string($order, 'client_order_id'),
                'symbol' => Js::get($market, 'symbol'),
                'timestamp' => $this->parse8601($this->safe_string($order, 'datetime')),
                'status' => $this->safe_string(Js::get($this->options, 'orderStatuses'), $status, $status),
                'side' => $side,
                'price' => $this->safe_string($order, 'price'),
                'amount' => $this->safe_string(
                    $order,
                    'amount_at_create',
                    $this->safe_string($order, 'amount'),
                ),
                'filled' => $filled,
                'remaining' => $remaining,
                'cost' => $cost,
                'trades' => $trades,
                'info' => $order,
            ],
            $market,
        );
    }

    public function safe_market_by_name($name, $market = null) {
        // Responses name markets 'BTC/USD'; their ids are 'btcusd'.
        if ($name === null) {
            return $this->safe_market(null, $market);
        }
        $id = Js::lowerCase(Js::replace($name, '/', ''));
        $markets = $this->safe_value($this->marketsById, $id);
        if ($markets !== null) {
            return Js::get($markets, 0);
        }
        return $this->safe_market($name, $market, '/');
    }

    public function create_order($symbol, $type, $side, $amount, $price = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // buy/{pair}/, sell/{pair}/ (limit), buy/market/{pair}/, sell/market/{pair}/. The unified params map
        // to Bitstamp's fields: postOnly is moc_order (maker or cancel), timeInForce IOC and FOK are ioc_order
        // and fok_order, clientOrderId is client_order_id, and cost on a market buy is an instant order
        // (buy/instant/{pair}/, whose amount is in the quote currency). Bitstamp has no stop, take-profit or
        // reduce-only orders.
        $this->load_markets();
        $market = $this->market($symbol);
        [$unified, $rest] = Js::destructure($this->unified_order_params($type, $params), 2);
        $this->reject_unified_params(
            'createOrder',
            $unified,
            ['triggerPrice', 'stopLossPrice', 'takeProfitPrice', 'reduceOnly'],
        );
        $request = ['pair' => Js::get($market, 'id')];
        if (Js::get($unified, 'cost') === null) {
            $request['amount'] = $this->amount_to_precision($symbol, $amount);
        }
        if (Js::get($unified, 'clientOrderId') !== null) {
            $request['client_order_id'] = Js::get($unified, 'clientOrderId');
        }
        $time_in_force = Js::get($unified, 'timeInForce');
        $response = null;
        if ($type === 'market') {
            if ($time_in_force !== null) {
                throw new InvalidOrder(
                    Js::boundedText(
                        Js::toStr(
                            $this->id,
                        ) . ' createOrder () timeInForce applies to limit orders only, not market orders',
                    ),
                );
            }
            if (Js::get($unified, 'cost') !== null) {
                if (!($side === 'buy')) {
                    throw new InvalidOrder(
                        Js::boundedText(
                            Js::toStr(
                                $this->id,
                            ) . ' createOrder () cost sizes market buys only (an instant buy spends it)',
                        ),
                    );
                }
                $request['amount'] = $this->cost_to_precision($symbol, Js::get($unified, 'cost'));
                $response = $this->private_post_buy_instant_pair($this->extend($request, $rest));
            } elseif ($side === 'buy') {
                $response = $this->private_post_buy_market_pair($this->extend($request, $rest));
            } else {
                $response = $this->private_post_sell_market_pair($this->extend($request, $rest));
            }
        } else {
            if ($price === null) {
                throw new ArgumentsRequired(
                    Js::boundedText(
                        Js::toStr($this->id) . ' createOrder () requires a price for a limit order',
                    ),
                );
            }
            $request['price'] = $this->price_to_precision($symbol, $price);
            if (Js::truthy(Js::get($unified, 'postOnly'))) {
                $request['moc_order'] = true;
            }
            if ($time_in_force === 'IOC') {
                $request['ioc_order'] = true;
            } elseif ($time_in_force === 'FOK') {
                $request['fok_order'] = true;
            }
            if ($side === 'buy') {
                $response = $this->private_post_buy_pair($this->extend($request, $rest));
            } else {
                $response = $this->private_post_sell_pair($this->extend($request, $rest));
            }
        }
        $order = $this->parse_order($response, $market);
        Js::set($order, 'type', $type);
        if (Js::get($unified, 'cost') !== null) {
            // An instant order's amount is the quote currency's: it is the order's cost, its amount unknown.
            Js::set($order, 'amount', null);
            Js::set($order, 'remaining', null);
            Js::set($order, 'cost', $this->parse_number(Js::get($request, 'amount')));
        }
        if (Js::truthy(Js::get($unified, 'postOnly'))) {
            Js::set($order, 'postOnly', true);
            Js::set($order, 'timeInForce', 'PO');
        } elseif ($time_in_force !== null) {
            Js::set($order, 'timeInForce', $time_in_force);
        }
        return $order;
    }

    public function cancel_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $response = $this->private_post_cancel_order($this->extend(['id' => $id], $params));
        $order = $this->parse_order($response);
        Js::set($order, 'status', 'canceled');
        return $order;
    }

    public function cancel_all_orders($symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // cancel_all_orders/ (of one pair with cancel_all_orders/{pair}/): { success, canceled: [ orders ] }.
        $this->load_markets();
        $market = null;
        $response = null;
        if ($symbol === null) {
            $response = $this->private_post_cancel_all_orders($params);
        } else {
            $market = $this->market($symbol);
            $response = $this->private_post_cancel_all_orders_pair(
                $this->extend(['pair' => Js::get($market, 'id')], $params),
            );
        }
        $canceled = $this->safe_list($response, 'canceled', []);
        $result = [];
        for ($i = 0; $i < count($canceled); $i++) {
            $order = $this->parse_order(Js::get($canceled, $i), $market);
            Js::set($order, 'status', 'canceled');
            $result[] = $order;
        }
        return $result;
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

    public function fetch_order_trades($id, $symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // order_status lists the transactions that filled the order: its trades.
        $order = $this->fetch_order($id, $symbol, $params);
        return $this->filter_by_since_limit(Js::get($order, 'trades'), $since, $limit);
    }

    public function fetch_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $response = $this->private_post_order_status($this->extend(['id' => $id], $params));
        return $this->parse_order($this->extend($response, ['id' => $id]));
    }

    public function fetch_open_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $market = null;
        $response = null;
        if ($symbol === null) {
            $response = $this->private_post_open_orders_all($params);
        } else {
            $market = $this->market($symbol);
            $response = $this->private_post_open_orders_pair(
                $this->extend(['pair' => Js::get($market, 'id')], $params),
            );
        }
        return $this->parse_orders(
            $response,
            $market,
            $since,
            $limit,
            ['status' => 'open', 'type' => 'limit'],
        );
    }

    public function fetch_my_trades($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // user_transactions lists deposits, withdrawals and trades; trades are type '2'. No end time is mapped.
        if ($this->safe_value($params, 'until') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' fetchMyTrades () does not support the unified param until: user_transactions takes a start (since_timestamp) but no end time',
                ),
            );
        }
        $this->load_markets();
        $request = [];
        if ($since !== null) {
            $request['since_timestamp'] = Js::floor(Js::divide($since, 1000));
        }
        if ($limit !== null) {
            $request['limit'] = $limit;
        }
        $market = null;
        $response = null;
        if ($symbol === null) {
            $response = $this->private_post_user_transactions($this->extend($request, $params));
        } else {
            $market = $this->market($symbol);
            $request['pair'] = Js::get($market, 'id');
            $response = $this->private_post_user_transactions_pair($this->extend($request, $params));
        }
        $trades = [];
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            if ($this->safe_string(Js::get($response, $i), 'type') === '2') {
                $trades[] = Js::get($response, $i);
            }
        }
        return $this->parse_trades($trades, $market, $since, $limit);
    }

    // --- funding -------------------------------------------------------------------------------------
    public function parse_transaction($transaction, $currency = null) {
        // crypto-transactions: { currency, destinationAddress, txid, amount, datetime (seconds), network }.
        $code = $this->safe_currency_code($this->safe_string($transaction, 'currency'), $currency);
        return $this->safe_transaction(
            [
                'txid' => $this->safe_string($transaction, 'txid'),
                'timestamp' => $this->safe_timestamp($transaction, 'datetime'),
                'network' => $this->network_code($this->safe_string($transaction, 'network')),
                'address' => $this->safe_string($transaction, 'destinationAddress'),
                'amount' => $this->safe_string($transaction, 'amount'),
                'currency' => $code,
                'status' => 'ok',
                'info' => $transaction,
            ],
            $currency,
        );
    }

    public function fetch_crypto_transactions($key, $type, $code, $since, $limit, $params) {
        // One endpoint lists both: { deposits: [...], withdrawals: [...] }; only finished ones appear. It takes
        // no time range.
        if ($this->safe_value($params, 'until') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' fetchDeposits () and fetchWithdrawals () do not support the unified param until',
                ),
            );
        }
        $this->load_markets();
        $request = [];
        if ($limit !== null) {
            $request['limit'] = $limit;
        }
        $response = $this->private_post_crypto_transactions($this->extend($request, $params));
        $currency = $code === null ? null : $this->currency($code);
        return $this->parse_transactions(
            $this->safe_list($response, $key, []),
            $currency,
            $since,
            $limit,
            ['type' => $type],
        );
    }

    public function fetch_deposit_withdraw_fees($codes = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // fees/withdrawal/: [ { currency, fee, network } ], the account's withdrawal fee (an amount) of each
        // currency on each network; deposit fees are not reported. A currency's own fee is that of its only
        // network.
        $this->load_markets();
        $response = $this->private_post_fees_withdrawal($params);
        $by_currency = $this->group_by($response, 'currency');
        $ids = Js::keys($by_currency);
        $result = [];
        for ($i = 0; $i < count($ids); $i++) {
            $code = $this->safe_currency_code($ids[$i]);
            if (($codes !== null) && !(Js::truthy($this->in_array($code, $codes)))) {
                continue;
            }
            $entries = $this->safe_list($by_currency, $ids[$i], []);
            $networks = [];
            for ($j = 0; $j < count($entries); $j++) {
                $network = $this->network_code($this->safe_string(Js::get($entries, $j), 'network'));
                Js::setKey(
                    $networks,
                    $network,
                    [
                        'withdraw' => $this->fee_amount($this->safe_number(Js::get($entries, $j), 'fee')),
                        'deposit' => [],
                    ],
                );
            }
            $only = count($entries) == 1 ? $this->safe_number(Js::get($entries, 0), 'fee') : null;
            Js::setKey(
                $result,
                $code,
                [
                    'code' => $code,
                    'withdraw' => $this->fee_amount($only),
                    'deposit' => [],
                    'networks' => $networks,
                    'info' => $entries,
                ],
            );
        }
        return $result;
    }

    public function fetch_deposits($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->fetch_crypto_transactions('deposits', 'deposit', $code, $since, $limit, $params);
    }

    public function fetch_withdrawals($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->fetch_crypto_transactions('withdrawals', 'withdrawal', $code, $since, $limit, $params);
    }

    public function fetch_deposit_address($code, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $currency = $this->currency($code);
        if ($this->safe_value($params, 'network') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' fetchDepositAddress () does not support the unified param network: the currency\'s address endpoint decides it',
                ),
            );
        }
        $request = ['currency' => Js::lowerCase(Js::textReceiver(Js::get($currency, 'id'), 'toLowerCase'))];
        $response = $this->private_post_currency_address($this->extend($request, $params));
        return [
            'currency' => $code,
            'address' => $this->safe_string($response, 'address'),
            'tag' => $this->safe_string2($response, 'memo_id', 'destination_tag'),
            'info' => $response,
        ];
    }

    public function withdraw($code, $amount, $address, $tag = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // The currency's withdrawal endpoint decides the network; unified network codes are not mapped.
        if ($this->safe_value($params, 'network') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr($this->id) . ' withdraw () does not support the unified param network',
                ),
            );
        }
        $this->load_markets();
        $currency = $this->currency($code);
        $request = [
            'currency' => Js::lowerCase(Js::textReceiver(Js::get($currency, 'id'), 'toLowerCase')),
            'amount' => $this->number_to_string($amount),
            'address' => $address,
        ];
        if ($tag !== null) {
            $request['memo_id'] = $tag;
        }
        $response = $this->private_post_currency_withdrawal($this->extend($request, $params));
        return $this->safe_transaction(
            [
                'id' => $this->safe_string($response, 'id'),
                'type' => 'withdrawal',
                'address' => $address,
                'tag' => $tag,
                'amount' => Js::get($request, 'amount'),
                'currency' => $code,
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
        $endpoint = Js::boundedText(
            Js::boundedText('/' . Js::toStr($this->version) . '/') . Js::toStr(
                $this->implode_params($path, $params),
            ),
        );
        $url = Js::boundedText(Js::toStr(Js::get($this->urls, 'api')) . $endpoint);
        $query = $this->omit($params, $this->extract_params($path));
        if ($api === 'public') {
            if (count(Js::keys($query)) > 0) {
                $url .= Js::within($url, Js::within($url, '?') . Js::toStr($this->urlencode($query)));
            }
            return ['url' => $url, 'method' => $method, 'body' => $body, 'headers' => $headers];
        }
        // X-Auth-Signature: HMAC-SHA256 (hex) of 'BITSTAMP ' + key, the method, host, path, query,
        // content type (only with a body), nonce (a UUID), timestamp, 'v2' and the body, concatenated.
        $this->check_required_credentials();
        $nonce = $this->uuid();
        $timestamp = $this->number_to_string($this->milliseconds());
        $after_scheme = Js::slice($url, Js::number(Js::indexOf($url, '//') + 2));
        $host = Js::slice($after_scheme, 0, Js::indexOf($after_scheme, '/'));
        $url_path = Js::slice($after_scheme, Js::indexOf($after_scheme, '/'));
        $headers = [
            'X-Auth' => Js::boundedText('BITSTAMP ' . Js::toStr($this->apiKey)),
            'X-Auth-Nonce' => $nonce,
            'X-Auth-Timestamp' => $timestamp,
            'X-Auth-Version' => 'v2',
        ];
        $content_type = '';
        if (count(Js::keys($query)) > 0) {
            $body = $this->urlencode($query);
            $content_type = 'application/x-www-form-urlencoded';
            Js::set($headers, 'Content-Type', $content_type);
        } else {
            $body = '';
        }
        $auth = Js::boundedText(
            'BITSTAMP ' . Js::toStr($this->apiKey) . Js::toStr($method) . $host . $url_path . $content_type . Js::toStr($nonce) . Js::toStr($timestamp) . 'v2' . Js::toStr(
                $body,
            ),
        );
        Js::set(
            $headers,
            'X-Auth-Signature',
            $this->hmac($this->encode($auth), $this->encode($this->secret), 'sha256'),
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
        // { "status": "error", "reason": "Invalid nonce", "code": "API0004" }, a reason by field
        // ({ "__all__": [ "..." ] }), or { "error": "Order not found" }.
        if (($response === null) || Js::isArray($response)) {
            return;
        }
        $error = $this->safe_string($response, 'error');
        if (!($this->safe_string($response, 'status') === 'error') && ($error === null)) {
            return;
        }
        $messages = [];
        $code = $this->safe_string($response, 'code');
        $cause = $this->safe_value($response, 'reason');
        if (Js::typeof($cause) === 'string') {
            $messages[] = $cause;
        } elseif (Js::typeof($cause) === 'object') {
            $fields = Js::keys($cause);
            for ($i = 0; $i < count($fields); $i++) {
                $texts = $this->to_array($this->safe_value($cause, $fields[$i]));
                for ($j = 0; $j < count($texts); $j++) {
                    $messages[] = Js::get($texts, $j);
                }
            }
        }
        if ($error !== null) {
            $messages[] = $error;
        }
        $feedback = Js::boundedText(Js::boundedText(Js::toStr($this->id) . ' ') . Js::join($messages, ' '));
        if ($code !== null) {
            $this->throw_exactly_matched_exception(Js::get($this->exceptions, 'exact'), $code, $feedback);
        }
        for ($i = 0; $i < count($messages); $i++) {
            $this->throw_exactly_matched_exception(
                Js::get($this->exceptions, 'exact'),
                Js::get($messages, $i),
                $feedback,
            );
            $this->throw_broadly_matched_exception(
                Js::get($this->exceptions, 'broad'),
                Js::get($messages, $i),
                $feedback,
            );
        }
        throw new ExchangeError($feedback);
    }

    // --- streaming: WebSocket API v2 (https://www.bitstamp.net/websocket/v2/): live trades and order books ----------
    public function watch_channel($channel, $message_hash) {
        $message = ['event' => 'bts:subscribe', 'data' => ['channel' => $channel]];
        return $this->watch($this->stream_url('public'), $message_hash, $channel, $message);
    }

    public function un_watch_channel($prefix, $symbol, $message_hash) {
        $this->load_markets();
        $market = $this->market($symbol);
        $channel = Js::add($prefix, Js::get($market, 'id'));
        $this->set_stream_state(Js::add($message_hash, Js::get($market, 'symbol')), null);
        $this->unwatch(
            $this->stream_url('public'),
            $channel,
            ['event' => 'bts:unsubscribe', 'data' => ['channel' => $channel]],
        );
    }

    public function watch_trades($symbol, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $market = $this->market($symbol);
        $trades = $this->watch_channel(
            Js::boundedText('live_trades_' . Js::toStr(Js::get($market, 'id'))),
            Js::boundedText('trades:' . Js::toStr(Js::get($market, 'symbol'))),
        );
        return $this->filter_by_since_limit($trades, $since, $limit, 'timestamp', true);
    }

    public function watch_order_book($symbol, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // order_book_<pair> sends the top 100 levels of each side whole, every time.
        $this->load_markets();
        $market = $this->market($symbol);
        $this->remember_book_limit(Js::get($market, 'symbol'), $limit);
        $book = $this->watch_channel(
            Js::boundedText('order_book_' . Js::toStr(Js::get($market, 'id'))),
            Js::boundedText('book:' . Js::toStr(Js::get($market, 'symbol'))),
        );
        return $this->limit_order_book($book, $limit);
    }

    public function un_watch_trades($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->un_watch_channel('live_trades_', $symbol, 'trades:');
    }

    public function un_watch_order_book($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->un_watch_channel('order_book_', $symbol, 'book:');
    }

    // private channels: the account's orders and trades in one market, with a token of the REST API
    public function private_subscription($prefix, $market) {
        // private-my_orders_<pair>-<user id>, authorized by a token that is good for subscribing for a minute.
        $response = $this->private_post_websockets_token();
        $channel = Js::boundedText(
            Js::boundedText(Js::boundedText('private-' . Js::toStr($prefix)) . Js::toStr(Js::get($market, 'id')) . '-') . Js::toStr(
                $this->safe_string($response, 'user_id'),
            ),
        );
        $token = $this->keep_session_token('stream', $this->safe_string($response, 'token'));
        return ['event' => 'bts:subscribe', 'data' => ['channel' => $channel, 'auth' => $token]];
    }

    public function resubscribe_message($url, $subscribe_hash, $message) {
        // A private subscription after a reconnect needs a new token.
        $data = $this->safe_dict($message, 'data', []);
        if ($this->safe_string($data, 'auth') === null) {
            return $message;
        }
        $response = $this->private_post_websockets_token();
        $token = $this->keep_session_token('stream', $this->safe_string($response, 'token'));
        $renewed = $this->extend($message, ['data' => $this->extend($data, ['auth' => $token])]);
        $this->set_stream_state(Js::boundedText('subscription:' . Js::toStr($subscribe_hash)), $renewed);
        return $renewed;
    }

    public function watch_private($prefix, $symbol, $message_hash) {
        if ($symbol === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr($this->id) . ' ' . Js::toStr(
                        $message_hash,
                    ) . ' needs a symbol: Bitstamp streams the account per market',
                ),
            );
        }
        $this->load_markets();
        $this->check_required_credentials();
        $market = $this->market($symbol);
        $subscribe_hash = Js::add($prefix, Js::get($market, 'id'));
        $message = $this->stream_state(Js::boundedText('subscription:' . Js::toStr($subscribe_hash)));
        if ($message === null) {
            $message = $this->private_subscription($prefix, $market);
            $this->set_stream_state(Js::boundedText('subscription:' . Js::toStr($subscribe_hash)), $message);
        }
        return $this->watch(
            $this->stream_url('public'),
            Js::boundedText(
                Js::boundedText(Js::toStr($message_hash) . ':') . Js::toStr(Js::get($market, 'symbol')),
            ),
            $subscribe_hash,
            $message,
        );
    }

    public function watch_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $orders = $this->watch_private('my_orders_', $symbol, 'orders');
        return $this->filter_by_since_limit($orders, $since, $limit, 'timestamp', true);
    }

    public function watch_my_trades($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $trades = $this->watch_private('my_trades_', $symbol, 'myTrades');
        return $this->filter_by_since_limit($trades, $since, $limit, 'timestamp', true);
    }

    public function handle_order_event($url, $event, $data, $market) {
        // order_created and order_changed: an open order, amount what is left of it; order_deleted: gone, filled
        // when nothing was left, else canceled. datetime is when it was placed, microtimestamp the event's time.
        $remaining = $this->safe_string($data, 'amount_str');
        $status = 'open';
        if ($event === 'order_deleted') {
            $status = Precise::string_eq($remaining, '0') ? 'closed' : 'canceled';
        }
        $order = $this->safe_order(
            [
                'id' => $this->safe_string($data, 'id_str'),
                'clientOrderId' => $this->safe_string($data, 'client_order_id'),
                'symbol' => Js::get($market, 'symbol'),
                'timestamp' => $this->safe_timestamp($data, 'datetime'),
                'lastUpdateTimestamp' => $this->safe_integer_product($data, 'microtimestamp', 0.001),
                'status' => $status,
                'side' => $this->safe_string($data, 'order_type') === '0' ? 'buy' : 'sell',
                'price' => $this->safe_string($data, 'price_str'),
                'remaining' => $remaining,
                'info' => $data,
            ],
            $market,
        );
        $this->resolve_order(
            $url,
            Js::boundedText('orders:' . Js::toStr(Js::get($market, 'symbol'))),
            $order,
        );
    }

    public function handle_my_trade_event($url, $data, $market) {
        $timestamp = $this->safe_integer_product($data, 'microtimestamp', 0.001);
        $trade = $this->trade_structure(
            id: $this->safe_string($data, 'id'),
            order: $this->safe_string($data, 'order_id'),
            symbol: Js::get($market, 'symbol'),
            timestamp: $timestamp,
            side: $this->safe_string($data, 'side'),
            price: $this->safe_string($data, 'price'),
            amount: $this->safe_string($data, 'amount'),
            fee: ['cost' => $this->safe_string($data, 'fee'), 'currency' => Js::get($market, 'quote')],
            info: $data,
            market: $market,
        );
        $this->resolve_cached(
            $url,
            Js::boundedText('myTrades:' . Js::toStr(Js::get($market, 'symbol'))),
            $trade,
        );
    }

    public function private_market($channel, $prefix) {
        // The market of private-<prefix><pair>-<user id>.
        $rest = Js::slice($channel, Js::length($prefix));
        return $this->safe_market(Js::get(Js::split($rest, '-'), 0));
    }

    public function handle_message($url, $message) {
        // { event, channel, data }: trade and data events; bts:error answers a request that failed.
        $event = $this->safe_string($message, 'event');
        $channel = $this->safe_string($message, 'channel', '');
        $data = $this->safe_dict($message, 'data', []);
        if (str_starts_with($channel, 'private-my_orders_') && Js::startsWith($event, 'order_')) {
            $this->handle_order_event(
                $url,
                $event,
                $data,
                $this->private_market($channel, 'private-my_orders_'),
            );
        } elseif (str_starts_with($channel, 'private-my_trades_') && ($event === 'trade')) {
            $this->handle_my_trade_event($url, $data, $this->private_market($channel, 'private-my_trades_'));
        } elseif ($event === 'bts:error') {
            $this->reject_update(
                $url,
                null,
                BadRequest::class,
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' ') . $this->safe_string(
                        $data,
                        'message',
                        'refused the request',
                    ),
                ),
            );
        } elseif (($event === 'trade') && str_starts_with($channel, 'live_trades_')) {
            $this->handle_trade_event($url, $data, $this->safe_market(Js::slice($channel, 12)));
        } elseif (($event === 'data') && str_starts_with($channel, 'order_book_')) {
            $this->handle_book_event($url, $data, $this->safe_market(Js::slice($channel, 11)));
        }
    }

    public function handle_trade_event($url, $data, $market) {
        // { id, price_str, amount_str, type: 0 buy or 1 sell, microtimestamp }: the REST trade's fields.
        $trade = $this->parse_trade(
            [
                'tid' => $this->safe_string($data, 'id'),
                'price' => $this->safe_string($data, 'price_str'),
                'amount' => $this->safe_string($data, 'amount_str'),
                'type' => $this->safe_string($data, 'type'),
            ],
            $market,
        );
        $timestamp = $this->safe_integer_product($data, 'microtimestamp', 0.001);
        $this->resolve_cached(
            $url,
            Js::boundedText('trades:' . Js::toStr(Js::get($market, 'symbol'))),
            $this->extend(
                $trade,
                ['timestamp' => $timestamp, 'datetime' => $this->iso8601($timestamp), 'info' => $data],
            ),
        );
    }

    public function handle_book_event($url, $data, $market) {
        // A whole book each time: it replaces the one before, unless it is older (microtimestamp).
        $message_hash = Js::boundedText('book:' . Js::toStr(Js::get($market, 'symbol')));
        if (!(Js::truthy($this->is_watched($url, $message_hash)))) {
            return; // nothing kept for what no caller watches (a server names symbols at will)
        }
        $nonce = $this->safe_integer($data, 'microtimestamp');
        $previous = $this->safe_integer($this->stream_state($message_hash, []), 'nonce');
        if (($previous !== null) && ($nonce !== null) && Js::lessEqual($nonce, $previous)) {
            return;
        }
        $book = $this->new_order_book(Js::get($market, 'symbol'));
        $book = $this->set_book_levels(
            $this->set_book_levels($book, 'bids', $this->safe_list($data, 'bids', [])),
            'asks',
            $this->safe_list($data, 'asks', []),
        );
        Js::set($book, 'nonce', $nonce);
        Js::set($book, 'timestamp', $this->safe_integer_product($data, 'microtimestamp', 0.001));
        $this->set_stream_state($message_hash, $book);
        $this->resolve_update($url, $this->order_book_view($book), $message_hash);
    }
}
