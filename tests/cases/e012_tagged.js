import Exchange from './base/Exchange.js';
import { ArgumentsRequired, BadRequest, ExchangeError } from './base/errors.js';
import Precise from './base/Precise.js';

export default class e012_tagged extends Exchange {
    async fetchCase (symbol, params = {}) {
        const path = String.raw`a${symbol}`;
        //           ^ SUB-E012
        const plain = `/api/${symbol}`;
        return [ path, plain ];
    }
}
