import Exchange from './base/Exchange.js';
import Precise from './base/Precise.js';

// Precise is only called through its methods: as a value it was a class in Node and Python and, in PHP, no value
// at all but an Error, which a catch clause saw (`const p = [ Precise ];` took the catch in PHP alone; red-team
// round 28).
export default class b007_precise_values extends Exchange {
    run (amount) {
        let side = 'buy';
        try {
            const held = [ Precise ];
            //             ^ SUB-B007
            side = (held.length > 0) ? 'keep' : 'buy';
        } catch (e) {
            this.rethrowUncaught (e);
            side = 'sell';
        }
        return [ side, Precise.stringAdd (amount, '1') ];
    }
}
