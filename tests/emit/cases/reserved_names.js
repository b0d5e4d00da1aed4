import Exchange from './base/Exchange.js';

export default class reserved_names extends Exchange {
    in_ (value) {
        const None = value;
        const True = None + '!';
        return True;
    }

    run () {
        const from = 1;
        const list = [ from ];
        const type = 'kind';
        const len = 3;
        const self = 'me';
        const js = 'helper';
        const str = 'string';
        const marketId = 'BTCUSD';
        const print = 2;
        return [ from, list, type, len, self, js, str, marketId, print, this.in_ ('x') ];
    }
}
