<?php

// Generated from js/string_methods.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class string_methods extends Exchange {
    public function run() {
        $text = "  Mixed Case\t\n";
        $trimmed = Js::trim($text);
        return [
            Js::upperCase($trimmed),
            Js::lowerCase($trimmed),
            str_starts_with($trimmed, 'Mixed'),
            str_ends_with($trimmed, 'Case'),
            str_contains($trimmed, 'd C'),
            Js::padStart('5', 3, '0'),
            Js::padEnd('ab', 5, 'xy'),
            Js::charAt('abc', 1),
            Js::charAt('abc', 7),
            Js::split('a,b,,c', ','),
            Js::split('abc', ''),
            Js::slice('hello', -3),
            Js::slice('hello', 1, -1),
            Js::slice('hello', 3, 1),
            Js::padStart('x', 1),
            Js::upperCase('ß'),
            Js::trim(" \u{a0}nbsp "),
            Js::padStart('5', Js::parseInt('x'), '0'),
            Js::padEnd('ab', Js::negate(INF), 'x'),
            Js::charAt('abc', NAN),
            Js::charAt('abc', INF),
            Js::charAt('abc', 1.7),
            Js::padStart('7', 2.9, '0'),
        ];
    }
}
