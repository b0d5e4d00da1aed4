import Exchange from './base/Exchange.js';

export default class array_key_writes extends Exchange {
    run () {
        // Keys computed at run time: 'length' cuts an array, an index written as a text names its element. (A length
        // or an index past the end leaves holes in Node, which Python and PHP refuse: tests/security/test_list_holes.py.)
        const lengthKey = 'len' + 'gth';
        const indexKey = '' + 2;
        const cut = [ 1, 2, 3 ];
        cut[lengthKey] = 1;
        const padded = [ 1 ];
        padded[lengthKey] = 1;
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
