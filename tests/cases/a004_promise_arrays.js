import Exchange from './base/Exchange.js';

// What an array handed to Promise.all holds is a promise in Node, a coroutine in asyncio and the value in synchronous
// Python and PHP: it is declared empty in the method, filled with push and read by Promise.all only.
export default class a004_promise_arrays extends Exchange {
    async fetchCase (symbol, params = {}) {
        const pending = [];
        pending.push (this.fetchTicker (symbol));
        const copy = pending.slice ();
        //           ^ SUB-A004
        // ^9 SUB-A005
        const tickers = await Promise.all (pending);
        const text = '' + pending;
        //                ^ SUB-A004
        return [ tickers, copy, text, this.safeValue (pending, 0) ];
        //                                            ^ SUB-A004
    }

    async fetchInto (symbols, params = {}) {
        symbols.push (this.fetchTicker ('BTC/USDT'));
        const tickers = await Promise.all (symbols);
        //                                 ^ SUB-A004
        const own = [];
        for (let i = 0; i < 2; i++) {
            own.push (this.fetchOrderBook ('BTC/USDT'));
        }
        const books = await Promise.all (own);
        return [ tickers, books, books.length ];
    }
}
