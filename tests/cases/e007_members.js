import Exchange from './base/Exchange.js';
import { ArgumentsRequired, BadRequest, ExchangeError } from './base/errors.js';
import Precise from './base/Precise.js';

export default class e007_members extends Exchange {
    async fetchCase (symbol, params = {}) {
        const parts = symbol.split ('/', 1);
        //                   ^ SUB-E007
        const sorted = parts.sort (this.compare);
        //                   ^ SUB-E007
        //                              ^ SUB-B005
        const n = parts.length ();
        //              ^ SUB-E007
        parts.length = 0;
        //    ^ SUB-E007
        // ^9 SUB-D007
        parts['length'] = 0;
        //    ^ SUB-E007
        // ^9 SUB-D007
        const doubled = parts.map (this.double);
        //                    ^ SUB-E007
        //                              ^ SUB-B005
        const unknown = parts.frobnicate ();
        //                    ^ SUB-E007
        const at = symbol.indexOf ('/', 1);
        //                ^ SUB-E007
        const hex = symbol.toString (16);
        //                 ^ SUB-E007
        const trim = symbol.trim;
        //                  ^ SUB-E007
        const ok = [ symbol.slice (1), symbol.padStart (8, '0'), parts.join (), parts.concat ([ 1 ], [ 2 ]), symbol.replace ('a', 'b') ];
        return [ sorted, n, doubled, unknown, at, hex, trim, ok ];
    }
}
