<?php

// Generated from js/element_keys.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class element_keys extends Exchange {
    public function run() {
        // Only ASCII digits name an element: '\u0661' (ARABIC-INDIC ONE), '\u00b2' and '\uff11' are plain keys, kept in
        // insertion order after the indices; '1\n' is no index. Arrays' and strings' keys are their indices.
        $parsed = $this->parse_json('{"b": 1, "\\u0661": 2, "0": 3, "\\u00b2": 4, "\\uff11": 5}');
        $text = 'aéb😀c';
        $x = 'x';
        for ($i = 0; $i < 12; $i++) {
            $x .= Js::within($x, $x);
        }
        $x .= Js::within($x, 'é');
        $count = 0;
        for ($i = 0; $i < Js::textLength($x); $i++) {
            if ((Js::charAt($x, $i) === 'x') && (Js::get($x, $i) === 'x')) {
                $count = Js::number($count + 1);
            }
        }
        return [
            Js::keys($parsed),
            Js::values($parsed),
            $this->json($parsed),
            $this->safe_value(['x', 'y'], "1\n"),
            $this->safe_value(['x', 'y'], '١'),
            $this->safe_value(['x', 'y'], '1'),
            Js::get($text, '1'),
            Js::get($text, '5'),
            Js::keys(['p', 'q']),
            Js::values(['p', 'q']),
            Js::keys('ab'),
            Js::values('aé'),
            $this->pluck([[1, 2], [3, 4]], 1),
            $count,
        ];
    }
}
