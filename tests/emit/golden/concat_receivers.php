<?php

// Generated from js/concat_receivers.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class concat_receivers extends Exchange {
    public function pick($value) {
        return $value;
    }

    public function run() {
        $text = $this->pick('ab');
        $list = $this->pick([1, 2]);
        $number = $this->pick(5);
        $thrown = 'none';
        try {
            Js::concat($number, [1]);
        } catch (Uncatchable $uncatchable) {
            throw $uncatchable;
        } catch (\Throwable $e) {
            $this->rethrow_uncaught($e);
            $thrown = 'threw';
        }
        return [
            Js::concat($text, 'cd'),
            Js::concat($text, 'cd', 'ef'),
            Js::concat($text, 1, [2, 3], null, true),
            Js::concat($text),
            Js::concat($text, []),
            Js::concat($list, [3], 4, [[5]]),
            Js::concat($list, 'xy'),
            Js::concat($list),
            $thrown,
        ];
    }
}
