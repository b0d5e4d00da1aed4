<?php

// Generated from js/comparisons.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class comparisons extends Exchange {
    public function pick($value) {
        return $value;
    }

    public function run() {
        $unknown = $this->pick('10');
        return [
            Js::less('10', '9'),
            10 < 9,
            Js::less('10', 9),
            Js::less('a', 'b'),
            Js::less('B', 'a'),
            2 >= 2,
            Js::lessEqual('abc', 'abd'),
            Js::less($unknown, '9'),
            Js::less($unknown, 9),
            Js::less(null, 1),
            Js::greaterEqual(null, 0),
            1.5 > 1,
        ];
    }
}
