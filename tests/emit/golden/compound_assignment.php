<?php

// Generated from js/compound_assignment.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class compound_assignment extends Exchange {
    public function run() {
        $text = 'a';
        $text .= Js::within($text, 'b');
        $text .= Js::within($text, Js::toStr(1));
        $n = 10;
        $n = Js::number($n - 3);
        $n = Js::multiply($n, 2);
        $n = Js::divide($n, 4);
        $n = Js::modulo($n, 2);
        $o = ['k' => 1, 's' => 'x'];
        $o['k'] = Js::add(Js::get($o, 'k'), 5);
        $o['s'] = Js::boundedText(Js::toStr(Js::get($o, 's')) . 'y');
        $list = [1, 2];
        Js::set($list, 0, Js::multiply(Js::get($list, 0), 10), true);
        $counter = 0;
        $counter = Js::number($counter + 1);
        $counter = Js::number($counter - 1);
        $counter = Js::number($counter + 1);
        $o['k'] = Js::add(Js::get($o, 'k'), 1);
        Js::set($list, 1, Js::subtract(Js::get($list, 1), 1), true);
        Js::set($list, 2, 'grown', true); // (at the end: past it, a hole, which Python and PHP refuse)
        return [$text, $n, $o, $list, $counter];
    }
}
