<?php

// Generated from js/coincheck.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class coincheck extends Exchange {
    public function describe() {
        return $this->deep_extend(
            parent::describe(),
            [
                'id' => 'coincheck',
                'name' => 'coincheck',
                'countries' => ['JP'],
                'rateLimit' => 1000,
                'has' => [
                    'fetchMarkets' => true,
                    'fetchCurrencies' => false,
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
                    'api' => 'https://coincheck.com/api',
                    'www' => 'https://coincheck.com',
                    'doc' => 'https://coincheck.com/documents/exchange/api',
                    'fees' => 'https://coincheck.com/exchange/fee',
                ],
                'api' => [
                    'public' => ['get' => ['exchange_status', 'ticker', 'trades', 'order_books']],
                    'private' => [
                        'get' => [
                            'accounts/balance',
                            'exchange/orders/opens',
                            'exchange/orders/transactions_pagination',
                            'deposit_money',
                            'send_money',
                        ],
                        'post' => ['exchange/orders'],
                        'delete' => ['exchange/orders/{id}'],
                    ],
                ],
                'requiredCredentials' => ['apiKey' => true, 'secret' => true],
                'fees' => ['trading' => ['tierBased' => false, 'percentage' => true]],
                'precisionMode' => TICK_SIZE,
                'options' => [
                    'depositStatuses' => ['confirmed' => 'ok'],
                    'timeInForces' => ['good_til_cancelled' => 'GTC', 'post_only' => 'PO'],
                    'orderSides' => [
                        'buy' => 'buy',
                        'sell' => 'sell',
                        'market_buy' => 'buy',
                        'market_sell' => 'sell',
                    ],
                ],
                'exceptions' => [
                    'exact' => ['disabled API Key' => AuthenticationError::class],
                    'broad' => [
                        'API Key' => AuthenticationError::class,
                        'nonce' => InvalidNonce::class,
                        'Nonce' => InvalidNonce::class,
                    ],
                ],
            ],
        );
    }

    // --- responses -----------------------------------------------------------------------------------
    // --- markets -------------------------------------------------------------------------------------
    public function fetch_markets($params = null) {
        if ($params === null) {
            $params = [];
        }
        // exchange_status lists every pair with its trading status: available, itayose (the opening auction)
        // or stop; availability says whether orders are accepted now.
        $response = $this->public_get_exchange_status($params);
        $pairs = $this->required_list($response, 'exchange_status');
        $result = [];
        for ($i = 0; Js::less($i, Js::length($pairs)); $i++) {
            $entry = Js::get($pairs, $i);
            $id = $this->safe_string($entry, 'pair', '');
            $parts = Js::split($id, '_');
            if (!(count($parts) == 2)) {
                continue; // not a base_quote pair
            }
            $base_id = Js::get($parts, 0);
            $quote_id = Js::get($parts, 1);
            $base = $this->safe_currency_code($base_id);
            $quote = $this->safe_currency_code($quote_id);
            $availability = $this->safe_dict($entry, 'availability', []);
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
                    'active' => $this->safe_bool($availability, 'order'),
                    'precision' => [],
                    'limits' => [],
                    'info' => $entry,
                ],
            );
        }
        return $result;
    }

    // --- market data ---------------------------------------------------------------------------------
    public function parse_ticker($ticker, $market = null) {
        // ticker: { last, bid, ask, high, low (of the last 24 hours), volume (in the base currency), timestamp (s) }
        return $this->ticker_structure(
            symbol: $this->safe_symbol(null, $market),
            timestamp: $this->safe_timestamp($ticker, 'timestamp'),
            high: $this->safe_string($ticker, 'high'),
            low: $this->safe_string($ticker, 'low'),
            bid: $this->safe_string($ticker, 'bid'),
            ask: $this->safe_string($ticker, 'ask'),
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
        $response = $this->public_get_ticker($this->extend(['pair' => Js::get($market, 'id')], $params));
        return $this->parse_ticker($response, $market);
    }

    public function fetch_order_book($symbol, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // order_books: { asks: [ [ rate, amount ], ... ], bids: [ ... ] }, without a timestamp; the API takes no depth.
        $this->load_markets();
        $market = $this->market($symbol);
        $response = $this->public_get_order_books($this->extend(['pair' => Js::get($market, 'id')], $params));
        $book = $this->parse_order_book($response, Js::get($market, 'symbol'));
        if ($limit !== null) {
            Js::set($book, 'bids', Js::slice(Js::get($book, 'bids'), 0, $limit));
            Js::set($book, 'asks', Js::slice(Js::get($book, 'asks'), 0, $limit));
        }
        return $book;
    }

    public function parse_trade($trade, $market = null) {
        // Public trades (trades): { id, amount, rate, pair, order_type (the taker's side), created_at }.
        // The account's trades (transactions_pagination): { id, order_id, created_at, funds: { <base>, <quote> }
        // (signed: what the balance gained or lost), pair, rate, fee_currency, fee, liquidity (T or M), side }.
        $market = $this->safe_market($this->safe_string($trade, 'pair'), $market, '_');
        // The quote side of funds has the fee in it: the cost is rate times amount.
        $funds = $this->safe_dict($trade, 'funds');
        $base_id = $this->safe_string($market, 'baseId');
        $amount = $this->safe_string($trade, 'amount');
        if (($funds !== null) && ($base_id !== null)) {
            $amount = Precise::string_abs($this->safe_string($funds, $base_id));
        }
        $liquidity = $this->safe_string($trade, 'liquidity');
        $taker_or_maker = null;
        if ($liquidity === 'T') {
            $taker_or_maker = 'taker';
        } elseif ($liquidity === 'M') {
            $taker_or_maker = 'maker';
        }
        $fee = null;
        $fee_cost = $this->safe_string($trade, 'fee');
        if ($fee_cost !== null) {
            $fee = [
                'cost' => $fee_cost,
                'currency' => $this->safe_currency_code($this->safe_string($trade, 'fee_currency')),
            ];
        }
        return $this->trade_structure(
            id: $this->safe_string($trade, 'id'),
            order: $this->safe_string($trade, 'order_id'),
            symbol: Js::get($market, 'symbol'),
            timestamp: $this->parse8601($this->safe_string($trade, 'created_at')),
            side: $this->safe_string(
                Js::get($this->options, 'orderSides'),
                $this->safe_string2($trade, 'side', 'order_type'),
            ),
            taker_or_maker: $taker_or_maker,
            price: $this->safe_string($trade, 'rate'),
            amount: $amount,
            fee: $fee,
            info: $trade,
            market: $market,
        );
    }

    public function fetch_trades($symbol, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // trades: the latest first, paginated (limit, order, starting_after, ending_before); no start time.
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['pair' => Js::get($market, 'id')];
        if ($limit !== null) {
            $request['limit'] = $limit;
        }
        $response = $this->public_get_trades($this->extend($request, $params));
        return $this->parse_trades($this->required_list($response, 'data'), $market, $since, $limit);
    }

    // --- account -------------------------------------------------------------------------------------
    public function fetch_balance($params = null) {
        if ($params === null) {
            $params = [];
        }
        // accounts/balance: { success, <currency>: available, <currency>_reserved: held by open orders, and
        // <currency>_lend_in_use, _lent, _debt, _tsumitate (the savings plan), which are not trading funds }.
        $this->load_markets();
        $response = $this->private_get_accounts_balance($params);
        if (($response === null) || Js::isArray($response) || !(Js::typeof($response) === 'object')) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent a balance that is no dictionary: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        $result = ['info' => $response];
        $keys = Js::keys($response);
        for ($i = 0; $i < count($keys); $i++) {
            $key = $keys[$i];
            if (($key === 'success') || (Js::indexOf($key, '_') >= 0)) {
                continue; // the flag, or a sub-balance of a currency
            }
            $account = $this->account();
            Js::set($account, 'free', $this->safe_string($response, $key));
            Js::set(
                $account,
                'used',
                $this->safe_string($response, Js::boundedText(Js::toStr($key) . '_reserved')),
            );
            Js::setKey($result, $this->safe_currency_code($key), $account);
        }
        return $this->safe_balance($result);
    }

    // --- orders --------------------------------------------------------------------------------------
    public function parse_order($order, $market = null) {
        // A new order (exchange/orders): { success, id, rate, amount, order_type, time_in_force, stop_loss_rate,
        // pair, created_at }. An open order (exchange/orders/opens): { id, order_type, rate, pair,
        // pending_amount, pending_market_buy_amount (a market buy's unspent quote amount), stop_loss_rate,
        // created_at }. order_type is buy or sell (limit), market_buy or market_sell.
        $market = $this->safe_market($this->safe_string($order, 'pair'), $market, '_');
        $order_type = $this->safe_string($order, 'order_type');
        $is_market = ($order_type === 'market_buy') || ($order_type === 'market_sell');
        $time_in_force = $this->safe_string(
            Js::get($this->options, 'timeInForces'),
            $this->safe_string($order, 'time_in_force'),
        );
        return $this->safe_order(
            [
                'id' => $this->safe_string($order, 'id'),
                'symbol' => Js::get($market, 'symbol'),
                'timestamp' => $this->parse8601($this->safe_string($order, 'created_at')),
                'type' => $is_market ? 'market' : 'limit',
                'side' => $this->safe_string(Js::get($this->options, 'orderSides'), $order_type),
                'timeInForce' => $time_in_force,
                'postOnly' => $time_in_force === null ? null : ($time_in_force === 'PO'),
                'price' => $this->safe_string($order, 'rate'),
                'triggerPrice' => $this->safe_string($order, 'stop_loss_rate'),
                'amount' => $this->safe_string($order, 'amount'),
                'remaining' => $this->safe_string($order, 'pending_amount'),
                'info' => $order,
            ],
            $market,
        );
    }

    public function create_order($symbol, $type, $side, $amount, $price = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // exchange/orders: pair, order_type (buy, sell, market_buy, market_sell), rate (limit orders), amount
        // (market_buy: market_buy_amount, in the quote currency), stop_loss_rate (a stop order),
        // time_in_force (good_til_cancelled, post_only). No client ids, reduce-only, IOC or FOK orders.
        $this->load_markets();
        $market = $this->market($symbol);
        [$unified, $rest] = Js::destructure($this->unified_order_params($type, $params), 2);
        $this->reject_unified_params(
            'createOrder',
            $unified,
            ['reduceOnly', 'stopLossPrice', 'takeProfitPrice', 'clientOrderId'],
        );
        if ((Js::get($unified, 'timeInForce') === 'IOC') || (Js::get($unified, 'timeInForce') === 'FOK')) {
            throw new NotSupported(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' createOrder () does not support the unified param timeInForce ') . Js::toStr(
                        Js::get($unified, 'timeInForce'),
                    ) . ': only GTC and PO',
                ),
            );
        }
        $request = ['pair' => Js::get($market, 'id')];
        if ($type === 'limit') {
            if ($price === null) {
                throw new ArgumentsRequired(
                    Js::boundedText(
                        Js::toStr($this->id) . ' createOrder () requires a price for a limit order',
                    ),
                );
            }
            if (Js::get($unified, 'cost') !== null) {
                throw new InvalidOrder(
                    Js::boundedText(Js::toStr($this->id) . ' createOrder () cost sizes market buys only'),
                );
            }
            $request['order_type'] = $side;
            $request['rate'] = $this->price_to_precision($symbol, $price);
            $request['amount'] = $this->amount_to_precision($symbol, $amount);
            $request['time_in_force'] = Js::truthy(
                Js::get($unified, 'postOnly'),
            ) ? 'post_only' : 'good_til_cancelled';
        } elseif ($type === 'market') {
            $request['order_type'] = Js::boundedText('market_' . Js::toStr($side));
            if ($side === 'buy') {
                // A market buy spends an amount of the quote currency.
                if (Js::get($unified, 'cost') === null) {
                    throw new ArgumentsRequired(
                        Js::boundedText(
                            Js::toStr(
                                $this->id,
                            ) . ' createOrder () a market buy is sized in the quote currency: pass the unified param cost (or call createMarketBuyOrderWithCost)',
                        ),
                    );
                }
                $request['market_buy_amount'] = $this->cost_to_precision($symbol, Js::get($unified, 'cost'));
            } else {
                if (Js::get($unified, 'cost') !== null) {
                    throw new InvalidOrder(
                        Js::boundedText(Js::toStr($this->id) . ' createOrder () cost sizes market buys only'),
                    );
                }
                $request['amount'] = $this->amount_to_precision($symbol, $amount);
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
        if (Js::get($unified, 'triggerPrice') !== null) {
            $request['stop_loss_rate'] = $this->price_to_precision(
                $symbol,
                Js::get($unified, 'triggerPrice'),
            );
        }
        $response = $this->private_post_exchange_orders($this->extend($request, $rest));
        return $this->parse_order($response, $market);
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
        // DELETE exchange/orders/{id} answers { success, id } once the cancel is accepted; exchange/orders/cancel_status
        // tells when it is done, so the status is left unknown here.
        $response = $this->private_delete_exchange_orders_id($this->extend(['id' => $id], $params));
        return $this->safe_order(['id' => $this->safe_string($response, 'id'), 'info' => $response]);
    }

    public function fetch_open_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // exchange/orders/opens: the open orders of every pair, unpaginated.
        $this->load_markets();
        $market = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
        }
        $response = $this->private_get_exchange_orders_opens($params);
        $orders = $this->required_list($response, 'orders');
        $result = [];
        for ($i = 0; Js::less($i, Js::length($orders)); $i++) {
            $result[] = $this->extend(
                $this->parse_order(Js::get($orders, $i), $market),
                ['status' => 'open'],
            );
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
        // exchange/orders/transactions_pagination: the account's trades of every pair, the latest first,
        // paginated (limit, order, starting_after, ending_before); no time range.
        if ($this->safe_value($params, 'until') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' fetchMyTrades () does not support the unified param until: the API takes no time range',
                ),
            );
        }
        $this->load_markets();
        $market = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
        }
        $request = [];
        if ($limit !== null) {
            $request['limit'] = $limit;
        }
        $response = $this->private_get_exchange_orders_transactions_pagination(
            $this->extend($request, $params),
        );
        return $this->parse_trades($this->required_list($response, 'data'), $market, $since, $limit);
    }

    // --- funding -------------------------------------------------------------------------------------
    public function parse_transaction($transaction, $currency = null) {
        // deposit_money: { id, amount, currency, address, status, confirmed_at, created_at };
        // send_money: { id, amount, currency, fee, address, created_at }. The type is the endpoint's
        // (fetchMovements sets it).
        $status = $this->safe_string($transaction, 'status');
        $fee = null;
        $fee_cost = $this->safe_string($transaction, 'fee');
        $code = $this->safe_currency_code($this->safe_string($transaction, 'currency'), $currency);
        if ($fee_cost !== null) {
            $fee = ['cost' => $fee_cost, 'currency' => $code];
        }
        return $this->safe_transaction(
            [
                'id' => $this->safe_string($transaction, 'id'),
                'timestamp' => $this->parse8601($this->safe_string($transaction, 'created_at')),
                'updated' => $this->parse8601($this->safe_string($transaction, 'confirmed_at')),
                'address' => $this->safe_string($transaction, 'address'),
                'amount' => $this->safe_string($transaction, 'amount'),
                'currency' => $code,
                'status' => $this->safe_string(Js::get($this->options, 'depositStatuses'), $status),
                'fee' => $fee,
                'info' => $transaction,
            ],
            $currency,
        );
    }

    public function fetch_movements($method, $code, $since, $limit, $params) {
        // deposit_money and send_money list the movements of one currency (currency=BTC), the latest first.
        if ($code === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr($this->id) . ' ' . Js::toStr(
                        $method,
                    ) . ' () requires a currency code: the API lists one currency',
                ),
            );
        }
        if ($this->safe_value($params, 'until') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr($this->id) . ' ' . Js::toStr(
                        $method,
                    ) . ' () does not support the unified param until: the API takes no time range',
                ),
            );
        }
        $this->load_markets();
        $currency = $this->currency($code);
        $request = ['currency' => Js::upperCase(Js::textReceiver(Js::get($currency, 'id'), 'toUpperCase'))];
        $entries = null;
        $type = null;
        if ($method === 'fetchDeposits') {
            $entries = $this->required_list(
                $this->private_get_deposit_money($this->extend($request, $params)),
                'deposits',
            );
            $type = 'deposit';
        } else {
            $entries = $this->required_list(
                $this->private_get_send_money($this->extend($request, $params)),
                'sends',
            );
            $type = 'withdrawal';
        }
        $result = [];
        for ($i = 0; Js::less($i, Js::length($entries)); $i++) {
            $result[] = $this->extend(
                $this->parse_transaction(Js::get($entries, $i), $currency),
                ['type' => $type],
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
        return $this->fetch_movements('fetchDeposits', $code, $since, $limit, $params);
    }

    public function fetch_withdrawals($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->fetch_movements('fetchWithdrawals', $code, $since, $limit, $params);
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
        // Private requests carry ACCESS-KEY, ACCESS-NONCE (a positive integer that grows with every request) and
        // ACCESS-SIGNATURE, the HMAC-SHA256 (hex) of nonce + URL (with its query) + body.
        $url = Js::boundedText(
            Js::boundedText(Js::toStr(Js::get($this->urls, 'api')) . '/') . Js::toStr(
                $this->implode_params($path, $params),
            ),
        );
        $query = $this->omit($params, $this->extract_params($path));
        if ($method === 'POST') {
            $body = count(Js::keys($query)) > 0 ? $this->json($query) : '{}';
        } elseif (count(Js::keys($query)) > 0) {
            $url .= Js::within($url, Js::within($url, '?') . Js::toStr($this->urlencode($query)));
        }
        if ($api === 'private') {
            $this->check_required_credentials();
            $nonce = $this->number_to_string($this->nonce());
            $payload = $body === null ? '' : $body;
            $signature = $this->hmac(
                $this->encode(Js::boundedText(Js::toStr($nonce) . $url . Js::toStr($payload))),
                $this->encode($this->secret),
                'sha256',
            );
            $headers = [
                'ACCESS-KEY' => $this->apiKey,
                'ACCESS-NONCE' => $nonce,
                'ACCESS-SIGNATURE' => $signature,
            ];
            if ($body !== null) {
                Js::set($headers, 'Content-Type', 'application/json');
            }
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
        // { "success": false, "error": "disabled API Key" }
        if (($response === null) || Js::isArray($response) || !(Js::typeof($response) === 'object')) {
            return null;
        }
        if (!($this->safe_bool($response, 'success') === false)) {
            return null;
        }
        $message = $this->safe_string($response, 'error');
        $feedback = Js::boundedText(
            Js::boundedText(Js::toStr($this->id) . ' ') . Js::toStr($this->excerpt($response_body)),
        );
        $this->throw_exactly_matched_exception(Js::get($this->exceptions, 'exact'), $message, $feedback);
        $this->throw_broadly_matched_exception(Js::get($this->exceptions, 'broad'), $message, $feedback);
        throw new ExchangeError($feedback);
    }
}
