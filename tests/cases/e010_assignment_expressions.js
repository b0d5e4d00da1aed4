import Exchange from './base/Exchange.js';
import { ArgumentsRequired, BadRequest, ExchangeError } from './base/errors.js';
import Precise from './base/Precise.js';

export default class e010_assignment_expressions extends Exchange {
    async fetchCase (symbol, params = {}) {
        let a = 0;
        let b = 0;
        a = b = 1;
        //  ^ SUB-E010
        if ((a = 2) > 1) {
        //   ^ SUB-E010
            b = 3;
        }
        const list = [ 1, 2 ];
        const first = list[a++];
        //                 ^ SUB-E010
        const pair = (a, b);
        //            ^ SUB-E010
        for (let i = 0, j = 0; i < 2; i++, j++) {
        //                            ^ SUB-E010
        }
        return [ first, pair ];
    }
}
