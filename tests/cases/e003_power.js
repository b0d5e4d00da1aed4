import Exchange from './base/Exchange.js';
import { ArgumentsRequired, BadRequest, ExchangeError } from './base/errors.js';
import Precise from './base/Precise.js';

export default class e003_power extends Exchange {
    async fetchCase (symbol, params = {}) {
        let size = 2 ** 3;
        //           ^ SUB-E003
        size **= 2;
        //   ^ SUB-E003
        return size;
    }
}
