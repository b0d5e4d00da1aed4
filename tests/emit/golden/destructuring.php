<?php

// Generated from js/destructuring.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class destructuring extends Exchange {
    public function run() {
        [$first, $second] = Js::destructure([1, 2, 3], 2);
        [$only, $missing] = Js::destructure(['one'], 2);
        [$a, $b] = Js::destructure(Js::split('xy', ''), 2);
        return [$first, $second, $only, $missing, $a, $b];
    }
}
