import Exchange from './base/Exchange.js';

export default class b005_this_data extends Exchange {
    async fetchCase (symbol, params = {}) {
        const send = this.fetch;
        //                ^ SUB-B005
        this.sign = undefined;
        //   ^ SUB-B005
        this.options = this.extend (this.options, params);
        const id = this.id;
        const secret = this.secret;
        return [ send, id, secret, this.markets, this.urls['api'] ];
    }

    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'b005_this_data',
            'fetch': 'replaced',
            // ^13 SUB-B005
            'options': { 'fetch': 'kept' },
        });
    }
}
