import Exchange from './base/Exchange.js';
import { BadResponse } from './base/errors.js';

// A call that changes its argument in place and then throws hands nothing back: a catch clause around
// `request = this.addAmount (request, ...)` went on with the request changed in Node and Python and as it was in PHP
// (red-team round 39: 'sell' there, 'buy' in PHP).
export default class d007_change_then_throw extends Exchange {
    addAmount (request, amount) {
        request['side'] = 'sell';
        request['amount'] = this.numberToString (this.parseNumber (amount));
        if (request['amount'] === undefined) {
            throw new BadResponse ('no amount');
        }
        return request;
    }

    caught (amount) {
        let request = { 'side': 'buy' };
        try {
            request = this.addAmount (request, amount);
            //        ^ SUB-D007
        } catch (e) {
            if (!(e instanceof BadResponse)) {
                throw e;
            }
        }
        return request['side'];
    }

    copied (amount) {
        let request = { 'side': 'buy' };
        try {
            request = this.addAmount (this.extend (request), amount);
        } catch (e) {
            if (!(e instanceof BadResponse)) {
                throw e;
            }
        }
        return request['side'];
    }

    uncaught (amount) {
        let request = { 'side': 'buy' };
        request = this.addAmount (request, amount);
        return request['side'];
    }
}
