<?php

// Generated from js/surrogate_pairs.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class surrogate_pairs extends Exchange {
    public function run() {
        // JavaScript strings are UTF-16: an escaped surrogate pair is the character it encodes.
        $escaped = '😀';
        $braces = '😀';
        $written = '😀';
        $keys = ['𝄞' => 'clef'];
        return [
            $escaped,
            $braces,
            $written,
            $escaped === $written,
            $braces === $written,
            '<😀>',
            Js::get($keys, '𝄞'),
            Js::boundedText($escaped . $written),
            Js::indexOf('a😀b', 'b') > 0,
        ];
    }
}
