<?php

// Generated from js/foxbit.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class foxbit extends Exchange {
    public function describe() {
        return $this->deep_extend(
            parent::describe(),
            [
                'id' => 'foxbit',
                'name' => 'FoxBit',
                'countries' => ['BR'],
                'version' => 'v3',
                'rateLimit' => 334,
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
                    'fetchTradingFees' => true,
                    'cancelAllOrders' => true,
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
                    'api' => 'https://api.foxbit.com.br',
                    'www' => 'https://foxbit.com.br',
                    'doc' => 'https://docs.foxbit.com.br/rest/v3/',
                    'fees' => 'https://foxbit.com.br/taxas/',
                ],
                'api' => [
                    'public' => [
                        'get' => [
                            'currencies',
                            'markets',
                            'markets/ticker/24hr',
                            'markets/{market_symbol}/ticker/24hr',
                            'markets/{market_symbol}/orderbook',
                            'markets/{market_symbol}/trades/history',
                            'markets/{market_symbol}/candlesticks',
                            'system/time',
                        ],
                    ],
                    'private' => [
                        'get' => [
                            'me',
                            'me/fees/trading',
                            'accounts',
                            'accounts/{currency_symbol}/transactions',
                            'orders',
                            'orders/by-order-id/{id}',
                            'orders/by-client-order-id/{client_order_id}',
                            'trades',
                            'deposits',
                            'deposits/address',
                            'deposits/{deposit_sn}',
                            'withdrawals',
                            'withdrawals/{withdrawal_sn}',
                        ],
                        'post' => ['orders', 'withdrawals'],
                        'put' => ['orders/cancel'],
                    ],
                ],
                'requiredCredentials' => ['apiKey' => true, 'secret' => true],
                'fees' => [
                    'trading' => [
                        'tierBased' => true,
                        'percentage' => true,
                        'maker' => 0.001,
                        'taker' => 0.001,
                    ],
                ],
                'precisionMode' => TICK_SIZE,
                'options' => [
                    'orderTypes' => [
                        'LIMIT' => 'limit',
                        'MARKET' => 'market',
                        'INSTANT' => 'market',
                        'STOP_LIMIT' => 'limit',
                        'STOP_MARKET' => 'market',
                        'TRAILING_STOP_LIMIT' => 'limit',
                        'TRAILING_STOP_MARKET' => 'market',
                    ],
                    'orderStatuses' => [
                        'ACTIVE' => 'open',
                        'PARTIALLY_FILLED' => 'open',
                        'FILLED' => 'closed',
                        'PARTIALLY_CANCELED' => 'canceled',
                        'PENDING_CANCEL' => 'canceled',
                        'CANCELED' => 'canceled',
                    ],
                    'depositStatuses' => [
                        'SUBMITTING' => 'pending',
                        'SUBMITTED' => 'pending',
                        'AWAITING_TRAVEL_RULE' => 'pending',
                        'WARNING' => 'pending',
                        'BLOCKED' => 'pending',
                        'UNBLOCKED' => 'pending',
                        'MANUAL_CHARGEBACK_INITIATED' => 'pending',
                        'ACCEPTED' => 'ok',
                        'CANCELLED' => 'canceled',
                        'REJECTED' => 'failed',
                        'CHARGEDBACK' => 'failed',
                    ],
                    'withdrawalStatuses' => [
                        'SUBMITTING' => 'pending',
                        'SUBMITTED' => 'pending',
                        'AWAITING_TRAVEL_RULE' => 'pending',
                        'PROCESSING' => 'pending',
                        'DONE' => 'ok',
                        'CANCELED' => 'canceled',
                        'REJECTED' => 'failed',
                        'FAILED' => 'failed',
                    ],
                ],
                'exceptions' => [
                    'exact' => ['2002' => AuthenticationError::class, '5005' => InvalidOrder::class],
                    'broad' => [],
                ],
            ],
        );
    }

    // --- markets and currencies ----------------------------------------------------------------------
    public function fetch_markets($params = null) {
        if ($params === null) {
            $params = [];
        }
        // markets: { data: [ { symbol: 'btcbrl', quantity_min, quantity_increment, quantity_precision, price_min,
        // price_increment, price_precision, default_fees: { maker, taker }, base: { symbol, name, precision, type },
        // quote: { ... }, order_type: [ 'LIMIT', 'MARKET', ... ] } ] }.
        $response = $this->public_get_markets($params);
        $data = $this->safe_list($response, 'data', []);
        $result = [];
        for ($i = 0; $i < count($data); $i++) {
            $result[] = $this->parse_market(Js::get($data, $i));
        }
        return $result;
    }

    public function parse_market($entry) {
        $base_id = $this->safe_string($this->safe_dict($entry, 'base', []), 'symbol');
        $quote_id = $this->safe_string($this->safe_dict($entry, 'quote', []), 'symbol');
        if (($base_id === null) || ($quote_id === null)) {
            throw new BadSymbol(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent a market without its base and quote symbols: ') . Js::toStr(
                        $this->excerpt($this->json($entry)),
                    ),
                ),
            );
        }
        $base = $this->safe_currency_code($base_id);
        $quote = $this->safe_currency_code($quote_id);
        $fees = $this->safe_dict($entry, 'default_fees', []);
        return $this->safe_market_structure(
            [
                'id' => $this->safe_string($entry, 'symbol'),
                'symbol' => Js::boundedText(Js::toStr($base) . '/' . Js::toStr($quote)),
                'base' => $base,
                'quote' => $quote,
                'baseId' => $base_id,
                'quoteId' => $quote_id,
                'type' => 'spot',
                'spot' => true,
                'taker' => $this->safe_number($fees, 'taker'),
                'maker' => $this->safe_number($fees, 'maker'),
                'precision' => [
                    'amount' => $this->safe_number($entry, 'quantity_increment'),
                    'price' => $this->safe_number($entry, 'price_increment'),
                ],
                'limits' => [
                    'amount' => ['min' => $this->safe_number($entry, 'quantity_min'), 'max' => null],
                    'price' => ['min' => $this->safe_number($entry, 'price_min'), 'max' => null],
                    'cost' => ['min' => null, 'max' => null],
                ],
                'info' => $entry,
            ],
        );
    }

    public function fetch_currencies($params = null) {
        if ($params === null) {
            $params = [];
        }
        // currencies: { data: [ { symbol, name, type: CRYPTO or FIAT, precision (decimal places), deposit_info:
        // { min_to_confirm, min_amount, enabled }, withdraw_info: { enabled, min_amount, fee }, networks: [ { name,
        // code, deposit_info: { status }, withdraw_info: { status, fee }, has_destination_tag } ],
        // default_network_code } ] }. A network's status is ENABLED or DISABLED.
        $response = $this->public_get_currencies($params);
        $data = $this->safe_list($response, 'data', []);
        $result = [];
        for ($i = 0; $i < count($data); $i++) {
            $entry = Js::get($data, $i);
            $id = $this->safe_string($entry, 'symbol');
            $code = $this->safe_currency_code($id);
            $deposit_info = $this->safe_dict($entry, 'deposit_info', []);
            $withdraw_info = $this->safe_dict($entry, 'withdraw_info', []);
            $deposit = $this->safe_bool($deposit_info, 'enabled');
            $withdraw = $this->safe_bool($withdraw_info, 'enabled');
            $precision = $this->parse_number($this->parse_precision($this->safe_string($entry, 'precision')));
            $limits = [
                'deposit' => ['min' => $this->safe_number($deposit_info, 'min_amount'), 'max' => null],
                'withdraw' => ['min' => $this->safe_number($withdraw_info, 'min_amount'), 'max' => null],
            ];
            $network_list = $this->safe_list($entry, 'networks', []);
            $networks = [];
            for ($j = 0; $j < count($network_list); $j++) {
                $network = Js::get($network_list, $j);
                $network_id = $this->safe_string($network, 'code');
                if ($network_id === null) {
                    continue;
                }
                $network_code = Js::upperCase(
                    Js::textReceiver($this->network_code($network_id), 'toUpperCase'),
                );
                $network_deposit = $this->safe_string(
                    $this->safe_dict($network, 'deposit_info', []),
                    'status',
                );
                $network_withdraw_info = $this->safe_dict($network, 'withdraw_info', []);
                $network_withdraw = $this->safe_string($network_withdraw_info, 'status');
                $networks[$network_code] = [
                    'id' => $network_id,
                    'network' => $network_code,
                    'deposit' => $network_deposit === null ? null : ($network_deposit === 'ENABLED'),
                    'withdraw' => $network_withdraw === null ? null : ($network_withdraw === 'ENABLED'),
                    'fee' => $this->safe_number($network_withdraw_info, 'fee'),
                    'precision' => $precision,
                    'limits' => $limits,
                ];
            }
            Js::setKey(
                $result,
                $code,
                [
                    'id' => $id,
                    'code' => $code,
                    'name' => $this->safe_string($entry, 'name'),
                    'deposit' => $deposit,
                    'withdraw' => $withdraw,
                    'fee' => $this->safe_number($withdraw_info, 'fee'),
                    'precision' => $precision,
                    'limits' => $limits,
                    'networks' => $networks,
                    'info' => $entry,
                ],
            );
        }
        return $result;
    }

    public function fetch_time($params = null) {
        if ($params === null) {
            $params = [];
        }
        // system/time: { iso, timestamp (ms) }.
        $response = $this->public_get_system_time($params);
        return $this->safe_integer($response, 'timestamp');
    }

    // --- market data ---------------------------------------------------------------------------------
    public function parse_ticker($ticker, $market = null) {
        // { market_symbol, last_trade: { price, volume, date }, rolling_24h: { price_change, price_change_percent,
        // volume (base), quote_volume, trades_count, open, high, low }, best: { ask: { price, volume }, bid } }.
        $market = $this->safe_market($this->safe_string($ticker, 'market_symbol'), $market);
        $last_trade = $this->safe_dict($ticker, 'last_trade', []);
        $rolling = $this->safe_dict($ticker, 'rolling_24h', []);
        $best = $this->safe_dict($ticker, 'best', []);
        $ask = $this->safe_dict($best, 'ask', []);
        $bid = $this->safe_dict($best, 'bid', []);
        return $this->ticker_structure(
            symbol: Js::get($market, 'symbol'),
            high: $this->safe_string($rolling, 'high'),
            low: $this->safe_string($rolling, 'low'),
            bid: $this->safe_string($bid, 'price'),
            bid_volume: $this->safe_string($bid, 'volume'),
            ask: $this->safe_string($ask, 'price'),
            ask_volume: $this->safe_string($ask, 'volume'),
            open: $this->safe_string($rolling, 'open'),
            last: $this->safe_string($last_trade, 'price'),
            change: $this->safe_string($rolling, 'price_change'),
            percentage: $this->safe_string($rolling, 'price_change_percent'),
            base_volume: $this->safe_string($rolling, 'volume'),
            quote_volume: $this->safe_string($rolling, 'quote_volume'),
            info: $ticker,
            market: $market,
        );
    }

    public function fetch_ticker($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // markets/{market_symbol}/ticker/24hr: { data: [ ticker ] }, with the best bid and ask and their volumes.
        $this->load_markets();
        $market = $this->market($symbol);
        $response = $this->public_get_markets_market_symbol_ticker24hr(
            $this->extend(['market_symbol' => Js::get($market, 'id')], $params),
        );
        $data = $this->safe_list($response, 'data', []);
        $ticker = $this->safe_dict($data, 0);
        if ($ticker === null) {
            throw new ExchangeError(
                Js::boundedText(
                    Js::toStr($this->id) . ' fetchTicker () got no ticker of ' . Js::toStr($symbol),
                ),
            );
        }
        return $this->parse_ticker($ticker, $market);
    }

    public function fetch_tickers($symbols = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // markets/ticker/24hr: { data: [ ticker ] } of every market.
        $this->load_markets();
        $response = $this->public_get_markets_ticker24hr($params);
        return $this->parse_tickers($this->safe_list($response, 'data', []), $symbols);
    }

    public function fetch_order_book($symbol, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // markets/{market_symbol}/orderbook?depth: { sequence_id, timestamp (ms), bids: [ [ price, quantity ] ], asks }.
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['market_symbol' => Js::get($market, 'id')];
        if ($limit !== null) {
            $request['depth'] = $limit;
        }
        $response = $this->public_get_markets_market_symbol_orderbook($this->extend($request, $params));
        $book = $this->parse_order_book(
            $response,
            Js::get($market, 'symbol'),
            $this->safe_integer($response, 'timestamp'),
        );
        Js::set($book, 'nonce', $this->safe_integer($response, 'sequence_id'));
        return $book;
    }

    public function parse_trade($trade, $market = null) {
        // Public (trades/history): { id, price, volume, taker_side, created_at }.
        // Own (trades): { id, sn, order_id, market_symbol, side, price, quantity, fee, fee_currency_symbol,
        // role: MAKER or TAKER, created_at }.
        $market = $this->safe_market($this->safe_string($trade, 'market_symbol'), $market);
        $fee_cost = $this->safe_string($trade, 'fee');
        $fee = null;
        if ($fee_cost !== null) {
            $fee = [
                'cost' => $fee_cost,
                'currency' => $this->safe_currency_code($this->safe_string($trade, 'fee_currency_symbol')),
            ];
        }
        return $this->trade_structure(
            id: $this->safe_string($trade, 'id'),
            order: $this->safe_string($trade, 'order_id'),
            timestamp: $this->parse8601($this->safe_string($trade, 'created_at')),
            symbol: Js::get($market, 'symbol'),
            side: $this->safe_string_lower2($trade, 'side', 'taker_side'),
            taker_or_maker: $this->safe_string_lower($trade, 'role'),
            price: $this->safe_string($trade, 'price'),
            amount: $this->safe_string2($trade, 'quantity', 'volume'),
            fee: $fee,
            info: $trade,
            market: $market,
        );
    }

    public function fetch_trades($symbol, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // markets/{market_symbol}/trades/history?start_time&end_time (YYYY-MM-DDTHH:MM:SS)&page_size: the most
        // recent trades, or those of the time range.
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['market_symbol' => Js::get($market, 'id')];
        if ($since !== null) {
            $request['start_time'] = $this->ymdhms($since, 'T');
        }
        if ($limit !== null) {
            $request['page_size'] = $limit;
        }
        $response = $this->public_get_markets_market_symbol_trades_history($this->extend($request, $params));
        return $this->parse_trades($this->safe_list($response, 'data', []), $market, $since, $limit);
    }

    // --- account -------------------------------------------------------------------------------------
    public function fetch_balance($params = null) {
        if ($params === null) {
            $params = [];
        }
        // accounts: { data: [ { currency_symbol, balance, balance_available, balance_locked } ] }.
        $this->load_markets();
        $response = $this->private_get_accounts($params);
        $data = $this->safe_list($response, 'data', []);
        $result = ['info' => $response];
        for ($i = 0; $i < count($data); $i++) {
            $entry = Js::get($data, $i);
            $code = $this->safe_currency_code($this->safe_string($entry, 'currency_symbol'));
            $account = $this->account();
            Js::set($account, 'free', $this->safe_string($entry, 'balance_available'));
            Js::set($account, 'used', $this->safe_string($entry, 'balance_locked'));
            Js::set($account, 'total', $this->safe_string($entry, 'balance'));
            Js::setKey($result, $code, $account);
        }
        return $this->safe_balance($result);
    }

    public function fetch_trading_fees($params = null) {
        if ($params === null) {
            $params = [];
        }
        // me/fees/trading: { data: [ { market_symbol, maker, taker } ] }, rates (0.001 is 0.1 %).
        $this->load_markets();
        $response = $this->private_get_me_fees_trading($params);
        $data = $this->safe_list($response, 'data', []);
        $result = [];
        for ($i = 0; $i < count($data); $i++) {
            $entry = Js::get($data, $i);
            $symbol = $this->safe_symbol($this->safe_string($entry, 'market_symbol'));
            Js::setKey(
                $result,
                $symbol,
                [
                    'symbol' => $symbol,
                    'maker' => $this->safe_number($entry, 'maker'),
                    'taker' => $this->safe_number($entry, 'taker'),
                    'info' => $entry,
                ],
            );
        }
        return $result;
    }

    // --- trading -------------------------------------------------------------------------------------
    public function parse_order($order, $market = null) {
        // orders/by-order-id/{id} and orders: { id, sn, client_order_id, market_symbol, side, type, state, price,
        // price_avg, quantity (what is still to be executed: 0 once filled), quantity_executed, instant_amount,
        // instant_amount_executed (INSTANT orders are sized in the quote currency), created_at, trades_count,
        // fee_paid, post_only, time_in_force, cancellation_reason, ... }.
        // POST orders answers { id, sn, client_order_id } only; orders/cancel { sn, id } of each order.
        $market = $this->safe_market($this->safe_string($order, 'market_symbol'), $market);
        $raw_type = $this->safe_string($order, 'type');
        $fee_cost = $this->safe_string($order, 'fee_paid');
        $fee = null;
        if ($fee_cost !== null) {
            // The order reports what it paid, not in which currency (its trades do).
            $fee = ['cost' => $fee_cost, 'currency' => null];
        }
        $remaining = $this->safe_string($order, 'quantity');
        $cost = null;
        if ($raw_type === 'INSTANT') {
            // quantity is not the size of an order sized by instant_amount (quote), which it spent as it filled.
            $remaining = null;
            $cost = $this->safe_string($order, 'instant_amount_executed');
        }
        return $this->safe_order(
            [
                'id' => $this->safe_string($order, 'id'),
                'clientOrderId' => $this->safe_string($order, 'client_order_id'),
                'timestamp' => $this->parse8601($this->safe_string($order, 'created_at')),
                'symbol' => Js::get($market, 'symbol'),
                'type' => $this->safe_string(Js::get($this->options, 'orderTypes'), $raw_type),
                'timeInForce' => $this->safe_string($order, 'time_in_force'),
                'postOnly' => $this->safe_bool($order, 'post_only'),
                'side' => $this->safe_string_lower($order, 'side'),
                'price' => $this->safe_string($order, 'price'),
                'average' => $this->safe_string($order, 'price_avg'),
                'filled' => $this->safe_string($order, 'quantity_executed'),
                'remaining' => $remaining,
                'cost' => $cost,
                'status' => $this->safe_string(
                    Js::get($this->options, 'orderStatuses'),
                    $this->safe_string($order, 'state'),
                ),
                'fee' => $fee,
                'info' => $order,
            ],
            $market,
        );
    }

    public function order_type_of($type, $unified) {
        // Foxbit's order type: LIMIT and MARKET, STOP_LIMIT and STOP_MARKET with a triggerPrice (stop_price: the
        // order enters the book once the market reaches it), INSTANT for a market order sized by cost (quote).
        if (Js::get($unified, 'triggerPrice') !== null) {
            return $type === 'limit' ? 'STOP_LIMIT' : 'STOP_MARKET';
        }
        if (Js::get($unified, 'cost') !== null) {
            return 'INSTANT';
        }
        return $type === 'limit' ? 'LIMIT' : 'MARKET';
    }

    public function create_order($symbol, $type, $side, $amount, $price = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST orders { market_symbol, side: BUY or SELL, type, quantity (base), price, stop_price, amount (quote,
        // INSTANT), post_only, time_in_force (GTC, FOK, IOC: LIMIT and STOP_LIMIT only), client_order_id (digits) }.
        // The unified postOnly is post_only, timeInForce time_in_force, triggerPrice stop_price, cost an INSTANT
        // order's amount and clientOrderId client_order_id. Spot has no reduceOnly; a stop order triggers when the
        // market reaches its price, either way, so stopLossPrice and takeProfitPrice (one direction each) are
        // refused rather than placed as a stop that may trigger on the wrong side.
        $this->load_markets();
        $market = $this->market($symbol);
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
        [$unified, $rest] = Js::destructure($this->unified_order_params($type, $params), 2);
        $this->reject_unified_params(
            'createOrder',
            $unified,
            ['reduceOnly', 'stopLossPrice', 'takeProfitPrice'],
        );
        if ((Js::get($unified, 'timeInForce') !== null) && !($type === 'limit')) {
            throw new InvalidOrder(
                Js::boundedText(
                    Js::toStr($this->id) . ' createOrder () timeInForce is for limit orders only, not ' . Js::toStr(
                        $type,
                    ) . ' orders',
                ),
            );
        }
        if (
            Js::truthy(Js::get($unified, 'postOnly')) && (Js::get($unified, 'timeInForce') !== null) && !(
                Js::get($unified, 'timeInForce') === 'GTC'
            )
        ) {
            throw new InvalidOrder(
                Js::boundedText(Js::toStr($this->id) . ' createOrder () postOnly takes timeInForce GTC only'),
            );
        }
        $client_order_id = Js::get($unified, 'clientOrderId');
        if (($client_order_id !== null) && !(Js::truthy($this->is_digits($client_order_id)))) {
            throw new BadRequest(
                Js::boundedText(
                    Js::toStr($this->id) . ' createOrder () clientOrderId must be a string of digits (a number up to 2^63 - 1), not ' . Js::toStr(
                        $client_order_id,
                    ),
                ),
            );
        }
        if ((Js::get($unified, 'cost') !== null) && (Js::get($unified, 'triggerPrice') !== null)) {
            throw new InvalidOrder(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' createOrder () cost (an INSTANT order) cannot be combined with triggerPrice',
                ),
            );
        }
        $order_type = $this->order_type_of($type, $unified);
        $request = [
            'market_symbol' => Js::get($market, 'id'),
            'side' => Js::upperCase(Js::textReceiver($side, 'toUpperCase')),
            'type' => $order_type,
        ];
        if ($order_type === 'INSTANT') {
            // The quote amount as the caller gave it (a decimal of up to 16 places, documented); the market's
            // price tick is not the quote currency's precision.
            $request['amount'] = Js::get($unified, 'cost');
        } else {
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
        if (Js::get($unified, 'triggerPrice') !== null) {
            $request['stop_price'] = $this->price_to_precision($symbol, Js::get($unified, 'triggerPrice'));
        }
        if (Js::truthy(Js::get($unified, 'postOnly'))) {
            $request['post_only'] = true;
        }
        if (Js::get($unified, 'timeInForce') !== null) {
            $request['time_in_force'] = Js::get($unified, 'timeInForce');
        }
        if ($client_order_id !== null) {
            $request['client_order_id'] = $client_order_id;
        }
        $response = $this->private_post_orders($this->extend($request, $rest));
        return $this->parse_order($response, $market);
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

    public function cancel_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // PUT orders/cancel { type: 'ID', id } answers { data: [ { sn, id } ] }: the cancellation is asynchronous
        // (fetchOrder tells when it is done).
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $response = $this->private_put_orders_cancel($this->extend(['type' => 'ID', 'id' => $id], $params));
        $data = $this->safe_list($response, 'data', []);
        $entry = $this->safe_dict($data, 0);
        if ($entry === null) {
            throw new OrderNotFound(
                Js::boundedText(Js::toStr($this->id) . ' cancelOrder () canceled no order ' . Js::toStr($id)),
            );
        }
        return $this->parse_order($entry, $market);
    }

    public function cancel_all_orders($symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // PUT orders/cancel { type: 'ALL' } (every market) or { type: 'MARKET', market_symbol } answers
        // { data: [ { sn, id } ] }.
        $this->load_markets();
        $market = null;
        $request = ['type' => 'ALL'];
        if ($symbol !== null) {
            $market = $this->market($symbol);
            $request['type'] = 'MARKET';
            $request['market_symbol'] = Js::get($market, 'id');
        }
        $response = $this->private_put_orders_cancel($this->extend($request, $params));
        $data = $this->safe_list($response, 'data', []);
        $result = [];
        for ($i = 0; $i < count($data); $i++) {
            $result[] = $this->parse_order(Js::get($data, $i), $market);
        }
        return $result;
    }

    public function fetch_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // orders/by-order-id/{id}: the order.
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $response = $this->private_get_orders_by_order_id_id($this->extend(['id' => $id], $params));
        return $this->parse_order($response, $market);
    }

    public function orders_request($symbol, $since, $limit, $params) {
        // orders?market_symbol&state&start_time&end_time (ISO 8601; 90 days at most, the last 90 days by
        // default)&page_size (100 at most): newest first. The unified until is end_time.
        $request = [];
        if ($symbol !== null) {
            $request['market_symbol'] = $this->market_id($symbol);
        }
        if ($since !== null) {
            $request['start_time'] = $this->iso8601($since);
        }
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            $request['end_time'] = $this->iso8601($until);
        }
        if ($limit !== null) {
            $request['page_size'] = Js::min($limit, 100);
        }
        return $this->extend($request, $this->omit($params, 'until'));
    }

    public function fetch_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $response = $this->private_get_orders($this->orders_request($symbol, $since, $limit, $params));
        return $this->parse_orders($this->safe_list($response, 'data', []), $market, $since, $limit);
    }

    public function fetch_open_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // The open orders are those in state ACTIVE and those in state PARTIALLY_FILLED: one request each.
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $request = $this->orders_request($symbol, $since, $limit, $params);
        $active = $this->private_get_orders($this->extend($request, ['state' => 'ACTIVE']));
        $partial = $this->private_get_orders($this->extend($request, ['state' => 'PARTIALLY_FILLED']));
        $orders = $this->array_concat(
            $this->safe_list($active, 'data', []),
            $this->safe_list($partial, 'data', []),
        );
        return $this->parse_orders($orders, $market, $since, $limit);
    }

    public function fetch_closed_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // The orders of the history that are no longer open (filled or canceled).
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $response = $this->private_get_orders($this->orders_request($symbol, $since, $limit, $params));
        $orders = $this->parse_orders($this->safe_list($response, 'data', []), $market, $since);
        $result = [];
        for ($i = 0; Js::less($i, Js::length($orders)); $i++) {
            $status = Js::get(Js::get($orders, $i), 'status');
            if (($status !== null) && !($status === 'open')) {
                $result[] = Js::get($orders, $i);
            }
        }
        return $this->filter_by_since_limit($result, $since, $limit);
    }

    public function fetch_my_trades($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // trades?market_symbol (required)&start_time&end_time (ISO 8601)&page_size (100 at most): newest first.
        if ($symbol === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' fetchMyTrades () requires a symbol: the endpoint takes one market_symbol',
                ),
            );
        }
        $this->load_markets();
        $market = $this->market($symbol);
        $response = $this->private_get_trades($this->orders_request($symbol, $since, $limit, $params));
        return $this->parse_trades($this->safe_list($response, 'data', []), $market, $since, $limit);
    }

    // --- funding -------------------------------------------------------------------------------------
    public function parse_transfer($transaction, $type, $currency = null) {
        // deposits: { sn, state, currency_symbol, amount, fee, created_at, details_crypto: { transaction_id,
        // receiving_address, network_code } }; withdrawals: { sn, state, rejection_reason, currency_symbol, amount,
        // fee, created_at, details_crypto: { transaction_id, destination_address, destination_tag, network_code },
        // details_fiat }.
        $code = $this->safe_currency_code($this->safe_string($transaction, 'currency_symbol'), $currency);
        $details = $this->safe_dict($transaction, 'details_crypto', []);
        $network_id = $this->safe_string($details, 'network_code');
        $statuses = $type === 'deposit' ? Js::get($this->options, 'depositStatuses') : Js::get(
            $this->options,
            'withdrawalStatuses',
        );
        $fee = null;
        $fee_cost = $this->safe_string($transaction, 'fee');
        if ($fee_cost !== null) {
            $fee = ['cost' => $fee_cost, 'currency' => $code];
        }
        return $this->safe_transaction(
            [
                'id' => $this->safe_string($transaction, 'sn'),
                'txid' => $this->safe_string($details, 'transaction_id'),
                'timestamp' => $this->parse8601($this->safe_string($transaction, 'created_at')),
                'network' => $network_id === null ? null : $this->network_code(
                    $network_id,
                    $this->safe_currency_of($code),
                ),
                'address' => $this->safe_string2($details, 'receiving_address', 'destination_address'),
                'tag' => $this->safe_string($details, 'destination_tag'),
                'type' => $type,
                'amount' => $this->safe_string($transaction, 'amount'),
                'currency' => $code,
                'status' => $this->safe_string($statuses, $this->safe_string($transaction, 'state')),
                'fee' => $fee,
                'info' => $transaction,
            ],
            $currency,
        );
    }

    public function safe_currency_of($code) {
        // The loaded currency of a unified code (undefined when currencies are not loaded or do not list it).
        return $this->currencies === null ? null : $this->safe_dict($this->currencies, $code);
    }

    public function fetch_transfers_of($type, $code, $since, $limit, $params) {
        // deposits and withdrawals?start_time&end_time (ISO 8601)&page_size (100 at most): of every currency
        // (code filters them here), newest first.
        $this->load_markets();
        $currency = $code === null ? null : $this->currency($code);
        $request = [];
        if ($since !== null) {
            $request['start_time'] = $this->iso8601($since);
        }
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            $request['end_time'] = $this->iso8601($until);
        }
        if ($limit !== null) {
            $request['page_size'] = Js::min($limit, 100);
        }
        $query = $this->extend($request, $this->omit($params, 'until'));
        $response = null;
        if ($type === 'deposit') {
            $response = $this->private_get_deposits($query);
        } else {
            $response = $this->private_get_withdrawals($query);
        }
        $data = $this->safe_list($response, 'data', []);
        $result = [];
        for ($i = 0; $i < count($data); $i++) {
            $result[] = $this->parse_transfer(Js::get($data, $i), $type);
        }
        $sorted = $this->sort_by($result, 'timestamp');
        return $this->filter_by_currency_since_limit(
            $sorted,
            $currency === null ? null : Js::get($currency, 'code'),
            $since,
            $limit,
        );
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
        // deposits/address?currency_symbol&network_code (the currency's default network without it):
        // { currency_symbol, address, message, destination_tag, network: { name, code } }.
        $this->load_markets();
        $currency = $this->currency($code);
        $network_code = $this->safe_string($params, 'network');
        $request = ['currency_symbol' => Js::get($currency, 'id')];
        if ($network_code !== null) {
            $request['network_code'] = $this->known_network_id(
                $network_code,
                $currency,
                'fetchDepositAddress',
            );
        }
        $response = $this->private_get_deposits_address(
            $this->extend($request, $this->omit($params, 'network')),
        );
        $address = $this->safe_string($response, 'address');
        if ($address === null) {
            // The address is being generated: the docs say to ask again after a few minutes.
            throw new ExchangeError(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' fetchDepositAddress () has no address of ' . Js::toStr($code) . ' yet: ') . $this->safe_string(
                        $response,
                        'message',
                        '',
                    ),
                ),
            );
        }
        $network_id = $this->safe_string($this->safe_dict($response, 'network', []), 'code');
        return [
            'currency' => $this->safe_currency_code(
                $this->safe_string($response, 'currency_symbol'),
                $currency,
            ),
            'address' => $address,
            'tag' => $this->safe_string($response, 'destination_tag'),
            'network' => $network_id === null ? null : $this->network_code($network_id, $currency),
            'info' => $response,
        ];
    }

    public function withdraw($code, $amount, $address, $tag = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST withdrawals { amount, currency_symbol, network_code (the currency's default network without it),
        // destination_address, destination_tag } answers the withdrawal { sn, state, currency_symbol, amount,
        // fee, created_at, details_crypto }.
        $this->load_markets();
        $currency = $this->currency($code);
        $network_code = $this->safe_string($params, 'network');
        $request = [
            'amount' => $this->number_to_string($amount),
            'currency_symbol' => Js::get($currency, 'id'),
            'destination_address' => $address,
        ];
        if ($network_code !== null) {
            $request['network_code'] = $this->known_network_id($network_code, $currency, 'withdraw');
        }
        if ($tag !== null) {
            $request['destination_tag'] = $tag;
        }
        $response = $this->private_post_withdrawals($this->extend($request, $this->omit($params, 'network')));
        return $this->parse_transfer($response, 'withdrawal', $currency);
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
        $request_path = Js::boundedText(
            Js::boundedText('/rest/' . Js::toStr($this->version) . '/') . Js::toStr(
                $this->implode_params($path, $params),
            ),
        );
        $query = $this->omit($params, $this->extract_params($path));
        $has_body = ($method === 'POST') || ($method === 'PUT');
        $url = Js::boundedText(Js::toStr(Js::get($this->urls, 'api')) . $request_path);
        $raw_query = '';
        if (!($has_body) && (count(Js::keys($query)) > 0)) {
            $url .= Js::within($url, Js::within($url, '?') . Js::toStr($this->urlencode($query)));
            $raw_query = $this->rawencode($query);
        }
        if ($api === 'public') {
            return ['url' => $url, 'method' => $method, 'body' => $body, 'headers' => $headers];
        }
        // X-FB-ACCESS-SIGNATURE: hex HMAC-SHA256, keyed by the secret, of timestamp (ms) + method + path + the query
        // string with its values as they are (not percent-encoded, the URL's order) + the body exactly as sent.
        $this->check_required_credentials();
        $timestamp = $this->number_to_string($this->milliseconds());
        $payload = '';
        if ($has_body) {
            $body = count(Js::keys($query)) > 0 ? $this->json(
                $query,
            ) : '{}'; // (PHP writes an empty dictionary as [])
            $payload = $body;
        }
        $auth = Js::boundedText(
            Js::toStr(Js::add($timestamp, $method)) . $request_path . Js::toStr($raw_query) . Js::toStr(
                $payload,
            ),
        );
        $headers = [
            'Content-Type' => 'application/json',
            'X-FB-ACCESS-KEY' => $this->apiKey,
            'X-FB-ACCESS-TIMESTAMP' => $timestamp,
            'X-FB-ACCESS-SIGNATURE' => $this->hmac(
                $this->encode($auth),
                $this->encode($this->secret),
                'sha256',
            ),
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
        // { "error": { "message", "code", "details": [ ... ] } } with an HTTP 4xx status: the code picks the error
        // class where it is known; a 404 of an order lookup is an unknown order, of a market path an unknown
        // market; the base class maps the other statuses (401, 403, 429, ...; ExchangeError for any other).
        if (Js::less($status, 400)) {
            return;
        }
        $error = null;
        if (($response !== null) && !(Js::isArray($response)) && (Js::typeof($response) === 'object')) {
            $error = $this->safe_dict($response, 'error');
        }
        $feedback = Js::boundedText(
            Js::boundedText(Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($method) . ' ' . Js::toStr($url) . ' ') . Js::toStr($this->number_to_string($status)) . ' ') . Js::toStr(
                $this->excerpt($response_body),
            ),
        );
        if ($error !== null) {
            $code = $this->safe_string($error, 'code');
            $feedback = Js::boundedText(
                Js::boundedText(Js::boundedText(Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($method) . ' ' . Js::toStr($url) . ' ') . Js::toStr($this->number_to_string($status)) . ' ') . $this->safe_string($error, 'code', '') . ' ') . $this->safe_string(
                    $error,
                    'message',
                    '',
                ),
            );
            $this->throw_exactly_matched_exception(Js::get($this->exceptions, 'exact'), $code, $feedback);
        }
        if (Js::strictEqual($status, 404)) {
            if (Js::indexOf($url, '/rest/v3/orders/') >= 0) {
                throw new OrderNotFound($feedback);
            }
            if (Js::indexOf($url, '/rest/v3/markets/') >= 0) {
                throw new BadSymbol($feedback);
            }
        }
        if (
            Js::strictEqual($status, 422) && (Js::indexOf($url, '/rest/v3/orders') >= 0) && (
                $method === 'POST'
            )
        ) {
            throw new InvalidOrder($feedback);
        }
        if (Js::strictEqual($status, 400) && ($error !== null)) {
            throw new BadRequest($feedback);
        }
    }
}
