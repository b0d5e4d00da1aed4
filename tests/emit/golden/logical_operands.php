<?php

// Generated from js/logical_operands.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class logical_operands extends Exchange {
    public function run() {
        $empty = [];
        return [
            Js::truthy($_value1 = 0) ? $_value1 : 'a',
            Js::truthy($_value2 = 'x') ? $_value2 : 'y',
            Js::truthy($_value3 = $empty) ? $_value3 : 1,
            Js::truthy($_value4 = []) ? 2 : $_value4,
            Js::truthy($_value5 = '') ? 3 : $_value5,
            Js::truthy($_value6 = null) ? $_value6 : 'fallback',
            Js::truthy($_value7 = 0) ? 1 : $_value7,
            (1 > 2) || (3 > 2),
            ('a' === 'a') && ('b' === 'c'),
            Js::truthy($_value8 = NAN) ? $_value8 : 'nan',
            Js::truthy($_value9 = 'kept') ? 'last' : $_value9,
        ];
    }
}
