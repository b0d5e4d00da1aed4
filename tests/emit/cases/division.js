import Exchange from './base/Exchange.js';

export default class division extends Exchange {
    run () {
        const zero = 0;
        return [ 7 / 2, 6 / 3, 1 / zero, -1 / zero, zero / zero, 10 / 4, 1 / 3, -9 / 3 ];
    }
}
