<?php

// Generated from js/structure_fields.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class structure_fields extends Exchange {
    public function run() {
        // safeTrade and safeTicker of a dictionary written out: the Python and PHP emitters hand its fields to the
        // builder as keywords and named arguments (the dictionary is never made), in the order written; anything else
        // stays a dictionary.
        $market = ['id' => 'BTCUSD', 'symbol' => 'BTC/USD', 'base' => 'BTC', 'quote' => 'USD'];
        Js::set($this->options, 'order', '');
        $trade = $this->trade_structure(
            price: $this->noted('price', '100.5'),
            id: $this->noted('id', 12),
            amount: $this->noted('amount', '-0.25'),
            timestamp: $this->noted('timestamp', '1700000000123'),
            taker_or_maker: null,
            type: 'limit',
            info: ['raw' => true],
            market: $this->noted('market', $market),
        );
        $trade_order = Js::get($this->options, 'order');
        Js::set($this->options, 'order', '');
        $ticker = $this->ticker_structure(
            open: $this->noted('open', '80'),
            last: $this->noted('last', '100'),
            bid_volume: 3,
            previous_close: '',
            quote_volume: '250',
            base_volume: '2.5',
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
            $this->ticker_structure(last: '5', market: null),
        ];
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
