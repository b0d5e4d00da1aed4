<?php

// Generated from js/astral_halves.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class astral_halves extends Exchange {
    public function run() {
        // A cut through a surrogate pair: JavaScript makes a lone surrogate, which no UTF-8 text (Python's I/O, PHP's
        // strings) can hold; Python and PHP throw instead (a known difference).
        return Js::slice('a😀b', 0, 2);
    }
}
