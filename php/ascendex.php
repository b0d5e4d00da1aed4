<?php

// Generated from js/ascendex.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class ascendex extends Exchange {
    public function describe() {
        return $this->deep_extend(
            parent::describe(),
            [
                'id' => 'ascendex',
                'name' => 'AscendEX',
                'countries' => ['SG'],
                'version' => 'v1',
                'rateLimit' => 100,
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
                    'fetchOrders' => false,
                    'fetchOpenOrders' => true,
                    'fetchClosedOrders' => true,
                    'fetchMyTrades' => false,
                    'fetchDeposits' => true,
                    'fetchWithdrawals' => true,
                    'fetchTransactions' => true,
                    'fetchLedger' => false,
                    'fetchDepositAddress' => true,
                    'withdraw' => false,
                    'fetchTime' => false,
                    'fetchStatus' => false,
                    'fetchTradingFees' => true,
                    'cancelAllOrders' => true,
                    'fetchOrderTrades' => false,
                    'fetchTradingFee' => true,
                    'fetchDepositAddresses' => false,
                    'createDepositAddress' => false,
                    'fetchDepositWithdrawFees' => true,
                    'transfer' => true,
                    'createMarketBuyOrderWithCost' => false,
                ],
                'urls' => [
                    'logo' => 'https://ascendex.com/favicon.ico',
                    'api' => 'https://ascendex.com',
                    'www' => 'https://ascendex.com',
                    'doc' => 'https://ascendex.github.io/ascendex-pro-api/',
                    'fees' => 'https://ascendex.com/en/feerate/transactionfee-traderate',
                ],
                'api' => [
                    'public' => [
                        'get' => [
                            'v1/cash/products' => 1,
                            'v2/assets' => 1,
                            'v1/spot/ticker' => 1,
                            'v1/barhist/info' => 1,
                            'v1/barhist' => 1,
                            'v1/depth' => 1,
                            'v1/trades' => 1,
                        ],
                    ],
                    'private' => [
                        'get' => [
                            'v1/info' => 1,
                            'v1/wallet/deposit/address' => 2,
                            'v1/wallet/transactions' => 2,
                        ],
                    ],
                    'accountGroup' => [
                        'get' => [
                            'v1/cash/balance' => 1,
                            'v1/spot/fee' => 1,
                            'v1/{accountCategory}/order/open' => 1,
                            'v1/{accountCategory}/order/status' => 1,
                            'v1/{accountCategory}/order/hist/current' => 1,
                            'v2/order/hist' => 2,
                        ],
                        'post' => ['v1/{accountCategory}/order' => 1, 'v1/transfer' => 2],
                        'delete' => [
                            'v1/{accountCategory}/order' => 1,
                            'v1/{accountCategory}/order/all' => 2,
                        ],
                    ],
                ],
                'timeframes' => [
                    '1m' => '1',
                    '5m' => '5',
                    '15m' => '15',
                    '30m' => '30',
                    '1h' => '60',
                    '2h' => '120',
                    '4h' => '240',
                    '6h' => '360',
                    '12h' => '720',
                    '1d' => '1d',
                    '1w' => '1w',
                    '1M' => '1m',
                ],
                'requiredCredentials' => ['apiKey' => true, 'secret' => true],
                'fees' => [
                    'trading' => [
                        'tierBased' => true,
                        'percentage' => true,
                        'taker' => 0.001,
                        'maker' => 0.001,
                    ],
                ],
                'precisionMode' => TICK_SIZE,
                'options' => [
                    'accountGroup' => null,
                    'respInst' => 'ACCEPT',
                    'sameNameParams' => ['postOnly'],
                    'maxBars' => 500,
                    'maxTrades' => 100,
                    'networks' => [
                        'ERC20' => 'ERC20',
                        'TRC20' => 'TRC20',
                        'BEP20' => 'BEP20 (BSC)',
                        'OMNI' => 'Omni',
                    ],
                    'accountsByType' => [
                        'spot' => 'cash',
                        'cash' => 'cash',
                        'margin' => 'margin',
                        'futures' => 'futures',
                    ],
                    'orderStatuses' => [
                        'PendingNew' => 'open',
                        'New' => 'open',
                        'PartiallyFilled' => 'open',
                        'Filled' => 'closed',
                        'Canceled' => 'canceled',
                        'Cancelled' => 'canceled',
                        'Rejected' => 'rejected',
                        'Reject' => 'rejected',
                    ],
                    'transactionStatuses' => [
                        'pending' => 'pending',
                        'reviewing' => 'pending',
                        'confirmed' => 'ok',
                        'rejected' => 'failed',
                        'canceled' => 'canceled',
                        'failed' => 'failed',
                    ],
                ],
                'exceptions' => [
                    'exact' => [
                        '100001' => BadRequest::class,
                        '100002' => BadRequest::class,
                        '100003' => BadRequest::class,
                        '100004' => BadRequest::class,
                        '100005' => BadRequest::class,
                        '100006' => BadRequest::class,
                        '100007' => BadRequest::class,
                        '100008' => BadSymbol::class,
                        '100009' => AuthenticationError::class,
                        '100010' => BadRequest::class,
                        '100011' => InvalidNonce::class,
                        '100012' => BadRequest::class,
                        '100013' => BadRequest::class,
                        '100101' => ExchangeError::class,
                        '150001' => BadRequest::class,
                        '200001' => AuthenticationError::class,
                        '200002' => RateLimitExceeded::class,
                        '200003' => AuthenticationError::class,
                        '200004' => AuthenticationError::class,
                        '200005' => BadRequest::class,
                        '200006' => ExchangeError::class,
                        '200010' => AuthenticationError::class,
                        '200013' => PermissionDenied::class,
                        '200014' => AccountSuspended::class,
                        '200015' => PermissionDenied::class,
                        '300001' => InvalidOrder::class,
                        '300002' => InvalidOrder::class,
                        '300003' => InvalidOrder::class,
                        '300004' => InvalidOrder::class,
                        '300005' => InvalidOrder::class,
                        '300006' => OrderNotFound::class,
                        '300007' => InvalidOrder::class,
                        '300008' => InvalidOrder::class,
                        '300009' => InvalidOrder::class,
                        '300011' => InsufficientFunds::class,
                        '300012' => BadSymbol::class,
                        '300013' => InvalidOrder::class,
                        '300020' => InvalidOrder::class,
                        '300021' => PermissionDenied::class,
                        '300031' => InvalidOrder::class,
                        '310001' => InsufficientFunds::class,
                        '510001' => ExchangeNotAvailable::class,
                        '900001' => PermissionDenied::class,
                    ],
                    'broad' => [
                        'Not Enough Account Balance' => InsufficientFunds::class,
                        'already filled or canceled' => OrderNotFound::class,
                    ],
                ],
            ],
        );
    }

    // --- markets and currencies ----------------------------------------------------------------------
    public function fetch_markets($params = null) {
        if ($params === null) {
            $params = [];
        }
        // cash/products: [ { symbol: 'BTC/USDT', baseAsset, quoteAsset, status: 'Normal', minNotional,
        // maxNotional, marginTradable, commissionType, commissionReserveRate, tickSize, lotSize, minQty, maxQty } ].
        $response = $this->public_get_v1_cash_products($params);
        $entries = $this->safe_list($response, 'data', []);
        $result = [];
        for ($i = 0; $i < count($entries); $i++) {
            $result[] = $this->parse_market(Js::get($entries, $i));
        }
        return $result;
    }

    public function parse_market($entry) {
        $base_id = $this->safe_string($entry, 'baseAsset');
        $quote_id = $this->safe_string($entry, 'quoteAsset');
        $base = $this->safe_currency_code($base_id);
        $quote = $this->safe_currency_code($quote_id);
        return $this->safe_market_structure(
            [
                'id' => $this->safe_string($entry, 'symbol'),
                'symbol' => Js::boundedText(Js::toStr($base) . '/' . Js::toStr($quote)),
                'base' => $base,
                'quote' => $quote,
                'baseId' => $base_id,
                'quoteId' => $quote_id,
                'active' => $this->safe_string($entry, 'status') === 'Normal',
                'type' => 'spot',
                'spot' => true,
                'taker' => Js::get(Js::get($this->fees, 'trading'), 'taker'),
                'maker' => Js::get(Js::get($this->fees, 'trading'), 'maker'),
                'precision' => [
                    'amount' => $this->safe_number($entry, 'lotSize'),
                    'price' => $this->safe_number($entry, 'tickSize'),
                ],
                'limits' => [
                    'amount' => [
                        'min' => $this->safe_number2($entry, 'minQty', 'lotSize'),
                        'max' => $this->safe_number($entry, 'maxQty'),
                    ],
                    'price' => ['min' => $this->safe_number($entry, 'tickSize'), 'max' => null],
                    'cost' => [
                        'min' => $this->safe_number($entry, 'minNotional'),
                        'max' => $this->safe_number($entry, 'maxNotional'),
                    ],
                ],
                'info' => $entry,
            ],
        );
    }

    public function fetch_currencies($params = null) {
        if ($params === null) {
            $params = [];
        }
        // v2 assets: [ { assetCode, assetName, precisionScale, nativeScale, blockChain: [ { chainName,
        // withdrawFee, allowDeposit, allowWithdraw, minDepositAmt, minWithdrawal, numConfirmations } ] } ].
        $response = $this->public_get_v2_assets($params);
        $entries = $this->safe_list($response, 'data', []);
        $result = [];
        for ($i = 0; $i < count($entries); $i++) {
            $currency = $this->parse_ascendex_currency(Js::get($entries, $i));
            Js::setKey($result, Js::get($currency, 'code'), $currency);
        }
        return $result;
    }

    public function parse_ascendex_currency($entry) {
        $id = $this->safe_string($entry, 'assetCode');
        $code = $this->safe_currency_code($id);
        $chains = $this->safe_list($entry, 'blockChain', []);
        $networks = [];
        $deposit = false;
        $withdraw = false;
        for ($i = 0; $i < count($chains); $i++) {
            $chain = Js::get($chains, $i);
            $chain_name = $this->safe_string($chain, 'chainName');
            $network_code = $this->network_code($chain_name);
            $can_deposit = $this->safe_bool($chain, 'allowDeposit');
            $can_withdraw = $this->safe_bool($chain, 'allowWithdraw');
            $deposit = $deposit || ($can_deposit === true);
            $withdraw = $withdraw || ($can_withdraw === true);
            Js::setKey(
                $networks,
                $network_code,
                [
                    'id' => $chain_name,
                    'network' => $network_code,
                    'active' => ($can_deposit === true) && ($can_withdraw === true),
                    'deposit' => $can_deposit,
                    'withdraw' => $can_withdraw,
                    'fee' => $this->safe_number($chain, 'withdrawFee'),
                    'precision' => null,
                    'limits' => [
                        'withdraw' => ['min' => $this->safe_number($chain, 'minWithdrawal'), 'max' => null],
                        'deposit' => ['min' => $this->safe_number($chain, 'minDepositAmt'), 'max' => null],
                    ],
                ],
            );
        }
        $codes = Js::keys($networks);
        // A currency of one chain has that chain's fee; with several the fee depends on the chain.
        $fee = count($codes) == 1 ? $this->safe_number(
            $this->safe_dict($networks, Js::get($codes, 0), []),
            'fee',
        ) : null;
        // precisionScale: the decimal places of balances.
        return [
            'id' => $id,
            'code' => $code,
            'name' => $this->safe_string($entry, 'assetName'),
            'active' => count($codes) > 0 ? ($deposit || $withdraw) : null,
            'deposit' => count($codes) > 0 ? $deposit : null,
            'withdraw' => count($codes) > 0 ? $withdraw : null,
            'fee' => $fee,
            'precision' => $this->parse_number(
                $this->parse_precision($this->safe_string($entry, 'precisionScale')),
            ),
            'limits' => [
                'amount' => ['min' => null, 'max' => null],
                'withdraw' => ['min' => null, 'max' => null],
            ],
            'networks' => $networks,
            'info' => $entry,
        ];
    }

    public function fetch_deposit_withdraw_fees($codes = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // The withdrawal fee of each chain is in the asset list (withdrawFee); deposits are free.
        $currencies = $this->fetch_currencies($params);
        return $this->deposit_withdraw_fees_from_currencies($currencies, $codes);
    }

    // --- market data ---------------------------------------------------------------------------------
    public function parse_ticker($ticker, $market = null) {
        // spot/ticker: { symbol, open (24 h ago), close (last), high, low, volume, ask: [ price, size ],
        // bid: [ price, size ] }. The field table calls volume the 24 h volume in the quote asset, but the page's own
        // examples are base amounts (QTUM/BTC at 0.00024 with a volume of 13510.8: 3.2 BTC of QTUM, not 13510.8 BTC),
        // as barhist's v is the bar's volume beside its prices: volume is the base volume.
        $market_id = $this->safe_string($ticker, 'symbol');
        $market = $this->safe_market($market_id, $market, '/');
        $ask = $this->safe_list($ticker, 'ask', []);
        $bid = $this->safe_list($ticker, 'bid', []);
        $close = $this->safe_string($ticker, 'close');
        return $this->ticker_structure(
            symbol: Js::get($market, 'symbol'),
            high: $this->safe_string($ticker, 'high'),
            low: $this->safe_string($ticker, 'low'),
            bid: $this->safe_string($bid, 0),
            bid_volume: $this->safe_string($bid, 1),
            ask: $this->safe_string($ask, 0),
            ask_volume: $this->safe_string($ask, 1),
            open: $this->safe_string($ticker, 'open'),
            close: $close,
            last: $close,
            base_volume: $this->safe_string($ticker, 'volume'),
            info: $ticker,
            market: $market,
        );
    }

    public function fetch_ticker($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // spot/ticker?symbol=BTC/USDT: one symbol answers with one ticker object.
        $this->load_markets();
        $market = $this->market($symbol);
        $response = $this->public_get_v1_spot_ticker(
            $this->extend(['symbol' => Js::get($market, 'id')], $params),
        );
        return $this->parse_ticker($this->safe_dict($response, 'data', []), $market);
    }

    public function fetch_tickers($symbols = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // spot/ticker: every symbol without a symbol param, else the comma separated list; a trailing comma
        // makes a single symbol answer with a list too.
        $this->load_markets();
        $request = [];
        if ($symbols !== null) {
            $ids = $this->market_ids($symbols);
            $request['symbol'] = Js::strictEqual(Js::length($ids), 1) ? Js::boundedText(Js::toStr(Js::get($ids, 0)) . ',') : Js::join(
                $ids,
                ',',
            );
        }
        $response = $this->public_get_v1_spot_ticker($this->extend($request, $params));
        return $this->parse_tickers($this->safe_list($response, 'data', []), $symbols);
    }

    public function fetch_order_book($symbol, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // depth: { m: 'depth-snapshot', symbol, data: { seqnum, ts, asks, bids } }, [ price, size ]; the
        // whole book, which limit cuts.
        $this->load_markets();
        $market = $this->market($symbol);
        $response = $this->public_get_v1_depth($this->extend(['symbol' => Js::get($market, 'id')], $params));
        $data = $this->safe_dict($this->safe_dict($response, 'data', []), 'data', []);
        $book = $this->parse_order_book($data, Js::get($market, 'symbol'), $this->safe_integer($data, 'ts'));
        Js::set($book, 'nonce', $this->safe_integer($data, 'seqnum'));
        if ($limit !== null) {
            Js::set($book, 'bids', Js::slice(Js::get($book, 'bids'), 0, $limit));
            Js::set($book, 'asks', Js::slice(Js::get($book, 'asks'), 0, $limit));
        }
        return $book;
    }

    public function parse_ohlcv($ohlcv, $market = null) {
        // barhist: { m: 'bar', s, data: { i, ts (the bar's start), o, c, h, l, v } }, or the bar's fields
        // beside m and s (the older documented form). v is the bar's volume (documented as in the quote asset, but
        // in the base asset like the ticker's volume, whose documented examples are base amounts).
        $bar = $this->safe_dict($ohlcv, 'data', $ohlcv);
        return [
            $this->safe_integer($bar, 'ts'),
            $this->safe_number($bar, 'o'),
            $this->safe_number($bar, 'h'),
            $this->safe_number($bar, 'l'),
            $this->safe_number($bar, 'c'),
            $this->safe_number($bar, 'v'),
        ];
    }

    public function fetch_ohlcv($symbol, $timeframe = null, $since = null, $limit = null, $params = null) {
        if ($timeframe === null) {
            $timeframe = '1m';
        }
        if ($params === null) {
            $params = [];
        }
        // barhist: symbol, interval, from and to (the start times of the first and last bars, ms), n (at most
        // 500). to is always honoured (now by default); with from and n the server returns the fewer bars.
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
        $request = ['symbol' => Js::get($market, 'id'), 'interval' => $interval];
        if ($since !== null) {
            $request['from'] = $since;
        }
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            $request['to'] = $until;
        }
        $request['n'] = $limit === null ? Js::get($this->options, 'maxBars') : Js::min(
            $limit,
            Js::get($this->options, 'maxBars'),
        );
        $response = $this->public_get_v1_barhist($this->extend($request, $this->omit($params, 'until')));
        return $this->parse_ohlcvs(
            $this->safe_list($response, 'data', []),
            $market,
            $timeframe,
            $since,
            $limit,
        );
    }

    public function parse_trade($trade, $market = null) {
        // trades: { seqnum, p, q, ts, bm (the buyer is the maker, so the taker sold) }.
        $buyer_is_maker = $this->safe_bool($trade, 'bm');
        $side = null;
        if ($buyer_is_maker !== null) {
            $side = $buyer_is_maker ? 'sell' : 'buy';
        }
        return $this->trade_structure(
            id: $this->safe_string($trade, 'seqnum'),
            symbol: $this->safe_symbol(null, $market),
            timestamp: $this->safe_integer($trade, 'ts'),
            side: $side,
            taker_or_maker: 'taker',
            price: $this->safe_string($trade, 'p'),
            amount: $this->safe_string($trade, 'q'),
            info: $trade,
            market: $market,
        );
    }

    public function fetch_trades($symbol, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // trades: symbol, n (at most 100) -> { m: 'trades', symbol, data: [ ... ] } (trades in the older
        // documented form), the latest trades.
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['symbol' => Js::get($market, 'id')];
        if ($limit !== null) {
            $request['n'] = Js::min($limit, Js::get($this->options, 'maxTrades'));
        }
        $response = $this->public_get_v1_trades($this->extend($request, $params));
        $data = $this->safe_dict($response, 'data', []);
        $trades = $this->safe_list2($data, 'data', 'trades', []);
        return $this->parse_trades($trades, $market, $since, $limit);
    }

    // --- account -------------------------------------------------------------------------------------
    public function load_account_group() {
        // info: { accountGroup, email, cashAccount: [ ... ], marginAccount: [ ... ], tradePermission, ... };
        // the group is part of every account path and does not change, so it is kept in options.
        $configured = $this->safe_string($this->options, 'accountGroup');
        if ($configured !== null) {
            return $configured;
        }
        $response = $this->private_get_v1_info();
        $data = $this->safe_dict($response, 'data', []);
        $account_group = $this->safe_string($data, 'accountGroup');
        if ($account_group === null) {
            throw new ExchangeError(
                Js::boundedText(
                    Js::toStr($this->id) . ' GET /api/pro/v1/info names no accountGroup for this API key',
                ),
            );
        }
        Js::set($this->options, 'accountGroup', $account_group);
        return $account_group;
    }

    public function fetch_balance($params = null) {
        if ($params === null) {
            $params = [];
        }
        // cash/balance: [ { asset, totalBalance, availableBalance } ], the assets with a balance.
        $this->load_markets();
        $this->load_account_group();
        $response = $this->account_group_get_v1_cash_balance($params);
        $entries = $this->safe_list($response, 'data', []);
        $result = ['info' => $response];
        for ($i = 0; $i < count($entries); $i++) {
            $entry = Js::get($entries, $i);
            $code = $this->safe_currency_code($this->safe_string($entry, 'asset'));
            $account = $this->account();
            Js::set($account, 'free', $this->safe_string($entry, 'availableBalance'));
            Js::set($account, 'total', $this->safe_string($entry, 'totalBalance'));
            Js::setKey($result, $code, $account);
        }
        return $this->safe_balance($result);
    }

    public function fetch_trading_fees($params = null) {
        if ($params === null) {
            $params = [];
        }
        // spot/fee: { domain: 'spot', userUID, vipLevel, fees: [ { symbol, fee: { taker, maker } } ] }, the
        // account's rates of every market.
        $this->load_markets();
        $this->load_account_group();
        $response = $this->account_group_get_v1_spot_fee($params);
        $data = $this->safe_dict($response, 'data', []);
        $fees = $this->safe_list($data, 'fees', []);
        $result = [];
        for ($i = 0; $i < count($fees); $i++) {
            $entry = Js::get($fees, $i);
            $symbol = $this->safe_symbol($this->safe_string($entry, 'symbol'), null, '/');
            $fee = $this->safe_dict($entry, 'fee', []);
            Js::setKey(
                $result,
                $symbol,
                [
                    'symbol' => $symbol,
                    'maker' => $this->safe_number($fee, 'maker'),
                    'taker' => $this->safe_number($fee, 'taker'),
                    'info' => $entry,
                ],
            );
        }
        return $result;
    }

    public function fetch_trading_fee($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // spot/fee reports every market at once.
        return $this->trading_fee_of_all($symbol, $params);
    }

    public function transfer($code, $amount, $from_account, $to_account, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST transfer: { amount, asset, fromAccount, toAccount } -> { code: 0 }; between cash and margin,
        // or cash and futures.
        $this->load_markets();
        $this->load_account_group();
        $currency = $this->currency($code);
        $request = [
            'amount' => $this->currency_to_precision($code, $amount),
            'asset' => Js::get($currency, 'id'),
            'fromAccount' => $this->account_type_id($from_account),
            'toAccount' => $this->account_type_id($to_account),
        ];
        $response = $this->account_group_post_v1_transfer($this->extend($request, $params));
        return $this->safe_transfer(
            [
                'currency' => $code,
                'amount' => Js::get($request, 'amount'),
                'fromAccount' => $from_account,
                'toAccount' => $to_account,
                'status' => 'ok',
                'info' => $response,
            ],
        );
    }

    // --- orders --------------------------------------------------------------------------------------
    public function parse_order($order, $market = null) {
        // Open, current-history and status orders: { orderId, symbol, price, orderQty, orderType (Limit,
        // Market, StopLimit, StopMarket), avgPx, cumFee, cumFilledQty, feeAsset, lastExecTime, seqNum, side
        // (Buy, Sell), status, stopPrice ('' when none), execInst ('Post' for post-only) }. v2 history:
        // avgFillPrice, fillQty, createTime, and fee negative when charged (positive for a rebate). The
        // acknowledgement of a new order (respInst ACK) is { id, orderId, orderType, symbol, timestamp }.
        $market_id = $this->safe_string($order, 'symbol');
        $market = $this->safe_market($market_id, $market, '/');
        $order_type = $this->safe_string_lower($order, 'orderType');
        $type = $order_type;
        $trigger_price = null;
        if (($order_type === 'stoplimit') || ($order_type === 'stopmarket')) {
            $type = $order_type === 'stoplimit' ? 'limit' : 'market';
        }
        $stop_price = $this->safe_string($order, 'stopPrice');
        if (($stop_price !== null) && !(Precise::string_eq($stop_price, '0'))) {
            $trigger_price = $stop_price;
        }
        $status = $this->safe_string($order, 'status');
        $exec_inst = $this->safe_string_lower($order, 'execInst');
        $post_only = $exec_inst === null ? null : ($exec_inst === 'post');
        $fee = null;
        $fee_currency = $this->safe_currency_code($this->safe_string($order, 'feeAsset'));
        $cum_fee = $this->safe_string($order, 'cumFee');
        $v2_fee = $this->safe_string($order, 'fee');
        if ($cum_fee !== null) {
            $fee = ['cost' => $cum_fee, 'currency' => $fee_currency];
        } elseif ($v2_fee !== null) {
            $fee = ['cost' => Precise::string_neg($v2_fee), 'currency' => $fee_currency];
        }
        $last_exec_time = $this->safe_integer($order, 'lastExecTime');
        $timestamp = $this->safe_integer2($order, 'createTime', 'timestamp');
        $price = $this->safe_string($order, 'price');
        $average = $this->safe_string2($order, 'avgPx', 'avgFillPrice');
        return $this->safe_order(
            [
                'id' => $this->safe_string($order, 'orderId'),
                'symbol' => Js::get($market, 'symbol'),
                'timestamp' => $timestamp,
                'lastUpdateTimestamp' => $last_exec_time,
                'status' => $this->safe_string(Js::get($this->options, 'orderStatuses'), $status),
                'type' => $type,
                'postOnly' => $post_only,
                'side' => $this->safe_string_lower($order, 'side'),
                'price' => (($price === null) || Precise::string_eq($price, '0')) ? null : $price,
                'triggerPrice' => $trigger_price,
                'average' => (($average === null) || Precise::string_eq($average, '0')) ? null : $average,
                'amount' => $this->safe_string($order, 'orderQty'),
                'filled' => $this->safe_string2($order, 'cumFilledQty', 'fillQty'),
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
        // POST cash/order: { id, time, symbol, orderQty, orderType, side, orderPrice, stopPrice, postOnly,
        // timeInForce, respInst }. The unified params map to AscendEX's fields: clientOrderId is id (letters
        // and digits, echoed back), postOnly is postOnly, timeInForce (GTC, IOC, FOK) is timeInForce, and
        // triggerPrice makes a stop_limit or stop_market order with stopPrice. AscendEX's stop orders have no
        // direction of their own, so stopLossPrice and takeProfitPrice are not mapped; orders are sized in the
        // base asset only (no cost), and a cash account has no reduceOnly.
        $this->load_markets();
        $this->load_account_group();
        $market = $this->market($symbol);
        [$unified, $rest] = Js::destructure($this->unified_order_params($type, $params), 2);
        $this->reject_unified_params(
            'createOrder',
            $unified,
            ['reduceOnly', 'stopLossPrice', 'takeProfitPrice', 'cost'],
        );
        if (!($type === 'limit') && !($type === 'market')) {
            throw new InvalidOrder(
                Js::boundedText(
                    Js::toStr($this->id) . ' createOrder () type must be limit or market, not ' . Js::toStr(
                        $type,
                    ),
                ),
            );
        }
        $trigger = Js::get($unified, 'triggerPrice');
        $order_type = $type;
        if ($trigger !== null) {
            $order_type = Js::boundedText('stop_' . Js::toStr($type));
        }
        // id: the caller's clientOrderId, else 32 letters and digits of a UUID.
        $client_order_id = Js::get($unified, 'clientOrderId') !== null ? Js::get($unified, 'clientOrderId') : Js::join(
            Js::split($this->uuid(), '-'),
            '',
        );
        $request = [
            'accountCategory' => 'cash',
            'id' => $client_order_id,
            'time' => $this->milliseconds(),
            'symbol' => Js::get($market, 'id'),
            'orderQty' => $this->amount_to_precision($symbol, $amount),
            'orderType' => $order_type,
            'side' => $side,
        ];
        if ($type === 'limit') {
            if ($price === null) {
                throw new ArgumentsRequired(
                    Js::boundedText(
                        Js::toStr($this->id) . ' createOrder () requires a price for a limit order',
                    ),
                );
            }
            $request['orderPrice'] = $this->price_to_precision($symbol, $price);
            if (Js::truthy(Js::get($unified, 'postOnly'))) {
                $request['postOnly'] = true;
            }
            if (Js::get($unified, 'timeInForce') !== null) {
                $request['timeInForce'] = Js::get($unified, 'timeInForce');
            }
        } elseif (Js::get($unified, 'timeInForce') !== null) {
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
        $request['respInst'] = $this->safe_string($this->options, 'respInst', 'ACCEPT');
        $response = $this->account_group_post_v1_account_category_order($this->extend($request, $rest));
        // data: { ac, accountId, action: 'place-order', status: 'Ack', 'ACCEPT' or 'DONE', info: the order }.
        $data = $this->safe_dict($response, 'data', []);
        $order = $this->parse_order($this->safe_dict($data, 'info', []), $market);
        // The order as asked for where the answer leaves a field out (an ACK names the order only).
        return $this->extend(
            $order,
            [
                'clientOrderId' => $client_order_id,
                'type' => $type,
                'side' => $side,
                'timeInForce' => Js::truthy(Js::get($unified, 'postOnly')) ? 'PO' : Js::get(
                    $unified,
                    'timeInForce',
                ),
                'postOnly' => $type === 'limit' ? Js::get($unified, 'postOnly') : Js::get($order, 'postOnly'),
                'price' => Js::get($order, 'price') === null ? $this->safe_number($request, 'orderPrice') : Js::get(
                    $order,
                    'price',
                ),
                'triggerPrice' => $this->safe_number($request, 'stopPrice'),
                'amount' => Js::get($order, 'amount') === null ? $this->safe_number($request, 'orderQty') : Js::get(
                    $order,
                    'amount',
                ),
                'info' => $response,
            ],
        );
    }

    public function cancel_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // DELETE cash/order: { id, orderId, symbol, time } (a JSON body) -> data { action: 'cancel-order',
        // status: 'Ack', info: { id, orderId, orderType, symbol, timestamp } }: received, not yet done.
        if ($symbol === null) {
            throw new ArgumentsRequired(
                Js::boundedText(Js::toStr($this->id) . ' cancelOrder () requires a symbol'),
            );
        }
        $this->load_markets();
        $this->load_account_group();
        $market = $this->market($symbol);
        $request = [
            'accountCategory' => 'cash',
            'id' => Js::join(Js::split($this->uuid(), '-'), ''),
            'orderId' => $id,
            'symbol' => Js::get($market, 'id'),
            'time' => $this->milliseconds(),
        ];
        $response = $this->account_group_delete_v1_account_category_order($this->extend($request, $params));
        $info = $this->safe_dict($this->safe_dict($response, 'data', []), 'info', []);
        return $this->safe_order(
            [
                'id' => $this->safe_string($info, 'orderId', $id),
                'symbol' => Js::get($market, 'symbol'),
                'timestamp' => $this->safe_integer($info, 'timestamp'),
                'info' => $response,
            ],
            $market,
        );
    }

    public function cancel_all_orders($symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // DELETE cash/order/all: { symbol } (optional) -> data { action: 'cancel-all', status: 'Ack' }, with
        // no list of the orders: they are the open orders listed just before, now canceled.
        $this->load_markets();
        $this->load_account_group();
        $open = $this->fetch_open_orders($symbol);
        $request = ['accountCategory' => 'cash'];
        if ($symbol !== null) {
            $request['symbol'] = Js::get($this->market($symbol), 'id');
        }
        $response = $this->account_group_delete_v1_account_category_order_all(
            $this->extend($request, $params),
        );
        return $this->canceled_orders($open, $response);
    }

    public function fetch_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // cash/order/status?orderId=: one order (open or ended) as an object, or a list for several ids.
        $this->load_markets();
        $this->load_account_group();
        $market = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
        }
        $request = ['accountCategory' => 'cash', 'orderId' => $id];
        $response = $this->account_group_get_v1_account_category_order_status(
            $this->extend($request, $params),
        );
        $data = $this->safe_value($response, 'data');
        if (Js::isArray($data)) {
            $data = $this->safe_dict($data, 0);
        }
        if (($data === null) || !(Js::typeof($data) === 'object')) {
            throw new OrderNotFound(
                Js::boundedText(Js::toStr($this->id) . ' fetchOrder () found no order ' . Js::toStr($id)),
            );
        }
        return $this->parse_order($data, $market);
    }

    public function fetch_open_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // cash/order/open (symbol optional): every open order of the cash account.
        $this->load_markets();
        $this->load_account_group();
        $request = ['accountCategory' => 'cash'];
        $market = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
            $request['symbol'] = Js::get($market, 'id');
        }
        $response = $this->account_group_get_v1_account_category_order_open($this->extend($request, $params));
        return $this->parse_orders($this->safe_list($response, 'data', []), $market, $since, $limit);
    }

    public function fetch_closed_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // v2 order/hist: account 'cash', symbol, startTime and endTime (ms, until), limit (at most 1000) ->
        // ended orders (Filled, Canceled, Rejected), the newest first unless startTime is given.
        $this->load_markets();
        $this->load_account_group();
        $request = ['account' => 'cash'];
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
            $request['limit'] = Js::min($limit, 1000);
        }
        $response = $this->account_group_get_v2_order_hist(
            $this->extend($request, $this->omit($params, 'until')),
        );
        return $this->parse_orders($this->safe_list($response, 'data', []), $market, $since, $limit);
    }

    // --- funding -------------------------------------------------------------------------------------
    public function parse_transaction($transaction, $currency = null) {
        // wallet/transactions: { asset, amount, commission, destAddress: { address, destTag },
        // networkTransactionId, numConfirmations, numConfirmed, requestId, status, time, transactionType,
        // blockchain }.
        $code = $this->safe_currency_code($this->safe_string($transaction, 'asset'), $currency);
        $destination = $this->safe_dict($transaction, 'destAddress', []);
        $status = $this->safe_string($transaction, 'status');
        $fee = null;
        $commission = $this->safe_string($transaction, 'commission');
        if ($commission !== null) {
            $fee = ['cost' => $commission, 'currency' => $code];
        }
        $blockchain = $this->safe_string($transaction, 'blockchain');
        return $this->safe_transaction(
            [
                'id' => $this->safe_string($transaction, 'requestId'),
                'txid' => $this->safe_string($transaction, 'networkTransactionId'),
                'timestamp' => $this->safe_integer($transaction, 'time'),
                'network' => $blockchain === null ? null : $this->network_code($blockchain),
                'address' => $this->safe_string($destination, 'address'),
                'tag' => $this->safe_string($destination, 'destTag'),
                'type' => $this->safe_string($transaction, 'transactionType'),
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

    public function fetch_wallet_transactions($type, $code, $since, $limit, $params) {
        // wallet/transactions: asset, txType ('deposit' or 'withdrawal'), page, pageSize -> { data: [ ... ],
        // hasNext, page, pageSize }, the newest first.
        $this->load_markets();
        $request = [];
        $currency = null;
        if ($code !== null) {
            $currency = $this->currency($code);
            $request['asset'] = Js::get($currency, 'id');
        }
        if ($type !== null) {
            $request['txType'] = $type;
        }
        if ($limit !== null) {
            $request['pageSize'] = $limit;
        }
        $response = $this->private_get_v1_wallet_transactions($this->extend($request, $params));
        $page = $this->safe_list($this->safe_dict($response, 'data', []), 'data', []);
        return $this->parse_transactions($page, $currency, $since, $limit);
    }

    public function fetch_deposits($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->reject_until('fetchDeposits', $params);
        return $this->fetch_wallet_transactions('deposit', $code, $since, $limit, $params);
    }

    public function fetch_withdrawals($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $this->reject_until('fetchWithdrawals', $params);
        return $this->fetch_wallet_transactions('withdrawal', $code, $since, $limit, $params);
    }

    public function fetch_transactions($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->fetch_wallet_transactions(null, $code, $since, $limit, $params);
    }

    public function reject_until($method, $params) {
        // wallet/transactions pages by number and has no time range: until cannot be mapped.
        if ($this->safe_value($params, 'until') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr($this->id) . ' ' . Js::toStr(
                        $method,
                    ) . ' () does not support the unified param until: wallet/transactions has no time range',
                ),
            );
        }
    }

    public function fetch_deposit_address($code, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // wallet/deposit/address: asset, blockchain (optional) -> { asset, assetName, address: [ { address,
        // blockchain, destTag } ] }, one address a chain; the one of the network asked for, else the first.
        $this->load_markets();
        $currency = $this->currency($code);
        $request = ['asset' => Js::get($currency, 'id')];
        $network_code = $this->safe_string($params, 'network');
        $network_id = null;
        if ($network_code !== null) {
            $network_id = $this->network_id($network_code, $currency);
            $request['blockchain'] = $network_id;
        }
        $response = $this->private_get_v1_wallet_deposit_address(
            $this->extend($request, $this->omit($params, 'network')),
        );
        $data = $this->safe_dict($response, 'data', []);
        $addresses = $this->safe_list($data, 'address', []);
        $entry = null;
        for ($i = 0; $i < count($addresses); $i++) {
            $candidate = Js::get($addresses, $i);
            if (
                ($network_id === null) || Js::strictEqual(
                    $this->safe_string($candidate, 'blockchain'),
                    $network_id,
                )
            ) {
                $entry = $candidate;
                break;
            }
        }
        if ($entry === null) {
            throw new InvalidAddress(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' fetchDepositAddress () has no deposit address of ' . Js::toStr($code)) . (
                        $network_code === null ? '' : Js::boundedText(' on ' . Js::toStr($network_code))
                    ),
                ),
            );
        }
        return [
            'currency' => $code,
            'address' => $this->safe_string($entry, 'address'),
            'tag' => $this->safe_string($entry, 'destTag'),
            'network' => $this->network_code($this->safe_string($entry, 'blockchain'), $currency),
            'info' => $entry,
        ];
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
        // URL: /api/pro/<path>, after /<accountGroup> for the account paths. GET sends params as the query
        // string, POST and DELETE as a JSON body.
        $endpoint = Js::boundedText('api/pro/' . Js::toStr($this->implode_params($path, $params)));
        $query = $this->omit($params, $this->extract_params($path));
        $url = Js::boundedText(Js::toStr(Js::get($this->urls, 'api')) . '/');
        if ($api === 'accountGroup') {
            // (the group of /api/pro/v1/info's answer, or of the user's options: one segment of the path, whatever it holds)
            $url .= Js::within(
                $url,
                Js::toStr($this->path_segment_text($this->safe_string($this->options, 'accountGroup'))) . '/',
            );
        }
        $url .= Js::within($url, $endpoint);
        $has_body = ($method === 'POST') || ($method === 'DELETE');
        if (!($has_body) && (count(Js::keys($query)) > 0)) {
            $url .= Js::within($url, Js::within($url, '?') . Js::toStr($this->urlencode($query)));
        }
        if ($api === 'public') {
            return ['url' => $url, 'method' => $method, 'body' => $body, 'headers' => $headers];
        }
        // x-auth-signature: base64 (HMAC-SHA256 (secret, timestamp + '+' + api path)), the api path being
        // the path after the version and the account category ('order', 'order/open', 'balance', 'info').
        $this->check_required_credentials();
        $timestamp = $this->number_to_string($this->milliseconds());
        $parts = Js::split($path, '/');
        $start = 1;
        if (
            Js::truthy($this->in_array(Js::get($parts, 1), ['{accountCategory}', 'cash', 'margin', 'spot']))
        ) {
            $start = 2;
        }
        $api_path = Js::join(Js::slice($parts, $start), '/');
        $auth = Js::boundedText(Js::toStr($timestamp) . '+' . $api_path);
        $headers = [
            'x-auth-key' => $this->apiKey,
            'x-auth-timestamp' => $timestamp,
            'x-auth-signature' => $this->hmac(
                $this->encode($auth),
                $this->encode($this->secret),
                'sha256',
                'base64',
            ),
        ];
        if ($has_body) {
            // An empty body is written out: PHP would encode an empty dictionary as a list, '[]'.
            $body = count(Js::keys($query)) > 0 ? $this->json($query) : '{}';
            Js::set($headers, 'Content-Type', 'application/json');
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
        // { code: 0, data } is success; { code, reason, message } an error (HTTP 200 or 4xx). An order
        // request may also answer code 0 with data { status: 'Err', info: { code, reason, message } }.
        if (($response === null) || Js::isArray($response) || !(Js::typeof($response) === 'object')) {
            return;
        }
        $code = $this->safe_string($response, 'code');
        $message = $this->safe_string2($response, 'message', 'reason', '');
        if (($code === null) || ($code === '0')) {
            $data = $this->safe_dict($response, 'data', []);
            if (!($this->safe_string($data, 'status') === 'Err')) {
                return;
            }
            $info = $this->safe_dict($data, 'info', []);
            $code = $this->safe_string($info, 'code');
            $message = $this->safe_string2($info, 'message', 'reason', '');
        }
        $feedback = Js::boundedText(
            Js::toStr($this->id) . ' ' . Js::toStr($method) . ' ' . Js::toStr($url) . ' ' . Js::toStr(
                $code,
            ) . ' ' . $message,
        );
        $this->throw_broadly_matched_exception(Js::get($this->exceptions, 'broad'), $message, $feedback);
        $this->throw_exactly_matched_exception(Js::get($this->exceptions, 'exact'), $code, $feedback);
        throw new ExchangeError($feedback);
    }
}
