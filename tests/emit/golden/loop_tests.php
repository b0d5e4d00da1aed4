<?php

// Generated from js/loop_tests.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class loop_tests extends Exchange {
    public function part($i) {
        return Js::boundedText('p' . Js::toStr($this->number_to_string($i)));
    }

    public function run() {
        $levels = [5, 4, 3, 2, 1];
        $newest = [];
        for ($k = count($levels) - 1; ($k >= 0) && (count($newest) < 3); $k = Js::number($k - 1)) {
            $newest[] = Js::get($levels, $k);
        }
        $j = 0;
        while (($j < 2) || (count($newest) > 10)) {
            $j = Js::number($j + 1);
        }
        $done = false;
        $rounds = 0;
        while (!($done)) {
            $rounds = Js::number($rounds + 1);
            $done = $rounds >= 4;
        }
        $found = null;
        $index = 0;
        while ($found === null) {
            if (Js::less(Js::get($levels, $index), 3)) {
                $found = Js::get($levels, $index);
            }
            $index = Js::number($index + 1);
        }
        $skipped = 0;
        for ($i = 0; ($i < count($levels)) && ($skipped < 10); $i = Js::number($i + 1)) {
            if (Js::modulo(Js::get($levels, $i), 2) == 0) {
                $skipped = Js::number($skipped + 1);
                continue;
            }
        }
        $text = '';
        $other = 'x';
        for ($i = 0; $i < 4; $i++) {
            $text .= Js::within($text, Js::toStr($this->part($i)) . ':' . Js::toStr($i) . ';');
            $other .= Js::within($other, Js::toStr($i));
        }
        $forever = 0;
        for (; ; ) {
            $forever = Js::number($forever + 1);
            if ($forever > 2) {
                break;
            }
        }
        return [$newest, $j, $rounds, $found, $index, $skipped, $text, $other, $forever];
    }
}
