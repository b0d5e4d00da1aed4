<?php

// Generated from js/text_search_arguments.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class text_search_arguments extends Exchange {
    public function side($params = null) {
        if ($params === null) {
            $params = [];
        }
        $text = $this->safe_value($params, 'text');
        $prefix = $this->safe_string($params, 'prefix');
        if (Js::startsWith($text, $prefix)) {
            return 'sell';
        }
        return 'buy';
    }

    public function run() {
        $text = $this->safe_value(['text' => 'undefined:1e+21,a,b:true'], 'text');
        return [
            $this->side(['text' => 'BTC/USDT']),
            $this->side(['text' => 'undefined/USDT']),
            Js::startsWith($text, null),
            Js::startsWith(Js::receiver($text, 'startsWith'), $this->safe_string([], 'missing')),
            Js::endsWith($text, true),
            Js::endsWith($text, Js::boundedText(':' . Js::toStr(Js::textLength('true')))),
            Js::endsWith($text, Js::textLength('x') > 0),
            Js::endsWith($text, Js::toStr(1e+21) . ',a,b:true'),
            Js::startsWith($text, ['undefined:1e+21', 'a']),
            Js::endsWith($text, ['b:true']),
            Js::startsWith($text, 1e+21),
        ];
    }
}
