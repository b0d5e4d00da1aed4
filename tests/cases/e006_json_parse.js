import Exchange from './base/Exchange.js';

// JSON.parse keeps null, which Python and PHP read as their undefined: `side === undefined` chose 'buy' there and
// 'sell' in Node, and a default parameter took its default there alone.
export default class e006_json_parse extends Exchange {
    pick (side = 'buy') {
        return side;
    }

    async fetchCase (symbol, params = {}) {
        const order = JSON.parse ('{"side": null}');
        //            ^ SUB-E006
        const read = this.parseJson ('{"side": null}');
        const side = (order['side'] === undefined) ? 'buy' : 'sell';
        return [ side, this.pick (read['side']) ];
    }
}
