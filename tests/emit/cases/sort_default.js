import Exchange from './base/Exchange.js';

export default class sort_default extends Exchange {
    run () {
        const numbers = [ 10, 9, 1, 100, 25 ];
        numbers.sort ();
        const words = [ 'b', 'a', 'C', 'aa' ];
        // in order already (PHP hands such a list back as it is), and in order but for the last
        const symbols = [ 'BTC/USDT', 'ETH/BTC', 'ETH/USDT', 'ETH/USDT', 'ETH/usdt' ];
        const almost = [ 'a', 'b', 'c', 'B' ];
        return [ numbers, words.sort (), [ 3, undefined, 1 ].sort (), [ 'b', 1, 'a', 2 ].sort (), symbols.sort (), almost.sort () ];
    }
}
