<?php

// Generated from js/okcoin.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class okcoin extends okx {
    public function describe() {
        // OKCoin serves a subset of OKX's endpoints (and fiat ones of its own): its endpoint list replaces the
        // parent's rather than being merged into it, so no implicit method names an endpoint OKCoin lacks.
        $inherited = $this->omit(parent::describe(), 'api');
        return $this->deep_extend(
            $inherited,
            [
                'id' => 'okcoin',
                'name' => 'OKCoin',
                'countries' => ['US'],
                'rateLimit' => 100,
                'has' => ['fetchMarkets' => true],
                'urls' => [
                    'api' => 'https://www.okcoin.com',
                    'www' => 'https://www.okcoin.com',
                    'doc' => 'https://www.okcoin.com/docs-v5/en/',
                    'fees' => 'https://www.okcoin.com/fees.html',
                ],
                'api' => [
                    'public' => [
                        'get' => [
                            'public/time' => 2,
                            'public/instruments' => 1,
                            'system/status' => 50,
                            'market/tickers' => 1,
                            'market/ticker' => 1,
                            'market/books' => 0.5,
                            'market/candles' => 0.5,
                            'market/history-candles' => 1,
                            'market/trades' => 0.2,
                            'market/history-trades' => 1,
                            'market/platform-24-volume' => 2,
                        ],
                    ],
                    'private' => [
                        'get' => [
                            'account/balance' => 2,
                            'account/bills' => 4,
                            'account/bills-archive' => 4,
                            'account/config' => 4,
                            'account/max-size' => 1,
                            'account/max-avail-size' => 1,
                            'account/trade-fee' => 4,
                            'trade/order' => 0.333,
                            'trade/orders-pending' => 0.333,
                            'trade/orders-history' => 0.5,
                            'trade/orders-history-archive' => 1,
                            'trade/fills' => 0.333,
                            'trade/fills-history' => 2,
                            'trade/orders-algo-pending' => 1,
                            'trade/orders-algo-history' => 1,
                            'asset/currencies' => 3.333,
                            'asset/balances' => 3.333,
                            'asset/asset-valuation' => 20,
                            'asset/transfer-state' => 2,
                            'asset/bills' => 3.333,
                            'asset/deposit-lightning' => 3.333,
                            'asset/deposit-address' => 3.333,
                            'asset/deposit-history' => 3.333,
                            'asset/withdrawal-history' => 3.333,
                            'fiat/channel' => 3.333,
                            'fiat/deposit-history' => 3.333,
                            'fiat/withdrawal-history' => 3.333,
                        ],
                        'post' => [
                            'trade/order' => 0.333,
                            'trade/batch-orders' => 0.067,
                            'trade/cancel-order' => 0.333,
                            'trade/cancel-batch-orders' => 0.067,
                            'trade/amend-order' => 0.333,
                            'trade/amend-batch-orders' => 0.067,
                            'trade/order-algo' => 1,
                            'trade/cancel-algos' => 1,
                            'trade/cancel-advance-algos' => 1,
                            'asset/transfer' => 20,
                            'asset/withdrawal' => 3.333,
                            'asset/withdrawal-lightning' => 3.333,
                            'asset/cancel-withdrawal' => 3.333,
                            'fiat/deposit' => 3.333,
                            'fiat/cancel-deposit' => 3.333,
                            'fiat/withdrawal' => 3.333,
                            'fiat/cancel-withdrawal' => 3.333,
                        ],
                    ],
                ],
                'fees' => [
                    'trading' => [
                        'tierBased' => true,
                        'percentage' => true,
                        'taker' => 0.002,
                        'maker' => 0.001,
                    ],
                ],
                'requiredCredentials' => ['apiKey' => true, 'secret' => true, 'password' => true],
                'options' => ['fiatCurrencies' => ['USD', 'EUR', 'SGD']],
            ],
        );
    }

    public function fetch_currencies($params = null) {
        if ($params === null) {
            $params = [];
        }
        // OKX's currencies from asset/currencies, and OKCoin's fiat currencies, which that list leaves out.
        $currencies = parent::fetch_currencies($params);
        if (count(Js::keys($currencies)) == 0) {
            // without credentials: loadMarkets derives every currency, fiat ones too, from the markets
            return $currencies;
        }
        $fiats = $this->safe_list($this->options, 'fiatCurrencies', []);
        $result = $this->extend([], $currencies);
        for ($i = 0; $i < count($fiats); $i++) {
            $code = Js::get($fiats, $i);
            if ($this->safe_dict($result, $code) === null) {
                Js::setKey(
                    $result,
                    $code,
                    [
                        'id' => $code,
                        'code' => $code,
                        'name' => null,
                        'active' => null,
                        'deposit' => null,
                        'withdraw' => null,
                        'fee' => null,
                        'precision' => 0.01,
                        'limits' => [],
                        'networks' => [],
                        'info' => null,
                    ],
                );
            }
        }
        return $result;
    }

    public function fetch_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // OKCoin lists algo orders (trade/orders-algo-pending and -history) but has no endpoint for one algo
        // order by id, OKX's trade/order-algo: params['trigger'] is refused rather than sent to a missing path.
        if ($this->safe_bool($params, 'trigger', false)) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' fetchOrder () cannot read an algo order by id (params trigger): use fetchOpenOrders with params trigger',
                ),
            );
        }
        return parent::fetch_order($id, $symbol, $params);
    }
}
