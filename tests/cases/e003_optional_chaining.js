import Exchange from './base/Exchange.js';
import { ArgumentsRequired, BadRequest, ExchangeError } from './base/errors.js';
import Precise from './base/Precise.js';

export default class e003_optional_chaining extends Exchange {
    async fetchCase (symbol, params = {}) {
        return params?.id;
        //           ^ SUB-E003
    }
}
