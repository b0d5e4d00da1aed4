<?php

// Generated from js/bitbank.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class bitbank extends Exchange {
    public function describe() {
        return $this->deep_extend(
            parent::describe(),
            [
                'id' => 'bitbank',
                'name' => 'bitbank',
                'countries' => ['JP'],
                'version' => 'v1',
                'rateLimit' => 100,
                'has' => [
                    'fetchMarkets' => true,
                    'fetchCurrencies' => false,
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
                    'fetchClosedOrders' => false,
                    'fetchMyTrades' => true,
                    'fetchDeposits' => true,
                    'fetchWithdrawals' => true,
                    'fetchTransactions' => false,
                    'fetchLedger' => false,
                    'fetchDepositAddress' => false,
                    'withdraw' => true,
                    'fetchTime' => false,
                    'fetchStatus' => true,
                    'fetchTradingFees' => true,
                    'cancelAllOrders' => true,
                    'fetchOrderTrades' => true,
                    'fetchTradingFee' => true,
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
                        'public' => 'https://public.bitbank.cc',
                        'market' => 'https://api.bitbank.cc',
                        'private' => 'https://api.bitbank.cc',
                    ],
                    'www' => 'https://bitbank.cc',
                    'doc' => 'https://github.com/bitbankinc/bitbank-api-docs',
                    'fees' => 'https://bitbank.cc/docs/fees/',
                ],
                'api' => [
                    'public' => [
                        'get' => [
                            'tickers' => 1,
                            'tickers_jpy' => 1,
                            '{pair}/ticker' => 1,
                            '{pair}/depth' => 1,
                            '{pair}/transactions' => 1,
                            '{pair}/transactions/{yyyymmdd}' => 1,
                            '{pair}/candlestick/{candletype}/{yyyy}' => 1,
                            '{pair}/circuit_break_info' => 1,
                        ],
                    ],
                    'market' => ['get' => ['spot/status' => 1, 'spot/pairs' => 1]],
                    'private' => [
                        'get' => [
                            'user/assets' => 1,
                            'user/spot/order' => 1,
                            'user/spot/active_orders' => 1,
                            'user/spot/trade_history' => 1,
                            'user/margin/positions' => 1,
                            'user/deposit_history' => 1,
                            'user/unconfirmed_deposits' => 1,
                            'user/withdrawal_account' => 1,
                            'user/withdrawal_history' => 1,
                        ],
                        'post' => [
                            'user/spot/order' => 1.67,
                            'user/spot/cancel_order' => 1.67,
                            'user/spot/cancel_orders' => 1.67,
                            'user/spot/orders_info' => 1,
                            'user/request_withdrawal' => 1.67,
                        ],
                    ],
                ],
                'timeframes' => [
                    '1m' => '1min',
                    '5m' => '5min',
                    '15m' => '15min',
                    '30m' => '30min',
                    '1h' => '1hour',
                    '4h' => '4hour',
                    '8h' => '8hour',
                    '12h' => '12hour',
                    '1d' => '1day',
                    '1w' => '1week',
                    '1M' => '1month',
                ],
                'requiredCredentials' => ['apiKey' => true, 'secret' => true],
                'fees' => [
                    'trading' => [
                        'tierBased' => false,
                        'percentage' => true,
                        'maker' => -0.0002,
                        'taker' => 0.0012,
                    ],
                ],
                'commonCurrencies' => ['BCC' => 'BCH'],
                'options' => [
                    'timeWindow' => null,
                    'networks' => [
                        'BTC' => 'bitcoin',
                        'LTC' => 'litecoin',
                        'XRP' => 'ripple',
                        'ERC20' => 'ethereum',
                        'MONA' => 'monacoin',
                        'BCH' => 'bitcoincash',
                        'XLM' => 'stellar',
                        'QTUM' => 'qtum',
                        'XYM' => 'symbol',
                        'DOT' => 'polkadot',
                        'DOGE' => 'dogecoin',
                        'ASTR' => 'astar',
                        'ADA' => 'cardano',
                        'AVAXC' => 'avalanche',
                        'FLR' => 'flare',
                        'OAS' => 'oasys',
                        'BEP20' => 'bsc',
                        'ARBITRUM' => 'arbitrum',
                        'OPTIMISM' => 'op',
                        'POLYGON' => 'polygon',
                        'TRC20' => 'tron',
                    ],
                    'orderStatuses' => [
                        'INACTIVE' => 'open',
                        'UNFILLED' => 'open',
                        'PARTIALLY_FILLED' => 'open',
                        'FULLY_FILLED' => 'closed',
                        'CANCELED_UNFILLED' => 'canceled',
                        'CANCELED_PARTIALLY_FILLED' => 'canceled',
                        'REJECTED' => 'rejected',
                    ],
                    'transactionStatuses' => [
                        'FOUND' => 'pending',
                        'CONFIRMED' => 'pending',
                        'CONFIRMING' => 'pending',
                        'EXAMINING' => 'pending',
                        'SENDING' => 'pending',
                        'DONE' => 'ok',
                        'REJECTED' => 'failed',
                        'CANCELED' => 'canceled',
                        'CONFIRM_TIMEOUT' => 'failed',
                    ],
                    'pairStatuses' => [
                        'NORMAL' => 'ok',
                        'BUSY' => 'ok',
                        'VERY_BUSY' => 'ok',
                        'HALT' => 'maintenance',
                    ],
                ],
                'exceptions' => [
                    'exact' => [
                        '10000' => BadRequest::class,
                        '10001' => ExchangeError::class,
                        '10002' => BadRequest::class,
                        '10003' => ExchangeError::class,
                        '10005' => RequestTimeout::class,
                        '10007' => OnMaintenance::class,
                        '10008' => ExchangeNotAvailable::class,
                        '10009' => RateLimitExceeded::class,
                        '20001' => AuthenticationError::class,
                        '20002' => AuthenticationError::class,
                        '20003' => AuthenticationError::class,
                        '20004' => InvalidNonce::class,
                        '20005' => AuthenticationError::class,
                        '20011' => AuthenticationError::class,
                        '20014' => AuthenticationError::class,
                        '20018' => AuthenticationError::class,
                        '20023' => AuthenticationError::class,
                        '20024' => AuthenticationError::class,
                        '20025' => AuthenticationError::class,
                        '20026' => AuthenticationError::class,
                        '20033' => InvalidNonce::class,
                        '20034' => InvalidNonce::class,
                        '20035' => InvalidNonce::class,
                        '20036' => InvalidNonce::class,
                        '20037' => InvalidNonce::class,
                        '20038' => BadRequest::class,
                        '20039' => InvalidNonce::class,
                        '30001' => InvalidOrder::class,
                        '30006' => InvalidOrder::class,
                        '30007' => InvalidOrder::class,
                        '30009' => BadRequest::class,
                        '30012' => InvalidOrder::class,
                        '30013' => InvalidOrder::class,
                        '30015' => InvalidOrder::class,
                        '30016' => BadRequest::class,
                        '30019' => BadRequest::class,
                        '30039' => BadRequest::class,
                        '30101' => InvalidOrder::class,
                        '40001' => InvalidOrder::class,
                        '40006' => BadRequest::class,
                        '40007' => BadRequest::class,
                        '40008' => BadRequest::class,
                        '40009' => BadRequest::class,
                        '40013' => InvalidOrder::class,
                        '40014' => InvalidOrder::class,
                        '40015' => InvalidOrder::class,
                        '40017' => BadRequest::class,
                        '40020' => InvalidOrder::class,
                        '40021' => InvalidOrder::class,
                        '40022' => BadRequest::class,
                        '40024' => InvalidOrder::class,
                        '40025' => BadRequest::class,
                        '40028' => BadRequest::class,
                        '40048' => BadRequest::class,
                        '40112' => InvalidOrder::class,
                        '40113' => InvalidOrder::class,
                        '40114' => InvalidOrder::class,
                        '50003' => AccountSuspended::class,
                        '50004' => AccountSuspended::class,
                        '50005' => AccountSuspended::class,
                        '50006' => AccountSuspended::class,
                        '50008' => PermissionDenied::class,
                        '50009' => OrderNotFound::class,
                        '50010' => InvalidOrder::class,
                        '50011' => BadRequest::class,
                        '50026' => InvalidOrder::class,
                        '50027' => InvalidOrder::class,
                        '50033' => InvalidAddress::class,
                        '60001' => InsufficientFunds::class,
                        '60002' => InvalidOrder::class,
                        '60003' => InvalidOrder::class,
                        '60004' => InvalidOrder::class,
                        '60005' => InvalidOrder::class,
                        '60006' => InvalidOrder::class,
                        '60011' => InvalidOrder::class,
                        '60016' => InvalidOrder::class,
                        '60017' => BadRequest::class,
                        '70001' => ExchangeNotAvailable::class,
                        '70002' => ExchangeNotAvailable::class,
                        '70003' => ExchangeNotAvailable::class,
                        '70004' => ExchangeNotAvailable::class,
                        '70005' => ExchangeNotAvailable::class,
                        '70006' => ExchangeNotAvailable::class,
                        '70009' => InvalidOrder::class,
                        '70010' => InvalidOrder::class,
                        '70011' => ExchangeNotAvailable::class,
                        '70012' => ExchangeNotAvailable::class,
                        '70013' => ExchangeNotAvailable::class,
                        '70014' => ExchangeNotAvailable::class,
                        '70015' => ExchangeNotAvailable::class,
                        '70016' => ExchangeNotAvailable::class,
                        '70017' => ExchangeNotAvailable::class,
                        '70018' => ExchangeNotAvailable::class,
                        '70019' => CancelPending::class,
                        '70020' => InvalidOrder::class,
                        '70021' => InvalidOrder::class,
                        '70022' => InvalidOrder::class,
                        '70023' => InvalidOrder::class,
                    ],
                    'broad' => [],
                ],
            ],
        );
    }

    public function nonce() {
        // ACCESS-NONCE and ACCESS-REQUEST-TIME: UNIX time in milliseconds (rest-api.md, Authorization).
        return $this->milliseconds();
    }

    // --- responses -----------------------------------------------------------------------------------
    public function data_of($response) {
        // { "success": 1, "data": { ... } } (handleErrors has thrown for any other success).
        $data = $this->safe_dict($response, 'data');
        if ($data === null) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent an answer without its data: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        return $data;
    }

    public function list_of($response, $key) {
        // The list data[key] of an answer (requiredList: none at all is no answer the docs describe).
        return $this->required_list($this->data_of($response), $key);
    }

    // --- markets -------------------------------------------------------------------------------------
    public function pair_name($entry) {
        // The name of a spot/pairs entry ('btc_jpy'), which every use of the entry is keyed by.
        $name = $this->safe_string($entry, 'name');
        if ($name === null) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent a pair without its name: ') . Js::toStr(
                        $this->excerpt($this->json($entry)),
                    ),
                ),
            );
        }
        return $name;
    }

    public function fetch_markets($params = null) {
        if ($params === null) {
            $params = [];
        }
        // spot/pairs: { pairs: [ { name: 'btc_jpy', base_asset, quote_asset, maker_fee_rate_quote,
        // taker_fee_rate_quote, unit_amount (the minimum amount), limit_max_amount, price_digits, amount_digits,
        // is_enabled, ... } ] }. The fee rates are fractions (a maker rebate is negative).
        $response = $this->market_get_spot_pairs($params);
        $pairs = $this->list_of($response, 'pairs');
        $result = [];
        for ($i = 0; Js::less($i, Js::length($pairs)); $i++) {
            $entry = Js::get($pairs, $i);
            $id = $this->pair_name($entry);
            $parts = Js::split($id, '_');
            // The docs' example leaves quote_asset out of the entry its field table lists: the name says it.
            $base_id = $this->safe_string($entry, 'base_asset', Js::get($parts, 0));
            $quote_id = $this->safe_string($entry, 'quote_asset', Js::get($parts, count($parts) - 1));
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
                    'active' => $this->safe_bool($entry, 'is_enabled'),
                    'type' => 'spot',
                    'spot' => true,
                    'maker' => $this->safe_number($entry, 'maker_fee_rate_quote'),
                    'taker' => $this->safe_number($entry, 'taker_fee_rate_quote'),
                    'precision' => [
                        'amount' => $this->safe_integer($entry, 'amount_digits'),
                        'price' => $this->safe_integer($entry, 'price_digits'),
                    ],
                    'limits' => [
                        'amount' => [
                            'min' => $this->safe_number($entry, 'unit_amount'),
                            'max' => $this->safe_number($entry, 'limit_max_amount'),
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

    public function fetch_trading_fees($params = null) {
        if ($params === null) {
            $params = [];
        }
        // spot/pairs states each pair's maker and taker rates of the fee in the quote currency (and of one in the
        // base currency, "0" in the docs' pairs, which is not reported).
        $this->load_markets();
        $response = $this->market_get_spot_pairs($params);
        $pairs = $this->list_of($response, 'pairs');
        $result = [];
        for ($i = 0; Js::less($i, Js::length($pairs)); $i++) {
            $entry = Js::get($pairs, $i);
            $symbol = $this->safe_symbol($this->pair_name($entry), null, '_');
            Js::setKey(
                $result,
                $symbol,
                [
                    'symbol' => $symbol,
                    'maker' => $this->safe_number($entry, 'maker_fee_rate_quote'),
                    'taker' => $this->safe_number($entry, 'taker_fee_rate_quote'),
                    'info' => $entry,
                ],
            );
        }
        return $result;
    }

    public function fetch_trading_fee($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->trading_fee_of_all($symbol, $params);
    }

    public function fetch_status($params = null) {
        if ($params === null) {
            $params = [];
        }
        // spot/status: { statuses: [ { pair, status, min_amount } ] }: maintenance when every pair is halted.
        $response = $this->market_get_spot_status($params);
        $statuses = $this->list_of($response, 'statuses');
        $status = Js::greater(Js::length($statuses), 0) ? 'maintenance' : 'error';
        for ($i = 0; Js::less($i, Js::length($statuses)); $i++) {
            $pair_status = $this->safe_string(Js::get($statuses, $i), 'status');
            if ($this->safe_string(Js::get($this->options, 'pairStatuses'), $pair_status) === 'ok') {
                $status = 'ok';
            }
        }
        return ['status' => $status, 'updated' => null, 'eta' => null, 'url' => null, 'info' => $response];
    }

    // --- market data ---------------------------------------------------------------------------------
    public function parse_ticker($ticker, $market = null) {
        // { pair (tickers only), sell (the best ask), buy (the best bid), high, low, open (24 hours ago), last,
        // vol (24 hours, in the base currency), timestamp (ms) }.
        $market = $this->safe_market($this->safe_string($ticker, 'pair'), $market, '_');
        return $this->ticker_structure(
            symbol: Js::get($market, 'symbol'),
            timestamp: $this->safe_integer($ticker, 'timestamp'),
            high: $this->safe_string($ticker, 'high'),
            low: $this->safe_string($ticker, 'low'),
            bid: $this->safe_string($ticker, 'buy'),
            ask: $this->safe_string($ticker, 'sell'),
            open: $this->safe_string($ticker, 'open'),
            last: $this->safe_string($ticker, 'last'),
            base_volume: $this->safe_string($ticker, 'vol'),
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
        $response = $this->public_get_pair_ticker($this->extend(['pair' => Js::get($market, 'id')], $params));
        return $this->parse_ticker($this->data_of($response), $market);
    }

    public function fetch_tickers($symbols = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // tickers: every pair in one list, each with its pair.
        $this->load_markets();
        $response = $this->public_get_tickers($params);
        $entries = $this->safe_list($response, 'data');
        if ($entries === null) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent tickers without their list: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        return $this->parse_tickers($entries, $symbols === null ? null : $this->market_symbols($symbols));
    }

    public function market_symbols($symbols) {
        // The unified symbols of the markets asked for (BadSymbol for an unknown one).
        $result = [];
        for ($i = 0; Js::less($i, Js::length($symbols)); $i++) {
            $result[] = Js::get($this->market(Js::get($symbols, $i)), 'symbol');
        }
        return $result;
    }

    public function fetch_order_book($symbol, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // depth: { asks, bids: [ [ price, amount ] ] (200 levels a side), asks_over, bids_under, ...,
        // timestamp, sequenceId }.
        $this->load_markets();
        $market = $this->market($symbol);
        $response = $this->public_get_pair_depth($this->extend(['pair' => Js::get($market, 'id')], $params));
        $data = $this->data_of($response);
        $book = $this->parse_order_book(
            $data,
            Js::get($market, 'symbol'),
            $this->safe_integer($data, 'timestamp'),
        );
        Js::set($book, 'nonce', $this->safe_integer($data, 'sequenceId'));
        if ($limit !== null) {
            Js::set($book, 'bids', Js::slice(Js::get($book, 'bids'), 0, $limit));
            Js::set($book, 'asks', Js::slice(Js::get($book, 'asks'), 0, $limit));
        }
        return $book;
    }

    public function parse_trade($trade, $market = null) {
        // transactions: { transaction_id, side, price, amount, executed_at }. trade_history:
        // { trade_id, pair, order_id, side, type, amount, price, maker_taker, fee_amount_base,
        // fee_amount_quote, executed_at }: the fees in the base and in the quote currency (negative for a
        // rebate); a zero base fee is left out.
        $market = $this->safe_market($this->safe_string($trade, 'pair'), $market, '_');
        $fees = [];
        $quote_fee = $this->safe_string($trade, 'fee_amount_quote');
        if ($quote_fee !== null) {
            $fees[] = ['cost' => $quote_fee, 'currency' => Js::get($market, 'quote')];
        }
        $base_fee = $this->safe_string($trade, 'fee_amount_base');
        if (($base_fee !== null) && !(Precise::string_eq($base_fee, '0'))) {
            $fees[] = ['cost' => $base_fee, 'currency' => Js::get($market, 'base')];
        }
        return $this->trade_structure(
            id: $this->safe_string2($trade, 'trade_id', 'transaction_id'),
            order: $this->safe_string($trade, 'order_id'),
            symbol: Js::get($market, 'symbol'),
            timestamp: $this->safe_integer($trade, 'executed_at'),
            type: $this->parse_order_type($this->safe_string($trade, 'type')),
            side: $this->safe_string($trade, 'side'),
            taker_or_maker: $this->safe_string($trade, 'maker_taker'),
            price: $this->safe_string($trade, 'price'),
            amount: $this->safe_string($trade, 'amount'),
            fees: count($fees) > 0 ? $fees : null,
            info: $trade,
            market: $market,
        );
    }

    public function fetch_trades($symbol, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // transactions: the latest 60; transactions/{YYYYMMDD}: those of the day of since (UTC).
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['pair' => Js::get($market, 'id')];
        $response = null;
        if ($since === null) {
            $response = $this->public_get_pair_transactions($this->extend($request, $params));
        } else {
            $request['yyyymmdd'] = $this->yyyymmdd($since, '');
            $response = $this->public_get_pair_transactions_yyyymmdd($this->extend($request, $params));
        }
        return $this->parse_trades($this->list_of($response, 'transactions'), $market, $since, $limit);
    }

    public function parse_ohlcv($ohlcv, $market = null) {
        // [ open, high, low, close, volume, timestamp (ms) ].
        return [
            $this->safe_integer($ohlcv, 5),
            $this->safe_number($ohlcv, 0),
            $this->safe_number($ohlcv, 1),
            $this->safe_number($ohlcv, 2),
            $this->safe_number($ohlcv, 3),
            $this->safe_number($ohlcv, 4),
        ];
    }

    public function fetch_ohlcv($symbol, $timeframe = null, $since = null, $limit = null, $params = null) {
        if ($timeframe === null) {
            $timeframe = '1m';
        }
        if ($params === null) {
            $params = [];
        }
        // candlestick/{type}/{YYYYMMDD} for candles up to 1hour, {YYYY} for longer ones: one day (UTC) or one
        // year a request, that of since, else the current one (whose last candles limit keeps).
        if ($this->safe_value($params, 'until') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' fetchOHLCV () does not support the unified param until: bitbank lists the candles of one day or year a request, from since',
                ),
            );
        }
        $this->load_markets();
        $market = $this->market($symbol);
        $candle_type = $this->safe_string($this->timeframes, $timeframe);
        if ($candle_type === null) {
            throw new BadRequest(
                Js::boundedText(
                    Js::toStr($this->id) . ' fetchOHLCV () does not support the timeframe ' . Js::toStr(
                        $timeframe,
                    ),
                ),
            );
        }
        $date = $this->yyyymmdd($since === null ? $this->milliseconds() : $since, '');
        $daily = $this->in_array($candle_type, ['1min', '5min', '15min', '30min', '1hour']);
        $request = [
            'pair' => Js::get($market, 'id'),
            'candletype' => $candle_type,
            'yyyy' => Js::truthy($daily) ? $date : Js::slice($date, 0, 4),
        ];
        $response = $this->public_get_pair_candlestick_candletype_yyyy($this->extend($request, $params));
        $candlesticks = $this->list_of($response, 'candlestick');
        $first = $this->safe_dict($candlesticks, 0, []);
        $ohlcvs = $this->parse_ohlcvs($this->safe_list($first, 'ohlcv', []), $market, $timeframe, $since);
        return $this->filter_by_since_limit($ohlcvs, null, $limit, 0, $since === null);
    }

    // --- account -------------------------------------------------------------------------------------
    public function fetch_balance($params = null) {
        if ($params === null) {
            $params = [];
        }
        // user/assets: { assets: [ { asset, free_amount, onhand_amount (the total), locked_amount, ... } ] }.
        $this->load_markets();
        $response = $this->private_get_user_assets($params);
        $assets = $this->list_of($response, 'assets');
        $result = ['info' => $response];
        for ($i = 0; Js::less($i, Js::length($assets)); $i++) {
            $entry = Js::get($assets, $i);
            $code = $this->safe_currency_code($this->safe_string($entry, 'asset'));
            if ($code === null) {
                throw new BadResponse(
                    Js::boundedText(
                        Js::boundedText(Js::toStr($this->id) . ' sent a balance without its asset: ') . Js::toStr(
                            $this->excerpt($this->json($entry)),
                        ),
                    ),
                );
            }
            $account = $this->account();
            Js::set($account, 'free', $this->safe_string($entry, 'free_amount'));
            Js::set($account, 'used', $this->safe_string($entry, 'locked_amount'));
            Js::set($account, 'total', $this->safe_string($entry, 'onhand_amount'));
            Js::setKey($result, $code, $account);
        }
        return $this->safe_balance($result);
    }

    // --- orders --------------------------------------------------------------------------------------
    public function parse_order_type($type) {
        // limit and market; stop and stop_limit trigger a market or limit order; take_profit, stop_loss and
        // losscut (margin) close at market.
        $types = [
            'limit' => 'limit',
            'market' => 'market',
            'stop' => 'market',
            'stop_limit' => 'limit',
            'take_profit' => 'market',
            'stop_loss' => 'market',
            'losscut' => 'market',
        ];
        return $this->safe_string($types, $type);
    }

    public function parse_order($order, $market = null) {
        // { order_id, pair, side, position_side, type, start_amount, remaining_amount, executed_amount, price,
        // post_only, user_cancelable, average_price, ordered_at, expire_at, canceled_at, triggered_at,
        // trigger_price, status }.
        $market = $this->safe_market($this->safe_string($order, 'pair'), $market, '_');
        $type = $this->safe_string($order, 'type');
        $status = $this->safe_string($order, 'status');
        $post_only = $this->safe_bool($order, 'post_only');
        $trigger_price = $this->safe_string($order, 'trigger_price');
        // average_price is "0" until the order executes.
        $executed = $this->safe_string($order, 'executed_amount');
        $unfilled = Js::truthy($_value1 = $executed === null) ? $_value1 : Precise::string_eq($executed, '0');
        return $this->safe_order(
            [
                'id' => $this->safe_string($order, 'order_id'),
                'symbol' => Js::get($market, 'symbol'),
                'timestamp' => $this->safe_integer($order, 'ordered_at'),
                'lastUpdateTimestamp' => $this->safe_integer($order, 'canceled_at'),
                'status' => $this->safe_string(Js::get($this->options, 'orderStatuses'), $status, $status),
                'type' => $this->parse_order_type($type),
                'timeInForce' => $post_only === true ? 'PO' : null,
                'postOnly' => $post_only,
                'side' => $this->safe_string($order, 'side'),
                'price' => $this->safe_string($order, 'price'),
                'triggerPrice' => $trigger_price,
                'stopLossPrice' => $type === 'stop_loss' ? $trigger_price : null,
                'takeProfitPrice' => $type === 'take_profit' ? $trigger_price : null,
                'average' => $unfilled ? null : $this->safe_string($order, 'average_price'),
                'amount' => $this->safe_string($order, 'start_amount'),
                'filled' => $executed,
                'remaining' => $this->safe_string($order, 'remaining_amount'),
                'info' => $order,
            ],
            $market,
        );
    }

    public function order_id_number($id, $method) {
        // order_id is a JSON number: the id as an integer, refused unless it is one written plainly.
        $number = $this->integer_of($id);
        if (($number === null) || !Js::strictEqual($this->number_to_string($number), $id)) {
            throw new BadRequest(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($method) . ' () takes a numeric order id, not ') . Js::toStr(
                        $this->number_to_string($id),
                    ),
                ),
            );
        }
        return $number;
    }

    public function require_market($symbol, $method) {
        // The order endpoints take a pair.
        if ($symbol === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr($this->id) . ' ' . Js::toStr(
                        $method,
                    ) . ' () requires a symbol: bitbank finds orders by pair and order id',
                ),
            );
        }
        return $this->market($symbol);
    }

    public function create_order($symbol, $type, $side, $amount, $price = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST user/spot/order { pair, amount, price, side, type (limit, market, stop, stop_limit), post_only,
        // trigger_price }: amounts and prices are strings. postOnly (timeInForce PO) is post_only for a limit
        // order; triggerPrice makes a stop (market) or stop_limit order. GTC is a limit order as it is; IOC, FOK,
        // take-profit and stop-loss triggers (margin order types), reduce-only, a client order id and a size in
        // the quote currency are not documented for spot orders: NotSupported.
        $this->load_markets();
        $market = $this->market($symbol);
        [$unified, $rest] = Js::destructure($this->unified_order_params($type, $params), 2);
        $this->reject_unified_params(
            'createOrder',
            $unified,
            ['stopLossPrice', 'takeProfitPrice', 'reduceOnly', 'clientOrderId', 'cost'],
        );
        if (!($type === 'limit') && !($type === 'market')) {
            throw new InvalidOrder(
                Js::boundedText(
                    Js::toStr($this->id) . ' createOrder () type must be limit or market, not ' . Js::toStr(
                        $type,
                    ),
                ),
            );
        }
        $time_in_force = Js::get($unified, 'timeInForce');
        if (($time_in_force !== null) && !(($time_in_force === 'GTC') && ($type === 'limit'))) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr($this->id) . ' createOrder () does not support the unified param timeInForce ' . Js::toStr($time_in_force) . ' for ' . Js::toStr(
                        $type,
                    ) . ' orders: bitbank documents no time in force',
                ),
            );
        }
        if (($type === 'limit') && ($price === null)) {
            throw new ArgumentsRequired(
                Js::boundedText(Js::toStr($this->id) . ' createOrder () requires a price for a limit order'),
            );
        }
        $trigger = Js::get($unified, 'trigger');
        $order_type = $type;
        if ($trigger !== null) {
            $order_type = $type === 'limit' ? 'stop_limit' : 'stop';
        }
        $request = [
            'pair' => Js::get($market, 'id'),
            'amount' => $this->amount_to_precision($symbol, $amount),
            'side' => $side,
            'type' => $order_type,
        ];
        if ($type === 'limit') {
            $request['price'] = $this->price_to_precision($symbol, $price);
        }
        if (Js::truthy(Js::get($unified, 'postOnly'))) {
            $request['post_only'] = true;
        }
        if ($trigger !== null) {
            $request['trigger_price'] = $this->price_to_precision($symbol, $trigger);
        }
        $response = $this->private_post_user_spot_order($this->extend($request, $rest));
        return $this->parse_order($this->data_of($response), $market);
    }

    public function cancel_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST user/spot/cancel_order { pair, order_id } answers the order, with canceled_at.
        $this->load_markets();
        $market = $this->require_market($symbol, 'cancelOrder');
        $request = [
            'pair' => Js::get($market, 'id'),
            'order_id' => $this->order_id_number($id, 'cancelOrder'),
        ];
        $response = $this->private_post_user_spot_cancel_order($this->extend($request, $params));
        return $this->parse_order($this->data_of($response), $market);
    }

    public function cancel_all_orders($symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST user/spot/cancel_orders { pair, order_ids (up to 30) } answers { orders }: the pair's active
        // orders, listed first, are canceled 30 at a time.
        $this->load_markets();
        $market = $this->require_market($symbol, 'cancelAllOrders');
        $open = $this->fetch_open_orders(Js::get($market, 'symbol'));
        $result = [];
        for ($start = 0; Js::less($start, Js::length($open)); $start = Js::number($start + 30)) {
            $ids = [];
            $batch = Js::slice($open, $start, Js::number($start + 30));
            for ($i = 0; Js::less($i, Js::length($batch)); $i++) {
                $ids[] = $this->order_id_number(Js::get(Js::get($batch, $i), 'id'), 'cancelAllOrders');
            }
            $response = $this->private_post_user_spot_cancel_orders(
                $this->extend(['pair' => Js::get($market, 'id'), 'order_ids' => $ids], $params),
            );
            $result = $this->array_concat(
                $result,
                $this->parse_orders($this->list_of($response, 'orders'), $market),
            );
        }
        return $result;
    }

    public function fetch_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // GET user/spot/order?pair&order_id (orders closed more than 3 months ago answer 50009).
        $this->load_markets();
        $market = $this->require_market($symbol, 'fetchOrder');
        $request = [
            'pair' => Js::get($market, 'id'),
            'order_id' => $this->order_id_number($id, 'fetchOrder'),
        ];
        $response = $this->private_get_user_spot_order($this->extend($request, $params));
        return $this->parse_order($this->data_of($response), $market);
    }

    public function fetch_open_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // GET user/spot/active_orders { pair, count, since }: every pair's when no pair is given. Times are in
        // milliseconds (rest-api_JP.md says so of since and end; rest-api.md says "unix timestamp").
        $this->load_markets();
        $request = [];
        $market = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
            $request['pair'] = Js::get($market, 'id');
        }
        if ($limit !== null) {
            $request['count'] = $limit;
        }
        if ($since !== null) {
            $request['since'] = $since;
        }
        $response = $this->private_get_user_spot_active_orders($this->extend($request, $params));
        return $this->parse_orders($this->list_of($response, 'orders'), $market, $since, $limit);
    }

    public function list_trades($market, $order_id, $since, $limit, $params) {
        // GET user/spot/trade_history { pair, order_id, count (up to 1000), since, end (ms), order }: newest
        // first, oldest first from since; until is end.
        $until = $this->safe_integer($params, 'until');
        $rest = $this->omit($params, 'until');
        $request = [];
        if ($order_id !== null) {
            $request['order_id'] = $order_id;
        }
        if ($market !== null) {
            $request['pair'] = Js::get($market, 'id');
        }
        if ($limit !== null) {
            $request['count'] = $limit;
        }
        if ($since !== null) {
            $request['since'] = $since;
            $request['order'] = 'asc';
        }
        if ($until !== null) {
            $request['end'] = $until;
        }
        $response = $this->private_get_user_spot_trade_history($this->extend($request, $rest));
        return $this->parse_trades($this->list_of($response, 'trades'), $market, $since, $limit);
    }

    public function fetch_my_trades($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        return $this->list_trades($market, null, $since, $limit, $params);
    }

    public function fetch_order_trades($id, $symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // trade_history takes an order_id with its pair.
        $this->load_markets();
        $market = $this->require_market($symbol, 'fetchOrderTrades');
        return $this->list_trades(
            $market,
            $this->order_id_number($id, 'fetchOrderTrades'),
            $since,
            $limit,
            $params,
        );
    }

    // --- funding -------------------------------------------------------------------------------------
    public function parse_transaction($transaction, $currency = null) {
        // deposit_history: { uuid, asset, network, amount, txid, status, found_at, confirmed_at, address }.
        // withdrawal_history and request_withdrawal: { uuid, asset, account_uuid, amount, fee, label, address,
        // network, destination_tag, txid, status, requested_at, and bank fields for jpy }. The endpoint tells
        // the type (the caller adds it).
        $code = $this->safe_currency_code($this->safe_string($transaction, 'asset'), $currency);
        $status = $this->safe_string($transaction, 'status');
        $fee_cost = $this->safe_string($transaction, 'fee');
        return $this->safe_transaction(
            [
                'id' => $this->safe_string($transaction, 'uuid'),
                'txid' => $this->safe_string($transaction, 'txid'),
                'timestamp' => $this->safe_integer2($transaction, 'found_at', 'requested_at'),
                'updated' => $this->safe_integer($transaction, 'confirmed_at'),
                'network' => $this->network_code($this->safe_string($transaction, 'network')),
                'address' => $this->safe_string($transaction, 'address'),
                'tag' => $this->safe_string($transaction, 'destination_tag'),
                'amount' => $this->safe_string($transaction, 'amount'),
                'currency' => $code,
                'status' => $this->safe_string(
                    Js::get($this->options, 'transactionStatuses'),
                    $status,
                    $status,
                ),
                'fee' => $fee_cost === null ? null : ['cost' => $fee_cost, 'currency' => $code],
                'info' => $transaction,
            ],
            $currency,
        );
    }

    public function transfer_request($method, $code, $since, $limit, $params) {
        // deposit_history and withdrawal_history list one asset: { asset, count (up to 100), since, end (ms) }.
        if ($code === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr($this->id) . ' ' . Js::toStr(
                        $method,
                    ) . ' () requires a currency code: bitbank lists them per asset',
                ),
            );
        }
        $currency = $this->currency($code);
        $request = ['asset' => Js::get($currency, 'id')];
        if ($limit !== null) {
            $request['count'] = $limit;
        }
        if ($since !== null) {
            $request['since'] = $since;
        }
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            $request['end'] = $until;
        }
        return [$currency, $this->extend($request, $this->omit($params, 'until'))];
    }

    public function fetch_deposits($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        [$currency, $request] = Js::destructure(
            $this->transfer_request('fetchDeposits', $code, $since, $limit, $params),
            2,
        );
        $response = $this->private_get_user_deposit_history($request);
        return $this->parse_transactions(
            $this->list_of($response, 'deposits'),
            $currency,
            $since,
            $limit,
            ['type' => 'deposit'],
        );
    }

    public function fetch_withdrawals($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        [$currency, $request] = Js::destructure(
            $this->transfer_request('fetchWithdrawals', $code, $since, $limit, $params),
            2,
        );
        $response = $this->private_get_user_withdrawal_history($request);
        return $this->parse_transactions(
            $this->list_of($response, 'withdrawals'),
            $currency,
            $since,
            $limit,
            ['type' => 'withdrawal'],
        );
    }

    public function withdrawal_account($currency, $address, $network) {
        // request_withdrawal sends to a registered withdrawal account, by its uuid: the account of the asset
        // (user/withdrawal_account: { accounts: [ { uuid, label, network, address } ] }) with this address,
        // on this network when one is given.
        $response = $this->private_get_user_withdrawal_account(['asset' => Js::get($currency, 'id')]);
        $accounts = $this->list_of($response, 'accounts');
        $same_address = [];
        $matches = [];
        for ($i = 0; Js::less($i, Js::length($accounts)); $i++) {
            $account = Js::get($accounts, $i);
            if (!Js::strictEqual($this->safe_string($account, 'address'), $address)) {
                continue;
            }
            $same_address[] = $account;
            if (($network === null) || Js::strictEqual($this->safe_string($account, 'network'), $network)) {
                $matches[] = $account;
            }
        }
        if (count($same_address) == 0) {
            throw new InvalidAddress(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' withdraw () found no registered withdrawal account of ') . Js::toStr(Js::get($currency, 'code')) . ' with the address ' . Js::toStr(
                        $address,
                    ) . ': bitbank withdraws to accounts registered on its website only',
                ),
            );
        }
        if (count($matches) == 0) {
            throw new BadRequest(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' withdraw () found the address ' . Js::toStr($address) . ' registered on the network ') . Js::toStr($this->safe_string(Js::get($same_address, 0), 'network')) . ', not on ' . Js::toStr(
                        $network,
                    ) . ' (the unified param network)',
                ),
            );
        }
        if (count($matches) > 1) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr($this->id) . ' withdraw () found several withdrawal accounts with the address ' . Js::toStr(
                        $address,
                    ) . ': pass the unified param network',
                ),
            );
        }
        return Js::get($matches, 0);
    }

    public function withdraw($code, $amount, $address, $tag = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST user/request_withdrawal { asset, uuid (the withdrawal account), amount, otp_token, sms_token }.
        // A registered account holds its destination tag, which the API does not show: a tag cannot be checked
        // against it, so it is refused rather than ignored. otp_token and sms_token go in params.
        if ($tag !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' withdraw () does not take a tag: the registered withdrawal account holds it',
                ),
            );
        }
        $this->load_markets();
        $currency = $this->currency($code);
        $network_code = $this->safe_string($params, 'network');
        $network = $network_code === null ? null : $this->known_network_id(
            $network_code,
            $currency,
            'withdraw',
        );
        $account = $this->withdrawal_account($currency, $address, $network);
        $request = [
            'asset' => Js::get($currency, 'id'),
            'uuid' => $this->safe_string($account, 'uuid'),
            'amount' => $this->number_to_string($amount),
        ];
        $response = $this->private_post_user_request_withdrawal(
            $this->extend($request, $this->omit($params, 'network')),
        );
        return $this->extend(
            $this->parse_transaction($this->data_of($response), $currency),
            ['type' => 'withdrawal'],
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
        // GET sends its params as the query string, POST as a JSON body.
        $query = $this->omit($params, $this->extract_params($path));
        $request_path = Js::boundedText('/' . Js::toStr($this->implode_params($path, $params)));
        if (!($api === 'public')) {
            $request_path = Js::boundedText('/' . Js::toStr($this->version) . $request_path);
        }
        if (($method === 'GET') && (count(Js::keys($query)) > 0)) {
            $request_path .= Js::within(
                $request_path,
                Js::within($request_path, '?') . Js::toStr($this->urlencode($query)),
            );
        }
        $url = Js::boundedText(
            Js::toStr($this->safe_string(Js::get($this->urls, 'api'), $api)) . $request_path,
        );
        if (!($api === 'private')) {
            return ['url' => $url, 'method' => $method, 'body' => $body, 'headers' => $headers];
        }
        // ACCESS-SIGNATURE: hex HMAC-SHA256 of the nonce (or of ACCESS-REQUEST-TIME and ACCESS-TIME-WINDOW)
        // followed by the path with its query (/v1 included) for GET, by the JSON body for POST.
        $this->check_required_credentials();
        $nonce = $this->number_to_string($this->nonce());
        $headers = ['ACCESS-KEY' => $this->apiKey];
        $prefix = $nonce;
        $time_window = $this->safe_integer($this->options, 'timeWindow');
        if ($time_window === null) {
            Js::set($headers, 'ACCESS-NONCE', $nonce);
        } else {
            $window = $this->number_to_string($time_window);
            Js::set($headers, 'ACCESS-REQUEST-TIME', $nonce);
            Js::set($headers, 'ACCESS-TIME-WINDOW', $window);
            $prefix = Js::add($nonce, $window);
        }
        $payload = $request_path;
        if ($method === 'POST') {
            $body = count(Js::keys($query)) > 0 ? $this->json(
                $query,
            ) : '{}'; // (PHP writes an empty dictionary as [])
            $payload = $body;
            Js::set($headers, 'Content-Type', 'application/json');
        }
        Js::set(
            $headers,
            'ACCESS-SIGNATURE',
            $this->hmac($this->encode(Js::add($prefix, $payload)), $this->encode($this->secret), 'sha256'),
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
        // Every answer is { "success": 1, "data": ... } or { "success": 0, "data": { "code": <number> } }: the
        // code picks the error class (errors.md), an unknown one is ExchangeError. A body without success is left
        // to the HTTP status when that is an error (HTTP 429 for the rate limit), and is BadResponse otherwise.
        if (($response === null) || Js::isArray($response) || !(Js::typeof($response) === 'object')) {
            return;
        }
        $success = $this->safe_string($response, 'success');
        if ($success === '1') {
            return;
        }
        $feedback = Js::boundedText(
            Js::boundedText(Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($method) . ' ' . Js::toStr($url) . ' ') . Js::toStr($this->number_to_string($status)) . ' ') . Js::toStr(
                $this->excerpt($this->json($response)),
            ),
        );
        if ($success === null) {
            if (Js::greaterEqual($status, 400)) {
                return;
            }
            throw new BadResponse($feedback);
        }
        $code = $this->safe_string($this->safe_dict($response, 'data', []), 'code');
        if ($code !== null) {
            $this->throw_exactly_matched_exception(Js::get($this->exceptions, 'exact'), $code, $feedback);
        }
        throw new ExchangeError($feedback);
    }
}
