<?php

// Generated from js/number_keys_of_objects.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class number_keys_of_objects extends Exchange {
    public function run() {
        // A number key written into an empty object names a key, as in JavaScript: PHP, which cannot tell {} from [],
        // took it for a list and padded it with nulls up to the index (an id of 10^12 from a response exhausted the
        // memory). A list written far past its end gets a key too beyond JavaScript's last index, 2^32 - 2.
        $orders = $this->parse_json(
            '[{"id": 5, "side": "buy"}, {"id": 3, "side": "sell"}, {"id": 1000000000000, "side": "buy"}]',
        );
        $by_id = [];
        for ($i = 0; Js::less($i, Js::length($orders)); $i++) {
            Js::setKey(
                $by_id,
                Js::get(Js::get($orders, $i), 'id'),
                $this->safe_string(Js::get($orders, $i), 'side'),
            );
        }
        $result = [];
        Js::setKey($result, 2, 'x');
        $defaulted = $this->extend([], $this->safe_dict(Js::get($orders, 0), 'missing', []));
        Js::setKey($defaulted, 7, 'y');
        $zero = [];
        Js::setKey($zero, -0.0, 'z');
        Js::setKey($zero, 1e+21, 'w');
        return [
            Js::keys($by_id),
            $this->json($by_id),
            $this->json($result),
            Js::keys($result),
            Js::isArray($result),
            $this->safe_dict(['r' => $result], 'r'),
            $this->json($defaulted),
            $this->json($zero),
        ];
    }
}
