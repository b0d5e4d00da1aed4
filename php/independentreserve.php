<?php

// Generated from js/independentreserve.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class independentreserve extends Exchange {
    public function describe() {
        return $this->deep_extend(
            parent::describe(),
            [
                'id' => 'independentreserve',
                'name' => 'Independent Reserve',
                'countries' => ['AU', 'NZ', 'SG'],
                'version' => null,
                'rateLimit' => 1000,
                'has' => [
                    'fetchMarkets' => true,
                    'fetchCurrencies' => false,
                    'fetchTicker' => true,
                    'fetchTickers' => false,
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
                    'fetchDeposits' => false,
                    'fetchWithdrawals' => false,
                    'fetchTransactions' => false,
                    'fetchLedger' => false,
                    'fetchDepositAddress' => true,
                    'withdraw' => true,
                    'fetchTime' => false,
                    'fetchStatus' => false,
                    'fetchTradingFees' => true,
                    'cancelAllOrders' => false,
                    'fetchOrderTrades' => false,
                    'fetchTradingFee' => false,
                    'fetchDepositAddresses' => false,
                    'createDepositAddress' => false,
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
                'timeframes' => ['1h' => '1h'],
                'urls' => [
                    'api' => [
                        'public' => 'https://api.independentreserve.com/Public',
                        'private' => 'https://api.independentreserve.com/Private',
                    ],
                    'www' => 'https://www.independentreserve.com',
                    'doc' => 'https://www.independentreserve.com/API',
                    'fees' => 'https://www.independentreserve.com/fees',
                ],
                'api' => [
                    'public' => [
                        'get' => [
                            'GetValidPrimaryCurrencyCodes',
                            'GetValidSecondaryCurrencyCodes',
                            'GetMarketSummary',
                            'GetOrderBook',
                            'GetRecentTrades',
                            'GetTradeHistorySummary',
                        ],
                    ],
                    'private' => [
                        'post' => [
                            'PlaceLimitOrder',
                            'PlaceMarketOrder',
                            'CancelOrder',
                            'GetOpenOrders',
                            'GetClosedOrders',
                            'GetOrderDetails',
                            'GetAccounts',
                            'GetTrades',
                            'GetBrokerageFees',
                            'GetDigitalCurrencyDepositAddress',
                            'WithdrawDigitalCurrency',
                        ],
                    ],
                ],
                'requiredCredentials' => ['apiKey' => true, 'secret' => true],
                'fees' => ['trading' => ['tierBased' => true, 'percentage' => true]],
                'precisionMode' => TICK_SIZE,
                'options' => [
                    'decimalPlaces' => [
                        'Xbt' => ['8', '2'],
                        'Eth' => ['8', '2'],
                        'Sol' => ['5', '4'],
                        'Xrp' => ['5', '5'],
                        'Usdc' => ['5', '5'],
                        'Usdt' => ['5', '5'],
                        'Aave' => ['5', '4'],
                        'Ada' => ['5', '5'],
                        'Bat' => ['5', '5'],
                        'Bch' => ['8', '2'],
                        'Comp' => ['8', '2'],
                        'Dai' => ['5', '5'],
                        'Doge' => ['5', '5'],
                        'Dot' => ['5', '4'],
                        'Eos' => ['4', '4'],
                        'Etc' => ['8', '2'],
                        'Grt' => ['5', '5'],
                        'Link' => ['4', '4'],
                        'Ltc' => ['8', '2'],
                        'Mana' => ['5', '5'],
                        'Matic' => ['5', '5'],
                        'Mkr' => ['8', '2'],
                        'Sand' => ['5', '5'],
                        'Shib' => ['0', '8'],
                        'Snx' => ['5', '4'],
                        'Trx' => ['5', '5'],
                        'Uni' => ['5', '4'],
                        'Xlm' => ['5', '5'],
                        'Yfi' => ['8', '2'],
                        'Zrx' => ['5', '5'],
                    ],
                    'orderTypes' => [
                        'LimitBid' => ['limit', 'buy'],
                        'LimitOffer' => ['limit', 'sell'],
                        'MarketBid' => ['market', 'buy'],
                        'MarketOffer' => ['market', 'sell'],
                    ],
                    'orderStatuses' => [
                        'Open' => 'open',
                        'PartiallyFilled' => 'open',
                        'Filled' => 'closed',
                        'PartiallyFilledAndCancelled' => 'canceled',
                        'Cancelled' => 'canceled',
                        'PartiallyFilledAndExpired' => 'expired',
                        'Expired' => 'expired',
                    ],
                    'withdrawalStatuses' => [
                        'Pending' => 'pending',
                        'Confirmed' => 'ok',
                        'Rejected' => 'failed',
                        'Cancelled' => 'canceled',
                    ],
                    'maxPageSize' => 50,
                ],
                'exceptions' => [
                    'exact' => [],
                    'broad' => [
                        'Invalid API key' => AuthenticationError::class,
                        'signature' => AuthenticationError::class,
                        'nonce' => InvalidNonce::class,
                        'Nonce' => InvalidNonce::class,
                        'Insufficient' => InsufficientFunds::class,
                        'does not exist' => OrderNotFound::class,
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
        // Every primary currency (GetValidPrimaryCurrencyCodes) trades against every secondary one
        // (GetValidSecondaryCurrencyCodes); both answer a list of codes.
        $primaries = $this->codes_of($this->public_get_get_valid_primary_currency_codes($params));
        $secondaries = $this->codes_of($this->public_get_get_valid_secondary_currency_codes($params));
        $result = [];
        for ($i = 0; Js::less($i, Js::length($primaries)); $i++) {
            $base_id = Js::get($primaries, $i);
            $base = $this->safe_currency_code($base_id);
            $places = $this->safe_list(Js::get($this->options, 'decimalPlaces'), $base_id, []);
            for ($j = 0; Js::less($j, Js::length($secondaries)); $j++) {
                $quote_id = Js::get($secondaries, $j);
                $quote = $this->safe_currency_code($quote_id);
                $result[] = $this->safe_market_structure(
                    [
                        'id' => Js::boundedText(Js::toStr($base_id) . '-' . Js::toStr($quote_id)),
                        'symbol' => Js::boundedText(Js::toStr($base) . '/' . Js::toStr($quote)),
                        'base' => $base,
                        'quote' => $quote,
                        'baseId' => $base_id,
                        'quoteId' => $quote_id,
                        'type' => 'spot',
                        'spot' => true,
                        'active' => true,
                        'precision' => [
                            'amount' => $this->parse_number(
                                $this->parse_precision($this->safe_string($places, 0)),
                            ),
                            'price' => $this->parse_number(
                                $this->parse_precision($this->safe_string($places, 1)),
                            ),
                        ],
                        'limits' => [],
                        'info' => ['primaryCurrencyCode' => $base_id, 'secondaryCurrencyCode' => $quote_id],
                    ],
                );
            }
        }
        return $result;
    }

    public function codes_of($response) {
        // A list of currency codes, strings only: anything else is no answer the docs describe.
        if (!(Js::isArray($response))) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent a currency list that is no list: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        $result = [];
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            $code = Js::get($response, $i);
            if (!(Js::typeof($code) === 'string') || Js::strictEqual(Js::length($code), 0)) {
                throw new BadResponse(
                    Js::boundedText(
                        Js::boundedText(Js::toStr($this->id) . ' sent a currency code that is no text: ') . Js::toStr(
                            $this->excerpt($this->json($response)),
                        ),
                    ),
                );
            }
            $result[] = $code;
        }
        return $result;
    }

    public function pair_request($market) {
        return [
            'primaryCurrencyCode' => Js::get($market, 'baseId'),
            'secondaryCurrencyCode' => Js::get($market, 'quoteId'),
        ];
    }

    public function market_of_pair($entry, $market = null) {
        // The market a response names by PrimaryCurrencyCode and SecondaryCurrencyCode.
        $base_id = $this->safe_string($entry, 'PrimaryCurrencyCode');
        $quote_id = $this->safe_string($entry, 'SecondaryCurrencyCode');
        if (($base_id === null) || ($quote_id === null)) {
            return $this->safe_market(null, $market);
        }
        return $this->safe_market(
            Js::boundedText(Js::toStr($base_id) . '-' . Js::toStr($quote_id)),
            $market,
            '-',
        );
    }

    // --- market data ---------------------------------------------------------------------------------
    public function parse_ticker($ticker, $market = null) {
        // GetMarketSummary: { DayHighestPrice, DayLowestPrice, DayAvgPrice (the volume-weighted average of the
        // last 24 hours), DayVolumeXbt (the primary currency traded against every secondary one),
        // DayVolumeXbtInSecondaryCurrrency (sic: the primary currency traded against this pair's secondary one),
        // CurrentLowestOfferPrice, CurrentHighestBidPrice, LastPrice, PrimaryCurrencyCode, SecondaryCurrencyCode,
        // CreatedTimestampUtc }.
        $market = $this->market_of_pair($ticker, $market);
        return $this->ticker_structure(
            symbol: Js::get($market, 'symbol'),
            timestamp: $this->parse8601($this->safe_string($ticker, 'CreatedTimestampUtc')),
            high: $this->safe_string($ticker, 'DayHighestPrice'),
            low: $this->safe_string($ticker, 'DayLowestPrice'),
            bid: $this->safe_string($ticker, 'CurrentHighestBidPrice'),
            ask: $this->safe_string($ticker, 'CurrentLowestOfferPrice'),
            vwap: $this->safe_string($ticker, 'DayAvgPrice'),
            last: $this->safe_string($ticker, 'LastPrice'),
            base_volume: $this->safe_string($ticker, 'DayVolumeXbtInSecondaryCurrrency'),
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
        $response = $this->public_get_get_market_summary(
            $this->extend($this->pair_request($market), $params),
        );
        return $this->parse_ticker($response, $market);
    }

    public function fetch_order_book($symbol, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // GetOrderBook: { BuyOrders: [ { OrderType, Price, Volume } ], SellOrders: [ ... ], CreatedTimestampUtc,
        // ... }, the whole book (the API takes no depth).
        $this->load_markets();
        $market = $this->market($symbol);
        $response = $this->public_get_get_order_book($this->extend($this->pair_request($market), $params));
        $this->required_list($response, 'BuyOrders');
        $this->required_list($response, 'SellOrders');
        $timestamp = $this->parse8601($this->safe_string($response, 'CreatedTimestampUtc'));
        $book = $this->parse_order_book(
            $response,
            Js::get($market, 'symbol'),
            $timestamp,
            'BuyOrders',
            'SellOrders',
            'Price',
            'Volume',
        );
        if ($limit !== null) {
            Js::set($book, 'bids', Js::slice(Js::get($book, 'bids'), 0, $limit));
            Js::set($book, 'asks', Js::slice(Js::get($book, 'asks'), 0, $limit));
        }
        return $book;
    }

    public function parse_trade($trade, $market = null) {
        // Public trades (GetRecentTrades): { PrimaryCurrencyAmount, SecondaryCurrencyTradePrice, TradeTimestampUtc },
        // without an id or a side. The account's trades (GetTrades): { TradeGuid, TradeTimestampUtc, OrderGuid,
        // OrderType, OrderTimestampUtc, VolumeTraded, Price, PrimaryCurrencyCode, SecondaryCurrencyCode }.
        $market = $this->market_of_pair($trade, $market);
        $order_type = $this->safe_list(
            Js::get($this->options, 'orderTypes'),
            $this->safe_string($trade, 'OrderType'),
            [],
        );
        return $this->trade_structure(
            id: $this->safe_string($trade, 'TradeGuid'),
            order: $this->safe_string($trade, 'OrderGuid'),
            symbol: Js::get($market, 'symbol'),
            timestamp: $this->parse8601($this->safe_string($trade, 'TradeTimestampUtc')),
            type: $this->safe_string($order_type, 0),
            side: $this->safe_string($order_type, 1),
            price: $this->safe_string2($trade, 'Price', 'SecondaryCurrencyTradePrice'),
            amount: $this->safe_string2($trade, 'VolumeTraded', 'PrimaryCurrencyAmount'),
            info: $trade,
            market: $market,
        );
    }

    public function fetch_trades($symbol, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // GetRecentTrades: the latest numberOfRecentTradesToRetrieve (at most 50) trades, newest first.
        $this->load_markets();
        $market = $this->market($symbol);
        $request = $this->pair_request($market);
        Js::set($request, 'numberOfRecentTradesToRetrieve', $limit === null ? 50 : Js::min($limit, 50));
        $response = $this->public_get_get_recent_trades($this->extend($request, $params));
        return $this->parse_trades($this->required_list($response, 'Trades'), $market, $since, $limit);
    }

    public function parse_ohlcv($ohlcv, $market = null) {
        // HistorySummaryItems: { StartTimestampUtc, EndTimestampUtc, OpeningSecondaryCurrencyPrice,
        // HighestSecondaryCurrencyPrice, LowestSecondaryCurrencyPrice, ClosingSecondaryCurrencyPrice,
        // PrimaryCurrencyVolume, SecondaryCurrencyVolume, AverageSecondaryCurrencyPrice, NumberOfTrades }.
        return [
            $this->parse8601($this->safe_string($ohlcv, 'StartTimestampUtc')),
            $this->safe_number($ohlcv, 'OpeningSecondaryCurrencyPrice'),
            $this->safe_number($ohlcv, 'HighestSecondaryCurrencyPrice'),
            $this->safe_number($ohlcv, 'LowestSecondaryCurrencyPrice'),
            $this->safe_number($ohlcv, 'ClosingSecondaryCurrencyPrice'),
            $this->safe_number($ohlcv, 'PrimaryCurrencyVolume'),
        ];
    }

    public function fetch_ohlcv($symbol, $timeframe = null, $since = null, $limit = null, $params = null) {
        if ($timeframe === null) {
            $timeframe = '1m';
        }
        if ($params === null) {
            $params = [];
        }
        // GetTradeHistorySummary: hourly summaries of the last numberOfHoursInThePastToRetrieve hours (1 to 240),
        // counted back from now: since becomes the hours from since until now.
        if (!($timeframe === '1h')) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr($this->id) . ' fetchOHLCV () summarises trades by the hour: timeframe must be 1h, not ' . Js::toStr(
                        $timeframe,
                    ),
                ),
            );
        }
        if ($this->safe_value($params, 'until') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' fetchOHLCV () does not support the unified param until: the API counts hours back from now',
                ),
            );
        }
        $this->load_markets();
        $market = $this->market($symbol);
        $hours = 24;
        if ($since !== null) {
            $hours = Js::ceil(Js::divide(Js::subtract($this->milliseconds(), $since), 3600000));
        } elseif ($limit !== null) {
            $hours = $limit;
        }
        $request = $this->pair_request($market);
        Js::set($request, 'numberOfHoursInThePastToRetrieve', Js::max(1, Js::min($hours, 240)));
        $response = $this->public_get_get_trade_history_summary($this->extend($request, $params));
        return $this->parse_ohlcvs(
            $this->required_list($response, 'HistorySummaryItems'),
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
        // GetAccounts: [ { AccountGuid, AccountStatus, AvailableBalance, CurrencyCode, TotalBalance } ], one
        // account per currency.
        $this->load_markets();
        $response = $this->private_post_get_accounts($params);
        if (!(Js::isArray($response))) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent accounts that are no list: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        $result = ['info' => $response];
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            $entry = Js::get($response, $i);
            $account = $this->account();
            Js::set($account, 'free', $this->safe_string($entry, 'AvailableBalance'));
            Js::set($account, 'total', $this->safe_string($entry, 'TotalBalance'));
            Js::setKey(
                $result,
                $this->safe_currency_code($this->safe_string($entry, 'CurrencyCode')),
                $account,
            );
        }
        return $this->safe_balance($result);
    }

    public function fetch_trading_fees($params = null) {
        if ($params === null) {
            $params = [];
        }
        // GetBrokerageFees: [ { CurrencyCode, Fee } ]: the account's fee rate (0.005 is 0.5 %) for the pairs of a
        // primary currency, the same for makers and takers.
        $this->load_markets();
        $response = $this->private_post_get_brokerage_fees($params);
        if (!(Js::isArray($response))) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent brokerage fees that are no list: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        $rates = $this->index_by($response, 'CurrencyCode');
        $result = [];
        for ($i = 0; Js::less($i, Js::length($this->symbols)); $i++) {
            $market = $this->market(Js::get($this->symbols, $i));
            $entry = $this->safe_dict($rates, Js::get($market, 'baseId'));
            if ($entry === null) {
                continue;
            }
            $rate = $this->safe_number($entry, 'Fee');
            Js::setKey(
                $result,
                Js::get($market, 'symbol'),
                [
                    'symbol' => Js::get($market, 'symbol'),
                    'maker' => $rate,
                    'taker' => $rate,
                    'info' => $entry,
                ],
            );
        }
        return $result;
    }

    // --- orders --------------------------------------------------------------------------------------
    public function parse_order($order, $market = null) {
        // One order (PlaceLimitOrder, PlaceMarketOrder, CancelOrder, GetOrderDetails): { OrderGuid,
        // CreatedTimestampUtc, Type, VolumeOrdered, VolumeFilled, Price, AvgPrice, ReservedAmount, Status,
        // PrimaryCurrencyCode, SecondaryCurrencyCode }. A page entry (GetOpenOrders, GetClosedOrders): { OrderGuid,
        // CreatedTimestampUtc, OrderType, Volume, Outstanding (the volume left), Price, AvgPrice, Value, Status,
        // FeePercent, PrimaryCurrencyCode, SecondaryCurrencyCode }; Value is the order's whole value at its price, not
        // what was filled, so it stays in info.
        $market = $this->market_of_pair($order, $market);
        $order_type = $this->safe_list(
            Js::get($this->options, 'orderTypes'),
            $this->safe_string2($order, 'Type', 'OrderType'),
            [],
        );
        return $this->safe_order(
            [
                'id' => $this->safe_string($order, 'OrderGuid'),
                'symbol' => Js::get($market, 'symbol'),
                'timestamp' => $this->parse8601($this->safe_string($order, 'CreatedTimestampUtc')),
                'type' => $this->safe_string($order_type, 0),
                'side' => $this->safe_string($order_type, 1),
                'status' => $this->safe_string(
                    Js::get($this->options, 'orderStatuses'),
                    $this->safe_string($order, 'Status'),
                ),
                'price' => $this->safe_string($order, 'Price'),
                'average' => $this->safe_string($order, 'AvgPrice'),
                'amount' => $this->safe_string2($order, 'VolumeOrdered', 'Volume'),
                'filled' => $this->safe_string($order, 'VolumeFilled'),
                'remaining' => $this->safe_string($order, 'Outstanding'),
                'info' => $order,
            ],
            $market,
        );
    }

    public function create_order($symbol, $type, $side, $amount, $price = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // PlaceLimitOrder: primaryCurrencyCode, secondaryCurrencyCode, orderType (LimitBid, LimitOffer), price,
        // volume. PlaceMarketOrder: primaryCurrencyCode, secondaryCurrencyCode, orderType (MarketBid,
        // MarketOffer), volume, volumeCurrencyType (Primary, or Secondary: the volume is in the secondary
        // currency). The docs list no stop, post-only, reduce-only or client order id parameters.
        $this->load_markets();
        $market = $this->market($symbol);
        // timeInForce first: unifiedOrderParams reads 'PO' as postOnly, and the error should name the param passed.
        $time_in_force = $this->safe_string_upper($params, 'timeInForce');
        if (($time_in_force !== null) && (!($time_in_force === 'GTC') || !($type === 'limit'))) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr($this->id) . ' createOrder () does not support the unified param timeInForce ' . Js::toStr($time_in_force) . ' for ' . Js::toStr(
                        $type,
                    ) . ' orders: limit orders are GTC',
                ),
            );
        }
        [$unified, $rest] = Js::destructure($this->unified_order_params($type, $params), 2);
        $this->reject_unified_params(
            'createOrder',
            $unified,
            ['postOnly', 'reduceOnly', 'triggerPrice', 'stopLossPrice', 'takeProfitPrice', 'clientOrderId'],
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
        $request = $this->pair_request($market);
        $response = null;
        if ($type === 'limit') {
            if ($price === null) {
                throw new ArgumentsRequired(
                    Js::boundedText(
                        Js::toStr($this->id) . ' createOrder () requires a price for a limit order',
                    ),
                );
            }
            Js::set($request, 'orderType', $side === 'buy' ? 'LimitBid' : 'LimitOffer');
            Js::set($request, 'price', $this->price_to_precision($symbol, $price));
            Js::set($request, 'volume', $this->amount_to_precision($symbol, $amount));
            $response = $this->private_post_place_limit_order($this->extend($request, $rest));
        } elseif ($type === 'market') {
            Js::set($request, 'orderType', $side === 'buy' ? 'MarketBid' : 'MarketOffer');
            if (Js::get($unified, 'cost') !== null) {
                // A market order sized in the secondary currency: spend (or receive) this much.
                Js::set($request, 'volume', $this->cost_to_precision($symbol, Js::get($unified, 'cost')));
                Js::set($request, 'volumeCurrencyType', 'Secondary');
            } else {
                Js::set($request, 'volume', $this->amount_to_precision($symbol, $amount));
                Js::set($request, 'volumeCurrencyType', 'Primary');
            }
            $response = $this->private_post_place_market_order($this->extend($request, $rest));
            if (Js::get($unified, 'cost') !== null) {
                // VolumeOrdered and VolumeFilled of an order sized in the secondary currency are no base amounts.
                return $this->extend(
                    $this->parse_order($response, $market),
                    ['amount' => null, 'filled' => null, 'remaining' => null, 'cost' => null],
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
        return $this->parse_order($response, $market);
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
        // CancelOrder: orderGuid; answers the order, with Status Cancelled (or PartiallyFilledAndCancelled).
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $response = $this->private_post_cancel_order($this->extend(['orderGuid' => $id], $params));
        return $this->parse_order($response, $market);
    }

    public function fetch_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // GetOrderDetails: orderGuid.
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $response = $this->private_post_get_order_details($this->extend(['orderGuid' => $id], $params));
        return $this->parse_order($response, $market);
    }

    public function page_request($market, $limit) {
        // The first page of a paginated private list: pageIndex counts from 1, pageSize is at most 50; the pair
        // is optional (all pairs without it).
        $max_page_size = $this->safe_integer($this->options, 'maxPageSize', 50);
        $request = [];
        if ($market !== null) {
            $request['primaryCurrencyCode'] = Js::get($market, 'baseId');
            $request['secondaryCurrencyCode'] = Js::get($market, 'quoteId');
        }
        $request['pageIndex'] = 1;
        $request['pageSize'] = $limit === null ? $max_page_size : Js::min($limit, $max_page_size);
        return $request;
    }

    public function fetch_open_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // GetOpenOrders: a page { PageSize, TotalItems, TotalPages, Data: [ orders ] }, the newest first.
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $response = $this->private_post_get_open_orders(
            $this->extend($this->page_request($market, $limit), $params),
        );
        return $this->parse_orders($this->required_list($response, 'Data'), $market, $since, $limit);
    }

    public function fetch_closed_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // GetClosedOrders: the same page of filled, cancelled and expired orders; it takes no time range.
        if ($this->safe_value($params, 'until') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' fetchClosedOrders () does not support the unified param until: the API takes no time range',
                ),
            );
        }
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $response = $this->private_post_get_closed_orders(
            $this->extend($this->page_request($market, $limit), $params),
        );
        return $this->parse_orders($this->required_list($response, 'Data'), $market, $since, $limit);
    }

    public function fetch_my_trades($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // GetTrades: a page of the account's trades of every pair, the newest first (pageIndex, pageSize).
        if ($this->safe_value($params, 'until') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' fetchMyTrades () does not support the unified param until: the API takes no time range',
                ),
            );
        }
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $request = $this->page_request(null, $limit);
        $response = $this->private_post_get_trades($this->extend($request, $params));
        return $this->parse_trades($this->required_list($response, 'Data'), $market, $since, $limit);
    }

    // --- funding -------------------------------------------------------------------------------------
    public function fetch_deposit_address($code, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // GetDigitalCurrencyDepositAddress: primaryCurrencyCode; answers { DepositAddress, Tag,
        // LastCheckedTimestampUtc, NextUpdateTimestampUtc }. The docs name no network parameter.
        if ($this->safe_value($params, 'network') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' fetchDepositAddress () does not support the unified param network: the API keeps one address per currency',
                ),
            );
        }
        $this->load_markets();
        $currency = $this->currency($code);
        $response = $this->private_post_get_digital_currency_deposit_address(
            $this->extend(['primaryCurrencyCode' => Js::get($currency, 'id')], $params),
        );
        $address = $this->safe_string($response, 'DepositAddress');
        if ($address === null) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent a deposit address answer without DepositAddress: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        return [
            'currency' => Js::get($currency, 'code'),
            'address' => $address,
            'tag' => $this->safe_string($response, 'Tag'),
            'info' => $response,
        ];
    }

    public function parse_transaction($transaction, $currency = null) {
        // WithdrawDigitalCurrency: { TransactionGuid, PrimaryCurrencyCode, CreatedTimestampUtc, Amount: { Total,
        // Fee }, Destination: { Address, Tag }, Status, Transaction: { Hash, ... } or null }.
        $code = $this->safe_currency_code($this->safe_string($transaction, 'PrimaryCurrencyCode'), $currency);
        $amount = $this->safe_dict($transaction, 'Amount', []);
        $destination = $this->safe_dict($transaction, 'Destination', []);
        $on_chain = $this->safe_dict($transaction, 'Transaction', []);
        $fee_cost = $this->safe_string($amount, 'Fee');
        return $this->safe_transaction(
            [
                'id' => $this->safe_string($transaction, 'TransactionGuid'),
                'txid' => $this->safe_string($on_chain, 'Hash'),
                'timestamp' => $this->parse8601($this->safe_string($transaction, 'CreatedTimestampUtc')),
                'address' => $this->safe_string($destination, 'Address'),
                'tag' => $this->safe_string($destination, 'Tag'),
                'type' => 'withdrawal',
                'amount' => $this->safe_string($amount, 'Total'),
                'currency' => $code,
                'status' => $this->safe_string(
                    Js::get($this->options, 'withdrawalStatuses'),
                    $this->safe_string($transaction, 'Status'),
                ),
                'fee' => $fee_cost === null ? null : ['cost' => $fee_cost, 'currency' => $code],
                'info' => $transaction,
            ],
            $currency,
        );
    }

    public function withdraw($code, $amount, $address, $tag = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // WithdrawDigitalCurrency: amount, withdrawalAddress, comment (optional), primaryCurrencyCode, destinationTag
        // (for the currencies that take one). The docs name no network parameter.
        if ($this->safe_value($params, 'network') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' withdraw () does not support the unified param network: the API withdraws on the currency\'s one network',
                ),
            );
        }
        $this->load_markets();
        $currency = $this->currency($code);
        $request = [
            'amount' => $this->number_to_string($amount),
            'withdrawalAddress' => $address,
            'primaryCurrencyCode' => Js::get($currency, 'id'),
        ];
        if ($tag !== null) {
            $request['destinationTag'] = $tag;
        }
        $response = $this->private_post_withdraw_digital_currency($this->extend($request, $params));
        return $this->parse_transaction($response, $currency);
    }

    // --- transport -----------------------------------------------------------------------------------
    public function nonce() {
        return $this->milliseconds();
    }

    public function signature_value($key, $value) {
        // A parameter as the signed text writes it: key=value, the value as the JSON body states it.
        $text = $this->string_of($value);
        if ($text === null) {
            throw new BadRequest(
                Js::boundedText(
                    Js::toStr($this->id) . ' cannot sign the parameter ' . Js::toStr(
                        $key,
                    ) . ': its value must be a string, a number or a boolean',
                ),
            );
        }
        return Js::boundedText(Js::toStr($key) . '=' . Js::toStr($text));
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
        // Private requests: the JSON body is { apiKey, nonce, <parameters>, signature }; the signature is the
        // HMAC-SHA256, in upper-case hex, of the URL, apiKey=<key>, nonce=<nonce> and each parameter as
        // name=value, in the order of the body, joined by commas.
        $url = Js::boundedText(
            Js::toStr($this->safe_string(Js::get($this->urls, 'api'), $api)) . '/' . Js::toStr($path),
        );
        if ($api === 'public') {
            if (count(Js::keys($params)) > 0) {
                $url .= Js::within($url, Js::within($url, '?') . Js::toStr($this->urlencode($params)));
            }
            return ['url' => $url, 'method' => $method, 'body' => $body, 'headers' => $headers];
        }
        $this->check_required_credentials();
        if (Js::has($params, 'apiKey') || Js::has($params, 'nonce') || Js::has($params, 'signature')) {
            // The signed text would name the key or nonce twice, the body once.
            throw new BadRequest(
                Js::boundedText(
                    Js::toStr($this->id) . ' ' . Js::toStr(
                        $path,
                    ) . ' takes no parameter apiKey, nonce or signature: the request is signed with its own',
                ),
            );
        }
        $nonce = $this->nonce();
        $parts = [
            $url,
            $this->signature_value('apiKey', $this->apiKey),
            $this->signature_value('nonce', $nonce),
        ];
        $keys = Js::keys($params);
        for ($i = 0; $i < count($keys); $i++) {
            $parts[] = $this->signature_value($keys[$i], $this->safe_value($params, $keys[$i]));
        }
        $signature = $this->hmac(
            $this->encode(Js::join($parts, ',')),
            $this->encode($this->secret),
            'sha256',
        );
        $request = $this->extend(['apiKey' => $this->apiKey, 'nonce' => $nonce], $params);
        $request['signature'] = Js::upperCase(Js::textReceiver($signature, 'toUpperCase'));
        $body = $this->json($request);
        $headers = ['Content-Type' => 'application/json'];
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
        // { "Message": "..." } with HTTP 400 (or 401, 403, 429).
        if (
            Js::less($status, 400) || ($response === null) || Js::isArray($response) || !(
                Js::typeof($response) === 'object'
            )
        ) {
            return null;
        }
        $message = $this->safe_string($response, 'Message');
        if ($message === null) {
            return null;
        }
        $feedback = Js::boundedText(
            Js::boundedText(Js::toStr($this->id) . ' ') . Js::toStr($this->excerpt($response_body)),
        );
        $this->throw_exactly_matched_exception(Js::get($this->exceptions, 'exact'), $message, $feedback);
        $this->throw_broadly_matched_exception(Js::get($this->exceptions, 'broad'), $message, $feedback);
        if (Js::strictEqual($status, 400)) {
            throw new BadRequest($feedback);
        }
        return null;
    }
}
