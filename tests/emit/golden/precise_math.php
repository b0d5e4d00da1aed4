<?php

// Generated from js/precise_math.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class precise_math extends Exchange {
    public function run() {
        $price = '0.1';
        $amount = '3';
        $cost = Precise::string_mul($price, $amount);
        $fee = Precise::string_div(Precise::string_mul($cost, '0.001'), '1', 8);
        return [
            $cost,
            Precise::string_add($cost, '0.2'),
            $fee,
            Precise::string_div('1', '3', 8),
            Precise::string_lt('1', '2'),
            Precise::string_add(null, '1'),
            Precise::string_mod('-7.5', '2'),
            Precise::string_neg('0.00000001'),
        ];
    }
}
