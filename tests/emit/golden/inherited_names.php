<?php

// Generated from js/inherited_names.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class inherited_names extends Exchange {
    public function run() {
        $entries = [['toString' => 1], ['a' => null], ['hasOwnProperty' => 'x'], []];
        $markets = [
            [
                'base' => 'hasOwnProperty',
                'quote' => 'toString',
                'baseId' => 'c',
                'quoteId' => 't',
                'precision' => ['amount' => 1, 'price' => 2],
            ],
            [
                'base' => 'valueOf',
                'quote' => 'hasOwnProperty',
                'baseId' => 'v',
                'quoteId' => 'c2',
                'precision' => ['amount' => 3, 'price' => 4],
            ],
        ];
        $currencies = $this->currencies_from_markets($markets);
        return [
            $this->pluck($entries, 'toString'),
            $this->pluck($entries, 'a'),
            $this->pluck($entries, 'hasOwnProperty'),
            $currencies,
            Js::has(['price' => 1], 'price'),
        ];
    }
}
