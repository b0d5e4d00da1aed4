<?php

// Generated from js/try_catch_finally.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class try_catch_finally extends Exchange {
    public function run() {
        $out = [];
        // (finally blocks are not part of the subset: SUB-T008)
        try {
            $out[] = 'try';
            throw new InsufficientFunds('no money');
        } catch (Uncatchable $uncatchable) {
            throw $uncatchable;
        } catch (\Throwable $e) {
            if (!($e instanceof InsufficientFunds)) {
                throw $e;
            }
            $out[] = 'caught';
            $out[] = $e instanceof ExchangeError;
            $out[] = $e instanceof NetworkError;
        }
        $out[] = 'after';
        try {
            $out[] = 'again';
        } catch (Uncatchable $uncatchable) {
            throw $uncatchable;
        } catch (\Throwable $e) {
            $this->rethrow_uncaught($e);
            $out[] = 'not reached';
        }
        return $out;
    }
}
