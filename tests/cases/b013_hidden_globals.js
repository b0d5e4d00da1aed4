import Exchange from './base/Exchange.js';
import { ExchangeError } from './base/errors.js';
import Precise from './base/Precise.js';

// A variable named like a global or an import hides it in JavaScript, where the checker and the emitters still take
// the name for the global: `list[NaN]` passed as a read with a number and read Array's constructor in Node.
export default class b013_hidden_globals extends Exchange {
    parseLevels (levels, Infinity = 'constructor') {
        //               ^ SUB-B013
        const NaN = 'constructor';
        //    ^ SUB-B013
        const undefined = 5;
        //    ^ SUB-B013
        const Math = {};
        //    ^ SUB-B013
        const sizes = [];
        for (const Number of levels) {
            //     ^ SUB-B013
            sizes.push (Number);
        }
        try {
            sizes.push (Precise.stringAdd ('1', '2'));
        } catch (ExchangeError) {
            //   ^ SUB-B013
            this.rethrowUncaught (ExchangeError);
            throw ExchangeError;
        }
        return [ Infinity, NaN, undefined, Math, sizes ];
    }

    parseOther (levels) {
        const Precise = levels;
        //    ^ SUB-B013
        const nan = 'NaN';
        const infinite = Infinity;
        const notANumber = NaN;
        if (levels === undefined) {
            throw new ExchangeError ('x');
        }
        return [ Precise, nan, infinite, notANumber, undefined ];
    }
}
