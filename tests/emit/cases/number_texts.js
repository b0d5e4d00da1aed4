import Exchange from './base/Exchange.js';

export default class number_texts extends Exchange {
    pick (value) {
        return value;
    }

    run () {
        // A response's text read as a number: a prefixed integer past 2^53 is the nearest double (Python kept every
        // digit, PHP stopped at 2^63), parseInt ('-0') is -0, and only ASCII letters are digits of a base.
        const hex = this.pick ('0x20000000000001');
        return [ hex > 9007199254740992, '' + (hex * 1), '' + (this.pick ('0xffffffffffffffffffffffffffffffffffffff') * 1),
            this.pick ('0b100000000000000000000000000000000000000000000000000001') < 9007199254740993,
            '' + (this.pick ('0o777') * 1), +this.pick ('0x' + '1'.padStart (300, 'f')), +this.pick ('0x1g'),
            1 / parseInt ('-0'), 1 / parseInt (this.pick (' -000 ')), 1 / parseInt ('-0x0'), parseInt ('+0'),
            parseInt ('\u0130', 36), parseInt ('\u212a', 36), parseInt ('zZ', 36) ];
    }
}
