<?php

// Generated from js/htx.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class htx extends Exchange {
    public function describe() {
        return $this->deep_extend(
            parent::describe(),
            [
                'id' => 'htx',
                'name' => 'HTX',
                'countries' => ['SC'],
                'version' => 'v1',
                'rateLimit' => 100,
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
                    'fetchOrders' => true,
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
                    'fetchStatus' => true,
                    'fetchTradingFees' => true,
                    'cancelAllOrders' => true,
                    'fetchOrderTrades' => true,
                    'fetchTradingFee' => true,
                    'fetchDepositAddresses' => false,
                    'createDepositAddress' => false,
                    'fetchDepositWithdrawFees' => true,
                    'transfer' => true,
                    'createMarketBuyOrderWithCost' => true,
                ],
                'urls' => [
                    'logo' => 'https://www.htx.com/favicon.ico',
                    'api' => 'https://api.huobi.pro',
                    'www' => 'https://www.htx.com',
                    'doc' => 'https://www.htx.com/en-us/opend/newApiPages/',
                    'fees' => 'https://www.htx.com/en-us/fee/',
                ],
                'api' => [
                    'public' => [
                        'get' => [
                            'v1/common/timestamp' => 1,
                            'v2/market-status' => 1,
                            'v1/common/symbols' => 1,
                            'v1/common/currencys' => 1,
                            'v2/settings/common/symbols' => 1,
                            'v2/settings/common/currencies' => 1,
                            'v2/reference/currencies' => 1,
                            'market/history/kline' => 1,
                            'market/detail/merged' => 1,
                            'market/tickers' => 1,
                            'market/depth' => 1,
                            'market/trade' => 1,
                            'market/history/trade' => 1,
                            'market/detail' => 1,
                        ],
                    ],
                    'private' => [
                        'get' => [
                            'v1/account/accounts' => 2,
                            'v1/account/accounts/{account-id}/balance' => 2,
                            'v2/account/valuation' => 2,
                            'v2/account/ledger' => 2,
                            'v2/reference/transact-fee-rate' => 2,
                            'v2/account/deposit/address' => 2,
                            'v2/account/withdraw/quota' => 2,
                            'v2/account/withdraw/address' => 2,
                            'v1/query/deposit-withdraw' => 2,
                            'v1/query/withdraw/client-order-id' => 2,
                            'v1/order/openOrders' => 1,
                            'v1/order/orders/{order-id}' => 1,
                            'v1/order/orders/getClientOrder' => 1,
                            'v1/order/orders/{order-id}/matchresults' => 1,
                            'v1/order/orders' => 5,
                            'v1/order/history' => 5,
                            'v1/order/matchresults' => 5,
                            'v2/user/uid' => 2,
                        ],
                        'post' => [
                            'v1/order/orders/place' => 1,
                            'v1/order/batch-orders' => 1,
                            'v1/order/orders/{order-id}/submitcancel' => 1,
                            'v1/order/orders/submitCancelClientOrder' => 1,
                            'v1/order/orders/batchCancelOpenOrders' => 5,
                            'v1/order/orders/batchcancel' => 5,
                            'v2/algo-orders/cancel-all-after' => 1,
                            'v1/dw/withdraw/api/create' => 5,
                            'v1/dw/withdraw-virtual/{withdraw-id}/cancel' => 5,
                            'v2/account/transfer' => 5,
                            'v1/account/transfer' => 5,
                        ],
                    ],
                ],
                'timeframes' => [
                    '1m' => '1min',
                    '5m' => '5min',
                    '15m' => '15min',
                    '30m' => '30min',
                    '1h' => '60min',
                    '4h' => '4hour',
                    '1d' => '1day',
                    '1w' => '1week',
                    '1M' => '1mon',
                    '1y' => '1year',
                ],
                'requiredCredentials' => ['apiKey' => true, 'secret' => true],
                'fees' => [
                    'trading' => [
                        'tierBased' => true,
                        'percentage' => true,
                        'taker' => 0.002,
                        'maker' => 0.002,
                    ],
                ],
                'precisionMode' => TICK_SIZE,
                'options' => [
                    'accountId' => null,
                    'accountsByType' => [
                        'spot' => 'spot',
                        'swap' => 'linear-swap',
                        'linear-swap' => 'linear-swap',
                    ],
                    'transferMarginAccount' => 'USDT',
                    'maxCandles' => 2000,
                    'maxTrades' => 2000,
                    'tradeFeeSymbolsPerRequest' => 10,
                    'depths' => [5, 10, 20],
                    'orderStates' => [
                        'created' => 'open',
                        'pre-submitted' => 'open',
                        'submitted' => 'open',
                        'partial-filled' => 'open',
                        'canceling' => 'open',
                        'filled' => 'closed',
                        'partial-canceled' => 'canceled',
                        'canceled' => 'canceled',
                        'rejected' => 'rejected',
                    ],
                    'transactionStates' => [
                        'unknown' => 'pending',
                        'confirming' => 'pending',
                        'confirmed' => 'ok',
                        'safe' => 'ok',
                        'orphan' => 'failed',
                        'verifying' => 'pending',
                        'submitted' => 'pending',
                        'reexamine' => 'pending',
                        'pass' => 'pending',
                        'pre-transfer' => 'pending',
                        'wallet-transfer' => 'pending',
                        'wallet-reject' => 'failed',
                        'confirm-error' => 'failed',
                        'reject' => 'failed',
                        'failed' => 'failed',
                        'canceled' => 'canceled',
                        'repealed' => 'canceled',
                    ],
                ],
                'exceptions' => [
                    'exact' => [
                        'api-signature-not-valid' => AuthenticationError::class,
                        'login-required' => AuthenticationError::class,
                        'base-operation-forbidden' => PermissionDenied::class,
                        'api-not-support-temp-addr' => PermissionDenied::class,
                        'order-accountbalance-error' => InsufficientFunds::class,
                        'account-frozen-balance-insufficient-error' => InsufficientFunds::class,
                        'dw-insufficient-balance' => InsufficientFunds::class,
                        'invalid-parameter' => BadRequest::class,
                        'base-argument-unsupported' => BadRequest::class,
                        'base-currency-error' => BadRequest::class,
                        'base-symbol-error' => BadSymbol::class,
                        'base-symbol-trade-disabled' => BadSymbol::class,
                        'order-orderstate-error' => InvalidOrder::class,
                        'order-limitorder-amount-min-error' => InvalidOrder::class,
                        'order-limitorder-amount-max-error' => InvalidOrder::class,
                        'order-marketorder-amount-min-error' => InvalidOrder::class,
                        'order-limitorder-price-min-error' => InvalidOrder::class,
                        'order-limitorder-price-max-error' => InvalidOrder::class,
                        'order-value-min-error' => InvalidOrder::class,
                        'order-holding-limit-failed' => InvalidOrder::class,
                        'order-queryorder-invalid' => OrderNotFound::class,
                        'base-record-invalid' => OrderNotFound::class,
                        'invalid-address' => InvalidAddress::class,
                        'too-many-requests' => RateLimitExceeded::class,
                        '1002' => PermissionDenied::class,
                        '1003' => AuthenticationError::class,
                        '2002' => BadRequest::class,
                        '2003' => BadRequest::class,
                        '500' => ExchangeNotAvailable::class,
                    ],
                    'broad' => [],
                ],
            ],
        );
    }

    // --- time, status, markets and currencies --------------------------------------------------------
    public function fetch_time($params = null) {
        if ($params === null) {
            $params = [];
        }
        // v1/common/timestamp: { status: 'ok', data: ms }.
        $response = $this->public_get_v1_common_timestamp($params);
        return $this->safe_integer($response, 'data');
    }

    public function fetch_status($params = null) {
        if ($params === null) {
            $params = [];
        }
        // v2/market-status: { code: 200, data: { marketStatus: 1 normal, 2 halted, 3 cancel-only,
        // haltStartTime, haltEndTime (ms), haltReason, affectedSymbols } }.
        $response = $this->public_get_v2_market_status($params);
        $data = $this->safe_dict($response, 'data', []);
        $market_status = $this->safe_string($data, 'marketStatus');
        return [
            'status' => $market_status === '1' ? 'ok' : 'maintenance',
            'updated' => null,
            'eta' => $this->safe_milliseconds($data, 'haltEndTime'),
            'url' => null,
            'info' => $response,
        ];
    }

    public function fetch_markets($params = null) {
        if ($params === null) {
            $params = [];
        }
        // v1/common/symbols: [ { base-currency, quote-currency, price-precision, amount-precision,
        // value-precision (decimals), symbol, state: 'online' ..., min-order-amt, max-order-amt,
        // min-order-value, limit-order-min-order-amt, limit-order-max-order-amt, api-trading, ... } ].
        $response = $this->public_get_v1_common_symbols($params);
        $entries = $this->safe_list($response, 'data', []);
        $result = [];
        for ($i = 0; $i < count($entries); $i++) {
            $result[] = $this->parse_market(Js::get($entries, $i));
        }
        return $result;
    }

    public function parse_market($entry) {
        $base_id = $this->safe_string($entry, 'base-currency');
        $quote_id = $this->safe_string($entry, 'quote-currency');
        $base = $this->safe_currency_code($base_id);
        $quote = $this->safe_currency_code($quote_id);
        $online = $this->safe_string($entry, 'state') === 'online';
        $api_trading = $this->safe_string($entry, 'api-trading', 'enabled') === 'enabled';
        return $this->safe_market_structure(
            [
                'id' => $this->safe_string($entry, 'symbol'),
                'symbol' => Js::boundedText(Js::toStr($base) . '/' . Js::toStr($quote)),
                'base' => $base,
                'quote' => $quote,
                'baseId' => $base_id,
                'quoteId' => $quote_id,
                'active' => $online && $api_trading,
                'type' => 'spot',
                'spot' => true,
                'taker' => Js::get(Js::get($this->fees, 'trading'), 'taker'),
                'maker' => Js::get(Js::get($this->fees, 'trading'), 'maker'),
                'precision' => [
                    'amount' => $this->parse_number(
                        $this->parse_precision($this->safe_string($entry, 'amount-precision')),
                    ),
                    'price' => $this->parse_number(
                        $this->parse_precision($this->safe_string($entry, 'price-precision')),
                    ),
                    'cost' => $this->parse_number(
                        $this->parse_precision($this->safe_string($entry, 'value-precision')),
                    ),
                ],
                'limits' => [
                    'amount' => [
                        'min' => $this->safe_number2($entry, 'limit-order-min-order-amt', 'min-order-amt'),
                        'max' => $this->safe_number2($entry, 'limit-order-max-order-amt', 'max-order-amt'),
                    ],
                    'price' => ['min' => null, 'max' => null],
                    'cost' => ['min' => $this->safe_number($entry, 'min-order-value'), 'max' => null],
                ],
                'info' => $entry,
            ],
        );
    }

    public function fetch_currencies($params = null) {
        if ($params === null) {
            $params = [];
        }
        // v2/reference/currencies: [ { currency, assetType, instStatus: 'normal' or 'delisted', chains: [ {
        // chain, displayName, baseChain, baseChainProtocol, depositStatus, withdrawStatus: 'allowed' or
        // 'prohibited', minDepositAmt, minWithdrawAmt, maxWithdrawAmt, withdrawPrecision, withdrawFeeType,
        // transactFeeWithdraw, addrDepositTag, ... } ] } ].
        $response = $this->public_get_v2_reference_currencies($params);
        $entries = $this->safe_list($response, 'data', []);
        $result = [];
        for ($i = 0; $i < count($entries); $i++) {
            $currency = $this->parse_htx_currency(Js::get($entries, $i));
            Js::setKey($result, Js::get($currency, 'code'), $currency);
        }
        return $result;
    }

    public function chain_network_code($chain) {
        // A chain's unified network code: its token protocol ('TRC20', 'ERC20', 'BEP20') when it has one, else
        // its base chain ('BTC', 'ETH'); HTX's chain ids ('trc20usdt', 'usdterc20') differ per currency.
        $protocol = $this->safe_string_upper($chain, 'baseChainProtocol');
        if ($protocol !== null) {
            return $protocol;
        }
        $base_chain = $this->safe_string_upper($chain, 'baseChain');
        return $base_chain !== null ? $base_chain : $this->safe_string_upper($chain, 'chain');
    }

    public function parse_htx_currency($entry) {
        $id = $this->safe_string($entry, 'currency');
        $code = $this->safe_currency_code($id);
        $chains = $this->safe_list($entry, 'chains', []);
        $networks = [];
        $deposit = false;
        $withdraw = false;
        for ($i = 0; $i < count($chains); $i++) {
            $chain = Js::get($chains, $i);
            $network_code = $this->chain_network_code($chain);
            $can_deposit = $this->safe_string($chain, 'depositStatus') === 'allowed';
            $can_withdraw = $this->safe_string($chain, 'withdrawStatus') === 'allowed';
            $deposit = $deposit || $can_deposit;
            $withdraw = $withdraw || $can_withdraw;
            // transactFeeWithdraw is an amount for withdrawFeeType 'fixed'; other types have no single fee.
            $fixed_fee = $this->safe_string($chain, 'withdrawFeeType') === 'fixed';
            Js::setKey(
                $networks,
                $network_code,
                [
                    'id' => $this->safe_string($chain, 'chain'),
                    'network' => $network_code,
                    'active' => $can_deposit && $can_withdraw,
                    'deposit' => $can_deposit,
                    'withdraw' => $can_withdraw,
                    'fee' => $fixed_fee ? $this->safe_number($chain, 'transactFeeWithdraw') : null,
                    'precision' => $this->parse_number(
                        $this->parse_precision($this->safe_string($chain, 'withdrawPrecision')),
                    ),
                    'limits' => [
                        'withdraw' => [
                            'min' => $this->safe_number($chain, 'minWithdrawAmt'),
                            'max' => $this->safe_number($chain, 'maxWithdrawAmt'),
                        ],
                        'deposit' => ['min' => $this->safe_number($chain, 'minDepositAmt'), 'max' => null],
                    ],
                ],
            );
        }
        $codes = Js::keys($networks);
        $normal = $this->safe_string($entry, 'instStatus') === 'normal';
        return [
            'id' => $id,
            'code' => $code,
            'name' => null,
            'active' => $normal && ($deposit || $withdraw),
            'deposit' => count($codes) > 0 ? $deposit : null,
            'withdraw' => count($codes) > 0 ? $withdraw : null,
            'fee' => count($codes) == 1 ? $this->safe_number(
                $this->safe_dict($networks, Js::get($codes, 0), []),
                'fee',
            ) : null,
            'precision' => null,
            'limits' => [
                'amount' => ['min' => null, 'max' => null],
                'withdraw' => ['min' => null, 'max' => null],
            ],
            'networks' => $networks,
            'info' => $entry,
        ];
    }

    public function fetch_deposit_withdraw_fees($codes = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // The withdrawal fee of each chain is in the currency list (transactFeeWithdraw); deposits are free.
        $currencies = $this->fetch_currencies($params);
        return $this->deposit_withdraw_fees_from_currencies($currencies, $codes);
    }

    // --- market data ---------------------------------------------------------------------------------
    public function parse_ticker($ticker, $market = null) {
        // detail/merged's tick: { id, open, close, low, high, amount (base volume), vol (quote volume), count,
        // bid: [ price, size ], ask: [ price, size ] }, with the response's ts. The entries of market/tickers:
        // { symbol, open, high, low, close, amount, vol, count, bid, bidSize, ask, askSize }.
        $market = $this->safe_market($this->safe_string($ticker, 'symbol'), $market);
        $bid = $this->safe_string($ticker, 'bid');
        $bid_volume = $this->safe_string($ticker, 'bidSize');
        $ask = $this->safe_string($ticker, 'ask');
        $ask_volume = $this->safe_string($ticker, 'askSize');
        $bid_level = $this->safe_list($ticker, 'bid');
        if ($bid_level !== null) {
            $bid = $this->safe_string($bid_level, 0);
            $bid_volume = $this->safe_string($bid_level, 1);
        }
        $ask_level = $this->safe_list($ticker, 'ask');
        if ($ask_level !== null) {
            $ask = $this->safe_string($ask_level, 0);
            $ask_volume = $this->safe_string($ask_level, 1);
        }
        return $this->ticker_structure(
            symbol: Js::get($market, 'symbol'),
            timestamp: $this->safe_integer($ticker, 'ts'),
            high: $this->safe_string($ticker, 'high'),
            low: $this->safe_string($ticker, 'low'),
            bid: $bid,
            bid_volume: $bid_volume,
            ask: $ask,
            ask_volume: $ask_volume,
            open: $this->safe_string($ticker, 'open'),
            close: $this->safe_string($ticker, 'close'),
            last: $this->safe_string($ticker, 'close'),
            base_volume: $this->safe_string($ticker, 'amount'),
            quote_volume: $this->safe_string($ticker, 'vol'),
            info: $ticker,
            market: $market,
        );
    }

    public function fetch_ticker($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // market/detail/merged: { status, ts, tick }; the 24 h rolling statistics with the best bid and ask.
        $this->load_markets();
        $market = $this->market($symbol);
        $response = $this->public_get_market_detail_merged(
            $this->extend(['symbol' => Js::get($market, 'id')], $params),
        );
        $tick = $this->extend(
            $this->safe_dict($response, 'tick', []),
            ['ts' => $this->safe_integer($response, 'ts')],
        );
        return $this->parse_ticker($tick, $market);
    }

    public function fetch_tickers($symbols = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // market/tickers: { status, ts, data: [ ... ] }, every market; the snapshot's ts is each one's.
        $this->load_markets();
        $response = $this->public_get_market_tickers($params);
        $ts = $this->safe_integer($response, 'ts');
        $tickers = $this->safe_list($response, 'data', []);
        $stamped = [];
        for ($i = 0; $i < count($tickers); $i++) {
            $stamped[] = $this->extend(Js::get($tickers, $i), ['ts' => $ts]);
        }
        return $this->parse_tickers($stamped, $symbols);
    }

    public function fetch_order_book($symbol, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // market/depth?type=step0 (no aggregation): tick { ts, version, bids, asks }, [ price, size ]. depth
        // takes 5, 10 or 20; without it the book has 150 levels.
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['symbol' => Js::get($market, 'id'), 'type' => 'step0'];
        if ($limit !== null) {
            if (Js::greater($limit, 150)) {
                throw new BadRequest(
                    Js::boundedText(
                        Js::toStr(
                            $this->id,
                        ) . ' fetchOrderBook () limit must be at most 150: the book has 150 levels',
                    ),
                );
            }
            $depths = Js::get($this->options, 'depths');
            for ($i = 0; Js::less($i, Js::length($depths)); $i++) {
                if (Js::lessEqual($limit, Js::get($depths, $i))) {
                    $request['depth'] = Js::get($depths, $i);
                    break;
                }
            }
        }
        $response = $this->public_get_market_depth($this->extend($request, $params));
        $tick = $this->safe_dict($response, 'tick', []);
        $book = $this->parse_order_book($tick, Js::get($market, 'symbol'), $this->safe_integer($tick, 'ts'));
        Js::set($book, 'nonce', $this->safe_integer($tick, 'version'));
        if ($limit !== null) {
            Js::set($book, 'bids', Js::slice(Js::get($book, 'bids'), 0, $limit));
            Js::set($book, 'asks', Js::slice(Js::get($book, 'asks'), 0, $limit));
        }
        return $book;
    }

    public function parse_ohlcv($ohlcv, $market = null) {
        // { id (open time, seconds), open, close, low, high, amount (base volume), vol (quote), count }.
        return [
            $this->safe_timestamp($ohlcv, 'id'),
            $this->safe_number($ohlcv, 'open'),
            $this->safe_number($ohlcv, 'high'),
            $this->safe_number($ohlcv, 'low'),
            $this->safe_number($ohlcv, 'close'),
            $this->safe_number($ohlcv, 'amount'),
        ];
    }

    public function fetch_ohlcv($symbol, $timeframe = null, $since = null, $limit = null, $params = null) {
        if ($timeframe === null) {
            $timeframe = '1m';
        }
        if ($params === null) {
            $params = [];
        }
        // market/history/kline: period, size (1-2000); the latest candles, newest first. It takes no time
        // range: since filters what comes back, and until cannot be honoured.
        if ($this->safe_value($params, 'until') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' fetchOHLCV () does not support the unified param until: history/kline returns the latest candles only',
                ),
            );
        }
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
        $request = ['symbol' => Js::get($market, 'id'), 'period' => $period];
        if ($limit !== null) {
            $request['size'] = Js::min($limit, Js::get($this->options, 'maxCandles'));
        } elseif ($since !== null) {
            $request['size'] = Js::get($this->options, 'maxCandles');
        }
        $response = $this->public_get_market_history_kline($this->extend($request, $params));
        return $this->parse_ohlcvs(
            $this->safe_list($response, 'data', []),
            $market,
            $timeframe,
            $since,
            $limit,
        );
    }

    public function parse_trade($trade, $market = null) {
        // Public trades: { id, ts, trade-id, amount, price, direction (the taker's side) }. The account's
        // matchresults: { id, symbol, order-id, match-id, trade-id, type: 'buy-limit' ..., price,
        // filled-amount, filled-fees, fee-currency, filled-points, fee-deduct-currency, role: 'taker' or
        // 'maker', created-at }.
        $market = $this->safe_market($this->safe_string($trade, 'symbol'), $market);
        $order_type = $this->safe_string($trade, 'type');
        $side = $this->safe_string($trade, 'direction');
        $type = null;
        if ($order_type !== null) {
            $parts = Js::split($order_type, '-');
            $side = Js::get($parts, 0);
            $type = $this->unified_order_type($order_type);
        }
        $fees = [];
        $fee_cost = $this->safe_string($trade, 'filled-fees');
        if (($fee_cost !== null) && !(Precise::string_eq($fee_cost, '0'))) {
            $fees[] = [
                'cost' => $fee_cost,
                'currency' => $this->safe_currency_code($this->safe_string($trade, 'fee-currency')),
            ];
        }
        // A fee paid in HTX points (or another deduction currency) instead of the fee currency.
        $points = $this->safe_string($trade, 'filled-points');
        if (($points !== null) && !(Precise::string_eq($points, '0'))) {
            $fees[] = [
                'cost' => $points,
                'currency' => $this->safe_currency_code($this->safe_string($trade, 'fee-deduct-currency')),
            ];
        }
        if ((count($fees) == 0) && ($fee_cost !== null)) {
            $fees[] = [
                'cost' => $fee_cost,
                'currency' => $this->safe_currency_code($this->safe_string($trade, 'fee-currency')),
            ];
        }
        return $this->trade_structure(
            id: $this->safe_string($trade, 'trade-id'),
            order: $this->safe_string($trade, 'order-id'),
            symbol: Js::get($market, 'symbol'),
            timestamp: $this->safe_integer2($trade, 'created-at', 'ts'),
            type: $type,
            side: $side,
            taker_or_maker: $this->safe_string($trade, 'role'),
            price: $this->safe_string($trade, 'price'),
            amount: $this->safe_string2($trade, 'filled-amount', 'amount'),
            fees: $fees,
            info: $trade,
            market: $market,
        );
    }

    public function fetch_trades($symbol, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // market/history/trade: size (1-2000); data: [ { id, ts, data: [ trades ] } ], groups newest first.
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['symbol' => Js::get($market, 'id')];
        if ($limit !== null) {
            $request['size'] = Js::min($limit, Js::get($this->options, 'maxTrades'));
        }
        $response = $this->public_get_market_history_trade($this->extend($request, $params));
        $groups = $this->safe_list($response, 'data', []);
        $trades = [];
        for ($i = 0; $i < count($groups); $i++) {
            // (pushed in place: a copy of the trades so far at each group made a response of many empty groups cost
            // their product; red-team round 28)
            $entries = $this->safe_list(Js::get($groups, $i), 'data', []);
            for ($j = 0; $j < count($entries); $j++) {
                $trades[] = Js::get($entries, $j);
            }
        }
        return $this->parse_trades($trades, $market, $since, $limit);
    }

    // --- account -------------------------------------------------------------------------------------
    public function fetch_spot_account_id() {
        // v1/account/accounts: [ { id, type: 'spot', 'margin', 'otc', ..., subtype, state: 'working' or
        // 'lock' } ]; the spot account's id, unless options['accountId'] names it. The id found is kept there:
        // it does not change, and createOrder needs it every time.
        $configured = $this->safe_string($this->options, 'accountId');
        if ($configured !== null) {
            return $configured;
        }
        $response = $this->private_get_v1_account_accounts();
        $accounts = $this->safe_list($response, 'data', []);
        for ($i = 0; $i < count($accounts); $i++) {
            if ($this->safe_string(Js::get($accounts, $i), 'type') === 'spot') {
                $account_id = $this->safe_string(Js::get($accounts, $i), 'id');
                Js::set($this->options, 'accountId', $account_id);
                return $account_id;
            }
        }
        throw new ExchangeError(
            Js::boundedText(
                Js::toStr($this->id) . ' has no spot account (v1/account/accounts lists none of type spot)',
            ),
        );
    }

    public function fetch_balance($params = null) {
        if ($params === null) {
            $params = [];
        }
        // accounts/{account-id}/balance: { id, type, state, list: [ { currency, type: 'trade' (available) or
        // 'frozen' (held by orders), balance } ] }, two lines a currency.
        $this->load_markets();
        $account_id = $this->fetch_spot_account_id();
        $response = $this->private_get_v1_account_accounts_account_id_balance(
            $this->extend(['account-id' => $account_id], $params),
        );
        $lines = $this->safe_list($this->safe_dict($response, 'data', []), 'list', []);
        $accounts = [];
        for ($i = 0; $i < count($lines); $i++) {
            $line = Js::get($lines, $i);
            $code = $this->safe_currency_code($this->safe_string($line, 'currency'));
            $account = $this->extend(
                $this->safe_dict($accounts, $code, $this->account()),
            ); // a copy, changed below
            $kind = $this->safe_string($line, 'type');
            if ($kind === 'trade') {
                $account['free'] = $this->safe_string($line, 'balance');
            } elseif ($kind === 'frozen') {
                $account['used'] = $this->safe_string($line, 'balance');
            }
            Js::setKey($accounts, $code, $account);
        }
        return $this->safe_balance($this->extend(['info' => $response], $accounts));
    }

    public function parse_trading_fee($entry) {
        // transact-fee-rate: { symbol, makerFeeRate, takerFeeRate, actualMakerRate, actualTakerRate }; the
        // actual rates are those charged (after discounts), as fractions.
        return [
            'symbol' => $this->safe_symbol($this->safe_string($entry, 'symbol')),
            'maker' => $this->safe_number2($entry, 'actualMakerRate', 'makerFeeRate'),
            'taker' => $this->safe_number2($entry, 'actualTakerRate', 'takerFeeRate'),
            'info' => $entry,
        ];
    }

    public function fetch_trading_fees_of($market_ids, $params) {
        // v2/reference/transact-fee-rate?symbols=a,b,...: at most 10 symbols a request.
        $response = $this->private_get_v2_reference_transact_fee_rate(
            $this->extend(['symbols' => Js::join($market_ids, ',')], $params),
        );
        $entries = $this->safe_list($response, 'data', []);
        $result = [];
        for ($i = 0; $i < count($entries); $i++) {
            $fee = $this->parse_trading_fee(Js::get($entries, $i));
            Js::setKey($result, Js::get($fee, 'symbol'), $fee);
        }
        return $result;
    }

    public function fetch_trading_fee($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $market = $this->market($symbol);
        $fees = $this->fetch_trading_fees_of([Js::get($market, 'id')], $params);
        return $this->safe_dict($fees, Js::get($market, 'symbol'));
    }

    public function fetch_trading_fees($params = null) {
        if ($params === null) {
            $params = [];
        }
        // Every loaded market, in requests of 10 symbols.
        $this->load_markets();
        $batch = Js::get($this->options, 'tradeFeeSymbolsPerRequest');
        $result = [];
        for ($i = 0; Js::less($i, Js::length($this->symbols)); $i = Js::add($i, $batch)) {
            $symbols = Js::slice($this->symbols, $i, Js::add($i, $batch));
            $fees = $this->fetch_trading_fees_of($this->market_ids($symbols), $params);
            $result = $this->extend($result, $fees);
        }
        return $result;
    }

    public function parse_ledger_entry($item, $currency = null) {
        // v2/account/ledger: { accountId, currency, transactAmt (signed), transactType, transferType,
        // transactId, transactTime (ms), transferer, transferee }.
        $code = $this->safe_currency_code($this->safe_string($item, 'currency'), $currency);
        return $this->safe_ledger_entry(
            [
                'id' => $this->safe_string($item, 'transactId'),
                'timestamp' => $this->safe_integer($item, 'transactTime'),
                'account' => $this->safe_string($item, 'accountId'),
                'referenceId' => $this->safe_string($item, 'transactId'),
                'type' => $this->safe_string2($item, 'transferType', 'transactType'),
                'currency' => $code,
                'amount' => $this->safe_string($item, 'transactAmt'),
                'status' => 'ok',
                'info' => $item,
            ],
            $currency,
        );
    }

    public function fetch_ledger($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // v2/account/ledger: accountId (the spot account), currency, startTime and endTime (ms, at most 10 days
        // apart; the unified until), limit (1-500).
        $this->load_markets();
        $account_id = $this->fetch_spot_account_id();
        $request = ['accountId' => $account_id];
        $currency = null;
        if ($code !== null) {
            $currency = $this->currency($code);
            $request['currency'] = Js::get($currency, 'id');
        }
        if ($since !== null) {
            $request['startTime'] = $since;
        }
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            $request['endTime'] = $until;
        }
        if ($limit !== null) {
            $request['limit'] = Js::min($limit, 500);
        }
        $response = $this->private_get_v2_account_ledger(
            $this->extend($request, $this->omit($params, 'until')),
        );
        return $this->parse_ledger($this->safe_list($response, 'data', []), $currency, $since, $limit);
    }

    public function transfer($code, $amount, $from_account, $to_account, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST v2/account/transfer: { from, to: 'spot' or 'linear-swap', currency, amount, margin-account } ->
        // { data: transfer id }, between the spot account and the USDT-margined swap account.
        $this->load_markets();
        $currency = $this->currency($code);
        $request = [
            'from' => $this->account_type_id($from_account),
            'to' => $this->account_type_id($to_account),
            'currency' => Js::get($currency, 'id'),
            'amount' => $this->number_to_string($amount),
            'margin-account' => $this->safe_string(
                $params,
                'margin-account',
                Js::get($this->options, 'transferMarginAccount'),
            ),
        ];
        $response = $this->private_post_v2_account_transfer(
            $this->extend($request, $this->omit($params, 'margin-account')),
        );
        return $this->safe_transfer(
            [
                'id' => $this->safe_string($response, 'data'),
                'currency' => Js::get($currency, 'code'),
                'amount' => Js::get($request, 'amount'),
                'fromAccount' => $from_account,
                'toAccount' => $to_account,
                'status' => 'ok',
                'info' => $response,
            ],
        );
    }

    // --- orders --------------------------------------------------------------------------------------
    public function unified_order_type($order_type) {
        // HTX's order type is side-kind: buy-market, sell-limit, buy-ioc, buy-limit-maker, buy-stop-limit,
        // buy-limit-fok, buy-stop-limit-fok. Only -market is a market order; the rest carry a limit price.
        if ($order_type === null) {
            return null;
        }
        return Js::indexOf($order_type, '-market') >= 0 ? 'market' : 'limit';
    }

    public function order_time_in_force($order_type) {
        if ($order_type === null) {
            return null;
        }
        if (Js::endsWith($order_type, '-limit-maker')) {
            return 'PO';
        }
        if (Js::endsWith($order_type, '-ioc')) {
            return 'IOC';
        }
        if (Js::endsWith($order_type, '-fok')) {
            return 'FOK';
        }
        return Js::endsWith($order_type, '-market') ? 'IOC' : 'GTC';
    }

    public function parse_order($order, $market = null) {
        // orders/{order-id} and the lists: { id, symbol, account-id, client-order-id, amount, price, type,
        // created-at, finished-at, canceled-at, state, stop-price, operator, field-amount (filled) or
        // filled-amount, field-cash-amount (filled value) or filled-cash-amount, field-fees or filled-fees }.
        // A buy-market order's amount is the value to spend, in the quote currency.
        $market = $this->safe_market($this->safe_string($order, 'symbol'), $market);
        $order_type = $this->safe_string($order, 'type');
        $type = $this->unified_order_type($order_type);
        $side = $order_type === null ? null : Js::get(Js::split($order_type, '-'), 0);
        $time_in_force = $this->order_time_in_force($order_type);
        $market_buy = $order_type === 'buy-market';
        $amount = $this->safe_string($order, 'amount');
        $filled_cost = $this->safe_string2($order, 'field-cash-amount', 'filled-cash-amount');
        $state = $this->safe_string($order, 'state');
        $fee_cost = $this->safe_string2($order, 'field-fees', 'filled-fees');
        $fee = null;
        if ($fee_cost !== null) {
            // The fee is charged in what the order receives: the base currency for a buy, the quote for a sell.
            $fee = [
                'cost' => $fee_cost,
                'currency' => $side === 'buy' ? Js::get($market, 'base') : Js::get($market, 'quote'),
            ];
        }
        $price = $this->safe_string($order, 'price');
        return $this->safe_order(
            [
                'id' => $this->safe_string($order, 'id'),
                'clientOrderId' => $this->safe_string($order, 'client-order-id'),
                'symbol' => Js::get($market, 'symbol'),
                'timestamp' => $this->safe_integer($order, 'created-at'),
                'lastUpdateTimestamp' => $this->safe_milliseconds($order, 'finished-at'),
                'status' => $this->safe_string(Js::get($this->options, 'orderStates'), $state, $state),
                'type' => $type,
                'timeInForce' => $time_in_force,
                'postOnly' => $time_in_force === null ? null : ($time_in_force === 'PO'),
                'side' => $side,
                'price' => (($price === null) || Precise::string_eq($price, '0')) ? null : $price,
                'triggerPrice' => $this->safe_string($order, 'stop-price'),
                'amount' => $market_buy ? null : $amount,
                'cost' => $filled_cost,
                'filled' => $this->safe_string2($order, 'field-amount', 'filled-amount'),
                'fee' => $fee,
                'info' => $order,
            ],
            $market,
        );
    }

    public function order_type_of($type, $side, $unified) {
        // The unified order as HTX's type: side-market, side-limit, side-limit-maker (postOnly), side-ioc
        // (timeInForce IOC), side-limit-fok (FOK), side-stop-limit(-fok) (a trigger). Combinations HTX cannot
        // place are rejected, naming the param.
        $time_in_force = Js::get($unified, 'timeInForce');
        $has_trigger = Js::get($unified, 'trigger') !== null;
        if ($type === 'market') {
            if ($has_trigger) {
                throw new InvalidOrder(
                    Js::boundedText(
                        Js::boundedText(Js::toStr($this->id) . ' createOrder () ') . Js::toStr(
                            Js::get($unified, 'triggerKind'),
                        ) . ' needs a limit order: HTX spot stop orders are stop-limit orders',
                    ),
                );
            }
            if (($time_in_force !== null) && !($time_in_force === 'IOC')) {
                throw new InvalidOrder(
                    Js::boundedText(
                        Js::toStr($this->id) . ' createOrder () timeInForce ' . Js::toStr(
                            $time_in_force,
                        ) . ' applies to limit orders only, not market orders',
                    ),
                );
            }
            return Js::boundedText(Js::toStr($side) . '-market');
        }
        if ($has_trigger) {
            if ($time_in_force === 'IOC') {
                throw new InvalidOrder(
                    Js::boundedText(
                        Js::boundedText(Js::toStr($this->id) . ' createOrder () timeInForce IOC cannot be combined with ') . Js::toStr(
                            Js::get($unified, 'triggerKind'),
                        ) . ': stop-limit orders are GTC or FOK',
                    ),
                );
            }
            return $time_in_force === 'FOK' ? Js::boundedText(Js::toStr($side) . '-stop-limit-fok') : Js::boundedText(
                Js::toStr($side) . '-stop-limit',
            );
        }
        if (Js::truthy(Js::get($unified, 'postOnly'))) {
            return Js::boundedText(Js::toStr($side) . '-limit-maker');
        }
        if ($time_in_force === 'IOC') {
            return Js::boundedText(Js::toStr($side) . '-ioc');
        }
        if ($time_in_force === 'FOK') {
            return Js::boundedText(Js::toStr($side) . '-limit-fok');
        }
        return Js::boundedText(Js::toStr($side) . '-limit');
    }

    public function trigger_operator($side, $kind) {
        // operator: 'gte' triggers when the last price rises to stop-price or above, 'lte' when it falls to it
        // or below. A sell's stop loss (or a plain trigger) waits for a fall, its take profit for a rise; a
        // buy's the other way round.
        $falls = $kind === 'takeProfitPrice' ? ($side === 'buy') : ($side === 'sell');
        return $falls ? 'lte' : 'gte';
    }

    public function market_buy_value($symbol, $amount, $price, $unified) {
        // A buy-market order's amount is the value to spend in the quote currency: the unified cost, or amount
        // times price when the caller gives a price to reckon with.
        if (Js::get($unified, 'cost') !== null) {
            return $this->cost_to_precision($symbol, Js::get($unified, 'cost'));
        }
        if (($amount === null) || ($price === null)) {
            throw new InvalidOrder(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' createOrder () a market buy spends quote currency: pass the unified param cost (or a price to multiply amount by)',
                ),
            );
        }
        return $this->cost_to_precision(
            $symbol,
            Precise::string_mul($this->number_to_string($amount), $this->number_to_string($price)),
        );
    }

    public function create_order($symbol, $type, $side, $amount, $price = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST v1/order/orders/place: { account-id, symbol, type, amount, price, source: 'spot-api',
        // client-order-id, stop-price, operator } -> { data: order id }. reduceOnly has no meaning on spot.
        $this->load_markets();
        $market = $this->market($symbol);
        [$unified, $rest] = Js::destructure($this->unified_order_params($type, $params), 2);
        $this->reject_unified_params('createOrder', $unified, ['reduceOnly']);
        if (!($type === 'limit') && !($type === 'market')) {
            throw new InvalidOrder(
                Js::boundedText(
                    Js::toStr($this->id) . ' createOrder () type must be limit or market, not ' . Js::toStr(
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
        if ((Js::get($unified, 'cost') !== null) && !($side === 'buy')) {
            throw new InvalidOrder(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' createOrder () cost sizes market buy orders only: a market sell is sized by amount',
                ),
            );
        }
        $order_type = $this->order_type_of($type, $side, $unified);
        $account_id = $this->fetch_spot_account_id();
        $request = [
            'account-id' => $account_id,
            'symbol' => Js::get($market, 'id'),
            'type' => $order_type,
            'source' => 'spot-api',
        ];
        if (($type === 'market') && ($side === 'buy')) {
            $request['amount'] = $this->market_buy_value($symbol, $amount, $price, $unified);
        } else {
            $request['amount'] = $this->amount_to_precision($symbol, $amount);
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
        if (Js::get($unified, 'clientOrderId') !== null) {
            $request['client-order-id'] = Js::get($unified, 'clientOrderId');
        }
        if (Js::get($unified, 'trigger') !== null) {
            $request['stop-price'] = $this->price_to_precision($symbol, Js::get($unified, 'trigger'));
            $request['operator'] = $this->trigger_operator($side, Js::get($unified, 'triggerKind'));
        }
        $response = $this->private_post_v1_order_orders_place($this->extend($request, $rest));
        // The answer is the order's id only: the order is what was asked for, its state unknown until fetched.
        $market_buy = ($type === 'market') && ($side === 'buy');
        return $this->safe_order(
            [
                'id' => $this->safe_string($response, 'data'),
                'clientOrderId' => Js::get($unified, 'clientOrderId'),
                'symbol' => Js::get($market, 'symbol'),
                'type' => $type,
                'side' => $side,
                'timeInForce' => $this->order_time_in_force($order_type),
                'postOnly' => Js::get($unified, 'postOnly'),
                'price' => $this->safe_string($request, 'price'),
                'triggerPrice' => $this->safe_string($request, 'stop-price'),
                'amount' => $market_buy ? null : Js::get($request, 'amount'),
                'info' => $response,
            ],
            $market,
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

    public function cancel_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST orders/{order-id}/submitcancel -> { data: order id }: the cancel is requested, the order
        // leaves the book shortly after.
        $this->load_markets();
        $market = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
        }
        $response = $this->private_post_v1_order_orders_order_id_submitcancel(
            $this->extend(['order-id' => $id], $params),
        );
        return $this->safe_order(
            [
                'id' => $this->safe_string($response, 'data', $id),
                'symbol' => $this->safe_symbol(null, $market),
                'status' => 'canceled',
                'info' => $response,
            ],
            $market,
        );
    }

    public function cancel_all_orders($symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST orders/batchCancelOpenOrders { account-id, symbol } answers with counts only ({ success-count,
        // failed-count, next-id }): the open orders are listed first, and returned as canceled.
        $this->load_markets();
        $account_id = $this->fetch_spot_account_id();
        $request = ['account-id' => $account_id];
        $market = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
            $request['symbol'] = Js::get($market, 'id');
        }
        $open = $this->private_get_v1_order_open_orders($request);
        $orders = $this->parse_orders($this->safe_list($open, 'data', []), $market);
        $response = $this->private_post_v1_order_orders_batch_cancel_open_orders(
            $this->extend($request, $params),
        );
        return $this->canceled_orders($orders, $response);
    }

    public function fetch_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // GET orders/{order-id}.
        $this->load_markets();
        $market = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
        }
        $response = $this->private_get_v1_order_orders_order_id($this->extend(['order-id' => $id], $params));
        return $this->parse_order($this->safe_dict($response, 'data', []), $market);
    }

    public function fetch_open_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // openOrders: account-id (the spot account), symbol, size (at most 500); open orders, newest first.
        $this->load_markets();
        $account_id = $this->fetch_spot_account_id();
        $request = ['account-id' => $account_id];
        $market = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
            $request['symbol'] = Js::get($market, 'id');
        }
        if ($limit !== null) {
            $request['size'] = Js::min($limit, 500);
        }
        $response = $this->private_get_v1_order_open_orders($this->extend($request, $params));
        return $this->parse_orders($this->safe_list($response, 'data', []), $market, $since, $limit);
    }

    public function fetch_orders_by_states($states, $symbol, $since, $limit, $params, $method) {
        // GET v1/order/orders: symbol (required), states (comma-separated), start-time and end-time (ms; the
        // unified until), size (at most 100).
        if ($symbol === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr($this->id) . ' ' . Js::toStr(
                        $method,
                    ) . ' () requires a symbol: v1/order/orders lists one market',
                ),
            );
        }
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['symbol' => Js::get($market, 'id'), 'states' => $states];
        $request = $this->with_time_range($request, $since, $params);
        if ($limit !== null) {
            Js::set($request, 'size', Js::min($limit, 100));
        }
        $response = $this->private_get_v1_order_orders(
            $this->extend($request, $this->omit($params, 'until')),
        );
        return $this->parse_orders($this->safe_list($response, 'data', []), $market, $since, $limit);
    }

    public function fetch_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->fetch_orders_by_states(
            'submitted,partial-filled,filled,partial-canceled,canceled',
            $symbol,
            $since,
            $limit,
            $params,
            'fetchOrders',
        );
    }

    public function fetch_closed_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->fetch_orders_by_states(
            'filled,partial-canceled,canceled',
            $symbol,
            $since,
            $limit,
            $params,
            'fetchClosedOrders',
        );
    }

    public function with_time_range($request, $since, $params) {
        // request with start-time and end-time in ms: since and the unified until (a copy: PHP passes arrays
        // by value).
        $range = [];
        if ($since !== null) {
            $range['start-time'] = $since;
        }
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            $range['end-time'] = $until;
        }
        return $this->extend($request, $range);
    }

    public function fetch_my_trades($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // matchresults: symbol (required), start-time and end-time (ms), size (at most 500).
        if ($symbol === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' fetchMyTrades () requires a symbol: matchresults lists one market',
                ),
            );
        }
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['symbol' => Js::get($market, 'id')];
        $request = $this->with_time_range($request, $since, $params);
        if ($limit !== null) {
            Js::set($request, 'size', Js::min($limit, 500));
        }
        $response = $this->private_get_v1_order_matchresults(
            $this->extend($request, $this->omit($params, 'until')),
        );
        return $this->parse_trades($this->safe_list($response, 'data', []), $market, $since, $limit);
    }

    public function fetch_order_trades($id, $symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // orders/{order-id}/matchresults: the trades of one order.
        $this->load_markets();
        $market = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
        }
        $response = $this->private_get_v1_order_orders_order_id_matchresults(
            $this->extend(['order-id' => $id], $params),
        );
        return $this->parse_trades($this->safe_list($response, 'data', []), $market, $since, $limit);
    }

    // --- funding -------------------------------------------------------------------------------------
    public function chain_of($network_code, $currency, $method) {
        // HTX's chain id of a unified network code, from the currency's networks (chain ids differ per
        // currency: 'trc20usdt', 'trx'); a code the currency does not list is rejected, not sent as it is.
        $network = $this->safe_dict(
            $this->safe_dict($currency, 'networks', []),
            Js::upperCase(Js::textReceiver($network_code, 'toUpperCase')),
        );
        if ($network === null) {
            throw new BadRequest(
                Js::boundedText(
                    Js::boundedText(Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($method) . ' () knows no network ' . Js::toStr($network_code) . ' (the unified param network) of ') . Js::toStr(Js::get($currency, 'code')) . ': one of ') . Js::join(
                        Js::keys($this->safe_dict($currency, 'networks', [])),
                        ', ',
                    ),
                ),
            );
        }
        return $this->safe_string($network, 'id');
    }

    public function network_of_chain($chain_id, $currency) {
        // The unified network code of an HTX chain id, through the currency's networks.
        if (($chain_id === null) || ($currency === null)) {
            return null;
        }
        $networks = $this->safe_dict($currency, 'networks', []);
        $codes = Js::keys($networks);
        for ($i = 0; $i < count($codes); $i++) {
            if (
                Js::strictEqual(
                    $this->safe_string($this->safe_dict($networks, $codes[$i], []), 'id'),
                    $chain_id,
                )
            ) {
                return $codes[$i];
            }
        }
        return Js::upperCase(Js::textReceiver($chain_id, 'toUpperCase'));
    }

    public function known_currency($currency_id) {
        // The loaded currency of an HTX currency id, or undefined.
        $code = $this->safe_currency_code($currency_id);
        return $this->safe_dict($this->currencies, $code);
    }

    public function parse_transaction($transaction, $currency = null) {
        // deposit-withdraw: { id, type: 'deposit' or 'withdraw', currency, chain, tx-hash, amount, address,
        // address-tag, fee, state, created-at, updated-at }.
        $currency_id = $this->safe_string($transaction, 'currency');
        $code = $this->safe_currency_code($currency_id, $currency);
        $known = $currency !== null ? $currency : $this->known_currency($currency_id);
        $type = $this->safe_string($transaction, 'type');
        $state = $this->safe_string($transaction, 'state');
        $fee = null;
        $fee_cost = $this->safe_string($transaction, 'fee');
        if ($fee_cost !== null) {
            $fee = ['cost' => $fee_cost, 'currency' => $code];
        }
        return $this->safe_transaction(
            [
                'id' => $this->safe_string($transaction, 'id'),
                'txid' => $this->safe_string($transaction, 'tx-hash'),
                'timestamp' => $this->safe_integer($transaction, 'created-at'),
                'network' => $this->network_of_chain($this->safe_string($transaction, 'chain'), $known),
                'address' => $this->safe_string($transaction, 'address'),
                'tag' => $this->safe_string($transaction, 'address-tag'),
                'type' => $type === 'withdraw' ? 'withdrawal' : $type,
                'amount' => $this->safe_string($transaction, 'amount'),
                'currency' => $code,
                'status' => $this->safe_string(Js::get($this->options, 'transactionStates'), $state, $state),
                'updated' => $this->safe_integer($transaction, 'updated-at'),
                'fee' => $fee,
                'info' => $transaction,
            ],
            $currency,
        );
    }

    public function fetch_transfers($type, $code, $since, $limit, $params, $method) {
        // v1/query/deposit-withdraw: type 'deposit' or 'withdraw', currency, size (at most 500), from (an id).
        // It takes no time range: since filters what comes back, and until cannot be honoured.
        if ($this->safe_value($params, 'until') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr($this->id) . ' ' . Js::toStr(
                        $method,
                    ) . ' () does not support the unified param until: deposit-withdraw pages by id, not by time',
                ),
            );
        }
        $this->load_markets();
        $request = ['type' => $type];
        $currency = null;
        if ($code !== null) {
            $currency = $this->currency($code);
            $request['currency'] = Js::get($currency, 'id');
        }
        if ($limit !== null) {
            $request['size'] = Js::min($limit, 500);
        }
        $response = $this->private_get_v1_query_deposit_withdraw($this->extend($request, $params));
        return $this->parse_transactions($this->safe_list($response, 'data', []), $currency, $since, $limit);
    }

    public function fetch_deposits($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->fetch_transfers('deposit', $code, $since, $limit, $params, 'fetchDeposits');
    }

    public function fetch_withdrawals($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->fetch_transfers('withdraw', $code, $since, $limit, $params, 'fetchWithdrawals');
    }

    public function fetch_deposit_address($code, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // v2/account/deposit/address?currency: [ { currency, address, addressTag, chain } ], one a chain; the
        // one of the unified param network when given, else the first.
        $this->load_markets();
        $currency = $this->currency($code);
        $network_code = $this->safe_string($params, 'network');
        $chain = null;
        if ($network_code !== null) {
            $chain = $this->chain_of($network_code, $currency, 'fetchDepositAddress');
        }
        $response = $this->private_get_v2_account_deposit_address(
            $this->extend(['currency' => Js::get($currency, 'id')], $this->omit($params, 'network')),
        );
        $entries = $this->safe_list($response, 'data', []);
        $entry = null;
        for ($i = 0; $i < count($entries); $i++) {
            if (
                ($chain === null) || Js::strictEqual(
                    $this->safe_string(Js::get($entries, $i), 'chain'),
                    $chain,
                )
            ) {
                $entry = Js::get($entries, $i);
                break;
            }
        }
        if (($entry === null) || ($this->safe_string($entry, 'address') === null)) {
            throw new InvalidAddress(
                Js::boundedText(
                    Js::boundedText(Js::boundedText(Js::toStr($this->id) . ' fetchDepositAddress () has no ') . Js::toStr(Js::get($currency, 'code')) . ' address') . (
                        $network_code === null ? '' : Js::boundedText(' on ' . Js::toStr($network_code))
                    ),
                ),
            );
        }
        return [
            'currency' => Js::get($currency, 'code'),
            'address' => $this->safe_string($entry, 'address'),
            'tag' => $this->safe_string($entry, 'addressTag'),
            'network' => $this->network_of_chain($this->safe_string($entry, 'chain'), $currency),
            'info' => $entry,
        ];
    }

    public function withdraw($code, $amount, $address, $tag = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST v1/dw/withdraw/api/create: { address, currency, amount, chain, addr-tag } -> { data: id }. The
        // unified network code ('TRC20') is the currency's chain id ('trc20usdt').
        $this->load_markets();
        $currency = $this->currency($code);
        $request = [
            'address' => $address,
            'currency' => Js::get($currency, 'id'),
            'amount' => $this->number_to_string($amount),
        ];
        if ($tag !== null) {
            $request['addr-tag'] = $tag;
        }
        $network_code = $this->safe_string($params, 'network');
        if ($network_code !== null) {
            $request['chain'] = $this->chain_of($network_code, $currency, 'withdraw');
        }
        $response = $this->private_post_v1_dw_withdraw_api_create(
            $this->extend($request, $this->omit($params, 'network')),
        );
        return $this->safe_transaction(
            [
                'id' => $this->safe_string($response, 'data'),
                'type' => 'withdrawal',
                'address' => $address,
                'tag' => $tag,
                'amount' => Js::get($request, 'amount'),
                'currency' => Js::get($currency, 'code'),
                'network' => $network_code === null ? null : Js::upperCase(
                    Js::textReceiver($network_code, 'toUpperCase'),
                ),
                'status' => 'pending',
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
        $endpoint = Js::boundedText('/' . Js::toStr($this->implode_params($path, $params)));
        $query = $this->omit($params, $this->extract_params($path));
        $url = Js::boundedText(Js::toStr(Js::get($this->urls, 'api')) . $endpoint);
        if ($api === 'public') {
            if (count(Js::keys($query)) > 0) {
                $url .= Js::within($url, Js::within($url, '?') . Js::toStr($this->urlencode($query)));
            }
            return ['url' => $url, 'method' => $method, 'body' => $body, 'headers' => $headers];
        }
        // Signature version 2: base64 HMAC-SHA256 of "METHOD\nhost\npath\nquery", where the query holds
        // AccessKeyId, SignatureMethod, SignatureVersion and Timestamp (UTC, YYYY-MM-DDThh:mm:ss) and, for GET,
        // the request's params, sorted by name and URL-encoded. POST params go in a JSON body, unsigned.
        $this->check_required_credentials();
        $signed = [
            'AccessKeyId' => $this->apiKey,
            'SignatureMethod' => 'HmacSHA256',
            'SignatureVersion' => '2',
            'Timestamp' => $this->ymdhms($this->milliseconds(), 'T'),
        ];
        if ($method === 'POST') {
            // An empty body is written out: PHP would encode an empty dictionary as a list, '[]'.
            $body = count(Js::keys($query)) > 0 ? $this->json($query) : '{}';
            $headers = ['Content-Type' => 'application/json'];
        } else {
            $signed = $this->extend($signed, $query);
        }
        $encoded = $this->urlencode($this->keysort($signed));
        $host = Js::get(Js::split(Js::get($this->urls, 'api'), '//'), 1);
        $payload = Js::boundedText(
            Js::toStr($method) . "\n" . Js::toStr($host) . "\n" . $endpoint . "\n" . Js::toStr($encoded),
        );
        $signature = $this->hmac($this->encode($payload), $this->encode($this->secret), 'sha256', 'base64');
        $url .= Js::within(
            $url,
            Js::within($url, '?' . Js::toStr($encoded) . '&Signature=') . Js::toStr(
                $this->encode_uri_component($signature),
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
        // v1: { status: 'error', err-code, err-msg } (HTTP 200); v2: { code, message } where code 200 is
        // success. The code picks the class where the map knows it, else the message, else ExchangeError.
        if (($response === null) || Js::isArray($response) || !(Js::typeof($response) === 'object')) {
            return;
        }
        $code = null;
        $message = null;
        if ($this->safe_string($response, 'status') === 'error') {
            $code = $this->safe_string($response, 'err-code');
            $message = $this->safe_string($response, 'err-msg', '');
        } else {
            $v2code = $this->safe_string($response, 'code');
            if (($v2code === null) || ($v2code === '200')) {
                return;
            }
            $code = $v2code;
            $message = $this->safe_string($response, 'message', '');
        }
        // The URL without its query: it carries the AccessKeyId and the signature.
        $feedback = Js::boundedText(
            Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($method) . ' ') . Js::toStr(Js::get(Js::split($url, '?'), 0)) . ' ' . Js::toStr($code) . ' ' . Js::toStr(
                $message,
            ),
        );
        $this->throw_exactly_matched_exception(Js::get($this->exceptions, 'exact'), $code, $feedback);
        throw new ExchangeError($feedback);
    }
}
