import Exchange from './base/Exchange.js';
import { ArgumentsRequired, BadRequest, ExchangeError } from './base/errors.js';
import Precise from './base/Precise.js';

export default class d002_let extends Exchange {
    async fetchCase (symbol, params = {}) {
        let price;
        //  ^ SUB-D002
        let amount = undefined;
        for (let item of params) {
            price = item;
        }
        return [ price, amount ];
    }
}
