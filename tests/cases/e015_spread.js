import Exchange from './base/Exchange.js';
import { ArgumentsRequired, BadRequest, ExchangeError } from './base/errors.js';
import Precise from './base/Precise.js';

export default class e015_spread extends Exchange {
    fetchAll (...symbols) {
    //        ^ SUB-E015
        return symbols;
    }

    async fetchCase (symbol, params = {}) {
        const error = new BadRequest (...params);
        //                            ^ SUB-E015
        const a = this.extend (...params, {});
        //                     ^ SUB-E015
        const ok = this.extend ({}, ...params);
        const merged = { ...params, 'a': 1 };
        const joined = [ ...params, 1 ];
        return [ error, a, ok, merged, joined ];
    }
}
