<?php

// Generated from js/negative_zero.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class negative_zero extends Exchange {
    public function pick($value) {
        return $value;
    }

    public function run() {
        $negative = $this->pick(-0.4);
        $zero = $this->pick(0);
        $negative_zero = $this->pick(-0.0);
        return [
            Js::divide(1, Js::round($negative)),
            Js::divide(1, Js::round(-0.5)),
            Js::divide(1, Js::round($negative_zero)),
            Js::divide(1, Js::round(0.2)),
            Js::round(-0.6),
            Js::round(-2.5),
            Js::divide(1, Js::ceil($negative)),
            Js::divide(1, Js::ceil(-0.99)),
            Js::ceil(-1.5),
            Js::divide(1, Js::ceil(0.5)),
            Js::divide(1, Js::trunc($negative)),
            Js::divide(1, Js::trunc(0.7)),
            Js::trunc(-1.7),
            Js::divide(1, Js::floor($negative_zero)),
            Js::divide(1, Js::floor(0.3)),
            Js::floor(-0.3),
            Js::divide(1, Js::min($zero, $negative_zero)),
            Js::divide(1, Js::min($negative_zero, $zero)),
            Js::divide(1, Js::min($zero, 1)),
            Js::divide(1, Js::max($negative_zero, $zero)),
            Js::divide(1, Js::max($zero, $negative_zero)),
            Js::divide(1, Js::max($negative_zero, -1)),
            Js::divide(1, Js::abs($negative_zero)),
            Js::divide(1, Js::sqrt($negative_zero)),
            Js::min($negative_zero),
            Js::max($negative),
            Js::round($negative) == 0,
            Js::toStr(Js::round($negative)),
        ];
    }
}
