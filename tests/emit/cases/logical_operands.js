import Exchange from './base/Exchange.js';

export default class logical_operands extends Exchange {
    run () {
        const empty = [];
        return [ 0 || 'a', 'x' || 'y', empty || 1, {} && 2, '' && 3, undefined || 'fallback', 0 && 1, (1 > 2) || (3 > 2),
            ('a' === 'a') && ('b' === 'c'), NaN || 'nan', 'kept' && 'last' ];
    }
}
