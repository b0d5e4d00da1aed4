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
            mb_strlen($word, 'UTF-8'),
            mb_strlen($empty, 'UTF-8'),
            mb_strlen('abc', 'UTF-8'),
            count([]),
            Js::length($this->pick([1])),
            Js::length($this->pick('xy')),
        ];
    }
}
