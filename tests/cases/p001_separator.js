import Exchange from './base/Exchange.js';
import { ArgumentsRequired, BadRequest, ExchangeError } from './base/errors.js';
import Precise from './base/Precise.js';

export default class p001_separator extends Exchange {
    async fetchCase (symbol, params = {}) {
        const total = 1_000;
        //             ^ SUB-P001
        return total;
    }
}
