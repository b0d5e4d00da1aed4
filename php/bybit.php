<?php

// Generated from js/bybit.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class bybit extends Exchange {
    public function describe() {
        return $this->deep_extend(
            parent::describe(),
            [
                'id' => 'bybit',
                'name' => 'Bybit',
                'countries' => ['VG'],
                'version' => 'v5',
                'rateLimit' => 20,
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
                    'fetchDepositAddresses' => true,
                    'createDepositAddress' => false,
                    'fetchDepositWithdrawFees' => true,
                    'transfer' => true,
                    'createMarketBuyOrderWithCost' => true,
                ],
                'urls' => [
                    'logo' => 'https://www.bybit.com/favicon.ico',
                    'api' => 'https://api.bybit.com',
                    'test' => 'https://api-testnet.bybit.com',
                    'www' => 'https://www.bybit.com',
                    'doc' => 'https://bybit-exchange.github.io/docs/v5/intro',
                    'fees' => 'https://www.bybit.com/en/help-center/article/Trading-Fee-Structure',
                ],
                'api' => [
                    'public' => [
                        'get' => [
                            'v5/market/time' => 1,
                            'v5/market/kline' => 1,
                            'v5/market/instruments-info' => 1,
                            'v5/market/orderbook' => 1,
                            'v5/market/tickers' => 1,
                            'v5/market/recent-trade' => 1,
                            'v5/system/status' => 1,
                            'v5/announcements/index' => 1,
                        ],
                    ],
                    'private' => [
                        'get' => [
                            'v5/order/realtime' => 1,
                            'v5/order/history' => 1,
                            'v5/order/spot-borrow-check' => 1,
                            'v5/execution/list' => 1,
                            'v5/account/wallet-balance' => 1,
                            'v5/account/fee-rate' => 5,
                            'v5/account/info' => 1,
                            'v5/account/transaction-log' => 1,
                            'v5/account/collateral-info' => 1,
                            'v5/asset/coin/query-info' => 25,
                            'v5/asset/deposit/query-record' => 10,
                            'v5/asset/deposit/query-internal-record' => 10,
                            'v5/asset/deposit/query-address' => 10,
                            'v5/asset/deposit/query-allowed-list' => 1,
                            'v5/asset/withdraw/query-record' => 10,
                            'v5/asset/withdraw/withdrawable-amount' => 1,
                            'v5/asset/withdraw/vasp/list' => 1,
                            'v5/asset/transfer/query-inter-transfer-list' => 50,
                            'v5/asset/transfer/query-account-coins-balance' => 1,
                            'v5/asset/transfer/query-account-coin-balance' => 1,
                            'v5/asset/transfer/query-transfer-coin-list' => 50,
                            'v5/asset/exchange/order-record' => 1,
                        ],
                        'post' => [
                            'v5/order/create' => 2.5,
                            'v5/order/amend' => 2.5,
                            'v5/order/cancel' => 2.5,
                            'v5/order/cancel-all' => 2.5,
                            'v5/order/create-batch' => 2.5,
                            'v5/order/amend-batch' => 2.5,
                            'v5/order/cancel-batch' => 2.5,
                            'v5/order/disconnected-cancel-all' => 2.5,
                            'v5/asset/transfer/inter-transfer' => 150,
                            'v5/asset/withdraw/create' => 300,
                            'v5/asset/withdraw/cancel' => 50,
                        ],
                    ],
                ],
                'timeframes' => [
                    '1m' => '1',
                    '3m' => '3',
                    '5m' => '5',
                    '15m' => '15',
                    '30m' => '30',
                    '1h' => '60',
                    '2h' => '120',
                    '4h' => '240',
                    '6h' => '360',
                    '12h' => '720',
                    '1d' => 'D',
                    '1w' => 'W',
                    '1M' => 'M',
                ],
                'requiredCredentials' => ['apiKey' => true, 'secret' => true],
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
                    'recvWindow' => 5000,
                    'sameNameParams' => ['triggerPrice'],
                    'accountType' => 'UNIFIED',
                    'accountsByType' => ['spot' => 'UNIFIED', 'unified' => 'UNIFIED', 'funding' => 'FUND'],
                    'ledgerTypes' => [
                        'TRADE' => 'trade',
                        'TRANSFER_IN' => 'transfer',
                        'TRANSFER_OUT' => 'transfer',
                        'FEE_REFUND' => 'rebate',
                        'INTEREST' => 'fee',
                        'AIRDROP' => 'airdrop',
                    ],
                    'networks' => [
                        'ERC20' => 'ETH',
                        'TRC20' => 'TRX',
                        'BEP20' => 'BSC',
                        'SOL' => 'SOL',
                        'ARBITRUM' => 'ARBI',
                        'BTC' => 'BTC',
                    ],
                    'orderStatuses' => [
                        'Created' => 'open',
                        'New' => 'open',
                        'PartiallyFilled' => 'open',
                        'Untriggered' => 'open',
                        'Triggered' => 'open',
                        'Active' => 'open',
                        'Filled' => 'closed',
                        'Cancelled' => 'canceled',
                        'PartiallyFilledCanceled' => 'canceled',
                        'Deactivated' => 'canceled',
                        'Rejected' => 'rejected',
                    ],
                    'depositStatuses' => [
                        '0' => 'pending',
                        '1' => 'pending',
                        '2' => 'pending',
                        '3' => 'ok',
                        '4' => 'failed',
                        '10011' => 'pending',
                        '10012' => 'ok',
                    ],
                    'withdrawalStatuses' => [
                        'SecurityCheck' => 'pending',
                        'Pending' => 'pending',
                        'MoreInformationRequired' => 'pending',
                        'BlockchainConfirmed' => 'ok',
                        'success' => 'ok',
                        'CancelByUser' => 'canceled',
                        'Reject' => 'failed',
                        'Fail' => 'failed',
                    ],
                    'transferStatuses' => ['SUCCESS' => 'ok', 'PENDING' => 'pending', 'FAILED' => 'failed'],
                    'maxBookDepth' => 200,
                    'maxRange' => 604800000,
                ],
                'exceptions' => [
                    'exact' => [
                        '10000' => RequestTimeout::class,
                        '10001' => BadRequest::class,
                        '10002' => InvalidNonce::class,
                        '10003' => AuthenticationError::class,
                        '10004' => AuthenticationError::class,
                        '10005' => PermissionDenied::class,
                        '10006' => RateLimitExceeded::class,
                        '10007' => AuthenticationError::class,
                        '10008' => AccountSuspended::class,
                        '10009' => PermissionDenied::class,
                        '10010' => PermissionDenied::class,
                        '10014' => BadRequest::class,
                        '10016' => ExchangeNotAvailable::class,
                        '10017' => BadRequest::class,
                        '10018' => RateLimitExceeded::class,
                        '10024' => PermissionDenied::class,
                        '10027' => AccountSuspended::class,
                        '10028' => PermissionDenied::class,
                        '10029' => BadSymbol::class,
                        '110001' => OrderNotFound::class,
                        '110003' => InvalidOrder::class,
                        '110004' => InsufficientFunds::class,
                        '110007' => InsufficientFunds::class,
                        '110008' => OrderNotFound::class,
                        '110010' => OrderNotFound::class,
                        '110012' => InsufficientFunds::class,
                        '110030' => DuplicateOrderId::class,
                        '110032' => InvalidOrder::class,
                        '110044' => InsufficientFunds::class,
                        '110045' => InsufficientFunds::class,
                        '110072' => DuplicateOrderId::class,
                        '170001' => ExchangeNotAvailable::class,
                        '170005' => RateLimitExceeded::class,
                        '170007' => RequestTimeout::class,
                        '170031' => ExchangeNotAvailable::class,
                        '170032' => ExchangeNotAvailable::class,
                        '170033' => InsufficientFunds::class,
                        '170105' => BadRequest::class,
                        '170115' => InvalidOrder::class,
                        '170116' => InvalidOrder::class,
                        '170117' => InvalidOrder::class,
                        '170121' => BadSymbol::class,
                        '170124' => InvalidOrder::class,
                        '170130' => BadRequest::class,
                        '170131' => InsufficientFunds::class,
                        '170132' => InvalidOrder::class,
                        '170133' => InvalidOrder::class,
                        '170134' => InvalidOrder::class,
                        '170135' => InvalidOrder::class,
                        '170136' => InvalidOrder::class,
                        '170137' => InvalidOrder::class,
                        '170139' => InvalidOrder::class,
                        '170140' => InvalidOrder::class,
                        '170141' => DuplicateOrderId::class,
                        '170142' => OrderNotFound::class,
                        '170143' => OrderNotFound::class,
                        '170144' => InvalidOrder::class,
                        '170145' => InvalidOrder::class,
                        '170146' => RequestTimeout::class,
                        '170147' => RequestTimeout::class,
                        '170148' => InvalidOrder::class,
                        '170149' => InvalidOrder::class,
                        '170151' => BadSymbol::class,
                        '170157' => BadSymbol::class,
                        '170159' => InvalidOrder::class,
                        '170190' => InvalidOrder::class,
                        '170191' => InvalidOrder::class,
                        '170192' => InvalidOrder::class,
                        '170193' => InvalidOrder::class,
                        '170194' => InvalidOrder::class,
                        '170195' => InvalidOrder::class,
                        '170196' => InvalidOrder::class,
                        '170197' => InvalidOrder::class,
                        '170198' => InvalidOrder::class,
                        '170199' => InvalidOrder::class,
                        '170200' => InvalidOrder::class,
                        '170201' => AccountSuspended::class,
                        '170202' => InvalidOrder::class,
                        '170203' => InvalidOrder::class,
                        '170204' => InvalidOrder::class,
                        '170206' => InvalidOrder::class,
                        '170210' => InvalidOrder::class,
                        '170212' => CancelPending::class,
                        '170213' => OrderNotFound::class,
                        '170217' => InvalidOrder::class,
                        '170218' => InvalidOrder::class,
                        '170221' => BadRequest::class,
                        '170222' => RateLimitExceeded::class,
                        '170227' => BadRequest::class,
                        '170228' => InvalidOrder::class,
                        '170229' => InvalidOrder::class,
                        '170234' => ExchangeNotAvailable::class,
                        '170310' => RequestTimeout::class,
                        '170311' => InvalidOrder::class,
                        '170312' => InvalidOrder::class,
                        '170313' => InvalidOrder::class,
                        '131001' => ExchangeNotAvailable::class,
                        '131002' => BadRequest::class,
                        '131004' => PermissionDenied::class,
                        '131083' => InvalidAddress::class,
                        '131085' => InsufficientFunds::class,
                        '131090' => AccountSuspended::class,
                        '131093' => InvalidAddress::class,
                        '131096' => BadRequest::class,
                        '131203' => BadRequest::class,
                        '131208' => PermissionDenied::class,
                        '131210' => BadRequest::class,
                        '131211' => BadRequest::class,
                        '131212' => InsufficientFunds::class,
                        '131215' => BadRequest::class,
                        '131228' => InsufficientFunds::class,
                        '181008' => BadRequest::class,
                        '181009' => BadRequest::class,
                        '181010' => BadRequest::class,
                        '181012' => BadSymbol::class,
                    ],
                    'broad' => ['Too many visits' => RateLimitExceeded::class],
                ],
            ],
        );
    }

    // --- markets and currencies ----------------------------------------------------------------------
    public function fetch_time($params = null) {
        if ($params === null) {
            $params = [];
        }
        // market/time: { timeSecond, timeNano } as strings; nanoseconds keep the milliseconds.
        $response = $this->public_get_v5_market_time($params);
        $result = $this->safe_dict($response, 'result', []);
        $nano = $this->safe_string($result, 'timeNano');
        if ($nano === null) {
            return $this->safe_timestamp($result, 'timeSecond');
        }
        return Js::parseInt(Precise::string_div($nano, '1000000', 0));
    }

    public function spot_maintenance($item) {
        // An ongoing maintenance of the production service (env 1) that concerns spot (product 2).
        $products = $this->safe_list($item, 'product', []);
        $spot = false;
        for ($i = 0; $i < count($products); $i++) {
            $spot = $spot || ($this->number_to_string(Js::get($products, $i)) === '2');
        }
        return $spot && ($this->safe_string($item, 'state') === 'ongoing') && !(
            $this->safe_string($item, 'env') === '2'
        );
    }

    public function fetch_status($params = null) {
        if ($params === null) {
            $params = [];
        }
        // system/status lists maintenances with state 'scheduled', 'ongoing', 'completed' or 'canceled', the
        // products they concern and begin and end in milliseconds: an ongoing spot one means maintenance until
        // its (expected) end.
        $response = $this->public_get_v5_system_status($params);
        $items = $this->safe_list($this->safe_dict($response, 'result', []), 'list', []);
        for ($i = 0; $i < count($items); $i++) {
            if (Js::truthy($this->spot_maintenance(Js::get($items, $i)))) {
                $href = $this->safe_string(Js::get($items, $i), 'href');
                return [
                    'status' => 'maintenance',
                    'updated' => $this->safe_integer($response, 'time'),
                    'eta' => $this->safe_integer(Js::get($items, $i), 'end'),
                    'url' => $href,
                    'info' => $response,
                ];
            }
        }
        return [
            'status' => 'ok',
            'updated' => $this->safe_integer($response, 'time'),
            'eta' => null,
            'url' => null,
            'info' => $response,
        ];
    }

    public function fetch_markets($params = null) {
        if ($params === null) {
            $params = [];
        }
        // instruments-info (category=spot): { symbol, baseCoin, quoteCoin, status: 'Trading', lotSizeFilter:
        // { basePrecision, quotePrecision, minOrderAmt, maxLimitOrderQty, maxMarketOrderQty, and the deprecated
        // minOrderQty, maxOrderQty, maxOrderAmt }, priceFilter: { tickSize } }. Spot has no pagination.
        $response = $this->public_get_v5_market_instruments_info(
            $this->extend(['category' => 'spot'], $params),
        );
        $entries = $this->safe_list($this->safe_dict($response, 'result', []), 'list', []);
        $result = [];
        for ($i = 0; $i < count($entries); $i++) {
            $result[] = $this->parse_spot_market(Js::get($entries, $i));
        }
        return $result;
    }

    public function parse_spot_market($entry) {
        $base_id = $this->safe_string($entry, 'baseCoin');
        $quote_id = $this->safe_string($entry, 'quoteCoin');
        $base = $this->safe_currency_code($base_id);
        $quote = $this->safe_currency_code($quote_id);
        $lot_size = $this->safe_dict($entry, 'lotSizeFilter', []);
        $price_filter = $this->safe_dict($entry, 'priceFilter', []);
        return $this->safe_market_structure(
            [
                'id' => $this->safe_string($entry, 'symbol'),
                'symbol' => Js::boundedText(Js::toStr($base) . '/' . Js::toStr($quote)),
                'base' => $base,
                'quote' => $quote,
                'baseId' => $base_id,
                'quoteId' => $quote_id,
                'active' => $this->safe_string($entry, 'status') === 'Trading',
                'type' => 'spot',
                'spot' => true,
                'taker' => Js::get(Js::get($this->fees, 'trading'), 'taker'),
                'maker' => Js::get(Js::get($this->fees, 'trading'), 'maker'),
                'precision' => [
                    'amount' => $this->safe_number($lot_size, 'basePrecision'),
                    'price' => $this->safe_number($price_filter, 'tickSize'),
                ],
                'limits' => [
                    'amount' => [
                        'min' => null,
                        'max' => $this->safe_number2($lot_size, 'maxLimitOrderQty', 'maxOrderQty'),
                    ],
                    'price' => ['min' => null, 'max' => null],
                    'cost' => ['min' => $this->safe_number($lot_size, 'minOrderAmt'), 'max' => null],
                ],
                'info' => $entry,
            ],
        );
    }

    public function fetch_currencies($params = null) {
        if ($params === null) {
            $params = [];
        }
        // coin/query-info is signed: without credentials there is no coin list (an empty dictionary), and
        // loadMarkets derives the currencies from the markets. rows: [ { coin, name, remainAmount, chains: [
        // { chain, chainType, withdrawFee ('' when the chain cannot withdraw), depositMin, withdrawMin,
        // minAccuracy (decimals), chainDeposit and chainWithdraw ('1' enabled, '0' suspended) } ] } ].
        if (!(Js::truthy($this->check_required_credentials(false)))) {
            return [];
        }
        $response = $this->private_get_v5_asset_coin_query_info($params);
        $rows = $this->safe_list($this->safe_dict($response, 'result', []), 'rows', []);
        $result = [];
        for ($i = 0; $i < count($rows); $i++) {
            $currency = $this->parse_coin(Js::get($rows, $i));
            Js::setKey($result, Js::get($currency, 'code'), $currency);
        }
        return $result;
    }

    public function parse_coin($entry) {
        $id = $this->safe_string($entry, 'coin');
        $chains = $this->safe_list($entry, 'chains', []);
        $networks = [];
        $deposit = false;
        $withdraw = false;
        for ($j = 0; $j < count($chains); $j++) {
            $network = $this->parse_chain(Js::get($chains, $j));
            Js::setKey($networks, Js::get($network, 'network'), $network);
            $deposit = Js::truthy($_value1 = $deposit) ? $_value1 : Js::get($network, 'deposit');
            $withdraw = Js::truthy($_value2 = $withdraw) ? $_value2 : Js::get($network, 'withdraw');
        }
        // With one chain, its fee and precision are the currency's; with several they differ per chain.
        $only = count($chains) == 1 ? $this->safe_dict($networks, Js::get(Js::keys($networks), 0)) : null;
        return [
            'id' => $id,
            'code' => $this->safe_currency_code($id),
            'name' => $this->safe_string($entry, 'name'),
            'active' => Js::truthy($_value3 = $deposit) ? $withdraw : $_value3,
            'deposit' => $deposit,
            'withdraw' => $withdraw,
            'fee' => $this->safe_number($only, 'fee'),
            'precision' => $this->safe_number($only, 'precision'),
            'limits' => ['withdraw' => ['min' => null, 'max' => $this->safe_number($entry, 'remainAmount')]],
            'networks' => $networks,
            'info' => $entry,
        ];
    }

    public function parse_chain($chain) {
        $network_id = $this->safe_string($chain, 'chain');
        $deposit = $this->safe_string($chain, 'chainDeposit') === '1';
        $withdraw = $this->safe_string($chain, 'chainWithdraw') === '1';
        return [
            'id' => $network_id,
            'network' => $this->network_code($network_id),
            'active' => $deposit && $withdraw,
            'deposit' => $deposit,
            'withdraw' => $withdraw,
            'fee' => $this->safe_number($chain, 'withdrawFee'),
            'precision' => $this->parse_number(
                $this->parse_precision($this->safe_string($chain, 'minAccuracy')),
            ),
            'limits' => [
                'deposit' => ['min' => $this->safe_number($chain, 'depositMin'), 'max' => null],
                'withdraw' => ['min' => $this->safe_number($chain, 'withdrawMin'), 'max' => null],
            ],
        ];
    }

    public function fetch_deposit_withdraw_fees($codes = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // coin/query-info, as fetchCurrencies reads it: each chain's withdrawal fee. It is signed, so the
        // credentials are required here.
        $this->check_required_credentials();
        $currencies = $this->fetch_currencies($params);
        return $this->deposit_withdraw_fees_from_currencies($currencies, $codes);
    }

    // --- market data ---------------------------------------------------------------------------------
    public function parse_ticker($ticker, $market = null) {
        // tickers (spot): { symbol, bid1Price, bid1Size, ask1Price, ask1Size, lastPrice, prevPrice24h,
        // price24hPcnt (a fraction: 0.0068 is 0.68 %), highPrice24h, lowPrice24h, turnover24h (quote),
        // volume24h (base), usdIndexPrice }. The list has no time of its own: the caller sets the response's.
        $market = $this->safe_market($this->safe_string($ticker, 'symbol'), $market);
        $fraction = $this->safe_string($ticker, 'price24hPcnt');
        return $this->ticker_structure(
            symbol: Js::get($market, 'symbol'),
            high: $this->safe_string($ticker, 'highPrice24h'),
            low: $this->safe_string($ticker, 'lowPrice24h'),
            bid: $this->safe_string($ticker, 'bid1Price'),
            bid_volume: $this->safe_string($ticker, 'bid1Size'),
            ask: $this->safe_string($ticker, 'ask1Price'),
            ask_volume: $this->safe_string($ticker, 'ask1Size'),
            open: $this->safe_string($ticker, 'prevPrice24h'),
            last: $this->safe_string($ticker, 'lastPrice'),
            percentage: $fraction === null ? null : Precise::string_mul($fraction, '100'),
            base_volume: $this->safe_string($ticker, 'volume24h'),
            quote_volume: $this->safe_string($ticker, 'turnover24h'),
            info: $ticker,
            market: $market,
        );
    }

    public function stamp_ticker($ticker, $timestamp) {
        // A copy of the ticker with the response's time: Python and PHP pass dictionaries differently.
        return $this->extend($ticker, ['timestamp' => $timestamp, 'datetime' => $this->iso8601($timestamp)]);
    }

    public function fetch_ticker($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $market = $this->market($symbol);
        $response = $this->public_get_v5_market_tickers(
            $this->extend(['category' => 'spot', 'symbol' => Js::get($market, 'id')], $params),
        );
        $entries = $this->safe_list($this->safe_dict($response, 'result', []), 'list', []);
        $entry = $this->safe_dict($entries, 0);
        if ($entry === null) {
            throw new BadSymbol(
                Js::boundedText(
                    Js::toStr($this->id) . ' fetchTicker () got no ticker for ' . Js::toStr($symbol),
                ),
            );
        }
        return $this->stamp_ticker(
            $this->parse_ticker($entry, $market),
            $this->safe_integer($response, 'time'),
        );
    }

    public function fetch_tickers($symbols = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // tickers without a symbol: every spot market's.
        $this->load_markets();
        $response = $this->public_get_v5_market_tickers($this->extend(['category' => 'spot'], $params));
        $entries = $this->safe_list($this->safe_dict($response, 'result', []), 'list', []);
        $timestamp = $this->safe_integer($response, 'time');
        $tickers = $this->parse_tickers($entries, $symbols);
        $result = [];
        $keys = Js::keys($tickers);
        for ($i = 0; $i < count($keys); $i++) {
            Js::setKey(
                $result,
                $keys[$i],
                $this->stamp_ticker($this->safe_dict($tickers, $keys[$i]), $timestamp),
            );
        }
        return $result;
    }

    public function fetch_order_book($symbol, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // orderbook: { s, b: [ [ price, size ] ] best first, a, ts, u (the update id), seq }. Spot answers one
        // level by default and 200 at most, so the whole depth is asked for unless limit says otherwise.
        $this->load_markets();
        $market = $this->market($symbol);
        $depth = Js::get($this->options, 'maxBookDepth');
        $request = [
            'category' => 'spot',
            'symbol' => Js::get($market, 'id'),
            'limit' => $limit === null ? $depth : Js::min($limit, $depth),
        ];
        $response = $this->public_get_v5_market_orderbook($this->extend($request, $params));
        $result = $this->safe_dict($response, 'result', []);
        $book = $this->parse_order_book(
            $result,
            Js::get($market, 'symbol'),
            $this->safe_integer($result, 'ts'),
            'b',
            'a',
        );
        Js::set($book, 'nonce', $this->safe_integer($result, 'u'));
        return $book;
    }

    public function parse_ohlcv($ohlcv, $market = null) {
        // [ startTime (ms), open, high, low, close, volume (base), turnover (quote) ], strings.
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
        // kline: newest first; start, end (the unified until) and limit are all optional.
        $this->load_markets();
        $market = $this->market($symbol);
        $interval = $this->safe_string($this->timeframes, $timeframe);
        if ($interval === null) {
            throw new BadRequest(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' fetchOHLCV () does not support the timeframe ' . Js::toStr($timeframe) . ': one of ') . Js::join(
                        Js::keys($this->timeframes),
                        ', ',
                    ),
                ),
            );
        }
        $request = ['category' => 'spot', 'symbol' => Js::get($market, 'id'), 'interval' => $interval];
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
        $response = $this->public_get_v5_market_kline($this->extend($request, $this->omit($params, 'until')));
        $candles = $this->safe_list($this->safe_dict($response, 'result', []), 'list', []);
        return $this->parse_ohlcvs($candles, $market, $timeframe, $since, $limit);
    }

    public function parse_trade($trade, $market = null) {
        // Public trades (recent-trade): { execId, symbol, price, size, side (the taker's), time, isBlockTrade }.
        // The account's executions (execution/list): { symbol, orderId, orderLinkId, side, orderType, execId,
        // execPrice, execQty, execValue, execFee, feeCurrency, feeRate, isMaker, execTime }.
        $market = $this->safe_market($this->safe_string($trade, 'symbol'), $market);
        $side = $this->safe_string_lower($trade, 'side');
        $is_maker = $this->safe_bool($trade, 'isMaker');
        $taker_or_maker = null;
        if ($is_maker !== null) {
            $taker_or_maker = $is_maker ? 'maker' : 'taker';
        }
        $fee = null;
        $fee_cost = $this->safe_string($trade, 'execFee');
        if ($fee_cost !== null) {
            $fee = [
                'cost' => $fee_cost,
                'currency' => $this->spot_fee_currency(
                    $this->safe_string($trade, 'feeCurrency'),
                    $side,
                    $market,
                    $is_maker,
                    $this->safe_string($trade, 'feeRate'),
                ),
                'rate' => $this->safe_string($trade, 'feeRate'),
            ];
        }
        return $this->trade_structure(
            id: $this->safe_string($trade, 'execId'),
            order: $this->safe_string($trade, 'orderId'),
            symbol: Js::get($market, 'symbol'),
            timestamp: $this->safe_integer2($trade, 'execTime', 'time'),
            type: $this->safe_string_lower($trade, 'orderType'),
            side: $side,
            taker_or_maker: $taker_or_maker,
            price: $this->safe_string2($trade, 'execPrice', 'price'),
            amount: $this->safe_string2($trade, 'execQty', 'size'),
            cost: $this->safe_string($trade, 'execValue'),
            fee: $fee,
            info: $trade,
            market: $market,
        );
    }

    public function spot_fee_currency($fee_currency, $side, $market, $is_maker = null, $fee_rate = null) {
        // The fee currency the response names; where it names none, the documented Spot Fee Currency
        // Instruction: a buy pays in the base currency it receives and a sell in the quote currency, except a
        // maker's rebate (a negative rate), which comes the other way round.
        if ($fee_currency !== null) {
            return $this->safe_currency_code($fee_currency);
        }
        if (!($side === 'buy') && !($side === 'sell')) {
            return null;
        }
        $rebate = Js::truthy($_value1 = ($is_maker === true) && ($fee_rate !== null)) ? Precise::string_lt(
            $fee_rate,
            '0',
        ) : $_value1;
        $in_base = $rebate ? ($side === 'sell') : ($side === 'buy');
        return $in_base ? Js::get($market, 'base') : Js::get($market, 'quote');
    }

    public function fetch_trades($symbol, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // recent-trade: the latest trades (60 at most for spot); since filters what they return.
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['category' => 'spot', 'symbol' => Js::get($market, 'id')];
        if ($limit !== null) {
            $request['limit'] = Js::min($limit, 60);
        }
        $response = $this->public_get_v5_market_recent_trade($this->extend($request, $params));
        $trades = $this->safe_list($this->safe_dict($response, 'result', []), 'list', []);
        return $this->parse_trades($trades, $market, $since, $limit);
    }

    // --- account -------------------------------------------------------------------------------------
    public function fetch_balance($params = null) {
        if ($params === null) {
            $params = [];
        }
        // wallet-balance (accountType UNIFIED, or params['accountType']): list[0].coin: [ { coin,
        // walletBalance, locked (held by open spot orders), free (classic spot wallets only), ... } ].
        $this->load_markets();
        $request = ['accountType' => Js::get($this->options, 'accountType')];
        $response = $this->private_get_v5_account_wallet_balance($this->extend($request, $params));
        $accounts = $this->safe_list($this->safe_dict($response, 'result', []), 'list', []);
        $result = ['info' => $response];
        for ($i = 0; $i < count($accounts); $i++) {
            $coins = $this->safe_list(Js::get($accounts, $i), 'coin', []);
            for ($j = 0; $j < count($coins); $j++) {
                $entry = Js::get($coins, $j);
                $account = $this->account();
                Js::set($account, 'total', $this->safe_string($entry, 'walletBalance'));
                Js::set($account, 'used', $this->safe_string($entry, 'locked'));
                Js::set($account, 'free', $this->safe_string($entry, 'free'));
                Js::setKey($result, $this->safe_currency_code($this->safe_string($entry, 'coin')), $account);
            }
        }
        $timestamp = $this->safe_integer($response, 'time');
        $result['timestamp'] = $timestamp;
        $result['datetime'] = $this->iso8601($timestamp);
        return $this->safe_balance($result);
    }

    public function parse_trading_fee($entry, $market = null) {
        $market = $this->safe_market($this->safe_string($entry, 'symbol'), $market);
        return [
            'symbol' => Js::get($market, 'symbol'),
            'maker' => $this->safe_number($entry, 'makerFeeRate'),
            'taker' => $this->safe_number($entry, 'takerFeeRate'),
            'info' => $entry,
        ];
    }

    public function fetch_trading_fees($params = null) {
        if ($params === null) {
            $params = [];
        }
        // fee-rate (category=spot) without a symbol: { list: [ { symbol, takerFeeRate, makerFeeRate } ] }.
        $this->load_markets();
        $response = $this->private_get_v5_account_fee_rate($this->extend(['category' => 'spot'], $params));
        $entries = $this->safe_list($this->safe_dict($response, 'result', []), 'list', []);
        $fees = [];
        for ($i = 0; $i < count($entries); $i++) {
            $fee = $this->parse_trading_fee(Js::get($entries, $i));
            Js::setKey($fees, Js::get($fee, 'symbol'), $fee);
        }
        return $fees;
    }

    public function fetch_trading_fee($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $market = $this->market($symbol);
        $response = $this->private_get_v5_account_fee_rate(
            $this->extend(['category' => 'spot', 'symbol' => Js::get($market, 'id')], $params),
        );
        $entries = $this->safe_list($this->safe_dict($response, 'result', []), 'list', []);
        return $this->parse_trading_fee($this->safe_dict($entries, 0, []), $market);
    }

    // --- orders --------------------------------------------------------------------------------------
    public function non_zero($value) {
        // Bybit writes absent prices as '', '0' or '0.00'.
        if (($value === null) || Precise::string_eq($value, '0')) {
            return null;
        }
        return $value;
    }

    public function parse_order_fees($order, $side, $market) {
        // cumFeeDetail ({ coin: amount }) where the response has it; else cumExecFee in the spot fee currency.
        $detail = $this->safe_dict($order, 'cumFeeDetail');
        $fees = [];
        if ($detail !== null) {
            $coins = Js::keys($detail);
            for ($i = 0; $i < count($coins); $i++) {
                $fees[] = [
                    'cost' => $this->safe_string($detail, $coins[$i]),
                    'currency' => $this->safe_currency_code($coins[$i]),
                ];
            }
            return $fees;
        }
        $cost = $this->safe_string($order, 'cumExecFee');
        if ($cost !== null) {
            $fees[] = ['cost' => $cost, 'currency' => $this->spot_fee_currency(null, $side, $market)];
        }
        return $fees;
    }

    public function parse_order($order, $market = null) {
        // order/realtime and order/history: { orderId, orderLinkId, symbol, price, qty, side, orderStatus,
        // avgPrice, cumExecQty, cumExecValue, cumExecFee, timeInForce, orderType, stopOrderType, marketUnit,
        // triggerPrice, takeProfit, stopLoss, createdTime, updatedTime }. A market buy sized in the quote
        // currency (marketUnit quoteCoin, the default for market buys) has its qty in quote units: it is the
        // order's cost, not its amount.
        $market = $this->safe_market($this->safe_string($order, 'symbol'), $market);
        $type = $this->safe_string_lower($order, 'orderType');
        $side = $this->safe_string_lower($order, 'side');
        $time_in_force = $this->safe_string($order, 'timeInForce');
        $post_only = $time_in_force === 'PostOnly';
        if ($post_only) {
            $time_in_force = 'PO';
        }
        $amount = $this->safe_string($order, 'qty');
        $cost = $this->safe_string($order, 'cumExecValue');
        $unit = $this->safe_string($order, 'marketUnit');
        if (($type === 'market') && ($side === 'buy') && !($unit === 'baseCoin')) {
            $amount = null;
        }
        $status = $this->safe_string($order, 'orderStatus');
        $fees = $this->parse_order_fees($order, $side, $market);
        $trigger_price = $this->non_zero($this->safe_string($order, 'triggerPrice'));
        return $this->safe_order(
            [
                'id' => $this->safe_string($order, 'orderId'),
                'clientOrderId' => $this->safe_string($order, 'orderLinkId'),
                'symbol' => Js::get($market, 'symbol'),
                'timestamp' => $this->safe_integer($order, 'createdTime'),
                'lastUpdateTimestamp' => $this->safe_integer($order, 'updatedTime'),
                'status' => $this->safe_string(Js::get($this->options, 'orderStatuses'), $status, $status),
                'type' => $type,
                'timeInForce' => $time_in_force,
                'postOnly' => $post_only,
                'side' => $side,
                'price' => $type === 'market' ? null : $this->non_zero($this->safe_string($order, 'price')),
                'triggerPrice' => $trigger_price,
                'stopLossPrice' => $this->non_zero($this->safe_string($order, 'stopLoss')),
                'takeProfitPrice' => $this->non_zero($this->safe_string($order, 'takeProfit')),
                'average' => $this->non_zero($this->safe_string($order, 'avgPrice')),
                'amount' => $amount,
                'filled' => $this->safe_string($order, 'cumExecQty'),
                'remaining' => $amount === null ? null : $this->safe_string($order, 'leavesQty'),
                'cost' => $cost,
                'fees' => $fees,
                'info' => $order,
            ],
            $market,
        );
    }

    public function create_order($symbol, $type, $side, $amount, $price = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST order/create. The unified params map to Bybit's fields: postOnly is timeInForce PostOnly,
        // timeInForce GTC, IOC and FOK are sent as they are named, clientOrderId is orderLinkId, cost sizes a
        // market buy in the quote currency (marketUnit quoteCoin), triggerPrice makes a spot conditional order
        // (orderFilter StopOrder), stopLossPrice and takeProfitPrice a spot TP/SL order (orderFilter
        // tpslOrder), both triggered at triggerPrice. reduceOnly is for derivatives only.
        $this->load_markets();
        $market = $this->market($symbol);
        [$unified, $rest] = Js::destructure($this->unified_order_params($type, $params), 2);
        $this->reject_unified_params('createOrder', $unified, ['reduceOnly']);
        if ((Js::get($unified, 'cost') !== null) && !($side === 'buy')) {
            // The reject reason EC_MarketQuoteNoSuppSell: a market sell is sized in the base currency.
            throw new InvalidOrder(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' createOrder () cost sizes market buys only: a market sell takes an amount',
                ),
            );
        }
        $request = [
            'category' => 'spot',
            'symbol' => Js::get($market, 'id'),
            'side' => $side === 'buy' ? 'Buy' : 'Sell',
            'orderType' => $type === 'market' ? 'Market' : 'Limit',
        ];
        $request = $this->extend($request, $this->order_size($symbol, $type, $amount, $unified));
        if ($type === 'limit') {
            if ($price === null) {
                throw new ArgumentsRequired(
                    Js::boundedText(
                        Js::toStr($this->id) . ' createOrder () requires a price for a limit order',
                    ),
                );
            }
            $request['price'] = $this->price_to_precision($symbol, $price);
        } elseif (!($type === 'market')) {
            throw new InvalidOrder(
                Js::boundedText(
                    Js::toStr($this->id) . ' createOrder () supports market and limit orders, not ' . Js::toStr(
                        $type,
                    ),
                ),
            );
        }
        $time_in_force = $this->order_time_in_force($type, $unified);
        if ($time_in_force !== null) {
            $request['timeInForce'] = $time_in_force;
        }
        if (Js::get($unified, 'clientOrderId') !== null) {
            $request['orderLinkId'] = Js::get($unified, 'clientOrderId');
        }
        $trigger = Js::get($unified, 'trigger');
        if ($trigger !== null) {
            $request['triggerPrice'] = $this->price_to_precision($symbol, $trigger);
            $request['orderFilter'] = Js::get(
                $unified,
                'triggerKind',
            ) === 'triggerPrice' ? 'StopOrder' : 'tpslOrder';
        }
        $response = $this->private_post_v5_order_create($this->extend($request, $rest));
        return $this->acknowledged_order($response, $market, $type, $side, $request);
    }

    public function order_size($symbol, $type, $amount, $unified) {
        // qty: base units for limit orders; for market orders marketUnit says which unit, and a market buy
        // without it would be read in quote units, so it is always stated.
        if (Js::get($unified, 'cost') !== null) {
            return [
                'qty' => $this->cost_to_precision($symbol, Js::get($unified, 'cost')),
                'marketUnit' => 'quoteCoin',
            ];
        }
        if ($amount === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' createOrder () requires an amount (or, for a market buy, the unified param cost)',
                ),
            );
        }
        $size = ['qty' => $this->amount_to_precision($symbol, $amount)];
        if ($type === 'market') {
            $size['marketUnit'] = 'baseCoin';
        }
        return $size;
    }

    public function order_time_in_force($type, $unified) {
        // Bybit's timeInForce: GTC (the default), IOC, FOK or PostOnly; market orders are always IOC.
        if (Js::truthy(Js::get($unified, 'postOnly'))) {
            return 'PostOnly';
        }
        $time_in_force = Js::get($unified, 'timeInForce');
        if (($type === 'market') && ($time_in_force !== null) && !($time_in_force === 'IOC')) {
            throw new InvalidOrder(
                Js::boundedText(
                    Js::toStr($this->id) . ' createOrder () timeInForce ' . Js::toStr(
                        $time_in_force,
                    ) . ' is for limit orders: Bybit executes market orders IOC',
                ),
            );
        }
        return $time_in_force;
    }

    public function acknowledged_order($response, $market, $type, $side, $request) {
        // order/create and order/amend answer { orderId, orderLinkId } only: the rest is what was asked for.
        $result = $this->safe_dict($response, 'result', []);
        $time_in_force = $this->safe_string($request, 'timeInForce');
        $quote_sized = $this->safe_string($request, 'marketUnit') === 'quoteCoin';
        return $this->safe_order(
            [
                'id' => $this->safe_string($result, 'orderId'),
                'clientOrderId' => $this->safe_string($result, 'orderLinkId'),
                'symbol' => Js::get($market, 'symbol'),
                'type' => $type,
                'side' => $side,
                'timeInForce' => $time_in_force === 'PostOnly' ? 'PO' : $time_in_force,
                'postOnly' => $time_in_force === null ? null : ($time_in_force === 'PostOnly'),
                'price' => $this->safe_string($request, 'price'),
                'triggerPrice' => $this->safe_string($request, 'triggerPrice'),
                'amount' => $quote_sized ? null : $this->safe_string($request, 'qty'),
                'cost' => $quote_sized ? $this->safe_string($request, 'qty') : null,
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

    public function edit_order($id, $symbol, $type, $side, $amount = null, $price = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST order/amend changes qty, price and triggerPrice of an open order; its time in force (postOnly)
        // cannot change.
        if ($this->safe_bool($params, 'postOnly', false) === true) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' editOrder () does not support the unified param postOnly: order/amend cannot change the time in force',
                ),
            );
        }
        $this->load_markets();
        $market = $this->require_market('editOrder', $symbol);
        $request = ['category' => 'spot', 'symbol' => Js::get($market, 'id'), 'orderId' => $id];
        if ($amount !== null) {
            $request['qty'] = $this->amount_to_precision($symbol, $amount);
        }
        if ($price !== null) {
            $request['price'] = $this->price_to_precision($symbol, $price);
        }
        $trigger_price = $this->safe_string($params, 'triggerPrice');
        if ($trigger_price !== null) {
            $request['triggerPrice'] = $this->price_to_precision($symbol, $trigger_price);
        }
        $response = $this->private_post_v5_order_amend(
            $this->extend($request, $this->omit($params, ['postOnly', 'triggerPrice'])),
        );
        return $this->acknowledged_order($response, $market, $type, $side, $request);
    }

    public function require_market($method, $symbol) {
        if ($symbol === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr($this->id) . ' ' . Js::toStr($method) . ' () requires a symbol argument',
                ),
            );
        }
        return $this->market($symbol);
    }

    public function cancel_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST order/cancel takes the symbol with the orderId; it answers { orderId, orderLinkId }.
        $this->load_markets();
        $market = $this->require_market('cancelOrder', $symbol);
        $request = ['category' => 'spot', 'symbol' => Js::get($market, 'id'), 'orderId' => $id];
        $response = $this->private_post_v5_order_cancel($this->extend($request, $params));
        $result = $this->safe_dict($response, 'result', []);
        return $this->safe_order(
            [
                'id' => $this->safe_string($result, 'orderId', $id),
                'clientOrderId' => $this->safe_string($result, 'orderLinkId'),
                'symbol' => Js::get($market, 'symbol'),
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
        // POST order/cancel-all (category=spot, of one symbol with symbol): { list: [ { orderId, orderLinkId } ],
        // success: '1' }.
        $this->load_markets();
        $request = ['category' => 'spot'];
        $market = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
            $request['symbol'] = Js::get($market, 'id');
        }
        $response = $this->private_post_v5_order_cancel_all($this->extend($request, $params));
        $entries = $this->safe_list($this->safe_dict($response, 'result', []), 'list', []);
        $result = [];
        for ($i = 0; $i < count($entries); $i++) {
            $result[] = $this->safe_order(
                [
                    'id' => $this->safe_string(Js::get($entries, $i), 'orderId'),
                    'clientOrderId' => $this->safe_string(Js::get($entries, $i), 'orderLinkId'),
                    'symbol' => $this->safe_symbol(null, $market),
                    'status' => 'canceled',
                    'info' => Js::get($entries, $i),
                ],
                $market,
            );
        }
        return $result;
    }

    public function fetch_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // order/realtime finds open orders and the latest closed ones by orderId; order/history the rest of
        // the last 7 days.
        $this->load_markets();
        $market = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
        }
        $request = ['category' => 'spot', 'orderId' => $id];
        $live = $this->private_get_v5_order_realtime($this->extend($request, $params));
        $entries = $this->safe_list($this->safe_dict($live, 'result', []), 'list', []);
        if (count($entries) == 0) {
            $history = $this->private_get_v5_order_history($this->extend($request, $params));
            $entries = $this->safe_list($this->safe_dict($history, 'result', []), 'list', []);
        }
        if (count($entries) == 0) {
            throw new OrderNotFound(
                Js::boundedText(Js::toStr($this->id) . ' fetchOrder () found no order ' . Js::toStr($id)),
            );
        }
        return $this->parse_order(Js::get($entries, 0), $market);
    }

    public function fetch_open_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // order/realtime (openOnly 0, the default): open orders, newest first, 50 at most a page.
        $this->load_markets();
        $request = ['category' => 'spot'];
        $market = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
            $request['symbol'] = Js::get($market, 'id');
        }
        if ($limit !== null) {
            $request['limit'] = Js::min($limit, 50);
        }
        $response = $this->private_get_v5_order_realtime($this->extend($request, $params));
        $entries = $this->safe_list($this->safe_dict($response, 'result', []), 'list', []);
        return $this->parse_orders($entries, $market, $since, $limit);
    }

    public function range_request($request, $since, $params) {
        // startTime and endTime (the unified until): order/history wants both or neither, and both
        // order/history and execution/list at most 7 days apart, so a range with one end is completed to 7 days.
        $until = $this->safe_integer($params, 'until');
        $range = Js::get($this->options, 'maxRange');
        if ($since !== null) {
            Js::set($request, 'startTime', $since);
            Js::set($request, 'endTime', $until === null ? Js::add($since, $range) : $until);
        } elseif ($until !== null) {
            Js::set($request, 'startTime', Js::subtract($until, $range));
            Js::set($request, 'endTime', $until);
        }
        return $this->extend($request, $this->omit($params, 'until'));
    }

    public function fetch_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // order/history: every status for the last 7 days (filled orders only further back), newest first.
        $this->load_markets();
        $request = ['category' => 'spot'];
        $market = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
            $request['symbol'] = Js::get($market, 'id');
        }
        if ($limit !== null) {
            $request['limit'] = Js::min($limit, 50);
        }
        $response = $this->private_get_v5_order_history($this->range_request($request, $since, $params));
        $entries = $this->safe_list($this->safe_dict($response, 'result', []), 'list', []);
        return $this->parse_orders($entries, $market, $since, $limit);
    }

    public function fetch_closed_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // order/history less the orders still open.
        $orders = $this->fetch_orders($symbol, $since, null, $params);
        $result = [];
        for ($i = 0; Js::less($i, Js::length($orders)); $i++) {
            if (!(Js::get(Js::get($orders, $i), 'status') === 'open')) {
                $result[] = Js::get($orders, $i);
            }
        }
        return $this->filter_by_since_limit($result, $since, $limit);
    }

    public function fetch_order_trades($id, $symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // execution/list with orderId (which takes priority over every other filter).
        $this->load_markets();
        $market = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
        }
        $request = ['category' => 'spot', 'orderId' => $id];
        if ($limit !== null) {
            $request['limit'] = Js::min($limit, 100);
        }
        $response = $this->private_get_v5_execution_list($this->extend($request, $params));
        $entries = $this->safe_list($this->safe_dict($response, 'result', []), 'list', []);
        return $this->parse_trades($entries, $market, $since, $limit);
    }

    public function fetch_my_trades($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // execution/list: the account's spot executions, the last 7 days by default, newest first.
        $this->load_markets();
        $request = ['category' => 'spot'];
        $market = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
            $request['symbol'] = Js::get($market, 'id');
        }
        if ($limit !== null) {
            $request['limit'] = Js::min($limit, 100);
        }
        $response = $this->private_get_v5_execution_list($this->range_request($request, $since, $params));
        $entries = $this->safe_list($this->safe_dict($response, 'result', []), 'list', []);
        return $this->parse_trades($entries, $market, $since, $limit);
    }

    // --- funding -------------------------------------------------------------------------------------
    public function parse_transaction($transaction, $currency = null) {
        // deposit/query-record: { id, coin, chain, amount, txID, status (a number), toAddress, tag,
        // depositFee, successAt }. withdraw/query-record: { withdrawId, txID, withdrawType, coin, chain,
        // amount, withdrawFee, status (a name), toAddress, tag, createTime, updateTime }.
        $withdraw_id = $this->safe_string($transaction, 'withdrawId');
        $is_withdrawal = $withdraw_id !== null;
        $code = $this->safe_currency_code($this->safe_string($transaction, 'coin'), $currency);
        $statuses = $is_withdrawal ? Js::get($this->options, 'withdrawalStatuses') : Js::get(
            $this->options,
            'depositStatuses',
        );
        $fee = null;
        $fee_cost = $this->safe_string2($transaction, 'withdrawFee', 'depositFee');
        if ($fee_cost !== null) {
            $fee = ['cost' => $fee_cost, 'currency' => $code];
        }
        $updated = $this->safe_integer2($transaction, 'updateTime', 'successAt');
        return $this->safe_transaction(
            [
                'id' => $is_withdrawal ? $withdraw_id : $this->safe_string($transaction, 'id'),
                'txid' => $this->safe_string($transaction, 'txID'),
                'timestamp' => $is_withdrawal ? $this->safe_integer($transaction, 'createTime') : $updated,
                'network' => $this->network_code($this->safe_string($transaction, 'chain')),
                'address' => $this->safe_string($transaction, 'toAddress'),
                'tag' => $this->safe_string($transaction, 'tag'),
                'type' => $is_withdrawal ? 'withdrawal' : 'deposit',
                'amount' => $this->safe_string($transaction, 'amount'),
                'currency' => $code,
                'status' => $this->safe_string($statuses, $this->safe_string($transaction, 'status')),
                'updated' => $updated,
                'fee' => $fee,
                'info' => $transaction,
            ],
            $currency,
        );
    }

    public function transaction_request($code, $since, $limit, $params) {
        // coin, startTime, endTime (the unified until) and limit (50 at most); the range is 30 days at most.
        $request = [];
        if ($code !== null) {
            $request['coin'] = Js::get($this->currency($code), 'id');
        }
        if ($since !== null) {
            $request['startTime'] = $since;
        }
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            $request['endTime'] = $until;
        }
        if ($limit !== null) {
            $request['limit'] = Js::min($limit, 50);
        }
        return $this->extend($request, $this->omit($params, 'until'));
    }

    public function fetch_deposits($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $currency = $code === null ? null : $this->currency($code);
        $response = $this->private_get_v5_asset_deposit_query_record(
            $this->transaction_request($code, $since, $limit, $params),
        );
        $rows = $this->safe_list($this->safe_dict($response, 'result', []), 'rows', []);
        return $this->parse_transactions($rows, $currency, $since, $limit);
    }

    public function fetch_withdrawals($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $currency = $code === null ? null : $this->currency($code);
        $response = $this->private_get_v5_asset_withdraw_query_record(
            $this->transaction_request($code, $since, $limit, $params),
        );
        $rows = $this->safe_list($this->safe_dict($response, 'result', []), 'rows', []);
        return $this->parse_transactions($rows, $currency, $since, $limit);
    }

    public function fetch_deposit_address($code, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // deposit/query-address: { coin, chains: [ { chainType, addressDeposit, tagDeposit, chain } ] }; the
        // unified param network picks the chain (chainType takes the chain name), else the first one listed.
        $this->load_markets();
        $currency = $this->currency($code);
        $request = ['coin' => Js::get($currency, 'id')];
        $network_code = $this->safe_string($params, 'network');
        if ($network_code !== null) {
            $request['chainType'] = $this->known_network_id($network_code, $currency, 'fetchDepositAddress');
        }
        $response = $this->private_get_v5_asset_deposit_query_address(
            $this->extend($request, $this->omit($params, 'network')),
        );
        $chains = $this->safe_list($this->safe_dict($response, 'result', []), 'chains', []);
        $entry = $this->safe_dict($chains, 0);
        for ($i = 0; $i < count($chains); $i++) {
            if (
                Js::strictEqual(
                    $this->safe_string(Js::get($chains, $i), 'chain'),
                    $this->safe_string($request, 'chainType'),
                )
            ) {
                $entry = Js::get($chains, $i);
            }
        }
        if ($entry === null) {
            throw new InvalidAddress(
                Js::boundedText(
                    Js::toStr($this->id) . ' fetchDepositAddress () got no address for ' . Js::toStr($code),
                ),
            );
        }
        return [
            'currency' => $code,
            'address' => $this->safe_string($entry, 'addressDeposit'),
            'tag' => $this->safe_string($entry, 'tagDeposit'),
            'network' => $this->network_code($this->safe_string($entry, 'chain'), $currency),
            'info' => $response,
        ];
    }

    public function fetch_deposit_addresses($codes = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // deposit/query-address of each code (it takes one coin and answers every chain of it): one request per
        // code, one address per chain.
        if ($codes === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' fetchDepositAddresses () requires the currency codes: deposit/query-address takes one coin',
                ),
            );
        }
        $this->load_markets();
        $result = [];
        for ($i = 0; Js::less($i, Js::length($codes)); $i++) {
            $currency = $this->currency(Js::get($codes, $i));
            $response = $this->private_get_v5_asset_deposit_query_address(
                $this->extend(['coin' => Js::get($currency, 'id')], $params),
            );
            $chains = $this->safe_list($this->safe_dict($response, 'result', []), 'chains', []);
            for ($j = 0; $j < count($chains); $j++) {
                $result[] = [
                    'currency' => Js::get($currency, 'code'),
                    'address' => $this->safe_string(Js::get($chains, $j), 'addressDeposit'),
                    'tag' => $this->safe_string(Js::get($chains, $j), 'tagDeposit'),
                    'network' => $this->network_code(
                        $this->safe_string(Js::get($chains, $j), 'chain'),
                        $currency,
                    ),
                    'info' => Js::get($chains, $j),
                ];
            }
        }
        return $result;
    }

    public function withdraw_chain($currency, $params) {
        // The chain of a withdrawal: the unified param network, or the currency's only chain.
        $network_code = $this->safe_string($params, 'network');
        if ($network_code !== null) {
            return $this->known_network_id($network_code, $currency, 'withdraw');
        }
        $networks = Js::keys($this->safe_dict($currency, 'networks', []));
        if (count($networks) == 1) {
            return $this->network_id(Js::get($networks, 0), $currency);
        }
        throw new ArgumentsRequired(
            Js::boundedText(
                Js::boundedText(Js::toStr($this->id) . ' withdraw () requires the unified param network for ') . Js::toStr(
                    Js::get($currency, 'code'),
                ) . ': Bybit withdraws on a named chain',
            ),
        );
    }

    public function withdraw($code, $amount, $address, $tag = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST withdraw/create: { coin, chain, address, tag, amount, timestamp }; answers { id }.
        $this->load_markets();
        $currency = $this->currency($code);
        $request = [
            'coin' => Js::get($currency, 'id'),
            'chain' => $this->withdraw_chain($currency, $params),
            'address' => $address,
            'amount' => $this->number_to_string($amount),
            'timestamp' => $this->milliseconds(),
        ];
        if ($tag !== null) {
            $request['tag'] = $tag;
        }
        $response = $this->private_post_v5_asset_withdraw_create(
            $this->extend($request, $this->omit($params, 'network')),
        );
        $result = $this->safe_dict($response, 'result', []);
        return $this->safe_transaction(
            [
                'id' => $this->safe_string($result, 'id'),
                'timestamp' => Js::get($request, 'timestamp'),
                'type' => 'withdrawal',
                'network' => $this->network_code(Js::get($request, 'chain'), $currency),
                'address' => $address,
                'tag' => $tag,
                'amount' => Js::get($request, 'amount'),
                'currency' => $code,
                'status' => 'pending',
                'info' => $response,
            ],
        );
    }

    public function transfer($code, $amount, $from_account, $to_account, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST transfer/inter-transfer: { transferId (a UUID the caller makes), coin, amount, fromAccountType,
        // toAccountType }; answers { transferId, status: 'SUCCESS', 'PENDING' or 'FAILED' }.
        $this->load_markets();
        $currency = $this->currency($code);
        $request = [
            'transferId' => $this->safe_string($params, 'transferId', $this->uuid()),
            'coin' => Js::get($currency, 'id'),
            'amount' => $this->number_to_string($amount),
            'fromAccountType' => $this->account_type_id($from_account),
            'toAccountType' => $this->account_type_id($to_account),
        ];
        $response = $this->private_post_v5_asset_transfer_inter_transfer(
            $this->extend($request, $this->omit($params, 'transferId')),
        );
        $result = $this->safe_dict($response, 'result', []);
        $status = $this->safe_string($result, 'status');
        return $this->safe_transfer(
            [
                'id' => $this->safe_string($result, 'transferId', Js::get($request, 'transferId')),
                'timestamp' => $this->safe_integer($response, 'time'),
                'currency' => $code,
                'amount' => Js::get($request, 'amount'),
                'fromAccount' => $from_account,
                'toAccount' => $to_account,
                'status' => $this->safe_string(Js::get($this->options, 'transferStatuses'), $status),
                'info' => $response,
            ],
        );
    }

    public function parse_ledger_entry($item, $currency = null) {
        // transaction-log: { id (the entry's unique id), symbol, category, side, transactionTime, type, qty,
        // size, currency, tradePrice, funding, fee (positive, a rebate negative), cashFlow, change (signed, fee
        // included), cashBalance (after it), feeRate, tradeId, orderId, orderLinkId }.
        $code = $this->safe_currency_code($this->safe_string($item, 'currency'), $currency);
        $change = $this->safe_string($item, 'change');
        $after = $this->safe_string($item, 'cashBalance');
        $before = ($change === null) || ($after === null) ? null : Precise::string_sub($after, $change);
        $direction = null;
        if ($change !== null) {
            $direction = Precise::string_lt($change, '0') ? 'out' : 'in';
        }
        $type = $this->safe_string($item, 'type');
        $fee = null;
        $fee_cost = $this->safe_string($item, 'fee');
        if (($fee_cost !== null) && !(Precise::string_eq($fee_cost, '0'))) {
            $fee = ['cost' => $fee_cost, 'currency' => $code];
        }
        return $this->safe_ledger_entry(
            [
                'id' => $this->safe_string($item, 'id'),
                'timestamp' => $this->safe_integer($item, 'transactionTime'),
                'direction' => $direction,
                'account' => 'spot',
                'referenceId' => $this->safe_string($item, 'orderId'),
                'type' => $this->safe_string(
                    Js::get($this->options, 'ledgerTypes'),
                    $type,
                    $this->safe_string_lower($item, 'type'),
                ),
                'currency' => $code,
                'amount' => $change === null ? null : Precise::string_abs($change),
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
        // account/transaction-log of the unified account's spot entries; it takes one currency (required),
        // startTime, endTime (the unified until) and limit (50 at most).
        if ($code === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' fetchLedger () requires a currency code: transaction-log takes one currency',
                ),
            );
        }
        $this->load_markets();
        $currency = $this->currency($code);
        $request = ['accountType' => 'UNIFIED', 'category' => 'spot', 'currency' => Js::get($currency, 'id')];
        if ($since !== null) {
            $request['startTime'] = $since;
        }
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            $request['endTime'] = $until;
        }
        if ($limit !== null) {
            $request['limit'] = Js::min($limit, 50);
        }
        $response = $this->private_get_v5_account_transaction_log(
            $this->extend($request, $this->omit($params, 'until')),
        );
        $entries = $this->safe_list($this->safe_dict($response, 'result', []), 'list', []);
        return $this->parse_ledger($entries, $currency, $since, $limit);
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
        $url = Js::boundedText(Js::toStr(Js::get($this->urls, 'api')) . '/' . Js::toStr($path));
        $is_post = $method === 'POST';
        $query = count(Js::keys($params)) > 0 ? $this->urlencode($params) : '';
        if (!($is_post) && !($query === '')) {
            $url .= Js::within($url, '?' . Js::toStr($query));
        }
        if ($api === 'public') {
            return ['url' => $url, 'method' => $method, 'body' => $body, 'headers' => $headers];
        }
        // X-BAPI-SIGN: hex HMAC-SHA256 with the secret of timestamp (ms) + API key + recvWindow + the query
        // string (GET) or the JSON body (POST), exactly as sent.
        $this->check_required_credentials();
        $timestamp = $this->number_to_string($this->milliseconds());
        $recv_window = $this->number_to_string(Js::get($this->options, 'recvWindow'));
        $payload = $query;
        $headers = [
            'X-BAPI-API-KEY' => $this->apiKey,
            'X-BAPI-TIMESTAMP' => $timestamp,
            'X-BAPI-RECV-WINDOW' => $recv_window,
        ];
        if ($is_post) {
            // An empty body is written out: PHP would encode an empty dictionary as a list, '[]'.
            $body = count(Js::keys($params)) > 0 ? $this->json($params) : '{}';
            $payload = $body;
            Js::set($headers, 'Content-Type', 'application/json');
        }
        $auth = Js::add(Js::add(Js::add($timestamp, $this->apiKey), $recv_window), $payload);
        Js::set(
            $headers,
            'X-BAPI-SIGN',
            $this->hmac($this->encode($auth), $this->encode($this->secret), 'sha256'),
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
        // v5 answers with HTTP 200 and { retCode, retMsg, result, retExtInfo, time }: retCode 0 is success,
        // any other is an error, mapped by its code (exceptions.exact), then its message (exceptions.broad).
        // Responses without a retCode are left to the base class's HTTP status mapping.
        if (($response === null) || Js::isArray($response) || !(Js::typeof($response) === 'object')) {
            return;
        }
        $code = $this->safe_string($response, 'retCode');
        if (($code === null) || ($code === '0')) {
            return;
        }
        $message = $this->safe_string($response, 'retMsg', '');
        $feedback = Js::boundedText(
            Js::toStr($this->id) . ' ' . Js::toStr($method) . ' ' . Js::toStr($url) . ' ' . Js::toStr(
                $code,
            ) . ' ' . $message,
        );
        $this->throw_exactly_matched_exception(Js::get($this->exceptions, 'exact'), $code, $feedback);
        $this->throw_broadly_matched_exception(Js::get($this->exceptions, 'broad'), $message, $feedback);
        throw new ExchangeError($feedback);
    }
}
