import Exchange from './base/Exchange.js';
import { ArgumentsRequired, BadRequest, ExchangeError } from './base/errors.js';
import Precise from './base/Precise.js';

export default class t004_catch_binding extends Exchange {
    async fetchCase (symbol, params = {}) {
        try {
            return 1;
        } catch {
        //      ^ SUB-T004
            return 2;
        }
    }
}
