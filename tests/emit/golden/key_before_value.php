<?php

// Generated from js/key_before_value.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class key_before_value extends Exchange {
    public function bump() {
        Js::set($this->options, 'k', 'second');
        return 'v';
    }

    public function bump_later() {
        Js::set($this->options, 'k', 'third');
        return 'w';
    }

    // JavaScript computes a key before the value it writes there; Python's d[k] = v the value first (red-team round 34)
    public function run() {
        Js::set($this->options, 'k', 'first');
        $d = [];
        $d[Js::boundedText('x' . Js::toStr($this->bump()))] = Js::get($this->options, 'k');
        Js::set($this->options, 'k', 'first');
        $d[Js::boundedText('y' . Js::toStr(Js::get($this->options, 'k')))] = $this->bump_later();
        Js::set($this->options, 'k', 'first');
        $e = ['z' => 1];
        $e[Js::boundedText('q' . Js::toStr(Js::get($this->options, 'k')))] = $this->bump();
        return [$d, $e];
    }
}
