<?php

// Generated from js/spread.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class spread extends Exchange {
    public function run() {
        $base = ['a' => 1, 'b' => 2];
        $more = Js::merge($base, ['b' => 3, 'c' => 4]);
        $list = [1, 2];
        $longer = Js::concat([], [0], $list, [3], [4]);
        $values = [4, 9, 2];
        return [
            $more,
            $longer,
            Js::max(Js::get($values, 0), Js::get($values, 1)),
            Js::concat([], $values, $list),
            Js::merge(null, ['x' => 1]),
        ];
    }
}
