<?php

// Generated from js/mercado.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class mercado extends Exchange {
    public function describe() {
        return $this->deep_extend(
            parent::describe(),
            [
                'id' => 'mercado',
                'name' => 'Mercado Bitcoin',
                'countries' => ['BR'],
                'version' => 'v4',
                'rateLimit' => 1000,
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
                    'api' => 'https://api.mercadobitcoin.net/api/v4',
                    'www' => 'https://www.mercadobitcoin.com.br',
                    'doc' => [
                        'https://api.mercadobitcoin.net/api/v4/docs',
                        'https://www.mercadobitcoin.com.br/api-doc',
                    ],
                    'fees' => 'https://www.mercadobitcoin.com.br/comissoes-prazos-limites',
                ],
                'api' => [
                    'public' => [
                        'get' => [
                            'symbols',
                            'tickers',
                            'candles',
                            '{symbol}/orderbook',
                            '{symbol}/trades',
                            '{asset}/fees',
                            '{asset}/networks',
                        ],
                        'post' => ['authorize'],
                    ],
                    'private' => [
                        'get' => [
                            'accounts',
                            'accounts/{accountId}/balances',
                            'accounts/{accountId}/tier',
                            'accounts/{accountId}/positions',
                            'accounts/{accountId}/{symbol}/fees',
                            'accounts/{accountId}/{symbol}/orders',
                            'accounts/{accountId}/{symbol}/orders/{orderId}',
                        ],
                        'post' => ['accounts/{accountId}/{symbol}/orders'],
                        'delete' => ['accounts/{accountId}/{symbol}/orders/{orderId}'],
                    ],
                ],
                'timeframes' => [
                    '1m' => '1m',
                    '15m' => '15m',
                    '1h' => '1h',
                    '3h' => '3h',
                    '1d' => '1d',
                    '1w' => '1w',
                    '1M' => '1M',
                ],
                'requiredCredentials' => ['apiKey' => true, 'secret' => false, 'password' => true],
                'fees' => [
                    'trading' => [
                        'tierBased' => true,
                        'percentage' => true,
                        'maker' => 0.003,
                        'taker' => 0.007,
                    ],
                ],
                'precisionMode' => TICK_SIZE,
                'options' => [
                    'accessTokenMargin' => 60,
                    'sameNameParams' => ['cost'],
                    'orderStatuses' => [
                        'created' => 'open',
                        'working' => 'open',
                        'filled' => 'closed',
                        'cancelled' => 'canceled',
                    ],
                    'orderTypes' => [
                        'market' => ['market', false],
                        'limit' => ['limit', false],
                        'stoplimit' => ['limit', false],
                        'post-only' => ['limit', true],
                    ],
                ],
                'exceptions' => [
                    'exact' => [
                        'API_UNAVAILABLE' => ExchangeNotAvailable::class,
                        'FORBIDDEN' => AuthenticationError::class,
                        'INVALID_ACCESS' => PermissionDenied::class,
                        'INVALID_SYMBOL' => BadSymbol::class,
                        'INVALID_PAIR' => BadSymbol::class,
                        'INVALID_PARAMETER' => BadRequest::class,
                        'MISSING_FIELD' => BadRequest::class,
                        'PARAMETER_SIZE_LARGE' => BadRequest::class,
                        'INSUFFICIENT_BALANCE' => InsufficientFunds::class,
                        'ORDER_NOT_FOUND' => OrderNotFound::class,
                        'ORDER_PROCESSED' => InvalidOrder::class,
                        'ORDER_DUPLICATE' => InvalidOrder::class,
                        'INVALID_DECIMAL_PLACES' => InvalidOrder::class,
                        'INVALID_LIMIT_PRICE' => InvalidOrder::class,
                        'INVALID_MAX_LIMIT_PRICE' => InvalidOrder::class,
                        'INVALID_MIN_LIMIT_PRICE' => InvalidOrder::class,
                        'INVALID_MAX_QUANTITY' => InvalidOrder::class,
                        'INVALID_MIN_QUANTITY' => InvalidOrder::class,
                        'INVALID_SIDE' => InvalidOrder::class,
                        'INVALID_STOP_PRICE' => InvalidOrder::class,
                        'MIN_MAX_BRL_EXCEEDED' => InvalidOrder::class,
                        'INVALID_ADDRESS' => InvalidAddress::class,
                        'ADDRESS_NOT_REGISTERED' => InvalidAddress::class,
                        'REQUEST_RATE_EXCEEDED' => RateLimitExceeded::class,
                        'REQUEST_DENIED' => DDoSProtection::class,
                        'REQUEST_BLOCKED' => DDoSProtection::class,
                    ],
                    'broad' => [],
                ],
            ],
        );
    }

    // --- authentication ------------------------------------------------------------------------------
    public function authenticate($params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST /authorize { login, password } answers { access_token, expiration (Unix seconds) }; the token is
        // reused until accessTokenMargin seconds before it expires.
        $token = $this->safe_string($this->sessionTokens, 'access');
        $expiration = $this->safe_integer($this->options, 'accessTokenExpiration');
        $margin = $this->safe_integer($this->options, 'accessTokenMargin', 60);
        if (
            ($token !== null) && ($expiration !== null) && Js::less(
                $this->seconds(),
                Js::subtract($expiration, $margin),
            )
        ) {
            return $token;
        }
        $this->check_required_credentials();
        $request = ['login' => $this->apiKey, 'password' => $this->password];
        $response = $this->public_post_authorize($this->extend($request, $params));
        $access_token = $this->safe_string($response, 'access_token');
        $expires = $this->safe_integer($response, 'expiration');
        if (($access_token === null) || ($expires === null)) {
            throw new BadResponse(
                Js::boundedText(
                    Js::toStr($this->id) . ' authorize answered without an access_token and its expiration',
                ),
            );
        }
        Js::set($this->options, 'accessTokenExpiration', $expires);
        return $this->keep_session_token('access', $access_token);
    }

    public function prepare_account($params = null) {
        if ($params === null) {
            $params = [];
        }
        // The account of a private call: params['accountId'], else the one kept in options, else the first that
        // GET /accounts lists ([ { id, name, type, currency, currencySign } ]), which is kept.
        $this->authenticate();
        $account_id = $this->safe_string2($params, 'accountId', 'account_id');
        $rest = $this->omit($params, ['accountId', 'account_id']);
        if ($account_id !== null) {
            return [$account_id, $rest];
        }
        $cached = $this->safe_string($this->options, 'accountId');
        if ($cached !== null) {
            return [$cached, $rest];
        }
        $response = $this->private_get_accounts();
        $first = $this->safe_dict($response, 0);
        $id = $this->safe_string($first, 'id');
        if ($id === null) {
            throw new ExchangeError(
                Js::boundedText(Js::toStr($this->id) . ' GET accounts listed no account for this API token'),
            );
        }
        Js::set($this->options, 'accountId', $id);
        return [$id, $rest];
    }

    // --- markets -------------------------------------------------------------------------------------
    public function fetch_markets($params = null) {
        if ($params === null) {
            $params = [];
        }
        // /symbols answers column by column, one list per field, the markets at the same index in each: symbol
        // ('BTC-BRL'), base-currency, currency (the quote), exchange-listed, exchange-traded, minmovement,
        // pricescale (a number: "the number of decimal digits allowed for the symbol price, presented as a scale:
        // 1000 means 3 decimal digits", so the price tick is 1 / pricescale), min-price, max-price, min-volume,
        // max-volume, min-cost, max-cost (strings), type, description, ... (the ListSymbolInfoResponse schema of
        // https://api.mercadobitcoin.net/api/v4/docs). minmovement is kept in info only: the documented example
        // writes it as the tick itself ("0.00000001" with pricescale 100000000), so dividing it by pricescale
        // (the TradingView reading) would give a tick 10^8 times too small.
        $response = $this->public_get_symbols($params);
        $ids = $this->safe_list($response, 'symbol', []);
        $bases = $this->safe_list($response, 'base-currency', []);
        $quotes = $this->safe_list($response, 'currency', []);
        $listed = $this->safe_list($response, 'exchange-listed', []);
        $traded = $this->safe_list($response, 'exchange-traded', []);
        $movements = $this->safe_list($response, 'minmovement', []);
        $scales = $this->safe_list($response, 'pricescale', []);
        $min_prices = $this->safe_list($response, 'min-price', []);
        $max_prices = $this->safe_list($response, 'max-price', []);
        $min_volumes = $this->safe_list($response, 'min-volume', []);
        $max_volumes = $this->safe_list($response, 'max-volume', []);
        $min_costs = $this->safe_list($response, 'min-cost', []);
        $max_costs = $this->safe_list($response, 'max-cost', []);
        $result = [];
        for ($i = 0; $i < count($ids); $i++) {
            $id = $this->safe_string($ids, $i);
            $base_id = $this->safe_string($bases, $i);
            $quote_id = $this->safe_string($quotes, $i);
            if (($id === null) || ($base_id === null) || ($quote_id === null)) {
                throw new BadResponse(
                    Js::boundedText(
                        Js::boundedText(Js::toStr($this->id) . ' /symbols sent a market without its symbol, base-currency or currency at index ') . Js::toStr(
                            $this->number_to_string($i),
                        ),
                    ),
                );
            }
            $base = $this->safe_currency_code($base_id);
            $quote = $this->safe_currency_code($quote_id);
            $scale = $this->safe_string($scales, $i);
            $tick = null;
            if (($scale !== null) && Precise::string_gt($scale, '0')) {
                $tick = $this->parse_number(Precise::string_div('1', $scale));
            }
            $is_listed = $this->safe_bool($listed, $i);
            $is_traded = $this->safe_bool($traded, $i);
            $active = null;
            if (($is_listed !== null) && ($is_traded !== null)) {
                $active = Js::truthy($_value1 = $is_listed) ? $is_traded : $_value1;
            }
            $result[] = $this->safe_market_structure(
                [
                    'id' => $id,
                    'symbol' => Js::boundedText(Js::toStr($base) . '/' . Js::toStr($quote)),
                    'base' => $base,
                    'quote' => $quote,
                    'baseId' => $base_id,
                    'quoteId' => $quote_id,
                    'active' => $active,
                    'type' => 'spot',
                    'spot' => true,
                    'taker' => Js::get(Js::get($this->fees, 'trading'), 'taker'),
                    'maker' => Js::get(Js::get($this->fees, 'trading'), 'maker'),
                    'precision' => ['amount' => null, 'price' => $tick],
                    'limits' => [
                        'amount' => [
                            'min' => $this->safe_number($min_volumes, $i),
                            'max' => $this->safe_number($max_volumes, $i),
                        ],
                        'price' => [
                            'min' => $this->safe_number($min_prices, $i),
                            'max' => $this->safe_number($max_prices, $i),
                        ],
                        'cost' => [
                            'min' => $this->safe_number($min_costs, $i),
                            'max' => $this->safe_number($max_costs, $i),
                        ],
                    ],
                    'info' => [
                        'symbol' => $id,
                        'base-currency' => $base_id,
                        'currency' => $quote_id,
                        'exchange-listed' => $is_listed,
                        'exchange-traded' => $is_traded,
                        'minmovement' => $this->safe_value($movements, $i),
                        'pricescale' => $this->safe_value($scales, $i),
                        'min-price' => $this->safe_value($min_prices, $i),
                        'max-price' => $this->safe_value($max_prices, $i),
                        'min-volume' => $this->safe_value($min_volumes, $i),
                        'max-volume' => $this->safe_value($max_volumes, $i),
                        'min-cost' => $this->safe_value($min_costs, $i),
                        'max-cost' => $this->safe_value($max_costs, $i),
                    ],
                ],
            );
        }
        return $result;
    }

    // --- market data ---------------------------------------------------------------------------------
    public function parse_ticker($ticker, $market = null) {
        // { pair: 'BTC-BRL', high, low, vol (base), last, buy (best bid), sell (best ask), open, date } with string
        // prices (TickerResponse, https://api.mercadobitcoin.net/api/v4/docs). The schema describes date as "in
        // nanoseconds" but its example, 1636107279, is Unix seconds, which is how it is read.
        $market = $this->safe_market($this->safe_string($ticker, 'pair'), $market, '-');
        return $this->ticker_structure(
            symbol: Js::get($market, 'symbol'),
            timestamp: $this->safe_timestamp($ticker, 'date'),
            high: $this->safe_string($ticker, 'high'),
            low: $this->safe_string($ticker, 'low'),
            bid: $this->safe_string($ticker, 'buy'),
            ask: $this->safe_string($ticker, 'sell'),
            open: $this->safe_string($ticker, 'open'),
            last: $this->safe_string($ticker, 'last'),
            base_volume: $this->safe_string($ticker, 'vol'),
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
        $response = $this->public_get_tickers($this->extend(['symbols' => Js::get($market, 'id')], $params));
        $ticker = $this->safe_dict($response, 0);
        if ($ticker === null) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' /tickers sent no ticker of ') . Js::toStr(
                        Js::get($market, 'id'),
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
        // /tickers?symbols=BTC-BRL,ETH-BRL: the endpoint needs the markets named (it lists no default set, and
        // every market of the exchange would not fit a URL), so symbols are required.
        if ($symbols === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' fetchTickers () requires symbols: /tickers reports the markets it is asked for',
                ),
            );
        }
        $this->load_markets();
        $ids = $this->market_ids($symbols);
        $response = $this->public_get_tickers($this->extend(['symbols' => Js::join($ids, ',')], $params));
        return $this->parse_tickers($response, $symbols);
    }

    public function fetch_order_book($symbol, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // /{symbol}/orderbook?limit (at most 1000 levels a side): { asks: [ [ price, amount ] ], bids, timestamp }.
        // The timestamp's unit is not stated with the example at hand: it is left in info only.
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['symbol' => Js::get($market, 'id')];
        if ($limit !== null) {
            $request['limit'] = $this->number_to_string(Js::min($limit, 1000));
        }
        $response = $this->public_get_symbol_orderbook($this->extend($request, $params));
        return $this->parse_order_book($response, Js::get($market, 'symbol'));
    }

    public function parse_ohlcv($ohlcv, $market = null) {
        // One candle as fetchOHLCV collects it from the columns: [ t (Unix seconds), o, h, l, c, v ].
        return [
            $this->safe_timestamp($ohlcv, 0),
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
        // /candles?symbol&resolution&from&to&countback (Unix seconds; to is required, countback is the number
        // of candles up to to and overrides from): { t: [ ... ], o, h, l, c, v }, one list per field, oldest first.
        $this->load_markets();
        $market = $this->market($symbol);
        $resolution = $this->safe_string($this->timeframes, $timeframe);
        if ($resolution === null) {
            throw new BadRequest(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' fetchOHLCV () does not support the timeframe ' . Js::toStr($timeframe) . ': one of ') . Js::join(
                        Js::keys($this->timeframes),
                        ', ',
                    ),
                ),
            );
        }
        $until = $this->safe_integer($params, 'until');
        $to = $until === null ? $this->seconds() : Js::floor(Js::divide($until, 1000));
        $request = ['symbol' => Js::get($market, 'id'), 'resolution' => $resolution, 'to' => $to];
        if ($since !== null) {
            $request['from'] = Js::floor(Js::divide($since, 1000));
        } elseif ($limit !== null) {
            $request['countback'] = $limit;
        }
        $response = $this->public_get_candles($this->extend($request, $this->omit($params, 'until')));
        $times = $this->safe_list($response, 't', []);
        $opens = $this->safe_list($response, 'o', []);
        $highs = $this->safe_list($response, 'h', []);
        $lows = $this->safe_list($response, 'l', []);
        $closes = $this->safe_list($response, 'c', []);
        $volumes = $this->safe_list($response, 'v', []);
        $candles = [];
        for ($i = 0; $i < count($times); $i++) {
            $candles[] = [
                $this->safe_value($times, $i),
                $this->safe_value($opens, $i),
                $this->safe_value($highs, $i),
                $this->safe_value($lows, $i),
                $this->safe_value($closes, $i),
                $this->safe_value($volumes, $i),
            ];
        }
        return $this->parse_ohlcvs($candles, $market, $timeframe, $since, $limit);
    }

    public function parse_trade($trade, $market = null) {
        // Public (TradeResponse): { tid (a number), date (Unix seconds), type ('buy' or 'sell': the taker's side),
        // price and amount (strings) }. An
        // order's execution (fetchMyTrades): { id, instrument, executed_at (Unix seconds), side, price, qty,
        // liquidity ('maker' or 'taker'), fee_rate }, with the order id added as order_id by fetchMyTrades.
        $market = $this->safe_market($this->safe_string($trade, 'instrument'), $market, '-');
        return $this->trade_structure(
            id: $this->safe_string2($trade, 'tid', 'id'),
            order: $this->safe_string($trade, 'order_id'),
            symbol: Js::get($market, 'symbol'),
            timestamp: $this->safe_timestamp2($trade, 'date', 'executed_at'),
            side: $this->safe_string_lower2($trade, 'type', 'side'),
            taker_or_maker: $this->safe_string_lower($trade, 'liquidity'),
            price: $this->safe_string($trade, 'price'),
            amount: $this->safe_string2($trade, 'amount', 'qty'),
            info: $trade,
            market: $market,
        );
    }

    public function fetch_trades($symbol, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // /{symbol}/trades?from&to (Unix seconds)&limit (at most 1000): the most recent trades.
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['symbol' => Js::get($market, 'id')];
        if ($since !== null) {
            $request['from'] = Js::floor(Js::divide($since, 1000));
        }
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            $request['to'] = Js::floor(Js::divide($until, 1000));
        }
        if ($limit !== null) {
            $request['limit'] = Js::min($limit, 1000);
        }
        $response = $this->public_get_symbol_trades($this->extend($request, $this->omit($params, 'until')));
        return $this->parse_trades($response, $market, $since, $limit);
    }

    // --- account -------------------------------------------------------------------------------------
    public function fetch_balance($params = null) {
        if ($params === null) {
            $params = [];
        }
        // accounts/{accountId}/balances: [ { symbol, available, on_hold, total } ].
        $this->load_markets();
        [$account_id, $rest] = Js::destructure($this->prepare_account($params), 2);
        $response = $this->private_get_accounts_account_id_balances(
            $this->extend(['accountId' => $account_id], $rest),
        );
        $result = ['info' => $response];
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            $entry = Js::get($response, $i);
            $account = $this->account();
            Js::set($account, 'free', $this->safe_string($entry, 'available'));
            Js::set($account, 'used', $this->safe_string($entry, 'on_hold'));
            Js::set($account, 'total', $this->safe_string($entry, 'total'));
            Js::setKey($result, $this->safe_currency_code($this->safe_string($entry, 'symbol')), $account);
        }
        return $this->safe_balance($result);
    }

    // --- orders --------------------------------------------------------------------------------------
    public function parse_order($order, $market = null) {
        // OrderResponse (https://api.mercadobitcoin.net/api/v4/docs): { id, instrument, side (buy, sell), type
        // (market, limit, stoplimit, post-only), status (created, working, filled, cancelled), qty and filledQty
        // (strings), limitPrice, stopPrice, avgPrice, cost (numbers), externalId, created_at and updated_at (Unix
        // seconds), fee ("charged volume by fee application", a string), executions: [ ... ], triggerOrderId }.
        // The documentation does not say in which currency fee is charged: it is left in info, as are the
        // executions (fetchMyTrades reads them).
        $market = $this->safe_market($this->safe_string($order, 'instrument'), $market, '-');
        $order_type = $this->safe_string($order, 'type');
        $kind = $this->safe_value(Js::get($this->options, 'orderTypes'), $order_type, [null, null]);
        $stop_price = $order_type === 'stoplimit' ? $this->omit_zero(
            $this->safe_string($order, 'stopPrice'),
        ) : null;
        $average = $this->omit_zero($this->safe_string($order, 'avgPrice'));
        $price = $this->omit_zero($this->safe_string($order, 'limitPrice'));
        if (($price === null) && (Js::get($kind, 0) === 'market')) {
            $price = $average;
        }
        return $this->safe_order(
            [
                'id' => $this->safe_string($order, 'id'),
                'clientOrderId' => $this->safe_string($order, 'externalId'),
                'symbol' => Js::get($market, 'symbol'),
                'timestamp' => $this->safe_timestamp($order, 'created_at'),
                'lastUpdateTimestamp' => $this->safe_timestamp($order, 'updated_at'),
                'status' => $this->safe_string(
                    Js::get($this->options, 'orderStatuses'),
                    $this->safe_string($order, 'status'),
                ),
                'type' => Js::get($kind, 0),
                'postOnly' => Js::get($kind, 1),
                'side' => $this->safe_string_lower($order, 'side'),
                'price' => $price,
                'triggerPrice' => $stop_price,
                'average' => $average,
                'amount' => $this->safe_string($order, 'qty'),
                'filled' => $this->safe_string($order, 'filledQty'),
                'info' => $order,
            ],
            $market,
        );
    }

    public function omit_zero($value) {
        // The order schema writes 0 for a price it does not have (a market order's limitPrice, an order without
        // executions' avgPrice).
        if (($value === null) || Precise::string_eq($value, '0')) {
            return null;
        }
        return $value;
    }

    public function create_order($symbol, $type, $side, $amount, $price = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST accounts/{accountId}/{symbol}/orders { side, type, qty, limitPrice, stopPrice, cost, externalId,
        // async } answers { orderId }. Types: market, limit, stoplimit (a limit order placed when the price reaches
        // stopPrice) and post-only (a limit order that only adds liquidity). The unified postOnly (timeInForce PO)
        // is the post-only type, triggerPrice of a limit order the stoplimit type, clientOrderId is externalId,
        // cost sizes a market buy in the quote currency (the exchange's cost). Orders rest until they fill or
        // are canceled (GTC); IOC, FOK, reduceOnly, stop-loss and take-profit orders do not exist here.
        $this->load_markets();
        $market = $this->market($symbol);
        [$unified, $rest] = Js::destructure($this->unified_order_params($type, $params), 2);
        $this->reject_unified_params(
            'createOrder',
            $unified,
            ['reduceOnly', 'stopLossPrice', 'takeProfitPrice'],
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
        $time_in_force = Js::get($unified, 'timeInForce');
        if (($time_in_force !== null) && !($time_in_force === 'GTC')) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr($this->id) . ' createOrder () does not support the unified param timeInForce ' . Js::toStr(
                        $time_in_force,
                    ) . ': orders rest until they fill or are canceled (GTC)',
                ),
            );
        }
        $request = ['symbol' => Js::get($market, 'id'), 'side' => $side];
        $order_type = $type;
        if (Js::get($unified, 'trigger') !== null) {
            if (!($type === 'limit')) {
                throw new NotSupported(
                    Js::boundedText(
                        Js::toStr(
                            $this->id,
                        ) . ' createOrder () triggerPrice makes a stoplimit order, which is a limit order: use type limit with a price',
                    ),
                );
            }
            $order_type = 'stoplimit';
        } elseif (Js::truthy(Js::get($unified, 'postOnly'))) {
            $order_type = 'post-only';
        }
        $request['type'] = $order_type;
        if (Js::get($unified, 'cost') !== null) {
            if (!($side === 'buy')) {
                throw new InvalidOrder(
                    Js::boundedText(
                        Js::toStr($this->id) . ' createOrder () cost sizes market buy orders only',
                    ),
                );
            }
            $request['cost'] = $this->parse_number(
                $this->cost_to_precision($symbol, Js::get($unified, 'cost')),
            );
        } else {
            $request['qty'] = $this->amount_to_precision($symbol, $amount);
        }
        if ($type === 'limit') {
            if ($price === null) {
                throw new ArgumentsRequired(
                    Js::boundedText(
                        Js::toStr($this->id) . ' createOrder () requires a price for a limit order',
                    ),
                );
            }
            $request['limitPrice'] = $this->parse_number($this->price_to_precision($symbol, $price));
        }
        if (Js::get($unified, 'trigger') !== null) {
            $request['stopPrice'] = $this->parse_number(
                $this->price_to_precision($symbol, Js::get($unified, 'trigger')),
            );
        }
        if (Js::get($unified, 'clientOrderId') !== null) {
            $request['externalId'] = Js::get($unified, 'clientOrderId');
        }
        [$account_id, $query] = Js::destructure($this->prepare_account($rest), 2);
        $request['accountId'] = $account_id;
        $response = $this->private_post_accounts_account_id_symbol_orders($this->extend($request, $query));
        // The answer names the order only; the rest is what was placed.
        return $this->safe_order(
            [
                'id' => $this->safe_string($response, 'orderId'),
                'clientOrderId' => Js::get($unified, 'clientOrderId'),
                'symbol' => Js::get($market, 'symbol'),
                'type' => $type,
                'postOnly' => Js::get($unified, 'postOnly'),
                'side' => $side,
                'price' => $this->safe_string($request, 'limitPrice'),
                'triggerPrice' => Js::get($unified, 'trigger'),
                'amount' => $this->safe_string($request, 'qty'),
                'cost' => Js::get($unified, 'cost') === null ? null : $this->safe_string($request, 'cost'),
                'info' => $response,
            ],
            $market,
        );
    }

    public function cancel_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // DELETE accounts/{accountId}/{symbol}/orders/{orderId}: the route names the market, so symbol is required.
        // The answer is { status }: the request's status, not the order's. The cancel is asynchronous by default
        // (query async, default true) and answers "queued_to_cancel" (the documented example), which says nothing
        // of the order's state (status left undefined); with async=false the call waits until the order is
        // 'cancelled'.
        if ($symbol === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr($this->id) . ' cancelOrder () requires a symbol: the route names the market',
                ),
            );
        }
        $this->load_markets();
        $market = $this->market($symbol);
        [$account_id, $rest] = Js::destructure($this->prepare_account($params), 2);
        $request = ['accountId' => $account_id, 'symbol' => Js::get($market, 'id'), 'orderId' => $id];
        $response = $this->private_delete_accounts_account_id_symbol_orders_order_id(
            $this->extend($request, $rest),
        );
        return $this->safe_order(
            [
                'id' => $id,
                'symbol' => Js::get($market, 'symbol'),
                'status' => $this->safe_string(
                    Js::get($this->options, 'orderStatuses'),
                    $this->safe_string($response, 'status'),
                ),
                'info' => $response,
            ],
            $market,
        );
    }

    public function fetch_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // GET accounts/{accountId}/{symbol}/orders/{orderId}: the route names the market, so symbol is required.
        if ($symbol === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr($this->id) . ' fetchOrder () requires a symbol: the route names the market',
                ),
            );
        }
        $this->load_markets();
        $market = $this->market($symbol);
        [$account_id, $rest] = Js::destructure($this->prepare_account($params), 2);
        $request = ['accountId' => $account_id, 'symbol' => Js::get($market, 'id'), 'orderId' => $id];
        $response = $this->private_get_accounts_account_id_symbol_orders_order_id(
            $this->extend($request, $rest),
        );
        return $this->parse_order($response, $market);
    }

    public function fetch_orders_of($method, $symbol, $since, $request, $params) {
        // GET accounts/{accountId}/{symbol}/orders?status&has_executions&created_at_from&created_at_to (Unix
        // seconds): the account's orders in one market, which the route names (symbol is required).
        if ($symbol === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr($this->id) . ' ' . Js::toStr(
                        $method,
                    ) . ' () requires a symbol: the route names the market',
                ),
            );
        }
        $this->load_markets();
        $market = $this->market($symbol);
        if ($since !== null) {
            Js::set($request, 'created_at_from', Js::floor(Js::divide($since, 1000)));
        }
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            Js::set($request, 'created_at_to', Js::floor(Js::divide($until, 1000)));
        }
        [$account_id, $rest] = Js::destructure($this->prepare_account($this->omit($params, 'until')), 2);
        Js::set($request, 'accountId', $account_id);
        Js::set($request, 'symbol', Js::get($market, 'id'));
        $response = $this->private_get_accounts_account_id_symbol_orders($this->extend($request, $rest));
        return [$market, $response];
    }

    public function fetch_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        [$market, $response] = Js::destructure(
            $this->fetch_orders_of('fetchOrders', $symbol, $since, [], $params),
            2,
        );
        return $this->parse_orders($response, $market, $since, $limit);
    }

    public function fetch_open_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // status=working: the orders on the book (created is the moment before they are).
        [$market, $response] = Js::destructure(
            $this->fetch_orders_of('fetchOpenOrders', $symbol, $since, ['status' => 'working'], $params),
            2,
        );
        return $this->parse_orders($response, $market, $since, $limit);
    }

    public function fetch_closed_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // The account's orders in the market that are no longer open (filled or canceled).
        [$market, $response] = Js::destructure(
            $this->fetch_orders_of('fetchClosedOrders', $symbol, $since, [], $params),
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
        // The API lists the account's trades as the executions of its orders: the orders of the market with
        // has_executions=true (executed_at_from and executed_at_to bound the time), each execution a trade.
        if ($symbol === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr($this->id) . ' fetchMyTrades () requires a symbol: the route names the market',
                ),
            );
        }
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['has_executions' => 'true'];
        if ($since !== null) {
            $request['executed_at_from'] = Js::floor(Js::divide($since, 1000));
        }
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            $request['executed_at_to'] = Js::floor(Js::divide($until, 1000));
        }
        [$account_id, $rest] = Js::destructure($this->prepare_account($this->omit($params, 'until')), 2);
        $request['accountId'] = $account_id;
        $request['symbol'] = Js::get($market, 'id');
        $response = $this->private_get_accounts_account_id_symbol_orders($this->extend($request, $rest));
        $trades = [];
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            $order = Js::get($response, $i);
            $order_id = $this->safe_string($order, 'id');
            $executions = $this->safe_list($order, 'executions', []);
            for ($j = 0; $j < count($executions); $j++) {
                $trades[] = $this->extend(Js::get($executions, $j), ['order_id' => $order_id]);
            }
        }
        return $this->parse_trades($trades, $market, $since, $limit);
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
        // GET and DELETE send their params as the query string, POST as a JSON body; private calls carry the
        // bearer token of /authorize.
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
        $headers = [];
        if ($has_body) {
            $body = count(Js::keys($query)) > 0 ? $this->json(
                $query,
            ) : '{}'; // (PHP writes an empty dictionary as [])
            Js::set($headers, 'Content-Type', 'application/json');
        }
        if ($api === 'private') {
            $token = $this->safe_string($this->sessionTokens, 'access');
            if ($token === null) {
                throw new AuthenticationError(
                    Js::boundedText(
                        Js::toStr(
                            $this->id,
                        ) . ' private endpoints need the token of /authorize: await authenticate () first',
                    ),
                );
            }
            Js::set($headers, 'Authorization', Js::boundedText('Bearer ' . Js::toStr($token)));
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
        // { "code": "DOMAIN|MODULE|ERROR", "message": "..." } with an HTTP 4xx or 5xx status: the ERROR part picks
        // the error class; otherwise the status does (401 AuthenticationError, 403 PermissionDenied, 429
        // RateLimitExceeded, 5xx ExchangeNotAvailable, as the documented 500 API|INTERNAL_SERVER_ERROR).
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
        $parts = Js::split($code, '|');
        $error = Js::get($parts, count($parts) - 1);
        $feedback = Js::boundedText(
            Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($method) . ' ' . Js::toStr($url) . ' ' . Js::toStr($code) . ' ') . $this->safe_string(
                $response,
                'message',
                '',
            ),
        );
        $this->throw_exactly_matched_exception(Js::get($this->exceptions, 'exact'), $error, $feedback);
        if (Js::strictEqual($status, 401)) {
            throw new AuthenticationError($feedback);
        }
        if (Js::strictEqual($status, 403)) {
            throw new PermissionDenied($feedback);
        }
        if (Js::strictEqual($status, 429)) {
            throw new RateLimitExceeded($feedback);
        }
        if (Js::greaterEqual($status, 500)) {
            throw new ExchangeNotAvailable($feedback);
        }
        throw new ExchangeError($feedback);
    }
}
