import Exchange from './base/Exchange.js';

export default class astral_halves extends Exchange {
    run () {
        // A cut through a surrogate pair: JavaScript makes a lone surrogate, which no UTF-8 text (Python's I/O, PHP's
        // strings) can hold; Python and PHP throw instead (a known difference).
        return 'a\u{1F600}b'.slice (0, 2);
    }
}
