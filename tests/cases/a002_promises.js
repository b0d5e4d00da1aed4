import Exchange from './base/Exchange.js';
import { ArgumentsRequired, BadRequest, ExchangeError } from './base/errors.js';
import Precise from './base/Precise.js';

export default class a002_promises extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'api': { 'public': { 'get': [ 'ticker/{pair}' ] }, 'private': { 'post': { 'order/new': 1 } } },
        });
    }

    helper () {
        return 1;
    }

    // a helper's name, which callers do not await, and a unified method's, which they do (red-team round 34)
    async parseLater (value) {
    //    ^ SUB-A002
        return value;
    }

    fetchFundingFees (params = {}) {
    // ^5 SUB-A002
        return params;
    }

    async fetchCase (symbol, params = {}) {
        this.loadMarkets ();
        // ^9 SUB-A002
        const ticker = this.publicGetTickerPair (params);
        //             ^ SUB-A002
        const one = await this.helper ();
        //          ^ SUB-A002
        const two = await this.safeString (params, 'x');
        //          ^ SUB-A002
        // a method of the native layer's (red-team round 34: its kind was not known, so its await passed)
        const three = await this.crc32 ('abc');
        //            ^ SUB-A002
        const pending = [];
        pending.push (this.privatePostOrderNew (params));
        //            ^ SUB-A002
        const pair = [ await this.fetchTicker (symbol), await this.fetchOrderBook (symbol) ];
        // asyncio cannot await a plain value (a TypeError there), which Node and the synchronous targets go on with
        const value = await pair;
        //                  ^ SUB-A002
        const written = await 5;
        //                    ^ SUB-A002
        const twice = await (await this.fetchTicker (symbol));
        //                   ^ SUB-A002
        return this.fetchTicker (symbol);
        //     ^ SUB-A002
    }
}
