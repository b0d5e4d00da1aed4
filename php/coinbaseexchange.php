<?php

// Generated from js/coinbaseexchange.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class coinbaseexchange extends Exchange {
    public function describe() {
        return $this->deep_extend(
            parent::describe(),
            [
                'id' => 'coinbaseexchange',
                'name' => 'Coinbase Exchange',
                'countries' => ['US'],
                'version' => 'v1',
                'rateLimit' => 100,
                'has' => [
                    'fetchMarkets' => true,
                    'fetchCurrencies' => true,
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
                    'fetchOrders' => true,
                    'fetchOpenOrders' => true,
                    'fetchClosedOrders' => true,
                    'fetchMyTrades' => true,
                    'fetchDeposits' => true,
                    'fetchWithdrawals' => true,
                    'fetchTransactions' => true,
                    'fetchLedger' => true,
                    'fetchDepositAddress' => true,
                    'withdraw' => true,
                    'fetchTime' => true,
                    'fetchStatus' => false,
                    'fetchTradingFees' => true,
                    'cancelAllOrders' => true,
                    'fetchOrderTrades' => true,
                    'fetchTradingFee' => true,
                    'fetchDepositAddresses' => false,
                    'createDepositAddress' => true,
                    'fetchDepositWithdrawFees' => false,
                    'transfer' => false,
                    'createMarketBuyOrderWithCost' => true,
                ],
                'urls' => [
                    'logo' => 'https://exchange.coinbase.com/favicon.ico',
                    'api' => 'https://api.exchange.coinbase.com',
                    'www' => 'https://exchange.coinbase.com',
                    'doc' => 'https://docs.cdp.coinbase.com/exchange/',
                    'fees' => 'https://www.coinbase.com/exchange/fees',
                ],
                'api' => [
                    'public' => [
                        'get' => [
                            'currencies' => 1,
                            'currencies/{currency_id}' => 1,
                            'products' => 1,
                            'products/volume-summary' => 1,
                            'products/{product_id}' => 1,
                            'products/{product_id}/book' => 1,
                            'products/{product_id}/candles' => 1,
                            'products/{product_id}/stats' => 1,
                            'products/{product_id}/ticker' => 1,
                            'products/{product_id}/trades' => 1,
                            'time' => 1,
                            'wrapped-assets' => 1,
                            'wrapped-assets/{wrapped_asset_id}' => 1,
                            'wrapped-assets/{wrapped_asset_id}/conversion-rate' => 1,
                            'loans/assets' => 1,
                        ],
                    ],
                    'private' => [
                        'get' => [
                            'accounts' => 0.67,
                            'accounts/{account_id}' => 0.67,
                            'accounts/{account_id}/holds' => 0.67,
                            'accounts/{account_id}/ledger' => 0.67,
                            'accounts/{account_id}/transfers' => 0.67,
                            'address-book' => 0.67,
                            'coinbase-accounts' => 0.67,
                            'conversions' => 0.67,
                            'conversions/fees' => 0.67,
                            'conversions/{conversion_id}' => 0.67,
                            'fees' => 0.67,
                            'fills' => 1,
                            'loans' => 1,
                            'loans/interest' => 1,
                            'loans/interest/history/{loan_id}' => 1,
                            'loans/interest/{loan_id}' => 1,
                            'loans/lending-overview' => 1,
                            'loans/loan-preview' => 1,
                            'loans/repayment-preview' => 1,
                            'orders' => 0.67,
                            'orders/{order_id}' => 0.67,
                            'oracle' => 0.67,
                            'payment-methods' => 0.67,
                            'profiles' => 0.67,
                            'profiles/{profile_id}' => 0.67,
                            'reports' => 0.67,
                            'reports/{report_id}' => 0.67,
                            'transfers' => 0.67,
                            'transfers/{transfer_id}' => 0.67,
                            'travel-rules' => 0.67,
                            'users/{user_id}/exchange-limits' => 0.67,
                            'users/{user_id}/trading-volumes' => 0.67,
                            'withdrawals/fee-estimate' => 0.67,
                            'wrapped-assets/stake-wrap' => 0.67,
                            'wrapped-assets/stake-wrap/{stake_wrap_id}' => 0.67,
                        ],
                        'post' => [
                            'address-book' => 0.67,
                            'coinbase-accounts/{account_id}/addresses' => 0.67,
                            'conversions' => 0.67,
                            'deposits/coinbase-account' => 0.67,
                            'deposits/payment-method' => 0.67,
                            'loans/open' => 1,
                            'loans/repay-interest' => 1,
                            'loans/repay-principal' => 1,
                            'orders' => 0.67,
                            'profiles' => 0.67,
                            'profiles/transfer' => 0.67,
                            'reports' => 0.67,
                            'transfers/{transfer_id}/travel-rules' => 0.67,
                            'travel-rules' => 0.67,
                            'withdrawals/coinbase-account' => 0.67,
                            'withdrawals/crypto' => 0.67,
                            'withdrawals/payment-method' => 0.67,
                            'wrapped-assets/stake-wrap' => 0.67,
                        ],
                        'put' => [
                            'profiles/{profile_id}' => 0.67,
                            'profiles/{profile_id}/deactivate' => 0.67,
                            'users/{user_id}/settlement-preferences' => 0.67,
                        ],
                        'delete' => [
                            'address-book/{id}' => 0.67,
                            'orders' => 0.67,
                            'orders/{order_id}' => 0.67,
                            'travel-rules/{id}' => 0.67,
                        ],
                    ],
                ],
                'timeframes' => [
                    '1m' => '60',
                    '5m' => '300',
                    '15m' => '900',
                    '1h' => '3600',
                    '6h' => '21600',
                    '1d' => '86400',
                ],
                'requiredCredentials' => ['apiKey' => true, 'secret' => true, 'password' => true],
                'fees' => [
                    'trading' => [
                        'tierBased' => true,
                        'percentage' => true,
                        'taker' => 0.006,
                        'maker' => 0.004,
                    ],
                ],
                'precisionMode' => TICK_SIZE,
                'options' => [
                    'networks' => [
                        'BTC' => 'bitcoin',
                        'ERC20' => 'ethereum',
                        'SOL' => 'solana',
                        'POLYGON' => 'polygon',
                        'BASE' => 'base',
                        'ARBITRUM' => 'arbitrum',
                        'OPTIMISM' => 'optimism',
                        'AVAXC' => 'avacchain',
                        'LTC' => 'litecoin',
                        'DOGE' => 'dogecoin',
                        'XRP' => 'ripple',
                    ],
                    'timeInForces' => ['GTC' => 'GTC', 'GTT' => 'GTC', 'IOC' => 'IOC', 'FOK' => 'FOK'],
                    'orderStatuses' => [
                        'received' => 'open',
                        'pending' => 'open',
                        'open' => 'open',
                        'active' => 'open',
                        'rejected' => 'rejected',
                    ],
                    'maxCandles' => 300,
                    'ledgerTypes' => [
                        'match' => 'trade',
                        'fee' => 'fee',
                        'rebate' => 'rebate',
                        'transfer' => 'transfer',
                        'conversion' => 'trade',
                    ],
                ],
                'exceptions' => [
                    'exact' => [
                        'Insufficient funds' => InsufficientFunds::class,
                        'Invalid API Key' => AuthenticationError::class,
                        'invalid signature' => AuthenticationError::class,
                        'Invalid Passphrase' => AuthenticationError::class,
                        'invalid timestamp' => InvalidNonce::class,
                        'request timestamp expired' => InvalidNonce::class,
                        'Forbidden' => PermissionDenied::class,
                        'Invalid order id' => InvalidOrder::class,
                        'Order already done' => OrderNotFound::class,
                        'order not found' => OrderNotFound::class,
                        'Private rate limit exceeded' => RateLimitExceeded::class,
                        'Public rate limit exceeded' => RateLimitExceeded::class,
                    ],
                    'broad' => [
                        'Order size is too small' => InvalidOrder::class,
                        'size is too small' => InvalidOrder::class,
                        'size is too large' => InvalidOrder::class,
                        'Invalid Price' => InvalidOrder::class,
                        'price is too' => InvalidOrder::class,
                        'funds is too small' => InvalidOrder::class,
                        'Post only mode' => InvalidOrder::class,
                        'Limit only mode' => InvalidOrder::class,
                        'Cancel only mode' => InvalidOrder::class,
                        'Insufficient funds' => InsufficientFunds::class,
                        'rate limit exceeded' => RateLimitExceeded::class,
                        'Rate limit exceeded' => RateLimitExceeded::class,
                        'Product not found' => BadSymbol::class,
                        'Invalid product_id' => BadSymbol::class,
                        'invalid address' => InvalidAddress::class,
                        'Invalid crypto address' => InvalidAddress::class,
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
        // time: { iso, epoch } with epoch in seconds (a decimal).
        $response = $this->public_get_time($params);
        return $this->parse8601($this->safe_string($response, 'iso'));
    }

    public function fetch_markets($params = null) {
        if ($params === null) {
            $params = [];
        }
        // products: [ { id: 'BTC-USD', base_currency, quote_currency, base_increment, quote_increment,
        // min_market_funds, status: 'online', trading_disabled, post_only, limit_only, cancel_only, ... } ].
        $response = $this->public_get_products($params);
        $result = [];
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            $entry = Js::get($response, $i);
            $base_id = $this->safe_string($entry, 'base_currency');
            $quote_id = $this->safe_string($entry, 'quote_currency');
            $base = $this->safe_currency_code($base_id);
            $quote = $this->safe_currency_code($quote_id);
            $online = $this->safe_string($entry, 'status') === 'online';
            $disabled = $this->safe_bool($entry, 'trading_disabled', false);
            $result[] = $this->safe_market_structure(
                [
                    'id' => $this->safe_string($entry, 'id'),
                    'symbol' => Js::boundedText(Js::toStr($base) . '/' . Js::toStr($quote)),
                    'base' => $base,
                    'quote' => $quote,
                    'baseId' => $base_id,
                    'quoteId' => $quote_id,
                    'active' => $online && !($disabled),
                    'type' => 'spot',
                    'spot' => true,
                    'taker' => Js::get(Js::get($this->fees, 'trading'), 'taker'),
                    'maker' => Js::get(Js::get($this->fees, 'trading'), 'maker'),
                    'precision' => [
                        'amount' => $this->safe_number($entry, 'base_increment'),
                        'price' => $this->safe_number($entry, 'quote_increment'),
                    ],
                    'limits' => [
                        'amount' => [
                            'min' => $this->safe_number($entry, 'base_min_size'),
                            'max' => $this->safe_number($entry, 'base_max_size'),
                        ],
                        'price' => ['min' => null, 'max' => null],
                        'cost' => [
                            'min' => $this->safe_number($entry, 'min_market_funds'),
                            'max' => $this->safe_number($entry, 'max_market_funds'),
                        ],
                    ],
                    'info' => $entry,
                ],
            );
        }
        return $result;
    }

    public function fetch_currencies($params = null) {
        if ($params === null) {
            $params = [];
        }
        // currencies: [ { id, name, status: 'online', max_precision, details: { type, min_withdrawal_amount,
        // max_withdrawal_amount }, default_network, supported_networks: [ { id, name, status,
        // min_withdrawal_amount, max_withdrawal_amount, ... } ] } ]. Withdrawal fees are not listed.
        $response = $this->public_get_currencies($params);
        $result = [];
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            $entry = Js::get($response, $i);
            $id = $this->safe_string($entry, 'id');
            $code = $this->safe_currency_code($id);
            $details = $this->safe_dict($entry, 'details', []);
            $online = $this->safe_string($entry, 'status') === 'online';
            Js::setKey(
                $result,
                $code,
                [
                    'id' => $id,
                    'code' => $code,
                    'name' => $this->safe_string($entry, 'name'),
                    'active' => $online,
                    'deposit' => null,
                    'withdraw' => null,
                    'fee' => null,
                    'precision' => $this->safe_number($entry, 'max_precision'),
                    'limits' => [
                        'amount' => ['min' => $this->safe_number($entry, 'min_size'), 'max' => null],
                        'withdraw' => [
                            'min' => $this->safe_number($details, 'min_withdrawal_amount'),
                            'max' => $this->safe_number($details, 'max_withdrawal_amount'),
                        ],
                    ],
                    'networks' => $this->parse_currency_networks(
                        $this->safe_list($entry, 'supported_networks', []),
                        $entry,
                    ),
                    'info' => $entry,
                ],
            );
        }
        return $result;
    }

    public function parse_currency_networks($supported, $entry) {
        // supported_networks by unified network code.
        $networks = [];
        for ($j = 0; Js::less($j, Js::length($supported)); $j++) {
            $network = Js::get($supported, $j);
            $network_id = $this->safe_string($network, 'id');
            $network_code = $this->network_code($network_id);
            Js::setKey(
                $networks,
                $network_code,
                [
                    'id' => $network_id,
                    'network' => $network_code,
                    'active' => $this->safe_string($network, 'status') === 'online',
                    'deposit' => null,
                    'withdraw' => null,
                    'fee' => null,
                    'precision' => $this->safe_number($entry, 'max_precision'),
                    'limits' => [
                        'withdraw' => [
                            'min' => $this->safe_number($network, 'min_withdrawal_amount'),
                            'max' => $this->safe_number($network, 'max_withdrawal_amount'),
                        ],
                    ],
                ],
            );
        }
        return $networks;
    }

    // --- market data ---------------------------------------------------------------------------------
    public function parse_ticker($ticker, $market = null) {
        // The merge of products/{id}/ticker ({ ask, bid, volume, trade_id, price, size, time }) and
        // products/{id}/stats ({ open, high, low, last, volume, volume_30day }, the last 24 hours).
        return $this->ticker_structure(
            symbol: $this->safe_symbol(null, $market),
            timestamp: $this->parse8601($this->safe_string($ticker, 'time')),
            high: $this->safe_string($ticker, 'high'),
            low: $this->safe_string($ticker, 'low'),
            bid: $this->safe_string($ticker, 'bid'),
            ask: $this->safe_string($ticker, 'ask'),
            open: $this->safe_string($ticker, 'open'),
            last: $this->safe_string2($ticker, 'price', 'last'),
            base_volume: $this->safe_string($ticker, 'volume'),
            info: $ticker,
            market: $market,
        );
    }

    public function fetch_ticker($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // Two requests: the best bid and ask with the last trade, then the 24-hour statistics.
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['product_id' => Js::get($market, 'id')];
        $ticker = $this->public_get_products_product_id_ticker($this->extend($request, $params));
        $stats = $this->public_get_products_product_id_stats($this->extend($request, $params));
        return $this->parse_ticker($this->extend($stats, $ticker), $market);
    }

    public function fetch_order_book($symbol, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // Level 2: the aggregated book, [ price, size, num_orders ] per level; sequence is its nonce.
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['product_id' => Js::get($market, 'id'), 'level' => 2];
        $response = $this->public_get_products_product_id_book($this->extend($request, $params));
        $book = $this->parse_order_book(
            $response,
            Js::get($market, 'symbol'),
            $this->parse8601($this->safe_string($response, 'time')),
        );
        Js::set($book, 'nonce', $this->safe_integer($response, 'sequence'));
        if ($limit !== null) {
            Js::set($book, 'bids', Js::slice(Js::get($book, 'bids'), 0, $limit));
            Js::set($book, 'asks', Js::slice(Js::get($book, 'asks'), 0, $limit));
        }
        return $book;
    }

    public function parse_ohlcv($ohlcv, $market = null) {
        // [ time (seconds), low, high, open, close, volume ].
        return [
            $this->safe_timestamp($ohlcv, 0),
            $this->safe_number($ohlcv, 3),
            $this->safe_number($ohlcv, 2),
            $this->safe_number($ohlcv, 1),
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
        // candles, newest first, at most 300 a request. The API takes start and end together or not at all,
        // so a range with one end given is completed to `limit` (or 300) candles.
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
        $request = ['product_id' => Js::get($market, 'id'), 'granularity' => $granularity];
        $count = $limit === null ? Js::get($this->options, 'maxCandles') : Js::min(
            $limit,
            Js::get($this->options, 'maxCandles'),
        );
        $span = Js::multiply(Js::multiply($count, Js::parseInt($granularity)), 1000);
        $until = $this->safe_integer($params, 'until');
        if ($since !== null) {
            $end = $until === null ? Js::add($since, $span) : Js::min($until, Js::add($since, $span));
            $request['start'] = $this->iso8601($since);
            $request['end'] = $this->iso8601($end);
        } elseif ($until !== null) {
            $request['start'] = $this->iso8601(Js::subtract($until, $span));
            $request['end'] = $this->iso8601($until);
        }
        $response = $this->public_get_products_product_id_candles(
            $this->extend($request, $this->omit($params, 'until')),
        );
        return $this->parse_ohlcvs($response, $market, $timeframe, $since, $limit);
    }

    public function parse_trade($trade, $market = null) {
        // Public trades: { time, trade_id, price, size, side }, where side is the maker's (the resting
        // order's): the taker did the opposite. The account's fills: { created_at, trade_id, product_id,
        // order_id, liquidity: 'M' maker or 'T' taker, price, size, fee (in the quote currency), side } with
        // the side of the account's own order.
        $market = $this->safe_market($this->safe_string($trade, 'product_id'), $market, '-');
        $is_fill = $this->safe_string($trade, 'order_id') !== null;
        $side = $this->safe_string($trade, 'side');
        $taker_or_maker = null;
        $fee = null;
        if ($is_fill) {
            $liquidity = $this->safe_string($trade, 'liquidity');
            if ($liquidity === 'T') {
                $taker_or_maker = 'taker';
            } elseif ($liquidity === 'M') {
                $taker_or_maker = 'maker';
            }
            $fee_cost = $this->safe_string($trade, 'fee');
            if ($fee_cost !== null) {
                $fee = ['cost' => $fee_cost, 'currency' => Js::get($market, 'quote')];
            }
        } elseif ($side === 'buy') {
            $side = 'sell';
        } elseif ($side === 'sell') {
            $side = 'buy';
        }
        return $this->trade_structure(
            id: $this->safe_string($trade, 'trade_id'),
            order: $this->safe_string($trade, 'order_id'),
            symbol: Js::get($market, 'symbol'),
            timestamp: $this->parse8601($this->safe_string2($trade, 'time', 'created_at')),
            side: $side,
            taker_or_maker: $taker_or_maker,
            price: $this->safe_string($trade, 'price'),
            amount: $this->safe_string($trade, 'size'),
            fee: $fee,
            info: $trade,
            market: $market,
        );
    }

    public function fetch_trades($symbol, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // The latest trades (pages go back with after=trade_id); since filters what they return.
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['product_id' => Js::get($market, 'id')];
        if ($limit !== null) {
            $request['limit'] = $limit;
        }
        $response = $this->public_get_products_product_id_trades($this->extend($request, $params));
        return $this->parse_trades($response, $market, $since, $limit);
    }

    // --- account -------------------------------------------------------------------------------------
    public function fetch_balance($params = null) {
        if ($params === null) {
            $params = [];
        }
        // accounts: [ { id, currency, balance, hold, available, profile_id, trading_enabled } ].
        $this->load_markets();
        $response = $this->private_get_accounts($params);
        $result = ['info' => $response];
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            $entry = Js::get($response, $i);
            $account = $this->account();
            Js::set($account, 'free', $this->safe_string($entry, 'available'));
            Js::set($account, 'used', $this->safe_string($entry, 'hold'));
            Js::set($account, 'total', $this->safe_string($entry, 'balance'));
            Js::setKey($result, $this->safe_currency_code($this->safe_string($entry, 'currency')), $account);
        }
        return $this->safe_balance($result);
    }

    public function fetch_trading_fees($params = null) {
        if ($params === null) {
            $params = [];
        }
        // fees: { taker_fee_rate, maker_fee_rate, usd_volume }, the profile's rates (fractions) for every
        // product.
        $this->load_markets();
        $response = $this->private_get_fees($params);
        $maker = $this->safe_number($response, 'maker_fee_rate');
        $taker = $this->safe_number($response, 'taker_fee_rate');
        $result = [];
        for ($i = 0; Js::less($i, Js::length($this->symbols)); $i++) {
            $symbol = Js::get($this->symbols, $i);
            Js::setKey(
                $result,
                $symbol,
                ['symbol' => $symbol, 'maker' => $maker, 'taker' => $taker, 'info' => $response],
            );
        }
        return $result;
    }

    public function fetch_trading_fee($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->trading_fee_of_all($symbol, $params);
    }

    public function account_of($currency) {
        // accounts: the profile's account of the currency, whose id the ledger takes.
        $accounts = $this->private_get_accounts();
        for ($i = 0; Js::less($i, Js::length($accounts)); $i++) {
            if (
                Js::strictEqual(
                    $this->safe_string(Js::get($accounts, $i), 'currency'),
                    Js::get($currency, 'id'),
                )
            ) {
                return $this->safe_string(Js::get($accounts, $i), 'id');
            }
        }
        throw new BadRequest(
            Js::boundedText(
                Js::boundedText(Js::toStr($this->id) . ' has no account for ') . Js::toStr(
                    Js::get($currency, 'code'),
                ),
            ),
        );
    }

    public function parse_ledger_entry($item, $currency = null) {
        // accounts/{account_id}/ledger: { id, amount (signed), balance (after it), created_at, type: 'transfer',
        // 'match', 'fee', 'rebate' or 'conversion', details: { order_id, product_id, trade_id, transfer_id } }.
        $details = $this->safe_dict($item, 'details', []);
        $amount = $this->safe_string($item, 'amount');
        $after = $this->safe_string($item, 'balance');
        $before = ($amount === null) || ($after === null) ? null : Precise::string_sub($after, $amount);
        $type = $this->safe_string($item, 'type');
        return $this->safe_ledger_entry(
            [
                'id' => $this->safe_string($item, 'id'),
                'timestamp' => $this->parse_coinbase_date($this->safe_string($item, 'created_at')),
                'referenceId' => $this->safe_string2($details, 'order_id', 'transfer_id'),
                'type' => $this->safe_string(Js::get($this->options, 'ledgerTypes'), $type, $type),
                'amount' => $amount,
                'before' => $before,
                'after' => $after,
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
        // The ledger is kept per account, that is per currency: accounts gives the id, then its ledger.
        if ($code === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' fetchLedger () requires a currency code: the ledger is listed per account',
                ),
            );
        }
        if ($this->safe_value($params, 'until') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr($this->id) . ' fetchLedger () does not support the unified param until',
                ),
            );
        }
        $this->load_markets();
        $currency = $this->currency($code);
        $request = ['account_id' => $this->account_of($currency)];
        if ($limit !== null) {
            $request['limit'] = $limit;
        }
        $response = $this->private_get_accounts_account_id_ledger($this->extend($request, $params));
        return $this->parse_ledger($response, $currency, $since, $limit);
    }

    // --- orders --------------------------------------------------------------------------------------
    public function parse_order_status($order) {
        // 'done' orders were filled or canceled: done_reason says which.
        $status = $this->safe_string($order, 'status');
        if ($status === 'done') {
            return $this->safe_string($order, 'done_reason') === 'canceled' ? 'canceled' : 'closed';
        }
        return $this->safe_string(Js::get($this->options, 'orderStatuses'), $status, $status);
    }

    public function parse_order($order, $market = null) {
        // { id, client_oid, product_id, side, type: 'limit', 'market' or 'stop', price, size, funds, specified_funds,
        // time_in_force (GTC, GTT, IOC or FOK), expire_time, post_only, created_at, done_at, done_reason, fill_fees, filled_size,
        // executed_value (the cost), status, stop: 'loss' or 'entry', stop_price }. Fees are paid in the
        // quote currency.
        $market = $this->safe_market($this->safe_string($order, 'product_id'), $market, '-');
        $post_only = $this->safe_bool($order, 'post_only');
        $fee = null;
        $fee_cost = $this->safe_string($order, 'fill_fees');
        if ($fee_cost !== null) {
            $fee = ['cost' => $fee_cost, 'currency' => Js::get($market, 'quote')];
        }
        // type is 'limit', 'market' or 'stop' (the documented values): a stop order is a limit order with a
        // trigger when it has a limit price, else a market order with one.
        $type = $this->safe_string($order, 'type');
        $price = $this->safe_string($order, 'price');
        if ($type === 'stop') {
            $type = $price === null ? 'market' : 'limit';
        }
        $time_in_force = $this->safe_string($order, 'time_in_force');
        return $this->safe_order(
            [
                'id' => $this->safe_string($order, 'id'),
                'clientOrderId' => $this->safe_string($order, 'client_oid'),
                'symbol' => Js::get($market, 'symbol'),
                'timestamp' => $this->parse8601($this->safe_string($order, 'created_at')),
                'lastUpdateTimestamp' => $this->parse8601($this->safe_string($order, 'done_at')),
                'status' => $this->parse_order_status($order),
                'type' => $type,
                'timeInForce' => $post_only === true ? 'PO' : $this->safe_string(
                    Js::get($this->options, 'timeInForces'),
                    $time_in_force,
                    $time_in_force,
                ),
                'postOnly' => $post_only,
                'side' => $this->safe_string($order, 'side'),
                'price' => $price,
                'triggerPrice' => $this->safe_string($order, 'stop_price'),
                'amount' => $this->safe_string($order, 'size'),
                'filled' => $this->safe_string($order, 'filled_size'),
                'cost' => $this->safe_string($order, 'executed_value'),
                'fee' => $fee,
                'info' => $order,
            ],
            $market,
        );
    }

    public function stop_direction($side, $kind) {
        // Coinbase's stop 'loss' triggers when the last price falls to stop_price or below, 'entry' when it
        // rises to it or above. A sell's stop loss (or a plain trigger) waits for a fall, its take profit
        // for a rise; a buy's the other way round.
        $falls = $kind === 'takeProfitPrice' ? ($side === 'buy') : ($side === 'sell');
        return $falls ? 'loss' : 'entry';
    }

    public function create_order($symbol, $type, $side, $amount, $price = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST orders. The unified params map to Coinbase's fields: postOnly is post_only, timeInForce
        // (GTC, IOC, FOK) is time_in_force, clientOrderId is client_oid, cost is funds (a market order sized
        // in the quote currency), and triggerPrice, stopLossPrice and takeProfitPrice make a stop order:
        // stop ('loss' or 'entry') with stop_price, which the API takes for limit orders. Spot has no
        // reduceOnly.
        $this->load_markets();
        $market = $this->market($symbol);
        [$unified, $rest] = Js::destructure($this->unified_order_params($type, $params), 2);
        $this->reject_unified_params('createOrder', $unified, ['reduceOnly']);
        $request = ['product_id' => Js::get($market, 'id'), 'side' => $side, 'type' => $type];
        if (Js::get($unified, 'clientOrderId') !== null) {
            $request['client_oid'] = Js::get($unified, 'clientOrderId');
        }
        if (Js::get($unified, 'cost') !== null) {
            $request['funds'] = $this->cost_to_precision($symbol, Js::get($unified, 'cost'));
        } else {
            $request['size'] = $this->amount_to_precision($symbol, $amount);
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
            if ($time_in_force !== null) {
                $request['time_in_force'] = $time_in_force;
            }
            if (Js::truthy(Js::get($unified, 'postOnly'))) {
                $request['post_only'] = true;
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
        $trigger = Js::get($unified, 'trigger');
        if ($trigger !== null) {
            if (!($type === 'limit')) {
                throw new InvalidOrder(
                    Js::boundedText(
                        Js::boundedText(Js::toStr($this->id) . ' createOrder () ') . Js::toStr(
                            Js::get($unified, 'triggerKind'),
                        ) . ' needs a limit order: Coinbase Exchange stop orders are limit orders',
                    ),
                );
            }
            $request['stop'] = $this->stop_direction($side, Js::get($unified, 'triggerKind'));
            $request['stop_price'] = $this->price_to_precision($symbol, $trigger);
        }
        $response = $this->private_post_orders($this->extend($request, $rest));
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
        // DELETE orders/{order_id} answers with the canceled order's id (a JSON string).
        $this->load_markets();
        $request = ['order_id' => $id];
        $market = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
            $request['product_id'] = Js::get($market, 'id');
        }
        $response = $this->private_delete_orders_order_id($this->extend($request, $params));
        return $this->safe_order(
            [
                'id' => Js::typeof($response) === 'string' ? $response : $id,
                'symbol' => $this->safe_symbol(null, $market),
                'status' => 'canceled',
                'info' => $response,
            ],
            $market,
        );
    }

    public function cancel_all_orders($symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // DELETE orders (of one product with product_id): the ids of the canceled orders.
        $this->load_markets();
        $request = [];
        $market = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
            $request['product_id'] = Js::get($market, 'id');
        }
        $response = $this->private_delete_orders($this->extend($request, $params));
        $ids = Js::isArray($response) ? $response : [];
        $result = [];
        for ($i = 0; Js::less($i, Js::length($ids)); $i++) {
            $result[] = $this->safe_order(
                [
                    'id' => Js::get($ids, $i),
                    'symbol' => $this->safe_symbol(null, $market),
                    'status' => 'canceled',
                    'info' => Js::get($ids, $i),
                ],
                $market,
            );
        }
        return $result;
    }

    public function fetch_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->load_markets();
        $market = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
        }
        $response = $this->private_get_orders_order_id($this->extend(['order_id' => $id], $params));
        return $this->parse_order($response, $market);
    }

    public function fetch_orders_by_status($status, $symbol, $since, $limit, $params) {
        // GET orders: status (one or a list, repeated in the query: 'all', 'done', 'open', 'pending', 'active'),
        // product_id, start_date and end_date (the unified until), limit (at most 1000).
        $this->load_markets();
        $request = [];
        if ($status !== null) {
            $request['status'] = $status;
        }
        $market = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
            $request['product_id'] = Js::get($market, 'id');
        }
        if ($since !== null) {
            $request['start_date'] = $this->iso8601($since);
        }
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            $request['end_date'] = $this->iso8601($until);
        }
        // The reference marks limit as required (100 by default): it is always sent.
        $request['limit'] = $limit === null ? 100 : $limit;
        $response = $this->private_get_orders($this->extend($request, $this->omit($params, 'until')));
        return $this->parse_orders($response, $market, $since, $limit);
    }

    public function fetch_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->fetch_orders_by_status('all', $symbol, $since, $limit, $params);
    }

    public function fetch_open_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // Open, pending (not yet on the book) and active (untriggered stop) orders: the API's default, stated.
        return $this->fetch_orders_by_status(['open', 'pending', 'active'], $symbol, $since, $limit, $params);
    }

    public function fetch_closed_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->fetch_orders_by_status('done', $symbol, $since, $limit, $params);
    }

    public function fetch_order_trades($id, $symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // fills with order_id.
        $this->load_markets();
        $market = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
        }
        $request = ['order_id' => $id];
        if ($limit !== null) {
            $request['limit'] = $limit;
        }
        $response = $this->private_get_fills($this->extend($request, $params));
        return $this->parse_trades($response, $market, $since, $limit);
    }

    public function fetch_my_trades($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // fills takes a product_id or an order_id; since filters the latest fills it returns.
        if ($symbol === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' fetchMyTrades () requires a symbol: fills are listed by product_id',
                ),
            );
        }
        if ($this->safe_value($params, 'until') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr($this->id) . ' fetchMyTrades () does not support the unified param until',
                ),
            );
        }
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['product_id' => Js::get($market, 'id')];
        if ($limit !== null) {
            $request['limit'] = $limit;
        }
        $response = $this->private_get_fills($this->extend($request, $params));
        return $this->parse_trades($response, $market, $since, $limit);
    }

    // --- funding -------------------------------------------------------------------------------------
    public function parse_coinbase_date($text) {
        // Transfers date their steps '2020-03-12 00:14:12.397805+00': a UTC offset without minutes.
        if (($text !== null) && Js::endsWith($text, '+00')) {
            return $this->parse8601(Js::boundedText(Js::toStr($text) . ':00'));
        }
        return $this->parse8601($text);
    }

    public function parse_transaction_status($transaction) {
        if ($this->safe_string($transaction, 'canceled_at') !== null) {
            return 'canceled';
        }
        if ($this->safe_string($transaction, 'completed_at') !== null) {
            return 'ok';
        }
        return 'pending';
    }

    public function parse_transaction($transaction, $currency = null) {
        // transfers: { id, type: 'deposit', 'withdraw', 'internal_deposit' or 'internal_withdraw', created_at,
        // completed_at, canceled_at, processed_at, amount, currency, details: { crypto_address,
        // crypto_transaction_hash, destination_tag, network, fee, ... } }. withdrawals/crypto: { id, amount,
        // currency, fee, subtotal, network }.
        $details = $this->safe_dict($transaction, 'details', []);
        $code = $this->safe_currency_code($this->safe_string($transaction, 'currency'), $currency);
        $kind = $this->safe_string($transaction, 'type');
        $type = null;
        if (($kind === 'deposit') || ($kind === 'internal_deposit')) {
            $type = 'deposit';
        } elseif (($kind === 'withdraw') || ($kind === 'internal_withdraw')) {
            $type = 'withdrawal';
        }
        $fee = null;
        $fee_cost = $this->safe_string($details, 'fee', $this->safe_string($transaction, 'fee'));
        if ($fee_cost !== null) {
            $fee = ['cost' => $fee_cost, 'currency' => $code];
        }
        $completed = $this->parse_coinbase_date($this->safe_string($transaction, 'completed_at'));
        return $this->safe_transaction(
            [
                'id' => $this->safe_string($transaction, 'id'),
                'txid' => $this->safe_string($details, 'crypto_transaction_hash'),
                'timestamp' => $this->parse_coinbase_date($this->safe_string($transaction, 'created_at')),
                'network' => $this->network_code(
                    $this->safe_string($details, 'network', $this->safe_string($transaction, 'network')),
                ),
                'address' => $this->safe_string($details, 'crypto_address'),
                'tag' => $this->safe_string($details, 'destination_tag'),
                'type' => $type,
                'amount' => $this->safe_string($transaction, 'amount'),
                'currency' => $code,
                'status' => $this->parse_transaction_status($transaction),
                'updated' => $completed,
                'fee' => $fee,
                'info' => $transaction,
            ],
            $currency,
        );
    }

    public function fetch_transfers($type, $code, $since, $limit, $params) {
        // GET transfers (of one type with type=deposit or withdraw); it takes no time range.
        if ($this->safe_value($params, 'until') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' fetchDeposits () and fetchWithdrawals () do not support the unified param until',
                ),
            );
        }
        $this->load_markets();
        $request = [];
        if ($type !== null) {
            $request['type'] = $type;
        }
        if ($limit !== null) {
            $request['limit'] = $limit;
        }
        $currency = $code === null ? null : $this->currency($code);
        $response = $this->private_get_transfers($this->extend($request, $params));
        return $this->parse_transactions($response, $currency, $since, $limit);
    }

    public function fetch_deposits($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->fetch_transfers('deposit', $code, $since, $limit, $params);
    }

    public function fetch_withdrawals($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->fetch_transfers('withdraw', $code, $since, $limit, $params);
    }

    public function fetch_transactions($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->fetch_transfers(null, $code, $since, $limit, $params);
    }

    public function coinbase_account_of($currency) {
        // coinbase-accounts: the profile's wallets, one per currency: { id, currency, name, type, active }.
        $accounts = $this->private_get_coinbase_accounts();
        for ($i = 0; Js::less($i, Js::length($accounts)); $i++) {
            if (
                Js::strictEqual(
                    $this->safe_string(Js::get($accounts, $i), 'currency'),
                    Js::get($currency, 'id'),
                )
            ) {
                return $this->safe_string(Js::get($accounts, $i), 'id');
            }
        }
        throw new BadRequest(
            Js::boundedText(
                Js::boundedText(Js::toStr($this->id) . ' has no Coinbase wallet for ') . Js::toStr(
                    Js::get($currency, 'code'),
                ),
            ),
        );
    }

    public function create_deposit_address($code, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST coinbase-accounts/{account_id}/addresses generates a one-time deposit address of the currency's
        // wallet: { id, address, address_info: { address, destination_tag }, network, ... }; network picks the
        // chain.
        $this->load_markets();
        $currency = $this->currency($code);
        $request = ['account_id' => $this->coinbase_account_of($currency)];
        $network_code = $this->safe_string($params, 'network');
        if ($network_code !== null) {
            $request['network'] = $this->known_network_id($network_code, $currency, 'createDepositAddress');
        }
        $response = $this->private_post_coinbase_accounts_account_id_addresses(
            $this->extend($request, $this->omit($params, 'network')),
        );
        $info = $this->safe_dict($response, 'address_info', []);
        return [
            'currency' => $code,
            'address' => $this->safe_string($info, 'address', $this->safe_string($response, 'address')),
            'tag' => $this->safe_string($info, 'destination_tag'),
            'network' => $this->network_code($this->safe_string($response, 'network')),
            'info' => $response,
        ];
    }

    public function fetch_deposit_address($code, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // The API lists no standing addresses: every request generates one, which stays valid.
        return $this->create_deposit_address($code, $params);
    }

    public function withdraw($code, $amount, $address, $tag = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST withdrawals/crypto: { amount, currency, crypto_address, destination_tag, network }; the unified
        // network code ('ERC20') is Coinbase's network id ('ethereum').
        $this->load_markets();
        $currency = $this->currency($code);
        $request = [
            'amount' => $this->number_to_string($amount),
            'currency' => Js::get($currency, 'id'),
            'crypto_address' => $address,
        ];
        if ($tag !== null) {
            $request['destination_tag'] = $tag;
        }
        $network_code = $this->safe_string($params, 'network');
        if ($network_code !== null) {
            $request['network'] = $this->known_network_id($network_code, $currency, 'withdraw');
        }
        $response = $this->private_post_withdrawals_crypto(
            $this->extend($request, $this->omit($params, 'network')),
        );
        $fee = null;
        $fee_cost = $this->safe_string($response, 'fee');
        if ($fee_cost !== null) {
            $fee = ['cost' => $fee_cost, 'currency' => $code];
        }
        return $this->safe_transaction(
            [
                'id' => $this->safe_string($response, 'id'),
                'type' => 'withdrawal',
                'address' => $address,
                'tag' => $tag,
                'amount' => $this->safe_string($response, 'amount', Js::get($request, 'amount')),
                'currency' => $code,
                'network' => $this->network_code($this->safe_string($request, 'network')),
                'status' => 'pending',
                'fee' => $fee,
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
        // GET and DELETE send their params as the query string, POST and PUT as a JSON body.
        $request_path = Js::boundedText('/' . Js::toStr($this->implode_params($path, $params)));
        $query = $this->omit($params, $this->extract_params($path));
        $has_body = ($method === 'POST') || ($method === 'PUT');
        if (!($has_body) && (count(Js::keys($query)) > 0)) {
            $request_path .= Js::within(
                $request_path,
                Js::within($request_path, '?') . Js::toStr($this->urlencode($query)),
            );
        }
        $url = Js::boundedText(Js::toStr(Js::get($this->urls, 'api')) . $request_path);
        if ($api === 'public') {
            return ['url' => $url, 'method' => $method, 'body' => $body, 'headers' => $headers];
        }
        // CB-ACCESS-SIGN: base64 (HMAC-SHA256 (base64-decoded secret, timestamp + method + requestPath + body)),
        // with the timestamp in seconds and the requestPath with its query string.
        $this->check_required_credentials();
        $timestamp = $this->number_to_string($this->seconds());
        $payload = '';
        $headers = [
            'CB-ACCESS-KEY' => $this->apiKey,
            'CB-ACCESS-TIMESTAMP' => $timestamp,
            'CB-ACCESS-PASSPHRASE' => $this->password,
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
            'CB-ACCESS-SIGN',
            $this->hmac($this->encode($auth), $this->base64_to_binary($this->secret), 'sha256', 'base64'),
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
        // An error is an HTTP 4xx or 5xx status with { "message": "..." }: the message picks the error class
        // where the maps know it, else the status does (the base class's httpExceptions: 400 BadRequest, 401
        // AuthenticationError, 403 PermissionDenied, 429 RateLimitExceeded, 5xx ExchangeNotAvailable).
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
        $this->throw_broadly_matched_exception(Js::get($this->exceptions, 'broad'), $message, $feedback);
        if (Js::strictEqual($status, 404)) {
            // { "message": "NotFound" } answers an unknown order id and an unknown product alike.
            if (Js::indexOf($url, '/orders') >= 0) {
                throw new OrderNotFound($feedback);
            }
            if (Js::indexOf($url, '/products/') >= 0) {
                throw new BadSymbol($feedback);
            }
        }
    }
}
