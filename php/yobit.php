<?php

// Generated from js/yobit.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class yobit extends tidex {
    public function describe() {
        return $this->deep_extend(
            parent::describe(),
            [
                'id' => 'yobit',
                'name' => 'YoBit',
                'countries' => ['RU'],
                'has' => ['fetchDepositAddress' => true, 'createDepositAddress' => true, 'withdraw' => true],
                'urls' => [
                    'api' => ['public' => 'https://yobit.net/api/3', 'private' => 'https://yobit.net/tapi/'],
                    'www' => 'https://yobit.net',
                    'doc' => 'https://www.yobit.net/en/api/',
                    'fees' => 'https://yobit.net/en/fees/',
                ],
                'api' => [
                    'private' => [
                        'post' => [
                            'getInfo',
                            'Trade',
                            'ActiveOrders',
                            'OrderInfo',
                            'CancelOrder',
                            'TradeHistory',
                            'GetDepositAddress',
                            'WithdrawCoinsToAddress',
                        ],
                    ],
                ],
                'options' => ['maxLimit' => 2000, 'tickerSides' => ['bid' => 'buy', 'ask' => 'sell']],
                'exceptions' => ['broad' => ['less than minimal total' => InvalidOrder::class]],
            ],
        );
    }

    // --- markets -------------------------------------------------------------------------------------
    public function fetch_markets($params = null) {
        if ($params === null) {
            $params = [];
        }
        // YoBit's info has what Tidex's has and min_total (the least an order may cost, in the quote currency),
        // fee_buyer and fee_seller.
        $markets = parent::fetch_markets($params);
        $result = [];
        for ($i = 0; Js::less($i, Js::length($markets)); $i++) {
            // (Tidex's markets are full unified structures: the minimum cost replaces the one of the cost bounds,
            // whose maximum stays, so that the market stays whole.)
            $market = Js::get($markets, $i);
            $cost = $this->extend(
                Js::get(Js::get($market, 'limits'), 'cost'),
                ['min' => $this->safe_number(Js::get($market, 'info'), 'min_total')],
            );
            $limits = $this->extend(Js::get($market, 'limits'), ['cost' => $cost]);
            $result[] = $this->extend($market, ['limits' => $limits]);
        }
        return $result;
    }

    // --- account -------------------------------------------------------------------------------------
    public function balance_accounts($info) {
        // getInfo also has funds_incl_orders: { ltc: 32, ... }, what is available and what open orders hold.
        $accounts = parent::balance_accounts($info);
        $total = $this->safe_dict($info, 'funds_incl_orders', []);
        $ids = $this->unique($this->array_concat(Js::keys($accounts), Js::keys($total)));
        for ($i = 0; Js::less($i, Js::length($ids)); $i++) {
            $id = Js::get($ids, $i);
            $account = $this->extend($this->safe_dict($accounts, $id, $this->account()));
            if (Js::get($account, 'free') === null) {
                $account['free'] = '0';
            }
            $account['total'] = $this->safe_string($total, $id, Js::get($account, 'free'));
            Js::set($accounts, $id, $account);
        }
        return $accounts;
    }

    // --- orders --------------------------------------------------------------------------------------
    public function fetch_open_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // YoBit's ActiveOrders takes the pair, and answers without return when there is no order.
        if ($symbol === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' fetchOpenOrders () requires a symbol: ActiveOrders lists the orders of one pair',
                ),
            );
        }
        return parent::fetch_open_orders($symbol, $since, $limit, $params);
    }

    public function fetch_my_trades($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // YoBit's TradeHistory takes the pair, and answers without return when there is no trade.
        if ($symbol === null) {
            throw new ArgumentsRequired(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' fetchMyTrades () requires a symbol: TradeHistory lists the trades of one pair',
                ),
            );
        }
        return parent::fetch_my_trades($symbol, $since, $limit, $params);
    }

    // --- funding -------------------------------------------------------------------------------------
    public function coin_name($currency) {
        // The Trade API names a coin as the docs' examples do: coinName BTC.
        return Js::upperCase(Js::textReceiver(Js::get($currency, 'id'), 'toUpperCase'));
    }

    public function reject_network($method, $params) {
        // A coin's network is part of its name on YoBit (each network is a coin of its own): the unified param
        // network has no field to go to.
        if ($this->safe_string($params, 'network') !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr($this->id) . ' ' . Js::toStr(
                        $method,
                    ) . ' () does not support the unified param network: on YoBit a network is a coin of its own, pass that coin\'s code',
                ),
            );
        }
    }

    public function deposit_address($method, $code, $need_new, $params) {
        // GetDepositAddress: coinName, need_new (0 or 1); answers { return: { address, processed_amount,
        // server_time } }.
        $this->reject_network($method, $params);
        $this->load_markets();
        $currency = $this->currency($code);
        $request = ['coinName' => $this->coin_name($currency), 'need_new' => $need_new];
        $response = $this->private_post_get_deposit_address($this->extend($request, $params));
        $result = $this->return_of($response, $method);
        $address = $this->safe_string($result, 'address');
        if ($address === null) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($method) . ' () got an answer without address: ') . Js::toStr(
                        $this->excerpt($this->json($response)),
                    ),
                ),
            );
        }
        return ['currency' => Js::get($currency, 'code'), 'address' => $address, 'info' => $response];
    }

    public function fetch_deposit_address($code, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->deposit_address('fetchDepositAddress', $code, 0, $params);
    }

    public function create_deposit_address($code, $params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->deposit_address('createDepositAddress', $code, 1, $params);
    }

    public function withdraw($code, $amount, $address, $tag = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // WithdrawCoinsToAddress: coinName, amount, address; answers { return: { server_time } }. The docs name
        // no tag or memo.
        $this->reject_network('withdraw', $params);
        if ($tag !== null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' withdraw () does not support a tag: WithdrawCoinsToAddress takes an address only',
                ),
            );
        }
        $this->load_markets();
        $currency = $this->currency($code);
        $request = [
            'coinName' => $this->coin_name($currency),
            'amount' => $this->number_to_string($amount),
            'address' => $address,
        ];
        $response = $this->private_post_withdraw_coins_to_address($this->extend($request, $params));
        $result = $this->return_of($response, 'withdraw');
        return $this->safe_transaction(
            [
                'timestamp' => $this->safe_timestamp($result, 'server_time'),
                'type' => 'withdrawal',
                'currency' => Js::get($currency, 'code'),
                'amount' => Js::get($request, 'amount'),
                'address' => $address,
                'info' => $response,
            ],
            $currency,
        );
    }
}
