<?php

// Generated from js/try_catch_finally.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class try_catch_finally extends Exchange {
    public function run() {
        $out = [];
        try {
            $out[] = 'try';
            throw new InsufficientFunds('no money');
        } catch (Unportable $unportable) {
            throw $unportable;
        } catch (\Throwable $e) {
            $out[] = 'caught';
            $out[] = $e instanceof ExchangeError;
            $out[] = $e instanceof NetworkError;
        } finally {
            $out[] = 'finally';
        }
        try {
            $out[] = 'again';
        } finally {
            $out[] = 'finally again';
        }
        return $out;
    }
}
