import Exchange from './base/Exchange.js';

export default class e020_object_strings extends Exchange {
    async fetchCase (symbol, params = {}) {
        const request = { 'symbol': symbol };
        const empty = {};
        const list = [ symbol ];
        const unknown = this.safeValue (params, 'extra');
        const sum = 'a' + {};
        //                ^ SUB-E020
        const left = request + '&';
        //           ^ SUB-E020
        const template = `${empty}/${symbol}`;
        //                  ^ SUB-E020
        const joined = [ symbol, {} ].join (',');
        //                       ^ SUB-E020
        const written = request.toString ();
        //              ^ SUB-E020
        let text = '';
        text += empty;
        //      ^ SUB-E020
        const fine = symbol + list + unknown + `${list}` + [ unknown ].join () + this.json (request) + text;
        return [ sum, left, template, joined, written, fine ];
    }
}
