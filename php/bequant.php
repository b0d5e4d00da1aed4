<?php

// Generated from js/bequant.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class bequant extends hitbtc {
    public function describe() {
        return $this->deep_extend(
            parent::describe(),
            [
                'id' => 'bequant',
                'name' => 'Bequant',
                'countries' => ['MT'],
                'urls' => [
                    'logo' => 'https://bequant.io/favicon.ico',
                    'api' => [
                        'public' => 'https://api.bequant.io/api/3',
                        'private' => 'https://api.bequant.io/api/3',
                    ],
                    'www' => 'https://bequant.io',
                    'doc' => 'https://api.bequant.io/',
                    'fees' => 'https://bequant.io/fees-and-limits',
                ],
                'fees' => [
                    'trading' => [
                        'tierBased' => true,
                        'percentage' => true,
                        'taker' => 0.002,
                        'maker' => 0.001,
                    ],
                ],
            ],
        );
    }
}
