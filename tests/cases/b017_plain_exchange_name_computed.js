import Exchange from './base/Exchange.js';

// A name that is not written out in describe ()'s own dictionary (a const, a template) is a finding too.
export default class b017_plain_exchange_name_computed extends Exchange {
    describe () {
        const name = 'Acme\nsecond line';
        return this.deepExtend (super.describe (), {
            'id': 'b017_plain_exchange_name_computed',
            'name': name,
            //      ^ SUB-B017
        });
    }
}
