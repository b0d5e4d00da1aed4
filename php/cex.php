<?php

// Generated from js/cex.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class cex extends Exchange {
    public function describe() {
        return $this->deep_extend(
            parent::describe(),
            [
                'id' => 'cex',
                'name' => 'CEX.IO',
                'countries' => ['GB', 'EU', 'CY', 'RU'],
                'version' => 'spot',
                'rateLimit' => 300,
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
                    'fetchLedger' => true,
                    'fetchDepositAddress' => true,
                    'withdraw' => false,
                    'fetchTime' => true,
                    'fetchStatus' => false,
                    'fetchTradingFees' => true,
                    'cancelAllOrders' => true,
                    'fetchOrderTrades' => false,
                    'fetchTradingFee' => true,
                    'fetchDepositAddresses' => false,
                    'createDepositAddress' => false,
                    'fetchDepositWithdrawFees' => true,
                    'transfer' => true,
                    'createMarketBuyOrderWithCost' => true,
                ],
                'urls' => [
                    'logo' => 'https://cex.io/favicon.ico',
                    'api' => [
                        'public' => 'https://trade.cex.io/api/spot/rest-public',
                        'private' => 'https://trade.cex.io/api/spot/rest',
                    ],
                    'www' => 'https://cex.io',
                    'doc' => 'https://trade.cex.io/docs/',
                    'fees' => 'https://cex.io/spot-trading-fees',
                ],
                'api' => [
                    'public' => [
                        'post' => [
                            'get_order_book' => 2,
                            'get_candles' => 2,
                            'get_trade_history' => 2,
                            'get_ticker' => 2,
                            'get_server_time' => 2,
                            'get_pairs_info' => 2,
                            'get_currencies_info' => 2,
                            'get_processing_info' => 20,
                        ],
                    ],
                    'private' => [
                        'post' => [
                            'get_my_current_fee' => 5,
                            'get_fee_strategy' => 1,
                            'get_my_volume' => 5,
                            'do_create_account' => 1,
                            'get_my_account_status_v3' => 5,
                            'get_my_wallet_balance' => 5,
                            'get_my_orders' => 5,
                            'do_my_new_order' => 1,
                            'do_cancel_my_order' => 1,
                            'do_cancel_all_orders' => 5,
                            'get_order_book' => 1,
                            'get_candles' => 1,
                            'get_trade_history' => 1,
                            'get_my_transaction_history' => 5,
                            'get_my_funding_history' => 5,
                            'do_my_internal_transfer' => 1,
                            'get_processing_info' => 10,
                            'get_deposit_address' => 5,
                            'do_deposit_funds_from_wallet' => 1,
                            'do_withdrawal_funds_to_wallet' => 1,
                        ],
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
                    '1d' => '1d',
                ],
                'requiredCredentials' => ['apiKey' => true, 'secret' => true],
                'fees' => [
                    'trading' => [
                        'tierBased' => true,
                        'percentage' => true,
                        'taker' => 0.0025,
                        'maker' => 0.0025,
                    ],
                ],
                'precisionMode' => TICK_SIZE,
                'options' => [
                    'accountId' => null,
                    'base64Secret' => false,
                    'candlesDataType' => 'bestAsk',
                    'maxCandles' => 1000,
                    'maxTrades' => 1000,
                    'maxOrders' => 1000,
                    'maxTransactions' => 100,
                    'closedOrdersDays' => 30,
                    'sameNameParams' => ['clientOrderId'],
                    'networks' => [
                        'BTC' => 'bitcoin',
                        'ERC20' => 'ethereum',
                        'TRC20' => 'tron',
                        'XLM' => 'stellar',
                        'XRP' => 'ripple',
                    ],
                    'orderStatuses' => [
                        'PENDING_NEW' => 'open',
                        'NEW' => 'open',
                        'PARTIALLY_FILLED' => 'open',
                        'PENDING_CANCEL' => 'open',
                        'FILLED' => 'closed',
                        'EXPIRED' => 'expired',
                        'REJECTED' => 'rejected',
                        'CANCELLED' => 'canceled',
                        'CANCELED' => 'canceled',
                    ],
                    'transactionStatuses' => [
                        'approved' => 'ok',
                        'pending' => 'pending',
                        'rejected' => 'failed',
                    ],
                    'ledgerTypes' => [
                        'trade' => 'trade',
                        'commission' => 'fee',
                        'deposit' => 'transaction',
                        'withdraw' => 'transaction',
                        'internalTransfer' => 'transfer',
                    ],
                ],
                'exceptions' => [
                    'exact' => [
                        '401' => AuthenticationError::class,
                        '403' => InsufficientFunds::class,
                        '429' => RateLimitExceeded::class,
                        '437' => InvalidOrder::class,
                    ],
                    'broad' => [
                        'Insufficient funds' => InsufficientFunds::class,
                        'Authorization Failed' => AuthenticationError::class,
                        'Unsupported pair' => BadSymbol::class,
                        'Unsupported currency' => BadRequest::class,
                        'Blockchain is not supported' => BadRequest::class,
                        'Mandatory parameter' => BadRequest::class,
                        'should be specified' => BadRequest::class,
                        'Page size is limited' => BadRequest::class,
                        'Too many active orders' => InvalidOrder::class,
                        'Too low amount' => InvalidOrder::class,
                        'Amount should be greater than zero' => BadRequest::class,
                        'is on maintenance' => OnMaintenance::class,
                        'Permission denied' => PermissionDenied::class,
                        'Order not found' => OrderNotFound::class,
                        'Bad Request' => BadRequest::class,
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
        // get_server_time: { timestamp (ms), ISODate }.
        $response = $this->public_post_get_server_time($params);
        return $this->safe_integer($this->safe_dict($response, 'data', []), 'timestamp');
    }

    public function fetch_markets($params = null) {
        if ($params === null) {
            $params = [];
        }
        // get_pairs_info: [ { base, quote, baseMin, baseMax, baseLotSize, quoteMin, quoteMax, quoteLotSize,
        // basePrecision, quotePrecision, pricePrecision (decimal places of prices), minPrice, maxPrice } ].
        $response = $this->public_post_get_pairs_info($params);
        $data = $this->safe_value($response, 'data', []);
        $entries = Js::isArray($data) ? $data : [$data];
        $result = [];
        for ($i = 0; Js::less($i, Js::length($entries)); $i++) {
            $result[] = $this->parse_market(Js::get($entries, $i));
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
                'id' => Js::boundedText(Js::toStr($base_id) . '-' . Js::toStr($quote_id)),
                'symbol' => Js::boundedText(Js::toStr($base) . '/' . Js::toStr($quote)),
                'base' => $base,
                'quote' => $quote,
                'baseId' => $base_id,
                'quoteId' => $quote_id,
                'active' => true,
                'type' => 'spot',
                'spot' => true,
                'taker' => Js::get(Js::get($this->fees, 'trading'), 'taker'),
                'maker' => Js::get(Js::get($this->fees, 'trading'), 'maker'),
                'precision' => [
                    'amount' => $this->safe_number($entry, 'baseLotSize'),
                    'price' => $this->parse_number(
                        $this->parse_precision($this->safe_string($entry, 'pricePrecision')),
                    ),
                ],
                'limits' => [
                    'amount' => [
                        'min' => $this->safe_number($entry, 'baseMin'),
                        'max' => $this->safe_number($entry, 'baseMax'),
                    ],
                    'price' => [
                        'min' => $this->safe_number($entry, 'minPrice'),
                        'max' => $this->safe_number($entry, 'maxPrice'),
                    ],
                    'cost' => [
                        'min' => $this->safe_number($entry, 'quoteMin'),
                        'max' => $this->safe_number($entry, 'quoteMax'),
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
        // get_currencies_info: [ { currency, walletDeposit, walletWithdrawal, fiat, precision, walletPrecision } ]
        // (transfers between the CEX.IO Wallet and Spot Trading); get_processing_info: { CCY: { name,
        // blockchains: { name: { type, deposit, minDeposit, withdrawal, minWithdrawal, withdrawalFee } } } }
        // (external crypto transfers), the networks.
        $response = $this->public_post_get_currencies_info($params);
        $entries = $this->safe_list($response, 'data', []);
        $processing = $this->public_post_get_processing_info([]);
        $chains = $this->safe_dict($processing, 'data', []);
        $result = [];
        for ($i = 0; $i < count($entries); $i++) {
            $entry = Js::get($entries, $i);
            $id = $this->safe_string($entry, 'currency');
            $code = $this->safe_currency_code($id);
            $info = $this->safe_dict($chains, $id, []);
            $networks = $this->parse_currency_networks($this->safe_dict($info, 'blockchains', []));
            $keys = Js::keys($networks);
            $deposit = $this->safe_bool($entry, 'walletDeposit');
            $withdraw = $this->safe_bool($entry, 'walletWithdrawal');
            Js::setKey(
                $result,
                $code,
                [
                    'id' => $id,
                    'code' => $code,
                    'name' => $this->safe_string($info, 'name'),
                    'active' => ($deposit === true) || ($withdraw === true),
                    'deposit' => $deposit,
                    'withdraw' => $withdraw,
                    'fee' => count($keys) == 1 ? $this->safe_number(
                        $this->safe_dict($networks, Js::get($keys, 0), []),
                        'fee',
                    ) : null,
                    'precision' => $this->parse_number(
                        $this->parse_precision($this->safe_string($entry, 'precision')),
                    ),
                    'limits' => [
                        'amount' => ['min' => null, 'max' => null],
                        'withdraw' => ['min' => null, 'max' => null],
                    ],
                    'networks' => $networks,
                    'info' => $entry,
                ],
            );
        }
        return $result;
    }

    public function parse_currency_networks($blockchains) {
        // The blockchains of a currency by unified network code.
        $networks = [];
        $names = Js::keys($blockchains);
        for ($i = 0; $i < count($names); $i++) {
            $chain = $this->safe_dict($blockchains, $names[$i], []);
            $network_code = $this->network_code($names[$i]);
            $deposit = $this->safe_string($chain, 'deposit') === 'enabled';
            $withdraw = $this->safe_string($chain, 'withdrawal') === 'enabled';
            Js::setKey(
                $networks,
                $network_code,
                [
                    'id' => $names[$i],
                    'network' => $network_code,
                    'active' => $deposit && $withdraw,
                    'deposit' => $deposit,
                    'withdraw' => $withdraw,
                    'fee' => $this->safe_number($chain, 'withdrawalFee'),
                    'precision' => null,
                    'limits' => [
                        'withdraw' => ['min' => $this->safe_number($chain, 'minWithdrawal'), 'max' => null],
                        'deposit' => ['min' => $this->safe_number($chain, 'minDeposit'), 'max' => null],
                    ],
                ],
            );
        }
        return $networks;
    }

    public function fetch_deposit_withdraw_fees($codes = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // External withdrawal fees per blockchain (get_processing_info); deposits are free.
        $currencies = $this->fetch_currencies($params);
        return $this->deposit_withdraw_fees_from_currencies($currencies, $codes);
    }

    // --- market data ---------------------------------------------------------------------------------
    public function parse_ticker($ticker, $market = null) {
        // get_ticker, by pair: { bestBid, bestAsk, bestBidChange, bestAskChange, volume30d, low, high, volume
        // (24 h, base), quoteVolume, lastTradeVolume, last (indicative), lastTradePrice, priceChange,
        // priceChangePercentage, lastTradeDateISO, volumeUSD }, with its pair added.
        $market = $this->safe_market($this->safe_string($ticker, 'pair'), $market, '-');
        return $this->ticker_structure(
            symbol: Js::get($market, 'symbol'),
            high: $this->safe_string($ticker, 'high'),
            low: $this->safe_string($ticker, 'low'),
            bid: $this->safe_string($ticker, 'bestBid'),
            ask: $this->safe_string($ticker, 'bestAsk'),
            last: $this->safe_string($ticker, 'lastTradePrice'),
            close: $this->safe_string($ticker, 'lastTradePrice'),
            change: $this->safe_string($ticker, 'priceChange'),
            percentage: $this->safe_string($ticker, 'priceChangePercentage'),
            base_volume: $this->safe_string($ticker, 'volume'),
            quote_volume: $this->safe_string($ticker, 'quoteVolume'),
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
        $response = $this->public_post_get_ticker(
            $this->extend(['pairs' => [Js::get($market, 'id')]], $params),
        );
        $data = $this->safe_dict($response, 'data', []);
        return $this->parse_ticker(
            $this->extend(
                $this->safe_dict($data, Js::get($market, 'id'), []),
                ['pair' => Js::get($market, 'id')],
            ),
            $market,
        );
    }

    public function fetch_tickers($symbols = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // get_ticker: pairs (every pair without it) -> { 'BTC-USD': { ... }, ... }; each ticker gets its pair
        // beside its fields.
        $this->load_markets();
        $request = [];
        if ($symbols !== null) {
            $request['pairs'] = $this->market_ids($symbols);
        }
        $response = $this->public_post_get_ticker($this->extend($request, $params));
        $data = $this->safe_dict($response, 'data', []);
        $ids = Js::keys($data);
        $tickers = [];
        for ($i = 0; $i < count($ids); $i++) {
            $tickers[] = $this->extend($this->safe_dict($data, $ids[$i], []), ['pair' => $ids[$i]]);
        }
        return $this->parse_tickers($tickers, $symbols);
    }

    public function fetch_order_book($symbol, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // get_order_book: { timestamp (ms), currency1, currency2, bids, asks }, [ price, amount ]; the whole
        // book, which limit cuts.
        $this->load_markets();
        $market = $this->market($symbol);
        $response = $this->public_post_get_order_book(
            $this->extend(['pair' => Js::get($market, 'id')], $params),
        );
        $data = $this->safe_dict($response, 'data', []);
        $book = $this->parse_order_book(
            $data,
            Js::get($market, 'symbol'),
            $this->safe_integer($data, 'timestamp'),
        );
        if ($limit !== null) {
            Js::set($book, 'bids', Js::slice(Js::get($book, 'bids'), 0, $limit));
            Js::set($book, 'asks', Js::slice(Js::get($book, 'asks'), 0, $limit));
        }
        return $book;
    }

    public function parse_ohlcv($ohlcv, $market = null) {
        // get_candles: { timestamp (ms), open, high, low, close, volume (base), resolution, isClosed,
        // timestampISO }; prices are those of the best ask or the best bid (options.candlesDataType).
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
        // get_candles: pair, resolution, dataType, and fromISO or toISO (ms) with limit, or both without it.
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
        $request = [
            'pair' => Js::get($market, 'id'),
            'dataType' => $this->safe_string($this->options, 'candlesDataType', 'bestAsk'),
            'resolution' => $resolution,
        ];
        $until = $this->safe_integer($params, 'until');
        $count = $limit === null ? Js::get($this->options, 'maxCandles') : Js::min(
            $limit,
            Js::get($this->options, 'maxCandles'),
        );
        if (($since !== null) && ($until !== null)) {
            $request['fromISO'] = $since;
            $request['toISO'] = $until;
        } elseif ($since !== null) {
            $request['fromISO'] = $since;
            $request['limit'] = $count;
        } else {
            $request['toISO'] = $until === null ? $this->milliseconds() : $until;
            $request['limit'] = $count;
        }
        $response = $this->public_post_get_candles($this->extend($request, $this->omit($params, 'until')));
        // One candle comes as an object; a candle without prices (no data in its period) is left out.
        $data = $this->safe_value($response, 'data', []);
        $candles = Js::isArray($data) ? $data : [$data];
        $priced = [];
        for ($i = 0; Js::less($i, Js::length($candles)); $i++) {
            if ($this->safe_string(Js::get($candles, $i), 'open') !== null) {
                $priced[] = Js::get($candles, $i);
            }
        }
        // The first candle is the one that includes since (it starts before it): since is not filtered again.
        return $this->parse_ohlcvs($priced, $market, $timeframe, null, $limit);
    }

    public function parse_trade($trade, $market = null) {
        // get_trade_history: { tradeId: '<ms>-<n>', dateISO, side: 'BUY' or 'SELL', price, amount (base) }.
        return $this->trade_structure(
            id: $this->safe_string($trade, 'tradeId'),
            symbol: $this->safe_symbol(null, $market),
            timestamp: $this->parse8601($this->safe_string($trade, 'dateISO')),
            side: $this->safe_string_lower($trade, 'side'),
            price: $this->safe_string($trade, 'price'),
            amount: $this->safe_string($trade, 'amount'),
            info: $trade,
            market: $market,
        );
    }

    public function fetch_trades($symbol, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // get_trade_history: pair, fromDateISO (an ISO date), pageSize (100 by default) -> { pageSize,
        // trades }, oldest first.
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['pair' => Js::get($market, 'id')];
        if ($since !== null) {
            $request['fromDateISO'] = $this->iso8601($since);
        }
        if ($limit !== null) {
            $request['pageSize'] = Js::min($limit, Js::get($this->options, 'maxTrades'));
        }
        $response = $this->public_post_get_trade_history($this->extend($request, $params));
        $trades = $this->safe_list($this->safe_dict($response, 'data', []), 'trades', []);
        return $this->parse_trades($trades, $market, $since, $limit);
    }

    // --- account -------------------------------------------------------------------------------------
    public function account_id_of($params, $method, $required) {
        // The sub-account of a request: params.accountId, else options.accountId; '' is the main account.
        $account_id = $this->safe_string(
            $params,
            'accountId',
            $this->safe_string($this->options, 'accountId'),
        );
        if (
            ($account_id === null) && (
                (Js::get($params, 'accountId') === '') || (Js::get($this->options, 'accountId') === '')
            )
        ) {
            $account_id = ''; // the safe* helpers read '' as missing
        }
        if (Js::truthy($required) && (($account_id === null) || ($account_id === ''))) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr($this->id) . ' ' . Js::toStr(
                        $method,
                    ) . ' () requires a sub-account: set options.accountId or params.accountId (API orders, addresses and wallet transfers work on sub-accounts only)',
                ),
            );
        }
        return $account_id;
    }

    public function fetch_balance($params = null) {
        if ($params === null) {
            $params = [];
        }
        // get_my_account_status_v3: accountIds -> { convertedCurrency, balancesPerAccounts: { accountId:
        // { CCY: { balance (including what orders hold), balanceOnHold, balanceInConvertedCurrency } } } }.
        $this->load_markets();
        $account_id = $this->account_id_of($params, 'fetchBalance', false);
        $account = $account_id === null ? '' : $account_id;
        $response = $this->private_post_get_my_account_status_v3(
            $this->extend(['accountIds' => [$account]], $this->omit($params, 'accountId')),
        );
        $data = $this->safe_dict($response, 'data', []);
        $balances = $this->safe_dict($this->safe_dict($data, 'balancesPerAccounts', []), $account, []);
        $result = ['info' => $response];
        $ids = Js::keys($balances);
        for ($i = 0; $i < count($ids); $i++) {
            $entry = $this->safe_dict($balances, $ids[$i], []);
            $code = $this->safe_currency_code($ids[$i]);
            $balance = $this->account();
            Js::set($balance, 'total', $this->safe_string($entry, 'balance'));
            Js::set($balance, 'used', $this->safe_string($entry, 'balanceOnHold'));
            Js::setKey($result, $code, $balance);
        }
        return $this->safe_balance($result);
    }

    public function fetch_trading_fees($params = null) {
        if ($params === null) {
            $params = [];
        }
        // get_my_current_fee: { tradingFee: { 'BTC-USD': { percent } } }, the account's fee now (one rate for
        // takers and makers, in percent).
        $this->load_markets();
        $response = $this->private_post_get_my_current_fee($params);
        $fees = $this->safe_dict($this->safe_dict($response, 'data', []), 'tradingFee', []);
        $ids = Js::keys($fees);
        $result = [];
        for ($i = 0; $i < count($ids); $i++) {
            $entry = $this->safe_dict($fees, $ids[$i], []);
            $symbol = $this->safe_symbol($ids[$i], null, '-');
            $percent = $this->safe_string($entry, 'percent');
            $rate = $percent === null ? null : $this->parse_number(Precise::string_div($percent, '100'));
            Js::setKey(
                $result,
                $symbol,
                ['symbol' => $symbol, 'maker' => $rate, 'taker' => $rate, 'info' => $entry],
            );
        }
        return $result;
    }

    public function fetch_trading_fee($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // get_my_current_fee reports every pair at once.
        return $this->trading_fee_of_all($symbol, $params);
    }

    // --- orders --------------------------------------------------------------------------------------
    public function parse_order($order, $market = null) {
        // get_my_orders and do_my_new_order: { orderId, clientOrderId, accountId, status, currency1,
        // currency2, side, orderType (Market, Limit, StopLimit), timeInForce, executedAmountCcy1,
        // executedAmountCcy2, requestedAmountCcy1, requestedAmountCcy2, feeAmount, feeCurrency, price,
        // averagePrice, stopPrice, clientCreateTimestamp, serverCreateTimestamp, lastUpdateTimestamp }.
        $base_id = $this->safe_string($order, 'currency1');
        $quote_id = $this->safe_string($order, 'currency2');
        $market_id = ($base_id === null) || ($quote_id === null) ? null : Js::boundedText(
            Js::toStr($base_id) . '-' . Js::toStr($quote_id),
        );
        $market = $this->safe_market($market_id, $market, '-');
        $order_type = $this->safe_string_lower($order, 'orderType');
        $type = ($order_type === 'stoplimit') || ($order_type === 'limit') ? 'limit' : 'market';
        $fee = null;
        $fee_amount = $this->safe_string($order, 'feeAmount');
        if ($fee_amount !== null) {
            $fee = [
                'cost' => $fee_amount,
                'currency' => $this->safe_currency_code($this->safe_string($order, 'feeCurrency')),
            ];
        }
        $status = $this->safe_string($order, 'status');
        $time_in_force = $this->safe_string($order, 'timeInForce');
        $id = $this->safe_string($order, 'orderId');
        return $this->safe_order(
            [
                'id' => $id,
                'clientOrderId' => $this->safe_string($order, 'clientOrderId'),
                'symbol' => Js::get($market, 'symbol'),
                'timestamp' => $this->safe_integer($order, 'serverCreateTimestamp'),
                'lastUpdateTimestamp' => $this->safe_integer($order, 'lastUpdateTimestamp'),
                'status' => $this->safe_string(Js::get($this->options, 'orderStatuses'), $status),
                'type' => $order_type === null ? null : $type,
                'timeInForce' => ($time_in_force === 'GTC') || (
                    $time_in_force === 'IOC'
                ) ? $time_in_force : null,
                'side' => $this->safe_string_lower($order, 'side'),
                'price' => $this->safe_string($order, 'price'),
                'triggerPrice' => $this->safe_string($order, 'stopPrice'),
                'average' => $this->safe_string($order, 'averagePrice'),
                'amount' => $this->safe_string($order, 'requestedAmountCcy1'),
                'filled' => $this->safe_string($order, 'executedAmountCcy1'),
                'cost' => $this->safe_string($order, 'executedAmountCcy2'),
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
        // do_my_new_order: { clientOrderId, accountId (a sub-account), currency1, currency2, side (BUY, SELL),
        // timestamp (ms), orderType (Market, Limit, StopLimit), timeInForce (GTC, IOC, GTD; IOC only for
        // market orders), amountCcy1 or amountCcy2, price, stopPrice }. The unified params: clientOrderId is
        // clientOrderId, timeInForce GTC and IOC are timeInForce, cost is amountCcy2 (a market order sized in
        // the quote currency), triggerPrice makes a StopLimit order with stopPrice. There is no post-only
        // flag, no FOK, no stop-loss or take-profit direction and no reduceOnly.
        $this->load_markets();
        $market = $this->market($symbol);
        [$unified, $rest] = Js::destructure($this->unified_order_params($type, $params), 2);
        $this->reject_unified_params(
            'createOrder',
            $unified,
            ['reduceOnly', 'stopLossPrice', 'takeProfitPrice'],
        );
        if (Js::truthy(Js::get($unified, 'postOnly'))) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' createOrder () does not support the unified param postOnly (timeInForce PO): there is no post-only order',
                ),
            );
        }
        if (!($type === 'limit') && !($type === 'market')) {
            throw new InvalidOrder(
                Js::boundedText(
                    Js::toStr($this->id) . ' createOrder () type must be limit or market, not ' . Js::toStr(
                        $type,
                    ),
                ),
            );
        }
        if (Js::get($unified, 'timeInForce') === 'FOK') {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' createOrder () does not support timeInForce FOK: one of GTC or IOC',
                ),
            );
        }
        $account_id = $this->account_id_of($rest, 'createOrder', true);
        $request = [];
        if (Js::get($unified, 'clientOrderId') !== null) {
            $request['clientOrderId'] = Js::get($unified, 'clientOrderId');
        }
        $request['accountId'] = $account_id;
        $request['currency1'] = Js::get($market, 'baseId');
        $request['currency2'] = Js::get($market, 'quoteId');
        $request['side'] = Js::upperCase(Js::textReceiver($side, 'toUpperCase'));
        $request['timestamp'] = $this->milliseconds();
        if ($type === 'market') {
            if (Js::get($unified, 'triggerPrice') !== null) {
                throw new NotSupported(
                    Js::boundedText(
                        Js::toStr(
                            $this->id,
                        ) . ' createOrder () supports triggerPrice on limit orders only (StopLimit)',
                    ),
                );
            }
            if (
                (Js::get($unified, 'timeInForce') !== null) && !(Js::get($unified, 'timeInForce') === 'IOC')
            ) {
                throw new InvalidOrder(
                    Js::boundedText(
                        Js::boundedText(Js::toStr($this->id) . ' createOrder () market orders are IOC only, not ') . Js::toStr(
                            Js::get($unified, 'timeInForce'),
                        ),
                    ),
                );
            }
            $request['orderType'] = 'Market';
            $request['timeInForce'] = 'IOC';
            if (Js::get($unified, 'cost') !== null) {
                if (!($side === 'buy')) {
                    throw new InvalidOrder(
                        Js::boundedText(
                            Js::toStr($this->id) . ' createOrder () cost sizes market buy orders only',
                        ),
                    );
                }
                $request['amountCcy2'] = $this->cost_to_precision($symbol, Js::get($unified, 'cost'));
            } else {
                $request['amountCcy1'] = $this->amount_to_precision($symbol, $amount);
            }
        } else {
            if ($price === null) {
                throw new ArgumentsRequired(
                    Js::boundedText(
                        Js::toStr($this->id) . ' createOrder () requires a price for a limit order',
                    ),
                );
            }
            if (Js::get($unified, 'cost') !== null) {
                throw new InvalidOrder(
                    Js::boundedText(
                        Js::toStr($this->id) . ' createOrder () cost sizes market buy orders only',
                    ),
                );
            }
            $request['orderType'] = Js::get($unified, 'triggerPrice') === null ? 'Limit' : 'StopLimit';
            $request['timeInForce'] = Js::get($unified, 'timeInForce') === null ? 'GTC' : Js::get(
                $unified,
                'timeInForce',
            );
            $request['amountCcy1'] = $this->amount_to_precision($symbol, $amount);
            $request['price'] = $this->price_to_precision($symbol, $price);
            if (Js::get($unified, 'triggerPrice') !== null) {
                $request['stopPrice'] = $this->price_to_precision($symbol, Js::get($unified, 'triggerPrice'));
            }
        }
        $response = $this->private_post_do_my_new_order(
            $this->extend($request, $this->omit($rest, 'accountId')),
        );
        return $this->parse_order($this->safe_dict($response, 'data', []), $market);
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
        // do_cancel_my_order: { orderId (a number), cancelRequestId, timestamp } -> {}: the request is taken.
        $this->load_markets();
        $market = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
        }
        $request = [
            'orderId' => Js::parseInt($id),
            'cancelRequestId' => Js::boundedText('cancel_' . Js::toStr($this->uuid())),
            'timestamp' => $this->milliseconds(),
        ];
        $response = $this->private_post_do_cancel_my_order($this->extend($request, $params));
        return $this->safe_order(
            ['id' => $id, 'symbol' => $this->safe_symbol(null, $market), 'info' => $response],
            $market,
        );
    }

    public function cancel_all_orders($symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // do_cancel_all_orders: { accountIds } -> { clientOrderIds }: every pair, so no symbol. The result is
        // the open orders listed just before, canceled.
        if ($symbol !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' cancelAllOrders () cancels the orders of every pair: call it without a symbol',
                ),
            );
        }
        $this->load_markets();
        $account_id = $this->account_id_of($params, 'cancelAllOrders', false);
        $query = $this->omit($params, 'accountId');
        $request = [];
        if ($account_id !== null) {
            $request['accountIds'] = [$account_id];
        }
        $open = $this->fetch_open_orders(null, null, null, $this->extend([], $request));
        $response = $this->private_post_do_cancel_all_orders($this->extend($request, $query));
        return $this->canceled_orders($open, $response);
    }

    public function fetch_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // get_my_orders with orderId (a number): a list of that one order.
        $this->load_markets();
        $market = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
        }
        $response = $this->private_post_get_my_orders(
            $this->extend(['orderId' => Js::parseInt($id)], $params),
        );
        $orders = $this->safe_list($response, 'data', []);
        if (count($orders) == 0) {
            throw new OrderNotFound(
                Js::boundedText(Js::toStr($this->id) . ' fetchOrder () found no order ' . Js::toStr($id)),
            );
        }
        return $this->parse_order(Js::get($orders, 0), $market);
    }

    public function fetch_my_orders($archived, $symbol, $since, $limit, $params) {
        // get_my_orders: archived, pair, accountIds, serverCreateTimestampFrom and To (ms), pageSize (at most
        // 1000), newest first.
        $this->load_markets();
        $request = [];
        if (Js::truthy($archived)) {
            $request['archived'] = true;
        }
        $market = null;
        if ($symbol !== null) {
            $market = $this->market($symbol);
            $request['pair'] = Js::get($market, 'id');
        }
        $account_id = $this->account_id_of($params, 'fetchOrders', false);
        if ($account_id !== null) {
            $request['accountIds'] = [$account_id];
        }
        $until = $this->safe_integer($params, 'until');
        if ($since !== null) {
            $request['serverCreateTimestampFrom'] = $since;
        } elseif (Js::truthy($archived)) {
            // Archived orders need a start; the period is at most 365 days.
            $end = $until === null ? $this->milliseconds() : $until;
            $request['serverCreateTimestampFrom'] = Js::subtract(
                $end,
                Js::multiply(Js::get($this->options, 'closedOrdersDays'), 86400000),
            );
        }
        if ($until !== null) {
            $request['serverCreateTimestampTo'] = $until;
        }
        if ($limit !== null) {
            $request['pageSize'] = Js::min($limit, Js::get($this->options, 'maxOrders'));
        }
        $response = $this->private_post_get_my_orders(
            $this->extend($request, $this->omit($params, ['until', 'accountId'])),
        );
        return $this->parse_orders($this->safe_list($response, 'data', []), $market, $since, $limit);
    }

    public function fetch_open_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->fetch_my_orders(false, $symbol, $since, $limit, $params);
    }

    public function fetch_closed_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->fetch_my_orders(true, $symbol, $since, $limit, $params);
    }

    // --- funding -------------------------------------------------------------------------------------
    public function parse_transaction($transaction, $currency = null) {
        // get_my_funding_history: { txId, clientId, accountId, currency, direction ('deposit', 'withdraw'),
        // amount, commissionAmount, status ('approved', 'pending', 'rejected'), updatedAt }.
        $code = $this->safe_currency_code($this->safe_string($transaction, 'currency'), $currency);
        $direction = $this->safe_string($transaction, 'direction');
        $status = $this->safe_string($transaction, 'status');
        $fee = null;
        $commission = $this->safe_string($transaction, 'commissionAmount');
        if ($commission !== null) {
            $fee = ['cost' => $commission, 'currency' => $code];
        }
        $updated = $this->parse8601($this->safe_string($transaction, 'updatedAt'));
        return $this->safe_transaction(
            [
                'id' => $this->safe_string($transaction, 'txId'),
                'timestamp' => $updated,
                'type' => $direction === 'withdraw' ? 'withdrawal' : $direction,
                'amount' => $this->safe_string($transaction, 'amount'),
                'currency' => $code,
                'status' => $this->safe_string(
                    Js::get($this->options, 'transactionStatuses'),
                    $status,
                    $status,
                ),
                'updated' => $updated,
                'fee' => $fee,
                'info' => $transaction,
            ],
            $currency,
        );
    }

    public function fetch_funding($direction, $code, $since, $limit, $params) {
        // get_my_funding_history: direction, currency, accountId, dateFrom and dateTo (ms), pageSize (at most
        // 100).
        $this->load_markets();
        $request = [];
        if ($direction !== null) {
            $request['direction'] = $direction;
        }
        $currency = null;
        if ($code !== null) {
            $currency = $this->currency($code);
            $request['currency'] = Js::get($currency, 'id');
        }
        $account_id = $this->account_id_of($params, 'fetchTransactions', false);
        if ($account_id !== null) {
            $request['accountId'] = $account_id;
        }
        if ($since !== null) {
            $request['dateFrom'] = $since;
        }
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            $request['dateTo'] = $until;
        }
        if ($limit !== null) {
            $request['pageSize'] = Js::min($limit, Js::get($this->options, 'maxTransactions'));
        }
        $response = $this->private_post_get_my_funding_history(
            $this->extend($request, $this->omit($params, ['until', 'accountId'])),
        );
        return $this->parse_transactions($this->safe_list($response, 'data', []), $currency, $since, $limit);
    }

    public function fetch_deposits($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->fetch_funding('deposit', $code, $since, $limit, $params);
    }

    public function fetch_withdrawals($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->fetch_funding('withdraw', $code, $since, $limit, $params);
    }

    public function fetch_transactions($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->fetch_funding(null, $code, $since, $limit, $params);
    }

    public function parse_ledger_entry($item, $currency = null) {
        // get_my_transaction_history: { transactionId, timestamp (ISO), accountId, type ('trade', 'commission',
        // 'deposit', 'withdraw', 'internalTransfer'), amount (signed), details, currency }.
        $code = $this->safe_currency_code($this->safe_string($item, 'currency'), $currency);
        $amount = $this->safe_string($item, 'amount');
        $direction = null;
        if ($amount !== null) {
            $direction = Precise::string_lt($amount, '0') ? 'out' : 'in';
        }
        $type = $this->safe_string($item, 'type');
        return $this->safe_ledger_entry(
            [
                'id' => $this->safe_string($item, 'transactionId'),
                'timestamp' => $this->parse8601($this->safe_string($item, 'timestamp')),
                'direction' => $direction,
                'account' => $this->safe_string($item, 'accountId'),
                'type' => $this->safe_string(Js::get($this->options, 'ledgerTypes'), $type, $type),
                'currency' => $code,
                'amount' => $amount === null ? null : Precise::string_abs($amount),
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
        // get_my_transaction_history: accountId, dateFrom and dateTo (ms), pageSize (at most 100); every
        // currency (the list has no currency filter, so code filters the page).
        $this->load_markets();
        $request = [];
        $currency = null;
        if ($code !== null) {
            $currency = $this->currency($code);
        }
        $account_id = $this->account_id_of($params, 'fetchLedger', false);
        if ($account_id !== null) {
            $request['accountId'] = $account_id;
        }
        if ($since !== null) {
            $request['dateFrom'] = $since;
        }
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            $request['dateTo'] = $until;
        }
        if ($limit !== null) {
            $request['pageSize'] = Js::min($limit, Js::get($this->options, 'maxTransactions'));
        }
        $response = $this->private_post_get_my_transaction_history(
            $this->extend($request, $this->omit($params, ['until', 'accountId'])),
        );
        return $this->parse_ledger($this->safe_list($response, 'data', []), $currency, $since, $limit);
    }

    public function fetch_deposit_address($code, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // get_deposit_address: { accountId (a sub-account), currency, blockchain } -> { accountId, address, or
        // destination and memo (XRP, XLM, ATOM), currency, blockchain }. The blockchain is required: the
        // unified param network (get_processing_info lists a currency's blockchains).
        $this->load_markets();
        $currency = $this->currency($code);
        $network_code = $this->safe_string($params, 'network');
        if ($network_code === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' fetchDepositAddress () requires the unified param network (the blockchain, e.g. ERC20 or TRC20)',
                ),
            );
        }
        $account_id = $this->account_id_of($params, 'fetchDepositAddress', true);
        $request = [
            'accountId' => $account_id,
            'currency' => Js::get($currency, 'id'),
            'blockchain' => $this->network_id($network_code, $currency),
        ];
        $response = $this->private_post_get_deposit_address(
            $this->extend($request, $this->omit($params, ['network', 'accountId'])),
        );
        $data = $this->safe_dict($response, 'data', []);
        return [
            'currency' => $code,
            'address' => $this->safe_string2($data, 'address', 'destination'),
            'tag' => $this->safe_string($data, 'memo'),
            'network' => $this->network_code($this->safe_string($data, 'blockchain'), $currency),
            'info' => $data,
        ];
    }

    public function transfer($code, $amount, $from_account, $to_account, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // 'funding' (or 'wallet') is the CEX.IO Wallet, 'spot' the sub-account of options.accountId, any
        // other name a sub-account id. Wallet to sub-account: do_deposit_funds_from_wallet; sub-account to
        // Wallet: do_withdrawal_funds_to_wallet; between sub-accounts: do_my_internal_transfer. Each takes a
        // clientTxId that makes a repeated request harmless.
        $this->load_markets();
        $currency = $this->currency($code);
        $from = $this->transfer_account($from_account);
        $to = $this->transfer_account($to_account);
        $client_tx_id = $this->safe_string($params, 'clientTxId', $this->uuid());
        $query = $this->omit($params, 'clientTxId');
        $value = $this->currency_to_precision($code, $amount);
        $response = null;
        if (($from === null) && ($to === null)) {
            throw new BadRequest(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' transfer () moves funds between the CEX.IO Wallet and sub-accounts, or between sub-accounts, not from the Wallet to itself',
                ),
            );
        } elseif ($from === null) {
            $response = $this->private_post_do_deposit_funds_from_wallet(
                $this->extend(
                    [
                        'amount' => $value,
                        'currency' => Js::get($currency, 'id'),
                        'accountId' => $to,
                        'clientTxId' => $client_tx_id,
                    ],
                    $query,
                ),
            );
        } elseif ($to === null) {
            $response = $this->private_post_do_withdrawal_funds_to_wallet(
                $this->extend(
                    [
                        'amount' => $value,
                        'currency' => Js::get($currency, 'id'),
                        'accountId' => $from,
                        'clientTxId' => $client_tx_id,
                    ],
                    $query,
                ),
            );
        } else {
            $response = $this->private_post_do_my_internal_transfer(
                $this->extend(
                    [
                        'fromAccountId' => $from,
                        'toAccountId' => $to,
                        'amount' => $value,
                        'currency' => Js::get($currency, 'id'),
                        'clientTxId' => $client_tx_id,
                    ],
                    $query,
                ),
            );
        }
        $data = $this->safe_dict($response, 'data', []);
        $status = $this->safe_string($data, 'status');
        return $this->safe_transfer(
            [
                'id' => $this->safe_string2($data, 'transactionId', 'clientTxId'),
                'currency' => $code,
                'amount' => $value,
                'fromAccount' => $from_account,
                'toAccount' => $to_account,
                'status' => $status === null ? 'ok' : $this->safe_string(
                    Js::get($this->options, 'transactionStatuses'),
                    $status,
                    $status,
                ),
                'info' => $response,
            ],
        );
    }

    public function transfer_account($account) {
        // undefined for the CEX.IO Wallet, else the sub-account id.
        if (($account === 'funding') || ($account === 'wallet')) {
            return null;
        }
        if ($account === 'spot') {
            return $this->account_id_of([], 'transfer', true);
        }
        if (($account === null) || ($account === '')) {
            throw new BadRequest(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' transfer () names no account: funding (the CEX.IO Wallet), spot (options.accountId) or a sub-account id',
                ),
            );
        }
        return $account;
    }

    // --- transport -----------------------------------------------------------------------------------
    public function sign($path, $api = null, $method = null, $params = null, $headers = null, $body = null) {
        if ($api === null) {
            $api = 'public';
        }
        if ($method === null) {
            $method = 'POST';
        }
        if ($params === null) {
            $params = [];
        }
        // Every call is POST <endpoint>/<action> with the params as a JSON object (an empty one written out:
        // PHP would encode an empty dictionary as a list).
        $url = Js::boundedText(
            Js::toStr($this->safe_string(Js::get($this->urls, 'api'), $api)) . '/' . Js::toStr($path),
        );
        $body = count(Js::keys($params)) > 0 ? $this->json($params) : '{}';
        $headers = ['Content-Type' => 'application/json'];
        if ($api === 'private') {
            // X-AGGR-SIGNATURE: base64 (HMAC-SHA256 (secret, action + timestamp + body)), the timestamp in
            // seconds (X-AGGR-TIMESTAMP). The documentation's code sample keys the HMAC with the secret as it
            // is; its prose says base64-decoded, which options.base64Secret selects.
            $this->check_required_credentials();
            $key = $this->safe_bool($this->options, 'base64Secret', false) ? $this->base64_to_binary($this->secret) : $this->encode(
                $this->secret,
            );
            $timestamp = $this->number_to_string($this->seconds());
            $payload = Js::add(Js::add($path, $timestamp), $body);
            Js::set($headers, 'X-AGGR-KEY', $this->apiKey);
            Js::set($headers, 'X-AGGR-TIMESTAMP', $timestamp);
            Js::set(
                $headers,
                'X-AGGR-SIGNATURE',
                $this->hmac($this->encode($payload), $key, 'sha256', 'base64'),
            );
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
        // { error, statusCode } at the top or under data; a new order the engine rejected answers ok with
        // data { status: 'REJECTED', rejectCode, rejectReason }.
        if (($response === null) || Js::isArray($response) || !(Js::typeof($response) === 'object')) {
            return;
        }
        $data = $this->safe_value($response, 'data');
        $message = $this->safe_string($response, 'error');
        $code = $this->safe_string($response, 'statusCode');
        if (
            ($message === null) && ($data !== null) && !(Js::isArray($data)) && (
                Js::typeof($data) === 'object'
            )
        ) {
            $message = $this->safe_string($data, 'error');
            $code = $this->safe_string($data, 'statusCode', $code);
            if (($message === null) && ($this->safe_string($data, 'status') === 'REJECTED')) {
                $message = $this->safe_string($data, 'rejectReason', 'rejected');
                $code = $this->safe_string($data, 'rejectCode');
            }
        }
        if ($message === null) {
            return;
        }
        $feedback = Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($url) . ' ' . Js::toStr($message));
        $this->throw_broadly_matched_exception(Js::get($this->exceptions, 'broad'), $message, $feedback);
        if ($code !== null) {
            $this->throw_exactly_matched_exception(Js::get($this->exceptions, 'exact'), $code, $feedback);
        }
        throw new ExchangeError($feedback);
    }
}
