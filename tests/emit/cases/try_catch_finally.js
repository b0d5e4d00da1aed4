import Exchange from './base/Exchange.js';
import { ExchangeError, InsufficientFunds, NetworkError } from './base/errors.js';

export default class try_catch_finally extends Exchange {
    run () {
        const out = [];
        // (finally blocks are not part of the subset: SUB-T008)
        try {
            out.push ('try');
            throw new InsufficientFunds ('no money');
        } catch (e) {
            if (!(e instanceof InsufficientFunds)) {
                throw e;
            }
            out.push ('caught');
            out.push (e instanceof ExchangeError);
            out.push (e instanceof NetworkError);
        }
        out.push ('after');
        try {
            out.push ('again');
        } catch (e) {
            this.rethrowUncaught (e);
            out.push ('not reached');
        }
        return out;
    }
}
