<?php

// Generated from js/sums_without_bound.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class sums_without_bound extends Exchange {
    public function run() {
        // A sum of two numbers neither of which is written out is a double past 2^53, as in JavaScript: Python's
        // integers grew without end (k += k, 3,000,000 times, took two minutes there and milliseconds in Node).
        $doubled = 1;
        for ($i = 0; $i < 1100; $i++) {
            $doubled = Js::number($doubled + $doubled);
        }
        $halved = -1;
        for ($i = 0; $i < 1100; $i++) {
            $halved = Js::number($halved - Js::number(0 - $halved));
        }
        $previous = 0;
        $current = 1;
        for ($i = 0; $i < 1600; $i++) {
            $next = Js::number($previous + $current);
            $previous = $current;
            $current = $next;
        }
        $step = 1;
        for ($i = 0; $i < 60; $i++) {
            $step = Js::number($step + $step);
        }
        $safe = 9007199254740991;
        $past = Js::number($safe + $safe);
        return [
            $doubled,
            $halved,
            $current,
            Js::boundedText('' . Js::toStr($step)),
            $step == Js::number($step + 1),
            Js::boundedText('' . Js::toStr($past)),
            $past == Js::number($past - 1),
            Js::number($safe - $safe),
        ];
    }
}
