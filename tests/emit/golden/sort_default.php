<?php

// Generated from js/sort_default.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class sort_default extends Exchange {
    public function run() {
        $numbers = [10, 9, 1, 100, 25];
        Js::sort($numbers);
        $words = ['b', 'a', 'C', 'aa'];
        return [$numbers, Js::sort($words), Js::sorted([3, null, 1]), Js::sorted(['b', 1, 'a', 2])];
    }
}
