<?php

// Generated from js/astral_characters.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class astral_characters extends Exchange {
    public function run() {
        // JavaScript counts, finds, cuts and orders strings in UTF-16 code units: a character beyond U+FFFF (an
        // emoji, the G clef) is a surrogate pair, two units. Every cut here keeps each pair whole.
        $text = 'a😀b𝄞c';
        $names = ['ﬁx', '😀y', 'z', '�w'];
        Js::sort($names);
        $chars = [];
        for ($i = 0; $i < Js::textLength($text); $i++) {
            if (($i == 0) || ($i == 3) || ($i == 6)) {
                $chars[] = Js::get($text, $i);
            }
        }
        return [
            Js::textLength($text),
            Js::indexOf($text, 'b'),
            Js::indexOf($text, 'c'),
            Js::indexOf($text, '𝄞'),
            Js::slice($text, 1, 3),
            Js::slice($text, -1),
            Js::slice($text, -3),
            Js::slice($text, 3, 6),
            Js::charAt($text, 3),
            Js::charAt($text, 6),
            $chars,
            Js::padStart('b', 5, '😀'),
            Js::padEnd('b', 3, '𝄞'),
            Js::padStart($text, 9, '-'),
            $names,
            Js::less('ﬁ', '😀'),
            Js::less('😀', '�'),
            Js::less('a', '😀'),
            Js::split('abc', ''),
            Js::join([Js::textLength($text), Js::textLength('x😀')], ' '),
            str_contains($text, '😀b'),
            str_starts_with($text, 'a😀'),
        ];
    }
}
