import Exchange from './base/Exchange.js';

// Only the api tree that describe () gives its dictionary names implicit methods: one written elsewhere in it named
// methods that no runtime makes, and exkit check passed their calls (red-team round 57).
export default class e019_api_tree_outside_api extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'e019_api_tree_outside_api',
            'urls': { 'api': 'https://api.example.com' },
            'api': { 'public': { 'get': [ 'ticker' ] } },
            'options': { 'api': { 'private': { 'get': [ 'ghost' ] } } },
        });
    }

    async fetchTicker (symbol, params = {}) {
        const ticker = await this.publicGetTicker (params);
        const ghost = await this.privateGetGhost (params);
//                    ^ SUB-A002
//                               ^ SUB-E019
        return [ ticker, ghost ];
    }
}
