import Exchange from './base/Exchange.js';
import { ArgumentsRequired, BadRequest, ExchangeError } from './base/errors.js';
import Precise from './base/Precise.js';

export default class e002_dots extends Exchange {
    async fetchCase (symbol, params = {}) {
        const order = params;
        const id = order.id;
        //               ^ SUB-E002
        const fee = this.options.fee;
        //                       ^ SUB-E002
        const method = this['fetchTicker'];
        //             ^ SUB-E002
        const size = order['list'].length;
        return [ id, fee, method, size ];
    }
}
