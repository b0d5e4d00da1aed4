import Exchange from './base/Exchange.js';

export default class market_structure_fields extends Exchange {
    run () {
        // safeMarketStructure of a dictionary written out: the Python emitter hands its fields to the builder as
        // keywords (the dictionary is never made), in the order written; PHP keeps the dictionary, and anything else
        // stays one. The result is the same structure, its keys in the same order: the defaults, the derived flags,
        // precision and limits merged into theirs, a field written undefined kept undefined.
        this.options['order'] = '';
        const spot = this.safeMarketStructure ({
            'symbol': this.noted ('symbol', 'BTC/USD'),
            'id': this.noted ('id', 'btcusd'),
            'base': 'BTC',
            'quote': 'USD',
            'baseId': 'btc',
            'quoteId': 'usd',
            'active': true,
            'type': 'spot',
            'spot': true,
            'taker': this.noted ('taker', 0.002),
            'maker': 0.001,
            'precision': { 'price': 0.01, 'amount': 0.0001 },
            'limits': { 'amount': { 'min': 0.001 }, 'cost': { 'max': undefined, 'min': 10 }, 'leverage': { 'max': 5 } },
            'info': this.noted ('info', { 'raw': true }),
        });
        const order = this.options['order'];
        const swap = this.safeMarketStructure ({
            'id': 'BTCUSDT',
            'symbol': 'BTC/USDT:USDT',
            'base': 'BTC',
            'quote': 'USDT',
            'settle': 'USDT',
            'type': 'swap',
            'inverse': undefined,
            'contractSize': 0.001,
        });
        const future = this.safeMarketStructure ({ 'type': 'future', 'expiry': 1700000000000, 'settle': 'BTC', 'base': 'BTC', 'quote': 'USD' });
        const unset = this.safeMarketStructure ({ 'type': undefined, 'precision': undefined, 'limits': undefined, 'spot': false });
        const empty = this.safeMarketStructure ({});
        const odd = this.safeMarketStructure ({ 'precision': [], 'limits': { 'amount': 5, 'price': {} }, 'expiry': undefined });
        const fields = { 'id': 'x' };
        const others = [
            this.safeMarketStructure ({ 'id': 'y', 'lowercaseId': 'y' }), // a key the builder has not
            this.safeMarketStructure ({ ...fields, 'symbol': 'X/Y' }), // a spread
            this.safeMarketStructure (fields), // no dictionary written out
        ];
        const markets = [ spot, swap, future, unset, empty, odd ].concat (others);
        const keys = [];
        for (let i = 0; i < markets.length; i++) {
            const market = markets[i];
            const limits = market['limits'];
            const nested = (limits === undefined) ? [] : [ Object.keys (limits), Object.keys (limits['price']), Object.keys (limits['cost']) ];
            keys.push ([ Object.keys (market), (market['precision'] === undefined) ? [] : Object.keys (market['precision']), nested ]);
        }
        return [ markets, keys, order ];
    }

    noted (name, value) {
        this.options['order'] = this.options['order'] + name + ',';
        return value;
    }
}
