// Precise: exact arithmetic on decimal strings ('0.1', '-12.5', '1e-8'), the way prices and amounts
// should be computed. Every method takes and returns strings; undefined in, undefined out. Results
// have no exponent, no leading or trailing zeros, and never '-0'. Division keeps `precision` decimals,
// truncated toward zero; division by zero is undefined. The Python and PHP runtimes mirror this file
// and are checked against the same vectors (tests/vectors/precise.json).

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;
const PLAIN = /^(-?)(\d+)(?:\.(\d+))?$/;

// '−12.50e1' -> { value: -1250n, scale: 1 } meaning value / 10 ** scale.
function parse (text) {
    const plain = (typeof text === 'string') ? PLAIN.exec (text) : null;
    if (plain !== null) { // the usual digits[.digits], read without the general pattern
        const digits = plain[3] === undefined ? '' : plain[3];
        const value = BigInt (plain[2] + digits);
        return { 'value': (plain[1] === '-') ? -value : value, 'scale': digits.length };
    }
    const match = DECIMAL.exec (String (text).trim ());
    if (match === null || (match[2] === '' && (match[3] === undefined || match[3] === ''))) {
        throw new Error ('Precise: not a decimal number: ' + text);
    }
    const fraction = match[3] || '';
    let value = BigInt ((match[2] || '0') + fraction);
    let scale = fraction.length - Number (match[4] || '0');
    if (scale < 0) {
        value = value * (10n ** BigInt (-scale));
        scale = 0;
    }
    return { 'value': (match[1] === '-') ? -value : value, 'scale': scale };
}

function format (value, scale) {
    const negative = value < 0n;
    return formatDigits ((negative ? -value : value).toString (), negative, scale);
}

function formatDigits (unsigned, negative, scale) {
    // The decimal string of unsigned / 10 ** scale, with the sign unless it is zero.
    const digits = unsigned.padStart (scale + 1, '0');
    const integer = digits.slice (0, digits.length - scale);
    let end = digits.length; // trailing zeros dropped by a loop: a /0+$/ pattern is quadratic on long runs of zeros
    while (end > digits.length - scale && digits[end - 1] === '0') {
        end--;
    }
    const fraction = digits.slice (digits.length - scale, end);
    const text = fraction.length ? integer + '.' + fraction : integer;
    return (negative && /[1-9]/.test (text)) ? '-' + text : text;
}

function smallParts (text) {
    // A plain digits[.digits] of at most 15 digits as an exact Number: { value, scale, negative }, else undefined.
    const plain = (typeof text === 'string') ? PLAIN.exec (text) : null;
    const fraction = (plain === null || plain[3] === undefined) ? '' : plain[3];
    if (plain === null || plain[2].length + fraction.length > 15) {
        return undefined;
    }
    return { 'value': Number (plain[2] + fraction), 'scale': fraction.length, 'negative': plain[1] === '-' };
}

function smallProduct (a, b) {
    // a * b in Number arithmetic where it is exact (both below 10^15, the product below 2^53), else undefined.
    const left = smallParts (a);
    const right = (left === undefined) ? undefined : smallParts (b);
    if (right === undefined) {
        return undefined;
    }
    const value = left.value * right.value;
    if (value > Number.MAX_SAFE_INTEGER) {
        return undefined;
    }
    return formatDigits (String (value), left.negative !== right.negative, left.scale + right.scale);
}

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
    return [ left.value * (10n ** BigInt (scale - left.scale)), right.value * (10n ** BigInt (scale - right.scale)), scale ];
}

function binary (a, b, operation) {
    return (a === undefined || b === undefined || a === null || b === null) ? undefined : operation (a, b);
}

export default class Precise {
    static stringAdd (a, b) {
        return binary (a, b, (x, y) => { const [ l, r, s ] = aligned (x, y); return format (l + r, s); });
    }

    static stringSub (a, b) {
        return binary (a, b, (x, y) => { const [ l, r, s ] = aligned (x, y); return format (l - r, s); });
    }

    static stringMul (a, b) {
        return binary (a, b, (x, y) => {
            const small = smallProduct (x, y);
            if (small !== undefined) {
                return small;
            }
            const l = parse (x);
            const r = parse (y);
            return format (l.value * r.value, l.scale + r.scale);
        });
    }

    static stringDiv (a, b, precision = 18) {
        return binary (a, b, (x, y) => {
            const l = parse (x);
            const r = parse (y);
            if (r.value === 0n) {
                return undefined;
            }
            // (l / 10^ls) / (r / 10^rs) = l * 10^rs / (r * 10^ls); scaled by 10^precision, truncated (BigInt division truncates).
            const numerator = l.value * (10n ** BigInt (r.scale + precision));
            const denominator = r.value * (10n ** BigInt (l.scale));
            return format (numerator / denominator, precision);
        });
    }

    static stringMod (a, b) {
        return binary (a, b, (x, y) => { const [ l, r, s ] = aligned (x, y); return (r === 0n) ? undefined : format (l % r, s); });
    }

    static stringNeg (a) {
        return (a === undefined || a === null) ? undefined : Precise.stringSub ('0', a);
    }

    static stringAbs (a) {
        if (a === undefined || a === null) {
            return undefined;
        }
        const plain = (typeof a === 'string') ? PLAIN.exec (a) : null;
        if (plain !== null) { // digits[.digits] need no arithmetic: the zeros around them go, and the sign
            return canonical (plain[2], plain[3] === undefined ? '' : plain[3]);
        }
        const { value, scale } = parse (a);
        return format ((value < 0n) ? -value : value, scale);
    }

    static stringMin (a, b) {
        return binary (a, b, (x, y) => Precise.stringLt (x, y) ? Precise.stringAdd (x, '0') : Precise.stringAdd (y, '0'));
    }

    static stringMax (a, b) {
        return binary (a, b, (x, y) => Precise.stringGt (x, y) ? Precise.stringAdd (x, '0') : Precise.stringAdd (y, '0'));
    }

    static compare (a, b) {
        const [ l, r ] = aligned (a, b);
        return (l < r) ? -1 : ((l > r) ? 1 : 0);
    }

    static stringEq (a, b) {
        return binary (a, b, (x, y) => Precise.compare (x, y) === 0);
    }

    static stringGt (a, b) {
        return binary (a, b, (x, y) => Precise.compare (x, y) > 0);
    }

    static stringGe (a, b) {
        return binary (a, b, (x, y) => Precise.compare (x, y) >= 0);
    }

    static stringLt (a, b) {
        return binary (a, b, (x, y) => Precise.compare (x, y) < 0);
    }

    static stringLe (a, b) {
        return binary (a, b, (x, y) => Precise.compare (x, y) <= 0);
    }
}
