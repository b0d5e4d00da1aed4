import Exchange from './base/Exchange.js';
import { ArgumentsRequired, BadRequest, ExchangeError } from './base/errors.js';
import Precise from './base/Precise.js';

export default class e015_spread extends Exchange {
    fetchAll (...symbols) {
    //        ^ SUB-E015
        return symbols;
    }

    async fetchCase (symbol, params = {}) {
        if (symbol === undefined) {
            throw new BadRequest (...params);
            //                    ^ SUB-E015
        }
        const a = this.extend (...params, {});
        //                     ^ SUB-E015
        const lists = [ {}, params ];
        const ok = this.extend ({}, ...lists);
        const merged = { ...params, 'a': 1 };
        const joined = [ ...lists, 1 ];
        // A string spreads into its characters in JavaScript only: spreads into arrays and calls are of arrays.
        const characters = [ ...symbol ];
        //                   ^ SUB-E015
        const unknown = this.extend ({}, ...params);
        //                               ^ SUB-E015
        const keyed = { ...'ab' };
        //              ^ SUB-E015
        return [ a, ok, merged, joined, characters, unknown, keyed ];
    }
}
