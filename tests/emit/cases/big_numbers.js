import Exchange from './base/Exchange.js';

export default class big_numbers extends Exchange {
    run () {
        return [ 9007199254740993, '' + 9007199254740993, Number.MAX_SAFE_INTEGER, 1e300 * 10, 2 * 1e308,
            '' + 123456789012, 0xff, 1e3 ];
    }
}
