<?php

// Generated from js/pow_edges.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class pow_edges extends Exchange {
    public function pick($value) {
        return $value;
    }

    public function run() {
        $zero = $this->pick(0);
        $negative_zero = $this->pick(-0.0);
        $infinity = $this->pick(INF);
        $nan = $this->pick(NAN);
        return [
            Js::pow($zero, -1),
            Js::pow($negative_zero, -1),
            Js::pow($negative_zero, -3),
            Js::pow($negative_zero, -2),
            Js::pow($zero, -0.5),
            Js::pow($negative_zero, -0.5),
            Js::pow($zero, Js::negate($infinity)),
            Js::pow($zero, $zero),
            Js::pow($zero, 0.5),
            Js::divide(1, Js::pow($negative_zero, 3)),
            Js::divide(1, Js::pow($negative_zero, 2)),
            Js::pow(1, $infinity),
            Js::pow(-1, $infinity),
            Js::pow(1, Js::negate($infinity)),
            Js::pow(1, $nan),
            Js::pow($nan, 0),
            Js::pow($nan, 1),
            Js::pow(0.5, $infinity),
            Js::pow(2, Js::negate($infinity)),
            Js::pow($infinity, -1),
            Js::pow(Js::negate($infinity), 3),
            Js::pow(Js::negate($infinity), 2),
            Js::divide(1, Js::pow(Js::negate($infinity), -3)),
            Js::pow(-8, Js::divide(1, 3)),
            Js::pow(-2, 0.5),
            Js::pow(2, 0.5),
            Js::pow(-2, 3),
            Js::pow(2, 1024),
            Js::pow(-2, 1025),
            Js::pow(-0.5, -1075),
            Js::pow('2', '3'),
            Js::pow(null, 0),
        ];
    }
}
