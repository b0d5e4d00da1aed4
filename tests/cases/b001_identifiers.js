import Exchange from './base/Exchange.js';

export default class b001_identifiers extends Exchange {
    async fetchCase (symbol, params = {}) {
        const ｓｅｌｆ = symbol;
        //    ^ SUB-B001
        const \u0073ymbolId = symbol;
        //    ^ SUB-B001
        const price$ = params;
        //    ^ SUB-B001
        const mаrket = params;
        //    ^ SUB-B001
        return [ ｓｅｌｆ, symbolId, price$, mаrket ];
        //       ^ SUB-B001
        //                       ^ SUB-B001
        //                               ^ SUB-B001
    }
}
