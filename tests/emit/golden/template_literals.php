<?php

// Generated from js/template_literals.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class template_literals extends Exchange {
    public function run() {
        $n = 3;
        $name = 'x';
        return [
            'plain',
            Js::toStr($n),
            Js::boundedText('a' . Js::toStr($n) . 'b' . $name . 'c'),
            Js::toStr(Js::number($n + 1.5)),
            Js::toStr([1, 2]),
            "line\n        break",
            Js::toStr(null),
        ];
    }
}
