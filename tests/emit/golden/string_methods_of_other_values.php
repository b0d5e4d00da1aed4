<?php

// Generated from js/string_methods_of_other_values.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class string_methods_of_other_values extends Exchange {
    public function attempt($value, $method) {
        // A string method of what a response holds, whatever its type: only strings have one (a number or a boolean
        // was its text to PHP, null was '', and a dictionary's join its keys in Python, its values in PHP).
        try {
            if ($method === 'trim') {
                return Js::trim($value);
            } elseif ($method === 'toUpperCase') {
                return Js::upperCase(Js::textReceiver($value, 'toUpperCase'));
            } elseif ($method === 'toLowerCase') {
                return Js::lowerCase(Js::textReceiver($value, 'toLowerCase'));
            } elseif ($method === 'startsWith') {
                return Js::startsWith($value, '1');
            } elseif ($method === 'endsWith') {
                return Js::endsWith($value, '2');
            } elseif ($method === 'split') {
                return Js::split($value, ',');
            } elseif ($method === 'replace') {
                return Js::replace($value, '1', 'x');
            } elseif ($method === 'padStart') {
                return Js::padStart($value, 4, '0');
            } elseif ($method === 'padEnd') {
                return Js::padEnd($value, 4, '0');
            } elseif ($method === 'charAt') {
                return Js::charAt($value, 0);
            } elseif ($method === 'join') {
                return Js::join($value, '-');
            }
        } catch (Uncatchable $uncatchable) {
            throw $uncatchable;
        } catch (\Throwable $e) {
            $this->rethrow_uncaught($e);
            return 'threw';
        }
        return 'unknown';
    }

    public function run() {
        $response = $this->parse_json('{"values":[12,true,1.5,null,{"a":"b"},"12",["1","2"]]}');
        $values = $this->safe_list($response, 'values');
        $methods = [
            'trim',
            'toUpperCase',
            'toLowerCase',
            'startsWith',
            'endsWith',
            'split',
            'replace',
            'padStart',
            'padEnd',
            'charAt',
            'join',
        ];
        $results = [];
        for ($i = 0; Js::less($i, Js::length($values)); $i++) {
            for ($j = 0; $j < count($methods); $j++) {
                $results[] = $this->attempt(Js::get($values, $i), $methods[$j]);
            }
        }
        return $results;
    }
}
