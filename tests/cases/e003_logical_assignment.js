import Exchange from './base/Exchange.js';
import { ArgumentsRequired, BadRequest, ExchangeError } from './base/errors.js';
import Precise from './base/Precise.js';

export default class e003_logical_assignment extends Exchange {
    async fetchCase (symbol, params = {}) {
        let x = params['id'];
        x ||= 'none';
        //^ SUB-E003
        return x;
    }
}
