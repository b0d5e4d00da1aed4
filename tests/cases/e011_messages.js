import Exchange from './base/Exchange.js';
import { ExchangeError, BadRequest } from './base/errors.js';

// An error class takes one message, a string: a second argument was dropped in Node, put in the message in Python
// and a TypeError in PHP (an integer code), as was a dictionary for the message.
export default class e011_messages extends Exchange {
    async fetchCase (symbol, params = {}) {
        if (symbol === undefined) {
            throw new ExchangeError ('no symbol', 'fetchCase');
            //                                    ^ SUB-E011
        }
        if (symbol === '') {
            throw new BadRequest ({ 'symbol': symbol });
            //                    ^ SUB-E011
        }
        if (symbol === 'x') {
            throw new BadRequest (this.id + ' fetchCase ' + this.json ({ 'symbol': symbol }));
        }
        throw new ExchangeError ();
    }
}
