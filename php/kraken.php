<?php

// Generated from js/kraken.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class kraken extends Exchange {
    public function describe() {
        return $this->deep_extend(
            parent::describe(),
            [
                'id' => 'kraken',
                'name' => 'Kraken',
                'countries' => ['US'],
                'version' => '0',
                'rateLimit' => 1000,
                'certified' => true,
                'has' => [
                    'fetchCurrencies' => true,
                    'fetchTime' => true,
                    'fetchTradingFees' => true,
                    'fetchStatus' => true,
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
                    'fetchOpenOrders' => true,
                    'fetchClosedOrders' => true,
                    'fetchMyTrades' => true,
                    'fetchDeposits' => true,
                    'fetchWithdrawals' => true,
                    'fetchLedger' => true,
                    'fetchDepositAddress' => true,
                    'withdraw' => true,
                    'cancelAllOrders' => true,
                    'fetchOrderTrades' => true,
                    'fetchTradingFee' => true,
                    'createDepositAddress' => true,
                    'transfer' => true,
                    'createMarketBuyOrderWithCost' => true,
                    'watchTicker' => true,
                    'watchTickers' => true,
                    'watchOrderBook' => true,
                    'watchTrades' => true,
                    'watchOHLCV' => true,
                    'watchOrders' => true,
                    'watchMyTrades' => true,
                    'watchBalance' => true,
                ],
                'urls' => [
                    'logo' => 'https://www.kraken.com/images/kraken-logo.svg',
                    'api' => 'https://api.kraken.com',
                    'ws' => [
                        'public' => 'wss://ws.kraken.com',
                        'private' => 'wss://ws-auth.kraken.com',
                        'balances' => 'wss://ws-auth.kraken.com/v2',
                    ],
                    'www' => 'https://www.kraken.com',
                    'doc' => 'https://docs.kraken.com/api/',
                    'fees' => 'https://www.kraken.com/features/fee-schedule',
                ],
                'api' => [
                    'public' => [
                        'get' => [
                            'Time' => 1,
                            'SystemStatus' => 1,
                            'Assets' => 1,
                            'AssetPairs' => 1,
                            'Ticker' => 1,
                            'OHLC' => 1,
                            'Depth' => 1,
                            'Trades' => 1,
                            'Spread' => 1,
                        ],
                    ],
                    'private' => [
                        'post' => [
                            'Balance' => 3,
                            'BalanceEx' => 3,
                            'TradeBalance' => 3,
                            'OpenOrders' => 3,
                            'ClosedOrders' => 6,
                            'QueryOrders' => 3,
                            'OrderAmends' => 3,
                            'TradesHistory' => 6,
                            'QueryTrades' => 3,
                            'OpenPositions' => 3,
                            'Ledgers' => 6,
                            'QueryLedgers' => 3,
                            'TradeVolume' => 3,
                            'AddExport' => 3,
                            'ExportStatus' => 3,
                            'RetrieveExport' => 3,
                            'RemoveExport' => 3,
                            'AddOrder' => 1,
                            'AddOrderBatch' => 1,
                            'AmendOrder' => 1,
                            'EditOrder' => 1,
                            'CancelOrder' => 1,
                            'CancelAll' => 1,
                            'CancelAllOrdersAfter' => 1,
                            'CancelOrderBatch' => 1,
                            'DepositMethods' => 3,
                            'DepositAddresses' => 3,
                            'DepositStatus' => 3,
                            'WithdrawMethods' => 3,
                            'WithdrawAddresses' => 3,
                            'WithdrawInfo' => 3,
                            'Withdraw' => 3,
                            'WithdrawStatus' => 3,
                            'WithdrawCancel' => 3,
                            'WalletTransfer' => 3,
                            'CreateSubaccount' => 3,
                            'AccountTransfer' => 3,
                            'Earn/Allocate' => 3,
                            'Earn/Deallocate' => 3,
                            'Earn/AllocateStatus' => 3,
                            'Earn/DeallocateStatus' => 3,
                            'Earn/Strategies' => 3,
                            'Earn/Allocations' => 3,
                            'GetWebSocketsToken' => 3,
                        ],
                    ],
                ],
                'timeframes' => [
                    '1m' => 1,
                    '5m' => 5,
                    '15m' => 15,
                    '30m' => 30,
                    '1h' => 60,
                    '4h' => 240,
                    '1d' => 1440,
                    '1w' => 10080,
                    '2w' => 21600,
                ],
                'fees' => [
                    'trading' => [
                        'tierBased' => true,
                        'percentage' => true,
                        'taker' => 0.004,
                        'maker' => 0.0025,
                    ],
                ],
                'precisionMode' => TICK_SIZE,
                'commonCurrencies' => ['XDG' => 'DOGE'],
                'requiredCredentials' => ['apiKey' => true, 'secret' => true],
                'options' => [
                    'orderStatuses' => [
                        'pending' => 'open',
                        'open' => 'open',
                        'closed' => 'closed',
                        'canceled' => 'canceled',
                        'expired' => 'expired',
                    ],
                    'ledgerTypes' => ['deposit' => 'transaction', 'withdrawal' => 'transaction'],
                    'networks' => ['BTC' => 'Bitcoin'],
                    'depositMethodNetworks' => [
                        'Bitcoin' => 'BTC',
                        'Bitcoin Lightning' => 'LIGHTNING',
                        'Dogecoin' => 'DOGE',
                        'Ether (Hex)' => 'ERC20',
                        'USDC' => 'ERC20',
                    ],
                    'accountsByType' => ['spot' => 'Spot Wallet', 'futures' => 'Futures Wallet'],
                    'transactionStatuses' => [
                        'Initial' => 'pending',
                        'Pending' => 'pending',
                        'Settled' => 'pending',
                        'Success' => 'ok',
                        'Failure' => 'failed',
                        'Partial' => 'pending',
                        'Onhold' => 'pending',
                    ],
                ],
                'exceptions' => [
                    'exact' => [
                        'EGeneral:Invalid arguments' => BadRequest::class,
                        'EGeneral:Invalid arguments:Index unavailable' => BadRequest::class,
                        'EGeneral:Unknown method' => BadRequest::class,
                        'EGeneral:Permission denied' => PermissionDenied::class,
                        'EGeneral:Too many requests' => RateLimitExceeded::class,
                        'EGeneral:Internal error' => ExchangeNotAvailable::class,
                        'EAPI:Invalid key' => AuthenticationError::class,
                        'EAPI:Invalid signature' => AuthenticationError::class,
                        'EAPI:Invalid nonce' => InvalidNonce::class,
                        'EAPI:Rate limit exceeded' => RateLimitExceeded::class,
                        'EAPI:Feature disabled' => PermissionDenied::class,
                        'EAuth:Account temporary disabled' => AccountSuspended::class,
                        'EAuth:Account unconfirmed' => PermissionDenied::class,
                        'EAuth:Rate limit exceeded' => RateLimitExceeded::class,
                        'EAuth:Too many requests' => RateLimitExceeded::class,
                        'EService:Unavailable' => ExchangeNotAvailable::class,
                        'EService:Busy' => ExchangeNotAvailable::class,
                        'EService:Deadline elapsed' => RequestTimeout::class,
                        'EService:Market in cancel_only mode' => OnMaintenance::class,
                        'EService:Market in post_only mode' => OnMaintenance::class,
                        'EService:Market in limit_only mode' => OnMaintenance::class,
                        'EDatabase:Internal error' => ExchangeNotAvailable::class,
                        'EQuery:Unknown asset pair' => BadSymbol::class,
                        'EQuery:Unknown asset' => BadSymbol::class,
                        'EOrder:Unknown order' => OrderNotFound::class,
                        'EOrder:Invalid order' => InvalidOrder::class,
                        'EOrder:Invalid price' => InvalidOrder::class,
                        'EOrder:Order minimum not met' => InvalidOrder::class,
                        'EOrder:Cost minimum not met' => InvalidOrder::class,
                        'EOrder:Tick size check failed' => InvalidOrder::class,
                        'EOrder:Orders limit exceeded' => InvalidOrder::class,
                        'EOrder:Positions limit exceeded' => InvalidOrder::class,
                        'EOrder:Unknown position' => InvalidOrder::class,
                        'EOrder:Cannot open position' => InvalidOrder::class,
                        'EOrder:Cannot open opposing position' => InvalidOrder::class,
                        'EOrder:Insufficient funds' => InsufficientFunds::class,
                        'EOrder:Insufficient margin' => InsufficientFunds::class,
                        'EOrder:Margin allowance exceeded' => InsufficientFunds::class,
                        'EOrder:Margin level too low' => InsufficientFunds::class,
                        'EOrder:Rate limit exceeded' => RateLimitExceeded::class,
                        'EOrder:Domain rate limit exceeded' => RateLimitExceeded::class,
                        'EFunding:Insufficient funds' => InsufficientFunds::class,
                        'EFunding:Unknown withdraw key' => InvalidAddress::class,
                        'EFunding:Invalid amount' => BadRequest::class,
                        'EFunding:Max fee exceeded' => BadRequest::class,
                    ],
                    'broad' => [
                        'EAPI:' => AuthenticationError::class,
                        'EAuth:' => AuthenticationError::class,
                        'EService:' => ExchangeNotAvailable::class,
                        'EOrder:' => InvalidOrder::class,
                        'EQuery:' => BadRequest::class,
                        'EGeneral:' => BadRequest::class,
                    ],
                ],
            ],
        );
    }

    public function nonce() {
        return $this->milliseconds();
    }

    // --- markets and currencies ----------------------------------------------------------------------
    public function fetch_time($params = null) {
        if ($params === null) {
            $params = [];
        }
        // Time: { unixtime (seconds), rfc1123 }.
        $response = $this->public_get_time($params);
        return $this->safe_timestamp($this->safe_dict($response, 'result', []), 'unixtime');
    }

    public function fetch_status($params = null) {
        if ($params === null) {
            $params = [];
        }
        // SystemStatus: online, maintenance, cancel_only or post_only, with the time it was reported; anything
        // but online restricts trading, so it is 'maintenance'.
        $response = $this->public_get_system_status($params);
        $result = $this->safe_dict($response, 'result', []);
        $status = $this->safe_string($result, 'status');
        return [
            'status' => $status === 'online' ? 'ok' : 'maintenance',
            'updated' => $this->parse8601($this->safe_string($result, 'timestamp')),
            'eta' => null,
            'url' => null,
            'info' => $response,
        ];
    }

    public function fetch_trading_fees($params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        return $this->trading_fees($this->ids, $params);
    }

    public function fetch_trading_fee($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $market = $this->market($symbol);
        $fees = $this->trading_fees([Js::get($market, 'id')], $params);
        return $this->safe_dict($fees, Js::get($market, 'symbol'));
    }

    public function trading_fees($ids, $params) {
        // TradeVolume with the pairs: the account's current taker (fees) and maker (fees_maker) fee of each,
        // in percent.
        $response = $this->private_post_trade_volume($this->extend(['pair' => Js::join($ids, ',')], $params));
        $result = $this->safe_dict($response, 'result', []);
        $taker_fees = $this->safe_dict($result, 'fees', []);
        $maker_fees = $this->safe_dict($result, 'fees_maker', []);
        $fees = [];
        $pairs = Js::keys($taker_fees);
        for ($i = 0; $i < count($pairs); $i++) {
            $market = $this->safe_market($pairs[$i]);
            $taker = $this->safe_string($this->safe_dict($taker_fees, $pairs[$i]), 'fee');
            $maker = $this->safe_string($this->safe_dict($maker_fees, $pairs[$i]), 'fee', $taker);
            Js::setKey(
                $fees,
                Js::get($market, 'symbol'),
                [
                    'symbol' => Js::get($market, 'symbol'),
                    'maker' => $this->parse_number(Precise::string_div($maker, '100')),
                    'taker' => $this->parse_number(Precise::string_div($taker, '100')),
                    'info' => $response,
                ],
            );
        }
        return $fees;
    }

    public function fetch_currencies($params = null) {
        if ($params === null) {
            $params = [];
        }
        $response = $this->public_get_assets($params);
        $assets = $this->safe_dict($response, 'result', []);
        $ids = Js::keys($assets);
        $result = []; // by unified code
        for ($i = 0; $i < count($ids); $i++) {
            $id = $ids[$i];
            $asset = $this->safe_value($assets, $id);
            $code = $this->common_currency_code($this->safe_string($asset, 'altname'));
            Js::setKey(
                $result,
                $code,
                [
                    'id' => $id,
                    'code' => $code,
                    'name' => $this->safe_string($asset, 'altname'),
                    'active' => $this->safe_string($asset, 'status') === 'enabled',
                    'precision' => $this->parse_number(
                        $this->parse_precision($this->safe_string($asset, 'decimals')),
                    ),
                    'info' => $asset,
                ],
            );
        }
        return $result;
    }

    public function fetch_markets($params = null) {
        if ($params === null) {
            $params = [];
        }
        $response = $this->public_get_asset_pairs($params);
        $pairs = $this->safe_dict($response, 'result', []);
        $ids = Js::keys($pairs);
        $result = [];
        for ($i = 0; $i < count($ids); $i++) {
            $id = $ids[$i];
            $pair = $this->safe_value($pairs, $id);
            // wsname names both sides by their alternative names ('XBT/USD'); the REST ids carry legacy
            // X and Z prefixes ('XXBT', 'ZUSD'). A pair without it (or with another form) has no symbol to trade it
            // by here, and is left out: its split failed the whole load with a TypeError.
            $wsname = $this->safe_string($pair, 'wsname');
            $names = $wsname === null ? [] : Js::split($wsname, '/');
            if (!(count($names) == 2)) {
                continue;
            }
            [$base_name, $quote_name] = Js::destructure($names, 2);
            $base = $this->common_currency_code($base_name);
            $quote = $this->common_currency_code($quote_name);
            $taker_tiers = $this->safe_list($pair, 'fees', []);
            $maker_tiers = $this->safe_list($pair, 'fees_maker', []);
            $result[] = $this->safe_market_structure(
                [
                    'id' => $id,
                    'symbol' => Js::boundedText(Js::toStr($base) . '/' . Js::toStr($quote)),
                    'base' => $base,
                    'quote' => $quote,
                    'baseId' => $this->safe_string($pair, 'base'),
                    'quoteId' => $this->safe_string($pair, 'quote'),
                    'active' => $this->safe_string($pair, 'status') === 'online',
                    'type' => 'spot',
                    'spot' => true,
                    'taker' => $this->parse_number($this->fee_rate($taker_tiers)),
                    'maker' => $this->parse_number($this->fee_rate($maker_tiers)),
                    'precision' => [
                        'amount' => $this->parse_number(
                            $this->parse_precision($this->safe_string($pair, 'lot_decimals')),
                        ),
                        'price' => $this->safe_number($pair, 'tick_size'),
                    ],
                    'limits' => [
                        'amount' => ['min' => $this->safe_number($pair, 'ordermin'), 'max' => null],
                        'price' => ['min' => null, 'max' => null],
                        'cost' => ['min' => $this->safe_number($pair, 'costmin'), 'max' => null],
                    ],
                    'info' => $pair,
                ],
            );
        }
        return $result;
    }

    public function fee_rate($tiers) {
        // The first tier's fee: [ [ volume, percent ], ... ] -> percent / 100.
        if (Js::strictEqual(Js::length($tiers), 0)) {
            return null;
        }
        return Precise::string_div($this->safe_string(Js::get($tiers, 0), 1), '100');
    }

    public function market_by_altname($altname) {
        // Orders name their pair by its alternative name ('XBTUSD'), not by its id ('XXBTZUSD').
        $markets = Js::values($this->markets);
        for ($i = 0; $i < count($markets); $i++) {
            if (Js::strictEqual($this->safe_string(Js::get($markets[$i], 'info'), 'altname'), $altname)) {
                return $markets[$i];
            }
        }
        return $this->safe_market($altname);
    }

    // --- market data ---------------------------------------------------------------------------------
    public function parse_ticker($ticker, $market = null) {
        // Lists hold [ today, last 24 hours ]; a and b hold [ price, whole lot volume, lot volume ].
        $base_volume = $this->safe_string($this->safe_list($ticker, 'v'), 1);
        $vwap = $this->safe_string($this->safe_list($ticker, 'p'), 1);
        $quote_volume = null;
        if (($base_volume !== null) && ($vwap !== null)) {
            $quote_volume = Precise::string_mul($base_volume, $vwap);
        }
        return $this->ticker_structure(
            symbol: $this->safe_symbol(null, $market),
            high: $this->safe_string($this->safe_list($ticker, 'h'), 1),
            low: $this->safe_string($this->safe_list($ticker, 'l'), 1),
            bid: $this->safe_string($this->safe_list($ticker, 'b'), 0),
            bid_volume: $this->safe_string($this->safe_list($ticker, 'b'), 2),
            ask: $this->safe_string($this->safe_list($ticker, 'a'), 0),
            ask_volume: $this->safe_string($this->safe_list($ticker, 'a'), 2),
            vwap: $vwap,
            open: $this->safe_string($ticker, 'o'),
            last: $this->safe_string($this->safe_list($ticker, 'c'), 0),
            base_volume: $base_volume,
            quote_volume: $quote_volume,
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
        $response = $this->public_get_ticker($this->extend(['pair' => Js::get($market, 'id')], $params));
        $tickers = $this->safe_dict($response, 'result', []);
        return $this->parse_ticker($this->safe_dict($tickers, Js::get($market, 'id')), $market);
    }

    public function fetch_tickers($symbols = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $request = [];
        if ($symbols !== null) {
            $request['pair'] = Js::join($this->market_ids($symbols), ',');
        }
        $response = $this->public_get_ticker($this->extend($request, $params));
        $tickers = $this->safe_dict($response, 'result', []);
        $ids = Js::keys($tickers);
        $result = [];
        for ($i = 0; $i < count($ids); $i++) {
            $market = $this->safe_market($ids[$i]);
            $ticker = $this->parse_ticker($this->safe_value($tickers, $ids[$i]), $market);
            Js::setKey($result, Js::get($ticker, 'symbol'), $ticker);
        }
        return $result;
    }

    public function fetch_order_book($symbol, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['pair' => Js::get($market, 'id')];
        if ($limit !== null) {
            $request['count'] = $limit;
        }
        $response = $this->public_get_depth($this->extend($request, $params));
        $books = $this->safe_dict($response, 'result', []);
        return $this->parse_order_book(
            $this->safe_dict($books, Js::get($market, 'id')),
            Js::get($market, 'symbol'),
        );
    }

    public function parse_ohlcv($ohlcv, $market = null) {
        // [ time (seconds), open, high, low, close, vwap, volume, count ]
        return [
            $this->safe_timestamp($ohlcv, 0),
            $this->safe_number($ohlcv, 1),
            $this->safe_number($ohlcv, 2),
            $this->safe_number($ohlcv, 3),
            $this->safe_number($ohlcv, 4),
            $this->safe_number($ohlcv, 6),
        ];
    }

    public function fetch_ohlcv($symbol, $timeframe = null, $since = null, $limit = null, $params = null) {
        if ($timeframe === null) {
            $timeframe = '1m';
        }
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $market = $this->market($symbol);
        $request = [
            'pair' => Js::get($market, 'id'),
            'interval' => $this->safe_integer($this->timeframes, $timeframe),
        ];
        if ($since !== null) {
            // OHLC returns the candles after since (exclusive): one second earlier keeps the candle at since.
            $request['since'] = Js::number(Js::floor(Js::divide($since, 1000)) - 1);
        }
        if ($this->safe_value($params, 'until') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' fetchOHLCV () does not support the unified param until: OHLC has no end time',
                ),
            );
        }
        $response = $this->public_get_ohlc($this->extend($request, $params));
        $candles = $this->safe_dict($response, 'result', []);
        return $this->parse_ohlcvs(
            $this->safe_list($candles, Js::get($market, 'id'), []),
            $market,
            $timeframe,
            $since,
            $limit,
        );
    }

    public function parse_trade($trade, $market = null) {
        // Public trades are [ price, volume, time, 'b' or 's', 'm' or 'l', misc, trade id ]; private ones
        // (TradesHistory) are dictionaries whose id the caller adds.
        if (Js::isArray($trade)) {
            $side = $this->safe_string($trade, 3) === 'b' ? 'buy' : 'sell';
            $type = $this->safe_string($trade, 4) === 'l' ? 'limit' : 'market';
            return $this->trade_structure(
                id: $this->safe_string($trade, 6),
                symbol: $this->safe_symbol(null, $market),
                timestamp: $this->safe_timestamp($trade, 2),
                type: $type,
                side: $side,
                price: $this->safe_string($trade, 0),
                amount: $this->safe_string($trade, 1),
                info: $trade,
                market: $market,
            );
        }
        $market = $this->safe_market($this->safe_string($trade, 'pair'), $market);
        $taker_or_maker = null;
        $maker = $this->safe_bool($trade, 'maker');
        if ($maker !== null) {
            $taker_or_maker = $maker ? 'maker' : 'taker';
        }
        return $this->trade_structure(
            id: $this->safe_string($trade, 'id'),
            order: $this->safe_string($trade, 'ordertxid'),
            symbol: Js::get($market, 'symbol'),
            timestamp: $this->safe_timestamp($trade, 'time'),
            type: $this->safe_string($trade, 'ordertype'),
            side: $this->safe_string($trade, 'type'),
            taker_or_maker: $taker_or_maker,
            price: $this->safe_string($trade, 'price'),
            amount: $this->safe_string($trade, 'vol'),
            cost: $this->safe_string($trade, 'cost'),
            fee: ['cost' => $this->safe_string($trade, 'fee'), 'currency' => Js::get($market, 'quote')],
            info: $trade,
            market: $market,
        );
    }

    public function fetch_trades($symbol, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['pair' => Js::get($market, 'id')];
        if ($since !== null) {
            $request['since'] = Js::floor(Js::divide($since, 1000));
        }
        if ($limit !== null) {
            $request['count'] = $limit;
        }
        $response = $this->public_get_trades($this->extend($request, $params));
        $trades = $this->safe_dict($response, 'result', []);
        return $this->parse_trades(
            $this->safe_list($trades, Js::get($market, 'id'), []),
            $market,
            $since,
            $limit,
        );
    }

    // --- account -------------------------------------------------------------------------------------
    public function fetch_balance($params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $response = $this->private_post_balance_ex($params);
        $balances = $this->safe_dict($response, 'result', []);
        $result = ['info' => $response];
        $ids = Js::keys($balances);
        for ($i = 0; $i < count($ids); $i++) {
            $entry = $this->safe_value($balances, $ids[$i]);
            $account = $this->account();
            Js::set($account, 'total', $this->safe_string($entry, 'balance'));
            Js::set($account, 'used', $this->safe_string($entry, 'hold_trade'));
            Js::setKey($result, $this->safe_currency_code($ids[$i]), $account);
        }
        return $this->safe_balance($result);
    }

    // --- orders --------------------------------------------------------------------------------------
    public function create_order($symbol, $type, $side, $amount, $price = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // AddOrder. The unified params map to Kraken's fields: a trigger makes the order a stop-loss or
        // take-profit (-limit) with the trigger in price and the limit price in price2; postOnly is the
        // oflags 'post'; timeInForce is timeinforce (GTC or IOC: Kraken has no FOK); reduceOnly is
        // reduce_only; clientOrderId is cl_ord_id; cost (a market buy of a quote amount) is the volume with
        // the oflags 'viqc' (volume in quote currency), which Kraken offers for market buys only.
        $this->load_markets();
        $market = $this->market($symbol);
        [$unified, $rest] = Js::destructure($this->unified_order_params($type, $params), 2);
        $cost = Js::get($unified, 'cost');
        if (($cost !== null) && !($side === 'buy')) {
            throw new InvalidOrder(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' createOrder () cost is for market buys only: Kraken\'s viqc flag sizes buy orders',
                ),
            );
        }
        if (($type === 'limit') && ($price === null)) {
            throw new ArgumentsRequired(
                Js::boundedText(Js::toStr($this->id) . ' createOrder () requires a price for a limit order'),
            );
        }
        $ordertype = $type;
        $trigger = Js::get($unified, 'trigger');
        if ($trigger !== null) {
            $kind = Js::get($unified, 'triggerKind') === 'takeProfitPrice' ? 'take-profit' : 'stop-loss';
            $ordertype = $type === 'limit' ? Js::boundedText($kind . '-limit') : $kind;
        }
        $request = [
            'pair' => Js::get($market, 'id'),
            'type' => $side,
            'ordertype' => $ordertype,
            'volume' => $cost !== null ? $this->currency_to_precision(Js::get($market, 'quote'), $cost) : $this->amount_to_precision(
                $symbol,
                $amount,
            ),
        ];
        if ($trigger !== null) {
            $request['price'] = $this->price_to_precision($symbol, $trigger);
            if ($type === 'limit') {
                $request['price2'] = $this->price_to_precision($symbol, $price);
            }
        } elseif ($type === 'limit') {
            $request['price'] = $this->price_to_precision($symbol, $price);
        }
        $flags = [];
        if ($this->safe_string($rest, 'oflags') !== null) {
            $flags[] = Js::get($rest, 'oflags');
        }
        if (Js::truthy(Js::get($unified, 'postOnly'))) {
            $flags[] = 'post';
        }
        if ($cost !== null) {
            $flags[] = 'viqc';
        }
        if (count($flags) > 0) {
            $request['oflags'] = Js::join($flags, ',');
        }
        $time_in_force = Js::get($unified, 'timeInForce');
        if ($time_in_force === 'FOK') {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' createOrder () timeInForce FOK is not supported: Kraken has GTC, IOC and GTD',
                ),
            );
        }
        if ($time_in_force !== null) {
            $request['timeinforce'] = $time_in_force;
        }
        if (Js::truthy(Js::get($unified, 'reduceOnly'))) {
            $request['reduce_only'] = true;
        }
        if (Js::get($unified, 'clientOrderId') !== null) {
            $request['cl_ord_id'] = Js::get($unified, 'clientOrderId');
        }
        $response = $this->private_post_add_order($this->extend($request, $this->omit($rest, 'oflags')));
        $result = $this->safe_dict($response, 'result', []);
        $limit_price = $trigger !== null ? $this->safe_string($request, 'price2') : $this->safe_string(
            $request,
            'price',
        );
        return $this->safe_order(
            [
                'id' => $this->safe_string($this->safe_list($result, 'txid', []), 0),
                'clientOrderId' => Js::get($unified, 'clientOrderId'),
                'symbol' => Js::get($market, 'symbol'),
                'type' => $type,
                'side' => $side,
                'amount' => $cost !== null ? null : Js::get($request, 'volume'),
                'cost' => $cost !== null ? Js::get($request, 'volume') : null,
                'price' => $limit_price,
                'triggerPrice' => $trigger !== null ? Js::get($request, 'price') : null,
                'stopLossPrice' => Js::get($unified, 'triggerKind') === 'stopLossPrice' ? Js::get(
                    $request,
                    'price',
                ) : null,
                'takeProfitPrice' => Js::get($unified, 'triggerKind') === 'takeProfitPrice' ? Js::get(
                    $request,
                    'price',
                ) : null,
                'postOnly' => Js::truthy(Js::get($unified, 'postOnly')) ? true : null,
                'timeInForce' => $time_in_force,
                'reduceOnly' => Js::truthy(Js::get($unified, 'reduceOnly')) ? true : null,
                'info' => $result,
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
        // AmendOrder changes an open order in place (its type and side stay): order_qty, limit_price, and the
        // unified triggerPrice as trigger_price; postOnly is post_only, which rejects a new limit price that
        // would take liquidity. Kraken answers with the amend's id only.
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['txid' => $id];
        if ($amount !== null) {
            $request['order_qty'] = $this->amount_to_precision($symbol, $amount);
        }
        if ($price !== null) {
            $request['limit_price'] = $this->price_to_precision($symbol, $price);
        }
        $trigger_price = $this->safe_string($params, 'triggerPrice');
        if ($trigger_price !== null) {
            $request['trigger_price'] = $this->price_to_precision($symbol, $trigger_price);
        }
        $post_only = $this->safe_bool($params, 'postOnly', false);
        if ($post_only) {
            if ($price === null) {
                throw new InvalidOrder(
                    Js::boundedText(
                        Js::toStr(
                            $this->id,
                        ) . ' editOrder () postOnly applies to a new limit price: pass price',
                    ),
                );
            }
            $request['post_only'] = true;
        }
        $response = $this->private_post_amend_order(
            $this->extend($request, $this->omit($params, ['triggerPrice', 'postOnly'])),
        );
        $result = $this->safe_dict($response, 'result', []);
        return $this->safe_order(
            [
                'id' => $id,
                'symbol' => Js::get($market, 'symbol'),
                'type' => $type,
                'side' => $side,
                'amount' => $this->safe_string($request, 'order_qty'),
                'price' => $this->safe_string($request, 'limit_price'),
                'triggerPrice' => $this->safe_string($request, 'trigger_price'),
                'postOnly' => $post_only ? true : null,
                'info' => $result,
            ],
            $market,
        );
    }

    public function cancel_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $response = $this->private_post_cancel_order($this->extend(['txid' => $id], $params));
        $result = $this->safe_dict($response, 'result', []);
        return $this->safe_order(['id' => $id, 'status' => 'canceled', 'info' => $result]);
    }

    public function cancel_all_orders($symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // CancelAll cancels the open orders of every pair and answers with their number only: the orders it
        // cancels are those OpenOrders lists just before (one that fills in between is reported canceled).
        if ($symbol !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' cancelAllOrders () cancels the orders of every pair: call it without a symbol',
                ),
            );
        }
        $open = $this->fetch_open_orders();
        $response = $this->private_post_cancel_all($params);
        return $this->canceled_orders($open, $response);
    }

    public function parse_order($order, $market = null) {
        // The caller adds the order's id, the key it came under (entriesById). A stop-loss or take-profit
        // order is a market order with a trigger, its -limit form a limit order: Kraken's descr.price is then
        // the trigger and descr.price2 the limit price. The fee is in the quote currency unless oflags has
        // fcib (fee in base).
        $description = $this->safe_dict($order, 'descr', []);
        $market = $this->market_by_altname($this->safe_string($description, 'pair'));
        $ordertype = $this->safe_string($description, 'ordertype');
        $oflags = $this->safe_string($order, 'oflags', '');
        $flags = Js::split($oflags, ',');
        $type = $ordertype;
        $price = $this->safe_string($description, 'price');
        $trigger_price = null;
        $stop_loss_price = null;
        $take_profit_price = null;
        $triggered = ($ordertype !== null) && (
            Js::startsWith($ordertype, 'stop-loss') || Js::startsWith($ordertype, 'take-profit')
        );
        $trailing = ($ordertype !== null) && Js::startsWith($ordertype, 'trailing-stop');
        if ($trailing) {
            // trailing-stop(-limit): descr.price is the trailing offset ('+50.0', '5%') and price2 the limit
            // offset, neither a price; stopprice is where the stop stands now.
            $type = Js::endsWith($ordertype, '-limit') ? 'limit' : 'market';
            $price = null;
            if (Precise::string_gt($this->safe_string($order, 'stopprice', '0'), '0')) {
                $trigger_price = $this->safe_string($order, 'stopprice');
            }
        } elseif (($ordertype === 'iceberg') || ($ordertype === 'settle-position')) {
            // an iceberg order is a limit order showing part of its volume; settle-position closes a margin
            // position at market.
            $type = $ordertype === 'iceberg' ? 'limit' : 'market';
        } elseif ($triggered) {
            $trigger_price = $price;
            $type = Js::endsWith($ordertype, '-limit') ? 'limit' : 'market';
            $price = $type === 'limit' ? $this->safe_string($description, 'price2') : null;
            if (Js::startsWith($ordertype, 'stop-loss')) {
                $stop_loss_price = $trigger_price;
            } else {
                $take_profit_price = $trigger_price;
            }
        } elseif (Precise::string_gt($this->safe_string($order, 'stopprice', '0'), '0')) {
            $trigger_price = $this->safe_string($order, 'stopprice');
        }
        $average = null;
        if (Precise::string_gt($this->safe_string($order, 'price', '0'), '0')) {
            $average = $this->safe_string($order, 'price');
        }
        $fee_currency = Js::truthy($this->in_array('fcib', $flags)) ? Js::get($market, 'base') : Js::get(
            $market,
            'quote',
        );
        return $this->safe_order(
            [
                'id' => $this->safe_string($order, 'id'),
                'clientOrderId' => $this->safe_string($order, 'cl_ord_id'),
                'symbol' => Js::get($market, 'symbol'),
                'timestamp' => $this->safe_timestamp($order, 'opentm'),
                'lastTradeTimestamp' => $this->safe_timestamp($order, 'closetm'),
                'lastUpdateTimestamp' => $this->safe_timestamp($order, 'closetm'),
                'status' => $this->safe_string(
                    Js::get($this->options, 'orderStatuses'),
                    $this->safe_string($order, 'status'),
                ),
                'type' => $type,
                'side' => $this->safe_string($description, 'type'),
                'price' => $price,
                'triggerPrice' => $trigger_price,
                'stopLossPrice' => $stop_loss_price,
                'takeProfitPrice' => $take_profit_price,
                'postOnly' => Js::truthy($this->in_array('post', $flags)) ? true : null,
                'amount' => $this->safe_string($order, 'vol'),
                'filled' => $this->safe_string($order, 'vol_exec'),
                'cost' => $this->safe_string($order, 'cost'),
                'average' => $average,
                'fee' => ['cost' => $this->safe_string($order, 'fee'), 'currency' => $fee_currency],
                'info' => $order,
            ],
            $market,
        );
    }

    public function entries_by_id($dictionary) {
        // QueryOrders, OpenOrders, ClosedOrders and TradesHistory key entries by their id: the entries,
        // each with its key as 'id'.
        $ids = Js::keys($dictionary);
        $result = [];
        for ($i = 0; $i < count($ids); $i++) {
            $result[] = $this->extend($this->safe_value($dictionary, $ids[$i]), ['id' => $ids[$i]]);
        }
        return $result;
    }

    public function fetch_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $response = $this->private_post_query_orders($this->extend(['txid' => $id], $params));
        $orders = $this->safe_dict($response, 'result', []);
        $order = $this->safe_value($orders, $id);
        if ($order === null) {
            throw new OrderNotFound(
                Js::boundedText(Js::toStr($this->id) . ' fetchOrder () found no order ' . Js::toStr($id)),
            );
        }
        return $this->parse_order($this->extend($order, ['id' => $id]));
    }

    public function fetch_order_trades($id, $symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // QueryOrders with trades lists the ids of the order's trades; QueryTrades then returns them, keyed
        // by trade id.
        $this->load_markets();
        $orders = $this->private_post_query_orders($this->extend(['txid' => $id, 'trades' => true], $params));
        $order = $this->safe_dict($this->safe_dict($orders, 'result', []), $id);
        if ($order === null) {
            throw new OrderNotFound(
                Js::boundedText(
                    Js::toStr($this->id) . ' fetchOrderTrades () found no order ' . Js::toStr($id),
                ),
            );
        }
        $trade_ids = $this->safe_list($order, 'trades', []);
        if (count($trade_ids) == 0) {
            return [];
        }
        $response = $this->private_post_query_trades(['txid' => Js::join($trade_ids, ',')]);
        $market = $symbol === null ? null : $this->market($symbol);
        return $this->parse_trades(
            $this->entries_by_id($this->safe_dict($response, 'result', [])),
            $market,
            $since,
            $limit,
        );
    }

    public function fetch_open_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $response = $this->private_post_open_orders($params);
        $result = $this->safe_dict($response, 'result', []);
        $market = $symbol === null ? null : $this->market($symbol);
        return $this->parse_orders(
            $this->entries_by_id($this->safe_dict($result, 'open', [])),
            $market,
            $since,
            $limit,
        );
    }

    public function fetch_closed_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $request = [];
        if ($since !== null) {
            $request['start'] = Js::floor(Js::divide($since, 1000));
        }
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            $request['end'] = Js::floor(Js::divide($until, 1000));
        }
        $response = $this->private_post_closed_orders($this->extend($request, $this->omit($params, 'until')));
        $result = $this->safe_dict($response, 'result', []);
        $market = $symbol === null ? null : $this->market($symbol);
        return $this->parse_orders(
            $this->entries_by_id($this->safe_dict($result, 'closed', [])),
            $market,
            $since,
            $limit,
        );
    }

    public function fetch_my_trades($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $request = [];
        if ($since !== null) {
            $request['start'] = Js::floor(Js::divide($since, 1000));
        }
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            $request['end'] = Js::floor(Js::divide($until, 1000)); // inclusive, in seconds
        }
        $response = $this->private_post_trades_history(
            $this->extend($request, $this->omit($params, 'until')),
        );
        $result = $this->safe_dict($response, 'result', []);
        $market = $symbol === null ? null : $this->market($symbol);
        return $this->parse_trades(
            $this->entries_by_id($this->safe_dict($result, 'trades', [])),
            $market,
            $since,
            $limit,
        );
    }

    // --- funding -------------------------------------------------------------------------------------
    public function parse_transaction($transaction, $currency = null) {
        $code = $this->safe_currency_code($this->safe_string($transaction, 'asset'), $currency);
        $status = $this->safe_string($transaction, 'status');
        return $this->safe_transaction(
            [
                'id' => $this->safe_string($transaction, 'refid'),
                'txid' => $this->safe_string($transaction, 'txid'),
                'timestamp' => $this->safe_timestamp($transaction, 'time'),
                'network' => $this->transaction_network($transaction),
                'address' => $this->safe_string($transaction, 'info'),
                'amount' => $this->safe_string($transaction, 'amount'),
                'currency' => $code,
                'status' => $this->safe_string(
                    Js::get($this->options, 'transactionStatuses'),
                    $status,
                    $status,
                ),
                'fee' => ['cost' => $this->safe_string($transaction, 'fee'), 'currency' => $code],
                'info' => $transaction,
            ],
            $currency,
        );
    }

    public function transaction_network($transaction) {
        // WithdrawStatus names the network; DepositStatus only the deposit method.
        $network = $this->safe_string($transaction, 'network');
        if ($network !== null) {
            return $this->network_code($network);
        }
        return $this->safe_string(
            Js::get($this->options, 'depositMethodNetworks'),
            $this->safe_string($transaction, 'method'),
        );
    }

    public function history_request($code, $since, $params) {
        // DepositStatus, WithdrawStatus and Ledgers take one asset (or all) and a time range in seconds, from
        // start to end (the unified until): the request, and the currency of code.
        $request = [];
        $currency = null;
        if ($code !== null) {
            $currency = $this->currency($code);
            $request['asset'] = Js::get($currency, 'id');
        }
        if ($since !== null) {
            $request['start'] = Js::floor(Js::divide($since, 1000));
        }
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            $request['end'] = Js::floor(Js::divide($until, 1000));
        }
        return [$this->extend($request, $this->omit($params, 'until')), $currency];
    }

    public function fetch_transfers($type, $code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // DepositStatus and WithdrawStatus take the same arguments and answer with the same entries.
        $this->load_markets();
        [$request, $currency] = Js::destructure($this->history_request($code, $since, $params), 2);
        $response = null;
        if ($type === 'deposit') {
            $response = $this->private_post_deposit_status($request);
        } else {
            $response = $this->private_post_withdraw_status($request);
        }
        return $this->parse_transactions(
            $this->safe_list($response, 'result', []),
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

    public function fetch_ledger($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // Ledgers: entries keyed by ledger id.
        $this->load_markets();
        [$request, $currency] = Js::destructure($this->history_request($code, $since, $params), 2);
        $response = $this->private_post_ledgers($request);
        $result = $this->safe_dict($response, 'result', []);
        return $this->parse_ledger(
            $this->entries_by_id($this->safe_dict($result, 'ledger', [])),
            $currency,
            $since,
            $limit,
        );
    }

    public function parse_ledger_entry($item, $currency = null) {
        // { refid, time (seconds), type, subtype, aclass, asset, amount (signed), fee, balance (after) }; the
        // caller adds the entry's id.
        $code = $this->safe_currency_code($this->safe_string($item, 'asset'), $currency);
        $type = $this->safe_string($item, 'type');
        return $this->safe_ledger_entry(
            [
                'id' => $this->safe_string($item, 'id'),
                'timestamp' => $this->safe_timestamp($item, 'time'),
                'referenceId' => $this->safe_string($item, 'refid'),
                'type' => $this->safe_string(Js::get($this->options, 'ledgerTypes'), $type, $type),
                'currency' => $code,
                'amount' => $this->safe_string($item, 'amount'),
                'after' => $this->safe_string($item, 'balance'),
                'status' => 'ok',
                'fee' => ['cost' => $this->safe_string($item, 'fee'), 'currency' => $code],
                'info' => $item,
            ],
            $currency,
        );
    }

    public function fetch_deposit_address($code, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->deposit_address($code, false, $params);
    }

    public function create_deposit_address($code, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->deposit_address($code, true, $params);
    }

    public function deposit_address($code, $create, $params) {
        // DepositAddresses of one deposit method (new: a fresh address): params['method'], else the asset's
        // method on the unified network, else its first method.
        $this->load_markets();
        $currency = $this->currency($code);
        $method = $this->deposit_method(
            $currency,
            $this->safe_string($params, 'method'),
            $this->safe_string_upper($params, 'network'),
        );
        $request = ['asset' => Js::get($currency, 'id'), 'method' => $method];
        if (Js::truthy($create)) {
            $request['new'] = true;
        }
        $response = $this->private_post_deposit_addresses(
            $this->extend($request, $this->omit($params, ['method', 'network'])),
        );
        $address = $this->safe_dict($this->safe_list($response, 'result', []), 0);
        if ($address === null) {
            throw new InvalidAddress(
                Js::boundedText(
                    Js::toStr($this->id) . ' has no ' . Js::toStr($code) . ' deposit address for ' . Js::toStr(
                        $method,
                    ) . ': create one with createDepositAddress ()',
                ),
            );
        }
        return [
            'currency' => $code,
            'address' => $this->safe_string($address, 'address'),
            'tag' => $this->safe_string2($address, 'tag', 'memo'),
            'network' => $this->safe_string(Js::get($this->options, 'depositMethodNetworks'), $method),
            'info' => $address,
        ];
    }

    public function deposit_method($currency, $method, $network) {
        // The deposit method to use: the given one (which must deposit on the unified network, if one is
        // given too), else the first of DepositMethods on that network (or the first at all).
        $networks = Js::get($this->options, 'depositMethodNetworks');
        if ($method !== null) {
            if (($network !== null) && !Js::strictEqual($this->safe_string($networks, $method), $network)) {
                throw new BadRequest(
                    Js::boundedText(
                        Js::toStr($this->id) . ' the deposit method ' . Js::toStr($method) . ' is not on the unified network ' . Js::toStr(
                            $network,
                        ),
                    ),
                );
            }
            return $method;
        }
        $response = $this->private_post_deposit_methods(['asset' => Js::get($currency, 'id')]);
        $methods = $this->safe_list($response, 'result', []);
        for ($i = 0; $i < count($methods); $i++) {
            $name = $this->safe_string(Js::get($methods, $i), 'method');
            if (($network === null) || Js::strictEqual($this->safe_string($networks, $name), $network)) {
                return $name;
            }
        }
        if ($network !== null) {
            throw new BadRequest(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' has no ') . Js::toStr(Js::get($currency, 'code')) . ' deposit method on the unified network ' . Js::toStr(
                        $network,
                    ),
                ),
            );
        }
        throw new InvalidAddress(
            Js::boundedText(
                Js::boundedText(Js::toStr($this->id) . ' offers no deposit method for ') . Js::toStr(
                    Js::get($currency, 'code'),
                ),
            ),
        );
    }

    public function withdraw($code, $amount, $address, $tag = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // Kraken only pays out to addresses saved in the account, named by params['key']; the saved address
        // fixes the network, so a unified network is not mapped.
        if ($this->safe_value($params, 'network') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' withdraw () does not support the unified param network: the saved address named by params["key"] decides it',
                ),
            );
        }
        $key = $this->safe_string($params, 'key');
        if ($key === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' withdraw () requires params["key"], the name of a withdrawal address saved in the account',
                ),
            );
        }
        $this->load_markets();
        $currency = $this->currency($code);
        $request = [
            'asset' => Js::get($currency, 'id'),
            'key' => $key,
            'amount' => $this->number_to_string($amount),
        ];
        if ($address !== null) {
            $request['address'] = $address;
        }
        $response = $this->private_post_withdraw($this->extend($request, $this->omit($params, 'key')));
        $result = $this->safe_dict($response, 'result', []);
        return $this->safe_transaction(
            [
                'id' => $this->safe_string($result, 'refid'),
                'type' => 'withdrawal',
                'address' => $address,
                'tag' => $tag,
                'amount' => $this->number_to_string($amount),
                'currency' => $code,
                'info' => $result,
            ],
        );
    }

    public function transfer($code, $amount, $from_account, $to_account, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // WalletTransfer moves funds from the spot wallet to the futures wallet; the other way is a request
        // of the Kraken Futures API.
        if (!($from_account === 'spot') || !($to_account === 'futures')) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr($this->id) . ' transfer () moves funds from spot to futures only, not from ' . Js::toStr($from_account) . ' to ' . Js::toStr(
                        $to_account,
                    ),
                ),
            );
        }
        $this->load_markets();
        $currency = $this->currency($code);
        $request = [
            'asset' => Js::get($currency, 'id'),
            'from' => $this->account_type_id($from_account),
            'to' => $this->account_type_id($to_account),
            'amount' => $this->currency_to_precision($code, $amount),
        ];
        $response = $this->private_post_wallet_transfer($this->extend($request, $params));
        $result = $this->safe_dict($response, 'result', []);
        return $this->safe_transfer(
            [
                'id' => $this->safe_string($result, 'refid'),
                'currency' => $code,
                'amount' => Js::get($request, 'amount'),
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
        $url = Js::boundedText(
            '/' . Js::toStr($this->version) . '/' . Js::toStr($api) . '/' . Js::toStr($path),
        );
        if ($api === 'public') {
            if (count(Js::keys($params)) > 0) {
                $url .= Js::within($url, Js::within($url, '?') . Js::toStr($this->urlencode($params)));
            }
        } else {
            // API-Sign: HMAC-SHA512 of (URI path + SHA256 (nonce + POST data)) with the base64-decoded secret.
            $this->check_required_credentials();
            $nonce = $this->number_to_string($this->nonce());
            // Sorted keys: the body is then the same as in Kraken's signing example.
            $body = $this->urlencode($this->keysort($this->extend(['nonce' => $nonce], $params)));
            $message = $this->binary_concat(
                $this->encode($url),
                $this->hash($this->encode(Js::add($nonce, $body)), 'sha256', 'binary'),
            );
            $headers = [
                'API-Key' => $this->apiKey,
                'API-Sign' => $this->hmac(
                    $message,
                    $this->base64_to_binary($this->secret),
                    'sha512',
                    'base64',
                ),
                'Content-Type' => 'application/x-www-form-urlencoded',
            ];
        }
        return [
            'url' => Js::boundedText(Js::toStr(Js::get($this->urls, 'api')) . $url),
            'method' => $method,
            'body' => $body,
            'headers' => $headers,
        ];
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
        // Errors come with HTTP 200 as { "error": [ "EOrder:Insufficient funds" ], "result": {} }.
        $messages = $this->safe_list($response, 'error', []);
        if (count($messages) == 0) {
            return;
        }
        $feedback = Js::boundedText(Js::boundedText(Js::toStr($this->id) . ' ') . Js::join($messages, ', '));
        for ($i = 0; $i < count($messages); $i++) {
            $this->throw_exactly_matched_exception(
                Js::get($this->exceptions, 'exact'),
                Js::get($messages, $i),
                $feedback,
            );
            $this->throw_broadly_matched_exception(
                Js::get($this->exceptions, 'broad'),
                Js::get($messages, $i),
                $feedback,
            );
        }
        throw new ExchangeError($feedback);
    }

    // --- streaming: WebSocket API v1 (https://docs.kraken.com/api/docs/websocket-v1/) ----------------------------
    public function stream_pair($market) {
        // The WebSocket name of a pair: its AssetPairs wsname ('XBT/USD').
        return $this->safe_string(Js::get($market, 'info'), 'wsname');
    }

    public function stream_market($pair) {
        // The market of a WebSocket pair name, through a table built once from the markets.
        $symbols = $this->stream_state('pairs');
        if ($symbols === null) {
            $symbols = [];
            $markets = $this->to_array($this->markets);
            for ($i = 0; $i < count($markets); $i++) {
                $name = $this->stream_pair(Js::get($markets, $i));
                if ($name !== null) {
                    Js::set($symbols, $name, Js::get(Js::get($markets, $i), 'symbol'));
                }
            }
            $this->set_stream_state('pairs', $symbols);
        }
        $symbol = $this->safe_string($symbols, $pair);
        if ($symbol === null) {
            throw new BadSymbol(
                Js::boundedText(
                    Js::toStr($this->id) . ' sent a stream message for an unknown pair ' . Js::toStr($pair),
                ),
            );
        }
        return $this->market($symbol);
    }

    public function stream_subscription($market, $subscription, $event = null) {
        if ($event === null) {
            $event = 'subscribe';
        }
        return ['event' => $event, 'pair' => [$this->stream_pair($market)], 'subscription' => $subscription];
    }

    public function watch_public($message_hash, $market, $subscription) {
        return $this->watch(
            $this->stream_url('public'),
            $message_hash,
            $message_hash,
            $this->stream_subscription($market, $subscription),
        );
    }

    public function watch_ticker($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $market = $this->market($symbol);
        return $this->watch_public(
            Js::boundedText('ticker:' . Js::toStr(Js::get($market, 'symbol'))),
            $market,
            $this->extend(['name' => 'ticker'], $params),
        );
    }

    public function watch_tickers($symbols = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // One subscription names every pair.
        $this->load_markets();
        $markets = $this->stream_markets($symbols);
        $pairs = [];
        for ($i = 0; Js::less($i, Js::length($markets)); $i++) {
            $pairs[] = $this->stream_pair(Js::get($markets, $i));
        }
        $message = ['event' => 'subscribe', 'pair' => $pairs, 'subscription' => ['name' => 'ticker']];
        $tickers = $this->watch(
            $this->stream_url('public'),
            'tickers',
            Js::boundedText('tickers:' . Js::join($pairs, ',')),
            $message,
        );
        return $this->tickers_of($tickers, $symbols);
    }

    public function watch_trades($symbol, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $market = $this->market($symbol);
        $trades = $this->watch_public(
            Js::boundedText('trades:' . Js::toStr(Js::get($market, 'symbol'))),
            $market,
            $this->extend(['name' => 'trade'], $params),
        );
        return $this->filter_by_since_limit($trades, $since, $limit, 'timestamp', true);
    }

    public function watch_ohlcv($symbol, $timeframe = null, $since = null, $limit = null, $params = null) {
        if ($timeframe === null) {
            $timeframe = '1m';
        }
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $market = $this->market($symbol);
        $interval = Js::parseInt($this->stream_timeframe($timeframe));
        $message_hash = Js::boundedText(
            Js::boundedText('ohlcv:' . Js::toStr(Js::get($market, 'symbol')) . ':') . Js::toStr(
                $this->number_to_string($interval),
            ),
        );
        $candles = $this->watch_public(
            $message_hash,
            $market,
            $this->extend(['name' => 'ohlc', 'interval' => $interval], $params),
        );
        return $this->filter_by_since_limit($candles, $since, $limit, 0, true);
    }

    public function watch_order_book($symbol, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // Kraken keeps books of 10, 25, 100, 500 or 1000 levels: the smallest that holds limit (10 by default).
        $this->load_markets();
        $market = $this->market($symbol);
        $this->remember_book_limit(Js::get($market, 'symbol'), $limit);
        $depths = [10, 25, 100, 500, 1000];
        $depth = 1000;
        for ($i = count($depths) - 1; $i >= 0; $i--) {
            if (($limit === null) || Js::greaterEqual(Js::get($depths, $i), $limit)) {
                $depth = Js::get($depths, $i);
            }
        }
        $subscription = $this->extend(['name' => 'book', 'depth' => $depth], $params);
        // The book is trimmed to the depth subscribed to, never to one a frame's channel names (book--3000000 had
        // trimBook loop for minutes). The first watch of a symbol sends the subscription; later ones change nothing.
        $depth_key = Js::boundedText('bookDepth:' . Js::toStr(Js::get($market, 'symbol')));
        if ($this->stream_state($depth_key) === null) {
            $this->set_stream_state($depth_key, $this->safe_integer($subscription, 'depth'));
        }
        $book = $this->watch_public(
            Js::boundedText('book:' . Js::toStr(Js::get($market, 'symbol'))),
            $market,
            $subscription,
        );
        return $this->limit_order_book($book, $limit);
    }

    public function un_watch_order_book($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->un_watch_public('book:', $symbol, ['name' => 'book']);
    }

    public function un_watch_trades($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->un_watch_public('trades:', $symbol, ['name' => 'trade']);
    }

    public function un_watch_ticker($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->un_watch_public('ticker:', $symbol, ['name' => 'ticker']);
    }

    public function un_watch_public($prefix, $symbol, $subscription) {
        $this->load_markets();
        $market = $this->market($symbol);
        $message_hash = Js::add($prefix, Js::get($market, 'symbol'));
        $this->set_stream_state($message_hash, null);
        if ($prefix === 'book:') {
            $this->set_stream_state(
                Js::boundedText('bookDepth:' . Js::toStr(Js::get($market, 'symbol'))),
                null,
            ); // the next watch subscribes anew
        }
        $this->unwatch(
            $this->stream_url('public'),
            $message_hash,
            $this->stream_subscription($market, $subscription, 'unsubscribe'),
        );
    }

    // private feeds (ws-auth), authenticated with a token of the REST API
    public function stream_token() {
        $response = $this->private_post_get_web_sockets_token();
        return $this->keep_session_token(
            'stream',
            $this->safe_string($this->safe_dict($response, 'result', []), 'token'),
        );
    }

    public function watch_private($name) {
        // openOrders and ownTrades: one subscription each, with a token that is only good for a while, so a
        // fresh one is fetched for every (re)subscription.
        $this->load_markets();
        $this->check_required_credentials();
        $message = $this->stream_state(Js::boundedText('subscription:' . Js::toStr($name)));
        if ($message === null) {
            $message = [
                'event' => 'subscribe',
                'subscription' => ['name' => $name, 'token' => $this->stream_token()],
            ];
            $this->set_stream_state(Js::boundedText('subscription:' . Js::toStr($name)), $message);
        }
        return $this->watch($this->stream_url('private'), $name, $name, $message);
    }

    public function resubscribe_message($url, $subscribe_hash, $message) {
        // The token is in subscription (v1) or params (v2).
        $key = $this->safe_dict($message, 'params') !== null ? 'params' : 'subscription';
        $subscription = $this->safe_dict($message, $key, []);
        if ($this->safe_string($subscription, 'token') === null) {
            return $message;
        }
        $renewed = $this->extend(
            $message,
            $this->single_key($key, $this->extend($subscription, ['token' => $this->stream_token()])),
        );
        $this->set_stream_state(Js::boundedText('subscription:' . Js::toStr($subscribe_hash)), $renewed);
        return $renewed;
    }

    public function watch_balance($params = null) {
        if ($params === null) {
            $params = [];
        }
        // The v2 balances channel: a snapshot of every asset, then each ledger entry with the balance after it.
        $this->load_markets();
        $this->check_required_credentials();
        $message = $this->stream_state('subscription:balances');
        if ($message === null) {
            $message = [
                'method' => 'subscribe',
                'params' => ['channel' => 'balances', 'token' => $this->stream_token()],
            ];
            $this->set_stream_state('subscription:balances', $message);
        }
        return $this->watch($this->stream_url('balances'), 'balance', 'balances', $message);
    }

    public function handle_balances($url, $message) {
        // snapshot: [ { asset, balance, ... } ]; update: [ { asset, balance (after the entry), timestamp, ... } ].
        // Only totals are known: Kraken's stream does not split them into free and used.
        $accounts = [];
        $entries = $this->safe_list($message, 'data', []);
        $timestamp = null;
        for ($i = 0; $i < count($entries); $i++) {
            $account = $this->account();
            Js::set($account, 'total', $this->safe_string(Js::get($entries, $i), 'balance'));
            Js::setKey(
                $accounts,
                $this->safe_currency_code($this->safe_string(Js::get($entries, $i), 'asset')),
                $account,
            );
            $timestamp = $this->parse8601($this->safe_string(Js::get($entries, $i), 'timestamp'));
        }
        $this->resolve_balance($url, $accounts, $message, $timestamp);
    }

    public function watch_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $orders = $this->watch_private('openOrders');
        return $this->filter_by_symbol_since_limit($orders, $symbol, $since, $limit, true);
    }

    public function watch_my_trades($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $trades = $this->watch_private('ownTrades');
        return $this->filter_by_symbol_since_limit($trades, $symbol, $since, $limit, true);
    }

    public function handle_own_trades($url, $entries) {
        // [ { tradeId: { ordertxid, pair (a WebSocket name), time, type, ordertype, price, vol, cost, fee } } ]
        if (!(Js::truthy($this->is_watched($url, 'ownTrades')))) {
            return; // nothing kept of what no caller watched on this connection (the public one's frames were kept)
        }
        $cache = $this->stream_state('ownTrades', []);
        for ($i = 0; Js::less($i, Js::length($entries)); $i++) {
            $ids = Js::keys(Js::get($entries, $i));
            for ($j = 0; $j < count($ids); $j++) {
                $trade = $this->safe_dict(Js::get($entries, $i), $ids[$j], []);
                $market = $this->stream_market($this->safe_string($trade, 'pair'));
                $parsed = $this->parse_trade(
                    $this->extend($this->omit($trade, 'pair'), ['id' => $ids[$j]]),
                    $market,
                );
                $cache = $this->append_to_cache($cache, $this->extend($parsed, ['info' => $trade]));
            }
        }
        $this->set_stream_state('ownTrades', $cache);
        $this->resolve_update($url, $cache, 'ownTrades');
    }

    public function handle_open_orders($url, $entries) {
        // [ { orderId: fields } ]: the whole order the first time, then only the fields that changed, merged
        // here into what is known of it. descr.pair is a WebSocket name, avg_price the REST order's price.
        // One pass a frame, orders found by id: updateInCache per order scanned the cache for each (a frame of
        // 100,000 orders took Node 6 s, asyncio 24 s). The cache is what updateInCache per order made: the orders
        // the frame left untouched, then those it named by their last mention, the newest cacheLimit of them.
        if (!(Js::truthy($this->is_watched($url, 'openOrders')))) {
            return; // nothing kept of what no caller watched on this connection (the public one's frames were kept)
        }
        $cache = $this->stream_state('openOrders', []);
        $known = $this->stream_state('rawOrders', []);
        $merged = [];
        $markets = [];
        $named = [];
        for ($i = 0; Js::less($i, Js::length($entries)); $i++) {
            $ids = Js::keys(Js::get($entries, $i));
            for ($j = 0; $j < count($ids); $j++) {
                $id = $ids[$j];
                $previous = $this->safe_dict($merged, $id);
                if ($previous === null) {
                    $previous = $this->safe_dict($known, $id, []);
                }
                $raw = $this->extend($previous, $this->safe_dict(Js::get($entries, $i), $id, []));
                // (an order has some 25 fields: a frame that named one many times, a field more each time, made each
                // copy longer than the last, 20,000 mentions 78 s in Node; red-team round 32)
                if (count(Js::keys($raw)) > 256) {
                    throw new BadResponse(
                        Js::boundedText(Js::toStr($this->id) . ' sent an open order of more than 256 fields'),
                    );
                }
                Js::setKey($merged, $id, $raw);
                $pair = $this->safe_string($this->safe_dict($raw, 'descr', []), 'pair');
                if ($pair === null) {
                    continue; // a change to an order no longer known (gone from the cache): nothing to show of it
                }
                Js::setKey(
                    $markets,
                    $id,
                    $this->stream_market($pair),
                ); // an unknown pair fails the frame, as it did
                $named[] = $id;
            }
        }
        $limit = $this->cache_limit();
        $placed = [];
        $newest = []; // the cache, newest first
        for ($k = count($named) - 1; ($k >= 0) && Js::less(count($newest), $limit); $k = Js::number($k - 1)) {
            $id = Js::get($named, $k);
            if ($this->safe_value($placed, $id) === null) {
                Js::setKey($placed, $id, true);
                $raw = $this->safe_dict($merged, $id);
                $market = $this->safe_dict($markets, $id);
                $description = $this->safe_dict($raw, 'descr', []);
                $fields = $this->extend(
                    $raw,
                    [
                        'id' => $id,
                        'price' => $this->safe_string($raw, 'avg_price'),
                        'descr' => $this->extend(
                            $description,
                            ['pair' => $this->safe_string(Js::get($market, 'info'), 'altname')],
                        ),
                    ],
                );
                $newest[] = $this->extend($this->parse_order($fields, $market), ['info' => $raw]);
            }
        }
        for (
            $k = Js::subtract(Js::length($cache), 1); ($k >= 0) && Js::less(count($newest), $limit); $k = Js::number(
                $k - 1,
            )
        ) {
            $id = $this->safe_string(Js::get($cache, $k), 'id');
            if (($id === null) || ($this->safe_value($placed, $id) === null)) {
                $newest[] = Js::get($cache, $k);
            }
        }
        // What is known of an order is kept while the cache holds it (every id ever sent was kept, without end).
        $kept = [];
        for ($k = 0; $k < count($newest); $k++) {
            $id = $this->safe_string(Js::get($newest, $k), 'id');
            $raw = $id === null ? null : $this->safe_dict($merged, $id, $this->safe_dict($known, $id));
            if ($raw !== null) {
                Js::setKey($kept, $id, $raw);
            }
        }
        $orders = Js::reverse($newest);
        $this->set_stream_state('rawOrders', $kept);
        $this->set_stream_state('openOrders', $orders);
        $this->resolve_update($url, $orders, 'openOrders');
    }

    public function handle_message($url, $message) {
        // Channel data: [ channelID, payload..., channelName, pair ]; private feeds: [ payload, channelName,
        // { sequence } ]; events: { 'event': ... }.
        if (!(Js::isArray($message))) {
            $this->handle_stream_event($url, $message);
            return;
        }
        $feed = $this->safe_string($message, 1);
        if ($feed === 'ownTrades') {
            $this->handle_own_trades($url, $this->safe_list($message, 0, []));
            return;
        }
        if ($feed === 'openOrders') {
            $this->handle_open_orders($url, $this->safe_list($message, 0, []));
            return;
        }
        $channel = $this->safe_string($message, Js::subtract(Js::length($message), 2), '');
        $market = $this->stream_market($this->safe_string($message, Js::subtract(Js::length($message), 1)));
        if ($channel === 'ticker') {
            $this->handle_ticker_message($url, $message, $market);
        } elseif ($channel === 'trade') {
            $this->handle_trade_message($url, $message, $market);
        } elseif (str_starts_with($channel, 'ohlc-')) {
            $this->handle_ohlcv_message($url, $message, $market, Js::slice($channel, 5));
        } elseif (str_starts_with($channel, 'book-')) {
            $this->handle_book_message($url, $message, $market);
        }
    }

    public function handle_stream_event($url, $message) {
        // heartbeat, systemStatus and pong need nothing; a failed subscription is the error of its callers. The
        // v2 balances connection sends { channel, type, data } and answers { method, success, error }.
        if ($this->safe_string($message, 'channel') === 'balances') {
            $this->handle_balances($url, $message);
            return;
        }
        if (
            ($this->safe_string($message, 'method') === 'subscribe') && (
                $this->safe_bool($message, 'success') === false
            )
        ) {
            $this->reject_update(
                $url,
                'balance',
                AuthenticationError::class,
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' ') . $this->safe_string(
                        $message,
                        'error',
                        'refused the subscription',
                    ),
                ),
            );
            return;
        }
        $event = $this->safe_string($message, 'event');
        if (!($event === 'subscriptionStatus') || !($this->safe_string($message, 'status') === 'error')) {
            return;
        }
        $subscription = $this->safe_dict($message, 'subscription', []);
        $name = $this->safe_string($subscription, 'name');
        $reason = Js::boundedText(
            Js::boundedText(Js::toStr($this->id) . ' ') . $this->safe_string(
                $message,
                'errorMessage',
                'refused the subscription',
            ),
        );
        if (($name === 'openOrders') || ($name === 'ownTrades')) {
            $this->reject_update($url, $name, AuthenticationError::class, $reason);
            return;
        }
        $prefixes = ['book' => 'book:', 'trade' => 'trades:', 'ticker' => 'ticker:'];
        $prefix = $this->safe_string($prefixes, $name);
        $pair = $this->safe_string($message, 'pair');
        if (($prefix === null) || ($pair === null)) {
            $this->reject_update($url, null, ExchangeError::class, $reason);
            return;
        }
        $this->reject_update(
            $url,
            Js::add($prefix, Js::get($this->stream_market($pair), 'symbol')),
            BadRequest::class,
            $reason,
        );
    }

    public function handle_ticker_message($url, $message, $market) {
        // The ticker's fields are the REST Ticker's, except open: [ today, last 24 hours ] here.
        $ticker = $this->safe_dict($message, 1, []);
        $fields = $this->extend($ticker, ['o' => $this->safe_string($this->safe_list($ticker, 'o'), 1)]);
        $result = $this->extend($this->parse_ticker($fields, $market), ['info' => $ticker]);
        $this->resolve_ticker($url, $result);
    }

    public function handle_trade_message($url, $message, $market) {
        $message_hash = Js::boundedText('trades:' . Js::toStr(Js::get($market, 'symbol')));
        if (!(Js::truthy($this->is_watched($url, $message_hash)))) {
            return; // nothing kept for what no caller watches (a server names symbols at will)
        }
        $cache = $this->stream_state($message_hash, []);
        $trades = $this->safe_list($message, 1, []);
        for ($i = 0; $i < count($trades); $i++) {
            $cache = $this->append_to_cache($cache, $this->parse_trade(Js::get($trades, $i), $market));
        }
        $this->set_stream_state($message_hash, $cache);
        $this->resolve_update($url, $cache, $message_hash);
    }

    public function handle_ohlcv_message($url, $message, $market, $interval) {
        // [ time, end time, open, high, low, close, vwap, volume, count ]: the candle opens interval minutes
        // before its end time.
        $candle = $this->safe_list($message, 1, []);
        $end = $this->safe_timestamp($candle, 1);
        $opened = Js::subtract($end, Js::multiply(Js::parseInt($interval), 60000));
        $parsed = [
            $opened,
            $this->safe_number($candle, 2),
            $this->safe_number($candle, 3),
            $this->safe_number($candle, 4),
            $this->safe_number($candle, 5),
            $this->safe_number($candle, 7),
        ];
        $this->resolve_candle(
            $url,
            Js::boundedText('ohlcv:' . Js::toStr(Js::get($market, 'symbol')) . ':' . Js::toStr($interval)),
            $parsed,
        );
    }

    public function handle_book_message($url, $message, $market) {
        // A snapshot { as, bs } starts the book; updates { a } and/or { b } change it, the last holding the
        // checksum c of the top ten levels. A wrong checksum drops the book and subscribes again (a new snapshot).
        $symbol = Js::get($market, 'symbol');
        $message_hash = Js::boundedText('book:' . Js::toStr($symbol));
        $depth = $this->stream_state(Js::boundedText('bookDepth:' . Js::toStr($symbol)));
        if (!(Js::truthy($this->is_watched($url, $message_hash))) || ($depth === null)) {
            return; // nothing kept for what no caller watches (a server names symbols at will)
        }
        $book = $this->stream_state($message_hash);
        $checksum = null;
        $timestamp = null;
        for ($i = 1; $i < Js::subtract(Js::length($message), 2); $i = Js::number($i + 1)) {
            $part = $this->safe_dict($message, $i, []);
            $asks = $this->safe_list2($part, 'as', 'a', []);
            $bids = $this->safe_list2($part, 'bs', 'b', []);
            if (($this->safe_value($part, 'as') !== null) || ($this->safe_value($part, 'bs') !== null)) {
                $book = $this->new_order_book($symbol, $depth);
            } elseif ($book === null) {
                return; // an update before the snapshot: the snapshot follows
            }
            $book = $this->set_book_levels($this->set_book_levels($book, 'asks', $asks), 'bids', $bids);
            $timestamp = $this->latest_level_time($this->array_concat($asks, $bids), $timestamp);
            $checksum = $this->safe_string($part, 'c', $checksum);
        }
        $book = $this->trim_book($book);
        Js::set($book, 'timestamp', $timestamp);
        if (($checksum !== null) && !Js::strictEqual($checksum, $this->book_checksum($book))) {
            $this->resubscribe_book($url, $market, $message_hash, $depth);
            return;
        }
        $this->set_stream_state($message_hash, $book);
        if ($checksum !== null) {
            $this->book_is_right($message_hash);
        }
        $this->resolve_update($url, $this->order_book_view($book), $message_hash);
    }

    public function latest_level_time($levels, $timestamp) {
        for ($i = 0; Js::less($i, Js::length($levels)); $i++) {
            $time = $this->safe_timestamp(Js::get($levels, $i), 2);
            if (($time !== null) && (($timestamp === null) || Js::greater($time, $timestamp))) {
                $timestamp = $time;
            }
        }
        return $timestamp;
    }

    public function book_checksum($book) {
        // CRC32 of the top ten asks (lowest first) then the top ten bids (highest first), each price and
        // volume as sent without its point and leading zeros.
        $text = '';
        $levels = $this->array_concat(
            $this->book_texts($book, 'asks', 10),
            $this->book_texts($book, 'bids', 10),
        );
        for ($i = 0; Js::less($i, Js::length($levels)); $i++) {
            $text .= Js::within(
                $text,
                Js::within($text, Js::toStr($this->checksum_digits(Js::get(Js::get($levels, $i), 0)))) . Js::toStr(
                    $this->checksum_digits(Js::get(Js::get($levels, $i), 1)),
                ),
            );
        }
        return $this->number_to_string($this->crc32($text));
    }

    public function checksum_digits($value) {
        $digits = Js::replace($value, '.', '');
        $start = 0;
        while (($start < (Js::textLength($digits) - 1)) && (Js::charAt($digits, $start) === '0')) {
            $start = Js::number($start + 1);
        }
        return Js::slice($digits, $start);
    }

    public function resubscribe_book($url, $market, $message_hash, $depth) {
        // A wrong checksum: unsubscribe and subscribe again, for a new snapshot.
        $this->resync_book(
            $url,
            $message_hash,
            Js::boundedText(Js::toStr(Js::get($market, 'symbol')) . ' order book checksum mismatch'),
        );
        $subscription = ['name' => 'book', 'depth' => $depth];
        $this->send_frame($url, $this->stream_subscription($market, $subscription, 'unsubscribe'));
        $this->send_frame($url, $this->stream_subscription($market, $subscription));
    }
}
