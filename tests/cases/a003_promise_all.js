import Exchange from './base/Exchange.js';
import { ArgumentsRequired, BadRequest, ExchangeError } from './base/errors.js';
import Precise from './base/Precise.js';

export default class a003_promise_all extends Exchange {
    async fetchCase (symbol, params = {}) {
        const pending = Promise.all ([ this.fetchTicker (symbol) ]);
        //              ^ SUB-A003
        const call = await Promise.all (this.fetchTickers ());
        //                              ^ SUB-A003
        return [ pending, call ];
    }
}
