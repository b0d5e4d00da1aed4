import Exchange from './base/Exchange.js';

// Node runs the last of two definitions; the checker and the emitters kept the first, so Python and PHP ran
// another describe () than Node, and the checker judged the one Node never ran.
export default class d003_defined_twice extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), { 'id': 'd003_defined_twice' });
    }

    fetchCase () {
        return 1;
    }

    describe () {
    // ^5 SUB-D003
        return this.deepExtend (super.describe (), { 'id': 'd003_defined_twice', 'rateLimit': 1 });
    }
}
