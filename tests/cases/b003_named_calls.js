import Exchange from './base/Exchange.js';
import { ExchangeError } from './base/errors.js';

export default class b003_named_calls extends Exchange {
    async fetchCase (symbol, params = {}) {
        const handler = params;
        const a = handler (symbol);
        //        ^ SUB-B003
        const b = params['f'] ();
        //        ^ SUB-B003
        const c = symbol.slice (1) ();
        //        ^ SUB-B003
        const d = ExchangeError ('x');
        //        ^ SUB-B003
        const e = (a ? b : c) (d);
        //         ^ SUB-B003
        return [ a, b, c, d, e, symbol.slice (1), Math.floor (1), parseInt ('2'), await this.fetchTicker (symbol) ];
    }
}
