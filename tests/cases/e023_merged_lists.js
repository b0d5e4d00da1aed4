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
        const fine = this.extend (params, unknown);
        const joined = this.arrayConcat (list, [ symbol ]);
        return [ merged, second, deep, fine, joined ];
    }
}
