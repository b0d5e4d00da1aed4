import Exchange from './base/Exchange.js';
import { ArgumentsRequired, BadRequest, ExchangeError } from './base/errors.js';
import Precise from './base/Precise.js';

export default class e008_regex extends Exchange {
    async fetchCase (symbol, params = {}) {
        const clean = symbol.replace (/\//g, '');
        //                            ^ SUB-E008
        const pattern = RegExp ('x');
        //              ^ SUB-E008
        return [ clean, pattern ];
    }
}
