import Exchange from './base/Exchange.js';
import { ArgumentsRequired, BadRequest, ExchangeError } from './base/errors.js';
import Precise from './base/Precise.js';

export default class d005_scope extends Exchange {
    async fetchCase (symbol, params = {}) {
        if (symbol !== undefined) {
            const market = this.market (symbol);
        }
        const total = later + 1;
        //            ^ SUB-D005
        const later = 1;
        const self = self;
        //           ^ SUB-D005
        return market;
        //     ^ SUB-D005
    }

    caseScopes (kind) {
        // A later case can be entered directly, where an earlier case's declaration never ran.
        switch (kind) {
        case 'a':
            const first = 'a';
            return first;
        case 'b':
            return first;
            //     ^ SUB-D005
        default:
            const other = 'c';
            return other;
        }
    }
}
