import Exchange from './base/Exchange.js';

// Arguments of string and array methods that are not strings: JavaScript reads them as strings (1 is '1',
// undefined is 'undefined'), but join (undefined) joins with ',', split (undefined) gives [ text ] and
// padStart (n, undefined) pads with spaces. parseInt's radix is read as an integer: NaN and 0 mean 10 (or 16 for 0x).
export default class string_method_arguments extends Exchange {
    pick (value) {
        return value;
    }

    run () {
        const list = this.pick ([ 1, [ 2, 3 ], undefined ]);
        const text = this.pick ('a1b,undefined c');
        const nothing = undefined;
        const one = 1;
        return [
            list.join (nothing), list.join (one), list.join (), [ [ 1, [ 2, undefined ] ], undefined ].join (';'),
            text.indexOf (one), text.includes (one), text.indexOf (nothing), text.includes (nothing),
            text.indexOf (true), text.split (nothing), text.split (one), text.split ([ 'b', ',' ]),
            text.replace (one, 'X'), text.replace ('b', one), text.replace (nothing, '<$&>'),
            text.padStart (18, one), text.padEnd (17, [ 'x', 'y' ]), text.padStart (18, nothing),
            text.padEnd (16, nothing),
            parseInt ('12', NaN), parseInt ('12', 0), parseInt ('0x1f', 0), parseInt ('0x1f', nothing),
            parseInt ('ff', '16'), parseInt ('  -0x1f'), parseInt ('11', 2.9), parseInt ('12', 1), parseInt ('12', 37),
        ];
    }
}
