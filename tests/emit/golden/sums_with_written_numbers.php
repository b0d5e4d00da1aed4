<?php

// Generated from js/sums_with_written_numbers.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class sums_with_written_numbers extends Exchange {
    public function run() {
        // A sum with a number written out rounds past 2^53, as in JavaScript (Python's and PHP's integers were exact
        // there): but for a small step of a loop counter that the loop's test bounds, or of a length.
        $big = 9007199254740991;
        $n = $big;
        $n = Js::number($n + 1);
        $n = Js::number($n + 1);
        $m = $big;
        $m = Js::number($m + 1);
        $m = Js::number($m + 1);
        $k = Js::negate($big);
        $k = Js::number($k - 1);
        $k = Js::number($k - 1);
        $side = 'buy';
        if (Js::number($big + 2) == Js::number($big + 1)) {
            $side = 'sell';
        }
        $rows = ['a', 'b', 'c'];
        $seen = [];
        for ($i = 0; $i < count($rows); $i++) {
            $seen[] = Js::add($rows[$i], $i + 1);
        }
        for ($i = count($rows) - 1; $i >= 0; $i--) {
            $seen[] = $i;
        }
        $j = Js::number($big - 1);
        for ($c = 0; $c < 4; $c++) {
            $j = Js::number($j + 1);
        }
        $far = 0;
        for ($i = Js::number($big - 1); $i < Js::number($big + 10); $i = Js::number($i + 1)) {
            $far = $i;
            if ($far > Js::number(Js::number($big - 5) + 4)) {
                break;
            }
        }
        return [
            Js::boundedText('' . Js::toStr($n)),
            Js::boundedText('' . Js::toStr($m)),
            Js::boundedText('' . Js::toStr($k)),
            $side,
            $seen,
            Js::boundedText('' . Js::toStr($j)),
            Js::boundedText('' . Js::toStr($far)),
            $n == $m,
            Js::boundedText('' . Js::toStr(Js::number($big + 2))),
        ];
    }
}
