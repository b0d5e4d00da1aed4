<?php

// Generated from js/switch_statement.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class switch_statement extends Exchange {
    public function classify($value) {
        $_switch1 = true;
        if (Js::strictEqual($_switch1, Js::less($value, 10))) {
            return 'small';
        } else {
            return 'large';
        }
    }

    public function run() {
        $out = [];
        $inputs = ['a', 'b', 'c', 'd', 1, '1'];
        foreach ($inputs as $input) {
            if ($input === 'a') {
                $out[] = 'first';
            } elseif (($input === 'b') || ($input === 'c')) {
                $out[] = 'second or third';
            } elseif (Js::strictEqual($input, 1)) {
                $out[] = 'number one';
            } else {
                $out[] = 'other';
            }
        }
        return Js::concat($out, [$this->classify(5), $this->classify(50)]);
    }
}
