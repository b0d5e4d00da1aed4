import Exchange from './base/Exchange.js';

export default class length_property extends Exchange {
    pick (value) {
        return value;
    }

    run () {
        const items = [ 1, 2, 3 ];
        const word = 'h\u00e9llo';
        const empty = '';
        return [ items.length, word.length, empty.length, 'abc'.length, [].length, this.pick ([ 1 ]).length,
            this.pick ('xy').length ];
    }
}
