<?php

// Generated from js/safe_read_truth.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class safe_read_truth extends Exchange {
    public function run() {
        // What the safe reads give (a string or undefined, a boolean or undefined) tested and chosen natively:
        // '' and undefined are false, '0' is true (false in PHP), false and undefined are false.
        $data = [
            'empty' => '',
            'zero' => '0',
            'text' => 'a',
            'no' => false,
            'yes' => true,
            'number' => 0,
            'list' => [],
        ];
        $keys = ['empty', 'zero', 'text', 'no', 'yes', 'number', 'list', 'missing'];
        $results = [];
        for ($i = 0; $i < count($keys); $i++) {
            $key = $keys[$i];
            $text = $this->safe_string($data, $key);
            $flag = $this->safe_bool($data, $key);
            $lower = $this->safe_string_lower($data, $key, '');
            $row = [
                Js::truthy($text) ? 'T' : 'F',
                $flag ? 'T' : 'F',
                !(Js::truthy($text)),
                !($flag),
                Js::truthy($_value1 = $text) ? $_value1 : 'fallback',
                Js::truthy($_value2 = $flag) ? $_value2 : 'fallback',
                Js::truthy($_value3 = $text) ? 'and' : $_value3,
                Js::truthy($_value4 = $flag) ? 'and' : $_value4,
                Js::truthy($_value5 = $lower) ? $_value5 : 'none',
                Js::truthy($_value6 = $this->safe_string2($data, $key, 'zero')) ? $_value6 : 'none',
            ];
            if (Js::truthy($text) && !($flag)) {
                $row[] = 'text only';
            }
            if ($flag || ($text === 'a')) {
                $row[] = 'either';
            }
            $results[] = $row;
        }
        $compared = [
            Precise::string_gt('1', '0') ? 'gt' : 'le',
            Precise::string_eq(null, '0') ? 'eq' : 'missing',
            !(Precise::string_lt('1', '2')),
            Js::truthy($_value7 = Precise::string_ge('2', '2')) ? $_value7 : 'no',
            Js::truthy($_value8 = Precise::string_le(null, '1')) ? $_value8 : 'no',
        ];
        return [$results, $compared];
    }
}
