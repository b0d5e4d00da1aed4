<?php

// Generated from js/poloniex.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class poloniex extends Exchange {
    public function describe() {
        return $this->deep_extend(
            parent::describe(),
            [
                'id' => 'poloniex',
                'name' => 'Poloniex',
                'countries' => ['US'],
                'version' => null,
                'rateLimit' => 5,
                'has' => [
                    'fetchCurrencies' => true,
                    'fetchTime' => true,
                    'fetchTradingFees' => true,
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
                    'createDepositAddress' => true,
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
                    'logo' => 'https://poloniex.com/images/logo.svg',
                    'api' => 'https://api.poloniex.com',
                    'www' => 'https://poloniex.com',
                    'doc' => 'https://api-docs.poloniex.com/spot/',
                    'fees' => 'https://poloniex.com/fees',
                    'ws' => [
                        'public' => 'wss://ws.poloniex.com/ws/public',
                        'private' => 'wss://ws.poloniex.com/ws/private',
                    ],
                ],
                'api' => [
                    'public' => [
                        'get' => [
                            'markets' => 1,
                            'markets/{symbol}' => 1,
                            'currencies' => 1,
                            'currencies/{currency}' => 1,
                            'v2/currencies' => 1,
                            'v2/currencies/{currency}' => 1,
                            'timestamp' => 1,
                            'markets/price' => 1,
                            'markets/{symbol}/price' => 1,
                            'markets/markPrice' => 1,
                            'markets/{symbol}/markPrice' => 1,
                            'markets/{symbol}/markPriceComponents' => 1,
                            'markets/{symbol}/orderBook' => 1,
                            'markets/{symbol}/candles' => 1,
                            'markets/{symbol}/trades' => 1,
                            'markets/ticker24h' => 1,
                            'markets/{symbol}/ticker24h' => 1,
                            'markets/collateralInfo' => 1,
                            'markets/{currency}/collateralInfo' => 1,
                            'markets/borrowRatesInfo' => 1,
                        ],
                    ],
                    'private' => [
                        'get' => [
                            'accounts' => 20,
                            'accounts/balances' => 20,
                            'accounts/{id}/balances' => 20,
                            'accounts/activity' => 20,
                            'accounts/transfer' => 20,
                            'accounts/transfer/{id}' => 20,
                            'accounts/interest/history' => 20,
                            'feeinfo' => 20,
                            'subaccounts' => 20,
                            'subaccounts/balances' => 20,
                            'subaccounts/{id}/balances' => 20,
                            'subaccounts/transfer' => 20,
                            'subaccounts/transfer/{id}' => 20,
                            'wallets/addresses' => 20,
                            'wallets/addresses/{currency}' => 20,
                            'wallets/activity' => 20,
                            'margin/accountMargin' => 20,
                            'margin/borrowStatus' => 20,
                            'margin/maxSize' => 20,
                            'orders' => 4,
                            'orders/{id}' => 4,
                            'orders/killSwitchStatus' => 4,
                            'orders/history' => 20,
                            'smartorders' => 4,
                            'smartorders/{id}' => 4,
                            'smartorders/history' => 20,
                            'trades' => 20,
                            'orders/{id}/trades' => 4,
                        ],
                        'post' => [
                            'accounts/transfer' => 20,
                            'subaccounts/transfer' => 20,
                            'wallets/address' => 20,
                            'wallets/withdraw' => 20,
                            'v2/wallets/withdraw' => 20,
                            'orders' => 4,
                            'orders/batch' => 4,
                            'orders/killSwitch' => 4,
                            'smartorders' => 4,
                        ],
                        'put' => ['orders/{id}' => 4, 'smartorders/{id}' => 4],
                        'delete' => [
                            'orders/{id}' => 4,
                            'orders/cancelByIds' => 4,
                            'orders' => 4,
                            'smartorders/{id}' => 4,
                            'smartorders/cancelByIds' => 4,
                            'smartorders' => 4,
                        ],
                    ],
                ],
                'timeframes' => [
                    '1m' => 'MINUTE_1',
                    '5m' => 'MINUTE_5',
                    '10m' => 'MINUTE_10',
                    '15m' => 'MINUTE_15',
                    '30m' => 'MINUTE_30',
                    '1h' => 'HOUR_1',
                    '2h' => 'HOUR_2',
                    '4h' => 'HOUR_4',
                    '6h' => 'HOUR_6',
                    '12h' => 'HOUR_12',
                    '1d' => 'DAY_1',
                    '3d' => 'DAY_3',
                    '1w' => 'WEEK_1',
                    '1M' => 'MONTH_1',
                ],
                'requiredCredentials' => ['apiKey' => true, 'secret' => true],
                'fees' => [
                    'trading' => [
                        'tierBased' => true,
                        'percentage' => true,
                        'taker' => 0.002,
                        'maker' => 0.002,
                    ],
                ],
                'precisionMode' => TICK_SIZE,
                'options' => [
                    'sameNameParams' => ['clientOrderId'],
                    'accountsByType' => ['spot' => 'SPOT', 'futures' => 'FUTURES'],
                    'networks' => ['ERC20' => 'ETH', 'TRC20' => 'TRON', 'BEP20' => 'BSC'],
                    'orderStatuses' => [
                        'NEW' => 'open',
                        'PARTIALLY_FILLED' => 'open',
                        'PENDING_CANCEL' => 'open',
                        'FILLED' => 'closed',
                        'PARTIALLY_CANCELED' => 'canceled',
                        'CANCELED' => 'canceled',
                        'FAILED' => 'rejected',
                    ],
                    'transactionStatuses' => [
                        'COMPLETED' => 'ok',
                        'COMPLETE' => 'ok',
                        'PENDING' => 'pending',
                        'AWAITING APPROVAL' => 'pending',
                        'CANCELED' => 'canceled',
                        'FAILED' => 'failed',
                    ],
                    'transactionsDays' => 30,
                ],
                'exceptions' => [
                    'exact' => [
                        '500' => ExchangeNotAvailable::class,
                        '603' => RequestTimeout::class,
                        '601' => BadRequest::class,
                        '415' => ExchangeNotAvailable::class,
                        '602' => BadRequest::class,
                        '21604' => BadRequest::class,
                        '21600' => AuthenticationError::class,
                        '21605' => BadRequest::class,
                        '21102' => BadRequest::class,
                        '21100' => AuthenticationError::class,
                        '21704' => BadRequest::class,
                        '21700' => ExchangeError::class,
                        '21705' => BadRequest::class,
                        '21707' => ExchangeNotAvailable::class,
                        '21708' => PermissionDenied::class,
                        '21601' => AccountSuspended::class,
                        '21711' => PermissionDenied::class,
                        '21709' => InsufficientFunds::class,
                        '21110' => BadSymbol::class,
                        '10040' => BadSymbol::class,
                        '10060' => BadSymbol::class,
                        '10020' => BadRequest::class,
                        '10041' => InvalidOrder::class,
                        '21340' => OnMaintenance::class,
                        '21341' => OnMaintenance::class,
                    ],
                    'broad' => [
                        'Insufficient balance' => InsufficientFunds::class,
                        'Invalid symbol' => BadSymbol::class,
                        'Unauthorized' => AuthenticationError::class,
                        'Illegal of api key' => AuthenticationError::class,
                        'Too many requests' => RateLimitExceeded::class,
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
        // timestamp: { serverTime } in milliseconds.
        $response = $this->public_get_timestamp($params);
        return $this->safe_integer($response, 'serverTime');
    }

    public function fetch_trading_fees($params = null) {
        if ($params === null) {
            $params = [];
        }
        // feeinfo: the account's makerRate and takerRate, the same for every market.
        $this->load_markets();
        $response = $this->private_get_feeinfo($params);
        $fees = [];
        for ($i = 0; Js::less($i, Js::length($this->symbols)); $i++) {
            $symbol = Js::get($this->symbols, $i);
            Js::setKey(
                $fees,
                $symbol,
                [
                    'symbol' => $symbol,
                    'maker' => $this->safe_number($response, 'makerRate'),
                    'taker' => $this->safe_number($response, 'takerRate'),
                    'info' => $response,
                ],
            );
        }
        return $fees;
    }

    public function fetch_trading_fee($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // feeinfo's rates hold for every market.
        return $this->trading_fee_of_all($symbol, $params);
    }

    public function fetch_deposit_withdraw_fees($codes = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // currencies, as fetchCurrencies reads it: each currency's withdrawalFee, on its own chain.
        $currencies = $this->fetch_currencies($params);
        return $this->deposit_withdraw_fees_from_currencies($currencies, $codes);
    }

    public function fetch_currencies($params = null) {
        if ($params === null) {
            $params = [];
        }
        // A list of one-entry dictionaries: [ { "BTC": { ... } }, { "ETH": { ... } } ]; the result is keyed by
        // unified code, each currency with its own blockchain as its network.
        $response = $this->public_get_currencies($params);
        $result = [];
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            $ids = Js::keys(Js::get($response, $i));
            for ($j = 0; $j < count($ids); $j++) {
                $id = $ids[$j];
                $entry = $this->safe_value(Js::get($response, $i), $id);
                $deposit = $this->safe_string($entry, 'walletDepositState') === 'ENABLED';
                $withdraw = $this->safe_string($entry, 'walletWithdrawalState') === 'ENABLED';
                $code = $this->safe_currency_code($id);
                $active = $deposit && $withdraw && ($this->safe_bool($entry, 'delisted') === false);
                $fee = $this->safe_number($entry, 'withdrawalFee');
                $blockchain = $this->safe_string($entry, 'blockchain');
                $networks = [];
                if ($blockchain !== null) {
                    $network_code = $this->network_code($blockchain);
                    Js::setKey(
                        $networks,
                        $network_code,
                        [
                            'id' => $blockchain,
                            'network' => $network_code,
                            'active' => $active,
                            'deposit' => $deposit,
                            'withdraw' => $withdraw,
                            'fee' => $fee,
                        ],
                    );
                }
                Js::setKey(
                    $result,
                    $code,
                    [
                        'id' => $id,
                        'code' => $code,
                        'name' => $this->safe_string($entry, 'name'),
                        'active' => $active,
                        'deposit' => $deposit,
                        'withdraw' => $withdraw,
                        'fee' => $fee,
                        'networks' => $networks,
                        'info' => $entry,
                    ],
                );
            }
        }
        return $result;
    }

    public function fetch_markets($params = null) {
        if ($params === null) {
            $params = [];
        }
        $response = $this->public_get_markets($params);
        $result = [];
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            $entry = Js::get($response, $i);
            $base_id = $this->safe_string($entry, 'baseCurrencyName');
            $quote_id = $this->safe_string($entry, 'quoteCurrencyName');
            $base = $this->safe_currency_code($base_id);
            $quote = $this->safe_currency_code($quote_id);
            $limits = $this->safe_dict($entry, 'symbolTradeLimit', []);
            $result[] = $this->safe_market_structure(
                [
                    'id' => $this->safe_string($entry, 'symbol'),
                    'symbol' => Js::boundedText(Js::toStr($base) . '/' . Js::toStr($quote)),
                    'base' => $base,
                    'quote' => $quote,
                    'baseId' => $base_id,
                    'quoteId' => $quote_id,
                    'active' => $this->safe_string($entry, 'state') === 'NORMAL',
                    'type' => 'spot',
                    'spot' => true,
                    'taker' => Js::get(Js::get($this->fees, 'trading'), 'taker'),
                    'maker' => Js::get(Js::get($this->fees, 'trading'), 'maker'),
                    'precision' => [
                        'amount' => $this->parse_number(
                            $this->parse_precision($this->safe_string($limits, 'quantityScale')),
                        ),
                        'price' => $this->parse_number(
                            $this->parse_precision($this->safe_string($limits, 'priceScale')),
                        ),
                    ],
                    'limits' => [
                        'amount' => [
                            'min' => $this->safe_number($limits, 'minQuantity'),
                            'max' => $this->positive_number($limits, 'maxQuantity'),
                        ],
                        'price' => ['min' => null, 'max' => null],
                        'cost' => [
                            'min' => $this->safe_number($limits, 'minAmount'),
                            'max' => $this->positive_number($limits, 'maxAmount'),
                        ],
                    ],
                    'info' => $entry,
                ],
            );
        }
        return $result;
    }

    public function positive_number($dictionary, $key) {
        // The number under key, undefined when it is missing or not above 0.
        $value = $this->safe_string($dictionary, $key);
        if (($value === null) || !(Precise::string_gt($value, '0'))) {
            return null;
        }
        return $this->parse_number($value);
    }

    public function order_type($type) {
        // MARKET, LIMIT and LIMIT_MAKER (a post-only limit order): [ unified type, postOnly ].
        if ($type === null) {
            return [null, null];
        }
        if ($type === 'LIMIT_MAKER') {
            return ['limit', true];
        }
        return [Js::lowerCase(Js::textReceiver($type, 'toLowerCase')), null];
    }

    // --- market data ---------------------------------------------------------------------------------
    public function parse_ticker($ticker, $market = null) {
        // dailyChange is a ratio: 0.0137 is 1.37 %.
        $change = $this->safe_string($ticker, 'dailyChange');
        return $this->ticker_structure(
            symbol: $this->safe_symbol($this->safe_string($ticker, 'symbol'), $market),
            timestamp: $this->safe_integer($ticker, 'ts'),
            high: $this->safe_string($ticker, 'high'),
            low: $this->safe_string($ticker, 'low'),
            bid: $this->safe_string($ticker, 'bid'),
            bid_volume: $this->safe_string($ticker, 'bidQuantity'),
            ask: $this->safe_string($ticker, 'ask'),
            ask_volume: $this->safe_string($ticker, 'askQuantity'),
            open: $this->safe_string($ticker, 'open'),
            last: $this->safe_string($ticker, 'close'),
            percentage: $change === null ? null : Precise::string_mul($change, '100'),
            base_volume: $this->safe_string($ticker, 'quantity'),
            quote_volume: $this->safe_string($ticker, 'amount'),
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
        $response = $this->public_get_markets_symbol_ticker24h(
            $this->extend(['symbol' => Js::get($market, 'id')], $params),
        );
        return $this->parse_ticker($response, $market);
    }

    public function fetch_tickers($symbols = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $response = $this->public_get_markets_ticker24h($params);
        return $this->parse_tickers($response, $symbols);
    }

    public function fetch_order_book($symbol, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // Each side is one flat list: [ price, quantity, price, quantity, ... ].
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['symbol' => Js::get($market, 'id')];
        if ($limit !== null) {
            $request['limit'] = $limit;
        }
        $response = $this->public_get_markets_symbol_order_book($this->extend($request, $params));
        $book = [
            'bids' => $this->pairs_of($this->safe_list($response, 'bids', [])),
            'asks' => $this->pairs_of($this->safe_list($response, 'asks', [])),
        ];
        return $this->parse_order_book(
            $book,
            Js::get($market, 'symbol'),
            $this->safe_integer($response, 'time'),
        );
    }

    public function pairs_of($flat) {
        $result = [];
        for ($i = 0; Js::less(Js::number($i + 1), Js::length($flat)); $i = Js::number($i + 2)) {
            $result[] = [Js::get($flat, $i), Js::get($flat, Js::number($i + 1))];
        }
        return $result;
    }

    public function parse_ohlcv($ohlcv, $market = null) {
        // [ low, high, open, close, amount, quantity, buyTakerAmount, buyTakerQuantity, tradeCount, ts,
        //   weightedAverage, interval, startTime, closeTime ]
        return [
            $this->safe_integer($ohlcv, 12),
            $this->safe_number($ohlcv, 2),
            $this->safe_number($ohlcv, 1),
            $this->safe_number($ohlcv, 0),
            $this->safe_number($ohlcv, 3),
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
        $response = $this->public_get_markets_symbol_candles(
            $this->extend($request, $this->omit($params, 'until')),
        );
        return $this->parse_ohlcvs($response, $market, $timeframe, $since, $limit);
    }

    public function parse_trade($trade, $market = null) {
        // Public: { id, price, quantity, amount, takerSide, ts, createTime }; the account's trades add
        // symbol, orderId, side, type, matchRole, feeCurrency and feeAmount.
        $market = $this->safe_market($this->safe_string($trade, 'symbol'), $market);
        $fee = null;
        $fee_cost = $this->safe_string($trade, 'feeAmount');
        if ($fee_cost !== null) {
            $fee = [
                'cost' => $fee_cost,
                'currency' => $this->safe_currency_code($this->safe_string($trade, 'feeCurrency')),
            ];
        }
        return $this->trade_structure(
            id: $this->safe_string($trade, 'id'),
            order: $this->safe_string($trade, 'orderId'),
            symbol: Js::get($market, 'symbol'),
            timestamp: $this->safe_integer($trade, 'createTime'),
            type: Js::get($this->order_type($this->safe_string($trade, 'type')), 0),
            side: $this->safe_string_lower2($trade, 'side', 'takerSide'),
            taker_or_maker: $this->safe_string_lower($trade, 'matchRole'),
            price: $this->safe_string($trade, 'price'),
            amount: $this->safe_string($trade, 'quantity'),
            cost: $this->safe_string($trade, 'amount'),
            fee: $fee,
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
        $request = ['symbol' => Js::get($market, 'id')];
        if ($limit !== null) {
            $request['limit'] = $limit;
        }
        $response = $this->public_get_markets_symbol_trades($this->extend($request, $params));
        return $this->parse_trades($response, $market, $since, $limit);
    }

    // --- account -------------------------------------------------------------------------------------
    public function fetch_balance($params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $response = $this->private_get_accounts_balances($this->extend(['accountType' => 'SPOT'], $params));
        $result = ['info' => $response];
        $balances = $this->safe_list($this->safe_dict($response, 0, []), 'balances', []);
        for ($i = 0; $i < count($balances); $i++) {
            $entry = Js::get($balances, $i);
            $account = $this->account();
            Js::set($account, 'free', $this->safe_string($entry, 'available'));
            Js::set($account, 'used', $this->safe_string($entry, 'hold'));
            Js::setKey($result, $this->safe_currency_code($this->safe_string($entry, 'currency')), $account);
        }
        return $this->safe_balance($result);
    }

    // --- orders --------------------------------------------------------------------------------------
    public function parse_order($order, $market = null) {
        $market = $this->safe_market($this->safe_string($order, 'symbol'), $market);
        $price = $this->safe_string($order, 'price');
        if (($price !== null) && Precise::string_eq($price, '0')) {
            $price = null;
        }
        $average = $this->safe_string($order, 'avgPrice');
        if (($average !== null) && Precise::string_eq($average, '0')) {
            $average = null;
        }
        $status = $this->safe_string($order, 'state');
        // LIMIT_MAKER is a post-only limit order. quantity is the order's size in base units, amount in quote
        // units: a market buy is sized by amount and has a quantity of 0, so its base amount is not known
        // (until it is filled: then it is what was filled).
        [$type, $post_only] = Js::destructure($this->order_type($this->safe_string($order, 'type')), 2);
        $amount = $this->safe_string($order, 'quantity');
        if (($amount !== null) && Precise::string_eq($amount, '0')) {
            $amount = $status === 'FILLED' ? $this->safe_string($order, 'filledQuantity') : null;
        }
        return $this->safe_order(
            [
                'id' => $this->safe_string2($order, 'id', 'orderId'),
                'clientOrderId' => $this->safe_string($order, 'clientOrderId'),
                'symbol' => Js::get($market, 'symbol'),
                'timestamp' => $this->safe_integer($order, 'createTime'),
                'lastUpdateTimestamp' => $this->safe_integer($order, 'updateTime'),
                'status' => $this->safe_string(Js::get($this->options, 'orderStatuses'), $status, $status),
                'type' => $type,
                'timeInForce' => Js::truthy($post_only) ? 'PO' : $this->safe_string($order, 'timeInForce'),
                'postOnly' => $post_only,
                'side' => $this->safe_string_lower($order, 'side'),
                'price' => $price,
                'amount' => $amount,
                'filled' => $this->safe_string($order, 'filledQuantity'),
                'cost' => $this->safe_string($order, 'filledAmount'),
                'average' => $average,
                'info' => $order,
            ],
            $market,
        );
    }

    public function create_order($symbol, $type, $side, $amount, $price = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST /orders; a market buy is sized in the quote currency: amount * price, so it needs a price too,
        // unless the unified cost gives that amount. The unified params map to Poloniex's fields: postOnly is
        // the type LIMIT_MAKER, timeInForce is timeInForce (GTC, IOC, FOK), clientOrderId is clientOrderId,
        // cost is amount (quote units, market orders); triggerPrice and stopLossPrice make a smart order
        // (POST /smartorders) of type STOP or STOP_LIMIT with stopPrice. Poloniex's smart orders have no
        // take-profit kind and spot has no reduce-only: NotSupported.
        $this->load_markets();
        $market = $this->market($symbol);
        [$unified, $rest] = Js::destructure($this->unified_order_params($type, $params), 2);
        $this->reject_unified_params('createOrder', $unified, ['takeProfitPrice', 'reduceOnly']);
        $trigger = Js::get($unified, 'trigger');
        $poloniex_type = Js::upperCase(Js::textReceiver($type, 'toUpperCase'));
        if (Js::truthy(Js::get($unified, 'postOnly'))) {
            $poloniex_type = 'LIMIT_MAKER';
        } elseif ($trigger !== null) {
            $poloniex_type = $type === 'limit' ? 'STOP_LIMIT' : 'STOP';
        }
        $request = [
            'symbol' => Js::get($market, 'id'),
            'side' => Js::upperCase(Js::textReceiver($side, 'toUpperCase')),
            'type' => $poloniex_type,
        ];
        if (Js::get($unified, 'cost') !== null) {
            $request['amount'] = $this->cost_to_precision($symbol, Js::get($unified, 'cost'));
        } elseif (($type === 'market') && ($side === 'buy')) {
            if ($price === null) {
                throw new ArgumentsRequired(
                    Js::boundedText(
                        Js::toStr(
                            $this->id,
                        ) . ' createOrder () needs a price for a market buy, which is sized in the quote currency (amount * price), or params["cost"]',
                    ),
                );
            }
            $cost = Precise::string_mul($this->number_to_string($amount), $this->number_to_string($price));
            $request['amount'] = $this->cost_to_precision($symbol, $cost);
        } else {
            $request['quantity'] = $this->amount_to_precision($symbol, $amount);
        }
        $time_in_force = Js::get($unified, 'timeInForce');
        if ($type === 'limit') {
            if ($price === null) {
                throw new ArgumentsRequired(
                    Js::boundedText(
                        Js::toStr($this->id) . ' createOrder () requires a price for a limit order',
                    ),
                );
            }
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
            $request['clientOrderId'] = Js::get($unified, 'clientOrderId');
        }
        $response = null;
        if ($trigger !== null) {
            $response = $this->private_post_smartorders($this->extend($request, $rest));
        } else {
            $response = $this->private_post_orders($this->extend($request, $rest));
        }
        return $this->safe_order(
            [
                'id' => $this->safe_string($response, 'id'),
                'clientOrderId' => $this->safe_string($response, 'clientOrderId'),
                'symbol' => Js::get($market, 'symbol'),
                'type' => $type,
                'side' => $side,
                'amount' => $this->safe_string($request, 'quantity'),
                'cost' => Js::get($unified, 'cost') !== null ? Js::get($request, 'amount') : null,
                'price' => $this->safe_string($request, 'price'),
                'triggerPrice' => $this->safe_string($request, 'stopPrice'),
                'stopLossPrice' => Js::get($unified, 'triggerKind') === 'stopLossPrice' ? $this->safe_string(
                    $request,
                    'stopPrice',
                ) : null,
                'postOnly' => Js::truthy(Js::get($unified, 'postOnly')) ? true : null,
                'timeInForce' => $this->safe_string($request, 'timeInForce'),
                'info' => $response,
            ],
            $market,
        );
    }

    public function cancel_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $response = $this->private_delete_orders_id($this->extend(['id' => $id], $params));
        return $this->parse_order($response);
    }

    public function cancel_all_orders($symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // DELETE orders, of one symbol or all: [ { orderId, clientOrderId, state, code, message } ], one per
        // order it asked to cancel.
        $this->load_markets();
        $request = [];
        $market = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
            $request['symbols'] = [Js::get($market, 'id')];
        }
        $response = $this->private_delete_orders($this->extend($request, $params));
        return $this->parse_orders($response, $market);
    }

    public function fetch_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $response = $this->private_get_orders_id($this->extend(['id' => $id], $params));
        return $this->parse_order($response);
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
        if ($limit !== null) {
            $request['limit'] = $limit;
        }
        $response = $this->private_get_orders($this->extend($request, $params));
        return $this->parse_orders($response, $market, $since, $limit);
    }

    public function fetch_closed_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // orders/history: filled and canceled orders.
        $this->load_markets();
        $request = ['states' => 'FILLED,CANCELED,PARTIALLY_CANCELED'];
        $market = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
            $request['symbol'] = Js::get($market, 'id');
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
        $response = $this->private_get_orders_history($this->extend($request, $this->omit($params, 'until')));
        return $this->parse_orders($response, $market, $since, $limit);
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

    public function fetch_order_trades($id, $symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // orders/{id}/trades: the order's trades, as trades lists them.
        $this->load_markets();
        $response = $this->private_get_orders_id_trades($this->extend(['id' => $id], $params));
        $market = $symbol === null ? null : $this->market($symbol);
        return $this->parse_trades($response, $market, $since, $limit);
    }

    public function fetch_my_trades($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $request = [];
        $market = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
            $request['symbols'] = Js::get($market, 'id');
        }
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
        $response = $this->private_get_trades($this->extend($request, $this->omit($params, 'until')));
        return $this->parse_trades($response, $market, $since, $limit);
    }

    // --- funding -------------------------------------------------------------------------------------
    public function parse_transaction($transaction, $currency = null) {
        // Deposits: { depositNumber, currency, address, amount, confirmations, txid, timestamp, status };
        // withdrawals: { withdrawalRequestsId, currency, address, amount, fee, timestamp, status, txid,
        // paymentID }. Timestamps are seconds.
        $code = $this->safe_currency_code($this->safe_string($transaction, 'currency'), $currency);
        $status = $this->safe_string_upper($transaction, 'status');
        if ($status !== null) {
            // 'COMPLETE: 0x...' carries the transaction id after the state.
            $status = Js::get(Js::split($status, ':'), 0);
        }
        $fee = null;
        $fee_cost = $this->safe_string($transaction, 'fee');
        if ($fee_cost !== null) {
            $fee = ['cost' => $fee_cost, 'currency' => $code];
        }
        return $this->safe_transaction(
            [
                'id' => $this->safe_string2($transaction, 'depositNumber', 'withdrawalRequestsId'),
                'txid' => $this->safe_string($transaction, 'txid'),
                'timestamp' => $this->safe_timestamp($transaction, 'timestamp'),
                'address' => $this->safe_string($transaction, 'address'),
                'tag' => $this->safe_string($transaction, 'paymentID'),
                'amount' => $this->safe_string($transaction, 'amount'),
                'currency' => $code,
                'status' => $this->safe_string(
                    Js::get($this->options, 'transactionStatuses'),
                    $status,
                    $status,
                ),
                'fee' => $fee,
                'info' => $transaction,
            ],
            $currency,
        );
    }

    public function fetch_wallet_activity($key, $type, $code, $since, $limit, $params) {
        // wallets/activity lists deposits (activityType 1) or withdrawals (2) between start and end, in
        // seconds.
        $this->load_markets();
        $now = $this->seconds();
        $start = Js::subtract($now, Js::multiply(Js::get($this->options, 'transactionsDays'), 86400));
        if ($since !== null) {
            $start = Js::floor(Js::divide($since, 1000));
        }
        $until = $this->safe_integer($params, 'until');
        $request = [
            'start' => $start,
            'end' => $until === null ? $now : Js::floor(Js::divide($until, 1000)),
            'activityType' => $type === 'deposit' ? 1 : 2,
        ];
        $currency = null;
        if ($code !== null) {
            $currency = $this->currency($code);
            $request['currency'] = Js::get($currency, 'id');
        }
        $response = $this->private_get_wallets_activity(
            $this->extend($request, $this->omit($params, 'until')),
        );
        return $this->parse_transactions(
            $this->safe_list($response, $key, []),
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
        return $this->fetch_wallet_activity('deposits', 'deposit', $code, $since, $limit, $params);
    }

    public function fetch_withdrawals($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->fetch_wallet_activity('withdrawals', 'withdrawal', $code, $since, $limit, $params);
    }

    public function fetch_deposit_address($code, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // wallets/addresses answers { "BTC": "address", ... }; a tag-based currency as 'address:tag'.
        $this->load_markets();
        [$request, $network_code, $rest] = Js::destructure($this->address_request($code, $params), 3);
        $response = $this->private_get_wallets_addresses($this->extend($request, $rest));
        $value = $this->safe_string($response, Js::get($request, 'currency'));
        if ($value === null) {
            throw new ExchangeError(
                Js::boundedText(
                    Js::toStr($this->id) . ' has no ' . Js::toStr(
                        $code,
                    ) . ' deposit address yet: create one with createDepositAddress ()',
                ),
            );
        }
        return $this->parse_deposit_address($value, $code, $network_code, $response);
    }

    public function fetch_deposit_addresses($codes = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // wallets/addresses: { currency: 'address' or 'address:tag' } for every currency with an address; a
        // token on another chain is named by the token and the chain (USDTTRON).
        $this->load_markets();
        $response = $this->private_get_wallets_addresses($params);
        $ids = Js::keys($response);
        $result = [];
        for ($i = 0; $i < count($ids); $i++) {
            $code = $this->safe_currency_code($ids[$i]);
            if (($codes !== null) && !(Js::truthy($this->in_array($code, $codes)))) {
                continue;
            }
            $value = $this->safe_string($response, $ids[$i]);
            if ($value !== null) {
                // (a value that is no address: its split failed the whole call)
                $result[] = $this->parse_deposit_address($value, $code, null, $response);
            }
        }
        return $result;
    }

    public function create_deposit_address($code, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // wallets/address makes a new address of the currency (of its token on the unified network's chain):
        // { address }.
        $this->load_markets();
        [$request, $network_code, $rest] = Js::destructure($this->address_request($code, $params), 3);
        $response = $this->private_post_wallets_address($this->extend($request, $rest));
        $value = $this->safe_string($response, 'address');
        if ($value === null) {
            throw new ExchangeError(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' made no ' . Js::toStr($code) . ' deposit address: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        return $this->parse_deposit_address($value, $code, $network_code, $response);
    }

    public function address_request($code, $params) {
        // wallets/address(es) name the currency, or its token on the chain of the unified params['network']:
        // the request, the network and the other params.
        $network_code = $this->safe_string_upper($params, 'network');
        $request = ['currency' => $this->chain_currency_id($this->currency($code), $network_code)];
        return [$request, $network_code, $this->omit($params, 'network')];
    }

    public function parse_deposit_address($value, $code, $network_code, $info) {
        // 'address' or, for a currency with a tag, 'address:tag'.
        $parts = Js::split($value, ':');
        return [
            'currency' => $code,
            'address' => Js::get($parts, 0),
            'tag' => $this->safe_string($parts, 1),
            'network' => $network_code,
            'info' => $info,
        ];
    }

    public function chain_currency_id($currency, $network_code = null) {
        // A unified network other than the currency's own chain names the currency of that chain: USDT on
        // TRC20 is USDTTRON (options['networks']).
        $currency_id = Js::get($currency, 'id');
        if ($network_code === null) {
            return $currency_id;
        }
        $chain = $this->network_id($network_code);
        return !(Js::typeof($chain) === 'object') && Js::strictEqual($chain, $currency_id) ? $currency_id : Js::add(
            $currency_id,
            $chain,
        );
    }

    public function withdraw($code, $amount, $address, $tag = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // The unified network picks the chain's currency (chainCurrencyId).
        $this->load_markets();
        $currency = $this->currency($code);
        $network_code = $this->safe_string_upper($params, 'network');
        $currency_id = $this->chain_currency_id($currency, $network_code);
        $request = [
            'currency' => $currency_id,
            'amount' => $this->number_to_string($amount),
            'address' => $address,
        ];
        if ($tag !== null) {
            $request['paymentId'] = $tag;
        }
        $response = $this->private_post_wallets_withdraw(
            $this->extend($request, $this->omit($params, 'network')),
        );
        return $this->safe_transaction(
            [
                'id' => $this->safe_string($response, 'withdrawalRequestsId'),
                'type' => 'withdrawal',
                'address' => $address,
                'tag' => $tag,
                'network' => $network_code,
                'amount' => Js::get($request, 'amount'),
                'currency' => $code,
                'info' => $response,
            ],
        );
    }

    public function transfer($code, $amount, $from_account, $to_account, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // accounts/transfer between the spot and futures accounts: { transferId }.
        $this->load_markets();
        $currency = $this->currency($code);
        $request = [
            'currency' => Js::get($currency, 'id'),
            'amount' => $this->currency_to_precision($code, $amount),
            'fromAccount' => $this->account_type_id($from_account),
            'toAccount' => $this->account_type_id($to_account),
        ];
        $response = $this->private_post_accounts_transfer($this->extend($request, $params));
        return $this->safe_transfer(
            [
                'id' => $this->safe_string($response, 'transferId'),
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
        $endpoint = Js::boundedText('/' . Js::toStr($this->implode_params($path, $params)));
        $url = Js::boundedText(Js::toStr(Js::get($this->urls, 'api')) . $endpoint);
        $query = $this->omit($params, $this->extract_params($path));
        if ($api === 'public') {
            if (count(Js::keys($query)) > 0) {
                $url .= Js::within($url, Js::within($url, '?') . Js::toStr($this->urlencode($query)));
            }
            return ['url' => $url, 'method' => $method, 'body' => $body, 'headers' => $headers];
        }
        // signature: base64 HMAC-SHA256 of 'METHOD\n/path\n' + the parameters sorted by name with
        // signTimestamp among them (GET), or 'requestBody=<json>&signTimestamp=...' (with a body).
        $this->check_required_credentials();
        $timestamp = $this->number_to_string($this->milliseconds());
        $signed = '';
        if ($method === 'GET') {
            $signed = $this->urlencode(
                $this->keysort($this->extend($query, ['signTimestamp' => $timestamp])),
            );
            if (count(Js::keys($query)) > 0) {
                $url .= Js::within($url, Js::within($url, '?') . Js::toStr($this->urlencode($query)));
            }
        } elseif (count(Js::keys($query)) > 0) {
            $body = $this->json($query);
            $signed = Js::boundedText(
                'requestBody=' . Js::toStr($body) . '&signTimestamp=' . Js::toStr($timestamp),
            );
        } else {
            $signed = Js::boundedText('signTimestamp=' . Js::toStr($timestamp));
        }
        $auth = Js::boundedText(Js::toStr($method) . "\n" . $endpoint . "\n" . Js::toStr($signed));
        $headers = [
            'key' => $this->apiKey,
            'signTimestamp' => $timestamp,
            'signature' => $this->hmac(
                $this->encode($auth),
                $this->encode($this->secret),
                'sha256',
                'base64',
            ),
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
        // Errors are { "code": 21709, "message": "Low available balance" }; successful cancellations
        // carry "code": 200 too.
        if (($response === null) || Js::isArray($response)) {
            return;
        }
        $code = $this->safe_string($response, 'code');
        $message = $this->safe_string($response, 'message');
        if (($code === null) || ($code === '200')) {
            return;
        }
        $feedback = Js::boundedText(
            Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($code) . ' ') . Js::toStr(
                $message === null ? '' : $message,
            ),
        );
        $this->throw_exactly_matched_exception(Js::get($this->exceptions, 'exact'), $code, $feedback);
        if ($message !== null) {
            $this->throw_broadly_matched_exception(Js::get($this->exceptions, 'broad'), $message, $feedback);
        }
        throw new ExchangeError($feedback);
    }

    // --- streaming: public channels (https://api-docs.poloniex.com/spot/websocket/market-data) -------------------
    public function watch_channel($channel, $market, $message_hash) {
        $message = ['event' => 'subscribe', 'channel' => [$channel], 'symbols' => [Js::get($market, 'id')]];
        return $this->watch(
            $this->stream_url('public'),
            $message_hash,
            Js::boundedText(Js::boundedText(Js::toStr($channel) . ':') . Js::toStr(Js::get($market, 'id'))),
            $message,
        );
    }

    public function un_watch_channel($channel, $symbol, $prefix) {
        $this->load_markets();
        $market = $this->market($symbol);
        $this->set_stream_state(Js::add($prefix, Js::get($market, 'symbol')), null);
        $message = ['event' => 'unsubscribe', 'channel' => [$channel], 'symbols' => [Js::get($market, 'id')]];
        $this->unwatch(
            $this->stream_url('public'),
            Js::boundedText(Js::boundedText(Js::toStr($channel) . ':') . Js::toStr(Js::get($market, 'id'))),
            $message,
        );
    }

    public function watch_ticker($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $market = $this->market($symbol);
        return $this->watch_channel(
            'ticker',
            $market,
            Js::boundedText('ticker:' . Js::toStr(Js::get($market, 'symbol'))),
        );
    }

    public function watch_tickers($symbols = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // One subscription names every symbol.
        $this->load_markets();
        $markets = $this->stream_markets($symbols);
        $ids = [];
        for ($i = 0; Js::less($i, Js::length($markets)); $i++) {
            $ids[] = Js::get(Js::get($markets, $i), 'id');
        }
        $message = ['event' => 'subscribe', 'channel' => ['ticker'], 'symbols' => $ids];
        $tickers = $this->watch(
            $this->stream_url('public'),
            'tickers',
            Js::boundedText('ticker:' . Js::join($ids, ',')),
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
        $trades = $this->watch_channel(
            'trades',
            $market,
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
        $channel = Js::boundedText(
            'candles_' . Js::lowerCase(Js::textReceiver($this->stream_timeframe($timeframe), 'toLowerCase')),
        );
        $candles = $this->watch_channel(
            $channel,
            $market,
            Js::boundedText('ohlcv:' . Js::toStr(Js::get($market, 'symbol')) . ':' . $channel),
        );
        return $this->filter_by_since_limit($candles, $since, $limit, 0, true);
    }

    public function watch_order_book($symbol, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // book_lv2: a snapshot, then updates whose lastId is the id of the one before.
        $this->load_markets();
        $market = $this->market($symbol);
        $this->remember_book_limit(Js::get($market, 'symbol'), $limit);
        $book = $this->watch_channel(
            'book_lv2',
            $market,
            Js::boundedText('book:' . Js::toStr(Js::get($market, 'symbol'))),
        );
        return $this->limit_order_book($book, $limit);
    }

    public function un_watch_ticker($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->un_watch_channel('ticker', $symbol, 'ticker:');
    }

    public function un_watch_trades($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->un_watch_channel('trades', $symbol, 'trades:');
    }

    public function un_watch_order_book($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->un_watch_channel('book_lv2', $symbol, 'book:');
    }

    // private channels (https://api-docs.poloniex.com/spot/websocket/authentication): orders and balances
    public function authentication_message() {
        // The signature of the REST API over 'GET\n/ws\nsignTimestamp=<ms>'.
        $this->check_required_credentials();
        $timestamp = $this->milliseconds();
        $auth = Js::boundedText("GET\n/ws\nsignTimestamp=" . Js::toStr($this->number_to_string($timestamp)));
        return [
            'event' => 'subscribe',
            'channel' => ['auth'],
            'params' => [
                'key' => $this->apiKey,
                'signTimestamp' => $timestamp,
                'signatureMethod' => 'HmacSHA256',
                'signatureVersion' => '2',
                'signature' => $this->hmac(
                    $this->encode($auth),
                    $this->encode($this->secret),
                    'sha256',
                    'base64',
                ),
            ],
        ];
    }

    public function resubscribe_message($url, $subscribe_hash, $message) {
        // A signature is good for a few seconds: the authentication is signed again for a new connection.
        return $subscribe_hash === 'auth' ? $this->authentication_message() : $message;
    }

    public function watch_private($channel, $message_hash, $message) {
        $this->load_markets();
        $url = $this->stream_url('private');
        $this->subscribe($url, 'auth', $this->authentication_message());
        return $this->watch($url, $message_hash, $channel, $message);
    }

    public function watch_balance($params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->watch_private(
            'balances',
            'balance',
            ['event' => 'subscribe', 'channel' => ['balances']],
        );
    }

    public function watch_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $orders = $this->watch_private(
            'orders',
            'orders',
            ['event' => 'subscribe', 'channel' => ['orders'], 'symbols' => ['all']],
        );
        return $this->filter_by_symbol_since_limit($orders, $symbol, $since, $limit, true);
    }

    public function watch_my_trades($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $trades = $this->watch_private(
            'orders',
            'myTrades',
            ['event' => 'subscribe', 'channel' => ['orders'], 'symbols' => ['all']],
        );
        return $this->filter_by_symbol_since_limit($trades, $symbol, $since, $limit, true);
    }

    public function handle_order_entry($url, $entry) {
        // An order event (place, trade, canceled): the order as it is now; a trade event is also a trade of the
        // account, under the names of the REST trade's fields.
        $market = $this->safe_market($this->safe_string($entry, 'symbol'));
        $order = $this->parse_order($entry, $market);
        $this->resolve_order($url, 'orders', $order);
        if (!($this->safe_string($entry, 'eventType') === 'trade')) {
            return;
        }
        $trade = $this->parse_trade(
            [
                'id' => $this->safe_string($entry, 'tradeId'),
                'orderId' => $this->safe_string($entry, 'orderId'),
                'symbol' => $this->safe_string($entry, 'symbol'),
                'type' => $this->safe_string($entry, 'type'),
                'side' => $this->safe_string($entry, 'side'),
                'matchRole' => $this->safe_string($entry, 'matchRole'),
                'price' => $this->safe_string($entry, 'tradePrice'),
                'quantity' => $this->safe_string($entry, 'tradeQty'),
                'amount' => $this->safe_string($entry, 'tradeAmount'),
                'feeAmount' => $this->safe_string($entry, 'tradeFee'),
                'feeCurrency' => $this->safe_string($entry, 'feeCurrency'),
                'createTime' => $this->safe_integer($entry, 'tradeTime'),
            ],
            $market,
        );
        $this->resolve_cached($url, 'myTrades', $this->extend($trade, ['info' => $entry]));
    }

    public function handle_balance_entries($url, $entries) {
        // Each entry: one currency's available and hold amounts after a change. One balance for the frame (a copy of
        // the balance per entry made a frame's time grow with its entries times the currencies), whose info and
        // timestamp are the last entry's.
        $accounts = [];
        $last = null;
        for ($i = 0; Js::less($i, Js::length($entries)); $i++) {
            $account = $this->account();
            Js::set($account, 'free', $this->safe_string(Js::get($entries, $i), 'available'));
            Js::set($account, 'used', $this->safe_string(Js::get($entries, $i), 'hold'));
            Js::setKey(
                $accounts,
                $this->safe_currency_code($this->safe_string(Js::get($entries, $i), 'currency')),
                $account,
            );
            $last = Js::get($entries, $i);
        }
        if ($last !== null) {
            $this->resolve_balance($url, $accounts, $last, $this->safe_integer($last, 'changeTime'));
        }
    }

    public function handle_message($url, $message) {
        // { channel, data: [ entries ] }, { channel, action: snapshot | update, data } for books; events answer
        // requests ({ event: 'error', message } when one failed); the auth channel answers an authentication.
        $event = $this->safe_string($message, 'event');
        if ($this->safe_string($message, 'channel') === 'auth') {
            $answer = $this->safe_dict($message, 'data', []);
            if (!($this->safe_bool($answer, 'success') === true)) {
                $this->reject_update(
                    $url,
                    null,
                    AuthenticationError::class,
                    Js::boundedText(
                        Js::boundedText(Js::toStr($this->id) . ' ') . $this->safe_string(
                            $answer,
                            'message',
                            'refused the authentication',
                        ),
                    ),
                );
            }
            return;
        }
        if ($event === 'error') {
            $this->reject_update(
                $url,
                null,
                BadRequest::class,
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' ') . $this->safe_string(
                        $message,
                        'message',
                        'refused the request',
                    ),
                ),
            );
            return;
        }
        $channel = $this->safe_string($message, 'channel');
        $entries = $this->safe_list($message, 'data', []);
        if (($event !== null) || ($channel === null)) {
            return;
        }
        if ($channel === 'balances') {
            $this->handle_balance_entries($url, $entries);
            return;
        }
        if ($channel === 'ticker') {
            // (a frame's tickers resolved at once: a copy of every ticker so far for each of 40,000 entries took Node
            // 17.6 s; red-team round 31)
            $tickers = [];
            for ($i = 0; $i < count($entries); $i++) {
                $tickers[] = $this->parse_ticker(
                    Js::get($entries, $i),
                    $this->safe_market($this->safe_string(Js::get($entries, $i), 'symbol')),
                );
            }
            $this->resolve_tickers($url, $tickers);
            return;
        }
        for ($i = 0; $i < count($entries); $i++) {
            $entry = Js::get($entries, $i);
            $market = $this->safe_market($this->safe_string($entry, 'symbol'));
            if ($channel === 'trades') {
                $this->handle_trade_entry($url, $entry, $market);
            } elseif (Js::startsWith($channel, 'candles_')) {
                $this->handle_candle_entry($url, $entry, $market, $channel);
            } elseif ($channel === 'book_lv2') {
                $this->handle_book_entry($url, $entry, $market, $this->safe_string($message, 'action'));
            } elseif ($channel === 'orders') {
                $this->handle_order_entry($url, $entry);
            }
        }
    }

    public function handle_trade_entry($url, $entry, $market) {
        $this->resolve_cached(
            $url,
            Js::boundedText('trades:' . Js::toStr(Js::get($market, 'symbol'))),
            $this->parse_trade($entry, $market),
        );
    }

    public function handle_candle_entry($url, $entry, $market, $channel) {
        $candle = [
            $this->safe_integer($entry, 'startTime'),
            $this->safe_number($entry, 'open'),
            $this->safe_number($entry, 'high'),
            $this->safe_number($entry, 'low'),
            $this->safe_number($entry, 'close'),
            $this->safe_number($entry, 'quantity'),
        ];
        $this->resolve_candle(
            $url,
            Js::boundedText('ohlcv:' . Js::toStr(Js::get($market, 'symbol')) . ':' . Js::toStr($channel)),
            $candle,
        );
    }

    public function handle_book_entry($url, $entry, $market, $action) {
        // A gap (lastId other than the book's id) drops the book and subscribes again, for a new snapshot.
        $symbol = Js::get($market, 'symbol');
        $message_hash = Js::boundedText('book:' . Js::toStr($symbol));
        if (!(Js::truthy($this->is_watched($url, $message_hash)))) {
            return; // nothing kept for what no caller watches (a server names symbols at will)
        }
        $book = $this->stream_state($message_hash);
        if ($action === 'snapshot') {
            $book = $this->new_order_book($symbol);
        } elseif ($book === null) {
            return; // updates before the snapshot: it follows
        } elseif (!Js::strictEqual($this->safe_integer($entry, 'lastId'), Js::get($book, 'nonce'))) {
            $this->resync_book(
                $url,
                $message_hash,
                Js::boundedText(
                    Js::boundedText(Js::boundedText(Js::toStr($symbol) . ' order book sequence gap (lastId ') . Js::toStr($this->safe_string($entry, 'lastId')) . ' after ') . Js::toStr(
                        $this->number_to_string(Js::get($book, 'nonce')),
                    ) . ')',
                ),
            );
            $this->send_frame(
                $url,
                ['event' => 'unsubscribe', 'channel' => ['book_lv2'], 'symbols' => [Js::get($market, 'id')]],
            );
            $this->send_frame(
                $url,
                ['event' => 'subscribe', 'channel' => ['book_lv2'], 'symbols' => [Js::get($market, 'id')]],
            );
            return;
        }
        $book = $this->set_book_levels(
            $this->set_book_levels($book, 'bids', $this->safe_list($entry, 'bids', [])),
            'asks',
            $this->safe_list($entry, 'asks', []),
        );
        Js::set($book, 'nonce', $this->safe_integer($entry, 'id'));
        Js::set($book, 'timestamp', $this->safe_integer($entry, 'ts'));
        $this->set_stream_state($message_hash, $book);
        if (!($action === 'snapshot')) {
            $this->book_is_right($message_hash);
        }
        $this->resolve_update($url, $this->order_book_view($book), $message_hash);
    }
}
