<?php

// Generated from js/bitbay.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class bitbay extends Exchange {
    public function describe() {
        return $this->deep_extend(
            parent::describe(),
            [
                'id' => 'bitbay',
                'name' => 'BitBay (Zonda)',
                'countries' => ['EE'],
                'version' => 'v1_01',
                'rateLimit' => 1000,
                'has' => [
                    'fetchMarkets' => true,
                    'fetchCurrencies' => false,
                    'fetchTicker' => true,
                    'fetchTickers' => true,
                    'fetchOrderBook' => true,
                    'fetchOHLCV' => false,
                    'fetchTrades' => true,
                    'fetchBalance' => true,
                    'createOrder' => true,
                    'cancelOrder' => true,
                    'editOrder' => false,
                    'fetchOrder' => false,
                    'fetchOrders' => false,
                    'fetchOpenOrders' => true,
                    'fetchClosedOrders' => false,
                    'fetchMyTrades' => true,
                    'fetchDeposits' => false,
                    'fetchWithdrawals' => false,
                    'fetchTransactions' => false,
                    'fetchLedger' => false,
                    'fetchDepositAddress' => false,
                    'withdraw' => false,
                    'fetchTime' => false,
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
                    'api' => 'https://api.zondacrypto.exchange/rest',
                    'www' => 'https://zondacrypto.com',
                    'doc' => ['https://docs.zondacrypto.exchange/', 'https://bitbay.net/public-api'],
                    'fees' => 'https://zondacrypto.com/en/trading-fees-table',
                ],
                'api' => [
                    'public' => [
                        'get' => [
                            'trading/ticker',
                            'trading/ticker/{symbol}',
                            'trading/orderbook/{symbol}',
                            'trading/transactions/{symbol}',
                        ],
                    ],
                    'private' => [
                        'get' => [
                            'balances/BITBAY/balance',
                            'trading/offer',
                            'trading/offer/{symbol}',
                            'trading/history/transactions',
                        ],
                        'post' => ['trading/offer/{symbol}', 'trading/stop/offer/{symbol}'],
                        'delete' => ['trading/offer/{symbol}/{id}/{side}/{price}'],
                    ],
                ],
                'requiredCredentials' => ['apiKey' => true, 'secret' => true],
                'fees' => [
                    'trading' => [
                        'tierBased' => true,
                        'percentage' => true,
                        'maker' => 0.003,
                        'taker' => 0.0045,
                    ],
                ],
                'precisionMode' => TICK_SIZE,
                'options' => [
                    'sameNameParams' => ['postOnly'],
                    'offerModes' => [
                        'limit' => 'limit',
                        'market' => 'market',
                        'stop-limit' => 'limit',
                        'stop-market' => 'market',
                    ],
                ],
                'exceptions' => [
                    'exact' => [
                        'MARKET_NOT_RECOGNIZED' => BadSymbol::class,
                        'TICKER_NOT_FOUND' => BadSymbol::class,
                        'MARKET_CODE_CANNOT_BE_EMPTY' => BadSymbol::class,
                        'MARKET_DISABLED' => BadSymbol::class,
                        'NOT_RECOGNIZED_OFFER_TYPE' => InvalidOrder::class,
                        'FUNDS_NOT_SUFFICIENT' => InsufficientFunds::class,
                        'OFFER_FUNDS_NOT_EXCEEDING_MINIMUMS' => InvalidOrder::class,
                        'OFFER_FUNDS_SCALE_ISSUE' => InvalidOrder::class,
                        'PRICE_PRECISION_INVALID' => InvalidOrder::class,
                        'OFFER_COULD_NOT_BE_FILLED' => OrderNotFillable::class,
                        'OFFER_WOULD_HAVE_BEEN_PARTIALLY_FILLED' => OrderNotFillable::class,
                        'FILL_OR_KILL_COMBINED_WITH_POST_ONLY' => InvalidOrder::class,
                        'SELF_TRADING' => InvalidOrder::class,
                        'USER_OFFER_COUNT_LIMIT_EXCEEDED' => InvalidOrder::class,
                        'OFFER_NOT_FOUND' => OrderNotFound::class,
                        'INVALID_RESOLUTION' => BadRequest::class,
                        'INVALID_REQUEST' => BadRequest::class,
                        'MALFORMED_REQUEST' => BadRequest::class,
                        'CONFIG_LOAD_TIMEOUT' => RequestTimeout::class,
                        'SYSTEM_TIMEOUT' => RequestTimeout::class,
                        'CORE_OVERFLOW' => ExchangeNotAvailable::class,
                        'SYSTEM_OVERLOADED' => ExchangeNotAvailable::class,
                        'UNKNOWN_ERROR' => ExchangeError::class,
                    ],
                    'broad' => [],
                ],
            ],
        );
    }

    // --- markets -------------------------------------------------------------------------------------
    public function fetch_markets($params = null) {
        if ($params === null) {
            $params = [];
        }
        // trading/ticker: { status, items: { 'BTC-PLN': { market: { code, amountPrecision, pricePrecision,
        // ratePrecision, first: { currency, minOffer }, second: { currency, minOffer } }, time, highestBid,
        // lowestAsk, rate, previousRate } } (a list is read the same way).
        $response = $this->public_get_trading_ticker($params);
        $items = $this->to_array($this->safe_value($response, 'items', []));
        $result = [];
        for ($i = 0; $i < count($items); $i++) {
            $result[] = $this->parse_market($this->safe_dict(Js::get($items, $i), 'market', []));
        }
        return $result;
    }

    public function parse_market($entry) {
        // amountPrecision: the decimals of an amount of the first currency; ratePrecision: of the rate (the
        // price); the minimum offer is stated in both currencies (an amount and a cost).
        $first = $this->safe_dict($entry, 'first', []);
        $second = $this->safe_dict($entry, 'second', []);
        $base_id = $this->safe_string($first, 'currency');
        $quote_id = $this->safe_string($second, 'currency');
        $base = $this->safe_currency_code($base_id);
        $quote = $this->safe_currency_code($quote_id);
        return $this->safe_market_structure(
            [
                'id' => $this->safe_string($entry, 'code'),
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
                        $this->parse_precision($this->safe_string($entry, 'amountPrecision')),
                    ),
                    'price' => $this->parse_number(
                        $this->parse_precision($this->safe_string($entry, 'ratePrecision')),
                    ),
                ],
                'limits' => [
                    'amount' => ['min' => $this->safe_number($first, 'minOffer'), 'max' => null],
                    'price' => ['min' => null, 'max' => null],
                    'cost' => ['min' => $this->safe_number($second, 'minOffer'), 'max' => null],
                ],
                'info' => $entry,
            ],
        );
    }

    // --- market data ---------------------------------------------------------------------------------
    public function parse_ticker($ticker, $market = null) {
        // { market: { code, ... }, time (ms), highestBid, lowestAsk, rate (the last transaction's), previousRate
        // (the one before) }: no 24 hour statistics.
        $market_info = $this->safe_dict($ticker, 'market', []);
        $market = $this->safe_market($this->safe_string($market_info, 'code'), $market, '-');
        return $this->ticker_structure(
            symbol: Js::get($market, 'symbol'),
            timestamp: $this->safe_integer($ticker, 'time'),
            bid: $this->safe_string($ticker, 'highestBid'),
            ask: $this->safe_string($ticker, 'lowestAsk'),
            last: $this->safe_string($ticker, 'rate'),
            previous_close: $this->safe_string($ticker, 'previousRate'),
            info: $ticker,
            market: $market,
        );
    }

    public function fetch_ticker($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // trading/ticker/{symbol}: { status, ticker: { ... } }.
        $this->load_markets();
        $market = $this->market($symbol);
        $response = $this->public_get_trading_ticker_symbol(
            $this->extend(['symbol' => Js::get($market, 'id')], $params),
        );
        return $this->parse_ticker($this->safe_dict($response, 'ticker', []), $market);
    }

    public function fetch_tickers($symbols = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // trading/ticker: every market's ticker, keyed by market code.
        $this->load_markets();
        $response = $this->public_get_trading_ticker($params);
        return $this->parse_tickers($this->to_array($this->safe_value($response, 'items', [])), $symbols);
    }

    public function fetch_order_book($symbol, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // trading/orderbook/{symbol}: { status, sell: [ { ra (rate), ca (current amount), sa, pa, co } ], buy,
        // timestamp, seqNo }: the best 300 of each side; limit is applied here.
        $this->load_markets();
        $market = $this->market($symbol);
        $response = $this->public_get_trading_orderbook_symbol(
            $this->extend(['symbol' => Js::get($market, 'id')], $params),
        );
        $book = $this->parse_order_book(
            $response,
            Js::get($market, 'symbol'),
            $this->safe_integer($response, 'timestamp'),
            'buy',
            'sell',
            'ra',
            'ca',
        );
        Js::set($book, 'nonce', $this->safe_integer($response, 'seqNo'));
        return $this->limit_order_book($book, $limit);
    }

    public function parse_trade($trade, $market = null) {
        // Public (trading/transactions): { id, t (ms), a (amount), r (rate), ty: 'Buy' or 'Sell' (the taker's side) }.
        // The account's (trading/history/transactions): { id, market, time, amount, rate, initializedBy, wasTaker,
        // userAction: 'Buy' or 'Sell', offerId, commissionValue }: the commission's currency is not stated.
        $market = $this->safe_market($this->safe_string($trade, 'market'), $market, '-');
        $user_action = $this->safe_string_lower($trade, 'userAction');
        $was_taker = $this->safe_bool($trade, 'wasTaker');
        $taker_or_maker = null;
        if ($was_taker !== null) {
            $taker_or_maker = $was_taker ? 'taker' : 'maker';
        }
        $fee = null;
        $fee_cost = $this->safe_string($trade, 'commissionValue');
        if ($fee_cost !== null) {
            $fee = ['cost' => $fee_cost, 'currency' => null];
        }
        return $this->trade_structure(
            id: $this->safe_string($trade, 'id'),
            order: $this->safe_string($trade, 'offerId'),
            symbol: Js::get($market, 'symbol'),
            timestamp: $this->safe_integer2($trade, 't', 'time'),
            side: $user_action !== null ? $user_action : $this->safe_string_lower($trade, 'ty'),
            taker_or_maker: $taker_or_maker,
            price: $this->safe_string2($trade, 'r', 'rate'),
            amount: $this->safe_string2($trade, 'a', 'amount'),
            fee: $fee,
            info: $trade,
            market: $market,
        );
    }

    public function fetch_trades($symbol, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // trading/transactions/{symbol}: { status, items: [ { id, t, a, r, ty } ] }, the most recent transactions;
        // since and limit are applied here.
        $this->load_markets();
        $market = $this->market($symbol);
        $response = $this->public_get_trading_transactions_symbol(
            $this->extend(['symbol' => Js::get($market, 'id')], $params),
        );
        return $this->parse_trades($this->safe_list($response, 'items', []), $market, $since, $limit);
    }

    // --- account -------------------------------------------------------------------------------------
    public function fetch_balance($params = null) {
        if ($params === null) {
            $params = [];
        }
        // balances/BITBAY/balance: { status, balances: [ { id, userId, availableFunds, totalFunds, lockedFunds,
        // currency, type, name, balanceEngine } ] }: a currency may have several wallets, which are summed.
        $this->load_markets();
        $response = $this->private_get_balances_bitbay_balance($params);
        $wallets = $this->safe_list($response, 'balances', []);
        $result = ['info' => $response];
        for ($i = 0; $i < count($wallets); $i++) {
            $wallet = Js::get($wallets, $i);
            $code = $this->safe_currency_code($this->safe_string($wallet, 'currency'));
            $previous = $this->safe_dict($result, $code);
            $account = $this->account();
            Js::set($account, 'free', $this->safe_string($wallet, 'availableFunds'));
            Js::set($account, 'used', $this->safe_string($wallet, 'lockedFunds'));
            Js::set($account, 'total', $this->safe_string($wallet, 'totalFunds'));
            if ($previous !== null) {
                Js::set(
                    $account,
                    'free',
                    Precise::string_add(Js::get($previous, 'free'), Js::get($account, 'free')),
                );
                Js::set(
                    $account,
                    'used',
                    Precise::string_add(Js::get($previous, 'used'), Js::get($account, 'used')),
                );
                Js::set(
                    $account,
                    'total',
                    Precise::string_add(Js::get($previous, 'total'), Js::get($account, 'total')),
                );
            }
            Js::setKey($result, $code, $account);
        }
        return $this->safe_balance($result);
    }

    // --- orders --------------------------------------------------------------------------------------
    public function parse_order($order, $market = null) {
        // Active offers (trading/offer): { market, offerType: 'Buy' or 'Sell', id, currentAmount (left),
        // lockedAmount, rate, startAmount, time, postOnly, hidden, mode: 'limit' or 'market', receivedAmount,
        // firstBalanceId, secondBalanceId }. A new offer: { status, completed, offerId, transactions: [ { amount,
        // rate } ] }; a new stop offer: { status, stopOfferId }: what they report is completed by createOrder.
        $market = $this->safe_market($this->safe_string($order, 'market'), $market, '-');
        $post_only = $this->safe_bool($order, 'postOnly');
        $mode = $this->safe_string_lower($order, 'mode');
        $status = null;
        $completed = $this->safe_bool($order, 'completed');
        if ($completed !== null) {
            $status = $completed ? 'closed' : 'open';
        }
        return $this->safe_order(
            [
                'id' => $this->safe_string_n($order, ['id', 'offerId', 'stopOfferId']),
                'symbol' => Js::get($market, 'symbol'),
                'timestamp' => $this->safe_integer($order, 'time'),
                'status' => $status,
                'type' => $this->safe_string(Js::get($this->options, 'offerModes'), $mode),
                'timeInForce' => $post_only === true ? 'PO' : null,
                'postOnly' => $post_only,
                'side' => $this->safe_string_lower($order, 'offerType'),
                'price' => $this->safe_string($order, 'rate'),
                'triggerPrice' => $this->safe_string($order, 'stopRate'),
                'amount' => $this->safe_string($order, 'startAmount'),
                'remaining' => $this->safe_string($order, 'currentAmount'),
                'info' => $order,
            ],
            $market,
        );
    }

    public function create_order($symbol, $type, $side, $amount, $price = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST trading/offer/{symbol} { offerType: BUY or SELL, amount, price (a market order sized in the second
        // currency), rate (the limit price), postOnly, mode: limit or market, fillOrKill }; a stop order (the
        // unified triggerPrice) is POST trading/stop/offer/{symbol} { offerType, amount, rate, stopRate, mode:
        // stop-limit or stop-market }. Fields an order does not use are left out. The documentation names
        // Immediate or Cancel without its field in the examples at hand, has no client order id and no reduce-only,
        // and its stop orders trigger at the last price whichever the direction: those are refused.
        $this->load_markets();
        $market = $this->market($symbol);
        [$unified, $rest] = Js::destructure($this->unified_order_params($type, $params), 2);
        $this->reject_unified_params(
            'createOrder',
            $unified,
            ['reduceOnly', 'clientOrderId', 'stopLossPrice', 'takeProfitPrice'],
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
        if (Js::get($unified, 'timeInForce') === 'IOC') {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' createOrder () does not support the unified param timeInForce IOC',
                ),
            );
        }
        $request = [
            'symbol' => Js::get($market, 'id'),
            'offerType' => Js::upperCase(Js::textReceiver($side, 'toUpperCase')),
        ];
        if (Js::get($unified, 'cost') !== null) {
            $request['price'] = $this->cost_to_precision($symbol, Js::get($unified, 'cost'));
        } else {
            $request['amount'] = $this->amount_to_precision($symbol, $amount);
        }
        if ($type === 'limit') {
            if ($price === null) {
                throw new ArgumentsRequired(
                    Js::boundedText(
                        Js::toStr($this->id) . ' createOrder () requires a price for a limit order',
                    ),
                );
            }
            $request['rate'] = $this->price_to_precision($symbol, $price);
        }
        $response = null;
        if (Js::get($unified, 'trigger') !== null) {
            if ((Js::get($unified, 'timeInForce') !== null) || (Js::get($unified, 'cost') !== null)) {
                throw new InvalidOrder(
                    Js::boundedText(
                        Js::toStr(
                            $this->id,
                        ) . ' createOrder () a stop order (triggerPrice) takes neither timeInForce nor cost',
                    ),
                );
            }
            $request['stopRate'] = $this->price_to_precision($symbol, Js::get($unified, 'trigger'));
            $request['mode'] = Js::boundedText('stop-' . Js::toStr($type));
            $response = $this->private_post_trading_stop_offer_symbol($this->extend($request, $rest));
        } else {
            $request['mode'] = $type;
            $request['postOnly'] = Js::get($unified, 'postOnly');
            $request['fillOrKill'] = Js::get($unified, 'timeInForce') === 'FOK';
            $response = $this->private_post_trading_offer_symbol($this->extend($request, $rest));
        }
        // The answer names the offer and whether it completed; the rest is what was placed.
        $order = $this->extend(
            [
                'market' => Js::get($market, 'id'),
                'offerType' => $side,
                'mode' => Js::get($request, 'mode'),
                'rate' => $this->safe_string($request, 'rate'),
                'startAmount' => $this->safe_string($request, 'amount'),
                'stopRate' => $this->safe_string($request, 'stopRate'),
                'postOnly' => $this->safe_bool($request, 'postOnly'),
            ],
            $response,
        );
        $parsed = $this->parse_order($order, $market);
        if (Js::get($unified, 'trigger') !== null) {
            // A stop offer waits for its stopRate: it is open until it triggers.
            return $this->extend($parsed, ['status' => 'open', 'info' => $response]);
        }
        return $this->extend($parsed, ['info' => $response]);
    }

    public function cancel_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // DELETE trading/offer/{symbol}/{id}/{side}/{price}: the path names the offer's side and rate, so the
        // offer is looked up among the market's active offers first (OrderNotFound when it is not there).
        if ($symbol === null) {
            throw new ArgumentsRequired(
                Js::boundedText(Js::toStr($this->id) . ' cancelOrder () requires a symbol'),
            );
        }
        $this->load_markets();
        $market = $this->market($symbol);
        $offers = $this->private_get_trading_offer_symbol(['symbol' => Js::get($market, 'id')]);
        $items = $this->safe_list($offers, 'items', []);
        $found = null;
        for ($i = 0; $i < count($items); $i++) {
            if (Js::strictEqual($this->safe_string(Js::get($items, $i), 'id'), $id)) {
                $found = Js::get($items, $i);
            }
        }
        if ($found === null) {
            throw new OrderNotFound(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' cancelOrder () found no active offer ' . Js::toStr($id) . ' in ') . Js::toStr(
                        Js::get($market, 'id'),
                    ),
                ),
            );
        }
        $request = [
            'symbol' => Js::get($market, 'id'),
            'id' => $id,
            'side' => $this->safe_string_lower($found, 'offerType'),
            'price' => $this->safe_string($found, 'rate'),
        ];
        $response = $this->private_delete_trading_offer_symbol_id_side_price(
            $this->extend($request, $params),
        );
        $order = $this->parse_order($found, $market);
        return $this->extend($order, ['status' => 'canceled', 'info' => $response]);
    }

    public function fetch_open_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // trading/offer (every market) or trading/offer/{symbol}: { status, items: [ offer ] }.
        $this->load_markets();
        $response = null;
        $market = null;
        if ($symbol === null) {
            $response = $this->private_get_trading_offer($params);
        } else {
            $market = $this->market($symbol);
            $response = $this->private_get_trading_offer_symbol(
                $this->extend(['symbol' => Js::get($market, 'id')], $params),
            );
        }
        $items = $this->safe_list($response, 'items', []);
        $result = [];
        for ($i = 0; $i < count($items); $i++) {
            $result[] = $this->extend($this->parse_order(Js::get($items, $i), $market), ['status' => 'open']);
        }
        return $this->filter_by_symbol_since_limit(
            $this->sort_by($result, 'timestamp'),
            $symbol,
            $since,
            $limit,
        );
    }

    public function fetch_my_trades($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // trading/history/transactions?query={ markets, fromTime, toTime, ... } (the filter is JSON in the query):
        // { status, totalRows, items: [ ... ], query, nextPageCursor }. There is no limit parameter: it is applied
        // here.
        $this->load_markets();
        $filter = [];
        $market = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
            $filter['markets'] = [Js::get($market, 'id')];
        }
        if ($since !== null) {
            $filter['fromTime'] = $since;
        }
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            $filter['toTime'] = $until;
        }
        $request = [];
        if (count(Js::keys($filter)) > 0) {
            $request['query'] = $this->json($filter);
        }
        $response = $this->private_get_trading_history_transactions(
            $this->extend($request, $this->omit($params, 'until')),
        );
        return $this->parse_trades($this->safe_list($response, 'items', []), $market, $since, $limit);
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
            Js::boundedText(Js::toStr(Js::get($this->urls, 'api')) . '/') . Js::toStr(
                $this->implode_params($path, $params),
            ),
        );
        $query = $this->omit($params, $this->extract_params($path));
        $has_body = ($method === 'POST') || ($method === 'PUT');
        if (!($has_body) && (count(Js::keys($query)) > 0)) {
            $url .= Js::within($url, Js::within($url, '?') . Js::toStr($this->urlencode($query)));
        }
        if ($api === 'public') {
            return ['url' => $url, 'method' => $method, 'body' => $body, 'headers' => $headers];
        }
        // API-Hash: hex HMAC-SHA512, keyed by the secret, of the API key + Request-Timestamp (Unix seconds) + the
        // JSON body (empty for GET and DELETE); operation-id is a fresh UUID for every operation.
        $this->check_required_credentials();
        $timestamp = $this->number_to_string($this->seconds());
        $payload = '';
        if ($has_body) {
            $body = count(Js::keys($query)) > 0 ? $this->json(
                $query,
            ) : '{}'; // (PHP writes an empty dictionary as [])
            $payload = $body;
        }
        $headers = [
            'API-Key' => $this->apiKey,
            'API-Hash' => $this->hmac(
                $this->encode(Js::add(Js::add($this->apiKey, $timestamp), $payload)),
                $this->encode($this->secret),
                'sha512',
            ),
            'operation-id' => $this->uuid(),
            'Request-Timestamp' => $timestamp,
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
        // { "status": "Fail", "errors": [ "FUNDS_NOT_SUFFICIENT" ] }, with HTTP 200: the first known message picks
        // the error class; an unknown one is an ExchangeError.
        if (($response === null) || Js::isArray($response) || !(Js::typeof($response) === 'object')) {
            return;
        }
        if (!($this->safe_string($response, 'status') === 'Fail')) {
            return;
        }
        $errors = $this->safe_list($response, 'errors', []);
        $feedback = Js::boundedText(
            Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($method) . ' ' . Js::toStr($url) . ' ') . Js::toStr(
                $this->excerpt($response_body),
            ),
        );
        for ($i = 0; $i < count($errors); $i++) {
            $message = Js::get($errors, $i);
            if (Js::typeof($message) === 'string') {
                $this->throw_exactly_matched_exception(
                    Js::get($this->exceptions, 'exact'),
                    $message,
                    $feedback,
                );
            }
        }
        throw new ExchangeError($feedback);
    }
}
