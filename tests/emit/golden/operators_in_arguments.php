<?php

// Generated from js/operators_in_arguments.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class operators_in_arguments extends Exchange {
    public function run() {
        $s = 'xyz';
        $c = $this->id === 'x';
        $a = '';
        $b = 'q';
        $t = !($this->id === 'x');
        $f = false;
        $results = [];
        $results[] = str_contains($s, $c ? 'a' : 'b');
        $results[] = str_contains($s, Js::truthy($_value1 = $a) ? $_value1 : $b);
        $results[] = str_contains($s, Js::truthy($_value2 = $b) ? $a : $_value2);
        if (str_contains($s, $c ? 'y' : 'q')) {
            $results[] = 'taken';
        } else {
            $results[] = 'skipped';
        }
        $results[] = ($t ? $f : $t) ? 'a' : 'b';
        return $results;
    }

    // Not run: its emitted form is what is checked (the goldens). A delete changes state as a call does, so the receiver
    // is checked before it (red-team round 53), but the TypeError of an undefined receiver is one no catch clause sees,
    // so only the next call on the instance could tell the order.
    public function delete_before_receiver() {
        Js::set($this->options, 'k', '1');
        $missing = $this->safe_string($this->options, 'missing');
        return Js::includes(Js::receiver($missing, 'includes'), Js::delete($this->options, 'k') ? 'a' : 'b');
    }
}
