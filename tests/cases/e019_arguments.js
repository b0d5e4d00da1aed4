import Exchange from './base/Exchange.js';

// JavaScript passes undefined for a missing argument and drops an extra one; Python and PHP raise.
export default class e019_arguments extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'e019_arguments',
            'api': { 'public': { 'get': [ 'ticker' ] } },
        });
    }

    pair (base, quote) {
        return base + '/' + quote;
    }

    label (text, suffix = '') {
        return text + suffix;
    }

    parseTicker (ticker) {
    // ^5 SUB-E019
        return { 'symbol': this.safeString (ticker, 'symbol') };
    }

    async fetchCase (symbol, params = {}) {
        const first = this.pair ('BTC');
        //            ^ SUB-E019
        const second = this.label ('a', 'b', 'c');
        //             ^ SUB-E019
        const third = this.safeString (params);
        //            ^ SUB-E019
        const fine = [ this.pair ('BTC', undefined), this.label ('a'), this.label ('a', 'b'), this.safeString (params, 'x') ];
        // Node's implicit API methods drop what follows the params; Python's passed it on as the headers and body.
        const ticker = await this.publicGetTicker ({ 'pair': symbol }, { 'X-Extra': '1' });
        //                   ^ SUB-E019
        const plain = await this.publicGetTicker ({ 'pair': symbol });
        const hex = this.binaryToBase16 (this.encode (symbol), 'upper');
        //          ^ SUB-E019
        return [ first, second, third, fine, ticker, plain, hex ];
    }
}
