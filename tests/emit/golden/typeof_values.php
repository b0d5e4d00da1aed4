<?php

// Generated from js/typeof_values.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class typeof_values extends Exchange {
    public function run() {
        $values = [1, 'a', true, null, [], [], 1.5, NAN];
        $out = [];
        foreach ($values as $value) {
            $out[] = [
                Js::typeof($value) === 'number',
                Js::typeof($value) === 'string',
                Js::typeof($value) === 'boolean',
                Js::typeof($value) === 'undefined',
                Js::typeof($value) === 'object',
            ];
        }
        return $out;
    }
}
