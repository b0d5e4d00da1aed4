import Exchange from './base/Exchange.js';
import { ArgumentsRequired, BadRequest, ExchangeError } from './base/errors.js';
import Precise from './base/Precise.js';

export default class t002_for_of extends Exchange {
    async fetchCase (symbol, params = {}) {
        let item = undefined;
        for (item of params) {
        //   ^ SUB-T002
            symbol = item;
        }
        for (const [ k, v ] of params) {
        //   ^ SUB-T002
            symbol = k + v;
        }
        for (const ok of params) {
            symbol = ok;
        }
        return symbol;
    }
}
