import Exchange from './base/Exchange.js';

// The calls collected for Promise.all start one after the other: nothing may throw between the first and Promise.all,
// or the calls already started have no handler (Node ends the process when one rejects).
export default class a005_collected_calls extends Exchange {
    async fetchLiteral (symbol, params = {}) {
        const depth = this.safeInteger (params, 'depth');
        const plain = await Promise.all ([ this.fetchTicker (symbol), this.fetchOrderBook (symbol, depth, { 'a': [ 1, -2 ] }) ]);
        const computed = await Promise.all ([ this.fetchTicker (symbol), this.fetchOrderBook (symbol, this.safeInteger (params, 'depth')) ]);
        // ^103 SUB-A005
        const first = await Promise.all ([ this.fetchTicker (params['symbol']), this.fetchTicker (params['other']) ]);
        // ^99 SUB-A005
        return [ plain, computed, first ];
    }

    async fetchPushed (symbols, params = {}) {
        const pending = [];
        pending.push (this.fetchTicker (symbols[0]));
        const market = this.market (symbols[1]);
        // ^9 SUB-A005
        pending.push (this.fetchTicker (market['symbol']));
        //                              ^ SUB-A005
        const tickers = await Promise.all (pending);
        return tickers;
    }

    async fetchLooped (symbols, ids, params = {}) {
        const byIndex = [];
        for (let i = 0; i < symbols.length; i++) {
            byIndex.push (this.fetchTicker (symbols[i], { 'id': ids[i] }));
            // ^57 SUB-A005
        }
        const first = await Promise.all (byIndex);
        const byName = [];
        for (const symbol of symbols) {
            byName.push (this.fetchTicker (symbol, params));
        }
        const second = (await Promise.all (byName)).length;
        const checked = [];
        for (let i = 0; i < symbols.length; i++) {
            const market = this.market (symbols[i]);
            // ^13 SUB-A005
            checked.push (this.fetchTicker (market['symbol']));
            //                              ^ SUB-A005
        }
        const third = await Promise.all (checked);
        const counted = [];
        for (let i = 0; i < this.sum (symbols.length, 1); i++) {
        // ^9 SUB-A005
            counted.push (this.fetchTicker (symbols[0]));
        }
        const fourth = await Promise.all (counted);
        return [ first, second, third, fourth ];
    }

    async fetchApart (symbols, params = {}) {
        const late = [];
        late.push (this.fetchTicker (symbols));
        const count = this.sum (1, 2);
        const results = [ count, await Promise.all (late) ];
        //                                          ^ SUB-A005
        const after = [];
        after.push (this.fetchTicker (symbols));
        let found = undefined;
        try {
            found = this.parseTickers (await Promise.all (after));
            return [ results, found ];
        } catch (e) {
            this.rethrowUncaught (e);
            return results;
        }
    }
}
