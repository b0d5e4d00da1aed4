import Exchange from './base/Exchange.js';
import { BadRequest, ExchangeError } from './base/errors.js';

// A finally block that ends early replaces the error it interrupted: Python's Unportable (a list nested past 1,000
// levels written out) became a return or an ExchangeError there, where Node went on.
export default class t008_finally extends Exchange {
    async fetchCase (symbol, params = {}) {
        let done = false;
        let x = [];
        try {
            const text = '' + x;
            done = true;
        } finally {
        // ^11 SUB-T008
            if (!done) {
                return 'sell';
            }
        }
        try {
            const text = '' + x;
            done = true;
        } catch (e) {
            if (!(e instanceof BadRequest)) {
                throw e;
            }
        } finally {
        // ^11 SUB-T008
            if (!done) {
                throw new ExchangeError ('not done');
            }
        }
        return 'buy';
    }
}
