<?php

// Generated from js/counters_from_data.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class counters_from_data extends Exchange {
    public function run() {
        // A loop counter whose start comes from the data, or that a dictionary's own `length` bounds, is no short
        // count: Python and PHP stepped it natively past 2^53, exactly, where Node rounds (red-team round 29: a start
        // of 2^53 - 1 from a response chose another side in Node).
        $start = Js::parseInt('9007199254740991');
        $unbounded = ['length' => INF];
        $from_data = [];
        for ($i = $start; Js::less($i, Js::length($unbounded)); $i = Js::number($i + 2)) {
            $from_data[] = Js::number($i - $start);
            if (count($from_data) >= 3) {
                break;
            }
        }
        $written_far = [];
        for ($i = 9007199254740991; Js::less($i, Js::length($unbounded)); $i = Js::number($i + 1)) {
            $written_far[] = Js::number($i - 9007199254740990);
            if (count($written_far) >= 4) {
                break;
            }
        }
        $wide_steps = [];
        for ($i = 0; Js::less($i, Js::length($unbounded)); $i = Js::number($i + 4294967295)) {
            if ($i > 9007199254740000) {
                $wide_steps[] = Js::number($i - 9007199254740000);
            }
            if (count($wide_steps) >= 2) {
                break;
            }
        }
        return [
            $from_data,
            $written_far,
            $wide_steps,
            Js::strictEqual(Js::get($from_data, 2), 4) ? 'buy' : 'sell',
        ];
    }
}
