<?php

// Generated from js/buda.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class buda extends Exchange {
    public function describe() {
        return $this->deep_extend(
            parent::describe(),
            [
                'id' => 'buda',
                'name' => 'Buda',
                'countries' => ['CL', 'CO', 'PE'],
                'version' => 'v2',
                'rateLimit' => 500,
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
                    'fetchOrders' => true,
                    'fetchOpenOrders' => true,
                    'fetchClosedOrders' => true,
                    'fetchMyTrades' => false,
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
                    'api' => 'https://www.buda.com/api',
                    'www' => 'https://www.buda.com',
                    'doc' => 'https://api.buda.com',
                    'fees' => 'https://www.buda.com/comisiones',
                ],
                'api' => [
                    'public' => [
                        'get' => [
                            'markets',
                            'markets/{market}',
                            'markets/{market}/ticker',
                            'markets/{market}/volume',
                            'markets/{market}/order_book',
                            'markets/{market}/trades',
                            'tickers',
                            'currencies/{currency}/fees/deposit',
                            'currencies/{currency}/fees/withdrawal',
                        ],
                    ],
                    'private' => [
                        'get' => [
                            'me',
                            'balances',
                            'balances/{currency}',
                            'markets/{market}/orders',
                            'orders/{id}',
                            'currencies/{currency}/deposits',
                            'currencies/{currency}/withdrawals',
                            'currencies/{currency}/receive_addresses',
                            'currencies/{currency}/receive_addresses/{id}',
                        ],
                        'post' => [
                            'markets/{market}/orders',
                            'currencies/{currency}/withdrawals',
                            'currencies/{currency}/receive_addresses',
                        ],
                        'put' => ['orders/{id}'],
                    ],
                ],
                'requiredCredentials' => ['apiKey' => true, 'secret' => true],
                'fees' => [
                    'trading' => [
                        'tierBased' => true,
                        'percentage' => true,
                        'taker' => 0.008,
                        'maker' => 0.004,
                    ],
                ],
                'options' => [
                    'orderStatuses' => [
                        'received' => 'open',
                        'pending' => 'open',
                        'traded' => 'closed',
                        'canceling' => 'canceled',
                        'canceled' => 'canceled',
                    ],
                    'transferStatuses' => [
                        'pending_preparation' => 'pending',
                        'pending_signature' => 'pending',
                        'pending_confirmation' => 'pending',
                        'pending_execution' => 'pending',
                        'retained' => 'pending',
                        'confirmed' => 'ok',
                        'rejected' => 'failed',
                        'anulled' => 'canceled',
                    ],
                ],
                'exceptions' => [
                    'exact' => [
                        'not_authorized' => AuthenticationError::class,
                        'invalid_signature' => AuthenticationError::class,
                        'invalid_nonce' => AuthenticationError::class,
                        'forbidden' => PermissionDenied::class,
                        'insufficient_funds' => InsufficientFunds::class,
                        'insufficient_balance' => InsufficientFunds::class,
                        'amount_too_small' => InvalidOrder::class,
                        'price_out_of_range' => InvalidOrder::class,
                        'market_not_found' => BadSymbol::class,
                        'order_not_found' => OrderNotFound::class,
                        'invalid_param' => BadRequest::class,
                    ],
                    'broad' => [],
                ],
            ],
        );
    }

    // --- markets -------------------------------------------------------------------------------------
    public function amount_of($entry, $key) {
        // [ '0.001', 'BTC' ] -> '0.001'
        return $this->safe_string($this->safe_list($entry, $key, []), 0);
    }

    public function fetch_markets($params = null) {
        if ($params === null) {
            $params = [];
        }
        // markets: { markets: [ { id: 'BTC-CLP', name: 'btc-clp', base_currency, quote_currency,
        // minimum_order_amount: [ '0.001', 'BTC' ], taker_fee: '0.8', maker_fee: '0.4' (percent), ... } ] }.
        $response = $this->public_get_markets($params);
        $markets = $this->required_list($response, 'markets');
        $result = [];
        for ($i = 0; Js::less($i, Js::length($markets)); $i++) {
            $entry = Js::get($markets, $i);
            $base_id = $this->safe_string($entry, 'base_currency');
            $quote_id = $this->safe_string($entry, 'quote_currency');
            $base = $this->safe_currency_code($base_id);
            $quote = $this->safe_currency_code($quote_id);
            $taker = $this->safe_string($entry, 'taker_fee');
            $maker = $this->safe_string($entry, 'maker_fee');
            $result[] = $this->safe_market_structure(
                [
                    'id' => $this->safe_string($entry, 'id'),
                    'symbol' => Js::boundedText(Js::toStr($base) . '/' . Js::toStr($quote)),
                    'base' => $base,
                    'quote' => $quote,
                    'baseId' => $base_id,
                    'quoteId' => $quote_id,
                    'type' => 'spot',
                    'spot' => true,
                    'taker' => $taker === null ? Js::get(Js::get($this->fees, 'trading'), 'taker') : $this->parse_number(
                        Precise::string_div($taker, '100'),
                    ),
                    'maker' => $maker === null ? Js::get(Js::get($this->fees, 'trading'), 'maker') : $this->parse_number(
                        Precise::string_div($maker, '100'),
                    ),
                    'precision' => ['amount' => null, 'price' => null],
                    'limits' => [
                        'amount' => [
                            'min' => $this->parse_number($this->amount_of($entry, 'minimum_order_amount')),
                            'max' => null,
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

    public function market_path_id($market) {
        // The documentation's URLs name markets in lower case: markets/btc-clp/ticker.
        return Js::lowerCase(Js::textReceiver(Js::get($market, 'id'), 'toLowerCase'));
    }

    public function currency_path_id($currency) {
        // ... and currencies too: currencies/btc/withdrawals.
        return Js::lowerCase(Js::textReceiver(Js::get($currency, 'id'), 'toLowerCase'));
    }

    // --- market data ---------------------------------------------------------------------------------
    public function parse_ticker($ticker, $market = null) {
        // { market_id: 'BTC-CLP', last_price: [ price, quote ], min_ask, max_bid, volume: [ amount, base ],
        // price_variation_24h: '0.005' (a fraction: 0.5 %), price_variation_7d }. No timestamp.
        $market = $this->safe_market($this->safe_string($ticker, 'market_id'), $market, '-');
        $variation = $this->safe_string($ticker, 'price_variation_24h');
        return $this->ticker_structure(
            symbol: Js::get($market, 'symbol'),
            bid: $this->amount_of($ticker, 'max_bid'),
            ask: $this->amount_of($ticker, 'min_ask'),
            last: $this->amount_of($ticker, 'last_price'),
            percentage: $variation === null ? null : Precise::string_mul($variation, '100'),
            base_volume: $this->amount_of($ticker, 'volume'),
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
        $response = $this->public_get_markets_market_ticker(
            $this->extend(['market' => $this->market_path_id($market)], $params),
        );
        return $this->parse_ticker($this->safe_dict($response, 'ticker', []), $market);
    }

    public function fetch_tickers($symbols = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // tickers: { tickers: [ ticker, ... ] } of every market.
        $this->load_markets();
        $response = $this->public_get_tickers($params);
        return $this->parse_tickers($this->required_list($response, 'tickers'), $symbols);
    }

    public function fetch_order_book($symbol, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // markets/{market}/order_book: { order_book: { asks: [ [ price, amount ] ], bids, market_id } }, the
        // whole book (the endpoint takes no depth: limit is applied here).
        $this->load_markets();
        $market = $this->market($symbol);
        $response = $this->public_get_markets_market_order_book(
            $this->extend(['market' => $this->market_path_id($market)], $params),
        );
        $book = $this->parse_order_book(
            $this->safe_dict($response, 'order_book', []),
            Js::get($market, 'symbol'),
        );
        return $this->limit_order_book($book, $limit);
    }

    public function parse_trade($trade, $market = null) {
        // A public trade is [ timestamp (ms), amount (base), price (quote), direction (the taker's side), id ]
        // (the id is not in every documented example).
        $side = $this->safe_string_lower($trade, 3);
        return $this->trade_structure(
            id: $this->safe_string($trade, 4),
            timestamp: $this->safe_integer($trade, 0),
            symbol: $market === null ? null : Js::get($market, 'symbol'),
            side: ($side === 'buy') || ($side === 'sell') ? $side : null,
            taker_or_maker: 'taker',
            price: $this->safe_string($trade, 2),
            amount: $this->safe_string($trade, 1),
            info: $trade,
            market: $market,
        );
    }

    public function fetch_trades($symbol, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // markets/{market}/trades?limit (at most 100): { trades: { timestamp, last_timestamp, market_id,
        // entries: [ ... ] } }, newest first. Its timestamp parameter pages backwards (trades before it), so since
        // cannot be sent: the newest trades are fetched and since is applied here.
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['market' => $this->market_path_id($market)];
        if ($limit !== null) {
            $request['limit'] = Js::min($limit, 100);
        }
        $response = $this->public_get_markets_market_trades($this->extend($request, $params));
        $trades = $this->safe_dict($response, 'trades', []);
        return $this->parse_trades($this->required_list($trades, 'entries'), $market, $since, $limit);
    }

    // --- account -------------------------------------------------------------------------------------
    public function fetch_balance($params = null) {
        if ($params === null) {
            $params = [];
        }
        // balances: { balances: [ { id: 'BTC', amount (the total), available_amount, frozen_amount (in open
        // orders), pending_withdraw_amount, account_id } ] }.
        $this->load_markets();
        $response = $this->private_get_balances($params);
        $balances = $this->required_list($response, 'balances');
        $result = ['info' => $response];
        for ($i = 0; Js::less($i, Js::length($balances)); $i++) {
            $entry = Js::get($balances, $i);
            $code = $this->safe_currency_code($this->safe_string($entry, 'id'));
            $account = $this->account();
            Js::set($account, 'free', $this->amount_of($entry, 'available_amount'));
            Js::set($account, 'total', $this->amount_of($entry, 'amount'));
            Js::setKey($result, $code, $account);
        }
        return $this->safe_balance($result);
    }

    // --- orders --------------------------------------------------------------------------------------
    public function parse_order($order, $market = null) {
        // { id, market_id, type: 'Bid' or 'Ask', state, created_at, fee_currency, price_type: 'limit' or 'market',
        // limit: [ price, quote ] (null for a market order), amount (what is left), original_amount, traded_amount,
        // total_exchanged (quote), paid_fee: [ cost, currency ] }.
        $market = $this->safe_market($this->safe_string($order, 'market_id'), $market, '-');
        $type = $this->safe_string($order, 'type');
        $side = null;
        if ($type === 'Bid') {
            $side = 'buy';
        } elseif ($type === 'Ask') {
            $side = 'sell';
        }
        $state = $this->safe_string($order, 'state');
        $fee = null;
        $fee_pair = $this->safe_list($order, 'paid_fee');
        $fee_cost = $this->safe_string($fee_pair, 0);
        if ($fee_cost !== null) {
            $fee = [
                'cost' => $fee_cost,
                'currency' => $this->safe_currency_code(
                    $this->safe_string($fee_pair, 1, $this->safe_string($order, 'fee_currency')),
                ),
            ];
        }
        $price_type = $this->safe_string($order, 'price_type');
        return $this->safe_order(
            [
                'id' => $this->safe_string($order, 'id'),
                'timestamp' => $this->parse8601($this->safe_string($order, 'created_at')),
                'symbol' => Js::get($market, 'symbol'),
                'type' => ($price_type === 'limit') || ($price_type === 'market') ? $price_type : null,
                'side' => $side,
                'price' => $this->amount_of($order, 'limit'),
                'amount' => $this->amount_of($order, 'original_amount'),
                'filled' => $this->amount_of($order, 'traded_amount'),
                'remaining' => $this->amount_of($order, 'amount'),
                'cost' => $this->amount_of($order, 'total_exchanged'),
                'status' => $this->safe_string(Js::get($this->options, 'orderStatuses'), $state),
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
        // POST markets/{market}/orders { type: 'Bid' or 'Ask', price_type: 'limit' or 'market', limit (the price
        // of a limit order), amount } answers { order }. The documented order has no time in force other than
        // resting until canceled, no post-only flag, no client id and no trigger: those params are refused.
        $this->load_markets();
        $market = $this->market($symbol);
        [$unified, $rest] = Js::destructure($this->unified_order_params($type, $params), 2);
        $this->reject_unified_params(
            'createOrder',
            $unified,
            [
                'postOnly',
                'reduceOnly',
                'triggerPrice',
                'stopLossPrice',
                'takeProfitPrice',
                'clientOrderId',
                'cost',
            ],
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
        $time_in_force = Js::get($unified, 'timeInForce');
        if (($time_in_force !== null) && (!($time_in_force === 'GTC') || !($type === 'limit'))) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr($this->id) . ' createOrder () does not support the unified param timeInForce ' . Js::toStr($time_in_force) . ' for ' . Js::toStr(
                        $type,
                    ) . ' orders: a limit order rests until canceled (GTC), nothing else is documented',
                ),
            );
        }
        $request = [
            'market' => $this->market_path_id($market),
            'type' => $side === 'buy' ? 'Bid' : 'Ask',
            'price_type' => $type,
        ];
        if ($type === 'limit') {
            if ($price === null) {
                throw new ArgumentsRequired(
                    Js::boundedText(
                        Js::toStr($this->id) . ' createOrder () requires a price for a limit order',
                    ),
                );
            }
            $request['limit'] = $this->price_to_precision($symbol, $price);
        }
        $request['amount'] = $this->amount_to_precision($symbol, $amount);
        $response = $this->private_post_markets_market_orders($this->extend($request, $rest));
        return $this->parse_order($this->safe_dict($response, 'order', []), $market);
    }

    public function cancel_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // PUT orders/{id} { state: 'canceling' } answers { order } in the state canceling.
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $request = ['id' => $id, 'state' => 'canceling'];
        $response = $this->private_put_orders_id($this->extend($request, $params));
        return $this->parse_order($this->safe_dict($response, 'order', []), $market);
    }

    public function fetch_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // orders/{id}: { order }.
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $response = $this->private_get_orders_id($this->extend(['id' => $id], $params));
        return $this->parse_order($this->safe_dict($response, 'order', []), $market);
    }

    public function fetch_orders_with_state($method, $state, $symbol, $limit, $params) {
        // markets/{market}/orders?state&per (at most 300): { orders: [ ... ], meta: { current_page, total_count,
        // total_pages } }, newest first, of one market. No time range: until is refused rather than ignored.
        $this->reject_unified_params($method, $params, ['until']);
        if ($symbol === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr($this->id) . ' ' . Js::toStr(
                        $method,
                    ) . ' () requires a symbol: the orders are listed per market',
                ),
            );
        }
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['market' => $this->market_path_id($market)];
        if ($state !== null) {
            $request['state'] = $state;
        }
        if ($limit !== null) {
            $request['per'] = Js::min($limit, 300);
        }
        $response = $this->private_get_markets_market_orders($this->extend($request, $params));
        return [$market, $this->required_list($response, 'orders')];
    }

    public function fetch_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        [$market, $orders] = Js::destructure(
            $this->fetch_orders_with_state('fetchOrders', null, $symbol, $limit, $params),
            2,
        );
        return $this->parse_orders($orders, $market, $since, $limit);
    }

    public function fetch_open_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // state pending: the orders in the book.
        [$market, $orders] = Js::destructure(
            $this->fetch_orders_with_state('fetchOpenOrders', 'pending', $symbol, $limit, $params),
            2,
        );
        return $this->parse_orders($orders, $market, $since, $limit);
    }

    public function fetch_closed_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // The market's orders that are no longer open (traded, canceling or canceled).
        [$market, $orders] = Js::destructure(
            $this->fetch_orders_with_state('fetchClosedOrders', null, $symbol, $limit, $params),
            2,
        );
        $parsed = $this->parse_orders($orders, $market, $since);
        $result = [];
        for ($i = 0; Js::less($i, Js::length($parsed)); $i++) {
            $status = Js::get(Js::get($parsed, $i), 'status');
            if (($status !== null) && !($status === 'open')) {
                $result[] = Js::get($parsed, $i);
            }
        }
        return $this->filter_by_since_limit($result, $since, $limit);
    }

    // --- funding -------------------------------------------------------------------------------------
    public function parse_transaction($transaction, $currency = null) {
        // deposits and withdrawals: { id, state, currency, created_at, amount: [ amount, currency ],
        // fee: [ cost, currency ], deposit_data or withdrawal_data: { address or target_address, tx_hash } }.
        $code = $this->safe_currency_code($this->safe_string($transaction, 'currency'), $currency);
        $withdrawal_data = $this->safe_dict($transaction, 'withdrawal_data');
        $data = $withdrawal_data === null ? $this->safe_dict(
            $transaction,
            'deposit_data',
            [],
        ) : $withdrawal_data;
        $fee = null;
        $fee_cost = $this->amount_of($transaction, 'fee');
        if ($fee_cost !== null) {
            $fee = ['cost' => $fee_cost, 'currency' => $code];
        }
        $state = $this->safe_string($transaction, 'state');
        return $this->safe_transaction(
            [
                'id' => $this->safe_string($transaction, 'id'),
                'txid' => $this->safe_string($data, 'tx_hash'),
                'timestamp' => $this->parse8601($this->safe_string($transaction, 'created_at')),
                'address' => $this->safe_string2($data, 'target_address', 'address'),
                'type' => $withdrawal_data === null ? 'deposit' : 'withdrawal',
                'amount' => $this->amount_of($transaction, 'amount'),
                'currency' => $code,
                'status' => $this->safe_string(Js::get($this->options, 'transferStatuses'), $state),
                'fee' => $fee,
                'info' => $transaction,
            ],
            $currency,
        );
    }

    public function fetch_transfers_of($type, $code, $since, $limit, $params) {
        // currencies/{currency}/deposits and .../withdrawals?per: newest first, of one currency; no time range.
        $method = $type === 'deposit' ? 'fetchDeposits' : 'fetchWithdrawals';
        $this->reject_unified_params($method, $params, ['until']);
        if ($code === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' ' . $method . ' () requires a currency code: the API lists them per currency',
                ),
            );
        }
        $this->load_markets();
        $currency = $this->currency($code);
        $request = ['currency' => $this->currency_path_id($currency)];
        if ($limit !== null) {
            $request['per'] = Js::min($limit, 300);
        }
        $entries = null;
        if ($type === 'deposit') {
            $response = $this->private_get_currencies_currency_deposits($this->extend($request, $params));
            $entries = $this->required_list($response, 'deposits');
        } else {
            $response = $this->private_get_currencies_currency_withdrawals($this->extend($request, $params));
            $entries = $this->required_list($response, 'withdrawals');
        }
        return $this->parse_transactions($entries, $currency, $since, $limit);
    }

    public function fetch_deposits($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->fetch_transfers_of('deposit', $code, $since, $limit, $params);
    }

    public function fetch_withdrawals($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->fetch_transfers_of('withdrawal', $code, $since, $limit, $params);
    }

    public function fetch_deposit_address($code, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // currencies/{currency}/receive_addresses: { receive_addresses: [ { id, address, ready, created_at } ] }:
        // the newest ready address. Each currency has one network, which the API does not name.
        $this->reject_unified_params('fetchDepositAddress', $params, ['network']);
        $this->load_markets();
        $currency = $this->currency($code);
        $response = $this->private_get_currencies_currency_receive_addresses(
            $this->extend(['currency' => $this->currency_path_id($currency)], $params),
        );
        $addresses = $this->required_list($response, 'receive_addresses');
        $found = null;
        $newest = null;
        for ($i = 0; Js::less($i, Js::length($addresses)); $i++) {
            $entry = Js::get($addresses, $i);
            $address = $this->safe_string($entry, 'address');
            if (($address === null) || !($this->safe_bool($entry, 'ready') === true)) {
                continue;
            }
            $created = $this->parse8601($this->safe_string($entry, 'created_at'));
            if (
                ($found === null) || (
                    ($created !== null) && (($newest === null) || Js::greater($created, $newest))
                )
            ) {
                $found = $entry;
                $newest = $created;
            }
        }
        if ($found === null) {
            throw new InvalidAddress(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' fetchDepositAddress () found no ready ') . Js::toStr(
                        Js::get($currency, 'code'),
                    ) . ' address: create one on Buda.com first',
                ),
            );
        }
        return [
            'currency' => Js::get($currency, 'code'),
            'address' => $this->safe_string($found, 'address'),
            'info' => $found,
        ];
    }

    public function withdraw($code, $amount, $address, $tag = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST currencies/{currency}/withdrawals { amount, withdrawal_data: { target_address } } answers
        // { withdrawal }. The documented request has neither a network nor a tag (memo): both are refused.
        $this->reject_unified_params('withdraw', $params, ['network']);
        if ($tag !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' withdraw () does not support a tag: the documented request is an amount and a target_address',
                ),
            );
        }
        $this->load_markets();
        $currency = $this->currency($code);
        $request = [
            'currency' => $this->currency_path_id($currency),
            'amount' => $this->currency_to_precision($code, $amount),
            'withdrawal_data' => ['target_address' => $address],
        ];
        $response = $this->private_post_currencies_currency_withdrawals($this->extend($request, $params));
        return $this->parse_transaction($this->safe_dict($response, 'withdrawal', []), $currency);
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
        // GET sends its params as the query string, POST and PUT as a JSON body.
        // The URL is urls['api'] (https://www.buda.com/api) and the path; the signature covers the URL's whole path.
        $version_path = Js::boundedText(
            Js::boundedText('/' . Js::toStr($this->version) . '/') . Js::toStr(
                $this->implode_params($path, $params),
            ),
        );
        $query = $this->omit($params, $this->extract_params($path));
        $has_body = ($method === 'POST') || ($method === 'PUT');
        if (!($has_body) && (count(Js::keys($query)) > 0)) {
            $version_path .= Js::within(
                $version_path,
                Js::within($version_path, '?') . Js::toStr($this->urlencode($query)),
            );
        }
        $url = Js::boundedText(Js::toStr(Js::get($this->urls, 'api')) . $version_path);
        $request_path = Js::boundedText('/api' . $version_path);
        if ($api === 'public') {
            return ['url' => $url, 'method' => $method, 'body' => $body, 'headers' => $headers];
        }
        $this->check_required_credentials();
        $nonce = $this->number_to_string($this->microseconds());
        $auth = Js::boundedText(Js::toStr($method) . ' ' . $request_path);
        $headers = ['X-SBTC-APIKEY' => $this->apiKey, 'X-SBTC-NONCE' => $nonce];
        if ($has_body) {
            $body = count(Js::keys($query)) > 0 ? $this->json(
                $query,
            ) : '{}'; // (PHP writes an empty dictionary as [])
            $auth .= Js::within($auth, Js::within($auth, ' ') . Js::toStr($this->string_to_base64($body)));
            Js::set($headers, 'Content-Type', 'application/json');
        }
        $auth .= Js::within($auth, ' ' . Js::toStr($nonce));
        Js::set(
            $headers,
            'X-SBTC-SIGNATURE',
            $this->hmac($this->encode($auth), $this->encode($this->secret), 'sha384'),
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
        // { "message": "...", "code": "not_authorized" } with an HTTP 4xx or 5xx status. A not_found answer is an
        // unknown order on orders/{id}, an unknown market on markets/{market}/...; other codes fall to the HTTP
        // status (429 RateLimitExceeded, 503 OnMaintenance, ...).
        if (
            ($response === null) || Js::isArray($response) || !(Js::typeof($response) === 'object') || Js::less(
                $status,
                400,
            )
        ) {
            return null;
        }
        $code = $this->safe_string($response, 'code');
        if ($code === null) {
            return null;
        }
        $feedback = Js::boundedText(
            Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($method) . ' ' . Js::toStr($url) . ' ' . Js::toStr($code) . ' ') . $this->safe_string(
                $response,
                'message',
                '',
            ),
        );
        $this->throw_exactly_matched_exception(Js::get($this->exceptions, 'exact'), $code, $feedback);
        if ($code === 'not_found') {
            if (Js::indexOf($url, '/api/v2/orders/') >= 0) {
                throw new OrderNotFound($feedback);
            }
            if (Js::indexOf($url, '/api/v2/markets/') >= 0) {
                throw new BadSymbol($feedback);
            }
            throw new BadRequest($feedback);
        }
        return null;
    }
}
