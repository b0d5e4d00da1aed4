<?php

// Generated from js/coinbaseprime.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class coinbaseprime extends Exchange {
    public function describe() {
        return $this->deep_extend(
            parent::describe(),
            [
                'id' => 'coinbaseprime',
                'name' => 'Coinbase Prime',
                'countries' => ['US'],
                'version' => 'v1',
                'rateLimit' => 40,
                'has' => [
                    'fetchMarkets' => true,
                    'fetchCurrencies' => true,
                    'fetchTicker' => false,
                    'fetchTickers' => false,
                    'fetchOrderBook' => false,
                    'fetchOHLCV' => true,
                    'fetchTrades' => false,
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
                    'api' => 'https://api.prime.coinbase.com',
                    'www' => 'https://prime.coinbase.com',
                    'doc' => 'https://docs.cdp.coinbase.com/prime/rest-api',
                    'fees' => 'https://docs.cdp.coinbase.com/prime/concepts/trading/trading-fees',
                ],
                'api' => [
                    'private' => [
                        'get' => [
                            'portfolios',
                            'portfolios/{portfolio_id}',
                            'portfolios/{portfolio_id}/products',
                            'portfolios/{portfolio_id}/candles',
                            'portfolios/{portfolio_id}/balances',
                            'portfolios/{portfolio_id}/orders',
                            'portfolios/{portfolio_id}/open_orders',
                            'portfolios/{portfolio_id}/orders/{order_id}',
                            'portfolios/{portfolio_id}/fills',
                            'portfolios/{portfolio_id}/transactions',
                            'portfolios/{portfolio_id}/wallets',
                            'portfolios/{portfolio_id}/wallets/{wallet_id}/deposit_instructions',
                            'entities/{entity_id}/assets',
                        ],
                        'post' => [
                            'portfolios/{portfolio_id}/order',
                            'portfolios/{portfolio_id}/orders/{order_id}/cancel',
                            'portfolios/{portfolio_id}/wallets/{wallet_id}/withdrawals',
                        ],
                    ],
                ],
                'timeframes' => [
                    '1m' => 'ONE_MINUTE',
                    '30m' => 'THIRTY_MINUTE',
                    '1h' => 'ONE_HOUR',
                    '2h' => 'TWO_HOUR',
                    '1d' => 'ONE_DAY',
                ],
                'requiredCredentials' => ['apiKey' => true, 'secret' => true, 'password' => true],
                'fees' => [
                    'trading' => [
                        'tierBased' => true,
                        'percentage' => true,
                        'maker' => null,
                        'taker' => null,
                    ],
                ],
                'precisionMode' => TICK_SIZE,
                'options' => [
                    'portfolioId' => null,
                    'entityId' => null,
                    'walletType' => 'TRADING',
                    'networks' => ['ERC20' => 'ethereum-mainnet'],
                    'maxPages' => 20,
                    'maxCandles' => 300,
                    'timeframeSeconds' => [
                        '1m' => 60,
                        '30m' => 1800,
                        '1h' => 3600,
                        '2h' => 7200,
                        '1d' => 86400,
                    ],
                    'orderStatuses' => [
                        'PENDING' => 'open',
                        'OPEN' => 'open',
                        'FILLED' => 'closed',
                        'CANCELLED' => 'canceled',
                        'EXPIRED' => 'expired',
                        'FAILED' => 'rejected',
                    ],
                    'orderTypes' => ['MARKET' => 'market', 'LIMIT' => 'limit', 'STOP_LIMIT' => 'limit'],
                    'timeInForce' => [
                        'GOOD_UNTIL_CANCELLED' => 'GTC',
                        'IMMEDIATE_OR_CANCEL' => 'IOC',
                        'FILL_OR_KILL' => 'FOK',
                    ],
                    'transactionTypes' => [
                        'DEPOSIT' => 'deposit',
                        'INTERNAL_DEPOSIT' => 'deposit',
                        'WITHDRAWAL' => 'withdrawal',
                        'INTERNAL_WITHDRAWAL' => 'withdrawal',
                    ],
                    'transactionStatuses' => [
                        'TRANSACTION_DONE' => 'ok',
                        'TRANSACTION_IMPORTED' => 'ok',
                        'TRANSACTION_CANCELLED' => 'canceled',
                        'TRANSACTION_REJECTED' => 'failed',
                        'TRANSACTION_FAILED' => 'failed',
                        'TRANSACTION_EXPIRED' => 'failed',
                    ],
                ],
                'exceptions' => [
                    'exact' => [],
                    'broad' => [
                        'insufficient' => InsufficientFunds::class,
                        'invalid signature' => AuthenticationError::class,
                        'timestamp' => AuthenticationError::class,
                    ],
                ],
            ],
        );
    }

    // --- portfolio -----------------------------------------------------------------------------------
    public function portfolio_id($params = null) {
        if ($params === null) {
            $params = [];
        }
        // params['portfolio_id'] for one call, else options['portfolioId']; without either, the first portfolio
        // that GET /v1/portfolios lists for the key (a portfolio-scoped key lists its own), kept in the options.
        $from_params = $this->safe_string2($params, 'portfolio_id', 'portfolioId');
        if ($from_params !== null) {
            return $from_params;
        }
        $configured = $this->safe_string($this->options, 'portfolioId');
        if ($configured !== null) {
            return $configured;
        }
        $response = $this->private_get_portfolios();
        $portfolios = $this->required_list($response, 'portfolios');
        $first = $this->safe_dict($portfolios, 0);
        $id = $this->safe_string($first, 'id');
        if ($id === null) {
            throw new BadResponse(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' GET /v1/portfolios lists no portfolio for this API key: set options[\'portfolioId\']',
                ),
            );
        }
        Js::set($this->options, 'portfolioId', $id);
        return $id;
    }

    public function portfolio_request($request, $params) {
        // The request of a portfolio-scoped endpoint: request with its portfolio_id, params without the portfolio.
        $portfolio_id = $this->portfolio_id($params);
        $result = $this->extend($request, $this->omit($params, ['portfolio_id', 'portfolioId']));
        $result['portfolio_id'] = $portfolio_id;
        return $result;
    }

    // --- markets and currencies ----------------------------------------------------------------------
    public function fetch_markets($params = null) {
        if ($params === null) {
            $params = [];
        }
        // portfolios/{portfolio_id}/products: { products: [ { id: 'BTC-USD', base_increment, quote_increment,
        // base_min_size, quote_min_size, base_max_size, quote_max_size, permissions, price_increment } ],
        // pagination: { next_cursor, sort_direction, has_next } }, page after page while has_next.
        $request = $this->portfolio_request([], $params);
        $result = [];
        $max_pages = $this->safe_integer($this->options, 'maxPages', 20);
        for ($page = 0; Js::less($page, $max_pages); $page = Js::number($page + 1)) {
            $response = $this->private_get_portfolios_portfolio_id_products($request);
            $products = $this->required_list($response, 'products');
            for ($i = 0; Js::less($i, Js::length($products)); $i++) {
                $result[] = $this->parse_market(Js::get($products, $i));
            }
            $pagination = $this->safe_dict($response, 'pagination', []);
            $cursor = $this->safe_string($pagination, 'next_cursor');
            if (!($this->safe_bool($pagination, 'has_next') === true) || ($cursor === null)) {
                break;
            }
            $request = $this->extend($request, ['cursor' => $cursor]);
        }
        return $result;
    }

    public function parse_market($product) {
        $id = $this->safe_string($product, 'id');
        $parts = $id === null ? [] : Js::split($id, '-');
        if (!(count($parts) == 2)) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent a product whose id is not BASE-QUOTE: ') . Js::toStr(
                        $this->excerpt($this->json($product)),
                    ),
                ),
            );
        }
        $base_id = Js::get($parts, 0);
        $quote_id = Js::get($parts, 1);
        $base = $this->safe_currency_code($base_id);
        $quote = $this->safe_currency_code($quote_id);
        // permissions: PRODUCT_PERMISSION_READ, PRODUCT_PERMISSION_TRADE (a list in the API's types, one string
        // in the reference page's example): the market is active when the portfolio may trade it.
        $permissions = $this->safe_value($product, 'permissions');
        $active = null;
        if (Js::isArray($permissions)) {
            $active = $this->in_array('PRODUCT_PERMISSION_TRADE', $permissions);
        } elseif (Js::typeof($permissions) === 'string') {
            $active = $permissions === 'PRODUCT_PERMISSION_TRADE';
        }
        return $this->safe_market_structure(
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
                'precision' => [
                    'amount' => $this->safe_number($product, 'base_increment'),
                    'price' => $this->safe_number($product, 'price_increment'),
                ],
                'limits' => [
                    'amount' => [
                        'min' => $this->safe_number($product, 'base_min_size'),
                        'max' => $this->safe_number($product, 'base_max_size'),
                    ],
                    'price' => ['min' => null, 'max' => null],
                    'cost' => [
                        'min' => $this->safe_number($product, 'quote_min_size'),
                        'max' => $this->safe_number($product, 'quote_max_size'),
                    ],
                ],
                'info' => $product,
            ],
        );
    }

    public function fetch_currencies($params = null) {
        if ($params === null) {
            $params = [];
        }
        // entities/{entity_id}/assets: { assets: [ { name, symbol, decimal_precision, trading_supported,
        // explorer_url, networks } ] }. The entity is options['entityId'], else the entity_id of the portfolio
        // (portfolios/{portfolio_id}: { portfolio: { id, name, entity_id, organization_id, entity_name } }).
        $entity_id = $this->safe_string2(
            $params,
            'entity_id',
            'entityId',
            $this->safe_string($this->options, 'entityId'),
        );
        if ($entity_id === null) {
            $request = $this->portfolio_request([], []);
            $portfolio_response = $this->private_get_portfolios_portfolio_id($request);
            $entity_id = $this->safe_string(
                $this->safe_dict($portfolio_response, 'portfolio', []),
                'entity_id',
            );
            if ($entity_id === null) {
                throw new BadResponse(
                    Js::boundedText(
                        Js::toStr(
                            $this->id,
                        ) . ' fetchCurrencies () found no entity_id in the portfolio: set options[\'entityId\']',
                    ),
                );
            }
        }
        $query = $this->omit($params, ['entity_id', 'entityId', 'portfolio_id', 'portfolioId']);
        $response = $this->private_get_entities_entity_id_assets(
            $this->extend(['entity_id' => $entity_id], $query),
        );
        $assets = $this->required_list($response, 'assets');
        $result = [];
        for ($i = 0; Js::less($i, Js::length($assets)); $i++) {
            $asset = Js::get($assets, $i);
            $id = $this->safe_string($asset, 'symbol');
            if ($id === null) {
                continue;
            }
            $code = $this->safe_currency_code($id);
            Js::setKey(
                $result,
                $code,
                [
                    'id' => $id,
                    'code' => $code,
                    'name' => $this->safe_string($asset, 'name'),
                    'active' => $this->safe_bool($asset, 'trading_supported'),
                    'precision' => $this->parse_number(
                        $this->parse_precision($this->safe_string($asset, 'decimal_precision')),
                    ),
                    'info' => $asset,
                ],
            );
        }
        return $result;
    }

    // --- market data ---------------------------------------------------------------------------------
    public function fetch_ohlcv($symbol, $timeframe = null, $since = null, $limit = null, $params = null) {
        if ($timeframe === null) {
            $timeframe = '1m';
        }
        if ($params === null) {
            $params = [];
        }
        // portfolios/{portfolio_id}/candles?product_id&granularity&start_time&end_time (both ends required):
        // { candles: [ { timestamp (RFC 3339), open, high, low, close, volume } ] }. A range with an end missing
        // is completed to limit (or 300) candles; the end is until, or now.
        $this->load_markets();
        $market = $this->market($symbol);
        $granularity = $this->safe_string($this->timeframes, $timeframe);
        if ($granularity === null) {
            throw new BadRequest(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' fetchOHLCV () does not support the timeframe ' . Js::toStr($timeframe) . ': one of ') . Js::join(
                        Js::keys($this->timeframes),
                        ', ',
                    ),
                ),
            );
        }
        $seconds = $this->safe_integer(Js::get($this->options, 'timeframeSeconds'), $timeframe);
        $max_candles = $this->safe_integer($this->options, 'maxCandles', 300);
        $count = $limit === null ? $max_candles : Js::min($limit, $max_candles);
        $span = Js::multiply(Js::multiply($count, $seconds), 1000);
        $until = $this->safe_integer($params, 'until');
        $start = $since;
        $end = $until;
        if ($start === null) {
            if ($end === null) {
                $end = $this->milliseconds();
            }
            $start = Js::subtract($end, $span);
        } elseif ($end === null) {
            $end = Js::add($start, $span);
        }
        $request = $this->portfolio_request(
            [
                'product_id' => Js::get($market, 'id'),
                'granularity' => $granularity,
                'start_time' => $this->iso8601($start),
                'end_time' => $this->iso8601($end),
            ],
            $this->omit($params, 'until'),
        );
        $response = $this->private_get_portfolios_portfolio_id_candles($request);
        $candles = $this->required_list($response, 'candles');
        return $this->parse_ohlcvs($candles, $market, $timeframe, $since, $limit);
    }

    public function parse_ohlcv($ohlcv, $market = null) {
        return [
            $this->parse8601($this->safe_string($ohlcv, 'timestamp')),
            $this->safe_number($ohlcv, 'open'),
            $this->safe_number($ohlcv, 'high'),
            $this->safe_number($ohlcv, 'low'),
            $this->safe_number($ohlcv, 'close'),
            $this->safe_number($ohlcv, 'volume'),
        ];
    }

    // --- account -------------------------------------------------------------------------------------
    public function fetch_balance($params = null) {
        if ($params === null) {
            $params = [];
        }
        // portfolios/{portfolio_id}/balances: { balances: [ { symbol, amount, holds, withdrawable_amount, ... } ],
        // type: 'TRADING_BALANCES', ... }: amount is the whole balance, holds what open orders and pending
        // withdrawals hold.
        $request = $this->portfolio_request([], $params);
        $response = $this->private_get_portfolios_portfolio_id_balances($request);
        $balances = $this->required_list($response, 'balances');
        $result = ['info' => $response];
        for ($i = 0; Js::less($i, Js::length($balances)); $i++) {
            $entry = Js::get($balances, $i);
            $currency_id = $this->safe_string_upper($entry, 'symbol');
            if ($currency_id === null) {
                continue;
            }
            $code = $this->safe_currency_code($currency_id);
            $account = $this->account();
            Js::set($account, 'total', $this->safe_string($entry, 'amount'));
            Js::set($account, 'used', $this->safe_string($entry, 'holds'));
            Js::setKey($result, $code, $account);
        }
        return $this->safe_balance($result);
    }

    // --- orders --------------------------------------------------------------------------------------
    public function parse_order($order, $market = null) {
        // { id, user_id, portfolio_id, product_id, side: BUY or SELL, client_order_id, type: MARKET, LIMIT,
        // STOP_LIMIT, TWAP, VWAP, BLOCK or RFQ, base_quantity, quote_value, limit_price, start_time, expiry_time,
        // status, time_in_force, created_at, filled_quantity, filled_value, average_filled_price, commission,
        // exchange_fee, stop_price, post_only, ... }; createOrder and cancelOrder answer { order_id } only.
        // The commission is in the quote currency (what the order is valued in); the algorithm types (TWAP,
        // VWAP, BLOCK, RFQ) have no unified type and keep theirs in info.
        $market_id = $this->safe_string($order, 'product_id');
        $market = $this->safe_market($market_id, $market, '-');
        $raw_type = $this->safe_string($order, 'type');
        $raw_side = $this->safe_string_lower($order, 'side');
        $fee = null;
        $commission = $this->safe_string($order, 'commission');
        if ($commission !== null) {
            $fee = ['cost' => $commission, 'currency' => Js::get($market, 'quote')];
        }
        $trigger_price = $raw_type === 'STOP_LIMIT' ? $this->safe_string($order, 'stop_price') : null;
        return $this->safe_order(
            [
                'id' => $this->safe_string2($order, 'id', 'order_id'),
                'clientOrderId' => $this->safe_string($order, 'client_order_id'),
                'timestamp' => $this->parse8601($this->safe_string($order, 'created_at')),
                'symbol' => Js::get($market, 'symbol'),
                'type' => $this->safe_string(Js::get($this->options, 'orderTypes'), $raw_type),
                'timeInForce' => $this->safe_string(
                    Js::get($this->options, 'timeInForce'),
                    $this->safe_string($order, 'time_in_force'),
                ),
                'postOnly' => $this->safe_bool($order, 'post_only'),
                'side' => ($raw_side === 'buy') || ($raw_side === 'sell') ? $raw_side : null,
                'price' => $this->safe_string($order, 'limit_price'),
                'triggerPrice' => $trigger_price,
                'average' => $this->safe_string($order, 'average_filled_price'),
                'amount' => $this->safe_string($order, 'base_quantity'),
                'filled' => $this->safe_string($order, 'filled_quantity'),
                'cost' => $this->safe_string($order, 'filled_value'),
                'status' => $this->safe_string(
                    Js::get($this->options, 'orderStatuses'),
                    $this->safe_string($order, 'status'),
                ),
                'fee' => $fee,
                'info' => $order,
            ],
            $market,
        );
    }

    public function create_order($symbol, $type, $side, $amount, $price = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST portfolios/{portfolio_id}/order { product_id, side, client_order_id (required: the caller's
        // clientOrderId, else a new UUID), type, base_quantity or quote_value, limit_price, time_in_force,
        // stop_price, post_only } answers { order_id }. The unified timeInForce GTC, IOC and FOK are
        // GOOD_UNTIL_CANCELLED, IMMEDIATE_OR_CANCEL and FILL_OR_KILL, postOnly is post_only, triggerPrice makes a
        // STOP_LIMIT order (a limit order only), cost is quote_value (market orders). Spot has no reduceOnly,
        // and Prime no stop-loss or take-profit order of its own: those are refused.
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
        $client_order_id = Js::get($unified, 'clientOrderId') === null ? $this->uuid() : Js::get(
            $unified,
            'clientOrderId',
        );
        $request = [
            'product_id' => Js::get($market, 'id'),
            'side' => Js::upperCase(Js::textReceiver($side, 'toUpperCase')),
            'client_order_id' => $client_order_id,
        ];
        if ($type === 'market') {
            if (Js::get($unified, 'trigger') !== null) {
                throw new InvalidOrder(
                    Js::boundedText(
                        Js::toStr(
                            $this->id,
                        ) . ' createOrder () triggerPrice makes a STOP_LIMIT order, which needs type limit and a price',
                    ),
                );
            }
            if (
                (Js::get($unified, 'timeInForce') !== null) && !(Js::get($unified, 'timeInForce') === 'IOC')
            ) {
                throw new InvalidOrder(
                    Js::boundedText(
                        Js::boundedText(Js::toStr($this->id) . ' createOrder () a market order is immediate-or-cancel: timeInForce ') . Js::toStr(
                            Js::get($unified, 'timeInForce'),
                        ) . ' is for limit orders',
                    ),
                );
            }
            $request['type'] = 'MARKET';
            if (Js::get($unified, 'cost') !== null) {
                $request['quote_value'] = $this->cost_to_precision($symbol, Js::get($unified, 'cost'));
            } else {
                $request['base_quantity'] = $this->amount_to_precision($symbol, $amount);
            }
        } else {
            if ($price === null) {
                throw new ArgumentsRequired(
                    Js::boundedText(
                        Js::toStr($this->id) . ' createOrder () requires a price for a limit order',
                    ),
                );
            }
            $request['base_quantity'] = $this->amount_to_precision($symbol, $amount);
            $request['limit_price'] = $this->price_to_precision($symbol, $price);
            if (Js::get($unified, 'trigger') !== null) {
                $request['type'] = 'STOP_LIMIT';
                $request['stop_price'] = $this->price_to_precision($symbol, Js::get($unified, 'trigger'));
            } else {
                $request['type'] = 'LIMIT';
            }
            if (Js::get($unified, 'timeInForce') === 'GTC') {
                $request['time_in_force'] = 'GOOD_UNTIL_CANCELLED';
            } elseif (Js::get($unified, 'timeInForce') === 'IOC') {
                $request['time_in_force'] = 'IMMEDIATE_OR_CANCEL';
            } elseif (Js::get($unified, 'timeInForce') === 'FOK') {
                $request['time_in_force'] = 'FILL_OR_KILL';
            }
            if (Js::truthy(Js::get($unified, 'postOnly'))) {
                $request['post_only'] = true;
            }
        }
        $full_request = $this->portfolio_request($request, $rest);
        $response = $this->private_post_portfolios_portfolio_id_order($full_request);
        return $this->safe_order(
            [
                'id' => $this->safe_string($response, 'order_id'),
                'clientOrderId' => $client_order_id,
                'symbol' => $symbol,
                'type' => $type,
                'side' => $side,
                'amount' => $this->safe_string($request, 'base_quantity'),
                'price' => $this->safe_string($request, 'limit_price'),
                'triggerPrice' => $this->safe_string($request, 'stop_price'),
                'postOnly' => Js::get($unified, 'postOnly'),
                'info' => $response,
            ],
            $market,
        );
    }

    public function cancel_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST portfolios/{portfolio_id}/orders/{order_id}/cancel answers { order_id }: the cancellation is
        // requested (its outcome is the order's status, fetchOrder).
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $request = $this->portfolio_request(['order_id' => $id], $params);
        $response = $this->private_post_portfolios_portfolio_id_orders_order_id_cancel($request);
        return $this->safe_order(
            [
                'id' => $this->safe_string($response, 'order_id', $id),
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
        // portfolios/{portfolio_id}/orders/{order_id}: { order: { ... } }.
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $request = $this->portfolio_request(['order_id' => $id], $params);
        $response = $this->private_get_portfolios_portfolio_id_orders_order_id($request);
        return $this->parse_order($this->safe_dict($response, 'order', []), $market);
    }

    public function fetch_open_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // portfolios/{portfolio_id}/open_orders?product_ids&limit: { orders: [ ... ], pagination } (at most
        // 5000 open orders; since filters them here).
        $this->load_markets();
        $query = [];
        $market = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
            $query['product_ids'] = [Js::get($market, 'id')];
        }
        if ($limit !== null) {
            $query['limit'] = $limit;
        }
        $request = $this->portfolio_request($query, $params);
        $response = $this->private_get_portfolios_portfolio_id_open_orders($request);
        return $this->parse_orders($this->required_list($response, 'orders'), $market, $since, $limit);
    }

    public function fetch_closed_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // portfolios/{portfolio_id}/orders?order_statuses=FILLED&order_statuses=CANCELLED&...&product_ids
        // &start_date&end_date&limit: the order history (it does not list open orders), newest first.
        $this->load_markets();
        $query = ['order_statuses' => ['FILLED', 'CANCELLED', 'EXPIRED', 'FAILED']];
        $market = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
            $query['product_ids'] = [Js::get($market, 'id')];
        }
        if ($since !== null) {
            $query['start_date'] = $this->iso8601($since);
        }
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            $query['end_date'] = $this->iso8601($until);
        }
        if ($limit !== null) {
            $query['limit'] = $limit;
        }
        $request = $this->portfolio_request($query, $this->omit($params, 'until'));
        $response = $this->private_get_portfolios_portfolio_id_orders($request);
        return $this->parse_orders($this->required_list($response, 'orders'), $market, $since, $limit);
    }

    // --- trades --------------------------------------------------------------------------------------
    public function parse_trade($trade, $market = null) {
        // The portfolio's fills: { id, order_id, product_id, client_product_id, side, filled_quantity,
        // filled_value, price, time, commission (in the quote currency), venue, venue_fees, ces_commission }.
        $market = $this->safe_market($this->safe_string($trade, 'product_id'), $market, '-');
        $raw_side = $this->safe_string_lower($trade, 'side');
        $fee = null;
        $commission = $this->safe_string($trade, 'commission');
        if ($commission !== null) {
            $fee = ['cost' => $commission, 'currency' => Js::get($market, 'quote')];
        }
        return $this->trade_structure(
            id: $this->safe_string($trade, 'id'),
            order: $this->safe_string($trade, 'order_id'),
            timestamp: $this->parse8601($this->safe_string($trade, 'time')),
            symbol: Js::get($market, 'symbol'),
            side: ($raw_side === 'buy') || ($raw_side === 'sell') ? $raw_side : null,
            price: $this->safe_string($trade, 'price'),
            amount: $this->safe_string($trade, 'filled_quantity'),
            cost: $this->safe_string($trade, 'filled_value'),
            fee: $fee,
            info: $trade,
            market: $market,
        );
    }

    public function fetch_my_trades($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // portfolios/{portfolio_id}/fills?start_date&end_date&limit: { fills: [ ... ], pagination }. The
        // endpoint requires start_date, so since is required; it has no product filter (symbol filters here).
        if ($since === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' fetchMyTrades () requires since: the fills endpoint requires a start_date',
                ),
            );
        }
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $query = ['start_date' => $this->iso8601($since)];
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            $query['end_date'] = $this->iso8601($until);
        }
        if ($limit !== null) {
            $query['limit'] = $limit;
        }
        $request = $this->portfolio_request($query, $this->omit($params, 'until'));
        $response = $this->private_get_portfolios_portfolio_id_fills($request);
        return $this->parse_trades($this->required_list($response, 'fills'), $market, $since, $limit);
    }

    // --- funding -------------------------------------------------------------------------------------
    public function parse_transaction($transaction, $currency = null) {
        // { id, wallet_id, portfolio_id, type, status, symbol, created_at, completed_at, amount, transfer_from,
        // transfer_to: { type, value, address, account_identifier }, network_fees, fees, fee_symbol,
        // blockchain_ids, transaction_id, network }; withdraw answers { activity_id, approval_url, symbol,
        // amount, fee, destination_type, source_type, blockchain_destination: { address, account_identifier },
        // transaction_id }.
        $currency_id = $this->safe_string_upper($transaction, 'symbol');
        $code = $this->safe_currency_code($currency_id, $currency);
        $destination = $this->safe_dict2($transaction, 'transfer_to', 'blockchain_destination', []);
        $fee = null;
        $fee_cost = $this->safe_string2($transaction, 'fees', 'fee');
        if ($fee_cost !== null) {
            $fee_currency_id = $this->safe_string_upper($transaction, 'fee_symbol');
            $fee = [
                'cost' => $fee_cost,
                'currency' => $fee_currency_id === null ? $code : $this->safe_currency_code($fee_currency_id),
            ];
        }
        $blockchain_ids = $this->safe_list($transaction, 'blockchain_ids', []);
        $network_id = $this->safe_string($transaction, 'network');
        $status = $this->safe_string($transaction, 'status');
        $unified_status = null;
        if ($status !== null) {
            // Every other TRANSACTION_* status (created, requested, approved, processing, broadcasting, ...)
            // is a transaction on its way.
            $unified_status = $this->safe_string(
                Js::get($this->options, 'transactionStatuses'),
                $status,
                'pending',
            );
        }
        return $this->safe_transaction(
            [
                'id' => $this->safe_string_n($transaction, ['id', 'transaction_id', 'activity_id']),
                'txid' => $this->string_of($this->safe_value($blockchain_ids, 0)),
                'timestamp' => $this->parse8601($this->safe_string($transaction, 'created_at')),
                'network' => $network_id === null ? null : $this->network_code($network_id),
                'address' => $this->safe_string($destination, 'address'),
                'tag' => $this->safe_string($destination, 'account_identifier'),
                'type' => $this->safe_string(
                    Js::get($this->options, 'transactionTypes'),
                    $this->safe_string($transaction, 'type'),
                ),
                'amount' => $this->safe_string($transaction, 'amount'),
                'currency' => $code,
                'status' => $unified_status,
                'updated' => $this->parse8601($this->safe_string($transaction, 'completed_at')),
                'fee' => $fee,
                'info' => $transaction,
            ],
            $currency,
        );
    }

    public function fetch_transfers_of($type, $code, $since, $limit, $params) {
        // portfolios/{portfolio_id}/transactions?types&symbols&start_time&end_time&limit: { transactions: [ ... ],
        // pagination }, newest first.
        $this->load_markets();
        $currency = $code === null ? null : $this->currency($code);
        $query = ['types' => [$type === 'deposit' ? 'DEPOSIT' : 'WITHDRAWAL']];
        if ($currency !== null) {
            $query['symbols'] = Js::get($currency, 'id');
        }
        if ($since !== null) {
            $query['start_time'] = $this->iso8601($since);
        }
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            $query['end_time'] = $this->iso8601($until);
        }
        if ($limit !== null) {
            $query['limit'] = $limit;
        }
        $request = $this->portfolio_request($query, $this->omit($params, 'until'));
        $response = $this->private_get_portfolios_portfolio_id_transactions($request);
        return $this->parse_transactions(
            $this->required_list($response, 'transactions'),
            $currency,
            $since,
            $limit,
        );
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

    public function wallet_id($currency, $portfolio_id, $params) {
        // params['wallet_id'], else the first wallet of options['walletType'] (TRADING) that
        // portfolios/{portfolio_id}/wallets?type&symbols lists: { wallets: [ { id, name, symbol, type, ... } ] }.
        $given = $this->safe_string($params, 'wallet_id');
        if ($given !== null) {
            return $given;
        }
        $request = [
            'portfolio_id' => $portfolio_id,
            'type' => $this->safe_string($this->options, 'walletType', 'TRADING'),
            'symbols' => Js::get($currency, 'id'),
        ];
        $response = $this->private_get_portfolios_portfolio_id_wallets($request);
        $wallets = $this->required_list($response, 'wallets');
        $id = $this->safe_string($this->safe_dict($wallets, 0), 'id');
        if ($id === null) {
            throw new BadRequest(
                Js::boundedText(
                    Js::boundedText(Js::boundedText(Js::toStr($this->id) . ' has no ') . Js::toStr(Js::get($request, 'type')) . ' wallet of ') . Js::toStr(
                        Js::get($currency, 'code'),
                    ) . ' in the portfolio: pass params[\'wallet_id\']',
                ),
            );
        }
        return $id;
    }

    public function fetch_deposit_address($code, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // portfolios/{portfolio_id}/wallets/{wallet_id}/deposit_instructions?deposit_type=CRYPTO:
        // { crypto_instructions: { id, name, type, address, account_identifier, account_identifier_name,
        // network: { id, type } } }: the wallet's default address, on its default network (the unified network
        // cannot choose another one, so it is refused).
        $this->reject_unified_params('fetchDepositAddress', $params, ['network']);
        $this->load_markets();
        $currency = $this->currency($code);
        $portfolio_id = $this->portfolio_id($params);
        $wallet_id = $this->wallet_id($currency, $portfolio_id, $params);
        $query = $this->omit($params, ['portfolio_id', 'portfolioId', 'wallet_id']);
        $request = $this->extend(
            ['portfolio_id' => $portfolio_id, 'wallet_id' => $wallet_id, 'deposit_type' => 'CRYPTO'],
            $query,
        );
        $response = $this->private_get_portfolios_portfolio_id_wallets_wallet_id_deposit_instructions(
            $request,
        );
        $instructions = $this->safe_dict($response, 'crypto_instructions', []);
        $address = $this->safe_string($instructions, 'address');
        if ($address === null) {
            throw new BadResponse(
                Js::boundedText(
                    Js::toStr($this->id) . ' fetchDepositAddress () got no crypto deposit address for ' . Js::toStr(
                        $code,
                    ),
                ),
            );
        }
        $network_id = $this->safe_string($this->safe_dict($instructions, 'network', []), 'id');
        return [
            'currency' => Js::get($currency, 'code'),
            'address' => $address,
            'tag' => $this->safe_string($instructions, 'account_identifier'),
            'network' => $network_id === null ? null : $this->network_code($network_id, $currency),
            'info' => $response,
        ];
    }

    public function withdraw($code, $amount, $address, $tag = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST portfolios/{portfolio_id}/wallets/{wallet_id}/withdrawals { amount, destination_type:
        // DESTINATION_BLOCKCHAIN, idempotency_key (a new UUID), currency_symbol, blockchain_address: { address,
        // account_identifier (the tag) } }. The network field's values (network id and type) are not documented
        // beyond their names, so the unified network is refused: the asset's default network is used.
        $this->reject_unified_params('withdraw', $params, ['network']);
        $this->load_markets();
        $currency = $this->currency($code);
        $portfolio_id = $this->portfolio_id($params);
        $wallet_id = $this->wallet_id($currency, $portfolio_id, $params);
        $destination = ['address' => $address];
        if ($tag !== null) {
            $destination['account_identifier'] = $tag;
        }
        $query = $this->omit($params, ['portfolio_id', 'portfolioId', 'wallet_id']);
        $request = $this->extend(
            [
                'portfolio_id' => $portfolio_id,
                'wallet_id' => $wallet_id,
                'amount' => $this->currency_to_precision($code, $amount),
                'destination_type' => 'DESTINATION_BLOCKCHAIN',
                'idempotency_key' => $this->uuid(),
                'currency_symbol' => Js::get($currency, 'id'),
                'blockchain_address' => $destination,
            ],
            $query,
        );
        $response = $this->private_post_portfolios_portfolio_id_wallets_wallet_id_withdrawals($request);
        $transaction = $this->parse_transaction($response, $currency);
        Js::set($transaction, 'type', 'withdrawal');
        if (Js::get($transaction, 'status') === null) {
            Js::set(
                $transaction,
                'status',
                'pending',
            ); // withdrawals wait for the portfolio's consensus approval
        }
        return $transaction;
    }

    // --- transport -----------------------------------------------------------------------------------
    public function query_string($query) {
        // A list repeats its key (order_statuses=FILLED&order_statuses=CANCELLED), as the API's repeated fields
        // take it.
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
            $api = 'private';
        }
        if ($method === null) {
            $method = 'GET';
        }
        if ($params === null) {
            $params = [];
        }
        // GET sends its params as the query string, POST as a JSON body.
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
        // X-CB-ACCESS-SIGNATURE: base64 (HMAC-SHA256 (secret, timestamp + method + path + body)), with the
        // timestamp in whole seconds and the path without the query string (the docs' examples sign
        // urlparse (uri).path). The HMAC key is the secret string as Coinbase gives it, used raw (the docs:
        // hmac.digest (SECRET_KEY.encode (), message.encode (), hashlib.sha256)), not base64-decoded.
        $this->check_required_credentials();
        $timestamp = $this->number_to_string($this->seconds());
        $payload = '';
        $headers = [
            'Accept' => 'application/json',
            'X-CB-ACCESS-KEY' => $this->apiKey,
            'X-CB-ACCESS-PASSPHRASE' => $this->password,
            'X-CB-ACCESS-TIMESTAMP' => $timestamp,
        ];
        if ($has_body) {
            // An empty body is written out: PHP would encode an empty dictionary as a list, '[]'.
            $body = count(Js::keys($query)) > 0 ? $this->json($query) : '{}';
            $payload = $body;
            Js::set($headers, 'Content-Type', 'application/json');
        }
        $auth = Js::boundedText(
            Js::toStr(Js::add($timestamp, $method)) . $request_path . Js::toStr($payload),
        );
        Js::set(
            $headers,
            'X-CB-ACCESS-SIGNATURE',
            $this->hmac($this->encode($auth), $this->encode($this->secret), 'sha256', 'base64'),
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
        // { "message": "..." } with an HTTP 4xx or 5xx status: a message the broad map knows picks the class, a
        // 404 of an order endpoint is OrderNotFound, and the status decides the rest (httpExceptions).
        if (
            Js::less($status, 400) || ($response === null) || Js::isArray($response) || !(
                Js::typeof($response) === 'object'
            )
        ) {
            return;
        }
        $message = $this->safe_string($response, 'message');
        if ($message === null) {
            return;
        }
        $feedback = Js::boundedText(
            Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($method) . ' ' . Js::toStr($url) . ' ') . Js::toStr($this->number_to_string($status)) . ' ' . Js::toStr(
                $message,
            ),
        );
        $this->throw_exactly_matched_exception(Js::get($this->exceptions, 'exact'), $message, $feedback);
        $this->throw_broadly_matched_exception(
            Js::get($this->exceptions, 'broad'),
            Js::lowerCase(Js::textReceiver($message, 'toLowerCase')),
            $feedback,
        );
        if (Js::strictEqual($status, 404) && (Js::indexOf($url, '/orders/') >= 0)) {
            throw new OrderNotFound($feedback);
        }
        if (Js::strictEqual($status, 401)) {
            throw new AuthenticationError($feedback);
        }
        if (Js::strictEqual($status, 403)) {
            throw new PermissionDenied($feedback);
        }
        if (Js::strictEqual($status, 429)) {
            throw new RateLimitExceeded($feedback);
        }
        if (Js::strictEqual($status, 404)) {
            throw new ExchangeError($feedback);
        }
    }
}
