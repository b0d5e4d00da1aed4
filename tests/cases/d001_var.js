import Exchange from './base/Exchange.js';
import { ArgumentsRequired, BadRequest, ExchangeError } from './base/errors.js';
import Precise from './base/Precise.js';

export default class d001_var extends Exchange {
    async fetchCase (symbol, params = {}) {
        var total = 0;
        // ^9 SUB-D001
        return total;
    }
}
