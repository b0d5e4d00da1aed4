import Exchange from './base/Exchange.js';
import { ArgumentsRequired, BadRequest, ExchangeError } from './base/errors.js';
import Precise from './base/Precise.js';

export default class p001_for_await extends Exchange {
    async fetchCase (symbol, params = {}) {
        for await (const x of params) {
        //  ^ SUB-P001
            return x;
        }
        return 1;
    }
}
