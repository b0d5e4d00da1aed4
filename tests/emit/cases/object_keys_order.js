import Exchange from './base/Exchange.js';

export default class object_keys_order extends Exchange {
    run () {
        const o = { 'b': 1, '10': 2, 'a': 3, '2': 4, '01': 5 };
        o['c'] = 6;
        o['1'] = 7;
        return [ Object.keys (o), Object.values (o), Object.keys ({}), Array.isArray ([]), Array.isArray (o),
            Number.isInteger (5), Number.isInteger (5.5), Number.isInteger ('5') ];
    }
}
