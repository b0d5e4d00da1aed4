import Exchange from './base/Exchange.js';

// Math.pow where C's pow (Python's math.pow, PHP's pow) differs from JavaScript's: zero to a negative power is an
// infinity (negative for -0 and an odd power), a NaN exponent and 1 ** Infinity are NaN, overflow keeps the sign.
// -0 is told from 0 by dividing by it.
export default class pow_edges extends Exchange {
    pick (value) {
        return value;
    }

    run () {
        const zero = this.pick (0);
        const negativeZero = this.pick (-0);
        const infinity = this.pick (Infinity);
        const nan = this.pick (NaN);
        return [
            Math.pow (zero, -1), Math.pow (negativeZero, -1), Math.pow (negativeZero, -3), Math.pow (negativeZero, -2),
            Math.pow (zero, -0.5), Math.pow (negativeZero, -0.5), Math.pow (zero, -infinity), Math.pow (zero, zero),
            Math.pow (zero, 0.5), 1 / Math.pow (negativeZero, 3), 1 / Math.pow (negativeZero, 2),
            Math.pow (1, infinity), Math.pow (-1, infinity), Math.pow (1, -infinity), Math.pow (1, nan),
            Math.pow (nan, 0), Math.pow (nan, 1), Math.pow (0.5, infinity), Math.pow (2, -infinity),
            Math.pow (infinity, -1), Math.pow (-infinity, 3), Math.pow (-infinity, 2), 1 / Math.pow (-infinity, -3),
            Math.pow (-8, 1 / 3), Math.pow (-2, 0.5), Math.pow (2, 0.5), Math.pow (-2, 3), Math.pow (2, 1024),
            Math.pow (-2, 1025), Math.pow (-0.5, -1075), Math.pow ('2', '3'), Math.pow (undefined, 0),
        ];
    }
}
