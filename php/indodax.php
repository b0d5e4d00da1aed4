<?php

// Generated from js/indodax.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class indodax extends Exchange {
    public function describe() {
        return $this->deep_extend(
            parent::describe(),
            [
                'id' => 'indodax',
                'name' => 'INDODAX',
                'countries' => ['ID'],
                'version' => '2.0',
                'rateLimit' => 334,
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
                    'fetchTransactions' => false,
                    'fetchLedger' => false,
                    'fetchDepositAddress' => true,
                    'withdraw' => true,
                    'fetchTime' => true,
                    'fetchStatus' => false,
                    'fetchTradingFees' => false,
                    'cancelAllOrders' => false,
                    'fetchOrderTrades' => false,
                    'fetchTradingFee' => false,
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
                'timeframes' => [
                    '1m' => '1',
                    '15m' => '15',
                    '30m' => '30',
                    '1h' => '60',
                    '4h' => '240',
                    '1d' => '1D',
                    '3d' => '3D',
                    '1w' => '1W',
                ],
                'urls' => [
                    'api' => [
                        'public' => 'https://indodax.com/api',
                        'tradingview' => 'https://indodax.com/tradingview',
                        'private' => 'https://indodax.com/tapi',
                        'privateV2' => 'https://tapi.indodax.com/api/v2',
                    ],
                    'www' => 'https://indodax.com',
                    'doc' => [
                        'https://github.com/btcid/indodax-official-api-docs',
                        'https://indodax.com/downloads/BITCOINCOID-API-DOCUMENTATION.pdf',
                    ],
                    'fees' => 'https://help.indodax.com/article/trading-fee',
                ],
                'api' => [
                    'public' => [
                        'get' => [
                            'server_time',
                            'pairs',
                            'price_increments',
                            'summaries',
                            'ticker/{pair}',
                            'ticker_all',
                            'trades/{pair}',
                            'depth/{pair}',
                        ],
                    ],
                    'tradingview' => ['get' => ['history_v2']],
                    'private' => [
                        'post' => [
                            'getInfo',
                            'transHistory',
                            'trade',
                            'tradeHistory',
                            'openOrders',
                            'orderHistory',
                            'getOrder',
                            'getOrderByClientOrderId',
                            'cancelOrder',
                            'cancelByClientOrderId',
                            'withdrawFee',
                            'withdrawCoin',
                        ],
                    ],
                    'privateV2' => ['get' => ['order/histories', 'myTrades']],
                ],
                'requiredCredentials' => ['apiKey' => true, 'secret' => true],
                'fees' => ['trading' => ['tierBased' => true, 'percentage' => true]],
                'precisionMode' => TICK_SIZE,
                'options' => [
                    'recvWindow' => 5000,
                    'amountPrecision' => '0.00000001',
                    'timeframeSeconds' => [
                        '1m' => 60,
                        '15m' => 900,
                        '30m' => 1800,
                        '1h' => 3600,
                        '4h' => 14400,
                        '1d' => 86400,
                        '3d' => 259200,
                        '1w' => 604800,
                    ],
                    'ohlcvCount' => 500,
                    'minHistoryLimit' => 10,
                    'maxHistoryLimit' => 1000,
                    'orderStatuses' => [
                        'open' => 'open',
                        'filled' => 'closed',
                        'cancelled' => 'canceled',
                        'FILLED' => 'closed',
                        'CANCELLED' => 'canceled',
                        'REJECTED' => 'rejected',
                    ],
                    'orderTypes' => [
                        'limit' => 'limit',
                        'market' => 'market',
                        'stoplimit' => 'limit',
                        'LIMIT' => 'limit',
                        'MARKET' => 'market',
                        'STOPLIMIT' => 'limit',
                    ],
                    'transactionStatuses' => [
                        'success' => 'ok',
                        'approved' => 'pending',
                        'wait' => 'pending',
                    ],
                    'networks' => [
                        'ERC20' => 'erc20',
                        'TRC20' => 'trc20',
                        'BEP20' => 'bep20',
                        'BEP2' => 'bep2',
                    ],
                ],
                'exceptions' => [
                    'exact' => [
                        'invalid_credentials' => AuthenticationError::class,
                        'too_many_requests' => RateLimitExceeded::class,
                        'invalid_date' => BadRequest::class,
                        '1000' => ExchangeNotAvailable::class,
                        '1001' => AuthenticationError::class,
                        '1002' => InvalidNonce::class,
                        '1003' => InvalidNonce::class,
                        '1101' => AuthenticationError::class,
                        '1102' => AuthenticationError::class,
                        '1103' => PermissionDenied::class,
                        '1104' => AccountSuspended::class,
                        '1105' => AccountSuspended::class,
                        '1106' => PermissionDenied::class,
                        '1107' => BadRequest::class,
                        '1108' => BadRequest::class,
                        '1109' => BadRequest::class,
                        '1110' => BadSymbol::class,
                    ],
                    'broad' => [
                        'Invalid credentials' => AuthenticationError::class,
                        'No permission' => PermissionDenied::class,
                        'too many' => RateLimitExceeded::class,
                        'not maker' => OrderImmediatelyFillable::class,
                        'already exists' => DuplicateOrderId::class,
                        'Invalid network' => BadRequest::class,
                        'recipient address other than' => InvalidAddress::class,
                        'Username is not found' => InvalidAddress::class,
                        'date format' => BadRequest::class,
                    ],
                ],
            ],
        );
    }

    // --- markets -------------------------------------------------------------------------------------
    public function fetch_markets($params = null) {
        if ($params === null) {
            $params = [];
        }
        // pairs: [ { id ('btcidr'), symbol, base_currency ('idr', the quote), traded_currency ('btc', the base),
        // ticker_id ('btc_idr'), trade_min_base_currency (the least an order may cost, in the quote currency),
        // trade_min_traded_currency (the least amount), ... } ]; price_increments: { increments: { btc_idr:
        // '1000' } }, the price step of each pair by ticker_id.
        $pairs = $this->public_get_pairs($params);
        // (no pairs at all is a BadResponse too: PHP cannot tell an empty list from the empty dictionary {}, which went
        // on to price_increments there alone)
        if (!(Js::isArray($pairs)) || Js::strictEqual(Js::length($pairs), 0)) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent pairs that are no list of pairs: ') . Js::toStr(
                        $this->excerpt($this->json($pairs)),
                    ),
                ),
            );
        }
        $increments = $this->public_get_price_increments($params);
        $steps = $this->safe_dict($increments, 'increments', []);
        $amount_step = $this->safe_string($this->options, 'amountPrecision');
        $result = [];
        for ($i = 0; Js::less($i, Js::length($pairs)); $i++) {
            $pair = Js::get($pairs, $i);
            $id = $this->safe_string($pair, 'id');
            $base_id = $this->safe_string($pair, 'traded_currency');
            $quote_id = $this->safe_string($pair, 'base_currency');
            if (($id === null) || ($base_id === null) || ($quote_id === null)) {
                throw new BadResponse(
                    Js::boundedText(
                        Js::boundedText(Js::toStr($this->id) . ' sent a pair without id, traded_currency or base_currency: ') . Js::toStr(
                            $this->excerpt($this->json($pair)),
                        ),
                    ),
                );
            }
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
                    'type' => 'spot',
                    'spot' => true,
                    'precision' => [
                        'amount' => $this->parse_number($amount_step),
                        'price' => $this->safe_number(
                            $steps,
                            Js::boundedText(Js::toStr($base_id) . '_' . Js::toStr($quote_id)),
                        ),
                    ],
                    'limits' => [
                        'amount' => ['min' => $this->safe_number($pair, 'trade_min_traded_currency')],
                        'cost' => ['min' => $this->safe_number($pair, 'trade_min_base_currency')],
                    ],
                    'info' => $pair,
                ],
            );
        }
        return $result;
    }

    public function pair_id($market) {
        // The TAPI's name of a pair: 'btc_idr'.
        return Js::boundedText(
            Js::boundedText(Js::toStr(Js::get($market, 'baseId')) . '_') . Js::toStr(
                Js::get($market, 'quoteId'),
            ),
        );
    }

    public function market_of_pair($pair, $market = null) {
        // The market a TAPI pair ('btc_idr') or a ticker_all key names.
        if ($pair === null) {
            return $this->safe_market(null, $market);
        }
        return $this->safe_market(Js::join(Js::split($pair, '_'), ''), $market);
    }

    public function fetch_time($params = null) {
        if ($params === null) {
            $params = [];
        }
        // server_time: { timezone: 'UTC', server_time (ms) }.
        $response = $this->public_get_server_time($params);
        $time = $this->safe_integer($response, 'server_time');
        if ($time === null) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent a server_time answer without server_time: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        return $time;
    }

    // --- market data ---------------------------------------------------------------------------------
    public function parse_ticker($ticker, $market = null) {
        // { high, low, vol_<base>, vol_<quote>, last, buy (the best bid), sell (the best ask), server_time (s) }.
        $market = $this->safe_market(null, $market);
        return $this->ticker_structure(
            symbol: Js::get($market, 'symbol'),
            timestamp: $this->safe_timestamp($ticker, 'server_time'),
            high: $this->safe_string($ticker, 'high'),
            low: $this->safe_string($ticker, 'low'),
            bid: $this->safe_string($ticker, 'buy'),
            ask: $this->safe_string($ticker, 'sell'),
            last: $this->safe_string($ticker, 'last'),
            base_volume: $this->safe_string(
                $ticker,
                Js::boundedText('vol_' . Js::toStr(Js::get($market, 'baseId'))),
            ),
            quote_volume: $this->safe_string(
                $ticker,
                Js::boundedText('vol_' . Js::toStr(Js::get($market, 'quoteId'))),
            ),
            info: $ticker,
            market: $market,
        );
    }

    public function fetch_ticker($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // ticker/{pair}: { ticker: { ... } }.
        $this->load_markets();
        $market = $this->market($symbol);
        $response = $this->public_get_ticker_pair($this->extend(['pair' => Js::get($market, 'id')], $params));
        $ticker = $this->safe_dict($response, 'ticker');
        if ($ticker === null) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent a ticker answer without ticker: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        return $this->parse_ticker($ticker, $market);
    }

    public function fetch_tickers($symbols = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // ticker_all: { tickers: { btc_idr: { ... } } }, every pair by ticker_id.
        $this->load_markets();
        $response = $this->public_get_ticker_all($params);
        $tickers = $this->safe_dict($response, 'tickers');
        if ($tickers === null) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent a ticker_all answer without tickers: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        $result = [];
        $keys = Js::keys($tickers);
        for ($i = 0; $i < count($keys); $i++) {
            $market_id = Js::join(Js::split($keys[$i], '_'), '');
            if ($this->safe_value($this->marketsById, $market_id) === null) {
                continue;
            }
            $result[] = $this->parse_ticker(
                $this->safe_dict($tickers, $keys[$i]),
                $this->safe_market($market_id),
            );
        }
        return $this->filter_tickers($result, $symbols);
    }

    public function filter_tickers($tickers, $symbols) {
        // The tickers by symbol, only those of symbols when given.
        $result = [];
        for ($i = 0; Js::less($i, Js::length($tickers)); $i++) {
            $ticker = Js::get($tickers, $i);
            if (($symbols === null) || Js::truthy($this->in_array(Js::get($ticker, 'symbol'), $symbols))) {
                Js::setKey($result, Js::get($ticker, 'symbol'), $ticker);
            }
        }
        return $result;
    }

    public function fetch_order_book($symbol, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // depth/{pair}: { buy: [ [ price, amount ] ], sell: [ ... ] }, the API takes no depth.
        $this->load_markets();
        $market = $this->market($symbol);
        $response = $this->public_get_depth_pair($this->extend(['pair' => Js::get($market, 'id')], $params));
        if (($this->safe_list($response, 'buy') === null) || ($this->safe_list($response, 'sell') === null)) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent a depth answer without buy or sell: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        $book = $this->parse_order_book($response, Js::get($market, 'symbol'), null, 'buy', 'sell');
        if ($limit !== null) {
            Js::set($book, 'bids', Js::slice(Js::get($book, 'bids'), 0, $limit));
            Js::set($book, 'asks', Js::slice(Js::get($book, 'asks'), 0, $limit));
        }
        return $book;
    }

    public function parse_trade($trade, $market = null) {
        // Public (trades/{pair}): { date (s), price, amount, tid, type (the taker's side) }. The account's
        // (myTrades): { tradeId, orderId, clientOrderId, symbol, price, qty, quoteQty, commission (fee and tax),
        // commissionAsset, isBuyer, isMaker, time (ms) }.
        $market_id = $this->safe_string($trade, 'symbol');
        $market = $this->safe_market($market_id, $market);
        $is_buyer = $this->safe_bool($trade, 'isBuyer');
        $side = $this->safe_string($trade, 'type');
        if ($is_buyer !== null) {
            $side = $is_buyer ? 'buy' : 'sell';
        }
        $is_maker = $this->safe_bool($trade, 'isMaker');
        $taker_or_maker = null;
        if ($is_maker !== null) {
            $taker_or_maker = $is_maker ? 'maker' : 'taker';
        }
        $fee_cost = $this->safe_string($trade, 'commission');
        $fee = null;
        if ($fee_cost !== null) {
            $fee = [
                'cost' => $fee_cost,
                'currency' => $this->safe_currency_code($this->safe_string($trade, 'commissionAsset')),
            ];
        }
        $timestamp = $this->safe_integer($trade, 'time');
        if ($timestamp === null) {
            $timestamp = $this->safe_timestamp($trade, 'date');
        }
        return $this->trade_structure(
            id: $this->safe_string2($trade, 'tradeId', 'tid'),
            order: $this->safe_string($trade, 'orderId'),
            symbol: Js::get($market, 'symbol'),
            timestamp: $timestamp,
            side: $side,
            taker_or_maker: $taker_or_maker,
            price: $this->safe_string($trade, 'price'),
            amount: $this->safe_string2($trade, 'qty', 'amount'),
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
        // trades/{pair}: the latest trades, newest first; the API takes no range or count.
        $this->load_markets();
        $market = $this->market($symbol);
        $response = $this->public_get_trades_pair($this->extend(['pair' => Js::get($market, 'id')], $params));
        if (!(Js::isArray($response))) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent trades that are no list: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        return $this->parse_trades($response, $market, $since, $limit);
    }

    public function parse_ohlcv($ohlcv, $market = null) {
        // { Time (s, the candle's start), Open, High, Low, Close, Volume }.
        return [
            $this->safe_timestamp($ohlcv, 'Time'),
            $this->safe_number($ohlcv, 'Open'),
            $this->safe_number($ohlcv, 'High'),
            $this->safe_number($ohlcv, 'Low'),
            $this->safe_number($ohlcv, 'Close'),
            $this->safe_number($ohlcv, 'Volume'),
        ];
    }

    public function fetch_ohlcv($symbol, $timeframe = null, $since = null, $limit = null, $params = null) {
        if ($timeframe === null) {
            $timeframe = '1m';
        }
        if ($params === null) {
            $params = [];
        }
        // tradingview/history_v2?from&symbol&tf&to: from and to (s) both required, symbol as 'BTCIDR'. The range
        // is since (or limit candles before until) up to until (or limit candles after since, or now).
        $this->load_markets();
        $market = $this->market($symbol);
        $tf = $this->safe_string($this->timeframes, $timeframe);
        if ($tf === null) {
            throw new BadRequest(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' fetchOHLCV () does not support the timeframe ' . Js::toStr($timeframe) . ': one of ') . Js::join(
                        Js::keys($this->timeframes),
                        ', ',
                    ),
                ),
            );
        }
        $duration = $this->safe_integer(Js::get($this->options, 'timeframeSeconds'), $timeframe);
        $count = $limit === null ? $this->safe_integer($this->options, 'ohlcvCount') : $limit;
        $until = $this->safe_integer($params, 'until');
        $to = null;
        $from = null;
        if ($since !== null) {
            $from = $this->integer_of(Js::divide($since, 1000));
            $to = $until !== null ? $this->integer_of(Js::divide($until, 1000)) : (
                $limit !== null ? Js::add($from, Js::multiply($duration, $count)) : $this->seconds()
            );
        } else {
            $to = $until !== null ? $this->integer_of(Js::divide($until, 1000)) : $this->seconds();
            $from = Js::subtract($to, Js::multiply($duration, $count));
        }
        $request = [
            'from' => $this->number_to_string($from),
            'symbol' => Js::upperCase(Js::textReceiver(Js::get($market, 'id'), 'toUpperCase')),
            'tf' => $tf,
            'to' => $this->number_to_string($to),
        ];
        $response = $this->tradingview_get_history_v2($this->extend($request, $this->omit($params, 'until')));
        if (!(Js::isArray($response))) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent candles that are no list: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        return $this->parse_ohlcvs($response, $market, $timeframe, $since, $limit);
    }

    // --- account -------------------------------------------------------------------------------------
    public function tapi_result($response) {
        // The return of a successful TAPI answer ({ success: 1, return: { ... } }).
        $result = $this->safe_dict($response, 'return');
        if ($result === null) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent an answer without return: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        return $result;
    }

    public function fetch_balance($params = null) {
        if ($params === null) {
            $params = [];
        }
        // getInfo: { return: { server_time (s), balance: { idr: 0, btc: '0.00000000', ... } (available),
        // balance_hold: { ... } (held by open orders and withdrawals), address, network, ... } }.
        $this->load_markets();
        $response = $this->private_post_get_info($params);
        $info = $this->tapi_result($response);
        $free = $this->safe_dict($info, 'balance', []);
        $used = $this->safe_dict($info, 'balance_hold', []);
        $result = ['info' => $response, 'timestamp' => $this->safe_timestamp($info, 'server_time')];
        $result['datetime'] = $this->iso8601(Js::get($result, 'timestamp'));
        $ids = $this->unique($this->array_concat(Js::keys($free), Js::keys($used)));
        for ($i = 0; Js::less($i, Js::length($ids)); $i++) {
            $id = Js::get($ids, $i);
            $account = $this->account();
            Js::set($account, 'free', $this->safe_string($free, $id, '0'));
            Js::set($account, 'used', $this->safe_string($used, $id, '0'));
            Js::setKey($result, $this->safe_currency_code($id), $account);
        }
        return $this->safe_balance($result);
    }

    // --- orders --------------------------------------------------------------------------------------
    public function parse_order($order, $market = null) {
        // TAPI (openOrders, getOrder): { order_id, client_order_id, submit_time (s), finish_time (s), price, type
        // (buy, sell), order_type (limit, stoplimit), status (open, filled, cancelled), order_<base> and
        // remain_<base> for an order sized in the coin, or order_<quote> (order_rp in getOrder) and
        // remain_<quote> for a buy sized in rupiah }. Trade API 2.0 (order/histories): { orderId, clientOrderId,
        // symbol, side, type, status (FILLED, CANCELLED, REJECTED), price, oriQty, executedQty, submitTime (ms),
        // finishTime (ms) }.
        $market_id = $this->safe_string($order, 'symbol');
        $pair = $this->safe_string($order, 'pair');
        if ($market_id !== null) {
            $market = $this->safe_market($market_id, $market);
        } else {
            $market = $this->market_of_pair($pair, $market);
        }
        $timestamp = $this->safe_integer($order, 'submitTime');
        if ($timestamp === null) {
            $timestamp = $this->safe_timestamp($order, 'submit_time');
        }
        $updated = $this->safe_integer($order, 'finishTime');
        if ($updated === null) {
            $updated = $this->safe_timestamp($order, 'finish_time');
        }
        $amount = $this->safe_string($order, 'oriQty');
        $filled = $this->safe_string($order, 'executedQty');
        $remaining = null;
        $cost = null;
        if (
            (Js::get($market, 'baseId') !== null) && (
                $this->safe_string(
                    $order,
                    Js::boundedText('order_' . Js::toStr(Js::get($market, 'baseId'))),
                ) !== null
            )
        ) {
            $amount = $this->safe_string(
                $order,
                Js::boundedText('order_' . Js::toStr(Js::get($market, 'baseId'))),
            );
            $remaining = $this->safe_string(
                $order,
                Js::boundedText('remain_' . Js::toStr(Js::get($market, 'baseId'))),
            );
        } elseif (Js::get($market, 'quoteId') !== null) {
            // A buy sized in the quote currency: what it has spent is its cost; its amount of coin is unknown.
            $ordered = $this->safe_string2(
                $order,
                Js::boundedText('order_' . Js::toStr(Js::get($market, 'quoteId'))),
                'order_rp',
            );
            $left = $this->safe_string2(
                $order,
                Js::boundedText('remain_' . Js::toStr(Js::get($market, 'quoteId'))),
                'remain_rp',
            );
            if (($ordered !== null) && ($left !== null)) {
                $cost = Precise::string_sub($ordered, $left);
            }
        }
        $side = $this->safe_string_lower2($order, 'side', 'type');
        $type = null;
        if ($this->safe_string($order, 'side') !== null) {
            $type = $this->safe_string(
                Js::get($this->options, 'orderTypes'),
                $this->safe_string($order, 'type'),
            );
        } else {
            $type = $this->safe_string(
                Js::get($this->options, 'orderTypes'),
                $this->safe_string($order, 'order_type'),
            );
        }
        return $this->safe_order(
            [
                'id' => $this->safe_string2($order, 'orderId', 'order_id'),
                'clientOrderId' => $this->safe_string2($order, 'clientOrderId', 'client_order_id'),
                'symbol' => Js::get($market, 'symbol'),
                'timestamp' => $timestamp,
                'lastUpdateTimestamp' => $updated,
                'type' => $type,
                'side' => $side,
                'status' => $this->safe_string(
                    Js::get($this->options, 'orderStatuses'),
                    $this->safe_string($order, 'status'),
                ),
                'price' => $this->safe_string($order, 'price'),
                'amount' => $amount,
                'filled' => $filled,
                'remaining' => $remaining,
                'cost' => $cost,
                'info' => $order,
            ],
            $market,
        );
    }

    public function create_order($symbol, $type, $side, $amount, $price = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // trade: pair, type (buy, sell), order_type (limit, market), price (limit orders), <base> (the amount of
        // coin: a limit order or a market sell), <quote> (the rupiah a market buy spends: a market buy takes no
        // coin amount), client_order_id, time_in_force (GTC, or MOC: maker or cancel, limit orders only). The
        // docs list no stop (trigger) price and no IOC/FOK.
        $this->load_markets();
        $market = $this->market($symbol);
        $time_in_force = $this->safe_string_upper($params, 'timeInForce');
        if (($time_in_force === 'IOC') || ($time_in_force === 'FOK')) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr($this->id) . ' createOrder () does not support the unified param timeInForce ' . Js::toStr(
                        $time_in_force,
                    ) . ': limit orders are GTC or maker-or-cancel (postOnly)',
                ),
            );
        }
        [$unified, $rest] = Js::destructure($this->unified_order_params($type, $params), 2);
        $this->reject_unified_params(
            'createOrder',
            $unified,
            ['reduceOnly', 'triggerPrice', 'stopLossPrice', 'takeProfitPrice'],
        );
        if (!($side === 'buy') && !($side === 'sell')) {
            throw new InvalidOrder(
                Js::boundedText(
                    Js::toStr($this->id) . ' createOrder () side must be buy or sell, not ' . Js::toStr(
                        $side,
                    ),
                ),
            );
        }
        $request = ['pair' => $this->pair_id($market), 'type' => $side, 'order_type' => $type];
        if ($type === 'limit') {
            if ($price === null) {
                throw new ArgumentsRequired(
                    Js::boundedText(
                        Js::toStr($this->id) . ' createOrder () requires a price for a limit order',
                    ),
                );
            }
            $request['price'] = $this->price_to_precision($symbol, $price);
            Js::setKey($request, Js::get($market, 'baseId'), $this->amount_to_precision($symbol, $amount));
            if (Js::truthy(Js::get($unified, 'postOnly'))) {
                $request['time_in_force'] = 'MOC';
            } elseif (Js::get($unified, 'timeInForce') === 'GTC') {
                $request['time_in_force'] = 'GTC';
            }
        } elseif ($type === 'market') {
            if (Js::get($unified, 'timeInForce') !== null) {
                throw new InvalidOrder(
                    Js::boundedText(
                        Js::toStr(
                            $this->id,
                        ) . ' createOrder () timeInForce is for limit orders only, not market orders',
                    ),
                );
            }
            if ($side === 'buy') {
                // "Currently MARKET BUY order only support amount in idr": the unified cost, or amount x price.
                $cost = Js::get($unified, 'cost');
                if (($cost === null) && ($price !== null) && ($amount !== null)) {
                    $cost = Precise::string_mul(
                        $this->number_to_string($amount),
                        $this->number_to_string($price),
                    );
                }
                if ($cost === null) {
                    throw new ArgumentsRequired(
                        Js::boundedText(
                            Js::boundedText(Js::toStr($this->id) . ' createOrder () a market buy is sized in ') . Js::toStr(
                                Js::get($market, 'quote'),
                            ) . ': pass the unified param cost (or a price to spend amount x price)',
                        ),
                    );
                }
                Js::setKey($request, Js::get($market, 'quoteId'), $cost);
            } else {
                if (Js::get($unified, 'cost') !== null) {
                    throw new NotSupported(
                        Js::boundedText(
                            Js::boundedText(Js::toStr($this->id) . ' createOrder () does not support the unified param cost for a market sell: it is sized in ') . Js::toStr(
                                Js::get($market, 'base'),
                            ),
                        ),
                    );
                }
                Js::setKey(
                    $request,
                    Js::get($market, 'baseId'),
                    $this->amount_to_precision($symbol, $amount),
                );
            }
        } else {
            throw new InvalidOrder(
                Js::boundedText(
                    Js::toStr($this->id) . ' createOrder () type must be limit or market, not ' . Js::toStr(
                        $type,
                    ),
                ),
            );
        }
        if (Js::get($unified, 'clientOrderId') !== null) {
            $request['client_order_id'] = Js::get($unified, 'clientOrderId');
        }
        $response = $this->private_post_trade($this->extend($request, $rest));
        // { return: { receive_<base>, spend_rp, fee, remain_rp, order_id, client_order_id } }: the order's id; what
        // it filled at once is in info.
        $result = $this->tapi_result($response);
        $coin_amount = $this->safe_string($request, Js::get($market, 'baseId'));
        return $this->safe_order(
            [
                'id' => $this->safe_string($result, 'order_id'),
                'clientOrderId' => $this->safe_string($result, 'client_order_id'),
                'symbol' => Js::get($market, 'symbol'),
                'type' => $type,
                'side' => $side,
                'timeInForce' => $type === 'limit' ? (
                    Js::truthy(Js::get($unified, 'postOnly')) ? 'PO' : 'GTC'
                ) : null,
                'postOnly' => $type === 'limit' ? Js::get($unified, 'postOnly') : null,
                'price' => $type === 'limit' ? Js::get($request, 'price') : null,
                'amount' => $coin_amount,
                'info' => $response,
            ],
            $market,
        );
    }

    public function cancel_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // cancelOrder: pair, order_id, type (the order's side: buy or sell, required), order_type (limit or
        // stoplimit, optional). Answers { return: { order_id, client_order_id, type, pair, balance } }.
        if ($symbol === null) {
            throw new ArgumentsRequired(
                Js::boundedText(Js::toStr($this->id) . ' cancelOrder () requires a symbol'),
            );
        }
        $side = $this->safe_string_lower2($params, 'side', 'type');
        if (!($side === 'buy') && !($side === 'sell')) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' cancelOrder () requires params side, the order\'s side: buy or sell',
                ),
            );
        }
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['pair' => $this->pair_id($market), 'order_id' => $id, 'type' => $side];
        $response = $this->private_post_cancel_order(
            $this->extend($request, $this->omit($params, ['side', 'type'])),
        );
        $result = $this->tapi_result($response);
        return $this->safe_order(
            [
                'id' => $this->safe_string($result, 'order_id'),
                'clientOrderId' => $this->safe_string($result, 'client_order_id'),
                'symbol' => Js::get(
                    $this->market_of_pair($this->safe_string($result, 'pair'), $market),
                    'symbol',
                ),
                'side' => $this->safe_string($result, 'type'),
                'status' => 'canceled',
                'info' => $response,
            ],
            $market,
        );
    }

    public function fetch_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // getOrder: pair, order_id; answers { return: { order: { ... } } }.
        if ($symbol === null) {
            throw new ArgumentsRequired(
                Js::boundedText(Js::toStr($this->id) . ' fetchOrder () requires a symbol'),
            );
        }
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['pair' => $this->pair_id($market), 'order_id' => $id];
        $response = $this->private_post_get_order($this->extend($request, $params));
        $order = $this->safe_dict($this->tapi_result($response), 'order');
        if ($order === null) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent a getOrder answer without order: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        return $this->parse_order($order, $market);
    }

    public function fetch_open_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // openOrders: pair (optional); answers { return: { orders: [ ... ] } } for one pair, { return: { orders:
        // { btc_idr: [ ... ], ... } } } for all.
        $this->load_markets();
        $request = [];
        $market = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
            $request['pair'] = $this->pair_id($market);
        }
        $response = $this->private_post_open_orders($this->extend($request, $params));
        $result = $this->tapi_result($response);
        $orders = $this->safe_value($result, 'orders');
        if (Js::isArray($orders)) {
            return $this->parse_orders($orders, $market, $since, $limit, ['status' => 'open']);
        }
        if (($orders === null) || !(Js::typeof($orders) === 'object')) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent an openOrders answer without orders: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        $parsed = [];
        $pairs = Js::keys($orders);
        for ($i = 0; $i < count($pairs); $i++) {
            $entries = $this->safe_list($orders, $pairs[$i], []);
            $pair_market = $this->market_of_pair($pairs[$i]);
            for ($j = 0; $j < count($entries); $j++) {
                $parsed[] = $this->extend(
                    $this->parse_order(Js::get($entries, $j), $pair_market),
                    ['status' => 'open'],
                );
            }
        }
        $parsed = $this->sort_by($parsed, 'timestamp');
        return $this->filter_by_symbol_since_limit($parsed, $symbol, $since, $limit);
    }

    public function history_request($method, $symbol, $since, $limit, $params) {
        // order/histories and myTrades: symbol (required), startTime, endTime (ms; at most 7 days apart, the last
        // 24 hours by default), limit (10 to 1000), sort (asc or desc).
        if ($symbol === null) {
            throw new ArgumentsRequired(
                Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($method) . ' () requires a symbol'),
            );
        }
        $market = $this->market($symbol);
        $request = ['symbol' => Js::get($market, 'id')];
        if ($since !== null) {
            $request['startTime'] = $since;
            $request['sort'] = 'asc';
        }
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            $request['endTime'] = $until;
        }
        if ($limit !== null) {
            $least = $this->safe_integer($this->options, 'minHistoryLimit');
            $most = $this->safe_integer($this->options, 'maxHistoryLimit');
            $request['limit'] = Js::min(Js::max($limit, $least), $most);
        }
        return $request;
    }

    public function fetch_closed_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // GET order/histories (Trade API 2.0): { data: [ orders ] }: filled, cancelled and rejected orders.
        $this->load_markets();
        $request = $this->history_request('fetchClosedOrders', $symbol, $since, $limit, $params);
        $response = $this->private_v2_get_order_histories(
            $this->extend($request, $this->omit($params, 'until')),
        );
        $data = $this->safe_list($response, 'data');
        if ($data === null) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent an order history without data: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        return $this->parse_orders($data, $this->market($symbol), $since, $limit);
    }

    public function fetch_my_trades($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // GET myTrades (Trade API 2.0): { data: [ trades ] }.
        $this->load_markets();
        $request = $this->history_request('fetchMyTrades', $symbol, $since, $limit, $params);
        $response = $this->private_v2_get_my_trades($this->extend($request, $this->omit($params, 'until')));
        $data = $this->safe_list($response, 'data');
        if ($data === null) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent a trade history without data: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        return $this->parse_trades($data, $this->market($symbol), $since, $limit);
    }

    // --- funding -------------------------------------------------------------------------------------
    public function parse_transaction($transaction, $currency = null) {
        // transHistory: a deposit { status, type, rp, fee, amount, submit_time, success_time, deposit_id, tx } (a
        // coin deposit: { status, <coin>, amount, success_time, deposit_id, tx }), a withdrawal { status, type, rp,
        // fee, amount, submit_time, success_time, withdraw_id, tx }: amount is what arrived (rp less fee).
        // withdrawCoin: { status, withdraw_currency, withdraw_address, withdraw_amount, fee, amount_after_fee,
        // submit_time, withdraw_id, txid }. The amount is the one net of the fee in both.
        $currency_id = $this->safe_string($transaction, 'withdraw_currency');
        $code = $this->safe_currency_code($currency_id, $currency);
        $withdraw_id = $this->safe_string($transaction, 'withdraw_id');
        $fee_cost = $this->safe_string($transaction, 'fee');
        $timestamp = $this->safe_timestamp($transaction, 'submit_time');
        $updated = $this->safe_timestamp($transaction, 'success_time');
        if ($timestamp === null) {
            $timestamp = $updated;
        }
        return $this->safe_transaction(
            [
                'id' => $withdraw_id !== null ? $withdraw_id : $this->safe_string($transaction, 'deposit_id'),
                'txid' => $this->safe_string2($transaction, 'txid', 'tx'),
                'timestamp' => $timestamp,
                'updated' => $updated,
                'address' => $this->safe_string($transaction, 'withdraw_address'),
                'type' => $withdraw_id !== null ? 'withdrawal' : 'deposit',
                'amount' => $this->safe_string2($transaction, 'amount_after_fee', 'amount'),
                'currency' => $code,
                'status' => $this->safe_string(
                    Js::get($this->options, 'transactionStatuses'),
                    $this->safe_string($transaction, 'status'),
                ),
                'fee' => $fee_cost === null ? null : ['cost' => $fee_cost, 'currency' => $code],
                'info' => $transaction,
            ],
            $currency,
        );
    }

    public function transactions_of($kind, $method, $code, $since, $limit, $params) {
        // transHistory: start, end (Y-m-d; at most 7 days apart, the last 7 days by default); answers { return: {
        // withdraw: { idr: [ ... ], btc: [ ... ] }, deposit: { ... } } }, by currency id.
        $this->load_markets();
        $request = [];
        if ($since !== null) {
            $request['start'] = $this->ymd($since);
        }
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            $request['end'] = $this->ymd($until);
        }
        $response = $this->private_post_trans_history($this->extend($request, $this->omit($params, 'until')));
        $by_currency = $this->safe_dict($this->tapi_result($response), $kind);
        if ($by_currency === null) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($method) . ' () got a transHistory answer without ' . Js::toStr($kind) . ': ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        $result = [];
        $ids = Js::keys($by_currency);
        for ($i = 0; $i < count($ids); $i++) {
            $currency = $this->safe_currency($ids[$i]);
            $entries = $this->safe_list($by_currency, $ids[$i], []);
            for ($j = 0; $j < count($entries); $j++) {
                $result[] = $this->parse_transaction(Js::get($entries, $j), $currency);
            }
        }
        $result = $this->sort_by($result, 'timestamp');
        return $this->filter_by_currency_since_limit($result, $code, $since, $limit);
    }

    public function fetch_deposits($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->transactions_of('deposit', 'fetchDeposits', $code, $since, $limit, $params);
    }

    public function fetch_withdrawals($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->transactions_of('withdraw', 'fetchWithdrawals', $code, $since, $limit, $params);
    }

    public function fetch_deposit_address($code, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // getInfo: { return: { address: { btc: '17wG...' }, network: { btc: 'mainnet', eth: [ 'eth', 'arb', ... ] },
        // ... } }: one address per currency, on the networks listed.
        $this->load_markets();
        $currency = $this->currency($code);
        $network = $this->safe_string($params, 'network');
        $response = $this->private_post_get_info($this->omit($params, 'network'));
        $info = $this->tapi_result($response);
        $address = $this->safe_string($this->safe_dict($info, 'address', []), Js::get($currency, 'id'));
        if ($address === null) {
            throw new InvalidAddress(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' fetchDepositAddress () the account has no deposit address of ') . Js::toStr(
                        Js::get($currency, 'code'),
                    ),
                ),
            );
        }
        $listed = $this->safe_value($this->safe_dict($info, 'network', []), Js::get($currency, 'id'));
        $networks = Js::isArray($listed) ? $listed : ($listed === null ? [] : [$listed]);
        $network_code = null;
        if ($network !== null) {
            $network_id = Js::lowerCase(
                Js::textReceiver($this->network_id($network, $currency), 'toLowerCase'),
            );
            if (!(Js::truthy($this->in_array($network_id, $networks)))) {
                throw new BadRequest(
                    Js::boundedText(
                        Js::boundedText(Js::boundedText(Js::toStr($this->id) . ' fetchDepositAddress () the network ' . Js::toStr($network) . ' is not one of ') . Js::toStr(Js::get($currency, 'code')) . '\'s: ') . Js::join(
                            $networks,
                            ', ',
                        ),
                    ),
                );
            }
            $network_code = $network;
        } elseif (Js::strictEqual(Js::length($networks), 1)) {
            $network_code = $this->network_code(Js::get($networks, 0), $currency);
        }
        return [
            'currency' => Js::get($currency, 'code'),
            'address' => $address,
            'network' => $network_code,
            'info' => $response,
        ];
    }

    public function withdraw($code, $amount, $address, $tag = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // withdrawCoin: currency, network (required), withdraw_address, withdraw_amount, withdraw_memo (optional),
        // request_id (required, alphanumeric: the account's callback URL gets it to confirm the withdrawal).
        $this->load_markets();
        $currency = $this->currency($code);
        // The network ids are lowercase ('erc20', 'trc20', 'bep20', 'mainnet'): a unified code options['networks']
        // knows is translated, any other is sent as the id in lowercase, and the exchange answers an unknown one with
        // "Invalid network, please fill with one of this ..." (a BadRequest).
        $network = $this->safe_string($params, 'network');
        if ($network === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' withdraw () requires the unified param network (') . Js::join(
                        Js::keys(Js::get($this->options, 'networks')),
                        ', ',
                    ) . ', or the currency\'s own network id)',
                ),
            );
        }
        $request = [
            'currency' => Js::get($currency, 'id'),
            'network' => Js::lowerCase(
                Js::textReceiver($this->network_id($network, $currency), 'toLowerCase'),
            ),
            'withdraw_address' => $address,
            'withdraw_amount' => $this->number_to_string($amount),
        ];
        if ($tag !== null) {
            $request['withdraw_memo'] = $tag;
        }
        $request_id = $this->safe_string($params, 'request_id');
        if ($request_id === null) {
            $request_id = $this->number_to_string($this->milliseconds());
        }
        $request['request_id'] = $request_id;
        $response = $this->private_post_withdraw_coin(
            $this->extend($request, $this->omit($params, ['network', 'request_id'])),
        );
        $transaction = $this->parse_transaction($response, $currency);
        Js::set($transaction, 'network', $network);
        return $transaction;
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
        // TAPI: POST /tapi, body method=<path>&<params>&timestamp&recvWindow, headers Key and Sign (the hex
        // HMAC-SHA512 of the body). Trade API 2.0: GET <path>?<params>&timestamp&recvWindow, headers X-APIKEY
        // and Sign (the hex HMAC-SHA512 of the query string).
        if (($api === 'public') || ($api === 'tradingview')) {
            return parent::sign($path, $api, $method, $params, $headers, $body);
        }
        $this->check_required_credentials();
        if (
            Js::has($params, 'method') || Js::has($params, 'timestamp') || Js::has($params, 'recvWindow') || Js::has(
                $params,
                'nonce',
            )
        ) {
            throw new BadRequest(
                Js::boundedText(
                    Js::toStr($this->id) . ' ' . Js::toStr(
                        $path,
                    ) . ' takes no parameter method, timestamp, recvWindow or nonce: the request is signed with its own',
                ),
            );
        }
        $timing = [
            'timestamp' => $this->milliseconds(),
            'recvWindow' => $this->safe_integer($this->options, 'recvWindow'),
        ];
        $base = $this->safe_string(Js::get($this->urls, 'api'), $api);
        if ($api === 'private') {
            $body = $this->urlencode($this->extend($this->extend(['method' => $path], $params), $timing));
            $headers = [
                'Content-Type' => 'application/x-www-form-urlencoded',
                'Key' => $this->apiKey,
                'Sign' => $this->hmac($this->encode($body), $this->encode($this->secret), 'sha512'),
            ];
            return ['url' => $base, 'method' => $method, 'body' => $body, 'headers' => $headers];
        }
        $query = $this->urlencode($this->extend($params, $timing));
        $headers = [
            'Accept' => 'application/json',
            'Content-Type' => 'application/json',
            'X-APIKEY' => $this->apiKey,
            'Sign' => $this->hmac($this->encode($query), $this->encode($this->secret), 'sha512'),
        ];
        return [
            'url' => Js::boundedText(Js::toStr($base) . '/' . Js::toStr($path) . '?' . Js::toStr($query)),
            'method' => $method,
            'body' => null,
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
        // TAPI: { success: 0, error, error_code } (a few withdrawCoin errors come with success 1); an HTTP 429 of
        // the trade method once came as { message }. Trade API 2.0: { code, error }.
        if (($response === null) || Js::isArray($response) || !(Js::typeof($response) === 'object')) {
            return null;
        }
        $message = $this->safe_string($response, 'error');
        if (($message === null) && Js::greaterEqual($status, 400)) {
            $message = $this->safe_string($response, 'message');
        }
        if ($message === null) {
            return null;
        }
        $feedback = Js::boundedText(
            Js::boundedText(Js::toStr($this->id) . ' ') . Js::toStr($this->excerpt($response_body)),
        );
        $this->throw_exactly_matched_exception(
            Js::get($this->exceptions, 'exact'),
            $this->safe_string($response, 'error_code'),
            $feedback,
        );
        $this->throw_exactly_matched_exception(
            Js::get($this->exceptions, 'exact'),
            $this->safe_string($response, 'code'),
            $feedback,
        );
        $this->throw_broadly_matched_exception(Js::get($this->exceptions, 'broad'), $message, $feedback);
        throw new ExchangeError($feedback);
    }
}
