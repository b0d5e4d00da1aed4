<?php

// Generated from js/sleep_arguments.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class sleep_arguments extends Exchange {
    public function nap($value) {
        try {
            $this->sleep($value);
            return 'slept';
        } catch (Uncatchable $uncatchable) {
            throw $uncatchable;
        } catch (\Throwable $err) {
            $this->rethrow_uncaught($err);
            return 'threw';
        }
    }

    public function run() {
        // this.sleep takes a number of 0 to 2^31 - 1 milliseconds: Node's setTimeout waited 1 ms for any other value,
        // where Python sync raised for a negative, a text or undefined, asyncio for a text, and PHP read a text's number.
        $parsed = $this->parse_json('{"wait": -5, "text": "3", "frac": 0.4}');
        $results = [];
        $results[] = $this->nap(Js::get($parsed, 'wait'));
        $results[] = $this->nap(Js::get($parsed, 'text'));
        $results[] = $this->nap(Js::get($parsed, 'frac'));
        $results[] = $this->nap(Js::get($parsed, 'missing'));
        $results[] = $this->nap(NAN);
        $results[] = $this->nap(Js::negate(INF));
        $results[] = $this->nap([]);
        return $results;
    }
}
