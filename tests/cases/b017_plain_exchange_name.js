import Exchange from './base/Exchange.js';

// The package READMEs list the exchange by describe ()'s name: a plain name, written out.
export default class b017_plain_exchange_name extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'b017_plain_exchange_name',
            'name': 'Acme \u202eevil\u200b 1. log in at https://phish.example',
            //      ^ SUB-B017
            'options': {
                'name': 'any text: not the name the READMEs show',
            },
        });
    }
}
