<?php

// Generated from js/c_style_loops.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class c_style_loops extends Exchange {
    public function run() {
        $out = [];
        for ($i = 0; $i <= 10; $i += 2) {
            $out[] = $i;
        }
        for ($j = 10; $j > 0; $j -= 3) {
            if ($j == 7) {
                continue;
            }
            $out[] = $j;
        }
        $k = 0;
        for (; $k < 100; $k = Js::number($k + 1)) {
            if (Js::multiply($k, $k) > 20) {
                break;
            }
        }
        $out[] = $k;
        for ($a = 0, $b = 10; $a < $b; $a = Js::number($a + 1)) {
            $b = Js::number($b - 1);
            $out[] = Js::boundedText(Js::toStr($a) . ':' . Js::toStr($b));
        }
        return $out;
    }
}
