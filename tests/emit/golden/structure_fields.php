<?php

// Generated from js/structure_fields.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class structure_fields extends Exchange {
    public function run() {
        // safeTrade and safeTicker of a dictionary written out: the Python emitter hands its fields to the builder as
        // keywords (the dictionary is never made), in the order written; anything else stays a dictionary.
        $market = ['id' => 'BTCUSD', 'symbol' => 'BTC/USD', 'base' => 'BTC', 'quote' => 'USD'];
        $this->options['order'] = '';
        $trade = $this->safe_trade(
            [
                'price' => $this->noted('price', '100.5'),
                'id' => $this->noted('id', 12),
                'amount' => $this->noted('amount', '-0.25'),
                'timestamp' => $this->noted('timestamp', '1700000000123'),
                'takerOrMaker' => null,
                'type' => 'limit',
                'info' => ['raw' => true],
            ],
            $this->noted('market', $market),
        );
        $trade_order = Js::get($this->options, 'order');
        $this->options['order'] = '';
        $ticker = $this->safe_ticker(
            [
                'open' => $this->noted('open', '80'),
                'last' => $this->noted('last', '100'),
                'bidVolume' => 3,
                'previousClose' => '',
                'quoteVolume' => '250',
                'baseVolume' => '2.5',
            ],
        );
        $ticker_order = Js::get($this->options, 'order');
        $fields = ['price' => '2', 'amount' => '3'];
        $key = 'price';
        return [
            $trade,
            $trade_order,
            $ticker,
            $ticker_order,
            $this->safe_trade(['price' => '2', 'amount' => '3', 'datetime' => 'not read']),
            $this->safe_trade(Js::merge($fields, ['side' => 'sell'])),
            $this->safe_trade([$key => '2', 'amount' => '3']),
            $this->safe_trade($fields, $market),
            $this->safe_ticker(['last' => '5'], null),
        ];
    }

    public function noted($name, $value) {
        $this->options['order'] = Js::boundedText(
            Js::toStr(Js::add(Js::get($this->options, 'order'), $name)) . ',',
        );
        return $value;
    }
}
