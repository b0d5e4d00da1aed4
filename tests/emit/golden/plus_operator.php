<?php

// Generated from js/plus_operator.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class plus_operator extends Exchange {
    public function pick($value) {
        return $value;
    }

    public function run() {
        $s = 'text';
        $n = 2;
        $unknown = $this->pick('7');
        return [
            Js::number(1 + 2),
            '1' . Js::toStr(2),
            Js::toStr(1) . '2',
            'a' . 'b',
            Js::boundedText(Js::toStr(Js::number(1 + 2)) . '3'),
            Js::boundedText('1' . Js::toStr(2) . Js::toStr(3)),
            Js::boundedText(Js::toStr([1, 2]) . ''),
            Js::add(true, 1),
            Js::number(1.5 + 0.25),
            Js::boundedText($s . Js::toStr($n)),
            Js::boundedText(Js::toStr($n) . $s),
            Js::add($unknown, 1),
            Js::add($unknown, $unknown),
            Js::add(1, null),
        ];
    }
}
