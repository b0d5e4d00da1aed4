<?php

// Generated from js/strict_equality.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class strict_equality extends Exchange {
    public function pick($value) {
        return $value;
    }

    public function run() {
        $one = 1;
        $text = '1';
        $list = [1];
        return [
            $one == 1,
            Js::strictEqual($text, $one),
            Js::strictEqual(true, $one == 1),
            Js::strictEqual($list, $list),
            'a' === 'a',
            NAN == NAN,
            !($one == 2),
            0 == -0.0,
            Js::strictEqual($this->pick(1), 1),
            Js::strictEqual($this->pick(true), 1),
            Js::strictEqual($this->pick('1'), 1),
        ];
    }
}
