<?php

// Generated from js/zaif.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class zaif extends Exchange {
    public function describe() {
        return $this->deep_extend(
            parent::describe(),
            [
                'id' => 'zaif',
                'name' => 'Zaif',
                'countries' => ['JP'],
                'version' => '1',
                'rateLimit' => 1000,
                'has' => [
                    'fetchMarkets' => true,
                    'fetchCurrencies' => true,
                    'fetchTicker' => true,
                    'fetchTickers' => false,
                    'fetchOrderBook' => true,
                    'fetchOHLCV' => false,
                    'fetchTrades' => true,
                    'fetchBalance' => true,
                    'createOrder' => true,
                    'cancelOrder' => true,
                    'editOrder' => false,
                    'fetchOrder' => false,
                    'fetchOrders' => false,
                    'fetchOpenOrders' => true,
                    'fetchClosedOrders' => false,
                    'fetchMyTrades' => true,
                    'fetchDeposits' => true,
                    'fetchWithdrawals' => true,
                    'fetchTransactions' => false,
                    'fetchLedger' => false,
                    'fetchDepositAddress' => false,
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
                    'api' => [
                        'public' => 'https://api.zaif.jp/api/1',
                        'private' => 'https://api.zaif.jp/tapi',
                    ],
                    'www' => 'https://zaif.jp',
                    'doc' => 'https://techbureau-api-document.readthedocs.io/ja/latest/index.html',
                ],
                'api' => [
                    'public' => [
                        'get' => [
                            'currencies/{currency}',
                            'currency_pairs/{pair}',
                            'ticker/{pair}',
                            'depth/{pair}',
                            'trades/{pair}',
                        ],
                    ],
                    'private' => [
                        'post' => [
                            'get_info2',
                            'trade_history',
                            'active_orders',
                            'trade',
                            'cancel_order',
                            'withdraw',
                            'deposit_history',
                            'withdraw_history',
                        ],
                    ],
                ],
                'fees' => ['trading' => ['tierBased' => false, 'percentage' => true]],
                'precisionMode' => TICK_SIZE,
                'requiredCredentials' => ['apiKey' => true, 'secret' => true],
                'options' => ['sides' => ['bid' => 'buy', 'ask' => 'sell']],
                'exceptions' => [
                    'exact' => [
                        'no data found for the key' => AuthenticationError::class,
                        'secret mismatch' => AuthenticationError::class,
                        'invalid access token' => AuthenticationError::class,
                        'expired access token' => AuthenticationError::class,
                        'method not found' => BadRequest::class,
                        'nonce not incremented' => InvalidNonce::class,
                        'nonce out of range' => InvalidNonce::class,
                        'time wait restriction, please wait a minute.' => RateLimitExceeded::class,
                        'insufficient funds' => InsufficientFunds::class,
                        'InsufficientFunds' => InsufficientFunds::class,
                        'invalid price parameter' => InvalidOrder::class,
                        'invalid amount parameter' => InvalidOrder::class,
                        'limit must be greater than the price' => InvalidOrder::class,
                        'limit must be a smaller value than the price' => InvalidOrder::class,
                        'invalid currency_pair parameter' => BadSymbol::class,
                        'trade temporarily unavailable.' => ExchangeNotAvailable::class,
                        'your account is restricted now, KYC required.' => AccountSuspended::class,
                        'illegal comment' => BadRequest::class,
                        'merchant account dont have trade permission' => PermissionDenied::class,
                    ],
                    'broad' => ['illegal currency' => BadRequest::class, 'parameter' => BadRequest::class],
                ],
            ],
        );
    }

    // --- markets -------------------------------------------------------------------------------------
    public function fetch_markets($params = null) {
        if ($params === null) {
            $params = [];
        }
        // currency_pairs/all: [ { name: 'BTC/JPY', currency_pair: 'btc_jpy', is_token, event_number (not 0 for an
        // event token, which the trade API does not trade), item_unit_min, item_unit_step (the base amount's
        // minimum and step), aux_unit_min, aux_unit_step (the price's minimum and step), aux_unit_point, ... } ].
        $response = $this->public_get_currency_pairs_pair($this->extend(['pair' => 'all'], $params));
        if (!(Js::isArray($response))) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent a currency pair list that is no list: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        $result = [];
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            $entry = Js::get($response, $i);
            $id = $this->safe_string($entry, 'currency_pair');
            if ($id === null) {
                throw new BadResponse(
                    Js::boundedText(
                        Js::boundedText(Js::toStr($this->id) . ' sent a currency pair without currency_pair: ') . Js::toStr(
                            $this->excerpt($this->json($entry)),
                        ),
                    ),
                );
            }
            $parts = Js::split($id, '_');
            if (!(count($parts) == 2)) {
                throw new BadResponse(
                    Js::boundedText(
                        Js::toStr($this->id) . ' sent a currency pair id that is not <base>_<quote>: ' . Js::toStr(
                            $id,
                        ),
                    ),
                );
            }
            $base_id = Js::get($parts, 0);
            $quote_id = Js::get($parts, 1);
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
                    'active' => $this->safe_string($entry, 'event_number', '0') === '0',
                    'precision' => [
                        'amount' => $this->safe_number($entry, 'item_unit_step'),
                        'price' => $this->safe_number($entry, 'aux_unit_step'),
                    ],
                    'limits' => [
                        'amount' => ['min' => $this->safe_number($entry, 'item_unit_min')],
                        'price' => ['min' => $this->safe_number($entry, 'aux_unit_min')],
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
        // currencies/all: [ { name: 'btc', is_token: false }, { name: 'XCP', is_token: true }, ... ].
        $response = $this->public_get_currencies_currency($this->extend(['currency' => 'all'], $params));
        if (!(Js::isArray($response))) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent a currency list that is no list: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        $result = [];
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            $entry = Js::get($response, $i);
            $id = $this->safe_string($entry, 'name');
            if ($id === null) {
                continue;
            }
            $code = $this->safe_currency_code($id);
            Js::setKey($result, $code, ['id' => $id, 'code' => $code, 'info' => $entry]);
        }
        return $result;
    }

    // --- market data ---------------------------------------------------------------------------------
    public function parse_ticker($ticker, $market = null) {
        // ticker/{currency_pair}: { last, high, low, vwap, volume (base, the last 24 hours), bid, ask }, without
        // the pair or a time.
        return $this->ticker_structure(
            symbol: $this->safe_symbol(null, $market),
            high: $this->safe_string($ticker, 'high'),
            low: $this->safe_string($ticker, 'low'),
            bid: $this->safe_string($ticker, 'bid'),
            ask: $this->safe_string($ticker, 'ask'),
            vwap: $this->safe_string($ticker, 'vwap'),
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
        $response = $this->public_get_ticker_pair($this->extend(['pair' => Js::get($market, 'id')], $params));
        return $this->parse_ticker($response, $market);
    }

    public function fetch_order_book($symbol, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // depth/{currency_pair}: { asks: [ [ price, amount ], ... ], bids: [ ... ] }, the whole book, no time.
        $this->load_markets();
        $market = $this->market($symbol);
        $response = $this->public_get_depth_pair($this->extend(['pair' => Js::get($market, 'id')], $params));
        $this->required_list($response, 'bids');
        $this->required_list($response, 'asks');
        $book = $this->parse_order_book($response, Js::get($market, 'symbol'));
        if ($limit !== null) {
            Js::set($book, 'bids', Js::slice(Js::get($book, 'bids'), 0, $limit));
            Js::set($book, 'asks', Js::slice(Js::get($book, 'asks'), 0, $limit));
        }
        return $book;
    }

    public function parse_trade($trade, $market = null) {
        // Public trades (trades/{currency_pair}): { date, price, amount, tid, currency_pair, trade_type (bid: a
        // buy, ask: a sell) }. The account's trades (trade_history, keyed by id, the id added by the caller):
        // { currency_pair, action (the taker's side), amount, price, fee, your_action (the account's side; both
        // for a trade with itself), bonus (the fee rebated), timestamp, comment }.
        $market_id = $this->safe_string($trade, 'currency_pair');
        $market = $this->safe_market($market_id, $market, '_');
        $sides = $this->safe_dict($this->options, 'sides', []);
        $action = $this->safe_string($trade, 'action');
        $your_action = $this->safe_string($trade, 'your_action');
        $side = null;
        $taker_or_maker = null;
        $fee = null;
        if ($your_action === null) {
            $side = $this->safe_string($sides, $this->safe_string($trade, 'trade_type'));
        } else {
            $side = $this->safe_string($sides, $your_action);
            if (($side !== null) && ($action !== null)) {
                $taker_or_maker = Js::strictEqual($your_action, $action) ? 'taker' : 'maker';
            }
            // fee less bonus; the docs name no currency for either. Their example (a 0.03 BTC sell at 56000 JPY,
            // bonus 1.6) is 0.1 % of the 1680 JPY it traded, in the quote currency, which is the one used here.
            $fee_cost = $this->safe_string($trade, 'fee');
            $bonus = $this->safe_string($trade, 'bonus');
            if (($fee_cost !== null) || ($bonus !== null)) {
                $fee = [
                    'cost' => Precise::string_sub(
                        $fee_cost === null ? '0' : $fee_cost,
                        $bonus === null ? '0' : $bonus,
                    ),
                    'currency' => Js::get($market, 'quote'),
                ];
            }
        }
        return $this->trade_structure(
            id: $this->safe_string($trade, 'tid'),
            timestamp: $this->safe_timestamp2($trade, 'date', 'timestamp'),
            symbol: Js::get($market, 'symbol'),
            side: $side,
            taker_or_maker: $taker_or_maker,
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
        // trades/{currency_pair}: the latest trades, the newest first.
        $this->load_markets();
        $market = $this->market($symbol);
        $response = $this->public_get_trades_pair($this->extend(['pair' => Js::get($market, 'id')], $params));
        if (!(Js::isArray($response))) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent a trade list that is no list: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        return $this->parse_trades($response, $market, $since, $limit);
    }

    // --- account -------------------------------------------------------------------------------------
    public function fetch_balance($params = null) {
        if ($params === null) {
            $params = [];
        }
        // get_info2: { funds (what is free, by currency id), deposit (the whole balance, orders included),
        // rights, open_orders, server_time }.
        $this->load_markets();
        $response = $this->private_post_get_info2($params);
        $data = $this->return_of($response);
        $funds = $this->safe_dict($data, 'funds', []);
        $deposit = $this->safe_dict($data, 'deposit', []);
        $result = ['info' => $response, 'timestamp' => $this->safe_timestamp($data, 'server_time')];
        $result['datetime'] = $this->iso8601(Js::get($result, 'timestamp'));
        $ids = $this->unique($this->array_concat(Js::keys($funds), Js::keys($deposit)));
        for ($i = 0; Js::less($i, Js::length($ids)); $i++) {
            $id = Js::get($ids, $i);
            $account = $this->account();
            Js::set($account, 'free', $this->safe_string($funds, $id));
            Js::set($account, 'total', $this->safe_string($deposit, $id));
            Js::setKey($result, $this->safe_currency_code($id), $account);
        }
        return $this->safe_balance($result);
    }

    public function return_of($response) {
        // The 'return' dictionary of a successful trade API answer (handleErrors has thrown for the others). An
        // empty list stands for an empty dictionary (a list without entries).
        $data = $this->safe_value($response, 'return');
        if (Js::isArray($data) && Js::strictEqual(Js::length($data), 0)) {
            return [];
        }
        if (($data === null) || Js::isArray($data) || !(Js::typeof($data) === 'object')) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent an answer without a return dictionary: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        return $data;
    }

    // --- trading -------------------------------------------------------------------------------------
    public function parse_order($order, $market = null) {
        // active_orders (keyed by order id, the id added by the caller): { currency_pair, action, amount, price,
        // timestamp }. trade and cancel_order answer with the order's id and the balance only: the callers build
        // those orders.
        $market_id = $this->safe_string($order, 'currency_pair');
        $market = $this->safe_market($market_id, $market, '_');
        $sides = $this->safe_dict($this->options, 'sides', []);
        return $this->safe_order(
            [
                'id' => $this->safe_string($order, 'order_id'),
                'timestamp' => $this->safe_timestamp($order, 'timestamp'),
                'symbol' => Js::get($market, 'symbol'),
                'type' => 'limit',
                'side' => $this->safe_string($sides, $this->safe_string($order, 'action')),
                'price' => $this->safe_string($order, 'price'),
                'amount' => $this->safe_string($order, 'amount'),
                'status' => 'open',
                'info' => $order,
            ],
            $market,
        );
    }

    public function create_order($symbol, $type, $side, $amount, $price = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // trade: currency_pair, action (bid or ask), price, amount, limit (a take-profit limit order placed for
        // what fills), comment. Only limit orders, good till canceled; the answer is { received (filled now),
        // remains (left on the book), order_id (0 when nothing remains), funds }.
        if (!($type === 'limit')) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr($this->id) . ' createOrder () places limit orders only, not ' . Js::toStr(
                        $type,
                    ) . ' orders',
                ),
            );
        }
        $time_in_force = $this->safe_string_upper($params, 'timeInForce');
        if (($time_in_force !== null) && !($time_in_force === 'GTC') && !($time_in_force === 'PO')) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr($this->id) . ' createOrder () does not support the unified param timeInForce ' . Js::toStr(
                        $time_in_force,
                    ) . ': orders rest on the book until canceled (GTC)',
                ),
            );
        }
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
        if (!($side === 'buy') && !($side === 'sell')) {
            throw new InvalidOrder(
                Js::boundedText(
                    Js::toStr($this->id) . ' createOrder () side must be buy or sell, not ' . Js::toStr(
                        $side,
                    ),
                ),
            );
        }
        if ($price === null) {
            throw new ArgumentsRequired(
                Js::boundedText(Js::toStr($this->id) . ' createOrder () requires a price for a limit order'),
            );
        }
        $this->load_markets();
        $market = $this->market($symbol);
        $request = [
            'currency_pair' => Js::get($market, 'id'),
            'action' => $side === 'buy' ? 'bid' : 'ask',
            'price' => $this->price_to_precision($symbol, $price),
            'amount' => $this->amount_to_precision($symbol, $amount),
        ];
        $response = $this->private_post_trade($this->extend($request, $rest));
        // An order filled at once leaves nothing on the book: its order_id is 0, the only id it has.
        $data = $this->return_of($response);
        $remains = $this->safe_string($data, 'remains');
        $status = null;
        if ($remains !== null) {
            $status = Precise::string_eq($remains, '0') ? 'closed' : 'open';
        }
        return $this->safe_order(
            [
                'id' => $this->safe_string($data, 'order_id'),
                'symbol' => Js::get($market, 'symbol'),
                'type' => 'limit',
                'side' => $side,
                'price' => Js::get($request, 'price'),
                'amount' => Js::get($request, 'amount'),
                'filled' => $this->safe_string($data, 'received'),
                'remaining' => $remains,
                'status' => $status,
                'info' => $response,
            ],
            $market,
        );
    }

    public function cancel_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // cancel_order: order_id, currency_pair (optional); answers { order_id, funds }.
        $this->load_markets();
        $market = null;
        $request = ['order_id' => $id];
        if ($symbol !== null) {
            $market = $this->market($symbol);
            $request['currency_pair'] = Js::get($market, 'id');
        }
        $response = $this->private_post_cancel_order($this->extend($request, $params));
        $data = $this->return_of($response);
        return $this->safe_order(
            [
                'id' => $this->safe_string($data, 'order_id', $id),
                'symbol' => $market === null ? null : Js::get($market, 'symbol'),
                'status' => 'canceled',
                'info' => $response,
            ],
            $market,
        );
    }

    public function fetch_open_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // active_orders: currency_pair (optional: every pair without it; the docs' is_token true lists the
        // counterparty tokens' orders instead). Answers { "<order id>": { order }, ... }.
        $this->load_markets();
        $market = null;
        $request = [];
        if ($symbol !== null) {
            $market = $this->market($symbol);
            $request['currency_pair'] = Js::get($market, 'id');
        }
        $response = $this->private_post_active_orders($this->extend($request, $params));
        $data = $this->return_of($response);
        $ids = Js::keys($data);
        $result = [];
        for ($i = 0; $i < count($ids); $i++) {
            $entry = $this->safe_dict($data, $ids[$i]);
            if ($entry === null) {
                continue;
            }
            $result[] = $this->extend($this->parse_order($entry, $market), ['id' => $ids[$i]]);
        }
        return $this->filter_by_symbol_since_limit(
            $this->sort_by($result, 'timestamp'),
            $symbol,
            $since,
            $limit,
        );
    }

    public function fetch_my_trades($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // trade_history: currency_pair (without it only a few old pairs are listed, so a symbol is required),
        // count, since and end (Unix seconds; either one sorts the oldest first), order (DESC by default).
        // Answers { "<trade id>": { trade }, ... }.
        if ($symbol === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' fetchMyTrades () requires a symbol: trade_history without currency_pair lists only some pairs',
                ),
            );
        }
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['currency_pair' => Js::get($market, 'id')];
        if ($limit !== null) {
            $request['count'] = $limit;
        }
        if ($since !== null) {
            $request['since'] = Js::floor(Js::divide($since, 1000));
        }
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            $request['end'] = Js::floor(Js::divide($until, 1000));
        }
        $response = $this->private_post_trade_history($this->extend($request, $this->omit($params, 'until')));
        $data = $this->return_of($response);
        $ids = Js::keys($data);
        $result = [];
        for ($i = 0; $i < count($ids); $i++) {
            $entry = $this->safe_dict($data, $ids[$i]);
            if ($entry === null) {
                continue;
            }
            $result[] = $this->extend($this->parse_trade($entry, $market), ['id' => $ids[$i]]);
        }
        return $this->filter_by_symbol_since_limit(
            $this->sort_by($result, 'timestamp'),
            Js::get($market, 'symbol'),
            $since,
            $limit,
        );
    }

    // --- funding -------------------------------------------------------------------------------------
    public function parse_transaction($transaction, $currency = null) {
        // deposit_history and withdraw_history (keyed by id, the id and type added by the caller): { timestamp,
        // address, amount, txid }. withdraw: { txid (empty until the transfer is sent), fee, funds }.
        $code = $this->safe_currency_code(null, $currency);
        $fee_cost = $this->safe_string($transaction, 'fee');
        return $this->safe_transaction(
            [
                'id' => $this->safe_string($transaction, 'id'),
                'txid' => $this->safe_string($transaction, 'txid'),
                'timestamp' => $this->safe_timestamp($transaction, 'timestamp'),
                'address' => $this->safe_string($transaction, 'address'),
                'amount' => $this->safe_string($transaction, 'amount'),
                'currency' => $code,
                'fee' => $fee_cost === null ? null : ['cost' => $fee_cost, 'currency' => $code],
                'info' => $transaction,
            ],
            $currency,
        );
    }

    public function transaction_history($type, $code, $since, $limit, $params) {
        // deposit_history or withdraw_history: currency (required), count, since and end (Unix seconds).
        if ($code === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr($this->id) . ' ' . Js::toStr(
                        $type,
                    ) . ' history requires a currency code: the API lists one currency at a time',
                ),
            );
        }
        $this->load_markets();
        $currency = $this->currency($code);
        $request = ['currency' => Js::get($currency, 'id')];
        if ($limit !== null) {
            $request['count'] = $limit;
        }
        if ($since !== null) {
            $request['since'] = Js::floor(Js::divide($since, 1000));
        }
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            $request['end'] = Js::floor(Js::divide($until, 1000));
        }
        $query = $this->extend($request, $this->omit($params, 'until'));
        $response = null;
        if ($type === 'deposit') {
            $response = $this->private_post_deposit_history($query);
        } else {
            $response = $this->private_post_withdraw_history($query);
        }
        $data = $this->return_of($response);
        $ids = Js::keys($data);
        $result = [];
        for ($i = 0; $i < count($ids); $i++) {
            $entry = $this->safe_dict($data, $ids[$i]);
            if ($entry === null) {
                continue;
            }
            $result[] = $this->extend(
                $this->parse_transaction($entry, $currency),
                ['id' => $ids[$i], 'type' => $type],
            );
        }
        return $this->filter_by_currency_since_limit(
            $this->sort_by($result, 'timestamp'),
            Js::get($currency, 'code'),
            $since,
            $limit,
        );
    }

    public function fetch_deposits($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->transaction_history('deposit', $code, $since, $limit, $params);
    }

    public function fetch_withdrawals($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->transaction_history('withdrawal', $code, $since, $limit, $params);
    }

    public function withdraw($code, $amount, $address, $tag = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // withdraw: currency (not jpy), address, amount, message (XEM only: the tag), opt_fee (btc and mona only:
        // the miners' fee). The docs name no network parameter.
        if ($this->safe_value($params, 'network') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' withdraw () does not support the unified param network: the API withdraws on the currency\'s one network',
                ),
            );
        }
        $this->load_markets();
        $currency = $this->currency($code);
        $request = [
            'currency' => Js::get($currency, 'id'),
            'address' => $address,
            'amount' => $this->number_to_string($amount),
        ];
        if ($tag !== null) {
            $request['message'] = $tag;
        }
        $response = $this->private_post_withdraw($this->extend($request, $params));
        $data = $this->return_of($response);
        $result = $this->parse_transaction($data, $currency);
        return $this->extend(
            $result,
            [
                'type' => 'withdrawal',
                'address' => $address,
                'tag' => $tag,
                'amount' => $this->parse_number(Js::get($request, 'amount')),
                'info' => $response,
            ],
        );
    }

    // --- transport -----------------------------------------------------------------------------------
    public function nonce() {
        // Unix seconds with the milliseconds as decimals ('1700000000.123'): the docs allow a fractional nonce
        // that must grow with every request.
        $milliseconds = $this->milliseconds();
        $fraction = $this->number_to_string(Js::modulo($milliseconds, 1000));
        return Js::boundedText(
            Js::boundedText(Js::toStr($this->number_to_string(Js::floor(Js::divide($milliseconds, 1000)))) . '.') . Js::padStart(
                $fraction,
                3,
                '0',
            ),
        );
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
        if ($api === 'public') {
            $url = Js::boundedText(
                Js::boundedText(Js::toStr(Js::get(Js::get($this->urls, 'api'), 'public')) . '/') . Js::toStr(
                    $this->implode_params($path, $params),
                ),
            );
            $query = $this->omit($params, $this->extract_params($path));
            if (count(Js::keys($query)) > 0) {
                $url .= Js::within($url, Js::within($url, '?') . Js::toStr($this->urlencode($query)));
            }
            return ['url' => $url, 'method' => $method, 'body' => $body, 'headers' => $headers];
        }
        // The body: nonce, method and the method's parameters, form-encoded; Sign is its HMAC-SHA512 in hex.
        $this->check_required_credentials();
        if (Js::has($params, 'nonce') || Js::has($params, 'method')) {
            throw new BadRequest(
                Js::boundedText(
                    Js::toStr($this->id) . ' ' . Js::toStr(
                        $path,
                    ) . ' takes no parameter nonce or method: the request sets its own',
                ),
            );
        }
        $body = $this->urlencode($this->extend(['nonce' => $this->nonce(), 'method' => $path], $params));
        $headers = [
            'Content-Type' => 'application/x-www-form-urlencoded',
            'Key' => $this->apiKey,
            'Sign' => $this->hmac($this->encode($body), $this->encode($this->secret), 'sha512'),
        ];
        return [
            'url' => Js::get(Js::get($this->urls, 'api'), 'private'),
            'method' => $method,
            'body' => $body,
            'headers' => $headers,
        ];
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
        // The trade API: { "success": 0, "error": "<message>" }; a public method: { "error": "<message>" }. The
        // message picks the error class (the docs' list); any other is an ExchangeError.
        if (($response === null) || Js::isArray($response) || !(Js::typeof($response) === 'object')) {
            return null;
        }
        $success = $this->safe_string($response, 'success');
        if ($success === '1') {
            return null;
        }
        $message = $this->safe_string($response, 'error');
        if (($success === null) && ($message === null)) {
            return null;
        }
        $feedback = Js::boundedText(
            Js::boundedText(Js::toStr($this->id) . ' ') . Js::toStr($this->excerpt($response_body)),
        );
        if ($message !== null) {
            $this->throw_exactly_matched_exception(Js::get($this->exceptions, 'exact'), $message, $feedback);
            $this->throw_broadly_matched_exception(Js::get($this->exceptions, 'broad'), $message, $feedback);
        }
        throw new ExchangeError($feedback);
    }
}
