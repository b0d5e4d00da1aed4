import Exchange from './base/Exchange.js';
import fs from 'fs';

const FEE = 0.1;

export default class Broken extends Exchange {
    static create () {}

    async fetchTicker (symbol, params = {}) {
        var x = 1;
        let y;
        const ids = this.markets.map ((m) => m.id);
        if (symbol == undefined) {
            throw 'missing';
        }
        const market = this.market (symbol);
        if (market) {
            const market = 2;
        }
        const t = Date.now ();
        this.loadMarkets ();
        for (const k in params) {
            delete params.k;
        }
        return a | 1;
    }
}
