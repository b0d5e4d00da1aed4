<?php

// Generated from js/delete_and_in.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class delete_and_in extends Exchange {
    public function run() {
        $o = ['a' => 1, 'b' => 2, '3' => 3];
        unset($o['a']);
        $key = 'b';
        unset($o[$key]);
        $list = [1, 2, 3];
        return [
            $o,
            Js::has($o, 'a'),
            Js::has($o, '3'),
            Js::has($o, 3),
            Js::has($list, 1),
            Js::has($list, 5),
            Js::has($list, 'length'),
            Js::has($list, '1'),
            Js::has($list, '01'),
        ];
    }
}
