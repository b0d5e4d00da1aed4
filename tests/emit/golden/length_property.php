<?php

// Generated from js/length_property.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class length_property extends Exchange {
    public function pick($value) {
        return $value;
    }

    public function run() {
        $items = [1, 2, 3];
        $word = 'héllo';
        $empty = '';
        return [
            count($items),
            Js::textLength($word),
            Js::textLength($empty),
            Js::textLength('abc'),
            count([]),
            Js::length($this->pick([1])),
            Js::length($this->pick('xy')),
        ];
    }
}
