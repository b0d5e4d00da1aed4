import Exchange from './base/Exchange.js';

export default class spread extends Exchange {
    run () {
        const base = { 'a': 1, 'b': 2 };
        const more = { ...base, 'b': 3, 'c': 4 };
        const list = [ 1, 2 ];
        const longer = [ 0, ...list, 3, ...[ 4 ] ];
        const values = [ 4, 9, 2 ];
        return [ more, longer, Math.max (values[0], values[1]), [ ...values, ...list ], { ...undefined, 'x': 1 } ];
    }
}
