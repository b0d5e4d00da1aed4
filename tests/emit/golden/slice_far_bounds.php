<?php

// Generated from js/slice_far_bounds.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class slice_far_bounds extends Exchange {
    public function run() {
        $levels = [1, 2, 3];
        $text = 'abc';
        return [
            Js::slice($levels, 0, 1e+300),
            Js::slice($levels, -1e+300),
            Js::slice($levels, 1e+300),
            Js::slice($levels, 0, -1e+300),
            Js::slice($levels, 0, 1e+19),
            Js::slice($levels, -0.5),
            Js::slice($levels, 0, -0.5),
            Js::slice($levels, 1.9, 2.9),
            Js::slice($text, 0, 1e+300),
            Js::slice($text, -1e+300, -1),
        ];
    }
}
