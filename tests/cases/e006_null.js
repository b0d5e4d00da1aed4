import Exchange from './base/Exchange.js';

// Python and PHP have one value for null and undefined: `x === null` was true there for a missing key.
export default class e006_null extends Exchange {
    async fetchCase (symbol, params = {}) {
        const value = this.safeValue (params, 'x');
        if (value === null) {
        //            ^ SUB-E006
            return 'null';
        }
        const empty = null;
        //            ^ SUB-E006
        return [ value === undefined, empty, 'null' ];
    }
}
