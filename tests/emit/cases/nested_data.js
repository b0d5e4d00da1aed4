import Exchange from './base/Exchange.js';

export default class nested_data extends Exchange {
    run () {
        const result = {};
        const trades = [ [ 'BTC', 1 ], [ 'ETH', 2 ], [ 'BTC', 3 ] ];
        for (let i = 0; i < trades.length; i++) {
            const [ symbol, amount ] = trades[i];
            let amounts = this.ownValue (result, symbol);
            if (amounts === undefined) {
                amounts = [];
            }
            result[symbol] = this.arrayConcat (amounts, [ amount ]); // (a new list: the one read is the result's own)
        }
        const totals = {};
        const symbols = Object.keys (result);
        for (let i = 0; i < symbols.length; i++) {
            let sum = 0;
            const list = this.ownValue (result, symbols[i]);
            for (let j = 0; j < list.length; j++) {
                sum += list[j];
            }
            totals[symbols[i]] = sum;
        }
        return [ result, totals ];
    }
}
