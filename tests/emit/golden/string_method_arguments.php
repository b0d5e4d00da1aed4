<?php

// Generated from js/string_method_arguments.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class string_method_arguments extends Exchange {
    public function pick($value) {
        return $value;
    }

    public function run() {
        $list = $this->pick([1, [2, 3], null]);
        $text = $this->pick('a1b,undefined c');
        $nothing = null;
        $one = 1;
        return [
            Js::join($list, $nothing),
            Js::join($list, $one),
            Js::join($list),
            Js::join([[1, [2, null]], null], ';'),
            Js::indexOf($text, $one),
            Js::includes($text, $one),
            Js::indexOf($text, $nothing),
            Js::includes($text, $nothing),
            Js::indexOf($text, true),
            Js::split($text, $nothing),
            Js::split($text, $one),
            Js::split($text, ['b', ',']),
            Js::replace($text, $one, 'X'),
            Js::replace($text, 'b', $one),
            Js::replace($text, $nothing, '<$&>'),
            Js::padStart($text, 18, $one),
            Js::padEnd($text, 17, ['x', 'y']),
            Js::padStart($text, 18, $nothing),
            Js::padEnd($text, 16, $nothing),
            Js::parseInt('12', NAN),
            Js::parseInt('12', 0),
            Js::parseInt('0x1f', 0),
            Js::parseInt('0x1f', $nothing),
            Js::parseInt('ff', '16'),
            Js::parseInt('  -0x1f'),
            Js::parseInt('11', 2.9),
            Js::parseInt('12', 1),
            Js::parseInt('12', 37),
        ];
    }
}
