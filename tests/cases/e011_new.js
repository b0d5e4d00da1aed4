import Exchange from './base/Exchange.js';
import { ArgumentsRequired, BadRequest, ExchangeError } from './base/errors.js';
import Precise from './base/Precise.js';

export default class e011_new extends Exchange {
    async fetchCase (symbol, params = {}) {
        const when = new Date ();
        //           ^ SUB-E011
        const value = new Precise ('1');
        //            ^ SUB-E011
        const map = new Map ();
        //          ^ SUB-E011
        throw new BadRequest ('ok');
    }
}
