<?php

// Generated from js/math_functions.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class math_functions extends Exchange {
    public function run() {
        return [
            Js::round(2.5),
            Js::round(-2.5),
            Js::round(0.49999999999999994),
            Js::round(-0.5),
            Js::round(1.4),
            Js::floor(-1.5),
            Js::ceil(1.2),
            Js::abs(-3),
            Js::max(1, 5, 3),
            Js::min(2, -1),
            Js::sqrt(16),
            Js::trunc(-4.7),
            Js::sqrt(-1),
            Js::sqrt(2),
            Js::floor(Js::divide(7, 2)),
        ];
    }
}
