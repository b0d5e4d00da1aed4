import Exchange from './base/Exchange.js';
import { BadRequest, ExchangeError, InsufficientFunds } from './base/errors.js';

// An error class as a value is a class in Node, a type in Python and a string in PHP (its name): it stays where the
// base class takes it.
export default class b014_error_class_values extends Exchange {
    describe () {
        const parent = super.describe ();
        const merged = this.deepExtend (parent, { 'id': 'b014_error_class_values' });
        const exact = parent['exceptions'];
        //                   ^ SUB-B014
        return this.deepExtend (merged, {
            'options': {
                'parent': merged,
                //        ^ SUB-B014
                'errors': { 'funds': InsufficientFunds },
                //                   ^ SUB-B014
                'exceptions': { 'kind': InsufficientFunds },
                //                      ^ SUB-B014
                'kept': this.omit (parent['options'], [ 'x' ]),
                'exact': exact,
            },
            'exceptions': {
                'exact': { '1001': BadRequest },
                'broad': { 'balance': InsufficientFunds },
            },
        });
    }

    handleErrors (status, reason, url, method, responseHeaders, responseBody, response, requestHeaders, requestBody) {
        const code = this.safeString (response, 'code');
        this.throwExactlyMatchedException (this.exceptions['exact'], code, reason);
        this.throwBroadlyMatchedException (this.exceptions['broad'], reason, reason);
        const exact = this.exceptions['exact'];
        //            ^ SUB-B014
        const errorClass = this.safeValue (this.httpExceptions, '400');
        //                                 ^ SUB-B014
        const map = { 'x': ExchangeError };
        //                 ^ SUB-B014
        const description = this.describe ();
        //                  ^ SUB-B014
        if (errorClass === BadRequest) {
            //             ^ SUB-B014
            throw new BadRequest (reason);
        }
        return [ exact, map, description ];
    }

    handleStreamError (url, error) {
        if (error instanceof BadRequest) {
            this.rejectUpdate (url, undefined, BadRequest, 'refused');
        }
        this.rejectUpdate (url, undefined, ExchangeError, 'closed');
        return undefined;
    }
}
