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
            Js::parseInt('9007199254740992', 36),
            Js::parseInt('1000000000000000000001', 12),
            Js::parseInt(Js::padEnd('-2', 60, '1'), 3),
            Js::parseInt(Js::padEnd('6', 40, '5'), 7),
            Js::parseInt(Js::padEnd('00000zz', 30, 'y'), 36),
            Js::parseInt('-0', 36),
        ];
    }
}
