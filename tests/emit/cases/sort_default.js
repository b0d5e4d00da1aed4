import Exchange from './base/Exchange.js';

export default class sort_default extends Exchange {
    run () {
        const numbers = [ 10, 9, 1, 100, 25 ];
        numbers.sort ();
        const words = [ 'b', 'a', 'C', 'aa' ];
        return [ numbers, words.sort (), [ 3, undefined, 1 ].sort (), [ 'b', 1, 'a', 2 ].sort () ];
    }
}
