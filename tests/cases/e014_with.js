import Exchange from './base/Exchange.js';
import { ArgumentsRequired, BadRequest, ExchangeError } from './base/errors.js';
import Precise from './base/Precise.js';

export default class e014_with extends Exchange {
    async fetchCase (symbol, params = {}) {
        with (params) {
        // ^9 SUB-E014
            return 1;
        }
    }
}
