import Exchange from './base/Exchange.js';
import { ArgumentsRequired, BadRequest, ExchangeError } from './base/errors.js';
import Precise from './base/Precise.js';

export default class e013_delete_name extends Exchange {
    async fetchCase (symbol, params = {}) {
        delete params;
        // ^9 SUB-E013
        return params;
    }
}
