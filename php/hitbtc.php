<?php

// Generated from js/hitbtc.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class hitbtc extends Exchange {
    public function describe() {
        return $this->deep_extend(
            parent::describe(),
            [
                'id' => 'hitbtc',
                'name' => 'HitBTC',
                'countries' => ['HK'],
                'version' => '3',
                'rateLimit' => 50,
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
                    'editOrder' => true,
                    'fetchOrder' => true,
                    'fetchOrders' => false,
                    'fetchOpenOrders' => true,
                    'fetchClosedOrders' => true,
                    'fetchMyTrades' => true,
                    'fetchDeposits' => true,
                    'fetchWithdrawals' => true,
                    'fetchTransactions' => true,
                    'fetchLedger' => false,
                    'fetchDepositAddress' => true,
                    'withdraw' => true,
                    'fetchTime' => false,
                    'fetchStatus' => false,
                    'fetchTradingFees' => true,
                    'cancelAllOrders' => true,
                    'fetchOrderTrades' => true,
                    'fetchTradingFee' => true,
                    'fetchDepositAddresses' => true,
                    'createDepositAddress' => true,
                    'fetchDepositWithdrawFees' => true,
                    'transfer' => true,
                    'createMarketBuyOrderWithCost' => false,
                ],
                'urls' => [
                    'logo' => 'https://hitbtc.com/favicon.ico',
                    'api' => [
                        'public' => 'https://api.hitbtc.com/api/3',
                        'private' => 'https://api.hitbtc.com/api/3',
                    ],
                    'www' => 'https://hitbtc.com',
                    'doc' => 'https://api.hitbtc.com/',
                    'fees' => 'https://hitbtc.com/fees-and-limits',
                ],
                'api' => [
                    'public' => [
                        'get' => [
                            'public/currency',
                            'public/currency/{currency}',
                            'public/symbol',
                            'public/symbol/{symbol}',
                            'public/ticker',
                            'public/ticker/{symbol}',
                            'public/price/rate',
                            'public/trades',
                            'public/trades/{symbol}',
                            'public/orderbook',
                            'public/orderbook/{symbol}',
                            'public/candles',
                            'public/candles/{symbol}',
                        ],
                    ],
                    'private' => [
                        'get' => [
                            'spot/balance' => 1,
                            'spot/balance/{currency}' => 1,
                            'spot/order' => 1,
                            'spot/order/{client_order_id}' => 1,
                            'spot/fee' => 1,
                            'spot/fee/{symbol}' => 1,
                            'spot/history/order' => 1,
                            'spot/history/trade' => 1,
                            'wallet/balance' => 2,
                            'wallet/balance/{currency}' => 2,
                            'wallet/crypto/address' => 2,
                            'wallet/crypto/fee/estimate' => 2,
                            'wallet/transactions' => 2,
                            'wallet/transactions/{tx_id}' => 2,
                        ],
                        'post' => [
                            'spot/order' => 1,
                            'wallet/crypto/address' => 2,
                            'wallet/crypto/withdraw' => 2,
                            'wallet/transfer' => 2,
                        ],
                        'patch' => ['spot/order/{client_order_id}' => 1],
                        'delete' => ['spot/order' => 1, 'spot/order/{client_order_id}' => 1],
                    ],
                ],
                'timeframes' => [
                    '1m' => 'M1',
                    '3m' => 'M3',
                    '5m' => 'M5',
                    '15m' => 'M15',
                    '30m' => 'M30',
                    '1h' => 'H1',
                    '4h' => 'H4',
                    '1d' => 'D1',
                    '1w' => 'D7',
                    '1M' => '1M',
                ],
                'requiredCredentials' => ['apiKey' => true, 'secret' => true],
                'fees' => [
                    'trading' => [
                        'tierBased' => true,
                        'percentage' => true,
                        'taker' => 0.0025,
                        'maker' => 0.0009,
                    ],
                ],
                'precisionMode' => TICK_SIZE,
                'options' => [
                    'networks' => [
                        'ERC20' => 'ETH',
                        'TRC20' => 'TRX',
                        'BEP20' => 'BSC',
                        'SOL' => 'SOL',
                        'POLYGON' => 'MATIC',
                        'ARBITRUM' => 'ARB',
                        'OPTIMISM' => 'OP',
                        'OMNI' => 'OMNI',
                    ],
                    'accountsByType' => [
                        'spot' => 'spot',
                        'trade' => 'spot',
                        'funding' => 'wallet',
                        'wallet' => 'wallet',
                    ],
                    'orderStatuses' => [
                        'new' => 'open',
                        'suspended' => 'open',
                        'partiallyFilled' => 'open',
                        'filled' => 'closed',
                        'canceled' => 'canceled',
                        'expired' => 'expired',
                    ],
                    'transactionStatuses' => [
                        'CREATED' => 'pending',
                        'PENDING' => 'pending',
                        'FAILED' => 'failed',
                        'SUCCESS' => 'ok',
                        'ROLLED_BACK' => 'failed',
                    ],
                ],
                'exceptions' => [
                    'exact' => [
                        '429' => RateLimitExceeded::class,
                        '500' => ExchangeError::class,
                        '503' => ExchangeNotAvailable::class,
                        '504' => RequestTimeout::class,
                        '600' => PermissionDenied::class,
                        '1001' => AuthenticationError::class,
                        '1002' => AuthenticationError::class,
                        '1003' => PermissionDenied::class,
                        '1004' => AuthenticationError::class,
                        '2001' => BadSymbol::class,
                        '2002' => BadRequest::class,
                        '2010' => InvalidOrder::class,
                        '2011' => InvalidOrder::class,
                        '2012' => InvalidOrder::class,
                        '2020' => InvalidOrder::class,
                        '2021' => InvalidOrder::class,
                        '2022' => InvalidOrder::class,
                        '10001' => BadRequest::class,
                        '10021' => AccountSuspended::class,
                        '20001' => InsufficientFunds::class,
                        '20002' => OrderNotFound::class,
                        '20003' => ExchangeError::class,
                        '20004' => ExchangeError::class,
                        '20005' => ExchangeError::class,
                        '20006' => ExchangeError::class,
                        '20007' => ExchangeError::class,
                        '20008' => DuplicateOrderId::class,
                        '20009' => InvalidOrder::class,
                        '20010' => ExchangeNotAvailable::class,
                        '20011' => InvalidAddress::class,
                        '20014' => ExchangeError::class,
                        '20080' => ExchangeNotAvailable::class,
                    ],
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
        // public/symbol: { "ETHBTC": { type: 'spot' (or 'futures'), base_currency, quote_currency, status:
        // 'working' or 'suspended', quantity_increment, tick_size, take_rate, make_rate, fee_currency,
        // margin_trading, max_initial_leverage } }, keyed by symbol id. Spot markets only.
        $response = $this->public_get_public_symbol($params);
        $ids = Js::keys($response);
        $result = [];
        for ($i = 0; $i < count($ids); $i++) {
            $entry = $this->safe_dict($response, $ids[$i], []);
            if (!($this->safe_string($entry, 'type') === 'spot')) {
                continue;
            }
            $result[] = $this->parse_market($this->extend($entry, ['id' => $ids[$i]]));
        }
        return $result;
    }

    public function parse_market($entry) {
        $base_id = $this->safe_string($entry, 'base_currency');
        $quote_id = $this->safe_string($entry, 'quote_currency');
        $base = $this->safe_currency_code($base_id);
        $quote = $this->safe_currency_code($quote_id);
        $step = $this->safe_number($entry, 'quantity_increment');
        return $this->safe_market_structure(
            [
                'id' => $this->safe_string($entry, 'id'),
                'symbol' => Js::boundedText(Js::toStr($base) . '/' . Js::toStr($quote)),
                'base' => $base,
                'quote' => $quote,
                'baseId' => $base_id,
                'quoteId' => $quote_id,
                'active' => $this->safe_string($entry, 'status') === 'working',
                'type' => 'spot',
                'spot' => true,
                'taker' => $this->safe_number(
                    $entry,
                    'take_rate',
                    Js::get(Js::get($this->fees, 'trading'), 'taker'),
                ),
                'maker' => $this->safe_number(
                    $entry,
                    'make_rate',
                    Js::get(Js::get($this->fees, 'trading'), 'maker'),
                ),
                'precision' => ['amount' => $step, 'price' => $this->safe_number($entry, 'tick_size')],
                'limits' => [
                    'amount' => ['min' => $step, 'max' => null],
                    'price' => ['min' => null, 'max' => null],
                    'cost' => ['min' => null, 'max' => null],
                ],
                'info' => $this->omit($entry, 'id'),
            ],
        );
    }

    public function fetch_currencies($params = null) {
        if ($params === null) {
            $params = [];
        }
        // public/currency: { "BTC": { full_name, crypto, payin_enabled, payout_enabled, transfer_enabled, delisted,
        // precision_transfer, networks: [ { network, protocol, default, payin_enabled, payout_enabled,
        // precision_payout, payout_fee, payout_is_payment_id, payin_payment_id, payin_confirmations } ] } }.
        $response = $this->public_get_public_currency($params);
        $ids = Js::keys($response);
        $result = [];
        for ($i = 0; $i < count($ids); $i++) {
            $id = $ids[$i];
            $entry = $this->safe_dict($response, $id, []);
            $code = $this->safe_currency_code($id);
            $entries = $this->safe_list($entry, 'networks', []);
            $networks = [];
            $fee = null;
            for ($j = 0; $j < count($entries); $j++) {
                $network = Js::get($entries, $j);
                $network_id = $this->safe_string($network, 'network');
                $network_code = $this->network_code($network_id);
                $payin = $this->safe_bool($network, 'payin_enabled', false);
                $payout = $this->safe_bool($network, 'payout_enabled', false);
                $network_fee = $this->safe_number($network, 'payout_fee');
                // The currency's fee is its default network's (or its only one's).
                if ($this->safe_bool($network, 'default', false) || (count($entries) == 1)) {
                    $fee = $network_fee;
                }
                Js::setKey(
                    $networks,
                    $network_code,
                    [
                        'id' => $network_id,
                        'network' => $network_code,
                        'active' => $payin && $payout,
                        'deposit' => $payin,
                        'withdraw' => $payout,
                        'fee' => $network_fee,
                        'precision' => $this->safe_number($network, 'precision_payout'),
                        'limits' => ['withdraw' => ['min' => null, 'max' => null]],
                    ],
                );
            }
            $deposit = $this->safe_bool($entry, 'payin_enabled', false);
            $withdraw = $this->safe_bool($entry, 'payout_enabled', false);
            Js::setKey(
                $result,
                $code,
                [
                    'id' => $id,
                    'code' => $code,
                    'name' => $this->safe_string($entry, 'full_name'),
                    'active' => $deposit && $withdraw && !($this->safe_bool($entry, 'delisted', false)),
                    'deposit' => $deposit,
                    'withdraw' => $withdraw,
                    'fee' => $fee,
                    'precision' => $this->safe_number($entry, 'precision_transfer'),
                    'limits' => ['withdraw' => ['min' => null, 'max' => null]],
                    'networks' => $networks,
                    'info' => $entry,
                ],
            );
        }
        return $result;
    }

    public function fetch_deposit_withdraw_fees($codes = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // The payout fees of public/currency, per network.
        $currencies = $this->fetch_currencies($params);
        return $this->deposit_withdraw_fees_from_currencies($currencies, $codes);
    }

    // --- market data ---------------------------------------------------------------------------------
    public function parse_ticker($ticker, $market = null) {
        // { ask, bid, last, low, high, open, volume (base), volume_quote, timestamp (ISO 8601) }; the
        // symbol is the key of the dictionary it comes in (fetchTickers adds it).
        $market = $this->safe_market($this->safe_string($ticker, 'symbol'), $market);
        return $this->ticker_structure(
            symbol: Js::get($market, 'symbol'),
            timestamp: $this->parse8601($this->safe_string($ticker, 'timestamp')),
            high: $this->safe_string($ticker, 'high'),
            low: $this->safe_string($ticker, 'low'),
            bid: $this->safe_string($ticker, 'bid'),
            ask: $this->safe_string($ticker, 'ask'),
            open: $this->safe_string($ticker, 'open'),
            last: $this->safe_string($ticker, 'last'),
            base_volume: $this->safe_string($ticker, 'volume'),
            quote_volume: $this->safe_string($ticker, 'volume_quote'),
            info: $this->omit($ticker, 'symbol'),
            market: $market,
        );
    }

    public function fetch_ticker($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // public/ticker/{symbol}: one ticker.
        $this->load_markets();
        $market = $this->market($symbol);
        $response = $this->public_get_public_ticker_symbol(
            $this->extend(['symbol' => Js::get($market, 'id')], $params),
        );
        return $this->parse_ticker($response, $market);
    }

    public function fetch_tickers($symbols = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // public/ticker?symbols=a,b: { "ETHBTC": { ... } } (every symbol without symbols).
        $this->load_markets();
        $request = [];
        if ($symbols !== null) {
            $market_ids = [];
            for ($i = 0; Js::less($i, Js::length($symbols)); $i++) {
                $market_ids[] = $this->market_id(Js::get($symbols, $i));
            }
            $request['symbols'] = Js::join($market_ids, ',');
        }
        $response = $this->public_get_public_ticker($this->extend($request, $params));
        $ids = Js::keys($response);
        $tickers = [];
        for ($i = 0; $i < count($ids); $i++) {
            $tickers[] = $this->extend($this->safe_dict($response, $ids[$i], []), ['symbol' => $ids[$i]]);
        }
        return $this->parse_tickers($tickers, $symbols);
    }

    public function fetch_order_book($symbol, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // public/orderbook/{symbol}?depth (0 is the whole book): { timestamp, ask: [ [ price, size ] ], bid }.
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['symbol' => Js::get($market, 'id')];
        if ($limit !== null) {
            $request['depth'] = $limit;
        }
        $response = $this->public_get_public_orderbook_symbol($this->extend($request, $params));
        return $this->parse_order_book(
            $response,
            Js::get($market, 'symbol'),
            $this->parse8601($this->safe_string($response, 'timestamp')),
            'bid',
            'ask',
        );
    }

    public function parse_ohlcv($ohlcv, $market = null) {
        // { timestamp, open, close, min, max, volume (base), volume_quote }.
        return [
            $this->parse8601($this->safe_string($ohlcv, 'timestamp')),
            $this->safe_number($ohlcv, 'open'),
            $this->safe_number($ohlcv, 'max'),
            $this->safe_number($ohlcv, 'min'),
            $this->safe_number($ohlcv, 'close'),
            $this->safe_number($ohlcv, 'volume'),
        ];
    }

    public function history_range($request, $since, $limit, $params) {
        // from, till (the unified until) and limit, the paging params the history endpoints share; with a
        // start the list is asked for oldest first (sort ASC), or it would be the newest page (DESC by default).
        if ($since !== null) {
            Js::set($request, 'from', $since);
            Js::set($request, 'sort', 'ASC');
        }
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            Js::set($request, 'till', $until);
        }
        if ($limit !== null) {
            Js::set($request, 'limit', $limit);
        }
        return $request;
    }

    public function fetch_ohlcv($symbol, $timeframe = null, $since = null, $limit = null, $params = null) {
        if ($timeframe === null) {
            $timeframe = '1m';
        }
        if ($params === null) {
            $params = [];
        }
        // public/candles/{symbol}?period&from&till&limit&sort.
        $this->load_markets();
        $market = $this->market($symbol);
        $period = $this->safe_string($this->timeframes, $timeframe);
        if ($period === null) {
            throw new BadRequest(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' fetchOHLCV () does not support the timeframe ' . Js::toStr($timeframe) . ': one of ') . Js::join(
                        Js::keys($this->timeframes),
                        ', ',
                    ),
                ),
            );
        }
        $request = $this->history_range(
            ['symbol' => Js::get($market, 'id'), 'period' => $period],
            $since,
            $limit,
            $params,
        );
        $response = $this->public_get_public_candles_symbol(
            $this->extend($request, $this->omit($params, 'until')),
        );
        return $this->parse_ohlcvs($response, $market, $timeframe, $since, $limit);
    }

    public function parse_trade($trade, $market = null) {
        // Public trades: { id, price, qty, side (the taker's), timestamp }. The account's trades
        // (spot/history/trade): { id, order_id, client_order_id, symbol, side, quantity, price, fee, timestamp,
        // taker }, the fee in the symbol's fee currency.
        $market = $this->safe_market($this->safe_string($trade, 'symbol'), $market);
        $taker_or_maker = null;
        $taker = $this->safe_bool($trade, 'taker');
        if ($taker !== null) {
            $taker_or_maker = $taker ? 'taker' : 'maker';
        }
        $fee = null;
        $fee_cost = $this->safe_string($trade, 'fee');
        if ($fee_cost !== null) {
            $fee_currency_id = $this->safe_string(
                $this->safe_dict($market, 'info', []),
                'fee_currency',
                Js::get($market, 'quoteId'),
            );
            $fee = ['cost' => $fee_cost, 'currency' => $this->safe_currency_code($fee_currency_id)];
        }
        return $this->trade_structure(
            id: $this->safe_string($trade, 'id'),
            order: $this->safe_string($trade, 'client_order_id'),
            symbol: Js::get($market, 'symbol'),
            timestamp: $this->parse8601($this->safe_string($trade, 'timestamp')),
            side: $this->safe_string($trade, 'side'),
            taker_or_maker: $taker_or_maker,
            price: $this->safe_string($trade, 'price'),
            amount: $this->safe_string2($trade, 'quantity', 'qty'),
            fee: $fee,
            info: $trade,
            market: $market,
        );
    }

    public function fetch_trades($symbol, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // public/trades/{symbol}?by=timestamp&from&till&limit&sort.
        $this->load_markets();
        $market = $this->market($symbol);
        $request = $this->history_range(['symbol' => Js::get($market, 'id')], $since, $limit, $params);
        if (($since !== null) || (Js::get($request, 'till') !== null)) {
            Js::set($request, 'by', 'timestamp');
        }
        $response = $this->public_get_public_trades_symbol(
            $this->extend($request, $this->omit($params, 'until')),
        );
        return $this->parse_trades($response, $market, $since, $limit);
    }

    // --- account -------------------------------------------------------------------------------------
    public function fetch_balance($params = null) {
        if ($params === null) {
            $params = [];
        }
        // spot/balance (the trading account) or, with params['type'] 'funding' (or 'wallet'), wallet/balance:
        // [ { currency, available, reserved, reserved_margin } ].
        $this->load_markets();
        $type = $this->account_type_id($this->safe_string($params, 'type', 'spot'));
        $query = $this->omit($params, 'type');
        $response = null;
        if ($type === 'wallet') {
            $response = $this->private_get_wallet_balance($query);
        } else {
            $response = $this->private_get_spot_balance($query);
        }
        $result = ['info' => $response];
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            $entry = Js::get($response, $i);
            $account = $this->account();
            Js::set($account, 'free', $this->safe_string($entry, 'available'));
            Js::set($account, 'used', $this->safe_string($entry, 'reserved'));
            Js::setKey($result, $this->safe_currency_code($this->safe_string($entry, 'currency')), $account);
        }
        return $this->safe_balance($result);
    }

    public function parse_trading_fee($fee, $market = null) {
        // { symbol, take_rate, make_rate } (spot/fee/{symbol} without the symbol).
        $market = $this->safe_market($this->safe_string($fee, 'symbol'), $market);
        return [
            'symbol' => Js::get($market, 'symbol'),
            'maker' => $this->safe_number($fee, 'make_rate'),
            'taker' => $this->safe_number($fee, 'take_rate'),
            'info' => $fee,
        ];
    }

    public function fetch_trading_fees($params = null) {
        if ($params === null) {
            $params = [];
        }
        // spot/fee: the account's rates of every symbol.
        $this->load_markets();
        $response = $this->private_get_spot_fee($params);
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
        // spot/fee/{symbol}: { take_rate, make_rate }.
        $this->load_markets();
        $market = $this->market($symbol);
        $response = $this->private_get_spot_fee_symbol(
            $this->extend(['symbol' => Js::get($market, 'id')], $params),
        );
        return $this->parse_trading_fee($response, $market);
    }

    // --- orders --------------------------------------------------------------------------------------
    public function parse_order_type($order_type) {
        // [ unified type, trigger field ]: stop and take-profit orders are market or limit orders with a trigger.
        $types = [
            'market' => ['market', null],
            'limit' => ['limit', null],
            'stopMarket' => ['market', 'stopLossPrice'],
            'stopLimit' => ['limit', 'stopLossPrice'],
            'takeProfitMarket' => ['market', 'takeProfitPrice'],
            'takeProfitLimit' => ['limit', 'takeProfitPrice'],
        ];
        return $this->safe_value($types, $order_type, [null, null]);
    }

    public function parse_order($order, $market = null) {
        // { id, client_order_id, symbol, side, status, type, time_in_force, quantity, quantity_cumulative,
        // price, price_average, stop_price, expire_time, post_only, created_at, updated_at, trades: [ { id,
        // quantity, price, fee, taker, timestamp } ] }. Every order endpoint addresses an order by its
        // client_order_id (HitBTC makes one when the caller gives none), so that is the unified id too.
        $market = $this->safe_market($this->safe_string($order, 'symbol'), $market);
        [$type, $trigger_field] = Js::destructure(
            $this->parse_order_type($this->safe_string($order, 'type')),
            2,
        );
        $trigger_price = $this->safe_string($order, 'stop_price');
        $status = $this->safe_string($order, 'status');
        $client_order_id = $this->safe_string($order, 'client_order_id');
        // A post-only order (post_only true, whatever its time_in_force) is timeInForce PO.
        $post_only = $this->safe_bool($order, 'post_only');
        $fills = $this->safe_list($order, 'trades', []);
        $trades = [];
        for ($i = 0; $i < count($fills); $i++) {
            $trades[] = $this->parse_trade(
                $this->extend(
                    Js::get($fills, $i),
                    ['client_order_id' => $client_order_id, 'side' => $this->safe_string($order, 'side')],
                ),
                $market,
            );
        }
        $result = [
            'id' => $client_order_id,
            'clientOrderId' => $client_order_id,
            'symbol' => Js::get($market, 'symbol'),
            'timestamp' => $this->parse8601($this->safe_string($order, 'created_at')),
            'lastUpdateTimestamp' => $this->parse8601($this->safe_string($order, 'updated_at')),
            'status' => $this->safe_string(Js::get($this->options, 'orderStatuses'), $status, $status),
            'type' => $type,
            'timeInForce' => $post_only ? 'PO' : $this->parse_time_in_force(
                $this->safe_string($order, 'time_in_force'),
            ),
            'postOnly' => $post_only,
            'side' => $this->safe_string($order, 'side'),
            'price' => $this->safe_string($order, 'price'),
            'triggerPrice' => $trigger_price,
            'average' => $this->safe_string($order, 'price_average'),
            'amount' => $this->safe_string($order, 'quantity'),
            'filled' => $this->safe_string($order, 'quantity_cumulative'),
            'trades' => $trades,
            'info' => $order,
        ];
        if ($trigger_field !== null) {
            Js::setKey($result, $trigger_field, $trigger_price);
        }
        return $this->safe_order($result, $market);
    }

    public function parse_time_in_force($time_in_force) {
        // GTC, IOC and FOK are unified; Day (canceled at the end of the day) and GTD (good till expire_time) rest
        // on the book until a time, which the unified values have not: they are GTC.
        if (($time_in_force === 'GTC') || ($time_in_force === 'IOC') || ($time_in_force === 'FOK')) {
            return $time_in_force;
        }
        if (($time_in_force === 'Day') || ($time_in_force === 'GTD')) {
            return 'GTC';
        }
        return null;
    }

    public function create_order($symbol, $type, $side, $amount, $price = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST spot/order { symbol, side, type, quantity, price, stop_price, time_in_force, post_only,
        // client_order_id }. triggerPrice and stopLossPrice make a stopLimit or stopMarket order (triggered when the
        // last price reaches stop_price against the order), takeProfitPrice a takeProfitLimit or takeProfitMarket
        // one; postOnly is post_only, timeInForce time_in_force, clientOrderId client_order_id. Spot orders have
        // no reduceOnly, and quantity is always in the base currency (no cost).
        $this->load_markets();
        $market = $this->market($symbol);
        [$unified, $rest] = Js::destructure($this->unified_order_params($type, $params), 2);
        $this->reject_unified_params('createOrder', $unified, ['reduceOnly', 'cost']);
        if (!($type === 'market') && !($type === 'limit')) {
            throw new InvalidOrder(
                Js::boundedText(
                    Js::toStr($this->id) . ' createOrder () type must be market or limit, not ' . Js::toStr(
                        $type,
                    ),
                ),
            );
        }
        $request = [
            'symbol' => Js::get($market, 'id'),
            'side' => $side,
            'type' => $type,
            'quantity' => $this->amount_to_precision($symbol, $amount),
        ];
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
        $trigger = Js::get($unified, 'trigger');
        if ($trigger !== null) {
            $kind = Js::get($unified, 'triggerKind') === 'takeProfitPrice' ? 'takeProfit' : 'stop';
            $request['type'] = Js::boundedText($kind . ($type === 'limit' ? 'Limit' : 'Market'));
            $request['stop_price'] = $this->price_to_precision($symbol, $trigger);
        }
        if (Js::get($unified, 'timeInForce') !== null) {
            $request['time_in_force'] = Js::get($unified, 'timeInForce');
        }
        if (Js::truthy(Js::get($unified, 'postOnly'))) {
            $request['post_only'] = true;
        }
        if (Js::get($unified, 'clientOrderId') !== null) {
            $request['client_order_id'] = Js::get($unified, 'clientOrderId');
        }
        $response = $this->private_post_spot_order($this->extend($request, $rest));
        return $this->parse_order($response, $market);
    }

    public function edit_order($id, $symbol, $type, $side, $amount = null, $price = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // PATCH spot/order/{client_order_id} { new_client_order_id, quantity, price } replaces the quantity and
        // price of an open order (its type, side, trigger and post-only flag stay). The replacing order needs a
        // client_order_id of its own: params['new_client_order_id'], or a new UUID (32 hex digits, the longest
        // client_order_id). Quantity is required.
        $this->load_markets();
        $market = $this->market($symbol);
        if ($this->safe_bool($params, 'postOnly', false)) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' editOrder () does not support the unified param postOnly: an order keeps its post-only flag',
                ),
            );
        }
        if ($this->safe_value($params, 'triggerPrice') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' editOrder () does not support the unified param triggerPrice: an order keeps its stop_price',
                ),
            );
        }
        if ($amount === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' editOrder () requires an amount: HitBTC replaces quantity and price together',
                ),
            );
        }
        $request = [
            'client_order_id' => $id,
            'new_client_order_id' => $this->safe_string(
                $params,
                'new_client_order_id',
                Js::join(Js::split($this->uuid(), '-'), ''),
            ),
            'quantity' => $this->amount_to_precision($symbol, $amount),
        ];
        if ($price !== null) {
            $request['price'] = $this->price_to_precision($symbol, $price);
        }
        $response = $this->private_patch_spot_order_client_order_id(
            $this->extend(
                $request,
                $this->omit($params, ['postOnly', 'triggerPrice', 'new_client_order_id']),
            ),
        );
        return $this->parse_order($response, $market);
    }

    public function cancel_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // DELETE spot/order/{client_order_id}: the canceled order.
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $response = $this->private_delete_spot_order_client_order_id(
            $this->extend(['client_order_id' => $id], $params),
        );
        return $this->parse_order($response, $market);
    }

    public function cancel_all_orders($symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // DELETE spot/order?symbol (every symbol without it): the canceled orders.
        $this->load_markets();
        $request = [];
        $market = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
            $request['symbol'] = Js::get($market, 'id');
        }
        $response = $this->private_delete_spot_order($this->extend($request, $params));
        return $this->parse_orders($response, $market);
    }

    public function fetch_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // spot/order/{client_order_id} knows active orders only; an order that is no longer active is found in
        // spot/history/order?client_order_id.
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        try {
            $response = $this->private_get_spot_order_client_order_id(
                $this->extend(['client_order_id' => $id], $params),
            );
            return $this->parse_order($response, $market);
        } catch (Uncatchable $uncatchable) {
            throw $uncatchable;
        } catch (\Throwable $e) {
            if (!($e instanceof OrderNotFound)) {
                throw $e;
            }
        }
        $history = $this->private_get_spot_history_order($this->extend(['client_order_id' => $id], $params));
        if (Js::strictEqual(Js::length($history), 0)) {
            throw new OrderNotFound(
                Js::boundedText(Js::toStr($this->id) . ' fetchOrder () found no order ' . Js::toStr($id)),
            );
        }
        return $this->parse_order(Js::get($history, 0), $market);
    }

    public function fetch_open_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // spot/order?symbol: the active orders.
        $this->load_markets();
        $request = [];
        $market = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
            $request['symbol'] = Js::get($market, 'id');
        }
        $response = $this->private_get_spot_order($this->extend($request, $params));
        return $this->parse_orders($response, $market, $since, $limit);
    }

    public function fetch_closed_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // spot/history/order?symbol&from&till&limit&sort: the orders that are no longer active (filled,
        // canceled, expired).
        $this->load_markets();
        $market = null;
        $request = $this->history_range([], $since, $limit, $params);
        if ($symbol !== null) {
            $market = $this->market($symbol);
            Js::set($request, 'symbol', Js::get($market, 'id'));
        }
        $response = $this->private_get_spot_history_order(
            $this->extend($request, $this->omit($params, 'until')),
        );
        return $this->parse_orders($response, $market, $since, $limit);
    }

    public function fetch_my_trades($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // spot/history/trade?symbol&by=timestamp&from&till&limit&sort.
        $this->load_markets();
        $market = null;
        $request = $this->history_range([], $since, $limit, $params);
        if ($symbol !== null) {
            $market = $this->market($symbol);
            Js::set($request, 'symbol', Js::get($market, 'id'));
        }
        if (($since !== null) || (Js::get($request, 'till') !== null)) {
            Js::set($request, 'by', 'timestamp');
        }
        $response = $this->private_get_spot_history_trade(
            $this->extend($request, $this->omit($params, 'until')),
        );
        return $this->parse_trades($response, $market, $since, $limit);
    }

    public function fetch_order_trades($id, $symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // spot/history/trade filters by the exchange's numeric order_id, which the order (found by its
        // client_order_id, the unified id) reports as id.
        $order = $this->fetch_order($id, $symbol);
        $request = ['order_id' => $this->safe_string(Js::get($order, 'info'), 'id')];
        $market_id = $this->safe_string(Js::get($order, 'info'), 'symbol');
        if ($market_id !== null) {
            $request['symbol'] = $market_id;
        }
        $response = $this->private_get_spot_history_trade($this->extend($request, $params));
        return $this->parse_trades($response, $this->safe_market($market_id), $since, $limit);
    }

    // --- funding -------------------------------------------------------------------------------------
    public function parse_deposit_address($entry, $currency = null) {
        // { currency, address, payment_id, public_key, network_code }.
        $code = $this->safe_currency_code($this->safe_string($entry, 'currency'), $currency);
        return [
            'currency' => $code,
            'address' => $this->safe_string($entry, 'address'),
            'tag' => $this->safe_string($entry, 'payment_id'),
            'network' => $this->network_code($this->safe_string($entry, 'network_code')),
            'info' => $entry,
        ];
    }

    public function address_request($code, $params) {
        // { currency, network_code } from the code and the unified param network.
        $currency = $this->currency($code);
        $request = ['currency' => Js::get($currency, 'id')];
        $network = $this->safe_string($params, 'network');
        if ($network !== null) {
            $request['network_code'] = $this->network_id($network, $currency);
        }
        return $request;
    }

    public function fetch_deposit_address($code, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // wallet/crypto/address?currency&network_code: [ { currency, address, payment_id, network_code } ].
        $this->load_markets();
        $request = $this->address_request($code, $params);
        $response = $this->private_get_wallet_crypto_address(
            $this->extend($request, $this->omit($params, 'network')),
        );
        $first = $this->safe_dict($response, 0);
        if ($first === null) {
            throw new InvalidAddress(
                Js::boundedText(
                    Js::toStr($this->id) . ' fetchDepositAddress () found no address for ' . Js::toStr(
                        $code,
                    ) . ': createDepositAddress () makes one',
                ),
            );
        }
        return $this->parse_deposit_address($first, $this->currency($code));
    }

    public function create_deposit_address($code, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST wallet/crypto/address { currency, network_code }: the new address.
        $this->load_markets();
        $request = $this->address_request($code, $params);
        $response = $this->private_post_wallet_crypto_address(
            $this->extend($request, $this->omit($params, 'network')),
        );
        return $this->parse_deposit_address($response, $this->currency($code));
    }

    public function fetch_deposit_addresses($codes = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // wallet/crypto/address without a currency: the current address of every currency.
        $this->load_markets();
        $response = $this->private_get_wallet_crypto_address($params);
        $result = [];
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            $address = $this->parse_deposit_address(Js::get($response, $i));
            if (($codes === null) || Js::truthy($this->in_array(Js::get($address, 'currency'), $codes))) {
                $result[] = $address;
            }
        }
        return $result;
    }

    public function parse_transaction($transaction, $currency = null) {
        // wallet/transactions: { id, created_at, updated_at, status, type: DEPOSIT or WITHDRAW, subtype, native:
        // { tx_id, index, currency, amount, fee, address, payment_id, hash, confirmations, network_code } };
        // wallet/crypto/withdraw: { id } (the tx_id).
        $native = $this->safe_dict($transaction, 'native', []);
        $code = $this->safe_currency_code($this->safe_string($native, 'currency'), $currency);
        $fee = null;
        $fee_cost = $this->safe_string($native, 'fee');
        if ($fee_cost !== null) {
            $fee = ['cost' => $fee_cost, 'currency' => $code];
        }
        $types = ['DEPOSIT' => 'deposit', 'WITHDRAW' => 'withdrawal'];
        $status = $this->safe_string($transaction, 'status');
        return $this->safe_transaction(
            [
                'id' => $this->safe_string2($native, 'tx_id', 'id', $this->safe_string($transaction, 'id')),
                'txid' => $this->safe_string($native, 'hash'),
                'timestamp' => $this->parse8601($this->safe_string($transaction, 'created_at')),
                'updated' => $this->parse8601($this->safe_string($transaction, 'updated_at')),
                'network' => $this->network_code($this->safe_string($native, 'network_code')),
                'address' => $this->safe_string($native, 'address'),
                'tag' => $this->safe_string($native, 'payment_id'),
                'type' => $this->safe_string(
                    $types,
                    $this->safe_string($transaction, 'type'),
                    $this->safe_string($transaction, 'kind'),
                ),
                'amount' => $this->safe_string($native, 'amount'),
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

    public function fetch_transactions_of_types($types, $code, $since, $limit, $params) {
        // wallet/transactions?types&currencies&from&till&limit&sort (by created_at).
        $this->load_markets();
        $currency = null;
        $request = $this->history_range(['types' => $types], $since, $limit, $params);
        if ($code !== null) {
            $currency = $this->currency($code);
            Js::set($request, 'currencies', Js::get($currency, 'id'));
        }
        $response = $this->private_get_wallet_transactions(
            $this->extend($request, $this->omit($params, 'until')),
        );
        return $this->parse_transactions($response, $currency, $since, $limit);
    }

    public function fetch_deposits($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->fetch_transactions_of_types('DEPOSIT', $code, $since, $limit, $params);
    }

    public function fetch_withdrawals($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->fetch_transactions_of_types('WITHDRAW', $code, $since, $limit, $params);
    }

    public function fetch_transactions($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->fetch_transactions_of_types('DEPOSIT,WITHDRAW', $code, $since, $limit, $params);
    }

    public function withdraw($code, $amount, $address, $tag = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST wallet/crypto/withdraw { currency, amount, address, payment_id (the tag), network_code }: { id }.
        $this->load_markets();
        $currency = $this->currency($code);
        $request = $this->address_request($code, $params);
        Js::set($request, 'amount', $this->number_to_string($amount));
        Js::set($request, 'address', $address);
        if ($tag !== null) {
            Js::set($request, 'payment_id', $tag);
        }
        $response = $this->private_post_wallet_crypto_withdraw(
            $this->extend($request, $this->omit($params, 'network')),
        );
        return $this->safe_transaction(
            [
                'id' => $this->safe_string($response, 'id'),
                'type' => 'withdrawal',
                'address' => $address,
                'tag' => $tag,
                'amount' => Js::get($request, 'amount'),
                'currency' => Js::get($currency, 'code'),
                'network' => $this->network_code($this->safe_string($request, 'network_code')),
                'status' => 'pending',
                'info' => $response,
            ],
            $currency,
        );
    }

    public function transfer($code, $amount, $from_account, $to_account, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST wallet/transfer { currency, amount, source, destination } (spot or wallet): [ transfer id ].
        $this->load_markets();
        $currency = $this->currency($code);
        $request = [
            'currency' => Js::get($currency, 'id'),
            'amount' => $this->number_to_string($amount),
            'source' => $this->account_type_id($from_account),
            'destination' => $this->account_type_id($to_account),
        ];
        $response = $this->private_post_wallet_transfer($this->extend($request, $params));
        return [
            'id' => $this->safe_string($response, 0),
            'currency' => Js::get($currency, 'code'),
            'amount' => $this->parse_number(Js::get($request, 'amount')),
            'fromAccount' => $from_account,
            'toAccount' => $to_account,
            'status' => 'ok',
            'info' => $response,
        ];
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
        // GET and DELETE send their params as the query string, POST and PATCH as a JSON body.
        $request_path = Js::boundedText(
            Js::boundedText('/api/' . Js::toStr($this->version) . '/') . Js::toStr(
                $this->implode_params($path, $params),
            ),
        );
        $query = $this->omit($params, $this->extract_params($path));
        $has_body = ($method === 'POST') || ($method === 'PATCH');
        $query_string = '';
        if (!($has_body) && (count(Js::keys($query)) > 0)) {
            $query_string = Js::boundedText('?' . Js::toStr($this->urlencode($query)));
        }
        $url = Js::boundedText(
            Js::boundedText(Js::toStr($this->safe_string(Js::get($this->urls, 'api'), $api)) . '/') . Js::toStr(
                $this->implode_params($path, $params),
            ) . $query_string,
        );
        if ($api === 'public') {
            return ['url' => $url, 'method' => $method, 'body' => $body, 'headers' => $headers];
        }
        // HS256: Authorization: 'HS256 ' + base64 (apiKey:signature:timestamp), the signature the hex HMAC-SHA256
        // (secret, method + path + ?query + body + timestamp), the timestamp in milliseconds.
        $this->check_required_credentials();
        $timestamp = $this->number_to_string($this->milliseconds());
        $payload = Js::boundedText(Js::toStr($method) . $request_path . $query_string);
        $headers = [];
        if ($has_body) {
            $body = count(Js::keys($query)) > 0 ? $this->json(
                $query,
            ) : '{}'; // (PHP writes an empty dictionary as [])
            $payload .= Js::within($payload, Js::toStr($body));
            Js::set($headers, 'Content-Type', 'application/json');
        }
        $signature = $this->hmac(
            $this->encode(Js::boundedText($payload . Js::toStr($timestamp))),
            $this->encode($this->secret),
            'sha256',
        );
        Js::set(
            $headers,
            'Authorization',
            Js::boundedText(
                'HS256 ' . Js::toStr(
                    $this->string_to_base64(
                        Js::boundedText(
                            Js::toStr($this->apiKey) . ':' . Js::toStr($signature) . ':' . Js::toStr(
                                $timestamp,
                            ),
                        ),
                    ),
                ),
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
        // { "error": { "code": 20001, "message": "Insufficient funds", "description": "..." } }: the code picks
        // the error class; an unknown code is an ExchangeError.
        if (($response === null) || Js::isArray($response) || !(Js::typeof($response) === 'object')) {
            return;
        }
        $error = $this->safe_dict($response, 'error');
        if ($error === null) {
            return;
        }
        $code = $this->safe_string($error, 'code');
        $feedback = Js::boundedText(
            Js::boundedText(Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($method) . ' ' . Js::toStr($url) . ' ' . Js::toStr($code) . ' ') . $this->safe_string($error, 'message', '') . ' ') . $this->safe_string(
                $error,
                'description',
                '',
            ),
        );
        $this->throw_exactly_matched_exception(Js::get($this->exceptions, 'exact'), $code, $feedback);
        throw new ExchangeError($feedback);
    }
}
