<?php

// Precise: exact arithmetic on decimal strings, as js/base/Precise.js does it (same vectors).
// Every method takes and returns strings; null (undefined) in, null out. Results have no exponent,
// no leading or trailing zeros, and never '-0'. Division keeps $precision decimals, truncated toward
// zero; division by zero is null. Integers are bcmath strings of any size.

namespace exchangekit;

final class Precise {
    // The text trimmed of what JavaScript's trim () removes (not NUL, as PHP's trim does), ASCII digits only.
    private const DECIMAL = '/^' . self::SPACE . '*([+-]?)([0-9]*)(?:\.([0-9]*))?(?:[eE]([+-]?[0-9]+))?' . self::SPACE . '*$/uD';
    private const SPACE = '[\t\n\x{0B}\f\r \x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}]';
    private const PLAIN = '/^-?(\d+)(?:\.(\d+))?$/D';

    // '-12.50e1' -> ['-1250', 1], meaning value / 10 ** scale.
    private static function parse($text): array {
        if (!preg_match(self::DECIMAL, (string) $text, $match) || ($match[2] === '' && ($match[3] ?? '') === '')) {
            throw new \InvalidArgumentException("Precise: not a decimal number: $text");
        }
        $fraction = $match[3] ?? '';
        $value = ltrim(($match[2] === '' ? '0' : $match[2]) . $fraction, '0');
        $value = $value === '' ? '0' : $value;
        $scale = strlen($fraction) - (int) ($match[4] ?? '0');
        if ($scale < 0) {
            $value = bcmul($value, bcpow('10', (string) -$scale));
            $scale = 0;
        }
        return [$match[1] === '-' && $value !== '0' ? '-' . $value : $value, $scale];
    }

    private static function format(string $value, int $scale): string {
        $negative = str_starts_with($value, '-');
        $digits = str_pad(ltrim($value, '-'), $scale + 1, '0', STR_PAD_LEFT);
        $integer = substr($digits, 0, strlen($digits) - $scale);
        $fraction = rtrim(substr($digits, strlen($digits) - $scale), '0');
        $text = $fraction === '' ? $integer : "$integer.$fraction";
        return $negative && trim($text, '0.') !== '' ? "-$text" : $text;
    }

    private static function shifted(string $value, int $places): string {
        return $places === 0 ? $value : bcmul($value, bcpow('10', (string) $places));
    }

    private static function aligned($a, $b): array {
        [$left, $leftScale] = self::parse($a);
        [$right, $rightScale] = self::parse($b);
        $scale = max($leftScale, $rightScale);
        return [self::shifted($left, $scale - $leftScale), self::shifted($right, $scale - $rightScale), $scale];
    }

    public static function string_add($a, $b): ?string {
        if ($a === null || $b === null) {
            return null;
        }
        [$left, $right, $scale] = self::aligned($a, $b);
        return self::format(bcadd($left, $right), $scale);
    }

    public static function string_sub($a, $b): ?string {
        if ($a === null || $b === null) {
            return null;
        }
        [$left, $right, $scale] = self::aligned($a, $b);
        return self::format(bcsub($left, $right), $scale);
    }

    public static function string_mul($a, $b): ?string {
        if ($a === null || $b === null) {
            return null;
        }
        [$left, $leftScale] = self::parse($a);
        [$right, $rightScale] = self::parse($b);
        return self::format(bcmul($left, $right), $leftScale + $rightScale);
    }

    public static function string_div($a, $b, $precision = 18): ?string {
        if ($a === null || $b === null) {
            return null;
        }
        [$left, $leftScale] = self::parse($a);
        [$right, $rightScale] = self::parse($b);
        if ($right === '0') {
            return null;
        }
        // bcdiv with scale 0 truncates toward zero, as BigInt division does.
        $quotient = bcdiv(self::shifted($left, $rightScale + $precision), self::shifted($right, $leftScale), 0);
        return self::format($quotient, $precision);
    }

    public static function string_mod($a, $b): ?string {
        if ($a === null || $b === null) {
            return null;
        }
        [$left, $right, $scale] = self::aligned($a, $b);
        return $right === '0' ? null : self::format(bcmod($left, $right), $scale);  // the sign follows the dividend
    }

    public static function string_neg($a): ?string {
        return $a === null ? null : self::string_sub('0', $a);
    }

    public static function string_abs($a): ?string {
        if ($a === null) {
            return null;
        }
        if (is_string($a) && preg_match(self::PLAIN, $a, $match)) {  // digits[.digits]: the zeros around them go, and the sign
            $integer = ltrim($match[1], '0');
            $fraction = rtrim($match[2] ?? '', '0');
            return ($integer === '' ? '0' : $integer) . ($fraction === '' ? '' : ".$fraction");
        }
        [$value, $scale] = self::parse($a);  // stringLt (a, '0') ? stringNeg (a) : stringAdd (a, '0'), in one parse
        return self::format(ltrim($value, '-'), $scale);
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
        [$left, $right] = self::aligned($a, $b);
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
