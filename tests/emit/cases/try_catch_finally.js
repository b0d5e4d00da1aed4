import Exchange from './base/Exchange.js';
import { ExchangeError, InsufficientFunds, NetworkError } from './base/errors.js';

export default class try_catch_finally extends Exchange {
    run () {
        const out = [];
        try {
            out.push ('try');
            throw new InsufficientFunds ('no money');
        } catch (e) {
            out.push ('caught');
            out.push (e instanceof ExchangeError);
            out.push (e instanceof NetworkError);
        } finally {
            out.push ('finally');
        }
        try {
            out.push ('again');
        } finally {
            out.push ('finally again');
        }
        return out;
    }
}
