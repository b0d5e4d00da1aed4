<?php

// Generated from js/truthiness.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class truthiness extends Exchange {
    public function run() {
        $values = [[], [], '', '0', 0, -0.0, NAN, 1, 'a', null, true, false, 0.5];
        $out = [];
        foreach ($values as $value) {
            if (Js::truthy($value)) {
                $out[] = true;
            } else {
                $out[] = false;
            }
            $out[] = !(Js::truthy($value));
        }
        return $out;
    }
}
