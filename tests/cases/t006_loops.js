import Exchange from './base/Exchange.js';
import { ArgumentsRequired, BadRequest, ExchangeError } from './base/errors.js';
import Precise from './base/Precise.js';

export default class t006_loops extends Exchange {
    async fetchCase (symbol, params = {}) {
        let page = 0;
        do {
        // ^9 SUB-T006
            page++;
        } while (page < 3);
        outer: for (let i = 0; i < 2; i++) {
        // ^9 SUB-T006
            for (let j = 0; j < 2; j++) {
                continue outer;
            }
        }
        return page;
    }
}
