<?php

// Generated from js/to_string_method.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class to_string_method extends Exchange {
    public function run() {
        $n = 1.5;
        $list = [1, [2, 3]];
        $missing = null;
        $thrown = false;
        try {
            Js::toString($missing);
        } catch (Uncatchable $uncatchable) {
            throw $uncatchable;
        } catch (\Throwable $e) {
            $this->rethrow_uncaught($e);
            $thrown = true;
        }
        return [Js::toString($n), Js::toString($list), Js::toString(true), Js::toString('text'), $thrown];
    }
}
