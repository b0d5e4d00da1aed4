import Exchange from './base/Exchange.js';

// A number that may be written with an exponent, converted to text without this.numberToString: warned where the
// types prove it a number; integers (below 1e21), plain literals and values of unknown type are not.
export default class w004_number_text extends Exchange {
    async fetchCase (symbol, params = {}) {
        const amount = this.safeNumber (params, 'amount');
        const price = 0.1 * 3;
        const tiny = 1e-7;
        let count = 0;
        for (let i = 0; i < 3; i++) {
            count = count + 2;
        }
        let half = 1;
        half = half / 2;
        const a = '' + price;
        //             ^ SUB-W004
        const b = `${tiny}`;
        //           ^ SUB-W004
        const c = price.toString ();
        //        ^ SUB-W004
        const d = [ price, 1 ].join (',');
        //          ^ SUB-W004
        let e = 'q=';
        e += half;
        //   ^ SUB-W004
        const f = 'n=' + count + '&m=' + Math.floor (price) + '&k=' + symbol.length + '&p=' + parseFloat (symbol);
        //                                                                                    ^ SUB-W004
        const g = 'x=' + 0.5 + amount + (price + 1) + (count * 3) + (price + count);
        //                               ^ SUB-W004
        //                                                           ^ SUB-W004
        const h = price + count + amount; // (additions)
        return [ a, b, c, d, e, f, g, h ];
    }
}
