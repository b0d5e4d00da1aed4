<?php

// Generated from js/keys_that_throw.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class keys_that_throw extends Exchange {
    public function bump() {
        Js::set($this->options, 'bumped', true);
        return 1;
    }

    public function mark() {
        Js::set($this->options, 'marked', true);
        return 'abc';
    }

    // `key in x` throws where x holds a boolean, a number or a string: JavaScript computes the key before the value,
    // and the receiver before the argument, so that bump () never ran and mark () did; Python computed the value and
    // the argument first (red-team round 58)
    public function run() {
        Js::set($this->options, 'bumped', false);
        Js::set($this->options, 'marked', false);
        $flag = true;
        $d = ['k' => 0];
        try {
            $d[Js::has($flag, 'x') ? 'a' : 'b'] = $this->bump();
        } catch (Uncatchable $uncatchable) {
            throw $uncatchable;
        } catch (\Throwable $e) {
            $this->rethrow_uncaught($e);
        }
        $found = false;
        try {
            $found = str_contains(
                $this->safe_string(['s' => $this->mark()], 's', ''),
                Js::has($flag, 'x') ? 'a' : 'b',
            );
        } catch (Uncatchable $uncatchable) {
            throw $uncatchable;
        } catch (\Throwable $e) {
            $this->rethrow_uncaught($e);
        }
        return [
            $d,
            $found,
            $this->safe_bool($this->options, 'bumped'),
            $this->safe_bool($this->options, 'marked'),
        ];
    }
}
