import Exchange from './base/Exchange.js';
import { ArgumentsRequired, BadRequest, ExchangeError } from './base/errors.js';
import Precise from './base/Precise.js';

export default class a001_await extends Exchange {
    fetchNow () {
        return await this.fetchTime ();
        //     ^ SUB-A001
    }
}
