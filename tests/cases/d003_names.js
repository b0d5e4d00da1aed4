import Exchange from './base/Exchange.js';
import { ArgumentsRequired, BadRequest, ExchangeError } from './base/errors.js';
import Precise from './base/Precise.js';

export default class d003_names extends Exchange {
    from () {
    // ^5 SUB-D003
        return 1;
    }

    fetchOHLCV () {
    // ^5 SUB-E019
    // ^5 SUB-A002
        return 1;
    }

    fetch_ohlcv () {
    // ^5 SUB-D003
        return 2;
    }

    async fetchCase (symbol, params = {}) {
        const marketId = symbol;
        const market_id = marketId;
        //    ^ SUB-D003
        const from = 1;
        const list = [ from ];
        this.None = this.class;
        // ^9 SUB-B008
        //   ^ SUB-D003
        //   ^ SUB-B005
        //               ^ SUB-D003
        //               ^ SUB-B005
        const result = this.lambda (list);
        //                  ^ SUB-D003
        return [ market_id, list, this.print, result ];
        //                             ^ SUB-B005
    }
}
