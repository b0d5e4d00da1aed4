<?php

// Generated from js/loops.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class loops extends Exchange {
    public function run() {
        $out = [];
        $i = 0;
        while ($i < 3) {
            $out[] = $i;
            $i = Js::number($i + 1);
        }
        foreach (['x', 'y'] as $item) {
            $out[] = $item;
        }
        $grow = [1];
        for ($_index1 = 0; $_index1 < count($grow); $_index1++) {
            $value = $grow[$_index1];
            if (Js::less($value, 3)) {
                $grow[] = Js::add($value, 1);
            }
        }
        $out[] = $grow;
        while (false) {
            $out[] = 'never';
        }
        return $out;
    }
}
