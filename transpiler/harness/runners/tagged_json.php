<?php

// The JSON the runners print results in, as tagged_json.mjs writes it: Js::jsonStringify's, but with NaN, Infinity,
// -Infinity and -0 written as {"$number": "NaN"} (...) wherever they occur, and a key of the data that could be read
// as such a tag ($number, $$number, ...) written with one more $.

use exchangekit\Js;

function tagged($value) {
    if (is_float($value)) {
        if (is_nan($value)) {
            return ['$number' => 'NaN'];
        }
        if (is_infinite($value)) {
            return ['$number' => $value > 0 ? 'Infinity' : '-Infinity'];
        }
        return $value == 0 && fdiv(1, $value) < 0 ? ['$number' => '-0'] : $value;
    }
    if (!is_array($value)) {
        return $value;
    }
    $dictionary = !Js::isArray($value);
    $copy = [];
    foreach ($value as $key => $item) {  // (a loop: each level of array_map's callback took a C stack frame)
        $escaped = $dictionary && is_string($key) && preg_match('/^\$+number\z/', $key) === 1;
        $copy[$escaped ? '$' . $key : $key] = tagged($item);
    }
    return $copy;
}

function tagged_json($value): string {
    return Js::jsonStringify(tagged($value));
}
