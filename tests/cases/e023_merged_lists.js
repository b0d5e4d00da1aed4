import Exchange from './base/Exchange.js';

export default class e023_merged_lists extends Exchange {
    async fetchCase (symbol, params = {}) {
        const list = [ symbol ];
        const unknown = this.safeValue (params, 'extra');
        const merged = this.extend ([ 5, 6 ]);
        //                          ^ SUB-E023
        const second = this.extend ({ 'symbol': symbol }, list);
        //                                                ^ SUB-E023
        const deep = this.deepExtend (this.sortBy ([], 'id'), {});
        //                            ^ SUB-E023
        const omitted = this.omit ([ 5, 6 ], 'x');
        //                         ^ SUB-E023
        const sorted = this.keysort (list);
        //                           ^ SUB-E023
        const orderParams = this.unifiedOrderParams ('limit', [ 5, 6 ]);
        //                                                    ^ SUB-E023
        const fine = this.extend (params, unknown);
        const kept = this.omit (params, [ 'x' ]);
        const joined = this.arrayConcat (list, [ symbol ]);
        return [ merged, second, deep, omitted, sorted, orderParams, fine, kept, joined ];
    }
}
