<?php

// Generated from js/replace_first.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class replace_first extends Exchange {
    public function run() {
        return [
            Js::replace('a-a-a', 'a', 'b'),
            Js::replace('x.y.z', '.', ''),
            Js::replace('abc', 'b', '[$&]'),
            Js::replace('abc', 'b', '$$'),
            Js::replace('abc', 'b', '$`|$\''),
            Js::replace('none', 'q', 'r'),
            Js::replace('a$b', '$', '%'),
        ];
    }
}
