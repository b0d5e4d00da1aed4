import Exchange from './base/Exchange.js';
import { ArgumentsRequired, BadRequest, ExchangeError } from './base/errors.js';
import Precise from './base/Precise.js';

export default class e013_delete extends Exchange {
    async fetchCase (symbol, params = {}) {
        delete params.type;
        // ^9 SUB-E013
        delete params['ok'];
        return params;
    }
}
