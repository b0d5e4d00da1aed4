<?php

// Generated from js/walks_of_changing_lists.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class walks_of_changing_lists extends Exchange {
    public function run() {
        // A for ... of loop whose body changes the list it walks in place, otherwise than by push and its kin: Node
        // and Python walk the list as it changes, PHP's foreach walked the list it started with (red-team round 29:
        // three passes in Node and Python, one in PHP, or the other way round). PHP walks such a variable by index.
        $grown = ['a'];
        $seen_growing = [];
        for ($_index1 = 0; $_index1 < count($grown); $_index1++) {
            $item = $grown[$_index1];
            $seen_growing[] = $item;
            if (count($grown) < 3) {
                Js::set($grown, count($grown), Js::boundedText(Js::toStr($item) . 'b'), true);
            }
        }
        $cut = ['a', 'b', 'c'];
        $length_key = 'len' . 'gth';
        $passes = 0;
        for ($_index2 = 0; $_index2 < count($cut); $_index2++) {
            $item = $cut[$_index2];
            $passes = Js::number($passes + 1);
            Js::set($cut, $length_key, 1, true);
        }
        $later = ['a', 'b', 'c'];
        $seen_changed = [];
        for ($_index3 = 0; $_index3 < count($later); $_index3++) {
            $item = $later[$_index3];
            $seen_changed[] = $item;
            Js::set($later, 2, 'z', true);
        }
        return [$seen_growing, $passes, $seen_changed, $passes == 1 ? 'buy' : 'sell'];
    }
}
