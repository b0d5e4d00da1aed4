<?php

// Generated from js/indexed_reads.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class indexed_reads extends Exchange {
    public function run($given = null) {
        if ($given === null) {
            $given = ['p', 'q'];
        }
        // a[i] in `for (let i = 0; i < a.length; i++)` over a fresh array that nothing changes or hands on: the
        // native subscript. Every other read keeps the helper, which answers undefined past the end.
        $out = [];
        $ids = Js::keys(['b' => 1, 'a' => 2, '10' => 3]);
        for ($i = 0; $i < count($ids); $i++) {
            $out[] = $ids[$i];
        }
        $letters = ['x', 'y', 'z'];
        for ($i = 1; $i < count($letters); $i++) {
            $out[] = Js::add($letters[$i], Js::get($letters, $i - 1)); // (i - 1: the helper)
        }
        $grown = ['g'];
        for ($i = 0; $i < count($grown); $i++) {
            if (count($grown) < 3) {
                $grown[] = Js::boundedText(
                    Js::toStr(Js::get($grown, $i)) . '!',
                ); // changed while read: the helper
            }
        }
        $out[] = Js::join($grown, ',');
        $handed = Js::values(['a' => 'h']);
        $out[] = $this->first($handed); // handed on: the helper
        for ($i = 0; $i < count($handed); $i++) {
            $out[] = Js::get($handed, $i);
        }
        for ($i = 0; Js::less($i, Js::length($given)); $i++) {
            $out[] = Js::get($given, $i); // a parameter: the helper
        }
        $outer = ['o1', 'o2'];
        $inner = ['i1'];
        for ($i = 0; $i < count($outer); $i++) {
            $out[] = Js::get($inner, $i); // bounded by another array: the helper (undefined once)
        }
        for ($i = 0; $i <= count($letters); $i++) {
            $out[] = Js::get($letters, $i); // up to the length: the helper (undefined at the end)
        }
        return $out;
    }

    public function first($values) {
        return Js::get($values, 0);
    }
}
