<?php

// Generated from js/big_numbers.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class big_numbers extends Exchange {
    public function run() {
        return [
            9007199254740992.0,
            '' . Js::toStr(9007199254740992.0),
            9007199254740991,
            Js::multiply(1e+300, 10),
            Js::multiply(2, 1e+308),
            '' . Js::toStr(123456789012),
            255,
            1000,
        ];
    }
}
