import Exchange from './base/Exchange.js';

export default class typeof_values extends Exchange {
    run () {
        const values = [ 1, 'a', true, undefined, {}, [], 1.5, NaN ];
        const out = [];
        for (const value of values) {
            out.push ([ typeof value === 'number', typeof value === 'string', typeof value === 'boolean',
                typeof value === 'undefined', typeof value === 'object' ]);
        }
        return out;
    }
}
