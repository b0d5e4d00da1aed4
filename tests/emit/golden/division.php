<?php

// Generated from js/division.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class division extends Exchange {
    public function run() {
        $zero = 0;
        return [
            Js::divide(7, 2),
            Js::divide(6, 3),
            Js::divide(1, $zero),
            Js::divide(-1, $zero),
            Js::divide($zero, $zero),
            Js::divide(10, 4),
            Js::divide(1, 3),
            Js::divide(-9, 3),
        ];
    }
}
