<?php

// Generated from js/async_await.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class async_await extends Exchange {
    public function fetch_value($value) {
        return Js::multiply($value, 10);
    }

    public function run() {
        $first = $this->fetch_value(1);
        $pair = Js::promiseAll(
            [Js::settle($this->fetch_value(...), 2), Js::settle($this->fetch_value(...), 3)],
        );
        $pending = [];
        for ($i = 4; $i < 7; $i++) {
            $pending[] = Js::settle($this->fetch_value(...), $i);
        }
        $rest = Js::promiseAll($pending);
        return [$first, $pair, $rest];
    }
}
