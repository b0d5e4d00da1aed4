<?php

// Generated from js/error_thrown.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class error_thrown extends Exchange {
    public function run() {
        $attempts = [];
        try {
            throw new RateLimitExceeded('slow down');
        } catch (Uncatchable $uncatchable) {
            throw $uncatchable;
        } catch (\Throwable $e) {
            $this->rethrow_uncaught($e);
            $attempts[] = 1;
            throw $e;
        }
    }
}
