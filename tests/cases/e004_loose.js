import Exchange from './base/Exchange.js';
import { ArgumentsRequired, BadRequest, ExchangeError } from './base/errors.js';
import Precise from './base/Precise.js';

export default class e004_loose extends Exchange {
    async fetchCase (symbol, params = {}) {
        if (symbol == undefined) {
        //         ^ SUB-E004
            return 1;
        }
        if (symbol != 'x') {
        //         ^ SUB-E004
            return 2;
        }
        return 3;
    }
}
