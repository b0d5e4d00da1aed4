<?php

// Generated from js/reserved_names.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class reserved_names extends Exchange {
    public function in_($value) {
        $none = $value;
        $true = Js::boundedText(Js::toStr($none) . '!');
        return $true;
    }

    public function run() {
        $from = 1;
        $list = [$from];
        $type = 'kind';
        $len = 3;
        $self = 'me';
        $js = 'helper';
        $str = 'string';
        $market_id = 'BTCUSD';
        $print = 2;
        return [$from, $list, $type, $len, $self, $js, $str, $market_id, $print, $this->in_('x')];
    }
}
