import Exchange from './base/Exchange.js';

export default class b004_own_key_reads extends Exchange {
    async fetchCase (symbol, params = {}) {
        const tickers = await this.fetchTickers ();
        const ticker = tickers[symbol];
        //                     ^ SUB-B004
        const key = 'con' + 'structor';
        const escape = symbol[key][key];
        //                    ^ SUB-B004
        //                         ^ SUB-B004
        const method = params['slice'];
        //                    ^ SUB-B004
        const then = params['then'];
        //                  ^ SUB-B004
        params[key] = 1;
        delete params[key];
        const list = [ 1, 2, 3 ];
        let total = 0;
        for (let i = 0; i < list.length; i++) {
            total = total + list[i] + list[i + 1] + list[list.length - 1];
        }
        const price = params['price'];
        const first = list[0];
        const inherited = (symbol in params) || ('toString' in params);
        //                 ^ SUB-B004
        //                                       ^ SUB-B004
        const own = ('price' in params) && (1 in list) && (list.length - 1 in list);
        return [ ticker, escape, method, then, total, price, first, inherited, own ];
    }
}
