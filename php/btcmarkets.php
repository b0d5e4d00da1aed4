<?php

// Generated from js/btcmarkets.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class btcmarkets extends Exchange {
    public function describe() {
        return $this->deep_extend(
            parent::describe(),
            [
                'id' => 'btcmarkets',
                'name' => 'BTC Markets',
                'countries' => ['AU'],
                'version' => 'v3',
                'rateLimit' => 200,
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
                    'fetchLedger' => false,
                    'fetchDepositAddress' => true,
                    'withdraw' => true,
                    'fetchTime' => false,
                    'fetchStatus' => false,
                    'fetchTradingFees' => true,
                    'cancelAllOrders' => true,
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
                'urls' => [
                    'api' => 'https://api.btcmarkets.net',
                    'www' => 'https://www.btcmarkets.net',
                    'doc' => 'https://docs.btcmarkets.net/v3/',
                    'fees' => 'https://www.btcmarkets.net/fees',
                ],
                'api' => [
                    'public' => [
                        'get' => [
                            'markets',
                            'markets/tickers',
                            'markets/orderbooks',
                            'markets/{marketId}/ticker',
                            'markets/{marketId}/trades',
                            'markets/{marketId}/orderbook',
                            'markets/{marketId}/candles',
                            'assets',
                            'withdrawal-fees',
                            'time',
                        ],
                    ],
                    'private' => [
                        'get' => [
                            'orders',
                            'orders/{id}',
                            'trades',
                            'trades/{id}',
                            'accounts/me/balances',
                            'accounts/me/trading-fees',
                            'accounts/me/withdrawal-limits',
                            'accounts/me/transactions',
                            'deposits',
                            'deposits/{id}',
                            'withdrawals',
                            'withdrawals/{id}',
                            'transfers',
                            'transfers/{id}',
                            'addresses',
                        ],
                        'post' => ['orders', 'withdrawals'],
                        'delete' => ['orders', 'orders/{id}'],
                    ],
                ],
                'timeframes' => ['1m' => '1m', '1h' => '1h', '1d' => '1d'],
                'requiredCredentials' => ['apiKey' => true, 'secret' => true],
                'fees' => [
                    'trading' => [
                        'tierBased' => true,
                        'percentage' => true,
                        'taker' => 0.0085,
                        'maker' => 0.0085,
                    ],
                ],
                'precisionMode' => TICK_SIZE,
                'options' => [
                    'sameNameParams' => ['clientOrderId', 'postOnly', 'triggerPrice'],
                    'orderStatuses' => [
                        'Accepted' => 'open',
                        'Placed' => 'open',
                        'Partially Matched' => 'open',
                        'Fully Matched' => 'closed',
                        'Cancelled' => 'canceled',
                        'Partially Cancelled' => 'canceled',
                        'Failed' => 'rejected',
                    ],
                    'orderTypes' => [
                        'Limit' => ['limit', null],
                        'Market' => ['market', null],
                        'Stop Limit' => ['limit', 'stopLossPrice'],
                        'Stop' => ['market', 'stopLossPrice'],
                        'Take Profit' => ['market', 'takeProfitPrice'],
                    ],
                    'transferTypes' => ['Deposit' => 'deposit', 'Withdraw' => 'withdrawal'],
                    'transferStatuses' => [
                        'Accepted' => 'pending',
                        'Pending Authorization' => 'pending',
                        'Complete' => 'ok',
                        'Cancelled' => 'canceled',
                        'Failed' => 'failed',
                    ],
                ],
                'exceptions' => [
                    'exact' => [
                        'InvalidApiKey' => AuthenticationError::class,
                        'InvalidAuthSignature' => AuthenticationError::class,
                        'InvalidMarketId' => BadSymbol::class,
                        'InvalidOrderType' => InvalidOrder::class,
                        'InvalidOrderSide' => InvalidOrder::class,
                        'InvalidOrderId' => OrderNotFound::class,
                        'OrderNotFound' => OrderNotFound::class,
                        'OrderAlreadyCancelled' => OrderNotFound::class,
                    ],
                    'broad' => [],
                ],
            ],
        );
    }

    // --- markets and currencies ----------------------------------------------------------------------
    public function fetch_markets($params = null) {
        if ($params === null) {
            $params = [];
        }
        // markets: [ { marketId: 'BTC-AUD', baseAssetName, quoteAssetName, minOrderAmount, maxOrderAmount,
        // amountDecimals, priceDecimals } ]: the active markets. The official SDK disagrees with itself on the
        // asset names: its IMarket type (src/types/Markets.ts) says baseAssetName and quoteAssetName, its README's
        // "active markets" example baseAsset and quoteAsset; either spelling is read.
        $response = $this->public_get_markets($params);
        $result = [];
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            $result[] = $this->parse_market(Js::get($response, $i));
        }
        return $result;
    }

    public function parse_market($entry) {
        $base_id = $this->safe_string2($entry, 'baseAssetName', 'baseAsset');
        $quote_id = $this->safe_string2($entry, 'quoteAssetName', 'quoteAsset');
        if (($base_id === null) || ($quote_id === null)) {
            // (a market named 'undefined/undefined' is worse than none)
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent a market without its base and quote asset names: ') . Js::toStr(
                        $this->excerpt($this->json($entry)),
                    ),
                ),
            );
        }
        $base = $this->safe_currency_code($base_id);
        $quote = $this->safe_currency_code($quote_id);
        return $this->safe_market_structure(
            [
                'id' => $this->safe_string($entry, 'marketId'),
                'symbol' => Js::boundedText(Js::toStr($base) . '/' . Js::toStr($quote)),
                'base' => $base,
                'quote' => $quote,
                'baseId' => $base_id,
                'quoteId' => $quote_id,
                'type' => 'spot',
                'spot' => true,
                'taker' => Js::get(Js::get($this->fees, 'trading'), 'taker'),
                'maker' => Js::get(Js::get($this->fees, 'trading'), 'maker'),
                'precision' => [
                    'amount' => $this->parse_number(
                        $this->parse_precision($this->safe_string($entry, 'amountDecimals')),
                    ),
                    'price' => $this->parse_number(
                        $this->parse_precision($this->safe_string($entry, 'priceDecimals')),
                    ),
                ],
                'limits' => [
                    'amount' => [
                        'min' => $this->safe_number($entry, 'minOrderAmount'),
                        'max' => $this->safe_number($entry, 'maxOrderAmount'),
                    ],
                    'price' => ['min' => null, 'max' => null],
                    'cost' => ['min' => null, 'max' => null],
                ],
                'info' => $entry,
            ],
        );
    }

    public function fetch_currencies($params = null) {
        if ($params === null) {
            $params = [];
        }
        // assets: [ { assetName, minDepositAmount, maxDepositAmount, depositDecimals, minWithdrawalAmount,
        // maxWithdrawalAmount, withdrawalDecimals, withdrawalFee, depositFee } ]. The SDK's documented example
        // spells the withdrawal decimals 'WithdrawalDecimals': either spelling is read.
        $response = $this->public_get_assets($params);
        $result = [];
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            $entry = Js::get($response, $i);
            $id = $this->safe_string($entry, 'assetName');
            $code = $this->safe_currency_code($id);
            $decimals = $this->safe_string2($entry, 'withdrawalDecimals', 'WithdrawalDecimals');
            Js::setKey(
                $result,
                $code,
                [
                    'id' => $id,
                    'code' => $code,
                    'fee' => $this->safe_number($entry, 'withdrawalFee'),
                    'precision' => $this->parse_number($this->parse_precision($decimals)),
                    'limits' => [
                        'deposit' => [
                            'min' => $this->safe_number($entry, 'minDepositAmount'),
                            'max' => $this->safe_number($entry, 'maxDepositAmount'),
                        ],
                        'withdraw' => [
                            'min' => $this->safe_number($entry, 'minWithdrawalAmount'),
                            'max' => $this->safe_number($entry, 'maxWithdrawalAmount'),
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
        // { marketId, bestBid, bestAsk, lastPrice, volume24h (base), price24h (the change over 24 hours), low24h,
        // high24h, timestamp (ISO 8601) }.
        $market = $this->safe_market($this->safe_string($ticker, 'marketId'), $market, '-');
        return $this->ticker_structure(
            symbol: Js::get($market, 'symbol'),
            timestamp: $this->parse8601($this->safe_string($ticker, 'timestamp')),
            high: $this->safe_string($ticker, 'high24h'),
            low: $this->safe_string($ticker, 'low24h'),
            bid: $this->safe_string($ticker, 'bestBid'),
            ask: $this->safe_string($ticker, 'bestAsk'),
            last: $this->safe_string($ticker, 'lastPrice'),
            change: $this->safe_string($ticker, 'price24h'),
            base_volume: $this->safe_string($ticker, 'volume24h'),
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
        $response = $this->public_get_markets_market_id_ticker(
            $this->extend(['marketId' => Js::get($market, 'id')], $params),
        );
        return $this->parse_ticker($response, $market);
    }

    public function fetch_tickers($symbols = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // markets/tickers?marketId=BTC-AUD&marketId=LTC-AUD: the endpoint takes the markets it reports (all of them
        // when symbols is undefined).
        $this->load_markets();
        $market_ids = $symbols === null ? $this->ids : $this->market_ids($symbols);
        $response = $this->public_get_markets_tickers($this->extend(['marketId' => $market_ids], $params));
        return $this->parse_tickers($response, $symbols);
    }

    public function fetch_order_book($symbol, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // markets/{marketId}/orderbook?level: { marketId, snapshotId, asks: [ [ price, amount ] ], bids }; level 1
        // (the default) is the best 50 of each side, level 2 the whole book (cached, about every 10 seconds).
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['marketId' => Js::get($market, 'id')];
        if (($limit !== null) && Js::greater($limit, 50)) {
            $request['level'] = 2;
        }
        $response = $this->public_get_markets_market_id_orderbook($this->extend($request, $params));
        $book = $this->parse_order_book($response, Js::get($market, 'symbol'));
        Js::set($book, 'nonce', $this->safe_integer($response, 'snapshotId'));
        return $this->limit_order_book($book, $limit);
    }

    public function parse_ohlcv($ohlcv, $market = null) {
        // [ time (ISO 8601), open, high, low, close, volume ], strings.
        return [
            $this->parse8601($this->safe_string($ohlcv, 0)),
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
        // markets/{marketId}/candles?timeWindow and either the time range from and to (ISO 8601) or the paging
        // limit: the two cannot be combined, so with since or until the range is sent and limit is applied here.
        $this->load_markets();
        $market = $this->market($symbol);
        $time_window = $this->safe_string($this->timeframes, $timeframe);
        if ($time_window === null) {
            throw new BadRequest(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' fetchOHLCV () does not support the timeframe ' . Js::toStr($timeframe) . ': one of ') . Js::join(
                        Js::keys($this->timeframes),
                        ', ',
                    ),
                ),
            );
        }
        $request = ['marketId' => Js::get($market, 'id'), 'timeWindow' => $time_window];
        $until = $this->safe_integer($params, 'until');
        if ($since !== null) {
            $request['from'] = $this->iso8601($since);
        }
        if ($until !== null) {
            $request['to'] = $this->iso8601($until);
        }
        if (($since === null) && ($until === null) && ($limit !== null)) {
            $request['limit'] = $limit;
        }
        $response = $this->public_get_markets_market_id_candles(
            $this->extend($request, $this->omit($params, 'until')),
        );
        return $this->parse_ohlcvs($response, $market, $timeframe, $since, $limit);
    }

    public function parse_side($side) {
        $sides = ['Bid' => 'buy', 'Ask' => 'sell'];
        return $this->safe_string($sides, $side);
    }

    public function parse_trade($trade, $market = null) {
        // Public: { id, price, amount, timestamp (ISO 8601), side: 'Bid' or 'Ask' (the taker's) }. The account's:
        // the same with marketId, fee (in the quote currency, as the account's ledger books it), orderId and
        // liquidityType 'Taker' or 'Maker'.
        $market = $this->safe_market($this->safe_string($trade, 'marketId'), $market, '-');
        $fee = null;
        $fee_cost = $this->safe_string($trade, 'fee');
        if ($fee_cost !== null) {
            $fee = ['cost' => $fee_cost, 'currency' => Js::get($market, 'quote')];
        }
        return $this->trade_structure(
            id: $this->safe_string($trade, 'id'),
            order: $this->safe_string($trade, 'orderId'),
            symbol: Js::get($market, 'symbol'),
            timestamp: $this->parse8601($this->safe_string($trade, 'timestamp')),
            side: $this->parse_side($this->safe_string($trade, 'side')),
            taker_or_maker: $this->safe_string_lower($trade, 'liquidityType'),
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
        // markets/{marketId}/trades?limit: the most recent trades, newest first (paged by before and after ids).
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['marketId' => Js::get($market, 'id')];
        if ($limit !== null) {
            $request['limit'] = $limit;
        }
        $response = $this->public_get_markets_market_id_trades($this->extend($request, $params));
        return $this->parse_trades($response, $market, $since, $limit);
    }

    // --- account -------------------------------------------------------------------------------------
    public function fetch_balance($params = null) {
        if ($params === null) {
            $params = [];
        }
        // accounts/me/balances: [ { assetName, balance, available, locked } ] (balance = available + locked).
        $this->load_markets();
        $response = $this->private_get_accounts_me_balances($params);
        $result = ['info' => $response];
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            $entry = Js::get($response, $i);
            $account = $this->account();
            Js::set($account, 'free', $this->safe_string($entry, 'available'));
            Js::set($account, 'used', $this->safe_string($entry, 'locked'));
            Js::set($account, 'total', $this->safe_string($entry, 'balance'));
            Js::setKey($result, $this->safe_currency_code($this->safe_string($entry, 'assetName')), $account);
        }
        return $this->safe_balance($result);
    }

    public function fetch_trading_fees($params = null) {
        if ($params === null) {
            $params = [];
        }
        // accounts/me/trading-fees: { volume30Day, feeByMarkets: [ { makerFeeRate, takerFeeRate, marketId } ] }.
        $this->load_markets();
        $response = $this->private_get_accounts_me_trading_fees($params);
        $entries = $this->safe_list($response, 'feeByMarkets', []);
        $result = [];
        for ($i = 0; $i < count($entries); $i++) {
            $entry = Js::get($entries, $i);
            $symbol = $this->safe_symbol($this->safe_string($entry, 'marketId'), null, '-');
            Js::setKey(
                $result,
                $symbol,
                [
                    'symbol' => $symbol,
                    'maker' => $this->safe_number($entry, 'makerFeeRate'),
                    'taker' => $this->safe_number($entry, 'takerFeeRate'),
                    'info' => $entry,
                ],
            );
        }
        return $result;
    }

    // --- orders --------------------------------------------------------------------------------------
    public function parse_order($order, $market = null) {
        // { orderId, marketId, side, type, creationTime, price, amount, openAmount, status, triggerPrice,
        // targetAmount, timeInForce, postOnly, selfTrade, clientOrderId }; cancelling answers { orderId,
        // clientOrderId } only.
        $market = $this->safe_market($this->safe_string($order, 'marketId'), $market, '-');
        $order_type = $this->safe_value(
            Js::get($this->options, 'orderTypes'),
            $this->safe_string($order, 'type'),
            [null, null],
        );
        $trigger_field = Js::get($order_type, 1);
        $trigger_price = $this->safe_string($order, 'triggerPrice');
        $post_only = $this->safe_bool($order, 'postOnly');
        $status = $this->safe_string($order, 'status');
        $result = [
            'id' => $this->safe_string($order, 'orderId'),
            'clientOrderId' => $this->safe_string($order, 'clientOrderId'),
            'symbol' => Js::get($market, 'symbol'),
            'timestamp' => $this->parse8601($this->safe_string($order, 'creationTime')),
            'status' => $this->safe_string(Js::get($this->options, 'orderStatuses'), $status),
            'type' => Js::get($order_type, 0),
            'timeInForce' => $post_only === true ? 'PO' : $this->safe_string($order, 'timeInForce'),
            'postOnly' => $post_only,
            'side' => $this->parse_side($this->safe_string($order, 'side')),
            'price' => $this->safe_string($order, 'price'),
            'triggerPrice' => $trigger_price,
            'amount' => $this->safe_string($order, 'amount'),
            'remaining' => $this->safe_string($order, 'openAmount'),
            'info' => $order,
        ];
        if ($trigger_field !== null) {
            Js::setKey($result, $trigger_field, $trigger_price);
        }
        return $this->safe_order($result, $market);
    }

    public function order_type($type, $unified) {
        // Limit, Market, or with a trigger Stop Limit and Stop (triggerPrice and stopLossPrice: the price turns
        // against the order) and Take Profit (a market order only).
        $kind = Js::get($unified, 'triggerKind');
        if ($kind === null) {
            return $type === 'limit' ? 'Limit' : 'Market';
        }
        if ($kind === 'takeProfitPrice') {
            if ($type === 'limit') {
                throw new InvalidOrder(
                    Js::boundedText(
                        Js::toStr(
                            $this->id,
                        ) . ' createOrder () takeProfitPrice makes a Take Profit order, which is a market order: use type market',
                    ),
                );
            }
            return 'Take Profit';
        }
        return $type === 'limit' ? 'Stop Limit' : 'Stop';
    }

    public function create_order($symbol, $type, $side, $amount, $price = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST orders { marketId, price, amount, type, side, triggerPrice, timeInForce, postOnly, clientOrderId }.
        // The unified postOnly is postOnly, timeInForce (GTC, IOC, FOK) is timeInForce, clientOrderId is
        // clientOrderId, and the three trigger params make Stop, Stop Limit or Take Profit orders with
        // triggerPrice. Spot has no reduceOnly; a market order sized in the quote currency is not documented.
        $this->load_markets();
        $market = $this->market($symbol);
        [$unified, $rest] = Js::destructure($this->unified_order_params($type, $params), 2);
        $this->reject_unified_params('createOrder', $unified, ['reduceOnly', 'cost']);
        if (!($type === 'market') && !($type === 'limit')) {
            throw new InvalidOrder(
                Js::boundedText(
                    Js::toStr($this->id) . ' createOrder () type must be market or limit, not ' . Js::toStr(
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
        $request = ['marketId' => Js::get($market, 'id')];
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
        $request['amount'] = $this->amount_to_precision($symbol, $amount);
        $request['type'] = $this->order_type($type, $unified);
        $request['side'] = $side === 'buy' ? 'Bid' : 'Ask';
        if (Js::get($unified, 'trigger') !== null) {
            $request['triggerPrice'] = $this->price_to_precision($symbol, Js::get($unified, 'trigger'));
        }
        if (Js::get($unified, 'timeInForce') !== null) {
            $request['timeInForce'] = Js::get($unified, 'timeInForce');
        }
        if (Js::truthy(Js::get($unified, 'postOnly'))) {
            $request['postOnly'] = true;
        }
        if (Js::get($unified, 'clientOrderId') !== null) {
            $request['clientOrderId'] = Js::get($unified, 'clientOrderId');
        }
        $response = $this->private_post_orders($this->extend($request, $rest));
        return $this->parse_order($response, $market);
    }

    public function cancel_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // DELETE orders/{id} answers { orderId, clientOrderId }: the cancellation is requested.
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $response = $this->private_delete_orders_id($this->extend(['id' => $id], $params));
        return $this->parse_order($response, $market);
    }

    public function cancel_all_orders($symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // DELETE orders?marketId (every market without one) answers [ { orderId, clientOrderId } ].
        $this->load_markets();
        $request = [];
        $market = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
            $request['marketId'] = Js::get($market, 'id');
        }
        $response = $this->private_delete_orders($this->extend($request, $params));
        $result = [];
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            $result[] = $this->parse_order(Js::get($response, $i), $market);
        }
        return $result;
    }

    public function fetch_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // orders/{id}: the id is the exchange's orderId or the caller's clientOrderId.
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $response = $this->private_get_orders_id($this->extend(['id' => $id], $params));
        return $this->parse_order($response, $market);
    }

    public function fetch_orders_with_status($method, $status, $symbol, $limit, $params) {
        // orders?marketId&status (open or all)&limit: all the open orders, or a page of the history (newest first).
        // Neither takes a time range, so the unified until is refused rather than ignored.
        $this->reject_unified_params($method, $params, ['until']);
        $this->load_markets();
        $request = ['status' => $status];
        $market = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
            $request['marketId'] = Js::get($market, 'id');
        }
        if (($limit !== null) && ($status === 'all')) {
            $request['limit'] = $limit;
        }
        $response = $this->private_get_orders($this->extend($request, $params));
        return [$market, $response];
    }

    public function fetch_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        [$market, $response] = Js::destructure(
            $this->fetch_orders_with_status('fetchOrders', 'all', $symbol, $limit, $params),
            2,
        );
        return $this->parse_orders($response, $market, $since, $limit);
    }

    public function fetch_open_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        [$market, $response] = Js::destructure(
            $this->fetch_orders_with_status('fetchOpenOrders', 'open', $symbol, $limit, $params),
            2,
        );
        return $this->parse_orders($response, $market, $since, $limit);
    }

    public function fetch_closed_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // The history's orders that are no longer open (filled, canceled or failed).
        [$market, $response] = Js::destructure(
            $this->fetch_orders_with_status('fetchClosedOrders', 'all', $symbol, $limit, $params),
            2,
        );
        $orders = $this->parse_orders($response, $market, $since);
        $result = [];
        for ($i = 0; Js::less($i, Js::length($orders)); $i++) {
            $status = Js::get(Js::get($orders, $i), 'status');
            if (($status !== null) && !($status === 'open')) {
                $result[] = Js::get($orders, $i);
            }
        }
        return $this->filter_by_since_limit($result, $since, $limit);
    }

    public function fetch_my_trades($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // trades?marketId&limit: the account's most recent trades, newest first (no time range: until is refused).
        $this->reject_unified_params('fetchMyTrades', $params, ['until']);
        $this->load_markets();
        $request = [];
        $market = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
            $request['marketId'] = Js::get($market, 'id');
        }
        if ($limit !== null) {
            $request['limit'] = $limit;
        }
        $response = $this->private_get_trades($this->extend($request, $params));
        return $this->parse_trades($response, $market, $since, $limit);
    }

    // --- funding -------------------------------------------------------------------------------------
    public function parse_transaction($transaction, $currency = null) {
        // deposits, withdrawals and withdrawing: { id, assetName, amount, type: 'Deposit' or 'Withdraw',
        // creationTime, status, description, fee, lastUpdate, paymentDetail: { address, txId } }.
        $code = $this->safe_currency_code($this->safe_string($transaction, 'assetName'), $currency);
        $detail = $this->safe_dict($transaction, 'paymentDetail', []);
        $fee = null;
        $fee_cost = $this->safe_string($transaction, 'fee');
        if ($fee_cost !== null) {
            $fee = ['cost' => $fee_cost, 'currency' => $code];
        }
        $type = $this->safe_string($transaction, 'type');
        $status = $this->safe_string($transaction, 'status');
        return $this->safe_transaction(
            [
                'id' => $this->safe_string($transaction, 'id'),
                'txid' => $this->safe_string($detail, 'txId'),
                'timestamp' => $this->parse8601($this->safe_string($transaction, 'creationTime')),
                'address' => $this->safe_string($detail, 'address'),
                'type' => $this->safe_string(Js::get($this->options, 'transferTypes'), $type),
                'amount' => $this->safe_string($transaction, 'amount'),
                'currency' => $code,
                'status' => $this->safe_string(Js::get($this->options, 'transferStatuses'), $status),
                'updated' => $this->parse8601($this->safe_string($transaction, 'lastUpdate')),
                'fee' => $fee,
                'info' => $transaction,
            ],
            $currency,
        );
    }

    public function fetch_transfers_of($type, $code, $since, $limit, $params) {
        // deposits and withdrawals?limit: newest first, of every asset (code filters them here); no time range.
        $method = $type === 'deposit' ? 'fetchDeposits' : 'fetchWithdrawals';
        $this->reject_unified_params($method, $params, ['until']);
        $this->load_markets();
        $currency = $code === null ? null : $this->currency($code);
        $request = [];
        if ($limit !== null) {
            $request['limit'] = $limit;
        }
        $response = null;
        if ($type === 'deposit') {
            $response = $this->private_get_deposits($this->extend($request, $params));
        } else {
            $response = $this->private_get_withdrawals($this->extend($request, $params));
        }
        return $this->parse_transactions($response, $currency, $since, $limit);
    }

    public function fetch_deposits($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->fetch_transfers_of('deposit', $code, $since, $limit, $params);
    }

    public function fetch_withdrawals($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->fetch_transfers_of('withdrawal', $code, $since, $limit, $params);
    }

    public function fetch_deposit_address($code, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // addresses?assetName: { address, assetName }. Each asset has one network, which the API does not name.
        $this->reject_unified_params('fetchDepositAddress', $params, ['network']);
        $this->load_markets();
        $currency = $this->currency($code);
        $response = $this->private_get_addresses(
            $this->extend(['assetName' => Js::get($currency, 'id')], $params),
        );
        return [
            'currency' => $this->safe_currency_code($this->safe_string($response, 'assetName'), $currency),
            'address' => $this->safe_string($response, 'address'),
            'info' => $response,
        ];
    }

    public function withdraw($code, $amount, $address, $tag = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST withdrawals { assetName, amount, toAddress } answers the withdrawal. The documented request has
        // neither a network nor a tag (memo): both are refused rather than dropped.
        $this->reject_unified_params('withdraw', $params, ['network']);
        if ($tag !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' withdraw () does not support a tag: the documented request is assetName, amount and toAddress',
                ),
            );
        }
        $this->load_markets();
        $currency = $this->currency($code);
        $request = [
            'assetName' => Js::get($currency, 'id'),
            'amount' => $this->number_to_string($amount),
            'toAddress' => $address,
        ];
        $response = $this->private_post_withdrawals($this->extend($request, $params));
        return $this->parse_transaction($response, $currency);
    }

    // --- transport -----------------------------------------------------------------------------------
    public function query_string($query) {
        // A list repeats its key (marketId=BTC-AUD&marketId=LTC-AUD), as the multi-market endpoints take it.
        $parts = [];
        $keys = Js::keys($query);
        for ($i = 0; $i < count($keys); $i++) {
            $value = $this->safe_value($query, $keys[$i]);
            if (Js::isArray($value)) {
                for ($j = 0; Js::less($j, Js::length($value)); $j++) {
                    $parts[] = $this->urlencode($this->single_key($keys[$i], Js::get($value, $j)));
                }
            } else {
                $parts[] = $this->urlencode($this->single_key($keys[$i], $value));
            }
        }
        return Js::join($parts, '&');
    }

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
        $request_path = Js::boundedText(
            Js::boundedText('/' . Js::toStr($this->version) . '/') . Js::toStr(
                $this->implode_params($path, $params),
            ),
        );
        $query = $this->omit($params, $this->extract_params($path));
        $has_body = ($method === 'POST') || ($method === 'PUT');
        $url = Js::boundedText(Js::toStr(Js::get($this->urls, 'api')) . $request_path);
        if (!($has_body) && (count(Js::keys($query)) > 0)) {
            $url .= Js::within($url, Js::within($url, '?') . Js::toStr($this->query_string($query)));
        }
        if ($api === 'public') {
            return ['url' => $url, 'method' => $method, 'body' => $body, 'headers' => $headers];
        }
        // BM-AUTH-SIGNATURE: base64 HMAC-SHA512, keyed by the base64-decoded secret, of method + path (without
        // the query string) + timestamp (ms) + body.
        $this->check_required_credentials();
        $timestamp = $this->number_to_string($this->milliseconds());
        $auth = Js::boundedText(Js::toStr($method) . $request_path . Js::toStr($timestamp));
        $headers = [
            'Accept' => 'application/json',
            'Accept-Charset' => 'UTF-8',
            'Content-Type' => 'application/json',
            'BM-AUTH-APIKEY' => $this->apiKey,
            'BM-AUTH-TIMESTAMP' => $timestamp,
        ];
        if ($has_body) {
            $body = count(Js::keys($query)) > 0 ? $this->json(
                $query,
            ) : '{}'; // (PHP writes an empty dictionary as [])
            $auth .= Js::within($auth, Js::toStr($body));
        }
        Js::set(
            $headers,
            'BM-AUTH-SIGNATURE',
            $this->hmac($this->encode($auth), $this->base64_to_binary($this->secret), 'sha512', 'base64'),
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
        // { "code": "InvalidMarketId", "message": "..." } with an HTTP 4xx or 5xx status: the code picks the
        // error class; an unknown code is an ExchangeError.
        if (
            ($response === null) || Js::isArray($response) || !(Js::typeof($response) === 'object') || Js::less(
                $status,
                400,
            )
        ) {
            return;
        }
        $code = $this->safe_string($response, 'code');
        if ($code === null) {
            return;
        }
        $feedback = Js::boundedText(
            Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($method) . ' ' . Js::toStr($url) . ' ' . Js::toStr($code) . ' ') . $this->safe_string(
                $response,
                'message',
                '',
            ),
        );
        $this->throw_exactly_matched_exception(Js::get($this->exceptions, 'exact'), $code, $feedback);
        throw new ExchangeError($feedback);
    }
}
