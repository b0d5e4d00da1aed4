<?php

// Generated from js/bitvavo.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class bitvavo extends Exchange {
    public function describe() {
        return $this->deep_extend(
            parent::describe(),
            [
                'id' => 'bitvavo',
                'name' => 'Bitvavo',
                'countries' => ['NL'],
                'version' => 'v2',
                'rateLimit' => 60,
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
                    'editOrder' => true,
                    'fetchOrder' => true,
                    'fetchOrders' => true,
                    'fetchOpenOrders' => true,
                    'fetchClosedOrders' => false,
                    'fetchMyTrades' => true,
                    'fetchDeposits' => true,
                    'fetchWithdrawals' => true,
                    'fetchTransactions' => false,
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
                    'createDepositAddress' => false,
                    'fetchDepositWithdrawFees' => true,
                    'transfer' => false,
                    'createMarketBuyOrderWithCost' => true,
                ],
                'urls' => [
                    'logo' => 'https://bitvavo.com/favicon.ico',
                    'api' => 'https://api.bitvavo.com/v2',
                    'www' => 'https://bitvavo.com',
                    'doc' => 'https://docs.bitvavo.com/',
                    'fees' => 'https://bitvavo.com/en/fees',
                ],
                'api' => [
                    'public' => [
                        'get' => [
                            'time' => 1,
                            'markets' => 1,
                            'assets' => 1,
                            '{market}/book' => 1,
                            '{market}/trades' => 5,
                            '{market}/candles' => 1,
                            'ticker/price' => 1,
                            'ticker/book' => 1,
                            'ticker/24h' => 25,
                        ],
                    ],
                    'private' => [
                        'get' => [
                            'account' => 1,
                            'account/fees' => 1,
                            'account/history' => 1,
                            'order' => 1,
                            'orders' => 5,
                            'ordersOpen' => 25,
                            'trades' => 5,
                            'balance' => 5,
                            'deposit' => 1,
                            'depositHistory' => 5,
                            'withdrawalHistory' => 5,
                        ],
                        'post' => ['order' => 1, 'withdrawal' => 1, 'crypto/withdrawal' => 25],
                        'put' => ['order' => 1],
                        'delete' => ['order' => 1, 'orders' => 1],
                    ],
                ],
                'timeframes' => [
                    '1m' => '1m',
                    '5m' => '5m',
                    '15m' => '15m',
                    '30m' => '30m',
                    '1h' => '1h',
                    '2h' => '2h',
                    '4h' => '4h',
                    '6h' => '6h',
                    '8h' => '8h',
                    '12h' => '12h',
                    '1d' => '1d',
                    '1w' => '1W',
                    '1M' => '1M',
                ],
                'requiredCredentials' => ['apiKey' => true, 'secret' => true],
                'fees' => [
                    'trading' => [
                        'tierBased' => true,
                        'percentage' => true,
                        'taker' => 0.0025,
                        'maker' => 0.002,
                    ],
                ],
                'precisionMode' => TICK_SIZE,
                'options' => [
                    'sameNameParams' => ['clientOrderId', 'postOnly'],
                    'operatorId' => null,
                    'accessWindow' => 10000,
                    'networks' => [
                        'ERC20' => 'ETH',
                        'TRC20' => 'TRX',
                        'BEP20' => 'BSC',
                        'SOL' => 'SOL',
                        'POLYGON' => 'MATIC',
                        'ARBITRUM' => 'ARB',
                        'OPTIMISM' => 'OP',
                        'BASE' => 'BASE',
                    ],
                    'orderStatuses' => [
                        'new' => 'open',
                        'awaitingTrigger' => 'open',
                        'partiallyFilled' => 'open',
                        'filled' => 'closed',
                        'canceled' => 'canceled',
                        'canceledAuction' => 'canceled',
                        'canceledSelfTradePrevention' => 'canceled',
                        'canceledIOC' => 'canceled',
                        'canceledFOK' => 'canceled',
                        'canceledMarketProtection' => 'canceled',
                        'canceledPostOnly' => 'canceled',
                        'expired' => 'expired',
                        'rejected' => 'rejected',
                    ],
                    'ledgerTypes' => [
                        'buy' => 'trade',
                        'sell' => 'trade',
                        'deposit' => 'transaction',
                        'withdrawal' => 'transaction',
                        'withdrawal_cancelled' => 'transaction',
                        'staking' => 'staking',
                        'fixed_staking' => 'staking',
                        'rebate' => 'rebate',
                        'affiliate' => 'referral',
                        'distribution' => 'airdrop',
                        'internal_transfer' => 'transfer',
                        'external_transferred_funds' => 'transfer',
                    ],
                    'transactionStatuses' => [
                        'awaiting_processing' => 'pending',
                        'awaiting_email_confirmation' => 'pending',
                        'awaiting_bitvavo_inspection' => 'pending',
                        'approved' => 'pending',
                        'sending' => 'pending',
                        'in_mempool' => 'pending',
                        'processed' => 'pending',
                        'completed' => 'ok',
                        'canceled' => 'canceled',
                    ],
                ],
                'exceptions' => [
                    'exact' => [
                        '101' => ExchangeError::class,
                        '102' => BadRequest::class,
                        '103' => RateLimitExceeded::class,
                        '104' => RateLimitExceeded::class,
                        '105' => RateLimitExceeded::class,
                        '107' => ExchangeNotAvailable::class,
                        '108' => ExchangeNotAvailable::class,
                        '109' => ExchangeNotAvailable::class,
                        '110' => BadRequest::class,
                        '200' => BadRequest::class,
                        '201' => BadRequest::class,
                        '202' => BadRequest::class,
                        '203' => BadRequest::class,
                        '204' => BadRequest::class,
                        '205' => BadRequest::class,
                        '206' => BadRequest::class,
                        '210' => InvalidOrder::class,
                        '211' => InvalidOrder::class,
                        '212' => InvalidOrder::class,
                        '213' => InvalidOrder::class,
                        '214' => InvalidOrder::class,
                        '215' => InvalidOrder::class,
                        '216' => InsufficientFunds::class,
                        '217' => InvalidOrder::class,
                        '218' => InvalidOrder::class,
                        '219' => BadSymbol::class,
                        '220' => DuplicateOrderId::class,
                        '231' => InvalidOrder::class,
                        '232' => InvalidOrder::class,
                        '233' => OrderNotFound::class,
                        '234' => InvalidOrder::class,
                        '235' => InvalidOrder::class,
                        '236' => InvalidOrder::class,
                        '237' => InvalidOrder::class,
                        '238' => InvalidOrder::class,
                        '239' => InvalidOrder::class,
                        '240' => OrderNotFound::class,
                        '300' => AuthenticationError::class,
                        '301' => AuthenticationError::class,
                        '302' => InvalidNonce::class,
                        '303' => InvalidNonce::class,
                        '304' => InvalidNonce::class,
                        '305' => AuthenticationError::class,
                        '306' => AuthenticationError::class,
                        '307' => PermissionDenied::class,
                        '308' => AuthenticationError::class,
                        '309' => AuthenticationError::class,
                        '310' => PermissionDenied::class,
                        '311' => PermissionDenied::class,
                        '312' => PermissionDenied::class,
                        '317' => AccountSuspended::class,
                        '400' => ExchangeError::class,
                        '401' => PermissionDenied::class,
                        '402' => PermissionDenied::class,
                        '403' => PermissionDenied::class,
                        '404' => ExchangeNotAvailable::class,
                        '405' => PermissionDenied::class,
                        '406' => BadRequest::class,
                        '407' => BadRequest::class,
                        '408' => InvalidAddress::class,
                        '409' => InvalidAddress::class,
                        '410' => PermissionDenied::class,
                        '411' => BadRequest::class,
                        '412' => InvalidAddress::class,
                        '413' => InvalidAddress::class,
                        '414' => PermissionDenied::class,
                    ],
                    'broad' => [],
                ],
            ],
        );
    }

    // --- precision -----------------------------------------------------------------------------------
    public function price_to_precision($symbol, $price) {
        // A market without tickSize (before API release 2.12.0) counts prices in pricePrecision significant
        // digits, which the one precisionMode of the base class cannot express beside tick sizes.
        $market = $this->market($symbol);
        if (Js::get(Js::get($market, 'precision'), 'price') !== null) {
            return parent::price_to_precision($symbol, $price);
        }
        $digits = $this->safe_integer(Js::get($market, 'info'), 'pricePrecision');
        if ($digits === null) {
            return $this->number_to_string($price);
        }
        return $this->decimal_to_precision($price, ROUND, $digits, SIGNIFICANT_DIGITS, $this->paddingMode);
    }

    public function cost_to_precision($symbol, $cost) {
        // amountQuote has notionalDecimals decimals (the base class would use the price's tick).
        $market = $this->market($symbol);
        $decimals = $this->safe_integer(Js::get($market, 'info'), 'notionalDecimals');
        if ($decimals === null) {
            return $this->number_to_string($cost);
        }
        return $this->decimal_to_precision($cost, TRUNCATE, $decimals, DECIMAL_PLACES, $this->paddingMode);
    }

    // --- markets and currencies ----------------------------------------------------------------------
    public function fetch_time($params = null) {
        if ($params === null) {
            $params = [];
        }
        // time: { time (ms), timeNs }.
        $response = $this->public_get_time($params);
        return $this->safe_integer($response, 'time');
    }

    public function fetch_markets($params = null) {
        if ($params === null) {
            $params = [];
        }
        // markets: [ { market: 'BTC-EUR', status: 'trading' (or 'halted', 'auction'), base, quote, tickSize,
        // pricePrecision (significant digits; null since release 2.12.0), minOrderInBaseAsset, minOrderInQuoteAsset,
        // maxOrderInBaseAsset, maxOrderInQuoteAsset, quantityDecimals, notionalDecimals, orderTypes, ... } ].
        $response = $this->public_get_markets($params);
        $result = [];
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            $result[] = $this->parse_market(Js::get($response, $i));
        }
        return $result;
    }

    public function parse_market($entry) {
        $base_id = $this->safe_string($entry, 'base');
        $quote_id = $this->safe_string($entry, 'quote');
        $base = $this->safe_currency_code($base_id);
        $quote = $this->safe_currency_code($quote_id);
        return $this->safe_market_structure(
            [
                'id' => $this->safe_string($entry, 'market'),
                'symbol' => Js::boundedText(Js::toStr($base) . '/' . Js::toStr($quote)),
                'base' => $base,
                'quote' => $quote,
                'baseId' => $base_id,
                'quoteId' => $quote_id,
                'active' => $this->safe_string($entry, 'status') === 'trading',
                'type' => 'spot',
                'spot' => true,
                'taker' => Js::get(Js::get($this->fees, 'trading'), 'taker'),
                'maker' => Js::get(Js::get($this->fees, 'trading'), 'maker'),
                'precision' => [
                    'amount' => $this->parse_number(
                        $this->parse_precision($this->safe_string($entry, 'quantityDecimals')),
                    ),
                    'price' => $this->safe_number($entry, 'tickSize'),
                ],
                'limits' => [
                    'amount' => [
                        'min' => $this->safe_number($entry, 'minOrderInBaseAsset'),
                        'max' => $this->safe_number($entry, 'maxOrderInBaseAsset'),
                    ],
                    'price' => ['min' => null, 'max' => null],
                    'cost' => [
                        'min' => $this->safe_number($entry, 'minOrderInQuoteAsset'),
                        'max' => $this->safe_number($entry, 'maxOrderInQuoteAsset'),
                    ],
                ],
                'info' => $entry,
            ],
        );
    }

    public function network_code_of($network_id, $code) {
        // 'Mainnet' is the asset's own chain (BTC's is BTC); other names through options['networks'].
        if ($network_id === 'Mainnet') {
            return $code;
        }
        return $this->network_code($network_id);
    }

    public function fetch_currencies($params = null) {
        if ($params === null) {
            $params = [];
        }
        // assets: [ { symbol, name, decimals, depositFee, depositConfirmations, depositStatus: 'OK',
        // 'MAINTENANCE' or 'DELISTED', withdrawalFee, withdrawalMinAmount, withdrawalStatus, networks: [ 'Mainnet' ],
        // message } ]. The fees and limits are the asset's, so its network's when it has one.
        $response = $this->public_get_assets($params);
        $result = [];
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            $entry = Js::get($response, $i);
            $id = $this->safe_string($entry, 'symbol');
            $code = $this->safe_currency_code($id);
            $deposit = $this->safe_string($entry, 'depositStatus') === 'OK';
            $withdraw = $this->safe_string($entry, 'withdrawalStatus') === 'OK';
            $fee = $this->safe_number($entry, 'withdrawalFee');
            $precision = $this->parse_number($this->parse_precision($this->safe_string($entry, 'decimals')));
            $limits = [
                'withdraw' => ['min' => $this->safe_number($entry, 'withdrawalMinAmount'), 'max' => null],
            ];
            $network_ids = $this->safe_list($entry, 'networks', []);
            $networks = [];
            for ($j = 0; $j < count($network_ids); $j++) {
                $network_code = $this->network_code_of(Js::get($network_ids, $j), $code);
                Js::setKey(
                    $networks,
                    $network_code,
                    [
                        'id' => Js::get($network_ids, $j),
                        'network' => $network_code,
                        'active' => $deposit && $withdraw,
                        'deposit' => $deposit,
                        'withdraw' => $withdraw,
                        'fee' => count($network_ids) == 1 ? $fee : null,
                        'precision' => $precision,
                        'limits' => $limits,
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
                    'active' => $deposit && $withdraw,
                    'deposit' => $deposit,
                    'withdraw' => $withdraw,
                    'fee' => $fee,
                    'precision' => $precision,
                    'limits' => $limits,
                    'networks' => $networks,
                    'info' => $entry,
                ],
            );
        }
        return $result;
    }

    public function fetch_deposit_withdraw_fees($codes = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $currencies = $this->fetch_currencies($params);
        return $this->deposit_withdraw_fees_from_currencies($currencies, $codes);
    }

    // --- market data ---------------------------------------------------------------------------------
    public function parse_ticker($ticker, $market = null) {
        // ticker/24h: { market, startTimestamp, timestamp, open, openTimestamp, high, low, last,
        // closeTimestamp, bid, bidSize, ask, askSize, volume (base), volumeQuote }.
        $market = $this->safe_market($this->safe_string($ticker, 'market'), $market, '-');
        return $this->ticker_structure(
            symbol: Js::get($market, 'symbol'),
            timestamp: $this->safe_integer($ticker, 'timestamp'),
            high: $this->safe_string($ticker, 'high'),
            low: $this->safe_string($ticker, 'low'),
            bid: $this->safe_string($ticker, 'bid'),
            bid_volume: $this->safe_string($ticker, 'bidSize'),
            ask: $this->safe_string($ticker, 'ask'),
            ask_volume: $this->safe_string($ticker, 'askSize'),
            open: $this->safe_string($ticker, 'open'),
            last: $this->safe_string($ticker, 'last'),
            base_volume: $this->safe_string($ticker, 'volume'),
            quote_volume: $this->safe_string($ticker, 'volumeQuote'),
            info: $ticker,
            market: $market,
        );
    }

    public function fetch_ticker($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // ticker/24h?market= answers with one object.
        $this->load_markets();
        $market = $this->market($symbol);
        $response = $this->public_get_ticker24h($this->extend(['market' => Js::get($market, 'id')], $params));
        return $this->parse_ticker($response, $market);
    }

    public function fetch_tickers($symbols = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // ticker/24h without a market: every market's.
        $this->load_markets();
        $response = $this->public_get_ticker24h($params);
        return $this->parse_tickers($response, $symbols);
    }

    public function fetch_order_book($symbol, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // {market}/book?depth: { market, nonce, bids: [ [ price, size ] ], asks, timestamp }.
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['market' => Js::get($market, 'id')];
        if ($limit !== null) {
            $request['depth'] = $limit;
        }
        $response = $this->public_get_market_book($this->extend($request, $params));
        $book = $this->parse_order_book(
            $response,
            Js::get($market, 'symbol'),
            $this->safe_integer($response, 'timestamp'),
        );
        Js::set($book, 'nonce', $this->safe_integer($response, 'nonce'));
        return $book;
    }

    public function parse_ohlcv($ohlcv, $market = null) {
        // [ timestamp (ms), open, high, low, close, volume ].
        return [
            $this->safe_integer($ohlcv, 0),
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
        // {market}/candles?interval&limit&start&end, newest first (parseOHLCVs puts them oldest first).
        $this->load_markets();
        $market = $this->market($symbol);
        $interval = $this->safe_string($this->timeframes, $timeframe);
        if ($interval === null) {
            throw new BadRequest(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' fetchOHLCV () does not support the timeframe ' . Js::toStr($timeframe) . ': one of ') . Js::join(
                        Js::keys($this->timeframes),
                        ', ',
                    ),
                ),
            );
        }
        $request = $this->time_range(
            ['market' => Js::get($market, 'id'), 'interval' => $interval],
            $since,
            $limit,
            $params,
        );
        $response = $this->public_get_market_candles($this->extend($request, $this->omit($params, 'until')));
        return $this->parse_ohlcvs($response, $market, $timeframe, $since, $limit);
    }

    public function time_range($request, $since, $limit, $params) {
        // start, end (the unified until) and limit: the paging params the history endpoints share.
        if ($limit !== null) {
            Js::set($request, 'limit', $limit);
        }
        if ($since !== null) {
            Js::set($request, 'start', $since);
        }
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            Js::set($request, 'end', $until);
        }
        return $request;
    }

    public function parse_trade($trade, $market = null) {
        // Public trades: { id, timestamp, amount, price, side } with the taker's side. The account's trades:
        // { id, orderId, clientOrderId, timestamp, market, side, amount, price, taker, fee, feeCurrency,
        // settled }; an order's fills are the same without market and side.
        $market = $this->safe_market($this->safe_string($trade, 'market'), $market, '-');
        $taker_or_maker = null;
        $taker = $this->safe_bool($trade, 'taker');
        if ($taker !== null) {
            $taker_or_maker = $taker ? 'taker' : 'maker';
        }
        $fee = null;
        $fee_cost = $this->safe_string($trade, 'fee');
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
            timestamp: $this->safe_integer($trade, 'timestamp'),
            side: $this->safe_string($trade, 'side'),
            taker_or_maker: $taker_or_maker,
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
        // {market}/trades?limit&start&end.
        $this->load_markets();
        $market = $this->market($symbol);
        $request = $this->time_range(['market' => Js::get($market, 'id')], $since, $limit, $params);
        $response = $this->public_get_market_trades($this->extend($request, $this->omit($params, 'until')));
        return $this->parse_trades($response, $market, $since, $limit);
    }

    // --- account -------------------------------------------------------------------------------------
    public function fetch_balance($params = null) {
        if ($params === null) {
            $params = [];
        }
        // balance: [ { symbol, available, inOrder } ].
        $this->load_markets();
        $response = $this->private_get_balance($params);
        $result = ['info' => $response];
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            $entry = Js::get($response, $i);
            $account = $this->account();
            Js::set($account, 'free', $this->safe_string($entry, 'available'));
            Js::set($account, 'used', $this->safe_string($entry, 'inOrder'));
            Js::setKey($result, $this->safe_currency_code($this->safe_string($entry, 'symbol')), $account);
        }
        return $this->safe_balance($result);
    }

    public function fetch_trading_fees($params = null) {
        if ($params === null) {
            $params = [];
        }
        // account: { fees: { tier, volume, maker, taker } }: the account's rates (fractions) for every market.
        $this->load_markets();
        $response = $this->private_get_account($params);
        $fees = $this->safe_dict($response, 'fees', []);
        $result = [];
        for ($i = 0; Js::less($i, Js::length($this->symbols)); $i++) {
            $symbol = Js::get($this->symbols, $i);
            Js::setKey(
                $result,
                $symbol,
                [
                    'symbol' => $symbol,
                    'maker' => $this->safe_number($fees, 'maker'),
                    'taker' => $this->safe_number($fees, 'taker'),
                    'info' => $response,
                ],
            );
        }
        return $result;
    }

    public function fetch_trading_fee($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // account/fees?market: { tier, volume, maker, taker }, the rates of the market's fee category.
        $this->load_markets();
        $market = $this->market($symbol);
        $response = $this->private_get_account_fees(
            $this->extend(['market' => Js::get($market, 'id')], $params),
        );
        return [
            'symbol' => Js::get($market, 'symbol'),
            'maker' => $this->safe_number($response, 'maker'),
            'taker' => $this->safe_number($response, 'taker'),
            'info' => $response,
        ];
    }

    public function ledger_legs($item) {
        // One account/history transaction moves up to two currencies: what was sent leaves the account (out),
        // what was received enters it (in). Each leg is one ledger entry; the fee goes with the leg in its
        // currency (with the first leg when neither is).
        $legs = [];
        $sent_currency = $this->safe_string($item, 'sentCurrency');
        $sent_amount = $this->safe_string($item, 'sentAmount');
        if (($sent_currency !== null) && ($sent_amount !== null)) {
            $legs[] = ['out', $sent_currency, $sent_amount];
        }
        $received_currency = $this->safe_string($item, 'receivedCurrency');
        $received_amount = $this->safe_string($item, 'receivedAmount');
        if (($received_currency !== null) && ($received_amount !== null)) {
            $legs[] = ['in', $received_currency, $received_amount];
        }
        return $legs;
    }

    public function parse_ledger_entry($item, $currency = null) {
        // An account/history item with its leg: { transactionId, executedAt (ISO 8601), type, priceCurrency,
        // priceAmount, sentCurrency, sentAmount, receivedCurrency, receivedAmount, feesCurrency, feesAmount,
        // address, leg: [ direction, currency, amount ] }.
        $leg = $this->safe_list($item, 'leg', []);
        $code = $this->safe_currency_code($this->safe_string($leg, 1), $currency);
        $fee = null;
        if ($this->safe_bool($item, 'withFee', false)) {
            $fee_cost = $this->safe_string($item, 'feesAmount');
            if ($fee_cost !== null) {
                $fee = [
                    'cost' => $fee_cost,
                    'currency' => $this->safe_currency_code($this->safe_string($item, 'feesCurrency')),
                ];
            }
        }
        $type = $this->safe_string($item, 'type');
        $info = $this->omit($item, ['leg', 'withFee']);
        return $this->safe_ledger_entry(
            [
                'id' => $this->safe_string($item, 'transactionId'),
                'timestamp' => $this->parse8601($this->safe_string($item, 'executedAt')),
                'direction' => $this->safe_string($leg, 0),
                'referenceId' => $this->safe_string($item, 'transactionId'),
                'type' => $this->safe_string(Js::get($this->options, 'ledgerTypes'), $type, $type),
                'currency' => $code,
                'amount' => $this->safe_string($leg, 2),
                'status' => 'ok',
                'fee' => $fee,
                'info' => $info,
            ],
            $currency,
        );
    }

    public function fetch_ledger($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // account/history?fromDate&toDate (until)&maxItems (at most 100): { items, currentPage, totalPages,
        // maxItems }, one page. The endpoint takes no currency: code filters the entries.
        $this->load_markets();
        $currency = $code === null ? null : $this->currency($code);
        $request = [];
        if ($since !== null) {
            $request['fromDate'] = $since;
        }
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            $request['toDate'] = $until;
        }
        if ($limit !== null) {
            $request['maxItems'] = Js::min($limit, 100);
        }
        $response = $this->private_get_account_history(
            $this->extend($request, $this->omit($params, 'until')),
        );
        $items = $this->safe_list($response, 'items', []);
        $entries = [];
        for ($i = 0; $i < count($items); $i++) {
            $legs = $this->ledger_legs(Js::get($items, $i));
            $fee_currency = $this->safe_string(Js::get($items, $i), 'feesCurrency');
            $fee_leg = 0;
            for ($j = 0; Js::less($j, Js::length($legs)); $j++) {
                if (Js::strictEqual(Js::get(Js::get($legs, $j), 1), $fee_currency)) {
                    $fee_leg = $j;
                }
            }
            for ($j = 0; Js::less($j, Js::length($legs)); $j++) {
                $entries[] = $this->extend(
                    Js::get($items, $i),
                    ['leg' => Js::get($legs, $j), 'withFee' => $j == $fee_leg],
                );
            }
        }
        return $this->parse_ledger($entries, $currency, $since, $limit);
    }

    // --- orders --------------------------------------------------------------------------------------
    public function parse_order_type($order_type) {
        // [ unified type, trigger field ]: stop orders are market or limit orders with a trigger.
        $types = [
            'market' => ['market', null],
            'limit' => ['limit', null],
            'stopLoss' => ['market', 'stopLossPrice'],
            'stopLossLimit' => ['limit', 'stopLossPrice'],
            'takeProfit' => ['market', 'takeProfitPrice'],
            'takeProfitLimit' => ['limit', 'takeProfitPrice'],
        ];
        return $this->safe_value($types, $order_type, [null, null]);
    }

    public function parse_order($order, $market = null) {
        // { orderId, clientOrderId, market, created, updated, status, side, orderType, amount, amountRemaining,
        // price, amountQuote, amountQuoteRemaining, onHold, onHoldCurrency, triggerPrice, triggerAmount,
        // triggerType, triggerReference, filledAmount, filledAmountQuote, feePaid, feeCurrency, fills: [ ... ],
        // selfTradePrevention, visible, timeInForce, postOnly }.
        $market = $this->safe_market($this->safe_string($order, 'market'), $market, '-');
        [$type, $trigger_field] = Js::destructure(
            $this->parse_order_type($this->safe_string($order, 'orderType')),
            2,
        );
        $trigger_price = $this->safe_string2($order, 'triggerPrice', 'triggerAmount');
        $status = $this->safe_string($order, 'status');
        // A post-only order is the unified timeInForce PO (Bitvavo reports it as timeInForce GTC with postOnly
        // true), as the other exchanges' post-only orders are.
        $post_only = $this->safe_bool($order, 'postOnly');
        $fee = null;
        $fee_cost = $this->safe_string($order, 'feePaid');
        if ($fee_cost !== null) {
            $fee = [
                'cost' => $fee_cost,
                'currency' => $this->safe_currency_code($this->safe_string($order, 'feeCurrency')),
            ];
        }
        $fills = $this->safe_list($order, 'fills', []);
        $trades = [];
        for ($i = 0; $i < count($fills); $i++) {
            $trades[] = $this->parse_trade(
                $this->extend(
                    Js::get($fills, $i),
                    [
                        'orderId' => $this->safe_string($order, 'orderId'),
                        'side' => $this->safe_string($order, 'side'),
                    ],
                ),
                $market,
            );
        }
        $result = [
            'id' => $this->safe_string($order, 'orderId'),
            'clientOrderId' => $this->safe_string($order, 'clientOrderId'),
            'symbol' => Js::get($market, 'symbol'),
            'timestamp' => $this->safe_integer($order, 'created'),
            'lastUpdateTimestamp' => $this->safe_integer($order, 'updated'),
            'status' => $this->safe_string(Js::get($this->options, 'orderStatuses'), $status, $status),
            'type' => $type,
            'timeInForce' => $post_only === true ? 'PO' : $this->safe_string($order, 'timeInForce'),
            'postOnly' => $post_only,
            'side' => $this->safe_string($order, 'side'),
            'price' => $this->safe_string($order, 'price'),
            'triggerPrice' => $trigger_price,
            'amount' => $this->safe_string($order, 'amount'),
            'remaining' => $this->safe_string($order, 'amountRemaining'),
            'filled' => $this->safe_string($order, 'filledAmount'),
            'cost' => $this->safe_string($order, 'filledAmountQuote'),
            'fee' => $fee,
            'trades' => $trades,
            'info' => $order,
        ];
        if ($trigger_field !== null) {
            Js::setKey($result, $trigger_field, $trigger_price);
        }
        return $this->safe_order($result, $market);
    }

    public function trigger_order_type($type, $trigger_kind) {
        // A plain triggerPrice is a stop loss: it fires when the price turns against the order (lower for a
        // sell, higher for a buy), as Bitvavo's stopLoss does; takeProfitPrice fires the other way.
        $kind = $trigger_kind === 'takeProfitPrice' ? 'takeProfit' : 'stopLoss';
        return $type === 'limit' ? Js::boundedText($kind . 'Limit') : $kind;
    }

    public function create_order($symbol, $type, $side, $amount, $price = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST order. The unified params map to Bitvavo's fields: postOnly is postOnly, timeInForce (GTC, IOC,
        // FOK) is timeInForce, clientOrderId is clientOrderId (a UUID), cost is amountQuote (a market order
        // sized in the quote currency), and triggerPrice, stopLossPrice and takeProfitPrice make the order a
        // stopLoss(Limit) or takeProfit(Limit) order with triggerAmount, triggerType 'price' and
        // triggerReference (params['triggerReference'], 'lastTrade' by default). Spot has no reduceOnly.
        $this->load_markets();
        $market = $this->market($symbol);
        [$unified, $rest] = Js::destructure($this->unified_order_params($type, $params), 2);
        $this->reject_unified_params('createOrder', $unified, ['reduceOnly']);
        if (!($type === 'market') && !($type === 'limit')) {
            throw new InvalidOrder(
                Js::boundedText(
                    Js::toStr($this->id) . ' createOrder () type must be market or limit, not ' . Js::toStr(
                        $type,
                    ),
                ),
            );
        }
        // The key order of the docs' signing example: market, side, price, amount, orderType.
        $request = ['market' => Js::get($market, 'id'), 'side' => $side];
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
        if (Js::get($unified, 'cost') !== null) {
            $request['amountQuote'] = $this->cost_to_precision($symbol, Js::get($unified, 'cost'));
        } else {
            $request['amount'] = $this->amount_to_precision($symbol, $amount);
        }
        $request['orderType'] = $type;
        $trigger = Js::get($unified, 'trigger');
        if ($trigger !== null) {
            $request['orderType'] = $this->trigger_order_type($type, Js::get($unified, 'triggerKind'));
            $request['triggerAmount'] = $this->price_to_precision($symbol, $trigger);
            $request['triggerType'] = 'price';
            $request['triggerReference'] = $this->safe_string($rest, 'triggerReference', 'lastTrade');
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
        $request['operatorId'] = $this->operator_id('createOrder', $rest);
        $response = $this->private_post_order(
            $this->extend($request, $this->omit($rest, ['triggerReference', 'operatorId'])),
        );
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

    public function operator_id($method, $params) {
        // The mandatory operatorId (an integer, sent as a number) of params, else of options.
        $operator_id = $this->safe_integer(
            $params,
            'operatorId',
            $this->safe_integer($this->options, 'operatorId'),
        );
        if ($operator_id === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr($this->id) . ' ' . Js::toStr(
                        $method,
                    ) . ' () requires an operatorId (params[\'operatorId\'] or options[\'operatorId\']): Bitvavo requires the integer that names the trader or bot on every order request',
                ),
            );
        }
        return $operator_id;
    }

    public function require_symbol($method, $symbol) {
        if ($symbol === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr($this->id) . ' ' . Js::toStr(
                        $method,
                    ) . ' () requires a symbol argument: Bitvavo names orders by market and id',
                ),
            );
        }
        return $this->market($symbol);
    }

    public function edit_order($id, $symbol, $type, $side, $amount = null, $price = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // PUT order changes amount, price, triggerAmount and postOnly of an open limit or trigger order (not its
        // type or side); the unified triggerPrice is triggerAmount, postOnly is postOnly.
        $this->load_markets();
        $market = $this->require_symbol('editOrder', $symbol);
        $request = ['market' => Js::get($market, 'id'), 'orderId' => $id];
        if ($amount !== null) {
            $request['amount'] = $this->amount_to_precision($symbol, $amount);
        }
        if ($price !== null) {
            $request['price'] = $this->price_to_precision($symbol, $price);
        }
        $trigger = $this->safe_string($params, 'triggerPrice');
        if ($trigger !== null) {
            $request['triggerAmount'] = $this->price_to_precision($symbol, $trigger);
        }
        if ($this->safe_bool($params, 'postOnly', false)) {
            $request['postOnly'] = true;
        }
        $request['operatorId'] = $this->operator_id('editOrder', $params);
        $response = $this->private_put_order(
            $this->extend($request, $this->omit($params, ['triggerPrice', 'postOnly', 'operatorId'])),
        );
        return $this->parse_order($response, $market);
    }

    public function cancel_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // DELETE order?market&orderId&operatorId answers { orderId, clientOrderId, operatorId }.
        $this->load_markets();
        $market = $this->require_symbol('cancelOrder', $symbol);
        $request = [
            'market' => Js::get($market, 'id'),
            'orderId' => $id,
            'operatorId' => $this->operator_id('cancelOrder', $params),
        ];
        $response = $this->private_delete_order($this->extend($request, $this->omit($params, 'operatorId')));
        return $this->safe_order(
            [
                'id' => $this->safe_string($response, 'orderId', $id),
                'symbol' => Js::get($market, 'symbol'),
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
        // DELETE orders?market&operatorId (every market without market): [ { orderId, operatorId } ].
        $this->load_markets();
        $request = [];
        $market = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
            $request['market'] = Js::get($market, 'id');
        }
        $request['operatorId'] = $this->operator_id('cancelAllOrders', $params);
        $response = $this->private_delete_orders($this->extend($request, $this->omit($params, 'operatorId')));
        $result = [];
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            $result[] = $this->safe_order(
                [
                    'id' => $this->safe_string(Js::get($response, $i), 'orderId'),
                    'symbol' => $this->safe_symbol(null, $market),
                    'status' => 'canceled',
                    'info' => Js::get($response, $i),
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
        // GET order?market&orderId.
        $this->load_markets();
        $market = $this->require_symbol('fetchOrder', $symbol);
        $response = $this->private_get_order(
            $this->extend(['market' => Js::get($market, 'id'), 'orderId' => $id], $params),
        );
        return $this->parse_order($response, $market);
    }

    public function fetch_order_trades($id, $symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // The order's fills, as GET order reports them.
        $order = $this->fetch_order($id, $symbol, $params);
        return $this->filter_by_since_limit(Js::get($order, 'trades'), $since, $limit);
    }

    public function fetch_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // GET orders?market&limit&start&end: open and closed orders of one market, newest first.
        $this->load_markets();
        $market = $this->require_symbol('fetchOrders', $symbol);
        $request = $this->time_range(['market' => Js::get($market, 'id')], $since, $limit, $params);
        $response = $this->private_get_orders($this->extend($request, $this->omit($params, 'until')));
        return $this->parse_orders($response, $market, $since, $limit);
    }

    public function fetch_open_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // GET ordersOpen (of one market with market).
        $this->load_markets();
        $request = [];
        $market = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
            $request['market'] = Js::get($market, 'id');
        }
        $response = $this->private_get_orders_open($this->extend($request, $params));
        return $this->parse_orders($response, $market, $since, $limit);
    }

    public function fetch_my_trades($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // GET trades?market&limit&start&end: the account's trades of one market.
        $this->load_markets();
        $market = $this->require_symbol('fetchMyTrades', $symbol);
        $request = $this->time_range(['market' => Js::get($market, 'id')], $since, $limit, $params);
        $response = $this->private_get_trades($this->extend($request, $this->omit($params, 'until')));
        return $this->parse_trades($response, $market, $since, $limit);
    }

    // --- funding -------------------------------------------------------------------------------------
    public function parse_transaction($transaction, $currency = null) {
        // depositHistory: { timestamp, symbol, amount, address, paymentId, txId, fee, status }; withdrawalHistory
        // the same with the withdrawal's statuses; withdrawal: { success, symbol, amount }.
        $code = $this->safe_currency_code($this->safe_string($transaction, 'symbol'), $currency);
        $fee = null;
        $fee_cost = $this->safe_string($transaction, 'fee');
        if ($fee_cost !== null) {
            $fee = ['cost' => $fee_cost, 'currency' => $code];
        }
        $status = $this->safe_string($transaction, 'status');
        return $this->safe_transaction(
            [
                'txid' => $this->safe_string($transaction, 'txId'),
                'timestamp' => $this->safe_integer($transaction, 'timestamp'),
                'address' => $this->safe_string($transaction, 'address'),
                'tag' => $this->safe_string($transaction, 'paymentId'),
                'type' => $this->safe_string($transaction, 'type'),
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

    public function fetch_transfers($type, $code, $since, $limit, $params) {
        // depositHistory and withdrawalHistory take symbol, limit, start and end (until).
        $this->load_markets();
        $currency = null;
        $request = $this->time_range([], $since, $limit, $params);
        if ($code !== null) {
            $currency = $this->currency($code);
            Js::set($request, 'symbol', Js::get($currency, 'id'));
        }
        $query = $this->extend($request, $this->omit($params, 'until'));
        $response = null;
        if ($type === 'deposit') {
            $response = $this->private_get_deposit_history($query);
        } else {
            $response = $this->private_get_withdrawal_history($query);
        }
        $transactions = [];
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            $transactions[] = $this->extend(Js::get($response, $i), ['type' => $type]);
        }
        return $this->parse_transactions($transactions, $currency, $since, $limit);
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
        return $this->fetch_transfers('withdrawal', $code, $since, $limit, $params);
    }

    public function single_network($currency, $params, $method) {
        // deposit takes no network: each asset has its own. The unified network is accepted when it is the asset's
        // only network (there is nothing to choose), and rejected otherwise.
        $network_code = $this->safe_string($params, 'network');
        $networks = Js::keys($this->safe_dict($currency, 'networks', []));
        if ($network_code === null) {
            return count($networks) == 1 ? Js::get($networks, 0) : null;
        }
        if (
            (count($networks) == 1) && Js::strictEqual(
                Js::get($networks, 0),
                Js::upperCase(Js::textReceiver($network_code, 'toUpperCase')),
            )
        ) {
            return Js::get($networks, 0);
        }
        throw new NotSupported(
            Js::boundedText(
                Js::boundedText(Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($method) . ' () does not support the unified param network ' . Js::toStr($network_code) . ' for ') . Js::toStr(Js::get($currency, 'code')) . ': deposit takes no network, and the asset\'s networks are ') . Js::join(
                    $networks,
                    ', ',
                ),
            ),
        );
    }

    public function fetch_deposit_address($code, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // deposit?symbol: { address, paymentId } (a fiat currency's: { iban, bic, description }).
        $this->load_markets();
        $currency = $this->currency($code);
        $network = $this->single_network($currency, $params, 'fetchDepositAddress');
        $response = $this->private_get_deposit(
            $this->extend(['symbol' => Js::get($currency, 'id')], $this->omit($params, 'network')),
        );
        return [
            'currency' => Js::get($currency, 'code'),
            'address' => $this->safe_string2($response, 'address', 'iban'),
            'tag' => $this->safe_string2($response, 'paymentId', 'description'),
            'network' => $network,
            'info' => $response,
        ];
    }

    public function crypto_network_id($network_code, $currency) {
        // crypto/withdrawal names a network by its chain: an asset's own chain by the asset (BTC), others as
        // options['networks'] says (ERC20 is ETH). A code neither knows is rejected rather than sent as it is.
        $upper = Js::upperCase(Js::textReceiver($network_code, 'toUpperCase'));
        if (Js::strictEqual($upper, Js::get($currency, 'code'))) {
            return Js::get($currency, 'id');
        }
        $id = $this->safe_string(Js::get($this->options, 'networks'), $upper);
        if ($id === null) {
            throw new BadRequest(
                Js::boundedText(
                    Js::boundedText(Js::boundedText(Js::toStr($this->id) . ' withdraw () knows no network ' . Js::toStr($network_code) . ' (the unified param network): ') . Js::toStr(Js::get($currency, 'code')) . ' or one of ') . Js::join(
                        Js::keys(Js::get($this->options, 'networks')),
                        ', ',
                    ),
                ),
            );
        }
        return $id;
    }

    public function withdraw($code, $amount, $address, $tag = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // With the unified network: POST crypto/withdrawal { asset, network, address, amount, deductFeeFromAmount,
        // idempotencyKey, memo (the tag) } answers { id, asset, network, address, amount, ... }; the key is
        // params['idempotencyKey'] or one made from the clock. Without a network: POST withdrawal { symbol,
        // amount, address, paymentId (the tag) } over the asset's own network answers { success, symbol, amount }.
        $this->load_markets();
        $currency = $this->currency($code);
        $network_code = $this->safe_string($params, 'network');
        if ($network_code === null) {
            return $this->withdraw_over_asset_network($currency, $amount, $address, $tag, $params);
        }
        $request = [
            'asset' => Js::get($currency, 'id'),
            'network' => $this->crypto_network_id($network_code, $currency),
            'address' => $address,
            'amount' => $this->number_to_string($amount),
            'deductFeeFromAmount' => $this->safe_bool($params, 'deductFeeFromAmount', false),
            'idempotencyKey' => $this->safe_string(
                $params,
                'idempotencyKey',
                Js::boundedText('exkit-' . Js::toStr($this->number_to_string($this->milliseconds()))),
            ),
        ];
        if ($tag !== null) {
            $request['memo'] = $tag;
        }
        $response = $this->private_post_crypto_withdrawal(
            $this->extend(
                $request,
                $this->omit($params, ['network', 'deductFeeFromAmount', 'idempotencyKey']),
            ),
        );
        $fee = null;
        $fee_cost = $this->safe_string($response, 'fee');
        if ($fee_cost !== null) {
            $fee = ['cost' => $fee_cost, 'currency' => Js::get($currency, 'code')];
        }
        $status = $this->safe_string($response, 'status');
        return $this->safe_transaction(
            [
                'id' => $this->safe_string($response, 'id'),
                'txid' => $this->safe_string($response, 'txId'),
                'type' => 'withdrawal',
                'address' => $this->safe_string($response, 'address', $address),
                'tag' => $this->safe_string($response, 'memo', $tag),
                'amount' => $this->safe_string($response, 'amount', Js::get($request, 'amount')),
                'currency' => Js::get($currency, 'code'),
                'network' => Js::upperCase(Js::textReceiver($network_code, 'toUpperCase')),
                'status' => $this->safe_string(
                    Js::get($this->options, 'transactionStatuses'),
                    $status,
                    'pending',
                ),
                'fee' => $fee,
                'info' => $response,
            ],
            $currency,
        );
    }

    public function withdraw_over_asset_network($currency, $amount, $address, $tag, $params) {
        $request = [
            'symbol' => Js::get($currency, 'id'),
            'amount' => $this->number_to_string($amount),
            'address' => $address,
        ];
        if ($tag !== null) {
            $request['paymentId'] = $tag;
        }
        $response = $this->private_post_withdrawal($this->extend($request, $params));
        $networks = Js::keys($this->safe_dict($currency, 'networks', []));
        return $this->safe_transaction(
            [
                'type' => 'withdrawal',
                'address' => $address,
                'tag' => $tag,
                'amount' => $this->safe_string($response, 'amount', Js::get($request, 'amount')),
                'currency' => Js::get($currency, 'code'),
                'network' => count($networks) == 1 ? Js::get($networks, 0) : null,
                'status' => 'pending',
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
        // Bitvavo-Access-Signature: hex HMAC-SHA256 (secret, timestamp + method + '/v2' + path with its query +
        // body), the timestamp in milliseconds.
        $this->check_required_credentials();
        $timestamp = $this->number_to_string($this->milliseconds());
        $payload = '';
        $headers = [
            'Bitvavo-Access-Key' => $this->apiKey,
            'Bitvavo-Access-Timestamp' => $timestamp,
            'Bitvavo-Access-Window' => $this->number_to_string(Js::get($this->options, 'accessWindow')),
        ];
        if ($has_body) {
            $body = count(Js::keys($query)) > 0 ? $this->json(
                $query,
            ) : '{}'; // (PHP writes an empty dictionary as [])
            $payload = $body;
            Js::set($headers, 'Content-Type', 'application/json');
        }
        $auth = Js::boundedText(
            Js::boundedText(Js::toStr(Js::add($timestamp, $method)) . '/') . Js::toStr($this->version) . $request_path . Js::toStr(
                $payload,
            ),
        );
        Js::set(
            $headers,
            'Bitvavo-Access-Signature',
            $this->hmac($this->encode($auth), $this->encode($this->secret), 'sha256'),
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
        // { "errorCode": 205, "error": "Invalid parameter: price" } with an HTTP 4xx or 5xx status: the code
        // picks the error class; an unknown code is an ExchangeError.
        if (($response === null) || Js::isArray($response) || !(Js::typeof($response) === 'object')) {
            return;
        }
        $code = $this->safe_string($response, 'errorCode');
        if ($code === null) {
            return;
        }
        $feedback = Js::boundedText(
            Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($method) . ' ' . Js::toStr($url) . ' ' . Js::toStr($code) . ' ') . $this->safe_string(
                $response,
                'error',
                '',
            ),
        );
        $this->throw_exactly_matched_exception(Js::get($this->exceptions, 'exact'), $code, $feedback);
        throw new ExchangeError($feedback);
    }
}
