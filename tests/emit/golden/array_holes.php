<?php

// Generated from js/array_holes.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class array_holes extends Exchange {
    public function run() {
        $list = [1, 2, 3];
        Js::delete($list, 1);
        return [$list, count($list), Js::has($list, 1)];
    }
}
