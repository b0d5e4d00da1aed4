<?php

// Generated from js/nested_data.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class nested_data extends Exchange {
    public function run() {
        $result = [];
        $trades = [['BTC', 1], ['ETH', 2], ['BTC', 3]];
        for ($i = 0; $i < count($trades); $i++) {
            [$symbol, $amount] = Js::destructure($trades[$i], 2);
            $amounts = $this->own_value($result, $symbol);
            if ($amounts === null) {
                $amounts = [];
            }
            Js::setKey(
                $result,
                $symbol,
                $this->array_concat($amounts, [$amount]),
            ); // (a new list: the one read is the result's own)
        }
        $totals = [];
        $symbols = Js::keys($result);
        for ($i = 0; $i < count($symbols); $i++) {
            $sum = 0;
            $list = $this->own_value($result, $symbols[$i]);
            for ($j = 0; Js::less($j, Js::length($list)); $j++) {
                $sum = Js::add($sum, Js::get($list, $j));
            }
            Js::setKey($totals, $symbols[$i], $sum);
        }
        return [$result, $totals];
    }
}
