<?php

// Generated from js/parse_int_usual.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class parse_int_usual extends Exchange {
    public function run() {
        $eight = $this->pick(8);
        return [
            Js::parseInt($eight),
            Js::parseInt(-5),
            Js::parseInt(0),
            Js::parseInt('0008'),
            Js::parseInt('123456789012345'),
            Js::parseInt('1234567890123456'),
            Js::parseInt('9007199254740993'),
            Js::parseInt('+7'),
            Js::parseInt('7 '),
            Js::parseInt(1e+21),
            Js::parseInt(5e-07),
            Js::parseInt($this->pick(true)),
            Js::parseInt(''),
            Js::parseInt('٣'),
            Js::padStart('1', $eight, '0'),
            Js::padStart('1', 3, 'ab'),
            Js::padStart('abc', 2, '0'),
            Js::padEnd('1', 4, ''),
            Js::padEnd('0', 3, '0'),
            Js::padEnd('x', 6, 'yz'),
            Js::padStart('é', 3, '-'),
            Js::padStart('1', 3, 'é'),
        ];
    }

    public function pick($value) {
        return $value;
    }
}
