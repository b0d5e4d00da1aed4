import Exchange from './base/Exchange.js';
import { ArgumentsRequired, BadRequest, ExchangeError } from './base/errors.js';
import Precise from './base/Precise.js';

export default class e014_dynamic extends Exchange {
    *pages () {
    // ^5 SUB-E014
        yield 1;
        // ^9 SUB-E014
    }

    async fetchCase (symbol, params = {}) {
        const all = arguments;
        //          ^ SUB-E014
        const nothing = void 0;
        //              ^ SUB-E014
        debugger;
        // ^9 SUB-E014
        const parent = super.options;
        //             ^ SUB-E014
        const computed = super['describe'] ();
        //               ^ SUB-E014
        const state = super.streamState ('k');
        //            ^ SUB-E014
        return [ all, nothing, parent, computed, state ];
    }

    async fetchTicker (symbol, params = {}) {
        return await super.fetchTicker (symbol, params);
    }
}
