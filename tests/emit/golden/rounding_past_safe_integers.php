<?php

// Generated from js/rounding_past_safe_integers.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class rounding_past_safe_integers extends Exchange {
    public function run() {
        // Math.floor, ceil, trunc and round give a double past 2^53: adding to one rounds as JavaScript does.
        $a = Js::number(Js::floor(1e+20) + 1);
        $b = Js::number(Js::round(1e+17) + 1);
        $c = Js::number(Js::ceil(9007199254740994.0) + 1);
        $d = Js::number(Js::trunc(1e+18) + 7);
        $e = Js::number(Js::floor(-1e+20) - 1);
        return [
            Js::boundedText('' . Js::toStr($a)),
            $a == 1e+20,
            Js::boundedText('' . Js::toStr($b)),
            Js::boundedText('' . Js::toStr($c)),
            Js::boundedText('' . Js::toStr($d)),
            Js::boundedText('' . Js::toStr($e)),
            Js::floor(12.5),
            Js::round(-0.2),
        ];
    }
}
