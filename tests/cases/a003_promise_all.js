import Exchange from './base/Exchange.js';
import { ArgumentsRequired, BadRequest, ExchangeError } from './base/errors.js';
import Precise from './base/Precise.js';

export default class a003_promise_all extends Exchange {
    async fetchCase (symbol, params = {}) {
        const pending = Promise.all ([ this.fetchTicker (symbol) ]);
        //              ^ SUB-A003
        const call = await Promise.all (this.fetchTickers ());
        //                              ^ SUB-A003
        const mixed = await Promise.all ([ this.fetchTicker (symbol), this.extend ({}, params), 1 ]);
        // ^71 SUB-A003
        // ^97 SUB-A003
        const pushed = [];
        pushed.push (this.fetchOrderBook (symbol));
        pushed.push (this.safeDict (params, 'x'));
        // ^22 SUB-A003
        const both = await Promise.all (pushed);
        return [ pending, call, mixed, both ];
    }
}
