import Exchange from './base/Exchange.js';
import { BadRequest, ExchangeError } from './base/errors.js';

// A caught error is an Error object in Node and an exception without keys in Python and PHP: it is only passed on.
export default class t009_caught_error_values extends Exchange {
    async fetchCase (symbol, params = {}) {
        try {
            return await this.fetchTime ();
        } catch (e) {
            this.rethrowUncaught (e);
            if (e instanceof BadRequest) {
                const message = e['message'];
                //              ^ SUB-T009
                const text = 'failed: ' + e;
                //                        ^ SUB-T009
                const read = this.safeString (e, 'message');
                //                            ^ SUB-T009
                return [ message, text, read, { 'e': 1 } ];
            }
            if (!(e instanceof BadRequest)) {
                throw e;
            }
            throw new ExchangeError (this.id + ' failed');
        }
    }
}
