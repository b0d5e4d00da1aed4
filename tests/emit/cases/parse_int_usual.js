import Exchange from './base/Exchange.js';

// The arguments parseInt, padStart and padEnd usually get (an integer, a few ASCII digits, ASCII padding), which
// Python reads without the general path, next to the ones that take it (a long run, a sign, a double, a boolean).
export default class parse_int_usual extends Exchange {
    run () {
        const eight = this.pick (8);
        return [ parseInt (eight), parseInt (-5), parseInt (0), parseInt ('0008'), parseInt ('123456789012345'),
            parseInt ('1234567890123456'), parseInt ('9007199254740993'), parseInt ('+7'), parseInt ('7 '),
            parseInt (1e21), parseInt (0.0000005), parseInt (this.pick (true)), parseInt (''), parseInt ('\u0663'),
            '1'.padStart (eight, '0'), '1'.padStart (3, 'ab'), 'abc'.padStart (2, '0'), '1'.padEnd (4, ''),
            '0'.padEnd (3, '0'), 'x'.padEnd (6, 'yz'), '\u00e9'.padStart (3, '-'), '1'.padStart (3, '\u00e9') ];
    }

    pick (value) {
        return value;
    }
}
