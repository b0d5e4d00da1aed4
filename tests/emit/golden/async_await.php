<?php

// Generated from js/async_await.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class async_await extends Exchange {
    public function fetch_value($value) {
        return Js::multiply($value, 10);
    }

    public function run() {
        $first = $this->fetch_value(1);
        $pair = [$this->fetch_value(2), $this->fetch_value(3)];
        $rest = [];
        for ($i = 4; $i < 7; $i++) {
            $rest[] = $this->fetch_value($i);
        }
        return [$first, $pair, $rest];
    }
}
