import Exchange from './base/Exchange.js';
import { ArgumentsRequired, BadRequest, ExchangeError } from './base/errors.js';
import Precise from './base/Precise.js';

export default class t001_for_in extends Exchange {
    async fetchCase (symbol, params = {}) {
        for (const key in params) {
        // ^9 SUB-T001
            return key;
        }
        return undefined;
    }
}
