<?php

// Precise: exact arithmetic on decimal strings, as js/base/Precise.js does it (same vectors).
// Every method takes and returns strings; null (undefined) in, null out. Results have no exponent,
// no leading or trailing zeros, and never '-0'. Division keeps $precision decimals, truncated toward
// zero; division by zero is null. A number read or written has at most MAX_DIGITS digits before its point and
// MAX_DIGITS after it, and a precision is at most MAX_DIGITS (a BadResponse beyond). Plain texts ([-]digits[.digits]) go to bcmath as they are; any other form is read
// into an integer string and a scale, computed in PHP's own integers while they fit in 64 bits (18 digits), bcmath
// beyond.

namespace exchangekit;

final class Precise {
    // The text trimmed of what JavaScript's trim () removes (not NUL, as PHP's trim does), ASCII digits only.
    // The largest exponent read ('1e1000', '1e-1000'): a result has all of its digits, so '1e1000000000' would be a
    // gigabyte of them, from a few bytes of a response. A double's exponents fit within it (1e308, 5e-324).
    private const MAX_EXPONENT = 1000;
    // The most digits a number may have before its point, and after it, as written once its exponent is applied
    // (leading and trailing zeros count): exact arithmetic costs what its digits say, and bcmath's division is
    // quadratic (js/base/Precise.js).
    public const MAX_DIGITS = 2000;
    private const DECIMAL = '/^' . self::SPACE . '*([+-]?)([0-9]*)(?:\.([0-9]*))?(?:[eE]([+-]?[0-9]+))?' . self::SPACE . '*$/uD';
    private const SPACE = '[\t\n\x{0B}\f\r \x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}]';
    // Integers of at most this many characters (a sign included) are added, subtracted and compared as PHP ints.
    private const SMALL = 18;
    // A plain text: [-]digits[.digits], digits on both sides of a point. One PCRE match tells it for a third of what
    // two strspn cost (PHP's strspn compares each character with each of the digits).
    private const PLAIN = '/^-?+[0-9]++(?:\.[0-9]++)?$/D';
    private const CACHE_SIZE = 512;

    /** @var array<string, array{0: string, 1: int}> the texts read last (a structure reads the same price in
     * several operations, and the constants '0', '2', '100' in most) */
    private static array $parsed = [];

    // '-12.50e1' -> ['-1250', 1], meaning value / 10 ** scale: an integer string without leading zeros, '-' only
    // before one that is not zero.
    private static function parse($text): array {
        if (!is_string($text)) {
            return self::read($text);
        }
        $parsed = self::$parsed[$text] ?? null;
        if ($parsed !== null) {
            return $parsed;
        }
        // the usual [-]digits[.digits], read without the general pattern
        $negative = $text !== '' && $text[0] === '-';
        $body = $negative ? substr($text, 1) : $text;
        $dot = strpos($body, '.');
        $fraction = $dot === false ? '' : substr($body, $dot + 1);
        $digits = $dot === false ? $body : substr($body, 0, $dot) . $fraction;
        if ($digits !== '' && ctype_digit($digits)) {
            self::digitsWithin(strlen($digits) - strlen($fraction), strlen($fraction));
            $value = ltrim($digits, '0');
            $parsed = [$value === '' ? '0' : ($negative ? '-' . $value : $value), strlen($fraction)];
        } else {
            $parsed = self::read($text);
        }
        if (count(self::$parsed) >= self::CACHE_SIZE) {
            self::$parsed = [];
        }
        if (strlen($text) <= 64) {  // numbers, not whatever long text a response holds
            self::$parsed[$text] = $parsed;
        }
        return $parsed;
    }

    // The general form: spaces around, a sign, an exponent.
    private static function read($text): array {
        $text = Js::toStr($text);  // as String () writes it: true is 'true', not PHP's '1'
        if (!preg_match(self::DECIMAL, $text, $match) || ($match[2] === '' && ($match[3] ?? '') === '')) {
            throw new BadResponse("Precise: not a decimal number: $text");  // (mostly a response's field: a unified error)
        }
        $exponent = ltrim(ltrim($match[4] ?? '', '+-'), '0');
        if (strlen($exponent) > strlen((string) self::MAX_EXPONENT) || (int) $exponent > self::MAX_EXPONENT) {
            throw new BadResponse("Precise: not a decimal number: $text (an exponent beyond "
                . self::MAX_EXPONENT . ')');
        }
        $fraction = $match[3] ?? '';
        $shift = (int) ($match[4] ?? '0');
        self::digitsWithin(max(strlen($match[2]) + $shift, 0), max(strlen($fraction) - $shift, 0));
        $value = ltrim(($match[2] === '' ? '0' : $match[2]) . $fraction, '0');
        $value = $value === '' ? '0' : $value;
        $scale = strlen($fraction) - $shift;
        if ($scale < 0) {
            $value = bcmul($value, bcpow('10', (string) -$scale));
            $scale = 0;
        }
        return [$match[1] === '-' && $value !== '0' ? '-' . $value : $value, $scale];
    }

    private static function digitsWithin(int $before, int $after): void {
        if ($before > self::MAX_DIGITS || $after > self::MAX_DIGITS) {
            throw new BadResponse('Precise: a number of more than ' . self::MAX_DIGITS . ' digits before or after its point');
        }
    }

    // $text, a result, where it has at most MAX_DIGITS digits on each side of its point (a shorter text has).
    private static function bounded(string $text): string {
        if (strlen($text) > self::MAX_DIGITS) {
            $dot = strpos($text, '.');
            $sign = $text[0] === '-' ? 1 : 0;
            self::digitsWithin(($dot === false ? strlen($text) : $dot) - $sign, $dot === false ? 0 : strlen($text) - $dot - 1);
        }
        return $text;
    }

    private static function format(string $value, int $scale): string {
        return self::bounded(self::written($value, $scale));
    }

    private static function written(string $value, int $scale): string {
        if ($scale === 0) {
            return $value === '-0' ? '0' : $value;
        }
        $negative = $value[0] === '-';
        if ($negative) {
            $value = substr($value, 1);
        }
        $length = strlen($value);
        if ($length <= $scale) {
            $value = str_repeat('0', $scale + 1 - $length) . $value;
            $length = $scale + 1;
        }
        // (the integer part has no leading zero: integers come without one, and padded to a single 0)
        $fraction = rtrim(substr($value, $length - $scale), '0');
        $text = $fraction === '' ? substr($value, 0, $length - $scale) : substr($value, 0, $length - $scale) . '.' . $fraction;
        return $negative && $text !== '0' ? "-$text" : $text;
    }

    private static function shifted(string $value, int $places): string {
        return ($places === 0 || $value === '0') ? $value : $value . str_repeat('0', $places);
    }

    /** The count of decimals of a plain text, [-]digits[.digits]; null for any other text. */
    public static function plain_scale(string $text): ?int {
        if (preg_match(self::PLAIN, $text) !== 1) {
            return null;
        }
        $point = strpos($text, '.');
        return $point === false ? 0 : strlen($text) - $point - 1;
    }

    // $operation (add, sub, mul, div) on two plain texts, [-]digits[.digits] with digits on both sides of a point, which
    // bcmath reads as Precise does: at the scale that keeps every digit (div: scaled_quotient's $precision decimals),
    // written as Precise writes a result. False where a text is not plain (a sign '+', spaces, an exponent, '.5': the
    // general form reads it); one call, as PHP's calls are dear.
    private static function plain(string $operation, $a, $b, int $precision = 0): string|false|null {
        $scales = [];
        foreach ([$a, $b] as $text) {
            if (!is_string($text) || strlen($text) > self::MAX_DIGITS) {
                return false;  // (a longer text is read, and bounded, by parse)
            }
            $scale = self::plain_scale($text);
            if ($scale === null) {
                return false;
            }
            $scales[] = $scale;
        }
        switch ($operation) {
            case 'add':
                $scale = max($scales);
                $value = bcadd($a, $b, $scale);
                break;
            case 'sub':
                $scale = max($scales);
                $value = bcsub($a, $b, $scale);
                break;
            case 'mul':
                return self::product(str_replace('.', '', $a), str_replace('.', '', $b), $scales[0] + $scales[1]);
            default:
                if (ltrim($b, '-0.') === '') {
                    return null;  // (by zero)
                }
                return self::scaled_quotient(str_replace('.', '', $a), $scales[0], str_replace('.', '', $b), $scales[1],
                    $precision);
        }
        if ($scale > 0) {
            $value = rtrim(rtrim($value, '0'), '.');
        }
        return self::bounded($value === '-0' ? '0' : $value);
    }

    private static function aligned($a, $b): array {
        [$left, $leftScale] = self::parse($a);
        [$right, $rightScale] = self::parse($b);
        if ($leftScale === $rightScale) {
            return [$left, $right, $leftScale];
        }
        return $leftScale < $rightScale ? [self::shifted($left, $rightScale - $leftScale), $right, $rightScale]
            : [$left, self::shifted($right, $leftScale - $rightScale), $leftScale];
    }

    public static function string_add($a, $b): ?string {
        if ($a === null || $b === null) {
            return null;
        }
        $plain = self::plain('add', $a, $b);
        if ($plain !== false) {
            return $plain;
        }
        [$left, $right, $scale] = self::aligned($a, $b);
        return self::format(strlen($left) <= self::SMALL && strlen($right) <= self::SMALL
            ? (string) ((int) $left + (int) $right) : bcadd($left, $right), $scale);
    }

    public static function string_sub($a, $b): ?string {
        if ($a === null || $b === null) {
            return null;
        }
        $plain = self::plain('sub', $a, $b);
        if ($plain !== false) {
            return $plain;
        }
        [$left, $right, $scale] = self::aligned($a, $b);
        return self::format(strlen($left) <= self::SMALL && strlen($right) <= self::SMALL
            ? (string) ((int) $left - (int) $right) : bcsub($left, $right), $scale);
    }

    public static function string_mul($a, $b): ?string {
        if ($a === null || $b === null) {
            return null;
        }
        $shifted = (is_string($a) && is_string($b) && $b !== '' && $b[0] === '1')
            ? self::by_power_of_ten($a, $b, -1, self::MAX_DIGITS) : false;
        if ($shifted !== false) {
            return $shifted;
        }
        $plain = self::plain('mul', $a, $b);
        if ($plain !== false) {
            return $plain;
        }
        [$left, $leftScale] = self::parse($a);
        [$right, $rightScale] = self::parse($b);
        return self::product($left, $right, $leftScale + $rightScale);
    }

    /** The product of integer texts $left and $right (leading zeros allowed) with $scale decimals, written as Precise
     * writes a result: on PHP's integers where it fits (a plain ticker change by 100: string_mul 0.48 -> 0.37 us),
     * bcmul beyond. */
    private static function product(string $left, string $right, int $scale): string {
        // (the product of two integers of n and m digits has at most n + m digits)
        return self::format(strlen($left) + strlen($right) <= self::SMALL ? (string) ((int) $left * (int) $right)
            : bcmul($left, $right), $scale);
    }

    public static function string_div($a, $b, $precision = 18): ?string {
        if ($a === null || $b === null) {
            return null;
        }
        $precision ??= 18;  // (undefined is the default, passed or not, as in JavaScript)
        if (is_float($precision) && is_finite($precision) && floor($precision) === $precision && $precision >= 0) {
            // a whole float is an integer, as 10 / 2 is (5.0 here, 5 in Node); 1e20 is too many digits
            $precision = $precision > self::MAX_DIGITS ? self::MAX_DIGITS + 1 : (int) $precision;
        }
        if (!is_int($precision) || $precision < 0) {  // (as Node's stringDiv, before it reads a or b)
            throw new \InvalidArgumentException("Precise: the precision must be a non-negative integer, not " . Js::toStr($precision));
        }
        if ($precision > self::MAX_DIGITS) {
            throw new BadResponse('Precise: a precision of more than ' . self::MAX_DIGITS . ' digits');
        }
        $shifted = (is_string($a) && is_string($b) && $b !== '' && $b[0] === '1')
            ? self::by_power_of_ten($a, $b, 1, $precision) : false;
        if ($shifted !== false) {
            return $shifted;
        }
        $plain = self::plain('div', $a, $b, $precision);
        if ($plain !== false) {
            return $plain;
        }
        [$left, $leftScale] = self::parse($a);
        [$right, $rightScale] = self::parse($b);
        if ($right === '0') {
            return null;
        }
        if ($right[0] === '1' && strspn($right, '0', 1) === strlen($right) - 1) {
            // By a power of ten (a percentage's 100, a tick size's 1000...): l / 10^(ls + k - rs), digits moved.
            return self::moved($left, $leftScale + strlen($right) - 1 - $rightScale, $precision);
        }
        return self::scaled_quotient($left, $leftScale, $right, $rightScale, $precision);
    }

    /** l / 10^$places of an integer text l without leading zeros, with at most $precision decimals, truncated toward
     * zero as BigInt division is: its digits moved. */
    private static function moved(string $left, int $places, int $precision): string {
        if ($places <= $precision) {
            return self::format($places < 0 ? self::shifted($left, -$places) : $left, max($places, 0));
        }
        $negative = $left[0] === '-';
        $digits = substr($negative ? substr($left, 1) : $left, 0, $precision - $places);  // truncated
        return self::format($digits === '' ? '0' : ($negative ? "-$digits" : $digits), $precision);
    }

    /** $a / 10^k ($direction 1) or $a * 10^k ($direction -1) of a plain text $a of at most 18 characters and $b, '1'
     * and k zeros (a percentage's 100, a tick size's 1000): moved as the general paths move it, without reading either
     * text as a decimal (string_div of a fee in percent by '100': 0.65 -> 0.26 us; string_mul of a ratio by '100':
     * 0.41 -> 0.28 us); false for any other texts. A product has at most $a's decimals: $precision never cuts it. */
    private static function by_power_of_ten(string $a, string $b, int $direction, int $precision): string|false {
        $powers = strlen($b) - 1;
        if ($powers > self::SMALL || strlen($a) > self::SMALL || strspn($b, '0', 1) !== $powers) {
            return false;
        }
        $scale = self::plain_scale($a);
        // (the int's text: the digits without a leading zero, as moved takes them)
        return $scale === null ? false
            : self::moved((string) (int) str_replace('.', '', $a), $scale + $direction * $powers, $precision);
    }

    /** (l / 10^ls) / (r / 10^rs) of integer texts l and r (r not 0) = l * 10^rs / (r * 10^ls), scaled by 10^precision
     * and truncated toward zero, as BigInt division is: long division on PHP's integers where both fit (half of
     * bcdiv's time: a volume over another), bcdiv beyond. */
    private static function scaled_quotient(string $left, int $leftScale, string $right, int $rightScale,
                                            int $precision): string {
        $numerator = self::shifted($left, $rightScale);
        $denominator = self::shifted($right, $leftScale);
        if (strlen($numerator) > self::SMALL || strlen($denominator) > self::SMALL - 2) {
            return self::format(bcdiv(self::shifted($numerator, $precision), $denominator, 0), $precision);
        }
        return self::integer_quotient((int) $numerator, (int) $denominator, $precision);
    }

    /** $dividend / $divisor, both below 10^18 in size and $divisor not 0 and below 10^16, with $precision decimals,
     * truncated toward zero as BigInt division is, written as Precise writes a result (see quotient_digits). For
     * callers that hold the integers already (safe_ticker's derivations). */
    public static function integer_quotient(int $dividend, int $divisor, int $precision): string {
        return self::format(self::quotient_digits($dividend, $divisor, $precision), $precision);
    }

    /** integer_quotient's digits, unwritten: [-]digits of the quotient times 10^$precision, truncated (a '-' before
     * zeros where the quotient is a negative one truncated to 0). Long division in PHP integers, the quotient's
     * digits, then the remainder's, a few at a time (the remainder stays below the divisor, so remainder * 10^step
     * stays below 10^18). */
    public static function quotient_digits(int $dividend, int $divisor, int $precision): string {
        $negative = ($dividend < 0) !== ($divisor < 0);
        $dividend = abs($dividend);
        $divisor = abs($divisor);
        $digits = (string) intdiv($dividend, $divisor);
        $remainder = $dividend % $divisor;
        $step = self::SMALL - strlen((string) $divisor);
        for ($places = $precision; $places > 0; $places -= $count) {
            if ($remainder === 0) {
                $digits .= str_repeat('0', $places);
                break;
            }
            $count = min($step, $places);
            $remainder *= 10 ** $count;
            $digits .= str_pad((string) intdiv($remainder, $divisor), $count, '0', STR_PAD_LEFT);
            $remainder %= $divisor;
        }
        return $negative ? "-$digits" : $digits;
    }

    public static function string_mod($a, $b): ?string {
        if ($a === null || $b === null) {
            return null;
        }
        [$left, $right, $scale] = self::aligned($a, $b);
        if ($right === '0') {
            return null;
        }
        // the sign follows the dividend, with % as with bcmod
        return self::format(strlen($left) <= self::SMALL && strlen($right) <= self::SMALL
            ? (string) ((int) $left % (int) $right) : bcmod($left, $right), $scale);
    }

    public static function string_neg($a): ?string {
        return $a === null ? null : self::string_sub('0', $a);
    }

    public static function string_abs($a): ?string {
        if ($a === null) {
            return null;
        }
        [$value, $scale] = self::parse($a);  // stringLt (a, '0') ? stringNeg (a) : stringAdd (a, '0'), in one parse
        return self::format($value[0] === '-' ? substr($value, 1) : $value, $scale);
    }

    public static function string_min($a, $b): ?string {
        if ($a === null || $b === null) {
            return null;
        }
        return self::string_add(self::string_lt($a, $b) ? $a : $b, '0');
    }

    public static function string_max($a, $b): ?string {
        if ($a === null || $b === null) {
            return null;
        }
        return self::string_add(self::string_gt($a, $b) ? $a : $b, '0');
    }

    public static function compare($a, $b): int {
        // Texts of at most 15 characters and no exponent have at most 15 digits (DBL_DIG): distinct such numbers read
        // as distinct doubles, in their order (strtod rounds correctly); is_numeric reads the forms parse reads, the
        // spaces it allows around them among those parse trims.
        if (is_string($a) && is_string($b) && strlen($a) <= 15 && strlen($b) <= 15 && is_numeric($a) && is_numeric($b)
                && strpbrk($a . $b, 'eE') === false) {
            return (float) $a <=> (float) $b;
        }
        [$left, $right] = self::aligned($a, $b);
        if (strlen($left) <= self::SMALL && strlen($right) <= self::SMALL) {
            return (int) $left <=> (int) $right;
        }
        return bccomp($left, $right);
    }

    public static function string_eq($a, $b): ?bool {
        return $a === null || $b === null ? null : self::compare($a, $b) === 0;
    }

    public static function string_gt($a, $b): ?bool {
        return $a === null || $b === null ? null : self::compare($a, $b) > 0;
    }

    public static function string_ge($a, $b): ?bool {
        return $a === null || $b === null ? null : self::compare($a, $b) >= 0;
    }

    public static function string_lt($a, $b): ?bool {
        return $a === null || $b === null ? null : self::compare($a, $b) < 0;
    }

    public static function string_le($a, $b): ?bool {
        return $a === null || $b === null ? null : self::compare($a, $b) <= 0;
    }
}
