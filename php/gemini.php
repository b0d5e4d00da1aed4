<?php

// Generated from js/gemini.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class gemini extends Exchange {
    public function describe() {
        return $this->deep_extend(
            parent::describe(),
            [
                'id' => 'gemini',
                'name' => 'Gemini',
                'countries' => ['US'],
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
                    'fetchDepositWithdrawFees' => false,
                    'transfer' => false,
                    'createMarketBuyOrderWithCost' => false,
                ],
                'urls' => [
                    'logo' => 'https://www.gemini.com/favicon.ico',
                    'api' => 'https://api.gemini.com',
                    'www' => 'https://www.gemini.com',
                    'doc' => 'https://docs.gemini.com/rest-api/',
                    'fees' => 'https://www.gemini.com/fees/api-fee-schedule',
                ],
                'api' => [
                    'public' => [
                        'get' => [
                            'v1/symbols' => 5,
                            'v1/symbols/details/{symbol}' => 5,
                            'v1/network/{token}' => 5,
                            'v1/pubticker/{symbol}' => 5,
                            'v2/ticker/{symbol}' => 5,
                            'v1/feepromos' => 5,
                            'v1/book/{symbol}' => 5,
                            'v1/trades/{symbol}' => 5,
                            'v1/pricefeed' => 5,
                            'v2/candles/{symbol}/{time_frame}' => 5,
                            'v2/derivatives/candles/{symbol}/{time_frame}' => 5,
                            'v2/fxrate/{symbol}/{timestamp}' => 5,
                        ],
                    ],
                    'private' => [
                        'post' => [
                            'v1/order/new' => 1,
                            'v1/order/cancel' => 1,
                            'v1/order/cancel/all' => 1,
                            'v1/order/cancel/session' => 1,
                            'v1/order/status' => 1,
                            'v1/orders' => 1,
                            'v1/orders/history' => 1,
                            'v1/mytrades' => 1,
                            'v1/tradevolume' => 1,
                            'v1/notionalvolume' => 1,
                            'v1/wrap/{symbol}' => 1,
                            'v1/heartbeat' => 1,
                            'v1/balances' => 1,
                            'v1/notionalbalances/{currency}' => 1,
                            'v1/addresses/{network}' => 1,
                            'v1/deposit/{network}/newAddress' => 1,
                            'v1/transfers' => 1,
                            'v1/custodyaccountfees' => 1,
                            'v1/withdraw/{currency}/feeEstimate' => 1,
                            'v1/withdraw/{currency}' => 1,
                            'v1/payments/methods' => 1,
                            'v1/approvedAddresses/account/{network}' => 1,
                            'v1/approvedAddresses/{network}/request' => 1,
                            'v1/approvedAddresses/{network}/remove' => 1,
                            'v1/account/transfer/{currency}' => 1,
                            'v1/account' => 1,
                            'v1/account/list' => 1,
                            'v1/roles' => 1,
                        ],
                    ],
                ],
                'timeframes' => [
                    '1m' => '1m',
                    '5m' => '5m',
                    '15m' => '15m',
                    '30m' => '30m',
                    '1h' => '1hr',
                    '6h' => '6hr',
                    '1d' => '1day',
                ],
                'requiredCredentials' => ['apiKey' => true, 'secret' => true],
                'fees' => [
                    'trading' => [
                        'tierBased' => true,
                        'percentage' => true,
                        'maker' => 0.002,
                        'taker' => 0.004,
                    ],
                ],
                'precisionMode' => TICK_SIZE,
                'options' => [
                    'timeBasedNonce' => false,
                    'networks' => [
                        'BTC' => 'bitcoin',
                        'ERC20' => 'ethereum',
                        'BCH' => 'bitcoincash',
                        'LTC' => 'litecoin',
                        'ZEC' => 'zcash',
                        'FIL' => 'filecoin',
                        'DOGE' => 'dogecoin',
                        'XTZ' => 'tezos',
                        'SOL' => 'solana',
                        'DOT' => 'polkadot',
                        'AVAXC' => 'avalanche',
                        'ATOM' => 'cosmos',
                        'XRP' => 'xrpl',
                    ],
                    'defaultNetworks' => [
                        'BTC' => 'BTC',
                        'ETH' => 'ERC20',
                        'BCH' => 'BCH',
                        'LTC' => 'LTC',
                        'ZEC' => 'ZEC',
                        'FIL' => 'FIL',
                        'DOGE' => 'DOGE',
                        'XTZ' => 'XTZ',
                        'SOL' => 'SOL',
                        'DOT' => 'DOT',
                        'AVAX' => 'AVAXC',
                        'ATOM' => 'ATOM',
                        'XRP' => 'XRP',
                        'GUSD' => 'ERC20',
                        'USDC' => 'ERC20',
                        'LINK' => 'ERC20',
                        'UNI' => 'ERC20',
                        'AAVE' => 'ERC20',
                    ],
                    'timeInForceOptions' => [
                        'IOC' => 'immediate-or-cancel',
                        'FOK' => 'fill-or-kill',
                        'PO' => 'maker-or-cancel',
                    ],
                    'activeStatuses' => ['open', 'post_only', 'limit_only'],
                    'transactionStatuses' => [
                        'Complete' => 'ok',
                        'Advanced' => 'ok',
                        'Pending' => 'pending',
                        'Processing' => 'pending',
                    ],
                    'transactionTypes' => ['Deposit' => 'deposit', 'Withdrawal' => 'withdrawal'],
                ],
                'exceptions' => [
                    'exact' => [
                        'AuctionNotOpen' => InvalidOrder::class,
                        'ClientOrderIdTooLong' => InvalidOrder::class,
                        'ClientOrderIdMustBeString' => InvalidOrder::class,
                        'ConflictingOptions' => InvalidOrder::class,
                        'EndpointMismatch' => BadRequest::class,
                        'EndpointNotFound' => BadRequest::class,
                        'IneligibleTiming' => InvalidOrder::class,
                        'InsufficientFunds' => InsufficientFunds::class,
                        'InvalidJson' => BadRequest::class,
                        'InvalidNonce' => InvalidNonce::class,
                        'InvalidOrderType' => InvalidOrder::class,
                        'InvalidPrice' => InvalidOrder::class,
                        'InvalidStopPrice' => InvalidOrder::class,
                        'InvalidStopPriceSell' => InvalidOrder::class,
                        'InvalidStopPriceBuy' => InvalidOrder::class,
                        'InvalidStopPriceRatio' => InvalidOrder::class,
                        'InvalidQuantity' => InvalidOrder::class,
                        'InvalidSide' => InvalidOrder::class,
                        'InvalidSignature' => AuthenticationError::class,
                        'InvalidSymbol' => BadSymbol::class,
                        'InvalidTimestampInPayload' => BadRequest::class,
                        'InvalidAccountName' => BadRequest::class,
                        'InvalidAccountType' => BadRequest::class,
                        'Maintenance' => OnMaintenance::class,
                        'MarketNotOpen' => InvalidOrder::class,
                        'MissingApikeyHeader' => AuthenticationError::class,
                        'MissingOrderField' => InvalidOrder::class,
                        'MissingRole' => PermissionDenied::class,
                        'MissingPayloadHeader' => AuthenticationError::class,
                        'MissingPayloadKey' => BadRequest::class,
                        'MissingSignatureHeader' => AuthenticationError::class,
                        'MissingName' => BadRequest::class,
                        'MissingNonce' => InvalidNonce::class,
                        'AccountClosed' => AccountSuspended::class,
                        'NoSSL' => BadRequest::class,
                        'OptionsMustBeArray' => BadRequest::class,
                        'OrderNotFound' => OrderNotFound::class,
                        'RateLimit' => RateLimitExceeded::class,
                        'System' => ExchangeNotAvailable::class,
                        'UnsupportedOption' => InvalidOrder::class,
                    ],
                    'broad' => [],
                ],
            ],
        );
    }

    public function nonce() {
        // A nonce must grow with every request of the key; the docs recommend milliseconds. A key created
        // with "Uses a time based nonce" wants seconds within 30 s of the server's clock instead.
        if ($this->safe_bool($this->options, 'timeBasedNonce', false) === true) {
            return $this->seconds();
        }
        return $this->milliseconds();
    }

    // --- markets --------------------------------------------------------------------------------------
    public function fetch_markets($params = null) {
        if ($params === null) {
            $params = [];
        }
        // symbols: [ 'btcusd', ... ]; the details of each come from symbols/details/{symbol} (one request a
        // symbol: no endpoint gives them all). Perpetual swaps (product_type 'swap') are left out: spot only.
        $ids = $this->public_get_v1_symbols($params);
        $result = [];
        for ($i = 0; Js::less($i, Js::length($ids)); $i++) {
            $details = null;
            try {
                $details = $this->public_get_v1_symbols_details_symbol(['symbol' => Js::get($ids, $i)]);
            } catch (Uncatchable $uncatchable) {
                throw $uncatchable;
            } catch (\Throwable $e) {
                // A listed symbol whose details are refused (InvalidSymbol) is left out rather than failing
                // every market; any other error stops.
                if ($e instanceof BadSymbol) {
                    continue;
                }
                throw $e;
            }
            $product_type = $this->safe_string($details, 'product_type', 'spot');
            if ($product_type === 'spot') {
                $result[] = $this->parse_market(Js::get($ids, $i), $details);
            }
        }
        return $result;
    }

    public function parse_market($id, $details) {
        // details: { symbol: 'BTCUSD', base_currency, quote_currency, tick_size (the amount step),
        // quote_increment (the price step), min_order_size, status, wrap_enabled, product_type, ... }.
        $base_id = $this->safe_string($details, 'base_currency');
        $quote_id = $this->safe_string($details, 'quote_currency');
        $base = $this->safe_currency_code($base_id);
        $quote = $this->safe_currency_code($quote_id);
        $status = $this->safe_string($details, 'status');
        return $this->safe_market_structure(
            [
                'id' => $id,
                'symbol' => Js::boundedText(Js::toStr($base) . '/' . Js::toStr($quote)),
                'base' => $base,
                'quote' => $quote,
                'baseId' => $base_id,
                'quoteId' => $quote_id,
                'active' => $status === null ? null : $this->in_array(
                    $status,
                    Js::get($this->options, 'activeStatuses'),
                ),
                'type' => 'spot',
                'spot' => true,
                'taker' => Js::get(Js::get($this->fees, 'trading'), 'taker'),
                'maker' => Js::get(Js::get($this->fees, 'trading'), 'maker'),
                'precision' => [
                    'amount' => $this->safe_number($details, 'tick_size'),
                    'price' => $this->safe_number($details, 'quote_increment'),
                ],
                'limits' => [
                    'amount' => ['min' => $this->safe_number($details, 'min_order_size'), 'max' => null],
                    'price' => ['min' => null, 'max' => null],
                    'cost' => ['min' => null, 'max' => null],
                ],
                'info' => $details,
            ],
        );
    }

    public function gemini_market($market_id, $market = null) {
        // Responses name markets 'btcusd' or 'BTCUSD'; the market ids are the lowercase ones of symbols.
        $id = $market_id === null ? null : Js::lowerCase(Js::textReceiver($market_id, 'toLowerCase'));
        return $this->safe_market($id, $market);
    }

    // --- market data ----------------------------------------------------------------------------------
    public function parse_ticker($ticker, $market = null) {
        // The merge of v2 ticker { symbol, open, high, low, close, changes, bid, ask } and v1 pubticker
        // { bid, ask, last, volume: { BTC, USD, timestamp } }, or a pricefeed entry { pair, price,
        // percentChange24h (a fraction) }.
        $market = $this->gemini_market($this->safe_string2($ticker, 'symbol', 'pair'), $market);
        $volume = $this->safe_dict($ticker, 'volume', []);
        $change = $this->safe_string($ticker, 'percentChange24h');
        $last = $this->safe_string2($ticker, 'last', 'price', $this->safe_string($ticker, 'close'));
        return $this->ticker_structure(
            symbol: Js::get($market, 'symbol'),
            timestamp: $this->safe_integer($volume, 'timestamp'),
            high: $this->safe_string($ticker, 'high'),
            low: $this->safe_string($ticker, 'low'),
            bid: $this->safe_string($ticker, 'bid'),
            ask: $this->safe_string($ticker, 'ask'),
            open: $this->safe_string($ticker, 'open'),
            last: $last,
            percentage: $change === null ? null : Precise::string_mul($change, '100'),
            base_volume: $this->safe_string($volume, Js::get($market, 'baseId')),
            quote_volume: $this->safe_string($volume, Js::get($market, 'quoteId')),
            info: $ticker,
            market: $market,
        );
    }

    public function fetch_ticker($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // v2 ticker has the 24 h open, high and low but no volume; v1 pubticker the last price and the
        // volumes: both are asked and merged.
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['symbol' => Js::get($market, 'id')];
        $statistics = $this->public_get_v2_ticker_symbol($this->extend($request, $params));
        $latest = $this->public_get_v1_pubticker_symbol($this->extend($request, $params));
        $merged = $this->extend($statistics, $latest);
        return $this->parse_ticker($merged, $market);
    }

    public function fetch_tickers($symbols = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // pricefeed: the last price and 24 h change of every pair, in one request; percentChange24h is read as
        // a fraction (0.0523 is 5.23 %).
        $this->load_markets();
        $response = $this->public_get_v1_pricefeed($params);
        // The feed lists every instrument, perpetual swaps too: only the loaded (spot) markets are kept.
        $listed = [];
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            $pair = $this->safe_string_lower(Js::get($response, $i), 'pair');
            if (($pair !== null) && ($this->safe_value($this->marketsById, $pair) !== null)) {
                $listed[] = Js::get($response, $i);
            }
        }
        return $this->parse_tickers($listed, $symbols);
    }

    public function fetch_order_book($symbol, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // book: { bids: [ { price, amount, timestamp } ], asks: [ ... ] }; limit_bids and limit_asks cap the
        // levels (0 for the whole book).
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['symbol' => Js::get($market, 'id')];
        if ($limit !== null) {
            $request['limit_bids'] = $limit;
            $request['limit_asks'] = $limit;
        }
        $response = $this->public_get_v1_book_symbol($this->extend($request, $params));
        return $this->parse_order_book(
            $response,
            Js::get($market, 'symbol'),
            null,
            'bids',
            'asks',
            'price',
            'amount',
        );
    }

    public function parse_ohlcv($ohlcv, $market = null) {
        // [ time (ms), open, high, low, close, volume ].
        return [
            $this->safe_integer($ohlcv, 0),
            $this->safe_number($ohlcv, 1),
            $this->safe_number($ohlcv, 2),
            $this->safe_number($ohlcv, 3),
            $this->safe_number($ohlcv, 4),
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
        // v2 candles/{symbol}/{time_frame}: the recent candles, newest first, without range parameters:
        // since and limit filter them here; an end (until) cannot be asked for.
        $this->load_markets();
        if ($this->safe_value($params, 'until') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' fetchOHLCV () does not support the unified param until: candles takes no time range',
                ),
            );
        }
        $market = $this->market($symbol);
        $frame = $this->safe_string($this->timeframes, $timeframe);
        if ($frame === null) {
            throw new BadRequest(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' fetchOHLCV () does not support the timeframe ' . Js::toStr($timeframe) . ': one of ') . Js::join(
                        Js::keys($this->timeframes),
                        ', ',
                    ),
                ),
            );
        }
        $request = ['symbol' => Js::get($market, 'id'), 'time_frame' => $frame];
        $response = $this->public_get_v2_candles_symbol_time_frame($this->extend($request, $params));
        $candles = $this->parse_ohlcvs($response, $market, $timeframe, $since);
        // A limit without since wants the latest candles, from since the first ones after it.
        return $this->filter_by_since_limit($candles, $since, $limit, 0, $since === null);
    }

    public function parse_trade($trade, $market = null) {
        // Public trades: { timestamp, timestampms, tid, price, amount, exchange, type: the taker's side
        // ('buy' or 'sell'; 'auction' and 'block' have none) }. The account's trades (mytrades, order
        // status with include_trades): { price, amount, timestamp, timestampms, type: its own side ('Buy'
        // or 'Sell'), aggressor (taker), fee_currency, fee_amount, tid, order_id, symbol, client_order_id }.
        $market = $this->gemini_market($this->safe_string($trade, 'symbol'), $market);
        $side = $this->safe_string_lower($trade, 'type');
        $aggressor = $this->safe_bool($trade, 'aggressor');
        $taker_or_maker = null;
        if ($aggressor !== null) {
            $taker_or_maker = $aggressor ? 'taker' : 'maker';
        }
        $fee = null;
        $fee_cost = $this->safe_string($trade, 'fee_amount');
        if ($fee_cost !== null) {
            $fee = [
                'cost' => $fee_cost,
                'currency' => $this->safe_currency_code($this->safe_string($trade, 'fee_currency')),
            ];
        }
        return $this->trade_structure(
            id: $this->safe_string($trade, 'tid'),
            order: $this->safe_string($trade, 'order_id'),
            symbol: Js::get($market, 'symbol'),
            timestamp: $this->safe_integer($trade, 'timestampms'),
            side: ($side === 'buy') || ($side === 'sell') ? $side : null,
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
        // trades/{symbol}: timestamp (trades after it, ms), limit_trades (default 50, at most 500); newest
        // first.
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['symbol' => Js::get($market, 'id')];
        if ($since !== null) {
            $request['timestamp'] = $since;
        }
        if ($limit !== null) {
            $request['limit_trades'] = Js::min($limit, 500);
        }
        $response = $this->public_get_v1_trades_symbol($this->extend($request, $params));
        return $this->parse_trades($response, $market, $since, $limit);
    }

    // --- account --------------------------------------------------------------------------------------
    public function fetch_balance($params = null) {
        if ($params === null) {
            $params = [];
        }
        // balances: [ { type: 'exchange', currency, amount (total), available, availableForWithdrawal } ].
        $this->load_markets();
        $response = $this->private_post_v1_balances($params);
        $result = ['info' => $response];
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            $entry = Js::get($response, $i);
            $code = $this->safe_currency_code($this->safe_string($entry, 'currency'));
            $account = $this->account();
            Js::set($account, 'free', $this->safe_string($entry, 'available'));
            Js::set($account, 'total', $this->safe_string($entry, 'amount'));
            Js::setKey($result, $code, $account);
        }
        return $this->safe_balance($result);
    }

    public function fetch_trading_fees($params = null) {
        if ($params === null) {
            $params = [];
        }
        // notionalvolume: the account's fee rates in basis points, the same for every market; orders sent
        // through the API pay api_maker_fee_bps and api_taker_fee_bps.
        $this->load_markets();
        $response = $this->private_post_v1_notionalvolume($params);
        $maker = Precise::string_div($this->safe_string($response, 'api_maker_fee_bps'), '10000');
        $taker = Precise::string_div($this->safe_string($response, 'api_taker_fee_bps'), '10000');
        $result = [];
        for ($i = 0; Js::less($i, Js::length($this->symbols)); $i++) {
            $symbol = Js::get($this->symbols, $i);
            Js::setKey(
                $result,
                $symbol,
                [
                    'symbol' => $symbol,
                    'maker' => $this->parse_number($maker),
                    'taker' => $this->parse_number($taker),
                    'info' => $response,
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

    // --- orders ---------------------------------------------------------------------------------------
    public function parse_order_status($order) {
        // is_live: on the book (or a stop waiting); is_cancelled: canceled (partly filled or not); else filled.
        if ($this->safe_bool($order, 'is_live') === true) {
            return 'open';
        }
        if ($this->safe_bool($order, 'is_cancelled') === true) {
            return 'canceled';
        }
        if ($this->safe_bool($order, 'is_live') === false) {
            return 'closed';
        }
        return null;
    }

    public function parse_order_type($type) {
        // 'exchange limit', 'exchange stop limit', 'stop-limit', 'auction-only exchange limit' are limit
        // orders; 'market buy' and 'market sell' the web's market orders.
        if ($type === null) {
            return null;
        }
        if (Js::indexOf($type, 'market') >= 0) {
            return 'market';
        }
        return 'limit';
    }

    public function parse_time_in_force($options) {
        // The order execution options: one of maker-or-cancel, immediate-or-cancel, fill-or-kill; none is
        // good till canceled.
        if (Js::truthy($this->in_array('maker-or-cancel', $options))) {
            return 'PO';
        }
        if (Js::truthy($this->in_array('immediate-or-cancel', $options))) {
            return 'IOC';
        }
        if (Js::truthy($this->in_array('fill-or-kill', $options))) {
            return 'FOK';
        }
        return 'GTC';
    }

    public function parse_order($order, $market = null) {
        // order status: { order_id, id, symbol, exchange, avg_execution_price, side, type, timestamp,
        // timestampms, is_live, is_cancelled, is_hidden, was_forced, executed_amount, remaining_amount,
        // client_order_id, options, price, original_amount, stop_price, trades (with include_trades) }.
        $market = $this->gemini_market($this->safe_string($order, 'symbol'), $market);
        $type = $this->parse_order_type($this->safe_string($order, 'type'));
        $options = $this->safe_list($order, 'options', []);
        $time_in_force = $type === 'limit' ? $this->parse_time_in_force($options) : null;
        $filled = $this->safe_string($order, 'executed_amount');
        $average = Precise::string_gt($filled, '0') ? $this->safe_string(
            $order,
            'avg_execution_price',
        ) : null;
        $raw_trades = $this->safe_list($order, 'trades', []);
        $trades = [];
        for ($i = 0; $i < count($raw_trades); $i++) {
            $trades[] = $this->parse_trade(Js::get($raw_trades, $i), $market);
        }
        return $this->safe_order(
            [
                'id' => $this->safe_string2($order, 'order_id', 'id'),
                'clientOrderId' => $this->safe_string($order, 'client_order_id'),
                'symbol' => Js::get($market, 'symbol'),
                'timestamp' => $this->safe_integer($order, 'timestampms'),
                'status' => $this->parse_order_status($order),
                'type' => $type,
                'timeInForce' => $time_in_force,
                'postOnly' => $time_in_force === null ? null : ($time_in_force === 'PO'),
                'side' => $this->safe_string_lower($order, 'side'),
                'price' => $this->safe_string($order, 'price'),
                'triggerPrice' => $this->safe_string($order, 'stop_price'),
                'average' => $average,
                'amount' => $this->safe_string($order, 'original_amount'),
                'filled' => $filled,
                'remaining' => $this->safe_string($order, 'remaining_amount'),
                'trades' => $trades,
                'info' => $order,
            ],
            $market,
        );
    }

    public function order_options($unified, $is_stop) {
        // The unified postOnly and timeInForce as Gemini's order execution options (a list of at most one).
        $name = null;
        if (Js::truthy(Js::get($unified, 'postOnly'))) {
            $name = 'PO';
        } elseif (
            (Js::get($unified, 'timeInForce') !== null) && !(Js::get($unified, 'timeInForce') === 'GTC')
        ) {
            $name = Js::get($unified, 'timeInForce');
        }
        if ($name === null) {
            return null;
        }
        if (Js::truthy($is_stop)) {
            // Stop-limit orders take no execution options.
            throw new InvalidOrder(
                Js::boundedText(
                    Js::toStr($this->id) . ' createOrder () a stop order (triggerPrice or stopLossPrice) cannot be combined with postOnly or timeInForce ' . Js::toStr(
                        $name,
                    ),
                ),
            );
        }
        return [$this->safe_string(Js::get($this->options, 'timeInForceOptions'), $name)];
    }

    public function create_order($symbol, $type, $side, $amount, $price = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST order/new: { client_order_id, symbol, amount, price, side, type: 'exchange limit' or
        // 'exchange stop limit' (with stop_price), options: [ one execution option ] }. The API has limit
        // orders only: a 'market' order is rejected (NotSupported), as is cost, which sizes market orders.
        // A stop-limit buy triggers when the price rises to stop_price, a sell when it falls to it: that is
        // triggerPrice, and stopLossPrice of either side; a take profit (the other direction) cannot be
        // placed. Spot has no reduceOnly.
        $this->load_markets();
        $market = $this->market($symbol);
        if ($type === 'market') {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' createOrder () does not support market orders: the API places limit orders only (an immediate-or-cancel limit order at a marketable price is the documented alternative)',
                ),
            );
        }
        if (!($type === 'limit')) {
            throw new InvalidOrder(
                Js::boundedText(
                    Js::toStr($this->id) . ' createOrder () type must be limit, not ' . Js::toStr($type),
                ),
            );
        }
        [$unified, $rest] = Js::destructure($this->unified_order_params($type, $params), 2);
        $this->reject_unified_params('createOrder', $unified, ['reduceOnly', 'takeProfitPrice', 'cost']);
        if ($price === null) {
            throw new ArgumentsRequired(
                Js::boundedText(Js::toStr($this->id) . ' createOrder () requires a price for a limit order'),
            );
        }
        $trigger = Js::get($unified, 'trigger');
        $is_stop = $trigger !== null;
        $request = [
            'symbol' => Js::get($market, 'id'),
            'amount' => $this->amount_to_precision($symbol, $amount),
            'price' => $this->price_to_precision($symbol, $price),
            'side' => $side,
            'type' => $is_stop ? 'exchange stop limit' : 'exchange limit',
        ];
        if (Js::get($unified, 'clientOrderId') !== null) {
            $request['client_order_id'] = Js::get($unified, 'clientOrderId');
        }
        if ($is_stop) {
            $request['stop_price'] = $this->price_to_precision($symbol, $trigger);
        }
        $options = $this->order_options($unified, $is_stop);
        if ($options !== null) {
            $request['options'] = $options;
        }
        $response = $this->private_post_v1_order_new($this->extend($request, $rest));
        return $this->parse_order($response, $market);
    }

    public function order_id_request($id, $params) {
        // order_id is an integer in the payload; a client order id goes by client_order_id instead.
        $client_order_id = $this->safe_string($params, 'clientOrderId');
        $rest = $this->omit($params, 'clientOrderId');
        if ($client_order_id !== null) {
            return $this->extend(['client_order_id' => $client_order_id], $rest);
        }
        if ($id === null) {
            throw new ArgumentsRequired(
                Js::boundedText(Js::toStr($this->id) . ' needs an order id (or params.clientOrderId)'),
            );
        }
        return $this->extend(['order_id' => $this->order_id_number($id)], $rest);
    }

    public function order_id_number($id) {
        // Gemini's order ids are whole numbers, sent as JSON numbers.
        $text = $this->string_of($id);
        if (
            ($text === null) || !($this->is_decimal_string($text)) || (Js::indexOf($text, '.') >= 0) || (
                Js::indexOf($text, '-') >= 0
            )
        ) {
            throw new BadRequest(
                Js::boundedText(
                    Js::toStr($this->id) . ' order ids are whole numbers, not ' . Js::toStr($text),
                ),
            );
        }
        return Js::parseInt($text);
    }

    public function cancel_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST order/cancel { order_id }: the order's status, is_cancelled true.
        $this->load_markets();
        $market = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
        }
        $response = $this->private_post_v1_order_cancel(
            $this->extend(['order_id' => $this->order_id_number($id)], $params),
        );
        return $this->parse_order($response, $market);
    }

    public function cancel_all_orders($symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST order/cancel/all (every session's orders; order/cancel/session with params.session true):
        // { result: 'ok', details: { cancelledOrders: [ ids ], cancelRejects: [ ids ] } }. Neither takes a
        // symbol, so one cannot be honoured.
        if ($symbol !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' cancelAllOrders () cancels the orders of every market: it takes no symbol',
                ),
            );
        }
        $session = $this->safe_bool($params, 'session', false) === true;
        $query = $this->omit($params, 'session');
        $response = null;
        if ($session) {
            $response = $this->private_post_v1_order_cancel_session($query);
        } else {
            $response = $this->private_post_v1_order_cancel_all($query);
        }
        $details = $this->safe_dict($response, 'details', []);
        $ids = $this->safe_list($details, 'cancelledOrders', []);
        $result = [];
        for ($i = 0; $i < count($ids); $i++) {
            $result[] = $this->safe_order(
                ['id' => $this->string_of(Js::get($ids, $i)), 'status' => 'canceled', 'info' => $response],
            );
        }
        return $result;
    }

    public function fetch_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST order/status { order_id } (or client_order_id with params.clientOrderId).
        $this->load_markets();
        $market = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
        }
        $response = $this->private_post_v1_order_status($this->order_id_request($id, $params));
        return $this->parse_order($this->order_of($response), $market);
    }

    public function order_of($response) {
        // By client_order_id the answer is a list of the orders with that id; by order_id the order itself.
        if (Js::isArray($response)) {
            return $this->safe_dict($response, 0, []);
        }
        return $response;
    }

    public function fetch_order_trades($id, $symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST order/status with include_trades: the order's trades list.
        $this->load_markets();
        $market = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
        }
        $request = $this->extend($this->order_id_request($id, $params), ['include_trades' => true]);
        $response = $this->private_post_v1_order_status($request);
        $order = $this->order_of($response);
        $market = $this->gemini_market($this->safe_string($order, 'symbol'), $market);
        return $this->parse_trades($this->safe_list($order, 'trades', []), $market, $since, $limit);
    }

    public function fetch_open_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST orders: every live order of the account; symbol, since and limit filter them.
        $this->load_markets();
        $market = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
        }
        $response = $this->private_post_v1_orders($params);
        return $this->parse_orders($response, $market, $since, $limit);
    }

    public function reject_until($method, $params) {
        // The history endpoints take a start (timestamp) and a count but no end.
        if ($this->safe_value($params, 'until') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr($this->id) . ' ' . Js::toStr(
                        $method,
                    ) . ' () does not support the unified param until: the endpoint takes a start (since) only',
                ),
            );
        }
    }

    public function fetch_closed_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST orders/history: symbol, timestamp (the start, ms), limit_orders (at most 500); newest first.
        $this->reject_until('fetchClosedOrders', $params);
        $this->load_markets();
        $request = [];
        $market = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
            $request['symbol'] = Js::get($market, 'id');
        }
        if ($since !== null) {
            $request['timestamp'] = $since;
        }
        if ($limit !== null) {
            $request['limit_orders'] = Js::min($limit, 500);
        }
        $response = $this->private_post_v1_orders_history($this->extend($request, $params));
        return $this->parse_orders($response, $market, $since, $limit);
    }

    public function fetch_my_trades($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST mytrades: symbol (required), timestamp (the start, ms), limit_trades (at most 500).
        if ($symbol === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr($this->id) . ' fetchMyTrades () requires a symbol: mytrades lists one market',
                ),
            );
        }
        $this->reject_until('fetchMyTrades', $params);
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['symbol' => Js::get($market, 'id')];
        if ($since !== null) {
            $request['timestamp'] = $since;
        }
        if ($limit !== null) {
            $request['limit_trades'] = Js::min($limit, 500);
        }
        $response = $this->private_post_v1_mytrades($this->extend($request, $params));
        return $this->parse_trades($response, $market, $since, $limit);
    }

    // --- funding --------------------------------------------------------------------------------------
    public function parse_transaction($transaction, $currency = null) {
        // transfers: { type: 'Deposit' or 'Withdrawal', status, timestampms, eid, advanceEid, currency, amount,
        // feeAmount, feeCurrency (a withdrawal's fee), method, txHash, destination, outputIdx, purpose };
        // withdraw's answer: { address, amount, withdrawalId, message } (txHash for some currencies).
        $code = $this->safe_currency_code($this->safe_string($transaction, 'currency'), $currency);
        $type = $this->safe_string(
            Js::get($this->options, 'transactionTypes'),
            $this->safe_string($transaction, 'type'),
        );
        $status = $this->safe_string($transaction, 'status');
        $fee = null;
        $fee_cost = $this->safe_string($transaction, 'feeAmount');
        if ($fee_cost !== null) {
            $fee_currency_id = $this->safe_string($transaction, 'feeCurrency');
            $fee = [
                'cost' => $fee_cost,
                'currency' => $fee_currency_id === null ? $code : $this->safe_currency_code($fee_currency_id),
            ];
        }
        return $this->safe_transaction(
            [
                'id' => $this->safe_string2($transaction, 'eid', 'withdrawalId'),
                'txid' => $this->safe_string($transaction, 'txHash'),
                'timestamp' => $this->safe_integer($transaction, 'timestampms'),
                'address' => $this->safe_string2($transaction, 'destination', 'address'),
                'type' => $type,
                'amount' => $this->safe_string($transaction, 'amount'),
                'currency' => $code,
                'status' => $this->safe_string(Js::get($this->options, 'transactionStatuses'), $status),
                'fee' => $fee,
                'info' => $transaction,
            ],
            $currency,
        );
    }

    public function fetch_transfers_of($type, $code, $since, $limit, $params) {
        // POST transfers: currency, timestamp (the start, ms), limit_transfers (at most 50); deposits and
        // withdrawals in one list, newest first.
        $this->load_markets();
        $request = [];
        $currency = null;
        if ($code !== null) {
            $currency = $this->currency($code);
            $request['currency'] = Js::get($currency, 'id');
        }
        if ($since !== null) {
            $request['timestamp'] = $since;
        }
        if ($limit !== null) {
            $request['limit_transfers'] = Js::min($limit, 50);
        }
        $response = $this->private_post_v1_transfers($this->extend($request, $params));
        $rows = [];
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            if (
                $this->safe_string(
                    Js::get($this->options, 'transactionTypes'),
                    $this->safe_string(Js::get($response, $i), 'type'),
                ) !== null
            ) {
                $rows[] = Js::get($response, $i);
            }
        }
        $transactions = $this->parse_transactions($rows, $currency, $since);
        $result = $type === null ? $transactions : $this->filter_by($transactions, 'type', $type);
        return $this->filter_by_since_limit($result, $since, $limit);
    }

    public function fetch_deposits($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->reject_until('fetchDeposits', $params);
        return $this->fetch_transfers_of('deposit', $code, $since, $limit, $params);
    }

    public function fetch_withdrawals($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->reject_until('fetchWithdrawals', $params);
        return $this->fetch_transfers_of('withdrawal', $code, $since, $limit, $params);
    }

    public function fetch_transactions($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->fetch_transfers_of(null, $code, $since, $limit, $params);
    }

    public function deposit_network($currency, $params, $method) {
        // [ unified network code, Gemini's network name ]: params.network, else the currency's default
        // network; an unknown code is rejected rather than sent as it is.
        $network_code = $this->safe_string_upper($params, 'network');
        if ($network_code === null) {
            $network_code = $this->safe_string(
                Js::get($this->options, 'defaultNetworks'),
                Js::get($currency, 'code'),
            );
            if ($network_code === null) {
                throw new ArgumentsRequired(
                    Js::boundedText(
                        Js::boundedText(Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($method) . ' () requires the unified param network for ') . Js::toStr(Js::get($currency, 'code')) . ': one of ') . Js::join(
                            Js::keys(Js::get($this->options, 'networks')),
                            ', ',
                        ),
                    ),
                );
            }
        }
        $network_id = $this->safe_string(Js::get($this->options, 'networks'), $network_code);
        if ($network_id === null) {
            throw new BadRequest(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($method) . ' () knows no network ' . Js::toStr($network_code) . ' (the unified param network): one of ') . Js::join(
                        Js::keys(Js::get($this->options, 'networks')),
                        ', ',
                    ),
                ),
            );
        }
        return [$network_code, $network_id];
    }

    public function fetch_deposit_address($code, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST addresses/{network}: [ { address, timestamp, label, memo } ], the account's addresses on that
        // network (newest first); the first is returned.
        $this->load_markets();
        $currency = $this->currency($code);
        [$network_code, $network_id] = Js::destructure(
            $this->deposit_network($currency, $params, 'fetchDepositAddress'),
            2,
        );
        $response = $this->private_post_v1_addresses_network(
            $this->extend(['network' => $network_id], $this->omit($params, 'network')),
        );
        $entry = $this->safe_dict($response, 0);
        if ($entry === null) {
            throw new InvalidAddress(
                Js::boundedText(
                    Js::toStr($this->id) . ' has no deposit address on ' . Js::toStr(
                        $network_id,
                    ) . ': createDepositAddress () makes one',
                ),
            );
        }
        return $this->parse_deposit_address($entry, $currency, $network_code);
    }

    public function fetch_deposit_addresses($codes = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST addresses/{network} for each currency's network (one request a currency): every address of
        // the account on it. The addresses are listed per network, not per currency, so the currencies are
        // required.
        if ($codes === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' fetchDepositAddresses () requires the currency codes: addresses are listed per network',
                ),
            );
        }
        $this->load_markets();
        $result = [];
        for ($i = 0; Js::less($i, Js::length($codes)); $i++) {
            $currency = $this->currency(Js::get($codes, $i));
            [$network_code, $network_id] = Js::destructure(
                $this->deposit_network($currency, $params, 'fetchDepositAddresses'),
                2,
            );
            $response = $this->private_post_v1_addresses_network(
                $this->extend(['network' => $network_id], $this->omit($params, 'network')),
            );
            for ($j = 0; Js::less($j, Js::length($response)); $j++) {
                $result[] = $this->parse_deposit_address(Js::get($response, $j), $currency, $network_code);
            }
        }
        return $result;
    }

    public function parse_deposit_address($entry, $currency, $network_code) {
        return [
            'currency' => Js::get($currency, 'code'),
            'address' => $this->safe_string($entry, 'address'),
            'tag' => $this->safe_string($entry, 'memo'),
            'network' => $network_code,
            'info' => $entry,
        ];
    }

    public function create_deposit_address($code, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST deposit/{network}/newAddress { label }: { network, address, label }.
        $this->load_markets();
        $currency = $this->currency($code);
        [$network_code, $network_id] = Js::destructure(
            $this->deposit_network($currency, $params, 'createDepositAddress'),
            2,
        );
        $response = $this->private_post_v1_deposit_network_new_address(
            $this->extend(['network' => $network_id], $this->omit($params, 'network')),
        );
        return $this->parse_deposit_address($response, $currency, $network_code);
    }

    public function withdraw($code, $amount, $address, $tag = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST withdraw/{currency} { address, amount, memo }: { address, amount, withdrawalId, message }. The
        // currency decides the network: a unified network other than the currency's own is rejected.
        $this->load_markets();
        $currency = $this->currency($code);
        $network_code = null;
        if ($this->safe_value($params, 'network') !== null) {
            [$requested, $network_id] = Js::destructure(
                $this->deposit_network($currency, $params, 'withdraw'),
                2,
            );
            $native = $this->safe_string(
                Js::get($this->options, 'defaultNetworks'),
                Js::get($currency, 'code'),
            );
            if (!Js::strictEqual($requested, $native)) {
                throw new NotSupported(
                    Js::boundedText(
                        Js::boundedText(Js::toStr($this->id) . ' withdraw () sends ') . Js::toStr(Js::get($currency, 'code')) . ' on its own network only: the unified param network ' . Js::toStr($requested) . ' (' . Js::toStr(
                            $network_id,
                        ) . ') cannot be chosen',
                    ),
                );
            }
            $network_code = $requested;
        }
        $request = [
            'currency' => Js::lowerCase(Js::textReceiver(Js::get($currency, 'id'), 'toLowerCase')),
            'address' => $address,
            'amount' => $this->number_to_string($amount),
        ];
        if ($tag !== null) {
            $request['memo'] = $tag;
        }
        $response = $this->private_post_v1_withdraw_currency(
            $this->extend($request, $this->omit($params, 'network')),
        );
        $transaction = $this->parse_transaction($response, $currency);
        Js::set($transaction, 'type', 'withdrawal');
        Js::set($transaction, 'tag', $tag);
        Js::set($transaction, 'network', $network_code);
        Js::set($transaction, 'status', 'pending');
        return $transaction;
    }

    // --- transport ------------------------------------------------------------------------------------
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
        // Private: POST with an empty body; the JSON payload { request: the path, nonce, ...params } goes
        // base64-encoded in X-GEMINI-PAYLOAD, and X-GEMINI-SIGNATURE is the hex HMAC-SHA384 of that base64
        // text keyed with the secret.
        $this->check_required_credentials();
        $payload = $this->extend(['request' => $endpoint, 'nonce' => $this->nonce()], $query);
        $encoded = $this->string_to_base64($this->json($payload));
        $signature = $this->hmac($this->encode($encoded), $this->encode($this->secret), 'sha384', 'hex');
        $headers = [
            'Content-Type' => 'text/plain',
            'X-GEMINI-APIKEY' => $this->apiKey,
            'X-GEMINI-PAYLOAD' => $encoded,
            'X-GEMINI-SIGNATURE' => $signature,
            'Cache-Control' => 'no-cache',
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
        // { result: 'error', reason, message } with HTTP 400 (malformed, market not open), 403 (missing
        // role), 404 (unknown endpoint, order not found), 406 (insufficient funds), 429 (rate limit), 500,
        // 502 or 503 (maintenance): the reason picks the class.
        if (($response === null) || Js::isArray($response) || !(Js::typeof($response) === 'object')) {
            return;
        }
        if (!($this->safe_string($response, 'result') === 'error')) {
            return;
        }
        $error_reason = $this->safe_string($response, 'reason');
        $message = $this->safe_string($response, 'message', '');
        $feedback = Js::boundedText(
            Js::toStr($this->id) . ' ' . Js::toStr($method) . ' ' . Js::toStr($url) . ' ' . Js::toStr(
                $error_reason,
            ) . ' ' . $message,
        );
        $this->throw_exactly_matched_exception(Js::get($this->exceptions, 'exact'), $error_reason, $feedback);
        $this->throw_broadly_matched_exception(Js::get($this->exceptions, 'broad'), $message, $feedback);
        throw new ExchangeError($feedback);
    }
}
