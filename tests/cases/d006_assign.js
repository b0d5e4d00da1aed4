import Exchange from './base/Exchange.js';
import { ArgumentsRequired, BadRequest, ExchangeError } from './base/errors.js';
import Precise from './base/Precise.js';

export default class d006_assign extends Exchange {
    async fetchCase (symbol, params = {}) {
        const count = 0;
        count = 1;
        // ^9 SUB-D006
        count++;
        // ^9 SUB-D006
        undefined = 1;
        // ^9 SUB-D006
        Precise = 2;
        // ^9 SUB-D006
        let ok = 0;
        ok += 1;
        params = {};
        return [ count, ok ];
    }
}
