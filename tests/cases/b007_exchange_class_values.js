import kraken from './kraken.js';
import Exchange from './base/Exchange.js';
import { BadRequest } from './base/errors.js';

export default class b007_exchange_class_values extends kraken {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'b007_exchange_class_values',
            'options': { 'parent': kraken, 'base': Exchange },
            //                     ^ SUB-B007
            //                                     ^ SUB-B007
            'exceptions': { 'exact': { '1': BadRequest } },
        });
    }

    fetchTime (params = {}) {
    // ^5 SUB-A002
        const klass = kraken;
        //            ^ SUB-B007
        return this.safeValue ({ 'k': klass }, 'k');
    }
}
