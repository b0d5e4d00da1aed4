<?php

// Generated from js/missing_keys.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class missing_keys extends Exchange {
    public function run() {
        $o = ['a' => 1];
        $list = [10, 20];
        $word = 'ab';
        $key = 'a';
        return [
            Js::get($o, 'missing'),
            Js::get($o, 'a'),
            Js::get($list, 5),
            Js::get($list, 1),
            Js::get($list, -1),
            Js::get($word, 1),
            Js::get($word, 9),
            $this->own_value($o, $key),
            Js::get($list, '1'),
            Js::get($o, 1),
        ];
    }
}
