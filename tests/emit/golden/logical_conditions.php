<?php

// Generated from js/logical_conditions.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class logical_conditions extends Exchange {
    public function run() {
        // || and && as the test of if, while, ?: and !: each operand is tested on its own, with JavaScript's
        // truthiness ('0' and [] are true, NaN and -0 false), and the right one only when the left leaves it open.
        $values = [0, -0.0, 1, '', '0', 'a', [], [], null, NAN, false, true];
        $results = [];
        $calls = 0;
        for ($i = 0; $i < count($values); $i++) {
            for ($j = 0; $j < count($values); $j++) {
                $a = $values[$i];
                $b = $values[$j];
                $row = '';
                if (Js::truthy($a) || Js::truthy($b)) {
                    $row .= Js::within($row, 'o');
                }
                if (Js::truthy($a) && Js::truthy($b)) {
                    $row .= Js::within($row, 'a');
                }
                $row .= Js::within($row, (Js::truthy($a) && !(Js::truthy($b))) ? 'x' : '-');
                if (!(Js::truthy($a) || Js::truthy($b)) || (Js::truthy($a) && Js::truthy($b) && ($i > $j))) {
                    $row .= Js::within($row, 'n');
                }
                if (($i == $j) && Js::truthy($this->counted($a))) {
                    $calls = Js::number($calls + 1);
                }
                if (Js::truthy($a) && (($i == 0) || ($j == 0))) {
                    $row .= Js::within($row, 'e'); // a compound test inside another keeps its grouping
                }
                if ((($i == 1) || Js::truthy($b)) && (($j == 2) || ($i == $j))) {
                    $row .= Js::within($row, 'g');
                }
                $results[] = $row;
            }
        }
        $k = 0;
        while (($k < count($values)) && (Js::get($values, $k) !== null)) {
            $k = Js::number($k + 1);
        }
        return [$results, $calls, $k];
    }

    public function counted($value) {
        return $value;
    }
}
