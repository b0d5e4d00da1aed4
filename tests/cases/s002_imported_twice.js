import Exchange from './base/Exchange.js';
import Exchange from './base/Exchange.js';
//     ^ SUB-S002
import { BadRequest } from './base/errors.js';
import { BadRequest, ExchangeError } from './base/errors.js';
//       ^ SUB-S002

// Node refuses a module that imports a name twice (a SyntaxError); Python and PHP loaded it.
export default class s002_imported_twice extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), { 'id': 's002_imported_twice' });
    }

    fail (error) {
        if (error instanceof BadRequest) {
            throw new ExchangeError ('refused');
        }
    }
}
