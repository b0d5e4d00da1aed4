import Exchange from './base/Exchange.js';
import { ArgumentsRequired, BadRequest, ExchangeError } from './base/errors.js';
import Precise from './base/Precise.js';

export default class t005_throw extends Exchange {
    makeError () {
        return new ExchangeError ('x');
        //     ^ SUB-B015
    }

    async fetchCase (symbol, params = {}) {
        if (symbol === undefined) {
            throw 'missing symbol';
            //    ^ SUB-T005
        }
        const error = new ExchangeError ('x');
        //            ^ SUB-B015
        if (params['a']) {
            throw error;
            //    ^ SUB-T005
        }
        if (params['b']) {
            throw this.makeError ();
            //    ^ SUB-T005
        }
        try {
            return 1;
        } catch (e) {
            this.rethrowUncaught (e);
            throw e;
        }
    }
}
