<?php

// Generated from js/parse_int_long.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class parse_int_long extends Exchange {
    public function run() {
        $nines = Js::padStart('9', 400, '9');
        $ones = Js::padStart('1', 5000, '1');
        $zeros = Js::padStart('1', 5000, '0');
        return [
            Js::parseInt($nines),
            Js::parseInt(Js::boundedText('-' . $ones)),
            Js::parseInt($zeros),
            Js::parseInt($ones, 16),
            Js::parseInt($zeros, 36),
            Js::parseInt(Js::padStart('1', 1025, '0'), 2),
            Js::parseInt('ffffffffffffffffff', 16),
            Js::parseInt('-7fffffffffffffff', 16),
            Js::parseInt('zzzzzzzzzzzz', 36),
            Js::parseInt('11111111111111111111111111111111111111111111111111111111111111111', 2),
        ];
    }
}
