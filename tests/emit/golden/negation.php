<?php

// Generated from js/negation.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class negation extends Exchange {
    public function run() {
        $yes = true;
        $no = false;
        $empty = '';
        $word = 'x';
        return [
            !($yes && $no),
            !($no || $yes),
            !($yes ? $no : $yes),
            !((($empty !== '') ? 'a' : 'b') !== ''),
            !((($word !== '') ? $empty : $word) !== ''),
            !((Js::truthy($_value1 = $empty) ? $_value1 : $word) !== ''),
            !(!($yes && $yes)),
            !(Js::strictEqual($yes, $no)),
            !(($word === 'x') && $yes),
        ];
    }
}
