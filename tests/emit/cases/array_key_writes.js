import Exchange from './base/Exchange.js';

export default class array_key_writes extends Exchange {
    run () {
        // Keys computed at run time: 'length' cuts or pads an array, an index written as a text names its element.
        const lengthKey = 'len' + 'gth';
        const indexKey = '' + 4;
        const cut = [ 1, 2, 3 ];
        cut[lengthKey] = 1;
        const padded = [ 1 ];
        padded[lengthKey] = 3;
        const set = [ 'a', 'b' ];
        set[indexKey] = 'e';
        set['' + 0] = 'z';
        let refused = 'no';
        try {
            const list = [ 1 ];
            list[lengthKey] = -1;
        } catch (e) {
            this.rethrowUncaught (e);
            refused = 'yes';
        }
        return [ cut, padded, set, refused ];
    }
}
