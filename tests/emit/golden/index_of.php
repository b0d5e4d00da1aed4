<?php

// Generated from js/index_of.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class index_of extends Exchange {
    public function run() {
        $items = [1, 2, 3, '2'];
        return [
            Js::indexOf($items, 2),
            Js::indexOf($items, 5),
            Js::indexOf('hello', 'l'),
            Js::indexOf('hello', 'z'),
            Js::indexOf($items, '2'),
            Js::indexOf(['a', 'b'], 'b'),
            Js::indexOf('abc', ''),
        ];
    }
}
