<?php

// Generated from js/conditional_expression.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class conditional_expression extends Exchange {
    public function run() {
        $values = [-5, 0, 5, 50];
        $out = [];
        foreach ($values as $v) {
            $out[] = Js::less($v, 0) ? 'negative' : (
                Js::strictEqual($v, 0) ? 'zero' : (Js::less($v, 10) ? 'small' : 'large')
            );
            $out[] = Js::truthy($v) ? 'truthy' : 'falsy';
        }
        return $out;
    }
}
