import Exchange from './base/Exchange.js';
import { ArgumentsRequired, BadRequest, ExchangeError } from './base/errors.js';
import Precise from './base/Precise.js';

export default class e001_functions extends Exchange {
    async fetchCase (symbol, params = {}) {
        const ids = this.markets.map ((m) => m['id']);
        //                            ^ SUB-E001
        const callback = function (x) {
        //               ^ SUB-E001
            return x;
        };
        function nested () {
        // ^9 SUB-E001
        }
        const arrow = () => 1;
        //            ^ SUB-E001
        return [ ids, callback, arrow ];
    }
}
