<?php

// The hot primitives of the base class, natively: the methods every parse calls thousands of times.
// js/base/Exchange.js keeps their subset definition as the specification (Node runs it); the Python and PHP
// emitters leave out the methods of transpiler/names.py NATIVE_PRIMITIVES, defined here and in
// python/exchangekit/base/primitives.py, held to the shared vectors (tests/vectors/base/*.json). Fast paths for
// what JSON gives (arrays with string or integer keys, strings, numbers), the general JavaScript semantics (Js)
// for anything else; keys are read as own keys only, like own_value.

namespace exchangekit;

trait Primitives {

    private const INTEGER_DIGITS = 18;  // PHP's integers hold any integer of this many digits (the derivations')
    private const SIGNED_DIGITS_AND_POINTS = '/^[+-]?+[0-9.]*+$/D';  // (see absolute_plain_number)
    private const UNSIGNED_PLAIN = '/^[0-9]*+(?:\.[0-9]*+)?$/D';  // parse_number's usual texts: 12, 1.5, 5., .5
    // Each digit has one place in the pattern: with [0-9]+\.?[0-9]* a failed match backtracked through every way of
    // splitting a run of digits, until PCRE gave up (false, read as no match only by luck).
    private const DECIMAL_STRING = '/^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/D';

    public function safe_value($dictionary, $key, $default_value = null) {
        if (is_array($dictionary) && (is_int($key) || (is_string($key) && $key !== 'length'))) {
            $value = $dictionary[$key] ?? null;
        } elseif ($dictionary === null || $key === null || Js::typeof($dictionary) !== 'object') {
            return $default_value;
        } else {
            $value = $this->own_value($dictionary, $key);
        }
        return ($value === null || $value === '') ? $default_value : $value;
    }

    public function safe_value2($dictionary, $key1, $key2, $default_value = null) {
        return $this->safe_value($dictionary, $key1) ?? $this->safe_value($dictionary, $key2, $default_value);
    }

    public function safe_value_n($dictionary, $keys, $default_value = null) {
        if (!is_array($keys) || !array_is_list($keys)) {
            $keys = Js::elements($keys);  // (read as the loop reaches each: a dictionary's 'length' may be a billion)
        }
        $object = is_array($dictionary) && !array_is_list($dictionary);
        foreach ($keys as $key) {
            // (safe_value's fast path, inline: an object's string key, any array's integer key)
            $value = (is_int($key) && is_array($dictionary)) || (is_string($key) && $object)
                ? ($dictionary[$key] ?? null) : $this->safe_value($dictionary, $key);
            if ($value !== null && $value !== '') {
                return $value;
            }
        }
        return $default_value;
    }

    // The safe* readers below start with safe_value's fast path, inline (a call less per read): any array's string
    // key but 'length' (a list's is an element's or none, as PHP reads '0' as 0), any array's integer key; safe_value
    // for every other container and key. (array_is_list, which walks an array keyed 0 to k - 1 up to its first other
    // key, is asked for 'length' alone: a dictionary of 65,536 such keys and one more made every read walk them,
    // loadMarkets' currencies 22 s in PHP; red-team round 42.)

    public function safe_string($dictionary, $key, $default_value = null) {
        $value = is_array($dictionary) && (is_int($key) || (is_string($key) && $key !== 'length'))
            ? ($dictionary[$key] ?? null) : $this->safe_value($dictionary, $key);
        if (is_string($value)) {
            return $value === '' ? $default_value : $value;
        }
        return $value === null ? $default_value : $this->string_of($value, $default_value);
    }

    public function safe_string2($dictionary, $key1, $key2, $default_value = null) {
        return $this->string_of($this->safe_value($dictionary, $key1) ?? $this->safe_value($dictionary, $key2),
            $default_value);
    }

    public function safe_string_n($dictionary, $keys, $default_value = null) {
        return $this->string_of($this->safe_value_n($dictionary, $keys), $default_value);
    }

    public function string_of($value, $default_value = null) {
        if (is_string($value)) {
            return $value;
        }
        if (is_int($value) || is_float($value)) {
            return $this->number_to_string($value);
        }
        if (is_bool($value)) {
            return $value ? 'true' : 'false';
        }
        return $default_value;
    }

    public function safe_string_lower($dictionary, $key, $default_value = null) {
        $value = $this->safe_string($dictionary, $key);
        return $value === null ? $default_value : Js::lowerCase($value);
    }

    public function safe_string_lower2($dictionary, $key1, $key2, $default_value = null) {
        $value = $this->safe_string2($dictionary, $key1, $key2);
        return $value === null ? $default_value : Js::lowerCase($value);
    }

    public function safe_string_lower_n($dictionary, $keys, $default_value = null) {
        $value = $this->safe_string_n($dictionary, $keys);
        return $value === null ? $default_value : Js::lowerCase($value);
    }

    public function safe_string_upper($dictionary, $key, $default_value = null) {
        $value = $this->safe_string($dictionary, $key);
        return $value === null ? $default_value : Js::upperCase($value);
    }

    public function safe_string_upper2($dictionary, $key1, $key2, $default_value = null) {
        $value = $this->safe_string2($dictionary, $key1, $key2);
        return $value === null ? $default_value : Js::upperCase($value);
    }

    public function safe_string_upper_n($dictionary, $keys, $default_value = null) {
        $value = $this->safe_string_n($dictionary, $keys);
        return $value === null ? $default_value : Js::upperCase($value);
    }

    public function safe_number($dictionary, $key, $default_value = null) {
        $value = is_array($dictionary) && (is_int($key) || (is_string($key) && $key !== 'length'))
            ? ($dictionary[$key] ?? null) : $this->safe_value($dictionary, $key);
        return $this->parse_number($value, $default_value);  // ('' is no number either)
    }

    public function safe_number2($dictionary, $key1, $key2, $default_value = null) {
        return $this->parse_number($this->safe_value($dictionary, $key1) ?? $this->safe_value($dictionary, $key2),
            $default_value);
    }

    public function safe_number_n($dictionary, $keys, $default_value = null) {
        return $this->parse_number($this->safe_value_n($dictionary, $keys), $default_value);
    }

    public function safe_integer($dictionary, $key, $default_value = null) {
        $value = is_array($dictionary) && (is_int($key) || (is_string($key) && $key !== 'length'))
            ? ($dictionary[$key] ?? null) : $this->safe_value($dictionary, $key);
        return is_int($value) ? $value : $this->integer_of($value, $default_value);  // ('' is no number either)
    }

    public function safe_integer2($dictionary, $key1, $key2, $default_value = null) {
        return $this->integer_of($this->safe_value($dictionary, $key1) ?? $this->safe_value($dictionary, $key2),
            $default_value);
    }

    public function safe_integer_n($dictionary, $keys, $default_value = null) {
        return $this->integer_of($this->safe_value_n($dictionary, $keys), $default_value);
    }

    public function integer_of($value, $default_value = null) {
        $number = $this->parse_number($value);
        if ($number === null || (is_float($number) && is_infinite($number))) {
            return $default_value;
        }
        return (is_int($number) && abs($number) < 9007199254740992) ? $number : Js::trunc($number);
    }

    public function safe_integer_product($dictionary, $key, $factor, $default_value = null) {
        return $this->integer_product($this->safe_value($dictionary, $key), $factor, $default_value);
    }

    public function safe_integer_product2($dictionary, $key1, $key2, $factor, $default_value = null) {
        return $this->integer_product($this->safe_value($dictionary, $key1) ?? $this->safe_value($dictionary, $key2),
            $factor, $default_value);
    }

    public function safe_integer_product_n($dictionary, $keys, $factor, $default_value = null) {
        return $this->integer_product($this->safe_value_n($dictionary, $keys), $factor, $default_value);
    }

    // productWithoutFraction (parseNumber (value), factor), or the default.
    private function integer_product($value, $factor, $default_value) {
        $number = $this->parse_number($value);
        if ($number === null || (is_float($number) && is_infinite($number))) {
            return $default_value;
        }
        return $this->product_without_fraction($number, $factor);
    }

    // Exchange.js's excerpt: the first 200 code units of a response's body, or 199 where the 200th is the first half of
    // a surrogate pair (Node's encodeURIComponent refuses the half). A cut through a pair is Unportable, which no catch
    // clause of emitted code sees (red-team round 15): read here, natively.
    public function excerpt($text) {
        $text = $this->redact_secrets($text);  // (before the cut, through which a credential was shown but for its end)
        if (Js::length($text) > 200) {
            try {
                $head = Js::slice($text, 0, 200);
            } catch (Unportable $unportable) {
                $head = Js::slice($text, 0, 199);
            }
            return $head . '...';
        }
        return $text;
    }

    // number x factor truncated toward zero, exactly for the numbers as written (js/base/Exchange.js says how)
    public function product_without_fraction($number, $factor) {
        $thousand = $factor === 1000 || $factor === 1000.0;
        if ($thousand && !is_int($number) && !is_float($number)) {
            $coerced = Js::toNumber($number);  // (Math.abs and Math.round read a text's number; NaN goes on below)
            if (abs($coerced) < 1e12) {
                $number = $coerced;
            }
        }
        if ($thousand && (is_int($number) || is_float($number)) && abs($number) < 1e12) {
            if (is_int($number)) {
                return $number * 1000;
            }
            $nearest = Js::round($number * 1000);
            if ($number >= 0) {
                return $number >= $nearest / 1000 ? $nearest : $nearest - 1;
            }
            return $number <= $nearest / 1000 ? $nearest : $nearest + 1;
        }
        if ($factor === 0.001 && (is_int($number) || is_float($number) && floor($number) == $number)
                && abs($number) < 9007199254740992) {  // (Number.isInteger: -0 and 5.0 too, red-team round 24)
            $quotient = is_int($number) ? intdiv($number, 1000) : (int) ($number / 1000);
            $negative = $number < 0 || is_float($number) && fdiv(1, $number) < 0;
            return $quotient === 0 && $negative ? -0.0 : $quotient;  // (Math.trunc (-0.001) is -0)
        }
        return Js::parseInt(Precise::string_mul($this->number_to_string($number), $this->number_to_string($factor)));
    }

    public function safe_timestamp($dictionary, $key, $default_value = null) {
        return $this->integer_product($this->safe_value($dictionary, $key), 1000, $default_value);
    }

    public function safe_timestamp2($dictionary, $key1, $key2, $default_value = null) {
        return $this->integer_product($this->safe_value($dictionary, $key1) ?? $this->safe_value($dictionary, $key2),
            1000, $default_value);
    }

    public function safe_timestamp_n($dictionary, $keys, $default_value = null) {
        return $this->integer_product($this->safe_value_n($dictionary, $keys), 1000, $default_value);
    }

    public function safe_bool($dictionary, $key, $default_value = null) {
        $value = is_array($dictionary) && (is_int($key) || (is_string($key) && $key !== 'length'))
            ? ($dictionary[$key] ?? null) : $this->safe_value($dictionary, $key);
        return is_bool($value) ? $value : $default_value;
    }

    public function safe_bool2($dictionary, $key1, $key2, $default_value = null) {
        $value = $this->safe_value($dictionary, $key1) ?? $this->safe_value($dictionary, $key2);
        return is_bool($value) ? $value : $default_value;
    }

    public function safe_bool_n($dictionary, $keys, $default_value = null) {
        $value = $this->safe_value_n($dictionary, $keys);
        return is_bool($value) ? $value : $default_value;
    }

    // typeof value === 'object' && !Array.isArray (value): an array with keys other than 0..n-1 (an empty one is
    // a list), or an object.
    private static function object_like($value): bool {
        return is_array($value) ? !array_is_list($value) : Js::typeof($value) === 'object';
    }

    public function safe_dict($dictionary, $key, $default_value = null) {
        $value = is_array($dictionary) && (is_int($key) || (is_string($key) && $key !== 'length'))
            ? ($dictionary[$key] ?? null) : $this->safe_value($dictionary, $key);
        return self::dict_of_value($value, $default_value);
    }

    /** safe_dict of a value read already. */
    private static function dict_of_value($value, $default_value = null) {
        if (is_array($value)) {
            return array_is_list($value) ? $default_value : $value;
        }
        return ($value !== null && Js::typeof($value) === 'object') ? $value : $default_value;
    }

    public function safe_dict2($dictionary, $key1, $key2, $default_value = null) {
        $value = $this->safe_value($dictionary, $key1) ?? $this->safe_value($dictionary, $key2);
        return self::object_like($value) ? $value : $default_value;
    }

    public function safe_dict_n($dictionary, $keys, $default_value = null) {
        $value = $this->safe_value_n($dictionary, $keys);
        return self::object_like($value) ? $value : $default_value;
    }

    public function safe_list($dictionary, $key, $default_value = null) {
        $value = is_array($dictionary) && (is_int($key) || (is_string($key) && $key !== 'length'))
            ? ($dictionary[$key] ?? null) : $this->safe_value($dictionary, $key);
        return (is_array($value) && array_is_list($value)) ? $value : $default_value;
    }

    public function safe_list2($dictionary, $key1, $key2, $default_value = null) {
        $value = $this->safe_value($dictionary, $key1) ?? $this->safe_value($dictionary, $key2);
        return (is_array($value) && array_is_list($value)) ? $value : $default_value;
    }

    public function safe_list_n($dictionary, $keys, $default_value = null) {
        $value = $this->safe_value_n($dictionary, $keys);
        return (is_array($value) && array_is_list($value)) ? $value : $default_value;
    }

    public function number_to_string($value) {
        if (is_int($value) && $value > -1e21 && $value < 1e21) {
            return (string) $value;
        }
        if (!is_int($value) && !is_float($value)) {
            return $value;  // undefined and anything that is not a number, as it is
        }
        $text = Js::toStr($value);
        return str_contains($text, 'e') ? Precise::string_add($text, '0') : $text;
    }

    public function parse_number($value, $default_value = null) {
        if (is_string($value)) {
            if (preg_match(self::UNSIGNED_PLAIN, $value) === 1) {  // (one PCRE match: see Precise::PLAIN)
                $length = strlen($value);
                if (!str_contains($value, '.')) {
                    if ($length > 0 && $length < 16) {  // unsigned digits: an exact integer
                        return (int) $value;
                    }
                } elseif ($length > 1) {  // unsigned [digits].[digits]
                    $number = (float) $value;  // correctly rounded, as parseFloat is
                    return (floor($number) === $number && $number < 9007199254740992) ? (int) $number : $number;
                }
            }
            if (!preg_match(self::DECIMAL_STRING, $value)) {
                return $default_value;
            }
            $number = Js::floatOf($value);
            if (floor($number) === $number && abs($number) < 9007199254740992 && !($number == 0 && $value[0] === '-')) {
                return (int) $number;
            }
            return $number;
        }
        if (is_int($value)) {
            return $value;
        }
        if (is_float($value)) {
            return is_nan($value) ? $default_value : $value;
        }
        return $default_value;
    }

    public function is_decimal_string($text) {
        return is_string($text) && preg_match(self::DECIMAL_STRING, $text) === 1;
    }

    public function extend($a, $b = null) {
        if (is_array($a) && (is_array($b) || $b === null)) {  // objects as PHP arrays, an empty one as []
            if ($b === null || $b === []) {
                if ($a === [] || !array_is_list($a)) {
                    return $a;  // (a copy: PHP arrays are values)
                }
            } elseif (!array_is_list($b)) {
                if ($a === []) {
                    return $b;
                }
                if (!array_is_list($a)) {
                    return array_replace($a, $b);
                }
            }
        }
        return Js::merge($a, $b ?? []);
    }

    public function is_mergeable($value) {
        return is_array($value) ? (!array_is_list($value) || count($value) === 0)
            : ($value !== null && Js::typeof($value) === 'object' && !Js::isArray($value));
    }

    public function deep_extend($a, $b) {
        return $this->deep_extend_level($a, $b, 0);
    }

    public function deep_extend_level($a, $b, $depth) {
        // At most 512 levels, as the specification says (each runtime's stack holds another number).
        if (!(is_int($depth) || is_float($depth)) || !($depth >= 0) || $depth > 512) {
            throw new ExchangeError('deepExtend merges dictionaries nested 512 levels deep at most');
        }
        if (is_array($a) && is_array($b) && ($a === [] || !array_is_list($a)) && ($b === [] || !array_is_list($b))) {
            // Two objects (PHP arrays): a's copy with b's keys, in b's order (Object.keys' order but for integer-like
            // keys, which Js::keys puts first when the result is listed: the same keys end up in the same order),
            // then the keys where both hold objects merged again.
            if ($b === []) {
                return $a;
            }
            if ($a === []) {
                return $b;
            }
            $result = array_replace($a, $b);
            foreach (count($a) <= count($b) ? $a : $b as $key => $unused) {
                $existing = $a[$key] ?? null;
                $value = $b[$key] ?? null;
                if ((is_array($existing) ? ($existing === [] || !array_is_list($existing))
                        : is_object($existing) && $this->is_mergeable($existing))
                        && (is_array($value) ? ($value === [] || !array_is_list($value))
                        : is_object($value) && $this->is_mergeable($value))) {
                    $result[$key] = $this->deep_extend_level($existing, $value, $depth + 1);
                }
            }
            return $result;
        }
        if (!$this->is_mergeable($a) || !$this->is_mergeable($b)) {
            return $b;
        }
        // Both are arrays from here on (objects or empty), and so is extend's copy: own keys are read directly.
        $result = $this->extend($a);
        foreach (Js::keys($b) as $key) {
            $existing = $result[$key] ?? null;
            $value = $b[$key] ?? null;
            if ((is_array($existing) || is_object($existing)) && (is_array($value) || is_object($value))
                    && $this->is_mergeable($existing) && $this->is_mergeable($value)) {
                $value = $this->deep_extend_level($existing, $value, $depth + 1);
            }
            $result[$key] = $value;
        }
        return $result;
    }

    public function sort_by($array, $key, $descending = null, $default_value = null) {
        // A stable sort on entry[key] (entries without it as default_value): PHP's array_multisort of the values and
        // their places where every value is a number other than NaN, else the specification's merge sort with
        // JavaScript's comparisons.
        $descending = Js::truthy($descending ?? false);
        $default_value ??= 0;
        if (is_string($array)) {  // (as the specification: a text is no list to sort)
            throw new BadResponse(Js::toStr($this->id) . ' sent a text where a list to sort was expected');
        }
        if (!is_array($array) || !array_is_list($array)) {
            return $this->merge_sort_by($array, $key, $descending, $default_value);
        }
        // every entry's own value at once (array_column leaves out the entries without the key, and a value that
        // is null or '' takes the slow way, which reads the default)
        $values = (is_int($key) || is_string($key)) ? array_column($array, $key) : [];
        if (count($values) !== count($array)) {
            $values = [];
            foreach ($array as $entry) {
                $values[] = $this->safe_value($entry, $key, $default_value);
            }
        }
        $ordered = true;
        $previous = $values[0] ?? null;
        foreach ($values as $value) {
            if (!(is_int($value) ? ($value > -9007199254740992 && $value < 9007199254740992)
                    : (is_float($value) && $value == $value))) {  // (NaN equals nothing)
                return $this->merge_sort_by($array, $key, $descending, $default_value);
            }
            if ($descending ? $value > $previous : $value < $previous) {
                $ordered = false;
            }
            $previous = $value;
        }
        if ($ordered) {
            return $array;  // (a copy: PHP arrays are values)
        }
        // each value with its place (in an order of chance, see Js::inRandomOrder), sorted by value, then by place:
        // those of equal values keep their order, as in the specification's merge sort
        $positions = Js::inRandomOrder(array_keys($values));
        $keys = [];
        foreach ($positions as $position) {
            $keys[] = $values[$position];
        }
        array_multisort($keys, $descending ? SORT_DESC : SORT_ASC, SORT_NUMERIC, $positions, SORT_ASC, SORT_NUMERIC);
        $result = [];
        foreach ($positions as $position) {
            $result[] = $array[$position];
        }
        return $result;
    }

    private function merge_sort_by($array, $key, $descending, $default_value) {
        if (Js::less(Js::length($array), 2)) {
            return Js::slice($array);
        }
        $middle = Js::floor(Js::divide(Js::length($array), 2));
        $left = $this->merge_sort_by(Js::slice($array, 0, $middle), $key, $descending, $default_value);
        $right = $this->merge_sort_by(Js::slice($array, $middle), $key, $descending, $default_value);
        $result = [];
        $i = 0;
        $j = 0;
        while ($i < count($left) && $j < count($right)) {
            $a = $this->safe_value($left[$i], $key, $default_value);
            $b = $this->safe_value($right[$j], $key, $default_value);
            $take_right = Js::truthy($descending) ? Js::greater($b, $a) : Js::less($b, $a);
            if ($take_right) {
                $result[] = $right[$j++];
            } else {
                $result[] = $left[$i++];
            }
        }
        return array_merge($result, array_slice($left, $i), array_slice($right, $j));
    }

    public function sort_by2($array, $key1, $key2, $descending = null) {
        return $this->sort_by($this->sort_by($array, $key2, $descending), $key1, $descending);
    }

    public function to_array($value) {
        if ($value === null) {
            throw new BadResponse(Js::toStr($this->id) . ' sent no list or dictionary where one was expected');
        }
        return Js::isArray($value) ? $value : Js::values($value);
    }

    public function parse_bid_ask($bidask, $price_key = null, $amount_key = null) {
        $price_key ??= 0;
        $amount_key ??= 1;
        return [$this->safe_number($bidask, $price_key), $this->safe_number($bidask, $amount_key)];
    }

    public function parse_bids_asks($bidasks, $price_key = null, $amount_key = null) {
        if ($bidasks !== null && !is_array($bidasks)) {
            throw new BadResponse(Js::toStr($this->id) . ' sent an order book side that is neither a list nor a dictionary');
        }
        $price_key ??= 0;
        $amount_key ??= 1;
        if (is_array($bidasks) && array_is_list($bidasks) && (is_int($price_key) || is_string($price_key))
                && (is_int($amount_key) || is_string($amount_key))) {
            // The usual book: every level's price and amount plain decimal strings, parsed a column at a time.
            $prices = self::decimal_column(array_column($bidasks, $price_key), count($bidasks));
            $amounts = $prices === null ? null : self::decimal_column(array_column($bidasks, $amount_key), count($bidasks));
            if ($amounts !== null) {
                return count($prices) === 0 ? [] : array_map(null, $prices, $amounts);
            }
        }
        $result = [];
        $direct = is_int($price_key) && is_int($amount_key) && $price_key >= 0 && $amount_key >= 0;
        foreach ($this->to_array($bidasks ?? []) as $entry) {
            if ($direct && is_array($entry) && array_is_list($entry)) {  // [price, amount, ...]: read directly
                $price = $entry[$price_key] ?? null;
                $amount = $entry[$amount_key] ?? null;
                $result[] = [$this->parse_number($price === '' ? null : $price), $this->parse_number($amount === '' ? null : $amount)];
            } else {
                $result[] = $this->parse_bid_ask($entry, $price_key, $amount_key);
            }
        }
        return $result;
    }

    /**
     * The numbers of a column of $count decimal strings, as parse_number reads them, or null unless each is
     * unsigned digits[.digits] with at most 15 digits before the point and no leading zero (but a lone 0): JSON
     * numbers then, decoded at once. Integral values become integers, as parse_number gives them.
     */
    private static function decimal_column(array $column, int $count): ?array {
        if (count($column) !== $count) {  // a level without the key
            return null;
        }
        $json = json_encode($column, JSON_UNESCAPED_SLASHES);  // a string as "...", anything else unquoted
        if ($json === false || !preg_match('/^\[(?:"(?:0|[1-9][0-9]{0,14})(?:\.[0-9]++)?+",?+)*+\]$/D', $json)) {
            return null;
        }
        // Unquoted, and without fractions of zeros ("100.00" is the integer 100)
        $numbers = json_decode(str_replace('"', '', preg_replace('/\.0++"/', '"', $json)), true);
        if (preg_match('/[0-9.]{17}/', $json)) {  // a long fraction, which may round to an integer
            foreach ($numbers as $index => $number) {
                if (is_float($number) && $number == floor($number)) {
                    $numbers[$index] = (int) $number;  // (below 10^15)
                }
            }
        }
        return $numbers;
    }

    // --- maintained order books (streams) --------------------------------------------------------------

    public function book_part($book, $value) {
        // (books are maintained where streams run only; PHP's arrays are values besides)
        $this->check_streaming();
        return $this->extend([], $value);
    }

    public function book_position($levels, $keys, $price, $descending) {
        // The specification's binary search; on the book's own shape (an array of [number, ...] levels by text key,
        // a list of keys, a number) without the general comparisons.
        $descending = Js::truthy($descending);
        if (!is_array($levels) || !is_array($keys) || !array_is_list($keys) || !(is_int($price) || is_float($price))) {
            $low = 0;
            $high = Js::length($keys);
            while (Js::less($low, $high)) {
                $middle = Js::floor(Js::divide(Js::add($low, $high), 2));
                $other = $this->safe_value($this->safe_value($levels, Js::get($keys, $middle)), 0);
                if ($descending ? Js::greater($other, $price) : Js::less($other, $price)) {
                    $low = $middle + 1;
                } else {
                    $high = $middle;
                }
            }
            return $low;
        }
        $low = 0;
        $high = count($keys);
        while ($low < $high) {
            $middle = ($low + $high) >> 1;
            $key = $keys[$middle];
            $level = is_string($key) ? ($levels[$key] ?? null) : $this->safe_value($levels, $key);
            $other = is_array($level) ? ($level[0] ?? null) : null;
            if (is_int($other) || is_float($other)) {
                $better = $descending ? $other > $price : $other < $price;
            } else {
                $other = $this->safe_value($level, 0);
                $better = $descending ? Js::greater($other, $price) : Js::less($other, $price);
            }
            if ($better) {
                $low = $middle + 1;
            } else {
                $high = $middle;
            }
        }
        return $low;
    }

    public function book_levels($levels, $book, $side, $limit) {
        $keys = $this->safe_list($this->safe_dict($book, 'order', []), $side, []);
        $count = ($limit === null) || Js::greater($limit, count($keys)) ? count($keys) : $limit;
        $result = [];
        if (is_int($count) && is_array($levels)) {  // the usual view: an array of levels, a count of them
            foreach (array_slice($keys, 0, max($count, 0)) as $key) {
                $value = is_string($key) ? ($levels[$key] ?? null) : $this->safe_value($levels, $key);
                $result[] = $value === '' ? null : $value;
            }
            return $result;
        }
        for ($i = 0; Js::less($i, $count); $i++) {
            $result[] = $this->safe_value($levels, Js::get($keys, $i));
        }
        return $result;
    }

    public function safe_unsigned($dictionary, $key) {
        return Precise::string_abs($this->safe_string($dictionary, $key));
    }

    public function safe_milliseconds($dictionary, $key) {
        return $this->milliseconds_of($this->safe_integer($dictionary, $key));
    }

    /** safe_milliseconds of a value read already: its integer, null for 0. */
    private function milliseconds_of($value) {
        $timestamp = is_int($value) ? $value : $this->integer_of($value);
        return ($timestamp === 0 || $timestamp === 0.0) ? null : $timestamp;  // (-0.0 === 0.0, as -0 === 0 in JavaScript)
    }

    public function parse_precision($precision) {
        // '3' -> '0.001', '0' -> '1', '-2' -> '100': the tick size of a number of decimal places.
        if ($precision === null) {
            return null;
        }
        $places = Js::parseInt($precision);
        if (is_float($places) && !is_finite($places)) {
            return null;  // no number of places (NaN; Infinity for a text of 309 digits or more): no tick size
        }
        if ($places > 1000 || $places < -1000) {  // (as decimalToPrecision and Precise read them)
            throw new BadResponse(Js::boundedText(Js::toStr($this->id) . ' sent a precision of ' . Js::toStr($precision)
                . ' decimal places; at most 1000 are read'));
        }
        $places = (int) $places;  // (a whole number now: parseInt's float beyond 2^53 was refused above)
        if ($places > 0) {
            return '0.' . str_repeat('0', $places - 1) . '1';
        }
        return '1' . str_repeat('0', -$places);
    }

    public function group_by($array, $key) {
        $result = [];
        $entries = $this->to_array($array);
        $this->check_key_collisions($entries, $key, 'groupBy');
        for ($i = 0; $i < count($entries); $i++) {
            $entry = Js::get($entries, $i);
            $value = $this->safe_value($entry, $key);
            if ($value !== null) {
                $name = $this->key_name($value);
                // Appended in place: a group read out, appended to and assigned back was copied at each entry, time
                // quadratic in one group's size (100,000 entries of one id: 46 s; red-team round 27). (A key, never
                // an element: groups keyed 0 and 5 are no list with nulls between them, as in Node; read as a key of
                // the dictionary it is, so that a first group named 'length' is a group.)
                $result[$name][] = $entry;
            }
        }
        return $result;
    }

    // PHP's arrays hash an integer key by its value and a string by an unseeded function (DJBX33A), so that keys a
    // response chose to collide took indexBy and groupBy time quadratic in their number (a markets list of 65,536
    // such ids, 7 MB: 40 s), and every later read of one of them as long. Past UNCOUNTED_KEYS entries, the keys are
    // counted by the bucket PHP's table would put them in: the writes may cost what MAX_KEY_COLLISIONS allows (the
    // bound of parse_json's guard against colliding keys, one response object of 16,384 members), and past
    // UNCOUNTED_KEYS distinct keys (fewer make a table no longer than one that is not counted) no bucket may hold
    // more than MAX_BUCKET_KEYS keys, each of whose reads walks them all (16,384 colliding market ids, allowed
    // by the first bound alone, made each trade's safeSymbol walk them: 65,536 trades 8.2 s in PHP, 0.2 to 0.4 s in
    // Node and Python; red-team round 42). Keys that differ at random fill a bucket with a handful; integers of a
    // stride of 2^7 (days in seconds) with about 64.
    private const UNCOUNTED_KEYS = 1 << 11;
    private const MAX_KEY_COLLISIONS = 1 << 28;
    private const MAX_BUCKET_KEYS = 256;
    // Up to this many names, a table of them that stops past UNCOUNTED_KEYS distinct ones costs at most TABLED_NAMES
    // times UNCOUNTED_KEYS comparisons however they collide (2^24); where it does not stop, the count of check_names
    // would let them be written (their writes cost as much, under MAX_KEY_COLLISIONS) and is skipped.
    private const TABLED_NAMES = 1 << 13;

    /** bySymbol of js/base/Exchange.js in loops of PHP's own: the emitted ones cost each ticker of parseTickers 5,000
     * instructions (poloniex's tickers 87.8k -> 92.8k an item). Entries that are no list are read as the
     * specification reads them. */
    public function by_symbol($entries, $method) {
        if (!is_array($entries) || !array_is_list($entries)) {
            $read = [];
            for ($i = 0; Js::less($i, Js::length($entries)); $i++) {
                $read[] = Js::get($entries, $i);
            }
            $entries = $read;
        }
        $names = [];
        foreach ($entries as $entry) {
            $names[] = Js::get($entry, 'symbol');
        }
        $this->check_key_names($names, $method);
        $result = [];
        foreach ($names as $index => $name) {
            Js::setKey($result, $name, $entries[$index]);
        }
        return $result;
    }

    /** Refuses (BadResponse) entries whose names under key, as indexBy and groupBy write them, PHP's table would
     * hold in too few buckets: each entry's write walks the distinct keys of its bucket, so that the products of each
     * bucket's entries and its distinct keys may sum to MAX_KEY_COLLISIONS at most, where keys that differ at random
     * sum to about their number. (Distinct keys alone were counted first: 16,384 colliding ids, then 400,000 entries
     * of the first of them, walked the whole chain each, 16 s of indexBy; red-team round 27.) */
    private function check_key_collisions(array $entries, $key, string $method): void {
        if (count($entries) > self::UNCOUNTED_KEYS) {  // (the names read only where they are counted)
            $this->check_key_names(array_map(fn ($entry) => $this->safe_value($entry, $key), $entries), $method);
        }
    }

    /** checkKeyNames of js/base/NativeExchange.js: the names, as keys (undefined ones none), counted by check_names. */
    public function check_key_names($names, $method): void {
        if (!is_array($names) || count($names) <= self::UNCOUNTED_KEYS) {
            return;
        }
        $keys = [];
        foreach ($names as $name) {
            if ($name !== null) {
                $keys[] = $this->key_name($name);
            }
        }
        $this->check_names($keys, Js::toStr($method));
    }

    private function check_names(array $names, string $method): void {
        if (count($names) <= self::TABLED_NAMES && self::few_distinct($names)) {
            return;
        }
        // (sorted, the same names are neighbours, and no table of theirs is made: array_unique's is one; in an order
        // of chance first, see Js::inRandomOrder)
        $names = Js::inRandomOrder($names);
        sort($names, SORT_STRING);
        $distinct = [];  // each name and its entries
        foreach ($names as $name) {
            if ($distinct !== [] && $distinct[count($distinct) - 1][0] === $name) {
                $distinct[count($distinct) - 1][1]++;
            } else {
                $distinct[] = [$name, 1];
            }
        }
        $buckets = 8;  // twice the size of the table PHP makes for this many keys (a power of two, 8 at least)
        while ($buckets < 2 * count($distinct)) {
            $buckets <<= 1;
        }
        $keys = [];  // per bucket, its distinct keys
        $writes = [];  // per bucket, its entries
        foreach ($distinct as [$name, $entries_of_name]) {
            $bucket = self::key_hash($name) & ($buckets - 1);
            $keys[$bucket] = ($keys[$bucket] ?? 0) + 1;
            $writes[$bucket] = ($writes[$bucket] ?? 0) + $entries_of_name;
        }
        $collisions = 0;
        foreach ($keys as $bucket => $count) {
            $collisions += $count * $writes[$bucket];
        }
        if ($collisions > self::MAX_KEY_COLLISIONS
                || (count($distinct) > self::UNCOUNTED_KEYS && max($keys) > self::MAX_BUCKET_KEYS)) {
            throw new BadResponse(Js::toStr($this->id) . ' sent ' . count($names) . ' entries whose names collide in'
                . " PHP's arrays (" . $method . ' would take time quadratic in their number)');
        }
    }

    /** Whether $names hold at most UNCOUNTED_KEYS distinct ones (loadMarkets' currencies: 4,000 names of 2,000
     * markets, 2,003 distinct, which a sort and their hashes took 1.3 ms to count by bucket, 0.1 ms here). */
    private static function few_distinct(array $names): bool {
        $seen = [];
        foreach ($names as $name) {
            if (!isset($seen[$name])) {
                if (count($seen) === self::UNCOUNTED_KEYS) {
                    return false;
                }
                $seen[$name] = true;
            }
        }
        return true;
    }

    /** The low 32 bits of the hash PHP's arrays give key: an integer key's value (a string of a decimal integer is
     * one), or DJBX33A of a string's bytes. */
    private static function key_hash(string $name): int {
        $key = array_key_first([$name => true]);
        if (is_int($key)) {
            return $key & 0xFFFFFFFF;
        }
        $hash = 5381;
        for ($i = 0, $length = strlen($key); $i < $length; $i++) {
            $hash = ($hash * 33 + ord($key[$i])) & 0xFFFFFFFF;
        }
        return $hash;
    }

    public function key_string($value) {
        return (is_int($value) || is_float($value)) ? $this->number_to_string($value) : $value;
    }

    /** The key indexBy and groupBy file a value under: a number as numberToString writes it, anything else as
     * String () does. */
    private function key_name($value): string {
        if (is_string($value)) {
            return $value;
        }
        return (is_int($value) || is_float($value)) ? $this->number_to_string($value) : Js::toStr($value);
    }

    // --- markets and structures ----------------------------------------------------------------------

    // The defaults of safeMarketStructure in js/base/Exchange.js (the vectors hold its result for no market).
    private const MARKET_DEFAULTS = [
        'id' => null,
        'symbol' => null,
        'base' => null,
        'quote' => null,
        'baseId' => null,
        'quoteId' => null,
        'active' => null,
        'type' => 'spot',
        'spot' => true,
        'swap' => false,
        'future' => false,
        'option' => false,
        'contract' => false,
        'linear' => null,
        'inverse' => null,
        'contractSize' => null,
        'settle' => null,
        'settleId' => null,
        'expiry' => null,
        'expiryDatetime' => null,
        'strike' => null,
        'optionType' => null,
        'taker' => null,
        'maker' => null,
        'precision' => ['amount' => null, 'price' => null],
        'limits' => [
            'amount' => ['min' => null, 'max' => null],
            'price' => ['min' => null, 'max' => null],
            'cost' => ['min' => null, 'max' => null],
        ],
        'info' => null,
    ];

    public function safe_market_structure($market = null) {
        // deepExtend (extend (defaults, derived), market) with what it does known in advance: the flags derived from
        // the type, settle and expiry (a spot market without an expiry keeps the defaults'), then the market's keys
        // replace the defaults', but for precision and limits (and limits' amount, price and cost), objects in the
        // defaults whose own values are not, which a market's object extends.
        if ($market === null) {
            return self::MARKET_DEFAULTS;
        }
        $defaults = self::MARKET_DEFAULTS;
        if (!is_array($market) || ($market['type'] ?? 'spot') !== 'spot' || ($market['expiry'] ?? null) !== null) {
            $defaults = $this->market_flags($defaults, $market);
        }
        if (!is_array($market) || ($market !== [] && array_is_list($market))) {
            return $this->deep_extend($defaults, $market);
        }
        $result = array_replace($defaults, $market);
        $precision = $market['precision'] ?? null;
        if ($precision !== null) {
            $result['precision'] = is_array($precision) && ($precision === [] || !array_is_list($precision))
                ? array_replace(self::MARKET_DEFAULTS['precision'], $precision)
                : $this->deep_extend(self::MARKET_DEFAULTS['precision'], $precision);
        }
        $limits = $market['limits'] ?? null;
        if ($limits !== null) {
            if (is_array($limits) && ($limits === [] || !array_is_list($limits))) {
                $merged = array_replace(self::MARKET_DEFAULTS['limits'], $limits);
                foreach (self::MARKET_DEFAULTS['limits'] as $key => $values) {
                    $value = $limits[$key] ?? null;
                    if ($value !== null) {
                        $merged[$key] = is_array($value) && ($value === [] || !array_is_list($value))
                            ? array_replace($values, $value) : $this->deep_extend($values, $value);
                    }
                }
                $result['limits'] = $merged;
            } else {
                $result['limits'] = $this->deep_extend(self::MARKET_DEFAULTS['limits'], $limits);
            }
        }
        return $result;
    }

    private function market_flags(array $defaults, $market): array {
        // The flags the specification derives: spot, swap, future, option and contract from the type, linear and
        // inverse from the currency that settles a contract, expiryDatetime from expiry.
        $type = $this->safe_string($market, 'type', 'spot');
        $contract = $type === 'swap' || $type === 'future' || $type === 'option';
        $defaults['spot'] = $type === 'spot';
        $defaults['swap'] = $type === 'swap';
        $defaults['future'] = $type === 'future';
        $defaults['option'] = $type === 'option';
        $defaults['contract'] = $contract;
        $settle = $this->safe_string($market, 'settle');
        if ($contract && $settle !== null) {
            $defaults['linear'] = $settle === $this->safe_string($market, 'quote');
            $defaults['inverse'] = $settle === $this->safe_string($market, 'base');
        }
        $expiry = $this->safe_integer($market, 'expiry');
        if ($expiry !== null) {
            $defaults['expiryDatetime'] = $this->iso8601($expiry);
        }
        return $defaults;
    }

    /** The markets of an id (marketsById's group), or null. */
    private function markets_of_id($market_id) {
        $by_id = $this->marketsById;
        return (is_string($market_id) && is_array($by_id) && !array_is_list($by_id))
            ? ($by_id[$market_id] ?? null) : ($by_id === null ? null : $this->own_value($by_id, $market_id));
    }

    public function safe_market($market_id = null, $market = null, $delimiter = null, $market_type = null) {
        if ($market_id !== null) {
            $markets_of_id = $this->markets_of_id($market_id);
            if ($markets_of_id !== null) {
                if (is_array($markets_of_id) && count($markets_of_id) > 1) {
                    // one id, several markets (spot and a contract): the one of the type asked for, else the first
                    $wanted = $market_type !== null ? $market_type : $this->safe_string($market, 'type');
                    if ($wanted !== null && !is_array($wanted)) {  // (a dictionary or list is no type: Node's identity)
                        foreach ($markets_of_id as $candidate) {
                            if (Js::get($candidate, 'type') === $wanted) {
                                return $candidate;
                            }
                        }
                    }
                }
                return Js::get($markets_of_id, 0);
            }
            if ($delimiter !== null && Js::indexOf($market_id, $delimiter) > 0) {
                [$base_id, $quote_id] = Js::destructure(Js::split($market_id, $delimiter), 2);
                $base = $this->safe_currency_code($base_id);
                $quote = $this->safe_currency_code($quote_id);
                return $this->safe_market_structure(['id' => $market_id, 'symbol' => Js::toStr($base) . '/' . Js::toStr($quote),
                    'base' => $base, 'quote' => $quote, 'baseId' => $base_id, 'quoteId' => $quote_id]);
            }
            if ($market === null) {
                return $this->safe_market_structure(['id' => $market_id, 'symbol' => $market_id]);
            }
        }
        if ($market !== null) {
            return $market;
        }
        return $this->safe_market_structure();
    }

    public function safe_symbol($market_id = null, $market = null, $delimiter = null, $market_type = null) {
        if ($market_id === null && is_array($market)) {
            return Js::get($market, 'symbol');
        }
        if ($market_id !== null && $delimiter === null && ($market === null || is_array($market))
                && $this->markets_of_id($market_id) === null) {
            // an id of no market (safeTrade's unified symbol, say) is its own symbol, or the given market's: what
            // safe_market returns, without building the whole structure { id, symbol: id } for it
            return $market === null ? $market_id : Js::get($market, 'symbol');
        }
        return Js::get($this->safe_market($market_id, $market, $delimiter, $market_type), 'symbol');
    }

    public function safe_currency($currency_id = null, $currency = null) {
        if ($currency_id === null) {
            return $currency !== null ? $currency : ['id' => null, 'code' => null, 'precision' => null];
        }
        $by_id = $this->currenciesById;
        if ($by_id !== null) {
            $currency_of_id = (is_string($currency_id) && is_array($by_id) && !array_is_list($by_id))
                ? ($by_id[$currency_id] ?? null) : $this->own_value($by_id, $currency_id);
            if ($currency_of_id !== null) {
                return $currency_of_id;
            }
        }
        // (an id that is no string throws, as currencyId.toUpperCase () does: PHP's string parameter took 5 as '5')
        $code = $this->common_currency_code(Js::upperCase(Js::textReceiver($currency_id, 'toUpperCase')));
        return ['id' => $currency_id, 'code' => $code, 'precision' => null];
    }

    public function safe_currency_code($currency_id = null, $currency = null) {
        $by_id = $this->currenciesById;
        if (is_string($currency_id) && ($by_id === null || (is_array($by_id) && !array_is_list($by_id)))) {
            // the usual id: its currency's code, or its common code (as it is while the markets load)
            $currency_of_id = $by_id === null ? null : ($by_id[$currency_id] ?? null);
            if ($currency_of_id === null) {
                return $this->common_currency_code(Js::upperCase($currency_id));
            }
            if (is_array($currency_of_id) && !array_is_list($currency_of_id)) {
                return $currency_of_id['code'] ?? null;
            }
        }
        return Js::get($this->safe_currency($currency_id, $currency), 'code');
    }

    public function common_currency_code($code) {
        return $this->safe_string($this->commonCurrencies, $code, $code);
    }

    public function safe_fees($fee, $raw_fees) {
        $fees = [];
        foreach (Js::elements($raw_fees) as $entry) {
            $parsed = $this->safe_fee($entry);
            if ($parsed !== null) {
                $fees[] = $parsed;
            }
        }
        $single = $this->safe_fee($fee);
        if ($single !== null && count($fees) === 0) {
            $fees[] = $single;
        }
        if ($single === null && count($fees) === 1) {
            $single = $fees[0];
        }
        return [$single, $fees];
    }

    public function safe_trade($trade, $market = null) {
        // Fields read directly: a trade that is not an object (a list, a string) has none of them.
        $fields = (is_array($trade) && !array_is_list($trade)) ? $trade : [];
        return $this->trade_structure($fields['id'] ?? null, $fields['order'] ?? null, $fields['symbol'] ?? null,
            $fields['timestamp'] ?? null, $fields['type'] ?? null, $fields['side'] ?? null,
            $fields['takerOrMaker'] ?? null, $fields['price'] ?? null, $fields['amount'] ?? null,
            $fields['cost'] ?? null, $fields['fee'] ?? null, $fields['fees'] ?? null, $fields['info'] ?? null, $market);
    }

    public function trade_structure($id = null, $order = null, $symbol = null, $timestamp = null, $type = null,
                                    $side = null, $taker_or_maker = null, $price = null, $amount = null, $cost = null,
                                    $fee = null, $fees = null, $info = null, $market = null) {
        // The unified trade of safeTrade's fields, as the specification's tradeStructure takes them. The PHP emitter
        // calls it with the fields of a dictionary written out for safeTrade, as named arguments in their written
        // order, so that the dictionary is never made (a key it does not name is null, as a missing key is).
        $amount = $this->field_text($amount);
        $price = $this->field_text($price);
        $cost = $this->field_text($cost);
        // The specification writes the absolute amount and cost as texts; only their numbers are returned, so an
        // unsigned plain text, its own absolute value, is read as it is.
        $amount_number = $this->absolute_plain_number($amount);
        if ($amount_number === null && $amount !== null) {
            $amount = Precise::string_abs($amount);  // (the product below needs the absolute amount)
            $amount_number = $this->parse_number($amount);
        }
        if ($cost !== null) {
            $cost_number = $this->absolute_plain_number($cost) ?? $this->parse_number(Precise::string_abs($cost));
        } elseif ($amount !== null && $price !== null) {
            $unsigned = $amount[0] === '-' ? Precise::string_abs($amount) : $amount;  // (a plain text, as it was)
            // in a contract market amount counts contracts
            $cost_number = $this->parse_number((is_array($market) && ($market['contract'] ?? null) === true)
                ? $this->contract_value($unsigned, $price, $market) : Precise::string_mul($unsigned, $price));
        } else {
            $cost_number = null;
        }
        $timestamp = $this->milliseconds_of($timestamp);
        $raw_fee = self::dict_of_value($fee);
        $raw_fees = (is_array($fees) && array_is_list($fees)) ? $fees : [];
        [$fee, $fees] = ($raw_fee === null && count($raw_fees) === 0) ? [null, []] : $this->safe_fees($raw_fee, $raw_fees);
        return [
            'id' => $this->field_text($id),
            'order' => $this->field_text($order),
            'symbol' => $this->safe_symbol($this->field_text($symbol), $market),
            'timestamp' => $timestamp,
            'datetime' => $this->iso8601($timestamp),
            'type' => $this->field_text($type),
            'side' => $this->field_text($side),
            'takerOrMaker' => $this->field_text($taker_or_maker),
            'price' => $this->parse_number($price),
            'amount' => $amount_number,
            'cost' => $cost_number,
            'fee' => $fee,
            'fees' => $fees,
            'info' => $info === '' ? null : $info,
        ];
    }

    /** parse_number of a text of digits and points after a sign, without the sign, else null: the specification
     * reads such a text without Precise (so Precise's bound on digits does not apply to it). */
    private function absolute_plain_number(?string $text) {
        if ($text === null) {
            return null;
        }
        if (preg_match(self::SIGNED_DIGITS_AND_POINTS, $text) !== 1) {
            return null;
        }
        return $this->parse_number(($text !== '' && ($text[0] === '-' || $text[0] === '+')) ? substr($text, 1) : $text);
    }

    /** safe_string of a field's value, read already. */
    private function field_text($value): ?string {
        if (is_string($value)) {
            return $value === '' ? null : $value;
        }
        return $this->string_of($value);
    }

    public function safe_ticker($ticker, $market = null) {
        $fields = (is_array($ticker) && !array_is_list($ticker)) ? $ticker : [];  // (as safe_trade reads them)
        return $this->ticker_structure($fields['symbol'] ?? null, $fields['timestamp'] ?? null, $fields['high'] ?? null,
            $fields['low'] ?? null, $fields['bid'] ?? null, $fields['bidVolume'] ?? null, $fields['ask'] ?? null,
            $fields['askVolume'] ?? null, $fields['vwap'] ?? null, $fields['open'] ?? null, $fields['close'] ?? null,
            $fields['last'] ?? null, $fields['previousClose'] ?? null, $fields['change'] ?? null,
            $fields['percentage'] ?? null, $fields['average'] ?? null, $fields['baseVolume'] ?? null,
            $fields['quoteVolume'] ?? null, $fields['info'] ?? null, $market);
    }

    public function ticker_structure($symbol = null, $timestamp = null, $high = null, $low = null, $bid = null,
                                     $bid_volume = null, $ask = null, $ask_volume = null, $vwap = null, $open = null,
                                     $close = null, $last = null, $previous_close = null, $change = null,
                                     $percentage = null, $average = null, $base_volume = null, $quote_volume = null,
                                     $info = null, $market = null) {
        // The unified ticker of safeTicker's fields, called as trade_structure is.
        $open = $this->field_text($open);
        $close = $this->field_text($close);
        $last = $this->field_text($last);
        $change = $this->field_text($change);
        $percentage = $this->field_text($percentage);
        $average = $this->field_text($average);
        $vwap = $this->field_text($vwap);
        $base_volume = $this->field_text($base_volume);
        $quote_volume = $this->field_text($quote_volume);
        if ($vwap === null && $base_volume !== null && $quote_volume !== null) {
            $vwap = self::plain_quotient($quote_volume, $base_volume);
            if ($vwap === false) {
                $vwap = Precise::string_eq($base_volume, '0') ? null : Precise::string_div($quote_volume, $base_volume);
            }
        }
        if ($last !== null && $close === null) {
            $close = $last;
        } elseif ($last === null && $close !== null) {
            $last = $close;
        }
        $derived = ($last !== null && $open !== null)
            ? self::ticker_derivations($last, $open, $change, $percentage, $average) : null;
        $last_number = null;  // (the derivations' number of last and of open, where they read them)
        $open_number = null;
        if ($derived !== null) {
            [$change, $percentage, $average, $last_number, $open_number] = $derived;
        } elseif ($last !== null && $open !== null) {
            $change ??= Precise::string_sub($last, $open);
            $average ??= Precise::string_div(Precise::string_add($last, $open), '2');
        }
        if ($change !== null && $open === null && $last !== null) {
            $open = Precise::string_sub($last, $change);
        }
        if ($percentage === null && $change !== null && $open !== null && Precise::string_gt($open, '0')) {
            // (change x 100) / open with 16 decimals, as the specification computes it (and bounds the product)
            $percentage = Precise::string_div(Precise::string_mul($change, '100'), $open, 16);
        }
        $timestamp = is_int($timestamp) ? $timestamp : $this->integer_of($timestamp);
        return [
            'symbol' => $this->safe_symbol($this->field_text($symbol), $market),
            'timestamp' => $timestamp,
            'datetime' => $this->iso8601($timestamp),
            'high' => $this->parse_number($high),
            'low' => $this->parse_number($low),
            'bid' => $this->parse_number($bid),
            'bidVolume' => $this->parse_number($bid_volume),
            'ask' => $this->parse_number($ask),
            'askVolume' => $this->parse_number($ask_volume),
            'vwap' => $this->parse_number($vwap),
            'open' => $open_number ?? $this->parse_number($open),
            'close' => ($close === $last ? $last_number : null) ?? $this->parse_number($close),
            'last' => $last_number ?? $this->parse_number($last),
            'previousClose' => $this->parse_number($previous_close),
            'change' => $this->parse_number($change),
            'percentage' => $this->parse_number($percentage),
            'average' => $this->parse_number($average),
            'baseVolume' => $this->parse_number($base_volume),
            'quoteVolume' => $this->parse_number($quote_volume),
            'info' => $info === '' ? null : $info,
        ];
    }

    /** [change, percentage, average, last's number, open's number] of a ticker whose last and open are present, those
     * missing derived as above (change = last - open, average = (last + open) / 2, percentage = change * 100 / open
     * with 16 decimals where open > 0), on PHP's integers where last, open and a given change are plain texts whose
     * digits fit: derived values as numbers (what parse_number reads from Precise's texts), given ones as they are;
     * last's and open's numbers as text_number reads them. Null for any other texts, or where a value outgrows the
     * integers (Precise's texts then: six calls, a third of a ticker's time). */
    private static function ticker_derivations(string $last, string $open, ?string $change, ?string $percentage,
                                               ?string $average): ?array {
        $last_scaled = self::scaled_integer($last);
        $open_scaled = self::scaled_integer($open);
        if ($last_scaled === null || $open_scaled === null) {
            return null;
        }
        [$last_integer, $last_decimals] = $last_scaled;
        [$open_integer, $open_decimals] = $open_scaled;
        $decimals = max($last_decimals, $open_decimals);
        $last_integer *= 10 ** ($decimals - $last_decimals);  // (a float where it overflows)
        $open_integer *= 10 ** ($decimals - $open_decimals);
        if (!self::small_integer($last_integer) || !self::small_integer($open_integer)) {
            return null;
        }
        if ($change === null) {
            $change_integer = $last_integer - $open_integer;
            $change_decimals = $decimals;
            $change = self::scaled_number($change_integer, $decimals);
        } elseif ($percentage === null) {
            [$change_integer, $change_decimals] = self::scaled_integer($change) ?? [null, 0];
        }
        if ($percentage === null && $open_integer > 0) {
            // (c / 10^cd) * 100 / (o / 10^d) = c * 100 * 10^d / (o * 10^cd), truncated after 16 decimals
            $dividend = $change_integer === null ? null : $change_integer * 100 * 10 ** $decimals;
            $divisor = $open_integer * 10 ** $change_decimals;
            if (!self::small_integer($dividend) || !self::small_integer($divisor)
                    || $divisor >= 10 ** (self::INTEGER_DIGITS - 2)) {
                return null;
            }
            $percentage = self::quotient_number($dividend, $divisor, 16);
        }
        if ($average === null) {
            // half the sum has one decimal more than the texts: within stringDiv's 18, nothing is truncated
            $tenfold_half = ($last_integer + $open_integer) * 5;
            $average = ($decimals < 18 && self::small_integer($tenfold_half))
                ? self::scaled_number($tenfold_half, $decimals + 1) : null;
        }
        if ($change === null || $average === null) {
            return null;
        }
        return [$change, $percentage, $average, self::text_number($last, $last_integer, $decimals),
            self::text_number($open, $open_integer, $decimals)];
    }

    /** What parse_number reads from a plain text whose value is integer / 10^decimals, from the integer; null where
     * it is 2^53 or more in size (parse_number's own reading decides there). */
    private static function text_number(string $text, int $integer, int $decimals): int|float|null {
        if ($integer === 0 && $text[0] === '-') {
            return -0.0;  // ('-0.0' is -0, where the integer 0 has no sign)
        }
        return ($integer < 9007199254740992 && $integer > -9007199254740992) ? self::scaled_number($integer, $decimals)
            : null;
    }

    /** The number of $numerator / $denominator with 18 decimals, truncated (stringDiv), on PHP's integers for two
     * plain texts whose scaled digits fit (see quotient_number); null where the denominator is 0; false for any other
     * texts (Precise's general path computes them). */
    private static function plain_quotient(string $numerator, string $denominator): int|float|false|null {
        $numerator_scaled = self::scaled_integer($numerator);
        $denominator_scaled = $numerator_scaled === null ? null : self::scaled_integer($denominator);
        if ($denominator_scaled === null) {
            return false;
        }
        [$numerator_integer, $numerator_decimals] = $numerator_scaled;
        [$denominator_integer, $denominator_decimals] = $denominator_scaled;
        if ($denominator_integer === 0) {
            return null;
        }
        // (n / 10^nd) / (d / 10^dd) = n * 10^dd / (d * 10^nd)
        $dividend = $numerator_integer * 10 ** $denominator_decimals;
        $divisor = $denominator_integer * 10 ** $numerator_decimals;
        if (!self::small_integer($dividend) || !self::small_integer($divisor) || abs($divisor) >= 10 ** 16) {
            return false;
        }
        return self::quotient_number($dividend, $divisor, 18);
    }

    /** What parse_number reads from Precise::integer_quotient's text, read from its digits: the same decimal (strtod
     * rounds both correctly), an int where it is whole and below 2^53 in size (0 for a negative quotient truncated to
     * nothing, which Precise writes '0'), without writing and reading the text (0.6 -> 0.41 us a quotient). */
    private static function quotient_number(int $dividend, int $divisor, int $precision): int|float {
        $number = (float) (Precise::quotient_digits($dividend, $divisor, $precision) . 'e-' . $precision);
        return (floor($number) === $number && abs($number) < 9007199254740992) ? (int) $number : $number;
    }

    /** [integer, decimals] of a plain decimal text, [-]digits[.digits] of at most 18 digits, whose value is
     * integer / 10^decimals; null for any other text. */
    private static function scaled_integer(string $text): ?array {
        $digits = strlen($text) - ($text !== '' && $text[0] === '-' ? 1 : 0);
        $decimals = $digits > self::INTEGER_DIGITS + 1 ? null : Precise::plain_scale($text);
        if ($decimals === null) {
            return null;
        }
        if ($decimals === 0) {
            return $digits > self::INTEGER_DIGITS ? null : [(int) $text, 0];
        }
        return [(int) str_replace('.', '', $text), $decimals];
    }

    /** Whether $value is an integer below 10^18 in size (a product that overflowed is a float). */
    private static function small_integer($value): bool {
        return is_int($value) && $value < 10 ** self::INTEGER_DIGITS && $value > -(10 ** self::INTEGER_DIGITS);
    }

    /** integer / 10^decimals as parse_number reads its text (decimals <= 22: the quotient of two exact doubles is
     * correctly rounded, as strtod is; an integral one an int); null beyond 2^53, where the integer is no double. */
    private static function scaled_number(int $integer, int $decimals): int|float|null {
        if ($integer > 9007199254740992 || $integer < -9007199254740992) {
            return null;
        }
        $number = $integer / 10 ** $decimals;  // (an int where the division is exact)
        return (is_float($number) && floor($number) === $number) ? (int) $number : $number;
    }

    // --- lists ---------------------------------------------------------------------------------------

    public function parse_trades($trades, $market = null, $since = null, $limit = null, $params = null) {
        $params ??= [];
        $result = [];
        foreach ($this->to_array($trades) as $entry) {
            $trade = $this->parse_trade($entry, $market);
            $result[] = $params === [] ? $trade : $this->extend($trade, $params);  // as parse_trade gives it, or extended
        }
        $symbol = $market === null ? null : Js::get($market, 'symbol');
        return $this->filter_by_symbol_since_limit($this->sort_by($result, 'timestamp'), $symbol, $since, $limit);
    }

    public function filter_by_since_limit($array, $since = null, $limit = null, $key = null, $tail = null) {
        return $this->filter_by_value_since_limit($array, null, null, $since, $limit, $key, $tail);
    }

    public function filter_by_symbol_since_limit($array, $symbol = null, $since = null, $limit = null, $tail = null) {
        return $this->filter_by_value_since_limit($array, 'symbol', $symbol, $since, $limit, 'timestamp', $tail);
    }

    public function filter_by_value_since_limit($array, $field, $value = null, $since = null, $limit = null, $key = null, $tail = null) {
        $key ??= 'timestamp';
        $entries = $this->to_array($array);
        if ($value === null && $since === null) {
            $result = $entries;  // nothing to leave out
        } else {
            $result = [];
            // the usual symbol: a non-empty string, which only the same string equals (strictEqual is ===)
            $text = is_string($value) && $value !== '' && is_string($field);
            foreach ($entries as $entry) {
                if ($value !== null) {
                    $own = ($text && is_array($entry) && !array_is_list($entry)) ? ($entry[$field] ?? null)
                        : $this->safe_value($entry, $field);
                    // (a dictionary or list matches nothing: Node and Python compare its identity, PHP its contents)
                    if ($text ? $own !== $value : (is_array($value) || !Js::strictEqual($own, $value))) {
                        continue;
                    }
                }
                if ($since !== null) {
                    $entry_since = $this->safe_value($entry, $key);
                    if ($entry_since === null || !Js::greaterEqual($entry_since, $since)) {
                        continue;
                    }
                }
                $result[] = $entry;
            }
        }
        if ($limit === null || Js::lessEqual(count($result), $limit)) {
            return $result;
        }
        if (Js::truthy($tail)) {
            return Js::slice($result, Js::subtract(count($result), $limit));
        }
        return Js::slice($result, 0, $limit);
    }

    public function index_by($array, $key) {
        $result = [];
        $own = is_string($key) || is_int($key);
        $entries = $this->to_array($array);
        $this->check_key_collisions($entries, $key, 'indexBy');
        foreach ($entries as $entry) {
            $value = ($own && is_array($entry) && (is_int($key) || !array_is_list($entry)))
                ? ($entry[$key] ?? null) : $this->safe_value($entry, $key);
            if (is_string($value)) {  // the usual id or symbol: the key itself
                if ($value !== '') {
                    $result[$value] = $entry;
                }
            } elseif ($value !== null) {
                $result[$this->key_name($value)] = $entry;
            }
        }
        return $result;
    }
}
