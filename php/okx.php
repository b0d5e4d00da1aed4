<?php

// Generated from js/okx.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class okx extends Exchange {
    public function describe() {
        return $this->deep_extend(
            parent::describe(),
            [
                'id' => 'okx',
                'name' => 'OKX',
                'countries' => ['SC'],
                'version' => 'v5',
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
                    'api' => 'https://www.okx.com',
                    'www' => 'https://www.okx.com',
                    'doc' => 'https://www.okx.com/docs-v5/en/',
                    'fees' => 'https://www.okx.com/fees',
                ],
                'api' => [
                    'public' => [
                        'get' => [
                            'public/time' => 2,
                            'public/instruments' => 1,
                            'system/status' => 50,
                            'market/tickers' => 1,
                            'market/ticker' => 1,
                            'market/books' => 0.5,
                            'market/books-full' => 2,
                            'market/candles' => 0.5,
                            'market/history-candles' => 1,
                            'market/trades' => 0.2,
                            'market/history-trades' => 1,
                            'market/platform-24-volume' => 2,
                            'market/call-auction-details' => 1,
                            'asset/exchange-list' => 3.333,
                        ],
                    ],
                    'private' => [
                        'get' => [
                            'account/balance' => 2,
                            'account/bills' => 4,
                            'account/bills-archive' => 4,
                            'account/config' => 4,
                            'account/max-size' => 1,
                            'account/max-avail-size' => 1,
                            'account/trade-fee' => 4,
                            'account/instruments' => 1,
                            'trade/order' => 0.333,
                            'trade/orders-pending' => 0.333,
                            'trade/orders-history' => 0.5,
                            'trade/orders-history-archive' => 1,
                            'trade/fills' => 0.333,
                            'trade/fills-history' => 2,
                            'trade/order-algo' => 1,
                            'trade/orders-algo-pending' => 1,
                            'trade/orders-algo-history' => 1,
                            'asset/currencies' => 3.333,
                            'asset/balances' => 3.333,
                            'asset/asset-valuation' => 20,
                            'asset/transfer-state' => 2,
                            'asset/bills' => 3.333,
                            'asset/deposit-address' => 3.333,
                            'asset/deposit-history' => 3.333,
                            'asset/withdrawal-history' => 3.333,
                            'asset/deposit-withdraw-status' => 20,
                            'asset/non-tradable-assets' => 3.333,
                        ],
                        'post' => [
                            'trade/order' => 0.333,
                            'trade/batch-orders' => 0.067,
                            'trade/cancel-order' => 0.333,
                            'trade/cancel-batch-orders' => 0.067,
                            'trade/amend-order' => 0.333,
                            'trade/amend-batch-orders' => 0.067,
                            'trade/order-algo' => 1,
                            'trade/cancel-algos' => 1,
                            'trade/amend-algos' => 1,
                            'trade/cancel-all-after' => 20,
                            'asset/transfer' => 20,
                            'asset/withdrawal' => 3.333,
                            'asset/cancel-withdrawal' => 3.333,
                        ],
                    ],
                ],
                'timeframes' => [
                    '1m' => '1m',
                    '3m' => '3m',
                    '5m' => '5m',
                    '15m' => '15m',
                    '30m' => '30m',
                    '1h' => '1H',
                    '2h' => '2H',
                    '4h' => '4H',
                    '6h' => '6Hutc',
                    '12h' => '12Hutc',
                    '1d' => '1Dutc',
                    '1w' => '1Wutc',
                    '1M' => '1Mutc',
                ],
                'fees' => [
                    'trading' => [
                        'tierBased' => true,
                        'percentage' => true,
                        'taker' => 0.001,
                        'maker' => 0.0008,
                    ],
                ],
                'precisionMode' => TICK_SIZE,
                'requiredCredentials' => ['apiKey' => true, 'secret' => true, 'password' => true],
                'options' => [
                    'accountsByType' => ['funding' => '6', 'spot' => '18', 'trading' => '18'],
                    'networks' => [
                        'BTC' => 'Bitcoin',
                        'ERC20' => 'ERC20',
                        'TRC20' => 'TRC20',
                        'BEP20' => 'BSC',
                        'SOL' => 'Solana',
                        'POLYGON' => 'Polygon',
                        'ARBITRUM' => 'Arbitrum One',
                        'OPTIMISM' => 'Optimism',
                        'AVAXC' => 'Avalanche C-Chain',
                        'BASE' => 'Base',
                        'TON' => 'TON',
                        'LIGHTNING' => 'Lightning',
                        'XRP' => 'Ripple',
                    ],
                    'orderStatuses' => [
                        'live' => 'open',
                        'partially_filled' => 'open',
                        'filled' => 'closed',
                        'canceled' => 'canceled',
                        'mmp_canceled' => 'canceled',
                    ],
                    'orderTypes' => [
                        'market' => ['market', null],
                        'limit' => ['limit', 'GTC'],
                        'post_only' => ['limit', 'PO'],
                        'fok' => ['limit', 'FOK'],
                        'ioc' => ['limit', 'IOC'],
                        'optimal_limit_ioc' => ['market', 'IOC'],
                    ],
                    'algoStatuses' => [
                        'live' => 'open',
                        'pause' => 'open',
                        'partially_effective' => 'open',
                        'effective' => 'closed',
                        'canceled' => 'canceled',
                        'order_failed' => 'rejected',
                    ],
                    'depositStatuses' => [
                        '0' => 'pending',
                        '1' => 'ok',
                        '2' => 'ok',
                        '8' => 'pending',
                        '11' => 'failed',
                        '12' => 'pending',
                        '13' => 'pending',
                        '14' => 'pending',
                    ],
                    'withdrawalStatuses' => [
                        '-3' => 'pending',
                        '-2' => 'canceled',
                        '-1' => 'failed',
                        '0' => 'pending',
                        '1' => 'pending',
                        '2' => 'ok',
                        '7' => 'pending',
                        '10' => 'pending',
                    ],
                    'ledgerTypes' => [
                        '1' => 'transfer',
                        '2' => 'trade',
                        '7' => 'interest',
                        '11' => 'conversion',
                    ],
                    'timeframeDurations' => [
                        '1m' => 60000,
                        '3m' => 180000,
                        '5m' => 300000,
                        '15m' => 900000,
                        '30m' => 1800000,
                        '1h' => 3600000,
                        '2h' => 7200000,
                        '4h' => 14400000,
                        '6h' => 21600000,
                        '12h' => 43200000,
                        '1d' => 86400000,
                        '1w' => 604800000,
                        '1M' => 2678400000,
                    ],
                ],
                'exceptions' => [
                    'exact' => [
                        '50000' => BadRequest::class,
                        '50001' => ExchangeNotAvailable::class,
                        '50002' => BadRequest::class,
                        '50004' => RequestTimeout::class,
                        '50005' => ExchangeNotAvailable::class,
                        '50011' => RateLimitExceeded::class,
                        '50013' => ExchangeNotAvailable::class,
                        '50014' => BadRequest::class,
                        '50026' => ExchangeNotAvailable::class,
                        '50030' => PermissionDenied::class,
                        '50061' => RateLimitExceeded::class,
                        '50100' => AccountSuspended::class,
                        '50101' => AuthenticationError::class,
                        '50102' => InvalidNonce::class,
                        '50103' => AuthenticationError::class,
                        '50104' => AuthenticationError::class,
                        '50105' => AuthenticationError::class,
                        '50106' => AuthenticationError::class,
                        '50107' => AuthenticationError::class,
                        '50110' => PermissionDenied::class,
                        '50111' => AuthenticationError::class,
                        '50112' => InvalidNonce::class,
                        '50113' => AuthenticationError::class,
                        '50114' => AuthenticationError::class,
                        '50115' => BadRequest::class,
                        '50119' => AuthenticationError::class,
                        '50120' => PermissionDenied::class,
                        '51000' => BadRequest::class,
                        '51001' => BadSymbol::class,
                        '51002' => BadSymbol::class,
                        '51004' => InvalidOrder::class,
                        '51006' => InvalidOrder::class,
                        '51008' => InsufficientFunds::class,
                        '51009' => AccountSuspended::class,
                        '51011' => DuplicateOrderId::class,
                        '51020' => InvalidOrder::class,
                        '51024' => AccountSuspended::class,
                        '51116' => InvalidOrder::class,
                        '51119' => InsufficientFunds::class,
                        '51120' => InvalidOrder::class,
                        '51121' => InvalidOrder::class,
                        '51131' => InsufficientFunds::class,
                        '51400' => OrderNotFound::class,
                        '51401' => OrderNotFound::class,
                        '51402' => OrderNotFound::class,
                        '51503' => OrderNotFound::class,
                        '51603' => OrderNotFound::class,
                        '58004' => AccountSuspended::class,
                        '58102' => RateLimitExceeded::class,
                        '58203' => InvalidAddress::class,
                        '58207' => InvalidAddress::class,
                        '58350' => InsufficientFunds::class,
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
        // public/time: [ { ts } ] in milliseconds.
        $response = $this->public_get_public_time($params);
        return $this->safe_integer($this->first_entry($response), 'ts');
    }

    public function first_entry($response) {
        // Every answer is { code, msg, data: [ ... ] }; most single results are data's one element.
        return $this->safe_dict($this->safe_list($response, 'data', []), 0, []);
    }

    public function fetch_status($params = null) {
        if ($params === null) {
            $params = [];
        }
        // system/status lists the scheduled and ongoing maintenance events; an ongoing one means maintenance,
        // until its end time.
        $response = $this->public_get_system_status($params);
        $events = $this->safe_list($response, 'data', []);
        for ($i = 0; $i < count($events); $i++) {
            if ($this->safe_string(Js::get($events, $i), 'state') === 'ongoing') {
                return [
                    'status' => 'maintenance',
                    'updated' => null,
                    'eta' => $this->safe_integer(Js::get($events, $i), 'end'),
                    'url' => $this->safe_string(Js::get($events, $i), 'href'),
                    'info' => $response,
                ];
            }
        }
        return ['status' => 'ok', 'updated' => null, 'eta' => null, 'url' => null, 'info' => $response];
    }

    public function fetch_markets($params = null) {
        if ($params === null) {
            $params = [];
        }
        $response = $this->public_get_public_instruments($this->extend(['instType' => 'SPOT'], $params));
        $instruments = $this->safe_list($response, 'data', []);
        $result = [];
        for ($i = 0; $i < count($instruments); $i++) {
            $result[] = $this->parse_market(Js::get($instruments, $i));
        }
        return $result;
    }

    public function parse_market($entry) {
        // Spot sizes are in the base currency: lotSz is the amount step, minSz the least amount; maxLmtSz the
        // most of a limit order. maxLmtAmt is the largest value of a limit order in USD, not in the quote
        // currency: the market's cost limit only where USD is the quote currency.
        $base_id = $this->safe_string($entry, 'baseCcy');
        $quote_id = $this->safe_string($entry, 'quoteCcy');
        $base = $this->safe_currency_code($base_id);
        $quote = $this->safe_currency_code($quote_id);
        return $this->safe_market_structure(
            [
                'id' => $this->safe_string($entry, 'instId'),
                'symbol' => Js::boundedText(Js::toStr($base) . '/' . Js::toStr($quote)),
                'base' => $base,
                'quote' => $quote,
                'baseId' => $base_id,
                'quoteId' => $quote_id,
                'active' => $this->safe_string($entry, 'state') === 'live',
                'type' => 'spot',
                'spot' => true,
                'taker' => Js::get(Js::get($this->fees, 'trading'), 'taker'),
                'maker' => Js::get(Js::get($this->fees, 'trading'), 'maker'),
                'precision' => [
                    'amount' => $this->safe_number($entry, 'lotSz'),
                    'price' => $this->safe_number($entry, 'tickSz'),
                ],
                'limits' => [
                    'amount' => [
                        'min' => $this->safe_number($entry, 'minSz'),
                        'max' => $this->safe_number($entry, 'maxLmtSz'),
                    ],
                    'price' => ['min' => null, 'max' => null],
                    'cost' => [
                        'min' => null,
                        'max' => $quote === 'USD' ? $this->safe_number($entry, 'maxLmtAmt') : null,
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
        // asset/currencies is a signed endpoint with one entry per currency and chain: without credentials
        // there is none, and loadMarkets derives the currencies from the markets instead.
        if (!(Js::truthy($this->check_required_credentials(false)))) {
            return [];
        }
        $response = $this->private_get_asset_currencies($params);
        $by_id = $this->group_by($this->safe_list($response, 'data', []), 'ccy');
        $ids = Js::keys($by_id);
        $result = [];
        for ($i = 0; $i < count($ids); $i++) {
            $currency = $this->parse_currency_chains($ids[$i], $this->safe_list($by_id, $ids[$i], []));
            Js::setKey($result, Js::get($currency, 'code'), $currency);
        }
        return $result;
    }

    public function parse_currency_chains($id, $chains) {
        // The currency's networks by unified code; the currency can be deposited (withdrawn) when one of its
        // chains can, and the main network (mainNet) gives its fee, precision and limits.
        $code = $this->safe_currency_code($id);
        $networks = [];
        $main = $this->safe_dict($chains, 0, []);
        $deposit = false;
        $withdraw = false;
        for ($i = 0; Js::less($i, Js::length($chains)); $i++) {
            $chain = Js::get($chains, $i);
            if ($this->safe_bool($chain, 'mainNet') === true) {
                $main = $chain;
            }
            $network = $this->parse_chain($id, $chain);
            $deposit = Js::truthy($_value1 = $deposit) ? $_value1 : Js::get($network, 'deposit');
            $withdraw = Js::truthy($_value2 = $withdraw) ? $_value2 : Js::get($network, 'withdraw');
            Js::setKey($networks, Js::get($network, 'network'), $network);
        }
        return [
            'id' => $id,
            'code' => $code,
            'name' => $this->safe_string($main, 'name'),
            'active' => Js::truthy($_value3 = $deposit) ? $withdraw : $_value3,
            'deposit' => $deposit,
            'withdraw' => $withdraw,
            'fee' => $this->safe_number2($main, 'fee', 'minFee'),
            'precision' => $this->parse_number($this->parse_precision($this->safe_string($main, 'wdTickSz'))),
            'limits' => [
                'withdraw' => [
                    'min' => $this->safe_number($main, 'minWd'),
                    'max' => $this->safe_number($main, 'maxWd'),
                ],
                'deposit' => ['min' => $this->safe_number($main, 'minDep'), 'max' => null],
            ],
            'networks' => $networks,
            'info' => $chains,
        ];
    }

    public function parse_chain($id, $chain) {
        $chain_id = $this->safe_string($chain, 'chain');
        $can_deposit = $this->safe_bool($chain, 'canDep', false);
        $can_withdraw = $this->safe_bool($chain, 'canWd', false);
        return [
            'id' => $chain_id,
            'network' => $this->chain_network_code($id, $chain_id),
            'active' => $can_deposit && $can_withdraw,
            'deposit' => $can_deposit,
            'withdraw' => $can_withdraw,
            'fee' => $this->safe_number2($chain, 'fee', 'minFee'),
            'precision' => $this->parse_number(
                $this->parse_precision($this->safe_string($chain, 'wdTickSz')),
            ),
            'limits' => [
                'withdraw' => [
                    'min' => $this->safe_number($chain, 'minWd'),
                    'max' => $this->safe_number($chain, 'maxWd'),
                ],
                'deposit' => ['min' => $this->safe_number($chain, 'minDep'), 'max' => null],
            ],
        ];
    }

    public function chain_network_code($currency_id, $chain_id) {
        // 'USDT-TRC20' -> 'TRC20', 'USDT-BSC' -> 'BEP20' (options['networks']); the chain name without its
        // currency prefix when the network is not in options['networks'].
        if ($chain_id === null) {
            return null;
        }
        $prefix = Js::boundedText(Js::toStr($currency_id) . '-');
        $name = $chain_id;
        if (($currency_id !== null) && Js::startsWith($chain_id, $prefix)) {
            $name = Js::slice($chain_id, Js::textLength($prefix));
        }
        return $this->network_code($name);
    }

    public function chain_id($network_code, $currency) {
        // The unified network code as OKX's chain name: the currency's own chain of that network when
        // fetchCurrencies has listed it, else '<currency id>-<network>' from options['networks'].
        $upper = Js::upperCase(Js::textReceiver($network_code, 'toUpperCase'));
        $known = $this->safe_dict($this->safe_dict($currency, 'networks', []), $upper);
        if ($known !== null) {
            return $this->safe_string($known, 'id');
        }
        $networks = $this->safe_dict($this->options, 'networks', []);
        return Js::boundedText(
            Js::boundedText(Js::toStr(Js::get($currency, 'id')) . '-') . Js::toStr(
                $this->safe_string($networks, $upper, $network_code),
            ),
        );
    }

    public function fetch_deposit_withdraw_fees($codes = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // asset/currencies, as fetchCurrencies reads it: the withdrawal fee of each chain. It is signed.
        $this->check_required_credentials();
        $currencies = $this->fetch_currencies($params);
        return $this->deposit_withdraw_fees_from_currencies($currencies, $codes);
    }

    public function fetch_trading_fees($params = null) {
        if ($params === null) {
            $params = [];
        }
        // account/trade-fee for instType SPOT: the account's rates of every spot market.
        $this->load_markets();
        $response = $this->private_get_account_trade_fee($this->extend(['instType' => 'SPOT'], $params));
        $entry = $this->first_entry($response);
        $result = [];
        for ($i = 0; Js::less($i, Js::length($this->symbols)); $i++) {
            $market = $this->market(Js::get($this->symbols, $i));
            Js::setKey($result, Js::get($market, 'symbol'), $this->parse_trading_fee($entry, $market));
        }
        return $result;
    }

    public function fetch_trading_fee($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['instType' => 'SPOT', 'instId' => Js::get($market, 'id')];
        $response = $this->private_get_account_trade_fee($this->extend($request, $params));
        return $this->parse_trading_fee($this->first_entry($response), $market);
    }

    public function parse_trading_fee($entry, $market) {
        // OKX signs fee rates the other way round: negative is a commission, positive a rebate. The rates of a
        // market's fee group (feeGroup, by the instrument's groupId) when the answer lists groups; else maker
        // and taker for USDT pairs, makerUSDC and takerUSDC for USDC and crypto-quoted pairs.
        $maker = $this->safe_string($entry, 'maker');
        $taker = $this->safe_string($entry, 'taker');
        $groups = $this->index_by($this->safe_list($entry, 'feeGroup', []), 'groupId');
        $group = $this->safe_dict($groups, $this->safe_string(Js::get($market, 'info'), 'groupId'));
        if ($group !== null) {
            $maker = $this->safe_string($group, 'maker');
            $taker = $this->safe_string($group, 'taker');
        } elseif (!(Js::get($market, 'quote') === 'USDT')) {
            $maker = $this->safe_string($entry, 'makerUSDC', $maker);
            $taker = $this->safe_string($entry, 'takerUSDC', $taker);
        }
        return [
            'symbol' => Js::get($market, 'symbol'),
            'maker' => $this->parse_number(Precise::string_neg($maker)),
            'taker' => $this->parse_number(Precise::string_neg($taker)),
            'info' => $entry,
        ];
    }

    // --- market data ---------------------------------------------------------------------------------
    public function parse_ticker($ticker, $market = null) {
        // For spot, vol24h is in the base currency and volCcy24h in the quote currency; open24h is the price
        // 24 hours ago.
        return $this->ticker_structure(
            symbol: $this->safe_symbol($this->safe_string($ticker, 'instId'), $market, '-'),
            timestamp: $this->safe_integer($ticker, 'ts'),
            high: $this->safe_string($ticker, 'high24h'),
            low: $this->safe_string($ticker, 'low24h'),
            bid: $this->safe_string($ticker, 'bidPx'),
            bid_volume: $this->safe_string($ticker, 'bidSz'),
            ask: $this->safe_string($ticker, 'askPx'),
            ask_volume: $this->safe_string($ticker, 'askSz'),
            open: $this->safe_string($ticker, 'open24h'),
            last: $this->safe_string($ticker, 'last'),
            base_volume: $this->safe_string($ticker, 'vol24h'),
            quote_volume: $this->safe_string($ticker, 'volCcy24h'),
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
        $response = $this->public_get_market_ticker(
            $this->extend(['instId' => Js::get($market, 'id')], $params),
        );
        return $this->parse_ticker($this->first_entry($response), $market);
    }

    public function fetch_tickers($symbols = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $response = $this->public_get_market_tickers($this->extend(['instType' => 'SPOT'], $params));
        return $this->parse_tickers($this->safe_list($response, 'data', []), $symbols);
    }

    public function fetch_order_book($symbol, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // Levels are [ price, size, '0' (deprecated), number of orders ]; sz is the depth per side.
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['instId' => Js::get($market, 'id')];
        if ($limit !== null) {
            $request['sz'] = $limit;
        }
        $response = $this->public_get_market_books($this->extend($request, $params));
        $book = $this->first_entry($response);
        return $this->parse_order_book($book, Js::get($market, 'symbol'), $this->safe_integer($book, 'ts'));
    }

    public function parse_ohlcv($ohlcv, $market = null) {
        // [ ts, o, h, l, c, vol (base currency for spot), volCcy, volCcyQuote, confirm ]
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
        // market/candles pages backwards: after returns candles older than a time, before newer ones (both
        // exclusive), newest first, and before alone gives the latest candles. So since (inclusive) is
        // before = since - 1 with after at since + limit candles, for the page to start at since; the unified
        // until (inclusive) is after = until + 1, or the page's end when that comes first. market/candles serves
        // only the latest 1,440 candles of a bar (docs: Get candlesticks); a page that starts before them is
        // read from market/history-candles (docs: Get candlesticks history), which takes the same parameters.
        $this->load_markets();
        $market = $this->market($symbol);
        $bar = $this->safe_string($this->timeframes, $timeframe);
        if ($bar === null) {
            throw new BadRequest(
                Js::boundedText(
                    Js::toStr($this->id) . ' fetchOHLCV () has no timeframe ' . Js::toStr($timeframe),
                ),
            );
        }
        $request = ['instId' => Js::get($market, 'id'), 'bar' => $bar];
        if ($limit !== null) {
            $request['limit'] = $limit;
        }
        $until = $this->safe_integer($params, 'until');
        $end = $until === null ? null : Js::add($until, 1);
        $duration = $this->safe_integer(Js::get($this->options, 'timeframeDurations'), $timeframe);
        $count = $limit === null ? 100 : $limit;
        $start = null;
        if ($since !== null) {
            $request['before'] = Js::subtract($since, 1);
            $start = $since;
            $page_end = Js::add($since, Js::multiply($count, $duration));
            if (($end === null) || Js::less($page_end, $end)) {
                $end = $page_end;
            }
        } elseif ($end !== null) {
            $start = Js::subtract($end, Js::multiply($count, $duration));
        }
        if ($end !== null) {
            $request['after'] = $end;
        }
        $query = $this->extend($request, $this->omit($params, 'until'));
        $response = null;
        if (
            ($start !== null) && ($duration !== null) && Js::less(
                $start,
                Js::subtract($this->milliseconds(), Js::multiply(1440, $duration)),
            )
        ) {
            $response = $this->public_get_market_history_candles($query);
        } else {
            $response = $this->public_get_market_candles($query);
        }
        return $this->parse_ohlcvs(
            $this->safe_list($response, 'data', []),
            $market,
            $timeframe,
            $since,
            $limit,
        );
    }

    public function parse_trade($trade, $market = null) {
        // Public trades (market/trades: instId, tradeId, px, sz, side of the taker, ts) and fills
        // (trade/fills: also ordId, fillPx, fillSz, execType T or M, fee negative for a charge, feeCcy).
        $market = $this->safe_market($this->safe_string($trade, 'instId'), $market, '-');
        $taker_or_maker = null;
        $exec_type = $this->safe_string($trade, 'execType');
        if ($exec_type === 'T') {
            $taker_or_maker = 'taker';
        } elseif ($exec_type === 'M') {
            $taker_or_maker = 'maker';
        }
        $fee = null;
        $fee_cost = $this->safe_string($trade, 'fee');
        if ($fee_cost !== null) {
            $fee = [
                'cost' => Precise::string_neg($fee_cost),
                'currency' => $this->safe_currency_code($this->safe_string($trade, 'feeCcy')),
            ];
        }
        return $this->trade_structure(
            id: $this->safe_string($trade, 'tradeId'),
            order: $this->safe_string($trade, 'ordId'),
            symbol: Js::get($market, 'symbol'),
            timestamp: $this->safe_integer2($trade, 'fillTime', 'ts'),
            side: $this->safe_string($trade, 'side'),
            taker_or_maker: $taker_or_maker,
            price: $this->safe_string2($trade, 'fillPx', 'px'),
            amount: $this->safe_string2($trade, 'fillSz', 'sz'),
            fee: $fee,
            info: $trade,
            market: $market,
        );
    }

    public function fetch_trades($symbol, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // market/trades: the most recent trades (at most 500), newest first.
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['instId' => Js::get($market, 'id')];
        if ($limit !== null) {
            $request['limit'] = $limit;
        }
        $response = $this->public_get_market_trades($this->extend($request, $params));
        return $this->parse_trades($this->safe_list($response, 'data', []), $market, $since, $limit);
    }

    // --- account -------------------------------------------------------------------------------------
    public function fetch_balance($params = null) {
        if ($params === null) {
            $params = [];
        }
        // account/balance: the trading account; details per currency with availBal (free), frozenBal (held by
        // orders and other uses) and cashBal (the whole balance). params['type'] 'funding' reads the funding
        // account instead.
        $this->load_markets();
        $type = $this->safe_string($params, 'type', 'trading');
        if ($type === 'funding') {
            return $this->fetch_funding_balance($this->omit($params, 'type'));
        }
        if (!($type === 'trading') && !($type === 'spot')) {
            throw new BadRequest(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' fetchBalance () type must be trading (spot) or funding, not ' . $type,
                ),
            );
        }
        $response = $this->private_get_account_balance($this->omit($params, 'type'));
        $account = $this->first_entry($response);
        $result = ['info' => $response, 'timestamp' => $this->safe_integer($account, 'uTime')];
        $details = $this->safe_list($account, 'details', []);
        for ($i = 0; $i < count($details); $i++) {
            $entry = Js::get($details, $i);
            $balance = $this->account();
            Js::set($balance, 'free', $this->safe_string($entry, 'availBal'));
            Js::set($balance, 'used', $this->safe_string($entry, 'frozenBal'));
            Js::set($balance, 'total', $this->safe_string($entry, 'cashBal'));
            Js::setKey($result, $this->safe_currency_code($this->safe_string($entry, 'ccy')), $balance);
        }
        return $this->safe_balance($result);
    }

    public function fetch_funding_balance($params) {
        // asset/balances: availBal (free), frozenBal (used) and bal (total) of each currency in the funding account.
        $response = $this->private_get_asset_balances($params);
        $entries = $this->safe_list($response, 'data', []);
        $result = ['info' => $response];
        for ($i = 0; $i < count($entries); $i++) {
            $balance = $this->account();
            Js::set($balance, 'free', $this->safe_string(Js::get($entries, $i), 'availBal'));
            Js::set($balance, 'used', $this->safe_string(Js::get($entries, $i), 'frozenBal'));
            Js::set($balance, 'total', $this->safe_string(Js::get($entries, $i), 'bal'));
            Js::setKey(
                $result,
                $this->safe_currency_code($this->safe_string(Js::get($entries, $i), 'ccy')),
                $balance,
            );
        }
        return $this->safe_balance($result);
    }

    public function fetch_ledger($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // account/bills: the trading account's balance changes of the last 7 days; begin and end (the unified
        // until) bound their time, both inclusive.
        $this->load_markets();
        $request = [];
        $currency = null;
        if ($code !== null) {
            $currency = $this->currency($code);
            $request['ccy'] = Js::get($currency, 'id');
        }
        if ($since !== null) {
            $request['begin'] = $since;
        }
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            $request['end'] = $until;
        }
        if ($limit !== null) {
            $request['limit'] = $limit;
        }
        $response = $this->private_get_account_bills($this->extend($request, $this->omit($params, 'until')));
        return $this->parse_ledger($this->safe_list($response, 'data', []), $currency, $since, $limit);
    }

    public function parse_ledger_entry($item, $currency = null) {
        // { billId, ccy, balChg (signed), bal (after), fee (negative for a charge), type, ordId, ts }
        $code = $this->safe_currency_code($this->safe_string($item, 'ccy'), $currency);
        $change = $this->safe_string($item, 'balChg');
        $after = $this->safe_string($item, 'bal');
        $before = null;
        if (($change !== null) && ($after !== null)) {
            $before = Precise::string_sub($after, $change);
        }
        $type = $this->safe_string($item, 'type');
        $fee = null;
        $fee_cost = $this->safe_string($item, 'fee');
        if ($fee_cost !== null) {
            $fee = ['cost' => Precise::string_neg($fee_cost), 'currency' => $code];
        }
        return $this->safe_ledger_entry(
            [
                'id' => $this->safe_string($item, 'billId'),
                'timestamp' => $this->safe_integer($item, 'ts'),
                'account' => 'trading',
                'referenceId' => $this->safe_string($item, 'ordId'),
                'type' => $this->safe_string(Js::get($this->options, 'ledgerTypes'), $type, $type),
                'currency' => $code,
                'amount' => $change,
                'before' => $before,
                'after' => $after,
                'status' => 'ok',
                'fee' => $fee,
                'info' => $item,
            ],
            $currency,
        );
    }

    // --- orders --------------------------------------------------------------------------------------
    public function create_order($symbol, $type, $side, $amount, $price = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // trade/order, or trade/order-algo for a trigger. The unified params map to OKX's fields: postOnly is
        // ordType post_only, timeInForce IOC and FOK the ordTypes ioc and fok (limit orders only);
        // clientOrderId is clOrdId (algoClOrdId for a trigger); cost sizes a market order in the quote
        // currency (tgtCcy quote_ccy); triggerPrice is an algo 'trigger' order, stopLossPrice and
        // takeProfitPrice 'conditional' ones (slTriggerPx, tpTriggerPx). Spot has no reduceOnly.
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
        if ((Js::get($unified, 'timeInForce') !== null) && !($type === 'limit')) {
            throw new InvalidOrder(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' createOrder () timeInForce ') . Js::toStr(Js::get($unified, 'timeInForce')) . ' applies to limit orders only, not ' . Js::toStr(
                        $type,
                    ) . ' orders',
                ),
            );
        }
        $request = $this->extend(
            ['instId' => Js::get($market, 'id'), 'tdMode' => 'cash', 'side' => $side],
            $this->order_size($market, $type, $amount, Js::get($unified, 'cost')),
        );
        if (Js::get($unified, 'trigger') !== null) {
            return $this->create_trigger_order($market, $type, $side, $price, $unified, $request, $rest);
        }
        $request['ordType'] = $this->ord_type($type, $unified);
        if ($type === 'limit') {
            $request['px'] = $this->price_to_precision($symbol, $price);
        }
        if (Js::get($unified, 'clientOrderId') !== null) {
            $request['clOrdId'] = Js::get($unified, 'clientOrderId');
        }
        $response = $this->private_post_trade_order($this->extend($request, $rest));
        $entry = $this->first_entry($response);
        $quote_sized = $this->safe_string($request, 'tgtCcy') === 'quote_ccy';
        return $this->safe_order(
            [
                'id' => $this->safe_string($entry, 'ordId'),
                'clientOrderId' => $this->safe_string($entry, 'clOrdId'),
                'timestamp' => $this->safe_integer($entry, 'ts'),
                'symbol' => Js::get($market, 'symbol'),
                'type' => $type,
                'side' => $side,
                'price' => $this->safe_string($request, 'px'),
                'amount' => $quote_sized ? null : Js::get($request, 'sz'),
                'cost' => $quote_sized ? Js::get($request, 'sz') : null,
                'timeInForce' => $this->order_time_in_force(Js::get($request, 'ordType')),
                'postOnly' => Js::truthy(Js::get($unified, 'postOnly')) ? true : null,
                'info' => $entry,
            ],
            $market,
        );
    }

    public function ord_type($type, $unified) {
        // The ordType of a plain order: market, limit, or the limit variants post_only, ioc and fok.
        if ($type === 'market') {
            return 'market';
        }
        if (Js::truthy(Js::get($unified, 'postOnly'))) {
            return 'post_only';
        }
        $time_in_force = Js::get($unified, 'timeInForce');
        if ($time_in_force === 'IOC') {
            return 'ioc';
        }
        if ($time_in_force === 'FOK') {
            return 'fok';
        }
        return 'limit';
    }

    public function order_time_in_force($ord_type) {
        return $this->safe_string($this->safe_list(Js::get($this->options, 'orderTypes'), $ord_type, []), 1);
    }

    public function order_size($market, $type, $amount, $cost) {
        // sz is in the base currency, except for a spot market order with tgtCcy quote_ccy, which OKX takes by
        // default for market buys: so a market order states its tgtCcy.
        if ($cost !== null) {
            return [
                'sz' => $this->cost_to_precision(Js::get($market, 'symbol'), $cost),
                'tgtCcy' => 'quote_ccy',
            ];
        }
        if ($amount === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' createOrder () requires an amount (or the unified param cost for a market order)',
                ),
            );
        }
        $size = ['sz' => $this->amount_to_precision(Js::get($market, 'symbol'), $amount)];
        if ($type === 'market') {
            $size['tgtCcy'] = 'base_ccy';
        }
        return $size;
    }

    public function create_trigger_order($market, $type, $side, $price, $unified, $request, $rest) {
        // trade/order-algo: triggerPrice places a 'trigger' order (orderPx the limit price, -1 for market);
        // stopLossPrice and takeProfitPrice a one-sided 'conditional' order (slTriggerPx and slOrdPx, or
        // tpTriggerPx and tpOrdPx). An algo order has no time in force.
        if (Js::get($unified, 'timeInForce') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' createOrder () timeInForce cannot be combined with ') . Js::toStr(
                        Js::get($unified, 'triggerKind'),
                    ) . ': OKX algo orders have no time in force',
                ),
            );
        }
        $trigger = $this->price_to_precision(Js::get($market, 'symbol'), Js::get($unified, 'trigger'));
        $order_price = $type === 'limit' ? $this->price_to_precision(
            Js::get($market, 'symbol'),
            $price,
        ) : '-1';
        $kind = Js::get($unified, 'triggerKind');
        if ($kind === 'triggerPrice') {
            Js::set($request, 'ordType', 'trigger');
            Js::set($request, 'triggerPx', $trigger);
            Js::set($request, 'orderPx', $order_price);
        } elseif ($kind === 'stopLossPrice') {
            Js::set($request, 'ordType', 'conditional');
            Js::set($request, 'slTriggerPx', $trigger);
            Js::set($request, 'slOrdPx', $order_price);
        } else {
            Js::set($request, 'ordType', 'conditional');
            Js::set($request, 'tpTriggerPx', $trigger);
            Js::set($request, 'tpOrdPx', $order_price);
        }
        if (Js::get($unified, 'clientOrderId') !== null) {
            Js::set($request, 'algoClOrdId', Js::get($unified, 'clientOrderId'));
        }
        $response = $this->private_post_trade_order_algo($this->extend($request, $rest));
        $entry = $this->first_entry($response);
        $quote_sized = $this->safe_string($request, 'tgtCcy') === 'quote_ccy';
        return $this->safe_order(
            [
                'id' => $this->safe_string($entry, 'algoId'),
                'clientOrderId' => $this->safe_string($entry, 'algoClOrdId'),
                'symbol' => Js::get($market, 'symbol'),
                'type' => $type,
                'side' => $side,
                'price' => $type === 'limit' ? $order_price : null,
                'amount' => $quote_sized ? null : Js::get($request, 'sz'),
                'cost' => $quote_sized ? Js::get($request, 'sz') : null,
                'triggerPrice' => $trigger,
                'stopLossPrice' => $kind === 'stopLossPrice' ? $trigger : null,
                'takeProfitPrice' => $kind === 'takeProfitPrice' ? $trigger : null,
                'info' => $entry,
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
        // trade/amend-order changes the size (newSz) and price (newPx) of an open order; its type, side and
        // post-only flag stay, and a trigger is an algo order's (trade/amend-algos), not this one's.
        if ($this->safe_value($params, 'postOnly') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' editOrder () does not support the unified param postOnly: amend-order keeps the order type',
                ),
            );
        }
        if ($this->safe_value($params, 'triggerPrice') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' editOrder () does not support the unified param triggerPrice: amend-order changes size and price only',
                ),
            );
        }
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['instId' => Js::get($market, 'id'), 'ordId' => $id];
        if ($amount !== null) {
            $request['newSz'] = $this->amount_to_precision($symbol, $amount);
        }
        if ($price !== null) {
            $request['newPx'] = $this->price_to_precision($symbol, $price);
        }
        $response = $this->private_post_trade_amend_order($this->extend($request, $params));
        $entry = $this->first_entry($response);
        return $this->safe_order(
            [
                'id' => $this->safe_string($entry, 'ordId', $id),
                'clientOrderId' => $this->safe_string($entry, 'clOrdId'),
                'symbol' => Js::get($market, 'symbol'),
                'type' => $type,
                'side' => $side,
                'amount' => $this->safe_string($request, 'newSz'),
                'price' => $this->safe_string($request, 'newPx'),
                'info' => $entry,
            ],
            $market,
        );
    }

    public function require_symbol($method, $symbol) {
        if ($symbol === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr($this->id) . ' ' . Js::toStr(
                        $method,
                    ) . ' () requires a symbol argument: OKX names orders by instrument and id',
                ),
            );
        }
        return $this->market($symbol);
    }

    public function cancel_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // trade/cancel-order answers with the id only: the order is canceled when sCode is 0. With
        // params['trigger'] the id is an algo order's (createOrder with a trigger), canceled with
        // trade/cancel-algos, which takes a JSON list.
        $this->load_markets();
        $market = $this->require_symbol('cancelOrder', $symbol);
        $response = null;
        if ($this->safe_bool($params, 'trigger', false)) {
            $algos = [
                $this->extend(
                    ['instId' => Js::get($market, 'id'), 'algoId' => $id],
                    $this->omit($params, 'trigger'),
                ),
            ];
            $response = $this->private_post_trade_cancel_algos(['batch' => $algos]);
        } else {
            $response = $this->private_post_trade_cancel_order(
                $this->extend(['instId' => Js::get($market, 'id'), 'ordId' => $id], $params),
            );
        }
        $entry = $this->first_entry($response);
        return $this->safe_order(
            [
                'id' => $this->safe_string2($entry, 'ordId', 'algoId', $id),
                'clientOrderId' => $this->safe_string($entry, 'clOrdId'),
                'symbol' => Js::get($market, 'symbol'),
                'status' => 'canceled',
                'info' => $entry,
            ],
            $market,
        );
    }

    public function cancel_all_orders($symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // OKX has no cancel-all for spot: the open orders (of the symbol, or all) are canceled with
        // trade/cancel-batch-orders, 20 at a time; each comes back canceled unless its sCode says otherwise.
        $open = $this->fetch_open_orders($symbol, null, null, $params);
        $result = [];
        for ($start = 0; Js::less($start, Js::length($open)); $start = Js::number($start + 20)) {
            $batch = Js::slice($open, $start, Js::number($start + 20));
            $orders = [];
            for ($i = 0; Js::less($i, Js::length($batch)); $i++) {
                $orders[] = [
                    'instId' => $this->market_id(Js::get(Js::get($batch, $i), 'symbol')),
                    'ordId' => Js::get(Js::get($batch, $i), 'id'),
                ];
            }
            $response = $this->private_post_trade_cancel_batch_orders(['batch' => $orders]);
            $answers = $this->index_by($this->safe_list($response, 'data', []), 'ordId');
            for ($i = 0; Js::less($i, Js::length($batch)); $i++) {
                $answer = $this->safe_dict($answers, Js::get(Js::get($batch, $i), 'id'), []);
                if ($this->safe_string($answer, 'sCode') === '0') {
                    $result[] = $this->extend(
                        Js::get($batch, $i),
                        [
                            'status' => 'canceled',
                            'info' => [
                                'order' => Js::get(Js::get($batch, $i), 'info'),
                                'canceled' => $answer,
                            ],
                        ],
                    );
                }
            }
        }
        return $result;
    }

    public function parse_order($order, $market = null) {
        // trade/order, orders-pending and orders-history: ordType gives the unified type and time in force;
        // a market order sized in the quote currency (tgtCcy quote_ccy, which is the default of a market buy)
        // has its cost in sz; fee is negative for a charge; 0 (or '') times mean none. slTriggerPx and
        // tpTriggerPx of a plain order are the stop-loss and take-profit attached to it, not a trigger of the
        // order itself.
        $market = $this->safe_market($this->safe_string($order, 'instId'), $market, '-');
        if (
            ($this->safe_string($order, 'ordId') === null) && ($this->safe_string($order, 'algoId') !== null)
        ) {
            return $this->parse_algo_order($order, $market);
        }
        $ord_type = $this->safe_string($order, 'ordType');
        $known = $this->safe_list(Js::get($this->options, 'orderTypes'), $ord_type, []);
        $time_in_force = $this->safe_string($known, 1);
        $amount = $this->safe_string($order, 'sz');
        $cost = null;
        if (($ord_type === 'market') && Js::truthy($this->quote_sized($order))) {
            $amount = null;
            $filled = $this->safe_string($order, 'accFillSz');
            $average = $this->safe_string($order, 'avgPx');
            if (($filled !== null) && ($average !== null)) {
                $cost = Precise::string_mul($filled, $average);
            }
        }
        $fee = null;
        $fee_cost = $this->safe_string($order, 'fee');
        if ($fee_cost !== null) {
            $fee = [
                'cost' => Precise::string_neg($fee_cost),
                'currency' => $this->safe_currency_code($this->safe_string($order, 'feeCcy')),
            ];
        }
        return $this->safe_order(
            [
                'id' => $this->safe_string($order, 'ordId'),
                'clientOrderId' => $this->safe_string($order, 'clOrdId'),
                'symbol' => Js::get($market, 'symbol'),
                'timestamp' => $this->safe_integer($order, 'cTime'),
                'lastUpdateTimestamp' => $this->safe_integer($order, 'uTime'),
                'lastTradeTimestamp' => $this->safe_milliseconds($order, 'fillTime'),
                'status' => $this->safe_string(
                    Js::get($this->options, 'orderStatuses'),
                    $this->safe_string($order, 'state'),
                ),
                'type' => $this->safe_string($known, 0),
                'timeInForce' => $time_in_force,
                'postOnly' => $time_in_force === 'PO' ? true : null,
                'side' => $this->safe_string($order, 'side'),
                'price' => $this->non_zero($this->safe_string($order, 'px')),
                'stopLossPrice' => $this->non_zero($this->safe_string($order, 'slTriggerPx')),
                'takeProfitPrice' => $this->non_zero($this->safe_string($order, 'tpTriggerPx')),
                'average' => $this->non_zero($this->safe_string($order, 'avgPx')),
                'amount' => $amount,
                'filled' => $this->safe_string($order, 'accFillSz'),
                'cost' => $cost,
                'fee' => $fee,
                'info' => $order,
            ],
            $market,
        );
    }

    public function parse_algo_order($order, $market) {
        // trade/order-algo and orders-algo-pending: a trigger order (triggerPx, orderPx) or a one-sided
        // conditional one (slTriggerPx and slOrdPx, or tpTriggerPx and tpOrdPx); an order price of -1 is a
        // market order. actualSz is the size of the order placed once triggered.
        $stop_loss = $this->non_zero($this->safe_string($order, 'slTriggerPx'));
        $take_profit = $this->non_zero($this->safe_string($order, 'tpTriggerPx'));
        $trigger_price = $this->non_zero($this->safe_string($order, 'triggerPx'));
        $order_price = $this->safe_string($order, 'ordPx');
        if ($stop_loss !== null) {
            $trigger_price = $stop_loss;
            $order_price = $this->safe_string($order, 'slOrdPx');
        } elseif ($take_profit !== null) {
            $trigger_price = $take_profit;
            $order_price = $this->safe_string($order, 'tpOrdPx');
        }
        $is_market = $order_price === '-1';
        $quote_sized = Js::truthy($_value1 = $is_market) ? $this->quote_sized($order) : $_value1;
        return $this->safe_order(
            [
                'id' => $this->safe_string($order, 'algoId'),
                'clientOrderId' => $this->safe_string($order, 'algoClOrdId'),
                'symbol' => Js::get($market, 'symbol'),
                'timestamp' => $this->safe_integer($order, 'cTime'),
                'lastUpdateTimestamp' => $this->safe_milliseconds($order, 'uTime'),
                'status' => $this->safe_string(
                    Js::get($this->options, 'algoStatuses'),
                    $this->safe_string($order, 'state'),
                ),
                'type' => $is_market ? 'market' : 'limit',
                'side' => $this->safe_string($order, 'side'),
                'price' => $is_market ? null : $this->non_zero($order_price),
                'triggerPrice' => $trigger_price,
                'stopLossPrice' => $stop_loss,
                'takeProfitPrice' => $take_profit,
                'amount' => Js::truthy($quote_sized) ? null : $this->safe_string($order, 'sz'),
                'cost' => Js::truthy($quote_sized) ? $this->safe_string($order, 'sz') : null,
                'info' => $order,
            ],
            $market,
        );
    }

    public function quote_sized($order) {
        // Whether a spot market order's sz is in the quote currency: tgtCcy says so, and without it a market buy
        // is (tgtCcy: 'Default is quote_ccy for buy, base_ccy for sell').
        $target = $this->safe_string($order, 'tgtCcy');
        if ($target === null) {
            return $this->safe_string($order, 'side') === 'buy';
        }
        return $target === 'quote_ccy';
    }

    public function non_zero($value) {
        // OKX reports an absent price as '' or '0'.
        if (($value === null) || Precise::string_eq($value, '0')) {
            return null;
        }
        return $value;
    }

    public function fetch_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // trade/order; with params['trigger'] the id is an algo order's, read with trade/order-algo.
        $this->load_markets();
        $market = $this->require_symbol('fetchOrder', $symbol);
        $response = null;
        if ($this->safe_bool($params, 'trigger', false)) {
            $response = $this->private_get_trade_order_algo(
                $this->extend(['algoId' => $id], $this->omit($params, 'trigger')),
            );
        } else {
            $response = $this->private_get_trade_order(
                $this->extend(['instId' => Js::get($market, 'id'), 'ordId' => $id], $params),
            );
        }
        $order = $this->safe_dict($this->safe_list($response, 'data', []), 0);
        if ($order === null) {
            throw new OrderNotFound(
                Js::boundedText(Js::toStr($this->id) . ' fetchOrder () found no order ' . Js::toStr($id)),
            );
        }
        return $this->parse_order($order, $market);
    }

    public function orders_request($symbol, $since, $limit, $params) {
        // The query of the order and fill lists: instType SPOT, instId, begin (since) and end (the unified
        // until) in milliseconds, limit (at most 100); the request and the market.
        $request = ['instType' => 'SPOT'];
        $market = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
            $request['instId'] = Js::get($market, 'id');
        }
        if ($since !== null) {
            $request['begin'] = $since;
        }
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            $request['end'] = $until;
        }
        if ($limit !== null) {
            $request['limit'] = $limit;
        }
        return [$this->extend($request, $this->omit($params, 'until')), $market];
    }

    public function fetch_open_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // trade/orders-pending takes no time range: since filters what it lists. With params['trigger'] the
        // open algo orders of trade/orders-algo-pending, of one ordType ('trigger' unless params['ordType']
        // says 'conditional').
        $this->load_markets();
        $request = ['instType' => 'SPOT'];
        $market = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
            $request['instId'] = Js::get($market, 'id');
        }
        if ($limit !== null) {
            $request['limit'] = $limit;
        }
        $response = null;
        if ($this->safe_bool($params, 'trigger', false)) {
            $request['ordType'] = $this->safe_string($params, 'ordType', 'trigger');
            $response = $this->private_get_trade_orders_algo_pending(
                $this->extend($request, $this->omit($params, ['trigger', 'ordType'])),
            );
        } else {
            $response = $this->private_get_trade_orders_pending($this->extend($request, $params));
        }
        return $this->parse_orders($this->safe_list($response, 'data', []), $market, $since, $limit);
    }

    public function fetch_closed_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // trade/orders-history: the filled and canceled orders of the last 7 days.
        $this->load_markets();
        [$request, $market] = Js::destructure($this->orders_request($symbol, $since, $limit, $params), 2);
        $response = $this->private_get_trade_orders_history($request);
        return $this->parse_orders($this->safe_list($response, 'data', []), $market, $since, $limit);
    }

    public function fetch_my_trades($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // trade/fills-history: the fills of the last 3 months.
        $this->load_markets();
        [$request, $market] = Js::destructure($this->orders_request($symbol, $since, $limit, $params), 2);
        $response = $this->private_get_trade_fills_history($request);
        return $this->parse_trades($this->safe_list($response, 'data', []), $market, $since, $limit);
    }

    public function fetch_order_trades($id, $symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // trade/fills with ordId, which OKX takes together with the instrument.
        $this->load_markets();
        $market = $this->require_symbol('fetchOrderTrades', $symbol);
        $request = ['instType' => 'SPOT', 'instId' => Js::get($market, 'id'), 'ordId' => $id];
        $response = $this->private_get_trade_fills($this->extend($request, $params));
        return $this->parse_trades($this->safe_list($response, 'data', []), $market, $since, $limit);
    }

    // --- funding -------------------------------------------------------------------------------------
    public function history_request($code, $since, $limit, $params) {
        // deposit-history and withdrawal-history page by time: before returns records newer than a time,
        // after older ones (both exclusive), so since is before = since - 1 and the unified until is
        // after = until + 1. The request and the currency.
        $request = [];
        $currency = null;
        if ($code !== null) {
            $currency = $this->currency($code);
            $request['ccy'] = Js::get($currency, 'id');
        }
        if ($since !== null) {
            $request['before'] = Js::subtract($since, 1);
        }
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            $request['after'] = Js::add($until, 1);
        }
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
        $response = $this->private_get_asset_deposit_history($request);
        return $this->parse_transactions($this->safe_list($response, 'data', []), $currency, $since, $limit);
    }

    public function fetch_withdrawals($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        [$request, $currency] = Js::destructure($this->history_request($code, $since, $limit, $params), 2);
        $response = $this->private_get_asset_withdrawal_history($request);
        return $this->parse_transactions($this->safe_list($response, 'data', []), $currency, $since, $limit);
    }

    public function parse_transaction($transaction, $currency = null) {
        // Deposits carry depId, withdrawals wdId (and fee, feeCcy); to is the receiving address, and tag, memo
        // or pmtId its memo for the currencies that need one. state is a number whose meaning differs between
        // the two.
        $withdrawal_id = $this->safe_string($transaction, 'wdId');
        $is_withdrawal = $withdrawal_id !== null;
        $currency_id = $this->safe_string($transaction, 'ccy');
        $code = $this->safe_currency_code($currency_id, $currency);
        $statuses = $is_withdrawal ? Js::get($this->options, 'withdrawalStatuses') : Js::get(
            $this->options,
            'depositStatuses',
        );
        $fee = null;
        $fee_cost = $this->safe_string($transaction, 'fee');
        if ($fee_cost !== null) {
            $fee = [
                'cost' => $fee_cost,
                'currency' => $this->safe_currency_code(
                    $this->safe_string($transaction, 'feeCcy', $currency_id),
                ),
            ];
        }
        return $this->safe_transaction(
            [
                'id' => $is_withdrawal ? $withdrawal_id : $this->safe_string($transaction, 'depId'),
                'txid' => $this->safe_string($transaction, 'txId'),
                'timestamp' => $this->safe_integer($transaction, 'ts'),
                'network' => $this->chain_network_code(
                    $currency_id,
                    $this->safe_string($transaction, 'chain'),
                ),
                'address' => $this->safe_string($transaction, 'to'),
                'tag' => $this->safe_string_n($transaction, ['tag', 'memo', 'pmtId']),
                'type' => $is_withdrawal ? 'withdrawal' : 'deposit',
                'amount' => $this->safe_string($transaction, 'amt'),
                'currency' => $code,
                'status' => $this->safe_string(
                    $statuses,
                    $this->safe_string($transaction, 'state'),
                    'pending',
                ),
                'fee' => $fee,
                'info' => $transaction,
            ],
            $currency,
        );
    }

    public function deposit_addresses($currency, $params) {
        // asset/deposit-address: every address of one currency, one per chain (and more where several exist).
        $response = $this->private_get_asset_deposit_address(
            $this->extend(['ccy' => Js::get($currency, 'id')], $params),
        );
        $entries = $this->safe_list($response, 'data', []);
        $result = [];
        for ($i = 0; $i < count($entries); $i++) {
            $result[] = $this->parse_deposit_address(Js::get($entries, $i), $currency);
        }
        return $result;
    }

    public function parse_deposit_address($entry, $currency) {
        // addr, and memo (or tag, or pmtId) for currencies that need one; chain names the network.
        return [
            'currency' => Js::get($currency, 'code'),
            'address' => $this->safe_string($entry, 'addr'),
            'tag' => $this->safe_string_n($entry, ['memo', 'tag', 'pmtId']),
            'network' => $this->chain_network_code(
                Js::get($currency, 'id'),
                $this->safe_string($entry, 'chain'),
            ),
            'info' => $entry,
        ];
    }

    public function fetch_deposit_address($code, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // The address on the unified network (params['network']); without it, the one OKX marks selected.
        $this->load_markets();
        $currency = $this->currency($code);
        $network_code = $this->safe_string($params, 'network');
        $addresses = $this->deposit_addresses($currency, $this->omit($params, 'network'));
        $chain = null;
        if ($network_code !== null) {
            $chain = $this->chain_id($network_code, $currency);
        }
        for ($i = 0; Js::less($i, Js::length($addresses)); $i++) {
            $info = Js::get(Js::get($addresses, $i), 'info');
            if ($chain !== null) {
                if (Js::strictEqual($this->safe_string($info, 'chain'), $chain)) {
                    return Js::get($addresses, $i);
                }
            } elseif ($this->safe_bool($info, 'selected') === true) {
                return Js::get($addresses, $i);
            }
        }
        if ($chain !== null) {
            throw new BadRequest(
                Js::boundedText(
                    Js::toStr($this->id) . ' fetchDepositAddress () found no ' . Js::toStr($code) . ' deposit address on the unified network ' . Js::toStr($network_code) . ' (chain ' . Js::toStr(
                        $chain,
                    ) . ')',
                ),
            );
        }
        if (Js::strictEqual(Js::length($addresses), 0)) {
            throw new InvalidAddress(
                Js::boundedText(Js::toStr($this->id) . ' has no ' . Js::toStr($code) . ' deposit address'),
            );
        }
        return Js::get($addresses, 0);
    }

    public function fetch_deposit_addresses($codes = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // asset/deposit-address takes one currency: one request per code.
        if ($codes === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' fetchDepositAddresses () requires the currency codes: asset/deposit-address takes one currency',
                ),
            );
        }
        $this->load_markets();
        $result = [];
        for ($i = 0; Js::less($i, Js::length($codes)); $i++) {
            $addresses = $this->deposit_addresses($this->currency(Js::get($codes, $i)), $params);
            $result = $this->array_concat($result, $addresses);
        }
        return $result;
    }

    public function withdraw($code, $amount, $address, $tag = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // asset/withdrawal from the funding account, on chain (dest 4); the chain is '<currency>-<network>'
        // from the unified network; a memo goes after the address as 'address:memo'.
        $this->load_markets();
        $currency = $this->currency($code);
        $request = [
            'ccy' => Js::get($currency, 'id'),
            'amt' => $this->number_to_string($amount),
            'dest' => '4',
            'toAddr' => $tag === null ? $address : Js::boundedText(
                Js::toStr($address) . ':' . Js::toStr($tag),
            ),
        ];
        $network_code = $this->safe_string($params, 'network');
        if ($network_code !== null) {
            $request['chain'] = $this->chain_id($network_code, $currency);
        }
        $response = $this->private_post_asset_withdrawal(
            $this->extend($request, $this->omit($params, 'network')),
        );
        $entry = $this->first_entry($response);
        return $this->safe_transaction(
            [
                'id' => $this->safe_string($entry, 'wdId'),
                'type' => 'withdrawal',
                'address' => $address,
                'tag' => $tag,
                'amount' => Js::get($request, 'amt'),
                'currency' => $code,
                'network' => $this->chain_network_code(
                    Js::get($currency, 'id'),
                    $this->safe_string($request, 'chain'),
                ),
                'status' => 'pending',
                'info' => $entry,
            ],
        );
    }

    public function transfer($code, $amount, $from_account, $to_account, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // asset/transfer between the user's own accounts (type 0): funding (6) and trading (18).
        $this->load_markets();
        $currency = $this->currency($code);
        $request = [
            'ccy' => Js::get($currency, 'id'),
            'amt' => $this->number_to_string($amount),
            'from' => $this->account_type_id($from_account),
            'to' => $this->account_type_id($to_account),
            'type' => '0',
        ];
        $response = $this->private_post_asset_transfer($this->extend($request, $params));
        $entry = $this->first_entry($response);
        return $this->safe_transfer(
            [
                'id' => $this->safe_string($entry, 'transId'),
                'currency' => $code,
                'amount' => $this->safe_string($entry, 'amt', Js::get($request, 'amt')),
                'fromAccount' => $from_account,
                'toAccount' => $to_account,
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
        $request_path = Js::boundedText('/api/' . Js::toStr($this->version) . '/' . Js::toStr($path));
        if ($method === 'GET') {
            if (count(Js::keys($params)) > 0) {
                $request_path .= Js::within(
                    $request_path,
                    Js::within($request_path, '?') . Js::toStr($this->urlencode($params)),
                );
            }
        } else {
            // A batch endpoint takes a JSON list: the caller passes it as params['batch'].
            $batch = $this->safe_list($params, 'batch');
            if ($batch !== null) {
                $body = $this->json($batch);
            } else {
                $body = count(Js::keys($params)) > 0 ? $this->json(
                    $params,
                ) : '{}'; // (PHP writes an empty dictionary as [])
            }
        }
        $url = Js::boundedText(Js::toStr(Js::get($this->urls, 'api')) . $request_path);
        if ($api === 'public') {
            return ['url' => $url, 'method' => $method, 'body' => $body, 'headers' => $headers];
        }
        // OK-ACCESS-SIGN: base64 HMAC-SHA256 of timestamp + method + requestPath (with the query) + body, where
        // the timestamp is OK-ACCESS-TIMESTAMP, ISO 8601 with milliseconds.
        $this->check_required_credentials();
        $timestamp = $this->iso8601($this->milliseconds());
        $payload = Js::boundedText(
            Js::boundedText(Js::toStr(Js::add($timestamp, $method)) . $request_path) . Js::toStr(
                $body === null ? '' : $body,
            ),
        );
        $headers = [
            'OK-ACCESS-KEY' => $this->apiKey,
            'OK-ACCESS-SIGN' => $this->hmac(
                $this->encode($payload),
                $this->encode($this->secret),
                'sha256',
                'base64',
            ),
            'OK-ACCESS-TIMESTAMP' => $timestamp,
            'OK-ACCESS-PASSPHRASE' => $this->password,
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
        // Every answer is { code, msg, data }; code '0' is success. An order endpoint that fails answers with
        // code '1' (or '2' for a partly failed batch) and the reason of each item in data[].sCode and sMsg.
        if (($response === null) || Js::isArray($response)) {
            return;
        }
        $code = $this->safe_string($response, 'code');
        if (($code === null) || ($code === '0') || ($code === '2')) {
            // '2' is a partly failed batch: its items report to the caller one by one.
            return;
        }
        $items = $this->safe_list($response, 'data', []);
        for ($i = 0; $i < count($items); $i++) {
            $item_code = $this->safe_string(Js::get($items, $i), 'sCode');
            if (($item_code !== null) && !($item_code === '0')) {
                $item_feedback = Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($item_code) . ' ') . $this->safe_string(
                        Js::get($items, $i),
                        'sMsg',
                        '',
                    ),
                );
                $this->throw_exactly_matched_exception(
                    Js::get($this->exceptions, 'exact'),
                    $item_code,
                    $item_feedback,
                );
                throw new ExchangeError($item_feedback);
            }
        }
        $feedback = Js::boundedText(
            Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($code) . ' ') . $this->safe_string(
                $response,
                'msg',
                '',
            ),
        );
        $this->throw_exactly_matched_exception(Js::get($this->exceptions, 'exact'), $code, $feedback);
        throw new ExchangeError($feedback);
    }
}
