<?php

// Generated from js/parse_numbers.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class parse_numbers extends Exchange {
    public function run() {
        return [
            Js::parseInt('12px'),
            Js::parseInt('0x1A'),
            Js::parseInt('  -42'),
            Js::parseInt('abc'),
            Js::parseFloat('3.14abc'),
            Js::parseFloat('.5'),
            Js::parseInt('101', 2),
            Js::parseFloat('1e3'),
            Js::parseInt('08'),
            Js::parseFloat('-0.0'),
            Js::parseInt('ff', 16),
            Js::parseFloat('Infinity'),
            Js::parseInt('1e3'),
            Js::parseFloat('  7  '),
            Js::parseInt('9007199254740993'),
            Js::parseInt('-123456789012345678901234.5'),
            Js::parseInt('99999999999999999999'),
        ];
    }
}
