<?php

// Generated from js/sort_default.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class sort_default extends Exchange {
    public function run() {
        $numbers = [10, 9, 1, 100, 25];
        Js::sort($numbers);
        $words = ['b', 'a', 'C', 'aa'];
        // in order already (PHP hands such a list back as it is), and in order but for the last
        $symbols = ['BTC/USDT', 'ETH/BTC', 'ETH/USDT', 'ETH/USDT', 'ETH/usdt'];
        $almost = ['a', 'b', 'c', 'B'];
        return [
            $numbers,
            Js::sort($words),
            Js::sorted([3, null, 1]),
            Js::sorted(['b', 1, 'a', 2]),
            Js::sort($symbols),
            Js::sort($almost),
        ];
    }
}
