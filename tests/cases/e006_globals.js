import Exchange from './base/Exchange.js';
import { ArgumentsRequired, BadRequest, ExchangeError } from './base/errors.js';
import Precise from './base/Precise.js';

export default class e006_globals extends Exchange {
    async fetchCase (symbol, params = {}) {
        const now = Date.now ();
        //          ^ SUB-E006
        console.log (now);
        // ^9 SUB-E006
        const key = process.env['KEY'];
        //          ^ SUB-E006
        const mod = require ('fs');
        //          ^ SUB-E006
        eval ('1');
        // ^9 SUB-E006
        const r = Math.random ();
        //        ^ SUB-E006
        const m = Math;
        //        ^ SUB-E006
        const j = JSON.stringify (params, undefined, 2);
        //        ^ SUB-E006
        const deep = JSON.stringify ({});
        //           ^ SUB-E006
        const p = parseInt;
        //        ^ SUB-E006
        const u = undefinedThing;
        //        ^ SUB-E006
        const e = new NotSupported ('x');
        //            ^ SUB-E006
        //        ^ SUB-B015
        const big = Number.MAX_SAFE_INTEGER ();
        //          ^ SUB-E006
        const d = Precise.stringPow ('2', '3');
        //        ^ SUB-E006
        const tick = Math.pow (10, -5);
        //           ^ SUB-E006
        const digits = Math.log (1000);
        //             ^ SUB-E006
        // the runtimes ran the calls Promise.all collects in another order (red-team round 33)
        const both = await Promise.all ([ this.fetchTicker (symbol), this.fetchOrderBook (symbol) ]);
        //                 ^ SUB-E006
        const ok = [ Math.floor (1.5), Math.max (1, 2, 3), parseInt ('12', 10), Number.MAX_SAFE_INTEGER, Precise.stringAdd ('1', '2'), this.json ({}), Object.keys (params), Array.isArray (params), NaN, Infinity ];
        return [ now, key, mod, r, m, j, deep, p, u, e, big, d, tick, digits, ok ];
    }
}
