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
        // (a length of -1 is a RangeError that no catch clause sees, as Node's bound on a list's length:
        // tests/security/test_uncaught_differences.py)
        return [ cut, padded, set ];
    }
}
