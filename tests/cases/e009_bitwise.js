import Exchange from './base/Exchange.js';
import { ArgumentsRequired, BadRequest, ExchangeError } from './base/errors.js';
import Precise from './base/Precise.js';

export default class e009_bitwise extends Exchange {
    async fetchCase (symbol, params = {}) {
        let flags = params['a'] & 1;
        //                      ^ SUB-E009
        flags = flags | 2;
        //            ^ SUB-E009
        flags = flags ^ 4;
        //            ^ SUB-E009
        flags = flags << 1;
        //            ^ SUB-E009
        flags = flags >> 1;
        //            ^ SUB-E009
        flags = flags >>> 1;
        //            ^ SUB-E009
        flags = ~flags;
        //      ^ SUB-E009
        flags |= 8;
        //    ^ SUB-E009
        return flags;
    }
}
