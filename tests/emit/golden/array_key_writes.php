<?php

// Generated from js/array_key_writes.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class array_key_writes extends Exchange {
    public function run() {
        // Keys computed at run time: 'length' cuts an array, an index written as a text names its element. (A length
        // or an index past the end leaves holes in Node, which Python and PHP refuse: tests/security/test_list_holes.py.)
        $length_key = 'len' . 'gth';
        $index_key = '' . Js::toStr(2);
        $cut = [1, 2, 3];
        Js::set($cut, $length_key, 1, true);
        $padded = [1];
        Js::set($padded, $length_key, 1, true);
        $set = ['a', 'b'];
        Js::set($set, $index_key, 'e', true);
        Js::set($set, '' . Js::toStr(0), 'z', true);
        // (a length of -1 is a RangeError that no catch clause sees, as Node's bound on a list's length:
        // tests/security/test_uncaught_differences.py)
        return [$cut, $padded, $set];
    }
}
