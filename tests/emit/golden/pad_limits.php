<?php

// Generated from js/pad_limits.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class pad_limits extends Exchange {
    public function run() {
        // Past the longest string V8 makes (2^29 - 24 code units) padStart and padEnd throw (a RangeError in Node):
        // a length read from a response never costs gigabytes.
        $results = [];
        $lengths = [536870889, 600000000, 5];
        for ($i = 0; $i < count($lengths); $i++) {
            try {
                $results[] = [
                    Js::textLength(Js::padStart('x', $lengths[$i], 'ab')),
                    Js::textLength(Js::padEnd('x', $lengths[$i])),
                ];
            } catch (Uncatchable $uncatchable) {
                throw $uncatchable;
            } catch (\Throwable $e) {
                $this->rethrow_uncaught($e);
                $results[] = 'refused';
            }
        }
        return $results;
    }
}
