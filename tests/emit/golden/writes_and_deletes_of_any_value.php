<?php

// Generated from js/writes_and_deletes_of_any_value.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class writes_and_deletes_of_any_value extends Exchange {
    public function run() {
        // A key written into, or deleted from, a value that is no dictionary, as the data may make it: PHP made an
        // array of undefined and wrote into a text, Python's own write failed on a list, and both deleted from
        // undefined, a text or a list's length, where Node threw (red-team round 28).
        $texts = ['null', '"abc"', '["a", "b"]', '5', '{"a": 1}'];
        $results = [];
        for ($i = 0; $i < count($texts); $i++) {
            $written = $this->parse_json($texts[$i]);
            $write = 'wrote';
            try {
                Js::set($written, '0', 'z');
            } catch (Uncatchable $uncatchable) {
                throw $uncatchable;
            } catch (\Throwable $e) {
                $this->rethrow_uncaught($e);
                $write = 'threw';
            }
            $keys = ['x', '2', 'length'];
            $deletes = [];
            for ($j = 0; $j < count($keys); $j++) {
                $value = $this->parse_json($texts[$i]);
                try {
                    Js::delete($value, $keys[$j]);
                    $deletes[] = 'deleted';
                } catch (Uncatchable $uncatchable) {
                    throw $uncatchable;
                } catch (\Throwable $e) {
                    $this->rethrow_uncaught($e);
                    $deletes[] = 'threw';
                }
            }
            $results[] = [$write, $this->json($written), $deletes];
        }
        $request = null;
        if (count($results) > 10) {
            $request = [];
        }
        $side = 'buy';
        try {
            Js::set($request, 'amount', '1');
        } catch (Uncatchable $uncatchable) {
            throw $uncatchable;
        } catch (\Throwable $e) {
            $this->rethrow_uncaught($e);
            $side = 'sell';
        }
        return [$results, $side];
    }
}
