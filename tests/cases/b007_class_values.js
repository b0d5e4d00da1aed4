import Exchange from './base/Exchange.js';
import { ExchangeError } from './base/errors.js';

export default class b007_class_values extends Exchange {
    async fetchCase (symbol, params = {}) {
        const exchange = this;
        //               ^ SUB-B007
        const capture = ExchangeError['captureStackTrace'];
        //              ^ SUB-B007
        const name = ExchangeError.name;
        //                         ^ SUB-E002
        const errors = { 'insufficient': ExchangeError };
        //                               ^ SUB-B014
        return [ exchange, capture, name, errors, this.id ];
    }
}
