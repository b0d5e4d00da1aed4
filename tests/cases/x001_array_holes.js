import Exchange from './base/Exchange.js';

// An array literal with a hole: JavaScript leaves a hole, which Python's and PHP's lists cannot hold (the emitters
// failed on it, after the checker had passed the file).
export default class x001_array_holes extends Exchange {
    async fetchCase (symbol, params = {}) {
        const holes = [ , symbol ];
        //            ^ SUB-X001
        const inner = [ symbol, , params ];
        //            ^ SUB-X001
        const trailing = [ symbol, params, ];
        return [ holes, inner, trailing ];
    }
}
