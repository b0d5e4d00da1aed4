<?php

// Generated from js/object_keys_order.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class object_keys_order extends Exchange {
    public function run() {
        $o = ['b' => 1, '10' => 2, 'a' => 3, '2' => 4, '01' => 5];
        $o['c'] = 6;
        $o['1'] = 7;
        return [
            Js::keys($o),
            Js::values($o),
            Js::keys([]),
            Js::isArray([]),
            Js::isArray($o),
            Js::isInteger(5),
            Js::isInteger(5.5),
            Js::isInteger('5'),
        ];
    }
}
