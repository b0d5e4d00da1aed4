<?php

// Generated from js/binance.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class binance extends Exchange {
    public function describe() {
        return $this->deep_extend(
            parent::describe(),
            [
                'id' => 'binance',
                'name' => 'Binance',
                'countries' => ['JP', 'MT'],
                'version' => 'v3',
                'rateLimit' => 10,
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
                    'cancelAllOrders' => true,
                    'fetchOrder' => true,
                    'fetchOrders' => true,
                    'fetchOpenOrders' => true,
                    'fetchClosedOrders' => true,
                    'fetchMyTrades' => true,
                    'fetchDeposits' => true,
                    'fetchWithdrawals' => true,
                    'fetchDepositAddress' => true,
                    'withdraw' => true,
                    'fetchOrderTrades' => true,
                    'fetchTradingFee' => true,
                    'fetchDepositAddresses' => true,
                    'fetchDepositWithdrawFees' => true,
                    'transfer' => true,
                    'createMarketBuyOrderWithCost' => true,
                    'watchTicker' => true,
                    'watchTickers' => true,
                    'watchOrderBook' => true,
                    'watchTrades' => true,
                    'watchOHLCV' => true,
                    'watchBalance' => true,
                    'watchOrders' => true,
                    'watchMyTrades' => true,
                ],
                'urls' => [
                    'logo' => 'https://bin.bnbstatic.com/static/images/common/logo.png',
                    'api' => [
                        'public' => 'https://api.binance.com/api/v3',
                        'private' => 'https://api.binance.com/api/v3',
                        'sapi' => 'https://api.binance.com/sapi/v1',
                    ],
                    'www' => 'https://www.binance.com',
                    'doc' => 'https://developers.binance.com/docs/binance-spot-api-docs',
                    'fees' => 'https://www.binance.com/en/fee/schedule',
                    'ws' => [
                        'public' => 'wss://stream.binance.com:9443/ws',
                        'private' => 'wss://ws-api.binance.com:443/ws-api/v3',
                    ],
                ],
                'api' => [
                    'public' => [
                        'get' => [
                            'ping' => 1,
                            'time' => 1,
                            'exchangeInfo' => 20,
                            'depth' => 5,
                            'trades' => 25,
                            'historicalTrades' => 25,
                            'aggTrades' => 2,
                            'klines' => 2,
                            'uiKlines' => 2,
                            'avgPrice' => 2,
                            'ticker/24hr' => 2,
                            'ticker/tradingDay' => 4,
                            'ticker/price' => 2,
                            'ticker/bookTicker' => 2,
                            'ticker' => 4,
                        ],
                    ],
                    'private' => [
                        'get' => [
                            'order' => 4,
                            'openOrders' => 6,
                            'allOrders' => 20,
                            'orderList' => 4,
                            'allOrderList' => 20,
                            'openOrderList' => 6,
                            'account' => 20,
                            'myTrades' => 20,
                            'rateLimit/order' => 40,
                            'myPreventedMatches' => 20,
                            'myAllocations' => 20,
                            'account/commission' => 20,
                        ],
                        'post' => [
                            'order' => 1,
                            'order/test' => 1,
                            'order/cancelReplace' => 1,
                            'orderList/oco' => 1,
                            'orderList/oto' => 1,
                            'orderList/otoco' => 1,
                            'sor/order' => 1,
                            'sor/order/test' => 1,
                        ],
                        'put' => ['order/amend/keepPriority' => 4],
                        'delete' => ['order' => 1, 'openOrders' => 1, 'orderList' => 1],
                    ],
                    'sapi' => [
                        'get' => [
                            'system/status' => 1,
                            'account/status' => 1,
                            'account/apiTradingStatus' => 1,
                            'account/apiRestrictions' => 1,
                            'capital/config/getall' => 10,
                            'capital/deposit/hisrec' => 1,
                            'capital/withdraw/history' => 18,
                            'capital/deposit/address' => 10,
                            'capital/deposit/address/list' => 10,
                            'asset/assetDividend' => 10,
                            'asset/assetDetail' => 1,
                            'asset/tradeFee' => 1,
                            'asset/transfer' => 1,
                            'asset/dribblet' => 1,
                        ],
                        'post' => [
                            'capital/withdraw/apply' => 600,
                            'asset/transfer' => 900,
                            'asset/dust' => 10,
                            'asset/get-funding-asset' => 1,
                        ],
                    ],
                ],
                'timeframes' => [
                    '1s' => '1s',
                    '1m' => '1m',
                    '3m' => '3m',
                    '5m' => '5m',
                    '15m' => '15m',
                    '30m' => '30m',
                    '1h' => '1h',
                    '2h' => '2h',
                    '4h' => '4h',
                    '6h' => '6h',
                    '8h' => '8h',
                    '12h' => '12h',
                    '1d' => '1d',
                    '3d' => '3d',
                    '1w' => '1w',
                    '1M' => '1M',
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
                    'publicSapi' => ['system/status' => true],
                    'omitZeroBalances' => true,
                    'accountsByType' => [
                        'spot' => 'MAIN',
                        'funding' => 'FUNDING',
                        'margin' => 'MARGIN',
                        'future' => 'UMFUTURE',
                        'delivery' => 'CMFUTURE',
                    ],
                    'networks' => [
                        'ERC20' => 'ETH',
                        'TRC20' => 'TRX',
                        'BEP20' => 'BSC',
                        'BEP2' => 'BNB',
                        'BTC' => 'BTC',
                        'SOL' => 'SOL',
                        'POLYGON' => 'MATIC',
                        'ARBITRUM' => 'ARBITRUM',
                        'OPTIMISM' => 'OPTIMISM',
                        'AVAXC' => 'AVAXC',
                    ],
                    'orderTypes' => [
                        'LIMIT' => ['limit', null],
                        'MARKET' => ['market', null],
                        'LIMIT_MAKER' => ['limit', null],
                        'STOP_LOSS' => ['market', 'stopLossPrice'],
                        'STOP_LOSS_LIMIT' => ['limit', 'stopLossPrice'],
                        'TAKE_PROFIT' => ['market', 'takeProfitPrice'],
                        'TAKE_PROFIT_LIMIT' => ['limit', 'takeProfitPrice'],
                    ],
                    'orderStatuses' => [
                        'NEW' => 'open',
                        'PENDING_NEW' => 'open',
                        'PARTIALLY_FILLED' => 'open',
                        'PENDING_CANCEL' => 'open',
                        'FILLED' => 'closed',
                        'CANCELED' => 'canceled',
                        'REJECTED' => 'rejected',
                        'EXPIRED' => 'expired',
                        'EXPIRED_IN_MATCH' => 'expired',
                    ],
                    'depositStatuses' => [
                        '0' => 'pending',
                        '1' => 'ok',
                        '2' => 'failed',
                        '6' => 'ok',
                        '7' => 'failed',
                        '8' => 'pending',
                    ],
                    'withdrawalStatuses' => [
                        '0' => 'pending',
                        '1' => 'canceled',
                        '2' => 'pending',
                        '3' => 'failed',
                        '4' => 'pending',
                        '5' => 'failed',
                        '6' => 'ok',
                    ],
                ],
                'exceptions' => [
                    'exact' => [
                        '-1000' => ExchangeError::class,
                        '-1001' => ExchangeNotAvailable::class,
                        '-1002' => AuthenticationError::class,
                        '-1003' => RateLimitExceeded::class,
                        '-1006' => ExchangeNotAvailable::class,
                        '-1007' => RequestTimeout::class,
                        '-1008' => ExchangeNotAvailable::class,
                        '-1013' => InvalidOrder::class,
                        '-1014' => InvalidOrder::class,
                        '-1015' => RateLimitExceeded::class,
                        '-1016' => ExchangeNotAvailable::class,
                        '-1020' => BadRequest::class,
                        '-1021' => InvalidNonce::class,
                        '-1022' => AuthenticationError::class,
                        '-1100' => BadRequest::class,
                        '-1101' => BadRequest::class,
                        '-1102' => BadRequest::class,
                        '-1103' => BadRequest::class,
                        '-1104' => BadRequest::class,
                        '-1105' => BadRequest::class,
                        '-1106' => BadRequest::class,
                        '-1111' => InvalidOrder::class,
                        '-1112' => InvalidOrder::class,
                        '-1114' => InvalidOrder::class,
                        '-1115' => InvalidOrder::class,
                        '-1116' => InvalidOrder::class,
                        '-1117' => InvalidOrder::class,
                        '-1118' => InvalidOrder::class,
                        '-1119' => InvalidOrder::class,
                        '-1120' => BadRequest::class,
                        '-1121' => BadSymbol::class,
                        '-1125' => AuthenticationError::class,
                        '-1127' => BadRequest::class,
                        '-1128' => BadRequest::class,
                        '-1130' => BadRequest::class,
                        '-2010' => InvalidOrder::class,
                        '-2011' => OrderNotFound::class,
                        '-2013' => OrderNotFound::class,
                        '-2014' => AuthenticationError::class,
                        '-2015' => AuthenticationError::class,
                        '-2016' => InvalidOrder::class,
                        '-2018' => InsufficientFunds::class,
                        '-2019' => InsufficientFunds::class,
                        '-4026' => InvalidAddress::class,
                        'Account has insufficient balance for requested action.' => InsufficientFunds::class,
                        'This account may not place or cancel orders.' => AccountSuspended::class,
                        'This action is disabled on this account.' => PermissionDenied::class,
                    ],
                    'broad' => [
                        'insufficient balance' => InsufficientFunds::class,
                        'Too many requests' => RateLimitExceeded::class,
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
        // time: { serverTime } in milliseconds.
        $response = $this->public_get_time($params);
        return $this->safe_integer($response, 'serverTime');
    }

    public function fetch_status($params = null) {
        if ($params === null) {
            $params = [];
        }
        // system/status: { status: 0 normal or 1 system maintenance, msg }; it needs no signature.
        $response = $this->sapi_get_system_status($params);
        $status = $this->safe_string($response, 'status');
        return [
            'status' => $status === '0' ? 'ok' : 'maintenance',
            'updated' => null,
            'eta' => null,
            'url' => null,
            'info' => $response,
        ];
    }

    public function fetch_trading_fees($params = null) {
        if ($params === null) {
            $params = [];
        }
        // sapi asset/tradeFee: [ { symbol, makerCommission, takerCommission } ] as rates, for every symbol.
        $this->load_markets();
        $response = $this->trade_fee_list($params);
        $fees = [];
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            $fee = $this->parse_trading_fee(Js::get($response, $i));
            Js::setKey($fees, Js::get($fee, 'symbol'), $fee);
        }
        return $fees;
    }

    public function fetch_trading_fee($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // sapi asset/tradeFee of one symbol: a list of its one entry.
        $this->load_markets();
        $market = $this->market($symbol);
        $response = $this->trade_fee_list($this->extend(['symbol' => Js::get($market, 'id')], $params));
        return $this->parse_trading_fee($this->safe_dict($response, 0, []), $market);
    }

    public function trade_fee_list($params) {
        // The fee rates of the account, [ { symbol, makerCommission, takerCommission } ], of params['symbol'] or
        // of every symbol.
        return $this->sapi_get_asset_trade_fee($params);
    }

    public function parse_trading_fee($entry, $market = null) {
        $market = $this->safe_market($this->safe_string($entry, 'symbol'), $market);
        return [
            'symbol' => Js::get($market, 'symbol'),
            'maker' => $this->safe_number($entry, 'makerCommission'),
            'taker' => $this->safe_number($entry, 'takerCommission'),
            'info' => $entry,
        ];
    }

    public function fetch_deposit_withdraw_fees($codes = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // capital/config/getall, as fetchCurrencies reads it: the withdrawal fee of each coin's networks. It is
        // signed: without credentials fetchCurrencies answers with nothing, so they are required here.
        $this->check_required_credentials();
        $currencies = $this->fetch_currencies($params);
        return $this->deposit_withdraw_fees_from_currencies($currencies, $codes);
    }

    public function fetch_currencies($params = null) {
        if ($params === null) {
            $params = [];
        }
        // The coin list is a signed endpoint: without credentials there is none (an empty dictionary), and
        // loadMarkets derives the currencies from the markets instead. The default network gives the
        // currency's fee, precision and limits; every network is in networks, by unified code.
        if (!(Js::truthy($this->check_required_credentials(false)))) {
            return [];
        }
        $response = $this->sapi_get_capital_config_getall($params);
        $result = [];
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            $entry = Js::get($response, $i);
            $id = $this->safe_string($entry, 'coin');
            $code = $this->safe_currency_code($id);
            $network_list = $this->safe_list($entry, 'networkList', []);
            $network = $this->safe_dict($network_list, 0);
            $networks = [];
            for ($j = 0; $j < count($network_list); $j++) {
                $item = Js::get($network_list, $j);
                if ($this->safe_bool($item, 'isDefault') === true) {
                    $network = $item;
                }
                $network_id = $this->safe_string($item, 'network');
                $network_code = $this->network_code($network_id);
                $deposit_enabled = $this->safe_bool($item, 'depositEnable');
                $withdraw_enabled = $this->safe_bool($item, 'withdrawEnable');
                Js::setKey(
                    $networks,
                    $network_code,
                    [
                        'id' => $network_id,
                        'network' => $network_code,
                        'active' => Js::truthy($_value1 = $deposit_enabled) ? $withdraw_enabled : $_value1,
                        'deposit' => $deposit_enabled,
                        'withdraw' => $withdraw_enabled,
                        'fee' => $this->safe_number($item, 'withdrawFee'),
                        'precision' => $this->safe_number($item, 'withdrawIntegerMultiple'),
                        'limits' => [
                            'withdraw' => [
                                'min' => $this->safe_number($item, 'withdrawMin'),
                                'max' => $this->safe_number($item, 'withdrawMax'),
                            ],
                        ],
                    ],
                );
            }
            $deposit = $this->safe_bool($entry, 'depositAllEnable');
            $withdraw = $this->safe_bool($entry, 'withdrawAllEnable');
            Js::setKey(
                $result,
                $code,
                [
                    'id' => $id,
                    'code' => $code,
                    'name' => $this->safe_string($entry, 'name'),
                    'active' => Js::truthy($_value2 = $deposit) ? $withdraw : $_value2,
                    'deposit' => $deposit,
                    'withdraw' => $withdraw,
                    'fee' => $this->safe_number($network, 'withdrawFee'),
                    'precision' => $this->safe_number($network, 'withdrawIntegerMultiple'),
                    'limits' => [
                        'withdraw' => [
                            'min' => $this->safe_number($network, 'withdrawMin'),
                            'max' => $this->safe_number($network, 'withdrawMax'),
                        ],
                    ],
                    'networks' => $networks,
                    'info' => $entry,
                ],
            );
        }
        return $result;
    }

    public function fetch_markets($params = null) {
        if ($params === null) {
            $params = [];
        }
        $response = $this->public_get_exchange_info($params);
        $symbols = $this->safe_list($response, 'symbols', []);
        $result = [];
        for ($i = 0; $i < count($symbols); $i++) {
            $entry = Js::get($symbols, $i);
            $base_id = $this->safe_string($entry, 'baseAsset');
            $quote_id = $this->safe_string($entry, 'quoteAsset');
            $base = $this->safe_currency_code($base_id);
            $quote = $this->safe_currency_code($quote_id);
            $filters = $this->index_by($this->safe_list($entry, 'filters', []), 'filterType');
            $price_filter = $this->safe_dict($filters, 'PRICE_FILTER', []);
            $lot_size = $this->safe_dict($filters, 'LOT_SIZE', []);
            $notional = $this->safe_dict2($filters, 'NOTIONAL', 'MIN_NOTIONAL', []);
            $result[] = $this->safe_market_structure(
                [
                    'id' => $this->safe_string($entry, 'symbol'),
                    'symbol' => Js::boundedText(Js::toStr($base) . '/' . Js::toStr($quote)),
                    'base' => $base,
                    'quote' => $quote,
                    'baseId' => $base_id,
                    'quoteId' => $quote_id,
                    'active' => $this->safe_string($entry, 'status') === 'TRADING',
                    'type' => 'spot',
                    'spot' => true,
                    'taker' => Js::get(Js::get($this->fees, 'trading'), 'taker'),
                    'maker' => Js::get(Js::get($this->fees, 'trading'), 'maker'),
                    'precision' => [
                        'amount' => $this->safe_number($lot_size, 'stepSize'),
                        'price' => $this->safe_number($price_filter, 'tickSize'),
                    ],
                    'limits' => [
                        'amount' => [
                            'min' => $this->safe_number($lot_size, 'minQty'),
                            'max' => $this->safe_number($lot_size, 'maxQty'),
                        ],
                        'price' => [
                            'min' => $this->safe_number($price_filter, 'minPrice'),
                            'max' => $this->safe_number($price_filter, 'maxPrice'),
                        ],
                        'cost' => [
                            'min' => $this->safe_number2($notional, 'minNotional', 'notional'),
                            'max' => $this->safe_number($notional, 'maxNotional'),
                        ],
                    ],
                    'info' => $entry,
                ],
            );
        }
        return $result;
    }

    // --- market data ---------------------------------------------------------------------------------
    public function parse_ticker($ticker, $market = null) {
        return $this->ticker_structure(
            symbol: $this->safe_symbol($this->safe_string($ticker, 'symbol'), $market),
            timestamp: $this->safe_integer($ticker, 'closeTime'),
            high: $this->safe_string($ticker, 'highPrice'),
            low: $this->safe_string($ticker, 'lowPrice'),
            bid: $this->safe_string($ticker, 'bidPrice'),
            bid_volume: $this->safe_string($ticker, 'bidQty'),
            ask: $this->safe_string($ticker, 'askPrice'),
            ask_volume: $this->safe_string($ticker, 'askQty'),
            vwap: $this->safe_string($ticker, 'weightedAvgPrice'),
            open: $this->safe_string($ticker, 'openPrice'),
            last: $this->safe_string($ticker, 'lastPrice'),
            previous_close: $this->safe_string($ticker, 'prevClosePrice'),
            change: $this->safe_string($ticker, 'priceChange'),
            percentage: $this->safe_string($ticker, 'priceChangePercent'),
            base_volume: $this->safe_string($ticker, 'volume'),
            quote_volume: $this->safe_string($ticker, 'quoteVolume'),
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
        $response = $this->public_get_ticker24hr(
            $this->extend(['symbol' => Js::get($market, 'id')], $params),
        );
        return $this->parse_ticker($response, $market);
    }

    public function fetch_tickers($symbols = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $request = [];
        if ($symbols !== null) {
            $request['symbols'] = $this->json($this->market_ids($symbols));
        }
        $response = $this->public_get_ticker24hr($this->extend($request, $params));
        return $this->parse_tickers($response, $symbols);
    }

    public function fetch_order_book($symbol, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['symbol' => Js::get($market, 'id')];
        if ($limit !== null) {
            $request['limit'] = $limit;
        }
        $response = $this->public_get_depth($this->extend($request, $params));
        $book = $this->parse_order_book($response, Js::get($market, 'symbol'));
        Js::set($book, 'nonce', $this->safe_integer($response, 'lastUpdateId'));
        return $book;
    }

    public function fetch_ohlcv($symbol, $timeframe = null, $since = null, $limit = null, $params = null) {
        if ($timeframe === null) {
            $timeframe = '1m';
        }
        if ($params === null) {
            $params = [];
        }
        // Candles are [ open time, open, high, low, close, volume, close time, quote volume, ... ].
        $this->load_markets();
        $market = $this->market($symbol);
        $request = [
            'symbol' => Js::get($market, 'id'),
            'interval' => $this->safe_string($this->timeframes, $timeframe, $timeframe),
        ];
        if ($since !== null) {
            $request['startTime'] = $since;
        }
        if ($limit !== null) {
            $request['limit'] = $limit;
        }
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            $request['endTime'] = $until;
        }
        $response = $this->public_get_klines($this->extend($request, $this->omit($params, 'until')));
        return $this->parse_ohlcvs($response, $market, $timeframe, $since, $limit);
    }

    public function parse_trade($trade, $market = null) {
        // Three shapes: trades ({ id, price, qty, time, isBuyerMaker }), aggTrades ({ a, p, q, T, m })
        // and myTrades ({ symbol, id, orderId, price, qty, commission, commissionAsset, isBuyer, isMaker }).
        $market = $this->safe_market($this->safe_string($trade, 'symbol'), $market);
        $side = null;
        $taker_or_maker = null;
        $is_buyer = $this->safe_bool($trade, 'isBuyer');
        if ($is_buyer !== null) {
            $side = $is_buyer ? 'buy' : 'sell';
            $taker_or_maker = $this->safe_bool($trade, 'isMaker') ? 'maker' : 'taker';
        } else {
            // The taker's side: when the buyer made the market, the taker sold.
            $buyer_maker = $this->safe_bool2($trade, 'isBuyerMaker', 'm');
            if ($buyer_maker !== null) {
                $side = $buyer_maker ? 'sell' : 'buy';
            }
        }
        $fee = null;
        $commission = $this->safe_string($trade, 'commission');
        if ($commission !== null) {
            $fee = [
                'cost' => $commission,
                'currency' => $this->safe_currency_code($this->safe_string($trade, 'commissionAsset')),
            ];
        }
        return $this->trade_structure(
            id: $this->safe_string_n($trade, ['id', 'a', 'tradeId']),
            order: $this->safe_string($trade, 'orderId'),
            symbol: Js::get($market, 'symbol'),
            timestamp: $this->safe_integer2($trade, 'time', 'T'),
            side: $side,
            taker_or_maker: $taker_or_maker,
            price: $this->safe_string2($trade, 'price', 'p'),
            amount: $this->safe_string2($trade, 'qty', 'q'),
            cost: $this->safe_string($trade, 'quoteQty'),
            fee: $fee,
            info: $trade,
            market: $market,
        );
    }

    public function fetch_trades($symbol, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // The recent trades, or with since the aggregate trades from that time on (the only trade list
        // that takes a start time).
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['symbol' => Js::get($market, 'id')];
        if ($limit !== null) {
            $request['limit'] = $limit;
        }
        $response = null;
        if ($since === null) {
            $response = $this->public_get_trades($this->extend($request, $params));
        } else {
            $request['startTime'] = $since;
            $response = $this->public_get_agg_trades($this->extend($request, $params));
        }
        return $this->parse_trades($response, $market, $since, $limit);
    }

    // --- account -------------------------------------------------------------------------------------
    public function fetch_balance($params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $request = $this->safe_bool($this->options, 'omitZeroBalances', false) ? [
            'omitZeroBalances' => 'true',
        ] : [];
        $response = $this->private_get_account($this->extend($request, $params));
        $result = ['info' => $response, 'timestamp' => $this->safe_integer($response, 'updateTime')];
        $balances = $this->safe_list($response, 'balances', []);
        for ($i = 0; $i < count($balances); $i++) {
            $entry = Js::get($balances, $i);
            $account = $this->account();
            Js::set($account, 'free', $this->safe_string($entry, 'free'));
            Js::set($account, 'used', $this->safe_string($entry, 'locked'));
            Js::setKey($result, $this->safe_currency_code($this->safe_string($entry, 'asset')), $account);
        }
        return $this->safe_balance($result);
    }

    // --- orders --------------------------------------------------------------------------------------
    public function parse_order($order, $market = null) {
        // LIMIT_MAKER is a post-only limit order; STOP_LOSS(_LIMIT) and TAKE_PROFIT(_LIMIT) are market (limit)
        // orders with stopPrice as their trigger. An updateTime of 0 means never. A cummulativeQuoteQty below 0
        // (some historical orders) means the value is not available. The fills of a new order's FULL response
        // are its trades, made at transactTime on the order's side.
        $market = $this->safe_market($this->safe_string($order, 'symbol'), $market);
        $price = $this->safe_string($order, 'price');
        if (($price !== null) && Precise::string_eq($price, '0')) {
            $price = null;
        }
        $stop_price = $this->safe_string($order, 'stopPrice');
        if (($stop_price !== null) && Precise::string_eq($stop_price, '0')) {
            $stop_price = null;
        }
        $binance_type = $this->safe_string($order, 'type');
        $known = $this->safe_list(Js::get($this->options, 'orderTypes'), $binance_type);
        $type = $known === null ? $this->safe_string_lower($order, 'type') : Js::get($known, 0);
        $trigger_kind = $known === null ? null : Js::get($known, 1);
        $fills = $this->safe_list($order, 'fills', []);
        $trades = [];
        $side = $this->safe_string_lower($order, 'side');
        $timestamp = $this->safe_integer2($order, 'time', 'transactTime');
        for ($i = 0; $i < count($fills); $i++) {
            $trade = $this->parse_trade(
                $this->extend(
                    Js::get($fills, $i),
                    ['orderId' => $this->safe_string($order, 'orderId'), 'time' => $timestamp],
                ),
                $market,
            );
            $trades[] = $this->extend($trade, ['side' => $side]);
        }
        $cost = $this->safe_string($order, 'cummulativeQuoteQty');
        if (($cost !== null) && Precise::string_lt($cost, '0')) {
            $cost = null;
        }
        $post_only = $binance_type === 'LIMIT_MAKER';
        return $this->safe_order(
            [
                'id' => $this->safe_string($order, 'orderId'),
                'clientOrderId' => $this->safe_string($order, 'clientOrderId'),
                'symbol' => Js::get($market, 'symbol'),
                'timestamp' => $timestamp,
                'lastUpdateTimestamp' => $this->safe_integer($order, 'updateTime'),
                'status' => $this->safe_string(
                    Js::get($this->options, 'orderStatuses'),
                    $this->safe_string($order, 'status'),
                ),
                'type' => $type,
                'timeInForce' => $post_only ? 'PO' : $this->safe_string($order, 'timeInForce'),
                'postOnly' => $post_only ? true : null,
                'side' => $side,
                'price' => $price,
                'triggerPrice' => $stop_price,
                'stopLossPrice' => $trigger_kind === 'stopLossPrice' ? $stop_price : null,
                'takeProfitPrice' => $trigger_kind === 'takeProfitPrice' ? $stop_price : null,
                'amount' => $this->safe_string($order, 'origQty'),
                'filled' => $this->safe_string($order, 'executedQty'),
                'cost' => $cost,
                'trades' => $trades,
                'info' => $order,
            ],
            $market,
        );
    }

    public function create_order($symbol, $type, $side, $amount, $price = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST order. The unified params map to Binance's order types and fields: postOnly is the type
        // LIMIT_MAKER; triggerPrice and stopLossPrice make STOP_LOSS(_LIMIT), takeProfitPrice
        // TAKE_PROFIT(_LIMIT), with the trigger in stopPrice; timeInForce is timeInForce (limit types only);
        // clientOrderId is newClientOrderId; cost is quoteOrderQty (a market order sized in the quote
        // currency). Spot has no reduceOnly.
        $this->load_markets();
        $market = $this->market($symbol);
        [$unified, $rest] = Js::destructure($this->unified_order_params($type, $params), 2);
        $this->reject_unified_params('createOrder', $unified, ['reduceOnly']);
        if (($type === 'limit') && ($price === null)) {
            throw new ArgumentsRequired(
                Js::boundedText(Js::toStr($this->id) . ' createOrder () requires a price for a limit order'),
            );
        }
        $binance_type = Js::upperCase(Js::textReceiver($type, 'toUpperCase'));
        $trigger = Js::get($unified, 'trigger');
        if (Js::truthy(Js::get($unified, 'postOnly'))) {
            $binance_type = 'LIMIT_MAKER';
        } elseif ($trigger !== null) {
            $binance_type = Js::get(
                $unified,
                'triggerKind',
            ) === 'takeProfitPrice' ? 'TAKE_PROFIT' : 'STOP_LOSS';
            if ($type === 'limit') {
                $binance_type .= Js::within($binance_type, '_LIMIT');
            }
        }
        $request = [
            'symbol' => Js::get($market, 'id'),
            'side' => Js::upperCase(Js::textReceiver($side, 'toUpperCase')),
            'type' => $binance_type,
        ];
        if (Js::get($unified, 'cost') !== null) {
            $request['quoteOrderQty'] = $this->cost_to_precision($symbol, Js::get($unified, 'cost'));
        } else {
            $request['quantity'] = $this->amount_to_precision($symbol, $amount);
        }
        $time_in_force = Js::get($unified, 'timeInForce');
        if ($type === 'limit') {
            $request['price'] = $this->price_to_precision($symbol, $price);
            if (!(Js::truthy(Js::get($unified, 'postOnly')))) {
                $request['timeInForce'] = $time_in_force === null ? 'GTC' : $time_in_force;
            }
        } elseif ($time_in_force !== null) {
            throw new InvalidOrder(
                Js::boundedText(
                    Js::toStr($this->id) . ' createOrder () timeInForce applies to limit orders only, not ' . Js::toStr(
                        $type,
                    ) . ' orders',
                ),
            );
        }
        if ($trigger !== null) {
            $request['stopPrice'] = $this->price_to_precision($symbol, $trigger);
        }
        if (Js::get($unified, 'clientOrderId') !== null) {
            $request['newClientOrderId'] = Js::get($unified, 'clientOrderId');
        }
        $request['newOrderRespType'] = 'FULL';
        $response = $this->private_post_order($this->extend($request, $rest));
        return $this->parse_order($response, $market);
    }

    public function require_symbol($method, $symbol) {
        if ($symbol === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr($this->id) . ' ' . Js::toStr($method) . ' () requires a symbol argument',
                ),
            );
        }
        return $this->market($symbol);
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
        $this->load_markets();
        $market = $this->require_symbol('cancelOrder', $symbol);
        $response = $this->private_delete_order(
            $this->extend(['symbol' => Js::get($market, 'id'), 'orderId' => $id], $params),
        );
        return $this->parse_order($response, $market);
    }

    public function cancel_all_orders($symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // DELETE openOrders of one symbol: the orders it canceled.
        $this->load_markets();
        $market = $this->require_symbol('cancelAllOrders', $symbol);
        $response = $this->private_delete_open_orders(
            $this->extend(['symbol' => Js::get($market, 'id')], $params),
        );
        return $this->parse_orders($response, $market);
    }

    public function fetch_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $market = $this->require_symbol('fetchOrder', $symbol);
        $response = $this->private_get_order(
            $this->extend(['symbol' => Js::get($market, 'id'), 'orderId' => $id], $params),
        );
        return $this->parse_order($response, $market);
    }

    public function fetch_open_orders($symbol = null, $since = null, $limit = null, $params = null) {
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
        $response = $this->private_get_open_orders($this->extend($request, $params));
        return $this->parse_orders($response, $market, $since, $limit);
    }

    public function fetch_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $market = $this->require_symbol('fetchOrders', $symbol);
        $request = $this->all_orders_request($market, $since, $params);
        if ($limit !== null) {
            Js::set($request, 'limit', $limit);
        }
        $response = $this->private_get_all_orders($request);
        return $this->parse_orders($response, $market, $since, $limit);
    }

    public function all_orders_request($market, $since, $params) {
        // allOrders: every order of a symbol, open or not, from startTime to endTime (the unified until).
        $request = ['symbol' => Js::get($market, 'id')];
        if ($since !== null) {
            $request['startTime'] = $since;
        }
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            $request['endTime'] = $until;
        }
        return $this->extend($request, $this->omit($params, 'until'));
    }

    public function fetch_closed_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // allOrders lists every order of a symbol; the closed ones are all but those still open.
        $this->load_markets();
        $market = $this->require_symbol('fetchClosedOrders', $symbol);
        $response = $this->private_get_all_orders($this->all_orders_request($market, $since, $params));
        $orders = $this->parse_orders($response, $market, $since);
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
        // myTrades with orderId, which Binance takes together with the symbol only.
        $this->load_markets();
        $market = $this->require_symbol('fetchOrderTrades', $symbol);
        $response = $this->private_get_my_trades(
            $this->extend(['symbol' => Js::get($market, 'id'), 'orderId' => $id], $params),
        );
        return $this->parse_trades($response, $market, $since, $limit);
    }

    public function fetch_my_trades($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $market = $this->require_symbol('fetchMyTrades', $symbol);
        $request = ['symbol' => Js::get($market, 'id')];
        if ($since !== null) {
            $request['startTime'] = $since;
        }
        if ($limit !== null) {
            $request['limit'] = $limit;
        }
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            $request['endTime'] = $until;
        }
        $response = $this->private_get_my_trades($this->extend($request, $this->omit($params, 'until')));
        return $this->parse_trades($response, $market, $since, $limit);
    }

    // --- funding -------------------------------------------------------------------------------------
    public function parse_transaction($transaction, $currency = null) {
        // Deposits carry insertTime (milliseconds); withdrawals applyTime ('2019-10-12 11:12:02', UTC).
        $apply_time = $this->safe_string($transaction, 'applyTime');
        $is_withdrawal = $apply_time !== null;
        $statuses = $is_withdrawal ? Js::get($this->options, 'withdrawalStatuses') : Js::get(
            $this->options,
            'depositStatuses',
        );
        $code = $this->safe_currency_code($this->safe_string($transaction, 'coin'), $currency);
        $fee = null;
        $fee_cost = $this->safe_string($transaction, 'transactionFee');
        if ($fee_cost !== null) {
            $fee = ['cost' => $fee_cost, 'currency' => $code];
        }
        $timestamp = $this->safe_integer($transaction, 'insertTime');
        if ($is_withdrawal) {
            $timestamp = $this->parse8601($apply_time);
        }
        return $this->safe_transaction(
            [
                'id' => $this->safe_string($transaction, 'id'),
                'txid' => $this->safe_string($transaction, 'txId'),
                'timestamp' => $timestamp,
                'network' => $this->network_code($this->safe_string($transaction, 'network')),
                'address' => $this->safe_string($transaction, 'address'),
                'tag' => $this->safe_string($transaction, 'addressTag'),
                'type' => $is_withdrawal ? 'withdrawal' : 'deposit',
                'amount' => $this->safe_string($transaction, 'amount'),
                'currency' => $code,
                'status' => $this->safe_string($statuses, $this->safe_string($transaction, 'status')),
                'updated' => $this->parse8601($this->safe_string($transaction, 'completeTime')),
                'fee' => $fee,
                'info' => $transaction,
            ],
            $currency,
        );
    }

    public function transfer_request($code, $since, $limit, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // The query of deposit and withdrawal histories: coin, startTime, endTime (the unified until), limit.
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
            $request['limit'] = $limit;
        }
        return $request;
    }

    public function fetch_deposits($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $currency = $code === null ? null : $this->currency($code);
        $response = $this->sapi_get_capital_deposit_hisrec(
            $this->extend(
                $this->transfer_request($code, $since, $limit, $params),
                $this->omit($params, 'until'),
            ),
        );
        return $this->parse_transactions($response, $currency, $since, $limit);
    }

    public function fetch_withdrawals($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $currency = $code === null ? null : $this->currency($code);
        $response = $this->sapi_get_capital_withdraw_history(
            $this->extend(
                $this->transfer_request($code, $since, $limit, $params),
                $this->omit($params, 'until'),
            ),
        );
        return $this->parse_transactions($response, $currency, $since, $limit);
    }

    public function fetch_deposit_address($code, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // params['network'] picks a network by unified code ('ERC20', 'BEP20', ...: options['networks']);
        // without it, the coin's default one.
        $this->load_markets();
        $currency = $this->currency($code);
        $request = ['coin' => Js::get($currency, 'id')];
        $network_code = $this->safe_string_upper($params, 'network');
        if ($network_code !== null) {
            $request['network'] = $this->network_id($network_code, $currency);
        }
        $response = $this->sapi_get_capital_deposit_address(
            $this->extend($request, $this->omit($params, 'network')),
        );
        $tag = $this->safe_string($response, 'tag');
        return [
            'currency' => $code,
            'address' => $this->safe_string($response, 'address'),
            'tag' => $tag === '' ? null : $tag,
            'network' => $network_code,
            'info' => $response,
        ];
    }

    public function fetch_deposit_addresses($codes = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // capital/deposit/address/list: every address of one coin, on any network; one request per code.
        if ($codes === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' fetchDepositAddresses () requires the currency codes: capital/deposit/address/list takes one coin',
                ),
            );
        }
        $this->load_markets();
        $result = [];
        for ($i = 0; Js::less($i, Js::length($codes)); $i++) {
            $currency = $this->currency(Js::get($codes, $i));
            $response = $this->sapi_get_capital_deposit_address_list(
                $this->extend(['coin' => Js::get($currency, 'id')], $params),
            );
            for ($j = 0; Js::less($j, Js::length($response)); $j++) {
                $tag = $this->safe_string(Js::get($response, $j), 'tag');
                $result[] = [
                    'currency' => Js::get($currency, 'code'),
                    'address' => $this->safe_string(Js::get($response, $j), 'address'),
                    'tag' => $tag === '' ? null : $tag,
                    'info' => Js::get($response, $j),
                ];
            }
        }
        return $result;
    }

    public function transfer($code, $amount, $from_account, $to_account, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // sapi asset/transfer (universal transfer): type names both accounts, FROM_TO (MAIN_FUNDING, ...).
        $this->load_markets();
        $currency = $this->currency($code);
        $request = [
            'asset' => Js::get($currency, 'id'),
            'amount' => $this->number_to_string($amount),
            'type' => Js::boundedText(
                Js::boundedText(Js::toStr($this->account_type_id($from_account)) . '_') . Js::toStr(
                    $this->account_type_id($to_account),
                ),
            ),
        ];
        $response = $this->sapi_post_asset_transfer($this->extend($request, $params));
        return $this->safe_transfer(
            [
                'id' => $this->safe_string($response, 'tranId'),
                'currency' => $code,
                'amount' => Js::get($request, 'amount'),
                'fromAccount' => $from_account,
                'toAccount' => $to_account,
                'info' => $response,
            ],
        );
    }

    public function withdraw($code, $amount, $address, $tag = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $currency = $this->currency($code);
        $request = [
            'coin' => Js::get($currency, 'id'),
            'address' => $address,
            'amount' => $this->number_to_string($amount),
        ];
        if ($tag !== null) {
            $request['addressTag'] = $tag;
        }
        // The unified network code ('TRC20') is Binance's network id ('TRX'): options['networks'].
        $network_code = $this->safe_string_upper($params, 'network');
        if ($network_code !== null) {
            $request['network'] = $this->network_id($network_code, $currency);
        }
        $response = $this->sapi_post_capital_withdraw_apply(
            $this->extend($request, $this->omit($params, 'network')),
        );
        return $this->safe_transaction(
            [
                'id' => $this->safe_string($response, 'id'),
                'type' => 'withdrawal',
                'address' => $address,
                'tag' => $tag,
                'amount' => Js::get($request, 'amount'),
                'currency' => $code,
                'network' => $network_code,
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
            Js::toStr($this->safe_string(Js::get($this->urls, 'api'), $api)) . '/' . Js::toStr($path),
        );
        if (
            ($api === 'public') || (
                ($api === 'sapi') && $this->safe_bool(Js::get($this->options, 'publicSapi'), $path, false)
            )
        ) {
            if (count(Js::keys($params)) > 0) {
                $url .= Js::within($url, Js::within($url, '?') . Js::toStr($this->urlencode($params)));
            }
            return ['url' => $url, 'method' => $method, 'body' => $body, 'headers' => $headers];
        }
        // SIGNED endpoints: HMAC-SHA256 of the whole parameter string, timestamp included, appended as
        // 'signature'; POST and PUT send it as the form body, the others as the query string.
        $this->check_required_credentials();
        $query = $this->urlencode($this->extend($params, ['timestamp' => $this->nonce()]));
        $signed = Js::boundedText(
            Js::boundedText(Js::toStr($query) . '&signature=') . Js::toStr(
                $this->hmac($this->encode($query), $this->encode($this->secret), 'sha256'),
            ),
        );
        $headers = ['X-MBX-APIKEY' => $this->apiKey];
        if (($method === 'POST') || ($method === 'PUT')) {
            $body = $signed;
            Js::set($headers, 'Content-Type', 'application/x-www-form-urlencoded');
        } else {
            $url .= Js::within($url, '?' . $signed);
        }
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
        // Errors are { "code": -1121, "msg": "Invalid symbol." }, mostly with HTTP 4xx.
        if (($response === null) || Js::isArray($response)) {
            return;
        }
        $code = $this->safe_string($response, 'code');
        $message = $this->safe_string($response, 'msg');
        if (($code === null) || !(Precise::string_lt($code, '0'))) {
            return;
        }
        $feedback = Js::boundedText(
            Js::toStr($this->id) . ' ' . Js::toStr($code) . ' ' . Js::toStr($message),
        );
        if ($message !== null) {
            $this->throw_exactly_matched_exception(Js::get($this->exceptions, 'exact'), $message, $feedback);
        }
        $this->throw_exactly_matched_exception(Js::get($this->exceptions, 'exact'), $code, $feedback);
        if ($message !== null) {
            $this->throw_broadly_matched_exception(Js::get($this->exceptions, 'broad'), $message, $feedback);
        }
        throw new ExchangeError($feedback);
    }

    // --- streaming: market data streams (https://developers.binance.com/docs/binance-spot-api-docs/web-socket-streams)
    public function watch_stream($market, $stream, $message_hash) {
        // One raw stream (<symbol>@<name>) subscribed on the shared connection.
        $name = Js::boundedText(
            Js::lowerCase(Js::textReceiver(Js::get($market, 'id'), 'toLowerCase')) . '@' . Js::toStr($stream),
        );
        $message = ['method' => 'SUBSCRIBE', 'params' => [$name], 'id' => $this->stream_request_id()];
        return $this->watch($this->stream_url('public'), $message_hash, $name, $message);
    }

    public function un_watch_stream($symbol, $stream, $message_hash) {
        $this->load_markets();
        $market = $this->market($symbol);
        $name = Js::boundedText(
            Js::lowerCase(Js::textReceiver(Js::get($market, 'id'), 'toLowerCase')) . '@' . Js::toStr($stream),
        );
        $this->set_stream_state(Js::add($message_hash, Js::get($market, 'symbol')), null);
        $message = ['method' => 'UNSUBSCRIBE', 'params' => [$name], 'id' => $this->stream_request_id()];
        $this->unwatch($this->stream_url('public'), $name, $message);
    }

    public function watch_ticker($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $market = $this->market($symbol);
        return $this->watch_stream(
            $market,
            'ticker',
            Js::boundedText('ticker:' . Js::toStr(Js::get($market, 'symbol'))),
        );
    }

    public function watch_tickers($symbols = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // One SUBSCRIBE request names every stream.
        $this->load_markets();
        $markets = $this->stream_markets($symbols);
        $names = [];
        for ($i = 0; Js::less($i, Js::length($markets)); $i++) {
            $names[] = Js::boundedText(
                Js::lowerCase(
                    Js::textReceiver(Js::get(Js::get($markets, $i), 'id'), 'toLowerCase'),
                ) . '@ticker',
            );
        }
        $message = ['method' => 'SUBSCRIBE', 'params' => $names, 'id' => $this->stream_request_id()];
        $tickers = $this->watch($this->stream_url('public'), 'tickers', Js::join($names, ','), $message);
        return $this->tickers_of($tickers, $symbols);
    }

    public function watch_trades($symbol, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $market = $this->market($symbol);
        $trades = $this->watch_stream(
            $market,
            'trade',
            Js::boundedText('trades:' . Js::toStr(Js::get($market, 'symbol'))),
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
        $interval = $this->stream_timeframe($timeframe);
        $candles = $this->watch_stream(
            $market,
            Js::boundedText('kline_' . Js::toStr($interval)),
            Js::boundedText('ohlcv:' . Js::toStr(Js::get($market, 'symbol')) . ':' . Js::toStr($interval)),
        );
        return $this->filter_by_since_limit($candles, $since, $limit, 0, true);
    }

    public function watch_order_book($symbol, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // The diff stream kept on a REST snapshot of limit levels (1000 by default), as the docs describe.
        $this->load_markets();
        $market = $this->market($symbol);
        $this->remember_book_limit(Js::get($market, 'symbol'), $limit);
        $this->set_stream_state(
            Js::boundedText('bookLimit:' . Js::toStr(Js::get($market, 'symbol'))),
            $limit === null ? null : Js::trunc($limit),
        );
        $book = $this->watch_stream(
            $market,
            'depth@100ms',
            Js::boundedText('book:' . Js::toStr(Js::get($market, 'symbol'))),
        );
        return $this->limit_order_book($book, $limit);
    }

    public function un_watch_ticker($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->un_watch_stream($symbol, 'ticker', 'ticker:');
    }

    public function un_watch_trades($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->un_watch_stream($symbol, 'trade', 'trades:');
    }

    public function un_watch_order_book($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->un_watch_stream($symbol, 'depth@100ms', 'book:');
    }

    // the user data stream, subscribed with a signature on the WebSocket API
    public function user_data_subscription() {
        // userDataStream.subscribe.signature: apiKey and timestamp, signed as the REST API signs (HMAC-SHA256
        // of the parameters sorted by name, as a query string).
        $this->check_required_credentials();
        $params = ['apiKey' => $this->apiKey, 'timestamp' => $this->nonce()];
        $signature = $this->hmac(
            $this->encode($this->urlencode($this->keysort($params))),
            $this->encode($this->secret),
            'sha256',
        );
        return [
            'id' => $this->stream_request_id(),
            'method' => 'userDataStream.subscribe.signature',
            'params' => $this->extend($params, ['signature' => $signature]),
        ];
    }

    public function watch_user_data($message_hash) {
        $this->load_markets();
        return $this->watch(
            $this->stream_url('private'),
            $message_hash,
            'userData',
            $this->user_data_subscription(),
        );
    }

    public function resubscribe_message($url, $subscribe_hash, $message) {
        // A signature is valid for a few seconds: the user data subscription is signed again.
        return $subscribe_hash === 'userData' ? $this->user_data_subscription() : $message;
    }

    public function watch_balance($params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->watch_user_data('balance');
    }

    public function watch_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $orders = $this->watch_user_data('orders');
        return $this->filter_by_symbol_since_limit($orders, $symbol, $since, $limit, true);
    }

    public function watch_my_trades($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $trades = $this->watch_user_data('myTrades');
        return $this->filter_by_symbol_since_limit($trades, $symbol, $since, $limit, true);
    }

    public function handle_balance_event($url, $event) {
        // outboundAccountPosition lists the assets that changed, with free (f) and locked (l) amounts.
        $accounts = [];
        $assets = $this->safe_list($event, 'B', []);
        for ($i = 0; $i < count($assets); $i++) {
            $account = $this->account();
            Js::set($account, 'free', $this->safe_string(Js::get($assets, $i), 'f'));
            Js::set($account, 'used', $this->safe_string(Js::get($assets, $i), 'l'));
            Js::setKey(
                $accounts,
                $this->safe_currency_code($this->safe_string(Js::get($assets, $i), 'a')),
                $account,
            );
        }
        $this->resolve_balance($url, $accounts, $event, $this->safe_integer($event, 'u'));
    }

    public function handle_execution_report($url, $event) {
        // An order's every change, under the one-letter names of the REST order's fields; a fill (x TRADE) is
        // also a trade of the account.
        $market = $this->safe_market($this->safe_string($event, 's'));
        $order = $this->parse_order(
            [
                'symbol' => $this->safe_string($event, 's'),
                'orderId' => $this->safe_string($event, 'i'),
                'clientOrderId' => $this->safe_string($event, 'c'),
                'price' => $this->safe_string($event, 'p'),
                'origQty' => $this->safe_string($event, 'q'),
                'executedQty' => $this->safe_string($event, 'z'),
                'cummulativeQuoteQty' => $this->safe_string($event, 'Z'),
                'status' => $this->safe_string($event, 'X'),
                'timeInForce' => $this->safe_string($event, 'f'),
                'type' => $this->safe_string($event, 'o'),
                'side' => $this->safe_string($event, 'S'),
                'stopPrice' => $this->safe_string($event, 'P'),
                'time' => $this->safe_integer($event, 'O'),
                'updateTime' => $this->safe_integer($event, 'T'),
            ],
            $market,
        );
        Js::set($order, 'info', $event);
        $this->resolve_order($url, 'orders', $order);
        if (!($this->safe_string($event, 'x') === 'TRADE')) {
            return;
        }
        $trade = $this->parse_trade(
            [
                'symbol' => $this->safe_string($event, 's'),
                'id' => $this->safe_string($event, 't'),
                'orderId' => $this->safe_string($event, 'i'),
                'price' => $this->safe_string($event, 'L'),
                'qty' => $this->safe_string($event, 'l'),
                'commission' => $this->safe_string($event, 'n'),
                'commissionAsset' => $this->safe_string($event, 'N'),
                'time' => $this->safe_integer($event, 'T'),
                'isBuyer' => $this->safe_string($event, 'S') === 'BUY',
                'isMaker' => $this->safe_bool($event, 'm'),
            ],
            $market,
        );
        Js::set($trade, 'info', $event);
        $this->resolve_cached($url, 'myTrades', $trade);
    }

    public function handle_message($url, $message) {
        // Market data events carry their type in e; the WebSocket API wraps user data events in
        // { subscriptionId, event }. Answers to requests carry the request's id, and code and msg (in error on
        // the WebSocket API) when it failed.
        $wrapped = $this->safe_dict($message, 'event');
        if ($wrapped !== null) {
            $message = $wrapped;
        }
        $event = $this->safe_string($message, 'e');
        if ($event === null) {
            $this->handle_request_answer($url, $message);
            return;
        }
        if ($event === 'outboundAccountPosition') {
            $this->handle_balance_event($url, $message);
            return;
        }
        if ($event === 'executionReport') {
            $this->handle_execution_report($url, $message);
            return;
        }
        $market = $this->safe_market($this->safe_string($message, 's'));
        if ($event === 'depthUpdate') {
            $this->handle_depth_update($url, $message, $market);
        } elseif ($event === 'trade') {
            $this->handle_trade_event($url, $message, $market);
        } elseif ($event === '24hrTicker') {
            $this->handle_ticker_event($url, $message, $market);
        } elseif ($event === 'kline') {
            $this->handle_kline_event($url, $message, $market);
        }
    }

    public function handle_request_answer($url, $message) {
        $failure = $this->safe_dict($message, 'error', $message);
        $code = $this->safe_string($failure, 'code');
        if ($code === null) {
            return;
        }
        $reason = Js::boundedText(
            Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($code) . ' ') . $this->safe_string(
                $failure,
                'msg',
                'refused the request',
            ),
        );
        if ((Js::typeof($url) === 'string') && Js::strictEqual($url, $this->stream_url('private'))) {
            $this->reject_update($url, null, AuthenticationError::class, $reason);
        } else {
            $this->reject_update($url, null, BadRequest::class, $reason);
        }
    }

    public function handle_trade_event($url, $event, $market) {
        // { t: id, p: price, q: quantity, T: trade time, m: the buyer is the maker }: the REST trade's fields.
        $trade = $this->parse_trade(
            [
                'id' => $this->safe_string($event, 't'),
                'price' => $this->safe_string($event, 'p'),
                'qty' => $this->safe_string($event, 'q'),
                'time' => $this->safe_integer($event, 'T'),
                'isBuyerMaker' => $this->safe_bool($event, 'm'),
            ],
            $market,
        );
        Js::set($trade, 'info', $event);
        $this->resolve_cached(
            $url,
            Js::boundedText('trades:' . Js::toStr(Js::get($market, 'symbol'))),
            $trade,
        );
    }

    public function handle_ticker_event($url, $event, $market) {
        // The 24 hour rolling window statistics, under the one-letter names of the REST ticker's fields.
        $ticker = $this->parse_ticker(
            [
                'symbol' => $this->safe_string($event, 's'),
                'closeTime' => $this->safe_integer($event, 'C'),
                'highPrice' => $this->safe_string($event, 'h'),
                'lowPrice' => $this->safe_string($event, 'l'),
                'bidPrice' => $this->safe_string($event, 'b'),
                'bidQty' => $this->safe_string($event, 'B'),
                'askPrice' => $this->safe_string($event, 'a'),
                'askQty' => $this->safe_string($event, 'A'),
                'weightedAvgPrice' => $this->safe_string($event, 'w'),
                'openPrice' => $this->safe_string($event, 'o'),
                'lastPrice' => $this->safe_string($event, 'c'),
                'prevClosePrice' => $this->safe_string($event, 'x'),
                'priceChange' => $this->safe_string($event, 'p'),
                'priceChangePercent' => $this->safe_string($event, 'P'),
                'volume' => $this->safe_string($event, 'v'),
                'quoteVolume' => $this->safe_string($event, 'q'),
            ],
            $market,
        );
        Js::set($ticker, 'info', $event);
        $this->resolve_ticker($url, $ticker);
    }

    public function handle_kline_event($url, $event, $market) {
        $kline = $this->safe_dict($event, 'k', []);
        $candle = [
            $this->safe_integer($kline, 't'),
            $this->safe_number($kline, 'o'),
            $this->safe_number($kline, 'h'),
            $this->safe_number($kline, 'l'),
            $this->safe_number($kline, 'c'),
            $this->safe_number($kline, 'v'),
        ];
        $this->resolve_candle(
            $url,
            Js::boundedText(
                Js::boundedText('ohlcv:' . Js::toStr(Js::get($market, 'symbol')) . ':') . Js::toStr(
                    $this->safe_string($kline, 'i'),
                ),
            ),
            $candle,
        );
    }

    public function handle_depth_update($url, $event, $market) {
        // Updates U..u apply to a book whose last update is U - 1. The book starts from a REST snapshot
        // (lastUpdateId), fetched while later events wait; events it already holds (u <= lastUpdateId) are
        // skipped, and a gap (U beyond the book's last update + 1) drops it for a new snapshot.
        $symbol = Js::get($market, 'symbol');
        $message_hash = Js::boundedText('book:' . Js::toStr($symbol));
        if (!(Js::truthy($this->is_watched($url, $message_hash)))) {
            return; // a book nobody watches: no snapshot requested, nothing kept (a server named symbols at will)
        }
        $first = $this->safe_integer($event, 'U');
        $last = $this->safe_integer($event, 'u');
        if (($first === null) || ($last === null)) {
            throw new BadResponse(
                Js::boundedText(Js::toStr($this->id) . ' sent a depth update without its update ids U and u'),
            );
        }
        $book = $this->stream_state($message_hash);
        if (($book !== null) && Js::greater($first, Js::add(Js::get($book, 'nonce'), 1))) {
            $this->resync_book(
                $url,
                $message_hash,
                Js::boundedText(
                    Js::boundedText(Js::boundedText(Js::toStr($symbol) . ' order book sequence gap (update ') . Js::toStr($this->number_to_string($first)) . ' after ') . Js::toStr(
                        $this->number_to_string(Js::get($book, 'nonce')),
                    ) . ')',
                ),
            );
            $book = null;
        }
        if ($book === null) {
            $snapshot = $this->fetch_order_book(
                $symbol,
                $this->stream_state(Js::boundedText('bookLimit:' . Js::toStr($symbol)), 1000),
            );
            $book = $this->new_order_book($symbol);
            $book = $this->set_book_levels(
                $this->set_book_levels($book, 'bids', Js::get($snapshot, 'bids')),
                'asks',
                Js::get($snapshot, 'asks'),
            );
            Js::set($book, 'nonce', Js::get($snapshot, 'nonce'));
        }
        if (Js::lessEqual($last, Js::get($book, 'nonce'))) {
            $this->set_stream_state($message_hash, $book); // the snapshot holds this update already
            return;
        }
        if (Js::greater($first, Js::add(Js::get($book, 'nonce'), 1))) {
            $this->resync_book(
                $url,
                $message_hash,
                Js::boundedText(Js::toStr($symbol) . ' order book snapshot older than the updates'),
            );
            return;
        }
        $book = $this->set_book_levels(
            $this->set_book_levels($book, 'bids', $this->safe_list($event, 'b', [])),
            'asks',
            $this->safe_list($event, 'a', []),
        );
        Js::set($book, 'nonce', $last);
        Js::set($book, 'timestamp', $this->safe_integer($event, 'E'));
        $this->set_stream_state($message_hash, $book);
        $this->book_is_right($message_hash);
        $this->resolve_update($url, $this->order_book_view($book), $message_hash);
    }
}
