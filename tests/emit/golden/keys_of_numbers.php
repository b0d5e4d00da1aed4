<?php

// Generated from js/keys_of_numbers.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class keys_of_numbers extends Exchange {
    public function price_of($order) {
        return Js::get($order, 'price');
    }

    public function run() {
        $response = $this->parse_json('{"result": 5, "flag": true, "ratio": 1.5, "list": [ 7 ]}');
        $out = [];
        $names = ['result', 'flag', 'ratio'];
        for ($i = 0; $i < count($names); $i++) {
            $value = $this->safe_value($response, $names[$i]);
            $read = 'none';
            try {
                $read = $this->price_of($value) === null ? 'undefined' : 'defined';
            } catch (Uncatchable $uncatchable) {
                throw $uncatchable;
            } catch (\Throwable $e) {
                $this->rethrow_uncaught($e);
                $read = 'thrown';
            }
            $out[] = [
                $read,
                Js::get($value, 0),
                Js::get($value, 'length'),
                $this->safe_value($value, 'price', 'default'),
            ];
        }
        $list = Js::get($response, 'list');
        $out[] = Js::get(Js::get($list, 0), 'id');
        return $out;
    }
}
