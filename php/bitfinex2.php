<?php

// Generated from js/bitfinex2.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class bitfinex2 extends Exchange {
    public function describe() {
        return $this->deep_extend(
            parent::describe(),
            [
                'id' => 'bitfinex2',
                'name' => 'Bitfinex',
                'countries' => ['VG'],
                'version' => 'v2',
                'rateLimit' => 1000,
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
                    'fetchStatus' => true,
                    'fetchTradingFees' => false,
                    'cancelAllOrders' => true,
                    'fetchOrderTrades' => true,
                    'fetchTradingFee' => false,
                    'fetchDepositAddresses' => false,
                    'createDepositAddress' => true,
                    'fetchDepositWithdrawFees' => false,
                    'transfer' => false,
                    'createMarketBuyOrderWithCost' => false,
                ],
                'urls' => [
                    'logo' => 'https://www.bitfinex.com/assets/bfx-stacked.png',
                    'api' => [
                        'public' => 'https://api-pub.bitfinex.com',
                        'private' => 'https://api.bitfinex.com',
                    ],
                    'www' => 'https://www.bitfinex.com',
                    'doc' => 'https://docs.bitfinex.com/docs',
                    'fees' => 'https://www.bitfinex.com/fees',
                ],
                'api' => [
                    'public' => [
                        'get' => [
                            'platform/status' => 1,
                            'conf/pub:info:pair' => 1,
                            'conf/pub:list:currency' => 1,
                            'conf/pub:map:currency:label' => 1,
                            'ticker/{symbol}' => 1,
                            'tickers' => 1,
                            'book/{symbol}/{precision}' => 1,
                            'trades/{symbol}/hist' => 6,
                            'candles/trade:{timeframe}:{symbol}/hist' => 3,
                        ],
                    ],
                    'private' => [
                        'post' => [
                            'auth/r/wallets' => 1,
                            'auth/r/orders' => 1,
                            'auth/r/orders/{symbol}' => 1,
                            'auth/r/orders/hist' => 1,
                            'auth/r/orders/{symbol}/hist' => 1,
                            'auth/r/order/{symbol}:{id}/trades' => 1,
                            'auth/r/trades/hist' => 1,
                            'auth/r/trades/{symbol}/hist' => 1,
                            'auth/r/movements/hist' => 1,
                            'auth/r/movements/{currency}/hist' => 1,
                            'auth/w/order/submit' => 1,
                            'auth/w/order/cancel' => 1,
                            'auth/w/order/cancel/multi' => 1,
                            'auth/w/deposit/address' => 6,
                            'auth/w/withdraw' => 1,
                        ],
                    ],
                ],
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
                    '2w' => '14D',
                    '1M' => '1M',
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
                'commonCurrencies' => ['UST' => 'USDT', 'DSH' => 'DASH', 'IOT' => 'IOTA', 'QTM' => 'QTUM'],
                'options' => [
                    'wallet' => 'exchange',
                    'bookPrecision' => 'P0',
                    'methods' => [
                        'BTC' => 'bitcoin',
                        'LTC' => 'litecoin',
                        'ETH' => 'ethereum',
                        'XRP' => 'ripple',
                        'TRX' => 'trx',
                        'USDT' => 'tetheruse',
                    ],
                    'networkMethods' => [
                        'BTC' => ['BTC' => 'bitcoin'],
                        'LTC' => ['LTC' => 'litecoin'],
                        'ETH' => ['ERC20' => 'ethereum'],
                        'XRP' => ['XRP' => 'ripple'],
                        'TRX' => ['TRC20' => 'trx'],
                        'USDT' => ['ERC20' => 'tetheruse', 'TRC20' => 'tetherusx'],
                    ],
                    'transactionStatuses' => [
                        'COMPLETED' => 'ok',
                        'PENDING' => 'pending',
                        'PROCESSING' => 'pending',
                        'SENDING' => 'pending',
                        'UNCONFIRMED' => 'pending',
                        'CANCELED' => 'canceled',
                    ],
                ],
                'exceptions' => [
                    'exact' => [
                        '10001' => ExchangeError::class,
                        '10020' => BadRequest::class,
                        '10100' => AuthenticationError::class,
                        '10111' => AuthenticationError::class,
                        '10112' => AuthenticationError::class,
                        '10113' => AuthenticationError::class,
                        '10114' => InvalidNonce::class,
                        '10200' => AuthenticationError::class,
                        '20060' => OnMaintenance::class,
                        'ERR_RATE_LIMIT' => RateLimitExceeded::class,
                    ],
                    'broad' => [
                        'not enough exchange balance' => InsufficientFunds::class,
                        'Order not found' => OrderNotFound::class,
                        'symbol: invalid' => BadSymbol::class,
                        'nonce: small' => InvalidNonce::class,
                        'apikey: invalid' => AuthenticationError::class,
                        'permission' => PermissionDenied::class,
                        'Invalid order' => InvalidOrder::class,
                        'Invalid address' => InvalidAddress::class,
                    ],
                ],
            ],
        );
    }

    public function nonce() {
        // The docs' nonce: the time in microseconds (milliseconds x 1000), growing with every request.
        return Js::multiply($this->milliseconds(), 1000);
    }

    public function array_entries($response) {
        // The entries of a list answer that are arrays, as every v2 record is: a server's other values (a
        // dictionary instead of the list, a number or null among the records) are left out.
        $result = [];
        if (!(Js::isArray($response))) {
            return $result;
        }
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            if (Js::isArray(Js::get($response, $i))) {
                $result[] = Js::get($response, $i);
            }
        }
        return $result;
    }

    // --- markets and currencies ----------------------------------------------------------------------
    public function fetch_status($params = null) {
        if ($params === null) {
            $params = [];
        }
        // platform/status: [ 1 ] operative, [ 0 ] maintenance.
        $response = $this->public_get_platform_status($params);
        $operative = $this->safe_integer($response, 0);
        return [
            'status' => Js::strictEqual($operative, 1) ? 'ok' : 'maintenance',
            'updated' => null,
            'eta' => null,
            'url' => null,
            'info' => $response,
        ];
    }

    public function pair_parts($pair) {
        // 'BTCUSD', or 'TESTBTC:TESTUSD' when a side has more than three letters: [ baseId, quoteId ].
        if (Js::indexOf($pair, ':') >= 0) {
            $parts = Js::split($pair, ':');
            return [Js::get($parts, 0), Js::get($parts, 1)];
        }
        return [Js::slice($pair, 0, 3), Js::slice($pair, 3)];
    }

    public function fetch_markets($params = null) {
        if ($params === null) {
            $params = [];
        }
        // conf/pub:info:pair: [ [ [ PAIR, [ _, _, _, MIN_ORDER_SIZE, MAX_ORDER_SIZE, _, _, _, INITIAL_MARGIN,
        // MIN_MARGIN ] ], ... ] ]: the trading pairs with their order size limits.
        $response = $this->public_get_conf_pub_info_pair($params);
        $pairs = $this->array_entries($this->safe_list($response, 0, []));
        $result = [];
        for ($i = 0; Js::less($i, Js::length($pairs)); $i++) {
            $pair = $this->safe_string(Js::get($pairs, $i), 0);
            if ($pair === null) {
                continue;
            }
            $info = $this->safe_list(Js::get($pairs, $i), 1, []);
            [$base_id, $quote_id] = Js::destructure($this->pair_parts($pair), 2);
            if (($base_id === '') || ($quote_id === '')) {
                continue; // no pair the docs describe
            }
            $base = $this->safe_currency_code($base_id);
            $quote = $this->safe_currency_code($quote_id);
            $result[] = $this->safe_market_structure(
                [
                    'id' => Js::boundedText('t' . Js::toStr($pair)),
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
                    'precision' => ['amount' => 8, 'price' => 5],
                    'limits' => [
                        'amount' => [
                            'min' => $this->safe_number($info, 3),
                            'max' => $this->safe_number($info, 4),
                        ],
                        'price' => ['min' => null, 'max' => null],
                        'cost' => ['min' => null, 'max' => null],
                    ],
                    'info' => Js::get($pairs, $i),
                ],
            );
        }
        return $result;
    }

    public function price_to_precision($symbol, $price) {
        // Prices have five significant digits (docs: Precision), not decimal places.
        $market = $this->market($symbol);
        return $this->decimal_to_precision(
            $price,
            ROUND,
            Js::get(Js::get($market, 'precision'), 'price'),
            SIGNIFICANT_DIGITS,
            $this->paddingMode,
        );
    }

    public function fetch_currencies($params = null) {
        if ($params === null) {
            $params = [];
        }
        // conf/pub:list:currency: [ [ 'BTC', 'ETH', ... ] ]; conf/pub:map:currency:label: [ [ [ 'BTC',
        // 'Bitcoin' ], ... ] ], the names.
        $list = $this->public_get_conf_pub_list_currency($params);
        $labels = $this->public_get_conf_pub_map_currency_label($params);
        $names = [];
        $pairs = $this->safe_list($labels, 0, []);
        for ($i = 0; $i < count($pairs); $i++) {
            $id = $this->safe_string(Js::get($pairs, $i), 0);
            if ($id !== null) {
                Js::setKey($names, $id, $this->safe_string(Js::get($pairs, $i), 1));
            }
        }
        $ids = $this->safe_list($list, 0, []);
        $result = [];
        for ($i = 0; $i < count($ids); $i++) {
            $id = $this->string_of(Js::get($ids, $i));
            if ($id === null) {
                continue;
            }
            $code = $this->safe_currency_code($id);
            Js::setKey(
                $result,
                $code,
                [
                    'id' => $id,
                    'code' => $code,
                    'name' => $this->safe_string($names, $id),
                    'info' => Js::get($ids, $i),
                ],
            );
        }
        return $result;
    }

    // --- market data ---------------------------------------------------------------------------------
    public function parse_ticker($ticker, $market = null) {
        // [ BID, BID_SIZE, ASK, ASK_SIZE, DAILY_CHANGE, DAILY_CHANGE_RELATIVE, LAST_PRICE, VOLUME, HIGH, LOW ]
        // (ticker/{symbol}); tickers puts SYMBOL first, which fetchTickers strips.
        $last = $this->safe_string($ticker, 6);
        $change = $this->safe_string($ticker, 4);
        $open = null;
        if (($last !== null) && ($change !== null)) {
            $open = Precise::string_sub($last, $change);
        }
        $relative = $this->safe_string($ticker, 5);
        return $this->ticker_structure(
            symbol: $this->safe_symbol(null, $market),
            bid: $this->safe_string($ticker, 0),
            bid_volume: $this->safe_string($ticker, 1),
            ask: $this->safe_string($ticker, 2),
            ask_volume: $this->safe_string($ticker, 3),
            change: $change,
            percentage: $relative === null ? null : Precise::string_mul($relative, '100'),
            open: $open,
            last: $last,
            base_volume: $this->safe_string($ticker, 7),
            high: $this->safe_string($ticker, 8),
            low: $this->safe_string($ticker, 9),
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
        $response = $this->public_get_ticker_symbol(
            $this->extend(['symbol' => Js::get($market, 'id')], $params),
        );
        return $this->parse_ticker($response, $market);
    }

    public function fetch_tickers($symbols = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // tickers?symbols=tBTCUSD,tETHUSD (or ALL): [ [ SYMBOL, BID, ... ], ... ]; funding tickers (fUSD)
        // are left out.
        $this->load_markets();
        $ids = 'ALL';
        if ($symbols !== null) {
            $ids = Js::join($this->market_ids($symbols), ',');
        }
        $response = $this->public_get_tickers($this->extend(['symbols' => $ids], $params));
        $entries = $this->array_entries($response);
        $result = [];
        for ($i = 0; Js::less($i, Js::length($entries)); $i++) {
            $entry = Js::get($entries, $i);
            $id = $this->safe_string($entry, 0);
            if (
                ($id === null) || !(Js::startsWith($id, 't')) || (
                    $this->safe_value($this->marketsById, $id) === null
                )
            ) {
                continue;
            }
            $market = $this->safe_market($id);
            $ticker = $this->parse_ticker(Js::slice($entry, 1), $market);
            Js::set($ticker, 'info', $entry);
            Js::setKey($result, Js::get($ticker, 'symbol'), $ticker);
        }
        return $this->tickers_of_symbols($result, $symbols);
    }

    public function tickers_of_symbols($tickers, $symbols) {
        // Only the symbols asked for (ALL answers every market).
        if ($symbols === null) {
            return $tickers;
        }
        $result = [];
        for ($i = 0; Js::less($i, Js::length($symbols)); $i++) {
            $symbol = $this->symbol(Js::get($symbols, $i));
            $ticker = $this->safe_value($tickers, $symbol);
            if ($ticker !== null) {
                Js::setKey($result, $symbol, $ticker);
            }
        }
        return $result;
    }

    public function fetch_order_book($symbol, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // book/{symbol}/P0?len=1|25|100: [ [ PRICE, COUNT, AMOUNT ], ... ], AMOUNT > 0 a bid, < 0 an ask.
        $this->load_markets();
        $market = $this->market($symbol);
        $request = [
            'symbol' => Js::get($market, 'id'),
            'precision' => Js::get($this->options, 'bookPrecision'),
        ];
        if ($limit !== null) {
            if (Js::lessEqual($limit, 1)) {
                $request['len'] = 1;
            } elseif (Js::lessEqual($limit, 25)) {
                $request['len'] = 25;
            } else {
                $request['len'] = 100;
            }
        }
        $response = $this->public_get_book_symbol_precision($this->extend($request, $params));
        $levels = $this->array_entries($response);
        $bids = [];
        $asks = [];
        for ($i = 0; Js::less($i, Js::length($levels)); $i++) {
            $amount = $this->safe_string(Js::get($levels, $i), 2);
            $price = $this->safe_string(Js::get($levels, $i), 0);
            if (($amount === null) || ($price === null)) {
                continue;
            }
            $level = [$price, Precise::string_abs($amount)];
            if (Precise::string_gt($amount, '0')) {
                $bids[] = $level;
            } else {
                $asks[] = $level;
            }
        }
        $book = $this->parse_order_book(['bids' => $bids, 'asks' => $asks], Js::get($market, 'symbol'));
        return $this->limit_order_book($book, $limit);
    }

    public function parse_trade($trade, $market = null) {
        // Public (trades/{symbol}/hist): [ ID, MTS, AMOUNT (negative: a sell), PRICE ].
        // The account's (trades/hist): [ ID, SYMBOL, MTS, ORDER_ID, EXEC_AMOUNT, EXEC_PRICE, ORDER_TYPE,
        // ORDER_PRICE, MAKER (1 maker, -1 taker), FEE (negative: paid), FEE_CURRENCY, CID ].
        $own = Js::isArray($trade) && Js::greater(Js::length($trade), 4);
        $amount = $this->safe_string($trade, 2);
        $price = $this->safe_string($trade, 3);
        $timestamp = $this->safe_integer($trade, 1);
        $order_id = null;
        $taker_or_maker = null;
        $fee = null;
        if ($own) {
            $market = $this->safe_market($this->safe_string($trade, 1), $market);
            $timestamp = $this->safe_integer($trade, 2);
            $order_id = $this->safe_string($trade, 3);
            $amount = $this->safe_string($trade, 4);
            $price = $this->safe_string($trade, 5);
            $maker = $this->safe_integer($trade, 8);
            if ($maker !== null) {
                $taker_or_maker = Js::strictEqual($maker, 1) ? 'maker' : 'taker';
            }
            $fee_cost = $this->safe_string($trade, 9);
            if ($fee_cost !== null) {
                $fee = [
                    'cost' => Precise::string_neg($fee_cost),
                    'currency' => $this->safe_currency_code($this->safe_string($trade, 10)),
                ];
            }
        }
        $side = null;
        if ($amount !== null) {
            $side = Precise::string_lt($amount, '0') ? 'sell' : 'buy';
        }
        return $this->trade_structure(
            id: $this->safe_string($trade, 0),
            order: $order_id,
            symbol: $this->safe_symbol(null, $market),
            timestamp: $timestamp,
            side: $side,
            taker_or_maker: $taker_or_maker,
            price: $price,
            amount: $amount === null ? null : Precise::string_abs($amount),
            fee: $fee,
            info: $trade,
            market: $market,
        );
    }

    public function time_range($request, $since, $limit, $params) {
        // start, end (the unified until) and limit, all in the request; sort 1 (oldest first) from since.
        if ($since !== null) {
            Js::set($request, 'start', $since);
            Js::set($request, 'sort', 1);
        }
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            Js::set($request, 'end', $until);
        }
        if ($limit !== null) {
            Js::set($request, 'limit', $limit);
        }
        return $this->extend($request, $this->omit($params, 'until'));
    }

    public function fetch_trades($symbol, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // trades/{symbol}/hist?start&limit&sort: newest first unless sorted by time.
        $this->load_markets();
        $market = $this->market($symbol);
        $response = $this->public_get_trades_symbol_hist(
            $this->time_range(['symbol' => Js::get($market, 'id')], $since, $limit, $params),
        );
        return $this->parse_trades($this->array_entries($response), $market, $since, $limit);
    }

    public function parse_ohlcv($ohlcv, $market = null) {
        // [ MTS, OPEN, CLOSE, HIGH, LOW, VOLUME ]
        return [
            $this->safe_integer($ohlcv, 0),
            $this->safe_number($ohlcv, 1),
            $this->safe_number($ohlcv, 3),
            $this->safe_number($ohlcv, 4),
            $this->safe_number($ohlcv, 2),
            $this->safe_number($ohlcv, 5),
        ];
    }

    public function fetch_ohlcv($symbol, $timeframe = null, $since = null, $limit = null, $params = null) {
        if ($timeframe === null) {
            $timeframe = '1m';
        }
        if ($params === null) {
            $params = [];
        }
        // candles/trade:{timeframe}:{symbol}/hist?start&end&limit&sort.
        $this->load_markets();
        $market = $this->market($symbol);
        $interval = $this->safe_string($this->timeframes, $timeframe);
        if ($interval === null) {
            throw new BadRequest(
                Js::boundedText(
                    Js::toStr($this->id) . ' fetchOHLCV () does not support the timeframe ' . Js::toStr(
                        $timeframe,
                    ),
                ),
            );
        }
        $request = ['symbol' => Js::get($market, 'id'), 'timeframe' => $interval];
        $response = $this->public_get_candles_trade_timeframe_symbol_hist(
            $this->time_range($request, $since, $limit, $params),
        );
        return $this->parse_ohlcvs($this->array_entries($response), $market, $timeframe, $since, $limit);
    }

    // --- account -------------------------------------------------------------------------------------
    public function fetch_balance($params = null) {
        if ($params === null) {
            $params = [];
        }
        // auth/r/wallets: [ [ WALLET_TYPE, CURRENCY, BALANCE, UNSETTLED_INTEREST, AVAILABLE_BALANCE, ... ] ]:
        // the exchange wallet (options['wallet']).
        $this->load_markets();
        $wallet = $this->safe_string($params, 'wallet', Js::get($this->options, 'wallet'));
        $response = $this->private_post_auth_r_wallets($this->omit($params, 'wallet'));
        $wallets = $this->array_entries($response);
        $result = ['info' => $response];
        for ($i = 0; Js::less($i, Js::length($wallets)); $i++) {
            $entry = Js::get($wallets, $i);
            $currency_id = $this->safe_string($entry, 1);
            if (!Js::strictEqual($this->safe_string($entry, 0), $wallet) || ($currency_id === null)) {
                continue;
            }
            $account = $this->account();
            Js::set($account, 'total', $this->safe_string($entry, 2));
            Js::set($account, 'free', $this->safe_string($entry, 4));
            Js::setKey($result, $this->safe_currency_code($currency_id), $account);
        }
        return $this->safe_balance($result);
    }

    // --- orders --------------------------------------------------------------------------------------
    public function parse_order_status($status) {
        // 'ACTIVE', 'EXECUTED @ 107.6(-0.2)', 'PARTIALLY FILLED @ ...', 'CANCELED', 'CANCELED was:
        // PARTIALLY FILLED @ ...', 'INSUFFICIENT MARGIN was: ...', 'RSN_DUST', 'RSN_PAUSE'.
        if ($status === null) {
            return null;
        }
        if (Js::startsWith($status, 'ACTIVE') || Js::startsWith($status, 'PARTIALLY FILLED')) {
            return 'open';
        }
        if (Js::startsWith($status, 'EXECUTED')) {
            return 'closed';
        }
        if (Js::startsWith($status, 'CANCELED') || Js::startsWith($status, 'INSUFFICIENT')) {
            return 'canceled';
        }
        if (Js::startsWith($status, 'RSN_')) {
            return 'rejected';
        }
        return null;
    }

    public function order_kind($name) {
        // An order type ('EXCHANGE LIMIT', 'EXCHANGE STOP LIMIT', 'EXCHANGE FOK', 'LIMIT' on margin, ...):
        // [ unified type, timeInForce, whether PRICE is the trigger (a stop), whether it is a trailing stop ].
        if ($name === null) {
            return [null, null, false, false];
        }
        $kind = Js::upperCase(Js::textReceiver($name, 'toUpperCase'));
        if (str_starts_with($kind, 'EXCHANGE ')) {
            $kind = Js::slice($kind, 9);
        }
        if ($kind === 'STOP') {
            return ['market', null, true, false];
        }
        if ($kind === 'STOP LIMIT') {
            return ['limit', null, true, false];
        }
        if ($kind === 'TRAILING STOP') {
            return ['market', null, false, true];
        }
        if (($kind === 'FOK') || ($kind === 'IOC')) {
            return ['limit', $kind, false, false];
        }
        if ($kind === 'MARKET') {
            return ['market', null, false, false];
        }
        if ($kind === 'LIMIT') {
            return ['limit', null, false, false];
        }
        return [null, null, false, false];
    }

    public function parse_order($order, $market = null) {
        // [ ID, GID, CID, SYMBOL, MTS_CREATE, MTS_UPDATE, AMOUNT (left; negative: a sell), AMOUNT_ORIG,
        //   ORDER_TYPE, TYPE_PREV, MTS_TIF, _, FLAGS, STATUS, _, _, PRICE, PRICE_AVG, PRICE_TRAILING,
        //   PRICE_AUX_LIMIT, ... ]
        $market = $this->safe_market($this->safe_string($order, 3), $market);
        [$type, $time_in_force, $stop, $trailing] = Js::destructure(
            $this->order_kind($this->safe_string($order, 8)),
            4,
        );
        // A stop's PRICE is its trigger and a stop limit's limit price is PRICE_AUX_LIMIT; a trailing stop
        // has no price.
        $price = $this->safe_string($order, 16);
        $trigger_price = null;
        if (Js::truthy($stop)) {
            $trigger_price = $price;
            $price = $type === 'limit' ? $this->safe_string($order, 19) : null;
        } elseif (Js::truthy($trailing)) {
            $price = null;
        }
        $average = $this->safe_string($order, 17);
        if (($average !== null) && Precise::string_eq($average, '0')) {
            $average = null;
        }
        $original = $this->safe_string($order, 7);
        $remaining = $this->safe_string($order, 6);
        $side = null;
        if ($original !== null) {
            $side = Precise::string_lt($original, '0') ? 'sell' : 'buy';
        }
        $flags = $this->safe_integer($order, 12, 0);
        // The post-only flag is 4096: the flags are a sum of powers of two from 64 up.
        $post_only = Js::modulo(Js::floor(Js::divide($flags, 4096)), 2) == 1;
        return $this->safe_order(
            [
                'id' => $this->safe_string($order, 0),
                'clientOrderId' => $this->safe_string($order, 2),
                'symbol' => Js::get($market, 'symbol'),
                'timestamp' => $this->safe_integer($order, 4),
                'lastUpdateTimestamp' => $this->safe_integer($order, 5),
                'status' => $this->parse_order_status($this->safe_string($order, 13)),
                'type' => $type,
                'timeInForce' => $time_in_force,
                'postOnly' => $post_only,
                'side' => $side,
                'price' => $price,
                'triggerPrice' => $trigger_price,
                'average' => $average,
                'amount' => $original === null ? null : Precise::string_abs($original),
                'remaining' => $remaining === null ? null : Precise::string_abs($remaining),
                'info' => $order,
            ],
            $market,
        );
    }

    public function notification_data($response) {
        // A notification: [ MTS, TYPE, MESSAGE_ID, null, DATA, CODE, STATUS, TEXT ] (handleErrors has thrown
        // for STATUS ERROR or FAILURE): DATA, a list; anything else is no answer the docs describe.
        $data = $this->safe_list($response, 4);
        if ($data === null) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent a notification without its data: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        return $data;
    }

    public function notification_order($response, $market) {
        // The order of a notification (DATA itself, or DATA's first element for order/submit), with its id.
        $data = $this->notification_data($response);
        if (Js::isArray($this->safe_value($data, 0))) {
            $data = Js::get($data, 0);
        }
        if ($this->safe_string($data, 0) === null) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent a notification without the order: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        return $this->parse_order($data, $market);
    }

    public function create_order($symbol, $type, $side, $amount, $price = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // auth/w/order/submit { type, symbol, amount (negative: a sell), price, price_aux_limit, flags, cid }
        // answers a notification with [ order ]. Unified params: postOnly is the flag 4096; timeInForce IOC
        // and FOK are the types EXCHANGE IOC and EXCHANGE FOK; triggerPrice or stopLossPrice make an
        // EXCHANGE STOP (market) or EXCHANGE STOP LIMIT with the trigger as price and the limit price as
        // price_aux_limit; clientOrderId is cid, an integer. No spot order takes a take-profit trigger, a
        // reduce-only flag (there is no position) or a size in the quote currency: NotSupported.
        $this->load_markets();
        $market = $this->market($symbol);
        [$unified, $rest] = Js::destructure($this->unified_order_params($type, $params), 2);
        $this->reject_unified_params('createOrder', $unified, ['takeProfitPrice', 'reduceOnly', 'cost']);
        if (!($type === 'limit') && !($type === 'market')) {
            throw new InvalidOrder(
                Js::boundedText(
                    Js::toStr($this->id) . ' createOrder () type must be limit or market, not ' . Js::toStr(
                        $type,
                    ),
                ),
            );
        }
        if (($type === 'limit') && ($price === null)) {
            throw new ArgumentsRequired(
                Js::boundedText(Js::toStr($this->id) . ' createOrder () requires a price for a limit order'),
            );
        }
        $time_in_force = Js::get($unified, 'timeInForce');
        $trigger = Js::get($unified, 'trigger');
        $order_type = Js::upperCase(Js::textReceiver($type, 'toUpperCase'));
        if ($trigger !== null) {
            if (($time_in_force === 'IOC') || ($time_in_force === 'FOK')) {
                throw new InvalidOrder(
                    Js::boundedText(
                        Js::boundedText(Js::toStr($this->id) . ' createOrder () ') . Js::toStr(Js::get($unified, 'triggerKind')) . ' cannot be combined with timeInForce ' . Js::toStr(
                            $time_in_force,
                        ),
                    ),
                );
            }
            $order_type = $type === 'limit' ? 'STOP LIMIT' : 'STOP';
        } elseif (($time_in_force === 'IOC') || ($time_in_force === 'FOK')) {
            if (!($type === 'limit')) {
                throw new InvalidOrder(
                    Js::boundedText(
                        Js::toStr($this->id) . ' createOrder () timeInForce ' . Js::toStr(
                            $time_in_force,
                        ) . ' applies to limit orders only',
                    ),
                );
            }
            $order_type = $time_in_force;
        }
        $signed = $this->amount_to_precision($symbol, $amount);
        if ($side === 'sell') {
            $signed = Precise::string_neg($signed);
        } elseif (!($side === 'buy')) {
            throw new InvalidOrder(
                Js::boundedText(
                    Js::toStr($this->id) . ' createOrder () side must be buy or sell, not ' . Js::toStr(
                        $side,
                    ),
                ),
            );
        }
        $request = [
            'type' => Js::boundedText('EXCHANGE ' . Js::toStr($order_type)),
            'symbol' => Js::get($market, 'id'),
            'amount' => $signed,
        ];
        if ($trigger !== null) {
            $request['price'] = $this->price_to_precision($symbol, $trigger);
            if ($type === 'limit') {
                $request['price_aux_limit'] = $this->price_to_precision($symbol, $price);
            }
        } elseif ($type === 'limit') {
            $request['price'] = $this->price_to_precision($symbol, $price);
        }
        if (Js::truthy(Js::get($unified, 'postOnly'))) {
            $request['flags'] = 4096;
        }
        $client_order_id = Js::get($unified, 'clientOrderId');
        if ($client_order_id !== null) {
            $cid = $this->integer_of($client_order_id);
            if (
                ($cid === null) || !Js::strictEqual($this->number_to_string($cid), $client_order_id) || Js::less(
                    $cid,
                    0,
                )
            ) {
                throw new InvalidOrder(
                    Js::boundedText(
                        Js::toStr($this->id) . ' createOrder () clientOrderId must be a whole number (Bitfinex\'s cid), not ' . Js::toStr(
                            $client_order_id,
                        ),
                    ),
                );
            }
            $request['cid'] = $cid;
        }
        $response = $this->private_post_auth_w_order_submit($this->extend($request, $rest));
        return $this->notification_order($response, $market);
    }

    public function cancel_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // auth/w/order/cancel { id } answers a notification with the order.
        $this->load_markets();
        $order_id = $this->integer_of($id);
        if ($order_id === null) {
            throw new BadRequest(
                Js::boundedText(
                    Js::toStr($this->id) . ' cancelOrder () takes a numeric order id, not ' . Js::toStr($id),
                ),
            );
        }
        $response = $this->private_post_auth_w_order_cancel($this->extend(['id' => $order_id], $params));
        $market = $symbol === null ? null : $this->market($symbol);
        return $this->notification_order($response, $market);
    }

    public function cancel_all_orders($symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // auth/w/order/cancel/multi { all: 1 } (every order), or { id: [ ... ] } with the ids of the symbol's
        // open orders; it answers a notification with the orders.
        $this->load_markets();
        $request = ['all' => 1];
        $market = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
            $open = $this->fetch_open_orders($symbol);
            if (Js::strictEqual(Js::length($open), 0)) {
                return [];
            }
            $ids = [];
            for ($i = 0; Js::less($i, Js::length($open)); $i++) {
                $ids[] = $this->integer_of(Js::get(Js::get($open, $i), 'id'));
            }
            $request = ['id' => $ids];
        }
        $response = $this->private_post_auth_w_order_cancel_multi($this->extend($request, $params));
        return $this->parse_orders($this->array_entries($this->notification_data($response)), $market);
    }

    public function fetch_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // auth/r/orders { id: [ id ] } (open), then auth/r/orders/hist { id: [ id ] } (closed or canceled).
        $this->load_markets();
        $order_id = $this->integer_of($id);
        if ($order_id === null) {
            throw new BadRequest(
                Js::boundedText(
                    Js::toStr($this->id) . ' fetchOrder () takes a numeric order id, not ' . Js::toStr($id),
                ),
            );
        }
        $request = $this->extend(['id' => [$order_id]], $params);
        $market = $symbol === null ? null : $this->market($symbol);
        $orders = $this->array_entries($this->private_post_auth_r_orders($request));
        if (Js::strictEqual(Js::length($orders), 0)) {
            $orders = $this->array_entries($this->private_post_auth_r_orders_hist($request));
        }
        if (Js::strictEqual(Js::length($orders), 0)) {
            throw new OrderNotFound(
                Js::boundedText(Js::toStr($this->id) . ' fetchOrder () found no order ' . Js::toStr($id)),
            );
        }
        return $this->parse_order(Js::get($orders, 0), $market);
    }

    public function fetch_open_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // auth/r/orders, or auth/r/orders/{symbol}.
        $this->load_markets();
        $response = null;
        $market = null;
        if ($symbol === null) {
            $response = $this->private_post_auth_r_orders($params);
        } else {
            $market = $this->market($symbol);
            $response = $this->private_post_auth_r_orders_symbol(
                $this->extend(['symbol' => Js::get($market, 'id')], $params),
            );
        }
        return $this->parse_orders($this->array_entries($response), $market, $since, $limit);
    }

    public function fetch_closed_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // auth/r/orders/hist or auth/r/orders/{symbol}/hist { start, end, limit }: closed and canceled
        // orders (of the last two weeks).
        $this->load_markets();
        $request = $this->time_range_body($since, $limit, $params);
        $response = null;
        $market = null;
        if ($symbol === null) {
            $response = $this->private_post_auth_r_orders_hist($request);
        } else {
            $market = $this->market($symbol);
            $response = $this->private_post_auth_r_orders_symbol_hist(
                $this->extend(['symbol' => Js::get($market, 'id')], $request),
            );
        }
        return $this->parse_orders($this->array_entries($response), $market, $since, $limit);
    }

    public function time_range_body($since, $limit, $params) {
        // start, end (the unified until) and limit of an authenticated history, which takes no sort.
        $request = [];
        if ($since !== null) {
            $request['start'] = $since;
        }
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            $request['end'] = $until;
        }
        if ($limit !== null) {
            $request['limit'] = $limit;
        }
        return $this->extend($request, $this->omit($params, 'until'));
    }

    public function fetch_my_trades($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // auth/r/trades/hist or auth/r/trades/{symbol}/hist { start, end, limit }.
        $this->load_markets();
        $request = $this->time_range_body($since, $limit, $params);
        $response = null;
        $market = null;
        if ($symbol === null) {
            $response = $this->private_post_auth_r_trades_hist($request);
        } else {
            $market = $this->market($symbol);
            $response = $this->private_post_auth_r_trades_symbol_hist(
                $this->extend(['symbol' => Js::get($market, 'id')], $request),
            );
        }
        return $this->parse_trades($this->array_entries($response), $market, $since, $limit);
    }

    public function fetch_order_trades($id, $symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // auth/r/order/{symbol}:{id}/trades: the trades of one order, which the path names with its symbol.
        if ($symbol === null) {
            throw new ArgumentsRequired(
                Js::boundedText(Js::toStr($this->id) . ' fetchOrderTrades () requires a symbol argument'),
            );
        }
        $this->load_markets();
        $market = $this->market($symbol);
        $response = $this->private_post_auth_r_order_symbol_id_trades(
            $this->extend(['symbol' => Js::get($market, 'id'), 'id' => $id], $params),
        );
        return $this->parse_trades($this->array_entries($response), $market, $since, $limit);
    }

    // --- funding -------------------------------------------------------------------------------------
    public function parse_transaction($transaction, $currency = null) {
        // movements: [ ID, CURRENCY, CURRENCY_NAME, _, _, MTS_STARTED, MTS_UPDATED, _, _, STATUS, _, _,
        //   AMOUNT (negative: a withdrawal), FEES, _, _, DESTINATION_ADDRESS, PAYMENT_ID, _, _, TRANSACTION_ID ]
        $code = $this->safe_currency_code($this->safe_string($transaction, 1), $currency);
        $amount = $this->safe_string($transaction, 12);
        $type = null;
        if ($amount !== null) {
            $type = Precise::string_lt($amount, '0') ? 'withdrawal' : 'deposit';
        }
        $fee = null;
        $fee_cost = $this->safe_string($transaction, 13);
        if ($fee_cost !== null) {
            $fee = ['cost' => Precise::string_abs($fee_cost), 'currency' => $code];
        }
        $status = $this->safe_string($transaction, 9);
        return $this->safe_transaction(
            [
                'id' => $this->safe_string($transaction, 0),
                'txid' => $this->safe_string($transaction, 20),
                'timestamp' => $this->safe_integer($transaction, 5),
                'updated' => $this->safe_integer($transaction, 6),
                'address' => $this->safe_string($transaction, 16),
                'tag' => $this->safe_string($transaction, 17),
                'type' => $type,
                'amount' => $amount === null ? null : Precise::string_abs($amount),
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
        // auth/r/movements/hist (every currency) or auth/r/movements/{currency}/hist { start, end, limit }:
        // deposits and withdrawals together, told apart by the sign of the amount.
        $this->load_markets();
        $request = $this->time_range_body($since, $limit, $params);
        $currency = null;
        $response = null;
        if ($code === null) {
            $response = $this->private_post_auth_r_movements_hist($request);
        } else {
            $currency = $this->currency($code);
            $response = $this->private_post_auth_r_movements_currency_hist(
                $this->extend(['currency' => Js::get($currency, 'id')], $request),
            );
        }
        $transactions = $this->parse_transactions($this->array_entries($response), $currency, $since);
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
        // The deposit or withdrawal method: that of the unified network params['network']
        // (options['networkMethods']), else params['method'], else the currency's own (options['methods']).
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
        // The unified network of a currency's method (options['networkMethods']), else undefined.
        $by_network = $this->safe_dict(Js::get($this->options, 'networkMethods'), $code, []);
        $networks = Js::keys($by_network);
        for ($i = 0; $i < count($networks); $i++) {
            if (Js::strictEqual($this->safe_string($by_network, $networks[$i]), $method)) {
                return $networks[$i];
            }
        }
        return null;
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
        // auth/w/deposit/address { wallet, method, op_renew } answers a notification with [ _, METHOD,
        // CURRENCY_CODE, _, ADDRESS, POOL_ADDRESS ]; for a currency with a memo, ADDRESS is the memo and
        // POOL_ADDRESS the address.
        $this->load_markets();
        $currency = $this->currency($code);
        $method = $this->transfer_method(Js::get($currency, 'code'), $params);
        $request = ['wallet' => Js::get($this->options, 'wallet'), 'method' => $method, 'op_renew' => $renew];
        $response = $this->private_post_auth_w_deposit_address(
            $this->extend($request, $this->omit($params, ['method', 'network'])),
        );
        $data = $this->notification_data($response);
        $address = $this->safe_string($data, 4);
        $tag = null;
        $pool = $this->safe_string($data, 5);
        if ($pool !== null) {
            $tag = $address;
            $address = $pool;
        }
        if ($address === null) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent no deposit address: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        return [
            'currency' => Js::get($currency, 'code'),
            'address' => $address,
            'tag' => $tag,
            'network' => $this->method_network(Js::get($currency, 'code'), $method),
            'info' => $response,
        ];
    }

    public function withdraw($code, $amount, $address, $tag = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // auth/w/withdraw { wallet, method, amount, address, payment_id (the tag) } answers a notification with
        // [ WITHDRAWAL_ID, _, METHOD, PAYMENT_ID, WALLET, AMOUNT, _, _, WITHDRAWAL_FEE ].
        $this->load_markets();
        $currency = $this->currency($code);
        $method = $this->transfer_method(Js::get($currency, 'code'), $params);
        $request = [
            'wallet' => Js::get($this->options, 'wallet'),
            'method' => $method,
            'amount' => $this->number_to_string($amount),
            'address' => $address,
        ];
        if ($tag !== null) {
            $request['payment_id'] = $tag;
        }
        $response = $this->private_post_auth_w_withdraw(
            $this->extend($request, $this->omit($params, ['method', 'network'])),
        );
        $data = $this->notification_data($response);
        $fee = null;
        $fee_cost = $this->safe_string($data, 8);
        if ($fee_cost !== null) {
            $fee = ['cost' => Precise::string_abs($fee_cost), 'currency' => Js::get($currency, 'code')];
        }
        $withdrawn = $this->safe_string($data, 5, Js::get($request, 'amount'));
        return $this->safe_transaction(
            [
                'id' => $this->safe_string($data, 0),
                'type' => 'withdrawal',
                'address' => $address,
                'tag' => $tag,
                'network' => $this->method_network(Js::get($currency, 'code'), $method),
                'amount' => Precise::string_abs($withdrawn),
                'currency' => Js::get($currency, 'code'),
                'status' => 'pending',
                'fee' => $fee,
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
        $request = Js::boundedText(
            Js::boundedText(Js::toStr($this->version) . '/') . Js::toStr(
                $this->implode_params($path, $params),
            ),
        );
        $query = $this->omit($params, $this->extract_params($path));
        $url = Js::boundedText(
            Js::toStr($this->safe_string(Js::get($this->urls, 'api'), $api)) . '/' . $request,
        );
        if ($api === 'public') {
            if (count(Js::keys($query)) > 0) {
                $url .= Js::within($url, Js::within($url, '?') . Js::toStr($this->urlencode($query)));
            }
            return ['url' => $url, 'method' => $method, 'body' => $body, 'headers' => $headers];
        }
        // Every parameter goes in the JSON body; bfx-signature is the hex HMAC-SHA384 of '/api/' + the
        // path ('v2/auth/r/wallets') + the nonce + the body (docs: Authenticated Endpoints).
        $this->check_required_credentials();
        $nonce = $this->number_to_string($this->nonce());
        $body = count(Js::keys($query)) > 0 ? $this->json(
            $query,
        ) : '{}'; // (PHP writes an empty dictionary as [])
        $payload = Js::boundedText('/api/' . $request . Js::toStr($nonce) . Js::toStr($body));
        $headers = [
            'bfx-nonce' => $nonce,
            'bfx-apikey' => $this->apiKey,
            'bfx-signature' => $this->hmac($this->encode($payload), $this->encode($this->secret), 'sha384'),
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
        // [ "error", code, "text" ]; { "error": "ERR_RATE_LIMIT" } (or { "message": ... }); a notification
        // [ MTS, TYPE, MESSAGE_ID, null, DATA, CODE, STATUS, TEXT ] whose STATUS is ERROR or FAILURE.
        if ($response === null) {
            return;
        }
        $code = null;
        $message = null;
        if (Js::isArray($response)) {
            $first = $this->safe_value($response, 0);
            $notification_status = $this->safe_value($response, 6);
            if ($first === 'error') {
                $code = $this->safe_string($response, 1);
                $message = $this->safe_string($response, 2, '');
            } elseif (($notification_status === 'ERROR') || ($notification_status === 'FAILURE')) {
                $code = $this->safe_string($response, 5);
                $message = $this->safe_string($response, 7, '');
            } else {
                return;
            }
        } elseif (Js::typeof($response) === 'object') {
            $message = $this->safe_string2($response, 'error', 'message');
            if ($message === null) {
                return;
            }
        } else {
            return;
        }
        $feedback = Js::boundedText(
            Js::boundedText(Js::toStr($this->id) . ' ') . ($code === null ? '' : Js::boundedText(Js::toStr($code) . ' ')) . Js::toStr(
                $message,
            ),
        );
        $this->throw_broadly_matched_exception(Js::get($this->exceptions, 'broad'), $message, $feedback);
        if ($code !== null) {
            $this->throw_exactly_matched_exception(Js::get($this->exceptions, 'exact'), $code, $feedback);
        }
        $this->throw_exactly_matched_exception(Js::get($this->exceptions, 'exact'), $message, $feedback);
        throw new ExchangeError($feedback);
    }
}
