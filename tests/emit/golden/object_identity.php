<?php

// Generated from js/object_identity.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class object_identity extends Exchange {
    public function run() {
        $list = [1];
        // (two dictionaries or lists are not compared: SUB-E022; a container with itself or with a plain value is)
        return [
            Js::strictEqual($list, $list),
            Js::strictEqual($list, 1),
            [] === null,
            !([] === 'a'),
            Js::typeof($list) === 'object',
        ];
    }
}
