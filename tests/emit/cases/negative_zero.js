import Exchange from './base/Exchange.js';

// Integral results of Math functions keep the sign of a zero, as JavaScript's doubles do (Python's ints have no -0,
// and floor (x) + 1 loses it): Math.round (-0.2) is -0, Math.min (0, -0) is -0. 1 / x tells -0 from 0.
export default class negative_zero extends Exchange {
    pick (value) {
        return value;
    }

    run () {
        const negative = this.pick (-0.4);
        const zero = this.pick (0);
        const negativeZero = this.pick (-0);
        return [
            1 / Math.round (negative), 1 / Math.round (-0.5), 1 / Math.round (negativeZero), 1 / Math.round (0.2),
            Math.round (-0.6), Math.round (-2.5), 1 / Math.ceil (negative), 1 / Math.ceil (-0.99), Math.ceil (-1.5),
            1 / Math.ceil (0.5), 1 / Math.trunc (negative), 1 / Math.trunc (0.7), Math.trunc (-1.7),
            1 / Math.floor (negativeZero), 1 / Math.floor (0.3), Math.floor (-0.3),
            1 / Math.min (zero, negativeZero), 1 / Math.min (negativeZero, zero), 1 / Math.min (zero, 1),
            1 / Math.max (negativeZero, zero), 1 / Math.max (zero, negativeZero), 1 / Math.max (negativeZero, -1),
            1 / Math.abs (negativeZero), 1 / Math.sqrt (negativeZero), Math.min (negativeZero), Math.max (negative),
            Math.round (negative) === 0, `${Math.round (negative)}`,
        ];
    }
}
