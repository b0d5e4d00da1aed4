// Precise: exact arithmetic on decimal strings ('0.1', '-12.5', '1e-8'), the way prices and amounts
// should be computed. Every method takes and returns strings; undefined in, undefined out. Results
// have no exponent, no leading or trailing zeros, and never '-0'. Division keeps `precision` decimals,
// truncated toward zero; division by zero is undefined. A number read or written has at most MAX_DIGITS
// digits before its point and MAX_DIGITS after it, and a precision is at most MAX_DIGITS (a BadResponse
// beyond). The Python and PHP runtimes mirror this file and are checked against the same vectors
// (tests/vectors/precise.json).

import { BadResponse } from './errors.js';

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;
const PLAIN = /^(-?)(\d+)(?:\.(\d+))?$/;
// The largest exponent read ('1e1000', '1e-1000'): a result has all of its digits, so '1e1000000000' would be a
// gigabyte of them, from a few bytes of a response. A double's exponents fit within it (1e308, 5e-324).
const MAX_EXPONENT = 1000;
// The most digits a number may have before its point, and after it, as written once its exponent is applied
// (leading and trailing zeros count): exact arithmetic costs what its digits say, and each runtime's another (24
// squarings of '17' did not end in PHP's bcmath in ten minutes, a quotient of 20,000 digits took it seconds; Node's
// BigInt ends at 2^30 bits). Twice the exponents and decimal places read elsewhere, so that a product of two such
// numbers is read; a result of at most 2 x 2000 digits stays below CPython's 4,300-digit bound on int's texts.
const MAX_DIGITS = 2000;
const TOO_MANY_DIGITS = 'Precise: a number of more than ' + MAX_DIGITS + ' digits before or after its point';

function digitsWithin (before, after) {
    // (before and after: the digits a number has on each side of its point)
    if ((before > MAX_DIGITS) || (after > MAX_DIGITS)) {
        throw new BadResponse (TOO_MANY_DIGITS);
    }
}

function bounded (text) {
    // text, a result, where it has at most MAX_DIGITS digits on each side of its point (a shorter text has)
    if (text.length > MAX_DIGITS) {
        const dot = text.indexOf ('.');
        const start = (text.charCodeAt (0) === 45) ? 1 : 0; // '-'
        digitsWithin (((dot < 0) ? text.length : dot) - start, (dot < 0) ? 0 : text.length - dot - 1);
    }
    return text;
}

// '−12.50e1' -> { value: -1250n, scale: 1 } meaning value / 10 ** scale.
function parse (text) {
    if (scanSmall (text)) { // the usual digits[.digits] of an exact Number, read without a pattern
        return { 'value': BigInt (smallNegative ? -smallValue : smallValue), 'scale': smallScale };
    }
    const plain = (typeof text === 'string') ? PLAIN.exec (text) : null;
    if (plain !== null) { // the usual digits[.digits], read without the general pattern
        const digits = plain[3] === undefined ? '' : plain[3];
        digitsWithin (plain[2].length, digits.length);
        const value = BigInt (plain[2] + digits);
        return { 'value': (plain[1] === '-') ? -value : value, 'scale': digits.length };
    }
    const match = DECIMAL.exec (String (text).trim ());
    if (match === null || (match[2] === '' && (match[3] === undefined || match[3] === ''))) {
        throw new BadResponse ('Precise: not a decimal number: ' + text); // (mostly a response's field: a unified error)
    }
    if (Math.abs (Number (match[4] || '0')) > MAX_EXPONENT) {
        throw new BadResponse ('Precise: not a decimal number: ' + text + ' (an exponent beyond ' + MAX_EXPONENT + ')');
    }
    const fraction = match[3] || '';
    const exponent = Number (match[4] || '0');
    digitsWithin (Math.max (match[2].length + exponent, 0), Math.max (fraction.length - exponent, 0));
    let value = BigInt ((match[2] || '0') + fraction);
    let scale = fraction.length - exponent;
    if (scale < 0) {
        value = value * power (-scale);
        scale = 0;
    }
    return { 'value': (match[1] === '-') ? -value : value, 'scale': scale };
}

const POWERS = [];

function power (exponent) {
    // 10n ** exponent, remembered for the usual exponents.
    if (exponent > 64) {
        return 10n ** BigInt (exponent);
    }
    let value = POWERS[exponent];
    if (value === undefined) {
        value = 10n ** BigInt (exponent);
        POWERS[exponent] = value;
    }
    return value;
}

function format (value, scale) {
    const negative = value < 0n;
    return formatDigits ((negative ? -value : value).toString (), negative, scale);
}

function formatDigits (unsigned, negative, scale) {
    // The decimal string of unsigned / 10 ** scale, with the sign unless it is zero.
    if (scale === 0) {
        return bounded ((negative && unsigned !== '0' && /[1-9]/.test (unsigned)) ? '-' + unsigned : unsigned);
    }
    const digits = unsigned.padStart (scale + 1, '0');
    const integer = digits.slice (0, digits.length - scale);
    let end = digits.length; // trailing zeros dropped by a loop: a /0+$/ pattern is quadratic on long runs of zeros
    while (end > digits.length - scale && digits[end - 1] === '0') {
        end--;
    }
    const fraction = digits.slice (digits.length - scale, end);
    const text = fraction.length ? integer + '.' + fraction : integer;
    return bounded ((negative && /[1-9]/.test (text)) ? '-' + text : text);
}

// What scanSmall read: the digits as an integer Number (the fraction's trailing zeros left out), its number of
// decimals and its sign. Module state rather than an object: the hot paths read millions of numbers.
let smallValue = 0;
let smallScale = 0;
let smallNegative = false;
let smallCanonical = false; // the text is already the result's form: no sign, no leading or trailing zeros
const SMALL_LIMIT = 9e14; // below it, value * 10 + digit stays below 2^53, where every integer is exact

function scanSmall (text) {
    // Whether text is a plain [-]digits[.digits] (the PLAIN pattern) whose value, without the fraction's trailing
    // zeros, is an integer below 2^53 over a power of ten: then smallValue, smallScale and smallNegative hold it.
    if ((typeof text !== 'string') || (text.length > MAX_DIGITS)) { // (a longer text is read, and bounded, by parse)
        return false;
    }
    const length = text.length;
    let i = 0;
    let negative = false;
    if ((length > 0) && (text.charCodeAt (0) === 45)) { // '-'
        negative = true;
        i = 1;
    }
    const start = i;
    let value = 0;
    let code = 0;
    for (; i < length; i++) {
        code = text.charCodeAt (i);
        if ((code < 48) || (code > 57)) {
            break;
        }
        if (value >= SMALL_LIMIT) {
            return false;
        }
        value = value * 10 + (code - 48);
    }
    if (i === start) {
        return false;
    }
    let canonical = !negative && ((i === start + 1) || (text.charCodeAt (start) !== 48));
    let scale = 0;
    if (i < length) {
        if (code !== 46) { // '.'
            return false;
        }
        i++;
        if (i === length) {
            return false; // '5.' is not plain
        }
        let zeros = 0; // zeros read but not yet known to be followed by another digit
        for (; i < length; i++) {
            code = text.charCodeAt (i);
            if (code === 48) {
                zeros++;
            } else if ((code > 48) && (code <= 57)) {
                for (; zeros >= 0; zeros--) {
                    if (value >= SMALL_LIMIT) {
                        return false;
                    }
                    value = value * 10;
                    scale++;
                }
                zeros = 0;
                value = value + (code - 48);
            } else {
                return false;
            }
        }
        canonical = canonical && (zeros === 0);
    }
    smallValue = value;
    smallScale = scale;
    smallNegative = negative;
    smallCanonical = canonical;
    return true;
}

function smallFormat (value, scale) {
    // The decimal string of an integer Number below 2^53 in magnitude over 10 ** scale.
    return (value < 0) ? numberDigits (-value, true, scale) : numberDigits (value, false, scale);
}

function numberDigits (unsigned, negative, scale) {
    // formatDigits (String (unsigned), negative, scale) for an integer Number below 2^53: the trailing zeros are
    // divided away first (exact), so the string is cut once and never padded but for values below 1.
    let value = unsigned;
    let decimals = scale;
    while ((decimals > 0) && (value % 10 === 0) && (value !== 0)) {
        value = value / 10;
        decimals--;
    }
    if (value === 0) {
        return '0';
    }
    const digits = String (value);
    const sign = negative ? '-' : '';
    if (decimals === 0) {
        return negative ? sign + digits : digits;
    }
    const integerLength = digits.length - decimals;
    if (integerLength > 0) {
        return sign + digits.slice (0, integerLength) + '.' + digits.slice (integerLength);
    }
    digitsWithin (1, decimals); // (a product's decimals are its factors' together)
    return sign + '0.' + '0'.repeat (-integerLength) + digits;
}

function smallQuotient (a, b, precision) {
    // a / b in Number arithmetic where b's digits divide a power of ten up to 10^4 (2, 4, 5, 8, 10, 25, 100,
    // 0.5, ...: averages and percentages) and the quotient, exact, has at most precision decimals and stays
    // below 2^53; else undefined. (Exact, so the same as the truncated quotient.)
    if ((typeof precision !== 'number') || !Number.isInteger (precision) || (precision < 0) || !scanSmall (b)) {
        return undefined;
    }
    const divisor = smallValue;
    const divisorScale = smallScale;
    const divisorNegative = smallNegative;
    if ((divisor === 0) || (divisor > 10000) || (divisorScale > 15) || !scanSmall (a)) {
        return undefined;
    }
    // a / b = (A / 10^as) / (D / 10^ds) = A * (10^k / D) * 10^ds / 10^(as + k), for the least k where D divides 10^k.
    for (let k = 0; k <= 4; k++) {
        if (SCALES[k] % divisor === 0) {
            const scale = smallScale + k;
            const value = smallValue * (SCALES[k] / divisor) * SCALES[divisorScale];
            if ((scale > precision) || (value > Number.MAX_SAFE_INTEGER)) {
                return undefined;
            }
            return numberDigits (value, smallNegative !== divisorNegative, scale);
        }
    }
    return undefined;
}

// smallAligned's result: a and b at their common number of decimals, as integer Numbers below 2^53.
let alignedLeft = 0;
let alignedRight = 0;
let alignedScale = 0;

function smallAligned (a, b) {
    // Whether a and b are plain decimals that are exact integer Numbers at their common number of decimals
    // (then in alignedLeft, alignedRight, alignedScale).
    if (!scanSmall (a)) {
        return false;
    }
    let left = smallNegative ? -smallValue : smallValue;
    const leftScale = smallScale;
    if (!scanSmall (b)) {
        return false;
    }
    let right = smallNegative ? -smallValue : smallValue;
    let scale = smallScale;
    if (leftScale > scale) {
        right = right * SCALES[leftScale - scale];
        scale = leftScale;
    } else if (leftScale < scale) {
        left = left * SCALES[scale - leftScale];
    }
    if ((left > Number.MAX_SAFE_INTEGER) || (left < -Number.MAX_SAFE_INTEGER) || (right > Number.MAX_SAFE_INTEGER) || (right < -Number.MAX_SAFE_INTEGER)) {
        return false;
    }
    if ((left !== left) || (right !== right)) {
        return false; // a factor past SCALES' last (1e22) is undefined, and the product NaN
    }
    alignedLeft = left;
    alignedRight = right;
    alignedScale = scale;
    return true;
}

// Exact powers of ten as Numbers (1e22 is the last one a double holds exactly).
const SCALES = [ 1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22 ];

function canonical (integer, fraction) {
    // '007', '5000' -> '7.5': an unsigned decimal without leading or trailing zeros.
    let start = 0;
    while (start < integer.length - 1 && integer[start] === '0') {
        start++;
    }
    let end = fraction.length;
    while (end > 0 && fraction[end - 1] === '0') {
        end--;
    }
    return (end > 0) ? integer.slice (start) + '.' + fraction.slice (0, end) : integer.slice (start);
}

function aligned (a, b) {
    const left = parse (a);
    const right = parse (b);
    const scale = Math.max (left.scale, right.scale);
    return [ left.value * power (scale - left.scale), right.value * power (scale - right.scale), scale ];
}

function missing (a, b) {
    return a === undefined || b === undefined || a === null || b === null;
}

export default class Precise {
    static stringAdd (a, b) {
        if (missing (a, b)) {
            return undefined;
        }
        if (smallAligned (a, b)) {
            const sum = alignedLeft + alignedRight;
            if ((sum <= Number.MAX_SAFE_INTEGER) && (sum >= -Number.MAX_SAFE_INTEGER)) {
                return smallFormat (sum, alignedScale);
            }
        }
        const [ l, r, s ] = aligned (a, b);
        return format (l + r, s);
    }

    static stringSub (a, b) {
        if (missing (a, b)) {
            return undefined;
        }
        if (smallAligned (a, b)) {
            const difference = alignedLeft - alignedRight;
            if ((difference <= Number.MAX_SAFE_INTEGER) && (difference >= -Number.MAX_SAFE_INTEGER)) {
                return smallFormat (difference, alignedScale);
            }
        }
        const [ l, r, s ] = aligned (a, b);
        return format (l - r, s);
    }

    static stringMul (a, b) {
        if (missing (a, b)) {
            return undefined;
        }
        if (scanSmall (a)) {
            const left = smallValue;
            const leftScale = smallScale;
            const leftNegative = smallNegative;
            if (scanSmall (b)) {
                const value = left * smallValue; // exact below 2^53, else the product of their BigInts
                const negative = leftNegative !== smallNegative;
                if (value <= Number.MAX_SAFE_INTEGER) {
                    return numberDigits (value, negative, leftScale + smallScale);
                }
                const product = BigInt (left) * BigInt (smallValue);
                return formatDigits (product.toString (), negative, leftScale + smallScale);
            }
        }
        const l = parse (a);
        const r = parse (b);
        return format (l.value * r.value, l.scale + r.scale);
    }

    static stringDiv (a, b, precision = 18) {
        if (missing (a, b)) {
            return undefined;
        }
        if (!Number.isInteger (precision) || (precision < 0)) {
            // (BigInt arithmetic threw for most such precisions, not all: a negative one could still give digits)
            throw new RangeError ('Precise: the precision must be a non-negative integer, not ' + precision);
        }
        if (precision > MAX_DIGITS) {
            throw new BadResponse ('Precise: a precision of more than ' + MAX_DIGITS + ' digits');
        }
        const small = smallQuotient (a, b, precision);
        if (small !== undefined) {
            return small;
        }
        const l = parse (a);
        const r = parse (b);
        if (r.value === 0n) {
            return undefined;
        }
        // (l / 10^ls) / (r / 10^rs) = l * 10^rs / (r * 10^ls); scaled by 10^precision, truncated (BigInt division truncates).
        const numerator = l.value * power (r.scale + precision);
        const denominator = r.value * power (l.scale);
        return format (numerator / denominator, precision);
    }

    static stringMod (a, b) {
        if (missing (a, b)) {
            return undefined;
        }
        const [ l, r, s ] = aligned (a, b);
        return (r === 0n) ? undefined : format (l % r, s);
    }

    static stringNeg (a) {
        return (a === undefined || a === null) ? undefined : Precise.stringSub ('0', a);
    }

    static stringAbs (a) {
        if (a === undefined || a === null) {
            return undefined;
        }
        if (scanSmall (a)) { // digits[.digits] need no arithmetic: the zeros around them go, and the sign
            return smallCanonical ? a : numberDigits (smallValue, false, smallScale);
        }
        const plain = (typeof a === 'string') ? PLAIN.exec (a) : null;
        if (plain !== null) {
            const fraction = (plain[3] === undefined) ? '' : plain[3];
            digitsWithin (plain[2].length, fraction.length);
            return canonical (plain[2], fraction);
        }
        const { value, scale } = parse (a);
        return format ((value < 0n) ? -value : value, scale);
    }

    static stringMin (a, b) {
        if (missing (a, b)) {
            return undefined;
        }
        return Precise.stringLt (a, b) ? Precise.stringAdd (a, '0') : Precise.stringAdd (b, '0');
    }

    static stringMax (a, b) {
        if (missing (a, b)) {
            return undefined;
        }
        return Precise.stringGt (a, b) ? Precise.stringAdd (a, '0') : Precise.stringAdd (b, '0');
    }

    static compare (a, b) {
        if ((b === '0') && scanSmall (a)) { // a's sign (exchanges ask whether a value is above zero)
            return (smallValue === 0) ? 0 : (smallNegative ? -1 : 1);
        }
        if (smallAligned (a, b)) {
            return (alignedLeft < alignedRight) ? -1 : ((alignedLeft > alignedRight) ? 1 : 0);
        }
        const [ l, r ] = aligned (a, b);
        return (l < r) ? -1 : ((l > r) ? 1 : 0);
    }

    static stringEq (a, b) {
        return missing (a, b) ? undefined : Precise.compare (a, b) === 0;
    }

    static stringGt (a, b) {
        return missing (a, b) ? undefined : Precise.compare (a, b) > 0;
    }

    static stringGe (a, b) {
        return missing (a, b) ? undefined : Precise.compare (a, b) >= 0;
    }

    static stringLt (a, b) {
        return missing (a, b) ? undefined : Precise.compare (a, b) < 0;
    }

    static stringLe (a, b) {
        return missing (a, b) ? undefined : Precise.compare (a, b) <= 0;
    }
}
