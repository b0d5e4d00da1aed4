import Exchange from './base/Exchange.js';

export default class math_functions extends Exchange {
    run () {
        return [ Math.round (2.5), Math.round (-2.5), Math.round (0.49999999999999994), Math.round (-0.5), Math.round (1.4),
            Math.floor (-1.5), Math.ceil (1.2), Math.abs (-3), Math.max (1, 5, 3), Math.min (2, -1),
            Math.sqrt (16), Math.trunc (-4.7), Math.sqrt (-1), Math.sqrt (2), Math.floor (7 / 2) ];
    }
}
