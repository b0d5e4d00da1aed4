<?php

// Generated from js/undefined_checks.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class undefined_checks extends Exchange {
    public function run() {
        $x = null;
        $o = ['k' => null, 'v' => 0];
        return [
            $x === null,
            Js::get($o, 'k') === null,
            Js::get($o, 'missing') === null,
            Js::get($o, 'v') === null,
            Js::typeof($x) === 'undefined',
            $x !== null,
            !(Js::typeof(Js::get($o, 'v')) === 'undefined'),
        ];
    }
}
