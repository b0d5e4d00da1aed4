import Exchange from './base/Exchange.js';
import { BadRequest, ExchangeError } from './base/errors.js';

// A made error is an Error object in Node and an exception without keys in Python and PHP: it is made where it is
// thrown.
export default class b015_error_values extends Exchange {
    async fetchCase (symbol, params = {}) {
        const error = new BadRequest ('boom');
        //            ^ SUB-B015
        const errors = [ new ExchangeError ('first'), { 'e': new BadRequest ('second') } ];
        //               ^ SUB-B015
        //                                                   ^ SUB-B015
        if (symbol === undefined) {
            throw new BadRequest ('text: ' + new ExchangeError ('inner'));
            //                               ^ SUB-B015
        }
        if (errors.length > 1) {
            throw new ExchangeError (this.id + ' fetchCase failed');
        }
        return [ error, errors ];
    }
}
