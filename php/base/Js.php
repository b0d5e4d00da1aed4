<?php

// JavaScript's semantics where PHP's differ: the helpers that generated code calls.
//
// The emitters call these only where the types they infer do not prove that the native PHP form
// means the same. Values follow the JavaScript model: undefined and null are null, numbers are
// int or float, objects and arrays are PHP arrays (string keys for objects). Each helper mirrors
// python/exchangekit/base/js.py and is tested against Node on the same programs.

namespace exchangekit;

// What PHP does where Node goes on, and neither can do as the other: a key other than an index written into a list (a
// property of the array in Node), a list filled far past its end (a hole in Node), lists nested deeper than PHP's stack
// holds (Node's throws at its own depth). A catch clause of exchange code does not catch it (the emitter writes
// `catch (Uncatchable $uncatchable) { throw $uncatchable; }` first): a file cannot branch on the runtime it runs in;
// the call fails in PHP instead.
class Unportable extends \Error implements Uncatchable {
}

final class Js {
    // A JSON string, skipped by the patterns below ((*SKIP)(*F)); one that no quote ends (the text is then no JSON)
    // reaches the end of the text, else every quote after it opened another match that scanned to the end: time
    // quadratic in a text's quotes, before json_decode refused it. So does one whose backslash escapes a line break
    // (no JSON either), which `.` does not match (320 KB took PHP 14 s; red-team round 27).
    private const JSON_STRING = '"[^"\\\\]*+(?:\\\\(?s:.)[^"\\\\]*+)*+(?:"|\\\\?+\\z)(*SKIP)(*F)';
    // The same in a text whose escaped backslashes and quotes are masked (see outsideStrings): a string is then a quote,
    // no quote, a quote, which PCRE matches at a cost of its own per string. JSON_STRING's repeated group costs one step
    // of pcre.backtrack_limit an escape: a string of a million escapes failed the match (red-team round 51).
    private const MASKED_STRING = '"[^"]*+(?:"|\\z)(*SKIP)(*F)';

    // Outside a JSON string (strings are skipped), a number literal that json_decode may give as a float with an
    // integral value, which JavaScript holds as an integer: one with an exponent, one whose fraction is only
    // zeros, or one with 16 digits or more (a fraction of 15 digits or fewer, not all zeros, stays a fraction in
    // a double). Any other float literal is a float in both. An integer of 16 digits may be beyond 2^53, which
    // JavaScript reads as the nearest double and json_decode as an exact int: normalised makes it that double.
    private const INTEGRAL_FLOAT = '/' . self::JSON_STRING . '|[0-9][eE]|\.0*+(?![0-9])|[0-9.]{16}/';

    // A -0 followed by what can end a JSON number (a string may hold such a run too, and so may an exponent, 1e-0: it
    // only costs the replacement), opening with its literal for PCRE to look for; and the integer literal -0 outside
    // the strings (not an exponent's, which json_decode refused once written -0.0).
    private const NEGATIVE_ZERO = '/-0[ \t\n\r]*+(?:[,\]}]|$)/';
    private const NEGATIVE_ZERO_LITERAL = '/' . self::MASKED_STRING . '|(?<![eE])-0(?![0-9.eE])/';

    // An exponent of five significant digits or more: PHP's strtod reads one beyond 19999 (or of more than eight
    // digits) as 19999, so that a mantissa of 20,000 digits or more that makes up for it was read 10^k times too large
    // or too small ('1' and 20,000 zeros 'e-20000' was 10, where JavaScript and Python read 1).
    private const LONG_EXPONENT = '/[eE][+-]?0*+[1-9][0-9]{4}/';
    // Such a number outside the strings of a JSON text (a longer run than JSON's numbers is only read, never changed),
    // as JSON writes it: none of another form (00e10000, .5e10000) is rewritten into one that json_decode reads.
    private const EXPONENT_NUMBER = '/' . self::MASKED_STRING
        . '|(?<![0-9.])-?(?:0|[1-9][0-9]*+)(?:\.[0-9]++)?[eE][+-]?[0-9]++/';
    private const SPLIT_DECIMAL = '/^([+-]?)([0-9]*+)(?:\.([0-9]*+))?[eE]([+-]?)0*+([0-9]*+)$/D';

    // JavaScript's StrDecimalLiteral.
    // Each digit has one place in the pattern, so a failed match cannot backtrack through the ways of splitting a run.
    private const DECIMAL = '/^[+-]?(?:Infinity|(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)/';
    // Digits of an integer in any base of 2 or more whose value is past the largest double (parseInt: Infinity).
    private const MAX_DOUBLE_DIGITS = 1100;
    // The radixes whose parseInt Node rounds once, correctly (the spec lets an implementation approximate the others),
    // and the largest multiplier of a chunk of digits in the others, so that it times any radix fits in 32 bits.
    private const EXACT_RADIXES = [2, 4, 8, 10, 16, 32];
    private const CHUNK_LIMIT = 119304647;  // 0xFFFFFFFF / 36
    private const JSON_FLAGS = JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_LINE_TERMINATORS;
    public const WHITESPACE = "\t\n\x0B\f\r \u{A0}\u{1680}\u{2000}\u{2001}\u{2002}\u{2003}\u{2004}\u{2005}"
        . "\u{2006}\u{2007}\u{2008}\u{2009}\u{200A}\u{2028}\u{2029}\u{202F}\u{205F}\u{3000}\u{FEFF}";
    // WHITESPACE's characters as keys, for trim's walk back (made from it once).
    private static ?array $whitespaceCharacters = null;

    public static function typeof($value): string {
        if ($value === null) {
            return 'undefined';
        }
        if (is_bool($value)) {
            return 'boolean';
        }
        if (is_int($value) || is_float($value)) {
            return 'number';
        }
        return is_string($value) ? 'string' : 'object';
    }

    public static function truthy($value): bool {
        if ($value === null || $value === false) {
            return false;
        }
        if (is_int($value) || is_float($value)) {
            return $value != 0 && !is_nan($value);
        }
        if (is_string($value)) {
            return $value !== '';
        }
        return true;
    }

    public static function strictEqual($left, $right): bool {
        $leftNumber = is_int($left) || is_float($left);
        $rightNumber = is_int($right) || is_float($right);
        if ($leftNumber && $rightNumber) {
            return $left == $right;
        }
        return $left === $right;
    }

    // JavaScript's doubles: whole floats within the safe range become ints, ints past it become floats. Public: the
    // emitters write a + b of two numbers neither of which is written out in the source as Js::number (a + b), so that
    // an int past 2^53 rounds as Node's does.
    public static function number($value) {
        if (is_float($value) && is_finite($value) && floor($value) === $value && abs($value) < 9007199254740992
                && !($value == 0 && fdiv(1, $value) < 0)) {
            return (int) $value;
        }
        if (is_int($value) && abs($value) > 9007199254740992) {
            return (float) $value;
        }
        return $value;
    }

    public static function numberToString($value): string {
        if (is_bool($value)) {
            return $value ? 'true' : 'false';
        }
        if (is_int($value)) {
            if (abs($value) < 1e21) {
                return (string) $value;
            }
            $value = (float) $value;
        }
        if (is_nan($value)) {
            return 'NaN';
        }
        if (is_infinite($value)) {
            return $value > 0 ? 'Infinity' : '-Infinity';
        }
        if ($value == 0) {
            return '0';
        }
        $sign = $value < 0 ? '-' : '';
        // var_export with serialize_precision -1 (PHP's default) gives the shortest digits that round-trip.
        $previous = ini_get('serialize_precision');
        if ($previous === '-1') {
            $text = var_export(abs($value), true);
            if (!str_contains($text, 'E')) {  // digits.digits, as JavaScript writes them but for a '.0' ending
                return $sign . (str_ends_with($text, '.0') ? substr($text, 0, -2) : $text);
            }
        } else {
            ini_set('serialize_precision', '-1');
            $text = var_export(abs($value), true);
            ini_set('serialize_precision', $previous);
        }
        $parts = preg_split('/[eE]/', $text);
        $exponent = count($parts) > 1 ? (int) $parts[1] : 0;
        [$integer, $fraction] = array_pad(explode('.', $parts[0]), 2, '');
        $digits = ltrim($integer . $fraction, '0');
        $leadingZeros = strlen($integer . $fraction) - strlen(ltrim($integer . $fraction, '0'));
        $n = strlen($integer) + $exponent - $leadingZeros;
        $digits = rtrim($digits, '0');
        $k = strlen($digits);
        if ($k <= $n && $n <= 21) {
            return $sign . $digits . str_repeat('0', $n - $k);
        }
        if (0 < $n && $n <= 21) {
            return $sign . substr($digits, 0, $n) . '.' . substr($digits, $n);
        }
        if (-6 < $n && $n <= 0) {
            return $sign . '0.' . str_repeat('0', -$n) . $digits;
        }
        $mantissa = $digits[0] . ($k > 1 ? '.' . substr($digits, 1) : '');
        return $sign . $mantissa . 'e' . ($n - 1 >= 0 ? '+' : '-') . abs($n - 1);
    }

    public static function toStr($value): string {
        if ($value === null) {
            return 'undefined';
        }
        if (is_string($value)) {
            return $value;
        }
        if (is_bool($value) || is_int($value) || is_float($value)) {
            return self::numberToString($value);
        }
        if (self::isArray($value)) {
            return self::join($value);
        }
        if (is_array($value) && array_key_exists('toString', $value)) {
            // JavaScript calls a dictionary's toString, and its own key of that name is no function (a response's
            // {"toString": 1}): a TypeError, which Node threw where PHP wrote '[object Object]'
            throw new \TypeError('Cannot convert object to primitive value');
        }
        return '[object Object]';
    }

    // value.toString (): String (value), but undefined has no methods and throws.
    public static function toString($value): string {
        if ($value === null) {
            throw new \TypeError("Cannot read properties of undefined (reading 'toString')");
        }
        return self::toStr($value);
    }

    public static function toNumber($value) {
        if ($value === null) {
            return NAN;
        }
        if (is_bool($value)) {
            return (int) $value;
        }
        if (is_int($value) || is_float($value)) {
            return $value;
        }
        if (is_string($value)) {
            $text = self::trim($value);
            if ($text === '') {
                return 0;
            }
            if (preg_match(self::DECIMAL, $text, $match) && $match[0] === $text) {
                return self::parsedDecimal($text);
            }
            if (preg_match('/^0([xXoObB])([0-9a-fA-F]+)$/', $text, $match)) {
                $base = ['x' => 16, 'o' => 8, 'b' => 2][strtolower($match[1])];
                $digits = strtolower($match[2]);
                if (strspn($digits, substr('0123456789abcdef', 0, $base)) !== strlen($digits)) {
                    return NAN;
                }
                // as parseInt reads them: the nearest double past 2^53, Infinity past the largest one (intval stopped
                // at 2^63: 0xffffffffffffffffffff was 9223372036854775807)
                return self::parseInt($digits, $base);
            }
            return NAN;
        }
        if (is_array($value)) {  // ToPrimitive first: +[] is 0, +[ '7' ] is 7, +{} is NaN
            return self::toNumber(self::toStr($value));
        }
        return NAN;
    }

    private static function parsedDecimal(string $text) {
        $unsigned = ltrim($text, '+-');
        if ($unsigned === 'Infinity') {
            return $text[0] === '-' ? -INF : INF;
        }
        return self::number(self::floatOf($text));
    }

    /** (float) of a decimal text ([+-]digits[.digits][e[+-]digits]) as JavaScript reads it, whatever its exponent. */
    public static function floatOf(string $text): float {
        return (float) (preg_match(self::LONG_EXPONENT, $text) === 1 ? self::shortExponent($text) : $text);
    }

    /** A decimal text of the same value whose exponent strtod reads: '0.' and its significant digits, and the power of
     * ten that makes them the value (a value beyond a double's range as 1e999 or 0). */
    private static function shortExponent(string $text): string {
        if (preg_match(self::SPLIT_DECIMAL, $text, $match) !== 1) {
            return $text;
        }
        [, $sign, $integer, $fraction, $exponentSign, $exponent] = $match + [5 => ''];
        $digits = $integer . $fraction;
        $first = strspn($digits, '0');
        if ($first === strlen($digits)) {
            return $sign . '0.0';  // (zero keeps its sign: -0 as JavaScript reads it)
        }
        if (strlen($exponent) > 6) {  // (far beyond any double, whatever the mantissa's length below the 32 MiB of a text)
            return $sign . ($exponentSign === '-' ? '0.0' : '1e999');
        }
        // the power of ten of the first significant digit
        $power = strlen($integer) - $first - 1 + ($exponentSign === '-' ? -(int) $exponent : (int) $exponent);
        if ($power > 400 || $power < -400) {
            return $sign . ($power < 0 ? '0.0' : '1e999');
        }
        return $sign . '0.' . substr($digits, $first) . 'e' . ($power + 1);
    }

    private static function primitive($value) {
        return is_array($value) ? self::toStr($value) : $value;
    }

    public static function add($left, $right) {
        $left = self::primitive($left);
        $right = self::primitive($right);
        if (is_string($left) || is_string($right)) {
            return self::boundedText(self::toStr($left) . self::toStr($right));
        }
        return self::number(self::toNumber($left) + self::toNumber($right));
    }

    public static function subtract($left, $right) {
        return self::number(self::toNumber($left) - self::toNumber($right));
    }

    public static function multiply($left, $right) {
        $left = self::toNumber($left);
        $right = self::toNumber($right);
        $product = $left * $right;
        if ($product === 0 && ($left < 0) !== ($right < 0)) {
            return -0.0;  // (-3 * 0 is -0 in JavaScript; an int product has no sign of its own)
        }
        return self::number($product);
    }

    // Unary -: -0 of a zero (PHP's ints have no -0: -x of 0 was 0, so 1 / -x read INF where Node reads -Infinity), 0
    // of -0.
    public static function negate($value) {
        $number = self::toNumber($value);
        if ($number == 0 && !is_nan($number)) {
            return is_float($number) && fdiv(1, $number) < 0 ? 0 : -0.0;
        }
        return -$number;
    }

    public static function divide($left, $right) {
        $left = self::toNumber($left);
        $right = self::toNumber($right);
        if ($right == 0) {
            if ($left == 0 || is_nan($left)) {
                return NAN;
            }
            // -0.0 is told from 0.0 by IEEE division (fdiv): the / operator throws DivisionByZeroError on both
            $negative = ($left < 0) !== (is_float($right) && fdiv(1, $right) < 0);
            return $negative ? -INF : INF;
        }
        if ($left == 0 && !is_float($left) && !is_float($right) && $right < 0) {
            return -0.0;  // (0 / -5 is -0 in JavaScript; PHP's int division gave the int 0)
        }
        return self::number($left / $right);
    }

    public static function modulo($left, $right) {
        $left = self::toNumber($left);
        $right = self::toNumber($right);
        if ($right == 0 || is_nan($left) || is_nan($right) || is_infinite($left)) {
            return NAN;
        }
        if (is_infinite($right)) {
            return $left;
        }
        return self::number(fmod($left, $right));
    }

    // JavaScript's strings are UTF-16: a character beyond U+FFFF (four bytes in UTF-8: an emoji, U+1D11E) is a
    // surrogate pair, two code units in lengths, positions and order. The string functions count and cut in code units
    // (UTF-16BE, two bytes each) where a string holds such a character. Half of a pair is no UTF-8 text: a cut through
    // a pair is an error here (in JavaScript it makes a lone surrogate).
    private static function astral(string $text): bool {
        return strpbrk($text, "\xF0\xF1\xF2\xF3\xF4") !== false;
    }

    // A string's .length: its UTF-16 code units (a long text's remembered: see REMEMBERED_FROM).
    // The longest string V8 makes (2^29 - 24 code units): a longer one is a RangeError in Node ("Invalid string length"),
    // which a catch clause sees; PHP made it. Every concatenation of exchange code (+, +=, a template literal: the
    // emitter writes Js::boundedText), join, String (list), a string's concat and replace, padStart and padEnd throw
    // beyond it, as Node does. A UTF-8 string holds at least as many bytes as code units: strlen decides at once
    // below the bound.
    public const MAX_STRING_LENGTH = 536870888;

    public static function boundedText(string $text): string {
        if (strlen($text) > self::MAX_STRING_LENGTH && self::textLength($text) > self::MAX_STRING_LENGTH) {
            throw new \InvalidArgumentException('Invalid string length');  // (JavaScript: RangeError)
        }
        return $text;
    }

    // $part, once $text . $part is checked as boundedText checks it, without making it: the emitted `$s .= Js::within($s,
    // $a . $b)` appends in place, and throws before $s changes, as Node's `s = s + a + b` does.
    public static function within(string $text, string $part): string {
        if (strlen($text) + strlen($part) > self::MAX_STRING_LENGTH
                && self::textLength($text) + self::textLength($part) > self::MAX_STRING_LENGTH) {
            throw new \InvalidArgumentException('Invalid string length');  // (JavaScript: RangeError)
        }
        return $part;
    }

    // What `for ... of` walks: a list as it is, a string by its code points (as JavaScript's iterator does); any other
    // value is not iterable, a TypeError as in Node (PHP's foreach walked a dictionary's values and ran no time for
    // a string, a number or undefined).
    public static function iterate($value): array {
        if (is_array($value) && array_is_list($value)) {
            return $value;
        }
        if (is_string($value)) {
            return mb_str_split($value, 1, 'UTF-8');
        }
        throw new \TypeError('a value of type ' . self::typeof($value) . ' is not iterable');
    }

    // What a `for ... of` loop that changes its list walks by index: a list; a string there is Unportable (it would be
    // walked by index in PHP, by its characters in Node), any other value a TypeError, as in Node.
    public static function iteratedList($value): array {
        if (is_string($value)) {
            throw new Unportable('for ... of over a string whose loop changes the value iterated');
        }
        return self::iterate($value);
    }

    public static function textLength(string $text): int {
        return strlen($text) < self::REMEMBERED_FROM ? self::unitCount($text)
            : self::remembered(self::$lengths, $text, self::unitCount(...));
    }

    private static function unitCount(string $text): int {
        $length = mb_strlen($text, 'UTF-8');
        return $length === strlen($text) ? $length : $length + preg_match_all('/[\xF0-\xF4]/', $text);
    }

    private static function codeUnits(string $text): string {
        return strlen($text) < self::REMEMBERED_FROM ? self::unitsOf($text)
            : self::remembered(self::$units, $text, self::unitsOf(...));
    }

    private static function unitsOf(string $text): string {
        return mb_convert_encoding($text, 'UTF-16BE', 'UTF-8');
    }

    // The lengths and code units of the 64 long texts read last, keyed by the text (whose hash PHP keeps in the
    // string once computed, and whose key it compares by reference first): a loop over a few long texts' characters
    // (i < text.length, charAt, slice, text[i]) counts and converts each once, not once a character. One text
    // remembered alone made a loop over two texts, read in turn, quadratic: two 64 KB texts took 25 s (red-team
    // round 35); the oldest of 16 forgotten first, a loop over one text that measured a new long slice at each step
    // forgot the text (229 KB, 10 s: round 36). A text read again moves to the end. Short texts cost less to count
    // again than to remember.
    private const REMEMBERED_FROM = 256;
    private const REMEMBERED = 64;
    private static array $lengths = [];
    private static array $units = [];

    private static function remembered(array &$memo, string $text, \Closure $compute) {
        if (array_key_exists($text, $memo)) {
            $value = $memo[$text];
            unset($memo[$text]);  // (read last: forgotten last)
            return $memo[$text] = $value;
        }
        if (count($memo) >= self::REMEMBERED) {
            unset($memo[array_key_first($memo)]);
        }
        return $memo[$text] = $compute($text);
    }

    // The text of a run of whole code units (see codeUnits); a cut through a pair at either end is Unportable: Node
    // makes a lone surrogate and goes on, so no catch clause of exchange code may see the error (a \ValueError was
    // caught in PHP alone: a response's emoji at the cut chose the path).
    private static function characters(string $units): string {
        if ($units !== '' && ((ord($units[0]) & 0xFC) === 0xDC || (ord($units[strlen($units) - 2]) & 0xFC) === 0xD8)) {
            throw new Unportable("the string would hold half of a surrogate pair, which only JavaScript's strings can");
        }
        return mb_convert_encoding($units, 'UTF-8', 'UTF-16BE');
    }

    // strcmp's order, by code unit as JavaScript's, where a string holds a character beyond U+FFFF (its units, 0xD800
    // to 0xDBFF, come before 0xE000 to 0xFFFF, where its UTF-8 bytes come after them).
    private static function compareTexts(string $left, string $right): int {
        return self::astral($left) || self::astral($right)
            ? strcmp(self::codeUnits($left), self::codeUnits($right)) : strcmp($left, $right);
    }

    private static function comparable($left, $right): array {
        $left = self::primitive($left);
        $right = self::primitive($right);
        if (is_string($left) && is_string($right)) {
            return [self::compareTexts($left, $right), 0];
        }
        return [self::toNumber($left), self::toNumber($right)];
    }

    /** value[0], value[1], ... while i < value.length, each read as the loop reaches it (a dictionary's 'length' may
     * be a billion, where the first key found ends a search); i < value.length as JavaScript compares them: it may be
     * a text, which PHP's < took for a text to compare with ({"length": "nan"} looped for ever, Node read none). */
    public static function elements($value): \Generator {
        $count = self::length($value);
        for ($i = 0; self::less($i, $count); $i++) {
            yield self::get($value, $i);
        }
    }

    public static function less($left, $right): bool {
        [$a, $b] = self::comparable($left, $right);
        return $a < $b;
    }

    public static function lessEqual($left, $right): bool {
        [$a, $b] = self::comparable($left, $right);
        return !is_nan($a) && !is_nan($b) && $a <= $b;
    }

    public static function greater($left, $right): bool {
        [$a, $b] = self::comparable($left, $right);
        return $a > $b;
    }

    public static function greaterEqual($left, $right): bool {
        [$a, $b] = self::comparable($left, $right);
        return !is_nan($a) && !is_nan($b) && $a >= $b;
    }

    // PHP cannot tell an empty object from an empty array: [] counts as an array.
    public static function isArray($value): bool {
        return is_array($value) && array_is_list($value);
    }

    private static function key($key) {
        return is_string($key) ? $key : self::toStr($key);
    }

    private static function index($key): ?int {
        if (is_array($key)) {  // a key is a string: [ 1 ] is '1', an element; a dictionary '[object Object]'
            return self::arrayIndex(self::toStr($key));
        }
        $number = is_string($key) ? self::toNumber($key) : $key;
        // (JavaScript's indices end at 2^32 - 2: a list written at 1e21 has a key '1e+21', not 10^21 elements)
        if ((is_int($number) || (is_float($number) && floor($number) === $number)) && $number >= 0
                && $number <= 4294967294) {
            return (int) $number;
        }
        return null;
    }

    public static function get($container, $key) {
        // The usual reads, first: an array's string key but 'length' (a list's is an element's or none, as PHP reads
        // '0' as 0), an array's integer key. (array_is_list, which walks an array keyed 0 to k - 1 up to its first
        // other key, is asked for 'length' alone: see Primitives::safe_value.)
        if (is_array($container) && ((is_string($key) && $key !== 'length') || is_int($key))) {
            return $container[$key] ?? null;
        }
        if (is_array($key)) {  // (a key is a string: [ 'length' ] is 'length', [ 1 ] is '1')
            $key = self::toStr($key);
        }
        if (is_string($container)) {
            if ($key === 'length') {
                return self::textLength($container);
            }
            $index = self::arrayIndex($key);
            return $index !== null && $index < self::textLength($container) ? self::charAt($container, $index) : null;
        }
        if (is_array($container)) {
            if (array_is_list($container)) {
                if ($key === 'length') {
                    return count($container);
                }
                $index = self::arrayIndex($key);
                return $index !== null && $index < count($container) ? $container[$index] : null;
            }
            return $container[self::key($key)] ?? null;
        }
        if (is_int($container) || is_float($container) || is_bool($container)) {
            return null;  // a number's or a boolean's own keys are none (its inherited names are SUB-B004's), as in JavaScript
        }
        throw new \TypeError('Cannot read properties of ' . self::toStr($container));
    }

    // An element index: a whole non-negative number, or its canonical string ("1", not "01").
    private static function arrayIndex($key): ?int {
        if (is_string($key)) {
            // (D: no newline before the end; at most 10 digits: (int) reads a text past a double's range as 0, so
            // that a key of 400 digits was element 0 of a list)
            return preg_match('/^(0|[1-9][0-9]{0,9})$/D', $key) && (int) $key <= 4294967294 ? (int) $key : null;
        }
        return self::index($key);
    }

    // JavaScript's arrays have holes, which PHP's lists cannot hold: a write past the end of a list, or a length set past
    // it, is Unportable (no catch clause of exchange code sees it). Filled with nulls (as up to 2^20 elements before
    // red-team round 23), the list read otherwise than Node's: Object.keys, Object.values, `in`, indexOf (undefined), a
    // spread or extend into a dictionary, keysort and omit skip a hole and count an undefined; and an index of
    // 4294967294 (a response's) cost 34 GB. Appending, and a write at the end, make no hole.
    private static function checkHoles(int $length): void {
        throw new Unportable('a write past the end of a list would leave holes up to ' . ($length - 1) . ', which only '
            . "JavaScript's arrays have: append in order, or use a dictionary for keys apart");
    }

    // An empty array is taken for an object (a dictionary is what code writes a number key into: byId[order['id']]),
    // unless the emitter knows it is a list ($list: it grows with holes there, as in JavaScript). It was taken for a
    // list: {} written at 5 became [null, null, null, null, null, x], and at an id of 10^12 from a response exhausted
    // the memory.
    public static function set(&$container, $key, $value, bool $list = false): void {
        if (!is_array($container)) {
            throw new \TypeError('Cannot set properties of ' . self::toStr($container));
        }
        if ($container !== [] && array_is_list($container)) {  // (an empty array is taken for an object)
            if ($key === 'length') {  // (a key computed at run time: SUB-E007 refuses the written-out ones)
                $length = self::toNumber($value);
                if (!($length >= 0 && $length < 4294967296) || $length != floor($length)) {
                    // (JavaScript's RangeError, which Node's rethrowUncaught passes on: its bound on a list's
                    // length gives the same one, which PHP's arrays do not have; red-team round 30)
                    throw new Unportable('Invalid array length');
                }
                if ($length > count($container)) {
                    self::checkHoles((int) $length);
                }
                $container = array_pad(array_slice($container, 0, (int) $length), (int) $length, null);
                return;
            }
            $index = is_string($key) ? self::arrayIndex($key) : self::index($key);
            if ($index !== null) {
                if ($index > count($container)) {
                    self::checkHoles($index + 1);
                }
                for ($position = count($container); $position < $index; $position++) {
                    $container[$position] = null;
                }
                $container[$index] = $value;
                return;
            }
        } elseif ($list && $container === [] && ($index = is_string($key) ? self::arrayIndex($key) : self::index($key)) !== null) {
            if ($index > 0) {
                self::checkHoles($index + 1);
            }
            $container = array_pad([], $index, null);
            $container[$index] = $value;
            return;
        }
        if ($list) {
            // A list takes elements only, as in Python: another key made it a dictionary, whose string keys a spread
            // (this.method (...list)) passed as named arguments, and whose count () was no longer its length.
            throw new Unportable("a list takes no key " . self::toStr($key) . " (only indices 0 to 2^32 - 2)");
        }
        $container[self::key($key)] = $value;
    }

    // A write into what the emitter knows is a dictionary (an object literal): a key, never an element. One keyed '0'
    // to 'n-1' is a list to PHP, which set () filled with nulls up to an index past its end (byId[5] after byId[0]
    // gave the keys 0 to 5), or refused past 2^20 elements (an id of 5000000: the call failed closed).
    public static function setKey(array &$dictionary, $key, $value): void {
        $dictionary[self::key($key)] = $value;
    }

    public static function has($container, $key): bool {
        if (!is_array($container)) {
            throw new \TypeError("Cannot use 'in' operator on a primitive");
        }
        if (array_is_list($container)) {
            if ($key === 'length') {
                return true;
            }
            $index = self::arrayIndex($key);
            return $index !== null && $index < count($container);
        }
        return array_key_exists(self::key($key), $container);
    }

    // has, with its parameters in JavaScript's order: the emitter's form of `key in container` where the key's code
    // and the container's may see each other run (a call in one changes what the other reads).
    public static function keyIn($key, $container): bool {
        return self::has($container, $key);
    }

    // delete container[key] as JavaScript's strict mode does it: undefined has no keys, and a list's length and a
    // string's length and characters cannot go (a TypeError each, where PHP went on; red-team round 28).
    public static function delete(&$container, $key): bool {
        if ($container === null) {
            throw new \TypeError('Cannot convert undefined or null to object');
        }
        $name = self::key($key);
        $list = is_array($container) && $container !== [] && array_is_list($container);
        if ((($list || is_string($container)) && $name === 'length') || (is_string($container)
                && ($index = self::arrayIndex($name)) !== null && $index < self::textLength($container))) {
            throw new \TypeError("Cannot delete property '$name' of " . ($list ? 'a list' : 'a text'));
        }
        if ($list && ($index = self::arrayIndex($key)) !== null) {
            if ($index < count($container)) {  // (an element deleted is a hole in Node, no key: see checkHoles)
                throw new Unportable('delete of the element ' . self::toStr($key) . ' of a list would leave a '
                    . "hole, which only JavaScript's arrays have: build a new list without it (filter)");
            }
        } elseif (is_array($container)) {
            unset($container[$name]);
        }
        return true;
    }

    // .length of a value of unknown type, as JavaScript reads it: a string's or an array's length, a dictionary's own
    // key 'length' (a response's {"length": 3}; undefined when it has none), undefined for a number, a boolean or an
    // error; only undefined itself has no properties to read.
    public static function length($value) {
        if (is_string($value)) {
            return self::textLength($value);
        }
        if (is_array($value)) {
            if (array_is_list($value)) {
                return count($value);
            }
            return array_key_exists('length', $value) ? $value['length'] : null;
        }
        if ($value === null) {
            throw new \TypeError("Cannot read properties of undefined (reading 'length')");
        }
        return null;
    }

    public static function merge(...$objects): array {
        $result = [];
        foreach ($objects as $source) {
            if (is_array($source)) {
                foreach ($source as $key => $item) {
                    $result[(string) $key] = $item;
                }
            } elseif (is_string($source)) {
                foreach (self::values($source) as $index => $unit) {  // (its code units, as values gives them)
                    $result[(string) $index] = $unit;
                }
            }
        }
        return $result;
    }

    // concat of a string (String.prototype.concat: each argument as a string, appended) or of an array
    // (Array.prototype.concat: array arguments are flattened one level, anything else is appended).
    public static function concat($receiver, ...$items) {
        if (is_string($receiver)) {
            return self::boundedText($receiver . implode('', array_map(fn ($item) => self::toStr($item), $items)));
        }
        if (!self::isArray($receiver)) {  // (JavaScript: ... .concat is not a function)
            throw new \TypeError(self::typeof($receiver) . ' has no method concat');
        }
        $result = $receiver;
        foreach ($items as $item) {
            if (is_array($item) && array_is_list($item)) {
                array_push($result, ...$item);
            } else {
                $result[] = $item;
            }
        }
        return $result;
    }

    // const [ a, b ] = value: missing elements are undefined; a value that is no list or string is a TypeError, as in
    // Node (its elements were undefined here, and a dictionary's values).
    public static function destructure($value, int $count): array {
        $items = self::iterate($value);
        return array_slice(array_pad($items, $count, null), 0, $count);
    }

    // The mutators of a list, which a dictionary lacks (JavaScript: ... .push is not a function): PHP's array functions
    // took one, push appending under its next integer key, so that a response's {"orders": 1} where exchange code
    // expected a list went on in PHP alone (red-team round 27).
    public static function push(array &$array, ...$items): int {
        self::listOnly($array, 'push');
        array_push($array, ...$items);
        return count($array);
    }

    public static function unshift(array &$array, ...$items): int {
        self::listOnly($array, 'unshift');
        array_unshift($array, ...$items);
        return count($array);
    }

    public static function pop(array &$array) {
        self::listOnly($array, 'pop');
        return array_pop($array);
    }

    public static function shift(array &$array) {
        self::listOnly($array, 'shift');
        return array_shift($array);
    }

    public static function reverse(array &$array): array {
        self::listOnly($array, 'reverse');
        $array = array_reverse($array);
        return $array;
    }

    public static function sort(array &$array): array {
        self::listOnly($array, 'sort');
        $array = self::sorted($array);
        return $array;
    }

    private static function listOnly(array $array, string $method): void {
        if (!array_is_list($array)) {
            throw new \TypeError("object has no method $method");
        }
    }

    // Array.prototype.sort without a comparator: by string value, undefined last.
    public static function sorted(array $array): array {
        $strings = true;
        $ordered = true;
        $previous = '';
        foreach ($array as $item) {
            if (!is_string($item)) {
                $strings = false;
                break;
            }
            if ($ordered && strcmp($previous, $item) > 0) {
                $ordered = false;
            }
            $previous = $item;
        }
        if ($strings && !self::astral(implode('', $array))) {  // the usual symbols, ids, codes: strcmp's order
            if ($ordered) {  // (loaded markets' symbols and ids mostly are: a shuffle and a sort cost them 5 times more)
                return array_values($array);
            }
            $array = self::inRandomOrder($array);  // (equal texts are alike: no order among them to keep)
            sort($array, SORT_STRING);
            return $array;
        }
        // each item with its place, which orders those of equal texts as Node's stable sort does
        $present = [];
        foreach ($array as $position => $item) {
            if ($item !== null) {
                $present[] = [self::toStr($item), $position, $item];
            }
        }
        $present = self::inRandomOrder($present);
        usort($present, fn ($a, $b) => self::compareTexts($a[0], $b[0]) ?: $a[1] <=> $b[1]);
        return array_pad(array_column($present, 2), count($array), null);
    }

    // PHP's sort (zend_sort, under sort, usort, asort and array_multisort) is a quicksort whose pivots lie at fixed
    // places, with no way out of a bad order: an order a server chose made it quadratic (red-team round 40: a book of
    // 200,000 levels took parseOrderBook 18 s, a list of 20,000 numbers sort () 21 s, where Node and Python took
    // milliseconds). A sort takes its values in an order of chance (the system's random bytes, read once), which
    // costs n log n comparisons on average whatever order they came in; the sort's own tie-breaks keep the result
    // the same.
    public static function inRandomOrder(array $list): array {
        $list = array_values($list);
        $count = count($list);
        if ($count < 2) {
            return $list;
        }
        $draws = unpack('V*', random_bytes(4 * $count));
        for ($i = $count - 1; $i > 0; $i--) {
            $j = $draws[$i + 1] % ($i + 1);
            [$list[$i], $list[$j]] = [$list[$j], $list[$i]];
        }
        return $list;
    }

    // Lists nested deeper than this are not written out (toStr, join): each level took a C stack frame of array_map's,
    // and 20,000 levels (a loop's x = [ x ]) ended the process with a segmentation fault, where Node throws.
    public const MAX_JOIN_DEPTH = 1000;
    private static int $joinDepth = 0;

    public static function join($array, $separator = ','): string {
        if (!is_array($array) || !array_is_list($array)) {  // a dictionary's join would be implode's of its values
            throw new \TypeError(self::typeof($array) . ' has no method join');
        }
        if (!is_string($separator)) {  // join (undefined) is join (), join (0) joins with '0'
            $separator = $separator === null ? ',' : self::toStr($separator);
        }
        if (self::$joinDepth >= self::MAX_JOIN_DEPTH) {
            throw new Unportable('lists nested deeper than ' . self::MAX_JOIN_DEPTH . ' levels are not written out');
        }
        self::$joinDepth++;
        try {
            $texts = [];
            foreach ($array as $item) {
                $texts[] = $item === null ? '' : self::toStr($item);
            }
            return self::boundedText(implode($separator, $texts));
        } finally {
            self::$joinDepth--;
        }
    }

    public static function trim($value): string {
        $value = self::textReceiver($value, 'trim');
        // The leading spaces by a pattern anchored at the start, the trailing ones by a walk back from the end: a
        // pattern of the trailing ones (/[WS]+$/) was tried at every place of a run of spaces within the text, each try
        // to the run's end, and a million of them exhausted pcre.backtrack_limit, which failed the call in PHP alone
        // (a date or a number of a response: red-team round 52).
        if (preg_match('/^[' . self::WHITESPACE . ']*+/u', $value, $leading) !== 1) {
            throw new \TypeError('trim: the text is not UTF-8');
        }
        $start = strlen($leading[0]);
        $end = strlen($value);
        self::$whitespaceCharacters ??= array_fill_keys(mb_str_split(self::WHITESPACE), true);
        while ($end > $start) {
            $size = 1;  // (the last character's bytes: a space beyond ASCII has up to 3)
            while ($size < 3 && $end - $size > $start && (ord($value[$end - $size]) & 0xC0) === 0x80) {
                $size++;
            }
            if (!isset(self::$whitespaceCharacters[substr($value, $end - $size, $size)])) {
                break;
            }
            $end -= $size;
        }
        return substr($value, $start, $end - $start);
    }

    // Case mappings follow each runtime's Unicode tables (see js.py's upper_case): a text beyond ASCII is mapped only
    // where every character is mapped in Unicode 14 (PHP 8.2's tables, as Python 3.11's) or lies in a block that has no
    // case, and no capital sigma is lowered (PHP 8.2 writes σ where Node and Python write a final ς); else Unportable.
    private const CASELESS = [[0x80, 0xBF], [0xD7, 0xD7], [0xF7, 0xF7], [0x0590, 0x0FFF], [0x2000, 0x2BFF],
        [0x3000, 0xA63F], [0xA800, 0xAB2F], [0xAC00, 0xD7FF], [0xF900, 0xFFFF], [0x1F000, 0x1FBFF],
        [0x20000, 0x3FFFF]];

    public static function upperCase(string $text): string {
        if (!preg_match('/[\x80-\xFF]/', $text)) {
            return strtoupper($text);
        }
        self::checkCaseMapping($text, false);
        return self::boundedText(mb_strtoupper($text, 'UTF-8'));  // ('ß' is 'SS': a text may grow)
    }

    public static function lowerCase(string $text): string {
        if (!preg_match('/[\x80-\xFF]/', $text)) {
            return strtolower($text);
        }
        self::checkCaseMapping($text, true);
        return self::boundedText(mb_strtolower($text, 'UTF-8'));
    }

    private static function checkCaseMapping(string $text, bool $lowering): void {
        foreach (mb_str_split($text, 1, 'UTF-8') as $character) {
            $code = mb_ord($character, 'UTF-8');
            if ($code < 0x80 || (($code !== 0x3A3 || !$lowering) && (mb_strtoupper($character, 'UTF-8') !== $character
                    || mb_strtolower($character, 'UTF-8') !== $character || self::caseless($code)))) {
                continue;
            }
            throw new Unportable(sprintf("the case of U+%04X follows each runtime's Unicode tables", $code));
        }
    }

    private static function caseless(int $code): bool {
        foreach (self::CASELESS as [$low, $high]) {
            if ($low <= $code && $code <= $high) {
                return true;
            }
        }
        return false;
    }

    // A string method's receiver: only strings have the method, as in JavaScript (PHP's coercive typing made a number
    // or a boolean its text: 12.trim () was '12' here and a TypeError in Node and Python; null was '').
    public static function textReceiver($value, string $method): string {
        if (!is_string($value)) {
            throw new \TypeError(self::typeof($value) . " has no method $method");
        }
        return $value;
    }

    // The receiver of a string's or list's member whose arguments may change state or throw, checked before they
    // run: JavaScript reads the member first, and undefined has none (a TypeError there and then, where the helper's
    // own check ran after the arguments: red-team round 52). Whether any other value has the member is the helper's
    // check, after them, as JavaScript's call of what it read. receiverPlace: the same of a place that a changing
    // member (push, unshift) takes by reference.
    public static function receiver($value, string $method) {
        if ($value === null) {
            throw new \TypeError(self::typeof($value) . " has no method $method");
        }
        return $value;
    }

    public static function &receiverPlace(&$value, string $method) {
        self::receiver($value, $method);
        return $value;
    }

    // startsWith and endsWith of a value that may be no string: its check after the arguments, as JavaScript's call
    // (Js::textReceiver in front of str_starts_with checked it before them: red-team round 52).
    public static function startsWith($value, $prefix): bool {
        return str_starts_with(self::textReceiver($value, 'startsWith'), self::text($prefix));
    }

    public static function endsWith($value, $suffix): bool {
        return str_ends_with(self::textReceiver($value, 'endsWith'), self::text($suffix));
    }

    // Strings and arrays have the method; anything else throws, as in JavaScript.
    private static function sequence($value, string $method) {
        if (!is_string($value) && !(is_array($value) && array_is_list($value))) {
            throw new \TypeError(self::typeof($value) . " has no method $method");
        }
        return $value;
    }

    // An argument that a string method reads as a string (ToString: 1 is '1', undefined 'undefined').
    private static function text($value): string {
        return is_string($value) ? $value : self::toStr($value);
    }

    public static function indexOf($value, $item): int {
        self::sequence($value, 'indexOf');
        if (is_string($value)) {
            $position = strpos($value, self::text($item));  // a byte offset, at a character's start
            return $position === false ? -1 : self::textLength(substr($value, 0, $position));
        }
        foreach (array_values($value) as $position => $element) {
            if (self::strictEqual($element, $item)) {
                return $position;
            }
        }
        return -1;
    }

    public static function includes($value, $item): bool {
        self::sequence($value, 'includes');
        if (is_string($value)) {
            return str_contains($value, self::text($item));
        }
        foreach ($value as $element) {
            if (self::strictEqual($element, $item) || (is_float($element) && is_nan($element) && is_float($item)
                    && is_nan($item))) {
                return true;
            }
        }
        return false;
    }

    public static function slice($value, $start = null, $end = null) {
        self::sequence($value, 'slice');
        $size = is_string($value) ? self::textLength($value) : count($value);
        $from = self::sliceIndex($start, $size, 0);
        $to = self::sliceIndex($end, $size, $size);
        $length = max($to - $from, 0);
        if (!is_string($value)) {
            return array_slice(array_values($value), $from, $length);
        }
        // One byte per unit in ASCII; any other text by its code units (remembered: a loop over it converts it once,
        // where mb_substr walked to the offset at every call, and a loop of slices was quadratic: red-team round 35)
        return $size === strlen($value) ? substr($value, $from, $length)
            : self::characters(substr(self::codeUnits($value), 2 * $from, 2 * $length));
    }

    private static function sliceIndex($index, int $size, int $default): int {
        if ($index === null) {
            return $default;
        }
        $number = self::toNumber($index);
        if (is_nan($number)) {
            return 0;
        }
        // (clamped before the cast: (int) of a double past PHP's integers is 0, and slice (0, 1e300) was empty)
        if ($number <= -$size || $number >= $size) {
            return $number < 0 ? 0 : $size;
        }
        $number = (int) $number;  // (toward zero, as ToIntegerOrInfinity: -0.5 is 0)
        return $number < 0 ? $size + $number : $number;
    }

    public static function replace($value, $pattern, $replacement): string {
        $value = self::textReceiver($value, 'replace');
        $pattern = self::text($pattern);
        $replacement = self::text($replacement);
        $position = strpos($value, $pattern);
        if ($position === false) {
            return $value;
        }
        $after = $position + strlen($pattern);
        if (!str_contains($replacement, '$')) {
            return self::boundedText(substr($value, 0, $position) . $replacement . substr($value, $after));
        }
        $expanded = preg_replace_callback('/\$([$&`\'])/', function ($match) use ($value, $pattern, $position, $after) {
            return ['$' => '$', '&' => $pattern, '`' => substr($value, 0, $position),
                "'" => substr($value, $after)][$match[1]];
        }, $replacement);
        return self::boundedText(substr($value, 0, $position) . $expanded . substr($value, $after));
    }

    public static function split($value, $separator): array {
        $value = self::textReceiver($value, 'split');
        if (!is_string($separator)) {  // split (undefined) is [ value ]
            if ($separator === null) {
                return [$value];
            }
            $separator = self::toStr($separator);
        }
        if ($separator === '') {  // code units: a character beyond U+FFFF would be split
            return self::astral($value) ? array_map(fn ($unit) => self::characters($unit), str_split(self::codeUnits($value), 2))
                : mb_str_split($value);
        }
        return explode($separator, $value);
    }

    public static function padStart($value, $length, $filler = ' '): string {
        $value = self::textReceiver($value, 'padStart');
        return self::padding($value, $length, $filler) . $value;
    }

    public static function padEnd($value, $length, $filler = ' '): string {
        $value = self::textReceiver($value, 'padEnd');
        return $value . self::padding($value, $length, $filler);
    }

    private static function padding(string $value, $length, $filler): string {
        if (!is_string($filler)) {  // undefined pads with spaces, anything else as its string
            $filler = $filler === null ? ' ' : self::toStr($filler);
        }
        $missing = self::integerOrInfinity($length) - self::textLength($value);
        if ($missing <= 0 || $filler === '') {
            return '';
        }
        // Beyond the longest string V8 makes (2^29 - 24 code units), as Node throws, rather than spend gigabytes on a
        // length read from a response (an infinite length too: JavaScript's RangeError).
        if (is_float($missing) || $missing + self::textLength($value) > self::MAX_STRING_LENGTH) {
            throw new \InvalidArgumentException('Invalid string length');
        }
        if (self::astral($filler)) {
            $units = self::codeUnits($filler);
            return self::characters(substr(str_repeat($units, intdiv(2 * $missing, strlen($units)) + 1), 0, 2 * $missing));
        }
        return mb_substr(str_repeat($filler, intdiv($missing, mb_strlen($filler, 'UTF-8')) + 1), 0, $missing, 'UTF-8');
    }

    public static function charAt($value, $index): string {
        $value = self::textReceiver($value, 'charAt');
        $index = self::integerOrInfinity($index);
        $length = self::textLength($value);
        if (!($index >= 0 && $index < $length)) {
            return '';
        }
        // One byte per unit in ASCII; any other text by its code units (remembered: a loop reads them once).
        return $length === strlen($value) ? $value[(int) $index]
            : self::characters(substr(self::codeUnits($value), 2 * (int) $index, 2));
    }

    /** ToIntegerOrInfinity, as a length or index argument is read: NaN is 0; an int, or a float beyond PHP's ints. */
    private static function integerOrInfinity($value) {
        $number = self::toNumber($value);
        if (is_int($number)) {
            return $number;
        }
        if (is_nan($number)) {
            return 0;
        }
        $number = $number < 0 ? ceil($number) : floor($number);
        return abs($number) < PHP_INT_MAX ? (int) $number : $number;
    }

    public static function keys($object): array {
        // Array indices (PHP holds "5" as the integer key 5) first in ascending order, then the rest as inserted; a
        // string's are its indices.
        if (is_string($object)) {
            return array_map('strval', array_keys(array_fill(0, self::textLength($object), null)));
        }
        if (is_int($object) || is_float($object) || is_bool($object)) {
            return [];  // a number's or a boolean's: none (undefined and null throw, as they do there)
        }
        $keys = array_keys($object);
        $strings = true;
        foreach ($keys as $key) {
            if (is_int($key)) {
                $strings = false;
                break;
            }
        }
        if ($strings) {
            return $keys;  // the usual object: no index among its keys, in insertion order
        }
        $integers = [];
        $others = [];
        foreach (array_keys($object) as $key) {
            if (is_int($key) && $key >= 0 && $key < 4294967295) {
                $integers[] = $key;
            } else {
                $others[] = (string) $key;
            }
        }
        if (count($integers) === 0) {
            return $others;
        }
        $integers = self::inRandomOrder($integers);  // (keys: no two alike)
        sort($integers);
        return array_merge(array_map('strval', $integers), $others);
    }

    public static function values($object): array {
        if (is_string($object)) {
            return array_map(fn ($key) => self::get($object, (int) $key), self::keys($object));
        }
        return array_map(fn ($key) => $object[$key], self::keys($object));
    }

    public static function isInteger($value): bool {
        return (is_int($value) || (is_float($value) && is_finite($value) && floor($value) === $value));
    }

    public static function round($value) {
        $value = self::toNumber($value);
        if (is_nan($value) || is_infinite($value)) {
            return $value;
        }
        $lower = floor($value);
        if ($value < 0 && $value >= -0.5) {
            return -0.0;  // Math.round (-0.2) is -0 (floor (-0.2) + 1 is 0)
        }
        return self::number($value - $lower >= 0.5 ? $lower + 1 : $lower);
    }

    public static function floor($value) {
        return self::number(floor(self::toNumber($value)));
    }

    public static function ceil($value) {
        return self::number(ceil(self::toNumber($value)));
    }

    public static function trunc($value) {
        $value = self::toNumber($value);
        return self::number($value < 0 ? ceil($value) : floor($value));
    }

    public static function abs($value) {
        return self::number(abs(self::toNumber($value)));
    }

    public static function min(...$numbers) {
        $result = INF;
        foreach ($numbers as $number) {
            $number = self::toNumber($number);
            if (is_nan($number)) {
                return NAN;
            }
            // -0 is less than 0 for Math.min
            $result = $number < $result || ($number == 0 && $result == 0 && is_float($number) && fdiv(1, $number) < 0)
                ? $number : $result;
        }
        return $result;
    }

    public static function max(...$numbers) {
        $result = -INF;
        foreach ($numbers as $number) {
            $number = self::toNumber($number);
            if (is_nan($number)) {
                return NAN;
            }
            // 0 is greater than -0 for Math.max
            $result = $number > $result || ($number == 0 && $result == 0 && is_float($result) && fdiv(1, $result) < 0)
                ? $number : $result;
        }
        return $result;
    }

    public static function sqrt($value) {
        $value = self::toNumber($value);
        return $value < 0 ? NAN : self::number(sqrt($value));
    }

    // ToInt32 of a finite number: its integer part modulo 2^32, as a signed 32-bit integer (a radix of 4294967306 is 10
    // in JavaScript, where (int) kept it, or wrapped it modulo 2^64, and parseInt gave NaN).
    private static function int32($number): int {
        $whole = fmod($number < 0 ? ceil($number) : floor($number), 4294967296.0);
        if ($whole < 0) {
            $whole += 4294967296.0;
        }
        return (int) ($whole >= 2147483648.0 ? $whole - 4294967296.0 : $whole);
    }

    public static function parseInt($value, $radix = null) {
        if ($radix === null) {  // the usual arguments: an integer, whose String () is its digits, or a text of a few digits
            if (is_int($value) && $value > -9007199254740992 && $value < 9007199254740992) {
                return $value;
            }
            if (is_string($value) && $value !== '' && strlen($value) < 16 && strspn($value, '0123456789') === strlen($value)) {
                return (int) $value;
            }
        }
        $text = self::trim(self::toStr($value));
        $sign = str_starts_with($text, '-') ? -1 : 1;
        if ($text !== '' && ($text[0] === '-' || $text[0] === '+')) {
            $text = substr($text, 1);
        }
        $number = $radix === null ? 0 : self::toNumber($radix);  // ToInt32: NaN and undefined are 0, which means 10
        $base = is_nan($number) || is_infinite($number) ? 0 : self::int32($number);
        if ($base !== 0 && ($base < 2 || $base > 36)) {
            return NAN;
        }
        if (($base === 0 || $base === 16) && strtolower(substr($text, 0, 2)) === '0x') {
            $text = substr($text, 2);
            $base = 16;
        }
        $base = $base === 0 ? 10 : $base;
        $alphabet = substr('0123456789abcdefghijklmnopqrstuvwxyz', 0, $base);
        $length = strspn(strtolower($text), $alphabet);
        if ($length === 0) {
            return NAN;
        }
        $digits = ltrim(strtolower(substr($text, 0, $length)), '0');
        if ($digits === '' && $sign < 0) {
            return -0.0;  // parseInt ('-0') is -0 (1 / it is -Infinity)
        }
        if (strlen($digits) > self::MAX_DOUBLE_DIGITS) {
            return $sign * INF;
        }
        if ($base === 10 && strlen($digits) > 15) {
            return self::number($sign * (float) $digits);  // correctly rounded, as JavaScript's (intval saturates)
        }
        if (!in_array($base, self::EXACT_RADIXES, true)) {
            return self::number($sign * self::chunkedDigits($digits, $base));
        }
        if (strlen($digits) <= intdiv(63, (int) ceil(log($base, 2)))) {  // below 2^63: intval is exact
            return self::number($sign * intval($digits === '' ? '0' : $digits, $base));
        }
        $value = '0';  // exactly, in decimal digits, then correctly rounded (intval saturates at 2^63)
        for ($i = 0; $i < strlen($digits); $i++) {
            $value = bcadd(bcmul($value, (string) $base), (string) strpos($alphabet, $digits[$i]));
        }
        return $sign * (float) $value;
    }

    // The value of digits in a radix other than EXACT_RADIXES, as V8 reads it: in chunks of as many digits as keep the
    // chunk's multiplier (radix^n) within CHUNK_LIMIT, each read exactly and added to the value so far in doubles
    // (value * multiplier + chunk, two roundings), so that past 2^53 it rounds as Node does (red-team round 30:
    // parseInt ('9007199254740992', 36) was 1.9896986116031807e+24 in Node, 1.989698611603181e+24 here).
    private static function chunkedDigits(string $digits, int $base): float {
        $value = 0.0;
        $at = 0;
        $length = strlen($digits);
        while ($at < $length) {
            $chunk = 0;
            $multiplier = 1;
            while ($at < $length && $multiplier * $base <= self::CHUNK_LIMIT) {
                $chunk = $chunk * $base + intval($digits[$at], 36);
                $multiplier *= $base;
                $at++;
            }
            $value = $value * $multiplier + $chunk;
        }
        return $value;
    }

    public static function parseFloat($value) {
        if (!preg_match(self::DECIMAL, self::trim(self::toStr($value)), $match)) {
            return NAN;
        }
        return self::parsedDecimal($match[0]);
    }

    // JSON.stringify (undefined) is undefined itself; inside arrays undefined is written as null.
    public static function jsonStringify($value): ?string {
        return $value === null ? null : self::jsonText($value);
    }

    private static function jsonText($value): string {
        if ($value === null) {
            return 'null';
        }
        if (is_bool($value)) {
            return $value ? 'true' : 'false';
        }
        if (is_int($value) || is_float($value)) {
            return is_finite($value) ? self::numberToString($value) : 'null';
        }
        if (is_string($value)) {
            return json_encode($value, self::JSON_FLAGS);
        }
        if (self::isArray($value)) {
            // (a loop, not array_map: each level of array_map's callback took a C stack frame, and lists nested 100,000
            // deep ended the process with a segmentation fault)
            $texts = [];
            foreach ($value as $item) {
                $texts[] = self::jsonText($item);
            }
            return '[' . implode(',', $texts) . ']';
        }
        $items = [];
        foreach (self::keys($value) as $key) {
            if ($value[$key] !== null) {
                $items[] = json_encode((string) $key, self::JSON_FLAGS) . ':'
                    . self::jsonText($value[$key]);
            }
        }
        return '{' . implode(',', $items) . '}';
    }

    /** JSON.parse ($text). $integralFloats: false where the caller found no number of INTEGRAL_FLOAT's outside the
     * strings of $text, which spares looking for one; null where it did not look. */
    public static function jsonParse(string $text, int $depth = 512, ?bool $integralFloats = null) {
        // (Rare: a string may hold such a run too. A text that json_members found no number in that may be an integral
        // float has no exponent outside its strings.)
        if ($integralFloats !== false && preg_match(self::LONG_EXPONENT, $text) === 1) {
            $text = self::outsideStrings(self::EXPONENT_NUMBER, static fn (string $number): string =>
                preg_match(self::LONG_EXPONENT, $number) === 1 ? self::shortExponent($number) : $number, $text);
            $integralFloats = null;  // (the text read is no longer the caller's)
        }
        // An integer literal -0 is -0 to JSON.parse and the int 0 to json_decode (1 / x told them apart): where the
        // text may hold one (a -0 followed by what can end a number), each outside the strings is read as -0.0.
        if (str_contains($text, '-0') && preg_match(self::NEGATIVE_ZERO, $text) === 1) {
            $text = self::outsideStrings(self::NEGATIVE_ZERO_LITERAL, static fn (string $zero): string => '-0.0', $text);
            $integralFloats = null;
        }
        $value = json_decode($text, true, $depth, JSON_THROW_ON_ERROR);
        // Only a number with a fraction or an exponent decodes to a float, and only some can be integral: when the
        // text has none outside its strings (0 here; false, a regex error, walks anyway), nothing is normalised.
        if ($integralFloats === false || ($integralFloats === null && preg_match(self::INTEGRAL_FLOAT, $text) === 0)) {
            return $value;
        }
        if (is_float($value) || is_int($value)) {
            return self::number($value);
        }
        return is_array($value) ? self::normalised($value) ?? $value : $value;
    }

    /** $text with each match of $pattern (which skips MASKED_STRING) replaced by $replace (the match): the matches are
     * found in a copy of $text whose escaped backslashes and quotes are masked by as many characters, and written into
     * $text at their places. A text PCRE fails on is a JsonException: kept as it was, its numbers were read otherwise
     * by json_decode (1e-20001 written with 20,000 digits more 100 times too large, -0 the int 0). */
    private static function outsideStrings(string $pattern, callable $replace, string $text): string {
        $masked = str_replace(['\\\\', '\\"'], '__', $text);
        if (preg_match_all($pattern, $masked, $matches, PREG_OFFSET_CAPTURE) === false) {
            throw new \JsonException('the text could not be read for its numbers: ' . preg_last_error_msg());
        }
        $parts = [];
        $end = 0;
        foreach ($matches[0] as [$match, $offset]) {
            $parts[] = substr($text, $end, $offset - $end);
            $parts[] = $replace($match);
            $end = $offset + strlen($match);
        }
        $parts[] = substr($text, $end);
        return implode('', $parts);
    }

    /** $values with each number made what JSON.parse reads (Js::number); null where none changes, so that no array is
     * copied (a walk by reference made every element a reference, and cost 1.7 times as much). */
    private static function normalised(array $values): ?array {
        $changed = false;
        foreach ($values as $key => $item) {
            if (is_array($item)) {
                $item = self::normalised($item);
                if ($item === null) {
                    continue;
                }
            } elseif (is_float($item) || (is_int($item) && ($item > 9007199254740992 || $item < -9007199254740992))) {
                $number = self::number($item);
                if ($number === $item) {
                    continue;
                }
                $item = $number;
            } else {
                continue;
            }
            $values[$key] = $item;
            $changed = true;
        }
        return $changed ? $values : null;
    }
}
