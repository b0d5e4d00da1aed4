<?php

// Generated from js/modulo.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class modulo extends Exchange {
    public function run() {
        return [
            Js::modulo(-7, 3),
            Js::modulo(7, -3),
            Js::modulo(5.5, 2),
            Js::modulo(-5.5, 2),
            Js::modulo(10, 5),
            Js::modulo(0, 3),
            Js::modulo(7, 0),
            Js::modulo(2, 3),
        ];
    }
}
