import Exchange from './base/Exchange.js';
import { ArgumentsRequired, BadRequest, ExchangeError } from './base/errors.js';
import Precise from './base/Precise.js';

export default class e015_spread extends Exchange {
    fetchAll (...symbols) {
    //        ^ SUB-E015
        return symbols;
    }

    orderFields (side = 'buy', amount = '1') {
        return side + ':' + amount;
    }

    async fetchCase (symbol, params = {}) {
        if (symbol === undefined) {
            throw new BadRequest (...params);
            //                    ^ SUB-E015
        }
        const a = this.extend (...params, {});
        //                     ^ SUB-E015
        const lists = [ {}, params ];
        // A list spread into parameters, one element more or less than they are, is cut or padded with undefined
        // in JavaScript and an error in Python and PHP (red-team round 29); into Math.max or Math.min, a long one is a
        // stack overflow in Node alone (round 32).
        const surplus = this.extend ({}, ...lists);
        //                               ^ SUB-E015
        const fields = 'sell:1:extra'.split (':');
        const side = this.orderFields (...fields);
        //                             ^ SUB-E015
        const highest = Math.max (...[ 1, 2 ]);
        //                        ^ SUB-E015
        const lowest = Math.min (0, ...lists);
        //                          ^ SUB-E015
        const merged = { ...params, 'a': 1 };
        const joined = [ ...lists, 1 ];
        // A string spreads into its characters in JavaScript only: spreads into arrays and calls are of arrays.
        const characters = [ ...symbol ];
        //                   ^ SUB-E015
        const unknown = this.extend ({}, ...params);
        //                               ^ SUB-E015
        const keyed = { ...'ab' };
        //              ^ SUB-E015
        return [ a, surplus, side, highest, lowest, merged, joined, characters, unknown, keyed ];
    }
}
