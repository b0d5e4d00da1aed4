import Exchange from './base/Exchange.js';

export default class e019_methods extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'e019_methods',
            'api': {
                'public': {
                    'get': [ 'ticker/{pair}' ],
                },
            },
        });
    }

    ownHelper (value) {
        return value;
    }

    async fetchCase (symbol, trades, params = {}) {
        const buys = this.filterByArray (trades, 'side', 'buy');
        //                ^ SUB-E019
        const ticker = await this.publicGetTickerPair (this.extend ({ 'pair': symbol }, params));
        const sorted = this.sortBy (buys, 'price');
        const price = this.safe_string (ticker, 'price');
        //                 ^ SUB-E019
        const now = this.milliseconds ();
        const own = this.ownHelper (now);
        const missing = this.publicGetTickers ();
        //                   ^ SUB-E019
        return [ sorted, price, own, missing, this.frobnicate () ];
        //                                         ^ SUB-E019
    }
}
