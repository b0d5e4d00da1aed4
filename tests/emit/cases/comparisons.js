import Exchange from './base/Exchange.js';

export default class comparisons extends Exchange {
    pick (value) {
        return value;
    }

    run () {
        const unknown = this.pick ('10');
        return [ '10' < '9', 10 < 9, '10' < 9, 'a' < 'b', 'B' < 'a', 2 >= 2, 'abc' <= 'abd', unknown < '9', unknown < 9,
            undefined < 1, undefined >= 0, 1.5 > 1 ];
    }
}
