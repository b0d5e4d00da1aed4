import Exchange from './base/Exchange.js';
import { ArgumentsRequired, BadRequest, ExchangeError } from './base/errors.js';
import Precise from './base/Precise.js';

export default class e005_typeof extends Exchange {
    async fetchCase (symbol, params = {}) {
        if (typeof params === 'function') {
        //                    ^ SUB-E005
            return 1;
        }
        const kind = typeof symbol;
        //           ^ SUB-E005
        if (typeof symbol === kind) {
        //                    ^ SUB-E005
            return 2;
        }
        if (typeof symbol !== 'string') {
            return 3;
        }
        return kind;
    }
}
