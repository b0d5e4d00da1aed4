<?php

// Generated from js/kucoin.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class kucoin extends Exchange {
    public function describe() {
        return $this->deep_extend(
            parent::describe(),
            [
                'id' => 'kucoin',
                'name' => 'KuCoin',
                'countries' => ['SC'],
                'version' => 'v1',
                'rateLimit' => 15,
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
                    'createDepositAddress' => true,
                    'fetchDepositWithdrawFees' => true,
                    'transfer' => true,
                    'createMarketBuyOrderWithCost' => true,
                ],
                'urls' => [
                    'logo' => 'https://www.kucoin.com/favicon.ico',
                    'api' => 'https://api.kucoin.com',
                    'www' => 'https://www.kucoin.com',
                    'doc' => 'https://www.kucoin.com/docs/',
                    'fees' => 'https://www.kucoin.com/vip/privilege',
                ],
                'api' => [
                    'public' => [
                        'get' => [
                            'api/v1/timestamp' => 3,
                            'api/v1/status' => 3,
                            'api/v3/currencies' => 3,
                            'api/v3/currencies/{currency}' => 3,
                            'api/v2/symbols' => 4,
                            'api/v2/symbols/{symbol}' => 4,
                            'api/v1/market/orderbook/level1' => 2,
                            'api/v1/market/allTickers' => 15,
                            'api/v1/market/stats' => 15,
                            'api/v1/markets' => 3,
                            'api/v1/market/orderbook/level2_20' => 2,
                            'api/v1/market/orderbook/level2_100' => 4,
                            'api/v1/market/histories' => 3,
                            'api/v1/market/candles' => 3,
                            'api/v1/prices' => 3,
                        ],
                    ],
                    'private' => [
                        'get' => [
                            'api/v1/accounts' => 5,
                            'api/v1/accounts/{accountId}' => 5,
                            'api/v1/accounts/ledgers' => 2,
                            'api/v1/user-info' => 20,
                            'api/v3/market/orderbook/level2' => 3,
                            'api/v1/orders' => 1,
                            'api/v1/orders/{orderId}' => 1,
                            'api/v1/order/client-order/{clientOid}' => 1.5,
                            'api/v1/limit/orders' => 1.5,
                            'api/v1/stop-order' => 4,
                            'api/v1/stop-order/{orderId}' => 1.5,
                            'api/v1/stop-order/queryOrderByClientOid' => 1.5,
                            'api/v1/fills' => 5,
                            'api/v1/limit/fills' => 10,
                            'api/v1/hf/orders/active' => 1,
                            'api/v1/hf/orders/done' => 1,
                            'api/v1/hf/orders/{orderId}' => 1,
                            'api/v1/hf/fills' => 1,
                            'api/v1/deposits' => 5,
                            'api/v1/hist-deposits' => 5,
                            'api/v3/deposit-addresses' => 5,
                            'api/v1/withdrawals' => 20,
                            'api/v1/withdrawals/{withdrawalId}' => 20,
                            'api/v1/hist-withdrawals' => 20,
                            'api/v1/withdrawals/quotas' => 20,
                            'api/v1/accounts/transferable' => 20,
                            'api/v1/base-fee' => 1.5,
                            'api/v1/trade-fees' => 1.5,
                        ],
                        'post' => [
                            'api/v1/orders' => 1,
                            'api/v1/orders/test' => 1,
                            'api/v1/orders/multi' => 1.5,
                            'api/v1/stop-order' => 1,
                            'api/v1/hf/orders' => 0.5,
                            'api/v3/deposit-address/create' => 20,
                            'api/v3/withdrawals' => 5,
                            'api/v2/accounts/inner-transfer' => 10,
                            'api/v3/accounts/universal-transfer' => 4,
                        ],
                        'delete' => [
                            'api/v1/orders' => 10,
                            'api/v1/orders/{orderId}' => 1.5,
                            'api/v1/order/client-order/{clientOid}' => 2.5,
                            'api/v1/stop-order/{orderId}' => 1.5,
                            'api/v1/stop-order/cancel' => 1.5,
                            'api/v1/stop-order/cancelOrderByClientOid' => 2.5,
                            'api/v1/hf/orders/{orderId}' => 0.5,
                            'api/v1/withdrawals/{withdrawalId}' => 20,
                        ],
                    ],
                ],
                'timeframes' => [
                    '1m' => '1min',
                    '3m' => '3min',
                    '5m' => '5min',
                    '15m' => '15min',
                    '30m' => '30min',
                    '1h' => '1hour',
                    '2h' => '2hour',
                    '4h' => '4hour',
                    '6h' => '6hour',
                    '8h' => '8hour',
                    '12h' => '12hour',
                    '1d' => '1day',
                    '1w' => '1week',
                    '1M' => '1month',
                ],
                'requiredCredentials' => ['apiKey' => true, 'secret' => true, 'password' => true],
                'fees' => [
                    'trading' => [
                        'tierBased' => true,
                        'percentage' => true,
                        'taker' => 0.001,
                        'maker' => 0.001,
                    ],
                ],
                'precisionMode' => TICK_SIZE,
                'options' => [
                    'apiKeyVersion' => '2',
                    'sameNameParams' => ['postOnly'],
                    'networks' => [
                        'BTC' => 'btc',
                        'BTCSEGWIT' => 'bech32',
                        'LIGHTNING' => 'btcln',
                        'ERC20' => 'eth',
                        'TRC20' => 'trx',
                        'BEP20' => 'bsc',
                        'KCC' => 'kcc',
                        'SOL' => 'sol',
                        'POLYGON' => 'matic',
                        'ARBITRUM' => 'arbitrum',
                        'OPTIMISM' => 'optimism',
                        'AVAXC' => 'avaxc',
                        'TON' => 'ton',
                        'XRP' => 'xrp',
                        'LTC' => 'ltc',
                        'DOGE' => 'doge',
                    ],
                    'accountsByType' => [
                        'spot' => 'trade',
                        'trade' => 'trade',
                        'funding' => 'main',
                        'main' => 'main',
                        'margin' => 'margin',
                    ],
                    'timeframeSeconds' => [
                        '1m' => 60,
                        '3m' => 180,
                        '5m' => 300,
                        '15m' => 900,
                        '30m' => 1800,
                        '1h' => 3600,
                        '2h' => 7200,
                        '4h' => 14400,
                        '6h' => 21600,
                        '8h' => 28800,
                        '12h' => 43200,
                        '1d' => 86400,
                        '1w' => 604800,
                        '1M' => 2592000,
                    ],
                    'timeInForces' => ['GTC' => 'GTC', 'GTT' => 'GTC', 'IOC' => 'IOC', 'FOK' => 'FOK'],
                    'maxCandles' => 1500,
                    'tradeFeeSymbolsPerRequest' => 10,
                    'transactionStatuses' => [
                        'SUCCESS' => 'ok',
                        'PROCESSING' => 'pending',
                        'WALLET_PROCESSING' => 'pending',
                        'REVIEW' => 'pending',
                        'FAILURE' => 'failed',
                    ],
                    'ledgerTypes' => [
                        'Exchange' => 'trade',
                        'Deposit' => 'transaction',
                        'Withdrawal' => 'transaction',
                        'Transfer' => 'transfer',
                        'Rebate' => 'rebate',
                    ],
                ],
                'exceptions' => [
                    'exact' => [
                        '400001' => AuthenticationError::class,
                        '400002' => InvalidNonce::class,
                        '400003' => AuthenticationError::class,
                        '400004' => AuthenticationError::class,
                        '400005' => AuthenticationError::class,
                        '400006' => PermissionDenied::class,
                        '400007' => PermissionDenied::class,
                        '400008' => AuthenticationError::class,
                        '400009' => AuthenticationError::class,
                        '400010' => PermissionDenied::class,
                        '404000' => BadRequest::class,
                        '400100' => BadRequest::class,
                        '400200' => InvalidOrder::class,
                        '400500' => PermissionDenied::class,
                        '400600' => BadSymbol::class,
                        '400700' => PermissionDenied::class,
                        '411100' => AccountSuspended::class,
                        '415000' => BadRequest::class,
                        '429000' => RateLimitExceeded::class,
                        '500000' => ExchangeNotAvailable::class,
                        '900001' => BadSymbol::class,
                        '200001' => InvalidOrder::class,
                        '200002' => InvalidOrder::class,
                        '200003' => InvalidOrder::class,
                        '200004' => InsufficientFunds::class,
                        '260210' => PermissionDenied::class,
                        '600203' => BadSymbol::class,
                    ],
                    'broad' => [
                        'order not exist' => OrderNotFound::class,
                        'order_not_exist' => OrderNotFound::class,
                        'account.available.amount' => InsufficientFunds::class,
                        'Balance insufficient' => InsufficientFunds::class,
                        'Order size below the minimum' => InvalidOrder::class,
                    ],
                ],
            ],
        );
    }

    // --- markets and currencies ----------------------------------------------------------------------
    public function fetch_time($params = null) {
        if ($params === null) {
            $params = [];
        }
        // timestamp: data is the server time in ms.
        $response = $this->public_get_api_v1_timestamp($params);
        return $this->safe_integer($response, 'data');
    }

    public function fetch_status($params = null) {
        if ($params === null) {
            $params = [];
        }
        // status: { status: 'open', 'close' (maintenance) or 'cancelonly', msg }.
        $response = $this->public_get_api_v1_status($params);
        $data = $this->safe_dict($response, 'data', []);
        $status = $this->safe_string($data, 'status');
        return [
            'status' => $status === 'open' ? 'ok' : 'maintenance',
            'updated' => null,
            'eta' => null,
            'url' => null,
            'info' => $response,
        ];
    }

    public function fetch_markets($params = null) {
        if ($params === null) {
            $params = [];
        }
        // v2 symbols: [ { symbol: 'BTC-USDT', baseCurrency, quoteCurrency, feeCurrency, market, baseMinSize,
        // quoteMinSize, baseMaxSize, quoteMaxSize, baseIncrement, quoteIncrement, priceIncrement, minFunds,
        // enableTrading, ... } ].
        $response = $this->public_get_api_v2_symbols($params);
        $entries = $this->safe_list($response, 'data', []);
        $result = [];
        for ($i = 0; $i < count($entries); $i++) {
            $result[] = $this->parse_market(Js::get($entries, $i));
        }
        return $result;
    }

    public function parse_market($entry) {
        $base_id = $this->safe_string($entry, 'baseCurrency');
        $quote_id = $this->safe_string($entry, 'quoteCurrency');
        $base = $this->safe_currency_code($base_id);
        $quote = $this->safe_currency_code($quote_id);
        return $this->safe_market_structure(
            [
                'id' => $this->safe_string($entry, 'symbol'),
                'symbol' => Js::boundedText(Js::toStr($base) . '/' . Js::toStr($quote)),
                'base' => $base,
                'quote' => $quote,
                'baseId' => $base_id,
                'quoteId' => $quote_id,
                'active' => $this->safe_bool($entry, 'enableTrading'),
                'type' => 'spot',
                'spot' => true,
                'taker' => Js::get(Js::get($this->fees, 'trading'), 'taker'),
                'maker' => Js::get(Js::get($this->fees, 'trading'), 'maker'),
                'precision' => [
                    'amount' => $this->safe_number($entry, 'baseIncrement'),
                    'price' => $this->safe_number($entry, 'priceIncrement'),
                ],
                'limits' => [
                    'amount' => [
                        'min' => $this->safe_number($entry, 'baseMinSize'),
                        'max' => $this->safe_number($entry, 'baseMaxSize'),
                    ],
                    'price' => ['min' => null, 'max' => null],
                    'cost' => [
                        'min' => $this->safe_number2($entry, 'minFunds', 'quoteMinSize'),
                        'max' => $this->safe_number($entry, 'quoteMaxSize'),
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
        // v3 currencies: [ { currency, name, fullName, precision, isMarginEnabled, isDebitEnabled, chains: [ {
        // chainName, chainId, withdrawalMinSize, withdrawalMinFee, withdrawFeeRate, depositMinSize,
        // isWithdrawEnabled, isDepositEnabled, withdrawPrecision, maxWithdraw, maxDeposit, needTag, ... } ] } ].
        $response = $this->public_get_api_v3_currencies($params);
        $entries = $this->safe_list($response, 'data', []);
        $result = [];
        for ($i = 0; $i < count($entries); $i++) {
            $currency = $this->parse_kucoin_currency(Js::get($entries, $i));
            Js::setKey($result, Js::get($currency, 'code'), $currency);
        }
        return $result;
    }

    public function parse_kucoin_currency($entry) {
        $id = $this->safe_string($entry, 'currency');
        $code = $this->safe_currency_code($id);
        $chains = $this->safe_list($entry, 'chains', []);
        $networks = $this->parse_currency_networks($chains);
        $codes = Js::keys($networks);
        $deposit = false;
        $withdraw = false;
        for ($i = 0; $i < count($codes); $i++) {
            $network = $this->safe_dict($networks, $codes[$i], []);
            $deposit = $deposit || ($this->safe_bool($network, 'deposit') === true);
            $withdraw = $withdraw || ($this->safe_bool($network, 'withdraw') === true);
        }
        // A currency of one chain has that chain's fee; with several the fee depends on the chain.
        $fee = count($codes) == 1 ? $this->safe_number(
            $this->safe_dict($networks, Js::get($codes, 0), []),
            'fee',
        ) : null;
        return [
            'id' => $id,
            'code' => $code,
            'name' => $this->safe_string($entry, 'fullName'),
            'active' => count($codes) > 0 ? ($deposit || $withdraw) : null,
            'deposit' => count($codes) > 0 ? $deposit : null,
            'withdraw' => count($codes) > 0 ? $withdraw : null,
            'fee' => $fee,
            'precision' => $this->parse_number(
                $this->parse_precision($this->safe_string($entry, 'precision')),
            ),
            'limits' => [
                'amount' => ['min' => null, 'max' => null],
                'withdraw' => ['min' => null, 'max' => null],
            ],
            'networks' => $networks,
            'info' => $entry,
        ];
    }

    public function parse_currency_networks($chains) {
        // chains by unified network code (chainId through options['networks']).
        $networks = [];
        for ($i = 0; Js::less($i, Js::length($chains)); $i++) {
            $chain = Js::get($chains, $i);
            $chain_id = $this->safe_string($chain, 'chainId');
            $network_code = $this->network_code($chain_id);
            $deposit = $this->safe_bool($chain, 'isDepositEnabled');
            $withdraw = $this->safe_bool($chain, 'isWithdrawEnabled');
            Js::setKey(
                $networks,
                $network_code,
                [
                    'id' => $chain_id,
                    'network' => $network_code,
                    'active' => ($deposit === true) && ($withdraw === true),
                    'deposit' => $deposit,
                    'withdraw' => $withdraw,
                    'fee' => $this->safe_number($chain, 'withdrawalMinFee'),
                    'precision' => $this->parse_number(
                        $this->parse_precision($this->safe_string($chain, 'withdrawPrecision')),
                    ),
                    'limits' => [
                        'withdraw' => [
                            'min' => $this->safe_number($chain, 'withdrawalMinSize'),
                            'max' => $this->safe_number($chain, 'maxWithdraw'),
                        ],
                        'deposit' => [
                            'min' => $this->safe_number($chain, 'depositMinSize'),
                            'max' => $this->safe_number($chain, 'maxDeposit'),
                        ],
                    ],
                ],
            );
        }
        return $networks;
    }

    public function fetch_deposit_withdraw_fees($codes = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // The withdrawal fee of each chain is in the currency list (withdrawalMinFee); deposits are free.
        $currencies = $this->fetch_currencies($params);
        return $this->deposit_withdraw_fees_from_currencies($currencies, $codes);
    }

    // --- market data ---------------------------------------------------------------------------------
    public function parse_ticker($ticker, $market = null) {
        // market/stats and the entries of market/allTickers: { symbol, buy, sell, bestBidSize, bestAskSize,
        // changeRate, changePrice, high, low, vol (base), volValue (quote), last, averagePrice (24 h average of
        // the previous day), time }. stats carries time itself, allTickers beside its list.
        $market_id = $this->safe_string($ticker, 'symbol');
        $market = $this->safe_market($market_id, $market, '-');
        $last = $this->safe_string($ticker, 'last');
        $change = $this->safe_string($ticker, 'changePrice');
        $open = ($last === null) || ($change === null) ? null : Precise::string_sub($last, $change);
        $rate = $this->safe_string($ticker, 'changeRate');
        return $this->ticker_structure(
            symbol: Js::get($market, 'symbol'),
            timestamp: $this->safe_integer($ticker, 'time'),
            high: $this->safe_string($ticker, 'high'),
            low: $this->safe_string($ticker, 'low'),
            bid: $this->safe_string($ticker, 'buy'),
            bid_volume: $this->safe_string($ticker, 'bestBidSize'),
            ask: $this->safe_string($ticker, 'sell'),
            ask_volume: $this->safe_string($ticker, 'bestAskSize'),
            open: $open,
            last: $last,
            change: $change,
            percentage: $rate === null ? null : Precise::string_mul($rate, '100'),
            base_volume: $this->safe_string($ticker, 'vol'),
            quote_volume: $this->safe_string($ticker, 'volValue'),
            info: $ticker,
            market: $market,
        );
    }

    public function fetch_ticker($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // market/stats: the 24-hour statistics with the best bid and ask.
        $this->load_markets();
        $market = $this->market($symbol);
        $response = $this->public_get_api_v1_market_stats(
            $this->extend(['symbol' => Js::get($market, 'id')], $params),
        );
        return $this->parse_ticker($this->safe_dict($response, 'data', []), $market);
    }

    public function fetch_tickers($symbols = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // market/allTickers: { time, ticker: [ ... ] }, every market; the time of the snapshot is each one's.
        $this->load_markets();
        $response = $this->public_get_api_v1_market_all_tickers($params);
        $data = $this->safe_dict($response, 'data', []);
        $time = $this->safe_integer($data, 'time');
        $tickers = $this->safe_list($data, 'ticker', []);
        $stamped = [];
        for ($i = 0; $i < count($tickers); $i++) {
            $stamped[] = $this->extend(Js::get($tickers, $i), ['time' => $time]);
        }
        return $this->parse_tickers($stamped, $symbols);
    }

    public function fetch_order_book($symbol, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // market/orderbook/level2_20 or level2_100 (public): { time, sequence, bids, asks }, [ price, size ].
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['symbol' => Js::get($market, 'id')];
        $response = null;
        if (($limit !== null) && Js::greater($limit, 100)) {
            throw new BadRequest(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' fetchOrderBook () limit must be at most 100: the public book has 20 or 100 levels',
                ),
            );
        }
        if (($limit !== null) && Js::lessEqual($limit, 20)) {
            $response = $this->public_get_api_v1_market_orderbook_level220($this->extend($request, $params));
        } else {
            $response = $this->public_get_api_v1_market_orderbook_level2100($this->extend($request, $params));
        }
        $data = $this->safe_dict($response, 'data', []);
        $book = $this->parse_order_book(
            $data,
            Js::get($market, 'symbol'),
            $this->safe_integer($data, 'time'),
        );
        Js::set($book, 'nonce', $this->safe_integer($data, 'sequence'));
        if ($limit !== null) {
            Js::set($book, 'bids', Js::slice(Js::get($book, 'bids'), 0, $limit));
            Js::set($book, 'asks', Js::slice(Js::get($book, 'asks'), 0, $limit));
        }
        return $book;
    }

    public function parse_ohlcv($ohlcv, $market = null) {
        // [ time (seconds), open, close, high, low, volume (base), turnover (quote) ].
        return [
            $this->safe_timestamp($ohlcv, 0),
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
        // market/candles: type, startAt and endAt in seconds; at most 1500 candles, newest first. A range
        // with one end given is completed to limit candles (or 1500).
        $this->load_markets();
        $market = $this->market($symbol);
        $type = $this->safe_string($this->timeframes, $timeframe);
        if ($type === null) {
            throw new BadRequest(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' fetchOHLCV () does not support the timeframe ' . Js::toStr($timeframe) . ': one of ') . Js::join(
                        Js::keys($this->timeframes),
                        ', ',
                    ),
                ),
            );
        }
        $request = ['symbol' => Js::get($market, 'id'), 'type' => $type];
        $count = $limit === null ? Js::get($this->options, 'maxCandles') : Js::min(
            $limit,
            Js::get($this->options, 'maxCandles'),
        );
        $span = Js::multiply(
            $count,
            $this->safe_integer(Js::get($this->options, 'timeframeSeconds'), $timeframe),
        );
        $until = $this->safe_integer($params, 'until');
        if ($since !== null) {
            $start = Js::floor(Js::divide($since, 1000));
            $end = $until === null ? Js::number($start + $span) : Js::min(
                Js::floor(Js::divide($until, 1000)),
                Js::number($start + $span),
            );
            $request['startAt'] = $start;
            $request['endAt'] = $end;
        } elseif (($until !== null) || ($limit !== null)) {
            $end = $until === null ? $this->seconds() : Js::floor(Js::divide($until, 1000));
            $request['startAt'] = Js::subtract($end, $span);
            $request['endAt'] = $end;
        }
        $response = $this->public_get_api_v1_market_candles(
            $this->extend($request, $this->omit($params, 'until')),
        );
        return $this->parse_ohlcvs(
            $this->safe_list($response, 'data', []),
            $market,
            $timeframe,
            $since,
            $limit,
        );
    }

    public function nanoseconds_to_milliseconds($value) {
        // market/histories dates trades in nanoseconds, past 2^53: whole milliseconds from the string.
        if ($value === null) {
            return null;
        }
        return Js::parseInt(Precise::string_div($value, '1000000', 0));
    }

    public function parse_trade($trade, $market = null) {
        // Public trades (market/histories): { sequence, price, size, side (the taker's), time (ns) }. The
        // account's fills: { symbol, tradeId, orderId, counterOrderId, side (its own order's), liquidity:
        // 'taker' or 'maker', price, size, funds (the cost), fee, feeRate, feeCurrency, type, createdAt (ms) }.
        $market = $this->safe_market($this->safe_string($trade, 'symbol'), $market, '-');
        $created_at = $this->safe_integer($trade, 'createdAt');
        $timestamp = $created_at !== null ? $created_at : $this->nanoseconds_to_milliseconds(
            $this->safe_string($trade, 'time'),
        );
        $fee = null;
        $fee_cost = $this->safe_string($trade, 'fee');
        if ($fee_cost !== null) {
            $fee = [
                'cost' => $fee_cost,
                'currency' => $this->safe_currency_code($this->safe_string($trade, 'feeCurrency')),
                'rate' => $this->safe_string($trade, 'feeRate'),
            ];
        }
        return $this->trade_structure(
            id: $this->safe_string2($trade, 'tradeId', 'sequence'),
            order: $this->safe_string($trade, 'orderId'),
            symbol: Js::get($market, 'symbol'),
            timestamp: $timestamp,
            type: $this->safe_string($trade, 'type'),
            side: $this->safe_string($trade, 'side'),
            taker_or_maker: $this->safe_string($trade, 'liquidity'),
            price: $this->safe_string($trade, 'price'),
            amount: $this->safe_string($trade, 'size'),
            cost: $this->safe_string($trade, 'funds'),
            fee: $fee,
            info: $trade,
            market: $market,
        );
    }

    public function fetch_trades($symbol, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // market/histories: the latest 100 trades; since and limit filter them.
        $this->load_markets();
        $market = $this->market($symbol);
        $response = $this->public_get_api_v1_market_histories(
            $this->extend(['symbol' => Js::get($market, 'id')], $params),
        );
        return $this->parse_trades($this->safe_list($response, 'data', []), $market, $since, $limit);
    }

    // --- account -------------------------------------------------------------------------------------
    public function fetch_balance($params = null) {
        if ($params === null) {
            $params = [];
        }
        // accounts?type=trade: [ { id, currency, type, balance, available, holds } ], the spot trading accounts.
        $this->load_markets();
        $request = ['type' => 'trade'];
        $response = $this->private_get_api_v1_accounts($this->extend($request, $params));
        $entries = $this->safe_list($response, 'data', []);
        $result = ['info' => $response];
        for ($i = 0; $i < count($entries); $i++) {
            $entry = Js::get($entries, $i);
            $code = $this->safe_currency_code($this->safe_string($entry, 'currency'));
            $account = $this->account();
            Js::set($account, 'free', $this->safe_string($entry, 'available'));
            Js::set($account, 'used', $this->safe_string($entry, 'holds'));
            Js::set($account, 'total', $this->safe_string($entry, 'balance'));
            Js::setKey($result, $code, $account);
        }
        return $this->safe_balance($result);
    }

    public function parse_trading_fee($entry) {
        // trade-fees: { symbol, takerFeeRate, makerFeeRate }, the account's rates (fractions).
        $market_id = $this->safe_string($entry, 'symbol');
        return [
            'symbol' => $this->safe_symbol($market_id, null, '-'),
            'maker' => $this->safe_number($entry, 'makerFeeRate'),
            'taker' => $this->safe_number($entry, 'takerFeeRate'),
            'info' => $entry,
        ];
    }

    public function fetch_trading_fees_of($market_ids, $params) {
        // trade-fees?symbols=A,B,...: at most 10 symbols a request.
        $response = $this->private_get_api_v1_trade_fees(
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
        // accounts/ledgers: { id, currency, amount (unsigned), fee, balance (after it), accountType, bizType,
        // direction: 'in' or 'out', createdAt (ms), context }.
        $code = $this->safe_currency_code($this->safe_string($item, 'currency'), $currency);
        $direction = $this->safe_string($item, 'direction');
        $amount = $this->safe_string($item, 'amount');
        $after = $this->safe_string($item, 'balance');
        $before = null;
        if (($amount !== null) && ($after !== null)) {
            $before = $direction === 'out' ? Precise::string_add($after, $amount) : Precise::string_sub(
                $after,
                $amount,
            );
        }
        $fee = null;
        $fee_cost = $this->safe_string($item, 'fee');
        if ($fee_cost !== null) {
            $fee = ['cost' => $fee_cost, 'currency' => $code];
        }
        $type = $this->safe_string($item, 'bizType');
        return $this->safe_ledger_entry(
            [
                'id' => $this->safe_string($item, 'id'),
                'timestamp' => $this->safe_integer($item, 'createdAt'),
                'direction' => $direction,
                'account' => $this->safe_string_lower($item, 'accountType'),
                'type' => $this->safe_string(Js::get($this->options, 'ledgerTypes'), $type, $type),
                'currency' => $code,
                'amount' => $amount,
                'before' => $before,
                'after' => $after,
                'status' => 'ok',
                'fee' => $fee,
                'info' => $item,
            ],
            $currency,
        );
    }

    public function fetch_ledger($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // accounts/ledgers: currency, startAt and endAt (ms, until), pageSize; items of a page.
        $this->load_markets();
        $request = [];
        $currency = null;
        if ($code !== null) {
            $currency = $this->currency($code);
            Js::set($request, 'currency', Js::get($currency, 'id'));
        }
        $request = $this->with_time_range($request, $since, $params);
        if ($limit !== null) {
            Js::set($request, 'pageSize', $limit);
        }
        $response = $this->private_get_api_v1_accounts_ledgers(
            $this->extend($request, $this->omit($params, 'until')),
        );
        return $this->parse_ledger($this->page_items($response), $currency, $since, $limit);
    }

    public function with_time_range($request, $since, $params) {
        // request with startAt and endAt in ms: since and the unified until (a copy: PHP passes arrays by value).
        $range = [];
        if ($since !== null) {
            $range['startAt'] = $since;
        }
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            $range['endAt'] = $until;
        }
        return $this->extend($request, $range);
    }

    public function page_items($response) {
        // Paginated lists: data is { currentPage, pageSize, totalNum, totalPage, items }.
        return $this->safe_list($this->safe_dict($response, 'data', []), 'items', []);
    }

    // --- orders --------------------------------------------------------------------------------------
    public function parse_order_status($order) {
        // isActive: on the book; a done order was canceled when cancelExist says
        // so (partly filled or not), else filled.
        $active = $this->safe_bool($order, 'isActive');
        if ($active === true) {
            return 'open';
        }
        if ($active === false) {
            return $this->safe_bool($order, 'cancelExist') === true ? 'canceled' : 'closed';
        }
        // Stop orders: NEW waits for its trigger; TRIGGERED has become a regular order.
        $status = $this->safe_string($order, 'status');
        if ($status === 'NEW') {
            return 'open';
        }
        if ($status === 'TRIGGERED') {
            return 'closed';
        }
        return null;
    }

    public function parse_order($order, $market = null) {
        // orders/{orderId} and the items of orders: { id, symbol, type, side, price, size, funds, dealFunds,
        // dealSize, fee, feeCurrency, stop, stopPrice, timeInForce (GTC, GTT, IOC or FOK), cancelAfter, postOnly,
        // clientOid, isActive, cancelExist, createdAt }. A market order sized by funds reports size '0' and price
        // '0'. POST orders answers with { orderId } only.
        $market = $this->safe_market($this->safe_string($order, 'symbol'), $market, '-');
        $type = $this->safe_string($order, 'type');
        $post_only = $this->safe_bool($order, 'postOnly');
        $size = $this->safe_string($order, 'size');
        $price = $this->safe_string($order, 'price');
        $stop = $this->safe_string($order, 'stop');
        $fee = null;
        $fee_cost = $this->safe_string($order, 'fee');
        if ($fee_cost !== null) {
            $fee = [
                'cost' => $fee_cost,
                'currency' => $this->safe_currency_code($this->safe_string($order, 'feeCurrency')),
            ];
        }
        $time_in_force = $this->safe_string($order, 'timeInForce');
        return $this->safe_order(
            [
                'id' => $this->safe_string2($order, 'id', 'orderId'),
                'clientOrderId' => $this->safe_string($order, 'clientOid'),
                'symbol' => Js::get($market, 'symbol'),
                'timestamp' => $this->safe_integer($order, 'createdAt'),
                'status' => $this->parse_order_status($order),
                'type' => $type,
                'timeInForce' => $post_only === true ? 'PO' : $this->safe_string(
                    Js::get($this->options, 'timeInForces'),
                    $time_in_force,
                    $time_in_force,
                ),
                'postOnly' => $post_only,
                'side' => $this->safe_string($order, 'side'),
                'price' => Precise::string_eq($price, '0') ? null : $price,
                'triggerPrice' => $stop === null ? null : $this->safe_string($order, 'stopPrice'),
                'amount' => Precise::string_eq($size, '0') ? null : $size,
                'filled' => $this->safe_string($order, 'dealSize'),
                'cost' => $this->safe_string($order, 'dealFunds'),
                'fee' => $fee,
                'info' => $order,
            ],
            $market,
        );
    }

    public function stop_direction($side, $kind) {
        // KuCoin's stop 'loss' triggers when the last price falls to stopPrice or below, 'entry' when it rises
        // to it or above. A sell's stop loss (or a plain trigger) waits for a fall, its take profit for a
        // rise; a buy's the other way round.
        $falls = $kind === 'takeProfitPrice' ? ($side === 'buy') : ($side === 'sell');
        return $falls ? 'loss' : 'entry';
    }

    public function create_order($symbol, $type, $side, $amount, $price = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST orders, or POST stop-order for a trigger. The unified params map to KuCoin's fields:
        // clientOrderId is clientOid (required: a UUID when not given), postOnly is postOnly, timeInForce (GTC,
        // IOC, FOK) is timeInForce, cost is funds (a market order sized in the quote currency), and
        // triggerPrice, stopLossPrice and takeProfitPrice are stop ('loss' or 'entry') with stopPrice.
        // Spot has no reduceOnly.
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
        $client_oid = Js::get($unified, 'clientOrderId') !== null ? Js::get(
            $unified,
            'clientOrderId',
        ) : $this->uuid();
        $request = [
            'clientOid' => $client_oid,
            'side' => $side,
            'symbol' => Js::get($market, 'id'),
            'type' => $type,
        ];
        if (Js::get($unified, 'cost') !== null) {
            $request['funds'] = $this->cost_to_precision($symbol, Js::get($unified, 'cost'));
        } else {
            $request['size'] = $this->amount_to_precision($symbol, $amount);
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
            if (Js::get($unified, 'timeInForce') !== null) {
                $request['timeInForce'] = Js::get($unified, 'timeInForce');
            }
            if (Js::truthy(Js::get($unified, 'postOnly'))) {
                $request['postOnly'] = true;
            }
        } elseif (Js::get($unified, 'timeInForce') !== null) {
            throw new InvalidOrder(
                Js::boundedText(
                    Js::toStr($this->id) . ' createOrder () timeInForce applies to limit orders only, not ' . Js::toStr(
                        $type,
                    ) . ' orders',
                ),
            );
        }
        $response = null;
        $trigger = Js::get($unified, 'trigger');
        if ($trigger !== null) {
            $request['stop'] = $this->stop_direction($side, Js::get($unified, 'triggerKind'));
            $request['stopPrice'] = $this->price_to_precision($symbol, $trigger);
            $response = $this->private_post_api_v1_stop_order($this->extend($request, $rest));
        } else {
            $response = $this->private_post_api_v1_orders($this->extend($request, $rest));
        }
        // The answer is { orderId }: the order is what was asked for, its state unknown until fetched.
        $data = $this->safe_dict($response, 'data', []);
        return $this->safe_order(
            [
                'id' => $this->safe_string($data, 'orderId'),
                'clientOrderId' => $client_oid,
                'symbol' => Js::get($market, 'symbol'),
                'type' => $type,
                'side' => $side,
                'postOnly' => $type === 'limit' ? Js::get($unified, 'postOnly') : null,
                'timeInForce' => Js::truthy(Js::get($unified, 'postOnly')) ? 'PO' : Js::get(
                    $unified,
                    'timeInForce',
                ),
                'price' => $this->safe_string($request, 'price'),
                'triggerPrice' => $this->safe_string($request, 'stopPrice'),
                'amount' => $this->safe_string($request, 'size'),
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

    public function is_trigger($params) {
        // params.trigger: the order is a stop order (POST stop-order), which the stop-order endpoints keep.
        return $this->safe_bool($params, 'trigger', false) === true;
    }

    public function canceled_orders_of($response, $market) {
        // { cancelledOrderIds: [ ... ] }: the canceled orders, by id.
        $data = $this->safe_dict($response, 'data', []);
        $ids = $this->safe_list($data, 'cancelledOrderIds', []);
        $result = [];
        for ($i = 0; $i < count($ids); $i++) {
            $result[] = $this->safe_order(
                [
                    'id' => Js::get($ids, $i),
                    'symbol' => $this->safe_symbol(null, $market),
                    'status' => 'canceled',
                    'info' => $response,
                ],
                $market,
            );
        }
        return $result;
    }

    public function cancel_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // DELETE orders/{orderId}, or stop-order/{orderId} with params.trigger: { cancelledOrderIds: [ id ] }.
        $this->load_markets();
        $market = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
        }
        $request = $this->extend(['orderId' => $id], $this->omit($params, 'trigger'));
        $response = null;
        if (Js::truthy($this->is_trigger($params))) {
            $response = $this->private_delete_api_v1_stop_order_order_id($request);
        } else {
            $response = $this->private_delete_api_v1_orders_order_id($request);
        }
        $canceled = $this->canceled_orders_of($response, $market);
        if (Js::greater(Js::length($canceled), 0)) {
            return Js::get($canceled, 0);
        }
        return $this->safe_order(
            [
                'id' => $id,
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
        // DELETE orders (spot trading, of one symbol when given), or stop-order/cancel with params.trigger:
        // { cancelledOrderIds: [ ... ] }.
        $this->load_markets();
        $request = ['tradeType' => 'TRADE'];
        $market = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
            $request['symbol'] = Js::get($market, 'id');
        }
        $query = $this->extend($request, $this->omit($params, 'trigger'));
        $response = null;
        if (Js::truthy($this->is_trigger($params))) {
            $response = $this->private_delete_api_v1_stop_order_cancel($query);
        } else {
            $response = $this->private_delete_api_v1_orders($query);
        }
        return $this->canceled_orders_of($response, $market);
    }

    public function fetch_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // orders/{orderId}, or stop-order/{orderId} with params.trigger.
        $this->load_markets();
        $market = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
        }
        $request = $this->extend(['orderId' => $id], $this->omit($params, 'trigger'));
        $response = null;
        if (Js::truthy($this->is_trigger($params))) {
            $response = $this->private_get_api_v1_stop_order_order_id($request);
        } else {
            $response = $this->private_get_api_v1_orders_order_id($request);
        }
        return $this->parse_order($this->safe_dict($response, 'data', []), $market);
    }

    public function fetch_orders_by_status($status, $symbol, $since, $limit, $params) {
        // orders: status 'active' or 'done', symbol, tradeType TRADE (spot), startAt and endAt (ms),
        // pageSize (at most 500).
        $this->load_markets();
        $request = ['status' => $status, 'tradeType' => 'TRADE'];
        $market = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
            Js::set($request, 'symbol', Js::get($market, 'id'));
        }
        $request = $this->with_time_range($request, $since, $params);
        if ($limit !== null) {
            Js::set($request, 'pageSize', $limit);
        }
        $response = $this->private_get_api_v1_orders($this->extend($request, $this->omit($params, 'until')));
        return $this->parse_orders($this->page_items($response), $market, $since, $limit);
    }

    public function fetch_open_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // With params.trigger: the untriggered stop orders (GET stop-order), else the active orders.
        if (Js::truthy($this->is_trigger($params))) {
            return $this->fetch_open_stop_orders($symbol, $since, $limit, $this->omit($params, 'trigger'));
        }
        return $this->fetch_orders_by_status('active', $symbol, $since, $limit, $params);
    }

    public function fetch_open_stop_orders($symbol, $since, $limit, $params) {
        // stop-order: symbol, tradeType TRADE, startAt and endAt (ms), pageSize; items of a page.
        $this->load_markets();
        $request = ['tradeType' => 'TRADE'];
        $market = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
            Js::set($request, 'symbol', Js::get($market, 'id'));
        }
        $request = $this->with_time_range($request, $since, $params);
        if ($limit !== null) {
            Js::set($request, 'pageSize', $limit);
        }
        $response = $this->private_get_api_v1_stop_order(
            $this->extend($request, $this->omit($params, 'until')),
        );
        return $this->parse_orders($this->page_items($response), $market, $since, $limit);
    }

    public function fetch_closed_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->fetch_orders_by_status('done', $symbol, $since, $limit, $params);
    }

    public function fetch_fills($request, $market, $since, $limit, $params) {
        // fills: orderId or symbol, tradeType TRADE, startAt and endAt (ms), pageSize (at most 500).
        Js::set($request, 'tradeType', 'TRADE');
        $request = $this->with_time_range($request, $since, $params);
        if ($limit !== null) {
            Js::set($request, 'pageSize', $limit);
        }
        $response = $this->private_get_api_v1_fills($this->extend($request, $this->omit($params, 'until')));
        return $this->parse_trades($this->page_items($response), $market, $since, $limit);
    }

    public function fetch_my_trades($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $request = [];
        $market = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
            $request['symbol'] = Js::get($market, 'id');
        }
        return $this->fetch_fills($request, $market, $since, $limit, $params);
    }

    public function fetch_order_trades($id, $symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $market = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
        }
        return $this->fetch_fills(['orderId' => $id], $market, $since, $limit, $params);
    }

    // --- funding -------------------------------------------------------------------------------------
    public function parse_transaction($transaction, $currency = null) {
        // deposits: { currency, chain, status, address, memo, isInner, amount, fee, walletTxId, createdAt,
        // updatedAt, remark }; withdrawals the same with an id. walletTxId may carry '@' and an index.
        $code = $this->safe_currency_code($this->safe_string($transaction, 'currency'), $currency);
        $id = $this->safe_string($transaction, 'id');
        $fee = null;
        $fee_cost = $this->safe_string($transaction, 'fee');
        if ($fee_cost !== null) {
            $fee = ['cost' => $fee_cost, 'currency' => $code];
        }
        $status = $this->safe_string($transaction, 'status');
        $txid = $this->safe_string($transaction, 'walletTxId');
        if (($txid !== null) && (Js::indexOf($txid, '@') >= 0)) {
            $txid = Js::get(Js::split($txid, '@'), 0);
        }
        return $this->safe_transaction(
            [
                'id' => $id,
                'txid' => $txid,
                'timestamp' => $this->safe_integer($transaction, 'createdAt'),
                'network' => $this->network_code($this->safe_string($transaction, 'chain')),
                'address' => $this->safe_string($transaction, 'address'),
                'tag' => $this->safe_string($transaction, 'memo'),
                'type' => $this->safe_string($transaction, 'type'),
                'amount' => $this->safe_string($transaction, 'amount'),
                'currency' => $code,
                'status' => $this->safe_string(
                    Js::get($this->options, 'transactionStatuses'),
                    $status,
                    $status,
                ),
                'updated' => $this->safe_integer($transaction, 'updatedAt'),
                'fee' => $fee,
                'info' => $transaction,
            ],
            $currency,
        );
    }

    public function fetch_transfers($type, $code, $since, $limit, $params) {
        // deposits or withdrawals: currency, startAt and endAt (ms), pageSize; items of a page.
        $this->load_markets();
        $request = [];
        $currency = null;
        if ($code !== null) {
            $currency = $this->currency($code);
            Js::set($request, 'currency', Js::get($currency, 'id'));
        }
        $request = $this->with_time_range($request, $since, $params);
        if ($limit !== null) {
            Js::set($request, 'pageSize', $limit);
        }
        $query = $this->extend($request, $this->omit($params, 'until'));
        $response = null;
        if ($type === 'deposit') {
            $response = $this->private_get_api_v1_deposits($query);
        } else {
            $response = $this->private_get_api_v1_withdrawals($query);
        }
        return $this->parse_transactions(
            $this->page_items($response),
            $currency,
            $since,
            $limit,
            ['type' => $type],
        );
    }

    public function fetch_deposits($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->fetch_transfers('deposit', $code, $since, $limit, $params);
    }

    public function fetch_withdrawals($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->fetch_transfers('withdrawal', $code, $since, $limit, $params);
    }

    public function network_request($request, $currency, $params, $method) {
        // The unified param network as chain (a chainId), the rest of params beside it.
        $network_code = $this->safe_string($params, 'network');
        if ($network_code !== null) {
            Js::set($request, 'chain', $this->known_network_id($network_code, $currency, $method));
        }
        return $this->extend($request, $this->omit($params, 'network'));
    }

    public function parse_deposit_address($entry, $currency) {
        // v3 deposit addresses: { address, memo, chainId, chainName, to, currency, contractAddress }.
        $address = $this->safe_string($entry, 'address');
        if ($address === null) {
            throw new InvalidAddress(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' has no deposit address of ') . Js::toStr(
                        Js::get($currency, 'code'),
                    ) . ' on this chain: createDepositAddress () makes one',
                ),
            );
        }
        return [
            'currency' => Js::get($currency, 'code'),
            'address' => $address,
            'tag' => $this->safe_string($entry, 'memo'),
            'network' => $this->network_code($this->safe_string($entry, 'chainId'), $currency),
            'info' => $entry,
        ];
    }

    public function fetch_deposit_address($code, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // GET v3 deposit-addresses?currency (&chain): the currency's addresses, one per chain; the first is
        // the one of the chain asked for (or of the default chain).
        $this->load_markets();
        $currency = $this->currency($code);
        $request = $this->network_request(
            ['currency' => Js::get($currency, 'id')],
            $currency,
            $params,
            'fetchDepositAddress',
        );
        $response = $this->private_get_api_v3_deposit_addresses($request);
        $entries = $this->safe_list($response, 'data', []);
        return $this->parse_deposit_address($this->safe_dict($entries, 0, []), $currency);
    }

    public function create_deposit_address($code, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST v3 deposit-address/create: { currency, chain } -> { address, memo, chainId, chainName, to }.
        $this->load_markets();
        $currency = $this->currency($code);
        $request = $this->network_request(
            ['currency' => Js::get($currency, 'id')],
            $currency,
            $params,
            'createDepositAddress',
        );
        $response = $this->private_post_api_v3_deposit_address_create($request);
        return $this->parse_deposit_address($this->safe_dict($response, 'data', []), $currency);
    }

    public function withdraw($code, $amount, $address, $tag = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST v3 withdrawals: { currency, toAddress, amount, withdrawType: 'ADDRESS', memo, chain } ->
        // { withdrawalId }; the unified network code ('TRC20') is KuCoin's chainId ('trx').
        $this->load_markets();
        $currency = $this->currency($code);
        $request = [
            'currency' => Js::get($currency, 'id'),
            'toAddress' => $address,
            'amount' => $this->number_to_string($amount),
            'withdrawType' => 'ADDRESS',
        ];
        if ($tag !== null) {
            $request['memo'] = $tag;
        }
        $query = $this->network_request($this->extend($request), $currency, $params, 'withdraw');
        $response = $this->private_post_api_v3_withdrawals($query);
        $data = $this->safe_dict($response, 'data', []);
        return $this->safe_transaction(
            [
                'id' => $this->safe_string($data, 'withdrawalId'),
                'type' => 'withdrawal',
                'address' => $address,
                'tag' => $tag,
                'amount' => Js::get($request, 'amount'),
                'currency' => $code,
                'network' => $this->network_code($this->safe_string($query, 'chain'), $currency),
                'status' => 'pending',
                'info' => $response,
            ],
        );
    }

    public function transfer($code, $amount, $from_account, $to_account, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST v2 accounts/inner-transfer: { clientOid, currency, from, to, amount } -> { orderId }, between
        // the main (funding), trade (spot) and margin accounts.
        $this->load_markets();
        $currency = $this->currency($code);
        $request = [
            'clientOid' => $this->uuid(),
            'currency' => Js::get($currency, 'id'),
            'from' => $this->account_type_id($from_account),
            'to' => $this->account_type_id($to_account),
            'amount' => $this->number_to_string($amount),
        ];
        $response = $this->private_post_api_v2_accounts_inner_transfer($this->extend($request, $params));
        $data = $this->safe_dict($response, 'data', []);
        return $this->safe_transfer(
            [
                'id' => $this->safe_string($data, 'orderId'),
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
        // GET and DELETE send their params as the query string, POST as a JSON body.
        $endpoint = Js::boundedText('/' . Js::toStr($this->implode_params($path, $params)));
        $query = $this->omit($params, $this->extract_params($path));
        $has_body = ($method === 'POST') || ($method === 'PUT');
        $has_query = !($has_body) && (count(Js::keys($query)) > 0);
        $url = Js::boundedText(Js::toStr(Js::get($this->urls, 'api')) . $endpoint);
        if ($has_query) {
            $url .= Js::within($url, Js::within($url, '?') . Js::toStr($this->urlencode($query)));
        }
        if ($api === 'public') {
            return ['url' => $url, 'method' => $method, 'body' => $body, 'headers' => $headers];
        }
        // KC-API-SIGN: base64 (HMAC-SHA256 (secret, timestamp + method + endpoint + body)), timestamp in ms, the
        // endpoint with its query string as it is before percent-encoding (the documented rule).
        $this->check_required_credentials();
        $timestamp = $this->number_to_string($this->milliseconds());
        $signed_path = $endpoint;
        if ($has_query) {
            $signed_path = Js::boundedText(
                Js::boundedText($endpoint . '?') . Js::toStr($this->rawencode($query)),
            );
        }
        $payload = '';
        $version = $this->safe_string($this->options, 'apiKeyVersion', '2');
        $passphrase = $version === '1' ? $this->password : $this->hmac(
            $this->encode($this->password),
            $this->encode($this->secret),
            'sha256',
            'base64',
        );
        $headers = [
            'KC-API-KEY' => $this->apiKey,
            'KC-API-TIMESTAMP' => $timestamp,
            'KC-API-PASSPHRASE' => $passphrase,
            'KC-API-KEY-VERSION' => $version,
        ];
        if ($has_body) {
            // An empty body is written out: PHP would encode an empty dictionary as a list, '[]'.
            $body = count(Js::keys($query)) > 0 ? $this->json($query) : '{}';
            $payload = $body;
            Js::set($headers, 'Content-Type', 'application/json');
        }
        $auth = Js::boundedText(Js::toStr(Js::add($timestamp, $method)) . $signed_path . Js::toStr($payload));
        Js::set(
            $headers,
            'KC-API-SIGN',
            $this->hmac($this->encode($auth), $this->encode($this->secret), 'sha256', 'base64'),
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
        // { "code": "200000", "data": ... } is success; any other code is an error, with HTTP 200 or 4xx/5xx:
        // the message picks the class where the broad map knows it (400100 covers many), else the code does.
        if (($response === null) || Js::isArray($response) || !(Js::typeof($response) === 'object')) {
            return;
        }
        $code = $this->safe_string($response, 'code');
        if (($code === null) || ($code === '200000')) {
            return;
        }
        $message = $this->safe_string($response, 'msg', '');
        $feedback = Js::boundedText(
            Js::toStr($this->id) . ' ' . Js::toStr($method) . ' ' . Js::toStr($url) . ' ' . Js::toStr(
                $code,
            ) . ' ' . $message,
        );
        $this->throw_broadly_matched_exception(Js::get($this->exceptions, 'broad'), $message, $feedback);
        $this->throw_exactly_matched_exception(Js::get($this->exceptions, 'exact'), $code, $feedback);
        throw new ExchangeError($feedback);
    }
}
