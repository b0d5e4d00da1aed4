<?php

// Generated from js/bitmex.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class bitmex extends Exchange {
    public function describe() {
        return $this->deep_extend(
            parent::describe(),
            [
                'id' => 'bitmex',
                'name' => 'BitMEX',
                'countries' => ['SC'],
                'version' => 'v1',
                'rateLimit' => 500,
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
                    'fetchClosedOrders' => true,
                    'fetchMyTrades' => true,
                    'fetchDeposits' => true,
                    'fetchWithdrawals' => true,
                    'fetchTransactions' => true,
                    'fetchLedger' => true,
                    'fetchDepositAddress' => true,
                    'withdraw' => true,
                    'fetchTime' => false,
                    'fetchStatus' => false,
                    'fetchTradingFees' => true,
                    'cancelAllOrders' => true,
                    'fetchOrderTrades' => true,
                    'fetchTradingFee' => true,
                    'fetchDepositAddresses' => false,
                    'createDepositAddress' => false,
                    'fetchDepositWithdrawFees' => true,
                    'transfer' => false,
                    'createMarketBuyOrderWithCost' => false,
                    'fetchPositions' => true,
                    'fetchPosition' => true,
                    'fetchFundingRate' => true,
                    'fetchFundingRates' => true,
                    'fetchFundingRateHistory' => true,
                    'fetchOpenInterest' => true,
                    'setLeverage' => true,
                    'setMarginMode' => true,
                    'fetchLeverage' => true,
                    'fetchMarkOHLCV' => false,
                    'fetchIndexOHLCV' => true,
                ],
                'urls' => [
                    'logo' => 'https://www.bitmex.com/favicon.ico',
                    'api' => ['public' => 'https://www.bitmex.com', 'private' => 'https://www.bitmex.com'],
                    'www' => 'https://www.bitmex.com',
                    'doc' => [
                        'https://www.bitmex.com/app/apiOverview',
                        'https://www.bitmex.com/api/explorer/',
                    ],
                    'fees' => 'https://www.bitmex.com/app/fees',
                ],
                'api' => [
                    'public' => [
                        'get' => [
                            'instrument' => 1,
                            'instrument/active' => 1,
                            'instrument/indices' => 1,
                            'orderBook/L2' => 1,
                            'trade' => 1,
                            'trade/bucketed' => 1,
                            'funding' => 1,
                            'wallet/assets' => 1,
                        ],
                    ],
                    'private' => [
                        'get' => [
                            'instrument' => 1,
                            'user/margin' => 1,
                            'user/walletHistory' => 1,
                            'user/depositAddress' => 1,
                            'user/commission' => 1,
                            'order' => 1,
                            'execution/tradeHistory' => 1,
                            'position' => 1,
                        ],
                        'post' => [
                            'order' => 1,
                            'position/leverage' => 1,
                            'position/isolate' => 1,
                            'user/requestWithdrawal' => 1,
                        ],
                        'put' => ['order' => 1],
                        'delete' => ['order' => 1, 'order/all' => 1],
                    ],
                ],
                'timeframes' => ['1m' => '1m', '5m' => '5m', '1h' => '1h', '1d' => '1d'],
                'requiredCredentials' => ['apiKey' => true, 'secret' => true],
                'fees' => [
                    'trading' => [
                        'tierBased' => true,
                        'percentage' => true,
                        'taker' => 0.00075,
                        'maker' => 0.0002,
                    ],
                ],
                'precisionMode' => TICK_SIZE,
                'options' => [
                    'api-expires' => 60,
                    'scales' => ['XBt' => 8, 'USDt' => 6, 'Gwei' => 9],
                    'networks' => [
                        'BTC' => 'btc',
                        'ERC20' => 'eth',
                        'TRC20' => 'tron',
                        'BEP20' => 'bsc',
                        'SOL' => 'sol',
                    ],
                    'transactionStatuses' => [
                        'Pending' => 'pending',
                        'Processing' => 'pending',
                        'Confirmed' => 'pending',
                        'Completed' => 'ok',
                        'Canceled' => 'canceled',
                        'Rejected' => 'failed',
                    ],
                    'ledgerTypes' => [
                        'Deposit' => 'deposit',
                        'Withdrawal' => 'withdrawal',
                        'RealisedPNL' => 'trade',
                        'UnrealisedPNL' => 'trade',
                        'Funding' => 'fee',
                        'AffiliatePayout' => 'referral',
                        'Transfer' => 'transfer',
                        'SpotTrade' => 'trade',
                    ],
                ],
                'commonCurrencies' => ['GWEI' => 'ETH'],
                'exceptions' => [
                    'exact' => [
                        'Invalid API Key.' => AuthenticationError::class,
                        'Signature not valid.' => AuthenticationError::class,
                        'This key is disabled.' => PermissionDenied::class,
                        'Access Denied' => PermissionDenied::class,
                        'Account does not exist' => AuthenticationError::class,
                        'Duplicate clOrdID' => DuplicateOrderId::class,
                        'Duplicate orderID' => DuplicateOrderId::class,
                        'Invalid orderID' => OrderNotFound::class,
                        'Invalid symbol' => BadSymbol::class,
                        'Instrument expired' => BadSymbol::class,
                        'Instruments do not match' => BadRequest::class,
                        'Instrument has no mark price' => ExchangeNotAvailable::class,
                        'Account is suspended' => AccountSuspended::class,
                        'Invalid side' => InvalidOrder::class,
                        'Invalid orderQty' => InvalidOrder::class,
                        'Invalid orderQty or simpleOrderQty' => InvalidOrder::class,
                        'Invalid leavesQty' => InvalidOrder::class,
                        'Invalid price' => InvalidOrder::class,
                        'Invalid leverage' => BadRequest::class,
                        'Negative withdrawal amount' => BadRequest::class,
                        'Invalid withdrawal amount' => BadRequest::class,
                        'Invalid fee amount' => BadRequest::class,
                        'Not Found' => OrderNotFound::class,
                    ],
                    'broad' => [
                        'expired' => InvalidNonce::class,
                        'insufficient' => InsufficientFunds::class,
                        'Unable to cancel order' => OrderNotFound::class,
                        'Invalid ordStatus' => InvalidOrder::class,
                        'Instrument not listed for trading yet' => BadSymbol::class,
                        'Withdrawal ban expires at' => PermissionDenied::class,
                        'Withdrawals currently disabled' => PermissionDenied::class,
                        'Rate limit exceeded' => RateLimitExceeded::class,
                        'overloaded' => ExchangeNotAvailable::class,
                    ],
                ],
            ],
        );
    }

    // --- markets and currencies ----------------------------------------------------------------------
    public function fetch_currencies($params = null) {
        if ($params === null) {
            $params = [];
        }
        // wallet/assets: [ { asset: 'XBT', currency: 'XBt', majorCurrency, name, currencyType, scale: 8, enabled,
        // isMarginCurrency, minDepositAmount, minWithdrawalAmount, maxWithdrawalAmount, networks: [ { asset:
        // 'btc', tokenAddress, depositEnabled, withdrawalEnabled, withdrawalFee, minFee, maxFee } ] } ]; amounts
        // in the smallest unit (10^-scale).
        $response = $this->public_get_wallet_assets($params);
        $result = [];
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            $entry = Js::get($response, $i);
            $id = $this->safe_string($entry, 'currency');
            $code = $this->safe_currency_code($this->safe_string($entry, 'asset'));
            $scale = $this->safe_string($entry, 'scale');
            $precision = $this->parse_number($this->parse_precision($scale));
            $raw_networks = $this->safe_list($entry, 'networks', []);
            $networks = [];
            $deposit = false;
            $withdraw = false;
            for ($j = 0; $j < count($raw_networks); $j++) {
                $network = Js::get($raw_networks, $j);
                $network_id = $this->safe_string($network, 'asset');
                $network_code = $this->network_code($network_id);
                $can_deposit = $this->safe_bool($network, 'depositEnabled') === true;
                $can_withdraw = $this->safe_bool($network, 'withdrawalEnabled') === true;
                $deposit = $deposit || $can_deposit;
                $withdraw = $withdraw || $can_withdraw;
                Js::setKey(
                    $networks,
                    $network_code,
                    [
                        'id' => $network_id,
                        'network' => $network_code,
                        'active' => $can_deposit && $can_withdraw,
                        'deposit' => $can_deposit,
                        'withdraw' => $can_withdraw,
                        'fee' => $this->parse_number(
                            $this->from_units($this->safe_string($network, 'withdrawalFee'), $scale),
                        ),
                        'precision' => $precision,
                        'limits' => [],
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
                    'active' => $this->safe_bool($entry, 'enabled'),
                    'deposit' => $deposit,
                    'withdraw' => $withdraw,
                    'fee' => null,
                    'precision' => $precision,
                    'limits' => [
                        'deposit' => [
                            'min' => $this->parse_number(
                                $this->from_units($this->safe_string($entry, 'minDepositAmount'), $scale),
                            ),
                            'max' => null,
                        ],
                        'withdraw' => [
                            'min' => $this->parse_number(
                                $this->from_units($this->safe_string($entry, 'minWithdrawalAmount'), $scale),
                            ),
                            'max' => $this->parse_number(
                                $this->from_units($this->safe_string($entry, 'maxWithdrawalAmount'), $scale),
                            ),
                        ],
                    ],
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
        // The withdrawal fee of each network, from wallet/assets.
        $currencies = $this->fetch_currencies($params);
        return $this->deposit_withdraw_fees_from_currencies($currencies, $codes);
    }

    public function fetch_markets($params = null) {
        if ($params === null) {
            $params = [];
        }
        // instrument/active: the instruments open for trading (and those expired in the last 24 h), of every
        // type; the indices (.BXBT, typ MRCXXX, ...) are not markets.
        $response = $this->public_get_instrument_active($params);
        $result = [];
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            $market = $this->parse_market(Js::get($response, $i));
            if ($market !== null) {
                $result[] = $market;
            }
        }
        return $result;
    }

    public function parse_market($instrument) {
        // An instrument: { symbol, rootSymbol, state: 'Open', typ, listing, front, expiry, settle, positionCurrency,
        // underlying: 'XBT', quoteCurrency: 'USD', settlCurrency: 'XBt', lotSize, tickSize, multiplier,
        // underlyingToPositionMultiplier, isQuanto, isInverse, maxOrderQty, maxPrice, makerFee, takerFee, ... }.
        // typ: FFWCSX and FFWCSF are perpetual swaps, FFCCSX futures, IFXXXP spot pairs.
        $typ = $this->safe_string($instrument, 'typ');
        $types = ['FFWCSX' => 'swap', 'FFWCSF' => 'swap', 'FFCCSX' => 'future', 'IFXXXP' => 'spot'];
        $type = $this->safe_string($types, $typ);
        if ($type === null) {
            return null;
        }
        $id = $this->safe_string($instrument, 'symbol');
        $base_id = $this->safe_string($instrument, 'underlying');
        $quote_id = $this->safe_string($instrument, 'quoteCurrency');
        $settle_id = $this->safe_string($instrument, 'settlCurrency');
        $base = $this->safe_currency_code($base_id);
        $quote = $this->safe_currency_code($quote_id);
        $lot_size = $this->safe_string($instrument, 'lotSize');
        $contract = !($type === 'spot');
        $settle = null;
        $linear = null;
        $inverse = null;
        $contract_size = null;
        $expiry = null;
        $amount_step = $lot_size;
        if ($contract) {
            $settle = $this->safe_currency_code($settle_id);
            $inverse = $this->safe_bool($instrument, 'isInverse') === true;
            $quanto = $this->safe_bool($instrument, 'isQuanto') === true;
            $linear = !($inverse) && !($quanto);
            $contract_size = $this->contract_size_of($instrument, $inverse, $quanto);
            if ($type === 'future') {
                $expiry = $this->parse8601($this->safe_string($instrument, 'expiry'));
            }
        } else {
            // spot quantities are counted in 1 / underlyingToPositionMultiplier of the base currency
            $amount_step = $this->from_position_units($lot_size, $instrument);
        }
        return $this->safe_market_structure(
            [
                'id' => $id,
                'symbol' => $this->build_symbol($base, $quote, $settle, $expiry),
                'base' => $base,
                'quote' => $quote,
                'baseId' => $base_id,
                'quoteId' => $quote_id,
                'active' => $this->safe_string($instrument, 'state') === 'Open',
                'type' => $type,
                'linear' => $linear,
                'inverse' => $inverse,
                'contractSize' => $this->parse_number($contract_size),
                'settle' => $settle,
                'settleId' => $contract ? $settle_id : null,
                'expiry' => $expiry,
                'taker' => $this->safe_number($instrument, 'takerFee'),
                'maker' => $this->safe_number($instrument, 'makerFee'),
                'precision' => [
                    'amount' => $this->parse_number($amount_step),
                    'price' => $this->safe_number($instrument, 'tickSize'),
                ],
                'limits' => [
                    'amount' => [
                        'min' => $this->parse_number($amount_step),
                        'max' => $this->parse_number(
                            $contract ? $this->safe_string($instrument, 'maxOrderQty') : $this->from_position_units(
                                $this->safe_string($instrument, 'maxOrderQty'),
                                $instrument,
                            ),
                        ),
                    ],
                    'price' => ['min' => null, 'max' => $this->safe_number($instrument, 'maxPrice')],
                    'cost' => ['min' => null, 'max' => null],
                ],
                'info' => $instrument,
            ],
        );
    }

    public function contract_size_of($instrument, $inverse, $quanto) {
        // What one contract is worth. An inverse contract is 1 of its positionCurrency, the quote (XBTUSD: 1 USD).
        // A linear one is 1 / underlyingToPositionMultiplier of the base (XBTUSDT: 1e-6 XBT). A quanto one
        // (ETHUSD settled in XBt) pays multiplier smallest units of the settle currency per 1 of price: its size
        // is stated as that amount of the settle currency.
        if (Js::truthy($inverse)) {
            return '1';
        }
        if (Js::truthy($quanto)) {
            $scale = $this->scale_of($this->safe_string($instrument, 'settlCurrency'));
            return $this->from_units(
                Precise::string_abs($this->safe_string($instrument, 'multiplier')),
                $scale,
            );
        }
        $multiplier = $this->safe_string($instrument, 'underlyingToPositionMultiplier');
        return $multiplier === null ? '1' : Precise::string_div('1', $multiplier);
    }

    public function from_position_units($quantity, $instrument) {
        // A spot quantity (in 1 / underlyingToPositionMultiplier of the base currency) in the base currency.
        $multiplier = $this->safe_string($instrument, 'underlyingToPositionMultiplier');
        if (($quantity === null) || ($multiplier === null)) {
            return $quantity;
        }
        return Precise::string_div($quantity, $multiplier);
    }

    public function amount_of($quantity, $market) {
        // The unified amount of a quantity the API reports: contracts as they are, spot in the base currency.
        if (($market === null) || Js::truthy(Js::get($market, 'contract'))) {
            return $quantity;
        }
        return $this->from_position_units($quantity, Js::get($market, 'info'));
    }

    public function order_quantity($symbol, $amount) {
        // orderQty of a unified amount: contracts, or for spot the base amount in position units.
        $market = $this->market($symbol);
        $text = $this->amount_to_precision($symbol, $amount);
        if (Js::truthy(Js::get($market, 'contract'))) {
            return $this->parse_number($text);
        }
        $multiplier = $this->safe_string(Js::get($market, 'info'), 'underlyingToPositionMultiplier', '1');
        return $this->parse_number(Precise::string_mul($text, $multiplier));
    }

    public function scale_of($currency_id) {
        // The decimals of a currency's smallest unit (XBt: 8): wallet/assets' scale, else options['scales'].
        $currency = $this->currenciesById === null ? null : $this->safe_dict(
            $this->currenciesById,
            $currency_id,
        );
        $scale = $this->safe_string($this->safe_dict($currency, 'info'), 'scale');
        if ($scale !== null) {
            return $scale;
        }
        return $this->safe_string(Js::get($this->options, 'scales'), $currency_id);
    }

    public function from_units($value, $scale) {
        // An integer amount of smallest units as a decimal string of the currency.
        if (($value === null) || ($scale === null)) {
            return $value;
        }
        return Precise::string_div($value, $this->parse_precision(Precise::string_neg($scale)));
    }

    public function to_units($amount, $currency_id) {
        // A decimal amount of a currency as an integer of its smallest units.
        $scale = $this->scale_of($currency_id);
        if ($scale === null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr($this->id) . ' knows no scale of the currency ' . Js::toStr($currency_id),
                ),
            );
        }
        $text = Precise::string_mul(
            $this->number_to_string($amount),
            $this->parse_precision(Precise::string_neg($scale)),
        );
        return $this->parse_number($this->decimal_to_precision($text, TRUNCATE, 0, DECIMAL_PLACES));
    }

    public function units_of($dictionary, $key, $currency_id) {
        // dictionary[key], an integer of smallest units of currencyId, as a decimal string of the currency.
        return $this->from_units($this->safe_string($dictionary, $key), $this->scale_of($currency_id));
    }

    // --- market data ---------------------------------------------------------------------------------
    public function parse_ticker($ticker, $market = null) {
        // An instrument: lastPrice, prevPrice24h (the price 24 h ago), highPrice, lowPrice, bidPrice, askPrice,
        // vwap, homeNotional24h (base volume), foreignNotional24h (quote volume), timestamp.
        $market = $this->safe_market($this->safe_string($ticker, 'symbol'), $market);
        return $this->ticker_structure(
            symbol: Js::get($market, 'symbol'),
            timestamp: $this->parse8601($this->safe_string($ticker, 'timestamp')),
            high: $this->safe_string($ticker, 'highPrice'),
            low: $this->safe_string($ticker, 'lowPrice'),
            bid: $this->safe_string($ticker, 'bidPrice'),
            ask: $this->safe_string($ticker, 'askPrice'),
            vwap: $this->safe_string($ticker, 'vwap'),
            open: $this->safe_string($ticker, 'prevPrice24h'),
            last: $this->safe_string($ticker, 'lastPrice'),
            base_volume: $this->safe_string($ticker, 'homeNotional24h'),
            quote_volume: $this->safe_string($ticker, 'foreignNotional24h'),
            info: $ticker,
            market: $market,
        );
    }

    public function fetch_ticker($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // instrument?symbol: [ instrument ].
        $this->load_markets();
        $market = $this->market($symbol);
        $response = $this->public_get_instrument(
            $this->extend(['symbol' => Js::get($market, 'id')], $params),
        );
        $instrument = $this->safe_dict($response, 0);
        if ($instrument === null) {
            throw new BadSymbol(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' fetchTicker () found no instrument ') . Js::toStr(
                        Js::get($market, 'id'),
                    ),
                ),
            );
        }
        return $this->parse_ticker($instrument, $market);
    }

    public function fetch_tickers($symbols = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // instrument/active: every active instrument (indices left out: they are not markets).
        $this->load_markets();
        $response = $this->public_get_instrument_active($params);
        $result = [];
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            if (
                $this->safe_list(
                    $this->marketsById,
                    $this->safe_string(Js::get($response, $i), 'symbol'),
                ) === null
            ) {
                continue;
            }
            $ticker = $this->parse_ticker(Js::get($response, $i));
            if (($symbols === null) || Js::truthy($this->in_array(Js::get($ticker, 'symbol'), $symbols))) {
                Js::setKey($result, Js::get($ticker, 'symbol'), $ticker);
            }
        }
        return $result;
    }

    public function fetch_order_book($symbol, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // orderBook/L2?symbol&depth (0: the whole book): [ { symbol, id, side: 'Sell' or 'Buy', size, price,
        // timestamp } ], sizes in contracts (spot: position units).
        $this->load_markets();
        $market = $this->market($symbol);
        $request = ['symbol' => Js::get($market, 'id')];
        if ($limit !== null) {
            $request['depth'] = $limit;
        }
        $response = $this->public_get_order_book_l2($this->extend($request, $params));
        $bids = [];
        $asks = [];
        $timestamp = null;
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            $level = Js::get($response, $i);
            $entry = [
                $this->safe_string($level, 'price'),
                $this->amount_of($this->safe_string($level, 'size'), $market),
            ];
            if ($this->safe_string($level, 'side') === 'Sell') {
                $asks[] = $entry;
            } else {
                $bids[] = $entry;
            }
            $level_time = $this->parse8601($this->safe_string($level, 'timestamp'));
            if (($level_time !== null) && (($timestamp === null) || Js::greater($level_time, $timestamp))) {
                $timestamp = $level_time;
            }
        }
        return $this->parse_order_book(
            ['bids' => $bids, 'asks' => $asks],
            Js::get($market, 'symbol'),
            $timestamp,
        );
    }

    public function parse_trade($trade, $market = null) {
        // Public trades (trade): { timestamp, symbol, side, size, price, tickDirection, trdMatchID, grossValue,
        // homeNotional, foreignNotional, trdType }. Executions (execution/tradeHistory): { execID, orderID,
        // clOrdID, symbol, side, lastQty, lastPx, lastLiquidityInd: 'AddedLiquidity' or 'RemovedLiquidity',
        // ordType, execType, execComm (in settlCurrency's smallest units), commission (the rate),
        // settlCurrency, transactTime, timestamp, homeNotional, foreignNotional }.
        $market = $this->safe_market($this->safe_string($trade, 'symbol'), $market);
        $liquidity = $this->safe_string($trade, 'lastLiquidityInd');
        $taker_or_maker = null;
        if ($liquidity === 'AddedLiquidity') {
            $taker_or_maker = 'maker';
        } elseif ($liquidity === 'RemovedLiquidity') {
            $taker_or_maker = 'taker';
        }
        $fee = null;
        $settle_id = $this->safe_string($trade, 'settlCurrency');
        $fee_cost = $this->units_of($trade, 'execComm', $settle_id);
        if ($fee_cost !== null) {
            $fee = [
                'cost' => $fee_cost,
                'currency' => $this->safe_currency_code($settle_id),
                'rate' => $this->safe_string($trade, 'commission'),
            ];
        }
        $ord_type = $this->safe_string($trade, 'ordType');
        return $this->trade_structure(
            id: $this->safe_string2($trade, 'trdMatchID', 'execID'),
            order: $this->safe_string($trade, 'orderID'),
            symbol: Js::get($market, 'symbol'),
            timestamp: $this->parse8601($this->safe_string2($trade, 'transactTime', 'timestamp')),
            type: $ord_type === null ? null : $this->parse_order_type($ord_type),
            side: $this->safe_string_lower($trade, 'side'),
            taker_or_maker: $taker_or_maker,
            price: $this->safe_string2($trade, 'lastPx', 'price'),
            amount: $this->amount_of($this->safe_string2($trade, 'lastQty', 'size'), $market),
            cost: $this->safe_string($trade, 'foreignNotional'),
            fee: $fee,
            info: $trade,
            market: $market,
        );
    }

    public function fetch_trades($symbol, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // trade?symbol&count&startTime&reverse: the oldest from startTime, or the latest (reverse) without it.
        $this->load_markets();
        $market = $this->market($symbol);
        $request = $this->time_range(['symbol' => Js::get($market, 'id')], $since, $limit, $params);
        $response = $this->public_get_trade($this->extend($request, $this->omit($params, 'until')));
        return $this->parse_trades($response, $market, $since, $limit);
    }

    public function time_range($request, $since, $limit, $params) {
        // count, startTime, endTime (the unified until) and reverse: the paging params the history routes share;
        // without since the latest entries (reverse: newest first).
        if ($limit !== null) {
            Js::set($request, 'count', $limit);
        }
        if ($since !== null) {
            Js::set($request, 'startTime', $this->iso8601($since));
        } else {
            Js::set($request, 'reverse', true);
        }
        $until = $this->safe_integer($params, 'until');
        if ($until !== null) {
            Js::set($request, 'endTime', $this->iso8601($until));
        }
        return $request;
    }

    public function parse_ohlcv($ohlcv, $market = null) {
        // trade/bucketed: { timestamp (the END of the bin), symbol, open, high, low, close, trades, volume,
        // vwap, lastSize, turnover, homeNotional, foreignNotional }; the unified candle opens one bin earlier
        // (fetchOHLCV puts the bin's length in 'duration').
        $closed = $this->parse8601($this->safe_string($ohlcv, 'timestamp'));
        return [
            $closed === null ? null : Js::subtract($closed, $this->safe_integer($ohlcv, 'duration', 0)),
            $this->safe_number($ohlcv, 'open'),
            $this->safe_number($ohlcv, 'high'),
            $this->safe_number($ohlcv, 'low'),
            $this->safe_number($ohlcv, 'close'),
            $this->parse_number($this->amount_of($this->safe_string($ohlcv, 'volume'), $market)),
        ];
    }

    public function fetch_ohlcv($symbol, $timeframe = null, $since = null, $limit = null, $params = null) {
        if ($timeframe === null) {
            $timeframe = '1m';
        }
        if ($params === null) {
            $params = [];
        }
        // trade/bucketed?binSize&symbol&count&startTime&endTime&reverse&partial. params['price'] 'index' asks
        // for the candles of the market's reference index (fetchIndexOHLCV); BitMEX has no mark price candles.
        $this->load_markets();
        $market = $this->market($symbol);
        $bin_size = $this->safe_string($this->timeframes, $timeframe);
        if ($bin_size === null) {
            throw new BadRequest(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' fetchOHLCV () does not support the timeframe ' . Js::toStr($timeframe) . ': one of ') . Js::join(
                        Js::keys($this->timeframes),
                        ', ',
                    ),
                ),
            );
        }
        $price = $this->safe_string($params, 'price');
        $id = Js::get($market, 'id');
        if ($price === 'index') {
            $id = $this->safe_string(Js::get($market, 'info'), 'referenceSymbol');
            if ($id === null) {
                throw new NotSupported(
                    Js::boundedText(
                        Js::toStr($this->id) . ' fetchOHLCV () price index: ' . Js::toStr(
                            $symbol,
                        ) . ' has no reference index',
                    ),
                );
            }
        } elseif ($price !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr($this->id) . ' fetchOHLCV () supports the price index only, not price ' . Js::toStr(
                        $price,
                    ),
                ),
            );
        }
        $duration = Js::multiply($this->parse_timeframe($timeframe), 1000);
        // bins are stamped with their end: the first bin that opens at since ends one bin later
        $start = $since === null ? null : Js::add($since, $duration);
        $request = $this->time_range(
            ['binSize' => $bin_size, 'symbol' => $id, 'partial' => false],
            $start,
            $limit,
            $params,
        );
        $response = $this->public_get_trade_bucketed(
            $this->extend($request, $this->omit($params, ['until', 'price'])),
        );
        $candles = [];
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            $candles[] = $this->extend(Js::get($response, $i), ['duration' => $duration]);
        }
        // an index's candles have no volume: it is not a traded market (its market stays undefined here)
        return $this->parse_ohlcvs($candles, $price === 'index' ? null : $market, $timeframe, $since, $limit);
    }

    public function parse_timeframe($timeframe) {
        // '1m' -> 60, '1h' -> 3600, '1d' -> 86400 (seconds).
        $unit = Js::slice($timeframe, Js::subtract(Js::length($timeframe), 1));
        $amount = Js::parseInt(Js::slice($timeframe, 0, Js::subtract(Js::length($timeframe), 1)));
        $seconds = ['m' => 60, 'h' => 3600, 'd' => 86400];
        return Js::multiply($amount, $this->safe_integer($seconds, $unit));
    }

    // --- funding and open interest -------------------------------------------------------------------
    public function parse_funding_rate($rate, $market = null) {
        // An instrument: fundingRate (the rate of the interval that ends at fundingTimestamp), indicativeFundingRate
        // (the predicted rate of the next interval), fundingInterval (a duration written as a date after
        // 2000-01-01: '2000-01-01T08:00:00.000Z' is 8 h), markPrice, indicativeSettlePrice (the index), timestamp.
        $market = $this->safe_market($this->safe_string($rate, 'symbol'), $market);
        $funding_timestamp = $this->parse8601($this->safe_string($rate, 'fundingTimestamp'));
        $interval = $this->parse8601($this->safe_string($rate, 'fundingInterval'));
        $next_funding_timestamp = null;
        if (($funding_timestamp !== null) && ($interval !== null)) {
            $next_funding_timestamp = Js::subtract(
                Js::add($funding_timestamp, $interval),
                $this->parse8601('2000-01-01T00:00:00.000Z'),
            );
        }
        return $this->safe_funding_rate(
            [
                'symbol' => Js::get($market, 'symbol'),
                'markPrice' => $this->safe_string($rate, 'markPrice'),
                'indexPrice' => $this->safe_string($rate, 'indicativeSettlePrice'),
                'fundingRate' => $this->safe_string($rate, 'fundingRate'),
                'fundingTimestamp' => $funding_timestamp,
                'nextFundingRate' => $this->safe_string($rate, 'indicativeFundingRate'),
                'nextFundingTimestamp' => $next_funding_timestamp,
                'timestamp' => $this->parse8601($this->safe_string($rate, 'timestamp')),
                'info' => $rate,
            ],
            $market,
        );
    }

    public function fetch_funding_rate($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // instrument?symbol: the funding fields of a perpetual swap.
        $this->load_markets();
        $market = $this->market($symbol);
        if (!(Js::truthy(Js::get($market, 'swap')))) {
            throw new BadSymbol(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' fetchFundingRate () is for swaps, not the ') . Js::toStr(Js::get($market, 'type')) . ' market ' . Js::toStr(
                        $symbol,
                    ),
                ),
            );
        }
        $response = $this->public_get_instrument(
            $this->extend(['symbol' => Js::get($market, 'id')], $params),
        );
        $instrument = $this->safe_dict($response, 0);
        if ($instrument === null) {
            throw new BadSymbol(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' fetchFundingRate () found no instrument ') . Js::toStr(
                        Js::get($market, 'id'),
                    ),
                ),
            );
        }
        return $this->parse_funding_rate($instrument, $market);
    }

    public function fetch_funding_rates($symbols = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // instrument/active: the funding of every perpetual swap.
        $this->load_markets();
        $response = $this->public_get_instrument_active($params);
        $swaps = [];
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            $markets = $this->safe_list(
                $this->marketsById,
                $this->safe_string(Js::get($response, $i), 'symbol'),
                [],
            );
            if ((count($markets) > 0) && Js::truthy(Js::get(Js::get($markets, 0), 'swap'))) {
                $swaps[] = Js::get($response, $i);
            }
        }
        return $this->parse_funding_rates($swaps, $symbols);
    }

    public function parse_funding_rate_history($entry, $market = null) {
        // funding: { timestamp, symbol, fundingInterval, fundingRate, fundingRateDaily }.
        $market = $this->safe_market($this->safe_string($entry, 'symbol'), $market);
        return $this->safe_funding_rate_history(
            [
                'symbol' => Js::get($market, 'symbol'),
                'fundingRate' => $this->safe_string($entry, 'fundingRate'),
                'timestamp' => $this->parse8601($this->safe_string($entry, 'timestamp')),
                'info' => $entry,
            ],
            $market,
        );
    }

    public function fetch_funding_rate_history($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // funding?symbol&count&startTime&endTime&reverse (every swap without symbol).
        $this->load_markets();
        $market = null;
        $request = $this->time_range([], $since, $limit, $params);
        if ($symbol !== null) {
            $market = $this->market($symbol);
            Js::set($request, 'symbol', Js::get($market, 'id'));
        }
        $response = $this->public_get_funding($this->extend($request, $this->omit($params, 'until')));
        return $this->parse_funding_rate_histories($response, $market, $since, $limit);
    }

    public function fetch_open_interest($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // instrument?symbol: openInterest (contracts), openValue (in the settle currency's smallest units);
        // the value in the quote currency is the contracts' value at the mark price.
        $this->load_markets();
        $market = $this->market($symbol);
        if (!(Js::truthy(Js::get($market, 'contract')))) {
            throw new BadSymbol(
                Js::boundedText(
                    Js::toStr($this->id) . ' fetchOpenInterest () is for contracts, not the spot market ' . Js::toStr(
                        $symbol,
                    ),
                ),
            );
        }
        $response = $this->public_get_instrument(
            $this->extend(['symbol' => Js::get($market, 'id')], $params),
        );
        $instrument = $this->safe_dict($response, 0);
        if ($instrument === null) {
            throw new BadSymbol(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' fetchOpenInterest () found no instrument ') . Js::toStr(
                        Js::get($market, 'id'),
                    ),
                ),
            );
        }
        $amount = $this->safe_string($instrument, 'openInterest');
        return $this->safe_open_interest(
            [
                'symbol' => Js::get($market, 'symbol'),
                'openInterestAmount' => $amount,
                'openInterestValue' => $this->contract_value(
                    $amount,
                    $this->safe_string($instrument, 'markPrice'),
                    $market,
                ),
                'timestamp' => $this->parse8601($this->safe_string($instrument, 'timestamp')),
                'info' => $instrument,
            ],
            $market,
        );
    }

    // --- account -------------------------------------------------------------------------------------
    public function fetch_balance($params = null) {
        if ($params === null) {
            $params = [];
        }
        // user/margin?currency=all: [ { account, currency: 'XBt', walletBalance, marginBalance (the wallet with
        // the unrealised PnL), availableMargin, ... } ] in the currency's smallest units.
        $this->load_markets();
        $response = $this->private_get_user_margin($this->extend(['currency' => 'all'], $params));
        $result = ['info' => $response];
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            $entry = Js::get($response, $i);
            $currency_id = $this->safe_string($entry, 'currency');
            $account = $this->account();
            Js::set($account, 'free', $this->units_of($entry, 'availableMargin', $currency_id));
            Js::set($account, 'total', $this->units_of($entry, 'marginBalance', $currency_id));
            Js::setKey($result, $this->safe_currency_code($currency_id), $account);
        }
        return $this->safe_balance($result);
    }

    public function fetch_trading_fees($params = null) {
        if ($params === null) {
            $params = [];
        }
        // user/commission: { XBTUSD: { makerFee, takerFee, settlementFee, maxFee }, ... } for the account.
        $this->load_markets();
        $response = $this->private_get_user_commission($params);
        $result = [];
        $ids = Js::keys($response);
        for ($i = 0; $i < count($ids); $i++) {
            $markets = $this->safe_list($this->marketsById, $ids[$i]);
            if ($markets === null) {
                continue;
            }
            $entry = $this->safe_dict($response, $ids[$i]);
            $symbol = Js::get(Js::get($markets, 0), 'symbol');
            Js::setKey(
                $result,
                $symbol,
                [
                    'symbol' => $symbol,
                    'maker' => $this->safe_number($entry, 'makerFee'),
                    'taker' => $this->safe_number($entry, 'takerFee'),
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
        return $this->trading_fee_of_all($symbol, $params);
    }

    // --- orders --------------------------------------------------------------------------------------
    public function parse_order_type($ord_type) {
        // Market and Stop orders execute at market, Limit and StopLimit at their price; *IfTouched are the
        // take-profit twins.
        $types = [
            'Market' => 'market',
            'Stop' => 'market',
            'MarketIfTouched' => 'market',
            'Limit' => 'limit',
            'StopLimit' => 'limit',
            'LimitIfTouched' => 'limit',
        ];
        return $this->safe_string($types, $ord_type, $ord_type);
    }

    public function parse_order($order, $market = null) {
        // { orderID, clOrdID, symbol, side: 'Buy' or 'Sell', orderQty, price, stopPx, ordType, timeInForce,
        // execInst ('ParticipateDoNotInitiate,ReduceOnly', ...), ordStatus, leavesQty, cumQty, avgPx, text,
        // transactTime, timestamp }; quantities in contracts (spot: position units).
        $market = $this->safe_market($this->safe_string($order, 'symbol'), $market);
        $statuses = [
            'New' => 'open',
            'PartiallyFilled' => 'open',
            'PendingNew' => 'open',
            'PendingCancel' => 'open',
            'PendingReplace' => 'open',
            'Filled' => 'closed',
            'Canceled' => 'canceled',
            'Rejected' => 'rejected',
            'Expired' => 'expired',
        ];
        $tifs = ['GoodTillCancel' => 'GTC', 'ImmediateOrCancel' => 'IOC', 'FillOrKill' => 'FOK'];
        $exec_inst = $this->safe_string($order, 'execInst', '');
        $status = $this->safe_string($order, 'ordStatus');
        $ord_type = $this->safe_string($order, 'ordType');
        return $this->safe_order(
            [
                'id' => $this->safe_string($order, 'orderID'),
                'clientOrderId' => $this->safe_string($order, 'clOrdID'),
                'symbol' => Js::get($market, 'symbol'),
                'timestamp' => $this->parse8601($this->safe_string($order, 'transactTime')),
                'lastUpdateTimestamp' => $this->parse8601($this->safe_string($order, 'timestamp')),
                'type' => $ord_type === null ? null : $this->parse_order_type($ord_type),
                'timeInForce' => $this->safe_string($tifs, $this->safe_string($order, 'timeInForce')),
                'postOnly' => Js::indexOf($exec_inst, 'ParticipateDoNotInitiate') >= 0,
                'reduceOnly' => (Js::indexOf($exec_inst, 'ReduceOnly') >= 0) || (
                    Js::indexOf($exec_inst, 'Close') >= 0
                ),
                'side' => $this->safe_string_lower($order, 'side'),
                'price' => $this->safe_string($order, 'price'),
                'triggerPrice' => $this->safe_string($order, 'stopPx'),
                'average' => $this->safe_string($order, 'avgPx'),
                'amount' => $this->amount_of($this->safe_string($order, 'orderQty'), $market),
                'filled' => $this->amount_of($this->safe_string($order, 'cumQty'), $market),
                'remaining' => $this->amount_of($this->safe_string($order, 'leavesQty'), $market),
                'status' => $this->safe_string($statuses, $status, $status),
                'info' => $order,
            ],
            $market,
        );
    }

    public function create_order($symbol, $type, $side, $amount, $price = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST order { symbol, side: 'Buy' or 'Sell', orderQty (contracts; spot: position units), ordType,
        // price, stopPx, execInst, timeInForce, clOrdID }. postOnly is execInst ParticipateDoNotInitiate,
        // reduceOnly execInst ReduceOnly; triggerPrice and stopLossPrice make a Stop (StopLimit) order,
        // takeProfitPrice a MarketIfTouched (LimitIfTouched) one, at stopPx; timeInForce GTC, IOC, FOK are
        // GoodTillCancel, ImmediateOrCancel, FillOrKill; clientOrderId is clOrdID.
        $this->load_markets();
        $market = $this->market($symbol);
        [$unified, $rest] = Js::destructure($this->unified_order_params($type, $params), 2);
        $this->reject_unified_params('createOrder', $unified, ['cost']);
        if (!($type === 'market') && !($type === 'limit')) {
            throw new InvalidOrder(
                Js::boundedText(
                    Js::toStr($this->id) . ' createOrder () type must be market or limit, not ' . Js::toStr(
                        $type,
                    ),
                ),
            );
        }
        if (Js::truthy(Js::get($unified, 'reduceOnly')) && !(Js::truthy(Js::get($market, 'contract')))) {
            throw new InvalidOrder(
                Js::boundedText(
                    Js::toStr($this->id) . ' createOrder () reduceOnly is for contract markets, not ' . Js::toStr(
                        $symbol,
                    ),
                ),
            );
        }
        $request = [
            'symbol' => Js::get($market, 'id'),
            'side' => $side === 'buy' ? 'Buy' : 'Sell',
            'orderQty' => $this->order_quantity($symbol, $amount),
        ];
        $ord_type = $type === 'limit' ? 'Limit' : 'Market';
        $trigger = Js::get($unified, 'trigger');
        if ($trigger !== null) {
            if (Js::get($unified, 'triggerKind') === 'takeProfitPrice') {
                $ord_type = $type === 'limit' ? 'LimitIfTouched' : 'MarketIfTouched';
            } else {
                $ord_type = $type === 'limit' ? 'StopLimit' : 'Stop';
            }
            $request['stopPx'] = $this->parse_number($this->price_to_precision($symbol, $trigger));
        }
        $request['ordType'] = $ord_type;
        if ($type === 'limit') {
            if ($price === null) {
                throw new ArgumentsRequired(
                    Js::boundedText(
                        Js::toStr($this->id) . ' createOrder () requires a price for a limit order',
                    ),
                );
            }
            $request['price'] = $this->parse_number($this->price_to_precision($symbol, $price));
        }
        $exec_inst = [];
        if (Js::truthy(Js::get($unified, 'postOnly'))) {
            $exec_inst[] = 'ParticipateDoNotInitiate';
        }
        if (Js::truthy(Js::get($unified, 'reduceOnly'))) {
            $exec_inst[] = 'ReduceOnly';
        }
        if (count($exec_inst) > 0) {
            $request['execInst'] = Js::join($exec_inst, ',');
        }
        $tifs = ['GTC' => 'GoodTillCancel', 'IOC' => 'ImmediateOrCancel', 'FOK' => 'FillOrKill'];
        if (Js::get($unified, 'timeInForce') !== null) {
            $request['timeInForce'] = $this->safe_string($tifs, Js::get($unified, 'timeInForce'));
        }
        if (Js::get($unified, 'clientOrderId') !== null) {
            $request['clOrdID'] = Js::get($unified, 'clientOrderId');
        }
        $response = $this->private_post_order($this->extend($request, $rest));
        return $this->parse_order($response, $market);
    }

    public function edit_order($id, $symbol, $type, $side, $amount = null, $price = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // PUT order { orderID, orderQty (the new total), price, stopPx (the unified triggerPrice) }; the order's
        // type, side and execInst stay (postOnly cannot be changed: NotSupported).
        $this->load_markets();
        $market = $this->market($symbol);
        if ($this->safe_bool($params, 'postOnly') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr($this->id) . ' editOrder () cannot change postOnly (execInst) of an order',
                ),
            );
        }
        $request = ['orderID' => $id];
        if ($amount !== null) {
            $request['orderQty'] = $this->order_quantity($symbol, $amount);
        }
        if ($price !== null) {
            $request['price'] = $this->parse_number($this->price_to_precision($symbol, $price));
        }
        $trigger_price = $this->safe_string($params, 'triggerPrice');
        if ($trigger_price !== null) {
            $request['stopPx'] = $this->parse_number($this->price_to_precision($symbol, $trigger_price));
        }
        $response = $this->private_put_order(
            $this->extend($request, $this->omit($params, ['triggerPrice', 'postOnly'])),
        );
        return $this->parse_order($response, $market);
    }

    public function cancel_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // DELETE order?orderID (or clOrdID: params['clientOrderId']): [ order ]; an order that cannot be canceled
        // comes back with an 'error' text ("Unable to cancel order due to existing state: Filled").
        $this->load_markets();
        $client_order_id = $this->safe_string($params, 'clientOrderId');
        $request = [];
        if ($client_order_id !== null) {
            $request['clOrdID'] = $client_order_id;
        } else {
            $request['orderID'] = $id;
        }
        $response = $this->private_delete_order(
            $this->extend($request, $this->omit($params, 'clientOrderId')),
        );
        $order = $this->safe_dict($response, 0);
        if ($order === null) {
            throw new OrderNotFound(
                Js::boundedText(Js::toStr($this->id) . ' cancelOrder () found no order ' . Js::toStr($id)),
            );
        }
        $error = $this->safe_string($order, 'error');
        if ($error !== null) {
            throw new OrderNotFound(
                Js::boundedText(Js::toStr($this->id) . ' cancelOrder () ' . Js::toStr($error)),
            );
        }
        return $this->parse_order($order, $symbol === null ? null : $this->market($symbol));
    }

    public function cancel_all_orders($symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // DELETE order/all?symbol: the canceled orders.
        $this->load_markets();
        $market = null;
        $request = [];
        if ($symbol !== null) {
            $market = $this->market($symbol);
            $request['symbol'] = Js::get($market, 'id');
        }
        $response = $this->private_delete_order_all($this->extend($request, $params));
        return $this->parse_orders($response, $market);
    }

    public function fetch_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // order?symbol&filter&count&startTime&endTime&reverse: open and closed orders.
        return $this->fetch_orders_by(null, $symbol, $since, $limit, $params);
    }

    public function fetch_orders_by($filter, $symbol, $since, $limit, $params) {
        $this->load_markets();
        $market = null;
        $request = $this->time_range([], $since, $limit, $params);
        if ($symbol !== null) {
            $market = $this->market($symbol);
            Js::set($request, 'symbol', Js::get($market, 'id'));
        }
        if ($filter !== null) {
            Js::set($request, 'filter', $this->json($filter));
        }
        $response = $this->private_get_order($this->extend($request, $this->omit($params, 'until')));
        return $this->parse_orders($response, $market, $since, $limit);
    }

    public function fetch_open_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // order?filter={"open":true}.
        return $this->fetch_orders_by(['open' => true], $symbol, $since, $limit, $params);
    }

    public function fetch_closed_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // order (the filter documents no match on several statuses): the orders of the page no longer open.
        $orders = $this->fetch_orders_by(null, $symbol, $since, $limit, $params);
        $result = [];
        for ($i = 0; Js::less($i, Js::length($orders)); $i++) {
            if (!(Js::get(Js::get($orders, $i), 'status') === 'open')) {
                $result[] = Js::get($orders, $i);
            }
        }
        return $result;
    }

    public function fetch_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // order?filter={"orderID":id}: [ order ].
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $request = ['filter' => $this->json(['orderID' => $id])];
        $response = $this->private_get_order($this->extend($request, $params));
        $order = $this->safe_dict($response, 0);
        if ($order === null) {
            throw new OrderNotFound(
                Js::boundedText(Js::toStr($this->id) . ' fetchOrder () found no order ' . Js::toStr($id)),
            );
        }
        return $this->parse_order($order, $market);
    }

    public function fetch_my_trades($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // execution/tradeHistory?symbol&count&startTime&endTime&reverse: the account's fills.
        $this->load_markets();
        $market = null;
        $request = $this->time_range([], $since, $limit, $params);
        if ($symbol !== null) {
            $market = $this->market($symbol);
            Js::set($request, 'symbol', Js::get($market, 'id'));
        }
        $response = $this->private_get_execution_trade_history(
            $this->extend($request, $this->omit($params, 'until')),
        );
        return $this->parse_trades($this->fills_of($response), $market, $since, $limit);
    }

    public function fills_of($executions) {
        // execution/tradeHistory lists every balance-affecting execution: the fills (execType 'Trade') and the
        // funding payments ('Funding') and settlements ('Settlement') of positions, which are no trades.
        $result = [];
        for ($i = 0; Js::less($i, Js::length($executions)); $i++) {
            $exec_type = $this->safe_string(Js::get($executions, $i), 'execType');
            if (($exec_type === null) || ($exec_type === 'Trade')) {
                $result[] = Js::get($executions, $i);
            }
        }
        return $result;
    }

    public function fetch_order_trades($id, $symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // execution/tradeHistory?filter={"orderID":id}: the fills of one order.
        $this->load_markets();
        $market = $symbol === null ? null : $this->market($symbol);
        $request = ['filter' => $this->json(['orderID' => $id])];
        if ($limit !== null) {
            $request['count'] = $limit;
        }
        $response = $this->private_get_execution_trade_history($this->extend($request, $params));
        return $this->parse_trades($this->fills_of($response), $market, $since, $limit);
    }

    // --- positions and leverage ----------------------------------------------------------------------
    public function parse_position($position, $market = null) {
        // { account, symbol, currency (the margin currency, 'XBt'), underlying, quoteCurrency, leverage,
        // crossMargin, currentQty (signed contracts), markPrice, liquidationPrice, avgEntryPrice, homeNotional,
        // foreignNotional (the value in the quote currency, negative for a long inverse position), posMaint,
        // posMargin, realisedPnl, unrealisedPnl (in the currency's smallest units), unrealisedRoePcnt (the PnL as a
        // fraction of the position's margin), isOpen, timestamp }. posInit was removed from the route in 2023
        // (https://www.bitmex.com/static/md/en-US/apiChangelog): initialMargin stays undefined.
        $market = $this->safe_market($this->safe_string($position, 'symbol'), $market);
        $currency_id = $this->safe_string($position, 'currency');
        $cross = $this->safe_bool($position, 'crossMargin');
        $margin_mode = null;
        if ($cross !== null) {
            $margin_mode = $cross ? 'cross' : 'isolated';
        }
        return $this->safe_position(
            [
                'symbol' => Js::get($market, 'symbol'),
                'timestamp' => $this->parse8601($this->safe_string($position, 'timestamp')),
                'contracts' => $this->safe_string($position, 'currentQty'),
                'notional' => $this->safe_string($position, 'foreignNotional'),
                'leverage' => $this->safe_string($position, 'leverage'),
                'entryPrice' => $this->safe_string($position, 'avgEntryPrice'),
                'markPrice' => $this->safe_string($position, 'markPrice'),
                'liquidationPrice' => $this->safe_string($position, 'liquidationPrice'),
                'unrealizedPnl' => $this->units_of($position, 'unrealisedPnl', $currency_id),
                'realizedPnl' => $this->units_of($position, 'realisedPnl', $currency_id),
                'collateral' => $this->units_of($position, 'posMargin', $currency_id),
                'maintenanceMargin' => $this->units_of($position, 'posMaint', $currency_id),
                'marginMode' => $margin_mode,
                'percentage' => Precise::string_mul(
                    $this->safe_string($position, 'unrealisedRoePcnt'),
                    '100',
                ),
                'info' => $position,
            ],
            $market,
        );
    }

    public function fetch_positions($symbols = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // position: the account's positions (one per contract it has traded; open ones have isOpen true).
        $this->load_markets();
        $response = $this->private_get_position($params);
        return $this->parse_positions($response, $symbols);
    }

    public function fetch_position($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // position?filter={"symbol":id}: [ position ], or [] for a contract never traded (a flat position).
        $this->load_markets();
        $market = $this->market($symbol);
        $position = $this->position_of($market, $params);
        if ($position === null) {
            return $this->safe_position(
                ['symbol' => Js::get($market, 'symbol'), 'contracts' => '0'],
                $market,
            );
        }
        return $this->parse_position($position, $market);
    }

    public function position_of($market, $params) {
        $request = ['filter' => $this->json(['symbol' => Js::get($market, 'id')])];
        $response = $this->private_get_position($this->extend($request, $params));
        return $this->safe_dict($response, 0);
    }

    public function leverage_of($position, $market) {
        // The Leverage structure of a position: one leverage for both sides; crossMargin gives the mode.
        $cross = $this->safe_bool($position, 'crossMargin');
        $margin_mode = null;
        if ($cross !== null) {
            $margin_mode = $cross ? 'cross' : 'isolated';
        }
        return $this->safe_leverage(
            [
                'symbol' => Js::get($market, 'symbol'),
                'marginMode' => $margin_mode,
                'leverage' => $this->safe_string($position, 'leverage'),
                'info' => $position,
            ],
            $market,
        );
    }

    public function fetch_leverage($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // The leverage and margin mode of the account's position in a contract (position?filter).
        $this->load_markets();
        $market = $this->market($symbol);
        $position = $this->position_of($market, $params);
        if ($position === null) {
            throw new BadRequest(
                Js::boundedText(
                    Js::toStr($this->id) . ' fetchLeverage () found no position of ' . Js::toStr(
                        $symbol,
                    ) . ': its leverage is set with its first order',
                ),
            );
        }
        return $this->leverage_of($position, $market);
    }

    public function set_leverage($leverage, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST position/leverage { symbol, leverage }: 0.01 to 100 makes the position isolated with that leverage,
        // 0 makes it cross; the position comes back.
        if ($symbol === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr($this->id) . ' setLeverage () requires a symbol: leverage is set per contract',
                ),
            );
        }
        $this->load_markets();
        $market = $this->market($symbol);
        if (!(Js::truthy(Js::get($market, 'contract')))) {
            throw new BadSymbol(
                Js::boundedText(
                    Js::toStr($this->id) . ' setLeverage () is for contracts, not the spot market ' . Js::toStr(
                        $symbol,
                    ),
                ),
            );
        }
        $request = ['symbol' => Js::get($market, 'id'), 'leverage' => $leverage];
        $response = $this->private_post_position_leverage($this->extend($request, $params));
        return $this->leverage_of($response, $market);
    }

    public function set_margin_mode($margin_mode, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST position/isolate { symbol, enabled }: enabled true isolates the position's margin, false makes it
        // cross; the position comes back.
        if ($symbol === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' setMarginMode () requires a symbol: the margin mode is set per contract',
                ),
            );
        }
        $mode = Js::lowerCase(Js::textReceiver($margin_mode, 'toLowerCase'));
        if (!($mode === 'isolated') && !($mode === 'cross')) {
            throw new BadRequest(
                Js::boundedText(
                    Js::toStr($this->id) . ' setMarginMode () marginMode must be isolated or cross, not ' . Js::toStr(
                        $margin_mode,
                    ),
                ),
            );
        }
        $this->load_markets();
        $market = $this->market($symbol);
        if (!(Js::truthy(Js::get($market, 'contract')))) {
            throw new BadSymbol(
                Js::boundedText(
                    Js::toStr($this->id) . ' setMarginMode () is for contracts, not the spot market ' . Js::toStr(
                        $symbol,
                    ),
                ),
            );
        }
        $request = ['symbol' => Js::get($market, 'id'), 'enabled' => $mode === 'isolated'];
        $response = $this->private_post_position_isolate($this->extend($request, $params));
        $cross = $this->safe_bool($response, 'crossMargin');
        $reported = $mode;
        if ($cross !== null) {
            $reported = $cross ? 'cross' : 'isolated';
        }
        return $this->safe_margin_mode(
            ['symbol' => Js::get($market, 'symbol'), 'marginMode' => $reported, 'info' => $response],
            $market,
        );
    }

    // --- funding: deposits, withdrawals and the ledger -----------------------------------------------
    public function parse_transaction($transaction, $currency = null) {
        // user/walletHistory's Deposit and Withdrawal entries, and requestWithdrawal's answer: { transactID,
        // account, currency: 'XBt', network, transactType, amount (signed, smallest units), fee, transactStatus,
        // address, tx, text, transactTime, walletBalance, timestamp }.
        $currency_id = $this->safe_string($transaction, 'currency');
        $code = $this->safe_currency_code($currency_id, $currency);
        $kind = $this->safe_string($transaction, 'transactType');
        $type = null;
        if ($kind === 'Deposit') {
            $type = 'deposit';
        } elseif ($kind === 'Withdrawal') {
            $type = 'withdrawal';
        }
        $fee_cost = $this->units_of($transaction, 'fee', $currency_id);
        $status = $this->safe_string($transaction, 'transactStatus');
        $network_id = $this->safe_string($transaction, 'network');
        return $this->safe_transaction(
            [
                'id' => $this->safe_string($transaction, 'transactID'),
                'txid' => $this->safe_string($transaction, 'tx'),
                'timestamp' => $this->parse8601($this->safe_string($transaction, 'transactTime')),
                'network' => $network_id === null ? null : $this->network_code($network_id),
                'address' => $this->safe_string($transaction, 'address'),
                'type' => $type,
                'amount' => $this->units_of($transaction, 'amount', $currency_id),
                'currency' => $code,
                'status' => $this->safe_string(
                    Js::get($this->options, 'transactionStatuses'),
                    $status,
                    $status,
                ),
                'updated' => $this->parse8601($this->safe_string($transaction, 'timestamp')),
                'fee' => $fee_cost === null ? null : ['cost' => $fee_cost, 'currency' => $code],
                'info' => $transaction,
            ],
            $currency,
        );
    }

    public function wallet_history($code, $params, $method) {
        // user/walletHistory?currency (all without code)&count: the newest first; it takes no time range.
        $this->load_markets();
        if ($this->safe_value($params, 'until') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr($this->id) . ' ' . Js::toStr(
                        $method,
                    ) . ' () does not support the unified param until: user/walletHistory has no time range',
                ),
            );
        }
        $currency = null;
        $request = ['currency' => 'all'];
        if ($code !== null) {
            $currency = $this->currency($code);
            $request['currency'] = Js::get($currency, 'id');
        }
        $response = $this->private_get_user_wallet_history($this->extend($request, $params));
        return [$response, $currency];
    }

    public function fetch_transactions_of($kind, $code, $since, $limit, $params, $method) {
        [$response, $currency] = Js::destructure($this->wallet_history($code, $params, $method), 2);
        $entries = [];
        for ($i = 0; Js::less($i, Js::length($response)); $i++) {
            $type = $this->safe_string(Js::get($response, $i), 'transactType');
            if (
                Js::strictEqual($type, $kind) || (
                    ($kind === null) && (($type === 'Deposit') || ($type === 'Withdrawal'))
                )
            ) {
                $entries[] = Js::get($response, $i);
            }
        }
        return $this->parse_transactions($entries, $currency, $since, $limit);
    }

    public function fetch_deposits($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->fetch_transactions_of('Deposit', $code, $since, $limit, $params, 'fetchDeposits');
    }

    public function fetch_withdrawals($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->fetch_transactions_of('Withdrawal', $code, $since, $limit, $params, 'fetchWithdrawals');
    }

    public function fetch_transactions($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->fetch_transactions_of(null, $code, $since, $limit, $params, 'fetchTransactions');
    }

    public function parse_ledger_entry($item, $currency = null) {
        // A user/walletHistory entry: the signed amount and walletBalance (the balance after it).
        $currency_id = $this->safe_string($item, 'currency');
        $code = $this->safe_currency_code($currency_id, $currency);
        $fee_cost = $this->units_of($item, 'fee', $currency_id);
        $status = $this->safe_string($item, 'transactStatus');
        $type = $this->safe_string($item, 'transactType');
        return $this->safe_ledger_entry(
            [
                'id' => $this->safe_string($item, 'transactID'),
                'timestamp' => $this->parse8601($this->safe_string($item, 'transactTime')),
                'account' => $this->safe_string($item, 'account'),
                'referenceId' => $this->safe_string($item, 'tx'),
                'type' => $this->safe_string(Js::get($this->options, 'ledgerTypes'), $type, $type),
                'currency' => $code,
                'amount' => $this->units_of($item, 'amount', $currency_id),
                'after' => $this->units_of($item, 'walletBalance', $currency_id),
                'status' => $this->safe_string(
                    Js::get($this->options, 'transactionStatuses'),
                    $status,
                    $status,
                ),
                'fee' => $fee_cost === null ? null : ['cost' => $fee_cost, 'currency' => $code],
                'info' => $item,
            ],
            $currency,
        );
    }

    public function fetch_ledger($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        [$response, $currency] = Js::destructure($this->wallet_history($code, $params, 'fetchLedger'), 2);
        return $this->parse_ledger($response, $currency, $since, $limit);
    }

    public function fetch_deposit_address($code, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // user/depositAddress?currency&network: the address, as a JSON string. The unified network param (BTC,
        // ERC20, ...) picks the network; without it the currency's only network, or BTC for bitcoin.
        $this->load_markets();
        $currency = $this->currency($code);
        $network = $this->network_of($currency, $params, 'fetchDepositAddress');
        $request = [
            'currency' => Js::get($currency, 'id'),
            'network' => $this->network_id($network, $currency),
        ];
        $response = $this->private_get_user_deposit_address(
            $this->extend($request, $this->omit($params, 'network')),
        );
        return [
            'currency' => Js::get($currency, 'code'),
            'address' => $response,
            'tag' => null,
            'network' => $network,
            'info' => $response,
        ];
    }

    public function network_of($currency, $params, $method) {
        // The unified network of a request: params['network'], else the currency's only one, else BTC for BTC.
        $network = $this->safe_string_upper($params, 'network');
        if ($network !== null) {
            return $network;
        }
        $networks = Js::keys($this->safe_dict($currency, 'networks', []));
        if (count($networks) == 1) {
            return Js::get($networks, 0);
        }
        if (Js::get($currency, 'code') === 'BTC') {
            return 'BTC';
        }
        throw new ArgumentsRequired(
            Js::boundedText(
                Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($method) . ' () requires params[\'network\'] for ') . Js::toStr(
                    Js::get($currency, 'code'),
                ),
            ),
        );
    }

    public function withdraw($code, $amount, $address, $tag = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // POST user/requestWithdrawal { currency, network, amount (smallest units), address }: the withdrawal's
        // walletHistory entry. Addresses that need a memo are not supported (the route takes none).
        if ($tag !== null) {
            throw new NotSupported(
                Js::boundedText(Js::toStr($this->id) . ' withdraw () takes no tag (memo)'),
            );
        }
        $this->load_markets();
        $currency = $this->currency($code);
        $network = $this->network_of($currency, $params, 'withdraw');
        $request = [
            'currency' => Js::get($currency, 'id'),
            'network' => $this->network_id($network, $currency),
            'amount' => $this->to_units($amount, Js::get($currency, 'id')),
            'address' => $address,
        ];
        $response = $this->private_post_user_request_withdrawal(
            $this->extend($request, $this->omit($params, 'network')),
        );
        return $this->parse_transaction($response, $currency);
    }

    // --- the request pipeline ------------------------------------------------------------------------
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
        // GET and DELETE carry their params in the query, POST and PUT as a JSON body. A private request is
        // signed with api-signature = hex HMAC-SHA256 (secret, verb + path with its query + api-expires + body),
        // api-expires a time in seconds after which the request is refused.
        $request_path = Js::boundedText(
            Js::boundedText('/api/' . Js::toStr($this->version) . '/') . Js::toStr(
                $this->implode_params($path, $params),
            ),
        );
        $query = $this->omit($params, $this->extract_params($path));
        $has_body = ($method === 'POST') || ($method === 'PUT');
        if (!($has_body) && (count(Js::keys($query)) > 0)) {
            $request_path .= Js::within(
                $request_path,
                Js::within($request_path, '?') . Js::toStr($this->urlencode($query)),
            );
        }
        $url = Js::boundedText(
            Js::toStr($this->safe_string(Js::get($this->urls, 'api'), $api)) . $request_path,
        );
        if ($has_body) {
            $body = count(Js::keys($query)) > 0 ? $this->json(
                $query,
            ) : '{}'; // (PHP writes an empty dictionary as [])
            $headers = ['Content-Type' => 'application/json'];
        }
        if ($api === 'private') {
            $this->check_required_credentials();
            $expires = $this->number_to_string(
                Js::add($this->seconds(), Js::get($this->options, 'api-expires')),
            );
            $payload = Js::boundedText(
                Js::boundedText(Js::toStr($method) . $request_path . Js::toStr($expires)) . Js::toStr(
                    $body === null ? '' : $body,
                ),
            );
            $headers = $this->extend(
                $headers === null ? [] : $headers,
                [
                    'api-expires' => $expires,
                    'api-key' => $this->apiKey,
                    'api-signature' => $this->hmac(
                        $this->encode($payload),
                        $this->encode($this->secret),
                        'sha256',
                    ),
                ],
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
        // { "error": { "message": "...", "name": "HTTPError" } } with a 4xx or 5xx status: the message picks the
        // error class; otherwise a 400 is BadRequest and anything else an ExchangeError.
        if (($response === null) || Js::isArray($response) || !(Js::typeof($response) === 'object')) {
            return;
        }
        $error = $this->safe_dict($response, 'error');
        if ($error === null) {
            return;
        }
        $message = $this->safe_string($error, 'message', '');
        $feedback = Js::boundedText(
            Js::toStr($this->id) . ' ' . Js::toStr($method) . ' ' . Js::toStr($url) . ' ' . $message,
        );
        $this->throw_exactly_matched_exception(Js::get($this->exceptions, 'exact'), $message, $feedback);
        $this->throw_broadly_matched_exception(Js::get($this->exceptions, 'broad'), $message, $feedback);
        if (Js::strictEqual($status, 400)) {
            throw new BadRequest($feedback);
        }
        throw new ExchangeError($feedback);
    }
}
