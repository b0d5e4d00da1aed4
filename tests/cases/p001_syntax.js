import Exchange from './base/Exchange.js';
import { ArgumentsRequired, BadRequest, ExchangeError } from './base/errors.js';
import Precise from './base/Precise.js';

export default class p001_syntax extends Exchange {
    async fetchCase (symbol, params = {}) {
        const list = [ 1, 2;
        //                 ^ SUB-P001
        return list;
    }
}
