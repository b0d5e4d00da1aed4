<?php

// Generated from js/gate.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class gate extends Exchange {
    public function describe() {
        return $this->deep_extend(
            parent::describe(),
            [
                'id' => 'gate',
                'name' => 'Gate',
                'countries' => ['KY'],
                'version' => 'v4',
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
                    'fetchTransactions' => false,
                    'fetchLedger' => true,
                    'fetchDepositAddress' => true,
                    'withdraw' => true,
                    'fetchTime' => true,
                    'fetchStatus' => false,
                    'fetchTradingFees' => true,
                    'cancelAllOrders' => true,
                    'fetchOrderTrades' => true,
                    'fetchTradingFee' => true,
                    'fetchDepositAddresses' => true,
                    'createDepositAddress' => false,
                    'fetchDepositWithdrawFees' => true,
                    'transfer' => true,
                    'createMarketBuyOrderWithCost' => true,
                ],
                'urls' => [
                    'api' => 'https://api.gateio.ws',
                    'www' => 'https://www.gate.io',
                    'doc' => 'https://www.gate.io/docs/developers/apiv4/',
                    'fees' => 'https://www.gate.io/fee',
                ],
                'api' => [
                    'public' => [
                        'get' => [
                            'spot/currencies' => 1,
                            'spot/currencies/{currency}' => 1,
                            'spot/currency_pairs' => 1,
                            'spot/currency_pairs/{currency_pair}' => 1,
                            'spot/tickers' => 1,
                            'spot/order_book' => 1,
                            'spot/trades' => 1,
                            'spot/candlesticks' => 1,
                            'spot/time' => 1,
                            'wallet/currency_chains' => 1,
                        ],
                    ],
                    'private' => [
                        'get' => [
                            'spot/fee' => 1,
                            'spot/batch_fee' => 1,
                            'spot/accounts' => 1,
                            'spot/account_book' => 1,
                            'spot/open_orders' => 1,
                            'spot/orders' => 1,
                            'spot/orders/{order_id}' => 1,
                            'spot/my_trades' => 1,
                            'spot/price_orders' => 1,
                            'spot/price_orders/{order_id}' => 1,
                            'wallet/deposit_address' => 1,
                            'wallet/withdrawals' => 1,
                            'wallet/deposits' => 1,
                            'wallet/fee' => 1,
                            'wallet/withdraw_status' => 1,
                            'wallet/total_balance' => 2.5,
                        ],
                        'post' => [
                            'spot/orders' => 2,
                            'spot/batch_orders' => 2,
                            'spot/cancel_batch_orders' => 0.1,
                            'spot/countdown_cancel_all' => 1,
                            'spot/price_orders' => 2,
                            'wallet/transfers' => 2.5,
                            'withdrawals' => 60,
                        ],
                        'patch' => ['spot/orders/{order_id}' => 2],
                        'delete' => [
                            'spot/orders' => 0.1,
                            'spot/orders/{order_id}' => 0.1,
                            'spot/price_orders' => 1,
                            'spot/price_orders/{order_id}' => 1,
                            'withdrawals/{withdrawal_id}' => 60,
                        ],
                    ],
                ],
                'timeframes' => [
                    '10s' => '10s',
                    '1m' => '1m',
                    '5m' => '5m',
                    '15m' => '15m',
                    '30m' => '30m',
                    '1h' => '1h',
                    '4h' => '4h',
                    '8h' => '8h',
                    '1d' => '1d',
                    '1w' => '7d',
                    '1M' => '30d',
                ],
                'fees' => [
                    'trading' => [
                        'tierBased' => true,
                        'percentage' => true,
                        'taker' => 0.002,
                        'maker' => 0.002,
                    ],
                ],
                'precisionMode' => TICK_SIZE,
                'requiredCredentials' => ['apiKey' => true, 'secret' => true],
                'options' => [
                    'accountsByType' => [
                        'spot' => 'spot',
                        'futures' => 'futures',
                        'delivery' => 'delivery',
                        'options' => 'options',
                    ],
                    'networks' => [
                        'BTC' => 'BTC',
                        'ERC20' => 'ETH',
                        'TRC20' => 'TRX',
                        'BEP20' => 'BSC',
                        'SOL' => 'SOL',
                        'POLYGON' => 'MATIC',
                        'ARBITRUM' => 'ARBEVM',
                        'OPTIMISM' => 'OPETH',
                        'AVAXC' => 'AVAX_C',
                        'BASE' => 'BASEEVM',
                        'TON' => 'TON',
                        'XRP' => 'XRP',
                    ],
                    'timeframeSeconds' => [
                        '10s' => 10,
                        '1m' => 60,
                        '5m' => 300,
                        '15m' => 900,
                        '30m' => 1800,
                        '1h' => 3600,
                        '4h' => 14400,
                        '8h' => 28800,
                        '1d' => 86400,
                        '1w' => 604800,
                        '1M' => 2592000,
                    ],
                    'transactionStatuses' => [
                        'DONE' => 'ok',
                        'CANCEL' => 'canceled',
                        'FAIL' => 'failed',
                        'INVALID' => 'failed',
                    ],
                    'priceOrderStatuses' => [
                        'open' => 'open',
                        'finish' => 'closed',
                        'cancelled' => 'canceled',
                        'failed' => 'rejected',
                        'expired' => 'expired',
                    ],
                ],
                'exceptions' => [
                    'exact' => [
                        'INVALID_PARAM_VALUE' => BadRequest::class,
                        'INVALID_PROTOCOL' => BadRequest::class,
                        'INVALID_ARGUMENT' => BadRequest::class,
                        'INVALID_REQUEST_BODY' => BadRequest::class,
                        'MISSING_REQUIRED_PARAM' => ArgumentsRequired::class,
                        'BAD_REQUEST' => BadRequest::class,
                        'INVALID_CONTENT_TYPE' => BadRequest::class,
                        'NOT_ACCEPTABLE' => BadRequest::class,
                        'METHOD_NOT_ALLOWED' => BadRequest::class,
                        'NOT_FOUND' => ExchangeError::class,
                        'INVALID_CREDENTIALS' => AuthenticationError::class,
                        'INVALID_KEY' => AuthenticationError::class,
                        'IP_FORBIDDEN' => PermissionDenied::class,
                        'READ_ONLY' => PermissionDenied::class,
                        'INVALID_SIGNATURE' => AuthenticationError::class,
                        'MISSING_REQUIRED_HEADER' => AuthenticationError::class,
                        'REQUEST_EXPIRED' => InvalidNonce::class,
                        'ACCOUNT_LOCKED' => AccountSuspended::class,
                        'FORBIDDEN' => PermissionDenied::class,
                        'SUB_ACCOUNT_LOCKED' => AccountSuspended::class,
                        'ACCOUNT_EXCEPTION' => AccountSuspended::class,
                        'TRADE_RESTRICTED' => AccountSuspended::class,
                        'TOO_MANY_REQUESTS' => RateLimitExceeded::class,
                        'TOO_FAST' => RateLimitExceeded::class,
                        'ADDRESS_NOT_USED' => InvalidAddress::class,
                        'WITHDRAWAL_OVER_LIMIT' => InsufficientFunds::class,
                        'API_WITHDRAW_DISABLED' => PermissionDenied::class,
                        'INVALID_PRECISION' => InvalidOrder::class,
                        'INVALID_CURRENCY' => BadSymbol::class,
                        'INVALID_CURRENCY_PAIR' => BadSymbol::class,
                        'POC_FILL_IMMEDIATELY' => OrderImmediatelyFillable::class,
                        'FOK_NOT_FILL' => OrderNotFillable::class,
                        'ORDER_NOT_FOUND' => OrderNotFound::class,
                        'CLIENT_ID_NOT_FOUND' => OrderNotFound::class,
                        'ORDER_CLOSED' => InvalidOrder::class,
                        'ORDER_CANCELLED' => InvalidOrder::class,
                        'QUANTITY_NOT_ENOUGH' => InvalidOrder::class,
                        'BALANCE_NOT_ENOUGH' => InsufficientFunds::class,
                        'MARGIN_BALANCE_NOT_ENOUGH' => InsufficientFunds::class,
                        'FUTURES_BALANCE_NOT_ENOUGH' => InsufficientFunds::class,
                        'AMOUNT_TOO_LITTLE' => InvalidOrder::class,
                        'AMOUNT_TOO_MUCH' => InvalidOrder::class,
                        'TOO_MANY_ORDERS' => InvalidOrder::class,
                        'ORDER_BOOK_NOT_FOUND' => BadSymbol::class,
                        'CANCEL_FAIL' => InvalidOrder::class,
                        'SERVER_ERROR' => ExchangeNotAvailable::class,
                        'TOO_BUSY' => ExchangeNotAvailable::class,
                        'INTERNAL' => ExchangeNotAvailable::class,
                    ],
                    'broad' => [],
                ],
            ],
        );
    }

    // --- markets and currencies ----------------------------------------------------------------------
    public function fetch_time($params = null) {
        if ($params === null) {
            $params = [];
        }
        // /spot/time: { server_time } in milliseconds.
        $response = $this->public_get_spot_time($params);
        return $this->safe_integer($response, 'server_time');
    }

    public function fetch_markets($params = null) {
        if ($params === null) {
            $params = [];
        }
        $response = $this->public_get_spot_currency_pairs($params);
        $result = [];
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            $result[] = $this->parse_market(Js::get($response, $i));
        }
        return $result;
    }

    public function parse_market($entry) {
        // precision and amount_precision are decimal places of the price and the amount; min_base_amount and
        // min_quote_amount the least amount and cost, max_base_amount and max_quote_amount the most; fee is the
        // pair's rate in percent. trade_status 'tradable' is the only state that accepts orders.
        $base_id = $this->safe_string($entry, 'base');
        $quote_id = $this->safe_string($entry, 'quote');
        $base = $this->safe_currency_code($base_id);
        $quote = $this->safe_currency_code($quote_id);
        $fee = $this->safe_string($entry, 'fee');
        $rate = $fee === null ? null : $this->parse_number(Precise::string_div($fee, '100'));
        return $this->safe_market_structure(
            [
                'id' => $this->safe_string($entry, 'id'),
                'symbol' => Js::boundedText(Js::toStr($base) . '/' . Js::toStr($quote)),
                'base' => $base,
                'quote' => $quote,
                'baseId' => $base_id,
                'quoteId' => $quote_id,
                'active' => $this->safe_string($entry, 'trade_status') === 'tradable',
                'type' => 'spot',
                'spot' => true,
                'taker' => $rate,
                'maker' => $rate,
                'precision' => [
                    'amount' => $this->parse_number(
                        $this->parse_precision($this->safe_string($entry, 'amount_precision')),
                    ),
                    'price' => $this->parse_number(
                        $this->parse_precision($this->safe_string($entry, 'precision')),
                    ),
                ],
                'limits' => [
                    'amount' => [
                        'min' => $this->safe_number($entry, 'min_base_amount'),
                        'max' => $this->safe_number($entry, 'max_base_amount'),
                    ],
                    'price' => ['min' => null, 'max' => null],
                    'cost' => [
                        'min' => $this->safe_number($entry, 'min_quote_amount'),
                        'max' => $this->safe_number($entry, 'max_quote_amount'),
                    ],
                ],
                'info' => $entry,
            ],
        );
    }

    public function fetch_currencies($params = null) {
        if ($params === null) {
            $params = [];
        }
        // /spot/currencies: one entry per currency, with its chains (name, deposit_disabled,
        // withdraw_disabled); chain names become unified network codes through options['networks'].
        $response = $this->public_get_spot_currencies($params);
        $result = [];
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            $currency = $this->parse_currency(Js::get($response, $i));
            Js::setKey($result, Js::get($currency, 'code'), $currency);
        }
        return $result;
    }

    public function parse_currency($entry) {
        $id = $this->safe_string($entry, 'currency');
        $chains = $this->safe_list($entry, 'chains', []);
        $networks = [];
        for ($i = 0; $i < count($chains); $i++) {
            $network = $this->parse_currency_chain(Js::get($chains, $i));
            Js::setKey($networks, Js::get($network, 'network'), $network);
        }
        $delisted = $this->safe_bool($entry, 'delisted', false);
        $deposit = !($this->safe_bool($entry, 'deposit_disabled', false));
        $withdraw = !($this->safe_bool($entry, 'withdraw_disabled', false));
        return [
            'id' => $id,
            'code' => $this->safe_currency_code($id),
            'name' => $this->safe_string($entry, 'name'),
            'active' => !($delisted) && !($this->safe_bool($entry, 'trade_disabled', false)),
            'deposit' => $deposit,
            'withdraw' => $withdraw,
            'networks' => $networks,
            'info' => $entry,
        ];
    }

    public function parse_currency_chain($chain) {
        $chain_id = $this->safe_string($chain, 'name');
        $deposit = !($this->safe_bool($chain, 'deposit_disabled', false));
        $withdraw = !($this->safe_bool($chain, 'withdraw_disabled', false));
        return [
            'id' => $chain_id,
            'network' => $this->network_code($chain_id),
            'active' => $deposit && $withdraw,
            'deposit' => $deposit,
            'withdraw' => $withdraw,
        ];
    }

    public function fetch_deposit_withdraw_fees($codes = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // /wallet/withdraw_status: withdraw_fix is the fixed withdrawal fee, withdraw_fix_on_chains the fee of
        // each chain; deposits are free (deposit '0').
        $this->load_markets();
        $response = $this->private_get_wallet_withdraw_status($params);
        $result = [];
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            $entry = Js::get($response, $i);
            $code = $this->safe_currency_code($this->safe_string($entry, 'currency'));
            if (($codes !== null) && !(Js::truthy($this->in_array($code, $codes)))) {
                continue;
            }
            $by_chain = $this->safe_dict($entry, 'withdraw_fix_on_chains', []);
            $chain_ids = Js::keys($by_chain);
            $networks = [];
            for ($j = 0; $j < count($chain_ids); $j++) {
                Js::setKey(
                    $networks,
                    $this->network_code($chain_ids[$j]),
                    [
                        'withdraw' => $this->fee_amount($this->safe_number($by_chain, $chain_ids[$j])),
                        'deposit' => $this->fee_amount($this->safe_number($entry, 'deposit')),
                    ],
                );
            }
            Js::setKey(
                $result,
                $code,
                [
                    'code' => $code,
                    'withdraw' => $this->fee_amount($this->safe_number($entry, 'withdraw_fix')),
                    'deposit' => $this->fee_amount($this->safe_number($entry, 'deposit')),
                    'networks' => $networks,
                    'info' => $entry,
                ],
            );
        }
        return $result;
    }

    public function fetch_trading_fees($params = null) {
        if ($params === null) {
            $params = [];
        }
        // /wallet/fee without a pair: the account's spot rates (taker_fee, maker_fee), which apply to every
        // market that has no rate of its own.
        $this->load_markets();
        $response = $this->private_get_wallet_fee($params);
        $result = [];
        for ($i = 0; Js::less($i, Js::length($this->symbols)); $i++) {
            $symbol = Js::get($this->symbols, $i);
            Js::setKey($result, $symbol, $this->parse_trading_fee($response, $this->market($symbol)));
        }
        return $result;
    }

    public function fetch_trading_fee($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // /wallet/fee with currency_pair: the rates of that pair.
        $this->load_markets();
        $market = $this->market($symbol);
        $response = $this->private_get_wallet_fee(
            $this->extend(['currency_pair' => Js::get($market, 'id')], $params),
        );
        return $this->parse_trading_fee($response, $market);
    }

    public function parse_trading_fee($entry, $market) {
        return [
            'symbol' => Js::get($market, 'symbol'),
            'maker' => $this->safe_number($entry, 'maker_fee'),
            'taker' => $this->safe_number($entry, 'taker_fee'),
            'info' => $entry,
        ];
    }

    // --- market data ---------------------------------------------------------------------------------
    public function parse_ticker($ticker, $market = null) {
        // /spot/tickers: last, lowest_ask and lowest_size, highest_bid and highest_size, change_percentage
        // (24 h, in percent), base_volume, quote_volume, high_24h, low_24h; no timestamp.
        return $this->ticker_structure(
            symbol: $this->safe_symbol($this->safe_string($ticker, 'currency_pair'), $market, '_'),
            high: $this->safe_string($ticker, 'high_24h'),
            low: $this->safe_string($ticker, 'low_24h'),
            bid: $this->safe_string($ticker, 'highest_bid'),
            bid_volume: $this->safe_string($ticker, 'highest_size'),
            ask: $this->safe_string($ticker, 'lowest_ask'),
            ask_volume: $this->safe_string($ticker, 'lowest_size'),
            last: $this->safe_string($ticker, 'last'),
            percentage: $this->safe_string($ticker, 'change_percentage'),
            base_volume: $this->safe_string($ticker, 'base_volume'),
            quote_volume: $this->safe_string($ticker, 'quote_volume'),
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
        $response = $this->public_get_spot_tickers(
            $this->extend(['currency_pair' => Js::get($market, 'id')], $params),
        );
        $ticker = $this->safe_dict($response, 0);
        if ($ticker === null) {
            throw new BadSymbol(
                Js::boundedText(
                    Js::toStr($this->id) . ' fetchTicker () has no ticker for ' . Js::toStr($symbol),
                ),
            );
        }
        return $this->parse_ticker($ticker, $market);
    }

    public function fetch_tickers($symbols = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $response = $this->public_get_spot_tickers($params);
        return $this->parse_tickers($response, $symbols);
    }

    public function fetch_order_book($symbol, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // /spot/order_book: asks and bids as [ price, amount ], current the time of the answer in ms.
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['currency_pair' => Js::get($market, 'id')];
        if ($limit !== null) {
            $request['limit'] = $limit;
        }
        $response = $this->public_get_spot_order_book($this->extend($request, $params));
        $book = $this->parse_order_book(
            $response,
            Js::get($market, 'symbol'),
            $this->safe_integer($response, 'current'),
        );
        Js::set($book, 'nonce', $this->safe_integer($response, 'id'));
        return $book;
    }

    public function parse_ohlcv($ohlcv, $market = null) {
        // [ t (seconds), quote volume, close, high, low, open, base volume, closed ]: the unified candle is
        // [ ms, open, high, low, close, base volume ]. Older answers (and the docs' example) have 7 entries,
        // without the base volume: the seventh is then the closed flag.
        $base_volume = Js::greater(Js::length($ohlcv), 7) ? $this->safe_number($ohlcv, 6) : null;
        return [
            $this->safe_timestamp($ohlcv, 0),
            $this->safe_number($ohlcv, 5),
            $this->safe_number($ohlcv, 3),
            $this->safe_number($ohlcv, 4),
            $this->safe_number($ohlcv, 2),
            $base_volume,
        ];
    }

    public function fetch_ohlcv($symbol, $timeframe = null, $since = null, $limit = null, $params = null) {
        if ($timeframe === null) {
            $timeframe = '1m';
        }
        if ($params === null) {
            $params = [];
        }
        // /spot/candlesticks takes either limit (the latest candles) or from and to (seconds, inclusive), not
        // both: since starts the range at from, which then ends at to = from + (limit - 1) candles, or at the
        // unified until when that comes first.
        $this->load_markets();
        $market = $this->market($symbol);
        $interval = $this->safe_string($this->timeframes, $timeframe);
        if ($interval === null) {
            throw new BadRequest(
                Js::boundedText(
                    Js::toStr($this->id) . ' fetchOHLCV () has no timeframe ' . Js::toStr($timeframe),
                ),
            );
        }
        $request = ['currency_pair' => Js::get($market, 'id'), 'interval' => $interval];
        $until = $this->safe_integer($params, 'until');
        if (($since === null) && ($until === null)) {
            if ($limit !== null) {
                $request['limit'] = $limit;
            }
        } else {
            $to = $until === null ? null : Js::floor(Js::divide($until, 1000));
            if ($since !== null) {
                $from = Js::ceil(Js::divide($since, 1000));
                $duration = $this->safe_integer(Js::get($this->options, 'timeframeSeconds'), $timeframe);
                $count = $limit === null ? 100 : $limit;
                $page_end = Js::number($from + Js::multiply(Js::subtract($count, 1), $duration));
                if (($to === null) || Js::less($page_end, $to)) {
                    $to = $page_end;
                }
                $request['from'] = $from;
            }
            $request['to'] = $to;
        }
        $response = $this->public_get_spot_candlesticks(
            $this->extend($request, $this->omit($params, 'until')),
        );
        return $this->parse_ohlcvs($response, $market, $timeframe, $since, $limit);
    }

    public function gate_fees($entry) {
        // The fees of a trade or an order: fee in fee_currency, gt_fee in GT and point_fee in points (the
        // documented fields; each is '0' when that way of paying was not used).
        $fees = [];
        $fee_cost = $this->safe_string($entry, 'fee');
        if (($fee_cost !== null) && !(Precise::string_eq($fee_cost, '0'))) {
            $fees[] = [
                'cost' => $fee_cost,
                'currency' => $this->safe_currency_code($this->safe_string($entry, 'fee_currency')),
            ];
        }
        $gt_fee = $this->safe_string($entry, 'gt_fee');
        if (($gt_fee !== null) && !(Precise::string_eq($gt_fee, '0'))) {
            $fees[] = ['cost' => $gt_fee, 'currency' => 'GT'];
        }
        $point_fee = $this->safe_string($entry, 'point_fee');
        if (($point_fee !== null) && !(Precise::string_eq($point_fee, '0'))) {
            $fees[] = ['cost' => $point_fee, 'currency' => 'POINT'];
        }
        return $fees;
    }

    public function parse_trade($trade, $market = null) {
        // Public trades and the account's own (/spot/my_trades also has order_id, role taker or maker, fee and
        // fee_currency, point_fee and gt_fee when fees were paid in points or GT). create_time_ms is a
        // decimal string of milliseconds.
        $market = $this->safe_market($this->safe_string($trade, 'currency_pair'), $market, '_');
        $fees = $this->gate_fees($trade);
        $timestamp = $this->safe_integer($trade, 'create_time_ms');
        if ($timestamp === null) {
            $timestamp = $this->safe_timestamp($trade, 'create_time');
        }
        return $this->trade_structure(
            id: $this->safe_string($trade, 'id'),
            order: $this->safe_string($trade, 'order_id'),
            symbol: Js::get($market, 'symbol'),
            timestamp: $timestamp,
            side: $this->safe_string($trade, 'side'),
            taker_or_maker: $this->safe_string($trade, 'role'),
            price: $this->safe_string($trade, 'price'),
            amount: $this->safe_string($trade, 'amount'),
            fee: Js::strictEqual(Js::length($fees), 1) ? Js::get($fees, 0) : null,
            fees: $fees,
            info: $trade,
            market: $market,
        );
    }

    public function fetch_trades($symbol, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // /spot/trades: the latest trades, newest first; from (seconds) starts a time range.
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['currency_pair' => Js::get($market, 'id')];
        if ($limit !== null) {
            $request['limit'] = $limit;
        }
        if ($since !== null) {
            $request['from'] = Js::floor(Js::divide($since, 1000));
        }
        $response = $this->public_get_spot_trades($this->extend($request, $params));
        return $this->parse_trades($response, $market, $since, $limit);
    }

    // --- account -------------------------------------------------------------------------------------
    public function fetch_balance($params = null) {
        if ($params === null) {
            $params = [];
        }
        // /spot/accounts: available (free) and locked (used) per currency.
        $this->load_markets();
        $response = $this->private_get_spot_accounts($params);
        $result = ['info' => $response];
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            $balance = $this->account();
            Js::set($balance, 'free', $this->safe_string(Js::get($response, $i), 'available'));
            Js::set($balance, 'used', $this->safe_string(Js::get($response, $i), 'locked'));
            Js::setKey(
                $result,
                $this->safe_currency_code($this->safe_string(Js::get($response, $i), 'currency')),
                $balance,
            );
        }
        return $this->safe_balance($result);
    }

    public function fetch_ledger($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // /spot/account_book: the spot account's balance changes; from and to in seconds.
        $this->load_markets();
        $request = [];
        $currency = null;
        if ($code !== null) {
            $currency = $this->currency($code);
            $request['currency'] = Js::get($currency, 'id');
        }
        $request = $this->extend($request, $this->time_range($since, $params));
        if ($limit !== null) {
            $request['limit'] = $limit;
        }
        $response = $this->private_get_spot_account_book(
            $this->extend($request, $this->omit($params, 'until')),
        );
        return $this->parse_ledger($response, $currency, $since, $limit);
    }

    public function parse_ledger_entry($item, $currency = null) {
        // { id, time (ms), currency, change (signed), balance (after), type, text }
        $code = $this->safe_currency_code($this->safe_string($item, 'currency'), $currency);
        $change = $this->safe_string($item, 'change');
        $after = $this->safe_string($item, 'balance');
        $before = null;
        $direction = null;
        if ($change !== null) {
            $direction = Precise::string_lt($change, '0') ? 'out' : 'in';
            if ($after !== null) {
                $before = Precise::string_sub($after, $change);
            }
        }
        return $this->safe_ledger_entry(
            [
                'id' => $this->safe_string($item, 'id'),
                'timestamp' => $this->safe_integer($item, 'time'),
                'direction' => $direction,
                'account' => 'spot',
                'type' => $this->safe_string($item, 'type'),
                'currency' => $code,
                'amount' => $change === null ? null : Precise::string_abs($change),
                'before' => $before,
                'after' => $after,
                'status' => 'ok',
                'info' => $item,
            ],
            $currency,
        );
    }

    public function time_range($since, $params) {
        // from (since) and to (the unified until), in seconds, of the list endpoints; a new dictionary, since
        // PHP passes arrays by value.
        $range = [];
        if ($since !== null) {
            $range['from'] = Js::floor(Js::divide($since, 1000));
        }
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            $range['to'] = Js::floor(Js::divide($until, 1000));
        }
        return $range;
    }

    // --- orders --------------------------------------------------------------------------------------
    public function create_order($symbol, $type, $side, $amount, $price = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // /spot/orders, on the account Gate defaults to (spot, or unified for a unified account; params['account']
        // picks another). postOnly is time_in_force poc, timeInForce GTC/IOC/FOK gtc/ioc/fok; clientOrderId is
        // text, which Gate requires to start with 't-'; a market buy is sized in the quote currency (the
        // unified cost, or amount * price). A trigger (triggerPrice, stopLossPrice, takeProfitPrice) is a
        // price-triggered order of /spot/price_orders. Spot has no reduceOnly.
        $this->load_markets();
        $market = $this->market($symbol);
        [$unified, $rest] = Js::destructure($this->unified_order_params($type, $params), 2);
        $this->reject_unified_params('createOrder', $unified, ['reduceOnly']);
        if (!($type === 'limit') && !($type === 'market')) {
            throw new InvalidOrder(
                Js::boundedText(
                    Js::toStr($this->id) . ' createOrder () takes a market or limit order, not ' . Js::toStr(
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
        if (Js::get($unified, 'trigger') !== null) {
            return $this->create_price_order($market, $type, $side, $amount, $price, $unified, $rest);
        }
        $request = [
            'currency_pair' => Js::get($market, 'id'),
            'type' => $type,
            'side' => $side,
            'amount' => $this->order_amount(
                $market,
                $type,
                $side,
                $amount,
                $price,
                Js::get($unified, 'cost'),
            ),
            'time_in_force' => $this->order_time_in_force($type, $unified),
        ];
        if ($type === 'limit') {
            $request['price'] = $this->price_to_precision($symbol, $price);
        }
        if (Js::get($unified, 'clientOrderId') !== null) {
            $request['text'] = $this->client_order_text(Js::get($unified, 'clientOrderId'));
        }
        $response = $this->private_post_spot_orders($this->extend($request, $rest));
        return $this->parse_order($response, $market);
    }

    public function order_amount($market, $type, $side, $amount, $price, $cost) {
        // A market buy's amount is the quote currency to spend; every other order's is the base amount.
        if (($type === 'market') && ($side === 'buy')) {
            if ($cost !== null) {
                return $this->cost_to_precision(Js::get($market, 'symbol'), $cost);
            }
            if (($amount !== null) && ($price !== null)) {
                $total = Precise::string_mul(
                    $this->number_to_string($amount),
                    $this->number_to_string($price),
                );
                return $this->cost_to_precision(Js::get($market, 'symbol'), $total);
            }
            throw new InvalidOrder(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' createOrder () a market buy spends an amount of the quote currency: pass the unified param cost (or a price to multiply amount by)',
                ),
            );
        }
        if ($cost !== null) {
            throw new InvalidOrder(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' createOrder () cost sizes market buys only: a market sell is sized by amount',
                ),
            );
        }
        if ($amount === null) {
            throw new ArgumentsRequired(
                Js::boundedText(Js::toStr($this->id) . ' createOrder () requires an amount'),
            );
        }
        return $this->amount_to_precision(Js::get($market, 'symbol'), $amount);
    }

    public function order_time_in_force($type, $unified) {
        // Limit orders take gtc, ioc, fok or poc; market orders only ioc and fok (ioc by default).
        $time_in_force = Js::get($unified, 'timeInForce');
        if ($type === 'market') {
            if ($time_in_force === 'GTC') {
                throw new InvalidOrder(
                    Js::boundedText(
                        Js::toStr(
                            $this->id,
                        ) . ' createOrder () timeInForce GTC is for limit orders: Gate market orders are IOC or FOK',
                    ),
                );
            }
            return $time_in_force === 'FOK' ? 'fok' : 'ioc';
        }
        if (Js::truthy(Js::get($unified, 'postOnly'))) {
            return 'poc';
        }
        return $time_in_force === null ? 'gtc' : Js::lowerCase(
            Js::textReceiver($time_in_force, 'toLowerCase'),
        );
    }

    public function client_order_text($client_order_id) {
        // Gate's text must start with 't-'.
        if (Js::startsWith($client_order_id, 't-')) {
            return $client_order_id;
        }
        return Js::boundedText('t-' . Js::toStr($client_order_id));
    }

    public function create_price_order($market, $type, $side, $amount, $price, $unified, $rest) {
        // /spot/price_orders: the put order (limit, account normal, gtc or ioc) is placed when the last price
        // meets trigger.rule. stopLossPrice triggers a sell when the price falls to it (rule '<='), a buy when
        // it rises to it ('>='), takeProfitPrice the other way round; a plain triggerPrice needs
        // params['triggerDirection'] ('above' or 'below') because Gate needs the rule.
        $kind = Js::get($unified, 'triggerKind');
        if (!($type === 'limit')) {
            throw new InvalidOrder(
                Js::boundedText(
                    Js::toStr($this->id) . ' createOrder () ' . Js::toStr(
                        $kind,
                    ) . ' places limit orders only: a Gate price-triggered order needs its limit price',
                ),
            );
        }
        if (Js::get($unified, 'timeInForce') === 'FOK') {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr($this->id) . ' createOrder () timeInForce FOK cannot be combined with ' . Js::toStr(
                        $kind,
                    ) . ': price-triggered orders are GTC or IOC',
                ),
            );
        }
        if (Js::get($unified, 'clientOrderId') !== null) {
            // The put order's text names the order's source (api, web, app), not a client order id.
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr($this->id) . ' createOrder () clientOrderId cannot be combined with ' . Js::toStr(
                        $kind,
                    ) . ': Gate price-triggered orders take no client order id',
                ),
            );
        }
        $rule = $this->trigger_rule($kind, $side, $rest);
        $put = [
            'type' => 'limit',
            'side' => $side,
            'price' => $this->price_to_precision(Js::get($market, 'symbol'), $price),
            'amount' => $this->order_amount(
                $market,
                $type,
                $side,
                $amount,
                $price,
                Js::get($unified, 'cost'),
            ),
            'account' => 'normal',
            'time_in_force' => Js::get($unified, 'timeInForce') === 'IOC' ? 'ioc' : 'gtc',
        ];
        $trigger = [
            'price' => $this->price_to_precision(Js::get($market, 'symbol'), Js::get($unified, 'trigger')),
            'rule' => $rule,
        ];
        $expiration = $this->safe_integer($rest, 'expiration');
        if ($expiration !== null) {
            $trigger['expiration'] = $expiration;
        }
        $request = ['trigger' => $trigger, 'put' => $put, 'market' => Js::get($market, 'id')];
        $response = $this->private_post_spot_price_orders(
            $this->extend($request, $this->omit($rest, ['triggerDirection', 'expiration'])),
        );
        return $this->safe_order(
            [
                'id' => $this->safe_string($response, 'id'),
                'symbol' => Js::get($market, 'symbol'),
                'type' => 'limit',
                'side' => $side,
                'price' => Js::get($put, 'price'),
                'amount' => Js::get($put, 'amount'),
                'timeInForce' => Js::get($put, 'time_in_force') === 'ioc' ? 'IOC' : 'GTC',
                'triggerPrice' => Js::get($trigger, 'price'),
                'stopLossPrice' => $kind === 'stopLossPrice' ? Js::get($trigger, 'price') : null,
                'takeProfitPrice' => $kind === 'takeProfitPrice' ? Js::get($trigger, 'price') : null,
                'status' => 'open',
                'info' => $response,
            ],
            $market,
        );
    }

    public function trigger_rule($kind, $side, $params) {
        if ($kind === 'stopLossPrice') {
            return $side === 'sell' ? '<=' : '>=';
        }
        if ($kind === 'takeProfitPrice') {
            return $side === 'sell' ? '>=' : '<=';
        }
        $direction = $this->safe_string($params, 'triggerDirection');
        if ($direction === 'above') {
            return '>=';
        }
        if ($direction === 'below') {
            return '<=';
        }
        throw new ArgumentsRequired(
            Js::boundedText(
                Js::toStr(
                    $this->id,
                ) . ' createOrder () triggerPrice requires params["triggerDirection"] "above" or "below": a Gate price-triggered order fires when the price rises to (>=) or falls to (<=) the trigger',
            ),
        );
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

    public function edit_order($id, $symbol, $type, $side, $amount = null, $price = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // PATCH /spot/orders/{order_id} changes the amount or (not and) the price of an open order, with
        // currency_pair in the JSON body; the order keeps its time in force, and a trigger belongs to price
        // orders, which cannot be amended.
        if ($this->safe_value($params, 'postOnly') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' editOrder () does not support the unified param postOnly: an amended order keeps its time in force',
                ),
            );
        }
        if ($this->safe_value($params, 'triggerPrice') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' editOrder () does not support the unified param triggerPrice: Gate amends the amount and price only',
                ),
            );
        }
        if (($amount !== null) && ($price !== null)) {
            throw new InvalidOrder(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' editOrder () changes either the amount or the price of an order, not both: Gate amends one of them at a time',
                ),
            );
        }
        if (($amount === null) && ($price === null)) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr($this->id) . ' editOrder () requires the new amount or the new price',
                ),
            );
        }
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['order_id' => $id, 'currency_pair' => Js::get($market, 'id')];
        if ($amount !== null) {
            $request['amount'] = $this->amount_to_precision($symbol, $amount);
        } else {
            $request['price'] = $this->price_to_precision($symbol, $price);
        }
        $response = $this->private_patch_spot_orders_order_id($this->extend($request, $params));
        return $this->parse_order($response, $market);
    }

    public function require_market($method, $symbol) {
        if ($symbol === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr($this->id) . ' ' . Js::toStr(
                        $method,
                    ) . ' () requires a symbol argument: Gate names orders by currency pair and id',
                ),
            );
        }
        return $this->market($symbol);
    }

    public function cancel_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // DELETE /spot/orders/{order_id} answers with the order; with params['trigger'] the id is a price
        // order's (DELETE /spot/price_orders/{order_id}).
        $this->load_markets();
        if ($this->safe_bool($params, 'trigger', false)) {
            $answer = $this->private_delete_spot_price_orders_order_id(
                $this->extend(['order_id' => $id], $this->omit($params, 'trigger')),
            );
            return $this->parse_price_order($answer);
        }
        $market = $this->require_market('cancelOrder', $symbol);
        $response = $this->private_delete_spot_orders_order_id(
            $this->extend(['order_id' => $id, 'currency_pair' => Js::get($market, 'id')], $params),
        );
        return $this->parse_order($response, $market);
    }

    public function cancel_all_orders($symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // DELETE /spot/orders cancels the open orders of one pair (of every pair without one) and lists them,
        // each with succeeded false and a label when it could not be canceled.
        $this->load_markets();
        $request = [];
        $market = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
            $request['currency_pair'] = Js::get($market, 'id');
        }
        $response = $this->private_delete_spot_orders($this->extend($request, $params));
        $result = [];
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            if ($this->safe_bool(Js::get($response, $i), 'succeeded', true)) {
                $result[] = $this->parse_order(Js::get($response, $i), $market);
            }
        }
        return $result;
    }

    public function parse_order($order, $market = null) {
        // /spot/orders: status open, closed or cancelled, finish_as how it ended (filled, cancelled, ioc, poc,
        // stp, ...); left the unfilled amount, filled_amount the filled base amount, filled_total its cost,
        // avg_deal_price the average. A market buy's amount is in the quote currency, so it is the cost.
        $market = $this->safe_market($this->safe_string($order, 'currency_pair'), $market, '_');
        $type = $this->safe_string($order, 'type');
        $side = $this->safe_string($order, 'side');
        $quote_sized = ($type === 'market') && ($side === 'buy');
        $time_in_force = $this->safe_string_upper($order, 'time_in_force');
        $text = $this->safe_string($order, 'text');
        $fees = $this->gate_fees($order);
        return $this->safe_order(
            [
                'id' => $this->safe_string($order, 'id'),
                'clientOrderId' => ($text !== null) && Js::startsWith($text, 't-') ? $text : null,
                'symbol' => Js::get($market, 'symbol'),
                'timestamp' => $this->order_time($order, 'create_time'),
                'lastUpdateTimestamp' => $this->order_time($order, 'update_time'),
                'status' => $this->order_status($order),
                'type' => $type,
                'timeInForce' => $time_in_force === 'POC' ? 'PO' : $time_in_force,
                'postOnly' => $time_in_force === 'POC' ? true : null,
                'side' => $side,
                'price' => $type === 'limit' ? $this->safe_string($order, 'price') : $this->safe_string(
                    $order,
                    'avg_deal_price',
                ),
                'average' => $this->safe_string($order, 'avg_deal_price'),
                'amount' => $quote_sized ? null : $this->safe_string($order, 'amount'),
                'remaining' => $quote_sized ? null : $this->safe_string($order, 'left'),
                'filled' => $this->safe_string($order, 'filled_amount'),
                'cost' => $this->safe_string($order, 'filled_total'),
                'fee' => Js::strictEqual(Js::length($fees), 1) ? Js::get($fees, 0) : null,
                'fees' => $fees,
                'info' => $order,
            ],
            $market,
        );
    }

    public function order_time($order, $key) {
        // <key>_ms in milliseconds, else <key> in seconds (/spot/open_orders lists only the seconds).
        $milliseconds = $this->safe_integer($order, Js::boundedText(Js::toStr($key) . '_ms'));
        if ($milliseconds !== null) {
            return $milliseconds;
        }
        return $this->safe_timestamp($order, $key);
    }

    public function order_status($order) {
        // A finished order (status closed or cancelled) is closed when it was filled, canceled otherwise (ioc,
        // poc, fok, stp and the other finish_as reasons end it unfilled or partly filled).
        $status = $this->safe_string($order, 'status');
        if ($status === 'open') {
            return 'open';
        }
        $finish_as = $this->safe_string($order, 'finish_as');
        if (($finish_as === 'filled') || (($finish_as === null) && ($status === 'closed'))) {
            return 'closed';
        }
        if ($status === null) {
            return null;
        }
        return 'canceled';
    }

    public function parse_price_order($order, $market = null) {
        // /spot/price_orders/{order_id}: { id, market, trigger { price, rule, expiration }, put { type, side,
        // price, amount, account, time_in_force, text (the source) }, status open, finish, cancelled, failed or
        // expired,
        // ctime and ftime in seconds, fired_order_id }.
        $market = $this->safe_market($this->safe_string($order, 'market'), $market, '_');
        $trigger = $this->safe_dict($order, 'trigger', []);
        $put = $this->safe_dict($order, 'put', []);
        return $this->safe_order(
            [
                'id' => $this->safe_string($order, 'id'),
                'symbol' => Js::get($market, 'symbol'),
                'timestamp' => $this->safe_timestamp($order, 'ctime'),
                'lastUpdateTimestamp' => $this->safe_timestamp($order, 'ftime'),
                'status' => $this->safe_string(
                    Js::get($this->options, 'priceOrderStatuses'),
                    $this->safe_string($order, 'status'),
                ),
                'type' => $this->safe_string($put, 'type'),
                'timeInForce' => $this->safe_string_upper($put, 'time_in_force'),
                'side' => $this->safe_string($put, 'side'),
                'price' => $this->safe_string($put, 'price'),
                'amount' => $this->safe_string($put, 'amount'),
                'triggerPrice' => $this->safe_string($trigger, 'price'),
                'info' => $order,
            ],
            $market,
        );
    }

    public function fetch_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // GET /spot/orders/{order_id} (an id or the text 't-...'); with params['trigger'] the id is a price
        // order's.
        $this->load_markets();
        if ($this->safe_bool($params, 'trigger', false)) {
            $answer = $this->private_get_spot_price_orders_order_id(
                $this->extend(['order_id' => $id], $this->omit($params, 'trigger')),
            );
            return $this->parse_price_order($answer);
        }
        $market = $this->require_market('fetchOrder', $symbol);
        $response = $this->private_get_spot_orders_order_id(
            $this->extend(['order_id' => $id, 'currency_pair' => Js::get($market, 'id')], $params),
        );
        return $this->parse_order($response, $market);
    }

    public function fetch_open_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // GET /spot/orders?status=open for one pair; /spot/open_orders for all, grouped by pair as
        // [ { currency_pair, total, orders } ].
        $this->load_markets();
        if ($symbol !== null) {
            $market = $this->market($symbol);
            $request = ['currency_pair' => Js::get($market, 'id'), 'status' => 'open'];
            if ($limit !== null) {
                $request['limit'] = $limit;
            }
            $response = $this->private_get_spot_orders($this->extend($request, $params));
            return $this->parse_orders($response, $market, $since, $limit);
        }
        $groups = $this->private_get_spot_open_orders($params);
        $orders = [];
        for ($i = 0; Js::less($i, Js::length($groups)); $i++) {
            // (pushed in place: a copy of the orders so far at each group made a response of many empty groups cost
            // their product; red-team round 28)
            $entries = $this->safe_list(Js::get($groups, $i), 'orders', []);
            for ($j = 0; $j < count($entries); $j++) {
                $orders[] = Js::get($entries, $j);
            }
        }
        return $this->parse_orders($orders, null, $since, $limit);
    }

    public function fetch_closed_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // GET /spot/orders?status=finished: filled and canceled orders; from and to in seconds.
        $this->load_markets();
        $request = ['status' => 'finished'];
        $market = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
            $request['currency_pair'] = Js::get($market, 'id');
        }
        $request = $this->extend($request, $this->time_range($since, $params));
        if ($limit !== null) {
            $request['limit'] = $limit;
        }
        $response = $this->private_get_spot_orders($this->extend($request, $this->omit($params, 'until')));
        return $this->parse_orders($response, $market, $since, $limit);
    }

    public function fetch_my_trades($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // /spot/my_trades: from and to in seconds, limit at most 1000.
        $this->load_markets();
        $request = [];
        $market = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
            $request['currency_pair'] = Js::get($market, 'id');
        }
        $request = $this->extend($request, $this->time_range($since, $params));
        if ($limit !== null) {
            $request['limit'] = $limit;
        }
        $response = $this->private_get_spot_my_trades($this->extend($request, $this->omit($params, 'until')));
        return $this->parse_trades($response, $market, $since, $limit);
    }

    public function fetch_order_trades($id, $symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // /spot/my_trades with order_id, which Gate takes together with the currency pair.
        $this->load_markets();
        $market = $this->require_market('fetchOrderTrades', $symbol);
        $request = ['currency_pair' => Js::get($market, 'id'), 'order_id' => $id];
        $response = $this->private_get_spot_my_trades($this->extend($request, $params));
        return $this->parse_trades($response, $market, $since, $limit);
    }

    // --- funding -------------------------------------------------------------------------------------
    public function history_request($code, $since, $limit, $params) {
        // /wallet/deposits and /wallet/withdrawals: currency, from and to in seconds (at most 30 days apart),
        // limit. The request and the currency.
        $request = [];
        $currency = null;
        if ($code !== null) {
            $currency = $this->currency($code);
            $request['currency'] = Js::get($currency, 'id');
        }
        $request = $this->extend($request, $this->time_range($since, $params));
        if ($limit !== null) {
            $request['limit'] = $limit;
        }
        return [$this->extend($request, $this->omit($params, 'until')), $currency];
    }

    public function fetch_deposits($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        [$request, $currency] = Js::destructure($this->history_request($code, $since, $limit, $params), 2);
        $response = $this->private_get_wallet_deposits($request);
        return $this->parse_transactions_of_type($response, 'deposit', $currency, $since, $limit);
    }

    public function fetch_withdrawals($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        [$request, $currency] = Js::destructure($this->history_request($code, $since, $limit, $params), 2);
        $response = $this->private_get_wallet_withdrawals($request);
        return $this->parse_transactions_of_type($response, 'withdrawal', $currency, $since, $limit);
    }

    public function parse_transactions_of_type($response, $type, $currency, $since, $limit) {
        // Deposits and withdrawals have the same fields and no type: the list says which they are.
        $result = [];
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            $transaction = $this->parse_transaction(Js::get($response, $i), $currency);
            Js::set($transaction, 'type', $type);
            $result[] = $transaction;
        }
        $code = $currency === null ? null : Js::get($currency, 'code');
        return $this->filter_by_currency_since_limit(
            $this->sort_by($result, 'timestamp'),
            $code,
            $since,
            $limit,
        );
    }

    public function parse_transaction($transaction, $currency = null) {
        // { id, txid, withdraw_order_id, timestamp (seconds), amount, fee, currency, address, memo, status,
        // chain }: status DONE is complete, CANCEL canceled, FAIL and INVALID failed, the others pending.
        $currency_id = $this->safe_string($transaction, 'currency');
        $code = $this->safe_currency_code($currency_id, $currency);
        $fee = null;
        $fee_cost = $this->safe_string($transaction, 'fee');
        if ($fee_cost !== null) {
            $fee = ['cost' => $fee_cost, 'currency' => $code];
        }
        $status = $this->safe_string($transaction, 'status');
        return $this->safe_transaction(
            [
                'id' => $this->safe_string($transaction, 'id'),
                'txid' => $this->safe_string($transaction, 'txid'),
                'timestamp' => $this->safe_timestamp($transaction, 'timestamp'),
                'network' => $this->network_code($this->safe_string($transaction, 'chain')),
                'address' => $this->safe_string($transaction, 'address'),
                'tag' => $this->safe_string($transaction, 'memo'),
                'type' => $this->safe_string($transaction, 'type'),
                'amount' => $this->safe_string($transaction, 'amount'),
                'currency' => $code,
                'status' => $status === null ? null : $this->safe_string(
                    Js::get($this->options, 'transactionStatuses'),
                    $status,
                    'pending',
                ),
                'fee' => $fee,
                'info' => $transaction,
            ],
            $currency,
        );
    }

    public function fetch_deposit_address($code, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // /wallet/deposit_address: address (of the default chain) and multichain_addresses, one per chain
        // { chain, address, payment_id (the memo), obtain_failed }. The unified network picks the chain.
        $this->load_markets();
        $currency = $this->currency($code);
        $network_code = $this->safe_string($params, 'network');
        $response = $this->private_get_wallet_deposit_address(
            $this->extend(['currency' => Js::get($currency, 'id')], $this->omit($params, 'network')),
        );
        $addresses = $this->safe_list($response, 'multichain_addresses', []);
        if ($network_code === null) {
            if (count($addresses) == 1) {
                return $this->parse_deposit_address(Js::get($addresses, 0), $currency);
            }
            return [
                'currency' => Js::get($currency, 'code'),
                'address' => $this->safe_string($response, 'address'),
                'tag' => null,
                'network' => null,
                'info' => $response,
            ];
        }
        $chain = $this->network_id($network_code, $currency);
        for ($i = 0; $i < count($addresses); $i++) {
            if (Js::strictEqual($this->safe_string(Js::get($addresses, $i), 'chain'), $chain)) {
                return $this->parse_deposit_address(Js::get($addresses, $i), $currency);
            }
        }
        throw new BadRequest(
            Js::boundedText(
                Js::toStr($this->id) . ' fetchDepositAddress () found no ' . Js::toStr($code) . ' deposit address on the unified network ' . Js::toStr($network_code) . ' (chain ' . Js::toStr(
                    $chain,
                ) . ')',
            ),
        );
    }

    public function fetch_deposit_addresses($codes = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // /wallet/deposit_address takes one currency: one request per code, and every chain's address of each
        // (a chain whose address could not be obtained is left out).
        if ($codes === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' fetchDepositAddresses () requires the currency codes: /wallet/deposit_address takes one currency',
                ),
            );
        }
        $this->load_markets();
        $result = [];
        for ($i = 0; Js::less($i, Js::length($codes)); $i++) {
            $currency = $this->currency(Js::get($codes, $i));
            $response = $this->private_get_wallet_deposit_address(
                $this->extend(['currency' => Js::get($currency, 'id')], $params),
            );
            $addresses = $this->safe_list($response, 'multichain_addresses', []);
            for ($j = 0; $j < count($addresses); $j++) {
                if (Js::strictEqual($this->safe_integer(Js::get($addresses, $j), 'obtain_failed', 0), 0)) {
                    $result[] = $this->parse_deposit_address(Js::get($addresses, $j), $currency);
                }
            }
        }
        return $result;
    }

    public function parse_deposit_address($entry, $currency) {
        if (!Js::strictEqual($this->safe_integer($entry, 'obtain_failed', 0), 0)) {
            throw new InvalidAddress(
                Js::boundedText(
                    Js::boundedText(Js::boundedText(Js::toStr($this->id) . ' could not obtain a ') . Js::toStr(Js::get($currency, 'code')) . ' deposit address on chain ') . Js::toStr(
                        $this->safe_string($entry, 'chain'),
                    ),
                ),
            );
        }
        return [
            'currency' => Js::get($currency, 'code'),
            'address' => $this->safe_string($entry, 'address'),
            'tag' => $this->safe_string($entry, 'payment_id'),
            'network' => $this->network_code($this->safe_string($entry, 'chain')),
            'info' => $entry,
        ];
    }

    public function withdraw($code, $amount, $address, $tag = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST /withdrawals: currency, address, amount, memo and chain (from the unified network, which Gate
        // requires).
        $this->load_markets();
        $currency = $this->currency($code);
        $network_code = $this->safe_string($params, 'network');
        if ($network_code === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' withdraw () requires the unified param network: Gate withdraws on a named chain',
                ),
            );
        }
        $request = [
            'currency' => Js::get($currency, 'id'),
            'address' => $address,
            'amount' => $this->number_to_string($amount),
            'chain' => $this->network_id($network_code, $currency),
        ];
        if ($tag !== null) {
            $request['memo'] = $tag;
        }
        $response = $this->private_post_withdrawals($this->extend($request, $this->omit($params, 'network')));
        $transaction = $this->parse_transaction($response, $currency);
        Js::set($transaction, 'type', 'withdrawal');
        return $transaction;
    }

    public function transfer($code, $amount, $from_account, $to_account, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST /wallet/transfers between the spot, futures, delivery and options accounts; a futures or
        // delivery account is named by its settle currency, the one transferred.
        $this->load_markets();
        $currency = $this->currency($code);
        $from = $this->account_type_id($from_account);
        $to = $this->account_type_id($to_account);
        $request = [
            'currency' => Js::get($currency, 'id'),
            'from' => $from,
            'to' => $to,
            'amount' => $this->number_to_string($amount),
        ];
        $settled = ['futures', 'delivery'];
        if (Js::truthy($this->in_array($from, $settled)) || Js::truthy($this->in_array($to, $settled))) {
            $request['settle'] = Js::lowerCase(Js::textReceiver(Js::get($currency, 'id'), 'toLowerCase'));
        }
        $response = $this->private_post_wallet_transfers($this->extend($request, $params));
        return $this->safe_transfer(
            [
                'id' => $this->safe_string($response, 'tx_id'),
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
        // GET and DELETE send their params as the query string, POST and PATCH as a JSON body.
        $request_path = Js::boundedText(
            Js::boundedText('/api/' . Js::toStr($this->version) . '/') . Js::toStr(
                $this->implode_params($path, $params),
            ),
        );
        $rest = $this->omit($params, $this->extract_params($path));
        $has_body = ($method === 'POST') || ($method === 'PATCH') || ($method === 'PUT');
        $query = '';
        if (!($has_body) && (count(Js::keys($rest)) > 0)) {
            $query = $this->urlencode($rest);
        }
        $url = Js::boundedText(
            Js::boundedText(Js::toStr(Js::get($this->urls, 'api')) . $request_path) . (
                $query === '' ? '' : Js::boundedText('?' . Js::toStr($query))
            ),
        );
        // Gate signs the query string without URL encoding.
        $raw_query = $query === '' ? '' : $this->rawencode($rest);
        if ($api === 'public') {
            return ['url' => $url, 'method' => $method, 'body' => $body, 'headers' => $headers];
        }
        // SIGN: hex HMAC-SHA512 (secret, method \n path \n query \n hex SHA512 (body) \n timestamp), with the
        // timestamp in seconds (the Timestamp header).
        $this->check_required_credentials();
        $timestamp = $this->number_to_string($this->seconds());
        $payload = '';
        $headers = ['KEY' => $this->apiKey, 'Timestamp' => $timestamp, 'Accept' => 'application/json'];
        if ($has_body) {
            // An empty body is written out: PHP would encode an empty dictionary as a list, '[]'.
            $body = count(Js::keys($rest)) > 0 ? $this->json($rest) : '{}';
            $payload = $body;
            Js::set($headers, 'Content-Type', 'application/json');
        }
        $body_hash = $this->hash($this->encode($payload), 'sha512', 'hex');
        $auth = Js::boundedText(
            Js::toStr($method) . "\n" . $request_path . "\n" . Js::toStr($raw_query) . "\n" . Js::toStr($body_hash) . "\n" . Js::toStr(
                $timestamp,
            ),
        );
        Js::set(
            $headers,
            'SIGN',
            $this->hmac($this->encode($auth), $this->encode($this->secret), 'sha512', 'hex'),
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
        // An error is an HTTP 4xx or 5xx status with { label, message }: the label picks the error class; an
        // unknown label falls back to the status (the base class's httpExceptions).
        if (($response === null) || Js::isArray($response) || !(Js::typeof($response) === 'object')) {
            return;
        }
        $label = $this->safe_string($response, 'label');
        if ($label === null) {
            return;
        }
        $feedback = Js::boundedText(
            Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($label) . ' ') . $this->safe_string2(
                $response,
                'message',
                'detail',
                '',
            ),
        );
        $this->throw_exactly_matched_exception(Js::get($this->exceptions, 'exact'), $label, $feedback);
        if (Js::less($status, 400)) {
            throw new ExchangeError($feedback);
        }
    }
}
