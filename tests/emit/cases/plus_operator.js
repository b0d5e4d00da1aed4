import Exchange from './base/Exchange.js';

export default class plus_operator extends Exchange {
    pick (value) {
        return value;
    }

    run () {
        const s = 'text';
        const n = 2;
        const unknown = this.pick ('7');
        return [ 1 + 2, '1' + 2, 1 + '2', 'a' + 'b', 1 + 2 + '3', '1' + 2 + 3, [ 1, 2 ] + '', true + 1, 1.5 + 0.25,
            s + n, n + s, unknown + 1, unknown + unknown, 1 + undefined ];
    }
}
