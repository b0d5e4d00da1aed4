<?php

// Generated from js/luno.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class luno extends Exchange {
    public function describe() {
        return $this->deep_extend(
            parent::describe(),
            [
                'id' => 'luno',
                'name' => 'Luno',
                'countries' => ['GB', 'SG', 'ZA'],
                'version' => '1',
                'rateLimit' => 200,
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
                    'fetchTime' => false,
                    'fetchStatus' => false,
                    'fetchTradingFees' => false,
                    'cancelAllOrders' => false,
                    'fetchOrderTrades' => false,
                    'fetchTradingFee' => false,
                    'fetchDepositAddresses' => false,
                    'createDepositAddress' => true,
                    'fetchDepositWithdrawFees' => false,
                    'transfer' => false,
                    'createMarketBuyOrderWithCost' => true,
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
                    'api' => 'https://api.luno.com',
                    'www' => 'https://www.luno.com',
                    'doc' => 'https://www.luno.com/en/developers/api',
                    'fees' => 'https://www.luno.com/en/countries',
                ],
                'api' => [
                    'public' => ['get' => ['ticker', 'tickers', 'orderbook_top', 'trades']],
                    'private' => [
                        'get' => [
                            'balance',
                            'listorders',
                            'orders/{id}',
                            'listtrades',
                            'funding_address',
                            'withdrawals',
                            'accounts/{id}/transactions',
                        ],
                        'post' => ['postorder', 'marketorder', 'stoporder', 'send', 'funding_address'],
                    ],
                    'exchangePublic' => ['get' => ['markets']],
                    'exchangePrivate' => ['get' => ['candles', 'transfers']],
                ],
                'requiredCredentials' => ['apiKey' => true, 'secret' => true],
                'fees' => ['trading' => ['tierBased' => true, 'percentage' => true]],
                'precisionMode' => TICK_SIZE,
                'timeframes' => [
                    '1m' => 60,
                    '5m' => 300,
                    '15m' => 900,
                    '30m' => 1800,
                    '1h' => 3600,
                    '3h' => 10800,
                    '4h' => 14400,
                    '8h' => 28800,
                    '1d' => 86400,
                    '3d' => 259200,
                    '1w' => 604800,
                ],
                'options' => [
                    'ledgerTypes' => [
                        'EXCHANGE' => 'trade',
                        'FEE' => 'fee',
                        'TRANSFER' => 'transaction',
                        'INTEREST' => 'interest',
                    ],
                    'withdrawalStatuses' => [
                        'PENDING' => 'pending',
                        'PROCESSING' => 'pending',
                        'COMPLETED' => 'ok',
                        'CANCELLED' => 'canceled',
                        'FAILED' => 'failed',
                    ],
                ],
                'exceptions' => [
                    'exact' => [
                        'ErrApiKeyRevoked' => AuthenticationError::class,
                        'ErrUnauthorised' => AuthenticationError::class,
                        'ErrInsufficientPerms' => PermissionDenied::class,
                        'ErrMarketNotAllowed' => PermissionDenied::class,
                        'ErrUserNotVerifiedForCurrency' => PermissionDenied::class,
                        'ErrVerificationLevelTooLow' => PermissionDenied::class,
                        'ErrWithdrawalBlocked' => AccountSuspended::class,
                        'ErrInsufficientBalance' => InsufficientFunds::class,
                        'ErrInsufficientFunds' => InsufficientFunds::class,
                        'ErrOrderNotFound' => OrderNotFound::class,
                        'ErrCannotStopUnknownOrNonPendingOrder' => OrderNotFound::class,
                        'ErrInvalidOrderRef' => OrderNotFound::class,
                        'ErrDuplicateClientOrderID' => DuplicateOrderId::class,
                        'ErrInvalidClientOrderId' => InvalidOrder::class,
                        'ErrInvalidPrice' => InvalidOrder::class,
                        'ErrInvalidVolume' => InvalidOrder::class,
                        'ErrInvalidBaseVolume' => InvalidOrder::class,
                        'ErrInvalidCounterVolume' => InvalidOrder::class,
                        'ErrInvalidOrderSide' => InvalidOrder::class,
                        'ErrInvalidStopPrice' => InvalidOrder::class,
                        'ErrInvalidStopDirection' => InvalidOrder::class,
                        'ErrNoTradesToInferStopDirection' => InvalidOrder::class,
                        'ErrNotEnoughLiquidity' => InvalidOrder::class,
                        'ErrOrderCanceled' => InvalidOrder::class,
                        'ErrPostOnlyMode' => InvalidOrder::class,
                        'ErrPostOnlyNotAllowed' => InvalidOrder::class,
                        'ErrPriceDenominationNotAllowed' => InvalidOrder::class,
                        'ErrPriceTooHigh' => InvalidOrder::class,
                        'ErrPriceTooLow' => InvalidOrder::class,
                        'ErrStopPriceTooHigh' => InvalidOrder::class,
                        'ErrStopPriceTooLow' => InvalidOrder::class,
                        'ErrValueTooHigh' => InvalidOrder::class,
                        'ErrVolumeDenominationNotAllowed' => InvalidOrder::class,
                        'ErrVolumeTooHigh' => InvalidOrder::class,
                        'ErrVolumeTooLow' => InvalidOrder::class,
                        'ErrCannotTradeWhileQuoteActive' => InvalidOrder::class,
                        'ErrInvalidMarketPair' => BadSymbol::class,
                        'ErrMarketUnavailable' => BadSymbol::class,
                        'ErrInvalidArguments' => BadRequest::class,
                        'ErrInvalidParameters' => BadRequest::class,
                        'ErrLimitOutOfRange' => BadRequest::class,
                        'ErrTooManyRowsRequested' => BadRequest::class,
                        'ErrInvalidAmount' => BadRequest::class,
                        'ErrAmountTooBig' => BadRequest::class,
                        'ErrAmountTooSmall' => BadRequest::class,
                        'ErrInvalidCurrency' => BadRequest::class,
                        'ErrDuplicateExternalID' => BadRequest::class,
                        'ErrDisallowedTarget' => InvalidAddress::class,
                        'ErrTravelRule' => PermissionDenied::class,
                        'ErrBlockedSendsCurrency' => ExchangeNotAvailable::class,
                        'ErrActiveCryptoRequestExists' => ExchangeNotAvailable::class,
                        'ErrTooManyRequests' => RateLimitExceeded::class,
                        'ErrAddressCreateRateLimitReached' => RateLimitExceeded::class,
                        'ErrAddressLimitReached' => PermissionDenied::class,
                        'ErrUnderMaintenance' => OnMaintenance::class,
                        'ErrInternal' => ExchangeNotAvailable::class,
                        'ErrDeadlineExceeded' => ExchangeNotAvailable::class,
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
        // exchange/1/markets: price_scale and volume_scale are decimal places; trading_status ACTIVE, POST_ONLY
        // (new markets) or SUSPENDED (post-only orders only, after very high volatility).
        $response = $this->exchange_public_get_markets($params);
        $markets = $this->safe_list($response, 'markets', []);
        $result = [];
        for ($i = 0; $i < count($markets); $i++) {
            $entry = Js::get($markets, $i);
            $id = $this->safe_string($entry, 'market_id');
            $base_id = $this->safe_string($entry, 'base_currency');
            $quote_id = $this->safe_string($entry, 'counter_currency');
            if (($id === null) || ($base_id === null) || ($quote_id === null)) {
                continue; // not a market to trade
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
                    'active' => $this->safe_string($entry, 'trading_status') === 'ACTIVE',
                    'type' => 'spot',
                    'spot' => true,
                    'precision' => [
                        'amount' => $this->parse_number(
                            $this->parse_precision($this->safe_string($entry, 'volume_scale')),
                        ),
                        'price' => $this->parse_number(
                            $this->parse_precision($this->safe_string($entry, 'price_scale')),
                        ),
                    ],
                    'limits' => [
                        'amount' => [
                            'min' => $this->safe_number($entry, 'min_volume'),
                            'max' => $this->safe_number($entry, 'max_volume'),
                        ],
                        'price' => [
                            'min' => $this->safe_number($entry, 'min_price'),
                            'max' => $this->safe_number($entry, 'max_price'),
                        ],
                        'cost' => [],
                    ],
                    'info' => $entry,
                ],
            );
        }
        return $result;
    }

    // --- market data ---------------------------------------------------------------------------------
    public function parse_ticker($ticker, $market = null) {
        // { ask, bid, last_trade, pair, rolling_24_hour_volume, status, timestamp }
        return $this->ticker_structure(
            symbol: $this->safe_symbol($this->safe_string($ticker, 'pair'), $market),
            timestamp: $this->safe_integer($ticker, 'timestamp'),
            bid: $this->safe_string($ticker, 'bid'),
            ask: $this->safe_string($ticker, 'ask'),
            last: $this->safe_string($ticker, 'last_trade'),
            base_volume: $this->safe_string($ticker, 'rolling_24_hour_volume'),
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
        return $this->parse_ticker($response, $market);
    }

    public function fetch_tickers($symbols = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // tickers: every market's (a pair filter repeats the key, pair=XBTZAR&pair=ETHZAR; the symbols are
        // picked from the whole list instead).
        $this->load_markets();
        $response = $this->public_get_tickers($params);
        return $this->parse_tickers($this->safe_list($response, 'tickers', []), $symbols);
    }

    public function fetch_order_book($symbol, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // orderbook_top: the best 100 levels a side, aggregated by price, each { price, volume }.
        $this->load_markets();
        $market = $this->market($symbol);
        $response = $this->public_get_orderbook_top(
            $this->extend(['pair' => Js::get($market, 'id')], $params),
        );
        $book = $this->parse_order_book(
            $response,
            Js::get($market, 'symbol'),
            $this->safe_integer($response, 'timestamp'),
            'bids',
            'asks',
            'price',
            'volume',
        );
        if ($limit !== null) {
            Js::set($book, 'bids', Js::slice(Js::get($book, 'bids'), 0, $limit));
            Js::set($book, 'asks', Js::slice(Js::get($book, 'asks'), 0, $limit));
        }
        return $book;
    }

    public function parse_trade($trade, $market = null) {
        // Public trades (trades): { is_buy (the taker bought), price, sequence, timestamp, volume }. The
        // account's (listtrades): also { base, counter, fee_base, fee_counter, order_id, client_order_id, pair,
        // type: BID or ASK, the account's order }; is_buy true means the taker was the bid.
        $market = $this->safe_market($this->safe_string($trade, 'pair'), $market);
        $is_buy = $this->safe_bool($trade, 'is_buy');
        $order_type = $this->safe_string($trade, 'type');
        $side = null;
        $taker_or_maker = null;
        if ($order_type === null) {
            if ($is_buy !== null) {
                $side = $is_buy ? 'buy' : 'sell';
            }
        } else {
            $side = $order_type === 'BID' ? 'buy' : 'sell';
            if ($is_buy !== null) {
                $taker_or_maker = Js::strictEqual($is_buy, $side === 'buy') ? 'taker' : 'maker';
            }
        }
        $fees = null;
        if ($order_type !== null) {
            $fees = $this->parse_order_fees($trade, $market);
        }
        return $this->trade_structure(
            id: $this->safe_string($trade, 'sequence'),
            order: $this->safe_string($trade, 'order_id'),
            symbol: Js::get($market, 'symbol'),
            timestamp: $this->safe_integer($trade, 'timestamp'),
            side: $side,
            taker_or_maker: $taker_or_maker,
            price: $this->safe_string($trade, 'price'),
            amount: $this->safe_string($trade, 'volume'),
            cost: $this->safe_string($trade, 'counter'),
            fees: $fees,
            info: $trade,
            market: $market,
        );
    }

    public function fetch_trades($symbol, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // trades: at most 100, newest first, of the last 24 hours; since (ms) must lie within them.
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['pair' => Js::get($market, 'id')];
        if ($since !== null) {
            $request['since'] = $since;
        }
        $response = $this->public_get_trades($this->extend($request, $params));
        return $this->parse_trades($this->safe_list($response, 'trades', []), $market, $since, $limit);
    }

    public function parse_ohlcv($ohlcv, $market = null) {
        // { close, high, low, open, timestamp, volume }
        return [
            $this->safe_integer($ohlcv, 'timestamp'),
            $this->safe_number($ohlcv, 'open'),
            $this->safe_number($ohlcv, 'high'),
            $this->safe_number($ohlcv, 'low'),
            $this->safe_number($ohlcv, 'close'),
            $this->safe_number($ohlcv, 'volume'),
        ];
    }

    public function fetch_ohlcv($symbol, $timeframe = null, $since = null, $limit = null, $params = null) {
        if ($timeframe === null) {
            $timeframe = '1m';
        }
        if ($params === null) {
            $params = [];
        }
        // exchange/1/candles (signed): the candles from since (required) on, oldest first, at most 1000; the
        // API takes no end time.
        if ($this->safe_value($params, 'until') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' fetchOHLCV () does not support the unified param until: candles takes a start time only',
                ),
            );
        }
        $this->load_markets();
        $market = $this->market($symbol);
        $duration = $this->safe_integer($this->timeframes, $timeframe);
        if ($duration === null) {
            throw new BadRequest(
                Js::boundedText(
                    Js::toStr($this->id) . ' fetchOHLCV () does not support the timeframe ' . Js::toStr(
                        $timeframe,
                    ),
                ),
            );
        }
        $start = $since;
        if ($start === null) {
            $count = $limit === null ? 1000 : Js::min($limit, 1000);
            $start = Js::subtract($this->milliseconds(), Js::multiply(Js::multiply($count, $duration), 1000));
        }
        $request = ['pair' => Js::get($market, 'id'), 'duration' => $duration, 'since' => $start];
        $response = $this->exchange_private_get_candles($this->extend($request, $params));
        return $this->parse_ohlcvs(
            $this->safe_list($response, 'candles', []),
            $market,
            $timeframe,
            $since,
            $limit,
        );
    }

    // --- account -------------------------------------------------------------------------------------
    public function fetch_balance($params = null) {
        if ($params === null) {
            $params = [];
        }
        // balance: one entry per account, { account_id, asset, balance, reserved (held, e.g. by open orders),
        // unconfirmed, name }; a currency may have several accounts, whose amounts add up.
        $this->load_markets();
        $response = $this->private_get_balance($params);
        $accounts = $this->safe_list($response, 'balance', []);
        $result = ['info' => $response];
        for ($i = 0; $i < count($accounts); $i++) {
            $entry = Js::get($accounts, $i);
            $code = $this->safe_currency_code($this->safe_string($entry, 'asset'));
            if ($code === null) {
                continue; // no currency to file it under
            }
            $total = $this->safe_string($entry, 'balance', '0');
            $used = $this->safe_string($entry, 'reserved', '0');
            $account = $this->safe_dict($result, $code);
            if ($account === null) {
                Js::setKey($result, $code, ['total' => $total, 'used' => $used]);
            } else {
                Js::setKey(
                    $result,
                    $code,
                    [
                        'total' => Precise::string_add(Js::get($account, 'total'), $total),
                        'used' => Precise::string_add(Js::get($account, 'used'), $used),
                    ],
                );
            }
        }
        return $this->safe_balance($result);
    }

    // --- orders --------------------------------------------------------------------------------------
    public function parse_order_fees($entry, $market) {
        // fee_base is charged in the base currency, fee_counter in the counter one; zero ones are left out.
        $fees = [];
        $fee_base = $this->safe_string($entry, 'fee_base');
        if (($fee_base !== null) && !(Precise::string_eq($fee_base, '0'))) {
            $fees[] = ['cost' => $fee_base, 'currency' => Js::get($market, 'base')];
        }
        $fee_counter = $this->safe_string($entry, 'fee_counter');
        if (($fee_counter !== null) && !(Precise::string_eq($fee_counter, '0'))) {
            $fees[] = ['cost' => $fee_counter, 'currency' => Js::get($market, 'quote')];
        }
        return $fees;
    }

    public function parse_order($order, $market = null) {
        // listorders and orders/{id}: { order_id, pair, type (BID or ASK: a limit order; BUY or SELL: a market
        // order), state (PENDING, or COMPLETE: settled or cancelled), limit_price, limit_volume, base and counter
        // (filled, positive), fee_base, fee_counter, creation_timestamp, completed_timestamp and
        // expiration_timestamp (set when a cancel was processed, else 0), time_in_force (limit orders) }.
        // postorder and marketorder answer { order_id } alone.
        $market = $this->safe_market($this->safe_string($order, 'pair'), $market);
        $order_type = $this->safe_string($order, 'type');
        $type = null;
        $side = null;
        if (($order_type === 'BID') || ($order_type === 'ASK')) {
            $type = 'limit';
            $side = $order_type === 'BID' ? 'buy' : 'sell';
        } elseif (($order_type === 'BUY') || ($order_type === 'SELL')) {
            $type = 'market';
            $side = $order_type === 'BUY' ? 'buy' : 'sell';
        }
        $state = $this->safe_string($order, 'state');
        $status = null;
        if ($state === 'PENDING') {
            $status = 'open';
        } elseif ($state === 'COMPLETE') {
            $expiration = $this->safe_integer($order, 'expiration_timestamp', 0);
            $status = Js::greater($expiration, 0) ? 'canceled' : 'closed';
        }
        $fees = null;
        if ($state !== null) {
            $fees = $this->parse_order_fees($order, $market);
        }
        return $this->safe_order(
            [
                'id' => $this->safe_string($order, 'order_id'),
                'symbol' => Js::get($market, 'symbol'),
                'timestamp' => $this->safe_integer($order, 'creation_timestamp'),
                'type' => $type,
                'side' => $side,
                'status' => $status,
                'timeInForce' => $this->safe_string($order, 'time_in_force'),
                'price' => $type === 'limit' ? $this->safe_string($order, 'limit_price') : null,
                'amount' => $type === 'limit' ? $this->safe_string($order, 'limit_volume') : null,
                'filled' => $this->safe_string($order, 'base'),
                'cost' => $this->safe_string($order, 'counter'),
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
        // postorder (limit): pair, type BID or ASK, volume, price, post_only, time_in_force (GTC, IOC, FOK),
        // stop_price with stop_direction (a stop limit order), client_order_id. marketorder: pair, type BUY or
        // SELL, counter_volume (what a buy spends) or base_volume (what a sell sells), client_order_id.
        $this->load_markets();
        $market = $this->market($symbol);
        [$unified, $rest] = Js::destructure($this->unified_order_params($type, $params), 2);
        $this->reject_unified_params(
            'createOrder',
            $unified,
            ['reduceOnly', 'stopLossPrice', 'takeProfitPrice'],
        );
        $request = ['pair' => Js::get($market, 'id')];
        if (Js::get($unified, 'clientOrderId') !== null) {
            $request['client_order_id'] = Js::get($unified, 'clientOrderId');
        }
        $response = null;
        if ($type === 'limit') {
            if ($price === null) {
                throw new ArgumentsRequired(
                    Js::boundedText(
                        Js::toStr($this->id) . ' createOrder () requires a price for a limit order',
                    ),
                );
            }
            $request['type'] = $side === 'buy' ? 'BID' : 'ASK';
            $request['volume'] = $this->amount_to_precision($symbol, $amount);
            $request['price'] = $this->price_to_precision($symbol, $price);
            if (Js::truthy(Js::get($unified, 'postOnly'))) {
                $request['post_only'] = true;
            }
            if (Js::get($unified, 'timeInForce') !== null) {
                $request['time_in_force'] = Js::get($unified, 'timeInForce');
            }
            if (Js::get($unified, 'triggerPrice') !== null) {
                // The direction follows from the last trade price and the stop price.
                $request['stop_price'] = $this->price_to_precision(
                    $symbol,
                    Js::get($unified, 'triggerPrice'),
                );
                $request['stop_direction'] = 'RELATIVE_LAST_TRADE';
            }
            $response = $this->private_post_postorder($this->extend($request, $rest));
        } elseif ($type === 'market') {
            if (Js::get($unified, 'triggerPrice') !== null) {
                throw new NotSupported(
                    Js::boundedText(
                        Js::toStr(
                            $this->id,
                        ) . ' createOrder () triggerPrice places stop limit orders only, not market orders',
                    ),
                );
            }
            if (Js::get($unified, 'timeInForce') !== null) {
                throw new InvalidOrder(
                    Js::boundedText(
                        Js::toStr(
                            $this->id,
                        ) . ' createOrder () timeInForce applies to limit orders only, not market orders',
                    ),
                );
            }
            $request['type'] = $side === 'buy' ? 'BUY' : 'SELL';
            if ($side === 'buy') {
                // A market buy spends an amount of the counter currency: cost, or amount times price.
                $cost = Js::get($unified, 'cost');
                if (($cost === null) && ($amount !== null) && ($price !== null)) {
                    $cost = Precise::string_mul(
                        $this->number_to_string($amount),
                        $this->number_to_string($price),
                    );
                }
                if ($cost === null) {
                    throw new ArgumentsRequired(
                        Js::boundedText(
                            Js::toStr(
                                $this->id,
                            ) . ' createOrder () a market buy needs the unified param cost (or amount and price): marketorder spends counter_volume',
                        ),
                    );
                }
                $request['counter_volume'] = $this->cost_to_precision($symbol, $cost);
            } else {
                if (Js::get($unified, 'cost') !== null) {
                    throw new InvalidOrder(
                        Js::boundedText(
                            Js::toStr(
                                $this->id,
                            ) . ' createOrder () cost sizes market buys only: a market sell gives base_volume',
                        ),
                    );
                }
                $request['base_volume'] = $this->amount_to_precision($symbol, $amount);
            }
            $response = $this->private_post_marketorder($this->extend($request, $rest));
        } else {
            throw new InvalidOrder(
                Js::boundedText(
                    Js::toStr($this->id) . ' createOrder () places limit and market orders, not ' . Js::toStr(
                        $type,
                    ) . ' orders',
                ),
            );
        }
        return $this->safe_order(
            [
                'id' => $this->safe_string($response, 'order_id'),
                'clientOrderId' => Js::get($unified, 'clientOrderId'),
                'symbol' => Js::get($market, 'symbol'),
                'type' => $type,
                'side' => $side,
                'timeInForce' => Js::get($unified, 'timeInForce'),
                'postOnly' => Js::get($unified, 'postOnly'),
                'price' => $this->safe_string($request, 'price'),
                'triggerPrice' => $this->safe_string($request, 'stop_price'),
                'amount' => $this->safe_string2($request, 'volume', 'base_volume'),
                'cost' => $this->safe_string($request, 'counter_volume'),
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
        // stoporder: { success }; a completed or unknown order is ErrCannotStopUnknownOrNonPendingOrder.
        $response = $this->private_post_stoporder($this->extend(['order_id' => $id], $params));
        if (!($this->safe_bool($response, 'success') === true)) {
            throw new OrderNotFound(
                Js::boundedText(
                    Js::toStr($this->id) . ' cancelOrder () did not cancel order ' . Js::toStr($id),
                ),
            );
        }
        return $this->safe_order(['id' => $id, 'status' => 'canceled', 'info' => $response]);
    }

    public function fetch_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $response = $this->private_get_orders_id($this->extend(['id' => $id], $params));
        return $this->parse_order($response);
    }

    public function fetch_orders_by_state($method, $state, $symbol, $since, $limit, $params) {
        // listorders: the most recently placed orders, 100 by default and 1000 at most, of one pair or all;
        // state PENDING (open) or COMPLETE; created_before (ms, exclusive) pages back in time.
        $this->load_markets();
        $request = [];
        $market = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
            $request['pair'] = Js::get($market, 'id');
        }
        if ($state !== null) {
            $request['state'] = $state;
        }
        if ($limit !== null) {
            $request['limit'] = Js::min($limit, 1000);
        }
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            if ($state === 'PENDING') {
                throw new NotSupported(
                    Js::boundedText(
                        Js::toStr($this->id) . ' ' . Js::toStr(
                            $method,
                        ) . ' () does not support the unified param until',
                    ),
                );
            }
            $request['created_before'] = $this->sum($until, 1);
        }
        $response = $this->private_get_listorders($this->extend($request, $this->omit($params, 'until')));
        return $this->parse_orders($this->safe_list($response, 'orders', []), $market, $since, $limit);
    }

    public function fetch_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->fetch_orders_by_state('fetchOrders', null, $symbol, $since, $limit, $params);
    }

    public function fetch_open_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->fetch_orders_by_state('fetchOpenOrders', 'PENDING', $symbol, $since, $limit, $params);
    }

    public function fetch_closed_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->fetch_orders_by_state(
            'fetchClosedOrders',
            'COMPLETE',
            $symbol,
            $since,
            $limit,
            $params,
        );
    }

    public function fetch_my_trades($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // listtrades of one pair (required): oldest first from since (ms, inclusive), before (ms, exclusive),
        // 100 by default and 1000 at most.
        if ($symbol === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr($this->id) . ' fetchMyTrades () requires a symbol: listtrades lists one pair',
                ),
            );
        }
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['pair' => Js::get($market, 'id')];
        if ($since !== null) {
            $request['since'] = $since;
        }
        if ($limit !== null) {
            $request['limit'] = Js::min($limit, 1000);
        }
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            $request['before'] = $this->sum($until, 1);
        }
        $response = $this->private_get_listtrades($this->extend($request, $this->omit($params, 'until')));
        return $this->parse_trades($this->safe_list($response, 'trades', []), $market, $since, $limit);
    }

    // --- funding -------------------------------------------------------------------------------------
    public function parse_transaction($transaction, $currency = null) {
        // withdrawals: { amount, created_at, currency, external_id, fee, id, status, transfer_id, type (the
        // method: ZAR_EFT, SGD_WIRE, ...) }.
        $status = $this->safe_string($transaction, 'status');
        $code = $this->safe_currency_code($this->safe_string($transaction, 'currency'), $currency);
        $fee_cost = $this->safe_string($transaction, 'fee');
        return $this->safe_transaction(
            [
                'id' => $this->safe_string($transaction, 'id'),
                'timestamp' => $this->safe_integer($transaction, 'created_at'),
                'type' => 'withdrawal',
                'amount' => $this->safe_string($transaction, 'amount'),
                'currency' => $code,
                'status' => $this->safe_string(
                    Js::get($this->options, 'withdrawalStatuses'),
                    $status,
                    $status,
                ),
                'fee' => $fee_cost === null ? null : ['cost' => $fee_cost, 'currency' => $code],
                'info' => $transaction,
            ],
            $currency,
        );
    }

    public function fetch_withdrawals($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // withdrawals: the withdrawal requests of every currency, 100 by default and 1000 at most; no time range.
        if ($this->safe_value($params, 'until') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' fetchWithdrawals () does not support the unified param until: withdrawals takes no time range',
                ),
            );
        }
        $this->load_markets();
        $currency = null;
        if ($code !== null) {
            $currency = $this->currency($code);
        }
        $request = [];
        if ($limit !== null) {
            $request['limit'] = Js::min($limit, 1000);
        }
        $response = $this->private_get_withdrawals($this->extend($request, $params));
        return $this->parse_transactions(
            $this->safe_list($response, 'withdrawals', []),
            $currency,
            $since,
            $limit,
        );
    }

    public function account_ids($method, $currency, $params) {
        // The ids of the accounts of a currency (balance?assets=...), which transfers and transactions take one
        // at a time; params['account_id'] names one instead.
        $account_id = $this->safe_string($params, 'account_id');
        if ($account_id !== null) {
            return [$account_id];
        }
        $response = $this->private_get_balance(['assets' => Js::get($currency, 'id')]);
        $accounts = $this->safe_list($response, 'balance', []);
        $result = [];
        for ($i = 0; $i < count($accounts); $i++) {
            $id = $this->safe_string(Js::get($accounts, $i), 'account_id');
            if (
                ($id !== null) && Js::strictEqual(
                    $this->safe_string(Js::get($accounts, $i), 'asset'),
                    Js::get($currency, 'id'),
                )
            ) {
                $result[] = $id;
            }
        }
        if (count($result) == 0) {
            throw new BadRequest(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($method) . ' () found no account of ') . Js::toStr(
                        Js::get($currency, 'code'),
                    ),
                ),
            );
        }
        return $result;
    }

    public function parse_deposit($transfer, $currency) {
        // exchange/1/transfers: { amount (positive), created_at, fee (not in amount), id, inbound, transaction_id
        // (on-chain) }, each a confirmed transfer.
        $fee_cost = $this->safe_string($transfer, 'fee');
        return $this->safe_transaction(
            [
                'id' => $this->safe_string($transfer, 'id'),
                'txid' => $this->safe_string($transfer, 'transaction_id'),
                'timestamp' => $this->safe_integer($transfer, 'created_at'),
                'type' => 'deposit',
                'amount' => $this->safe_string($transfer, 'amount'),
                'currency' => Js::get($currency, 'code'),
                'status' => 'ok',
                'fee' => $fee_cost === null ? null : [
                    'cost' => $fee_cost,
                    'currency' => Js::get($currency, 'code'),
                ],
                'info' => $transfer,
            ],
            $currency,
        );
    }

    public function fetch_deposits($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // exchange/1/transfers of each account of the currency (required): the confirmed credits (inbound) and
        // debits, newest first, 100 by default and 1000 at most, before (ms, exclusive) paging back.
        if ($code === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' fetchDeposits () requires a currency code: transfers lists one account',
                ),
            );
        }
        $this->load_markets();
        $currency = $this->currency($code);
        $ids = $this->account_ids('fetchDeposits', $currency, $params);
        $request = [];
        if ($limit !== null) {
            $request['limit'] = Js::min($limit, 1000);
        }
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            $request['before'] = $this->sum($until, 1);
        }
        $rest = $this->omit($params, ['until', 'account_id']);
        $result = [];
        for ($i = 0; Js::less($i, Js::length($ids)); $i++) {
            $response = $this->exchange_private_get_transfers(
                $this->extend($this->extend(['account_id' => Js::get($ids, $i)], $request), $rest),
            );
            $transfers = $this->safe_list($response, 'transfers', []);
            for ($j = 0; $j < count($transfers); $j++) {
                if ($this->safe_bool(Js::get($transfers, $j), 'inbound') === true) {
                    $result[] = $this->parse_deposit(Js::get($transfers, $j), $currency);
                }
            }
        }
        return $this->filter_by_since_limit($this->sort_by($result, 'timestamp'), $since, $limit);
    }

    public function parse_ledger_entry($item, $currency = null) {
        // accounts/{id}/transactions: { account_id, row_index (1 the oldest), timestamp, balance and balance_delta,
        // available and available_delta, currency, description, kind (FEE, TRANSFER, EXCHANGE, INTEREST), reference
        // (shared by the entries of one transaction, such as a withdrawal and its fee), details }.
        $kind = $this->safe_string($item, 'kind');
        $balance = $this->safe_string($item, 'balance');
        $delta = $this->safe_string($item, 'balance_delta');
        $account_id = $this->safe_string($item, 'account_id');
        $row = $this->safe_string($item, 'row_index');
        return $this->safe_ledger_entry(
            [
                'id' => ($account_id === null) || ($row === null) ? null : Js::boundedText(
                    Js::toStr($account_id) . '-' . Js::toStr($row),
                ),
                'timestamp' => $this->safe_integer($item, 'timestamp'),
                'account' => $account_id,
                'referenceId' => $this->safe_string($item, 'reference'),
                'type' => $this->safe_string(Js::get($this->options, 'ledgerTypes'), $kind, $kind),
                'currency' => $this->safe_currency_code($this->safe_string($item, 'currency'), $currency),
                'amount' => $delta,
                'before' => ($balance === null) || ($delta === null) ? null : Precise::string_sub(
                    $balance,
                    $delta,
                ),
                'after' => $balance,
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
        // accounts/{id}/transactions of each account of the currency (required): rows min_row (inclusive) to max_row
        // (exclusive), non-positive ones counted back from the latest, at most 1000 a call; no time range.
        if ($code === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' fetchLedger () requires a currency code: transactions lists one account',
                ),
            );
        }
        if ($this->safe_value($params, 'until') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' fetchLedger () does not support the unified param until: transactions takes rows, not times',
                ),
            );
        }
        $this->load_markets();
        $currency = $this->currency($code);
        $ids = $this->account_ids('fetchLedger', $currency, $params);
        $count = $limit === null ? 100 : Js::min($limit, 1000);
        $rest = $this->omit($params, 'account_id');
        $result = [];
        for ($i = 0; Js::less($i, Js::length($ids)); $i++) {
            $request = ['id' => Js::get($ids, $i), 'min_row' => Js::negate($count), 'max_row' => 0];
            $response = $this->private_get_accounts_id_transactions($this->extend($request, $rest));
            // rows in their order (row_index), so that entries of one millisecond keep it
            $rows = $this->sort_by($this->safe_list($response, 'transactions', []), 'row_index');
            $result = $this->array_concat($result, $this->parse_ledger($rows, $currency, $since, $limit));
        }
        return $this->filter_by_since_limit($this->sort_by($result, 'timestamp'), $since, $limit);
    }

    public function parse_deposit_address($deposit_address, $currency = null) {
        // funding_address: { account_id, address, address_meta, asset, assigned_at, name, network, qr_code_uri,
        // receive_fee, total_received, total_unconfirmed }
        return [
            'currency' => $this->safe_currency_code($this->safe_string($deposit_address, 'asset'), $currency),
            'address' => $this->safe_string($deposit_address, 'address'),
            'info' => $deposit_address,
        ];
    }

    public function fetch_deposit_address($code, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // funding_address?asset=XBT: the default receive address. Its network parameter is a numeric id of
        // send/networks, which has no unified code.
        if ($this->safe_value($params, 'network') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' fetchDepositAddress () does not support the unified param network: funding_address takes a numeric network id',
                ),
            );
        }
        $this->load_markets();
        $currency = $this->currency($code);
        $response = $this->private_get_funding_address(
            $this->extend(['asset' => Js::get($currency, 'id')], $params),
        );
        return $this->parse_deposit_address($response, $currency);
    }

    public function create_deposit_address($code, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST funding_address asset=XBT: allocates a new receive address (1 an hour, bursts of 10), answered as
        // funding_address answers.
        if ($this->safe_value($params, 'network') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' createDepositAddress () does not support the unified param network: funding_address takes a numeric network id',
                ),
            );
        }
        $this->load_markets();
        $currency = $this->currency($code);
        $response = $this->private_post_funding_address(
            $this->extend(['asset' => Js::get($currency, 'id')], $params),
        );
        return $this->parse_deposit_address($response, $currency);
    }

    public function withdraw($code, $amount, $address, $tag = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // send: amount, currency, address; an XRP destination tag is destination_tag with has_destination_tag,
        // any other tag (ATOM, ...) the memo. Answers { success, withdrawal_id }.
        if ($this->safe_value($params, 'network') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' withdraw () does not support the unified param network: send takes a numeric network id',
                ),
            );
        }
        $this->load_markets();
        $currency = $this->currency($code);
        $request = [
            'amount' => $this->currency_to_precision($code, $amount),
            'currency' => Js::get($currency, 'id'),
            'address' => $address,
        ];
        if ($tag !== null) {
            if (Js::get($currency, 'id') === 'XRP') {
                $request['has_destination_tag'] = true;
                $request['destination_tag'] = $tag;
            } else {
                $request['memo'] = $tag;
            }
        }
        $response = $this->private_post_send($this->extend($request, $params));
        if (!($this->safe_bool($response, 'success') === true)) {
            throw new ExchangeError(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' withdraw () was not accepted: ') . Js::toStr(
                        $this->json($response),
                    ),
                ),
            );
        }
        return $this->safe_transaction(
            [
                'id' => $this->safe_string($response, 'withdrawal_id'),
                'type' => 'withdrawal',
                'address' => $address,
                'tag' => $tag,
                'amount' => Js::get($request, 'amount'),
                'currency' => Js::get($currency, 'code'),
                'info' => $response,
            ],
            $currency,
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
        // Private requests authenticate with HTTP Basic (key id, key secret), which the request pipeline adds
        // when sign () returns basicAuth; POST parameters go as a URL-encoded form.
        $prefix = ($api === 'exchangePublic') || ($api === 'exchangePrivate') ? '/api/exchange/' : '/api/';
        $url = Js::boundedText(
            Js::boundedText(Js::boundedText(Js::toStr(Js::get($this->urls, 'api')) . $prefix) . Js::toStr($this->version) . '/') . Js::toStr(
                $this->implode_params($path, $params),
            ),
        );
        $query = $this->omit($params, $this->extract_params($path));
        if ($method === 'POST') {
            $body = $this->urlencode($query);
            $headers = ['Content-Type' => 'application/x-www-form-urlencoded'];
        } elseif (count(Js::keys($query)) > 0) {
            $url .= Js::within($url, Js::within($url, '?') . Js::toStr($this->urlencode($query)));
        }
        $is_private = ($api === 'private') || ($api === 'exchangePrivate');
        if ($is_private) {
            $this->check_required_credentials();
        }
        return [
            'url' => $url,
            'method' => $method,
            'body' => $body,
            'headers' => $headers,
            'basicAuth' => $is_private,
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
        // { "error": "Cannot find that order", "error_code": "ErrOrderNotFound" }, with a 4xx or 5xx status.
        if (($response === null) || Js::isArray($response) || !(Js::typeof($response) === 'object')) {
            return null;
        }
        $code = $this->safe_string($response, 'error_code');
        if ($code === null) {
            return null;
        }
        $feedback = Js::boundedText(
            Js::boundedText(Js::toStr($this->id) . ' ') . Js::toStr($this->excerpt($response_body)),
        );
        $this->throw_exactly_matched_exception(Js::get($this->exceptions, 'exact'), $code, $feedback);
        if (Js::strictEqual($status, 409)) {
            throw new DuplicateOrderId($feedback); // a client_order_id used before
        }
        throw new ExchangeError($feedback);
    }
}
