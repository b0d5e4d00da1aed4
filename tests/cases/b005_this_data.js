import Exchange from './base/Exchange.js';

export default class b005_this_data extends Exchange {
    async fetchCase (symbol, params = {}) {
        const send = this.fetch;
        //                ^ SUB-B005
        this.sign = undefined;
        //   ^ SUB-B005
        // ^9 SUB-B008
        const id = this.id;
        const key = this.apiKey;
        return [ send, id, key, this.markets, this.urls['api'] ];
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
