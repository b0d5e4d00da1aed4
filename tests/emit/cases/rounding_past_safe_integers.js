import Exchange from './base/Exchange.js';

export default class rounding_past_safe_integers extends Exchange {
    run () {
        // Math.floor, ceil, trunc and round give a double past 2^53: adding to one rounds as JavaScript does.
        const a = Math.floor (1e20) + 1;
        const b = Math.round (1e17) + 1;
        const c = Math.ceil (9007199254740993.5) + 1;
        const d = Math.trunc (1e18) + 7;
        const e = Math.floor (-1e20) - 1;
        return [ '' + a, a === 1e20, '' + b, '' + c, '' + d, '' + e, Math.floor (12.5), Math.round (-0.2) ];
    }
}
