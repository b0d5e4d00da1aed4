<?php

// Generated from js/latoken.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class latoken extends Exchange {
    public function describe() {
        return $this->deep_extend(
            parent::describe(),
            [
                'id' => 'latoken',
                'name' => 'Latoken',
                'countries' => ['KY'],
                'version' => 'v2',
                'rateLimit' => 1000,
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
                    'fetchTransactions' => true,
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
                'urls' => [
                    'api' => 'https://api.latoken.com',
                    'www' => 'https://latoken.com',
                    'doc' => 'https://api.latoken.com/doc/v2/',
                    'fees' => 'https://latoken.com/fees',
                ],
                'api' => [
                    'public' => [
                        'get' => [
                            'time',
                            'currency',
                            'pair',
                            'ticker',
                            'ticker/{currency}/{quote}',
                            'book/{currency}/{quote}',
                            'trade/history/{currency}/{quote}',
                            'tradingview/history',
                        ],
                    ],
                    'private' => [
                        'get' => [
                            'auth/account',
                            'auth/order',
                            'auth/order/getOrder/{id}',
                            'auth/order/pair/{currency}/{quote}',
                            'auth/order/pair/{currency}/{quote}/active',
                            'auth/trade',
                            'auth/trade/pair/{currency}/{quote}',
                            'auth/transaction',
                            'auth/transaction/bindings/{currency}',
                        ],
                        'post' => [
                            'auth/order/place',
                            'auth/order/cancel',
                            'auth/transaction/depositAddress',
                            'auth/transaction/withdraw',
                        ],
                    ],
                ],
                'timeframes' => [
                    '1m' => '1m',
                    '1h' => '1h',
                    '4h' => '4h',
                    '6h' => '6h',
                    '12h' => '12h',
                    '1d' => '1d',
                    '1w' => '7d',
                    '1M' => '1M',
                ],
                'requiredCredentials' => ['apiKey' => true, 'secret' => true],
                'fees' => [
                    'trading' => [
                        'tierBased' => true,
                        'percentage' => true,
                        'maker' => 0.0049,
                        'taker' => 0.0049,
                    ],
                ],
                'precisionMode' => TICK_SIZE,
                'options' => [
                    'sameNameParams' => ['clientOrderId'],
                    'timeframeSeconds' => [
                        '1m' => 60,
                        '1h' => 3600,
                        '4h' => 14400,
                        '6h' => 21600,
                        '12h' => 43200,
                        '1d' => 86400,
                        '1w' => 604800,
                        '1M' => 2592000,
                    ],
                    'ohlcvLimit' => 100,
                    'accountsByType' => [
                        'spot' => 'ACCOUNT_TYPE_SPOT',
                        'wallet' => 'ACCOUNT_TYPE_WALLET',
                        'funding' => 'ACCOUNT_TYPE_WALLET',
                    ],
                    'orderStatuses' => [
                        'ORDER_STATUS_PLACED' => 'open',
                        'ORDER_STATUS_CLOSED' => 'closed',
                        'ORDER_STATUS_CANCELLED' => 'canceled',
                    ],
                    'orderTypes' => ['ORDER_TYPE_LIMIT' => 'limit', 'ORDER_TYPE_MARKET' => 'market'],
                    'orderSides' => ['ORDER_SIDE_BUY' => 'buy', 'ORDER_SIDE_SELL' => 'sell'],
                    'orderConditions' => [
                        'ORDER_CONDITION_GOOD_TILL_CANCELLED' => 'GTC',
                        'ORDER_CONDITION_IMMEDIATE_OR_CANCEL' => 'IOC',
                        'ORDER_CONDITION_FILL_OR_KILL' => 'FOK',
                    ],
                    'conditionsByTimeInForce' => [
                        'GTC' => 'GOOD_TILL_CANCELLED',
                        'IOC' => 'IMMEDIATE_OR_CANCEL',
                        'FOK' => 'FILL_OR_KILL',
                    ],
                    'tradeSides' => ['TRADE_DIRECTION_BUY' => 'buy', 'TRADE_DIRECTION_SELL' => 'sell'],
                    'transactionTypes' => [
                        'TRANSACTION_TYPE_DEPOSIT' => 'deposit',
                        'TRANSACTION_TYPE_WITHDRAWAL' => 'withdrawal',
                    ],
                    'transactionStatuses' => [
                        'TRANSACTION_STATUS_PENDING' => 'pending',
                        'TRANSACTION_STATUS_CONFIRMED' => 'ok',
                    ],
                    'networks' => ['BTC' => 'BTC', 'ERC20' => 'ERC20', 'BEP20' => 'BSC_TOKEN'],
                ],
                'exceptions' => [
                    'exact' => [
                        'INSUFFICIENT_FUNDS' => InsufficientFunds::class,
                        'BAD_TICKS' => InvalidOrder::class,
                        'TOO_MANY_REQUESTS' => RateLimitExceeded::class,
                        'SERVICE_UNAVAILABLE' => ExchangeNotAvailable::class,
                        'DEADLINE_EXCEEDED' => RequestTimeout::class,
                    ],
                    'broad' => [
                        'Unable to resolve currency by tag' => BadSymbol::class,
                        'The API key was revoked' => AuthenticationError::class,
                        'insufficient privileges' => PermissionDenied::class,
                        'too much active orders' => InvalidOrder::class,
                        'is lower than minimal allowed quantity' => InvalidOrder::class,
                        'PAIR_STATUS_INACTIVE' => BadSymbol::class,
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
        // time: { serverTime } in ms.
        $response = $this->public_get_time($params);
        return $this->safe_integer($response, 'serverTime');
    }

    public function parse_currency_entry($entry) {
        // { id (a UUID), status: CURRENCY_STATUS_ACTIVE, type, name, tag: 'BTC', decimals, created, ... }
        $id = $this->safe_string($entry, 'id');
        $code = $this->safe_currency_code($this->safe_string($entry, 'tag'));
        return [
            'id' => $id,
            'code' => $code,
            'name' => $this->safe_string($entry, 'name'),
            'active' => $this->safe_string($entry, 'status') === 'CURRENCY_STATUS_ACTIVE',
            'precision' => $this->parse_number(
                $this->parse_precision($this->safe_string($entry, 'decimals')),
            ),
            'info' => $entry,
        ];
    }

    public function fetch_currencies($params = null) {
        if ($params === null) {
            $params = [];
        }
        // currency: the currencies, each named by a UUID; the tag is the only place their codes are.
        $response = $this->public_get_currency($params);
        // fetchMarkets, which loadMarkets calls next, needs the same list: it takes it once from here
        Js::set($this->options, 'fetchedCurrencies', $response);
        $result = [];
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            $currency = $this->parse_currency_entry(Js::get($response, $i));
            if (Js::get($currency, 'code') !== null) {
                Js::setKey($result, Js::get($currency, 'code'), $currency);
            }
        }
        return $result;
    }

    public function fetch_markets($params = null) {
        if ($params === null) {
            $params = [];
        }
        // pair: { id, status: PAIR_STATUS_ACTIVE, baseCurrency, quoteCurrency (currency UUIDs), priceTick,
        // priceDecimals, quantityTick, quantityDecimals, costDisplayDecimals, created, minOrderQuantity,
        // maxOrderCostUsd, minOrderCostUsd }. The codes come from currency (see fetchCurrencies). A market's id
        // here is baseCurrency/quoteCurrency: the path of every market endpoint names the two currencies.
        $currencies = $this->safe_list($this->options, 'fetchedCurrencies');
        Js::set($this->options, 'fetchedCurrencies', null);
        if ($currencies === null) {
            $currencies = $this->public_get_currency();
        }
        $tags = [];
        for ($i = 0; Js::less($i, Js::length($currencies)); $i++) {
            $currency_id = $this->safe_string(Js::get($currencies, $i), 'id');
            if ($currency_id !== null) {
                Js::setKey($tags, $currency_id, $this->safe_string(Js::get($currencies, $i), 'tag'));
            }
        }
        $response = $this->public_get_pair($params);
        $result = [];
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            $entry = Js::get($response, $i);
            $base_id = $this->safe_string($entry, 'baseCurrency');
            $quote_id = $this->safe_string($entry, 'quoteCurrency');
            $base_tag = $this->safe_string($tags, $base_id);
            $quote_tag = $this->safe_string($tags, $quote_id);
            if (($base_tag === null) || ($quote_tag === null)) {
                // a pair of a currency that currency does not list has no symbol
                continue;
            }
            $base = $this->safe_currency_code($base_tag);
            $quote = $this->safe_currency_code($quote_tag);
            $result[] = $this->safe_market_structure(
                [
                    'id' => Js::boundedText(Js::toStr($base_id) . '/' . Js::toStr($quote_id)),
                    'symbol' => Js::boundedText(Js::toStr($base) . '/' . Js::toStr($quote)),
                    'base' => $base,
                    'quote' => $quote,
                    'baseId' => $base_id,
                    'quoteId' => $quote_id,
                    'active' => $this->safe_string($entry, 'status') === 'PAIR_STATUS_ACTIVE',
                    'type' => 'spot',
                    'spot' => true,
                    'taker' => Js::get(Js::get($this->fees, 'trading'), 'taker'),
                    'maker' => Js::get(Js::get($this->fees, 'trading'), 'maker'),
                    'precision' => [
                        'amount' => $this->safe_number($entry, 'quantityTick'),
                        'price' => $this->safe_number($entry, 'priceTick'),
                    ],
                    'limits' => [
                        'amount' => ['min' => $this->safe_number($entry, 'minOrderQuantity'), 'max' => null],
                        'price' => ['min' => null, 'max' => null],
                        'cost' => ['min' => null, 'max' => null],
                    ],
                    'info' => $entry,
                ],
            );
        }
        return $result;
    }

    public function market_request($market) {
        return ['currency' => Js::get($market, 'baseId'), 'quote' => Js::get($market, 'quoteId')];
    }

    // --- market data ---------------------------------------------------------------------------------
    public function parse_ticker($ticker, $market = null) {
        // { symbol: 'SNX/USDT' (tags), baseCurrency, quoteCurrency, volume24h (quote), volume7d, change24h,
        // change7d, lastPrice, bestBid, bestAsk, updateTimestamp }. Whether change24h is a percentage or a price
        // difference is not documented: it stays in info.
        $market_id = Js::boundedText(
            Js::boundedText(Js::toStr($this->safe_string($ticker, 'baseCurrency')) . '/') . Js::toStr(
                $this->safe_string($ticker, 'quoteCurrency'),
            ),
        );
        $market = $this->safe_market($market_id, $market);
        return $this->ticker_structure(
            symbol: Js::get($market, 'symbol'),
            timestamp: $this->safe_integer($ticker, 'updateTimestamp'),
            bid: $this->safe_string($ticker, 'bestBid'),
            ask: $this->safe_string($ticker, 'bestAsk'),
            last: $this->safe_string($ticker, 'lastPrice'),
            quote_volume: $this->safe_string($ticker, 'volume24h'),
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
        $response = $this->public_get_ticker_currency_quote(
            $this->extend($this->market_request($market), $params),
        );
        return $this->parse_ticker($response, $market);
    }

    public function fetch_tickers($symbols = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // ticker: every pair's ticker.
        $this->load_markets();
        $response = $this->public_get_ticker($params);
        $known = [];
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            $market_id = Js::boundedText(
                Js::boundedText(Js::toStr($this->safe_string(Js::get($response, $i), 'baseCurrency')) . '/') . Js::toStr(
                    $this->safe_string(Js::get($response, $i), 'quoteCurrency'),
                ),
            );
            if ($this->safe_value($this->marketsById, $market_id) !== null) {
                $known[] = Js::get($response, $i);
            }
        }
        return $this->parse_tickers($known, $symbols);
    }

    public function fetch_order_book($symbol, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // book/{currency}/{quote}?limit: { ask: [ { price, quantity, cost, accumulated } ], bid, totalAsk,
        // totalBid }, best first; 100 levels a side without limit.
        $this->load_markets();
        $market = $this->market($symbol);
        $request = $this->market_request($market);
        if ($limit !== null) {
            Js::set($request, 'limit', $limit);
        }
        $response = $this->public_get_book_currency_quote($this->extend($request, $params));
        return $this->parse_order_book(
            $response,
            Js::get($market, 'symbol'),
            null,
            'bid',
            'ask',
            'price',
            'quantity',
        );
    }

    public function parse_trade($trade, $market = null) {
        // { id, isMakerBuyer, direction: TRADE_DIRECTION_BUY or TRADE_DIRECTION_SELL, baseCurrency,
        // quoteCurrency, price, quantity, cost, timestamp, makerBuyer } and, for the account's own trades, fee
        // (in the quote currency) and order.
        $market_id = Js::boundedText(
            Js::boundedText(Js::toStr($this->safe_string($trade, 'baseCurrency')) . '/') . Js::toStr(
                $this->safe_string($trade, 'quoteCurrency'),
            ),
        );
        $market = $this->safe_market($market_id, $market);
        $fee = null;
        $fee_cost = $this->safe_string($trade, 'fee');
        if ($fee_cost !== null) {
            $fee = ['cost' => $fee_cost, 'currency' => Js::get($market, 'quote')];
        }
        return $this->trade_structure(
            id: $this->safe_string($trade, 'id'),
            order: $this->safe_string($trade, 'order'),
            timestamp: $this->safe_integer($trade, 'timestamp'),
            symbol: Js::get($market, 'symbol'),
            side: $this->safe_string(
                Js::get($this->options, 'tradeSides'),
                $this->safe_string($trade, 'direction'),
            ),
            price: $this->safe_string($trade, 'price'),
            amount: $this->safe_string($trade, 'quantity'),
            cost: $this->safe_string($trade, 'cost'),
            fee: $fee,
            info: $trade,
            market: $market,
        );
    }

    public function trade_list($response) {
        // A list, or a page { content: [...], hasNext, first, pageSize, hasContent }.
        if (Js::isArray($response)) {
            return $response;
        }
        return $this->safe_list($response, 'content', []);
    }

    public function fetch_trades($symbol, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // trade/history/{currency}/{quote}?limit: the latest trades, newest first.
        $this->load_markets();
        $market = $this->market($symbol);
        $request = $this->market_request($market);
        if ($limit !== null) {
            Js::set($request, 'limit', $limit);
        }
        $response = $this->public_get_trade_history_currency_quote($this->extend($request, $params));
        return $this->parse_trades($this->trade_list($response), $market, $since, $limit);
    }

    public function fetch_ohlcv($symbol, $timeframe = null, $since = null, $limit = null, $params = null) {
        if ($timeframe === null) {
            $timeframe = '1m';
        }
        if ($params === null) {
            $params = [];
        }
        // tradingview/history?symbol={currency}/{quote}&resolution&from&to (seconds; from included, to not):
        // { o: [...], c, l, h, t (seconds), v, s: 'ok' }, one list per field.
        $this->load_markets();
        $market = $this->market($symbol);
        $resolution = $this->safe_string($this->timeframes, $timeframe);
        if ($resolution === null) {
            throw new BadRequest(
                Js::boundedText(
                    Js::toStr($this->id) . ' fetchOHLCV () does not support the timeframe ' . Js::toStr(
                        $timeframe,
                    ),
                ),
            );
        }
        $duration = $this->safe_integer(Js::get($this->options, 'timeframeSeconds'), $timeframe);
        $until = $this->safe_integer($params, 'until');
        $params = $this->omit($params, 'until');
        $count = $limit === null ? Js::get($this->options, 'ohlcvLimit') : $limit;
        $from = null;
        $to = null;
        if ($since !== null) {
            $from = Js::floor(Js::divide($since, 1000));
            $to = $until !== null ? Js::number(Js::floor(Js::divide($until, 1000)) + 1) : Js::add(
                $from,
                Js::multiply($count, $duration),
            );
        } else {
            $to = $until !== null ? Js::number(Js::floor(Js::divide($until, 1000)) + 1) : Js::add(
                $this->seconds(),
                1,
            );
            $from = Js::subtract($to, Js::multiply($count, $duration));
        }
        $request = [
            'symbol' => Js::boundedText(
                Js::boundedText(Js::toStr(Js::get($market, 'baseId')) . '/') . Js::toStr(
                    Js::get($market, 'quoteId'),
                ),
            ),
            'resolution' => $resolution,
            'from' => $from,
            'to' => $to,
        ];
        $response = $this->public_get_tradingview_history($this->extend($request, $params));
        $times = $this->safe_list($response, 't', []);
        $opens = $this->safe_list($response, 'o', []);
        $highs = $this->safe_list($response, 'h', []);
        $lows = $this->safe_list($response, 'l', []);
        $closes = $this->safe_list($response, 'c', []);
        $candles = [];
        for ($i = 0; $i < count($times); $i++) {
            // v is left out: its magnitudes in the documented example are those of the quote currency, and a
            // unified candle's volume is in the base currency, which the endpoint does not report.
            $candles[] = [
                $this->safe_timestamp($times, $i),
                $this->safe_number($opens, $i),
                $this->safe_number($highs, $i),
                $this->safe_number($lows, $i),
                $this->safe_number($closes, $i),
                null,
            ];
        }
        return $this->parse_ohlcvs($candles, $market, $timeframe, $since, $limit);
    }

    public function parse_ohlcv($ohlcv, $market = null) {
        return $ohlcv;
    }

    // --- account -------------------------------------------------------------------------------------
    public function fetch_balance($params = null) {
        if ($params === null) {
            $params = [];
        }
        // auth/account: [ { id, status, type: ACCOUNT_TYPE_SPOT (or WALLET, FUTURES, ...), timestamp, currency
        // (UUID), available, blocked } ]: the spot accounts unless params['type'] names another
        // (options['accountsByType']).
        $this->load_markets();
        $type = $this->safe_string($params, 'type', 'spot');
        $params = $this->omit($params, 'type');
        $account_type = $this->account_type_id($type);
        $response = $this->private_get_auth_account($params);
        $result = ['info' => $response];
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            $entry = Js::get($response, $i);
            if (!Js::strictEqual($this->safe_string($entry, 'type'), $account_type)) {
                continue;
            }
            $code = $this->safe_currency_code($this->safe_string($entry, 'currency'));
            $account = $this->account();
            Js::set($account, 'free', $this->safe_string($entry, 'available'));
            Js::set($account, 'used', $this->safe_string($entry, 'blocked'));
            Js::setKey($result, $code, $account);
        }
        return $this->safe_balance($result);
    }

    // --- orders --------------------------------------------------------------------------------------
    public function parse_order($order, $market = null) {
        // { id, status: ORDER_STATUS_PLACED/CLOSED/CANCELLED, side: ORDER_SIDE_BUY, condition:
        // ORDER_CONDITION_GOOD_TILL_CANCELLED, type: ORDER_TYPE_LIMIT, baseCurrency, quoteCurrency,
        // clientOrderId, price, quantity, cost (price times quantity, not what was filled), filled, trader,
        // timestamp }; place and cancel answer { message, status: SUCCESS, id }.
        $market_id = null;
        $base_id = $this->safe_string($order, 'baseCurrency');
        $quote_id = $this->safe_string($order, 'quoteCurrency');
        if (($base_id !== null) && ($quote_id !== null)) {
            $market_id = Js::boundedText(Js::toStr($base_id) . '/' . Js::toStr($quote_id));
        }
        $market = $this->safe_market($market_id, $market);
        $type = $this->safe_string(Js::get($this->options, 'orderTypes'), $this->safe_string($order, 'type'));
        $price = $this->safe_string($order, 'price');
        if (($type === 'market') && ($price !== null) && Precise::string_eq($price, '0')) {
            $price = null;
        }
        return $this->safe_order(
            [
                'id' => $this->safe_string($order, 'id'),
                'clientOrderId' => $this->safe_string($order, 'clientOrderId'),
                'timestamp' => $this->safe_integer($order, 'timestamp'),
                'symbol' => Js::get($market, 'symbol'),
                'type' => $type,
                'timeInForce' => $this->safe_string(
                    Js::get($this->options, 'orderConditions'),
                    $this->safe_string($order, 'condition'),
                ),
                'side' => $this->safe_string(
                    Js::get($this->options, 'orderSides'),
                    $this->safe_string($order, 'side'),
                ),
                'price' => $price,
                'amount' => $this->safe_string($order, 'quantity'),
                'filled' => $this->safe_string($order, 'filled'),
                'status' => $this->safe_string(
                    Js::get($this->options, 'orderStatuses'),
                    $this->safe_string($order, 'status'),
                ),
                'info' => $order,
            ],
            $market,
        );
    }

    public function create_order($symbol, $type, $side, $amount, $price = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST auth/order/place { baseCurrency, quoteCurrency, side: BUY or SELL, condition: GOOD_TILL_CANCELLED,
        // IMMEDIATE_OR_CANCEL or FILL_OR_KILL, type: LIMIT or MARKET, clientOrderId, price, quantity, timestamp }.
        // timeInForce is the condition and clientOrderId is clientOrderId; the API has no post-only, stop,
        // reduce-only or cost-sized order, so those params are refused.
        $this->load_markets();
        $market = $this->market($symbol);
        [$unified, $rest] = Js::destructure($this->unified_order_params($type, $params), 2);
        $this->reject_unified_params(
            'createOrder',
            $unified,
            ['postOnly', 'reduceOnly', 'triggerPrice', 'stopLossPrice', 'takeProfitPrice', 'cost'],
        );
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
        $time_in_force = Js::get($unified, 'timeInForce') === null ? 'GTC' : Js::get($unified, 'timeInForce');
        $request = [
            'baseCurrency' => Js::get($market, 'baseId'),
            'quoteCurrency' => Js::get($market, 'quoteId'),
            'side' => Js::upperCase(Js::textReceiver($side, 'toUpperCase')),
            'condition' => $this->safe_string(
                Js::get($this->options, 'conditionsByTimeInForce'),
                $time_in_force,
            ),
            'type' => Js::upperCase(Js::textReceiver($type, 'toUpperCase')),
        ];
        if (Js::get($unified, 'clientOrderId') !== null) {
            $request['clientOrderId'] = Js::get($unified, 'clientOrderId');
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
        }
        $request['quantity'] = $this->amount_to_precision($symbol, $amount);
        $request['timestamp'] = $this->milliseconds();
        $response = $this->private_post_auth_order_place($this->extend($request, $rest));
        return $this->safe_order(
            [
                'id' => $this->safe_string($response, 'id'),
                'clientOrderId' => Js::get($unified, 'clientOrderId'),
                'timestamp' => Js::get($request, 'timestamp'),
                'symbol' => Js::get($market, 'symbol'),
                'type' => $type,
                'timeInForce' => $time_in_force,
                'side' => $side,
                'price' => $this->safe_string($request, 'price'),
                'amount' => Js::get($request, 'quantity'),
                'info' => $response,
            ],
            $market,
        );
    }

    public function cancel_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST auth/order/cancel { id } answers { message: 'cancellation request successfully submitted',
        // status: SUCCESS, id }: the request is taken, the order's state is not reported.
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $response = $this->private_post_auth_order_cancel($this->extend(['id' => $id], $params));
        return $this->safe_order(
            [
                'id' => $this->safe_string($response, 'id', $id),
                'symbol' => $market === null ? null : Js::get($market, 'symbol'),
                'info' => $response,
            ],
            $market,
        );
    }

    public function fetch_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // auth/order/getOrder/{id}: one order.
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $response = $this->private_get_auth_order_get_order_id($this->extend(['id' => $id], $params));
        return $this->parse_order($response, $market);
    }

    public function page_request($limit, $params) {
        // limit, and the unified until as from: the history endpoints return the orders and trades before from
        // (ms), newest first.
        $request = [];
        if ($limit !== null) {
            $request['limit'] = $limit;
        }
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            $request['from'] = Js::add($until, 1);
        }
        return [$request, $this->omit($params, 'until')];
    }

    public function fetch_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // auth/order/pair/{currency}/{quote} (or auth/order for every pair)?from&limit: open and past orders.
        $this->load_markets();
        [$request, $rest] = Js::destructure($this->page_request($limit, $params), 2);
        $market = null;
        $response = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
            $response = $this->private_get_auth_order_pair_currency_quote(
                $this->extend($this->extend($request, $this->market_request($market)), $rest),
            );
        } else {
            $response = $this->private_get_auth_order($this->extend($request, $rest));
        }
        return $this->parse_orders($response, $market, $since, $limit);
    }

    public function fetch_open_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // auth/order/pair/{currency}/{quote}/active?limit: the open orders of one pair.
        if ($symbol === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' fetchOpenOrders () requires a symbol: the active orders are listed per pair',
                ),
            );
        }
        $this->load_markets();
        $market = $this->market($symbol);
        $request = $this->market_request($market);
        if ($limit !== null) {
            Js::set($request, 'limit', $limit);
        }
        $response = $this->private_get_auth_order_pair_currency_quote_active(
            $this->extend($request, $params),
        );
        return $this->parse_orders($response, $market, $since, $limit);
    }

    public function fetch_closed_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // fetchOrders' orders that are no longer open (closed or canceled).
        $orders = $this->fetch_orders($symbol, $since, null, $params);
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
        // auth/trade/pair/{currency}/{quote} (or auth/trade for every pair)?from&limit: the account's trades.
        $this->load_markets();
        [$request, $rest] = Js::destructure($this->page_request($limit, $params), 2);
        $market = null;
        $response = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
            $response = $this->private_get_auth_trade_pair_currency_quote(
                $this->extend($this->extend($request, $this->market_request($market)), $rest),
            );
        } else {
            $response = $this->private_get_auth_trade($this->extend($request, $rest));
        }
        return $this->parse_trades($this->trade_list($response), $market, $since, $limit);
    }

    // --- funding -------------------------------------------------------------------------------------
    public function parse_transaction($transaction, $currency = null) {
        // { id, status: TRANSACTION_STATUS_PENDING or CONFIRMED, type: TRANSACTION_TYPE_DEPOSIT or WITHDRAWAL,
        // senderAddress, recipientAddress, amount, transactionFee (in the currency), timestamp, transactionHash,
        // blockHeight, currency (UUID), memo, paymentProvider, requiresCode }
        $code = $this->safe_currency_code($this->safe_string($transaction, 'currency'), $currency);
        $fee = null;
        $fee_cost = $this->safe_string($transaction, 'transactionFee');
        if ($fee_cost !== null) {
            $fee = ['cost' => $fee_cost, 'currency' => $code];
        }
        return $this->safe_transaction(
            [
                'id' => $this->safe_string($transaction, 'id'),
                'txid' => $this->safe_string($transaction, 'transactionHash'),
                'timestamp' => $this->safe_integer($transaction, 'timestamp'),
                'address' => $this->safe_string($transaction, 'recipientAddress'),
                'tag' => $this->safe_string($transaction, 'memo'),
                'type' => $this->safe_string(
                    Js::get($this->options, 'transactionTypes'),
                    $this->safe_string($transaction, 'type'),
                ),
                'amount' => $this->safe_string($transaction, 'amount'),
                'currency' => $code,
                'status' => $this->safe_string(
                    Js::get($this->options, 'transactionStatuses'),
                    $this->safe_string($transaction, 'status'),
                ),
                'fee' => $fee,
                'info' => $transaction,
            ],
            $currency,
        );
    }

    public function fetch_transactions($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // auth/transaction?page&size: { content: [...], hasNext, first, pageSize, hasContent }, newest first,
        // deposits and withdrawals of every currency; no time range.
        $this->load_markets();
        $currency = $code === null ? null : $this->currency($code);
        $request = [];
        if ($limit !== null) {
            $request['size'] = $limit;
        }
        $response = $this->private_get_auth_transaction($this->extend($request, $params));
        return $this->parse_transactions(
            $this->safe_list($response, 'content', []),
            $currency,
            $since,
            $limit,
        );
    }

    public function fetch_transfers_of($type, $code, $since, $limit, $params) {
        $method = $type === 'deposit' ? 'fetchDeposits' : 'fetchWithdrawals';
        $this->reject_unified_params($method, $params, ['until']);
        $transactions = $this->fetch_transactions($code, $since, null, $params);
        $result = [];
        for ($i = 0; Js::less($i, Js::length($transactions)); $i++) {
            if (Js::strictEqual($this->safe_string(Js::get($transactions, $i), 'type'), $type)) {
                $result[] = Js::get($transactions, $i);
            }
        }
        return $this->filter_by_since_limit($result, $since, $limit);
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

    public function currency_binding($method, $currency, $kind, $params) {
        // auth/transaction/bindings/{currency}: [ { id, currencyProvider, status: CURRENCY_BINDING_STATUS_ACTIVE,
        // type: CURRENCY_BINDING_TYPE_INPUT (deposits) or OUTPUT (withdrawals), currency, minAmount, fee,
        // percentFee, feeCurrency, title, memoSupported, decimals, providerName: 'BTC', 'ERC20', 'BSC_TOKEN' } ]:
        // deposits and withdrawals name the binding of one network. With several active ones the unified param
        // network picks it.
        $network_code = $this->safe_string($params, 'network');
        $network_id = $network_code === null ? null : $this->known_network_id(
            $network_code,
            $currency,
            $method,
        );
        $response = $this->private_get_auth_transaction_bindings_currency(
            ['currency' => Js::get($currency, 'id')],
        );
        $candidates = [];
        $providers = [];
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            $binding = Js::get($response, $i);
            if (
                !Js::strictEqual($this->safe_string($binding, 'type'), $kind) || !(
                    $this->safe_string($binding, 'status') === 'CURRENCY_BINDING_STATUS_ACTIVE'
                )
            ) {
                continue;
            }
            $provider = $this->safe_string($binding, 'providerName');
            $providers[] = $provider;
            if (($network_id === null) || Js::strictEqual($provider, $network_id)) {
                $candidates[] = $binding;
            }
        }
        if (count($candidates) == 0) {
            throw new NotSupported(
                Js::boundedText(
                    Js::boundedText(Js::boundedText(Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($method) . ' () finds no active ') . ($network_code === null ? '' : Js::boundedText(Js::toStr($network_code) . ' ')) . 'network of ') . Js::toStr(Js::get($currency, 'code')) . ' (active: ') . Js::join(
                        $providers,
                        ', ',
                    ) . ')',
                ),
            );
        }
        if (count($candidates) > 1) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::boundedText(Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($method) . ' () needs the unified param network: ') . Js::toStr(Js::get($currency, 'code')) . ' has the networks ') . Js::join(
                        $providers,
                        ', ',
                    ),
                ),
            );
        }
        return Js::get($candidates, 0);
    }

    public function fetch_deposit_address($code, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST auth/transaction/depositAddress { currencyBinding } answers { message: 'address generated', status:
        // SUCCESS, depositAccount: { address, memo } }.
        $this->load_markets();
        $currency = $this->currency($code);
        $binding = $this->currency_binding(
            'fetchDepositAddress',
            $currency,
            'CURRENCY_BINDING_TYPE_INPUT',
            $params,
        );
        $request = ['currencyBinding' => $this->safe_string($binding, 'id')];
        $response = $this->private_post_auth_transaction_deposit_address(
            $this->extend($request, $this->omit($params, 'network')),
        );
        $account = $this->safe_dict($response, 'depositAccount', []);
        $address = $this->safe_string($account, 'address');
        if ($address === null) {
            throw new InvalidAddress(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' fetchDepositAddress () got no address for ' . Js::toStr($code) . ': ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        return [
            'currency' => Js::get($currency, 'code'),
            'address' => $address,
            'tag' => $this->safe_string($account, 'memo'),
            'network' => $this->network_code($this->safe_string($binding, 'providerName'), $currency),
            'info' => $response,
        ];
    }

    public function withdraw($code, $amount, $address, $tag = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST auth/transaction/withdraw { currencyBinding, amount, recipientAddress, memo, twoFaCode } answers
        // { withdrawalId, codeRequired, transaction: { ... } }. A code sent by e-mail may have to be confirmed
        // (codeRequired): the transaction is then TRANSACTION_STATUS_UNVERIFIED until it is.
        $this->load_markets();
        $currency = $this->currency($code);
        $binding = $this->currency_binding('withdraw', $currency, 'CURRENCY_BINDING_TYPE_OUTPUT', $params);
        $request = [
            'currencyBinding' => $this->safe_string($binding, 'id'),
            'amount' => $this->number_to_string($amount),
            'recipientAddress' => $address,
        ];
        if ($tag !== null) {
            $request['memo'] = $tag;
        }
        $response = $this->private_post_auth_transaction_withdraw(
            $this->extend($request, $this->omit($params, 'network')),
        );
        $transaction = $this->parse_transaction($this->safe_dict($response, 'transaction', []), $currency);
        Js::set(
            $transaction,
            'id',
            $this->safe_string($response, 'withdrawalId', Js::get($transaction, 'id')),
        );
        Js::set(
            $transaction,
            'network',
            $this->network_code($this->safe_string($binding, 'providerName'), $currency),
        );
        Js::set($transaction, 'info', $response);
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
        // GET sends its params as the query string, POST as a JSON body. X-LA-SIGNATURE: hex HMAC-SHA512, keyed
        // by the secret, of method + path (from /v2, without the query) + the params as key=value pairs joined
        // by & (not percent-encoded), in the order they are sent.
        $request_path = Js::boundedText(
            Js::boundedText('/' . Js::toStr($this->version) . '/') . Js::toStr(
                $this->implode_params($path, $params),
            ),
        );
        $query = $this->omit($params, $this->extract_params($path));
        $has_query = count(Js::keys($query)) > 0;
        $url = Js::boundedText(Js::toStr(Js::get($this->urls, 'api')) . $request_path);
        if (($method === 'GET') && $has_query) {
            $url .= Js::within($url, Js::within($url, '?') . Js::toStr($this->urlencode($query)));
        }
        if ($api === 'public') {
            return ['url' => $url, 'method' => $method, 'body' => $body, 'headers' => $headers];
        }
        $this->check_required_credentials();
        $payload = Js::boundedText(
            Js::boundedText(Js::toStr($method) . $request_path) . Js::toStr(
                $has_query ? $this->rawencode($query) : '',
            ),
        );
        $headers = [
            'X-LA-APIKEY' => $this->apiKey,
            'X-LA-SIGNATURE' => $this->hmac(
                $this->encode($payload),
                $this->encode($this->secret),
                'sha512',
                'hex',
            ),
            'X-LA-DIGEST' => 'HMAC-SHA512',
        ];
        if ($method === 'POST') {
            Js::set($headers, 'Content-Type', 'application/json');
            $body = $has_query ? $this->json($query) : '{}'; // (PHP writes an empty dictionary as [])
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
        // { "message": "...", "error": "INSUFFICIENT_FUNDS", "status": "FAILURE" } with an HTTP 4xx or 5xx
        // status: the error code picks the class, else a known phrase of the message; anything else is an
        // ExchangeError.
        if (Js::less($status, 400)) {
            return;
        }
        if (($response === null) || Js::isArray($response) || !(Js::typeof($response) === 'object')) {
            return;
        }
        $error = $this->safe_string($response, 'error');
        $message = $this->safe_string($response, 'message');
        $feedback = Js::boundedText(
            Js::boundedText(Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($method) . ' ' . Js::toStr($url) . ' ') . Js::toStr($this->number_to_string($status)) . ' ') . Js::toStr(
                $this->excerpt($response_body),
            ),
        );
        $this->throw_exactly_matched_exception(Js::get($this->exceptions, 'exact'), $error, $feedback);
        $this->throw_broadly_matched_exception(Js::get($this->exceptions, 'broad'), $message, $feedback);
        throw new ExchangeError($feedback);
    }
}
