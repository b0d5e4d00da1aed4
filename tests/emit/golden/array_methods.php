<?php

// Generated from js/array_methods.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class array_methods extends Exchange {
    public function run() {
        $items = [1, 2];
        $pushed = Js::push($items, 3, 4);
        $popped = Js::pop($items);
        $shifted = Js::shift($items);
        $unshifted = Js::unshift($items, 0);
        $empty = [];
        $joined = Js::join([1, null, 'a', 2.5], '-');
        $reversed = array_reverse([1, 2, 3]);
        return [
            $items,
            $pushed,
            $popped,
            $shifted,
            $unshifted,
            Js::pop($empty),
            Js::shift($empty),
            $joined,
            $reversed,
            Js::concat([1, 2], [3], 4, [[5]]),
            Js::slice([1, 2, 3, 4], 1, 3),
            Js::slice([1, 2, 3], -2),
            Js::includes([NAN], NAN),
            Js::indexOf([NAN], NAN),
            Js::includes([1, 2], '1'),
            Js::join(['a', 'b']),
        ];
    }
}
