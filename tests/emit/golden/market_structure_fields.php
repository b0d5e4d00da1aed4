<?php

// Generated from js/market_structure_fields.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class market_structure_fields extends Exchange {
    public function run() {
        // safeMarketStructure of a dictionary written out: the Python emitter hands its fields to the builder as
        // keywords (the dictionary is never made), in the order written; PHP keeps the dictionary, and anything else
        // stays one. The result is the same structure, its keys in the same order: the defaults, the derived flags,
        // precision and limits merged into theirs, a field written undefined kept undefined.
        Js::set($this->options, 'order', '');
        $spot = $this->safe_market_structure(
            [
                'symbol' => $this->noted('symbol', 'BTC/USD'),
                'id' => $this->noted('id', 'btcusd'),
                'base' => 'BTC',
                'quote' => 'USD',
                'baseId' => 'btc',
                'quoteId' => 'usd',
                'active' => true,
                'type' => 'spot',
                'spot' => true,
                'taker' => $this->noted('taker', 0.002),
                'maker' => 0.001,
                'precision' => ['price' => 0.01, 'amount' => 0.0001],
                'limits' => [
                    'amount' => ['min' => 0.001],
                    'cost' => ['max' => null, 'min' => 10],
                    'leverage' => ['max' => 5],
                ],
                'info' => $this->noted('info', ['raw' => true]),
            ],
        );
        $order = Js::get($this->options, 'order');
        $swap = $this->safe_market_structure(
            [
                'id' => 'BTCUSDT',
                'symbol' => 'BTC/USDT:USDT',
                'base' => 'BTC',
                'quote' => 'USDT',
                'settle' => 'USDT',
                'type' => 'swap',
                'inverse' => null,
                'contractSize' => 0.001,
            ],
        );
        $future = $this->safe_market_structure(
            [
                'type' => 'future',
                'expiry' => 1700000000000,
                'settle' => 'BTC',
                'base' => 'BTC',
                'quote' => 'USD',
            ],
        );
        $unset = $this->safe_market_structure(
            ['type' => null, 'precision' => null, 'limits' => null, 'spot' => false],
        );
        $empty = $this->safe_market_structure([]);
        $odd = $this->safe_market_structure(
            ['precision' => [], 'limits' => ['amount' => 5, 'price' => []], 'expiry' => null],
        );
        $fields = ['id' => 'x'];
        $others = [
            $this->safe_market_structure(['id' => 'y', 'lowercaseId' => 'y']),
            $this->safe_market_structure(Js::merge($fields, ['symbol' => 'X/Y'])),
            $this->safe_market_structure($fields),
        ];
        $markets = Js::concat([$spot, $swap, $future, $unset, $empty, $odd], $others);
        $keys = [];
        for ($i = 0; $i < count($markets); $i++) {
            $market = Js::get($markets, $i);
            $limits = Js::get($market, 'limits');
            $nested = $limits === null ? [] : [
                Js::keys($limits),
                Js::keys(Js::get($limits, 'price')),
                Js::keys(Js::get($limits, 'cost')),
            ];
            $keys[] = [
                Js::keys($market),
                Js::get($market, 'precision') === null ? [] : Js::keys(Js::get($market, 'precision')),
                $nested,
            ];
        }
        return [$markets, $keys, $order];
    }

    public function noted($name, $value) {
        Js::set(
            $this->options,
            'order',
            Js::boundedText(Js::toStr(Js::add(Js::get($this->options, 'order'), $name)) . ','),
        );
        return $value;
    }
}
